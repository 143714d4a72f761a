//! Cheap validation: a file's (size, mtime, ctime, inode, device) seen before maps to its
//! content hash, so an unchanged file costs a `stat`, not a read.
//!
//! A stat is trusted only if the file had not been modified for [`RACY_NS`] when it was
//! hashed (git's "racily clean" rule): a file written twice within one timestamp tick keeps
//! its mtime, and hashing it between the writes must not let the second write go unseen.
//! Anything else (no record, another stat, a recent record) reads and hashes the file; an
//! unchanged hash then still finds the parsed entry, since those are keyed by content.

use super::keys::ContentHash;
use super::records::{Counters, FileRecord, FileStat, RecordKind};
use super::store::{Fetched, Store};
use std::path::{Path, PathBuf};

/// How long a file must have been left alone before its stat alone is trusted.
pub const RACY_NS: i128 = 2_000_000_000;

/// Nanoseconds since the Unix epoch.
pub fn now_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(_) => 0,
    }
}

/// The stat of a file or directory (following links).
pub fn stat(path: &Path) -> std::io::Result<FileStat> {
    let m = std::fs::metadata(path)?;
    Ok(stat_of(&m))
}

#[cfg(unix)]
pub fn stat_of(m: &std::fs::Metadata) -> FileStat {
    use std::os::unix::fs::MetadataExt;
    FileStat {
        len: m.len(),
        mtime_ns: m.mtime() as i128 * 1_000_000_000 + m.mtime_nsec() as i128,
        ctime_ns: m.ctime() as i128 * 1_000_000_000 + m.ctime_nsec() as i128,
        inode: m.ino(),
        device: m.dev(),
    }
}

#[cfg(not(unix))]
pub fn stat_of(m: &std::fs::Metadata) -> FileStat {
    let mtime_ns = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i128)
        .unwrap_or(0);
    FileStat {
        len: m.len(),
        mtime_ns,
        ctime_ns: mtime_ns,
        inode: 0,
        device: 0,
    }
}

/// Whether a record taken at `recorded_at_ns` may stand in for reading a file with `stat`.
pub fn trusted(recorded: &FileStat, recorded_at_ns: i128, now: &FileStat) -> bool {
    recorded == now && recorded_at_ns >= recorded.mtime_ns.max(recorded.ctime_ns) + RACY_NS
}

/// The key of a path in the stat index and the scans: its absolute form, as bytes.
pub fn path_key(path: &Path) -> Vec<u8> {
    let abs: PathBuf = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        abs.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        abs.to_string_lossy().as_bytes().to_vec()
    }
}

/// A file identified by content.
#[derive(Debug)]
pub struct Identified {
    pub content: ContentHash,
    /// The bytes, when they had to be read.
    pub bytes: Option<Vec<u8>>,
    /// The stat index entry as it was before this lookup.
    pub previous: Option<FileRecord>,
    /// The entry to write, when it changed.
    pub update: Option<FileRecord>,
}

/// Finds a file's content hash, from the stat index when the stat allows, else by reading.
/// Without a store it always reads.
pub fn identify(
    store: Option<&Store>,
    path: &Path,
    counters: &mut Counters,
) -> std::io::Result<Identified> {
    let st = stat(path)?;
    let previous = match store {
        Some(s) => match s.get::<FileRecord>(RecordKind::File, &path_key(path)) {
            Fetched::Found(r) => Some(r),
            _ => None,
        },
        None => None,
    };
    if let Some(p) = &previous {
        if trusted(&p.stat, p.hashed_at_ns, &st) {
            counters.stat_trusted += 1;
            return Ok(Identified {
                content: p.content,
                bytes: None,
                previous,
                update: None,
            });
        }
    }
    let hashed_at_ns = now_ns();
    let bytes = std::fs::read(path)?;
    counters.hashed += 1;
    // The file may change between the stat and the read: the stat taken after the read is the
    // one that goes with these bytes (if it changed in between, it is not trusted next time).
    let st_after = stat(path).unwrap_or(st);
    let content = ContentHash::of(&bytes);
    let update = FileRecord {
        stat: st_after,
        hashed_at_ns,
        content,
        last_parse: previous.as_ref().and_then(|p| p.last_parse.clone()),
    };
    let update = (previous.as_ref() != Some(&update)).then_some(update);
    Ok(Identified {
        content,
        bytes: Some(bytes),
        previous,
        update,
    })
}
