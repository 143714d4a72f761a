//! Checks that the documentation of hxs's `std/` is our own writing, not haxe's.
//!
//! The API of `std/` deliberately matches haxe 4.2.5's std, so signatures are equal by
//! design; the prose is not allowed to be. The test collects the comment text of every
//! `.hx` file in `std/` and in the installed haxe std (all platforms), normalises it to
//! lower-case words (letters and digits; punctuation, markup and whitespace ignored),
//! and fails on any run of [`WINDOW`] consecutive words that appears in both. Eight
//! words is long enough that ordinary technical phrases ("returns the number of
//! elements in") do not collide by chance, and short enough that a copied sentence,
//! even lightly edited, is caught.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Length, in words, of the shared runs that count as copied text.
const WINDOW: usize = 8;

/// The text of every comment (`/* */`, `/** **/`, `//`) in a Haxe source.
fn comment_text(src: &str) -> String {
    let mut out = String::new();
    let mut rest = src;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (None, None) => break,
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                let body = &rest[b + 2..];
                let end = body.find("*/").unwrap_or(body.len());
                out.push_str(&body[..end]);
                out.push('\n');
                rest = body.get(end + 2..).unwrap_or("");
            }
            (_, Some(l)) => {
                let body = &rest[l + 2..];
                let end = body.find('\n').unwrap_or(body.len());
                out.push_str(&body[..end]);
                out.push('\n');
                rest = &body[end..];
            }
            (Some(_), None) => unreachable!("handled by the first arm"),
        }
    }
    out
}

/// Lower-case words of `text`; everything that is not a letter or digit separates words.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn hx_files(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.expect("readable directory entry"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "hx"))
        .map(|e| e.into_path())
        .collect()
}

/// Finds runs of [`WINDOW`] words of `ours` that also occur in `theirs`.
/// `theirs` maps each window to one place it was seen, for the report.
fn shared_runs(ours: &[String], theirs: &HashMap<Vec<String>, String>) -> Vec<(String, String)> {
    ours.windows(WINDOW)
        .filter_map(|w| theirs.get(w).map(|place| (w.join(" "), place.clone())))
        .collect()
}

#[test]
fn std_comments_share_no_long_run_with_haxe_std() {
    let Some(_haxe) = common::haxe() else { return };
    let haxe_std = common::haxe_std();
    assert!(
        haxe_std.is_dir(),
        "haxe is installed but its std is missing at {}",
        haxe_std.display()
    );
    let mut theirs: HashMap<Vec<String>, String> = HashMap::new();
    for file in hx_files(&haxe_std) {
        let src = std::fs::read_to_string(&file).unwrap_or_default();
        let place = file
            .strip_prefix(&haxe_std)
            .unwrap_or(&file)
            .display()
            .to_string();
        for w in words(&comment_text(&src)).windows(WINDOW) {
            theirs.entry(w.to_vec()).or_insert_with(|| place.clone());
        }
    }
    assert!(
        theirs.len() > 10_000,
        "suspiciously little comment text in haxe's std"
    );

    let std_dir = common::repo_root().join("std");
    let mut ours_words = 0usize;
    let mut copied: Vec<String> = Vec::new();
    for file in hx_files(&std_dir) {
        let src = std::fs::read_to_string(&file).expect("read std/ file");
        let ws = words(&comment_text(&src));
        ours_words += ws.len();
        let rel = file
            .strip_prefix(&std_dir)
            .unwrap_or(&file)
            .display()
            .to_string();
        let mut seen = HashSet::new();
        for (run, place) in shared_runs(&ws, &theirs) {
            if seen.insert(run.clone()) {
                copied.push(format!("  std/{rel}: \"{run}\" (also in haxe std/{place})"));
            }
        }
    }
    assert!(
        ours_words > 5_000,
        "std/ has too little documentation: {ours_words} words"
    );
    assert!(
        copied.is_empty(),
        "{} runs of {WINDOW}+ words of std/ comments also appear in haxe's std:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn comment_text_and_words_extract_only_comments() {
    let src =
        "/** Doc, `here`. **/\nclass A { // trailing note\n var s = \"not a comment\"; /* x */ }";
    let text = comment_text(src);
    assert_eq!(words(&text), vec!["doc", "here", "trailing", "note", "x"]);
}

#[test]
fn shared_runs_finds_a_copied_sentence() {
    let theirs_words = words("Returns the number of elements stored in this collection right now.");
    let mut theirs = HashMap::new();
    for w in theirs_words.windows(WINDOW) {
        theirs.insert(w.to_vec(), "X.hx".to_string());
    }
    let copied = words("Note: returns the number of elements stored in this collection today");
    let own = words("Tells how many elements the collection holds at the moment, counted once.");
    assert!(!shared_runs(&copied, &theirs).is_empty());
    assert!(shared_runs(&own, &theirs).is_empty());
}
