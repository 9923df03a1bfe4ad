//! A section after the timeline that the reader opens and closes (the WAI-ARIA disclosure
//! pattern: a button in the heading). Closed at first; without JavaScript and in print its
//! content shows in full (the stylesheet ignores `hidden` there).

use yew::prelude::*;

use super::Shared;
use crate::model::sections::Section;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    pub section: Section,
    /// Id of the section element; the heading is `<id>-heading`, the content `<id>-body`.
    pub id: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let shared = use_context::<Shared>().expect("Disclosure inside a timeline");
    let open = shared.sections.is_open(props.section);
    let onclick = {
        let (dispatch, section) = (shared.dispatch.clone(), props.section);
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleSection(section)))
    };
    let heading = format!("{}-heading", props.id);
    let body = format!("{}-body", props.id);
    html! {
        <section class={classes!("et-section", props.class.clone())} id={props.id.clone()}
            aria-labelledby={heading.clone()}>
            <h3 class="et-heading" id={heading}>
                <button type="button" class="et-disclosure" aria-controls={body.clone()}
                    aria-expanded={if open { "true" } else { "false" }} {onclick}>
                    { props.title.clone() }
                </button>
            </h3>
            <div class="et-section-body" id={body} hidden={!open}>
                { props.children.clone() }
            </div>
        </section>
    }
}
