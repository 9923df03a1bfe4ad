//! The timeline data format (see `schema/timeline.schema.json` and `docs/format.md`).
//! Texts may carry inline citation markers such as `[5]`. These types are built from the
//! checked JSON by `convert.rs` (after `shape.rs` has checked its shape), not by serde; they
//! serialise back to the same format (the property tests round-trip them).

use serde::{Serialize, Serializer};

use super::keyword::Keyword;
use super::media::Media;
use super::time::DayPart;

/// A whole story as the format defines it: title, summary box, events, competing claims and
/// references. (The component that shows one is `Timeline`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineData {
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The story's language (a BCP 47 tag such as `ar` or `fr-CA`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The writing direction, when it is not the language's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dir: Option<Dir>,
    /// The widget's own words, overridden or added by the story (see `locale::KEYS`).
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_object")]
    pub messages: Vec<(String, String)>,
    pub title: String,
    pub description: String,
    pub summary: Vec<SummaryItem>,
    pub events: Vec<Event>,
    pub comparisons: Vec<Comparison>,
    pub references: Vec<Reference>,
    /// The story's record of changes since it was first published, oldest first: what was
    /// corrected, updated or clarified, and when. Shown, never silent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<Update>,
    /// Named periods drawn as labelled bands behind the events ("The siege", "The Bronze Age").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
    /// Named lanes the events may belong to ("The army", "The rebels"), in the order drawn.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
}

/// A named lane of events on the axis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Track {
    pub id: String,
    pub label: String,
}

/// A named period of the story, from one moment to another (each `YYYY` to `YYYY-MM-DDTHH:MM`,
/// the end counted to the end of its precision: an era ending "1990" runs through 1990).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Era {
    pub label: String,
    pub start: String,
    pub end: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// One entry of a story's record of changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Update {
    /// When the change was made (`YYYY-MM-DD`).
    pub date: String,
    pub kind: UpdateKind,
    /// What changed and why, with citations where a source prompted it.
    pub text: String,
    /// The events the change concerns (by id); none for a change to the story as a whole.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
}

/// What kind of change an update records, as newsrooms tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UpdateKind {
    /// Something the story said was wrong.
    Correction,
    /// Something new was added.
    Update,
    /// Something the story said was unclear and now says plainly.
    Clarification,
}

impl Keyword for UpdateKind {
    const WORDS: &'static [(UpdateKind, &'static str)] = &[
        (UpdateKind::Correction, "correction"),
        (UpdateKind::Update, "update"),
        (UpdateKind::Clarification, "clarification"),
    ];
}

/// One row of the summary box ("Date", "Result", ...).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryItem {
    pub label: String,
    pub text: String,
}

/// One moment of the story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Stable id, used in URL fragments (`#e-<id>`): lowercase letters, digits and hyphens.
    pub id: String,
    pub time: TimeSpec,
    /// When an event that lasted ended (a hill held, buildings seized and retaken): the forms
    /// of `time`, or `event`, the moment another event of the story happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<TimeSpec>,
    pub headline: String,
    /// More than the headline says; empty when the source says no more (left out in JSON).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// A picture or a link shown with the event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<String>,
    /// Who says so, when the source attributes the statement ("according to the SOHR").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// The id of the story's track this event belongs to (a lane of its own on the axis).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<String>,
}

/// When an event happened: its form, and the words the source uses for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeSpec {
    #[serde(flatten)]
    pub form: TimeForm,
    /// The words the source uses ("overnight", "in morning"), shown instead of a clock time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phrase: Option<String>,
}

/// The three ways the format places an event in time; the data gives exactly one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum TimeForm {
    /// An exact moment at some precision (`YYYY` to `YYYY-MM-DDTHH:MM`).
    At { at: String },
    /// A part of a day, as sources report it: the date (`YYYY-MM-DD`) and the part.
    DayPart { date: String, part: DayPart },
    /// Later than the event with this id, the time not given.
    After { after: String },
    /// When the event with this id happened (an `end` only: "until the army retook it").
    Event { event: String },
    /// About a moment, as a source dates what it does not know exactly ("c. 1820").
    About { about: String },
    /// Before a moment, how long before not given ("before March 1990").
    Before { before: String },
    /// Some time between two moments ("between 1820 and 1830").
    Between { between: String, and: String },
}

/// Writing direction: a story's `dir`, and the widget's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Keyword for Dir {
    const WORDS: &'static [(Dir, &'static str)] = &[(Dir::Ltr, "ltr"), (Dir::Rtl, "rtl")];
}

/// Figures on one topic from several sources, shown side by side, never merged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub id: String,
    pub title: String,
    /// The rows: who the figures count (e.g. pro-government fighters).
    pub groups: Vec<Group>,
    /// The columns: one per source's claim.
    pub claims: Vec<Claim>,
}

/// A counted group in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub id: String,
    pub label: String,
}

/// One source's account, with its attribution and the statement that carries its citations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub id: String,
    pub attribution: String,
    pub text: String,
    pub figures: Vec<Figure>,
}

/// A figure as the source words it, with its numeric bounds when it has them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub group: String,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<u64>,
}

/// A numbered reference. Details the source does not give are left out, never guessed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub id: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Pairs written as a JSON object (a list keeps the WebAssembly free of a map type).
fn as_object<S: Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

impl Event {
    /// The texts that may carry citation markers, with their paths inside the event: what the
    /// checker holds to the references and what the page's structured data cites.
    pub fn cited_texts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let media = self.media.as_ref();
        [
            ("headline", Some(self.headline.as_str())),
            ("text", Some(self.text.as_str())),
            ("media.caption", media.and_then(|m| m.caption.as_deref())),
            ("media.credit", media.and_then(|m| m.credit.as_deref())),
        ]
        .into_iter()
        .filter_map(|(field, text)| text.map(|t| (field, t)))
    }
}

impl TimelineData {
    /// The position of the event with this id, if there is one.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }
}

impl Reference {
    /// True when the source gives nothing but the number.
    pub fn is_bare(&self) -> bool {
        self.title.is_none()
            && self.publisher.is_none()
            && self.date.is_none()
            && self.url.is_none()
    }
}

impl Figure {
    /// The figure's bounds; a missing high bound means "at least".
    pub fn bounds(&self) -> Option<(u64, u64)> {
        let low = self.low?;
        Some((low, self.high.unwrap_or(u64::MAX)))
    }
}

impl Comparison {
    /// Groups whose sources give figures that cannot all be true at once.
    pub fn disagrees_on(&self, group: &str) -> bool {
        let bounds: Vec<(u64, u64)> = self
            .claims
            .iter()
            .flat_map(|c| c.figures.iter())
            .filter(|f| f.group == group)
            .filter_map(Figure::bounds)
            .collect();
        let highest_low = bounds.iter().map(|b| b.0).max();
        let lowest_high = bounds.iter().map(|b| b.1).min();
        matches!((highest_low, lowest_high), (Some(l), Some(h)) if l > h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(group: &str, low: Option<u64>, high: Option<u64>) -> Figure {
        Figure {
            group: group.into(),
            value: String::new(),
            low,
            high,
        }
    }

    fn comparison(figures: Vec<Figure>) -> Comparison {
        Comparison {
            id: "c".into(),
            title: "t".into(),
            groups: vec![],
            claims: figures
                .into_iter()
                .enumerate()
                .map(|(i, f)| Claim {
                    id: i.to_string(),
                    attribution: "a".into(),
                    text: String::new(),
                    figures: vec![f],
                })
                .collect(),
        }
    }

    #[test]
    fn at_least_twenty_and_twenty_one_agree() {
        let c = comparison(vec![
            figure("g", Some(20), None),
            figure("g", Some(21), Some(21)),
        ]);
        assert!(!c.disagrees_on("g"));
    }

    #[test]
    fn fifteen_and_seventy_disagree() {
        let c = comparison(vec![
            figure("r", Some(15), Some(15)),
            figure("r", Some(70), Some(70)),
        ]);
        assert!(c.disagrees_on("r"));
        assert!(!c.disagrees_on("other"));
    }

    #[test]
    fn figures_without_numbers_never_disagree() {
        let c = comparison(vec![figure("g", None, None), figure("g", Some(3), Some(3))]);
        assert!(!c.disagrees_on("g"));
    }
}
