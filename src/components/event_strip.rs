//! The events as tabs (WAI-ARIA APG tabs pattern): one Tab stop, arrow keys move between
//! events, Home/End jump to the ends; the key handler lives on the tab list itself.

use std::rc::Rc;

use yew::prelude::*;

use super::Shared;
use crate::browser;
use crate::model::citation::plain_text;
use crate::model::density::{is_dense, window, WINDOW};
use crate::model::layout::AxisLayout;
use crate::state::{Action, Origin};

#[derive(Properties, PartialEq)]
pub struct EventStripProps {
    pub layout: Rc<AxisLayout>,
    pub selected: usize,
}

/// How far Page Up/Page Down move.
const PAGE: usize = 10;

/// The move a key asks for, if any.
fn key_action(key: &str, selected: usize) -> Option<Action> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(Action::Next),
        "ArrowLeft" | "ArrowUp" => Some(Action::Previous),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        "PageDown" => Some(Action::Select(selected + PAGE, Origin::Reader)),
        "PageUp" => Some(Action::Select(
            selected.saturating_sub(PAGE),
            Origin::Reader,
        )),
        _ => None,
    }
}

#[component]
pub fn EventStrip(props: &EventStripProps) -> Html {
    let shared = use_context::<Shared>().expect("EventStrip inside a timeline");
    let story = &shared.story.0;
    let moved_by_key = use_mut_ref(|| false);
    {
        // After a key move, focus follows the selection.
        let (moved_by_key, root) = (moved_by_key.clone(), shared.root.clone());
        let id = shared.id(&format!("tab-{}", story.timeline.events[props.selected].id));
        use_effect_with(props.selected, move |_| {
            if std::mem::take(&mut *moved_by_key.borrow_mut()) {
                browser::focus_within(&root, &id);
            }
        });
    }
    let onkeydown = {
        let (dispatch, moved_by_key) = (shared.dispatch.clone(), moved_by_key.clone());
        let selected = props.selected;
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(action) = key_action(&e.key(), selected) {
                e.prevent_default();
                *moved_by_key.borrow_mut() = true;
                dispatch.dispatch(action);
            }
        })
    };
    // A dense story shows a window of tabs around the selection (each says where it is in
    // the whole: aria-posinset/aria-setsize) in time order, not placed on the axis.
    let events = &story.timeline.events;
    let dense = is_dense(events.len());
    let shown = if dense {
        window(props.selected, events.len(), WINDOW)
    } else {
        0..events.len()
    };
    html! {
        <div class={classes!("et-strip", dense.then_some("et-strip-dense"))} role="tablist"
            aria-label="Events" {onkeydown}>
            { for shown.map(|i| {
                let (e, b) = (&events[i], &props.layout.events[i]);
                let selected = i == props.selected;
                let onclick = {
                    let dispatch = shared.dispatch.clone();
                    Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(i, Origin::Reader)))
                };
                let when = &story.placements[i];
                let position = (!dense).then(|| {
                    classes!(format!("et-x-{}", b.at), format!("et-lane-{}", b.lane.min(15)))
                });
                // Only rendered panels can be named (a dense story renders the selected one).
                let controls = (!dense || selected).then(|| shared.id(&format!("panel-{}", e.id)));
                html! {
                    <button key={e.id.clone()} type="button" role="tab"
                        id={shared.id(&format!("tab-{}", e.id))}
                        class={classes!("et-tab", selected.then_some("et-tab-selected"), position)}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={controls}
                        aria-posinset={dense.then(|| (i + 1).to_string())}
                        aria-setsize={dense.then(|| events.len().to_string())}
                        tabindex={if selected { "0" } else { "-1" }}
                        {onclick}>
                        <span class={classes!("et-tab-time", when.approximate.then_some("et-approx"))}>
                            { when.label.clone() }
                        </span>
                        <span class="et-tab-title">{ plain_text(&e.headline) }</span>
                    </button>
                }
            }) }
        </div>
    }
}
