//! Builds with a target flag (`--js out.js`, `--interp`, ...): hxs type-checks them, writes
//! and runs nothing, and says so once on stdout when the check passes; a failing build prints
//! haxe's errors with haxe's exit code, and no notice.

mod common;

use std::path::Path;
use std::process::Command;

fn run(program: &Path, dir: &Path, args: &[&str], std: bool) -> (String, String, i32) {
    let mut c = Command::new(program);
    c.current_dir(dir)
        .args(["-cp", "src", "-main", "Main"])
        .args(args);
    if std {
        c.arg("--std-path").arg(common::haxe_std());
    }
    let out = c.output().expect("run");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn project(main: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
    std::fs::write(dir.path().join("src/Main.hx"), main).expect("write");
    dir
}

#[test]
fn a_passing_build_with_a_target_says_once_that_nothing_was_written() {
    let dir = project("class Main {\n\tstatic function main() {\n\t\ttrace(1);\n\t}\n}\n");
    let hxs = common::hxs();
    let (out, err, code) = run(&hxs, dir.path(), &["--js", "out.js"], false);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "hxs: the program was type-checked; no js output was written to out.js\n",
            "",
            0
        )
    );
    assert!(!dir.path().join("out.js").exists());
    let (out, err, code) = run(&hxs, dir.path(), &["--interp"], false);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "hxs: the program was type-checked, not run: hxs does not interpret (--interp, --run)\n",
            "",
            0
        )
    );
    // `--no-output` and a plain check say nothing.
    let (out, _, code) = run(&hxs, dir.path(), &["--js", "out.js", "--no-output"], false);
    assert_eq!((out.as_str(), code), ("", 0));
}

#[test]
fn a_failing_build_with_a_target_prints_haxes_errors() {
    let dir = project("class Main {\n\tstatic function main() {\n\t\tvar s:String = 1;\n\t}\n}\n");
    for target in [&["--js", "out.js"][..], &["--interp"][..]] {
        let (out, err, code) = run(&common::hxs(), dir.path(), target, true);
        assert_eq!(out, "", "{target:?}");
        assert_eq!(code, 1, "{target:?}: {err}");
        if let Some(haxe) = common::haxe() {
            let (_, theirs, their_code) = run(&haxe, dir.path(), target, false);
            assert_eq!(
                (err.as_str(), code),
                (theirs.as_str(), their_code),
                "{target:?}"
            );
        }
    }
}
