//! The JavaScript face of the widget, used by the `<event-timeline>` custom element
//! (`embed/event-timeline.js`): one [`Widget`] per element, rendered into the element's
//! shadow root and updated through setters when the element's attributes change.

use std::rc::Rc;

use js_sys::{Array, Function};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;
use yew::AppHandle;

use crate::checker::text_from_bytes;
use crate::components::{Source, Timeline, TimelineProps};
use crate::view_model::ids::widget_prefix;
use crate::view_model::options::{HeadingLevel, Options, Theme};
use crate::view_model::sections::Parts;

/// One mounted widget. Dropping it without `destroy()` leaves it on screen.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<Timeline>,
    props: TimelineProps,
}

/// Bytes of WebAssembly memory in use (for the benchmark's memory figure).
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |b| f64::from(b.byte_length()))
        })
}

/// Calls a host-page function, which must not break the widget if it throws.
fn call_host(function: &Function, value: &JsValue) {
    let _ = function.call1(&JsValue::NULL, value);
}

/// One field of the options object the element passes (absent, `null` and `undefined` alike).
fn field(options: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(options, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// The widget's options in words from the element's options object: `{ prefix, number, theme,
/// event, sections, lang, pageLang, headingLevel }`, every field optional. `number` is the element's place
/// among the page's widgets (from 1), which names its ids as the pre-renderer would; `prefix`
/// names them outright.
fn options_from(options: &JsValue) -> Options {
    let text = |name: &str| field(options, name)?.as_string();
    let number = field(options, "number").and_then(|v| v.as_f64());
    Options {
        id_prefix: text("prefix")
            .or_else(|| number.map(|n| widget_prefix(n.clamp(1.0, f64::from(u32::MAX)) as u32))),
        event: text("event"),
        theme: text("theme"),
        sections: text("sections"),
        lang: text("lang"),
        page_lang: text("pageLang"),
        heading_level: text("headingLevel"),
    }
}

/// The widget's first props: its options (warning in the console about words that name
/// nothing), `hash`, the host's callbacks `onSelect` and `onError`, and the story: `data`, its
/// UTF-8 bytes when they have already arrived (one first render instead of two), else
/// `loading`.
fn props_from(options: &JsValue, words: &Options) -> TimelineProps {
    let story = match field(options, "data") {
        Some(data) => Source::Json(text_from_bytes(js_sys::Uint8Array::new(&data).to_vec()).into()),
        None => Source::Loading,
    };
    let (mut props, warnings) = TimelineProps::from_options(words, story);
    for warning in warnings {
        crate::browser::warn(&warning);
    }
    if let Some(hash) = field(options, "hash").and_then(|v| v.as_bool()) {
        props.hash = Some(hash);
    }
    if let Some(on_select) = field(options, "onSelect").and_then(|f| f.dyn_into::<Function>().ok())
    {
        props.on_select =
            Callback::from(move |id: AttrValue| call_host(&on_select, &JsValue::from_str(&id)));
    }
    if let Some(on_error) = field(options, "onError").and_then(|f| f.dyn_into::<Function>().ok()) {
        props.on_error = Callback::from(move |messages: Rc<[String]>| {
            let list: Array = messages.iter().map(|m| JsValue::from_str(m)).collect();
            call_host(&on_error, &list)
        });
    }
    props
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `container` with these options (see `props_from`).
    #[wasm_bindgen(constructor)]
    pub fn new(container: Element, options: JsValue) -> Widget {
        let mut words = options_from(&options);
        // Markup pre-rendered here before (a widget handed from the viewer to this build)
        // keeps its ids.
        if let Some(prefix) = container.get_attribute("data-id-prefix") {
            words.id_prefix = Some(prefix);
        }
        let props = props_from(&options, &words);
        let app = yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).render();
        Widget { app, props }
    }

    /// Takes over a widget pre-rendered into `container` by the build (`src/prerender.rs`),
    /// keeping its markup (hydration): from exactly the options it was pre-rendered with
    /// (read back from the container's `data-*` attributes, `Options::from_data`), then with
    /// the element's own where they differ: theme, sections and language as updates, the
    /// event as the first view, and the heading level.
    pub fn hydrate(container: Element, options: JsValue) -> Widget {
        let rendered = Options::from_data(|name| container.get_attribute(name));
        let wished = options_from(&options);
        let props = props_from(&options, &rendered);
        let app =
            yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).hydrate();
        let mut widget = Widget { app, props };
        // The element's wishes where they differ from what was rendered (an update that
        // changes nothing renders nothing; the rendered words were warned about above).
        widget.update(|p| {
            p.theme = Theme::parse(wished.theme.as_deref().unwrap_or("")).unwrap_or_default();
            p.sections = Parts::parse(wished.sections.as_deref().unwrap_or("")).0;
            p.lang = wished.lang.map(Into::into);
            // A level the element asks for (an iframe's `?heading-level=3`) over the rendered one.
            if let Some(level) = &wished.heading_level {
                p.heading_level = HeadingLevel::from_attribute(level).0;
            }
        });
        if let Some(event) = wished.event.filter(|e| Some(e) != rendered.event.as_ref()) {
            // As its first view: not announced, not reported, not written to the URL.
            widget.props.remote.select(event, true);
        }
        widget
    }

    fn update(&mut self, change: impl FnOnce(&mut TimelineProps)) {
        change(&mut self.props);
        self.app.update(self.props.clone());
    }

    /// Shows this JSON (UTF-8 bytes in the timeline format).
    pub fn set_data(&mut self, json: Vec<u8>) {
        self.update(|p| p.story = Source::Json(text_from_bytes(json).into()))
    }

    /// Shows the loading status until the next `set_data` or `set_failure`.
    pub fn set_loading(&mut self) {
        self.update(|p| p.story = Source::Loading)
    }

    /// Shows why the data could not be fetched.
    pub fn set_failure(&mut self, message: String) {
        self.update(|p| p.story = Source::Failed(message.into()))
    }

    /// `light`, `dark` or `auto` (anything else: `auto`, with a warning).
    pub fn set_theme(&mut self, theme: String) {
        let (theme, warning) = Theme::from_attribute(&theme);
        if let Some(warning) = warning {
            crate::browser::warn(&warning);
        }
        self.update(|p| p.theme = theme)
    }

    /// The parts to show (`sections` attribute words), or all of them.
    pub fn set_sections(&mut self, sections: Option<String>) {
        let (parts, unknown) = Parts::parse(sections.as_deref().unwrap_or(""));
        if let Some(warning) = Parts::warning(&unknown) {
            crate::browser::warn(&warning);
        }
        self.update(|p| p.sections = parts)
    }

    /// The language of the widget's own words (the element's `lang`), or the story's or the
    /// page's when `None`.
    pub fn set_lang(&mut self, lang: Option<String>) {
        self.update(|p| p.lang = lang.map(AttrValue::from))
    }

    /// Whether selections are written to the URL fragment.
    pub fn set_hash(&mut self, hash: bool) {
        self.update(|p| p.hash = Some(hash))
    }

    /// Selects the event with this id, as the host page's choice (unknown ids are ignored).
    /// Also the first selection of data that arrives later.
    pub fn select(&mut self, id: String) {
        self.props.remote.select(id, false)
    }

    /// Removes the widget and every listener it added.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
