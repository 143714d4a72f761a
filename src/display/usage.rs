//! `@usage` (find references), as haxe 4.2.5 answers it: the build is typed whole (as a
//! `--no-output` check is), the typer records every name it resolves with the declaration
//! it means (`sema::refs`), and the answer lists the places that mean the declaration
//! under the cursor, without the declaration itself, sorted by file and offset:
//! `<list>\n<pos>/real/File.hx:3: characters 5-9</pos>\n...</list>`.
//!
//! What haxe reports, after its `statistics.ml` on the typed tree: a local's reads and
//! writes; a field access at the field's name; a constructor at the whole `new ...` or
//! `super(...)`; an enum constructor in expressions (patterns are not references); a type
//! named in an expression (its last name) and in every type hint of a typed module (the
//! whole path, parameters included). The symbol under the cursor is what haxe's
//! `find_before_pos` marks: the innermost expression around the cursor, else a type hint or
//! a declaration's name. Every shape hxs is not sure of is declined.

use crate::sema::modules::{ModuleId, ModuleType};
use crate::sema::refs::{Decl, Reference};
use crate::sema::typer::Typer;
use crate::syntax::ast::*;
use crate::syntax::source::{format_pos_with, Span};

/// What hxs answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Positions(String),
    Unsupported(String),
}

pub(crate) fn no(why: &str) -> Answer {
    Answer::Unsupported(why.to_string())
}

/// What the cursor designates.
enum Site {
    /// A declaration, by its name.
    Decl(Decl),
    /// Nothing haxe reports references for: the answer is an empty list.
    Nothing,
}

/// What a declaration is, read from its module's tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Type,
    Field,
    Constructor,
    EnumCtor,
    Local,
}

fn encloses(span: Span, cursor: u32) -> bool {
    span.lo <= cursor && cursor <= span.hi
}

/// The result of haxe's bottom-up marking of one field's expression: the innermost
/// expression around the cursor, or `Exit` (a `var` statement around the cursor but not on
/// a name, where haxe marks nothing in the whole expression).
enum Mark {
    None,
    Exit,
    Found(Expr),
}

fn mark(e: &Expr, cursor: u32) -> Mark {
    if !encloses(e.span, cursor) {
        return Mark::None;
    }
    let mut found = Mark::None;
    e.for_each_child(|c| {
        if matches!(found, Mark::None) {
            found = mark(c, cursor);
        }
    });
    if !matches!(found, Mark::None) {
        return found;
    }
    match &e.kind {
        ExprKind::Vars(vl) if !vl.iter().any(|v| encloses(v.name.span, cursor)) => Mark::Exit,
        _ => Mark::Found(e.clone()),
    }
}

/// The references recorded at exactly `span` of module `m`: one declaration, or `None`.
fn recorded_at(refs: &[Reference], m: ModuleId, span: Span) -> Result<Option<Decl>, Answer> {
    let mut found: Option<Decl> = None;
    for r in refs.iter().filter(|r| r.module == m && r.span == span) {
        match found {
            Some(d) if d != r.decl => return Err(no("a name the typer resolved two ways")),
            _ => found = Some(r.decl),
        }
    }
    Ok(found)
}

fn require(refs: &[Reference], m: ModuleId, span: Span) -> Result<Site, Answer> {
    match recorded_at(refs, m, span)? {
        Some(d) => Ok(Site::Decl(d)),
        None => Err(no("a name the typer does not record")),
    }
}

/// A name in an expression: what the typer recorded there. Unrecorded, `trace` and a
/// `catch` variable in its body (the typer records neither) designate nothing haxe
/// reports references for.
fn require_name(
    refs: &[Reference],
    m: ModuleId,
    name: &str,
    span: Span,
    catches: &[(String, Span)],
) -> Result<Site, Answer> {
    match recorded_at(refs, m, span)? {
        Some(d) => Ok(Site::Decl(d)),
        None if name == "trace"
            || catches
                .iter()
                .any(|(n, body)| n == name && body.lo <= span.lo && span.hi <= body.hi) =>
        {
            Ok(Site::Nothing)
        }
        None => Err(no("a name the typer does not record")),
    }
}

/// Every `catch` of the module's bodies: its variable's name and its body's span.
fn catches(ast: &Module) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    each_body_expr(ast, |e| {
        if let ExprKind::Try(_, cl) = &e.kind {
            // A pattern inside may bind the same name, and the typer records no pattern
            // variable either: such a body is left out.
            out.extend(
                cl.iter()
                    .filter(|c| !has_switch(&c.body))
                    .map(|c| (c.name.name.to_string(), c.body.span)),
            );
        }
    });
    out
}

/// Calls `f` on every expression of the module's field bodies and initializers.
fn each_body_expr<'a>(ast: &'a Module, mut f: impl FnMut(&'a Expr)) {
    let mut stack: Vec<&Expr> = crate::display::scope::bodies(ast)
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    while let Some(e) = stack.pop() {
        f(e);
        let mut kids = Vec::new();
        children(e, &mut kids);
        stack.extend(kids);
    }
}

fn has_switch(e: &Expr) -> bool {
    if matches!(e.kind, ExprKind::Switch(..)) {
        return true;
    }
    let mut kids = Vec::new();
    children(e, &mut kids);
    kids.into_iter().any(has_switch)
}

/// What the marked expression designates (haxe's `display_expr` for usage).
fn site_of_expr(
    refs: &[Reference],
    m: ModuleId,
    e: &Expr,
    cursor: u32,
    for_heads: &[Span],
    catches: &[(String, Span)],
) -> Result<Site, Answer> {
    match &e.kind {
        ExprKind::Const(Constant::Ident(n)) => {
            if matches!(n.as_str(), "this" | "null" | "true" | "false") {
                return Ok(Site::Nothing);
            }
            if for_heads.contains(&e.span) {
                return Ok(Site::Decl(Decl {
                    module: m,
                    span: e.span,
                }));
            }
            require_name(refs, m, n, e.span, catches)
        }
        ExprKind::Const(Constant::Int(_) | Constant::Float(_)) => Ok(Site::Nothing),
        ExprKind::Const(Constant::String(s, q)) => {
            if *q == Quotes::Single && s.contains('$') {
                Err(no("an interpolated string"))
            } else {
                Ok(Site::Nothing)
            }
        }
        ExprKind::Field(_, name) => require(refs, m, name.span),
        ExprKind::Call(callee, _) => match &callee.kind {
            ExprKind::Const(Constant::Ident(n)) if n == "super" => require(refs, m, e.span),
            ExprKind::Const(Constant::Ident(n))
                if !matches!(n.as_str(), "this" | "null" | "true" | "false") =>
            {
                // At the call's end, haxe reports `trace` as `haxe.Log.trace`'s uses.
                require(refs, m, callee.span)
            }
            ExprKind::Field(_, name) => require(refs, m, name.span),
            _ => Err(no("a call of this expression")),
        },
        ExprKind::New(..) => require(refs, m, e.span),
        ExprKind::Vars(vl) => match vl.as_slice() {
            [v] if encloses(v.name.span, cursor) => Ok(Site::Decl(Decl {
                module: m,
                span: v.name.span,
            })),
            _ => Err(no("a declaration of several variables")),
        },
        ExprKind::Function(kind, f) => {
            // A named local function is typed as a variable, whose display comes last.
            if let FunctionKind::Named(name, _) = kind {
                return Ok(Site::Decl(Decl {
                    module: m,
                    span: name.span,
                }));
            }
            match f.args.iter().find(|a| encloses(a.name.span, cursor)) {
                Some(a) => Ok(Site::Decl(Decl {
                    module: m,
                    span: a.name.span,
                })),
                None => Err(no("a local function's signature")),
            }
        }
        ExprKind::Binop(op, _, _) => {
            if matches!(
                op,
                crate::syntax::token::Binop::Assign | crate::syntax::token::Binop::AssignOp(_)
            ) {
                Err(no("an assignment"))
            } else {
                Ok(Site::Nothing)
            }
        }
        ExprKind::Parenthesis(_)
        | ExprKind::Block(_)
        | ExprKind::ArrayDecl(_)
        | ExprKind::If(..)
        | ExprKind::While(..)
        | ExprKind::Return(_)
        | ExprKind::Break
        | ExprKind::Continue
        | ExprKind::Throw(_)
        | ExprKind::Ternary(..)
        | ExprKind::Array(..) => Ok(Site::Nothing),
        // haxe reports no reference to a `catch` variable (its typed tree declares another).
        ExprKind::Try(_, cl) if cl.iter().any(|c| encloses(c.name.span, cursor)) => {
            Ok(Site::Nothing)
        }
        _ => Err(no("this expression")),
    }
}

/// Every type path of a hint, outermost first.
fn paths_of_hint<'a>(h: &'a TypeHint, out: &mut Vec<&'a TypePath>) {
    match &h.kind {
        ComplexType::Path(p) => paths_of_path(p, out),
        ComplexType::Function(args, ret) => {
            args.iter().for_each(|a| paths_of_hint(a, out));
            paths_of_hint(ret, out);
        }
        ComplexType::Parent(inner)
        | ComplexType::Optional(inner)
        | ComplexType::Named(_, inner) => paths_of_hint(inner, out),
        ComplexType::Intersection(tl) => tl.iter().for_each(|x| paths_of_hint(x, out)),
        ComplexType::Anonymous(fields) => fields.iter().for_each(|f| paths_of_field(f, out)),
        ComplexType::Extend(tps, fields) => {
            tps.iter().for_each(|p| paths_of_path(p, out));
            fields.iter().for_each(|f| paths_of_field(f, out));
        }
    }
}

fn paths_of_path<'a>(p: &'a TypePath, out: &mut Vec<&'a TypePath>) {
    out.push(p);
    for param in &p.params {
        if let TypeParam::Type(h) = param {
            paths_of_hint(h, out);
        }
    }
}

fn paths_of_params<'a>(params: &'a [TypeParamDecl], out: &mut Vec<&'a TypePath>) {
    for p in params {
        if let Some(c) = &p.constraint {
            paths_of_hint(c, out);
        }
        paths_of_params(&p.params, out);
    }
}

fn paths_of_function<'a>(f: &'a Function, out: &mut Vec<&'a TypePath>) {
    paths_of_params(&f.params, out);
    for a in &f.args {
        if let Some(h) = &a.ty {
            paths_of_hint(h, out);
        }
        if let Some(v) = &a.value {
            paths_of_expr(v, out);
        }
    }
    if let Some(r) = &f.ret {
        paths_of_hint(r, out);
    }
    if let Some(b) = &f.body {
        paths_of_expr(b, out);
    }
}

fn paths_of_field<'a>(f: &'a Field, out: &mut Vec<&'a TypePath>) {
    match &f.kind {
        FieldKind::Var(h, e) | FieldKind::Prop { ty: h, expr: e, .. } => {
            if let Some(h) = h {
                paths_of_hint(h, out);
            }
            if let Some(e) = e {
                paths_of_expr(e, out);
            }
        }
        FieldKind::Fun(func) => paths_of_function(func, out),
    }
}

fn paths_of_expr<'a>(e: &'a Expr, out: &mut Vec<&'a TypePath>) {
    match &e.kind {
        ExprKind::Vars(vl) => {
            for v in vl {
                if let Some(h) = &v.ty {
                    paths_of_hint(h, out);
                }
            }
        }
        ExprKind::New(tp, _) => paths_of_path(tp, out),
        ExprKind::Function(_, f) => {
            // The body is visited below, with the other children.
            paths_of_params(&f.params, out);
            for a in &f.args {
                if let Some(h) = &a.ty {
                    paths_of_hint(h, out);
                }
            }
            if let Some(r) = &f.ret {
                paths_of_hint(r, out);
            }
        }
        ExprKind::Cast(_, Some(h)) => paths_of_hint(h, out),
        ExprKind::CheckType(_, h) | ExprKind::Is(_, h) => paths_of_hint(h, out),
        ExprKind::Try(_, catches) => {
            for c in catches {
                if let Some(h) = &c.ty {
                    paths_of_hint(h, out);
                }
            }
        }
        _ => {}
    }
    // Children in source order: borrow through a small stack to keep the lifetime.
    let mut kids: Vec<&'a Expr> = Vec::new();
    children(e, &mut kids);
    for k in kids {
        paths_of_expr(k, out);
    }
}

/// The children of an expression, in source order (as `Expr::for_each_child`, but keeping
/// the borrow's lifetime).
fn children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    use ExprKind::*;
    match &e.kind {
        Const(_) | Break | Continue => {}
        Array(a, b) | Binop(_, a, b) | For(a, b) | While(a, b, _) => {
            out.push(a);
            out.push(b);
        }
        Field(x, _)
        | Parenthesis(x)
        | Unop(_, _, x)
        | Untyped(x)
        | Throw(x)
        | Cast(x, _)
        | Display(x, _)
        | CheckType(x, _)
        | Meta(_, x)
        | Is(x, _) => out.push(x),
        ObjectDecl(fields) => fields.iter().for_each(|o| out.push(&o.expr)),
        ArrayDecl(el) | Block(el) => out.extend(el.iter()),
        Call(x, el) => {
            out.push(x);
            out.extend(el.iter());
        }
        New(_, el) => out.extend(el.iter()),
        Vars(vl) => out.extend(vl.iter().filter_map(|v| v.expr.as_ref())),
        Function(_, func) => {
            out.extend(func.args.iter().filter_map(|a| a.value.as_ref()));
            if let Some(b) = &func.body {
                out.push(b);
            }
        }
        If(c, t, x) => {
            out.push(c);
            out.push(t);
            if let Some(x) = x {
                out.push(x);
            }
        }
        Switch(x, cases, def) => {
            out.push(x);
            for c in cases {
                out.extend(c.values.iter());
                if let Some(g) = &c.guard {
                    out.push(g);
                }
                if let Some(b) = &c.body {
                    out.push(b);
                }
            }
            if let Some((Some(d), _)) = def {
                out.push(d);
            }
        }
        Try(x, catches) => {
            out.push(x);
            out.extend(catches.iter().map(|c| &c.body));
        }
        Return(x) => {
            if let Some(x) = x {
                out.push(x);
            }
        }
        Ternary(a, b, c) => {
            out.push(a);
            out.push(b);
            out.push(c);
        }
    }
}

/// The type paths of one declaration's hints, with the names of every type parameter the
/// declaration introduces (anywhere in it: a name that may be a parameter is not trusted).
fn paths_of_decl<'a>(d: &'a TypeDecl, out: &mut Vec<&'a TypePath>, params: &mut Vec<String>) {
    fn names(ps: &[TypeParamDecl], params: &mut Vec<String>) {
        for p in ps {
            params.push(p.name.name.to_string());
            names(&p.params, params);
        }
    }
    fn fun_names(f: &Function, params: &mut Vec<String>) {
        names(&f.params, params);
        let mut stack: Vec<&Expr> = f.body.iter().map(|b| &**b).collect();
        while let Some(e) = stack.pop() {
            if let ExprKind::Function(_, g) = &e.kind {
                names(&g.params, params);
            }
            let mut kids = Vec::new();
            children(e, &mut kids);
            stack.extend(kids);
        }
    }
    fn field_names(f: &Field, params: &mut Vec<String>) {
        if let FieldKind::Fun(func) = &f.kind {
            fun_names(func, params);
        }
    }
    match &d.kind {
        DeclKind::Class(c) => {
            names(&c.head.params, params);
            paths_of_params(&c.head.params, out);
            c.extends.iter().for_each(|p| paths_of_path(p, out));
            c.implements.iter().for_each(|p| paths_of_path(p, out));
            for f in &c.fields {
                field_names(f, params);
                paths_of_field(f, out);
            }
        }
        DeclKind::Enum(en) => {
            names(&en.head.params, params);
            paths_of_params(&en.head.params, out);
            for c in &en.ctors {
                names(&c.params, params);
                paths_of_params(&c.params, out);
                c.args.iter().for_each(|a| paths_of_hint(&a.ty, out));
                if let Some(r) = &c.ret {
                    paths_of_hint(r, out);
                }
            }
        }
        DeclKind::Typedef(td) => {
            names(&td.head.params, params);
            paths_of_params(&td.head.params, out);
            paths_of_hint(&td.ty, out);
        }
        DeclKind::Abstract(a) => {
            names(&a.head.params, params);
            paths_of_params(&a.head.params, out);
            if let Some(u) = &a.underlying {
                paths_of_hint(u, out);
            }
            a.from.iter().for_each(|h| paths_of_hint(h, out));
            a.to.iter().for_each(|h| paths_of_hint(h, out));
            for f in &a.fields {
                field_names(f, params);
                paths_of_field(f, out);
            }
        }
        DeclKind::Static(f) => {
            field_names(f, params);
            paths_of_field(f, out);
        }
        DeclKind::Import(_) | DeclKind::Using(_) => {}
    }
}

/// The type a type path names in module `m`; `Err` when hxs cannot tell.
fn resolve_path(
    t: &mut Typer,
    m: ModuleId,
    tp: &TypePath,
    params: &[String],
) -> Result<Option<Decl>, Answer> {
    if tp.pack.is_empty() && tp.sub.is_none() && params.iter().any(|p| *p == tp.name) {
        return Ok(None);
    }
    let imports = t
        .imports(m)
        .map_err(|_| no("a module whose imports hxs cannot read"))?;
    match t.m.resolve(m, &imports, tp) {
        Ok(found) => Ok(t.type_decl(found)),
        Err(_) => Err(no("a type hint hxs cannot resolve")),
    }
}

/// What a declaration's name in module `m` declares.
fn kind_of(t: &Typer, d: Decl) -> Result<Kind, Answer> {
    let ast = t.m.module(d.module).ast.clone();
    for decl in &ast.decls {
        let (head, fields, is_class, plain): (Option<&DeclHead>, &[Field], bool, bool) =
            match &decl.kind {
                DeclKind::Class(c) => (
                    Some(&c.head),
                    &c.fields,
                    true,
                    !c.interface && !c.head.external,
                ),
                DeclKind::Abstract(a) => (Some(&a.head), &a.fields, false, false),
                DeclKind::Enum(e) => {
                    if e.head.name.span == d.span {
                        return Ok(Kind::Type);
                    }
                    if e.ctors.iter().any(|c| c.name.span == d.span) {
                        return Ok(Kind::EnumCtor);
                    }
                    continue;
                }
                DeclKind::Typedef(td) => {
                    if td.head.name.span == d.span {
                        return Ok(Kind::Type);
                    }
                    continue;
                }
                DeclKind::Static(f) => {
                    if f.name.span == d.span {
                        return Err(no("a module-level field"));
                    }
                    continue;
                }
                _ => continue,
            };
        if head.is_some_and(|h| h.name.span == d.span) {
            return Ok(Kind::Type);
        }
        if let Some(f) = fields.iter().find(|f| f.name.span == d.span) {
            if !is_class {
                return Err(no("a field of an abstract"));
            }
            if matches!(f.kind, FieldKind::Prop { .. }) && !plain {
                return Err(no("a property of an interface or an extern class"));
            }
            if f.has_access(Access::Overload)
                || f.has_access(Access::Extern)
                || f.has_access(Access::Inline)
                || f.has_access(Access::Dynamic)
                || f.has_meta(":overload")
            {
                return Err(no("an inline, dynamic, extern or overloaded field"));
            }
            if f.name.name == "new" {
                return Ok(Kind::Constructor);
            }
            return Ok(Kind::Field);
        }
    }
    Ok(Kind::Local)
}

/// The spans of every `switch` subject and every case pattern of a module.
fn switches(ast: &Module) -> (Vec<Expr>, Vec<Span>) {
    let mut subjects = Vec::new();
    let mut patterns = Vec::new();
    let mut stack: Vec<&Expr> = crate::display::scope::bodies(ast)
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    for d in &ast.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            _ => continue,
        };
        for f in fields {
            if let FieldKind::Fun(func) = &f.kind {
                stack.extend(func.args.iter().filter_map(|a| a.value.as_ref()));
            }
        }
    }
    while let Some(e) = stack.pop() {
        if let ExprKind::Switch(subject, cases, _) = &e.kind {
            let mut s: &Expr = subject;
            while let ExprKind::Parenthesis(inner) = &s.kind {
                s = inner;
            }
            subjects.push(s.clone());
            for c in cases {
                patterns.extend(c.values.iter().map(|v| v.span));
            }
        }
        let mut kids = Vec::new();
        children(e, &mut kids);
        stack.extend(kids);
    }
    (subjects, patterns)
}

/// The spans of the loop variables of every `for` in a module.
fn for_heads(ast: &Module) -> Vec<Span> {
    let mut out = Vec::new();
    each_body_expr(ast, |e| {
        if let ExprKind::For(head, _) = &e.kind {
            if let ExprKind::Binop(crate::syntax::token::Binop::In, v, _) = &head.kind {
                if let ExprKind::Const(Constant::Ident(_)) = &v.kind {
                    out.push(v.span);
                }
            }
        }
    });
    out
}

/// What the cursor designates in the display module.
fn site_at(
    t: &mut Typer,
    m: ModuleId,
    cursor: u32,
    marked: &mut Option<Span>,
) -> Result<Site, Answer> {
    let ast = t.m.module(m).ast.clone();
    let refs: Vec<Reference> = t.refs.as_ref().map(|r| r.list.clone()).unwrap_or_default();
    let heads = for_heads(&ast);
    let catches = catches(&ast);
    // Expressions first: each field's body or initializer is marked on its own.
    let mut exprs: Vec<&Expr> = crate::display::scope::bodies(&ast)
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    for d in &ast.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            DeclKind::Static(f) => std::slice::from_ref(f),
            _ => continue,
        };
        for f in fields {
            if let FieldKind::Fun(func) = &f.kind {
                exprs.extend(func.args.iter().filter_map(|a| a.value.as_ref()));
            }
        }
    }
    for e in exprs {
        match mark(e, cursor) {
            Mark::Found(mut x) => {
                // Inside an interpolated string, the expression of the part around the
                // cursor (haxe parses each part with the display position); elsewhere in
                // the string, nothing.
                while let ExprKind::Const(Constant::String(s, Quotes::Single)) = &x.kind {
                    if !s.contains('$') {
                        break;
                    }
                    let parts = crate::sema::interp::parts(s, x.span, t.m.defines())
                        .map_err(|_| no("an interpolated string hxs does not split"))?;
                    match parts.iter().map(|p| mark(p, cursor)).find_map(|k| match k {
                        Mark::Found(inner) => Some(inner),
                        _ => None,
                    }) {
                        Some(inner) => x = inner,
                        None => return Ok(Site::Nothing),
                    }
                }
                *marked = Some(x.span);
                return site_of_expr(&refs, m, &x, cursor, &heads, &catches);
            }
            Mark::Exit => break,
            Mark::None => {}
        }
    }
    // Type hints: the outermost path around the cursor (haxe loads a path's parameters
    // before the path, and the path's display comes last).
    for d in &ast.decls {
        let mut paths = Vec::new();
        let mut params = Vec::new();
        paths_of_decl(d, &mut paths, &mut params);
        if let Some(p) = paths.iter().find(|p| encloses(p.span, cursor)) {
            let p = (*p).clone();
            return match resolve_path(t, m, &p, &params)? {
                Some(decl) => Ok(Site::Decl(decl)),
                None => Err(no("a type parameter")),
            };
        }
    }
    // Declarations' names.
    for d in &ast.decls {
        let (head, fields): (Option<&DeclHead>, &[Field]) = match &d.kind {
            DeclKind::Class(c) => (Some(&c.head), &c.fields),
            DeclKind::Abstract(a) => (Some(&a.head), &a.fields),
            DeclKind::Typedef(td) => (Some(&td.head), &[]),
            DeclKind::Enum(en) => {
                if let Some(c) = en.ctors.iter().find(|c| encloses(c.name.span, cursor)) {
                    return Ok(Site::Decl(Decl {
                        module: m,
                        span: c.name.span,
                    }));
                }
                (Some(&en.head), &[])
            }
            _ => (None, &[]),
        };
        if let Some(h) = head.filter(|h| encloses(h.name.span, cursor)) {
            return Ok(Site::Decl(Decl {
                module: m,
                span: h.name.span,
            }));
        }
        for f in fields {
            if encloses(f.name.span, cursor) {
                return Ok(Site::Decl(Decl {
                    module: m,
                    span: f.name.span,
                }));
            }
            if let FieldKind::Fun(func) = &f.kind {
                if let Some(a) = func.args.iter().find(|a| encloses(a.name.span, cursor)) {
                    return Ok(Site::Decl(Decl {
                        module: m,
                        span: a.name.span,
                    }));
                }
            }
        }
    }
    Err(no("a position that names nothing hxs knows"))
}

/// Answers `@usage` at `cursor` (a byte offset) in module `display`, once the check has
/// typed the build with `t.refs` recording.
pub fn answer(t: &mut Typer, display: ModuleId, cursor: u32) -> Answer {
    let mut marked = None;
    let target = match site_at(t, display, cursor, &mut marked) {
        Ok(Site::Decl(d)) => d,
        Ok(Site::Nothing) => return Answer::Positions("<list>\n</list>".into()),
        Err(a) => return a,
    };
    if t.is_trusted(target.module) {
        return no("a symbol of the std");
    }
    let kind = match kind_of(t, target) {
        Ok(k) => k,
        Err(a) => return a,
    };
    let mut refs: Vec<Reference> = t.refs.as_ref().map(|r| r.list.clone()).unwrap_or_default();
    let count = t.m.loaded_count();
    let mut typed: Vec<ModuleId> = Vec::new();
    for i in 0..count {
        let mid = ModuleId(i as u32);
        if !t.is_trusted(mid) && !t.m.module(mid).is_import_file {
            typed.push(mid);
        }
    }
    let through_accessors =
        match super::accessors::rewrite(t, &typed, &mut refs, (display, cursor), target) {
            Ok(r) => r,
            Err(a) => return a,
        };
    let marked = marked.map(|s| (display, s));
    if let Err(a) = adjust_assign_ops(t, &typed, &mut refs, marked) {
        return a;
    }
    refs.extend(through_accessors);
    let mut found: Vec<(ModuleId, Span)> = Vec::new();
    for r in refs.iter().filter(|r| r.decl == target) {
        if !r.exact {
            return no("a symbol used through a static extension, an abstract or a typedef");
        }
        found.push((r.module, r.span));
    }
    match kind {
        Kind::Local => {
            let ast = t.m.module(target.module).ast.clone();
            let file = t.m.module(target.module).file.clone();
            let name = file
                .text
                .get(target.span.lo as usize..target.span.hi as usize)
                .unwrap_or("");
            let (subjects, _) = switches(&ast);
            if subjects
                .iter()
                .any(|s| matches!(&s.kind, ExprKind::Const(Constant::Ident(n)) if n == name))
            {
                return no("a local that a switch matches");
            }
        }
        Kind::Type => {
            match super::accessors::class_refs_of_updates(t, &typed, &refs, target) {
                Ok(more) => found.extend(
                    more.iter()
                        .filter(|r| r.decl == target)
                        .map(|r| (r.module, r.span)),
                ),
                Err(a) => return a,
            }
            for &mid in &typed {
                let ast = t.m.module(mid).ast.clone();
                for d in &ast.decls {
                    let mut paths = Vec::new();
                    let mut params = Vec::new();
                    paths_of_decl(d, &mut paths, &mut params);
                    for p in paths {
                        match resolve_path(t, mid, p, &params) {
                            Ok(Some(decl)) if decl == target => found.push((mid, p.span)),
                            Ok(_) => {}
                            Err(a) => return a,
                        }
                    }
                }
            }
        }
        Kind::Constructor => {
            // A class without a constructor gets one from haxe that calls `super(...)`,
            // reported at the whole class declaration.
            for &mid in &typed {
                let ast = t.m.module(mid).ast.clone();
                for d in &ast.decls {
                    let DeclKind::Class(c) = &d.kind else {
                        continue;
                    };
                    if c.interface
                        || c.head.external
                        || c.extends.is_empty()
                        || c.fields.iter().any(|f| f.name.name == "new")
                    {
                        continue;
                    }
                    let Some(ModuleType::Class(cid)) =
                        t.m.find_type_in_module(mid, &c.head.name.name)
                    else {
                        return no("a class hxs cannot find");
                    };
                    let params: Vec<crate::sema::types::Type> =
                        t.m.db
                            .class(cid)
                            .params
                            .iter()
                            .map(|p| p.ty.clone())
                            .collect();
                    match t.constructor_of(cid, &params) {
                        Ok(Some((_, f))) => {
                            let decl = f.decl.map(|(module, _, _)| Decl {
                                module,
                                span: f.name_span,
                            });
                            if decl == Some(target) {
                                if !c.head.meta.is_empty() {
                                    return no("an inherited constructor of a class with metadata");
                                }
                                found.push((mid, d.span));
                            }
                        }
                        Ok(None) => {}
                        Err(_) => return no("a class whose constructor hxs cannot type"),
                    }
                }
            }
        }
        Kind::Field | Kind::EnumCtor => {}
    }
    // Patterns are not references in haxe's typed tree; hxs may have resolved names there.
    for &mid in &typed {
        let ast = t.m.module(mid).ast.clone();
        let (_, patterns) = switches(&ast);
        if found
            .iter()
            .any(|(m, s)| *m == mid && patterns.iter().any(|p| p.lo <= s.lo && s.hi <= p.hi))
        {
            return no("a symbol named in a pattern");
        }
    }
    // The declaration itself is not listed.
    found.retain(|(m, s)| !(*m == target.module && *s == target.span));
    let mut rows: Vec<(String, u32, u32, ModuleId)> = Vec::new();
    for (m, s) in found {
        let shown = t.m.module(m).file.path.clone();
        rows.push((shown, s.lo, s.hi, m));
    }
    rows.sort();
    rows.dedup();
    if rows
        .windows(2)
        .any(|w| w[0].0 == w[1].0 && w[0].1 == w[1].1)
    {
        return no("two references starting at one position");
    }
    let mut out = String::from("<list>\n");
    for (_, lo, hi, m) in rows {
        let Some(real) = t.m.real_path(m) else {
            return no("a file without a real path");
        };
        let file = t.m.module(m).file.clone();
        out.push_str(&format!(
            "<pos>{}</pos>\n",
            format_pos_with(&real, &file, Span::new(lo, hi))
        ));
    }
    out.push_str("</list>");
    Answer::Positions(out)
}

/// The class that declares a static field, by the field's declaration: the class's name.
fn static_owner(t: &Typer, d: Decl) -> Option<Decl> {
    let ast = t.m.module(d.module).ast.clone();
    ast.decls
        .iter()
        .find_map(|decl| match &decl.kind {
            DeclKind::Class(c) => c
                .fields
                .iter()
                .find(|f| f.name.span == d.span)
                .map(|f| (c.head.name.span, f.has_access(Access::Static))),
            _ => None,
        })
        .and_then(|(span, is_static)| {
            is_static.then_some(Decl {
                module: d.module,
                span,
            })
        })
}

/// haxe types `a.f += v` on a field through a copy whose field access spans the whole
/// assignment: the field is reported at the assignment's end, and a static named alone
/// (`count += 1`) also reports its class at the name's end. The records are moved there.
fn adjust_assign_ops(
    t: &Typer,
    typed: &[ModuleId],
    refs: &mut Vec<Reference>,
    marked: Option<(ModuleId, Span)>,
) -> Result<(), Answer> {
    for &mid in typed {
        let ast = t.m.module(mid).ast.clone();
        let mut stack: Vec<&Expr> = crate::display::scope::bodies(&ast)
            .into_iter()
            .map(|(_, b)| b)
            .collect();
        for d in &ast.decls {
            let fields: &[Field] = match &d.kind {
                DeclKind::Class(c) => &c.fields,
                DeclKind::Abstract(a) => &a.fields,
                _ => continue,
            };
            for f in fields {
                if let FieldKind::Fun(func) = &f.kind {
                    stack.extend(func.args.iter().filter_map(|a| a.value.as_ref()));
                }
            }
        }
        while let Some(e) = stack.pop() {
            let mut kids = Vec::new();
            children(e, &mut kids);
            stack.extend(kids);
            let ExprKind::Binop(crate::syntax::token::Binop::AssignOp(_), lhs, _) = &e.kind else {
                continue;
            };
            // The assignment whose target is under the cursor is typed the plain way.
            if let Some((mm, ms)) = marked {
                if mm == mid && lhs.span.lo <= ms.lo && ms.hi <= lhs.span.hi {
                    if ms == lhs.span {
                        continue;
                    }
                    return Err(no("a cursor inside a compound assignment's target"));
                }
            }
            let (name_span, alone) = match &lhs.kind {
                ExprKind::Const(Constant::Ident(_)) => (lhs.span, true),
                ExprKind::Field(_, name) => (name.span, false),
                _ => {
                    // Whatever is inside another kind of target is left to a decline.
                    if refs.iter().any(|r| {
                        r.module == mid && lhs.span.lo <= r.span.lo && r.span.hi <= lhs.span.hi
                    }) {
                        return Err(no("a compound assignment of this kind"));
                    }
                    continue;
                }
            };
            let mut added = Vec::new();
            for r in refs.iter_mut() {
                if r.module != mid || r.span != name_span {
                    continue;
                }
                if !matches!(kind_of(t, r.decl), Ok(Kind::Field)) {
                    if matches!(kind_of(t, r.decl), Ok(Kind::Local)) {
                        continue;
                    }
                    r.exact = false;
                    continue;
                }
                let len = name_span.hi - name_span.lo;
                r.span = Span::new(e.span.hi.saturating_sub(len), e.span.hi);
                if alone {
                    if let Some(owner) = static_owner(t, r.decl) {
                        let class_len = owner.span.hi - owner.span.lo;
                        added.push(Reference {
                            module: mid,
                            span: Span::new(name_span.hi.saturating_sub(class_len), name_span.hi),
                            decl: owner,
                            exact: true,
                        });
                    }
                }
            }
            refs.extend(added);
        }
    }
    Ok(())
}
