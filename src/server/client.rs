//! `--connect [HOST:]PORT ARGS...` (and `HAXE_COMPILATION_SERVER`): haxe 4.2.5's client.
//!
//! It sends the lines the command-line parser prepared (`--cwd <dir>` then the arguments,
//! unexpanded), plus, when the arguments contain `-D display-stdin`, a frame read from stdin
//! (a 4-byte little-endian length and the payload, appended unchanged), then `\0`. It prints
//! the reply as it arrives ([`ReplyPrinter`]) and exits with 1 when the reply marked a failure.
//! Failures to connect are reported as haxe reports them: an uncaught OCaml exception,
//! `Fatal error: exception Failure("Couldn't connect on HOST:PORT")`, exit code 2.

use super::protocol::{self, ReplyPrinter};
use crate::project::args;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, TcpStream};

/// Runs the client; returns the exit code.
pub fn run(host_port: &str, lines: &[String]) -> i32 {
    let (host, port) = match args::parse_host_port(host_port) {
        Ok(hp) => hp,
        Err(e) => {
            eprintln!("{e}");
            return e.exit_code;
        }
    };
    let fatal = |exn: &str| {
        eprintln!("Fatal error: exception {exn}");
        2
    };
    let couldnt = format!("Failure(\"Couldn't connect on {host}:{port}\")");
    let Ok(ip) = host.parse::<Ipv4Addr>() else {
        return fatal(&couldnt);
    };
    let Ok(port16) = u16::try_from(port) else {
        return fatal(&couldnt);
    };
    let Ok(mut stream) = TcpStream::connect((ip, port16)) else {
        return fatal(&couldnt);
    };
    let _ = stream.set_nodelay(true);
    let stdin_payload = if wants_display_stdin(lines) {
        match protocol::read_frame(&mut io::stdin().lock(), usize::MAX) {
            Ok(Some(p)) => p,
            Ok(None) | Err(_) => return fatal("IO.No_more_input"),
        }
    } else {
        Vec::new()
    };
    if let Err(e) = stream.write_all(&protocol::encode_request(lines, &stdin_payload)) {
        return fatal(&unix_error(&e, "send"));
    }
    let stdout = io::stdout();
    let stderr = io::stderr();
    let (mut out, mut err) = (stdout.lock(), stderr.lock());
    let mut printer = ReplyPrinter::new();
    // On the stack: a zeroed heap buffer would cost the client page faults it never needs.
    let mut buf = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => printer.feed(&buf[..n], &mut out, &mut err),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                let _ = printer.finish(&mut out, &mut err);
                drop((out, err));
                return fatal(&unix_error(&e, "recv"));
            }
        }
    }
    let failed = printer.finish(&mut out, &mut err);
    let _ = out.flush();
    i32::from(failed)
}

/// haxe's `display_stdin`: the arguments contain `-D` followed by `display_stdin` or
/// `display-stdin` (as separate arguments).
fn wants_display_stdin(lines: &[String]) -> bool {
    lines
        .windows(2)
        .any(|w| w[0] == "-D" && matches!(w[1].as_str(), "display_stdin" | "display-stdin"))
}

/// How OCaml prints the `Unix_error` of a failed socket call.
fn unix_error(e: &io::Error, call: &str) -> String {
    let code = match e.kind() {
        io::ErrorKind::ConnectionReset => "ECONNRESET",
        io::ErrorKind::BrokenPipe => "EPIPE",
        io::ErrorKind::ConnectionAborted => "ECONNABORTED",
        io::ErrorKind::TimedOut => "ETIMEDOUT",
        _ => return format!("Unix.Unix_error(Unix.EUNKNOWNERR, \"{call}\", \"{e}\")"),
    };
    format!("Unix.Unix_error(Unix.{code}, \"{call}\", \"\")")
}

#[cfg(test)]
mod tests {
    #[test]
    fn display_stdin_needs_two_arguments() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(super::wants_display_stdin(&l(&[
            "--cwd /x",
            "-D",
            "display-stdin"
        ])));
        assert!(super::wants_display_stdin(&l(&[
            "-D",
            "display_stdin",
            "x"
        ])));
        assert!(!super::wants_display_stdin(&l(&["-Ddisplay-stdin"])));
        assert!(!super::wants_display_stdin(&l(&["-D display-stdin"])));
    }
}
