//! One server request, from the received bytes to the reply bytes, following haxe 4.2.5's
//! `wait_loop` / `process_params` / `init` / server `flush`.
//!
//! What haxe does with a request, and what we do the same way:
//! - The text is split at the first `\x01` (stdin content) and into arguments with the hxml
//!   line rules; a lone `"` line escapes as `\x02\nInvalid_argument("String.sub / Bytes.sub")`.
//! - Each `--next` build runs in turn. Output of `com.print` (our `Message::Log`) is written
//!   at once; compiler messages (`--version`'s info, errors) are kept and written when the
//!   build ends, then `\x02\n` if it failed. A failed build does not stop the next one (only
//!   the one-shot compiler exits).
//! - A display answer ends the request (haxe raises `Completion`): the pending messages of
//!   that build are dropped and later builds do not run.
//! - Argument errors: haxe's `process_params` raises `Invalid directory` outside any build,
//!   which the server prints on its own stdout (the client gets nothing); an uncaught
//!   exception (`Fatal error: exception X` in one-shot mode) is answered as `\x02\nX`; in
//!   diagnostics mode the error is a diagnostics JSON answer; anything else is an error line
//!   and `\x02\n`.
//! - `--times` (haxe's global `measure_times`): set by a build's arguments, cleared by a failed
//!   build; the table follows the output when still set and no display answer ended the
//!   request.
//!
//! What we add: invalid UTF-8 is refused with an error reply (haxe works on bytes), and a
//! panic inside a build is caught and answered as an error line plus `\x02\n`; the builds after
//! it do not run.

use super::protocol::Reply;
use super::times::Times;
use crate::build::{self, Message, Outcome};
use crate::cache::memory::{LookupProbe, MemoryCache};
use crate::project::args::{self, ArgError, Build};
use crate::project::classpath;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Runs one build. The daemon uses [`build::run_in_server`]; tests substitute their own.
pub type Runner = dyn Fn(&Build) -> Outcome + Send + Sync;

/// The request handler shared by every connection. It holds no per-request state (what the
/// server keeps between requests lives in the runner's [`MemoryCache`], which validates
/// everything it hands out), so any number of requests can run on it at once.
pub struct Service {
    /// Where arguments are resolved when a request has no `--cwd` (haxe's client always sends
    /// one): the daemon's starting directory.
    cwd: PathBuf,
    runner: Box<Runner>,
}

/// The answer to one request.
#[derive(Debug, Default)]
pub struct Handled {
    /// The bytes to send back.
    pub reply: Vec<u8>,
    /// Lines for the daemon's `-v` log (haxe's `ServerMessage` lines).
    pub log: Vec<String>,
    /// Lines the daemon always prints on its stdout (haxe prints `Error: Invalid directory`
    /// there, not to the client).
    pub notices: Vec<String>,
    /// A build panicked.
    pub panicked: bool,
}

/// Whether the request goes on after a build.
enum Flow {
    Continue,
    /// A display answer (haxe's `Completion`) or a panic ended the request.
    Stop,
}

/// Per-request state: the reply, `--times` and the log.
struct Request {
    reply: Reply,
    measure_times: bool,
    times: Times,
    handled: Handled,
}

impl Service {
    /// A service whose builds keep their files and checks in memory between requests.
    pub fn new(cwd: PathBuf) -> Service {
        Service::with_memory(cwd, Arc::new(MemoryCache::default()))
    }

    /// A service whose builds keep their files and checks in `memory` between requests, and
    /// look modules up through its directory listings.
    pub fn with_memory(cwd: PathBuf, memory: Arc<MemoryCache>) -> Service {
        Service::with_runner(
            cwd,
            Box::new(move |b: &Build| {
                let mut probe = LookupProbe::new(Arc::clone(&memory));
                classpath::with_exists(Box::new(move |p| probe.exists(p)), || {
                    build::run_in_server(b, &memory)
                })
            }),
        )
    }

    /// A service whose builds run with `runner` instead of [`build::run`].
    pub fn with_runner(cwd: PathBuf, runner: Box<Runner>) -> Service {
        Service { cwd, runner }
    }

    /// Answers one request (the bytes before the terminating `\0`, or one frame's payload).
    pub fn handle(&self, data: &[u8]) -> Handled {
        let start = Instant::now();
        let mut req = Request {
            reply: Reply::new(),
            measure_times: false,
            times: Times::new(),
            handled: Handled::default(),
        };
        let caught = panic::catch_unwind(AssertUnwindSafe(|| self.process(data, &mut req)));
        if let Err(payload) = caught {
            req.handled.panicked = true;
            let line = format!("Error: hxs internal error: {}", panic_text(&*payload));
            req.handled.log.push(format!("> {line}"));
            req.reply.message(&line);
            req.reply.failed();
        }
        req.handled.log.push(format!(
            "Time spent : {:.3}s",
            start.elapsed().as_secs_f64()
        ));
        let mut handled = req.handled;
        handled.reply = req.reply.into_bytes();
        handled
    }

    fn process(&self, data: &[u8], req: &mut Request) {
        let text = match std::str::from_utf8(data) {
            Ok(t) => t,
            Err(e) => {
                let line = format!(
                    "Error: hxs: the request is not valid UTF-8 (byte {})",
                    e.valid_up_to()
                );
                req.handled.log.push(format!("> {line}"));
                req.reply.uncaught(&line);
                return;
            }
        };
        let (arg_lines, _stdin) = match args::split_server_request(text) {
            Ok(split) => split,
            Err(e) => {
                req.handled.log.push(format!("> {}", e.message));
                req.reply.uncaught(&e.message);
                return;
            }
        };
        req.handled
            .log
            .push(format!("Processing Arguments [{}]", arg_lines.join(",")));
        match args::parse_server_request(&arg_lines, &self.cwd) {
            Ok(cl) if cl.server.is_some() => {
                // `--wait`/`--server-connect` inside a request: haxe would start a second
                // server inside this one and never answer. The builds before it run; the
                // one that asked for a server is refused.
                let before = &cl.builds[..cl.builds.len().saturating_sub(1)];
                if let Flow::Continue = self.run_builds(before, req) {
                    let line = "Error: hxs: a server request cannot start another server";
                    req.handled.log.push(format!("> {line}"));
                    req.reply.message(line);
                    req.reply.failed();
                }
                return;
            }
            Ok(cl) => {
                if let Flow::Stop = self.run_builds(&cl.builds, req) {
                    return;
                }
            }
            Err(e) => {
                if let Flow::Stop = self.run_builds(&e.builds_before, req) {
                    return;
                }
                // haxe never reaches `report_times` after an argument error.
                argument_error(&e, req);
                return;
            }
        }
        if req.measure_times {
            for line in req.times.report() {
                req.reply.message(&line);
            }
        }
    }

    fn run_builds(&self, builds: &[Build], req: &mut Request) -> Flow {
        for b in builds {
            if let Flow::Stop = self.run_build(b, req) {
                return Flow::Stop;
            }
        }
        Flow::Continue
    }

    /// One build, as haxe's `init` then the server's `flush`.
    fn run_build(&self, b: &Build, req: &mut Request) -> Flow {
        if b.times {
            req.measure_times = true;
        }
        // haxe adds the info once per `--version` flag.
        let infos = vec![args::HAXE_VERSION.to_string(); b.version_count()];
        if b.help {
            // `--help` raises haxe's HelpMessage, which ends the arguments: an info message
            // after those of the flags before it, nothing else.
            for info in &infos {
                req.reply.message(info);
            }
            req.reply.message(&args::usage(true));
            return Flow::Continue;
        }
        let nothing_to_type =
            b.display.is_none() && b.main.is_none() && b.root_types.is_empty() && !b.force_typing;
        if nothing_to_type {
            for info in &infos {
                req.reply.message(info);
            }
            if b.cmds.is_empty() && !b.did_something {
                req.reply.message(&args::usage(false));
            }
            return Flow::Continue;
        }
        let start = Instant::now();
        let outcome = match panic::catch_unwind(AssertUnwindSafe(|| (self.runner)(b))) {
            Ok(o) => o,
            Err(payload) => {
                req.handled.panicked = true;
                let line = format!("Error: hxs internal error: {}", panic_text(&*payload));
                req.handled.log.push(format!("> {line}"));
                req.reply.message(&line);
                req.reply.failed();
                return Flow::Stop;
            }
        };
        let elapsed = start.elapsed();
        let memory_report = crate::cache::memory::take_report();
        if req.measure_times && b.display.is_none() {
            req.times.record(&["typing"], elapsed);
        }
        req.handled.log.push(format!(
            "Build: {}: {} messages, {} in {:.3}s",
            describe(b),
            outcome.messages.len(),
            if outcome.failed { "failed" } else { "done" },
            elapsed.as_secs_f64()
        ));
        req.handled.log.extend(memory_report);
        write_outcome(&outcome, infos, req)
    }
}

/// What a build does, for the `-v` log.
fn describe(b: &Build) -> String {
    let mut roots: Vec<&str> = b.main.iter().map(String::as_str).collect();
    roots.extend(b.root_types.iter().map(String::as_str));
    match &b.display {
        Some(d) => format!("display {d} in {}", b.cwd.display()),
        None => format!("check [{}] in {}", roots.join(","), b.cwd.display()),
    }
}

/// Writes a build's messages in the server's order: `com.print` output as it came, then the
/// kept compiler messages, then `\x02\n` if the build failed. A display answer replaces the
/// kept messages and ends the request.
fn write_outcome(outcome: &Outcome, infos: Vec<String>, req: &mut Request) -> Flow {
    for m in &outcome.messages {
        match m {
            Message::Log(s) => req.reply.log(s),
            // Written by haxe's server to its own stdout, not to the client.
            Message::Stdout(s) => {
                use std::io::Write;
                let _ = writeln!(std::io::stdout(), "{s}");
            }
            _ => {}
        }
    }
    if let Some(answer) = outcome.messages.iter().find_map(|m| match m {
        Message::Display(s) => Some(s),
        _ => None,
    }) {
        req.handled
            .log
            .push(format!("Completion Response =\n{answer}"));
        req.reply.display(answer);
        return Flow::Stop;
    }
    for info in &infos {
        req.reply.message(info);
    }
    for m in &outcome.messages {
        if let Message::Error(s) = m {
            req.handled.log.push(format!("> {s}"));
            req.reply.message(s);
        }
    }
    if outcome.failed {
        req.measure_times = false;
        req.reply.failed();
    }
    Flow::Continue
}

/// The reply to an argument error, after the builds before it have run.
fn argument_error(e: &ArgError, req: &mut Request) {
    req.handled.log.push(format!("> {}", e.message));
    if e.exit_code != 1 {
        // An OCaml exception escaping `process_params`: the server's catch-all answers it.
        let exn = e
            .message
            .strip_prefix("Fatal error: exception ")
            .unwrap_or(&e.message);
        req.reply.uncaught(exn);
    } else if e.in_diagnostics_mode() {
        req.reply.display(&diagnostics_answer(&e.message));
    } else if is_outside_build(e) {
        req.handled.notices.push(e.message.clone());
    } else {
        req.measure_times = false;
        req.reply.message(&e.message);
        req.reply.failed();
    }
}

/// `--cwd` with a bad directory fails in haxe's `process_params`, before any build exists,
/// with an `Arg.Bad` that the server prints on its own stdout.
fn is_outside_build(e: &ArgError) -> bool {
    e.message.starts_with("Error: Invalid directory: ")
}

/// haxe's diagnostics answer for an argument error in diagnostics mode.
fn diagnostics_answer(message: &str) -> String {
    let mut s = String::from(
        "[{\"file\":null,\"diagnostics\":[{\"kind\":2,\"severity\":1,\"range\":null,\"args\":",
    );
    crate::display::json::write_string(&mut s, message);
    s.push_str("}]}]");
    s
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(runner: fn(&Build) -> Outcome) -> Service {
        Service::with_runner(std::env::temp_dir(), Box::new(runner))
    }

    fn answer(s: &Service, text: &str) -> Vec<u8> {
        s.handle(text.as_bytes()).reply
    }

    fn failing(_: &Build) -> Outcome {
        Outcome {
            messages: vec![
                Message::Log("trace".into()),
                Message::Error("Type not found : Nope".into()),
            ],
            failed: true,
        }
    }

    #[test]
    fn failed_builds_are_marked_and_the_next_build_runs() {
        let s = service(failing);
        let reply = answer(&s, "-main Nope\n--next\n-main Nope\n");
        assert_eq!(
            reply,
            b"\x01trace\x01\nType not found : Nope\n\x02\n\x01trace\x01\nType not found : Nope\n\x02\n"
        );
    }

    #[test]
    fn version_and_usage_are_messages() {
        let s = service(failing);
        assert_eq!(answer(&s, "--version\n"), b"4.2.5\n");
        assert_eq!(
            answer(&s, "--version\n-main Nope\n"),
            b"\x01trace\x01\n4.2.5\nType not found : Nope\n\x02\n"
        );
        assert_eq!(
            answer(&s, ""),
            format!("{}\n", args::usage(false)).into_bytes()
        );
        assert_eq!(answer(&s, "--version\n--version\n"), b"4.2.5\n4.2.5\n");
        let cwd = std::env::temp_dir();
        assert_eq!(answer(&s, &format!("--cwd {}\n", cwd.display())), b"");
    }

    #[test]
    fn a_display_answer_ends_the_request() {
        fn shows(_: &Build) -> Outcome {
            Outcome {
                messages: vec![Message::Display("<list>\n</list>".into())],
                failed: false,
            }
        }
        let s = service(shows);
        assert_eq!(
            answer(
                &s,
                "--version\n--display\nA.hx@0@toplevel\n--next\n--version\n"
            ),
            b"<list>\n</list>"
        );
    }

    #[test]
    fn a_panic_is_an_error_reply() {
        fn boom(_: &Build) -> Outcome {
            panic!("boom")
        }
        let s = service(boom);
        let h = s.handle(b"-main A\n--next\n--version\n");
        assert!(h.panicked);
        assert_eq!(h.reply, b"Error: hxs internal error: boom\n\x02\n");
    }

    #[test]
    fn bad_bytes_and_arguments() {
        let s = service(failing);
        assert_eq!(
            answer(&s, "\"\n"),
            b"\x02\nInvalid_argument(\"String.sub / Bytes.sub\")"
        );
        assert!(s
            .handle(b"-main \xff\n")
            .reply
            .starts_with(b"\x02\nError: hxs: the request is not valid UTF-8"));
        assert_eq!(
            answer(&s, "--bogus\n"),
            b"Error: : unknown option '--bogus'.\n\x02\n"
        );
        let h = s.handle(b"--cwd /nonexistent-hxs-dir\n--version\n");
        assert_eq!(h.reply, b"");
        assert_eq!(
            h.notices,
            vec!["Error: Invalid directory: /nonexistent-hxs-dir".to_string()]
        );
    }

    #[test]
    fn a_request_cannot_start_a_server() {
        let s = service(failing);
        assert_eq!(
            answer(&s, "--version\n--next\n--wait\n6000\n"),
            b"4.2.5\nError: hxs: a server request cannot start another server\n\x02\n"
        );
        assert_eq!(
            answer(&s, "--server-connect\n127.0.0.1:6000\n"),
            b"Error: hxs: a server request cannot start another server\n\x02\n"
        );
    }

    #[test]
    fn times_table_follows_a_successful_request_only() {
        let s = service(failing);
        assert_eq!(
            answer(&s, "--version\n--times\n"),
            b"4.2.5\nname | time(s) |   % |  p% | # | info\n----------------------------\n----------------------------\n"
        );
        assert_eq!(
            answer(&s, "--times\n-main Nope\n"),
            b"\x01trace\x01\nType not found : Nope\n\x02\n"
        );
    }
}
