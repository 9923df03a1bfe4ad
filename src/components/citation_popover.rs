//! The source behind one citation, next to the statement it supports. Escape or leaving it
//! closes it; Escape and the close button return focus to the citation. One sits after each
//! text block (or after the heading that holds it) and shows when a citation of that block is
//! open. A plain function (docs/size.md).

use yew::prelude::*;

use super::{Open, Shared};
use crate::browser;
use crate::state::{Action, OpenCitation};
use crate::view_model::ids;

/// The popover of the open citation, after the text block it belongs to (nothing otherwise).
/// The story view moves focus into it when it opens.
pub fn citation_popover(shared: &Shared, open: Open, block: &str) -> Html {
    match open.filter(|o| ids::is_citation_of(&o.trigger, block)) {
        Some(citation) => popover(shared, citation),
        None => Html::default(),
    }
}

fn popover(shared: &Shared, citation: &OpenCitation) -> Html {
    let close_and_return = {
        let (dispatch, root, trigger) = (
            shared.dispatch.clone(),
            shared.root.clone(),
            citation.trigger.clone(),
        );
        move || {
            dispatch.dispatch(Action::CloseCitation);
            browser::focus_within(&root, &trigger);
        }
    };
    let onkeydown = {
        let close = close_and_return.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                close();
            }
        })
    };
    let onfocusout = {
        let dispatch = shared.dispatch.clone();
        Callback::from(move |e: FocusEvent| {
            if browser::focus_leaves(&e, ".et-popover") {
                dispatch.dispatch(Action::CloseCitation);
            }
        })
    };
    let onclose = Callback::from(move |_: MouseEvent| close_and_return());

    let n = citation.number;
    let reference = shared
        .story
        .0
        .timeline
        .references
        .iter()
        .find(|r| r.id == n);
    let title_id = shared.ids.popover_title();
    let details = match reference {
        Some(r) if !r.is_bare() => html! {
            <>
                if let Some(title) = &r.title { <span class="et-ref-title" lang={shared.content_lang()}>{ title.clone() }</span> }
                if let Some(publisher) = &r.publisher { <span lang={shared.content_lang()}>{ publisher.clone() }</span> }
                if let Some((date, theirs)) = r.date.as_deref().map(|d| shared.given_date(d)) {
                    <span lang={theirs.then(|| shared.content_lang()).flatten()}>{ date }</span>
                }
                if let Some(url) = &r.url {
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                        { shared.locale.text("open-source") }<span class="et-vh">{ shared.locale.text("new-tab") }</span>
                    </a>
                }
            </>
        },
        _ => html! {
            { shared.locale.text("only-number") }
        },
    };
    html! {
        <span class="et-popover" role="dialog" id={shared.ids.popover()}
            lang={shared.own_lang()} dir={shared.own_dir()}
            aria-labelledby={title_id.clone()} tabindex="-1"
            {onkeydown} {onfocusout}>
            <span class="et-popover-title" id={title_id}>{ shared.locale.fill("reference", &[("n", &n.to_string())]) }</span>
            <span class="et-popover-details">{ details }</span>
            <span class="et-popover-statement">
                <span class="et-label">{ shared.locale.text("supports") }</span>
                <q lang={shared.content_lang()}><bdi>{ citation.statement.clone() }</bdi></q>
            </span>
            <span class="et-popover-actions">
                <a href={format!("#{}", shared.ids.reference(n))}>
                    { shared.locale.fill("go-to-reference", &[("n", &n.to_string())]) }
                </a>
                <button type="button" class="et-button" onclick={onclose}
                    aria-label={shared.locale.fill("close-reference", &[("n", &n.to_string())])}>
                    { shared.locale.text("close") }</button>
            </span>
        </span>
    }
}
