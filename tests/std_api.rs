//! Compares the API of hxs's `std/` with haxe 4.2.5's std, as haxe's completion prints it.
//!
//! For every public type declared by a module that exists in both standard libraries,
//! the test asks haxe for field completion twice (static fields after `path.`, instance
//! fields after `x.` on a variable of the type), once with the installed std and once
//! with `HAXE_STD_PATH=std`, and compares field names, kinds and printed types (never
//! docs). Each difference must appear in the "Known API differences" list of
//! `std/README.md` (lines of the form ``- `pack.Type.field`: reason``), and each entry of
//! that list must still correspond to a real difference.
//!
//! A second test types a set of everyday expressions with both standard libraries and
//! compares the types haxe reports on hover (`@type`), which exercises inference through
//! the std (generic methods, abstracts, operators, map literals) rather than signatures.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// A public type found in a module file: its name, number of type parameters and kind.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct DeclaredType {
    name: String,
    params: usize,
    /// `class`, `interface`, `enum`, `abstract` (also `enum abstract`) or `typedef`.
    kind: &'static str,
}

/// Removes `/* ... */` and `// ...` comments. String literals are not recognised, which
/// is good enough for finding declarations at the start of lines.
fn strip_comments(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                if bytes[i] == b'\n' {
                    out.push('\n');
                }
                i += 1;
            }
            i += 2;
        } else if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
        } else {
            let ch = src[i..].chars().next().expect("char boundary");
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Skips a metadata token (`@:name`, `@:name(args)`) at the start of `s`.
fn skip_metadata(s: &str) -> &str {
    let name_end = s
        .find(|c: char| c.is_whitespace() || c == '(')
        .unwrap_or(s.len());
    let rest = &s[name_end..];
    if let Some(args) = rest.strip_prefix('(') {
        let mut depth = 1;
        for (idx, ch) in args.char_indices() {
            match ch {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return &args[idx + 1..];
                    }
                }
                _ => {}
            }
        }
        ""
    } else {
        rest
    }
}

/// Counts the type parameters in `<...>` at the start of `s` (0 when there is none).
fn count_params(s: &str) -> usize {
    let Some(inner) = s.strip_prefix('<') else {
        return 0;
    };
    let (mut depth, mut count) = (1, 1);
    for ch in inner.chars() {
        match ch {
            '<' | '{' | '(' => depth += 1,
            '>' | '}' | ')' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => count += 1,
            _ => {}
        }
    }
    count
}

/// The public top-level types declared in a module's source.
fn declared_types(src: &str) -> Vec<DeclaredType> {
    let mut found = Vec::new();
    for line in strip_comments(src).lines() {
        if line.starts_with(char::is_whitespace) {
            continue;
        }
        let mut rest = line.trim();
        while rest.starts_with('@') {
            rest = skip_metadata(rest).trim_start();
        }
        let mut private = false;
        let mut kind = None;
        while kind.is_none() {
            let word_end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let word = &rest[..word_end];
            rest = rest[word_end..].trim_start();
            match word {
                "private" => private = true,
                "extern" | "final" => {}
                "enum" if rest.starts_with("abstract") => {}
                "class" => kind = Some("class"),
                "interface" => kind = Some("interface"),
                "enum" => kind = Some("enum"),
                "abstract" => kind = Some("abstract"),
                "typedef" => kind = Some("typedef"),
                _ => break,
            }
        }
        let Some(kind) = kind.filter(|_| !private) else {
            continue;
        };
        let name_end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        if name.is_empty() {
            continue;
        }
        let params = count_params(rest[name_end..].trim_start());
        let decl = DeclaredType {
            name: name.to_string(),
            params,
            kind,
        };
        if !found.iter().any(|d: &DeclaredType| d.name == decl.name) {
            found.push(decl);
        }
    }
    found
}

/// One completion entry: name, kind and printed type.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Field {
    kind: String,
    ty: String,
}

/// Parses haxe's `<list><i n=".." k=".."><t>..</t>...</list>` completion output.
fn parse_completion(xml: &str) -> Option<BTreeMap<String, Field>> {
    if !xml.trim_start().starts_with("<list>") {
        return None;
    }
    let mut fields = BTreeMap::new();
    for item in xml.split("<i n=\"").skip(1) {
        let (name, rest) = item.split_once('"')?;
        let kind = rest
            .split_once("k=\"")
            .and_then(|(_, r)| r.split_once('"'))
            .map(|(k, _)| k.to_string())?;
        let ty = rest
            .split_once("<t>")
            .and_then(|(_, r)| r.split_once("</t>"))
            .map(|(t, _)| t.to_string())
            .unwrap_or_default();
        fields.insert(name.to_string(), Field { kind, ty });
    }
    Some(fields)
}

/// Runs one completion request in `dir` and returns the fields, or `None` on failure.
fn complete(
    haxe: &Path,
    dir: &Path,
    std_dir: &Path,
    code: &str,
) -> Option<BTreeMap<String, Field>> {
    let head = format!("class Probe {{ static function f() {{ {code}");
    let offset = head.len();
    std::fs::write(dir.join("Probe.hx"), format!("{head} }} }}\n")).expect("write probe");
    let output = Command::new(haxe)
        .current_dir(dir)
        .env("HAXE_STD_PATH", std_dir)
        .arg("--display")
        .arg(format!("Probe.hx@{offset}"))
        .output()
        .expect("run haxe --display");
    if !output.status.success() {
        return None;
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    parse_completion(&stdout).or_else(|| parse_completion(&stderr))
}

/// One completion question asked of both standard libraries.
struct Probe {
    /// `pack.Type` as written in the probe.
    type_path: String,
    /// Code before the cursor.
    code: String,
}

/// Reads the keys of the "Known API differences" section of std/README.md.
fn listed_differences(readme: &str) -> BTreeSet<String> {
    let mut in_section = false;
    let mut keys = BTreeSet::new();
    for line in readme.lines() {
        if line.starts_with("## ") {
            in_section = line.trim() == "## Known API differences";
            continue;
        }
        if !in_section {
            continue;
        }
        if let Some(rest) = line.strip_prefix("- `") {
            if let Some((key, reason)) = rest.split_once("`:") {
                assert!(
                    !reason.trim().is_empty(),
                    "std/README.md: difference `{key}` has no reason"
                );
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

fn module_files(std_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(std_dir)
        .into_iter()
        .map(|e| e.expect("readable std/ entry"))
        .filter(|e| e.path().extension().is_some_and(|x| x == "hx"))
        .map(|e| {
            e.path()
                .strip_prefix(std_dir)
                .expect("inside")
                .to_path_buf()
        })
        .collect();
    files.sort();
    files
}

fn build_probes(ours: &Path, theirs: &Path) -> Vec<Probe> {
    let mut probes = Vec::new();
    for rel in module_files(ours) {
        let their_file = theirs.join(&rel);
        if !their_file.is_file() {
            continue;
        }
        let module: Vec<String> = rel
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let module = module.join(".");
        let our_src = std::fs::read_to_string(ours.join(&rel)).expect("read our module");
        let their_src = std::fs::read_to_string(&their_file).expect("read haxe module");
        let mut types = declared_types(&our_src);
        for t in declared_types(&their_src) {
            if !types.iter().any(|o| o.name == t.name) {
                types.push(t);
            }
        }
        let last = module.rsplit('.').next().expect("module name");
        for t in types {
            let type_path = if t.name == last {
                module.clone()
            } else {
                format!("{module}.{}", t.name)
            };
            let args = if t.params == 0 {
                String::new()
            } else {
                format!("<{}>", vec!["Dynamic"; t.params].join(", "))
            };
            // Structures have no static side, interfaces no statics, and the
            // instance side of an enum is the same `EnumValue` API for all.
            if !matches!(t.kind, "typedef" | "interface") {
                probes.push(Probe {
                    type_path: type_path.clone(),
                    code: format!("{type_path}."),
                });
            }
            if t.kind != "enum" {
                probes.push(Probe {
                    type_path: type_path.clone(),
                    code: format!("var x:{type_path}{args} = null; x."),
                });
            }
        }
    }
    probes
}

#[test]
fn std_api_matches_haxe_or_is_listed() {
    let Some(haxe) = common::haxe() else { return };
    let root = common::repo_root();
    let ours = root.join("std");
    let theirs = common::haxe_std();
    assert!(
        theirs.is_dir(),
        "haxe std not found at {}",
        theirs.display()
    );

    let probes = build_probes(&ours, &theirs);
    assert!(probes.len() > 100, "too few probes: {}", probes.len());

    type Answer = (
        Option<BTreeMap<String, Field>>,
        Option<BTreeMap<String, Field>>,
    );
    let answers: Mutex<Vec<Option<Answer>>> = Mutex::new(vec![None; probes.len()]);
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let dir = tempfile::tempdir().expect("temp dir");
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(probe) = probes.get(i) else { break };
                    let theirs_answer = complete(&haxe, dir.path(), &theirs, &probe.code);
                    let ours_answer = complete(&haxe, dir.path(), &ours, &probe.code);
                    answers.lock().expect("lock")[i] = Some((theirs_answer, ours_answer));
                }
            });
        }
    });
    let answers = answers.into_inner().expect("lock");

    let verbose = std::env::var_os("HXS_STD_API_VERBOSE").is_some();
    let mut differences: BTreeMap<String, String> = BTreeMap::new();
    let mut types_compared = BTreeSet::new();
    let mut fields_compared = 0usize;
    for (probe, answer) in probes.iter().zip(answers) {
        let (theirs_answer, ours_answer) = answer.expect("every probe answered");
        match (theirs_answer, ours_answer) {
            (None, None) => {
                if verbose {
                    println!("no completion on either side: {}", probe.code);
                }
            }
            (Some(t), None) => {
                differences.insert(
                    probe.type_path.clone(),
                    format!(
                        "haxe completes `{}` ({} fields), hxs std does not",
                        probe.code,
                        t.len()
                    ),
                );
            }
            (None, Some(o)) => {
                if !o.is_empty() {
                    differences.insert(
                        probe.type_path.clone(),
                        format!(
                            "hxs std completes `{}` ({} fields), haxe does not",
                            probe.code,
                            o.len()
                        ),
                    );
                }
            }
            (Some(t), Some(o)) => {
                types_compared.insert(probe.type_path.clone());
                let names: BTreeSet<&String> = t.keys().chain(o.keys()).collect();
                for name in names {
                    fields_compared += 1;
                    let key = format!("{}.{name}", probe.type_path);
                    match (t.get(name), o.get(name)) {
                        (Some(a), Some(b)) if a == b => {}
                        (a, b) => {
                            let show = |f: Option<&Field>| {
                                f.map_or("absent".to_string(), |f| format!("{} {}", f.kind, f.ty))
                            };
                            differences
                                .insert(key, format!("haxe: {} | hxs: {}", show(a), show(b)));
                        }
                    }
                }
            }
        }
    }

    let readme = std::fs::read_to_string(ours.join("README.md")).expect("read std/README.md");
    let listed = listed_differences(&readme);
    let unlisted: Vec<String> = differences
        .iter()
        .filter(|(k, _)| !listed.contains(*k))
        .map(|(k, v)| format!("  {k}: {v}"))
        .collect();
    let stale: Vec<&String> = listed
        .iter()
        .filter(|k| !differences.contains_key(*k))
        .collect();
    println!(
        "std api: {} probes, {} types compared, {} fields compared, {} differences ({} listed in std/README.md)",
        probes.len(),
        types_compared.len(),
        fields_compared,
        differences.len(),
        differences.len() - unlisted.len()
    );
    assert!(
        unlisted.is_empty(),
        "{} API differences from haxe 4.2.5 are neither fixed nor listed in std/README.md:\n{}",
        unlisted.len(),
        unlisted.join("\n")
    );
    assert!(
        stale.is_empty(),
        "std/README.md lists differences that no longer exist: {stale:?}"
    );
}

#[test]
fn declared_types_reads_modifiers_metadata_and_params() {
    let src = "@:coreType @:notNull abstract Int to Float {}\n\
               @:deprecated('x (y)') extern class Map<K, V:{a:Int, b:Int}> {\n\
               \tclass Inner {}\n}\n\
               private class Hidden {}\n\
               enum abstract Kind(Int) {}\n\
               /* class Commented {} */\n\
               typedef Pair<A, B> = {a:A, b:B};\n";
    let names: Vec<(String, usize, &str)> = declared_types(src)
        .into_iter()
        .map(|d| (d.name, d.params, d.kind))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Int".to_string(), 0, "abstract"),
            ("Map".to_string(), 2, "class"),
            ("Kind".to_string(), 0, "abstract"),
            ("Pair".to_string(), 2, "typedef"),
        ]
    );
}

#[test]
fn parse_completion_reads_names_kinds_and_types() {
    let xml = "<list>\n<i n=\"get\" k=\"method\"><t>(key : String) -&gt; Int</t><d>doc</d></i>\n\
               <i n=\"length\" k=\"var\"><t>Int</t><d></d></i>\n</list>\n";
    let fields = parse_completion(xml).expect("a list");
    assert_eq!(fields.len(), 2);
    assert_eq!(fields["get"].kind, "method");
    assert_eq!(fields["get"].ty, "(key : String) -&gt; Int");
    assert_eq!(fields["length"].ty, "Int");
    assert!(parse_completion("Error: no completion").is_none());
}

/// Everyday expressions whose inferred type must not depend on the std in use.
const HOVER_EXPRESSIONS: [&str; 24] = [
    "[1, 2].map(x -> x * 2)",
    "[1, 2].filter(x -> x > 1).concat([3])",
    "\"a,b\".split(\",\")",
    "\"abc\".charCodeAt(0)",
    "Lambda.fold([1], (a, b) -> a + b, 0)",
    "Lambda.find([\"a\"], s -> s == \"a\")",
    "new Map<String, Int>()",
    "[\"a\" => 1].keyValueIterator()",
    "[for (k => v in [\"a\" => 1]) k]",
    "haxe.Json.parse(\"1\")",
    "StringTools.trim(\" a \")",
    "haxe.Int64.make(1, 2) * 3",
    "Std.parseInt(\"1\")",
    "haxe.io.Bytes.alloc(1).get(0)",
    "(1 : UInt) + 2",
    "Type.typeof(1)",
    "haxe.ds.Vector.fromArrayCopy([1.5])",
    "Xml.parse(\"<a/>\").firstElement()",
    "Math.max(1, 2)",
    "new haxe.ds.List<Int>().map(x -> \"s\")",
    "haxe.ds.Option.Some(1)",
    "Date.now().getTime()",
    "new haxe.ds.BalancedTree<String, Int>().keys()",
    "haxe.macro.ExprTools.toString",
];

/// The type haxe reports on hover for `x` after `var x = <expr>;`, without docs.
fn hover_type(haxe: &Path, dir: &Path, std_dir: &Path, expr: &str) -> String {
    let head = format!("class Probe {{ static function f() {{ var x = {expr}; x");
    let offset = head.len() - 1;
    std::fs::write(dir.join("Probe.hx"), format!("{head}; }} }}\n")).expect("write probe");
    let output = Command::new(haxe)
        .current_dir(dir)
        .env("HAXE_STD_PATH", std_dir)
        .arg("--display")
        .arg(format!("Probe.hx@{offset}@type"))
        .output()
        .expect("run haxe --display @type");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let before_doc = text.split("<d>").next().unwrap_or("");
    before_doc.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn std_hover_types_match_haxe() {
    let Some(haxe) = common::haxe() else { return };
    let ours = common::repo_root().join("std");
    let theirs = common::haxe_std();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut differences = Vec::new();
    for expr in HOVER_EXPRESSIONS {
        let want = hover_type(&haxe, dir.path(), &theirs, expr);
        let got = hover_type(&haxe, dir.path(), &ours, expr);
        assert!(
            want.starts_with("<type"),
            "haxe did not type `{expr}`: {want}"
        );
        if got != want {
            differences.push(format!("  {expr}:\n    haxe: {want}\n    hxs:  {got}"));
        }
    }
    assert!(
        differences.is_empty(),
        "hover types differ between haxe's std and std/:\n{}",
        differences.join("\n")
    );
}
