//! The std embedded in the binary is exactly `std/`, it is written out once to a directory
//! named after its contents, and every file of it parses with hxs's own parser under the
//! defines of a plain run and of `--js`.

mod common;

use hxs::project::std_lib;
use hxs::syntax;

#[test]
fn embedded_std_is_std_dir_and_parses() {
    let root = common::repo_root().join("std");
    let embedded = std_lib::embedded_files();
    let on_disk: Vec<_> = walkdir::WalkDir::new(&root)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .collect();
    assert_eq!(embedded.len(), on_disk.len(), "embedded file count");
    for (rel, contents) in &embedded {
        let disk = std::fs::read(root.join(rel)).expect("embedded file exists in std/");
        assert_eq!(&disk[..], *contents, "{}", rel.display());
    }

    // Written out once, into a fresh cache directory, then reused. (The directory is passed
    // in, not set through XDG_CACHE_HOME: the process environment is shared with the other
    // test, whose hxs would extract into this directory while it is being removed.)
    let cache = tempfile::tempdir().expect("temp dir");
    let first = std_lib::extract_embedded_in(cache.path()).expect("extract");
    assert!(first.starts_with(cache.path()));
    assert!(first.join("StdTypes.hx").is_file());
    let second = std_lib::extract_embedded_in(cache.path()).expect("extract again");
    assert_eq!(first, second);

    let cwd = std::env::temp_dir();
    for args in [vec!["-main", "Main"], vec!["--js", "out.js"]] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let defines = hxs::project::args::parse_command_line(&args, &cwd)
            .expect("args")
            .builds[0]
            .defines
            .clone();
        let mut failures = Vec::new();
        for (rel, contents) in &embedded {
            if rel.extension().is_none_or(|e| e != "hx") {
                continue;
            }
            let text = std::str::from_utf8(contents).expect("std is UTF-8");
            if let Some(e) = syntax::parse(text, &defines).error {
                failures.push(format!("{}: {} at {}", rel.display(), e.message, e.span.lo));
            }
        }
        assert!(failures.is_empty(), "{:?}: {}", args, failures.join("\n"));
    }
}

/// The std tour of `tests/check/` (String, Array, Map of several key types, StringTools,
/// Lambda, haxe.ds.*, EReg, Math, Std, Type, Reflect, haxe.Json, haxe.io.Bytes, Date,
/// haxe.Serializer) type-checks with our embedded std too, with no message.
#[test]
fn std_tour_checks_with_the_embedded_std() {
    let dir = common::repo_root().join("tests/check/std_tour");
    let out = std::process::Command::new(common::hxs())
        .args(["-cp", "src", "-main", "Main", "--no-output"])
        .current_dir(&dir)
        .env_remove("HAXE_STD_PATH")
        .output()
        .expect("run hxs");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "stderr of hxs on std_tour"
    );
    assert_eq!(out.status.code(), Some(0));
}
