//! Checks that a structurally sound timeline also makes sense: ids, order in time,
//! citations that point somewhere, safe links. Every problem is collected.

use super::citation::cited_numbers;
use super::lookup::Lookup;
use super::media::check_media;
use super::problem::Problem;
use super::time::{Moment, Placement};
use super::types::{Comparison, Event, Reference, Timeline};

/// Validates a timeline; on success returns each event's placement in time.
pub fn validate(timeline: &Timeline) -> Result<Vec<Placement>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut references: Vec<u32> = timeline.references.iter().map(|r| r.id).collect();
    references.sort_unstable();
    let cites = |text: &str, path: &dyn Fn() -> String, problems: &mut Vec<Problem>| {
        for n in cited_numbers(text) {
            if references.binary_search(&n).is_err() {
                problems.push(Problem::at(
                    &path(),
                    format!("citation [{n}] points to no reference: there is no reference {n} in 'references'"),
                ));
            }
        }
    };

    super::locale::check::check_language(timeline, &mut problems);
    not_blank(&timeline.title, || "title".into(), &mut problems);
    cites(&timeline.title, &|| "title".into(), &mut problems);
    cites(
        &timeline.description,
        &|| "description".into(),
        &mut problems,
    );
    for (i, item) in timeline.summary.iter().enumerate() {
        let at = |field: &str| format!("summary[{i}].{field}");
        not_blank(&item.label, || at("label"), &mut problems);
        not_blank(&item.text, || at("text"), &mut problems);
        cites(&item.text, &|| at("text"), &mut problems);
    }
    if timeline.events.is_empty() {
        problems.push(Problem::at("events", "a timeline needs at least one event"));
    }
    let placements = place_events(&timeline.events, &mut problems);
    for (i, event) in timeline.events.iter().enumerate() {
        let at = |field: &str| format!("events[{i}].{field}");
        not_blank(&event.headline, || at("headline"), &mut problems);
        // No text (left out, or "") is allowed: some events say no more than the headline.
        if !event.text.is_empty() {
            not_blank(&event.text, || at("text"), &mut problems);
        }
        cites(&event.headline, &|| at("headline"), &mut problems);
        cites(&event.text, &|| at("text"), &mut problems);
        if let Some(media) = &event.media {
            check_media(media, &at("media"), &mut problems);
            for (field, text) in media.cited_texts() {
                cites(text, &|| at(&format!("media.{field}")), &mut problems);
            }
        }
        for (field, value) in [("place", &event.place), ("attribution", &event.attribution)] {
            if let Some(value) = value {
                not_blank(value, || at(field), &mut problems);
            }
        }
        for (j, side) in event.sides.iter().enumerate() {
            not_blank(side, || at(&format!("sides[{j}]")), &mut problems);
        }
    }
    for (i, comparison) in timeline.comparisons.iter().enumerate() {
        check_comparison(comparison, &format!("comparisons[{i}]"), &mut problems);
        for (j, claim) in comparison.claims.iter().enumerate() {
            cites(
                &claim.text,
                &|| format!("comparisons[{i}].claims[{j}].text"),
                &mut problems,
            );
        }
    }
    unique(
        timeline.comparisons.iter().map(|c| c.id.as_str()),
        "comparisons",
        "id",
        &mut problems,
    );
    check_references(&timeline.references, &mut problems);

    if problems.is_empty() {
        Ok(placements.into_iter().flatten().collect())
    } else {
        Err(problems)
    }
}

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

/// Reports every repeat of an id in a list (`<list>[i].<field>`).
fn unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &str,
    field: &str,
    problems: &mut Vec<Problem>,
) {
    report_repeats(&Lookup::new(ids), list, field, problems);
}

fn report_repeats(ids: &Lookup, list: &str, field: &str, problems: &mut Vec<Problem>) {
    for (i, id, first) in ids.repeats() {
        problems.push(Problem::at(
            &format!("{list}[{i}].{field}"),
            format!("duplicate {field} '{id}': already used by {list}[{first}]"),
        ));
    }
}

/// Whether an id is usable in a URL fragment and an element id: 1–64 lowercase letters,
/// digits or hyphens, not starting with a hyphen (so never containing `_`, which `ids` uses).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn check_id(id: &str, path: impl FnOnce() -> String, problems: &mut Vec<Problem>) {
    if !is_valid_id(id) {
        problems.push(Problem::at(
            &path(),
            format!("id '{id}' must be 1–64 lowercase letters, digits or hyphens, not starting with a hyphen"),
        ));
    }
}

fn place_events(events: &[Event], problems: &mut Vec<Problem>) -> Vec<Option<Placement>> {
    let mut placements: Vec<Option<Placement>> = Vec::with_capacity(events.len());
    let index_of = Lookup::new(events.iter().map(|e| e.id.as_str()));
    for (i, event) in events.iter().enumerate() {
        check_id(&event.id, || format!("events[{i}].id"), problems);
        let placement = place(event, i, &index_of, &placements, problems);
        if let Some(p) = &placement {
            if let Some((j, previous)) = placements
                .iter()
                .enumerate()
                .rev()
                .find_map(|(j, q)| q.as_ref().map(|q| (j, q)))
            {
                if p.key < previous.key {
                    problems.push(Problem::at(
                        &format!("events[{i}].time"),
                        format!(
                            "'{}' is earlier than the event before it ('{}', events[{j}]); events must be in time order",
                            super::locale::Locale::english().when(p), events[j].id
                        ),
                    ));
                }
            }
        }
        placements.push(placement);
    }
    report_repeats(&index_of, "events", "id", problems);
    placements
}

fn place(
    event: &Event,
    index: usize,
    index_of: &Lookup,
    earlier: &[Option<Placement>],
    problems: &mut Vec<Problem>,
) -> Option<Placement> {
    let at = |field: &str| match field {
        "" => format!("events[{index}].time"),
        _ => format!("events[{index}].time.{field}"),
    };
    let time = &event.time;
    let phrase = time.phrase.as_deref();
    if let Some(p) = phrase {
        if p.trim().is_empty() {
            problems.push(Problem::at(&at("phrase"), "must not be empty"));
        }
    }
    let forms = [
        time.at.is_some(),
        time.date.is_some() || time.part.is_some(),
        time.after.is_some(),
    ];
    if forms.iter().filter(|f| **f).count() != 1 {
        problems.push(Problem::at(
            &at(""),
            "give exactly one of: 'at' (an exact time), 'date' with 'part' (a part of a day), or 'after' (an earlier event's id)",
        ));
        return None;
    }
    let parse = |field: &str, text: &str, problems: &mut Vec<Problem>| {
        Moment::parse(text)
            .map_err(|e| problems.push(Problem::at(&at(field), format!("malformed time {e}"))))
            .ok()
    };
    if let Some(at) = &time.at {
        return parse("at", at, problems).map(|m| {
            let mut p = Placement::exact(&m);
            if let Some(phrase) = phrase {
                p.phrase = Some(phrase.to_string());
            }
            p
        });
    }
    if let Some(anchor) = &time.after {
        // The first event with that id, if it comes before this one.
        return match index_of.first(anchor).filter(|&j| j < index) {
            Some(j) => earlier[j].as_ref().map(|a| Placement::after(a, phrase)),
            None => {
                let why = if anchor == &event.id {
                    "an event cannot come after itself".to_string()
                } else {
                    format!("no event before events[{index}] has the id '{anchor}' (the event it follows must come first)")
                };
                problems.push(Problem::at(&at("after"), why));
                None
            }
        };
    }
    match (&time.date, time.part) {
        (Some(date), Some(part)) => {
            let moment = parse("date", date, problems)?;
            if moment.precision != super::time::Precision::Day {
                problems.push(Problem::at(
                    &at("date"),
                    format!("a part of the day needs a full date YYYY-MM-DD, found '{date}'"),
                ));
                return None;
            }
            Some(Placement::day_part(&moment, part, phrase))
        }
        (None, _) => {
            problems.push(Problem::at(&at(""), "'part' needs a 'date' (YYYY-MM-DD)"));
            None
        }
        (_, None) => {
            problems.push(Problem::at(
                &at(""),
                "'date' needs a 'part' of the day; for a whole day use 'at'",
            ));
            None
        }
    }
}

fn check_comparison(comparison: &Comparison, path: &str, problems: &mut Vec<Problem>) {
    check_id(&comparison.id, || format!("{path}.id"), problems);
    not_blank(&comparison.title, || format!("{path}.title"), problems);
    for (i, group) in comparison.groups.iter().enumerate() {
        check_id(&group.id, || format!("{path}.groups[{i}].id"), problems);
        not_blank(
            &group.label,
            || format!("{path}.groups[{i}].label"),
            problems,
        );
    }
    unique(
        comparison.groups.iter().map(|g| g.id.as_str()),
        &format!("{path}.groups"),
        "id",
        problems,
    );
    unique(
        comparison.claims.iter().map(|c| c.id.as_str()),
        &format!("{path}.claims"),
        "id",
        problems,
    );
    for (i, claim) in comparison.claims.iter().enumerate() {
        let claim_path = format!("{path}.claims[{i}]");
        check_id(&claim.id, || format!("{claim_path}.id"), problems);
        not_blank(
            &claim.attribution,
            || format!("{claim_path}.attribution"),
            problems,
        );
        not_blank(&claim.text, || format!("{claim_path}.text"), problems);
        for (j, figure) in claim.figures.iter().enumerate() {
            let figure_path = format!("{claim_path}.figures[{j}]");
            if !comparison.groups.iter().any(|g| g.id == figure.group) {
                problems.push(Problem::at(
                    &format!("{figure_path}.group"),
                    format!(
                        "unknown group '{}'; declare it in {path}.groups",
                        figure.group
                    ),
                ));
            }
            not_blank(&figure.value, || format!("{figure_path}.value"), problems);
            match (figure.low, figure.high) {
                (Some(low), Some(high)) if low > high => problems.push(Problem::at(
                    &format!("{figure_path}.high"),
                    format!("high ({high}) is below low ({low})"),
                )),
                (None, Some(_)) => problems.push(Problem::at(
                    &format!("{figure_path}.low"),
                    "'high' needs a 'low' (use the same number for an exact figure)",
                )),
                _ => {}
            }
        }
    }
}

fn check_references(references: &[Reference], problems: &mut Vec<Problem>) {
    let numbers: Vec<String> = references.iter().map(|r| r.id.to_string()).collect();
    unique(
        numbers.iter().map(String::as_str),
        "references",
        "id",
        problems,
    );
    for (i, reference) in references.iter().enumerate() {
        let path = format!("references[{i}]");
        if reference.id == 0 {
            problems.push(Problem::at(
                &format!("{path}.id"),
                "reference numbers start at 1",
            ));
        }
        for (field, value) in [
            ("title", &reference.title),
            ("publisher", &reference.publisher),
            ("date", &reference.date),
            ("url", &reference.url),
        ] {
            not_blank_if_given(value.as_deref(), || format!("{path}.{field}"), problems);
        }
        if let Some(url) = reference.url.as_deref().filter(|u| !u.trim().is_empty()) {
            if let Err(why) = check_link(url) {
                problems.push(Problem::at(&format!("{path}.url"), why));
            }
        }
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
