//! The parsed-file cache, the store's first client: a file is parsed again only when its
//! bytes or the values of the defines its `#if` conditions read change.
//!
//! Lookup: the file's content hash comes from the stat index (or a read); the `V` record of
//! that content lists the define-name sets its parses read; for each set, the current values
//! of those names give a [`ParsedKey`]; a `P` record under it is a hit once its stored
//! content and define values are checked again against the current ones. A miss parses and
//! writes the `P`, `V` and `F` records in one batch. Without a store (locked, unwritable,
//! none asked) every lookup is a miss with reason `Uncached` and nothing is written.

use super::files::{self, Identified};
use super::keys::{ContentHash, DefineValues, ParsedKey};
use super::records::{
    Counters, FileRecord, LastParse, Lookup, MissReason, ParsedRecord, RecordKind, StoredError,
    VariantsRecord,
};
use super::store::{Fetched, Notice, Store, StoreOptions};
use super::{daemon, CacheError};
use crate::syntax::{self, cond::DefineLookup, Parsed, SyntaxError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many define-name sets are remembered per content (older ones are forgotten).
const MAX_VARIANTS: usize = 16;

/// Why a file could not be parsed at all. Reported in haxe's words by the caller.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// Not UTF-8: haxe's `Malformed file` error (not cached: it costs nothing to find again).
    #[error("{}", .0.message)]
    Malformed(SyntaxError),
}

/// A parse served by the cache or done now.
#[derive(Debug)]
pub struct FileParse {
    pub parsed: Parsed,
    pub lookup: Lookup,
    pub content: ContentHash,
    /// The file's text when it was read during the lookup; on a stat-validated hit it was
    /// not, and a caller that needs it (to print an error's position) reads the file.
    pub text: Option<String>,
}

/// Where a run's time went, for `--times` (not stored: times are not reproducible).
#[derive(Clone, Debug, Default)]
pub struct Timings {
    /// `stat`, stat-index lookups, and reads and hashes of files whose stat was not trusted.
    pub identify: Duration,
    /// Store reads and decoding of stored parses (hits and misses alike).
    pub lookup: Duration,
    /// Reading files that had to be parsed and were not read yet.
    pub read: Duration,
    pub parse: Duration,
    /// Encoding and writing fresh parses.
    pub store: Duration,
}

impl Timings {
    /// One line for `--times`.
    pub fn summary(&self) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        format!(
            "cache times: identify {:.1} ms, lookup {:.1} ms, read {:.1} ms, parse {:.1} ms, store {:.1} ms",
            ms(self.identify),
            ms(self.lookup),
            ms(self.read),
            ms(self.parse),
            ms(self.store)
        )
    }
}

/// The parsed-file cache of one run.
pub struct ParsedCache {
    store: Option<Store>,
    timings: Mutex<Timings>,
    counters: Mutex<Counters>,
    notices: Mutex<Vec<Notice>>,
}

impl ParsedCache {
    /// Opens the store in `dir`.
    pub fn open(dir: &Path) -> Result<ParsedCache, CacheError> {
        Store::open(dir).map(ParsedCache::from_store)
    }

    pub fn open_with(dir: &Path, opts: StoreOptions) -> Result<ParsedCache, CacheError> {
        Store::open_with(dir, opts).map(ParsedCache::from_store)
    }

    /// Opens the store in `dir`, or runs uncached when it cannot be used. A store held by
    /// another process is a verbose notice (that is the daemon's normal state); an unwritable
    /// or broken directory is a warning. Either way, the notice is given once.
    pub fn open_or_uncached(dir: &Path) -> ParsedCache {
        match ParsedCache::open(dir) {
            Ok(c) => c,
            Err(e) => {
                let c = ParsedCache::uncached();
                c.push_notice(match &e {
                    CacheError::Locked { dir } => {
                        let daemon = daemon::read(dir)
                            .map(|d| format!(" (daemon pid {} at {})", d.pid, d.address))
                            .unwrap_or_default();
                        Notice::verbose(format!(
                            "hxs cache: {} is in use by another process{}; running without the cache",
                            dir.display(),
                            daemon
                        ))
                    }
                    other => Notice::warning(format!(
                        "warning: {}; running without the cache",
                        other
                    )),
                });
                c
            }
        }
    }

    /// The cache of one build's command line: `--cache-dir`, else `HXS_CACHE_DIR`, else
    /// `.hxs-cache` in the build's working directory; uncached (with a notice) when that
    /// cannot be used. Open it once per process and share it across `--next` builds.
    pub fn for_build(build: &crate::project::args::Build) -> ParsedCache {
        ParsedCache::open_or_uncached(&super::cache_dir(build.cache_dir.as_deref(), &build.cwd))
    }

    /// The notices to print now, as lines: warnings always, the rest when `verbose`.
    pub fn notice_lines(&self, verbose: bool) -> Vec<String> {
        self.take_notices()
            .into_iter()
            .filter(|n| n.warning || verbose)
            .map(|n| n.text)
            .collect()
    }

    /// A cache that stores nothing: every lookup parses.
    pub fn uncached() -> ParsedCache {
        ParsedCache {
            store: None,
            counters: Mutex::new(Counters::default()),
            timings: Mutex::new(Timings::default()),
            notices: Mutex::new(Vec::new()),
        }
    }

    pub fn from_store(store: Store) -> ParsedCache {
        ParsedCache {
            store: Some(store),
            counters: Mutex::new(Counters::default()),
            timings: Mutex::new(Timings::default()),
            notices: Mutex::new(Vec::new()),
        }
    }

    /// The store, for other clients (the typed-module cache) to share.
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// What this run reused and redid so far.
    pub fn counters(&self) -> Counters {
        self.counters
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Where this run's time went so far.
    pub fn timings(&self) -> Timings {
        self.timings
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn time(&self, f: impl FnOnce(&mut Timings)) {
        f(&mut self.timings.lock().unwrap_or_else(|p| p.into_inner()));
    }

    fn count(&self, f: impl FnOnce(&mut Counters)) {
        f(&mut self.counters.lock().unwrap_or_else(|p| p.into_inner()));
    }

    fn push_notice(&self, n: Notice) {
        self.notices
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(n);
    }

    /// The notices not yet taken: print warnings always, the others under `-v`.
    pub fn take_notices(&self) -> Vec<Notice> {
        let mut out = std::mem::take(&mut *self.notices.lock().unwrap_or_else(|p| p.into_inner()));
        if let Some(s) = &self.store {
            out.extend(s.take_notices());
        }
        out
    }

    /// Records this run's counters for `hxs cache stats` and makes the store durable.
    pub fn finish(&self, label: &str) {
        if let Some(s) = &self.store {
            s.record_run(label, &self.counters());
        }
    }

    /// The content hash of the file at `path`, from its stat when the stat index allows (no
    /// read): what the typed-module cache keys on before anything is parsed.
    pub fn content_hash(&self, path: &Path) -> std::io::Result<ContentHash> {
        let mut c = Counters::default();
        let id = files::identify(self.store.as_ref(), path, &mut c)?;
        self.count(|t| t.add(&c));
        if let (Some(store), Some(rec)) = (&self.store, id.update) {
            if let Some(v) = store.encode(RecordKind::File, &rec) {
                store.write(vec![(RecordKind::File, files::path_key(path), Some(v))]);
            }
        }
        Ok(id.content)
    }

    /// [`Self::content_hash`] of many files, the stat index's updates written in one batch.
    pub fn content_hashes(&self, paths: &[PathBuf]) -> Vec<std::io::Result<ContentHash>> {
        let mut c = Counters::default();
        let mut batch = Vec::new();
        let out = paths
            .iter()
            .map(|p| {
                let id = files::identify(self.store.as_ref(), p, &mut c)?;
                if let (Some(store), Some(rec)) = (&self.store, id.update) {
                    if let Some(v) = store.encode(RecordKind::File, &rec) {
                        batch.push((RecordKind::File, files::path_key(p), Some(v)));
                    }
                }
                Ok(id.content)
            })
            .collect();
        self.count(|t| t.add(&c));
        if let (Some(store), false) = (&self.store, batch.is_empty()) {
            store.write(batch);
        }
        out
    }

    /// Parses the file at `path` (absolute, or relative to the process's directory) under
    /// `defines`, or returns the stored parse.
    pub fn parse_file(
        &self,
        path: &Path,
        defines: &dyn DefineLookup,
    ) -> Result<FileParse, FileError> {
        let io = |source| FileError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut c = Counters::default();
        let t0 = Instant::now();
        let id = files::identify(self.store.as_ref(), path, &mut c).map_err(io)?;
        let t1 = Instant::now();
        self.time(|t| t.identify += t1 - t0);
        self.count(|t| t.add(&c));
        let Identified {
            content,
            bytes,
            previous,
            update,
        } = id;
        let found = self.lookup(&content, defines, previous.as_ref());
        let t2 = Instant::now();
        self.time(|t| t.lookup += t2 - t1);
        let reason = match found {
            Ok(parsed) => {
                if let (Some(store), Some(rec)) = (&self.store, update) {
                    if let Some(v) = store.encode(RecordKind::File, &rec) {
                        store.write(vec![(RecordKind::File, files::path_key(path), Some(v))]);
                    }
                }
                self.count(|t| t.hits += 1);
                let text = bytes.and_then(|b| String::from_utf8(b).ok());
                return Ok(FileParse {
                    parsed,
                    lookup: Lookup::Hit,
                    content,
                    text,
                });
            }
            Err(reason) => reason,
        };
        self.count(|t| *t.misses.entry(reason).or_default() += 1);
        let (bytes, content, file) = match bytes {
            Some(b) => (b, content, Some((path, update.or(previous)))),
            None => {
                let b = std::fs::read(path).map_err(io)?;
                self.count(|t| t.hashed += 1);
                let late = ContentHash::of(&b);
                // The file changed between the stat and this read: the parse belongs to
                // the bytes read, and the stat entry is left for the next run to redo.
                let file = (late == content).then_some((path, previous));
                (b, late, file)
            }
        };
        let text = syntax::decode(bytes).map_err(FileError::Malformed)?;
        let t3 = Instant::now();
        let parsed = syntax::parse(&text, defines);
        let t4 = Instant::now();
        self.count(|t| t.parsed += 1);
        let parsed = self.store_parse(file, content, parsed, defines);
        self.time(|t| {
            t.read += t3 - t2;
            t.parse += t4 - t3;
            t.store += t4.elapsed();
        });
        Ok(FileParse {
            parsed,
            lookup: Lookup::Miss(reason),
            content,
            text: Some(text),
        })
    }

    /// Parses text already in memory (an editor's unsaved buffer), through the cache.
    pub fn parse_text(&self, text: &str, defines: &dyn DefineLookup) -> (Parsed, Lookup) {
        let content = ContentHash::of(text.as_bytes());
        match self.lookup(&content, defines, None) {
            Ok(parsed) => {
                self.count(|t| t.hits += 1);
                (parsed, Lookup::Hit)
            }
            Err(reason) => {
                self.count(|t| {
                    *t.misses.entry(reason).or_default() += 1;
                    t.parsed += 1;
                });
                let parsed = syntax::parse(text, defines);
                let parsed = self.store_parse(None, content, parsed, defines);
                (parsed, Lookup::Miss(reason))
            }
        }
    }

    /// Finds a stored parse of `content` valid under `defines`, or says why there is none.
    fn lookup(
        &self,
        content: &ContentHash,
        defines: &dyn DefineLookup,
        previous: Option<&FileRecord>,
    ) -> Result<Parsed, MissReason> {
        let Some(store) = &self.store else {
            return Err(MissReason::Uncached);
        };
        let mut corrupt = false;
        let fetch = |values: &DefineValues| -> Fetched<Parsed> {
            let key = ParsedKey::new(store.format_version(), store.hxs_version(), content, values);
            match store.get::<ParsedRecord>(RecordKind::Parsed, &key.0) {
                // The key already says all this; checking again costs little and turns a key
                // collision or a misfiled record into a miss.
                Fetched::Found(r)
                    if &r.content == content
                        && &r.defines == values
                        && r.defines.still_hold(defines) =>
                {
                    Fetched::Found(to_parsed(r))
                }
                Fetched::Found(_) | Fetched::Dropped => Fetched::Dropped,
                Fetched::Absent => Fetched::Absent,
            }
        };
        // The common case first: same bytes and same defines as this path's last parse; the
        // stat entry names the key, and the variants record is not read.
        if let Some(last) = previous.and_then(|p| p.last_parse.as_ref()) {
            if &last.content == content && last.defines.still_hold(defines) {
                match fetch(&last.defines) {
                    Fetched::Found(p) => return Ok(p),
                    Fetched::Dropped => corrupt = true,
                    Fetched::Absent => {}
                }
            }
        }
        match store.get::<VariantsRecord>(RecordKind::Variants, &content.0) {
            Fetched::Found(v) => {
                for names in &v.name_sets {
                    let values = DefineValues::current(names, defines);
                    match fetch(&values) {
                        Fetched::Found(p) => return Ok(p),
                        Fetched::Dropped => corrupt = true,
                        Fetched::Absent => {}
                    }
                }
            }
            Fetched::Dropped => corrupt = true,
            Fetched::Absent => {}
        }
        if corrupt {
            return Err(MissReason::Corrupt);
        }
        Err(match previous.and_then(|p| p.last_parse.as_ref()) {
            Some(last) if &last.content != content => MissReason::FileChanged,
            Some(_) => MissReason::DefinesChanged,
            None => store.reset_reason().unwrap_or(MissReason::NotCached),
        })
    }

    /// Writes a fresh parse (record, variants, stat entry) in one batch and gives it back.
    fn store_parse(
        &self,
        file: Option<(&Path, Option<FileRecord>)>,
        content: ContentHash,
        parsed: Parsed,
        defines: &dyn DefineLookup,
    ) -> Parsed {
        let Some(store) = &self.store else {
            return parsed;
        };
        if !store.is_writable() {
            return parsed;
        }
        let values = DefineValues::current(&parsed.defines_read, defines);
        let key = ParsedKey::new(
            store.format_version(),
            store.hxs_version(),
            &content,
            &values,
        );
        let Parsed {
            module,
            error,
            defines_read,
            dead_blocks,
        } = parsed;
        let record = ParsedRecord {
            content,
            defines: values.clone(),
            module,
            error: error.map(|e| StoredError {
                message: e.message,
                span: e.span,
            }),
            dead_blocks,
        };
        let encoded = store.encode(RecordKind::Parsed, &record);
        let mut variants = match store.get::<VariantsRecord>(RecordKind::Variants, &content.0) {
            Fetched::Found(v) => v,
            _ => VariantsRecord::default(),
        };
        let names = values.names();
        if !variants.name_sets.contains(&names) {
            variants.name_sets.push(names);
            if variants.name_sets.len() > MAX_VARIANTS {
                variants.name_sets.remove(0);
            }
        }
        if let Some(encoded) = encoded {
            let mut batch = vec![(RecordKind::Parsed, key.0.to_vec(), Some(encoded))];
            if let Some(v) = store.encode(RecordKind::Variants, &variants) {
                batch.push((RecordKind::Variants, content.0.to_vec(), Some(v)));
            }
            if let Some((path, Some(mut rec))) = file {
                rec.last_parse = Some(LastParse {
                    content,
                    defines: values,
                });
                if let Some(v) = store.encode(RecordKind::File, &rec) {
                    batch.push((RecordKind::File, files::path_key(path), Some(v)));
                }
            }
            store.write(batch);
        }
        let ParsedRecord {
            module,
            error,
            dead_blocks,
            ..
        } = record;
        Parsed {
            module,
            error: error.map(|e| SyntaxError {
                message: e.message,
                span: e.span,
            }),
            defines_read,
            dead_blocks,
        }
    }

    /// The `.hx` files under one class-path directory, as class-path-relative paths
    /// (`pack/Name.hx`), sorted; see `scan.rs`.
    pub fn scan_class_path(&self, root: &Path) -> Vec<String> {
        let mut c = Counters::default();
        let out = super::scan::scan(self.store.as_ref(), root, &mut c);
        self.count(|t| t.add(&c));
        out
    }
}

fn to_parsed(r: ParsedRecord) -> Parsed {
    Parsed {
        defines_read: r.defines.names(),
        module: r.module,
        error: r.error.map(|e| SyntaxError {
            message: e.message,
            span: e.span,
        }),
        dead_blocks: r.dead_blocks,
    }
}
