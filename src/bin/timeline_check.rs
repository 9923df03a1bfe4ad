//! `timeline-check FILE...`: validates timeline data files, printing every problem as
//! `FILE:LINE:COLUMN: PATH: REASON`; exits 1 if any file has a problem, 2 on usage errors.

use std::process::ExitCode;

use event_timeline::checker::load;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: timeline-check FILE...\nChecks timeline JSON files and prints every problem found.");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        match load(&text) {
            Ok(story) => println!(
                "{file}: ok ({} events, {} references)",
                story.timeline.events.len(),
                story.timeline.references.len()
            ),
            Err(problems) => {
                failed = true;
                for p in &problems {
                    eprintln!("{file}:{}", p.located());
                }
                eprintln!("{file}: {} problem(s)", problems.len());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
