//! Counters of the work one build did (modules parsed, classes built, field bodies typed),
//! kept per thread so that concurrent server requests do not mix them. `-v` prints them,
//! which shows how little of a class path a display query touches.

use std::cell::Cell;

/// The counters of one build.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub modules_parsed: usize,
    pub classes_built: usize,
    pub bodies_typed: usize,
}

thread_local! {
    static CURRENT: Cell<Stats> = const { Cell::new(Stats { modules_parsed: 0, classes_built: 0, bodies_typed: 0 }) };
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

pub fn class_built() {
    bump(|s| s.classes_built += 1);
}

pub fn body_typed() {
    bump(|s| s.bodies_typed += 1);
}

impl Stats {
    /// The `-v` line.
    pub fn line(&self) -> String {
        format!(
            "hxs: {} modules parsed, {} classes built, {} field bodies typed",
            self.modules_parsed, self.classes_built, self.bodies_typed
        )
    }
}
