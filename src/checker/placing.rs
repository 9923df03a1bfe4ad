//! Each event's place in time, from its exact time, its date and part of the day, or the
//! event it follows. The checker reports what is wrong in words; a story already checked is
//! placed with a sink that only notes a failure, so the viewer build links none of the words.

use super::lookup::Lookup;
use super::problem::Report;
use super::rules::{check_id, report_repeats};
use crate::format::time::{Moment, Placement, Precision};
use crate::format::{Event, TimeForm, TimeSpec};

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
        let placement = place(event, i, None, &index_of, &placements, problems);
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
    // Ends come after every start is placed: an end may be a later event's time.
    place_ends(events, &index_of, &mut placements, problems);
    report_repeats(&index_of, "events", "id", problems);
    placements
}

/// Each event's end, when it has one: its span then reaches it.
fn place_ends(
    events: &[Event],
    index_of: &Lookup,
    placements: &mut [Option<Placement>],
    problems: &mut impl Report,
) {
    let ends: Vec<Option<Placement>> = events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let (end, start) = (event.end.as_ref()?, placements[i].as_ref()?);
            let until = place(event, i, Some(end), index_of, placements, problems)?;
            if until.end.is_some_and(|last| last <= start.start) {
                let english = crate::languages::Locale::english();
                problems.report(
                    || format!("events[{i}].end"),
                    || {
                        format!(
                            "the event ends ('{}') before it starts ('{}')",
                            english.when(&until),
                            english.when(start)
                        )
                    },
                );
                return None;
            }
            Some(until)
        })
        .collect();
    for (placement, until) in placements.iter_mut().zip(ends) {
        if let (Some(p), Some(until)) = (placement, until) {
            p.end = until.end;
            p.until = Some(Box::new(until));
        }
    }
}

/// An event's start (`end`: `None`) or its end: where it sits in time.
fn place<R: Report>(
    event: &Event,
    index: usize,
    end: Option<&TimeSpec>,
    index_of: &Lookup,
    placed: &[Option<Placement>],
    problems: &mut R,
) -> Option<Placement> {
    let (time, field) = match end {
        Some(end) => (end, "end"),
        None => (&event.time, "time"),
    };
    let at = |sub: &str| format!("events[{index}].{field}.{sub}");
    let phrase = time.phrase.as_deref();
    if let Some(p) = phrase {
        if p.trim().is_empty() {
            problems.report(|| at("phrase"), || "must not be empty".into());
        }
    }
    let parse = |sub: &str, text: &str, problems: &mut R| {
        Moment::parse(text)
            .map_err(|e| problems.report(|| at(sub), || format!("malformed time {e}")))
            .ok()
    };
    // The event an end names (any but itself, for `event`), or the earlier one a start
    // follows.
    let named = |id: &str, sub: &str, problems: &mut R| {
        let found = index_of.first(id).filter(|&j| match (end, sub) {
            (None, _) => j < index,
            (Some(_), "event") => j != index,
            _ => true,
        });
        if found.is_none() {
            problems.report(|| at(sub), || match (end, id == event.id) {
                (None, true) => "an event cannot come after itself".to_string(),
                (Some(_), true) => "an event cannot end when it happens; give its end's own time".to_string(),
                (None, false) => format!("no event before events[{index}] has the id '{id}' (the event it follows must come first)"),
                (Some(_), false) => format!("no event has the id '{id}'"),
            });
        }
        found.and_then(|j| placed[j].as_ref())
    };
    match &time.form {
        TimeForm::At { at: moment } => parse("at", moment, problems).map(|m| {
            let mut p = Placement::exact(&m);
            if let Some(phrase) = phrase {
                p.phrase = Some(phrase.to_string());
            }
            p
        }),
        TimeForm::After { after } => {
            named(after, "after", problems).map(|a| Placement::after(a, phrase))
        }
        // The viewer reads only the raid, which has none of these forms.
        #[cfg(event_timeline_viewer)]
        TimeForm::About { .. } | TimeForm::Before { .. } | TimeForm::Between { .. } => None,
        #[cfg(not(event_timeline_viewer))]
        TimeForm::About { about } => {
            parse("about", about, problems).map(|m| Placement::about(&m, phrase))
        }
        #[cfg(not(event_timeline_viewer))]
        TimeForm::Before { before } => {
            parse("before", before, problems).map(|m| Placement::before(&m, phrase))
        }
        #[cfg(not(event_timeline_viewer))]
        TimeForm::Between { between, and } => {
            let (from, to) = (
                parse("between", between, problems),
                parse("and", and, problems),
            );
            let (from, to) = (from?, to?);
            if to.end_minute() <= from.start_minute() {
                problems.report(
                    || at("and"),
                    || format!("'{and}' is before '{between}': give the earlier moment first"),
                );
                return None;
            }
            Some(Placement::between(&from, &to, phrase))
        }
        // The moment that event happened, in its own words unless the end gives some.
        TimeForm::Event { event: id } => named(id, "event", problems).map(|p| {
            let mut p = p.clone();
            p.until = None;
            if let Some(phrase) = phrase {
                p.phrase = Some(phrase.to_string());
            }
            p
        }),
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

#[cfg(test)]
mod tests {
    use crate::checker::load;
    use crate::format::time::Shown;

    /// A made-up story shaped like the raid: a building held from some time after a power
    /// cut until it was retaken later that day, a hill taken overnight and retaken later.
    const HELD: &str = r#"{"title": "Held", "events": [
        {"id": "hill-taken", "time": {"date": "2020-01-01", "part": "overnight"},
         "end": {"event": "hill-retaken"}, "headline": "A hill is taken"},
        {"id": "hill-retaken", "time": {"after": "hill-taken", "phrase": "later"},
         "headline": "The hill is retaken"},
        {"id": "power-cut", "time": {"date": "2020-01-01", "part": "before-dawn"},
         "headline": "The power is cut"},
        {"id": "seized", "time": {"after": "power-cut"}, "end": {"event": "retaken"},
         "headline": "A building is seized"},
        {"id": "retaken", "time": {"date": "2020-01-01", "part": "later-that-day",
         "phrase": "later that day"}, "headline": "The building is retaken"}]}"#;

    #[test]
    fn an_end_named_by_an_event_is_that_events_time_and_bounds_the_span() {
        let story = load(HELD).unwrap();
        let at = |id: &str| story.timeline.event_index(id).unwrap();
        let seized = &story.placements[at("seized")];
        let retaken = &story.placements[at("retaken")];
        // Seized some time after the power cut, held until later that day.
        let until = seized.until.as_deref().unwrap();
        assert_eq!(until.shown, retaken.shown);
        assert_eq!(seized.end, retaken.end);
        assert!(seized.end.is_some() && seized.start < retaken.start);
        // The hill was retaken "later", time not given: its span stays open.
        let hill = &story.placements[at("hill-taken")];
        assert_eq!(hill.until.as_deref().unwrap().shown, Shown::After);
        assert_eq!(hill.end, None);
        // An event without an end has none.
        assert!(story.placements[at("power-cut")].until.is_none());
    }

    #[test]
    fn an_end_after_the_event_itself_is_allowed_and_one_with_itself_is_not() {
        let story = |end: &str| {
            format!(
                r#"{{"title": "T", "events": [
                {{"id": "a", "time": {{"at": "2020-01-01"}}, "end": {end}, "headline": "A"}},
                {{"id": "b", "time": {{"at": "2020-03-01"}}, "headline": "B"}}]}}"#
            )
        };
        let open = load(&story(r#"{"after": "a", "phrase": "for some weeks"}"#)).unwrap();
        assert_eq!(open.placements[0].end, None);
        let exact = load(&story(r#"{"at": "2020-02"}"#)).unwrap();
        let end = crate::format::Moment::parse("2020-02")
            .unwrap()
            .end_minute();
        assert_eq!(exact.placements[0].end, Some(end));
        let itself = load(&story(r#"{"event": "a"}"#)).unwrap_err();
        assert!(
            itself[0].message.contains("cannot end when it happens"),
            "{itself:?}"
        );
        // Ending in the same fuzzy part of the day as it starts is not "before".
        let night = r#"{"title": "T", "events": [{"id": "a", "time": {"date": "2020-01-01",
            "part": "overnight"}, "end": {"date": "2020-01-01", "part": "overnight"},
            "headline": "A"}]}"#;
        assert!(load(night).is_ok());
    }

    #[test]
    fn between_needs_its_and_and_about_stands_alone() {
        let story = |time: &str| {
            format!(
                r#"{{"title": "T", "events": [{{"id": "a", "time": {time}, "headline": "A"}}]}}"#
            )
        };
        let alone = load(&story(r#"{"between": "1820"}"#)).unwrap_err();
        assert!(
            alone[0].message.contains("'between' and 'and' go together"),
            "{alone:?}"
        );
        let both = load(&story(r#"{"about": "1820", "before": "1830"}"#)).unwrap_err();
        assert!(
            both[0].message.contains("'about' (c. a moment)"),
            "{both:?}"
        );
        assert!(load(&story(r#"{"about": "-300", "phrase": "around 300 BCE"}"#)).is_ok());
    }
}
