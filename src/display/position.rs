//! `@position` (go to definition) for what hxs can answer exactly so far: a type named in a
//! type hint (`var x:Util`, `Array<Util>`, argument and return types, `new Util()`), which
//! haxe answers with the position of the type's name in its declaration, printed with the
//! file's real path (`<list>\n<pos>/abs/Util.hx:4: characters 7-11</pos>\n</list>`).

use crate::sema::modules::{ModuleId, ModuleType, Modules};
use crate::syntax::ast::*;
use crate::syntax::source::{format_pos_with, Span};

/// What hxs answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Positions(String),
    Unsupported(&'static str),
}

/// The innermost type path in a hint that encloses the cursor (`lo <= cursor <= hi`).
fn path_in_hint<'a>(t: &'a TypeHint, cursor: u32, best: &mut Option<&'a TypePath>) {
    match &t.kind {
        ComplexType::Path(p) => {
            if p.span.lo <= cursor && cursor <= p.span.hi {
                *best = Some(p);
            }
            for param in &p.params {
                if let TypeParam::Type(inner) = param {
                    path_in_hint(inner, cursor, best);
                }
            }
        }
        ComplexType::Function(args, ret) => {
            args.iter().for_each(|a| path_in_hint(a, cursor, best));
            path_in_hint(ret, cursor, best);
        }
        ComplexType::Parent(inner)
        | ComplexType::Optional(inner)
        | ComplexType::Named(_, inner) => path_in_hint(inner, cursor, best),
        ComplexType::Intersection(tl) => tl.iter().for_each(|x| path_in_hint(x, cursor, best)),
        ComplexType::Anonymous(fields) | ComplexType::Extend(_, fields) => {
            for f in fields {
                if let FieldKind::Var(Some(h), _) = &f.kind {
                    path_in_hint(h, cursor, best);
                }
            }
        }
    }
}

/// Finds the type path under the cursor among the module's type hints; `Err` when the cursor
/// is somewhere hxs does not handle yet (inside an expression, say).
fn find_type_path(m: &Module, cursor: u32) -> Option<TypePath> {
    let mut best: Option<&TypePath> = None;
    fn function<'a>(f: &'a Function, cursor: u32, best: &mut Option<&'a TypePath>) {
        for a in &f.args {
            if let Some(h) = &a.ty {
                path_in_hint(h, cursor, best);
            }
        }
        if let Some(r) = &f.ret {
            path_in_hint(r, cursor, best);
        }
    }
    fn expr<'a>(e: &'a Expr, cursor: u32, best: &mut Option<&'a TypePath>) {
        if e.span.lo > cursor || e.span.hi < cursor {
            return;
        }
        match &e.kind {
            ExprKind::Vars(vl) => {
                for v in vl {
                    if let Some(h) = &v.ty {
                        path_in_hint(h, cursor, best);
                    }
                    if let Some(x) = &v.expr {
                        expr(x, cursor, best);
                    }
                }
                return;
            }
            ExprKind::New(p, args) => {
                if p.span.lo <= cursor && cursor <= p.span.hi {
                    *best = Some(p);
                }
                // `new Map<String, Int>()`: a type argument under the cursor is the answer.
                for param in &p.params {
                    if let TypeParam::Type(inner) = param {
                        path_in_hint(inner, cursor, best);
                    }
                }
                args.iter().for_each(|a| expr(a, cursor, best));
                return;
            }
            ExprKind::Function(_, f) => function(f, cursor, best),
            _ => {}
        }
        // Sub-expressions live inside the node's span; recurse with owned borrows.
        match &e.kind {
            ExprKind::Block(el) | ExprKind::ArrayDecl(el) => {
                el.iter().for_each(|x| expr(x, cursor, best))
            }
            ExprKind::Function(_, f) => {
                if let Some(b) = &f.body {
                    expr(b, cursor, best);
                }
            }
            ExprKind::If(c, t, el) => {
                expr(c, cursor, best);
                expr(t, cursor, best);
                if let Some(x) = el {
                    expr(x, cursor, best);
                }
            }
            ExprKind::While(c, b, _) | ExprKind::For(c, b) => {
                expr(c, cursor, best);
                expr(b, cursor, best);
            }
            ExprKind::Meta(_, x)
            | ExprKind::Return(Some(x))
            | ExprKind::Parenthesis(x)
            | ExprKind::Untyped(x)
            | ExprKind::Throw(x) => expr(x, cursor, best),
            _ => {}
        }
    }
    for d in &m.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => {
                for h in c.extends.iter().chain(c.implements.iter()) {
                    // After a heritage type with parameters, haxe completes the next
                    // `extends`/`implements` keyword instead: its end is exclusive there.
                    let end_ok = if h.params.is_empty() {
                        cursor <= h.span.hi
                    } else {
                        cursor < h.span.hi
                    };
                    if h.span.lo <= cursor && end_ok {
                        best = Some(h);
                        for param in &h.params {
                            if let TypeParam::Type(inner) = param {
                                path_in_hint(inner, cursor, &mut best);
                            }
                        }
                    }
                }
                &c.fields
            }
            DeclKind::Abstract(a) => &a.fields,
            DeclKind::Static(f) => std::slice::from_ref(f),
            DeclKind::Typedef(t) => {
                path_in_hint(&t.ty, cursor, &mut best);
                continue;
            }
            _ => continue,
        };
        for f in fields {
            match &f.kind {
                FieldKind::Var(h, e) | FieldKind::Prop { ty: h, expr: e, .. } => {
                    if let Some(h) = h {
                        path_in_hint(h, cursor, &mut best);
                    }
                    if let Some(e) = e {
                        expr(e, cursor, &mut best);
                    }
                }
                FieldKind::Fun(func) => {
                    function(func, cursor, &mut best);
                    if let Some(b) = &func.body {
                        expr(b, cursor, &mut best);
                    }
                }
            }
        }
    }
    best.cloned()
}

/// The innermost identifier expression at the cursor (`lo <= cursor <= hi`) inside a
/// field's body, with the class the field belongs to.
fn ident_at(m: &Module, cursor: u32) -> Option<(Expr, Option<&ClassDecl>)> {
    fn walk(e: &Expr, cursor: u32, found: &mut Option<Expr>) {
        if e.span.lo > cursor || e.span.hi < cursor {
            return;
        }
        if let ExprKind::Const(Constant::Ident(_)) = &e.kind {
            *found = Some(e.clone());
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

/// `@position` on a name in an expression: a local, an argument, a loop variable, or a
/// field of the enclosing class.
fn ident_answer(
    ms: &Modules,
    display: ModuleId,
    ast: &Module,
    ident: &Expr,
    class: Option<&ClassDecl>,
    cursor: u32,
) -> Answer {
    let ExprKind::Const(Constant::Ident(name)) = &ident.kind else {
        return Answer::Unsupported("go to definition on this expression");
    };
    if !name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        || matches!(
            name.as_str(),
            "this" | "super" | "null" | "true" | "false" | "trace"
        )
    {
        return Answer::Unsupported("go to definition on this name");
    }
    let scope = super::scope::scope_at(ast, cursor);
    let span = match scope.iter().rev().find(|d| d.name == name.as_str()) {
        Some(d) => match d.span {
            Some(s) => s,
            None => {
                return Answer::Unsupported(
                    "go to definition on a pattern variable or local function",
                )
            }
        },
        None => {
            let Some(c) = class else {
                return Answer::Unsupported("go to definition outside a class");
            };
            if !c.extends.is_empty() {
                return Answer::Unsupported("go to definition that depends on the class hierarchy");
            }
            match c.fields.iter().find(|f| f.name.name == name.as_str()) {
                Some(f) => f.name.span,
                None => {
                    return Answer::Unsupported("go to definition on a name declared elsewhere")
                }
            }
        }
    };
    let file = ms.module(display).file.clone();
    let Some(real) = ms.real_path(display) else {
        return Answer::Unsupported("go to definition into a file without a real path");
    };
    Answer::Positions(format!(
        "<list>\n<pos>{}</pos>\n</list>",
        format_pos_with(&real, &file, span)
    ))
}

/// The innermost field access whose field name holds the cursor: `(object, field name,
/// span of the whole access)`.
fn field_at(m: &Module, cursor: u32) -> Option<(Expr, Ident, Span)> {
    fn walk(e: &Expr, cursor: u32, found: &mut Option<(Expr, Ident, Span)>) {
        if e.span.lo > cursor || e.span.hi < cursor {
            return;
        }
        if let ExprKind::Field(obj, name) = &e.kind {
            if name.span.lo <= cursor && cursor <= name.span.hi {
                *found = Some(((**obj).clone(), name.clone(), e.span));
            }
        }
        e.for_each_child(|c| walk(c, cursor, found));
    }
    let mut found = None;
    for (_, body) in super::scope::bodies(m) {
        walk(body, cursor, &mut found);
    }
    found
}

/// Formats an answer pointing at `span` in module `m`.
fn positions(ms: &Modules, m: ModuleId, span: Span) -> Answer {
    let file = ms.module(m).file.clone();
    match ms.real_path(m) {
        Some(real) => Answer::Positions(format!(
            "<list>\n<pos>{}</pos>\n</list>",
            format_pos_with(&real, &file, span)
        )),
        None => Answer::Unsupported("go to definition into a file without a real path"),
    }
}

/// `@position` on the field name of `object.field`.
fn field_answer(
    ms: &mut Modules,
    display: ModuleId,
    ast: &Module,
    object: &Expr,
    field: &Ident,
    cursor: u32,
) -> Answer {
    use crate::sema::types::Type;
    let ExprKind::Const(Constant::Ident(obj)) = &object.kind else {
        return Answer::Unsupported("go to definition on a field of this expression");
    };
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("go to definition in a module whose imports fail"),
    };
    if obj.starts_with(|c: char| c.is_ascii_uppercase()) {
        let names = super::field_access::declared_value_names(ast);
        if names.contains(obj.as_str()) || names.contains("*") {
            return Answer::Unsupported("go to definition where a value may share a type's name");
        }
        let tp = TypePath {
            pack: Vec::new(),
            name: obj.clone(),
            params: Vec::new(),
            sub: None,
            span: object.span,
        };
        let Ok(found) = ms.resolve(display, &imports, &tp) else {
            return Answer::Unsupported("go to definition on an unknown name");
        };
        return match found {
            ModuleType::Class(c) => {
                let Some((owner, decl)) = ms.class_decl(c) else {
                    return Answer::Unsupported("go to definition on this class");
                };
                match decl
                    .fields
                    .iter()
                    .find(|f| f.name.name == field.name && f.has_access(Access::Static))
                {
                    Some(f) => positions(ms, owner, f.name.span),
                    None => {
                        Answer::Unsupported("go to definition on an inherited or missing static")
                    }
                }
            }
            ModuleType::Enum(e) => {
                let Some(owner) = ms.owner_of(found) else {
                    return Answer::Unsupported("go to definition on this enum");
                };
                let name = ms.db.enum_def(e).path.name.clone();
                let ctor = ms
                    .module(owner)
                    .ast
                    .decls
                    .iter()
                    .find_map(|d| match &d.kind {
                        DeclKind::Enum(en) if en.head.name.name == name.as_str() => en
                            .ctors
                            .iter()
                            .find(|c| c.name.name == field.name)
                            .map(|c| c.name.span),
                        _ => None,
                    });
                match ctor {
                    Some(span) => positions(ms, owner, span),
                    None => Answer::Unsupported("go to definition on an enum extension"),
                }
            }
            _ => Answer::Unsupported("go to definition on fields of typedefs and abstracts"),
        };
    }
    let scope = super::scope::scope_at(ast, cursor);
    let Some(decl) = scope.iter().rev().find(|d| d.name == obj.as_str()) else {
        return Answer::Unsupported("go to definition on a field of a field");
    };
    let Some(hint) = decl.hint.clone() else {
        return Answer::Unsupported(
            "go to definition on a field of a value whose type is inferred",
        );
    };
    let hscope = crate::sema::fields::HintScope {
        module: display,
        imports: &imports,
        params: Vec::new(),
    };
    let Ok(Type::Inst(mut class, _)) = ms.load_hint(&hscope, &hint) else {
        return Answer::Unsupported(
            "go to definition on a field of a value that is not a class instance",
        );
    };
    for _ in 0..64 {
        let Some((owner, decl)) = ms.class_decl(class) else {
            return Answer::Unsupported("go to definition on this class");
        };
        if let Some(f) = decl
            .fields
            .iter()
            .find(|f| f.name.name == field.name && !f.has_access(Access::Static))
        {
            return positions(ms, owner, f.name.span);
        }
        let Some(sup) = decl.extends.first() else {
            return Answer::Unsupported("go to definition on an extension method or missing field");
        };
        let Ok(owner_imports) = ms.imports_of(owner) else {
            return Answer::Unsupported(
                "go to definition through a superclass whose module's imports fail",
            );
        };
        let params: Vec<(String, Type)> = ms
            .db
            .class(class)
            .params
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect();
        let sscope = crate::sema::fields::HintScope {
            module: owner,
            imports: &owner_imports,
            params,
        };
        let hint = TypeHint {
            kind: ComplexType::Path(Box::new(sup.clone())),
            span: sup.span,
        };
        match ms.load_hint(&sscope, &hint) {
            Ok(Type::Inst(s, _)) => class = s,
            _ => {
                return Answer::Unsupported(
                    "go to definition through a superclass that does not resolve",
                )
            }
        }
    }
    Answer::Unsupported("go to definition in a deep class hierarchy")
}

/// Answers `@position` at `cursor` (a byte offset) in the display module.
pub fn answer(ms: &mut Modules, display: ModuleId, cursor: u32) -> Answer {
    let ast = ms.module(display).ast.clone();
    if let Some((object, field, _)) = field_at(&ast, cursor) {
        return field_answer(ms, display, &ast, &object, &field, cursor);
    }
    if let Some((ident, class)) = ident_at(&ast, cursor) {
        return ident_answer(ms, display, &ast, &ident, class, cursor);
    }
    let Some(tp) = find_type_path(&ast, cursor) else {
        return Answer::Unsupported("go to definition outside type hints");
    };
    if tp.name.is_empty() {
        return Answer::Unsupported("go to definition on an incomplete type");
    }
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("go to definition in a module whose imports fail"),
    };
    let found = match ms.resolve(display, &imports, &tp) {
        Ok(t) => t,
        Err(_) => return Answer::Unsupported("go to definition on an unknown type"),
    };
    let path = ms.type_path(found).clone();
    let Some(owner) = ms.owner_of(found) else {
        return Answer::Unsupported("go to definition on a type declared in an unloaded module");
    };
    let decl_name_span = name_span(&ms.module(owner).ast, &path.name, found);
    let Some(span) = decl_name_span else {
        return Answer::Unsupported("go to definition on this type");
    };
    let file = ms.module(owner).file.clone();
    let real = match ms.real_path(owner) {
        Some(r) => r,
        None => return Answer::Unsupported("go to definition into a file without a real path"),
    };
    Answer::Positions(format!(
        "<list>\n<pos>{}</pos>\n</list>",
        format_pos_with(&real, &file, span)
    ))
}

fn name_span(m: &Module, name: &str, _t: ModuleType) -> Option<Span> {
    m.decls.iter().find_map(|d| {
        let head = match &d.kind {
            DeclKind::Class(c) => &c.head,
            DeclKind::Enum(e) => &e.head,
            DeclKind::Typedef(t) => &t.head,
            DeclKind::Abstract(a) => &a.head,
            _ => return None,
        };
        (head.name.name == name).then_some(head.name.span)
    })
}

/// `@position` on the field name of `object.field` once the typer has resolved the access
/// (`reported`: resolving it reported an error): the declaration of the field it reached,
/// in the class that declares it (a superclass, the std).
pub fn field_definition(
    typer: &mut crate::sema::typer::Typer,
    display: ModuleId,
    access: crate::sema::expr::Access,
    reported: bool,
) -> Answer {
    use crate::sema::expr::Access;
    use crate::sema::typer::FieldOwner;
    match access {
        Access::Field {
            owner: FieldOwner::Class(class),
            is_static,
            name,
            ..
        } => {
            let mut up = crate::sema::ancestors::Ancestors::from(class, &[]);
            while let Ok(Some(a)) = up.next(typer) {
                let f = match is_static {
                    true => a.info.static_field(&name),
                    false => a.info.field(&name),
                };
                match f.map(|f| (f.decl, f.name_span)) {
                    Some((Some((module, _, _)), span)) => return positions(&typer.m, module, span),
                    Some((None, _)) => break,
                    None if is_static => break,
                    None => {}
                }
            }
            Answer::Unsupported("go to definition on a field hxs does not place")
        }
        Access::Field { .. } => Answer::Unsupported("go to definition on a field of an abstract"),
        // A field the access cannot find: haxe has no definition to give. Static
        // extensions might have found one, which hxs does not place yet.
        Access::Value(_) if reported && !uses_extensions(typer, display) => {
            Answer::Positions("<list>\n</list>".to_string())
        }
        _ => Answer::Unsupported("go to definition on a field of this value"),
    }
}

/// Whether the module has `using`s of its own or an `import.hx` that may add some.
fn uses_extensions(typer: &crate::sema::typer::Typer, display: ModuleId) -> bool {
    let own = typer
        .m
        .module(display)
        .ast
        .decls
        .iter()
        .any(|d| matches!(d.kind, DeclKind::Using(_)));
    own || typer.m.import_hx_nearby(display)
}

/// The span of the whole `object.field` whose field name is under the cursor, for the
/// typer to resolve.
pub fn typed_field_at(m: &Module, cursor: u32) -> Option<Span> {
    field_at(m, cursor).map(|(_, _, span)| span)
}
