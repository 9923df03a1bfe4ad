//! event-timeline: an embeddable, accessible storytelling timeline.
//!
//! `model` is plain Rust (data, time, citations, validation); `components` are the Yew views;
//! `browser` is the only place that touches browser APIs.

pub mod components;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod browser;
