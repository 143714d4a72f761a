//! Type-path completion (`import haxe.|`, `var x:haxe.ds.|`, `new pack.Mod.|`, `extends a.|`,
//! and a cursor inside an `import`/`using` path), answered as haxe 4.2.5's `TypePathHandler`
//! (`displayPath.ml`) answers: a `<list>` of the sub-packages and modules of a package read
//! from the class-path directories, or of a module's public types, plus, inside an `import`,
//! the public statics or enum constructors of the type the path names.
//!
//! haxe sorts every list (`legacy_sort`: kind rank, then name bytes), so nothing here depends
//! on directory or hash-table order. Whatever hxs cannot reproduce exactly (types it would
//! have to infer, macro-built classes, modules that fail to parse) is declined.

use super::fields::{self, Item, ItemKind};
use crate::project::classpath::{ClassPaths, ModulePath};
use crate::sema::fields::{FieldKind, HintScope};
use crate::sema::modules::{LoadError, ModuleId, ModuleType, Modules};
use crate::sema::print::s_type;
use crate::sema::types::{FunArg, FunType, Type};
use crate::syntax::ast::{self, Access, DeclKind, FieldKind as AstFieldKind, Module};
use crate::syntax::parser::{is_lower_ident, TypePathCompletion};
use std::path::Path;
use std::sync::Arc;

/// What to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The `<list>` answer.
    List(String),
    /// A bare compiler error line (exit 1), as haxe prints it.
    Error(String),
    /// A case hxs does not reproduce yet, with the reason for the message.
    Unsupported(&'static str),
    /// The cursor is on the first name of the path of the `import` that is this declaration
    /// of the display module: haxe lists the types in scope there (`CRImport`).
    ImportToplevel(usize),
    /// The `<list>` answer, after a line haxe's parser prints to stdout while it reads the
    /// display file again (a type path naming the display file's own module).
    PrintedThenList(String, String),
}

/// haxe's `TypePath` exception: the path typed so far and how to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub pack: Vec<String>,
    /// The module (or sub-type) named after the package; `None` lists the package.
    pub name: Option<String>,
    /// Look the module up from `pack` upwards (a bare `Name.|`).
    pub cur_package: bool,
    /// Inside an `import` or `using`: the named type's statics are listed too.
    pub in_import: bool,
}

impl Request {
    /// The request the parser stopped at.
    fn from_parser(t: &TypePathCompletion) -> Request {
        Request {
            pack: t.pack.iter().map(|s| s.to_string()).collect(),
            name: t.name.as_ref().map(|s| s.to_string()),
            cur_package: t.cur_package,
            in_import: t.in_import,
        }
    }
}

/// The packages a target may not use (haxe's `init_platform` for the `cross` target: every
/// platform name and `jvm`).
const CROSS_FORBIDDEN: &[&str] = &[
    "js", "lua", "neko", "flash", "php", "cpp", "cs", "java", "python", "hl", "eval", "jvm",
];

/// Answers a completion query when the cursor is in a type path: `request` is where the
/// parser stopped (`import haxe.|`), if it did; otherwise the cursor may be inside the path of
/// an `import` or `using` of the display module `ast`. `None`: not a type-path query.
pub fn answer_at(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    request: Option<&TypePathCompletion>,
    ast: &Module,
    cursor: u32,
) -> Option<Answer> {
    if let Some(t) = request {
        return Some(answer(ms, cps, cwd, display, &Request::from_parser(t)));
    }
    if let Some(index) = in_import_alias(ast, cursor) {
        // haxe's `rebind`: the types in scope are listed once the aliased type is found.
        if let Some(stop) = imports_before(ms, cps, cwd, display, ast, index) {
            return Some(stop);
        }
        return Some(
            match aliased_type_exists(ms, cps, cwd, display, &ast.decls[index].kind) {
                true => Answer::ImportToplevel(index),
                false => Answer::Unsupported("an alias of a type hxs does not find"),
            },
        );
    }
    let (index, req) = match in_import_path(ast, cursor)? {
        Ok(found) => found,
        Err(why) => return Some(Answer::Unsupported(why)),
    };
    if let Some(stop) = imports_before(ms, cps, cwd, display, ast, index) {
        return Some(stop);
    }
    Some(match req {
        Some(req) => answer(ms, cps, cwd, display, &req),
        None if matches!(ast.decls[index].kind, DeclKind::Import(_)) => {
            Answer::ImportToplevel(index)
        }
        None => Answer::Unsupported("toplevel completion in a using"),
    })
}

/// haxe types the imports before the one at `index` first, and prints their errors before
/// any listing: the answer then, if it is not the listing.
fn imports_before(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    ast: &Module,
    index: usize,
) -> Option<Answer> {
    for d in &ast.decls[..index] {
        match import_loads(ms, cps, cwd, display, &d.kind) {
            ImportTyped::Clean => {}
            ImportTyped::Error(line) => return Some(Answer::Error(line)),
            ImportTyped::Unknown => {
                return Some(Answer::Unsupported("an import after one that may fail"))
            }
        }
    }
    None
}

/// The index of the `import ... as Name` declaration whose alias holds the cursor.
fn in_import_alias(m: &Module, cursor: u32) -> Option<usize> {
    m.decls.iter().position(|d| match &d.kind {
        DeclKind::Import(ast::Import {
            mode: ast::ImportMode::Alias(alias),
            ..
        }) => alias.span.lo <= cursor && cursor <= alias.span.hi,
        _ => false,
    })
}

/// Whether an aliased import names a public type that exists (`pack.Mod` or
/// `pack.Mod.Sub`) under an alias starting with an upper-case letter.
fn aliased_type_exists(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    kind: &DeclKind,
) -> bool {
    let DeclKind::Import(ast::Import {
        path,
        mode: ast::ImportMode::Alias(alias),
    }) = kind
    else {
        return false;
    };
    if !alias.name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let names: Vec<String> = path.iter().map(|i| i.name.to_string()).collect();
    let Some(k) = names.iter().position(|n| !is_lower_ident(n)) else {
        return false;
    };
    let wanted = match &names[k + 1..] {
        [] => &names[k],
        [sub] if !is_lower_ident(sub) => sub,
        _ => return false,
    };
    let module = ModulePath {
        pack: names[..k].to_vec(),
        name: names[k].clone(),
    };
    match load_candidate(ms, cps, cwd, display, &module) {
        Ok(Loaded::Module(m) | Loaded::Display(m, _)) => ms
            .module(m)
            .types
            .iter()
            .any(|t| &t.name == wanted && !t.private),
        _ => false,
    }
}

/// What haxe's typing of an earlier `import` or `using` gives before a listing.
enum ImportTyped {
    /// No error.
    Clean,
    /// This error line, and no listing.
    Error(String),
    /// Something hxs does not know haxe's answer to.
    Unknown,
}

/// How haxe types this declaration when it types the module's imports before the one
/// holding the cursor: an `import` of a missing module or sub-type says nothing there, one
/// of a module that does not parse stops at its parse error; a `using` loads its type at
/// once, and a missing or private one is an error that hxs leaves to haxe.
fn import_loads(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    kind: &DeclKind,
) -> ImportTyped {
    let (path, is_using) = match kind {
        DeclKind::Import(i) => (&i.path, false),
        DeclKind::Using(p) => (p, true),
        _ => return ImportTyped::Clean,
    };
    let names: Vec<String> = path.iter().map(|i| i.name.to_string()).collect();
    let Some(k) = names.iter().position(|n| !is_lower_ident(n)) else {
        // haxe 4.2.5 printed nothing at this point for `import pack.sub;` or `import pack.*;`.
        return if is_using {
            ImportTyped::Unknown
        } else {
            ImportTyped::Clean
        };
    };
    let module = ModulePath {
        pack: names[..k].to_vec(),
        name: names[k].clone(),
    };
    let m = match load_candidate(ms, cps, cwd, display, &module) {
        Ok(Loaded::Module(m) | Loaded::Display(m, _)) => m,
        Ok(Loaded::Broken(line)) => return ImportTyped::Error(line),
        Ok(Loaded::Failed) if !is_using => return ImportTyped::Clean,
        _ => return ImportTyped::Unknown,
    };
    if !is_using {
        // A missing or private sub-type of a loaded module printed no error here (checked
        // against haxe 4.2.5 for sub-types, aliases, wildcards and static fields).
        return ImportTyped::Clean;
    }
    // `using` loads the type at once, and haxe reports a missing or private one.
    let wanted = names.get(k + 1).unwrap_or(&names[k]);
    let found = names.len() <= k + 2
        && ms
            .module(m)
            .types
            .iter()
            .any(|t| &t.name == wanted && !t.private);
    if found {
        ImportTyped::Clean
    } else {
        ImportTyped::Unknown
    }
}

/// The cursor inside the path of an `import` or `using` (haxe's `handle_path_display` run when
/// the display module's imports are typed): `Some` with the declaration's index and the
/// request haxe raises, or with `Err` when haxe answers something else there.
fn in_import_path(
    m: &Module,
    cursor: u32,
) -> Option<Result<(usize, Option<Request>), &'static str>> {
    for (index, d) in m.decls.iter().enumerate() {
        let path = match &d.kind {
            DeclKind::Import(i) => &i.path,
            DeclKind::Using(p) => p,
            _ => continue,
        };
        if !path
            .iter()
            .any(|i| i.span.lo <= cursor && cursor <= i.span.hi)
        {
            continue;
        }
        return Some(import_request(path, cursor).map(|r| (index, r)));
    }
    None
}

/// haxe's `convert_import_to_something_usable`, then the request `handle_path_display` makes
/// of it in the default display mode; `None` for the toplevel listing haxe gives on the
/// path's first name when it is a package's.
fn import_request(path: &[ast::Ident], cursor: u32) -> Result<Option<Request>, &'static str> {
    let mut pack: Vec<String> = Vec::new();
    let mut module: Option<String> = None;
    let mut sub: Option<String> = None;
    let request = |pack: Vec<String>, name: Option<String>| Request {
        pack,
        name,
        cur_package: false,
        in_import: true,
    };
    for i in path {
        let s = i.name.to_string();
        let here = i.span.lo <= cursor && cursor <= i.span.hi;
        let lower = is_lower_ident(&s);
        match (lower, &module, &sub) {
            (_, None, Some(_)) => return Err("this import path"),
            (true, Some(m), None) | (_, Some(m), Some(_)) => {
                if !here {
                    return Err("completion after an import's static field");
                }
                // `pack.Mod.field` or `pack.Mod.Sub.field`: the statics of `Sub` (or `Mod`).
                let st = sub.clone().unwrap_or_else(|| m.clone());
                let mut p = pack.clone();
                p.push(m.clone());
                return Ok(Some(request(p, Some(st))));
            }
            (true, None, None) => {
                if here {
                    if pack.is_empty() {
                        return Ok(None);
                    }
                    return Ok(Some(request(pack, None)));
                }
                pack.push(s);
            }
            (false, Some(m), None) => {
                if here {
                    return Ok(Some(request(pack, Some(m.clone()))));
                }
                sub = Some(s);
            }
            (false, None, None) => {
                if here {
                    return Ok(Some(request(pack, None)));
                }
                module = Some(s);
            }
        }
    }
    Err("this import path")
}

/// Answers a type-path request. `display` is the display file's module, which haxe would
/// parse again (without the cursor) if the request named it; hxs declines that.
fn answer(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    req: &Request,
) -> Answer {
    match &req.name {
        None => package_answer(cps, cwd, &req.pack),
        Some(c) => module_answer(ms, cps, cwd, display, req, c),
    }
}

/// haxe's `read_type_path` and `complete_type_path`: the sub-packages and modules of a
/// package, over every class path.
fn package_answer(cps: &ClassPaths, cwd: &Path, pack: &[String]) -> Answer {
    let mut packages: Vec<String> = Vec::new();
    let mut modules: Vec<String> = Vec::new();
    for cp in &cps.entries {
        // haxe concatenates without a separator: the empty class path with the root package
        // is the directory "", which cannot be read.
        let dir = format!("{}{}", cp, pack.join("/"));
        if dir.is_empty() {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(cwd.join(&dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let Some(f) = e.file_name().to_str().map(str::to_string) else {
                return Answer::Unsupported(
                    "a class-path directory with a file name that is not UTF-8",
                );
            };
            let is_dir = std::fs::metadata(cwd.join(&dir).join(&f))
                .map(|m| m.is_dir())
                .unwrap_or(false);
            if is_dir {
                if f.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
                    packages.push(f);
                }
                continue;
            }
            // haxe's `file_extension`: the text after the last dot, or the whole name.
            let dot = f.rfind('.');
            let extension = dot.map_or(f.as_str(), |d| &f[d + 1..]);
            if !extension.eq_ignore_ascii_case("hx") || f == "import.hx" {
                continue;
            }
            let Some(dot) = dot.filter(|d| *d > 0) else {
                // OCaml's `chop_extension` fails on a name that is all extension.
                return Answer::Unsupported("a class path holding a file named like an extension");
            };
            let stem = &f[..dot];
            if stem.contains('.') || (stem.len() >= 2 && stem.ends_with("__")) {
                continue;
            }
            modules.push(stem.to_string());
        }
    }
    packages.sort();
    packages.dedup();
    modules.sort();
    modules.dedup();
    if packages.is_empty() && modules.is_empty() {
        return Answer::Error(format!("No modules found in {}", pack.join(".")));
    }
    let mut items: Vec<Item> = modules
        .into_iter()
        .map(|name| Item {
            name,
            kind: ItemKind::Module,
            ty: String::new(),
            doc: None,
        })
        .chain(packages.into_iter().map(|name| Item {
            name,
            kind: ItemKind::Package,
            ty: String::new(),
            doc: None,
        }))
        .collect();
    Answer::List(fields::print(&mut items))
}

/// What loading one candidate module gave.
enum Loaded {
    Module(ModuleId),
    /// haxe's `load_module` raised: try the parent package, or give up.
    Failed,
    /// The module's file does not parse: the error line haxe prints for it.
    Broken(String),
    /// The display file's own module, read again, and the line haxe's parser printed then.
    Display(ModuleId, Option<String>),
}

fn load_candidate(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    path: &ModulePath,
) -> Result<Loaded, &'static str> {
    if path == display {
        // haxe parses the display file again with the cursor moved to 0: loaded below like
        // any module, and declined unless it parses cleanly.
        return reparse_display(ms, cps, cwd, path);
    }
    if let Some(first) = path.pack.first() {
        if CROSS_FORBIDDEN.contains(&first.as_str()) {
            // haxe refuses a forbidden package unless the module's first declaration has
            // `@:noPackageRestrict`.
            return match cps.find_module(cwd, path) {
                None => Ok(Loaded::Failed),
                Some((_, real)) => {
                    let text = std::fs::read(real).unwrap_or_default();
                    if String::from_utf8_lossy(&text).contains("noPackageRestrict") {
                        Err("a module of another target's package")
                    } else {
                        Ok(Loaded::Failed)
                    }
                }
            };
        }
    }
    match ms.load(path) {
        Ok(id) => Ok(Loaded::Module(id)),
        Err(LoadError::ModuleNotFound(_)) => Ok(Loaded::Failed),
        Err(LoadError::Failed(line)) => Ok(Loaded::Broken(line)),
        Err(_) => Err("a module that does not load cleanly"),
    }
}

/// haxe's `complete_type_path_inner`: the public types of a module, plus (in an import) the
/// public statics or constructors of the type named `c`.
fn module_answer(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    display: &ModulePath,
    req: &Request,
    c: &str,
) -> Answer {
    let (mut pack, s_module) = match req.pack.split_last() {
        Some((last, rest)) if last.starts_with(|ch: char| ch.is_ascii_uppercase()) => {
            (rest.to_vec(), last.clone())
        }
        _ => (req.pack.clone(), c.to_string()),
    };
    let failed = || {
        let mut p = req.pack.clone();
        p.push(c.to_string());
        Answer::Error(format!("Could not load module {}", p.join(".")))
    };
    let (m, printed) = loop {
        let path = ModulePath {
            pack: pack.clone(),
            name: s_module.clone(),
        };
        match load_candidate(ms, cps, cwd, display, &path) {
            Err(why) => return Answer::Unsupported(why),
            Ok(Loaded::Module(id)) => break (id, None),
            Ok(Loaded::Display(id, printed)) => break (id, printed),
            // haxe's display swallows the parse error and names the module.
            Ok(Loaded::Broken(_)) => {
                return Answer::Error(format!("Could not load module {}", path.dotted()))
            }
            Ok(Loaded::Failed) => {
                if !req.cur_package || pack.is_empty() {
                    return failed();
                }
                pack.pop();
            }
        }
    };
    let mut items = Vec::new();
    let types = ms.module(m).types.clone();
    if c == s_module {
        for t in types.iter().filter(|t| !t.private) {
            items.push(Item {
                name: t.name.clone(),
                kind: ItemKind::Type,
                ty: ms.type_path(t.ty).dotted(),
                doc: None,
            });
        }
    }
    if req.in_import {
        // Private types count here: only the listing of types hides them.
        if let Some(t) = types.iter().find(|t| t.name == c) {
            let statics = match t.ty {
                ModuleType::Class(_) => class_statics(ms, m, c),
                ModuleType::Enum(_) => enum_constructors(ms, m, c),
                ModuleType::Abstract(_) => abstract_statics(ms, m, c),
                ModuleType::Typedef(_) => Ok(Vec::new()),
            };
            match statics {
                Ok(list) => items.extend(list),
                Err(why) => return Answer::Unsupported(why),
            }
        }
    }
    let list = fields::print(&mut items);
    match printed {
        Some(line) => Answer::PrintedThenList(line, list),
        None => Answer::List(list),
    }
}

/// haxe's `complete_type_path_inner` on the display file's own module: the file is parsed
/// again as a display file with the cursor at 0, so its syntax errors are recovered from and
/// the parser prints the file's first token unless `package` comes first.
fn reparse_display(
    ms: &mut Modules,
    cps: &ClassPaths,
    cwd: &Path,
    path: &ModulePath,
) -> Result<Loaded, &'static str> {
    use crate::syntax::parser::Printed;
    let Some((shown, real)) = cps.find_module(cwd, path) else {
        return Err("a display module outside the class paths");
    };
    let text = std::fs::read_to_string(&real).map_err(|_| "a display module hxs cannot read")?;
    let cursor = crate::syntax::Cursor {
        offset: 0,
        completion: true,
    };
    let parsed = crate::syntax::parse_display_file(&text, ms.defines(), Some(cursor));
    if parsed.error.is_some() || parsed.type_path.is_some() {
        return Err("a display module that does not parse");
    }
    let printed = match parsed.type_decl_point.map(|p| p.printed) {
        None | Some(Printed::Nothing) => None,
        Some(Printed::Line(line)) => Some(line),
        Some(Printed::Unknown) => return Err("a display module starting with a string"),
    };
    let file = Arc::new(crate::syntax::source::SourceFile::new(shown, text));
    let id = ms.add_display_module(path, file, parsed.module);
    Ok(Loaded::Display(id, printed))
}

fn field_item(name: String, kind: FieldKind, ty: String, doc: Option<String>) -> Item {
    Item {
        name,
        kind: match kind {
            FieldKind::Var => ItemKind::Var,
            FieldKind::Method => ItemKind::Method,
        },
        ty,
        doc,
    }
}

/// Whether a class (or an ancestor) may get fields from a build macro.
fn macro_built(ms: &mut Modules, owner: ModuleId, decl: &ast::ClassDecl, depth: u32) -> bool {
    if depth > 32
        || decl
            .head
            .meta
            .iter()
            .any(|m| m.name == ":build" || m.name == ":autoBuild")
    {
        return true;
    }
    if decl.extends.is_empty() && decl.implements.is_empty() {
        return false;
    }
    let Ok(imports) = ms.imports_of(owner) else {
        return true;
    };
    for tp in decl.extends.iter().chain(&decl.implements) {
        let Ok(ModuleType::Class(id)) = ms.resolve(owner, &imports, tp) else {
            return true;
        };
        let Some((o, d)) = ms.class_decl(id) else {
            return true;
        };
        if macro_built(ms, o, &d, depth + 1) {
            return true;
        }
    }
    false
}

/// The public statics of class `name` of module `m` (declared ones only, as haxe lists them).
/// Why a listing stops at statics declared without a type: the caller types the ones in
/// `Modules::wanted_statics` and asks again.
pub const INFERRED_STATICS: &str = "statics whose types are inferred";

fn class_statics(ms: &mut Modules, m: ModuleId, name: &str) -> Result<Vec<Item>, &'static str> {
    let ast = ms.module(m).ast.clone();
    let Some(decl) = ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Class(cd) if cd.head.name.name == name => Some(cd),
        _ => None,
    }) else {
        return Err("this class");
    };
    if macro_built(ms, m, decl, 0) {
        return Err("statics of a class that a macro may build");
    }
    let imports = ms
        .imports_of(m)
        .map_err(|_| "statics of a class whose module's imports fail")?;
    let Some(ModuleType::Class(id)) = ms.find_type_in_module(m, name) else {
        return Err("this class");
    };
    let params = ms
        .db
        .class(id)
        .params
        .iter()
        .map(|p| (p.name.clone(), p.ty.clone()))
        .collect();
    let scope = HintScope {
        module: m,
        imports: &imports,
        params,
    };
    let defs = ms
        .class_fields(&scope, decl)
        .map_err(|_| "statics whose types do not load")?;
    let mut out = Vec::new();
    let mut missing = false;
    for f in defs.into_iter().filter(|f| f.is_static) {
        if !f.visibility_known {
            return Err("statics whose visibility depends on the class's ancestors");
        }
        if !f.is_public {
            continue;
        }
        let key = (id, f.name.clone());
        let ty = match (&f.ty, ms.inferred_statics.get(&key)) {
            (Some(ty), _) | (None, Some(ty)) => ty.clone(),
            (None, None) => {
                ms.wanted_statics.push(key);
                missing = true;
                continue;
            }
        };
        out.push(field_item(f.name, f.kind, s_type(&ms.db, &ty), f.doc));
    }
    if missing {
        return Err(INFERRED_STATICS);
    }
    Ok(out)
}

/// The constructors of enum `name` of module `m`, typed with the enum's own parameters.
fn enum_constructors(ms: &mut Modules, m: ModuleId, name: &str) -> Result<Vec<Item>, &'static str> {
    let ast = ms.module(m).ast.clone();
    let Some(decl) = ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Enum(e) if e.head.name.name == name => Some(e),
        _ => None,
    }) else {
        return Err("this enum");
    };
    if decl.head.meta.iter().any(|m| m.name == ":build") {
        return Err("constructors of an enum that a macro may build");
    }
    let Some(ModuleType::Enum(e)) = ms.find_type_in_module(m, name) else {
        return Err("this enum");
    };
    let imports = ms
        .imports_of(m)
        .map_err(|_| "constructors of an enum whose module's imports fail")?;
    let own = ms.db.enum_def(e).params.clone();
    let enum_type = Type::Enum(e, own.iter().map(|p| p.ty.clone()).collect());
    let scope = HintScope {
        module: m,
        imports: &imports,
        params: own.iter().map(|p| (p.name.clone(), p.ty.clone())).collect(),
    };
    let mut out = Vec::new();
    for c in &decl.ctors {
        if c.ret.is_some() {
            return Err("constructors with a declared result type");
        }
        let ty = if c.args.is_empty() {
            enum_type.clone()
        } else {
            let f = ast::Function {
                params: c.params.clone(),
                args: c
                    .args
                    .iter()
                    .map(|a| ast::FunArg {
                        name: a.name.clone(),
                        opt: a.opt,
                        meta: Vec::new(),
                        ty: Some(a.ty.clone()),
                        value: None,
                    })
                    .collect(),
                ret: Some(void_hint()),
                body: None,
            };
            // Typed as a function returning Void, then given the enum as result.
            match ms.method_type(&scope, &c.name.name, &f) {
                Ok(Some(Type::Fun(ft))) if c.params.is_empty() => Type::Fun(Arc::new(FunType {
                    args: ft.args.clone(),
                    ret: enum_type.clone(),
                })),
                _ => return Err("constructors whose arguments do not type yet"),
            }
        };
        out.push(Item {
            name: c.name.name.to_string(),
            kind: if c.args.is_empty() {
                ItemKind::Var
            } else {
                ItemKind::Method
            },
            ty: s_type(&ms.db, &ty),
            doc: c.doc.clone(),
        });
    }
    Ok(out)
}

/// The public fields of abstract `name`'s implementation class: statics as declared, enum
/// abstract values typed as the abstract, the constructor as `_new`, and instance methods
/// with `this` (the underlying type) as first argument.
fn abstract_statics(ms: &mut Modules, m: ModuleId, name: &str) -> Result<Vec<Item>, &'static str> {
    let ast = ms.module(m).ast.clone();
    let Some(decl) = ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Abstract(a) if a.head.name.name == name => Some(a),
        _ => None,
    }) else {
        return Err("this abstract");
    };
    if decl.fields.is_empty() {
        return Ok(Vec::new());
    }
    if !decl.head.params.is_empty() {
        return Err("statics of a generic abstract");
    }
    if decl
        .head
        .meta
        .iter()
        .any(|m| m.name == ":build" || m.name == ":publicFields")
    {
        return Err("statics of this abstract");
    }
    let Some(underlying) = &decl.underlying else {
        return Err("statics of a core-type abstract");
    };
    let Some(ModuleType::Abstract(id)) = ms.find_type_in_module(m, name) else {
        return Err("this abstract");
    };
    let imports = ms
        .imports_of(m)
        .map_err(|_| "statics of an abstract whose module's imports fail")?;
    let scope = HintScope {
        module: m,
        imports: &imports,
        params: Vec::new(),
    };
    let this_type = ms
        .load_hint(&scope, underlying)
        .map_err(|_| "an abstract whose underlying type does not load")?;
    let abstract_type = Type::Abstract(id, Arc::from(Vec::new()));
    let is_enum = decl.is_enum || decl.head.meta.iter().any(|m| m.name == ":enum");
    let mut out = Vec::new();
    for f in &decl.fields {
        let is_static = f.has_access(Access::Static);
        let is_value = is_enum && !is_static && matches!(f.kind, AstFieldKind::Var(..));
        let public = if f.has_access(Access::Private) {
            false
        } else {
            f.has_access(Access::Public) || is_value
        };
        if !public {
            continue;
        }
        if f.has_access(Access::Macro) {
            return Err("abstracts with macro functions");
        }
        let doc = f.doc.clone();
        let fname = f.name.name.to_string();
        let item = match &f.kind {
            AstFieldKind::Var(..) if is_value => {
                field_item(fname, FieldKind::Var, s_type(&ms.db, &abstract_type), doc)
            }
            AstFieldKind::Var(hint, init) if is_static => {
                let ty = match (hint, init) {
                    (Some(h), _) => ms.load_hint(&scope, h).ok(),
                    _ => None,
                };
                let Some(ty) = ty else {
                    return Err("statics whose types are inferred");
                };
                field_item(fname, FieldKind::Var, s_type(&ms.db, &ty), doc)
            }
            AstFieldKind::Prop { ty: Some(h), .. } if !is_static => {
                let Ok(ty) = ms.load_hint(&scope, h) else {
                    return Err("abstract properties whose types do not load");
                };
                field_item(fname, FieldKind::Var, s_type(&ms.db, &ty), doc)
            }
            AstFieldKind::Var(..) | AstFieldKind::Prop { .. } => {
                return Err("abstracts with untyped properties or variables");
            }
            AstFieldKind::Fun(func) => {
                if !func.params.is_empty() {
                    return Err("abstract methods with type parameters");
                }
                // An empty body returns Void, the one return type hxs infers here.
                let empty_body = matches!(
                    func.body.as_deref().map(|b| &b.kind),
                    Some(ast::ExprKind::Block(b)) if b.is_empty()
                );
                let with_void;
                let func = if func.ret.is_none() && empty_body {
                    with_void = ast::Function {
                        ret: Some(void_hint()),
                        ..func.clone()
                    };
                    &with_void
                } else {
                    func
                };
                let Ok(Some(Type::Fun(ft))) = ms.method_type(&scope, &f.name.name, func) else {
                    return Err("abstract methods whose types are inferred");
                };
                let ty = if is_static {
                    Type::Fun(ft)
                } else if fname == "new" {
                    Type::Fun(Arc::new(FunType {
                        args: ft.args.clone(),
                        ret: abstract_type.clone(),
                    }))
                } else {
                    let mut args = vec![FunArg {
                        name: "this".into(),
                        opt: false,
                        ty: this_type.clone(),
                    }];
                    args.extend(ft.args.iter().cloned());
                    Type::Fun(Arc::new(FunType {
                        args,
                        ret: ft.ret.clone(),
                    }))
                };
                let shown = if !is_static && fname == "new" {
                    "_new".to_string()
                } else {
                    fname
                };
                field_item(shown, FieldKind::Method, s_type(&ms.db, &ty), doc)
            }
        };
        out.push(item);
    }
    Ok(out)
}

/// A `Void` type hint, for functions whose result hxs knows to be `Void`.
fn void_hint() -> ast::TypeHint {
    use crate::syntax::source::Span;
    ast::TypeHint {
        kind: ast::ComplexType::Path(Box::new(ast::TypePath {
            pack: Vec::new(),
            name: "Void".into(),
            params: Vec::new(),
            sub: None,
            span: Span::default(),
        })),
        span: Span::default(),
    }
}
