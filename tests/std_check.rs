//! Type-checks hxs's own standard library (`std/`) with the haxe 4.2.5 oracle.
//!
//! `tests/std_check/StdCheck.hx` imports every module of `std/` and uses each public
//! type; haxe must compile it against `HAXE_STD_PATH=std` without a single message.
//! A second test makes sure no module of `std/` is left out of `StdCheck.hx`, and a
//! third that every public type and field of `std/` carries a doc comment.
//!
//! haxe's macro interpreter replaces some std classes with native code, so the
//! self-test macro in `StdCheckMacro.hx` cannot reach their bodies. A fourth test
//! copies those modules into the package `hxsv`, runs `RenamedCheck.hx` with
//! `--interp`, and compares their results with haxe's own std.

mod common;

use std::path::Path;
use std::process::Command;

/// Module paths (`haxe.ds.StringMap`) of every `.hx` file under `std/`.
fn std_modules(std_dir: &Path) -> Vec<String> {
    let mut modules: Vec<String> = walkdir::WalkDir::new(std_dir)
        .into_iter()
        .map(|entry| entry.expect("readable std/ entry"))
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "hx"))
        // `_std` directories hold platform overrides of other modules, not modules.
        .filter(|entry| !entry.path().components().any(|c| c.as_os_str() == "_std"))
        .map(|entry| {
            let rel = entry.path().strip_prefix(std_dir).expect("inside std/");
            rel.with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    modules.sort();
    modules
}

#[test]
fn std_check_compiles_without_messages() {
    let Some(haxe) = common::haxe() else { return };
    let root = common::repo_root();
    let output = Command::new(haxe)
        .current_dir(&root)
        .env("HAXE_STD_PATH", root.join("std"))
        .args(["-cp", "tests/std_check", "-main", "StdCheck", "--no-output"])
        .output()
        .expect("run haxe");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "haxe rejected StdCheck against std/ ({}):\n{stdout}{stderr}",
        output.status
    );
    assert!(
        stdout.trim().is_empty() && stderr.trim().is_empty(),
        "haxe printed messages for StdCheck against std/:\n{stdout}{stderr}"
    );
}

#[test]
fn std_check_imports_every_module() {
    let root = common::repo_root();
    let modules = std_modules(&root.join("std"));
    assert!(
        modules.len() > 100,
        "std/ looks incomplete: {} modules",
        modules.len()
    );
    let source = std::fs::read_to_string(root.join("tests/std_check/StdCheck.hx"))
        .expect("read StdCheck.hx");
    let imported = |module: &str| {
        source.lines().any(|line| {
            line.trim()
                .strip_prefix("import ")
                .and_then(|rest| rest.strip_prefix(module))
                .is_some_and(|tail| tail.starts_with([';', ' ', '.']))
        })
    };
    let missing: Vec<&String> = modules.iter().filter(|m| !imported(m)).collect();
    assert!(
        missing.is_empty(),
        "StdCheck.hx does not import these std/ modules: {missing:?}"
    );
}

/// Skips leading metadata (`@:name`, `@:name(args)`) and returns the rest of `line`.
fn after_metadata(line: &str) -> &str {
    let mut rest = line.trim_start();
    while rest.starts_with('@') {
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '(')
            .unwrap_or(rest.len());
        rest = &rest[end..];
        if let Some(args) = rest.strip_prefix('(') {
            let mut depth = 1;
            let mut close = args.len();
            for (i, c) in args.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            close = i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            rest = &args[close..];
        }
        rest = rest.trim_start();
    }
    rest
}

/// The leading words of `s` that are modifiers, and what follows them.
fn split_modifiers(s: &str) -> (Vec<&str>, &str) {
    const MODIFIERS: [&str; 10] = [
        "public", "private", "static", "inline", "extern", "override", "dynamic", "final", "macro",
        "overload",
    ];
    let mut mods = Vec::new();
    let mut rest = s;
    loop {
        let word_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        // `final x` declares a field; `final class` and `final` + modifier are modifiers.
        let next = rest[word_end..].trim_start();
        let is_final_field = word == "final"
            && !next.starts_with("class")
            && !MODIFIERS.iter().any(|m| next.starts_with(m));
        if MODIFIERS.contains(&word) && !is_final_field {
            mods.push(word);
            rest = next;
        } else {
            return (mods, rest);
        }
    }
}

/// Public declarations of a Haxe source that lack a `/** ... **/` comment right above.
fn undocumented(src: &str) -> Vec<String> {
    let lines: Vec<&str> = src.lines().collect();
    // Kind of the enclosing top-level type, whether it is extern, whether it is private.
    let mut context: Option<(&str, bool, bool)> = None;
    let mut missing = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let top_level = !line.starts_with(char::is_whitespace) && !line.starts_with('}');
        let needs_doc = if top_level {
            let (mods, rest) = split_modifiers(after_metadata(line));
            let kind = if rest.starts_with("enum abstract ") {
                Some("enum abstract")
            } else {
                ["class", "interface", "enum", "abstract", "typedef"]
                    .into_iter()
                    .find(|k| rest.starts_with(&format!("{k} ")))
            };
            match kind {
                Some(kind) => {
                    let private = mods.contains(&"private");
                    context = Some((kind, mods.contains(&"extern"), private));
                    !private
                }
                None => false,
            }
        } else if let (Some((kind, is_extern, false)), Some(body)) =
            (context, line.strip_prefix('\t'))
        {
            // Nested code, operator overloads and hidden fields are not API.
            if body.starts_with(char::is_whitespace)
                || line.contains("@:op(")
                || line.contains("@:noCompletion")
            {
                false
            } else {
                let (mods, rest) = split_modifiers(after_metadata(body));
                let is_field = ["function ", "var ", "final "]
                    .iter()
                    .any(|k| rest.starts_with(k));
                let is_ctor = kind == "enum"
                    && rest.starts_with(char::is_uppercase)
                    && rest.trim_end().ends_with(';');
                let name = rest.split([' ', '(', ':', ';']).nth(1).unwrap_or("");
                let accessor = name.starts_with("get_") || name.starts_with("set_");
                let public = !mods.contains(&"private")
                    && (mods.contains(&"public")
                        || is_extern
                        || kind == "interface"
                        || kind == "typedef"
                        || (kind == "enum abstract" && !mods.contains(&"static")));
                (is_field && public && !accessor) || is_ctor
            }
        } else {
            false
        };
        if !needs_doc {
            continue;
        }
        let documented = lines[..i]
            .iter()
            .rev()
            .map(|l| l.trim())
            .find(|l| !l.starts_with("@:") && !l.starts_with('#'))
            .is_some_and(|l| l.ends_with("**/"));
        if !documented {
            missing.push(format!("{}: {}", i + 1, line.trim()));
        }
    }
    missing
}

#[test]
fn std_public_declarations_are_documented() {
    let std_dir = common::repo_root().join("std");
    let mut missing = Vec::new();
    for entry in walkdir::WalkDir::new(&std_dir) {
        let entry = entry.expect("readable std/ entry");
        if entry.path().extension().is_none_or(|ext| ext != "hx") {
            continue;
        }
        let src = std::fs::read_to_string(entry.path()).expect("read std/ file");
        let rel = entry.path().strip_prefix(&std_dir).expect("inside std/");
        for item in undocumented(&src) {
            missing.push(format!("  std/{}:{item}", rel.display()));
        }
    }
    assert!(
        missing.is_empty(),
        "public declarations without a doc comment:\n{}",
        missing.join("\n")
    );
}

#[test]
fn undocumented_finds_public_fields_without_docs() {
    let src = "/** Doc. **/\nclass A {\n\t/** Doc. **/\n\tpublic var a:Int;\n\tpublic function b():Void {}\n\tvar hidden:Int;\n}\n\
               extern class B {\n\tfunction c():Void;\n}\n\
               enum E {\n\t/** Doc. **/\n\tX;\n\tY(v:Int);\n}\n\
               private class C {\n\tpublic var d:Int;\n}\n";
    let missing = undocumented(src);
    assert_eq!(
        missing,
        vec![
            "5: public function b():Void {}".to_string(),
            "8: extern class B {".to_string(),
            "9: function c():Void;".to_string(),
            "11: enum E {".to_string(),
            "14: Y(v:Int);".to_string(),
        ]
    );
}

/// std/ modules whose code eval would replace natively, copied under `hxsv`.
const RENAMED: [&str; 9] = [
    "StringTools.hx",
    "haxe/SysTools.hx",
    "haxe/crypto/Md5.hx",
    "haxe/crypto/Sha1.hx",
    "haxe/crypto/Base64.hx",
    "haxe/crypto/Crc32.hx",
    "haxe/crypto/Adler32.hx",
    "haxe/crypto/BaseCode.hx",
    "haxe/io/FPHelper.hx",
];

#[test]
fn std_code_replaced_by_eval_matches_haxe_std() {
    let Some(haxe) = common::haxe() else { return };
    let root = common::repo_root();
    let tmp = tempfile::tempdir().expect("temp dir");
    let pack = tmp.path().join("hxsv");
    std::fs::create_dir(&pack).expect("create package dir");
    for rel in RENAMED {
        let src = std::fs::read_to_string(root.join("std").join(rel)).expect("read std module");
        let renamed = if rel.contains('/') {
            src
        } else {
            format!("package hxsv;\n{src}")
        };
        let renamed = renamed
            .replace("package haxe.crypto;", "package hxsv;")
            .replace("package haxe.io;", "package hxsv;")
            .replace("package haxe;", "package hxsv;")
            .replace("@:allow(haxe.crypto)", "@:allow(hxsv)")
            .replace("Int64", "haxe.Int64")
            .replace("haxe.haxe.Int64", "haxe.Int64")
            .replace("haxe.SysTools", "hxsv.SysTools");
        let name = Path::new(rel).file_name().expect("file name");
        std::fs::write(pack.join(name), renamed).expect("write renamed module");
    }
    let output = Command::new(haxe)
        .current_dir(root.join("tests/std_check"))
        .env("HAXE_STD_PATH", common::haxe_std())
        .arg("-cp")
        .arg(tmp.path())
        .args(["-main", "RenamedCheck", "--interp"])
        .output()
        .expect("run haxe --interp");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.trim() == "ALL OK",
        "renamed std code differs from haxe's std ({}):\n{stdout}{stderr}",
        output.status
    );
}
