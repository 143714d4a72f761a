//! haxe 4.2.5's compilation-server protocol on the wire: reading a request, encoding a reply,
//! the 4-byte length framing of `--wait stdio` and `--server-connect`, and decoding a reply the
//! way haxe's `--connect` client prints it.
//!
//! Checked byte for byte against `haxe --wait` (see `/work/shared/HAXE-NOTES.md` §7):
//! - A socket request is the argument lines, each followed by `\n`, then a `\0`. haxe's server
//!   reads until a read ends with `\0` and drops that last byte. `\x01` splits off the content
//!   that `-D display-stdin` reads.
//! - The reply is written to the socket, which is then closed. Compiler messages (errors and
//!   infos such as `--version`'s `4.2.5`) are written raw plus `\n`; a failed build adds
//!   `\x02\n`; output of `com.print` (traces, `-v` lines) is `\x01` + the text with each `\n`
//!   turned into `\x01`, then `\n`; a display answer is raw, with no newline; an uncaught
//!   exception is `\x02\n` + the exception, with no newline (`\x02\nFailure("Incomplete
//!   request")`, `\x02\nFailure("Aborting inactive connection")`).
//! - `--wait stdio` and `--server-connect`: each request and each reply is a little-endian
//!   `i32` length then that many bytes, with no `\0`.

use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

/// The byte that ends a socket request.
pub const END_OF_REQUEST: u8 = 0;
/// Starts a `com.print` line in a reply, and replaces its newlines.
pub const LOG_MARK: u8 = 0x01;
/// A reply line starting with this byte marks a failed request.
pub const ERROR_MARK: u8 = 0x02;

/// The largest request accepted (socket or framed): 16 MiB.
pub const MAX_REQUEST: usize = 16 * 1024 * 1024;

/// Why a request could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// The peer closed its side before the terminating `\0` (haxe: `Incomplete request`).
    #[error("incomplete request")]
    Incomplete,
    /// Nothing arrived for the idle timeout, or the whole request took too long (haxe aborts
    /// after 100 polls of 50 ms without data).
    #[error("inactive connection")]
    Inactive,
    /// More than the limit arrived without the terminating `\0`.
    #[error("request larger than {0} bytes")]
    TooLarge(usize),
    /// A frame announced a negative length.
    #[error("negative frame length {0}")]
    NegativeLength(i32),
    /// The connection failed (reset, broken).
    #[error("connection error: {0}")]
    Io(#[from] io::Error),
}

impl RequestError {
    /// The reply haxe's server writes for this failure, if any: it answers like an uncaught
    /// exception, `\x02\n` followed by the exception text.
    pub fn reply(&self) -> Option<Vec<u8>> {
        let text = match self {
            RequestError::Incomplete => "Failure(\"Incomplete request\")".to_string(),
            RequestError::Inactive => "Failure(\"Aborting inactive connection\")".to_string(),
            RequestError::TooLarge(limit) => {
                format!("Error: hxs: request refused: larger than {limit} bytes")
            }
            RequestError::NegativeLength(n) => {
                format!("Error: hxs: request refused: negative length {n}")
            }
            RequestError::Io(_) => return None,
        };
        let mut reply = Reply::new();
        reply.uncaught(&text);
        Some(reply.into_bytes())
    }
}

/// Limits on reading one socket request.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Largest request, not counting the final `\0`.
    pub max_request: usize,
    /// Longest wait for the next bytes.
    pub idle_timeout: Duration,
    /// Longest time for the whole request.
    pub total_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_request: MAX_REQUEST,
            // haxe gives up after 100 waits of 50 ms without data.
            idle_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(60),
        }
    }
}

/// Something we can read a request from with a timeout (a `TcpStream`; tests use others).
pub trait TimedRead: Read {
    fn set_timeout(&mut self, timeout: Duration) -> io::Result<()>;
}

impl TimedRead for std::net::TcpStream {
    fn set_timeout(&mut self, timeout: Duration) -> io::Result<()> {
        self.set_read_timeout(Some(timeout.max(Duration::from_millis(1))))
    }
}

/// Reads one socket request: bytes until a read ends with `\0`, which is dropped (as haxe's
/// `read_loop` does; a `\0` inside a read is kept as data).
pub fn read_request(stream: &mut impl TimedRead, limits: &Limits) -> Result<Vec<u8>, RequestError> {
    read_request_after(stream, limits, Vec::new(), Instant::now())
}

/// [`read_request`] for a request whose first bytes, `data` (no read of which ended it),
/// were read since `start`, which the total timeout counts from.
pub fn read_request_after(
    stream: &mut impl TimedRead,
    limits: &Limits,
    mut data: Vec<u8>,
    start: Instant,
) -> Result<Vec<u8>, RequestError> {
    if data.len() > limits.max_request {
        return Err(RequestError::TooLarge(limits.max_request));
    }
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let left = limits.total_timeout.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Err(RequestError::Inactive);
        }
        stream.set_timeout(limits.idle_timeout.min(left))?;
        let n = match stream.read(&mut chunk) {
            Ok(0) => return Err(RequestError::Incomplete),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(RequestError::Inactive)
            }
            Err(e) => return Err(RequestError::Io(e)),
        };
        data.extend_from_slice(&chunk[..n]);
        if chunk[n - 1] == END_OF_REQUEST {
            data.pop();
            return Ok(data);
        }
        if data.len() > limits.max_request {
            return Err(RequestError::TooLarge(limits.max_request));
        }
    }
}

/// Reads one length-prefixed frame. `Ok(None)` at a clean end of input (before a length).
/// A frame over `max` bytes is read and discarded, so the stream stays in step, and reported
/// as [`RequestError::TooLarge`].
pub fn read_frame(input: &mut impl Read, max: usize) -> Result<Option<Vec<u8>>, RequestError> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match input.read(&mut len[got..]) {
            Ok(0) if got == 0 => return Ok(None),
            Ok(0) => return Err(RequestError::Incomplete),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(RequestError::Io(e)),
        }
    }
    let len = i32::from_le_bytes(len);
    if len < 0 {
        return Err(RequestError::NegativeLength(len));
    }
    let len = len as usize;
    if len > max {
        let skipped = io::copy(&mut input.take(len as u64), &mut io::sink())?;
        if (skipped as usize) < len {
            return Err(RequestError::Incomplete);
        }
        return Err(RequestError::TooLarge(max));
    }
    let mut data = vec![0u8; len];
    match input.read_exact(&mut data) {
        Ok(()) => Ok(Some(data)),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Err(RequestError::Incomplete),
        Err(e) => Err(RequestError::Io(e)),
    }
}

/// Writes one length-prefixed frame and flushes.
pub fn write_frame(out: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = i32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "reply over 2 GiB"))?;
    let mut framed = Vec::with_capacity(payload.len() + 4);
    framed.extend_from_slice(&len.to_le_bytes());
    framed.extend_from_slice(payload);
    out.write_all(&framed)?;
    out.flush()
}

/// The text a client sends: each line followed by `\n`, then the stdin payload if any (which
/// must start with `\x01`), then `\0`.
pub fn encode_request(lines: &[String], stdin: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines {
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(stdin);
    out.push(END_OF_REQUEST);
    out
}

/// A reply being built, in haxe's encoding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    bytes: Vec<u8>,
}

impl Reply {
    pub fn new() -> Reply {
        Reply::default()
    }

    /// A compiler message (error, warning or info such as `4.2.5`): raw, then `\n`.
    pub fn message(&mut self, line: &str) {
        self.bytes.extend_from_slice(line.as_bytes());
        self.bytes.push(b'\n');
    }

    /// What haxe's `com.print` writes for `text` (which normally ends with `\n`): `\x01`,
    /// then the text with each `\n` replaced by `\x01`, then `\n`.
    pub fn print(&mut self, text: &str) {
        self.bytes.push(LOG_MARK);
        for b in text.bytes() {
            self.bytes.push(if b == b'\n' { LOG_MARK } else { b });
        }
        self.bytes.push(b'\n');
    }

    /// A log line as the one-shot CLI prints it with `println!`: `print` of `line` + `\n`.
    pub fn log(&mut self, line: &str) {
        self.print(&format!("{line}\n"));
    }

    /// A display answer: raw, without a newline.
    pub fn display(&mut self, payload: &str) {
        self.bytes.extend_from_slice(payload.as_bytes());
    }

    /// The end of a failed build: `\x02\n`.
    pub fn failed(&mut self) {
        self.bytes.extend_from_slice(&[ERROR_MARK, b'\n']);
    }

    /// What haxe writes for an exception that escapes a request: `\x02\n` + the text.
    pub fn uncaught(&mut self, exception: &str) {
        self.failed();
        self.bytes.extend_from_slice(exception.as_bytes());
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Prints a reply as haxe's `--connect` client does, as it arrives: the buffer is split into
/// lines whenever a read ends with `\n` (and once more at the end); a line starting with `\x01`
/// goes to stdout with its `\x01`s turned back into newlines, a `\x02` line marks the request
/// as failed (exit code 1), any other line goes to stderr followed by `\n`.
#[derive(Debug, Default)]
pub struct ReplyPrinter {
    pending: Vec<u8>,
    failed: bool,
}

impl ReplyPrinter {
    pub fn new() -> ReplyPrinter {
        ReplyPrinter::default()
    }

    /// Takes one read's bytes.
    pub fn feed(&mut self, chunk: &[u8], out: &mut impl Write, err: &mut impl Write) {
        self.pending.extend_from_slice(chunk);
        if chunk.last() == Some(&b'\n') {
            self.process(out, err);
        }
    }

    /// Prints what is left; returns whether the reply marked a failure.
    pub fn finish(mut self, out: &mut impl Write, err: &mut impl Write) -> bool {
        self.process(out, err);
        self.failed
    }

    /// Prints the pending lines. Consecutive lines for the same stream go out in one write
    /// (a completion list is one write, not one per line); a stream's text is written and
    /// flushed before the other stream's next line, so the order across stdout and stderr is
    /// the line order.
    fn process(&mut self, out: &mut impl Write, err: &mut impl Write) {
        let buf = std::mem::take(&mut self.pending);
        if buf.is_empty() {
            // ExtLib's `nsplit "" "\n"` is the empty list.
            return;
        }
        let mut lines: Vec<&[u8]> = buf.split(|&b| b == b'\n').collect();
        if lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        // Text waiting for one stream: `Some(true)` stdout, `Some(false)` stderr.
        let mut held: Vec<u8> = Vec::new();
        let mut held_for: Option<bool> = None;
        let mut emit =
            |to_stdout: bool, text: &[u8], held: &mut Vec<u8>, held_for: &mut Option<bool>| {
                if *held_for != Some(to_stdout) {
                    flush_held(held, *held_for, out, err);
                    *held_for = Some(to_stdout);
                }
                held.extend_from_slice(text);
            };
        for line in lines {
            match line.first() {
                Some(&LOG_MARK) => {
                    let parts: Vec<&[u8]> = line.split(|&b| b == LOG_MARK).skip(1).collect();
                    emit(true, &parts.join(&b'\n'), &mut held, &mut held_for);
                }
                Some(&ERROR_MARK) => self.failed = true,
                _ => {
                    let mut text = line.to_vec();
                    text.push(b'\n');
                    emit(false, &text, &mut held, &mut held_for);
                }
            }
        }
        flush_held(&mut held, held_for, out, err);
    }
}

/// Writes and flushes text held for one stream (`Some(true)`: stdout).
fn flush_held(held: &mut Vec<u8>, to: Option<bool>, out: &mut impl Write, err: &mut impl Write) {
    if held.is_empty() {
        return;
    }
    let _ = match to {
        Some(true) => out.write_all(held).and_then(|()| out.flush()),
        Some(false) => err.write_all(held).and_then(|()| err.flush()),
        None => Ok(()),
    };
    held.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Chunks(Vec<Vec<u8>>);

    impl Read for Chunks {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Ok(0);
            }
            let c = self.0.remove(0);
            if c.is_empty() {
                return Err(io::Error::new(io::ErrorKind::WouldBlock, "stall"));
            }
            buf[..c.len()].copy_from_slice(&c);
            Ok(c.len())
        }
    }

    impl TimedRead for Chunks {
        fn set_timeout(&mut self, _: Duration) -> io::Result<()> {
            Ok(())
        }
    }

    fn print(reply: &[u8]) -> (String, String, bool) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut p = ReplyPrinter::new();
        p.feed(reply, &mut out, &mut err);
        let failed = p.finish(&mut out, &mut err);
        (
            String::from_utf8_lossy(&out).into(),
            String::from_utf8_lossy(&err).into(),
            failed,
        )
    }

    #[test]
    fn trace_encoding_matches_haxe() {
        let mut r = Reply::new();
        r.print("src/Tr.hx:3: hi\nthere\n");
        assert_eq!(r.as_bytes(), b"\x01src/Tr.hx:3: hi\x01there\x01\n");
        let mut r = Reply::new();
        r.log("line");
        assert_eq!(r.as_bytes(), b"\x01line\x01\n");
    }

    #[test]
    fn client_prints_like_haxe() {
        let (out, err, failed) = print(b"\x01a\x01b\x01\nType not found : X\n\x02\n");
        assert_eq!(
            (out.as_str(), err.as_str(), failed),
            ("a\nb\n", "Type not found : X\n", true)
        );
        let (out, err, failed) = print(b"<list>\n</list>");
        assert_eq!(
            (out.as_str(), err.as_str(), failed),
            ("", "<list>\n</list>\n", false)
        );
        let (_, err, failed) = print(b"\x02\nFailure(\"Incomplete request\")");
        assert_eq!(
            (err.as_str(), failed),
            ("Failure(\"Incomplete request\")\n", true)
        );
        let (out, err, _) = print(b"a\n\n");
        assert_eq!((out.as_str(), err.as_str()), ("", "a\n\n"));
        let (out, err, failed) = print(b"");
        assert_eq!((out.as_str(), err.as_str(), failed), ("", "", false));
    }

    #[test]
    fn request_ends_at_a_read_ending_with_nul() {
        let mut c = Chunks(vec![b"--cwd /x\n".to_vec(), b"a\0b\n\0".to_vec()]);
        assert_eq!(
            read_request(&mut c, &Limits::default()).ok(),
            Some(b"--cwd /x\na\0b\n".to_vec())
        );
        let mut c = Chunks(vec![b"abc".to_vec()]);
        assert!(matches!(
            read_request(&mut c, &Limits::default()),
            Err(RequestError::Incomplete)
        ));
        let mut c = Chunks(vec![b"abc".to_vec(), Vec::new()]);
        assert!(matches!(
            read_request(&mut c, &Limits::default()),
            Err(RequestError::Inactive)
        ));
        let limits = Limits {
            max_request: 4,
            ..Limits::default()
        };
        let mut c = Chunks(vec![b"abc".to_vec(), b"def".to_vec(), b"\0".to_vec()]);
        assert!(matches!(
            read_request(&mut c, &limits),
            Err(RequestError::TooLarge(4))
        ));
    }

    #[test]
    fn frames_round_trip_and_oversize_is_skipped() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").ok();
        write_frame(&mut buf, &[7u8; 10]).ok();
        write_frame(&mut buf, b"x").ok();
        assert_eq!(&buf[..9], b"\x05\0\0\0hello");
        let mut input = &buf[..];
        assert_eq!(
            read_frame(&mut input, 8).ok().flatten(),
            Some(b"hello".to_vec())
        );
        assert!(matches!(
            read_frame(&mut input, 8),
            Err(RequestError::TooLarge(8))
        ));
        assert_eq!(
            read_frame(&mut input, 8).ok().flatten(),
            Some(b"x".to_vec())
        );
        assert!(matches!(read_frame(&mut input, 8), Ok(None)));
        let mut neg = &b"\xff\xff\xff\xff"[..];
        assert!(matches!(
            read_frame(&mut neg, 8),
            Err(RequestError::NegativeLength(-1))
        ));
    }
}
