//! Teams Phone resource account license calculator.
//!
//! `engine` and `plan_file` are pure Rust and build everywhere; `ui` is the browser side
//! and builds for wasm32 only.

pub mod engine;
pub mod examples;
pub mod i18n;
pub mod input;
pub mod plan_file;
pub mod quote;
pub mod share;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
