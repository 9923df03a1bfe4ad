//! The numbered references, each with what the source says of it (or plainly that it says
//! nothing more), and links back to every place that cites it. A plain function; the story
//! view keeps the index of citing places (docs/size.md).

use yew::prelude::*;

use std::collections::BTreeMap;

use super::Shared;
use crate::format::Reference;
use crate::state::{Action, Origin};
use crate::view_model::index::Place;

/// Links back per reference; a large story citing one source thousands of times lists the
/// first ones and says how many more.
const MAX_BACKLINKS: usize = 20;

/// What the source says of a reference, in the story's language, but for a date the format
/// reads, which is written in the reader's.
fn details(shared: &Shared, r: &Reference) -> Html {
    let words = [r.title.as_deref(), r.publisher.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(". ");
    let (lang, dir) = (shared.content_lang(), shared.content_dir());
    html! {
        <>
            if !words.is_empty() {
                <span lang={lang.clone()} {dir}>{ words.clone() }</span>
            }
            if let Some((date, theirs)) = r.date.as_deref().map(|d| shared.given_date(d)) {
                { if words.is_empty() { "" } else { ". " } }
                <span lang={lang.filter(|_| theirs)} dir={dir.filter(|_| theirs)}>{ date }</span>
            }
        </>
    }
}

/// A link to event `i` that selects it and puts focus on its tab; without JavaScript it leads
/// to the event's panel, which the page then shows too.
pub fn event_link(shared: &Shared, i: usize, label: Html) -> Html {
    let event = &shared.story.0.timeline.events[i];
    let dispatch = shared.dispatch.clone();
    let (root, tab) = (shared.root.clone(), shared.ids.tab(&event.id));
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.dispatch(Action::Select(i, Origin::Choice));
        crate::browser::focus_within(&root, &tab);
    });
    let href = format!("#{}", shared.ids.panel(&event.id));
    html! { <a {href} {onclick}>{ label }</a> }
}

/// The list, with `index` the places citing each reference.
pub fn reference_list(shared: &Shared, index: &BTreeMap<u32, Vec<Place>>) -> Html {
    let timeline = &shared.story.0.timeline;
    let link_to = |place: &Place| -> Html {
        // The story's words inside the widget's own: isolated, so a name in another script
        // keeps its direction.
        let label = html! { <bdi>{ place.label(timeline, &shared.locale) }</bdi> };
        match *place {
            Place::Event(i) => event_link(shared, i, label.clone()),
            Place::Summary(_) => {
                html! { <a href={format!("#{}", shared.ids.summary_list())}>{ label }</a> }
            }
            Place::Description => {
                html! { <a href={format!("#{}", shared.ids.description())}>{ label }</a> }
            }
            Place::Claim { comparison, claim } => {
                let c = &timeline.comparisons[comparison];
                html! {
                    <a href={format!("#{}", shared.ids.claim(&c.id, &c.claims[claim].id))}>
                        { label }
                    </a>
                }
            }
        }
    };
    html! {
            <ol class="et-ref-list">
                { for timeline.references.iter().map(|r| {
                    let places = index.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
                    html! {
                        <li key={r.id} id={shared.ids.reference(r.id)} value={r.id.to_string()}
                            tabindex="-1">
                            <span class="et-ref-number">{ format!("[{}]", r.id) }</span>
                            if r.is_bare() {
                                <span class="et-ref-unknown">{ shared.locale.text("details-not-given") }</span>
                            } else {
                                <span class="et-ref-details">
                                    { details(shared, r) }
                                    if let Some(url) = &r.url {
                                        { " " }
                                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                                            { url.clone() }<span class="et-vh">{ shared.locale.text("new-tab") }</span>
                                        </a>
                                    }
                                </span>
                            }
                            if !places.is_empty() {
                                <div class="et-ref-cited">
                                    <span class="et-label">{ shared.locale.text("cited-in") }</span>
                                    <ul class="et-backlinks">
                                        { for places.iter().take(MAX_BACKLINKS).map(|p| html! { <li>{ link_to(p) }</li> }) }
                                        if places.len() > MAX_BACKLINKS {
                                            <li>{ shared.locale.count("and-more", (places.len() - MAX_BACKLINKS) as u64) }</li>
                                        }
                                    </ul>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ol>
    }
}
