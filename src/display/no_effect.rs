//! haxe's "This code has no effect" diagnostics (`check_other_things` in its
//! `diagnostics.ml`), for the shapes hxs models. haxe walks each field's typed expression
//! with a flag saying whether a value is wanted: a block's statements but its last want
//! none, the last one what the block wants; a function's body wants none; the operands of
//! anything with an effect (a call, an assignment, `if`, `return`...) want one. A constant,
//! a local, or an anonymous function where no value is wanted is reported at its span; a
//! variable declaration is not looked into.
//!
//! What haxe reports through its typed tree in ways hxs does not reproduce (an operator, a
//! field access or an array access without effect, calls of `@:pure` functions, names that
//! are not locals) is declined.

use crate::sema::modules::ModuleId;
use crate::sema::refs::{Decl, Reference};
use crate::syntax::ast::{
    Constant, DeclKind, Expr, ExprKind, FieldKind, FunctionKind, Module, Quotes,
};
use crate::syntax::source::Span;
use crate::syntax::token::{Binop as Op, Unop as UOp};

/// The spans haxe reports as without effect in module `id`, in the order it adds them:
/// classes in declaration order, each one's instance fields, then its statics, then its
/// constructor.
pub fn find(ast: &Module, id: ModuleId, refs: &[Reference]) -> Result<Vec<Span>, String> {
    let mut w = Walk {
        ast,
        id,
        refs,
        out: Vec::new(),
    };
    for d in &ast.decls {
        let DeclKind::Class(c) = &d.kind else {
            continue;
        };
        let is_static =
            |f: &crate::syntax::ast::Field| f.has_access(crate::syntax::ast::Access::Static);
        let instance = c
            .fields
            .iter()
            .filter(|f| !is_static(f) && f.name.name != "new");
        let statics = c.fields.iter().filter(|f| is_static(f));
        let ctor = c.fields.iter().filter(|f| f.name.name == "new");
        for f in instance.chain(statics).chain(ctor) {
            match &f.kind {
                FieldKind::Fun(func) => {
                    if let Some(body) = &func.body {
                        w.walk(body, false)?;
                    }
                }
                FieldKind::Var(_, Some(e)) | FieldKind::Prop { expr: Some(e), .. } => {
                    w.walk(e, true)?
                }
                _ => {}
            }
        }
    }
    Ok(w.out)
}

struct Walk<'a> {
    ast: &'a Module,
    id: ModuleId,
    refs: &'a [Reference],
    out: Vec<Span>,
}

impl Walk<'_> {
    /// haxe's `loop in_value e`.
    fn walk(&mut self, e: &Expr, in_value: bool) -> Result<(), String> {
        use ExprKind::*;
        match &e.kind {
            Block(el) => {
                for (i, s) in el.iter().enumerate() {
                    self.walk(s, in_value && i + 1 == el.len())?;
                }
                Ok(())
            }
            Parenthesis(inner) => self.walk(inner, in_value),
            Const(c) => {
                if !in_value && self.constant_or_local(c, e.span)? {
                    // A single-quoted string is typed by haxe's `format_string`, which
                    // places the constant inside the quotes.
                    let span = match c {
                        Constant::String(_, Quotes::Single) if e.span.hi > e.span.lo + 1 => {
                            Span::new(e.span.lo + 1, e.span.hi - 1)
                        }
                        _ => e.span,
                    };
                    self.out.push(span);
                }
                Ok(())
            }
            Function(FunctionKind::Anonymous | FunctionKind::Arrow, _) if !in_value => {
                self.out.push(e.span);
                Ok(())
            }
            Function(FunctionKind::Named(..), _) | Vars(_) => Ok(()),
            // haxe's `TFor`: the iterated value and the body both want a value.
            For(it, body) => {
                if let Binop(Op::In, _, iterated) = &it.kind {
                    self.walk(iterated, true)?;
                } else {
                    return Err("a loop hxs does not read".into());
                }
                self.walk(body, true)
            }
            Function(_, f) => match &f.body {
                Some(b) => self.walk(b, false),
                None => Ok(()),
            },
            Call(callee, args) => {
                if !in_value && may_be_pure(callee) {
                    return Err("a call haxe may find without effect".into());
                }
                self.walk(callee, true)?;
                args.iter().try_for_each(|a| self.walk(a, true))
            }
            Binop(Op::Assign | Op::AssignOp(_), ..)
            | Unop(UOp::Increment | UOp::Decrement, ..)
            | New(..)
            | Return(_)
            | Break
            | Continue
            | Throw(_)
            | If(..)
            | While(..)
            | Ternary(..) => self.children(e),
            Cast(_, Some(_)) => self.children(e),
            Binop(..)
            | Unop(..)
            | Field(..)
            | Array(..)
            | ArrayDecl(_)
            | ObjectDecl(_)
            | Cast(_, None)
            | CheckType(..)
            | Is(..)
                if in_value =>
            {
                self.children(e)
            }
            _ => Err("an expression haxe may find without effect".into()),
        }
    }

    fn children(&mut self, e: &Expr) -> Result<(), String> {
        let mut r = Ok(());
        e.for_each_child(|c| {
            if r.is_ok() {
                r = self.walk(c, true);
            }
        });
        r
    }

    /// Whether a constant is one haxe types as a constant or a local (reported where no
    /// value is wanted); `Err` for what hxs does not model.
    fn constant_or_local(&self, c: &Constant, span: Span) -> Result<bool, String> {
        match c {
            Constant::Int(_) | Constant::Float(_) => Ok(true),
            Constant::String(s, q) => {
                if *q == Quotes::Single && s.contains('$') {
                    Err("an interpolated string where no value is wanted".into())
                } else {
                    Ok(true)
                }
            }
            Constant::Ident(n) if matches!(n.as_str(), "true" | "false" | "null" | "this") => {
                Ok(true)
            }
            Constant::Ident(_) => {
                let decl = self
                    .refs
                    .iter()
                    .find(|r| r.module == self.id && r.span == span)
                    .map(|r| r.decl);
                match decl {
                    Some(d) if self.is_local(d) => Ok(true),
                    _ => Err("a name that is not a local where no value is wanted".into()),
                }
            }
            _ => Err("a constant haxe may type otherwise".into()),
        }
    }

    /// A declaration of this module that is no type, field or enum constructor.
    fn is_local(&self, d: Decl) -> bool {
        if d.module != self.id {
            return false;
        }
        !self.ast.decls.iter().any(|decl| match &decl.kind {
            DeclKind::Class(c) => {
                c.head.name.span == d.span || c.fields.iter().any(|f| f.name.span == d.span)
            }
            DeclKind::Abstract(a) => {
                a.head.name.span == d.span || a.fields.iter().any(|f| f.name.span == d.span)
            }
            DeclKind::Enum(en) => {
                en.head.name.span == d.span || en.ctors.iter().any(|c| c.name.span == d.span)
            }
            DeclKind::Typedef(t) => t.head.name.span == d.span,
            DeclKind::Static(f) => f.name.span == d.span,
            DeclKind::Import(_) | DeclKind::Using(_) => false,
        })
    }
}

/// A callee that may be a `@:pure` function or an enum constructor (which haxe may find
/// without effect): the class `Math`, capitalized names and a few std fields.
fn may_be_pure(callee: &Expr) -> bool {
    const PURE: [&str; 4] = ["fromCharCode", "keyValueIterator", "ofString", "contains"];
    let name = match &callee.kind {
        ExprKind::Field(base, f) => {
            if matches!(&base.kind, ExprKind::Const(Constant::Ident(b)) if b == "Math") {
                return true;
            }
            &f.name
        }
        ExprKind::Const(Constant::Ident(n)) => n,
        _ => return true,
    };
    name.starts_with(|c: char| c.is_ascii_uppercase()) || PURE.contains(&name.as_str())
}
