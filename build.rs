//! Build script: a hash of the sources that decide hxs's answers (`src/`, `std/`), made part
//! of the hxs version (`cache::HXS_VERSION`). The persistent cache is reset when that version
//! changes, so a rebuilt hxs never replays an answer an older build stored.

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for dir in ["src", "std"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(Path::new(dir), &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        hasher.write(file.to_string_lossy().as_bytes());
        hasher.write(&std::fs::read(file).unwrap_or_default());
    }
    println!("cargo:rustc-env=HXS_SOURCE_HASH={:016x}", hasher.finish());
}
