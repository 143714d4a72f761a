//! The persistent cache: parsed files and whole `--no-output` checks (`checked.rs`) kept in a
//! sled database so that a one-shot run, a daemon and a CI job that restored the directory all
//! start warm. The cache is disposable and must never give a stale or wrong answer: any doubt
//! (a changed input, a bad checksum, another format) is a miss, never an error.
//!
//! # What enters a key
//!
//! In the spirit of cargo's `fingerprint/mod.rs`, this table lists every input of every key.
//! Anything not listed must not change what a key maps to.
//!
//! | Input                                   | Parsed file | Typed module (unused) | Check (`C`)          | Stat index | Dir scan |
//! | --------------------------------------- | ----------- | --------------------- | -------------------- | ---------- | -------- |
//! | [`FORMAT_VERSION`] (tree name + key)    | ✓           | ✓                     | ✓                    | ✓ (tree)   | ✓ (tree) |
//! | [`HXS_VERSION`] (key; store reset)      | ✓           | ✓                     | ✓                    | reset      | reset    |
//! | blake3 of the file's bytes              | ✓           | ✓ (the module's file) | value, checked       | value      |          |
//! | names and values of the defines read by `#if` | ✓     |                       |                      |            |          |
//! | the whole defines signature             |             | ✓                     |                      |            |          |
//! | every define and its value              |             |                       | ✓                    |            |          |
//! | class paths as given, in order          |             | value (hash)          | ✓                    |            |          |
//! | the roots and `-main`                   |             |                       | ✓                    |            |          |
//! | dependencies' signature hashes          |             | value, checked on use |                      |            |          |
//! | module lookups (found or not), `import.hx` candidates | |                     | value, checked       |            |          |
//! | absolute path of the file or directory  | never       | never                 | only in a class path | ✓ (hint)   | ✓ (hint) |
//! | (size, mtime, ctime, inode, device)     | never       | never                 | never                | value      | value    |
//!
//! Never in a content key: modification times, absolute paths, the working directory, the
//! cache directory, the time of day. Content keys (`P`, `V`, `T`) are therefore the same on
//! every machine and after the directory is moved or restored by CI. A check key holds the
//! class paths as the user gave them (they are printed in the check's messages; the std
//! directory is one of them), never the working directory. The stat index and the
//! directory scans are keyed by absolute path and hold stat data, but they are only hints:
//! a stat that does not match (or is too recent to trust, see [`files`]) costs a read and a
//! hash, never a wrong answer.
//!
//! The compilation server keeps the same things in memory between requests (`memory.rs`):
//! parses under the same rule as `P` records (content hash and the values of the defines
//! read), checks under the same keys as `C` records, and a stat index and directory listings
//! trusted under the same rule as the stored ones (`files.rs`).
//!
//! The byte layouts, key spaces and rules are written down for other tools in
//! `.cache-format.md` at the root of the repository.

pub mod checked;
pub mod codec;
pub mod commands;
pub mod daemon;
pub mod files;
pub mod keys;
pub mod memory;
pub mod parsed;
pub mod records;
pub mod scan;
pub mod store;
pub mod typed;

pub use keys::{ContentHash, DefineValues, ParsedKey, TypedKey};
pub use parsed::{FileError, FileParse, ParsedCache};
pub use records::{Counters, Lookup, MissReason};
pub use store::{Notice, Store, StoreOptions};
pub use typed::TypedCache;

use std::path::{Path, PathBuf};

/// The version of the stored layouts. Bump it whenever a stored record's bincode layout
/// changes (including the syntax tree's): `tests/cache_layout.rs` fails until you do.
pub const FORMAT_VERSION: u32 = 4;

/// The hxs version that wrote a store; a store written by another version is dropped. It is
/// the package version and a hash of the sources (`build.rs`): any change to the typer or the
/// std changes answers, and no stored answer of an older build may be replayed.
pub const HXS_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("HXS_SOURCE_HASH"));

/// The environment variable naming the cache directory when `--cache-dir` is absent.
pub const CACHE_DIR_ENV: &str = "HXS_CACHE_DIR";

/// The directory name used in the working directory when nothing else names one.
pub const DEFAULT_DIR_NAME: &str = ".hxs-cache";

/// Why the cache could not be used. None of these is ever shown as a failed build: the
/// caller runs uncached and prints the message once.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// Another process (usually a daemon) holds the database.
    #[error("the cache in {dir} is in use by another process")]
    Locked { dir: PathBuf },
    /// The directory cannot be created or written (read-only disk, permissions, full disk).
    #[error("the cache directory {dir} cannot be written: {source}")]
    Unwritable {
        dir: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The database could not be opened even after it was dropped and rebuilt.
    #[error("the cache database in {dir} cannot be opened: {message}")]
    Broken { dir: PathBuf, message: String },
}

/// The cache directory of a run: `--cache-dir DIR` (already resolved against `--cwd` by the
/// command line), else `HXS_CACHE_DIR` (relative to `cwd`), else `cwd/.hxs-cache`.
pub fn cache_dir(explicit: Option<&Path>, cwd: &Path) -> PathBuf {
    if let Some(d) = explicit {
        return cwd.join(d);
    }
    match std::env::var_os(CACHE_DIR_ENV) {
        Some(v) if !v.is_empty() => cwd.join(PathBuf::from(v)),
        _ => cwd.join(DEFAULT_DIR_NAME),
    }
}
