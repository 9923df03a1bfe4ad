use super::*;

fn error(text: &str) -> (usize, usize, String) {
    let e = parse(text).unwrap_err();
    (e.line, e.column, e.message)
}

#[test]
fn reads_every_kind_of_value() {
    let value =
        parse(r#" {"a": [1, -2.5e3, "x\u00e9\n\ud83d\ude00", true, false, null], "b": {}} "#);
    let expected = Json::Object(vec![
        (
            "a".into(),
            Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2.5e3".into()),
                Json::String("xé\n😀".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ]),
        ),
        ("b".into(), Json::Object(vec![])),
    ]);
    assert_eq!(value, Ok(expected));
    assert_eq!(parse("[]"), Ok(Json::Array(vec![])));
}

#[test]
fn a_repeated_name_keeps_its_last_value_in_its_first_place() {
    let value = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    assert_eq!(value.get("a"), Some(&Json::Number("3".into())));
    assert_eq!(value.as_object().unwrap().len(), 2);
}

#[test]
fn whole_numbers_are_those_written_as_digits() {
    let n = |t: &str| Json::Number(t.into()).as_u64();
    assert_eq!(n("42"), Some(42));
    assert_eq!(n("18446744073709551615"), Some(u64::MAX));
    assert_eq!(n("18446744073709551616"), None);
    assert_eq!((n("-1"), n("5.0"), n("1e2")), (None, None, None));
}

#[test]
fn syntax_errors_say_where_and_what() {
    assert_eq!(
        error(r#"{"title": "x", "events": [}"#),
        (1, 27, "expected a value (text in double quotes, a number, true, false, null, a list or an object), found '}'".into())
    );
    assert_eq!(error("[1,\n  ]").0, 2);
    assert!(error("[1, ]")
        .2
        .starts_with("a comma must be followed by another item"));
    assert_eq!(
        error("{\"a\": \"open\n}"),
        (
            1,
            7,
            "this text in double quotes is not closed on its line".into()
        )
    );
    assert_eq!(
        error("{\"a\" 1}").2,
        "expected ':' after the field name, found '1'"
    );
    assert_eq!(
        error("{a: 1}").2,
        "expected a field name in double quotes, found 'a'"
    );
    assert_eq!(
        error("[1 2]").2,
        "expected ',' or ']' after item of the list, found '2'"
    );
    assert!(error("tru")
        .2
        .ends_with("a list or an object), found 'tru'"));
    assert!(error("title: x").2.ends_with("found 'title'"));
    assert_eq!(
        error("\"\\x\"").2.split(';').next(),
        Some("unknown escape \\x")
    );
    assert_eq!(
        error("\"\\u12\"").2,
        "\\u must be followed by four hexadecimal digits"
    );
    assert!(error("\"\\ud83d\"")
        .2
        .starts_with("\\uD83D is half of a character"));
    assert!(error("\"\\ude00\"").2.starts_with("\\uDE00 is half"));
    assert!(error("\"a\tb\"").2.contains("U+0009"));
    assert!(error("{} x").2.starts_with("unexpected text after the end"));
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "1.e3", "-a"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    assert!(error("[1.5.6]").2.starts_with("'1.5.6' is not a number"));
    assert_eq!(error("").2, "expected a value (text in double quotes, a number, true, false, null, a list or an object), found the end of the text");
    assert!(error("[[[1]]").2.contains("found the end of the text"));
}

#[test]
fn columns_count_characters() {
    assert_eq!(error("[\"é’\" x]").1, 7);
}

#[test]
fn nesting_is_limited_without_exhausting_the_stack() {
    let deep = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&deep).is_ok());
    let deeper = "[".repeat(100_000);
    assert!(error(&deeper).2.contains("nested more than 127 deep"));
}

#[test]
fn positions_of_nested_values() {
    let json = "{\n  \"title\": \"x\",\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"time\": {\"part\": 3}}\n  ]\n}";
    let at = |json: &str, path: &str| {
        let found = positions(json);
        found.iter().find(|(p, _)| p == path).map(|&(_, at)| at)
    };
    let p = |path: &str| at(json, path).unwrap();
    assert_eq!(p("title"), (2, 12));
    assert_eq!(p("events"), (3, 13));
    assert_eq!(p("events[0].id"), (4, 12));
    assert_eq!(p("events[1].time.part"), (5, 34));
    assert_eq!(p(""), (1, 1));
    let json = "{\"a\": \"é’\", \"k\\u0065y\": [1, 2]}";
    assert_eq!(at(json, "key"), Some((1, 25)));
    assert_eq!(at(json, "key[1]"), Some((1, 29)));
}
