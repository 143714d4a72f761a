//! Runs one build (one `--next` section of a command line): resolves its std and class
//! paths, then answers its display query or checks its modules. The result is a list of
//! messages that the one-shot CLI and the server each print in their own way.

use crate::cache::memory::MemoryCache;
use crate::cache::ParsedCache;
use crate::display::field_access::Answer;
use crate::display::module_symbols;
use crate::project::args::Build;
use crate::project::classpath::{ClassPaths, ModulePath};
use crate::project::defines::Defines;
use crate::project::std_lib;
use crate::sema::modules::Modules;
use crate::syntax::{self, cond::DefineLookup, source::SourceFile};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One piece of output, in the order produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A display answer, printed raw (the one-shot CLI adds a newline).
    Display(String),
    /// A compiler error line (`file:line: characters a-b : message`, or a bare message).
    Error(String),
    /// Non-error output such as `-v` lines.
    Log(String),
    /// A line haxe writes straight to its process's stdout (a debug print of its parser),
    /// which a compilation server does not send to its client.
    Stdout(String),
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
    run_with(build, None)
}

/// Runs one build for the compilation server: module files and checks come from the
/// server's memory when they are unchanged (`cache::memory`), and the answers differ from a
/// one-shot run's only where haxe's server keeps its own state (the toplevel lists the
/// server's file cache, which hxs declines). Leaves a line for the daemon's `-v` log saying
/// what was parsed and reused (`cache::memory::take_report`).
pub fn run_in_server(build: &Build, memory: &Arc<MemoryCache>) -> Outcome {
    crate::cache::memory::reset_counters();
    let started = std::time::Instant::now();
    let source: Arc<dyn crate::sema::sources::SourceCache> = memory.clone();
    let out =
        crate::sema::sources::with_source_cache(source, || run_with(build, Some(memory.as_ref())));
    let took = started.elapsed().as_secs_f64() * 1000.0;
    crate::cache::memory::report(crate::cache::memory::counters().line(took));
    out
}

fn run_with(build: &Build, memory: Option<&MemoryCache>) -> Outcome {
    crate::sema::stats::reset();
    let mut out = run_counted(build, memory);
    if build.verbose {
        let line = crate::sema::stats::current().line();
        out.messages.push(Message::Log(line));
    }
    out
}

fn run_counted(build: &Build, memory: Option<&MemoryCache>) -> Outcome {
    let server = memory.is_some();
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
    check(build, &class_paths, &std.dirs(), memory)
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
        "signature" => signature_query(build, cps, req),
        "usage" => usage_query(build, cps, req),
        "diagnostics" => diagnostics_query(build, cps, req, server),
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
    if d.parsed.in_line_comment {
        return no_completion_point(build, cps, &d, &unsupported);
    }
    let mut out = completion_query(build, cps, req, &d, display_define, server);
    // haxe's parser prints the token after the cursor when the cursor lies between type
    // declarations, whatever is answered then.
    match d.parsed.type_decl_point.as_ref().map(|p| &p.printed) {
        Some(syntax::parser::Printed::Line(token)) => {
            out.messages.insert(0, Message::Stdout(token.clone()))
        }
        Some(syntax::parser::Printed::Unknown) => {
            return unsupported("a cursor between declarations, before this token")
        }
        _ => {}
    }
    out
}

/// The answer of [`field_access_query`] once the display file is parsed.
fn completion_query(
    build: &Build,
    cps: &ClassPaths,
    req: &DisplayRequest,
    d: &DisplayFile,
    display_define: &str,
    server: bool,
) -> Outcome {
    let unsupported = |why: &str| declined("field access", why);
    if let Some(answer) = type_path_query(build, cps, d, server) {
        return answer;
    }
    // Call arguments are the plain mode's answer only (not `@toplevel`'s).
    if display_define == "1" && may_follow_call_separator(&d.file.text, d.cursor) {
        if let Some(answer) = call_args_query(build, cps, req) {
            return answer;
        }
    }
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let mut first = crate::display::field_access::answer(&mut typer.m, id, d.cursor);
    if let Answer::Typed(items, pending) = first {
        first =
            crate::display::field_access::finish_typed(&mut typer, (id, d.cursor), items, pending);
    }
    let why = match first {
        Answer::List(list) => return Outcome::display(list),
        Answer::Typed(..) => return unsupported("completion listing fields that do not type"),
        Answer::Error(line) => return Outcome::error(line),
        Answer::Unsupported("completion here") => return toplevel_query(build, cps, d, server),
        Answer::Unsupported(why) => why,
    };
    if !matches!(
        why,
        "completion on a value whose type is inferred"
            | "completion with static extensions"
            | "field completion on this expression"
            | "completion on a field or an unknown name"
    ) {
        return unsupported(why);
    }
    // The value's type is inferred: ask the typer, then list its fields the same way.
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let Some(ty) = typer.type_at_dot(id, d.cursor) else {
        return unsupported(why);
    };
    match crate::display::field_access::answer_with_typer(&mut typer, id, d.cursor, ty) {
        Answer::List(list) => Outcome::display(list),
        Answer::Typed(..) => unsupported("completion listing fields that do not type"),
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
    if let Some(point) = &d.parsed.type_decl_point {
        if point.touching {
            return unsupported("a cursor at the end of a declaration");
        }
        return match type_decl_keywords(point, &d.file.path) {
            Some(list) => if_clean(build, cps, d, Outcome::display(list), &unsupported),
            None => unsupported("a cursor between the declarations of an import.hx"),
        };
    }
    let (mut typer, id, env) = toplevel_typer(build, cps, d);
    match crate::display::toplevel::answer(&mut typer, id, d.cursor, &env) {
        // haxe's server lists the modules of its file cache, ordered by package.
        crate::display::toplevel::Answer::List(_) if server => {
            unsupported("the compilation server's toplevel")
        }
        crate::display::toplevel::Answer::List(list) => Outcome::display(list),
        crate::display::toplevel::Answer::Unsupported(why)
            if why == crate::display::toplevel::NO_POINT =>
        {
            no_completion_point(build, cps, d, &unsupported)
        }
        crate::display::toplevel::Answer::Error(span, message) => {
            let line = format!("{} : {}", d.file.format_pos(span), message);
            error_if_clean(build, cps, d, line, &unsupported)
        }
        crate::display::toplevel::Answer::Unsupported(why) => unsupported(&why),
    }
}

/// Type-path completion (`import haxe.|`, `var x:pack.Mod.|`, a cursor in an import's path);
/// `None` when the cursor is not in a type path.
fn type_path_query(
    build: &Build,
    cps: &ClassPaths,
    d: &DisplayFile,
    server: bool,
) -> Option<Outcome> {
    use crate::display::type_path::{self, Answer};
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
    let ask = |ms: &mut Modules| {
        type_path::answer_at(
            ms,
            cps,
            &build.cwd,
            &d.module,
            d.parsed.type_path.as_ref(),
            &d.parsed.module,
            d.cursor,
        )
    };
    let mut answer = ask(&mut typer.m)?;
    if matches!(answer, Answer::Unsupported(why) if why == type_path::INFERRED_STATICS) {
        // Statics declared without a type: the typer infers them (as haxe types them to
        // print them), and the listing is asked again.
        for (class, name) in std::mem::take(&mut typer.m.wanted_statics) {
            let field = typer
                .class_info(class)
                .ok()
                .and_then(|info| info.static_field(&name).cloned());
            let owner = crate::sema::typer::FieldOwner::Class(class);
            // haxe's inferred types for generic functions do not always come out as
            // hxs infers them (`Lambda.filter`'s `Array<Unknown<0>>`): left declined. Nor
            // do those whose result may depend on a field read (see `inferred_flow`).
            let field = field.filter(|f| {
                f.params.is_empty()
                    && crate::display::inferred_flow::result_reads_no_field(&typer.m, f.decl)
            });
            if let Some(t) = field.and_then(|f| typer.field_type(owner, &f).ok()) {
                typer.m.inferred_statics.insert((class, name), t);
            }
        }
        answer = ask(&mut typer.m)?;
    }
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
        Answer::PrintedThenList(line, list) => {
            let mut out = Outcome::display(list);
            out.messages.insert(0, Message::Stdout(line));
            out
        }
        // haxe's server lists the modules of its file cache.
        Answer::ImportToplevel(_) if server => {
            declined("type path", "the compilation server's toplevel")
        }
        Answer::ImportToplevel(index) => {
            let (mut typer, id, env) = toplevel_typer(build, cps, d);
            match crate::display::toplevel::import_answer(&mut typer, id, index, &env) {
                crate::display::toplevel::Answer::List(list) => Outcome::display(list),
                crate::display::toplevel::Answer::Error(..) => {
                    declined("type path", "an error in an import's toplevel listing")
                }
                crate::display::toplevel::Answer::Unsupported(why) => declined("type path", &why),
            }
        }
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
    let id = modules.add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    match crate::display::position::answer(&mut modules, id, d.cursor) {
        crate::display::position::Answer::Positions(p) => Outcome::display(p),
        crate::display::position::Answer::Unsupported(why) => {
            // A field of a value hxs cannot type syntactically: the typer resolves it.
            let Some(span) = crate::display::position::typed_field_at(&d.parsed.module, d.cursor)
            else {
                return unsupported(why);
            };
            let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
            let mut typer = display_typer(build, modules);
            let id = typer
                .m
                .add_display_module(&d.module, d.file.clone(), d.parsed.module);
            let Some((access, reported)) = typer.field_access_at(id, span) else {
                return unsupported(why);
            };
            match crate::display::position::field_definition(&mut typer, id, access, reported) {
                crate::display::position::Answer::Positions(p) => Outcome::display(p),
                crate::display::position::Answer::Unsupported(why) => unsupported(why),
            }
        }
    }
}

/// `@usage`: the build is typed whole, the display module with it, and the places that
/// mean the symbol under the cursor are listed.
fn usage_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Outcome {
    let unsupported = |why: &str| declined("usage", why);
    let loaded = match locate_display_file(build, cps, &req.file) {
        Ok(l) => l,
        Err(line) => return Outcome::error(line),
    };
    let Some(module) = loaded.module.clone() else {
        return unsupported("a display file outside the class paths");
    };
    let file = SourceFile::new(loaded.shown, loaded.text);
    let Some(cursor) = u32::try_from(req.pos)
        .ok()
        .and_then(|p| file.byte_of_code_point(p))
    else {
        return unsupported("a position outside the file");
    };
    // `@usage` defines no `display`: the file is typed as in a build.
    let (result, mut typer) = match recorded_check(build, cps, &module) {
        Ok(r) => r,
        Err(why) => return unsupported(why),
    };
    match result {
        crate::sema::check::CheckResult::Errors(lines) if lines.is_empty() => {}
        crate::sema::check::CheckResult::Errors(_) => {
            return unsupported("a build with errors or warnings")
        }
        crate::sema::check::CheckResult::Unsupported(why) => return unsupported(&why),
    }
    let Some(id) = typer.m.loaded(&module) else {
        return unsupported("a display module the check did not load");
    };
    if typer.m.module(id).file.text != file.text {
        return unsupported("a display file read differently");
    }
    match crate::display::usage::answer(&mut typer, id, cursor) {
        crate::display::usage::Answer::Positions(p) => Outcome::display(p),
        crate::display::usage::Answer::Unsupported(why) => unsupported(&why),
    }
}

/// The whole build typed as a check, the typer recording the names it resolves (for
/// `@usage` and `@diagnostics`, which define no `display`); why not, for builds hxs does not
/// type so.
fn recorded_check<'b>(
    build: &'b Build,
    cps: &ClassPaths,
    module: &ModulePath,
) -> Result<
    (
        crate::sema::check::CheckResult,
        crate::sema::typer::Typer<'b>,
    ),
    &'static str,
> {
    if build.target != crate::project::args::Target::Cross {
        return Err("a target's own class paths");
    }
    if !build.remaps.is_empty() || !build.native_libs.is_empty() || !build.libs.is_empty() {
        return Err("remapped packages or libraries");
    }
    if build.times || build.verbose {
        return Err("--times or -v");
    }
    let roots = roots_and(build, module);
    let std_dirs = std_lib::resolve(build.std_path.as_deref(), &build.cwd)
        .map_err(|_| "a std that cannot be prepared")?
        .dirs();
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &build.defines);
    Ok(crate::sema::check::check_recording(
        modules,
        &std_dirs,
        &roots,
        build.main.as_deref(),
    ))
}

/// `@diagnostics`: the build is typed whole (no `display` define), recording the names it
/// resolves, and the display file's errors, unused imports and unused locals are listed.
fn diagnostics_query(
    build: &Build,
    cps: &ClassPaths,
    req: &DisplayRequest,
    server: bool,
) -> Outcome {
    let unsupported = |why: &str| declined("diagnostics", why);
    // haxe reports a display file it cannot place as a diagnostic of its own.
    let Ok(loaded) = locate_display_file(build, cps, &req.file) else {
        return unsupported("a display file that cannot be read or placed");
    };
    // haxe's server also lists the display file's inactive `#if` blocks.
    if server
        && !syntax::parse(&loaded.text, &build.defines)
            .dead_blocks
            .is_empty()
    {
        return unsupported("an inactive `#if` block, which the compilation server lists");
    }
    let Some(module) = loaded.module.clone() else {
        return unsupported("a display file outside the class paths");
    };
    let (result, typer) = match recorded_check(build, cps, &module) {
        Ok(r) => r,
        Err(why) => return unsupported(why),
    };
    let errors = match result {
        crate::sema::check::CheckResult::Errors(lines) => lines,
        crate::sema::check::CheckResult::Unsupported(why) => return unsupported(&why),
    };
    let Some(id) = typer.m.loaded(&module) else {
        return unsupported("a display module the check did not load");
    };
    if *typer.m.module(id).file.text != *loaded.text {
        return unsupported("a display file read differently");
    }
    // haxe prints the file's real path: absolute, links resolved.
    let Ok(real) = std::fs::canonicalize(build.cwd.join(&loaded.shown)) else {
        return unsupported("a display file without a real path");
    };
    match crate::display::diagnostics::answer(&typer, id, &errors, &real.to_string_lossy()) {
        crate::display::diagnostics::Answer::Json(j) => Outcome::display(j),
        crate::display::diagnostics::Answer::Unsupported(why) => unsupported(&why),
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
        crate::display::hover::Answer::GenericMethod { span, doc } => {
            // The typer reads the method with its parameters as fresh monomorphs.
            let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
            let mut typer = display_typer(build, modules);
            let id = typer
                .m
                .add_display_module(&d.module, d.file.clone(), d.parsed.module);
            return match typer.type_of_expr_at(id, span) {
                Some(ty) => Outcome::display(crate::display::hover::type_answer(
                    &typer.m.db,
                    &d.file,
                    &full,
                    span,
                    &ty,
                    doc.as_deref(),
                )),
                None => unsupported("hover on a generic method the typer does not reach"),
            };
        }
    };
    if let Some((call, report)) = crate::display::hover::typed_expr_at(&d.parsed.module, d.cursor) {
        // A call (arguments included) or a literal: the typer types it.
        let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
        let mut typer = display_typer(build, modules);
        let id = typer
            .m
            .add_display_module(&d.module, d.file.clone(), d.parsed.module);
        let Some(ty) = typer.type_of_expr_at(id, call) else {
            return unsupported(why);
        };
        let file = &d.file;
        return Outcome::display(crate::display::hover::type_answer(
            &typer.m.db,
            file,
            &full,
            report,
            &ty,
            None,
        ));
    }
    if !why.contains("inferred") {
        return unsupported(why);
    }
    // A local whose type is inferred: the typer types the field up to the name.
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
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
        None,
    ))
}

/// A typer for a display query, with the std's directories known (their bodies are trusted).
/// A typer holding the display module, and what toplevel listings read besides.
fn toplevel_typer<'a>(
    build: &'a Build,
    cps: &'a ClassPaths,
    d: &'a DisplayFile,
) -> (
    crate::sema::typer::Typer<'a>,
    crate::sema::modules::ModuleId,
    crate::display::toplevel::Env<'a>,
) {
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
    let env = crate::display::toplevel::Env {
        class_paths: cps,
        cwd: &build.cwd,
        defines: &d.defines,
    };
    (typer, id, env)
}

fn display_typer<'a>(build: &Build, modules: Modules<'a>) -> crate::sema::typer::Typer<'a> {
    let mut typer = crate::sema::typer::Typer::new(modules);
    if let Ok(std) = std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        typer.std_prefixes = std
            .dirs()
            .iter()
            .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
            .collect();
    }
    typer
}

/// The candidate signatures of the call around the cursor, for `@signature` and for the
/// plain mode's call arguments; `Ok(None)` when the cursor is in no call.
fn call_signatures(
    build: &Build,
    cps: &ClassPaths,
    d: DisplayFile,
    request: crate::sema::signature::SignatureRequest,
    print: &dyn Fn(&crate::sema::types::TypeDb, &[crate::sema::signature::Candidate]) -> String,
) -> Result<String, String> {
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
    let mut typer = display_typer(build, modules);
    let id = typer
        .m
        .add_display_module(&d.module, d.file.clone(), d.parsed.module);
    match typer.type_at_signature(id, request) {
        // Empty only for an array access without signatures (a known difference).
        Ok(Some(list)) => Ok(print(&typer.m.db, &list)),
        Ok(_) => Err("a call the typer does not reach".into()),
        Err(why) if why == crate::sema::expr::DISPLAY_STOP => {
            Err("a call the typer stops before".into())
        }
        Err(why) => Err(why),
    }
}

/// `@signature`: the signatures of the call around the cursor, as haxe's JSON.
fn signature_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Outcome {
    use crate::display::signature::{find_site, print_json, Site};
    let unsupported = |why: &str| declined("signature", why);
    let d = match open_display_file(build, cps, req, "signature", false, &unsupported) {
        Ok(d) => d,
        Err(answer) => return answer,
    };
    if crate::display::signature::on_import_type_segment(&d.parsed.module, d.cursor) {
        // haxe lists the path's package or module there, as plain completion does.
        let d = match open_display_file(build, cps, req, "signature", true, &unsupported) {
            Ok(d) => d,
            Err(answer) => return answer,
        };
        // haxe's parser prints only in completion modes.
        return type_path_query(build, cps, &d, true)
            .map(|mut out| {
                out.messages.retain(|m| !matches!(m, Message::Stdout(_)));
                out
            })
            .unwrap_or_else(|| unsupported("a type path haxe lists here"));
    }
    let site = match find_site(&d.parsed.module, &d.file.text, d.cursor) {
        Ok(s) => s,
        Err(why) => return unsupported(why),
    };
    let request = match site {
        Site::Call(r, _) => r,
        Site::Outside if crate::display::signature::in_import(&d.parsed.module, d.cursor) => {
            // Off the path's type names (`on_import_type_segment` above).
            return no_completion_point(build, cps, &d, &unsupported);
        }
        Site::Outside => {
            // Outside function bodies (class headers, type paths) haxe may complete
            // syntax or paths instead.
            let in_body = crate::display::scope::bodies(&d.parsed.module)
                .iter()
                .any(|(_, b)| b.span.lo < d.cursor && d.cursor < b.span.hi);
            // In a field's declaration outside expressions (an initializer's end, its
            // metadata) there is no call either, nor in a type's header.
            let in_declaration = !in_body
                && (d.parsed.type_path.is_none()
                    || !crate::display::signature::in_field_declaration(
                        &d.parsed.module,
                        d.cursor,
                    ));
            if (!in_body || d.parsed.type_path.is_some()) && !in_declaration {
                return unsupported("a position outside calls and function bodies");
            }
            if !in_body {
                use crate::display::signature::{header_point, HeaderPoint};
                match header_point(&d.parsed.module, &d.file.text, d.cursor) {
                    HeaderPoint::Keywords(list) => return Outcome::display(list.to_string()),
                    HeaderPoint::Unknown => return unsupported("a position in a type's header"),
                    HeaderPoint::Outside | HeaderPoint::NoPoint => {}
                }
            }
            return no_completion_point(build, cps, &d, &unsupported);
        }
    };
    let print = |db: &crate::sema::types::TypeDb, list: &[crate::sema::signature::Candidate]| {
        print_json(db, list, request.display_arg)
    };
    match call_signatures(build, cps, d, request, &print) {
        Ok(json) => Outcome::display(json),
        Err(why) => unsupported(&why),
    }
}

/// Whether the last token before the cursor is a `(` or a `,`: what [`call_args_query`]
/// needs before it parses the file a second time (its separators are such tokens, see
/// `display::signature::after_call_separator`). Lexing costs a fraction of parsing, so the
/// usual field completion after a `.` skips that parse.
fn may_follow_call_separator(text: &str, cursor: u32) -> bool {
    use crate::syntax::lexer::{lex, RawKind};
    use crate::syntax::token::TokenKind;
    let (tokens, _) = lex(text);
    let before = tokens
        .iter()
        .rev()
        .find(|t| t.span.hi <= cursor && matches!(t.kind, RawKind::Token(_)));
    matches!(
        before.map(|t| &t.kind),
        Some(RawKind::Token(TokenKind::POpen | TokenKind::Comma))
    )
}

/// Plain `--display FILE@POS` right after the `(` or a `,` of a call: the called
/// function's type (`<type>`), where haxe 4.2.5 lists the toplevel (a known difference,
/// `tests/known-differences.md`). `None` when the cursor is not there.
fn call_args_query(build: &Build, cps: &ClassPaths, req: &DisplayRequest) -> Option<Outcome> {
    use crate::display::signature::{after_call_separator, find_site, print_types, Site};
    let unsupported = |why: &str| declined("call argument", why);
    // The file is parsed again as for `@signature`, without completion markers.
    let d = open_display_file(build, cps, req, "1", false, &unsupported).ok()?;
    let Ok(Site::Call(request, seps)) = find_site(&d.parsed.module, &d.file.text, d.cursor) else {
        return None;
    };
    if !after_call_separator(&d.file.text, &seps, d.cursor) {
        return None;
    }
    let print = |db: &crate::sema::types::TypeDb, list: &[crate::sema::signature::Candidate]| {
        print_types(db, list)
    };
    Some(match call_signatures(build, cps, d, request, &print) {
        Ok(types) => Outcome::display(types),
        Err(why) => unsupported(&why),
    })
}

/// haxe answers `No completion point was found` when typing finds nothing to display, but
/// only if the build has no error (it prints the errors otherwise): hxs checks the build
/// and the display module, and declines unless that is clean.
fn no_completion_point(
    build: &Build,
    cps: &ClassPaths,
    d: &DisplayFile,
    unsupported: &dyn Fn(&str) -> Outcome,
) -> Outcome {
    error_if_clean(
        build,
        cps,
        d,
        "Error: No completion point was found".to_string(),
        unsupported,
    )
}

/// haxe's delayed `SCTypeDecl` completion (`handle_syntax_completion`): the keywords that
/// may start a declaration there, on one line. `None` in an `import.hx` after a type, where
/// haxe has none to list.
fn type_decl_keywords(point: &syntax::parser::TypeDeclPoint, file: &str) -> Option<String> {
    use syntax::parser::TypeDeclMode;
    let in_import_hx = Path::new(file).file_name() == Some(std::ffi::OsStr::new("import.hx"));
    let mut words: Vec<&str> = match point.mode {
        TypeDeclMode::BeforePackage => vec!["package", "import", "using"],
        TypeDeclMode::AfterImport => vec!["import", "using"],
        TypeDeclMode::AfterType => Vec::new(),
    };
    if !in_import_hx {
        words.extend([
            "private",
            "extern",
            "class",
            "interface",
            "enum",
            "abstract",
            "typedef",
            "final",
        ]);
    }
    if words.is_empty() {
        return None;
    }
    let mut list = String::from("<il>\n");
    for w in words {
        list.push_str(&format!("<i k=\"keyword\">{w}</i>"));
    }
    list.push_str("</il>");
    Some(list)
}

/// The error line haxe answers a display query with when typing stops there: given only
/// if the build is clean (haxe prints the build's errors otherwise).
fn error_if_clean(
    build: &Build,
    cps: &ClassPaths,
    d: &DisplayFile,
    line: String,
    unsupported: &dyn Fn(&str) -> Outcome,
) -> Outcome {
    if_clean(build, cps, d, Outcome::error(line), unsupported)
}

/// `answer`, given only if hxs finds the build clean: haxe may stop at an error of the
/// display module instead (hxs is stricter, checking every body).
fn if_clean(
    build: &Build,
    cps: &ClassPaths,
    d: &DisplayFile,
    answer: Outcome,
    unsupported: &dyn Fn(&str) -> Outcome,
) -> Outcome {
    let roots = roots_and(build, &d.module);
    let std_dirs = match std_lib::resolve(build.std_path.as_deref(), &build.cwd) {
        Ok(s) => s.dirs(),
        Err(_) => return unsupported("a position outside any call"),
    };
    let clean = |recovered: bool| {
        let mut modules = Modules::new(cps.clone(), build.cwd.clone(), &d.defines);
        if recovered {
            modules.add_display_module(&d.module, d.file.clone(), d.parsed.module.clone());
        }
        matches!(
            crate::sema::check::check(modules, &std_dirs, &roots, build.main.as_deref()),
            crate::sema::check::CheckResult::Errors(lines) if lines.is_empty()
        )
    };
    // haxe ignores the display file's syntax errors: its recovered tree is checked then,
    // unless an error lies in the field at the cursor (haxe's recovery there decides what
    // it answers).
    let recovered_elsewhere = !d.parsed.recovered.is_empty() && !error_in_cursor_field(d);
    if clean(false) || (recovered_elsewhere && clean(true)) {
        answer
    } else {
        unsupported("a position outside any call, in a build hxs does not find clean")
    }
}

/// Whether a recovered syntax error of the display file lies in the class or abstract field
/// holding the cursor.
fn error_in_cursor_field(d: &DisplayFile) -> bool {
    use syntax::ast::DeclKind;
    let encloses = |span: syntax::source::Span, at: u32| span.lo <= at && at <= span.hi;
    let field = d.parsed.module.decls.iter().find_map(|decl| {
        let fields = match &decl.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            _ => return None,
        };
        fields.iter().find(|f| encloses(f.span, d.cursor))
    });
    field.is_some_and(|f| {
        d.parsed
            .recovered
            .iter()
            .any(|e| encloses(f.span, e.span.lo))
    })
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
fn check(
    build: &Build,
    cps: &ClassPaths,
    std_dirs: &[PathBuf],
    memory: Option<&MemoryCache>,
) -> Outcome {
    let cache = match memory {
        Some(m) => server_cache_for_build(build, m),
        None => cache_for_build(build),
    };
    let mut out = check_through(build, cps, std_dirs, cache.as_ref(), memory);
    if let Some(c) = &cache {
        c.finish("check");
    }
    if let (false, Some(notice)) = (out.failed, no_output_notice(build)) {
        out.messages.push(Message::Log(notice));
    }
    out
}

/// What hxs says, once per build, of a build with a target that it only type-checks: the
/// program is neither generated nor run (haxe would have written or interpreted it).
fn no_output_notice(build: &Build) -> Option<String> {
    use crate::project::args::Target;
    if build.no_output {
        return None;
    }
    match (build.target, &build.output) {
        (Target::Cross, _) => None,
        (Target::Interp, _) => Some(
            "hxs: the program was type-checked, not run: hxs does not interpret (--interp, --run)"
                .into(),
        ),
        (target, Some(out)) => Some(format!(
            "hxs: the program was type-checked; no {} output was written to {}",
            target.platform_name(),
            out
        )),
        (target, None) => Some(format!(
            "hxs: the program was type-checked; no {} output was written",
            target.platform_name()
        )),
    }
}

/// The persistent cache of a check in the server: the request's `--cache-dir`, else the
/// daemon's own (`--cache-dir` before `--wait`), else what a one-shot run would use; opened
/// once and kept open by the server ([`MemoryCache::store`]).
fn server_cache_for_build(build: &Build, memory: &MemoryCache) -> Option<ParsedCache> {
    let dir = match (&build.cache_dir, memory.default_store_dir()) {
        (None, Some(d)) => d.to_path_buf(),
        _ => {
            let named = build.cache_dir.is_some()
                || std::env::var_os(crate::cache::CACHE_DIR_ENV).is_some_and(|v| !v.is_empty());
            let dir = crate::cache::cache_dir(build.cache_dir.as_deref(), &build.cwd);
            if !named && !dir.is_dir() {
                return None;
            }
            dir
        }
    };
    Some(match memory.store(&dir) {
        Ok(store) => ParsedCache::from_store(store),
        Err(_) => ParsedCache::open_or_uncached(&dir),
    })
}

/// Runs a check build through `cache` (for `hxs cache warm`); `None` for a build that is not
/// a check (a display query, or nothing to type).
pub fn warm_check(build: &Build, cache: &ParsedCache) -> Option<Outcome> {
    if build.display.is_some() || (build.main.is_none() && build.root_types.is_empty()) {
        return None;
    }
    let std = std_lib::resolve(build.std_path.as_deref(), &build.cwd).ok()?;
    let class_paths = ClassPaths::new(&build.class_paths, &std.dirs());
    crate::sema::stats::reset();
    Some(check_with_cache(
        build,
        &class_paths,
        &std.dirs(),
        Some(cache),
    ))
}

/// The persistent cache a check uses: the one named by `--cache-dir` or `HXS_CACHE_DIR`,
/// else `.hxs-cache` in the working directory when it exists (`hxs cache warm` creates it).
/// A build never creates a cache nobody asked for, so checks run in a source tree leave
/// nothing behind.
pub fn cache_for_build(build: &Build) -> Option<ParsedCache> {
    let named = build.cache_dir.is_some()
        || std::env::var_os(crate::cache::CACHE_DIR_ENV).is_some_and(|v| !v.is_empty());
    let dir = crate::cache::cache_dir(build.cache_dir.as_deref(), &build.cwd);
    (named || dir.is_dir()).then(|| ParsedCache::open_or_uncached(&dir))
}

/// The roots of a check, then the display file's module when it is not one of them.
fn roots_and(build: &Build, module: &ModulePath) -> Vec<String> {
    let mut roots = check_roots(build);
    let dotted = module.dotted();
    if !roots.contains(&dotted) {
        roots.push(dotted);
    }
    roots
}

/// The roots of a check, in command-line order (the `-main` class among the root types),
/// each once.
fn check_roots(build: &Build) -> Vec<String> {
    let mut roots = build.root_types.clone();
    if let Some(m) = &build.main {
        roots.insert(build.main_index.min(roots.len()), m.clone());
    }
    let mut seen = std::collections::HashSet::new();
    roots.retain(|r| seen.insert(r.clone()));
    roots
}

/// A check through the persistent cache: the stored answer when every file the stored
/// check read still reads the same (`cache::checked`), else a full check, stored.
pub fn check_with_cache(
    build: &Build,
    cps: &ClassPaths,
    std_dirs: &[PathBuf],
    cache: Option<&ParsedCache>,
) -> Outcome {
    check_through(build, cps, std_dirs, cache, None)
}

/// A check through the server's memory (first) and the persistent cache (then): the kept
/// answer when every file that check read still reads the same, else a full check, kept in
/// both.
fn check_through(
    build: &Build,
    cps: &ClassPaths,
    std_dirs: &[PathBuf],
    cache: Option<&ParsedCache>,
    memory: Option<&MemoryCache>,
) -> Outcome {
    use crate::cache::checked;
    use crate::cache::records::{CheckOutcome, CheckRecord, CheckWork, ImportRead, ModuleRead};
    let roots = check_roots(build);
    let report = build.verbose || build.times;
    let stored = cache.filter(|c| c.store().is_some());
    if stored.is_none() && memory.is_none() {
        let mut out = check_outcome(run_check(build, cps, std_dirs, &roots).result);
        if let (Some(c), true) = (cache, report) {
            let lines = c.notice_lines(true);
            out.messages.extend(lines.into_iter().map(Message::Log));
        }
        return out;
    }
    let (format, version) = match stored.and_then(|c| c.store()) {
        Some(s) => (s.format_version(), s.hxs_version().to_string()),
        None => (
            crate::cache::FORMAT_VERSION,
            crate::cache::HXS_VERSION.to_string(),
        ),
    };
    let defines: Vec<(String, String)> = build
        .defines
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let key = checked::CheckKey::new(
        format,
        &version,
        &cps.entries,
        &defines,
        &roots,
        build.main.as_deref(),
    );
    let replay = |record: &CheckRecord, v: checked::Validation, from: &str, took: f64| {
        let modules = record.modules.iter().filter(|m| m.found.is_some()).count();
        let line = format!(
            "hxs cache: check reused{}: {} modules reused, 0 retyped ({} lookups and files \
             validated in {:.1} ms: {} by stat, {} read; the stored check parsed {} modules, \
             built {} classes, typed {} field bodies)",
            from,
            modules,
            v.questions,
            took,
            v.by_stat,
            v.read,
            record.work.modules_parsed,
            record.work.classes_built,
            record.work.bodies_typed
        );
        let out = check_outcome(match &record.outcome {
            CheckOutcome::Lines(l) => crate::sema::check::CheckResult::Errors(l.clone()),
            CheckOutcome::Declined(w) => crate::sema::check::CheckResult::Unsupported(w.clone()),
        });
        (out, line)
    };
    let started = std::time::Instant::now();
    // A kept or stored check that answers as it is, else one that answers once the modules
    // whose bodies alone changed are retyped.
    let mut found = None;
    let mut retypable: Option<(CheckRecord, checked::Validation, &str)> = None;
    let mut memory_miss = None;
    if let Some(m) = memory {
        let before = crate::cache::memory::counters();
        let mut probe = checked::Memo::new(m.probe());
        let best = checked::best(m.checks(&key), |r| {
            checked::validate(r, &build.cwd, cps, &mut probe)
        });
        match best {
            Ok((record, questions, changed)) => {
                let after = crate::cache::memory::counters();
                let v = checked::Validation {
                    questions,
                    by_stat: after.by_stat - before.by_stat,
                    read: after.hashed - before.hashed,
                    changed,
                };
                if v.changed.is_empty() {
                    let took = started.elapsed().as_secs_f64() * 1000.0;
                    found = Some(replay(&record, v, " from memory", took));
                } else {
                    retypable = Some((record, v, " from memory"));
                }
            }
            Err(miss) => memory_miss = Some(miss),
        }
    }
    let mut store_miss = None;
    if let (None, Some(c)) = (&found, stored) {
        match checked::lookup(c, &key, &build.cwd, cps) {
            Ok((record, v)) if v.changed.is_empty() => {
                if let Some(m) = memory {
                    m.keep_check(&key, &record);
                }
                let took = started.elapsed().as_secs_f64() * 1000.0;
                found = Some(replay(&record, v, "", took));
            }
            Ok((record, v)) => {
                retypable.get_or_insert((record, v, ""));
            }
            Err(miss) => store_miss = Some(miss),
        }
    }
    let mut retype_miss = None;
    if let (None, Some((record, v, from))) = (&found, retypable) {
        let validated = started.elapsed().as_secs_f64() * 1000.0;
        match retype_changed(build, cps, std_dirs, &record, &v.changed) {
            Ok((updated, work)) => {
                if let Some(m) = memory {
                    m.keep_check(&key, &updated);
                }
                let written = stored.is_some_and(|c| checked::store_validated(c, &key, &updated));
                let modules = updated.modules.iter().filter(|m| m.found.is_some()).count();
                let line = format!(
                    "hxs cache: check reused{} after a body-only edit of {}: {} modules reused, \
                     {} retyped ({} lookups and files validated in {:.1} ms: {} by stat, {} \
                     read; retyping took {:.1} ms: {} modules parsed, {} classes built, {} \
                     field bodies typed){}",
                    from,
                    v.changed
                        .iter()
                        .map(|c| c.module.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    modules - v.changed.len(),
                    v.changed.len(),
                    v.questions,
                    validated,
                    v.by_stat,
                    v.read,
                    started.elapsed().as_secs_f64() * 1000.0 - validated,
                    work.modules_parsed,
                    work.classes_built,
                    work.bodies_typed,
                    if written { "; stored" } else { "" }
                );
                let out = check_outcome(crate::sema::check::CheckResult::Errors(Vec::new()));
                found = Some((out, line));
            }
            Err(why) => {
                retype_miss = Some(checked::CheckMiss::NotRetyped(
                    v.changed
                        .first()
                        .map(|c| c.module.clone())
                        .unwrap_or_default(),
                    why,
                ));
            }
        }
    }
    let (mut out, line) = match found {
        Some(answer) => answer,
        None => {
            let miss = retype_miss
                .or(store_miss)
                .or(memory_miss)
                .unwrap_or(checked::CheckMiss::NotCached);
            let before = crate::sema::stats::current();
            let crate::sema::check::Checked {
                result,
                reads,
                outlines,
            } = run_check(build, cps, std_dirs, &roots);
            let after = crate::sema::stats::current();
            let outcome = match &result {
                crate::sema::check::CheckResult::Errors(l) => CheckOutcome::Lines(l.clone()),
                crate::sema::check::CheckResult::Unsupported(w) => {
                    CheckOutcome::Declined(w.clone())
                }
            };
            let modules = reads.modules.iter().filter(|m| m.1.is_some()).count();
            let recordable = !reads.unrecordable;
            let record = CheckRecord {
                outcome,
                modules: reads
                    .modules
                    .into_iter()
                    .map(|(module, found)| ModuleRead {
                        module,
                        found: found.map(|(f, h)| (f, crate::cache::ContentHash(h))),
                    })
                    .collect(),
                import_files: reads
                    .import_files
                    .into_iter()
                    .map(|(shown, found)| ImportRead {
                        shown,
                        found: found.map(|(f, h)| (f, crate::cache::ContentHash(h))),
                    })
                    .collect(),
                work: CheckWork {
                    modules_parsed: (after.modules_parsed - before.modules_parsed) as u64,
                    classes_built: (after.classes_built - before.classes_built) as u64,
                    bodies_typed: (after.bodies_typed - before.bodies_typed) as u64,
                },
                outlines: outlines.map(|list| list.into_iter().map(stored_outline).collect()),
            };
            // The record holds the hash of every file as it was read, so a file edited
            // while the check ran fails the next validation: keeping it is always safe.
            if let (Some(m), true) = (memory, recordable) {
                m.keep_check(&key, &record);
            }
            let written =
                recordable && stored.is_some_and(|c| checked::store(c, &key, &build.cwd, &record));
            let line = format!(
                "hxs cache: check missed ({}): 0 modules reused, {} retyped; {}",
                miss,
                modules,
                match (written, memory.is_some() && recordable) {
                    (true, true) => "stored and kept in memory",
                    (true, false) => "stored",
                    (false, true) => "kept in memory",
                    (false, false) => "not stored",
                }
            );
            (check_outcome(result), line)
        }
    };
    // A check prints what haxe prints: the cache's warnings (a corrupt entry dropped, an
    // unwritable directory) are shown with `-v`, like its other notices, never among the
    // errors.
    if report {
        if let Some(c) = cache {
            let notices = c.take_notices();
            out.messages
                .extend(notices.into_iter().map(|n| Message::Log(n.text)));
        }
        out.messages.push(Message::Log(line));
    }
    out
}

/// A module's outline as the store keeps it.
fn stored_outline(o: crate::sema::check::ModuleOutline) -> crate::cache::records::StoredOutline {
    crate::cache::records::StoredOutline {
        module: o.module,
        outline: crate::cache::ContentHash(o.outline),
        inferred: crate::cache::ContentHash(o.inferred),
    }
}

/// Reuses a check that found no error after an edit of `changed` that touched only the
/// bodies no other module reads (`sema::outline`): their bodies are typed again, every
/// other module trusted, and the check still holds when they type without a message, keep
/// their outlines and inferred types, and read no module the check did not read. Returns
/// the record updated with the new files and the work done; else why not.
fn retype_changed(
    build: &Build,
    cps: &ClassPaths,
    std_dirs: &[PathBuf],
    record: &crate::cache::records::CheckRecord,
    changed: &[crate::cache::checked::ChangedModule],
) -> Result<
    (
        crate::cache::records::CheckRecord,
        crate::cache::records::CheckWork,
    ),
    String,
> {
    use crate::cache::records::{CheckOutcome, CheckWork};
    use crate::sema::check::CheckResult;
    if record.outcome != CheckOutcome::Lines(Vec::new()) {
        return Err("the stored check printed messages".into());
    }
    let Ok(stored) = &record.outlines else {
        return Err("the stored check kept no outlines".into());
    };
    let names: Vec<String> = changed.iter().map(|c| c.module.clone()).collect();
    let before = crate::sema::stats::current();
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &build.defines);
    let checked = crate::sema::check::retype(modules, std_dirs, &names);
    let after = crate::sema::stats::current();
    match &checked.result {
        CheckResult::Errors(lines) if lines.is_empty() => {}
        CheckResult::Errors(_) => return Err("the retyped bodies print messages".into()),
        CheckResult::Unsupported(_) => return Err("hxs declines the retyped bodies".into()),
    }
    let outlines = checked.outlines?;
    for c in changed {
        let now = outlines.iter().find(|o| o.module == c.module);
        let then = stored.iter().find(|o| o.module == c.module);
        let (Some(now), Some(then)) = (now, then) else {
            return Err(format!("{} was not retyped", c.module));
        };
        if now.outline != then.outline.0 {
            return Err("its declarations changed".into());
        }
        if now.inferred != then.inferred.0 {
            return Err("a type inferred from its bodies changed".into());
        }
    }
    // Every file the retyping read must be one the stored check read, with the bytes that
    // the validation just found.
    let reads = checked.reads;
    if reads.unrecordable {
        return Err("the retyping read something the cache cannot record".into());
    }
    let mut updated = record.clone();
    for (module, found) in reads.modules {
        let Some(kept) = updated.modules.iter_mut().find(|m| m.module == module) else {
            return Err(format!(
                "the retyped bodies look for another module ({})",
                module
            ));
        };
        let now = found.map(|(shown, hash)| (shown, crate::cache::ContentHash(hash)));
        let expected = match changed.iter().find(|c| c.module == module) {
            Some(c) => kept
                .found
                .as_ref()
                .map(|(shown, _)| (shown.clone(), c.content)),
            None => kept.found.clone(),
        };
        if now != expected {
            return Err(format!("{} changed while it was retyped", module));
        }
        kept.found = now;
    }
    for (shown, found) in reads.import_files {
        let now = found.map(|(full, hash)| (full, crate::cache::ContentHash(hash)));
        if !record
            .import_files
            .iter()
            .any(|i| i.shown == shown && i.found == now)
        {
            return Err(format!(
                "an import.hx file the check did not read ({})",
                shown
            ));
        }
    }
    let work = CheckWork {
        modules_parsed: (after.modules_parsed - before.modules_parsed) as u64,
        classes_built: (after.classes_built - before.classes_built) as u64,
        bodies_typed: (after.bodies_typed - before.bodies_typed) as u64,
    };
    Ok((updated, work))
}

fn run_check(
    build: &Build,
    cps: &ClassPaths,
    std_dirs: &[PathBuf],
    roots: &[String],
) -> crate::sema::check::Checked {
    let modules = Modules::new(cps.clone(), build.cwd.clone(), &build.defines);
    crate::sema::check::check_reading(modules, std_dirs, roots, build.main.as_deref())
}

fn check_outcome(result: crate::sema::check::CheckResult) -> Outcome {
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
