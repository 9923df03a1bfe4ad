//! The browser build. It starts nothing by itself: the `<event-timeline>` element
//! (`embed/event-timeline.js`) creates one `Widget` per element (see `src/embed.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    // Keep the library's exported `Widget` API in this binary.
    let _ = event_timeline::embed::Widget::destroy;
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("event-timeline runs in the browser: build it with `make serve`.");
    std::process::exit(2);
}
