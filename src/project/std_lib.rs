//! The standard library a build uses: `--std-path DIR`, else `HAXE_STD_PATH` (as haxe reads
//! it), else hxs's own std/ embedded in the binary.
//!
//! The embedded std is written once to a directory named after the hash of its contents, so
//! every later stage (class-path lookup, printed positions) works on ordinary files, and
//! several hxs versions can share a machine without mixing their std.

use include_dir::{include_dir, Dir};
use std::path::{Path, PathBuf};

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/std");

/// Where the std comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StdSource {
    /// `--std-path` or `HAXE_STD_PATH`: one or more directories.
    Dirs(Vec<PathBuf>),
    /// The embedded std, extracted to this directory.
    Embedded(PathBuf),
}

impl StdSource {
    pub fn dirs(&self) -> Vec<PathBuf> {
        match self {
            StdSource::Dirs(d) => d.clone(),
            StdSource::Embedded(d) => vec![d.clone()],
        }
    }
}

/// Picks the std for a build: the explicit path, then the environment, then the embedded one.
pub fn resolve(explicit: Option<&Path>, cwd: &Path) -> std::io::Result<StdSource> {
    if let Some(p) = explicit {
        return Ok(StdSource::Dirs(vec![cwd.join(p)]));
    }
    if let Some(v) = std::env::var_os("HAXE_STD_PATH") {
        let dirs: Vec<PathBuf> = std::env::split_paths(&v)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        if !dirs.is_empty() {
            return Ok(StdSource::Dirs(dirs));
        }
    }
    extract_embedded().map(StdSource::Embedded)
}

/// The hash of the embedded std's files, which names its extraction directory. Computed
/// once per process: the compilation server resolves the std on every request.
pub fn embedded_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(compute_embedded_hash).clone()
}

fn compute_embedded_hash() -> String {
    let mut hasher = blake3::Hasher::new();
    let mut files = Vec::new();
    collect(&EMBEDDED, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, contents) in &files {
        hasher.update(path.to_string_lossy().as_bytes());
        hasher.update(&[0]);
        hasher.update(&(contents.len() as u64).to_le_bytes());
        hasher.update(contents);
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// The embedded std's files: path relative to std/, and contents.
pub fn embedded_files() -> Vec<(PathBuf, &'static [u8])> {
    let mut files = Vec::new();
    collect(&EMBEDDED, &mut files);
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn collect(dir: &Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
    for f in dir.files() {
        out.push((f.path().to_path_buf(), f.contents()));
    }
    for d in dir.dirs() {
        collect(d, out);
    }
}

fn base_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(x).join("hxs");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|x| !x.is_empty()) {
        return PathBuf::from(h).join(".cache").join("hxs");
    }
    std::env::temp_dir().join("hxs")
}

/// Writes the embedded std out once, under the user's cache directory, and returns its
/// directory.
pub fn extract_embedded() -> std::io::Result<PathBuf> {
    extract_embedded_in(&base_dir())
}

/// Writes the embedded std out once under `base` (into a temporary directory renamed into
/// place, so a concurrent or interrupted run never sees a half-written std) and returns its
/// directory.
pub fn extract_embedded_in(base: &Path) -> std::io::Result<PathBuf> {
    let target = base.join(format!("std-{}", embedded_hash()));
    if target.join(".complete").is_file() {
        return Ok(target);
    }
    std::fs::create_dir_all(base)?;
    let tmp = tempfile::Builder::new().prefix(".std-").tempdir_in(base)?;
    for (rel, contents) in embedded_files() {
        let dest = tmp.path().join(&rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(dest, contents)?;
    }
    std::fs::write(tmp.path().join(".complete"), b"")?;
    let tmp_path = tmp.keep();
    match std::fs::rename(&tmp_path, &target) {
        Ok(()) => Ok(target),
        Err(_) if target.join(".complete").is_file() => {
            // Another run got there first; its copy is identical.
            let _ = std::fs::remove_dir_all(&tmp_path);
            Ok(target)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp_path);
            Err(e)
        }
    }
}
