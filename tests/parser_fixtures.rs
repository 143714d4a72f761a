//! Parser fixtures: every `tests/parser/ok/*.hx` parses with no error (its tree is a
//! snapshot), every `tests/parser/err/*.hx` fails with the error line in the snapshot.
//! Both run under the defines of a plain haxe run (target `cross`). Each case also checks
//! that every node's span lies inside the file and that a node ends after it starts.

mod common;

use hxs::syntax::{self, ast::*, source::SourceFile};
use std::path::Path;

fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
    let root = common::repo_root().join("tests/parser").join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&root)
        .expect("fixture directory")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "hx"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).expect("fixture"),
            )
        })
        .collect();
    out.sort();
    out
}

fn check_spans(len: u32, m: &Module) {
    fn expr(len: u32, e: &Expr) {
        assert!(
            e.span.lo <= e.span.hi && e.span.hi <= len,
            "bad span {:?} in {:?}",
            e.span,
            e.kind
        );
        e.for_each_child(|c| expr(len, c));
    }
    fn field(len: u32, f: &Field) {
        assert!(
            f.span.lo <= f.span.hi && f.span.hi <= len,
            "bad field span {:?}",
            f.span
        );
        match &f.kind {
            FieldKind::Var(_, Some(e)) | FieldKind::Prop { expr: Some(e), .. } => expr(len, e),
            FieldKind::Fun(func) => {
                if let Some(b) = &func.body {
                    expr(len, b)
                }
            }
            _ => {}
        }
    }
    for d in &m.decls {
        assert!(
            d.span.lo <= d.span.hi && d.span.hi <= len,
            "bad decl span {:?}",
            d.span
        );
        match &d.kind {
            DeclKind::Class(c) => c.fields.iter().for_each(|f| field(len, f)),
            DeclKind::Abstract(a) => a.fields.iter().for_each(|f| field(len, f)),
            DeclKind::Static(f) => field(len, f),
            _ => {}
        }
    }
}

/// The error line haxe prints for a file named `name` given on the command line.
pub fn error_line(name: &str, bytes: Vec<u8>) -> Option<String> {
    let defines = common::cross_defines();
    let text = match syntax::decode(bytes) {
        Ok(t) => t,
        Err(e) => return Some(format!("{}:1: character 1 : {}", name, e.message)),
    };
    let parsed = syntax::with_deep_stack(move || {
        let p = syntax::parse(&text, &defines);
        (p.error, text)
    });
    let (error, text) = parsed;
    error.map(|e| {
        format!(
            "{} : {}",
            SourceFile::new(name, text).format_pos(e.span),
            e.message
        )
    })
}

#[test]
fn ok_fixtures_parse_and_match_their_trees() {
    let defines = common::cross_defines();
    for (name, bytes) in fixtures("ok") {
        let text = String::from_utf8(bytes).expect("ok fixtures are UTF-8");
        let parsed = syntax::parse(&text, &defines);
        assert!(parsed.error.is_none(), "{}: {:?}", name, parsed.error);
        check_spans(text.len() as u32, &parsed.module);
        let stem = Path::new(&name)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        insta::assert_snapshot!(format!("ok_{}", stem), syntax::dump::module(&parsed.module));
    }
}

#[test]
fn err_fixtures_fail_with_their_error() {
    for (name, bytes) in fixtures("err") {
        let line = error_line(&name, bytes);
        let stem = Path::new(&name)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let line = line.unwrap_or_else(|| panic!("{} parsed without error", name));
        insta::assert_snapshot!(format!("err_{}", stem), line);
    }
}

/// The oracle: haxe reports the same first line for each error fixture, and accepts each
/// ok fixture as a whole program.
#[test]
fn fixtures_agree_with_haxe() {
    let Some(haxe) = common::haxe() else { return };
    let root = common::repo_root().join("tests/parser");
    let mut disagreements = Vec::new();
    let err = fixtures("err");
    for (name, bytes) in &err {
        let module = name.trim_end_matches(".hx");
        let out = std::process::Command::new(&haxe)
            .args([module, "--no-output"])
            .current_dir(root.join("err"))
            .output()
            .expect("run haxe");
        let theirs = String::from_utf8_lossy(&out.stderr)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        let ours = error_line(name, bytes.clone()).unwrap_or_default();
        if theirs != ours {
            disagreements.push(format!("{}\n  haxe: {}\n  hxs:  {}", name, theirs, ours));
        }
    }
    let ok = fixtures("ok");
    for (name, _) in &ok {
        let module = name.trim_end_matches(".hx");
        let out = std::process::Command::new(&haxe)
            .args(["-cp", ".", "-main", module, "--no-output"])
            .current_dir(root.join("ok"))
            .output()
            .expect("run haxe");
        if !out.status.success() {
            disagreements.push(format!(
                "{}: haxe rejects it: {}",
                name,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    let total = err.len() + ok.len();
    println!(
        "parser fixtures agreeing with haxe: {}/{}",
        total - disagreements.len(),
        total
    );
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
