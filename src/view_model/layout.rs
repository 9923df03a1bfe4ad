//! Layout math for the time axis, in whole percent of the axis so that positions can be
//! expressed as CSS classes (no inline styles: the widget must run under a strict CSP).

use crate::format::time::{DayPart, Moment, Placement, Precision, Shown};
use crate::format::Story;
use crate::format::TimeForm;

#[cfg(test)]
use super::ticks::MAX_TICKS;
use super::ticks::{room_at_the_end, ticks, Scale, Tick};
use super::zoom::{Window, Zoom};

/// Events closer than this (in percent of the axis) go on different lanes.
pub const LANE_GAP: u16 = 25;
/// The rows the stylesheet can place a tab in (`.et-lane-0` to `.et-lane-15`).
pub const LANE_ROWS: u8 = 16;

/// Where one event sits: its point, its possible span, its lane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventBox {
    pub at: u16,
    pub from: u16,
    pub to: u16,
    pub lane: u8,
    /// The event's moment is outside the part of the axis shown (zoomed in): its tab is not
    /// drawn, and its bar only where it crosses the view.
    pub out: bool,
    /// The end is not reported ("later"): the span fades out to the end of the axis.
    pub open_end: bool,
    pub approximate: bool,
}

/// What a band behind the events stands for: a part of a day the events use ("overnight",
/// named in the reader's language by `Locale::part`), or one of the story's eras (by index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandKind {
    Part(DayPart),
    Era(usize),
}

/// A labelled band behind the events: a part of a day or an era.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub kind: BandKind,
    pub from: u16,
    pub to: u16,
    pub lane: u8,
}

/// Where a track's block of lanes begins, for its label (`track`: its index in the story's
/// tracks; `None` for the events that name no track, drawn after the named ones).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackRow {
    pub track: Option<usize>,
    pub lane: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisLayout {
    pub events: Vec<EventBox>,
    /// The first lane of each track that has events (empty for a story without tracks; not in
    /// the viewer build, which the element never gives a story with tracks).
    #[cfg(not(event_timeline_viewer))]
    pub tracks: Vec<TrackRow>,
    pub bands: Vec<Band>,
    pub ticks: Vec<Tick>,
    pub lanes: u8,
    pub band_lanes: u8,
    /// The events fall on more than one date: a part of a day ("before dawn") then needs its
    /// date beside it on the axis to say which day.
    pub several_days: bool,
}

/// Puts each event in its track's block of lanes (the tracks in the story's order, then the
/// events without one), each block as few lanes as its events need; returns where each block
/// begins, and sets `lanes` to all the blocks' lanes. A dense story's clusters have no lanes.
#[cfg(not(event_timeline_viewer))]
fn in_tracks(story: &Story, events: &mut [EventBox], dense: bool, lanes: &mut u8) -> Vec<TrackRow> {
    let tracks = &story.timeline.tracks;
    if tracks.is_empty() || dense {
        return Vec::new();
    }
    let group = |i: usize| {
        story.timeline.events[i]
            .track
            .as_ref()
            .and_then(|id| tracks.iter().position(|t| &t.id == id))
            .unwrap_or(tracks.len())
    };
    let mut ends: Vec<Vec<u16>> = vec![Vec::new(); tracks.len() + 1];
    let inner: Vec<u8> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if e.out && e.from == e.to {
                return 0;
            }
            let until = lane_taken_until(&story.placements[i], e.at, e.to);
            assign_lane(&mut ends[group(i)], e.at, until)
        })
        .collect();
    let (mut rows, mut offsets, mut first) = (Vec::new(), Vec::new(), 0u8);
    for (g, lanes) in ends.iter().enumerate() {
        offsets.push(first);
        if !lanes.is_empty() {
            rows.push(TrackRow {
                track: (g < tracks.len()).then_some(g),
                lane: first,
            });
            first = first.saturating_add(lanes.len() as u8);
        }
    }
    // Blocks that need more rows than the axis has would draw tabs on each other: the events
    // then share lanes as in a story without tracks (each tab still says its track).
    if first > LANE_ROWS {
        return Vec::new();
    }
    for (i, event) in events.iter_mut().enumerate() {
        event.lane = offsets[group(i)].saturating_add(inner[i]);
    }
    *lanes = first.max(1);
    rows
}

/// The story's eras in minutes (start, end), by index.
#[cfg(not(event_timeline_viewer))]
fn era_minutes(story: &Story) -> Vec<(usize, i64, i64)> {
    story
        .timeline
        .eras
        .iter()
        .enumerate()
        .filter_map(|(i, era)| {
            let start = Moment::parse(&era.start).ok()?.start_minute();
            Some((i, start, Moment::parse(&era.end).ok()?.end_minute()))
        })
        .collect()
}

/// The axis's start and end, widened to hold every era.
#[cfg(not(event_timeline_viewer))]
fn widened_for_eras(story: &Story, start: i64, end: i64) -> (i64, i64) {
    era_minutes(story)
        .iter()
        .fold((start, end), |(s, e), era| (s.min(era.1), e.max(era.2)))
}

/// Each era as a band, on the first row from `first_row` where it fits.
#[cfg(not(event_timeline_viewer))]
fn era_bands(story: &Story, scale: &Scale, first_row: u8) -> Vec<Band> {
    let mut rows: Vec<u16> = Vec::new();
    era_minutes(story)
        .into_iter()
        .map(|(i, from, to)| {
            let (from, to) = (scale.percent(from), scale.percent(to));
            Band {
                kind: BandKind::Era(i),
                from,
                to,
                lane: first_row + assign_lane(&mut rows, from, to),
            }
        })
        .collect()
}

// The viewer build reads no eras (the element gives a story with them to the full build).
#[cfg(event_timeline_viewer)]
fn widened_for_eras(_: &Story, start: i64, end: i64) -> (i64, i64) {
    (start, end)
}

#[cfg(event_timeline_viewer)]
fn era_bands(_: &Story, _: &Scale, _: u8) -> Vec<Band> {
    Vec::new()
}

/// The story's whole axis: every event and its possible span, and its eras.
pub fn full_window(story: &Story) -> Window {
    let placements = &story.placements;
    let start = placements.iter().map(|p| p.start).min().unwrap_or(0);
    let end = placements
        .iter()
        .map(|p| p.end.unwrap_or(p.key))
        .max()
        .unwrap_or(start)
        .max(start + 1);
    // Leave room for open-ended spans to visibly continue past their anchor.
    let has_open = placements.iter().any(|p| p.end.is_none());
    let end = if has_open && placements.iter().all(|p| p.end.unwrap_or(p.key) <= p.key) {
        end + (end - start).max(60) / 4
    } else {
        end
    };
    let (start, end) = widened_for_eras(story, start, end);
    Window {
        start,
        span: end - start,
    }
}

/// Lays out the events the axis shows of the story (its whole window, or the part a reader
/// zoomed to), in whole percent of what is shown.
pub fn layout(story: &Story, zoom: &Zoom) -> AxisLayout {
    let placements = &story.placements;
    let shown = &zoom.shown;
    let (start, end) = (shown.start, shown.end());
    let scale = Scale {
        start,
        span: shown.span,
    };

    // Dense stories are drawn as clusters, not lanes (see `density`).
    let dense = super::density::is_dense(placements.len());
    let mut lane_ends: Vec<u16> = Vec::new();
    #[cfg_attr(event_timeline_viewer, allow(unused_mut))]
    let mut events: Vec<EventBox> = placements
        .iter()
        .map(|p| {
            let at = scale.percent(p.key);
            let (from, to) = (
                scale.percent(p.start),
                p.end.map_or(100, |e| scale.percent(e)),
            );
            let out = p.key < start || p.key > end;
            // Lanes for what the view shows: an event's tab, or the part of its bar in view.
            let lane = if dense || (out && from == to) {
                0
            } else {
                assign_lane(&mut lane_ends, at, lane_taken_until(p, at, to))
            };
            EventBox {
                at,
                from,
                to,
                lane,
                out,
                open_end: p.end.is_none(),
                approximate: fuzzy(p),
            }
        })
        .collect();

    #[cfg_attr(event_timeline_viewer, allow(unused_mut))]
    let mut lanes = lane_ends.len().clamp(1, usize::from(u8::MAX)) as u8;
    #[cfg(not(event_timeline_viewer))]
    let tracks = in_tracks(story, &mut events, dense, &mut lanes);
    let mut bands = bands(story, &scale);
    // Eras below the parts of a day.
    let first_row = bands.iter().map(|b| b.lane + 1).max().unwrap_or(0);
    bands.extend(era_bands(story, &scale, first_row));
    let band_lanes = bands.iter().map(|b| b.lane + 1).max().unwrap_or(0);
    AxisLayout {
        events,
        #[cfg(not(event_timeline_viewer))]
        tracks,
        ticks: room_at_the_end(ticks(start, end, &scale, !zoom.is_fit())),
        lanes,
        bands,
        band_lanes,
        several_days: several_days(placements),
    }
}

/// Where the next event in an event's lane may start: room for its tab, and for an event that
/// lasted, its whole bar (`to`), so that two bars never run into each other.
fn lane_taken_until(p: &Placement, at: u16, to: u16) -> u16 {
    let tab = at.saturating_add(LANE_GAP);
    if p.until.is_some() {
        return tab.max(to);
    }
    tab
}

/// Whether an event's span is drawn fuzzy: either end uncertain.
fn fuzzy(p: &Placement) -> bool {
    if p.until.as_ref().is_some_and(|u| u.approximate) {
        return true;
    }
    p.approximate
}

/// Whether the events' dates differ (a year or a month counts as more than one date).
fn several_days(placements: &[Placement]) -> bool {
    let mut dates = placements.iter().filter_map(|p| match &p.shown {
        Shown::Exact(m) | Shown::Part { date: m, .. } => Some((
            (m.year, m.month, m.day),
            matches!(m.precision, Precision::Year | Precision::Month),
        )),
        Shown::After => None,
        // Uncertain by more than a day.
        #[cfg(not(event_timeline_viewer))]
        Shown::About(m) | Shown::Before(m) | Shown::Between(m, _) => {
            Some(((m.year, m.month, m.day), true))
        }
    });
    let first = dates.next();
    first.is_some_and(|(_, coarse)| coarse) || dates.any(|d| Some(d) != first)
}

/// First lane whose last item ends at or before `from`; opens a new lane if none.
fn assign_lane(lane_ends: &mut Vec<u16>, from: u16, until: u16) -> u8 {
    match lane_ends.iter().position(|&end| end <= from) {
        Some(i) => {
            lane_ends[i] = until;
            i as u8
        }
        None => {
            lane_ends.push(until);
            (lane_ends.len() - 1) as u8
        }
    }
}

/// One band per distinct (date, part) the events use; "day" (time not given) has none.
fn bands(story: &Story, scale: &Scale) -> Vec<Band> {
    let mut seen: Vec<(String, DayPart)> = Vec::new();
    let mut lane_ends = Vec::new();
    let mut out = Vec::new();
    for event in &story.timeline.events {
        let TimeForm::DayPart { date, part } = &event.time.form else {
            continue;
        };
        if *part == DayPart::Day || seen.iter().any(|(d, p)| d == date && p == part) {
            continue;
        }
        seen.push((date.clone(), *part));
        let Ok(moment) = Moment::parse(date) else {
            continue;
        };
        let placement = Placement::day_part(&moment, *part, None);
        let from = scale.percent(placement.start);
        let to = placement.end.map_or(100, |e| scale.percent(e));
        out.push(Band {
            kind: BandKind::Part(*part),
            from,
            to,
            lane: assign_lane(&mut lane_ends, from, to),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::load;
    use crate::format::IDLIB_2014;

    fn fit(story: &Story) -> AxisLayout {
        layout(story, &Zoom::new(full_window(story)))
    }

    fn story_with_times(times: &[&str]) -> Story {
        let events: Vec<String> = times
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(r#"{{"id":"e{i}","time":{{"at":"{t}"}},"headline":"h","text":"t"}}"#)
            })
            .collect();
        load(&format!(
            r#"{{"title":"t","events":[{}]}}"#,
            events.join(",")
        ))
        .unwrap()
    }

    #[test]
    fn the_raid_crosses_midnight_with_one_date_tick() {
        let story = load(IDLIB_2014).unwrap();
        let axis = fit(&story);
        assert_eq!(axis.events.len(), 9);
        assert!(!axis.several_days, "every event is on 27 October 2014");
        // One tick: the midnight that starts 27 October, inside the overnight band.
        assert_eq!(axis.ticks.len(), 1);
        let english = crate::languages::Locale::english();
        assert_eq!(english.date(&axis.ticks[0].moment), "27 October 2014");
        let night = &axis.bands[0];
        assert_eq!(night.kind, BandKind::Part(DayPart::Overnight));
        assert!(night.from < axis.ticks[0].at && axis.ticks[0].at < night.to);
        // Events are ordered left to right and never share a lane at the same point.
        for w in axis.events.windows(2) {
            assert!(w[0].at <= w[1].at);
        }
        for (i, a) in axis.events.iter().enumerate() {
            for b in &axis.events[i + 1..] {
                assert!(a.lane != b.lane || a.at.abs_diff(b.at) >= LANE_GAP);
            }
        }
        // "Later" recapture of the hill is open-ended.
        let later = &axis.events[3];
        assert!(later.open_end && later.to == 100);
        // No band for "during the operation" (time of day not given).
        assert!(axis
            .bands
            .iter()
            .all(|b| b.kind != BandKind::Part(DayPart::Day)));
    }

    #[test]
    fn eras_widen_the_axis_and_lie_below_the_parts_of_a_day() {
        let mut story = story_with_times(&["1962-06-01", "1963-06-01"]);
        story.timeline.eras = vec![
            crate::format::Era {
                label: "Before".into(),
                start: "1961".into(),
                end: "1962".into(),
                description: None,
            },
            crate::format::Era {
                label: "After".into(),
                start: "1963".into(),
                end: "1964-12".into(),
                description: None,
            },
        ];
        let axis = fit(&story);
        let eras: Vec<(BandKind, u16, u16, u8)> = axis
            .bands
            .iter()
            .map(|b| (b.kind, b.from, b.to, b.lane))
            .collect();
        // 1961 to the end of 1964: four years, the first two and the last two.
        assert_eq!(
            eras,
            [(BandKind::Era(0), 0, 50, 0), (BandKind::Era(1), 50, 100, 0)]
        );
        assert_eq!(axis.band_lanes, 1);
        assert!(axis.events[0].at > 25 && axis.events[1].at < 75);
    }

    #[test]
    fn a_zoomed_view_places_finer_and_hides_what_it_does_not_show() {
        // Thirty days of events at noon; the view closes in on the 10th, from 06:00 to 18:00.
        let days: Vec<String> = (1..=30).map(|d| format!("2020-01-{d:02}T12:00")).collect();
        let story = story_with_times(&days.iter().map(String::as_str).collect::<Vec<_>>());
        let whole = full_window(&story);
        let tenth = Moment::parse("2020-01-10T06:00").unwrap().start_minute();
        let zoom = Zoom {
            full: whole,
            shown: Window {
                start: tenth,
                span: 720,
            },
        };
        let axis = layout(&story, &zoom);
        let shown: Vec<usize> = (0..30).filter(|&i| !axis.events[i].out).collect();
        assert_eq!(shown, [9]);
        // Noon is the middle of the view (on the whole axis it was 31 % along).
        assert_eq!(axis.events[9].at, 50);
        assert_eq!(fit(&story).events[9].at, 31);
        assert!(axis.events.iter().filter(|e| e.out).all(|e| e.lane == 0));
        // Clock ticks on round hours, at most MAX_TICKS of them.
        let english = crate::languages::Locale::english();
        let labels: Vec<String> = axis.ticks.iter().map(|t| english.tick(&t.moment)).collect();
        assert_eq!(labels, ["08:00", "10:00", "12:00", "14:00", "16:00"]);
        // Over midnight the midnight says its date.
        let night = Zoom {
            full: whole,
            shown: Window {
                start: tenth + 15 * 60,
                span: 12 * 60,
            },
        };
        let labels: Vec<String> = layout(&story, &night)
            .ticks
            .iter()
            .map(|t| english.tick(&t.moment))
            .collect();
        assert!(
            labels.contains(&"11 January 2020".to_string()),
            "{labels:?}"
        );
        // The whole story at fit keeps its date ticks.
        assert!(fit(&story)
            .ticks
            .iter()
            .all(|t| t.moment.precision != Precision::Minute));
    }

    #[test]
    fn aeons_get_round_ticks_in_a_few_steps() {
        let axis = fit(&story_with_times(&["-13800000000", "-300", "1990"]));
        let years: Vec<i64> = axis.ticks.iter().map(|t| t.moment.given_year()).collect();
        assert!(years.len() <= MAX_TICKS && years.len() >= 3, "{years:?}");
        // Every two billion years, then the last boundary.
        assert_eq!(years[0], -12_000_000_000, "{years:?}");
        assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
        assert_eq!(years.last(), Some(&1990));
        // Centuries around the common era fall on round years on both sides of it.
        let axis = fit(&story_with_times(&["-450", "0150"]));
        let years: Vec<i64> = axis.ticks.iter().map(|t| t.moment.given_year()).collect();
        assert_eq!(years, [-400, -300, -200, -100, 150]);
    }

    #[test]
    fn an_event_that_lasted_keeps_its_lane_to_its_end() {
        let story = crate::checker::load(
            r#"{"title": "T", "events": [
            {"id": "siege", "time": {"at": "2020-01-01"}, "end": {"at": "2020-01-08"}, "headline": "A"},
            {"id": "b", "time": {"at": "2020-01-05"}, "headline": "B"},
            {"id": "c", "time": {"at": "2020-01-09"}, "headline": "C"},
            {"id": "d", "time": {"at": "2020-01-10"}, "headline": "D"}]}"#,
        )
        .unwrap();
        let axis = fit(&story);
        let siege = &axis.events[0];
        // The bar reaches 8 January (to its end), and nothing else starts in its lane before.
        assert!(siege.to > axis.events[1].at && !siege.approximate && !siege.open_end);
        assert_ne!(axis.events[1].lane, siege.lane);
        assert!(axis
            .events
            .iter()
            .skip(1)
            .all(|e| e.lane != siege.lane || e.at >= siege.to));
    }

    #[test]
    fn tracks_are_blocks_of_lanes_in_the_story_order_and_the_rest_comes_last() {
        let mut story = story_with_times(&["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"]);
        story.timeline.tracks = vec![
            crate::format::Track {
                id: "a".into(),
                label: "A".into(),
            },
            crate::format::Track {
                id: "b".into(),
                label: "B".into(),
            },
        ];
        for (event, track) in
            story
                .timeline
                .events
                .iter_mut()
                .zip([Some("b"), Some("a"), None, Some("b")])
        {
            event.track = track.map(str::to_string);
        }
        let axis = fit(&story);
        let lanes: Vec<u8> = axis.events.iter().map(|e| e.lane).collect();
        // A: e1 on lane 0. B: e0 and e3 (far apart: one lane), lane 1. No track: e2, lane 2.
        assert_eq!(lanes, [1, 0, 2, 1]);
        assert_eq!(
            axis.tracks,
            [
                TrackRow {
                    track: Some(0),
                    lane: 0
                },
                TrackRow {
                    track: Some(1),
                    lane: 1
                },
                TrackRow {
                    track: None,
                    lane: 2
                },
            ]
        );
        assert_eq!(axis.lanes, 3);
        // Seventeen tracks of one event each need more rows than the axis has: no blocks.
        let times: Vec<String> = (1..=17).map(|d| format!("2020-01-{d:02}")).collect();
        let mut many = story_with_times(&times.iter().map(String::as_str).collect::<Vec<_>>());
        many.timeline.tracks = (0..17)
            .map(|k| crate::format::Track {
                id: format!("t{k}"),
                label: format!("T{k}"),
            })
            .collect();
        for (k, event) in many.timeline.events.iter_mut().enumerate() {
            event.track = Some(format!("t{k}"));
        }
        let shared = fit(&many);
        assert!(shared.tracks.is_empty());
        assert!(shared.lanes < LANE_ROWS && shared.events.iter().all(|e| e.lane < LANE_ROWS));
    }

    #[test]
    fn a_month_of_days_gets_ticks_on_round_days() {
        let days: Vec<String> = (1..=30).map(|d| format!("2020-01-{d:02}")).collect();
        let days: Vec<&str> = days.iter().map(String::as_str).collect();
        let axis = fit(&story_with_times(&days));
        let labels: Vec<u32> = axis.ticks.iter().map(|t| t.moment.day).collect();
        assert_eq!(labels, [6, 11, 16, 21, 26]);
        // Two months: the 1st, 11th and 21st (longer, the months: `ticks_never_flood`).
        let axis = fit(&story_with_times(&["2020-01-01", "2020-02-28"]));
        let labels: Vec<(u32, u32)> = axis
            .ticks
            .iter()
            .map(|t| (t.moment.month, t.moment.day))
            .collect();
        assert_eq!(labels, [(1, 11), (1, 21), (2, 1), (2, 11), (2, 21)]);
    }

    #[test]
    fn ticks_never_flood() {
        for times in [
            vec!["2014-10-27T00:00", "2014-10-27T23:59"],
            vec!["2014-01-01", "2014-03-15"],
            vec!["2020-01-01", "2020-02-09"],
            vec!["2020-01-03", "2020-03-04"],
            vec!["2020-01-30", "2020-02-28"],
            vec!["2001", "2014-06-02"],
            vec!["1900", "2020"],
            vec!["2014-10-27T05:00"],
        ] {
            let axis = fit(&story_with_times(&times));
            assert!(axis.ticks.len() <= MAX_TICKS, "{times:?}: {:?}", axis.ticks);
            for t in &axis.ticks {
                assert!(t.at <= 100);
            }
        }
        let axis = fit(&story_with_times(&["2014-01-01", "2014-03-15"]));
        let english = crate::languages::Locale::english();
        assert_eq!(english.date(&axis.ticks[0].moment), "February 2014");
        let axis = fit(&story_with_times(&["1900", "2020"]));
        assert!(axis.ticks.iter().any(|t| english.date(&t.moment) == "1980"));
    }

    #[test]
    fn the_last_boundary_has_its_tick() {
        let english = crate::languages::Locale::english();
        let dates = |times: &[&str]| -> Vec<String> {
            let axis = fit(&story_with_times(times));
            assert!(axis.ticks.len() <= MAX_TICKS, "{times:?}");
            assert!(axis.ticks.windows(2).all(|w| w[0].at < w[1].at));
            axis.ticks.iter().map(|t| english.date(&t.moment)).collect()
        };
        // Eight years fit eight ticks: every one, 1969 too, whose label (near the end) goes
        // before its line, in the place of 1968's.
        let apollo = dates(&["1961-05-25", "1967-01-27", "1969-07-16", "1969-07-24"]);
        assert_eq!(
            apollo,
            ["1962", "1963", "1964", "1965", "1966", "1967", "1969"]
        );
        let axis = fit(&story_with_times(&["1961-05-25", "1969-07-24"]));
        let before: Vec<bool> = axis.ticks.iter().map(|t| t.label_before).collect();
        assert_eq!(before, [false, false, false, false, false, false, true]);
        // Seventeen years: every fifth, then the last, which takes the place of 1975.
        let longer = dates(&["1961-05-25", "1978-07-16"]);
        assert_eq!(longer, ["1965", "1970", "1978"]);
        let century = dates(&["1900", "2020"]);
        assert_eq!(century, ["1920", "1940", "1960", "1980", "2020"]);
        // Fourteen months: every second month, then the last in place of January.
        let months = dates(&["2013-12-20", "2015-02-03"]);
        assert_eq!(months.first().map(String::as_str), Some("January 2014"));
        assert_eq!(months.last().map(String::as_str), Some("February 2015"));
    }

    #[test]
    fn several_dates_are_told_from_one() {
        let several = |times: &[&str]| fit(&story_with_times(times)).several_days;
        assert!(!several(&["2014-10-27T09:00", "2014-10-27"]));
        assert!(several(&["2014-10-27", "2014-10-28T09:00"]) && several(&["2014-10"]));
    }

    #[test]
    fn exact_times_are_points() {
        let axis = fit(&story_with_times(&["2014-10-27T00:00", "2014-10-27T12:00"]));
        assert_eq!(axis.events[0].at, 0);
        assert_eq!(axis.events[1].at, 100);
        assert!(!axis.events[0].approximate);
    }
}
