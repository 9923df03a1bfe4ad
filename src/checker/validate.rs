//! Checks that a structurally sound timeline also makes sense: ids, order in time,
//! citations that point somewhere, safe links. Every problem is collected.

use super::lookup::Lookup;
use super::media::check_media;
use super::placing::place_events;
use super::problem::Problem;
use super::rules::{check_id, check_link, not_blank, not_blank_if_given, report_repeats};
use crate::format::citation::cited_numbers;
use crate::format::{Comparison, Era, Reference, TimelineData, Update};
use crate::format::{Moment, Placement, Precision};

/// Validates a timeline; on success returns each event's placement in time. With
/// `reference_ids_read` false (the shape check could not read a reference's id) citations
/// are not matched against the references: each would only echo that one problem.
pub fn validate(
    timeline: &TimelineData,
    reference_ids_read: bool,
) -> Result<Vec<Placement>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut references: Vec<u32> = timeline.references.iter().map(|r| r.id).collect();
    references.sort_unstable();
    let cites = |text: &str, path: &dyn Fn() -> String, problems: &mut Vec<Problem>| {
        for n in cited_numbers(text) {
            if reference_ids_read && references.binary_search(&n).is_err() {
                problems.push(Problem::at(
                    &path(),
                    format!("citation [{n}] points to no reference: there is no reference {n} in 'references'"),
                ));
            }
        }
    };

    super::language::check_language(timeline, &mut problems);
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
        for (field, text) in event.cited_texts() {
            cites(text, &|| at(field), &mut problems);
        }
        if let Some(media) = &event.media {
            check_media(media, &at("media"), &mut problems);
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
    for (i, track) in timeline.tracks.iter().enumerate() {
        check_id(&track.id, || format!("tracks[{i}].id"), &mut problems);
        not_blank(&track.label, || format!("tracks[{i}].label"), &mut problems);
    }
    unique(
        timeline.tracks.iter().map(|t| t.id.as_str()),
        "tracks",
        "id",
        &mut problems,
    );
    for (i, event) in timeline.events.iter().enumerate() {
        match &event.track {
            Some(id) if !timeline.tracks.iter().any(|t| &t.id == id) => {
                problems.push(Problem::at(
                    &format!("events[{i}].track"),
                    format!("'{id}' is not the id of a track in 'tracks'"),
                ));
            }
            _ => {}
        }
    }
    for (i, era) in timeline.eras.iter().enumerate() {
        check_era(
            era,
            &|field: &str| format!("eras[{i}].{field}"),
            &mut problems,
        );
    }
    for (i, update) in timeline.updates.iter().enumerate() {
        let at = |field: &str| format!("updates[{i}].{field}");
        check_update(timeline, update, &at, &mut problems);
        cites(&update.text, &|| at("text"), &mut problems);
    }

    if problems.is_empty() {
        Ok(placements.into_iter().flatten().collect())
    } else {
        Err(problems)
    }
}

/// A named period: a label, a start and an end the format reads, the end not before the start.
fn check_era(era: &Era, at: &dyn Fn(&str) -> String, problems: &mut Vec<Problem>) {
    not_blank(&era.label, || at("label"), problems);
    not_blank_if_given(era.description.as_deref(), || at("description"), problems);
    let mut moment = |field: &str, text: &str| {
        Moment::parse(text)
            .map_err(|e| problems.push(Problem::at(&at(field), e.to_string())))
            .ok()
    };
    let (start, end) = (moment("start", &era.start), moment("end", &era.end));
    if let (Some(start), Some(end)) = (start, end) {
        if end.end_minute() <= start.start_minute() {
            problems.push(Problem::at(
                &at("end"),
                format!(
                    "the era ends ('{}') before it starts ('{}')",
                    era.end, era.start
                ),
            ));
        }
    }
}

/// An entry of the record of changes: a day it was made, words saying what changed, and only
/// events that exist, each named once.
fn check_update(
    timeline: &TimelineData,
    update: &Update,
    at: &dyn Fn(&str) -> String,
    problems: &mut Vec<Problem>,
) {
    match Moment::parse(&update.date) {
        Ok(m) if m.precision == Precision::Day => {}
        Ok(_) => problems.push(Problem::at(
            &at("date"),
            format!(
                "'{}': give the day of the change, as YYYY-MM-DD",
                update.date
            ),
        )),
        Err(e) => problems.push(Problem::at(&at("date"), e.to_string())),
    }
    not_blank(&update.text, || at("text"), problems);
    for (j, id) in update.events.iter().enumerate() {
        let path = || at(&format!("events[{j}]"));
        if timeline.event_index(id).is_none() {
            problems.push(Problem::at(
                &path(),
                format!("'{id}' is not the id of an event of this story"),
            ));
        } else if update.events[..j].contains(id) {
            problems.push(Problem::at(&path(), format!("'{id}' is named twice")));
        }
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
