//! One event in full: its reported time, headline, text with citations, place, sides and
//! attribution, with previous/next buttons. Hidden unless selected (and always printed).
//!
//! A plain function, not a component, as are the citation buttons and texts inside: each
//! component costs the WebAssembly its own copy of Yew's generic code (docs/size.md).

use yew::prelude::*;

use super::citation_popover::citation_popover;
use super::cited_text::cited_text;
#[cfg(not(event_timeline_viewer))]
use super::media_figure::media_figure;
use super::{heading, Open, Shared};
use crate::format::citation::plain_text;
use crate::state::{Action, Origin, Toward};

/// The panel of event `i`, shown when `selected`; Previous and Next go to `neighbours` (the
/// events before and after it that a reader can reach: during a search, the matches).
pub fn event_panel(
    shared: &Shared,
    open: Open,
    i: usize,
    selected: bool,
    neighbours: [Option<usize>; 2],
) -> Html {
    let story = &shared.story.0;
    let events = &story.timeline.events;
    let (event, when) = (&events[i], &story.placements[i]);
    let block = |part: &str| AttrValue::from(shared.ids.event_text(&event.id, part));
    let step = |action: Action| {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let locale = &shared.locale;
    let neighbour = |j: Option<usize>, which: &str| {
        let target = j.and_then(|j| events.get(j));
        let label = match target {
            Some(t) => locale.fill(
                &format!("{which}-event"),
                &[("title", &plain_text(&t.headline))],
            ),
            None => locale.text(&format!("no-{which}-event")),
        };
        (label, target.is_none())
    };
    // Corrections and updates that concern this event, each a link to its entry (never in the
    // viewer build, which shows no story that has them).
    #[cfg(not(event_timeline_viewer))]
    let updates = super::updates::event_updates(shared, &event.id);
    #[cfg(event_timeline_viewer)]
    let updates = Html::default();
    let (prev_label, at_start) = neighbour(neighbours[0], "previous");
    let (next_label, at_end) = neighbour(neighbours[1], "next");
    let date = html! {
        if let Some(date) = locale.when_date(when) {
            <span class="et-when-date">{ date }</span>
        }
    };
    // An event that lasted: "until later that day" (its date only when not the start's).
    let date = {
        let until = when.until.as_deref().map(|end| {
            let mut words = locale.when(end);
            let start_date = locale.when_date(when);
            if let Some(date) = locale
                .when_date(end)
                .filter(|d| start_date.as_ref() != Some(d))
            {
                words = format!("{words}, {date}");
            }
            locale.fill("until", &[("end", &words)])
        });
        html! {
            <>
                { date }
                if let Some(until) = until {
                    <span class="et-when-until">{ until }</span>
                }
            </>
        }
    };
    // An event's picture or link (not in the viewer build, which reads no media).
    #[cfg(not(event_timeline_viewer))]
    let media = match &event.media {
        Some(media) => media_figure(shared, open, media, block),
        None => Html::default(),
    };
    #[cfg(event_timeline_viewer)]
    let media = Html::default();
    let attribution = html! {
        if let Some(by) = &event.attribution {
            <div><dt>{ locale.text("according-to") }</dt><dd>{ by.clone() }</dd></div>
        }
    };
    // The track before it, outside the markup below (the viewer shows no tracks).
    #[cfg(not(event_timeline_viewer))]
    let attribution = html! {
        <>
            if let Some(track) = shared.track_label(event) {
                <div><dt>{ locale.text("track") }</dt><dd>{ track }</dd></div>
            }
            { attribution }
        </>
    };
    html! {
        <div class="et-panel" role="tabpanel" key={event.id.clone()} id={shared.ids.panel(&event.id)}
            aria-labelledby={shared.ids.tab(&event.id)}
            tabindex="0" hidden={!selected}>
            { heading(shared, 2, "et-panel-title", None, true,
                cited_text(shared, open, &event.headline, &block("headline"), false)) }
            // A headline's citation opens its source here, after the heading, not inside it.
            { citation_popover(shared, open, &block("headline")) }
            // The time after the heading, so that moving by headings reaches it.
            <p class="et-when">
                if when.approximate {
                    <span class="et-approx-badge">{ locale.text("approximate") }</span>
                }
                <span class="et-when-phrase" lang={shared.phrase_lang(when)} dir={shared.phrase_dir(when)}>
                    { locale.when(when) }</span>
                { date }
            </p>
            { updates }
            if !event.text.is_empty() {
                <p class="et-panel-text" lang={shared.content_lang()} dir={shared.content_dir()}>
                    { cited_text(shared, open, &event.text, &block("text"), true) }
                </p>
            }
            { media }
            <dl class="et-facts">
                if let Some(place) = &event.place {
                    <div><dt>{ locale.text("place") }</dt><dd>{ place.clone() }</dd></div>
                }
                if !event.sides.is_empty() {
                    <div><dt>{ locale.text("involved") }</dt><dd>{ event.sides.join("; ") }</dd></div>
                }
                { attribution }
                <div><dt>{ locale.text("event") }</dt><dd>{ locale.fill("event-of",
                    &[("n", &locale.number(i as u64 + 1)), ("total", &locale.number(events.len() as u64))]) }</dd></div>
            </dl>
            <div class="et-nav">
                <button type="button" class="et-button" aria-label={prev_label}
                    disabled={at_start} onclick={step(Action::Previous(Origin::Step(Toward::Earlier)))}>{ locale.text("previous") }</button>
                <button type="button" class="et-button" aria-label={next_label}
                    disabled={at_end} onclick={step(Action::Next(Origin::Step(Toward::Later)))}>{ locale.text("next") }</button>
            </div>
        </div>
    }
}
