//! The syntax tree of one Haxe module, shaped after haxe's `Ast` so that positions and
//! later stages line up with haxe's behaviour. Every node carries a byte [`Span`].

use super::source::Span;
use super::token::{Binop, Unop};

/// Identifiers, literals and paths: short strings kept inline (no allocation up to 24 bytes),
/// since a parse creates one for almost every token.
pub type Name = compact_str::CompactString;

/// A name with the span it was written at.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Module {
    pub package: Vec<Ident>,
    pub package_span: Option<Span>,
    pub decls: Vec<TypeDecl>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TypeDecl {
    pub kind: DeclKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum DeclKind {
    Import(Import),
    Using(Vec<Ident>),
    Class(ClassDecl),
    Enum(EnumDecl),
    Typedef(TypedefDecl),
    Abstract(AbstractDecl),
    /// A module-level function or variable (haxe 4.2's `EStatic`).
    Static(Field),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Import {
    pub path: Vec<Ident>,
    pub mode: ImportMode,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ImportMode {
    Normal,
    /// `import a.b.*`
    All,
    /// `import a.B as C` or `import a.B in C`
    Alias(Ident),
}

/// What every type declaration shares.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeclHead {
    pub name: Ident,
    pub doc: Option<String>,
    pub meta: Vec<MetaEntry>,
    pub params: Vec<TypeParamDecl>,
    pub private: bool,
    pub external: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClassDecl {
    pub head: DeclHead,
    pub interface: bool,
    pub is_final: bool,
    pub is_abstract: bool,
    pub extends: Vec<TypePath>,
    pub implements: Vec<TypePath>,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnumDecl {
    pub head: DeclHead,
    pub ctors: Vec<EnumCtor>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnumCtor {
    pub name: Ident,
    pub doc: Option<String>,
    pub meta: Vec<MetaEntry>,
    pub params: Vec<TypeParamDecl>,
    pub args: Vec<EnumArg>,
    pub ret: Option<TypeHint>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EnumArg {
    pub name: Ident,
    pub opt: bool,
    pub ty: TypeHint,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TypedefDecl {
    pub head: DeclHead,
    pub ty: TypeHint,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AbstractDecl {
    pub head: DeclHead,
    pub is_enum: bool,
    pub underlying: Option<TypeHint>,
    pub from: Vec<TypeHint>,
    pub to: Vec<TypeHint>,
    pub fields: Vec<Field>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Access {
    Public,
    Private,
    Static,
    Override,
    Dynamic,
    Inline,
    Macro,
    Final,
    Extern,
    Abstract,
    Overload,
}

/// A class, interface, abstract, structure or module-level field.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Field {
    pub name: Ident,
    pub doc: Option<String>,
    pub meta: Vec<MetaEntry>,
    pub access: Vec<(Access, Span)>,
    pub kind: FieldKind,
    pub span: Span,
}

impl Field {
    pub fn has_access(&self, a: Access) -> bool {
        self.access.iter().any(|(x, _)| *x == a)
    }

    pub fn has_meta(&self, name: &str) -> bool {
        self.meta.iter().any(|m| m.name == name)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum FieldKind {
    Var(Option<TypeHint>, Option<Expr>),
    Fun(Function),
    Prop {
        get: Ident,
        set: Ident,
        ty: Option<TypeHint>,
        expr: Option<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Function {
    pub params: Vec<TypeParamDecl>,
    pub args: Vec<FunArg>,
    pub ret: Option<TypeHint>,
    pub body: Option<Box<Expr>>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FunArg {
    pub name: Ident,
    pub opt: bool,
    pub meta: Vec<MetaEntry>,
    pub ty: Option<TypeHint>,
    pub value: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TypeParamDecl {
    pub name: Ident,
    pub params: Vec<TypeParamDecl>,
    pub constraint: Option<TypeHint>,
    pub meta: Vec<MetaEntry>,
}

/// `@name(args)` or `@:name(args)`; `name` keeps the colon (`:op`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MetaEntry {
    pub name: Name,
    pub params: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TypeHint {
    pub kind: ComplexType,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ComplexType {
    Path(Box<TypePath>),
    Function(Vec<TypeHint>, Box<TypeHint>),
    Anonymous(Vec<Field>),
    Parent(Box<TypeHint>),
    Extend(Vec<TypePath>, Vec<Field>),
    Optional(Box<TypeHint>),
    Named(Ident, Box<TypeHint>),
    Intersection(Vec<TypeHint>),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TypePath {
    pub pack: Vec<Name>,
    pub name: Name,
    pub params: Vec<TypeParam>,
    pub sub: Option<Name>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum TypeParam {
    Type(TypeHint),
    Expr(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Quotes {
    Double,
    Single,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Constant {
    Int(Name),
    Float(Name),
    String(Name, Quotes),
    Ident(Name),
    Regexp(Name, Name),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectField {
    pub name: Name,
    pub span: Span,
    pub quoted: bool,
    pub expr: Expr,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VarDecl {
    pub name: Ident,
    pub is_final: bool,
    pub ty: Option<TypeHint>,
    pub expr: Option<Expr>,
    pub meta: Vec<MetaEntry>,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Case {
    pub values: Vec<Expr>,
    pub guard: Option<Expr>,
    pub body: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Catch {
    pub name: Ident,
    pub ty: Option<TypeHint>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum FunctionKind {
    Anonymous,
    Named(Ident, bool),
    Arrow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DisplayKind {
    Dot,
    Structure,
    Marked,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ExprKind {
    Const(Constant),
    Array(Box<Expr>, Box<Expr>),
    Binop(Binop, Box<Expr>, Box<Expr>),
    Field(Box<Expr>, Ident),
    Parenthesis(Box<Expr>),
    ObjectDecl(Vec<ObjectField>),
    ArrayDecl(Vec<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    New(Box<TypePath>, Vec<Expr>),
    Unop(Unop, bool, Box<Expr>),
    Vars(Vec<VarDecl>),
    Function(FunctionKind, Box<Function>),
    Block(Vec<Expr>),
    For(Box<Expr>, Box<Expr>),
    If(Box<Expr>, Box<Expr>, Option<Box<Expr>>),
    While(Box<Expr>, Box<Expr>, bool),
    Switch(Box<Expr>, Vec<Case>, Option<(Option<Box<Expr>>, Span)>),
    Try(Box<Expr>, Vec<Catch>),
    Return(Option<Box<Expr>>),
    Break,
    Continue,
    Untyped(Box<Expr>),
    Throw(Box<Expr>),
    Cast(Box<Expr>, Option<Box<TypeHint>>),
    Display(Box<Expr>, DisplayKind),
    Ternary(Box<Expr>, Box<Expr>, Box<Expr>),
    CheckType(Box<Expr>, Box<TypeHint>),
    Meta(Box<MetaEntry>, Box<Expr>),
    Is(Box<Expr>, Box<TypeHint>),
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Calls `f` on each direct sub-expression, in source order (haxe's `iter_expr`).
    pub fn for_each_child(&self, mut f: impl FnMut(&Expr)) {
        use ExprKind::*;
        match &self.kind {
            Const(_) | Break | Continue => {}
            Array(a, b) | Binop(_, a, b) | For(a, b) | While(a, b, _) => {
                f(a);
                f(b);
            }
            Field(e, _)
            | Parenthesis(e)
            | Unop(_, _, e)
            | Untyped(e)
            | Throw(e)
            | Cast(e, _)
            | Display(e, _)
            | CheckType(e, _)
            | Meta(_, e)
            | Is(e, _) => f(e),
            ObjectDecl(fields) => fields.iter().for_each(|o| f(&o.expr)),
            ArrayDecl(el) | Block(el) => el.iter().for_each(f),
            Call(e, el) => {
                f(e);
                el.iter().for_each(f);
            }
            New(_, el) => el.iter().for_each(f),
            Vars(vl) => vl.iter().filter_map(|v| v.expr.as_ref()).for_each(f),
            Function(_, func) => {
                for a in &func.args {
                    if let Some(v) = &a.value {
                        f(v);
                    }
                }
                if let Some(b) = &func.body {
                    f(b);
                }
            }
            If(c, t, e) => {
                f(c);
                f(t);
                if let Some(e) = e {
                    f(e);
                }
            }
            Switch(e, cases, def) => {
                f(e);
                for c in cases {
                    c.values.iter().for_each(&mut f);
                    if let Some(g) = &c.guard {
                        f(g);
                    }
                    if let Some(b) = &c.body {
                        f(b);
                    }
                }
                if let Some((Some(d), _)) = def {
                    f(d);
                }
            }
            Try(e, catches) => {
                f(e);
                catches.iter().for_each(|c| f(&c.body));
            }
            Return(e) => {
                if let Some(e) = e {
                    f(e);
                }
            }
            Ternary(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
        }
    }
}
