//! A `[n]` citation: a real button that opens the source of the statement it ends.

use yew::prelude::*;

use super::Shared;
use crate::state::{Action, OpenCitation};

#[derive(Properties, PartialEq)]
pub struct CitationButtonProps {
    pub shared: Shared,
    pub number: u32,
    pub id: AttrValue,
    /// The statement it supports, shown in the popover.
    pub statement: AttrValue,
    /// Whether this citation's popover is open.
    pub open: bool,
}

#[component]
pub fn CitationButton(props: &CitationButtonProps) -> Html {
    let shared = &props.shared;
    let open = props.open;
    let onclick = {
        let (dispatch, number) = (shared.dispatch.clone(), props.number);
        let (trigger, statement) = (props.id.clone(), props.statement.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(if open {
                Action::CloseCitation
            } else {
                Action::OpenCitation(OpenCitation {
                    number,
                    trigger: trigger.clone(),
                    statement: statement.clone(),
                })
            })
        })
    };
    // The link is what readers without JavaScript get (and what the pre-rendered page shows
    // them): CSS shows exactly one of the two, so hydration finds the same markup.
    html! {
        <>
        <a class="et-cite-link" href={format!("#{}", shared.ids.reference(props.number))}>
            { format!("[{}]", props.number) }
        </a>
        <button type="button" class="et-cite" id={props.id.clone()}
            aria-label={shared.locale.fill("citation", &[("n", &props.number.to_string())])}
            aria-haspopup="dialog"
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={open.then(|| shared.ids.popover())}
            {onclick}>
            { format!("[{}]", props.number) }
        </button>
        </>
    }
}
