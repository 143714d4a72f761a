//! Bad input through the whole command line, compared with haxe 4.2.5: display positions past
//! the end or negative, missing files, a directory given as a file, invalid UTF-8, empty files,
//! a main module that declares nothing, unknown flags. hxs must print what haxe prints and
//! exit with its code, and never panic.

mod common;

use std::process::Command;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("dir.hx")).unwrap();
    std::fs::create_dir_all(src.join("pack")).unwrap();
    std::fs::write(src.join("A.hx"), "class A {}\n").unwrap();
    std::fs::write(src.join("Empty.hx"), "").unwrap();
    std::fs::write(src.join("Bad.hx"), b"class \xff {}").unwrap();
    std::fs::write(src.join("Lex.hx"), "class Lex { var é = 1; }\n").unwrap();
    std::fs::write(
        src.join("Syntax.hx"),
        "class Syntax { function f() { var x = ; } }\n",
    )
    .unwrap();
    std::fs::write(
        src.join("pack/P.hx"),
        "package pack;\nclass P { static function main() {} }\n",
    )
    .unwrap();
    std::fs::write(src.join("lower.hx"), "class lower {}\n").unwrap();
    dir
}

#[test]
fn bad_input_answers_like_haxe() {
    let Some(haxe) = common::haxe() else { return };
    let std = common::haxe_std().to_string_lossy().to_string();
    let dir = project();
    let cases: &[&[&str]] = &[
        &["-cp", "src", "--display", "src/A.hx@999999@module-symbols"],
        &["-cp", "src", "--display", "src/A.hx@-5@module-symbols"],
        &["-cp", "src", "--display", "src/A.hx@x@module-symbols"],
        &["-cp", "src", "--display", "src/A.hx"],
        &["-cp", "src", "--display", "src/Nope.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/dir.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/Bad.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/Lex.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/Syntax.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/Empty.hx@0@module-symbols"],
        &["-cp", "src", "--display", "src/pack/P.hx@0@module-symbols"],
        &[
            "-cp",
            "src",
            "--display",
            "/nonexistent/X.hx@0@module-symbols",
        ],
        &["--display", "src/A.hx@0@module-symbols"],
        &["-cp", "src", "-main", "Empty", "--no-output"],
        &["-cp", "src", "-main", "Bad", "--no-output"],
        &["-cp", "src", "-main", "Lex", "--no-output"],
        &["-cp", "src", "-main", "Syntax", "--no-output"],
        &["-cp", "src", "-main", "Nope", "--no-output"],
        &["-cp", "src", "-main", "dir", "--no-output"],
        &["-cp", "src", "--bogus"],
        &["-cp"],
    ];
    let mut bad = Vec::new();
    for args in cases {
        let theirs = common::run(&haxe, &[], args, dir.path());
        let ours = common::run(&common::hxs(), &["--std-path", &std], args, dir.path());
        if theirs != ours {
            bad.push(format!(
                "{:?}\n  haxe {:?}: {}\n  hxs  {:?}: {}",
                args,
                theirs.2,
                String::from_utf8_lossy(&theirs.1),
                ours.2,
                String::from_utf8_lossy(&ours.1)
            ));
        }
    }
    println!(
        "bad-input cases agreeing with haxe: {}/{}",
        cases.len() - bad.len(),
        cases.len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn huge_and_deep_files_do_not_crash_the_cli() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Over 50 MB of source in one file.
    let body: String = (0..1_300_000)
        .map(|i| format!("\tstatic var v{} = [{}, \"{}\"];\n", i, i, i))
        .collect();
    let text = format!("class Big {{\n{}}}\n", body);
    assert!(text.len() > 50_000_000);
    std::fs::write(dir.path().join("Big.hx"), text).unwrap();
    let n = 10_000;
    let deep = format!(
        "class Deep {{ static var a = {}1{}; }}\n",
        "(".repeat(n),
        ")".repeat(n)
    );
    std::fs::write(dir.path().join("Deep.hx"), deep).unwrap();
    for file in ["Big.hx", "Deep.hx"] {
        let arg = format!("{}@0@module-symbols", file);
        let out = Command::new(common::hxs())
            .args(["--display", &arg])
            .current_dir(dir.path())
            .output()
            .expect("run");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            file,
            String::from_utf8_lossy(&out.stderr)
                .chars()
                .take(200)
                .collect::<String>()
        );
        assert!(out.stderr.starts_with(b"[{\"file\":"), "{}", file);
    }
}

/// The typer's bad input: a type and a value nested 500 deep (`Array<Array<...>>`,
/// `[[...]]`) and a 20,000-line function, each with a type error, checked as haxe checks
/// them (no stack overflow, the same messages). Cyclic inheritance and imports, recursive
/// typedefs and self-bound parameters are cases of `tests/check/`.
#[test]
fn deep_types_and_a_long_function_check_as_haxe_checks_them() {
    let Some(haxe) = common::haxe() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    let depth = 500;
    let ty = (0..depth).fold("Int".to_string(), |t, _| format!("Array<{t}>"));
    let value = (0..depth).fold("1".to_string(), |e, _| format!("[{e}]"));
    let mut text = format!(
        "class Main {{\n\tstatic function main() {{\n\t\tvar deep:{ty} = {value};\n\t\tvar wrong:{ty} = 3;\n\t\tvar x0 = 0;\n"
    );
    for i in 1..=20_000 {
        text.push_str(&format!("\t\tvar x{i} = x{} + 1;\n", i - 1));
    }
    text.push_str("\t\tvar last:String = x20000;\n\t}\n}\n");
    std::fs::write(dir.path().join("src/Main.hx"), text).unwrap();
    let args = ["-cp", "src", "-main", "Main", "--no-output"];
    let ours = Command::new(common::hxs())
        .arg("--std-path")
        .arg(common::haxe_std())
        .args(args)
        .current_dir(dir.path())
        .output()
        .expect("run hxs");
    let stderr = String::from_utf8_lossy(&ours.stderr);
    assert_eq!(
        ours.status.code(),
        Some(1),
        "{}",
        stderr.chars().take(300).collect::<String>()
    );
    assert!(!stderr.contains("panicked"));
    let theirs = Command::new(haxe)
        .args(args)
        .current_dir(dir.path())
        .output()
        .expect("run haxe");
    assert_eq!(ours.stderr, theirs.stderr);
    assert_eq!(ours.stdout, theirs.stdout);
    assert_eq!(ours.status.code(), theirs.status.code());
}
