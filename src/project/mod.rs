//! Everything about the project around a file: command lines, hxml, defines, class paths, the std.

pub mod args;
pub mod classpath;
pub mod defines;
pub mod hxml;
pub mod std_lib;
