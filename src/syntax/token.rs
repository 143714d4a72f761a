//! Tokens: a small kind plus a byte span; text is read back from the source when needed.

use super::source::Span;

/// Haxe's keywords (`Lexer.keywords`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Keyword {
    Function,
    Class,
    Static,
    Var,
    If,
    Else,
    While,
    Do,
    For,
    Break,
    Return,
    Continue,
    Extends,
    Implements,
    Import,
    Switch,
    Case,
    Default,
    Public,
    Private,
    Try,
    Untyped,
    Catch,
    New,
    This,
    Throw,
    Extern,
    Enum,
    In,
    Interface,
    Cast,
    Override,
    Dynamic,
    Typedef,
    Package,
    Inline,
    Using,
    Null,
    True,
    False,
    Abstract,
    Macro,
    Final,
    Operator,
    Overload,
}

impl Keyword {
    pub fn from_name(s: &str) -> Option<Keyword> {
        use Keyword::*;
        Some(match s {
            "function" => Function,
            "class" => Class,
            "static" => Static,
            "var" => Var,
            "if" => If,
            "else" => Else,
            "while" => While,
            "do" => Do,
            "for" => For,
            "break" => Break,
            "return" => Return,
            "continue" => Continue,
            "extends" => Extends,
            "implements" => Implements,
            "import" => Import,
            "switch" => Switch,
            "case" => Case,
            "default" => Default,
            "public" => Public,
            "private" => Private,
            "try" => Try,
            "untyped" => Untyped,
            "catch" => Catch,
            "new" => New,
            "this" => This,
            "throw" => Throw,
            "extern" => Extern,
            "enum" => Enum,
            "in" => In,
            "interface" => Interface,
            "cast" => Cast,
            "override" => Override,
            "dynamic" => Dynamic,
            "typedef" => Typedef,
            "package" => Package,
            "inline" => Inline,
            "using" => Using,
            "null" => Null,
            "true" => True,
            "false" => False,
            "abstract" => Abstract,
            "macro" => Macro,
            "final" => Final,
            "operator" => Operator,
            "overload" => Overload,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        use Keyword::*;
        match self {
            Function => "function",
            Class => "class",
            Static => "static",
            Var => "var",
            If => "if",
            Else => "else",
            While => "while",
            Do => "do",
            For => "for",
            Break => "break",
            Return => "return",
            Continue => "continue",
            Extends => "extends",
            Implements => "implements",
            Import => "import",
            Switch => "switch",
            Case => "case",
            Default => "default",
            Public => "public",
            Private => "private",
            Try => "try",
            Untyped => "untyped",
            Catch => "catch",
            New => "new",
            This => "this",
            Throw => "throw",
            Extern => "extern",
            Enum => "enum",
            In => "in",
            Interface => "interface",
            Cast => "cast",
            Override => "override",
            Dynamic => "dynamic",
            Typedef => "typedef",
            Package => "package",
            Inline => "inline",
            Using => "using",
            Null => "null",
            True => "true",
            False => "false",
            Abstract => "abstract",
            Macro => "macro",
            Final => "final",
            Operator => "operator",
            Overload => "overload",
        }
    }
}

/// Binary operators as the lexer produces them; `>=`, `>>`, `>>>` and their assignments
/// are assembled by the parser from adjacent `>` tokens, as haxe does for `Array<Array<T>>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Binop {
    Add,
    Mult,
    Div,
    Sub,
    Assign,
    Eq,
    NotEq,
    Gt,
    Gte,
    Lt,
    Lte,
    And,
    Or,
    Xor,
    BoolAnd,
    BoolOr,
    Shl,
    Shr,
    UShr,
    Mod,
    AssignOp(AssignableOp),
    Interval,
    Arrow,
    In,
}

/// The operators that have a compound-assignment form (`+=`, `||=`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AssignableOp {
    Add,
    Mult,
    Div,
    Sub,
    And,
    Or,
    Xor,
    BoolAnd,
    BoolOr,
    Shl,
    Shr,
    UShr,
    Mod,
}

impl AssignableOp {
    pub fn as_str(self) -> &'static str {
        use AssignableOp::*;
        match self {
            Add => "+",
            Mult => "*",
            Div => "/",
            Sub => "-",
            And => "&",
            Or => "|",
            Xor => "^",
            BoolAnd => "&&",
            BoolOr => "||",
            Shl => "<<",
            Shr => ">>",
            UShr => ">>>",
            Mod => "%",
        }
    }
}

impl Binop {
    /// haxe's `s_binop`.
    pub fn as_string(self) -> String {
        use Binop::*;
        match self {
            Add => "+".into(),
            Mult => "*".into(),
            Div => "/".into(),
            Sub => "-".into(),
            Assign => "=".into(),
            Eq => "==".into(),
            NotEq => "!=".into(),
            Gt => ">".into(),
            Gte => ">=".into(),
            Lt => "<".into(),
            Lte => "<=".into(),
            And => "&".into(),
            Or => "|".into(),
            Xor => "^".into(),
            BoolAnd => "&&".into(),
            BoolOr => "||".into(),
            Shl => "<<".into(),
            Shr => ">>".into(),
            UShr => ">>>".into(),
            Mod => "%".into(),
            AssignOp(op) => format!("{}=", op.as_str()),
            Interval => "...".into(),
            Arrow => "=>".into(),
            In => " in ".into(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Unop {
    Increment,
    Decrement,
    Not,
    Neg,
    NegBits,
    Spread,
}

impl Unop {
    pub fn as_str(self) -> &'static str {
        match self {
            Unop::Increment => "++",
            Unop::Decrement => "--",
            Unop::Not => "!",
            Unop::Neg => "-",
            Unop::NegBits => "~",
            Unop::Spread => "...",
        }
    }
}

/// What a token is. Identifiers, numbers and strings keep their text in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TokenKind {
    Eof,
    Ident,
    Int,
    Float,
    /// A double-quoted string; the span covers the quotes.
    StringDq,
    /// A single-quoted string (interpolated later); the span covers the quotes.
    StringSq,
    /// `~/pattern/flags`.
    Regex,
    Kwd(Keyword),
    /// `#name`, used for conditional compilation.
    Sharp,
    /// `$name` (macro reification); the text includes the `$`.
    Dollar,
    /// `1...`: an integer directly followed by `...`.
    IntInterval,
    Binop(Binop),
    Unop(Unop),
    Semicolon,
    Comma,
    BrOpen,
    BrClose,
    BkOpen,
    BkClose,
    POpen,
    PClose,
    Dot,
    DblDot,
    Arrow,
    Question,
    At,
    Spread,
    /// A lexer error; the parser reports it when it reaches this token.
    Error,
    /// An inline markup literal (`<div>...</div>`), found by the parser on a first pass.
    Markup,
}

/// A token: its kind, its byte span, and the doc comment right before it, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// Index into the lexer's doc-comment table, or `u32::MAX` for none.
    pub doc: u32,
}

impl Token {
    pub const NO_DOC: u32 = u32::MAX;
}
