// The floor for `node bench/run.mjs --floor`: an <event-timeline> with no WebAssembly that
// fetches our widget's finished markup (captured from the real widget) and our stylesheet and
// puts them in a shadow root. Nothing that draws the same view the same way can be ready sooner.
class FloorTimeline extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/dist/embed/timeline.css" });
    const styled = new Promise((resolve) => link.addEventListener("load", resolve, { once: true }));
    const host = Object.assign(document.createElement("div"), { className: "et-host" });
    root.append(link, host);
    Promise.all([fetch(this.getAttribute("src")).then((r) => r.json()), styled]).then(([{ html }]) => {
      host.innerHTML = html;
      this.dispatchEvent(new CustomEvent("timeline-ready", { bubbles: true, composed: true }));
    });
  }
}
customElements.define("event-timeline", FloorTimeline);
