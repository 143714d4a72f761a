//! The sled database behind every cache client: opening it (with the lock, version and
//! corruption checks), reading records through the codec, and writing them in atomic batches.
//!
//! Layout: the database lives in `<cache dir>/db`. Its default tree holds one text value,
//! `hxs-store`, naming the format and hxs versions that wrote it. All records live in one
//! tree named `hxs-format-<N>`, keyed by a kind byte and the rest of the key (see
//! `records::RecordKind`), so one sled batch can write a file's every key atomically.
//!
//! Every failure turns into a miss or into an uncached run with one notice: a locked
//! database ([`CacheError::Locked`]), an unwritable directory, a corrupt database (dropped
//! and rebuilt), another format or hxs version (dropped), a corrupt value (removed).

use super::codec::{self, CodecError};
use super::records::{Counters, MissReason, RecordKind, RunRecord, RunsRecord, RUNS_KEPT};
use super::{CacheError, FORMAT_VERSION, HXS_VERSION};
use serde::{de::DeserializeOwned, Serialize};
use std::io::ErrorKind;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// The sub-directory of the cache directory that holds the sled database.
pub const DB_DIR: &str = "db";

/// The key, in sled's default tree, of the text naming who wrote the store.
const STORE_META_KEY: &[u8] = b"hxs-store";

/// The prefix of the records tree's name; the format version follows.
const TREE_PREFIX: &str = "hxs-format-";

/// Which layout and which hxs a store is opened as. Tests switch these to simulate a store
/// written by another version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreOptions {
    pub format_version: u32,
    pub hxs_version: String,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            format_version: FORMAT_VERSION,
            hxs_version: HXS_VERSION.to_string(),
        }
    }
}

/// A line for the user. Warnings are printed always; the others only under `-v`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub warning: bool,
    pub text: String,
}

impl Notice {
    pub fn warning(text: impl Into<String>) -> Notice {
        Notice {
            warning: true,
            text: text.into(),
        }
    }

    pub fn verbose(text: impl Into<String>) -> Notice {
        Notice {
            warning: false,
            text: text.into(),
        }
    }
}

/// What a read found.
#[derive(Debug)]
pub enum Fetched<T> {
    Found(T),
    Absent,
    /// A value was there but could not be read; it has been removed.
    Dropped,
}

/// An open store. Cloning is cheap and shares the database.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    canonical: PathBuf,
    db: sled::Db,
    tree: sled::Tree,
    opts: StoreOptions,
    reset: Option<MissReason>,
    notices: Mutex<Vec<Notice>>,
    /// Cleared after the first failed write: the rest of the run reads but does not write.
    writable: AtomicBool,
    dropped_values: AtomicU64,
    /// A warning was given already (at open or since).
    warned: AtomicBool,
    /// Something was written since the last flush.
    dirty: AtomicBool,
}

impl Drop for Inner {
    fn drop(&mut self) {
        if self.dirty.load(Ordering::SeqCst) {
            let _ = catch_unwind(AssertUnwindSafe(|| self.db.flush()));
        }
        CLOSED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(self.canonical.clone());
    }
}

/// Stores this process has closed. sled finishes some writes on background threads after
/// its handle is dropped, and those hold the file lock for a moment: reopening a store we
/// closed ourselves waits for them, where a store locked by another process fails at once.
static CLOSED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// How long a reopen waits for our own background writes to let go of the lock.
const REOPEN_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Stores opened by this process, so a second open of the same directory shares the first
/// handle instead of failing on sled's file lock (which is per open file, not per process).
static OPEN: Mutex<Vec<(PathBuf, Weak<Inner>)>> = Mutex::new(Vec::new());

enum OpenFailure {
    Locked,
    Unwritable(std::io::Error),
    Corrupt(String),
}

fn classify(e: sled::Error) -> OpenFailure {
    match e {
        sled::Error::Io(io) => {
            let text = io.to_string();
            if text.contains("could not acquire lock") || io.kind() == ErrorKind::WouldBlock {
                OpenFailure::Locked
            } else if matches!(
                io.kind(),
                ErrorKind::PermissionDenied
                    | ErrorKind::ReadOnlyFilesystem
                    | ErrorKind::StorageFull
            ) || io.raw_os_error() == Some(28)
                || io.raw_os_error() == Some(27)
            {
                OpenFailure::Unwritable(io)
            } else {
                OpenFailure::Corrupt(text)
            }
        }
        sled::Error::Corruption { .. } => OpenFailure::Corrupt("corrupted data".into()),
        other => OpenFailure::Corrupt(other.to_string()),
    }
}

fn open_db(path: &Path) -> Result<sled::Db, OpenFailure> {
    let config = sled::Config::new()
        .path(path)
        .mode(sled::Mode::LowSpace)
        .cache_capacity(64 << 20)
        .flush_every_ms(Some(1000));
    match catch_unwind(AssertUnwindSafe(|| config.open())) {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(e)) => Err(classify(e)),
        Err(_) => Err(OpenFailure::Corrupt("the database panicked on open".into())),
    }
}

/// A sled failure in words: an I/O error as the OS says it, corruption as such.
fn describe(e: &sled::Error) -> String {
    match e {
        sled::Error::Io(io) => io.to_string(),
        sled::Error::Corruption { .. } => "corrupted data".into(),
        other => other.to_string(),
    }
}

/// A store operation that failed: the disk (stop using the store) or the data (drop it).
#[derive(Debug)]
enum Fault {
    Io(String),
    Corrupt(String),
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fault::Io(s) | Fault::Corrupt(s) => f.write_str(s),
        }
    }
}

fn sled_text<T>(r: std::thread::Result<sled::Result<T>>) -> Result<T, Fault> {
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e @ sled::Error::Io(_))) => Err(Fault::Io(describe(&e))),
        Ok(Err(e)) => Err(Fault::Corrupt(describe(&e))),
        Err(_) => Err(Fault::Corrupt("the database panicked".into())),
    }
}

/// Whether `dir/db` looks like a sled database we created (so `clear` never deletes
/// anything else).
pub fn looks_like_db(db: &Path) -> bool {
    db.join("conf").is_file() || db.join("db").is_file()
}

/// Removes the database directory under `dir`; `Ok(false)` when there was none.
pub fn remove_db(dir: &Path) -> std::io::Result<bool> {
    let db = dir.join(DB_DIR);
    if !db.exists() {
        return Ok(false);
    }
    if !looks_like_db(&db) && std::fs::read_dir(&db)?.next().is_some() {
        return Err(std::io::Error::other(format!(
            "{} is not an hxs cache database",
            db.display()
        )));
    }
    std::fs::remove_dir_all(&db)?;
    Ok(true)
}

impl Store {
    /// Opens (or creates) the store in `dir` with this build's versions.
    pub fn open(dir: &Path) -> Result<Store, CacheError> {
        Store::open_with(dir, StoreOptions::default())
    }

    pub fn open_with(dir: &Path, opts: StoreOptions) -> Result<Store, CacheError> {
        let unwritable = |source| CacheError::Unwritable {
            dir: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(unwritable)?;
        let canonical = dir.canonicalize().map_err(unwritable)?;
        {
            let mut open = OPEN.lock().unwrap_or_else(|p| p.into_inner());
            open.retain(|(_, w)| w.strong_count() > 0);
            if let Some(inner) = open
                .iter()
                .find(|(d, _)| d == &canonical)
                .and_then(|(_, w)| w.upgrade())
            {
                if inner.opts == opts {
                    return Ok(Store { inner });
                }
                return Err(CacheError::Locked {
                    dir: dir.to_path_buf(),
                });
            }
        }
        let closed_here = CLOSED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(&canonical);
        let started = std::time::Instant::now();
        let mut inner = loop {
            match Store::open_fresh(dir, opts.clone()) {
                Err(CacheError::Locked { .. })
                    if closed_here && started.elapsed() < REOPEN_WAIT =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                other => break other?,
            }
        };
        inner.canonical = canonical.clone();
        let inner = Arc::new(inner);
        let mut open = OPEN.lock().unwrap_or_else(|p| p.into_inner());
        open.push((canonical, Arc::downgrade(&inner)));
        Ok(Store { inner })
    }

    fn open_fresh(dir: &Path, opts: StoreOptions) -> Result<Inner, CacheError> {
        let db_path = dir.join(DB_DIR);
        let mut notices = Vec::new();
        let mut reset = None;
        let fail = |f: OpenFailure, dir: &Path| match f {
            OpenFailure::Locked => CacheError::Locked {
                dir: dir.to_path_buf(),
            },
            OpenFailure::Unwritable(source) => CacheError::Unwritable {
                dir: dir.to_path_buf(),
                source,
            },
            OpenFailure::Corrupt(message) => CacheError::Broken {
                dir: dir.to_path_buf(),
                message,
            },
        };
        let db = match open_db(&db_path) {
            Ok(db) => db,
            Err(OpenFailure::Corrupt(message)) => {
                notices.push(Notice::warning(format!(
                    "warning: the hxs cache in {} was corrupt ({}); it was dropped and rebuilt",
                    dir.display(),
                    message
                )));
                reset = Some(MissReason::Corrupt);
                remove_db(dir).map_err(|source| CacheError::Unwritable {
                    dir: dir.to_path_buf(),
                    source,
                })?;
                open_db(&db_path).map_err(|f| fail(f, dir))?
            }
            Err(f) => return Err(fail(f, dir)),
        };
        let warned = !notices.is_empty();
        match Store::check_versions(&db, &opts) {
            Ok((tree, why)) => {
                if let (Some(why), false) = (why, warned) {
                    reset = reset.or(Some(why));
                    notices.push(Notice::warning(format!(
                        "warning: the hxs cache in {} was written by {}; it was dropped and rebuilt",
                        dir.display(),
                        match why {
                            MissReason::FormatChanged => "another cache format",
                            _ => "another hxs version",
                        }
                    )));
                }
                Ok(Inner {
                    canonical: PathBuf::new(),
                    dir: dir.to_path_buf(),
                    db,
                    tree,
                    opts,
                    reset,
                    warned: AtomicBool::new(!notices.is_empty()),
                    notices: Mutex::new(notices),
                    writable: AtomicBool::new(true),
                    dropped_values: AtomicU64::new(0),
                    dirty: AtomicBool::new(false),
                })
            }
            Err(Fault::Io(message)) => Err(CacheError::Unwritable {
                dir: dir.to_path_buf(),
                source: std::io::Error::other(message),
            }),
            Err(Fault::Corrupt(message)) => {
                // The database opened but its trees cannot be read: start over once.
                drop(db);
                remove_db(dir).map_err(|source| CacheError::Unwritable {
                    dir: dir.to_path_buf(),
                    source,
                })?;
                let db = open_db(&db_path).map_err(|f| fail(f, dir))?;
                let (tree, _) =
                    Store::check_versions(&db, &opts).map_err(|f| CacheError::Broken {
                        dir: dir.to_path_buf(),
                        message: f.to_string(),
                    })?;
                notices.push(Notice::warning(format!(
                    "warning: the hxs cache in {} was corrupt ({}); it was dropped and rebuilt",
                    dir.display(),
                    message
                )));
                Ok(Inner {
                    canonical: PathBuf::new(),
                    dir: dir.to_path_buf(),
                    db,
                    tree,
                    opts,
                    reset: Some(MissReason::Corrupt),
                    warned: AtomicBool::new(!notices.is_empty()),
                    notices: Mutex::new(notices),
                    writable: AtomicBool::new(true),
                    dropped_values: AtomicU64::new(0),
                    dirty: AtomicBool::new(false),
                })
            }
        }
    }

    /// Drops the trees of other format versions and, if another hxs version wrote the store,
    /// our own tree's contents. Returns the records tree and why it was emptied.
    fn check_versions(
        db: &sled::Db,
        opts: &StoreOptions,
    ) -> Result<(sled::Tree, Option<MissReason>), Fault> {
        let ours = format!("{}{}", TREE_PREFIX, opts.format_version);
        let stamp = format!("format={}\nhxs={}\n", opts.format_version, opts.hxs_version);
        let mut why = None;
        let names = sled_text(catch_unwind(AssertUnwindSafe(|| Ok(db.tree_names()))))?;
        for name in names {
            if name.starts_with(TREE_PREFIX.as_bytes()) && name.as_ref() != ours.as_bytes() {
                sled_text(catch_unwind(AssertUnwindSafe(|| db.drop_tree(&name))))?;
                why = Some(MissReason::FormatChanged);
            }
        }
        let tree = sled_text(catch_unwind(AssertUnwindSafe(|| db.open_tree(&ours))))?;
        let old = sled_text(catch_unwind(AssertUnwindSafe(|| db.get(STORE_META_KEY))))?;
        let same = old.as_deref() == Some(stamp.as_bytes());
        if !same {
            let old_format = old.as_deref().map(|o| {
                String::from_utf8_lossy(o)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string()
            });
            let tree_empty = tree.is_empty();
            if !tree_empty {
                sled_text(catch_unwind(AssertUnwindSafe(|| tree.clear())))?;
                if why.is_none() {
                    why = Some(
                        if old_format.as_deref()
                            == Some(format!("format={}", opts.format_version).as_str())
                        {
                            MissReason::VersionChanged
                        } else {
                            MissReason::FormatChanged
                        },
                    );
                }
            } else if why.is_none() {
                if let Some(f) = &old_format {
                    why = Some(if f == &format!("format={}", opts.format_version) {
                        MissReason::VersionChanged
                    } else {
                        MissReason::FormatChanged
                    });
                }
            }
            sled_text(catch_unwind(AssertUnwindSafe(|| {
                db.insert(STORE_META_KEY, stamp.as_bytes())
            })))?;
            // Rare (a new or reset store), and it must outlive a run that writes nothing else.
            sled_text(catch_unwind(AssertUnwindSafe(|| db.flush())))?;
        }
        Ok((tree, why))
    }

    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    pub fn options(&self) -> &StoreOptions {
        &self.inner.opts
    }

    pub fn format_version(&self) -> u32 {
        self.inner.opts.format_version
    }

    pub fn hxs_version(&self) -> &str {
        &self.inner.opts.hxs_version
    }

    /// Why the store was emptied when it was opened (another version, corruption), if it was.
    pub fn reset_reason(&self) -> Option<MissReason> {
        self.inner.reset
    }

    /// Takes the notices gathered so far (each is printed once).
    pub fn take_notices(&self) -> Vec<Notice> {
        let mut n = self.inner.notices.lock().unwrap_or_else(|p| p.into_inner());
        std::mem::take(&mut *n)
    }

    /// Adds a notice; a store gives at most one warning per run (the first one).
    fn notice(&self, n: Notice) {
        let mut all = self.inner.notices.lock().unwrap_or_else(|p| p.into_inner());
        if n.warning && self.inner.warned.swap(true, Ordering::SeqCst) {
            return;
        }
        all.push(n);
    }

    fn write_failed(&self, what: &str) {
        if self.inner.writable.swap(false, Ordering::SeqCst) {
            self.notice(Notice::warning(format!(
                "warning: the hxs cache in {} cannot be written ({}); continuing without storing results",
                self.inner.dir.display(),
                what
            )));
        }
    }

    /// Whether writes still go through (false after a failed write).
    pub fn is_writable(&self) -> bool {
        self.inner.writable.load(Ordering::SeqCst)
    }

    /// Reads and decodes a record; a value that does not decode is removed.
    pub fn get<T: DeserializeOwned>(&self, kind: RecordKind, key: &[u8]) -> Fetched<T> {
        let full = kind.key(key);
        let raw = match sled_text(catch_unwind(AssertUnwindSafe(|| {
            self.inner.tree.get(&full)
        }))) {
            Ok(Some(v)) => v,
            Ok(None) => return Fetched::Absent,
            Err(Fault::Io(e)) => {
                self.write_failed(&e.to_string());
                return Fetched::Absent;
            }
            Err(Fault::Corrupt(e)) => {
                self.note_corrupt(&format!("read failed: {}", e));
                return Fetched::Dropped;
            }
        };
        match codec::decode::<T>(self.inner.opts.format_version, kind, &raw) {
            Ok(v) => Fetched::Found(v),
            Err(e) => {
                self.drop_value(&full, &e);
                Fetched::Dropped
            }
        }
    }

    fn note_corrupt(&self, what: &str) {
        if self.inner.dropped_values.fetch_add(1, Ordering::SeqCst) == 0 {
            self.notice(Notice::warning(format!(
                "warning: the hxs cache in {} held a corrupt entry ({}); it was dropped",
                self.inner.dir.display(),
                what
            )));
        }
    }

    fn drop_value(&self, full_key: &[u8], e: &CodecError) {
        self.note_corrupt(&e.to_string());
        if self.is_writable() {
            self.inner.dirty.store(true, Ordering::SeqCst);
            let r = sled_text(catch_unwind(AssertUnwindSafe(|| {
                self.inner.tree.remove(full_key)
            })));
            if let Err(e) = r {
                self.write_failed(&e.to_string());
            }
        }
    }

    /// How many corrupt values this run dropped.
    pub fn dropped_values(&self) -> u64 {
        self.inner.dropped_values.load(Ordering::SeqCst)
    }

    /// Writes all `entries` atomically (one sled batch). `None` removes a key. Returns false
    /// (after one warning) when the store cannot be written.
    pub fn write(&self, entries: Vec<(RecordKind, Vec<u8>, Option<Vec<u8>>)>) -> bool {
        if !self.is_writable() {
            return false;
        }
        let mut batch = sled::Batch::default();
        for (kind, key, value) in entries {
            match value {
                Some(v) => batch.insert(kind.key(&key), v),
                None => batch.remove(kind.key(&key)),
            }
        }
        self.inner.dirty.store(true, Ordering::SeqCst);
        match sled_text(catch_unwind(AssertUnwindSafe(|| {
            self.inner.tree.apply_batch(batch)
        }))) {
            Ok(()) => true,
            Err(e) => {
                self.write_failed(&e.to_string());
                false
            }
        }
    }

    /// Encodes a record for [`Store::write`].
    pub fn encode<T: Serialize>(&self, kind: RecordKind, value: &T) -> Option<Vec<u8>> {
        codec::encode(self.inner.opts.format_version, kind, value).ok()
    }

    /// All keys (without the kind byte) and raw values of one kind.
    pub fn scan_kind(&self, kind: RecordKind) -> Vec<(Vec<u8>, Vec<u8>)> {
        let mut out = Vec::new();
        let r = catch_unwind(AssertUnwindSafe(|| {
            for item in self.inner.tree.scan_prefix([kind as u8]) {
                match item {
                    Ok((k, v)) => out.push((k[1..].to_vec(), v.to_vec())),
                    Err(e) => return Err(e),
                }
            }
            Ok(())
        }));
        match sled_text(r) {
            Ok(()) => {}
            Err(Fault::Io(e)) => self.write_failed(&e),
            Err(Fault::Corrupt(e)) => self.note_corrupt(&format!("scan failed: {}", e)),
        }
        out
    }

    /// Number of entries and their total value bytes, per kind.
    pub fn entry_counts(&self) -> Vec<(RecordKind, u64, u64)> {
        RecordKind::ALL
            .iter()
            .map(|&k| {
                let entries = self.scan_kind(k);
                let bytes = entries
                    .iter()
                    .map(|(k, v)| (k.len() + v.len()) as u64)
                    .sum();
                (k, entries.len() as u64, bytes)
            })
            .collect()
    }

    /// Empties the store.
    pub fn clear(&self) -> bool {
        self.inner.dirty.store(true, Ordering::SeqCst);
        match sled_text(catch_unwind(AssertUnwindSafe(|| self.inner.tree.clear()))) {
            Ok(()) => true,
            Err(e) => {
                self.write_failed(&e.to_string());
                false
            }
        }
    }

    /// Makes everything written so far durable.
    pub fn flush(&self) -> bool {
        if !self.is_writable() {
            return false;
        }
        match sled_text(catch_unwind(AssertUnwindSafe(|| self.inner.db.flush()))) {
            Ok(_) => {
                self.inner.dirty.store(false, Ordering::SeqCst);
                true
            }
            Err(e) => {
                self.write_failed(&e.to_string());
                false
            }
        }
    }

    /// Bytes the cache directory takes on disk.
    pub fn disk_bytes(&self) -> u64 {
        disk_bytes(&self.inner.dir)
    }

    /// The last runs, oldest first.
    pub fn runs(&self) -> Vec<RunRecord> {
        read_runs(&self.inner.dir)
    }

    /// Remembers a run's counters for `hxs cache stats`, then makes the run's writes durable.
    pub fn record_run(&self, label: &str, counters: &Counters) {
        append_run(&self.inner.dir, label, counters);
        if self.inner.dirty.load(Ordering::SeqCst) {
            self.flush();
        }
    }
}

/// The file, in the cache directory, that remembers the last runs. It lives outside the
/// database so that recording a run that only read costs no database write, and so that
/// `hxs cache stats` can show it while a daemon holds the database.
pub const RUNS_FILE: &str = "runs";

/// The last runs recorded in `dir`, oldest first (none if the file is missing or corrupt).
pub fn read_runs(dir: &Path) -> Vec<RunRecord> {
    std::fs::read(dir.join(RUNS_FILE))
        .ok()
        .and_then(|b| codec::decode::<RunsRecord>(FORMAT_VERSION, RecordKind::Meta, &b).ok())
        .map(|r| r.runs)
        .unwrap_or_default()
}

/// Appends a run to the runs file (written to a temporary file and renamed: a reader sees
/// the old list or the new one). Failures are ignored: this is bookkeeping.
pub fn append_run(dir: &Path, label: &str, counters: &Counters) {
    let mut runs = read_runs(dir);
    runs.push(RunRecord {
        finished_at: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0),
        label: label.to_string(),
        counters: counters.clone(),
    });
    if runs.len() > RUNS_KEPT {
        let extra = runs.len() - RUNS_KEPT;
        runs.drain(..extra);
    }
    if let Ok(bytes) = codec::encode(FORMAT_VERSION, RecordKind::Meta, &RunsRecord { runs }) {
        let tmp = dir.join(format!("{}.{}.tmp", RUNS_FILE, std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok()
            && std::fs::rename(&tmp, dir.join(RUNS_FILE)).is_err()
        {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Total size of the files under `dir`.
pub fn disk_bytes(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}
