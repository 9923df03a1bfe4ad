//! event-timeline: an embeddable, accessible storytelling timeline, as a Yew component.
//!
//! [`Timeline`] shows a story: events on an axis placed by time, the selected event's detail,
//! every statement with its numbered citations, conflicting accounts side by side. Give it a
//! story in the timeline format (`docs/format.md`) as JSON; it checks the story and shows every
//! problem, located, instead of a blank space. [`checker::load`] runs the same checks in your
//! own code, and [`format`](mod@format) has the story's types.
//!
//! ```
//! use event_timeline::{Remote, Timeline};
//! use yew::prelude::*;
//!
//! const MY_STORY: &str = r#"{
//!   "title": "A small story",
//!   "events": [
//!     { "id": "start", "time": { "at": "2020-05-01" }, "headline": "Something begins",
//!       "text": "It began.[1]" },
//!     { "id": "end", "time": { "date": "2020-05-01", "part": "evening" },
//!       "headline": "Something ends" }
//!   ],
//!   "references": [{ "id": 1, "title": "A report" }]
//! }"#;
//!
//! #[component]
//! fn App() -> Html {
//!     // The app's line to its timeline: the same Remote across renders (use_memo).
//!     let remote = use_memo((), |_| Remote::default());
//!     let to_the_end = {
//!         let remote = remote.clone();
//!         Callback::from(move |_: MouseEvent| remote.select("end", false))
//!     };
//!     // Told of every move the reader makes (not of the first view).
//!     let on_select = Callback::from(|id: AttrValue| gloo_console_log(&id));
//!     html! {
//!         <>
//!             <Timeline story={MY_STORY} remote={(*remote).clone()} {on_select} />
//!             <button onclick={to_the_end}>{ "Go to the end" }</button>
//!         </>
//!     }
//! }
//! # fn gloo_console_log(_: &str) {}
//! ```
//!
//! Several `Timeline`s on a page get their own ids (`et`, `et2`, …) and only the first writes
//! the URL fragment; `id_prefix` and `hash` say otherwise. With the `builtin-story` feature,
//! `<Timeline />` shows the built-in story, the 2014 raid on Idlib city; without it, `story`
//! is required and leaving it out does not compile.
//!
//! The page links `styles/timeline.css`, which the package carries (docs/yew.md: linking it
//! with Trunk, build settings for size, and Yew's fix in `vendor/yew`). Features: `builtin-story`
//! (the raid as the default story), `embed` (the `<event-timeline>` element's JavaScript API,
//! wasm only) and `prerender` (the build-time pre-renderer, native only); a Yew app needs at
//! most the first: `event-timeline = { version = "0.1", default-features = false }`.

// The viewer build (build.rs) leaves out the search, which it never shows: what only the
// search uses is unused there.
#![cfg_attr(event_timeline_viewer, allow(dead_code))]

/// The checker's corpus of broken stories, shared with the integration tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../tests/common/broken.rs"]
mod broken_corpus;
mod browser;
pub mod checker;
mod components;
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod embed_facts;
pub mod format;
pub mod import;
mod languages;
#[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
pub mod prerender;
mod state;
/// The story studio (feature `studio`; its model is tested natively).
#[cfg(any(feature = "studio", test))]
pub mod studio;
mod view_model;

pub use components::{Remote, Source, Timeline, TimelineProps};
pub use view_model::options::{HeadingLevel, Options, Theme};
pub use view_model::sections::{Part, Parts};

/// The built-in story: the 2014 raid on Idlib city, in the timeline format.
#[cfg(any(feature = "builtin-story", test))]
pub use format::IDLIB_2014;
