//! Finding events: a reader's query and filters (by side, by place), matched against a folded
//! copy of each event's words, so a keystroke at 10,000 events is a scan of prepared strings.
//! Folding makes the match case- and accent-insensitive in Latin scripts and ignores Arabic
//! short vowels, tatweel and the forms of alef, as readers type them.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::format::citation::plain_text;
use crate::format::{Event, TimelineData};

/// More events than this and the search shows without the host asking (`sections` naming
/// `search` shows it at any size, leaving the word out hides it). Twenty tabs still fit a
/// wide strip and a screen of the narrow list, where reading them all is quicker than typing;
/// beyond that a reader looking for one name scrolls past more than they can hold in mind.
pub const SEARCH_EVENTS: usize = 20;

/// At most this many sides or places make a filter: a longer list is no quicker to read than
/// the strip, and the search field finds any of them by name.
pub const FILTER_VALUES: usize = 50;

/// What a reader asks for: words that must all appear, and at most one side and one place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub side: Option<String>,
    pub place: Option<String>,
}

impl Query {
    /// Whether the query asks for nothing (every event matches).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.side.is_none() && self.place.is_none()
    }

    /// The query as the tail of the widget's URL fragment (`&q=…&side=…&place=…`, each value
    /// percent-encoded), empty when it asks for nothing.
    pub fn to_fragment(&self) -> String {
        let mut out = String::new();
        for (key, value) in [
            ("q", Some(self.text.trim())),
            ("side", self.side.as_deref()),
            ("place", self.place.as_deref()),
        ] {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                out.push('&');
                out.push_str(key);
                out.push('=');
                out.push_str(&percent_encode(value));
            }
        }
        out
    }

    /// Reads the tail a fragment carries after its event (`q=…&side=…`); unknown keys and
    /// undecodable values are left out, never an error.
    pub fn from_fragment(tail: &str) -> Query {
        let mut query = Query::default();
        for pair in tail.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let Some(value) = percent_decode(value).filter(|v| !v.is_empty()) else {
                continue;
            };
            match key {
                "q" => query.text = value,
                "side" => query.side = Some(value),
                "place" => query.place = Some(value),
                _ => {}
            }
        }
        query
    }
}

/// Each event's words folded once per story, and the sides and places to filter by.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// Folded on the first search, not when the story opens: a reader who never searches
    /// does not wait for 10,000 events' words.
    words: OnceCell<Vec<String>>,
    /// Every side named by an event, in alphabetical order (folded, then as written); empty
    /// when there are more than [`FILTER_VALUES`].
    pub sides: Vec<String>,
    pub places: Vec<String>,
}

impl SearchIndex {
    pub fn new(timeline: &TimelineData) -> SearchIndex {
        let sorted = |mut list: Vec<&String>| {
            list.sort_by_cached_key(|s| (fold(s), s.to_string()));
            list.dedup();
            if list.len() > FILTER_VALUES {
                list.clear();
            }
            list.into_iter().cloned().collect::<Vec<String>>()
        };
        let events = &timeline.events;
        SearchIndex {
            words: OnceCell::new(),
            sides: sorted(events.iter().flat_map(|e| &e.sides).collect()),
            places: sorted(events.iter().filter_map(|e| e.place.as_ref()).collect()),
        }
    }

    /// The events (by index, in time order) that match every part of the query. The first
    /// search folds the words of `timeline`, which must be the story this index was made from.
    pub fn find(&self, timeline: &TimelineData, query: &Query) -> Vec<usize> {
        let terms: Vec<String> = fold(&query.text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        timeline
            .events
            .iter()
            .zip(
                self.words
                    .get_or_init(|| timeline.events.iter().map(event_words).collect()),
            )
            .enumerate()
            .filter(|(_, (event, words))| {
                query.side.as_ref().is_none_or(|s| event.sides.contains(s))
                    && query
                        .place
                        .as_ref()
                        .is_none_or(|p| event.place.as_ref() == Some(p))
                    && terms.iter().all(|t| words.contains(t.as_str()))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// One story's index, shared; equal only to itself (comparing 10,000 folded texts on every
/// render would cost more than the search).
#[derive(Debug, Clone)]
pub struct SharedIndex(pub Rc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What a reader may search in an event: headline, text, place, sides and the source's
/// words for its time, folded, one per line (a term never runs across two fields).
fn event_words(event: &Event) -> String {
    let mut all = vec![plain_text(&event.headline), plain_text(&event.text)];
    all.extend(event.place.iter().cloned());
    all.extend(event.sides.iter().cloned());
    all.extend(event.time.phrase.iter().cloned());
    fold(&all.join("\n"))
}

/// Text as a search compares it: lower case, Latin letters without their accents, Arabic
/// without short vowels and tatweel, its alef forms as bare alef, alef maqsura as ya and ta
/// marbuta as ha, and Arabic-Indic digits as ASCII digits.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' => out.push(c.to_ascii_lowercase()),
            c if c.is_ascii() => out.push(c),
            // Arabic short vowels, shadda, sukun, superscript alef and tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            c => out.push(latin_base(c).unwrap_or_else(|| lower(c))),
        }
    }
    out
}

/// Lower case for the capitals of Greek and Cyrillic by their code points (Rust's full
/// Unicode tables would cost the WebAssembly 10 KB); other letters are kept as they are.
fn lower(c: char) -> char {
    let shift = match c {
        'Α'..='Ω' | 'А'..='Я' => 32,
        'Ѐ'..='Џ' => 80,
        _ => 0,
    };
    char::from_u32(c as u32 + shift).unwrap_or(c)
}

/// The letter without its accent for the accented Latin letters of Western, Central and
/// Eastern European languages and Turkish (Latin-1 and Latin Extended-A), lower case.
fn latin_base(c: char) -> Option<char> {
    // One letter per code point from U+00C0 to U+017F; '.' for none (×, ÷, ß…).
    const BASES: &str = "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll\
lllnnnnnnn..oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.";
    let at = (c as u32).checked_sub(0xC0)? as usize;
    BASES
        .as_bytes()
        .get(at)
        .filter(|&&b| b != b'.')
        .map(|&b| b as char)
}

/// Percent-encodes all but unreserved ASCII (RFC 3986), as `encodeURIComponent` does.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` is kept as it is); `None` when the bytes are not UTF-8 or an
/// escape is broken.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_arabic_marks() {
        assert_eq!(fold("Île-de-France ÉTÉ Ça"), "ile-de-france ete ca");
        assert_eq!(fold("Łódź Şanlıurfa Ğ"), "lodz sanliurfa g");
        assert_eq!(fold("Straße"), "straße");
        assert_eq!(fold("إدلب"), fold("ادلب"));
        assert_eq!(fold("مَدِينَة"), "مدينه");
        assert_eq!(fold("مـدينة"), "مدينه");
        assert_eq!(fold("٢٠١٤"), "2014");
        assert_eq!(fold("ΑΘΗΝΑ Москва ЁЖ"), "αθηνα москва ёж");
    }

    #[test]
    fn the_latin_table_has_one_letter_per_code_point() {
        assert_eq!(latin_base('\u{17F}'), None);
        assert_eq!(latin_base('ž'), Some('z'));
        assert_eq!(latin_base('Ÿ'), Some('y'));
        assert_eq!(latin_base('ñ'), Some('n'));
        assert_eq!(latin_base('×'), None);
        assert_eq!(latin_base('ø'), Some('o'));
        assert_eq!(latin_base('Ő'), Some('o'));
        assert_eq!(latin_base('ŕ'), Some('r'));
    }

    #[test]
    fn a_query_survives_the_fragment() {
        let query = Query {
            text: "mansion  été".into(),
            side: Some("al-Nusra Front".into()),
            place: Some("إدلب & co".into()),
        };
        let tail = query.to_fragment();
        assert!(tail.starts_with("&q=mansion%20%20%C3%A9t%C3%A9&side=al-Nusra%20Front&place="));
        assert_eq!(Query::from_fragment(&tail[1..]), query);
        assert_eq!(Query::default().to_fragment(), "");
        assert_eq!(
            Query::from_fragment("q=%E2%28&bogus=1&side"),
            Query::default()
        );
        assert_eq!(Query::from_fragment("q=%4"), Query::default());
    }

    fn raid() -> crate::format::Story {
        crate::checker::load(include_str!("../../data/idlib-2014.json")).expect("the raid")
    }

    #[test]
    fn the_raid_is_found_by_words_sides_and_places() {
        let story = raid();
        let timeline = &story.timeline;
        let index = SearchIndex::new(timeline);
        let ids = |found: Vec<usize>| -> Vec<&str> {
            found
                .iter()
                .map(|&i| timeline.events[i].id.as_str())
                .collect()
        };
        let with = |text: &str| Query {
            text: text.into(),
            ..Query::default()
        };
        // Every event that names the mansion, in any case, and only those.
        let mansion = index.find(timeline, &with("MANSION"));
        assert!(!mansion.is_empty());
        for (i, event) in timeline.events.iter().enumerate() {
            let says = event_words(event).contains("mansion");
            assert_eq!(mansion.contains(&i), says, "{}", event.id);
        }
        // Words must all appear; none that appears nowhere finds nothing.
        assert!(index.find(timeline, &with("mansion zzzz")).is_empty());
        assert_eq!(index.find(timeline, &with("")).len(), timeline.events.len());
        // Filters list each side and place once, and keep exactly the events that carry it.
        assert!(!index.sides.is_empty() && !index.places.is_empty());
        for side in &index.sides {
            let query = Query {
                side: Some(side.clone()),
                ..Query::default()
            };
            let expected: Vec<usize> = (0..timeline.events.len())
                .filter(|&i| timeline.events[i].sides.contains(side))
                .collect();
            assert_eq!(index.find(timeline, &query), expected, "{side}");
        }
        let place = index.places[0].clone();
        let both = Query {
            place: Some(place.clone()),
            ..with("zzzz")
        };
        assert!(index.find(timeline, &both).is_empty());
        let at_place = Query {
            place: Some(place),
            ..Query::default()
        };
        assert!(!ids(index.find(timeline, &at_place)).is_empty());
    }
}
