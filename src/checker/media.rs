//! The rules for an event's picture or link.

use super::problem::Problem;
use super::rules::{check_link, not_blank_if_given};
use crate::format::{Media, MediaKind};

/// Every problem of one event's media, at `path` (`events[3].media`).
pub fn check_media(media: &Media, path: &str, problems: &mut Vec<Problem>) {
    let at = |field: &str| format!("{path}.{field}");
    let mut problem =
        |field: &str, message: String| problems.push(Problem::at(&at(field), message));
    let needs = |value: &Option<String>| match value.as_deref().map(str::trim) {
        None => Some("missing"),
        Some("") => Some("empty"),
        Some(_) => None,
    };
    match media.kind {
        MediaKind::Image => {
            if !media.url.to_ascii_lowercase().starts_with("https://") {
                problem(
                    "url",
                    format!(
                        "a picture must load over https (a page served over https cannot show \
                         it otherwise), found '{}'",
                        media.url
                    ),
                );
            } else if let Err(why) = check_link(&media.url) {
                problem("url", why);
            }
            match needs(&media.alt) {
                Some("missing") => problem(
                    "alt",
                    "a picture needs 'alt': what it shows, for readers who cannot see it".into(),
                ),
                Some(_) => problem(
                    "alt",
                    "'alt' is empty, which marks a picture as decoration; a picture in an event \
                     is content: say what it shows"
                        .into(),
                ),
                None => {}
            }
            if media.title.is_some() {
                problem(
                    "title",
                    "'title' is for links; a picture is described by 'alt' and 'caption'".into(),
                );
            }
        }
        MediaKind::Link => {
            if let Err(why) = check_link(&media.url) {
                problem("url", why);
            }
            if let Some(why) = needs(&media.title) {
                problem(
                    "title",
                    format!("a link needs 'title' (the words the reader clicks), found it {why}"),
                );
            }
            if media.alt.is_some() {
                problem(
                    "alt",
                    "'alt' is for pictures; a link is described by its 'title'".into(),
                );
            }
        }
    }
    for (field, text) in [("caption", &media.caption), ("credit", &media.credit)] {
        not_blank_if_given(text.as_deref(), || at(field), problems);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(url: &str, alt: Option<&str>) -> Media {
        Media {
            kind: MediaKind::Image,
            url: url.into(),
            alt: alt.map(Into::into),
            title: None,
            caption: None,
            credit: None,
        }
    }

    fn problems(media: &Media) -> Vec<String> {
        let mut found = Vec::new();
        check_media(media, "events[0].media", &mut found);
        found.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_described_https_picture_and_a_titled_link_pass() {
        assert!(problems(&image("https://example.org/a.jpg", Some("A hill"))).is_empty());
        let link = Media {
            kind: MediaKind::Link,
            title: Some("Video of the raid".into()),
            alt: None,
            ..image("http://example.org/v", None)
        };
        assert!(problems(&link).is_empty());
    }

    #[test]
    fn each_picture_fault_is_named_where_it_is() {
        let found = problems(&image("http://example.org/a.jpg", None));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("events[0].media.url: a picture must load over https"));
        assert!(found[1].starts_with("events[0].media.alt: a picture needs 'alt'"));
        let found = problems(&image("https://example.org/a.jpg", Some(" ")));
        assert!(found[0].contains("'alt' is empty"), "{found:?}");
    }
}
