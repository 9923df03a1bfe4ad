//! A problem found in a data file: where (JSON path, and line and column once located),
//! and why, in words a data editor can act on.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `events[3].time.part`; empty for the whole document.
    pub path: String,
    /// 1-based line and column of the offending value, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Problem {
    /// A problem at a JSON path; its line is filled in later by [`super::load()`].
    pub fn at(path: &str, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_string(),
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

/// Where a check puts what it finds. The words are closures, built only by a sink that keeps
/// them: the checker's list does; placing a story already checked only notes a failure.
pub trait Report {
    fn report(&mut self, path: impl FnOnce() -> String, message: impl FnOnce() -> String);
}

impl Report for Vec<Problem> {
    fn report(&mut self, path: impl FnOnce() -> String, message: impl FnOnce() -> String) {
        self.push(Problem::at(&path(), message()));
    }
}

impl Problem {
    /// `LINE:COLUMN: PATH: REASON`, as `timeline-check` prints it after the file's name (the
    /// form editors jump to); `Display` says the same in words for the widget's readers.
    pub fn located(&self) -> String {
        let at = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{line}:{column}: "),
            _ => String::new(),
        };
        let path = if self.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", self.path)
        };
        format!("{at}{path}{}", self.message)
    }
}

/// `line 3, column 5: events[0].id: …`, the widget's own words for a problem.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, "line {line}, column {column}: ")?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}
