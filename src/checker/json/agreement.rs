//! The checker's own JSON reader agrees with serde_json, which writes the
//! format: on random documents it reads the same values, and on broken texts (random edits of
//! valid ones) it refuses exactly what serde_json refuses. Its wordless form (`read`, the
//! viewer's) reads exactly what it reads.

use super::{parse, read, Json};
use proptest::prelude::*;
use serde_json::Value;

use crate::broken_corpus as broken;

/// serde_json's value for ours (numbers read by serde_json from the text ours kept).
fn as_serde(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(text) => serde_json::from_str(text).expect("a number serde_json reads"),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(as_serde).collect()),
        Json::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), as_serde(v)))
                .collect(),
        ),
    }
}

/// Text with escapes, quotes, controls, non-ASCII and astral characters.
fn text() -> impl Strategy<Value = String> {
    "[a-z \"\\\\/\u{0}-\u{1f}é’ء😀\u{2028}]{0,12}"
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1.0e300f64..1.0e300).prop_map(Value::from),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(text(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Characters that matter to JSON's grammar, for edits that break a text.
const EDITS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "-", "+", ".", "e", "0", "1", " ", "\n", "\t", "t",
    "n", "u", "\\u", "\\ud800", "\u{1}", "é",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn reads_what_serde_json_writes(value in value(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let read = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e:?}")))?;
        // Compared with serde_json's own reading: its float parsing does not always give back
        // the float it wrote (without its `float_roundtrip` feature).
        let theirs: Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(as_serde(&read), theirs);
    }

    #[test]
    fn refuses_what_serde_json_refuses(
        value in value(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..EDITS.len(), any::<bool>()), 1..3),
    ) {
        let mut text = serde_json::to_string(&value).unwrap();
        for (at, edit, delete) in edits {
            let boundaries: Vec<usize> =
                (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let i = boundaries[at.index(boundaries.len())];
            if delete && i < text.len() {
                let next = boundaries.iter().find(|&&b| b > i).copied().unwrap();
                text.replace_range(i..next, "");
            } else {
                text.insert_str(i, EDITS[edit]);
            }
        }
        let ours = parse(&text);
        prop_assert_eq!(read(&text), ours.clone().ok());
        let theirs = serde_json::from_str::<Value>(&text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => prop_assert_eq!(&as_serde(ours), theirs),
            (Err(_), Err(_)) => {}
            // serde_json refuses numbers beyond f64; ours keeps the text (the format's whole
            // numbers are checked later, with the number quoted).
            (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => {}
            _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }
}

#[test]
fn agrees_on_the_shipped_data_and_the_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("data/idlib-2014.json")];
    for dir in ["tests/data", "tests/data/timelinejs"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    let mut stories: Vec<(String, String)> = files
        .into_iter()
        .map(|f| {
            (
                f.display().to_string(),
                std::fs::read_to_string(&f).unwrap(),
            )
        })
        .collect();
    stories.extend(broken::corpus());
    assert!(stories.len() > 60);
    for (file, text) in stories {
        let theirs = serde_json::from_str::<Value>(&text).ok();
        assert_eq!(parse(&text).ok().as_ref().map(as_serde), theirs, "{file}");
    }
}

#[test]
fn nesting_deeper_than_serde_json_allows_is_refused_by_both() {
    for depth in [127, 128, 129, 200] {
        let text = "[".repeat(depth) + &"]".repeat(depth);
        assert_eq!(
            parse(&text).is_ok(),
            serde_json::from_str::<Value>(&text).is_ok(),
            "depth {depth}"
        );
    }
}
