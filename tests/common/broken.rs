//! The checker's corpus of broken stories (tests/data/broken/), shared by the tests that
//! read it: the generated ones from minimal.json and edits.txt, then the files of their own.

use std::path::{Path, PathBuf};

pub fn broken_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken")
}

/// One edit: these whole lines of the base, found exactly once, become those.
fn apply(base: &str, name: &str, edit: &str) -> String {
    let (mut old, mut new) = (String::new(), String::new());
    for line in edit.lines() {
        match line.split_at_checked(1) {
            Some(("-", rest)) => old += &format!("{rest}\n"),
            Some(("+", rest)) => new += &format!("{rest}\n"),
            _ => panic!("{name}: an edit line starts with - or +, found {line:?}"),
        }
    }
    assert_eq!(
        base.matches(&old).count(),
        1,
        "{name}: {old:?} is not in minimal.json once"
    );
    base.replacen(&old, &new, 1)
}

/// Every broken story, by name: the generated ones, then the files of their own.
pub fn corpus() -> Vec<(String, String)> {
    let base = std::fs::read_to_string(broken_dir().join("../minimal.json")).unwrap();
    let table = std::fs::read_to_string(broken_dir().join("edits.txt")).unwrap();
    let mut stories = Vec::new();
    for section in table.split("\n== ").skip(1) {
        let (name, body) = section.split_once('\n').unwrap();
        let body: String = body
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let text = body
            .split("@@\n")
            .fold(base.clone(), |text, edit| apply(&text, name, edit));
        assert_ne!(text, base, "{name}: the edits change nothing");
        stories.push((name.to_string(), text));
    }
    let mut files: Vec<_> = std::fs::read_dir(broken_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            !stories.iter().any(|(n, _)| *n == name),
            "{name} is both generated and a file"
        );
        stories.push((name, std::fs::read_to_string(file).unwrap()));
    }
    stories
}
