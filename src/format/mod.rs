//! The data format: what a story is, in types with no browser in them and no checking.
//! The checker (`crate::checker`) turns JSON into these; the view model and the components
//! only read them. Time (`time`) depends on nothing.

pub mod citation;
pub mod day_part;
pub mod keyword;
pub mod media;
pub mod time;
pub mod types;

pub use day_part::DayPart;
pub use keyword::Keyword;
pub use media::{Media, MediaKind};
pub use time::{Moment, Placement, Precision};
pub use types::*;

/// The built-in story: the 2014 raid on Idlib city, in the timeline format. (The crate's
/// own unit tests read it whatever the features.)
#[cfg(any(feature = "builtin-story", test))]
pub const IDLIB_2014: &str = include_str!("../../data/idlib-2014.json");

/// A story the checker passed, with each event's place in time: what the widget renders.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub timeline: TimelineData,
    pub placements: Vec<Placement>,
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
