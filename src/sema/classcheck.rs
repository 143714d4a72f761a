//! The checks haxe makes on a class declaration before typing its bodies
//! (`typeloadFields.ml`, `typeloadCheck.ml`): duplicate fields, final classes and
//! methods, `override` rules, property accessors and interface fields.
//! Cases whose message hxs does not reproduce (a signature mismatch, say) are declined.

use super::typer::{ClassInfo, FKind, Fail, FieldInfo, FieldOwner, TResult, Typer, VarAcc};
use super::types::*;
use crate::syntax::ast::{self, DeclKind};
use std::sync::Arc;

impl Typer<'_> {
    /// Checks one class of module `mid`; errors are reported, not raised.
    pub fn check_class(&mut self, c: ClassId) -> TResult<()> {
        let info = self.class_info(c)?;
        let Some(mid) = info.module else {
            return Ok(());
        };
        let ast = self.m.module(mid).ast.clone();
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
        let path = self.m.db.class(c).path.dotted();
        let mut seen: Vec<(&str, bool)> = Vec::new();
        for f in &decl.fields {
            let is_static = f.has_access(ast::Access::Static);
            let name = f.name.name.as_str();
            if seen.iter().any(|(n, s)| *n == name && *s == is_static) {
                report(
                    self,
                    f.name.span,
                    format!("Duplicate class field declaration : {}.{}", path, name),
                );
            } else if seen.iter().any(|(n, _)| *n == name) {
                return Err(Fail::Unsupported(
                    "a static and an instance field of one name".into(),
                ));
            }
            seen.push((name, is_static));
            if f.has_access(ast::Access::Overload) {
                return Err(Fail::Unsupported("overload functions".into()));
            }
            if f.has_meta(":overload") {
                if name == "new" || f.has_access(ast::Access::Inline) {
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
        // Fields against the superclass's.
        for f in &info.fields {
            let Some(fi) = f.decl.map(|d| d.2) else {
                continue;
            };
            let afield = &decl.fields[fi];
            let is_override = afield.has_access(ast::Access::Override);
            let inherited = self.inherited_field(&def, &f.name)?;
            match (is_override, inherited) {
                (true, None) => report(
                    self,
                    f.name_span,
                    format!(
                        "Field {} is declared 'override' but doesn't override any field",
                        f.name
                    ),
                ),
                (false, Some((owner, _))) if f.is_method() => {
                    let owner_path = self.m.db.class(owner).path.dotted();
                    report(
                        self,
                        f.name_span,
                        format!(
                            "Field {} should be declared with 'override' since it is inherited from superclass {}",
                            f.name, owner_path
                        ),
                    );
                }
                (true, Some((_, sf))) => {
                    if sf.is_final {
                        report(
                            self,
                            f.name_span,
                            format!("Cannot override final method {}", f.name),
                        );
                    } else if !self.same_signature(c, f, &sf)? {
                        return Err(Fail::Unsupported(
                            "an override with another signature".into(),
                        ));
                    }
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
        for f in &iinfo.fields {
            let found =
                info.field(&f.name).is_some() || self.inherited_field(def, &f.name)?.is_some();
            if !found {
                self.errors.push(super::typer::Diagnostic {
                    module: Some(mid),
                    span: name_span,
                    message: format!(
                        "Field {} needed by {} is missing",
                        f.name,
                        idef.path.dotted()
                    ),
                });
                continue;
            }
            let params: Vec<Type> = def.params.iter().map(|p| p.ty.clone()).collect();
            let Some((ct, _, _, _)) = self.raw_class_field(c, &params, &f.name).map_err(stop)?
            else {
                continue;
            };
            let it = self.field_type(FieldOwner::Class(ic), f)?;
            let it = self.m.db.apply_params(&it, &idef.params, itl);
            if !self.does_unify(&ct, &it)? {
                return Err(Fail::Unsupported(
                    "a field whose type differs from its interface's".into(),
                ));
            }
        }
        for (sub, stl) in idef.interfaces.clone() {
            let applied: Vec<Type> = stl
                .iter()
                .map(|t| self.m.db.apply_params(t, &idef.params, itl))
                .collect();
            self.check_interface(c, info, def, sub, &Arc::from(applied), name_span, mid)?;
        }
        Ok(())
    }

    /// A field of one of the superclasses: its class and the field.
    fn inherited_field(
        &mut self,
        def: &ClassDef,
        name: &str,
    ) -> TResult<Option<(ClassId, FieldInfo)>> {
        let mut cur = def.super_class.as_ref().map(|(s, _)| *s);
        let mut guard = 0;
        while let Some(sc) = cur {
            guard += 1;
            if guard > 100 {
                break;
            }
            let info = self.class_info(sc)?;
            if let Some(f) = info.field(name) {
                return Ok(Some((sc, f.clone())));
            }
            cur = self.m.db.class(sc).super_class.as_ref().map(|(s, _)| *s);
        }
        Ok(None)
    }

    /// Whether an overriding method has the overridden one's type (compared as haxe's
    /// `type_iseq` would for the usual cases).
    fn same_signature(&mut self, c: ClassId, f: &FieldInfo, sf: &FieldInfo) -> TResult<bool> {
        let t1 = self.field_type(FieldOwner::Class(c), f)?;
        let def = self.m.db.class(c).clone();
        let params: Vec<Type> = def.params.iter().map(|p| p.ty.clone()).collect();
        let Some((st, _, _, _)) = self.raw_class_field(c, &params, &sf.name).map_err(stop)? else {
            return Ok(false);
        };
        let _ = st;
        // The superclass's field type as seen from this class.
        let mut cur = def.super_class.clone();
        while let Some((sc, stl)) = cur {
            let sinfo = self.class_info(sc)?;
            let sdef = self.m.db.class(sc).clone();
            if let Some(field) = sinfo.field(&sf.name) {
                let t = self.field_type(FieldOwner::Class(sc), &field.clone())?;
                let t = self.m.db.apply_params(&t, &sdef.params, &stl);
                return Ok(self.type_eq(super::unify::EqKind::Strict, &t1, &t).is_ok());
            }
            cur = sdef.super_class.map(|(s, tl)| {
                let applied: Vec<Type> = tl
                    .iter()
                    .map(|t| self.m.db.apply_params(t, &sdef.params, &stl))
                    .collect();
                (s, Arc::from(applied))
            });
        }
        Ok(false)
    }
}

fn stop(e: super::unify::UFail) -> Fail {
    match e {
        super::unify::UFail::Stop(f) => f,
        super::unify::UFail::Unify(_) => Fail::Unsupported("class check".into()),
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
