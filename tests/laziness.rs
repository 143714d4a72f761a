//! The typer is lazy: a display query types what it touches, not the class path. In a
//! generated 100-module project, `-v`'s counters (`hxs: N modules parsed, C classes built, B
//! field bodies typed`) show a field completion touching a small, bounded part of what the
//! whole check touches. Counts, not times: runs with the embedded std, no haxe needed. The
//! same project also checks as haxe checks it (with haxe's std, when haxe is installed).

mod common;

use std::path::Path;
use std::process::Command;

/// The counters of `-v`'s last line: modules parsed, classes built, field bodies typed.
fn counters(dir: &Path, args: &[&str]) -> (usize, usize, usize) {
    let out = Command::new(common::hxs())
        .args(args)
        .arg("-v")
        .current_dir(dir)
        .output()
        .expect("run hxs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.starts_with("hxs: "))
        .unwrap_or_else(|| panic!("no counters in {:?} (stderr {:?})", stdout, out.stderr));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("number"))
        .collect();
    assert_eq!(numbers.len(), 3, "counters line: {}", line);
    (numbers[0], numbers[1], numbers[2])
}

#[test]
fn a_completion_touches_a_bounded_part_of_the_project() {
    let project = hxs_gen::Project::generate(100, 1).expect("generate");
    let dir = tempfile::tempdir().expect("temp dir");
    project.write_to(dir.path()).expect("write project");
    let (check_modules, check_classes, check_bodies) =
        counters(dir.path(), &["-cp", "src", "-main", "Main", "--no-output"]);
    let q = &project.completion;
    let display = format!("{}@{}", q.file, q.offset);
    let (modules, classes, bodies) = counters(dir.path(), &["-cp", "src", "--display", &display]);
    // The check reaches every module of the project; the completion the few its module
    // needs (its own imports, the std core), a few classes, a few bodies.
    assert!(check_modules >= 100, "check parsed {}", check_modules);
    assert!(
        modules <= 30,
        "completion parsed {} modules (check: {})",
        modules,
        check_modules
    );
    assert!(
        classes <= 10 && classes * 5 < check_classes,
        "classes {}",
        classes
    );
    assert!(
        bodies <= 10 && bodies * 100 < check_bodies,
        "bodies {}",
        bodies
    );
}

/// The benchmarks' project must stay checkable: a generated 100-module project checks as
/// haxe checks it (no output, exit 0), with haxe's std. A decline here would silently empty
/// the benchmark's rows.
#[test]
fn the_generated_project_checks_as_haxe_checks_it() {
    let Some(haxe) = common::haxe() else { return };
    let project = hxs_gen::Project::generate(100, 1).expect("generate");
    let dir = tempfile::tempdir().expect("temp dir");
    project.write_to(dir.path()).expect("write project");
    let args = ["-cp", "src", "-main", "Main", "--no-output"];
    let std = common::haxe_std().to_string_lossy().into_owned();
    let theirs = common::run(&haxe, &[], &args, dir.path());
    let ours = common::run(&common::hxs(), &["--std-path", &std], &args, dir.path());
    assert_eq!(
        (ours.2, &ours.0, String::from_utf8_lossy(&ours.1)),
        (theirs.2, &theirs.0, String::from_utf8_lossy(&theirs.1)),
    );
}
