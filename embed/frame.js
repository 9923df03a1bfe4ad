// The iframe embed: frame.html?src=URL&theme=dark&lang=ar&sections=timeline+references#e-<event-id>.
// Query parameters become the element's attributes; selections, load errors and the page's
// height are told to the parent page with postMessage ({ type: "event-timeline:select", id },
// { type: "event-timeline:error", ... } and { type: "event-timeline:resize", height }), so a
// few lines of host script keep the iframe exactly as tall as its content.
const timeline = document.querySelector("event-timeline");
const query = new URLSearchParams(location.search);
for (const name of ["src", "theme", "event", "sections", "timeout", "lang", "hash", "heading-level"]) {
  if (query.has(name)) timeline.setAttribute(name, query.get(name));
}
const tell = (message) => {
  if (window.parent !== window) window.parent.postMessage(message, "*");
};
timeline.addEventListener("timeline-select", (e) => tell({ type: "event-timeline:select", id: e.detail }));
timeline.addEventListener("timeline-error", (e) => tell({ type: "event-timeline:error", ...e.detail }));
// The content's height in CSS pixels, whenever it changes (an opened section, a narrower
// frame, a font loaded): the body's, which grows with its content whatever the frame's own
// height (the root's scroll height never falls below the frame's).
let told = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height !== told) tell({ type: "event-timeline:resize", height: (told = height) });
}).observe(document.body);
