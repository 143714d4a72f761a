//! Modules: finding a module on the class paths, parsing it, checking its `package` line,
//! declaring its types in the [`TypeDb`], and looking type names up in haxe 4.2.5's order
//! (`typeload.ml`, `load_type_def`): the current module, its imports (StdTypes' types last),
//! wildcard imports, then the current package and each parent package.
//!
//! Declaring a type records its path and type parameters only; fields and their types are
//! built later, on demand.

use super::types::*;
use crate::project::classpath::{ClassPaths, ModulePath};
use crate::syntax::ast::{self, DeclKind, ImportMode};
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::{SourceFile, Span};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);

/// A type declared by a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleType {
    Class(ClassId),
    Enum(EnumId),
    Typedef(TypedefId),
    Abstract(AbstractId),
}

#[derive(Clone, Debug)]
pub struct DeclaredType {
    pub name: String,
    pub ty: ModuleType,
    pub private: bool,
    /// The declaration's position in its file.
    pub span: Span,
}

#[derive(Debug)]
pub struct ModuleDef {
    pub path: ModulePath,
    pub file: Arc<SourceFile>,
    pub ast: Arc<ast::Module>,
    /// The tree the typer reads: `ast`, plus (when the module has module-level fields) a
    /// last, private and final class `<Module>_Fields_` holding them as statics, which is
    /// how haxe 4.2 types them (`typeloadModule.ml`). Declaration indexes of `ast` are
    /// unchanged.
    pub typed: Arc<ast::Module>,
    /// That class (haxe's `m_statics`).
    pub statics: Option<ClassId>,
    pub types: Vec<DeclaredType>,
    /// The `import.hx` files whose declarations haxe puts before this module's own, from
    /// the class-path root down to the module's directory.
    pub import_files: Vec<ModuleId>,
    /// Whether this is an `import.hx` file (its declarations are imports and usings only;
    /// it declares no type and is not checked on its own).
    pub is_import_file: bool,
}

/// The tree the typer reads for module `path`: `ast` itself, or, when it has module-level
/// fields, a copy ending with the class haxe gathers them into: `<Module>_Fields_`,
/// private and final, each field made static, placed (empty) where the first one starts.
fn with_fields_class(path: &ModulePath, ast: &Arc<ast::Module>) -> Arc<ast::Module> {
    let fields: Vec<ast::Field> = ast
        .decls
        .iter()
        .filter_map(|d| match &d.kind {
            DeclKind::Static(f) => Some(f.clone()),
            _ => None,
        })
        .collect();
    let Some(first) = fields.first() else {
        return ast.clone();
    };
    let at = Span::new(first.span.lo, first.span.lo);
    let fields = fields
        .into_iter()
        .map(|mut f| {
            f.access.insert(0, (ast::Access::Static, Span::default()));
            f
        })
        .collect();
    let class = ast::ClassDecl {
        head: ast::DeclHead {
            name: ast::Ident {
                name: format!("{}_Fields_", path.name).as_str().into(),
                span: Span::default(),
            },
            doc: None,
            meta: Vec::new(),
            params: Vec::new(),
            private: true,
            external: false,
        },
        interface: false,
        is_final: true,
        is_abstract: false,
        extends: Vec::new(),
        implements: Vec::new(),
        fields,
    };
    let mut typed = (**ast).clone();
    typed.decls.push(ast::TypeDecl {
        kind: DeclKind::Class(class),
        span: at,
    });
    Arc::new(typed)
}

/// Why a module or type could not be had, with haxe's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No file on the class paths: haxe's `Type not found : a.b.C`.
    ModuleNotFound(ModulePath),
    /// The module exists but declares no such type.
    TypeNotFound { module: ModulePath, name: String },
    /// The file could not be read or parsed: the complete line haxe prints.
    Failed(String),
    /// An import names a private type of another module.
    PrivateImport,
    /// The file declares another package than its place on the class path implies.
    PackageMismatch {
        declared: Vec<String>,
        file: String,
        expected: Vec<String>,
    },
}

impl LoadError {
    /// The message haxe prints (without a position prefix).
    pub fn message(&self) -> String {
        match self {
            LoadError::ModuleNotFound(m) => format!("Type not found : {}", m.dotted()),
            LoadError::TypeNotFound { module, name } => {
                format!("Module {} does not define type {}", module.dotted(), name)
            }
            LoadError::Failed(line) => line.clone(),
            LoadError::PrivateImport => {
                "Importing private declarations from a module is not allowed".into()
            }
            LoadError::PackageMismatch {
                declared,
                file,
                expected,
            } => format!(
                "`package {};` in {} should be `package {};`",
                declared.join("."),
                file,
                expected.join(".")
            ),
        }
    }
}

/// The modules of one build, loaded on demand.
pub struct Modules<'a> {
    pub db: TypeDb,
    class_paths: ClassPaths,
    cwd: PathBuf,
    defines: &'a dyn DefineLookup,
    modules: Vec<ModuleDef>,
    by_path: HashMap<ModulePath, ModuleId>,
    /// How many module files were parsed (for `-v` and the cache's counters).
    pub parsed: usize,
    /// The first module that could not be read or parsed: haxe stops the whole build at
    /// it and prints only its error line.
    pub load_failure: Option<String>,
    /// The module declaring each type.
    owners: HashMap<ModuleType, ModuleId>,
    /// Modules looked for and not found on the class paths (the file system is not asked
    /// twice).
    missing: std::collections::HashSet<ModulePath>,
    /// `import.hx` files by the path they are shown with (`None`: no such file).
    import_files: HashMap<PathBuf, Option<ModuleId>>,
    /// When set, a module whose `package` line disagrees with its place loads anyway
    /// (haxe reports the mismatch and goes on) and the message waits in
    /// `package_mismatches` for the typer to report at the load's position.
    pub soft_package_mismatch: bool,
    pub package_mismatches: Vec<String>,
    /// Something in the build's files that hxs cannot type (the check is declined).
    pub decline: Option<String>,
    /// Type parameters given in hints, whose constraints haxe checks once typing is done
    /// (`check_param_constraints`, delayed to its constraint pass), in load order.
    pub constraint_sites: Vec<super::fields::ConstraintSite>,
    /// Every file-system question the build asked, for the cache to ask again next time.
    pub reads: Reads,
    /// Where module files are read and parsed when the compilation server keeps them
    /// between requests (`super::sources`); `None`: read and parse here.
    sources: Option<Arc<dyn super::sources::SourceCache>>,
    /// Listings that read declarations (type-path completion) find here the types the
    /// typer inferred for static fields declared without one, by class and name; the
    /// statics they missed are left in `wanted_statics` for the caller to type.
    pub inferred_statics: HashMap<(ClassId, String), Type>,
    pub wanted_statics: Vec<(ClassId, String)>,
}

/// A path as shown or printed, and the blake3 of the bytes read there.
pub type FileRead = (String, [u8; 32]);

/// What one build read from the file system: each module looked for (found or not) and each
/// `import.hx` candidate, with the blake3 of the bytes read. A build's answer depends on
/// nothing else on disk, so a later run that gets the same answers to the same questions
/// would give the same answer (the persistent cache replays it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reads {
    /// Dotted module name; the file that defines it as shown, and the hash of its bytes
    /// (`None`: on no class path).
    pub modules: Vec<(String, Option<FileRead>)>,
    /// An `import.hx` candidate as shown; its full path (as messages print it) and the hash
    /// of its bytes (`None`: not a readable file).
    pub import_files: Vec<(String, Option<FileRead>)>,
    /// The build read something these lists cannot describe (a directory named like a
    /// module, an unreadable file, a path that is not UTF-8): it must not be replayed.
    pub unrecordable: bool,
}

/// Packages that belong to one platform.
const PLATFORM_PACKAGES: [&str; 11] = [
    "flash", "js", "cpp", "cs", "java", "jvm", "php", "python", "lua", "hl", "neko",
];

impl<'a> Modules<'a> {
    pub fn new(
        class_paths: ClassPaths,
        cwd: PathBuf,
        defines: &'a dyn DefineLookup,
    ) -> Modules<'a> {
        Modules {
            db: TypeDb::new(),
            class_paths,
            cwd,
            defines,
            modules: Vec::new(),
            by_path: HashMap::new(),
            parsed: 0,
            load_failure: None,
            owners: HashMap::new(),
            missing: std::collections::HashSet::new(),
            import_files: HashMap::new(),
            soft_package_mismatch: false,
            package_mismatches: Vec::new(),
            decline: None,
            constraint_sites: Vec::new(),
            reads: Reads::default(),
            sources: super::sources::current(),
            inferred_statics: HashMap::new(),
            wanted_statics: Vec::new(),
        }
    }

    /// A new set of modules on the same class paths, defines and sources, with nothing
    /// loaded: for a build that must start again (`check::check_reading`).
    pub fn fresh(&self) -> Modules<'a> {
        let mut m = Modules::new(self.class_paths.clone(), self.cwd.clone(), self.defines);
        m.sources = self.sources.clone();
        m.soft_package_mismatch = self.soft_package_mismatch;
        m
    }

    /// The real (absolute, links resolved) path of a module's file, as haxe prints it in
    /// `<pos>` answers.
    pub fn real_path(&self, id: ModuleId) -> Option<String> {
        let shown = &self.module(id).file.path;
        let real = crate::project::classpath::real_path(&self.cwd.join(shown));
        Some(real.to_string_lossy().to_string())
    }

    /// Whether an `import.hx` file sits in the module's directory or one above it (haxe
    /// would prepend its imports to the module; hxs does not read them yet).
    pub fn import_hx_nearby(&self, id: ModuleId) -> bool {
        let Some(real) = self.real_path(id) else {
            return true;
        };
        let mut dir = std::path::Path::new(&real).parent();
        while let Some(d) = dir {
            if d.join("import.hx").exists() {
                return true;
            }
            dir = d.parent();
        }
        false
    }

    /// A class's declaration, with the module that declares it.
    pub fn class_decl(&self, c: ClassId) -> Option<(ModuleId, ast::ClassDecl)> {
        let owner = self.owner_of(ModuleType::Class(c))?;
        let name = &self.db.class(c).path.name;
        let decl = self
            .module(owner)
            .ast
            .decls
            .iter()
            .find_map(|d| match &d.kind {
                DeclKind::Class(cd) if cd.head.name.name == name.as_str() => Some(cd.clone()),
                _ => None,
            })?;
        Some((owner, decl))
    }

    /// The loaded module that declares a type.
    pub fn owner_of(&self, t: ModuleType) -> Option<ModuleId> {
        self.owners.get(&t).copied()
    }

    /// A module already loaded (haxe's `ctx.g.modules` lookup).
    pub fn loaded(&self, path: &ModulePath) -> Option<ModuleId> {
        self.by_path.get(path).copied()
    }

    /// The defines the build's files are parsed under.
    pub fn defines(&self) -> &'a dyn DefineLookup {
        self.defines
    }

    /// How many modules are loaded; their ids are `0..count`, in load order.
    pub fn loaded_count(&self) -> usize {
        self.modules.len()
    }

    pub fn module(&self, id: ModuleId) -> &ModuleDef {
        &self.modules[id.0 as usize]
    }

    fn fail(&mut self, line: String) -> LoadError {
        if self.load_failure.is_none() {
            self.load_failure = Some(line.clone());
        }
        LoadError::Failed(line)
    }

    /// Loads a module (once): find, read, parse, check the package, declare the types.
    pub fn load(&mut self, path: &ModulePath) -> Result<ModuleId, LoadError> {
        if let Some(id) = self.by_path.get(path) {
            return Ok(*id);
        }
        if self.missing.contains(path) {
            return Err(LoadError::ModuleNotFound(path.clone()));
        }
        if let Some(first) = path.pack.first() {
            // haxe forbids another platform's package (`You cannot access the flash package
            // while targeting cross`), which hxs does not report yet.
            let target = self.defines.raw_value("target.name");
            if PLATFORM_PACKAGES.contains(&first.as_str()) && target.as_deref() != Some(first) {
                self.decline
                    .get_or_insert_with(|| format!("a module of the {} package", first));
            }
        }
        let Some((shown, real)) = self.class_paths.find_module(&self.cwd, path) else {
            self.missing.insert(path.clone());
            self.reads.modules.push((path.dotted(), None));
            return Err(LoadError::ModuleNotFound(path.clone()));
        };
        if real.is_dir() {
            self.reads.unrecordable = true;
            return Err(LoadError::Failed("Sys_error(\"Is a directory\")".into()));
        }
        let (file, ast, error) = match self.sources.clone() {
            Some(cache) => {
                let read = match cache.load(&real, &shown, self.defines) {
                    Ok(r) => r,
                    Err(_) => {
                        self.reads.unrecordable = true;
                        return Err(self.fail(format!("Could not open {}", shown)));
                    }
                };
                self.reads
                    .modules
                    .push((path.dotted(), Some((shown.clone(), read.hash))));
                let parsed = match read.parse {
                    Ok(p) => p,
                    Err(message) => {
                        return Err(self.fail(format!("{}:1: character 1 : {}", shown, message)))
                    }
                };
                self.parsed += 1;
                (
                    parsed.file.clone(),
                    parsed.module.clone(),
                    parsed.error.clone(),
                )
            }
            None => {
                let bytes = match std::fs::read(&real) {
                    Ok(b) => b,
                    Err(_) => {
                        self.reads.unrecordable = true;
                        return Err(self.fail(format!("Could not open {}", shown)));
                    }
                };
                self.reads.modules.push((
                    path.dotted(),
                    Some((shown.clone(), *blake3::hash(&bytes).as_bytes())),
                ));
                let text = match crate::syntax::decode(bytes) {
                    Ok(t) => t,
                    Err(e) => {
                        return Err(self.fail(format!("{}:1: character 1 : {}", shown, e.message)))
                    }
                };
                self.parsed += 1;
                super::stats::module_parsed();
                let parsed = crate::syntax::parse(&text, self.defines);
                let file = Arc::new(SourceFile::new(shown.clone(), text));
                (file, Arc::new(parsed.module), parsed.error)
            }
        };
        if let Some(e) = error {
            return Err(self.fail(format!("{} : {}", file.format_pos(e.span), e.message)));
        }
        let declared: Vec<String> = ast.package.iter().map(|i| i.name.to_string()).collect();
        if declared != path.pack {
            let e = LoadError::PackageMismatch {
                declared,
                file: shown.clone(),
                expected: path.pack.clone(),
            };
            if !self.soft_package_mismatch {
                return Err(e);
            }
            self.package_mismatches.push(e.message());
        }
        let typed = with_fields_class(path, &ast);
        let (types, statics) = self.declare_module(path, &typed);
        let id = ModuleId(self.modules.len() as u32);
        for t in &types {
            self.owners.insert(t.ty, id);
        }
        self.modules.push(ModuleDef {
            path: path.clone(),
            file,
            ast,
            typed,
            statics,
            types,
            import_files: Vec::new(),
            is_import_file: false,
        });
        self.by_path.insert(path.clone(), id);
        let import_files = self.find_import_files(&shown, path.pack.len());
        self.modules[id.0 as usize].import_files = import_files;
        Ok(id)
    }

    /// The `import.hx` files that apply to a module shown as `shown` in a package of
    /// `depth` parts: one in its directory and in each parent up to the class-path root,
    /// root first (haxe's `handle_import_hx`), each parsed once.
    fn find_import_files(&mut self, shown: &str, depth: usize) -> Vec<ModuleId> {
        let mut out = Vec::new();
        let mut dir = std::path::Path::new(shown).parent();
        for _ in 0..=depth {
            let Some(d) = dir else { break };
            let candidate = d.join("import.hx");
            if let Some(id) = self.import_file(&candidate) {
                out.push(id);
            }
            dir = d.parent();
        }
        out.reverse();
        out
    }

    /// Loads one `import.hx` file (once), as a module holding only its declarations.
    fn import_file(&mut self, shown: &std::path::Path) -> Option<ModuleId> {
        if let Some(known) = self.import_files.get(shown) {
            return *known;
        }
        let real = self.cwd.join(shown);
        let id = match std::fs::read(&real) {
            Ok(bytes) if real.is_file() => {
                let full = crate::project::classpath::real_path(&real);
                match (shown.to_str(), full.to_str()) {
                    (Some(s), Some(f)) => self.reads.import_files.push((
                        s.to_string(),
                        Some((f.to_string(), *blake3::hash(&bytes).as_bytes())),
                    )),
                    _ => self.reads.unrecordable = true,
                }
                self.parse_import_file(shown, bytes)
            }
            _ => {
                match shown.to_str() {
                    Some(s) => self.reads.import_files.push((s.to_string(), None)),
                    None => self.reads.unrecordable = true,
                }
                None
            }
        };
        self.import_files.insert(shown.to_path_buf(), id);
        id
    }

    fn parse_import_file(&mut self, shown: &std::path::Path, bytes: Vec<u8>) -> Option<ModuleId> {
        // haxe names an import.hx file by its full path in messages.
        let full = crate::project::classpath::real_path(&self.cwd.join(shown));
        let shown_str = full.to_string_lossy().to_string();
        let Ok(text) = crate::syntax::decode(bytes) else {
            self.decline = Some("an import.hx file that is not UTF-8".into());
            return None;
        };
        self.parsed += 1;
        let parsed = crate::syntax::parse(&text, self.defines);
        if parsed.error.is_some() {
            self.decline = Some("an import.hx file that does not parse".into());
            return None;
        }
        if parsed
            .module
            .decls
            .iter()
            .any(|d| !matches!(d.kind, DeclKind::Import(_) | DeclKind::Using(_)))
        {
            self.decline = Some("an import.hx file with declarations other than imports".into());
            return None;
        }
        let id = ModuleId(self.modules.len() as u32);
        let ast = Arc::new(parsed.module);
        self.modules.push(ModuleDef {
            path: ModulePath {
                pack: Vec::new(),
                name: shown_str.clone(),
            },
            file: Arc::new(SourceFile::new(shown_str, text)),
            typed: ast.clone(),
            ast,
            statics: None,
            types: Vec::new(),
            import_files: Vec::new(),
            is_import_file: true,
        });
        Some(id)
    }

    /// A module's `import` and `using` declarations in the order haxe reads them: those of
    /// its `import.hx` files first, then its own; each with the module whose file holds it.
    pub fn import_decls(&self, m: ModuleId) -> Vec<(ModuleId, ast::TypeDecl)> {
        let def = self.module(m);
        let mut out = Vec::new();
        for &f in def.import_files.iter().chain(std::iter::once(&m)) {
            for d in &self.module(f).ast.decls {
                if matches!(d.kind, DeclKind::Import(_) | DeclKind::Using(_)) {
                    out.push((f, d.clone()));
                }
            }
        }
        out
    }

    /// Registers the display file's module from its (recovered) tree, so that lookups from it
    /// and into it use what the user is typing rather than a fresh parse.
    pub fn add_display_module(
        &mut self,
        path: &ModulePath,
        file: Arc<SourceFile>,
        ast: ast::Module,
    ) -> ModuleId {
        if let Some(id) = self.by_path.get(path) {
            return *id;
        }
        let ast = Arc::new(ast);
        let typed = with_fields_class(path, &ast);
        let (types, statics) = self.declare_module(path, &typed);
        let id = ModuleId(self.modules.len() as u32);
        for t in &types {
            self.owners.insert(t.ty, id);
        }
        self.modules.push(ModuleDef {
            path: path.clone(),
            file,
            ast,
            typed,
            statics,
            types,
            import_files: Vec::new(),
            is_import_file: false,
        });
        self.by_path.insert(path.clone(), id);
        id
    }

    /// Declares a module's types (from its typed tree); the class of its module-level fields,
    /// if any, is the last one, with the path haxe gives a private type (`pack._Mod.Name`).
    fn declare_module(
        &mut self,
        module: &ModulePath,
        typed: &ast::Module,
    ) -> (Vec<DeclaredType>, Option<ClassId>) {
        let types = self.declare_types(module, typed);
        let has_fields = typed
            .decls
            .iter()
            .any(|d| matches!(d.kind, DeclKind::Static(_)));
        let statics = match types.last() {
            Some(DeclaredType {
                ty: ModuleType::Class(c),
                ..
            }) if has_fields => Some(*c),
            _ => None,
        };
        if let Some(c) = statics {
            let mut pack = module.pack.clone();
            pack.push(format!("_{}", module.name));
            self.db.classes[c.0 as usize].path.pack = pack;
        }
        (types, statics)
    }

    fn declare_types(&mut self, module: &ModulePath, m: &ast::Module) -> Vec<DeclaredType> {
        let mut out = Vec::new();
        for d in &m.decls {
            let (head, kind) = match &d.kind {
                DeclKind::Class(c) => (&c.head, 0),
                DeclKind::Enum(e) => (&e.head, 1),
                DeclKind::Typedef(t) => (&t.head, 2),
                DeclKind::Abstract(a) => (&a.head, 3),
                DeclKind::Import(_) | DeclKind::Using(_) | DeclKind::Static(_) => continue,
            };
            let name = head.name.name.to_string();
            // haxe's path of a private type has its module in it (`pack._Module.Name`): that
            // is how messages and completions print it.
            let mut pack = module.pack.clone();
            if head.private {
                pack.push(format!("_{}", module.name));
            }
            let path = Path {
                pack,
                name: name.clone(),
            };
            let params = self.declare_params(&path, &head.params);
            let ty = match (&d.kind, kind) {
                (DeclKind::Class(c), _) => ModuleType::Class(self.db.add_class(ClassDef {
                    path,
                    kind: ClassKind::Normal,
                    params,
                    interface: c.interface,
                    external: head.external,
                    super_class: None,
                    interfaces: Vec::new(),
                })),
                (DeclKind::Enum(e), _) => ModuleType::Enum(self.db.add_enum(EnumDef {
                    path,
                    params,
                    names: e.ctors.iter().map(|c| c.name.name.to_string()).collect(),
                })),
                (DeclKind::Typedef(_), _) => {
                    let placeholder = Type::Dynamic(None);
                    ModuleType::Typedef(self.db.add_typedef(TypedefDef {
                        path,
                        params,
                        ty: placeholder,
                    }))
                }
                _ => ModuleType::Abstract(self.db.add_abstract(AbstractDef {
                    path,
                    params,
                    underlying: None,
                    impl_class: None,
                })),
            };
            out.push(DeclaredType {
                name,
                ty,
                private: head.private,
                span: d.span,
            });
        }
        out
    }

    /// A type's own parameters: each stands for a class of kind `TypeParameter` whose path
    /// prints as `Owner.T`.
    fn declare_params(&mut self, owner: &Path, params: &[ast::TypeParamDecl]) -> Vec<TypeParam> {
        params
            .iter()
            .map(|p| {
                let mut pack = owner.pack.clone();
                pack.push(owner.name.clone());
                let id = self.db.add_class(ClassDef {
                    path: Path {
                        pack,
                        name: p.name.name.to_string(),
                    },
                    kind: ClassKind::TypeParameter,
                    params: Vec::new(),
                    interface: false,
                    external: false,
                    super_class: None,
                    interfaces: Vec::new(),
                });
                TypeParam {
                    name: p.name.name.to_string(),
                    ty: Type::Inst(id, Arc::from(Vec::new())),
                }
            })
            .collect()
    }

    /// A type of a loaded module by name (haxe's `find_type_in_module`).
    pub fn find_type_in_module(&self, m: ModuleId, name: &str) -> Option<ModuleType> {
        self.module(m)
            .types
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.ty)
    }

    /// The dotted path of a declared type.
    pub fn type_path(&self, t: ModuleType) -> &Path {
        match t {
            ModuleType::Class(c) => &self.db.class(c).path,
            ModuleType::Enum(e) => &self.db.enum_def(e).path,
            ModuleType::Typedef(t) => &self.db.typedef(t).path,
            ModuleType::Abstract(a) => &self.db.abstract_def(a).path,
        }
    }

    /// The types a module imports, in lookup order (see [`Imports`]); the first import
    /// that fails is an error, with the span haxe reports it at.
    pub fn imports_of(&mut self, m: ModuleId) -> Result<Imports, LoadError> {
        let mut imports = Imports::default();
        for (_, decl) in self.import_decls(m) {
            match self.add_import(m, &decl, &mut imports) {
                Ok(()) => {}
                Err(ImportFailure::Load(e, _)) => return Err(e),
                Err(ImportFailure::Unsupported(why)) => {
                    return Err(LoadError::Failed(format!("hxs does not type {} yet", why)))
                }
            }
        }
        self.add_std_types(&mut imports);
        Ok(imports)
    }

    /// Adds StdTypes' types at the end of a module's imports, where haxe starts every
    /// module's list.
    pub fn add_std_types(&mut self, imports: &mut Imports) {
        let std_types = ModulePath {
            pack: Vec::new(),
            name: "StdTypes".into(),
        };
        if let Ok(st) = self.load(&std_types) {
            for t in self.module(st).types.clone() {
                if !t.private {
                    imports.types.push((t.name, t.ty));
                }
            }
        }
    }

    /// Adds what one `import` or `using` declaration of module `m` makes visible to
    /// `imports` (haxe's `init_import`, and the import part of `handle_using`). A later
    /// declaration shadows an earlier one, so each goes in front. Static fields named by
    /// imports are checked later, by the typer.
    pub fn add_import(
        &mut self,
        m: ModuleId,
        decl: &ast::TypeDecl,
        imports: &mut Imports,
    ) -> Result<(), ImportFailure> {
        let (path, mode, using) = match &decl.kind {
            DeclKind::Import(i) => (&i.path[..], &i.mode, false),
            DeclKind::Using(p) => (&p[..], &ImportMode::Normal, true),
            _ => return Ok(()),
        };
        let parts: Vec<String> = path.iter().map(|p| p.name.to_string()).collect();
        let Some(ti) = parts
            .iter()
            .position(|p| !p.starts_with(|c: char| c.is_ascii_lowercase() || c == '_'))
        else {
            if matches!(mode, ImportMode::All) && !using {
                imports.wildcards.insert(0, parts);
                return Ok(());
            }
            return Err(ImportFailure::Unsupported("imports without a module name"));
        };
        let span_to = |k: usize| path[0].span.to(path[k].span);
        let module = ModulePath {
            pack: parts[..ti].to_vec(),
            name: parts[ti].clone(),
        };
        let p_type = span_to(ti);
        let mid = self
            .load(&module)
            .map_err(|e| ImportFailure::Load(e, p_type))?;
        let rest = &parts[ti + 1..];
        if using {
            let group: Vec<(String, ModuleType)> = match rest {
                [] => self
                    .module(mid)
                    .types
                    .iter()
                    .filter(|t| !t.private)
                    .map(|t| (t.name.clone(), t.ty))
                    .collect(),
                [sub] => match self.module(mid).types.iter().find(|t| t.name == *sub) {
                    Some(t) => vec![(t.name.clone(), t.ty)],
                    None => return Err(ImportFailure::Unsupported("a using of a missing type")),
                },
                _ => return Err(ImportFailure::Unsupported("a using of a field")),
            };
            imports.types.splice(0..0, group);
            return Ok(());
        }
        let own =
            |ms: &Modules, t: &DeclaredType| !t.private || mid == m || ms.owner_of(t.ty) == Some(m);
        let get_type = |ms: &Modules, name: &str| -> Result<DeclaredType, ImportFailure> {
            let types = &ms.module(mid).types;
            match types.iter().find(|t| t.name == name) {
                Some(t) if own(ms, t) => Ok(t.clone()),
                Some(_) => Err(ImportFailure::Load(LoadError::PrivateImport, p_type)),
                None => Err(ImportFailure::Load(
                    LoadError::TypeNotFound {
                        module: module.clone(),
                        name: name.to_string(),
                    },
                    p_type,
                )),
            }
        };
        let alias = match mode {
            ImportMode::Alias(a) => Some(a.name.to_string()),
            _ => None,
        };
        match (mode, rest) {
            (ImportMode::All, []) | (ImportMode::All, [_]) => {
                Err(ImportFailure::Unsupported("wildcard imports of statics"))
            }
            (ImportMode::All, _) => Err(ImportFailure::Unsupported("this import")),
            (_, []) => {
                match alias {
                    None => {
                        let group: Vec<(String, ModuleType)> = self
                            .module(mid)
                            .types
                            .iter()
                            .filter(|t| !t.private)
                            .map(|t| (t.name.clone(), t.ty))
                            .collect();
                        imports.types.splice(0..0, group);
                    }
                    Some(a) => {
                        let t = get_type(self, &module.name)?;
                        imports.types.insert(0, (a, t.ty));
                    }
                }
                Ok(())
            }
            (_, [sub]) => {
                let found = self
                    .module(mid)
                    .types
                    .iter()
                    .find(|t| t.name == *sub)
                    .cloned();
                match found {
                    Some(t) if !own(self, &t) => Err(ImportFailure::Load(
                        LoadError::PrivateImport,
                        span_to(ti + 1),
                    )),
                    Some(t) => {
                        imports.types.insert(0, (alias.unwrap_or(t.name), t.ty));
                        Ok(())
                    }
                    // A static field of the module's main type: the typer checks it.
                    None => Ok(()),
                }
            }
            (_, [sub, _field]) => {
                get_type(self, sub)?;
                Ok(())
            }
            _ => Err(ImportFailure::Unsupported("an import path this long")),
        }
    }

    /// Looks a type path up from inside module `m`, in haxe's order.
    pub fn resolve(
        &mut self,
        m: ModuleId,
        imports: &Imports,
        tp: &ast::TypePath,
    ) -> Result<ModuleType, LoadError> {
        self.resolve_with_origin(m, imports, tp).map(|(t, _)| t)
    }

    /// Like [`Modules::resolve`], saying where the type was found.
    pub fn resolve_with_origin(
        &mut self,
        m: ModuleId,
        imports: &Imports,
        tp: &ast::TypePath,
    ) -> Result<(ModuleType, Origin), LoadError> {
        let pack: Vec<String> = tp.pack.iter().map(|s| s.to_string()).collect();
        let tname = tp.sub.as_ref().unwrap_or(&tp.name).to_string();
        if tp.sub.is_none() {
            // The current module's types, then the imports.
            let matches =
                |path: &Path| path.name == tname && (path.pack == pack || pack.is_empty());
            if let Some(t) = self
                .module(m)
                .types
                .iter()
                .find(|t| matches(self.type_path(t.ty)))
            {
                return Ok((t.ty, Origin::CurrentModule));
            }
            if pack.is_empty() {
                if let Some((_, t)) = imports.types.iter().find(|(n, _)| *n == tname) {
                    return Ok((*t, Origin::Import));
                }
            } else if let Some((_, t)) = imports
                .types
                .iter()
                .find(|(_, t)| matches(self.type_path(*t)))
            {
                return Ok((*t, Origin::Import));
            }
        }
        let mname = tp.name.to_string();
        if !pack.is_empty() {
            let module = ModulePath { pack, name: mname };
            let mid = self.load(&module)?;
            return self
                .find_type_in_module(mid, &tname)
                .map(|t| (t, Origin::Module(mid)))
                .ok_or(LoadError::TypeNotFound {
                    module,
                    name: tname,
                });
        }
        // Wildcard imports, then the current package and each parent, down to the root.
        for w in &imports.wildcards {
            let module = ModulePath {
                pack: w.clone(),
                name: mname.clone(),
            };
            match self.load(&module) {
                Ok(mid) => {
                    if let Some(t) = self.find_type_in_module(mid, &tname) {
                        return Ok((t, Origin::Wildcard(mid)));
                    }
                }
                Err(LoadError::ModuleNotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let mut pack = self.module(m).path.pack.clone();
        loop {
            let module = ModulePath {
                pack: pack.clone(),
                name: mname.clone(),
            };
            let last = pack.is_empty();
            match self.load(&module) {
                Ok(mid) => {
                    if let Some(t) = self.find_type_in_module(mid, &tname) {
                        return Ok((t, Origin::Module(mid)));
                    }
                    if last {
                        return Err(LoadError::TypeNotFound {
                            module,
                            name: tname,
                        });
                    }
                }
                Err(LoadError::ModuleNotFound(_)) if !last => {}
                Err(e) => return Err(e),
            }
            pack.pop();
        }
    }
}

/// Where a type name was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Declared by the module doing the lookup.
    CurrentModule,
    /// An explicit import, or StdTypes.
    Import,
    /// A module of a wildcard-imported package.
    Wildcard(ModuleId),
    /// A module found by its path (qualified, or in the current package or a parent).
    Module(ModuleId),
}

/// Why an import could not be had.
#[derive(Clone, Debug)]
pub enum ImportFailure {
    /// haxe's error, at the span it reports it.
    Load(LoadError, Span),
    /// Something hxs does not type yet.
    Unsupported(&'static str),
}

/// What a module imports: named types in lookup order (the latest import first, StdTypes'
/// types last), and wildcard packages (the latest first).
#[derive(Clone, Debug, Default)]
pub struct Imports {
    pub types: Vec<(String, ModuleType)>,
    pub wildcards: Vec<Vec<String>>,
}
