//! `@type` (hover) for what hxs can answer exactly so far: a local or argument whose type is
//! declared, under the cursor in an expression or at its declaration. haxe prints
//! `<type p="FILE:POS">\nTYPE\n</type>`, with the file's full path (absolute, links kept)
//! and the position of the hovered expression; hover takes the innermost expression with
//! `start <= cursor < end`.

use crate::sema::fields::HintScope;
use crate::sema::modules::{ModuleId, Modules};
use crate::sema::print::s_type;
use crate::syntax::ast::*;
use crate::syntax::source::{format_pos_with, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Type(String),
    Unsupported(&'static str),
}

/// The innermost expression under the cursor (exclusive end), and a variable declared at
/// the cursor, if any.
fn target_at(m: &Module, cursor: u32) -> (Option<Expr>, Option<VarDecl>) {
    fn walk(e: &Expr, cursor: u32, found: &mut Option<Expr>, decl: &mut Option<VarDecl>) {
        if e.span.lo > cursor || e.span.hi <= cursor {
            return;
        }
        if let ExprKind::Vars(vl) = &e.kind {
            for v in vl {
                if v.name.span.lo <= cursor && cursor < v.name.span.hi {
                    *decl = Some(v.clone());
                }
            }
        }
        *found = Some(e.clone());
        e.for_each_child(|c| walk(c, cursor, found, decl));
    }
    let mut found = None;
    let mut decl = None;
    for d in &m.decls {
        let fields: &[Field] = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            DeclKind::Static(f) => std::slice::from_ref(f),
            _ => continue,
        };
        for f in fields {
            if let FieldKind::Fun(func) = &f.kind {
                if let Some(b) = &func.body {
                    walk(b, cursor, &mut found, &mut decl);
                }
            }
        }
    }
    (found, decl)
}

/// Answers `@type` at `cursor` (a byte offset) in the display module; `full_path` is the
/// display file as haxe prints it in hover answers.
pub fn answer(ms: &mut Modules, display: ModuleId, cursor: u32, full_path: &str) -> Answer {
    let ast = ms.module(display).ast.clone();
    let (expr, decl) = target_at(&ast, cursor);
    let (hint, span): (TypeHint, Span) = if let Some(v) = decl {
        match v.ty {
            Some(h) => (h, v.name.span),
            None => return Answer::Unsupported("hover on a variable whose type is inferred"),
        }
    } else {
        let Some(e) = expr else {
            return Answer::Unsupported("hover outside function bodies");
        };
        let ExprKind::Const(Constant::Ident(name)) = &e.kind else {
            return Answer::Unsupported("hover on this expression");
        };
        if !name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            || matches!(
                name.as_str(),
                "this" | "super" | "null" | "true" | "false" | "trace"
            )
        {
            return Answer::Unsupported("hover on this name");
        }
        let scope = super::scope::scope_at(&ast, cursor);
        let Some(d) = scope.iter().rev().find(|d| d.name == name.as_str()) else {
            return Answer::Unsupported("hover on a field or an unknown name");
        };
        match &d.hint {
            Some(h) => (h.clone(), e.span),
            None => return Answer::Unsupported("hover on a value whose type is inferred"),
        }
    };
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("hover in a module whose imports fail"),
    };
    let scope = HintScope {
        module: display,
        imports: &imports,
        params: Vec::new(),
    };
    let Ok(ty) = ms.load_hint(&scope, &hint) else {
        return Answer::Unsupported("hover on a value of this type");
    };
    let file = ms.module(display).file.clone();
    Answer::Type(format!(
        "<type p=\"{}\">\n{}\n</type>\n",
        super::fields::htmlescape(&format_pos_with(full_path, &file, span)),
        super::fields::htmlescape(&s_type(&ms.db, &ty))
    ))
}
