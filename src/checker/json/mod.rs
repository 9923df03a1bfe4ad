//! The checker's JSON reader: strict JSON (RFC 8259) into a plain tree, with syntax errors
//! located by line and column in words a data editor can act on, and the place of every value
//! when a problem needs one.
//!
//! Why not serde_json's parser: the checker runs in the browser too, and serde_json's reader
//! (its number parsing with float tables, its ordered maps) cost the widget about 8 KB brotli,
//! while the format needs only text, whole numbers and lists. serde_json still writes the
//! format (`TimelineData` derives `Serialize`) and reads TimelineJS files in `timeline-import`;
//! `tests/json_reader.rs` checks that this reader and serde_json agree on random documents.

mod reader;

use reader::Reader;
#[cfg(test)]
use reader::MAX_DEPTH;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as written (`42`, `-5`, `2.5e3`): the format has only whole numbers, and a
    /// problem quotes the number the way the file has it.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written; a repeated name keeps its last value, as serde_json does.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member called `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .find_map(|(k, v)| (k == key).then_some(v))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number of 0 or more that fits 64 bits (`5.0` and `1e2` are not: as in
    /// serde_json, the way a number is written decides).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// Where the text stops being JSON, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Reads a whole document: one value, with only white space around it.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    document::<true>(text)
}

/// Reads a document the checker has passed: the same reader, without the words of its errors
/// (`None` for anything that is not JSON), so the viewer build links none of them.
pub fn read(text: &str) -> Option<Json> {
    document::<false>(text).ok()
}

fn document<const WORDED: bool>(text: &str) -> Result<Json, SyntaxError> {
    let mut reader = Reader::<WORDED>::new(text, None);
    let value = reader.value(None)?;
    reader.space();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.error(|| "unexpected text after the end of the document".into())),
    }
}

/// Each value of a valid document with its JSON path (`events[2].time`; the whole document is
/// `""`) and its line and column (1-based, in characters), in document order. Only asked for
/// when there are problems.
pub fn positions(text: &str) -> Vec<(String, (usize, usize))> {
    let mut reader = Reader::<true>::new(text, Some(Vec::new()));
    let _ = reader.value(Some(""));
    reader.found.unwrap_or_default()
}

/// Joins a JSON path and a field name (`events[2]` + `time` = `events[2].time`).
pub fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod agreement;
#[cfg(test)]
mod tests;
