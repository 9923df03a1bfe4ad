//! Browser glue: the one place that touches `web-sys`. Each helper has a native twin that
//! does nothing, so the components also render on the server and in native tests.

use yew::prelude::*;

use crate::view_model::ids::Ids;
#[cfg(not(event_timeline_viewer))]
use crate::view_model::zoom::ZoomStep;

#[cfg(all(target_arch = "wasm32", not(event_timeline_viewer)))]
mod gestures;
#[cfg(feature = "studio")]
pub mod studio;

#[cfg(target_arch = "wasm32")]
mod imp {
    use gloo::events::EventListener;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, FocusEvent, HtmlElement, Node};
    use yew::prelude::*;

    use crate::state::UrlWrite;
    use crate::view_model::ids::Ids;

    /// The element with this id inside the widget (found from its root, so inside a shadow
    /// root too, where `document.getElementById` cannot see).
    fn element_within(root: &NodeRef, id: &str) -> Option<Element> {
        first_within(root, &format!("[id=\"{id}\"]"))
    }

    fn first_within(root: &NodeRef, selector: &str) -> Option<Element> {
        root.cast::<Element>()
            .and_then(|r| r.query_selector(selector).ok().flatten())
    }

    fn focus(element: Element) {
        if let Ok(el) = element.dyn_into::<HtmlElement>() {
            let _ = el.focus();
        }
    }

    pub fn focus_within(root: &NodeRef, id: &str) {
        if let Some(element) = element_within(root, id) {
            focus(element);
        }
    }

    pub fn focus_first_within(root: &NodeRef, selector: &str) -> bool {
        first_within(root, selector).map(focus).is_some()
    }

    pub fn has_within(root: &NodeRef, selector: &str) -> bool {
        first_within(root, selector).is_some()
    }

    pub fn in_widget_link(event: &MouseEvent, ids: &Ids) -> Option<String> {
        if event.default_prevented() {
            return None; // handled by the link's own listener (a back-link selects its event)
        }
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[href^='#']").ok().flatten())?;
        let id = link.get_attribute("href")?.strip_prefix('#')?.to_string();
        ids.owns(&id).then(|| {
            event.prevent_default();
            id
        })
    }

    pub fn reveal(root: &NodeRef, id: &str) {
        if let Some(target) = element_within(root, id) {
            target.scroll_into_view();
            focus(target);
        }
    }

    pub fn warn(message: &str) {
        web_sys::console::warn_1(&message.into());
    }

    pub fn page_lang() -> Option<String> {
        let lang = gloo::utils::document()
            .document_element()?
            .get_attribute("lang")?;
        (!lang.trim().is_empty()).then_some(lang)
    }

    pub fn focus_leaves(event: &FocusEvent, container: &str) -> bool {
        // Yew listens at the widget's root, so the container is found from the target.
        let container = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest(container).ok().flatten())
            .map(Node::from);
        let inside = match (container, event.related_target()) {
            (Some(container), Some(target)) => target
                .dyn_ref::<Node>()
                .is_some_and(|t| container.contains(Some(t))),
            _ => false,
        };
        !inside
    }

    pub fn fragment() -> Option<String> {
        let hash = gloo::utils::window().location().hash().ok()?;
        let hash = hash.strip_prefix('#')?;
        (!hash.is_empty()).then(|| hash.to_string())
    }

    pub fn write_fragment(fragment: Option<&str>, how: UrlWrite) {
        let window = gloo::utils::window();
        let location = window.location();
        let url = match fragment {
            Some(f) => format!("#{f}"),
            None => format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            ),
        };
        if let Ok(history) = window.history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = match how {
                UrlWrite::Push => history.push_state_with_url(&state, "", Some(&url)),
                UrlWrite::Replace => history.replace_state_with_url(&state, "", Some(&url)),
            };
        }
    }

    /// Calls back with the new fragment on back/forward and on fragment links; the listeners
    /// are removed when the returned guard is dropped.
    pub struct HistoryListener(#[allow(dead_code)] [EventListener; 2]);

    pub fn listen_history(on_change: Callback<Option<String>>) -> HistoryListener {
        let window = gloo::utils::window();
        let popstate = on_change.clone();
        HistoryListener([
            EventListener::new(&window, "popstate", move |_| popstate.emit(fragment())),
            EventListener::new(&window, "hashchange", move |_| on_change.emit(fragment())),
        ])
    }

    pub fn field_value(event: &Event) -> String {
        // The `value` property read as any property is (the element glue already reads them
        // so), rather than through HtmlInputElement and HtmlSelectElement: the viewer build,
        // which has no search, must import exactly what this build imports.
        event
            .target()
            .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::prelude::*;

    use crate::view_model::ids::Ids;

    pub fn page_lang() -> Option<String> {
        None
    }
    pub fn focus_within(_root: &NodeRef, _id: &str) {}
    pub fn focus_first_within(_root: &NodeRef, _selector: &str) -> bool {
        false
    }
    pub fn has_within(_root: &NodeRef, _selector: &str) -> bool {
        false
    }

    pub fn in_widget_link(_event: &MouseEvent, _ids: &Ids) -> Option<String> {
        None
    }
    pub fn reveal(_root: &NodeRef, _id: &str) {}
    pub fn warn(_message: &str) {}
    pub fn focus_leaves(_event: &FocusEvent, _container: &str) -> bool {
        false
    }
    pub fn fragment() -> Option<String> {
        None
    }
    pub fn write_fragment(_fragment: Option<&str>, _how: crate::state::UrlWrite) {}
    pub struct HistoryListener;
    pub fn listen_history(_on_change: Callback<Option<String>>) -> HistoryListener {
        HistoryListener
    }
    pub fn field_value(_event: &Event) -> String {
        String::new()
    }
}

/// Focuses the element with this id inside the widget (works inside a shadow root too).
pub fn focus_within(root: &NodeRef, id: &str) {
    imp::focus_within(root, id)
}

/// Focuses the first element inside the widget that matches this selector; says whether
/// there was one.
pub fn focus_first_within(root: &NodeRef, selector: &str) -> bool {
    imp::focus_first_within(root, selector)
}

/// Whether an element inside the widget matches this selector (`:focus` works there, inside
/// a shadow root too, where `document.activeElement` is only the host).
pub fn has_within(root: &NodeRef, selector: &str) -> bool {
    imp::has_within(root, selector)
}

/// For a click on a link to an element of this widget (`#<prefix>-…`): cancels the browser's
/// navigation (the page URL stays the host's; inside a shadow root it could not work anyway)
/// and returns the target's id. Other clicks are left alone.
pub fn in_widget_link(event: &MouseEvent, ids: &Ids) -> Option<String> {
    imp::in_widget_link(event, ids)
}

/// Scrolls to the element with this id inside the widget and focuses it.
pub fn reveal(root: &NodeRef, id: &str) {
    imp::reveal(root, id)
}

/// Says something to the host page's developer in the console.
pub fn warn(message: &str) {
    imp::warn(message)
}

/// True when a focusout moves focus out of the target's closest `container` (a CSS selector),
/// or out of the page.
pub fn focus_leaves(event: &FocusEvent, container: &str) -> bool {
    imp::focus_leaves(event, container)
}

/// The page URL's fragment without `#`, if any.
pub fn fragment() -> Option<String> {
    imp::fragment()
}

/// Writes this fragment (or none at all) to the URL, in a new history entry or the current one.
pub fn write_fragment(fragment: Option<&str>, how: crate::state::UrlWrite) {
    imp::write_fragment(fragment, how)
}

pub use imp::HistoryListener;

/// Listens for back/forward and fragment changes until the guard is dropped.
pub fn listen_history(on_change: Callback<Option<String>>) -> HistoryListener {
    imp::listen_history(on_change)
}

/// The value of the input or select element an `input` or `change` event came from.
pub fn field_value(event: &Event) -> String {
    imp::field_value(event)
}

/// Zoom and pan by pointer on the axis inside `root` (`gestures.rs`), until the guard is
/// dropped; `rtl`: later is on the left. Nothing natively.
#[cfg(not(event_timeline_viewer))]
pub fn axis_gestures(root: &NodeRef, rtl: bool, step: Callback<ZoomStep>) -> Gestures {
    #[cfg(target_arch = "wasm32")]
    return Gestures(gestures::axis_gestures(root, rtl, step));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (root, rtl, step);
        Gestures()
    }
}

/// Listeners that end when dropped.
#[cfg(not(event_timeline_viewer))]
pub struct Gestures(
    #[cfg(target_arch = "wasm32")]
    #[allow(dead_code)]
    Vec<gloo::events::EventListener>,
);

/// The host page's language (`<html lang>`), if it says one.
pub fn page_lang() -> Option<String> {
    imp::page_lang()
}
