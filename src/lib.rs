//! event-timeline: an embeddable, accessible storytelling timeline.
//!
//! `model` is plain Rust (data, time, citations, validation, layout); `state` is the widget's
//! reducer; `components` are the Yew views; `browser` is the only place that touches browser
//! APIs. Yew apps use [`Timeline`] directly.

pub mod browser;
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;

pub use components::{SelectRequest, Timeline, TimelineProps};
