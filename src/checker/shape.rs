//! Structural check of a parsed JSON document against the format, collecting every problem
//! (unknown fields, missing fields, wrong types) instead of stopping at the first as serde
//! does. The tables here are the single description that the JSON Schema test compares with.

use super::json::Json;

use super::problem::Problem;
use crate::format::keyword::words_of;
use crate::format::{DayPart, Dir, MediaKind, UpdateKind};

/// What a value must look like.
#[derive(Debug)]
pub enum Shape {
    Text,
    Count,
    /// One of a keyword field's words: what the field is, its words, and advice for a wrong one.
    Word(&'static str, fn() -> Vec<&'static str>, &'static str),
    /// An object of texts under any names (the names are checked later).
    TextMap,
    List(&'static Shape),
    Object(&'static str, &'static [Field]),
}

/// One field of an object; optional fields may also be `null`.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
}

const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: true,
    }
}

const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        required: false,
    }
}

const PART: Shape = Shape::Word("part of the day", words_of::<DayPart>, "");
const MEDIA_KIND: Shape = Shape::Word(
    "kind",
    words_of::<MediaKind>,
    " (image: a picture shown in the event; link: any other page, such as a video, a map or \
     an article, shown as a link)",
);
const UPDATE_KIND: Shape = Shape::Word(
    "kind",
    words_of::<UpdateKind>,
    " (correction: something was wrong; update: something was added; clarification: something \
     was unclear)",
);
const DIR: Shape = Shape::Word(
    "direction",
    words_of::<Dir>,
    " (or leave it out: the language says)",
);

pub static SUMMARY_ITEM: &[Field] = &[req("label", Shape::Text), req("text", Shape::Text)];
pub static TIME: &[Field] = &[
    opt("at", Shape::Text),
    opt("date", Shape::Text),
    opt("part", PART),
    opt("after", Shape::Text),
    opt("about", Shape::Text),
    opt("before", Shape::Text),
    opt("between", Shape::Text),
    opt("and", Shape::Text),
    opt("phrase", Shape::Text),
];
/// An event's end: the forms of a time, or the moment another event happened.
pub static END: &[Field] = &[
    opt("at", Shape::Text),
    opt("date", Shape::Text),
    opt("part", PART),
    opt("after", Shape::Text),
    opt("event", Shape::Text),
    opt("phrase", Shape::Text),
];
pub static EVENT: &[Field] = &[
    req("id", Shape::Text),
    req("time", Shape::Object("time", TIME)),
    opt("end", Shape::Object("end", END)),
    req("headline", Shape::Text),
    opt("text", Shape::Text),
    opt("media", Shape::Object("media", MEDIA)),
    opt("place", Shape::Text),
    opt("sides", Shape::List(&Shape::Text)),
    opt("attribution", Shape::Text),
    opt("track", Shape::Text),
];
pub static MEDIA: &[Field] = &[
    req("kind", MEDIA_KIND),
    req("url", Shape::Text),
    opt("alt", Shape::Text),
    opt("title", Shape::Text),
    opt("caption", Shape::Text),
    opt("credit", Shape::Text),
];
pub static GROUP: &[Field] = &[req("id", Shape::Text), req("label", Shape::Text)];
pub static FIGURE: &[Field] = &[
    req("group", Shape::Text),
    req("value", Shape::Text),
    opt("low", Shape::Count),
    opt("high", Shape::Count),
];
pub static CLAIM: &[Field] = &[
    req("id", Shape::Text),
    req("attribution", Shape::Text),
    req("text", Shape::Text),
    req("figures", Shape::List(&Shape::Object("figure", FIGURE))),
];
pub static COMPARISON: &[Field] = &[
    req("id", Shape::Text),
    req("title", Shape::Text),
    req("groups", Shape::List(&Shape::Object("group", GROUP))),
    req("claims", Shape::List(&Shape::Object("claim", CLAIM))),
];
pub static REFERENCE: &[Field] = &[
    req("id", Shape::Count),
    opt("title", Shape::Text),
    opt("publisher", Shape::Text),
    opt("date", Shape::Text),
    opt("url", Shape::Text),
];
pub static UPDATE: &[Field] = &[
    req("date", Shape::Text),
    req("kind", UPDATE_KIND),
    req("text", Shape::Text),
    opt("events", Shape::List(&Shape::Text)),
];
pub static ERA: &[Field] = &[
    req("label", Shape::Text),
    req("start", Shape::Text),
    req("end", Shape::Text),
    opt("description", Shape::Text),
];
pub static TRACK: &[Field] = &[req("id", Shape::Text), req("label", Shape::Text)];
pub static TIMELINE: &[Field] = &[
    opt("$schema", Shape::Text),
    opt("lang", Shape::Text),
    opt("dir", DIR),
    opt("messages", Shape::TextMap),
    req("title", Shape::Text),
    opt("description", Shape::Text),
    opt(
        "summary",
        Shape::List(&Shape::Object("summaryItem", SUMMARY_ITEM)),
    ),
    req("events", Shape::List(&Shape::Object("event", EVENT))),
    opt(
        "comparisons",
        Shape::List(&Shape::Object("comparison", COMPARISON)),
    ),
    opt(
        "references",
        Shape::List(&Shape::Object("reference", REFERENCE)),
    ),
    opt("updates", Shape::List(&Shape::Object("update", UPDATE))),
    opt("eras", Shape::List(&Shape::Object("era", ERA))),
    opt("tracks", Shape::List(&Shape::Object("track", TRACK))),
];

/// Every object kind by the name the JSON Schema's `$defs` use (held to the schema by
/// `schema_sync`).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub static OBJECTS: &[(&str, &[Field])] = &[
    ("timeline", TIMELINE),
    ("summaryItem", SUMMARY_ITEM),
    ("event", EVENT),
    ("time", TIME),
    ("end", END),
    ("media", MEDIA),
    ("comparison", COMPARISON),
    ("group", GROUP),
    ("claim", CLAIM),
    ("figure", FIGURE),
    ("reference", REFERENCE),
    ("update", UPDATE),
    ("era", ERA),
    ("track", TRACK),
];

fn kind_of(value: &Json) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => format!("the number {n}"),
        Json::String(_) => "a string".into(),
        Json::Array(_) => "a list".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// Where a value is in the document, written out (`events[2].time`) only when a problem is
/// reported there: formatting every path of a valid 10,000-event file cost more than checking it.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Field(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Field(At::Root, name) => f.write_str(name),
            At::Field(parent, name) => write!(f, "{parent}.{name}"),
            At::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// What the structural check found: the problems, and the paths it had to repair so that
/// the later checks can still run without repeating those problems.
#[derive(Debug, Default)]
pub struct Findings {
    pub problems: Vec<Problem>,
    pub repaired: Vec<String>,
}

impl Findings {
    /// True when a later problem at `path` would only echo a structural one.
    pub fn covers(&self, path: &str) -> bool {
        self.repaired.iter().any(|r| {
            r.is_empty()
                || path == r
                || path
                    .strip_prefix(r.as_str())
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
    }

    fn report(&mut self, at: &At, message: String) {
        self.problems.push(Problem::at(&at.to_string(), message));
    }
}

/// Checks a whole document, reporting every structural problem and repairing the document
/// in place (dropping unknown fields, filling wrong or missing values with empty ones) so
/// that it can still be read and checked for the remaining problems.
pub fn check_document(value: &mut Json) -> Findings {
    let mut findings = Findings::default();
    check(
        value,
        &Shape::Object("timeline", TIMELINE),
        At::Root,
        &mut findings,
    );
    findings
}

/// The empty value of a shape, used to stand in for a wrong or missing one.
fn empty(shape: &Shape) -> Json {
    match shape {
        Shape::Text => Json::String(String::new()),
        Shape::Count => Json::Number("0".into()),
        // A word that is missing or unknown reads as left out (`convert` drops what needs it).
        Shape::Word(..) => Json::Null,
        Shape::TextMap => Json::Object(Vec::new()),
        Shape::List(_) => Json::Array(Vec::new()),
        Shape::Object(_, fields) => Json::Object(
            fields
                .iter()
                .filter(|f| f.required)
                .map(|f| (f.name.to_string(), empty(&f.shape)))
                .collect(),
        ),
    }
}

fn check(value: &mut Json, shape: &Shape, path: At, findings: &mut Findings) {
    let expected = match shape {
        Shape::Text if value.as_str().is_none() => Some("a string".to_string()),
        Shape::Count if value.as_u64().is_none() => Some("a whole number of 0 or more".to_string()),
        Shape::Word(what, ..) if value.as_str().is_none() => Some(format!("a {what} (a string)")),
        Shape::List(_) if value.as_array().is_none() => Some("a list".to_string()),
        Shape::TextMap if value.as_object().is_none() => Some("an object of texts".to_string()),
        Shape::Object(name, _) if value.as_object().is_none() => {
            Some(format!("an object ({name})"))
        }
        _ => None,
    };
    if let Some(expected) = expected {
        let mut message = format!("expected {expected}, found {}", kind_of(value));
        if let (Shape::Count, Json::String(text)) = (shape, &*value) {
            if text.trim().parse::<u64>().is_ok() {
                message = format!(
                    "expected {expected}, found the string \"{text}\": write it without quotes, {}",
                    text.trim()
                );
            }
        }
        findings.report(&path, message);
        findings.repaired.push(path.to_string());
        *value = empty(shape);
        return;
    }
    match (shape, value) {
        (Shape::Word(what, words, advice), word) => {
            let words = words();
            let unknown = word.as_str().filter(|text| !words.contains(text));
            if let Some(text) = unknown.map(str::to_string) {
                findings.report(
                    &path,
                    format!(
                        "unknown {what} '{text}'; use one of: {}{advice}",
                        words.join(", ")
                    ),
                );
                findings.repaired.push(path.to_string());
                *word = Json::Null;
            }
        }
        (Shape::TextMap, Json::Object(map)) => {
            for (key, v) in map.iter_mut() {
                check(v, &Shape::Text, At::Field(&path, key), findings);
            }
        }
        (Shape::List(item), Json::Array(items)) => {
            for (i, v) in items.iter_mut().enumerate() {
                check(v, item, At::Index(&path, i), findings);
            }
        }
        (Shape::Object(name, fields), Json::Object(map)) => {
            let before = findings.problems.len();
            map.retain(|(key, _)| {
                let known = fields.iter().any(|f| f.name == key);
                if !known {
                    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    findings.report(
                        &At::Field(&path, key),
                        format!(
                            "unknown field '{key}' in {name}; allowed: {}",
                            names.join(", ")
                        ),
                    );
                }
                known
            });
            for field in fields.iter() {
                let field_path = At::Field(&path, field.name);
                match map.iter_mut().find(|(key, _)| key == field.name) {
                    None if field.required => {
                        findings.report(
                            &path,
                            format!("missing required field '{}' in {name}", field.name),
                        );
                        findings.repaired.push(field_path.to_string());
                        map.push((field.name.to_string(), empty(&field.shape)));
                    }
                    Some((_, Json::Null)) if !field.required => {}
                    Some((_, v)) => check(v, &field.shape, field_path, findings),
                    None => {}
                }
            }
            let is_time = *name == "time" || *name == "end";
            if is_time && findings.problems.len() == before {
                if let Some(problem) = time_form_problem(map, *name == "end") {
                    findings.report(&path, problem.into());
                }
            }
            // A broken time cannot place its event: drop it whole, so that the order of the
            // events around it is not judged on a guess.
            if is_time && findings.problems.len() > before {
                map.clear();
                findings.repaired.push(path.to_string());
            }
        }
        _ => {}
    }
}

/// What is wrong with the fields a time gives, if they are not exactly one of its forms.
fn time_form_problem(map: &[(String, Json)], end: bool) -> Option<&'static str> {
    let has = |key: &str| {
        map.iter()
            .any(|(k, v)| k == key && !matches!(v, Json::Null))
    };
    let forms = [
        has("at"),
        has("date") || has("part"),
        has("after"),
        has("event"),
        has("about"),
        has("before"),
        has("between") || has("and"),
    ];
    if forms.iter().filter(|given| **given).count() != 1 {
        return Some(if end {
            "give exactly one of: 'at' (an exact time), 'date' with 'part' (a part of a day), \
             'after' (an event's id: some time after it) or 'event' (an event's id: when it \
             happened)"
        } else {
            "give exactly one of: 'at' (an exact time), 'date' with 'part' (a part of a day), \
             'after' (an earlier event's id), 'about' (c. a moment), 'before' (a moment) or \
             'between' with 'and' (two moments)"
        });
    }
    match (has("date"), has("part")) {
        (false, true) => Some("'part' needs a 'date' (YYYY-MM-DD)"),
        _ if has("between") != has("and") => {
            Some("'between' and 'and' go together: the two moments the time lies between")
        }
        (true, false) => Some("'date' needs a 'part' of the day; for a whole day use 'at'"),
        _ => None,
    }
}
