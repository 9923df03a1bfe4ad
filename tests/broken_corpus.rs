//! The checker's corpus of broken stories: most are tests/data/minimal.json with the edits in
//! tests/data/broken/edits.txt; the few that are not a small edit of it (syntax errors, a
//! list at the top level) are files of their own in tests/data/broken/. Each has a
//! `NAME.expected` twin with the exact problems (`LINE:COLUMN: PATH: REASON`), in order.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use common::broken::{broken_dir, corpus};
use event_timeline::checker::load;

mod common;

#[test]
fn each_broken_story_reports_exactly_its_problems() {
    let stories = corpus();
    assert!(
        stories.len() >= 60,
        "the corpus has {} stories",
        stories.len()
    );
    let mut failures = Vec::new();
    for (name, text) in &stories {
        let expected = std::fs::read_to_string(broken_dir().join(format!("{name}.expected")))
            .unwrap_or_else(|_| panic!("{name} has no .expected file"));
        match load(text) {
            Ok(_) => failures.push(format!("{name}: loaded without problems")),
            Err(problems) => {
                assert!(problems.iter().all(|p| p.line.is_some()), "{name}");
                let got: String = problems.iter().map(|p| p.located() + "\n").collect();
                if got != expected {
                    failures.push(format!("{name}\n--- expected\n{expected}--- got\n{got}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_expected_file_has_its_story() {
    let names: Vec<String> = corpus().into_iter().map(|(name, _)| name).collect();
    for entry in std::fs::read_dir(broken_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "expected") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(names.contains(&name), "{name}.expected has no story");
        }
    }
}

#[test]
fn checker_passes_the_shipped_data_and_fails_broken_files() {
    let bin = env!("CARGO_BIN_EXE_timeline-check");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ok = Command::new(bin)
        .arg(root.join("data/idlib-2014.json"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("ok (9 events, 10 references)"));

    // The command prints each problem as the corpus expects it, after the file's name.
    let broken = broken_dir().join("messages-unknown-key.json");
    let expected = std::fs::read_to_string(broken.with_extension("expected")).unwrap();
    let out = Command::new(bin).arg(&broken).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let file = broken.display().to_string();
    let want: String = expected
        .lines()
        .map(|l| format!("{file}:{l}\n"))
        .collect::<String>()
        + &format!("{file}: {} problem(s)\n", expected.lines().count());
    assert_eq!(String::from_utf8_lossy(&out.stderr), want);

    let usage = Command::new(bin).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let missing = Command::new(bin)
        .arg(root.join("no/such/file.json"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}
