//! A story's eras as a list: what the bands behind the events say, for a screen reader (the
//! bands are drawn for the eye and hidden from it), in print and without JavaScript. A plain
//! function of the story view; not in the viewer build, which reads no eras.

use yew::prelude::*;

use super::Shared;

/// The list of the story's eras, if it has any.
pub fn era_list(shared: &Shared) -> Html {
    let eras = &shared.story.0.timeline.eras;
    if eras.is_empty() {
        return Html::default();
    }
    let date = |text: &str| shared.given_date(text).0;
    html! {
        <ul class="et-eras" aria-label={shared.locale.text("eras")}>
            { for eras.iter().map(|era| html! {
                <li>
                    <span class="et-era-label" lang={shared.content_lang()}>{ era.label.clone() }</span>
                    { " " }<span class="et-era-dates">{ format!("{} – {}", date(&era.start), date(&era.end)) }</span>
                    if let Some(description) = &era.description {
                        { " " }<span lang={shared.content_lang()}>{ description.clone() }</span>
                    }
                </li>
            }) }
        </ul>
    }
}
