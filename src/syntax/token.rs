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
    /// Every keyword.
    pub const ALL: [Keyword; 45] = [
        Keyword::Function,
        Keyword::Class,
        Keyword::Static,
        Keyword::Var,
        Keyword::If,
        Keyword::Else,
        Keyword::While,
        Keyword::Do,
        Keyword::For,
        Keyword::Break,
        Keyword::Return,
        Keyword::Continue,
        Keyword::Extends,
        Keyword::Implements,
        Keyword::Import,
        Keyword::Switch,
        Keyword::Case,
        Keyword::Default,
        Keyword::Public,
        Keyword::Private,
        Keyword::Try,
        Keyword::Untyped,
        Keyword::Catch,
        Keyword::New,
        Keyword::This,
        Keyword::Throw,
        Keyword::Extern,
        Keyword::Enum,
        Keyword::In,
        Keyword::Interface,
        Keyword::Cast,
        Keyword::Override,
        Keyword::Dynamic,
        Keyword::Typedef,
        Keyword::Package,
        Keyword::Inline,
        Keyword::Using,
        Keyword::Null,
        Keyword::True,
        Keyword::False,
        Keyword::Abstract,
        Keyword::Macro,
        Keyword::Final,
        Keyword::Operator,
        Keyword::Overload,
    ];

    pub fn from_name(s: &str) -> Option<Keyword> {
        Keyword::from_bytes(s.as_bytes())
    }

    /// The keyword spelled by `word`, through a perfect hash of its length and first, second
    /// and last bytes: the lexer asks this for every lowercase name.
    #[inline]
    pub fn from_bytes(word: &[u8]) -> Option<Keyword> {
        if !(2..=10).contains(&word.len()) {
            return None;
        }
        let k = KEYWORD_TABLE[keyword_hash(word)]?;
        (k.as_str().as_bytes() == word).then_some(k)
    }

    /// [`Keyword::from_bytes`] for `src[start..end]`, comparing all bytes at once when `src`
    /// holds 16 bytes from `start`: this is the lexer's question for every lowercase name.
    #[inline]
    pub fn from_source(src: &[u8], start: usize, end: usize) -> Option<Keyword> {
        let len = end.wrapping_sub(start);
        if !(2..=10).contains(&len) {
            return None;
        }
        let word = src.get(start..end)?;
        let slot = keyword_hash(word);
        let k = KEYWORD_TABLE[slot]?;
        let chunk = src
            .get(start..start + 16)
            .and_then(|c| <[u8; 16]>::try_from(c).ok());
        match chunk {
            Some(chunk) => {
                let mask = (1u128 << (8 * len)) - 1;
                (u128::from_le_bytes(chunk) & mask == KEYWORD_WORDS[slot]).then_some(k)
            }
            None => (k.as_str().as_bytes() == word).then_some(k),
        }
    }

    pub const fn as_str(self) -> &'static str {
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

/// The slot of a keyword-sized word (2 to 10 bytes) in [`KEYWORD_TABLE`]: no two keywords
/// share one (checked when the table is built).
#[inline]
const fn keyword_hash(word: &[u8]) -> usize {
    let h =
        word[0] as usize + 2 * word[1] as usize + 6 * word[word.len() - 1] as usize + word.len();
    h % 128
}

static KEYWORD_TABLE: [Option<Keyword>; 128] = {
    let mut t: [Option<Keyword>; 128] = [None; 128];
    let mut i = 0;
    while i < Keyword::ALL.len() {
        let k = Keyword::ALL[i];
        let slot = keyword_hash(k.as_str().as_bytes());
        assert!(t[slot].is_none(), "two keywords share a hash slot");
        t[slot] = Some(k);
        i += 1;
    }
    t
};

/// The spelling of the keyword in each slot of [`KEYWORD_TABLE`], packed little-endian
/// (zero past its end, and in empty slots).
static KEYWORD_WORDS: [u128; 128] = {
    let mut t = [0u128; 128];
    let mut i = 0;
    while i < Keyword::ALL.len() {
        let bytes = Keyword::ALL[i].as_str().as_bytes();
        let mut w = 0u128;
        let mut j = 0;
        while j < bytes.len() {
            w |= (bytes[j] as u128) << (8 * j);
            j += 1;
        }
        t[keyword_hash(bytes)] = w;
        i += 1;
    }
    t
};

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

#[cfg(test)]
mod tests {
    use super::Keyword;

    #[test]
    fn keyword_table_finds_every_keyword_and_nothing_else() {
        for (i, k) in Keyword::ALL.iter().enumerate() {
            assert!(!Keyword::ALL[..i].contains(k), "{:?} listed twice", k);
            assert_eq!(Keyword::from_name(k.as_str()), Some(*k));
            let mut longer = k.as_str().to_string();
            longer.push('s');
            assert_eq!(Keyword::from_name(&longer), None);
            assert_eq!(Keyword::from_name(&k.as_str()[1..]), None);
            assert_eq!(Keyword::from_name(&k.as_str().to_uppercase()), None);
        }
        for word in [
            "",
            "i",
            "x",
            "fo",
            "fn",
            "var_",
            "nul",
            "thiss",
            "functional",
            "é",
            "iè",
        ] {
            assert_eq!(Keyword::from_name(word), None, "{}", word);
        }
    }
}
