// Types for the <event-timeline> element (embed/event-timeline.js), shipped in the npm package.

/** `detail` of `timeline-error`: the data that failed (or null for the built-in story) and why. */
export interface TimelineErrorDetail {
  src: string | null;
  messages: string[];
}

/** The events the element raises; they bubble and are composed, so they reach `document`. */
export interface EventTimelineEventMap {
  /** The widget shows its story, or why it cannot. */
  "timeline-ready": CustomEvent<null>;
  /** The selection changed after the first view; `detail` is the event id. */
  "timeline-select": CustomEvent<string>;
  /** The data could not be fetched or failed validation, or the WebAssembly could not start. */
  "timeline-error": CustomEvent<TimelineErrorDetail>;
}

/** The parts the `sections` attribute can name. */
export type TimelineSection = "timeline" | "summary" | "comparison" | "references" | "search";

/** The element's attributes (all observed; set them with `setAttribute`). */
export interface EventTimelineAttributes {
  /** URL of a timeline JSON file; without it, the built-in story of the 2014 raid on Idlib city. */
  src?: string;
  /** Id of the event to select, first and whenever it changes. */
  event?: string;
  theme?: "light" | "dark" | "auto";
  /** Write the selection to the URL fragment and follow back/forward ("true" / "false"). */
  hash?: "true" | "false";
  /** Space-separated parts to show, e.g. "timeline references". */
  sections?: string;
  /**
   * The language of the widget's own words (en, ar, fr shipped); else the story's `lang`, else
   * the page's `<html lang>`. Arabic and other right-to-left languages lay the widget out right
   * to left.
   */
  lang?: string;
  /** Milliseconds to wait for `src` (default 15000). */
  timeout?: string;
}

export declare class EventTimelineElement extends HTMLElement {
  /** Selects the event with this id, as if the reader had chosen it (unknown ids are ignored). */
  select(id: string): void;
  addEventListener<K extends keyof EventTimelineEventMap>(
    type: K,
    listener: (this: EventTimelineElement, event: EventTimelineEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof EventTimelineEventMap>(
    type: K,
    listener: (this: EventTimelineElement, event: EventTimelineEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** Bytes of WebAssembly memory the widgets use (0 before the first one starts). */
export declare function wasmMemoryBytes(): number;

/**
 * The fingerprint the pre-renderer writes beside a page's story (`data-checked`): FNV-1a of
 * its UTF-8 bytes, eight hex digits. It tells a story edited since the build from the checked one.
 */
export declare function fingerprint(bytes: Uint8Array): string;

declare global {
  interface HTMLElementTagNameMap {
    "event-timeline": EventTimelineElement;
  }
  // The events bubble to the document and window.
  interface DocumentEventMap extends EventTimelineEventMap {}
}
