//! The story view's effects, each a named hook with the reason it exists. A hook of one
//! effect is a plain function returning that effect (no `#[hook]` wrapper: each costs the
//! WebAssembly its own code, docs/size.md).

mod focus;
mod host;
mod identity;
mod url;
#[cfg(not(event_timeline_viewer))]
mod zoom;

pub use focus::{use_focus_follows_selection, use_popover_takes_focus, use_reveal};
pub use host::use_host_requests;
#[cfg(not(event_timeline_viewer))]
pub use host::use_import_report;
pub use identity::use_widget_identity;
#[cfg(not(event_timeline_viewer))]
pub use url::use_search_fragment;
pub use url::{
    section_of, use_follow_fragment, use_open_section_of_fragment, use_report_selection,
};
#[cfg(not(event_timeline_viewer))]
pub use zoom::{use_axis_gestures, use_is_live};
