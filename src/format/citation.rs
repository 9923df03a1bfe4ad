//! Inline citation markers: `[5]` in a text becomes a citation of reference 5, kept exactly
//! where the source puts it.

/// A piece of a text: plain words or one citation marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Cite(u32),
}

/// Longest marker number accepted; longer digit runs in brackets stay text (e.g. "[2014]").
const MAX_DIGITS: usize = 3;

/// Splits a text into words and citation markers. A marker is `[` 1–3 digits `]`; anything
/// else in brackets is ordinary text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'[' {
            let digits = bytes[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let close = i + 1 + digits;
            if (1..=MAX_DIGITS).contains(&digits) && bytes.get(close) == Some(&b']') {
                if plain_from < i {
                    out.push(Segment::Text(&text[plain_from..i]));
                }
                let n = text[i + 1..close].parse().unwrap_or(0);
                out.push(Segment::Cite(n));
                i = close + 1;
                plain_from = i;
                continue;
            }
        }
        i += 1;
    }
    if plain_from < text.len() {
        out.push(Segment::Text(&text[plain_from..]));
    }
    out
}

/// The reference numbers a text cites, in order of appearance (repeats kept).
pub fn cited_numbers(text: &str) -> Vec<u32> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Cite(n) => Some(n),
            Segment::Text(_) => None,
        })
        .collect()
}

/// The text with its markers removed, for accessible names and announcements.
pub fn plain_text(text: &str) -> String {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) => Some(t),
            Segment::Cite(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    #[test]
    fn splits_text_and_markers() {
        assert_eq!(
            segments("killing \"dozens\" of soldiers,[5] while"),
            vec![
                Text("killing \"dozens\" of soldiers,"),
                Cite(5),
                Text(" while")
            ]
        );
        assert_eq!(
            segments("Jund al-Aqsa[3] (alleged)[4]"),
            vec![Text("Jund al-Aqsa"), Cite(3), Text(" (alleged)"), Cite(4)]
        );
        assert_eq!(segments("[1][10]"), vec![Cite(1), Cite(10)]);
    }

    #[test]
    fn other_brackets_stay_text() {
        for text in ["[a]", "[", "[]", "[12", "year [2014]", "x]", "[1 ]", "[-1]"] {
            assert_eq!(segments(text), vec![Text(text)], "{text}");
        }
        assert_eq!(segments(""), vec![]);
    }

    #[test]
    fn multibyte_text_survives() {
        assert_eq!(
            segments("people’s committees.[8]"),
            vec![Text("people’s committees."), Cite(8)]
        );
        assert_eq!(plain_text("35–70 killed[1] «x»"), "35–70 killed «x»");
    }

    #[test]
    fn cited_numbers_in_order() {
        assert_eq!(cited_numbers("a[10] b[8] c[10]"), vec![10, 8, 10]);
        assert_eq!(cited_numbers("none"), Vec::<u32>::new());
    }
}
