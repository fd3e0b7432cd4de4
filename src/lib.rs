//! Teams Phone resource account license calculator.
//!
//! `engine` and `plan_file` are pure Rust and build everywhere; `ui` and `platform` are
//! the browser side and build for wasm32 only.

pub mod engine;
pub mod examples;
pub mod plan_file;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
