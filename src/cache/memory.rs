//! What the compilation server keeps in memory between requests: module files (their text,
//! content hash and parses), whole `--no-output` checks, and the persistent stores it has
//! opened, and directory listings. The daemon owns one [`MemoryCache`]; each request's builds
//! see it through the typer's source hook (`sema::sources`), through `build::run_in_server`,
//! and, for module lookups, through [`LookupProbe`] (`project::classpath::with_exists`).
//!
//! A file is validated on every use the way the persistent cache validates it (`files.rs`):
//! its `stat` (size, mtime, ctime, inode, device) is trusted only when it equals the one taken
//! when the bytes were hashed and the file had been left alone for [`files::RACY_NS`] then;
//! otherwise the file is read and hashed again. A parse is reused only for the same bytes and
//! the same values of the defines its `#if`s read (the rule and [`DefineValues`] of
//! `parsed.rs`). A check is replayed only when every file-system question it asked gets the
//! same answer now (`checked.rs`), validated against the same in-memory stat index. A
//! directory listing is trusted under the same rule, applied to the directory's `stat`
//! (adding, removing or renaming an entry changes it), and only to say which names exist.
//!
//! Memory is bounded: a file's text and parses are weighed by the text's length (a parse
//! takes about [`PARSE_COST`] times it) and the least recently used are dropped past
//! [`Limits::parse_bytes`], keeping only the file's identity (stat and hash, a hundred bytes,
//! which is what validating a kept check needs); at most [`Limits::files`] identities and
//! [`Limits::checks`] check keys are kept; a file that can no longer be `stat`ed is dropped
//! when it is next asked for.

use super::checked::CheckKey;
use super::files::{self, now_ns, trusted};
use super::keys::{ContentHash, DefineValues};
use super::records::{CheckRecord, FileStat, CHECKS_KEPT};
use super::store::Store;
use crate::sema::sources::{ParsedSource, SourceCache, SourceRead};
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::SourceFile;
use std::cell::Cell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// How many define-value sets are kept per file content (as `parsed.rs` keeps on disk).
const MAX_VARIANTS: usize = 16;

/// The memory a parse takes, in multiples of its text's length (measured on a generated
/// 1,000-module project: 56 MB of trees for 3.1 MB of text).
pub const PARSE_COST: usize = 18;

/// How much the server keeps.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The memory the kept texts and parses may take, as estimated with [`PARSE_COST`].
    /// The default keeps about 1.7 MB of source parsed: the files display queries come back
    /// to (the std's and the project's most used) stay, a whole large project does not.
    pub parse_bytes: usize,
    /// Files whose identity (stat and hash) is kept.
    pub files: usize,
    /// Check keys (class paths, defines, roots) kept, each with its last checks.
    pub checks: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            parse_bytes: 32 << 20,
            files: 200_000,
            checks: 16,
        }
    }
}

/// One file as last read.
struct FileEntry {
    stat: FileStat,
    hashed_at_ns: i128,
    content: ContentHash,
    /// The text, or haxe's message when the bytes are not UTF-8; `None` once dropped to save
    /// memory (it is read again when needed).
    text: Option<Result<Arc<str>, String>>,
    /// Parses of this text, each with the values of the defines it read.
    parses: Vec<(DefineValues, Arc<ParsedSource>)>,
    /// When it was last used (a counter, for dropping the least recently used).
    used: u64,
}

impl FileEntry {
    fn weight(&self) -> usize {
        let len = match &self.text {
            Some(Ok(t)) => t.len(),
            _ => 0,
        };
        len * (1 + PARSE_COST * self.parses.len())
    }
}

#[derive(Default)]
struct FileTable {
    entries: HashMap<PathBuf, FileEntry>,
    tick: u64,
    weight: usize,
}

impl FileTable {
    fn touch(&mut self) -> u64 {
        self.tick += 1;
        self.tick
    }

    fn remove(&mut self, path: &Path) {
        if let Some(e) = self.entries.remove(path) {
            self.weight -= e.weight();
        }
    }

    fn insert(&mut self, path: PathBuf, entry: FileEntry) {
        self.remove(&path);
        self.weight += entry.weight();
        self.entries.insert(path, entry);
    }

    /// Drops the texts and parses of the least recently used files until they fit in
    /// `limits.parse_bytes`, and the least recently used identities past `limits.files`.
    fn trim(&mut self, limits: &Limits) {
        if self.weight <= limits.parse_bytes && self.entries.len() <= limits.files {
            return;
        }
        let mut by_age: Vec<(u64, PathBuf)> = self
            .entries
            .iter()
            .map(|(p, e)| (e.used, p.clone()))
            .collect();
        by_age.sort_unstable();
        let extra = self.entries.len().saturating_sub(limits.files);
        for (_, p) in &by_age[..extra] {
            self.remove(p);
            count(|c| c.evicted += 1);
        }
        for (_, p) in &by_age[extra..] {
            if self.weight <= limits.parse_bytes {
                break;
            }
            if let Some(e) = self.entries.get_mut(p) {
                let w = e.weight();
                if w > 0 {
                    e.text = None;
                    e.parses.clear();
                    self.weight -= w;
                    count(|c| c.evicted += 1);
                }
            }
        }
    }
}

/// Checks kept per key, newest first, and when each key was last used.
#[derive(Default)]
struct CheckTable {
    entries: HashMap<CheckKey, (u64, Vec<CheckRecord>)>,
    tick: u64,
}

/// A directory's entries, each with whether it is a file or a directory that is no link (which
/// exists as long as the listing holds); links may point nowhere.
type Names = Arc<HashMap<std::ffi::OsString, bool>>;

/// A directory's entry names, listed after its `stat` was taken.
struct Listing {
    stat: FileStat,
    listed_at_ns: i128,
    names: Names,
}

/// What is known of a directory.
#[derive(Clone)]
enum DirState {
    /// Not a directory, or nothing there.
    Missing,
    Names(Names),
    /// It could not be listed.
    Unknown,
}

/// The server's memory. Shared by every request; each lock is held only for table lookups
/// and updates, never while a file is read or parsed.
pub struct MemoryCache {
    files: Mutex<FileTable>,
    checks: Mutex<CheckTable>,
    /// Directory listings (class-path directories), validated by the directory's `stat`:
    /// adding, removing or renaming an entry changes the directory's mtime.
    dirs: Mutex<HashMap<PathBuf, Listing>>,
    stores: Mutex<HashMap<PathBuf, Store>>,
    /// The daemon's own cache directory, for requests that name none.
    default_store: Option<PathBuf>,
    limits: Limits,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// What one request's builds got from the memory, for the daemon's `-v` log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RequestCounters {
    /// Module files parsed now (new, edited, or under other define values).
    pub parsed: u64,
    /// Module files whose parse was kept from an earlier request.
    pub reused: u64,
    /// Files known by their unchanged `stat`.
    pub by_stat: u64,
    /// Files read and hashed (new, changed `stat`, or too recently written to trust it).
    pub hashed: u64,
    /// Files dropped to stay within the limits, or because they vanished.
    pub evicted: u64,
}

thread_local! {
    static COUNTERS: Cell<RequestCounters> = const { Cell::new(RequestCounters {
        parsed: 0, reused: 0, by_stat: 0, hashed: 0, evicted: 0,
    }) };
    static REPORT: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn count(f: impl FnOnce(&mut RequestCounters)) {
    COUNTERS.with(|c| {
        let mut v = c.get();
        f(&mut v);
        c.set(v);
    });
}

/// Starts counting a new build on this thread.
pub fn reset_counters() {
    COUNTERS.with(|c| c.set(RequestCounters::default()));
}

/// What this thread's build got from the memory so far.
pub fn counters() -> RequestCounters {
    COUNTERS.with(|c| c.get())
}

/// Adds a line to this thread's report for the daemon's `-v` log.
pub fn report(line: String) {
    REPORT.with(|r| r.borrow_mut().push(line));
}

/// Takes this thread's report lines.
pub fn take_report() -> Vec<String> {
    REPORT.with(|r| std::mem::take(&mut *r.borrow_mut()))
}

impl RequestCounters {
    /// The daemon's `-v` line for one build.
    pub fn line(&self, millis: f64) -> String {
        format!(
            "hxs memory: {} files parsed, {} reused; {} validated by stat, {} read and hashed; \
             {} dropped; {:.1} ms",
            self.parsed, self.reused, self.by_stat, self.hashed, self.evicted, millis
        )
    }
}

impl Default for MemoryCache {
    fn default() -> MemoryCache {
        MemoryCache::new(Limits::default())
    }
}

impl MemoryCache {
    pub fn new(limits: Limits) -> MemoryCache {
        MemoryCache {
            files: Mutex::new(FileTable::default()),
            checks: Mutex::new(CheckTable::default()),
            dirs: Mutex::new(HashMap::new()),
            stores: Mutex::new(HashMap::new()),
            default_store: None,
            limits,
        }
    }

    /// How many files and check keys are kept, and the files' weight (for tests and `-v`).
    pub fn sizes(&self) -> (usize, usize, usize) {
        let f = lock(&self.files);
        let c = lock(&self.checks);
        (f.entries.len(), f.weight, c.entries.len())
    }

    /// The content hash of the file at `path` now: from the kept `stat` when it is trusted,
    /// else by reading the file (which refreshes the entry). `Err` when it cannot be read;
    /// its entry is then dropped.
    pub fn content_hash(&self, path: &Path) -> std::io::Result<ContentHash> {
        self.identify(path, false)
    }

    /// The content hash of a file, refreshing its entry when it had to be read; with
    /// `need_text`, the entry also holds the file's text afterwards (unless the file changed
    /// again meanwhile).
    fn identify(&self, path: &Path, need_text: bool) -> std::io::Result<ContentHash> {
        let st = match files::stat(path) {
            Ok(st) => st,
            Err(e) => {
                let mut t = lock(&self.files);
                if t.entries.contains_key(path) {
                    t.remove(path);
                    count(|c| c.evicted += 1);
                }
                return Err(e);
            }
        };
        {
            let mut t = lock(&self.files);
            let tick = t.touch();
            if let Some(e) = t.entries.get_mut(path) {
                if trusted(&e.stat, e.hashed_at_ns, &st) && (e.text.is_some() || !need_text) {
                    e.used = tick;
                    count(|c| c.by_stat += 1);
                    return Ok(e.content);
                }
            }
        }
        let hashed_at_ns = now_ns();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                lock(&self.files).remove(path);
                return Err(e);
            }
        };
        count(|c| c.hashed += 1);
        // The stat taken after the read goes with these bytes (see `files::identify`).
        let st_after = files::stat(path).unwrap_or(st);
        let content = ContentHash::of(&bytes);
        let text = || {
            crate::syntax::decode(bytes)
                .map(Arc::from)
                .map_err(|e| e.message)
        };
        let mut t = lock(&self.files);
        let tick = t.touch();
        match t.entries.get_mut(path) {
            Some(e) if e.content == content => {
                e.stat = st_after;
                e.hashed_at_ns = hashed_at_ns;
                e.used = tick;
                if e.text.is_none() {
                    e.text = Some(text());
                    let w = e.weight();
                    t.weight += w;
                }
            }
            _ => {
                t.insert(
                    path.to_path_buf(),
                    FileEntry {
                        stat: st_after,
                        hashed_at_ns,
                        content,
                        text: Some(text()),
                        parses: Vec::new(),
                        used: tick,
                    },
                );
            }
        }
        t.trim(&self.limits);
        Ok(content)
    }

    /// A directory's entry names from a kept listing when the directory's `stat` allows, else
    /// listed now and kept.
    fn listing(&self, dir: &Path) -> DirState {
        self.listing_when(dir, false)
    }

    /// [`Self::listing`]; with `settled_only`, a directory changed so recently that a listing
    /// taken now could not be trusted later is not listed ([`DirState::Unknown`]), so that a
    /// directory being written to does not cost a listing per lookup.
    fn listing_when(&self, dir: &Path, settled_only: bool) -> DirState {
        let Ok(meta) = std::fs::metadata(dir) else {
            return DirState::Missing;
        };
        if !meta.is_dir() {
            return DirState::Missing;
        }
        let st = files::stat_of(&meta);
        {
            let dirs = lock(&self.dirs);
            if let Some(l) = dirs.get(dir) {
                if trusted(&l.stat, l.listed_at_ns, &st) {
                    return DirState::Names(l.names.clone());
                }
            }
        }
        // Listed after the stat: an entry added meanwhile changes the mtime, so the next
        // stat differs and the directory is listed again.
        let listed_at_ns = now_ns();
        if settled_only && listed_at_ns < st.mtime_ns.max(st.ctime_ns) + files::RACY_NS {
            return DirState::Unknown;
        }
        let Ok(read) = std::fs::read_dir(dir) else {
            return DirState::Unknown;
        };
        // Entries of a directory that cannot be searched cannot be `stat`ed: none is known to
        // exist then.
        let searchable = std::fs::metadata(dir.join(".")).is_ok();
        let mut names = HashMap::new();
        for entry in read {
            match entry {
                Ok(e) => {
                    let plain =
                        searchable && e.file_type().is_ok_and(|t| t.is_file() || t.is_dir());
                    names.insert(e.file_name(), plain);
                }
                Err(_) => return DirState::Unknown,
            }
        }
        let names = Arc::new(names);
        let mut dirs = lock(&self.dirs);
        if dirs.len() >= self.limits.files {
            dirs.clear();
        }
        dirs.insert(
            dir.to_path_buf(),
            Listing {
                stat: st,
                listed_at_ns,
                names: names.clone(),
            },
        );
        DirState::Names(names)
    }

    /// A probe for validating kept checks: one `stat` per directory and per file read.
    pub fn probe(&self) -> MemoryProbe<'_> {
        MemoryProbe {
            memory: self,
            dirs: HashMap::new(),
        }
    }

    /// Kept checks for `key`, newest first.
    pub fn checks(&self, key: &CheckKey) -> Vec<CheckRecord> {
        let mut t = lock(&self.checks);
        t.tick += 1;
        let tick = t.tick;
        match t.entries.get_mut(key) {
            Some((used, records)) => {
                *used = tick;
                records.clone()
            }
            None => Vec::new(),
        }
    }

    /// Keeps a check that ran (or was replayed from the store) under `key`.
    pub fn keep_check(&self, key: &CheckKey, record: &CheckRecord) {
        let mut t = lock(&self.checks);
        t.tick += 1;
        let tick = t.tick;
        let (used, records) = t.entries.entry(*key).or_default();
        *used = tick;
        records.retain(|r| r.modules != record.modules || r.import_files != record.import_files);
        records.insert(0, record.clone());
        records.truncate(CHECKS_KEPT);
        while t.entries.len() > self.limits.checks.max(1) {
            let oldest = t
                .entries
                .iter()
                .min_by_key(|(_, (u, _))| *u)
                .map(|(k, _)| *k);
            match oldest {
                Some(k) => {
                    t.entries.remove(&k);
                }
                None => break,
            }
        }
    }

    /// Makes `dir` the cache directory of requests that name none, and opens its store now,
    /// so that the first check after a restart is replayed from it at once. A store that
    /// cannot be opened is tried again (and reported) by the first check that needs it.
    pub fn with_default_store(mut self, dir: PathBuf) -> MemoryCache {
        let _ = self.store(&dir);
        self.default_store = Some(dir);
        self
    }

    /// The daemon's own cache directory.
    pub fn default_store_dir(&self) -> Option<&Path> {
        self.default_store.as_deref()
    }

    /// The persistent store in `dir`, opened once and kept open for the daemon's life (a
    /// one-shot run meanwhile finds it held, and runs without it, as documented).
    pub fn store(&self, dir: &Path) -> Result<Store, super::CacheError> {
        let mut stores = lock(&self.stores);
        if let Some(s) = stores.get(dir) {
            return Ok(s.clone());
        }
        let s = Store::open(dir)?;
        stores.insert(dir.to_path_buf(), s.clone());
        Ok(s)
    }
}

/// Validation of kept checks against the memory's stat index and directory listings. Each
/// directory is asked about once per validation, so that the thousands of module lookups a
/// check made (most of them for modules that do not exist in one class path or another) cost
/// one `stat` per directory, and each file read one `stat`.
pub struct MemoryProbe<'a> {
    memory: &'a MemoryCache,
    dirs: HashMap<PathBuf, DirState>,
}

impl super::checked::Probe for MemoryProbe<'_> {
    /// As `Path::exists`: a name missing from its directory's listing does not exist; a
    /// listed one is asked about (it may be a link that points nowhere).
    fn exists(&mut self, path: &Path) -> bool {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return path.exists();
        };
        let state = match self.dirs.get(dir) {
            Some(s) => s.clone(),
            None => {
                let s = self.memory.listing(dir);
                self.dirs.insert(dir.to_path_buf(), s.clone());
                s
            }
        };
        match state {
            DirState::Missing => false,
            DirState::Names(names) if !names.contains_key(name) => false,
            DirState::Names(_) | DirState::Unknown => path.exists(),
        }
    }

    fn content_hash(&mut self, path: &Path) -> Option<ContentHash> {
        self.memory.content_hash(path).ok()
    }
}

/// The compilation server's answer to module lookups (`classpath::with_exists`) for one
/// build: a name missing from its directory's kept listing does not exist, which costs one
/// `stat` of the directory per build instead of one per candidate; a listed file or
/// directory exists; a listed link is asked about (it may point nowhere). A listing is trusted under the stat rule of
/// files (the directory's `stat` unchanged, and taken two seconds after its last change);
/// a directory changed more recently is not listed, and its candidates are asked about.
pub struct LookupProbe {
    memory: Arc<MemoryCache>,
    dirs: HashMap<PathBuf, DirState>,
}

impl LookupProbe {
    pub fn new(memory: Arc<MemoryCache>) -> LookupProbe {
        LookupProbe {
            memory,
            dirs: HashMap::new(),
        }
    }

    /// As `Path::exists`.
    pub fn exists(&mut self, path: &Path) -> bool {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return path.exists();
        };
        if dir.as_os_str().is_empty() {
            return path.exists();
        }
        let state = match self.dirs.get(dir) {
            Some(s) => s.clone(),
            None => {
                let s = self.memory.listing_when(dir, true);
                self.dirs.insert(dir.to_path_buf(), s.clone());
                s
            }
        };
        match state {
            DirState::Missing => false,
            DirState::Names(names) => match names.get(name) {
                None => false,
                Some(true) => true,
                Some(false) => path.exists(),
            },
            DirState::Unknown => path.exists(),
        }
    }
}

impl SourceCache for MemoryCache {
    fn load(
        &self,
        real: &Path,
        shown: &str,
        defines: &dyn DefineLookup,
    ) -> std::io::Result<SourceRead> {
        let content = self.identify(real, true)?;
        let text = {
            let mut t = lock(&self.files);
            let tick = t.touch();
            let kept = t.entries.get_mut(real).filter(|e| e.content == content);
            let Some((e, Some(text))) = kept.map(|e| {
                let text = e.text.clone();
                (e, text)
            }) else {
                // Changed again since it was identified, or dropped meanwhile: read it as it
                // is now.
                drop(t);
                return self.load_uncached(real, shown, defines);
            };
            e.used = tick;
            let text = match text {
                Ok(t) => t,
                Err(message) => {
                    return Ok(SourceRead {
                        hash: content.0,
                        parse: Err(message.clone()),
                    })
                }
            };
            if let Some((_, p)) = e.parses.iter().find(|(v, _)| v.still_hold(defines)) {
                count(|c| c.reused += 1);
                crate::sema::stats::module_reused();
                let parsed = if p.file.path == shown {
                    p.clone()
                } else {
                    Arc::new(ParsedSource {
                        file: Arc::new(SourceFile::new(shown, p.file.text.clone())),
                        module: p.module.clone(),
                        error: p.error.clone(),
                    })
                };
                return Ok(SourceRead {
                    hash: content.0,
                    parse: Ok(parsed),
                });
            }
            text
        };
        count(|c| c.parsed += 1);
        crate::sema::stats::module_parsed();
        let parsed = crate::syntax::parse(&text, defines);
        let values = DefineValues::current(&parsed.defines_read, defines);
        let source = Arc::new(ParsedSource {
            file: Arc::new(SourceFile::new(shown, text)),
            module: Arc::new(parsed.module),
            error: parsed.error,
        });
        let mut t = lock(&self.files);
        if let Some(e) = t.entries.get_mut(real).filter(|e| e.content == content) {
            let before = e.weight();
            e.parses.retain(|(v, _)| v != &values);
            e.parses.push((values, source.clone()));
            if e.parses.len() > MAX_VARIANTS {
                e.parses.remove(0);
            }
            let after = e.weight();
            t.weight = t.weight - before + after;
            t.trim(&self.limits);
        }
        Ok(SourceRead {
            hash: content.0,
            parse: Ok(source),
        })
    }
}

impl MemoryCache {
    /// Reads and parses a file without keeping anything (a file that changes while it is
    /// being read).
    fn load_uncached(
        &self,
        real: &Path,
        shown: &str,
        defines: &dyn DefineLookup,
    ) -> std::io::Result<SourceRead> {
        let bytes = std::fs::read(real)?;
        let hash = *blake3::hash(&bytes).as_bytes();
        count(|c| c.parsed += 1);
        crate::sema::stats::module_parsed();
        let parse = crate::syntax::decode(bytes)
            .map(|text| {
                let parsed = crate::syntax::parse(&text, defines);
                Arc::new(ParsedSource {
                    file: Arc::new(SourceFile::new(shown, text)),
                    module: Arc::new(parsed.module),
                    error: parsed.error,
                })
            })
            .map_err(|e| e.message);
        Ok(SourceRead { hash, parse })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::defines::Defines;

    #[test]
    fn a_parse_is_reused_until_the_bytes_or_the_defines_it_read_change() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("A.hx");
        std::fs::write(&path, "class A { #if foo var x:Int; #end }\n").expect("write");
        let m = MemoryCache::default();
        let mut d = Defines::default();
        reset_counters();
        let a = m.load(&path, "A.hx", &d).expect("load");
        let b = m.load(&path, "A.hx", &d).expect("load");
        let (pa, pb) = (a.parse.expect("utf-8"), b.parse.expect("utf-8"));
        assert!(Arc::ptr_eq(&pa, &pb));
        assert_eq!(counters().parsed, 1);
        assert_eq!(counters().reused, 1);
        d.define_value("foo", "1");
        let c = m.load(&path, "A.hx", &d).expect("load");
        assert!(!Arc::ptr_eq(&pa, &c.parse.expect("utf-8")));
        assert_eq!(counters().parsed, 2);
        // Same length, new bytes, written just now: the stat is not trusted, the bytes are.
        std::fs::write(&path, "class B { #if foo var y:Int; #end }\n").expect("write");
        let e = m.load(&path, "A.hx", &d).expect("load");
        assert_ne!(e.hash, a.hash);
        let e = e.parse.expect("utf-8");
        assert_eq!(e.module.decls.len(), 1);
        assert_eq!(counters().parsed, 3);
        std::fs::remove_file(&path).expect("remove");
        assert!(m.load(&path, "A.hx", &d).is_err());
        assert_eq!(m.sizes().0, 0);
    }

    #[test]
    fn lookups_answer_as_the_file_system() {
        let dir = tempfile::tempdir().expect("tempdir");
        let src = dir.path().join("src");
        std::fs::create_dir(&src).expect("mkdir");
        std::fs::write(src.join("A.hx"), "class A {}\n").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink(src.join("Gone.hx"), src.join("Link.hx")).expect("link");
        let memory = Arc::new(MemoryCache::default());
        let ask = |names: &[&str]| {
            let mut probe = LookupProbe::new(Arc::clone(&memory));
            for n in names {
                let p = src.join(n);
                assert_eq!(probe.exists(&p), p.exists(), "{n}");
            }
        };
        let names = ["A.hx", "B.hx", "Link.hx", "sub/C.hx", "A.hx/x"];
        // Just written: not listed yet, every candidate asked about.
        ask(&names);
        assert!(lock(&memory.dirs).is_empty());
        // Settled: listed, then answered from the listing.
        std::thread::sleep(std::time::Duration::from_millis(2100));
        ask(&names);
        assert!(lock(&memory.dirs).contains_key(&src));
        ask(&names);
        // A new file changes the directory: its listing no longer holds.
        std::fs::write(src.join("B.hx"), "class B {}\n").expect("write");
        ask(&names);
        std::fs::remove_file(src.join("A.hx")).expect("remove");
        ask(&names);
    }

    #[test]
    fn the_least_recently_used_files_go_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let m = MemoryCache::new(Limits {
            parse_bytes: 100 * (1 + PARSE_COST),
            files: 4,
            checks: 1,
        });
        let d = Defines::default();
        for i in 0..5 {
            let p = dir.path().join(format!("F{i}.hx"));
            std::fs::write(&p, format!("class F{i} {{}}\n")).expect("write");
            m.load(&p, "F.hx", &d).expect("load");
        }
        let (files, weight, _) = m.sizes();
        assert!(weight <= 100 * (1 + PARSE_COST), "{weight}");
        assert_eq!(files, 4);
        // A file whose parse was dropped is read and parsed again, the same.
        let p = dir.path().join("F4.hx");
        let again = m.load(&p, "F.hx", &d).expect("load").parse.expect("utf-8");
        assert_eq!(again.module.decls.len(), 1);
    }
}
