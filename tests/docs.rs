//! The documentation's examples are real: the complete minimal story at the top of
//! docs/format.md passes the checker as it stands.

#![cfg(not(target_arch = "wasm32"))]

use event_timeline::checker::load;

fn block_after(marker: &str, text: &str) -> String {
    let after = text
        .split(marker)
        .nth(1)
        .expect("the marker is in the file");
    let body = after
        .split("```json\n")
        .nth(1)
        .expect("a json block follows the marker");
    body.split("```").next().unwrap().to_string()
}

#[test]
fn the_minimal_story_in_the_format_docs_passes_the_checker() {
    let docs = include_str!("../docs/format.md");
    let story = block_after("<!-- minimal-story -->", docs);
    let checked = load(&story).unwrap_or_else(|problems| {
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("the minimal story fails the checker:\n{}", all.join("\n"))
    });
    assert_eq!(checked.timeline.events.len(), 3);
    assert_eq!(checked.timeline.references.len(), 2);
}
