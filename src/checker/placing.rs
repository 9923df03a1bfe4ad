//! Each event's place in time, from its exact time, its date and part of the day, or the
//! event it follows. The checker reports what is wrong in words; a story already checked is
//! placed with a sink that only notes a failure, so the viewer build links none of the words.

use super::lookup::Lookup;
use super::problem::Report;
use super::rules::{check_id, report_repeats};
use crate::format::time::{Moment, Placement, Precision};
use crate::format::{Event, TimeForm};

/// A sink that keeps no words: whether anything was wrong.
struct Failed(bool);

impl Report for Failed {
    fn report(&mut self, _: impl FnOnce() -> String, _: impl FnOnce() -> String) {
        self.0 = true;
    }
}

/// Each event's place in time, for events the checker has passed (`None` if any cannot be
/// placed, or is out of order: then the data was not checked).
pub(crate) fn placements(events: &[Event]) -> Option<Vec<Placement>> {
    let mut failed = Failed(false);
    let placed = place_events(events, &mut failed);
    (!failed.0 && !events.is_empty())
        .then(|| placed.into_iter().collect::<Option<Vec<_>>>())
        .flatten()
}

/// Each event's place in time; what is wrong goes to `problems`.
pub(super) fn place_events(events: &[Event], problems: &mut impl Report) -> Vec<Option<Placement>> {
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
                    problems.report(
                        || format!("events[{i}].time"),
                        || format!(
                            "'{}' is earlier than the event before it ('{}', events[{j}]); events must be in time order",
                            crate::languages::Locale::english().when(p), events[j].id
                        ),
                    );
                }
            }
        }
        placements.push(placement);
    }
    report_repeats(&index_of, "events", "id", problems);
    placements
}

fn place<R: Report>(
    event: &Event,
    index: usize,
    index_of: &Lookup,
    earlier: &[Option<Placement>],
    problems: &mut R,
) -> Option<Placement> {
    let at = |field: &str| format!("events[{index}].time.{field}");
    let time = &event.time;
    let phrase = time.phrase.as_deref();
    if let Some(p) = phrase {
        if p.trim().is_empty() {
            problems.report(|| at("phrase"), || "must not be empty".into());
        }
    }
    let parse = |field: &str, text: &str, problems: &mut R| {
        Moment::parse(text)
            .map_err(|e| problems.report(|| at(field), || format!("malformed time {e}")))
            .ok()
    };
    match &time.form {
        TimeForm::At { at: moment } => parse("at", moment, problems).map(|m| {
            let mut p = Placement::exact(&m);
            if let Some(phrase) = phrase {
                p.phrase = Some(phrase.to_string());
            }
            p
        }),
        // The first event with that id, if it comes before this one.
        TimeForm::After { after } => match index_of.first(after).filter(|&j| j < index) {
            Some(j) => earlier[j].as_ref().map(|a| Placement::after(a, phrase)),
            None => {
                problems.report(|| at("after"), || if after == &event.id {
                    "an event cannot come after itself".to_string()
                } else {
                    format!("no event before events[{index}] has the id '{after}' (the event it follows must come first)")
                });
                None
            }
        },
        TimeForm::DayPart { date, part } => {
            let moment = parse("date", date, problems)?;
            if moment.precision != Precision::Day {
                problems.report(
                    || at("date"),
                    || format!("a part of the day needs a full date YYYY-MM-DD, found '{date}'"),
                );
                return None;
            }
            Some(Placement::day_part(&moment, *part, phrase))
        }
    }
}
