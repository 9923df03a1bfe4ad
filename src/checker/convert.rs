//! From a checked JSON value to the typed timeline. `shape::check_document` has already
//! reported and repaired every wrong type, so this reads fields directly instead of running
//! derived deserializers over the value a second time (smaller WebAssembly), and it
//! treats `null` as "left out" wherever the schema allows it.

use super::json::Json;

use super::problem::Problem;
use crate::format::{
    Claim, Comparison, Event, Figure, Group, Keyword, Reference, SummaryItem, TimeForm, TimeSpec,
    TimelineData,
};
#[cfg(not(event_timeline_viewer))]
use crate::format::{Era, Track, Update, UpdateKind};

fn text(v: &Json, key: &str) -> String {
    opt_text(v, key).unwrap_or_default()
}

fn opt_text(v: &Json, key: &str) -> Option<String> {
    v.get(key).and_then(Json::as_str).map(str::to_string)
}

fn list<'a>(v: &'a Json, key: &str) -> &'a [Json] {
    v.get(key).and_then(Json::as_array).unwrap_or_default()
}

fn each<T>(v: &Json, key: &str, item: impl Fn(&Json) -> T) -> Vec<T> {
    list(v, key).iter().map(item).collect()
}

fn count(v: &Json, key: &str) -> Option<u64> {
    v.get(key).and_then(Json::as_u64)
}

/// A keyword field's value; a missing or unknown word (which the shape check reported) reads
/// as left out.
fn word<K: Keyword>(v: &Json, key: &str) -> Option<K> {
    v.get(key).and_then(Json::as_str).and_then(K::from_key)
}

/// The form the shape check found exactly one of. A time it dropped as broken (`{}`) reads as
/// following no event: placing leaves that event unplaced without a word of its own.
fn time(v: &Json) -> TimeSpec {
    let form = match (opt_text(v, "at"), opt_text(v, "date"), word(v, "part")) {
        (Some(at), ..) => TimeForm::At { at },
        (None, Some(date), Some(part)) => TimeForm::DayPart { date, part },
        _ if v.get("event").is_some() => TimeForm::Event {
            event: text(v, "event"),
        },
        #[cfg(not(event_timeline_viewer))]
        _ if v.get("about").is_some() => TimeForm::About {
            about: text(v, "about"),
        },
        #[cfg(not(event_timeline_viewer))]
        _ if v.get("before").is_some() => TimeForm::Before {
            before: text(v, "before"),
        },
        #[cfg(not(event_timeline_viewer))]
        _ if v.get("between").is_some() => TimeForm::Between {
            between: text(v, "between"),
            and: text(v, "and"),
        },
        _ => TimeForm::After {
            after: text(v, "after"),
        },
    };
    TimeSpec {
        form,
        phrase: opt_text(v, "phrase"),
    }
}

fn event(v: &Json) -> Event {
    Event {
        id: text(v, "id"),
        time: time(v.get("time").unwrap_or(&Json::Null)),
        // The viewer build reads no ends (the element gives a story with them to the full
        // build).
        end: v.get("end").filter(|e| **e != Json::Null).map(time),
        headline: text(v, "headline"),
        text: text(v, "text"),
        // The viewer build reads no media (the pre-renderer marks a story with media for the
        // full build).
        #[cfg(event_timeline_viewer)]
        media: None,
        #[cfg(not(event_timeline_viewer))]
        media: v.get("media").and_then(|m| {
            Some(crate::format::Media {
                kind: word(m, "kind")?,
                url: text(m, "url"),
                alt: opt_text(m, "alt"),
                title: opt_text(m, "title"),
                caption: opt_text(m, "caption"),
                credit: opt_text(m, "credit"),
            })
        }),
        place: opt_text(v, "place"),
        sides: each(v, "sides", |s| s.as_str().unwrap_or_default().to_string()),
        attribution: opt_text(v, "attribution"),
        // The viewer build reads no tracks (the element gives a story with them to the full
        // build).
        #[cfg(not(event_timeline_viewer))]
        track: opt_text(v, "track"),
        #[cfg(event_timeline_viewer)]
        track: None,
    }
}

fn comparison(v: &Json) -> Comparison {
    Comparison {
        id: text(v, "id"),
        title: text(v, "title"),
        groups: each(v, "groups", |g| Group {
            id: text(g, "id"),
            label: text(g, "label"),
        }),
        claims: each(v, "claims", |c| Claim {
            id: text(c, "id"),
            attribution: text(c, "attribution"),
            text: text(c, "text"),
            figures: each(c, "figures", |f| Figure {
                group: text(f, "group"),
                value: text(f, "value"),
                low: count(f, "low"),
                high: count(f, "high"),
            }),
        }),
    }
}

fn reference(v: &Json, path: &str) -> Result<Reference, Problem> {
    let id = count(v, "id").unwrap_or(0);
    let id = u32::try_from(id).map_err(|_| {
        Problem::at(
            &format!("{path}.id"),
            format!("reference number {id} is too large"),
        )
    })?;
    Ok(Reference {
        id,
        title: opt_text(v, "title"),
        publisher: opt_text(v, "publisher"),
        date: opt_text(v, "date"),
        url: opt_text(v, "url"),
    })
}

/// The typed timeline of a value `check_document` has checked, or the first thing that still
/// cannot be represented (a reference number beyond `u32`).
pub fn timeline(v: &Json) -> Result<TimelineData, Problem> {
    Ok(TimelineData {
        schema: opt_text(v, "$schema"),
        lang: opt_text(v, "lang"),
        dir: word(v, "dir"),
        messages: v
            .get("messages")
            .and_then(Json::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default(),
        title: text(v, "title"),
        description: text(v, "description"),
        summary: each(v, "summary", |s| SummaryItem {
            label: text(s, "label"),
            text: text(s, "text"),
        }),
        events: each(v, "events", event),
        comparisons: each(v, "comparisons", comparison),
        references: list(v, "references")
            .iter()
            .enumerate()
            .map(|(i, r)| reference(r, &format!("references[{i}]")))
            .collect::<Result<_, _>>()?,
        // The viewer build reads only stories without updates (the element gives a story with
        // them to the full build, which shows them).
        #[cfg(not(event_timeline_viewer))]
        updates: each(v, "updates", |u| Update {
            date: text(u, "date"),
            kind: word(u, "kind").unwrap_or(UpdateKind::Update),
            text: text(u, "text"),
            events: each(u, "events", |e| e.as_str().unwrap_or_default().to_string()),
        }),
        #[cfg(event_timeline_viewer)]
        updates: Vec::new(),
        #[cfg(not(event_timeline_viewer))]
        eras: each(v, "eras", |e| Era {
            label: text(e, "label"),
            start: text(e, "start"),
            end: text(e, "end"),
            description: opt_text(e, "description"),
        }),
        #[cfg(event_timeline_viewer)]
        eras: Vec::new(),
        #[cfg(not(event_timeline_viewer))]
        tracks: each(v, "tracks", |t| Track {
            id: text(t, "id"),
            label: text(t, "label"),
        }),
        #[cfg(event_timeline_viewer)]
        tracks: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use crate::checker::load;

    const EVENT: &str =
        r#"{ "id": "a", "time": { "at": "2014-10-27" }, "headline": "h", "text": "t" }"#;

    #[test]
    fn null_stands_for_left_out_as_the_schema_allows() {
        let json = format!(
            r#"{{ "title": "x", "description": null, "summary": null, "comparisons": null,
                 "references": null, "events": [{EVENT}] }}"#
        );
        let story = load(&json).expect("valid by the schema");
        assert_eq!(story.timeline.description, "");
        assert!(story.timeline.summary.is_empty() && story.timeline.references.is_empty());
    }

    #[test]
    fn a_reference_number_beyond_u32_is_a_located_problem() {
        let json = format!(
            r#"{{ "title": "x", "events": [{EVENT}], "references": [{{ "id": 4294967296 }}] }}"#
        );
        let problems = load(&json).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "references[0].id");
        assert!(
            problems[0].message.contains("too large"),
            "{}",
            problems[0].message
        );
        assert!(problems[0].line.is_some());
    }
}
