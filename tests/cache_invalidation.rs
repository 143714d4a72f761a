//! Checks through the persistent cache: a restarted check with nothing changed parses and
//! types nothing and prints exactly what the first run printed; after each change of the
//! invalidation matrix (a body or a signature edited, a module added in front of another on
//! the class paths, deleted or renamed, class paths reordered, a define flipped, another
//! std, an `import.hx` added) the answer is the one a cold run gives, and haxe's where haxe
//! is installed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// One run's streams and exit code.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    stderr: String,
    code: i32,
    /// `-v` lines (stdout), not part of the comparison.
    log: String,
}

fn hxs(dir: &Path, args: &[&str], cache: &Path) -> Run {
    let out = Command::new(common::hxs())
        .current_dir(dir)
        .args(args)
        .arg("--cache-dir")
        .arg(cache)
        .arg("-v")
        .env_remove("HXS_CACHE_DIR")
        .output()
        .unwrap();
    Run {
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
        code: out.status.code().unwrap_or(-1),
        log: String::from_utf8_lossy(&out.stdout).to_string(),
    }
}

fn haxe_run(dir: &Path, args: &[&str]) -> Option<(String, i32)> {
    let haxe = common::haxe()?;
    let out = Command::new(haxe)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    Some((
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code().unwrap_or(-1),
    ))
}

/// The `-v` counters of a run: (parsed, classes built, bodies typed).
fn counters(log: &str) -> (usize, usize, usize) {
    let line = log
        .lines()
        .find(|l| l.starts_with("hxs: ") && l.contains("modules parsed"))
        .unwrap_or_else(|| panic!("no counters in {:?}", log));
    let n: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    (n[0], n[1], n[2])
}

fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

/// A project with a persistent cache, compared after each change with a cold run.
struct Project {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    cache: PathBuf,
    args: Vec<String>,
    cold_count: usize,
}

impl Project {
    fn new(files: &[(&str, &str)], args: &[&str]) -> Project {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("p");
        write(&dir, files);
        Project {
            cache: tmp.path().join("cache"),
            dir,
            _tmp: tmp,
            args: args.iter().map(|s| s.to_string()).collect(),
            cold_count: 0,
        }
    }

    fn args(&self) -> Vec<&str> {
        self.args.iter().map(String::as_str).collect()
    }

    /// A run through the persistent cache.
    fn warm(&self) -> Run {
        hxs(&self.dir, &self.args(), &self.cache)
    }

    /// A run with an empty cache of its own.
    fn cold(&mut self) -> Run {
        self.cold_count += 1;
        let c = self._tmp.path().join(format!("cold{}", self.cold_count));
        hxs(&self.dir, &self.args(), &c)
    }

    /// Runs through the cache and checks the answer against a cold run (and haxe's when the
    /// answer is not a decline); returns the cached run.
    fn same_as_cold(&mut self, what: &str) -> Run {
        let warm = self.warm();
        let cold = self.cold();
        assert_eq!(
            (&warm.stderr, warm.code),
            (&cold.stderr, cold.code),
            "{}: the cached check differs from a cold one\ncached log: {}",
            what,
            warm.log
        );
        if !cold.stderr.contains("hxs cannot type-check") {
            let mut args: Vec<&str> = self.args();
            // haxe does not know our flags; both runs name the same std.
            if let Some(i) = args.iter().position(|a| *a == "--std-path") {
                args.drain(i..i + 2);
            }
            if let Some((err, code)) = haxe_run(&self.dir, &args) {
                assert_eq!(
                    (&cold.stderr, cold.code),
                    (&err, code),
                    "{}: hxs differs from haxe",
                    what
                );
            }
        }
        warm
    }

    /// Edits a file (`(path, from, to)`), then checks the cached answer against a cold run's
    /// and that the cached run's `-v` log says `log_has`.
    fn edit_and_see(&mut self, (path, from, to): (&str, &str, &str), log_has: &str) -> Run {
        self.edit(path, from, to);
        let r = self.same_as_cold(&format!("{} edited: {} -> {}", path, from, to));
        assert!(r.log.contains(log_has), "{}", r.log);
        r
    }

    fn edit(&self, path: &str, from: &str, to: &str) {
        let p = self.dir.join(path);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{} does not contain {}", path, from);
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    }
}

/// haxe's std when it is installed (so hxs and haxe read the same one), else hxs's own.
fn std_args() -> Vec<String> {
    let std = common::haxe_std();
    if std.join("StdTypes.hx").is_file() {
        vec!["--std-path".into(), std.display().to_string()]
    } else {
        vec![]
    }
}

fn project(files: &[(&str, &str)], extra: &[&str]) -> Project {
    let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    args.extend(["-main", "Main", "--no-output"].map(String::from));
    args.extend(std_args());
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    Project::new(files, &a)
}

const MAIN: &str = "import app.Util;
import app.Shape;

class Main {
    static function main() {
        var s = new Shape(3);
        var n:Int = Util.twice(s.size);
        trace(n + Util.label());
    }
}
";

const UTIL: &str = "package app;

class Util {
    public static function twice(x:Int):Int {
        return x * 2;
    }

    public static function label() {
        return \"size\";
    }
}
";

const SHAPE: &str = "package app;

class Shape {
    public var size:Int;

    public function new(size:Int) {
        this.size = size;
    }

    public function area():Int {
        return size * size;
    }
}
";

fn base() -> Vec<(&'static str, &'static str)> {
    vec![
        ("src/Main.hx", MAIN),
        ("src/app/Util.hx", UTIL),
        ("src/app/Shape.hx", SHAPE),
    ]
}

#[test]
fn a_restarted_check_parses_and_types_nothing() {
    let mut p = project(&base(), &["-cp", "src"]);
    let first = p.same_as_cold("first run");
    assert!(first.log.contains("check missed"), "{}", first.log);
    assert!(counters(&first.log).0 > 3);
    let second = p.warm();
    assert_eq!((&second.stderr, second.code), (&first.stderr, first.code));
    assert_eq!(counters(&second.log), (0, 0, 0), "{}", second.log);
    assert!(second.log.contains("check reused"), "{}", second.log);

    // The same with errors: same lines, same order, same exit code.
    p.edit(
        "src/Main.hx",
        "trace(n + Util.label());",
        "trace(n + Util.label());\n        var b:Bool = n;\n        var c:String = 1;",
    );
    let errors = p.same_as_cold("errors");
    assert_eq!(errors.code, 1);
    assert!(errors.stderr.lines().count() >= 2, "{}", errors.stderr);
    let again = p.warm();
    assert_eq!((&again.stderr, again.code), (&errors.stderr, errors.code));
    assert_eq!(counters(&again.log), (0, 0, 0), "{}", again.log);
}

#[test]
fn a_declined_build_is_replayed_as_declined() {
    let mut files = base();
    files.push((
        "src/app/Macro.hx",
        "package app;\n\n@:build(app.Macro.build())\nclass Macro {}\n",
    ));
    let mut p = project(&files, &["-cp", "src"]);
    p.edit(
        "src/Main.hx",
        "class Main {",
        "class Main {\n    static var m:app.Macro;",
    );
    let first = p.same_as_cold("declined");
    assert!(
        first.stderr.contains("hxs cannot type-check"),
        "{}",
        first.stderr
    );
    let second = p.warm();
    assert_eq!((&second.stderr, second.code), (&first.stderr, first.code));
    assert_eq!(counters(&second.log), (0, 0, 0));
}

#[test]
fn edits_give_the_cold_answer() {
    let mut p = project(&base(), &["-cp", "src"]);
    p.same_as_cold("first run");
    // A body edit.
    p.edit("src/app/Util.hx", "return x * 2;", "return x * 3;");
    let r = p.same_as_cold("body edit");
    assert!(
        r.log.contains("after a body-only edit of app.Util"),
        "{}",
        r.log
    );
    // A signature edit that breaks a dependent.
    p.edit("src/app/Util.hx", "twice(x:Int):Int", "twice(x:Int):String");
    p.edit("src/app/Util.hx", "return x * 3;", "return \"\" + x;");
    let r = p.same_as_cold("signature edit");
    assert_eq!(r.code, 1, "{}", r.stderr);
    // The inferred return type of a field follows its body.
    p.edit("src/app/Util.hx", "twice(x:Int):String", "twice(x:Int):Int");
    p.edit("src/app/Util.hx", "return \"\" + x;", "return x;");
    p.same_as_cold("fixed");
    p.edit("src/app/Util.hx", "return \"size\";", "return 1;");
    p.same_as_cold("inferred type changed");
    // Reverting an edit finds the check stored before it.
    p.edit("src/app/Util.hx", "return 1;", "return \"size\";");
    let r = p.same_as_cold("reverted");
    assert!(r.log.contains("check reused"), "{}", r.log);
    assert_eq!(counters(&r.log), (0, 0, 0), "{}", r.log);
}

/// A module that five others import, and those five.
fn widely_imported() -> Vec<(String, String)> {
    let mut files = vec![(
        "src/app/Util.hx".to_string(),
        "package app;

class Util {
    public static function twice(x:Int):Int {
        var stamp = 1234;
        return x * 2;
    }

    public static function label() {
        return \"size\";
    }

    public static inline function half(x:Int):Int {
        return x >> 1;
    }

    public var n:Int;

    public function new() {
        n = 1;
    }
}
"
        .to_string(),
    )];
    let mut main = String::from("class Main {\n    static function main() {\n");
    for i in 0..5 {
        files.push((
            format!("src/app/User{}.hx", i),
            format!(
                "package app;\n\nclass User{} {{\n    public static function run():Int {{\n        \
                 var s:String = Util.label();\n        return Util.twice({}) + Util.half(4) + new Util().n;\n    }}\n}}\n",
                i, i
            ),
        ));
        main.push_str(&format!("        trace(app.User{}.run());\n", i));
    }
    main.push_str("    }\n}\n");
    files.push(("src/Main.hx".to_string(), main));
    files.push((
        "src/app/Helper.hx".to_string(),
        "package app;\n\nclass Helper {\n    public static var v:Int = 1;\n}\n".to_string(),
    ));
    files
}

#[test]
fn a_body_only_edit_retypes_the_edited_module_alone() {
    let files = widely_imported();
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut p = project(&files, &["-cp", "src"]);
    let first = p.same_as_cold("first run");
    let (_, full_classes, full_bodies) = counters(&first.log);
    let util = "src/app/Util.hx";
    // Bodies only: the dependents are not typed again.
    let r = p.edit_and_see(
        (util, "var stamp = 1234;", "var stamp = 4321;"),
        "after a body-only edit of app.Util: 9 modules reused, 1 retyped",
    );
    // Util's one class and its five fields, of the full check's seven classes.
    let (_, classes, bodies) = counters(&r.log);
    assert_eq!((classes, bodies), (1, 5), "{}", r.log);
    assert!(full_classes >= 7 && full_bodies > 5, "{}", first.log);
    // An error in the edited body: the full check, which reports it.
    let r = p.edit_and_see(
        (util, "return x * 2;", "return \"x\";"),
        "app.Util changed: the retyped bodies print messages",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    p.edit(util, "return \"x\";", "return x * 2;");
    p.same_as_cold("fixed");
    // A type inferred from a body changes: its users may type differently.
    let r = p.edit_and_see(
        (util, "return \"size\";", "return 1;"),
        "a type inferred from its bodies changed",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    p.edit(util, "return 1;", "return \"size\";");
    p.same_as_cold("inferred type back");
    // An inline function's body is read where it is called; a constructor's, by the checks
    // of final fields.
    p.edit_and_see(
        (util, "return x >> 1;", "return x >> 2;"),
        "its declarations changed",
    );
    p.edit_and_see((util, "n = 1;", "n = 2;"), "its declarations changed");
    // A body that reaches a module the check never loaded: that module is checked too.
    p.edit_and_see(
        (util, "var stamp = 4321;", "var stamp = Helper.v;"),
        "look for another module (app.Helper)",
    );
    // Two modules edited at once.
    p.edit(util, "var stamp = Helper.v;", "var stamp = 7;");
    p.edit("src/app/User3.hx", "Util.twice(3)", "Util.twice(3 + 1)");
    let r = p.same_as_cold("two bodies edited");
    assert!(
        r.log
            .contains("after a body-only edit of app.Util, app.User3")
            || r.log
                .contains("after a body-only edit of app.User3, app.Util"),
        "{}",
        r.log
    );
}

#[test]
fn a_field_type_another_body_can_bind_stops_body_only_reuse() {
    // haxe types `keep`'s argument from its first caller: which body comes first decides
    // the error, so no body is retyped alone.
    let mut files = widely_imported();
    files[0].1 = files[0].1.replace(
        "public var n:Int;",
        "public static function keep(v) {}\n\n    public var n:Int;",
    );
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut p = project(&files, &["-cp", "src"]);
    p.edit(
        "src/app/User1.hx",
        "var s:String",
        "Util.keep(1);\n        var s:String",
    );
    p.same_as_cold("first run");
    p.edit(
        "src/app/Util.hx",
        "var stamp = 1234;",
        "var stamp = 1234;\n        keep(\"s\");",
    );
    let r = p.same_as_cold("a caller that binds another way");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.log.contains("check missed (app.Util changed)"),
        "{}",
        r.log
    );
}

#[test]
fn modules_added_removed_and_renamed_give_the_cold_answer() {
    let mut files = base();
    files.push((
        "src/Helper.hx",
        "class Helper {\n    public static var v:Int = 1;\n}\n",
    ));
    let mut p = project(&files, &["-cp", "src"]);
    p.edit("src/app/Util.hx", "return x * 2;", "return x * Helper.v;");
    p.same_as_cold("first run");
    // `Helper` in package `app` is looked for as `app.Helper` first: a new file there
    // shadows the top-level one.
    write(
        &p.dir,
        &[(
            "src/app/Helper.hx",
            "package app;\n\nclass Helper {\n    public static var v:String = \"s\";\n}\n",
        )],
    );
    let r = p.same_as_cold("shadowing module added");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.log.contains("app.Helper appeared"), "{}", r.log);
    // Deleted: back to the top-level one.
    std::fs::remove_file(p.dir.join("src/app/Helper.hx")).unwrap();
    let r = p.same_as_cold("shadowing module deleted");
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A module deleted that is used.
    std::fs::remove_file(p.dir.join("src/app/Shape.hx")).unwrap();
    let r = p.same_as_cold("used module deleted");
    assert_eq!(r.code, 1);
    // Renamed: its users now fail differently.
    write(&p.dir, &[("src/app/Shape.hx", SHAPE)]);
    p.same_as_cold("restored");
    // Renamed, with its users: `app.Util` is gone, `app.Tools` takes its place.
    let util = std::fs::read_to_string(p.dir.join("src/app/Util.hx")).unwrap();
    std::fs::remove_file(p.dir.join("src/app/Util.hx")).unwrap();
    write(
        &p.dir,
        &[(
            "src/app/Tools.hx",
            &util.replace("class Util", "class Tools"),
        )],
    );
    p.edit(
        "src/Main.hx",
        "import app.Util;",
        "import app.Tools as Util;",
    );
    p.same_as_cold("renamed");
}

#[test]
fn a_module_added_in_front_of_a_std_module_gives_the_cold_answer() {
    let mut p = project(&base(), &["-cp", "src"]);
    p.edit(
        "src/Main.hx",
        "trace(n + Util.label());",
        "trace(n + Util.label());\n        var h:String = haxe.crypto.Md5.encode(\"a\");",
    );
    let r = p.same_as_cold("first run");
    assert_eq!(r.code, 0, "{}", r.stderr);
    write(
        &p.dir,
        &[(
            "src/haxe/crypto/Md5.hx",
            "package haxe.crypto;\n\nclass Md5 {\n    public static function encode(s:String):Int {\n        return 0;\n    }\n}\n",
        )],
    );
    let r = p.same_as_cold("std module shadowed");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.log
            .contains("haxe.crypto.Md5 is now defined by another file"),
        "{}",
        r.log
    );
}

#[test]
fn class_path_order_defines_std_and_import_hx_give_the_cold_answer() {
    let mut files = base();
    files.push((
        "lib/app/Extra.hx",
        "package app;\n\nclass Extra {\n    public static var v:Int = 1;\n}\n",
    ));
    files.push((
        "src/app/Extra.hx",
        "package app;\n\nclass Extra {\n    public static var v:String = \"s\";\n}\n",
    ));
    let mut p = project(&files, &["-cp", "src", "-cp", "lib"]);
    p.edit(
        "src/Main.hx",
        "trace(n + Util.label());",
        "trace(n + Util.label());\n        var e:Int = app.Extra.v;\n        #if flip\n        var f:Bool = 1;\n        #end",
    );
    let a = p.same_as_cold("lib first");
    assert_eq!(a.code, 0, "{}", a.stderr);
    // Reordered class paths: `src` now comes first.
    let i = p.args.iter().position(|a| a == "src").unwrap();
    p.args.swap(i, i + 2);
    let b = p.same_as_cold("src first");
    assert_eq!(b.code, 1, "{}", b.stderr);
    // A define an `#if` reads.
    p.args.insert(0, "flip".into());
    p.args.insert(0, "-D".into());
    let c = p.same_as_cold("-D flip");
    assert_ne!(c.stderr, b.stderr);
    p.args.drain(0..2);
    let d = p.same_as_cold("-D flip removed");
    assert_eq!(d.stderr, b.stderr);
    assert_eq!(counters(&d.log), (0, 0, 0), "{}", d.log);
    // An import.hx that now applies to every module.
    write(&p.dir, &[("src/import.hx", "import app.Shape;\n")]);
    p.same_as_cold("import.hx added");
    p.edit("src/import.hx", "import app.Shape;", "import app.Nothing;");
    let r = p.same_as_cold("import.hx edited");
    assert_eq!(r.code, 1, "{}", r.stderr);
    // Another std: the embedded one against haxe's.
    if let Some(i) = p.args.iter().position(|a| a == "--std-path") {
        p.args.drain(i..i + 2);
        let e = p.warm();
        let f = p.cold();
        assert_eq!((&e.stderr, e.code), (&f.stderr, f.code), "embedded std");
        assert!(e.log.contains("check missed"), "{}", e.log);
    }
}

#[test]
fn every_check_case_is_replayed_identically() {
    // Each program of the type-checking suite, run twice through one cache: the second run
    // parses and types nothing and prints what the first printed.
    let root = common::repo_root().join("tests/check");
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("src").is_dir())
        .collect();
    cases.sort();
    let mut replayed = 0;
    for (i, case) in cases.iter().enumerate() {
        // Every third case keeps the test short on a shared machine.
        if i % 3 != 0 {
            continue;
        }
        let args = case_args(case);
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let first = hxs(case, &a, &cache);
        let second = hxs(case, &a, &cache);
        let name = case.file_name().unwrap().to_string_lossy();
        assert_eq!(
            (&second.stderr, second.code),
            (&first.stderr, first.code),
            "{}",
            name
        );
        if second.log.contains("check reused") {
            assert_eq!(counters(&second.log), (0, 0, 0), "{}: {}", name, second.log);
            replayed += 1;
        }
    }
    assert!(replayed > 50, "only {} cases replayed", replayed);
}

#[test]
fn a_corrupt_check_record_is_a_miss_and_gc_keeps_live_checks() {
    use hxs::cache::records::RecordKind;
    use hxs::cache::Store;
    let mut p = project(&base(), &["-cp", "src"]);
    p.same_as_cold("first run");
    // Flip a byte in every stored check, and truncate them in a second pass.
    for pass in 0..2 {
        {
            let store = Store::open(&p.cache).unwrap();
            let entries = store.scan_kind(RecordKind::Check);
            assert_eq!(entries.len(), 1);
            let batch = entries
                .into_iter()
                .map(|(k, mut v)| {
                    if pass == 0 {
                        let i = v.len() / 2;
                        v[i] ^= 0x55;
                    } else {
                        v.truncate(v.len() / 3);
                    }
                    (RecordKind::Check, k, Some(v))
                })
                .collect();
            assert!(store.write(batch));
            store.flush();
        }
        let r = p.same_as_cold("corrupt record");
        assert!(r.log.contains("check missed (corrupt entry)"), "{}", r.log);
        let r = p.warm();
        assert!(r.log.contains("check reused"), "{}", r.log);
    }
    // gc keeps a check whose files are all live, and drops it once one is gone for good.
    let gc = |p: &Project| {
        let out = Command::new(common::hxs())
            .args(["cache", "gc", "--cache-dir"])
            .arg(&p.cache)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Store::open(&p.cache)
            .unwrap()
            .scan_kind(RecordKind::Check)
            .len()
    };
    assert_eq!(gc(&p), 1);
    let r = p.warm();
    assert!(r.log.contains("check reused"), "{}", r.log);
    p.edit("src/app/Util.hx", "return x * 2;", "return x * 4;");
    // The stat index now names the new content only: the old check's file is not live.
    p.same_as_cold("edited");
    assert_eq!(gc(&p), 1);
}

#[test]
fn body_edits_in_every_clean_check_case_give_the_cold_answer() {
    // Each program of the type-checking suite that haxe accepts, its method bodies edited one
    // at a time (a harmless local, then a type error): the check through the cache, which
    // retypes the edited module alone when it can, prints what a cold check prints.
    let root = common::repo_root().join("tests/check");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("src").is_dir())
        .collect();
    cases.sort();
    let defines = std::collections::BTreeMap::<String, String>::new();
    let (mut edits, mut retyped) = (0, 0);
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("p");
        copy_dir(case, &dir);
        let args = case_args(case);
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let cache = tmp.path().join("cache");
        let first = hxs(&dir, &a, &cache);
        if first.code != 0 || !first.stderr.is_empty() {
            continue;
        }
        let files: Vec<PathBuf> = walk_hx(&dir.join("src"));
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let parsed = hxs::syntax::parse(&text, &defines);
            let bodies = hxs::sema::outline::hidden_bodies(&parsed.module);
            for span in bodies.iter().take(3) {
                let lo = span.lo as usize;
                if !text[lo..].starts_with('{') {
                    continue;
                }
                for stmt in ["var hxsProbe:Int = 0;", "var hxsProbe:String = 0;"] {
                    let edited = format!("{}{}{}", &text[..=lo], stmt, &text[lo + 1..]);
                    std::fs::write(&file, edited).unwrap();
                    let warm = hxs(&dir, &a, &cache);
                    let cold = hxs(&dir, &a, &tmp.path().join(format!("cold{}", edits)));
                    assert_eq!(
                        (&warm.stderr, warm.code),
                        (&cold.stderr, cold.code),
                        "{}: {} edited at {} with {}\ncached log: {}",
                        name,
                        file.display(),
                        lo,
                        stmt,
                        warm.log
                    );
                    edits += 1;
                    if warm.log.contains("after a body-only edit") {
                        retyped += 1;
                    }
                }
                std::fs::write(&file, &text).unwrap();
            }
        }
    }
    eprintln!("{} body edits, {} retyped alone", edits, retyped);
    assert!(
        edits > 100 && retyped > edits / 4,
        "{} edits, {} retyped alone",
        edits,
        retyped
    );
}

/// The command line of a check case: `-cp src`, its `args.txt` (else `-main Main`),
/// `--no-output` and the std.
fn case_args(case: &Path) -> Vec<String> {
    let mut args: Vec<String> = match std::fs::read_to_string(case.join("args.txt")) {
        Ok(t) => t
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        Err(_) => vec!["-main".into(), "Main".into()],
    };
    args.splice(0..0, ["-cp".to_string(), "src".to_string()]);
    args.push("--no-output".into());
    args.extend(std_args());
    args
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn walk_hx(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk_hx(&p));
        } else if p.extension().is_some_and(|x| x == "hx") {
            out.push(p);
        }
    }
    out.sort();
    out
}
