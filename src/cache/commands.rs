//! `hxs cache stats|clear|gc|warm`: the cache's commands for people and CI pipelines.
//!
//! * `stats`: entries by kind, bytes on disk, what the last runs reused and redid.
//! * `clear`: removes the database.
//! * `gc [--max-size SIZE]`: drops entries no longer reachable from the sources on disk, then
//!   the least recently hashed files' parses until the store is under the cap.
//! * `warm BUILD.hxml [haxe args]`: parses every module the build's class paths hold (typing
//!   comes with the typer), with a progress bar on a terminal and plain lines otherwise.
//!
//! Every command takes `--cache-dir DIR` and `-v`. Exit codes: 0 done, 1 failed.

use super::codec;
use super::files::{self, trusted};
use super::keys::ContentHash;
use super::records::{FileRecord, RecordKind, ScanRecord};
use super::store::{self, Notice, Store};
use super::{CacheError, ParsedCache};
use crate::project::args;
use crate::project::classpath::ClassPaths;
use crate::project::std_lib;
use std::collections::{BTreeSet, HashMap};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// `println!` that ignores a closed stdout (`hxs cache stats | head`) instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

const USAGE: &str = "usage: hxs cache stats|clear|gc|warm [--cache-dir DIR] [-v] ...
  stats                      entries by kind, bytes on disk, the last runs' hits and misses
  clear                      remove the cache database
  gc [--max-size SIZE]       drop entries unreachable from current sources; cap the size (default 1G)
  warm BUILD.hxml [ARGS]     (--times: where the time went) parse every module of the build's class paths into the cache, then check the build";

/// Default cap of `gc`.
pub const DEFAULT_MAX_SIZE: u64 = 1 << 30;

struct Options {
    cache_dir: Option<PathBuf>,
    verbose: bool,
    times: bool,
    max_size: Option<u64>,
    rest: Vec<String>,
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 'k' | 'K') => (&s[..i], 1u64 << 10),
        (i, 'm' | 'M') => (&s[..i], 1 << 20),
        (i, 'g' | 'G') => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<u64>().ok()?.checked_mul(mult)
}

fn parse_options(args: &[String], cwd: &Path) -> Result<Options, String> {
    let mut o = Options {
        cache_dir: None,
        verbose: false,
        times: false,
        max_size: None,
        rest: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--cache-dir" => {
                let v = args.get(i + 1).ok_or("--cache-dir needs a directory")?;
                o.cache_dir = Some(cwd.join(v));
                i += 2;
            }
            "--max-size" => {
                let v = args.get(i + 1).ok_or("--max-size needs a size")?;
                o.max_size = Some(parse_size(v).ok_or(format!("bad size: {}", v))?);
                i += 2;
            }
            "--times" => {
                o.times = true;
                o.rest.push(args[i].clone());
                i += 1;
            }
            "-v" | "--verbose" => {
                o.verbose = true;
                o.rest.push(args[i].clone());
                i += 1;
            }
            _ => {
                o.rest.push(args[i].clone());
                i += 1;
            }
        }
    }
    Ok(o)
}

/// Entry point: `args` are the words after `hxs cache`. Returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let Some(cmd) = args.first() else {
        eprintln!("{}", USAGE);
        return 1;
    };
    let cwd = match std::env::current_dir() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("Error: cannot read the current directory: {}", e);
            return 1;
        }
    };
    let o = match parse_options(&args[1..], &cwd) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("hxs cache: {}\n{}", e, USAGE);
            return 1;
        }
    };
    let dir = || super::cache_dir(o.cache_dir.as_deref(), &cwd);
    match cmd.as_str() {
        "stats" => stats(&dir()),
        "clear" => clear(&dir()),
        "gc" => gc(&dir(), o.max_size.unwrap_or(DEFAULT_MAX_SIZE)),
        "warm" => warm(&o, &cwd),
        "-h" | "--help" | "help" => {
            out!("{}", USAGE);
            0
        }
        other => {
            eprintln!("hxs cache: unknown command `{}`\n{}", other, USAGE);
            1
        }
    }
}

fn print_notices(notices: Vec<Notice>, verbose: bool) {
    for n in notices {
        if n.warning || verbose {
            eprintln!("{}", n.text);
        }
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn locked_message(dir: &Path) -> String {
    match super::daemon::read(dir) {
        Some(d) => format!(
            "hxs cache: {} is in use by the daemon (pid {}, {})",
            dir.display(),
            d.pid,
            d.address
        ),
        None => format!("hxs cache: {} is in use by another process", dir.display()),
    }
}

/// `YYYY-MM-DD HH:MM:SS` (UTC) of Unix seconds, without a date crate.
fn utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        y,
        m,
        d,
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

fn print_runs(runs: Vec<super::records::RunRecord>) {
    if runs.is_empty() {
        out!("last runs: none recorded");
        return;
    }
    out!("last runs (oldest first):");
    for r in runs {
        out!(
            "  {} {}: {}",
            utc(r.finished_at),
            r.label,
            r.counters.summary()
        );
    }
}

fn stats(dir: &Path) -> i32 {
    if !dir.join(store::DB_DIR).exists() {
        out!("cache: {} (empty: no database yet)", dir.display());
        return 0;
    }
    let store = match Store::open(dir) {
        Ok(s) => s,
        Err(CacheError::Locked { .. }) => {
            out!("{}", locked_message(dir));
            out!("on disk: {}", mb(store::disk_bytes(dir)));
            print_runs(store::read_runs(dir));
            return 0;
        }
        Err(e) => {
            eprintln!("hxs cache: {}", e);
            return 1;
        }
    };
    print_notices(store.take_notices(), true);
    out!(
        "cache: {} (format {}, hxs {})",
        dir.display(),
        store.format_version(),
        store.hxs_version()
    );
    let counts = store.entry_counts();
    let parts: Vec<String> = counts
        .iter()
        .filter(|(k, _, _)| *k != RecordKind::Meta)
        .map(|(k, n, b)| format!("{} {} ({})", k.name(), n, mb(*b)))
        .collect();
    out!("entries: {}", parts.join(", "));
    out!("on disk: {}", mb(store.disk_bytes()));
    print_runs(store.runs());
    print_notices(store.take_notices(), true);
    0
}

fn clear(dir: &Path) -> i32 {
    if !dir.join(store::DB_DIR).exists() {
        out!("hxs cache: {} holds no database", dir.display());
        return 0;
    }
    // Opening first proves no other process holds the database.
    match Store::open(dir) {
        Ok(s) => drop(s),
        Err(CacheError::Locked { .. }) => {
            eprintln!("{}; stop it before clearing", locked_message(dir));
            return 1;
        }
        Err(CacheError::Broken { .. }) => {}
        Err(e) => {
            eprintln!("hxs cache: {}", e);
            return 1;
        }
    }
    match store::remove_db(dir) {
        Ok(_) => {
            out!("hxs cache: cleared {}", dir.display());
            0
        }
        Err(e) => {
            eprintln!("hxs cache: cannot clear {}: {}", dir.display(), e);
            1
        }
    }
}

/// The content hash at the head of a stored `P` or `T` payload, checked by the envelope's
/// checksum; `None` for a corrupt value.
fn head_content(store: &Store, kind: RecordKind, raw: &[u8]) -> Option<ContentHash> {
    match kind {
        RecordKind::Parsed => {
            codec::decode_prefix::<ContentHash>(store.format_version(), kind, raw).ok()
        }
        RecordKind::Typed => {
            codec::decode_prefix::<(String, ContentHash)>(store.format_version(), kind, raw)
                .ok()
                .map(|(_, c)| c)
        }
        _ => None,
    }
}

fn gc(dir: &Path, max_size: u64) -> i32 {
    let store = match Store::open(dir) {
        Ok(s) => s,
        Err(CacheError::Locked { .. }) => {
            eprintln!("{}; run gc when it stops", locked_message(dir));
            return 1;
        }
        Err(e) => {
            eprintln!("hxs cache: {}", e);
            return 1;
        }
    };
    let before = store.disk_bytes();
    let mut removals: Vec<(RecordKind, Vec<u8>, Option<Vec<u8>>)> = Vec::new();
    let mut updates = Vec::new();
    // The sources as they are now: every file the stat index knows that still exists.
    let mut live: HashMap<ContentHash, i128> = HashMap::new();
    for (key, raw) in store.scan_kind(RecordKind::File) {
        let path = path_of_key(&key);
        let Ok(rec) = codec::decode::<FileRecord>(store.format_version(), RecordKind::File, &raw)
        else {
            removals.push((RecordKind::File, key, None));
            continue;
        };
        let Ok(st) = files::stat(&path) else {
            removals.push((RecordKind::File, key, None));
            continue;
        };
        let (content, at) = if trusted(&rec.stat, rec.hashed_at_ns, &st) {
            (rec.content, rec.hashed_at_ns)
        } else {
            let at = files::now_ns();
            let Ok(bytes) = std::fs::read(&path) else {
                removals.push((RecordKind::File, key, None));
                continue;
            };
            let content = ContentHash::of(&bytes);
            let updated = FileRecord {
                stat: files::stat(&path).unwrap_or(st),
                hashed_at_ns: at,
                content,
                last_parse: rec.last_parse.clone(),
            };
            if let Some(v) = store.encode(RecordKind::File, &updated) {
                updates.push((RecordKind::File, key, Some(v)));
            }
            (content, at)
        };
        let e = live.entry(content).or_insert(at);
        *e = (*e).max(at);
    }
    for (key, raw) in store.scan_kind(RecordKind::Variants) {
        let ok = key.len() == 32
            && codec::decode::<super::records::VariantsRecord>(
                store.format_version(),
                RecordKind::Variants,
                &raw,
            )
            .is_ok();
        let mut c = [0u8; 32];
        if ok {
            c.copy_from_slice(&key);
        }
        if !ok || !live.contains_key(&ContentHash(c)) {
            removals.push((RecordKind::Variants, key, None));
        }
    }
    for (key, raw) in store.scan_kind(RecordKind::Scan) {
        let ok =
            codec::decode::<ScanRecord>(store.format_version(), RecordKind::Scan, &raw).is_ok();
        if !ok || !path_of_key(&key).is_dir() {
            removals.push((RecordKind::Scan, key, None));
        }
    }
    // Content records: keep those of live contents, remember their size and age for the cap.
    let mut kept: Vec<(i128, u64, RecordKind, Vec<u8>)> = Vec::new();
    for kind in [RecordKind::Parsed, RecordKind::Typed] {
        for (key, raw) in store.scan_kind(kind) {
            match head_content(&store, kind, &raw).and_then(|c| live.get(&c)) {
                Some(at) => kept.push((*at, (key.len() + raw.len()) as u64, kind, key)),
                None => removals.push((kind, key, None)),
            }
        }
    }
    // Checks: kept while every file they read still has a live content (else they can never
    // be replayed), aged as their newest file.
    for (key, raw) in store.scan_kind(RecordKind::Check) {
        let recs = codec::decode::<super::records::CheckRecords>(
            store.format_version(),
            RecordKind::Check,
            &raw,
        );
        let at = recs.ok().and_then(|rs| {
            let mut newest = None;
            for r in &rs.records {
                let contents = r
                    .modules
                    .iter()
                    .filter_map(|m| m.found.as_ref().map(|f| f.1))
                    .chain(
                        r.import_files
                            .iter()
                            .filter_map(|i| i.found.as_ref().map(|f| f.1)),
                    );
                let mut at = Some(i128::MIN);
                for c in contents {
                    at = at.and_then(|a| live.get(&c).map(|l| a.max(*l)));
                }
                newest = newest.max(at);
            }
            newest
        });
        match at {
            Some(at) => kept.push((at, (key.len() + raw.len()) as u64, RecordKind::Check, key)),
            None => removals.push((RecordKind::Check, key, None)),
        }
    }
    let mut total: u64 = kept.iter().map(|k| k.1).sum();
    let mut capped = 0usize;
    if total > max_size {
        // Oldest sources first: what was hashed longest ago is least likely to be asked for.
        kept.sort_by_key(|k| k.0);
        let target = max_size / 10 * 9;
        for (_, size, kind, key) in kept {
            if total <= target {
                break;
            }
            total -= size;
            capped += 1;
            removals.push((kind, key, None));
        }
    }
    let removed = removals.len();
    let mut batch = updates;
    batch.extend(removals);
    if !store.write(batch) {
        print_notices(store.take_notices(), true);
        return 1;
    }
    store.flush();
    print_notices(store.take_notices(), true);
    out!(
        "gc: removed {} entries ({} over the {} cap); live data {}; on disk {} before, {} now",
        removed,
        capped,
        mb(max_size),
        mb(total),
        mb(before),
        mb(store.disk_bytes())
    );
    0
}

fn path_of_key(key: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(key))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(key).to_string())
    }
}

/// Progress output: a bar on a terminal, plain lines in CI or when stderr is not a terminal.
enum Progress {
    Bar(indicatif::ProgressBar),
    Lines { total: u64, next: u64, step: u64 },
}

impl Progress {
    fn new(total: u64) -> Progress {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        if !ci && std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(total);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} modules {elapsed_precise} {wide_msg}",
            ) {
                bar.set_style(style);
            }
            Progress::Bar(bar)
        } else {
            let step = (total / 10).max(1);
            Progress::Lines {
                total,
                next: step,
                step,
            }
        }
    }

    fn inc(&mut self, done: u64) {
        match self {
            Progress::Bar(b) => b.set_position(done),
            Progress::Lines { total, next, step } => {
                if done >= *next || done == *total {
                    eprintln!("warm: {}/{} modules", done, total);
                    while *next <= done {
                        *next += *step;
                    }
                }
            }
        }
    }

    fn finish(self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}

fn warm(o: &Options, cwd: &Path) -> i32 {
    let words: Vec<String> = o.rest.clone();
    if !words.iter().any(|w| !w.starts_with('-')) {
        eprintln!("hxs cache warm: name a build (BUILD.hxml)\n{}", USAGE);
        return 1;
    }
    let cl = match args::parse_command_line(&words, cwd) {
        Ok(cl) => cl,
        Err(e) => {
            eprintln!("{}", e);
            return e.exit_code.max(1);
        }
    };
    let Some(first) = cl.builds.first() else {
        eprintln!("hxs cache warm: the command line holds no build");
        return 1;
    };
    let verbose = o.verbose || cl.builds.iter().any(|b| b.verbose);
    let dir = super::cache_dir(
        o.cache_dir.as_deref().or(first.cache_dir.as_deref()),
        &first.cwd,
    );
    // Every (file, build) pair to parse: each build's class paths with its defines. The
    // working directory itself (haxe's implicit class path) is not walked.
    let mut work: Vec<(PathBuf, usize)> = Vec::new();
    let mut seen = BTreeSet::new();
    let cache = ParsedCache::open_or_uncached(&dir);
    for (bi, b) in cl.builds.iter().enumerate() {
        let std = match std_lib::resolve(b.std_path.as_deref(), &b.cwd) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("Error: cannot prepare the standard library: {}", e);
                return 1;
            }
        };
        let cps = ClassPaths::new(&b.class_paths, &std.dirs());
        for cp in cps.entries.iter().filter(|c| !c.is_empty()) {
            let root = b.cwd.join(cp);
            for rel in cache.scan_class_path(&root) {
                let path = root.join(&rel);
                if seen.insert((path.clone(), bi)) {
                    work.push((path, bi));
                }
            }
        }
    }
    let start = Instant::now();
    let total = work.len() as u64;
    let mut progress = Progress::new(total);
    let mut errors = 0u64;
    for (i, (path, bi)) in work.iter().enumerate() {
        match cache.parse_file(path, &cl.builds[*bi].defines) {
            Ok(p) => {
                if p.parsed.error.is_some() {
                    errors += 1;
                }
            }
            Err(e) => {
                errors += 1;
                if verbose {
                    eprintln!("warm: {}", e);
                }
            }
        }
        progress.inc(i as u64 + 1);
    }
    progress.finish();
    // Then each check build, so that the next check replays its stored answer.
    let (mut checks, mut failed) = (0u64, 0u64);
    for b in &cl.builds {
        if let Some(outcome) = crate::build::warm_check(b, &cache) {
            checks += 1;
            failed += u64::from(outcome.failed);
            if verbose {
                for m in &outcome.messages {
                    if let crate::build::Message::Log(l) = m {
                        eprintln!("{}", l);
                    }
                }
            }
        }
    }
    cache.finish("warm");
    let counters = cache.counters();
    let notices = cache.take_notices();
    print_notices(notices, verbose);
    if verbose || o.times || cl.builds.iter().any(|b| b.times) {
        eprintln!("{}", counters.summary());
    }
    if o.times || cl.builds.iter().any(|b| b.times) {
        eprintln!("{}", cache.timings().summary());
    }
    out!(
        "warm: {} modules ({} parsed, {} from the cache, {} with errors), {} checks ({} failing) in {:.2} s; store {} in {}",
        total,
        counters.parsed,
        counters.hits,
        errors,
        checks,
        failed,
        start.elapsed().as_secs_f64(),
        mb(store::disk_bytes(&dir.join(store::DB_DIR))),
        dir.display()
    );
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_dates() {
        assert_eq!(parse_size("10"), Some(10));
        assert_eq!(parse_size("2k"), Some(2048));
        assert_eq!(parse_size("1G"), Some(1 << 30));
        assert_eq!(parse_size("x"), None);
        assert_eq!(utc(0), "1970-01-01 00:00:00");
        assert_eq!(utc(1_700_000_000), "2023-11-14 22:13:20");
    }
}
