// The iframe embed: frame.html?src=URL&theme=dark&sections=timeline+references#e-<event-id>. Query parameters become the
// element's attributes; selections and load errors are forwarded to the parent page with
// postMessage ({ type: "event-timeline:select", id } and { type: "event-timeline:error", ... }).
const timeline = document.querySelector("event-timeline");
const query = new URLSearchParams(location.search);
for (const name of ["src", "theme", "event", "sections", "timeout"]) {
  if (query.has(name)) timeline.setAttribute(name, query.get(name));
}
const tell = (message) => {
  if (window.parent !== window) window.parent.postMessage(message, "*");
};
timeline.addEventListener("timeline-select", (e) => tell({ type: "event-timeline:select", id: e.detail }));
timeline.addEventListener("timeline-error", (e) => tell({ type: "event-timeline:error", ...e.detail }));
