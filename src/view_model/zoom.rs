//! Zoom and pan: which stretch of the story's time the axis shows. In whole minutes, so that
//! a view compares exactly and a step gives the same view in every engine; the axis lays out
//! only what the view shows, in whole percent of it, so a closer view places events finer
//! than 1 % of the story without a style attribute.

use crate::format::time::{Moment, Precision};

const DAY: i64 = 1440;

/// The narrowest view, in minutes (the axis then places events to the quarter minute).
pub const MIN_SPAN: i64 = 30;
/// Fractions of the view are in millionths: a pixel of the widest screen is still a step.
pub const PARTS: i64 = 1_000_000;
/// How much of the view a selected event keeps from either edge before the view follows it.
const MARGIN: i64 = PARTS / 20;

/// A stretch of time: `span` minutes from `start` (minutes since 1970-01-01T00:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: i64,
    pub span: i64,
}

impl Window {
    /// Just after the window's last minute.
    pub fn end(&self) -> i64 {
        self.start.saturating_add(self.span)
    }

    /// The minute `parts` millionths of the way through the window.
    pub fn at(&self, parts: i64) -> i64 {
        self.start + scale(self.span, parts, PARTS)
    }
}

/// `value * num / den` without overflow for spans of aeons in minutes.
fn scale(value: i64, num: i64, den: i64) -> i64 {
    (i128::from(value) * i128::from(num) / i128::from(den.max(1))) as i64
}

/// What a reader asks of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoomStep {
    /// The view's width times `permille` / 1000 (below 1000 closer, above farther), keeping
    /// the point `anchor` millionths of the way through the view where it is on screen
    /// (`None`: the selected event when it is in view, else the middle).
    Scale { permille: i64, anchor: Option<i64> },
    /// The whole story.
    Fit,
    /// Later by this many millionths of the view's width (earlier when negative): only the
    /// pointer pans, so a native build never makes one.
    #[cfg_attr(not(any(target_arch = "wasm32", test)), allow(dead_code))]
    Pan(i64),
}

impl ZoomStep {
    /// The buttons' and keys' steps: twice as close, twice as far.
    pub const IN: ZoomStep = ZoomStep::Scale {
        permille: 500,
        anchor: None,
    };
    pub const OUT: ZoomStep = ZoomStep::Scale {
        permille: 2000,
        anchor: None,
    };
}

/// The story's whole axis and the part of it shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zoom {
    pub full: Window,
    pub shown: Window,
}

impl Zoom {
    /// The whole story shown.
    pub fn new(full: Window) -> Zoom {
        Zoom { full, shown: full }
    }

    pub fn is_fit(&self) -> bool {
        self.shown == self.full
    }

    /// Whether a step closer would show less (not below [`MIN_SPAN`] minutes).
    pub fn can_zoom_in(&self) -> bool {
        self.shown.span > MIN_SPAN.min(self.full.span)
    }

    /// The view after `step`; `focus` is the selected event's minute, which buttons and keys
    /// zoom around when it is in view.
    pub fn after(&self, step: ZoomStep, focus: i64) -> Zoom {
        let shown = self.shown;
        match step {
            ZoomStep::Fit => Zoom::new(self.full),
            ZoomStep::Pan(parts) => self.placed(shown.at(parts), shown.span),
            ZoomStep::Scale { permille, anchor } => {
                let in_view = focus >= shown.start && focus <= shown.end();
                let anchor = match anchor {
                    Some(parts) => shown.at(parts),
                    None if in_view => focus,
                    None => shown.at(PARTS / 2),
                };
                let span = scale(shown.span, permille, 1000)
                    .clamp(MIN_SPAN.min(self.full.span), self.full.span);
                // The anchor stays at the same fraction of the view.
                let start = anchor - scale(anchor - shown.start, span, shown.span);
                self.placed(start, span)
            }
        }
    }

    /// The view centred on `minute` when it is not in view (or in the margin at an edge),
    /// so that a reader stepping through events sees what comes next on either side.
    pub fn showing(&self, minute: i64) -> Zoom {
        let shown = self.shown;
        let margin = scale(shown.span, MARGIN, PARTS);
        if minute < shown.start + margin || minute > shown.end() - margin {
            self.placed(minute - shown.span / 2, shown.span)
        } else {
            *self
        }
    }

    /// The first and last moment shown, as precise as the view is wide (minutes within two
    /// days, days within three months, months within five years, else years): what a zoom
    /// says it shows.
    pub fn shown_moments(&self) -> (Moment, Moment) {
        let precision = match self.shown.span / DAY {
            days if days <= 2 => Precision::Minute,
            days if days <= 92 => Precision::Day,
            days if days <= 5 * 366 => Precision::Month,
            _ => Precision::Year,
        };
        let at = |minute: i64| {
            let day = Moment::from_day_number(minute.div_euclid(DAY));
            match precision {
                Precision::Minute => Moment {
                    minute_of_day: minute.rem_euclid(DAY) as u32,
                    precision,
                    ..day
                },
                Precision::Day => day,
                Precision::Month => Moment::month_start(day.year, day.month),
                Precision::Year => Moment::year_start(day.year),
            }
        };
        (at(self.shown.start), at(self.shown.end() - 1))
    }

    /// A view of `span` minutes from `start`, kept inside the story.
    fn placed(&self, start: i64, span: i64) -> Zoom {
        let span = span.min(self.full.span);
        let start = start.clamp(self.full.start, self.full.end() - span);
        Zoom {
            full: self.full,
            shown: Window { start, span },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story_of_days(days: i64) -> Zoom {
        Zoom::new(Window {
            start: 0,
            span: days * DAY,
        })
    }

    #[test]
    fn buttons_zoom_around_the_selection_and_fit_restores_the_whole() {
        let zoom = story_of_days(100);
        let selected = 80 * DAY;
        let closer = zoom.after(ZoomStep::IN, selected);
        assert_eq!(closer.shown.span, 50 * DAY);
        // The selection keeps its place on screen (80 % of the way).
        assert_eq!(closer.shown.start, 40 * DAY);
        assert!(!closer.is_fit());
        let back = closer.after(ZoomStep::OUT, selected);
        assert_eq!(back, zoom);
        assert_eq!(closer.after(ZoomStep::Fit, selected), zoom);
        // Farther than the whole story shows the whole story.
        assert_eq!(zoom.after(ZoomStep::OUT, selected), zoom);
    }

    #[test]
    fn zooming_stops_at_half_an_hour_and_stays_inside_the_story() {
        let mut zoom = story_of_days(3);
        for _ in 0..40 {
            zoom = zoom.after(ZoomStep::IN, 0);
        }
        assert_eq!(
            zoom.shown,
            Window {
                start: 0,
                span: MIN_SPAN
            }
        );
        assert!(!zoom.can_zoom_in());
        let end = zoom.after(ZoomStep::Pan(1000 * PARTS), 0);
        assert_eq!(end.shown.end(), 3 * DAY);
        let start = end.after(ZoomStep::Pan(-1000 * PARTS), 0);
        assert_eq!(start.shown.start, 0);
        // A story shorter than the narrowest view cannot zoom in.
        let short = Zoom::new(Window { start: 5, span: 10 });
        assert!(!short.can_zoom_in());
        assert_eq!(short.after(ZoomStep::IN, 5), short);
    }

    #[test]
    fn the_wheel_zooms_around_the_pointer() {
        let zoom = story_of_days(10);
        let step = ZoomStep::Scale {
            permille: 800,
            anchor: Some(PARTS / 5),
        };
        let closer = zoom.after(step, 9 * DAY);
        assert_eq!(closer.shown.span, 8 * DAY);
        // Still a fifth of the way along.
        assert_eq!(closer.shown.start, 2 * DAY - 8 * DAY / 5);
    }

    #[test]
    fn the_view_follows_a_selection_that_leaves_it() {
        let zoom = story_of_days(100)
            .after(ZoomStep::IN, 0)
            .after(ZoomStep::IN, 0);
        assert_eq!(
            zoom.shown,
            Window {
                start: 0,
                span: 25 * DAY
            }
        );
        assert_eq!(zoom.showing(10 * DAY), zoom);
        let moved = zoom.showing(60 * DAY);
        assert!(
            moved.shown.start < 60 * DAY && 60 * DAY < moved.shown.end(),
            "{moved:?}"
        );
        assert_eq!(moved.shown.span, 25 * DAY);
        let back = moved.showing(0);
        assert_eq!(back.shown.start, 0);
    }

    #[test]
    fn a_view_says_its_ends_as_precisely_as_it_is_wide() {
        let english = crate::languages::Locale::english();
        let words = |zoom: &Zoom| {
            let (from, to) = zoom.shown_moments();
            (
                english.date(&from),
                english.date(&to),
                from.minute_of_day,
                to.minute_of_day,
            )
        };
        // 2014-10-27 is day 16,370.
        let day = Zoom::new(Window {
            start: 16_370 * DAY + 240,
            span: 120,
        });
        assert_eq!(
            words(&day),
            ("27 October 2014".into(), "27 October 2014".into(), 240, 359)
        );
        let months = Zoom::new(Window {
            start: 16_370 * DAY,
            span: 400 * DAY,
        });
        assert_eq!(words(&months).0, "October 2014");
        assert_eq!(words(&months).1, "November 2015");
        let years = Zoom::new(Window {
            start: 0,
            span: 36_500 * DAY,
        });
        assert_eq!(
            (words(&years).0, words(&years).1),
            ("1970".into(), "2069".into())
        );
    }

    #[test]
    fn aeons_zoom_to_days_without_overflow() {
        let aeons = Zoom::new(Window {
            start: -13_800_000_000 * 525_960,
            span: 13_800_000_000 * 525_960,
        });
        let mut zoom = aeons;
        let today = -1;
        for _ in 0..60 {
            zoom = zoom.after(ZoomStep::IN, today);
        }
        assert_eq!(zoom.shown.span, MIN_SPAN);
        assert!(zoom.shown.start <= today && today <= zoom.shown.end());
        assert_eq!(zoom.after(ZoomStep::Fit, today), aeons);
    }
}
