//! The selection and the page: reported to the host, written to the URL fragment, and
//! followed from it (the fragment the page opened with, back and forward, fragment links).

use yew::functional::Hook;
use yew::prelude::*;

use crate::browser;
use crate::components::StoryRef;
use crate::format::TimelineData;
use crate::state::{Action, Origin, ViewState};
use crate::view_model::fragment::{event_fragment, event_in_fragment, may_replace};
use crate::view_model::ids::Ids;
use crate::view_model::sections::Section;
#[cfg(not(event_timeline_viewer))]
use crate::{
    state::Found,
    view_model::{
        fragment::split_search,
        search::{Query, SharedIndex},
    },
};

/// The section holding the element with this id, if it is one of this widget's.
pub fn section_of(timeline: &TimelineData, ids: &Ids, id: &str) -> Option<Section> {
    let comparisons: Vec<&str> = timeline.comparisons.iter().map(|c| c.id.as_str()).collect();
    ids.section_holding(id, &comparisons)
}

/// Going to one of this widget's elements that sits in a section (`et-ref-9`) opens the
/// section first; `None` for any other id.
fn reveal_in_section(timeline: &TimelineData, ids: &Ids, id: &str) -> Option<Action> {
    section_of(timeline, ids, id)
        .map(|section| Action::Reveal(id.to_string().into(), Some(section)))
}

/// The event named by one of this widget's fragments, such as `e-power-cut`.
fn event_for_fragment(timeline: &TimelineData, ids: &Ids, fragment: Option<&str>) -> Option<usize> {
    timeline.event_index(event_in_fragment(ids.prefix(), fragment?)?)
}

/// A reader's move is reported to the host (`on_select`, the element's `timeline-select`) and
/// written to the URL as its `Origin` says: a choice pushes an entry, skimming replaces it,
/// the first view and back/forward write nothing. The first event needs no fragment, and a
/// fragment of the host page's own is never replaced or removed.
/// The search part of the fragment, as the URL effect compares it: nothing in the viewer
/// build, which has no search (so it costs the viewer nothing).
#[cfg(not(event_timeline_viewer))]
pub type SearchTail = String;
#[cfg(event_timeline_viewer)]
pub type SearchTail = ();

#[cfg(not(event_timeline_viewer))]
fn search_text(tail: &str) -> &str {
    tail
}

#[cfg(event_timeline_viewer)]
fn search_text(_: &()) -> &'static str {
    ""
}

/// A search (`search`: its fragment tail, `&q=…`) goes on after the event, and changes the
/// fragment without a new selection to report.
pub fn use_report_selection(
    story: &StoryRef,
    ids: &Ids,
    selection: (usize, Origin),
    search: SearchTail,
    hash: bool,
    on_select: &Callback<AttrValue>,
) -> impl Hook<Output = ()> {
    let (story, ids, on_select) = (story.0.clone(), ids.clone(), on_select.clone());
    use_effect_with((selection, search), move |((selected, origin), search)| {
        let (selected, origin) = (*selected, *origin);
        let id = &story.timeline.events[selected].id;
        if origin.is_move() {
            on_select.emit(AttrValue::from(id.clone()));
        }
        let search = search_text(search);
        let wanted =
            (selected > 0 || !search.is_empty()).then(|| event_fragment(ids.prefix(), id) + search);
        let current = browser::fragment();
        // It writes over no fragment or another widget's, and removes only its own.
        let allowed = match (&wanted, current.as_deref()) {
            (Some(_), current) => may_replace(current),
            (None, Some(current)) => event_in_fragment(ids.prefix(), current).is_some(),
            (None, None) => false,
        };
        match origin.url_write() {
            Some(how) if hash && allowed && current != wanted => {
                browser::write_fragment(wanted.as_deref(), how)
            }
            _ => {}
        }
    })
}

/// With `hash` on, the widget follows the URL fragment: the one the page opened with (right
/// after the first view, which depends only on the props so hydration agrees), then
/// back/forward and fragment links.
pub fn use_follow_fragment(
    story: &StoryRef,
    ids: &Ids,
    hash: bool,
    dispatch: &UseReducerDispatcher<ViewState>,
) -> impl Hook<Output = ()> {
    let (story, ids, dispatch) = (story.0.clone(), ids.clone(), dispatch.clone());
    use_effect_with(hash, move |&hash| {
        let guard = hash.then(|| {
            let opened_on = browser::fragment();
            if let Some(i) = event_for_fragment(&story.timeline, &ids, opened_on.as_deref()) {
                dispatch.dispatch(Action::Select(i, Origin::Initial));
            }
            browser::listen_history(Callback::from(move |fragment: Option<String>| {
                match (
                    fragment.as_deref(),
                    event_for_fragment(&story.timeline, &ids, fragment.as_deref()),
                ) {
                    (_, Some(i)) => dispatch.dispatch(Action::Select(i, Origin::History)),
                    (None, None) => dispatch.dispatch(Action::Select(0, Origin::History)),
                    // A fragment that names none of our events (the host's own, another
                    // widget's, a reference) keeps the selection; one of our sections'
                    // elements opens its section.
                    (Some(f), None) => {
                        if let Some(reveal) = reveal_in_section(&story.timeline, &ids, f) {
                            dispatch.dispatch(reveal);
                        }
                    }
                }
            }))
        });
        move || {
            let _listening_until_here = guard;
        }
    })
}

/// A page opened on one of the widget's elements inside a closed section (`#et-ref-9`) opens
/// that section, with or without `hash`.
pub fn use_open_section_of_fragment(
    story: &StoryRef,
    ids: &Ids,
    dispatch: &UseReducerDispatcher<ViewState>,
) -> impl Hook<Output = ()> {
    let (story, ids, dispatch) = (story.0.clone(), ids.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let fragment = browser::fragment();
        if let Some(reveal) = fragment.and_then(|f| reveal_in_section(&story.timeline, &ids, &f)) {
            dispatch.dispatch(reveal);
        }
    })
}

/// With `hash` on and a search shown (`index`), the search in the URL fragment is followed
/// like its event: the one the page opened with, then back/forward. A search that goes away
/// (the host hid it) ends.
#[cfg(not(event_timeline_viewer))]
pub fn use_search_fragment(
    story: &StoryRef,
    hash: bool,
    index: Option<SharedIndex>,
    dispatch: &UseReducerDispatcher<ViewState>,
) -> impl Hook<Output = ()> {
    let (story, dispatch) = (story.0.clone(), dispatch.clone());
    use_effect_with((hash, index), move |(hash, index)| {
        let find = {
            let (index, story) = (index.clone(), story.clone());
            move |fragment: Option<&str>| {
                let query = Query::from_fragment(fragment.map_or("", |f| split_search(f).1));
                Found::of(query, index.as_ref().map(|i| &*i.0), &story.timeline)
            }
        };
        let guard = match (*hash, index.is_some()) {
            (true, true) => {
                let opened_on = browser::fragment();
                dispatch.dispatch(Action::Find(find(opened_on.as_deref()), Origin::Initial));
                Some(browser::listen_history(Callback::from(
                    move |fragment: Option<String>| {
                        dispatch.dispatch(Action::Find(find(fragment.as_deref()), Origin::History))
                    },
                )))
            }
            (_, true) => None,
            (_, false) => {
                dispatch.dispatch(Action::Find(find(None), Origin::Initial));
                None
            }
        };
        move || {
            let _listening_until_here = guard;
        }
    })
}
