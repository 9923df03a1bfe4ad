//! Helpers shared by the native test files.

pub mod broken;
