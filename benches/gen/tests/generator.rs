//! Tests of the generator: determinism, graph structure, query points, and haxe 4.2.5 as oracle.
//!
//! The oracle tests skip when haxe is not on PATH, unless `HXS_REQUIRE_HAXE=1` is set, in which
//! case a missing haxe fails them.

use std::path::{Path, PathBuf};
use std::process::Command;

use hxs_gen::{Kind, Mode, Project, WIDE};

/// The haxe executable on PATH, `None` (skip) when absent and not required.
fn haxe() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("haxe"))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        if std::env::var("HXS_REQUIRE_HAXE").as_deref() == Ok("1") {
            panic!("HXS_REQUIRE_HAXE=1 but haxe is not on PATH (apt-get install -y haxe)");
        }
        eprintln!("skipping: haxe is not installed");
    }
    found
}

/// A fresh directory under the system temp dir, removed by `Drop`.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("hxs-gen-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn source_of<'a>(p: &'a Project, file: &str) -> &'a str {
    let i = p
        .modules
        .iter()
        .position(|m| m.path() == file)
        .unwrap_or_else(|| panic!("no module file {file}"));
    &p.sources[i]
}

#[test]
fn same_seed_gives_same_bytes() {
    let a = Project::generate(300, 42).unwrap().files();
    let b = Project::generate(300, 42).unwrap().files();
    assert_eq!(a, b);
    let c = Project::generate(300, 43).unwrap().files();
    assert_ne!(a, c, "another seed should give another project");
}

#[test]
fn written_files_match_the_project() {
    let dir = TempDir::new("write");
    let p = Project::generate(30, 5).unwrap();
    p.write_to(&dir.0).unwrap();
    // Writing again over an earlier output is allowed and gives the same bytes.
    p.write_to(&dir.0).unwrap();
    for (rel, content) in p.files() {
        assert_eq!(
            std::fs::read_to_string(dir.0.join(&rel)).unwrap(),
            content,
            "{rel}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(dir.0.join("build.hxml")).unwrap(),
        "-cp src\n-main Main\n--no-output\n"
    );
}

#[test]
fn too_small_is_refused() {
    assert!(Project::generate(3, 1).is_err());
    assert!(Project::generate(hxs_gen::MIN_MODULES, 1).is_ok());
}

#[test]
fn structure() {
    for n in [6, 10, 100, 1000, 5000] {
        let p = Project::generate(n, 1).unwrap();
        assert_eq!(p.modules.len(), n);
        assert_eq!(p.modules[n - 1].kind, Kind::Main);
        // Every module is reached from Main.
        let seen = p.reachable_from_main();
        for (i, m) in p.modules.iter().enumerate() {
            assert!(seen[i], "N={n}: {} is not reachable from Main", m.dotted());
            let count = m.import_count();
            assert!(
                (2..=6).contains(&count),
                "N={n}: {} has {count} imports",
                m.dotted()
            );
            for &d in &m.imports {
                assert!(d < i, "N={n}: import of a later module (cycle risk)");
                assert!(p.modules[d].layer < m.layer, "N={n}: import within a layer");
            }
            // The package declaration matches the path.
            let pkg = m.package.join(".");
            if !pkg.is_empty() {
                assert!(p.sources[i].starts_with(&format!("package {pkg};\n")));
            }
            let lines = p.sources[i].lines().count();
            if m.kind == Kind::Regular {
                assert!(
                    (50..=200).contains(&lines),
                    "N={n}: {} has {lines} lines",
                    m.dotted()
                );
            }
        }
        // Paths are unique.
        let mut paths: Vec<String> = p.modules.iter().map(|m| m.path()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), n);
        // Packages are nested and varied.
        let deepest = p.modules.iter().map(|m| m.package.len()).max().unwrap();
        if n >= 100 {
            assert!(deepest >= 3, "N={n}: no nested packages");
        }
        // The widely imported module is imported by about a quarter of the project.
        let wide = p.importers_of(WIDE);
        assert_eq!(wide, p.wide.importers);
        if n >= 100 {
            let share = wide as f64 / n as f64;
            assert!(
                (0.2..=0.3).contains(&share),
                "N={n}: Util imported by {wide}"
            );
        }
        // The leaf module is imported by Main only.
        assert_eq!(p.leaf.importers, 1, "N={n}");
        assert_eq!(p.wide_file(), "src/app/core/Util.hx");
        assert!(p.leaf_file().ends_with(".hx"));
    }
}

#[test]
fn query_and_edit_points_sit_where_they_should() {
    let p = Project::generate(200, 9).unwrap();
    let mut modes = std::collections::HashMap::new();
    let mut all = p.queries.clone();
    all.push(p.completion.clone());
    all.push(p.leaf.query.clone());
    all.push(p.wide.query.clone());
    for q in &all {
        *modes.entry(q.mode.as_str()).or_insert(0) += 1;
        let text = source_of(&p, &q.file).as_bytes();
        let before = text[q.offset - 1] as char;
        let at = text[q.offset] as char;
        match q.mode {
            Mode::Field => assert_eq!(before, '.', "{q:?}"),
            Mode::Call => assert_eq!(before, '(', "{q:?}"),
            Mode::Toplevel => {
                assert!(
                    at.is_ascii_alphabetic() && !before.is_ascii_alphanumeric(),
                    "{q:?}"
                )
            }
            Mode::Position | Mode::Usage => {
                assert!(
                    before.is_ascii_alphanumeric() && at.is_ascii_alphanumeric(),
                    "{q:?}"
                )
            }
        }
    }
    for mode in Mode::ALL {
        assert!(
            modes.get(mode.as_str()).copied().unwrap_or(0) >= 3,
            "few {mode:?} queries"
        );
    }
    for e in [&p.leaf, &p.wide] {
        let text = source_of(&p, &e.file);
        let literal = &text[e.edit_offset..e.edit_offset + e.edit_len];
        assert!(literal.bytes().all(|b| b.is_ascii_digit()), "{literal:?}");
        assert!(text[..e.edit_offset].ends_with("var stamp = "));
    }
    // queries.txt lists every sample query as `FILE OFFSET MODE`.
    let txt = p.queries_txt();
    let listed: Vec<&str> = txt.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(listed.len(), p.queries.len());
    assert!(txt.contains(&format!("# leaf {} edit", p.leaf.file)));
    assert!(txt.contains(&format!("# wide {} edit", p.wide.file)));
}

fn run_haxe(haxe: &Path, dir: &Path, extra: &[String]) -> (i32, String) {
    let out = Command::new(haxe)
        .arg("build.hxml")
        .args(extra)
        .current_dir(dir)
        .output()
        .expect("haxe runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn oracle_haxe_type_checks_100_modules_and_answers_every_query() {
    let Some(haxe) = haxe() else { return };
    let dir = TempDir::new("oracle");
    let p = Project::generate(100, 1).unwrap();
    p.write_to(&dir.0).unwrap();
    let (code, out) = run_haxe(&haxe, &dir.0, &[]);
    assert_eq!(code, 0, "haxe build.hxml failed:\n{out}");
    assert_eq!(out, "", "haxe build.hxml printed something");
    let mut all = p.queries.clone();
    all.push(p.completion.clone());
    for q in &all {
        let arg = format!("{}@{}{}", q.file, q.offset, q.mode.haxe_suffix());
        let (code, out) = run_haxe(&haxe, &dir.0, &["--display".into(), arg.clone()]);
        assert_eq!(code, 0, "--display {arg} failed:\n{out}");
        let expected = match q.mode {
            Mode::Field => "<list>",
            Mode::Call => "\"signatures\"",
            Mode::Toplevel => "<il>",
            Mode::Position | Mode::Usage => "<pos>",
        };
        assert!(
            out.contains(expected),
            "--display {arg}: unexpected answer\n{out}"
        );
    }
}
