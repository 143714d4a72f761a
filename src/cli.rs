//! Command-line entry: parses arguments, runs each build, prints haxe-compatible output, returns the exit code.

pub fn run(_args: Vec<String>) -> i32 {
    0
}
