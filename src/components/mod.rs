//! Yew function components, one per file.

pub mod app;

pub use app::{App, AppProps};
