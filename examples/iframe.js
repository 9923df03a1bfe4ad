// Shows the messages the timeline frame sends to its parent page, and keeps the frame as tall
// as its content (the documented snippet: without script the frame keeps its height attribute).
const frame = document.getElementById("timeline-frame");
const out = document.getElementById("last-message");
window.addEventListener("message", (e) => {
  if (e.source !== frame.contentWindow || typeof e.data?.type !== "string") return;
  if (e.data.type === "event-timeline:resize") frame.style.height = `${e.data.height}px`;
  else if (e.data.type.startsWith("event-timeline:")) out.textContent = JSON.stringify(e.data);
});
