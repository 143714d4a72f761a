//! The parsed-file cache's invalidation matrix: each change is followed by a lookup whose
//! outcome (hit, or miss with its reason) and answer (equal to a cold parse) are checked.
//! Also: restart in a new process parses nothing, stat-only validation, directory scans.

mod cache_support;

use cache_support::*;
use hxs::cache::{Lookup, MissReason, ParsedCache, StoreOptions};
use std::path::Path;

fn parse(cache: &ParsedCache, path: &Path, d: &Defines) -> Lookup {
    let got = cache.parse_file(path, d).expect("parses");
    assert_same(&got.parsed, &cold(path, d), &path.display().to_string());
    got.lookup
}

#[test]
fn invalidation_matrix() {
    let tmp = tempfile::tempdir().unwrap();
    let files = write_project(tmp.path(), 3);
    let leaf = &files[0];
    let dir = tmp.path().join("cache");
    let js = defines(&[("js", "1"), ("true", "1")]);
    let cache = ParsedCache::open(&dir).unwrap();

    assert_eq!(
        parse(&cache, leaf, &js),
        Lookup::Miss(MissReason::NotCached)
    );
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);

    // Edit the body: a miss because the file changed.
    let src = std::fs::read_to_string(leaf).unwrap();
    std::fs::write(leaf, src.replace("x.push(k + 0)", "x.push(k + 100)")).unwrap();
    assert_eq!(
        parse(&cache, leaf, &js),
        Lookup::Miss(MissReason::FileChanged)
    );
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);

    // Touch without change: the stat differs, the file is hashed again, the parse is reused.
    let before = cache.counters().hashed;
    let f = std::fs::File::options().write(true).open(leaf).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(f);
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);
    assert_eq!(cache.counters().hashed, before + 1, "touch re-hashes");

    // A define an `#if` reads: miss, reason DefinesChanged.
    let js_debug = defines(&[("js", "1"), ("true", "1"), ("debug_level", "2")]);
    let no_js = defines(&[("true", "1")]);
    assert_eq!(
        parse(&cache, leaf, &no_js),
        Lookup::Miss(MissReason::DefinesChanged)
    );
    // `js` decides first: with js defined, debug_level is not even read.
    assert_eq!(parse(&cache, leaf, &js_debug), Lookup::Hit);
    let debug_only = defines(&[("true", "1"), ("debug_level", "2")]);
    assert_eq!(
        parse(&cache, leaf, &debug_only),
        Lookup::Miss(MissReason::DefinesChanged)
    );
    // Both variants are remembered.
    assert_eq!(parse(&cache, leaf, &no_js), Lookup::Hit);
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);

    // A define no `#if` reads: a hit.
    let js_cpp = defines(&[("js", "1"), ("true", "1"), ("cpp", "1"), ("foo", "bar")]);
    assert_eq!(parse(&cache, leaf, &js_cpp), Lookup::Hit);

    // Reverting the edit finds the first parse again (content-keyed).
    std::fs::write(leaf, &src).unwrap();
    assert_eq!(
        cache.content_hash(leaf).unwrap(),
        hxs::cache::ContentHash::of(src.as_bytes())
    );
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);

    // Another file with the same bytes shares the entry.
    let copy = tmp.path().join("src/Copy.hx");
    std::fs::write(&copy, &src).unwrap();
    assert_eq!(parse(&cache, &copy, &js), Lookup::Hit);

    // Deleting the file is an I/O error, not a stale answer.
    std::fs::remove_file(&copy).unwrap();
    assert!(cache.parse_file(&copy, &js).is_err());

    let c = cache.counters();
    assert_eq!(c.misses.get(&MissReason::FileChanged), Some(&1));
    assert_eq!(c.misses.get(&MissReason::DefinesChanged), Some(&2));
    drop(cache);

    // Another format version: the store is dropped at open, the miss says why.
    let other = StoreOptions {
        format_version: hxs::cache::FORMAT_VERSION + 1,
        ..StoreOptions::default()
    };
    let cache = ParsedCache::open_with(&dir, other.clone()).unwrap();
    let notices = cache.take_notices();
    assert_eq!(notices.len(), 1, "{:?}", notices);
    assert!(notices[0].warning && notices[0].text.contains("another cache format"));
    assert_eq!(
        parse(&cache, leaf, &js),
        Lookup::Miss(MissReason::FormatChanged)
    );
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);
    drop(cache);

    // Another hxs version of the same format.
    let newer = StoreOptions {
        hxs_version: "99.0.0".into(),
        ..other
    };
    let cache = ParsedCache::open_with(&dir, newer.clone()).unwrap();
    assert_eq!(cache.take_notices().len(), 1);
    assert_eq!(
        parse(&cache, leaf, &js),
        Lookup::Miss(MissReason::VersionChanged)
    );
    drop(cache);
    // Back to this build's versions: dropped again, then warm.
    let cache = ParsedCache::open(&dir).unwrap();
    assert_eq!(
        parse(&cache, leaf, &js),
        Lookup::Miss(MissReason::FormatChanged)
    );
    assert_eq!(parse(&cache, leaf, &js), Lookup::Hit);
}

#[test]
fn unsaved_text_goes_through_the_cache_too() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = ParsedCache::open(tmp.path()).unwrap();
    let src = module_source("", "A", 1);
    let d = defines(&[("js", "1")]);
    let (p1, l1) = cache.parse_text(&src, &d);
    let (p2, l2) = cache.parse_text(&src, &d);
    assert_eq!(l1, Lookup::Miss(MissReason::NotCached));
    assert_eq!(l2, Lookup::Hit);
    assert_same(&p1, &p2, "text");
    assert_same(&p2, &hxs::syntax::parse(&src, &d), "text vs cold");
}

#[test]
fn syntax_errors_are_cached_as_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("Bad.hx");
    std::fs::write(&f, "class Bad { function f() { return ; } var }").unwrap();
    let cache = ParsedCache::open(&tmp.path().join("c")).unwrap();
    let d = defines(&[]);
    let a = cache.parse_file(&f, &d).unwrap();
    let b = cache.parse_file(&f, &d).unwrap();
    assert!(a.parsed.error.is_some());
    assert_eq!(b.lookup, Lookup::Hit);
    assert_same(&a.parsed, &b.parsed, "error file");
}

#[test]
fn restart_in_a_new_process_parses_nothing_and_stats_replace_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let files = write_project(tmp.path(), 40);
    let hxml = write_hxml(tmp.path(), "");
    // Files younger than the racy window are always read; let them age first.
    wait_out_racy_window();
    let warm = |label: &str| {
        let out = run(hxs()
            .current_dir(tmp.path())
            .args(["cache", "warm", "build.hxml", "-v"]));
        assert!(out.status.success(), "{}: {}", label, text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    };
    let (first, _) = warm("first");
    assert!(
        first.starts_with("warm: 40 modules (40 parsed, 0 from the cache"),
        "{}",
        first
    );
    let (second, log) = warm("second");
    // Not a terminal: plain progress lines, ending with the total.
    assert!(log.contains("warm: 40/40 modules"), "{}", log);
    assert!(
        second.starts_with("warm: 40 modules (0 parsed, 40 from the cache"),
        "{}",
        second
    );
    assert!(
        log.contains("40 hits, 0 misses; files parsed 0, read 0, validated by stat 40"),
        "{}",
        log
    );
    // The reopened store answers as a cold run does.
    let d = hxml_defines(&hxml);
    assert_eq!(check_all(&tmp.path().join(".hxs-cache"), &files, &d), 40);

    // stats shows both runs.
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "stats"]));
    let s = text(&out.stdout);
    assert!(out.status.success());
    assert!(s.contains("parsed 40"), "{}", s);
    assert!(s.contains("warm: cache: 40 hits"), "{}", s);

    // gc keeps everything reachable; after deleting files their entries go.
    for f in &files[..10] {
        std::fs::remove_file(f).unwrap();
    }
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "gc"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let g = text(&out.stdout);
    // 10 files, 10 variants, 10 parsed.
    assert!(g.starts_with("gc: removed 30 entries"), "{}", g);
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "stats"]));
    assert!(
        text(&out.stdout).contains("parsed 30"),
        "{}",
        text(&out.stdout)
    );
    // A cap below the live size drops entries until it fits.
    let out = run(hxs()
        .current_dir(tmp.path())
        .args(["cache", "gc", "--max-size", "20k"]));
    assert!(out.status.success());
    let out = run(hxs().current_dir(tmp.path()).args(["cache", "stats"]));
    assert!(
        !text(&out.stdout).contains("parsed 30"),
        "{}",
        text(&out.stdout)
    );
    // And the answers stay right.
    check_all(&tmp.path().join(".hxs-cache"), &files[10..], &d);

    let out = run(hxs().current_dir(tmp.path()).args(["cache", "clear"]));
    assert!(out.status.success());
    assert!(!tmp.path().join(".hxs-cache/db").exists());
}

#[test]
fn cache_dir_option_and_environment() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 2);
    write_hxml(tmp.path(), "");
    let out = run(hxs()
        .current_dir(tmp.path())
        .env("HXS_CACHE_DIR", "from-env")
        .args(["cache", "warm", "build.hxml"]));
    assert!(out.status.success());
    assert!(tmp.path().join("from-env/db").is_dir());
    let out = run(hxs()
        .current_dir(tmp.path())
        .env("HXS_CACHE_DIR", "from-env")
        .args(["cache", "warm", "build.hxml", "--cache-dir", "explicit"]));
    assert!(out.status.success());
    assert!(tmp.path().join("explicit/db").is_dir());
    assert!(!tmp.path().join(".hxs-cache").exists());
    assert_eq!(
        hxs::cache::cache_dir(None, Path::new("/w")),
        std::env::var_os("HXS_CACHE_DIR")
            .map(|v| Path::new("/w").join(v))
            .unwrap_or_else(|| Path::new("/w/.hxs-cache").to_path_buf())
    );
}

#[test]
fn class_path_scans_follow_added_and_removed_files() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 6);
    let cache = ParsedCache::open(&tmp.path().join("c")).unwrap();
    let src = tmp.path().join("src");
    let first = cache.scan_class_path(&src);
    assert_eq!(first.len(), 6);
    assert!(first.contains(&"pack/M1.hx".to_string()), "{:?}", first);
    // Not modules: a dotfile directory, an upper-case directory, a non-.hx file.
    std::fs::create_dir_all(src.join(".git")).unwrap();
    std::fs::write(src.join(".git/X.hx"), "").unwrap();
    std::fs::create_dir_all(src.join("Upper")).unwrap();
    std::fs::write(src.join("Upper/Y.hx"), "").unwrap();
    std::fs::write(src.join("pack/notes.txt"), "").unwrap();
    std::fs::write(src.join("pack/New.hx"), "class New {}").unwrap();
    let second = cache.scan_class_path(&src);
    assert_eq!(second.len(), 7, "{:?}", second);
    assert!(second.contains(&"pack/New.hx".to_string()));
    std::fs::remove_file(src.join("pack/New.hx")).unwrap();
    assert_eq!(cache.scan_class_path(&src), first);
}

#[test]
fn scans_of_old_directories_cost_one_stat_each() {
    let tmp = tempfile::tempdir().unwrap();
    write_project(tmp.path(), 12);
    wait_out_racy_window();
    let dir = tmp.path().join("c");
    let src = tmp.path().join("src");
    let cache = ParsedCache::open(&dir).unwrap();
    let a = cache.scan_class_path(&src);
    drop(cache);
    let cache = ParsedCache::open(&dir).unwrap();
    let b = cache.scan_class_path(&src);
    assert_eq!(a, b);
    let c = cache.counters();
    assert_eq!(c.scans_read, 0);
    assert!(c.scans_reused >= 3, "{:?}", c);
}
