//! A text with its citation markers turned into citation buttons; the popover of an open
//! citation is shown right after the text that carries it. Plain functions all the way down
//! (the buttons and the popover too): only `Timeline` and `StoryView` are components, since
//! each component costs the WebAssembly its own copy of Yew's generic code (docs/size.md).

use yew::prelude::*;

use super::citation_button::citation_button;
use super::citation_popover::citation_popover;
use super::{Open, Shared};
use crate::format::citation::{plain_text, segments, Segment};
use crate::view_model::ids;

/// `text` with its citations; `block` is its unique id (citation buttons get
/// `<block>_c<k>`). `popover`: whether an open citation's popover follows the text; off where
/// the text sits in a heading (the dialog must not become part of it), and the caller shows it
/// after the heading instead.
pub fn cited_text(shared: &Shared, open: Open, text: &str, block: &str, popover: bool) -> Html {
    let statement = AttrValue::from(plain_text(text).trim().to_string());
    let mut k = 0;
    let mut button = |n: u32| {
        k += 1;
        let id = AttrValue::from(ids::citation(block, k));
        let is_open = open.is_some_and(|o| o.trigger == id);
        citation_button(shared, n, id, statement.clone(), is_open)
    };
    // A citation stays with the word it follows: the two never part at a line break, and in
    // either direction the marker sits at the end of its statement.
    let mut parts: Vec<Html> = Vec::new();
    let mut segments = segments(text).into_iter().peekable();
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
            if popover {
                { citation_popover(shared, open, block) }
            }
        </span>
    }
}
