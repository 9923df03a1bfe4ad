//! The small rules every check shares (not blank, ids, repeats, links): a leaf that the
//! checks import and that imports none of them.

use super::lookup::Lookup;
use super::problem::{Problem, Report};
use crate::format::is_valid_id;

/// Paths are written out only for a problem: formatting them for every field of 10,000 valid
/// events took most of the validation's time in WebAssembly.
pub(crate) fn not_blank(text: &str, path: impl FnOnce() -> String, problems: &mut Vec<Problem>) {
    if text.trim().is_empty() {
        problems.push(Problem::at(&path(), "must not be empty"));
    }
}

/// An optional field that is given must say something: left out is how the data says the
/// source does not give it.
pub(crate) fn not_blank_if_given(
    value: Option<&str>,
    path: impl FnOnce() -> String,
    problems: &mut Vec<Problem>,
) {
    if value.is_some_and(|v| v.trim().is_empty()) {
        problems.push(Problem::at(
            &path(),
            "must not be empty; leave the field out when the source does not give it",
        ));
    }
}

pub(crate) fn report_repeats(ids: &Lookup, list: &str, field: &str, problems: &mut impl Report) {
    for (i, id, first) in ids.repeats() {
        problems.report(
            || format!("{list}[{i}].{field}"),
            || format!("duplicate {field} '{id}': already used by {list}[{first}]"),
        );
    }
}

pub(crate) fn check_id(id: &str, path: impl FnOnce() -> String, problems: &mut impl Report) {
    if !is_valid_id(id) {
        problems.report(path, || {
            format!("id '{id}' must be 1–64 lowercase letters, digits or hyphens, not starting with a hyphen")
        });
    }
}

/// Accepts only absolute http(s) links with a host and no spaces.
pub fn check_link(url: &str) -> Result<(), String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| format!("link '{url}' must start with http:// or https://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "link '{url}' is not a valid web address (no host, or spaces)"
        ));
    }
    Ok(())
}
