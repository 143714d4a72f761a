//! Semantic analysis: the type model, type printing, and (growing) module loading, name
//! resolution and lazy typing. It knows nothing about output formats, the cache or the server.

pub(crate) mod ancestors;
pub mod check;
pub mod classcheck;
pub mod constraints;
pub mod expr;
pub mod fields;
pub mod interp;
pub mod localinit;
pub mod loops;
pub mod matcher;
pub mod modules;
pub mod outline;
pub mod overloads;
pub mod print;
pub mod refs;
pub mod signature;
pub mod sources;
pub mod stats;
pub mod typer;
pub mod types;
pub mod unify;
