//! The reader's language: which message table, which direction, which plural form and which
//! digits. The widget's language is the element's `lang`, else the story's `lang`, else the
//! host page's `<html lang>`, else English; a language we do not ship falls back to English
//! (one warning), and a story's `messages` override or add words in any language.

mod tables;

use std::rc::Rc;

#[cfg(all(test, not(target_arch = "wasm32")))]
pub use tables::CANNOT_START;
pub use tables::{KEYS, PLURAL_KEYS};

use crate::format::time::{Moment, Placement, Precision, Shown};
use crate::format::{DayPart, Keyword};

pub use crate::format::Dir;

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// One shipped language.
pub struct Table {
    pub lang: &'static str,
    pub plural: fn(u64) -> Plural,
    /// Whether numbers the widget writes use Arabic-Indic digits (٠١٢…).
    pub arabic_digits: bool,
    pub messages: &'static [(&'static str, &'static str)],
    /// More words, looked up after `messages`: English keeps apart there the words the viewer
    /// build leaves out.
    pub more: &'static [(&'static str, &'static str)],
}

impl Table {
    fn get(&self, key: &str) -> Option<&'static str> {
        self.messages
            .iter()
            .chain(self.more)
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
    }
}

/// Primary language subtags written right to left (the element's script gets this list from
/// here: src/embed_facts.rs).
pub const RTL_LANGUAGES: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"];

/// The primary subtag of a language tag, lowercased (`ar` of `ar-SY`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The direction a language is written in.
fn direction_of(tag: &str) -> Dir {
    if RTL_LANGUAGES.contains(&primary(tag).as_str()) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// Whether a text is a well-formed language tag of the usual kind (BCP 47: a 2–3 letter
/// language, then subtags of 1–8 letters or digits), such as `en`, `ar-SY`, `fr-CA`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The words, direction and number forms of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    /// The language tag the widget's root carries.
    pub lang: Rc<str>,
    pub dir: Dir,
    table: &'static Table,
    overrides: Rc<[(String, String)]>,
}

impl std::fmt::Debug for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.lang)
    }
}

impl PartialEq for Table {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

/// What a widget knows when it picks its language.
#[derive(Default, Clone, Copy)]
pub struct LanguageChoice<'a> {
    /// The element's own `lang` attribute.
    pub element: Option<&'a str>,
    /// The story's `lang`.
    pub story: Option<&'a str>,
    /// The host page's `<html lang>`.
    pub page: Option<&'a str>,
    /// The story's `dir`, which wins over the language's.
    pub story_dir: Option<Dir>,
}

impl Default for Locale {
    fn default() -> Self {
        Locale::english()
    }
}

impl Locale {
    pub fn english() -> Self {
        Locale {
            lang: Rc::from("en"),
            dir: Dir::Ltr,
            table: &tables::EN,
            overrides: Rc::from([]),
        }
    }

    /// The widget's locale, and a warning when its language is not shipped and the story
    /// does not bring its own words.
    pub fn choose<'a>(
        choice: LanguageChoice<'a>,
        overrides: &[(String, String)],
    ) -> (Locale, Option<String>) {
        let given = |t: Option<&'a str>| t.map(str::trim).filter(|t| !t.is_empty());
        let from_story = given(choice.element).is_none() && given(choice.story).is_some();
        let tag = given(choice.element)
            .or(given(choice.story))
            .or(given(choice.page))
            .unwrap_or("en");
        let wanted = primary(tag);
        let table = tables::SHIPPED.iter().find(|t| t.lang == wanted);
        let warning = (table.is_none() && overrides.is_empty()).then(|| {
            format!(
                "event-timeline: no messages for language '{tag}'; showing English (a story can \
                 bring its own in 'messages', see docs/format.md)"
            )
        });
        // The story's direction is the widget's when the widget speaks the story's language.
        let dir = choice
            .story_dir
            .filter(|_| from_story)
            .unwrap_or_else(|| direction_of(tag));
        let locale = Locale {
            lang: Rc::from(tag),
            dir,
            table: table.copied().unwrap_or(&tables::EN),
            overrides: Rc::from(overrides),
        };
        (locale, warning)
    }

    /// The language and direction of the story's own text where they differ from the widget's
    /// (an English story in an Arabic widget): its text then says so, for the reader's
    /// screen reader and for the layout of each paragraph.
    pub fn content(
        &self,
        story_lang: Option<&str>,
        story_dir: Option<Dir>,
    ) -> Option<(String, Dir)> {
        let lang = story_lang?;
        let dir = story_dir.unwrap_or_else(|| direction_of(lang));
        (primary(lang) != primary(&self.lang) || dir != self.dir).then(|| (lang.to_string(), dir))
    }

    /// The text of a key in this language: the story's own, else the table's.
    fn own(&self, key: &str) -> Option<&str> {
        self.overrides
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .or_else(|| self.table.get(key))
    }

    /// The text of a key: the story's own, the language's, else English.
    pub fn text(&self, key: &str) -> String {
        self.own(key)
            .or_else(|| tables::EN.get(key))
            .unwrap_or(key)
            .to_string()
    }

    /// A key's text with its `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.text(key);
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }

    /// A count in the plural form the language uses for it (`{n}` written in its digits).
    pub fn count(&self, key: &str, n: u64) -> String {
        let form = format!("{key}.{}", (self.table.plural)(n).key());
        let key = if self.own(&form).is_some() {
            form
        } else {
            format!("{key}.other")
        };
        self.fill(&key, &[("n", &self.number(n))])
    }

    /// "`n` of `total`", in the plural form the language uses for `total` ("3 of 9 events").
    pub fn count_of(&self, key: &str, n: u64, total: u64) -> String {
        self.count(key, total).replace("{found}", &self.number(n))
    }

    /// A number in the language's digits.
    pub fn number(&self, n: u64) -> String {
        self.digits(&n.to_string())
    }

    fn digits(&self, text: &str) -> String {
        if !self.table.arabic_digits {
            return text.to_string();
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }

    /// An axis tick's label: the time of day of a tick inside a day ("04:30", in the
    /// language's digits), else its date.
    pub fn tick(&self, m: &Moment) -> String {
        #[cfg(not(event_timeline_viewer))]
        if m.precision == Precision::Minute {
            let time = format!("{:02}:{:02}", m.minute_of_day / 60, m.minute_of_day % 60);
            return self.digits(&time);
        }
        self.date(m)
    }

    /// A date in words, as precise as the moment is.
    pub fn date(&self, m: &Moment) -> String {
        // Years the viewer build never shows (the element gives such a story to the full one).
        #[cfg(not(event_timeline_viewer))]
        if m.is_far() {
            return self.far_year(m.year);
        }
        // 1 to 9999 here: a number as any other.
        let year = self.number(m.year as u64);
        let month = || self.text(&format!("month.{}", m.month));
        match m.precision {
            Precision::Year => year,
            Precision::Month => self.fill("date.month", &[("month", &month()), ("year", &year)]),
            Precision::Day | Precision::Minute => self.fill(
                "date.day",
                &[
                    ("day", &self.number(u64::from(m.day))),
                    ("month", &month()),
                    ("year", &year),
                ],
            ),
        }
    }

    /// A year before the common era or after 9999: "300 BCE", "315,000 BCE", "4.6 billion
    /// years ago" (from a million years before the common era, to three significant digits,
    /// which no present year changes), "12,000".
    #[cfg(not(event_timeline_viewer))]
    fn far_year(&self, year: i64) -> String {
        let separators: Vec<char> = self.text("number.separators").chars().collect();
        let (point, group) = (
            separators.first().copied().unwrap_or('.'),
            separators.get(1).copied().unwrap_or(','),
        );
        let grouped = |n: i64| {
            let digits = n.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 4 {
                    out.push(group);
                }
                out.push(c);
            }
            self.digits(&out)
        };
        if year > 0 {
            return grouped(year);
        }
        let bce = -crate::format::time::year_as_given(year);
        let (key, unit) = match bce {
            b if b >= 1_000_000_000 => ("billion-years-ago", 1_000_000_000),
            b if b >= 1_000_000 => ("million-years-ago", 1_000_000),
            _ => return self.fill("year.bce", &[("year", &grouped(bce))]),
        };
        // The value in hundredths, rounded, then to three significant digits.
        let hundredths = (bce + unit / 200) / (unit / 100);
        let (whole, fraction) = match hundredths {
            h if h >= 10_000 => ((h + 50) / 100, String::new()),
            h if h >= 1_000 => {
                let tenths = (h + 5) / 10;
                (tenths / 10, (tenths % 10).to_string())
            }
            h => (h / 100, format!("{:02}", h % 100)),
        };
        let fraction = fraction.trim_end_matches('0');
        let mut value = self.digits(&whole.to_string());
        if !fraction.is_empty() {
            value.push(point);
            value.push_str(&self.digits(fraction));
        }
        let form = format!("{key}.{}", (self.table.plural)(whole as u64).key());
        let key = if self.own(&form).is_some() {
            form
        } else {
            format!("{key}.other")
        };
        self.fill(&key, &[("n", &value)])
    }

    /// A date the story gives, in the reader's words when it is one the format reads
    /// (`1961-05-25`: "25 May 1961", "25 mai 1961"); `None` for any other wording, shown as the
    /// source gives it.
    pub fn given_date(&self, text: &str) -> Option<String> {
        Moment::parse(text).ok().map(|m| self.date(&m))
    }

    pub fn part(&self, part: DayPart) -> String {
        self.text(&format!("part.{}", part.key()))
    }

    /// When an event happened, as the panel and the tab say it: the source's phrase when it
    /// has one, else the time as precise as it is known.
    pub fn when(&self, p: &Placement) -> String {
        if let Some(phrase) = &p.phrase {
            return phrase.clone();
        }
        match &p.shown {
            Shown::Exact(m) if m.precision == Precision::Minute => {
                let time = format!("{:02}:{:02}", m.minute_of_day / 60, m.minute_of_day % 60);
                self.fill(
                    "date.time",
                    &[("date", &self.date(m)), ("time", &self.digits(&time))],
                )
            }
            Shown::Exact(m) => self.date(m),
            Shown::Part { part, .. } => self.part(*part),
            Shown::After => self.text("later"),
            #[cfg(not(event_timeline_viewer))]
            Shown::About(m) => self.fill("about", &[("date", &self.date(m))]),
            #[cfg(not(event_timeline_viewer))]
            Shown::Before(m) => self.fill("before", &[("date", &self.date(m))]),
            #[cfg(not(event_timeline_viewer))]
            Shown::Between(from, to) => self.fill(
                "between",
                &[("from", &self.date(from)), ("to", &self.date(to))],
            ),
        }
    }

    /// The date beside a part of a day ("27 October 2014"), when the time has one apart.
    pub fn when_date(&self, p: &Placement) -> Option<String> {
        match &p.shown {
            Shown::Part { date, .. } => Some(self.date(date)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
