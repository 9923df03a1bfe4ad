//! The host page's requests, through a `Remote`.

use yew::functional::Hook;
use yew::prelude::*;

use crate::components::{Remote, StoryRef};
use crate::state::{Action, Origin, ViewState};

/// Follows the host's `select()` requests from now on, and one made before this story showed
/// (the first view then opens on it, unreported).
pub fn use_host_requests(
    story: &StoryRef,
    remote: &Remote,
    dispatch: &UseReducerDispatcher<ViewState>,
) -> impl Hook<Output = ()> {
    let (story, dispatch) = (story.0.clone(), dispatch.clone());
    use_effect_with(remote.clone(), move |remote| {
        let listener = Callback::from(move |(id, first): (AttrValue, bool)| {
            if let Some(i) = story.timeline.event_index(&id) {
                let origin = if first { Origin::Initial } else { Origin::Host };
                dispatch.dispatch(Action::Select(i, origin));
            }
        });
        remote.attach(listener.clone());
        let remote = remote.clone();
        move || remote.detach(&listener)
    })
}

/// What a TimelineJS3 file given as the story could not carry over, said in the console once
/// per load (`generation`), for whoever embeds it; the viewer reads only our own format.
#[cfg(not(event_timeline_viewer))]
pub fn use_import_report(generation: u32, report: Option<String>) -> impl Hook<Output = ()> {
    use_effect_with(generation, move |_| {
        if let Some(report) = report {
            crate::browser::warn(&report);
        }
    })
}
