//! Command-line entry: parses arguments, runs each build, prints haxe-compatible output and
//! returns the exit code. This is the only place that maps outcomes to exit codes.

use crate::build::{self, Message, Outcome};
use crate::project::args::{self, Build, CommandLine};
use std::io::Write;

/// Whether this command line only sends a request to a server (`--connect` with no build
/// before it that would run here: no `--next`, `--each` or hxml file ahead of it). Such a run
/// parses no Haxe code, so it needs no deep stack.
pub fn is_client(args: &[String]) -> bool {
    is_client_args(args.iter().map(|a| a.as_bytes()))
}

/// [`is_client`] over the arguments' bytes (the program name excluded). It allocates
/// nothing, so that `main.rs` can ask it before the first allocation, when it chooses the
/// allocator.
pub fn is_client_args<'a>(args: impl Iterator<Item = &'a [u8]>) -> bool {
    for (i, a) in args.enumerate() {
        if i == 0 && (a == b"parse" || a == b"cache") {
            return false;
        }
        if a == b"--connect" {
            return true;
        }
        if a == b"--next" || a == b"--each" || a.ends_with(b".hxml") {
            return false;
        }
    }
    false
}

pub fn run(args: Vec<String>) -> i32 {
    if args.first().map(String::as_str) == Some("parse") {
        return crate::corpus::run(&args[1..]);
    }
    if args.first().map(String::as_str) == Some("cache") {
        return crate::cache::commands::run(&args[1..]);
    }
    let cwd = match std::env::current_dir() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("Error: cannot read the current directory: {}", e);
            return 1;
        }
    };
    if let Some(code) = crate::server::run_from_env(&args, &cwd) {
        return code;
    }
    match args::parse_command_line(&args, &cwd) {
        Ok(cl) => run_command_line(cl),
        Err(e) => {
            for b in &e.builds_before {
                if let Some(code) = run_one(b) {
                    return code;
                }
            }
            if e.in_diagnostics_mode() {
                let mut line = String::from("[{\"file\":null,\"diagnostics\":[{\"kind\":2,\"severity\":1,\"range\":null,\"args\":");
                crate::display::json::write_string(&mut line, &e.message);
                line.push_str("}]}]");
                eprintln!("{}", line);
                return 0;
            }
            eprintln!("{}", e);
            e.exit_code
        }
    }
}

fn run_command_line(cl: CommandLine) -> i32 {
    if let Some(server) = &cl.server {
        // `--connect` ends the command line before its build is complete: every build listed
        // ran before it. `--wait`'s build is the last one, and configures the daemon.
        let (before, own) = match server {
            args::ServerMode::Connect(..) => (&cl.builds[..], None),
            _ => match cl.builds.split_last() {
                Some((own, before)) => (before, Some(own)),
                None => (&cl.builds[..], None),
            },
        };
        for b in before {
            if let Some(code) = run_one(b) {
                return code;
            }
        }
        return crate::server::run(server, own);
    }
    let mut times = crate::server::times::Times::new();
    let mut measure = false;
    for b in &cl.builds {
        measure |= b.times;
        let start = std::time::Instant::now();
        if let Some(code) = run_one(b) {
            // haxe reports no times after a failed build.
            return code;
        }
        if measure && b.display.is_none() {
            times.record(&["typing"], start.elapsed());
        }
    }
    if measure {
        for line in times.report() {
            eprintln!("{}", line);
        }
    }
    0
}

/// Runs one build; `Some(code)` stops the command line there. As in haxe, `--version`
/// prints once per flag and the build still runs; `--help` ends the build after the usage.
fn run_one(b: &Build) -> Option<i32> {
    for _ in 0..b.version_count() {
        println!("{}", args::HAXE_VERSION);
    }
    if b.help {
        println!("{}", args::usage(true));
        return None;
    }
    let nothing_to_type =
        b.display.is_none() && b.main.is_none() && b.root_types.is_empty() && !b.force_typing;
    if nothing_to_type {
        if b.cmds.is_empty() && !b.did_something {
            println!("{}", args::usage(false));
        }
        return None;
    }
    let outcome = build::run(b);
    print_outcome(&outcome);
    outcome.failed.then_some(1)
}

/// One-shot printing: display answers and errors on stderr (display answers followed by a
/// newline, as haxe's CLI adds one), log lines on stdout.
fn print_outcome(o: &Outcome) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for m in &o.messages {
        let _ = match m {
            Message::Display(s) => writeln!(err, "{}", s),
            Message::Error(s) => writeln!(err, "{}", s),
            Message::Log(s) | Message::Stdout(s) => writeln!(out, "{}", s),
        };
    }
}
