//! Type-checks hxs's own standard library (`std/`) with the haxe 4.2.5 oracle.
//!
//! `tests/std_check/StdCheck.hx` imports every module of `std/` and uses each public
//! type; haxe must compile it against `HAXE_STD_PATH=std` without a single message.
//! A second test makes sure no module of `std/` is left out of `StdCheck.hx`.

mod common;

use std::path::Path;
use std::process::Command;

/// Module paths (`haxe.ds.StringMap`) of every `.hx` file under `std/`.
fn std_modules(std_dir: &Path) -> Vec<String> {
    let mut modules: Vec<String> = walkdir::WalkDir::new(std_dir)
        .into_iter()
        .map(|entry| entry.expect("readable std/ entry"))
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "hx"))
        // `_std` directories hold platform overrides of other modules, not modules.
        .filter(|entry| !entry.path().components().any(|c| c.as_os_str() == "_std"))
        .map(|entry| {
            let rel = entry.path().strip_prefix(std_dir).expect("inside std/");
            rel.with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    modules.sort();
    modules
}

#[test]
fn std_check_compiles_without_messages() {
    let Some(haxe) = common::haxe() else { return };
    let root = common::repo_root();
    let output = Command::new(haxe)
        .current_dir(&root)
        .env("HAXE_STD_PATH", root.join("std"))
        .args(["-cp", "tests/std_check", "-main", "StdCheck", "--no-output"])
        .output()
        .expect("run haxe");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "haxe rejected StdCheck against std/ ({}):\n{stdout}{stderr}",
        output.status
    );
    assert!(
        stdout.trim().is_empty() && stderr.trim().is_empty(),
        "haxe printed messages for StdCheck against std/:\n{stdout}{stderr}"
    );
}

#[test]
fn std_check_imports_every_module() {
    let root = common::repo_root();
    let modules = std_modules(&root.join("std"));
    assert!(
        modules.len() > 100,
        "std/ looks incomplete: {} modules",
        modules.len()
    );
    let source = std::fs::read_to_string(root.join("tests/std_check/StdCheck.hx"))
        .expect("read StdCheck.hx");
    let imported = |module: &str| {
        source.lines().any(|line| {
            line.trim()
                .strip_prefix("import ")
                .and_then(|rest| rest.strip_prefix(module))
                .is_some_and(|tail| tail.starts_with([';', ' ', '.']))
        })
    };
    let missing: Vec<&String> = modules.iter().filter(|m| !imported(m)).collect();
    assert!(
        missing.is_empty(),
        "StdCheck.hx does not import these std/ modules: {missing:?}"
    );
}
