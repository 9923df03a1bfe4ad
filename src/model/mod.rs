//! The data model in plain Rust (no browser types), so it is tested natively.

pub mod citation;
mod convert;
pub mod day_part;
pub mod density;
pub mod fragment;
pub mod ids;
pub mod index;
pub mod json;
pub mod layout;
pub mod load;
pub mod locale;
pub mod lookup;
pub mod media;
mod placing;
pub mod problem;
pub mod sections;
pub mod shape;
pub mod time;
pub mod types;
pub mod validate;

pub use load::{fingerprint, load, read_checked, text_from_bytes, Story};
pub use media::Media;
pub use problem::Problem;
pub use time::{DayPart, Placement};
pub use types::*;

/// The built-in dataset: the 2014 raid on Idlib city.
#[cfg(feature = "builtin-story")]
pub const IDLIB_2014: &str = include_str!("../../data/idlib-2014.json");
