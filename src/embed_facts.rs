//! What the `<event-timeline>` element's script must know of the Rust side, written into it
//! from Rust: the right-to-left languages, the line it says when the WebAssembly cannot start
//! (in each shipped language), and the default theme. The block between the markers in
//! embed/event-timeline.js is generated; `UPDATE_EMBED=1 cargo test --lib embed_facts`
//! rewrites it. And the story fingerprint, which the script computes itself before it can
//! choose a build, is held to the same test vectors as the Rust one (tests/data/fingerprints.json;
//! the script's side: tests/e2e/builds.spec.js).

use crate::checker::fingerprint;
use crate::languages::{CANNOT_START, RTL_LANGUAGES};
use crate::view_model::options::Theme;
use crate::view_model::sections::Part;

const BEGIN: &str = "// BEGIN generated from Rust (src/embed_facts.rs)\n";
const END: &str = "// END generated\n";

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn generated() -> String {
    let rtl: Vec<String> = RTL_LANGUAGES.iter().map(|l| quoted(l)).collect();
    let full: Vec<String> = Part::FULL_BUILD_ONLY
        .iter()
        .map(|p| quoted(p.word()))
        .collect();
    let words: Vec<String> = CANNOT_START
        .iter()
        .map(|(lang, text)| format!("  {lang}: {},\n", quoted(text)))
        .collect();
    format!(
        "// Primary language subtags written right to left (src/languages, RTL_LANGUAGES).\n\
         const RTL_LANGUAGES = [{}];\n\
         // The one line said when the WebAssembly cannot start (src/languages, CANNOT_START).\n\
         const CANNOT_START = {{\n{}}};\n\
         // The theme of an element without a theme attribute.\n\
         const DEFAULT_THEME = {};\n\
         // The words of `sections` only the full build shows (src/view_model/sections.rs).\n\
         const FULL_BUILD_PARTS = [{}];\n",
        rtl.join(", "),
        words.concat(),
        quoted(Theme::default().name()),
        full.join(", ")
    )
}

#[test]
fn the_element_script_knows_what_rust_says() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/embed/event-timeline.js");
    let script = std::fs::read_to_string(path).unwrap();
    let (head, rest) = script
        .split_once(BEGIN)
        .expect("the script has the BEGIN marker");
    let (current, tail) = rest.split_once(END).expect("the script has the END marker");
    let wanted = generated();
    if current != wanted {
        if std::env::var_os("UPDATE_EMBED").is_some() {
            std::fs::write(path, format!("{head}{BEGIN}{wanted}{END}{tail}")).unwrap();
        } else {
            panic!("embed/event-timeline.js is stale; run UPDATE_EMBED=1 cargo test --lib embed_facts\n--- wanted\n{wanted}--- found\n{current}");
        }
    }
}

#[test]
fn the_fingerprint_meets_its_test_vectors() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fingerprints.json");
    let vectors: Vec<(String, String)> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(vectors.len() >= 4);
    for (text, expected) in vectors {
        assert_eq!(fingerprint(text.as_bytes()), expected, "{text:?}");
    }
}
