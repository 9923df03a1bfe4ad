//! The shipped data says what the source text says, with the citations where the source puts
//! them: every citation of the source is in the data after the same words, every citation in
//! the data is backed by the same number in the same source sentence, and every number of the
//! source appears in the data.

#![cfg(not(target_arch = "wasm32"))]

/// The raid's data file, read directly: these tests hold for any build of the crate.
const IDLIB_2014: &str = include_str!("../data/idlib-2014.json");
use serde_json::Value;

const SOURCE: &str = include_str!("../data/source/idlib-2014-raid.txt");

/// Lowercase words and `[n]` markers; everything else separates.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '[' {
            let digits: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if !digits.is_empty() && chars.get(i + 1 + digits.len()) == Some(&']') {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                out.push(format!("[{digits}]"));
                i += digits.len() + 2;
                continue;
            }
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        i += 1;
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Every string in the data file.
fn data_texts() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::from_str(IDLIB_2014).unwrap(), &mut out);
    out
}

/// Each marker with the three tokens before it.
fn contexts(tokens: &[String]) -> Vec<(Vec<String>, String)> {
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| t.starts_with('[') && *i >= 3)
        .map(|(i, t)| (tokens[i - 3..i].to_vec(), t.clone()))
        .collect()
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn source_sentences() -> Vec<Vec<String>> {
    SOURCE
        .split(['\n', '|'])
        .flat_map(|line| line.split(". "))
        .map(tokens)
        .filter(|t| !t.is_empty())
        .collect()
}

#[test]
fn every_source_citation_is_in_the_data_after_the_same_words() {
    let data: Vec<Vec<String>> = data_texts().iter().map(|t| tokens(t)).collect();
    let mut missing = Vec::new();
    for sentence in source_sentences() {
        for (before, marker) in contexts(&sentence) {
            let mut needle = before.clone();
            needle.push(marker.clone());
            if !data.iter().any(|d| contains(d, &needle)) {
                missing.push(needle.join(" "));
            }
        }
    }
    assert!(missing.is_empty(), "not in the data: {missing:#?}");
}

#[test]
fn every_data_citation_is_backed_by_the_source_sentence() {
    let sentences = source_sentences();
    let mut unbacked = Vec::new();
    for text in data_texts() {
        for (before, marker) in contexts(&tokens(&text)) {
            let backed = sentences.iter().any(|s| {
                s.windows(3)
                    .position(|w| w == before.as_slice())
                    .is_some_and(|at| s[at + 3..].contains(&marker))
            });
            if !backed {
                unbacked.push(format!("{} {marker} in {text:?}", before.join(" ")));
            }
        }
    }
    assert!(
        unbacked.is_empty(),
        "no such citation in the source: {unbacked:#?}"
    );
}

#[test]
fn every_number_of_the_source_is_in_the_data() {
    let data: Vec<String> = data_texts().iter().flat_map(|t| tokens(t)).collect();
    let numbers = [
        "27", "2014", "35", "70", "21", "4", "four", "10", "nine", "20", "15", "17", "12", "two",
    ];
    for n in numbers {
        assert!(
            tokens(SOURCE).contains(&n.to_string()),
            "{n} is not in the source"
        );
        assert!(
            data.contains(&n.to_string()),
            "{n} is missing from the data"
        );
    }
    // And the data has no number the source lacks.
    let source = tokens(SOURCE);
    for word in &data {
        if word.chars().all(|c| c.is_ascii_digit()) {
            assert!(
                source.contains(word),
                "the data's number {word} is not in the source"
            );
        }
    }
}
