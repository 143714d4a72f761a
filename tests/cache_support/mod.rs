//! Helpers shared by the cache tests: a generated project on disk, cold parses to compare
//! with, the hxs binary, and a check that a store answers exactly as a cold run does.

#![allow(dead_code)]

use hxs::cache::{Lookup, ParsedCache};
use hxs::syntax::{self, cond::DefineLookup, Parsed};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub type Defines = BTreeMap<String, String>;

pub fn defines(pairs: &[(&str, &str)]) -> Defines {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn hxs() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hxs"))
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("hxs runs")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

/// A module whose body depends on `#if js` and `#if (debug_level > 1)` but not on `cpp`.
pub fn module_source(pack: &str, name: &str, i: usize) -> String {
    let mut s = String::new();
    if !pack.is_empty() {
        s.push_str(&format!("package {};\n\n", pack));
    }
    s.push_str(&format!(
        "/** Module {name}, number {i}. */\nclass {name} {{\n\tpublic var value:Int = {i};\n\n"
    ));
    for f in 0..(3 + i % 7) {
        s.push_str(&format!(
            "\tpublic function f{f}(a:Int, ?b:String):Array<Int> {{\n\t\t#if js\n\t\tvar x = [a, {f}, {i}];\n\t\t#elseif (debug_level > 1)\n\t\tvar x = [a * {f}];\n\t\t#else\n\t\tvar x = [];\n\t\t#end\n\t\tfor (k in 0...a) x.push(k + {f});\n\t\treturn x.map(function(v) return v * 2);\n\t}}\n\n"
        ));
    }
    s.push_str("}\n\nenum E");
    s.push_str(name);
    s.push_str(" {\n\tA;\n\tB(x:Int);\n}\n");
    s
}

/// Writes `n` modules under `root/src` (in a few packages) and returns their paths.
pub fn write_project(root: &Path, n: usize) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for i in 0..n {
        let pack = match i % 3 {
            0 => String::new(),
            1 => "pack".to_string(),
            _ => format!("pack.sub{}", i % 5),
        };
        let dir = pack
            .split('.')
            .filter(|p| !p.is_empty())
            .fold(root.join("src"), |d, p| d.join(p));
        std::fs::create_dir_all(&dir).expect("create package dir");
        let name = format!("M{}", i);
        let path = dir.join(format!("{}.hx", name));
        std::fs::write(&path, module_source(&pack, &name, i)).expect("write module");
        out.push(path);
    }
    out.sort();
    out
}

/// A build file using only the project's class path and the haxe std directory so that
/// nothing outside the test directory is walked (the std path points at an empty dir).
pub fn write_hxml(root: &Path, extra: &str) -> PathBuf {
    let empty_std = root.join("empty-std");
    std::fs::create_dir_all(&empty_std).expect("std dir");
    let hxml = root.join("build.hxml");
    std::fs::write(
        &hxml,
        format!(
            "-cp src\n--std-path {}\n-js out.js\n{}",
            empty_std.display(),
            extra
        ),
    )
    .expect("write hxml");
    hxml
}

/// The defines of the build file's first build, as hxs computes them.
pub fn hxml_defines(hxml: &Path) -> Defines {
    let cwd = hxml.parent().expect("hxml dir");
    let cl = hxs::project::args::parse_command_line(&[hxml.display().to_string()], cwd)
        .expect("valid hxml");
    cl.builds[0]
        .defines
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn cold(path: &Path, defines: &dyn DefineLookup) -> Parsed {
    let text = std::fs::read_to_string(path).expect("read source");
    syntax::parse(&text, defines)
}

/// Parses must agree on everything a client sees.
pub fn assert_same(a: &Parsed, b: &Parsed, what: &str) {
    assert_eq!(a.module, b.module, "module differs: {}", what);
    assert_eq!(a.error, b.error, "error differs: {}", what);
    assert_eq!(a.dead_blocks, b.dead_blocks, "dead blocks differ: {}", what);
    let mut x = a.defines_read.clone();
    let mut y = b.defines_read.clone();
    x.sort();
    x.dedup();
    y.sort();
    y.dedup();
    assert_eq!(x, y, "defines read differ: {}", what);
}

/// Opens the store in `dir` and checks that every file parses exactly as a cold parse does;
/// returns how many lookups hit.
pub fn check_all(dir: &Path, files: &[PathBuf], defines: &Defines) -> usize {
    let cache = ParsedCache::open(dir).expect("store opens");
    let mut hits = 0;
    for f in files {
        let got = cache.parse_file(f, defines).expect("file parses");
        assert_same(&got.parsed, &cold(f, defines), &f.display().to_string());
        if got.lookup == Lookup::Hit {
            hits += 1;
        }
    }
    cache.finish("check");
    hits
}

/// Sets a file's mtime back so that the stat index may trust it (ctime cannot be set: tests
/// that need trusted stats wait out the racy window instead).
pub fn wait_out_racy_window() {
    std::thread::sleep(std::time::Duration::from_millis(
        (hxs::cache::files::RACY_NS / 1_000_000) as u64 + 200,
    ));
}
