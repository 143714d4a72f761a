//! The records kept in the store, the reasons a lookup can miss and the counters a run keeps.
//! These are the only types of the cache with serde derives besides the syntax tree they
//! carry; the conversion from and to the parser's `Parsed` happens in `parsed.rs`.

use super::keys::{ContentHash, DefineValues};
use crate::syntax::ast::Module;
use crate::syntax::source::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kind byte of a value's envelope and the first byte of its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum RecordKind {
    /// The envelope kind of the `runs` file (no key in the database).
    Meta = b'M',
    /// Key `F` + absolute path: the stat index, [`FileRecord`].
    File = b'F',
    /// Key `V` + content hash: which define-name sets parses of this content read.
    Variants = b'V',
    /// Key `P` + [`super::ParsedKey`]: a parse result, [`ParsedRecord`].
    Parsed = b'P',
    /// Key `S` + absolute directory path: one directory listing, [`ScanRecord`].
    Scan = b'S',
    /// Key `T` + [`super::TypedKey`]: a typed module, [`TypedRecord`].
    Typed = b'T',
    /// Key `C` + [`super::checked::CheckKey`]: whole `--no-output` checks, [`CheckRecords`].
    Check = b'C',
}

impl RecordKind {
    pub const ALL: [RecordKind; 7] = [
        RecordKind::Meta,
        RecordKind::File,
        RecordKind::Variants,
        RecordKind::Parsed,
        RecordKind::Scan,
        RecordKind::Typed,
        RecordKind::Check,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Meta => "meta",
            RecordKind::File => "files",
            RecordKind::Variants => "variants",
            RecordKind::Parsed => "parsed",
            RecordKind::Scan => "dir scans",
            RecordKind::Typed => "typed",
            RecordKind::Check => "checks",
        }
    }

    /// The full key of a record of this kind.
    pub fn key(self, rest: &[u8]) -> Vec<u8> {
        let mut k = Vec::with_capacity(1 + rest.len());
        k.push(self as u8);
        k.extend_from_slice(rest);
        k
    }
}

/// What `stat` says about a file or directory. Equal stats mean "probably unchanged"; see
/// `files.rs` for when that is trusted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStat {
    pub len: u64,
    /// Nanoseconds since the Unix epoch.
    pub mtime_ns: i128,
    pub ctime_ns: i128,
    pub inode: u64,
    pub device: u64,
}

/// The stat index: a file's stat when it was last hashed, and the hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRecord {
    pub stat: FileStat,
    /// When the file was read, in nanoseconds since the Unix epoch.
    pub hashed_at_ns: i128,
    pub content: ContentHash,
    /// The last parse stored for this path, to say why the next lookup missed.
    pub last_parse: Option<LastParse>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastParse {
    pub content: ContentHash,
    pub defines: DefineValues,
}

/// The define-name sets that parses of one content read. Usually one; `#if a #if b` reads
/// `b` only when `a` holds, so different values can read different sets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariantsRecord {
    pub name_sets: Vec<Vec<String>>,
}

/// A syntax error as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredError {
    pub message: String,
    pub span: Span,
}

/// One parse result: exactly what `syntax::parse` returned for this content under these
/// define values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParsedRecord {
    pub content: ContentHash,
    /// The defines the parse read and their values; checked again on every lookup.
    pub defines: DefineValues,
    pub module: Module,
    pub error: Option<StoredError>,
    pub dead_blocks: Vec<Span>,
}

/// One directory of a class path as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanRecord {
    pub stat: FileStat,
    pub scanned_at_ns: i128,
    /// Sub-directories that can be packages, sorted.
    pub dirs: Vec<String>,
    /// `.hx` files that can be modules, sorted.
    pub files: Vec<String>,
}

/// A dependency of a typed module as it was when the module was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedDependency {
    /// The dotted module name.
    pub module: String,
    /// The class-path-relative file that defined it (`None`: it did not exist, which is a
    /// dependency too: a file that appears later shadows nothing we relied on otherwise).
    pub file: Option<String>,
    /// The blake3 of the dependency's signature (declarations without bodies).
    pub signature: [u8; 32],
}

/// A typed module (for the typer; the payload layout is the typer's to define).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedRecord {
    pub module: String,
    pub content: ContentHash,
    /// This module's own signature hash, what its dependents record.
    pub signature: [u8; 32],
    pub dependencies: Vec<TypedDependency>,
    /// The class-path order the module was typed with (a reordering can change lookups).
    pub class_path_order: [u8; 32],
    pub payload: Vec<u8>,
}

/// The last checks stored under one key (the same inputs over different file contents, as
/// when a branch is switched back and forth), newest first, at most [`CHECKS_KEPT`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecords {
    pub records: Vec<CheckRecord>,
}

/// How many checks one key keeps.
pub const CHECKS_KEPT: usize = 4;

/// One `--no-output` check as it ended: what it printed, the work it did, and every
/// file-system question it asked with the answer it got (see `checked.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckRecord {
    pub outcome: CheckOutcome,
    pub modules: Vec<ModuleRead>,
    pub import_files: Vec<ImportRead>,
    pub work: CheckWork,
    /// What each typed module showed the others (`sema::outline`), for reusing the check
    /// after a body-only edit; or why the check cannot be reused so.
    pub outlines: Result<Vec<StoredOutline>, String>,
}

/// One module's outline as stored: see `sema::check::ModuleOutline`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredOutline {
    pub module: String,
    pub outline: ContentHash,
    pub inferred: ContentHash,
}

/// What a check printed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckOutcome {
    /// The error and warning lines, in order (empty: the build type-checks).
    Lines(Vec<String>),
    /// hxs declined the build; the reason.
    Declined(String),
}

/// A module looked for on the class paths.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleRead {
    /// The dotted module name.
    pub module: String,
    /// The file that defined it, as shown (class path joined with the module's file), and
    /// the hash of its bytes; `None` when no class path had it.
    pub found: Option<(String, ContentHash)>,
}

/// An `import.hx` candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRead {
    /// As shown (relative to the working directory when its class path is).
    pub shown: String,
    /// Its full path as messages print it, and the hash of its bytes; `None`: not a file.
    pub found: Option<(String, ContentHash)>,
}

/// The work a check did (the `-v` counters), to say what a replay saved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckWork {
    pub modules_parsed: u64,
    pub classes_built: u64,
    pub bodies_typed: u64,
}

/// Why a typed module cannot be reused; the typer reports it under `-v`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypedMiss {
    Parsed(MissReason),
    ClassPathsChanged,
    DependencyDirty {
        module: String,
        reason: DependencyChange,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DependencyChange {
    SignatureChanged,
    Removed,
    Shadowed,
}

impl TypedRecord {
    /// Checks every recorded dependency against `current(module)`, which returns the file
    /// that now defines the module and its signature hash.
    pub fn check_dependencies(
        &self,
        class_path_order: &[u8; 32],
        mut current: impl FnMut(&str) -> Option<(String, [u8; 32])>,
    ) -> Result<(), TypedMiss> {
        if &self.class_path_order != class_path_order {
            return Err(TypedMiss::ClassPathsChanged);
        }
        for dep in &self.dependencies {
            let dirty = |reason| TypedMiss::DependencyDirty {
                module: dep.module.clone(),
                reason,
            };
            match (current(&dep.module), &dep.file) {
                (None, None) => {}
                (None, Some(_)) => return Err(dirty(DependencyChange::Removed)),
                (Some(_), None) => return Err(dirty(DependencyChange::Shadowed)),
                (Some((file, sig)), Some(old_file)) => {
                    if &file != old_file {
                        return Err(dirty(DependencyChange::Shadowed));
                    }
                    if sig != dep.signature {
                        return Err(dirty(DependencyChange::SignatureChanged));
                    }
                }
            }
        }
        Ok(())
    }
}

/// Why a parsed-file lookup missed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MissReason {
    /// Never stored (or dropped by `gc`/`clear`).
    NotCached,
    /// The file's bytes differ from the last stored parse of this path.
    FileChanged,
    /// Same bytes, but a define read by its `#if` conditions has another value.
    DefinesChanged,
    /// The store was written by another format version and was dropped at open.
    FormatChanged,
    /// The store was written by another hxs version and was dropped at open.
    VersionChanged,
    /// The stored entry (or the whole database) was corrupt and was dropped.
    Corrupt,
    /// No store this run (locked by another process, unwritable directory, or none asked).
    Uncached,
}

impl MissReason {
    pub fn name(self) -> &'static str {
        match self {
            MissReason::NotCached => "not cached",
            MissReason::FileChanged => "file changed",
            MissReason::DefinesChanged => "defines changed",
            MissReason::FormatChanged => "format changed",
            MissReason::VersionChanged => "hxs version changed",
            MissReason::Corrupt => "corrupt entry",
            MissReason::Uncached => "no cache",
        }
    }
}

/// The outcome of one lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    Hit,
    Miss(MissReason),
}

/// What one run reused and redid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    pub hits: u64,
    pub misses: BTreeMap<MissReason, u64>,
    /// Files whose content hash came from the stat index without reading them.
    pub stat_trusted: u64,
    /// Files read and hashed.
    pub hashed: u64,
    /// Files parsed (every miss parses).
    pub parsed: u64,
    /// Directory listings reused / read.
    pub scans_reused: u64,
    pub scans_read: u64,
}

impl Counters {
    pub fn miss_total(&self) -> u64 {
        self.misses.values().sum()
    }

    pub fn add(&mut self, other: &Counters) {
        self.hits += other.hits;
        for (r, n) in &other.misses {
            *self.misses.entry(*r).or_default() += n;
        }
        self.stat_trusted += other.stat_trusted;
        self.hashed += other.hashed;
        self.parsed += other.parsed;
        self.scans_reused += other.scans_reused;
        self.scans_read += other.scans_read;
    }

    /// One line for `-v` and `--times`.
    pub fn summary(&self) -> String {
        let mut s = format!("cache: {} hits, {} misses", self.hits, self.miss_total());
        if !self.misses.is_empty() {
            let parts: Vec<String> = self
                .misses
                .iter()
                .map(|(r, n)| format!("{} {}", n, r.name()))
                .collect();
            s.push_str(&format!(" ({})", parts.join(", ")));
        }
        s.push_str(&format!(
            "; files parsed {}, read {}, validated by stat {}",
            self.parsed, self.hashed, self.stat_trusted
        ));
        s
    }
}

/// One run as remembered for `hxs cache stats`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRecord {
    /// Seconds since the Unix epoch.
    pub finished_at: u64,
    pub label: String,
    pub counters: Counters,
}

/// The last runs, newest last.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunsRecord {
    pub runs: Vec<RunRecord>,
}

/// How many runs `hxs cache stats` remembers.
pub const RUNS_KEPT: usize = 10;
