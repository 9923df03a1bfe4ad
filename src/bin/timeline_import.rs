//! `timeline-import FILE.json|FILE.csv [-o OUT.json]`: a TimelineJS3 story (its JSON format,
//! or its spreadsheet template exported as CSV) in our format, on standard output or in OUT;
//! everything not carried over is listed on standard error. Exits 1 when the file cannot be
//! converted, 2 on usage errors.

use std::path::Path;
use std::process::ExitCode;

use event_timeline::import::{import, Input};

const USAGE: &str = "usage: timeline-import FILE.json|FILE.csv [-o OUT.json]
Converts a TimelineJS3 story (JSON, or the spreadsheet template saved as CSV) to the
event-timeline format and lists on standard error what it could not carry over.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut file, mut out) = (None, None);
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-o" if i + 1 < args.len() => {
                out = Some(args[i + 1].clone());
                i += 1;
            }
            f if file.is_none() && !f.starts_with('-') => file = Some(f.to_string()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
        i += 1;
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let path = Path::new(&file);
    let input = match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
    {
        Some(e) if e == "csv" => Input::Csv,
        Some(e) if e == "json" => Input::Json,
        // Otherwise by the content: a JSON document starts with `{`.
        _ if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => Input::Json,
        _ => Input::Csv,
    };
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("Timeline");
    let imported = match import(&bytes, input, name) {
        Ok(imported) => imported,
        Err(failure) => {
            for note in &failure.notes {
                eprintln!("{file}: {note}");
            }
            eprintln!("{file}: {}", failure.why);
            return ExitCode::FAILURE;
        }
    };
    for note in &imported.notes {
        eprintln!("{file}: {note}");
    }
    let json = match serde_json::to_string_pretty(&imported.story.timeline) {
        Ok(json) => json + "\n",
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match out {
        Some(out) => {
            if let Err(e) = std::fs::write(&out, json) {
                eprintln!("{out}: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            let count = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            eprintln!(
                "{file}: {}, {} written to {out}",
                count(imported.story.timeline.events.len(), "event", "events"),
                count(
                    imported.story.timeline.references.len(),
                    "reference",
                    "references"
                )
            );
        }
        None => print!("{json}"),
    }
    ExitCode::SUCCESS
}
