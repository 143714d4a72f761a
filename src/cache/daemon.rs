//! The hook for the compilation server: while a daemon holds the store, it records its
//! address in `<cache dir>/daemon.addr` so that a one-shot run that finds the store locked can
//! forward its request instead of running uncached. The server writes the file when it starts
//! listening and removes it when it stops; a one-shot run reads it.
//!
//! The file is plain text, one `key=value` per line (`pid`, `address`, `hxs`), written to a
//! temporary name and renamed so a reader never sees half of it.

use std::path::{Path, PathBuf};

/// The file name, inside the cache directory.
pub const DAEMON_FILE: &str = "daemon.addr";

/// A running daemon as it announced itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaemonInfo {
    pub pid: u32,
    /// What `--connect` takes: `host:port` or a socket path.
    pub address: String,
    /// The daemon's hxs version; a client of another version should not forward to it.
    pub hxs_version: String,
}

pub fn path(cache_dir: &Path) -> PathBuf {
    cache_dir.join(DAEMON_FILE)
}

/// Writes the daemon file atomically.
pub fn write(cache_dir: &Path, info: &DaemonInfo) -> std::io::Result<()> {
    std::fs::create_dir_all(cache_dir)?;
    let tmp = cache_dir.join(format!("{}.{}.tmp", DAEMON_FILE, std::process::id()));
    let text = format!(
        "pid={}\naddress={}\nhxs={}\n",
        info.pid, info.address, info.hxs_version
    );
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path(cache_dir))
}

/// Reads the daemon file; `None` when it is absent or malformed.
pub fn read(cache_dir: &Path) -> Option<DaemonInfo> {
    let text = std::fs::read_to_string(path(cache_dir)).ok()?;
    let mut pid = None;
    let mut address = None;
    let mut hxs_version = None;
    for line in text.lines() {
        match line.split_once('=') {
            Some(("pid", v)) => pid = v.trim().parse().ok(),
            Some(("address", v)) => address = Some(v.trim().to_string()),
            Some(("hxs", v)) => hxs_version = Some(v.trim().to_string()),
            _ => {}
        }
    }
    Some(DaemonInfo {
        pid: pid?,
        address: address.filter(|a| !a.is_empty())?,
        hxs_version: hxs_version?,
    })
}

/// Removes the daemon file if it still names `pid` (a newer daemon's file is left alone).
pub fn remove(cache_dir: &Path, pid: u32) -> std::io::Result<()> {
    match read(cache_dir) {
        Some(info) if info.pid == pid => std::fs::remove_file(path(cache_dir)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path()), None);
        let info = DaemonInfo {
            pid: 7,
            address: "127.0.0.1:6000".into(),
            hxs_version: "0.1.0".into(),
        };
        write(dir.path(), &info).unwrap();
        assert_eq!(read(dir.path()), Some(info));
        remove(dir.path(), 8).unwrap();
        assert!(read(dir.path()).is_some());
        remove(dir.path(), 7).unwrap();
        assert_eq!(read(dir.path()), None);
    }
}
