//! The story view's effects, each a named hook with the reason it exists.

mod focus;

pub use focus::use_focus_follows_selection;
