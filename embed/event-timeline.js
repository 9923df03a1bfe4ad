// <event-timeline>: the embeddable timeline. This one module defines the element; it loads
// the WebAssembly widget (widget.js, widget_bg.wasm) and the styles (timeline.css) from its
// own folder. Each element renders in its own shadow root with its own state and ids.
//
// Attributes (observed): src, event, theme (light | dark | auto), hash (true | false),
// sections (timeline summary comparison references), lang (the widget's language; else the
// story's, else the page's), timeout (ms for src, default 15000). Read when the widget starts:
// heading-level (1–6, the title's level; default 2). Events (bubbling, composed): "timeline-ready" (the
// widget shows its story, or why it cannot), "timeline-select" (detail: the event id) and
// "timeline-error" (detail: { src, messages }; also when the WebAssembly cannot start).
// Method: select(id).
//
// Without src the element shows the built-in story, idlib-2014.json beside this module (the
// WebAssembly does not carry it: a host with its own data never downloads it).
//
// A page built with our pre-renderer (src/prerender.rs) already holds the widget's HTML as the
// element's child (<div class="et-host" data-id-prefix=…>, styled by the page's own link to
// timeline.css) and the story after it (<script type="application/json" class="et-story"
// data-checked=…>): then the element hydrates it in place instead of rendering in a shadow root.
//
// Two builds of the widget, each started once per page when first needed: widget_bg.wasm
// checks the data it is given (src, the built-in story's file) and says what is wrong with it;
// viewer_bg.wasm, 12 KB lighter, leaves the checker out and ships English words only: it
// shows a page pre-rendered in English, from the page's copy of the story while its bytes
// match the fingerprint the pre-renderer wrote beside them (data-checked). A story edited
// since, another language, or a later src goes to the checking build.
//
// The release build (scripts/bundle-embed.mjs) puts the wasm-bindgen glue into this file as
// makeGlue (each call a fresh copy: one per WebAssembly module), so a page makes one request
// for the script and then fetches the WebAssembly, the styles and the data at once.
import makeGlue from "./widget-glue.js";

const STYLESHEET = new URL("./timeline.css", import.meta.url).href;
const BUILT_IN = new URL("./idlib-2014.json", import.meta.url).href;
const DEFAULT_TIMEOUT_MS = 15000;
const BUILDS = {
  full: { url: new URL("./widget_bg.wasm", import.meta.url), ready: null, glue: null },
  viewer: { url: new URL("./viewer_bg.wasm", import.meta.url), ready: null, glue: null },
};
let created = 0; // elements made so far: the n-th names its ids as the pre-renderer's n-th

// One instance of each build per page, shared by every element that uses it.
const startBuild = (kind) => {
  const build = BUILDS[kind];
  if (!build.ready) {
    const glue = makeGlue();
    build.ready = glue.init({ module_or_path: build.url }).then(() => (build.glue = glue));
  }
  return build.ready;
};

/** Bytes of WebAssembly memory the widgets use (0 before the first one starts). */
export const wasmMemoryBytes = () =>
  Object.values(BUILDS).reduce((sum, build) => sum + (build.glue?.memory_bytes() ?? 0), 0);

// FNV-1a (32 bits, eight hex digits) of the story's bytes, as the pre-renderer writes it in
// data-checked (src/checker/mod.rs, `fingerprint`): tells the checked story from an edited one.
// Computed here, before a build is chosen; held to the Rust one's test vectors
// (tests/data/fingerprints.json, in src/embed_facts.rs and tests/e2e/builds.spec.js).
export const fingerprint = (bytes) => {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
};

// BEGIN generated from Rust (src/embed_facts.rs)
// Primary language subtags written right to left (src/languages, RTL_LANGUAGES).
const RTL_LANGUAGES = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];
// The one line said when the WebAssembly cannot start (src/languages, CANNOT_START).
const CANNOT_START = {
  en: "The interactive timeline could not start",
  ar: "تعذّر تشغيل الخط الزمني التفاعلي",
  fr: "La chronologie interactive n’a pas pu démarrer",
};
// The theme of an element without a theme attribute.
const DEFAULT_THEME = "auto";
// The words of `sections` only the full build shows (src/view_model/sections.rs).
const FULL_BUILD_PARTS = ["search"];
// END generated

const isOn = (value) => value !== null && !/^(false|off|no|0)$/i.test(value.trim());

class EventTimeline extends HTMLElement {
  static observedAttributes = ["src", "event", "theme", "hash", "sections", "lang"];

  #widget = null;
  #container = null;
  #styled = null;
  #number;
  #hydrate = false;
  #prerenderedLang = undefined; // the lang attribute the pre-rendered markup was made for
  #inline = null; // the pre-rendered page's copy of the built-in story (UTF-8 bytes)
  #checked = false; // whether #inline is still the story the pre-renderer checked
  #viewerFits = false; // whether the pre-rendered widget is one the viewer can take over: English, no search, record of changes or eras
  #kind = null; // the build the widget runs on: "full" or "viewer"
  #request = null; // { src, controller, done: Promise<{ bytes } | { why }>, result once done }
  #event = null; // the event to show: asked for by select() before the widget was live, or the last one shown

  constructor() {
    super();
    created += 1;
    this.#number = created;
  }

  // Where the widget goes: the pre-rendered child, or a fresh shadow root with its styles.
  #prepare() {
    if (this.#container) return;
    const prerendered = this.querySelector(":scope > .et-host[data-id-prefix]");
    const story = this.querySelector(":scope > script.et-story");
    if (story) {
      this.#inline = new TextEncoder().encode(story.textContent);
      this.#checked = story.dataset.checked === fingerprint(this.#inline);
    }
    // Markup without its story (a page pre-rendered by an older build), or with a story
    // changed since it was checked, is rendered afresh (by the build that checks it).
    if (prerendered && !this.#checked) prerendered.remove();
    else if (prerendered) {
      this.#container = prerendered;
      // The language it was pre-rendered in decides the build (the widget reads the rest of
      // what it was rendered with from the data-* attributes itself).
      this.#prerenderedLang = prerendered.dataset.lang;
      const spoken = prerendered.querySelector(":scope > .et-root")?.lang ?? "";
      // The viewer speaks English, and has no search (the pre-renderer drew one for a long
      // story), no record of changes, eras or tracks (the story has them).
      this.#viewerFits = spoken.split("-")[0].toLowerCase() === "en" && story.dataset.build !== "full" &&
        !prerendered.querySelector(".et-search, .et-updates, .et-eras, .et-tab-track");
      this.#hydrate = true;
      this.#styled = Promise.resolve();
      return;
    }
    const root = this.attachShadow({ mode: "open" });
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLESHEET;
    this.#styled = new Promise((resolve) => {
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", resolve, { once: true });
    });
    this.#container = document.createElement("div");
    this.#container.className = "et-host";
    root.append(link, this.#container);
  }

  connectedCallback() {
    if (this.#widget) return;
    this.#prepare();
    this.#start();
  }

  // The data downloads while the WebAssembly starts; then the widget mounts, on the build
  // its data needs (asked again once started: src may have changed meanwhile).
  #start() {
    const src = this.#source();
    if (src !== null && this.#request?.src !== src) this.#fetch(src);
    const kind = this.#buildNeeded();
    Promise.all([startBuild(kind), this.#styled]).then(
      ([glue]) => {
        if (!this.isConnected || this.#widget) return;
        if (kind === this.#buildNeeded()) this.#mount(kind, glue);
        else this.#start();
      },
      (error) => this.isConnected && !this.#widget && this.#fatal(error),
    );
  }

  // The viewer only for the story the pre-renderer checked, in the language it was
  // pre-rendered in, English, with no part named that only the full build shows (the search);
  // everything else runs on the build that checks and speaks all.
  #buildNeeded() {
    const sameLanguage = (this.getAttribute("lang") ?? undefined) === this.#prerenderedLang;
    const parts = (this.getAttribute("sections") ?? "").toLowerCase().split(/[\s,]+/);
    const viewer = this.#source() === null && this.#checked && this.#viewerFits && sameLanguage;
    return viewer && !parts.some((p) => FULL_BUILD_PARTS.includes(p)) ? "viewer" : "full";
  }

  // New data or another language for a widget on the viewer: the full build takes over, afresh,
  // on the event the reader was at (new data that has no such event opens on its first).
  #moveToFullBuild() {
    this.#widget.destroy();
    this.#widget = null;
    this.#start();
  }

  disconnectedCallback() {
    // A move within the page disconnects and reconnects at once: keep the widget then.
    // Otherwise everything this element made goes: its download (even before the widget
    // started) and its widget, whose destroy() removes its DOM, listeners and state.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#request?.controller.abort();
      this.#request = null;
      this.#widget?.destroy();
      this.#widget = null;
    });
  }

  attributeChangedCallback(name, before, value) {
    if (!this.#widget || before === value) return;
    if (this.#kind === "viewer" && this.#buildNeeded() === "full") this.#moveToFullBuild();
    else if (name === "src") this.#load();
    else if (name === "event" && value) this.#widget.select(value);
    else if (name === "theme") this.#widget.set_theme(value ?? DEFAULT_THEME);
    else if (name === "hash") this.#widget.set_hash(this.#hashOn());
    else if (name === "sections") this.#widget.set_sections(value ?? undefined);
    else if (name === "lang") this.#widget.set_lang(value ?? undefined);
  }

  /** Selects the event with this id, as if the reader had chosen it. */
  select(id) {
    if (this.#widget) this.#widget.select(String(id));
    else this.#event = String(id);
  }

  // Where the data comes from: `src`, else the built-in story's file, unless the page
  // carries that story (null).
  #source() {
    return this.getAttribute("src") ?? (this.#inline ? null : BUILT_IN);
  }

  // Writing the URL fragment is off by default when several timelines share the page.
  #hashOn() {
    const value = this.getAttribute("hash");
    if (value !== null) return isOn(value);
    return document.querySelectorAll("event-timeline").length <= 1;
  }

  #emit(type, detail) {
    // Later, so a host handler that calls back into the widget never re-enters it.
    queueMicrotask(() =>
      this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail })));
  }

  #mount(kind, { Widget }) {
    this.#kind = kind;
    const src = this.#source();
    const options = {
      number: this.#number,
      theme: this.getAttribute("theme") ?? DEFAULT_THEME,
      hash: this.#hashOn(),
      event: this.#event ?? this.getAttribute("event") ?? undefined,
      sections: this.getAttribute("sections") ?? undefined,
      lang: this.getAttribute("lang") ?? undefined,
      headingLevel: this.getAttribute("heading-level") ?? undefined,
      onSelect: (id) => {
        this.#event = id;
        this.#emit("timeline-select", id);
      },
      onError: (messages) => this.#emit("timeline-error", { src: this.getAttribute("src"), messages }),
    };
    if (this.#hydrate && src === null) {
      this.#hydrate = false; // only once: a widget mounted again renders afresh
      // The widget hydrates from what was pre-rendered, then takes these wishes where they differ.
      this.#widget = Widget.hydrate(this.#container, { ...options, data: this.#inline });
      this.#emit("timeline-ready", null);
      return;
    }
    // Data that arrived while the WebAssembly started goes into the first render (one, not two).
    const arrived = src === null ? this.#inline : this.#request?.src === src ? this.#request.result?.bytes : undefined;
    this.#widget = new Widget(this.#container, { ...options, loading: arrived === undefined, data: arrived });
    if (arrived === undefined) this.#load();
    else this.#emit("timeline-ready", null);
  }

  // Starts downloading `src`; the result (its bytes, or why there are none) waits in #request.
  // Bytes, not text: the widget decodes them; copying a JavaScript string in is much slower.
  #fetch(src) {
    this.#request?.controller.abort();
    const controller = new AbortController();
    const timeout = Number(this.getAttribute("timeout")) || DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => controller.abort("timeout"), timeout);
    const done = (async () => {
      try {
        const response = await fetch(new URL(src, document.baseURI), { signal: controller.signal });
        if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
        return { bytes: new Uint8Array(await response.arrayBuffer()) };
      } catch (error) {
        return { why: controller.signal.reason === "timeout" ? `no answer within ${timeout / 1000} s` : error.message };
      } finally {
        clearTimeout(timer);
      }
    })();
    const request = { src, controller, done, result: undefined };
    done.then((result) => { request.result = result; });
    return (this.#request = request);
  }

  async #load() {
    const src = this.#source();
    if (src === null) {
      this.#request?.controller.abort();
      this.#request = null;
      this.#widget.set_data(this.#inline);
      this.#emit("timeline-ready", null);
      return;
    }
    const request = this.#request?.src === src ? this.#request : this.#fetch(src);
    this.#widget.set_loading();
    const result = await request.done;
    if (request !== this.#request || !this.#widget) return; // replaced or removed meanwhile
    if (result.why !== undefined) this.#widget.set_failure(`Could not load ${src}: ${result.why}.`);
    else this.#widget.set_data(result.bytes);
    this.#emit("timeline-ready", null);
  }

  // The WebAssembly could not start (blocked, failed to download, refused by the page's
  // Content-Security-Policy, no WebAssembly at all). A pre-rendered story stays, shown as
  // without JavaScript (every event, each [n] a link to its reference); otherwise the
  // element's own children (a host's fallback) are shown. Either way one line says why.
  #fatal(error) {
    // The widget's message tables are in the WebAssembly, so this one line has its own.
    const prerendered = this.#hydrate ? this.#container.querySelector(":scope > .et-root") : null;
    const lang = prerendered?.lang || this.getAttribute("lang") || document.documentElement.lang || "en";
    const primary = lang.split("-")[0].toLowerCase();
    const message = `${CANNOT_START[primary] ?? CANNOT_START.en}: ${error?.message || error}`;
    const line = document.createElement("p");
    line.className = "et-fatal";
    line.setAttribute("role", "status");
    line.textContent = message;
    if (this.#hydrate) {
      this.#container.classList.add("et-static");
      (this.#container.querySelector(":scope > .et-root") ?? this.#container).prepend(line);
    } else {
      const root = document.createElement("div");
      root.className = `et-root et-theme-${DEFAULT_THEME}`;
      root.lang = lang;
      root.dir = RTL_LANGUAGES.includes(primary) ? "rtl" : "ltr";
      root.append(line, document.createElement("slot"));
      this.#container.replaceChildren(root);
    }
    this.#emit("timeline-error", { src: this.getAttribute("src"), messages: [message] });
    this.#emit("timeline-ready", null);
  }
}

if (!customElements.get("event-timeline")) customElements.define("event-timeline", EventTimeline);

/** The element's class (its TypeScript name in the npm package's types). */
export { EventTimeline as EventTimelineElement };
