//! The `--times` table, printed exactly as haxe 4.2.5's `Timer.report_times` prints it.
//!
//! haxe keeps a timer per id path (`["server"; "parser cache"]`), each with a total and a call
//! count, builds a tree from the paths and prints it sorted by time. We record the stages we
//! measure under the same kind of paths and reproduce the tree building and the layout,
//! including its quirks: the name column is two wider than the longest printed name (widths
//! are measured one level deeper than names are printed), rows of 0.9 ms or less are hidden
//! (but their children are still visited), and the `total` row sums the top-level rows.

use std::time::Duration;

/// One timer: its id path, accumulated seconds and number of calls.
#[derive(Clone, Debug, PartialEq)]
struct Timer {
    id: Vec<String>,
    total: f64,
    calls: u64,
}

/// The timers of one request, in the order they were first used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Times {
    timers: Vec<Timer>,
}

/// A node of the printed tree (haxe's `timer_node`).
struct Node {
    name: String,
    info: String,
    time: f64,
    calls: u64,
    children: Vec<usize>,
    parent: usize,
}

/// haxe hides rows whose time is not above this many seconds.
const SHOWN_ABOVE: f64 = 0.0009;

impl Times {
    pub fn new() -> Times {
        Times::default()
    }

    /// Adds one call of `duration` to the timer `id` (e.g. `&["typing"]`).
    pub fn record(&mut self, id: &[&str], duration: Duration) {
        self.record_secs(id, duration.as_secs_f64(), 1);
    }

    /// Adds `calls` calls totalling `secs` seconds to the timer `id`.
    pub fn record_secs(&mut self, id: &[&str], secs: f64, calls: u64) {
        if id.is_empty() {
            return;
        }
        match self.timers.iter_mut().find(|t| t.id.iter().eq(id.iter())) {
            Some(t) => {
                t.total += secs;
                t.calls += calls;
            }
            None => self.timers.push(Timer {
                id: id.iter().map(|s| s.to_string()).collect(),
                total: secs,
                calls,
            }),
        }
    }

    /// The table's lines (without newlines), as `report_times` passes them to its printer.
    pub fn report(&self) -> Vec<String> {
        let (nodes, max_name, max_calls) = self.build_tree();
        let calls_width = max_calls.to_string().len();
        let mut out = Vec::new();
        out.push(format!(
            "{:<w$} | {:>7} |   % |  p% | {:>cw$} | info",
            "name",
            "time(s)",
            "#",
            w = max_name,
            cw = calls_width
        ));
        let sep = "-".repeat(max_name + calls_width + 27);
        out.push(sep.clone());
        let root_time = nodes[0].time;
        let row = |out: &mut Vec<String>, name: &str, node: &Node| {
            if node.time > SHOWN_ABOVE {
                out.push(format!(
                    "{:<w$} | {:>7.3} | {:>3.0} | {:>3.0} | {:>cw$} | {}",
                    name,
                    node.time,
                    node.time * 100.0 / root_time,
                    node.time * 100.0 / nodes[node.parent].time,
                    node.calls,
                    node.info,
                    w = max_name,
                    cw = calls_width
                ));
            }
        };
        // Depth-first, children in their sorted order; hidden rows do not hide their children.
        let mut stack: Vec<(usize, usize)> =
            nodes[0].children.iter().rev().map(|&c| (c, 0)).collect();
        while let Some((i, depth)) = stack.pop() {
            let name = format!("{}{}", " ".repeat(depth * 2), nodes[i].name);
            row(&mut out, &name, &nodes[i]);
            stack.extend(nodes[i].children.iter().rev().map(|&c| (c, depth + 1)));
        }
        out.push(sep);
        row(&mut out, "total", &nodes[0]);
        out
    }

    /// haxe's `build_times_tree`: node 0 is the root. Returns the nodes, the name column width
    /// and the largest call count.
    fn build_tree(&self) -> (Vec<Node>, usize, u64) {
        let mut nodes = vec![Node {
            name: String::new(),
            info: String::new(),
            time: 0.0,
            calls: 0,
            children: Vec::new(),
            parent: 0,
        }];
        let mut paths: Vec<String> = vec![String::new()];
        for timer in &self.timers {
            let mut parent = 0;
            let mut top = None;
            for part in &timer.id {
                let path = if paths[parent].is_empty() {
                    part.clone()
                } else {
                    format!("{}.{}", paths[parent], part)
                };
                let node = match paths.iter().position(|p| *p == path) {
                    Some(i) => {
                        nodes[i].calls += timer.calls;
                        nodes[i].time += timer.total;
                        i
                    }
                    None => {
                        let (name, info) = match part.rfind('.') {
                            Some(i) => (part[i + 1..].to_string(), part[..i].to_string()),
                            None => (part.clone(), String::new()),
                        };
                        nodes.push(Node {
                            name,
                            info,
                            time: timer.total,
                            calls: timer.calls,
                            children: Vec::new(),
                            parent,
                        });
                        paths.push(path);
                        nodes.len() - 1
                    }
                };
                if parent != 0 && !nodes[parent].children.contains(&node) {
                    nodes[parent].children.push(node);
                }
                top.get_or_insert(node);
                parent = node;
            }
            if let Some(top) = top {
                if !nodes[0].children.contains(&top) {
                    nodes[0].children.push(top);
                }
            }
        }
        // Sums into the root, then sorts each node's children by time, slowest first (a
        // stable sort, as OCaml's List.sort is), and measures the columns.
        let mut max_name = 0;
        let mut max_calls = 0;
        let top: Vec<usize> = nodes[0].children.clone();
        for &c in &top {
            nodes[0].calls += nodes[c].calls;
            nodes[0].time += nodes[c].time;
        }
        let mut stack = vec![(0usize, 0usize)];
        while let Some((i, depth)) = stack.pop() {
            let mut children = std::mem::take(&mut nodes[i].children);
            children.sort_by(|&a, &b| nodes[b].time.total_cmp(&nodes[a].time));
            stack.extend(children.iter().map(|&c| (c, depth + 1)));
            let node = &mut nodes[i];
            node.children = children;
            max_calls = max_calls.max(node.calls);
            let width = node.name.len() + 2 * depth;
            if node.time > SHOWN_ABOVE && width > max_name {
                max_name = width;
            }
        }
        (nodes, max_name, max_calls)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &Times) -> String {
        t.report().join("\n") + "\n"
    }

    /// `haxe --version --times` through the server: no timers at all.
    #[test]
    fn empty_table_matches_haxe() {
        assert_eq!(
            lines(&Times::new()),
            "name | time(s) |   % |  p% | # | info\n----------------------------\n----------------------------\n"
        );
    }

    /// The layout haxe printed for a small `--no-output` build (times from that run).
    #[test]
    fn nested_table_matches_haxe() {
        let mut t = Times::new();
        t.record_secs(&["filters"], 0.012, 16);
        t.record_secs(&["server", "module cache", "add modules"], 0.0015, 10);
        t.record_secs(&["server", "module cache", "check"], 0.0013, 10);
        t.record_secs(&["server", "module cache"], 0.0, 122);
        t.record_secs(&["server", "parser cache"], 0.0001, 4);
        let expected = "\
name              | time(s) |   % |  p% |   # | info
-----------------------------------------------
filters           |   0.012 |  81 |  81 |  16 | 
server            |   0.003 |  19 |  19 | 146 | 
  module cache    |   0.003 |  19 |  97 | 142 | 
    add modules   |   0.002 |  10 |  54 |  10 | 
    check         |   0.001 |   9 |  46 |  10 | 
-----------------------------------------------
total             |   0.015 | 100 | 100 | 162 | 
";
        assert_eq!(lines(&t), expected);
    }

    #[test]
    fn dotted_names_go_to_the_info_column() {
        let mut t = Times::new();
        t.record_secs(&["typing", "pack.Mod.field"], 0.5, 1);
        let report = t.report();
        assert_eq!(report[0], "name      | time(s) |   % |  p% | # | info");
        assert_eq!(report[2], "typing    |   0.500 | 100 | 100 | 1 | ");
        assert_eq!(report[3], "  field   |   0.500 | 100 | 100 | 1 | pack.Mod");
    }
}
