//! The type model, shaped after haxe 4.2.5's `tType.ml` so that unification, inference and
//! printing can follow haxe's rules: class instances, enums, typedefs, abstracts, functions,
//! anonymous structures, `Dynamic`, and monomorphs (type variables bound by inference).
//!
//! Definitions live in arenas of a [`TypeDb`], addressed by small ids; a [`Type`] is a cheap
//! value that refers to them. Monomorph bindings live in the database too, so binding one is
//! a write to one slot, as in haxe, and a type can be followed without cloning.

use std::collections::BTreeMap;
use std::sync::Arc;

macro_rules! id {
    ($name:ident) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
    };
}

id!(ClassId);
id!(EnumId);
id!(TypedefId);
id!(AbstractId);
id!(AnonId);
id!(MonoId);

/// Type parameters applied to a named type.
pub type Params = Arc<[Type]>;

#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    /// A type not known yet, bound by unification (`Unknown<n>` when printed unbound).
    Mono(MonoId),
    Inst(ClassId, Params),
    Enum(EnumId, Params),
    Typedef(TypedefId, Params),
    Abstract(AbstractId, Params),
    Fun(Arc<FunType>),
    Anon(AnonId),
    /// `Dynamic`, or `Dynamic<T>` with a value type.
    Dynamic(Option<Arc<Type>>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunType {
    pub args: Vec<FunArg>,
    pub ret: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunArg {
    /// Empty for an unnamed argument of a function type such as `Int -> Void`.
    pub name: String,
    pub opt: bool,
    pub ty: Type,
}

/// A dotted type path: package and name (`haxe.ds.StringMap`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Path {
    pub pack: Vec<String>,
    pub name: String,
}

impl Path {
    pub fn new(pack: &[&str], name: &str) -> Path {
        Path {
            pack: pack.iter().map(|s| s.to_string()).collect(),
            name: name.to_string(),
        }
    }

    /// haxe's `s_type_path`: `pack.Name`.
    pub fn dotted(&self) -> String {
        if self.pack.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.pack.join("."), self.name)
        }
    }
}

/// Why a class exists: an ordinary class, or a stand-in haxe creates.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassKind {
    Normal,
    /// A type parameter; `Path` holds its printed owner (`gen.T`, `GP1.Q`).
    TypeParameter,
    /// The class holding an abstract's implementation (its statics and `@:impl` fields).
    AbstractImpl(AbstractId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    pub name: String,
    /// The type standing for the parameter inside its owner: an instance of a
    /// [`ClassKind::TypeParameter`] class.
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub path: Path,
    pub kind: ClassKind,
    pub params: Vec<TypeParam>,
    pub interface: bool,
    pub external: bool,
    pub super_class: Option<(ClassId, Params)>,
    pub interfaces: Vec<(ClassId, Params)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDef {
    pub path: Path,
    pub params: Vec<TypeParam>,
    /// Constructor names in declaration order.
    pub names: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypedefDef {
    pub path: Path,
    pub params: Vec<TypeParam>,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AbstractDef {
    pub path: Path,
    pub params: Vec<TypeParam>,
    pub underlying: Option<Type>,
    pub impl_class: Option<ClassId>,
}

/// What an anonymous structure stands for (haxe's `anon_status`).
#[derive(Clone, Debug, PartialEq)]
pub enum AnonStatus {
    Closed,
    Const,
    Extend(Vec<Type>),
    /// The statics of a class used as a value.
    Statics(ClassId),
    EnumStatics(EnumId),
    AbstractStatics(AbstractId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnonField {
    pub ty: Type,
    pub optional: bool,
    /// Declared with `function` in class notation (listed as a method in completion).
    pub method: bool,
    /// A field only ever read from a monomorph (haxe's `(default, null)` structure field).
    pub read_only: bool,
    pub doc: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnonDef {
    /// Fields by name (byte order, like haxe's `PMap`).
    pub fields: BTreeMap<String, AnonField>,
    pub status: AnonStatus,
}

/// All type definitions and monomorph bindings of one typing session.
#[derive(Debug, Default)]
pub struct TypeDb {
    /// The fields read from each monomorph while unbound (haxe's `MField` constraints), in
    /// the order first read; printed after the monomorph (`Unknown<0> : { length : ... }`).
    /// Each field's flag says whether it was written to.
    pub mono_fields: std::collections::HashMap<MonoId, Vec<(String, Type, bool)>>,
    pub classes: Vec<ClassDef>,
    pub enums: Vec<EnumDef>,
    pub typedefs: Vec<TypedefDef>,
    pub abstracts: Vec<AbstractDef>,
    pub anons: Vec<AnonDef>,
    monos: Vec<Option<Type>>,
    /// While an attempt that haxe may abandon is typed (an overload candidate, an
    /// operator function), the monomorphs bound, so that the attempt can tell whether it
    /// left bindings behind.
    bound_log: Option<Vec<MonoId>>,
}

impl TypeDb {
    pub fn new() -> TypeDb {
        TypeDb::default()
    }

    pub fn add_class(&mut self, c: ClassDef) -> ClassId {
        self.classes.push(c);
        ClassId(self.classes.len() as u32 - 1)
    }

    pub fn add_enum(&mut self, e: EnumDef) -> EnumId {
        self.enums.push(e);
        EnumId(self.enums.len() as u32 - 1)
    }

    pub fn add_typedef(&mut self, t: TypedefDef) -> TypedefId {
        self.typedefs.push(t);
        TypedefId(self.typedefs.len() as u32 - 1)
    }

    pub fn add_abstract(&mut self, a: AbstractDef) -> AbstractId {
        self.abstracts.push(a);
        AbstractId(self.abstracts.len() as u32 - 1)
    }

    pub fn add_anon(&mut self, a: AnonDef) -> AnonId {
        self.anons.push(a);
        AnonId(self.anons.len() as u32 - 1)
    }

    pub fn class(&self, id: ClassId) -> &ClassDef {
        &self.classes[id.0 as usize]
    }

    pub fn enum_def(&self, id: EnumId) -> &EnumDef {
        &self.enums[id.0 as usize]
    }

    pub fn typedef(&self, id: TypedefId) -> &TypedefDef {
        &self.typedefs[id.0 as usize]
    }

    pub fn abstract_def(&self, id: AbstractId) -> &AbstractDef {
        &self.abstracts[id.0 as usize]
    }

    pub fn anon(&self, id: AnonId) -> &AnonDef {
        &self.anons[id.0 as usize]
    }

    /// A fresh unbound monomorph.
    pub fn new_mono(&mut self) -> Type {
        self.monos.push(None);
        Type::Mono(MonoId(self.monos.len() as u32 - 1))
    }

    /// How many monomorphs exist: those made later have higher ids.
    pub fn mono_count(&self) -> usize {
        self.monos.len()
    }

    pub fn mono_binding(&self, id: MonoId) -> Option<&Type> {
        self.monos.get(id.0 as usize).and_then(Option::as_ref)
    }

    /// Binds a monomorph (haxe's `Monomorph.bind`); binding one to itself is refused.
    pub fn bind_mono(&mut self, id: MonoId, t: Type) {
        if t == Type::Mono(id) {
            return;
        }
        if let Some(slot) = self.monos.get_mut(id.0 as usize) {
            *slot = Some(t);
            if let Some(log) = &mut self.bound_log {
                log.push(id);
            }
        }
    }

    /// Unbinds a monomorph bound tentatively (a constraint check that failed).
    pub fn unbind_mono(&mut self, id: MonoId) {
        if let Some(slot) = self.monos.get_mut(id.0 as usize) {
            *slot = None;
        }
    }

    /// Starts recording bindings; returns the previous record (attempts nest) and the
    /// number of monomorphs that exist now.
    pub fn begin_attempt(&mut self) -> (Option<Vec<MonoId>>, usize) {
        (self.bound_log.replace(Vec::new()), self.monos.len())
    }

    /// Stops recording; returns whether a monomorph that existed when the attempt began
    /// was bound during it. The outer record, if any, gets this attempt's bindings.
    pub fn end_attempt(&mut self, saved: (Option<Vec<MonoId>>, usize)) -> bool {
        let log = std::mem::replace(&mut self.bound_log, saved.0).unwrap_or_default();
        let old_bound = log.iter().any(|m| (m.0 as usize) < saved.1);
        if let Some(outer) = &mut self.bound_log {
            outer.extend(log);
        }
        old_bound
    }

    /// Follows bound monomorphs (haxe's `follow` without expanding typedefs).
    pub fn resolve<'a>(&'a self, mut t: &'a Type) -> &'a Type {
        // Chains are short in practice; the bound guards against a cycle.
        for _ in 0..10_000 {
            match t {
                Type::Mono(m) => match self.mono_binding(*m) {
                    Some(next) => t = next,
                    None => return t,
                },
                _ => return t,
            }
        }
        t
    }
}

impl TypeDb {
    /// Replaces type parameters by types (haxe's `apply_params`): every instance of a
    /// parameter class in `from` becomes the type at the same index in `to`.
    pub fn apply_params(&mut self, t: &Type, from: &[TypeParam], to: &[Type]) -> Type {
        if from.is_empty() {
            return t.clone();
        }
        match t {
            Type::Inst(c, tl) if tl.is_empty() => {
                for (p, replacement) in from.iter().zip(to) {
                    if let Type::Inst(pc, _) = &p.ty {
                        if pc == c {
                            return replacement.clone();
                        }
                    }
                }
                t.clone()
            }
            Type::Inst(c, tl) => Type::Inst(*c, self.apply_list(tl, from, to)),
            Type::Enum(e, tl) => Type::Enum(*e, self.apply_list(tl, from, to)),
            Type::Typedef(td, tl) => Type::Typedef(*td, self.apply_list(tl, from, to)),
            Type::Abstract(a, tl) => Type::Abstract(*a, self.apply_list(tl, from, to)),
            Type::Fun(f) => {
                let args = f
                    .args
                    .iter()
                    .map(|a| FunArg {
                        name: a.name.clone(),
                        opt: a.opt,
                        ty: self.apply_params(&a.ty, from, to),
                    })
                    .collect();
                let ret = self.apply_params(&f.ret, from, to);
                Type::Fun(Arc::new(FunType { args, ret }))
            }
            Type::Anon(a) => {
                let def = self.anon(*a).clone();
                let fields = def
                    .fields
                    .iter()
                    .map(|(n, f)| {
                        (
                            n.clone(),
                            AnonField {
                                ty: self.apply_params(&f.ty, from, to),
                                optional: f.optional,
                                method: f.method,
                                read_only: f.read_only,
                                doc: f.doc.clone(),
                            },
                        )
                    })
                    .collect();
                Type::Anon(self.add_anon(AnonDef {
                    fields,
                    status: def.status,
                }))
            }
            Type::Dynamic(Some(inner)) => {
                Type::Dynamic(Some(Arc::new(self.apply_params(inner, from, to))))
            }
            Type::Dynamic(None) => t.clone(),
            Type::Mono(m) => match self.mono_binding(*m).cloned() {
                Some(bound) => self.apply_params(&bound, from, to),
                None => t.clone(),
            },
        }
    }

    fn apply_list(&mut self, tl: &[Type], from: &[TypeParam], to: &[Type]) -> Params {
        let v: Vec<Type> = tl.iter().map(|t| self.apply_params(t, from, to)).collect();
        Arc::from(v)
    }
}
