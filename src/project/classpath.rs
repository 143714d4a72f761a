//! Class paths: where modules are looked up, in haxe's order of precedence, and which module
//! a display file belongs to.
//!
//! haxe prepends each `-cp`, so the last one given is searched first, then the current
//! directory (the empty class path), then the std directories. A class path keeps the
//! spelling the user gave (plus a trailing slash), because haxe prints file names as the
//! class path joined with the module's relative file name.

use std::path::{Path, PathBuf};

/// The ordered class paths of one build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassPaths {
    /// In search order, each ending with `/` except the empty one (the current directory).
    pub entries: Vec<String>,
}

/// A module path: package parts and the module name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModulePath {
    pub pack: Vec<String>,
    pub name: String,
}

impl ModulePath {
    pub fn dotted(&self) -> String {
        let mut s = self.pack.join(".");
        if !s.is_empty() {
            s.push('.');
        }
        s.push_str(&self.name);
        s
    }

    /// The file name relative to a class path: `pack/Name.hx`.
    pub fn relative_file(&self) -> String {
        let mut s = String::new();
        for p in &self.pack {
            s.push_str(p);
            s.push('/');
        }
        s.push_str(&self.name);
        s.push_str(".hx");
        s
    }
}

/// haxe's `Path.add_trailing_slash`.
pub fn add_trailing_slash(p: &str) -> String {
    if p.is_empty() || p.ends_with('/') || p.ends_with('\\') {
        p.to_string()
    } else {
        format!("{}/", p)
    }
}

impl ClassPaths {
    /// `user` in command-line order, `std` the std directories.
    pub fn new(user: &[String], std: &[PathBuf]) -> ClassPaths {
        let mut entries: Vec<String> = user.iter().rev().map(|c| add_trailing_slash(c)).collect();
        entries.push(String::new());
        for s in std {
            entries.push(add_trailing_slash(&s.to_string_lossy()));
        }
        ClassPaths { entries }
    }

    /// The first file that defines module `m`, as haxe would print its name, with its real
    /// location (relative class paths are resolved against `cwd`). Whether a candidate exists
    /// is asked of the file system, or of the compilation server's answer when it installed
    /// one for this build ([`with_exists`]).
    pub fn find_module(&self, cwd: &Path, m: &ModulePath) -> Option<(String, PathBuf)> {
        self.find_module_with(cwd, m, &mut exists)
    }

    /// [`Self::find_module`], asking `exists` whether a path exists (the compilation server
    /// answers from directory listings it keeps).
    pub fn find_module_with(
        &self,
        cwd: &Path,
        m: &ModulePath,
        exists: &mut dyn FnMut(&Path) -> bool,
    ) -> Option<(String, PathBuf)> {
        let rel = m.relative_file();
        for cp in &self.entries {
            let shown = format!("{}{}", cp, rel);
            let real = cwd.join(&shown);
            // haxe only asks whether the path exists: a directory named like a module is
            // found, and fails when it is read.
            if exists(&real) {
                return Some((shown, real));
            }
        }
        None
    }

    /// The module a file belongs to (haxe's `get_module_path_from_file_path`): the class
    /// path containing it that gives the shortest dotted path; `None` outside all of them.
    pub fn module_of_file(&self, cwd: &Path, file: &Path) -> Option<ModulePath> {
        let real_file = real_path(&cwd.join(file));
        let spath = real_file.to_string_lossy().to_string();
        let mut best: Option<(String, ModulePath)> = None;
        for cp in &self.entries {
            let dir = if cp.is_empty() { "./" } else { cp.as_str() };
            let c = add_trailing_slash(&real_path(&cwd.join(dir)).to_string_lossy());
            if c.len() >= spath.len() || !spath.starts_with(&c) {
                continue;
            }
            let Some(m) = parse_file_path(&spath[c.len()..]) else {
                continue;
            };
            let dotted = format!("{}.hx", m.dotted());
            let better = match &best {
                None => true,
                Some((d, _)) => dotted.len() < d.len(),
            };
            if better {
                best = Some((dotted, m));
            }
        }
        best.map(|(_, m)| m)
    }
}

/// An answer to "does this path exist", as `Path::exists` gives it.
pub type Exists = Box<dyn FnMut(&Path) -> bool>;

thread_local! {
    static EXISTS: std::cell::RefCell<Option<Exists>> = const { std::cell::RefCell::new(None) };
}

/// Restores the previous answer when the scope ends, panics included.
struct RestoreExists(Option<Exists>);

impl Drop for RestoreExists {
    fn drop(&mut self) {
        let previous = self.0.take();
        EXISTS.with(|e| *e.borrow_mut() = previous);
    }
}

/// Runs `f` with `answer` telling [`ClassPaths::find_module`] on this thread whether a
/// candidate file exists. The compilation server answers from directory listings it keeps
/// (`cache::memory::LookupProbe`): most candidates of a lookup (the module's name in each
/// class path and each enclosing package) do not exist, and a kept listing says so without a
/// `stat` each. It must answer as `Path::exists` would.
pub fn with_exists<R>(answer: Exists, f: impl FnOnce() -> R) -> R {
    let previous = EXISTS.with(|e| e.borrow_mut().replace(answer));
    let _restore = RestoreExists(previous);
    f()
}

/// Whether `p` exists: the installed answer, else the file system.
fn exists(p: &Path) -> bool {
    EXISTS.with(|e| match e.try_borrow_mut() {
        Ok(mut answer) => match answer.as_mut() {
            Some(f) => f(p),
            None => p.exists(),
        },
        Err(_) => p.exists(),
    })
}

/// Absolute, with links resolved when the file exists (haxe's `get_real_path` on Unix).
pub fn real_path(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| normalize(p))
}

/// `.` and `..` removed without touching the file system.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `pack/sub/Name.hx` to a module path, with haxe's `Path.parse_path` checks: packages
/// start with a lower-case letter or `_`; a `Name.target.hx` file is module `Name`.
pub fn parse_file_path(rel: &str) -> Option<ModulePath> {
    let rel = rel.strip_suffix(".hx")?;
    let rel = rel.replace('\\', "/");
    let mut parts: Vec<&str> = rel.split('/').collect();
    let last = parts.pop()?;
    let valid_chars = |x: &str| {
        x.bytes()
            .skip(1)
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
    };
    for p in &parts {
        let first = p.bytes().next()?;
        if !(first.is_ascii_lowercase() || first == b'_') || !valid_chars(p) {
            return None;
        }
    }
    if last.is_empty() || !valid_chars(last) {
        return None;
    }
    let name = last.split('.').next()?.to_string();
    Some(ModulePath {
        pack: parts.iter().map(|s| s.to_string()).collect(),
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_class_path_wins_then_cwd_then_std() {
        let cps = ClassPaths::new(&["a".into(), "b/".into()], &[PathBuf::from("/std")]);
        assert_eq!(cps.entries, vec!["b/", "a/", "", "/std/"]);
    }

    #[test]
    fn file_paths_become_module_paths() {
        let m = parse_file_path("pack/sub/Foo.hx").unwrap();
        assert_eq!(m.dotted(), "pack.sub.Foo");
        assert_eq!(parse_file_path("Foo.js.hx").unwrap().name, "Foo");
        assert_eq!(parse_file_path("Pack/Foo.hx"), None);
    }
}
