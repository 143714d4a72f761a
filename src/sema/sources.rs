//! Where a build's module files come from. A one-shot build reads and parses each module file
//! itself (`Modules::load`); the compilation server installs a [`SourceCache`] for the
//! duration of each request, which hands back a parse of the same bytes under the same define
//! values made by an earlier request, so that a warm server parses only what changed.
//!
//! The hook is a scoped, per-thread setting ([`with_source_cache`]) rather than a parameter:
//! every `Modules` a build creates (display modes create several) picks it up in
//! `Modules::new`, and code that creates one needs no change. Builds of concurrent requests
//! run on different threads, so they never see each other's setting.

use crate::syntax::ast;
use crate::syntax::cond::DefineLookup;
use crate::syntax::parser::SyntaxError;
use crate::syntax::source::SourceFile;
use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;

/// A module file parsed: its text (with the path it is shown as), its tree and its first
/// syntax error, exactly what `crate::syntax::parse` gives for those bytes and defines.
#[derive(Debug)]
pub struct ParsedSource {
    pub file: Arc<SourceFile>,
    pub module: Arc<ast::Module>,
    pub error: Option<SyntaxError>,
}

/// A module file read: the blake3 of its bytes, and its parse, or haxe's message when the
/// bytes are not UTF-8.
#[derive(Debug)]
pub struct SourceRead {
    pub hash: [u8; 32],
    pub parse: Result<Arc<ParsedSource>, String>,
}

/// Reads and parses module files, possibly reusing earlier parses. An implementation must give
/// the same answer as reading the file now and parsing it under `defines`.
pub trait SourceCache: Send + Sync {
    /// The file at `real` (absolute, or relative to the process's directory), shown in
    /// messages as `shown`. `Err` when it cannot be read.
    fn load(
        &self,
        real: &Path,
        shown: &str,
        defines: &dyn DefineLookup,
    ) -> std::io::Result<SourceRead>;
}

thread_local! {
    static CURRENT: RefCell<Option<Arc<dyn SourceCache>>> = const { RefCell::new(None) };
}

/// Restores the previous setting when the scope ends, panics included.
struct Restore(Option<Arc<dyn SourceCache>>);

impl Drop for Restore {
    fn drop(&mut self) {
        let previous = self.0.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
    }
}

/// Runs `f` with `cache` serving the module files of every build on this thread.
pub fn with_source_cache<R>(cache: Arc<dyn SourceCache>, f: impl FnOnce() -> R) -> R {
    let previous = CURRENT.with(|c| c.borrow_mut().replace(cache));
    let _restore = Restore(previous);
    f()
}

/// The cache installed on this thread, if any.
pub fn current() -> Option<Arc<dyn SourceCache>> {
    CURRENT.with(|c| c.borrow().clone())
}
