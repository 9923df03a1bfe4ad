//! One event in full: its reported time, headline, text with citations, place, sides and
//! attribution, with previous/next buttons. Hidden unless selected (and always printed).

use yew::prelude::*;

use super::citation_popover::CitationPopover;
use super::cited_text::CitedText;
use super::media_figure::media_figure;
use super::use_story;
use crate::model::citation::plain_text;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct EventPanelProps {
    pub index: usize,
    pub selected: bool,
}

#[component]
pub fn EventPanel(props: &EventPanelProps) -> Html {
    let shared = use_story();
    let story = &shared.story.0;
    let events = &story.timeline.events;
    let (i, event, when) = (
        props.index,
        &events[props.index],
        &story.placements[props.index],
    );
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
    let (prev_label, at_start) = neighbour(i.checked_sub(1), "previous");
    let (next_label, at_end) = neighbour(Some(i + 1), "next");
    html! {
        <div class="et-panel" role="tabpanel" id={shared.ids.panel(&event.id)}
            aria-labelledby={shared.ids.tab(&event.id)}
            tabindex="0" hidden={!props.selected}>
            <p class="et-when">
                if when.approximate {
                    <span class="et-approx-badge">{ locale.text("approximate") }</span>
                }
                <span class="et-when-phrase" lang={shared.phrase_lang(when)} dir={shared.phrase_dir(when)}>
                    { locale.when(when) }</span>
                if let Some(date) = locale.when_date(when) {
                    <span class="et-when-date">{ date }</span>
                }
            </p>
            <h4 class="et-panel-title" lang={shared.content_lang()} dir={shared.content_dir()}>
                <CitedText text={AttrValue::from(event.headline.clone())} block={block("headline")}
                    popover={false} />
            </h4>
            // A headline's citation opens its source here, after the heading, not inside it.
            <CitationPopover block={block("headline")} />
            if !event.text.is_empty() {
                <p class="et-panel-text" lang={shared.content_lang()} dir={shared.content_dir()}>
                    <CitedText text={AttrValue::from(event.text.clone())} block={block("text")} />
                </p>
            }
            if let Some(media) = &event.media {
                { media_figure(media, block) }
            }
            <dl class="et-facts">
                if let Some(place) = &event.place {
                    <div><dt>{ locale.text("place") }</dt><dd>{ place.clone() }</dd></div>
                }
                if !event.sides.is_empty() {
                    <div><dt>{ locale.text("involved") }</dt><dd>{ event.sides.join("; ") }</dd></div>
                }
                if let Some(by) = &event.attribution {
                    <div><dt>{ locale.text("according-to") }</dt><dd>{ by.clone() }</dd></div>
                }
                <div><dt>{ locale.text("event") }</dt><dd>{ locale.fill("event-of",
                    &[("n", &locale.number(i as u64 + 1)), ("total", &locale.number(events.len() as u64))]) }</dd></div>
            </dl>
            <div class="et-nav">
                <button type="button" class="et-button" aria-label={prev_label}
                    disabled={at_start} onclick={step(Action::Previous)}>{ locale.text("previous") }</button>
                <button type="button" class="et-button" aria-label={next_label}
                    disabled={at_end} onclick={step(Action::Next)}>{ locale.text("next") }</button>
            </div>
        </div>
    }
}
