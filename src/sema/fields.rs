//! Class fields and their declared types: type hints to [`Type`]s (haxe's
//! `load_complex_type`) and field signatures as `typeloadFields.ml` builds them (optional
//! arguments as `Null<T>`, defaults without `Null`, rest arguments, method type parameters
//! owned by the method).
//!
//! A field whose type haxe would infer from its body or initializer has no type here
//! (`FieldDef::ty` is `None`), except for literal initializers, whose type is plain; the
//! typer fills the rest in later.

use super::modules::{Imports, LoadError, ModuleId, ModuleType, Modules};
use super::types::*;
use crate::syntax::ast::{
    self, ComplexType, Constant, ExprKind, FieldKind as AstFieldKind, TypeHint,
    TypeParam as AstParam,
};
use crate::syntax::source::Span;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Var,
    Method,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub name: String,
    /// The declared type; `None` when haxe would infer it.
    pub ty: Option<Type>,
    pub kind: FieldKind,
    pub is_static: bool,
    pub is_public: bool,
    /// Whether `is_public` is certain: without `public` or `private`, a field of a class
    /// that extends another is public when an ancestor has `@:publicFields`, which is not
    /// known here.
    pub visibility_known: bool,
    /// `Some(true)` for `public`, `Some(false)` for `private`, `None` when implicit.
    pub modifier: Option<bool>,
    pub no_completion: bool,
    pub doc: Option<String>,
    pub span: Span,
    pub name_span: Span,
}

/// Why a type hint could not be turned into a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HintError {
    pub message: String,
    pub span: Span,
}

impl HintError {
    fn at(message: impl Into<String>, span: Span) -> HintError {
        HintError {
            message: message.into(),
            span,
        }
    }
}

/// A field present in two extended structures with types that may differ: haxe compares
/// them with `type_iseq` and reports both, which hxs does not reproduce yet.
fn redefined(span: Span) -> HintError {
    HintError::at(
        "hxs does not type redefined fields of extended structures yet",
        span,
    )
}

/// A type parameter given in a hint (`Box<String>`): haxe checks it against the declared
/// parameter's constraints after typing, with the types known by then.
#[derive(Clone, Debug)]
pub struct ConstraintSite {
    pub module: ModuleId,
    /// The parameter's hint, where a failure is reported.
    pub span: Span,
    pub owner: ModuleType,
    /// Which of the owner's parameters.
    pub index: usize,
    /// All the parameters given, which the constraints may mention.
    pub args: Params,
}

/// What names mean while loading hints: the module, its imports and type parameters.
pub struct HintScope<'s> {
    pub module: ModuleId,
    pub imports: &'s Imports,
    /// Type parameters in scope, innermost last.
    pub params: Vec<(String, Type)>,
}

impl Modules<'_> {
    fn named_type(&self, t: ModuleType, params: Params) -> Type {
        match t {
            ModuleType::Class(c) => Type::Inst(c, params),
            ModuleType::Enum(e) => Type::Enum(e, params),
            ModuleType::Typedef(td) => Type::Typedef(td, params),
            ModuleType::Abstract(a) => Type::Abstract(a, params),
        }
    }

    fn param_count(&self, t: ModuleType) -> usize {
        match t {
            ModuleType::Class(c) => self.db.class(c).params.len(),
            ModuleType::Enum(e) => self.db.enum_def(e).params.len(),
            ModuleType::Typedef(td) => self.db.typedef(td).params.len(),
            ModuleType::Abstract(a) => self.db.abstract_def(a).params.len(),
        }
    }

    /// `Null<T>`, from StdTypes.
    pub fn null_of(&mut self, scope: &HintScope, t: Type) -> Result<Type, HintError> {
        let null_path = ast::TypePath {
            pack: Vec::new(),
            name: "Null".into(),
            params: Vec::new(),
            sub: None,
            span: Span::default(),
        };
        let found = self
            .resolve(scope.module, scope.imports, &null_path)
            .map_err(|e| HintError::at(e.message(), Span::default()))?;
        if let Type::Abstract(a, _) = &t {
            if self.db.abstract_def(*a).path == Path::new(&[], "Null") {
                return Ok(t);
            }
        }
        Ok(self.named_type(found, Arc::from(vec![t])))
    }

    /// haxe's `load_complex_type`.
    pub fn load_hint(&mut self, scope: &HintScope, hint: &TypeHint) -> Result<Type, HintError> {
        match &hint.kind {
            ComplexType::Parent(inner) => self.load_hint(scope, inner),
            ComplexType::Optional(_) => {
                Err(HintError::at("Optional type not allowed here", hint.span))
            }
            ComplexType::Named(..) => Err(HintError::at("Named type not allowed here", hint.span)),
            ComplexType::Path(tp) => self.load_path(scope, tp),
            ComplexType::Function(args, ret) => {
                let mut fargs = Vec::new();
                for a in args {
                    let (name, opt, inner) = match &a.kind {
                        ComplexType::Named(n, t) => match &t.kind {
                            ComplexType::Optional(o) => (n.name.to_string(), true, &**o),
                            _ => (n.name.to_string(), false, &**t),
                        },
                        ComplexType::Optional(o) => (String::new(), true, &**o),
                        _ => (String::new(), false, a),
                    };
                    let ty = self.load_hint(scope, inner)?;
                    fargs.push(FunArg { name, opt, ty });
                }
                // `Void -> T` is a function without arguments.
                if fargs.len() == 1
                    && fargs[0].name.is_empty()
                    && !fargs[0].opt
                    && self.is_void(&fargs[0].ty)
                {
                    fargs.clear();
                }
                let ret = self.load_hint(scope, ret)?;
                Ok(Type::Fun(Arc::new(FunType { args: fargs, ret })))
            }
            ComplexType::Anonymous(fields) => self.load_anon(scope, fields, AnonStatus::Closed),
            ComplexType::Extend(paths, fields) => {
                let own = self.load_anon(scope, fields, AnonStatus::Closed)?;
                let Type::Anon(own) = own else {
                    return Err(HintError::at("hxs cannot load this structure", hint.span));
                };
                let mut merged = self.db.anon(own).fields.clone();
                let mut extended = Vec::new();
                for tp in paths {
                    let t = self.load_path(scope, tp)?;
                    let Some(a2) = self.structure_of(&t, 0)? else {
                        return Err(HintError::at(
                            "hxs does not type extensions of non-structures yet",
                            tp.span,
                        ));
                    };
                    // The declared fields win over the extended ones; an extended field
                    // redefined with the same type is kept once.
                    for (name, f) in &self.db.anon(a2).fields {
                        match merged.get(name) {
                            Some(g) if g.ty != f.ty => return Err(redefined(tp.span)),
                            Some(_) => {}
                            None => {
                                merged.insert(name.clone(), f.clone());
                            }
                        }
                    }
                    extended.push(t);
                }
                Ok(Type::Anon(self.db.add_anon(AnonDef {
                    fields: merged,
                    status: AnonStatus::Extend(extended),
                })))
            }
            ComplexType::Intersection(hints) => {
                let mut merged: BTreeMap<String, AnonField> = BTreeMap::new();
                let mut parts = Vec::new();
                for h in hints {
                    let t = self.load_hint(scope, h)?;
                    let Some(a) = self.structure_of(&t, 0)? else {
                        return Err(HintError::at(
                            "hxs does not type intersections of non-structures yet",
                            h.span,
                        ));
                    };
                    for (name, f) in &self.db.anon(a).fields {
                        match merged.get(name) {
                            Some(g) if g.ty != f.ty => return Err(redefined(h.span)),
                            Some(_) => {}
                            None => {
                                merged.insert(name.clone(), f.clone());
                            }
                        }
                    }
                    parts.push(t);
                }
                Ok(Type::Anon(self.db.add_anon(AnonDef {
                    fields: merged,
                    status: AnonStatus::Extend(parts),
                })))
            }
        }
    }

    /// The structure a type stands for, through typedefs (haxe's `follow` as structure
    /// extension uses it); `None` for any other type.
    fn structure_of(&mut self, t: &Type, depth: usize) -> Result<Option<AnonId>, HintError> {
        if depth > 32 {
            return Err(HintError::at(
                "hxs does not type cyclic structure extensions",
                Span::default(),
            ));
        }
        match t {
            Type::Anon(a) => Ok(Some(*a)),
            Type::Typedef(td, params) => {
                let inner = self.expand_typedef(*td, params)?;
                self.structure_of(&inner, depth + 1)
            }
            _ => Ok(None),
        }
    }

    /// The type a typedef stands for, with its parameters applied (haxe's `follow` through
    /// one typedef); the typedef's declaration is loaded from its module on demand.
    pub fn expand_typedef(&mut self, td: TypedefId, params: &[Type]) -> Result<Type, HintError> {
        let unsupported = |m: &str| HintError::at(m, Span::default());
        let Some(owner) = self.owner_of(ModuleType::Typedef(td)) else {
            return Err(unsupported("typedef of an unloaded module"));
        };
        let name = self.db.typedef(td).path.name.clone();
        let ast = self.module(owner).typed.clone();
        let Some(decl) = ast.decls.iter().find_map(|d| match &d.kind {
            ast::DeclKind::Typedef(t) if t.head.name.name == name.as_str() => Some(t),
            _ => None,
        }) else {
            return Err(unsupported("typedef declaration not found"));
        };
        let imports = self
            .imports_of(owner)
            .map_err(|e| unsupported(&e.message()))?;
        let own = self.db.typedef(td).params.clone();
        let scope = HintScope {
            module: owner,
            imports: &imports,
            params: own.iter().map(|p| (p.name.clone(), p.ty.clone())).collect(),
        };
        let t = self.load_hint(&scope, &decl.ty)?;
        Ok(self.db.apply_params(&t, &own, params))
    }

    fn is_void(&self, t: &Type) -> bool {
        matches!(t, Type::Abstract(a, p) if p.is_empty() && self.db.abstract_def(*a).path == Path::new(&[], "Void"))
    }

    fn load_anon(
        &mut self,
        scope: &HintScope,
        fields: &[ast::Field],
        status: AnonStatus,
    ) -> Result<Type, HintError> {
        let mut out = BTreeMap::new();
        for f in fields {
            let optional = f.has_meta(":optional");
            let ty = match &f.kind {
                AstFieldKind::Var(Some(t), _) | AstFieldKind::Prop { ty: Some(t), .. } => {
                    self.load_hint(scope, t)?
                }
                AstFieldKind::Fun(func) => match self.method_type(scope, &f.name.name, func)? {
                    Some(t) => t,
                    None => {
                        return Err(HintError::at(
                            "hxs cannot infer this structure field yet",
                            f.span,
                        ))
                    }
                },
                _ => {
                    return Err(HintError::at(
                        "hxs cannot infer this structure field yet",
                        f.span,
                    ))
                }
            };
            let ty = if optional {
                self.null_of(scope, ty)?
            } else {
                ty
            };
            let method = matches!(f.kind, AstFieldKind::Fun(_));
            out.insert(
                f.name.name.to_string(),
                AnonField {
                    ty,
                    optional,
                    method,
                    read_only: false,
                    doc: f.doc.clone(),
                },
            );
        }
        Ok(Type::Anon(self.db.add_anon(AnonDef {
            fields: out,
            status,
        })))
    }

    fn load_path(&mut self, scope: &HintScope, tp: &ast::TypePath) -> Result<Type, HintError> {
        if tp.pack.is_empty() && tp.sub.is_none() {
            if let Some((_, t)) = scope.params.iter().rev().find(|(n, _)| *n == tp.name) {
                return Ok(t.clone());
            }
        }
        let found = self
            .resolve(scope.module, scope.imports, tp)
            .map_err(|e| HintError::at(load_message(&e), tp.span))?;
        let path = self.type_path(found).clone();
        if path == Path::new(&[], "Dynamic") {
            return match tp.params.as_slice() {
                [] => Ok(Type::Dynamic(None)),
                [AstParam::Type(t)] => Ok(Type::Dynamic(Some(Arc::new(self.load_hint(scope, t)?)))),
                _ => Err(HintError::at("Too many parameters for Dynamic", tp.span)),
            };
        }
        let expected = self.param_count(found);
        let mut params = Vec::new();
        for (i, p) in tp.params.iter().enumerate() {
            let AstParam::Type(t) = p else {
                return Err(HintError::at(
                    "hxs does not type constant type parameters yet",
                    tp.span,
                ));
            };
            if i >= expected {
                return Err(HintError::at(
                    format!("Too many type parameters for {}", path.dotted()),
                    t.span,
                ));
            }
            params.push(self.load_hint(scope, t)?);
        }
        if params.len() < expected {
            return Err(HintError::at(
                format!("Not enough type parameters for {}", path.dotted()),
                tp.span,
            ));
        }
        let params: Params = Arc::from(params);
        for (index, p) in tp.params.iter().enumerate() {
            if let AstParam::Type(t) = p {
                self.constraint_sites.push(ConstraintSite {
                    module: scope.module,
                    span: t.span,
                    owner: found,
                    index,
                    args: params.clone(),
                });
            }
        }
        Ok(self.named_type(found, params))
    }

    /// A method's type from its declaration, or `None` when haxe would infer part of it.
    pub fn method_type(
        &mut self,
        scope: &HintScope,
        name: &str,
        f: &ast::Function,
    ) -> Result<Option<Type>, HintError> {
        let mut inner = HintScope {
            module: scope.module,
            imports: scope.imports,
            params: scope.params.clone(),
        };
        for p in &f.params {
            let id = self.db.add_class(ClassDef {
                path: Path {
                    pack: vec![name.to_string()],
                    name: p.name.name.to_string(),
                },
                kind: ClassKind::TypeParameter,
                params: Vec::new(),
                interface: false,
                external: false,
                super_class: None,
                interfaces: Vec::new(),
            });
            inner.params.push((
                p.name.name.to_string(),
                Type::Inst(id, Arc::from(Vec::new())),
            ));
        }
        let mut args = Vec::new();
        for a in &f.args {
            let Some(hint) = &a.ty else {
                return Ok(None);
            };
            let ty = self.load_hint(&inner, hint)?;
            // `?x:T` is `Null<T>`; a default value makes the argument optional without `Null`.
            let (opt, ty) = if a.opt && a.value.is_none() {
                (true, self.null_of(&inner, ty)?)
            } else {
                (a.opt || a.value.is_some(), ty)
            };
            args.push(FunArg {
                name: a.name.name.to_string(),
                opt,
                ty,
            });
        }
        let ret = match &f.ret {
            Some(r) => self.load_hint(&inner, r)?,
            None if name == "new" => self.void_type(&inner)?,
            None => return Ok(None),
        };
        Ok(Some(Type::Fun(Arc::new(FunType { args, ret }))))
    }

    fn void_type(&mut self, scope: &HintScope) -> Result<Type, HintError> {
        let tp = ast::TypePath {
            pack: Vec::new(),
            name: "Void".into(),
            params: Vec::new(),
            sub: None,
            span: Span::default(),
        };
        self.load_path(scope, &tp)
    }

    /// The type of a literal initializer (`= 3`, `= "s"`), which haxe infers trivially.
    fn literal_type(
        &mut self,
        scope: &HintScope,
        e: &ast::Expr,
    ) -> Result<Option<Type>, HintError> {
        let name = match &e.kind {
            ExprKind::Const(Constant::Int(_)) => "Int",
            ExprKind::Const(Constant::Float(_)) => "Float",
            ExprKind::Const(Constant::String(..)) => "String",
            ExprKind::Const(Constant::Ident(b)) if b == "true" || b == "false" => "Bool",
            _ => return Ok(None),
        };
        let tp = ast::TypePath {
            pack: Vec::new(),
            name: name.into(),
            params: Vec::new(),
            sub: None,
            span: Span::default(),
        };
        self.load_path(scope, &tp).map(Some)
    }

    /// The fields of a class declaration, with their declared types, in declaration order.
    pub fn class_fields(
        &mut self,
        scope: &HintScope,
        class: &ast::ClassDecl,
    ) -> Result<Vec<FieldDef>, HintError> {
        let mut out = Vec::new();
        // haxe's `is_public`: explicit modifiers first, then extern classes, interfaces and
        // `@:publicFields` (on the class or an ancestor) make fields public.
        let class_public = class.head.external
            || class.interface
            || class.head.meta.iter().any(|m| m.name == ":publicFields");
        for f in &class.fields {
            let is_static = f.has_access(ast::Access::Static);
            let (is_public, visibility_known) = if f.has_access(ast::Access::Private) {
                (false, true)
            } else if f.has_access(ast::Access::Public) || class_public {
                (true, true)
            } else {
                (false, class.extends.is_empty())
            };
            let (kind, ty) = match &f.kind {
                AstFieldKind::Var(hint, init) => {
                    let ty = match (hint, init) {
                        (Some(h), _) => Some(self.load_hint(scope, h)?),
                        (None, Some(e)) => self.literal_type(scope, e)?,
                        (None, None) => None,
                    };
                    (FieldKind::Var, ty)
                }
                AstFieldKind::Prop { ty, expr, .. } => {
                    let t = match (ty, expr) {
                        (Some(h), _) => Some(self.load_hint(scope, h)?),
                        (None, Some(e)) => self.literal_type(scope, e)?,
                        (None, None) => None,
                    };
                    (FieldKind::Var, t)
                }
                AstFieldKind::Fun(func) => (
                    FieldKind::Method,
                    self.method_type(scope, &f.name.name, func)?,
                ),
            };
            out.push(FieldDef {
                name: f.name.name.to_string(),
                ty,
                kind,
                is_static,
                is_public,
                visibility_known,
                modifier: if f.has_access(ast::Access::Private) {
                    Some(false)
                } else if f.has_access(ast::Access::Public) {
                    Some(true)
                } else {
                    None
                },
                no_completion: f.has_meta(":noCompletion"),
                doc: f.doc.clone(),
                span: f.span,
                name_span: f.name.span,
            });
        }
        Ok(out)
    }
}

fn load_message(e: &LoadError) -> String {
    e.message()
}
