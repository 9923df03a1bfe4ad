//! Structural check of a parsed JSON document against the format, collecting every problem
//! (unknown fields, missing fields, wrong types) instead of stopping at the first as serde
//! does. The tables here are the single description that the JSON Schema test compares with.

use serde_json::Value;

use super::problem::Problem;
use super::time::DayPart;

/// What a value must look like.
#[derive(Debug)]
pub enum Shape {
    Text,
    Count,
    Part,
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

pub static SUMMARY_ITEM: &[Field] = &[req("label", Shape::Text), req("text", Shape::Text)];
pub static TIME: &[Field] = &[
    opt("at", Shape::Text),
    opt("date", Shape::Text),
    opt("part", Shape::Part),
    opt("after", Shape::Text),
    opt("phrase", Shape::Text),
];
pub static EVENT: &[Field] = &[
    req("id", Shape::Text),
    req("time", Shape::Object("time", TIME)),
    req("headline", Shape::Text),
    req("text", Shape::Text),
    opt("place", Shape::Text),
    opt("sides", Shape::List(&Shape::Text)),
    opt("attribution", Shape::Text),
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
pub static TIMELINE: &[Field] = &[
    opt("$schema", Shape::Text),
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
];

/// Every object kind by the name the JSON Schema's `$defs` use.
pub static OBJECTS: &[(&str, &[Field])] = &[
    ("timeline", TIMELINE),
    ("summaryItem", SUMMARY_ITEM),
    ("event", EVENT),
    ("time", TIME),
    ("comparison", COMPARISON),
    ("group", GROUP),
    ("claim", CLAIM),
    ("figure", FIGURE),
    ("reference", REFERENCE),
];

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Joins a JSON path and a field name (`events[2]` + `time` = `events[2].time`).
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// Checks a whole document; every problem found is pushed.
pub fn check_document(value: &Value, problems: &mut Vec<Problem>) {
    check(value, &Shape::Object("timeline", TIMELINE), "", problems);
}

fn check(value: &Value, shape: &Shape, path: &str, problems: &mut Vec<Problem>) {
    let mut wrong = |expected: &str| {
        problems.push(Problem::at(
            path,
            format!("expected {expected}, found {}", kind_of(value)),
        ))
    };
    match shape {
        Shape::Text if !value.is_string() => wrong("a string"),
        Shape::Count if !value.is_u64() => wrong("a whole number of 0 or more"),
        Shape::Part => match value.as_str() {
            None => wrong("a part of the day (a string)"),
            Some(text) if !DayPart::ALL.iter().any(|p| p.key() == text) => {
                let known: Vec<&str> = DayPart::ALL.iter().map(|p| p.key()).collect();
                problems.push(Problem::at(
                    path,
                    format!(
                        "unknown part of the day '{text}'; use one of: {}",
                        known.join(", ")
                    ),
                ));
            }
            Some(_) => {}
        },
        Shape::List(item) => match value.as_array() {
            None => wrong("a list"),
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    check(v, item, &format!("{path}[{i}]"), problems);
                }
            }
        },
        Shape::Object(name, fields) => match value.as_object() {
            None => wrong(&format!("an object ({name})")),
            Some(map) => {
                for key in map.keys() {
                    if !fields.iter().any(|f| f.name == key) {
                        let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
                        problems.push(Problem::at(
                            &join(path, key),
                            format!(
                                "unknown field '{key}' in {name}; allowed: {}",
                                known.join(", ")
                            ),
                        ));
                    }
                }
                for field in fields.iter() {
                    match map.get(field.name) {
                        None if field.required => problems.push(Problem::at(
                            path,
                            format!("missing required field '{}' in {name}", field.name),
                        )),
                        Some(Value::Null) if !field.required => {}
                        Some(v) => check(v, &field.shape, &join(path, field.name), problems),
                        None => {}
                    }
                }
            }
        },
        _ => {}
    }
}
