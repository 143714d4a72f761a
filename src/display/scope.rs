//! What names mean at a cursor inside a function body: the locals, arguments, loop and
//! `catch` variables and pattern captures in scope there, innermost last, with their type
//! hints and declaration positions when known.

use crate::syntax::ast::*;
use crate::syntax::source::Span;

/// A name declared in a function body.
#[derive(Clone, Debug)]
pub struct Decl {
    pub name: String,
    /// The declared type, or `None` when haxe infers it.
    pub hint: Option<TypeHint>,
    /// Where the name is declared, when that is certain (haxe's variable position).
    pub span: Option<Span>,
}

impl Decl {
    fn new(name: &str, hint: Option<TypeHint>, span: Option<Span>) -> Decl {
        Decl {
            name: name.to_string(),
            hint,
            span,
        }
    }
}

/// The declarations in scope at the cursor, innermost last: `(name, type hint)`, where the
/// hint is `None` for names whose type haxe would infer (loop variables, captures...).
pub fn scope_at(m: &Module, cursor: u32) -> Vec<Decl> {
    fn function(f: &Function, cursor: u32, scope: &mut Vec<Decl>) -> bool {
        let Some(body) = &f.body else { return false };
        if body.span.lo > cursor || body.span.hi < cursor {
            return false;
        }
        for a in &f.args {
            scope.push(Decl::new(
                &a.name.name,
                a.ty.clone().filter(|_| a.value.is_none() && !a.opt),
                Some(a.name.span),
            ));
        }
        expr(body, cursor, scope);
        true
    }
    fn expr(e: &Expr, cursor: u32, scope: &mut Vec<Decl>) {
        if e.span.lo > cursor || e.span.hi < cursor {
            return;
        }
        match &e.kind {
            ExprKind::Block(el) => {
                for s in el {
                    if s.span.lo > cursor {
                        break;
                    }
                    if s.span.hi < cursor {
                        // A statement before the cursor: its declarations stay in scope.
                        if let ExprKind::Vars(vl) = &s.kind {
                            for v in vl {
                                scope.push(Decl::new(
                                    &v.name.name,
                                    v.ty.clone(),
                                    Some(v.name.span),
                                ));
                            }
                        }
                        if let ExprKind::Function(FunctionKind::Named(n, _), _) = &s.kind {
                            scope.push(Decl::new(&n.name, None, None));
                        }
                    } else {
                        expr(s, cursor, scope);
                    }
                }
            }
            ExprKind::Function(kind, f) => {
                if let FunctionKind::Named(n, _) = kind {
                    scope.push(Decl::new(&n.name, None, None));
                }
                function(f, cursor, scope);
            }
            ExprKind::For(it, body) => {
                if body.span.lo <= cursor && cursor <= body.span.hi {
                    let mut names = Vec::new();
                    collect_loop_vars(it, &mut names);
                    for (n, span) in names {
                        scope.push(Decl::new(&n, None, Some(span)));
                    }
                    expr(body, cursor, scope);
                } else {
                    expr(it, cursor, scope);
                }
            }
            ExprKind::Try(body, catches) => {
                expr(body, cursor, scope);
                for c in catches {
                    if c.body.span.lo <= cursor && cursor <= c.body.span.hi {
                        scope.push(Decl::new(&c.name.name, None, None));
                        expr(&c.body, cursor, scope);
                    }
                }
            }
            ExprKind::Switch(subject, cases, def) => {
                expr(subject, cursor, scope);
                for c in cases {
                    if c.span.lo <= cursor && cursor <= c.span.hi {
                        // Patterns may capture any lower-case name.
                        for v in &c.values {
                            let mut names = Vec::new();
                            collect_idents(v, &mut names);
                            for (n, _) in names {
                                scope.push(Decl::new(&n, None, None));
                            }
                        }
                        if let Some(b) = &c.body {
                            expr(b, cursor, scope);
                        }
                    }
                }
                if let Some((Some(d), _)) = def {
                    expr(d, cursor, scope);
                }
            }
            _ => e.for_each_child(|c| expr(c, cursor, scope)),
        }
    }
    fn collect_loop_vars(it: &Expr, out: &mut Vec<(String, Span)>) {
        if let ExprKind::Binop(crate::syntax::token::Binop::In, lhs, _) = &it.kind {
            collect_idents(lhs, out);
        }
    }
    fn collect_idents(e: &Expr, out: &mut Vec<(String, Span)>) {
        if let ExprKind::Const(Constant::Ident(n)) = &e.kind {
            out.push((n.to_string(), e.span));
        }
        e.for_each_child(|c| collect_idents(c, out));
    }
    let mut scope = Vec::new();
    for d in &m.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            DeclKind::Static(f) => std::slice::from_ref(f),
            _ => continue,
        };
        for f in fields {
            if let FieldKind::Fun(func) = &f.kind {
                if function(func, cursor, &mut scope) {
                    return scope;
                }
            }
        }
    }
    scope
}

/// Every field body and initializer of the module, with the class it belongs to (`None`
/// for abstracts and module-level fields), in source order.
pub fn bodies(m: &Module) -> Vec<(Option<&ClassDecl>, &Expr)> {
    let mut out = Vec::new();
    for d in &m.decls {
        let (fields, class): (&[Field], Option<&ClassDecl>) = match &d.kind {
            DeclKind::Class(c) => (&c.fields, Some(c)),
            DeclKind::Abstract(a) => (&a.fields, None),
            DeclKind::Static(f) => (std::slice::from_ref(f), None),
            _ => continue,
        };
        for f in fields {
            match &f.kind {
                FieldKind::Fun(func) => {
                    if let Some(b) = &func.body {
                        out.push((class, &**b));
                    }
                }
                FieldKind::Var(_, Some(e)) | FieldKind::Prop { expr: Some(e), .. } => {
                    out.push((class, e))
                }
                _ => {}
            }
        }
    }
    out
}
