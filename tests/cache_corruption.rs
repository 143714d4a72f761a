//! Corruption: flipped, truncated and garbage values; truncated and scribbled database
//! files; writers killed with SIGKILL mid-write. After each, every following run must answer
//! exactly as a cold run does, without a panic, with at most one warning line.

mod cache_support;

use cache_support::*;
use hxs::cache::records::RecordKind;
use hxs::cache::{Lookup, MissReason, ParsedCache, Store};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A tiny deterministic generator (no dependency needed for a few hundred numbers).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn project(n: usize) -> (tempfile::TempDir, Vec<PathBuf>, PathBuf, Defines) {
    let tmp = tempfile::tempdir().unwrap();
    let files = write_project(tmp.path(), n);
    let hxml = write_hxml(tmp.path(), "");
    let d = hxml_defines(&hxml);
    let cache_dir = tmp.path().join(".hxs-cache");
    (tmp, files, cache_dir, d)
}

/// Runs `hxs cache warm` and checks it succeeded without a panic.
fn warm_ok(root: &Path) -> String {
    let out = run(hxs()
        .current_dir(root)
        .args(["cache", "warm", "build.hxml"]));
    let err = text(&out.stderr);
    assert!(out.status.success(), "warm failed: {}", err);
    assert!(!err.contains("panicked"), "warm panicked: {}", err);
    assert!(
        err.lines().filter(|l| l.starts_with("warning")).count() <= 1,
        "more than one warning: {}",
        err
    );
    err
}

/// Rewrites every value of `kind` with `f` (through the store, so only values change).
fn mangle(dir: &Path, kind: RecordKind, mut f: impl FnMut(Vec<u8>) -> Vec<u8>) -> usize {
    let store = Store::open(dir).unwrap();
    let entries = store.scan_kind(kind);
    let n = entries.len();
    let batch = entries
        .into_iter()
        .map(|(k, v)| (kind, k, Some(f(v))))
        .collect();
    assert!(store.write(batch));
    store.flush();
    n
}

#[test]
fn corrupt_values_are_dropped_and_rebuilt() {
    let (_tmp, files, dir, d) = project(12);
    assert_eq!(check_all(&dir, &files, &d), 0);
    let mut rng = Rng(0x9e3779b97f4a7c15);
    type Mangler = Box<dyn Fn(Vec<u8>, &mut Rng) -> Vec<u8>>;
    let manglers: Vec<(&str, Mangler)> = vec![
        (
            "flip one byte",
            Box::new(|mut v: Vec<u8>, r: &mut Rng| {
                let i = r.below(v.len() as u64) as usize;
                v[i] ^= 1 << r.below(8);
                v
            }),
        ),
        (
            "truncate",
            Box::new(|v: Vec<u8>, r: &mut Rng| {
                let n = r.below(v.len() as u64) as usize;
                v[..n].to_vec()
            }),
        ),
        (
            "garbage",
            Box::new(|v: Vec<u8>, r: &mut Rng| {
                (0..v.len().min(5000)).map(|_| r.next() as u8).collect()
            }),
        ),
        ("empty", Box::new(|_: Vec<u8>, _: &mut Rng| Vec::new())),
    ];
    for kind in [
        RecordKind::Parsed,
        RecordKind::Variants,
        RecordKind::File,
        RecordKind::Scan,
    ] {
        for (name, m) in &manglers {
            let n = mangle(&dir, kind, |v| m(v, &mut rng));
            assert!(n > 0 || kind == RecordKind::Scan, "{:?} has entries", kind);
            let cache = ParsedCache::open(&dir).unwrap();
            let mut corrupt = 0;
            for f in &files {
                let got = cache.parse_file(f, &d).unwrap();
                assert_same(&got.parsed, &cold(f, &d), &format!("{:?} {}", kind, name));
                if got.lookup == Lookup::Miss(MissReason::Corrupt) {
                    corrupt += 1;
                }
            }
            let warnings: Vec<_> = cache
                .take_notices()
                .into_iter()
                .filter(|n| n.warning)
                .collect();
            // A hit usually takes its key from the stat entry and never reads the variants.
            if kind == RecordKind::Parsed {
                assert_eq!(corrupt, files.len(), "{:?} {}", kind, name);
            }
            if kind == RecordKind::Parsed || kind == RecordKind::File {
                assert_eq!(warnings.len(), 1, "{:?} {}: {:?}", kind, name, warnings);
            } else {
                assert!(warnings.len() <= 1, "{:?} {}: {:?}", kind, name, warnings);
            }
            drop(cache);
            // Rebuilt: the next run hits everywhere.
            assert_eq!(
                check_all(&dir, &files, &d),
                files.len(),
                "{:?} {}",
                kind,
                name
            );
        }
    }
}

fn db_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir.join("db"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    v.sort();
    v
}

#[test]
fn damaged_database_files_are_survived() {
    let (tmp, files, dir, d) = project(30);
    let mut rng = Rng(12345);
    for round in 0..24 {
        // A populated store, closed.
        warm_ok(tmp.path());
        let victims = db_files(&dir);
        assert!(!victims.is_empty());
        let victim = &victims[rng.below(victims.len() as u64) as usize];
        let mut bytes = std::fs::read(victim).unwrap();
        let what = match round % 4 {
            0 => {
                let n = rng.below(bytes.len() as u64 + 1) as usize;
                bytes.truncate(n);
                format!("truncated to {}", n)
            }
            1 => {
                for _ in 0..8 {
                    if !bytes.is_empty() {
                        let i = rng.below(bytes.len() as u64) as usize;
                        bytes[i] = rng.next() as u8;
                    }
                }
                "8 bytes scribbled".to_string()
            }
            2 => {
                let start = rng.below(bytes.len() as u64) as usize;
                let end = (start + 4096).min(bytes.len());
                for b in &mut bytes[start..end] {
                    *b = 0;
                }
                format!("zeroed {}..{}", start, end)
            }
            _ => {
                bytes.clear();
                "emptied".to_string()
            }
        };
        std::fs::write(victim, &bytes).unwrap();
        let what = format!("round {}: {} {}", round, victim.display(), what);
        // A one-shot run copes, then the store answers as cold runs do.
        let err = warm_ok(tmp.path());
        eprintln!(
            "{}: {}",
            what,
            err.lines()
                .find(|l| !l.starts_with("warm:"))
                .unwrap_or("no warning")
        );
        check_all(&dir, &files, &d);
    }
}

#[test]
fn writers_killed_mid_write_leave_a_usable_store() {
    let (tmp, files, dir, d) = project(300);
    let mut rng = Rng(777);
    // How long a cold run takes here (the faster of two: the first may also pay for a
    // cold disk cache or a busy machine), so that kills land inside the runs; the kills
    // come within its first half, since runs on a warm store are shorter.
    let mut full_ms = u64::MAX;
    for _ in 0..2 {
        let _ = std::fs::remove_dir_all(dir.join("db"));
        let started = std::time::Instant::now();
        warm_ok(tmp.path());
        full_ms = full_ms.min(started.elapsed().as_millis() as u64);
    }
    let mut interrupted = 0;
    for round in 0..25 {
        match round % 3 {
            // Start from nothing: the killed run is writing all the time.
            0 => {
                let _ = std::fs::remove_dir_all(dir.join("db"));
            }
            // Change some sources so that the killed run has some writing to do.
            1 => {
                for f in files.iter().skip(round).step_by(5) {
                    let s = std::fs::read_to_string(f).unwrap();
                    std::fs::write(f, format!("{}\n// round {}\n", s, round)).unwrap();
                }
            }
            _ => {}
        }
        let mut child = hxs()
            .current_dir(tmp.path())
            .args(["cache", "warm", "build.hxml"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(full_ms / 2 + 1)));
        if child.try_wait().unwrap().is_none() {
            interrupted += 1;
        }
        // SIGKILL: no destructor, no flush.
        let _ = child.kill();
        let _ = child.wait();
        warm_ok(tmp.path());
        check_all(&dir, &files, &d);
    }
    eprintln!("{} of 25 runs killed mid-way", interrupted);
    assert!(
        interrupted >= 10,
        "only {} of 25 runs were killed mid-way",
        interrupted
    );
}
