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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The `<list>` to print.
    List(String),
    /// A compiler error line, as haxe would print it.
    Error(String),
    /// A case hxs does not handle yet, with a reason for the message.
    Unsupported(&'static str),
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

/// Answers a field completion on a value whose type the typer inferred (`ty`, in `ms`'s
/// type database): the same listing as for a declared type.
pub fn answer_for_type(
    ms: &mut Modules,
    display: ModuleId,
    cursor: u32,
    ty: crate::sema::types::Type,
) -> Answer {
    if let Err(why) = typed_target(ms, display, cursor) {
        return why;
    }
    let ast = ms.module(display).ast.clone();
    let enclosing = find_dot(&ast, cursor).and_then(|(_, c)| c);
    let ty = ms.db.resolve(&ty).clone();
    list_type(ms, display, enclosing, ty)
}

/// What a completion on a typed value needs: a dot at the cursor, not after a type's name,
/// and no static extensions that would join the list.
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
    if ast
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Using(_)))
        || import_hx_nearby(ms, display)
    {
        return Err(Answer::Unsupported("completion with static extensions"));
    }
    Ok(())
}

/// [`answer_for_type`] with the typer at hand, which also lists an abstract's instance fields
/// (their inferred types typed on demand, as haxe's `DisplayFields.collect` does).
pub fn answer_with_typer(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    cursor: u32,
    ty: crate::sema::types::Type,
) -> Answer {
    use crate::sema::types::Type;
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
    let Type::Abstract(a, actual) = ty.clone() else {
        return answer_for_type(&mut typer.m, display, cursor, ty);
    };
    if let Err(why) = typed_target(&typer.m, display, cursor) {
        return why;
    }
    abstract_answer(typer, display, a, &actual)
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
fn abstract_answer(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    a: crate::sema::types::AbstractId,
    actual: &[crate::sema::types::Type],
) -> Answer {
    use crate::sema::typer::{FKind, FieldOwner};
    let Ok(info) = typer.abstract_info(a) else {
        return Answer::Unsupported("completion on an abstract that does not build");
    };
    let special = [
        "coreType",
        ":coreType",
        ":enum",
        ":forward",
        ":forwardStatics",
    ];
    if info.is_enum
        || info.forward.is_some()
        || info.meta.iter().any(|m| special.contains(&m.as_str()))
    {
        return Answer::Unsupported("completion on a core, enum or forwarding abstract");
    }
    if info.module == Some(display) {
        return Answer::Unsupported("completion on an abstract from its own module");
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
            return Answer::Unsupported("completion on an abstract with operator fields");
        }
        let Ok(t) = typer.field_type(FieldOwner::AbstractImpl(a), &f) else {
            return Answer::Unsupported("completion on an abstract whose fields do not type");
        };
        let t = typer.m.db.apply_params(&t, &params, actual);
        let printed = s_type(&typer.m.db, &t);
        if printed.contains("Unknown<") {
            return Answer::Unsupported("completion listing a field of unknown type");
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
    Answer::List(fields::print(&mut items))
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
    for f in fields
        .iter()
        .filter(|f| f.is_static && !f.no_completion && (f.is_public || inside))
    {
        let Some(ty) = &f.ty else {
            return Answer::Unsupported("completion listing fields whose types are inferred");
        };
        items.push(Item {
            name: f.name.clone(),
            kind: match f.kind {
                FieldKind::Var => ItemKind::Var,
                FieldKind::Method => ItemKind::Method,
            },
            ty: s_type(&ms.db, ty),
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
    if !ms.db.enum_def(e).params.is_empty() {
        return Answer::Unsupported("completion on a generic enum");
    }
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
    let enum_type = Type::Enum(e, Arc::from(Vec::new()));
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
                params: Vec::new(),
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
            .apply_params(&rest, &[param], std::slice::from_ref(&enum_type));
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
    let mut ty = ty;
    for _ in 0..32 {
        ty = match &ty {
            crate::sema::types::Type::Typedef(td, params) => match ms.expand_typedef(*td, params) {
                Ok(t) => ms.db.resolve(&t).clone(),
                Err(_) => return Answer::Unsupported("completion on a value of this typedef"),
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
        let mut items: Vec<Item> = def
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
        return Answer::List(fields::print(&mut items));
    }
    let crate::sema::types::Type::Inst(class_id, actual) = ty else {
        return Answer::Unsupported(
            "completion on values that are not class instances or structures",
        );
    };
    let found = ModuleType::Class(class_id);
    let Some(owner) = ms.owner_of(found) else {
        return Answer::Unsupported("completion on this class");
    };
    let _ = owner;
    // The class and its ancestors, most derived first, each with its fields and the types
    // its parameters stand for here (haxe's `get_all_fields`).
    let mut chain: Vec<Link> = Vec::new();
    let mut current = Some((class_id, actual.to_vec()));
    while let Some((cid, actual)) = current.take() {
        if chain.len() > 64 {
            return Answer::Unsupported("completion on a deep or cyclic class hierarchy");
        }
        let Some(owner) = ms.owner_of(ModuleType::Class(cid)) else {
            return Answer::Unsupported("completion on this class");
        };
        let path = ms.db.class(cid).path.clone();
        let owner_ast = ms.module(owner).ast.clone();
        let Some(decl) = owner_ast.decls.iter().find_map(|d| match &d.kind {
            DeclKind::Class(c) if c.head.name.name == path.name => Some(c.clone()),
            _ => None,
        }) else {
            return Answer::Unsupported("completion on this class");
        };
        let owner_imports = match ms.imports_of(owner) {
            Ok(i) => i,
            Err(_) => {
                return Answer::Unsupported("completion on a class whose module's imports fail")
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
                return Answer::Unsupported("completion on a class whose fields do not type yet")
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
                    return Answer::Unsupported(
                        "completion on a class whose superclass does not resolve",
                    )
                }
            }
        }
        let here = enclosing.is_some_and(|c| c.head.name.name == path.name && owner == display);
        chain.push(Link {
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
                return Answer::Unsupported("completion that depends on access from a subclass");
            }
            let visible = public || visible_from.is_some_and(|k| index >= k);
            if f.no_completion || !visible {
                continue;
            }
            let Some(t) = &f.ty else {
                return Answer::Unsupported("completion listing fields whose types are inferred");
            };
            let t = ms.db.apply_params(t, params, actual);
            items.push(Item {
                name: f.name.clone(),
                kind: match f.kind {
                    FieldKind::Var => ItemKind::Var,
                    FieldKind::Method => ItemKind::Method,
                },
                ty: s_type(&ms.db, &t),
                doc: f.doc.clone(),
            });
        }
    }
    Answer::List(fields::print(&mut items))
}
