//! The checks haxe makes on a class declaration before typing its bodies
//! (`typeloadFields.ml`, `typeloadCheck.ml`): duplicate fields, final classes and
//! methods, `override` rules, property accessors and interface fields.
//! Cases whose message hxs does not reproduce (a signature mismatch, say) are declined.

use super::ancestors::Ancestors;
use super::typer::{
    ClassInfo, FKind, Fail, FieldInfo, FieldOwner, MethKind, TResult, Typer, VarAcc,
};
use super::types::*;
use super::unify::{UErr, UFail};
use crate::syntax::ast::{self, DeclKind};
use crate::syntax::source::Span;
use std::sync::Arc;

impl Typer<'_> {
    /// Checks one class of module `mid`; errors are reported, not raised.
    pub fn check_class(&mut self, c: ClassId) -> TResult<()> {
        let info = self.class_info(c)?;
        let Some(mid) = info.module else {
            return Ok(());
        };
        let ast = self.m.module(mid).typed.clone();
        let DeclKind::Class(decl) = &ast.decls[info.decl_index].kind else {
            return Ok(());
        };
        let decl_span = ast.decls[info.decl_index].span;
        let report = |t: &mut Self, span, msg: String| {
            t.errors.push(super::typer::Diagnostic {
                module: Some(mid),
                span,
                message: msg,
            });
        };
        // Duplicate fields, and one name for a static and an instance field.
        // Module-level fields are named after their module (`Duplicate module field ...`).
        let module_fields = self.m.module(mid).statics == Some(c);
        let (kind, path) = if module_fields {
            ("module", self.m.module(mid).path.dotted())
        } else {
            ("class", self.m.db.class(c).path.dotted())
        };
        let mut seen: Vec<(&str, bool)> = Vec::new();
        for f in &decl.fields {
            let is_static = f.has_access(ast::Access::Static);
            let name = f.name.name.as_str();
            let same: Vec<&ast::Field> =
                decl.fields.iter().filter(|g| g.name.name == name).collect();
            if same.iter().any(|g| g.has_access(ast::Access::Overload)) {
                // `overload` functions: only the simple shapes in extern classes.
                let simple = same.iter().all(|g| {
                    g.has_access(ast::Access::Overload)
                        && g.has_access(ast::Access::Static) == is_static
                        && !g.has_meta(":overload")
                        && !g.has_access(ast::Access::Macro)
                        && !g.has_access(ast::Access::Dynamic)
                        && matches!(&g.kind, ast::FieldKind::Fun(func) if func.params.is_empty())
                });
                let def = self.m.db.class(c);
                let external =
                    def.external || same.iter().all(|g| g.has_access(ast::Access::Extern));
                if !simple
                    || name == "new"
                    || !external
                    || def.interface
                    || (!is_static && (def.super_class.is_some() || !def.params.is_empty()))
                {
                    return Err(Fail::Unsupported("overload functions".into()));
                }
                if !seen.iter().any(|(n, _)| *n == name) {
                    self.meta_overloads(super::typer::FieldOwner::Class(c), is_static, name)?;
                }
                seen.push((name, is_static));
                continue;
            }
            if !is_static && self.overloaded_in_superclass(c, name)? {
                return Err(Fail::Unsupported(
                    "a field of the name of a superclass's overload functions".into(),
                ));
            }
            if seen.iter().any(|(n, s)| *n == name && *s == is_static) {
                report(
                    self,
                    f.name.span,
                    format!("Duplicate {} field declaration : {}.{}", kind, path, name),
                );
            } else if seen.iter().any(|(n, _)| *n == name) {
                return Err(Fail::Unsupported(
                    "a static and an instance field of one name".into(),
                ));
            }
            seen.push((name, is_static));
            if f.has_meta(":overload") {
                // An extern class's constructor may have overloads; hxs does not know
                // what haxe does with other classes' ones.
                let plain_ctor = name == "new" && !self.m.db.class(c).external;
                if plain_ctor || f.has_access(ast::Access::Inline) {
                    return Err(Fail::Unsupported(
                        "overloads of this kind of function".into(),
                    ));
                }
                // Declines the shapes haxe rejects when it builds the field.
                self.meta_overloads(super::typer::FieldOwner::Class(c), is_static, name)?;
            }
        }
        // The superclass.
        let def = self.m.db.class(c).clone();
        if let Some((sc, _)) = &def.super_class {
            let sinfo = self.class_info(*sc)?;
            if sinfo.is_final {
                report(self, decl_span, "Cannot extend a final class".into());
            }
        }
        // Variables against the superclass's; methods are checked once their body is typed
        // (`check_overriding`).
        for f in &info.fields {
            let Some(fi) = f.decl.map(|d| d.2) else {
                continue;
            };
            let afield = &decl.fields[fi];
            let is_override = afield.has_access(ast::Access::Override);
            if is_override && def.super_class.is_none() {
                return Err(Fail::Unsupported(
                    "an override in a class without superclass".into(),
                ));
            }
            if f.is_method() {
                continue;
            }
            let inherited = self.inherited_field(&def, &f.name)?;
            match (is_override, inherited) {
                (true, _) => {
                    return Err(Fail::Unsupported("an override of a variable".into()));
                }
                (false, Some(_)) => {
                    return Err(Fail::Unsupported(
                        "a variable redefined in a subclass".into(),
                    ));
                }
                (false, None) => {}
            }
        }
        // Property accessors.
        for f in info.fields.iter().chain(info.statics.iter()) {
            if let FKind::Var { read, write } = f.kind {
                for (acc, prefix) in [(read, "get_"), (write, "set_")] {
                    if acc != VarAcc::Call {
                        continue;
                    }
                    let Some(fi) = f.decl.map(|d| d.2) else {
                        continue;
                    };
                    if let ast::FieldKind::Prop { get, set, .. } = &decl.fields[fi].kind {
                        let which = if prefix == "get_" { get } else { set };
                        if which.name == "dynamic" {
                            continue;
                        }
                    }
                    let method = format!("{}{}", prefix, f.name);
                    let found = if f.is_static {
                        info.static_field(&method).is_some()
                    } else {
                        info.field(&method).is_some()
                            || self.inherited_field(&def, &method)?.is_some()
                    };
                    if !found && !def.external && !def.interface {
                        report(
                            self,
                            f.span,
                            format!(
                                "Method {} required by property {} is missing",
                                method, f.name
                            ),
                        );
                    }
                }
            }
        }
        // Interfaces.
        if !def.interface {
            for (ic, itl) in def.interfaces.clone() {
                self.check_interface(c, &info, &def, ic, &itl, decl.head.name.span, mid)?;
            }
        }
        Ok(())
    }

    /// The fields an interface asks for (haxe's `check_interface`): the interfaces it
    /// extends first, then its own fields by name. A missing field is reported now; the
    /// comparison of a present one is queued, as haxe delays it to its last pass.
    #[allow(clippy::too_many_arguments)]
    fn check_interface(
        &mut self,
        c: ClassId,
        info: &Arc<ClassInfo>,
        def: &ClassDef,
        ic: ClassId,
        itl: &Params,
        name_span: crate::syntax::source::Span,
        mid: super::modules::ModuleId,
    ) -> TResult<()> {
        let iinfo = self.class_info(ic)?;
        let idef = self.m.db.class(ic).clone();
        for (sub, stl) in idef.interfaces.clone() {
            let applied: Vec<Type> = stl
                .iter()
                .map(|t| self.m.db.apply_params(t, &idef.params, itl))
                .collect();
            self.check_interface(c, info, def, sub, &Arc::from(applied), name_span, mid)?;
        }
        let mut fields: Vec<&FieldInfo> = iinfo.fields.iter().collect();
        fields.sort_by(|a, b| a.name.cmp(&b.name));
        for f in fields {
            let found =
                info.field(&f.name).is_some() || self.inherited_field(def, &f.name)?.is_some();
            if found {
                self.forced_checks
                    .push((c, ic, itl.clone(), f.name.clone()));
                continue;
            }
            if info.is_abstract {
                return Err(Fail::Unsupported(
                    "an abstract class without a field of its interface".into(),
                ));
            }
            self.errors.push(super::typer::Diagnostic {
                module: Some(mid),
                span: name_span,
                message: format!(
                    "Field {} needed by {} is missing",
                    f.name,
                    idef.path.dotted()
                ),
            });
        }
        Ok(())
    }

    /// The queued interface field comparisons, last queued first as haxe runs its delayed
    /// checks: visibility, kind, then type (`valid_redefinition`).
    pub fn run_forced_checks(&mut self) -> TResult<()> {
        let checks = std::mem::take(&mut self.forced_checks);
        for (c, ic, itl, name) in checks.into_iter().rev() {
            let iinfo = self.class_info(ic)?;
            let idef = self.m.db.class(ic).clone();
            let Some(f) = iinfo.field(&name).cloned() else {
                continue;
            };
            let def = self.m.db.class(c).clone();
            let own: Vec<Type> = def.params.iter().map(|p| p.ty.clone()).collect();
            let Some((owner2, f2, t2)) = self.class_field_applied(c, &own, &name)? else {
                continue;
            };
            let (Some((mid2, _, _)), Some((imid, _, _))) = (f2.decl, f.decl) else {
                return Err(Fail::Unsupported("a field made up by the typer".into()));
            };
            let ipath = idef.path.dotted();
            let k2 = self.effective_kind(owner2, &f2)?;
            let same_kind = match (f.kind, k2) {
                (FKind::Var { .. }, FKind::Var { .. }) => true,
                (FKind::Method(m1), FKind::Method(m2)) => {
                    (m1 == MethKind::Dynamic) == (m2 == MethKind::Dynamic)
                }
                _ => false,
            };
            if f.is_public && !f2.is_public && !f.meta.iter().any(|m| m == ":compilerGenerated") {
                self.report_in(
                    mid2,
                    f2.name_span,
                    format!("Field {} should be public as requested by {}", name, ipath),
                );
            } else if !super::unify::unify_kind(k2, f.kind) || !same_kind {
                let msg = format!(
                    "Field {} has different property access than in {} ({} should be {})",
                    name,
                    ipath,
                    super::unify::s_kind(k2),
                    super::unify::s_kind(f.kind)
                );
                self.report_in(mid2, f2.name_span, msg);
            } else {
                let it = self.field_type(FieldOwner::Class(ic), &f)?;
                let it = self.m.db.apply_params(&it, &idef.params, &itl);
                if let Err(l) = self.valid_redefinition(&f2, k2, &t2, &f, &it)? {
                    let msg = self.unify_message(&l);
                    self.report_in(
                        mid2,
                        f2.name_span,
                        format!("Field {} has different type than in {}", name, ipath),
                    );
                    self.report_in(imid, f.span, "... Interface field is defined here".into());
                    self.report_in(mid2, f2.name_span, format!("... {}", msg));
                }
            }
        }
        Ok(())
    }

    fn report_in(&mut self, module: super::modules::ModuleId, span: Span, message: String) {
        self.errors.push(super::typer::Diagnostic {
            module: Some(module),
            span,
            message,
        });
    }

    /// haxe's `check_overriding` for an instance method of a class with a superclass, run
    /// once the method's body is typed: the `override` keyword, visibility, kind, `final`
    /// and the signature against the overridden field.
    pub fn check_overriding(&mut self, c: ClassId, f: &FieldInfo) -> TResult<()> {
        if f.is_static || !f.is_method() || f.name == "new" {
            return Ok(());
        }
        let Some((mid, di, fi)) = f.decl else {
            return Ok(());
        };
        if self.is_trusted(mid) {
            return Ok(());
        }
        let def = self.m.db.class(c).clone();
        if def.external || def.interface {
            return Ok(());
        }
        let ast = self.m.module(mid).typed.clone();
        let DeclKind::Class(decl) = &ast.decls[di].kind else {
            return Ok(());
        };
        let afield = &decl.fields[fi];
        if (afield.has_access(ast::Access::Extern) && !afield.has_access(ast::Access::Inline))
            || afield.has_access(ast::Access::Abstract)
        {
            return Ok(());
        }
        let Some((csup, stl)) = def.super_class.clone() else {
            return Ok(());
        };
        let is_override = afield.has_access(ast::Access::Override);
        let p = f.name_span;
        let Some((owner2, f2, t2)) = self.class_field_applied(csup, &stl, &f.name)? else {
            if is_override {
                let names = self.super_method_names(csup)?;
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                let msg = crate::syntax::suggest::string_error(
                    &f.name,
                    &refs,
                    &format!(
                        "Field {} is declared 'override' but doesn't override any field",
                        f.name
                    ),
                );
                self.report_in(mid, p, msg);
            }
            return Ok(());
        };
        let Some((mid2, di2, fi2)) = f2.decl else {
            return Err(Fail::Unsupported("a field made up by the typer".into()));
        };
        if f2.meta.iter().any(|m| m == ":require") {
            return Err(Fail::Unsupported("an override of a @:require field".into()));
        }
        let ast2 = self.m.module(mid2).typed.clone();
        if let DeclKind::Class(d2) = &ast2.decls[di2].kind {
            if d2.fields[fi2].has_access(ast::Access::Abstract) {
                return Err(Fail::Unsupported(
                    "an override of an abstract method".into(),
                ));
            }
        }
        let k2 = self.effective_kind(owner2, &f2)?;
        let k1 = match (f.kind, k2) {
            (FKind::Method(MethKind::Inline), FKind::Method(MethKind::Dynamic)) => {
                return Err(Fail::Unsupported(
                    "an inline override of a dynamic method".into(),
                ));
            }
            (FKind::Method(MethKind::Normal), FKind::Method(MethKind::Dynamic)) => {
                FKind::Method(MethKind::Dynamic)
            }
            (k, _) => k,
        };
        let name = &f.name;
        if !is_override {
            let sup = self.m.db.class(csup).path.dotted();
            self.report_in(
                mid,
                p,
                format!(
                    "Field {} should be declared with 'override' since it is inherited from superclass {}",
                    name, sup
                ),
            );
        } else if !f.is_public && f2.is_public {
            self.report_in(
                mid,
                p,
                format!(
                    "Field {} has less visibility (public/private) than superclass one",
                    name
                ),
            );
        } else {
            match (k1, k2) {
                (_, FKind::Method(MethKind::Inline)) => self.report_in(
                    mid,
                    p,
                    format!("Field {} is inlined and cannot be overridden", name),
                ),
                (a, b) if a == b => {}
                (FKind::Method(MethKind::Inline), FKind::Method(MethKind::Normal)) => {}
                _ => self.report_in(
                    mid,
                    p,
                    format!(
                        "Field {} has different property access than in superclass",
                        name
                    ),
                ),
            }
        }
        if f2.is_final {
            self.report_in(mid, p, format!("Cannot override final method {}", name));
        }
        let t1 = self.field_type(FieldOwner::Class(c), f)?;
        if let Err(l) = self.valid_redefinition(f, k1, &t1, &f2, &t2)? {
            let msg = self.unify_message(&l);
            self.report_in(
                mid,
                p,
                format!(
                    "Field {} overrides parent class with different or incomplete type",
                    name
                ),
            );
            self.report_in(mid2, f2.name_span, "... Base field is defined here".into());
            self.report_in(mid, p, format!("... {}", msg));
        }
        Ok(())
    }

    /// A field's kind as haxe builds it: a method overriding a dynamic one is dynamic.
    fn effective_kind(&mut self, owner: ClassId, f: &FieldInfo) -> TResult<FKind> {
        if f.kind != FKind::Method(MethKind::Normal) || f.is_static {
            return Ok(f.kind);
        }
        let def = self.m.db.class(owner).clone();
        Ok(match self.inherited_field(&def, &f.name)? {
            Some((_, pf)) if pf.kind == FKind::Method(MethKind::Dynamic) => {
                FKind::Method(MethKind::Dynamic)
            }
            _ => f.kind,
        })
    }

    /// Names of the non-final normal methods of `c` and its superclasses, in reverse byte
    /// order (haxe folds its field map into a list), for `override` suggestions.
    fn super_method_names(&mut self, c: ClassId) -> TResult<Vec<String>> {
        let mut seen: std::collections::BTreeMap<String, bool> = Default::default();
        let mut up = Ancestors::from(c, &[]);
        while let Some(a) = up.next(self)? {
            for f in &a.info.fields {
                seen.entry(f.name.clone())
                    .or_insert(f.kind == FKind::Method(MethKind::Normal) && !f.is_final);
            }
        }
        Ok(seen
            .into_iter()
            .rev()
            .filter(|(_, keep)| *keep)
            .map(|(n, _)| n)
            .collect())
    }

    /// An instance field of `c` (with parameters `tl`) or of its superclasses: the class
    /// declaring it, the field, and its type with the parameters applied.
    fn class_field_applied(
        &mut self,
        c: ClassId,
        tl: &[Type],
        name: &str,
    ) -> TResult<Option<(ClassId, FieldInfo, Type)>> {
        let mut up = Ancestors::from(c, tl);
        while let Some(a) = up.next(self)? {
            if let Some(f) = a.info.field(name) {
                let f = f.clone();
                let t = self.field_type(FieldOwner::Class(a.class), &f)?;
                let own = self.m.db.class(a.class).params.clone();
                let t = self.m.db.apply_params(&t, &own, &a.params);
                return Ok(Some((a.class, f, t)));
            }
        }
        Ok(None)
    }

    /// haxe's `valid_redefinition`: whether field `f1` of type `t1` (kind `k1`) may stand
    /// where `f2` of type `t2` is expected; the reasons when it may not.
    fn valid_redefinition(
        &mut self,
        f1: &FieldInfo,
        k1: FKind,
        t1: &Type,
        f2: &FieldInfo,
        t2: &Type,
    ) -> TResult<Result<(), Vec<UErr>>> {
        if !f1.params.is_empty() || !f2.params.is_empty() {
            return Err(Fail::Unsupported(
                "a redefinition of a method with type parameters".into(),
            ));
        }
        match (k1, f2.kind) {
            (FKind::Method(m1), FKind::Method(m2))
                if m1 != MethKind::Dynamic && m2 != MethKind::Dynamic =>
            {
                let (Type::Fun(a), Type::Fun(b)) = (self.follow(t1)?, self.follow(t2)?) else {
                    return Err(Fail::Unsupported("a method that is not a function".into()));
                };
                if a.args.len() != b.args.len() {
                    return Ok(Err(vec![UErr::Custom(
                        "Different number of function arguments".into(),
                    )]));
                }
                let mut i = 0;
                let mut inner = self.valid(&a.ret, &b.ret)?;
                if inner.is_ok() {
                    for (x, y) in a.args.iter().zip(b.args.iter()) {
                        i += 1;
                        if x.opt != y.opt {
                            inner = Err(vec![UErr::NotMatchingOptional(x.name.clone())]);
                            break;
                        }
                        if self.valid(&y.ty, &x.ty)?.is_err() {
                            inner = Err(vec![UErr::CannotUnify(x.ty.clone(), y.ty.clone())]);
                            break;
                        }
                    }
                }
                Ok(inner.map_err(|l| {
                    let at = if i == 0 {
                        UErr::InvalidReturnType
                    } else {
                        UErr::InvalidFunctionArgument(i, a.args.len())
                    };
                    let mut v = vec![UErr::CannotUnify(t1.clone(), t2.clone()), at];
                    v.extend(l);
                    v
                }))
            }
            (
                _,
                FKind::Var {
                    write: VarAcc::No | VarAcc::Never,
                    ..
                },
            ) => self.valid(t1, t2),
            (
                _,
                FKind::Var {
                    read: VarAcc::No | VarAcc::Never,
                    ..
                },
            ) => self.valid(t2, t1),
            _ if f2.is_final => self.valid(t1, t2),
            _ => {
                match self.type_eq(super::unify::EqKind::Strict, t1, t2) {
                    Ok(()) => {}
                    Err(UFail::Unify(l)) => return Ok(Err(l)),
                    Err(UFail::Stop(f)) => return Err(f),
                }
                if self.is_null(t1)? != self.is_null(t2)? {
                    return Ok(Err(vec![UErr::CannotUnify(t1.clone(), t2.clone())]));
                }
                Ok(Ok(()))
            }
        }
    }

    /// `unify`, then the same nullness and no `Dynamic` standing for a real type.
    fn valid(&mut self, a: &Type, b: &Type) -> TResult<Result<(), Vec<UErr>>> {
        match self.unify(a, b) {
            Ok(()) => {}
            Err(UFail::Unify(l)) => return Ok(Err(l)),
            Err(UFail::Stop(f)) => return Err(f),
        }
        let dyn_a = self.follow(a)? == Type::Dynamic(None);
        let dyn_b = self.follow(b)? == Type::Dynamic(None);
        if self.is_null(a)? != self.is_null(b)? || (dyn_a && !dyn_b) {
            return Ok(Err(vec![UErr::CannotUnify(a.clone(), b.clone())]));
        }
        Ok(Ok(()))
    }

    /// haxe's `is_null`: an explicit `Null<T>` of a type that is not nullable already.
    pub fn is_null(&mut self, t: &Type) -> TResult<bool> {
        let null = self.std_ids()?.null;
        let mut t = self.m.db.resolve(t).clone();
        for _ in 0..100 {
            match &t {
                Type::Abstract(a, tl) if *a == null && tl.len() == 1 => {
                    let inner = self.follow(&tl[0])?;
                    return Ok(!self.is_nullable(&inner)?);
                }
                Type::Typedef(td, tl) => {
                    let (td, tl) = (*td, tl.clone());
                    t = self.typedef_type(td, &tl)?;
                    t = self.m.db.resolve(&t).clone();
                }
                _ => return Ok(false),
            }
        }
        Ok(false)
    }

    /// haxe's `is_nullable`: whether `null` is a value of the type without `Null<T>`.
    pub(crate) fn is_nullable(&mut self, t: &Type) -> TResult<bool> {
        let null = self.std_ids()?.null;
        let mut t = self.m.db.resolve(t).clone();
        for _ in 0..100 {
            match &t {
                Type::Mono(_) => return Ok(false),
                Type::Abstract(a, tl) if *a == null && tl.len() == 1 => return Ok(true),
                Type::Typedef(td, tl) => {
                    let (td, tl) = (*td, tl.clone());
                    t = self.typedef_type(td, &tl)?;
                    t = self.m.db.resolve(&t).clone();
                }
                Type::Fun(_) => return Ok(false),
                Type::Abstract(a, tl) => {
                    let (a, tl) = (*a, tl.clone());
                    let info = self.abstract_info(a)?;
                    if info.has_meta(":notNull") {
                        return Ok(false);
                    }
                    if info.has_meta(":coreType") {
                        return Ok(true);
                    }
                    let params = self.m.db.abstract_def(a).params.clone();
                    t = self.m.db.apply_params(&info.this, &params, &tl);
                    t = self.m.db.resolve(&t).clone();
                }
                _ => return Ok(true),
            }
        }
        Ok(true)
    }

    /// A field of one of the superclasses: its class and the field.
    fn inherited_field(
        &mut self,
        def: &ClassDef,
        name: &str,
    ) -> TResult<Option<(ClassId, FieldInfo)>> {
        let Some((sup, _)) = def.super_class else {
            return Ok(None);
        };
        let mut up = Ancestors::from(sup, &[]);
        while let Some(a) = up.next(self)? {
            if let Some(f) = a.info.field(name) {
                return Ok(Some((a.class, f.clone())));
            }
        }
        Ok(None)
    }
}

/// Literals and other expressions haxe accepts as inline variable values.
pub(crate) fn is_constant(e: &ast::Expr) -> bool {
    use ast::{Constant, ExprKind};
    match &e.kind {
        ExprKind::Const(Constant::Ident(i)) => matches!(i.as_str(), "true" | "false" | "null"),
        ExprKind::Const(_) => true,
        ExprKind::Parenthesis(inner) => is_constant(inner),
        ExprKind::Unop(_, _, inner) => is_constant(inner),
        ExprKind::Binop(_, a, b) => is_constant(a) && is_constant(b),
        _ => false,
    }
}
