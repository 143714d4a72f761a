//! A store held by another process, an unwritable cache directory and a full disk: one-shot
//! runs still answer, uncached, and say so once (under `-v` for a held store, always for an
//! unwritable one).

mod cache_support;

use cache_support::*;
use hxs::cache::daemon::{self, DaemonInfo};
use hxs::cache::{MissReason, ParsedCache, Store};

fn warm(root: &std::path::Path, extra: &[&str]) -> (bool, String, String) {
    let mut cmd = hxs();
    cmd.current_dir(root).args(["cache", "warm", "build.hxml"]);
    cmd.args(extra);
    let out = run(&mut cmd);
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

fn notice_lines(err: &str) -> Vec<&str> {
    err.lines().filter(|l| !l.starts_with("warm: ")).collect()
}

#[test]
fn a_store_held_by_another_process_still_answers() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 20);
    write_hxml(tmp.path(), "");
    let dir = tmp.path().join(".hxs-cache");
    let (ok, _, _) = warm(tmp.path(), &[]);
    assert!(ok);

    // This test process plays the daemon: it holds the database and announces itself.
    let held = Store::open(&dir).unwrap();
    daemon::write(
        &dir,
        &DaemonInfo {
            pid: std::process::id(),
            address: "127.0.0.1:6543".into(),
            hxs_version: hxs::cache::HXS_VERSION.into(),
        },
    )
    .unwrap();

    // Quiet without -v: the answer, no complaint.
    let (ok, out, err) = warm(tmp.path(), &[]);
    assert!(ok, "{}", err);
    assert!(
        out.starts_with("warm: 20 modules (20 parsed, 0 from the cache"),
        "{}",
        out
    );
    assert!(notice_lines(&err).is_empty(), "{}", err);

    // Under -v, said once, naming the daemon.
    let (ok, out, err) = warm(tmp.path(), &["-v"]);
    assert!(ok);
    assert!(out.starts_with("warm: 20 modules (20 parsed"), "{}", out);
    let held_lines: Vec<_> = err.lines().filter(|l| l.contains("in use")).collect();
    assert_eq!(held_lines.len(), 1, "{}", err);
    assert!(held_lines[0].contains("127.0.0.1:6543"), "{}", err);
    assert!(err.contains("20 misses (20 no cache)"), "{}", err);

    // stats and clear refuse politely.
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "stats"]));
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("in use by the daemon"),
        "{}",
        text(&out.stdout)
    );
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "clear"]));
    assert!(!out.status.success());
    assert!(dir.join("db").exists());

    // Released: the next run is warm again.
    drop(held);
    // sled lets go of its file lock when its last background write ends.
    std::thread::sleep(std::time::Duration::from_millis(200));
    daemon::remove(&dir, std::process::id()).unwrap();
    let (ok, out, _) = warm(tmp.path(), &[]);
    assert!(ok);
    assert!(
        out.starts_with("warm: 20 modules (0 parsed, 20 from the cache"),
        "{}",
        out
    );
}

#[test]
fn two_one_shot_runs_at_once_both_answer() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 150);
    write_hxml(tmp.path(), "");
    let spawn = || {
        hxs()
            .current_dir(tmp.path())
            .args(["cache", "warm", "build.hxml"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    for _ in 0..3 {
        let a = spawn();
        let b = spawn();
        for c in [a, b] {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", text(&out.stderr));
            assert!(text(&out.stdout).starts_with("warm: 150 modules"));
            assert!(!text(&out.stderr).contains("panicked"));
        }
    }
}

#[test]
fn the_same_process_opening_twice_shares_the_store() {
    let tmp = tempfile::tempdir().unwrap();
    let a = Store::open(tmp.path()).unwrap();
    let b = ParsedCache::open(tmp.path()).unwrap();
    assert!(b.store().is_some());
    drop(a);
}

#[test]
fn an_unwritable_cache_directory_degrades_with_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 5);
    write_hxml(tmp.path(), "");
    // A regular file where the directory should be: nothing can be created under it, even
    // by root (tests often run as root, for whom permission bits do not hold).
    std::fs::write(tmp.path().join("blocker"), "").unwrap();
    let (ok, out, err) = warm(tmp.path(), &["--cache-dir", "blocker/cache"]);
    assert!(ok, "{}", err);
    assert!(out.starts_with("warm: 5 modules (5 parsed"), "{}", out);
    let lines = notice_lines(&err);
    assert_eq!(lines.len(), 1, "{}", err);
    assert!(lines[0].starts_with("warning: ") && lines[0].contains("cannot be written"));

    let c = ParsedCache::open_or_uncached(&tmp.path().join("blocker/cache"));
    let f = tmp.path().join("src/M0.hx");
    let d = defines(&[]);
    let got = c.parse_file(&f, &d).unwrap();
    assert_eq!(got.lookup, hxs::cache::Lookup::Miss(MissReason::Uncached));
    assert_same(&got.parsed, &cold(&f, &d), "uncached");
    assert_eq!(c.take_notices().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_read_only_directory_degrades_with_one_warning() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 5);
    write_hxml(tmp.path(), "");
    let (ok, _, _) = warm(tmp.path(), &[]);
    assert!(ok);
    let dir = tmp.path().join(".hxs-cache");
    let set = |mode| {
        for e in walkdir::WalkDir::new(&dir).into_iter().flatten() {
            let _ = std::fs::set_permissions(
                e.path(),
                std::fs::Permissions::from_mode(if e.file_type().is_dir() {
                    mode | 0o111
                } else {
                    mode
                }),
            );
        }
    };
    set(0o444);
    // Root ignores permission bits; then there is nothing to test here.
    let probe = dir.join("probe");
    let root = std::fs::write(&probe, "").is_ok();
    if !root {
        let (ok, out, err) = warm(tmp.path(), &[]);
        assert!(ok, "{}", err);
        assert!(out.starts_with("warm: 5 modules"), "{}", out);
        assert_eq!(notice_lines(&err).len(), 1, "{}", err);
        assert!(!err.contains("panicked"));
    } else {
        let _ = std::fs::remove_file(&probe);
        eprintln!(
            "running as root: permission bits are not enforced; covered by the full-disk test"
        );
    }
    set(0o644);
}

/// A full disk, simulated with a file-size limit (`ulimit -f`, with SIGXFSZ ignored so that
/// writes fail with EFBIG instead of killing the process).
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_degrades_with_one_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let files = write_project(tmp.path(), 300);
    let hxml = write_hxml(tmp.path(), "");
    let bin = env!("CARGO_BIN_EXE_hxs");
    for limit_kb in [0, 1, 64, 512] {
        let _ = std::fs::remove_dir_all(tmp.path().join(".hxs-cache"));
        let out = run(std::process::Command::new("sh")
            .current_dir(tmp.path())
            .arg("-c")
            .arg(format!(
                "trap '' XFSZ; ulimit -f {}; exec {} cache warm build.hxml",
                limit_kb, bin
            )));
        let err = text(&out.stderr);
        assert!(out.status.success(), "limit {}: {}", limit_kb, err);
        assert!(!err.contains("panicked"), "limit {}: {}", limit_kb, err);
        assert!(
            text(&out.stdout).starts_with("warm: 300 modules"),
            "{}",
            text(&out.stdout)
        );
        let warnings = notice_lines(&err);
        assert!(warnings.len() <= 1, "limit {}: {}", limit_kb, err);
        // Whatever was stored is right.
        if tmp.path().join(".hxs-cache/db").exists() {
            check_all(&tmp.path().join(".hxs-cache"), &files, &hxml_defines(&hxml));
        }
    }
}
