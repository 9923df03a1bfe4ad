//! The story a studio edits, and every change to it as one [`Edit`], so that undo and redo
//! cover all of them. Plain Rust: the form, the text view and the tests share it.

use super::comparisons::{
    add_in_comparison, remove_at, remove_in_comparison, set_in_comparison, Part,
};
use crate::format::{
    DayPart, Era, Event, Keyword, Media, MediaKind, Reference, SummaryItem, TimeForm, TimeSpec,
    TimelineData, Track,
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
    /// An event's end: its form (`none`, one of [`TIME_FORMS`], or `event`: when another
    /// event happened), then its fields as a start's (`phrase` too).
    EndForm(usize, &'static str),
    EndField(usize, &'static str, String),
    /// An era's `label`, `start`, `end` or `description`.
    EraField(usize, &'static str, String),
    AddEra,
    RemoveEra(usize),
    /// A track's `id` or `label` (an event names its track in its `track` field).
    TrackField(usize, &'static str, String),
    AddTrack,
    RemoveTrack(usize),
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
            Edit::EndField(i, f, _) => Some(format!("events[{i}].end.{f}")),
            Edit::EraField(i, f, _) => Some(format!("eras[{i}].{f}")),
            Edit::TrackField(i, f, _) => Some(format!("tracks[{i}].{f}")),
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
        "event" => TimeForm::Event { event: value },
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
                    "track" => e.track = optional(value),
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
        Edit::EndForm(i, name) => {
            if let Some(e) = story.events.get_mut(i) {
                let same = e.end.as_ref().is_some_and(|t| form_name(&t.form) == name);
                if !same {
                    e.end = (name != "none").then(|| TimeSpec {
                        form: new_form(
                            name,
                            e.end
                                .as_ref()
                                .map(|t| first_value(&t.form))
                                .unwrap_or_default(),
                        ),
                        phrase: e.end.as_ref().and_then(|t| t.phrase.clone()),
                    });
                }
            }
        }
        Edit::EndField(i, field, value) => {
            if let Some(end) = story.events.get_mut(i).and_then(|e| e.end.as_mut()) {
                match field {
                    "phrase" => end.phrase = optional(value),
                    _ => set_time_field(&mut end.form, field, value),
                }
            }
        }
        Edit::EraField(i, field, value) => {
            if let Some(era) = story.eras.get_mut(i) {
                match field {
                    "label" => era.label = value,
                    "start" => era.start = value,
                    "end" => era.end = value,
                    _ => era.description = optional(value),
                }
            }
        }
        Edit::AddEra => story.eras.push(Era {
            label: String::new(),
            start: String::new(),
            end: String::new(),
            description: None,
        }),
        Edit::RemoveEra(i) => remove_at(&mut story.eras, i),
        Edit::TrackField(i, field, value) => {
            if let Some(track) = story.tracks.get_mut(i) {
                match field {
                    "id" => track.id = value,
                    _ => track.label = value,
                }
            }
        }
        Edit::AddTrack => story.tracks.push(Track {
            id: format!("track-{}", story.tracks.len() + 1),
            label: String::new(),
        }),
        Edit::RemoveTrack(i) => remove_at(&mut story.tracks, i),
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
        Edit::RemoveEvent(i) => remove_at(&mut story.events, i),
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
        Edit::RemoveReference(i) => remove_at(&mut story.references, i),
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
        Edit::RemoveSummary(i) => remove_at(&mut story.summary, i),
        Edit::Comparison(part, field, value) => {
            set_in_comparison(&mut story.comparisons, part, field, value)
        }
        Edit::Add(part) => add_in_comparison(&mut story.comparisons, part),
        Edit::Remove(part) => remove_in_comparison(&mut story.comparisons, part),
    }
    story
}

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;
