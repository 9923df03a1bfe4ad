//! The events as tabs (WAI-ARIA APG tabs pattern): one Tab stop, arrow keys move between
//! events, Home/End jump to the ends (Page Up/Down by ten); the key handler lives on the tab
//! list itself.

use std::borrow::Cow;

use yew::prelude::*;

use super::event_tab::{event_tab, TabPlace};
use super::{class_if, class_list, Shared};
use crate::languages::Dir;
use crate::state::{Action, Origin};
use crate::view_model::density::{is_dense, window, WINDOW};
use crate::view_model::layout::AxisLayout;
#[cfg(not(event_timeline_viewer))]
use crate::view_model::zoom::ZoomStep;

/// How far Page Up/Page Down move.
const PAGE: isize = 10;

/// The move a key asks for, if any. Left and right follow what the reader sees: right to
/// left, the later event is on the left (WAI-ARIA APG, tabs in right-to-left languages).
fn key_action(key: &str, dir: Dir) -> Option<Action> {
    let (later, earlier) = match dir {
        Dir::Ltr => ("ArrowRight", "ArrowLeft"),
        Dir::Rtl => ("ArrowLeft", "ArrowRight"),
    };
    match key {
        "ArrowDown" => Some(Action::Next(Origin::Key)),
        "ArrowUp" => Some(Action::Previous(Origin::Key)),
        k if k == later => Some(Action::Next(Origin::Key)),
        k if k == earlier => Some(Action::Previous(Origin::Key)),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        "PageDown" => Some(Action::Page(PAGE)),
        "PageUp" => Some(Action::Page(-PAGE)),
        // Zoom, when the axis has focus (not in the viewer build, which never zooms).
        #[cfg(not(event_timeline_viewer))]
        "+" | "=" => Some(Action::Zoom(ZoomStep::IN)),
        #[cfg(not(event_timeline_viewer))]
        "-" | "\u{2212}" => Some(Action::Zoom(ZoomStep::OUT)),
        #[cfg(not(event_timeline_viewer))]
        "0" => Some(Action::Zoom(ZoomStep::Fit)),
        _ => None,
    }
}

/// The tab list of `layout` with `selected` chosen. A key move is an `Origin::Key` selection,
/// after which focus follows to the new tab (`hooks::use_focus_follows_selection`).
pub fn event_strip(
    shared: &Shared,
    layout: &AxisLayout,
    selected: usize,
    found: Option<&[usize]>,
) -> Html {
    let story = &shared.story.0;
    let onkeydown = {
        let dispatch = shared.dispatch.clone();
        let dir = shared.locale.dir;
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            if let Some(action) = key_action(&e.key(), dir) {
                e.prevent_default();
                dispatch.dispatch(action);
            }
        })
    };
    // A search leaves out the tabs of events that do not match (the selection always keeps
    // its tab, the one Tab stop); a dense story shows a window of tabs around the selection
    // (each says where it is in the whole: aria-posinset/aria-setsize) in time order, not
    // placed on the axis.
    // The events listed (a search's matches with the selection among them; `None`: every
    // event), copied only when the selection is not a match.
    let events = &story.timeline.events;
    let listed: Option<Cow<[usize]>> =
        found.map(|matches| match matches.binary_search(&selected) {
            Ok(_) => Cow::Borrowed(matches),
            Err(at) => {
                let mut list = matches.to_vec();
                list.insert(at, selected);
                Cow::Owned(list)
            }
        });
    let (count, here) = match &listed {
        Some(list) => (list.len(), list.partition_point(|&i| i < selected)),
        None => (events.len(), selected),
    };
    let event_at = |k: usize| listed.as_ref().map_or(k, |list| list[k]);
    let dense = is_dense(events.len());
    let range = if dense {
        window(here, count, WINDOW)
    } else {
        0..count
    };
    html! {
        <div class={class_list(&["et-strip", class_if(dense, "et-strip-dense")])} role="tablist"
            aria-label={shared.locale.text("events")} {onkeydown}>
            { for range.map(|k| {
                let i = event_at(k);
                let b = &layout.events[i];
                event_tab(shared, i, TabPlace {
                    selected: i == selected,
                    position: (!dense).then_some((b.at, b.lane)),
                    // A zoomed axis hides the tabs of events outside its view (not the list of a
                    // narrow widget), never the selected one: the one Tab stop, at the edge.
                    out: b.out && i != selected,
                    in_set: dense.then_some((k + 1, count)),
                    dated: layout.several_days,
                })
            }) }
        </div>
    }
}
