//! Figures from several sources side by side, each with its attribution and citations;
//! rows where the sources cannot all be right are marked as disagreeing. Never averaged.

use yew::prelude::*;

use super::cited_text::cited_text;
use super::{class_if, class_list, Open, Shared};

/// A plain function of the widget's shared data (it holds no state of its own).
pub fn comparison_table(shared: &Shared, open: Open, index: usize) -> Html {
    let comparison = &shared.story.0.timeline.comparisons[index];
    let locale = &shared.locale;
    html! {
        <>
            <div class="et-table-wrap" tabindex="0" role="group"
                aria-label={locale.fill("table-scrolls", &[("title", &comparison.title)])}>
                <table class="et-table">
                    <thead>
                        <tr>
                            <th scope="col">{ locale.text("figure") }</th>
                            { for comparison.claims.iter().map(|c| html! {
                                <th scope="col" key={c.id.clone()}>{ c.attribution.clone() }</th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for comparison.groups.iter().map(|g| {
                            let disagree = comparison.disagrees_on(&g.id);
                            html! {
                                <tr key={g.id.clone()} class={class_list(&[class_if(disagree, "et-disagree")])}>
                                    <th scope="row">
                                        { g.label.clone() }
                                        if disagree {
                                            <span class="et-disagree-badge">{ locale.text("sources-disagree") }</span>
                                        }
                                    </th>
                                    { for comparison.claims.iter().map(|c| {
                                        match c.figures.iter().find(|f| f.group == g.id) {
                                            Some(f) => html! { <td key={c.id.clone()}>{ f.value.clone() }</td> },
                                            None => html! {
                                                <td key={c.id.clone()} class="et-none">
                                                    <span aria-hidden="true">{ "—" }</span>
                                                    <span class="et-vh">{ locale.text("not-given") }</span>
                                                </td>
                                            },
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            // Narrow widgets: the same figures, one block per source (the stylesheet shows
            // exactly one of the table and these).
            <div class="et-claim-cards">
                { for comparison.claims.iter().map(|c| html! {
                    <div class="et-claim-card" key={c.id.clone()}>
                        <p class="et-claim-card-by">{ c.attribution.clone() }</p>
                        <dl>
                            { for comparison.groups.iter().map(|g| html! {
                                <div key={g.id.clone()}>
                                    <dt>
                                        { g.label.clone() }
                                        if comparison.disagrees_on(&g.id) {
                                            <span class="et-disagree-badge">{ locale.text("sources-disagree") }</span>
                                        }
                                    </dt>
                                    <dd>
                                        { c.figures.iter().find(|f| f.group == g.id)
                                            .map_or_else(|| locale.text("not-given"), |f| f.value.clone()) }
                                    </dd>
                                </div>
                            }) }
                        </dl>
                    </div>
                }) }
            </div>
            <ul class="et-claims" lang={shared.content_lang()} dir={shared.content_dir()}>
                { for comparison.claims.iter().map(|c| html! {
                    <li key={c.id.clone()} id={shared.ids.claim(&comparison.id, &c.id)}
                        tabindex="-1">
                        <span class="et-claim-by"><bdi>{ c.attribution.clone() }</bdi>{ ": " }</span>
                        { cited_text(shared, open, &c.text, &shared.ids.claim_text(&comparison.id, &c.id), true) }
                    </li>
                }) }
            </ul>
        </>
    }
}
