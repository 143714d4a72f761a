//! The daemon against misbehaving clients: stalls, disconnects mid-reply, oversized requests,
//! garbage, panics inside a build, and signals. Every daemon runs on a free loopback port and
//! is stopped at the end; every wait is bounded.

mod server_support;

use hxs::build::{self, Outcome};
use hxs::project::args::Build;
use hxs::server::daemon::{self, Config, Daemon, Stopper};
use hxs::server::protocol::Limits;
use hxs::server::request::Service;
use server_support::*;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// A daemon running on a thread of this process, stopped on drop.
struct InProcess {
    port: u16,
    stopper: Stopper,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl InProcess {
    fn start(service: Service, config: Config) -> InProcess {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let d = Daemon::from_listener(listener, service, config).expect("daemon");
        let port = d.local_addr().port();
        let stopper = d.stopper();
        let thread = std::thread::spawn(move || {
            let _ = d.run();
        });
        InProcess {
            port,
            stopper,
            thread: Some(thread),
        }
    }
}

impl Drop for InProcess {
    fn drop(&mut self) {
        self.stopper.stop();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn short_timeouts() -> Config {
    Config {
        limits: Limits {
            idle_timeout: Duration::from_millis(500),
            total_timeout: Duration::from_secs(3),
            ..Limits::default()
        },
        ..Config::default()
    }
}

#[test]
fn a_stalled_client_does_not_block_others() {
    let d = InProcess::start(
        Service::new(std::env::temp_dir()),
        Config {
            workers: 1,
            ..short_timeouts()
        },
    );
    // Several clients send half a request and stall.
    let mut stalled: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", d.port)).expect("connect");
            s.write_all(b"--cwd /tmp\n-cp sr").expect("send half");
            s.set_read_timeout(Some(WAIT)).ok();
            s
        })
        .collect();
    // Others are answered at once, well within the stalled clients' timeout.
    let start = Instant::now();
    for _ in 0..10 {
        assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
    }
    assert!(
        start.elapsed() < Duration::from_millis(450),
        "{:?}",
        start.elapsed()
    );
    // The stalled ones get haxe's answer once their idle timeout passes.
    for s in &mut stalled {
        let mut reply = Vec::new();
        s.read_to_end(&mut reply).ok();
        assert_eq!(reply, b"\x02\nFailure(\"Aborting inactive connection\")");
    }
}

#[test]
fn a_trickling_client_hits_the_total_timeout() {
    let d = InProcess::start(Service::new(std::env::temp_dir()), short_timeouts());
    let mut s = TcpStream::connect(("127.0.0.1", d.port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_millis(50))).ok();
    let start = Instant::now();
    let mut reply = Vec::new();
    // One byte every 200 ms never trips the idle timeout; the total one ends it.
    while start.elapsed() < WAIT {
        if s.write_all(b"-").is_err() {
            break;
        }
        let mut buf = [0u8; 256];
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => reply.extend_from_slice(&buf[..n]),
            Err(_) => std::thread::sleep(Duration::from_millis(150)),
        }
    }
    let mut rest = Vec::new();
    s.set_read_timeout(Some(WAIT)).ok();
    s.read_to_end(&mut rest).ok();
    reply.extend(rest);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(reply, b"\x02\nFailure(\"Aborting inactive connection\")");
}

#[test]
fn a_panic_in_a_build_is_answered_and_the_daemon_lives_on() {
    fn runner(b: &Build) -> Outcome {
        if b.main.as_deref() == Some("Boom") {
            panic!("boom in a build");
        }
        build::run(b)
    }
    let d = InProcess::start(
        Service::with_runner(std::env::temp_dir(), Box::new(runner)),
        Config::default(),
    );
    for _ in 0..3 {
        assert_eq!(
            request(d.port, b"-main Boom\n--no-output\n--next\n--version\n\0"),
            b"Error: hxs internal error: boom in a build\n\x02\n"
        );
        assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
    }
}

/// A project whose module-symbols answer is a few megabytes.
fn big_fixture() -> tempfile::TempDir {
    sized_fixture(20_000)
}

/// A project with `src/Big.hx` declaring `fields` fields (about 135 bytes of answer each).
fn sized_fixture(fields: usize) -> tempfile::TempDir {
    let dir = fixture();
    let mut text = String::from("class Big {\n");
    for i in 0..fields {
        text.push_str(&format!("\tpublic var field{i}:Int;\n"));
    }
    text.push_str("}\n");
    std::fs::write(dir.path().join("src/Big.hx"), text).expect("write");
    dir
}

#[test]
fn clients_that_disconnect_mid_reply_do_not_hurt() {
    let dir = big_fixture();
    let mut d = DaemonProcess::start(&hxs(), &[], &[]);
    let req = request_for(
        dir.path(),
        &["-cp", "src", "--display", "src/Big.hx@0@module-symbols"],
    );
    let full = request(d.port, &req);
    assert!(full.len() > 1_000_000, "{}", full.len());
    for i in 0..20 {
        let mut s = TcpStream::connect(("127.0.0.1", d.port)).expect("connect");
        s.write_all(&req).expect("send");
        if i % 2 == 0 {
            let mut some = [0u8; 16];
            s.set_read_timeout(Some(WAIT)).ok();
            let _ = s.read(&mut some);
        }
        drop(s);
    }
    assert!(d.alive());
    assert_eq!(request(d.port, &req), full);
    assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
}

#[test]
fn an_oversized_request_is_refused() {
    let mut d = DaemonProcess::start(&hxs(), &[], &[]);
    let mut s = TcpStream::connect(("127.0.0.1", d.port)).expect("connect");
    s.set_read_timeout(Some(WAIT)).ok();
    let mut writer = s.try_clone().expect("clone");
    let sender = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..17 {
            if writer.write_all(&chunk).is_err() {
                return;
            }
        }
        let _ = writer.shutdown(Shutdown::Write);
    });
    let mut reply = Vec::new();
    s.read_to_end(&mut reply).ok();
    let _ = sender.join();
    assert_eq!(
        String::from_utf8_lossy(&reply),
        "\x02\nError: hxs: request refused: larger than 16777216 bytes"
    );
    assert!(d.alive());
    assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
}

/// A small deterministic generator for garbage.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u8 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as u8
    }
}

#[test]
fn garbage_gets_error_replies() {
    let mut d = DaemonProcess::start(&hxs(), &[], &[]);
    assert_eq!(
        String::from_utf8_lossy(&request(d.port, b"-main A\xff\xfe\n\0")),
        "\x02\nError: hxs: the request is not valid UTF-8 (byte 7)"
    );
    assert_eq!(
        request_then_shutdown(d.port, b"\xff\xfe\x01garbage without end"),
        b"\x02\nFailure(\"Incomplete request\")"
    );
    assert_eq!(
        request_then_shutdown(d.port, b""),
        b"\x02\nFailure(\"Incomplete request\")"
    );
    let mut rng = Lcg(7);
    for len in [1usize, 2, 10, 100, 1000, 10_000, 100_000] {
        for _ in 0..5 {
            let mut data: Vec<u8> = (0..len).map(|_| rng.next()).collect();
            data.push(0);
            let reply = request(d.port, &data);
            // Whatever the bytes, the daemon answers and does not panic.
            assert!(!String::from_utf8_lossy(&reply).contains("internal error"));
        }
    }
    // Printable garbage goes through the argument parser.
    for _ in 0..50 {
        let mut data: Vec<u8> = (0..200)
            .map(|_| match rng.next() % 8 {
                0 => b'\n',
                1 => b'-',
                2 => b' ',
                3 => b'"',
                _ => b'a' + rng.next() % 26,
            })
            .collect();
        data.push(0);
        let reply = request(d.port, &data);
        assert!(!String::from_utf8_lossy(&reply).contains("internal error"));
    }
    assert!(d.alive());
    assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
}

#[test]
fn sigterm_and_sigint_stop_the_daemon_cleanly() {
    for sig in ["-TERM", "-INT"] {
        let cache = tempfile::tempdir().expect("tempdir");
        let cache_arg = cache.path().display().to_string();
        let mut d = DaemonProcess::start(&hxs(), &["--cache-dir", &cache_arg], &[]);
        assert_eq!(
            daemon::read_address_file(cache.path()).map(|a| a.port()),
            Some(d.port)
        );
        let status = d.signal(sig).expect("exits after the signal");
        assert!(status.success(), "{sig}: {status:?}");
        assert!(!daemon::address_file(cache.path()).exists());
    }
}

#[test]
fn the_daemon_binds_loopback_by_default_and_reports_bind_failures() {
    let d = DaemonProcess::start(&hxs(), &[], &[]);
    // The port is taken now: a second daemon fails as haxe does.
    let mut c = std::process::Command::new(hxs());
    c.args(["--wait", &d.port.to_string()]);
    let p = run_bounded(c);
    assert_eq!(
        p.stderr,
        format!("Error: Couldn't wait on 127.0.0.1:{}\n", d.port)
    );
    assert_eq!(p.code, Some(1));
    let mut c = std::process::Command::new(hxs());
    c.args(["--wait", "localhost:1"]);
    assert_eq!(
        run_bounded(c).stderr,
        "Error: Couldn't wait on localhost:1\n"
    );
    // Nothing answers on a non-loopback address of this port.
    let listening = std::fs::read_to_string("/proc/net/tcp").unwrap_or_default();
    let hex_port = format!(":{:04X}", d.port);
    let line = listening.lines().find(|l| {
        l.split_whitespace()
            .nth(1)
            .is_some_and(|a| a.ends_with(&hex_port))
    });
    if let Some(line) = line {
        assert!(line
            .split_whitespace()
            .nth(1)
            .is_some_and(|a| a.starts_with("0100007F")));
    }
}

#[test]
fn deeply_nested_code_is_answered_on_the_workers_deep_stacks() {
    let dir = fixture();
    let depth = 10_000;
    let text = format!(
        "class Deep {{\n\tfunction f() return {}1{};\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    std::fs::write(dir.path().join("src/Deep.hx"), text).expect("write");
    let mut d = DaemonProcess::start(&hxs(), &[], &[]);
    let args = ["-cp", "src", "--display", "src/Deep.hx@0@module-symbols"];
    let served = request(d.port, &request_for(dir.path(), &args));
    let mut c = std::process::Command::new(hxs());
    c.args(args).current_dir(dir.path());
    let one_shot = run_bounded(c);
    assert_eq!(one_shot.code, Some(0));
    assert_eq!(
        format!("{}\n", String::from_utf8_lossy(&served)),
        one_shot.stderr
    );
    assert!(d.alive());
}

#[test]
fn a_client_that_stops_reading_is_dropped_after_the_write_timeout() {
    // An answer of about 8 MB: more than the socket buffers hold for a client that reads
    // nothing (4 MiB to send, 128 KiB to receive by default).
    let dir = sized_fixture(60_000);
    // One connection at a time, so the stuck reader holds the only slot.
    let d = InProcess::start(
        Service::new(std::env::temp_dir()),
        Config {
            max_connections: 1,
            write_timeout: Duration::from_millis(500),
            ..short_timeouts()
        },
    );
    let req = request_for(
        dir.path(),
        &["-cp", "src", "--display", "src/Big.hx@0@module-symbols"],
    );
    let mut stuck = TcpStream::connect(("127.0.0.1", d.port)).expect("connect");
    stuck.write_all(&req).expect("send");
    std::thread::sleep(Duration::from_millis(200));
    // The next client waits for the slot, but not beyond the write timeout (plus the work).
    let start = Instant::now();
    assert_eq!(request(d.port, b"--version\n\0"), b"4.2.5\n");
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_millis(300),
        "the slot was never held: {waited:?}"
    );
    assert!(waited < Duration::from_secs(10), "{waited:?}");
    drop(stuck);
}
