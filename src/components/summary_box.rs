//! The story's description and its summary box: date, place, result, belligerents,
//! commanders, strength, casualties, each with the citations the source gives.

use yew::prelude::*;

use super::cited_text::cited_text;
use super::{Open, Shared};

/// A plain function of the widget's shared data (it holds no state of its own).
pub fn summary_box(shared: &Shared, open: Open) -> Html {
    let timeline = &shared.story.0.timeline;
    html! {
        <>
            if !timeline.description.is_empty() {
                <p class="et-description" id={shared.ids.description()} tabindex="-1" lang={shared.content_lang()} dir={shared.content_dir()}>
                    { cited_text(shared, open, &timeline.description, &shared.ids.description_text(), true) }
                </p>
            }
            if !timeline.summary.is_empty() {
                <dl class="et-summary-list" id={shared.ids.summary_list()} tabindex="-1" lang={shared.content_lang()} dir={shared.content_dir()}>
                    { for timeline.summary.iter().enumerate().map(|(i, item)| html! {
                        <div class="et-summary-item" key={i}>
                            <dt>{ item.label.clone() }</dt>
                            <dd>{ cited_text(shared, open, &item.text, &shared.ids.summary_item(i), true) }</dd>
                        </div>
                    }) }
                </dl>
            }
        </>
    }
}
