//! Unification and type equality after haxe 4.2.5's `tUnification.ml`: whether a value of
//! one type may be used where another is expected, binding monomorphs on the way, and the
//! chain of reasons when it may not, printed as haxe prints it (`String should be Int`, and
//! the `have:`/`want:` lines of nested failures, from `error.ml`).

use super::ancestors::{interfaces_applied, Ancestors};
use super::print::s_types;
use super::typer::{FKind, Fail, TResult, Typer, VarAcc};
use super::types::*;
use std::sync::Arc;

/// One reason in a unification failure (haxe's `unify_error`).
#[derive(Clone, Debug, PartialEq)]
pub enum UErr {
    CannotUnify(Type, Type),
    InvalidFieldType(String),
    HasNoField(Type, String),
    HasExtraField(Type, String),
    InvalidKind(String, FKind, FKind),
    InvalidVisibility(String),
    NotMatchingOptional(String),
    CantForceOptional,
    InvariantParameter(usize),
    FinalInvariance,
    InvalidFunctionArgument(usize, usize),
    InvalidReturnType,
    /// A type parameter's constraint failed (haxe's `Constraint_failure`).
    ConstraintFailure(String),
    /// A reason given as text (haxe's `Unify_custom`).
    Custom(String),
}

/// A failed unification: haxe's reasons, or a stop of the typer itself.
#[derive(Clone, Debug, PartialEq)]
pub enum UFail {
    Unify(Vec<UErr>),
    Stop(Fail),
}

impl From<Fail> for UFail {
    fn from(f: Fail) -> UFail {
        UFail::Stop(f)
    }
}

pub type UResult = Result<(), UFail>;

fn fail(l: Vec<UErr>) -> UResult {
    Err(UFail::Unify(l))
}

/// Prepends reasons to a failure's chain.
fn wrap(r: UResult, front: Vec<UErr>) -> UResult {
    match r {
        Err(UFail::Unify(l)) => {
            let mut v = front;
            v.extend(l);
            Err(UFail::Unify(v))
        }
        other => other,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EqKind {
    Strict,
    RightDynamic,
    BothDynamic,
}

#[derive(Clone, Copy, Debug)]
struct UCtx {
    allow_transitive_cast: bool,
    allow_abstract_cast: bool,
}

const DEFAULT: UCtx = UCtx {
    allow_transitive_cast: true,
    allow_abstract_cast: true,
};

impl Typer<'_> {
    /// Whether `a` may be used where `b` is expected (haxe's `unify a b`).
    pub fn unify(&mut self, a: &Type, b: &Type) -> UResult {
        self.unify_c(DEFAULT, a, b)
    }

    /// `unify`, answering only yes or no (haxe's `does_unify`).
    pub fn does_unify(&mut self, a: &Type, b: &Type) -> TResult<bool> {
        match self.unify(a, b) {
            Ok(()) => Ok(true),
            Err(UFail::Unify(_)) => Ok(false),
            Err(UFail::Stop(f)) => Err(f),
        }
    }

    pub(crate) fn is_null_abstract(&self, a: AbstractId) -> bool {
        self.abstract_path_is(a, &[], "Null")
    }

    fn unify_c(&mut self, ctx: UCtx, a: &Type, b: &Type) -> UResult {
        if a == b {
            return Ok(());
        }
        let cannot = || vec![UErr::CannotUnify(a.clone(), b.clone())];
        match (a, b) {
            (Type::Mono(m), _) => match self.m.db.mono_binding(*m).cloned() {
                None => {
                    // haxe types `null` as `Null<Unknown>`, which follows a typedef it is
                    // unified with (running the typedef's first-follow checks).
                    if let Type::Typedef(td, _) = b {
                        if self.null_literals.contains(a) {
                            self.typedef_rec_check(*td)?;
                        }
                    }
                    self.link(*m, a, b, cannot())
                }
                Some(t) => self.unify_c(ctx, &t, b),
            },
            (_, Type::Mono(m)) => match self.m.db.mono_binding(*m).cloned() {
                None => self.link(*m, b, a, cannot()),
                Some(t) => self.unify_c(ctx, a, &t),
            },
            (Type::Typedef(td, tl), _) => {
                if self.unify_stack.iter().any(|(x, y)| x == a && y == b) {
                    return Ok(());
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((a.clone(), b.clone()));
                let r = self.unify_c(ctx, &t, b);
                self.unify_stack.pop();
                wrap(r, cannot())
            }
            (_, Type::Typedef(td, tl)) => {
                if self.unify_stack.iter().any(|(x, y)| x == a && y == b) {
                    return Ok(());
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((a.clone(), b.clone()));
                let r = self.unify_c(ctx, a, &t);
                self.unify_stack.pop();
                wrap(r, cannot())
            }
            (Type::Enum(ea, tl1), Type::Enum(eb, tl2)) => {
                if ea != eb {
                    return fail(cannot());
                }
                self.unify_type_params(ctx, a, b, tl1, tl2)
            }
            (Type::Abstract(n, tl), _) if self.is_null_abstract(*n) && tl.len() == 1 => {
                let r = self.unify_c(ctx, &tl[0], b);
                wrap(r, cannot())
            }
            (_, Type::Abstract(n, tl)) if self.is_null_abstract(*n) && tl.len() == 1 => {
                let r = self.unify_c(ctx, a, &tl[0]);
                wrap(r, cannot())
            }
            (Type::Abstract(a1, tl1), Type::Abstract(a2, tl2)) if a1 == a2 => {
                match self.unify_type_params(ctx, a, b, tl1, tl2) {
                    Ok(()) => Ok(()),
                    Err(UFail::Unify(l)) => {
                        match self.unify_abstracts(ctx, a, b, *a1, tl1, *a2, tl2) {
                            Ok(()) => Ok(()),
                            Err(UFail::Unify(_)) => Err(UFail::Unify(l)),
                            Err(e) => Err(e),
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            (Type::Abstract(v, _), _) | (_, Type::Abstract(v, _))
                if self.abstract_path_is(*v, &[], "Void") =>
            {
                fail(cannot())
            }
            (Type::Abstract(n, tl), _) | (_, Type::Abstract(n, tl))
                if tl.is_empty() && self.abstract_path_is(*n, &["haxe"], "NotVoid") =>
            {
                Ok(())
            }
            (Type::Abstract(a1, tl1), Type::Abstract(a2, tl2)) => {
                if ["FlatEnum", "Function", "Constructible"]
                    .iter()
                    .any(|n| self.abstract_path_is(*a2, &["haxe"], n))
                {
                    let ctx = UCtx {
                        allow_transitive_cast: false,
                        ..ctx
                    };
                    return self.unify_to(ctx, a, b, *a1, tl1);
                }
                self.unify_abstracts(ctx, a, b, *a1, tl1, *a2, tl2)
            }
            (Type::Inst(c1, tl1), Type::Inst(c2, tl2)) => {
                if self.class_extends(*c1, tl1, *c2, tl2, ctx, a, b)? {
                    Ok(())
                } else {
                    fail(cannot())
                }
            }
            (Type::Fun(f1), Type::Fun(f2)) if f1.args.len() == f2.args.len() => {
                let nested = UCtx {
                    allow_abstract_cast: true,
                    ..ctx
                };
                let mut i = 0;
                let r = (|| -> UResult {
                    if !self.is_void(&f2.ret)? {
                        self.unify_c(nested, &f1.ret, &f2.ret)?;
                    }
                    i += 1;
                    for (a2, a1) in f2.args.iter().zip(&f1.args) {
                        if a2.opt && !a1.opt {
                            return fail(vec![UErr::CantForceOptional]);
                        }
                        self.unify_c(nested, &a2.ty, &a1.ty)?;
                        i += 1;
                    }
                    Ok(())
                })();
                let reason = if i == 0 {
                    UErr::InvalidReturnType
                } else {
                    UErr::InvalidFunctionArgument(i, f1.args.len())
                };
                wrap(r, vec![UErr::CannotUnify(a.clone(), b.clone()), reason])
            }
            (Type::Inst(c, tl), Type::Anon(an)) => {
                let r = self.unify_class_anon(ctx, a, *c, tl, *an);
                wrap(r, cannot())
            }
            (Type::Anon(a1), Type::Anon(a2)) => {
                let r = self.unify_anons(ctx, a, *a1, *a2);
                wrap(r, cannot())
            }
            (Type::Anon(an), Type::Abstract(ab, tl))
                if tl.len() == 1 && self.abstract_path_is(*ab, &[], "Class") =>
            {
                match self.m.db.anon(*an).status.clone() {
                    AnonStatus::Statics(c) => {
                        let n = self.m.db.class(c).params.len();
                        let monos: Vec<Type> = (0..n).map(|_| self.m.db.new_mono()).collect();
                        self.unify_c(ctx, &Type::Inst(c, Arc::from(monos)), &tl[0])
                    }
                    _ => fail(cannot()),
                }
            }
            (Type::Anon(an), Type::Abstract(ab, tl))
                if tl.len() == 1 && self.abstract_path_is(*ab, &[], "Enum") =>
            {
                match self.m.db.anon(*an).status.clone() {
                    AnonStatus::EnumStatics(e) => {
                        let n = self.m.db.enum_def(e).params.len();
                        let monos: Vec<Type> = (0..n).map(|_| self.m.db.new_mono()).collect();
                        self.unify_c(ctx, &Type::Enum(e, Arc::from(monos)), &tl[0])
                    }
                    _ => fail(cannot()),
                }
            }
            (Type::Enum(..), Type::Abstract(ab, tl))
                if tl.is_empty() && self.abstract_path_is(*ab, &[], "EnumValue") =>
            {
                Ok(())
            }
            (Type::Fun(_), Type::Abstract(ab, tl))
                if tl.is_empty() && self.abstract_path_is(*ab, &["haxe"], "Function") =>
            {
                Ok(())
            }
            (Type::Dynamic(t), _) => match (t, b) {
                (None, _) => Ok(()),
                (Some(t1), Type::Dynamic(Some(t2))) => {
                    let r = self.type_eq(EqKind::RightDynamic, t1, t2);
                    wrap(r, cannot())
                }
                (Some(_), Type::Dynamic(None)) => Ok(()),
                (Some(_), Type::Abstract(bb, tl)) => self.unify_from(ctx, a, b, *bb, tl),
                _ => fail(cannot()),
            },
            (_, Type::Dynamic(t)) => match (t, a) {
                (None, _) => Ok(()),
                (Some(t1), Type::Dynamic(Some(t2))) => {
                    let r = self.type_eq(EqKind::RightDynamic, t1, t2);
                    wrap(r, cannot())
                }
                (Some(t), Type::Anon(an)) => {
                    let def = self.m.db.anon(*an).clone();
                    if matches!(
                        def.status,
                        AnonStatus::Statics(_) | AnonStatus::EnumStatics(_)
                    ) {
                        return fail(cannot());
                    }
                    for (n, f) in &def.fields {
                        let r = self.type_eq(EqKind::Strict, &f.ty, t);
                        let r = wrap(r, vec![UErr::InvalidFieldType(n.clone())]);
                        wrap(r, cannot())?;
                    }
                    Ok(())
                }
                (Some(_), Type::Abstract(aa, tl)) => self.unify_to(ctx, a, b, *aa, tl),
                _ => fail(cannot()),
            },
            (Type::Abstract(aa, tl), _) => self.unify_to(ctx, a, b, *aa, tl),
            (Type::Inst(c, pl), Type::Abstract(bb, tl))
                if self.m.db.class(*c).kind == ClassKind::TypeParameter =>
            {
                let ctl = self.constraints.get(c).cloned().unwrap_or_default();
                let params = self.m.db.class(*c).params.clone();
                for t in ctl {
                    let t = self.m.db.apply_params(&t, &params, pl);
                    match self.unify_c(ctx, &t, b) {
                        Ok(()) => return Ok(()),
                        Err(UFail::Unify(_)) => {}
                        Err(e) => return Err(e),
                    }
                }
                self.unify_from(ctx, a, b, *bb, tl)
            }
            (_, Type::Abstract(bb, tl)) => self.unify_from(ctx, a, b, *bb, tl),
            _ => fail(cannot()),
        }
    }

    /// haxe's `link`: binds an unbound monomorph unless that makes a recursive type;
    /// `cannot` is the failure for a recursive one.
    fn link(&mut self, m: MonoId, mono: &Type, b: &Type, cannot: Vec<UErr>) -> UResult {
        if self.occurs(mono, b, 0) {
            let fb = self.m.db.resolve(b).clone();
            return if fb == *mono { Ok(()) } else { fail(cannot) };
        }
        if *b == Type::Dynamic(None) {
            return Ok(());
        }
        self.bind_constrained(m, b)
    }

    /// haxe's `Monomorph.bind`: a monomorph with constraints passes them on to the
    /// monomorph it is bound to, or checks them against the type (bound meanwhile, so
    /// that a constraint mentioning the monomorph sees the type), staying unbound when
    /// one fails.
    fn bind_constrained(&mut self, m: MonoId, b: &Type) -> UResult {
        let Some(cs) = self.mono_constraints.get(&m).cloned() else {
            self.m.db.bind_mono(m, b.clone());
            return Ok(());
        };
        if let Type::Mono(m2) = self.m.db.resolve(b).clone() {
            if m2 != m {
                let mut moved: Vec<(Type, String)> = cs.into_iter().rev().collect();
                moved.extend(self.mono_constraints.remove(&m2).unwrap_or_default());
                self.mono_constraints.insert(m2, moved);
            }
            self.m.db.bind_mono(m, b.clone());
            return Ok(());
        }
        self.m.db.bind_mono(m, b.clone());
        for (c, name) in cs {
            match self.unify(b, &c) {
                Ok(()) => {}
                Err(UFail::Unify(l)) => {
                    self.m.db.unbind_mono(m);
                    let mut v = vec![UErr::ConstraintFailure(name)];
                    v.extend(l);
                    return Err(UFail::Unify(v));
                }
                Err(e) => {
                    self.m.db.unbind_mono(m);
                    return Err(e);
                }
            }
        }
        self.mono_constraints.remove(&m);
        Ok(())
    }

    fn occurs(&self, mono: &Type, t: &Type, depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        if t == mono {
            return true;
        }
        match t {
            Type::Mono(m) => match self.m.db.mono_binding(*m) {
                Some(b) => self.occurs(mono, b, depth + 1),
                None => false,
            },
            Type::Inst(_, tl)
            | Type::Enum(_, tl)
            | Type::Typedef(_, tl)
            | Type::Abstract(_, tl) => tl.iter().any(|t| self.occurs(mono, t, depth + 1)),
            Type::Fun(f) => {
                f.args.iter().any(|a| self.occurs(mono, &a.ty, depth + 1))
                    || self.occurs(mono, &f.ret, depth + 1)
            }
            Type::Dynamic(Some(t)) => self.occurs(mono, t, depth + 1),
            Type::Dynamic(None) => false,
            Type::Anon(a) => self
                .m
                .db
                .anon(*a)
                .fields
                .values()
                .any(|f| self.occurs(mono, &f.ty, depth + 1)),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn class_extends(
        &mut self,
        c: ClassId,
        tl: &Params,
        target: ClassId,
        target_tl: &Params,
        ctx: UCtx,
        a: &Type,
        b: &Type,
    ) -> Result<bool, UFail> {
        if c == target {
            self.unify_type_params(ctx, a, b, tl, target_tl)?;
            return Ok(true);
        }
        // Heritage is known once the class is built.
        self.class_info(c)?;
        let def = self.m.db.class(c).clone();
        if let Some((sc, stl)) = &def.super_class {
            let applied: Vec<Type> = stl
                .iter()
                .map(|t| self.m.db.apply_params(t, &def.params, tl))
                .collect();
            if self.class_extends(*sc, &Arc::from(applied), target, target_tl, ctx, a, b)? {
                return Ok(true);
            }
        }
        for (ic, itl) in &def.interfaces {
            let applied: Vec<Type> = itl
                .iter()
                .map(|t| self.m.db.apply_params(t, &def.params, tl))
                .collect();
            if self.class_extends(*ic, &Arc::from(applied), target, target_tl, ctx, a, b)? {
                return Ok(true);
            }
        }
        if def.kind == ClassKind::TypeParameter {
            let ctl = self.constraints.get(&c).cloned().unwrap_or_default();
            for t in ctl {
                match self.follow(&t)? {
                    Type::Inst(cs, tls)
                        if self.class_extends(cs, &tls, target, target_tl, ctx, a, b)? =>
                    {
                        return Ok(true);
                    }
                    Type::Abstract(aa, atl) => match self.unify_to(ctx, a, b, aa, &atl) {
                        Ok(()) => return Ok(true),
                        Err(UFail::Unify(_)) => {}
                        Err(e) => return Err(e),
                    },
                    _ => {}
                }
            }
        }
        Ok(false)
    }

    fn unify_type_params(
        &mut self,
        ctx: UCtx,
        a: &Type,
        b: &Type,
        tl1: &[Type],
        tl2: &[Type],
    ) -> UResult {
        let nested = UCtx {
            allow_abstract_cast: true,
            ..ctx
        };
        for (i, (t1, t2)) in tl1.iter().zip(tl2).enumerate() {
            let r = self.with_variance(nested, EqKind::RightDynamic, t1, t2);
            wrap(
                r,
                vec![
                    UErr::CannotUnify(a.clone(), b.clone()),
                    UErr::InvariantParameter(i + 1),
                ],
            )?;
        }
        Ok(())
    }

    fn with_variance(&mut self, ctx: UCtx, eq: EqKind, t1: &Type, t2: &Type) -> UResult {
        match self.type_eq(eq, t1, t2) {
            Ok(()) => Ok(()),
            Err(UFail::Unify(l)) => match self.unify_with_variance(ctx, eq, t1, t2) {
                Ok(()) => Ok(()),
                Err(UFail::Unify(_)) => Err(UFail::Unify(l)),
                Err(e) => Err(e),
            },
            Err(e) => Err(e),
        }
    }

    /// haxe's `unify_with_variance`, for the cases hxs meets: same named types compared
    /// parameter by parameter, typedefs expanded.
    fn unify_with_variance(&mut self, ctx: UCtx, eq: EqKind, t1: &Type, t2: &Type) -> UResult {
        let t1 = self.m.db.resolve(t1).clone();
        let t2 = self.m.db.resolve(t2).clone();
        let cannot = || fail(vec![UErr::CannotUnify(t1.clone(), t2.clone())]);
        let nested = UCtx {
            allow_abstract_cast: true,
            ..ctx
        };
        match (&t1, &t2) {
            (Type::Inst(c1, l1), Type::Inst(c2, l2)) if c1 == c2 => {
                for (x, y) in l1.iter().zip(l2.iter()) {
                    self.with_variance(nested, eq, x, y)?;
                }
                Ok(())
            }
            (Type::Enum(c1, l1), Type::Enum(c2, l2)) if c1 == c2 => {
                for (x, y) in l1.iter().zip(l2.iter()) {
                    self.with_variance(nested, eq, x, y)?;
                }
                Ok(())
            }
            (Type::Abstract(c1, l1), Type::Abstract(c2, l2)) if c1 == c2 => {
                for (x, y) in l1.iter().zip(l2.iter()) {
                    self.with_variance(nested, eq, x, y)?;
                }
                Ok(())
            }
            (Type::Typedef(td, tl), _) => {
                if self.unify_stack.iter().any(|(x, y)| *x == t1 && *y == t2) {
                    return cannot();
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((t1.clone(), t2.clone()));
                let r = self.unify_with_variance(ctx, eq, &t, &t2);
                self.unify_stack.pop();
                r
            }
            (_, Type::Typedef(td, tl)) => {
                if self.unify_stack.iter().any(|(x, y)| *x == t1 && *y == t2) {
                    return cannot();
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((t1.clone(), t2.clone()));
                let r = self.unify_with_variance(ctx, eq, &t1, &t);
                self.unify_stack.pop();
                r
            }
            (Type::Anon(a1), Type::Anon(a2)) => self.unify_anons(ctx, &t1, *a1, *a2),
            (Type::Fun(f1), Type::Fun(f2)) if f1.args.len() == f2.args.len() => {
                for (x, y) in f1.args.iter().zip(&f2.args) {
                    self.with_variance(nested, eq, &x.ty, &y.ty)?;
                }
                self.with_variance(nested, eq, &f1.ret, &f2.ret)
            }
            (Type::Abstract(a1, tl1), Type::Abstract(a2, tl2)) => {
                let ok = self.variance_cast(ctx, eq, &t1, &t2, *a1, tl1, true)?
                    || self.variance_cast(ctx, eq, &t1, &t2, *a2, tl2, false)?;
                if !ok {
                    return cannot();
                }
                self.compare_underlying(&t1, &t2)
            }
            (Type::Abstract(ab, tl), _) => {
                if !self.variance_cast(ctx, eq, &t1, &t2, *ab, tl, true)? {
                    return cannot();
                }
                self.compare_underlying(&t1, &t2)
            }
            (_, Type::Abstract(ab, tl)) => {
                if !self.variance_cast(ctx, eq, &t1, &t2, *ab, tl, false)? {
                    return cannot();
                }
                self.compare_underlying(&t1, &t2)
            }
            _ => cannot(),
        }
    }

    /// Whether one of an abstract's `to` types (or `from` types) relates `t1` to `t2` under
    /// variance (haxe's `unifies_abstract` inside `unify_with_variance`).
    #[allow(clippy::too_many_arguments)]
    fn variance_cast(
        &mut self,
        ctx: UCtx,
        eq: EqKind,
        t1: &Type,
        t2: &Type,
        ab: AbstractId,
        tl: &Params,
        to: bool,
    ) -> Result<bool, UFail> {
        let info = self.abstract_info(ab)?;
        let core = info
            .meta
            .iter()
            .any(|m| m == ":coreType" || m == ":transitive");
        let ctx = if core {
            ctx
        } else if ctx.allow_abstract_cast {
            UCtx {
                allow_abstract_cast: false,
                ..ctx
            }
        } else {
            return Ok(false);
        };
        if self.abstract_depth > 20 {
            return Ok(false);
        }
        let params = self.m.db.abstract_def(ab).params.clone();
        let list = if to {
            info.to.clone()
        } else {
            info.from.clone()
        };
        for at in list {
            let at = self.m.db.apply_params(&at, &params, tl);
            self.abstract_depth += 1;
            let r = if to {
                self.with_variance(ctx, eq, &at, t2)
            } else {
                self.with_variance(ctx, eq, t1, &at)
            };
            self.abstract_depth -= 1;
            match r {
                Ok(()) => return Ok(true),
                Err(UFail::Unify(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(false)
    }

    /// `type_eq` through abstracts' underlying types (haxe's `equality_underlying`).
    fn compare_underlying(&mut self, t1: &Type, t2: &Type) -> UResult {
        let u1 = self.underlying(t1)?;
        let u2 = self.underlying(t2)?;
        self.type_eq(EqKind::BothDynamic, &u1, &u2)
    }

    fn underlying(&mut self, t: &Type) -> Result<Type, UFail> {
        let mut t = self.m.db.resolve(t).clone();
        for _ in 0..20 {
            match &t {
                Type::Abstract(a, tl) => {
                    let info = self.abstract_info(*a)?;
                    if matches!(&info.this, Type::Abstract(b, _) if b == a) {
                        return Ok(t);
                    }
                    let params = self.m.db.abstract_def(*a).params.clone();
                    t = self.m.db.apply_params(&info.this, &params, tl);
                    t = self.m.db.resolve(&t).clone();
                }
                Type::Typedef(td, tl) => {
                    let (td, tl) = (*td, tl.clone());
                    t = self.typedef_type(td, &tl)?;
                }
                _ => return Ok(t),
            }
        }
        Ok(t)
    }

    /// haxe's `type_eq`.
    pub fn type_eq(&mut self, eq: EqKind, a: &Type, b: &Type) -> UResult {
        if a == b {
            return Ok(());
        }
        let cannot = || vec![UErr::CannotUnify(a.clone(), b.clone())];
        match (a, b) {
            (Type::Mono(m), _) => match self.m.db.mono_binding(*m).cloned() {
                None => self.link(*m, a, b, cannot()),
                Some(t) => self.type_eq(eq, &t, b),
            },
            (_, Type::Mono(m)) => match self.m.db.mono_binding(*m).cloned() {
                None => self.link(*m, b, a, cannot()),
                Some(t) => self.type_eq(eq, a, &t),
            },
            (Type::Dynamic(x), Type::Dynamic(y)) => match (x, y) {
                (Some(x), Some(y)) => self.type_eq(eq, x, y),
                (None, None) => Ok(()),
                _ => {
                    if eq != EqKind::Strict {
                        Ok(())
                    } else {
                        fail(cannot())
                    }
                }
            },
            (Type::Dynamic(None), _) if eq == EqKind::BothDynamic => Ok(()),
            (_, Type::Dynamic(None)) if eq != EqKind::Strict => Ok(()),
            (Type::Abstract(n1, t1), Type::Abstract(n2, t2))
                if self.is_null_abstract(*n1)
                    && self.is_null_abstract(*n2)
                    && t1.len() == 1
                    && t2.len() == 1 =>
            {
                self.type_eq(eq, &t1[0], &t2[0])
            }
            (Type::Abstract(n, t), _) if self.is_null_abstract(*n) && t.len() == 1 => {
                self.type_eq(eq, &t[0], b)
            }
            (_, Type::Abstract(n, t)) if self.is_null_abstract(*n) && t.len() == 1 => {
                self.type_eq(eq, a, &t[0])
            }
            (Type::Typedef(t1, l1), Type::Typedef(t2, l2)) if t1 == t2 && l1.len() == l2.len() => {
                self.type_eq_params(eq, a, b, l1, l2)
            }
            (Type::Typedef(td, tl), _) => {
                if self.unify_stack.iter().any(|(x, y)| x == a && y == b) {
                    return Ok(());
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((a.clone(), b.clone()));
                let r = self.type_eq(eq, &t, b);
                self.unify_stack.pop();
                wrap(r, cannot())
            }
            (_, Type::Typedef(td, tl)) => {
                if self.unify_stack.iter().any(|(x, y)| x == a && y == b) {
                    return Ok(());
                }
                let t = self.typedef_type(*td, tl)?;
                self.unify_stack.push((a.clone(), b.clone()));
                let r = self.type_eq(eq, a, &t);
                self.unify_stack.pop();
                wrap(r, cannot())
            }
            (Type::Enum(e1, l1), Type::Enum(e2, l2)) => {
                if e1 != e2 {
                    return fail(cannot());
                }
                self.type_eq_params(eq, a, b, l1, l2)
            }
            (Type::Inst(c1, l1), Type::Inst(c2, l2)) => {
                if c1 != c2 {
                    return fail(cannot());
                }
                self.type_eq_params(eq, a, b, l1, l2)
            }
            (Type::Fun(f1), Type::Fun(f2)) if f1.args.len() == f2.args.len() => {
                let mut i = 0;
                let r = (|| -> UResult {
                    self.type_eq(eq, &f1.ret, &f2.ret)?;
                    for (x, y) in f1.args.iter().zip(&f2.args) {
                        i += 1;
                        if x.opt != y.opt {
                            return fail(vec![UErr::NotMatchingOptional(x.name.clone())]);
                        }
                        self.type_eq(eq, &x.ty, &y.ty)?;
                    }
                    Ok(())
                })();
                let reason = if i == 0 {
                    UErr::InvalidReturnType
                } else {
                    UErr::InvalidFunctionArgument(i, f1.args.len())
                };
                wrap(r, vec![UErr::CannotUnify(a.clone(), b.clone()), reason])
            }
            (Type::Abstract(a1, l1), Type::Abstract(a2, l2)) if a1 == a2 => {
                self.type_eq_params(eq, a, b, l1, l2)
            }
            (Type::Anon(x), Type::Anon(y)) => {
                let (dx, dy) = (self.m.db.anon(*x).clone(), self.m.db.anon(*y).clone());
                let r = (|| -> UResult {
                    for (n, f1) in &dx.fields {
                        let Some(f2) = dy.fields.get(n) else {
                            return fail(vec![UErr::HasNoField(b.clone(), n.clone())]);
                        };
                        let r = self.type_eq(eq, &f1.ty, &f2.ty);
                        wrap(r, vec![UErr::InvalidFieldType(n.clone())])?;
                    }
                    for n in dy.fields.keys() {
                        if !dx.fields.contains_key(n) {
                            return fail(vec![UErr::HasNoField(a.clone(), n.clone())]);
                        }
                    }
                    Ok(())
                })();
                wrap(r, cannot())
            }
            _ => fail(cannot()),
        }
    }

    fn type_eq_params(
        &mut self,
        eq: EqKind,
        a: &Type,
        b: &Type,
        l1: &[Type],
        l2: &[Type],
    ) -> UResult {
        for (i, (x, y)) in l1.iter().zip(l2).enumerate() {
            let r = self.type_eq(eq, x, y);
            wrap(
                r,
                vec![
                    UErr::CannotUnify(a.clone(), b.clone()),
                    UErr::InvariantParameter(i + 1),
                ],
            )?;
        }
        Ok(())
    }

    fn unify_anons(&mut self, ctx: UCtx, a: &Type, a1: AnonId, a2: AnonId) -> UResult {
        let (d1, d2) = (self.m.db.anon(a1).clone(), self.m.db.anon(a2).clone());
        for (n, f2) in &d2.fields {
            match d1.fields.get(n) {
                Some(f1) => {
                    if f1.read_only && !f2.read_only && !f2.method {
                        return Err(UFail::Stop(Fail::Unsupported(
                            "a read-only structure field where a variable is expected".into(),
                        )));
                    }
                    let r = self.unify_field_access(ctx, &f1.ty, f1.method, f2);
                    wrap(r, vec![UErr::InvalidFieldType(n.clone())])?;
                }
                None => {
                    if d1.status == AnonStatus::Const && f2.optional {
                        continue;
                    }
                    return fail(vec![UErr::HasNoField(a.clone(), n.clone())]);
                }
            }
        }
        let same_statics = match (&d2.status, &d1.status) {
            (AnonStatus::Statics(x), AnonStatus::Statics(y)) => x == y,
            (AnonStatus::Statics(_), _) => false,
            (AnonStatus::EnumStatics(x), AnonStatus::EnumStatics(y)) => x == y,
            (AnonStatus::EnumStatics(_), _) => false,
            (AnonStatus::AbstractStatics(x), AnonStatus::AbstractStatics(y)) => x == y,
            (AnonStatus::AbstractStatics(_), _) => false,
            _ => true,
        };
        if !same_statics {
            return fail(Vec::new());
        }
        Ok(())
    }

    /// Structure fields are read-write variables unless declared as methods: compared with
    /// `type_eq` (both-dynamic), or by unification for read-only methods.
    fn unify_field_access(&mut self, ctx: UCtx, t1: &Type, _m1: bool, f2: &AnonField) -> UResult {
        let nested = UCtx {
            allow_abstract_cast: true,
            ..ctx
        };
        if f2.method || f2.read_only {
            return self.unify_c(nested, t1, &f2.ty);
        }
        self.with_variance(nested, EqKind::BothDynamic, t1, &f2.ty)
    }

    fn unify_class_anon(
        &mut self,
        ctx: UCtx,
        a: &Type,
        c: ClassId,
        tl: &Params,
        an: AnonId,
    ) -> UResult {
        let def = self.m.db.anon(an).clone();
        if def.fields.is_empty() && self.m.db.class(c).kind == ClassKind::TypeParameter {
            let ctl = self.constraints.get(&c).cloned().unwrap_or_default();
            let mut ok = false;
            for t in ctl {
                if matches!(self.follow(&t)?, Type::Inst(..) | Type::Anon(_)) {
                    ok = true;
                }
            }
            if !ok {
                return fail(vec![]);
            }
        }
        for (n, f2) in &def.fields {
            let Some((ft, fk, public, owner_params)) = self.raw_class_field(c, tl, n)? else {
                return fail(vec![UErr::HasNoField(a.clone(), n.clone())]);
            };
            let _ = owner_params;
            let k2 = if f2.method {
                FKind::Method(super::typer::MethKind::Normal)
            } else {
                FKind::Var {
                    read: VarAcc::Normal,
                    write: if f2.read_only {
                        VarAcc::No
                    } else {
                        VarAcc::Normal
                    },
                }
            };
            if !unify_kind(fk, k2) {
                return fail(vec![UErr::InvalidKind(n.clone(), fk, k2)]);
            }
            if !public {
                return fail(vec![UErr::InvalidVisibility(n.clone())]);
            }
            let nested = UCtx {
                allow_abstract_cast: true,
                ..ctx
            };
            let r = if f2.method
                || f2.read_only
                || matches!(
                    fk,
                    FKind::Var {
                        write: VarAcc::No | VarAcc::Never,
                        ..
                    }
                ) {
                self.unify_c(nested, &ft, &f2.ty)
            } else {
                self.with_variance(nested, EqKind::BothDynamic, &ft, &f2.ty)
            };
            wrap(r, vec![UErr::InvalidFieldType(n.clone())])?;
        }
        if matches!(
            def.status,
            AnonStatus::Statics(_) | AnonStatus::EnumStatics(_) | AnonStatus::AbstractStatics(_)
        ) {
            return fail(Vec::new());
        }
        Ok(())
    }

    /// An instance field looked up through the class hierarchy, with the class's parameters
    /// applied: type, kind, visibility.
    #[allow(clippy::type_complexity)]
    pub fn raw_class_field(
        &mut self,
        c: ClassId,
        tl: &[Type],
        name: &str,
    ) -> Result<Option<(Type, FKind, bool, Vec<TypeParam>)>, UFail> {
        let mut up = Ancestors::from(c, tl);
        while let Some(a) = up.next(self)? {
            let def = self.m.db.class(a.class).clone();
            if let Some(f) = a.info.field(name) {
                let ty = self.field_type(super::typer::FieldOwner::Class(a.class), f)?;
                let ty = self.m.db.apply_params(&ty, &def.params, &a.params);
                return Ok(Some((ty, f.kind, f.is_public, f.params.clone())));
            }
            if up.at_top() && def.interface {
                for (ic, applied) in interfaces_applied(self, a.class, &a.params) {
                    if let Some(r) = self.raw_class_field(ic, &applied, name)? {
                        return Ok(Some(r));
                    }
                }
            }
        }
        // A type parameter has the fields of its constraints.
        if self.m.db.class(c).kind == ClassKind::TypeParameter {
            for t in self.constraints.get(&c).cloned().unwrap_or_default() {
                match self.follow(&t)? {
                    Type::Anon(an) => {
                        let def = self.m.db.anon(an).clone();
                        if let Some(f) = def.fields.get(name) {
                            let kind = if f.method {
                                FKind::Method(super::typer::MethKind::Normal)
                            } else {
                                FKind::Var {
                                    read: VarAcc::Normal,
                                    write: VarAcc::Normal,
                                }
                            };
                            return Ok(Some((f.ty.clone(), kind, true, Vec::new())));
                        }
                    }
                    Type::Inst(cc, ctl) => {
                        if let Some(r) = self.raw_class_field(cc, &ctl, name)? {
                            return Ok(Some(r));
                        }
                    }
                    _ => {}
                }
            }
        }
        Ok(None)
    }

    // ----- abstracts -----

    #[allow(clippy::too_many_arguments)]
    fn unify_abstracts(
        &mut self,
        ctx: UCtx,
        a: &Type,
        b: &Type,
        a1: AbstractId,
        tl1: &Params,
        a2: AbstractId,
        tl2: &Params,
    ) -> UResult {
        let i1 = self.abstract_info(a1)?;
        let i2 = self.abstract_info(a2)?;
        let params1 = self.m.db.abstract_def(a1).params.clone();
        let params2 = self.m.db.abstract_def(a2).params.clone();
        let ok = self.unifies_with_abstract(ctx, |t, ctx| {
            for to in &i1.to {
                if t.unifies_direct(ctx, a, b, &i1.meta, &params1, tl1, to, true)? {
                    return Ok(true);
                }
            }
            for from in &i2.from {
                if t.unifies_direct(ctx, a, b, &i2.meta, &params2, tl2, from, false)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })?;
        if ok {
            Ok(())
        } else {
            fail(vec![UErr::CannotUnify(a.clone(), b.clone())])
        }
    }

    fn unify_from(
        &mut self,
        ctx: UCtx,
        a: &Type,
        b: &Type,
        ab: AbstractId,
        tl: &Params,
    ) -> UResult {
        let info = self.abstract_info(ab)?;
        let params = self.m.db.abstract_def(ab).params.clone();
        let ok = self.unifies_with_abstract(ctx, |t, ctx| {
            for from in &info.from {
                if t.unifies_direct(ctx, a, b, &info.meta, &params, tl, from, false)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })?;
        if ok {
            Ok(())
        } else {
            fail(vec![UErr::CannotUnify(a.clone(), b.clone())])
        }
    }

    fn unify_to(&mut self, ctx: UCtx, a: &Type, b: &Type, ab: AbstractId, tl: &Params) -> UResult {
        let info = self.abstract_info(ab)?;
        let params = self.m.db.abstract_def(ab).params.clone();
        let ok = self.unifies_with_abstract(ctx, |t, ctx| {
            for to in &info.to {
                if t.unifies_direct(ctx, a, b, &info.meta, &params, tl, to, true)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })?;
        if ok {
            Ok(())
        } else {
            fail(vec![UErr::CannotUnify(a.clone(), b.clone())])
        }
    }

    fn unifies_with_abstract(
        &mut self,
        ctx: UCtx,
        f: impl Fn(&mut Self, UCtx) -> Result<bool, UFail>,
    ) -> Result<bool, UFail> {
        if ctx.allow_transitive_cast
            && f(
                self,
                UCtx {
                    allow_transitive_cast: false,
                    ..ctx
                },
            )?
        {
            return Ok(true);
        }
        f(self, ctx)
    }

    /// One `from`/`to` type of an abstract: `to` checks `t` against `b`, `from` checks `a`
    /// against `t`.
    #[allow(clippy::too_many_arguments)]
    fn unifies_direct(
        &mut self,
        ctx: UCtx,
        a: &Type,
        b: &Type,
        meta: &[String],
        params: &[TypeParam],
        tl: &[Type],
        t: &Type,
        to: bool,
    ) -> Result<bool, UFail> {
        if self.abstract_depth > 20 {
            return Ok(false);
        }
        let t = self.m.db.apply_params(t, params, tl);
        let core = meta.iter().any(|m| m == ":coreType" || m == ":transitive");
        let ctx = if core {
            ctx
        } else if ctx.allow_abstract_cast {
            UCtx {
                allow_abstract_cast: false,
                ..ctx
            }
        } else {
            return Ok(false);
        };
        self.abstract_depth += 1;
        let r = if ctx.allow_transitive_cast {
            if to {
                self.unify_c(ctx, &t, b)
            } else {
                self.unify_c(ctx, a, &t)
            }
        } else {
            let eq = if to {
                EqKind::Strict
            } else {
                EqKind::RightDynamic
            };
            if to {
                self.type_eq(eq, &t, b)
            } else {
                self.type_eq(eq, a, &t)
            }
        };
        self.abstract_depth -= 1;
        match r {
            Ok(()) => Ok(true),
            Err(UFail::Unify(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    // ----- messages -----

    /// haxe's `error_msg (Unify l)` (`BetterErrors.better_error_message`).
    pub fn unify_message(&self, l: &[UErr]) -> String {
        // Collapse consecutive CannotUnify, keeping the first.
        let mut v: Vec<&UErr> = Vec::new();
        for e in l {
            if let (Some(UErr::CannotUnify(..)), UErr::CannotUnify(..)) = (v.last(), e) {
                continue;
            }
            v.push(e);
        }
        // Build the access chain.
        struct Acc {
            kind: AccKind,
            actual: Option<Type>,
            expected: Option<Type>,
            messages: Vec<UErr>,
        }
        #[derive(Clone)]
        enum AccKind {
            Field(String),
            FunArg(usize, usize),
            FunRet,
            TypeParam(usize),
            Root,
        }
        let mut chain = vec![Acc {
            kind: AccKind::Root,
            actual: None,
            expected: None,
            messages: Vec::new(),
        }];
        for e in v {
            let cur = chain.len() - 1;
            let new = match e {
                UErr::CannotUnify(t1, t2) => {
                    chain[cur].actual = Some(t1.clone());
                    chain[cur].expected = Some(t2.clone());
                    chain[cur].messages.insert(0, e.clone());
                    None
                }
                UErr::InvalidFieldType(s) => Some(AccKind::Field(s.clone())),
                UErr::InvalidFunctionArgument(i, n) => Some(AccKind::FunArg(*i, *n)),
                UErr::InvalidReturnType => Some(AccKind::FunRet),
                UErr::InvariantParameter(i) => Some(AccKind::TypeParam(*i)),
                _ => {
                    chain[cur].messages.insert(0, e.clone());
                    None
                }
            };
            if let Some(kind) = new {
                chain.push(Acc {
                    kind,
                    actual: None,
                    expected: None,
                    messages: Vec::new(),
                });
            }
        }
        let mut pctx = Vec::new();
        if chain.len() == 1 {
            let msgs: Vec<String> = chain[0]
                .messages
                .iter()
                .rev()
                .map(|e| self.unify_error_msg(&mut pctx, e))
                .collect();
            return msgs.join("\n");
        }
        // Walk from the deepest access outwards.
        let last = chain.len() - 1;
        let mut message = String::new();
        if let Some(e) = chain[last].messages.first() {
            message = self.unify_error_msg(&mut pctx, e);
        }
        let dyn_t = Type::Dynamic(None);
        let short = |t: &Option<Type>, pctx: &mut Vec<MonoId>| -> String {
            better_s_type(self.db(), t.as_ref().unwrap_or(&dyn_t), pctx)
        };
        let mut s1 = short(&chain[last].actual, &mut pctx);
        let mut s2 = short(&chain[last].expected, &mut pctx);
        for i in (1..=last).rev() {
            let fill = |s: &str, at: usize, n: usize| -> String {
                (1..=n)
                    .map(|k| {
                        if k == at {
                            s.to_string()
                        } else {
                            "...".to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (n1, n2) = match &chain[i].kind {
                AccKind::Field(f) => (
                    format!("{{ {}: {} }}", f, s1),
                    format!("{{ {}: {} }}", f, s2),
                ),
                AccKind::FunArg(at, n) => (
                    format!("({}) -> ...", fill(&s2, *at, *n)),
                    format!("({}) -> ...", fill(&s1, *at, *n)),
                ),
                AccKind::FunRet => (format!("(...) -> {}", s1), format!("(...) -> {}", s2)),
                AccKind::TypeParam(at) => {
                    let prev = &chain[i - 1];
                    let path_params = |t: &Option<Type>| -> (String, usize) {
                        match t {
                            Some(Type::Inst(c, tl)) => {
                                (self.db().class(*c).path.dotted(), tl.len())
                            }
                            Some(Type::Enum(c, tl)) => {
                                (self.db().enum_def(*c).path.dotted(), tl.len())
                            }
                            Some(Type::Abstract(c, tl)) => {
                                (self.db().abstract_def(*c).path.dotted(), tl.len())
                            }
                            Some(Type::Typedef(c, tl)) => {
                                (self.db().typedef(*c).path.dotted(), tl.len())
                            }
                            _ => ("?".to_string(), 0),
                        }
                    };
                    let (p1, l1) = path_params(&prev.actual);
                    let (p2, l2) = path_params(&prev.expected);
                    (
                        format!("{}<{}>", p1, fill(&s1, *at, l1)),
                        format!("{}<{}>", p2, fill(&s2, *at, l2)),
                    )
                }
                AccKind::Root => (s1.clone(), s2.clone()),
            };
            s1 = n1;
            s2 = n2;
        }
        format!("error: {}\nhave: {}\nwant: {}", message, s1, s2)
    }

    fn unify_error_msg(&self, pctx: &mut Vec<MonoId>, e: &UErr) -> String {
        let st = |t: &Type, pctx: &mut Vec<MonoId>| super::print::s_type_ctx(self.db(), t, pctx);
        match e {
            UErr::CannotUnify(a, b) => {
                let sa = st(a, pctx);
                let sb = st(b, pctx);
                format!("{} should be {}", sa, sb)
            }
            UErr::InvalidFieldType(s) => format!("Invalid type for field {} :", s),
            UErr::HasNoField(t, n) => {
                let s = st(t, pctx);
                let s = if s.chars().count() > 150 {
                    format!("{}...", s.chars().take(147).collect::<String>())
                } else {
                    s
                };
                format!("{} has no field {}", s, n)
            }
            UErr::HasExtraField(t, n) => format!("{} has extra field {}", st(t, pctx), n),
            UErr::InvalidKind(f, a, b) => invalid_kind_msg(f, *a, *b),
            UErr::InvalidVisibility(n) => format!("The field {} is not public", n),
            UErr::NotMatchingOptional(n) => {
                format!("Optional attribute of parameter {} differs", n)
            }
            UErr::CantForceOptional => "Optional parameters can't be forced".into(),
            UErr::InvariantParameter(_) => "Type parameters are invariant".into(),
            UErr::FinalInvariance => "Cannot unify final and non-final fields".into(),
            UErr::InvalidFunctionArgument(i, _) => format!("Cannot unify argument {}", i),
            UErr::InvalidReturnType => "Cannot unify return types".into(),
            UErr::Custom(s) => s.clone(),
            UErr::ConstraintFailure(name) => format!("Constraint check failure for {}", name),
        }
    }

    /// Several types printed with one monomorph numbering.
    pub fn s_types(&self, ts: &[&Type]) -> Vec<String> {
        s_types(self.db(), ts)
    }
}

pub(crate) fn unify_kind(k1: FKind, k2: FKind) -> bool {
    use super::typer::MethKind;
    if k1 == k2 {
        return true;
    }
    match (k1, k2) {
        (
            FKind::Var {
                read: r1,
                write: w1,
            },
            FKind::Var {
                read: r2,
                write: w2,
            },
        ) => unify_access(r1, r2) && unify_access(w1, w2),
        (FKind::Method(m1), FKind::Method(m2)) => matches!(
            (m1, m2),
            (MethKind::Inline, MethKind::Normal) | (MethKind::Dynamic, MethKind::Normal)
        ),
        (FKind::Method(m), FKind::Var { read, write }) => {
            unify_access(VarAcc::Normal, read)
                && match (m, write) {
                    (MethKind::Dynamic, w) => unify_access(VarAcc::Normal, w),
                    (_, VarAcc::No | VarAcc::Never) => true,
                    _ => false,
                }
        }
        (FKind::Var { .. }, FKind::Method(_)) => false,
    }
}

fn unify_access(a1: VarAcc, a2: VarAcc) -> bool {
    a1 == a2
        || matches!(
            (a1, a2),
            (VarAcc::Normal, VarAcc::No) | (VarAcc::No, VarAcc::Never)
        )
        || (matches!(a1, VarAcc::Normal | VarAcc::Call) && a2 == VarAcc::No)
        || (matches!(a1, VarAcc::Normal | VarAcc::Inline) && a2 == VarAcc::Never)
}

fn s_access(read: bool, a: VarAcc) -> &'static str {
    match a {
        VarAcc::Normal => "default",
        VarAcc::No => "null",
        VarAcc::Never => "never",
        VarAcc::Call => {
            if read {
                "get"
            } else {
                "set"
            }
        }
        VarAcc::Ctor => "ctor",
        VarAcc::Inline => "inline",
    }
}

pub(crate) fn s_kind(k: FKind) -> String {
    match k {
        FKind::Var { read, write } => {
            if read == VarAcc::Normal && write == VarAcc::Normal {
                "var".into()
            } else {
                format!("({},{})", s_access(true, read), s_access(false, write))
            }
        }
        FKind::Method(m) => match m {
            super::typer::MethKind::Normal => "method".into(),
            super::typer::MethKind::Inline => "inline method".into(),
            super::typer::MethKind::Dynamic => "dynamic method".into(),
        },
    }
}

fn invalid_kind_msg(f: &str, a: FKind, b: FKind) -> String {
    match (a, b) {
        (
            FKind::Var {
                read: r1,
                write: w1,
            },
            FKind::Var {
                read: r2,
                write: w2,
            },
        ) => {
            let (name, sa, sb) = if r1 == r2 {
                (
                    "setter",
                    s_access(false, w1).to_string(),
                    s_access(false, w2).to_string(),
                )
            } else if w1 == w2 {
                (
                    "getter",
                    s_access(true, r1).to_string(),
                    s_access(true, r2).to_string(),
                )
            } else {
                (
                    "access",
                    format!("({},{})", s_access(true, r1), s_access(false, w1)),
                    format!("({},{})", s_access(true, r2), s_access(false, w2)),
                )
            };
            format!(
                "Inconsistent {} for field {} : {} should be {}",
                name, f, sa, sb
            )
        }
        _ => format!("Field {} is {} but should be {}", f, s_kind(a), s_kind(b)),
    }
}

/// The non-recursive printing of `BetterErrors.s_type`: parameters and arguments elided.
fn better_s_type(db: &TypeDb, t: &Type, pctx: &mut Vec<MonoId>) -> String {
    let params = |tl: &[Type]| -> String {
        if tl.is_empty() {
            String::new()
        } else {
            format!("<{}>", vec!["..."; tl.len()].join(", "))
        }
    };
    match t {
        Type::Mono(m) => match db.mono_binding(*m) {
            Some(b) => better_s_type(db, &b.clone(), pctx),
            None => {
                let n = match pctx.iter().position(|x| x == m) {
                    Some(i) => i,
                    None => {
                        pctx.push(*m);
                        pctx.len() - 1
                    }
                };
                format!("Unknown<{}>", n)
            }
        },
        Type::Enum(e, tl) => format!("{}{}", db.enum_def(*e).path.dotted(), params(tl)),
        Type::Inst(c, tl) => format!("{}{}", db.class(*c).path.dotted(), params(tl)),
        Type::Typedef(td, tl) => format!("{}{}", db.typedef(*td).path.dotted(), params(tl)),
        Type::Abstract(a, tl) => format!("{}{}", db.abstract_def(*a).path.dotted(), params(tl)),
        Type::Fun(f) => {
            if f.args.is_empty() {
                return "() -> ...".into();
            }
            let args = if f.args.len() == 1 && f.args[0].name.is_empty() {
                "...".to_string()
            } else {
                format!(
                    "({})",
                    f.args
                        .iter()
                        .map(|a| format!("{}...", if a.opt { "?" } else { "" }))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            format!("{} -> ...", args)
        }
        Type::Anon(a) => {
            let def = db.anon(*a);
            match &def.status {
                AnonStatus::Statics(c) => format!("{{ Statics {} }}", db.class(*c).path.dotted()),
                AnonStatus::EnumStatics(e) => {
                    format!("{{ EnumStatics {} }}", db.enum_def(*e).path.dotted())
                }
                AnonStatus::AbstractStatics(x) => {
                    format!(
                        "{{ AbstractStatics {} }}",
                        db.abstract_def(*x).path.dotted()
                    )
                }
                _ => {
                    // PMap.fold visits in increasing order, prepending: decreasing order.
                    let mut names: Vec<String> = def
                        .fields
                        .iter()
                        .map(|(n, f)| format!("{}{}", if f.optional { " ?" } else { " " }, n))
                        .collect();
                    names.reverse();
                    format!("{{{} }}", names.join(","))
                }
            }
        }
        Type::Dynamic(None) => "Dynamic".into(),
        Type::Dynamic(Some(_)) => "Dynamic<...>".into(),
    }
}
