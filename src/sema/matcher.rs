//! `switch` after haxe 4.2.5's pattern matcher (`matcher.ml`), for the patterns hxs
//! handles: constants, wildcards and captures, enum constructors with sub-patterns,
//! or-patterns and guards. Patterns are typed against the subject, bodies typed in order,
//! then the cases are checked as haxe checks them: unused cases and or-alternatives
//! (warnings), and unmatched values (`Unmatched patterns: Blue | Green`) for enum and Bool
//! subjects and for every switch used as a value.

use super::expr::{FnCtx, Local, With};
use super::typer::*;
use super::types::*;
use crate::syntax::ast::{self, Constant, Expr, ExprKind};
use crate::syntax::source::Span;
use crate::syntax::token::Binop;

/// A typed pattern.
#[derive(Clone, Debug)]
enum Pat {
    Any,
    /// A constant, compared by its source text and kind.
    Const(String),
    Bool(bool),
    /// An enum constructor: index in the enum, sub-patterns (empty for a bare name).
    Ctor(usize, Vec<(Pat, Span)>),
    Or(Vec<(Pat, Span)>),
    /// A pattern hxs does not reason about (arrays, structures with values): it covers
    /// nothing and is never unused; a switch that needs it to be exhaustive is declined.
    Opaque,
    /// An extractor `f(_) => p` at the top of a case: haxe matches `p` against a column of
    /// its own, shared by the extractors whose expressions are equal (the key), of the
    /// expression's type. Like `Opaque`, it covers nothing for earlier or later rows.
    Extractor(String, Type, Box<Pat>),
}

/// The shape of a subject, for exhaustiveness.
#[derive(Clone, Debug)]
enum Shape {
    Enum(EnumId, Params),
    /// An enum abstract: the names of its values.
    EnumAbstract(Vec<String>),
    Bool,
    /// Int, String and the rest: never exhausted by constants.
    Open,
}

impl Typer<'_> {
    pub(crate) fn switch(
        &mut self,
        cx: &mut FnCtx,
        subject: &Expr,
        cases: &[ast::Case],
        default: Option<&(Option<Box<Expr>>, Span)>,
        with: &With,
    ) -> TResult<Type> {
        let subject = strip_parens(subject);
        let st = self.expr(cx, subject, &With::Value)?;
        self.bind_unknown_subject(cx, &st, cases)?;
        let shape = self.shape(&st)?;
        let mut rows: Vec<(Pat, Span, bool)> = Vec::new();
        let mut body_types: Vec<(Type, Span)> = Vec::new();
        // Where each case's value is (the last expression of its block), for `unify_min`.
        let mut value_spans: Vec<Span> = Vec::new();
        let mut incompatible = false;
        for case in cases {
            let n = cx.locals.len();
            let mut alternatives = Vec::new();
            for v in &case.values {
                let p = match &v.kind {
                    ExprKind::Binop(Binop::Arrow, ..) if case.values.len() > 1 => {
                        return unsupported("extractors among several case values");
                    }
                    ExprKind::Binop(Binop::Arrow, e1, e2) => {
                        self.extractor(cx, e1, e2, &st, case.span, n)?
                    }
                    // `x = f(_) => p`: the subject bound to `x`, then the extractor.
                    ExprKind::Binop(Binop::Assign, name, inner)
                        if matches!(
                            &strip_parens(inner).kind,
                            ExprKind::Binop(Binop::Arrow, ..)
                        ) =>
                    {
                        let (ExprKind::Const(Constant::Ident(x)), ExprKind::Binop(_, e1, e2)) =
                            (&name.kind, &strip_parens(inner).kind)
                        else {
                            return unsupported("this capture pattern");
                        };
                        let p = self.extractor(cx, e1, e2, &st, case.span, n)?;
                        cx.locals.push(Local {
                            name: x.to_string(),
                            ty: st.clone(),
                            is_final: false,
                            uninit: false,
                            decl: None,
                        });
                        p
                    }
                    _ => self.pattern(cx, v, &st, case.span)?,
                };
                match p {
                    Some(p) => alternatives.push((p, v.span)),
                    None => incompatible = true,
                }
            }
            if let Some(g) = &case.guard {
                let tb = self.t_bool()?;
                let t = self.expr(cx, g, &With::Of(tb.clone()))?;
                self.unify_report(cx, &t, &tb, g.span)?;
            }
            let t = match &case.body {
                Some(b) => self.case_body(cx, b, with)?,
                None => self.t_void()?,
            };
            body_types.push((t, case.body.as_ref().map(|b| b.span).unwrap_or(case.span)));
            value_spans.push(case.body.as_ref().map(value_span).unwrap_or(case.span));
            cx.locals.truncate(n);
            let pat = if alternatives.len() == 1 {
                alternatives.pop().map(|(p, _)| p).unwrap_or(Pat::Any)
            } else {
                Pat::Or(alternatives)
            };
            rows.push((pat, case.span, case.guard.is_some()));
        }
        if let Some((body, span)) = default {
            let t = match body {
                Some(b) => self.case_body(cx, b, with)?,
                None => self.t_void()?,
            };
            body_types.push((t, body.as_ref().map(|b| b.span).unwrap_or(*span)));
            value_spans.push(body.as_deref().map(value_span).unwrap_or(*span));
            rows.push((Pat::Any, *span, false));
        }
        if incompatible {
            return Ok(self.m.db.new_mono());
        }
        // Unused cases and alternatives, in order.
        let mut seen: Vec<Pat> = Vec::new();
        for (pat, span, guarded) in &rows {
            if let Pat::Or(alts) = pat {
                let mut local_seen = seen.clone();
                let mut any_useful = false;
                for (i, (alt, aspan)) in alts.iter().enumerate() {
                    if useful(&local_seen, alt, &shape, self) {
                        any_useful = true;
                    } else if i > 0 {
                        self.warn(cx, *aspan, "This pattern is unused");
                    }
                    local_seen.push(alt.clone());
                }
                if !any_useful {
                    self.warn(cx, *span, "This case is unused");
                }
            } else if !useful(&seen, pat, &shape, self) {
                self.warn(cx, *span, "This case is unused");
            }
            if !guarded {
                seen.push(pat.clone());
            }
        }
        if default.is_none()
            && (self
                .unmatched(&seen, &shape, subject.span, &rows)?
                .is_none()
                || self.extractor_column_covered(&seen)?)
        {
            self.exhaustive_switches
                .insert((cx.module, subject.span.lo));
        }
        let value = !matches!(with, With::NoValue);
        let must_exhaust = value || !matches!(shape, Shape::Open);
        if must_exhaust {
            if let Some((msg, span)) = self.unmatched(&seen, &shape, subject.span, &rows)? {
                if seen.iter().any(|p| matches!(p, Pat::Extractor(..))) {
                    // Each extractor adds a column of its own: the switch is exhaustive when
                    // one extractor column is covered by its rows (the others are wildcards
                    // there); otherwise haxe's message names several columns.
                    if self.extractor_column_covered(&seen)? {
                        if !value {
                            return self.t_void();
                        }
                        return self.branches_of(cx, with, &body_types, &value_spans);
                    }
                    return unsupported("unmatched patterns of switches with extractors");
                }
                if rows.iter().any(|(p, _, _)| has_opaque(p)) {
                    return unsupported("exhaustiveness of array and structure patterns");
                }
                return Err(self.err(cx, span, format!("Unmatched patterns: {}", msg)));
            }
        }
        if !value {
            return self.t_void();
        }
        self.branches_of(cx, with, &body_types, &value_spans)
    }

    /// Whether the rows of one extractor column leave no value of its type unmatched.
    fn extractor_column_covered(&mut self, rows: &[Pat]) -> TResult<bool> {
        let mut keys: Vec<(&String, &Type)> = Vec::new();
        for p in rows {
            if let Pat::Extractor(k, t, _) = p {
                if !keys.iter().any(|(k2, _)| *k2 == k) {
                    keys.push((k, t));
                }
            }
        }
        for (k, t) in keys {
            let column: Vec<Pat> = rows
                .iter()
                .filter_map(|p| match p {
                    Pat::Extractor(k2, _, inner) if k2 == k => Some((**inner).clone()),
                    _ => None,
                })
                .collect();
            if column.iter().any(has_opaque) {
                continue;
            }
            let shape = self.shape(t)?;
            if self
                .unmatched(&column, &shape, Span::default(), &[])?
                .is_none()
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// An extractor `e1 => e2` at the top of a case (haxe's `PatExtractor`): `e1` is typed
    /// as a value with the locals from before the case and `_` standing for the subject,
    /// then `e2` is a pattern against its type.
    fn extractor(
        &mut self,
        cx: &mut FnCtx,
        e1: &Expr,
        e2: &Expr,
        t: &Type,
        case_span: Span,
        case_locals: usize,
    ) -> TResult<Option<Pat>> {
        let saved = cx.locals.clone();
        cx.locals.truncate(case_locals);
        cx.locals.push(Local {
            name: "_".into(),
            ty: t.clone(),
            is_final: false,
            uninit: false,
            decl: None,
        });
        let typed = self.expr(cx, e1, &With::Value);
        cx.locals = saved;
        let et = typed?;
        let Some(inner) = self.pattern(cx, e2, &et, case_span)? else {
            return Ok(None);
        };
        // haxe shares one column between extractors whose typed expressions are equal;
        // the same plain text (names, calls, fields, numbers) types the same.
        let text = self
            .m
            .module(cx.module)
            .file
            .text
            .get(e1.span.lo as usize..e1.span.hi as usize)
            .unwrap_or("")
            .to_string();
        let plain = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.(), ".contains(c));
        let key = if plain {
            text
        } else {
            format!("#{}", e1.span.lo)
        };
        Ok(Some(Pat::Extractor(key, et, Box::new(inner))))
    }

    fn case_body(&mut self, cx: &mut FnCtx, b: &Expr, with: &With) -> TResult<Type> {
        self.expr(cx, b, with)
    }

    fn warn(&mut self, cx: &FnCtx, span: Span, msg: &str) {
        self.errors.push(Diagnostic {
            module: Some(cx.module),
            span,
            message: format!("Warning : {}", msg),
        });
    }

    /// A subject of unknown type takes the type of the first pattern, as haxe's matcher
    /// unifies it while typing that pattern: a constant's type, or the enum of a
    /// constructor named bare (`case Module(m):`). Other first patterns are declined.
    fn bind_unknown_subject(&mut self, cx: &FnCtx, st: &Type, cases: &[ast::Case]) -> TResult<()> {
        if !matches!(self.m.db.resolve(st), Type::Mono(_)) {
            return Ok(());
        }
        let Some(first) = cases.first().and_then(|c| c.values.first()) else {
            return Ok(());
        };
        let first = strip_parens(first);
        let t = match &first.kind {
            ExprKind::Const(Constant::Int(..)) => self.t_int()?,
            ExprKind::Const(Constant::Float(..)) => self.t_float()?,
            ExprKind::Const(Constant::String(..)) => self.t_string()?,
            ExprKind::Const(Constant::Ident(n)) if n == "true" || n == "false" => self.t_bool()?,
            ExprKind::Const(Constant::Ident(n)) => match self.bare_ctor_enum(cx, n)? {
                Some(t) => t,
                None => return Ok(()),
            },
            ExprKind::Call(callee, _) => match &callee.kind {
                ExprKind::Const(Constant::Ident(n)) => match self.bare_ctor_enum(cx, n)? {
                    Some(t) => t,
                    None => return Ok(()),
                },
                _ => return Ok(()),
            },
            _ => return Ok(()),
        };
        if self.unify(st, &t).is_err() {
            return unsupported("switch on a value of unknown type");
        }
        Ok(())
    }

    /// The enum (with fresh parameters) whose constructor `name` is in scope by its bare
    /// name: the current module's enums, then imported ones.
    fn bare_ctor_enum(&mut self, cx: &FnCtx, name: &str) -> TResult<Option<Type>> {
        if cx.local(name).is_some() || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Ok(None);
        }
        for t in self.ctor_scopes(cx.module)? {
            let crate::sema::modules::ModuleType::Enum(e) = t else {
                continue;
            };
            if self.enum_info(e)?.ctors.iter().any(|c| c.name == name) {
                let params = self.m.db.enum_def(e).params.clone();
                let monos = self.fresh_params(&params);
                return Ok(Some(Type::Enum(e, std::sync::Arc::from(monos))));
            }
        }
        Ok(None)
    }

    fn shape(&mut self, t: &Type) -> TResult<Shape> {
        let ft = self.follow(t)?;
        let ids = self.std_ids()?;
        Ok(match ft {
            Type::Enum(e, tl) => Shape::Enum(e, tl),
            Type::Abstract(a, tl) if a == ids.bool_ && tl.is_empty() => Shape::Bool,
            Type::Abstract(a, _) => {
                let info = self.abstract_info(a)?;
                if info.is_enum {
                    return Ok(Shape::EnumAbstract(info.enum_value_names()));
                }
                Shape::Open
            }
            Type::Mono(_) => return unsupported("switch on a value of unknown type"),
            _ => Shape::Open,
        })
    }

    /// Types one pattern against the subject type; `None` when haxe finds it incompatible
    /// (the errors are reported).
    fn pattern(
        &mut self,
        cx: &mut FnCtx,
        e: &Expr,
        t: &Type,
        case_span: Span,
    ) -> TResult<Option<Pat>> {
        match &e.kind {
            ExprKind::Parenthesis(inner) => self.pattern(cx, inner, t, case_span),
            ExprKind::Const(Constant::Ident(n)) if n == "_" => Ok(Some(Pat::Any)),
            ExprKind::Const(Constant::Ident(n)) if n == "true" || n == "false" => {
                let tb = self.t_bool()?;
                if !self.pattern_unify(cx, &tb, t, e.span, case_span)? {
                    return Ok(None);
                }
                Ok(Some(Pat::Bool(n == "true")))
            }
            ExprKind::Const(Constant::Ident(n)) if n == "null" => {
                // A null constant; hxs takes it only where the subject is plainly nullable.
                let ids = self.std_ids()?;
                match self.follow_keep_null(t)? {
                    Type::Abstract(a, _) if a == ids.null => Ok(Some(Pat::Const("null".into()))),
                    Type::Inst(..) | Type::Enum(..) | Type::Anon(_) => {
                        Ok(Some(Pat::Const("null".into())))
                    }
                    _ => unsupported("null patterns"),
                }
            }
            ExprKind::Const(Constant::Ident(n)) => {
                if let Some(p) = self.enum_abstract_value(t, n)? {
                    return Ok(Some(p));
                }
                if let Some((idx, ctor_ty, nargs)) = self.ctor_for(cx, t, n)? {
                    if nargs > 0 {
                        let _ = ctor_ty;
                        return unsupported("a constructor with arguments matched by name only");
                    }
                    return Ok(Some(Pat::Ctor(idx, Vec::new())));
                }
                if n.starts_with(|c: char| c.is_ascii_uppercase()) {
                    if let Some(c) = self.inline_constant(cx, n, e.span)? {
                        return self.constant_pattern(cx, &c, t, e.span, case_span);
                    }
                    // haxe types the name in scope: an enum constructor there is matched
                    // against a subject of another type (a `Dynamic` one).
                    if self.any_enum_ctor_named(n)? {
                        return unsupported("an enum constructor matched against another type");
                    }
                    self.report(cx, e.span, "Pattern variables must be lower-case");
                    return Ok(Some(Pat::Any));
                }
                cx.locals.push(Local {
                    name: n.to_string(),
                    ty: t.clone(),
                    is_final: false,
                    uninit: false,
                    decl: None,
                });
                Ok(Some(Pat::Any))
            }
            ExprKind::Const(c) => self.constant_pattern(cx, c, t, e.span, case_span),
            // `case var c:` binds whatever is matched, whatever the name's case.
            ExprKind::Vars(vars)
                if vars.len() == 1 && vars[0].ty.is_none() && vars[0].expr.is_none() =>
            {
                cx.locals.push(Local {
                    name: vars[0].name.name.to_string(),
                    ty: t.clone(),
                    is_final: vars[0].is_final,
                    uninit: false,
                    decl: None,
                });
                Ok(Some(Pat::Any))
            }
            ExprKind::Field(obj, name)
                if name.name == "code"
                    && matches!(obj.kind, ExprKind::Const(Constant::String(..))) =>
            {
                let ExprKind::Const(Constant::String(s, _)) = &obj.kind else {
                    return unsupported("this pattern");
                };
                let mut chars = s.chars();
                let (Some(ch), None) = (chars.next(), chars.next()) else {
                    return Err(self.err(cx, obj.span, "String must be a single UTF8 char"));
                };
                let code = Constant::Int((ch as u32).to_string().into());
                self.constant_pattern(cx, &code, t, e.span, case_span)
            }
            ExprKind::Call(callee, args) => {
                let ExprKind::Const(Constant::Ident(n)) = &callee.kind else {
                    return unsupported("this call pattern");
                };
                let Some((idx, ctor_ty, nargs)) = self.ctor_for(cx, t, n)? else {
                    return self.unknown_ctor_pattern(cx, e, callee, n, args, t);
                };
                if args.len() < nargs {
                    return Err(self.err(cx, e.span, "Not enough arguments"));
                }
                if args.len() > nargs {
                    return Err(self.err(cx, e.span, "Too many arguments"));
                }
                let Type::Fun(f) = ctor_ty else {
                    return unsupported("constructor type");
                };
                let mut subs = Vec::new();
                for (a, fa) in args.iter().zip(&f.args) {
                    match self.pattern(cx, a, &fa.ty, case_span)? {
                        Some(p) => subs.push((p, a.span)),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Pat::Ctor(idx, subs)))
            }
            ExprKind::Field(obj, name) => {
                // `Color.Red`: a qualified constructor of the subject's enum.
                let qualifier = match &obj.kind {
                    ExprKind::Const(Constant::Ident(q)) => q.to_string(),
                    ExprKind::Field(_, q) => q.name.to_string(),
                    _ => return unsupported("this pattern"),
                };
                if let Type::Abstract(ab, _) = self.follow(t)? {
                    if self.m.db.abstract_def(ab).path.name == qualifier {
                        if let Some(p) = self.enum_abstract_value(t, &name.name)? {
                            return Ok(Some(p));
                        }
                    }
                }
                if let Type::Enum(en, _) = self.follow(t)? {
                    if self.m.db.enum_def(en).path.name == qualifier {
                        if let Some((idx, _, 0)) = self.ctor_for(cx, t, &name.name)? {
                            return Ok(Some(Pat::Ctor(idx, Vec::new())));
                        }
                    }
                }
                unsupported("this field pattern")
            }
            ExprKind::Binop(Binop::Assign, name, inner) => {
                let ExprKind::Const(Constant::Ident(n)) = &name.kind else {
                    return unsupported("this capture pattern");
                };
                let p = self.pattern(cx, inner, t, case_span)?;
                cx.locals.push(Local {
                    name: n.to_string(),
                    ty: t.clone(),
                    is_final: false,
                    uninit: false,
                    decl: None,
                });
                Ok(p)
            }
            ExprKind::ArrayDecl(elems) => {
                let array = self.std_ids()?.array;
                let Type::Inst(c, tl) = self.follow(t)? else {
                    return unsupported("array patterns on this type");
                };
                if c != array || tl.len() != 1 {
                    return unsupported("array patterns on this type");
                }
                for el in elems {
                    if self.pattern(cx, el, &tl[0], case_span)?.is_none() {
                        return Ok(None);
                    }
                }
                Ok(Some(Pat::Opaque))
            }
            ExprKind::ObjectDecl(fields) => {
                let Type::Anon(a) = self.follow(t)? else {
                    return unsupported("structure patterns on this type");
                };
                let def = self.m.db.anon(a).clone();
                let mut all_any = true;
                for f in fields {
                    let Some(ft) = def.fields.get(f.name.as_str()) else {
                        return unsupported("structure patterns with unknown fields");
                    };
                    match self.pattern(cx, &f.expr, &ft.ty, case_span)? {
                        Some(Pat::Any) => {}
                        Some(_) => all_any = false,
                        None => return Ok(None),
                    }
                }
                Ok(Some(if all_any { Pat::Any } else { Pat::Opaque }))
            }
            ExprKind::Binop(Binop::Or, a, b) => {
                let mut alts = Vec::new();
                for x in [a, b] {
                    match self.pattern(cx, x, t, case_span)? {
                        Some(Pat::Or(inner)) => alts.extend(inner),
                        Some(p) => alts.push((p, x.span)),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Pat::Or(alts)))
            }
            _ => unsupported("this pattern"),
        }
    }

    /// A call pattern whose callee is no constructor of the subject's enum. When the name
    /// is unknown everywhere, haxe reports it as not part of the enum (with suggestions),
    /// then raises "Unrecognized pattern" over the whole call.
    fn unknown_ctor_pattern(
        &mut self,
        cx: &mut FnCtx,
        e: &Expr,
        callee: &Expr,
        name: &str,
        args: &[Expr],
        t: &Type,
    ) -> TResult<Option<Pat>> {
        let decline = || unsupported("call patterns that are not enum constructors");
        let Type::Enum(en, _) = self.follow(t)? else {
            return decline();
        };
        if cx.local(name).is_some() {
            return decline();
        }
        let mut printed = Vec::new();
        for a in args {
            match &a.kind {
                ExprKind::Const(Constant::Ident(s)) => printed.push(s.to_string()),
                ExprKind::Const(Constant::Int(s)) => printed.push(s.to_string()),
                _ => return decline(),
            }
        }
        match self.ident(cx, name, callee.span) {
            Err(Fail::Error(d)) if d.message == format!("Unknown identifier : {}", name) => {}
            Err(Fail::Unsupported(why)) => return unsupported(why),
            _ => return decline(),
        }
        let info = self.enum_info(en)?;
        let names: Vec<&str> = info.ctors.iter().map(|c| c.name.as_str()).collect();
        let path = &self.m.db.enum_def(en).path;
        let mut full = path.pack.clone();
        full.push(path.name.clone());
        let msg = crate::syntax::suggest::string_error(
            name,
            &names,
            &format!("Identifier '{}' is not part of {}", name, full.join(".")),
        );
        self.report(cx, callee.span, msg);
        Err(self.err(
            cx,
            e.span,
            format!("Unrecognized pattern: {}({})", name, printed.join(", ")),
        ))
    }

    /// A value of the subject's enum abstract, as a constant pattern.
    fn enum_abstract_value(&mut self, t: &Type, name: &str) -> TResult<Option<Pat>> {
        let Type::Abstract(a, _) = self.follow(t)? else {
            return Ok(None);
        };
        let info = self.abstract_info(a)?;
        if !info.is_enum {
            return Ok(None);
        }
        Ok(info
            .impl_info
            .static_field(name)
            .filter(|f| f.meta.iter().any(|m| m == ":enumValue"))
            .map(|f| Pat::Const(format!("ea:{}", f.name))))
    }

    /// A pattern's type against the subject's: on failure haxe reports the unification and
    /// "Incompatible pattern" at the case.
    /// A constant pattern: its type unified with the subject's, keyed by its value.
    fn constant_pattern(
        &mut self,
        cx: &FnCtx,
        c: &Constant,
        t: &Type,
        span: Span,
        case_span: Span,
    ) -> TResult<Option<Pat>> {
        let ct = match c {
            Constant::Int(_) => self.t_int()?,
            Constant::Float(_) => self.t_float()?,
            Constant::String(s, ast::Quotes::Single) if s.contains('$') => {
                return unsupported("interpolated string patterns")
            }
            Constant::String(..) => self.t_string()?,
            _ => return unsupported("this pattern"),
        };
        if !self.pattern_unify(cx, &ct, t, span, case_span)? {
            return Ok(None);
        }
        let key = match c {
            Constant::Int(v) | Constant::Float(v) => format!("n:{}", v),
            Constant::String(s, _) => format!("s:{}", s),
            _ => String::new(),
        };
        Ok(Some(Pat::Const(key)))
    }

    /// The value of an uppercase name in a pattern that names a static `inline var` of the
    /// current class whose initializer is a decimal or string literal (haxe inlines it and
    /// matches the constant). `None` when the name is not a field of the class; a decline
    /// for fields hxs does not follow.
    fn inline_constant(&mut self, cx: &FnCtx, name: &str, span: Span) -> TResult<Option<Constant>> {
        let _ = span;
        let Some(c) = cx.class else {
            return Ok(None);
        };
        let info = self.class_info(c)?;
        let Some(f) = info.static_field(name).cloned() else {
            if info.field(name).is_some() {
                return unsupported("an instance field named in a pattern");
            }
            return Ok(None);
        };
        let FKind::Var {
            read: VarAcc::Inline,
            ..
        } = f.kind
        else {
            return unsupported("a static field that is not an inline variable in a pattern");
        };
        let Some((mid, di, fi)) = f.decl else {
            return unsupported("an inline variable without a declaration in a pattern");
        };
        let ast = self.m.module(mid).typed.clone();
        let init = match ast.decls.get(di).map(|d| &d.kind) {
            Some(ast::DeclKind::Class(cd)) => match cd.fields.get(fi).map(|f| &f.kind) {
                Some(ast::FieldKind::Var(_, Some(init))) => init.clone(),
                _ => return unsupported("an inline variable in a pattern"),
            },
            _ => return unsupported("an inline variable in a pattern"),
        };
        match &init.kind {
            ExprKind::Const(Constant::Int(v)) if v.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(Some(Constant::Int(v.clone())))
            }
            ExprKind::Const(Constant::String(s, q)) if !s.contains('$') => {
                Ok(Some(Constant::String(s.clone(), *q)))
            }
            _ => unsupported("an inline variable with a computed value in a pattern"),
        }
    }

    fn pattern_unify(
        &mut self,
        cx: &FnCtx,
        pt: &Type,
        t: &Type,
        span: Span,
        case_span: Span,
    ) -> TResult<bool> {
        match self.unify(pt, t) {
            Ok(()) => Ok(true),
            Err(super::unify::UFail::Unify(l)) => {
                let msg = self.unify_message(&l);
                self.report(cx, span, msg);
                if matches!(self.follow(t)?, Type::Enum(..)) {
                    self.report(cx, case_span, "Incompatible pattern");
                    return Ok(false);
                }
                // haxe reports the mismatch and keeps the constant as a pattern.
                Ok(true)
            }
            Err(super::unify::UFail::Stop(f)) => Err(f),
        }
    }

    /// The enum constructor `name` of the subject's enum: index, type with the subject's
    /// parameters applied, number of arguments.
    /// Whether an enum of a loaded module has a constructor named `n`.
    fn any_enum_ctor_named(&mut self, n: &str) -> TResult<bool> {
        for i in 0..self.m.loaded_count() {
            let types: Vec<super::modules::ModuleType> = self
                .m
                .module(super::modules::ModuleId(i as u32))
                .types
                .iter()
                .map(|t| t.ty)
                .collect();
            for t in types {
                if let super::modules::ModuleType::Enum(e) = t {
                    if self.enum_info(e)?.ctors.iter().any(|c| c.name == n) {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }

    fn ctor_for(
        &mut self,
        _cx: &FnCtx,
        t: &Type,
        name: &str,
    ) -> TResult<Option<(usize, Type, usize)>> {
        let Type::Enum(e, tl) = self.follow(t)? else {
            return Ok(None);
        };
        let info = self.enum_info(e)?;
        let Some(idx) = info.ctors.iter().position(|c| c.name == name) else {
            return Ok(None);
        };
        let ctor = &info.ctors[idx];
        if !ctor.params.is_empty() {
            return unsupported("generic enum constructors in patterns");
        }
        let eparams = self.m.db.enum_def(e).params.clone();
        let ty = self.m.db.apply_params(&ctor.ty, &eparams, &tl);
        Ok(Some((idx, ty, ctor.args.len())))
    }

    /// The values no row matches, printed as haxe prints them, with the position haxe
    /// reports them at.
    fn unmatched(
        &mut self,
        rows: &[Pat],
        shape: &Shape,
        subject_span: Span,
        all_rows: &[(Pat, Span, bool)],
    ) -> TResult<Option<(String, Span)>> {
        let _ = all_rows;
        let flat: Vec<&Pat> = rows.iter().flat_map(flatten).collect();
        if flat.iter().any(|p| matches!(p, Pat::Any)) {
            return Ok(None);
        }
        match shape {
            Shape::Open => Ok(Some(("_".into(), subject_span))),
            Shape::EnumAbstract(names) => {
                let mut missing: Vec<&String> = names
                    .iter()
                    .filter(|n| {
                        !flat
                            .iter()
                            .any(|p| matches!(p, Pat::Const(k) if *k == format!("ea:{}", n)))
                    })
                    .collect();
                if missing.is_empty() {
                    return Ok(None);
                }
                missing.sort();
                let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
                Ok(Some((list.join(" | "), subject_span)))
            }
            Shape::Bool => {
                let has = |b: bool| flat.iter().any(|p| matches!(p, Pat::Bool(x) if *x == b));
                let mut missing = Vec::new();
                if !has(false) {
                    missing.push("false");
                }
                if !has(true) {
                    missing.push("true");
                }
                if missing.is_empty() {
                    Ok(None)
                } else {
                    Ok(Some((missing.join(" | "), subject_span)))
                }
            }
            Shape::Enum(e, tl) => {
                let info = self.enum_info(*e)?;
                let mut missing: Vec<String> = info
                    .ctors
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !flat.iter().any(|p| matches!(p, Pat::Ctor(j, _) if j == i)))
                    .map(|(_, c)| c.name.clone())
                    .collect();
                if !missing.is_empty() {
                    missing.sort();
                    return Ok(Some((missing.join(" | "), subject_span)));
                }
                // Every constructor appears: look into their arguments, column by column.
                let mut order: Vec<usize> = (0..info.ctors.len()).collect();
                order.sort_by(|a, b| info.ctors[*a].name.cmp(&info.ctors[*b].name));
                let eparams = self.m.db.enum_def(*e).params.clone();
                for i in order {
                    let ctor = &info.ctors[i];
                    if ctor.args.is_empty() {
                        continue;
                    }
                    let sub_rows: Vec<&Vec<(Pat, Span)>> = flat
                        .iter()
                        .filter_map(|p| match p {
                            Pat::Ctor(j, subs) if *j == i => Some(subs),
                            _ => None,
                        })
                        .collect();
                    if sub_rows.iter().any(|s| s.iter().all(|(p, _)| is_any(p))) {
                        continue;
                    }
                    for col in 0..ctor.args.len() {
                        let column: Vec<Pat> = sub_rows
                            .iter()
                            .filter(|s| s[..col].iter().all(|(p, _)| is_any(p)))
                            .map(|s| s[col].0.clone())
                            .collect();
                        let Some(first_span) = sub_rows.first().map(|s| s[col].1) else {
                            continue;
                        };
                        let at = self.m.db.apply_params(&ctor.args[col].ty, &eparams, tl);
                        let sub_shape = self.shape(&at)?;
                        if let Some((msg, span)) =
                            self.unmatched(&column, &sub_shape, first_span, &[])?
                        {
                            let args: Vec<String> = (0..ctor.args.len())
                                .map(|k| {
                                    if k == col {
                                        msg.clone()
                                    } else {
                                        "_".to_string()
                                    }
                                })
                                .collect();
                            let msg = if msg == "_" {
                                format!("{}({})", ctor.name, vec!["_"; ctor.args.len()].join(", "))
                            } else {
                                format!("{}({})", ctor.name, args.join(", "))
                            };
                            return Ok(Some((msg, span)));
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    /// The common type of switch cases used as a value.
    fn branches_of(
        &mut self,
        cx: &FnCtx,
        with: &With,
        ts: &[(Type, Span)],
        value_spans: &[Span],
    ) -> TResult<Type> {
        if ts.is_empty() {
            return self.t_void();
        }
        if matches!(with, With::Of(_)) {
            return self.common_type(cx, with, ts);
        }
        let values: Vec<(Type, Span)> = ts
            .iter()
            .zip(value_spans)
            .map(|((t, _), s)| (t.clone(), *s))
            .collect();
        self.common_type(cx, with, &values)
    }
}

/// Where a case's value is, for haxe's messages about it: the last expression of a
/// non-empty block.
fn value_span(e: &Expr) -> Span {
    match &e.kind {
        ExprKind::Block(el) if !el.is_empty() => el[el.len() - 1].span,
        _ => e.span,
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Parenthesis(inner) => strip_parens(inner),
        _ => e,
    }
}

fn has_opaque(p: &Pat) -> bool {
    match p {
        Pat::Opaque | Pat::Extractor(..) => true,
        Pat::Or(alts) => alts.iter().any(|(p, _)| has_opaque(p)),
        Pat::Ctor(_, subs) => subs.iter().any(|(p, _)| has_opaque(p)),
        _ => false,
    }
}

fn is_any(p: &Pat) -> bool {
    match p {
        Pat::Any => true,
        Pat::Or(alts) => alts.iter().any(|(p, _)| is_any(p)),
        _ => false,
    }
}

fn flatten(p: &Pat) -> Vec<&Pat> {
    match p {
        Pat::Or(alts) => alts.iter().flat_map(|(p, _)| flatten(p)).collect(),
        other => vec![other],
    }
}

/// Whether `p` matches some value that no pattern of `rows` matches (usefulness).
fn useful(rows: &[Pat], p: &Pat, shape: &Shape, t: &Typer) -> bool {
    let _ = t;
    let flat: Vec<&Pat> = rows.iter().flat_map(flatten).collect();
    match p {
        Pat::Or(alts) => {
            let mut seen: Vec<Pat> = rows.to_vec();
            let mut any = false;
            for (a, _) in alts {
                if useful(&seen, a, shape, t) {
                    any = true;
                }
                seen.push(a.clone());
            }
            any
        }
        // haxe's `Useless` never finds an extractor case unused.
        Pat::Extractor(..) => true,
        _ if flat.iter().any(|r| matches!(r, Pat::Any)) => false,
        Pat::Any => match shape {
            Shape::Open => true,
            Shape::Bool => {
                !(flat.iter().any(|r| matches!(r, Pat::Bool(true)))
                    && flat.iter().any(|r| matches!(r, Pat::Bool(false))))
            }
            Shape::Enum(..) => true,
            // The underlying type has other values: a wildcard is never unused.
            Shape::EnumAbstract(_) => true,
        },
        Pat::Opaque => true,
        Pat::Const(k) => !flat.iter().any(|r| matches!(r, Pat::Const(x) if x == k)),
        Pat::Bool(b) => !flat.iter().any(|r| matches!(r, Pat::Bool(x) if x == b)),
        Pat::Ctor(i, subs) => {
            let same: Vec<&Vec<(Pat, Span)>> = flat
                .iter()
                .filter_map(|r| match r {
                    Pat::Ctor(j, s) if j == i => Some(s),
                    _ => None,
                })
                .collect();
            if same.is_empty() {
                return true;
            }
            if subs.is_empty() {
                return false;
            }
            // A row covers `p` when each of its sub-patterns covers `p`'s: conservative for
            // nested alternatives, exact for the flat patterns hxs types.
            !same.iter().any(|s| {
                s.iter()
                    .zip(subs.iter())
                    .all(|((r, _), (q, _))| covers(r, q))
            }) && !covered_by_columns(&same, subs)
        }
    }
}

/// Whether pattern `r` matches everything `q` matches.
fn covers(r: &Pat, q: &Pat) -> bool {
    match (r, q) {
        (Pat::Any, _) => true,
        (Pat::Or(alts), q) => alts.iter().any(|(a, _)| covers(a, q)),
        (_, Pat::Or(alts)) => alts.iter().all(|(a, _)| covers(r, a)),
        (Pat::Const(a), Pat::Const(b)) => a == b,
        (Pat::Bool(a), Pat::Bool(b)) => a == b,
        (Pat::Ctor(i, s1), Pat::Ctor(j, s2)) => {
            i == j
                && s1
                    .iter()
                    .zip(s2.iter())
                    .all(|((a, _), (b, _))| covers(a, b))
        }
        _ => false,
    }
}

/// Rows of one constructor that cover `subs` together only through several rows: hxs
/// does not decide these and treats them as not covering (so no unused warning is given).
fn covered_by_columns(_rows: &[&Vec<(Pat, Span)>], _subs: &[(Pat, Span)]) -> bool {
    false
}
