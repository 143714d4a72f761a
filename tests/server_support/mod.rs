//! Helpers for the server tests: daemons on free loopback ports that are killed when dropped,
//! a raw protocol client with bounded waits, and fixture projects.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The longest any single wait in these tests may take.
pub const WAIT: Duration = Duration::from_secs(30);

/// A daemon process (`hxs --wait PORT` or `haxe --wait PORT`), killed on drop.
pub struct DaemonProcess {
    pub child: Child,
    pub port: u16,
}

impl DaemonProcess {
    /// Starts `program args... --wait PORT` on a free loopback port and waits until it
    /// answers `--version`. Retries with another port if the chosen one was taken meanwhile.
    pub fn start(program: &Path, args: &[&str], envs: &[(&str, &str)]) -> DaemonProcess {
        for _ in 0..5 {
            let port = free_port();
            let mut cmd = Command::new(program);
            cmd.args(args)
                .arg("--wait")
                .arg(port.to_string())
                .env_remove("HAXE_COMPILATION_SERVER")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            for (k, v) in envs {
                cmd.env(k, v);
            }
            let child = cmd.spawn().expect("daemon starts");
            let mut d = DaemonProcess { child, port };
            if d.wait_ready() {
                return d;
            }
        }
        panic!("no daemon could be started for {}", program.display());
    }

    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            if let Ok(reply) = try_request(self.port, b"--version\n\0") {
                if reply == b"4.2.5\n" {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Whether the process is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends a signal with `kill`, then waits (bounded) for the exit status.
    pub fn signal(&mut self, sig: &str) -> Option<std::process::ExitStatus> {
        let pid = self.child.id().to_string();
        Command::new("kill").args([sig, &pid]).status().ok()?;
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for DaemonProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind port 0");
    l.local_addr().expect("local addr").port()
}

/// Sends raw bytes and reads the whole reply (bounded waits).
pub fn try_request(port: u16, data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(WAIT))?;
    s.set_write_timeout(Some(WAIT))?;
    s.write_all(data)?;
    let mut out = Vec::new();
    s.read_to_end(&mut out)?;
    Ok(out)
}

pub fn request(port: u16, data: &[u8]) -> Vec<u8> {
    try_request(port, data).expect("request answered")
}

/// Sends bytes, closes our sending side, and reads the reply.
pub fn request_then_shutdown(port: u16, data: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(WAIT)).ok();
    s.write_all(data).expect("send");
    s.shutdown(Shutdown::Write).ok();
    let mut out = Vec::new();
    s.read_to_end(&mut out).ok();
    out
}

/// The request haxe's client would send for `args` from `cwd`.
pub fn request_for(cwd: &Path, args: &[&str]) -> Vec<u8> {
    let mut s = format!("--cwd {}\n", cwd.display());
    for a in args {
        s.push_str(a);
        s.push('\n');
    }
    let mut b = s.into_bytes();
    b.push(0);
    b
}

/// What a command printed: stdout, stderr and exit code.
#[derive(Debug, PartialEq, Eq)]
pub struct Printed {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

impl From<Output> for Printed {
    fn from(o: Output) -> Printed {
        Printed {
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            code: o.status.code(),
        }
    }
}

/// Runs `program --connect PORT args...` in `cwd` (bounded).
pub fn connect(program: &Path, port: u16, cwd: &Path, args: &[&str]) -> Printed {
    let mut cmd = Command::new(program);
    cmd.arg("--connect")
        .arg(port.to_string())
        .args(args)
        .current_dir(cwd)
        .env_remove("HAXE_COMPILATION_SERVER");
    run_bounded(cmd)
}

/// Runs a command with a time limit, killing it when it runs over.
pub fn run_bounded(mut cmd: Command) -> Printed {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("command starts");
    let deadline = Instant::now() + WAIT;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            _ if Instant::now() > deadline => {
                let _ = child.kill();
                break;
            }
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    child.wait_with_output().expect("output").into()
}

/// A scratch project: `src/Main.hx` (traces), `src/Bad.hx` (a syntax error), `src/Sym.hx`
/// (symbols only, never compiled so haxe's server keeps its relative path).
pub fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).expect("mkdir");
    let files: &[(&str, &str)] = &[
        (
            "Main.hx",
            "class Main {\n\tstatic function main() {\n\t\ttrace(\"hi\\nthere\");\n\t\tSys.println(\"line\");\n\t}\n}\n",
        ),
        ("Bad.hx", "class Bad {\n\tfunction f() { var x = ; }\n}\n"),
        (
            "Sym.hx",
            "package;\n\nimport haxe.ds.StringMap;\n\n/** doc */\nclass Sym<T> extends Base implements I {\n\tpublic var x:Int = 1;\n\tfinal y = \"s\";\n\tpublic function new() {}\n\tstatic function f(a:Int, ?b:String):Void {\n\t\tvar local = a;\n\t\tfunction inner() {}\n\t}\n\t@:op(A + B) function op() {}\n}\n\nenum E { A; B(x:Int); }\ntypedef T = { a:Int, ?b:String };\nabstract Ab(Int) from Int { public inline function new(i) this = i; }\ninterface I { function m():Void; }\n",
        ),
        ("Lower.hx", "class Lower { function f() { if (true) { } } }\n"),
    ];
    for (name, text) in files {
        std::fs::write(src.join(name), text).expect("write fixture");
    }
    dir
}

pub fn hxs() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hxs"))
}
