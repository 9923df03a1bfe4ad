//! The story studio's browser build (`dist/studio/`, built by `scripts/build.sh`): mounts the
//! Yew app on the page's body.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<event_timeline::studio::app::Studio>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the studio runs in the browser: `make serve`, then open /studio/");
}
