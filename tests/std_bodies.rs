//! The std's own bodies as a typer corpus: each module of haxe 4.2.5's std (those of the
//! `cross` target) is imported by a one-line program, and hxs checks it with the std given
//! as an ordinary class path (`--std-path` an empty directory), so every body the build
//! loads is typed as user code is. haxe types those same bodies in any build, so it must
//! print nothing: hxs agrees, or declines (one `Error: hxs cannot type-check` line), never
//! answers otherwise. This is what a class path that shadows a std module relies on
//! (`tests/check/decl_std_shadowed*`).
//!
//! The test fails on any wrong answer and when fewer modules agree than the last count
//! recorded below (`AGREE_AT_LEAST`), so that progress is not lost.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// How many modules agreed when this floor was last raised (2026-12-02: 139 of 147).
const AGREE_AT_LEAST: usize = 139;

/// Packages of other targets, and what no cross build reaches.
const SKIPPED: &[&str] = &[
    "js", "cpp", "java", "cs", "python", "php", "lua", "hl", "neko", "flash", "eval", "jvm", "sys",
];

/// Dotted paths of the std modules the sweep imports, sorted.
fn std_modules(std: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(std)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("hx") {
            continue;
        }
        let Ok(rel) = path.strip_prefix(std) else {
            continue;
        };
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let skipped = parts.len() > 1 && SKIPPED.contains(&parts[0].as_str());
        let macro_api = parts.len() > 2 && parts[0] == "haxe" && parts[1] == "macro";
        if skipped
            || macro_api
            || parts.iter().any(|p| p == "_std")
            || parts.last().is_some_and(|n| n == "import.hx")
        {
            continue;
        }
        let dotted = parts.join(".");
        out.push(dotted.trim_end_matches(".hx").to_string());
    }
    out.sort();
    out
}

/// Exit code and both streams.
fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let out = cmd.output().expect("run a compiler");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `Some(true)`: agree; `Some(false)`: declined; `None`: wrong (with what each printed).
fn check_module(haxe: &Path, std: &Path, empty: &Path, module: &str) -> Result<bool, String> {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::create_dir_all(dir.path().join("src")).expect("src directory");
    let main = format!("import {module};\nclass Main {{\n\tstatic function main() {{}}\n}}\n");
    std::fs::write(dir.path().join("src/Main.hx"), main).expect("write Main.hx");
    let args = ["-cp", "src", "-main", "Main", "--no-output"];
    let theirs = run(Command::new(haxe).args(args).current_dir(dir.path()));
    let ours = run(Command::new(common::hxs())
        .arg("--std-path")
        .arg(empty)
        .arg("-cp")
        .arg(std)
        .args(args)
        .current_dir(dir.path()));
    if ours == theirs {
        return Ok(true);
    }
    let declined = ours.0 == Some(1)
        && ours.1.is_empty()
        && ours.2.lines().count() == 1
        && ours.2.starts_with("Error: hxs cannot type-check");
    if declined {
        return Ok(false);
    }
    Err(format!("{module}\n haxe: {theirs:?}\n hxs:  {ours:?}"))
}

#[test]
fn std_bodies_type_as_haxe_types_them() {
    let Some(haxe) = common::haxe() else { return };
    let std: PathBuf = common::haxe_std();
    let empty = tempfile::tempdir().expect("an empty std directory");
    let modules = std_modules(&std);
    assert!(
        modules.len() > 100,
        "only {} std modules found",
        modules.len()
    );

    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 4);
    let chunk = modules.len().div_ceil(threads).max(1);
    let results: Vec<(String, Result<bool, String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = modules
            .chunks(chunk)
            .map(|part| {
                let (haxe, std, empty) = (&haxe, &std, empty.path());
                scope.spawn(move || {
                    part.iter()
                        .map(|m| (m.clone(), check_module(haxe, std, empty, m)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("sweep thread"))
            .collect()
    });

    let agree = results
        .iter()
        .filter(|(_, r)| matches!(r, Ok(true)))
        .count();
    let declined: Vec<&str> = results
        .iter()
        .filter(|(_, r)| matches!(r, Ok(false)))
        .map(|(m, _)| m.as_str())
        .collect();
    let wrong: Vec<&String> = results
        .iter()
        .filter_map(|(_, r)| r.as_ref().err())
        .collect();
    println!(
        "std bodies: {agree} agree, {} declined, {} wrong, of {}",
        declined.len(),
        wrong.len(),
        results.len()
    );
    println!("declined: {}", declined.join(" "));
    assert!(
        wrong.is_empty(),
        "wrong answers:\n{}",
        wrong
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        agree >= AGREE_AT_LEAST,
        "{agree} std modules agree, fewer than the {AGREE_AT_LEAST} recorded"
    );
}
