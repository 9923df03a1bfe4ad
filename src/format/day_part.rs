//! Parts of a day as sources report them, with the approximate bands (in minutes from the
//! date's midnight) used only to place events on the axis, never shown as clock times.

use serde::Serialize;

use super::keyword::Keyword;

/// A part of a day as sources report it ("overnight", "before dawn", ...); the words for it
/// are in each language's messages (`part.<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayPart {
    Overnight,
    BeforeDawn,
    Morning,
    Afternoon,
    Evening,
    LaterThatDay,
    Day,
}

impl Keyword for DayPart {
    const WORDS: &'static [(DayPart, &'static str)] = &[
        (DayPart::Overnight, "overnight"),
        (DayPart::BeforeDawn, "before-dawn"),
        (DayPart::Morning, "morning"),
        (DayPart::Afternoon, "afternoon"),
        (DayPart::Evening, "evening"),
        (DayPart::LaterThatDay, "later-that-day"),
        (DayPart::Day, "day"),
    ];
}

impl DayPart {
    /// Approximate band in minutes from the date's midnight, for layout only.
    /// "Overnight" starts on the evening before, so it crosses midnight.
    pub fn band(self) -> (i64, i64) {
        match self {
            DayPart::Overnight => (-180, 300),
            DayPart::BeforeDawn => (240, 390),
            DayPart::Morning => (360, 720),
            DayPart::Afternoon => (720, 1080),
            DayPart::Evening => (1080, 1320),
            DayPart::LaterThatDay => (720, 1440),
            DayPart::Day => (0, 1440),
        }
    }
}
