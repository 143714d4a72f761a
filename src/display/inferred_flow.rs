//! Whether the inferred type of a static field can be answered in a type-path listing.
//!
//! haxe 4.2.5 types the statics it lists there (`complete_type_path_inner`) while the classes
//! loaded so far, `String` and `Array` among them, may not be built yet: until a body loads
//! a module that was not loaded before, reading a field of such a class finds nothing and
//! gives an unknown type (`s.length` is `Unknown<0>`, `v.push(x)` binds nothing). hxs does
//! not replay that order, so it answers only when the field's result cannot depend on a
//! field read: every returned expression (or the variable's initializer) reads no field and
//! names only the function's arguments, locals declared with a type hint or a literal, and
//! the variables of loops over intervals.

use crate::sema::modules::{ModuleId, Modules};
use crate::syntax::ast::{Constant, DeclKind, Expr, ExprKind, FieldKind, Quotes};
use crate::syntax::token::Binop;
use std::collections::HashSet;

/// `decl` locates a class field (module, declaration, field); `false` when it cannot be
/// found or its result may depend on a field read.
pub fn result_reads_no_field(ms: &Modules, decl: Option<(ModuleId, usize, usize)>) -> bool {
    let Some((m, d, f)) = decl else {
        return false;
    };
    let field = match ms.module(m).ast.decls.get(d).map(|d| &d.kind) {
        Some(DeclKind::Class(c)) => c.fields.get(f),
        _ => None,
    };
    match field.map(|f| &f.kind) {
        Some(FieldKind::Var(_, Some(e))) => plain(e, &Scope::default()),
        Some(FieldKind::Fun(fun)) => {
            let Some(body) = fun.body.as_deref() else {
                return false;
            };
            let mut scope = Scope {
                args: fun.args.iter().map(|a| a.name.name.to_string()).collect(),
                ..Scope::default()
            };
            if !scope.survey(body) {
                return false;
            }
            returns_plain(body, &scope)
        }
        _ => false,
    }
}

/// The names a body binds.
#[derive(Default)]
struct Scope {
    args: HashSet<String>,
    /// Locals whose every declaration has a type hint or a literal initializer.
    typed_locals: HashSet<String>,
    /// Every other name a declaration, loop or `catch` binds.
    other: HashSet<String>,
}

impl Scope {
    /// Records the body's bindings; `false` when it binds names hxs does not follow here
    /// (patterns of a `switch`, local functions).
    fn survey(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Switch(..) | ExprKind::Function(..) => return false,
            ExprKind::Vars(vars) => {
                for v in vars {
                    let name = v.name.name.to_string();
                    let fixed = v.ty.is_some() || v.expr.as_ref().is_some_and(is_literal);
                    if fixed && !self.other.contains(&name) {
                        self.typed_locals.insert(name);
                    } else {
                        self.typed_locals.remove(&name);
                        self.other.insert(name);
                    }
                }
            }
            ExprKind::Binop(Binop::In, left, iterated) => {
                let mut names = Vec::new();
                bound_by_loop(left, &mut names);
                // A loop over an interval binds an `Int` without reading a field.
                let interval = matches!(iterated.kind, ExprKind::Binop(Binop::Interval, ..));
                for n in names {
                    if interval && !self.other.contains(&n) {
                        self.typed_locals.insert(n);
                    } else {
                        self.typed_locals.remove(&n);
                        self.other.insert(n);
                    }
                }
            }
            ExprKind::Try(_, catches) => {
                for c in catches {
                    let n = c.name.name.to_string();
                    self.typed_locals.remove(&n);
                    self.other.insert(n);
                }
            }
            _ => {}
        }
        let mut ok = true;
        e.for_each_child(|c| ok = ok && self.survey(c));
        ok
    }

    fn fixed(&self, name: &str) -> bool {
        if self.other.contains(name) {
            return false;
        }
        self.typed_locals.contains(name) || self.args.contains(name)
    }
}

/// The names on the left of a loop's `in` (`x`, or `k => v`).
fn bound_by_loop(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Const(Constant::Ident(n)) => out.push(n.to_string()),
        ExprKind::Binop(_, a, b) => {
            bound_by_loop(a, out);
            bound_by_loop(b, out);
        }
        _ => {}
    }
}

fn is_literal(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(Constant::Int(_) | Constant::Float(_)) => true,
        ExprKind::Const(Constant::String(s, q)) => *q == Quotes::Double || !s.contains('$'),
        ExprKind::Const(Constant::Ident(n)) => matches!(&**n, "true" | "false"),
        _ => false,
    }
}

/// Whether the value of every `return` in `e` is [`plain`].
fn returns_plain(e: &Expr, scope: &Scope) -> bool {
    if let ExprKind::Return(Some(v)) = &e.kind {
        if !plain(v, scope) {
            return false;
        }
    }
    let mut ok = true;
    e.for_each_child(|c| ok = ok && returns_plain(c, scope));
    ok
}

/// Whether `e` reads no field and names nothing but fixed arguments and locals.
fn plain(e: &Expr, scope: &Scope) -> bool {
    let here = match &e.kind {
        ExprKind::Field(..) | ExprKind::Function(..) | ExprKind::Switch(..) => false,
        ExprKind::Const(Constant::String(s, Quotes::Single)) => !s.contains('$'),
        ExprKind::Const(Constant::Ident(n)) => {
            matches!(&**n, "true" | "false" | "null") || scope.fixed(n)
        }
        _ => true,
    };
    let mut below = true;
    e.for_each_child(|c| below = below && plain(c, scope));
    here && below
}
