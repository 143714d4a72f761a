//! The type-checking oracle suite: every case of `tests/check/` built by haxe 4.2.5 and by hxs.
//!
//! A case is a directory holding `src/**/*.hx` and, optionally, `args.txt` (command-line
//! arguments, one per line, used instead of `-main Main`). Both compilers run in a copy of
//! the case directory with `-cp src ARGS --no-output`; hxs also gets `--std-path` so that
//! both read the same std. Each case is classified:
//!
//! - *agree*: same exit code, same stdout, same stderr, byte for byte;
//! - *declined*: hxs exits 1 with exactly one line `Error: hxs cannot type-check ...`
//!   (hxs saying it cannot check this program yet);
//! - *wrong*: anything else.
//!
//! The test fails on any wrong case, on fewer than 150 cases, and when a case listed in
//! `tests/check/expected-agree.txt` does not agree. Cases that agree but are not listed
//! are printed so that the list can grow.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one compiler printed for one case.
#[derive(PartialEq, Eq, Clone, Debug)]
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// How hxs's answer compares with haxe's.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
enum Verdict {
    Agree,
    Declined,
    Wrong,
}

/// One case's result.
struct CaseResult {
    name: String,
    verdict: Verdict,
    haxe: Outcome,
    hxs: Outcome,
}

/// The suite's directory.
fn suite_dir() -> PathBuf {
    common::repo_root().join("tests/check")
}

/// The case directories, sorted by name.
fn cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(suite_dir())
        .expect("read tests/check")
        .map(|entry| entry.expect("tests/check entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The arguments a case passes after `-cp src`.
fn case_args(dir: &Path) -> Vec<String> {
    match std::fs::read_to_string(dir.join("args.txt")) {
        Ok(text) => text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect(),
        Err(_) => vec!["-main".to_string(), "Main".to_string()],
    }
}

/// Copies a directory tree.
fn copy_tree(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.expect("case entry");
        let rel = entry.path().strip_prefix(src).expect("inside the case");
        let out = dst.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&out).expect("create dir");
        } else {
            std::fs::copy(entry.path(), &out).expect("copy file");
        }
    }
}

/// Runs one compiler in `dir`.
fn run(program: &Path, args: &[String], extra: &[String], dir: &Path) -> Outcome {
    let out = Command::new(program)
        .arg("-cp")
        .arg("src")
        .args(args)
        .arg("--no-output")
        .args(extra)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("run {}: {e}", program.display()));
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Whether hxs declined: exit code 1 and one line saying it cannot type-check yet.
fn declined(out: &Outcome) -> bool {
    let lines: Vec<&str> = out.stderr.lines().collect();
    out.code == Some(1)
        && out.stdout.is_empty()
        && lines.len() == 1
        && lines[0].starts_with("Error: hxs cannot type-check")
}

/// Runs one case through both compilers.
fn check_case(haxe: &Path, std: &str, dir: &Path) -> CaseResult {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let args = case_args(dir);
    let theirs_dir = tempfile::tempdir().expect("temp dir");
    copy_tree(dir, theirs_dir.path());
    let theirs = run(haxe, &args, &[], theirs_dir.path());
    let ours_dir = tempfile::tempdir().expect("temp dir");
    copy_tree(dir, ours_dir.path());
    let ours = run(
        &common::hxs(),
        &args,
        &["--std-path".to_string(), std.to_string()],
        ours_dir.path(),
    );
    let verdict = if theirs == ours {
        Verdict::Agree
    } else if declined(&ours) {
        Verdict::Declined
    } else {
        Verdict::Wrong
    };
    CaseResult {
        name,
        verdict,
        haxe: theirs,
        hxs: ours,
    }
}

/// The first lines of an output, for the report.
fn excerpt(out: &Outcome) -> String {
    const MAX_LINES: usize = 12;
    let mut text = format!("exit {:?}\n", out.code);
    for (stream, body) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        if body.is_empty() {
            continue;
        }
        text.push_str(&format!("  [{stream}]\n"));
        let lines: Vec<&str> = body.lines().collect();
        for line in lines.iter().take(MAX_LINES) {
            let short: String = line.chars().take(200).collect();
            text.push_str(&format!("    {short}\n"));
        }
        if lines.len() > MAX_LINES {
            text.push_str(&format!(
                "    ... ({} more lines)\n",
                lines.len() - MAX_LINES
            ));
        }
    }
    text
}

/// The cases `expected-agree.txt` lists (one name per line, `#` comments).
fn expected_agree() -> Vec<String> {
    std::fs::read_to_string(suite_dir().join("expected-agree.txt"))
        .expect("read tests/check/expected-agree.txt")
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}

#[test]
fn check_suite_agrees_with_haxe() {
    let Some(haxe) = common::haxe() else { return };
    let std = common::haxe_std().to_string_lossy().into_owned();
    let dirs = cases();
    let expected = expected_agree();
    for name in &expected {
        assert!(
            dirs.iter()
                .any(|d| d.file_name().unwrap().to_string_lossy() == *name),
            "expected-agree.txt lists {name}, which is not a case of tests/check/"
        );
    }

    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 4);
    let chunk = dirs.len().div_ceil(threads).max(1);
    let mut results: Vec<CaseResult> = std::thread::scope(|scope| {
        let handles: Vec<_> = dirs
            .chunks(chunk)
            .map(|part| {
                let haxe = &haxe;
                let std = &std;
                scope.spawn(move || {
                    part.iter()
                        .map(|dir| check_case(haxe, std, dir))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("case thread"))
            .collect()
    });
    results.sort_by(|a, b| a.name.cmp(&b.name));

    let count = |v: Verdict| results.iter().filter(|r| r.verdict == v).count();
    let (agree, decl, wrong) = (
        count(Verdict::Agree),
        count(Verdict::Declined),
        count(Verdict::Wrong),
    );
    println!(
        "check: {agree} agree, {decl} declined, {wrong} wrong, of {}",
        results.len()
    );

    let mut failures = Vec::new();
    for r in results.iter().filter(|r| r.verdict == Verdict::Wrong) {
        let report = format!(
            "wrong: {}\n haxe: {} hxs:  {}",
            r.name,
            excerpt(&r.haxe),
            excerpt(&r.hxs)
        );
        println!("{report}");
        failures.push(report);
    }
    for r in &results {
        if expected.contains(&r.name) && r.verdict != Verdict::Agree {
            failures.push(format!(
                "{} is listed in expected-agree.txt but is {:?}",
                r.name, r.verdict
            ));
        }
    }
    let unlisted: Vec<&str> = results
        .iter()
        .filter(|r| r.verdict == Verdict::Agree && !expected.contains(&r.name))
        .map(|r| r.name.as_str())
        .collect();
    if !unlisted.is_empty() {
        println!(
            "agree but not in expected-agree.txt (add them): {}",
            unlisted.join(" ")
        );
    }

    assert!(
        results.len() >= 150,
        "tests/check/ holds {} cases, fewer than 150",
        results.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
