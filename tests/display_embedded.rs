//! The display fixtures of `tests/display/<set>` answered with hxs's embedded std (no
//! `--std-path`, no haxe needed), compared with committed snapshots of hxs's own answers
//! (insta): `cargo test` on a machine without haxe still checks every mode. Each snapshot
//! holds, per marker, the exit code and the raw output of the query, with the temporary
//! directory written `$DIR` and the embedded std's directory `$STD`.

mod common;

use std::path::Path;
use std::process::Command;

/// One fixture set asked in one mode.
struct Set {
    fixtures: &'static str,
    mode: &'static str,
    class_paths: &'static [&'static str],
    roots: &'static [&'static str],
}

/// Runs every query of `set` and returns the snapshot text.
fn answers(set: &Set) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let markers = common::copy_without_markers(
        &common::repo_root().join("tests/display").join(set.fixtures),
        dir.path(),
    );
    let shown = dir.path().to_string_lossy().to_string();
    let real = dir
        .path()
        .canonicalize()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| shown.clone());
    let mut text = String::new();
    for q in markers.iter().filter(|q| q.file.starts_with("src")) {
        let (out, err, code) = run(set, dir.path(), &q.file, q.offset);
        text.push_str(&format!(
            "== {} {{-{}-}} @{}: exit {}\n",
            q.file,
            q.name,
            q.offset,
            code.map_or("none".to_string(), |c| c.to_string())
        ));
        for stream in [out, err] {
            if stream.is_empty() {
                continue;
            }
            let s = String::from_utf8_lossy(&stream)
                .replace(&real, "$DIR")
                .replace(&shown, "$DIR");
            let s = embedded_std_as_placeholder(&s);
            text.push_str(&if set.fixtures == "toplevel" {
                types_digested(&s)
            } else {
                s
            });
            if !text.ends_with('\n') {
                text.push_str("\n(no newline)\n");
            }
        }
    }
    text
}

fn run(set: &Set, dir: &Path, file: &str, offset: usize) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let mut cmd = Command::new(common::hxs());
    cmd.env_remove("HAXE_STD_PATH").current_dir(dir);
    for cp in set.class_paths {
        cmd.args(["-cp", cp]);
    }
    cmd.args(set.roots)
        .args(["--display", &format!("{}@{}{}", file, offset, set.mode)]);
    let out = cmd.output().expect("run hxs");
    (out.stdout, out.stderr, out.status.code())
}

/// Writes the embedded std's directory (`.../hxs/std-<hash>`, which depends on the
/// machine's home and on the std's content) as `$STD`.
fn embedded_std_as_placeholder(s: &str) -> String {
    const MARK: &str = "/hxs/std-";
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find(MARK) {
        let start = rest[..at]
            .rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '>' | '(' | '\''))
            .map_or(0, |i| i + 1);
        let hash_end = rest[at + MARK.len()..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .map_or(rest.len(), |i| at + MARK.len() + i);
        out.push_str(&rest[..start]);
        out.push_str("$STD");
        rest = &rest[hash_end..];
    }
    out.push_str(rest);
    out
}

/// A toplevel list names every type and package of the class paths and the std (thousands
/// of lines, in the file system's order where haxe does not sort them): those lines are
/// kept as their count and a digest of them sorted; every other line is kept as it is.
fn types_digested(s: &str) -> String {
    let is_type = |l: &&str| l.starts_with("<i k=\"type\"") || l.starts_with("<i k=\"package\"");
    let mut types: Vec<&str> = s.lines().filter(is_type).collect();
    if types.is_empty() {
        return s.to_string();
    }
    types.sort_unstable();
    let digest = blake3::hash(types.join("\n").as_bytes()).to_hex();
    let mut out = String::new();
    let mut noted = false;
    for line in s.lines() {
        if is_type(&line) {
            if !noted {
                out.push_str(&format!(
                    "({} types and packages, sorted digest {})\n",
                    types.len(),
                    &digest[..16]
                ));
                noted = true;
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn check(set: Set) {
    let name = format!(
        "{}{}",
        set.fixtures,
        if set.mode.is_empty() {
            String::new()
        } else {
            format!("_{}", set.mode.trim_start_matches('@'))
        }
    );
    let text = answers(&set);
    assert!(text.contains("== "), "no query in {}", set.fixtures);
    insta::assert_snapshot!(name, text);
}

#[test]
fn field_access() {
    check(Set {
        fixtures: "field_access",
        mode: "",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn position() {
    check(Set {
        fixtures: "position",
        mode: "@position",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn hover() {
    check(Set {
        fixtures: "hover",
        mode: "@type",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn type_path() {
    check(Set {
        fixtures: "type_path",
        mode: "",
        class_paths: &["src", "lib"],
        roots: &[],
    });
}

#[test]
fn signature() {
    check(Set {
        fixtures: "signature",
        mode: "@signature",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn toplevel() {
    check(Set {
        fixtures: "toplevel",
        mode: "@toplevel",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn toplevel_plain() {
    check(Set {
        fixtures: "toplevel",
        mode: "",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn usage() {
    check(Set {
        fixtures: "usage",
        mode: "@usage",
        class_paths: &["src"],
        roots: &["Main", "Shapes", "NotYet", "pack.Util"],
    });
}

#[test]
fn module_symbols() {
    check(Set {
        fixtures: "position",
        mode: "@module-symbols",
        class_paths: &["src"],
        roots: &[],
    });
}

#[test]
fn diagnostics() {
    check(Set {
        fixtures: "diagnostics",
        mode: "@diagnostics",
        class_paths: &["src"],
        roots: &[],
    });
}
