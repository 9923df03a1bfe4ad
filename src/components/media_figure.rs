//! An event's picture or link. A picture loads lazily (a hidden panel's never loads), from
//! where the story says and without telling that site which page embeds it; its box has a
//! fixed shape, so nothing below it jumps when it arrives. Anything else is a plain link.

use yew::prelude::*;

use super::cited_text::cited_text;
use super::{class_if, class_list, Open, Shared};
use crate::format::{Media, MediaKind};

/// A plain function (no state): `block` names the caption's and credit's citation blocks.
pub fn media_figure(
    shared: &Shared,
    open: Open,
    media: &Media,
    block: impl Fn(&str) -> AttrValue,
) -> Html {
    let cited = |text: &Option<String>, part: &str| {
        text.as_ref()
            .map(|t| cited_text(shared, open, t, &block(part), true))
    };
    let (caption, credit) = (
        cited(&media.caption, "caption"),
        cited(&media.credit, "credit"),
    );
    let shown = match media.kind {
        MediaKind::Image => html! {
            <img class="et-media-image" src={media.url.clone()}
                alt={media.alt.clone().unwrap_or_default()} loading="lazy" decoding="async"
                referrerpolicy="no-referrer" />
        },
        MediaKind::Link => html! {
            <a class="et-media-link" href={media.url.clone()} rel="noopener noreferrer"
                referrerpolicy="no-referrer">{ media.title.clone().unwrap_or_default() }</a>
        },
    };
    html! {
        <figure class={class_list(&["et-media", class_if(media.kind == MediaKind::Link, "et-media-linked")])}>
            { shown }
            if caption.is_some() || credit.is_some() {
                <figcaption>
                    if let Some(caption) = caption {
                        <span class="et-media-caption">{ caption }</span>
                    }
                    if let Some(credit) = credit {
                        <span class="et-media-credit">{ credit }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}
