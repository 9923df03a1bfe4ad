//! The source behind one citation, next to the statement it supports. Escape or leaving it
//! closes it; Escape and the close button return focus to the citation. One sits after each
//! text block (or after the heading that holds it) and shows when a citation of that block is
//! open: with the citation buttons, the only components that follow the open citation.

use yew::prelude::*;

use super::Shared;
use crate::browser;
use crate::state::Action;
use crate::state::OpenCitation;

#[derive(Properties, PartialEq)]
pub struct CitationPopoverProps {
    pub shared: Shared,
    /// The open citation, which belongs to the text block this popover follows.
    pub citation: OpenCitation,
}

#[component]
pub fn CitationPopover(props: &CitationPopoverProps) -> Html {
    let shared = &props.shared;
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.citation.trigger.clone(), move |_| {
            browser::focus_node(&node)
        });
    }
    let citation = &props.citation;
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
        let (dispatch, node) = (shared.dispatch.clone(), node.clone());
        Callback::from(move |e: FocusEvent| {
            if browser::focus_leaves(&e, &node) {
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
                if let Some(title) = &r.title { <span class="et-ref-title">{ title.clone() }</span> }
                if let Some(publisher) = &r.publisher { <span>{ publisher.clone() }</span> }
                if let Some(date) = &r.date { <span>{ date.clone() }</span> }
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
            aria-labelledby={title_id.clone()} tabindex="-1" ref={node}
            {onkeydown} {onfocusout}>
            <span class="et-popover-title" id={title_id}>{ shared.locale.fill("reference", &[("n", &n.to_string())]) }</span>
            <span class="et-popover-details">{ details }</span>
            <span class="et-popover-statement">
                <span class="et-label">{ shared.locale.text("supports") }</span>
                <q><bdi>{ citation.statement.clone() }</bdi></q>
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
