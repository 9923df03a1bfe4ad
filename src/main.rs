//! Mounts the widget on the demo page (browser build only).

#[cfg(target_arch = "wasm32")]
fn main() {
    event_timeline::browser::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("event-timeline runs in the browser: build it with `make serve`.");
    std::process::exit(2);
}
