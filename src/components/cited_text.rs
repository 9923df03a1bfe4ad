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
    let mut button = |n: u32| {
        k += 1;
        html! {
            <CitationButton number={n} id={AttrValue::from(ids::citation(&props.block, k))}
                statement={statement.clone()} />
        }
    };
    // A citation stays with the word it follows: the two never part at a line break, and in
    // either direction the marker sits at the end of its statement.
    let mut parts: Vec<Html> = Vec::new();
    let mut segments = segments(&props.text).into_iter().peekable();
    while let Some(segment) = segments.next() {
        match segment {
            Segment::Text(t) if matches!(segments.peek(), Some(Segment::Cite(_))) => {
                let split = t.trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
                let (head, last) = t.split_at(split);
                let mut attached = vec![html! { { last.to_string() } }];
                while let Some(Segment::Cite(n)) = segments.peek().copied() {
                    segments.next();
                    attached.push(button(n));
                }
                parts.push(html! { { head.to_string() } });
                parts.push(html! { <span class="et-attach">{ for attached }</span> });
            }
            Segment::Text(t) => parts.push(html! { { t.to_string() } }),
            Segment::Cite(n) => parts.push(button(n)),
        }
    }
    html! {
        <span class="et-cited">
            { for parts }
            if props.popover {
                <CitationPopover block={props.block.clone()} />
            }
        </span>
    }
}
