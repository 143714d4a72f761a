//! `--display FILE@0@module-symbols` against haxe 4.2.5, byte for byte (stderr and exit
//! code): on every parser and module-symbols fixture (broken files included: the display
//! file is parsed with haxe's recovery), on the bundled example, and on every tenth file of
//! haxe's std (about 256 files, a deterministic sample). Cases listed in
//! `tests/known-differences.md` must still differ.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// (directory to run in, file relative to it)
fn cases() -> Vec<(PathBuf, String)> {
    let root = common::repo_root();
    let mut out = Vec::new();
    for dir in [
        "tests/module_symbols",
        "tests/parser/ok",
        "tests/parser/err",
        "example/src",
    ] {
        let base = root.join(dir);
        for entry in walkdir::WalkDir::new(&base)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if entry.path().extension().is_some_and(|e| e == "hx") {
                let rel = entry
                    .path()
                    .strip_prefix(&base)
                    .unwrap()
                    .to_string_lossy()
                    .to_string();
                out.push((base.clone(), rel));
            }
        }
    }
    let std = common::haxe_std();
    let mut std_files = Vec::new();
    for entry in walkdir::WalkDir::new(&std)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if entry.path().extension().is_some_and(|e| e == "hx") {
            std_files.push(
                entry
                    .path()
                    .strip_prefix(&std)
                    .unwrap()
                    .to_string_lossy()
                    .to_string(),
            );
        }
    }
    for rel in std_files.into_iter().step_by(10) {
        out.push((std.clone(), rel));
    }
    out
}

fn run(program: &Path, extra: &[&str], dir: &Path, file: &str) -> (Vec<u8>, Vec<u8>, i32) {
    let arg = format!("{}@0@module-symbols", file);
    let out = Command::new(program)
        .args(extra)
        .args(["--display", &arg])
        .current_dir(dir)
        .output()
        .expect("run");
    (out.stdout, out.stderr, out.status.code().unwrap_or(-1))
}

#[test]
fn module_symbols_match_haxe() {
    let Some(haxe) = common::haxe() else { return };
    let std = common::haxe_std();
    let std_arg = std.to_string_lossy().to_string();
    let hxs = common::hxs();
    let all = cases();
    let std_count = all.iter().filter(|(d, _)| *d == std).count();
    assert!(std_count >= 200, "only {} std files sampled", std_count);
    let chunks: Vec<&[(PathBuf, String)]> = all.chunks(all.len().div_ceil(4)).collect();
    let mismatches: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let (haxe, hxs, std_arg) = (&haxe, &hxs, &std_arg);
                s.spawn(move || {
                    let mut bad = Vec::new();
                    for (dir, file) in chunk {
                        let theirs = run(haxe, &[], dir, file);
                        let ours = run(hxs, &["--std-path", std_arg], dir, file);
                        let known = common::known_difference("module-symbols", dir, file);
                        if known && theirs == ours {
                            bad.push(format!("{}/{} agrees with haxe now: remove it from tests/known-differences.md", dir.display(), file));
                            continue;
                        }
                        if theirs != ours && !known {
                            bad.push(format!(
                                "{}/{}\n  haxe ({}): {}\n  hxs  ({}): {}",
                                dir.display(),
                                file,
                                theirs.2,
                                String::from_utf8_lossy(&theirs.1)
                                    .chars()
                                    .take(300)
                                    .collect::<String>(),
                                ours.2,
                                String::from_utf8_lossy(&ours.1)
                                    .chars()
                                    .take(300)
                                    .collect::<String>()
                            ));
                        }
                    }
                    bad
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    });
    println!(
        "module-symbols agreeing with haxe: {}/{} ({} std files)",
        all.len() - mismatches.len(),
        all.len(),
        std_count
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
