//! hxs: Haxe compiler services (display queries, checking builds, a compilation server) in Rust.
//!
//! The layers point one way: `syntax` knows nothing above it, `project` knows class paths and
//! command lines, `display` turns trees into haxe's output formats, `cli` maps outcomes to exit codes.

pub mod build;
pub mod cache;
pub mod cli;
pub mod corpus;
pub mod display;
pub mod project;
pub mod sema;
pub mod server;
pub mod syntax;
