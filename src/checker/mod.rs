//! The checker: from JSON text to a checked story, with every problem located in the text.
//! Reading (`json`), the document's shape (`shape`), conversion into the format's types
//! (`convert`), the rules (`validate`, with the shared ones in the leaf `rules`), and placing
//! events in time (`placing`).

mod convert;
pub(crate) mod json;
mod language;
pub(crate) mod lookup;
mod media;
mod placing;
mod problem;
pub(crate) mod rules;
pub(crate) mod shape;
mod validate;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema_sync;

pub use problem::Problem;

use crate::format::{Story, TimelineData};
use json::positions;
use lookup::Lookup;
use shape::check_document;
use validate::validate;

/// Fetched bytes as text, decoded as `Response.text()` decodes them (a leading byte order mark
/// dropped, invalid UTF-8 replaced by U+FFFD). The widget takes bytes because copying a long
/// JavaScript string into WebAssembly goes character by character.
pub fn text_from_bytes(bytes: Vec<u8>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// Parses and validates a timeline document, collecting every problem it can find.
/// Syntax errors stop at the first (nothing after it can be trusted) and carry line and column.
pub fn load(json: &str) -> Result<Story, Vec<Problem>> {
    if json.trim().is_empty() {
        return Err(vec![Problem {
            line: Some(1),
            column: Some(1),
            ..Problem::at(
                "",
                "the file is empty; expected a JSON object with a title and events",
            )
        }]);
    }
    let mut value = json::parse(json).map_err(|e| {
        vec![Problem {
            path: String::new(),
            line: Some(e.line),
            column: Some(e.column),
            message: format!("not valid JSON: {}", e.message),
        }]
    })?;
    let findings = check_document(&mut value);
    let mut problems = findings.problems.clone();
    // A reference id the shape check could not read is the cause of every citation of it
    // pointing nowhere: that one problem is reported, not its echoes.
    let reference_ids_read = !findings
        .repaired
        .iter()
        .any(|p| p.starts_with("references[") && p.ends_with("].id"));
    match convert::timeline(&value) {
        Ok(timeline) => match validate(&timeline, reference_ids_read) {
            Ok(placements) if problems.is_empty() => {
                return Ok(Story {
                    timeline,
                    placements,
                })
            }
            Ok(_) => {}
            Err(more) => problems.extend(more.into_iter().filter(|p| !findings.covers(&p.path))),
        },
        Err(problem) if problems.is_empty() => problems.push(problem),
        Err(_) => {}
    }
    Err(locate_all(json, problems))
}

/// A document as the format's types whatever its problems (a studio edits a story before it
/// is right): values of the wrong type read as left out. `None` when the text is not JSON.
#[cfg(any(feature = "studio", test))]
pub fn read_draft(json: &str) -> Option<TimelineData> {
    let mut value = json::parse(json).ok()?;
    check_document(&mut value);
    convert::timeline(&value).ok()
}

/// The rules and the placing in time for a story built in Rust rather than read from text (the
/// importer's output): the same problems `load` would report of its JSON, without line and
/// column, since there is no text to point into.
pub fn check(timeline: TimelineData) -> Result<Story, Vec<Problem>> {
    let placements = validate(&timeline, true)?;
    Ok(Story {
        timeline,
        placements,
    })
}

/// A story the checker has already passed, read without checking it again: a build that reads
/// only such stories (the element's viewer, for pre-rendered pages) leaves the checker out of
/// its WebAssembly. `None` for anything that cannot be read; what the checker passed always can.
pub fn read_checked(json: &str) -> Option<Story> {
    let timeline = convert::timeline(&json::read(json)?).ok()?;
    let placements = placing::placements(&timeline.events)?;
    Some(Story {
        timeline,
        placements,
    })
}

/// The pre-renderer's mark on the story it checked and wrote into a page (FNV-1a, 32 bits, as
/// eight hex digits): the element reads a story as checked only when its bytes still match.
/// It tells an edited story from the one checked at build time; it is not a signature.
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0x811c_9dc5_u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

/// Gives each problem the line and column of its value, or of the nearest enclosing value
/// that exists in the text (a missing field points at its object).
fn locate_all(json: &str, mut problems: Vec<Problem>) -> Vec<Problem> {
    let found = positions(json);
    let paths = Lookup::new(found.iter().map(|(path, _)| path.as_str()));
    for p in &mut problems {
        let mut path = p.path.as_str();
        loop {
            if let Some((_, (line, column))) = paths.first(path).map(|k| &found[k]) {
                p.line = Some(*line);
                p.column = Some(*column);
                break;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None if !path.is_empty() => path = "",
                None => break,
            }
        }
    }
    problems.sort_by_key(|p| (p.line, p.column));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decode_like_response_text() {
        let story = crate::format::IDLIB_2014;
        assert_eq!(text_from_bytes(story.as_bytes().to_vec()), story);
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), story.as_bytes()].concat();
        assert_eq!(text_from_bytes(with_bom), story);
        // Only a leading mark is dropped; a broken sequence becomes U+FFFD.
        assert_eq!(text_from_bytes(b"a\xEF\xBB\xBFb".to_vec()), "a\u{feff}b");
        assert_eq!(text_from_bytes(b"\"caf\xE9\"".to_vec()), "\"caf\u{fffd}\"");
        assert!(load(&text_from_bytes(story.as_bytes().to_vec())).is_ok());
    }

    #[test]
    fn a_checked_story_reads_the_same_without_the_checker() {
        let story = crate::format::IDLIB_2014;
        assert_eq!(read_checked(story), load(story).ok());
        // What the checker refuses is never read as checked either.
        for broken in ["", "{", r#"{"title": "x", "events": []}"#] {
            assert_eq!(read_checked(broken), None, "{broken}");
        }
        let out_of_order = story.replacen("2014-10-27", "2014-10-29", 1);
        assert!(load(&out_of_order).is_err());
        assert_eq!(read_checked(&out_of_order), None);
    }

    #[test]
    fn fingerprints_are_fnv_1a() {
        // The published FNV-1a 32-bit test values; embed/event-timeline.js computes the same.
        assert_eq!(fingerprint(b""), "811c9dc5");
        assert_eq!(fingerprint(b"a"), "e40c292c");
        assert_eq!(fingerprint(b"foobar"), "bf9cf968");
    }
}
