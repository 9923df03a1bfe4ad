//! event-timeline: an embeddable, accessible storytelling timeline.
//!
//! Plain Rust, one module per job: [`format`](mod@format) (what a story is), [`checker`] (JSON text to a
//! checked story, or every problem located), [`languages`] (the widget's words) and
//! [`view_model`] (what the widget shows); `state` is the widget's reducer, `components` the
//! Yew view, `browser` the only place that touches browser APIs (ARCHITECTURE.md). Yew apps
//! use [`Timeline`] directly.
//!
//! # In a Yew app
//!
//! ```
//! use event_timeline::Timeline;
//! use yew::prelude::*;
//!
//! /// A story of your own, in the timeline format (`docs/format.md`); the widget checks it
//! /// and shows every problem, located, instead of a blank space.
//! const MY_STORY: &str = r#"{
//!   "title": "A small story",
//!   "events": [
//!     { "id": "start", "time": { "date": "2020-05-01", "part": "morning" },
//!       "headline": "Something begins", "text": "It began in the morning.[1]" }
//!   ],
//!   "references": [{ "id": 1, "title": "A report" }]
//! }"#;
//!
//! #[component]
//! fn App() -> Html {
//!     html! {
//!         <>
//!             // The built-in story: the 2014 raid on Idlib city.
//!             <Timeline />
//!             // Each widget on a page needs its own id prefix; `hash={false}` leaves the
//!             // page's URL alone.
//!             <Timeline json={MY_STORY} id_prefix="mine" hash={false} />
//!         </>
//!     }
//! }
//! ```
//!
//! Link `styles/timeline.css` (in the package) from your page (docs/yew.md). The default features build the `<event-timeline>`
//! element's JavaScript API (`embed`, wasm only) and the build-time pre-renderer
//! (`prerender`, native only); a Yew app needs neither:
//! `event-timeline = { version = "0.1", default-features = false }`.

pub mod browser;
pub mod checker;
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
pub mod format;
pub mod import;
pub mod languages;
#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
pub mod prerender;
pub mod state;
pub mod view_model;

pub use components::{Remote, Timeline, TimelineProps};

/// The built-in story: the 2014 raid on Idlib city, in the timeline format.
#[cfg(feature = "builtin-story")]
pub const IDLIB_2014: &str = include_str!("../data/idlib-2014.json");
