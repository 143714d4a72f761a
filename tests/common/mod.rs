//! Helpers shared by the integration tests: finding the haxe oracle and the hxs binary.
//!
//! Oracle tests call [`haxe`] first. When haxe is not on PATH they skip, unless
//! `HXS_REQUIRE_HAXE=1` is set (as `.ci/run` does), in which case a missing haxe fails the test.

#![allow(dead_code)]

use std::path::PathBuf;

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
