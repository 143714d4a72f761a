//! The typer's half of signature help (`--display FILE@POS@signature`): when typing reaches
//! the call chosen for the query, the candidate functions of its callee are collected as
//! haxe's `handle_signature_display` (`typerDisplay.ml`) collects them, kept or dropped by
//! trying the call's arguments against each, and typing stops. Printing belongs to
//! `display::signature`.

use super::expr::{FnCtx, DISPLAY_STOP};
use super::modules::{ModuleId, ModuleType};
use super::typer::*;
use super::types::*;
use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::source::Span;

/// The call a signature query is about: its span (the whole `f(...)` or `new T(...)`) and
/// the argument the cursor is in (haxe's `display_arg`, 0 when the cursor is in none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignatureRequest {
    pub span: Span,
    pub display_arg: usize,
}

/// One candidate signature: a function type and its documentation.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub ty: FunType,
    pub doc: Option<String>,
    /// The last argument is a rest argument (`haxe.Rest<T>`).
    pub rest_last: bool,
}

impl Typer<'_> {
    /// Whether `span` is the call of the pending signature query.
    pub(crate) fn is_signature_call(&self, module: ModuleId, span: Span) -> bool {
        self.signature_module == Some(module)
            && self.signature_request.is_some_and(|r| r.span == span)
    }

    /// The candidates of a call `callee(args)`, recorded for the display query; typing
    /// then stops.
    pub(crate) fn signature_of_call(
        &mut self,
        cx: &mut FnCtx,
        callee: &Expr,
        args: &[Expr],
    ) -> TResult<Type> {
        let list = match &callee.kind {
            // haxe shows the signature of the function being bound.
            ExprKind::Field(obj, name)
                if name.name == "bind"
                    && !matches!(&obj.kind, ExprKind::Const(Constant::Ident(n))
                        if matches!(n.as_str(), "trace" | "super" | "$type")) =>
            {
                let list = self.callee_candidates(cx, obj)?;
                match list.first() {
                    Some((t, _)) if matches!(self.follow(t)?, Type::Fun(_)) => list,
                    _ => return unsupported("signature of bind on something else than a function"),
                }
            }
            _ => self.callee_candidates(cx, callee)?,
        };
        self.finish_signature(cx, list, args)
    }

    /// What calling `callee` may mean: each candidate's type and documentation.
    fn callee_candidates(
        &mut self,
        cx: &mut FnCtx,
        callee: &Expr,
    ) -> TResult<Vec<(Type, Option<String>)>> {
        Ok(match &callee.kind {
            ExprKind::Const(Constant::Ident(n)) if n == "trace" && cx.local("trace").is_none() => {
                self.trace_candidate()?
            }
            ExprKind::Const(Constant::Ident(n)) if n == "super" => {
                // The superclass's constructor (inherited when it has none).
                let sup = cx
                    .class
                    .and_then(|c| self.m.db.class(c).super_class.clone());
                let Some((sc, stl)) = sup.filter(|_| cx.in_ctor && cx.in_local_fun == 0) else {
                    return unsupported("signature of super(...) outside a constructor");
                };
                let Some((ft, f)) = self.constructor_of(sc, &stl)? else {
                    return unsupported("signature of super(...) without a constructor");
                };
                let doc = self.own_constructor_doc(sc, f.doc)?;
                self.with_constructor_overloads(sc, &stl, ft, doc)?
            }
            ExprKind::Const(Constant::Ident(n)) if n == "$type" => {
                return unsupported("signature of $type(...)");
            }
            ExprKind::Field(obj, name) => {
                let a = self.field_access(cx, obj, name, callee.span, true)?;
                self.access_candidates(a)?
            }
            ExprKind::Const(Constant::Ident(n))
                if !matches!(n.as_str(), "true" | "false" | "null" | "this")
                    && cx.local(n).is_none() =>
            {
                let a = self.ident(cx, n, callee.span)?;
                self.access_candidates(a)?
            }
            _ => {
                let t = self.expr(cx, callee, &super::expr::With::Value)?;
                vec![(t, None)]
            }
        })
    }

    /// The candidates of `new T(args)` where `t` is the constructed type.
    pub(crate) fn signature_of_new(
        &mut self,
        cx: &mut FnCtx,
        t: &Type,
        args: &[Expr],
    ) -> TResult<Type> {
        let Type::Inst(c, tl) = self.follow(t)? else {
            return unsupported("signature of new on this type");
        };
        if self.m.db.class(c).kind != ClassKind::Normal {
            return unsupported("signature of new on this kind of class");
        }
        let Some((ft, f)) = self.constructor_of(c, &tl)? else {
            return unsupported("signature of new on a class without constructor");
        };
        if !f.is_public && cx.class != Some(c) {
            return unsupported("signature of a private constructor");
        }
        let doc = self.own_constructor_doc(c, f.doc)?;
        let list = self.with_constructor_overloads(c, &tl, ft, doc)?;
        self.finish_signature(cx, list, args)
    }

    /// A constructor's type, then its `@:overload` signatures in their order (haxe lists a
    /// constructor's `cf_overloads` as they are, a method's reversed), each with the
    /// constructor's documentation.
    fn with_constructor_overloads(
        &mut self,
        c: ClassId,
        tl: &[Type],
        ft: Type,
        doc: Option<String>,
    ) -> TResult<Vec<(Type, Option<String>)>> {
        let mut out = vec![(ft, doc.clone())];
        if let Some(others) = self.constructor_overloads(c, tl)? {
            out.extend(others.into_iter().map(|t| (t, doc.clone())));
        }
        Ok(out)
    }

    /// A constructor's documentation shows for the class that declares it, and through
    /// extern classes that inherit it; a class that is not extern gets a copy of an inherited
    /// constructor without documentation (haxe's `add_constructor`).
    fn own_constructor_doc(&mut self, c: ClassId, doc: Option<String>) -> TResult<Option<String>> {
        let mut at = Some(c);
        while let Some(k) = at {
            if self.class_info(k)?.ctor.is_some() {
                return Ok(doc);
            }
            let def = self.m.db.class(k);
            if !def.external {
                return Ok(None);
            }
            at = def.super_class.as_ref().map(|(sc, _)| *sc);
        }
        Ok(None)
    }

    /// The signature of an array access `a[i]` with the cursor in the index, as haxe's
    /// `handle_signature_display` gives it: one taking the index for an array; for an
    /// abstract, each of its `@:arrayAccess` functions without the abstract's value (those
    /// returning `Void` only where no value is wanted); for anything else, none (on which
    /// haxe 4.2.5 crashes).
    pub(crate) fn signature_of_array(
        &mut self,
        cx: &mut FnCtx,
        a: &Expr,
        with: &super::expr::With,
    ) -> TResult<Type> {
        self.no_errors_before_signature()?;
        let ta = self.expr(cx, a, &super::expr::With::Value)?;
        let array = self.std_ids()?.array;
        let list = match self.follow(&ta)? {
            Type::Inst(c, tl) if c == array && tl.len() == 1 => {
                let int = self.t_int()?;
                vec![Candidate {
                    ty: FunType {
                        args: vec![FunArg {
                            name: "index".into(),
                            opt: false,
                            ty: int,
                        }],
                        ret: tl[0].clone(),
                    },
                    doc: Some("The array index".into()),
                    rest_last: false,
                }]
            }
            Type::Abstract(ab, tl) => self.array_access_candidates(ab, &tl, with)?,
            _ => Vec::new(),
        };
        // An empty list where haxe 4.2.5 crashes (`Fatal error: exception Failure("nth")`):
        // a listed known difference.
        self.signature_result = Some(list);
        unsupported(DISPLAY_STOP)
    }

    /// An abstract's `@:arrayAccess` functions (and `@:op([])` ones), in declaration order,
    /// with the abstract's parameters applied.
    fn array_access_candidates(
        &mut self,
        ab: AbstractId,
        tl: &[Type],
        with: &super::expr::With,
    ) -> TResult<Vec<Candidate>> {
        let info = self.abstract_info(ab)?;
        let params = self.m.db.abstract_def(ab).params.clone();
        let mut out = Vec::new();
        for f in info.impl_info.statics.clone() {
            if !f.meta.iter().any(|m| m == ":arrayAccess") {
                continue;
            }
            if f.is_static {
                return unsupported("signature of a static @:arrayAccess function");
            }
            let t = self.field_type(FieldOwner::AbstractImpl(ab), &f)?;
            let t = self.m.db.apply_params(&t, &params, tl);
            let Type::Fun(fun) = self.follow(&t)? else {
                continue;
            };
            if self.is_void(&fun.ret)? && !matches!(with, super::expr::With::NoValue) {
                continue;
            }
            let rest_last = match fun.args.last() {
                Some(a) => self.is_rest(&a.ty)?,
                None => false,
            };
            out.push(Candidate {
                ty: (*fun).clone(),
                doc: f.doc.clone(),
                rest_last,
            });
        }
        Ok(out)
    }

    /// haxe reports a type error in a display query and goes on as a check does, except
    /// where its display modes raise nothing (a call whose one candidate does not fit is
    /// typed anyway): after an error that hxs raised and caught, dropping what failed, what
    /// names mean later may differ, so the signature is declined. Other errors were reported
    /// with typing unchanged, as haxe reports them.
    fn no_errors_before_signature(&self) -> TResult<()> {
        if self.caught_raise {
            return unsupported("a signature after a type error");
        }
        Ok(())
    }

    /// `trace` is `haxe.Log.trace` in a call.
    fn trace_candidate(&mut self) -> TResult<Vec<(Type, Option<String>)>> {
        let path = crate::project::classpath::ModulePath {
            pack: vec!["haxe".to_string()],
            name: "Log".to_string(),
        };
        let mid = self
            .m
            .load(&path)
            .map_err(|e| Fail::Unsupported(format!("haxe.Log: {}", e.message())))?;
        let Some(ModuleType::Class(c)) = self.m.find_type_in_module(mid, "Log") else {
            return unsupported("haxe.Log is not a class");
        };
        let info = self.class_info(c)?;
        let Some(f) = info.static_field("trace").cloned() else {
            return unsupported("haxe.Log.trace missing");
        };
        let t = self.field_type(FieldOwner::Class(c), &f)?;
        Ok(vec![(t, f.doc.clone())])
    }

    /// What a callee resolved to gives: its type, the field's documentation, and the
    /// field's `@:overload` signatures (in haxe's order: the field, then the overloads
    /// from the last one up).
    fn access_candidates(
        &mut self,
        a: super::expr::Access,
    ) -> TResult<Vec<(Type, Option<String>)>> {
        use super::expr::Access;
        match a {
            Access::Local { ty, .. } => Ok(vec![(ty, None)]),
            Access::Field {
                ty,
                owner,
                is_static,
                name,
                kind,
                ..
            } => {
                let doc = match kind {
                    // A property read through its getter is a call of the getter, not the
                    // field: haxe shows no documentation then.
                    FKind::Var {
                        read: VarAcc::Call, ..
                    } => None,
                    FKind::Var {
                        read: VarAcc::Inline,
                        ..
                    } => return unsupported("signature of an inline variable"),
                    _ => self.field_doc(owner, is_static, &name)?,
                };
                let mut out = vec![(ty, doc.clone())];
                if let Some((f, others)) = self.meta_overloads(owner, is_static, &name)? {
                    if !f.meta.iter().any(|m| m == ":overload") {
                        return unsupported("signature of overload functions");
                    }
                    for t in others.into_iter().rev() {
                        out.push((t, doc.clone()));
                    }
                }
                Ok(out)
            }
            // haxe shows no documentation for an enum constructor.
            Access::EnumCtor(ty, ..) => Ok(vec![(ty, None)]),
            Access::Value(_) => unsupported("signature of a static extension or this callee"),
            Access::TypeExpr(_) => unsupported("signature of a type called as a function"),
        }
    }

    /// The documentation of the field `name` declared by `owner`.
    fn field_doc(
        &mut self,
        owner: FieldOwner,
        is_static: bool,
        name: &str,
    ) -> TResult<Option<String>> {
        let f = match owner {
            FieldOwner::Class(c) if c.0 as usize >= self.m.db.classes.len() => {
                return unsupported("signature of a structure's field");
            }
            FieldOwner::Class(c) => {
                let info = self.class_info(c)?;
                if is_static {
                    info.static_field(name).cloned()
                } else {
                    info.field(name).cloned()
                }
            }
            FieldOwner::AbstractImpl(a) => {
                let info = self.abstract_info(a)?;
                info.impl_info
                    .statics
                    .iter()
                    .find(|f| f.name == name)
                    .cloned()
            }
        };
        match f {
            Some(f) => Ok(f.doc),
            None => unsupported("signature of an inherited or unknown field"),
        }
    }

    /// haxe's `handle_call`: each candidate is kept when the arguments fit it or are only
    /// too few; when none is kept, all are shown. Trying binds monomorphs, as in haxe.
    fn finish_signature(
        &mut self,
        cx: &mut FnCtx,
        list: Vec<(Type, Option<String>)>,
        args: &[Expr],
    ) -> TResult<Type> {
        let mut funs = Vec::new();
        for (t, doc) in list {
            match self.follow(&t)? {
                Type::Fun(f) => funs.push((f, doc)),
                Type::Abstract(..) => {
                    return unsupported("signature of an abstract value (@:callable)");
                }
                _ => return unsupported("signature of a value that is not a function"),
            }
        }
        let single_plain =
            funs.len() == 1 && !self.has_unbound_mono(&Type::Fun(funs[0].0.clone()), 0);
        let chosen: Vec<usize> = if single_plain || args.is_empty() {
            // Without arguments every candidate is kept: none can fail but for too few.
            (0..funs.len()).rev().collect()
        } else {
            let mut kept = Vec::new();
            for (i, (f, _)) in funs.iter().enumerate() {
                let r = self.call_args(cx, args, &f.args, Span::new(0, 0));
                match r {
                    Ok(()) => kept.push(i),
                    Err(Fail::Error(d)) if d.message.starts_with("Not enough arguments") => {
                        kept.push(i)
                    }
                    Err(Fail::Error(_)) => {}
                    Err(f) => return Err(f),
                }
                if self.fatal.is_some() {
                    return unsupported("a fatal error while trying a signature");
                }
            }
            if kept.is_empty() {
                (0..funs.len()).collect()
            } else {
                kept.into_iter().rev().collect()
            }
        };
        let mut out = Vec::new();
        for i in chosen {
            let ty = (*funs[i].0).clone();
            let rest_last = match ty.args.last() {
                Some(a) => self.is_rest(&a.ty)?,
                None => false,
            };
            out.push(Candidate {
                ty,
                doc: funs[i].1.clone(),
                rest_last,
            });
        }
        if out.is_empty() {
            return unsupported("a call without signatures");
        }
        if self.caught_raise {
            // haxe types past an error (a failed call gives Dynamic) where hxs dropped the
            // statement: the same signature, unless monomorphs the two may have bound
            // differently show in it.
            for c in &out {
                let printed = crate::sema::print::s_type(
                    &self.m.db,
                    &Type::Fun(std::sync::Arc::new(c.ty.clone())),
                );
                if printed.contains("Unknown<") {
                    return unsupported("a signature after a type error");
                }
            }
        }
        self.signature_result = Some(out);
        unsupported(DISPLAY_STOP)
    }
}

impl Typer<'_> {
    /// Types the field of module `m` holding the call of `request` up to that call, and
    /// returns the candidate signatures found there (`None` when typing did not reach it).
    pub fn type_at_signature(
        &mut self,
        m: ModuleId,
        request: SignatureRequest,
    ) -> Result<Option<Vec<Candidate>>, String> {
        self.signature_request = Some(request);
        self.signature_module = Some(m);
        let types = self.m.module(m).types.clone();
        let at = request.span.lo;
        for dt in types {
            let ModuleType::Class(c) = dt.ty else {
                continue;
            };
            let info = match self.class_info(c) {
                Ok(i) => i,
                Err(Fail::Unsupported(why)) => return Err(why),
                Err(Fail::Error(_)) => return Ok(None),
            };
            let field = info
                .ctor
                .iter()
                .chain(info.fields.iter())
                .chain(info.statics.iter())
                .find(|f| f.span.lo <= at && request.span.hi <= f.span.hi)
                .cloned();
            if let Some(f) = field {
                let r = self.type_field_decl(FieldOwner::Class(c), &f);
                if let Some(list) = self.signature_result.take() {
                    return Ok(Some(list));
                }
                return match r {
                    Err(Fail::Unsupported(why)) => Err(why),
                    _ => Ok(None),
                };
            }
        }
        Ok(None)
    }
}
