//! Plain `--display FILE@POS` right after the `(` or a `,` of a call, where hxs answers the
//! called function's type (`<type>`) and haxe 4.2.5 lists the toplevel: the one planned
//! difference of this mode, listed in `tests/known-differences.md`.
//!
//! Every query of `tests/display/call_args/src` is checked three ways: hxs's answers are
//! snapshots (insta); haxe must still answer `<il>` there, or find no completion point
//! (before a string literal), so the listed difference stays true; and each `<type>` must be the function type haxe's `@signature` reports at the
//! same position, rebuilt from its JSON labels wherever that is unambiguous (no function
//! types or monomorphs in the label). `NotYet*` files hold queries hxs declines.

mod common;

use std::path::Path;
use std::process::Command;

fn run(program: &Path, extra: &[&str], dir: &Path, arg: &str) -> (String, Option<i32>) {
    let out = Command::new(program)
        .args(extra)
        .args(["-cp", "src", "--display", arg])
        .current_dir(dir)
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code(),
    )
}

/// Reads the JSON string starting at `s` (just after its opening quote).
fn json_string(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => break,
            },
            c => out.push(c),
        }
    }
    out
}

/// The function types of haxe's `@signature` JSON, printed as haxe prints function types,
/// or `None` when a label holds a function type or a monomorph (their printing differs).
fn types_from_signature_json(json: &str) -> Option<Vec<String>> {
    let mut sigs: Vec<(String, Vec<String>)> = Vec::new();
    for (i, _) in json.match_indices("\"label\":\"") {
        let label = json_string(&json[i + 9..]);
        if label.starts_with('(') {
            sigs.push((label, Vec::new()));
        } else {
            sigs.last_mut()?.1.push(label);
        }
    }
    let mut out = Vec::new();
    for (label, params) in sigs {
        if label.contains("->") || label.contains("Unknown<") {
            return None;
        }
        let ret = label.strip_prefix(&format!("({}):", params.join(", ")))?;
        let args: Vec<String> = params
            .iter()
            .map(|p| {
                let (name, ty) = p.split_once(':').unwrap_or(("", p));
                format!("{} : {}", name, ty)
            })
            .collect();
        out.push(format!("({}) -> {}", args.join(", "), ret));
    }
    Some(out)
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The types of hxs's `<type>` answer.
fn types_of_answer(answer: &str) -> Vec<String> {
    answer
        .split("<type>\n")
        .skip(1)
        .map(|b| unescape(b.split("\n</type>").next().unwrap_or("")))
        .collect()
}

#[test]
fn call_args_answer_the_called_type() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = common::repo_root().join("tests/display/call_args");
    let queries = common::copy_without_markers(&fixtures, dir.path());
    assert!(queries.len() >= 10, "{} queries", queries.len());
    let std = common::haxe_std().to_string_lossy().to_string();
    let haxe = common::haxe();
    let mut snapshot = String::new();
    let mut bad = Vec::new();
    let (mut answered, mut declined, mut compared) = (0, 0, 0);
    for q in &queries {
        let arg = format!("{}@{}", q.file, q.offset);
        let name = format!("{} {{-{}-}}", q.file, q.name);
        let (ours, code) = run(&common::hxs(), &["--std-path", &std], dir.path(), &arg);
        snapshot.push_str(&format!("== {}\n{}", name, ours));
        if q.file.contains("NotYet") {
            if !(ours.starts_with("Error: hxs does not answer") && code == Some(1)) {
                bad.push(format!("{}: expected a decline, got {}", name, ours));
            }
            declined += 1;
            continue;
        }
        if !(ours.starts_with("<type>\n") && ours.ends_with("</type>\n\n") && code == Some(0)) {
            bad.push(format!("{}: not a <type> answer: {}", name, ours));
            continue;
        }
        answered += 1;
        let listed = common::known_difference("call-args", &fixtures, &q.file);
        if !listed {
            bad.push(format!(
                "{}: not listed in tests/known-differences.md",
                name
            ));
        }
        let Some(haxe) = &haxe else { continue };
        let (theirs, _) = run(haxe, &[], dir.path(), &arg);
        // Before a string literal haxe marks nothing and finds no completion point.
        if !theirs.starts_with("<il>") && theirs != "Error: No completion point was found\n" {
            bad.push(format!(
                "{}: haxe no longer lists the toplevel here; update tests/known-differences.md: {}",
                name, theirs
            ));
        }
        let (sig, _) = run(haxe, &[], dir.path(), &format!("{}@signature", arg));
        if let Some(expected) = types_from_signature_json(&sig) {
            compared += 1;
            if expected != types_of_answer(&ours) {
                bad.push(format!(
                    "{}: haxe's @signature gives {:?}, hxs {:?}",
                    name,
                    expected,
                    types_of_answer(&ours)
                ));
            }
        }
    }
    println!(
        "call args: {} answered ({} compared with haxe's @signature), {} declined",
        answered, compared, declined
    );
    insta::assert_snapshot!("call_args", snapshot);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
