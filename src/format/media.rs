//! An event's picture or link. A picture is content, so it needs words for readers who cannot
//! see it; it loads over https from where the story says, and only when its event is shown.
//! Anything else (a video, a map, a page) is a plain link: the widget never embeds a frame.

use serde::Serialize;

use super::keyword::Keyword;

/// What a medium is: a picture shown in the event, or a link to anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Image,
    Link,
}

impl Keyword for MediaKind {
    const WORDS: &'static [(MediaKind, &'static str)] =
        &[(MediaKind::Image, "image"), (MediaKind::Link, "link")];
}

/// What an event shows beside its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    pub kind: MediaKind,
    pub url: String,
    /// What the picture shows, for readers who cannot see it (pictures only; required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// The words of the link (links only; required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// Who made the picture or holds its rights.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}
