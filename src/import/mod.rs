//! `timeline-import`: a TimelineJS3 story (its JSON format, or its spreadsheet template as
//! CSV) in our format, valid by construction, with a list of everything that could not be
//! carried over and why. Plain Rust, for the `timeline-import` binary and for the widget's
//! full build, which converts a TimelineJS3 file given where a story was expected.

mod builder;
pub mod csv;
mod dates;
mod entities;
pub mod html;
mod media;
pub mod sources;

use builder::{plain, Builder};
use sources::{Read, SlideKind};

use crate::checker::{check, Problem};
use crate::format::{Event, Story, TimelineData};

/// Something of the input the output does not carry, or carries differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Where (`events[3] "Ada Lovelace"`, `line 5`, `the file`).
    pub at: String,
    pub what: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

/// A converted story and the report of what changed on the way.
#[derive(Debug)]
pub struct Imported {
    /// The story, checked (its `timeline` is what `timeline-import` writes).
    pub story: Story,
    pub notes: Vec<Note>,
}

/// Why a file could not be converted, with what was found on the way (each event left out and
/// why), so the reader sees the reasons and not only the verdict.
#[derive(Debug)]
pub struct Failure {
    pub why: String,
    pub notes: Vec<Note>,
}

impl From<String> for Failure {
    fn from(why: String) -> Self {
        Failure {
            why,
            notes: Vec::new(),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.why)
    }
}

/// Which of TimelineJS's inputs a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Json,
    Csv,
}

/// Converts a TimelineJS file's bytes; `name` titles a story that has no title slide.
pub fn import(bytes: &[u8], input: Input, name: &str) -> Result<Imported, Failure> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "byte {at} (line {line}) is not UTF-8; save the file as UTF-8 (in a spreadsheet: \
             \"CSV UTF-8\") and import it again"
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let read = match input {
        Input::Json => sources::from_json(text)?,
        Input::Csv => sources::from_csv(text)?,
    };
    let unknown_reference = html::unknown_reference(text);
    let mut imported = convert(read, name)?;
    if let Some(reference) = unknown_reference {
        imported.notes.push(Note {
            at: "the file".into(),
            what: format!(
                "'{reference}' is kept as written: it is not one of the HTML 4 character \
                 references this importer reads; write the character itself"
            ),
        });
    }
    Ok(imported)
}

/// Which of TimelineJS's inputs a text is, told by its content: a JSON object whose events,
/// eras or title are TimelineJS3's (`start_date`, a title slide), or a CSV whose header row
/// names the template's `Year` and `Headline` columns. `None` for anything else, our own
/// format included (its events have a `time`, its title is text).
pub fn recognise(text: &str) -> Option<Input> {
    let text = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if text.starts_with('{') {
        let doc = crate::checker::json::read(text)?;
        let mut slides = ["events", "eras"]
            .into_iter()
            .filter_map(|list| doc.get(list)?.as_array())
            .flatten();
        let timelinejs = doc.get("title").is_some_and(|t| t.as_object().is_some())
            || slides.any(|s| s.get("start_date").is_some());
        return timelinejs.then_some(Input::Json);
    }
    let header = text.lines().next()?;
    let (_, names) = csv::parse(header).ok()?.into_iter().next()?;
    let has = |column: &str| names.iter().any(|n| n.trim().eq_ignore_ascii_case(column));
    (has("year") && has("headline")).then_some(Input::Csv)
}

/// A TimelineJS3 file given to the widget where a story was expected (the element's `src`):
/// converted as `timeline-import` converts it, with what was not carried over in one message
/// for the console; when nothing can be shown, the problems are that report and the reason.
pub fn for_widget(text: &str, input: Input) -> (Result<Story, Vec<Problem>>, Option<String>) {
    let kind = match input {
        Input::Json => "a TimelineJS3 JSON file",
        Input::Csv => "a TimelineJS3 spreadsheet saved as CSV",
    };
    let report = |notes: &[Note]| {
        let lines: Vec<String> = notes.iter().map(|n| format!("\n- {n}")).collect();
        format!(
            "event-timeline: read {kind}; not carried over:{}",
            lines.concat()
        )
    };
    // The widget decodes fetched bytes as a browser does: what was not UTF-8 is U+FFFD now.
    let undecoded = text.contains('\u{fffd}').then(|| Note {
        at: "the file".into(),
        what: "some of its bytes are not UTF-8 and show as \u{fffd}: save it as UTF-8 (in a \
               spreadsheet: \"CSV UTF-8\")"
            .into(),
    });
    let (story, mut notes) = match import(text.as_bytes(), input, "Timeline") {
        Ok(imported) => (Ok(imported.story), imported.notes),
        Err(failure) => (Err(failure.why), failure.notes),
    };
    notes.extend(undecoded);
    let said = (!notes.is_empty()).then(|| report(&notes));
    let story = story.map_err(|why| {
        let mut problems: Vec<Problem> = notes
            .iter()
            .map(|n| Problem::at("", n.to_string()))
            .collect();
        problems.push(Problem::at(
            "",
            format!("{kind} that could not be converted: {why}"),
        ));
        problems
    });
    (story, said)
}

/// Builds our timeline from the slides.
fn convert(read: Read, name: &str) -> Result<Imported, Failure> {
    let mut b = Builder::default();
    for unknown in &read.unknown {
        b.note(
            "the file",
            format!("{unknown} is not carried over: TimelineJS does not define it"),
        );
    }
    let mut title = None;
    let mut events: Vec<(i64, Event)> = Vec::new();
    for slide in &read.slides {
        let at = match plain(&slide.headline) {
            h if h.is_empty() => slide.origin.clone(),
            h => format!("{} \"{h}\"", slide.origin),
        };
        for field in &slide.unknown {
            b.note(&at, format!("field '{field}' is not carried over"));
        }
        match slide.kind {
            SlideKind::Era => b.era(slide, &at),
            SlideKind::Title if title.is_none() => title = Some(b.title(slide, &at)),
            SlideKind::Title => b.note(&at, "a second title slide is not carried over".into()),
            SlideKind::Event => {
                if let Some(event) = b.event(slide, &at) {
                    events.push(event);
                }
            }
        }
    }
    if events.is_empty() {
        return Err(Failure {
            why: "no event could be carried over (each one's reason is listed above); a story \
                  needs at least one"
                .into(),
            notes: b.notes,
        });
    }
    // Our events are in time order; TimelineJS sorts them itself. Equal times keep their order.
    events.sort_by_key(|(key, _)| *key);
    let (title, description) = title.unwrap_or_else(|| {
        b.note(
            "the file",
            format!("it has no title slide: the story is titled \"{name}\""),
        );
        (name.to_string(), String::new())
    });
    let timeline = TimelineData {
        schema: None,
        lang: None,
        dir: None,
        messages: Default::default(),
        title,
        description,
        summary: Vec::new(),
        events: events.into_iter().map(|(_, e)| e).collect(),
        comparisons: Vec::new(),
        references: b.references,
        updates: Vec::new(),
        eras: std::mem::take(&mut b.eras),
        tracks: std::mem::take(&mut b.tracks),
    };
    // Valid by construction; should this ever fail, say so rather than give a broken story.
    match check(timeline) {
        Ok(story) => Ok(Imported {
            story,
            notes: b.notes,
        }),
        Err(problems) => {
            let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
            Err(Failure::from(format!(
                "the converted story does not pass the checker (a bug in timeline-import): {}",
                listed.join("; ")
            )))
        }
    }
}
