//! The story a studio edits, and every change to it as one [`Edit`], so that undo and redo
//! cover all of them. Plain Rust: the form, the text view and the tests share it.

use super::comparisons::{add_in_comparison, remove_in_comparison, set_in_comparison, Part};
use crate::format::{
    DayPart, Event, Keyword, Media, MediaKind, Reference, SummaryItem, TimeForm, TimeSpec,
    TimelineData,
};

/// The ways a time can be given, as the form offers them (the format's `TimeForm`s).
pub const TIME_FORMS: [&str; 6] = ["at", "part", "after", "about", "before", "between"];

/// One change to the story, from the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Title(String),
    Description(String),
    /// A text field of an event (`id`, `headline`, `text`, `place`, `phrase`, `attribution`,
    /// `sides` one per line, or the time's own fields: `at`, `date`, `part`, `after`, `about`,
    /// `before`, `between`, `and`).
    EventField(usize, &'static str, String),
    /// A field of an event's picture or link: `kind` (`none`, `image`, `link`), `url`, `alt`,
    /// `title`, `caption`, `credit`.
    MediaField(usize, &'static str, String),
    /// The form an event's time takes (one of [`TIME_FORMS`]); what it had is kept where the
    /// new form has the same field.
    TimeForm(usize, &'static str),
    AddEvent,
    RemoveEvent(usize),
    /// Moves an event from one place to another in the list.
    MoveEvent(usize, usize),
    ReferenceField(usize, &'static str, String),
    AddReference,
    RemoveReference(usize),
    /// A summary row's `label` or `text`.
    SummaryField(usize, &'static str, String),
    AddSummary,
    RemoveSummary(usize),
    /// A part of a comparison of sources, by where it is: the comparison's `id` or `title`
    /// (`Part::Comparison`), a group's `id` or `label`, a claim's `id`, `attribution` or
    /// `text`, a figure's `group`, `value`, `low` or `high`.
    Comparison(Part, &'static str, String),
    Add(Part),
    Remove(Part),
}

impl Edit {
    /// The field this edit types into: consecutive edits of one field are one step of undo.
    pub(super) fn field(&self) -> Option<String> {
        match self {
            Edit::Title(_) => Some("title".into()),
            Edit::Description(_) => Some("description".into()),
            Edit::EventField(i, f, _) => Some(format!("events[{i}].{f}")),
            Edit::MediaField(i, f, _) => Some(format!("events[{i}].media.{f}")),
            Edit::ReferenceField(i, f, _) => Some(format!("references[{i}].{f}")),
            Edit::SummaryField(i, f, _) => Some(format!("summary[{i}].{f}")),
            Edit::Comparison(part, f, _) => Some(format!("{part:?}.{f}")),
            _ => None,
        }
    }
}

/// A story with nothing in it yet: what "blank" starts from.
pub fn blank() -> TimelineData {
    TimelineData {
        schema: None,
        lang: None,
        dir: None,
        messages: Vec::new(),
        title: String::new(),
        description: String::new(),
        summary: Vec::new(),
        events: Vec::new(),
        comparisons: Vec::new(),
        references: Vec::new(),
        updates: Vec::new(),
        eras: Vec::new(),
        tracks: Vec::new(),
    }
}

/// The form of a time, as [`TIME_FORMS`] names it.
pub fn form_name(form: &TimeForm) -> &'static str {
    match form {
        TimeForm::At { .. } => "at",
        TimeForm::DayPart { .. } => "part",
        TimeForm::After { .. } => "after",
        TimeForm::About { .. } => "about",
        TimeForm::Before { .. } => "before",
        TimeForm::Between { .. } => "between",
        TimeForm::Event { .. } => "event",
    }
}

/// The text fields of a time's form, with their values: what the form shows for it.
pub fn time_fields(form: &TimeForm) -> Vec<(&'static str, String)> {
    match form {
        TimeForm::At { at } => vec![("at", at.clone())],
        TimeForm::DayPart { date, part } => {
            vec![("date", date.clone()), ("part", part.key().into())]
        }
        TimeForm::After { after } => vec![("after", after.clone())],
        TimeForm::About { about } => vec![("about", about.clone())],
        TimeForm::Before { before } => vec![("before", before.clone())],
        TimeForm::Between { between, and } => {
            vec![("between", between.clone()), ("and", and.clone())]
        }
        TimeForm::Event { event } => vec![("event", event.clone())],
    }
}

/// The first value of a time, whatever its form: carried over when the form changes.
fn first_value(form: &TimeForm) -> String {
    time_fields(form)
        .into_iter()
        .next()
        .map(|(_, v)| v)
        .unwrap_or_default()
}

fn new_form(name: &str, value: String) -> TimeForm {
    match name {
        "part" => TimeForm::DayPart {
            date: value,
            part: DayPart::Day,
        },
        "after" => TimeForm::After { after: value },
        "about" => TimeForm::About { about: value },
        "before" => TimeForm::Before { before: value },
        "between" => TimeForm::Between {
            between: value,
            and: String::new(),
        },
        _ => TimeForm::At { at: value },
    }
}

fn set_time_field(form: &mut TimeForm, field: &str, value: String) {
    match (form, field) {
        (TimeForm::At { at: v }, "at")
        | (TimeForm::DayPart { date: v, .. }, "date")
        | (TimeForm::After { after: v }, "after")
        | (TimeForm::About { about: v }, "about")
        | (TimeForm::Before { before: v }, "before")
        | (TimeForm::Between { between: v, .. }, "between")
        | (TimeForm::Between { and: v, .. }, "and")
        | (TimeForm::Event { event: v }, "event") => *v = value,
        (TimeForm::DayPart { part, .. }, "part") => {
            *part = DayPart::from_key(&value).unwrap_or(DayPart::Day)
        }
        _ => {}
    }
}

/// An optional text: empty is left out of the story.
fn optional(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

/// The story after one edit.
pub fn apply(story: &TimelineData, edit: &Edit) -> TimelineData {
    let mut story = story.clone();
    match edit.clone() {
        Edit::Title(text) => story.title = text,
        Edit::Description(text) => story.description = text,
        Edit::EventField(i, field, value) => {
            if let Some(e) = story.events.get_mut(i) {
                match field {
                    "id" => e.id = value,
                    "headline" => e.headline = value,
                    "text" => e.text = value,
                    "place" => e.place = optional(value),
                    "phrase" => e.time.phrase = optional(value),
                    "attribution" => e.attribution = optional(value),
                    "sides" => {
                        e.sides = value
                            .lines()
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned)
                            .collect()
                    }
                    _ => set_time_field(&mut e.time.form, field, value),
                }
            }
        }
        Edit::MediaField(i, field, value) => {
            if let Some(e) = story.events.get_mut(i) {
                if field == "kind" {
                    e.media = MediaKind::from_key(&value).map(|kind| Media {
                        kind,
                        url: e.media.as_ref().map(|m| m.url.clone()).unwrap_or_default(),
                        alt: None,
                        title: None,
                        caption: None,
                        credit: None,
                    });
                } else if let Some(m) = e.media.as_mut() {
                    match field {
                        "url" => m.url = value,
                        "alt" => m.alt = optional(value),
                        "title" => m.title = optional(value),
                        "caption" => m.caption = optional(value),
                        "credit" => m.credit = optional(value),
                        _ => {}
                    }
                }
            }
        }
        Edit::TimeForm(i, name) => {
            if let Some(e) = story.events.get_mut(i) {
                if form_name(&e.time.form) != name {
                    e.time.form = new_form(name, first_value(&e.time.form));
                }
            }
        }
        Edit::AddEvent => {
            let n = story.events.len() + 1;
            let id = (n..)
                .map(|k| format!("event-{k}"))
                .find(|id| story.events.iter().all(|e| &e.id != id))
                .unwrap_or_default();
            // A new event starts where the last one is, so the story stays in time order.
            let time = story.events.last().map_or(
                TimeSpec {
                    form: TimeForm::At { at: String::new() },
                    phrase: None,
                },
                |last| TimeSpec {
                    form: new_form(form_name(&last.time.form), first_value(&last.time.form)),
                    phrase: None,
                },
            );
            story.events.push(Event {
                id,
                time,
                end: None,
                headline: String::new(),
                text: String::new(),
                media: None,
                place: None,
                sides: Vec::new(),
                attribution: None,
                track: None,
            });
        }
        Edit::RemoveEvent(i) => {
            if i < story.events.len() {
                story.events.remove(i);
            }
        }
        Edit::MoveEvent(from, to) => {
            if from < story.events.len() && to < story.events.len() {
                let event = story.events.remove(from);
                story.events.insert(to, event);
            }
        }
        Edit::ReferenceField(i, field, value) => {
            if let Some(r) = story.references.get_mut(i) {
                match field {
                    "id" => r.id = value.trim().parse().unwrap_or(0),
                    "title" => r.title = optional(value),
                    "publisher" => r.publisher = optional(value),
                    "date" => r.date = optional(value),
                    "url" => r.url = optional(value),
                    _ => {}
                }
            }
        }
        Edit::AddReference => {
            let id = story.references.iter().map(|r| r.id).max().unwrap_or(0) + 1;
            story.references.push(Reference {
                id,
                title: None,
                publisher: None,
                date: None,
                url: None,
            });
        }
        Edit::RemoveReference(i) => {
            if i < story.references.len() {
                story.references.remove(i);
            }
        }
        Edit::SummaryField(i, field, value) => {
            if let Some(row) = story.summary.get_mut(i) {
                match field {
                    "label" => row.label = value,
                    _ => row.text = value,
                }
            }
        }
        Edit::AddSummary => story.summary.push(SummaryItem {
            label: String::new(),
            text: String::new(),
        }),
        Edit::RemoveSummary(i) => {
            if i < story.summary.len() {
                story.summary.remove(i);
            }
        }
        Edit::Comparison(part, field, value) => {
            set_in_comparison(&mut story.comparisons, part, field, value)
        }
        Edit::Add(part) => add_in_comparison(&mut story.comparisons, part),
        Edit::Remove(part) => remove_in_comparison(&mut story.comparisons, part),
    }
    story
}

#[cfg(test)]
mod tests {
    use super::super::history::{to_text, History};
    use super::*;

    fn typed(history: History, edits: &[Edit]) -> History {
        edits.iter().fold(history, |h, e| h.edited(e))
    }

    #[test]
    fn a_story_built_from_blank_passes_the_checker() {
        let h = typed(
            History::new(blank()),
            &[
                Edit::Title("A made-up day".into()),
                Edit::AddReference,
                Edit::ReferenceField(0, "title", "A made-up source".into()),
                Edit::AddReference,
                Edit::ReferenceField(1, "title", "Another made-up source".into()),
                Edit::ReferenceField(1, "url", "https://example.org/two".into()),
                Edit::AddEvent,
                Edit::EventField(0, "at", "2020-05-01".into()),
                Edit::EventField(0, "headline", "The first thing".into()),
                Edit::EventField(0, "text", "It happened.[1]".into()),
                Edit::AddEvent,
                Edit::TimeForm(1, "part"),
                Edit::EventField(1, "part", "evening".into()),
                Edit::EventField(1, "headline", "The second thing".into()),
                Edit::AddEvent,
                Edit::TimeForm(2, "after"),
                Edit::EventField(2, "after", "event-2".into()),
                Edit::EventField(2, "headline", "The third thing".into()),
                Edit::EventField(2, "text", "Then this.[2]".into()),
            ],
        );
        let text = to_text(&h.now);
        let story = crate::checker::load(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
        assert_eq!(story.timeline.events.len(), 3);
        assert_eq!(
            story.timeline.events[1].time.form,
            TimeForm::DayPart {
                date: "2020-05-01".into(),
                part: DayPart::Evening
            }
        );
        assert!(text.contains("\"after\": \"event-2\""));
    }

    #[test]
    fn undo_and_redo_cover_every_edit_and_typing_is_one_step() {
        let h = typed(
            History::new(blank()),
            &[
                Edit::Title("A".into()),
                Edit::Title("AB".into()),
                Edit::Title("ABC".into()),
                Edit::AddEvent,
                Edit::EventField(0, "headline", "H".into()),
            ],
        );
        let h = h.undone();
        assert_eq!(h.now.events[0].headline, "");
        let h = h.undone();
        assert!(h.now.events.is_empty());
        assert_eq!(h.now.title, "ABC");
        let h = h.undone();
        assert_eq!(
            h.now.title, "",
            "three keystrokes in one field are one step"
        );
        assert!(!h.can_undo());
        let h = h.redone().redone().redone();
        assert_eq!(h.now.events[0].headline, "H");
        assert!(!h.can_redo());
        // A new edit after an undo forgets what was undone.
        let h = h.undone().edited(&Edit::Description("D".into()));
        assert!(!h.can_redo());
    }

    #[test]
    fn events_move_and_go_and_references_number_themselves() {
        let mut h = History::new(blank());
        for k in 0..3 {
            h = h.edited(&Edit::AddEvent);
            h = h.edited(&Edit::EventField(k, "headline", format!("H{k}")));
        }
        let ids: Vec<_> = h.now.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["event-1", "event-2", "event-3"]);
        let h = h
            .edited(&Edit::MoveEvent(2, 0))
            .edited(&Edit::RemoveEvent(1));
        let heads: Vec<_> = h.now.events.iter().map(|e| e.headline.as_str()).collect();
        assert_eq!(heads, ["H2", "H1"]);
        let h = h.edited(&Edit::AddReference).edited(&Edit::AddReference);
        assert_eq!(
            h.now.references.iter().map(|r| r.id).collect::<Vec<_>>(),
            [1, 2]
        );
        // Out of range changes nothing.
        assert_eq!(h.edited(&Edit::RemoveEvent(9)).now, h.now);
    }

    #[test]
    fn sides_one_per_line_attribution_and_a_picture_with_its_alt_text() {
        let h = typed(
            History::new(blank()),
            &[
                Edit::AddEvent,
                Edit::EventField(0, "sides", "Army\n\n  Rebels \n".into()),
                Edit::EventField(0, "attribution", "A witness".into()),
                Edit::MediaField(0, "kind", "image".into()),
                Edit::MediaField(0, "url", "https://example.org/a.jpg".into()),
                Edit::MediaField(0, "alt", "A square in the rain".into()),
            ],
        );
        let e = &h.now.events[0];
        assert_eq!(e.sides, ["Army", "Rebels"]);
        assert_eq!(e.attribution.as_deref(), Some("A witness"));
        let m = e.media.as_ref().unwrap();
        assert_eq!(
            (m.kind, m.alt.as_deref()),
            (MediaKind::Image, Some("A square in the rain"))
        );
        let h = h.edited(&Edit::MediaField(0, "kind", "none".into()));
        assert!(h.now.events[0].media.is_none());
    }

    #[test]
    fn a_time_changing_form_keeps_its_value() {
        let h = typed(
            History::new(blank()),
            &[
                Edit::AddEvent,
                Edit::EventField(0, "at", "1820".into()),
                Edit::TimeForm(0, "about"),
            ],
        );
        assert_eq!(
            h.now.events[0].time.form,
            TimeForm::About {
                about: "1820".into()
            }
        );
        let h = h
            .edited(&Edit::TimeForm(0, "between"))
            .edited(&Edit::EventField(0, "and", "1830".into()));
        assert_eq!(
            time_fields(&h.now.events[0].time.form),
            [("between", "1820".to_string()), ("and", "1830".to_string())]
        );
    }
}
