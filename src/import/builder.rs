//! What accumulates while a TimelineJS story is converted (the references its links become,
//! its eras and tracks, the ids in use, the notes), and how each slide becomes our event, era
//! or title.

use std::collections::HashSet;

use super::dates::moment;
use super::html::{reduce, LINK_END, LINK_START};
use super::sources::Slide;
use super::Note;
use crate::checker::rules::check_link;
use crate::format::time::{Moment, Placement};
use crate::format::{is_valid_id, Era, Event, Reference, TimeForm, TimeSpec, Track};

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
pub(super) fn plain(html: &str) -> String {
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
pub(super) struct Builder {
    pub(super) references: Vec<Reference>,
    pub(super) eras: Vec<Era>,
    pub(super) tracks: Vec<Track>,
    ids: HashSet<String>,
    pub(super) notes: Vec<Note>,
}

impl Builder {
    pub(super) fn note(&mut self, at: &str, what: String) {
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
    pub(super) fn text(&mut self, html: &str, at: &str, field: &str) -> String {
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

    pub(super) fn title(&mut self, slide: &Slide, at: &str) -> (String, String) {
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
    pub(super) fn era(&mut self, slide: &Slide, at: &str) {
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

    pub(super) fn event(&mut self, slide: &Slide, at: &str) -> Option<(i64, Event)> {
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
