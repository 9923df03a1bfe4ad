//! TimelineJS texts are HTML; ours are plain text with citation markers. This reduces HTML to
//! its text, never passing markup through: each link becomes a citation of a reference (the
//! caller numbers them), scripts and styles are dropped whole, and what was lost is listed.

use std::collections::BTreeSet;

/// A link found in a text, in order: where it pointed and the words it was on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    pub label: String,
}

/// Text with `\u{1}k\u{2}` placeholders where the `k`-th link (from 0) stood, so the caller
/// can put in each link's citation number once it has numbered them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reduced {
    pub text: String,
    pub links: Vec<Link>,
    /// The elements that were reduced to their text (`p`, `em`, …), for the report.
    pub dropped_tags: BTreeSet<String>,
}

pub const LINK_START: char = '\u{1}';
pub const LINK_END: char = '\u{2}';

/// Elements whose content is not text for a reader.
const SKIPPED: [&str; 4] = ["script", "style", "iframe", "noscript"];
/// Elements that separate words (a paragraph break becomes a space).
const BREAKS: [&str; 14] = [
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
];

/// The value of one attribute in a start tag's inside (`a href="x" title=y`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.to_ascii_lowercase().find(name) {
        let before_ok = i == 0 || rest.as_bytes()[i - 1].is_ascii_whitespace();
        let after = rest[i + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start();
                let text = match value.chars().next() {
                    Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
                    _ => value
                        .split(|c: char| c.is_whitespace() || c == '>')
                        .next()
                        .unwrap_or(""),
                };
                return Some(decode_entities(text));
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

/// Decodes character references as a browser does (every HTML5 named reference, numeric
/// ones, the legacy names without `;`: the WHATWG rules, through `htmlize`); an unknown name
/// is kept as written. A no-break space becomes a plain one: the widget wraps its text itself.
pub fn decode_entities(text: &str) -> String {
    htmlize::unescape(text).replace('\u{a0}', " ")
}

/// Reduces an HTML fragment to text, collecting its links.
pub fn reduce(html: &str) -> Reduced {
    let mut out = Reduced::default();
    let mut text = String::new();
    let mut rest = html;
    let mut skipping: Option<String> = None;
    let mut open_link: Option<(String, usize)> = None; // href, where its words start
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skipping.is_none() {
                text.push_str(&decode_entities(rest));
            }
            break;
        };
        if skipping.is_none() {
            text.push_str(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        let Some(gt) = rest.find('>') else {
            // A lone `<` is text.
            if skipping.is_none() {
                text.push_str(&decode_entities(rest));
            }
            break;
        };
        let inside = &rest[1..gt];
        rest = &rest[gt + 1..];
        if inside.starts_with('!') {
            continue; // a comment or doctype
        }
        let closing = inside.starts_with('/');
        let name: String = inside
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            if skipping.is_none() {
                text.push('<');
                text.push_str(&decode_entities(inside));
                text.push('>');
            }
            continue;
        }
        if let Some(skipped) = &skipping {
            if closing && *skipped == name {
                skipping = None;
            }
            continue;
        }
        if SKIPPED.contains(&name.as_str()) {
            out.dropped_tags.insert(name.clone());
            if !closing && !inside.ends_with('/') {
                skipping = Some(name);
            }
            continue;
        }
        if name == "a" {
            if closing {
                if let Some((href, start)) = open_link.take() {
                    let label = collapse(&text[start..]);
                    out.links.push(Link { href, label });
                    text.push(LINK_START);
                    text.push_str(&(out.links.len() - 1).to_string());
                    text.push(LINK_END);
                }
            } else if let Some(href) = attribute(inside, "href") {
                open_link = Some((href, text.len()));
            }
            continue;
        }
        out.dropped_tags.insert(name.clone());
        if BREAKS.contains(&name.as_str()) {
            text.push(' ');
        }
    }
    out.text = collapse(&text);
    out
}

/// Collapses runs of white space into one space and trims the ends.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_text_and_links_become_placeholders() {
        let r = reduce(
            "<p>Take <a href=\"https://en.wikipedia.org/wiki/Ada_Lovelace\">Ada  Lovelace</a>: \
             she&rsquo;s <em>first</em>.</p><p>Next&nbsp;one &amp; more</p>",
        );
        assert_eq!(
            r.text,
            "Take Ada Lovelace\u{1}0\u{2}: she’s first. Next one & more"
        );
        assert_eq!(
            r.links,
            vec![Link {
                href: "https://en.wikipedia.org/wiki/Ada_Lovelace".into(),
                label: "Ada Lovelace".into()
            }]
        );
        assert_eq!(
            r.dropped_tags.into_iter().collect::<Vec<_>>(),
            vec!["em", "p"]
        );
    }

    #[test]
    fn scripts_and_styles_never_pass_and_odd_input_is_text() {
        let r = reduce("a<script>alert(1)</script> b <style>p{}</style>c < d &bogus; &#x41;");
        assert_eq!(r.text, "a b c < d &bogus; A");
        let r = reduce("<a href='x' onclick=\"evil()\">here</a> <img src=x onerror=alert(1)>");
        assert_eq!(r.text, "here\u{1}0\u{2}");
        assert_eq!(r.links[0].href, "x");
    }

    #[test]
    fn every_named_and_numeric_reference_is_a_character() {
        assert_eq!(
            decode_entities(
                "Voil&agrave;&nbsp;&#x2014; l&rsquo;&eacute;t&eacute;&hellip; &#8212; &amp;c"
            ),
            "Voilà — l’été… — &c"
        );
        assert_eq!(decode_entities("&nosuchname; & &;"), "&nosuchname; & &;");
        let reduced = reduce("<p>&Ccedil;a&nbsp;va &mdash; <b>tr&egrave;s</b> bien&hellip;</p>");
        assert_eq!(reduced.text, "Ça va — très bien…");
    }
}
