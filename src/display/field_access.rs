//! Field completion after a `.` (plain `--display FILE@POS`), for what hxs can answer
//! exactly so far: the statics of a class named right before the dot (`Util.|`), the
//! constructors of an enum, the fields of a class instance or a structure, and the instance
//! fields of an abstract (`Map`, `Vector`; not core, enum or forwarding abstracts), the value's
//! type declared or inferred by the typer. Any other case is reported as not supported rather
//! than answered wrongly.

use super::fields::{self, Item, ItemKind};
use crate::sema::fields::{FieldKind, HintScope};
use crate::sema::modules::{ModuleId, ModuleType, Modules, Origin};
use crate::sema::print::s_type;
use crate::syntax::ast::*;
use std::collections::HashSet;

/// Why hxs gives no answer of its own.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The `<list>` to print.
    List(String),
    /// A compiler error line, as haxe would print it.
    Error(String),
    /// A case hxs does not handle yet, with a reason for the message.
    Unsupported(&'static str),
    /// The items, some of whose types are inferred: [`finish_typed`] types them.
    Typed(Vec<Item>, Vec<Inferred>),
}

/// The `display Dot` node at the cursor and the class it sits in, if any.
fn find_dot(m: &Module, cursor: u32) -> Option<(Expr, Option<&ClassDecl>)> {
    fn walk(e: &Expr, cursor: u32, found: &mut Option<Expr>) {
        if let ExprKind::Display(inner, DisplayKind::Dot) = &e.kind {
            if e.span.hi == cursor {
                *found = Some((**inner).clone());
            }
        }
        e.for_each_child(|c| walk(c, cursor, found));
    }
    for (class, body) in super::scope::bodies(m) {
        let mut found = None;
        walk(body, cursor, &mut found);
        if let Some(e) = found {
            return Some((e, class));
        }
    }
    None
}

use crate::syntax::ast::FieldKind as FieldKind2;

/// Every name the module declares as a value (locals, arguments, fields, enum constructors):
/// any of them could hide a type of the same name.
pub(crate) fn declared_value_names(m: &Module) -> HashSet<String> {
    fn expr(e: &Expr, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Vars(vl) => vl.iter().for_each(|v| {
                out.insert(v.name.name.to_string());
            }),
            ExprKind::Function(kind, f) => {
                if let FunctionKind::Named(n, _) = kind {
                    out.insert(n.name.to_string());
                }
                f.args.iter().for_each(|a| {
                    out.insert(a.name.name.to_string());
                });
            }
            ExprKind::Try(_, catches) => catches.iter().for_each(|c| {
                out.insert(c.name.name.to_string());
            }),
            ExprKind::Binop(crate::syntax::token::Binop::In, lhs, _) => {
                if let ExprKind::Const(Constant::Ident(n)) = &lhs.kind {
                    out.insert(n.to_string());
                }
            }
            ExprKind::Switch(..) => {
                // Patterns may bind any name.
                out.insert("*".into());
            }
            _ => {}
        }
        e.for_each_child(|c| expr(c, out));
    }
    let mut out = HashSet::new();
    for d in &m.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            DeclKind::Static(f) => std::slice::from_ref(f),
            DeclKind::Enum(e) => {
                e.ctors.iter().for_each(|c| {
                    out.insert(c.name.name.to_string());
                });
                continue;
            }
            _ => continue,
        };
        for f in fields {
            out.insert(f.name.name.to_string());
            match &f.kind {
                FieldKind2::Fun(func) => {
                    func.args.iter().for_each(|a| {
                        out.insert(a.name.name.to_string());
                    });
                    if let Some(b) = &func.body {
                        expr(b, &mut out);
                    }
                }
                FieldKind2::Var(_, Some(e)) | FieldKind2::Prop { expr: Some(e), .. } => {
                    expr(e, &mut out)
                }
                _ => {}
            }
        }
    }
    out
}

/// What a completion on a typed value needs: a dot at the cursor, not after a type's name,
/// and no `import.hx` that may bring static extensions hxs does not list.
fn typed_target(ms: &Modules, display: ModuleId, cursor: u32) -> Result<(), Answer> {
    let ast = ms.module(display).ast.clone();
    let Some((target, _)) = find_dot(&ast, cursor) else {
        return Err(Answer::Unsupported("completion here"));
    };
    if let ExprKind::Const(Constant::Ident(name)) = &target.kind {
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err(Answer::Unsupported("static completion through the typer"));
        }
    }
    if import_hx_nearby(ms, display) {
        return Err(Answer::Unsupported("completion with static extensions"));
    }
    Ok(())
}

/// Answers a field completion on a value whose type the typer inferred (`ty`): the fields
/// of its type (an abstract's instance fields typed on demand, as haxe's
/// `DisplayFields.collect` does), then the static extensions that accept it.
pub fn answer_with_typer(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    cursor: u32,
    ty: crate::sema::types::Type,
) -> Answer {
    use crate::sema::types::Type;
    let value = ty.clone();
    if let Some(answer) = qualified_statics(typer, display, cursor, &value) {
        return answer;
    }
    let mut ty = typer.m.db.resolve(&ty).clone();
    for _ in 0..32 {
        ty = match &ty {
            Type::Typedef(td, params) => match typer.m.expand_typedef(*td, params) {
                Ok(t) => typer.m.db.resolve(&t).clone(),
                Err(_) => break,
            },
            t => match null_of(&typer.m.db, t) {
                Some(inner) => typer.m.db.resolve(&inner).clone(),
                None => break,
            },
        };
    }
    if let Err(why) = typed_target(&typer.m, display, cursor) {
        return why;
    }
    let before = s_type(&typer.m.db, &value);
    let own = match own_items(typer, display, cursor, &ty) {
        Ok(items) => items,
        Err(answer) => return answer,
    };
    let taken: HashSet<String> = own.iter().map(|i| i.name.clone()).collect();
    let class = typer.class_at(display, cursor);
    let Ok(found) = typer.static_extensions(display, class, &value, &taken) else {
        return Answer::Unsupported("completion with static extensions hxs cannot type");
    };
    // haxe prints every item after collecting the extensions, whose unification may have
    // bound a monomorph of the value's type: the value's own fields are listed again then.
    let mut items = if s_type(&typer.m.db, &value) == before {
        own
    } else {
        match own_items(typer, display, cursor, &typer.m.db.resolve(&ty).clone()) {
            Ok(items) => items,
            Err(answer) => return answer,
        }
    };
    for (f, t) in found {
        items.push(Item {
            name: f.name.clone(),
            kind: if f.is_method() {
                ItemKind::Method
            } else {
                ItemKind::Var
            },
            ty: s_type(&typer.m.db, &t),
            doc: f.doc.clone(),
        });
    }
    Answer::List(fields::print(&mut items))
}

/// `pack.Class.`: a class named by its full path, typed as its statics (haxe's `Statics`
/// structure); `None` for any other value.
fn qualified_statics(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    cursor: u32,
    value: &crate::sema::types::Type,
) -> Option<Answer> {
    use crate::sema::types::{AnonStatus, Type};
    let Type::Typedef(td, _) = typer.m.db.resolve(value).clone() else {
        return None;
    };
    let Type::Anon(anon) = typer.m.db.typedef(td).ty.clone() else {
        return None;
    };
    let status = typer.m.db.anon(anon).status.clone();
    match status {
        AnonStatus::Statics(_) | AnonStatus::EnumStatics(_) => {}
        AnonStatus::AbstractStatics(_) => {
            return Some(Answer::Unsupported(
                "completion on the statics of an abstract",
            ))
        }
        _ => return None,
    }
    let ast = typer.m.module(display).ast.clone();
    let (target, enclosing) = find_dot(&ast, cursor)?;
    // haxe also lists the other types of the module the dotted path names, if loaded.
    let mut path = Vec::new();
    let mut e = &target;
    loop {
        match &e.kind {
            ExprKind::Field(inner, name) => {
                path.push(name.name.to_string());
                e = inner;
            }
            ExprKind::Const(Constant::Ident(name)) => {
                path.push(name.to_string());
                break;
            }
            _ => {
                return Some(Answer::Unsupported(
                    "completion on the statics of this expression",
                ))
            }
        }
    }
    path.reverse();
    let name = path.pop()?;
    let module_types = typer
        .m
        .loaded(&crate::project::classpath::ModulePath { pack: path, name });
    let answer = match status {
        AnonStatus::EnumStatics(e) => enum_answer(&mut typer.m, e, module_types),
        AnonStatus::Statics(class) => {
            statics_answer(&mut typer.m, display, enclosing, class, module_types)
        }
        _ => return None,
    };
    Some(match answer {
        Answer::Typed(items, pending) => finish_typed(typer, (display, cursor), items, pending),
        answer => answer,
    })
}

/// The fields of a value of type `ty` (followed), before static extensions.
fn own_items(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    cursor: u32,
    ty: &crate::sema::types::Type,
) -> Result<Vec<Item>, Answer> {
    use crate::sema::types::Type;
    match ty.clone() {
        Type::Abstract(a, actual) => abstract_items(typer, display, a, &actual),
        // haxe lists no field of `Dynamic`, and `EnumValue`'s `match` for an enum value.
        Type::Dynamic(_) => Ok(Vec::new()),
        Type::Enum(..) => enum_value_items(typer),
        ty => {
            let ast = typer.m.module(display).ast.clone();
            let enclosing = find_dot(&ast, cursor).and_then(|(_, c)| c);
            let mut pending = Vec::new();
            let mut items = list_items(&mut typer.m, display, enclosing, ty, Some(&mut pending))?;
            for p in pending {
                items[p.index].ty = inferred_type(typer, &p, (display, cursor))?;
            }
            Ok(items)
        }
    }
}

/// The type of a listed field declared without one, typed now (haxe prints the item's
/// type by following it, which types the field).
fn inferred_type(
    typer: &mut crate::sema::typer::Typer,
    p: &Inferred,
    at: (ModuleId, u32),
) -> Result<String, Answer> {
    use crate::sema::typer::FieldOwner;
    let unsupported = || Answer::Unsupported("completion listing fields that do not type");
    let info = typer.class_info(p.class).map_err(|_| unsupported())?;
    let f = match p.is_static {
        true => info.static_field(&p.name),
        false => info.field(&p.name),
    };
    let f = f.cloned().ok_or_else(unsupported)?;
    if let Some((module, _, _)) = f.decl {
        if module == at.0 && f.span.lo <= at.1 && at.1 <= f.span.hi {
            // The field being typed at the cursor: haxe reads its type as it stands.
            return partial_type(typer, &f).ok_or(Answer::Unsupported(
                "completion listing the type of the field being typed",
            ));
        }
    }
    let t = typer
        .field_type(FieldOwner::Class(p.class), &f)
        .map_err(|_| unsupported())?;
    let t = typer.m.db.apply_params(&t, &p.params, &p.actual);
    Ok(s_type(&typer.m.db, &t))
}

/// The type of a method whose body is being typed, as haxe sees it at the cursor: its
/// return type still a monomorph. Only when nothing before the cursor can have bound it
/// (every argument typed, no `return` with a value); `None` otherwise.
fn partial_type(
    typer: &crate::sema::typer::Typer,
    f: &crate::sema::typer::FieldInfo,
) -> Option<String> {
    let (module, ti, fi) = f.decl?;
    let DeclKind::Class(c) = &typer.m.module(module).ast.decls.get(ti)?.kind else {
        return None;
    };
    let FieldKind2::Fun(func) = &c.fields.get(fi)?.kind else {
        return None;
    };
    let body = func.body.as_ref()?;
    if func.args.iter().any(|a| a.ty.is_none())
        || crate::sema::expr::has_value_return(body)
        || func.ret.is_some()
    {
        return None;
    }
    Some(s_type(&typer.m.db, &f.ty))
}

/// The field haxe lists for any enum value: the `match` function of the std's `EnumValue`,
/// typed as its implementation declares it (`this` first).
fn enum_value_items(typer: &mut crate::sema::typer::Typer) -> Result<Vec<Item>, Answer> {
    use crate::sema::typer::FieldOwner;
    use crate::sema::types::{FunArg, FunType, Type};
    let unsupported = || Answer::Unsupported("completion on an enum value without EnumValue");
    let path = crate::project::classpath::ModulePath {
        pack: Vec::new(),
        name: "EnumValue".into(),
    };
    let module = typer.m.load(&path).map_err(|_| unsupported())?;
    let Some(ModuleType::Abstract(a)) = typer.m.find_type_in_module(module, "EnumValue") else {
        return Err(unsupported());
    };
    let info = typer.abstract_info(a).map_err(|_| unsupported())?;
    let mut items = Vec::new();
    if let Some(f) = info.impl_info.static_field("match").cloned() {
        let t = typer
            .field_type(FieldOwner::AbstractImpl(a), &f)
            .map_err(|_| unsupported())?;
        let Type::Fun(fun) = t else {
            return Err(unsupported());
        };
        let mut args = vec![FunArg {
            name: "this".into(),
            opt: false,
            ty: Type::Abstract(a, Vec::new().into()),
        }];
        args.extend(fun.args.iter().cloned());
        let t = Type::Fun(std::sync::Arc::new(FunType {
            args,
            ret: fun.ret.clone(),
        }));
        items.push(Item {
            name: f.name.clone(),
            kind: ItemKind::Method,
            ty: s_type(&typer.m.db, &t),
            doc: f.doc.clone(),
        });
    }
    Ok(items)
}

/// `T` for `Null<T>` (the std's core abstract `Null`).
fn null_of(
    db: &crate::sema::types::TypeDb,
    t: &crate::sema::types::Type,
) -> Option<crate::sema::types::Type> {
    let crate::sema::types::Type::Abstract(a, params) = t else {
        return None;
    };
    let path = &db.abstract_def(*a).path;
    (path.pack.is_empty() && path.name == "Null" && params.len() == 1).then(|| params[0].clone())
}

/// The public instance fields of abstract `a` with type arguments `actual`.
fn abstract_items(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    a: crate::sema::types::AbstractId,
    actual: &[crate::sema::types::Type],
) -> Result<Vec<Item>, Answer> {
    use crate::sema::typer::{FKind, FieldOwner};
    let Ok(info) = typer.abstract_info(a) else {
        return Err(Answer::Unsupported(
            "completion on an abstract that does not build",
        ));
    };
    let special = [
        "coreType",
        ":coreType",
        ":enum",
        ":forward",
        ":forwardStatics",
    ];
    let core = info.meta.iter().any(|m| m == ":coreType");
    if core && !info.is_enum && info.forward.is_none() && info.impl_info.statics.is_empty() {
        // A core type without functions (`Int`, `Float`, `Bool`) has no field.
        return Ok(Vec::new());
    }
    if info.is_enum
        || info.forward.is_some()
        || info.meta.iter().any(|m| special.contains(&m.as_str()))
    {
        return Err(Answer::Unsupported(
            "completion on a core, enum or forwarding abstract",
        ));
    }
    if info.module == Some(display) {
        return Err(Answer::Unsupported(
            "completion on an abstract from its own module",
        ));
    }
    let params = typer.m.db.abstract_def(a).params.clone();
    let fields: Vec<_> = info
        .impl_info
        .statics
        .iter()
        .filter(|f| !f.is_static && f.is_public)
        .cloned()
        .collect();
    let mut items = Vec::new();
    for f in fields {
        if f.meta.iter().any(|m| m == ":noCompletion") {
            continue;
        }
        if f.meta
            .iter()
            .any(|m| m.starts_with(":op") || m == ":resolve")
        {
            return Err(Answer::Unsupported(
                "completion on an abstract with operator fields",
            ));
        }
        let Ok(t) = typer.field_type(FieldOwner::AbstractImpl(a), &f) else {
            return Err(Answer::Unsupported(
                "completion on an abstract whose fields do not type",
            ));
        };
        let t = typer.m.db.apply_params(&t, &params, actual);
        let printed = s_type(&typer.m.db, &t);
        if printed.contains("Unknown<") {
            return Err(Answer::Unsupported(
                "completion listing a field of unknown type",
            ));
        }
        items.push(Item {
            name: f.name.clone(),
            kind: match f.kind {
                FKind::Method(_) => ItemKind::Method,
                FKind::Var { .. } => ItemKind::Var,
            },
            ty: printed,
            doc: f.doc.clone(),
        });
    }
    Ok(items)
}

/// Answers a field completion at `cursor` (a byte offset) in the display module.
pub fn answer(ms: &mut Modules, display: ModuleId, cursor: u32) -> Answer {
    let ast = ms.module(display).ast.clone();
    let Some((target, enclosing)) = find_dot(&ast, cursor) else {
        return Answer::Unsupported("completion here");
    };
    let ExprKind::Const(Constant::Ident(name)) = &target.kind else {
        return Answer::Unsupported("field completion on this expression");
    };
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return instance_answer(ms, display, &ast, enclosing, name, cursor);
    }
    // Switch patterns (`*`) cannot shadow the name: a pattern naming a type that resolves
    // means that type, and a pattern variable must start in lower case.
    let names = declared_value_names(&ast);
    if names.contains(name.as_str()) {
        return Answer::Unsupported("field completion where a value may share the type's name");
    }
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("completion in a module whose imports fail"),
    };
    for (_, t) in &imports.types {
        if let ModuleType::Enum(e) = t {
            if ms.db.enum_def(*e).names.iter().any(|n| n == name.as_str()) {
                return Answer::Unsupported(
                    "field completion where an enum constructor shares the type's name",
                );
            }
        }
    }
    let tp = TypePath {
        pack: Vec::new(),
        name: name.clone(),
        params: Vec::new(),
        sub: None,
        span: target.span,
    };
    let (found, origin) = match ms.resolve_with_origin(display, &imports, &tp) {
        Ok(t) => t,
        Err(_) => return Answer::Unsupported("completion on an unknown name"),
    };
    if let Origin::Wildcard(_) = origin {
        return Answer::Unsupported("completion on a wildcard-imported type");
    }
    // haxe then lists the other types of the module the expression names, if that module is
    // loaded (`DisplayFields.get_submodule_fields`); for a single name, that is the module of
    // that name in the root package.
    let module_types = ms.loaded(&crate::project::classpath::ModulePath {
        pack: Vec::new(),
        name: name.to_string(),
    });
    if let ModuleType::Enum(e) = found {
        return enum_answer(ms, e, module_types);
    }
    let ModuleType::Class(class_id) = found else {
        return Answer::Unsupported("static completion on typedefs and abstracts");
    };
    statics_answer(ms, display, enclosing, class_id, module_types)
}

/// `Class.`: the class's statics visible from the cursor, then the other types of
/// `module_types` (the module the expression names, when loaded).
fn statics_answer(
    ms: &mut Modules,
    display: ModuleId,
    enclosing: Option<&ClassDecl>,
    class_id: crate::sema::types::ClassId,
    module_types: Option<ModuleId>,
) -> Answer {
    let found = ModuleType::Class(class_id);
    // The declaration of the class, in its own module.
    let class_path = ms.db.class(class_id).path.clone();
    let owner = ms.load(&crate::project::classpath::ModulePath {
        pack: class_path.pack.clone(),
        name: class_path.name.clone(),
    });
    let owner = match owner {
        Ok(o) if ms.find_type_in_module(o, &class_path.name) == Some(found) => o,
        _ => {
            // A sub-type of another module, or the display module itself.
            let mut hit = None;
            for candidate in [display] {
                if ms.module(candidate).types.iter().any(|t| t.ty == found) {
                    hit = Some(candidate);
                }
            }
            match hit {
                Some(h) => h,
                None => return Answer::Unsupported("completion on a sub-type of another module"),
            }
        }
    };
    let owner_ast = ms.module(owner).ast.clone();
    let Some(decl) = owner_ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Class(c) if c.head.name.name == class_path.name => Some(c),
        _ => None,
    }) else {
        return Answer::Unsupported("completion on this class");
    };
    let owner_imports = match ms.imports_of(owner) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("completion on a class whose module's imports fail"),
    };
    let params: Vec<(String, crate::sema::types::Type)> = ms
        .db
        .class(class_id)
        .params
        .iter()
        .map(|p| (p.name.clone(), p.ty.clone()))
        .collect();
    let scope = HintScope {
        module: owner,
        imports: &owner_imports,
        params,
    };
    let fields = match ms.class_fields(&scope, decl) {
        Ok(f) => f,
        Err(e) => {
            let file = ms.module(owner).file.clone();
            return Answer::Error(format!("{} : {}", file.format_pos(e.span), e.message));
        }
    };
    let inside = enclosing.is_some_and(|c| c.head.name.name == class_path.name && owner == display);
    if !inside
        && enclosing.is_some_and(|c| !c.extends.is_empty())
        && fields.iter().any(|f| f.is_static && !f.is_public)
    {
        return Answer::Unsupported("completion that depends on the class hierarchy");
    }
    if fields
        .iter()
        .any(|f| f.is_static && !f.visibility_known && !inside)
    {
        return Answer::Unsupported(
            "completion on a class whose field visibility depends on its ancestors",
        );
    }
    let mut items = Vec::new();
    let mut pending = Vec::new();
    for f in fields
        .iter()
        .filter(|f| f.is_static && !f.no_completion && (f.is_public || inside))
    {
        let ty = match &f.ty {
            Some(ty) => s_type(&ms.db, ty),
            None => {
                pending.push(Inferred {
                    index: items.len(),
                    class: class_id,
                    name: f.name.clone(),
                    is_static: true,
                    params: Vec::new(),
                    actual: Vec::new(),
                });
                String::new()
            }
        };
        items.push(Item {
            name: f.name.clone(),
            kind: match f.kind {
                FieldKind::Var => ItemKind::Var,
                FieldKind::Method => ItemKind::Method,
            },
            ty,
            doc: f.doc.clone(),
        });
    }
    if let Some(m) = module_types {
        for t in ms.module(m).types.clone() {
            if t.private || t.ty == found {
                continue;
            }
            items.push(Item {
                name: t.name.clone(),
                kind: ItemKind::Type,
                ty: ms.type_path(t.ty).dotted(),
                doc: None,
            });
        }
    }
    if !pending.is_empty() {
        return Answer::Typed(items, pending);
    }
    Answer::List(fields::print(&mut items))
}

/// The `<list>` of an [`Answer::Typed`], the typer giving the inferred types (with the
/// typer whose modules [`answer`] read).
pub fn finish_typed(
    typer: &mut crate::sema::typer::Typer,
    at: (ModuleId, u32),
    mut items: Vec<Item>,
    pending: Vec<Inferred>,
) -> Answer {
    for p in pending {
        match inferred_type(typer, &p, at) {
            Ok(t) => items[p.index].ty = t,
            Err(answer) => return answer,
        }
    }
    Answer::List(fields::print(&mut items))
}

/// `Color.`: the enum's constructors, then the extensions every enum gets from haxe's
/// global `using` of `haxe.EnumTools` (the `Enum<T>` receiver dropped, `T` bound to the
/// enum), then the module's other types when the name is also a loaded module.
fn enum_answer(
    ms: &mut Modules,
    e: crate::sema::types::EnumId,
    module_types: Option<ModuleId>,
) -> Answer {
    use crate::sema::types::{FunType, Type};
    use std::sync::Arc;
    let Some(owner) = ms.owner_of(ModuleType::Enum(e)) else {
        return Answer::Unsupported("completion on this enum");
    };
    let path = ms.db.enum_def(e).path.clone();
    let ast = ms.module(owner).ast.clone();
    let Some(decl) = ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Enum(en) if en.head.name.name == path.name => Some(en.clone()),
        _ => None,
    }) else {
        return Answer::Unsupported("completion on this enum");
    };
    let imports = match ms.imports_of(owner) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("completion on an enum whose module's imports fail"),
    };
    // Constructors are typed with the enum's own parameters (`Option<Option.T>`); the
    // extensions, with a monomorph for each (`Option<Unknown<0>>`).
    let enum_params = ms.db.enum_def(e).params.clone();
    let own: Vec<Type> = enum_params.iter().map(|p| p.ty.clone()).collect();
    let enum_type = Type::Enum(e, Arc::from(own));
    let monos: Vec<Type> = enum_params.iter().map(|_| ms.db.new_mono()).collect();
    let enum_value_type = Type::Enum(e, Arc::from(monos));
    let mut items = Vec::new();
    for c in &decl.ctors {
        // haxe lists constructors even when they carry `@:noCompletion`.
        let ty = if c.args.is_empty() {
            enum_type.clone()
        } else {
            // Constructor type parameters are owned by the constructor (`Gen.T`), as for methods.
            let f = Function {
                params: c.params.clone(),
                args: c
                    .args
                    .iter()
                    .map(|a| FunArg2 {
                        name: a.name.clone(),
                        opt: a.opt,
                        meta: Vec::new(),
                        ty: Some(a.ty.clone()),
                        value: None,
                    })
                    .collect(),
                ret: None,
                body: None,
            };
            let scope = HintScope {
                module: owner,
                imports: &imports,
                params: enum_params
                    .iter()
                    .map(|p| (p.name.clone(), p.ty.clone()))
                    .collect(),
            };
            match ms.method_type(
                &scope,
                &c.name.name,
                &Function {
                    ret: Some(void_hint()),
                    ..f
                },
            ) {
                Ok(Some(Type::Fun(ft))) => Type::Fun(Arc::new(FunType {
                    args: ft.args.clone(),
                    ret: enum_type.clone(),
                })),
                _ => {
                    return Answer::Unsupported(
                        "completion on an enum whose constructors do not type yet",
                    )
                }
            }
        };
        items.push(Item {
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
    // The static extensions of `haxe.EnumTools.EnumTools` that take an `Enum<T>`.
    let tools = crate::project::classpath::ModulePath {
        pack: vec!["haxe".into()],
        name: "EnumTools".into(),
    };
    let Ok(tools_module) = ms.load(&tools) else {
        return Answer::Unsupported("completion without haxe.EnumTools");
    };
    let tools_ast = ms.module(tools_module).ast.clone();
    let Some(tools_class) = tools_ast.decls.iter().find_map(|d| match &d.kind {
        DeclKind::Class(c) if c.head.name.name == "EnumTools" => Some(c.clone()),
        _ => None,
    }) else {
        return Answer::Unsupported("completion without haxe.EnumTools");
    };
    let tools_imports = match ms.imports_of(tools_module) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("completion without haxe.EnumTools"),
    };
    let scope = HintScope {
        module: tools_module,
        imports: &tools_imports,
        params: Vec::new(),
    };
    for f in &tools_class.fields {
        let FieldKind2::Fun(func) = &f.kind else {
            continue;
        };
        if !f.has_access(Access::Static)
            || f.has_meta(":noUsing")
            || f.has_meta(":noCompletion")
            || f.has_access(Access::Private)
        {
            continue;
        }
        let Ok(Some(Type::Fun(ft))) = ms.method_type(&scope, &f.name.name, func) else {
            return Answer::Unsupported("completion with extensions that do not type yet");
        };
        // The receiver must be `Enum<P>` for a type parameter `P` of the method.
        let Some(first) = ft.args.first() else {
            continue;
        };
        let Type::Abstract(a, p) = &first.ty else {
            continue;
        };
        if ms.db.abstract_def(*a).path != crate::sema::types::Path::new(&[], "Enum") || p.len() != 1
        {
            continue;
        }
        let Type::Inst(param_class, _) = &p[0] else {
            continue;
        };
        if ms.db.class(*param_class).kind != crate::sema::types::ClassKind::TypeParameter {
            continue;
        }
        let param = crate::sema::types::TypeParam {
            name: String::new(),
            ty: p[0].clone(),
        };
        let rest = Type::Fun(Arc::new(FunType {
            args: ft.args[1..].to_vec(),
            ret: ft.ret.clone(),
        }));
        let applied = ms
            .db
            .apply_params(&rest, &[param], std::slice::from_ref(&enum_value_type));
        items.push(Item {
            name: f.name.name.to_string(),
            kind: ItemKind::Method,
            ty: s_type(&ms.db, &applied),
            doc: f.doc.clone(),
        });
    }
    if let Some(m) = module_types {
        for t in ms.module(m).types.clone() {
            if t.private || t.ty == ModuleType::Enum(e) {
                continue;
            }
            items.push(Item {
                name: t.name.clone(),
                kind: ItemKind::Type,
                ty: ms.type_path(t.ty).dotted(),
                doc: None,
            });
        }
    }
    Answer::List(fields::print(&mut items))
}

fn void_hint() -> TypeHint {
    TypeHint {
        kind: ComplexType::Path(Box::new(TypePath {
            pack: Vec::new(),
            name: "Void".into(),
            params: Vec::new(),
            sub: None,
            span: crate::syntax::source::Span::default(),
        })),
        span: crate::syntax::source::Span::default(),
    }
}

use crate::syntax::ast::FunArg as FunArg2;

/// One class of a hierarchy being completed: its declaration, its fields, and the types
/// its parameters stand for at the completion point.
struct Link {
    class: crate::sema::types::ClassId,
    decl: ClassDecl,
    fields: Vec<crate::sema::fields::FieldDef>,
    params: Vec<crate::sema::types::TypeParam>,
    actual: Vec<crate::sema::types::Type>,
    /// The cursor is inside this class.
    here: bool,
}

/// Whether an `import.hx` may add `using`s to the display file (one in its directory or
/// any parent): then extension methods would join the list, which hxs does not compute yet.
fn import_hx_nearby(ms: &Modules, display: ModuleId) -> bool {
    ms.import_hx_nearby(display)
}

/// Completion on a local variable or argument declared with a type hint.
fn instance_answer(
    ms: &mut Modules,
    display: ModuleId,
    ast: &Module,
    enclosing: Option<&ClassDecl>,
    name: &str,
    cursor: u32,
) -> Answer {
    if ast
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Using(_)))
        || import_hx_nearby(ms, display)
    {
        return Answer::Unsupported("completion with static extensions");
    }
    let scope = super::scope::scope_at(ast, cursor);
    let Some(decl) = scope.iter().rev().find(|d| d.name == name) else {
        return Answer::Unsupported("completion on a field or an unknown name");
    };
    let Some(hint) = decl.hint.clone() else {
        return Answer::Unsupported("completion on a value whose type is inferred");
    };
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("completion in a module whose imports fail"),
    };
    let scope = HintScope {
        module: display,
        imports: &imports,
        params: Vec::new(),
    };
    let ty = match ms.load_hint(&scope, &hint) {
        Ok(t) => t,
        Err(_) => return Answer::Unsupported("completion on a value of this type"),
    };
    list_type(ms, display, enclosing, ty)
}

/// The field list of a value of type `ty` (haxe's instance field completion): structure
/// fields, or the fields of a class and its ancestors visible from the cursor's class.
fn list_type(
    ms: &mut Modules,
    display: ModuleId,
    enclosing: Option<&ClassDecl>,
    ty: crate::sema::types::Type,
) -> Answer {
    match list_items(ms, display, enclosing, ty, None) {
        Ok(mut items) => Answer::List(fields::print(&mut items)),
        Err(answer) => answer,
    }
}

/// A listed field whose type is inferred: the typer gives it (`items[index]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Inferred {
    index: usize,
    class: crate::sema::types::ClassId,
    name: String,
    is_static: bool,
    params: Vec<crate::sema::types::TypeParam>,
    actual: Vec<crate::sema::types::Type>,
}

/// The items of [`list_type`], unsorted; `Err` holds the answer when hxs gives none. Fields
/// whose types are inferred go to `pending`, or make hxs decline when there is none.
fn list_items(
    ms: &mut Modules,
    display: ModuleId,
    enclosing: Option<&ClassDecl>,
    ty: crate::sema::types::Type,
    mut pending: Option<&mut Vec<Inferred>>,
) -> Result<Vec<Item>, Answer> {
    let mut ty = ty;
    for _ in 0..32 {
        ty = match &ty {
            crate::sema::types::Type::Typedef(td, params) => match ms.expand_typedef(*td, params) {
                Ok(t) => ms.db.resolve(&t).clone(),
                Err(_) => return Err(Answer::Unsupported("completion on a value of this typedef")),
            },
            // haxe lists the fields of `T` for a `Null<T>`.
            t => match null_of(&ms.db, t) {
                Some(inner) => ms.db.resolve(&inner).clone(),
                None => break,
            },
        };
    }
    if let crate::sema::types::Type::Anon(a) = &ty {
        let def = ms.db.anon(*a).clone();
        let items: Vec<Item> = def
            .fields
            .iter()
            .map(|(n, f)| Item {
                name: n.clone(),
                kind: if f.method {
                    ItemKind::Method
                } else {
                    ItemKind::Var
                },
                ty: s_type(&ms.db, &f.ty),
                doc: f.doc.clone(),
            })
            .collect();
        return Ok(items);
    }
    let crate::sema::types::Type::Inst(class_id, actual) = ty else {
        return Err(Answer::Unsupported(
            "completion on values that are not class instances or structures",
        ));
    };
    let found = ModuleType::Class(class_id);
    let Some(owner) = ms.owner_of(found) else {
        return Err(Answer::Unsupported("completion on this class"));
    };
    let _ = owner;
    // The class and its ancestors, most derived first, each with its fields and the types
    // its parameters stand for here (haxe's `get_all_fields`).
    let mut chain: Vec<Link> = Vec::new();
    let mut current = Some((class_id, actual.to_vec()));
    while let Some((cid, actual)) = current.take() {
        if chain.len() > 64 {
            return Err(Answer::Unsupported(
                "completion on a deep or cyclic class hierarchy",
            ));
        }
        let Some(owner) = ms.owner_of(ModuleType::Class(cid)) else {
            return Err(Answer::Unsupported("completion on this class"));
        };
        let path = ms.db.class(cid).path.clone();
        let owner_ast = ms.module(owner).ast.clone();
        let Some(decl) = owner_ast.decls.iter().find_map(|d| match &d.kind {
            DeclKind::Class(c) if c.head.name.name == path.name => Some(c.clone()),
            _ => None,
        }) else {
            return Err(Answer::Unsupported("completion on this class"));
        };
        let owner_imports = match ms.imports_of(owner) {
            Ok(i) => i,
            Err(_) => {
                return Err(Answer::Unsupported(
                    "completion on a class whose module's imports fail",
                ))
            }
        };
        let params = ms.db.class(cid).params.clone();
        let scope = HintScope {
            module: owner,
            imports: &owner_imports,
            params: params
                .iter()
                .map(|p| (p.name.clone(), p.ty.clone()))
                .collect(),
        };
        let fields = match ms.class_fields(&scope, &decl) {
            Ok(f) => f,
            Err(_) => {
                return Err(Answer::Unsupported(
                    "completion on a class whose fields do not type yet",
                ))
            }
        };
        if let Some(sup) = decl.extends.first() {
            let hint = TypeHint {
                kind: ComplexType::Path(Box::new(sup.clone())),
                span: sup.span,
            };
            match ms.load_hint(&scope, &hint) {
                Ok(crate::sema::types::Type::Inst(sid, sparams)) => {
                    let sparams: Vec<_> = sparams
                        .iter()
                        .map(|t| ms.db.apply_params(t, &params, &actual))
                        .collect();
                    current = Some((sid, sparams));
                }
                _ => {
                    return Err(Answer::Unsupported(
                        "completion on a class whose superclass does not resolve",
                    ))
                }
            }
        }
        let here = enclosing.is_some_and(|c| c.head.name.name == path.name && owner == display);
        chain.push(Link {
            class: cid,
            decl,
            fields,
            params,
            actual,
            here,
        });
    }
    let chain_public = chain
        .iter()
        .any(|l| l.decl.head.meta.iter().any(|m| m.name == ":publicFields"));
    // Private members show from inside their class and its subclasses: from the class the
    // cursor is in, if it is in the chain, up to the root.
    let visible_from = chain.iter().position(|l| l.here);
    let outside_subclass =
        visible_from.is_none() && enclosing.is_some_and(|c| !c.extends.is_empty());
    let mut seen = HashSet::new();
    let mut items = Vec::new();
    for (
        index,
        Link {
            class,
            decl,
            fields,
            params,
            actual,
            ..
        },
    ) in chain.iter().enumerate()
    {
        let class_public = decl.head.external || decl.interface || chain_public;
        for f in fields.iter().filter(|f| !f.is_static && f.name != "new") {
            if !seen.insert(f.name.clone()) {
                continue;
            }
            let public = f.modifier.unwrap_or(class_public);
            if !public && outside_subclass {
                return Err(Answer::Unsupported(
                    "completion that depends on access from a subclass",
                ));
            }
            let visible = public || visible_from.is_some_and(|k| index >= k);
            if f.no_completion || !visible {
                continue;
            }
            let ty = match (&f.ty, pending.as_deref_mut()) {
                (Some(t), _) => {
                    let t = ms.db.apply_params(t, params, actual);
                    s_type(&ms.db, &t)
                }
                (None, Some(pending)) => {
                    pending.push(Inferred {
                        index: items.len(),
                        class: *class,
                        name: f.name.clone(),
                        is_static: false,
                        params: params.clone(),
                        actual: actual.clone(),
                    });
                    String::new()
                }
                (None, None) => {
                    return Err(Answer::Unsupported(
                        "completion listing fields whose types are inferred",
                    ))
                }
            };
            items.push(Item {
                name: f.name.clone(),
                kind: match f.kind {
                    FieldKind::Var => ItemKind::Var,
                    FieldKind::Method => ItemKind::Method,
                },
                ty,
                doc: f.doc.clone(),
            });
        }
    }
    Ok(items)
}
