//! Date ticks on the time axis: days, months or years on round steps, from minutes to aeons,
//! in whole percent of the axis (`Scale`), as the layout draws them.

use crate::format::time::{year_as_given, year_from_given, Moment};

/// At most this many date ticks are drawn, whatever the span.
pub const MAX_TICKS: usize = 8;

/// The axis: minutes from its start, as whole percent of its span.
pub struct Scale {
    pub start: i64,
    pub span: i64,
}

impl Scale {
    pub fn percent(&self, minute: i64) -> u16 {
        let p = ((minute - self.start) as f64 / self.span as f64 * 100.0).round();
        p.clamp(0.0, 100.0) as u16
    }
}

/// A date boundary on the axis (a midnight, a month or a year start).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub at: u16,
    /// Written in the reader's language (`Locale::date`).
    pub moment: Moment,
    /// Near the axis's end the label sits before its line, where there is room for it.
    pub label_before: bool,
}

/// Past this percentage of the axis a tick's label goes before its line; a tick closer than
/// `LABEL_ROOM` before such a one is left out, so that the two labels never meet.
const LABEL_BEFORE_FROM: u16 = 90;
const LABEL_ROOM: u16 = 20;

/// Turns the last label when it is near the end, making room for it.
pub fn room_at_the_end(mut ticks: Vec<Tick>) -> Vec<Tick> {
    match ticks.pop() {
        Some(last) if last.at > LABEL_BEFORE_FROM => {
            ticks.retain(|t| last.at - t.at >= LABEL_ROOM);
            ticks.push(Tick {
                label_before: true,
                ..last
            });
        }
        Some(last) => ticks.push(last),
        None => {}
    }
    ticks
}

/// Hours and minutes on round steps inside a view of two days or less (`None` for a longer
/// one), a midnight as its date.
#[cfg(not(event_timeline_viewer))]
fn clock_ticks(start: i64, end: i64, scale: &Scale) -> Option<Vec<Tick>> {
    const STEPS: [i64; 12] = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];
    let span = end - start;
    if span > 2 * 1440 {
        return None;
    }
    let step = STEPS
        .into_iter()
        .find(|&step| span / step < MAX_TICKS as i64)
        .unwrap_or(1440);
    let mut ticks = Vec::new();
    let mut minute = start.div_euclid(step) * step + step;
    while minute < end {
        let day = Moment::from_day_number(minute.div_euclid(1440));
        let moment = match minute.rem_euclid(1440) {
            0 => day,
            of_day => Moment {
                minute_of_day: of_day as u32,
                precision: crate::format::time::Precision::Minute,
                ..day
            },
        };
        ticks.push(Tick {
            at: scale.percent(minute),
            moment,
            label_before: false,
        });
        minute += step;
    }
    Some(ticks)
}

/// Date boundaries inside the axis, coarsened (days, months, years) to at most `MAX_TICKS`;
/// a zoomed view (`clock`) of two days or less gets hours and minutes instead (the viewer
/// build, which never zooms, has none).
#[cfg_attr(event_timeline_viewer, allow(unused_variables))]
pub fn ticks(start: i64, end: i64, scale: &Scale, clock: bool) -> Vec<Tick> {
    const DAY: i64 = 1440;
    #[cfg(not(event_timeline_viewer))]
    if let Some(ticks) = clock.then(|| clock_ticks(start, end, scale)).flatten() {
        return ticks;
    }
    let first_day = start.div_euclid(DAY) + i64::from(start.rem_euclid(DAY) != 0);
    let last_day = (end - 1).div_euclid(DAY);
    let days = (last_day - first_day + 1).max(0);
    // Up to eight days, each; to two months (too few month boundaries to mark), the days of
    // the month on the smallest round step that fits (1, 11, 21; 1, 16…), never the 29th to
    // the 31st, which would crowd the next 1st.
    if days <= 62 {
        let step = [1, 2, 5, 10, 15]
            .into_iter()
            .find(|&step| step as i64 * (MAX_TICKS as i64 - 1) >= days)
            .unwrap_or(15);
        let mut ticks = Vec::new();
        for d in first_day..=last_day {
            let moment = Moment::from_day_number(d);
            let round = step == 1 || ((moment.day - 1) % step == 0 && moment.day <= 28);
            if round && d * DAY > start && d * DAY < end {
                ticks.push(Tick {
                    at: scale.percent(d * DAY),
                    moment,
                    label_before: false,
                });
            }
        }
        return ticks;
    }
    let (y0, m0) = {
        let m = Moment::from_day_number(start.div_euclid(DAY));
        (m.year, m.month)
    };
    let (y1, m1) = {
        let m = Moment::from_day_number((end - 1).div_euclid(DAY));
        (m.year, m.month)
    };
    let months = (y1 - y0) * 12 + i64::from(m1) - i64::from(m0);
    // Boundaries by months (counted from the year 0, so that a step falls on quarters) or by
    // years, as people number them (no year 0: 300 BCE is -300), so that a round step gives
    // round years on both sides of the common era.
    let by_month = months <= MAX_TICKS as i64 * 3;
    let (first, last) = match by_month {
        true => (y0 * 12 + i64::from(m0), y1 * 12 + i64::from(m1) - 1),
        false => (year_as_given(y0 + 1), year_as_given(y1)),
    };
    let count = if by_month { months } else { y1 - y0 };
    // The boundaries on round numbers of a step (1970, 1980…; January, April…), and always the
    // last one, where a story ends and often most of its events sit (1961–1969: six of eight
    // in 1969); it takes the place of a tick closer to it than a step. The step is the
    // smallest whose ticks surely fit: every boundary when they do, else at most count / step
    // round ones and the last. Years step by 1, 2 and 5 times a power of ten, to aeons.
    let fits = |step: i64| match step {
        1 => count <= MAX_TICKS as i64,
        _ => count / step < MAX_TICKS as i64,
    };
    let mut step = 1;
    let mut i = 0;
    while !fits(step) && step < 1_000_000_000_000 {
        i += 1;
        step = match by_month {
            true => [1, 2, 3, 6, 12][i.min(4)],
            false => [1, 2, 5][i % 3] * 10_i64.pow(i as u32 / 3),
        };
    }
    let mut ticks = Vec::new();
    let mut n = first.div_euclid(step) * step;
    let mut done = false;
    while count >= 1 && !done {
        // Round boundaries a step or more before the last, then the last.
        let is_last = n > last - step;
        let n_here = if is_last { last } else { n };
        // Years have no 0: a round year is one the step divides (the next is 1 CE).
        if is_last || (n >= first && (by_month || n != 0)) {
            let moment = match by_month {
                true => {
                    Moment::month_start(n_here.div_euclid(12), n_here.rem_euclid(12) as u32 + 1)
                }
                false => Moment::year_start(year_from_given(n_here)),
            };
            ticks.push(Tick {
                at: scale.percent(moment.start_minute()),
                moment,
                label_before: false,
            });
        }
        done = is_last;
        n += step;
    }
    ticks
}
