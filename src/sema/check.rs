//! The `--no-output` build check: type the modules a build reaches from its roots, in
//! haxe's order (each module's types in declaration order, each type's fields in
//! declaration order), and collect the errors as haxe prints them. Modules of the std are
//! trusted: their signatures are typed when used, their bodies never checked.

use super::modules::{ModuleId, ModuleType, Modules, Reads};
use super::typer::{Diagnostic, Fail, FieldOwner, Typer};
use crate::project::classpath::ModulePath;
use crate::syntax::ast::DeclKind;
use std::path::PathBuf;

/// What a check found.
pub enum CheckResult {
    /// Error lines in haxe's format (empty when the build type-checks).
    Errors(Vec<String>),
    /// hxs cannot type something the build uses; the reason, for the user.
    Unsupported(String),
}

/// Checks the build whose roots are `roots` (the `-main` class first, then root types).
pub fn check(
    modules: Modules,
    std_dirs: &[PathBuf],
    roots: &[String],
    main: Option<&str>,
) -> CheckResult {
    check_reading(modules, std_dirs, roots, main).result
}

/// A check with what the cache keeps of it.
pub struct Checked {
    pub result: CheckResult,
    /// What the build read from the file system (the answer depends on nothing else on
    /// disk, which is what lets the persistent cache replay it).
    pub reads: Reads,
    /// The outlines of the modules whose bodies were typed, when the build found no error
    /// and no field type that one module's body could bind for another (`Typer::open_type`);
    /// else why not.
    pub outlines: Result<Vec<ModuleOutline>, String>,
}

/// What other modules see of one module (`outline`): a check with no error whose modules
/// keep their outlines and inferred types after an edit has no error after it either, as
/// long as the edited bodies type without error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleOutline {
    /// The dotted module path.
    pub module: String,
    /// [`super::outline::outline_hash`] of the module's text.
    pub outline: [u8; 32],
    /// The hash of the types inferred for its fields (those without a declared type), in
    /// declaration order.
    pub inferred: [u8; 32],
}

/// [`check`], also returning what the build read and the modules' outlines.
pub fn check_reading(
    modules: Modules,
    std_dirs: &[PathBuf],
    roots: &[String],
    main: Option<&str>,
) -> Checked {
    let mut modules = modules;
    modules.soft_package_mismatch = true;
    let mut t = Typer::new(modules);
    let mut result = check_typer(&mut t, std_dirs, roots, main);
    if shadowed_std_module(&t, std_dirs).is_some() {
        // haxe types the std's bodies against the class path's replacement: start again
        // with the std checked as the class paths are.
        let fresh = t.m.fresh();
        t = Typer::new(fresh);
        t.std_distrusted = true;
        result = check_typer(&mut t, std_dirs, roots, main);
    }
    checked(t, result)
}

/// Types the bodies of `changed` only (each a module's dotted path), every other module
/// trusted as the std is: the check after a body-only edit (`super::outline`). Its outlines
/// are those of `changed`; the caller compares them with the full check's.
pub fn retype(modules: Modules, std_dirs: &[PathBuf], changed: &[String]) -> Checked {
    let mut modules = modules;
    modules.soft_package_mismatch = true;
    let mut t = Typer::new(modules);
    t.retype_only = Some(
        changed
            .iter()
            .map(|m| {
                let mut parts: Vec<String> = m.split('.').map(str::to_string).collect();
                let name = parts.pop().unwrap_or_default();
                ModulePath { pack: parts, name }
            })
            .collect(),
    );
    let result = check_typer(&mut t, std_dirs, changed, None);
    checked(t, result)
}

fn checked(mut t: Typer, result: CheckResult) -> Checked {
    let outlines = match (&result, t.open_type.take()) {
        (_, Some(why)) => Err(why),
        (CheckResult::Errors(lines), None) if lines.is_empty() => outlines(&mut t),
        (CheckResult::Errors(_), None) => Err("the check found errors".into()),
        (CheckResult::Unsupported(_), None) => Err("the check was declined".into()),
    };
    Checked {
        result,
        reads: std::mem::take(&mut t.m.reads),
        outlines,
    }
}

/// The outlines of the modules whose bodies the check typed.
fn outlines(t: &mut Typer) -> Result<Vec<ModuleOutline>, String> {
    let mut out = Vec::new();
    for i in 0..t.m.loaded_count() {
        let mid = ModuleId(i as u32);
        if t.is_trusted(mid) || t.m.module(mid).is_import_file {
            continue;
        }
        let def = t.m.module(mid);
        let module = def.path.dotted();
        let outline = super::outline::outline_hash(&def.file.text, &def.ast);
        let mut h = blake3::Hasher::new();
        for dt in def.types.clone() {
            let fields: Vec<super::typer::FieldInfo> = match dt.ty {
                ModuleType::Class(c) => {
                    let info = t.class_info(c).map_err(|_| "a class that fails to build")?;
                    let all = info.ctor.iter().chain(&info.fields).chain(&info.statics);
                    all.cloned().collect()
                }
                ModuleType::Abstract(a) => {
                    let info = t.abstract_info(a).map_err(|_| "an abstract that fails")?;
                    let all = info.impl_info.ctor.iter().chain(&info.impl_info.statics);
                    all.cloned().collect()
                }
                ModuleType::Enum(_) | ModuleType::Typedef(_) => continue,
            };
            for f in fields.iter().filter(|f| f.inferred) {
                h.update(f.name.as_bytes());
                h.update(if f.is_static { b"\x01" } else { b"\x00" });
                h.update(super::print::s_type(&t.m.db, &f.ty).as_bytes());
                h.update(b"\n");
            }
        }
        out.push(ModuleOutline {
            module,
            outline,
            inferred: *h.finalize().as_bytes(),
        });
    }
    Ok(out)
}

/// [`check`] for a usage query: the typer records the references it resolves and is
/// handed back, so that the query can read them and the modules the check loaded.
pub fn check_recording<'a>(
    modules: Modules<'a>,
    std_dirs: &[PathBuf],
    roots: &[String],
    main: Option<&str>,
) -> (CheckResult, Typer<'a>) {
    let mut modules = modules;
    modules.soft_package_mismatch = true;
    let mut t = Typer::new(modules);
    t.refs = Some(Box::default());
    t.display_mode = true;
    let result = check_typer(&mut t, std_dirs, roots, main);
    (result, t)
}

fn check_typer(
    t: &mut Typer,
    std_dirs: &[PathBuf],
    roots: &[String],
    main: Option<&str>,
) -> CheckResult {
    t.eager_imports = true;
    let std_prefixes: Vec<String> = std_dirs
        .iter()
        .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
        .collect();
    t.std_prefixes = std_prefixes;
    let r = run(t, roots);
    if std::env::var_os("HXS_DEBUG_SIZES").is_some() {
        eprintln!(
            "classes {} enums {} typedefs {} abstracts {} anons {} modules {}",
            t.m.db.classes.len(),
            t.m.db.enums.len(),
            t.m.db.typedefs.len(),
            t.m.db.abstracts.len(),
            t.m.db.anons.len(),
            t.m.loaded_count()
        );
    }
    if let Some(line) = t.m.load_failure.clone() {
        // A module that does not parse stops haxe before any typing error is printed.
        return CheckResult::Errors(vec![line]);
    }
    if let Some(why) = t.m.decline.clone() {
        return CheckResult::Unsupported(why);
    }
    if let Some(shadowed) = shadowed_std_module(t, std_dirs).filter(|_| !t.std_distrusted) {
        // haxe then types std bodies against the replacement; hxs trusts them unchecked.
        return CheckResult::Unsupported(format!(
            "a module of the class path that shadows the std module {}",
            shadowed
        ));
    }
    if !t.m.package_mismatches.is_empty() {
        return CheckResult::Unsupported("a package mismatch found outside an import".into());
    }
    match r {
        Err(Fail::Unsupported(why)) => stopped(t, why),
        Err(Fail::Error(d)) => {
            t.errors.push(d);
            CheckResult::Errors(format_all(t))
        }
        Ok(()) => match late_checks(t, main) {
            Err(Fail::Unsupported(why)) => stopped(t, why),
            Err(Fail::Error(d)) => {
                t.errors.push(d);
                CheckResult::Errors(format_all(t))
            }
            Ok(()) => CheckResult::Errors(format_all(t)),
        },
    }
}

/// The first module loaded from the class path whose path is also a module of the std.
fn shadowed_std_module(t: &Typer, std_dirs: &[PathBuf]) -> Option<String> {
    (0..t.m.loaded_count()).find_map(|i| {
        let mid = ModuleId(i as u32);
        let def = t.m.module(mid);
        if t.is_std(mid) || def.is_import_file {
            return None;
        }
        let mut rel = PathBuf::new();
        for p in &def.path.pack {
            rel.push(p);
        }
        rel.push(format!("{}.hx", def.path.name));
        std_dirs.iter().any(|d| d.join(&rel).is_file()).then(|| {
            let mut parts = def.path.pack.clone();
            parts.push(def.path.name.clone());
            parts.join(".")
        })
    })
}

/// The typer stopped: at an error that stops haxe too (the errors so far, then it), or
/// at something hxs cannot type.
fn stopped(t: &mut Typer, why: String) -> CheckResult {
    match t.fatal.take() {
        Some(d) => {
            t.errors.push(d);
            CheckResult::Errors(format_all(t))
        }
        None => CheckResult::Unsupported(why),
    }
}

/// Whether a diagnostic is an error (not a warning).
pub fn is_error(d: &Diagnostic) -> bool {
    !d.message.starts_with("Warning : ")
}

/// The checks haxe makes after typing, which hxs declines rather than guesses.
fn late_checks(t: &mut Typer, main: Option<&str>) -> Result<(), Fail> {
    // haxe's constraint pass, then its forcing pass (which may stop it).
    t.constraint_checks()?;
    t.force_typedef_checks()?;
    let ids = t.std_ids()?;
    for k in t.deferred_map_keys.clone() {
        let ok = match t.follow(&k)? {
            super::types::Type::Inst(c, _) => {
                c == ids.string || t.m.db.class(c).kind == super::types::ClassKind::Normal
            }
            super::types::Type::Abstract(a, _) => a == ids.int,
            super::types::Type::Enum(..) | super::types::Type::Anon(_) => true,
            _ => false,
        };
        if !ok {
            return Err(Fail::Unsupported(
                "a map whose key type is decided late".into(),
            ));
        }
    }
    if !t.fields_read_from_monos_hold() {
        return Err(Fail::Unsupported(
            "fields read from values of unknown type".into(),
        ));
    }
    for (m, c) in t.constrained.clone() {
        if matches!(t.m.db.resolve(&m), super::types::Type::Mono(_)) {
            continue;
        }
        if !t.does_unify(&m, &c)? {
            return Err(Fail::Unsupported("type parameter constraints".into()));
        }
    }
    t.run_forced_checks()?;
    if !t.errors.iter().any(is_error) {
        // haxe looks for the main function once typing ended without errors.
        if let Some(main) = main {
            check_main(t, main)?;
        }
        if let Some(why) = t.late_checks.first() {
            return Err(Fail::Unsupported(why.clone()));
        }
        let inits = local_init_findings(t)?;
        if !inits.is_empty() {
            if !t.deprecations.is_empty() || !null_basic_errors(t)?.0.is_empty() {
                return Err(Fail::Unsupported(
                    "locals used before assignment beside other filter checks".into(),
                ));
            }
            for (mid, f) in inits {
                let diag = |(span, message): (crate::syntax::source::Span, String)| Diagnostic {
                    module: Some(mid),
                    span,
                    message,
                };
                t.errors.extend(f.warnings.into_iter().map(diag));
                if let Some(e) = f.error {
                    t.errors.push(diag(e));
                    break;
                }
            }
            return Ok(());
        }
        let nulls = null_basic_errors(t)?;
        if !nulls.0.is_empty() {
            if !t.deprecations.is_empty() {
                return Err(Fail::Unsupported(
                    "deprecation warnings beside null used as a basic type".into(),
                ));
            }
            // haxe meets each `null` twice: when reducing expressions, then when
            // sanitizing them, each pass over every field.
            let (nulls, third) = nulls;
            t.errors.extend(nulls.iter().cloned());
            t.errors.extend(nulls);
            t.errors.extend(third);
            return Ok(());
        }
        // Deprecation warnings come from a filter that runs once typing succeeded.
        let mut warnings = std::mem::take(&mut t.deprecations);
        if warnings.iter().any(|(k, _)| k.0 != warnings[0].0 .0) {
            return Err(Fail::Unsupported(
                "deprecation warnings in several modules".into(),
            ));
        }
        warnings.sort_by_key(|(k, _)| *k);
        t.errors.extend(warnings.into_iter().map(|(_, d)| d));
    }
    Ok(())
}

/// haxe's `check_local_vars_init` over every checked field that declares a local without
/// a value, in the order its filters meet fields (instance fields, statics, constructor);
/// only the fields with something to say, all of one class.
fn local_init_findings(t: &mut Typer) -> Result<Vec<(ModuleId, super::localinit::Findings)>, Fail> {
    use crate::syntax::ast::{Access, FieldKind};
    let mut out: Vec<((u32, u32, u8, u32), super::localinit::Findings)> = Vec::new();
    for m in 0..t.m.loaded_count() {
        let mid = ModuleId(m as u32);
        if t.is_trusted(mid) {
            continue;
        }
        let ast = t.m.module(mid).typed.clone();
        for (di, d) in ast.decls.iter().enumerate() {
            let fields = match &d.kind {
                DeclKind::Class(c) => &c.fields,
                DeclKind::Abstract(a) => &a.fields,
                _ => continue,
            };
            for (fi, f) in fields.iter().enumerate() {
                let (body, args): (&crate::syntax::ast::Expr, Vec<String>) = match &f.kind {
                    FieldKind::Fun(func) => match &func.body {
                        Some(b) => (
                            b,
                            func.args.iter().map(|a| a.name.name.to_string()).collect(),
                        ),
                        None => continue,
                    },
                    FieldKind::Var(_, Some(e)) | FieldKind::Prop { expr: Some(e), .. } => {
                        (e, Vec::new())
                    }
                    _ => continue,
                };
                if !super::localinit::declares_uninit(body) {
                    continue;
                }
                let src = super::localinit::Source {
                    text: &t.m.module(mid).file.text,
                    defines: t.m.defines(),
                };
                let Some(found) = super::localinit::check(body, &args, &src) else {
                    return Err(Fail::Unsupported(
                        "locals declared without a value, in code hxs does not follow".into(),
                    ));
                };
                if found.warnings.is_empty() && found.error.is_none() {
                    continue;
                }
                if matches!(d.kind, DeclKind::Abstract(_)) {
                    return Err(Fail::Unsupported(
                        "locals used before assignment in abstracts".into(),
                    ));
                }
                let is_static = f.has_access(Access::Static);
                let rank = if is_static {
                    1
                } else if f.name.name.as_str() == "new" {
                    2
                } else {
                    0
                };
                out.push(((mid.0, di as u32, rank, fi as u32), found));
            }
        }
    }
    if out
        .iter()
        .any(|(k, _)| (k.0, k.1) != (out[0].0 .0, out[0].0 .1))
    {
        return Err(Fail::Unsupported(
            "locals used before assignment in several types".into(),
        ));
    }
    out.sort_by_key(|(k, _)| *k);
    Ok(out.into_iter().map(|(k, f)| (ModuleId(k.0), f)).collect())
}

/// haxe's `sanitize_expr` on static platforms: a `null` whose type is not nullable and
/// is, through abstracts that are not core types, a core type such as Int, Float or Bool
/// is an error. The errors come in the order haxe's filters meet them: one type, its
/// instance fields, statics, then constructor, each field's literals in order. The second
/// list is a third meeting: a class whose instance variables have initializers gets them
/// moved into its constructor, which is sanitized again.
#[allow(clippy::type_complexity)]
fn null_basic_errors(t: &mut Typer) -> Result<(Vec<Diagnostic>, Vec<Diagnostic>), Fail> {
    let defines = t.m.defines();
    let cross = defines.raw_value("target.name").as_deref() == Some("cross");
    let is_static = defines.raw_value("static").is_some();
    let mut found: Vec<super::typer::NullSite> = Vec::new();
    for site in t.null_sites.clone() {
        if !is_static || !null_is_error(t, &site.ty, 0)? {
            continue;
        }
        if !cross {
            // Other static targets run the analyzer first, which may remove the literal.
            return Err(Fail::Unsupported(
                "null used as a basic type on this target".into(),
            ));
        }
        if site.in_branch {
            return Err(Fail::Unsupported(
                "null used as a basic type in a branch of a value".into(),
            ));
        }
        if site.in_inline || t.is_trusted(site.module) {
            return Err(Fail::Unsupported(
                "null used as a basic type in an inline function".into(),
            ));
        }
        found.push(site);
    }
    let Some(first) = found.first() else {
        return Ok((Vec::new(), Vec::new()));
    };
    let decl = (first.order.0, first.order.1);
    if found.iter().any(|s| (s.order.0, s.order.1) != decl) {
        return Err(Fail::Unsupported(
            "null used as a basic type in several types".into(),
        ));
    }
    // `order.2` ranks the constructor 0, statics 1, instance fields 2.
    let rank = |s: &super::typer::NullSite| (2 - s.order.2.min(2), s.order.3);
    found.sort_by_key(rank);
    for w in found.windows(2) {
        if rank(&w[0]) == rank(&w[1]) && w[0].span.lo >= w[1].span.lo {
            return Err(Fail::Unsupported(
                "null used as a basic type, typed out of source order".into(),
            ));
        }
    }
    // Instance variables with initializers, by field index.
    let mut inits: Vec<u32> = Vec::new();
    let ast = t.m.module(ModuleId(decl.0)).typed.clone();
    if let Some(DeclKind::Class(c)) = ast.decls.get(decl.1 as usize).map(|d| &d.kind) {
        if c.interface || c.head.external {
            return Err(Fail::Unsupported(
                "null used as a basic type in an extern class or interface".into(),
            ));
        }
        for (i, f) in c.fields.iter().enumerate() {
            if f.has_access(crate::syntax::ast::Access::Static) {
                continue;
            }
            match &f.kind {
                crate::syntax::ast::FieldKind::Var(_, Some(_)) => {
                    if f.has_access(crate::syntax::ast::Access::Inline) {
                        return Err(Fail::Unsupported(
                            "null used as a basic type beside inline variables".into(),
                        ));
                    }
                    inits.push(i as u32);
                }
                crate::syntax::ast::FieldKind::Prop { expr: Some(_), .. } => {
                    return Err(Fail::Unsupported(
                        "null used as a basic type beside initialized properties".into(),
                    ));
                }
                _ => {}
            }
        }
    }
    let diag = |s: &super::typer::NullSite, db: &super::types::TypeDb| Diagnostic {
        module: Some(s.module),
        span: s.span,
        message: format!(
            "On static platforms, null can't be used as basic type {}",
            super::print::s_type(db, &s.ty)
        ),
    };
    let third: Vec<Diagnostic> = if inits.is_empty() {
        Vec::new()
    } else {
        found
            .iter()
            .filter(|s| (s.order.2 == 2 && inits.contains(&s.order.3)) || s.order.2 == 0)
            .map(|s| diag(s, &t.m.db))
            .collect()
    };
    let all = found.iter().map(|s| diag(s, &t.m.db)).collect();
    Ok((all, third))
}

/// Whether a `null` of type `ty` fails haxe's check: not nullable, and not ending, through
/// abstracts that are not core types, in a monomorph or a function.
fn null_is_error(t: &mut Typer, ty: &super::types::Type, depth: u32) -> Result<bool, Fail> {
    use super::types::Type;
    if depth > 50 {
        return Err(Fail::Unsupported("abstracts over themselves".into()));
    }
    let ids = t.std_ids()?;
    match t.follow_keep_null(ty)? {
        Type::Mono(_) | Type::Fun(_) => Ok(false),
        Type::Abstract(a, _) if a == ids.null => Ok(false),
        Type::Abstract(a, tl) => {
            let info = t.abstract_info(a)?;
            let core = info.has_meta(":coreType");
            let not_null = info.has_meta(":notNull");
            if core {
                return Ok(not_null);
            }
            // Without @:notNull the abstract is as nullable as its underlying type, and
            // with it haxe looks through to the underlying type: both follow it.
            let params = t.m.db.abstract_def(a).params.clone();
            let under = t.m.db.apply_params(&info.this, &params, &tl);
            if not_null {
                return Err(Fail::Unsupported(
                    "null used as a @:notNull abstract".into(),
                ));
            }
            null_is_error(t, &under, depth + 1)
        }
        Type::Inst(..) | Type::Enum(..) | Type::Anon(_) | Type::Dynamic(_) => Ok(false),
        _ => Err(Fail::Unsupported(
            "null used as a type hxs cannot judge".into(),
        )),
    }
}

fn format_all(t: &Typer) -> Vec<String> {
    let mut out = Vec::new();
    for d in &t.errors {
        out.extend(format_diagnostic(&t.m, d));
    }
    out
}

/// A diagnostic as haxe prints it: each line of the message with the position in front,
/// lines after the first marked `... `.
pub fn format_diagnostic(m: &Modules, d: &Diagnostic) -> Vec<String> {
    let prefix = match d.module {
        Some(mid) => {
            let file = &m.module(mid).file;
            Some(file.format_pos(d.span))
        }
        None => None,
    };
    d.message
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let text = if i == 0 {
                line.to_string()
            } else {
                format!("... {}", line)
            };
            match &prefix {
                Some(p) => format!("{} : {}", p, text),
                None => text,
            }
        })
        .collect()
}

fn run(t: &mut Typer, roots: &[String]) -> Result<(), Fail> {
    let mut queue: Vec<ModuleId> = Vec::new();
    for root in roots {
        let parts: Vec<&str> = root.split('.').collect();
        let (name, pack) = parts
            .split_last()
            .map(|(n, p)| (n.to_string(), p.iter().map(|s| s.to_string()).collect()))
            .unwrap_or_default();
        let path = ModulePath { pack, name };
        let mid = t.m.load(&path).map_err(|e| {
            Fail::Error(Diagnostic {
                module: None,
                span: Default::default(),
                message: match e {
                    super::modules::LoadError::ModuleNotFound(_) => {
                        format!("Type not found : {}", root)
                    }
                    other => other.message(),
                },
            })
        })?;
        queue.push(mid);
    }
    t.roots = queue;
    t.std_ids()?;
    let mut order = Schedule::default();
    order.register_new(t)?;
    let mut first_build = true;
    loop {
        if let Some(mid) = order.builds.pop() {
            build_module(t, mid, first_build)?;
            first_build = false;
            order.push_tasks(t, mid)?;
        } else if let Some(task) = order.tasks.pop() {
            order.typing = true;
            order.run_task(t, task)?;
        } else {
            break;
        }
        order.register_new(t)?;
    }
    Ok(())
}

/// haxe's delayed work, as far as the order of its messages goes (`Typecore.delay` keeps one
/// stack per pass; each stack runs last pushed first):
/// - loading a module loads its imports first (each in turn, recursively), then pushes the
///   build of its types; builds therefore run from the module loaded last;
/// - a class's build pushes the typing of its fields so that they run in declaration order,
///   and the fields of the module built last are typed first: a module's imports are typed
///   before it, the first import first;
/// - a module loaded while a field is typed is built at once and its fields are typed right
///   after that field.
#[derive(Default)]
struct Schedule {
    /// Modules whose builds are pending, the next last.
    builds: Vec<ModuleId>,
    /// Typing work, the next last.
    tasks: Vec<Task>,
    /// Modules loaded so far that the schedule has seen.
    seen: usize,
    /// Whether field typing has begun (modules loaded from then on are loaded by it).
    typing: bool,
    /// Classes whose fields are scheduled.
    pushed: std::collections::HashSet<super::types::ClassId>,
}

/// One piece of typing work, of the size haxe delays.
enum Task {
    Field(FieldOwner, Box<super::typer::FieldInfo>),
    /// An abstract's checks, then its implementation's fields.
    Abstract(super::types::AbstractId),
}

impl Schedule {
    /// Schedules the builds of the modules loaded since the last call, in haxe's order: each
    /// after the modules its imports loaded.
    fn register_new(&mut self, t: &mut Typer) -> Result<(), Fail> {
        t.sync_imports()?;
        let first_new = self.seen;
        let count = t.m.loaded_count();
        if first_new >= count {
            return Ok(());
        }
        self.seen = count;
        let mut visited = vec![false; count - first_new];
        let mut registered = Vec::new();
        for i in first_new..count {
            let mid = ModuleId(i as u32);
            visit(t, mid, false, first_new, &mut visited, &mut registered);
        }
        for &(mid, imported) in &registered {
            declare_types(t, mid, imported, self.typing)?;
        }
        // Pushed in registration order: the module registered last is built first.
        self.builds
            .extend(registered.into_iter().map(|(mid, _)| mid));
        Ok(())
    }

    /// Pushes the typing of a built module's types, so that they run in declaration order.
    /// A class's superclasses not built yet are built with it (haxe builds a superclass
    /// inside its subclass's build), so their fields are typed right after the class's.
    fn push_tasks(&mut self, t: &mut Typer, mid: ModuleId) -> Result<(), Fail> {
        for dt in t.m.module(mid).types.clone().into_iter().rev() {
            match dt.ty {
                ModuleType::Class(c) => {
                    let mut chain = Vec::new();
                    let mut up = super::ancestors::Ancestors::from(c, &[]);
                    while let Some(a) = up.next(t)? {
                        chain.push(a.class);
                    }
                    for class in chain.into_iter().rev() {
                        self.push_class(t, class)?;
                    }
                }
                ModuleType::Enum(_) | ModuleType::Typedef(_) => {}
                ModuleType::Abstract(a) => self.tasks.push(Task::Abstract(a)),
            }
        }
        Ok(())
    }

    /// Pushes the typing of a checked class's fields, once.
    fn push_class(&mut self, t: &mut Typer, c: super::types::ClassId) -> Result<(), Fail> {
        let info = t.class_info(c)?;
        let trusted = info.module.is_none_or(|m| t.is_trusted(m));
        if trusted || !self.pushed.insert(c) {
            return Ok(());
        }
        let fields = info.ctor.iter().chain(&info.fields).chain(&info.statics);
        self.push_fields(FieldOwner::Class(c), fields);
        Ok(())
    }

    /// Pushes the typing of fields so that they run in declaration order.
    fn push_fields<'f>(
        &mut self,
        owner: FieldOwner,
        fields: impl Iterator<Item = &'f super::typer::FieldInfo>,
    ) {
        let mut fields: Vec<_> = fields.cloned().collect();
        fields.sort_by_key(|f| f.decl.map(|d| d.2).unwrap_or(0));
        self.tasks.extend(
            fields
                .into_iter()
                .rev()
                .map(|f| Task::Field(owner, Box::new(f))),
        );
    }

    fn run_task(&mut self, t: &mut Typer, task: Task) -> Result<(), Fail> {
        match task {
            Task::Field(owner, f) => {
                t.type_field_decl(owner, &f)?;
                t.check_void_vars()?;
            }
            Task::Abstract(a) => {
                let info = t.abstract_info(a)?;
                t.validate_ops(a)?;
                let fields = info.impl_info.ctor.iter().chain(&info.impl_info.statics);
                self.push_fields(FieldOwner::AbstractImpl(a), fields);
            }
        }
        Ok(())
    }
}

/// haxe declares a module's enums and typedefs when it loads the module, after the modules
/// its imports load: their constructors' and aliased types are resolved then. An error
/// stops the build, unless the module was loaded by another module's import, which reports
/// it and goes on without the module's later declarations.
fn declare_types(t: &mut Typer, mid: ModuleId, imported: bool, typing: bool) -> Result<(), Fail> {
    let types = t.m.module(mid).types.clone();
    for (i, dt) in types.iter().enumerate() {
        let r = match dt.ty {
            ModuleType::Enum(e) => t.enum_info(e).map(|_| ()),
            // The type is loaded now; the recursion check waits until it is followed.
            ModuleType::Typedef(td) => t.typedef_build(td).map(|_| ()),
            ModuleType::Abstract(a) => match abstract_hints(t, a) {
                Err(Fail::Error(_)) if imported => {
                    // haxe goes on with the abstract half declared.
                    return Err(Fail::Unsupported(
                        "an abstract whose declaration fails in an imported module".into(),
                    ));
                }
                r => r,
            },
            ModuleType::Class(_) => continue,
        };
        match r {
            Err(Fail::Error(d)) if typing => {
                let _ = d;
                return Err(Fail::Unsupported(
                    "an error in the declarations of a module loaded while typing".into(),
                ));
            }
            Err(Fail::Error(d)) if imported => {
                let declared_later = types[i + 1..]
                    .iter()
                    .any(|dt| matches!(dt.ty, ModuleType::Enum(_) | ModuleType::Typedef(_)));
                if declared_later {
                    // haxe leaves them half declared (a typedef aliases Void).
                    return Err(Fail::Unsupported(
                        "declarations after an error in an imported module".into(),
                    ));
                }
                t.errors.push(d);
                break;
            }
            other => other?,
        }
    }
    Ok(())
}

/// Resolves an abstract's underlying, `from` and `to` types, which haxe does when it
/// declares the abstract.
fn abstract_hints(t: &mut Typer, a: super::types::AbstractId) -> Result<(), Fail> {
    let (mid, idx) = t.decl_of(ModuleType::Abstract(a))?;
    let ast = t.m.module(mid).typed.clone();
    let Some(DeclKind::Abstract(decl)) = ast.decls.get(idx).map(|d| &d.kind) else {
        return Ok(());
    };
    let scope: Vec<(String, super::types::Type)> =
        t.m.db
            .abstract_def(a)
            .params
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect();
    for h in decl.underlying.iter().chain(&decl.from).chain(&decl.to) {
        t.load_hint(mid, &scope, h)?;
    }
    Ok(())
}

/// Registers `mid` (one of the modules from `first_new` on) after the new modules its
/// imports name, depth first: the order in which haxe finishes loading them. `imported`:
/// `mid` is reached through an import.
fn visit(
    t: &Typer,
    mid: ModuleId,
    imported: bool,
    first_new: usize,
    visited: &mut [bool],
    registered: &mut Vec<(ModuleId, bool)>,
) {
    let Some(slot) = (mid.0 as usize).checked_sub(first_new) else {
        return;
    };
    if visited.get(slot).copied().unwrap_or(true) {
        return;
    }
    visited[slot] = true;
    if t.is_trusted(mid) || t.m.module(mid).is_import_file {
        return;
    }
    for target in import_targets(t, mid) {
        visit(t, target, true, first_new, visited, registered);
    }
    registered.push((mid, imported));
}

/// The loaded modules that `mid`'s `import` and `using` declarations name, in order
/// (those of its `import.hx` files first).
fn import_targets(t: &Typer, mid: ModuleId) -> Vec<ModuleId> {
    let mut out = Vec::new();
    for (_, d) in t.m.import_decls(mid) {
        let path = match &d.kind {
            DeclKind::Import(imp) => &imp.path,
            DeclKind::Using(path) => path,
            _ => continue,
        };
        let Some(k) = path
            .iter()
            .position(|p| p.name.starts_with(|c: char| c.is_ascii_uppercase()))
        else {
            continue;
        };
        let module = ModulePath {
            pack: path[..k].iter().map(|p| p.name.to_string()).collect(),
            name: path[k].name.to_string(),
        };
        if let Some(target) = t.m.loaded(&module) {
            if target != mid {
                out.push(target);
            }
        }
    }
    out
}

/// haxe's build of a module's types: imports read, classes built (heritage, then field
/// signatures) last declared first, then their checks in declaration order.
fn build_module(t: &mut Typer, mid: ModuleId, main_module: bool) -> Result<(), Fail> {
    let types = t.m.module(mid).types.clone();
    // Module-level fields are the statics of the module's last class (see
    // `ModuleDef::typed`); haxe reports a name also used by a type of the module when it
    // declares the types, which hxs does not do yet.
    for d in &t.m.module(mid).ast.decls {
        if let DeclKind::Static(f) = &d.kind {
            if f.name.name == "new" || types.iter().any(|dt| dt.name == f.name.name) {
                return Err(Fail::Unsupported(
                    "a module-level field named like a type or `new`".into(),
                ));
            }
        }
    }
    // Imports are resolved when the module is loaded.
    t.imports(mid)?;
    t.main_build = main_module;
    for dt in types.iter().rev() {
        if let ModuleType::Class(c) = dt.ty {
            t.class_info(c)?;
        }
    }
    t.main_build = false;
    for dt in &types {
        if let ModuleType::Class(c) = dt.ty {
            t.check_class(c)?;
        }
    }
    Ok(())
}

/// haxe checks that the main class has a static `main` function.
fn check_main(t: &mut Typer, main: &str) -> Result<(), Fail> {
    let parts: Vec<String> = main.split('.').map(str::to_string).collect();
    let Some((name, pack)) = parts.split_last() else {
        return Ok(());
    };
    let path = ModulePath {
        pack: pack.to_vec(),
        name: name.clone(),
    };
    let Some(mid) = t.m.loaded(&path) else {
        return Err(Fail::Unsupported("a main type that is not loaded".into()));
    };
    // A root named on the command line is a module; `-main` names a type of it too.
    let c = match t.m.find_type_in_module(mid, name) {
        Some(ModuleType::Class(c)) => c,
        Some(_) => return Err(Fail::Unsupported("a main type that is not a class".into())),
        None => {
            return Err(Fail::Error(Diagnostic {
                module: None,
                span: Default::default(),
                message: format!("Module {} does not define type {}", main, name),
            }))
        }
    };
    let info = t.class_info(c)?;
    if info.static_field("main").is_none() {
        let span = t.m.module(mid).typed.decls[info.decl_index].span;
        return Err(Fail::Error(Diagnostic {
            module: Some(mid),
            span,
            message: format!(
                "Invalid -main : {} does not have static function main",
                main
            ),
        }));
    }
    Ok(())
}
