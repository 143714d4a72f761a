//! Choosing among several functions for one use, as haxe does: the signatures of an extern
//! function's `@:overload` metadata (`callUnification.ml`, `unify_field_call`), and the
//! `@:op` functions of abstracts for binary and unary operators (`operators.ml`,
//! `find_abstract_binop_overload` and `type_unop`).
//!
//! haxe types a call's arguments once per candidate and keeps the first candidate that
//! fits. A failed attempt may leave traces that haxe keeps (monomorphs it bound, errors it
//! reported while typing an argument); hxs cannot replay those exactly, so an attempt
//! that failed after leaving any is declined.

use super::ancestors::Ancestors;
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
        let ctor = !is_static && name == "new";
        let f = if ctor {
            info.ctor.as_ref()
        } else if is_static {
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
            if ctor {
                return unsupported("overload constructors");
            }
            let def = self.m.db.class(c);
            let external = def.external
                || decl
                    .fields
                    .iter()
                    .filter(|g| g.name.name == name)
                    .all(|g| g.has_access(ast::Access::Extern));
            if !external || (!is_static && (def.super_class.is_some() || !def.params.is_empty())) {
                return unsupported("overload functions");
            }
            let list = if is_static {
                &info.statics
            } else {
                &info.fields
            };
            let same: Vec<FieldInfo> = list.iter().filter(|g| g.name == name).cloned().collect();
            if same.len() < 2 {
                return Ok(None);
            }
            if same
                .iter()
                .any(|g| !g.is_public || !g.params.is_empty() || g.deprecation.is_some())
            {
                return unsupported("overload functions");
            }
            // haxe reports two declarations of one signature; hxs does not.
            for (i, a) in same.iter().enumerate() {
                for b in &same[i + 1..] {
                    let (Type::Fun(fa), Type::Fun(fb)) = (&a.ty, &b.ty) else {
                        return unsupported("overload functions");
                    };
                    if fa.args.len() != fb.args.len() {
                        continue;
                    }
                    let mut equal = true;
                    for (x, y) in fa.args.iter().zip(&fb.args) {
                        let r = self.type_eq(super::unify::EqKind::Strict, &x.ty, &y.ty);
                        if r.is_ok() {
                            continue;
                        }
                        equal = false;
                        break;
                    }
                    if equal {
                        return unsupported("overload functions of one signature");
                    }
                }
            }
            // haxe tries the first declaration, then the others from the last one up.
            let others = same[1..].iter().rev().map(|g| g.ty.clone()).collect();
            return Ok(Some((f, others)));
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
        let proper = self.is_proper_overload(field);
        let mut candidates = vec![(field.ty.clone(), main)];
        candidates.extend(overloads.into_iter().map(|t| (t.clone(), t)));
        let mut failures: Vec<(Type, Diagnostic)> = Vec::new();
        let mut compatible: Vec<(Arc<FunType>, Vec<Type>, usize)> = Vec::new();
        for (index, (shown, t)) in candidates.into_iter().enumerate() {
            if proper {
                let Type::Fun(fun) = self.follow(&t)? else {
                    return unsupported("an overload that is not a function");
                };
                let mut rest = false;
                for a in &fun.args {
                    rest |= self.is_rest(&a.ty)?;
                }
                let optional = fun.args.iter().any(|a| a.opt);
                if rest || (optional && fun.args.len() != args.len()) {
                    return unsupported("overload functions with optional or rest arguments");
                }
                let attempt = self.begin_attempt();
                let errors = attempt.errors;
                self.arg_log = Some(Vec::new());
                let r = self.call_args(cx, args, &fun.args, span);
                let log = self.arg_log.take().unwrap_or_default();
                match r {
                    Ok(()) => {
                        let bound_old = self.m.db.end_attempt(attempt.monos);
                        if bound_old || self.errors.len() != errors || log.len() != args.len() {
                            return unsupported(
                                "an overload attempt that leaves bindings or errors",
                            );
                        }
                        for (e, t) in args.iter().zip(&log) {
                            if is_null(e) || self.has_unbound_mono(t, 0) {
                                return unsupported("an overload call with null arguments");
                            }
                        }
                        compatible.push((fun, log, index));
                    }
                    Err(Fail::Error(d)) => {
                        self.end_attempt(attempt, true)?;
                        if d.message.starts_with("Unknown identifier") {
                            return unsupported(
                                "an unknown identifier in overloaded call arguments",
                            );
                        }
                        failures.push((shown, d));
                    }
                    Err(e) => {
                        self.end_attempt(attempt, false)?;
                        return Err(e);
                    }
                }
                continue;
            }
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
        if proper && !compatible.is_empty() {
            return self.most_specific(cx, field, compatible, span);
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
        // haxe's `type_binop_rhs`: a comparison's right operand expects the left's type
        // (so it may name an enum's constructors bare).
        if comparison {
            return Ok(With::Of(ta.clone()));
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
        cx: &mut FnCtx,
        op: Binop,
        ta: &Type,
        tb: &Type,
        a: &Expr,
        b: &Expr,
        span: Span,
        assign: bool,
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
            // A compound assignment looks for `A op= B` functions first, then `A op B`.
            let wanted: Vec<Binop> = match assign.then(|| assign_form(op)).flatten() {
                Some(aop) => vec![aop, op],
                None => vec![op],
            };
            let candidates = wanted.iter().flat_map(|w| {
                ops.iter()
                    .filter(move |o| o.op == OpKind::Binary(*w))
                    .cloned()
            });
            let candidates: Vec<OpFunction> = candidates.collect();
            for o in candidates {
                if !left && o.is_impl && !o.commutative {
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
                let mut operands = (ta, tb, a);
                let mut found = self.op_check(&o, left, false, ta, tb, &t1, &t2)?;
                if !found && o.commutative {
                    found = self.op_check(&o, left, true, tb, ta, &t1, &t2)?;
                    operands = (tb, ta, b);
                }
                if found {
                    let (e1, e2, first) = operands;
                    self.op_chosen(cx, x, &o, op, (e1, e2), &ret, first, span)?;
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

    /// An operator function declared without a body, or used inside its own body (haxe's
    /// "Recursive operator method"), stands for the underlying operation: unless the
    /// abstract is a core type, that operation is typed on the operands' underlying types
    /// and its result must fit the declared return type.
    #[allow(clippy::too_many_arguments)]
    fn op_chosen(
        &mut self,
        cx: &mut FnCtx,
        a: AbstractId,
        o: &OpFunction,
        op: Binop,
        (e1, e2): (&Type, &Type),
        ret: &Type,
        first: &Expr,
        span: Span,
    ) -> TResult<()> {
        let owner = FieldOwner::AbstractImpl(a);
        let recursive =
            o.has_body && self.field_state_typing(owner, o.field.is_static, &o.field.name);
        if o.has_body && !recursive {
            return Ok(());
        }
        if recursive {
            self.report(cx, span, "Recursive operator method");
        }
        if self.abstract_info(a)?.has_meta(":coreType") {
            return Ok(());
        }
        let u1 = self.follow_with_abstracts(e1)?;
        let u2 = self.follow_with_abstracts(e2)?;
        // haxe types both operands with the first one's expression (and position).
        let expected = self.binop_types_plain(cx, op, &u1, &u2, first, first, span)?;
        if self.does_unify(ret, &expected)? {
            return Ok(());
        }
        if let Type::Abstract(r, tl) = self.follow(ret)? {
            let info = self.abstract_info(r)?;
            let params = self.m.db.abstract_def(r).params.clone();
            let under = self.m.db.apply_params(&info.this, &params, &tl);
            if self.strict_eq(&under, &expected)? {
                return Ok(());
            }
        }
        let s = super::print::s_types(self.db(), &[&expected, ret]);
        Err(self.err(
            cx,
            span,
            format!(
                "The result of this operation ({}) is not compatible with declared return type {}",
                s[0], s[1]
            ),
        ))
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
                // Without a body (or inside its own), haxe keeps the plain operation
                // typed as the function's return type, unchecked.
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

/// A type as haxe's overload rating sees it (`Overloads.Resolution.simplify_t`).
enum Simple {
    Inst(ClassId),
    Enum(EnumId),
    Core(AbstractId, Params),
    Null(Box<Simple>),
    Dyn,
    Fun,
}

/// A rated candidate: its signature, its arguments' ratings, its index among the candidates.
type R = (Arc<FunType>, Vec<i64>, usize);

/// haxe's `max_int` for a rating no conversion beats.
const WORST: i64 = i64::MAX / 2;

impl Typer<'_> {
    /// Whether a superclass of `c` declares `overload` functions named `name`.
    pub(crate) fn overloaded_in_superclass(&mut self, c: ClassId, name: &str) -> TResult<bool> {
        let mut up = Ancestors::above(self, c, &[])?;
        while let Some(a) = up.next(self)? {
            let found: Vec<FieldInfo> = a
                .info
                .fields
                .iter()
                .filter(|f| f.name == name)
                .cloned()
                .collect();
            for f in &found {
                if self.is_proper_overload(f) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    fn is_proper_overload(&mut self, field: &FieldInfo) -> bool {
        let Some((mid, di, fi)) = field.decl else {
            return false;
        };
        let ast = self.m.module(mid).typed.clone();
        let ast::DeclKind::Class(decl) = &ast.decls[di].kind else {
            return false;
        };
        decl.fields[fi].has_access(ast::Access::Overload)
    }

    fn simplify_rate(&mut self, t: &Type) -> TResult<Simple> {
        let null = self.std_ids()?.null;
        let t = self.m.db.resolve(t).clone();
        Ok(match &t {
            Type::Mono(_) | Type::Anon(_) => Simple::Dyn,
            Type::Dynamic(_) => Simple::Dyn,
            Type::Fun(_) => Simple::Fun,
            Type::Typedef(..) => {
                let Type::Typedef(td, tl) = &t else {
                    unreachable!()
                };
                let u = self.typedef_type(*td, tl)?;
                return self.simplify_rate(&u);
            }
            Type::Inst(c, tl) => {
                if !tl.is_empty() {
                    return unsupported("rating overloads on type parameters");
                }
                Simple::Inst(*c)
            }
            Type::Enum(e, tl) => {
                if !tl.is_empty() {
                    return unsupported("rating overloads on type parameters");
                }
                Simple::Enum(*e)
            }
            Type::Abstract(a, tl) if *a == null && tl.len() == 1 => {
                match self.simplify_rate(&tl[0])? {
                    s @ (Simple::Core(..) | Simple::Enum(_)) => Simple::Null(Box::new(s)),
                    s => s,
                }
            }
            Type::Abstract(a, tl) => {
                let info = self.abstract_info(*a)?;
                if !info.has_meta(":coreType") {
                    return unsupported("rating overloads on abstracts");
                }
                Simple::Core(*a, tl.clone())
            }
        })
    }

    /// haxe's `rate_conv`: how many conversions from the argument's type to the parameter's;
    /// `None` when haxe finds no way.
    fn rate_conv(&mut self, cacc: i64, tf: &Type, ta: &Type) -> TResult<Option<i64>> {
        let f = self.simplify_rate(tf)?;
        let a = self.simplify_rate(ta)?;
        self.rate_simple(cacc, f, a)
    }

    fn rate_simple(&mut self, cacc: i64, f: Simple, a: Simple) -> TResult<Option<i64>> {
        Ok(match (f, a) {
            (Simple::Inst(cf), Simple::Inst(ca)) => {
                if self.m.db.class(cf).interface {
                    return unsupported("rating overloads on interfaces");
                }
                let mut acc = 0;
                let mut c = ca;
                loop {
                    if c == cf {
                        break Some(cacc + acc);
                    }
                    let _ = self.class_info(c)?;
                    match &self.m.db.class(c).super_class {
                        None => break None,
                        Some((sup, tl)) => {
                            if !tl.is_empty() {
                                return unsupported("rating overloads on type parameters");
                            }
                            c = *sup;
                            acc += 1;
                        }
                    }
                }
            }
            (Simple::Enum(ef), Simple::Enum(ea)) => (ef == ea).then_some(cacc),
            (Simple::Dyn, Simple::Dyn) => Some(cacc),
            (Simple::Dyn, _) => Some(WORST),
            (Simple::Core(..), Simple::Dyn) => Some(cacc + 2),
            (_, Simple::Dyn) => Some(cacc + 1),
            (Simple::Null(f), Simple::Null(a)) => self.rate_simple(cacc, *f, *a)?,
            (Simple::Null(f), a) => self.rate_simple(cacc + 1, *f, a)?,
            (f, Simple::Null(a)) => self.rate_simple(cacc + 1, f, *a)?,
            (Simple::Core(af, tlf), Simple::Core(aa, tla)) => {
                if !tlf.is_empty() || !tla.is_empty() {
                    return unsupported("rating overloads on type parameters");
                }
                if af == aa {
                    return Ok(Some(cacc));
                }
                let finfo = self.abstract_info(af)?;
                let from = finfo.from.clone();
                let ainfo = self.abstract_info(aa)?;
                let to = ainfo.to.clone();
                let tf = Type::Abstract(af, tlf);
                let ta = Type::Abstract(aa, tla);
                for t in &from {
                    if let Some(r) = self.rate_conv(cacc + 1, t, &ta)? {
                        return Ok(Some(r));
                    }
                }
                for t in &to {
                    if let Some(r) = self.rate_conv(cacc + 1, &tf, t)? {
                        return Ok(Some(r));
                    }
                }
                None
            }
            (Simple::Fun, Simple::Fun) => Some(cacc),
            _ => None,
        })
    }

    /// haxe's choice among the `overload` signatures the arguments fit: the fewest optional
    /// arguments, then the one whose every argument needs no more conversions than another's.
    fn most_specific(
        &mut self,
        cx: &mut FnCtx,
        field: &FieldInfo,
        compatible: Vec<(Arc<FunType>, Vec<Type>, usize)>,
        span: Span,
    ) -> TResult<Type> {
        if compatible.len() == 1 {
            return Ok(compatible[0].0.ret.clone());
        }
        for (i, (a, _, _)) in compatible.iter().enumerate() {
            for (b, _, _) in &compatible[i + 1..] {
                let (sa, sb) = (
                    super::print::s_type(self.db(), &Type::Fun(a.clone())),
                    super::print::s_type(self.db(), &Type::Fun(b.clone())),
                );
                if sa == sb {
                    return unsupported("identical overload signatures");
                }
            }
        }
        let opt = |f: &FunType| f.args.iter().filter(|a| a.opt).count();
        let min = compatible.iter().map(|(f, _, _)| opt(f)).min().unwrap_or(0);
        let kept: Vec<_> = compatible
            .into_iter()
            .filter(|(f, _, _)| opt(f) == min)
            .collect();
        if kept.len() == 1 {
            return Ok(kept[0].0.ret.clone());
        }
        // Rated in reverse, as haxe builds the list.
        let mut rated: Vec<R> = Vec::new();
        for (f, log, index) in kept.into_iter().rev() {
            let mut rates = Vec::new();
            let mut ok = true;
            for (p, at) in f.args.iter().zip(log.iter()) {
                if p.opt {
                    continue;
                }
                match self.rate_conv(0, &p.ty, at)? {
                    Some(r) => rates.push(r),
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            rates.reverse();
            if ok {
                rated.push((f, rates, index));
            }
        }
        fn is_best(a: &[i64], b: &[i64]) -> bool {
            a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| x <= y)
                && a.iter().zip(b).any(|(x, y)| x < y)
        }
        fn reduce(best: Vec<R>, rem: Vec<R>) -> Vec<R> {
            let mut best = best;
            for r in rem {
                if best.is_empty() {
                    best = vec![r];
                    continue;
                }
                let b0 = best[0].clone();
                if is_best(&b0.1, &r.1) {
                    continue;
                } else if is_best(&r.1, &b0.1) {
                    best = reduce(best[1..].to_vec(), vec![r]);
                } else {
                    best.insert(0, r);
                }
            }
            best
        }
        let r = reduce(Vec::new(), rated);
        match r.as_slice() {
            [one] => Ok(one.0.ret.clone()),
            [] => unsupported("overloads haxe cannot rate"),
            many => {
                // haxe reports the candidates where they are declared and takes the first.
                let Some((mid, di, fi)) = field.decl else {
                    return unsupported("ambiguous overloads");
                };
                let ast = self.m.module(mid).typed.clone();
                let ast::DeclKind::Class(decl) = &ast.decls[di].kind else {
                    return unsupported("ambiguous overloads");
                };
                let is_static = decl.fields[fi].has_access(ast::Access::Static);
                let spans: Vec<Span> = decl
                    .fields
                    .iter()
                    .filter(|g| {
                        g.name.name == field.name && g.has_access(ast::Access::Static) == is_static
                    })
                    .map(|g| g.name.span)
                    .collect();
                let Some((first, rest)) = spans.split_first() else {
                    return unsupported("ambiguous overloads");
                };
                let mut order = vec![*first];
                order.extend(rest.iter().rev());
                self.report(cx, span, "Ambiguous overload, candidates follow");
                for (f, _, index) in many {
                    let message = format!(
                        "... {}",
                        super::print::s_type(self.db(), &Type::Fun(f.clone()))
                    );
                    self.errors.push(Diagnostic {
                        module: Some(mid),
                        span: order[*index],
                        message,
                    });
                }
                Ok(many[0].0.ret.clone())
            }
        }
    }
}
