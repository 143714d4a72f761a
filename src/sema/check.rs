//! The `--no-output` build check: type the modules a build reaches from its roots, in
//! haxe's order (each module's types in declaration order, each type's fields in
//! declaration order), and collect the errors as haxe prints them. Modules of the std are
//! trusted: their signatures are typed when used, their bodies never checked.

use super::modules::{ModuleId, ModuleType, Modules};
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
    let mut t = Typer::new(modules);
    let std_prefixes: Vec<String> = std_dirs
        .iter()
        .map(|d| crate::project::classpath::add_trailing_slash(&d.to_string_lossy()))
        .collect();
    t.std_prefixes = std_prefixes;
    let r = run(&mut t, roots, main);
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
    match r {
        Err(Fail::Unsupported(why)) => CheckResult::Unsupported(why),
        Err(Fail::Error(d)) => {
            t.errors.push(d);
            CheckResult::Errors(format_all(&t))
        }
        Ok(()) => {
            if let Err(Fail::Unsupported(why)) = late_checks(&mut t) {
                return CheckResult::Unsupported(why);
            }
            CheckResult::Errors(format_all(&t))
        }
    }
}

/// Whether a diagnostic is an error (not a warning).
pub fn is_error(d: &Diagnostic) -> bool {
    !d.message.starts_with("Warning : ")
}

/// The checks haxe makes after typing, which hxs declines rather than guesses.
fn late_checks(t: &mut Typer) -> Result<(), Fail> {
    let basic = ["Int", "Float", "Bool"];
    for m in t.null_literals.clone() {
        let r = t.m.db.resolve(&m).clone();
        if let super::types::Type::Abstract(a, _) = r {
            let path = &t.m.db.abstract_def(a).path;
            if path.pack.is_empty() && basic.contains(&path.name.as_str()) {
                return Err(Fail::Unsupported("null used as a basic type".into()));
            }
        }
    }
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
    for m in t.field_monos.clone() {
        if !matches!(
            t.m.db.resolve(&m),
            super::types::Type::Mono(_) | super::types::Type::Dynamic(_)
        ) {
            return Err(Fail::Unsupported(
                "fields read from values of unknown type".into(),
            ));
        }
    }
    for (m, c) in t.constrained.clone() {
        if matches!(t.m.db.resolve(&m), super::types::Type::Mono(_)) {
            continue;
        }
        if !t.does_unify(&m, &c)? {
            return Err(Fail::Unsupported("type parameter constraints".into()));
        }
    }
    if !t.errors.iter().any(is_error) {
        if let Some(why) = t.late_checks.first() {
            return Err(Fail::Unsupported(why.clone()));
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

fn run(t: &mut Typer, roots: &[String], main: Option<&str>) -> Result<(), Fail> {
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
        if t.m.find_type_in_module(mid, &path.name).is_none() {
            return Err(Fail::Error(Diagnostic {
                module: None,
                span: Default::default(),
                message: format!("Module {} does not define type {}", root, path.name),
            }));
        }
        queue.push(mid);
    }
    t.std_ids()?;
    // Type every module reached, in load order; modules loaded while typing join the end.
    let mut done = 0;
    let mut checked_main = false;
    loop {
        let loaded = t.m.loaded_count();
        if done >= loaded {
            break;
        }
        let mid = ModuleId(done as u32);
        done += 1;
        if t.is_trusted(mid) {
            continue;
        }
        check_module(t, mid)?;
        if !checked_main {
            if let Some(main) = main {
                if queue.first() == Some(&mid) {
                    checked_main = true;
                    check_main(t, mid, main)?;
                }
            }
        }
    }
    Ok(())
}

fn check_module(t: &mut Typer, mid: ModuleId) -> Result<(), Fail> {
    let ast = t.m.module(mid).ast.clone();
    if t.m.import_hx_nearby(mid) {
        return Err(Fail::Unsupported("import.hx files".into()));
    }
    if ast
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Static(_)))
    {
        return Err(Fail::Unsupported("module-level fields".into()));
    }
    let types = t.m.module(mid).types.clone();
    // Imports are resolved when the module is loaded.
    t.imports(mid)?;
    for dt in &types {
        if let ModuleType::Class(c) = dt.ty {
            t.check_class(c)?;
        }
    }
    for dt in &types {
        match dt.ty {
            ModuleType::Class(c) => {
                let info = t.class_info(c)?;
                let owner = FieldOwner::Class(c);
                let fields: Vec<_> = info
                    .ctor
                    .iter()
                    .chain(info.fields.iter())
                    .chain(info.statics.iter())
                    .cloned()
                    .collect();
                // haxe types fields in declaration order.
                let mut fields = fields;
                fields.sort_by_key(|f| f.decl.map(|d| d.2).unwrap_or(0));
                for f in &fields {
                    t.type_field_decl(owner, f)?;
                }
            }
            ModuleType::Enum(e) => {
                t.enum_info(e)?;
            }
            ModuleType::Typedef(td) => {
                let n = t.m.db.typedef(td).params.len();
                let params: Vec<_> =
                    t.m.db
                        .typedef(td)
                        .params
                        .iter()
                        .map(|p| p.ty.clone())
                        .collect();
                let _ = n;
                t.typedef_type(td, &params)?;
            }
            ModuleType::Abstract(a) => {
                let info = t.abstract_info(a)?;
                t.validate_ops(a)?;
                let owner = FieldOwner::AbstractImpl(a);
                let mut fields: Vec<_> = info
                    .impl_info
                    .ctor
                    .iter()
                    .chain(info.impl_info.statics.iter())
                    .cloned()
                    .collect();
                fields.sort_by_key(|f| f.decl.map(|d| d.2).unwrap_or(0));
                for f in &fields {
                    t.type_field_decl(owner, f)?;
                }
            }
        }
    }
    Ok(())
}

/// haxe checks that the main class has a static `main` function.
fn check_main(t: &mut Typer, mid: ModuleId, main: &str) -> Result<(), Fail> {
    let name = main.rsplit('.').next().unwrap_or(main);
    let Some(ModuleType::Class(c)) = t.m.find_type_in_module(mid, name) else {
        return Err(Fail::Unsupported("a main type that is not a class".into()));
    };
    let info = t.class_info(c)?;
    if info.static_field("main").is_none() {
        let span = t.m.module(mid).ast.decls[info.decl_index].span;
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
