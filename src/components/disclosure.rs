//! A section after the timeline that the reader opens and closes (the WAI-ARIA disclosure
//! pattern: a button in the heading). Closed at first; without JavaScript and in print its
//! content shows in full (the stylesheet ignores `hidden` there).

use yew::prelude::*;

use super::{class_list, heading, Shared};
use crate::state::Action;
use crate::view_model::ids::Ids;
use crate::view_model::sections::{OpenSections, Section};

/// Where a section is and what it holds.
pub struct DisclosureParts {
    pub section: Section,
    /// Id of the section element (from [`Ids`]), which names its heading and content.
    pub id: AttrValue,
    pub title: AttrValue,
    pub class: &'static str,
    pub content: Html,
}

/// A plain function of the widget's shared data: the open state lives in the reducer.
pub fn disclosure(shared: &Shared, sections: OpenSections, parts: DisclosureParts) -> Html {
    let open = sections.is_open(parts.section);
    let onclick = {
        let (dispatch, section) = (shared.dispatch.clone(), parts.section);
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleSection(section)))
    };
    let heading_id = Ids::section_heading(&parts.id);
    let body = Ids::section_body(&parts.id);
    html! {
        <div class={class_list(&["et-section", parts.class])} id={parts.id} role="group"
            aria-labelledby={heading_id.clone()}>
            { heading(shared, 1, "et-heading", Some(heading_id), false, html! {
                <button type="button" class="et-disclosure" aria-controls={body.clone()}
                    aria-expanded={if open { "true" } else { "false" }} {onclick}>
                    { parts.title }
                </button>
            }) }
            <div class="et-section-body" id={body} hidden={!open}>
                { parts.content }
            </div>
        </div>
    }
}
