//! Counters of the work one build did (modules parsed, classes built, field bodies typed),
//! kept per thread so that concurrent server requests do not mix them. `-v` prints them,
//! which shows how little of a class path a display query touches.

use std::cell::Cell;

/// The counters of one build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub modules_parsed: usize,
    /// Modules whose parse the compilation server kept from an earlier request.
    pub modules_reused: usize,
    pub classes_built: usize,
    pub bodies_typed: usize,
}

thread_local! {
    static CURRENT: Cell<Stats> = const { Cell::new(Stats { modules_parsed: 0, modules_reused: 0, classes_built: 0, bodies_typed: 0 }) };
}

/// Starts counting a new build on this thread.
pub fn reset() {
    CURRENT.with(|c| c.set(Stats::default()));
}

/// What this thread's build has done so far.
pub fn current() -> Stats {
    CURRENT.with(|c| c.get())
}

fn bump(f: impl FnOnce(&mut Stats)) {
    CURRENT.with(|c| {
        let mut s = c.get();
        f(&mut s);
        c.set(s);
    });
}

pub fn module_parsed() {
    bump(|s| s.modules_parsed += 1);
}

pub fn module_reused() {
    bump(|s| s.modules_reused += 1);
}

pub fn class_built() {
    bump(|s| s.classes_built += 1);
}

pub fn body_typed() {
    bump(|s| s.bodies_typed += 1);
}

impl Stats {
    /// The `-v` line. Parses the server kept are counted apart (and only named when there
    /// are some, so a one-shot run's line never changes).
    pub fn line(&self) -> String {
        let reused = if self.modules_reused > 0 {
            format!(
                " ({} more reused from the server's memory)",
                self.modules_reused
            )
        } else {
            String::new()
        };
        format!(
            "hxs: {} modules parsed{}, {} classes built, {} field bodies typed",
            self.modules_parsed, reused, self.classes_built, self.bodies_typed
        )
    }
}
