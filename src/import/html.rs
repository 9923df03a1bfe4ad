//! TimelineJS texts are HTML; ours are plain text with citation markers. This reduces HTML to
//! its text, never passing markup through: each link becomes a citation of a reference (the
//! caller numbers them), scripts and styles are dropped whole, and what was lost is listed.

use std::collections::BTreeSet;

use super::entities;

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
                return Some(decode(text, true));
            }
        }
        rest = &rest[i + name.len()..];
    }
    None
}

/// Decodes character references in text as a browser does (the WHATWG rules: numeric ones,
/// with the Windows-1252 readings of 128 to 159; the legacy Latin-1 names without `;`), for
/// the names in `entities::NAMED`; any other name is kept as written (`unknown_reference`
/// finds it for the report). A no-break space becomes a plain one: the widget wraps its text
/// itself.
pub fn decode_entities(text: &str) -> String {
    decode(text, false)
}

/// Windows-1252's characters for the numeric references 128 to 159, as browsers read them.
const C1: [u16; 32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

fn named(name: &str) -> Option<char> {
    let at = entities::NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()?;
    Some(entities::NAMED[at].1)
}

/// The names a browser reads without their `;` (`&copy 2014`): Latin-1's and four more.
fn legacy(name: &str) -> Option<char> {
    named(name).filter(|&c| {
        ('\u{a0}'..='\u{ff}').contains(&c) || ["amp", "lt", "gt", "quot"].contains(&name)
    })
}

/// A numeric reference's character (`&#233;`, `&#xE9;`), from after `&#`: the character and
/// the bytes read, `None` when no digit follows.
fn numeric(rest: &str) -> Option<(char, usize)> {
    let (radix, skip) = match rest.as_bytes().first() {
        Some(b'x' | b'X') => (16, 1),
        _ => (10, 0),
    };
    let digits = rest[skip..]
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    let value = u32::from_str_radix(&rest[skip..skip + digits], radix).unwrap_or(u32::MAX);
    let c = match value {
        0x80..=0x9F => char::from_u32(u32::from(C1[value as usize - 0x80])),
        0 => None,
        v => char::from_u32(v),
    };
    let semicolon = usize::from(rest[skip + digits..].starts_with(';'));
    Some((c.unwrap_or('\u{fffd}'), skip + digits + semicolon))
}

/// Decodes references; in an attribute's value, a legacy name followed by `=` or a letter or
/// digit is left alone (`?a=1&copy=2` is a link, not a copyright sign).
fn decode(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        if let Some(after) = rest.strip_prefix('#') {
            if let Some((c, read)) = numeric(after) {
                out.push(c);
                rest = &after[read..];
                continue;
            }
        }
        let word = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        if let Some(c) = rest[word..]
            .starts_with(';')
            .then(|| named(&rest[..word]))
            .flatten()
        {
            out.push(c);
            rest = &rest[word + 1..];
            continue;
        }
        // The longest legacy name the word starts with, as a browser reads `&notit;`.
        let prefix = (2..=word.min(6)).rev().find_map(|n| {
            let next = rest[n..].chars().next();
            let kept = attribute && next.is_some_and(|c| c == '=' || c.is_ascii_alphanumeric());
            legacy(&rest[..n]).filter(|_| !kept).map(|c| (c, n))
        });
        match prefix {
            Some((c, n)) => {
                out.push(c);
                rest = &rest[n..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out.replace('\u{a0}', " ")
}

/// The first named reference of a text that this importer does not know (one of HTML5's
/// additions), as written: a browser would show a character where ours keeps the name.
pub fn unknown_reference(text: &str) -> Option<&str> {
    text.match_indices('&').find_map(|(at, _)| {
        let rest = &text[at + 1..];
        let word = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let known =
            named(&rest[..word]).is_some() || (2..=word).any(|n| legacy(&rest[..n]).is_some());
        (word > 0 && rest[word..].starts_with(';') && !known).then(|| &text[at..at + word + 2])
    })
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

    #[test]
    fn references_read_as_a_browser_reads_them() {
        // Each expected value is what Python's html.unescape (the WHATWG rules) gives.
        for (text, read) in [
            ("&copy 2014", "© 2014"),
            ("&notit;", "¬it;"),
            ("&#150;", "–"),
            ("&#0;", "\u{fffd}"),
            ("&#xD800;", "\u{fffd}"),
            ("&#x110000;", "\u{fffd}"),
            ("&#99999999999;", "\u{fffd}"),
            ("&#65", "A"),
            ("&#x;", "&#x;"),
            ("&amp", "&"),
            ("&ampx", "&x"),
            ("&Eacute;t&eacute", "Été"),
            ("&frac12;&hearts;&rArr;&apos;", "½♥⇒'"),
            ("&euro;&trade;&lsquo;", "€™‘"),
        ] {
            assert_eq!(decode_entities(text), read, "{text}");
        }
        // In a link, a legacy name before `=` or a letter is part of the address.
        let r = reduce(r#"<a href="/?a=1&copy=2&reg&amp;x=&lt;">x</a>"#);
        assert_eq!(r.links[0].href, "/?a=1&copy=2®&x=<");
        // HTML5's own names are kept, and found for the report; known ones are not.
        assert_eq!(
            decode_entities("&NotNestedGreaterGreater;"),
            "&NotNestedGreaterGreater;"
        );
        assert_eq!(
            unknown_reference("a &amp; &copy b &notin; &Bopf; c"),
            Some("&Bopf;")
        );
        assert_eq!(unknown_reference("&notit; &#x41; &; & x"), None);
    }
}
