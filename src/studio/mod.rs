//! The story studio (`dist/studio/`): authors make and edit a story in a form or as text, see
//! the widget as they type, and download the file or an embed snippet. `draft.rs` is the story
//! and its edits with undo and redo; this file opens files and words what is wrong; `app.rs`
//! is the Yew app (the `studio` binary's), whose browser glue is `browser/studio.rs`.

pub mod comparisons;
pub mod draft;
pub mod history;

#[cfg(feature = "studio")]
pub mod app;
#[cfg(feature = "studio")]
pub mod form;

use crate::checker::Problem;
use crate::format::TimelineData;
use crate::import::{self, Input};

/// A file opened in the studio: its story, and what changed on the way in (a TimelineJS3
/// file's conversion report, one line per note).
#[derive(Debug)]
pub struct Opened {
    pub story: TimelineData,
    pub report: Vec<String>,
}

/// The largest file the studio opens: a story this long is a form of thousands of fields,
/// which no tab edits smoothly (the widget itself shows such stories; give them as `src`).
pub const LARGEST_FILE: usize = 2 * 1024 * 1024;

/// Reads a file a person opened or dropped: our format (with or without problems), a
/// TimelineJS3 JSON file or its spreadsheet saved as CSV. `Err` says why nothing can be read.
pub fn open(bytes: &[u8], name: &str) -> Result<Opened, String> {
    if bytes.len() > LARGEST_FILE {
        return Err(format!(
            "{name}: {:.1} MB is more than the studio edits ({} MB); split the story, or give the file to the widget as its src",
            bytes.len() as f64 / 1_048_576.0,
            LARGEST_FILE / 1_048_576
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        format!("{name}: line {line} is not UTF-8; save the file as UTF-8 and open it again")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(input) = import::recognise(text) {
        let title = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        return match import::import(text.as_bytes(), input, title) {
            Ok(imported) => {
                let kind = match input {
                    Input::Json => "a TimelineJS3 JSON file",
                    Input::Csv => "a TimelineJS3 spreadsheet saved as CSV",
                };
                let mut report = vec![format!(
                    "{name}: read as {kind}: {} events",
                    imported.story.timeline.events.len()
                )];
                report.extend(
                    imported
                        .notes
                        .iter()
                        .map(|n| format!("{}: {}", n.at, n.what)),
                );
                Ok(Opened {
                    story: imported.story.timeline,
                    report,
                })
            }
            Err(failure) => {
                let mut why = vec![format!("{name}: {}", failure.why)];
                why.extend(
                    failure
                        .notes
                        .iter()
                        .map(|n| format!("{}: {}", n.at, n.what)),
                );
                Err(why.join("\n"))
            }
        };
    }
    match crate::checker::read_draft(text) {
        Some(story) => Ok(Opened {
            story,
            report: Vec::new(),
        }),
        None => Err(match crate::checker::load(text) {
            Err(problems) => format!("{name}: {}", words(&problems[0])),
            Ok(_) => format!("{name}: not a story"),
        }),
    }
}

/// What is wrong with a story's text, each problem with where it is (empty: nothing).
pub fn problems(text: &str) -> Vec<Problem> {
    crate::checker::load(text).err().unwrap_or_default()
}

/// A problem in words, with its line and column when it has them.
pub fn words(problem: &Problem) -> String {
    match (problem.line, problem.column) {
        (Some(line), Some(column)) => format!("line {line}, column {column}: {}", problem.message),
        _ => problem.message.clone(),
    }
}

/// The form field a problem's path points at (`events[2].time.at` is `st-events-2-at`), or
/// the nearest one that exists: an event's or a reference's first field, the title.
pub fn field_id(path: &str) -> String {
    let parts: Vec<&str> = path
        .split(['.', '[', ']'])
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        ["events", i, "time", field, ..] => format!("st-events-{i}-{field}"),
        ["events", i, "end", field, ..] => format!("st-events-{i}-end-{field}"),
        ["events", i, "end"] => format!("st-events-{i}-end-form"),
        ["events", i, "time"] => format!("st-events-{i}-form"),
        ["events", i, "media", field, ..] if MEDIA_FIELDS.contains(field) => {
            format!("st-events-{i}-media-{field}")
        }
        ["events", i, "media", ..] => format!("st-events-{i}-media-kind"),
        ["events", i, field, ..] if EVENT_FIELDS.contains(field) => {
            format!("st-events-{i}-{field}")
        }
        ["events", i, ..] => format!("st-events-{i}-headline"),
        ["references", i, field, ..] if REFERENCE_FIELDS.contains(field) => {
            format!("st-references-{i}-{field}")
        }
        ["references", i, ..] => format!("st-references-{i}-id"),
        ["description", ..] => "st-description".into(),
        // The summary and the comparisons name their fields by their path.
        ["summary" | "comparisons" | "eras" | "tracks", ..] => format!("st-{}", parts.join("-")),
        _ => "st-title".into(),
    }
}

/// The fields the form has for an event, and for a reference.
pub const EVENT_FIELDS: [&str; 7] = [
    "id",
    "headline",
    "text",
    "place",
    "sides",
    "attribution",
    "track",
];
pub const MEDIA_FIELDS: [&str; 5] = ["url", "alt", "title", "caption", "credit"];
pub const REFERENCE_FIELDS: [&str; 5] = ["id", "title", "publisher", "date", "url"];

/// The text view's story, if switching to the form loses nothing of it: every value it has
/// reads back the same from the format's types (a value of the wrong type, or a field the
/// format does not have, would be dropped). `Err` names the problems to fix first.
pub fn from_text(text: &str) -> Result<TimelineData, Vec<Problem>> {
    let story = crate::checker::read_draft(text).ok_or_else(|| problems(text))?;
    let given: Option<serde_json::Value> = serde_json::from_str(text).ok();
    let kept = serde_json::to_value(&story).ok();
    if given.is_some() && given == kept {
        Ok(story)
    } else {
        let wrong = problems(text);
        Err(if wrong.is_empty() {
            vec![Problem::at(
                "",
                "this text has parts the form cannot show; keep editing it as text",
            )]
        } else {
            wrong
        })
    }
}

/// The embed snippets for a story published at `story_url`, with the element's module at
/// `embed_url` (a folder ending in `/`): the element with `src`, the element with the story
/// inside it, and an iframe for a CMS that allows nothing else.
pub fn snippets(story_text: &str, story_url: &str, embed_url: &str) -> [String; 3] {
    let script = format!("<script type=\"module\" src=\"{embed_url}event-timeline.js\"></script>");
    // Inside a script element, `</` would end it early.
    let inline = story_text.replace("</", "<\\/");
    [
        format!("{script}\n<event-timeline src=\"{story_url}\"></event-timeline>"),
        format!(
            "{script}\n<event-timeline>\n<script type=\"application/json\" class=\"et-story\">\n{inline}\n</script>\n</event-timeline>"
        ),
        format!(
            "<iframe src=\"{embed_url}frame.html?src={}\" title=\"Timeline\" width=\"100%\" height=\"800\" style=\"border: 0\"></iframe>",
            story_url.replace('&', "%26").replace('"', "%22")
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_of_every_kind_open_and_bad_ones_say_why() {
        let ours = open(crate::IDLIB_2014.as_bytes(), "idlib-2014.json").unwrap();
        assert_eq!(ours.story.events.len(), 9);
        assert!(ours.report.is_empty());
        let json = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/timelinejs/cosmo.json"
        ))
        .unwrap();
        let cosmic = open(&json, "cosmo.json").unwrap();
        assert_eq!(cosmic.story.events.len(), 7);
        assert!(
            cosmic.report[0].starts_with("cosmo.json: read as a TimelineJS3 JSON file: 7 events")
        );
        let csv = "\u{feff}Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\r\n2020,1,2,,,,,,,A fair,Text\r\n";
        let sheet = open(csv.as_bytes(), "sheet.csv").unwrap();
        assert_eq!(sheet.story.events[0].headline, "A fair");
        assert!(open(b"\xff\xfe{", "odd.json")
            .unwrap_err()
            .contains("not UTF-8"));
        let huge = vec![b' '; 5 * 1024 * 1024];
        assert!(open(&huge, "huge.json")
            .unwrap_err()
            .starts_with("huge.json: 5.0 MB is more than the studio edits (2 MB)"));
        assert!(open(b"{\"title\": ", "cut.json")
            .unwrap_err()
            .starts_with("cut.json: line 1"));
        // Deeply nested: a clear message, not a crash.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(open(deep.as_bytes(), "deep.json").is_err());
        // A story with problems still opens, to be mended.
        let broken =
            r#"{"title": "T", "events": [{"id": "a", "time": {"at": "2020"}, "headline": ""}]}"#;
        assert_eq!(
            open(broken.as_bytes(), "b.json")
                .unwrap()
                .story
                .events
                .len(),
            1
        );
    }

    #[test]
    fn problems_point_at_their_fields() {
        assert_eq!(field_id("events[2].time.at"), "st-events-2-at");
        assert_eq!(field_id("events[2].time"), "st-events-2-form");
        assert_eq!(field_id("events[0].headline"), "st-events-0-headline");
        assert_eq!(field_id("events[1].sides[0]"), "st-events-1-sides");
        assert_eq!(field_id("events[1].track"), "st-events-1-track");
        assert_eq!(field_id("events[1].end.at"), "st-events-1-end-at");
        assert_eq!(field_id("events[1].tags"), "st-events-1-headline");
        assert_eq!(field_id("references[3].url"), "st-references-3-url");
        assert_eq!(field_id("events[4].media.alt"), "st-events-4-media-alt");
        assert_eq!(field_id("events[4].media"), "st-events-4-media-kind");
        assert_eq!(
            field_id("comparisons[0].claims[1].figures[0].value"),
            "st-comparisons-0-claims-1-figures-0-value"
        );
        assert_eq!(field_id("summary[2].text"), "st-summary-2-text");
        assert_eq!(field_id("title"), "st-title");
        assert_eq!(field_id(""), "st-title");
    }

    #[test]
    fn the_text_view_switches_to_the_form_only_when_nothing_is_lost() {
        assert!(from_text(crate::IDLIB_2014).is_ok());
        let typo = crate::IDLIB_2014.replacen("\"headline\"", "\"headlin\"", 1);
        assert!(from_text(&typo).is_err());
        let number = r#"{"title": 5, "events": []}"#;
        assert!(from_text(number).is_err());
    }

    #[test]
    fn snippets_escape_what_would_end_them() {
        let [src, inline, frame] = snippets(
            "{\"t\": \"</script>\"}",
            "https://a.org/s.json?x=1&y=2",
            "https://a.org/embed/",
        );
        assert!(src.contains("<event-timeline src=\"https://a.org/s.json?x=1&y=2\">"));
        assert!(inline.contains("<\\/script>") && inline.matches("</script>").count() == 2);
        assert!(frame.contains("frame.html?src=https://a.org/s.json?x=1%26y=2"));
    }
}
