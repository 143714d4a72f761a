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
    /// A module's file changed and retyping it alone could not reuse the check: why.
    NotRetyped(String, String),
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
            CheckMiss::NotRetyped(m, why) => write!(f, "{} changed: {}", m, why),
        }
    }
}

/// How a lookup validated a record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validation {
    /// Modules and `import.hx` candidates asked about again.
    pub questions: u64,
    /// Files whose hash came from the stat index.
    pub by_stat: u64,
    /// Files read and hashed.
    pub read: u64,
    /// Modules whose file has other bytes now, when the record can be reused after an
    /// edit of bodies only (`sema::outline`): the check must retype them first. Empty: the
    /// stored answer holds as it is.
    pub changed: Vec<ChangedModule>,
}

/// A module of a stored check whose file changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangedModule {
    /// The dotted module path.
    pub module: String,
    /// The hash of the file's bytes now.
    pub content: ContentHash,
}

/// A stored check for `key` whose every question gets the same answer now, else one whose
/// only changed answers are files of modules it could retype alone (see
/// [`Validation::changed`]); the newest such, of the last [`CHECKS_KEPT`].
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
    let mut probe = Memo::new(StoreProbe {
        cache,
        dirs: Default::default(),
    });
    let found = best(records, |r| validate(r, cwd, class_paths, &mut probe));

    found.map(|(record, questions, changed)| {
        let after = cache.counters();
        let v = Validation {
            questions,
            by_stat: after.stat_trusted - before.stat_trusted,
            read: after.hashed - before.hashed,
            changed,
        };
        (record, v)
    })
}

/// The first of `records` (newest first) that `validate` finds unchanged, else the first
/// with changes it can retype, else the newest record's miss (the last state of these
/// files).
pub fn best(
    records: Vec<CheckRecord>,
    mut validate: impl FnMut(&CheckRecord) -> Result<(u64, Vec<ChangedModule>), CheckMiss>,
) -> Result<(CheckRecord, u64, Vec<ChangedModule>), CheckMiss> {
    let mut first_miss = None;
    let mut retypable = None;
    for record in records {
        match validate(&record) {
            Ok((questions, changed)) if changed.is_empty() => {
                return Ok((record, questions, changed))
            }
            Ok((questions, changed)) => {
                if retypable.is_none() {
                    retypable = Some((record, questions, changed));
                }
            }
            Err(miss) => {
                first_miss.get_or_insert(miss);
            }
        }
    }
    retypable.ok_or_else(|| first_miss.unwrap_or(CheckMiss::NotCached))
}

/// How a validation asks the file system its questions.
pub trait Probe {
    /// Whether a path exists, as `Path::exists` says (following links).
    fn exists(&mut self, path: &Path) -> bool;
    /// The content hash of a file now (`None`: it cannot be read).
    fn content_hash(&mut self, path: &Path) -> Option<ContentHash>;

    /// Where the class paths find a module now (its name as shown and its real path), by
    /// asking [`Probe::exists`] in haxe's order; `None` when `module` is not a dotted path.
    fn find_module(&mut self, cwd: &Path, class_paths: &ClassPaths, module: &str) -> Found {
        let parts: Vec<&str> = module.split('.').collect();
        let (name, pack) = parts.split_last()?;
        let path = ModulePath {
            pack: pack.iter().map(|s| s.to_string()).collect(),
            name: name.to_string(),
        };
        Some(class_paths.find_module_with(cwd, &path, &mut |p: &Path| self.exists(p)))
    }
}

/// Where a module is found: its name as shown and its real path (`None`: nowhere); `None`
/// around it when the name is not a dotted path.
pub type Found = Option<Option<(String, std::path::PathBuf)>>;

/// A probe that asks each question once, for one set of class paths: the records of one key
/// ask mostly the same ones.
pub struct Memo<P> {
    inner: P,
    modules: std::collections::HashMap<String, Found>,
    hashes: std::collections::HashMap<std::path::PathBuf, Option<ContentHash>>,
}

impl<P: Probe> Memo<P> {
    pub fn new(inner: P) -> Memo<P> {
        Memo {
            inner,
            modules: Default::default(),
            hashes: Default::default(),
        }
    }
}

impl<P: Probe> Probe for Memo<P> {
    fn exists(&mut self, path: &Path) -> bool {
        self.inner.exists(path)
    }

    fn find_module(&mut self, cwd: &Path, class_paths: &ClassPaths, module: &str) -> Found {
        if let Some(found) = self.modules.get(module) {
            return found.clone();
        }
        let found = self.inner.find_module(cwd, class_paths, module);
        self.modules.insert(module.to_string(), found.clone());
        found
    }

    fn content_hash(&mut self, path: &Path) -> Option<ContentHash> {
        if let Some(h) = self.hashes.get(path) {
            return *h;
        }
        let h = self.inner.content_hash(path);
        self.hashes.insert(path.to_path_buf(), h);
        h
    }
}

/// The persistent store's stat index for files; directory listings, read once per run, for
/// whether a path exists (one `readdir` per directory instead of a `stat` per class path
/// and module). A listed name that `stat` would not find (a dangling link) can only turn an
/// answer into a miss: the file then cannot be hashed, or it "appeared".
struct StoreProbe<'a> {
    cache: &'a ParsedCache,
    dirs: std::collections::HashMap<std::path::PathBuf, Option<Listing>>,
}

/// The names in one directory.
type Listing = std::collections::HashSet<std::ffi::OsString>;

impl Probe for StoreProbe<'_> {
    fn exists(&mut self, path: &Path) -> bool {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return path.exists();
        };
        if let Some(listing) = self.dirs.get(dir) {
            return listing.as_ref().is_some_and(|names| names.contains(name));
        }
        let listing: Option<Listing> = std::fs::read_dir(dir)
            .ok()
            .map(|entries| entries.flatten().map(|e| e.file_name()).collect());
        let found = listing.as_ref().is_some_and(|names| names.contains(name));
        self.dirs.insert(dir.to_path_buf(), listing);
        found
    }

    fn content_hash(&mut self, path: &Path) -> Option<ContentHash> {
        self.cache.content_hash(path).ok()
    }
}

/// Asks a stored check's questions again through `probe`. Returns how many questions were
/// asked, and the modules whose files changed when the record can be reused by retyping
/// them (it kept their outlines); any other change is a miss.
pub fn validate(
    record: &CheckRecord,
    cwd: &Path,
    class_paths: &ClassPaths,
    probe: &mut dyn Probe,
) -> Result<(u64, Vec<ChangedModule>), CheckMiss> {
    let mut questions = 0;
    let mut changed = Vec::new();
    let outlined = |module: &str| {
        record
            .outlines
            .as_ref()
            .is_ok_and(|o| o.iter().any(|o| o.module == module))
    };
    for m in &record.modules {
        questions += 1;
        let found = probe
            .find_module(cwd, class_paths, &m.module)
            .ok_or(CheckMiss::Corrupt)?;
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
                    Some(h) if outlined(&m.module) => changed.push(ChangedModule {
                        module: m.module.clone(),
                        content: h,
                    }),
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
    Ok((questions, changed))
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
    same && store_validated(cache, key, record)
}

/// Stores a record whose files were all validated moments ago (a check reused after a
/// body-only edit): their hashes are what the answer holds for, and the stat index already
/// has them. Returns whether the record was written.
pub fn store_validated(cache: &ParsedCache, key: &CheckKey, record: &CheckRecord) -> bool {
    let Some(store) = cache.store() else {
        return false;
    };
    if !store.is_writable() {
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
