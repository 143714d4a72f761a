//! What the daemon keeps between requests (`cache::memory`): every answer equals a one-shot
//! run's on the same files, through edits of every kind (a body, a new field, a syntax error,
//! an edit that keeps the size and the modification time, an edit long after the file was
//! read, a removed and a recreated file, a new module shadowing an old one), and the daemon's
//! `-v` log shows that an unchanged request parses nothing and replays its check from memory.
//! A body-only edit retypes the edited module alone. A restarted daemon with a cache
//! directory replays the check from the persistent store.

mod common;
mod server_support;

use hxs::server::protocol::ReplyPrinter;
use server_support::*;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A daemon started with `-v`, its log going to a file; killed on drop.
struct LoggedDaemon {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl LoggedDaemon {
    fn start(dir: &Path, name: &str, args: &[&str]) -> LoggedDaemon {
        let log = dir.join(name);
        for _ in 0..5 {
            let port = free_port();
            let out = std::fs::File::create(&log).expect("log file");
            let child = Command::new(hxs())
                .args(args)
                .arg("-v")
                .arg("--wait")
                .arg(port.to_string())
                .env("HAXE_STD_PATH", common::haxe_std())
                .env_remove("HAXE_COMPILATION_SERVER")
                .env_remove("HXS_CACHE_DIR")
                .stdin(Stdio::null())
                .stdout(out)
                .stderr(Stdio::null())
                .spawn()
                .expect("daemon starts");
            let mut d = LoggedDaemon {
                child,
                port,
                log: log.clone(),
            };
            let deadline = Instant::now() + WAIT;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = d.child.try_wait() {
                    break;
                }
                if try_request(port, b"--version\n\0").is_ok_and(|r| r == b"4.2.5\n") {
                    return d;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        panic!("no daemon could be started");
    }

    /// The `hxs memory:` lines logged so far, once there are `n` of them (the daemon logs a
    /// request after answering it).
    fn memory_lines(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + WAIT;
        loop {
            let lines: Vec<String> = std::fs::read_to_string(&self.log)
                .unwrap_or_default()
                .lines()
                .filter(|l| l.starts_with("hxs memory: "))
                .map(str::to_string)
                .collect();
            if lines.len() >= n || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for LoggedDaemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The reply printed as the haxe client prints it.
fn served(port: u16, cwd: &Path, args: &[&str]) -> Printed {
    let reply = request(port, &request_for(cwd, args));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut p = ReplyPrinter::new();
    p.feed(&reply, &mut out, &mut err);
    let failed = p.finish(&mut out, &mut err);
    Printed {
        stdout: String::from_utf8_lossy(&out).into_owned(),
        stderr: String::from_utf8_lossy(&err).into_owned(),
        code: Some(i32::from(failed)),
    }
}

fn one_shot(cwd: &Path, args: &[&str]) -> Printed {
    let mut c = Command::new(hxs());
    c.args(args)
        .current_dir(cwd)
        .env("HAXE_STD_PATH", common::haxe_std())
        .env_remove("HAXE_COMPILATION_SERVER")
        .env_remove("HXS_CACHE_DIR");
    run_bounded(c)
}

/// Sets a file's modification time to another file's, with `touch -r`.
fn copy_mtime(from: &Path, to: &Path) {
    let ok = Command::new("touch")
        .arg("-r")
        .arg(from)
        .arg(to)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "touch -r");
}

const MAIN: &str =
    "class Main {\n\tstatic function main() {\n\t\tvar u = new pack.Util();\n\t\tu.\n\t}\n}\n";
const MAIN_CHECKED: &str =
    "class Main {\n\tstatic function main() {\n\t\tvar u = new pack.Util();\n\t\ttrace(u.size());\n\t}\n}\n";

fn util(body: &str) -> String {
    format!("package pack;\n\nclass Util {{\n\tpublic function new() {{}}\n{body}}}\n")
}

/// The queries asked after every step: a field completion on a value of a type declared in
/// another module, a check, and the symbols of the edited module.
fn queries(main_offset: usize) -> Vec<Vec<String>> {
    let at = format!("src/Display.hx@{main_offset}");
    vec![
        vec!["-cp".into(), "src".into(), "--display".into(), at],
        vec![
            "-cp".into(),
            "src".into(),
            "-main".into(),
            "Main".into(),
            "--no-output".into(),
        ],
        vec![
            "-cp".into(),
            "src".into(),
            "--display".into(),
            "src/pack/Util.hx@0@module-symbols".into(),
        ],
    ]
}

fn ask_all(d: &LoggedDaemon, cwd: &Path, qs: &[Vec<String>], step: &str) {
    for q in qs {
        let args: Vec<&str> = q.iter().map(String::as_str).collect();
        let mut want = one_shot(cwd, &args);
        let mut got = served(d.port, cwd, &args);
        // The one-shot CLI ends a display answer with a newline, where haxe's client prints
        // the answer as it came, adding one only when it has none.
        if args.contains(&"--display") {
            for p in [&mut want, &mut got] {
                p.stderr = p.stderr.trim_end_matches('\n').to_string();
            }
        }
        assert_eq!(got, want, "step {step}: {args:?}");
    }
}

#[test]
fn answers_follow_edits_and_unchanged_requests_parse_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cwd = dir.path();
    let src = cwd.join("src");
    std::fs::create_dir_all(src.join("pack")).expect("mkdir");
    std::fs::write(src.join("Main.hx"), MAIN_CHECKED).expect("write");
    let display = MAIN.replace("class Main", "class Display");
    std::fs::write(src.join("Display.hx"), &display).expect("write");
    let offset = display.find("u.\n").expect("dot") + 2;
    let util_file = src.join("pack/Util.hx");
    std::fs::write(&util_file, util("\tpublic function size():Int return 1;\n")).expect("write");
    let logs = tempfile::tempdir().expect("tempdir");
    let d = LoggedDaemon::start(logs.path(), "daemon.log", &[]);
    let qs = queries(offset);

    ask_all(&d, cwd, &qs, "first");
    // The same requests again: nothing parsed, the check replayed from memory.
    let before = qs.len();
    ask_all(&d, cwd, &qs, "unchanged");
    let lines = d.memory_lines(2 * qs.len());
    assert_eq!(lines.len(), before + qs.len(), "{lines:#?}");
    for l in &lines[before..] {
        assert!(l.starts_with("hxs memory: 0 files parsed"), "{l}");
    }
    let completion = qs[0].iter().map(String::as_str).collect::<Vec<_>>();
    let mut verbose = completion.clone();
    verbose.push("-v");
    let v = served(d.port, cwd, &verbose);
    assert!(
        v.stdout.contains("more reused from the server's memory"),
        "{v:?}"
    );
    let mut check: Vec<&str> = qs[1].iter().map(String::as_str).collect();
    check.push("-v");
    let v = served(d.port, cwd, &check);
    assert!(
        v.stdout.contains("hxs cache: check reused from memory: "),
        "{v:?}"
    );

    // A new field: the completion lists it.
    std::fs::write(
        &util_file,
        util("\tpublic function size():Int return 1;\n\tpublic var extra:String;\n"),
    )
    .expect("write");
    ask_all(&d, cwd, &qs, "new field");
    let got = served(d.port, cwd, &completion);
    assert!(got.stderr.contains("extra"), "{got:?}");

    // Same size and modification time, other bytes: seen.
    let reference = cwd.join("mtime-reference");
    std::fs::copy(&util_file, &reference).expect("copy");
    let same_size = util("\tpublic function size():Int return 1;\n\tpublic var other:String;\n");
    assert_eq!(
        same_size.len(),
        std::fs::metadata(&util_file).expect("stat").len() as usize
    );
    std::fs::write(&util_file, &same_size).expect("write");
    copy_mtime(&reference, &util_file);
    ask_all(&d, cwd, &qs, "same size and mtime");
    let got = served(d.port, cwd, &completion);
    assert!(
        got.stderr.contains("other") && !got.stderr.contains("extra"),
        "{got:?}"
    );

    // A type error, then a syntax error in the imported module.
    std::fs::write(
        &util_file,
        util("\tpublic function size():Int return \"s\";\n"),
    )
    .expect("write");
    ask_all(&d, cwd, &qs, "type error");
    std::fs::write(&util_file, util("\tpublic function size():Int return ;\n")).expect("write");
    ask_all(&d, cwd, &qs, "syntax error");

    // Long after the file was read (its stat is trusted from then on), an edit is still seen.
    std::fs::write(&util_file, util("\tpublic function size():Int return 2;\n")).expect("write");
    ask_all(&d, cwd, &qs, "before the wait");
    std::thread::sleep(Duration::from_millis(2200));
    ask_all(&d, cwd, &qs, "after the wait");
    // Every request so far: the queries of eight steps, two `-v` requests and two single
    // completions.
    let before = 8 * qs.len() + 4;
    ask_all(&d, cwd, &qs, "trusted stat");
    let lines = d.memory_lines(before + qs.len());
    assert_eq!(lines.len(), before + qs.len(), "{lines:#?}");
    for l in &lines[before..] {
        assert!(l.contains(" 0 read and hashed"), "{l}");
    }
    std::fs::write(
        &util_file,
        util("\tpublic function size():Int return 3;\n\tpublic var late:Int;\n"),
    )
    .expect("write");
    ask_all(&d, cwd, &qs, "late edit");
    let got = served(d.port, cwd, &completion);
    assert!(got.stderr.contains("late"), "{got:?}");

    // A module appears earlier on the class paths (shadowing): `-cp lib -cp src` puts `lib`
    // last, so it is searched first.
    let shadowed: Vec<Vec<String>> = qs
        .iter()
        .map(|q| {
            let mut q = q.clone();
            q.splice(0..0, ["-cp".to_string(), "lib".to_string()]);
            q
        })
        .collect();
    ask_all(&d, cwd, &shadowed, "before shadowing");
    std::fs::create_dir_all(cwd.join("lib/pack")).expect("mkdir");
    std::fs::write(
        cwd.join("lib/pack/Util.hx"),
        util("\tpublic function size():Int return 4;\n\tpublic var shadow:Int;\n"),
    )
    .expect("write");
    ask_all(&d, cwd, &shadowed, "shadowed");

    // Removed, then recreated.
    std::fs::remove_file(&util_file).expect("remove");
    ask_all(&d, cwd, &qs, "removed");
    std::fs::write(&util_file, util("\tpublic function size():Int return 5;\n")).expect("write");
    ask_all(&d, cwd, &qs, "recreated");
}

#[test]
fn a_restarted_daemon_replays_the_check_from_its_cache_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cwd = dir.path();
    std::fs::create_dir_all(cwd.join("src/pack")).expect("mkdir");
    std::fs::write(cwd.join("src/Main.hx"), MAIN_CHECKED).expect("write");
    std::fs::write(
        cwd.join("src/pack/Util.hx"),
        util("\tpublic function size():Int return \"not an Int\";\n"),
    )
    .expect("write");
    let cache = cwd.join("cache");
    let cache_arg = cache.display().to_string();
    let check = ["-cp", "src", "-main", "Main", "--no-output", "-v"];
    let plain = &check[..check.len() - 1];
    let want = one_shot(cwd, plain);
    assert_eq!(want.code, Some(1), "{want:?}");
    let logs = tempfile::tempdir().expect("tempdir");
    {
        let d = LoggedDaemon::start(logs.path(), "first.log", &["--cache-dir", &cache_arg]);
        let first = served(d.port, cwd, &check);
        assert!(first.stdout.contains("check missed"), "{first:?}");
        assert_eq!(served(d.port, cwd, plain), want);
    }
    let d = LoggedDaemon::start(logs.path(), "second.log", &["--cache-dir", &cache_arg]);
    let replayed = served(d.port, cwd, &check);
    assert!(
        replayed.stdout.contains("hxs cache: check reused: "),
        "{replayed:?}"
    );
    assert_eq!(replayed.stderr, want.stderr);
    assert_eq!(replayed.code, want.code);
    // Kept in memory from then on.
    let again = served(d.port, cwd, &check);
    assert!(
        again
            .stdout
            .contains("hxs cache: check reused from memory: "),
        "{again:?}"
    );
    drop(d);
    // A one-shot run after the daemon stopped starts warm from what the daemon wrote.
    let mut c = Command::new(hxs());
    c.args(["--cache-dir", &cache_arg])
        .args(check)
        .current_dir(cwd)
        .env("HAXE_STD_PATH", common::haxe_std())
        .env_remove("HAXE_COMPILATION_SERVER");
    let after = run_bounded(c);
    assert!(
        after.stdout.contains("hxs cache: check reused: "),
        "{after:?}"
    );
    assert_eq!(after.stderr, want.stderr);
}

#[test]
fn a_body_only_edit_retypes_that_module_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cwd = dir.path();
    let src = cwd.join("src");
    std::fs::create_dir_all(src.join("pack")).expect("mkdir");
    std::fs::write(src.join("Main.hx"), MAIN_CHECKED).expect("write");
    let util_file = src.join("pack/Util.hx");
    let sized = |body: &str| util(&format!("\tpublic function size():Int {{\n{body}\n\t}}\n"));
    std::fs::write(&util_file, sized("\t\treturn 1;")).expect("write");
    let logs = tempfile::tempdir().expect("tempdir");
    let d = LoggedDaemon::start(logs.path(), "daemon.log", &[]);
    let args = ["-cp", "src", "-main", "Main", "--no-output"];
    let verbose = ["-cp", "src", "-main", "Main", "--no-output", "-v"];
    assert_eq!(served(d.port, cwd, &args), one_shot(cwd, &args), "first");
    std::fs::write(&util_file, sized("\t\tvar twice = 2;\n\t\treturn twice;")).expect("write");
    let got = served(d.port, cwd, &verbose);
    let log = format!("{}{}", got.stdout, got.stderr);
    assert!(
        log.contains("check reused from memory after a body-only edit of pack.Util"),
        "{log}"
    );
    assert_eq!(got.code, Some(0), "{log}");
    assert_eq!(
        served(d.port, cwd, &args),
        one_shot(cwd, &args),
        "body edited"
    );
    // An error in the edited body: the whole check runs, and reports it as haxe does.
    std::fs::write(&util_file, sized("\t\treturn \"two\";")).expect("write");
    let got = served(d.port, cwd, &args);
    assert_eq!(got.code, Some(1), "{got:?}");
    assert_eq!(got, one_shot(cwd, &args), "an error in the body");
}
