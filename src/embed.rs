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

use crate::components::{SelectRequest, Timeline, TimelineProps};
use crate::model::text_from_bytes;

/// One mounted widget. Dropping it without `destroy()` leaves it on screen.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<Timeline>,
    props: TimelineProps,
    seq: u32,
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

/// The widget's first props, with the host page's callbacks.
fn initial_props(
    id_prefix: String,
    theme: String,
    hash: bool,
    event: Option<String>,
    loading: bool,
    on_select: Function,
    on_error: Function,
) -> TimelineProps {
    TimelineProps {
        id_prefix: id_prefix.into(),
        theme: theme.into(),
        hash,
        event: event.map(AttrValue::from),
        loading,
        on_select: Callback::from(move |id: AttrValue| {
            call_host(&on_select, &JsValue::from_str(&id))
        }),
        on_error: Callback::from(move |messages: Rc<[String]>| {
            let list: Array = messages.iter().map(|m| JsValue::from_str(m)).collect();
            call_host(&on_error, &list)
        }),
        ..TimelineProps::default()
    }
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `container`. `event` is the event selected first; `loading`
    /// shows a status message until `set_data` or `set_failure` is called; `json`, when the
    /// data has already arrived, is shown at once (one first render instead of two).
    #[wasm_bindgen(constructor)]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        container: Element,
        id_prefix: String,
        theme: String,
        hash: bool,
        event: Option<String>,
        loading: bool,
        json: Option<Vec<u8>>,
        on_select: Function,
        on_error: Function,
    ) -> Widget {
        let mut props = initial_props(id_prefix, theme, hash, event, loading, on_select, on_error);
        if let Some(json) = json {
            props.json = text_from_bytes(json).into();
            props.loading = false;
        }
        let app = yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).render();
        Widget { app, props, seq: 0 }
    }

    /// Takes over a widget pre-rendered into `container` by the build (`src/prerender.rs`),
    /// keeping its markup (hydration). `theme` and `event` must be exactly those it was
    /// pre-rendered with (hydration keeps the attributes it finds): apply any other wish
    /// afterwards with `set_theme` and `open_on`.
    pub fn hydrate(
        container: Element,
        id_prefix: String,
        theme: String,
        hash: bool,
        event: Option<String>,
        on_select: Function,
        on_error: Function,
    ) -> Widget {
        let props = initial_props(id_prefix, theme, hash, event, false, on_select, on_error);
        let app =
            yew::Renderer::<Timeline>::with_root_and_props(container, props.clone()).hydrate();
        Widget { app, props, seq: 0 }
    }

    fn update(&mut self, change: impl FnOnce(&mut TimelineProps)) {
        change(&mut self.props);
        self.app.update(self.props.clone());
    }

    /// Shows this JSON (UTF-8 bytes in the timeline format), or the built-in story when `None`.
    pub fn set_data(&mut self, json: Option<Vec<u8>>) {
        self.update(|p| {
            p.json = json.map_or(TimelineProps::default().json, |bytes| {
                text_from_bytes(bytes).into()
            });
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

    /// Whether selections are written to the URL fragment.
    pub fn set_hash(&mut self, hash: bool) {
        self.update(|p| p.hash = hash)
    }

    /// Selects the event with this id, as the host page's choice (unknown ids are ignored).
    /// Also the first selection of data that arrives later.
    pub fn select(&mut self, id: String) {
        self.request(id, false)
    }

    /// Moves a widget that has just hydrated from the pre-rendered selection to the event it
    /// opens on (the `event` attribute, an early `select()`), as its first view: not
    /// announced, not reported, not written to the URL.
    pub fn open_on(&mut self, id: String) {
        self.request(id, true)
    }

    fn request(&mut self, id: String, first: bool) {
        self.seq = self.seq.wrapping_add(1);
        let seq = self.seq;
        self.update(|p| {
            p.event = Some(AttrValue::from(id.clone()));
            p.request = Some(SelectRequest {
                id: id.into(),
                seq,
                first,
            });
        })
    }

    /// Removes the widget and every listener it added.
    pub fn destroy(self) {
        self.app.destroy();
    }
}
