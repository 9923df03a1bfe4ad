//! The widget rendered natively, as the pre-renderer renders it (without hydration markers).

use event_timeline::prerender::render_widget;
pub use event_timeline::Options;

/// The widget's HTML for a story (the built-in one when `None`) and options in words.
pub fn render(json: Option<&str>, options: Options) -> String {
    render_widget(options, json.map(String::from), false)
}
