//! A story's record of changes: "Updated" with the latest day beside the title, the record as
//! a section (newest first), and on each event concerned a mark linking to its entry. Plain
//! functions of the story view (docs/size.md); not in the viewer build, which the element never
//! gives a story with updates.

use yew::prelude::*;

use super::cited_text::cited_text;
use super::reference_list::event_link;
use super::{Open, Shared};
use crate::format::citation::plain_text;
use crate::format::{Keyword, Update};

/// The kind of an update in the reader's words ("Correction").
fn kind(shared: &Shared, update: &Update) -> String {
    shared.locale.text(&format!("update.{}", update.kind.key()))
}

/// The day of an update in the reader's words (the checker passed only `YYYY-MM-DD`).
fn day(shared: &Shared, update: &Update) -> String {
    shared.given_date(&update.date).0
}

/// "Updated 2 April 2015", a link to the record, under the title.
pub fn updated_line(shared: &Shared) -> Html {
    let updates = &shared.story.0.timeline.updates;
    // The latest by day (`YYYY-MM-DD` sorts as text); of one day, the later entry.
    let Some(last) = updates.iter().max_by_key(|u| &u.date) else {
        return Html::default();
    };
    html! {
        <p class="et-updated">
            <a href={format!("#{}", shared.ids.updates())}>
                { shared.locale.fill("updated", &[("date", &day(shared, last))]) }
            </a>
        </p>
    }
}

/// The record, newest first: each entry's kind, day, text with its citations and links to the
/// events it concerns.
pub fn updates_list(shared: &Shared, open: Open) -> Html {
    let timeline = &shared.story.0.timeline;
    let mut order: Vec<usize> = (0..timeline.updates.len()).collect();
    order.sort_by(|&a, &b| {
        timeline.updates[b]
            .date
            .cmp(&timeline.updates[a].date)
            .then(b.cmp(&a))
    });
    let locale = &shared.locale;
    html! {
        <ol class="et-update-list" reversed=true>
            { for order.into_iter().map(|i| {
                let update = &timeline.updates[i];
                let id = shared.ids.update(i + 1);
                let block = format!("{id}_text");
                html! {
                    <li id={id} tabindex="-1" key={i}>
                        <span class="et-update-kind">{ kind(shared, update) }</span>
                        { " " }<span class="et-update-day">{ day(shared, update) }</span>{ " " }
                        <span lang={shared.content_lang()} dir={shared.content_dir()}>
                            { cited_text(shared, open, &update.text, &block, true) }
                        </span>
                        if !update.events.is_empty() {
                            <span class="et-update-events">{ " " }{ locale.text("concerns") }
                                { for update.events.iter().enumerate().filter_map(|(k, e)| {
                                    let i = timeline.event_index(e)?;
                                    let headline = plain_text(&timeline.events[i].headline);
                                    Some(html! { <>
                                        if k > 0 { { "; " } }
                                        { event_link(shared, i, html! { <bdi>{ headline }</bdi> }) }
                                    </> })
                                }) }
                            </span>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}

/// The marks of the updates concerning event `event_id`, each linking to its entry.
pub fn event_updates(shared: &Shared, event_id: &str) -> Html {
    let updates = &shared.story.0.timeline.updates;
    let concerning: Vec<(usize, &Update)> = updates
        .iter()
        .enumerate()
        .filter(|(_, u)| u.events.iter().any(|e| e == event_id))
        .collect();
    if concerning.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="et-event-updates">
            { for concerning.into_iter().map(|(i, update)| html! {
                <li><a href={format!("#{}", shared.ids.update(i + 1))}>
                    { kind(shared, update) }{ ", " }{ day(shared, update) }
                </a></li>
            }) }
        </ul>
    }
}
