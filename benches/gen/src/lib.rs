//! Generates deterministic, realistic Haxe 4 projects of N modules for hxs's benchmarks.
//!
//! A project is a layered import graph (no cycles) over nested packages:
//!
//! * layer 0 holds three core modules in `app.core`: `Util` (static helpers, imported by about a
//!   quarter of the project: the "widely imported" module the benchmark edits), `Contracts`
//!   (an interface, an enum and a typedef) and `Collections` (a generic class);
//! * layers 1.. hold the other modules; each one imports every module of the layer just below that
//!   was assigned to it (so every module is reached), a few random lower modules, some core modules
//!   and some std modules, 2 to 6 imports in all;
//! * the top layer (at most 4 modules) is imported by `Main` only: those are the leaf modules.
//!
//! Besides the sources, a project carries query points (`queries.txt`, `FILE OFFSET MODE`) that
//! are meaningful in the generated text, and the edit points of the leaf and widely imported
//! modules (`bench.json`). Everything is a pure function of `(modules, seed)`.

mod haxe;
pub mod rng;

use std::fmt::Write as _;
use std::path::Path;

use rng::Rng;

/// The smallest project the generator accepts: 3 core modules, 2 regular ones and `Main`.
pub const MIN_MODULES: usize = 6;

/// Std modules a generated module may import (each one is really used by the generated code).
pub const STD_IMPORTS: [&str; 6] = [
    "haxe.ds.StringMap",
    "haxe.ds.IntMap",
    "haxe.ds.Option",
    "haxe.ds.ArraySort",
    "StringTools",
    "Lambda",
];

/// Index of the widely imported core module (`app.core.Util`) in [`Project::modules`].
pub const WIDE: usize = 0;
/// Index of `app.core.Contracts`.
pub const CONTRACTS: usize = 1;
/// Index of `app.core.Collections`.
pub const COLLECTIONS: usize = 2;

/// The kind of a display query point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Field completion: the offset sits right after a `.`.
    Field,
    /// Signature help: the offset sits right after the `(` of a call.
    Call,
    /// Toplevel completion at the start of an expression statement.
    Toplevel,
    /// Go to definition on an identifier.
    Position,
    /// Find references on a method name.
    Usage,
}

impl Mode {
    /// All modes, in the order queries are listed.
    pub const ALL: [Mode; 5] = [
        Mode::Field,
        Mode::Call,
        Mode::Toplevel,
        Mode::Position,
        Mode::Usage,
    ];

    /// The name used in `queries.txt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Field => "field",
            Mode::Call => "call",
            Mode::Toplevel => "toplevel",
            Mode::Position => "position",
            Mode::Usage => "usage",
        }
    }

    /// The suffix to append to `FILE@OFFSET` for haxe's `--display` (empty for field completion).
    pub fn haxe_suffix(self) -> &'static str {
        match self {
            Mode::Field => "",
            Mode::Call => "@signature",
            Mode::Toplevel => "@toplevel",
            Mode::Position => "@position",
            Mode::Usage => "@usage",
        }
    }
}

/// One query point: a file relative to the project directory, a byte offset and a mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// Path relative to the project directory, e.g. `src/app/model/OrderCache12.hx`.
    pub file: String,
    /// Byte offset into the file (the files are ASCII, so also a code point offset).
    pub offset: usize,
    /// What to ask.
    pub mode: Mode,
}

/// Where the benchmark edits a module, and where it asks for completion afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditPoint {
    /// The edited file, relative to the project directory.
    pub file: String,
    /// Its dotted module path.
    pub module: String,
    /// Offset of a 4-digit integer literal inside a method body; replacing it by another 4-digit
    /// number is an edit that keeps every other offset valid.
    pub edit_offset: usize,
    /// Length of that literal (always 4).
    pub edit_len: usize,
    /// Field-completion point to query after the edit.
    pub query: Query,
    /// How many modules import the edited module directly.
    pub importers: usize,
}

/// What a module is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of the three `app.core` modules (index [`WIDE`], [`CONTRACTS`] or [`COLLECTIONS`]).
    Core,
    /// An ordinary module of layer 1 or above.
    Regular,
    /// The `Main` module (always the last one).
    Main,
}

/// The shape of one generated module.
#[derive(Debug, Clone)]
pub struct ModuleSpec {
    /// Package path, e.g. `["app", "model"]` (empty for `Main`).
    pub package: Vec<String>,
    /// Module name, also the name of its main class.
    pub name: String,
    /// Layer in the import graph: 0 for core, 1.. for the others, one above the top for `Main`.
    pub layer: usize,
    /// What the module is.
    pub kind: Kind,
    /// Project modules imported (indices into [`Project::modules`], all of a lower layer).
    pub imports: Vec<usize>,
    /// Std modules imported (from [`STD_IMPORTS`]).
    pub std_imports: Vec<&'static str>,
}

impl ModuleSpec {
    /// Dotted module path, e.g. `app.model.OrderCache12`.
    pub fn dotted(&self) -> String {
        if self.package.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.package.join("."), self.name)
        }
    }

    /// File path relative to the project directory, e.g. `src/app/model/OrderCache12.hx`.
    pub fn path(&self) -> String {
        let mut p = String::from("src/");
        for part in &self.package {
            p.push_str(part);
            p.push('/');
        }
        p.push_str(&self.name);
        p.push_str(".hx");
        p
    }

    /// Number of import lines (project and std).
    pub fn import_count(&self) -> usize {
        self.imports.len() + self.std_imports.len()
    }
}

/// Marked offsets inside one generated source.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    /// Field completion points, best first (a dependency's local variable before anything else).
    pub field: Vec<usize>,
    /// Signature help points.
    pub call: Vec<usize>,
    /// Toplevel completion points.
    pub toplevel: Vec<usize>,
    /// Go-to-definition points.
    pub position: Vec<usize>,
    /// Find-references points.
    pub usage: Vec<usize>,
    /// The 4-digit edit literal.
    pub edit: Option<usize>,
}

impl Marks {
    fn of(&self, mode: Mode) -> &[usize] {
        match mode {
            Mode::Field => &self.field,
            Mode::Call => &self.call,
            Mode::Toplevel => &self.toplevel,
            Mode::Position => &self.position,
            Mode::Usage => &self.usage,
        }
    }
}

/// A generated project: module graph, sources, query points and edit points.
#[derive(Debug, Clone)]
pub struct Project {
    /// The seed it was generated from.
    pub seed: u64,
    /// All modules; core first, `Main` last, every import pointing to a lower index.
    pub modules: Vec<ModuleSpec>,
    /// Source text of each module (parallel to `modules`).
    pub sources: Vec<String>,
    /// Marked offsets of each module (parallel to `modules`).
    pub marks: Vec<Marks>,
    /// Sample query points, several of each mode.
    pub queries: Vec<Query>,
    /// The field-completion point used by the one-shot and server completion rows.
    pub completion: Query,
    /// The leaf module edit (a top-layer module, imported by `Main` only).
    pub leaf: EditPoint,
    /// The widely imported module edit (`app.core.Util`).
    pub wide: EditPoint,
}

const PACKAGES: [&str; 12] = [
    "app.model",
    "app.model.user",
    "app.util",
    "app.util.text",
    "app.service",
    "app.service.net",
    "app.data",
    "app.data.store",
    "app.ui",
    "app.ui.widget",
    "lib.math",
    "lib.format.json",
];

const ADJECTIVES: [&str; 16] = [
    "Order", "User", "Text", "Cache", "Event", "Stream", "Price", "Route", "Token", "Layout",
    "Batch", "Vector", "Query", "Session", "Metric", "Asset",
];

const NOUNS: [&str; 16] = [
    "Store", "Parser", "Builder", "Index", "Record", "Table", "Filter", "Loader", "Queue", "Model",
    "Writer", "Reader", "Mapper", "Panel", "Sheet", "Tracker",
];

/// Sizes of the regular layers, bottom (layer 1) first, for `m` regular modules.
fn layer_sizes(m: usize) -> Vec<usize> {
    let top = m.div_ceil(3).clamp(1, 4);
    let mut from_top = vec![top];
    let mut total = top;
    while total < m {
        let next = (from_top[from_top.len() - 1] * 5).div_ceil(2);
        let size = next.min(m - total);
        from_top.push(size);
        total += size;
    }
    from_top.reverse();
    from_top
}

/// Builds the module graph (no sources yet).
fn build_graph(n: usize, seed: u64) -> Vec<ModuleSpec> {
    let mut rng = Rng::new(seed);
    let core = |name: &str| ModuleSpec {
        package: vec!["app".into(), "core".into()],
        name: name.into(),
        layer: 0,
        kind: Kind::Core,
        imports: Vec::new(),
        std_imports: Vec::new(),
    };
    let mut modules = vec![core("Util"), core("Contracts"), core("Collections")];
    modules[WIDE].std_imports = vec!["StringTools", "haxe.ds.StringMap"];
    modules[CONTRACTS].std_imports = vec!["haxe.ds.Option", "Lambda"];
    modules[COLLECTIONS].std_imports = vec!["haxe.ds.IntMap", "haxe.ds.ArraySort"];

    let regular = n - 1 - modules.len();
    let sizes = layer_sizes(regular);
    // Indices of each regular layer's members, layer 1 first.
    let mut layers: Vec<Vec<usize>> = Vec::new();
    for (li, &size) in sizes.iter().enumerate() {
        let layer = li + 1;
        let mut members = Vec::with_capacity(size);
        for pos in 0..size {
            let index = modules.len();
            let mut imports: Vec<usize> = Vec::new();
            // Members of the layer below assigned to this module (round robin): coverage.
            if let Some(below) = layers.last() {
                let mut p = pos;
                while p < below.len() {
                    imports.push(below[p]);
                    p += size;
                }
            }
            // Core modules: Util for about a quarter of the project, the others less often.
            if rng.chance(n, 4 * regular) {
                imports.push(WIDE);
            }
            if rng.chance(1, 5) {
                imports.push(CONTRACTS);
            }
            if rng.chance(1, 6) {
                imports.push(COLLECTIONS);
            }
            // The first modules of layer 1 import the two other core modules: coverage.
            if layer == 1 && pos == 0 && !imports.contains(&CONTRACTS) {
                imports.push(CONTRACTS);
            }
            if layer == 1 && pos == 1.min(size - 1) && !imports.contains(&COLLECTIONS) {
                imports.push(COLLECTIONS);
            }
            if layer == 1 && !imports.iter().any(|&i| i < 3) {
                imports.push(if rng.chance(1, 2) {
                    CONTRACTS
                } else {
                    COLLECTIONS
                });
            }
            // A few random modules of lower regular layers.
            if layer >= 2 {
                let lower: Vec<usize> = layers[..layer - 1].iter().flatten().copied().collect();
                for _ in 0..rng.below(3) {
                    let pick = *rng.pick(&lower);
                    if !imports.contains(&pick) && imports.len() < 5 {
                        imports.push(pick);
                    }
                }
            }
            // Never more than 6 project imports: drop optional ones, keep coverage and Util.
            while imports.len() > 6 {
                let drop = imports
                    .iter()
                    .rposition(|&i| i == CONTRACTS || i == COLLECTIONS)
                    .expect("coverage imports never exceed 3");
                imports.remove(drop);
            }
            let mut std_imports: Vec<&'static str> = Vec::new();
            let want_std = rng.below(3);
            while imports.len() + std_imports.len() < 6
                && (std_imports.len() < want_std || imports.len() + std_imports.len() < 2)
            {
                let s = *rng.pick(&STD_IMPORTS);
                if !std_imports.contains(&s) {
                    std_imports.push(s);
                }
            }
            let name = format!("{}{}{}", rng.pick(&ADJECTIVES), rng.pick(&NOUNS), index);
            let package = rng
                .pick(&PACKAGES)
                .split('.')
                .map(String::from)
                .collect::<Vec<_>>();
            modules.push(ModuleSpec {
                package,
                name,
                layer,
                kind: Kind::Regular,
                imports,
                std_imports,
            });
            members.push(index);
        }
        layers.push(members);
    }
    let top = layers.last().cloned().unwrap_or_default();
    let mut main_imports = top;
    main_imports.push(WIDE);
    modules.push(ModuleSpec {
        package: Vec::new(),
        name: "Main".into(),
        layer: sizes.len() + 1,
        kind: Kind::Main,
        imports: main_imports,
        std_imports: Vec::new(),
    });
    modules
}

impl Project {
    /// Generates a project of `modules` modules (including `Main`) from `seed`.
    pub fn generate(modules: usize, seed: u64) -> Result<Project, String> {
        if modules < MIN_MODULES {
            return Err(format!(
                "--modules must be at least {MIN_MODULES} (got {modules})"
            ));
        }
        let specs = build_graph(modules, seed);
        let mut sources = Vec::with_capacity(specs.len());
        let mut marks = Vec::with_capacity(specs.len());
        for (i, _) in specs.iter().enumerate() {
            let (text, m) = haxe::render(&specs, i, seed);
            sources.push(text);
            marks.push(m);
        }
        let importers =
            |target: usize| specs.iter().filter(|s| s.imports.contains(&target)).count();
        let field_query = |i: usize| Query {
            file: specs[i].path(),
            offset: marks[i].field[0],
            mode: Mode::Field,
        };
        let top_layer = specs[specs.len() - 1].layer - 1;
        // Completion point: a module in the middle of the ordering with a regular dependency.
        let regular: Vec<usize> = (3..specs.len() - 1).collect();
        let completion_module = *regular
            .iter()
            .skip(regular.len() / 2)
            .find(|&&i| specs[i].imports.iter().any(|&d| d >= 3))
            .unwrap_or(&regular[regular.len() / 2]);
        let leaf_module = regular
            .iter()
            .copied()
            .find(|&i| specs[i].layer == top_layer)
            .expect("the top layer is not empty");
        let wide_query_module = regular
            .iter()
            .copied()
            .rfind(|&i| specs[i].imports.contains(&WIDE) && specs[i].layer < top_layer)
            .or_else(|| {
                regular
                    .iter()
                    .copied()
                    .rfind(|&i| specs[i].imports.contains(&WIDE))
            })
            .unwrap_or(WIDE);
        let leaf = EditPoint {
            file: specs[leaf_module].path(),
            module: specs[leaf_module].dotted(),
            edit_offset: marks[leaf_module]
                .edit
                .expect("regular modules have an edit mark"),
            edit_len: 4,
            query: field_query(leaf_module),
            importers: importers(leaf_module),
        };
        let wide = EditPoint {
            file: specs[WIDE].path(),
            module: specs[WIDE].dotted(),
            edit_offset: marks[WIDE].edit.expect("core modules have an edit mark"),
            edit_len: 4,
            query: field_query(wide_query_module),
            importers: importers(WIDE),
        };
        // Sample queries: up to 4 modules spread over the regular ones, every mode in each.
        let mut queries = Vec::new();
        let samples = 4.min(regular.len());
        for k in 0..samples {
            let i = regular[(k * regular.len() + regular.len() / 2) / samples];
            for mode in Mode::ALL {
                if let Some(&offset) = marks[i].of(mode).first() {
                    queries.push(Query {
                        file: specs[i].path(),
                        offset,
                        mode,
                    });
                }
            }
        }
        Ok(Project {
            seed,
            completion: field_query(completion_module),
            modules: specs,
            sources,
            marks,
            queries,
            leaf,
            wide,
        })
    }

    /// The leaf module's file (relative to the project directory).
    pub fn leaf_file(&self) -> &str {
        &self.leaf.file
    }

    /// The widely imported module's file (relative to the project directory).
    pub fn wide_file(&self) -> &str {
        &self.wide.file
    }

    /// How many modules import module `target` directly.
    pub fn importers_of(&self, target: usize) -> usize {
        self.modules
            .iter()
            .filter(|m| m.imports.contains(&target))
            .count()
    }

    /// How many modules the module at `path` reaches through imports, itself included
    /// (what a one-shot display query there has to load at least).
    pub fn closure_of(&self, path: &str) -> usize {
        let Some(start) = self.modules.iter().position(|m| m.path() == path) else {
            return 0;
        };
        let mut seen = vec![false; self.modules.len()];
        let mut stack = vec![start];
        let mut count = 0;
        while let Some(i) = stack.pop() {
            if !seen[i] {
                seen[i] = true;
                count += 1;
                stack.extend(self.modules[i].imports.iter().copied());
            }
        }
        count
    }

    /// Indices of the modules reachable from `Main` through imports (including `Main`).
    pub fn reachable_from_main(&self) -> Vec<bool> {
        let mut seen = vec![false; self.modules.len()];
        let mut stack = vec![self.modules.len() - 1];
        while let Some(i) = stack.pop() {
            if !seen[i] {
                seen[i] = true;
                stack.extend(self.modules[i].imports.iter().copied());
            }
        }
        seen
    }

    /// `build.hxml`.
    pub fn build_hxml(&self) -> String {
        "-cp src\n-main Main\n--no-output\n".to_string()
    }

    /// `queries.txt`: `#` comment lines naming the benchmark points, then `FILE OFFSET MODE` lines.
    pub fn queries_txt(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# hxs-gen queries (modules {}, seed {}): FILE OFFSET MODE, offsets in bytes",
            self.modules.len(),
            self.seed
        );
        let _ = writeln!(
            out,
            "# completion {} {} field",
            self.completion.file, self.completion.offset
        );
        for (name, e) in [("leaf", &self.leaf), ("wide", &self.wide)] {
            let _ = writeln!(
                out,
                "# {name} {} edit {} {} query {} {} importers {}",
                e.file, e.edit_offset, e.edit_len, e.query.file, e.query.offset, e.importers
            );
        }
        for q in &self.queries {
            let _ = writeln!(out, "{} {} {}", q.file, q.offset, q.mode.as_str());
        }
        out
    }

    /// `bench.json`: the benchmark points, for `benches/compare.py`.
    pub fn bench_json(&self) -> String {
        let query = |q: &Query| {
            format!(
                "{{\"file\": \"{}\", \"offset\": {}, \"mode\": \"{}\", \"closure\": {}}}",
                q.file,
                q.offset,
                q.mode.as_str(),
                self.closure_of(&q.file)
            )
        };
        let edit = |e: &EditPoint| {
            format!(
                "{{\"file\": \"{}\", \"module\": \"{}\", \"edit_offset\": {}, \"edit_len\": {}, \"importers\": {}, \"query\": {}}}",
                e.file,
                e.module,
                e.edit_offset,
                e.edit_len,
                e.importers,
                query(&e.query)
            )
        };
        let queries: Vec<String> = self
            .queries
            .iter()
            .map(|q| format!("    {}", query(q)))
            .collect();
        format!(
            "{{\n  \"modules\": {},\n  \"seed\": {},\n  \"completion\": {},\n  \"leaf\": {},\n  \"wide\": {},\n  \"queries\": [\n{}\n  ]\n}}\n",
            self.modules.len(),
            self.seed,
            query(&self.completion),
            edit(&self.leaf),
            edit(&self.wide),
            queries.join(",\n")
        )
    }

    /// Every file of the project as `(relative path, content)`, sources first.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = self
            .modules
            .iter()
            .zip(&self.sources)
            .map(|(m, s)| (m.path(), s.clone()))
            .collect();
        files.push(("build.hxml".into(), self.build_hxml()));
        files.push(("queries.txt".into(), self.queries_txt()));
        files.push(("bench.json".into(), self.bench_json()));
        files
    }

    /// Writes the project under `dir`. A `dir/src` left by an earlier run (recognised by
    /// `dir/bench.json`) is replaced; any other non-empty `dir/src` is an error.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        let src = dir.join("src");
        if src.exists() {
            let empty = std::fs::read_dir(&src)?.next().is_none();
            if dir.join("bench.json").is_file() {
                std::fs::remove_dir_all(&src)?;
            } else if !empty {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    format!(
                        "{} exists and was not written by hxs-gen; choose another --out",
                        src.display()
                    ),
                ));
            }
        }
        for (rel, content) in self.files() {
            let path = dir.join(&rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, content)?;
        }
        Ok(())
    }
}
