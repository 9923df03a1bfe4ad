//! The story view's effects, each a named hook with the reason it exists.

mod focus;
mod host;
mod identity;
mod url;

pub use focus::{use_focus_follows_selection, use_popover_takes_focus, use_reveal};
pub use host::use_host_requests;
pub use identity::use_widget_identity;
pub use url::{section_of, use_report_selection, use_url_fragment};
