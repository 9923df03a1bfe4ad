//! Property tests: no input, however broken, makes the loader, the time parser or the
//! citation parser panic; broken documents always get located problems.

#![cfg(not(target_arch = "wasm32"))]

use event_timeline::checker::load;
use event_timeline::format::citation::{segments, Segment};
use event_timeline::format::time::Moment;

/// The raid's data file, read directly: these tests hold for any build of the crate.
const IDLIB_2014: &str = include_str!("../data/idlib-2014.json");
use proptest::prelude::*;
use serde_json::Value;

fn mutate(text: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, kind, c) in edits {
        if chars.is_empty() {
            chars.push(c);
            continue;
        }
        let at = at % chars.len();
        match kind % 3 {
            0 => {
                chars.remove(at);
            }
            1 => chars.insert(at, c),
            _ => chars[at] = c,
        }
    }
    chars.into_iter().collect()
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[a-z0-9 \\[\\]:T-]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a pseudo-random place in the document.
fn replace_somewhere(doc: &mut Value, mut choice: usize, new: Value) {
    let mut node = doc;
    loop {
        let len = match &*node {
            Value::Object(m) => m.len(),
            Value::Array(a) => a.len(),
            _ => 0,
        };
        if len == 0 || choice % 4 == 0 {
            *node = new;
            return;
        }
        let i = (choice / 4) % len;
        choice /= 7;
        node = match node {
            Value::Object(m) => m.values_mut().nth(i).unwrap(),
            Value::Array(a) => &mut a[i],
            _ => unreachable!(),
        };
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        // Anything at all gets a story or located reasons, never a panic and never silence.
        if let Err(problems) = load(&text) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| p.line.is_some() && !p.message.is_empty()));
        }
    }

    #[test]
    fn edited_documents_never_panic_and_problems_are_located(
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<char>()), 1..6)
    ) {
        let text = mutate(IDLIB_2014, &edits);
        if let Err(problems) = load(&text) {
            prop_assert!(!problems.is_empty());
            for p in &problems {
                prop_assert!(p.line.is_some() && p.column.is_some(), "{p}");
                prop_assert!(!p.message.is_empty());
            }
        }
    }

    #[test]
    fn structurally_mutated_documents_never_panic(choice in any::<usize>(), new in json_value()) {
        let mut doc: Value = serde_json::from_str(IDLIB_2014).unwrap();
        replace_somewhere(&mut doc, choice, new);
        let text = serde_json::to_string_pretty(&doc).unwrap();
        if let Err(problems) = load(&text) {
            for p in &problems {
                prop_assert!(p.line.is_some(), "{p}");
            }
        }
    }

    #[test]
    fn markers_and_text_reassemble(parts in prop::collection::vec(
        prop_oneof!["[^\\[]{0,8}".prop_map(Err), (1u32..1000).prop_map(Ok)], 0..8)
    ) {
        let text: String = parts.iter().map(|p| match p {
            Ok(n) => format!("[{n}]"),
            Err(t) => t.clone(),
        }).collect();
        let rebuilt: String = segments(&text).iter().map(|s| match s {
            Segment::Cite(n) => format!("[{n}]"),
            Segment::Text(t) => t.to_string(),
        }).collect();
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn any_string_is_a_moment_or_an_error(text in "\\PC{0,20}") {
        // Either a moment that spans some time, or a reason that quotes what it was given.
        match Moment::parse(&text) {
            Ok(m) => prop_assert!(m.start_minute() < m.end_minute()),
            Err(why) => prop_assert!(why.to_string().contains(&format!("'{text}'")), "{why}"),
        }
    }

    #[test]
    fn valid_moments_parse_and_order(y in 1000i32..3000, m in 1u32..=12, d in 1u32..=28,
                                     h in 0u32..24, mi in 0u32..60) {
        let a = Moment::parse(&format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}")).unwrap();
        let day = Moment::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap();
        prop_assert!(day.start_minute() <= a.start_minute());
        prop_assert!(a.end_minute() <= day.end_minute());
        prop_assert_eq!(a.minute_of_day, h * 60 + mi);
    }
}

#[test]
fn the_shipped_data_round_trips() {
    let story = load(IDLIB_2014).unwrap();
    let again = serde_json::to_string(&story.timeline).unwrap();
    assert_eq!(load(&again).unwrap(), story);
}
