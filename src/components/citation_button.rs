//! A `[n]` citation: a real button that opens the source of the statement it ends. A plain
//! function (docs/size.md).

use yew::prelude::*;

use super::Shared;
use crate::state::{Action, OpenCitation};

/// Citation `number`, the `k`-th of its block (`id`), ending `statement`; `open` when its
/// popover is.
pub fn citation_button(
    shared: &Shared,
    number: u32,
    id: AttrValue,
    statement: AttrValue,
    open: bool,
) -> Html {
    let onclick = {
        let dispatch = shared.dispatch.clone();
        let trigger = id.clone();
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
        <a class="et-cite-link" href={format!("#{}", shared.ids.reference(number))}>
            { format!("[{}]", number) }
        </a>
        <button type="button" class="et-cite" id={id} lang={shared.own_lang()} dir={shared.own_dir()}
            aria-label={shared.locale.fill("citation", &[("n", &number.to_string())])}
            aria-haspopup="dialog"
            aria-expanded={if open { "true" } else { "false" }}
            aria-controls={open.then(|| shared.ids.popover())}
            {onclick}>
            { format!("[{}]", number) }
        </button>
        </>
    }
}
