//! From JSON text to a validated story, with every problem located in the text.

use serde_json::Value;

use super::locate::positions;
use super::problem::Problem;
use super::shape::check_document;
use super::time::Placement;
use super::types::Timeline;
use super::validate::validate;

/// A validated timeline with each event's place in time, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub timeline: Timeline,
    pub placements: Vec<Placement>,
}

/// Parses and validates a timeline document, collecting every problem it can find.
/// Syntax errors stop at the first (nothing after it can be trusted) and carry line and column.
pub fn load(json: &str) -> Result<Story, Vec<Problem>> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        vec![Problem {
            path: String::new(),
            line: Some(e.line()),
            column: Some(e.column()),
            message: format!("not valid JSON: {}", strip_position(&e.to_string())),
        }]
    })?;
    let mut problems = Vec::new();
    check_document(&value, &mut problems);
    let result = if problems.is_empty() {
        match serde_json::from_value::<Timeline>(value) {
            Ok(timeline) => validate(&timeline).map(|placements| Story {
                timeline,
                placements,
            }),
            Err(e) => Err(vec![Problem::at("", e.to_string())]),
        }
    } else {
        Err(problems)
    };
    result.map_err(|mut problems| {
        let found = positions(json);
        for p in &mut problems {
            if let Some(&(line, column)) = found.get(&p.path) {
                p.line = Some(line);
                p.column = Some(column);
            }
        }
        problems
    })
}

/// serde_json appends " at line L column C"; the problem carries those separately.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}
