//! Toplevel completion (`--display FILE@POS@toplevel`, and plain `--display` on a name being
//! typed): the `<il>` list of every name in scope at the cursor, as haxe 4.2.5 collects it
//! (`displayToplevel.ml`) and prints it (`print_toplevel`).
//!
//! The completion point is found as haxe's display preprocessing finds it: the innermost
//! expression enclosing the cursor (both ends inclusive) when it is an identifier, or a
//! `null` put into the enclosing block between statements. The typer types the function up
//! to that point ([`ToplevelTarget`]) and reports the locals in scope. The list is then, in
//! haxe's order: locals, members (non-static functions), statics, enum constructors of the
//! module's and the imported enums, literals, type parameters, the module's types, the
//! imported types, the types of every module on every class path (directories read in the
//! file system's order, every file parsed), and packages. It is sorted only when the name
//! at the cursor is empty.
//!
//! Packages come out of an OCaml hash table in haxe: hxs visits them in the same order by
//! hashing them as OCaml does. Whatever hxs cannot list exactly is declined.

use crate::display::fields::htmlescape;
use crate::project::classpath::ClassPaths;
use crate::sema::expr::{ToplevelHit, ToplevelTarget, With};
use crate::sema::modules::{ModuleId, ModuleType};
use crate::sema::print::s_type;
use crate::sema::typer::{FieldOwner, Typer};
use crate::sema::types::Type;
use crate::syntax::ast::*;
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::Span;
use crate::syntax::token::Binop;
use std::collections::HashSet;
use std::path::Path;

/// The answer, or why hxs gives none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    List(String),
    Unsupported(String),
    /// The error haxe reports at a span instead of completing, when the build is clean.
    Error(Span, &'static str),
}

/// Why [`find_point`] finds no point to complete at.
#[derive(Debug)]
pub enum Miss {
    /// What hxs does not answer yet (or [`NO_POINT`]).
    Decline(&'static str),
    /// The error haxe reports there.
    Error(Span, &'static str),
}

fn no(why: &str) -> Answer {
    Answer::Unsupported(why.to_string())
}

/// The completion point: the name being completed (empty for an inserted `null`) and
/// where typing stops.
#[derive(Clone, Debug)]
pub struct Point {
    pub name: String,
    pub target: ToplevelTarget,
}

/// Finds the completion point at `cursor` in the display module's class methods;
/// `Err` says why hxs does not answer there.
pub fn find_point(m: &Module, text: &str, cursor: u32) -> Result<Point, Miss> {
    for d in &m.decls {
        let fields = match &d.kind {
            DeclKind::Class(c) => {
                if between_fields(c, d.span, text, cursor) {
                    return Err(Miss::Decline(NO_POINT));
                }
                &c.fields
            }
            DeclKind::Abstract(a) => {
                if a.fields.iter().any(|f| encloses(f.span, cursor)) {
                    return Err(Miss::Decline(abstract_point(a, cursor)));
                }
                continue;
            }
            DeclKind::Static(f) => {
                if encloses(f.span, cursor) {
                    return Err(Miss::Decline("completion inside a module-level field"));
                }
                continue;
            }
            _ => continue,
        };
        for f in fields {
            let FieldKind::Fun(func) = &f.kind else {
                if encloses(f.span, cursor) {
                    return Err(Miss::Decline("completion in a variable's initializer"));
                }
                continue;
            };
            let Some(body) = &func.body else { continue };
            if !encloses(body.span, cursor) {
                if encloses(f.span, cursor) {
                    return Err(Miss::Decline("completion outside a function body"));
                }
                continue;
            }
            let mut found = None;
            innermost(body, cursor, false, &mut found);
            return match found {
                Some(Found::Ident(span, name)) => Ok(Point {
                    name: if name == "null" { String::new() } else { name },
                    target: ToplevelTarget { span, insert: None },
                }),
                Some(Found::Insert(block, index)) => Ok(Point {
                    name: String::new(),
                    target: ToplevelTarget {
                        span: Span {
                            lo: cursor,
                            hi: cursor,
                        },
                        insert: Some((block, index)),
                    },
                }),
                Some(Found::Other(why)) => Err(Miss::Decline(why)),
                Some(Found::Error(span, message)) => Err(Miss::Error(span, message)),
                None => Err(Miss::Decline("completion here")),
            };
        }
    }
    Err(Miss::Decline("completion outside class methods"))
}

/// Whether the cursor lies in a class's body outside its fields, in blank space (haxe
/// completes nothing there: `No completion point was found`).
fn between_fields(c: &ClassDecl, span: Span, text: &str, cursor: u32) -> bool {
    if !encloses(span, cursor) || c.fields.iter().any(|f| encloses(f.span, cursor)) {
        return false;
    }
    // The body opens at the first `{` after the header's last name.
    let mut header_end = c.head.name.span.hi;
    for p in &c.head.params {
        header_end = header_end.max(p.name.span.hi);
    }
    for t in c.extends.iter().chain(&c.implements) {
        header_end = header_end.max(t.span.hi);
    }
    let bytes = text.as_bytes();
    let Some(open) = bytes
        .get(header_end as usize..)
        .and_then(|rest| rest.iter().position(|b| *b == b'{'))
        .map(|i| header_end + i as u32)
    else {
        return false;
    };
    if !c.head.params.is_empty() || cursor <= open || cursor >= span.hi {
        return false;
    }
    let blank = |b: Option<&u8>| b.is_none_or(|b| b.is_ascii_whitespace() || b"{};".contains(b));
    blank(bytes.get(cursor as usize))
        && blank(cursor.checked_sub(1).and_then(|i| bytes.get(i as usize)))
}

/// Why a point in an abstract is not answered: between the statements of its constructor
/// haxe finds none ([`NO_POINT`]: it wraps that body in a block of its own before looking
/// for the cursor); elsewhere hxs does not list an abstract's scope yet.
fn abstract_point(a: &AbstractDecl, cursor: u32) -> &'static str {
    for f in &a.fields {
        let FieldKind::Fun(func) = &f.kind else {
            continue;
        };
        let Some(body) = func.body.as_ref().filter(|b| encloses(b.span, cursor)) else {
            continue;
        };
        let mut found = None;
        innermost(body, cursor, false, &mut found);
        if f.name.name == "new"
            && matches!(found, Some(Found::Insert(..)))
            && !inserts_among_elements(body, cursor)
        {
            return NO_POINT;
        }
    }
    "completion inside an abstract"
}

/// Whether the cursor is directly inside an array literal or a call's parentheses (its
/// innermost enclosing expression), where haxe's `null` goes among the elements.
fn inserts_among_elements(body: &Expr, cursor: u32) -> bool {
    fn walk(e: &Expr, cursor: u32) -> Option<bool> {
        if !encloses(e.span, cursor) {
            return None;
        }
        let mut inner = None;
        e.for_each_child(|c| {
            if inner.is_none() {
                inner = walk(c, cursor);
            }
        });
        inner.or(Some(match &e.kind {
            ExprKind::ArrayDecl(_) => true,
            ExprKind::Call(callee, _) => cursor > callee.span.hi,
            _ => false,
        }))
    }
    walk(body, cursor).unwrap_or(false)
}

/// The reason [`find_point`] gives where haxe answers `No completion point was found`.
pub const NO_POINT: &str = "no completion point";

fn encloses(span: Span, cursor: u32) -> bool {
    span.lo <= cursor && cursor <= span.hi
}

enum Found {
    Ident(Span, String),
    Insert(Span, usize),
    Other(&'static str),
    Error(Span, &'static str),
}

/// haxe's `find_before_pos`: the first innermost expression enclosing the cursor.
fn innermost(e: &Expr, cursor: u32, in_pattern: bool, found: &mut Option<Found>) {
    if found.is_some() {
        return;
    }
    // haxe visits every expression, whatever its parent's span: the `null` its parser puts
    // after a bare `return` at the cursor lies beyond the `return` keyword's span.
    if let ExprKind::Return(Some(v)) = &e.kind {
        if !encloses(e.span, cursor) {
            innermost(v, cursor, in_pattern, found);
            return;
        }
    }
    if !encloses(e.span, cursor) {
        return;
    }
    match &e.kind {
        ExprKind::Switch(subject, cases, def) => {
            innermost(subject, cursor, in_pattern, found);
            for c in cases {
                for v in &c.values {
                    innermost(v, cursor, true, found);
                }
                if let Some(g) = &c.guard {
                    innermost(g, cursor, true, found);
                }
                if let Some(b) = &c.body {
                    innermost(b, cursor, in_pattern, found);
                }
            }
            if let Some((Some(d), _)) = def {
                innermost(d, cursor, in_pattern, found);
            }
        }
        ExprKind::Function(_, f) if !f.params.is_empty() => {
            let mut inner = None;
            e.for_each_child(|c| innermost(c, cursor, in_pattern, &mut inner));
            if inner.is_some() {
                *found = Some(Found::Other("completion in a generic local function"));
            }
        }
        _ => e.for_each_child(|c| innermost(c, cursor, in_pattern, found)),
    }
    if found.is_some() {
        return;
    }
    *found = Some(match &e.kind {
        _ if in_pattern => Found::Other("completion in a pattern"),
        // haxe's display of `trace` itself supports hover and signature only.
        ExprKind::Const(Constant::Ident(n)) if n == "trace" => {
            Found::Error(e.span, "Unsupported method")
        }
        // A double-quoted string holds no completion point (a single-quoted one is
        // parsed again for interpolation).
        ExprKind::Const(Constant::String(_, Quotes::Double)) => Found::Other(NO_POINT),
        // haxe completes on a number too, as on an inserted `null`: sorted, with the
        // number's type bound to the expected type.
        ExprKind::Const(Constant::Int(_) | Constant::Float(_)) => {
            Found::Ident(e.span, String::new())
        }
        // On `new` before its type's name haxe completes on the whole expression, typed
        // first, as on a number.
        ExprKind::New(tp, _) if cursor < tp.span.lo => Found::Ident(e.span, String::new()),
        ExprKind::Const(Constant::Ident(n)) => match n.as_str() {
            "super" | "$type" | "_" => Found::Other("completion on this name"),
            _ => Found::Ident(e.span, n.to_string()),
        },
        ExprKind::Block(el) => {
            let index = el
                .iter()
                .position(|s| s.span.lo >= cursor)
                .unwrap_or(el.len());
            Found::Insert(e.span, index)
        }
        ExprKind::Switch(_, cases, def) => switch_case(e.span, cases, def, cursor),
        // Between a call's arguments (inside its parentheses) likewise.
        ExprKind::Call(callee, args) if cursor > callee.span.hi => {
            let index = args
                .iter()
                .position(|s| s.span.lo >= cursor)
                .unwrap_or(args.len());
            Found::Insert(e.span, index)
        }
        // Between an array literal's elements haxe puts a `null` as into a block (not
        // into map literals and comprehensions, which hxs does not follow there).
        ExprKind::ArrayDecl(el)
            if !el.iter().any(|x| {
                matches!(
                    x.kind,
                    ExprKind::Binop(Binop::Arrow, ..) | ExprKind::For(..) | ExprKind::While(..)
                )
            }) =>
        {
            let index = el
                .iter()
                .position(|s| s.span.lo >= cursor)
                .unwrap_or(el.len());
            Found::Insert(e.span, index)
        }
        _ => Found::Other("completion on this expression"),
    });
}

/// haxe's preprocessing for a cursor between the cases of a switch: a `null` goes at the
/// end of the case before the cursor (the last one, or the default, when the cursor is
/// after them).
type Default = Option<(Option<Box<Expr>>, Span)>;
fn switch_case(span: Span, cases: &[Case], def: &Default, cursor: u32) -> Found {
    let at_end = |body: Option<&Expr>| match body {
        Some(b) if matches!(b.kind, ExprKind::Block(_)) => {
            let ExprKind::Block(el) = &b.kind else {
                return Found::Other("completion between cases");
            };
            Found::Insert(b.span, el.len())
        }
        _ => Found::Other("completion after a case without a block"),
    };
    for pair in cases.windows(2) {
        if pair[0].span.hi <= cursor && pair[1].span.lo >= cursor {
            return at_end(pair[0].body.as_ref());
        }
    }
    if let Some(last) = cases.last() {
        match def {
            None if span.hi > cursor => return at_end(last.body.as_ref()),
            Some((_, p)) if last.span.hi <= cursor && p.lo >= cursor => {
                return at_end(last.body.as_ref())
            }
            _ => {}
        }
    }
    match def {
        Some((body, _)) if span.hi > cursor => at_end(body.as_deref()),
        _ => Found::Other("completion in a switch"),
    }
}

/// One item of the list.
#[derive(Clone, Debug)]
enum Kind {
    /// A local, with its declaration's position (code points) when known.
    Local(Option<u32>),
    /// A member: declared by the class itself (rank 10) or inherited (11).
    Member(bool),
    /// A static of the class (13).
    Static,
    /// An enum constructor, with its index.
    Enum(usize),
    EnumAbstract,
    Literal,
    TypeParam,
    /// A type: its printed path and its import status (31 imported, 32 not, 33 shadowed).
    Type(String, u8),
    /// A package: its dotted path.
    Package(String),
}

#[derive(Clone, Debug)]
struct Item {
    kind: Kind,
    name: String,
    /// `t="..."` for values (printed from `t` once the list is sorted, as haxe prints after
    /// its sort, which can bind monomorphs), the path of a type parameter.
    ty: String,
    /// The type haxe's sort compares with an expected type (none for types and packages).
    t: Option<Type>,
    doc: Option<String>,
}

/// haxe's collection context: the items, the names given so far, the type paths listed.
#[derive(Default)]
struct Collect {
    items: Vec<Item>,
    names: HashSet<String>,
    paths: HashSet<(Vec<String>, String)>,
}

impl Collect {
    fn add(&mut self, item: Item, name: Option<&str>) {
        if let Some(n) = name {
            self.names.insert(n.to_string());
        }
        self.items.push(item);
    }

    fn value(&mut self, kind: Kind, name: &str, t: Type, doc: Option<String>) {
        self.add(
            Item {
                kind,
                name: name.to_string(),
                ty: String::new(),
                t: Some(t),
                doc,
            },
            Some(name),
        );
    }

    fn status(
        &self,
        is_import: bool,
        path: &(Vec<String>, String),
        wildcards: &[Vec<String>],
    ) -> u8 {
        if self.names.contains(&path.1) {
            33
        } else if is_import || path.0.is_empty() || wildcards.contains(&path.0) {
            31
        } else {
            32
        }
    }
}

/// What the answer needs besides the typer: the class paths and defines to explore.
pub struct Env<'a> {
    pub class_paths: &'a ClassPaths,
    pub cwd: &'a Path,
    pub defines: &'a dyn DefineLookup,
}

/// Answers a toplevel completion at `cursor` in module `display`.
pub fn answer(typer: &mut Typer, display: ModuleId, cursor: u32, env: &Env) -> Answer {
    let ast = typer.m.module(display).ast.clone();
    let hint = type_hint_at(&ast, cursor);
    let text = typer.m.module(display).file.text.clone();
    let point = match (&hint, find_point(&ast, &text, cursor)) {
        (Some(_), _) => None,
        (None, Ok(p)) => Some(p),
        (None, Err(Miss::Decline(why))) => return no(why),
        (None, Err(Miss::Error(span, message))) => return Answer::Error(span, message),
    };
    if let Some(why) = module_declined(typer, display, &ast) {
        return no(why);
    }
    if let Err(why) = check_imports(typer, display) {
        return no(why);
    }
    if let Some(Hint {
        name,
        class_var: Some(cname),
    }) = &hint
    {
        // A class variable's type: the class's type parameters, static or not.
        let Some(ModuleType::Class(class)) = typer.m.find_type_in_module(display, cname) else {
            return no("a type hint outside classes");
        };
        let params = typer
            .m
            .db
            .class(class)
            .params
            .iter()
            .map(|p| p.ty.clone())
            .collect();
        let listed = collect(typer, display, class, params, None, cursor, env);
        return finish(typer, display, cursor, name.is_empty(), None, None, listed);
    }
    // The field around the cursor, typed up to the completion point.
    let Some((class, field)) = field_at(typer, display, cursor) else {
        return no("completion outside class methods");
    };
    let point = match (point, hint) {
        (Some(p), _) => p,
        (None, Some(hint)) => {
            // A type being named: types only (haxe's `TKType`), nothing typed.
            if field.is_static && !field.params.is_empty() {
                return no("a type hint in a generic static function");
            }
            let params = type_params(typer, class, &field);
            let listed = collect(typer, display, class, params, None, cursor, env);
            return finish(
                typer,
                display,
                cursor,
                hint.name.is_empty(),
                None,
                None,
                listed,
            );
        }
        (None, None) => return no("completion here"),
    };
    typer.toplevel_target = Some(point.target);
    typer.lenient_idents = true;
    let _ = typer.type_field_decl(FieldOwner::Class(class), &field);
    typer.lenient_idents = false;
    typer.toplevel_target = None;
    let Some(hit) = typer.toplevel_hit.take() else {
        return no("a function hxs does not type up to the cursor");
    };
    if hit.class != Some(class) || hit.abstract_.is_some() {
        return no("completion outside class methods");
    }
    let sorted = point.name.is_empty();
    // haxe ignores an expected type that is still a monomorph.
    let expected = match &hit.with {
        With::Of(t) => match typer.follow(t) {
            Ok(Type::Mono(_)) => None,
            Ok(_) => Some(t.clone()),
            Err(_) => return no("an expected type hxs cannot follow"),
        },
        _ => None,
    };
    if expected.is_some() && sorted && in_new_args(&ast, cursor) {
        // hxs does not name a constructor's arguments yet.
        return no("completion among a constructor's arguments");
    }
    let arg_name = match &hit.arg {
        Some(Some(name)) if expected.is_some() => Some(name.clone()),
        // An argument that hxs types outside `call_args` (overloads, rest arguments): its
        // name is not known, and haxe ranks by it.
        Some(None) if expected.is_some() && sorted => {
            return no("completion on an argument hxs does not name");
        }
        _ => None,
    };
    if hit.params.len() != typer.m.db.class(class).params.len() + field.params.len() {
        return no("type parameters of local functions");
    }
    if !typer.errors.is_empty()
        && hit
            .locals
            .iter()
            .any(|l| matches!(typer.m.db.resolve(&l.ty), Type::Dynamic(None)))
    {
        // A local whose initializer failed: haxe leaves its type unknown, hxs makes it
        // Dynamic.
        return no("a local typed after an error");
    }
    let params = type_params(typer, class, &field);
    let listed = collect(typer, display, class, params, Some(&hit), cursor, env);
    finish(
        typer,
        display,
        cursor,
        sorted,
        expected.as_ref(),
        arg_name.as_deref(),
        listed,
    )
}

/// The type parameters in scope in a method: its own, then its class's if it has `this`.
fn type_params(
    typer: &Typer,
    class: crate::sema::types::ClassId,
    field: &crate::sema::typer::FieldInfo,
) -> Vec<Type> {
    let mut out: Vec<Type> = field.params.iter().map(|p| p.ty.clone()).collect();
    if !field.is_static {
        out.extend(typer.m.db.class(class).params.iter().map(|p| p.ty.clone()));
    }
    out
}

/// What hxs does not list yet in the display module: module-level fields, `import.hx`.
fn module_declined(typer: &Typer, display: ModuleId, ast: &Module) -> Option<&'static str> {
    if ast
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Static(_)))
    {
        return Some("a module with module-level fields");
    }
    if typer.m.import_hx_nearby(display) {
        return Some("completion with import.hx nearby");
    }
    None
}

/// haxe's toplevel listing on the first name of an `import` path (`CRImport`, unsorted): the
/// types in scope while the module's imports are typed (its own, StdTypes', those of the
/// imports before this one), then every class path's modules and packages.
pub fn import_answer(typer: &mut Typer, display: ModuleId, index: usize, env: &Env) -> Answer {
    let ast = typer.m.module(display).ast.clone();
    if let Some(why) = module_declined(typer, display, &ast) {
        return no(why);
    }
    let mut imports = crate::sema::modules::Imports::default();
    let mut aliases = Vec::new();
    for d in &ast.decls[..index] {
        match &d.kind {
            DeclKind::Import(i) => {
                let before = imports.types.len();
                if typer.m.add_import(display, d, &mut imports).is_err() {
                    return no("an import before the cursor that fails");
                }
                if let crate::syntax::ast::ImportMode::Alias(a) = &i.mode {
                    // `add_import` puts the new entry first.
                    match (imports.types.len() == before + 1, imports.types.first()) {
                        // haxe stops at a lower-case alias before adding it.
                        (true, Some(_))
                            if !a.name.starts_with(|c: char| c.is_ascii_uppercase()) =>
                        {
                            imports.types.remove(0);
                        }
                        (true, Some((name, t))) if **name == *a.name => {
                            aliases.push((name.clone(), *t))
                        }
                        _ => return no("an aliased import of a static field"),
                    }
                }
            }
            DeclKind::Using(_) => return no("a using before the cursor"),
            _ => {}
        }
    }
    typer.m.add_std_types(&mut imports);
    let module_types: Vec<ModuleType> =
        typer.m.module(display).types.iter().map(|t| t.ty).collect();
    let mut cc = Collect::default();
    // The module's types are declared, with no class being typed: the current package is
    // the root one.
    let types = ImportedTypes {
        imports: &imports,
        aliases: &aliases,
    };
    match types_and_packages(typer, &mut cc, display, &module_types, &types, &[], env) {
        Ok(()) => Answer::List(print(&cc.items)),
        Err(why) => Answer::Unsupported(why),
    }
}

/// Sorts and prints a collected list: with an expected type (not a monomorph), items are
/// grouped first by how their types fit it (haxe's `sort_fields`), which can bind
/// monomorphs that the printed types then show.
fn finish(
    typer: &mut Typer,
    display: ModuleId,
    cursor: u32,
    sorted: bool,
    expected: Option<&Type>,
    arg_name: Option<&str>,
    listed: R<Collect>,
) -> Answer {
    match listed {
        Ok(mut c) => {
            if sorted {
                if c.items.iter().any(|i| matches!(i.kind, Kind::Local(None))) {
                    return no("a local whose declaration hxs does not place");
                }
                let mut ranks = Vec::with_capacity(c.items.len());
                for item in &c.items {
                    let rank = match expected {
                        Some(want) => match fit(typer, item, want) {
                            Ok(r) => r,
                            Err(why) => return Answer::Unsupported(why),
                        },
                        None => 0,
                    };
                    ranks.push(rank);
                }
                sort(
                    &mut c.items,
                    &ranks,
                    code_points(&typer.m.module(display).file.text, cursor),
                    arg_name,
                );
            }
            if !typer.fields_read_from_monos_hold() {
                // haxe checks a monomorph's fields when it is bound before its function
                // ends; hxs does not.
                return no("fields read from values of unknown type");
            }
            for i in &mut c.items {
                if let (Some(t), false) = (&i.t, matches!(i.kind, Kind::TypeParam)) {
                    i.ty = s_type(&typer.m.db, t);
                }
            }
            Answer::List(print(&c.items))
        }
        Err(why) => Answer::Unsupported(why),
    }
}

/// How well an item fits the expected type, as haxe's `sort_fields` rates it: 0 the same
/// type, 1 assignable, 2 a function returning the same type, 3 a function returning an
/// assignable one, 5 `Dynamic`, 6 neither, 7 a function returning neither, 9 no type (types
/// and packages). Type parameters count as monomorphs; monomorphs the comparisons bind stay
/// bound, as in haxe.
fn fit(typer: &mut Typer, item: &Item, want: &Type) -> R<u8> {
    use crate::sema::unify::{EqKind, UFail};
    let Some(t) = &item.t else { return Ok(9) };
    let t = match (&item.kind, typer.follow(t).or_else(fail)?) {
        (Kind::Enum(_), Type::Fun(f)) => f.ret.clone(),
        _ => t.clone(),
    };
    let t = dynamify(typer, &t, 0)?;
    let outcome = |r: Result<(), UFail>| -> R<bool> {
        match r {
            Ok(()) => Ok(true),
            Err(UFail::Unify(_)) => Ok(false),
            Err(UFail::Stop(f)) => fail(f),
        }
    };
    if outcome(typer.type_eq(EqKind::Strict, &t, want))? {
        return Ok(0);
    }
    if t == Type::Dynamic(None) {
        return Ok(5);
    }
    if outcome(typer.unify(&t, want))? {
        return Ok(1);
    }
    match typer.follow(&t).or_else(fail)? {
        Type::Fun(f) => {
            if outcome(typer.type_eq(EqKind::Strict, &f.ret, want))? {
                Ok(2)
            } else if outcome(typer.unify(&f.ret, want))? {
                Ok(3)
            } else {
                Ok(7)
            }
        }
        _ => Ok(6),
    }
}

/// haxe's `dynamify_type_params`: the type followed, every type parameter in it a fresh
/// monomorph (unbound monomorphs kept, so that comparing binds them).
fn dynamify(typer: &mut Typer, t: &Type, depth: u32) -> R<Type> {
    use crate::sema::types::{AnonDef, AnonField, ClassKind, FunArg, FunType};
    if depth > 64 {
        return Err("a type nested too deep to compare".into());
    }
    let t = typer.follow(t).or_else(fail)?;
    let list = |typer: &mut Typer, tl: &[Type]| -> R<crate::sema::types::Params> {
        let v = tl
            .iter()
            .map(|x| dynamify(typer, x, depth + 1))
            .collect::<R<Vec<Type>>>()?;
        Ok(v.into())
    };
    Ok(match &t {
        Type::Inst(c, _) if matches!(typer.m.db.class(*c).kind, ClassKind::TypeParameter) => {
            typer.m.db.new_mono()
        }
        Type::Inst(c, tl) => Type::Inst(*c, list(typer, tl)?),
        Type::Enum(e, tl) => Type::Enum(*e, list(typer, tl)?),
        Type::Typedef(d, tl) => Type::Typedef(*d, list(typer, tl)?),
        Type::Abstract(a, tl) => Type::Abstract(*a, list(typer, tl)?),
        Type::Fun(f) => {
            let mut args = Vec::with_capacity(f.args.len());
            for a in &f.args {
                args.push(FunArg {
                    name: a.name.clone(),
                    opt: a.opt,
                    ty: dynamify(typer, &a.ty, depth + 1)?,
                });
            }
            let ret = dynamify(typer, &f.ret, depth + 1)?;
            Type::Fun(std::sync::Arc::new(FunType { args, ret }))
        }
        Type::Anon(a) => {
            let def = typer.m.db.anon(*a).clone();
            let mut fields = Vec::with_capacity(def.fields.len());
            let mut changed = false;
            for (n, f) in &def.fields {
                let ty = dynamify(typer, &f.ty, depth + 1)?;
                changed |= ty != f.ty;
                fields.push((
                    n.clone(),
                    AnonField {
                        ty,
                        optional: f.optional,
                        method: f.method,
                        read_only: f.read_only,
                        doc: f.doc.clone(),
                    },
                ));
            }
            if !changed {
                return Ok(t.clone());
            }
            Type::Anon(typer.m.db.add_anon(AnonDef {
                fields: fields.into_iter().collect(),
                status: def.status,
            }))
        }
        Type::Dynamic(Some(inner)) => Type::Dynamic(Some(std::sync::Arc::new(dynamify(
            typer,
            inner,
            depth + 1,
        )?))),
        Type::Dynamic(None) | Type::Mono(_) => t.clone(),
    })
}

/// Whether the cursor is inside a constructor call's arguments.
fn in_new_args(m: &Module, cursor: u32) -> bool {
    fn walk(e: &Expr, cursor: u32) -> bool {
        if !encloses(e.span, cursor) {
            return false;
        }
        let here = match &e.kind {
            ExprKind::New(tp, _) => cursor > tp.span.hi,
            _ => false,
        };
        let mut inner = false;
        e.for_each_child(|c| inner |= walk(c, cursor));
        here || inner
    }
    let mut found = false;
    for d in &m.decls {
        if let DeclKind::Class(c) = &d.kind {
            for f in &c.fields {
                if let FieldKind::Fun(func) = &f.kind {
                    if let Some(b) = &func.body {
                        found |= walk(b, cursor);
                    }
                }
            }
        }
    }
    found
}

/// A type hint being written: the name so far, and the class when it is a class variable's.
struct Hint {
    name: String,
    class_var: Option<String>,
}

/// The type hint being written at the cursor, in a class variable's declaration or a
/// local variable's in a method: a single name, empty where the name is yet to be typed.
fn type_hint_at(m: &Module, cursor: u32) -> Option<Hint> {
    fn hint(h: &TypeHint, cursor: u32) -> Option<String> {
        if !encloses(h.span, cursor) {
            return None;
        }
        match &h.kind {
            // The cursor on the name (type parameters after it are left alone).
            ComplexType::Path(tp)
                if tp.pack.is_empty()
                    && tp.sub.is_none()
                    && cursor <= tp.span.lo + tp.name.len() as u32 =>
            {
                Some(tp.name.to_string())
            }
            _ => None,
        }
    }
    fn walk(e: &Expr, cursor: u32, found: &mut Option<String>) {
        if found.is_some() || !encloses(e.span, cursor) {
            return;
        }
        if let ExprKind::Vars(vl) = &e.kind {
            for v in vl {
                if let Some(n) = v.ty.as_ref().and_then(|h| hint(h, cursor)) {
                    *found = Some(n);
                    return;
                }
            }
        }
        e.for_each_child(|c| walk(c, cursor, found));
    }
    for d in &m.decls {
        let DeclKind::Class(c) = &d.kind else {
            continue;
        };
        for f in &c.fields {
            match &f.kind {
                FieldKind::Var(Some(h), _) => {
                    if let Some(name) = hint(h, cursor) {
                        return Some(Hint {
                            name,
                            class_var: Some(c.head.name.name.to_string()),
                        });
                    }
                }
                FieldKind::Fun(func) => {
                    if let Some(body) = &func.body {
                        let mut found = None;
                        walk(body, cursor, &mut found);
                        if let Some(name) = found {
                            return Some(Hint {
                                name,
                                class_var: None,
                            });
                        }
                    }
                }
                _ => {}
            }
        }
    }
    None
}

/// The class method around the cursor.
fn field_at(
    typer: &mut Typer,
    display: ModuleId,
    cursor: u32,
) -> Option<(crate::sema::types::ClassId, crate::sema::typer::FieldInfo)> {
    for dt in typer.m.module(display).types.clone() {
        let ModuleType::Class(c) = dt.ty else {
            continue;
        };
        let info = typer.class_info(c).ok()?;
        let field = info
            .ctor
            .iter()
            .chain(info.fields.iter())
            .chain(info.statics.iter())
            .find(|f| f.span.lo <= cursor && cursor <= f.span.hi)
            .cloned();
        if let Some(f) = field {
            return Some((c, f));
        }
    }
    None
}

/// Imports hxs does not list yet: statics (haxe's module globals) and aliases.
fn check_imports(typer: &mut Typer, display: ModuleId) -> Result<(), &'static str> {
    for (_, decl) in typer.m.import_decls(display) {
        let DeclKind::Import(i) = &decl.kind else {
            continue;
        };
        let ti = i.path.iter().position(|p| {
            !p.name
                .starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        });
        match (&i.mode, ti) {
            (ImportMode::Alias(_), _) => return Err("completion with an import alias"),
            (ImportMode::All, Some(_)) => return Err("completion with imported statics"),
            (_, Some(ti)) if i.path.len() > ti + 1 => {
                let last = &i.path[i.path.len() - 1].name;
                if i.path.len() > ti + 2 || !last.starts_with(|c: char| c.is_ascii_uppercase()) {
                    return Err("completion with imported statics");
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn code_points(text: &str, byte: u32) -> u32 {
    text.get(..byte as usize)
        .map(|s| s.chars().count() as u32)
        .unwrap_or(byte)
}

fn has_meta(meta: &[String], name: &str) -> bool {
    meta.iter().any(|m| m == name)
}

type R<T> = Result<T, String>;

fn fail<T>(f: crate::sema::typer::Fail) -> R<T> {
    Err(match f {
        crate::sema::typer::Fail::Unsupported(why) => why,
        crate::sema::typer::Fail::Error(_) => "a type error while listing".to_string(),
    })
}

fn collect(
    typer: &mut Typer,
    display: ModuleId,
    class: crate::sema::types::ClassId,
    tparams: Vec<Type>,
    hit: Option<&ToplevelHit>,
    cursor: u32,
    env: &Env,
) -> R<Collect> {
    let mut cc = Collect::default();
    let imports = typer.imports(display).or_else(fail)?;
    let module_types: Vec<ModuleType> =
        typer.m.module(display).types.iter().map(|t| t.ty).collect();
    if let Some(hit) = hit {
        values(
            typer,
            &mut cc,
            display,
            class,
            hit,
            &module_types,
            &imports,
            cursor,
        )?;
    }
    // Type parameters: the method's, then the class's (in member functions).
    for t in tparams {
        let Type::Inst(pc, _) = &t else {
            return Err("a type parameter hxs does not know".into());
        };
        let pc = *pc;
        let path = typer.m.db.class(pc).path.clone();
        cc.add(
            Item {
                kind: Kind::TypeParam,
                name: path.name.clone(),
                ty: path.dotted(),
                t: Some(t.clone()),
                doc: None,
            },
            Some(&path.name),
        );
    }

    let curpack = typer.m.db.class(class).path.pack.clone();
    let types = ImportedTypes {
        imports: &imports,
        aliases: &[],
    };
    types_and_packages(
        typer,
        &mut cc,
        display,
        &module_types,
        &types,
        &curpack,
        env,
    )?;
    Ok(cc)
}

/// The types haxe lists in every toplevel completion (`collect` from "module types" on):
/// the module's, the imported ones (StdTypes' first), then every module of every class path
/// and the packages found there.
fn types_and_packages(
    typer: &mut Typer,
    cc: &mut Collect,
    display: ModuleId,
    module_types: &[ModuleType],
    types: &ImportedTypes,
    curpack: &[String],
    env: &Env,
) -> R<()> {
    let imports = types.imports;
    let statics_class = typer.m.module(display).statics;
    for t in module_types {
        if let (ModuleType::Class(c), Some(s)) = (t, statics_class) {
            if *c == s {
                continue;
            }
        }
        add_type(typer, cc, *t, &imports.wildcards)?;
    }
    for (name, t) in imports.types.iter().rev() {
        if types.aliases.iter().any(|(a, at)| a == name && at == t) {
            add_alias(typer, cc, display, name, *t, &imports.wildcards)?;
        } else {
            add_type(typer, cc, *t, &imports.wildcards)?;
        }
    }

    // Every module of every class path.
    let display_path = typer.m.module(display).path.clone();
    if !cc
        .paths
        .contains(&(display_path.pack.clone(), display_path.name.clone()))
    {
        return Err("a display module without a type of its name".into());
    }
    let mut packages: Vec<(Vec<String>, String)> = Vec::new();
    let mut explorer = Explorer {
        env,
        cc,
        packages: &mut packages,
        curpack,
        wildcards: &imports.wildcards,
    };
    for cp in &env.class_paths.entries {
        if cp.is_empty() {
            continue;
        }
        let dir = env.cwd.join(cp);
        explorer.explore(&dir, &mut Vec::new())?;
    }
    for (pack, name) in hashtbl_order(&packages) {
        let mut full = pack.clone();
        full.push(name.clone());
        if full.iter().any(|s| s.starts_with('_')) {
            continue;
        }
        cc.add(
            Item {
                kind: Kind::Package(full.join(".")),
                name: name.clone(),
                ty: String::new(),
                t: None,
                doc: None,
            },
            Some(&name),
        );
    }
    Ok(())
}

/// The values in scope where typing stopped (haxe's collection for expressions): locals,
/// members, statics, enum constructors and enum abstract values, literals.
#[allow(clippy::too_many_arguments)]
fn values(
    typer: &mut Typer,
    cc: &mut Collect,
    display: ModuleId,
    class: crate::sema::types::ClassId,
    hit: &ToplevelHit,
    module_types: &[ModuleType],
    imports: &crate::sema::modules::Imports,
    cursor: u32,
) -> R<()> {
    let text = typer.m.module(display).file.text.clone();
    let ast = typer.m.module(display).ast.clone();

    // Locals: one per name (the innermost), in name order, with their declaration.
    let scope = super::scope::scope_at(&ast, cursor);
    let mut locals: Vec<(String, Type)> = Vec::new();
    for l in &hit.locals {
        locals.retain(|(n, _)| *n != l.name);
        locals.push((l.name.clone(), l.ty.clone()));
    }
    locals.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    for (name, ty) in &locals {
        let pos = scope
            .iter()
            .rev()
            .find(|d| d.name == *name)
            .and_then(|d| d.span)
            .or_else(|| only_declaration(&ast, name))
            .map(|s| code_points(&text, s.lo));
        cc.value(Kind::Local(pos), name, ty.clone(), None);
    }

    // Members, in functions that have `this`.
    if !hit.is_static {
        let mut seen: Vec<(String, Item)> = Vec::new();
        let mut c = class;
        let mut actual: Vec<Type> = typer
            .m
            .db
            .class(class)
            .params
            .iter()
            .map(|p| p.ty.clone())
            .collect();
        for depth in 0..64 {
            if depth == 63 {
                return Err("a deep class hierarchy".into());
            }
            let info = typer.class_info(c).or_else(fail)?;
            let params = typer.m.db.class(c).params.clone();
            for f in &info.fields {
                if seen.iter().any(|(n, _)| *n == f.name) {
                    continue;
                }
                if has_meta(&f.meta, ":inheritDoc") {
                    return Err("a field with an inherited doc".into());
                }
                let ty = typer.field_type(FieldOwner::Class(c), f).or_else(fail)?;
                let ty = typer.m.db.apply_params(&ty, &params, &actual);
                let item = Item {
                    kind: Kind::Member(c == class),
                    name: f.name.clone(),
                    ty: String::new(),
                    t: Some(ty),
                    doc: f.doc.clone(),
                };
                // haxe's map keeps the first (the most derived) field of a name, and skips
                // `@:noCompletion` ones only when listing.
                let item = if has_meta(&f.meta, ":noCompletion") {
                    Item {
                        name: String::new(),
                        ..item
                    }
                } else {
                    item
                };
                seen.push((f.name.clone(), item));
            }
            let def = typer.m.db.class(c).clone();
            if def.interface {
                return Err("completion in an interface".into());
            }
            match &def.super_class {
                Some((s, sp)) => {
                    actual = sp
                        .iter()
                        .map(|t| typer.m.db.apply_params(t, &params, &actual))
                        .collect();
                    c = *s;
                }
                None => break,
            }
        }
        seen.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        for (name, item) in seen {
            if !item.name.is_empty() {
                cc.add(item, Some(&name));
            }
        }
    }

    // Statics of the class, in declaration order.
    let info = typer.class_info(class).or_else(fail)?;
    for f in &info.statics {
        if has_meta(&f.meta, ":noCompletion") {
            continue;
        }
        if has_meta(&f.meta, ":inheritDoc") {
            return Err("a field with an inherited doc".into());
        }
        let ty = typer
            .field_type(FieldOwner::Class(class), f)
            .or_else(fail)?;
        cc.value(Kind::Static, &f.name, ty, f.doc.clone());
    }

    // Enum constructors and enum abstract values of the module's and the imported types.
    for t in module_types
        .iter()
        .chain(imports.types.iter().map(|(_, t)| t))
    {
        enum_ctors(typer, cc, *t, class)?;
    }
    // Then those of the expected type.
    if let With::Of(t) = &hit.with {
        let expected = match typer.follow(t).or_else(fail)? {
            Type::Enum(e, _) => Some(ModuleType::Enum(e)),
            Type::Abstract(a, _) => Some(ModuleType::Abstract(a)),
            _ => None,
        };
        if let Some(mt) = expected {
            enum_ctors(typer, cc, mt, class)?;
        }
    }

    // Literals, with the types haxe compares with an expected type.
    let t_bool = typer.t_bool().or_else(fail)?;
    cc.value(Kind::Literal, "null", Type::Dynamic(None), None);
    cc.value(Kind::Literal, "true", t_bool.clone(), None);
    cc.value(Kind::Literal, "false", t_bool, None);
    let def = typer.m.db.class(class).clone();
    if !hit.is_static {
        let own: Vec<Type> = def.params.iter().map(|p| p.ty.clone()).collect();
        cc.value(Kind::Literal, "this", Type::Inst(class, own.into()), None);
        if let Some((sup, sp)) = &def.super_class {
            cc.value(Kind::Literal, "super", Type::Inst(*sup, sp.clone()), None);
        }
    }
    for k in [
        "function", "var", "final", "if", "else", "while", "do", "for", "break", "return",
        "continue", "switch", "try", "new", "throw", "untyped", "cast", "inline",
    ] {
        cc.names.insert(k.to_string());
    }
    let trace = Type::Fun(std::sync::Arc::new(crate::sema::types::FunType {
        args: vec![crate::sema::types::FunArg {
            name: "value".into(),
            opt: false,
            ty: Type::Dynamic(None),
        }],
        ret: typer.t_void().or_else(fail)?,
    }));
    cc.value(Kind::Literal, "trace", trace, None);

    Ok(())
}

/// Where `name` is declared when the module declares it once only, as a local of any kind
/// (catch variables, local functions and pattern captures, which `scope_at` does not place).
fn only_declaration(m: &Module, name: &str) -> Option<Span> {
    fn pattern(e: &Expr, name: &str, out: &mut Vec<Span>) {
        if let ExprKind::Const(Constant::Ident(n)) = &e.kind {
            if n.as_str() == name {
                out.push(e.span);
            }
        }
        e.for_each_child(|c| pattern(c, name, out));
    }
    fn walk(e: &Expr, name: &str, out: &mut Vec<Span>) {
        match &e.kind {
            ExprKind::Vars(vl) => {
                for v in vl {
                    if v.name.name.as_str() == name {
                        out.push(v.name.span);
                    }
                }
            }
            ExprKind::Function(kind, f) => {
                if let FunctionKind::Named(n, _) = kind {
                    if n.name.as_str() == name {
                        out.push(n.span);
                    }
                }
                for a in &f.args {
                    if a.name.name.as_str() == name {
                        out.push(a.name.span);
                    }
                }
            }
            ExprKind::Try(_, catches) => {
                for c in catches {
                    if c.name.name.as_str() == name {
                        out.push(c.name.span);
                    }
                }
            }
            ExprKind::For(it, _) => pattern(it, name, out),
            ExprKind::Switch(_, cases, _) => {
                for c in cases {
                    for v in &c.values {
                        pattern(v, name, out);
                    }
                }
            }
            _ => {}
        }
        e.for_each_child(|c| walk(c, name, out));
    }
    let mut out = Vec::new();
    for (_, body) in super::scope::bodies(m) {
        walk(body, name, &mut out);
    }
    for d in &m.decls {
        if let DeclKind::Class(c) = &d.kind {
            for f in &c.fields {
                if let FieldKind::Fun(func) = &f.kind {
                    for a in &func.args {
                        if a.name.name.as_str() == name {
                            out.push(a.name.span);
                        }
                    }
                }
            }
        }
    }
    match out.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The constructors of an enum (or of the enum a typedef names), or the values of an enum
/// abstract, each listed once.
fn enum_ctors(
    typer: &mut Typer,
    cc: &mut Collect,
    t: ModuleType,
    current: crate::sema::types::ClassId,
) -> R<()> {
    match t {
        ModuleType::Typedef(td) => {
            let own: Vec<Type> = typer
                .m
                .db
                .typedef(td)
                .params
                .iter()
                .map(|p| p.ty.clone())
                .collect();
            let ty = typer.typedef_type(td, &own).or_else(fail)?;
            if let Type::Enum(e, _) = typer.follow(&ty).or_else(fail)? {
                enum_ctors(typer, cc, ModuleType::Enum(e), current)?;
            }
            Ok(())
        }
        ModuleType::Enum(e) => {
            let path = typer.m.db.enum_def(e).path.clone();
            let key = (path.pack.clone(), path.name.clone());
            if cc.paths.contains(&key) {
                return Ok(());
            }
            cc.paths.insert(key);
            let info = typer.enum_info(e).or_else(fail)?;
            let docs: Vec<(String, Option<String>)> = match typer.decl_of(t) {
                Ok((mid, idx)) => match typer.m.module(mid).ast.decls.get(idx).map(|d| &d.kind) {
                    Some(DeclKind::Enum(ed)) => ed
                        .ctors
                        .iter()
                        .map(|c| (c.name.name.to_string(), c.doc.clone()))
                        .collect(),
                    _ => return Err("an enum without its declaration".into()),
                },
                Err(f) => return fail(f),
            };
            let mut ctors: Vec<(usize, String, Type, Option<String>)> = Vec::new();
            for (i, c) in info.ctors.iter().enumerate() {
                let doc = docs
                    .iter()
                    .find(|(n, _)| *n == c.name)
                    .and_then(|(_, d)| d.clone());
                ctors.push((i, c.name.clone(), c.ty.clone(), doc));
            }
            ctors.sort_by(|a, b| a.1.as_bytes().cmp(b.1.as_bytes()));
            for (i, name, ty, doc) in ctors {
                cc.value(Kind::Enum(i), &name, ty, doc);
            }
            Ok(())
        }
        ModuleType::Abstract(a) => {
            let info = typer.abstract_info(a).or_else(fail)?;
            if !info.is_enum {
                return Ok(());
            }
            let path = typer.m.db.abstract_def(a).path.clone();
            let key = (path.pack.clone(), path.name.clone());
            if cc.paths.contains(&key) || typer.m.db.abstract_def(a).impl_class == Some(current) {
                return Ok(());
            }
            cc.paths.insert(key);
            for f in &info.impl_info.statics {
                if !has_meta(&f.meta, ":enumValue") || has_meta(&f.meta, ":noCompletion") {
                    continue;
                }
                cc.value(Kind::EnumAbstract, &f.name, f.ty.clone(), f.doc.clone());
            }
            Ok(())
        }
        ModuleType::Class(_) => Ok(()),
    }
}

/// haxe's `add_type`: a type already known to the typer (the module's or an import).
/// The types the imports bring, and which of them an `import ... as Name` brings.
struct ImportedTypes<'a> {
    imports: &'a crate::sema::modules::Imports,
    aliases: &'a [(String, ModuleType)],
}

/// haxe's `rebind`: an aliased import is a private typedef of the importing module, named
/// `pack._Module.Alias` after the aliased type's module.
fn add_alias(
    typer: &mut Typer,
    cc: &mut Collect,
    display: ModuleId,
    alias: &str,
    t: ModuleType,
    wildcards: &[Vec<String>],
) -> R<()> {
    let Some(owner) = typer.m.owner_of(t) else {
        return Err("a type without a module".into());
    };
    let module = typer.m.module(owner).path.clone();
    let mut pack = module.pack.clone();
    pack.push(format!("_{}", module.name));
    let mut key_pack = pack.clone();
    key_pack.push(typer.m.module(display).path.name.clone());
    let key = (key_pack, alias.to_string());
    if cc.paths.contains(&key) {
        return Ok(());
    }
    let status = cc.status(true, &key, wildcards);
    let mut dotted = pack;
    dotted.push(alias.to_string());
    cc.add(
        Item {
            kind: Kind::Type(dotted.join("."), status),
            name: alias.to_string(),
            ty: String::new(),
            t: None,
            doc: None,
        },
        Some(alias),
    );
    cc.paths.insert(key);
    Ok(())
}

fn add_type(
    typer: &mut Typer,
    cc: &mut Collect,
    t: ModuleType,
    wildcards: &[Vec<String>],
) -> R<()> {
    // A private type's path already names its module (`pack._Module.Name`), as haxe's does.
    let path = typer.m.type_path(t).clone();
    let Some(owner) = typer.m.owner_of(t) else {
        return Err("a type without a module".into());
    };
    let module = typer.m.module(owner).path.clone();
    let key = if path.name == module.name {
        (path.pack.clone(), path.name.clone())
    } else {
        let mut p = path.pack.clone();
        p.push(module.name.clone());
        (p, path.name.clone())
    };
    if cc.paths.contains(&key) {
        return Ok(());
    }
    let status = cc.status(true, &key, wildcards);
    let meta = type_meta(typer, t)?;
    if meta.iter().any(|m| m == ":noCompletion") {
        return Ok(());
    }
    cc.add(
        Item {
            kind: Kind::Type(path.dotted(), status),
            name: path.name.clone(),
            ty: String::new(),
            t: None,
            doc: None,
        },
        Some(&path.name),
    );
    cc.paths.insert(key);
    Ok(())
}

fn type_meta(typer: &mut Typer, t: ModuleType) -> R<Vec<String>> {
    let (mid, idx) = typer.decl_of(t).or_else(fail)?;
    let head = match typer.m.module(mid).ast.decls.get(idx).map(|d| &d.kind) {
        Some(DeclKind::Class(c)) => &c.head,
        Some(DeclKind::Enum(e)) => &e.head,
        Some(DeclKind::Typedef(td)) => &td.head,
        Some(DeclKind::Abstract(a)) => &a.head,
        _ => return Err("a type without its declaration".into()),
    };
    Ok(head.meta.iter().map(|m| m.name.to_string()).collect())
}

/// The walk over a class path (haxe's `explore_class_paths`, one-shot).
struct Explorer<'e, 'a> {
    env: &'e Env<'a>,
    cc: &'e mut Collect,
    packages: &'e mut Vec<(Vec<String>, String)>,
    curpack: &'e [String],
    wildcards: &'e [Vec<String>],
}

/// Packages of other targets, which haxe's package rules forbid for the `cross` target.
const FORBIDDEN: [&str; 12] = [
    "jvm", "js", "lua", "neko", "flash", "php", "cpp", "cs", "java", "python", "hl", "eval",
];

impl Explorer<'_, '_> {
    fn explore(&mut self, dir: &Path, pack: &mut Vec<String>) -> R<()> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Ok(());
        };
        for entry in entries {
            let Ok(entry) = entry else { continue };
            let file = entry.file_name().to_string_lossy().to_string();
            let path = entry.path();
            if path.is_dir() && file.starts_with(|c: char| c.is_ascii_lowercase()) {
                if FORBIDDEN.contains(&file.as_str()) {
                    continue;
                }
                self.packages.push((pack.clone(), file.clone()));
                pack.push(file.clone());
                let r = self.explore(&path, pack);
                pack.pop();
                r?;
                continue;
            }
            let Some(name) = file.strip_suffix(".hx") else {
                continue;
            };
            if name.is_empty() || name.contains('.') {
                continue;
            }
            let module = (pack.clone(), name.to_string());
            if self.cc.paths.contains(&module) {
                continue;
            }
            self.module(pack, name)?;
        }
        Ok(())
    }

    /// Lists the public types of module `pack.name`, parsed from the file the class paths
    /// give for it.
    fn module(&mut self, pack: &[String], name: &str) -> R<()> {
        let mp = crate::project::classpath::ModulePath {
            pack: pack.to_vec(),
            name: name.to_string(),
        };
        let Some((_, real)) = self.env.class_paths.find_module(self.env.cwd, &mp) else {
            return Ok(());
        };
        let Ok(bytes) = std::fs::read(&real) else {
            return Ok(());
        };
        let Ok(text) = crate::syntax::decode(bytes) else {
            return Err("a module that is not valid UTF-8".into());
        };
        crate::sema::stats::module_parsed();
        let parsed = crate::syntax::parse(&text, self.env.defines);
        if parsed.error.is_some() {
            // haxe's exploration catches the error and goes on without the module.
            return Ok(());
        }
        // A module whose `package` line disagrees is listed all the same, under the package
        // of its directory (haxe reports the mismatch as a display error nobody sees).
        if pack.iter().any(|s| s.starts_with('_')) {
            return Ok(());
        }
        for d in &parsed.module.decls {
            let (tname, private, meta) = match &d.kind {
                DeclKind::Class(c) => (&c.head.name.name, c.head.private, &c.head.meta),
                DeclKind::Enum(e) => (&e.head.name.name, e.head.private, &e.head.meta),
                DeclKind::Typedef(t) => (&t.head.name.name, t.head.private, &t.head.meta),
                DeclKind::Abstract(a) => (&a.head.name.name, a.head.private, &a.head.meta),
                DeclKind::Static(f) => (&f.name.name, f.has_access(Access::Private), &f.meta),
                DeclKind::Import(_) | DeclKind::Using(_) => continue,
            };
            let tname = tname.to_string();
            let key = if tname == name {
                (pack.to_vec(), tname.clone())
            } else {
                let mut p = pack.to_vec();
                p.push(name.to_string());
                (p, tname.clone())
            };
            if self.cc.paths.contains(&key)
                || private
                || meta.iter().any(|m| m.name == ":noCompletion")
            {
                continue;
            }
            self.cc.paths.insert(key.clone());
            let contains = pack.len() <= self.curpack.len() && self.curpack[..pack.len()] == *pack;
            let shadowing = contains && tname == name;
            let status = self.cc.status(shadowing, &key, self.wildcards);
            let mut printed = pack.to_vec();
            printed.push(tname.clone());
            let item = Item {
                kind: Kind::Type(printed.join("."), status),
                name: tname.clone(),
                ty: String::new(),
                t: None,
                doc: None,
            };
            let n = if shadowing {
                Some(tname.as_str())
            } else {
                None
            };
            self.cc.add(item, n);
        }
        Ok(())
    }
}

/// haxe's `sort_fields` without an expected type: by `get_sort_index`, stable.
fn sort(items: &mut [Item], ranks: &[u8], cursor: u32, arg_name: Option<&str>) {
    let key = |i: &Item, cursor: u32| -> (i32, String) {
        match &i.kind {
            Kind::Local(pos) => {
                let d = pos.map(|p| cursor.saturating_sub(p)).unwrap_or(0);
                // For an argument, the distance of the local's name to the parameter's
                // comes first.
                match arg_name {
                    Some(n) => (
                        0,
                        format!(
                            "{:05}{:05}",
                            crate::syntax::suggest::levenshtein(n, &i.name),
                            d
                        ),
                    ),
                    None => (0, format!("{:05}", d)),
                }
            }
            Kind::Member(own) => (if *own { 10 } else { 11 }, i.name.clone()),
            Kind::Static => (13, i.name.clone()),
            Kind::Enum(index) => (20, format!("{:04}", index)),
            Kind::EnumAbstract => (21, i.name.clone()),
            Kind::TypeParam => (30, i.name.clone()),
            Kind::Type(path, status) => (*status as i32, path.clone()),
            Kind::Package(path) => (40, path.clone()),
            Kind::Literal => (50, i.name.clone()),
        }
    };
    let mut keyed: Vec<(u8, (i32, String), Item)> = items
        .iter()
        .zip(ranks)
        .map(|(i, r)| (*r, key(i, cursor), i.clone()))
        .collect();
    keyed.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1 .0.cmp(&b.1 .0))
            .then_with(|| a.1 .1.as_bytes().cmp(b.1 .1.as_bytes()))
    });
    for (slot, (_, _, item)) in items.iter_mut().zip(keyed) {
        *slot = item;
    }
}

/// haxe's `print_toplevel`: values of a name already printed are left out.
fn print(items: &[Item]) -> String {
    let mut out = String::from("<il>\n");
    let mut seen: HashSet<&str> = HashSet::new();
    for i in items {
        let doc = |d: &Option<String>| {
            d.as_ref()
                .map(|d| format!(" d=\"{}\"", htmlescape(d)))
                .unwrap_or_default()
        };
        let value = |k: &str| {
            format!(
                "<i k=\"{}\" t=\"{}\"{}>{}</i>\n",
                k,
                htmlescape(&i.ty),
                doc(&i.doc),
                i.name
            )
        };
        match &i.kind {
            Kind::Local(_)
            | Kind::Member(_)
            | Kind::Static
            | Kind::Enum(_)
            | Kind::EnumAbstract => {
                if !seen.insert(&i.name) {
                    continue;
                }
                let k = match &i.kind {
                    Kind::Local(_) => "local",
                    Kind::Member(_) => "member",
                    Kind::Static => "static",
                    Kind::Enum(_) => "enum",
                    _ => "enumabstract",
                };
                let line = if matches!(i.kind, Kind::Local(_)) {
                    format!(
                        "<i k=\"local\" t=\"{}\">{}</i>\n",
                        htmlescape(&i.ty),
                        i.name
                    )
                } else {
                    value(k)
                };
                out.push_str(&line);
            }
            Kind::Type(path, _) => {
                out.push_str(&format!("<i k=\"type\" p=\"{}\">{}</i>\n", path, i.name))
            }
            Kind::TypeParam => {
                out.push_str(&format!("<i k=\"type\" p=\"{}\">{}</i>\n", i.ty, i.name))
            }
            Kind::Package(_) => out.push_str(&format!("<i k=\"package\">{}</i>\n", i.name)),
            Kind::Literal => out.push_str(&format!("<i k=\"literal\">{}</i>\n", i.name)),
        }
    }
    out.push_str("</il>");
    out
}

/// The order in which haxe's `Hashtbl.iter` visits the packages found, inserted in `found`
/// order with `Hashtbl.replace` into a table made by `Hashtbl.create 0`: OCaml's generic
/// hash of the key `(pack, name)`, buckets in index order, newest first within a bucket.
fn hashtbl_order(found: &[(Vec<String>, String)]) -> Vec<(Vec<String>, String)> {
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 16];
    let mut size = 0usize;
    for (i, key) in found.iter().enumerate() {
        let h = ocaml_hash(&key.0, &key.1) as usize;
        let b = h & (buckets.len() - 1);
        if buckets[b].iter().any(|&j| found[j] == *key) {
            continue;
        }
        buckets[b].insert(0, i);
        size += 1;
        if size > buckets.len() * 2 {
            // OCaml's resize keeps the order of each bucket's cells.
            let mut next: Vec<Vec<usize>> = vec![Vec::new(); buckets.len() * 2];
            for bucket in &buckets {
                for &j in bucket {
                    let h = ocaml_hash(&found[j].0, &found[j].1) as usize;
                    let mask = next.len() - 1;
                    next[h & mask].push(j);
                }
            }
            buckets = next;
        }
    }
    buckets
        .iter()
        .flatten()
        .map(|&j| found[j].clone())
        .collect()
}

/// OCaml's `Hashtbl.hash` (`caml_hash` with 10 meaningful values, 100 in all, seed 0) of a
/// `string list * string` value.
fn ocaml_hash(pack: &[String], name: &str) -> u32 {
    fn mix(h: u32, d: u32) -> u32 {
        let d = d
            .wrapping_mul(0xcc9e_2d51)
            .rotate_left(15)
            .wrapping_mul(0x1b87_3593);
        let h = (h ^ d).rotate_left(13);
        h.wrapping_mul(5).wrapping_add(0xe654_6b64)
    }
    fn mix_string(mut h: u32, s: &[u8]) -> u32 {
        let mut i = 0;
        while i + 4 <= s.len() {
            h = mix(h, u32::from_le_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]));
            i += 4;
        }
        let rest = s.len() & 3;
        if rest > 0 {
            let mut w = 0u32;
            for k in (0..rest).rev() {
                w = (w << 8) | u32::from(s[i + k]);
            }
            h = mix(h, w);
        }
        h ^ (s.len() as u32)
    }
    enum V<'a> {
        Pair,
        List(&'a [String]),
        Str(&'a str),
    }
    // A block's header as hashed: its size in words above the tag (0 for tuples and cons).
    let block2 = 2u32 << 10;
    let mut queue: Vec<V> = vec![V::Pair];
    let (mut rd, mut num, mut h) = (0usize, 10u32, 0u32);
    while rd < queue.len() && num > 0 {
        let v = std::mem::replace(&mut queue[rd], V::Pair);
        rd += 1;
        match v {
            V::Pair => {
                h = mix(h, block2);
                if queue.len() < 100 {
                    queue.push(V::List(pack));
                }
                if queue.len() < 100 {
                    queue.push(V::Str(name));
                }
            }
            V::List([]) => {
                // The empty list is the immediate 0, hashed as its tagged word 1.
                h = mix(h, 1);
                num -= 1;
            }
            V::List([head, tail @ ..]) => {
                h = mix(h, block2);
                if queue.len() < 100 {
                    queue.push(V::Str(head));
                }
                if queue.len() < 100 {
                    queue.push(V::List(tail));
                }
            }
            V::Str(s) => {
                h = mix_string(h, s.as_bytes());
                num -= 1;
            }
        }
    }
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^= h >> 16;
    h & 0x3fff_ffff
}
