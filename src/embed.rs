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
use crate::components::{Timeline, TimelineProps};
use crate::view_model::ids::widget_prefix;

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

fn text_field(options: &JsValue, name: &str) -> Option<AttrValue> {
    field(options, name)?.as_string().map(AttrValue::from)
}

/// The widget's first props from the element's options object: `{ prefix, number, theme,
/// hash, event, sections, lang, pageLang, loading, data, onSelect, onError }`, every field optional (the
/// defaults are [`TimelineProps::default`]'s). `number` is the element's place among the
/// page's widgets (from 1), which names its ids as the pre-renderer would; `prefix` names them
/// outright. `data` is the story's UTF-8 bytes when they have already arrived (one first
/// render instead of two).
fn props_from(options: &JsValue) -> TimelineProps {
    let mut props = TimelineProps::default();
    if let Some(n) = field(options, "number").and_then(|v| v.as_f64()) {
        props.id_prefix = widget_prefix(n.clamp(1.0, f64::from(u32::MAX)) as u32).into();
    }
    if let Some(prefix) = text_field(options, "prefix") {
        props.id_prefix = prefix;
    }
    if let Some(theme) = text_field(options, "theme") {
        props.theme = theme;
    }
    if let Some(hash) = field(options, "hash").and_then(|v| v.as_bool()) {
        props.hash = hash;
    }
    props.event = text_field(options, "event");
    props.sections = text_field(options, "sections");
    props.lang = text_field(options, "lang");
    props.page_lang = text_field(options, "pageLang");
    props.loading = field(options, "loading").and_then(|v| v.as_bool()) == Some(true);
    if let Some(data) = field(options, "data") {
        props.json = text_from_bytes(js_sys::Uint8Array::new(&data).to_vec()).into();
        props.loading = false;
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
        let props = props_from(&options);
        let app = yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).render();
        Widget { app, props }
    }

    /// Takes over a widget pre-rendered into `container` by the build (`src/prerender.rs`),
    /// keeping its markup (hydration). The options must be exactly those it was pre-rendered
    /// with (hydration keeps the attributes it finds): apply any other wish afterwards with
    /// `set_theme`, `set_sections` and `open_on`.
    pub fn hydrate(container: Element, options: JsValue) -> Widget {
        let props = props_from(&options);
        let app =
            yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).hydrate();
        Widget { app, props }
    }

    fn update(&mut self, change: impl FnOnce(&mut TimelineProps)) {
        change(&mut self.props);
        self.app.update(self.props.clone());
    }

    /// Shows this JSON (UTF-8 bytes in the timeline format).
    pub fn set_data(&mut self, json: Vec<u8>) {
        self.update(|p| {
            p.json = text_from_bytes(json).into();
            p.loading = false;
            p.failure = None;
        })
    }

    /// Shows the loading status until the next `set_data` or `set_failure`.
    pub fn set_loading(&mut self) {
        self.update(|p| p.loading = true)
    }

    /// Shows why the data could not be fetched.
    pub fn set_failure(&mut self, message: String) {
        self.update(|p| {
            p.loading = false;
            p.failure = Some(message.into());
        })
    }

    /// `light`, `dark` or `auto`.
    pub fn set_theme(&mut self, theme: String) {
        self.update(|p| p.theme = theme.into())
    }

    /// The parts to show (`sections` attribute words), or all of them.
    pub fn set_sections(&mut self, sections: Option<String>) {
        self.update(|p| p.sections = sections.map(AttrValue::from))
    }

    /// The language of the widget's own words (the element's `lang`), or the story's or the
    /// page's when `None`.
    pub fn set_lang(&mut self, lang: Option<String>) {
        self.update(|p| p.lang = lang.map(AttrValue::from))
    }

    /// Whether selections are written to the URL fragment.
    pub fn set_hash(&mut self, hash: bool) {
        self.update(|p| p.hash = hash)
    }

    /// Selects the event with this id, as the host page's choice (unknown ids are ignored).
    /// Also the first selection of data that arrives later.
    pub fn select(&mut self, id: String) {
        self.props.remote.select(id, false)
    }

    /// Moves a widget that has just hydrated from the pre-rendered selection to the event it
    /// opens on (the `event` attribute, an early `select()`), as its first view: not
    /// announced, not reported, not written to the URL.
    pub fn open_on(&mut self, id: String) {
        self.props.remote.select(id, true)
    }

    /// Removes the widget and every listener it added.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
