//! TimelineJS media in our terms: a picture over https with words for it is shown; every
//! other medium (a video, a map, a tweet, a page) becomes a link, never an embedded frame.

use super::builder::{plain, Builder};
use super::sources::SlideMedia;
use crate::checker::rules::check_link;
use crate::format::{Media, MediaKind};

impl Builder {
    /// The event's media, if any is carried over; a quotation given as media joins `text`.
    /// `headline` (the event's, plain) names a link that has no title or caption of its own.
    pub(super) fn media(
        &mut self,
        m: &SlideMedia,
        headline: &str,
        text: &mut String,
        at: &str,
    ) -> Option<Media> {
        let url = m.url.trim();
        if url.starts_with('<') {
            if url.to_ascii_lowercase().starts_with("<blockquote") {
                let quote = self.text(url, at, "media");
                self.note(
                    at,
                    "a quotation given as media is carried as the event's text".into(),
                );
                *text = [text.as_str(), &quote].join(" ").trim().to_string();
            } else {
                self.note(at, "embedded HTML media is not carried over: the widget never embeds another site's frame".into());
            }
            return None;
        }
        if check_link(url).is_err() {
            self.note(
                at,
                format!("media '{url}' is not carried over: not an http or https address"),
            );
            return None;
        }
        if !m.thumbnail.trim().is_empty() {
            self.note(
                at,
                "media thumbnail is not carried over: the picture itself is shown".into(),
            );
        }
        let caption = Some(self.text(&m.caption, at, "media caption")).filter(|c| !c.is_empty());
        let credit = Some(self.text(&m.credit, at, "media credit")).filter(|c| !c.is_empty());
        let host = url
            .split("//")
            .nth(1)
            .and_then(|r| r.split(['/', '?', '#']).next())
            .unwrap_or(url);
        let alt = [&m.alt, &m.title, &m.caption]
            .into_iter()
            .map(|t| plain(t))
            .find(|t| !t.is_empty());
        let mut media = Media {
            kind: MediaKind::Link,
            url: url.to_string(),
            alt: None,
            title: None,
            caption,
            credit,
        };
        match (
            is_picture(url),
            url.to_ascii_lowercase().starts_with("https://"),
            alt,
        ) {
            (true, true, Some(alt)) => {
                if plain(&m.alt).is_empty() {
                    self.note(
                        at,
                        "the picture has no alt text: its caption (or title) describes it".into(),
                    );
                }
                media.kind = MediaKind::Image;
                media.alt = Some(alt);
            }
            (true, https, alt) => {
                let why = if https {
                    "it has no alt text, title or caption to describe it"
                } else {
                    "it is not served over https"
                };
                self.note(at, format!("the picture is kept as a link: {why}"));
                media.title = Some(alt.unwrap_or_else(|| format!("Picture on {host}")));
            }
            (false, _, _) => {
                self.note(at, format!("media from {host} becomes a link: the widget never embeds another site's player or page"));
                // The words a reader clicks: the medium's title, else its caption (then not
                // repeated below it), else what the event is about, with where it leads.
                let title = plain(&m.title);
                media.title = Some(if !title.is_empty() {
                    title
                } else if let Some(caption) = media.caption.take() {
                    caption
                } else if !headline.is_empty() {
                    format!("{headline} ({host})")
                } else {
                    host.to_string()
                });
            }
        }
        Some(media)
    }
}

/// Whether an address names a picture file.
fn is_picture(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]
        .iter()
        .any(|e| path.ends_with(e))
}
