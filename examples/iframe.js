// Shows the messages the timeline frame sends to its parent page.
const frame = document.getElementById("timeline-frame");
const out = document.getElementById("last-message");
window.addEventListener("message", (e) => {
  if (e.source !== frame.contentWindow || typeof e.data?.type !== "string") return;
  if (!e.data.type.startsWith("event-timeline:")) return;
  out.textContent = JSON.stringify(e.data);
});
