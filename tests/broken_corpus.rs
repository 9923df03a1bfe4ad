//! Every file under tests/data/broken/ is a broken timeline; its `.expected` twin holds the
//! exact problems (`LINE:COLUMN: PATH: REASON`) the loader must report, in order.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use event_timeline::checker::load;

fn render(problems: &[event_timeline::checker::Problem]) -> String {
    problems
        .iter()
        .map(|p| {
            let at = format!("{}:{}", p.line.unwrap_or(0), p.column.unwrap_or(0));
            let path = if p.path.is_empty() {
                String::new()
            } else {
                format!(" {}:", p.path)
            };
            format!("{at}:{path} {}\n", p.message)
        })
        .collect()
}

#[test]
fn each_broken_file_reports_exactly_its_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 30, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let expected = std::fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        match load(&text) {
            Ok(_) => failures.push(format!("{}: loaded without problems", file.display())),
            Err(problems) => {
                assert!(
                    problems.iter().all(|p| p.line.is_some()),
                    "{}",
                    file.display()
                );
                let got = render(&problems);
                if got != expected {
                    failures.push(format!(
                        "{}\n--- expected\n{expected}--- got\n{got}",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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

    let broken = root.join("tests/data/broken/several-problems-at-once.json");
    let out = Command::new(bin).arg(&broken).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let file = broken.display().to_string();
    assert!(
        stderr.contains(&format!("{file}:2:12: title: must not be empty")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{file}: 4 problem(s)")),
        "{stderr}"
    );

    let usage = Command::new(bin).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let missing = Command::new(bin)
        .arg(root.join("no/such/file.json"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}
