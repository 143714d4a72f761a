//! Display queries against haxe 4.2.5 on the fixtures in `tests/display/<mode>/src`, where
//! each `{-N-}` marker is a query: field completion (`--display FILE@POS` after a `.`) and
//! `@position`, `@type`, `@signature`, `@usage`, type-path completion (`import haxe.|`) and
//! toplevel completion (`@toplevel`, and the plain mode on a name). Every answer must be haxe's, byte
//! for byte, or hxs's explicit "does not answer ... yet" error (never a different answer).
//! The fixtures made for what hxs supports (all but `NotYet*.hx`) must agree, but for the
//! files `tests/known-differences.md` lists for the mode, which must still differ.

mod common;

use std::path::Path;
use std::process::Command;

/// Copies the fixture tree without its markers and lists the queries.
fn prepare(fixtures: &str, dst: &Path) -> Vec<common::Marker> {
    common::copy_without_markers(
        &common::repo_root().join("tests/display").join(fixtures),
        dst,
    )
}

fn run(
    program: &Path,
    extra: &[&str],
    dir: &Path,
    q: &common::Marker,
    mode: &str,
    class_paths: &[&str],
    roots: &[&str],
) -> (Vec<u8>, Vec<u8>, Option<i32>) {
    let arg = format!("{}@{}{}", q.file, q.offset, mode);
    let mut cp_args = Vec::new();
    for cp in class_paths {
        cp_args.extend(["-cp", cp]);
    }
    cp_args.extend(roots);
    let out = Command::new(program)
        .args(extra)
        .args(cp_args)
        .args(["--display", &arg])
        .current_dir(dir)
        .output()
        .expect("run");
    (out.stdout, out.stderr, out.status.code())
}

/// Runs every query of a fixture set in `mode` (`""` or `"@position"`).
fn check(fixtures: &str, mode: &str, min_queries: usize) {
    check_with(fixtures, mode, min_queries, &["src"]);
}

/// [`check`] with these class paths (`-cp` in this order); markers in files outside `src`
/// are not queries.
fn check_with(fixtures: &str, mode: &str, min_queries: usize, class_paths: &[&str]) {
    check_filtered(fixtures, mode, min_queries, class_paths, &[], false);
}

/// Whether the cursor at code point `offset` of `text` comes right after a `(` or a `,` (spaces
/// between allowed): where the plain mode answers a call's arguments, the planned
/// difference from haxe that `tests/display_call_args.rs` checks.
fn after_paren_or_comma(text: &str, offset: usize) -> bool {
    // Marker offsets count code points.
    let at = text
        .char_indices()
        .nth(offset)
        .map_or(text.len(), |(b, _)| b);
    let before = text[..at].trim_end();
    before.ends_with('(') || before.ends_with(',')
}

/// [`check_with`]; with `skip_call_args`, the queries right after a `(` or `,` are left to
/// the call-argument test.
fn check_filtered(
    fixtures: &str,
    mode: &str,
    min_queries: usize,
    class_paths: &[&str],
    roots: &[&str],
    skip_call_args: bool,
) {
    let Some(haxe) = common::haxe() else { return };
    let std = common::haxe_std().to_string_lossy().to_string();
    let dir = tempfile::tempdir().expect("temp dir");
    let queries: Vec<common::Marker> = prepare(fixtures, dir.path())
        .into_iter()
        .filter(|q| q.file.starts_with("src"))
        .filter(|q| {
            !skip_call_args || {
                let text = std::fs::read_to_string(dir.path().join(&q.file)).unwrap_or_default();
                !after_paren_or_comma(&text, q.offset)
            }
        })
        .collect();
    assert!(queries.len() >= min_queries, "{} queries", queries.len());
    let (mut agree, mut declined, mut known) = (0, 0, 0);
    let mut bad = Vec::new();
    let fixture_dir = common::repo_root().join("tests/display").join(fixtures);
    for q in &queries {
        let theirs = run(&haxe, &[], dir.path(), q, mode, class_paths, roots);
        let ours = run(
            &common::hxs(),
            &["--std-path", &std],
            dir.path(),
            q,
            mode,
            class_paths,
            roots,
        );
        let name = format!("{} {{-{}-}} @{}", q.file, q.name, q.offset);
        if common::known_difference(mode.trim_start_matches('@'), &fixture_dir, &q.file) {
            // A listed difference must still be one.
            known += 1;
            if theirs == ours {
                bad.push(format!(
                    "{}: agrees with haxe now: remove it from tests/known-differences.md",
                    name
                ));
            }
        } else if theirs == ours {
            agree += 1;
        } else if String::from_utf8_lossy(&ours.1).starts_with("Error: hxs does not answer")
            && ours.2 == Some(1)
        {
            declined += 1;
            if std::env::var_os("HXS_SHOW_DECLINED").is_some() {
                eprintln!(
                    "{}: declined: {}",
                    name,
                    String::from_utf8_lossy(&ours.1).trim()
                );
            }
            if !q.file.contains("NotYet") {
                bad.push(format!(
                    "{}: declined: {}",
                    name,
                    String::from_utf8_lossy(&ours.1).trim()
                ));
            }
        } else {
            bad.push(format!(
                "{}: differs\n  haxe: {}\n  hxs:  {}",
                name,
                String::from_utf8_lossy(&theirs.1)
                    .chars()
                    .take(400)
                    .collect::<String>(),
                String::from_utf8_lossy(&ours.1)
                    .chars()
                    .take(400)
                    .collect::<String>()
            ));
        }
    }
    println!(
        "{} {}: {} agree with haxe, {} declined, {} known differences, of {}",
        fixtures,
        mode,
        agree,
        declined,
        known,
        queries.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn field_completion_matches_haxe_or_declines() {
    check("field_access", "", 12);
}

#[test]
fn position_matches_haxe_or_declines() {
    check("position", "@position", 35);
}

#[test]
fn hover_matches_haxe_or_declines() {
    check("hover", "@type", 21);
}

/// Type paths: package listings (sorted by haxe, so compared byte for byte), modules' types
/// and importable statics, over two class paths that share a package.
#[test]
fn type_path_matches_haxe_or_declines() {
    check_with("type_path", "", 60, &["src", "lib"]);
}

/// Signature help: calls of functions, methods, statics, constructors, `@:overload`ed
/// externs and std functions, at `(`, after `,`, on the callee, after `)`, nested and
/// unclosed calls, multi-line arguments, non-ASCII text before the cursor, and positions in
/// no call (`No completion point was found`).
#[test]
fn signature_matches_haxe_or_declines() {
    check("signature", "@signature", 60);
}

/// Toplevel completion (`@toplevel`, and the plain mode on the same cursors, which haxe
/// answers alike): every line byte for byte, the packages' order included (hxs reproduces
/// haxe's hash-table order); the class paths' modules are listed in the file system's
/// order, which both read from the same directories.
#[test]
fn toplevel_matches_haxe_or_declines() {
    check("toplevel", "@toplevel", 40);
}

#[test]
fn toplevel_plain_mode_matches_haxe_or_declines() {
    check_filtered("toplevel", "", 40, &["src"], &[], true);
}

/// Find references (`@usage`): haxe types only the modules of the build, so every module of
/// the fixtures is named on the command line; the answers list locals' reads and writes,
/// fields, constructors, enum constructors and types across modules, sorted by file.
#[test]
fn usage_matches_haxe_or_declines() {
    check_filtered(
        "usage",
        "@usage",
        40,
        &["src"],
        &["Main", "Shapes", "NotYet", "pack.Util"],
        false,
    );
}

/// `@diagnostics`: one module per situation, each queried at position 0 (a `{-1-}` marker
/// opens every file) with no other root, so each build types that module and what it loads.
#[test]
fn diagnostics_matches_haxe_or_declines() {
    check_filtered("diagnostics", "@diagnostics", 15, &["src"], &[], false);
}
