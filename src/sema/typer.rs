//! The typer's state: the modules of a build, the fields of each type built on demand from
//! its declaration (haxe's `init_class` / `init_module_type`), lazily inferred field types,
//! and the errors reported so far. Unification lives in `unify.rs`, expressions in `expr.rs`
//! and the build check that drives it all in `check.rs`.
//!
//! Nothing is built before it is asked for: a class's fields are read from its declaration
//! the first time the class is used, and a field whose type must be inferred is typed when
//! that type is first needed (haxe's `TLazy`).

use super::fields::HintScope;
use super::modules::{ImportFailure, Imports, LoadError, ModuleId, ModuleType, Modules};
use super::types::*;
use crate::syntax::ast::{self, DeclKind};
use crate::syntax::source::Span;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How a variable field may be read or written (haxe's `var_access`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarAcc {
    Normal,
    No,
    Never,
    Call,
    /// Writable in the constructor only (`final` instance fields).
    Ctor,
    /// An `inline var`: read as its constant value, never written.
    Inline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethKind {
    Normal,
    Inline,
    Dynamic,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FKind {
    Var { read: VarAcc, write: VarAcc },
    Method(MethKind),
}

/// A field of a class, an abstract's implementation or a structure.
#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub name: String,
    pub ty: Type,
    pub kind: FKind,
    pub is_public: bool,
    pub is_static: bool,
    pub is_final: bool,
    /// The field's own type parameters (a generic method's).
    pub params: Vec<TypeParam>,
    pub span: Span,
    pub name_span: Span,
    pub doc: Option<String>,
    /// Where the declaration is: module, index of the type among the module's declarations,
    /// index of the field in the type's fields. `None` for fields made up by the typer.
    pub decl: Option<(ModuleId, usize, usize)>,
    /// The type is a monomorph to be bound by typing the field's initializer or body.
    pub inferred: bool,
    pub meta: Vec<String>,
    /// `@:deprecated`: the warning haxe prints where the field is used.
    pub deprecation: Option<String>,
}

impl FieldInfo {
    pub fn is_method(&self) -> bool {
        matches!(self.kind, FKind::Method(_))
    }
}

#[derive(Debug, Default)]
pub struct ClassInfo {
    pub fields: Vec<FieldInfo>,
    pub statics: Vec<FieldInfo>,
    pub ctor: Option<FieldInfo>,
    pub meta: Vec<String>,
    pub is_final: bool,
    pub is_abstract: bool,
    pub module: Option<ModuleId>,
    /// Index of the declaration among its module's declarations.
    pub decl_index: usize,
}

impl ClassInfo {
    pub fn field(&self, name: &str) -> Option<&FieldInfo> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn static_field(&self, name: &str) -> Option<&FieldInfo> {
        self.statics.iter().find(|f| f.name == name)
    }
}

#[derive(Debug)]
pub struct CtorInfo {
    pub name: String,
    pub ty: Type,
    pub params: Vec<TypeParam>,
    pub args: Vec<FunArg>,
    pub span: Span,
    pub name_span: Span,
}

#[derive(Debug, Default)]
pub struct EnumInfo {
    pub ctors: Vec<CtorInfo>,
    pub module: Option<ModuleId>,
}

#[derive(Debug)]
pub struct AbstractInfo {
    pub this: Type,
    pub from: Vec<Type>,
    pub to: Vec<Type>,
    pub meta: Vec<String>,
    pub is_enum: bool,
    /// Statics and `this`-taking functions of the implementation.
    pub impl_info: ClassInfo,
    pub module: Option<ModuleId>,
    /// `@:forward` fields: `Some(empty)` forwards every field of the underlying type.
    pub forward: Option<Vec<String>>,
}

impl AbstractInfo {
    pub fn has_meta(&self, name: &str) -> bool {
        self.meta.iter().any(|m| m == name)
    }

    /// The names of an enum abstract's values, in declaration order.
    pub fn enum_value_names(&self) -> Vec<String> {
        self.impl_info
            .statics
            .iter()
            .filter(|f| f.meta.iter().any(|m| m == ":enumValue"))
            .map(|f| f.name.clone())
            .collect()
    }
}

/// One reported error, or a warning, at a position in a module's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub module: Option<ModuleId>,
    pub span: Span,
    pub message: String,
}

/// Where haxe's post-typing filters meet a use: module, declaration, rank (constructor,
/// statics, fields), field index, then order of use.
pub type FilterOrder = (u32, u32, u8, u32, u32);

/// A `null` literal: its type (a monomorph bound by typing), where it is, and where
/// haxe's filters meet it.
#[derive(Clone, Debug)]
pub struct NullSite {
    pub ty: Type,
    pub module: ModuleId,
    pub span: Span,
    pub order: (u32, u32, u8, u32),
    /// In an inline function, whose body haxe filters again at each call it inlines.
    pub in_inline: bool,
    /// In a branch of an `if`, `?:`, `switch` or `try` used as a value (haxe's filters meet
    /// such a literal a number of times hxs does not model yet).
    pub in_branch: bool,
}

/// Why typing stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fail {
    /// A haxe error, raised (not merely reported): it unwinds to the enclosing block.
    Error(Diagnostic),
    /// Something hxs cannot type yet: the whole check is declined, never answered wrongly.
    Unsupported(String),
}

pub type TResult<T> = Result<T, Fail>;

pub fn unsupported<T>(what: impl Into<String>) -> TResult<T> {
    Err(Fail::Unsupported(what.into()))
}

/// Types the typer needs by name, from StdTypes, String and Array.
#[derive(Clone, Debug)]
pub struct StdIds {
    pub int: AbstractId,
    pub float: AbstractId,
    pub bool_: AbstractId,
    pub void: AbstractId,
    pub null: AbstractId,
    pub string: ClassId,
    pub array: ClassId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldOwner {
    Class(ClassId),
    AbstractImpl(AbstractId),
}

/// The state of a field whose type is inferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LazyState {
    Typing,
    Done,
}

pub struct Typer<'a> {
    pub m: Modules<'a>,
    classes: HashMap<ClassId, Arc<ClassInfo>>,
    enums: HashMap<EnumId, Arc<EnumInfo>>,
    abstracts: HashMap<AbstractId, Arc<AbstractInfo>>,
    typedefs_built: HashSet<TypedefId>,
    imports: HashMap<ModuleId, Arc<Imports>>,
    /// Constraints of type-parameter classes.
    pub constraints: HashMap<ClassId, Vec<Type>>,
    lazy: HashMap<(FieldOwner, bool, String), LazyState>,
    pub std: Option<StdIds>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// Pairs being unified through typedefs (haxe's `unify_stack`), to stop on recursion.
    pub(crate) unify_stack: Vec<(Type, Type)>,
    /// Where the std's files are (class-path prefixes as files are shown): modules found
    /// there are trusted, their bodies never checked, only signatures typed.
    pub std_prefixes: Vec<String>,
    /// A check that retypes only these modules' bodies (a body-only edit, `check::retype`):
    /// every other module is trusted as the std is, its fields typed only for their
    /// inferred types.
    pub retype_only: Option<Vec<crate::project::classpath::ModulePath>>,
    /// The first field type found that another module's body could bind (an argument or a
    /// variable without a type, or an inferred type left with a monomorph): the body-only
    /// reuse of a check is unsound then, since typing one body can change another's types.
    pub open_type: Option<String>,
    /// Nesting of abstract casts being tried, bounded against runaway chains.
    pub(crate) abstract_depth: usize,
    /// Switches (module, position) found exhaustive without a default case, for
    /// `return_flow`.
    pub(crate) exhaustive_switches: HashSet<(ModuleId, u32)>,
    /// The monomorphs of `null` literals: haxe's static-platform check on basic types is
    /// not done by hxs, so a build where one became Int, Float or Bool is declined.
    pub(crate) null_literals: Vec<Type>,
    /// Every `null` literal typed in a checked body, for haxe's static-platform check on
    /// basic types made after typing (`sanitize_expr`).
    pub(crate) null_sites: Vec<NullSite>,
    /// The error being raised came from a unification inside call arguments (haxe's
    /// `WithTypeError`): blocks let it through, up to the call that turns it into an
    /// argument error.
    pub(crate) with_type_raise: bool,
    /// A raised error was caught by a block, a variable or a `return` and typing went on
    /// without the failed expression. haxe's display modes raise fewer errors (a call whose
    /// one candidate does not fit is typed anyway), so what follows may differ from haxe's.
    pub(crate) caught_raise: bool,
    /// Typing for a display query that types the whole build (`@usage`, `@diagnostics`):
    /// haxe's display modes report some errors that a build raises (a class without a
    /// constructor in `new`).
    pub display_mode: bool,
    /// Each `var` statement typed since the last field typing task ended, with its
    /// variables' names and types: haxe checks them for `Void` in a delayed task, the
    /// last statement first, and the first `Void` one stops the build.
    pub(crate) var_decls: Vec<Vec<(ModuleId, Span, Type)>>,
    /// The types of a call's arguments as typed, collected while choosing an `overload`.
    pub(crate) arg_log: Option<Vec<Type>>,
    /// The field called by the call typed last, when it was a field (`a.b(...)`): its
    /// owner and kind, for checks that look at what a typed call is.
    pub(crate) last_call_field: Option<(FieldOwner, String, FKind)>,
    /// The callee of the call being applied, where haxe reports "cannot be called".
    pub(crate) callee_span: Option<Span>,
    /// Checks haxe makes after typing that hxs does not (deprecation warnings, locals
    /// read before assignment): when one applies and no error was found, the build is
    /// declined instead of answered.
    pub(crate) late_checks: Vec<String>,
    /// Interface fields to compare with the implementing class's once typing is done
    /// (haxe delays them to its last pass): class, interface, its parameters, field name.
    pub(crate) forced_checks: Vec<(ClassId, ClassId, Params, String)>,
    /// Constraints a monomorph checks when it is bound (haxe's down constraints naming a
    /// type), in the order haxe checks them, with the type parameter's path.
    pub(crate) mono_constraints: HashMap<MonoId, Vec<(Type, String)>>,
    /// Monomorphs standing for constrained type parameters, with their constraints.
    pub(crate) constrained: Vec<(Type, Type)>,
    /// The object of the array access being typed, where haxe reports it not allowed.
    pub(crate) array_obj_span: Option<Span>,
    /// The assignment being typed, where haxe reports a field it may not write.
    pub(crate) assign_span: Option<Span>,
    /// The last lvalue typed was a local or a field read and written directly (no
    /// accessor method): haxe's `AKExpr`/`AKField`, where `++` looks for `@:op` functions.
    pub(crate) lvalue_direct: bool,
    /// A class path shadows a std module: haxe types the std's bodies against the
    /// replacement, and so does hxs (`check::check_reading` starts the build again).
    pub std_distrusted: bool,
    /// The enum an identifier about to be resolved is expected to be of (haxe's
    /// `maybe_type_against_enum`); taken by the resolution.
    pub(crate) ident_expected: Option<super::modules::ModuleType>,
    /// The whole array access being typed.
    pub(crate) array_expr_span: Option<Span>,
    /// The type the call being applied is expected to return.
    pub(crate) call_expected: Option<Type>,
    /// How many monomorphs existed when the call being typed began: only those made for
    /// it (its function's type parameters) are inferred from the expected type.
    pub(crate) call_monos_from: usize,
    /// The `Class<T>`-like type of each module type used as a value, made once.
    pub(crate) type_exprs: HashMap<ModuleType, Type>,
    /// A completion query's cursor (byte offset): typing records the type of the value
    /// before the dot there and stops.
    pub display_cursor: Option<u32>,
    pub display_type: Option<Type>,
    /// A hover query's cursor: typing records the type of the local named under it (and
    /// where that name is) and stops.
    pub hover_cursor: Option<u32>,
    pub hover_result: Option<(Type, Span)>,
    /// A signature query's call: typing records the callee's candidate signatures there
    /// and stops.
    pub signature_request: Option<super::signature::SignatureRequest>,
    pub signature_result: Option<Vec<super::signature::Candidate>>,
    /// The module of the signature query's call (spans are per file).
    pub signature_module: Option<ModuleId>,
    /// A toplevel completion query's completion point: typing records what is in scope
    /// there (`toplevel_hit`) and stops.
    pub toplevel_target: Option<super::expr::ToplevelTarget>,
    pub toplevel_hit: Option<super::expr::ToplevelHit>,
    /// A definition query's field access (the span of the whole `object.field` in the
    /// display module): typing records how it resolved, and whether that reported an
    /// error, and stops.
    pub field_probe: Option<(ModuleId, Span)>,
    pub field_probe_hit: Option<(super::expr::Access, bool)>,
    /// A hover query's expression (its span in the display module): typing records its
    /// type and stops.
    pub expr_probe: Option<(ModuleId, Span)>,
    pub expr_probe_hit: Option<Type>,
    /// A deprecated field was just accessed: its warning, waiting for the access's span.
    pub(crate) pending_deprecation: Option<String>,
    /// The references a usage query collects (`None` outside usage queries).
    pub refs: Option<Box<super::refs::Refs>>,
    /// Deprecation warnings (haxe prints them after typing, when nothing failed), keyed by
    /// where haxe's filter meets them: the field being typed, then order of use.
    pub(crate) deprecations: Vec<(FilterOrder, Diagnostic)>,
    /// Monomorphs a field was read from (haxe constrains them; hxs checks at the end that
    /// they stayed unknown or Dynamic).
    pub(crate) field_monos: Vec<Type>,
    /// The constrained monomorphs of the function being typed (haxe's `perfunction`), bound
    /// to a closed structure of their fields when it ends.
    pub(crate) perfunction: Vec<crate::sema::types::MonoId>,
    /// The monomorphs so closed, with the structure each was bound to.
    pub(crate) closed_monos: HashMap<crate::sema::types::MonoId, Type>,
    /// The last field read from a monomorph: the access's span, the monomorph, the field's
    /// index (an assignment marks it written).
    pub(crate) last_mono_field: Option<(Span, crate::sema::types::MonoId, usize)>,
    /// Toplevel completion (haxe's `DMDefault`): an unknown name is a value of unknown type,
    /// its error ignored, rather than an error.
    pub lenient_idents: bool,
    /// The argument being typed in a call, with its parameter's name.
    pub(crate) arg_name_at: Option<(Span, String)>,
    /// Typing the name a field chain starts with (`a` in `a.b`).
    pub(crate) in_chain_root: bool,
    /// Key types of `new Map()` not known when the map was made.
    pub(crate) deferred_map_keys: Vec<Type>,
    /// Read every module's imports as soon as it is loaded (checks do; display queries
    /// read only the imports they need).
    pub eager_imports: bool,
    /// Modules below this id had their imports read by `sync_imports`.
    imports_synced: usize,
    /// The build's root modules: an import of theirs that haxe fails with a raised error
    /// stops the build before anything is typed.
    pub roots: Vec<ModuleId>,
    /// A bare reference statement (`f;`, `C.f;`) is being typed.
    pub(crate) bare_statement: bool,
    /// An error that stops haxe altogether (its `Fatal_error`): the typer unwinds with a
    /// decline, and the check prints the errors so far and this one.
    pub(crate) fatal: Option<Diagnostic>,
    /// Typedefs whose recursion check (haxe's `check_rec`, run when the typedef is first
    /// followed) has started: `false` while it runs, `true` once done.
    pub(crate) typedef_rec: HashMap<TypedefId, bool>,
    /// Set while the check builds the first checked module's classes, when haxe builds
    /// them too (before any body): an error there stops haxe at the same point.
    pub(crate) main_build: bool,
}

impl<'a> Typer<'a> {
    pub fn new(m: Modules<'a>) -> Typer<'a> {
        Typer {
            m,
            classes: HashMap::new(),
            enums: HashMap::new(),
            abstracts: HashMap::new(),
            typedefs_built: HashSet::new(),
            imports: HashMap::new(),
            constraints: HashMap::new(),
            lazy: HashMap::new(),
            std: None,
            errors: Vec::new(),
            warnings: Vec::new(),
            unify_stack: Vec::new(),
            std_prefixes: Vec::new(),
            retype_only: None,
            open_type: None,
            abstract_depth: 0,
            exhaustive_switches: HashSet::new(),
            null_literals: Vec::new(),
            null_sites: Vec::new(),
            last_call_field: None,
            with_type_raise: false,
            caught_raise: false,
            display_mode: false,
            var_decls: Vec::new(),
            arg_log: None,
            callee_span: None,
            late_checks: Vec::new(),
            forced_checks: Vec::new(),
            mono_constraints: HashMap::new(),
            constrained: Vec::new(),
            array_obj_span: None,
            assign_span: None,
            lvalue_direct: false,
            std_distrusted: false,
            ident_expected: None,
            array_expr_span: None,
            call_expected: None,
            call_monos_from: 0,
            type_exprs: HashMap::new(),
            display_cursor: None,
            display_type: None,
            hover_cursor: None,
            hover_result: None,
            signature_request: None,
            signature_result: None,
            signature_module: None,
            toplevel_target: None,
            toplevel_hit: None,
            field_probe: None,
            field_probe_hit: None,
            expr_probe: None,
            expr_probe_hit: None,
            pending_deprecation: None,
            refs: None,
            deprecations: Vec::new(),
            field_monos: Vec::new(),
            perfunction: Vec::new(),
            closed_monos: HashMap::new(),
            last_mono_field: None,
            lenient_idents: false,
            arg_name_at: None,
            in_chain_root: false,
            deferred_map_keys: Vec::new(),
            eager_imports: false,
            imports_synced: 0,
            roots: Vec::new(),
            bare_statement: false,
            fatal: None,
            typedef_rec: HashMap::new(),
            main_build: false,
        }
    }

    /// Whether a module's bodies go unchecked: the std's (unless a class path shadows one
    /// of its modules), and in a retyping check every module but the retyped ones.
    pub fn is_trusted(&self, m: ModuleId) -> bool {
        if let Some(only) = &self.retype_only {
            if !only.contains(&self.m.module(m).path) {
                return true;
            }
        }
        !self.std_distrusted && self.is_std(m)
    }

    /// Whether a module was found in the std.
    pub fn is_std(&self, m: ModuleId) -> bool {
        let shown = &self.m.module(m).file.path;
        self.std_prefixes
            .iter()
            .any(|p| !p.is_empty() && shown.starts_with(p.as_str()))
    }

    pub fn db(&self) -> &TypeDb {
        &self.m.db
    }

    /// The well-known std types, loaded once.
    pub fn std_ids(&mut self) -> TResult<StdIds> {
        if let Some(s) = &self.std {
            return Ok(s.clone());
        }
        let load = |t: &mut Typer, module: &str, name: &str| -> TResult<ModuleType> {
            let path = crate::project::classpath::ModulePath {
                pack: Vec::new(),
                name: module.to_string(),
            };
            let mid =
                t.m.load(&path)
                    .map_err(|e| Fail::Unsupported(format!("std: {}", e.message())))?;
            t.m.find_type_in_module(mid, name)
                .ok_or_else(|| Fail::Unsupported(format!("std type {} missing", name)))
        };
        let abs = |t: ModuleType| match t {
            ModuleType::Abstract(a) => Ok(a),
            _ => unsupported("std type is not an abstract"),
        };
        let class = |t: ModuleType| match t {
            ModuleType::Class(c) => Ok(c),
            _ => unsupported("std type is not a class"),
        };
        let ids = StdIds {
            int: abs(load(self, "StdTypes", "Int")?)?,
            float: abs(load(self, "StdTypes", "Float")?)?,
            bool_: abs(load(self, "StdTypes", "Bool")?)?,
            void: abs(load(self, "StdTypes", "Void")?)?,
            null: abs(load(self, "StdTypes", "Null")?)?,
            string: class(load(self, "String", "String")?)?,
            array: class(load(self, "Array", "Array")?)?,
        };
        self.std = Some(ids.clone());
        Ok(ids)
    }

    pub fn t_int(&mut self) -> TResult<Type> {
        Ok(Type::Abstract(self.std_ids()?.int, no_params()))
    }
    pub fn t_float(&mut self) -> TResult<Type> {
        Ok(Type::Abstract(self.std_ids()?.float, no_params()))
    }
    pub fn t_bool(&mut self) -> TResult<Type> {
        Ok(Type::Abstract(self.std_ids()?.bool_, no_params()))
    }
    pub fn t_void(&mut self) -> TResult<Type> {
        Ok(Type::Abstract(self.std_ids()?.void, no_params()))
    }
    pub fn t_string(&mut self) -> TResult<Type> {
        Ok(Type::Inst(self.std_ids()?.string, no_params()))
    }
    pub fn t_array(&mut self, elem: Type) -> TResult<Type> {
        Ok(Type::Inst(self.std_ids()?.array, Arc::from(vec![elem])))
    }
    pub fn t_null(&mut self, t: Type) -> TResult<Type> {
        let null = self.std_ids()?.null;
        if let Type::Abstract(a, _) = &t {
            if *a == null {
                return Ok(t);
            }
        }
        Ok(Type::Abstract(null, Arc::from(vec![t])))
    }

    /// The imports of a module, computed once. As in haxe, an import that fails is
    /// reported and skipped; only a module that does not parse stops the build.
    pub fn imports(&mut self, m: ModuleId) -> TResult<Arc<Imports>> {
        if let Some(i) = self.imports.get(&m) {
            return Ok(i.clone());
        }
        // Cyclic imports are allowed: a module imported while its own imports are being
        // read sees none of them yet (only loads happen meanwhile).
        self.imports.insert(m, Arc::new(Imports::default()));
        let mut imports = Imports::default();
        for (file, decl) in self.m.import_decls(m) {
            let r = self.m.add_import(m, &decl, &mut imports);
            match r {
                Ok(()) => {}
                Err(ImportFailure::Unsupported(why)) => {
                    self.imports.remove(&m);
                    return unsupported(why);
                }
                Err(ImportFailure::Load(LoadError::Failed(line), _)) => {
                    // A module that does not parse: haxe prints its error alone.
                    self.imports.remove(&m);
                    return Err(Fail::Error(Diagnostic {
                        module: None,
                        span: Span::default(),
                        message: line,
                    }));
                }
                Err(ImportFailure::Load(e, span)) => {
                    let message = self.load_error_message(&e);
                    self.errors.push(Diagnostic {
                        module: Some(file),
                        span,
                        message,
                    });
                }
            }
            if let Some(p) = decl_path_start(&decl) {
                self.report_package_mismatches(file, p);
            }
            self.sync_imports()?;
        }
        self.m.add_std_types(&mut imports);
        let imports = Arc::new(imports);
        self.imports.insert(m, imports.clone());
        self.check_import_targets(m)?;
        Ok(imports)
    }

    /// haxe's message for a type or module that could not be had.
    pub(crate) fn load_error_message(&self, e: &LoadError) -> String {
        match e {
            LoadError::TypeNotFound { module, name } => {
                let names: Vec<&str> = self
                    .m
                    .loaded(module)
                    .map(|mid| {
                        self.m
                            .module(mid)
                            .types
                            .iter()
                            .map(|t| t.name.as_str())
                            .collect()
                    })
                    .unwrap_or_default();
                crate::syntax::suggest::string_error(name, &names, &e.message())
            }
            other => other.message(),
        }
    }

    /// Reports the modules that loaded with a `package` line other than their place
    /// implies (haxe reports it at the start of what caused the load, and goes on).
    pub(crate) fn report_package_mismatches(&mut self, module: ModuleId, at: u32) {
        for message in std::mem::take(&mut self.m.package_mismatches) {
            self.errors.push(Diagnostic {
                module: Some(module),
                span: Span::new(at, at),
                message,
            });
        }
    }

    /// What follows a lookup that may have loaded modules, at offset `at` of `module`:
    /// package mismatches reported there, imports of the new modules read.
    pub(crate) fn after_load(&mut self, module: ModuleId, at: u32) -> TResult<()> {
        self.report_package_mismatches(module, at);
        self.sync_imports()
    }

    /// In a check, haxe reads a module's imports as soon as it loads the module: read
    /// those of every module loaded since the last call, in load order, so that their
    /// errors come where haxe prints them.
    pub(crate) fn sync_imports(&mut self) -> TResult<()> {
        if !self.eager_imports {
            return Ok(());
        }
        while self.imports_synced < self.m.loaded_count() {
            let mid = ModuleId(self.imports_synced as u32);
            self.imports_synced += 1;
            if self.m.module(mid).is_import_file || self.is_trusted(mid) {
                continue;
            }
            self.imports(mid)?;
        }
        Ok(())
    }

    /// Imports of static fields, which haxe checks once the module's types are declared:
    /// a missing field is reported, the import skipped.
    fn check_import_targets(&mut self, m: ModuleId) -> TResult<()> {
        for (file, decl) in self.m.import_decls(m) {
            let DeclKind::Import(i) = &decl.kind else {
                continue;
            };
            if matches!(i.mode, ast::ImportMode::All) {
                continue;
            }
            let parts: Vec<String> = i.path.iter().map(|p| p.name.to_string()).collect();
            let Some(ti) = parts
                .iter()
                .position(|p| !p.starts_with(|c: char| c.is_ascii_lowercase() || c == '_'))
            else {
                continue;
            };
            let module = crate::project::classpath::ModulePath {
                pack: parts[..ti].to_vec(),
                name: parts[ti].clone(),
            };
            let Some(mid) = self.m.loaded(&module) else {
                continue;
            };
            let find = |t: &Self, name: &str| {
                t.m.module(mid)
                    .types
                    .iter()
                    .find(|d| d.name == name)
                    .cloned()
            };
            let (owner, field) = match &parts[ti + 1..] {
                [sub] if find(self, sub).is_none() => {
                    // A module-level field of the module comes before a static of its type.
                    if let Some(f) = self.module_field_info(mid, sub)? {
                        if f.is_public {
                            continue;
                        }
                        return self.import_failed(
                            m,
                            file,
                            decl.span,
                            "Importing private declarations from a module is not allowed".into(),
                        );
                    }
                    match find(self, &parts[ti]) {
                        Some(main) => (main, sub.clone()),
                        None => {
                            let e = LoadError::TypeNotFound {
                                module: module.clone(),
                                name: parts[ti].clone(),
                            };
                            let message = self.load_error_message(&e);
                            let span = i.path[0].span.to(i.path[ti].span);
                            return self.import_failed(m, file, span, message);
                        }
                    }
                }
                [sub, field] => match find(self, sub) {
                    Some(t) => (t, field.clone()),
                    None => continue,
                },
                _ => continue,
            };
            let found = match owner.ty {
                ModuleType::Class(c) => self.class_info(c)?.static_field(&field).is_some(),
                _ => return unsupported("imports of fields of this kind of type"),
            };
            if !found {
                let path = self.m.type_path(owner.ty).dotted();
                let message = if ti + 2 == parts.len() {
                    format!("{} has no field or subtype {}", path, field)
                } else {
                    format!("{} has no field {}", path, field)
                };
                self.errors.push(Diagnostic {
                    module: Some(file),
                    span: decl.span,
                    message,
                });
            }
        }
        Ok(())
    }

    /// An import of module `m` that haxe fails with a raised error: for a root module it
    /// stops the build with that error alone; elsewhere haxe's recovery is not modelled.
    fn import_failed(
        &mut self,
        m: ModuleId,
        file: ModuleId,
        span: Span,
        message: String,
    ) -> TResult<()> {
        if self.roots.contains(&m) && self.errors.is_empty() {
            return Err(Fail::Error(Diagnostic {
                module: Some(file),
                span,
                message,
            }));
        }
        unsupported("an import that fails in a module loaded while typing")
    }

    /// Loads a type hint in the scope of a module and type parameters; errors are raised at
    /// the hint.
    pub fn load_hint(
        &mut self,
        module: ModuleId,
        params: &[(String, Type)],
        hint: &ast::TypeHint,
    ) -> TResult<Type> {
        let imports = self.imports(module)?;
        let scope = HintScope {
            module,
            imports: &imports,
            params: params.to_vec(),
        };
        let r = self.m.load_hint(&scope, hint);
        self.after_load(module, hint.span.lo)?;
        match r {
            Ok(t) => Ok(t),
            Err(e) if e.message.starts_with("hxs ") => Err(Fail::Unsupported(e.message)),
            Err(e) => Err(Fail::Error(Diagnostic {
                module: Some(module),
                span: e.span,
                message: e.message,
            })),
        }
    }

    /// Declares type parameters owned by `owner` (printed `owner.T`), with their constraints
    /// loaded in `scope` plus the new parameters themselves.
    pub fn declare_params(
        &mut self,
        module: ModuleId,
        owner_pack: Vec<String>,
        scope: &[(String, Type)],
        decls: &[ast::TypeParamDecl],
    ) -> TResult<Vec<TypeParam>> {
        let mut out = Vec::new();
        for p in decls {
            let id = self.m.db.add_class(ClassDef {
                path: Path {
                    pack: owner_pack.clone(),
                    name: p.name.name.to_string(),
                },
                kind: ClassKind::TypeParameter,
                params: Vec::new(),
                interface: false,
                external: false,
                super_class: None,
                interfaces: Vec::new(),
            });
            out.push(TypeParam {
                name: p.name.name.to_string(),
                ty: Type::Inst(id, no_params()),
            });
        }
        let mut all = scope.to_vec();
        all.extend(out.iter().map(|p| (p.name.clone(), p.ty.clone())));
        for (p, tp) in decls.iter().zip(&out) {
            if let Some(c) = &p.constraint {
                let Type::Inst(id, _) = tp.ty else { continue };
                let ts = match &c.kind {
                    ast::ComplexType::Intersection(parts) => {
                        let mut v = Vec::new();
                        for part in parts {
                            v.push(self.load_hint(module, &all, part)?);
                        }
                        v
                    }
                    _ => vec![self.load_hint(module, &all, c)?],
                };
                if self.constraint_reaches(id, &ts, 0)? {
                    return unsupported("a type parameter constrained by itself");
                }
                self.constraints.insert(id, ts);
            }
        }
        Ok(out)
    }

    /// A class's type parameters as a scope.
    pub fn class_scope(&self, c: ClassId) -> Vec<(String, Type)> {
        self.m
            .db
            .class(c)
            .params
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect()
    }

    /// The declaration of a module type: module and index among the module's declarations.
    pub fn decl_of(&self, t: ModuleType) -> TResult<(ModuleId, usize)> {
        let Some(owner) = self.m.owner_of(t) else {
            return unsupported("a type without a module");
        };
        let name = self.m.type_path(t).name.clone();
        let ast = &self.m.module(owner).typed;
        let idx = ast.decls.iter().position(|d| {
            let (n, same_kind) = match (&d.kind, t) {
                (DeclKind::Class(c), ModuleType::Class(_)) => (&c.head.name.name, true),
                (DeclKind::Enum(e), ModuleType::Enum(_)) => (&e.head.name.name, true),
                (DeclKind::Typedef(td), ModuleType::Typedef(_)) => (&td.head.name.name, true),
                (DeclKind::Abstract(a), ModuleType::Abstract(_)) => (&a.head.name.name, true),
                _ => return false,
            };
            same_kind && *n == name.as_str()
        });
        match idx {
            Some(i) => Ok((owner, i)),
            None => unsupported("declaration not found"),
        }
    }

    /// The type a typedef stands for (built once), with `params` applied; following it
    /// the first time runs haxe's check against recursive typedefs.
    pub fn typedef_type(&mut self, td: TypedefId, params: &[Type]) -> TResult<Type> {
        self.typedef_build(td)?;
        if !self.typedef_rec.contains_key(&td) {
            self.typedef_rec_check(td)?;
        }
        let def = self.m.db.typedef(td);
        let (t, own) = (def.ty.clone(), def.params.clone());
        Ok(self.m.db.apply_params(&t, &own, params))
    }

    /// Loads a typedef's type from its declaration, once (haxe does it when the module is
    /// loaded; the recursion check waits until the typedef is followed).
    pub fn typedef_build(&mut self, td: TypedefId) -> TResult<()> {
        if !self.typedefs_built.contains(&td) {
            self.typedefs_built.insert(td);
            let (mid, idx) = self.decl_of(ModuleType::Typedef(td))?;
            let ast = self.m.module(mid).typed.clone();
            let DeclKind::Typedef(decl) = &ast.decls[idx].kind else {
                return unsupported("typedef declaration");
            };
            let scope: Vec<(String, Type)> = self
                .m
                .db
                .typedef(td)
                .params
                .iter()
                .map(|p| (p.name.clone(), p.ty.clone()))
                .collect();
            let t = match self.load_hint(mid, &scope, &decl.ty) {
                Ok(t) => t,
                Err(e) => {
                    self.typedefs_built.remove(&td);
                    return Err(e);
                }
            };
            self.m.db.typedefs[td.0 as usize].ty = t;
        }
        Ok(())
    }

    /// haxe's `follow`: through bound monomorphs, typedefs and `Null<T>`.
    /// Whether every monomorph a field was read from stayed as haxe would leave it: unbound,
    /// `Dynamic`, or bound to the structure of its fields when its function ended.
    pub fn fields_read_from_monos_hold(&self) -> bool {
        self.field_monos.iter().all(|m| {
            let Type::Mono(id) = m else { return true };
            match self.m.db.mono_binding(*id) {
                None => true,
                Some(_) if self.closed_monos.contains_key(id) => {
                    self.m.db.mono_binding(*id) == self.closed_monos.get(id)
                }
                Some(_) => matches!(self.m.db.resolve(m), Type::Dynamic(_)),
            }
        })
    }

    pub fn follow(&mut self, t: &Type) -> TResult<Type> {
        let null = self.std_ids()?.null;
        let mut t = self.m.db.resolve(t).clone();
        for _ in 0..100 {
            match &t {
                Type::Typedef(td, tl) => {
                    let (td, tl) = (*td, tl.clone());
                    t = self.typedef_type(td, &tl)?;
                    t = self.m.db.resolve(&t).clone();
                }
                Type::Abstract(a, tl) if *a == null && tl.len() == 1 => {
                    t = self.m.db.resolve(&tl[0]).clone();
                }
                _ => return Ok(t),
            }
        }
        Ok(t)
    }

    /// `follow`, then through `Null<T>` too (haxe's `follow_null` after `follow`).
    pub fn follow_null(&mut self, t: &Type) -> TResult<Type> {
        let null = self.std_ids()?.null;
        let mut t = self.follow(t)?;
        for _ in 0..100 {
            match &t {
                Type::Abstract(a, tl) if *a == null && tl.len() == 1 => {
                    let inner = tl[0].clone();
                    t = self.follow(&inner)?;
                }
                _ => break,
            }
        }
        Ok(t)
    }

    pub fn is_abstract(&mut self, t: &Type, id: AbstractId) -> TResult<bool> {
        Ok(matches!(self.follow(t)?, Type::Abstract(a, _) if a == id))
    }

    pub fn is_void(&mut self, t: &Type) -> TResult<bool> {
        let v = self.std_ids()?.void;
        self.is_abstract(t, v)
    }

    pub fn abstract_path_is(&self, a: AbstractId, pack: &[&str], name: &str) -> bool {
        self.m.db.abstract_def(a).path == Path::new(pack, name)
    }

    pub fn class_path_is(&self, c: ClassId, pack: &[&str], name: &str) -> bool {
        self.m.db.class(c).path == Path::new(pack, name)
    }

    // ----- classes -----

    /// A class's fields, built from its declaration on first use (haxe's `cl_build`).
    pub fn class_info(&mut self, c: ClassId) -> TResult<Arc<ClassInfo>> {
        if let Some(i) = self.classes.get(&c) {
            return Ok(i.clone());
        }
        if self.m.db.class(c).kind == ClassKind::TypeParameter {
            let info = Arc::new(ClassInfo::default());
            self.classes.insert(c, info.clone());
            return Ok(info);
        }
        // Guard against recursion (a class whose hints name itself): an empty placeholder.
        self.classes.insert(c, Arc::new(ClassInfo::default()));
        super::stats::class_built();
        let result = self.build_class(c);
        match result {
            Ok(info) => {
                let info = Arc::new(info);
                self.classes.insert(c, info.clone());
                Ok(info)
            }
            Err(e) => {
                self.classes.remove(&c);
                Err(e)
            }
        }
    }

    /// Whether class `c` is `ancestor` or has it among its recorded superclasses and
    /// interfaces (haxe's `extends`).
    fn inherits_from(&self, c: ClassId, ancestor: ClassId) -> bool {
        let mut seen = HashSet::new();
        let mut todo = vec![c];
        while let Some(k) = todo.pop() {
            if k == ancestor {
                return true;
            }
            if !seen.insert(k) {
                continue;
            }
            let def = self.m.db.class(k);
            todo.extend(def.super_class.iter().map(|(s, _)| *s));
            todo.extend(def.interfaces.iter().map(|(i, _)| *i));
        }
        false
    }

    fn build_class(&mut self, c: ClassId) -> TResult<ClassInfo> {
        let (mid, idx) = self.decl_of(ModuleType::Class(c))?;
        let ast = self.m.module(mid).typed.clone();
        let DeclKind::Class(decl) = &ast.decls[idx].kind else {
            return unsupported("class declaration");
        };
        build_macro_check(&decl.head, &self.m.db.class(c).path)?;
        let scope = self.class_scope(c);
        // Constraints of the class's own parameters.
        self.load_param_constraints(mid, &scope, &decl.head.params, Some(ast.decls[idx].span))?;
        // Heritage.
        for (i, tp) in decl.extends.iter().enumerate() {
            let hint = ast::TypeHint {
                kind: ast::ComplexType::Path(Box::new(tp.clone())),
                span: tp.span,
            };
            let t = self.load_hint(mid, &scope, &hint)?;
            match t {
                Type::Inst(sc, tl) => {
                    // As haxe: a cycle is looked for, the parent recorded, then the
                    // parent built (so a cycle is found where haxe finds it, and never
                    // recorded).
                    if self.inherits_from(sc, c) {
                        return Err(self.error_at(mid, tp.span, "Recursive class"));
                    }
                    let sdef = self.m.db.class(sc);
                    if decl.interface || sdef.interface {
                        if decl.interface {
                            self.m.db.classes[c.0 as usize].interfaces.push((sc, tl));
                            self.class_info(sc)?;
                        } else {
                            return Err(self.error_at(
                                mid,
                                tp.span,
                                "Cannot extend by using an interface",
                            ));
                        }
                    } else if i == 0 {
                        self.m.db.classes[c.0 as usize].super_class = Some((sc, tl));
                        self.class_info(sc)?;
                    } else {
                        return unsupported("several superclasses");
                    }
                }
                _ => return unsupported("extending something that is not a class"),
            }
        }
        for tp in &decl.implements {
            let hint = ast::TypeHint {
                kind: ast::ComplexType::Path(Box::new(tp.clone())),
                span: tp.span,
            };
            match self.load_hint(mid, &scope, &hint)? {
                Type::Inst(ic, tl) => {
                    if self.inherits_from(ic, c) {
                        return Err(self.error_at(mid, tp.span, "Recursive class"));
                    }
                    self.m.db.classes[c.0 as usize].interfaces.push((ic, tl));
                    self.class_info(ic)?;
                }
                _ => return unsupported("implementing something that is not a class"),
            }
        }
        let meta: Vec<String> = decl.head.meta.iter().map(|m| m.name.to_string()).collect();
        // Module-level fields are public unless declared `private` (haxe's `KModuleFields`).
        let public_by_default = decl.head.external
            || decl.interface
            || meta.iter().any(|m| m == ":publicFields")
            || self.m.module(mid).statics == Some(c);
        let mut info = ClassInfo {
            meta,
            is_final: decl.is_final,
            is_abstract: decl.is_abstract,
            module: Some(mid),
            decl_index: idx,
            ..ClassInfo::default()
        };
        let class_path = self.m.db.class(c).path.clone();
        for (fi, f) in decl.fields.iter().enumerate() {
            let mut field = self.build_field(
                mid,
                idx,
                fi,
                f,
                &scope,
                public_by_default,
                decl.head.external || decl.interface,
                &class_path,
            )?;
            if f.has_access(ast::Access::Override)
                && !f.has_access(ast::Access::Public)
                && !f.has_access(ast::Access::Private)
            {
                // An override without a modifier keeps the overridden field's visibility.
                if let Some((sc, _)) = self.m.db.class(c).super_class.clone() {
                    if let Some(public) = self.inherited_visibility(sc, &field.name)? {
                        field.is_public = public || field.is_public;
                    }
                }
            }
            if field.name == "new" && !field.is_static {
                info.ctor = Some(field);
            } else if field.is_static {
                info.statics.push(field);
            } else {
                info.fields.push(field);
            }
        }
        Ok(info)
    }

    /// The visibility of an instance field of `c` or its superclasses.
    fn inherited_visibility(&mut self, c: ClassId, name: &str) -> TResult<Option<bool>> {
        let mut up = super::ancestors::Ancestors::from(c, &[]);
        while let Some(a) = up.next(self)? {
            if let Some(f) = a.info.field(name) {
                return Ok(Some(f.is_public));
            }
        }
        Ok(None)
    }

    /// Loads the constraints of a declaration's type parameters. A parameter constrained by
    /// itself, directly or through other parameters' constraints, stops haxe; `class_decl`
    /// is the class declaration's span when a class is being built (anything else
    /// declines).
    pub(crate) fn load_param_constraints(
        &mut self,
        mid: ModuleId,
        scope: &[(String, Type)],
        decls: &[ast::TypeParamDecl],
        class_decl: Option<Span>,
    ) -> TResult<()> {
        for p in decls {
            let Some(c) = &p.constraint else { continue };
            let Some((_, t)) = scope.iter().find(|(n, _)| *n == p.name.name) else {
                continue;
            };
            let Type::Inst(id, _) = t.clone() else {
                continue;
            };
            if self.constraints.contains_key(&id) {
                continue;
            }
            let ts = match &c.kind {
                ast::ComplexType::Intersection(parts) => {
                    let mut v = Vec::new();
                    for part in parts {
                        v.push(self.load_hint(mid, scope, part)?);
                    }
                    v
                }
                _ => vec![self.load_hint(mid, scope, c)?],
            };
            if self.constraint_reaches(id, &ts, 0)? {
                return Err(self.recursive_constraint(mid, class_decl));
            }
            self.constraints.insert(id, ts);
        }
        Ok(())
    }

    pub fn error_at(&self, module: ModuleId, span: Span, msg: impl Into<String>) -> Fail {
        Fail::Error(Diagnostic {
            module: Some(module),
            span,
            message: msg.into(),
        })
    }

    /// One field of a class or abstract declaration, with its declared type or a monomorph
    /// to be inferred.
    #[allow(clippy::too_many_arguments)]
    fn build_field(
        &mut self,
        mid: ModuleId,
        decl_idx: usize,
        field_idx: usize,
        f: &ast::Field,
        scope: &[(String, Type)],
        public_by_default: bool,
        signature_only: bool,
        owner: &Path,
    ) -> TResult<FieldInfo> {
        use ast::Access;
        if f.has_access(Access::Macro) {
            // hxs does not run macros: a call would be typed as an ordinary function.
            return unsupported(format!(
                "macros (the macro function {}.{})",
                owner.dotted(),
                f.name.name
            ));
        }
        let is_static = f.has_access(Access::Static);
        let is_public = if f.has_access(Access::Private) {
            false
        } else {
            f.has_access(Access::Public) || public_by_default
        };
        let is_final = f.has_access(Access::Final);
        let is_inline = f.has_access(Access::Inline);
        let mut inferred = false;
        let mut params = Vec::new();
        let (kind, ty) = match &f.kind {
            ast::FieldKind::Var(hint, init) => {
                let ty = match hint {
                    Some(h) => self.load_hint(mid, scope, h)?,
                    None => {
                        if init.is_some() {
                            inferred = true;
                        } else if signature_only {
                            return Err(self.error_at(
                                mid,
                                f.span,
                                "Type required for extern classes and interfaces",
                            ));
                        } else {
                            self.note_open_field(mid, f, owner, "a variable without a type");
                        }
                        self.m.db.new_mono()
                    }
                };
                let (read, write) = if is_inline {
                    (VarAcc::Inline, VarAcc::Never)
                } else if is_final {
                    (
                        VarAcc::Normal,
                        if is_static {
                            VarAcc::Never
                        } else {
                            VarAcc::Ctor
                        },
                    )
                } else {
                    (VarAcc::Normal, VarAcc::Normal)
                };
                (FKind::Var { read, write }, ty)
            }
            ast::FieldKind::Prop { get, set, ty, expr } => {
                let acc = |i: &ast::Ident, getter: bool| match i.name.as_str() {
                    "default" => VarAcc::Normal,
                    "null" => VarAcc::No,
                    "never" => VarAcc::Never,
                    "get" if getter => VarAcc::Call,
                    "set" if !getter => VarAcc::Call,
                    "dynamic" => VarAcc::Call,
                    _ => VarAcc::Call,
                };
                let t = match ty {
                    Some(h) => self.load_hint(mid, scope, h)?,
                    None => {
                        if expr.is_some() {
                            inferred = true;
                        } else {
                            self.note_open_field(mid, f, owner, "a property without a type");
                        }
                        self.m.db.new_mono()
                    }
                };
                (
                    FKind::Var {
                        read: acc(get, true),
                        write: acc(set, false),
                    },
                    t,
                )
            }
            ast::FieldKind::Fun(func) => {
                let mut pack = owner.pack.clone();
                let _ = &mut pack;
                params =
                    self.declare_params(mid, vec![f.name.name.to_string()], scope, &func.params)?;
                let mut inner = scope.to_vec();
                inner.extend(params.iter().map(|p| (p.name.clone(), p.ty.clone())));
                // haxe loads the return type before the arguments.
                let declared_ret = match &func.ret {
                    Some(r) => Some(self.load_hint(mid, &inner, r)?),
                    None => None,
                };
                let mut args = Vec::new();
                for a in &func.args {
                    let t = match &a.ty {
                        Some(h) => self.load_hint(mid, &inner, h)?,
                        None => match &a.value {
                            Some(v) => match self.literal_type(v)? {
                                Some(t) => t,
                                None => {
                                    self.note_open_field(
                                        mid,
                                        f,
                                        owner,
                                        "an argument without a type",
                                    );
                                    inferred = true;
                                    self.m.db.new_mono()
                                }
                            },
                            None => {
                                if signature_only && func.body.is_none() {
                                    return Err(self.error_at(
                                        mid,
                                        a.name.span,
                                        "Type required for extern classes and interfaces",
                                    ));
                                }
                                self.note_open_field(mid, f, owner, "an argument without a type");
                                inferred = true;
                                self.m.db.new_mono()
                            }
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
                    Some(r) => r,
                    None if f.name.name == "new" => self.t_void()?,
                    None => {
                        if func.body.is_none() {
                            if signature_only {
                                return Err(self.error_at(
                                    mid,
                                    f.name.span,
                                    "Type required for extern classes and interfaces",
                                ));
                            }
                            self.t_void()?
                        } else {
                            inferred = true;
                            self.m.db.new_mono()
                        }
                    }
                };
                let kind = if is_inline {
                    MethKind::Inline
                } else if f.has_access(Access::Dynamic) {
                    MethKind::Dynamic
                } else {
                    MethKind::Normal
                };
                (
                    FKind::Method(kind),
                    Type::Fun(Arc::new(FunType { args, ret })),
                )
            }
        };
        Ok(FieldInfo {
            name: f.name.name.to_string(),
            ty,
            kind,
            is_public,
            is_static,
            is_final,
            params,
            span: f.span,
            name_span: f.name.span,
            doc: f.doc.clone(),
            decl: Some((mid, decl_idx, field_idx)),
                        inferred,
            deprecation: f.meta.iter().find(|m| m.name == ":deprecated").map(|m| {
                match m.params.first().map(|p| &p.kind) {
                    Some(ast::ExprKind::Const(ast::Constant::String(s, _))) => s.to_string(),
                    _ => "Usage of this field is deprecated".to_string(),
                }
            }),
            meta: f
                .meta
                .iter()
                .map(|m| {
                    // `@:op([])` is array access; other operators keep the plain name.
                    let array = m.name == ":op"
                        && matches!(m.params.first().map(|p| &p.kind), Some(ast::ExprKind::ArrayDecl(el)) if el.is_empty());
                    if array {
                        ":arrayAccess".to_string()
                    } else {
                        m.name.to_string()
                    }
                })
                .collect(),
        })
    }

    /// The type of a literal default value or initializer, which needs no context.
    pub fn literal_type(&mut self, e: &ast::Expr) -> TResult<Option<Type>> {
        use ast::{Constant, ExprKind};
        Ok(match &e.kind {
            ExprKind::Const(Constant::Int(_)) => Some(self.t_int()?),
            ExprKind::Const(Constant::Float(_)) => Some(self.t_float()?),
            ExprKind::Const(Constant::String(..)) => Some(self.t_string()?),
            ExprKind::Const(Constant::Ident(b)) if b == "true" || b == "false" => {
                Some(self.t_bool()?)
            }
            _ => None,
        })
    }

    // ----- enums -----

    pub fn enum_info(&mut self, e: EnumId) -> TResult<Arc<EnumInfo>> {
        if let Some(i) = self.enums.get(&e) {
            return Ok(i.clone());
        }
        let (mid, idx) = self.decl_of(ModuleType::Enum(e))?;
        let ast = self.m.module(mid).typed.clone();
        let DeclKind::Enum(decl) = &ast.decls[idx].kind else {
            return unsupported("enum declaration");
        };
        build_macro_check(&decl.head, &self.m.db.enum_def(e).path)?;
        let eparams = self.m.db.enum_def(e).params.clone();
        let scope: Vec<(String, Type)> = eparams
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect();
        self.load_param_constraints(mid, &scope, &decl.head.params, None)?;
        let mut info = EnumInfo {
            module: Some(mid),
            ..EnumInfo::default()
        };
        for c in &decl.ctors {
            let params =
                self.declare_params(mid, vec![c.name.name.to_string()], &scope, &c.params)?;
            let mut inner = scope.clone();
            inner.extend(params.iter().map(|p| (p.name.clone(), p.ty.clone())));
            let et = Type::Enum(
                e,
                Arc::from(eparams.iter().map(|p| p.ty.clone()).collect::<Vec<_>>()),
            );
            let mut args = Vec::new();
            for a in &c.args {
                let t = self.load_hint(mid, &inner, &a.ty)?;
                let t = if a.opt { self.t_null(t)? } else { t };
                args.push(FunArg {
                    name: a.name.name.to_string(),
                    opt: a.opt,
                    ty: t,
                });
            }
            let ty = if args.is_empty() {
                et
            } else {
                Type::Fun(Arc::new(FunType {
                    args: args.clone(),
                    ret: et,
                }))
            };
            info.ctors.push(CtorInfo {
                name: c.name.name.to_string(),
                ty,
                params,
                args,
                span: c.span,
                name_span: c.name.span,
            });
        }
        let info = Arc::new(info);
        self.enums.insert(e, info.clone());
        Ok(info)
    }

    // ----- abstracts -----

    pub fn abstract_info(&mut self, a: AbstractId) -> TResult<Arc<AbstractInfo>> {
        if let Some(i) = self.abstracts.get(&a) {
            return Ok(i.clone());
        }
        let (mid, idx) = self.decl_of(ModuleType::Abstract(a))?;
        let ast = self.m.module(mid).typed.clone();
        let DeclKind::Abstract(decl) = &ast.decls[idx].kind else {
            return unsupported("abstract declaration");
        };
        build_macro_check(&decl.head, &self.m.db.abstract_def(a).path)?;
        let is_enum = decl.is_enum || decl.head.meta.iter().any(|m| m.name == ":enum");
        let scope: Vec<(String, Type)> = self
            .m
            .db
            .abstract_def(a)
            .params
            .iter()
            .map(|p| (p.name.clone(), p.ty.clone()))
            .collect();
        self.load_param_constraints(mid, &scope, &decl.head.params, None)?;
        let own = Type::Abstract(
            a,
            Arc::from(scope.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>()),
        );
        // Placeholder against recursion through from/to hints.
        self.abstracts.insert(
            a,
            Arc::new(AbstractInfo {
                this: own.clone(),
                from: Vec::new(),
                to: Vec::new(),
                meta: Vec::new(),
                is_enum,
                impl_info: ClassInfo::default(),
                module: Some(mid),
                forward: None,
            }),
        );
        let built = (|| -> TResult<AbstractInfo> {
            let this = match &decl.underlying {
                Some(h) => self.load_hint(mid, &scope, h)?,
                None => own.clone(),
            };
            let mut from = Vec::new();
            for h in &decl.from {
                from.push(self.load_hint(mid, &scope, h)?);
            }
            let mut to = Vec::new();
            for h in &decl.to {
                to.push(self.load_hint(mid, &scope, h)?);
            }
            let meta: Vec<String> = decl.head.meta.iter().map(|m| m.name.to_string()).collect();
            let path = self.m.db.abstract_def(a).path.clone();
            let mut impl_info = ClassInfo {
                module: Some(mid),
                decl_index: idx,
                ..ClassInfo::default()
            };
            for (fi, f) in decl.fields.iter().enumerate() {
                let mut field = self.build_field(mid, idx, fi, f, &scope, is_enum, false, &path)?;
                if is_enum && !field.is_static && matches!(field.kind, FKind::Var { .. }) {
                    // An enum abstract value: a static inline variable of the abstract's type,
                    // its initializer typed against the underlying type.
                    field.is_static = true;
                    field.ty = own.clone();
                    field.inferred = false;
                    field.kind = FKind::Var {
                        read: VarAcc::Inline,
                        write: VarAcc::Never,
                    };
                    field.meta.push(":enumValue".into());
                }
                if field.name == "new" {
                    impl_info.ctor = Some(field);
                } else {
                    impl_info.statics.push(field);
                }
            }
            let forward = decl
                .head
                .meta
                .iter()
                .find(|m| m.name == ":forward")
                .map(|m| {
                    m.params
                        .iter()
                        .filter_map(|p| match &p.kind {
                            ast::ExprKind::Const(ast::Constant::Ident(n)) => Some(n.to_string()),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                });
            Ok(AbstractInfo {
                this,
                from,
                to,
                meta,
                is_enum,
                impl_info,
                module: Some(mid),
                forward,
            })
        })();
        match built {
            Ok(info) => {
                let info = Arc::new(info);
                self.abstracts.insert(a, info.clone());
                Ok(info)
            }
            Err(e) => {
                self.abstracts.remove(&a);
                Err(e)
            }
        }
    }

    /// Records a typedef made up by the typer (such as `Class<T>` of a type used as a value)
    /// as built, so it is never looked up in a module.
    pub fn typedef_mark(&mut self, td: TypedefId) {
        self.typedefs_built.insert(td);
    }

    // ----- lazily inferred fields -----

    /// The path of a field's owner, as messages name it.
    pub fn owner_path(&self, owner: FieldOwner) -> Path {
        match owner {
            FieldOwner::Class(c) => self.m.db.class(c).path.clone(),
            FieldOwner::AbstractImpl(a) => self.m.db.abstract_def(a).path.clone(),
        }
    }

    /// Notes a declared field whose type other modules' bodies could bind, unless it is a
    /// private field of the std (only the std's own bodies, never typed, can reach it).
    fn note_open_field(&mut self, mid: ModuleId, f: &ast::Field, owner: &Path, what: &str) {
        if self.is_std(mid) && !f.has_access(ast::Access::Public) {
            return;
        }
        self.note_open_type(owner, &f.name.name, what);
    }

    /// Notes a field type that other modules' bodies could bind (see [`Typer::open_type`]).
    pub fn note_open_type(&mut self, owner: &Path, field: &str, what: &str) {
        if self.open_type.is_none() {
            self.open_type = Some(format!("{}.{} has {}", owner.dotted(), field, what));
        }
    }

    /// Records that a field's initializer or body is being typed (or is typed); returns
    /// false when it already was, so it is typed once.
    pub fn begin_field(&mut self, owner: FieldOwner, is_static: bool, name: &str) -> bool {
        let key = (owner, is_static, name.to_string());
        if self.lazy.contains_key(&key) {
            return false;
        }
        self.lazy.insert(key, LazyState::Typing);
        true
    }

    pub fn end_field(&mut self, owner: FieldOwner, is_static: bool, name: &str) {
        self.lazy
            .insert((owner, is_static, name.to_string()), LazyState::Done);
    }

    pub fn field_state_typing(&self, owner: FieldOwner, is_static: bool, name: &str) -> bool {
        self.lazy.get(&(owner, is_static, name.to_string())) == Some(&LazyState::Typing)
    }

    /// Whether a field's initializer or body has been typed (or is being typed).
    pub fn field_typed(&self, owner: FieldOwner, is_static: bool, name: &str) -> bool {
        self.lazy
            .contains_key(&(owner, is_static, name.to_string()))
    }
}

pub fn no_params() -> Params {
    Arc::from(Vec::new())
}

impl Typer<'_> {
    /// The method or variable of a class of module `m` whose declaration's span satisfies
    /// `around`, with its class.
    fn class_field_where(
        &mut self,
        m: ModuleId,
        around: impl Fn(Span) -> bool,
    ) -> Option<(ClassId, FieldInfo)> {
        for dt in self.m.module(m).types.clone() {
            let ModuleType::Class(c) = dt.ty else {
                continue;
            };
            let info = self.class_info(c).ok()?;
            let mut all = info.ctor.iter().chain(&info.fields).chain(&info.statics);
            if let Some(f) = all.find(|f| around(f.span)) {
                return Some((c, f.clone()));
            }
        }
        None
    }

    /// The class of module `m` whose field declaration encloses `cursor`.
    pub fn class_at(&mut self, m: ModuleId, cursor: u32) -> Option<ClassId> {
        let (c, _) = self.class_field_where(m, |s| s.lo <= cursor && cursor <= s.hi)?;
        Some(c)
    }

    /// The type of the value before the completion dot at `cursor` in module `m`: the
    /// field around the cursor is typed up to that point. `None` when it cannot be had.
    pub fn type_at_dot(&mut self, m: ModuleId, cursor: u32) -> Option<Type> {
        self.display_cursor = Some(cursor);
        let (c, f) = self.class_field_where(m, |s| s.lo <= cursor && cursor <= s.hi)?;
        let _ = self.type_field_decl(FieldOwner::Class(c), &f);
        self.display_type.take()
    }

    /// How the field access spanning `span` in module `m` resolves (and whether resolving
    /// it reported an error), typing the field around it up to there.
    pub fn field_access_at(
        &mut self,
        m: ModuleId,
        span: Span,
    ) -> Option<(super::expr::Access, bool)> {
        let around = self.class_field_where(m, |s| s.lo <= span.lo && span.hi <= s.hi);
        let (c, f) = around?;
        self.field_probe = Some((m, span));
        let _ = self.type_field_decl(FieldOwner::Class(c), &f);
        self.field_probe = None;
        self.field_probe_hit.take()
    }

    /// The type of the expression spanning `span` in module `m`, typing the field around it
    /// up to there.
    pub fn type_of_expr_at(&mut self, m: ModuleId, span: Span) -> Option<Type> {
        let around = self.class_field_where(m, |s| s.lo <= span.lo && span.hi <= s.hi);
        let (c, f) = around?;
        self.expr_probe = Some((m, span));
        let _ = self.type_field_decl(FieldOwner::Class(c), &f);
        self.expr_probe = None;
        self.expr_probe_hit.take()
    }

    /// The type of the local variable or argument named at `cursor` in module `m` (at a use
    /// or at its declaration), typed up to that point, with the name's span.
    pub fn type_at_hover(&mut self, m: ModuleId, cursor: u32) -> Option<(Type, Span)> {
        self.hover_cursor = Some(cursor);
        let (c, f) = self.class_field_where(m, |s| s.lo <= cursor && cursor < s.hi)?;
        let _ = self.type_field_decl(FieldOwner::Class(c), &f);
        self.hover_result.take()
    }
}

/// Where an `import` or `using` path starts.
fn decl_path_start(decl: &ast::TypeDecl) -> Option<u32> {
    match &decl.kind {
        DeclKind::Import(i) => i.path.first().map(|p| p.span.lo),
        DeclKind::Using(p) => p.first().map(|p| p.span.lo),
        _ => None,
    }
}

/// hxs does not run macros: a type whose fields a build macro may change is declined.
fn build_macro_check(head: &ast::DeclHead, path: &Path) -> TResult<()> {
    for m in &head.meta {
        if matches!(&*m.name, ":build" | ":autoBuild" | ":genericBuild") {
            return unsupported(format!("macros (@{} on {})", m.name, path.dotted()));
        }
    }
    Ok(())
}
