//! `for` loops after haxe 4.2.5's `forLoop.ml`: ranges, arrays, anything with an
//! `iterator()` or with `hasNext`/`next`, key-value loops through `keyValueIterator()`;
//! array and map comprehensions, typed as haxe types their desugaring (`a.push(x)`,
//! `m.set(k, v)`); and map literals (`["a" => 1]`).

use super::expr::{FnCtx, Local, With};
use super::typer::*;
use super::types::*;
use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::source::Span;
use crate::syntax::token::Binop;
use std::sync::Arc;

/// Where the values of a loop body go.
enum Body<'a> {
    Statement,
    /// An array comprehension: each value is pushed to an array of this element type.
    Array(&'a Type),
    /// A map comprehension: each `k => v` is set in a map of these key and value types.
    Map(&'a Type, &'a Type),
}

impl Typer<'_> {
    pub(crate) fn for_loop(&mut self, cx: &mut FnCtx, head: &Expr, body: &Expr) -> TResult<Type> {
        self.for_with(cx, head, body, &Body::Statement)?;
        self.t_void()
    }

    fn for_with(&mut self, cx: &mut FnCtx, head: &Expr, body: &Expr, mode: &Body) -> TResult<()> {
        // `k => v in e` parses as `k => (v in e)`.
        if let ExprKind::Binop(Binop::Arrow, k, rhs) = &head.kind {
            if let ExprKind::Binop(Binop::In, v, iterable) = &rhs.kind {
                let (ExprKind::Const(Constant::Ident(kn)), ExprKind::Const(Constant::Ident(vn))) =
                    (&k.kind, &v.kind)
                else {
                    return unsupported("this key-value loop");
                };
                let (kt, vt) = self.key_value_iterated(cx, iterable)?;
                return self.loop_with_vars(
                    cx,
                    vec![
                        (kn.to_string(), kt, Some(k.span)),
                        (vn.to_string(), vt, Some(v.span)),
                    ],
                    body,
                    mode,
                );
            }
        }
        let ExprKind::Binop(Binop::In, var, iterable) = &head.kind else {
            return unsupported("this for loop form");
        };
        let mut vars: Vec<(String, Type, Option<Span>)> = Vec::new();
        match &var.kind {
            ExprKind::Const(Constant::Ident(n)) => {
                let elem = self.iterated(cx, iterable)?;
                vars.push((n.to_string(), elem, Some(var.span)));
            }
            ExprKind::Binop(Binop::Arrow, k, v) => {
                let (ExprKind::Const(Constant::Ident(kn)), ExprKind::Const(Constant::Ident(vn))) =
                    (&k.kind, &v.kind)
                else {
                    return unsupported("this key-value loop");
                };
                let (kt, vt) = self.key_value_iterated(cx, iterable)?;
                vars.push((kn.to_string(), kt, Some(k.span)));
                vars.push((vn.to_string(), vt, Some(v.span)));
            }
            _ => return unsupported("this for loop variable"),
        }
        self.loop_with_vars(cx, vars, body, mode)
    }

    fn loop_with_vars(
        &mut self,
        cx: &mut FnCtx,
        vars: Vec<(String, Type, Option<Span>)>,
        body: &Expr,
        mode: &Body,
    ) -> TResult<()> {
        let n = cx.locals.len();
        for (name, ty, decl) in vars {
            cx.locals.push(Local {
                name,
                ty,
                is_final: false,
                uninit: false,
                decl,
            });
        }
        cx.loops += 1;
        let r = self.loop_body(cx, body, mode);
        cx.loops -= 1;
        cx.locals.truncate(n);
        r
    }

    fn loop_body(&mut self, cx: &mut FnCtx, body: &Expr, mode: &Body) -> TResult<()> {
        match mode {
            Body::Statement => self.expr(cx, body, &With::NoValue).map(|_| ()),
            _ => self.yielded(cx, body, mode),
        }
    }

    /// The values a comprehension body yields, each typed as the desugared `push`/`set`
    /// argument.
    fn yielded(&mut self, cx: &mut FnCtx, e: &Expr, mode: &Body) -> TResult<()> {
        match &e.kind {
            ExprKind::For(head, body) => self.for_with(cx, head, body, mode),
            ExprKind::While(cond, body, _) => {
                let tb = self.t_bool()?;
                let ct = self.expr(cx, cond, &With::Of(tb.clone()))?;
                self.unify_report(cx, &ct, &tb, e.span)?;
                cx.loops += 1;
                let r = self.yielded(cx, body, mode);
                cx.loops -= 1;
                r
            }
            ExprKind::If(cond, then, els) => {
                let tb = self.t_bool()?;
                let ct = self.expr(cx, cond, &With::Of(tb.clone()))?;
                self.unify_report(cx, &ct, &tb, e.span)?;
                self.yielded(cx, then, mode)?;
                if let Some(els) = els {
                    self.yielded(cx, els, mode)?;
                }
                Ok(())
            }
            ExprKind::Block(el) if !el.is_empty() => {
                let n = cx.locals.len();
                let r = (|| {
                    for s in &el[..el.len() - 1] {
                        self.expr(cx, s, &With::NoValue)?;
                    }
                    self.yielded(cx, &el[el.len() - 1], mode)
                })();
                cx.locals.truncate(n);
                r
            }
            ExprKind::Parenthesis(inner) => self.yielded(cx, inner, mode),
            _ => match mode {
                Body::Array(elem) => self.call_arg(cx, e, elem, "x"),
                Body::Map(kt, vt) => {
                    let ExprKind::Binop(Binop::Arrow, k, v) = &e.kind else {
                        return unsupported("a map comprehension value without =>");
                    };
                    self.call_arg(cx, k, kt, "key")?;
                    self.call_arg(cx, v, vt, "value")
                }
                Body::Statement => self.expr(cx, e, &With::NoValue).map(|_| ()),
            },
        }
    }

    /// The element type of `for (x in e)`.
    fn iterated(&mut self, cx: &mut FnCtx, iterable: &Expr) -> TResult<Type> {
        if let ExprKind::Binop(Binop::Interval, a, b) = &iterable.kind {
            let int = self.t_int()?;
            // haxe types both ends as plain values, then unifies each with Int.
            let ta = self.expr(cx, a, &With::Value)?;
            self.unify_report(cx, &ta, &int, a.span)?;
            let tb = self.expr(cx, b, &With::Value)?;
            self.unify_report(cx, &tb, &int, b.span)?;
            return Ok(int);
        }
        let t = self.expr(cx, iterable, &With::Value)?;
        let ft = self.follow(&t)?;
        let array = self.std_ids()?.array;
        match &ft {
            Type::Inst(c, tl) if *c == array && tl.len() == 1 => return Ok(tl[0].clone()),
            Type::Dynamic(_) | Type::Mono(_) => {
                return unsupported("for over a value of unknown type")
            }
            _ => {}
        }
        if self.has_field(&t, "iterator")? {
            let it = self.method_result(cx, &t, "iterator", iterable.span)?;
            return self.iterator_next(cx, &it, iterable.span);
        }
        if self.has_field(&t, "hasNext")? && self.has_field(&t, "next")? {
            return self.iterator_next(cx, &t, iterable.span);
        }
        if let Type::Abstract(..) = ft {
            // haxe iterates an abstract with array access and a length by index.
            if self.has_field(&t, "length")? {
                return unsupported("for over an abstract with array access");
            }
        }
        let st = super::print::s_type(self.db(), &t);
        self.report(cx, iterable.span, format!("{} has no field iterator", st));
        Ok(self.m.db.new_mono())
    }

    /// The key and value types of `for (k => v in e)`.
    fn key_value_iterated(&mut self, cx: &mut FnCtx, iterable: &Expr) -> TResult<(Type, Type)> {
        let t = self.expr(cx, iterable, &With::Value)?;
        let ft = self.follow(&t)?;
        let array = self.std_ids()?.array;
        if let Type::Inst(c, tl) = &ft {
            if *c == array && tl.len() == 1 {
                return Ok((self.t_int()?, tl[0].clone()));
            }
        }
        if !self.has_field(&t, "keyValueIterator")? {
            return unsupported("key-value loops over this type");
        }
        let it = self.method_result(cx, &t, "keyValueIterator", iterable.span)?;
        let pair = self.iterator_next(cx, &it, iterable.span)?;
        let Type::Anon(a) = self.follow(&pair)? else {
            return unsupported("a key-value iterator of this shape");
        };
        let def = self.m.db.anon(a).clone();
        match (def.fields.get("key"), def.fields.get("value")) {
            (Some(k), Some(v)) => Ok((k.ty.clone(), v.ty.clone())),
            _ => unsupported("a key-value iterator of this shape"),
        }
    }

    /// The return type of calling `t.name()` with no arguments.
    fn method_result(&mut self, cx: &mut FnCtx, t: &Type, name: &str, span: Span) -> TResult<Type> {
        let ft = self.field_type_of(cx, t, name, span)?;
        match self.follow(&ft)? {
            Type::Fun(f) if f.args.iter().all(|a| a.opt) => Ok(f.ret.clone()),
            _ => unsupported("an iterator method of this type"),
        }
    }

    /// `next()`'s return type of an iterator.
    fn iterator_next(&mut self, cx: &mut FnCtx, it: &Type, span: Span) -> TResult<Type> {
        if !self.has_field(it, "next")? {
            return unsupported("an iterator without next");
        }
        self.method_result(cx, it, "next", span)
    }

    /// A map literal `[k => v, ...]`: a `Map` of the keys' and values' types.
    pub(crate) fn map_literal(
        &mut self,
        cx: &mut FnCtx,
        el: &[Expr],
        _span: Span,
        with: &With,
    ) -> TResult<Type> {
        let (map, expected) = self.map_types(with)?;
        let Some((kt, vt)) = expected else {
            return self.map_literal_inferred(cx, el, map);
        };
        for e in el {
            let ExprKind::Binop(Binop::Arrow, k, v) = &e.kind else {
                return unsupported("map literal entry");
            };
            let tk = self.expr(cx, k, &With::Of(kt.clone()))?;
            self.unify_report(cx, &tk, &kt, k.span)?;
            let tv = self.expr(cx, v, &With::Of(vt.clone()))?;
            self.unify_report(cx, &tv, &vt, v.span)?;
        }
        self.check_map_key(&kt)?;
        Ok(Type::Abstract(map, Arc::from(vec![kt, vt])))
    }

    /// A map literal without an expected type: its keys and values typed on their own, then
    /// haxe's `unify_min_raise` over each list, which it builds last entry first.
    fn map_literal_inferred(
        &mut self,
        cx: &mut FnCtx,
        el: &[Expr],
        map: AbstractId,
    ) -> TResult<Type> {
        let (mut keys, mut values) = (Vec::new(), Vec::new());
        for e in el {
            let ExprKind::Binop(Binop::Arrow, k, v) = &e.kind else {
                return unsupported("map literal entry");
            };
            keys.push((self.expr(cx, k, &With::Value)?, k.span));
            values.push((self.expr(cx, v, &With::Value)?, v.span));
        }
        keys.reverse();
        values.reverse();
        let mut common = Vec::new();
        for ts in [&keys, &values] {
            common.push(match self.unify_min(ts)? {
                Ok(t) => t,
                Err((t, at)) => {
                    let (bad, span) = ts[at].clone();
                    self.unify_raise(cx, &bad, &t, span)?;
                    t
                }
            });
        }
        let (kt, vt) = (common[0].clone(), common[1].clone());
        self.check_map_key(&kt)?;
        Ok(Type::Abstract(map, Arc::from(vec![kt, vt])))
    }

    /// `haxe.ds.Map`, and the key and value types an expected type asks for.
    #[allow(clippy::type_complexity)]
    fn map_types(&mut self, with: &With) -> TResult<(AbstractId, Option<(Type, Type)>)> {
        let path = crate::project::classpath::ModulePath {
            pack: vec!["haxe".into(), "ds".into()],
            name: "Map".into(),
        };
        let mid = self
            .m
            .load(&path)
            .map_err(|e| Fail::Unsupported(format!("std: {}", e.message())))?;
        let Some(super::modules::ModuleType::Abstract(map)) =
            self.m.find_type_in_module(mid, "Map")
        else {
            return unsupported("haxe.ds.Map is not an abstract");
        };
        if let With::Of(t) = with {
            if let Type::Abstract(a, tl) = self.follow(t)? {
                if a == map && tl.len() == 2 {
                    return Ok((map, Some((tl[0].clone(), tl[1].clone()))));
                }
            }
            return unsupported("a map literal where another type is expected");
        }
        Ok((map, None))
    }

    /// Map keys hxs types: String and Int (haxe picks other implementations for the rest).
    fn check_map_key(&mut self, k: &Type) -> TResult<()> {
        let ids = self.std_ids()?;
        match self.follow(k)? {
            Type::Inst(c, _) if c == ids.string || self.m.db.class(c).kind == ClassKind::Normal => {
                Ok(())
            }
            Type::Abstract(a, _) if a == ids.int => Ok(()),
            Type::Enum(..) | Type::Anon(_) => Ok(()),
            _ => unsupported("maps with this key type"),
        }
    }

    /// `[for (...) x]` and `[for (...) k => v]`.
    pub(crate) fn comprehension(&mut self, cx: &mut FnCtx, e: &Expr, with: &With) -> TResult<Type> {
        if is_map_comprehension(e) {
            let (map, expected) = self.map_types(with)?;
            let (kt, vt) = match expected {
                Some(kv) => kv,
                None => (self.m.db.new_mono(), self.m.db.new_mono()),
            };
            self.yielded(cx, e, &Body::Map(&kt, &vt))?;
            self.check_map_key(&kt)?;
            return Ok(Type::Abstract(map, Arc::from(vec![kt, vt])));
        }
        let elem = match with {
            With::Of(t) => {
                let array = self.std_ids()?.array;
                match self.follow(t)? {
                    Type::Inst(c, tl) if c == array && tl.len() == 1 => tl[0].clone(),
                    _ => self.m.db.new_mono(),
                }
            }
            _ => self.m.db.new_mono(),
        };
        self.yielded(cx, e, &Body::Array(&elem))?;
        self.t_array(elem)
    }
}

/// Whether the innermost value of a comprehension is `k => v`.
fn is_map_comprehension(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::For(_, body) | ExprKind::While(_, body, _) => is_map_comprehension(body),
        ExprKind::If(_, then, _) => is_map_comprehension(then),
        ExprKind::Block(el) => el.last().is_some_and(is_map_comprehension),
        ExprKind::Parenthesis(inner) => is_map_comprehension(inner),
        ExprKind::Binop(Binop::Arrow, ..) => true,
        _ => false,
    }
}
