//! Browser tests (wasm-bindgen-test in headless Chromium): the real widget in a real DOM,
//! driven by real events: selection, keyboard moves, citation popovers, bad data.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

use event_timeline::{Source, Timeline, TimelineProps};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a widget into a fresh host; the URL fragment is left alone (`hash` off).
fn mount(prefix: &str, json: Option<&str>) -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let mut props = yew::props!(TimelineProps {
        id_prefix: prefix.to_string(),
        hash: false,
    });
    if let Some(json) = json {
        props.story = Source::Json(json.to_string().into());
    }
    yew::Renderer::<Timeline>::with_root_and_props(host.clone(), props).render();
    host
}

async fn settle() {
    for _ in 0..3 {
        TimeoutFuture::new(0).await;
    }
}

fn find(host: &Element, selector: &str) -> HtmlElement {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn selected_tab(host: &Element) -> String {
    find(host, "[role=tab][aria-selected=true]").id()
}

fn active_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn clicking_a_tab_selects_its_event_and_shows_its_panel() {
    let host = mount("b1", None);
    settle().await;
    assert_eq!(
        find(&host, "h2").text_content().unwrap(),
        "2014 raid on Idlib city"
    );
    assert_eq!(selected_tab(&host), "b1-tab-overnight-attack");
    find(&host, "#b1-tab-power-cut").click();
    settle().await;
    assert_eq!(selected_tab(&host), "b1-tab-power-cut");
    assert!(!find(&host, "#b1-panel-power-cut").hidden());
    assert!(find(&host, "#b1-panel-overnight-attack").hidden());
    // The clicked tab says its own name: the live region stays quiet.
    let live = find(&host, "[aria-live=polite]");
    assert_eq!(live.text_content().unwrap(), "");
    // Next button in the panel moves on; focus stays on a button, so the live region says
    // the new headline, and only that.
    find(&host, "#b1-panel-power-cut .et-nav button:last-child").click();
    settle().await;
    assert_eq!(selected_tab(&host), "b1-tab-buildings-seized");
    assert_eq!(
        live.text_content().unwrap(),
        "Rebels seize the governor's mansion and the police headquarters"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_selection_and_focus() {
    let host = mount("b2", None);
    settle().await;
    let first = find(&host, "#b2-tab-overnight-attack");
    first.focus().unwrap();
    press(&first, "ArrowRight");
    settle().await;
    assert_eq!(selected_tab(&host), "b2-tab-checkpoint-bombings");
    assert_eq!(active_id(), "b2-tab-checkpoint-bombings");
    press(&find(&host, "#b2-tab-checkpoint-bombings"), "End");
    settle().await;
    assert_eq!(selected_tab(&host), "b2-tab-buildings-recaptured");
    assert_eq!(active_id(), "b2-tab-buildings-recaptured");
    press(&find(&host, "#b2-tab-buildings-recaptured"), "ArrowDown");
    settle().await;
    assert_eq!(
        selected_tab(&host),
        "b2-tab-buildings-recaptured",
        "stays at the end"
    );
    press(&find(&host, "#b2-tab-buildings-recaptured"), "ArrowLeft");
    settle().await;
    assert_eq!(selected_tab(&host), "b2-tab-sleeper-cell");
    press(&find(&host, "#b2-tab-sleeper-cell"), "Home");
    settle().await;
    assert_eq!(active_id(), "b2-tab-overnight-attack");
    // Focus on the tab says each move once: the live region says nothing of its own.
    let live = find(&host, "[aria-live=polite]");
    assert_eq!(live.text_content().unwrap(), "");
    // Only the selected tab is in the tab order.
    let stops = host.query_selector_all("[role=tab][tabindex='0']").unwrap();
    assert_eq!(stops.length(), 1);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_citation_opens_its_source_and_escape_returns_focus() {
    let host = mount("b3", None);
    settle().await;
    let cite = find(&host, "#b3-ev-overnight-attack_text_c1");
    assert_eq!(cite.get_attribute("aria-label").unwrap(), "Citation 1");
    cite.click();
    settle().await;
    assert_eq!(cite.get_attribute("aria-expanded").unwrap(), "true");
    let popover = find(&host, "#b3-popover");
    let text = popover.text_content().unwrap();
    assert!(text.contains("Reference 1"), "{text}");
    assert!(text.contains("only this reference number"), "{text}");
    assert!(text.contains("cut off the city from the south."), "{text}");
    let link = find(&host, "#b3-popover a");
    assert_eq!(link.get_attribute("href").unwrap(), "#b3-ref-1");
    assert_eq!(active_id(), "b3-popover", "focus moves into the popover");
    press(&popover, "Escape");
    settle().await;
    assert!(host.query_selector("#b3-popover").unwrap().is_none());
    assert_eq!(active_id(), "b3-ev-overnight-attack_text_c1");
    assert_eq!(cite.get_attribute("aria-expanded").unwrap(), "false");
    host.remove();
}

#[wasm_bindgen_test]
async fn focus_leaving_the_popover_closes_it() {
    let host = mount("b4", None);
    settle().await;
    find(&host, "#b4-ev-overnight-attack_text_c1").click();
    settle().await;
    assert!(host.query_selector("#b4-popover").unwrap().is_some());
    find(&host, "#b4-tab-overnight-attack").focus().unwrap();
    settle().await;
    assert!(host.query_selector("#b4-popover").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn bad_data_shows_its_problems_and_other_widgets_keep_working() {
    let broken = mount("b5", Some(r#"{"title": "x", "events": [}"#));
    let good = mount("b6", None);
    settle().await;
    let alert = find(&broken, "[role=alert]");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("line 1, column 27: not valid JSON"));
    find(&good, "#b6-tab-hill-captured").click();
    settle().await;
    assert_eq!(selected_tab(&good), "b6-tab-hill-captured");
    broken.remove();
    good.remove();
}
