//! Choosing among several functions for one use, as haxe does: the signatures of an extern
//! function's `@:overload` metadata (`callUnification.ml`, `unify_field_call`), and the
//! `@:op` functions of abstracts for binary and unary operators (`operators.ml`,
//! `find_abstract_binop_overload` and `type_unop`).
//!
//! haxe types a call's arguments once per candidate and keeps the first candidate that
//! fits. A failed attempt may leave traces that haxe keeps (monomorphs it bound, errors it
//! reported while typing an argument); hxs cannot replay those exactly, so an attempt
//! that failed after leaving any is declined.

use super::expr::{FnCtx, With};
use super::typer::*;
use super::types::*;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::source::Span;
use crate::syntax::token::{Binop, Unop};
use std::sync::Arc;

/// An `@:op` function of an abstract, in declaration order.
#[derive(Clone, Debug)]
pub struct OpFunction {
    pub op: OpKind,
    pub field: FieldInfo,
    /// A member function: `this` is its first operand.
    pub is_impl: bool,
    pub commutative: bool,
    /// Declared without a body: haxe then uses the underlying operation.
    pub has_body: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    Binary(Binop),
    /// The operator and whether it is postfix.
    Unary(Unop, bool),
}

/// Where an attempt started: what a failure must leave as it found.
struct Attempt {
    errors: usize,
    deprecations: usize,
    monos: (Option<Vec<MonoId>>, usize),
}

impl Typer<'_> {
    fn begin_attempt(&mut self) -> Attempt {
        Attempt {
            errors: self.errors.len(),
            deprecations: self.deprecations.len(),
            monos: self.m.db.begin_attempt(),
        }
    }

    /// Ends an attempt; a failed one must have left nothing haxe would keep.
    fn end_attempt(&mut self, a: Attempt, failed: bool) -> TResult<()> {
        let bound_old = self.m.db.end_attempt(a.monos);
        if failed {
            if bound_old || self.errors.len() != a.errors {
                return unsupported("an overload attempt that leaves bindings or errors");
            }
            self.deprecations.truncate(a.deprecations);
            self.pending_deprecation = None;
        }
        Ok(())
    }

    /// The signatures a field's `@:overload` metadata adds to its own, or `None` when it
    /// has none. Shapes haxe rejects or that hxs does not model are declined.
    pub(crate) fn meta_overloads(
        &mut self,
        owner: FieldOwner,
        is_static: bool,
        name: &str,
    ) -> TResult<Option<(FieldInfo, Vec<Type>)>> {
        let c = match owner {
            // Fields of anonymous structures carry no class.
            FieldOwner::Class(c) if c.0 as usize >= self.m.db.classes.len() => return Ok(None),
            FieldOwner::Class(c) => c,
            FieldOwner::AbstractImpl(a) => {
                let info = self.abstract_info(a)?;
                let overloaded = info
                    .impl_info
                    .ctor
                    .iter()
                    .chain(info.impl_info.statics.iter())
                    .any(|f| f.name == name && f.meta.iter().any(|m| m == ":overload"));
                if overloaded {
                    return unsupported("overloads of abstracts' functions");
                }
                return Ok(None);
            }
        };
        let info = self.class_info(c)?;
        let f = if is_static {
            info.static_field(name)
        } else {
            info.field(name)
        };
        let Some(f) = f.cloned() else {
            return Ok(None);
        };
        let Some((mid, di, fi)) = f.decl else {
            return Ok(None);
        };
        let ast = self.m.module(mid).typed.clone();
        let ast::DeclKind::Class(decl) = &ast.decls[di].kind else {
            return Ok(None);
        };
        let field = &decl.fields[fi];
        if field.has_access(ast::Access::Overload) {
            return unsupported("overload functions");
        }
        let metas: Vec<&ast::MetaEntry> = field
            .meta
            .iter()
            .filter(|m| m.name == ":overload")
            .collect();
        if metas.is_empty() {
            return Ok(None);
        }
        if !is_static && !self.m.db.class(c).params.is_empty() {
            return unsupported("overloads of a generic class's methods");
        }
        if !matches!(f.kind, FKind::Method(MethKind::Normal)) {
            return unsupported("overloads of this kind of method");
        }
        let scope = self.class_scope(c);
        let mut out = Vec::new();
        for m in metas {
            let [p] = m.params.as_slice() else {
                return unsupported("this @:overload metadata");
            };
            let ExprKind::Function(ast::FunctionKind::Anonymous, func) = &p.kind else {
                return unsupported("this @:overload metadata");
            };
            let empty_body = matches!(func.body.as_deref(), Some(Expr { kind: ExprKind::Block(el), .. }) if el.is_empty());
            if !func.params.is_empty() || !empty_body {
                return unsupported("this @:overload metadata");
            }
            let mut args = Vec::new();
            for a in &func.args {
                let Some(h) = &a.ty else {
                    return unsupported("an @:overload argument without a type");
                };
                let t = self.overload_hint(mid, &scope, h)?;
                let t = if a.opt { self.t_null(t)? } else { t };
                args.push(FunArg {
                    name: a.name.name.to_string(),
                    opt: a.opt || a.value.is_some(),
                    ty: t,
                });
            }
            let Some(r) = &func.ret else {
                return unsupported("an @:overload without a return type");
            };
            let ret = self.overload_hint(mid, &scope, r)?;
            out.push(Type::Fun(Arc::new(FunType { args, ret })));
        }
        Ok(Some((f, out)))
    }

    fn overload_hint(
        &mut self,
        mid: super::modules::ModuleId,
        scope: &[(String, Type)],
        h: &ast::TypeHint,
    ) -> TResult<Type> {
        match self.load_hint(mid, scope, h) {
            Ok(t) => Ok(t),
            Err(Fail::Error(_)) => unsupported("an @:overload signature naming unknown types"),
            Err(e) => Err(e),
        }
    }

    /// A call of a function with `@:overload` signatures: the first signature (its own,
    /// then the metadata's in order) that the arguments fit. `main` is the field's type as
    /// the access instantiated it.
    pub(crate) fn overload_call(
        &mut self,
        cx: &mut FnCtx,
        field: &FieldInfo,
        main: Type,
        overloads: Vec<Type>,
        args: &[Expr],
        span: Span,
    ) -> TResult<Type> {
        let mut candidates = vec![(field.ty.clone(), main)];
        candidates.extend(overloads.into_iter().map(|t| (t.clone(), t)));
        let mut failures: Vec<(Type, Diagnostic)> = Vec::new();
        for (shown, t) in candidates {
            let Type::Fun(fun) = self.follow(&t)? else {
                return unsupported("an overload that is not a function");
            };
            if self.has_unbound_mono(&Type::Fun(fun.clone()), 0) {
                return unsupported("generic overloads");
            }
            let attempt = self.begin_attempt();
            let r = self.call_args(cx, args, &fun.args, span);
            match r {
                Ok(()) => {
                    self.end_attempt(attempt, false)?;
                    return Ok(fun.ret.clone());
                }
                Err(Fail::Error(d)) => {
                    self.end_attempt(attempt, true)?;
                    if d.message.starts_with("Unknown identifier") {
                        // haxe raises an unknown identifier at once.
                        return unsupported("an unknown identifier in overloaded call arguments");
                    }
                    failures.push((shown, d));
                }
                Err(e) => {
                    self.end_attempt(attempt, false)?;
                    return Err(e);
                }
            }
        }
        // haxe keeps the first failure of each message.
        let mut unique: Vec<(Type, Diagnostic)> = Vec::new();
        for (t, d) in failures {
            if !unique.iter().any(|(_, u)| u.message == d.message) {
                unique.push((t, d));
            }
        }
        if unique.len() == 1 {
            let (_, d) = unique.remove(0);
            return Err(Fail::Error(d));
        }
        self.report(
            cx,
            span,
            "Could not find a suitable overload, reasons follow",
        );
        for (t, d) in unique {
            let s = super::print::s_type(self.db(), &t);
            self.report(cx, span, format!("Overload resolution failed for {}", s));
            self.errors.push(d);
        }
        Err(self.err(cx, span, "End of overload failure reasons"))
    }

    /// The `@:op` functions of an abstract, in declaration order.
    pub(crate) fn abstract_ops(&mut self, a: AbstractId) -> TResult<Vec<OpFunction>> {
        let info = self.abstract_info(a)?;
        let mut out = Vec::new();
        for f in &info.impl_info.statics {
            if !f.meta.iter().any(|m| m == ":op") {
                continue;
            }
            let Some((mid, di, fi)) = f.decl else {
                return unsupported("an operator function made up by hxs");
            };
            let ast = self.m.module(mid).typed.clone();
            let ast::DeclKind::Abstract(decl) = &ast.decls[di].kind else {
                return unsupported("an operator function outside an abstract");
            };
            let field = &decl.fields[fi];
            // haxe uses the first metadata that makes a field special.
            let special = field.meta.iter().find(|m| {
                matches!(
                    m.name.as_str(),
                    ":op" | ":from" | ":to" | ":arrayAccess" | ":resolve"
                )
            });
            let Some(m) = special else { continue };
            if m.name != ":op" {
                continue;
            }
            let op = match m.params.as_slice() {
                [e] => match &e.kind {
                    ExprKind::Binop(Binop::Assign, ..) | ExprKind::Ternary(..) => {
                        return unsupported("assignment or ternary operator functions");
                    }
                    ExprKind::Binop(op, ..) => OpKind::Binary(*op),
                    ExprKind::Unop(op, postfix, _) => OpKind::Unary(*op, *postfix),
                    // Array access and field resolution are not operators here.
                    ExprKind::ArrayDecl(_) | ExprKind::Field(..) => continue,
                    _ => return unsupported("this @:op metadata"),
                },
                _ => return unsupported("this @:op metadata"),
            };
            let ast::FieldKind::Fun(func) = &field.kind else {
                return unsupported("an @:op variable");
            };
            let is_impl = !f.is_static;
            let Type::Fun(ft) = &f.ty else {
                return unsupported("an @:op variable");
            };
            let want = match (op, is_impl) {
                (OpKind::Binary(_), true) | (OpKind::Unary(..), false) => 1,
                (OpKind::Binary(_), false) => 2,
                (OpKind::Unary(..), true) => 0,
            };
            if ft.args.len() != want || field.has_access(ast::Access::Macro) {
                return unsupported("an @:op function of another shape");
            }
            out.push(OpFunction {
                op,
                field: f.clone(),
                is_impl,
                commutative: f.meta.iter().any(|m| m == ":commutative"),
                has_body: func.body.is_some(),
            });
        }
        Ok(out)
    }

    /// Follows abstracts to their underlying types, stopping at core types (haxe's
    /// `Abstract.follow_with_abstracts`).
    pub(crate) fn follow_with_abstracts(&mut self, t: &Type) -> TResult<Type> {
        let mut t = self.follow(t)?;
        for _ in 0..100 {
            let Type::Abstract(a, tl) = &t else {
                return Ok(t);
            };
            let (a, tl) = (*a, tl.clone());
            let info = self.abstract_info(a)?;
            if info.has_meta(":coreType") {
                return Ok(t);
            }
            if info.has_meta(":multiType") {
                return unsupported("operators on multi-type abstracts");
            }
            let params = self.m.db.abstract_def(a).params.clone();
            let under = self.m.db.apply_params(&info.this, &params, &tl);
            t = self.follow(&under)?;
        }
        unsupported("a cycle of abstracts")
    }

    /// The types of an operator function's operands and result, its own type parameters
    /// made monomorphs and the abstract's applied.
    fn op_signature(
        &mut self,
        a: AbstractId,
        tl: &[Type],
        o: &OpFunction,
    ) -> TResult<(Vec<Type>, Type)> {
        let info = self.abstract_info(a)?;
        let params = self.m.db.abstract_def(a).params.clone();
        let ft = self.field_type(FieldOwner::AbstractImpl(a), &o.field)?;
        let monos = self.fresh_op_params(&o.field.params)?;
        let ft = self.m.db.apply_params(&ft, &o.field.params, &monos);
        let ft = self.m.db.apply_params(&ft, &params, tl);
        let Type::Fun(fun) = ft else {
            return unsupported("an @:op variable");
        };
        let mut args: Vec<Type> = Vec::new();
        if o.is_impl {
            let this = self.m.db.apply_params(&info.this, &params, tl);
            args.push(this);
        }
        args.extend(fun.args.iter().map(|a| a.ty.clone()));
        Ok((args, fun.ret.clone()))
    }

    fn fresh_op_params(&mut self, params: &[TypeParam]) -> TResult<Vec<Type>> {
        if params.iter().any(|p| match &p.ty {
            Type::Inst(c, _) => self.constraints.get(c).is_some_and(|v| !v.is_empty()),
            _ => false,
        }) {
            return unsupported("operator functions with constrained type parameters");
        }
        Ok(params.iter().map(|_| self.m.db.new_mono()).collect())
    }

    /// haxe's `type_eq EqStrict`, answering yes or no.
    fn strict_eq(&mut self, a: &Type, b: &Type) -> TResult<bool> {
        match self.type_eq(super::unify::EqKind::Strict, a, b) {
            Ok(()) => Ok(true),
            Err(super::unify::UFail::Unify(_)) => Ok(false),
            Err(super::unify::UFail::Stop(f)) => Err(f),
        }
    }

    /// haxe's `cast_or_unify_raise`, answering yes or no.
    fn casts_to(&mut self, a: &Type, b: &Type) -> TResult<bool> {
        match self.unify(a, b) {
            Ok(()) => Ok(true),
            Err(super::unify::UFail::Unify(_)) => self.field_cast(a, b),
            Err(super::unify::UFail::Stop(f)) => Err(f),
        }
    }

    /// The expected type of a comparison's right operand once the left one is typed:
    /// haxe types it against the left operand's type. hxs does so when the left operand
    /// is an abstract with operator functions; otherwise as before.
    pub(crate) fn comparison_rhs_with(&mut self, op: Binop, ta: &Type, w: &With) -> TResult<With> {
        let comparison = matches!(
            op,
            Binop::Eq | Binop::NotEq | Binop::Lt | Binop::Lte | Binop::Gt | Binop::Gte
        );
        if comparison {
            if let Type::Abstract(a, _) = self.follow(ta)? {
                if !self.abstract_ops(a)?.is_empty() {
                    return Ok(With::Of(ta.clone()));
                }
            }
        }
        Ok(w.clone())
    }

    /// The expected type a binary operator's operands are typed with: an abstract's type
    /// when it has exactly one function for this operator (haxe's issue #2786), else none.
    pub(crate) fn binop_operand_with(&mut self, op: Binop, with: &With) -> TResult<With> {
        let With::Of(t) = with else {
            return Ok(With::Value);
        };
        let Type::Abstract(a, _) = self.follow(t)? else {
            return Ok(With::Value);
        };
        let ops = self.abstract_ops(a)?;
        let n = ops
            .iter()
            .filter(|o| matches!(o.op, OpKind::Binary(x) if x == op || Some(x) == assign_form(op)))
            .count();
        Ok(if n == 1 { with.clone() } else { With::Value })
    }

    /// A binary operator's `@:op` function, tried on the left operand's abstract, then on
    /// the right's (haxe's `try_abstract_binop_overloads`); the result type, or `None` when
    /// no function applies.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binop_overload(
        &mut self,
        cx: &FnCtx,
        op: Binop,
        ta: &Type,
        tb: &Type,
        a: &Expr,
        b: &Expr,
        span: Span,
    ) -> TResult<Option<Type>> {
        let mut any = false;
        for t in [ta, tb] {
            if let Type::Abstract(x, _) = self.follow(t)? {
                if !self.abstract_ops(x)?.is_empty() {
                    any = true;
                }
            }
        }
        if !any {
            return Ok(None);
        }
        if matches!(op, Binop::Eq | Binop::NotEq) {
            let mono = |t: &Type, s: &Self| matches!(s.m.db.resolve(t), Type::Mono(_));
            if mono(ta, self) || mono(tb, self) || is_null(a) || is_null(b) {
                return unsupported("== and != between an abstract with operators and null");
            }
        }
        if matches!(op, Binop::BoolAnd | Binop::BoolOr) {
            return unsupported("&& and || on abstracts with operators");
        }
        for left in [true, false] {
            let side = if left { ta } else { tb };
            let Type::Abstract(x, tl) = self.follow(side)? else {
                continue;
            };
            let ops = self.abstract_ops(x)?;
            for o in ops {
                if o.op != OpKind::Binary(op) || (!left && o.is_impl && !o.commutative) {
                    continue;
                }
                self.force_op(x, &o)?;
                let (args, ret) = self.op_signature(x, &tl, &o)?;
                let (t1, t2) = (args[0].clone(), args[1].clone());
                let t1 = if o.is_impl {
                    self.follow_with_abstracts(&t1)?
                } else {
                    t1
                };
                let mut found = self.op_check(&o, left, false, ta, tb, &t1, &t2)?;
                if !found && o.commutative {
                    found = self.op_check(&o, left, true, tb, ta, &t1, &t2)?;
                }
                if found {
                    self.op_chosen(cx, x, &o, span)?;
                    let _ = (a, b);
                    return Ok(Some(ret));
                }
            }
        }
        Ok(None)
    }

    /// One try of an operator function on operands `e1`, `e2` (swapped when commutative).
    #[allow(clippy::too_many_arguments)]
    fn op_check(
        &mut self,
        o: &OpFunction,
        left: bool,
        swapped: bool,
        e1: &Type,
        e2: &Type,
        t1: &Type,
        t2: &Type,
    ) -> TResult<bool> {
        let attempt = self.begin_attempt();
        let ok = (|| -> TResult<bool> {
            if left || swapped {
                let e1t = if o.is_impl {
                    self.follow_with_abstracts(e1)?
                } else {
                    e1.clone()
                };
                Ok(self.strict_eq(&e1t, t1)? && self.casts_to(e2, t2)?)
            } else {
                Ok(self.strict_eq(e2, t2)? && self.casts_to(e1, t1)?)
            }
        })();
        let failed = !matches!(ok, Ok(true));
        self.end_attempt(attempt, failed)?;
        ok
    }

    /// haxe reads each candidate operator function's type, which is lazy: that types its
    /// body then (once), unless it is being typed already.
    fn force_op(&mut self, a: AbstractId, o: &OpFunction) -> TResult<()> {
        let owner = FieldOwner::AbstractImpl(a);
        if self.field_state_typing(owner, o.field.is_static, &o.field.name) {
            return Ok(());
        }
        self.type_field_decl(owner, &o.field)
    }

    /// An operator function declared without a body, or used inside its own body, is
    /// checked against the underlying operation, which hxs does not do.
    fn op_chosen(&mut self, cx: &FnCtx, a: AbstractId, o: &OpFunction, span: Span) -> TResult<()> {
        let _ = (cx, span);
        let owner = FieldOwner::AbstractImpl(a);
        if !o.has_body || self.field_state_typing(owner, o.field.is_static, &o.field.name) {
            return unsupported("an operator function without a body or used in its own body");
        }
        Ok(())
    }

    /// The checks haxe makes on an abstract's `@:op` functions when it builds the
    /// abstract; a function that fails them is declined, not reported.
    pub(crate) fn validate_ops(&mut self, a: AbstractId) -> TResult<()> {
        let ops = self.abstract_ops(a)?;
        let params = self.m.db.abstract_def(a).params.clone();
        let under = self.abstract_info(a)?.this.clone();
        for o in ops {
            let Type::Fun(ft) = &o.field.ty else {
                return unsupported("an @:op function that is not a function");
            };
            let ft = ft.clone();
            if ft.args.iter().any(|x| self.has_unbound_mono(&x.ty, 0)) {
                return unsupported("an @:op function with arguments of inferred types");
            }
            // haxe compares with the abstract (or its underlying type) applied to fresh
            // monomorphs, shared by the checks of one function.
            let monos: Vec<Type> = params.iter().map(|_| self.m.db.new_mono()).collect();
            let own = Type::Abstract(a, Arc::from(monos.clone()));
            let this = self.m.db.apply_params(&under, &params, &monos);
            if o.is_impl {
                // `this` is the left operand; the right one may not be of its type when
                // the function is commutative.
                if let (OpKind::Binary(_), true) = (o.op, o.commutative) {
                    if self.strict_eq(&this, &ft.args[0].ty)? {
                        return unsupported("an @:op function haxe rejects");
                    }
                }
                continue;
            }
            let eq = |t: &mut Self, x: &Type| t.strict_eq(&own, x);
            match o.op {
                OpKind::Binary(_) => {
                    let left_eq = eq(self, &ft.args[0].ty)?;
                    let right_eq = eq(self, &ft.args[1].ty)?;
                    if !(left_eq || right_eq) || (right_eq && o.commutative) {
                        return unsupported("an @:op function haxe rejects");
                    }
                }
                OpKind::Unary(..) => {
                    if !eq(self, &ft.args[0].ty)? {
                        return unsupported("an @:op function haxe rejects");
                    }
                }
            }
        }
        Ok(())
    }

    /// A unary operator's `@:op` function on the operand's abstract (haxe's
    /// `try_abstract_unop_overloads`); the result type, or `None` when none applies.
    pub(crate) fn unop_overload(
        &mut self,
        cx: &FnCtx,
        op: Unop,
        postfix: bool,
        t: &Type,
        span: Span,
    ) -> TResult<Option<Type>> {
        let Type::Abstract(x, tl) = self.follow(t)? else {
            return Ok(None);
        };
        let ops = self.abstract_ops(x)?;
        for o in ops {
            if o.op != OpKind::Unary(op, postfix) {
                continue;
            }
            self.force_op(x, &o)?;
            let (args, ret) = self.op_signature(x, &tl, &o)?;
            // The operand is passed as the function's first argument; for a member
            // function haxe unifies the abstract's underlying type with `this`.
            let have = if o.is_impl {
                let info = self.abstract_info(x)?;
                let params = self.m.db.abstract_def(x).params.clone();
                self.m.db.apply_params(&info.this, &params, &tl)
            } else {
                t.clone()
            };
            let attempt = self.begin_attempt();
            let ok = self.unify(&have, &args[0]);
            let ok = match ok {
                Ok(()) => true,
                Err(super::unify::UFail::Unify(_)) => false,
                Err(super::unify::UFail::Stop(f)) => {
                    self.end_attempt(attempt, false)?;
                    return Err(f);
                }
            };
            self.end_attempt(attempt, !ok)?;
            if ok {
                if !o.has_body {
                    return unsupported("a unary operator function without a body");
                }
                let _ = (cx, span);
                return Ok(Some(ret));
            }
        }
        Ok(None)
    }
}

/// The compound-assignment form of a binary operator (`+` gives `+=`).
fn assign_form(op: Binop) -> Option<Binop> {
    use crate::syntax::token::AssignableOp as A;
    let a = match op {
        Binop::Add => A::Add,
        Binop::Sub => A::Sub,
        Binop::Mult => A::Mult,
        Binop::Div => A::Div,
        Binop::Mod => A::Mod,
        Binop::And => A::And,
        Binop::Or => A::Or,
        Binop::Xor => A::Xor,
        Binop::Shl => A::Shl,
        Binop::Shr => A::Shr,
        Binop::UShr => A::UShr,
        Binop::BoolAnd => A::BoolAnd,
        Binop::BoolOr => A::BoolOr,
        _ => return None,
    };
    Some(Binop::AssignOp(a))
}

fn is_null(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(ast::Constant::Ident(n)) => n == "null",
        ExprKind::Parenthesis(inner) => is_null(inner),
        _ => false,
    }
}
