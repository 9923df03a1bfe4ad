//! The published JSON Schema and the checker's own description of the format must agree,
//! field by field; and the schema must accept the shipped data.

use std::collections::BTreeSet;

use super::shape::{Shape, OBJECTS};
use crate::format::IDLIB_2014;
use crate::languages::{Plural, KEYS, PLURAL_KEYS};
use serde_json::Value;

use crate::broken_corpus as broken;

fn schema() -> Value {
    serde_json::from_str(include_str!("../../schema/timeline.schema.json")).unwrap()
}

/// The set of JSON types a schema property allows, following one `$ref` (and each
/// alternative of an `anyOf`, the way an optional object allows `null`).
fn types(schema: &Value, property: &Value) -> BTreeSet<String> {
    if let Some(alternatives) = property.get("anyOf").and_then(Value::as_array) {
        return alternatives.iter().flat_map(|a| types(schema, a)).collect();
    }
    let target = match property.get("$ref").and_then(Value::as_str) {
        Some(r) => &schema["$defs"][r.trim_start_matches("#/$defs/")],
        None => property,
    };
    match &target["type"] {
        Value::String(t) => [t.clone()].into(),
        Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap().to_string()).collect(),
        other => panic!("no type in {property} ({other})"),
    }
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn schema_defines_exactly_the_fields_the_checker_knows() {
    let schema = schema();
    for (name, fields) in OBJECTS {
        let def = &schema["$defs"][*name];
        assert_eq!(def["type"], "object", "{name}");
        assert_eq!(
            def["additionalProperties"], false,
            "{name} must reject unknown fields"
        );
        let properties = def["properties"].as_object().unwrap();
        let in_schema: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
        let in_checker: BTreeSet<&str> = fields.iter().map(|f| f.name).collect();
        assert_eq!(in_schema, in_checker, "fields of {name}");
        let required: BTreeSet<&str> = def["required"]
            .as_array()
            .map(|r| r.iter().map(|v| v.as_str().unwrap()).collect())
            .unwrap_or_default();
        let required_in_checker: BTreeSet<&str> = fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name)
            .collect();
        assert_eq!(required, required_in_checker, "required fields of {name}");

        for field in fields.iter() {
            let property = &properties[field.name];
            let mut expected = match &field.shape {
                Shape::Text | Shape::Word(..) => set(&["string"]),
                Shape::Count => set(&["integer"]),
                Shape::List(_) => set(&["array"]),
                Shape::Object(_, _) | Shape::TextMap => set(&["object"]),
            };
            if !field.required {
                expected.insert("null".into());
            }
            assert_eq!(types(&schema, property), expected, "{name}.{}", field.name);
            match &field.shape {
                Shape::Object(target, _) => {
                    let reference = match property.get("anyOf") {
                        Some(alternatives) => &alternatives[0]["$ref"],
                        None => &property["$ref"],
                    };
                    assert_eq!(
                        *reference,
                        format!("#/$defs/{target}"),
                        "{name}.{}",
                        field.name
                    )
                }
                Shape::List(Shape::Object(target, _)) => assert_eq!(
                    property["items"]["$ref"],
                    format!("#/$defs/{target}"),
                    "{name}.{}",
                    field.name
                ),
                Shape::TextMap => {
                    // The message keys the schema lists are exactly the widget's.
                    let listed: BTreeSet<String> = property["propertyNames"]["enum"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|v| v.as_str().unwrap().to_string())
                        .collect();
                    let known: BTreeSet<String> = KEYS
                        .iter()
                        .flat_map(|(k, _)| {
                            if PLURAL_KEYS.contains(k) {
                                Plural::ALL
                                    .iter()
                                    .map(|p| format!("{k}.{}", p.key()))
                                    .collect()
                            } else {
                                vec![k.to_string()]
                            }
                        })
                        .collect();
                    assert_eq!(listed, known, "message keys");
                }
                Shape::Word(what, words, _) => {
                    // The words the schema allows are exactly the checker's, in its order.
                    let listed: Vec<&str> = property["enum"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|v| v.as_str())
                        .collect();
                    assert_eq!(
                        listed,
                        words(),
                        "the words of {what} ({name}.{})",
                        field.name
                    );
                }
                _ => {}
            }
        }
    }
    let defined: BTreeSet<&str> = schema["$defs"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, d)| d["type"] == "object")
        .map(|(k, _)| k.as_str())
        .collect();
    let known: BTreeSet<&str> = OBJECTS.iter().map(|(n, _)| *n).collect();
    assert_eq!(defined, known, "object kinds");
}

#[test]
fn schema_accepts_the_shipped_data_and_rejects_broken_data() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid JSON Schema");
    let data: Value = serde_json::from_str(IDLIB_2014).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    let mut broken = data.clone();
    broken["events"][0]["time"]["part"] = "dusk".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = data.clone();
    broken["events"][1]["headlien"] = "typo".into();
    assert!(!validator.is_valid(&broken));
    let mut broken = data.clone();
    broken["references"][0]["url"] = "javascript:alert(1)".into();
    assert!(!validator.is_valid(&broken));

    // Media: what the checker accepts, the schema accepts; each broken media file it rejects.
    let mut pictured = data;
    pictured["events"][0]["media"] = serde_json::json!({
        "kind": "image", "url": "https://example.org/hill.jpg", "alt": "The hill", "credit": "A[1]"
    });
    pictured["events"][1]["media"] = serde_json::json!({
        "kind": "link", "url": "http://example.org/video", "title": "A video"
    });
    assert!(super::load(&pictured.to_string()).is_ok());
    assert!(validator.is_valid(&pictured));
    let corpus = broken::corpus();
    for name in [
        "media-image-not-https",
        "media-image-no-alt",
        "media-image-empty-alt",
        "media-unknown-kind",
        "media-link-no-title",
    ] {
        let (_, text) = corpus.iter().find(|(n, _)| n == name).unwrap();
        let broken: Value = serde_json::from_str(text).unwrap();
        assert!(!validator.is_valid(&broken), "{name}");
    }
}
