//! The studio's browser glue (feature `studio`): the draft in local storage, files opened and
//! downloaded, the clipboard, focus on a field, leaving with unsaved changes. Each has a native
//! twin that does nothing, so the app also renders natively.

#[cfg(target_arch = "wasm32")]
mod imp {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::HtmlElement;
    use yew::prelude::*;

    const DRAFT: &str = "event-timeline-studio-draft";

    fn storage() -> Option<web_sys::Storage> {
        gloo::utils::window().local_storage().ok().flatten()
    }

    pub fn load_draft() -> Option<String> {
        storage()?.get_item(DRAFT).ok().flatten()
    }

    pub fn save_draft(text: &str) -> bool {
        storage().is_some_and(|s| s.set_item(DRAFT, text).is_ok())
    }

    /// Offers `text` as a file named `name`.
    pub fn download(name: &str, text: &str) {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let document = gloo::utils::document();
        if let Ok(link) = document.create_element("a") {
            let _ = link.set_attribute("href", &url);
            let _ = link.set_attribute("download", name);
            if let Ok(link) = link.dyn_into::<HtmlElement>() {
                link.click();
            }
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    /// Reads the first file of a file input's `change` or a `drop` event, as (name, bytes).
    pub fn read_file(event: &Event, done: Callback<(String, Vec<u8>)>) {
        let files = if let Some(drop) = event.dyn_ref::<web_sys::DragEvent>() {
            drop.prevent_default();
            drop.data_transfer().and_then(|d| d.files())
        } else {
            event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| input.files())
        };
        let Some(file) = files.and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        let promise = file.array_buffer();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(promise).await {
                done.emit((name, js_sys::Uint8Array::new(&buffer).to_vec()));
            }
        });
    }

    pub fn copy(text: &str) {
        let clipboard =
            js_sys::Reflect::get(&gloo::utils::window().navigator(), &"clipboard".into());
        if let Ok(clipboard) = clipboard {
            if let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) {
                if let Ok(write) = write.dyn_into::<js_sys::Function>() {
                    let _ = write.call1(&clipboard, &JsValue::from_str(text));
                }
            }
        }
    }

    /// Puts focus on the element with this id; in a text area, at `line` and `column`.
    pub fn focus_field(id: &str, at: Option<(usize, usize)>) {
        let Some(element) = gloo::utils::document().get_element_by_id(id) else {
            return;
        };
        if let (Some((line, column)), Some(area)) =
            (at, element.dyn_ref::<web_sys::HtmlTextAreaElement>())
        {
            let text = area.value();
            let offset: usize = text
                .split('\n')
                .take(line.saturating_sub(1))
                .map(|l| l.encode_utf16().count() + 1)
                .sum::<usize>()
                + column.saturating_sub(1);
            let _ = area.set_selection_range(offset as u32, offset as u32);
        }
        if let Some(element) = element.dyn_ref::<HtmlElement>() {
            let _ = element.focus();
        }
        element.scroll_into_view();
    }

    /// Where the studio page is, for the embed snippets: its folder's parent's `embed/`.
    pub fn embed_url() -> String {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        web_sys::Url::new_with_base("../embed/", &href)
            .map(|u| u.href())
            .unwrap_or_default()
    }

    /// Runs `then` after `ms` milliseconds, unless dropped before.
    pub struct Later(#[allow(dead_code)] gloo::timers::callback::Timeout);

    pub fn later(ms: u32, then: impl FnOnce() + 'static) -> Later {
        Later(gloo::timers::callback::Timeout::new(ms, then))
    }

    /// Listeners that end when dropped.
    pub struct Guard(#[allow(dead_code)] Vec<EventListener>);

    /// Asks before the tab closes while `unsaved` is true; tells when another tab changes the
    /// draft.
    pub fn watch_page(unsaved: bool, other_tab: Callback<()>) -> Guard {
        let window = gloo::utils::window();
        let mut listeners = vec![EventListener::new(&window, "storage", move |e| {
            let key = js_sys::Reflect::get(e, &"key".into())
                .ok()
                .and_then(|k| k.as_string());
            if key.as_deref() == Some(DRAFT) {
                other_tab.emit(());
            }
        })];
        if unsaved {
            listeners.push(EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                |e| {
                    e.prevent_default();
                    let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
                },
            ));
        }
        Guard(listeners)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use yew::prelude::*;

    pub fn load_draft() -> Option<String> {
        None
    }
    pub fn save_draft(_text: &str) -> bool {
        false
    }
    pub fn download(_name: &str, _text: &str) {}
    pub fn read_file(_event: &Event, _done: Callback<(String, Vec<u8>)>) {}
    pub fn copy(_text: &str) {}
    pub fn focus_field(_id: &str, _at: Option<(usize, usize)>) {}
    pub fn embed_url() -> String {
        "../embed/".into()
    }
    pub struct Later;
    pub fn later(_ms: u32, _then: impl FnOnce() + 'static) -> Later {
        Later
    }
    pub struct Guard;
    pub fn watch_page(_unsaved: bool, _other_tab: Callback<()>) -> Guard {
        Guard
    }
}

pub use imp::*;
