//! Expression typing after haxe 4.2.5's `typer.ml`, `fields.ml`, `calls.ml` and
//! `operators.ml`: each expression gets a type, names are resolved in haxe's order, calls
//! are checked argument by argument, and errors are reported with haxe's texts at haxe's
//! positions. Statement errors are caught per statement of a block, as `type_block` does.
//!
//! The typer computes types only (no typed tree). Whatever it cannot type yet stops it with
//! [`Fail::Unsupported`], so that a build is declined rather than answered wrongly.

use super::ancestors::{interfaces_applied, Ancestor, Ancestors};
use super::modules::{ModuleId, ModuleType};
use super::typer::*;
use super::types::*;
use super::unify::UFail;
use crate::syntax::ast::{self, Constant, Expr, ExprKind};
use crate::syntax::parser::is_lower_ident;
use crate::syntax::source::Span;
use crate::syntax::token::{AssignableOp, Binop, Unop};
use std::collections::HashSet;
use std::sync::Arc;

/// The reason typing stops once the display position was reached.
pub const DISPLAY_STOP: &str = "the display position was reached";

/// Where a toplevel completion (`@toplevel`, or plain `--display` on a name) stops typing:
/// an identifier at `span`, or, with `insert`, a `null` haxe's display preprocessing puts
/// into the block at that span before statement `index` (the cursor lies between statements).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToplevelTarget {
    pub span: Span,
    pub insert: Option<(Span, usize)>,
}

/// What is in scope where a toplevel completion stopped.
#[derive(Clone, Debug)]
pub struct ToplevelHit {
    pub locals: Vec<Local>,
    pub with: With,
    /// The completion point is a call's argument: the parameter's name when known (haxe
    /// ranks locals by their names' distance to it).
    pub arg: Option<Option<String>>,
    pub class: Option<ClassId>,
    pub abstract_: Option<AbstractId>,
    pub is_static: bool,
    pub in_ctor: bool,
    pub in_local_fun: u32,
    pub params: Vec<(String, Type)>,
}

/// What the context expects of an expression (haxe's `WithType`).
#[derive(Clone, Debug)]
pub enum With {
    NoValue,
    Value,
    Of(Type),
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Type,
    pub is_final: bool,
    /// Declared without a value: haxe checks it is assigned before it is read.
    pub uninit: bool,
    /// The span of the name where it is declared, which keys it for usage queries; `None`
    /// for pattern and `catch` variables, whose references haxe reports otherwise.
    pub decl: Option<Span>,
}

/// The function being typed: where it is, what is in scope.
#[derive(Clone, Debug)]
pub struct FnCtx {
    pub module: ModuleId,
    pub class: Option<ClassId>,
    pub abstract_: Option<AbstractId>,
    pub is_static: bool,
    pub in_ctor: bool,
    /// Type parameters in scope.
    pub params: Vec<(String, Type)>,
    pub locals: Vec<Local>,
    /// The return type of the innermost function; `None` in a field initializer.
    pub ret: Option<Type>,
    pub loops: u32,
    /// Where haxe's post-typing filters meet this function: module, declaration, rank
    /// (constructor, statics, fields), field index.
    pub order: (u32, u32, u8, u32),
    /// Nesting of local functions.
    pub in_local_fun: u32,
    /// Inside an inline function: haxe's filters meet its expressions again wherever it is
    /// inlined.
    pub in_inline: bool,
    pub untyped: bool,
    /// Inside `@:privateAccess`: private fields are accessible.
    pub private_access: bool,
    /// Typing a call argument: unification failures are raised, not reported.
    pub in_call_args: bool,
}

impl FnCtx {
    pub(crate) fn local(&self, name: &str) -> Option<&Local> {
        self.locals.iter().rev().find(|l| l.name == name)
    }
}

/// The classification of operand types used by arithmetic (haxe's `classify`).
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    Int,
    Float,
    String,
    Unk,
    Dyn,
    Other,
    NumParam(Type),
    StrParam(Type),
    Abstract,
}

impl Typer<'_> {
    pub fn err(&self, cx: &FnCtx, span: Span, msg: impl Into<String>) -> Fail {
        self.error_at(cx.module, span, msg)
    }

    /// Reports an error and carries on (haxe's `display_error`).
    pub fn report(&mut self, cx: &FnCtx, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic {
            module: Some(cx.module),
            span,
            message: msg.into(),
        });
    }

    /// `unify` that reports a failure and carries on; abstract casts through `@:from` and
    /// `@:to` functions are tried first (haxe's `cast_or_unify`).
    pub fn unify_report(&mut self, cx: &FnCtx, a: &Type, b: &Type, span: Span) -> TResult<()> {
        match self.unify(a, b) {
            Ok(()) => Ok(()),
            Err(UFail::Unify(_)) if self.field_cast(a, b)? => Ok(()),
            Err(UFail::Unify(l)) => {
                if cx.untyped {
                    return Ok(());
                }
                let msg = self.unify_message(&l);
                if cx.in_call_args {
                    // haxe's `raise_or_display`: inside call arguments the failure is raised.
                    self.with_type_raise = true;
                    return Err(self.err(cx, span, msg));
                }
                self.report(cx, span, msg);
                Ok(())
            }
            Err(UFail::Stop(f)) => Err(f),
        }
    }

    /// `unify` that raises a failure (as inside call arguments).
    pub(crate) fn unify_raise(
        &mut self,
        cx: &FnCtx,
        a: &Type,
        b: &Type,
        span: Span,
    ) -> TResult<()> {
        match self.unify(a, b) {
            Ok(()) => Ok(()),
            Err(UFail::Unify(_)) if self.field_cast(a, b)? => Ok(()),
            Err(UFail::Unify(l)) => Err(self.err(cx, span, self.unify_message(&l))),
            Err(UFail::Stop(f)) => Err(f),
        }
    }

    /// Follows monomorphs and typedefs, keeping `Null` (haxe's `follow_without_null`).
    pub(crate) fn follow_keep_null(&mut self, t: &Type) -> TResult<Type> {
        let mut t = self.m.db.resolve(t).clone();
        for _ in 0..100 {
            match &t {
                Type::Typedef(td, tl) => {
                    let (td, tl) = (*td, tl.clone());
                    t = self.typedef_type(td, &tl)?;
                    t = self.m.db.resolve(&t).clone();
                }
                _ => break,
            }
        }
        Ok(t)
    }

    /// `T` for `Null<T>` (followed), any other type as it is.
    fn without_null(&mut self, t: Type) -> TResult<Type> {
        if let Type::Abstract(n, tl) = &t {
            if self.is_null_abstract(*n) && tl.len() == 1 {
                return self.follow_keep_null(&tl[0]);
            }
        }
        Ok(t)
    }

    /// An implicit cast through an abstract's `@:from` function (to `b`) or `@:to`
    /// function (from `a`), as haxe's `AbstractCast` finds them.
    pub(crate) fn field_cast(&mut self, a: &Type, b: &Type) -> TResult<bool> {
        // haxe's unification looks through `Null<T>` on either side before it tries the
        // abstract's cast functions.
        let fa = self.follow_keep_null(a)?;
        let fa = self.without_null(fa)?;
        let fb = self.follow_keep_null(b)?;
        let fb = self.without_null(fb)?;
        if let Type::Abstract(ab, tl) = &fb {
            let info = self.abstract_info(*ab)?;
            let params = self.m.db.abstract_def(*ab).params.clone();
            for f in info
                .impl_info
                .statics
                .iter()
                .filter(|f| f.meta.iter().any(|m| m == ":from"))
            {
                if !f.is_static {
                    continue;
                }
                let t = self.field_type(FieldOwner::AbstractImpl(*ab), f)?;
                let t = self.m.db.apply_params(&t, &params, tl);
                let monos = self.fresh_params(&f.params);
                let t = self.m.db.apply_params(&t, &f.params, &monos);
                if let Type::Fun(fun) = t {
                    if let Some(arg) = fun.args.first() {
                        if self.does_unify(a, &arg.ty)? {
                            return Ok(true);
                        }
                    }
                }
            }
        }
        if let Type::Abstract(aa, tl) = &fa {
            let info = self.abstract_info(*aa)?;
            let params = self.m.db.abstract_def(*aa).params.clone();
            for f in info
                .impl_info
                .statics
                .iter()
                .filter(|f| f.meta.iter().any(|m| m == ":to"))
            {
                if f.is_static {
                    return unsupported("static @:to functions");
                }
                let t = self.field_type(FieldOwner::AbstractImpl(*aa), f)?;
                let t = self.m.db.apply_params(&t, &params, tl);
                let monos = self.fresh_params(&f.params);
                let t = self.m.db.apply_params(&t, &f.params, &monos);
                if let Type::Fun(fun) = t {
                    if self.does_unify(&fun.ret, b)? {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }

    pub(crate) fn fresh_params(&mut self, params: &[TypeParam]) -> Vec<Type> {
        let monos: Vec<Type> = params.iter().map(|_| self.m.db.new_mono()).collect();
        for (p, m) in params.iter().zip(&monos) {
            if let Type::Inst(id, _) = &p.ty {
                if let Some(cs) = self.constraints.get(id).cloned() {
                    let name = self.m.db.class(*id).path.dotted();
                    let mut checked = Vec::new();
                    let mut structural = false;
                    for c in cs {
                        let c = self.m.db.apply_params(&c, params, &monos);
                        self.constrained.push((m.clone(), c.clone()));
                        // haxe checks a structure or monomorph constraint differently;
                        // those are left to the late check, which declines.
                        match self.follow(&c) {
                            Ok(Type::Anon(_) | Type::Mono(_)) | Err(_) => structural = true,
                            Ok(_) => checked.insert(0, (c, name.clone())),
                        }
                    }
                    if let (Type::Mono(mid), false) = (m, structural) {
                        self.mono_constraints.insert(*mid, checked);
                    }
                }
            }
        }
        monos
    }

    /// The type of a field, forcing its inference when it has no declared type.
    pub fn field_type(&mut self, owner: FieldOwner, f: &FieldInfo) -> TResult<Type> {
        // A build types every field lazily (haxe's `TLazy` under `dms_full_typing`), so a
        // checked field whose type is asked for has its body typed first, as haxe does when
        // it follows that type; display queries type only inferred fields so.
        let checked = self.eager_imports
            && f.decl.is_some_and(|(mid, _, _)| {
                !self.is_trusted(mid) && !self.m.module(mid).is_import_file
            });
        if (f.inferred || checked) && !self.field_state_typing(owner, f.is_static, &f.name) {
            if !f.inferred && self.bare_statement && !self.field_typed(owner, f.is_static, &f.name)
            {
                return unsupported("a bare reference to a field not typed yet");
            }
            self.type_field_decl(owner, f)?;
        } else if f.inferred {
            // Read while its own body is typed: the reader sees the monomorph.
            let path = self.owner_path(owner);
            self.note_open_type(&path, &f.name, "an inferred type read while it is inferred");
        }
        Ok(f.ty.clone())
    }

    /// Types a field's initializer or body once (the first time its type or a check needs
    /// it), binding its inferred monomorphs.
    pub fn type_field_decl(&mut self, owner: FieldOwner, f: &FieldInfo) -> TResult<()> {
        if !self.begin_field(owner, f.is_static, &f.name) {
            return Ok(());
        }
        // The field may be typed in the middle of another expression (its type is read
        // there): the state that expression keeps between steps is set aside.
        let saved = (
            self.assign_span.take(),
            self.array_obj_span.take(),
            self.array_expr_span.take(),
            self.callee_span.take(),
            self.call_expected.take(),
            self.last_call_field.take(),
            std::mem::replace(&mut self.with_type_raise, false),
            self.pending_deprecation.take(),
        );
        let mut r = self.type_field_body(owner, f);
        (
            self.assign_span,
            self.array_obj_span,
            self.array_expr_span,
            self.callee_span,
            self.call_expected,
            self.last_call_field,
            self.with_type_raise,
            self.pending_deprecation,
        ) = saved;
        self.end_field(owner, f.is_static, &f.name);
        if r.is_ok() && f.inferred && self.open_type.is_none() {
            let printed = super::print::s_type(&self.m.db, &f.ty);
            if printed.contains("Unknown<") {
                let path = self.owner_path(owner);
                self.note_open_type(&path, &f.name, "an inferred type with a monomorph");
            }
        }
        if let (Ok(()), FieldOwner::Class(c)) = (&r, owner) {
            // haxe checks an override once the method's body is typed.
            r = self.check_overriding(c, f);
        }
        r.map_err(|e| match e {
            Fail::Unsupported(why) if !why.contains(" (in ") => {
                let owner_path = match owner {
                    FieldOwner::Class(c) => self.m.db.class(c).path.dotted(),
                    FieldOwner::AbstractImpl(a) => self.m.db.abstract_def(a).path.dotted(),
                };
                Fail::Unsupported(format!("{} (in {}.{})", why, owner_path, f.name))
            }
            other => other,
        })
    }

    fn type_field_body(&mut self, owner: FieldOwner, f: &FieldInfo) -> TResult<()> {
        super::stats::body_typed();
        let Some((mid, di, fi)) = f.decl else {
            return Ok(());
        };
        if self.is_trusted(mid) && !f.inferred {
            return Ok(());
        }
        let ast = self.m.module(mid).typed.clone();
        let fields = match &ast.decls[di].kind {
            ast::DeclKind::Class(c) => &c.fields,
            ast::DeclKind::Abstract(a) => &a.fields,
            _ => return Ok(()),
        };
        let field = &fields[fi];
        let (class, abstract_) = match owner {
            FieldOwner::Class(c) => (Some(c), None),
            FieldOwner::AbstractImpl(a) => (None, Some(a)),
        };
        let mut params = match owner {
            FieldOwner::Class(c) => self.class_scope(c),
            FieldOwner::AbstractImpl(a) => self
                .m
                .db
                .abstract_def(a)
                .params
                .iter()
                .map(|p| (p.name.clone(), p.ty.clone()))
                .collect(),
        };
        params.extend(f.params.iter().map(|p| (p.name.clone(), p.ty.clone())));
        let mut cx = FnCtx {
            module: mid,
            class,
            abstract_,
            is_static: f.is_static,
            in_ctor: f.name == "new",
            params,
            locals: Vec::new(),
            ret: None,
            loops: 0,
            order: (
                mid.0,
                di as u32,
                if f.name == "new" && !f.is_static {
                    0
                } else if f.is_static {
                    1
                } else {
                    2
                },
                fi as u32,
            ),
            in_local_fun: 0,
            in_inline: matches!(f.kind, FKind::Method(MethKind::Inline))
                || matches!(
                    f.kind,
                    FKind::Var {
                        read: VarAcc::Inline,
                        ..
                    }
                ),
            untyped: false,
            private_access: false,
            in_call_args: false,
        };
        self.with_type_raise = false;
        if let (Some(a), true) = (abstract_, f.meta.iter().any(|m| m == ":enumValue")) {
            // An enum abstract value's initializer is typed against the underlying type.
            if let ast::FieldKind::Var(_, Some(init)) = &field.kind {
                let this = self.abstract_info(a)?.this.clone();
                let t = self.expr(&mut cx, init, &With::Of(this.clone()))?;
                self.unify_report(&cx, &t, &this, field.span)?;
            }
            return Ok(());
        }
        match &field.kind {
            ast::FieldKind::Var(_, Some(init))
            | ast::FieldKind::Prop {
                expr: Some(init), ..
            } => {
                self.last_call_field = None;
                let t = self.expr(&mut cx, init, &With::Of(f.ty.clone()))?;
                self.unify_report(&cx, &t, &f.ty, field.span)?;
                if let FKind::Var {
                    read: VarAcc::Inline,
                    ..
                } = f.kind
                {
                    if !self.inline_init_constant(init)? {
                        self.report(
                            &cx,
                            field.span,
                            "Inline variable initialization must be a constant value",
                        );
                    }
                }
            }
            ast::FieldKind::Fun(func) => {
                let Type::Fun(ft) = &f.ty else {
                    return Ok(());
                };
                let ft = ft.clone();
                if self.is_trusted(mid) {
                    // A std method is typed only for its inferred return type: without a
                    // `return value`, haxe makes it Void without looking further.
                    if let Some(body) = &func.body {
                        if !has_value_return(body) {
                            if let Type::Mono(m) = self.m.db.resolve(&ft.ret).clone() {
                                let v = self.t_void()?;
                                self.m.db.bind_mono(m, v);
                            }
                            return Ok(());
                        }
                    }
                }
                self.type_function(&mut cx, func, &ft, field.span)?;
                if let (FieldOwner::Class(c), "new") = (owner, f.name.as_str()) {
                    self.check_super_call(&cx, c, func, f)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether an inline variable's initializer, just typed, is one haxe accepts: after
    /// its optimizer ran, only constants, enum constructors, type expressions and
    /// arithmetic on them remain (`make_constant_expression`). Values the optimizer
    /// might fold (calls it inlines, locals it propagates) are declined.
    fn inline_init_constant(&mut self, init: &Expr) -> TResult<bool> {
        let mut e = init;
        while let ExprKind::Parenthesis(inner) = &e.kind {
            e = inner;
        }
        if super::classcheck::is_constant(e) {
            return Ok(true);
        }
        match &e.kind {
            ExprKind::ArrayDecl(_) | ExprKind::ObjectDecl(_) | ExprKind::Function(..) => Ok(false),
            ExprKind::Call(callee, _)
                if matches!(
                    callee.kind,
                    ExprKind::Field(..) | ExprKind::Const(Constant::Ident(_))
                ) =>
            {
                // A call stays a call unless the optimizer inlines it: inline methods, and
                // the few std functions haxe evaluates on constant arguments.
                let Some((owner, name, kind)) = self.last_call_field.clone() else {
                    return unsupported("inline variables with computed values");
                };
                let folded = match owner {
                    FieldOwner::Class(c) if c.0 as usize >= self.m.db.classes.len() => true,
                    FieldOwner::Class(c) => {
                        let path = &self.m.db.class(c).path;
                        path.pack.is_empty()
                            && matches!(
                                (path.name.as_str(), name.as_str()),
                                ("Std", "int" | "string")
                                    | ("String", "fromCharCode")
                                    | ("Math", "ceil" | "floor")
                                    | ("Type", "enumIndex")
                            )
                    }
                    FieldOwner::AbstractImpl(_) => true,
                };
                match kind {
                    FKind::Method(MethKind::Normal | MethKind::Dynamic) if !folded => Ok(false),
                    _ => unsupported("inline variables with computed values"),
                }
            }
            _ => unsupported("inline variables with computed values"),
        }
    }

    /// A constructor of a class whose superclass has one must call `super(...)`.
    fn check_super_call(
        &mut self,
        cx: &FnCtx,
        c: ClassId,
        func: &ast::Function,
        f: &FieldInfo,
    ) -> TResult<()> {
        let Some((sc, stl)) = self.m.db.class(c).super_class.clone() else {
            return Ok(());
        };
        if self.constructor_of(sc, &stl)?.is_none() {
            return Ok(());
        }
        fn calls_super(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::Call(callee, _) if matches!(&callee.kind, ExprKind::Const(Constant::Ident(n)) if n == "super") => {
                    true
                }
                ExprKind::Function(..) => false,
                _ => {
                    let mut found = false;
                    e.for_each_child(|c| {
                        if !found && calls_super(c) {
                            found = true;
                        }
                    });
                    found
                }
            }
        }
        let _ = f;
        if let Some(body) = &func.body {
            if !calls_super(body) {
                self.report(cx, body.span, "Missing super constructor call");
            }
        }
        Ok(())
    }

    /// Types a function's body with its arguments in scope (haxe's `type_function`).
    fn type_function(
        &mut self,
        cx: &mut FnCtx,
        func: &ast::Function,
        ft: &FunType,
        _span: Span,
    ) -> TResult<()> {
        let Some(body) = &func.body else {
            return Ok(());
        };
        let saved_locals = cx.locals.len();
        // haxe keeps `in_call_args` inside a function literal given as an argument: a
        // unification failure in its body is raised up to the call.
        let saved_args = cx.in_call_args;
        let saved_ret = cx.ret.replace(ft.ret.clone());
        let saved_loops = std::mem::replace(&mut cx.loops, 0);
        let saved_monos = std::mem::take(&mut self.perfunction);
        for (a, fa) in func.args.iter().zip(&ft.args) {
            if let Some(v) = &a.value {
                let t = self.expr(cx, v, &With::Of(fa.ty.clone()))?;
                self.unify_report(cx, &t, &fa.ty, v.span)?;
            }
            cx.locals.push(Local {
                name: a.name.name.to_string(),
                ty: fa.ty.clone(),
                is_final: false,
                uninit: false,
                decl: Some(a.name.span),
            });
        }
        let r = self.expr(cx, body, &With::NoValue);
        let r = r.and_then(|_| {
            let ret = ft.ret.clone();
            if self.is_void(&ret)? {
                return Ok(());
            }
            let has_return = has_value_return(body);
            if let Type::Mono(m) = self.m.db.resolve(&ret).clone() {
                if !has_return {
                    let v = self.t_void()?;
                    self.m.db.bind_mono(m, v);
                    return Ok(());
                }
            }
            self.return_flow(cx, body, &ret).map(|_| ())
        });
        let r = r.and_then(|_| self.close_monos());
        self.perfunction = saved_monos;
        cx.locals.truncate(saved_locals);
        cx.in_call_args = saved_args;
        cx.ret = saved_ret;
        cx.loops = saved_loops;
        r
    }

    /// haxe's `Monomorph.close` on the function's monomorphs that fields were read from:
    /// each still unbound is bound to a closed structure of those fields.
    fn close_monos(&mut self) -> TResult<()> {
        for m in std::mem::take(&mut self.perfunction) {
            if self.m.db.mono_binding(m).is_some() {
                continue;
            }
            let Some(fields) = self.m.db.mono_fields.get(&m).cloned() else {
                continue;
            };
            if fields
                .iter()
                .any(|(_, t, _)| matches!(self.m.db.resolve(t), Type::Mono(x) if *x == m))
            {
                return unsupported("a structure that holds itself");
            }
            let anon = Type::Anon(
                self.m.db.add_anon(AnonDef {
                    fields: fields
                        .into_iter()
                        .map(|(n, ty, written)| {
                            (
                                n,
                                AnonField {
                                    ty,
                                    optional: false,
                                    method: false,
                                    read_only: !written,
                                    doc: None,
                                },
                            )
                        })
                        .collect(),
                    status: AnonStatus::Closed,
                }),
            );
            self.m.db.bind_mono(m, anon.clone());
            self.closed_monos.insert(m, anon);
        }
        Ok(())
    }

    /// haxe's `return_flow`: every path of a non-Void function must return or throw.
    fn return_flow(&mut self, cx: &FnCtx, e: &Expr, ret: &Type) -> TResult<bool> {
        fn unconditional(e: &Expr) -> bool {
            match &e.kind {
                ExprKind::If(..)
                | ExprKind::While(..)
                | ExprKind::Switch(..)
                | ExprKind::Try(..)
                | ExprKind::Function(..) => false,
                ExprKind::Return(_) | ExprKind::Throw(_) => true,
                _ => {
                    let mut found = false;
                    e.for_each_child(|c| {
                        if !found && unconditional(c) {
                            found = true;
                        }
                    });
                    found
                }
            }
        }
        // Reports the first missing return and stops (haxe raises `Exit`).
        let missing = |t: &mut Self| -> TResult<bool> {
            let s = super::print::s_type(t.db(), ret);
            // haxe's `trace(e)` becomes a call placed at the `trace` identifier.
            let span = match &e.kind {
                ExprKind::Call(callee, args)
                    if !args.is_empty()
                        && cx.local("trace").is_none()
                        && matches!(&callee.kind, ExprKind::Const(Constant::Ident(n)) if n == "trace") =>
                {
                    callee.span
                }
                _ => e.span,
            };
            t.report(cx, span, format!("Missing return: {}", s));
            Ok(false)
        };
        match &e.kind {
            ExprKind::Return(_) | ExprKind::Throw(_) => Ok(true),
            // `untyped e` leaves no node of its own in haxe's typed tree.
            ExprKind::Parenthesis(inner) | ExprKind::Meta(_, inner) | ExprKind::Untyped(inner) => {
                self.return_flow(cx, inner, ret)
            }
            ExprKind::Block(el) => {
                let mut i = 0;
                loop {
                    if i == el.len() {
                        return missing(self);
                    }
                    if i == el.len() - 1 {
                        return self.return_flow(cx, &el[i], ret);
                    }
                    if unconditional(&el[i]) {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            ExprKind::If(_, a, Some(b)) => {
                Ok(self.return_flow(cx, a, ret)? && self.return_flow(cx, b, ret)?)
            }
            ExprKind::Try(body, catches) => {
                if !self.return_flow(cx, body, ret)? {
                    return Ok(false);
                }
                for c in catches {
                    if !self.return_flow(cx, &c.body, ret)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            // `while (true)` (or `do ... while (true)`) never ends but through a `break`
            // of its own (one of a nested loop does not count).
            ExprKind::While(cond, body, _) if matches!(&cond.kind, ExprKind::Const(Constant::Ident(b)) if b == "true") =>
            {
                fn has_break(e: &Expr) -> bool {
                    match &e.kind {
                        ExprKind::Break => true,
                        ExprKind::While(..) | ExprKind::For(..) => false,
                        _ => {
                            let mut found = false;
                            e.for_each_child(|c| {
                                if !found && has_break(c) {
                                    found = true;
                                }
                            });
                            found
                        }
                    }
                }
                if has_break(body) {
                    missing(self)
                } else {
                    Ok(true)
                }
            }
            ExprKind::Switch(subject, cases, default) => {
                let mut subject = &**subject;
                while let ExprKind::Parenthesis(inner) = &subject.kind {
                    subject = inner;
                }
                let exhaustive = self
                    .exhaustive_switches
                    .contains(&(cx.module, subject.span.lo));
                if default.is_none() && !exhaustive {
                    return missing(self);
                }
                let bodies = cases
                    .iter()
                    .map(|c| (c.body.as_ref(), c.span))
                    .chain(default.iter().map(|(d, span)| (d.as_deref(), *span)));
                for (b, span) in bodies {
                    let ok = match b {
                        Some(b) => self.return_flow(cx, b, ret)?,
                        None => {
                            let s = super::print::s_type(self.db(), ret);
                            self.report(cx, span, format!("Missing return: {}", s));
                            false
                        }
                    };
                    if !ok {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => missing(self),
        }
    }

    // ----- expressions -----

    pub fn expr(&mut self, cx: &mut FnCtx, e: &Expr, with: &With) -> TResult<Type> {
        if self.expr_probe == Some((cx.module, e.span)) && !wraps_same_span(e) {
            // A hover query's expression: its type is the answer (the innermost of those
            // with the span: an arrow function's body is a `return` placed on it).
            self.expr_probe = None;
            let t = self.expr(cx, e, with)?;
            self.expr_probe_hit = Some(t);
            return unsupported(DISPLAY_STOP);
        }
        if let Some(t) = self.toplevel_target {
            if let (Some((block, index)), ExprKind::Block(el)) = (t.insert, &e.kind) {
                if block == e.span {
                    return self.toplevel_block(cx, el, index, t.span, with);
                }
            }
            // Among a call's arguments too (the ones after it are kept, as haxe keeps them).
            if let (Some((call, index)), ExprKind::Call(callee, args)) = (t.insert, &e.kind) {
                if call == e.span {
                    let mut items: Vec<Expr> = args[..index.min(args.len())].to_vec();
                    items.push(Expr {
                        kind: ExprKind::Const(Constant::Ident("null".into())),
                        span: t.span,
                    });
                    items.extend(args[index.min(args.len())..].iter().cloned());
                    let inserted = Expr {
                        kind: ExprKind::Call(callee.clone(), items),
                        span: e.span,
                    };
                    self.toplevel_target = Some(ToplevelTarget {
                        span: t.span,
                        insert: None,
                    });
                    return self.expr(cx, &inserted, with);
                }
            }
            // haxe's preprocessing puts the `null` into an array literal's elements too;
            // typing stops there, so the elements after it do not matter.
            if let (Some((array, index)), ExprKind::ArrayDecl(el)) = (t.insert, &e.kind) {
                if array == e.span {
                    let mut items: Vec<Expr> = el[..index.min(el.len())].to_vec();
                    items.push(Expr {
                        kind: ExprKind::Const(Constant::Ident("null".into())),
                        span: t.span,
                    });
                    return self.array_decl(cx, &items, e.span, with);
                }
            }
            if t.span == e.span
                && matches!(
                    e.kind,
                    ExprKind::Const(Constant::Ident(_) | Constant::Int(_) | Constant::Float(_))
                        | ExprKind::New(..)
                )
            {
                self.toplevel_target = None;
                // haxe types the expression at the cursor and unifies it with the expected
                // type before listing (binding monomorphs the list may show); an unknown
                // name is listed without.
                let errors = self.errors.len();
                let typed = self.expr(cx, e, with);
                let reported = self.errors.len() > errors;
                self.errors.truncate(errors);
                match typed {
                    Ok(_) if reported => {
                        return unsupported("an error at the completion point");
                    }
                    Ok(got) => {
                        if let With::Of(want) = with {
                            if let Err(UFail::Stop(f)) = self.unify(&got, want) {
                                return Err(f);
                            }
                        }
                    }
                    Err(Fail::Error(d)) if d.message.starts_with("Unknown identifier") => {}
                    Err(Fail::Error(_)) => return unsupported("an error at the completion point"),
                    Err(f) => return Err(f),
                }
                let arg = match &self.arg_name_at {
                    Some((span, name)) if *span == e.span => Some(Some(name.clone())),
                    _ => cx.in_call_args.then_some(None),
                };
                self.toplevel_hit = Some(ToplevelHit {
                    locals: cx.locals.clone(),
                    with: with.clone(),
                    arg,
                    class: cx.class,
                    abstract_: cx.abstract_,
                    is_static: cx.is_static,
                    in_ctor: cx.in_ctor,
                    in_local_fun: cx.in_local_fun,
                    params: cx.params.clone(),
                });
                return unsupported(DISPLAY_STOP);
            }
        }
        match &e.kind {
            ExprKind::Const(c) => self.constant(cx, c, e.span, with),
            ExprKind::Parenthesis(inner) => self.expr(cx, inner, with),
            ExprKind::Meta(m, inner) => {
                if m.name == ":privateAccess" {
                    let saved = std::mem::replace(&mut cx.private_access, true);
                    let r = self.expr(cx, inner, with);
                    cx.private_access = saved;
                    return r;
                }
                if matches!(
                    m.name.as_str(),
                    ":access" | ":allow" | ":bypassAccessor" | ":this"
                ) {
                    return unsupported(format!("@{} expressions", m.name));
                }
                self.expr(cx, inner, with)
            }
            // `{}` where a value is wanted is an empty structure.
            ExprKind::Block(el) if el.is_empty() && !matches!(with, With::NoValue) => {
                self.object_decl(cx, &[], e.span, with)
            }
            ExprKind::Block(el) => self.block(cx, el, with),
            ExprKind::Vars(vars) => self.vars(cx, vars, e.span),
            ExprKind::Field(obj, name) => {
                let access = self.field_access(cx, obj, name, e.span, false)?;
                self.read_access(cx, access, e.span)
            }
            ExprKind::Call(callee, args) => self.call(cx, callee, args, e.span, with),
            ExprKind::New(tp, args) => self.new_expr(cx, tp, args, e.span, with),
            ExprKind::Binop(op, a, b) => self.binop(cx, *op, a, b, e.span, with),
            ExprKind::Unop(op, postfix, inner) => self.unop(cx, *op, *postfix, inner, e.span),
            ExprKind::If(cond, then, els) => {
                let tb = self.t_bool()?;
                // haxe types a condition as a plain value, then unifies it with Bool.
                let ct = self.expr(cx, cond, &With::Value)?;
                // haxe reports a condition that is not Bool at the whole `if`.
                self.unify_report(cx, &ct, &tb, e.span)?;
                match (els, with) {
                    (None, _) | (_, With::NoValue) => {
                        self.expr(cx, then, &With::NoValue)?;
                        if let Some(els) = els {
                            self.expr(cx, els, &With::NoValue)?;
                        }
                        self.t_void()
                    }
                    (Some(els), _) => {
                        let first = self.null_sites.len();
                        let t1 = self.expr(cx, then, with)?;
                        let t2 = self.expr(cx, els, with)?;
                        self.mark_branch_nulls(first);
                        self.branches(cx, with, &[(t1, then.span), (t2, els.span)])
                    }
                }
            }
            ExprKind::Ternary(cond, a, b) => {
                let tb = self.t_bool()?;
                // haxe types a condition as a plain value, then unifies it with Bool.
                let ct = self.expr(cx, cond, &With::Value)?;
                // haxe types `c ? a : b` as an `if` placed at the whole expression.
                self.unify_report(cx, &ct, &tb, e.span)?;
                let with = match with {
                    With::NoValue => With::Value,
                    w => w.clone(),
                };
                let first = self.null_sites.len();
                let t1 = self.expr(cx, a, &with)?;
                let t2 = self.expr(cx, b, &with)?;
                self.mark_branch_nulls(first);
                self.branches(cx, &with, &[(t1, a.span), (t2, b.span)])
            }
            // A `do ... while` types its body first and reports its condition where it is.
            ExprKind::While(cond, body, true) => {
                cx.loops += 1;
                let r = self.expr(cx, body, &With::NoValue);
                cx.loops -= 1;
                r?;
                let tb = self.t_bool()?;
                // haxe types a condition as a plain value, then unifies it with Bool.
                let ct = self.expr(cx, cond, &With::Value)?;
                self.unify_report(cx, &ct, &tb, cond.span)?;
                self.t_void()
            }
            ExprKind::While(cond, body, false) => {
                let tb = self.t_bool()?;
                // haxe types a condition as a plain value, then unifies it with Bool.
                let ct = self.expr(cx, cond, &With::Value)?;
                self.unify_report(cx, &ct, &tb, e.span)?;
                cx.loops += 1;
                let r = self.expr(cx, body, &With::NoValue);
                cx.loops -= 1;
                r?;
                self.t_void()
            }
            ExprKind::For(head, body) => self.for_loop(cx, head, body),
            ExprKind::Return(value) => self.return_expr(cx, value.as_deref(), e.span),
            ExprKind::Break | ExprKind::Continue => {
                if cx.loops == 0 {
                    let what = if matches!(e.kind, ExprKind::Break) {
                        "Break outside loop"
                    } else {
                        "Continue outside loop"
                    };
                    self.report(cx, e.span, what);
                }
                Ok(self.m.db.new_mono())
            }
            ExprKind::Throw(inner) => {
                self.expr(cx, inner, &With::Value)?;
                Ok(self.m.db.new_mono())
            }
            ExprKind::Untyped(_) => Ok(self.m.db.new_mono()),
            ExprKind::Cast(inner, None) => {
                self.expr(cx, inner, &With::Value)?;
                Ok(self.m.db.new_mono())
            }
            ExprKind::Cast(inner, Some(hint)) => self.checked_cast(cx, inner, hint),
            ExprKind::CheckType(inner, hint) => {
                let t = self.load_hint(cx.module, &cx.params, hint)?;
                let te = self.expr(cx, inner, &With::Of(t.clone()))?;
                self.unify_report(cx, &te, &t, e.span)?;
                Ok(t)
            }
            ExprKind::Is(inner, hint) => {
                self.expr(cx, inner, &With::Value)?;
                match &hint.kind {
                    ast::ComplexType::Path(tp) if !tp.params.is_empty() => {
                        self.report(
                            cx,
                            hint.span,
                            "Type parameters are not supported for the `is` operator",
                        );
                    }
                    ast::ComplexType::Path(tp) => {
                        let imports = self.imports(cx.module)?;
                        let r = self.m.resolve(cx.module, &imports, tp);
                        self.after_load(cx.module, tp.span.lo)?;
                        match r {
                            // The type is named without its parameters (`x is Array`).
                            Ok(
                                ModuleType::Class(_)
                                | ModuleType::Enum(_)
                                | ModuleType::Abstract(_),
                            ) => {}
                            Ok(ModuleType::Typedef(_)) => {
                                return unsupported("`is` with a typedef")
                            }
                            Err(e) => return Err(self.err(cx, hint.span, e.message())),
                        }
                    }
                    _ => return unsupported("`is` with this type"),
                }
                self.t_bool()
            }
            ExprKind::ArrayDecl(el) => self.array_decl(cx, el, e.span, with),
            ExprKind::ObjectDecl(fields) => self.object_decl(cx, fields, e.span, with),
            ExprKind::Array(a, i) => {
                if self.is_signature_call(cx.module, e.span) {
                    return self.signature_of_array(cx, a, with);
                }
                let ta = self.expr(cx, a, &With::Value)?;
                let ti = self.expr(cx, i, &With::Value)?;
                let fa = self.follow(&ta)?;
                let array = self.std_ids()?.array;
                match fa {
                    Type::Inst(c, tl) if c == array && tl.len() == 1 => {
                        let int = self.t_int()?;
                        self.unify_report(cx, &ti, &int, i.span)?;
                        Ok(tl[0].clone())
                    }
                    Type::Dynamic(_) => Ok(Type::Dynamic(None)),
                    Type::Abstract(ab, tl) => {
                        self.array_obj_span = Some(a.span);
                        self.array_expr_span = Some(e.span);
                        let r = self.abstract_array_get(cx, ab, &tl, &ti, i.span);
                        self.array_obj_span = None;
                        r
                    }
                    // haxe unifies a value of unknown type with `Array<T>`, T new.
                    Type::Mono(_) => {
                        let pt = self.m.db.new_mono();
                        let arr = self.t_array(pt.clone())?;
                        if !self.does_unify(&ta, &arr)? {
                            return unsupported("array access on this type");
                        }
                        let int = self.t_int()?;
                        self.unify_report(cx, &ti, &int, i.span)?;
                        Ok(pt)
                    }
                    _ => unsupported("array access on this type"),
                }
            }
            ExprKind::Function(kind, func) => self.local_function(cx, kind, func, e.span, with),
            ExprKind::Switch(subject, cases, default) => {
                let first = self.null_sites.len();
                // An expected type still unknown is not pushed into the cases: haxe types
                // them as values, then unifies their common type with it.
                let unknown = match with {
                    With::Of(t) if matches!(self.m.db.resolve(t), Type::Mono(_)) => Some(t.clone()),
                    _ => None,
                };
                let inner = if unknown.is_some() {
                    &With::Value
                } else {
                    with
                };
                let r = self.switch(cx, subject, cases, default.as_ref(), inner);
                if !matches!(with, With::NoValue) {
                    self.mark_branch_nulls(first);
                }
                match (r, unknown) {
                    (Ok(ts), Some(t)) => {
                        self.unify_report(cx, &ts, &t, e.span)?;
                        Ok(ts)
                    }
                    (r, _) => r,
                }
            }
            ExprKind::Try(body, catches) => {
                let first = self.null_sites.len();
                let tb = self.expr(cx, body, with)?;
                let mut types = vec![(tb, body.span)];
                for c in catches {
                    let ct = match &c.ty {
                        Some(hint) => self.load_hint(cx.module, &cx.params, hint)?,
                        None => self.exception_type()?,
                    };
                    let n = cx.locals.len();
                    cx.locals.push(Local {
                        name: c.name.name.to_string(),
                        ty: ct,
                        is_final: false,
                        uninit: false,
                        decl: None,
                    });
                    let r = self.expr(cx, &c.body, with);
                    cx.locals.truncate(n);
                    types.push((r?, c.body.span));
                }
                match with {
                    With::NoValue => self.t_void(),
                    _ => {
                        self.mark_branch_nulls(first);
                        self.common_type(cx, with, &types)
                    }
                }
            }
            ExprKind::Display(inner, kind) => {
                let t = self.expr(cx, inner, &With::Value)?;
                if *kind == ast::DisplayKind::Dot && self.display_cursor == Some(e.span.hi) {
                    // The value before the completion dot: record its type and stop.
                    self.display_type = Some(t);
                    return unsupported(DISPLAY_STOP);
                }
                Ok(t)
            }
        }
    }

    /// The common type of branches (haxe's `unify_min` as `if` and `switch` use it), or
    /// the expected type when there is one; branches that do not fit are reported.
    fn branches(&mut self, cx: &FnCtx, with: &With, ts: &[(Type, Span)]) -> TResult<Type> {
        self.common_type(cx, with, ts)
    }

    pub(crate) fn common_type(
        &mut self,
        cx: &FnCtx,
        with: &With,
        ts: &[(Type, Span)],
    ) -> TResult<Type> {
        if let With::Of(t) = with {
            for (bt, span) in ts {
                self.unify_report(cx, bt, t, *span)?;
            }
            return Ok(t.clone());
        }
        match self.unify_min(ts)? {
            Ok(t) => Ok(t),
            Err((t, at)) => {
                // haxe's `unify_min` reports the first branch that fits no common type.
                let (bt, span) = ts[at].clone();
                self.unify_report(cx, &bt, &t, span)?;
                Ok(ts[0].0.clone())
            }
        }
    }

    /// haxe's `unify_min_raise`, first pass: the common type of several values, or the
    /// type reached and the index of the first value that does not fit it. Class instances
    /// and structures, for which haxe searches common base types, are declined.
    #[allow(clippy::type_complexity)]
    pub(crate) fn unify_min(
        &mut self,
        ts: &[(Type, Span)],
    ) -> TResult<Result<Type, (Type, usize)>> {
        // A `null` among the values makes the common type nullable (haxe's `chk_null`).
        let nullable = ts.iter().any(|(t, _)| self.null_literals.contains(t));
        let is_null = |t: &Type, me: &Self| {
            me.null_literals.contains(t) && matches!(me.m.db.resolve(t), Type::Mono(_))
        };
        // haxe unifies each `null` with `Null<common so far>`, so the literal's own type
        // stays nullable (it is never a basic type for the static-platform check).
        let mut common = if is_null(&ts[0].0, self) {
            let fresh = self.m.db.new_mono();
            let wrapped = self.t_null(fresh)?;
            self.does_unify(&ts[0].0, &wrapped)?;
            wrapped
        } else {
            ts[0].0.clone()
        };
        for (i, (t, _)) in ts.iter().enumerate().skip(1) {
            if is_null(t, self) {
                let wrapped = self.t_null(common.clone())?;
                if self.does_unify(t, &wrapped)? {
                    common = wrapped;
                    continue;
                }
            }
            if self.does_unify(t, &common)? {
                continue;
            }
            if self.does_unify(&common, t)? {
                common = t.clone();
                continue;
            }
            for (x, _) in ts {
                let simple = match self.follow(x)? {
                    Type::Inst(c, _) => {
                        self.class_info(c)?;
                        let d = self.m.db.class(c);
                        d.kind == ClassKind::Normal
                            && d.super_class.is_none()
                            && d.interfaces.is_empty()
                    }
                    Type::Anon(_) | Type::Mono(_) => false,
                    _ => true,
                };
                if !simple {
                    return unsupported("the common type of class instances or structures");
                }
            }
            return Ok(Err((common, i)));
        }
        if nullable {
            common = self.t_null(common)?;
        }
        Ok(Ok(common))
    }

    fn constant(&mut self, cx: &mut FnCtx, c: &Constant, span: Span, with: &With) -> TResult<Type> {
        match c {
            // haxe's `type_constant`: a literal that does not fit in 32 bits is a Float;
            // a hexadecimal one longer than `0x` and 8 digits is an error.
            Constant::Int(s) => match int32_literal(s) {
                Some(true) => self.t_int(),
                Some(false) => self.t_float(),
                None => Err(self.err(cx, span, "Invalid hexadecimal integer".to_string())),
            },
            Constant::Float(_) => self.t_float(),
            Constant::String(s, q) => {
                if *q == ast::Quotes::Single && s.contains('$') {
                    self.interpolation(cx, s, span)?;
                }
                self.t_string()
            }
            Constant::Regexp(..) => {
                let path = crate::project::classpath::ModulePath {
                    pack: Vec::new(),
                    name: "EReg".into(),
                };
                let mid = self
                    .m
                    .load(&path)
                    .map_err(|e| Fail::Unsupported(format!("std: {}", e.message())))?;
                match self.m.find_type_in_module(mid, "EReg") {
                    Some(ModuleType::Class(c)) => Ok(Type::Inst(c, no_params())),
                    _ => unsupported("EReg is not a class"),
                }
            }
            Constant::Ident(name) => match name.as_str() {
                "true" | "false" => self.t_bool(),
                "null" => {
                    let m = self.m.db.new_mono();
                    self.null_literals.push(m.clone());
                    self.null_sites.push(NullSite {
                        ty: m.clone(),
                        module: cx.module,
                        span,
                        order: cx.order,
                        in_inline: cx.in_inline,
                        in_branch: false,
                    });
                    Ok(m)
                }
                "this" => self.this_type(cx, span),
                "super" => unsupported("super as a value"),
                _ => {
                    if let (Some(c), Some(l)) = (self.hover_cursor, cx.local(name)) {
                        if span.lo <= c && c < span.hi {
                            self.hover_result = Some((l.ty.clone(), span));
                            return unsupported(DISPLAY_STOP);
                        }
                    }
                    let expected = self.expected_enum(with)?;
                    let access = match self.ident_against(cx, name, span, expected, span)? {
                        Ok(a) => a,
                        Err(unknown) => return Ok(unknown),
                    };
                    self.flush_deprecation(cx, span);
                    self.read_access(cx, access, span)
                }
            },
        }
    }

    /// Marks the `null` literals met since the first `first` as inside a value's branch.
    fn mark_branch_nulls(&mut self, first: usize) {
        for site in self.null_sites.iter_mut().skip(first) {
            site.in_branch = true;
        }
    }

    /// The expressions of an interpolated string (`'a $b ${c + 1}'`), typed as values.
    fn interpolation(&mut self, cx: &mut FnCtx, s: &str, span: Span) -> TResult<()> {
        let parts = super::interp::parts(s, span, self.m.defines());
        for e in parts.map_err(|what| Fail::Unsupported(what.into()))? {
            self.expr(cx, &e, &With::Value)?;
        }
        Ok(())
    }

    /// `haxe.Exception`, the type of an untyped `catch (e)`.
    fn exception_type(&mut self) -> TResult<Type> {
        let path = crate::project::classpath::ModulePath {
            pack: vec!["haxe".into()],
            name: "Exception".into(),
        };
        let mid = self
            .m
            .load(&path)
            .map_err(|e| Fail::Unsupported(format!("std: {}", e.message())))?;
        match self.m.find_type_in_module(mid, "Exception") {
            Some(ModuleType::Class(c)) => Ok(Type::Inst(c, no_params())),
            _ => unsupported("haxe.Exception is not a class"),
        }
    }

    /// `cast(e, T)`: never rejected at compile time, but `T`'s parameters must be
    /// `Dynamic` (haxe's `type_cast`).
    fn checked_cast(
        &mut self,
        cx: &mut FnCtx,
        inner: &Expr,
        hint: &ast::TypeHint,
    ) -> TResult<Type> {
        self.expr(cx, inner, &With::Value)?;
        let t = self.load_hint(cx.module, &cx.params, hint)?;
        let params: Vec<Type> = match self.follow(&t)? {
            Type::Inst(_, tl) | Type::Enum(_, tl) | Type::Abstract(_, tl) => tl.to_vec(),
            _ => return unsupported("casts to this kind of type"),
        };
        for p in &params {
            if !matches!(self.follow(p)?, Type::Dynamic(_)) {
                return Err(self.err(cx, hint.span, "Cast type parameters must be Dynamic"));
            }
        }
        Ok(t)
    }

    fn this_type(&mut self, cx: &FnCtx, span: Span) -> TResult<Type> {
        if cx.is_static {
            return Err(self.err(cx, span, "Cannot access this from a static function"));
        }
        if let Some(a) = cx.abstract_ {
            return Ok(self.abstract_info(a)?.this.clone());
        }
        match cx.class {
            Some(c) => {
                let params: Vec<Type> = self
                    .m
                    .db
                    .class(c)
                    .params
                    .iter()
                    .map(|p| p.ty.clone())
                    .collect();
                Ok(Type::Inst(c, Arc::from(params)))
            }
            None => unsupported("this outside a class"),
        }
    }

    /// A block where haxe's display preprocessing put a `null` before statement `index`:
    /// the statements before it are typed, then the `null` (at `at`) stops typing.
    fn toplevel_block(
        &mut self,
        cx: &mut FnCtx,
        el: &[Expr],
        index: usize,
        at: Span,
        with: &With,
    ) -> TResult<Type> {
        let mut stmts: Vec<Expr> = el[..index.min(el.len())].to_vec();
        stmts.push(Expr {
            kind: ExprKind::Const(Constant::Ident("null".into())),
            span: at,
        });
        let w = if index >= el.len() {
            with.clone()
        } else {
            With::NoValue
        };
        self.block(cx, &stmts, &w)
    }

    fn block(&mut self, cx: &mut FnCtx, el: &[Expr], with: &With) -> TResult<Type> {
        let n = cx.locals.len();
        let mut last = None;
        for (i, e) in el.iter().enumerate() {
            let w = if i + 1 == el.len() {
                with.clone()
            } else {
                With::NoValue
            };
            // haxe never follows the type of a bare reference statement, so it does not
            // type the field's body then; hxs declines rather than type it early.
            let bare = matches!(w, With::NoValue)
                && matches!(
                    e.kind,
                    ExprKind::Const(Constant::Ident(_)) | ExprKind::Field(..)
                );
            let outer = std::mem::replace(&mut self.bare_statement, bare);
            let mark = self.refs_mark();
            let r = self.expr(cx, e, &w);
            self.bare_statement = outer;
            match r {
                Ok(t) => last = Some(t),
                Err(Fail::Error(d)) if self.m.load_failure.is_none() && !self.with_type_raise => {
                    self.errors.push(d);
                    self.caught_raise = true;
                    self.drop_refs_in(mark, cx.module, e.span);
                    last = None;
                }
                Err(f) => {
                    cx.locals.truncate(n);
                    return Err(f);
                }
            }
        }
        cx.locals.truncate(n);
        match last {
            Some(t) if !el.is_empty() => Ok(t),
            _ if el.is_empty() => self.t_void(),
            _ => Ok(self.m.db.new_mono()),
        }
    }

    fn vars(&mut self, cx: &mut FnCtx, vars: &[ast::VarDecl], span: Span) -> TResult<Type> {
        let mut declared_vars = Vec::new();
        for v in vars {
            let mark = self.refs_mark();
            let typed = (|| -> TResult<Type> {
                let declared = match &v.ty {
                    Some(h) => Some(self.load_hint(cx.module, &cx.params, h)?),
                    None => None,
                };
                Ok(match (&declared, &v.expr) {
                    (Some(t), Some(init)) => {
                        let te = self.expr(cx, init, &With::Of(t.clone()))?;
                        self.unify_report(cx, &te, t, span)?;
                        t.clone()
                    }
                    (Some(t), None) => t.clone(),
                    // haxe expects a fresh monomorph, which a completion point right there
                    // binds to its own type before listing (hxs types with no expectation,
                    // the same but for that).
                    (None, Some(init))
                        if self.toplevel_target.is_some_and(|t| t.span == init.span) =>
                    {
                        let mono = self.m.db.new_mono();
                        self.expr(cx, init, &With::Of(mono))?
                    }
                    (None, Some(init)) => self.expr(cx, init, &With::Value)?,
                    (None, None) => self.m.db.new_mono(),
                })
            })();
            let ty = match typed {
                Ok(t) => t,
                // haxe's `type_vars` reports an error raised while typing the variable and
                // declares it as Dynamic.
                Err(Fail::Error(d)) if self.m.load_failure.is_none() && !self.with_type_raise => {
                    self.errors.push(d);
                    self.caught_raise = true;
                    self.drop_refs_in(mark, cx.module, span);
                    cx.locals.push(Local {
                        name: v.name.name.to_string(),
                        ty: Type::Dynamic(None),
                        is_final: false,
                        uninit: false,
                        decl: Some(v.name.span),
                    });
                    continue;
                }
                Err(f) => return Err(f),
            };
            if let Some(c) = self.hover_cursor {
                if v.name.span.lo <= c && c < v.name.span.hi {
                    self.hover_result = Some((ty.clone(), v.name.span));
                    return unsupported(DISPLAY_STOP);
                }
            }
            declared_vars.push((cx.module, v.name.span, ty.clone()));
            cx.locals.push(Local {
                name: v.name.name.to_string(),
                ty,
                is_final: v.is_final,
                uninit: v.expr.is_none(),
                decl: Some(v.name.span),
            });
        }
        self.var_decls.push(declared_vars);
        self.t_void()
    }

    /// haxe's delayed check of the `var` statements typed by a field typing task: the last
    /// statement first, and in it the first variable of type `Void` stops the build.
    pub(crate) fn check_void_vars(&mut self) -> TResult<()> {
        let decls = std::mem::take(&mut self.var_decls);
        for decl in decls.iter().rev() {
            for (module, span, ty) in decl {
                if self.is_void(ty)? {
                    return Err(self.raise_fatal(Diagnostic {
                        module: Some(*module),
                        span: *span,
                        message: "Variables of type Void are not allowed".into(),
                    }));
                }
            }
        }
        Ok(())
    }

    fn return_expr(&mut self, cx: &mut FnCtx, value: Option<&Expr>, span: Span) -> TResult<Type> {
        let Some(ret) = cx.ret.clone() else {
            self.report(cx, span, "Return outside function");
            return Ok(self.m.db.new_mono());
        };
        match value {
            None => {
                let v = self.t_void()?;
                self.unify_report(cx, &v, &ret, span)?;
            }
            Some(e) => {
                if cx.in_ctor && cx.in_local_fun == 0 && cx.abstract_.is_some() {
                    return unsupported("return with a value in an abstract constructor");
                }
                let mark = self.refs_mark();
                let typed = self
                    .expr(cx, e, &With::Of(ret.clone()))
                    .and_then(|t| self.unify_report(cx, &t, &ret, span));
                match typed {
                    Ok(()) => {}
                    // haxe's `type_return` reports an error raised by the value and returns
                    // null instead.
                    Err(Fail::Error(d))
                        if self.m.load_failure.is_none() && !self.with_type_raise =>
                    {
                        self.errors.push(d);
                        self.caught_raise = true;
                        self.drop_refs_in(mark, cx.module, e.span);
                    }
                    Err(f) => return Err(f),
                }
            }
        }
        Ok(self.m.db.new_mono())
    }

    fn array_decl(
        &mut self,
        cx: &mut FnCtx,
        el: &[Expr],
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        if let [single] = el {
            if matches!(single.kind, ExprKind::For(..) | ExprKind::While(..)) {
                return self.comprehension(cx, single, with);
            }
        }
        if !el.is_empty()
            && el
                .iter()
                .all(|e| matches!(e.kind, ExprKind::Binop(Binop::Arrow, ..)))
        {
            return self.map_literal(cx, el, span, with);
        }
        let expected = match with {
            With::Of(t) => self.expected_array_elem(t, 0)?,
            _ => None,
        };
        if let Some(et) = expected {
            // haxe reports each element that does not fit at the array's position.
            for e in el {
                let t = self.expr(cx, e, &With::Of(et.clone()))?;
                self.unify_report(cx, &t, &et, span)?;
            }
            return self.t_array(et);
        }
        if el.is_empty() {
            let m = self.m.db.new_mono();
            return self.t_array(m);
        }
        let mut types = Vec::new();
        for e in el {
            types.push((self.expr(cx, e, &With::Value)?, e.span));
        }
        let common = match self.unify_min(&types)? {
            Ok(t) => t,
            Err((t, at)) => {
                let (et, espan) = types[at].clone();
                self.report(
                    cx,
                    espan,
                    "Arrays of mixed types are only allowed if the type is forced to Array<Dynamic>",
                );
                return match self.unify(&et, &t) {
                    Err(UFail::Unify(l)) => Err(self.err(cx, espan, self.unify_message(&l))),
                    Err(UFail::Stop(f)) => Err(f),
                    Ok(()) => unsupported("arrays of mixed types"),
                };
            }
        };
        let _ = span;
        self.t_array(common)
    }

    /// The element type an expected type asks of an array literal: `Array<T>`'s, or that of
    /// the one `from` type of an abstract that leads to an array (haxe's
    /// `type_array_decl`).
    fn expected_array_elem(&mut self, t: &Type, depth: usize) -> TResult<Option<Type>> {
        if depth > 8 {
            return Ok(None);
        }
        let array = self.std_ids()?.array;
        match self.follow(t)? {
            // An element type still to be inferred asks nothing (haxe's `type_array_decl`).
            Type::Inst(c, tl) if c == array && tl.len() == 1 => match self.m.db.resolve(&tl[0]) {
                Type::Mono(_) => Ok(None),
                _ => Ok(Some(tl[0].clone())),
            },
            Type::Abstract(a, tl) => {
                let mut found = Vec::new();
                let froms = self.abstract_froms(a, &tl)?;
                for from in froms {
                    if let Some(e) = self.expected_array_elem(&from, depth + 1)? {
                        found.push(e);
                    }
                }
                Ok(if found.len() == 1 { found.pop() } else { None })
            }
            // A structure that is exactly an `Iterable<T>` asks `T` (haxe's
            // `get_iterable_param`); `Dynamic` asks `Dynamic`.
            Type::Anon(an) => self.iterable_param(an),
            Type::Dynamic(None) => Ok(Some(Type::Dynamic(None))),
            _ => Ok(None),
        }
    }

    /// haxe's `get_iterable_param`: `T` for a closed structure whose one field is
    /// `iterator : () -> { hasNext : () -> Bool, next : () -> T }` (closed, those two only).
    fn iterable_param(&mut self, an: AnonId) -> TResult<Option<Type>> {
        let def = self.m.db.anon(an).clone();
        if def.status != AnonStatus::Closed || def.fields.len() != 1 {
            return Ok(None);
        }
        let Some(f) = def.fields.get("iterator") else {
            return Ok(None);
        };
        let Type::Fun(ft) = self.follow(&f.ty)? else {
            return Ok(None);
        };
        if !ft.args.is_empty() {
            return Ok(None);
        }
        let Type::Anon(it) = self.follow(&ft.ret)? else {
            return Ok(None);
        };
        let it = self.m.db.anon(it).clone();
        if it.status != AnonStatus::Closed || it.fields.len() != 2 {
            return Ok(None);
        }
        let (Some(has_next), Some(next)) = (it.fields.get("hasNext"), it.fields.get("next")) else {
            return Ok(None);
        };
        let (Type::Fun(h), Type::Fun(n)) = (self.follow(&has_next.ty)?, self.follow(&next.ty)?)
        else {
            return Ok(None);
        };
        let bool_ = self.std_ids()?.bool_;
        if !h.args.is_empty()
            || !n.args.is_empty()
            || !matches!(self.follow(&h.ret)?, Type::Abstract(b, _) if b == bool_)
        {
            return Ok(None);
        }
        Ok(Some(n.ret.clone()))
    }

    /// The types an abstract accepts implicitly: its `from` types and the arguments of its
    /// `@:from` functions that return it (haxe's `get_abstract_froms`).
    fn abstract_froms(&mut self, a: AbstractId, tl: &Params) -> TResult<Vec<Type>> {
        // haxe compares `@:from` results with the abstract on copies of its parameters'
        // monomorphs (`duplicate`): asking must bind nothing.
        let tl: Params = tl.iter().map(|t| self.duplicate(t, 0)).collect();
        let tl = &tl;
        let info = self.abstract_info(a)?;
        let params = self.m.db.abstract_def(a).params.clone();
        let mut froms: Vec<Type> = info
            .from
            .iter()
            .map(|f| self.m.db.apply_params(f, &params, tl))
            .collect();
        // `@:from` functions count by their argument, once their result is this
        // abstract (haxe's `get_abstract_froms`).
        for f in info
            .impl_info
            .statics
            .iter()
            .filter(|f| f.is_static && f.meta.iter().any(|m| m == ":from"))
        {
            let ft = self.field_type(FieldOwner::AbstractImpl(a), f)?;
            let ft = self.m.db.apply_params(&ft, &params, tl);
            // Plain monomorphs, as haxe's `field_type` makes them: no constraint is
            // recorded for a question.
            let monos: Vec<Type> = f.params.iter().map(|_| self.m.db.new_mono()).collect();
            let ft = self.m.db.apply_params(&ft, &f.params, &monos);
            if let Type::Fun(fun) = ft {
                if fun.args.len() == 1
                    && self
                        .type_eq(
                            super::unify::EqKind::Strict,
                            &fun.ret,
                            &Type::Abstract(a, tl.clone()),
                        )
                        .is_ok()
                {
                    froms.push(fun.args[0].ty.clone());
                }
            }
        }
        Ok(froms)
    }

    /// `t` with its unbound monomorphs replaced by fresh ones (haxe's `duplicate`).
    fn duplicate(&mut self, t: &Type, depth: usize) -> Type {
        if depth > 32 {
            return t.clone();
        }
        let t = self.m.db.resolve(t).clone();
        let params = |me: &mut Self, tl: &Params| -> Params {
            tl.iter().map(|x| me.duplicate(x, depth + 1)).collect()
        };
        match &t {
            Type::Mono(_) => self.m.db.new_mono(),
            Type::Inst(c, tl) => Type::Inst(*c, params(self, tl)),
            Type::Enum(e, tl) => Type::Enum(*e, params(self, tl)),
            Type::Typedef(d, tl) => Type::Typedef(*d, params(self, tl)),
            Type::Abstract(a, tl) => Type::Abstract(*a, params(self, tl)),
            Type::Fun(f) => Type::Fun(Arc::new(FunType {
                args: f
                    .args
                    .iter()
                    .map(|x| FunArg {
                        ty: self.duplicate(&x.ty, depth + 1),
                        ..x.clone()
                    })
                    .collect(),
                ret: self.duplicate(&f.ret, depth + 1),
            })),
            Type::Anon(_) | Type::Dynamic(_) => t,
        }
    }

    /// The enum or enum abstract an expected type names, through abstracts with a single
    /// implicit `from` (haxe's `maybe_type_against_enum`): its constructors are found by
    /// bare name there.
    pub(crate) fn expected_enum(&mut self, with: &With) -> TResult<Option<ModuleType>> {
        let With::Of(t) = with else {
            return Ok(None);
        };
        let mut t = t.clone();
        for _ in 0..16 {
            match self.follow(&t)? {
                Type::Enum(e, _) => return Ok(Some(ModuleType::Enum(e))),
                Type::Abstract(a, tl) => {
                    let info = self.abstract_info(a)?;
                    if info.is_enum {
                        return Ok(Some(ModuleType::Abstract(a)));
                    }
                    if info.has_meta(":coreType") {
                        return Ok(None);
                    }
                    let mut froms = self.abstract_froms(a, &tl)?;
                    if froms.len() != 1 {
                        return Ok(None);
                    }
                    t = froms.pop().unwrap_or(Type::Dynamic(None));
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// haxe's message for a name that is no constructor of the expected enum, with its
    /// suggestions.
    fn not_part_of(&mut self, expected: Option<ModuleType>, name: &str) -> TResult<String> {
        let (path, names): (super::types::Path, Vec<String>) = match expected {
            Some(ModuleType::Enum(e)) => {
                let info = self.enum_info(e)?;
                let names = info.ctors.iter().map(|c| c.name.clone()).collect();
                (self.m.db.enum_def(e).path.clone(), names)
            }
            Some(ModuleType::Abstract(a)) => {
                let names = self.abstract_info(a)?.enum_value_names();
                (self.m.db.abstract_def(a).path.clone(), names)
            }
            _ => return unsupported("an expected type that is not an enum"),
        };
        let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
        Ok(crate::syntax::suggest::string_error(
            name,
            &refs,
            &format!("Identifier '{}' is not part of {}", name, path.dotted()),
        ))
    }

    fn object_decl(
        &mut self,
        cx: &mut FnCtx,
        fields: &[ast::ObjectField],
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        let expected = match with {
            With::Of(t) => match self.follow(t)? {
                Type::Anon(a) => Some(self.m.db.anon(a).clone()),
                // haxe also expects a structure through an abstract's `from` types and
                // `Dynamic<T>`, which a completion inside would show.
                Type::Mono(_) => None,
                _ if self.toplevel_target.is_some() => {
                    return unsupported("completion in an object literal expecting no structure");
                }
                _ => None,
            },
            _ => None,
        };
        let mut out = std::collections::BTreeMap::new();
        for f in fields {
            if out.contains_key(f.name.as_str()) {
                return Err(self.err(
                    cx,
                    f.span,
                    format!("Duplicate field in object declaration : {}", f.name),
                ));
            }
            let w = match expected
                .as_ref()
                .and_then(|a| a.fields.get(f.name.as_str()))
            {
                Some(af) => With::Of(af.ty.clone()),
                None => With::Value,
            };
            if matches!(w, With::Of(_)) {
                // haxe's `with_structure_field`: the field's name goes with its type.
                self.arg_name_at = Some((f.expr.span, f.name.to_string()));
            }
            let mut t = self.expr(cx, &f.expr, &w)?;
            if let With::Of(ft) = &w {
                // Each field is checked against the expected field where it is written.
                self.unify_report(cx, &t, ft, f.expr.span)?;
                t = self.structure_field_type(&t, ft)?;
            }
            out.insert(
                f.name.to_string(),
                AnonField {
                    ty: t,
                    optional: false,
                    method: false,
                    read_only: false,
                    doc: None,
                },
            );
        }
        let literal = Type::Anon(self.m.db.add_anon(AnonDef {
            fields: out.clone(),
            status: AnonStatus::Const,
        }));
        if let Some(exp) = &expected {
            // haxe's `type_object_decl` against a known structure: the required fields
            // missing (in one message, last name first), then an extra field, each raised
            // inside call arguments (`raise_or_display`) and reported elsewhere; the
            // literal keeps its own type, which the caller then unifies.
            let mut missing: Vec<&str> = exp
                .fields
                .iter()
                .filter(|(n, f)| !f.optional && !out.contains_key(n.as_str()))
                .map(|(n, _)| n.as_str())
                .collect();
            missing.reverse();
            let missing_msg = match missing.as_slice() {
                [] => None,
                [n] => Some(format!("Object requires field {}", n)),
                names => Some(format!("Object requires fields: {}", names.join(", "))),
            };
            let extras: Vec<&ast::ObjectField> = fields
                .iter()
                .filter(|f| !exp.fields.contains_key(f.name.as_str()))
                .collect();
            if extras.len() > 1 {
                return unsupported("several extra fields in a structure literal");
            }
            let extra_msg = extras.first().map(|extra| {
                let st = super::print::s_type(self.db(), &literal);
                format!("{} has extra field {}", st, extra.name)
            });
            for msg in [missing_msg, extra_msg].into_iter().flatten() {
                if cx.in_call_args {
                    self.with_type_raise = true;
                    return Err(self.err(cx, span, msg));
                }
                self.report(cx, span, msg);
            }
        }
        Ok(literal)
    }

    /// The type a structure literal's field gets against an expected field type, as haxe's
    /// `type_object_decl` casts it: the value's own type when it equals the expected one
    /// (typedefs followed; through `Null<T>` for a `T` that admits `null`), else the
    /// expected type.
    fn structure_field_type(&mut self, value: &Type, expected: &Type) -> TResult<Type> {
        let null = self.std_ids()?.null;
        let target = match self.follow_keep_null(expected)? {
            Type::Abstract(a, tl) if a == null && tl.len() == 1 => {
                if !self.is_nullable(&tl[0])? {
                    return Ok(expected.clone());
                }
                tl[0].clone()
            }
            _ => expected.clone(),
        };
        match self.type_eq(super::unify::EqKind::Strict, value, &target) {
            Ok(()) => Ok(value.clone()),
            Err(super::unify::UFail::Unify(_)) => Ok(expected.clone()),
            Err(super::unify::UFail::Stop(f)) => Err(f),
        }
    }

    fn local_function(
        &mut self,
        cx: &mut FnCtx,
        kind: &ast::FunctionKind,
        func: &ast::Function,
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        if !func.params.is_empty() {
            return unsupported("type parameters on local functions");
        }
        let expected = match with {
            With::Of(t) => match self.follow(t)? {
                Type::Fun(f) if f.args.len() == func.args.len() => Some(f),
                _ => None,
            },
            _ => None,
        };
        // haxe loads the return type before the arguments.
        let declared_ret = match &func.ret {
            Some(h) => Some(self.load_hint(cx.module, &cx.params, h)?),
            None => None,
        };
        let mut args = Vec::new();
        for (i, a) in func.args.iter().enumerate() {
            let t = match &a.ty {
                Some(h) => self.load_hint(cx.module, &cx.params, h)?,
                None => match &expected {
                    Some(f) => f.args[i].ty.clone(),
                    None => match &a.value {
                        Some(v) => match self.literal_type(v)? {
                            Some(t) => t,
                            None => self.m.db.new_mono(),
                        },
                        None => self.m.db.new_mono(),
                    },
                },
            };
            let (opt, t) = if a.opt && a.value.is_none() {
                (true, self.t_null(t)?)
            } else {
                (a.opt || a.value.is_some(), t)
            };
            args.push(FunArg {
                name: a.name.name.to_string(),
                opt,
                ty: t,
            });
        }
        let ret = match declared_ret {
            Some(t) => t,
            None => match (&expected, kind) {
                (Some(f), _) => {
                    if self.is_void(&f.ret)? {
                        self.m.db.new_mono()
                    } else {
                        f.ret.clone()
                    }
                }
                _ => self.m.db.new_mono(),
            },
        };
        if !matches!(kind, ast::FunctionKind::Named(..)) && matches!(with, With::NoValue) {
            return Err(self.err(cx, span, "Unnamed lvalue functions are not supported"));
        }
        let ft = FunType { args, ret };
        let fty = Type::Fun(Arc::new(ft.clone()));
        let n = cx.locals.len();
        if let ast::FunctionKind::Named(name, _) = kind {
            cx.locals.push(Local {
                name: name.name.to_string(),
                ty: fty.clone(),
                is_final: false,
                uninit: false,
                decl: Some(name.span),
            });
        }
        let outer_len = cx.locals.len();
        cx.in_local_fun += 1;
        let was_inline = cx.in_inline;
        cx.in_inline |= matches!(kind, ast::FunctionKind::Named(_, true));
        let r = self.type_function(cx, func, &ft, span);
        cx.in_inline = was_inline;
        cx.in_local_fun -= 1;
        cx.locals.truncate(outer_len);
        r?;
        if matches!(kind, ast::FunctionKind::Named(..)) && matches!(with, With::NoValue) {
            // A named local function stays in scope for the rest of the block.
            let _ = n;
            return Ok(fty);
        }
        cx.locals.truncate(n);
        Ok(fty)
    }
}

/// Whether `e` has a sub-expression with its own span (the `return` the parser places
/// around an arrow function's body).
fn wraps_same_span(e: &Expr) -> bool {
    let mut found = false;
    e.for_each_child(|c| found |= c.span == e.span);
    found
}

/// Whether an integer literal fits in 32 bits as OCaml's `Int32.of_string` reads it
/// (decimal within the signed range, hexadecimal within 32 bits); `None` for a
/// hexadecimal literal of more than 10 characters, which haxe rejects.
fn int32_literal(s: &str) -> Option<bool> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        if s.len() > 10 {
            return None;
        }
        return Some(u32::from_str_radix(hex, 16).is_ok());
    }
    let fits = match digits.parse::<u64>() {
        Ok(v) if negative => v <= 1 << 31,
        Ok(v) => v < 1 << 31,
        Err(_) => false,
    };
    Some(fits)
}

/// An extension's function type without its first argument (the value it extends).
fn receiver_dropped(fun: &FunType) -> Type {
    Type::Fun(Arc::new(FunType {
        args: fun.args[1..].to_vec(),
        ret: fun.ret.clone(),
    }))
}

/// Whether a body has a `return` with a value outside nested functions.
pub(crate) fn has_value_return(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Return(Some(_)) => true,
        ExprKind::Function(..) => false,
        _ => {
            let mut found = false;
            e.for_each_child(|c| {
                if !found && has_value_return(c) {
                    found = true;
                }
            });
            found
        }
    }
}

/// What an identifier or field access refers to.
#[derive(Clone, Debug)]
pub enum Access {
    Value(Type),
    /// An enum constructor: its type (parameters fresh monomorphs), its enum and its name.
    EnumCtor(Type, EnumId, String),
    Local {
        ty: Type,
        is_final: bool,
    },
    Field {
        ty: Type,
        kind: FKind,
        owner: FieldOwner,
        is_static: bool,
        name: String,
        /// The field's declared type before the method's own parameters were instantiated
        /// (for `Cannot create closure` style checks later).
        in_ctor_class: bool,
    },
    /// A type used as a value (`Math`, `Color`).
    TypeExpr(Type),
}

impl Typer<'_> {
    fn read_access(&mut self, cx: &FnCtx, a: Access, span: Span) -> TResult<Type> {
        if let Access::Field {
            owner,
            is_static,
            name,
            ..
        } = &a
        {
            if self.meta_overloads(*owner, *is_static, name)?.is_some() {
                return unsupported("an overloaded function used as a value");
            }
        }
        self.read_access_plain(cx, a, span)
    }

    /// `read_access` for a field whose overloads the caller handled.
    fn read_access_plain(&mut self, cx: &FnCtx, a: Access, span: Span) -> TResult<Type> {
        match a {
            Access::Value(t) | Access::EnumCtor(t, ..) | Access::TypeExpr(t) => Ok(t),
            Access::Local { ty, .. } => Ok(ty),
            Access::Field {
                ty, kind, owner, ..
            } => {
                if let FKind::Var {
                    read: read @ (VarAcc::No | VarAcc::Never),
                    ..
                } = kind
                {
                    let inside = match owner {
                        FieldOwner::Class(c) => self.can_access(cx, c),
                        FieldOwner::AbstractImpl(a) => cx.abstract_ == Some(a),
                    };
                    if read == VarAcc::Never || !inside {
                        let _ = span;
                        return unsupported("reading a field without read access");
                    }
                }
                Ok(ty)
            }
        }
    }

    /// Resolves an identifier (haxe's `type_ident`), recording what it means for a usage
    /// query.
    pub(crate) fn ident(&mut self, cx: &mut FnCtx, name: &str, span: Span) -> TResult<Access> {
        if self.refs.is_none() {
            return self.ident_inner(cx, name, span);
        }
        let saved = self.refs_begin();
        let r = self.ident_inner(cx, name, span);
        self.refs_end(saved, cx.module, span);
        r
    }

    fn ident_inner(&mut self, cx: &mut FnCtx, name: &str, span: Span) -> TResult<Access> {
        // Only this identifier is typed against the expected enum, not what it forces.
        let expected = self.ident_expected.take();
        if name == "trace" {
            return unsupported("trace as a value");
        }
        if let Some(l) = cx.local(name) {
            if self.refs.is_some() {
                let decl = l.decl.map(|span| super::refs::Decl {
                    module: cx.module,
                    span,
                });
                self.note_ref(decl, true);
            }
            return Ok(Access::Local {
                ty: l.ty.clone(),
                is_final: l.is_final,
            });
        }
        if let Some(c) = cx.class {
            if !cx.is_static {
                let params: Vec<Type> = self
                    .m
                    .db
                    .class(c)
                    .params
                    .iter()
                    .map(|p| p.ty.clone())
                    .collect();
                if let Some(a) = self.instance_field(cx, c, &params, name, span, true)? {
                    return Ok(a);
                }
            }
            let info = self.class_info(c)?;
            if let Some(f) = info.static_field(name) {
                let f = f.clone();
                return self.static_access(cx, FieldOwner::Class(c), &f);
            }
        }
        // Inside an abstract, its fields by their bare names (haxe looks them up among the
        // statics of the implementation class, where instance fields live too).
        if let Some(a) = cx.abstract_ {
            let info = self.abstract_info(a)?;
            if let Some(f) = info.impl_info.static_field(name).cloned() {
                if f.is_static {
                    return self.static_access(cx, FieldOwner::AbstractImpl(a), &f);
                }
                if cx.is_static {
                    return Err(self.err(
                        cx,
                        span,
                        format!("Cannot access non-static field {} from static method", name),
                    ));
                }
                let tl: Params = self
                    .m
                    .db
                    .abstract_def(a)
                    .params
                    .iter()
                    .map(|p| p.ty.clone())
                    .collect();
                if let Some(acc) = self.abstract_field(cx, a, &tl, name, span)? {
                    return Ok(acc);
                }
            }
        }
        // The module's own module-level fields.
        if let Some(a) = self.module_field(cx, cx.module, name)? {
            return Ok(a);
        }
        // Enum constructors of the expected enum, the current module's enums, then of
        // imported enums.
        for t in expected.into_iter().chain(self.ctor_scopes(cx.module)?) {
            if let Some(a) = self.enum_ctor_in(t, name)? {
                return Ok(a);
            }
        }
        if let Some(a) = self.imported_static(cx, name)? {
            return Ok(a);
        }
        // A type name (haxe skips leading underscores: `__Int64` names a type).
        if !is_lower_ident(name) {
            let tp = ast::TypePath {
                pack: Vec::new(),
                name: name.into(),
                params: Vec::new(),
                sub: None,
                span,
            };
            let imports = self.imports(cx.module)?;
            let r = self.m.resolve(cx.module, &imports, &tp);
            self.after_load(cx.module, span.lo)?;
            match r {
                Ok(t) => return self.type_expr(t),
                Err(super::modules::LoadError::ModuleNotFound(p))
                    if p.pack.is_empty() && p.name == name => {}
                Err(e) => return Err(self.err(cx, span, e.message())),
            }
        }
        if let Some(c) = cx.class {
            if cx.is_static {
                let info = self.class_info(c)?;
                if info.field(name).is_some() {
                    return Err(self.err(
                        cx,
                        span,
                        format!("Cannot access {} in static function", name),
                    ));
                }
            }
        }
        if cx.params.iter().any(|(n, _)| n == name) {
            return unsupported("type parameter as a value");
        }
        if cx.untyped {
            return Ok(Access::Value(Type::Dynamic(None)));
        }
        Err(self.err(cx, span, format!("Unknown identifier : {}", name)))
    }

    /// Where bare constructor names are looked for, in haxe's order: the module's own types
    /// (the last declared first), then its imported types.
    pub(crate) fn ctor_scopes(&mut self, m: ModuleId) -> TResult<Vec<ModuleType>> {
        let mut out: Vec<ModuleType> = self.m.module(m).types.iter().rev().map(|t| t.ty).collect();
        let imports = self.imports(m)?;
        out.extend(imports.types.iter().map(|(_, t)| *t));
        Ok(out)
    }

    /// An identifier typed against `expected` (an enum, or none): a name that is none of
    /// its constructors is reported at `at` as haxe's `maybe_type_against_enum` does
    /// (raised inside call arguments), and stands for an unknown value (`Err` of its type).
    fn ident_against(
        &mut self,
        cx: &mut FnCtx,
        name: &str,
        span: Span,
        expected: Option<ModuleType>,
        at: Span,
    ) -> TResult<Result<Access, Type>> {
        self.ident_expected = expected;
        let chain_root = std::mem::replace(&mut self.in_chain_root, false);
        match self.ident(cx, name, span) {
            Err(Fail::Error(d))
                if self.lenient_idents
                    && expected.is_none()
                    && d.message == format!("Unknown identifier : {}", name) =>
            {
                if chain_root {
                    return unsupported("an unknown name before a dot");
                }
                Ok(Err(self.m.db.new_mono()))
            }
            Err(Fail::Error(d))
                if expected.is_some() && d.message == format!("Unknown identifier : {}", name) =>
            {
                let msg = self.not_part_of(expected, name)?;
                if cx.in_call_args {
                    return Err(self.err(cx, at, msg));
                }
                self.report(cx, at, msg);
                Ok(Err(self.m.db.new_mono()))
            }
            r => r.map(Ok),
        }
    }

    /// A module-level field of module `m` (no visibility check), as a static access.
    fn module_field(&mut self, cx: &FnCtx, m: ModuleId, name: &str) -> TResult<Option<Access>> {
        let Some(f) = self.module_field_info(m, name)? else {
            return Ok(None);
        };
        let Some(c) = self.m.module(m).statics else {
            return Ok(None);
        };
        self.static_access(cx, FieldOwner::Class(c), &f).map(Some)
    }

    /// The module-level field `name` of module `m`, if it has one.
    pub(crate) fn module_field_info(
        &mut self,
        m: ModuleId,
        name: &str,
    ) -> TResult<Option<FieldInfo>> {
        let Some(c) = self.m.module(m).statics else {
            return Ok(None);
        };
        Ok(self.class_info(c)?.static_field(name).cloned())
    }

    /// `Mod.f` or `pack.Mod.f` naming a module-level field of module `m` from outside it:
    /// reported as haxe does when private (at the whole path), then accessed.
    fn module_field_from(
        &mut self,
        cx: &FnCtx,
        m: ModuleId,
        f: &FieldInfo,
        span: Span,
    ) -> TResult<Access> {
        let Some(c) = self.m.module(m).statics else {
            return unsupported("module-level fields");
        };
        if !f.is_public && !self.can_access(cx, c) {
            self.private_access(cx, c, f, span)?;
        }
        let r = self.static_access(cx, FieldOwner::Class(c), f);
        self.refs_inexact();
        r
    }

    /// A field of an abstract value: a non-static function or property of its
    /// implementation, with the abstract's parameters applied.
    fn abstract_field(
        &mut self,
        cx: &FnCtx,
        a: AbstractId,
        tl: &Params,
        name: &str,
        span: Span,
    ) -> TResult<Option<Access>> {
        let info = self.abstract_info(a)?;
        let Some(f) = info.impl_info.static_field(name) else {
            return Ok(None);
        };
        let f = f.clone();
        if f.is_static {
            // A static extension in scope comes first (`using haxe.Int64` inside Int64).
            let t = Type::Abstract(a, tl.clone());
            if let Some(acc) = self.using_field(cx, &t, name)? {
                return Ok(Some(acc));
            }
            return Err(self.err(
                cx,
                span,
                format!(
                    "Invalid call to static function {} through abstract instance",
                    name
                ),
            ));
        }
        if !f.is_public && cx.abstract_ != Some(a) && !cx.private_access {
            return unsupported("private abstract fields");
        }
        self.note_use(&f);
        self.refs_inexact();
        let t = self.field_type(FieldOwner::AbstractImpl(a), &f)?;
        let params = self.m.db.abstract_def(a).params.clone();
        let t = self.m.db.apply_params(&t, &params, tl);
        let monos = self.fresh_params(&f.params);
        let t = self.m.db.apply_params(&t, &f.params, &monos);
        Ok(Some(Access::Field {
            ty: t,
            kind: f.kind,
            owner: FieldOwner::AbstractImpl(a),
            is_static: false,
            name: name.to_string(),
            in_ctor_class: false,
        }))
    }

    /// `a[i]` on an abstract: its first `@:arrayAccess` function of one argument that
    /// accepts the index.
    fn abstract_array_get(
        &mut self,
        cx: &FnCtx,
        a: AbstractId,
        tl: &Params,
        index: &Type,
        _span: Span,
    ) -> TResult<Type> {
        let info = self.abstract_info(a)?;
        let params = self.m.db.abstract_def(a).params.clone();
        for f in info.impl_info.statics.clone() {
            if f.is_static || !f.meta.iter().any(|m| m == ":arrayAccess") {
                continue;
            }
            let t = self.field_type(FieldOwner::AbstractImpl(a), &f)?;
            let t = self.m.db.apply_params(&t, &params, tl);
            let Type::Fun(fun) = self.follow(&t)? else {
                continue;
            };
            if fun.args.len() != 1 {
                continue;
            }
            if self.does_unify(index, &fun.args[0].ty)? {
                return Ok(fun.ret.clone());
            }
        }
        if info
            .impl_info
            .statics
            .iter()
            .any(|f| f.meta.iter().any(|m| m == ":arrayAccess"))
        {
            let s = super::print::s_types(self.db(), &[&Type::Abstract(a, tl.clone()), index]);
            return Err(self.err(
                cx,
                self.array_expr_span.unwrap_or(_span),
                format!(
                    "No @:arrayAccess function for {} accepts argument of {}",
                    s[0], s[1]
                ),
            ));
        }
        let s = super::print::s_type(self.db(), &Type::Abstract(a, tl.clone()));
        Err(self.err(
            cx,
            self.array_obj_span.unwrap_or(_span),
            format!("Array access is not allowed on {}", s),
        ))
    }

    /// Whether a value of type `t` has a field `name` (no error is reported).
    pub(crate) fn has_field(&mut self, t: &Type, name: &str) -> TResult<bool> {
        let ft = self.follow(t)?;
        match &ft {
            Type::Inst(c, _) => {
                let mut cur = Some(*c);
                let mut guard = 0;
                while let Some(cid) = cur {
                    guard += 1;
                    if guard > 100 {
                        break;
                    }
                    let info = self.class_info(cid)?;
                    if info.field(name).is_some() {
                        return Ok(true);
                    }
                    let def = self.m.db.class(cid).clone();
                    if def.kind == ClassKind::TypeParameter || def.interface {
                        return unsupported("iteration through a type parameter or interface");
                    }
                    cur = def.super_class.map(|(s, _)| s);
                }
                Ok(false)
            }
            Type::Anon(a) => Ok(self.m.db.anon(*a).fields.contains_key(name)),
            Type::Abstract(a, tl) => {
                let info = self.abstract_info(*a)?;
                if info
                    .impl_info
                    .static_field(name)
                    .is_some_and(|f| !f.is_static)
                {
                    return Ok(true);
                }
                match &info.forward {
                    Some(list) if list.is_empty() || list.iter().any(|n| n == name) => {
                        let params = self.m.db.abstract_def(*a).params.clone();
                        let this = self.m.db.apply_params(&info.this, &params, tl);
                        self.has_field(&this, name)
                    }
                    _ => Ok(false),
                }
            }
            _ => Ok(false),
        }
    }

    /// The type of `value.name` read, for a field known to exist.
    pub(crate) fn field_type_of(
        &mut self,
        cx: &mut FnCtx,
        t: &Type,
        name: &str,
        span: Span,
    ) -> TResult<Type> {
        let a = self.field_of_type(cx, t, name, span)?;
        self.read_access(cx, a, span)
    }

    /// An argument of a desugared call (`push`, `set`): typed against `t`, a failure
    /// raised with haxe's "For function argument" line.
    pub(crate) fn call_arg(
        &mut self,
        cx: &mut FnCtx,
        e: &Expr,
        t: &Type,
        name: &str,
    ) -> TResult<()> {
        match self.type_against(cx, e, t) {
            Err(Fail::Error(d)) => {
                self.with_type_raise = false;
                Err(self.arg_error(d, name, false))
            }
            other => other,
        }
    }

    /// A static field imported by name (`import pack.Mod.field` or `... as alias`).
    fn imported_static(&mut self, cx: &FnCtx, name: &str) -> TResult<Option<Access>> {
        let imports: Vec<ast::Import> = self
            .m
            .import_decls(cx.module)
            .into_iter()
            .filter_map(|(_, d)| match d.kind {
                ast::DeclKind::Import(i) => Some(i),
                _ => None,
            })
            .collect();
        for i in imports.iter().rev() {
            let parts: Vec<String> = i.path.iter().map(|p| p.name.to_string()).collect();
            let n = parts.len();
            // `import pack.Mod;` makes the module's public module-level fields visible.
            if matches!(i.mode, ast::ImportMode::Normal)
                && parts
                    .iter()
                    .position(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
                    == Some(n - 1)
            {
                let module = crate::project::classpath::ModulePath {
                    pack: parts[..n - 1].to_vec(),
                    name: parts[n - 1].clone(),
                };
                if let Some(mid) = self.m.loaded(&module) {
                    if let Some(f) = self.module_field_info(mid, name)? {
                        if f.is_public {
                            let c = self.m.module(mid).statics;
                            if let Some(c) = c {
                                return self.static_access(cx, FieldOwner::Class(c), &f).map(Some);
                            }
                        }
                    }
                }
                continue;
            }
            if n < 2 || !parts[n - 1].starts_with(|c: char| c.is_ascii_lowercase() || c == '_') {
                continue;
            }
            let visible = match &i.mode {
                ast::ImportMode::Alias(a) => a.name.to_string(),
                ast::ImportMode::Normal => parts[n - 1].clone(),
                ast::ImportMode::All => continue,
            };
            if visible != name {
                continue;
            }
            let Some(ti) = parts
                .iter()
                .position(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
            else {
                continue;
            };
            let module = crate::project::classpath::ModulePath {
                pack: parts[..ti].to_vec(),
                name: parts[ti].clone(),
            };
            let Ok(mid) = self.m.load(&module) else {
                return unsupported("an imported static of a missing module");
            };
            // `import pack.Mod.f` names a module-level field before a static of `Mod`.
            if ti + 2 == n {
                if let Some(f) = self.module_field_info(mid, &parts[n - 1])? {
                    if !f.is_public {
                        return unsupported("an imported private module-level field");
                    }
                    let c = self.m.module(mid).statics;
                    if let Some(c) = c {
                        return self.static_access(cx, FieldOwner::Class(c), &f).map(Some);
                    }
                }
            }
            let tname = if ti + 2 == n {
                parts[ti].clone()
            } else {
                parts[ti + 1].clone()
            };
            let Some(ModuleType::Class(c)) = self.m.find_type_in_module(mid, &tname) else {
                return unsupported("imported statics of this kind of type");
            };
            let info = self.class_info(c)?;
            let Some(f) = info.static_field(&parts[n - 1]) else {
                return unsupported("an imported static that does not exist");
            };
            let f = f.clone();
            return self.static_access(cx, FieldOwner::Class(c), &f).map(Some);
        }
        Ok(None)
    }

    fn enum_ctor_in(&mut self, t: ModuleType, name: &str) -> TResult<Option<Access>> {
        let e = match t {
            ModuleType::Enum(e) => e,
            ModuleType::Typedef(td) => {
                let n = self.m.db.typedef(td).params.len();
                let monos: Vec<Type> = (0..n).map(|_| self.m.db.new_mono()).collect();
                match self.typedef_type(td, &monos) {
                    Ok(Type::Enum(e, _)) => e,
                    _ => return Ok(None),
                }
            }
            ModuleType::Abstract(a) => {
                let info = self.abstract_info(a)?;
                if info.is_enum {
                    if let Some(f) = info.impl_info.static_field(name) {
                        if f.meta.iter().any(|m| m == ":enumValue") {
                            return Ok(Some(Access::Value(f.ty.clone())));
                        }
                    }
                }
                return Ok(None);
            }
            ModuleType::Class(_) => return Ok(None),
        };
        let info = self.enum_info(e)?;
        let Some(ctor) = info.ctors.iter().find(|c| c.name == name) else {
            return Ok(None);
        };
        let decl = info.module.map(|module| super::refs::Decl {
            module,
            span: ctor.name_span,
        });
        self.note_ref(decl, true);
        self.note_type_use(ModuleType::Enum(e))?;
        Ok(Some(Access::EnumCtor(
            self.enum_ctor_type(e, ctor),
            e,
            ctor.name.clone(),
        )))
    }

    fn enum_ctor_type(&mut self, e: EnumId, ctor: &CtorInfo) -> Type {
        let eparams = self.m.db.enum_def(e).params.clone();
        let monos = self.fresh_params(&eparams);
        let t = self.m.db.apply_params(&ctor.ty, &eparams, &monos);
        let cmonos = self.fresh_params(&ctor.params);
        self.m.db.apply_params(&t, &ctor.params, &cmonos)
    }

    /// A module type used as a value: `Class<T>`-like statics.
    fn type_expr(&mut self, t: ModuleType) -> TResult<Access> {
        if self.refs.is_some() {
            let decl = self.type_decl(t);
            self.note_ref(decl, !matches!(t, ModuleType::Typedef(_)));
        }
        if let Some(ty) = self.type_exprs.get(&t) {
            return Ok(Access::TypeExpr(ty.clone()));
        }
        let r = self.make_type_expr(t)?;
        if let Access::TypeExpr(ty) = &r {
            self.type_exprs.insert(t, ty.clone());
        }
        Ok(r)
    }

    fn make_type_expr(&mut self, t: ModuleType) -> TResult<Access> {
        self.note_type_use(t)?;
        let (status, label) = match t {
            ModuleType::Class(c) => (
                AnonStatus::Statics(c),
                format!("Class<{}>", self.m.db.class(c).path.dotted()),
            ),
            ModuleType::Enum(e) => (
                AnonStatus::EnumStatics(e),
                format!("Enum<{}>", self.m.db.enum_def(e).path.dotted()),
            ),
            ModuleType::Abstract(a) => (
                AnonStatus::AbstractStatics(a),
                format!("Abstract<{}>", self.m.db.abstract_def(a).path.dotted()),
            ),
            ModuleType::Typedef(td) => {
                let n = self.m.db.typedef(td).params.len();
                let monos: Vec<Type> = (0..n).map(|_| self.m.db.new_mono()).collect();
                return match self.typedef_type(td, &monos)? {
                    Type::Inst(c, _) => self.type_expr(ModuleType::Class(c)),
                    Type::Enum(e, _) => self.type_expr(ModuleType::Enum(e)),
                    Type::Abstract(a, _) => self.type_expr(ModuleType::Abstract(a)),
                    _ => unsupported("a typedef used as a value"),
                };
            }
        };
        let anon = self.m.db.add_anon(AnonDef {
            fields: Default::default(),
            status,
        });
        let td = self.m.db.add_typedef(TypedefDef {
            path: Path {
                pack: Vec::new(),
                name: label,
            },
            params: Vec::new(),
            ty: Type::Anon(anon),
        });
        self.mark_typedef_built(td);
        Ok(Access::TypeExpr(Type::Typedef(td, no_params())))
    }

    /// An instance field of `c` (through superclasses), with visibility checked.
    fn instance_field(
        &mut self,
        cx: &FnCtx,
        c: ClassId,
        params: &[Type],
        name: &str,
        span: Span,
        from_this: bool,
    ) -> TResult<Option<Access>> {
        let mut up = Ancestors::from(c, params);
        while let Some(Ancestor {
            class: cid,
            params: tl,
            info,
        }) = up.next(self)?
        {
            let def = self.m.db.class(cid).clone();
            if let Some(f) = info.field(name) {
                let f = f.clone();
                if !f.is_public && !from_this && !self.can_access(cx, cid) {
                    self.private_access(cx, cid, &f, span)?;
                }
                self.note_use(&f);
                self.force_field(FieldOwner::Class(cid), &f)?;
                let t = self.field_type(FieldOwner::Class(cid), &f)?;
                let t = self.m.db.apply_params(&t, &def.params, &tl);
                let monos = self.fresh_params(&f.params);
                let t = self.m.db.apply_params(&t, &f.params, &monos);
                return Ok(Some(Access::Field {
                    ty: t,
                    kind: f.kind,
                    owner: FieldOwner::Class(cid),
                    is_static: false,
                    name: name.to_string(),
                    in_ctor_class: false,
                }));
            }
            if def.kind == ClassKind::TypeParameter {
                let ctl = self.constraints.get(&cid).cloned().unwrap_or_default();
                for t in ctl {
                    match self.follow(&t)? {
                        Type::Inst(cc, ctl2) => {
                            if let Some(a) =
                                self.instance_field(cx, cc, &ctl2, name, span, from_this)?
                            {
                                return Ok(Some(a));
                            }
                        }
                        // A structural constraint (`K:{function hashCode():Int;}`).
                        Type::Anon(an) => {
                            let def = self.m.db.anon(an).clone();
                            if let Some(f) = def.fields.get(name) {
                                return Ok(Some(anon_field_access(f, name)));
                            }
                        }
                        _ => return unsupported("fields through non-class constraints"),
                    }
                }
                return Ok(None);
            }
            if def.interface {
                for (ic, applied) in interfaces_applied(self, cid, &tl) {
                    if let Some(a) = self.instance_field(cx, ic, &applied, name, span, from_this)? {
                        return Ok(Some(a));
                    }
                }
            }
        }
        Ok(None)
    }

    /// haxe's `can_access` for private fields: from the declaring class or a subclass.
    fn can_access(&mut self, cx: &FnCtx, owner: ClassId) -> bool {
        // The module's own module-level fields are visible anywhere in it.
        if self.m.module(cx.module).statics == Some(owner) {
            return true;
        }
        let Some(mut c) = cx.class else {
            return false;
        };
        for _ in 0..100 {
            if c == owner {
                return true;
            }
            match &self.m.db.class(c).super_class {
                Some((sc, _)) => c = *sc,
                None => return false,
            }
        }
        false
    }

    /// haxe reports a private field access and goes on, unless `@:allow`/`@:access` may
    /// grant it (declined).
    fn private_access(
        &mut self,
        cx: &FnCtx,
        owner: ClassId,
        f: &FieldInfo,
        span: Span,
    ) -> TResult<()> {
        if cx.private_access || self.granted(cx, owner, f)? {
            return Ok(());
        }
        self.report(cx, span, format!("Cannot access private field {}", f.name));
        Ok(())
    }

    /// haxe's `@:allow` (on the field or its class, naming the accessing class or a package
    /// of it) and `@:access` (on the accessing class or field, naming the owner or a field).
    fn granted(&mut self, cx: &FnCtx, owner: ClassId, f: &FieldInfo) -> TResult<bool> {
        let owner_info = self.class_info(owner)?;
        let mut owner_path: Vec<String> = self.m.db.class(owner).path.pack.clone();
        owner_path.push(self.m.db.class(owner).path.name.clone());
        let mut field_path = owner_path.clone();
        field_path.push(f.name.clone());
        let prefix = |p: &[String], of: &[String]| p.len() <= of.len() && p == &of[..p.len()];
        // @:allow on the field or on its class.
        let mut allows = Vec::new();
        if let Some((mid, di, fi)) = f.decl {
            allows.extend(self.meta_paths_of_field(mid, di, fi, ":allow"));
        }
        if let Some(mid) = owner_info.module {
            allows.extend(self.meta_paths_of_decl(mid, owner_info.decl_index, ":allow"));
        }
        // The paths that may be named (haxe's `cur_paths`): the current class or abstract
        // with the current field, and its superclasses and interfaces (where naming a
        // package does not count).
        let field_name = self.current_field_name(cx);
        let mut cur_paths: Vec<(Vec<String>, bool)> = Vec::new();
        let with_field = |mut v: Vec<String>| {
            v.extend(field_name.clone());
            v
        };
        if let Some(c) = cx.class {
            let mut todo = vec![(c, true)];
            while let Some((k, current)) = todo.pop() {
                let def = self.m.db.class(k);
                let mut v = def.path.pack.clone();
                v.push(def.path.name.clone());
                cur_paths.push((with_field(v), current));
                if let Some((sc, _)) = &def.super_class {
                    todo.push((*sc, false));
                }
                todo.extend(def.interfaces.iter().map(|(i, _)| (*i, false)));
                if todo.len() > 256 {
                    break;
                }
            }
        } else if let Some(a) = cx.abstract_ {
            let def = self.m.db.abstract_def(a);
            let mut v = def.path.pack.clone();
            v.push(def.path.name.clone());
            cur_paths.push((with_field(v), true));
        }
        let names = |a: &[String], of: &[String], current: bool| {
            prefix(a, of)
                && (current
                    || a.last()
                        .is_some_and(|l| l.starts_with(|ch: char| ch.is_ascii_uppercase())))
        };
        if allows
            .iter()
            .any(|a| cur_paths.iter().any(|(p, current)| names(a, p, *current)))
        {
            return Ok(true);
        }
        // @:access on the current class (or abstract) or field.
        let mut access = Vec::new();
        if let Some(c) = cx.class {
            let info = self.class_info(c)?;
            if let Some(mid) = info.module {
                access.extend(self.meta_paths_of_decl(mid, info.decl_index, ":access"));
            }
        } else if let Some(a) = cx.abstract_ {
            let (mid, di) = self.decl_of(ModuleType::Abstract(a))?;
            access.extend(self.meta_paths_of_decl(mid, di, ":access"));
        }
        if cx.class.is_some() || cx.abstract_.is_some() {
            let (m, d, _, fi) = cx.order;
            access.extend(self.meta_paths_of_field(
                ModuleId(m),
                d as usize,
                fi as usize,
                ":access",
            ));
            if access.iter().any(|a| prefix(a, &field_path)) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The name of the field whose body is being typed, from its declaration.
    fn current_field_name(&self, cx: &FnCtx) -> Option<String> {
        let (m, d, _, fi) = cx.order;
        let ast = &self.m.module(ModuleId(m)).typed;
        let fields = match ast.decls.get(d as usize).map(|d| &d.kind) {
            Some(ast::DeclKind::Class(c)) => &c.fields,
            Some(ast::DeclKind::Abstract(a)) => &a.fields,
            _ => return None,
        };
        fields.get(fi as usize).map(|f| f.name.name.to_string())
    }

    /// The dotted paths given to a meta (`@:allow(a.b.C)`) on a type declaration.
    fn meta_paths_of_decl(&self, mid: ModuleId, di: usize, name: &str) -> Vec<Vec<String>> {
        let ast = &self.m.module(mid).typed;
        let Some(d) = ast.decls.get(di) else {
            return Vec::new();
        };
        let head = match &d.kind {
            ast::DeclKind::Class(c) => &c.head,
            ast::DeclKind::Abstract(a) => &a.head,
            ast::DeclKind::Enum(e) => &e.head,
            ast::DeclKind::Typedef(t) => &t.head,
            _ => return Vec::new(),
        };
        meta_paths(&head.meta, name)
    }

    fn meta_paths_of_field(
        &self,
        mid: ModuleId,
        di: usize,
        fi: usize,
        name: &str,
    ) -> Vec<Vec<String>> {
        let ast = &self.m.module(mid).typed;
        let fields = match ast.decls.get(di).map(|d| &d.kind) {
            Some(ast::DeclKind::Class(c)) => &c.fields,
            Some(ast::DeclKind::Abstract(a)) => &a.fields,
            _ => return Vec::new(),
        };
        fields
            .get(fi)
            .map(|f| meta_paths(&f.meta, name))
            .unwrap_or_default()
    }

    /// Notes the use of a field: haxe warns after typing about `@:deprecated` ones.
    fn note_use(&mut self, f: &FieldInfo) {
        self.note_field_ref(f);
        if let Some(msg) = &f.deprecation {
            self.pending_deprecation = Some(msg.clone());
        }
    }

    /// haxe also warns about deprecated classes and enums used; hxs declines those builds.
    fn note_type_use(&mut self, t: ModuleType) -> TResult<()> {
        let deprecated = match t {
            ModuleType::Class(c) => self.class_info(c)?.meta.iter().any(|m| m == ":deprecated"),
            ModuleType::Enum(e) => {
                let (mid, idx) = self.decl_of(t)?;
                matches!(&self.m.module(mid).typed.decls[idx].kind,
                    ast::DeclKind::Enum(d) if d.head.meta.iter().any(|m| m.name == ":deprecated")
                        || d.ctors.iter().any(|c| c.meta.iter().any(|m| m.name == ":deprecated")))
                    && {
                        let _ = e;
                        true
                    }
            }
            _ => false,
        };
        if deprecated {
            self.late_checks.push("deprecated classes and enums".into());
        }
        Ok(())
    }

    /// Files the warning of a deprecated field just accessed, at the access's span.
    fn flush_deprecation(&mut self, cx: &FnCtx, span: Span) {
        if let Some(message) = self.pending_deprecation.take() {
            let seq = self.deprecations.len() as u32;
            let (m, d, r, f) = cx.order;
            if self
                .deprecations
                .iter()
                .any(|(_, x)| x.module == Some(cx.module) && x.span.lo == span.lo)
            {
                return;
            }
            self.deprecations.push((
                (m, d, r, f, seq),
                Diagnostic {
                    module: Some(cx.module),
                    span,
                    message: format!("Warning : {}", message),
                },
            ));
        }
    }

    /// haxe's field types are lazy and reading one types the field's body or initializer
    /// (once); hxs does the same for the fields of checked modules.
    fn force_field(&mut self, owner: FieldOwner, f: &FieldInfo) -> TResult<()> {
        let Some((mid, _, _)) = f.decl else {
            return Ok(());
        };
        if f.inferred
            || self.is_trusted(mid)
            || self.field_state_typing(owner, f.is_static, &f.name)
        {
            return Ok(());
        }
        self.type_field_decl(owner, f)
    }

    fn static_access(&mut self, cx: &FnCtx, owner: FieldOwner, f: &FieldInfo) -> TResult<Access> {
        self.note_use(f);
        let _ = cx;
        self.force_field(owner, f)?;
        let t = self.field_type(owner, f)?;
        let monos = self.fresh_params(&f.params);
        let t = self.m.db.apply_params(&t, &f.params, &monos);
        Ok(Access::Field {
            ty: t,
            kind: f.kind,
            owner,
            is_static: true,
            name: f.name.clone(),
            in_ctor_class: false,
        })
    }

    /// Types `obj.name` (haxe's `type_field`), resolving dotted type paths too.
    pub(crate) fn field_access(
        &mut self,
        cx: &mut FnCtx,
        obj: &Expr,
        name: &ast::Ident,
        span: Span,
        for_call: bool,
    ) -> TResult<Access> {
        if name.name == "new" {
            return self.new_access(cx, obj, span);
        }
        let errors = self.errors.len();
        let r = self.field_access_in_chain(cx, obj, name, span, for_call);
        let r = self.unknown_root_as_module(obj, name, r);
        if self.field_probe == Some((cx.module, span)) {
            // A definition query's access: how it resolved is the answer.
            self.field_probe = None;
            let reported = self.errors.len() > errors;
            match r {
                Ok(a) => self.field_probe_hit = Some((a, reported)),
                Err(Fail::Error(_)) => {
                    self.field_probe_hit = Some((Access::Value(Type::Dynamic(None)), true))
                }
                Err(f) => return Err(f),
            }
            return unsupported(DISPLAY_STOP);
        }
        r
    }

    /// haxe's last guess (`handle_efield`) when the first name of a dotted path names
    /// nothing: the path was meant as a type path, and the error is about its module. The
    /// module is the first capitalized part with the lowercase parts before it as its
    /// package; `Type not found : pack.Mod` at the span up to that part (or up to the next
    /// capitalized part, its sub-type), or `Module pack.Mod does not define type Sub` when
    /// that module is loaded. A path with no capitalized part keeps `Unknown identifier`.
    fn unknown_root_as_module(
        &mut self,
        obj: &Expr,
        name: &ast::Ident,
        r: TResult<Access>,
    ) -> TResult<Access> {
        let Err(Fail::Error(d)) = &r else { return r };
        if let Some(fail) = self.module_without_main_type(obj, name, d) {
            return Err(fail);
        }
        // The parts of the whole path, each with the span from its start to the part's end.
        let mut parts: Vec<(String, Span)> = Vec::new();
        let mut cur = obj;
        let root = loop {
            match &cur.kind {
                ExprKind::Field(inner, n) => {
                    parts.push((n.name.to_string(), cur.span));
                    cur = inner;
                }
                ExprKind::Const(Constant::Ident(n)) => break (n, cur.span),
                _ => return r,
            }
        };
        if d.span != root.1 || d.message != format!("Unknown identifier : {}", root.0) {
            return r;
        }
        parts.push((root.0.to_string(), root.1));
        parts.reverse();
        parts.push((name.name.to_string(), Span::new(root.1.lo, name.span.hi)));
        let mut pack = Vec::new();
        let mut first_upper: Option<(String, Span)> = None;
        let mut found: Option<(String, Option<String>, Span)> = None;
        for (n, sp) in parts {
            match (is_lower_ident(&n), &first_upper) {
                (true, None) => pack.push(n),
                (true, Some((u, up))) => {
                    found = Some((u.clone(), None, *up));
                    break;
                }
                (false, None) => first_upper = Some((n, sp)),
                (false, Some((u, _))) => {
                    found = Some((u.clone(), Some(n), sp));
                    break;
                }
            }
        }
        let Some((module, sub, at)) = found.or(first_upper.map(|(u, sp)| (u, None, sp))) else {
            return r;
        };
        let path = crate::project::classpath::ModulePath { pack, name: module };
        let shown = if path.pack.is_empty() {
            path.name.clone()
        } else {
            format!("{}.{}", path.pack.join("."), path.name)
        };
        let message = if self.m.loaded(&path).is_some() {
            let tname = sub.unwrap_or_else(|| path.name.clone());
            format!("Module {} does not define type {}", shown, tname)
        } else {
            format!("Type not found : {}", shown)
        };
        Err(Fail::Error(Diagnostic {
            module: d.module,
            span: at,
            message,
        }))
    }

    /// `Mod.Sub...` where module `Mod` has no type `Mod`: typing `Mod` as a value fails
    /// ("Module Mod does not define type Mod"), but haxe resolves the whole path first and
    /// finds `Sub` in that module. hxs declines that case (`Some`) and keeps the error when
    /// the module has no such type, as haxe does.
    fn module_without_main_type(
        &mut self,
        obj: &Expr,
        name: &ast::Ident,
        d: &Diagnostic,
    ) -> Option<Fail> {
        let mut cur = obj;
        let mut next = name.name.to_string();
        while let ExprKind::Field(inner, n) = &cur.kind {
            next = n.name.to_string();
            cur = inner;
        }
        let ExprKind::Const(Constant::Ident(root)) = &cur.kind else {
            return None;
        };
        if d.span != cur.span
            || d.message != format!("Module {} does not define type {}", root, root)
            || is_lower_ident(&next)
        {
            return None;
        }
        let path = crate::project::classpath::ModulePath {
            pack: Vec::new(),
            name: root.to_string(),
        };
        let mid = self.m.loaded(&path)?;
        self.m.find_type_in_module(mid, &next).map(|_| {
            Fail::Unsupported("a type path through a module that lacks its main type".into())
        })
    }

    /// [`Typer::field_access`] for a part of a dotted path: the object, when itself a
    /// field access, is typed without haxe's last guess, which only the whole path makes.
    /// `e.new`: haxe's `type_access` types `e`; a class makes a constructor closure (not
    /// modelled), anything else is an error over the whole access.
    fn new_access(&mut self, cx: &mut FnCtx, obj: &Expr, span: Span) -> TResult<Access> {
        let value = match &obj.kind {
            ExprKind::Const(Constant::Ident(n)) => n == "this" || cx.local(n).is_some(),
            ExprKind::Const(_)
            | ExprKind::Call(..)
            | ExprKind::New(..)
            | ExprKind::ArrayDecl(_)
            | ExprKind::ObjectDecl(_) => true,
            _ => false,
        };
        if !value {
            return unsupported("new read as a field");
        }
        self.expr(cx, obj, &With::Value)?;
        Err(self.err(cx, span, "Binding new is only allowed on class types"))
    }

    fn field_access_in_chain(
        &mut self,
        cx: &mut FnCtx,
        obj: &Expr,
        name: &ast::Ident,
        span: Span,
        for_call: bool,
    ) -> TResult<Access> {
        if self.refs.is_none() {
            return self.field_access_in_chain_inner(cx, obj, name, span, for_call);
        }
        // haxe reports a field access at the field's name (the access's end).
        let saved = self.refs_begin();
        let r = self.field_access_in_chain_inner(cx, obj, name, span, for_call);
        self.refs_end(saved, cx.module, name.span);
        r
    }

    fn field_access_in_chain_inner(
        &mut self,
        cx: &mut FnCtx,
        obj: &Expr,
        name: &ast::Ident,
        span: Span,
        _for_call: bool,
    ) -> TResult<Access> {
        if matches!(&obj.kind, ExprKind::Const(Constant::Ident(s)) if s == "super") {
            return self.super_field(cx, name, span);
        }
        if let ExprKind::Const(Constant::String(s, _)) = &obj.kind {
            // `"a".code`: the character's code, an Int constant.
            if name.name == "code" {
                if s.chars().count() != 1 {
                    return Err(self.err(cx, obj.span, "String must be a single UTF8 char"));
                }
                return Ok(Access::Value(self.t_int()?));
            }
        }
        if let Some(a) = self.try_type_path(cx, obj, name, name.span)? {
            self.flush_deprecation(cx, span);
            return Ok(a);
        }
        if let Some(a) = self.try_unqualified_module_field(cx, obj, name)? {
            self.flush_deprecation(cx, span);
            return Ok(a);
        }
        let ot = match &obj.kind {
            ExprKind::Field(inner, n) => {
                let a = self.field_access_in_chain(cx, inner, n, obj.span, false)?;
                self.read_access(cx, a, obj.span)?
            }
            _ => {
                self.in_chain_root = matches!(obj.kind, ExprKind::Const(Constant::Ident(_)));
                let r = self.expr(cx, obj, &With::Value);
                self.in_chain_root = false;
                r?
            }
        };
        if let Some(a) = self.sub_type_by_path(cx, obj, &ot, &name.name)? {
            self.flush_deprecation(cx, span);
            return Ok(a);
        }
        let a = self.field_of_type(cx, &ot, &name.name, name.span)?;
        self.flush_deprecation(cx, span);
        Ok(a)
    }

    /// `Type.ValueType`: a class named by itself, then a name that is none of its statics
    /// but a type of its module: haxe's dot-path resolution reads it as that sub-type.
    fn sub_type_by_path(
        &mut self,
        cx: &FnCtx,
        obj: &Expr,
        ot: &Type,
        name: &str,
    ) -> TResult<Option<Access>> {
        let ExprKind::Const(Constant::Ident(n)) = &obj.kind else {
            return Ok(None);
        };
        if !n.starts_with(|c: char| c.is_ascii_uppercase()) || cx.local(n).is_some() {
            return Ok(None);
        }
        let Type::Anon(a) = self.follow(ot)? else {
            return Ok(None);
        };
        let AnonStatus::Statics(c) = self.m.db.anon(a).status else {
            return Ok(None);
        };
        let info = self.class_info(c)?;
        if info.static_field(name).is_some() || info.field(name).is_some() {
            return Ok(None);
        }
        let Some(owner) = self.m.owner_of(ModuleType::Class(c)) else {
            return Ok(None);
        };
        let Some(sub) = self
            .m
            .module(owner)
            .types
            .iter()
            .find(|t| t.name == name)
            .cloned()
        else {
            return Ok(None);
        };
        if sub.private && owner != cx.module {
            return unsupported("a private sub-type named through its module's main type");
        }
        self.type_expr(sub.ty).map(Some)
    }

    /// `super.name`: a field of the superclass, from a method of the class.
    fn super_field(&mut self, cx: &mut FnCtx, name: &ast::Ident, span: Span) -> TResult<Access> {
        if cx.is_static {
            return Err(self.err(cx, span, "Cannot access super inside a static function"));
        }
        let Some(c) = cx.class else {
            return unsupported("super outside a class");
        };
        self.class_info(c)?;
        let Some((sc, stl)) = self.m.db.class(c).super_class.clone() else {
            return Err(self.err(cx, span, "Current class does not have a superclass"));
        };
        match self.instance_field(cx, sc, &stl, &name.name, name.span, true)? {
            Some(
                a @ Access::Field {
                    kind: FKind::Method(_),
                    ..
                },
            ) => {
                self.flush_deprecation(cx, span);
                Ok(a)
            }
            Some(_) => unsupported("variables through super"),
            None => unsupported("a missing field through super"),
        }
    }

    /// `a.b.C`, `a.b.C.D` and `a.b.C.field` where `a` names no value: a type path.
    fn try_type_path(
        &mut self,
        cx: &mut FnCtx,
        obj: &Expr,
        name: &ast::Ident,
        span: Span,
    ) -> TResult<Option<Access>> {
        let mut parts = Vec::new();
        let mut ends = Vec::new();
        let mut cur = obj;
        loop {
            match &cur.kind {
                ExprKind::Field(inner, n) => {
                    parts.push(n.name.to_string());
                    ends.push(n.span.hi);
                    cur = inner;
                }
                ExprKind::Const(Constant::Ident(n)) => {
                    parts.push(n.to_string());
                    ends.push(cur.span.hi);
                    break;
                }
                _ => return Ok(None),
            }
        }
        let path_start = cur.span.lo;
        parts.reverse();
        ends.reverse();
        let first = &parts[0];
        if !first.starts_with(|c: char| c.is_ascii_lowercase() || c == '_') {
            return Ok(None);
        }
        if cx.local(first).is_some()
            || matches!(
                first.as_str(),
                "this" | "super" | "null" | "true" | "false" | "trace"
            )
        {
            return Ok(None);
        }
        if let Some(c) = cx.class {
            let info = self.class_info(c)?;
            if info.field(first).is_some() || info.static_field(first).is_some() {
                return Ok(None);
            }
            let mut sc = self.m.db.class(c).super_class.clone();
            while let Some((s, _)) = sc {
                let i = self.class_info(s)?;
                if i.field(first).is_some() {
                    return Ok(None);
                }
                sc = self.m.db.class(s).super_class.clone();
            }
        }
        // parts: pack... Type [Sub]; name follows.
        let mut all = parts.clone();
        all.push(name.name.to_string());
        let Some(ti) = all
            .iter()
            .position(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
        else {
            // No capitalized part: not a type path; typed as a value (`Unknown identifier`).
            return Ok(None);
        };
        let module = crate::project::classpath::ModulePath {
            pack: all[..ti].to_vec(),
            name: all[ti].clone(),
        };
        let loaded = self.m.load(&module);
        self.after_load(cx.module, path_start)?;
        let mid = match loaded {
            Ok(m) => m,
            // No such module: typed as a value, where the unknown first name gets haxe's
            // last guess (`unknown_root_as_module`).
            Err(_) => return Ok(None),
        };
        let rest = &all[ti + 1..];
        // haxe looks for a module-level field first (`typerDotPath.ml`).
        if let Some(first) = rest.first() {
            if let Some(f) = self.module_field_info(mid, first)? {
                if rest.len() > 1 {
                    return unsupported("a dotted path through a module-level field");
                }
                let whole = Span::new(path_start, span.hi);
                return self.module_field_from(cx, mid, &f, whole).map(Some);
            }
        }
        let (t, rest) = match rest.first() {
            Some(sub) if sub.starts_with(|c: char| c.is_ascii_uppercase()) => {
                match self.m.find_type_in_module(mid, sub) {
                    Some(t) => (t, &rest[1..]),
                    // Not a sub-type: a field of the module's main type
                    // (`haxe.ds.Option.None`, `Type.ValueType.TInt` is a sub-type).
                    None => match self.m.find_type_in_module(mid, &module.name) {
                        Some(t) if self.has_member(t, sub)? => (t, rest),
                        _ => return unsupported("sub-type not found"),
                    },
                }
            }
            _ => match self.m.find_type_in_module(mid, &module.name) {
                Some(t) => (t, rest),
                None if self.m.module(mid).statics.is_some() => {
                    let end = ends.get(ti).copied().unwrap_or(span.hi);
                    let e = super::modules::LoadError::TypeNotFound {
                        module: module.clone(),
                        name: module.name.clone(),
                    };
                    let message = self.load_error_message(&e);
                    return Err(self.err(cx, Span::new(path_start, end), message));
                }
                None => return unsupported("module type not found"),
            },
        };
        // The type is reported at its last name, its members at theirs.
        let base = if self.refs.is_some() {
            let saved = self.refs_begin();
            let base = self.type_expr(t);
            let type_end = match rest.len() {
                n if all.len() - n - 1 < ends.len() => ends[all.len() - n - 1],
                _ => span.hi,
            };
            let name_len = self.m.type_path(t).name.len() as u32;
            let at = Span::new(type_end.saturating_sub(name_len), type_end);
            self.refs_end(saved, cx.module, at);
            base?
        } else {
            self.type_expr(t)?
        };
        match rest.len() {
            0 => Ok(Some(base)),
            1 => {
                let Access::TypeExpr(tt) = base else {
                    return Ok(None);
                };
                Ok(Some(self.field_of_type(cx, &tt, &rest[0], span)?))
            }
            _ => unsupported("long dotted paths"),
        }
    }

    /// `Mod.f` where `Mod` is no type in scope but a module (of a wildcard-imported package,
    /// or of the current package or a parent) with a module-level field `f`: haxe's
    /// `resolve_unqualified`. `None` when the access is something else.
    fn try_unqualified_module_field(
        &mut self,
        cx: &mut FnCtx,
        obj: &Expr,
        name: &ast::Ident,
    ) -> TResult<Option<Access>> {
        let ExprKind::Const(Constant::Ident(n)) = &obj.kind else {
            return Ok(None);
        };
        let n = n.to_string();
        if !n.starts_with(|c: char| c.is_ascii_uppercase()) || cx.local(&n).is_some() {
            return Ok(None);
        }
        // Whatever an identifier finds before types wins; hxs declines the rare clash.
        if let Some(c) = cx.class {
            let info = self.class_info(c)?;
            if info.field(&n).is_some() || info.static_field(&n).is_some() {
                return Ok(None);
            }
        }
        if self.module_field_info(cx.module, &n)?.is_some() {
            return Ok(None);
        }
        let imports = self.imports(cx.module)?;
        // A type of that name in scope is tried first; haxe goes on to the modules only when
        // it has no such field (`resolve_unqualified`, with `resume`).
        let in_scope = self
            .m
            .module(cx.module)
            .types
            .iter()
            .find(|t| t.name == n)
            .map(|t| t.ty)
            .or_else(|| imports.types.iter().find(|(t, _)| *t == n).map(|(_, t)| *t));
        let mut unsure = false;
        match in_scope {
            None => {}
            Some(ModuleType::Class(c)) => {
                let info = self.class_info(c)?;
                if info.field(&name.name).is_some() || info.static_field(&name.name).is_some() {
                    return Ok(None);
                }
            }
            Some(_) => unsure = true,
        }
        let mut candidates: Vec<Vec<String>> = imports.wildcards.clone();
        let mut pack = self.m.module(cx.module).path.pack.clone();
        loop {
            candidates.push(pack.clone());
            if pack.pop().is_none() {
                break;
            }
        }
        let mut found = None;
        for pack in candidates {
            let module = crate::project::classpath::ModulePath {
                pack,
                name: n.clone(),
            };
            let Ok(mid) = self.m.load(&module) else {
                continue;
            };
            if let Some(f) = self.module_field_info(mid, &name.name)? {
                found = Some((mid, f));
                break;
            }
            if self.m.find_type_in_module(mid, &n).is_some() {
                break;
            }
        }
        self.after_load(cx.module, obj.span.lo)?;
        let Some((mid, f)) = found else {
            return Ok(None);
        };
        if unsure {
            return unsupported("a module-level field behind a type of the same name");
        }
        // An enum constructor named like the module would be found first.
        if self.enum_ctor_named(cx, &n)? {
            return unsupported("an enum constructor named like a module");
        }
        let whole = Span::new(obj.span.lo, name.span.hi);
        self.module_field_from(cx, mid, &f, whole).map(Some)
    }

    /// Whether an enum constructor of the current module is named `n`.
    fn enum_ctor_named(&mut self, cx: &FnCtx, n: &str) -> TResult<bool> {
        let types: Vec<ModuleType> = self
            .m
            .module(cx.module)
            .types
            .iter()
            .map(|t| t.ty)
            .collect();
        for t in types {
            if let ModuleType::Enum(e) = t {
                if self.enum_info(e)?.ctors.iter().any(|c| c.name == n) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// A field of a value of type `t`.
    fn field_of_type(
        &mut self,
        cx: &mut FnCtx,
        t: &Type,
        name: &str,
        span: Span,
    ) -> TResult<Access> {
        let ft = self.follow(t)?;
        let ft = match &ft {
            Type::Abstract(n, tl) if tl.len() == 1 && self.abstract_path_is(*n, &[], "Null") => {
                self.follow(&tl[0].clone())?
            }
            _ => ft,
        };
        match &ft {
            Type::Inst(c, tl) => {
                if let Some(a) = self.instance_field(cx, *c, tl, name, span, false)? {
                    return Ok(a);
                }
                if let Some(a) = self.using_field(cx, t, name)? {
                    return Ok(a);
                }
                let info = self.class_info(*c)?;
                if info.static_field(name).is_some() {
                    return Err(self.err(
                        cx,
                        span,
                        format!("Cannot access static field {} from a class instance", name),
                    ));
                }
                self.no_field(cx, t, name, span)
            }
            Type::Anon(a) => {
                let def = self.m.db.anon(*a).clone();
                match &def.status {
                    AnonStatus::Statics(c) => {
                        let info = self.class_info(*c)?;
                        if let Some(f) = info.static_field(name) {
                            let f = f.clone();
                            if !f.is_public && !self.can_access(cx, *c) {
                                self.private_access(cx, *c, &f, span)?;
                            }
                            return self.static_access(cx, FieldOwner::Class(*c), &f);
                        }
                        if info.field(name).is_some() {
                            self.report(
                                cx,
                                span,
                                format!("Static access to instance field {} is not allowed", name),
                            );
                            return Ok(Access::Value(self.m.db.new_mono()));
                        }
                        if let Some(a) = self.using_field(cx, t, name)? {
                            return Ok(a);
                        }
                        // (`Type.ValueType` written as a path is a sub-type:
                        // `sub_type_by_path`; through a value it is a missing field.)
                        let names: Vec<String> = {
                            let mut v: Vec<String> =
                                info.statics.iter().map(|f| f.name.clone()).collect();
                            v.sort();
                            v.reverse();
                            v
                        };
                        self.no_field_with(cx, t, name, span, names)
                    }
                    AnonStatus::EnumStatics(e) => {
                        let info = self.enum_info(*e)?;
                        if let Some(ctor) = info.ctors.iter().find(|c| c.name == name) {
                            let decl = info.module.map(|module| super::refs::Decl {
                                module,
                                span: ctor.name_span,
                            });
                            self.note_ref(decl, true);
                            self.note_type_use(ModuleType::Enum(*e))?;
                            return Ok(Access::EnumCtor(
                                self.enum_ctor_type(*e, ctor),
                                *e,
                                ctor.name.clone(),
                            ));
                        }
                        if let Some(a) = self.using_field(cx, t, name)? {
                            return Ok(a);
                        }
                        // haxe's `string_source` of the statics: names in decreasing order.
                        let mut names: Vec<String> =
                            info.ctors.iter().map(|c| c.name.clone()).collect();
                        names.sort();
                        names.reverse();
                        self.no_field_with(cx, t, name, span, names)
                    }
                    AnonStatus::AbstractStatics(ab) => {
                        let info = self.abstract_info(*ab)?;
                        match info.impl_info.static_field(name) {
                            Some(f) if f.is_static => {
                                let f = f.clone();
                                if !f.is_public && cx.abstract_ != Some(*ab) && !cx.private_access {
                                    return unsupported("private abstract statics");
                                }
                                self.static_access(cx, FieldOwner::AbstractImpl(*ab), &f)
                            }
                            _ => unsupported("this abstract static access"),
                        }
                    }
                    _ => {
                        if let Some(f) = def.fields.get(name) {
                            return Ok(anon_field_access(f, name));
                        }
                        if let Some(a) = self.using_field(cx, t, name)? {
                            return Ok(a);
                        }
                        let mut names: Vec<String> = def.fields.keys().cloned().collect();
                        names.reverse();
                        self.no_field_with(cx, t, name, span, names)
                    }
                }
            }
            Type::Dynamic(inner) => Ok(Access::Value(match inner {
                Some(t) => (**t).clone(),
                None => self.m.db.new_mono(),
            })),
            Type::Mono(m) => {
                // haxe constrains the monomorph to have the field (the same field each time
                // it is read), and binds it to a closed structure of its fields when the
                // function that first read one ends; hxs declines the build if it is bound
                // to anything else before (haxe checks the fields then).
                let m = *m;
                self.field_monos.push(ft.clone());
                let known = self.m.db.mono_fields.get(&m);
                let index = match known.and_then(|f| f.iter().position(|(n, _, _)| n == name)) {
                    Some(i) => i,
                    None => {
                        if known.is_none() {
                            self.perfunction.push(m);
                        }
                        let t = self.m.db.new_mono();
                        let fields = self.m.db.mono_fields.entry(m).or_default();
                        fields.push((name.to_string(), t, false));
                        fields.len() - 1
                    }
                };
                self.last_mono_field = Some((span, m, index));
                Ok(Access::Value(self.m.db.mono_fields[&m][index].1.clone()))
            }
            Type::Abstract(a, tl) => {
                if let Some(acc) = self.abstract_field(cx, *a, tl, name, span)? {
                    return Ok(acc);
                }
                if let Some(acc) = self.using_field(cx, t, name)? {
                    return Ok(acc);
                }
                let info = self.abstract_info(*a)?;
                if let Some(list) = &info.forward {
                    if list.is_empty() || list.iter().any(|n| n == name) {
                        let this = info.this.clone();
                        let params = self.m.db.abstract_def(*a).params.clone();
                        let this = self.m.db.apply_params(&this, &params, tl);
                        return self.field_of_type(cx, &this, name, span);
                    }
                }
                // haxe's `string_source` for an abstract: its implementation's fields in
                // declaration order.
                let names: Vec<String> = info
                    .impl_info
                    .statics
                    .iter()
                    .map(|f| f.name.clone())
                    .collect();
                self.no_field_with(cx, t, name, span, names)
            }
            Type::Enum(..) => {
                if let Some(a) = self.using_field(cx, t, name)? {
                    return Ok(a);
                }
                self.no_field_with(cx, t, name, span, Vec::new())
            }
            Type::Fun(_) => {
                if let Some(a) = self.using_field(cx, t, name)? {
                    return Ok(a);
                }
                self.no_field_with(cx, t, name, span, Vec::new())
            }
            Type::Typedef(..) => unsupported("typedef field access"),
        }
    }

    /// The classes a module uses for static extension, in lookup order: its own `using`s,
    /// last first, then haxe's global ones (`EnumTools`, `EnumValueTools`).
    fn using_classes(&mut self, module: ModuleId) -> TResult<Vec<FieldOwner>> {
        let mut out = Vec::new();
        let decls: Vec<Vec<String>> = self
            .m
            .import_decls(module)
            .into_iter()
            .filter_map(|(_, d)| match d.kind {
                ast::DeclKind::Using(p) => Some(p.iter().map(|i| i.name.to_string()).collect()),
                _ => None,
            })
            .collect();
        for parts in decls.iter().rev() {
            let Some(ti) = parts
                .iter()
                .position(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
            else {
                return unsupported("using a package");
            };
            let module = crate::project::classpath::ModulePath {
                pack: parts[..ti].to_vec(),
                name: parts[ti].clone(),
            };
            let mid = match self.m.load(&module) {
                Ok(m) => m,
                Err(_) => return unsupported("an unresolved using"),
            };
            match parts.get(ti + 1) {
                Some(sub) => match self.m.find_type_in_module(mid, sub) {
                    Some(ModuleType::Class(c)) => out.push(FieldOwner::Class(c)),
                    Some(ModuleType::Abstract(a)) => out.push(FieldOwner::AbstractImpl(a)),
                    _ => return unsupported("using something other than a class"),
                },
                None => {
                    for t in self.m.module(mid).types.clone() {
                        match t.ty {
                            ModuleType::Class(c) => out.push(FieldOwner::Class(c)),
                            ModuleType::Abstract(a) => out.push(FieldOwner::AbstractImpl(a)),
                            _ => {}
                        }
                    }
                }
            }
        }
        let global = crate::project::classpath::ModulePath {
            pack: vec!["haxe".into()],
            name: "EnumTools".into(),
        };
        if let Ok(mid) = self.m.load(&global) {
            for n in ["EnumTools", "EnumValueTools"] {
                if let Some(ModuleType::Class(c)) = self.m.find_type_in_module(mid, n) {
                    out.push(FieldOwner::Class(c));
                }
            }
        }
        Ok(out)
    }

    /// A static extension `value.name(...)`: the first static function of a used class
    /// named `name` whose first argument accepts the value; its type without that argument.
    fn using_field(&mut self, cx: &FnCtx, t: &Type, name: &str) -> TResult<Option<Access>> {
        if matches!(self.follow(t)?, Type::Dynamic(_)) {
            return Ok(None);
        }
        for owner in self.using_classes(cx.module)? {
            // haxe skips `@:noUsing` functions, those it may not access, and an
            // abstract's instance functions.
            let (f, inside) = match owner {
                FieldOwner::Class(c) => {
                    let info = self.class_info(c)?;
                    (info.static_field(name).cloned(), cx.class == Some(c))
                }
                FieldOwner::AbstractImpl(a) => {
                    let info = self.abstract_info(a)?;
                    let f = info.impl_info.static_field(name).filter(|f| f.is_static);
                    (f.cloned(), cx.abstract_ == Some(a))
                }
            };
            let Some(f) = f else {
                continue;
            };
            if (!f.is_public && !inside) || f.meta.iter().any(|m| m == ":noUsing") {
                continue;
            }
            self.note_use(&f);
            self.refs_inexact();
            let ft = self.field_type(owner, &f)?;
            let Some((fun, _)) = self.as_extension(&ft, &f.params)? else {
                continue;
            };
            if !self.does_unify(t, &fun.args[0].ty)? {
                continue;
            }
            return Ok(Some(Access::Value(receiver_dropped(&fun))));
        }
        Ok(None)
    }

    /// The static extensions a field completion on a value of type `t` lists in `module`
    /// (haxe's `collect_static_extensions`): in lookup order, each used class's static
    /// functions, in declaration order, whose first argument accepts the value, typed
    /// without that argument. Names in `taken` (the value's own fields) and names already
    /// found are skipped. `class` is the class the cursor is in (its private statics show).
    pub fn static_extensions(
        &mut self,
        module: ModuleId,
        class: Option<ClassId>,
        t: &Type,
        taken: &HashSet<String>,
    ) -> TResult<Vec<(FieldInfo, Type)>> {
        let value = self.follow(t)?;
        if matches!(value, Type::Mono(_)) {
            return Ok(Vec::new());
        }
        if self.type_meta(&value).iter().any(|m| m == ":using") {
            return unsupported("static extensions a type declares with @:using");
        }
        let mut out: Vec<(FieldInfo, Type)> = Vec::new();
        for owner in self.using_classes(module)? {
            let (statics, inside): (Vec<FieldInfo>, bool) = match owner {
                FieldOwner::Class(c) => (self.class_info(c)?.statics.clone(), class == Some(c)),
                FieldOwner::AbstractImpl(a) => {
                    let info = self.abstract_info(a)?;
                    let statics = info.impl_info.statics.iter().filter(|f| f.is_static);
                    (statics.cloned().collect(), false)
                }
            };
            for f in statics {
                let skip = [":noUsing", ":noCompletion"];
                if f.meta.iter().any(|m| skip.contains(&m.as_str()))
                    || taken.contains(&f.name)
                    || out.iter().any(|(g, _)| g.name == f.name)
                {
                    continue;
                }
                // haxe reads the type of a field not typed yet without typing it: an
                // inferred return type (or variable type) stays a monomorph.
                let ft = if f.inferred {
                    f.ty.clone()
                } else {
                    self.field_type(owner, &f)?
                };
                let Some((fun, monos)) = self.as_extension(&ft, &f.params)? else {
                    continue;
                };
                let first = &fun.args[0];
                if self.is_expr_of(&first.ty) {
                    return unsupported("a macro static extension");
                }
                if !self.does_unify(t, &first.ty)? {
                    continue;
                }
                if !self.param_constraints_hold(&f.params, &monos)? {
                    continue;
                }
                let dynamic_only = matches!(value, Type::Dynamic(_))
                    && !matches!(self.follow(&first.ty)?, Type::Dynamic(_));
                if (!f.is_public && !inside) || dynamic_only {
                    continue;
                }
                out.push((f, receiver_dropped(&fun)));
            }
        }
        Ok(out)
    }

    /// A static function's type as an extension uses it: its type parameters replaced by
    /// monomorphs (returned too), when it is a function with a first argument.
    fn as_extension(
        &mut self,
        ft: &Type,
        params: &[TypeParam],
    ) -> TResult<Option<(Arc<FunType>, Vec<Type>)>> {
        let monos = self.fresh_params(params);
        let ft = self.m.db.apply_params(ft, params, &monos);
        match self.follow(&ft)? {
            Type::Fun(fun) if !fun.args.is_empty() => Ok(Some((fun, monos))),
            _ => Ok(None),
        }
    }

    /// Whether the monomorphs that stand for a function's type parameters satisfy the
    /// parameters' constraints (a structural constraint is not decided here).
    fn param_constraints_hold(&mut self, params: &[TypeParam], monos: &[Type]) -> TResult<bool> {
        for (p, m) in params.iter().zip(monos) {
            let Type::Inst(id, _) = &p.ty else {
                continue;
            };
            for c in self.constraints.get(id).cloned().unwrap_or_default() {
                let c = self.m.db.apply_params(&c, params, monos);
                if matches!(self.follow(&c)?, Type::Anon(_) | Type::Mono(_)) {
                    return unsupported("a static extension with a structural constraint");
                }
                if !self.does_unify(m, &c)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Whether module type `t` has a static field or an enum constructor named `name`.
    fn has_member(&mut self, t: ModuleType, name: &str) -> TResult<bool> {
        Ok(match t {
            ModuleType::Class(c) => self.class_info(c)?.static_field(name).is_some(),
            ModuleType::Enum(e) => self.m.db.enum_def(e).names.iter().any(|n| n == name),
            _ => false,
        })
    }

    /// The metadata names on the declaration of the type `t` stands for (none for a
    /// structure, a function or `Dynamic`).
    fn type_meta(&self, t: &Type) -> Vec<String> {
        let mt = match t {
            Type::Inst(c, _) => ModuleType::Class(*c),
            Type::Enum(e, _) => ModuleType::Enum(*e),
            Type::Abstract(a, _) => ModuleType::Abstract(*a),
            Type::Typedef(td, _) => ModuleType::Typedef(*td),
            _ => return Vec::new(),
        };
        let Ok((module, idx)) = self.decl_of(mt) else {
            return Vec::new();
        };
        let head = match self.m.module(module).typed.decls.get(idx).map(|d| &d.kind) {
            Some(ast::DeclKind::Class(c)) => &c.head,
            Some(ast::DeclKind::Enum(e)) => &e.head,
            Some(ast::DeclKind::Typedef(td)) => &td.head,
            Some(ast::DeclKind::Abstract(a)) => &a.head,
            _ => return Vec::new(),
        };
        head.meta.iter().map(|m| m.name.to_string()).collect()
    }

    /// Whether `t` is `haxe.macro.ExprOf<T>` (a macro's argument).
    fn is_expr_of(&self, t: &Type) -> bool {
        match t {
            Type::Typedef(td, _) => {
                let path = &self.m.db.typedef(*td).path;
                path.pack == ["haxe", "macro"] && path.name == "ExprOf"
            }
            _ => false,
        }
    }

    fn no_field(&mut self, cx: &FnCtx, t: &Type, name: &str, span: Span) -> TResult<Access> {
        // haxe's `string_source`: all instance fields, in decreasing name order.
        let ft = self.follow(t)?;
        let mut names = Vec::new();
        if let Type::Inst(c, _) = ft {
            let mut up = Ancestors::from(c, &[]);
            while let Some(a) = up.next(self)? {
                names.extend(a.info.fields.iter().map(|f| f.name.clone()));
            }
        }
        names.sort();
        names.dedup();
        names.reverse();
        self.no_field_with(cx, t, name, span, names)
    }

    fn no_field_with(
        &mut self,
        cx: &FnCtx,
        t: &Type,
        name: &str,
        span: Span,
        names: Vec<String>,
    ) -> TResult<Access> {
        let st = super::print::s_type(self.db(), t);
        let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
        let msg = crate::syntax::suggest::string_error(
            name,
            &refs,
            &format!("{} has no field {}", st, name),
        );
        self.report(cx, span, msg);
        Ok(Access::Value(self.m.db.new_mono()))
    }

    // ----- calls -----

    /// A call of a field: records which field is called and, when the field has
    /// `@:overload` signatures, makes the call through them (the outer `Some`).
    fn overloaded_call(
        &mut self,
        cx: &mut FnCtx,
        a: &Access,
        called: &mut Option<(FieldOwner, String, FKind)>,
        args: &[Expr],
        span: Span,
    ) -> TResult<Option<TResult<Type>>> {
        let Access::Field {
            kind,
            owner,
            name,
            is_static,
            ty,
            ..
        } = a
        else {
            return Ok(None);
        };
        *called = Some((*owner, name.clone(), *kind));
        let Some((f, overloads)) = self.meta_overloads(*owner, *is_static, name)? else {
            return Ok(None);
        };
        let r = self.overload_call(cx, &f, ty.clone(), overloads, args, span);
        self.last_call_field = called.clone();
        Ok(Some(r))
    }

    fn call(
        &mut self,
        cx: &mut FnCtx,
        callee: &Expr,
        args: &[Expr],
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        if self.is_signature_call(cx.module, span) {
            return self.signature_of_call(cx, callee, args);
        }
        let monos_from = self.m.db.mono_count();
        if let ExprKind::Const(Constant::Ident(n)) = &callee.kind {
            if n == "trace" && cx.local("trace").is_none() {
                for (i, a) in args.iter().enumerate() {
                    if self.toplevel_target.is_some() {
                        // haxe calls `haxe.Log.trace(v:Dynamic, ?infos)`: a completion
                        // point in the value expects `Dynamic`, named `v`.
                        if i > 0 {
                            return unsupported("completion among trace's further arguments");
                        }
                        self.arg_name_at = Some((a.span, "v".into()));
                        let saved = std::mem::replace(&mut cx.in_call_args, true);
                        let r = self.expr(cx, a, &With::Of(Type::Dynamic(None)));
                        cx.in_call_args = saved;
                        r?;
                        continue;
                    }
                    self.call_arg_value(cx, a, "v")?;
                }
                if self.std_distrusted {
                    // haxe calls `haxe.Log.trace(v, pos)`: with the std checked, its
                    // modules are loaded (and their bodies typed) as haxe does.
                    for (pack, name) in [(["haxe"], "Log"), (["haxe"], "PosInfos")] {
                        let path = crate::project::classpath::ModulePath {
                            pack: pack.iter().map(|p| p.to_string()).collect(),
                            name: name.to_string(),
                        };
                        if self.m.load(&path).is_err() {
                            return unsupported("trace without haxe.Log");
                        }
                    }
                }
                return self.t_void();
            }
            if n == "super" {
                return self.super_call(cx, args, span);
            }
            if n == "$type" && args.len() == 1 {
                let t = self.expr(cx, &args[0], &With::Value)?;
                let st = super::print::s_type(self.db(), &t);
                self.errors.push(Diagnostic {
                    module: Some(cx.module),
                    span: args[0].span,
                    message: format!("Warning : {}", st),
                });
                return Ok(t);
            }
        }
        let mut called = None;
        let mut enum_ctor = false;
        let ft = match &callee.kind {
            ExprKind::Field(obj, name) if name.name == "bind" => {
                let ot = self.expr(cx, obj, &With::Value)?;
                if let Type::Fun(f) = self.follow(&ot)? {
                    return self.bind(cx, &f, args);
                }
                let a = self.field_of_type(cx, &ot, "bind", name.span)?;
                self.read_access(cx, a, callee.span)?
            }
            ExprKind::Field(obj, name) => {
                let a = self.field_access(cx, obj, name, callee.span, true)?;
                enum_ctor = matches!(a, Access::EnumCtor(..));
                if let Some(r) = self.overloaded_call(cx, &a, &mut called, args, span)? {
                    return r;
                }
                self.read_access_plain(cx, a, callee.span)?
            }
            // A field named by itself (as `constant` resolves it), so that overloads and
            // the called field are known.
            ExprKind::Const(Constant::Ident(n))
                if !matches!(n.as_str(), "true" | "false" | "null" | "this" | "super")
                    && cx.local(n).is_none() =>
            {
                // Against an expected enum, its constructors are found by bare name
                // (haxe's `maybe_type_against_enum`); a name that is none of them is
                // reported over the whole call, which then calls an unknown value.
                let expected = self.expected_enum(with)?;
                match self.ident_against(cx, n, callee.span, expected, span)? {
                    Err(unknown) => unknown,
                    Ok(a) => {
                        self.flush_deprecation(cx, callee.span);
                        enum_ctor = matches!(a, Access::EnumCtor(..));
                        if let Some(r) = self.overloaded_call(cx, &a, &mut called, args, span)? {
                            return r;
                        }
                        self.read_access_plain(cx, a, callee.span)?
                    }
                }
            }
            _ => self.expr(cx, callee, &With::Value)?,
        };
        if self.expr_probe == Some((cx.module, callee.span)) {
            // A hover query on the callee: its type before the arguments bind anything.
            self.expr_probe = None;
            self.expr_probe_hit = Some(ft);
            return unsupported(DISPLAY_STOP);
        }
        self.callee_span = Some(callee.span);
        // haxe infers an enum constructor's parameters from the expected type first; a
        // generic function's only from its arguments.
        self.call_expected = match with {
            With::Of(t) if enum_ctor => Some(t.clone()),
            _ => None,
        };
        self.call_monos_from = monos_from;
        let r = self.apply_call(cx, &ft, args, span);
        self.callee_span = None;
        self.last_call_field = called;
        r
    }

    /// `f.bind(a, _, c)`: the function with the given arguments fixed (haxe's
    /// `type_bind`); `_` keeps an argument.
    fn bind(&mut self, cx: &mut FnCtx, f: &FunType, args: &[Expr]) -> TResult<Type> {
        if args.len() > f.args.len() {
            return unsupported("too many bind arguments");
        }
        let mut rest = Vec::new();
        for (i, p) in f.args.iter().enumerate() {
            match args.get(i) {
                Some(a) if matches!(&a.kind, ExprKind::Const(Constant::Ident(n)) if n == "_") => {
                    rest.push(p.clone());
                }
                Some(a) => {
                    let t = self.expr(cx, a, &With::Of(p.ty.clone()))?;
                    self.unify_report(cx, &t, &p.ty, a.span)?;
                }
                None => rest.push(p.clone()),
            }
        }
        Ok(Type::Fun(Arc::new(FunType {
            args: rest,
            ret: f.ret.clone(),
        })))
    }

    /// Whether `t` holds an unbound monomorph made before the `from`th.
    fn has_mono_before(&self, t: &Type, from: usize, depth: usize) -> bool {
        if depth > 20 {
            return false;
        }
        match self.m.db.resolve(t) {
            Type::Mono(m) => (m.0 as usize) < from,
            Type::Inst(_, tl)
            | Type::Enum(_, tl)
            | Type::Typedef(_, tl)
            | Type::Abstract(_, tl) => tl.iter().any(|t| self.has_mono_before(t, from, depth + 1)),
            Type::Fun(f) => {
                f.args
                    .iter()
                    .any(|a| self.has_mono_before(&a.ty, from, depth + 1))
                    || self.has_mono_before(&f.ret, from, depth + 1)
            }
            _ => false,
        }
    }

    pub(crate) fn has_unbound_mono(&self, t: &Type, depth: usize) -> bool {
        if depth > 20 {
            return false;
        }
        match self.m.db.resolve(t) {
            Type::Mono(_) => true,
            Type::Inst(_, tl)
            | Type::Enum(_, tl)
            | Type::Typedef(_, tl)
            | Type::Abstract(_, tl) => tl.iter().any(|t| self.has_unbound_mono(t, depth + 1)),
            Type::Fun(f) => {
                f.args
                    .iter()
                    .any(|a| self.has_unbound_mono(&a.ty, depth + 1))
                    || self.has_unbound_mono(&f.ret, depth + 1)
            }
            _ => false,
        }
    }

    fn call_arg_value(&mut self, cx: &mut FnCtx, a: &Expr, name: &str) -> TResult<Type> {
        match self.expr(cx, a, &With::Value) {
            Ok(t) => Ok(t),
            // haxe wraps every error of an argument but a missing module's.
            Err(Fail::Error(d)) if d.message.starts_with("Type not found : ") => {
                self.with_type_raise = false;
                Err(Fail::Error(d))
            }
            Err(Fail::Error(d)) => {
                self.with_type_raise = false;
                Err(Fail::Error(Diagnostic {
                    message: format!("{}\nFor function argument '{}'", d.message, name),
                    ..d
                }))
            }
            Err(f) => Err(f),
        }
    }

    fn apply_call(
        &mut self,
        cx: &mut FnCtx,
        ft: &Type,
        args: &[Expr],
        span: Span,
    ) -> TResult<Type> {
        let callee = self.callee_span.take();
        let f = self.follow(ft)?;
        let expected = self.call_expected.take();
        match f {
            Type::Fun(fun) => {
                if let Some(t) = expected {
                    // haxe infers a generic call's parameters from the expected type first.
                    // Not a monomorph of an inferred field type (`function id(x)`), which
                    // the arguments bind first.
                    let from = self.call_monos_from;
                    if self.has_unbound_mono(&fun.ret, 0)
                        && !self.has_mono_before(&fun.ret, from, 0)
                        && !self.is_void(&t)?
                    {
                        let _ = self.does_unify(&fun.ret, &t)?;
                    }
                }
                self.call_args(cx, args, &fun.args, span)?;
                Ok(fun.ret.clone())
            }
            Type::Dynamic(_) => {
                for a in args {
                    self.expr(cx, a, &With::Value)?;
                }
                Ok(Type::Dynamic(None))
            }
            Type::Mono(_) => {
                // haxe binds the monomorph to a function of the arguments' types.
                let mut fargs = Vec::new();
                for a in args {
                    let t = self.expr(cx, a, &With::Value)?;
                    fargs.push(FunArg {
                        name: String::new(),
                        opt: false,
                        ty: t,
                    });
                }
                let ret = self.m.db.new_mono();
                let fun = Type::Fun(Arc::new(FunType {
                    args: fargs,
                    ret: ret.clone(),
                }));
                self.unify_report(cx, &f, &fun, span)?;
                Ok(ret)
            }
            _ => {
                for a in args {
                    self.expr(cx, a, &With::Value)?;
                }
                let s = super::print::s_type(self.db(), ft);
                Err(self.err(
                    cx,
                    callee.unwrap_or(span),
                    format!("{} cannot be called", s),
                ))
            }
        }
    }

    /// haxe's `unify_call_args`: arguments against parameters, optional ones skipped when
    /// an argument does not fit.
    pub(crate) fn call_args(
        &mut self,
        cx: &mut FnCtx,
        el: &[Expr],
        params: &[FunArg],
        callp: Span,
    ) -> TResult<()> {
        let mut skipped: Vec<(String, Diagnostic)> = Vec::new();
        let mut ei = 0;
        let mut pi = 0;
        loop {
            match (el.get(ei), params.get(pi)) {
                (None, None) => return Ok(()),
                (_, Some(p)) if pi + 1 == params.len() && self.is_rest(&p.ty)? => {
                    return self.rest_args(cx, &el[ei..], p);
                }
                (None, Some(p)) => {
                    if !p.opt {
                        let st = |t: &Type, db: &TypeDb| {
                            let s = super::print::s_type(db, t);
                            if s.chars().count() > 150 {
                                format!("{}...", s.chars().take(147).collect::<String>())
                            } else {
                                s
                            }
                        };
                        let list: Vec<String> = params[pi..]
                            .iter()
                            .map(|a| format!("{}:{}", a.name, st(&a.ty, self.db())))
                            .collect();
                        return Err(self.err(
                            cx,
                            callp,
                            format!("Not enough arguments, expected {}", list.join(", ")),
                        ));
                    }
                    pi += 1;
                }
                (Some(e), None) => {
                    if let Some((name, d)) = skipped.first() {
                        return Err(self.arg_error(d.clone(), name, true));
                    }
                    return Err(self.err(cx, e.span, "Too many arguments"));
                }
                (Some(e), Some(p)) => match self.type_named_arg(cx, e, p) {
                    Ok(()) => {
                        ei += 1;
                        pi += 1;
                    }
                    Err(Fail::Error(d)) => {
                        // haxe's `unify_call_args` turns it into a call error here.
                        self.with_type_raise = false;
                        if p.opt && el.len() - ei - 1 < params.len() - pi - 1 {
                            skipped.push((p.name.clone(), d));
                            pi += 1;
                        } else if let Some((name, d)) = skipped.first() {
                            return Err(self.arg_error(d.clone(), name, true));
                        } else {
                            return Err(self.arg_error(d, &p.name, p.opt));
                        }
                    }
                    Err(f) => return Err(f),
                },
            }
        }
    }

    /// The arguments given to a trailing `haxe.Rest<T>` parameter: each a `T`, or one
    /// spread `...array`.
    fn rest_args(&mut self, cx: &mut FnCtx, el: &[Expr], p: &FunArg) -> TResult<()> {
        let Type::Abstract(_, tl) = self.follow(&p.ty)? else {
            return unsupported("rest arguments of this type");
        };
        let Some(elem) = tl.first().cloned() else {
            return unsupported("rest arguments of this type");
        };
        if let [one] = el {
            if let ExprKind::Unop(Unop::Spread, false, inner) = &one.kind {
                return self.call_arg(cx, inner, &p.ty, &p.name);
            }
        }
        if el
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Unop(Unop::Spread, ..)))
        {
            return unsupported("spread among other rest arguments");
        }
        let _ = elem;
        // On targets without native rest arguments haxe passes them as one array literal
        // spanning them all.
        let (Some(first), Some(last)) = (el.first(), el.last()) else {
            return Ok(());
        };
        let array = Expr::new(ExprKind::ArrayDecl(el.to_vec()), first.span.to(last.span));
        self.call_arg(cx, &array, &p.ty, &p.name)
    }

    fn arg_error(&self, d: Diagnostic, name: &str, opt: bool) -> Fail {
        Fail::Error(Diagnostic {
            message: format!(
                "{}\nFor {}function argument '{}'",
                d.message,
                if opt { "optional " } else { "" },
                name
            ),
            ..d
        })
    }

    /// An argument typed against its parameter, its name noted for toplevel completion.
    fn type_named_arg(&mut self, cx: &mut FnCtx, e: &Expr, p: &FunArg) -> TResult<()> {
        self.arg_name_at = Some((e.span, p.name.clone()));
        self.type_against(cx, e, &p.ty)
    }

    fn type_against(&mut self, cx: &mut FnCtx, e: &Expr, t: &Type) -> TResult<()> {
        let saved = std::mem::replace(&mut cx.in_call_args, true);
        let log = self.arg_log.take();
        let te = self.expr(cx, e, &With::Of(t.clone()));
        self.arg_log = log;
        cx.in_call_args = saved;
        let te = te?;
        if let Some(log) = &mut self.arg_log {
            log.push(te.clone());
        }
        self.unify_raise(cx, &te, t, e.span)
    }

    pub(crate) fn is_rest(&mut self, t: &Type) -> TResult<bool> {
        Ok(
            matches!(self.follow(t)?, Type::Abstract(a, _) if self.abstract_path_is(a, &["haxe"], "Rest")),
        )
    }

    fn super_call(&mut self, cx: &mut FnCtx, args: &[Expr], span: Span) -> TResult<Type> {
        if !cx.in_ctor || cx.in_local_fun > 0 {
            return Err(self.err(
                cx,
                span,
                "Cannot call super constructor outside class constructor",
            ));
        }
        let Some(c) = cx.class else {
            return unsupported("super outside a class");
        };
        let Some((sc, stl)) = self.m.db.class(c).super_class.clone() else {
            return Err(self.err(cx, span, "Current class does not have a super"));
        };
        let Some((ctor_t, ctor)) = self.constructor_of(sc, &stl)? else {
            return unsupported("superclass without constructor");
        };
        // haxe reports a constructor's use at the whole call (`super(...)`, `new T(...)`).
        let decl = ctor.decl.map(|(module, _, _)| super::refs::Decl {
            module,
            span: ctor.name_span,
        });
        self.record_ref(cx.module, span, decl, true);
        self.call_constructor(cx, (sc, &stl), (&ctor_t, &ctor), args, span)?;
        self.t_void()
    }

    /// The `@:overload` signatures of the constructor of a class (inherited when it has
    /// none), with parameters applied, or `None` when it has none.
    pub(crate) fn constructor_overloads(
        &mut self,
        c: ClassId,
        tl: &[Type],
    ) -> TResult<Option<Vec<Type>>> {
        let mut up = Ancestors::from(c, tl);
        while let Some(a) = up.next(self)? {
            if a.info.ctor.is_some() {
                let Some((_, others)) =
                    self.meta_overloads(FieldOwner::Class(a.class), false, "new")?
                else {
                    return Ok(None);
                };
                let own = self.m.db.class(a.class).params.clone();
                let others = others
                    .iter()
                    .map(|t| self.m.db.apply_params(t, &own, &a.params))
                    .collect();
                return Ok(Some(others));
            }
        }
        Ok(None)
    }

    /// Calls a constructor, choosing among its `@:overload` signatures when it has some.
    fn call_constructor(
        &mut self,
        cx: &mut FnCtx,
        (c, tl): (ClassId, &[Type]),
        (ct, f): (&Type, &FieldInfo),
        args: &[Expr],
        span: Span,
    ) -> TResult<()> {
        match self.constructor_overloads(c, tl)? {
            Some(others) => {
                self.overload_call(cx, f, ct.clone(), others, args, span)?;
            }
            None => {
                self.apply_call(cx, ct, args, span)?;
            }
        }
        Ok(())
    }

    /// The constructor of a class (inherited when it has none), with parameters applied.
    pub(crate) fn constructor_of(
        &mut self,
        c: ClassId,
        tl: &[Type],
    ) -> TResult<Option<(Type, FieldInfo)>> {
        let mut up = Ancestors::from(c, tl);
        while let Some(a) = up.next(self)? {
            if let Some(f) = &a.info.ctor {
                let f = f.clone();
                let t = self.field_type(FieldOwner::Class(a.class), &f)?;
                let own = self.m.db.class(a.class).params.clone();
                let t = self.m.db.apply_params(&t, &own, &a.params);
                return Ok(Some((t, f)));
            }
        }
        Ok(None)
    }

    fn new_expr(
        &mut self,
        cx: &mut FnCtx,
        tp: &ast::TypePath,
        args: &[Expr],
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        let hint = ast::TypeHint {
            kind: ast::ComplexType::Path(Box::new(tp.clone())),
            span: tp.span,
        };
        let t = if tp.params.is_empty() {
            // Parameters are inferred: resolve the type and give it monomorphs.
            let imports = self.imports(cx.module)?;
            if tp.pack.is_empty()
                && tp.sub.is_none()
                && cx.params.iter().any(|(n, _)| *n == tp.name)
            {
                return unsupported("constructing a type parameter");
            }
            let r = self.m.resolve(cx.module, &imports, tp);
            self.after_load(cx.module, tp.span.lo)?;
            match r {
                Ok(ModuleType::Class(c)) => {
                    // The monomorphs carry the parameters' constraints (haxe's
                    // `spawn_constrained_monos`).
                    self.class_info(c)?;
                    let params = self.m.db.class(c).params.clone();
                    let monos = self.fresh_params(&params);
                    Type::Inst(c, Arc::from(monos))
                }
                Ok(ModuleType::Typedef(td)) => {
                    let n = self.m.db.typedef(td).params.len();
                    let monos: Vec<Type> = (0..n).map(|_| self.m.db.new_mono()).collect();
                    Type::Typedef(td, Arc::from(monos))
                }
                Ok(ModuleType::Abstract(a)) => {
                    self.abstract_info(a)?;
                    let params = self.m.db.abstract_def(a).params.clone();
                    let monos = self.fresh_params(&params);
                    Type::Abstract(a, Arc::from(monos))
                }
                Ok(_) => return unsupported("new on an enum"),
                Err(e) => return Err(self.err(cx, tp.span, e.message())),
            }
        } else {
            self.load_hint(cx.module, &cx.params, &hint)?
        };
        if self.is_signature_call(cx.module, span) {
            return self.signature_of_new(cx, &t, args);
        }
        let ft = self.follow(&t)?;
        if let Type::Abstract(a, tl) = &ft {
            let info = self.abstract_info(*a)?;
            if info.has_meta(":multiType") {
                // haxe resolves the implementation once the key type is known: here, from
                // the expected type of a `new Map()`.
                if let (With::Of(expected), Some(k)) = (with, tl.first()) {
                    if matches!(self.m.db.resolve(k), Type::Mono(_)) {
                        let _ = self.does_unify(&ft, expected)?;
                    }
                }
                // haxe picks the implementation from the key type through `@:to` functions.
                let ids = self.std_ids()?;
                let key = match tl.first() {
                    Some(k) => self.follow(k)?,
                    None => return unsupported("@:multiType without parameters"),
                };
                let path = self.m.db.abstract_def(*a).path.clone();
                let ok = match &key {
                    Type::Inst(c, _) => {
                        *c == ids.string || self.m.db.class(*c).kind == ClassKind::Normal
                    }
                    Type::Abstract(k, _) => *k == ids.int,
                    Type::Enum(..) | Type::Anon(_) => path == Path::new(&["haxe", "ds"], "Map"),
                    Type::Mono(_) => {
                        // Decided once the key type is known (checked after typing).
                        self.deferred_map_keys.push(key.clone());
                        true
                    }
                    _ => false,
                };
                if !ok && path == Path::new(&["haxe", "ds"], "Map") {
                    let imap = super::print::s_type(self.db(), tl.first().unwrap_or(&key));
                    let v = tl
                        .get(1)
                        .map(|t| super::print::s_type(self.db(), t))
                        .unwrap_or_default();
                    return Err(self.err(
                        cx,
                        span,
                        format!(
                            "Abstract haxe.ds.Map has no @:to function that accepts haxe.IMap<{}, {}>",
                            imap, v
                        ),
                    ));
                }
                if !ok {
                    return unsupported("@:multiType abstracts with this key type");
                }
            }
            let Some(ctor) = info.impl_info.ctor.clone() else {
                let s = self.m.db.abstract_def(*a).path.dotted();
                return Err(self.err(cx, span, format!("{} does not have a constructor", s)));
            };
            let ct = self.field_type(FieldOwner::AbstractImpl(*a), &ctor)?;
            let params = self.m.db.abstract_def(*a).params.clone();
            let ct = self.m.db.apply_params(&ct, &params, tl);
            self.apply_call(cx, &ct, args, span)?;
            return Ok(ft.clone());
        }
        let Type::Inst(c, tl) = ft else {
            return unsupported("new on this type");
        };
        self.note_type_use(ModuleType::Class(c))?;
        let info = self.class_info(c)?;
        if self.m.db.class(c).interface {
            let s = self.m.db.class(c).path.dotted();
            return Err(self.err(cx, span, format!("{} does not have a constructor", s)));
        }
        if info.is_abstract {
            return unsupported("new on an abstract class");
        }
        match self.constructor_of(c, &tl)? {
            Some((ct, f)) => {
                if !f.is_public
                    && !self.can_access(cx, c)
                    && !cx.private_access
                    && !self.granted(cx, c, &f)?
                {
                    let s = self.m.db.class(c).path.dotted();
                    self.report(
                        cx,
                        span,
                        format!("Cannot access private constructor of {}", s),
                    );
                }
                let decl = f.decl.map(|(module, _, _)| super::refs::Decl {
                    module,
                    span: f.name_span,
                });
                self.record_ref(cx.module, span, decl, true);
                self.call_constructor(cx, (c, &tl), (&ct, &f), args, span)?;
            }
            None if self.has_generated_constructor(c)? => {
                // haxe gave the class an empty constructor for its variables' initializers:
                // the call is typed against it, then its use reported (`@:compilerGenerated`).
                let void = self.t_void()?;
                let ct = Type::Fun(Arc::new(FunType {
                    args: Vec::new(),
                    ret: void,
                }));
                self.apply_call(cx, &ct, args, span)?;
                let s = self.m.db.class(c).path.dotted();
                self.report(cx, span, format!("{} does not have a constructor", s));
            }
            None => {
                let s = self.m.db.class(c).path.dotted();
                let msg = format!("{} does not have a constructor", s);
                if !self.display_mode {
                    return Err(self.err(cx, span, msg));
                }
                // haxe's display modes report it and type `null` instead, arguments untyped.
                self.report(cx, span, msg);
            }
        }
        Ok(Type::Inst(c, tl))
    }

    /// Whether haxe adds an empty constructor to a class without one (nor an inherited one):
    /// when it or a superclass, none of them extern, has an instance variable with an
    /// initializer (`add_constructor` with `force_constructor`).
    fn has_generated_constructor(&mut self, c: ClassId) -> TResult<bool> {
        let mut at = Some(c);
        let mut depth = 0;
        while let Some(k) = at {
            depth += 1;
            if depth > 64 || self.m.db.class(k).external {
                return Ok(false);
            }
            let info = self.class_info(k)?;
            for f in &info.fields {
                let Some((mid, di, fi)) = f.decl else {
                    continue;
                };
                let ast = &self.m.module(mid).typed;
                let ast::DeclKind::Class(decl) = &ast.decls[di].kind else {
                    continue;
                };
                let initialized = matches!(
                    &decl.fields[fi].kind,
                    ast::FieldKind::Var(_, Some(_)) | ast::FieldKind::Prop { expr: Some(_), .. }
                );
                if initialized {
                    return Ok(true);
                }
            }
            at = self.m.db.class(k).super_class.as_ref().map(|(sc, _)| *sc);
        }
        Ok(false)
    }

    // ----- operators -----

    fn classify(&mut self, t: &Type) -> TResult<Kind> {
        let ft = self.follow_null(t)?;
        let ids = self.std_ids()?;
        Ok(match &ft {
            Type::Inst(c, tl) if *c == ids.string && tl.is_empty() => Kind::String,
            Type::Abstract(a, tl) if *a == ids.int && tl.is_empty() => Kind::Int,
            Type::Abstract(a, tl) if *a == ids.float && tl.is_empty() => Kind::Float,
            Type::Abstract(a, _) => {
                let info = self.abstract_info(*a)?;
                if !info.impl_info.statics.is_empty() || info.impl_info.ctor.is_some() {
                    Kind::Abstract
                } else {
                    let mut k = Kind::Other;
                    for to in info.to.clone() {
                        match self.classify(&to)? {
                            Kind::Int | Kind::Float => {
                                k = Kind::NumParam(ft.clone());
                                break;
                            }
                            Kind::String => {
                                k = Kind::StrParam(ft.clone());
                                break;
                            }
                            _ => {}
                        }
                    }
                    k
                }
            }
            Type::Inst(c, _) if self.m.db.class(*c).kind == ClassKind::TypeParameter => {
                let ctl = self.constraints.get(c).cloned().unwrap_or_default();
                let mut k = Kind::Other;
                for t in ctl {
                    match self.classify(&t)? {
                        Kind::Int | Kind::Float => {
                            k = Kind::NumParam(ft.clone());
                            break;
                        }
                        Kind::String => {
                            k = Kind::StrParam(ft.clone());
                            break;
                        }
                        _ => {}
                    }
                }
                k
            }
            Type::Mono(_) => Kind::Unk,
            Type::Dynamic(_) => Kind::Dyn,
            _ => Kind::Other,
        })
    }

    /// haxe's `unify_int`: Int, unless the operand is a Dynamic value (then Float).
    fn unify_int(&mut self, cx: &FnCtx, t: &Type, k: &Kind, e: &Expr) -> TResult<bool> {
        if matches!(k, Kind::Dyn) && maybe_dynamic(e) {
            let f = self.t_float()?;
            self.unify_report(cx, t, &f, e.span)?;
            return Ok(false);
        }
        if matches!(k, Kind::Unk | Kind::Dyn) && !matches!(e.kind, ExprKind::Const(_)) {
            if matches!(k, Kind::Unk) {
                // haxe looks at how the monomorph's value was obtained; the common case binds
                // it to Int.
            } else {
                return unsupported("arithmetic on Dynamic values");
            }
        }
        let i = self.t_int()?;
        self.unify_report(cx, t, &i, e.span)?;
        Ok(true)
    }

    fn binop(
        &mut self,
        cx: &mut FnCtx,
        op: Binop,
        a: &Expr,
        b: &Expr,
        span: Span,
        with: &With,
    ) -> TResult<Type> {
        match op {
            Binop::Assign => {
                self.assign_span = Some(span);
                let lt = self.lvalue(cx, a)?;
                let rt = self.expr(cx, b, &With::Of(lt.clone()))?;
                self.unify_report(cx, &rt, &lt, span)?;
                Ok(lt)
            }
            Binop::AssignOp(aop) => {
                self.assign_span = Some(span);
                let lt = self.lvalue(cx, a)?;
                // haxe types the value of `a op= b` expecting the type of `a`.
                let rt = self.expr(cx, b, &With::Of(lt.clone()))?;
                let op2 = match aop {
                    AssignableOp::Add => Binop::Add,
                    AssignableOp::Sub => Binop::Sub,
                    AssignableOp::Mult => Binop::Mult,
                    AssignableOp::Div => Binop::Div,
                    AssignableOp::Mod => Binop::Mod,
                    AssignableOp::And => Binop::And,
                    AssignableOp::Or => Binop::Or,
                    AssignableOp::Xor => Binop::Xor,
                    AssignableOp::Shl => Binop::Shl,
                    AssignableOp::Shr => Binop::Shr,
                    AssignableOp::UShr => Binop::UShr,
                    AssignableOp::BoolAnd | AssignableOp::BoolOr => {
                        return Err(self.err(
                            cx,
                            span,
                            "The operators ||= and &&= are not supported",
                        ));
                    }
                };
                let result = match self.binop_overload(cx, op2, &lt, &rt, a, b, span, true)? {
                    Some(t) => t,
                    None => self.binop_types_plain(cx, op2, &lt, &rt, a, b, span)?,
                };
                self.unify_report(cx, &result, &lt, span)?;
                Ok(lt)
            }
            Binop::BoolAnd | Binop::BoolOr => {
                let tb = self.t_bool()?;
                // haxe types both operands as any other operator's, then (`make_binop`)
                // unifies both with Bool at the whole operation.
                let w = self.binop_operand_with(op, with)?;
                let ta = self.expr(cx, a, &w)?;
                self.no_bool_op_overload(&ta)?;
                let tbb = self.expr(cx, b, &w)?;
                self.no_bool_op_overload(&tbb)?;
                self.unify_report(cx, &ta, &tb, span)?;
                self.unify_report(cx, &tbb, &tb, span)?;
                Ok(tb)
            }
            Binop::Interval => unsupported("interval outside a for loop"),
            Binop::Arrow | Binop::In => unsupported("=> and in outside their constructs"),
            _ => {
                let w = self.binop_operand_with(op, with)?;
                let ta = self.expr(cx, a, &w)?;
                let wb = self.comparison_rhs_with(op, &ta, &w)?;
                let tb = self.expr(cx, b, &wb)?;
                if let Some(t) = self.binop_overload(cx, op, &ta, &tb, a, b, span, false)? {
                    return Ok(t);
                }
                self.binop_types_plain(cx, op, &ta, &tb, a, b, span)
            }
        }
    }

    /// `&&` and `||` on an abstract with operator functions go through them in haxe.
    fn no_bool_op_overload(&mut self, t: &Type) -> TResult<()> {
        if let Type::Abstract(a, _) = self.follow(t)? {
            if !self.abstract_ops(a)?.is_empty() {
                return unsupported("&& and || on abstracts with operators");
            }
        }
        Ok(())
    }

    /// haxe's `make_binop`: the operator on values no `@:op` function took.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binop_types_plain(
        &mut self,
        cx: &mut FnCtx,
        op: Binop,
        ta: &Type,
        tb: &Type,
        a: &Expr,
        b: &Expr,
        span: Span,
    ) -> TResult<Type> {
        let k1 = self.classify(ta)?;
        let k2 = self.classify(tb)?;
        match op {
            Binop::Add => {
                use Kind::*;
                Ok(match (&k1, &k2) {
                    (Int, Int) => self.t_int()?,
                    (Float, Int) | (Int, Float) | (Float, Float) => self.t_float()?,
                    (Unk, Int) => {
                        if self.unify_int(cx, ta, &Unk, a)? {
                            self.t_int()?
                        } else {
                            self.t_float()?
                        }
                    }
                    (Unk, Float) | (Unk, String) => {
                        self.unify_report(cx, ta, tb, a.span)?;
                        ta.clone()
                    }
                    (Int, Unk) => {
                        if self.unify_int(cx, tb, &Unk, b)? {
                            self.t_int()?
                        } else {
                            self.t_float()?
                        }
                    }
                    (Float, Unk) | (String, Unk) => {
                        self.unify_report(cx, tb, ta, b.span)?;
                        tb.clone()
                    }
                    (_, String) | (String, _) => self.t_string()?,
                    (_, Dyn) => tb.clone(),
                    (Dyn, _) => ta.clone(),
                    (Unk, Unk) => {
                        let ok1 = self.unify_int(cx, ta, &Unk, a)?;
                        let ok2 = self.unify_int(cx, tb, &Unk, b)?;
                        if ok1 && ok2 {
                            self.t_int()?
                        } else {
                            self.t_float()?
                        }
                    }
                    (NumParam(_), _) | (_, NumParam(_)) | (StrParam(_), _) | (_, StrParam(_)) => {
                        return unsupported("operators on constrained type parameters")
                    }
                    (Abstract, Float) => {
                        let f = self.t_float()?;
                        self.unify_report(cx, ta, &f, a.span)?;
                        f
                    }
                    (Float, Abstract) => {
                        let f = self.t_float()?;
                        self.unify_report(cx, tb, &f, b.span)?;
                        f
                    }
                    (Abstract, Int) => {
                        let i = self.t_int()?;
                        self.unify_report(cx, ta, &i, a.span)?;
                        i
                    }
                    (Int, Abstract) => {
                        let i = self.t_int()?;
                        self.unify_report(cx, tb, &i, b.span)?;
                        i
                    }
                    _ => {
                        let names = self.s_types(&[ta, tb]);
                        return Err(self.err(
                            cx,
                            span,
                            format!("Cannot add {} and {}", names[0], names[1]),
                        ));
                    }
                })
            }
            Binop::And | Binop::Or | Binop::Xor | Binop::Shl | Binop::Shr | Binop::UShr => {
                let i = self.t_int()?;
                self.unify_report(cx, ta, &i, a.span)?;
                self.unify_report(cx, tb, &i, b.span)?;
                Ok(i)
            }
            Binop::Mod | Binop::Mult | Binop::Div | Binop::Sub => {
                use Kind::*;
                let mut float = op == Binop::Div;
                match (&k1, &k2) {
                    (Float, Float) => float = true,
                    (NumParam(_), _) | (_, NumParam(_)) => {
                        return unsupported("operators on constrained type parameters")
                    }
                    (Float, k) => {
                        let k = k.clone();
                        self.unify_int(cx, tb, &k, b)?;
                        float = true;
                    }
                    (k, Float) => {
                        let k = k.clone();
                        self.unify_int(cx, ta, &k, a)?;
                        float = true;
                    }
                    (x, y) => {
                        let (x, y) = (x.clone(), y.clone());
                        let ok1 = self.unify_int(cx, ta, &x, a)?;
                        let ok2 = self.unify_int(cx, tb, &y, b)?;
                        if !ok1 || !ok2 {
                            float = true;
                        }
                    }
                }
                if float {
                    self.t_float()
                } else {
                    self.t_int()
                }
            }
            Binop::Eq | Binop::NotEq => {
                if self.is_void(tb)? {
                    return Err(self.err(cx, span, "Cannot compare Void"));
                }
                match self.unify(ta, tb) {
                    Ok(()) => {}
                    Err(UFail::Unify(_)) => {
                        // haxe tried `a` against `b`'s type, then reports `b` against `a`'s.
                        self.unify_report(cx, tb, ta, span)?;
                    }
                    Err(UFail::Stop(f)) => return Err(f),
                }
                self.t_bool()
            }
            Binop::Gt | Binop::Gte | Binop::Lt | Binop::Lte => {
                use Kind::*;
                match (&k1, &k2) {
                    (Int, Int)
                    | (Int, Float)
                    | (Float, Int)
                    | (Float, Float)
                    | (String, String) => {}
                    (Int, Unk) => {
                        self.unify_int(cx, tb, &Unk, b)?;
                    }
                    (Float, Unk) | (String, Unk) => self.unify_report(cx, tb, ta, b.span)?,
                    (Unk, Int) => {
                        self.unify_int(cx, ta, &Unk, a)?;
                    }
                    (Unk, Float) | (Unk, String) => self.unify_report(cx, ta, tb, a.span)?,
                    (Unk, Unk) => {
                        self.unify_int(cx, ta, &Unk, a)?;
                        self.unify_int(cx, tb, &Unk, b)?;
                    }
                    (Dyn, Int)
                    | (Dyn, Float)
                    | (Dyn, String)
                    | (Int, Dyn)
                    | (Float, Dyn)
                    | (String, Dyn)
                    | (Dyn, Dyn) => {}
                    _ => {
                        let names = self.s_types(&[ta, tb]);
                        return Err(self.err(
                            cx,
                            span,
                            format!("Cannot compare {} and {}", names[0], names[1]),
                        ));
                    }
                }
                self.t_bool()
            }
            _ => unsupported("this operator"),
        }
    }

    fn unop(
        &mut self,
        cx: &mut FnCtx,
        op: Unop,
        postfix: bool,
        e: &Expr,
        span: Span,
    ) -> TResult<Type> {
        match op {
            Unop::Not => {
                let tb = self.t_bool()?;
                let t = self.expr(cx, e, &With::Of(tb.clone()))?;
                if let Some(r) = self.unop_overload(cx, op, postfix, &t, span)? {
                    return Ok(r);
                }
                self.unify_report(cx, &t, &tb, e.span)?;
                Ok(tb)
            }
            Unop::Neg | Unop::NegBits => {
                let t = self.expr(cx, e, &With::Value)?;
                if let Some(r) = self.unop_overload(cx, op, postfix, &t, span)? {
                    return Ok(r);
                }
                let k = self.classify(&t)?;
                match (op, k) {
                    (Unop::Neg, Kind::Int) | (Unop::NegBits, Kind::Int) => self.t_int(),
                    (Unop::Neg, Kind::Float) => self.t_float(),
                    (_, Kind::Dyn) => Ok(t),
                    (_, Kind::Unk | Kind::Other | Kind::String) => {
                        // haxe's `make_unop`: anything else must be an Int.
                        let i = self.t_int()?;
                        self.unify_report(cx, &t, &i, e.span)?;
                        Ok(i)
                    }
                    _ => unsupported("negation of this type"),
                }
            }
            Unop::Increment | Unop::Decrement => {
                self.assign_span = Some(span);
                let t = self.lvalue(cx, e)?;
                if let Type::Abstract(x, _) = self.follow(&t)? {
                    if !self.abstract_ops(x)?.is_empty() {
                        let named = match &e.kind {
                            ExprKind::Const(Constant::Ident(n)) => n != "this",
                            ExprKind::Field(..) => true,
                            _ => false,
                        };
                        if !(named && self.lvalue_direct) {
                            return unsupported("++ and -- on a non-local abstract value");
                        }
                        if let Some(r) = self.unop_overload(cx, op, postfix, &t, span)? {
                            return Ok(r);
                        }
                    }
                }
                match self.classify(&t)? {
                    Kind::Int | Kind::Float | Kind::Dyn => Ok(t),
                    Kind::Unk | Kind::Other | Kind::String => {
                        let i = self.t_int()?;
                        self.unify_report(cx, &t, &i, e.span)?;
                        Ok(i)
                    }
                    _ => unsupported("increment of this type"),
                }
            }
            Unop::Spread => {
                let _ = span;
                unsupported("spread")
            }
        }
    }

    /// The type of an assignable expression, with haxe's checks on what may be assigned.
    fn lvalue(&mut self, cx: &mut FnCtx, e: &Expr) -> TResult<Type> {
        match &e.kind {
            ExprKind::Parenthesis(inner) => self.lvalue(cx, inner),
            ExprKind::Const(Constant::Ident(n)) if n == "this" && cx.abstract_.is_some() => {
                if !(cx.in_inline || cx.in_ctor) {
                    return Err(self.err(
                        cx,
                        e.span,
                        "Abstract 'this' value can only be modified inside an inline function",
                    ));
                }
                self.this_type(cx, e.span)
            }
            ExprKind::Const(Constant::Ident(n))
                if !matches!(n.as_str(), "this" | "super" | "null" | "true" | "false") =>
            {
                let a = self.ident(cx, n, e.span)?;
                self.write_access(cx, a, e.span)
            }
            ExprKind::Field(obj, name) => {
                self.last_mono_field = None;
                let a = self.field_access(cx, obj, name, e.span, false)?;
                if let Some((span, m, index)) = self.last_mono_field.take() {
                    if span == e.span {
                        // A field written to a monomorph is read-write (haxe's `#8079`).
                        if let Some(f) = self.m.db.mono_fields.get_mut(&m) {
                            f[index].2 = true;
                        }
                    }
                }
                self.write_access(cx, a, name.span)
            }
            ExprKind::Array(..) => self.expr(cx, e, &With::Value),
            _ => Err(self.err(cx, e.span, "Invalid assign")),
        }
    }

    fn write_access(&mut self, cx: &FnCtx, a: Access, span: Span) -> TResult<Type> {
        if let Access::Field {
            owner: FieldOwner::Class(ClassId(u32::MAX)),
            kind: FKind::Var {
                write: VarAcc::No, ..
            },
            ..
        } = &a
        {
            return unsupported("writing a read-only structure field");
        }
        self.lvalue_direct = match &a {
            Access::Field {
                kind: FKind::Var { read, write },
                ..
            } => *read != VarAcc::Call && *write != VarAcc::Call,
            Access::Field { .. } => false,
            _ => true,
        };
        match a {
            Access::Local { ty, is_final } => {
                if is_final {
                    return Err(self.err(cx, span, "Cannot assign to final"));
                }
                Ok(ty)
            }
            Access::Field {
                ty,
                kind,
                owner,
                name,
                ..
            } => match kind {
                FKind::Var {
                    write: VarAcc::Normal | VarAcc::Call,
                    ..
                } => Ok(ty),
                FKind::Var {
                    write: write @ (VarAcc::No | VarAcc::Never | VarAcc::Ctor),
                    ..
                } => {
                    let inside = match owner {
                        FieldOwner::Class(c) => self.can_access(cx, c),
                        FieldOwner::AbstractImpl(a) => cx.abstract_ == Some(a),
                    };
                    let allowed = match write {
                        VarAcc::No => inside || cx.private_access,
                        VarAcc::Ctor => inside && cx.in_ctor && cx.in_local_fun == 0,
                        _ => false,
                    };
                    if allowed {
                        return Ok(ty);
                    }
                    let at = self.assign_span.unwrap_or(span);
                    Err(self.err(
                        cx,
                        at,
                        format!("Cannot access field or identifier {} for writing", name),
                    ))
                }
                FKind::Method(MethKind::Dynamic) => Ok(ty),
                FKind::Method(_) => Err(self.err(
                    cx,
                    span,
                    "Cannot rebind this method : please use 'dynamic' before method declaration",
                )),
                _ => unsupported("writing through this field access"),
            },
            Access::Value(t) | Access::EnumCtor(t, ..) => Ok(t),
            Access::TypeExpr(_) => Err(self.err(cx, span, "Invalid assign")),
        }
    }

    pub fn mark_typedef_built(&mut self, td: TypedefId) {
        self.typedef_mark(td);
    }
}

/// The dotted paths of every `@name(path)` in a meta list.
fn meta_paths(meta: &[ast::MetaEntry], name: &str) -> Vec<Vec<String>> {
    fn path(e: &Expr, out: &mut Vec<String>) -> bool {
        match &e.kind {
            ExprKind::Const(Constant::Ident(n)) => {
                out.push(n.to_string());
                true
            }
            ExprKind::Field(inner, n) => {
                let ok = path(inner, out);
                out.push(n.name.to_string());
                ok
            }
            _ => false,
        }
    }
    meta.iter()
        .filter(|m| m.name == name)
        .flat_map(|m| m.params.iter())
        .filter_map(|p| {
            let mut v = Vec::new();
            path(p, &mut v).then_some(v)
        })
        .collect()
}

/// A structure's field as read or written (no owner class: `ClassId(u32::MAX)`).
fn anon_field_access(f: &super::types::AnonField, name: &str) -> Access {
    Access::Field {
        ty: f.ty.clone(),
        kind: if f.method {
            FKind::Method(MethKind::Normal)
        } else {
            FKind::Var {
                read: VarAcc::Normal,
                write: if f.read_only {
                    VarAcc::No
                } else {
                    VarAcc::Normal
                },
            }
        },
        owner: FieldOwner::Class(ClassId(u32::MAX)),
        is_static: false,
        name: name.to_string(),
        in_ctor_class: false,
    }
}

/// haxe's `maybe_dynamic_mono` for the common shapes: a local or field read of a Dynamic.
fn maybe_dynamic(e: &Expr) -> bool {
    matches!(
        &e.kind,
        ExprKind::Const(Constant::Ident(_))
            | ExprKind::Field(..)
            | ExprKind::Call(..)
            | ExprKind::Array(..)
    )
}
