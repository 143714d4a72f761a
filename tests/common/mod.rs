//! Helpers shared by the integration tests: finding the haxe oracle and the hxs binary.
//!
//! Oracle tests call [`haxe`] first. When haxe is not on PATH they skip, unless
//! `HXS_REQUIRE_HAXE=1` is set (as `.ci/run` does), in which case a missing haxe fails the test.

#![allow(dead_code)]

use std::path::PathBuf;

/// Runs `program` with `extra` then `args` in `dir`: stdout, stderr and exit code.
pub fn run(
    program: &std::path::Path,
    extra: &[&str],
    args: &[&str],
    dir: &std::path::Path,
) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let out = std::process::Command::new(program)
        .args(extra)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run");
    (out.stdout, out.stderr, out.status.code())
}

/// The haxe 4.2.5 executable, or `None` when the oracle is absent and not required.
pub fn haxe() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("haxe"))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() && std::env::var("HXS_REQUIRE_HAXE").as_deref() == Ok("1") {
        panic!("HXS_REQUIRE_HAXE=1 but haxe is not on PATH (apt-get install -y haxe)");
    }
    if found.is_none() {
        eprintln!("skipping: haxe is not installed");
    }
    found
}

/// The std directory of the installed haxe, used so hxs and haxe read the same std.
pub fn haxe_std() -> PathBuf {
    std::env::var_os("HAXE_ORACLE_STD")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/haxe/std"))
}

/// The hxs binary built for this test run.
pub fn hxs() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hxs"))
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The defines of a plain `haxe` run with no target (target `cross`), as haxe 4.2.5 sets them.
pub fn cross_defines() -> std::collections::BTreeMap<String, String> {
    let pairs = [
        ("sys", "1"),
        ("static", "1"),
        ("utf16", "1"),
        ("target.name", "cross"),
        ("target.sys", "true"),
        ("target.static", "true"),
        ("target.unicode", "true"),
        ("target.utf16", "true"),
        ("haxe", "4.2.5"),
        ("haxe_ver", "4.205"),
        ("haxe3", "1"),
        ("haxe4", "1"),
        ("dce", "std"),
        ("true", "1"),
    ];
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Whether `tests/known-differences.md` lists this case for this mode (paths relative to
/// the repository root).
pub fn known_difference(mode: &str, dir: &std::path::Path, file: &str) -> bool {
    let list =
        std::fs::read_to_string(repo_root().join("tests/known-differences.md")).unwrap_or_default();
    let rel = dir.join(file);
    let rel = rel
        .strip_prefix(repo_root())
        .unwrap_or(&rel)
        .to_string_lossy()
        .to_string();
    let needle = format!("- `{}` `{}`", mode, rel);
    list.lines().any(|l| l.starts_with(&needle))
}

/// A `{-N-}` cursor marker found in a fixture: its name and its code-point offset in the
/// file once all markers are removed.
pub struct Marker {
    pub file: String,
    pub name: String,
    pub offset: usize,
}

/// Copies a fixture tree to `dst` with its `{-N-}` markers removed, and lists the markers.
pub fn copy_without_markers(src: &std::path::Path, dst: &std::path::Path) -> Vec<Marker> {
    let mut markers = Vec::new();
    for entry in walkdir::WalkDir::new(src)
        .sort_by_file_name()
        .into_iter()
        .flatten()
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(src).unwrap().to_path_buf();
        let text = std::fs::read_to_string(entry.path()).expect("fixture");
        let mut clean = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find("{-") {
            let Some(end) = rest[at..].find("-}") else {
                break;
            };
            clean.push_str(&rest[..at]);
            markers.push(Marker {
                file: rel.to_string_lossy().to_string(),
                name: rest[at + 2..at + end].to_string(),
                offset: clean.chars().count(),
            });
            rest = &rest[at + end + 2..];
        }
        clean.push_str(rest);
        let out = dst.join(&rel);
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        std::fs::write(out, clean).unwrap();
    }
    markers
}
