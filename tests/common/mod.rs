//! Helpers shared by the native test files (each uses some of them).
#![allow(dead_code)]

pub mod broken;
#[cfg(feature = "prerender")]
pub mod render;
