//! The summary box: date, place, result, belligerents, commanders, strength, casualties,
//! each with the citations the source gives.

use yew::prelude::*;

use super::cited_text::CitedText;
use super::Shared;

#[component]
pub fn SummaryBox() -> Html {
    let shared = use_context::<Shared>().expect("SummaryBox inside a timeline");
    let summary = &shared.story.0.timeline.summary;
    html! {
        <section class="et-summary" id={shared.id("summary")} tabindex="-1"
            aria-labelledby={shared.id("summary-heading")}>
            <h3 class="et-heading" id={shared.id("summary-heading")}>{ "Summary" }</h3>
            <dl class="et-summary-list">
                { for summary.iter().enumerate().map(|(i, item)| html! {
                    <div class="et-summary-item" key={i}>
                        <dt>{ item.label.clone() }</dt>
                        <dd><CitedText text={AttrValue::from(item.text.clone())}
                            block={shared.id(&format!("summary-{i}"))} /></dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
