//! hxs does not run macros. A build whose answer a macro could change (a build macro on a
//! type, a macro function) is declined with one line naming the macro, exit 1: never an
//! answer that running the macro would have changed. Runs with the embedded std (no haxe).

mod common;

use std::process::Command;

/// Checks `main` (the text of `src/Main.hx`, with `others` beside it) and returns exit code
/// and stderr.
fn check(main: &str, others: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("Main.hx"), main).unwrap();
    for (name, text) in others {
        std::fs::write(src.join(name), text).unwrap();
    }
    let out = Command::new(common::hxs())
        .args(["-cp", "src", "-main", "Main", "--no-output"])
        .current_dir(dir.path())
        .output()
        .expect("run hxs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

const BUILDER: &str = "import haxe.macro.Context;\nclass Builder {\n\tmacro public static function build():Array<haxe.macro.Expr.Field> {\n\t\treturn Context.getBuildFields();\n\t}\n}\n";

#[test]
fn a_build_macro_is_declined() {
    let main = "@:build(Builder.build())\nclass Main {\n\tstatic function main() {\n\t\tvar x:Int = added;\n\t}\n}\n";
    let (code, err) = check(main, &[("Builder.hx", BUILDER)]);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "Error: hxs cannot type-check this build yet: macros (@:build on Main)\n"
    );
}

#[test]
fn an_auto_build_parent_is_declined() {
    let main = "@:autoBuild(Builder.build())\nclass Base {}\nclass Main extends Base {\n\tstatic function main() {}\n}\n";
    let (code, err) = check(main, &[("Builder.hx", BUILDER)]);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "Error: hxs cannot type-check this build yet: macros (@:autoBuild on Base)\n"
    );
}

#[test]
fn a_macro_function_is_declined() {
    let main = "class Main {\n\tmacro static function m() {\n\t\treturn macro 1;\n\t}\n\tstatic function main() {\n\t\tvar x:String = m();\n\t}\n}\n";
    let (code, err) = check(main, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "Error: hxs cannot type-check this build yet: macros (the macro function Main.m)\n"
    );
}
