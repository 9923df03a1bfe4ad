//! `timeline-import`: a TimelineJS3 story (its JSON format, or its spreadsheet template as
//! CSV) in our format, valid by construction, with a list of everything that could not be
//! carried over and why. Plain Rust, for the `timeline-import` binary and for the widget's
//! full build, which converts a TimelineJS3 file given where a story was expected.

pub mod csv;
mod dates;
mod entities;
pub mod html;
mod media;
pub mod sources;

use std::collections::HashSet;

use dates::moment;
use html::{reduce, LINK_END, LINK_START};
use sources::{Read, Slide, SlideKind};

use crate::checker::rules::check_link;
use crate::checker::{check, Problem};
use crate::format::time::{Moment, Placement};
use crate::format::{
    is_valid_id, Era, Event, Reference, Story, TimeForm, TimeSpec, TimelineData, Track,
};

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

/// Lowercase ASCII letters and digits joined by single hyphens, at most 48 characters: an id.
fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in text.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s: String = s.trim_end_matches('-').chars().take(48).collect();
    s.trim_end_matches('-').to_string()
}

/// HTML to plain text, links dropped (for titles, alt texts and the like).
fn plain(html: &str) -> String {
    let r = reduce(html);
    let mut out = String::new();
    let mut skipping = false;
    for c in r.text.chars() {
        match c {
            LINK_START => skipping = true,
            LINK_END => skipping = false,
            _ if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

/// What accumulates while converting: the references the links become, the ids in use, notes.
#[derive(Default)]
struct Builder {
    references: Vec<Reference>,
    eras: Vec<Era>,
    tracks: Vec<Track>,
    ids: HashSet<String>,
    notes: Vec<Note>,
}

impl Builder {
    fn note(&mut self, at: &str, what: String) {
        self.notes.push(Note {
            at: at.to_string(),
            what,
        });
    }

    /// The citation number of a link, one reference per address.
    fn cite(&mut self, href: &str, label: &str) -> Option<u32> {
        check_link(href).ok()?;
        if let Some(r) = self
            .references
            .iter()
            .find(|r| r.url.as_deref() == Some(href))
        {
            return Some(r.id);
        }
        let id = self.references.len() as u32 + 1;
        let title = (!label.is_empty() && label != href).then(|| label.to_string());
        self.references.push(Reference {
            id,
            title,
            publisher: None,
            date: None,
            url: Some(href.to_string()),
        });
        Some(id)
    }

    /// HTML to our text: links become citations, literal `[n]` (which would read as one)
    /// becomes `(n)`, and the report says what was reduced.
    fn text(&mut self, html: &str, at: &str, field: &str) -> String {
        let reduced = reduce(html);
        let tags: Vec<String> = reduced
            .dropped_tags
            .iter()
            .map(|t| format!("<{t}>"))
            .collect();
        if !tags.is_empty() {
            self.note(
                at,
                format!("{field}: HTML reduced to text ({})", tags.join(", ")),
            );
        }
        // Each number once: one replacement writes every occurrence.
        let mut literal = crate::format::citation::cited_numbers(&reduced.text);
        literal.sort_unstable();
        literal.dedup();
        let mut text = reduced.text;
        for n in literal {
            text = text.replace(&format!("[{n}]"), &format!("({n})"));
            self.note(
                at,
                format!("{field}: '[{n}]' would read as a citation: written as ({n})"),
            );
        }
        for (k, link) in reduced.links.iter().enumerate() {
            let placeholder = format!("{LINK_START}{k}{LINK_END}");
            let marker = match self.cite(&link.href, &link.label) {
                Some(n) => format!("[{n}]"),
                None => {
                    self.note(
                        at,
                        format!(
                            "{field}: link to '{}' dropped (only http and https links become \
                             references); its words stay",
                            link.href
                        ),
                    );
                    String::new()
                }
            };
            text = text.replace(&placeholder, &marker);
        }
        text
    }

    fn title(&mut self, slide: &Slide, at: &str) -> (String, String) {
        if slide.media.is_some() {
            self.note(
                at,
                "the title slide's media is not carried over: the format has none for a story"
                    .into(),
            );
        }
        if slide.background {
            self.note(
                at,
                "background is not carried over: the widget keeps its own colours".into(),
            );
        }
        let title = plain(&slide.headline);
        let description = self.text(&slide.text, at, "text");
        (title, description)
    }

    /// A TimelineJS era: its headline is the label, its text the description; both dates as
    /// precise as given, the end not before the start.
    fn era(&mut self, slide: &Slide, at: &str) {
        let label = plain(&slide.headline);
        // `moment` speaks of a start date when the year is missing: an end without one is said
        // here.
        let dates = moment(&slide.start).and_then(|start| match slide.end.year.trim() {
            "" => Err("it has no end date (TimelineJS needs a year)".to_string()),
            _ => Ok((start, moment(&slide.end)?)),
        });
        let ((start, start_note), (end, end_note)) = match (label.is_empty(), dates) {
            (true, _) => {
                return self.note(
                    at,
                    "not carried over: an era needs a headline for its label".into(),
                )
            }
            (_, Err(why)) => return self.note(at, format!("not carried over: {why}")),
            (_, Ok(dates)) => dates,
        };
        let (from, to) = (Moment::parse(&start), Moment::parse(&end));
        if let (Ok(from), Ok(to)) = (from, to) {
            if to.end_minute() <= from.start_minute() {
                return self.note(
                    at,
                    format!("not carried over: it ends ({end}) before it starts ({start})"),
                );
            }
        }
        for note in [start_note, end_note].into_iter().flatten() {
            self.note(at, note);
        }
        let description = self.text(&slide.text, at, "text");
        self.eras.push(Era {
            label,
            start,
            end,
            description: Some(description).filter(|d| !d.trim().is_empty()),
        });
    }

    fn event(&mut self, slide: &Slide, at: &str) -> Option<(i64, Event)> {
        let headline = self.text(&slide.headline, at, "headline");
        if headline.is_empty() {
            self.note(
                at,
                "not carried over: it has no headline, and every event needs one".into(),
            );
            return None;
        }
        let (time, key) = match moment(&slide.start) {
            Ok((at_text, dropped)) => {
                if let Some(dropped) = dropped {
                    self.note(at, dropped);
                }
                let key = Moment::parse(&at_text)
                    .map(|m| Placement::exact(&m).key)
                    .ok()?;
                (at_text, key)
            }
            Err(why) => {
                self.note(at, format!("not carried over: {why}"));
                return None;
            }
        };
        let end = self.end(slide, &time, at);
        if slide.background {
            self.note(
                at,
                "background is not carried over: the format has no backgrounds".into(),
            );
        }
        let track = self.track(&slide.group);
        let mut text = self.text(&slide.text, at, "text");
        let media = slide
            .media
            .as_ref()
            .and_then(|m| self.media(m, &plain(&slide.headline), &mut text, at));
        let phrase = Some(plain(&slide.display_date)).filter(|p| !p.is_empty());
        let id = self.id(&slide.unique_id, &plain(&slide.headline), at);
        let event = Event {
            id,
            time: TimeSpec {
                form: TimeForm::At { at: time },
                phrase,
            },
            headline,
            text,
            media,
            place: None,
            sides: Vec::new(),
            attribution: None,
            track,
            end,
        };
        Some((key, event))
    }

    /// An event's end date as its `end`, as precise as given; one it cannot read, or before
    /// the start, is dropped and said.
    fn end(&mut self, slide: &Slide, start: &str, at: &str) -> Option<TimeSpec> {
        if slide.end.is_empty() {
            return None;
        }
        let end = match slide.end.year.trim() {
            "" => Err("it has no year".to_string()),
            _ => moment(&slide.end),
        };
        let span = |text: &str| Moment::parse(text).map(|m| (m.start_minute(), m.end_minute()));
        match end {
            Ok((end, dropped)) => {
                if let Some(dropped) = dropped {
                    self.note(at, format!("end date: {dropped}"));
                }
                match (span(start), span(&end)) {
                    (Ok((first, _)), Ok((_, last))) if last <= first => {
                        self.note(
                            at,
                            format!("end date {end} dropped: it is before the start ({start})"),
                        );
                        None
                    }
                    _ => Some(TimeSpec {
                        form: TimeForm::At { at: end },
                        phrase: None,
                    }),
                }
            }
            Err(why) => {
                self.note(at, format!("end date dropped: {why}"));
                None
            }
        }
    }

    /// The id of the track for a TimelineJS group (its name as the label), made the first
    /// time the group is seen: tracks are drawn in the order their groups first appear.
    fn track(&mut self, group: &str) -> Option<String> {
        let label = plain(group);
        if label.is_empty() {
            return None;
        }
        if let Some(track) = self.tracks.iter().find(|t| t.label == label) {
            return Some(track.id.clone());
        }
        let base = Some(slug(&label))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "track".into());
        let mut id = base.clone();
        let mut n = 2;
        while self.tracks.iter().any(|t| t.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.tracks.push(Track {
            id: id.clone(),
            label,
        });
        Some(id)
    }

    /// A usable, unused id: the slide's own when it is one, else made from the headline.
    fn id(&mut self, unique_id: &str, headline: &str, at: &str) -> String {
        let wanted = if unique_id.is_empty() {
            slug(headline)
        } else if is_valid_id(unique_id) {
            unique_id.to_string()
        } else {
            let id = slug(unique_id);
            self.note(at, format!("unique_id '{unique_id}' becomes '{id}' (ids are lowercase letters, digits and hyphens)"));
            id
        };
        let base = if wanted.is_empty() {
            "event".to_string()
        } else {
            wanted
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }
}
