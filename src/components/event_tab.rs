//! One event as a tab of the strip. A plain function: the strip renders its tabs again on a
//! selection (a few dozen at most: a dense story shows a window of them), and each component
//! costs the WebAssembly its own copy of Yew's generic code (docs/size.md).

use yew::prelude::*;

use super::{class_if, class_list, Shared};
use crate::format::citation::plain_text;
use crate::state::{Action, Origin};

/// How one tab shows.
pub struct TabPlace {
    pub selected: bool,
    /// Place on the horizontal axis (`at` percent, lane); `None` in a dense story's list.
    pub position: Option<(u16, u8)>,
    /// Its place (from 1) among the events a dense strip lists, and their number, when the
    /// strip shows only some of them.
    pub in_set: Option<(usize, usize)>,
    /// The story's events fall on several dates: a part of a day shows its date.
    pub dated: bool,
    /// Outside a zoomed view: not drawn on the axis.
    pub out: bool,
}

/// The tab of event `i`.
pub fn event_tab(shared: &Shared, i: usize, props: TabPlace) -> Html {
    let story = &shared.story.0;
    let (e, when) = (&story.timeline.events[i], &story.placements[i]);
    let onclick = {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Select(i, Origin::Choice)))
    };
    let position = props
        .position
        .map(|(at, lane)| format!("et-l-{at} et-lane-{}", lane.min(15)));
    // Only rendered panels can be named (a dense story renders the selected one only).
    let controls = (props.in_set.is_none() || props.selected).then(|| shared.ids.panel(&e.id));
    let title = html! {
        <span class="et-tab-title" lang={shared.content_lang()} dir={shared.content_dir()}>{ plain_text(&e.headline) }</span>
    };
    // The track after the title, outside the markup below (the viewer shows no tracks).
    #[cfg(not(event_timeline_viewer))]
    let title = html! {
        <>
            { title }
            if let Some(track) = shared.track_label(e) {
                { " " }<span class="et-tab-track" lang={shared.content_lang()}>{ track }</span>
            }
        </>
    };
    html! {
        <button type="button" role="tab" id={shared.ids.tab(&e.id)} key={e.id.clone()}
            class={class_list(&["et-tab", class_if(props.selected, "et-tab-selected"), class_if(props.out, "et-tab-out"), position.as_deref().unwrap_or("")])}
            aria-selected={if props.selected { "true" } else { "false" }}
            aria-controls={controls}
            aria-posinset={props.in_set.map(|(at, _)| at.to_string())}
            aria-setsize={props.in_set.map(|(_, n)| n.to_string())}
            tabindex={if props.selected { "0" } else { "-1" }}
            {onclick}>
            <span class={class_list(&["et-tab-time", class_if(when.approximate, "et-approx")])}
                lang={shared.phrase_lang(when)} dir={shared.phrase_dir(when)}>
                { shared.locale.when(when) }
            </span>
            // Spaces between the parts keep the tab's name in words where they run inline.
            { " " }
            if let Some(date) = props.dated.then(|| shared.locale.when_date(when)).flatten() {
                <span class="et-tab-date">{ date }</span>{ " " }
            }
            { title }
        </button>
    }
}
