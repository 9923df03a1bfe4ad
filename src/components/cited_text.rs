//! A text with its citation markers turned into citation buttons; the popover of an open
//! citation is shown right after the text that carries it.

use yew::prelude::*;

use super::citation_button::CitationButton;
use super::citation_popover::CitationPopover;
use crate::model::citation::{plain_text, segments, Segment};
use crate::model::ids;

#[derive(Properties, PartialEq)]
pub struct CitedTextProps {
    pub text: AttrValue,
    /// Unique id of this text block; citation buttons get `<block>-c<k>`.
    pub block: AttrValue,
    /// Whether an open citation's popover is shown right after this text; off where the text
    /// sits in a heading (the dialog must not become part of the heading), and the parent
    /// shows it after the heading instead.
    #[prop_or(true)]
    pub popover: bool,
}

#[component]
pub fn CitedText(props: &CitedTextProps) -> Html {
    let statement = AttrValue::from(plain_text(&props.text).trim().to_string());
    let mut k = 0;
    let parts = segments(&props.text).into_iter().map(|s| match s {
        Segment::Text(t) => html! { { t.to_string() } },
        Segment::Cite(n) => {
            k += 1;
            html! {
                <CitationButton number={n} id={AttrValue::from(ids::citation(&props.block, k))}
                    statement={statement.clone()} />
            }
        }
    });
    html! {
        <span class="et-cited">
            { for parts }
            if props.popover {
                <CitationPopover block={props.block.clone()} />
            }
        </span>
    }
}
