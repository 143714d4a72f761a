//! Turns parsed and typed trees into haxe 4.2.5 display output (XML and JSON), one file per mode.

pub mod accessors;
pub mod diagnostics;
pub mod field_access;
pub mod fields;
pub mod hover;
pub mod inferred_flow;
pub mod json;
pub mod module_symbols;
pub mod no_effect;
pub mod position;
pub mod scope;
pub mod signature;
pub mod toplevel;
pub mod type_path;
pub mod usage;
