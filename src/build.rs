//! Runs one build (one `--next` section of a command line): resolves its std and class
//! paths, then answers its display query or checks its modules. The result is a list of
//! messages that the one-shot CLI and the server each print in their own way.

use crate::display::field_access::Answer;
use crate::display::module_symbols;
use crate::project::args::Build;
use crate::project::classpath::{ClassPaths, ModulePath};
use crate::project::defines::Defines;
use crate::project::std_lib;
use crate::sema::modules::Modules;
use crate::syntax::{self, cond::DefineLookup, source::SourceFile};
use std::path::{Path, PathBuf};

/// One piece of output, in the order produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A display answer, printed raw (the one-shot CLI adds a newline).
    Display(String),
    /// A compiler error line (`file:line: characters a-b : message`, or a bare message).
    Error(String),
    /// Non-error output such as `-v` lines.
    Log(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub messages: Vec<Message>,
    /// The build failed: exit code 1.
    pub failed: bool,
}

impl Outcome {
    fn error(line: impl Into<String>) -> Outcome {
        Outcome {
            messages: vec![Message::Error(line.into())],
            failed: true,
        }
    }

    fn display(payload: String) -> Outcome {
        Outcome {
            messages: vec![Message::Display(payload)],
            failed: false,
        }
    }
}

impl DefineLookup for Defines {
    fn raw_value(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }
}

/// A `FILE@POS[@MODE]` display request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisplayRequest {
    pub file: String,
    pub pos: i64,
    pub mode: String,
}

impl DisplayRequest {
    /// Splits as haxe does (at the first `@`, then the next); the command-line parser has
    /// already rejected malformed requests.
    pub fn parse(arg: &str) -> Option<DisplayRequest> {
        let (file, rest) = arg.split_once('@')?;
        let (pos, mode) = rest.split_once('@').unwrap_or((rest, ""));
        let pos = crate::project::args::ocaml_int_of_string(pos)?;
        let file = crate::project::hxml::unquote(file)
            .unwrap_or(file)
            .to_string();
        Some(DisplayRequest {
            file,
            pos,
            mode: mode.to_string(),
        })
    }
}

/// Runs one build.
pub fn run(build: &Build) -> Outcome {
    run_with(build, false)
}

/// Runs one build for the compilation server, whose answers differ from a one-shot run's
/// where haxe's server keeps its own state (the toplevel lists the server's file cache).
pub fn run_in_server(build: &Build) -> Outcome {
    run_with(build, true)
}

fn run_with(build: &Build, server: bool) -> Outcome {
    crate::sema::stats::reset();
    let mut out = run_counted(build, server);
    if build.verbose {
        let line = crate::sema::stats::current().line();
        out.messages.push(Message::Log(line));
    }
    out
}

fn run_counted(build: &Build, server: bool) -> Outcome {
    let std = match std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        Ok(s) => s,
        Err(e) => {
            return Outcome::error(format!(
                "Error: cannot prepare the embedded standard library: {}",
                e
            ))
        }
    };
    let class_paths = ClassPaths::new(&build.class_paths, &std.dirs());
    if let Some(arg) = &build.display {
        return match DisplayRequest::parse(arg) {
            Some(req) => display(build, &class_paths, &req, server),
            None => Outcome::error(format!("Error: Invalid format: {}", arg)),
        };
    }
    check(build, &class_paths, &std.dirs())
}

/// A module found and read from a class path.
struct LoadedFile {
    /// The name haxe prints: the class path joined with the module's file name.
    shown: String,
    text: String,
    /// The module the file is, when it lies on a class path.
    module: Option<ModulePath>,
}

fn read_source(shown: &str, real: &Path) -> Result<String, String> {
    if real.is_dir() {
        // What haxe's uncaught OCaml exception prints when it reads a directory.
        return Err("Sys_error(\"Is a directory\")".into());
    }
    let bytes = std::fs::read(real).map_err(|_| format!("Could not open {}", shown))?;
    syntax::decode(bytes).map_err(|e| format!("{}:1: character 1 : {}", shown, e.message))
}

/// Finds the file a display request is about, as haxe's `process_display_file` does.
fn locate_display_file(build: &Build, cps: &ClassPaths, file: &str) -> Result<LoadedFile, String> {
    let cwd = &build.cwd;
    match cps.module_of_file(cwd, Path::new(file)) {
        Some(m) => {
            let Some((shown, real)) = cps.find_module(cwd, &m) else {
                return Err(format!("Type not found : {}", m.dotted()));
            };
            Ok(LoadedFile {
                text: read_source(&shown, &real)?,
                shown,
                module: Some(m),
            })
        }
        None => {
            let real = cwd.join(file);
            if !real.is_file() {
                return Err("Error: Display file does not exist".into());
            }
            let name = real
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            if name.starts_with(|c: char| c.is_ascii_lowercase()) {
                return Err(format!(
                    "Error: Display file '{}' should not start with a lowercase letter",
                    name
                ));
            }
            Ok(LoadedFile {
                text: read_source(file, &real)?,
                shown: file.to_string(),
                module: None,
            })
        }
    }
}

fn display(build: &Build, cps: &ClassPaths, req: &DisplayRequest, server: bool) -> Outcome {
    match req.mode.as_str() {
        "module-symbols" => module_symbols_query(build, cps, req),
        "" => field_access_query(build, cps, req, "1", server),
        "toplevel" => field_access_query(build, cps, req, "toplevel", server),
        "position" => position_query(build, cps, req),
        "type" => hover_query(build, cps, req),
        other => {
            let mode = if other.is_empty() {
                "field access"
            } else {
                other
            };
            Outcome::error(format!(
                "Error: hxs does not answer `{}` display queries yet",
                mode
            ))
        }
    }
}

/// What a typed display query starts from: the display file found on the class paths, its
/// module, the cursor as a byte offset, and the file parsed as haxe parses a display file.
struct DisplayFile {
    module: ModulePath,
    file: std::sync::Arc<SourceFile>,
    cursor: u32,
    defines: Defines,
    parsed: syntax::DisplayParsed,
}

/// Finds, reads and parses the display file; `Err` is the answer to give instead.
fn open_display_file(
    build: &Build,
    cps: &ClassPaths,
    req: &DisplayRequest,
    display_define: &str,
    completion: bool,
    unsupported: &dyn Fn(&str) -> Outcome,
) -> Result<DisplayFile, Outcome> {
    let loaded = locate_display_file(build, cps, &req.file).map_err(Outcome::error)?;
    let Some(module) = loaded.module.clone() else {
        return Err(unsupported("a display file outside the class paths"));
    };
    let file = SourceFile::new(loaded.shown, loaded.text);
    let Some(cursor) = u32::try_from(req.pos)
        .ok()
        .and_then(|p| file.byte_of_code_point(p))
    else {
        return Err(unsupported("a position outside the file"));
    };
    let mut defines = build.defines.clone();
    defines.define_value("display", display_define);
    crate::sema::stats::module_parsed();
    let parsed = syntax::parse_display_file(
        &file.text,
        &defines,
        Some(syntax::Cursor {
            offset: cursor,
            completion,
        }),
    );
    if let Some(e) = &parsed.error {
        return Err(Outcome::error(format!(
            "{} : {}",
            file.format_pos(e.span),
            e.message
        )));
    }
    Ok(DisplayFile {
        module,
        file: std::sync::Arc::new(file),
        cursor,
        defines,
        parsed,
    })
}

fn declined(what: &str, why: &str) -> Outcome {
    Outcome::error(format!(
        "Error: hxs does not answer this {} display query yet ({})",
        what, why
    ))
}

/// Plain `--display FILE@POS` and `@toplevel` (haxe's same mode, `display_define` apart):
/// field completion after a `.`, toplevel completion elsewhere, where hxs can answer exactly.
fn field_access_query(
    build: &Build,
    cps: &ClassPaths,
    req: &DisplayRequest,
    display_define: &str,
    server: bool,
) -> Outcome {
    let unsupported = |why: &str| declined("field access", why);
    let d = match open_display_file(build, cps, req, display_define, true, &unsupported) {
        Ok(d) => d,
        Err(answer) => return answer,
    };
    if let Some(answer) = type_path_query(build, cps, &d) {
        return answer;
    }
    let mut modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let id = modules.add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let first = crate::display::field_access::answer(&mut modules, id, d.cursor);
    let why = match first {
        Answer::List(list) => return Outcome::display(list),
        Answer::Error(line) => return Outcome::error(line),
        Answer::Unsupported("completion here") => return toplevel_query(build, cps, &d, server),
        Answer::Unsupported(why) => why,
    };
    if !matches!(
        why,
        "completion on a value whose type is inferred" | "field completion on this expression"
    ) {
        return unsupported(why);
    }
    // The value's type is inferred: ask the typer, then list its fields the same way.
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = crate::sema::typer::Typer::new(modules);
    if let Ok(std) = std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        typer.std_prefixes = std
            .dirs()
            .iter()
            .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
            .collect();
    }
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module);
    let Some(ty) = typer.type_at_dot(id, d.cursor) else {
        return unsupported(why);
    };
    match crate::display::field_access::answer_for_type(&mut typer.m, id, d.cursor, ty) {
        Answer::List(list) => Outcome::display(list),
        Answer::Error(line) => Outcome::error(line),
        Answer::Unsupported(why) => unsupported(why),
    }
}

/// Toplevel completion: every name in scope at the cursor (`<il>`).
fn toplevel_query(build: &Build, cps: &ClassPaths, d: &DisplayFile, server: bool) -> Outcome {
    let unsupported = |why: &str| declined("toplevel", why);
    if build.target != crate::project::args::Target::Cross {
        return unsupported("a target's own class paths");
    }
    if !build.remaps.is_empty() || !build.native_libs.is_empty() || !build.libs.is_empty() {
        return unsupported("remapped packages or libraries");
    }
    if build.times || build.verbose {
        return unsupported("--times or -v");
    }
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = crate::sema::typer::Typer::new(modules);
    if let Ok(std) = std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        typer.std_prefixes = std
            .dirs()
            .iter()
            .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
            .collect();
    }
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let env = crate::display::toplevel::Env {
        class_paths: cps,
        cwd: &build.cwd,
        defines: &d.defines,
    };
    match crate::display::toplevel::answer(&mut typer, id, d.cursor, &env) {
        // haxe's server lists the modules of its file cache, ordered by package.
        crate::display::toplevel::Answer::List(_) if server => {
            unsupported("the compilation server's toplevel")
        }
        crate::display::toplevel::Answer::List(list) => Outcome::display(list),
        crate::display::toplevel::Answer::Unsupported(why) => unsupported(&why),
    }
}

/// Type-path completion (`import haxe.|`, `var x:pack.Mod.|`, a cursor in an import's path);
/// `None` when the cursor is not in a type path.
fn type_path_query(build: &Build, cps: &ClassPaths, d: &DisplayFile) -> Option<Outcome> {
    use crate::display::type_path::{self, Answer};
    let mut modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let answer = type_path::answer_at(
        &mut modules,
        cps,
        &build.cwd,
        &d.module,
        d.parsed.type_path.as_ref(),
        &d.parsed.module,
        d.cursor,
    )?;
    let unsupported = |why: &str| Some(declined("type path", why));
    if build.target != crate::project::args::Target::Cross {
        return unsupported("a target's own class paths");
    }
    if !build.remaps.is_empty() || !build.native_libs.is_empty() || !build.libs.is_empty() {
        return unsupported("remapped packages or libraries");
    }
    if build.times || build.verbose {
        return unsupported("--times or -v");
    }
    Some(match answer {
        Answer::List(list) => Outcome::display(list),
        Answer::Error(line) => Outcome::error(line),
        Answer::Unsupported(why) => declined("type path", why),
    })
}

/// `@position` on a type named in a type hint.
fn position_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Outcome {
    let unsupported = |why: &str| declined("position", why);
    let d = match open_display_file(build, cps, req, "position", false, &unsupported) {
        Ok(d) => d,
        Err(answer) => return answer,
    };
    let mut modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let id = modules.add_display_module(&d.module, d.file.clone(), d.parsed.module);
    match crate::display::position::answer(&mut modules, id, d.cursor) {
        crate::display::position::Answer::Positions(p) => Outcome::display(p),
        crate::display::position::Answer::Unsupported(why) => unsupported(why),
    }
}

/// `@type` on a local or argument whose type is declared.
fn hover_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Outcome {
    let unsupported = |why: &str| declined("type", why);
    let d = match open_display_file(build, cps, req, "type", false, &unsupported) {
        Ok(d) => d,
        Err(answer) => return answer,
    };
    // Hover answers print the display file's full path: absolute, links not resolved.
    let full = crate::project::classpath::normalize(&build.cwd.join(&req.file))
        .to_string_lossy()
        .to_string();
    let mut modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let id = modules.add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let why = match crate::display::hover::answer(&mut modules, id, d.cursor, &full) {
        crate::display::hover::Answer::Type(t) => return Outcome::display(t),
        crate::display::hover::Answer::Unsupported(why) => why,
    };
    if !why.contains("inferred") {
        return unsupported(why);
    }
    // A local whose type is inferred: the typer types the field up to the name.
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = crate::sema::typer::Typer::new(modules);
    if let Ok(std) = std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        typer.std_prefixes = std
            .dirs()
            .iter()
            .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
            .collect();
    }
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module);
    let Some((ty, span)) = typer.type_at_hover(id, d.cursor) else {
        return unsupported(why);
    };
    Outcome::display(crate::display::hover::type_answer(
        &typer.m.db,
        &d.file,
        &full,
        span,
        &ty,
    ))
}

fn module_symbols_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Outcome {
    let loaded = match locate_display_file(build, cps, &req.file) {
        Ok(l) => l,
        Err(line) => return Outcome::error(line),
    };
    let mut defines = build.defines.clone();
    defines.define_value("display", "module-symbols");
    crate::sema::stats::module_parsed();
    let parsed = syntax::parse_display_file(&loaded.text, &defines, None);
    let file = SourceFile::new(loaded.shown, loaded.text);
    if let Some(e) = parsed.error {
        return Outcome::error(format!("{} : {}", file.format_pos(e.span), e.message));
    }
    let symbols = module_symbols::collect(&file.path, &parsed.module);
    Outcome::display(module_symbols::print(&file, &symbols))
}

/// A build without a display request: type-check everything the roots reach (haxe's
/// `--no-output`). What hxs cannot type yet is declined with an explicit error.
fn check(build: &Build, cps: &ClassPaths, std_dirs: &[PathBuf]) -> Outcome {
    let mut roots: Vec<String> = Vec::new();
    if let Some(m) = &build.main {
        roots.push(m.clone());
    }
    roots.extend(build.root_types.iter().cloned());
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &build.defines);
    let result = crate::sema::check::check(modules, std_dirs, &roots, build.main.as_deref());
    match result {
        crate::sema::check::CheckResult::Unsupported(why) => Outcome::error(format!(
            "Error: hxs cannot type-check this build yet: {}",
            why
        )),
        crate::sema::check::CheckResult::Errors(lines) => Outcome {
            failed: lines.iter().any(|l| !l.contains(" : Warning : ")),
            messages: lines.into_iter().map(Message::Error).collect(),
        },
    }
}

/// The directory a relative path is taken from.
pub fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    }
}
