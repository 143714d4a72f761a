//! Data-driven tests of the haxe command-line model (`hxs::project::{args, hxml, defines}`).
//!
//! * `tests/cli_args/*.txt` fixtures: files to create, an argument list and the expected parsed
//!   summary (`HXS_BLESS=1 cargo test --test cli_args` rewrites the expected sections).
//! * `tests/cli_args/oracle_errors.txt`: bad command lines whose error text and exit code must
//!   equal haxe 4.2.5's stderr and status.
//! * `tests/cli_args/oracle_defines.txt`: command lines whose defines must equal what haxe's
//!   `haxe.macro.Context.getDefines()` reports.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use hxs::project::args::{self, parse_command_line, Build, CommandLine};
use hxs::project::defines::Defines;
use hxs::project::hxml;

fn fixtures_dir() -> PathBuf {
    common::repo_root().join("tests/cli_args")
}

/// A fixture: `=== file PATH` / `=== dir PATH` / `=== args` / `=== expected` sections.
struct Fixture {
    files: Vec<(String, Vec<u8>)>,
    dirs: Vec<String>,
    args: Vec<String>,
    cwd: Option<String>,
    expected: String,
}

fn decode_escapes(s: &str) -> Vec<u8> {
    // `\xNN`, `\r`, `\t`, `\\` so fixtures can hold any byte
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            match b[i + 1] {
                b'x' if i + 3 < b.len() => {
                    let hex = std::str::from_utf8(&b[i + 2..i + 4]).unwrap();
                    out.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 4;
                    continue;
                }
                b'r' => out.push(b'\r'),
                b't' => out.push(b'\t'),
                b'n' => out.push(b'\n'),
                b'\\' => out.push(b'\\'),
                other => {
                    out.push(b'\\');
                    out.push(other);
                }
            }
            i += 2;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn parse_fixture(text: &str) -> Fixture {
    let mut fx = Fixture {
        files: Vec::new(),
        dirs: Vec::new(),
        args: Vec::new(),
        cwd: None,
        expected: String::new(),
    };
    let mut section: Option<(String, String)> = None;
    let mut body = String::new();
    let flush = |fx: &mut Fixture, section: &Option<(String, String)>, body: &str| {
        let Some((kind, arg)) = section else { return };
        match kind.as_str() {
            "file" => fx.files.push((arg.clone(), decode_escapes(body))),
            "dir" => fx.dirs.push(arg.clone()),
            "cwd" => fx.cwd = Some(arg.clone()),
            "args" => {
                fx.args = body
                    .lines()
                    .map(|l| String::from_utf8(decode_escapes(l)).unwrap())
                    .collect()
            }
            "expected" => fx.expected = body.to_string(),
            other => panic!("unknown fixture section {other}"),
        }
    };
    for line in text.split_inclusive('\n') {
        if let Some(head) = line.strip_prefix("=== ") {
            flush(&mut fx, &section, &body);
            body.clear();
            let head = head.trim_end();
            let (kind, arg) = head.split_once(' ').unwrap_or((head, ""));
            section = Some((kind.to_string(), arg.to_string()));
        } else if section.is_some() {
            body.push_str(line);
        }
    }
    flush(&mut fx, &section, &body);
    fx
}

fn setup(fx: &Fixture) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for d in &fx.dirs {
        std::fs::create_dir_all(dir.path().join(d)).unwrap();
    }
    for (name, data) in &fx.files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }
    dir
}

const CONSTANT_DEFINES: &[&str] = &[
    "true",
    "source_header",
    "haxe",
    "haxe3",
    "haxe4",
    "haxe_ver",
];

fn render_defines(d: &Defines) -> String {
    d.iter()
        .filter(|(k, _)| !CONSTANT_DEFINES.contains(k))
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn render_build(out: &mut String, i: usize, b: &Build, root: &str) {
    let p = |s: &str| s.replace(root, "$DIR");
    let _ = writeln!(out, "build {i}:");
    let _ = writeln!(out, "  cwd: {}", p(&b.cwd.display().to_string()));
    let _ = writeln!(
        out,
        "  args: {:?}",
        b.args.iter().map(|a| p(a)).collect::<Vec<_>>()
    );
    let _ = writeln!(out, "  target: {:?}", b.target);
    let mut opt = |name: &str, v: &Option<String>| {
        if let Some(v) = v {
            let _ = writeln!(out, "  {name}: {}", p(v));
        }
    };
    opt("output", &b.output);
    opt("main", &b.main);
    opt("display", &b.display);
    opt("xml", &b.xml_out);
    opt("json", &b.json_out);
    opt("swf_header", &b.swf_header);
    let mut list = |name: &str, v: &[String]| {
        if !v.is_empty() {
            let _ = writeln!(
                out,
                "  {name}: {:?}",
                v.iter().map(|a| p(a)).collect::<Vec<_>>()
            );
        }
    };
    list("root_types", &b.root_types);
    list("class_paths", &b.class_paths);
    list("macros", &b.macros);
    list("cmds", &b.cmds);
    list("net_std", &b.net_std);
    list("c_args", &b.c_args);
    list("run_args", &b.run_args);
    if !b.libs.is_empty() {
        let libs: Vec<String> = b
            .libs
            .iter()
            .map(|l| {
                format!(
                    "{}{}@cp{}",
                    l.name,
                    l.version
                        .as_deref()
                        .map(|v| format!(":{v}"))
                        .unwrap_or_default(),
                    l.class_path_index
                )
            })
            .collect();
        let _ = writeln!(out, "  libs: {libs:?}");
    }
    if !b.native_libs.is_empty() {
        let n: Vec<String> = b
            .native_libs
            .iter()
            .map(|n| {
                format!(
                    "{}{} {}",
                    n.kind,
                    if n.is_extern { "(extern)" } else { "" },
                    n.path
                )
            })
            .collect();
        let _ = writeln!(out, "  native_libs: {n:?}");
    }
    if !b.resources.is_empty() {
        let _ = writeln!(out, "  resources: {:?}", b.resources);
    }
    if !b.remaps.is_empty() {
        let _ = writeln!(out, "  remaps: {:?}", b.remaps);
    }
    if let Some(v) = b.swf_version {
        let _ = writeln!(out, "  swf_version: {v}");
    }
    for (name, path) in [("std_path", &b.std_path), ("cache_dir", &b.cache_dir)] {
        if let Some(path) = path {
            let _ = writeln!(out, "  {name}: {}", p(&path.display().to_string()));
        }
    }
    let flags: Vec<&str> = [
        ("times", b.times),
        ("verbose", b.verbose),
        ("no_output", b.no_output),
        ("debug", b.debug),
        ("interp", b.interp),
        ("prompt", b.prompt),
        ("haxelib_global", b.haxelib_global),
        ("help_defines", b.help_defines),
        ("help_metas", b.help_metas),
        ("version", b.version),
        ("help", b.help),
        ("did_something", b.did_something),
        ("force_typing", b.force_typing),
        ("prints_usage", b.prints_usage()),
    ]
    .iter()
    .filter(|(_, on)| *on)
    .map(|(n, _)| *n)
    .collect();
    if !flags.is_empty() {
        let _ = writeln!(out, "  flags: {}", flags.join(" "));
    }
    let _ = writeln!(out, "  defines: {}", render_defines(&b.defines));
}

fn render(result: &Result<CommandLine, args::ArgError>, root: &str) -> String {
    let mut out = String::new();
    match result {
        Err(e) => {
            let _ = writeln!(out, "error (exit {}):", e.exit_code);
            if !e.builds_before.is_empty() {
                let _ = writeln!(out, "  builds before: {}", e.builds_before.len());
            }
            if let Some(d) = &e.display {
                let diag = if e.in_diagnostics_mode() {
                    " (diagnostics)"
                } else {
                    ""
                };
                let _ = writeln!(out, "  display: {d}{diag}");
            }
            for l in e.to_string().replace(root, "$DIR").lines() {
                let _ = writeln!(out, "  {l}");
            }
        }
        Ok(cl) => {
            if let Some(s) = &cl.server {
                let _ = writeln!(out, "server: {}", format!("{s:?}").replace(root, "$DIR"));
            }
            if cl.help {
                let _ = writeln!(out, "help");
            }
            if cl.version {
                let _ = writeln!(out, "version");
            }
            for (i, b) in cl.builds.iter().enumerate() {
                render_build(&mut out, i, b, root);
            }
        }
    }
    out
}

#[test]
fn fixtures() {
    let bless = std::env::var("HXS_BLESS").as_deref() == Ok("1");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt") && !file_name(p).starts_with("oracle_")
        })
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "fixtures missing");
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let fx = parse_fixture(&text);
        let dir = setup(&fx);
        let root = std::fs::canonicalize(dir.path()).unwrap();
        let cwd = match &fx.cwd {
            Some(c) => root.join(c),
            None => root.clone(),
        };
        let got = render(
            &parse_command_line(&fx.args, &cwd),
            &root.display().to_string(),
        );
        if got != fx.expected {
            if bless {
                let head = &text[..text.find("=== expected").unwrap_or(text.len())];
                std::fs::write(path, format!("{head}=== expected\n{got}")).unwrap();
            } else {
                failures.push(format!(
                    "{}:\n--- expected\n{}--- got\n{}",
                    path.display(),
                    fx.expected,
                    got
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// Splits an oracle line into arguments: whitespace-separated, `"…"` groups, `\` escapes.
fn split_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<Vec<u8>> = None;
    let mut quoted = false;
    let b = decode_escapes(line);
    for &c in &b {
        match c {
            b'"' => {
                quoted = !quoted;
                cur.get_or_insert_with(Vec::new);
            }
            b' ' if !quoted => {
                if let Some(a) = cur.take() {
                    out.push(String::from_utf8(a).unwrap());
                }
            }
            _ => cur.get_or_insert_with(Vec::new).push(c),
        }
    }
    if let Some(a) = cur {
        out.push(String::from_utf8(a).unwrap());
    }
    out
}

/// The oracle fixture files shared by the haxe runs: `=== file` sections, then one command
/// line per line after `=== lines`.
fn oracle_cases(name: &str) -> (Fixture, Vec<String>) {
    let text = std::fs::read_to_string(fixtures_dir().join(name)).unwrap();
    let (head, lines) = text.split_once("=== lines\n").unwrap();
    let fx = parse_fixture(head);
    let lines = lines
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    (fx, lines)
}

fn run_haxe(haxe: &Path, args: &[String], cwd: &Path) -> (String, String, i32) {
    let out = Command::new(haxe)
        .args(args)
        .current_dir(cwd)
        .env("HOME", cwd) // no haxelib setup, no user config
        .env_remove("HAXE_COMPILATION_SERVER")
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// How haxe prints an error in diagnostics mode.
fn diagnostic_json(msg: &str) -> String {
    let escaped = msg
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
        .replace('\t', "\\t");
    format!(
        "[{{\"file\":null,\"diagnostics\":[{{\"kind\":2,\"severity\":1,\"range\":null,\"args\":\"{escaped}\"}}]}}]"
    )
}

#[test]
fn oracle_errors() {
    let Some(haxe) = common::haxe() else { return };
    let (fx, lines) = oracle_cases("oracle_errors.txt");
    let dir = setup(&fx);
    let root = std::fs::canonicalize(dir.path()).unwrap();
    assert!(lines.len() >= 40, "oracle error cases missing");
    let mut failures = Vec::new();
    for line in &lines {
        let args = split_line(line);
        let (_, stderr, code) = run_haxe(&haxe, &args, &root);
        let (ours, ours_code) = match parse_command_line(&args, &root) {
            Ok(cl) => (format!("(accepted: {} builds)", cl.builds.len()), 0),
            // haxe reports the error as a diagnostic and exits with 0
            Err(e) if e.in_diagnostics_mode() => (diagnostic_json(&e.to_string()), 0),
            Err(e) => (e.to_string(), e.exit_code),
        };
        if stderr.trim_end_matches('\n') != ours || code != ours_code {
            failures.push(format!(
                "{line}\n  haxe (exit {code}): {stderr:?}\n  hxs  (exit {ours_code}): {ours:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn oracle_defines() {
    let Some(haxe) = common::haxe() else { return };
    let (fx, lines) = oracle_cases("oracle_defines.txt");
    let dir = setup(&fx);
    let root = std::fs::canonicalize(dir.path()).unwrap();
    assert!(lines.len() >= 15, "oracle define cases missing");
    let mut failures = Vec::new();
    for line in &lines {
        let mut args = split_line(line);
        args.extend(["--macro", "Dump.run()", "--no-output"].map(String::from));
        let (stdout, stderr, _) = run_haxe(&haxe, &args, &root);
        // the dump is the last line with the defines (an earlier build may print the usage)
        // (display requests print completion output around it)
        let theirs = stdout
            .lines()
            .rfind(|l| l.contains("haxe_ver="))
            .unwrap_or("")
            .to_string();
        let ours = match parse_command_line(&args, &root) {
            Ok(cl) => cl
                .builds
                .last()
                .map(|b| {
                    b.defines
                        .iter()
                        .map(|(k, v)| format!("{k}={v}"))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default(),
            Err(e) => format!("error: {e}"),
        };
        if theirs != ours {
            failures.push(format!(
                "{line}\n  haxe: {theirs}\n  hxs:  {ours}\n  (haxe stderr: {})",
                stderr.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn oracle_usage() {
    let Some(haxe) = common::haxe() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (help, _, code) = run_haxe(&haxe, &["--help".to_string()], dir.path());
    assert_eq!(code, 0);
    assert_eq!(help, format!("{}\n", args::usage(true)));
    let (basic, _, code) = run_haxe(&haxe, &[], dir.path());
    assert_eq!(code, 0);
    assert_eq!(basic, format!("{}\n", args::usage(false)));
}

#[test]
fn hxml_lines() {
    let cases: &[(&str, &[&str])] = &[
        ("-cp src -main Main\n", &["-cp", "src -main Main"]),
        ("  # c\n\n-D  a=1  \r\n", &["-D", "a=1"]),
        ("\"-D\" x\n", &["\"-D\" x"]),
        ("'-D' 'q=1'\n", &["-D'", "'q=1"]),
        ("-D \"bar=1 2\"\n", &["-D", "bar=1 2"]),
        ("-D \"\n", &["-D \""]),
        (
            "--no-output\rFoo\r\r\nbar.hxml",
            &["--no-output", "Foo", "bar.hxml"],
        ),
        ("-D\tx\n", &["-D\tx"]),
        ("\"Foo Bar\"\n", &["Foo Bar"]),
    ];
    for (data, want) in cases {
        let got = hxml::parse_hxml_data(data).unwrap();
        assert_eq!(got, *want, "hxml {data:?}");
    }
    assert_eq!(
        hxml::parse_hxml_data("\"\n"),
        Err(hxml::HxmlError::LoneQuote)
    );
}

#[test]
fn defines_semantics() {
    let mut d = Defines::new();
    d.define("a-b");
    d.define("x=1=2");
    d.define("e=");
    d.define_value("display", "type");
    d.define("display-details");
    assert_eq!(d.get("a-b"), Some("1"));
    assert_eq!(d.get("a_b"), Some("1"));
    assert_eq!(d.get("x"), Some("1=2"));
    assert_eq!(d.get("e"), Some(""));
    assert_eq!(d.get("nope"), None);
    let names: Vec<&str> = d.iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        [
            "a-b",
            "a_b",
            "display",
            "display-details",
            "display_details",
            "e",
            "x"
        ]
    );
    assert_eq!(d.signature_entries(), ["a-b=1", "a_b=1", "e=", "x=1=2"]);
    assert_eq!(d.signature_string(), "a-b=1@a_b=1@e=@x=1=2");
}

#[test]
fn ocaml_ints() {
    for (s, v) in [
        ("6000", Some(6000)),
        ("1_0", Some(10)),
        ("0x10", Some(16)),
        ("+5", Some(5)),
        ("-5", Some(-5)),
        ("0b101", Some(5)),
        ("0o17", Some(15)),
        ("0u5", Some(5)),
        (" 5", None),
        ("5 ", None),
        ("", None),
        ("_1", None),
        ("99999999999999999999", None),
        ("0x", None),
    ] {
        assert_eq!(args::ocaml_int_of_string(s), v, "{s:?}");
    }
}

/// Garbage never panics: every prefix/suffix mix of tricky tokens parses or errors.
#[test]
fn no_panic_on_garbage() {
    let tokens = [
        "-",
        "--",
        "-D",
        "=",
        "-D=",
        "--js=",
        "%",
        "%PATH%",
        "a.hxml",
        "hxml",
        ".hxml",
        "é",
        "\u{0}",
        "--display",
        "--run",
        "--next",
        "--each",
        "-C",
        "--cwd",
        "..",
        "--connect",
        "--wait",
        "@",
        "x@1@",
        "Foo.",
        ".",
        "-x",
        "--macro",
        "_",
        "\\",
        "a/B.hx",
        ".hx",
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for a in tokens {
        for b in tokens {
            for c in ["", "Main", "--next"] {
                let args: Vec<String> = [a, b, c].iter().map(|s| s.to_string()).collect();
                let r = parse_command_line(&args, dir.path());
                if let Err(e) = &r {
                    assert!(!e.to_string().is_empty());
                    assert!(!e.to_string().contains("internal:"), "{args:?}: {e}");
                }
                n += 1;
            }
        }
    }
    assert!(n > 3000);
}

#[test]
fn server_request_skips_connect() {
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<String> = ["--cwd", ".", "--connect", "6000", "-D", "x", "Main"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let cl = args::parse_server_request(&args, dir.path()).unwrap();
    assert_eq!(cl.server, None);
    assert_eq!(cl.builds.len(), 1);
    assert_eq!(cl.builds[0].defines.get("x"), Some("1"));
    assert_eq!(cl.builds[0].root_types, ["Main"]);
    let direct = parse_command_line(&args, dir.path()).unwrap();
    assert!(matches!(direct.server, Some(args::ServerMode::Connect(ref hp, _)) if hp == "6000"));
}

#[test]
fn compilation_server_env() {
    let args = vec!["--version".to_string()];
    let cwd = Path::new("/some/dir");
    assert_eq!(
        args::connect_from_env("127.0.0.1:6000", &args, cwd),
        Ok(args::ServerMode::Connect(
            "127.0.0.1:6000".into(),
            vec!["--cwd /some/dir".into(), "--version".into()]
        ))
    );
    let e = args::connect_from_env("abc", &args, cwd).unwrap_err();
    assert_eq!(e.exit_code, 2);
    assert_eq!(
        e.to_string(),
        "Fatal error: exception Failure(\"Invalid HAXE_COMPILATION_SERVER port\")"
    );
}

mod garbage {
    use super::*;
    use proptest::prelude::*;

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            "[-a-zA-Z0-9.=@:%/_ \"'#]{0,10}",
            prop::sample::select(vec![
                "-D",
                "--js",
                "--next",
                "--each",
                "--cwd",
                "-C",
                "--run",
                "--connect",
                "--wait",
                "--display",
                "-main",
                "-x",
                "x.hxml",
                "hxml",
                "--macro",
                "-cp",
                "--cmd",
                "-lib",
            ])
            .prop_map(String::from),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]
        /// Any argument list parses or yields a non-empty error; nothing panics.
        #[test]
        fn never_panics(args in prop::collection::vec(token(), 0..12)) {
            let dir = tempfile::tempdir().unwrap();
            match parse_command_line(&args, dir.path()) {
                Ok(cl) => prop_assert!(cl.server.is_some() || !cl.builds.is_empty()),
                Err(e) => {
                    prop_assert!(!e.to_string().is_empty() && e.exit_code > 0);
                    prop_assert!(!e.to_string().contains("internal:"), "{}", e);
                }
            }
        }

        /// Any hxml text splits without panicking, into arguments with no line breaks.
        #[test]
        fn hxml_never_panics(data in any::<String>()) {
            if let Ok(args) = hxml::parse_hxml_data(&data) {
                prop_assert!(args.iter().all(|a| !a.contains('\n') && !a.contains('\r')));
            }
        }
    }
}

#[test]
fn server_request_wire_format() {
    let data = "--cwd /p q\n-D\nx y\n--display\nMain.hx@0\n\x01class Main {}";
    let (args, stdin) = args::split_server_request(data).unwrap();
    assert_eq!(
        args,
        ["--cwd", "/p q", "-D", "x y", "--display", "Main.hx@0"]
    );
    assert_eq!(stdin.as_deref(), Some("class Main {}"));
    let (args, stdin) = args::split_server_request("--version\n").unwrap();
    assert_eq!(args, ["--version"]);
    assert_eq!(stdin, None);
    assert!(args::split_server_request("\"\n").is_err());
}

#[test]
fn implicit_root_types() {
    let dir = tempfile::tempdir().unwrap();
    let roots = |line: &[&str]| {
        let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
        parse_command_line(&args, dir.path()).unwrap().builds[0]
            .implicit_root_types()
            .join(" ")
    };
    assert_eq!(roots(&["Main"]), "Std");
    assert_eq!(roots(&["--php", "out", "Main"]), "Std php.Boot");
    assert_eq!(roots(&["--cppia", "o.cppia"]), "Std cpp.cppia.HostClasses");
    assert_eq!(
        roots(&["--cpp", "o", "-D", "cppia"]),
        "Std cpp.cppia.HostClasses"
    );
    assert_eq!(roots(&["--cpp", "o"]), "Std");
}

#[test]
fn many_repeats() {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = Vec::new();
    for i in 0..400 {
        args.extend(["--times".into(), "-cp".into(), format!("p{i}"), "-v".into()]);
    }
    let cl = parse_command_line(&args, dir.path()).unwrap();
    let b = &cl.builds[0];
    assert!(b.times && b.verbose);
    assert_eq!(b.class_paths.len(), 400);
    assert_eq!(b.class_paths[399], "p399");
}
