//! Browser tests (wasm-bindgen-test in headless Chromium): the widget mounted by the real
//! browser glue, driven through real DOM events.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_id("event-timeline");
    document.body().unwrap().append_child(&host).unwrap();
    host
}

async fn next_frame() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn mounts_the_raid_into_its_host() {
    let host = host();
    event_timeline::browser::mount();
    next_frame().await;
    let title = host.query_selector("h2").unwrap().expect("a title");
    assert_eq!(title.text_content().unwrap(), "2014 raid on Idlib city");
    assert_eq!(host.query_selector_all("li").unwrap().length(), 9);
    host.remove();
}
