//! The browser build. It starts nothing by itself: the `<event-timeline>` element
//! (`embed/event-timeline.js`) creates one `Widget` per element (see `src/embed.rs`).

/// Talc instead of Rust's default dlmalloc: 1 KB brotli smaller, and faster (docs/size.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
