//! TimelineJS3's two inputs, its JSON format and its spreadsheet template as CSV, read into
//! one list of slides, each knowing where it came from for the report.

use super::csv;
use crate::checker::json::{parse, Json};

/// A date as TimelineJS gives it: every part as written (a number or a string).
#[derive(Debug, Default, Clone)]
pub struct SlideDate {
    pub year: String,
    pub month: String,
    pub day: String,
    pub hour: String,
    pub minute: String,
    pub second: String,
    pub millisecond: String,
}

impl SlideDate {
    pub fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day, &self.hour, &self.minute]
            .iter()
            .all(|p| p.trim().is_empty())
    }
}

#[derive(Debug, Default, Clone)]
pub struct SlideMedia {
    pub url: String,
    pub caption: String,
    pub credit: String,
    pub alt: String,
    pub title: String,
    pub thumbnail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlideKind {
    Title,
    Era,
    #[default]
    Event,
}

/// One slide of a TimelineJS story.
#[derive(Debug, Default, Clone)]
pub struct Slide {
    /// Where it is in the input (`events[3]`, `row 5`).
    pub origin: String,
    pub kind: SlideKind,
    pub start: SlideDate,
    pub end: SlideDate,
    pub display_date: String,
    pub headline: String,
    pub text: String,
    pub media: Option<SlideMedia>,
    pub group: String,
    pub unique_id: String,
    pub background: bool,
    /// Fields this reader does not know, by name.
    pub unknown: Vec<String>,
}

/// A JSON value as text: TimelineJS writes dates as numbers or strings alike.
fn text(v: &Json, key: &str) -> String {
    match v.get(key) {
        Some(Json::String(s) | Json::Number(s)) => s.clone(),
        _ => String::new(),
    }
}

fn date(v: Option<&Json>) -> SlideDate {
    let Some(v) = v else {
        return SlideDate::default();
    };
    SlideDate {
        year: text(v, "year"),
        month: text(v, "month"),
        day: text(v, "day"),
        hour: text(v, "hour"),
        minute: text(v, "minute"),
        second: text(v, "second"),
        millisecond: text(v, "millisecond"),
    }
}

const SLIDE_FIELDS: [&str; 12] = [
    "start_date",
    "end_date",
    "display_date",
    "text",
    "media",
    "group",
    "unique_id",
    "background",
    "autolink",
    "type",
    "scale",
    "display",
];

fn slide(v: &Json, origin: String, kind: SlideKind) -> Slide {
    let texts = v.get("text");
    let media = v.get("media").map(|m| SlideMedia {
        url: text(m, "url"),
        caption: text(m, "caption"),
        credit: text(m, "credit"),
        alt: text(m, "alt"),
        title: text(m, "title"),
        thumbnail: text(m, "thumbnail"),
    });
    let unknown = v
        .as_object()
        .unwrap_or_default()
        .iter()
        .filter(|(k, _)| !SLIDE_FIELDS.contains(&k.as_str()))
        .map(|(k, _)| k.clone())
        .collect();
    Slide {
        origin,
        kind,
        start: date(v.get("start_date")),
        end: date(v.get("end_date")),
        // The slide's own, else the one its start date may carry.
        display_date: Some(text(v, "display_date"))
            .filter(|d| !d.trim().is_empty())
            .or_else(|| v.get("start_date").map(|d| text(d, "display_date")))
            .unwrap_or_default(),
        headline: texts.map(|t| text(t, "headline")).unwrap_or_default(),
        text: texts.map(|t| text(t, "text")).unwrap_or_default(),
        media: media.filter(|m| !m.url.trim().is_empty()),
        group: text(v, "group"),
        unique_id: text(v, "unique_id"),
        background: v.get("background").is_some_and(|b| *b != Json::Null),
        unknown,
    }
}

/// What a reader found: the slides, and the input's parts it does not know (by name).
pub struct Read {
    pub slides: Vec<Slide>,
    pub unknown: Vec<String>,
}

/// The slides of a TimelineJS JSON document.
pub fn from_json(source: &str) -> Result<Read, String> {
    let doc = parse(source).map_err(|e| {
        format!(
            "line {}, column {}: not JSON: {}",
            e.line, e.column, e.message
        )
    })?;
    let events = doc
        .get("events")
        .and_then(Json::as_array)
        .ok_or("not a TimelineJS story: it has no 'events' list")?;
    let mut slides = Vec::new();
    if let Some(title) = doc.get("title").filter(|t| t.as_object().is_some()) {
        slides.push(slide(title, "title".into(), SlideKind::Title));
    }
    for (i, e) in doc
        .get("eras")
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        slides.push(slide(e, format!("eras[{i}]"), SlideKind::Era));
    }
    for (i, e) in events.iter().enumerate() {
        slides.push(slide(e, format!("events[{i}]"), SlideKind::Event));
    }
    let unknown = doc
        .as_object()
        .unwrap_or_default()
        .iter()
        .filter(|(k, _)| !["title", "events", "eras", "scale"].contains(&k.as_str()))
        .map(|(k, _)| format!("field '{k}'"))
        .collect();
    Ok(Read { slides, unknown })
}

/// The spreadsheet template's columns, as its header row names them.
const COLUMNS: [&str; 19] = [
    "year",
    "month",
    "day",
    "time",
    "end year",
    "end month",
    "end day",
    "end time",
    "display date",
    "headline",
    "text",
    "media",
    "media credit",
    "media caption",
    "media thumbnail",
    "alt text",
    "type",
    "group",
    "background",
];

/// `HH:MM`, `HH:MM:SS` or with `am`/`pm`, into (hour, minute, second); empty stays empty.
fn clock(text: &str) -> Result<(String, String, String), String> {
    let t = text.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Ok(Default::default());
    }
    let (t, pm) = match (t.strip_suffix("pm"), t.strip_suffix("am")) {
        (Some(rest), _) => (rest.trim().to_string(), Some(true)),
        (_, Some(rest)) => (rest.trim().to_string(), Some(false)),
        _ => (t.clone(), None),
    };
    let parts: Vec<&str> = t.split(':').collect();
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let (Some(mut hour), Some(minute)) = (
        parts.first().and_then(|h| number(h)),
        parts.get(1).map_or(Some(0), |m| number(m)),
    ) else {
        return Err(format!("time '{text}' is not HH:MM"));
    };
    match pm {
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let second = parts
        .get(2)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    Ok((hour.to_string(), minute.to_string(), second))
}

/// The slides of the spreadsheet template exported as CSV (header row first).
pub fn from_csv(source: &str) -> Result<Read, String> {
    let rows = csv::parse(source)?;
    let Some(((_, header), rows)) = rows.split_first() else {
        return Err("the file is empty".into());
    };
    let names: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let missing: Vec<&str> = ["year", "headline"]
        .into_iter()
        .filter(|c| !names.iter().any(|n| n == c))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "not TimelineJS's spreadsheet template: no column {} in the header row (found: {})",
            missing.join(", "),
            header.join(", ")
        ));
    }
    let unknown: Vec<String> = header
        .iter()
        .zip(&names)
        .filter(|(_, n)| !n.is_empty() && !COLUMNS.contains(&n.as_str()))
        .map(|(h, _)| format!("column '{}'", h.trim()))
        .collect();
    let mut slides = Vec::new();
    for (line, row) in rows {
        let cell = |name: &str| {
            names
                .iter()
                .position(|n| n == name)
                .and_then(|i| row.get(i))
                .map(|c| c.trim().to_string())
                .unwrap_or_default()
        };
        let origin = format!("line {line}");
        let (hour, minute, second) = clock(&cell("time")).map_err(|e| format!("{origin}: {e}"))?;
        let (end_hour, end_minute, end_second) =
            clock(&cell("end time")).map_err(|e| format!("{origin}: {e}"))?;
        let kind = match cell("type").to_ascii_lowercase().as_str() {
            "title" => SlideKind::Title,
            "era" => SlideKind::Era,
            _ => SlideKind::Event,
        };
        let media = SlideMedia {
            url: cell("media"),
            caption: cell("media caption"),
            credit: cell("media credit"),
            alt: cell("alt text"),
            title: String::new(),
            thumbnail: cell("media thumbnail"),
        };
        slides.push(Slide {
            origin,
            kind,
            start: SlideDate {
                year: cell("year"),
                month: cell("month"),
                day: cell("day"),
                hour,
                minute,
                second,
                millisecond: String::new(),
            },
            end: SlideDate {
                year: cell("end year"),
                month: cell("end month"),
                day: cell("end day"),
                hour: end_hour,
                minute: end_minute,
                second: end_second,
                millisecond: String::new(),
            },
            display_date: cell("display date"),
            headline: cell("headline"),
            text: cell("text"),
            media: (!media.url.is_empty()).then_some(media),
            group: cell("group"),
            unique_id: String::new(),
            background: !cell("background").is_empty(),
            unknown: Vec::new(),
        });
    }
    Ok(Read { slides, unknown })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_read_as_a_spreadsheet_writes_them() {
        assert_eq!(
            clock("14:05").unwrap(),
            ("14".into(), "5".into(), String::new())
        );
        assert_eq!(clock("2:30 PM").unwrap().0, "14");
        assert_eq!(clock("12:00 am").unwrap().0, "0");
        assert_eq!(clock("9:15:30").unwrap().2, "30");
        assert!(clock("noon").is_err());
    }
}
