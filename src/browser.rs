//! Browser glue: the one place that touches `web-sys`.

use crate::components::App;

/// Renders the widget into the page's `#event-timeline` element (or the body).
pub fn mount() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let document = gloo::utils::document();
    match document.get_element_by_id("event-timeline") {
        Some(host) => {
            host.set_text_content(None);
            yew::Renderer::<App>::with_root(host).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
