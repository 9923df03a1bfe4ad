//! The view model: what the widget shows, worked out in plain Rust from a checked story
//! (positions on the axis, dense clusters, element ids, URL fragments, sections, which
//! places cite each reference), so the components only draw.

pub mod density;
pub mod fragment;
pub mod ids;
pub mod index;
pub mod layout;
pub mod options;
pub mod search;
pub mod sections;
pub mod ticks;
pub mod zoom;
