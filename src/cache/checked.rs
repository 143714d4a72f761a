//! Whole `--no-output` checks kept in the store: what a check printed, keyed by everything
//! the build was given (class paths in order, every define, the roots), stored with every
//! file-system question the check asked (each module looked for, found or not, with the hash
//! of the file that answered; each `import.hx` candidate). A later run asks the same
//! questions again, which costs a `stat` per file through the stat index, and replays the
//! answer when every one gets the same reply: no file parsed, no module typed.
//!
//! This is correct because a check's output depends only on its inputs and on those answers:
//! the typer reads nothing else from disk (`sema::modules::Reads` lists what it read), and
//! the key holds the rest. A module that appears earlier on the class paths (shadowing), a
//! module that disappears or moves, an edited file, a new `import.hx`: each changes one
//! answer and the check runs again in full. Any doubt (an unreadable file, a record that does
//! not decode) is a miss.

use super::keys::{ContentHash, KeyHasher};
use super::parsed::ParsedCache;
use super::records::{CheckRecord, CheckRecords, RecordKind, CHECKS_KEPT};
use super::store::Fetched;
use crate::project::classpath::{ClassPaths, ModulePath};
use std::fmt;
use std::path::Path;

/// The key of one check: its class paths in search order (as given: a class path is printed
/// in messages, so it is part of the answer), every define with its value, the roots (the
/// `-main` class first), the `-main` class, and the format and hxs versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CheckKey(pub [u8; 32]);

impl CheckKey {
    pub fn new(
        format_version: u32,
        hxs_version: &str,
        class_paths: &[String],
        defines: &[(String, String)],
        roots: &[String],
        main: Option<&str>,
    ) -> CheckKey {
        let mut h = KeyHasher::new("hxs.check", format_version, hxs_version);
        h.list(class_paths.iter().map(String::as_bytes));
        h.u64(defines.len() as u64);
        for (name, value) in defines {
            h.bytes(name.as_bytes());
            h.bytes(value.as_bytes());
        }
        h.list(roots.iter().map(String::as_bytes));
        h.opt(main.map(str::as_bytes));
        CheckKey(h.finish())
    }
}

/// Why a stored check was not replayed; `-v` prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckMiss {
    /// No store this run.
    Uncached,
    /// No check stored for these inputs (class paths, defines, roots), or it was dropped.
    NotCached,
    /// The stored record did not decode; it was removed.
    Corrupt,
    /// A module's file has other bytes.
    FileChanged(String),
    /// Another file now defines a module (a file added earlier on the class paths, or the
    /// one that defined it removed with another further on).
    Shadowed(String),
    /// A module found before is on no class path now.
    Removed(String),
    /// A module looked for and not found before exists now.
    Appeared(String),
    /// An `import.hx` file appeared, disappeared or changed.
    ImportFileChanged(String),
}

impl fmt::Display for CheckMiss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckMiss::Uncached => write!(f, "no cache"),
            CheckMiss::NotCached => {
                write!(f, "not cached for these class paths, defines and roots")
            }
            CheckMiss::Corrupt => write!(f, "corrupt entry"),
            CheckMiss::FileChanged(m) => write!(f, "{} changed", m),
            CheckMiss::Shadowed(m) => write!(f, "{} is now defined by another file", m),
            CheckMiss::Removed(m) => write!(f, "{} was removed", m),
            CheckMiss::Appeared(m) => write!(f, "{} appeared", m),
            CheckMiss::ImportFileChanged(p) => write!(f, "{} changed", p),
        }
    }
}

/// How a lookup validated a record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Validation {
    /// Modules and `import.hx` candidates asked about again.
    pub questions: u64,
    /// Files whose hash came from the stat index.
    pub by_stat: u64,
    /// Files read and hashed.
    pub read: u64,
}

/// A stored check for `key` whose every question gets the same answer now (the newest
/// such, of the last [`CHECKS_KEPT`]).
pub fn lookup(
    cache: &ParsedCache,
    key: &CheckKey,
    cwd: &Path,
    class_paths: &ClassPaths,
) -> Result<(CheckRecord, Validation), CheckMiss> {
    let Some(store) = cache.store() else {
        return Err(CheckMiss::Uncached);
    };
    let records = match store.get::<CheckRecords>(RecordKind::Check, &key.0) {
        Fetched::Found(r) => r.records,
        Fetched::Absent => return Err(CheckMiss::NotCached),
        Fetched::Dropped => return Err(CheckMiss::Corrupt),
    };
    let before = cache.counters();
    // The newest record's miss is the one reported: it is the last state of these files.
    let mut first_miss = None;
    for record in records {
        match validate(&record, cwd, class_paths, &mut StoreProbe(cache)) {
            Ok(questions) => {
                let after = cache.counters();
                let v = Validation {
                    questions,
                    by_stat: after.stat_trusted - before.stat_trusted,
                    read: after.hashed - before.hashed,
                };
                return Ok((record, v));
            }
            Err(miss) => {
                first_miss.get_or_insert(miss);
            }
        }
    }
    Err(first_miss.unwrap_or(CheckMiss::NotCached))
}

/// How a validation asks the file system its questions.
pub trait Probe {
    /// Whether a path exists, as `Path::exists` says (following links).
    fn exists(&mut self, path: &Path) -> bool;
    /// The content hash of a file now (`None`: it cannot be read).
    fn content_hash(&mut self, path: &Path) -> Option<ContentHash>;
}

/// The persistent store's stat index.
struct StoreProbe<'a>(&'a ParsedCache);

impl Probe for StoreProbe<'_> {
    fn exists(&mut self, path: &Path) -> bool {
        path.exists()
    }

    fn content_hash(&mut self, path: &Path) -> Option<ContentHash> {
        self.0.content_hash(path).ok()
    }
}

/// Asks a stored check's questions again through `probe`. Returns how many questions were
/// asked.
pub fn validate(
    record: &CheckRecord,
    cwd: &Path,
    class_paths: &ClassPaths,
    probe: &mut dyn Probe,
) -> Result<u64, CheckMiss> {
    let mut questions = 0;
    for m in &record.modules {
        questions += 1;
        let parts: Vec<&str> = m.module.split('.').collect();
        let Some((name, pack)) = parts.split_last() else {
            return Err(CheckMiss::Corrupt);
        };
        let path = ModulePath {
            pack: pack.iter().map(|s| s.to_string()).collect(),
            name: name.to_string(),
        };
        let found = class_paths.find_module_with(cwd, &path, &mut |p: &Path| probe.exists(p));
        match (&m.found, found) {
            (None, None) => {}
            (None, Some(_)) => return Err(CheckMiss::Appeared(m.module.clone())),
            (Some(_), None) => return Err(CheckMiss::Removed(m.module.clone())),
            (Some((shown, content)), Some((now_shown, real))) => {
                if shown != &now_shown {
                    return Err(CheckMiss::Shadowed(m.module.clone()));
                }
                match probe.content_hash(&real) {
                    Some(h) if &h == content => {}
                    _ => return Err(CheckMiss::FileChanged(m.module.clone())),
                }
            }
        }
    }
    for i in &record.import_files {
        questions += 1;
        let real = cwd.join(&i.shown);
        let changed = || Err(CheckMiss::ImportFileChanged(i.shown.clone()));
        match &i.found {
            None => {
                if real.is_file() {
                    return changed();
                }
            }
            Some((full, content)) => {
                if !real.is_file() {
                    return changed();
                }
                if crate::project::classpath::real_path(&real).to_str() != Some(full.as_str()) {
                    return changed();
                }
                match probe.content_hash(&real) {
                    Some(h) if &h == content => {}
                    _ => return changed(),
                }
            }
        }
    }
    Ok(questions)
}

/// Stores a check that just ran, after making sure that every file it read still has the
/// bytes it read (which also fills the stat index, so the next run validates by `stat`).
/// Returns whether the record was written.
pub fn store(cache: &ParsedCache, key: &CheckKey, cwd: &Path, record: &CheckRecord) -> bool {
    let Some(store) = cache.store() else {
        return false;
    };
    if !store.is_writable() {
        return false;
    }
    let read: Vec<(&String, &ContentHash)> = record
        .modules
        .iter()
        .filter_map(|m| m.found.as_ref().map(|(s, c)| (s, c)))
        .chain(
            record
                .import_files
                .iter()
                .filter_map(|i| i.found.as_ref().map(|(_, c)| (&i.shown, c))),
        )
        .collect();
    let paths: Vec<std::path::PathBuf> = read.iter().map(|(s, _)| cwd.join(s)).collect();
    let now = cache.content_hashes(&paths);
    let same = now
        .iter()
        .zip(&read)
        .all(|(h, (_, c))| matches!(h, Ok(h) if h == *c));
    if !same {
        return false;
    }
    let mut kept = match store.get::<CheckRecords>(RecordKind::Check, &key.0) {
        Fetched::Found(r) => r.records,
        _ => Vec::new(),
    };
    // A record asking the same questions with the same answers is replaced.
    kept.retain(|r| r.modules != record.modules || r.import_files != record.import_files);
    kept.insert(0, record.clone());
    kept.truncate(CHECKS_KEPT);
    match store.encode(RecordKind::Check, &CheckRecords { records: kept }) {
        Some(v) => store.write(vec![(RecordKind::Check, key.0.to_vec(), Some(v))]),
        None => false,
    }
}
