//! Class-path directory scans (which modules exist where), validated cheaply: a directory's
//! listing is reused while the directory's own stat is unchanged and trusted (adding,
//! removing or renaming an entry changes the directory's mtime). A scan of a class path thus
//! costs one `stat` per directory, not a `readdir` per directory.

use super::files::{self, now_ns, path_key, trusted};
use super::records::{Counters, RecordKind, ScanRecord};
use super::store::{Fetched, Store};
use crate::project::classpath::parse_file_path;
use std::collections::HashSet;
use std::path::Path;

/// Directory depth beyond which a scan stops (a guard against link cycles the inode check
/// cannot see, such as bind mounts).
const MAX_DEPTH: usize = 64;

/// Whether a directory name can be a package (haxe's `Path.parse_path` rule).
fn is_package(name: &str) -> bool {
    let mut bytes = name.bytes();
    match bytes.next() {
        Some(c) if c.is_ascii_lowercase() || c == b'_' => {}
        _ => return false,
    }
    bytes.all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
}

/// Whether a file name can be a module.
fn is_module_file(name: &str) -> bool {
    name.ends_with(".hx") && parse_file_path(name).is_some()
}

fn list(dir: &Path) -> std::io::Result<(Vec<String>, Vec<String>)> {
    let mut dirs = Vec::new();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        // `metadata` follows links, as haxe's lookups do.
        let Ok(meta) = std::fs::metadata(entry.path()) else {
            continue;
        };
        if meta.is_dir() && is_package(&name) {
            dirs.push(name);
        } else if meta.is_file() && is_module_file(&name) {
            files.push(name);
        }
    }
    dirs.sort();
    files.sort();
    Ok((dirs, files))
}

/// A directory's package sub-directories, module files and (device, inode).
type Listing = (Vec<String>, Vec<String>, (u64, u64));

/// One directory's listing, from the store when its stat allows.
fn listing(store: Option<&Store>, dir: &Path, counters: &mut Counters) -> Option<Listing> {
    let st = files::stat(dir).ok()?;
    let id = (st.device, st.inode);
    let key = path_key(dir);
    if let Some(s) = store {
        if let Fetched::Found(r) = s.get::<ScanRecord>(RecordKind::Scan, &key) {
            if trusted(&r.stat, r.scanned_at_ns, &st) {
                counters.scans_reused += 1;
                return Some((r.dirs, r.files, id));
            }
        }
    }
    let scanned_at_ns = now_ns();
    let (dirs, file_names) = list(dir).ok()?;
    counters.scans_read += 1;
    if let Some(s) = store {
        let rec = ScanRecord {
            stat: st,
            scanned_at_ns,
            dirs: dirs.clone(),
            files: file_names.clone(),
        };
        if let Some(v) = s.encode(RecordKind::Scan, &rec) {
            s.write(vec![(RecordKind::Scan, key, Some(v))]);
        }
    }
    Some((dirs, file_names, id))
}

/// Every module file under `root`, relative to it (`pack/Name.hx`), sorted.
pub fn scan(store: Option<&Store>, root: &Path, counters: &mut Counters) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    walk(store, root, "", 0, &mut seen, &mut out, counters);
    out.sort();
    out
}

fn walk(
    store: Option<&Store>,
    dir: &Path,
    rel: &str,
    depth: usize,
    seen: &mut HashSet<(u64, u64)>,
    out: &mut Vec<String>,
    counters: &mut Counters,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let Some((dirs, file_names, id)) = listing(store, dir, counters) else {
        return;
    };
    if id != (0, 0) && !seen.insert(id) {
        return;
    }
    for f in file_names {
        out.push(format!("{}{}", rel, f));
    }
    for d in dirs {
        walk(
            store,
            &dir.join(&d),
            &format!("{}{}/", rel, d),
            depth + 1,
            seen,
            out,
            counters,
        );
    }
}
