//! The parser: preprocessed tokens to a [`Module`], a recursive-descent transcription of
//! haxe 4.2.5's `grammar.mly`, so that accepted programs, node spans and error messages
//! (`Unexpected }`, `Missing ;`, `Expected expression`) match haxe's.
//!
//! haxe's stream parser distinguishes a rule that does not match its first token
//! (`Stream.Failure`, here [`Stop::NoMatch`]) from one that fails after it started
//! (`Stream.Error`, here [`Stop::Error`]); alternatives are only tried on the former.

use super::ast::*;
use super::cond::Preprocessed;
use super::source::Span;
use super::token::{Binop, Keyword, Token, TokenKind, Unop};

/// The value of a string literal token (`s` includes the quotes), decoded only when it
/// holds an escape.
fn string_value(s: &str) -> Name {
    let body = s.get(1..s.len().saturating_sub(1)).unwrap_or("");
    if body.contains('\\') {
        super::lexer::unescape(body).unwrap_or_default().into()
    } else {
        Name::from(body)
    }
}

/// A syntax error in haxe's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

pub(crate) enum Stop {
    /// The rule did not start (camlp4's `Stream.Failure`).
    NoMatch,
    /// The rule failed part-way (`Stream.Error`); a display file recovers from these.
    Error(Box<SyntaxError>),
    /// haxe's `error` (`Parser.Error`): only a block in a display file catches it, and drops it.
    Fatal(Box<SyntaxError>),
    /// The cursor sits in a dotted path (`import haxe.|`, `var x:haxe.ds.|`): haxe abandons the
    /// parse and answers with the contents of that package or module.
    TypePath(Box<TypePathCompletion>),
    /// An inline markup literal spans these bytes: the file must be lexed again with that
    /// region as one token (haxe lexes markup on demand from the parser).
    Markup(u32, u32),
}

/// haxe's `parse_type_decls` handler for a bare `Name.|`: an earlier `import a.b.Name`
/// (any form, all of `a.b` lowercase) gives the module's package; otherwise the name is
/// looked up from the display module's own package upwards.
fn resolve_bare(
    t: TypePathCompletion,
    package: &[Ident],
    decls: &[TypeDecl],
) -> TypePathCompletion {
    let Some(name) = t
        .name
        .clone()
        .filter(|_| t.pack.is_empty() && !t.cur_package)
    else {
        return t;
    };
    // haxe walks its declarations newest first.
    for d in decls.iter().rev() {
        let DeclKind::Import(imp) = &d.kind else {
            continue;
        };
        if let Some((last, pack)) = imp.path.split_last() {
            if last.name == name && pack.iter().all(|i| is_lower_ident(&i.name)) {
                return TypePathCompletion {
                    pack: pack.iter().map(|i| i.name.clone()).collect(),
                    ..t
                };
            }
        }
    }
    TypePathCompletion {
        pack: package.iter().map(|i| i.name.clone()).collect(),
        cur_package: true,
        ..t
    }
}

/// A type-path completion request (haxe's `TypePath` exception).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypePathCompletion {
    /// The package typed so far.
    pub pack: Vec<Name>,
    /// The module or type name typed so far, when the path ends with one.
    pub name: Option<Name>,
    /// Inside an `import` (statics may be completed too).
    pub in_import: bool,
    /// haxe's `cur_package`: `pack` is the display module's package, and the module `name`
    /// is looked up there first, then in each parent package (a bare `Name.|` that no earlier
    /// import names).
    pub cur_package: bool,
    pub span: Span,
}

type R<T> = Result<T, Stop>;

/// A switch's `default` branch: its body (absent when empty) and position.
type SwitchDefault = Option<(Option<Box<Expr>>, Span)>;

/// Runs a sub-rule and turns its `NoMatch` into a hard error (see [`Parser::must`]).
macro_rules! must {
    ($p:ident, $e:expr) => {{
        let r = $e;
        $p.must(r)
    }};
}

/// Deeper nesting than this is refused rather than risking the stack.
const MAX_DEPTH: u32 = 100_000;

pub struct Parser<'a> {
    text: &'a str,
    tokens: &'a [Token],
    pre: &'a Preprocessed,
    pos: usize,
    depth: u32,
    /// Whether the parser has looked at the lexer-error token: haxe's lexer raises as soon
    /// as that token is peeked, so every failure from then on is the lexer's error.
    saw_error_token: std::cell::Cell<bool>,
    /// Parsing the display file: record syntax errors and carry on, as haxe does there.
    recover: bool,
    /// The errors recorded while recovering, in order.
    errors: Vec<SyntaxError>,
    /// The cursor of a display query in this file (byte offset).
    display: Option<u32>,
    /// Set when the parse stopped at a type-path completion.
    pub type_path_completion: Option<TypePathCompletion>,
    /// Set when the parse stopped at a markup literal that is not a token yet.
    pub markup_request: Option<(u32, u32)>,
    /// Set when the cursor of a completion lies between two type declarations.
    pub type_decl_point: Option<TypeDeclPoint>,
    /// A lexer error raised from the parser (an unterminated markup literal): like any
    /// lexer error, nothing recovers from it.
    lexer_failure: std::cell::RefCell<Option<SyntaxError>>,
    /// The query is a completion (haxe's `DMDefault`: plain `--display` and `@toplevel`).
    completion: bool,
}

/// Where haxe's `check_type_decl_completion` found the cursor of a completion: between two
/// type declarations (or before the first, or at the end of the file). haxe prints the next
/// token to stdout there, and, unless something else is completed, answers with the
/// keywords that may start a declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDeclPoint {
    /// What may come next.
    pub mode: TypeDeclMode,
    /// What haxe prints to stdout.
    pub printed: Printed,
    /// The previous declaration ends at the cursor with a type or a name, which haxe may
    /// complete instead of listing keywords.
    pub touching: bool,
}

/// haxe's `type_decl_completion_mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeDeclMode {
    /// Before the first declaration of a file without `package`: anything.
    BeforePackage,
    /// After `package` or an `import`/`using`: imports and type declarations.
    AfterImport,
    /// After a type declaration: type declarations only.
    AfterType,
}

/// What haxe's debug `print_endline (s_token tk)` writes at a [`TypeDeclPoint`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Printed {
    /// Nothing: the cursor is in the identifier that comes next.
    Nothing,
    /// This line.
    Line(String),
    /// A token whose `s_token` hxs does not reproduce (a string or a regular expression),
    /// or a cursor where haxe completes something else (metadata right before a `@`).
    Unknown,
}

fn kw(k: Keyword) -> TokenKind {
    TokenKind::Kwd(k)
}

/// haxe's `is_lower_ident`: the first character after leading underscores is lower case.
pub fn is_lower_ident(s: &str) -> bool {
    let t = s.trim_start_matches('_');
    match t.bytes().next() {
        Some(c) => c.is_ascii_lowercase(),
        None => true,
    }
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, pre: &'a Preprocessed) -> Parser<'a> {
        Parser {
            text,
            tokens: &pre.tokens,
            pre,
            pos: 0,
            depth: 0,
            saw_error_token: std::cell::Cell::new(false),
            recover: false,
            errors: Vec::new(),
            display: None,
            completion: false,
            type_path_completion: None,
            markup_request: None,
            type_decl_point: None,
            lexer_failure: std::cell::RefCell::new(None),
        }
    }

    /// Whether every token has been read.
    pub(crate) fn at_eof(&self) -> bool {
        self.peek_kind() == TokenKind::Eof
    }

    /// Sets the display cursor (a byte offset) and whether the query is a completion.
    pub fn set_display(&mut self, cursor: u32, completion: bool) {
        self.display = Some(cursor);
        self.completion = completion;
    }

    /// haxe's `check_resume`: completion right after `p` (a `.` before the cursor).
    fn check_resume(&self, p: Span) -> bool {
        self.completion && self.recover && self.display == Some(p.hi)
    }

    /// haxe's `would_skip_display_position`: the cursor lies in the gap after `p1` (after
    /// one space with `plus_one`) up to the end of the next token.
    fn would_skip_display_position(&self, p1: Span, plus_one: bool) -> bool {
        let Some(d) = self.display.filter(|_| self.recover) else {
            return false;
        };
        let lo = p1.hi + u32::from(plus_one);
        lo <= d && self.peek().span.hi >= d
    }

    /// haxe's `check_resume_range`: the cursor lies strictly after `p1` and before the next token.
    fn check_resume_range(&self, p1: Span) -> Option<Span> {
        let d = self.display.filter(|_| self.completion && self.recover)?;
        let next = self.peek().span;
        (p1.lo < d && next.lo >= d).then_some(next)
    }

    /// An empty type path at the cursor: haxe's `magic_type_path` for a type being typed.
    fn magic_type_path(&self) -> TypePath {
        let at = Span::at(self.display.unwrap_or(0));
        TypePath {
            pack: Vec::new(),
            name: Name::default(),
            params: Vec::new(),
            sub: None,
            span: at,
        }
    }

    /// haxe's `type_path`: the completion request for a dotted path ending before the cursor.
    fn type_path_request(parts: &[Ident], in_import: bool, span: Span) -> Stop {
        let mut pack: Vec<Name> = parts.iter().map(|i| i.name.clone()).collect();
        let name = match pack.last() {
            Some(last) if last.starts_with(|c: char| c.is_ascii_uppercase()) => pack.pop(),
            _ => None,
        };
        Stop::TypePath(Box::new(TypePathCompletion {
            pack,
            name,
            in_import,
            cur_package: false,
            span,
        }))
    }

    /// A parser for the display file: errors are recorded and parsing goes on.
    pub fn recovering(text: &'a str, pre: &'a Preprocessed) -> Parser<'a> {
        let mut p = Parser::new(text, pre);
        p.recover = true;
        p
    }

    /// The errors recorded while recovering.
    pub fn take_errors(&mut self) -> Vec<SyntaxError> {
        std::mem::take(&mut self.errors)
    }

    /// haxe's `syntax_error`: in the display file, record the error and go on with
    /// `default`; elsewhere, fail.
    fn syntax_error<T>(&mut self, err: Stop, default: T) -> R<T> {
        if !self.can_recover() {
            return Err(err);
        }
        match err {
            Stop::Error(e) | Stop::Fatal(e) => {
                self.errors.push(*e);
                Ok(default)
            }
            Stop::NoMatch => {
                if let Stop::Error(e) = self.unexpected() {
                    self.errors.push(*e);
                }
                Ok(default)
            }
            Stop::TypePath(_) | Stop::Markup(..) => Err(err),
        }
    }

    /// Whether an error may be recovered from here (never a lexer error).
    fn can_recover(&self) -> bool {
        self.recover && !self.saw_error_token.get() && self.lexer_failure.borrow().is_none()
    }

    /// haxe's `handle_stream_error`: records a caught `Stream.Error` (or a failure to start,
    /// as `Unexpected` at the next token).
    fn record(&mut self, stop: Stop) {
        match stop {
            Stop::Error(e) | Stop::Fatal(e) => self.errors.push(*e),
            Stop::NoMatch => {
                if let Stop::Error(e) = self.unexpected() {
                    self.errors.push(*e);
                }
            }
            Stop::TypePath(_) | Stop::Markup(..) => {}
        }
    }

    /// haxe's `error`: an error that only a block in a display file catches.
    fn fatal_at(&self, message: impl Into<String>, span: Span) -> Stop {
        match self.error_at(message, span) {
            Stop::Error(e) => Stop::Fatal(e),
            other => other,
        }
    }

    // ---- token access ----

    fn tok(&self, i: usize) -> Token {
        match self.tokens.get(i) {
            Some(t) => {
                if matches!(t.kind, TokenKind::Error) {
                    self.saw_error_token.set(true);
                }
                *t
            }
            None => {
                let end = self.tokens.last().map(|t| t.span.hi).unwrap_or(0);
                Token {
                    kind: TokenKind::Eof,
                    span: Span::at(end),
                    doc: Token::NO_DOC,
                }
            }
        }
    }

    fn peek(&self) -> Token {
        self.tok(self.pos)
    }

    fn peek_kind(&self) -> TokenKind {
        self.peek().kind
    }

    fn peek_n(&self, n: usize) -> Token {
        self.tok(self.pos + n)
    }

    fn bump(&mut self) -> Token {
        let t = self.peek();
        if t.kind != TokenKind::Eof && t.kind != TokenKind::Error {
            self.pos += 1;
        }
        t
    }

    fn eat(&mut self, kind: TokenKind) -> Option<Span> {
        if self.peek_kind() == kind {
            Some(self.bump().span)
        } else {
            None
        }
    }

    fn last_token(&self) -> Token {
        if self.pos == 0 {
            self.tok(0)
        } else {
            self.tok(self.pos - 1)
        }
    }

    fn text_of(&self, span: Span) -> &'a str {
        &self.text[span.lo as usize..span.hi as usize]
    }

    // ---- errors ----

    /// An error at the next token; when that token is a lexer error, the lexer's message.
    fn error_at_next(&self, message: impl Into<String>) -> Stop {
        self.error_at(message, self.peek().span)
    }

    fn error_at(&self, message: impl Into<String>, span: Span) -> Stop {
        if self.peek_kind() == TokenKind::Error && span == self.peek().span {
            return Stop::Error(Box::new(self.lex_error()));
        }
        Stop::Error(Box::new(SyntaxError {
            message: message.into(),
            span,
        }))
    }

    fn lex_error(&self) -> SyntaxError {
        let e = self.pre.errors.last();
        SyntaxError {
            message: e.map(|e| e.message.clone()).unwrap_or_default(),
            span: e.map(|e| e.span).unwrap_or_default(),
        }
    }

    /// haxe's `serror()`: `Unexpected <next token>`.
    fn unexpected(&self) -> Stop {
        let t = self.peek();
        if t.kind == TokenKind::Error {
            return Stop::Error(Box::new(self.lex_error()));
        }
        Stop::Error(Box::new(SyntaxError {
            message: format!("Unexpected {}", self.token_string(t)),
            span: t.span,
        }))
    }

    /// Turns a `NoMatch` after the start of a rule into a hard error, as camlp4 streams do.
    fn must<T>(&self, r: R<T>) -> R<T> {
        match r {
            Err(Stop::NoMatch) => Err(self.unexpected()),
            other => other,
        }
    }

    fn expect(&mut self, kind: TokenKind) -> R<Span> {
        match self.eat(kind) {
            Some(s) => Ok(s),
            None => Err(self.unexpected()),
        }
    }

    /// haxe's `s_token`, for `Unexpected` messages.
    pub fn token_string(&self, t: Token) -> String {
        match t.kind {
            TokenKind::Eof => "<end of file>".into(),
            TokenKind::StringDq | TokenKind::StringSq => {
                let raw = self.text_of(t.span);
                let s = super::lexer::unescape(&raw[1..raw.len().saturating_sub(1).max(1)])
                    .unwrap_or_default();
                format!("\"{}\"", s_escape(&s))
            }
            TokenKind::Regex => {
                let raw = self.text_of(t.span);
                let end = raw.rfind('/').unwrap_or(raw.len());
                format!("{}/", &raw[..end.max(2)])
            }
            _ => self.text_of(t.span).to_string(),
        }
    }

    fn doc_of(&self, t: Token) -> Option<String> {
        if t.doc == Token::NO_DOC {
            return None;
        }
        let span = self.pre.docs.get(t.doc as usize)?;
        let raw = self.text_of(*span);
        // The comment text without `/*` and `*/`, then without the leading `*` and one
        // trailing `*` (haxe's `process_token`).
        let inner = &raw[2..raw.len() - 2];
        let inner = inner.strip_prefix('*').unwrap_or(inner);
        let inner = inner.strip_suffix('*').unwrap_or(inner);
        Some(inner.to_string())
    }

    // ---- helpers over common token shapes ----

    fn ident(&mut self) -> Option<Ident> {
        let t = self.peek();
        if t.kind == TokenKind::Ident {
            self.bump();
            Some(Ident {
                name: Name::from(self.text_of(t.span)),
                span: t.span,
            })
        } else {
            None
        }
    }

    fn dollar_ident(&mut self) -> Option<Ident> {
        let t = self.peek();
        if matches!(t.kind, TokenKind::Ident | TokenKind::Dollar) {
            self.bump();
            Some(Ident {
                name: Name::from(self.text_of(t.span)),
                span: t.span,
            })
        } else {
            None
        }
    }

    /// `;`, optional after a `}` (haxe's `semicolon`).
    fn semicolon(&mut self) -> R<Span> {
        if self.last_token().kind == TokenKind::BrClose && self.pos > 0 {
            Ok(self
                .eat(TokenKind::Semicolon)
                .unwrap_or(self.last_token().span))
        } else {
            match self.eat(TokenKind::Semicolon) {
                Some(s) => Ok(s),
                None => {
                    let err = self.error_at_next("Missing ;");
                    let next = self.peek().span;
                    self.syntax_error(err, next)
                }
            }
        }
    }

    // ---- recovery (display file only) ----

    /// haxe's `resume`: after an error, skips to the start of the next field declaration
    /// (`fdecl`, returns true) or type declaration (returns false), keeping the metadata and
    /// `private` that prefix it.
    fn resume(&mut self, tdecl: bool, fdecl: bool) -> bool {
        let mut k = 1;
        loop {
            let idx = self.pos + k - 1;
            let t = self.tok(idx).kind;
            let before = |n: usize| -> Option<TokenKind> {
                (idx >= self.pos + n).then(|| self.tok(idx - n).kind)
            };
            let is_const = |k: TokenKind| is_const(k);
            match t {
                TokenKind::Kwd(_) if before(1) == Some(TokenKind::At) => k += 1,
                TokenKind::Kwd(_)
                    if before(1) == Some(TokenKind::DblDot) && before(2) == Some(TokenKind::At) =>
                {
                    k += 1
                }
                c if fdecl
                    && (is_const(c) || c == kw(Keyword::New))
                    && before(1) == Some(kw(Keyword::Function)) =>
                {
                    self.junk_tokens(k - 2);
                    return true;
                }
                TokenKind::Kwd(
                    Keyword::Macro
                    | Keyword::Public
                    | Keyword::Static
                    | Keyword::Var
                    | Keyword::Override
                    | Keyword::Dynamic
                    | Keyword::Inline
                    | Keyword::Overload,
                ) if fdecl => {
                    self.junk_tokens(k - 1);
                    return true;
                }
                TokenKind::BrClose if tdecl => {
                    self.junk_tokens(k - 1);
                    return false;
                }
                TokenKind::Eof
                | TokenKind::Error
                | TokenKind::Kwd(
                    Keyword::Import
                    | Keyword::Using
                    | Keyword::Extern
                    | Keyword::Class
                    | Keyword::Interface
                    | Keyword::Enum
                    | Keyword::Typedef
                    | Keyword::Abstract,
                ) => {
                    self.junk_tokens(k - 1);
                    return false;
                }
                _ => k += 1,
            }
        }
    }

    /// Drops the next `k` tokens, except a trailing `private` or metadata that prefixes the
    /// declaration found after them (haxe's `junk_tokens`).
    fn junk_tokens(&mut self, k: usize) {
        if k == 0 {
            return;
        }
        let at = |i: usize| self.tok(self.pos + i).kind;
        let last = at(k - 1);
        let word = |t: TokenKind| is_const(t) || matches!(t, TokenKind::Kwd(_));
        if last == kw(Keyword::Private) {
            return self.junk_tokens(k - 1);
        }
        if k >= 3 && word(last) && at(k - 2) == TokenKind::DblDot && at(k - 3) == TokenKind::At {
            return self.junk_tokens(k - 3);
        }
        if k >= 2 && word(last) && at(k - 2) == TokenKind::At {
            return self.junk_tokens(k - 2);
        }
        if last == TokenKind::PClose {
            // Find the matching `(` and look for `@name` or `@:name` before it.
            let mut depth = 0usize;
            let mut i = k - 1;
            while i > 0 {
                i -= 1;
                match at(i) {
                    TokenKind::PClose => depth += 1,
                    TokenKind::POpen if depth == 0 => {
                        if i >= 2 && word(at(i - 1)) && at(i - 2) == TokenKind::At {
                            return self.junk_tokens(i - 2);
                        }
                        if i >= 3
                            && word(at(i - 1))
                            && at(i - 2) == TokenKind::DblDot
                            && at(i - 3) == TokenKind::At
                        {
                            return self.junk_tokens(i - 3);
                        }
                        break;
                    }
                    TokenKind::POpen => depth -= 1,
                    _ => {}
                }
            }
        }
        for _ in 0..k {
            self.bump();
        }
    }

    // ---- file level ----

    pub fn parse_file(&mut self) -> Result<Module, SyntaxError> {
        let result = self.file();
        if let Some(e) = self.lexer_failure.borrow_mut().take() {
            return Err(e);
        }
        if result.is_err() && self.saw_error_token.get() {
            return Err(self.lex_error());
        }
        match result {
            Ok(m) => Ok(m),
            Err(Stop::Error(e)) | Err(Stop::Fatal(e)) => Err(*e),
            Err(Stop::Markup(lo, hi)) => {
                self.markup_request = Some((lo, hi));
                Err(SyntaxError {
                    message: "Unterminated markup literal".into(),
                    span: Span::at(lo),
                })
            }
            Err(Stop::TypePath(t)) => {
                self.type_path_completion = Some(*t);
                Ok(Module {
                    package: Vec::new(),
                    package_span: None,
                    decls: Vec::new(),
                })
            }
            Err(Stop::NoMatch) => match self.unexpected() {
                Stop::Error(e) | Stop::Fatal(e) => Err(*e),
                Stop::NoMatch | Stop::TypePath(_) | Stop::Markup(..) => unreachable_error(),
            },
        }
    }

    fn file(&mut self) -> R<Module> {
        let mut package = Vec::new();
        let mut package_span = None;
        if let Some(p) = self.eat(kw(Keyword::Package)) {
            package = self.parse_package()?;
            if package.is_empty() {
                if let TokenKind::Ident = self.peek_kind() {
                    return Err(self.fatal_at(
                        "Package name must start with a lowercase character",
                        self.peek().span,
                    ));
                }
            }
            let semi = self.semicolon()?;
            package_span = Some(p.to(semi));
        }
        let mut decls = Vec::new();
        // haxe's `parse_type_decls` arguments: what may come next, and where the previous
        // declaration ended (`None` before the first of a file without `package`).
        let mut mode = if package_span.is_some() {
            TypeDeclMode::AfterImport
        } else {
            TypeDeclMode::BeforePackage
        };
        let mut pmax = package_span.map(|s| s.hi);
        let mut certain = true;
        loop {
            if certain {
                self.check_type_decl_point(mode, pmax);
            }
            if self.peek_kind() == TokenKind::Eof {
                break;
            }
            let start = self.pos;
            match self.type_decl() {
                Ok(d) => {
                    mode = match d.kind {
                        DeclKind::Import(_) | DeclKind::Using(_) => TypeDeclMode::AfterImport,
                        _ => TypeDeclMode::AfterType,
                    };
                    pmax = Some(d.span.hi);
                    decls.push(d);
                }
                Err(e @ (Stop::NoMatch | Stop::Error(_))) if self.can_recover() => {
                    self.record(e);
                    self.resume(false, false);
                    if self.pos == start && self.peek_kind() != TokenKind::Eof {
                        self.bump();
                    }
                    // Where haxe resumes after an error is not followed exactly here.
                    certain = false;
                }
                Err(Stop::NoMatch) => return Err(self.unexpected()),
                Err(Stop::TypePath(t)) => {
                    return Err(Stop::TypePath(Box::new(resolve_bare(*t, &package, &decls))))
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Module {
            package,
            package_span,
            decls,
        })
    }

    /// haxe's `check_type_decl_completion`: a completion whose cursor lies between the end
    /// of the previous declaration and the start of the next token.
    fn check_type_decl_point(&mut self, mode: TypeDeclMode, pmax: Option<u32>) {
        let Some(cursor) = self.display.filter(|_| self.completion && self.recover) else {
            return;
        };
        let next = self.peek();
        let after_previous = pmax.is_none_or(|hi| hi <= cursor);
        if !after_previous || (next.kind != TokenKind::Eof && next.span.lo < cursor) {
            return;
        }
        let printed = match next.kind {
            TokenKind::Ident if next.span.lo <= cursor && cursor <= next.span.hi => {
                Printed::Nothing
            }
            TokenKind::Eof => Printed::Line("<end of file>".into()),
            // Metadata completion starts there.
            TokenKind::At if next.span.lo == cursor => Printed::Unknown,
            TokenKind::StringDq
            | TokenKind::StringSq
            | TokenKind::Regex
            | TokenKind::Markup
            | TokenKind::Error => Printed::Unknown,
            _ => Printed::Line(self.text_of(next.span).to_string()),
        };
        // Right after a declaration that ends with a type or a name, haxe may complete that
        // instead (`typedef A = B|;` lists types).
        let touching = pmax == Some(cursor)
            && !matches!(
                self.text.as_bytes().get((cursor as usize).wrapping_sub(1)),
                Some(b';' | b'}')
            );
        self.type_decl_point = Some(TypeDeclPoint {
            mode,
            printed,
            touching,
        });
    }

    fn parse_package(&mut self) -> R<Vec<Ident>> {
        let mut out = Vec::new();
        let first = self.lower_ident_or_macro();
        let Some(first) = first else {
            return Ok(out);
        };
        out.push(first);
        while self.peek_kind() == TokenKind::Dot {
            self.bump();
            match self.lower_ident_or_macro() {
                Some(i) => out.push(i),
                None => return Err(self.unexpected()),
            }
        }
        Ok(out)
    }

    fn lower_ident_or_macro(&mut self) -> Option<Ident> {
        let t = self.peek();
        let ok = match t.kind {
            TokenKind::Ident => is_lower_ident(self.text_of(t.span)),
            TokenKind::Kwd(Keyword::Macro | Keyword::Extern | Keyword::Function) => true,
            _ => false,
        };
        if ok {
            self.bump();
            Some(Ident {
                name: Name::from(self.text_of(t.span)),
                span: t.span,
            })
        } else {
            None
        }
    }

    fn type_decl(&mut self) -> R<TypeDecl> {
        let t = self.peek();
        match t.kind {
            TokenKind::Kwd(Keyword::Import) => {
                self.bump();
                return self.parse_import(t.span);
            }
            TokenKind::Kwd(Keyword::Using) => {
                self.bump();
                return self.parse_using(t.span);
            }
            _ => {}
        }
        let doc = self.doc_of(t);
        let meta = self.parse_meta()?;
        let flags = self.parse_common_flags();
        let t = self.peek();
        let started = !meta.is_empty() || !flags.is_empty();
        let r = match t.kind {
            TokenKind::Kwd(Keyword::Function) => self.module_function(doc, meta, &flags),
            TokenKind::Kwd(Keyword::Var) => self.module_var(doc, meta, &flags),
            TokenKind::Kwd(Keyword::Enum) => {
                self.bump();
                if let Some(p1) = self.eat(kw(Keyword::Abstract)) {
                    self.parse_abstract(doc, meta, &flags, true, p1)
                } else {
                    self.parse_enum_decl(doc, meta, &flags, t.span)
                }
            }
            TokenKind::Kwd(Keyword::Class | Keyword::Interface) => {
                self.bump();
                let interface = t.kind == kw(Keyword::Interface);
                self.parse_class_content(doc, meta, &flags, interface, false, t.span)
            }
            TokenKind::Kwd(Keyword::Typedef) => {
                self.bump();
                self.parse_typedef(doc, meta, &flags, t.span)
            }
            TokenKind::Kwd(Keyword::Abstract) => {
                self.bump();
                if matches!(self.peek_kind(), TokenKind::Ident | TokenKind::Dollar) {
                    self.parse_abstract(doc, meta, &flags, false, t.span)
                } else {
                    let flags2 = self.parse_common_flags();
                    let mut all = flags.clone();
                    all.extend(flags2);
                    let c = self.peek();
                    if matches!(c.kind, TokenKind::Kwd(Keyword::Class | Keyword::Interface)) {
                        self.bump();
                        let interface = c.kind == kw(Keyword::Interface);
                        self.parse_class_content(doc, meta, &all, interface, true, t.span)
                    } else {
                        Err(self.unexpected())
                    }
                }
            }
            _ => {
                if let Some((DeclFlag::Final, p1)) = flags.last().copied() {
                    if let Some(name) = self.dollar_ident() {
                        let ty = self.parse_type_opt()?;
                        let (e, p2) = must!(self, self.parse_var_field_assignment())?;
                        self.check_flags(
                            &flags[..flags.len() - 1],
                            MODULE_FIELD_FLAGS,
                            MODULE_FIELDS,
                        )?;
                        let mut access = module_field_access(&flags[..flags.len() - 1]);
                        access.push((Access::Final, p1));
                        return Ok(TypeDecl {
                            kind: DeclKind::Static(Field {
                                name,
                                doc,
                                meta,
                                access,
                                kind: FieldKind::Var(ty, e),
                                span: p1.to(p2),
                            }),
                            span: p1.to(p2),
                        });
                    }
                }
                if started {
                    Err(self.unexpected())
                } else {
                    Err(Stop::NoMatch)
                }
            }
        };
        r
    }

    fn module_function(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
    ) -> R<TypeDecl> {
        let p1 = self.bump().span;
        let Some(name) = self.dollar_ident() else {
            return Err(self.unexpected());
        };
        let params = self.parse_constraint_params()?;
        self.expect(TokenKind::POpen)?;
        let args = self.psep_fun_params()?;
        self.expect(TokenKind::PClose)?;
        let ret = self.parse_type_opt()?;
        let (body, p2) = self.function_body()?;
        self.check_flags(flags, MODULE_FIELD_FLAGS, MODULE_FIELDS)?;
        let span = p1.to(p2);
        Ok(TypeDecl {
            kind: DeclKind::Static(Field {
                name,
                doc,
                meta,
                access: module_field_access(flags),
                kind: FieldKind::Fun(Function {
                    params,
                    args,
                    ret,
                    body: body.map(Box::new),
                }),
                span,
            }),
            span,
        })
    }

    /// A function body or `;` (for externs and interfaces).
    fn function_body(&mut self) -> R<(Option<Expr>, Span)> {
        match self.expr() {
            Ok(e) => {
                self.semicolon_ignored()?;
                let s = e.span;
                Ok((Some(e), s))
            }
            Err(Stop::NoMatch) => {
                if self.peek_kind() == TokenKind::Semicolon {
                    let p = self.bump().span;
                    Ok((None, p))
                } else if self.last_token().kind == TokenKind::BrClose {
                    Ok((None, self.last_token().span))
                } else {
                    let err = self.error_at_next("Missing ;");
                    let next = self.peek().span;
                    self.syntax_error(err, (None, next))
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `ignore(semicolon s)`: the result is dropped, but a missing `;` is still an error.
    fn semicolon_ignored(&mut self) -> R<()> {
        self.semicolon().map(|_| ())
    }

    fn module_var(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
    ) -> R<TypeDecl> {
        let p1 = self.bump().span;
        let Some(name) = self.dollar_ident() else {
            return Err(self.unexpected());
        };
        let (kind, p2) = self.var_or_prop_rest()?;
        self.check_flags(flags, MODULE_FIELD_FLAGS, MODULE_FIELDS)?;
        let span = p1.to(p2);
        Ok(TypeDecl {
            kind: DeclKind::Static(Field {
                name,
                doc,
                meta,
                access: module_field_access(flags),
                kind,
                span,
            }),
            span,
        })
    }

    /// After `var name`: a property `(get, set)` or a plain variable, then `= e;` or `;`.
    fn var_or_prop_rest(&mut self) -> R<(FieldKind, Span)> {
        if self.peek_kind() == TokenKind::POpen {
            self.bump();
            let get = must!(self, self.property_ident())?;
            self.expect(TokenKind::Comma)?;
            let set = must!(self, self.property_ident())?;
            self.expect(TokenKind::PClose)?;
            let ty = self.parse_type_opt()?;
            let (expr, p2) = must!(self, self.parse_var_field_assignment())?;
            Ok((FieldKind::Prop { get, set, ty, expr }, p2))
        } else {
            let ty = self.parse_type_opt()?;
            let (e, p2) = must!(self, self.parse_var_field_assignment())?;
            Ok((FieldKind::Var(ty, e), p2))
        }
    }

    fn property_ident(&mut self) -> R<Ident> {
        let t = self.peek();
        let name = match t.kind {
            TokenKind::Ident => Name::from(self.text_of(t.span)),
            TokenKind::Kwd(Keyword::Dynamic) => "dynamic".into(),
            TokenKind::Kwd(Keyword::Default) => "default".into(),
            TokenKind::Kwd(Keyword::Null) => "null".into(),
            _ => return Err(Stop::NoMatch),
        };
        self.bump();
        Ok(Ident { name, span: t.span })
    }

    fn parse_var_field_assignment(&mut self) -> R<(Option<Expr>, Span)> {
        if self.peek_kind() == TokenKind::Binop(Binop::Assign) {
            self.bump();
            let t = self.peek();
            if t.kind == TokenKind::Binop(Binop::Lt) {
                return Err(self.markup_at(t));
            }
            if t.kind == TokenKind::Markup {
                self.bump();
                let e = self.markup_expr(t);
                let p2 = self.eat(TokenKind::Semicolon).unwrap_or(e.span);
                return Ok((Some(e), p2));
            }
            let e = must!(self, self.expr())?;
            let p2 = self.semicolon()?;
            return Ok((Some(e), p2));
        }
        let p = self.semicolon()?;
        Ok((None, p))
    }

    fn parse_import(&mut self, p1: Span) -> R<TypeDecl> {
        let Some(first) = self.ident() else {
            let err = self.error_at_next("Expected identifier");
            let d = TypeDecl {
                kind: DeclKind::Import(Import {
                    path: Vec::new(),
                    mode: ImportMode::Normal,
                }),
                span: p1,
            };
            return self.syntax_error(err, d);
        };
        let mut path = vec![first];
        let (p2, mode) = loop {
            let t = self.peek();
            match t.kind {
                TokenKind::Dot => {
                    self.bump();
                    if self.check_resume(t.span) {
                        return Err(Self::type_path_request(
                            &path,
                            true,
                            path[0].span.to(t.span),
                        ));
                    }
                    let n = self.peek();
                    match n.kind {
                        TokenKind::Ident
                        | TokenKind::Kwd(Keyword::Macro | Keyword::Extern | Keyword::Function) => {
                            self.bump();
                            path.push(Ident {
                                name: Name::from(self.text_of(n.span)),
                                span: n.span,
                            });
                        }
                        TokenKind::Binop(Binop::Mult) => {
                            self.bump();
                            let p2 = self.expect(TokenKind::Semicolon)?;
                            break (p2, ImportMode::All);
                        }
                        _ => {
                            if self.peek_kind() == TokenKind::Semicolon {
                                // haxe consumes the `;` before complaining.
                                self.bump();
                            }
                            let err = self.error_at_next("Expected identifier");
                            let p = self.last_token().span;
                            break self.syntax_error(err, (p, ImportMode::Normal))?;
                        }
                    }
                }
                TokenKind::Semicolon => {
                    self.bump();
                    break (t.span, ImportMode::Normal);
                }
                TokenKind::Kwd(Keyword::In) => {
                    self.bump();
                    let alias = self.ident().ok_or_else(|| self.unexpected())?;
                    let p2 = self.expect(TokenKind::Semicolon)?;
                    break (p2, ImportMode::Alias(alias));
                }
                TokenKind::Ident if self.text_of(t.span) == "as" => {
                    self.bump();
                    let alias = self.ident().ok_or_else(|| self.unexpected())?;
                    let p2 = self.expect(TokenKind::Semicolon)?;
                    break (p2, ImportMode::Alias(alias));
                }
                _ => {
                    let err = self.error_at_next("Expected . or ; or as");
                    let p = self.last_token().span;
                    break self.syntax_error(err, (p, ImportMode::Normal))?;
                }
            }
        };
        Ok(TypeDecl {
            kind: DeclKind::Import(Import { path, mode }),
            span: p1.to(p2),
        })
    }

    fn parse_using(&mut self, p1: Span) -> R<TypeDecl> {
        let Some(first) = self.ident() else {
            let err = self.error_at_next("Expected identifier");
            let d = TypeDecl {
                kind: DeclKind::Using(Vec::new()),
                span: p1,
            };
            return self.syntax_error(err, d);
        };
        let mut path = vec![first];
        let p2 = loop {
            let t = self.peek();
            match t.kind {
                TokenKind::Dot => {
                    self.bump();
                    if self.check_resume(t.span) {
                        return Err(Self::type_path_request(
                            &path,
                            false,
                            path[0].span.to(t.span),
                        ));
                    }
                    let n = self.peek();
                    match n.kind {
                        TokenKind::Ident
                        | TokenKind::Kwd(Keyword::Macro | Keyword::Extern | Keyword::Function) => {
                            self.bump();
                            path.push(Ident {
                                name: Name::from(self.text_of(n.span)),
                                span: n.span,
                            });
                        }
                        _ => {
                            let err = self.error_at_next("Expected identifier");
                            break self.syntax_error(err, t.span)?;
                        }
                    }
                }
                TokenKind::Semicolon => {
                    self.bump();
                    break t.span;
                }
                _ => {
                    let err = self.error_at_next("Expected . or ;");
                    let p = self.last_token().span;
                    break self.syntax_error(err, p)?;
                }
            }
        };
        Ok(TypeDecl {
            kind: DeclKind::Using(path),
            span: p1.to(p2),
        })
    }

    fn parse_common_flags(&mut self) -> Vec<(DeclFlag, Span)> {
        let mut out = Vec::new();
        loop {
            let t = self.peek();
            let f = match t.kind {
                TokenKind::Kwd(Keyword::Private) => DeclFlag::Private,
                TokenKind::Kwd(Keyword::Extern) => DeclFlag::Extern,
                TokenKind::Kwd(Keyword::Final) => DeclFlag::Final,
                TokenKind::Kwd(Keyword::Macro) => DeclFlag::Macro,
                TokenKind::Kwd(Keyword::Dynamic) => DeclFlag::Dynamic,
                TokenKind::Kwd(Keyword::Inline) => DeclFlag::Inline,
                TokenKind::Kwd(Keyword::Public) => DeclFlag::Public,
                TokenKind::Kwd(Keyword::Static) => DeclFlag::Static,
                TokenKind::Kwd(Keyword::Overload) => DeclFlag::Overload,
                _ => return out,
            };
            self.bump();
            out.push((f, t.span));
        }
    }

    fn type_name(&mut self) -> R<Ident> {
        let t = self.peek();
        match t.kind {
            TokenKind::Ident => {
                self.bump();
                let name = Name::from(self.text_of(t.span));
                if is_lower_ident(&name) {
                    let err =
                        self.error_at("Type name should start with an uppercase letter", t.span);
                    self.syntax_error(err, ())?;
                }
                Ok(Ident { name, span: t.span })
            }
            TokenKind::Dollar => {
                self.bump();
                Ok(Ident {
                    name: Name::from(self.text_of(t.span)),
                    span: t.span,
                })
            }
            _ => Err(Stop::NoMatch),
        }
    }

    fn decl_head(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
        name: Ident,
        params: Vec<TypeParamDecl>,
    ) -> DeclHead {
        DeclHead {
            name,
            doc,
            meta,
            params,
            private: flags.iter().any(|(f, _)| *f == DeclFlag::Private),
            external: flags.iter().any(|(f, _)| *f == DeclFlag::Extern),
        }
    }

    /// Flags a declaration kind does not support: haxe reports
    /// `<flag> modifier is not supported for <decls>`.
    fn check_flags(
        &mut self,
        flags: &[(DeclFlag, Span)],
        allowed: &[DeclFlag],
        what: &str,
    ) -> R<()> {
        for (f, p) in flags {
            if !allowed.contains(f) {
                let err = Stop::Error(Box::new(SyntaxError {
                    message: format!("{} modifier is not supported for {}", f.as_str(), what),
                    span: *p,
                }));
                self.syntax_error(err, ())?;
            }
        }
        Ok(())
    }

    fn parse_class_content(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
        interface: bool,
        is_abstract: bool,
        p1: Span,
    ) -> R<TypeDecl> {
        let name = must!(self, self.type_name())?;
        let params = self.parse_constraint_params()?;
        let mut extends = Vec::new();
        let mut implements = Vec::new();
        loop {
            let t = self.peek();
            match t.kind {
                TokenKind::Kwd(Keyword::Extends) => {
                    self.bump();
                    extends.push(must!(self, self.parse_type_path())?);
                }
                TokenKind::Kwd(Keyword::Implements) => {
                    self.bump();
                    implements.push(must!(self, self.parse_type_path())?);
                }
                TokenKind::BrOpen => {
                    self.bump();
                    break;
                }
                _ => {
                    let err = self.error_at_next("Expected extends or implements or {");
                    self.syntax_error(err, ())?;
                    break;
                }
            }
        }
        let (fields, p2) = self.parse_class_fields(false)?;
        self.check_flags(
            flags,
            &[DeclFlag::Private, DeclFlag::Extern, DeclFlag::Final],
            "classes",
        )?;
        let is_final = flags.iter().any(|(f, _)| *f == DeclFlag::Final);
        let head = self.decl_head(doc, meta, flags, name, params);
        Ok(TypeDecl {
            kind: DeclKind::Class(ClassDecl {
                head,
                interface,
                is_final,
                is_abstract,
                extends,
                implements,
                fields,
            }),
            span: p1.to(p2),
        })
    }

    fn parse_class_fields(&mut self, tdecl: bool) -> R<(Vec<Field>, Span)> {
        let mut fields = Vec::new();
        if self.can_recover() {
            // haxe's `parse_class_field_resume`.
            loop {
                let start = self.pos;
                match self.parse_class_field(tdecl) {
                    Ok(f) => fields.push(f),
                    Err(Stop::NoMatch) if self.peek_kind() == TokenKind::BrClose => {
                        let p = self.bump().span;
                        return Ok((fields, p));
                    }
                    Err(e @ (Stop::NoMatch | Stop::Error(_))) if self.can_recover() => {
                        self.record(e);
                        if self.resume(tdecl, true) {
                            if self.pos == start {
                                self.bump();
                            }
                            continue;
                        }
                        return Ok((fields, self.last_token().span));
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        loop {
            match self.parse_class_field(tdecl) {
                Ok(f) => fields.push(f),
                Err(Stop::NoMatch) => break,
                Err(e) => return Err(e),
            }
        }
        match self.eat(TokenKind::BrClose) {
            Some(p2) => Ok((fields, p2)),
            None => Err(self.error_at_next("Expected }")),
        }
    }

    fn parse_enum_decl(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
        p1: Span,
    ) -> R<TypeDecl> {
        let name = must!(self, self.type_name())?;
        let params = self.parse_constraint_params()?;
        self.expect(TokenKind::BrOpen)?;
        let mut ctors = Vec::new();
        loop {
            match self.parse_enum_ctor() {
                Ok(c) => ctors.push(c),
                Err(Stop::NoMatch) => break,
                Err(e) => return Err(e),
            }
        }
        let p2 = self.expect(TokenKind::BrClose)?;
        self.check_flags(flags, &[DeclFlag::Private, DeclFlag::Extern], "enums")?;
        let head = self.decl_head(doc, meta, flags, name, params);
        Ok(TypeDecl {
            kind: DeclKind::Enum(EnumDecl { head, ctors }),
            span: p1.to(p2),
        })
    }

    fn parse_enum_ctor(&mut self) -> R<EnumCtor> {
        let doc = self.doc_of(self.peek());
        let meta = self.parse_meta()?;
        let Some(name) = self.ident() else {
            return if meta.is_empty() {
                Err(Stop::NoMatch)
            } else {
                Err(self.unexpected())
            };
        };
        let params = self.parse_constraint_params()?;
        let mut args = Vec::new();
        if self.eat(TokenKind::POpen).is_some() {
            if self.peek_kind() != TokenKind::PClose {
                loop {
                    let opt = self.eat(TokenKind::Question).is_some();
                    let arg_name = match self.ident() {
                        Some(i) => i,
                        None => return Err(self.unexpected()),
                    };
                    let ty = must!(self, self.parse_type_hint())?;
                    args.push(EnumArg {
                        name: arg_name,
                        opt,
                        ty,
                    });
                    if self.eat(TokenKind::Comma).is_none() {
                        break;
                    }
                }
            }
            self.expect(TokenKind::PClose)?;
        }
        let ret = self.parse_type_opt()?;
        let p2 = self.semicolon()?;
        Ok(EnumCtor {
            span: name.span.to(p2),
            name,
            doc,
            meta,
            params,
            args,
            ret,
        })
    }

    fn parse_typedef(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
        p1: Span,
    ) -> R<TypeDecl> {
        let name = must!(self, self.type_name())?;
        let params = self.parse_constraint_params()?;
        self.expect(TokenKind::Binop(Binop::Assign))?;
        let ty = must!(self, self.parse_complex_type())?;
        self.eat(TokenKind::Semicolon);
        self.check_flags(flags, &[DeclFlag::Private, DeclFlag::Extern], "enums")?;
        let span = p1.to(ty.span);
        let head = self.decl_head(doc, meta, flags, name, params);
        Ok(TypeDecl {
            kind: DeclKind::Typedef(TypedefDecl { head, ty }),
            span,
        })
    }

    fn parse_abstract(
        &mut self,
        doc: Option<String>,
        meta: Vec<MetaEntry>,
        flags: &[(DeclFlag, Span)],
        is_enum: bool,
        p1: Span,
    ) -> R<TypeDecl> {
        let name = must!(self, self.type_name())?;
        let params = self.parse_constraint_params()?;
        let underlying = if self.peek_kind() == TokenKind::POpen {
            self.bump();
            let t = must!(self, self.parse_complex_type())?;
            self.expect(TokenKind::PClose)?;
            Some(t)
        } else {
            None
        };
        let mut from = Vec::new();
        let mut to = Vec::new();
        loop {
            let t = self.peek();
            if t.kind != TokenKind::Ident {
                break;
            }
            match self.text_of(t.span) {
                "to" => {
                    self.bump();
                    to.push(must!(self, self.parse_complex_type())?);
                }
                "from" => {
                    self.bump();
                    from.push(must!(self, self.parse_complex_type())?);
                }
                _ => break,
            }
        }
        let (fields, p2) = if self.eat(TokenKind::BrOpen).is_none() {
            let err = self.error_at_next("Expected { or to or from");
            let last = self.last_token().span;
            self.syntax_error(err, (Vec::new(), last))?
        } else {
            self.parse_class_fields(false)?
        };
        self.check_flags(flags, &[DeclFlag::Private, DeclFlag::Extern], "abstracts")?;
        let head = self.decl_head(doc, meta, flags, name, params);
        Ok(TypeDecl {
            kind: DeclKind::Abstract(AbstractDecl {
                head,
                is_enum,
                underlying,
                from,
                to,
                fields,
            }),
            span: p1.to(p2),
        })
    }

    // ---- metadata ----

    fn parse_meta(&mut self) -> R<Vec<MetaEntry>> {
        let mut out = Vec::new();
        while self.peek_kind() == TokenKind::At {
            out.push(self.parse_meta_entry()?);
        }
        Ok(out)
    }

    fn parse_meta_entry(&mut self) -> R<MetaEntry> {
        let p1 = self.bump().span;
        let mut name = String::new();
        let mut last = p1;
        if let Some(t) =
            Some(self.peek()).filter(|t| t.kind == TokenKind::DblDot && t.span.lo == p1.hi)
        {
            self.bump();
            name.push(':');
            last = t.span;
        }
        // One or more name parts joined by dots, each adjacent to what precedes it.
        let mut parts = 0;
        loop {
            let t = self.peek();
            let adjacent = t.span.lo == last.hi;
            let is_part = matches!(t.kind, TokenKind::Ident | TokenKind::Kwd(_));
            if !(adjacent && is_part) {
                if parts == 0 {
                    return Err(self.unexpected());
                }
                break;
            }
            self.bump();
            name.push_str(self.text_of(t.span));
            last = t.span;
            parts += 1;
            if self.peek_kind() == TokenKind::Dot {
                let d = self.bump();
                name.push('.');
                last = d.span;
                continue;
            }
            break;
        }
        let name_end = last;
        let mut params = Vec::new();
        if self.peek_kind() == TokenKind::POpen && self.peek().span.lo == name_end.hi {
            self.bump();
            if self.peek_kind() != TokenKind::PClose {
                loop {
                    params.push(must!(self, self.expr())?);
                    if self.eat(TokenKind::Comma).is_none() {
                        break;
                    }
                }
            }
            if self.eat(TokenKind::PClose).is_none() {
                let err = self.error_at_next("Expected )");
                self.syntax_error(err, ())?;
            }
        }
        Ok(MetaEntry {
            name: name.into(),
            params,
            span: p1.to(name_end),
        })
    }

    // ---- types ----

    fn parse_type_hint(&mut self) -> R<TypeHint> {
        if self.peek_kind() != TokenKind::DblDot {
            return Err(Stop::NoMatch);
        }
        let p1 = self.bump().span;
        if self.check_resume_range(p1).is_some() {
            // A type is being typed here: haxe's magic type path at the cursor. It still
            // parses (and drops) what follows when it can.
            let magic = self.magic_type_path();
            let start = self.pos;
            if self.parse_complex_type().is_err() {
                self.pos = start;
            }
            let span = magic.span;
            return Ok(TypeHint {
                kind: ComplexType::Path(Box::new(magic)),
                span,
            });
        }
        must!(self, self.parse_complex_type())
    }

    fn parse_type_opt(&mut self) -> R<Option<TypeHint>> {
        match self.parse_type_hint() {
            Ok(t) => Ok(Some(t)),
            Err(Stop::NoMatch) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn parse_complex_type(&mut self) -> R<TypeHint> {
        self.parse_complex_type_maybe_named(false)
    }

    fn parse_complex_type_maybe_named(&mut self, allow_named: bool) -> R<TypeHint> {
        self.enter()?;
        let r = self.parse_complex_type_maybe_named_inner(allow_named);
        self.depth -= 1;
        r
    }

    fn parse_complex_type_maybe_named_inner(&mut self, allow_named: bool) -> R<TypeHint> {
        if self.peek_kind() == TokenKind::POpen {
            let p1 = self.bump().span;
            let mut tl = Vec::new();
            if self.peek_kind() != TokenKind::PClose {
                loop {
                    tl.push(must!(self, self.parse_complex_type_maybe_named(true))?);
                    if self.eat(TokenKind::Comma).is_none() {
                        break;
                    }
                }
            }
            let p2 = self.expect(TokenKind::PClose)?;
            let single_unnamed = tl.len() == 1 && !matches!(tl[0].kind, ComplexType::Named(..));
            if single_unnamed {
                let inner = tl.pop().expect("one element");
                let t = TypeHint {
                    kind: ComplexType::Parent(Box::new(inner)),
                    span: p1.to(p2),
                };
                return self.parse_complex_type_next(t);
            }
            return self.parse_function_type_next(tl, p1);
        }
        let t = self.parse_complex_type_inner(allow_named)?;
        self.parse_complex_type_next(t)
    }

    fn parse_complex_type_inner(&mut self, allow_named: bool) -> R<TypeHint> {
        let t = self.peek();
        match t.kind {
            TokenKind::POpen => {
                self.bump();
                let inner = must!(self, self.parse_complex_type())?;
                let p2 = self.expect(TokenKind::PClose)?;
                Ok(TypeHint {
                    kind: ComplexType::Parent(Box::new(inner)),
                    span: t.span.to(p2),
                })
            }
            TokenKind::BrOpen => {
                self.bump();
                self.parse_brace_type(t.span)
            }
            TokenKind::Question => {
                self.bump();
                let inner = must!(self, self.parse_complex_type_inner(allow_named))?;
                let span = t.span.to(inner.span);
                Ok(TypeHint {
                    kind: ComplexType::Optional(Box::new(inner)),
                    span,
                })
            }
            TokenKind::Spread => {
                self.bump();
                let inner = must!(self, self.parse_complex_type_inner(allow_named))?;
                let span = t.span.to(inner.span);
                let hint = match inner.kind {
                    ComplexType::Named(_, h) => *h,
                    other => TypeHint {
                        kind: other,
                        span: inner.span,
                    },
                };
                Ok(TypeHint {
                    kind: ComplexType::Path(Box::new(TypePath {
                        pack: vec!["haxe".into()],
                        name: "Rest".into(),
                        params: vec![TypeParam::Type(hint)],
                        sub: None,
                        span,
                    })),
                    span,
                })
            }
            TokenKind::Ident | TokenKind::Dollar => {
                self.bump();
                let name = Ident {
                    name: Name::from(self.text_of(t.span)),
                    span: t.span,
                };
                if allow_named && self.peek_kind() == TokenKind::DblDot {
                    self.bump();
                    let inner = must!(self, self.parse_complex_type())?;
                    let span = name.span.to(inner.span);
                    return Ok(TypeHint {
                        kind: ComplexType::Named(name, Box::new(inner)),
                        span,
                    });
                }
                let tp = self.parse_type_path2(None, Vec::new(), name)?;
                let span = tp.span;
                Ok(TypeHint {
                    kind: ComplexType::Path(Box::new(tp)),
                    span,
                })
            }
            _ => {
                let tp = self.parse_type_path()?;
                let span = tp.span;
                Ok(TypeHint {
                    kind: ComplexType::Path(Box::new(tp)),
                    span,
                })
            }
        }
    }

    /// After `{` in a type: an anonymous structure, a structure extension, or class-field notation.
    fn parse_brace_type(&mut self, p1: Span) -> R<TypeHint> {
        // `{ name : T, ... }` or `{ ?name : T }` or `{}`.
        if let Some((fields, p2)) = self.parse_type_anonymous()? {
            return Ok(TypeHint {
                kind: ComplexType::Anonymous(fields),
                span: p1.to(p2),
            });
        }
        if self.peek_kind() == TokenKind::Binop(Binop::Gt) {
            let mut tl = Vec::new();
            while self.peek_kind() == TokenKind::Binop(Binop::Gt) {
                self.bump();
                let t = must!(self, self.parse_type_path())?;
                if self.eat(TokenKind::Comma).is_none() {
                    let err = self.error_at_next("Expected ,");
                    self.syntax_error(err, ())?;
                }
                tl.push(t);
            }
            let (fields, p2) = match self.parse_type_anonymous()? {
                Some(r) => r,
                None => self.parse_class_fields(true)?,
            };
            return Ok(TypeHint {
                kind: ComplexType::Extend(tl, fields),
                span: p1.to(p2),
            });
        }
        let (fields, p2) = self.parse_class_fields(true)?;
        Ok(TypeHint {
            kind: ComplexType::Anonymous(fields),
            span: p1.to(p2),
        })
    }

    /// `name : T, ?name : T }`: `None` when the next tokens are not in this notation.
    fn parse_type_anonymous(&mut self) -> R<Option<(Vec<Field>, Span)>> {
        let q = self.peek();
        let has_q = q.kind == TokenKind::Question;
        let name_tok = if has_q { self.peek_n(1) } else { q };
        let name_is_ident = matches!(name_tok.kind, TokenKind::Ident | TokenKind::Dollar);
        let colon_next = if has_q {
            self.peek_n(2)
        } else {
            self.peek_n(1)
        };
        if !name_is_ident || colon_next.kind != TokenKind::DblDot {
            if has_q {
                self.bump();
                return Err(self.unexpected());
            }
            return Ok(None);
        }
        let mut fields = Vec::new();
        loop {
            let q = self.eat(TokenKind::Question);
            let name = self.dollar_ident().ok_or_else(|| self.unexpected())?;
            let ty = must!(self, self.parse_type_hint())?;
            let p1 = match q {
                Some(qp) => qp.to(name.span),
                None => name.span,
            };
            let p2 = self.last_token().span;
            let mut meta = Vec::new();
            if q.is_some() {
                meta.push(MetaEntry {
                    name: ":optional".into(),
                    params: Vec::new(),
                    span: Span::default(),
                });
            }
            let name = Ident {
                name: name.name,
                span: p1,
            };
            fields.push(Field {
                name,
                doc: None,
                meta,
                access: Vec::new(),
                kind: FieldKind::Var(Some(ty), None),
                span: p1.to(p2),
            });
            match self.peek_kind() {
                TokenKind::BrClose => {
                    let p = self.bump().span;
                    return Ok(Some((fields, p)));
                }
                TokenKind::Comma => {
                    self.bump();
                    if let Some(p) = self.eat(TokenKind::BrClose) {
                        return Ok(Some((fields, p)));
                    }
                    let next_ok = matches!(
                        self.peek_kind(),
                        TokenKind::Question | TokenKind::Ident | TokenKind::Dollar
                    );
                    if !next_ok {
                        return Err(self.unexpected());
                    }
                }
                _ => {
                    let err = self.error_at_next("Expected , or }");
                    let p2 = self.last_token().span;
                    return self.syntax_error(err, Some((fields, p2)));
                }
            }
        }
    }

    fn parse_complex_type_next(&mut self, t: TypeHint) -> R<TypeHint> {
        match self.peek_kind() {
            TokenKind::Arrow => {
                self.bump();
                let t2 = must!(self, self.parse_complex_type())?;
                let span = t.span.to(t2.span);
                Ok(match t2.kind {
                    ComplexType::Function(mut args, ret) => {
                        args.insert(0, t);
                        TypeHint {
                            kind: ComplexType::Function(args, ret),
                            span,
                        }
                    }
                    other => TypeHint {
                        kind: ComplexType::Function(
                            vec![t],
                            Box::new(TypeHint {
                                kind: other,
                                span: t2.span,
                            }),
                        ),
                        span,
                    },
                })
            }
            TokenKind::Binop(Binop::And) => {
                self.bump();
                let t2 = must!(self, self.parse_complex_type())?;
                let span = t.span.to(t2.span);
                Ok(match t2.kind {
                    ComplexType::Intersection(mut tl) => {
                        tl.insert(0, t);
                        TypeHint {
                            kind: ComplexType::Intersection(tl),
                            span,
                        }
                    }
                    other => TypeHint {
                        kind: ComplexType::Intersection(vec![
                            t,
                            TypeHint {
                                kind: other,
                                span: t2.span,
                            },
                        ]),
                        span,
                    },
                })
            }
            _ => Ok(t),
        }
    }

    fn parse_function_type_next(&mut self, tl: Vec<TypeHint>, p1: Span) -> R<TypeHint> {
        if self.eat(TokenKind::Arrow).is_none() {
            return Err(self.unexpected());
        }
        let ret = must!(self, self.parse_complex_type_inner(false))?;
        let span = p1.to(ret.span);
        Ok(TypeHint {
            kind: ComplexType::Function(tl, Box::new(ret)),
            span,
        })
    }

    pub(crate) fn parse_type_path(&mut self) -> R<TypePath> {
        let t = self.peek();
        let name = match t.kind {
            TokenKind::Ident | TokenKind::Dollar => Name::from(self.text_of(t.span)),
            _ => return Err(Stop::NoMatch),
        };
        self.bump();
        self.parse_type_path2(None, Vec::new(), Ident { name, span: t.span })
    }

    fn parse_type_path2(
        &mut self,
        p0: Option<Span>,
        mut pack: Vec<Name>,
        name: Ident,
    ) -> R<TypePath> {
        let start = p0.unwrap_or(name.span);
        if is_lower_ident(&name.name) {
            match self.peek_kind() {
                TokenKind::Dot => {
                    let dot = self.bump().span;
                    pack.push(name.name);
                    if self.check_resume(dot) {
                        return Err(Stop::TypePath(Box::new(TypePathCompletion {
                            pack,
                            name: None,
                            in_import: false,
                            cur_package: false,
                            span: start.to(dot),
                        })));
                    }
                    let t = self.peek();
                    let next = match t.kind {
                        TokenKind::Ident | TokenKind::Dollar => Name::from(self.text_of(t.span)),
                        TokenKind::Kwd(Keyword::Macro | Keyword::Extern | Keyword::Function) => {
                            Name::from(self.text_of(t.span))
                        }
                        _ => return Err(self.unexpected()),
                    };
                    self.bump();
                    return self.parse_type_path2(
                        Some(start),
                        pack,
                        Ident {
                            name: next,
                            span: t.span,
                        },
                    );
                }
                TokenKind::Semicolon => {
                    return Err(
                        self.fatal_at("Type name should start with an uppercase letter", name.span)
                    );
                }
                _ => return Err(self.unexpected()),
            }
        }
        let mut sub = None;
        let mut p2 = name.span;
        if self.peek_kind() == TokenKind::Dot {
            let dot = self.bump().span;
            if self.check_resume(dot) {
                return Err(Stop::TypePath(Box::new(TypePathCompletion {
                    pack,
                    name: Some(name.name),
                    in_import: false,
                    cur_package: false,
                    span: start.to(dot),
                })));
            }
            let t = self.peek();
            if t.kind == TokenKind::Ident && !is_lower_ident(self.text_of(t.span)) {
                self.bump();
                sub = Some(Name::from(self.text_of(t.span)));
                p2 = t.span;
            } else {
                return Err(self.unexpected());
            }
        }
        let mut params = Vec::new();
        if self.peek_kind() == TokenKind::Binop(Binop::Lt) {
            self.bump();
            loop {
                params.push(must!(self, self.parse_type_path_or_const())?);
                if self.eat(TokenKind::Comma).is_none() {
                    break;
                }
            }
            match self.eat(TokenKind::Binop(Binop::Gt)) {
                Some(p) => p2 = p,
                None => {
                    let err = self.error_at_next("Expected >");
                    p2 = self.syntax_error(err, self.last_token().span)?;
                }
            }
        }
        Ok(TypePath {
            pack,
            name: name.name,
            params,
            sub,
            span: start.to(p2),
        })
    }

    fn parse_type_path_or_const(&mut self) -> R<TypeParam> {
        let t = self.peek();
        match t.kind {
            TokenKind::BkOpen => {
                self.bump();
                let e = self.parse_array_decl(t.span)?;
                return Ok(TypeParam::Expr(e));
            }
            TokenKind::POpen
            | TokenKind::BrOpen
            | TokenKind::Question
            | TokenKind::Spread
            | TokenKind::Ident
            | TokenKind::Dollar => {
                return Ok(TypeParam::Type(self.parse_complex_type()?));
            }
            _ => {}
        }
        if let TokenKind::Unop(_) | TokenKind::Binop(Binop::Sub) = t.kind {
            let c = self.peek_n(1);
            if is_const(c.kind) {
                self.bump();
                self.bump();
                let op = match t.kind {
                    TokenKind::Unop(op) => op,
                    _ => Unop::Neg,
                };
                let e = Expr::new(ExprKind::Const(self.constant(c)), c.span);
                return Ok(TypeParam::Expr(make_unop(op, e, t.span)));
            }
        }
        if is_const(t.kind) {
            self.bump();
            return Ok(TypeParam::Expr(Expr::new(
                ExprKind::Const(self.constant(t)),
                t.span,
            )));
        }
        match t.kind {
            TokenKind::Kwd(Keyword::True) | TokenKind::Kwd(Keyword::False) => {
                self.bump();
                let name = Name::from(self.text_of(t.span));
                return Ok(TypeParam::Expr(Expr::new(
                    ExprKind::Const(Constant::Ident(name)),
                    t.span,
                )));
            }
            _ => {}
        }
        Ok(TypeParam::Expr(self.expr()?))
    }

    fn parse_constraint_params(&mut self) -> R<Vec<TypeParamDecl>> {
        if self.peek_kind() != TokenKind::Binop(Binop::Lt) {
            return Ok(Vec::new());
        }
        self.bump();
        let mut out = Vec::new();
        loop {
            match self.parse_constraint_param() {
                Ok(p) => out.push(p),
                Err(Stop::NoMatch) => {
                    if out.is_empty() {
                        // haxe drops a `>` right here so it does not cause more errors.
                        let err = self.error_at_next("Expected type parameter");
                        if self.recover {
                            self.eat(TokenKind::Binop(Binop::Gt));
                        }
                        return self.syntax_error(err, Vec::new());
                    }
                    return Err(self.unexpected());
                }
                Err(e) => return Err(e),
            }
            if self.eat(TokenKind::Comma).is_none() {
                break;
            }
        }
        if self.eat(TokenKind::Binop(Binop::Gt)).is_none() {
            // The list has begun: haxe's stream error, not its "Expected" message.
            return Err(self.unexpected());
        }
        Ok(out)
    }

    fn parse_constraint_param(&mut self) -> R<TypeParamDecl> {
        let meta = self.parse_meta()?;
        let name = match self.type_name() {
            Ok(n) => n,
            Err(Stop::NoMatch) => {
                if !meta.is_empty() {
                    return Err(self.error_at_next("Expected type name"));
                }
                return Err(Stop::NoMatch);
            }
            Err(e) => return Err(e),
        };
        let constraint = if self.eat(TokenKind::DblDot).is_some() {
            if self.eat(TokenKind::POpen).is_some() {
                // haxe 4 reads `T:(A)` as one parenthesized constraint: the haxe 3 list
                // `T:(A, B)` stops at its comma.
                let t = must!(self, self.parse_complex_type())?;
                self.expect(TokenKind::PClose)?;
                Some(t)
            } else {
                Some(must!(self, self.parse_complex_type())?)
            }
        } else {
            None
        };
        Ok(TypeParamDecl {
            name,
            params: Vec::new(),
            constraint,
            meta,
        })
    }

    // ---- class fields ----

    fn parse_class_field(&mut self, tdecl: bool) -> R<Field> {
        let doc = self.doc_of(self.peek());
        let mut meta = self.parse_meta()?;
        let mut access = Vec::new();
        loop {
            let t = self.peek();
            let a = match t.kind {
                TokenKind::Kwd(Keyword::Static) => Access::Static,
                TokenKind::Kwd(Keyword::Macro) => Access::Macro,
                TokenKind::Kwd(Keyword::Public) => Access::Public,
                TokenKind::Kwd(Keyword::Private) => Access::Private,
                TokenKind::Kwd(Keyword::Override) => Access::Override,
                TokenKind::Kwd(Keyword::Dynamic) => Access::Dynamic,
                TokenKind::Kwd(Keyword::Inline) => Access::Inline,
                TokenKind::Kwd(Keyword::Extern) => Access::Extern,
                TokenKind::Kwd(Keyword::Abstract) => Access::Abstract,
                TokenKind::Kwd(Keyword::Overload) => Access::Overload,
                _ => break,
            };
            self.bump();
            access.push((a, t.span));
        }
        let t = self.peek();
        let (name, pos, kind) = match t.kind {
            TokenKind::Kwd(Keyword::Var) => {
                self.bump();
                let (opt, name) = self.questionable_dollar_ident()?;
                if opt {
                    if !tdecl {
                        let err =
                            self.error_at("?var syntax is only allowed in structures", name.span);
                        self.syntax_error(err, ())?;
                    }
                    meta.insert(0, optional_meta());
                }
                let (kind, p2) = self.var_or_prop_rest()?;
                (name, t.span.to(p2), kind)
            }
            TokenKind::Kwd(Keyword::Final) => {
                self.bump();
                if matches!(
                    self.peek_kind(),
                    TokenKind::Question | TokenKind::Ident | TokenKind::Dollar
                ) {
                    let (opt, name) = self.questionable_dollar_ident()?;
                    if opt {
                        if !tdecl {
                            let err = self
                                .error_at("?var syntax is only allowed in structures", name.span);
                            self.syntax_error(err, ())?;
                        }
                        meta.insert(0, optional_meta());
                    }
                    let ty = self.parse_type_opt()?;
                    let (e, p2) = must!(self, self.parse_var_field_assignment())?;
                    access.push((Access::Final, t.span));
                    (name, t.span.to(p2), FieldKind::Var(ty, e))
                } else {
                    access.push((Access::Final, t.span));
                    loop {
                        let t = self.peek();
                        let a = match t.kind {
                            TokenKind::Kwd(Keyword::Static) => Access::Static,
                            TokenKind::Kwd(Keyword::Macro) => Access::Macro,
                            TokenKind::Kwd(Keyword::Public) => Access::Public,
                            TokenKind::Kwd(Keyword::Private) => Access::Private,
                            TokenKind::Kwd(Keyword::Override) => Access::Override,
                            TokenKind::Kwd(Keyword::Dynamic) => Access::Dynamic,
                            TokenKind::Kwd(Keyword::Inline) => Access::Inline,
                            TokenKind::Kwd(Keyword::Extern) => Access::Extern,
                            TokenKind::Kwd(Keyword::Abstract) => Access::Abstract,
                            TokenKind::Kwd(Keyword::Overload) => Access::Overload,
                            _ => break,
                        };
                        self.bump();
                        access.push((a, t.span));
                    }
                    if self.peek_kind() != kw(Keyword::Function) {
                        return Err(self.unexpected());
                    }
                    self.parse_function_field()?
                }
            }
            TokenKind::Kwd(Keyword::Function) => self.parse_function_field()?,
            _ => {
                if access.is_empty() {
                    if meta.is_empty() {
                        return Err(Stop::NoMatch);
                    }
                    return Err(self.unexpected());
                }
                return Err(self.unexpected());
            }
        };
        let span = match access.first() {
            Some((_, p)) => p.to(pos),
            None => pos,
        };
        Ok(Field {
            name,
            doc,
            meta,
            access,
            kind,
            span,
        })
    }

    fn questionable_dollar_ident(&mut self) -> R<(bool, Ident)> {
        let q = self.eat(TokenKind::Question);
        let name = match self.dollar_ident() {
            Some(n) => n,
            None => return Err(self.unexpected()),
        };
        if let Some(qp) = q {
            if name.span.lo != qp.hi {
                let err = self.error_at(
                    format!("Invalid usage of ?, use ?{} instead", name.name),
                    qp,
                );
                self.syntax_error(err, ())?;
            }
        }
        Ok((q.is_some(), name))
    }

    fn parse_function_field(&mut self) -> R<(Ident, Span, FieldKind)> {
        let p1 = self.bump().span;
        let t = self.peek();
        let name = match t.kind {
            TokenKind::Ident | TokenKind::Dollar => Name::from(self.text_of(t.span)),
            TokenKind::Kwd(Keyword::New) => "new".into(),
            _ => return Err(self.unexpected()),
        };
        self.bump();
        let name = Ident { name, span: t.span };
        let params = self.parse_constraint_params()?;
        self.expect(TokenKind::POpen)?;
        let args = self.psep_fun_params()?;
        self.expect(TokenKind::PClose)?;
        let ret = self.parse_type_opt()?;
        let (body, p2) = self.function_body()?;
        Ok((
            name,
            p1.to(p2),
            FieldKind::Fun(Function {
                params,
                args,
                ret,
                body: body.map(Box::new),
            }),
        ))
    }

    fn psep_fun_params(&mut self) -> R<Vec<FunArg>> {
        let mut out = Vec::new();
        match self.parse_fun_param() {
            Ok(a) => out.push(a),
            Err(Stop::NoMatch) => return Ok(out),
            Err(e) => return Err(e),
        }
        while self.peek_kind() == TokenKind::Comma {
            self.bump();
            out.push(must!(self, self.parse_fun_param())?);
        }
        Ok(out)
    }

    fn parse_fun_param(&mut self) -> R<FunArg> {
        let meta = self.parse_meta()?;
        let t = self.peek();
        let (opt, rest) = match t.kind {
            TokenKind::Question => {
                self.bump();
                (true, false)
            }
            TokenKind::Spread => {
                self.bump();
                (false, true)
            }
            TokenKind::Ident | TokenKind::Dollar => (false, false),
            _ => {
                if meta.is_empty() {
                    return Err(Stop::NoMatch);
                }
                return Err(self.unexpected());
            }
        };
        let name = self.dollar_ident().ok_or_else(|| self.unexpected())?;
        let mut ty = self.parse_type_opt()?;
        let value = if self.eat(TokenKind::Binop(Binop::Assign)).is_some() {
            Some(must!(self, self.expr())?)
        } else {
            None
        };
        if rest {
            let span = ty.as_ref().map(|t| t.span).unwrap_or_default();
            let inner = ty.unwrap_or(TypeHint {
                kind: ComplexType::Path(Box::new(TypePath {
                    pack: vec![],
                    name: "Dynamic".into(),
                    params: vec![],
                    sub: None,
                    span: Span::default(),
                })),
                span: Span::default(),
            });
            ty = Some(TypeHint {
                kind: ComplexType::Path(Box::new(TypePath {
                    pack: vec!["haxe".into()],
                    name: "Rest".into(),
                    params: vec![TypeParam::Type(inner)],
                    sub: None,
                    span,
                })),
                span,
            });
        }
        Ok(FunArg {
            name,
            opt,
            meta,
            ty,
            value,
        })
    }

    // ---- expressions ----

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.error_at_next("Expression is nested too deeply"));
        }
        Ok(())
    }

    /// A `<` where an expression starts opens a markup literal (haxe's `handle_xml_literal`):
    /// ask for the file to be lexed again with it as one token.
    fn markup_at(&self, lt: Token) -> Stop {
        match super::lexer::scan_markup(self.text, lt.span.lo as usize) {
            Some(end) => Stop::Markup(lt.span.lo, end as u32),
            None => {
                let e = SyntaxError {
                    message: "Unterminated markup literal".into(),
                    span: Span::at(lt.span.lo),
                };
                *self.lexer_failure.borrow_mut() = Some(e.clone());
                Stop::Fatal(Box::new(e))
            }
        }
    }

    /// `@:markup "<div>...</div>"`, as haxe represents a markup literal.
    fn markup_expr(&self, t: Token) -> Expr {
        let e = Expr::new(
            ExprKind::Const(Constant::String(
                self.text_of(t.span).into(),
                Quotes::Double,
            )),
            t.span,
        );
        make_meta(
            MetaEntry {
                name: ":markup".into(),
                params: Vec::new(),
                span: Span::new(t.span.lo, t.span.lo + 1),
            },
            e,
        )
    }

    fn constant(&self, t: Token) -> Constant {
        let s = self.text_of(t.span);
        match t.kind {
            TokenKind::Int => Constant::Int(s.into()),
            TokenKind::Float => Constant::Float(s.into()),
            TokenKind::StringDq => Constant::String(string_value(s), Quotes::Double),
            TokenKind::StringSq => Constant::String(string_value(s), Quotes::Single),
            TokenKind::Regex => {
                let body_end = s.rfind('/').unwrap_or(s.len());
                let body = s.get(2..body_end).unwrap_or("");
                let flags = s.get(body_end + 1..).unwrap_or("");
                Constant::Regexp(unescape_regex(body).into(), flags.into())
            }
            _ => Constant::Ident(s.into()),
        }
    }

    /// An expression; `NoMatch` when the next token cannot start one.
    pub(crate) fn expr(&mut self) -> R<Expr> {
        self.enter()?;
        let r = self.expr_inner();
        self.depth -= 1;
        r
    }

    fn secure_expr(&mut self) -> R<Expr> {
        match self.expr() {
            Err(Stop::NoMatch) => {
                let err = self.error_at_next("Expected expression");
                let default = self.null_expr_after_last();
                self.syntax_error(err, default)
            }
            other => other,
        }
    }

    /// `null` at the gap after the last token, where haxe's `secure_expr` puts the
    /// expression it stands in for.
    fn null_expr_after_last(&self) -> Expr {
        let last = self.last_token();
        let offset = match last.kind {
            TokenKind::Int
            | TokenKind::Float
            | TokenKind::StringDq
            | TokenKind::StringSq
            | TokenKind::Regex
            | TokenKind::Ident
            | TokenKind::Kwd(_)
            | TokenKind::Dollar => 1,
            _ => 0,
        };
        let lo = last.span.hi + offset;
        let hi = self.peek().span.hi.saturating_sub(1).max(lo);
        null_expr(Span::new(lo, hi))
    }

    fn expr_inner(&mut self) -> R<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::At => {
                let m = self.parse_meta_entry()?;
                match self.secure_expr() {
                    Ok(e) => Ok(make_meta(m, e)),
                    Err(Stop::NoMatch | Stop::Error(_)) if self.can_recover() => {
                        Ok(make_meta(m, null_expr(Span::default())))
                    }
                    Err(e) => Err(e),
                }
            }
            TokenKind::Binop(Binop::Lt) => Err(self.markup_at(t)),
            TokenKind::Markup => {
                self.bump();
                Ok(self.markup_expr(t))
            }
            TokenKind::BrOpen => {
                self.bump();
                let b = self.block1()?;
                let p2 = match self.eat(TokenKind::BrClose) {
                    Some(p) => p,
                    None => {
                        // haxe guesses the block ends at the next token.
                        let err = self.error_at_next("Expected }");
                        self.syntax_error(err, self.peek().span)?
                    }
                };
                let e = Expr::new(b, t.span.to(p2));
                if matches!(e.kind, ExprKind::ObjectDecl(_)) {
                    self.expr_next(e)
                } else {
                    Ok(e)
                }
            }
            TokenKind::Kwd(Keyword::Macro) => {
                self.bump();
                if self.peek_kind() == TokenKind::Dot {
                    let pd = self.bump().span;
                    let e = Expr::new(ExprKind::Const(Constant::Ident("macro".into())), t.span);
                    return self.parse_field(e, pd);
                }
                self.parse_macro_expr(t.span)
            }
            TokenKind::Kwd(Keyword::Var) | TokenKind::Kwd(Keyword::Final) => {
                self.bump();
                let v = must!(self, self.parse_var_decl(t.kind == kw(Keyword::Final)))?;
                Ok(Expr::new(ExprKind::Vars(vec![v]), t.span))
            }
            TokenKind::Int
            | TokenKind::Float
            | TokenKind::StringDq
            | TokenKind::StringSq
            | TokenKind::Regex
            | TokenKind::Ident => {
                self.bump();
                let e = Expr::new(ExprKind::Const(self.constant(t)), t.span);
                self.expr_next(e)
            }
            TokenKind::Kwd(
                k @ (Keyword::This | Keyword::True | Keyword::False | Keyword::Null),
            ) => {
                self.bump();
                let e = Expr::new(ExprKind::Const(Constant::Ident(k.as_str().into())), t.span);
                self.expr_next(e)
            }
            TokenKind::Kwd(Keyword::Cast) => {
                self.bump();
                self.parse_cast(t.span)
            }
            TokenKind::Kwd(Keyword::Throw) => {
                self.bump();
                let e = must!(self, self.expr())?;
                Ok(Expr::new(ExprKind::Throw(Box::new(e)), t.span))
            }
            TokenKind::Kwd(Keyword::New) => {
                self.bump();
                let tp = match self.parse_type_path() {
                    Ok(tp) => tp,
                    Err(Stop::NoMatch | Stop::Error(_))
                        if self.would_skip_display_position(t.span, true) =>
                    {
                        self.magic_type_path()
                    }
                    Err(Stop::NoMatch) => return Err(self.unexpected()),
                    Err(e) => return Err(e),
                };
                if let Some(po) = self.eat(TokenKind::POpen) {
                    let _ = po;
                    let (args, p2) = self.parse_call_params()?;
                    let e = Expr::new(ExprKind::New(Box::new(tp), args), t.span.to(p2));
                    self.expr_next(e)
                } else {
                    let err = self.error_at_next("Expected (");
                    let span = t.span.to(tp.span);
                    self.syntax_error(
                        err,
                        Expr::new(ExprKind::New(Box::new(tp), Vec::new()), span),
                    )
                }
            }
            TokenKind::POpen => {
                self.bump();
                self.parse_paren(t.span)
            }
            TokenKind::BkOpen => {
                self.bump();
                let e = self.parse_array_decl(t.span)?;
                self.expr_next(e)
            }
            TokenKind::Kwd(Keyword::Function) => {
                self.bump();
                self.parse_function(t.span, false)
            }
            TokenKind::Unop(op) => {
                self.bump();
                let e = must!(self, self.expr())?;
                Ok(make_unop(op, e, t.span))
            }
            TokenKind::Spread => {
                self.bump();
                let e = must!(self, self.expr())?;
                let p = t.span.to(e.span);
                Ok(make_unop(Unop::Spread, e, p))
            }
            TokenKind::Binop(Binop::Sub) => {
                self.bump();
                let e = must!(self, self.expr())?;
                Ok(make_unop(Unop::Neg, e, t.span))
            }
            TokenKind::Kwd(Keyword::For) => {
                self.bump();
                self.expect(TokenKind::POpen)?;
                let it = self.secure_expr()?;
                let body = if self.eat(TokenKind::PClose).is_none() {
                    let err = self.error_at_next("Expected )");
                    self.syntax_error(err, null_expr(it.span))?
                } else {
                    self.secure_expr()?
                };
                let span = t.span.to(body.span);
                Ok(Expr::new(ExprKind::For(Box::new(it), Box::new(body)), span))
            }
            TokenKind::Kwd(Keyword::If) => {
                self.bump();
                self.expect(TokenKind::POpen)?;
                let cond = self.secure_expr()?;
                let e1 = if self.eat(TokenKind::PClose).is_none() {
                    let err = self.error_at_next("Expected )");
                    self.syntax_error(err, null_expr(cond.span))?
                } else {
                    self.secure_expr()?
                };
                let e2 = if self.eat(kw(Keyword::Else)).is_some() {
                    Some(self.secure_expr()?)
                } else if self.peek_kind() == TokenKind::Semicolon
                    && self.peek_n(1).kind == kw(Keyword::Else)
                {
                    self.bump();
                    self.bump();
                    Some(self.secure_expr()?)
                } else {
                    None
                };
                let end = e2.as_ref().map(|e| e.span).unwrap_or(e1.span);
                Ok(Expr::new(
                    ExprKind::If(Box::new(cond), Box::new(e1), e2.map(Box::new)),
                    t.span.to(end),
                ))
            }
            TokenKind::Kwd(Keyword::Return) => {
                self.bump();
                match self.expr() {
                    Ok(e) => {
                        let span = t.span.to(e.span);
                        Ok(Expr::new(ExprKind::Return(Some(Box::new(e))), span))
                    }
                    Err(Stop::NoMatch) => {
                        if self.would_skip_display_position(t.span, true) {
                            let next = self.peek().span;
                            let e = null_expr(Span::new(
                                t.span.lo,
                                next.hi.saturating_sub(1).max(t.span.lo),
                            ));
                            return Ok(Expr::new(ExprKind::Return(Some(Box::new(e))), t.span));
                        }
                        Ok(Expr::new(ExprKind::Return(None), t.span))
                    }
                    Err(e) => Err(e),
                }
            }
            TokenKind::Kwd(Keyword::Break) => {
                self.bump();
                Ok(Expr::new(ExprKind::Break, t.span))
            }
            TokenKind::Kwd(Keyword::Continue) => {
                self.bump();
                Ok(Expr::new(ExprKind::Continue, t.span))
            }
            TokenKind::Kwd(Keyword::While) => {
                self.bump();
                self.expect(TokenKind::POpen)?;
                let cond = self.secure_expr()?;
                let body = if self.eat(TokenKind::PClose).is_none() {
                    let err = self.error_at_next("Expected )");
                    self.syntax_error(err, null_expr(cond.span))?
                } else {
                    self.secure_expr()?
                };
                let span = t.span.to(body.span);
                Ok(Expr::new(
                    ExprKind::While(Box::new(cond), Box::new(body), false),
                    span,
                ))
            }
            TokenKind::Kwd(Keyword::Do) => {
                self.bump();
                let body = self.secure_expr()?;
                if self.eat(kw(Keyword::While)).is_none() {
                    // haxe keeps the body and forgets the `do`.
                    let err = self.error_at_next("Expected while");
                    return self.syntax_error(err, body);
                }
                self.expect(TokenKind::POpen)?;
                let cond = self.secure_expr()?;
                let p2 = match self.eat(TokenKind::PClose) {
                    Some(p) => p,
                    None => {
                        let err = self.error_at_next("Expected )");
                        self.syntax_error(err, self.peek().span)?
                    }
                };
                Ok(Expr::new(
                    ExprKind::While(Box::new(cond), Box::new(body), true),
                    t.span.to(p2),
                ))
            }
            TokenKind::Kwd(Keyword::Switch) => {
                self.bump();
                let subject = self.secure_expr()?;
                if self.eat(TokenKind::BrOpen).is_none() {
                    let err = self.error_at_next("Expected {");
                    let span = t.span.to(subject.span);
                    return self.syntax_error(
                        err,
                        Expr::new(ExprKind::Switch(Box::new(subject), Vec::new(), None), span),
                    );
                }
                let (cases, def) = self.parse_switch_cases()?;
                let p2 = match self.eat(TokenKind::BrClose) {
                    Some(p) => p,
                    None => {
                        let err = self.error_at_next("Expected }");
                        self.syntax_error(err, self.peek().span)?
                    }
                };
                Ok(Expr::new(
                    ExprKind::Switch(Box::new(subject), cases, def),
                    t.span.to(p2),
                ))
            }
            TokenKind::Kwd(Keyword::Try) => {
                self.bump();
                let body = self.secure_expr()?;
                let mut catches = Vec::new();
                let mut pmax = body.span;
                while self.peek_kind() == kw(Keyword::Catch) {
                    let p = self.bump().span;
                    self.expect(TokenKind::POpen)?;
                    let name = self.dollar_ident().ok_or_else(|| self.unexpected())?;
                    let ty = if self.peek_kind() == TokenKind::DblDot {
                        let ty = self.parse_type_hint()?;
                        self.expect(TokenKind::PClose)?;
                        Some(ty)
                    } else if self.peek_kind() == TokenKind::PClose {
                        self.bump();
                        None
                    } else {
                        return Err(self.fatal_at("Missing type declaration", self.peek().span));
                    };
                    let cbody = self.secure_expr()?;
                    pmax = cbody.span;
                    catches.push(Catch {
                        name,
                        ty,
                        span: p.to(cbody.span),
                        body: cbody,
                    });
                }
                Ok(Expr::new(
                    ExprKind::Try(Box::new(body), catches),
                    t.span.to(pmax),
                ))
            }
            TokenKind::IntInterval => {
                self.bump();
                let s = self.text_of(t.span);
                let lhs = Expr::new(
                    ExprKind::Const(Constant::Int(s[..s.len() - 3].into())),
                    t.span,
                );
                let e2 = must!(self, self.expr())?;
                Ok(make_binop(Binop::Interval, lhs, e2))
            }
            TokenKind::Kwd(Keyword::Untyped) => {
                self.bump();
                let e = self.secure_expr()?;
                let span = t.span.to(e.span);
                Ok(Expr::new(ExprKind::Untyped(Box::new(e)), span))
            }
            TokenKind::Dollar => {
                self.bump();
                let e = Expr::new(
                    ExprKind::Const(Constant::Ident(Name::from(self.text_of(t.span)))),
                    t.span,
                );
                self.expr_next(e)
            }
            TokenKind::Kwd(Keyword::Inline) => {
                self.bump();
                let e = self.secure_expr()?;
                Ok(make_meta(
                    MetaEntry {
                        name: ":inline".into(),
                        params: Vec::new(),
                        span: t.span,
                    },
                    e,
                ))
            }
            _ => Err(Stop::NoMatch),
        }
    }

    fn parse_cast(&mut self, p1: Span) -> R<Expr> {
        if let Some(pp) = self.eat(TokenKind::POpen) {
            let e = must!(self, self.expr())?;
            match self.peek_kind() {
                TokenKind::Comma => {
                    self.bump();
                    let t = must!(self, self.parse_complex_type())?;
                    let p2 = self.expect(TokenKind::PClose)?;
                    let c = Expr::new(ExprKind::Cast(Box::new(e), Some(Box::new(t))), p1.to(p2));
                    self.expr_next(c)
                }
                TokenKind::DblDot => {
                    let t = self.parse_type_hint()?;
                    let p2 = self.expect(TokenKind::PClose)?;
                    let span = p1.to(p2);
                    let ep = Expr::new(
                        ExprKind::Parenthesis(Box::new(Expr::new(
                            ExprKind::CheckType(Box::new(e), Box::new(t)),
                            span,
                        ))),
                        span,
                    );
                    let c = Expr::new(ExprKind::Cast(Box::new(ep), None), span);
                    self.expr_next(c)
                }
                TokenKind::PClose => {
                    let p2 = self.bump().span;
                    let ep = Expr::new(ExprKind::Parenthesis(Box::new(e)), pp.to(p2));
                    let ep = self.expr_next(ep)?;
                    let span = p1.to(ep.span);
                    let c = Expr::new(ExprKind::Cast(Box::new(ep), None), span);
                    self.expr_next(c)
                }
                _ => Err(self.unexpected()),
            }
        } else {
            let e = self.secure_expr()?;
            let span = p1.to(e.span);
            let c = Expr::new(ExprKind::Cast(Box::new(e), None), span);
            self.expr_next(c)
        }
    }

    fn parse_paren(&mut self, p1: Span) -> R<Expr> {
        match self.peek_kind() {
            TokenKind::PClose => {
                self.bump();
                let er = self.arrow_expr()?;
                return self.arrow_function(p1, Vec::new(), er);
            }
            TokenKind::Question => {
                self.bump();
                let mut al = self.psep_fun_params()?;
                self.expect(TokenKind::PClose)?;
                let er = self.arrow_expr()?;
                if let Some(first) = al.first_mut() {
                    first.opt = true;
                    first.meta.clear();
                }
                return self.arrow_function(p1, al, er);
            }
            _ => {}
        }
        let e = must!(self, self.expr())?;
        match self.peek_kind() {
            TokenKind::PClose => {
                let p2 = self.bump().span;
                let ep = Expr::new(ExprKind::Parenthesis(Box::new(e)), p1.to(p2));
                self.expr_next(ep)
            }
            TokenKind::Comma => {
                self.bump();
                let rest = self.psep_fun_params()?;
                self.expect(TokenKind::PClose)?;
                // haxe parses the body before it validates the first parameter, so an
                // invalid one is reported where parsing stopped.
                let er = self.arrow_expr()?;
                let first = self.arrow_first_param(e)?;
                let mut al = vec![first];
                al.extend(rest);
                self.arrow_function(p1, al, er)
            }
            TokenKind::DblDot => {
                let t = self.parse_type_hint()?;
                match self.peek_kind() {
                    TokenKind::PClose => {
                        let p2 = self.bump().span;
                        let span = p1.to(p2);
                        let ct = Expr::new(ExprKind::CheckType(Box::new(e), Box::new(t)), span);
                        let ep = Expr::new(ExprKind::Parenthesis(Box::new(ct)), span);
                        self.expr_next(ep)
                    }
                    TokenKind::Comma => {
                        self.bump();
                        let rest = self.psep_fun_params()?;
                        self.expect(TokenKind::PClose)?;
                        let er = self.arrow_expr()?;
                        let name = arrow_ident(&e).ok_or_else(|| self.unexpected())?;
                        let mut al = vec![FunArg {
                            name,
                            opt: false,
                            meta: Vec::new(),
                            ty: Some(t),
                            value: None,
                        }];
                        al.extend(rest);
                        self.arrow_function(p1, al, er)
                    }
                    TokenKind::Binop(Binop::Assign) => {
                        self.bump();
                        let ea1 = must!(self, self.expr())?;
                        let mut rest = Vec::new();
                        match self.peek_kind() {
                            TokenKind::PClose => {
                                self.bump();
                            }
                            TokenKind::Comma => {
                                self.bump();
                                rest = self.psep_fun_params()?;
                                self.expect(TokenKind::PClose)?;
                            }
                            _ => return Err(self.unexpected()),
                        }
                        let er = self.arrow_expr()?;
                        let name = match &e.kind {
                            ExprKind::Const(Constant::Ident(n)) => Ident {
                                name: n.clone(),
                                span: e.span,
                            },
                            _ => return Err(self.unexpected()),
                        };
                        let mut al = vec![FunArg {
                            name,
                            opt: true,
                            meta: Vec::new(),
                            ty: Some(t),
                            value: Some(ea1),
                        }];
                        al.extend(rest);
                        self.arrow_function(p1, al, er)
                    }
                    _ => Err(self.unexpected()),
                }
            }
            _ => {
                let err = self.error_at_next("Expected ) or , or :");
                self.syntax_error(err, ())?;
                let span = p1.to(e.span);
                self.expr_next(Expr::new(ExprKind::Parenthesis(Box::new(e)), span))
            }
        }
    }

    fn arrow_expr(&mut self) -> R<Expr> {
        if self.eat(TokenKind::Arrow).is_none() {
            return Err(self.unexpected());
        }
        must!(self, self.expr())
    }

    fn arrow_first_param(&mut self, e: Expr) -> R<FunArg> {
        let mk = |name: Ident, opt: bool, ty: Option<TypeHint>, value: Option<Expr>| FunArg {
            name,
            opt,
            meta: Vec::new(),
            ty,
            value,
        };
        match e.kind {
            ExprKind::Const(Constant::Ident(ref n))
                if matches!(n.as_str(), "true" | "false" | "null" | "this" | "super") =>
            {
                let err = self.error_at("Invalid argument name", e.span);
                let span = e.span;
                self.syntax_error(
                    err,
                    mk(
                        Ident {
                            name: Name::default(),
                            span,
                        },
                        false,
                        None,
                        None,
                    ),
                )
            }
            ExprKind::Const(Constant::Ident(n)) => Ok(mk(
                Ident {
                    name: n,
                    span: e.span,
                },
                false,
                None,
                None,
            )),
            ExprKind::Binop(Binop::Assign, a, b) => {
                let (name, ty) = arrow_ident_checktype(&a).ok_or_else(|| self.unexpected())?;
                Ok(mk(name, true, ty, Some(*b)))
            }
            ExprKind::Parenthesis(inner) => match inner.kind {
                ExprKind::Binop(Binop::Assign, a, b) => {
                    let (name, ty) = arrow_ident_checktype(&a).ok_or_else(|| self.unexpected())?;
                    Ok(mk(name, true, ty, Some(*b)))
                }
                _ => {
                    let (name, ty) =
                        arrow_ident_checktype(&inner).ok_or_else(|| self.unexpected())?;
                    Ok(mk(name, false, ty, None))
                }
            },
            _ => Err(self.unexpected()),
        }
    }

    fn arrow_function(&mut self, p1: Span, args: Vec<FunArg>, er: Expr) -> R<Expr> {
        for a in &args {
            if let Some(m) = a.meta.first() {
                let err = self.error_at(
                    "Metadata on arrow function arguments is not allowed",
                    m.span,
                );
                self.syntax_error(err, ())?;
            }
        }
        let p = er.span;
        let ret = Expr::new(ExprKind::Return(Some(Box::new(er))), p);
        let body = Expr::new(
            ExprKind::Meta(
                Box::new(MetaEntry {
                    name: ":implicitReturn".into(),
                    params: Vec::new(),
                    span: Span::default(),
                }),
                Box::new(ret),
            ),
            p,
        );
        Ok(Expr::new(
            ExprKind::Function(
                FunctionKind::Arrow,
                Box::new(Function {
                    params: Vec::new(),
                    args,
                    ret: None,
                    body: Some(Box::new(body)),
                }),
            ),
            p1.to(p),
        ))
    }

    fn parse_function(&mut self, p1: Span, inline: bool) -> R<Expr> {
        let name = self.dollar_ident();
        let params = self.parse_constraint_params()?;
        self.expect(TokenKind::POpen)?;
        let args = self.psep_fun_params()?;
        self.expect(TokenKind::PClose)?;
        let ret = self.parse_type_opt()?;
        let body = self.secure_expr()?;
        let span = p1.to(body.span);
        let kind = match name {
            None => FunctionKind::Anonymous,
            Some(n) => FunctionKind::Named(n, inline),
        };
        Ok(Expr::new(
            ExprKind::Function(
                kind,
                Box::new(Function {
                    params,
                    args,
                    ret,
                    body: Some(Box::new(body)),
                }),
            ),
            span,
        ))
    }

    fn parse_macro_expr(&mut self, p: Span) -> R<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::DblDot => {
                self.bump();
                let ty = must!(self, self.parse_complex_type())?;
                let span = p.to(ty.span);
                Ok(Expr::new(
                    ExprKind::CheckType(
                        Box::new(Expr::new(
                            ExprKind::Const(Constant::Ident("null".into())),
                            span,
                        )),
                        Box::new(ty),
                    ),
                    p,
                ))
            }
            TokenKind::Kwd(Keyword::Var) | TokenKind::Kwd(Keyword::Final) => {
                self.bump();
                let fin = t.kind == kw(Keyword::Final);
                let mut vl = Vec::new();
                match self.parse_var_decl(fin) {
                    Ok(v) => {
                        vl.push(v);
                        while self.eat(TokenKind::Comma).is_some() {
                            vl.push(must!(self, self.parse_var_decl(fin))?);
                        }
                    }
                    Err(Stop::NoMatch) => {}
                    Err(e) => return Err(e),
                }
                Ok(Expr::new(ExprKind::Vars(vl), t.span))
            }
            TokenKind::Kwd(Keyword::Class | Keyword::Interface) => {
                // `macro class { ... }`: a type definition as a value.
                self.bump();
                let _name = self.type_name().ok();
                let _params = self.parse_constraint_params()?;
                while matches!(
                    self.peek_kind(),
                    TokenKind::Kwd(Keyword::Extends) | TokenKind::Kwd(Keyword::Implements)
                ) {
                    self.bump();
                    must!(self, self.parse_type_path())?;
                }
                self.expect(TokenKind::BrOpen)?;
                let (_fields, p2) = self.parse_class_fields(true)?;
                Ok(Expr::new(
                    ExprKind::Const(Constant::Ident("null".into())),
                    p.to(p2),
                ))
            }
            _ => {
                let e = self.secure_expr()?;
                Ok(e)
            }
        }
    }

    fn parse_var_decl(&mut self, is_final: bool) -> R<VarDecl> {
        let meta = self.parse_meta()?;
        let Some(name) = self.dollar_ident() else {
            return if meta.is_empty() {
                Err(Stop::NoMatch)
            } else {
                Err(self.unexpected())
            };
        };
        let ty = self.parse_type_opt()?;
        let expr = if self.eat(TokenKind::Binop(Binop::Assign)).is_some() {
            Some(self.secure_expr()?)
        } else {
            None
        };
        Ok(VarDecl {
            name,
            is_final,
            ty,
            expr,
            meta,
        })
    }

    fn parse_var_decls(&mut self, is_final: bool, p1: Span) -> R<Vec<VarDecl>> {
        let first = match self.parse_var_decl(is_final) {
            Ok(v) => v,
            Err(Stop::NoMatch) => return Err(self.fatal_at("Missing variable identifier", p1)),
            Err(e) => return Err(e),
        };
        let mut vl = vec![first];
        while self.peek_kind() == TokenKind::Comma {
            self.bump();
            vl.push(must!(self, self.parse_var_decl(is_final))?);
        }
        Ok(vl)
    }

    fn parse_array_decl(&mut self, p1: Span) -> R<Expr> {
        // haxe's elements are `secure_expr`s: a missing one is `Expected expression`, or in
        // display mode a `null` standing in for it, and the list goes on.
        let mut el = Vec::new();
        let p2 = if let Some(p2) = self.eat(TokenKind::BkClose) {
            p2
        } else {
            el.push(self.secure_expr()?);
            loop {
                match self.peek_kind() {
                    TokenKind::Comma => {
                        self.bump();
                        if let Some(p2) = self.eat(TokenKind::BkClose) {
                            break p2;
                        }
                        el.push(self.secure_expr()?);
                    }
                    TokenKind::BkClose => break self.bump().span,
                    _ => {
                        let err = self.error_at_next("Expected , or ]");
                        break self.syntax_error(err, self.peek().span)?;
                    }
                }
            }
        };
        Ok(Expr::new(ExprKind::ArrayDecl(el), p1.to(p2)))
    }

    /// After `(` of a call: the arguments and the closing `)`.
    fn parse_call_params(&mut self) -> R<(Vec<Expr>, Span)> {
        if self.can_recover() {
            return self.parse_call_params_recovering();
        }
        let mut el = Vec::new();
        match self.expr() {
            Ok(e) => {
                el.push(e);
                while self.peek_kind() == TokenKind::Comma {
                    self.bump();
                    el.push(must!(self, self.expr())?);
                }
            }
            Err(Stop::NoMatch) => {}
            Err(e) => return Err(e),
        }
        match self.eat(TokenKind::PClose) {
            Some(p2) => Ok((el, p2)),
            None => {
                let msg = if el.is_empty() {
                    "Expected expression or )"
                } else {
                    "Expected , or )"
                };
                Err(self.error_at_next(msg))
            }
        }
    }

    /// haxe's display-file version of `parse_call_params`: a missing or broken argument
    /// becomes `null` and the call is kept.
    fn parse_call_params_recovering(&mut self) -> R<(Vec<Expr>, Span)> {
        if let Some(p2) = self.eat(TokenKind::PClose) {
            return Ok((Vec::new(), p2));
        }
        let mut acc = Vec::new();
        let mut p1 = self.last_token().span;
        loop {
            let e = match self.expr() {
                Ok(e) => e,
                Err(Stop::NoMatch) if self.can_recover() => {
                    let msg = if acc.is_empty() {
                        "Expected expression or )"
                    } else {
                        "Expected expression"
                    };
                    let err = self.error_at_next(msg);
                    self.record(err);
                    null_expr(Span::new(
                        p1.lo,
                        self.peek().span.hi.saturating_sub(1).max(p1.lo),
                    ))
                }
                Err(e @ Stop::Error(_)) if self.can_recover() => {
                    self.record(e);
                    null_expr(Span::new(
                        p1.lo,
                        self.peek().span.hi.saturating_sub(1).max(p1.lo),
                    ))
                }
                Err(e) => return Err(e),
            };
            acc.push(e);
            match self.peek_kind() {
                TokenKind::PClose => {
                    let p2 = self.bump().span;
                    return Ok((acc, p2));
                }
                TokenKind::Comma => {
                    p1 = self.bump().span;
                }
                _ => {
                    let p2 = self.peek().span;
                    let err = self.error_at_next("Expected , or )");
                    return self.syntax_error(err, (acc, p2));
                }
            }
        }
    }

    fn parse_switch_cases(&mut self) -> R<(Vec<Case>, SwitchDefault)> {
        let mut cases = Vec::new();
        let mut def: SwitchDefault = None;
        loop {
            let t = self.peek();
            match t.kind {
                TokenKind::Kwd(Keyword::Default) => {
                    self.bump();
                    let pdot = self.expect(TokenKind::DblDot)?;
                    let (b, p2) = self.block_with_pos(t.span)?;
                    let d = if b.is_empty() {
                        (None, pdot)
                    } else {
                        let p = t.span.to(p2);
                        (Some(Box::new(Expr::new(ExprKind::Block(b), p))), p)
                    };
                    // haxe parses the remaining cases first, then reports a second default.
                    let (rest, def2) = self.parse_switch_cases()?;
                    if def2.is_some() {
                        let err = self.error_at("Duplicate default", t.span);
                        self.syntax_error(err, ())?;
                    }
                    cases.extend(rest);
                    def = Some(d);
                    return Ok((cases, def));
                }
                TokenKind::Kwd(Keyword::Case) => {
                    self.bump();
                    let mut el = Vec::new();
                    match self.expr_or_var() {
                        Ok(e) => {
                            el.push(e);
                            while self.peek_kind() == TokenKind::Comma {
                                self.bump();
                                el.push(must!(self, self.expr_or_var())?);
                            }
                        }
                        Err(Stop::NoMatch) => {}
                        Err(e) => return Err(e),
                    }
                    let guard = if self.peek_kind() == kw(Keyword::If) {
                        self.bump();
                        self.expect(TokenKind::POpen)?;
                        let g = must!(self, self.expr())?;
                        self.expect(TokenKind::PClose)?;
                        Some(g)
                    } else {
                        None
                    };
                    let pdot = match self.eat(TokenKind::DblDot) {
                        Some(p) => p,
                        None => {
                            let err = self.error_at_next("Expected :");
                            self.syntax_error(err, self.peek().span)?
                        }
                    };
                    if el.is_empty() {
                        // haxe gives up on the whole switch body here.
                        let err = self.error_at("case without a pattern is not allowed", t.span);
                        return self.syntax_error(err, (Vec::new(), None));
                    }
                    let (b, p2) = self.block_with_pos(t.span)?;
                    let (body, span) = if b.is_empty() {
                        (None, t.span.to(pdot))
                    } else {
                        let p = t.span.to(p2);
                        (Some(Expr::new(ExprKind::Block(b), p)), p)
                    };
                    cases.push(Case {
                        values: el,
                        guard,
                        body,
                        span,
                    });
                }
                _ => return Ok((cases, def)),
            }
        }
    }

    fn expr_or_var(&mut self) -> R<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::Kwd(Keyword::Var) | TokenKind::Kwd(Keyword::Final) => {
                self.bump();
                let name = self.dollar_ident().ok_or_else(|| self.unexpected())?;
                let span = t.span.to(name.span);
                Ok(Expr::new(
                    ExprKind::Vars(vec![VarDecl {
                        name,
                        is_final: t.kind == kw(Keyword::Final),
                        ty: None,
                        expr: None,
                        meta: Vec::new(),
                    }]),
                    span,
                ))
            }
            // haxe uses `secure_expr` here: a missing pattern is "Expected expression".
            _ => self.secure_expr(),
        }
    }

    /// The inside of `{ ... }` in expression position: an object literal or a block.
    fn block1(&mut self) -> R<ExprKind> {
        let t = self.peek();
        match t.kind {
            TokenKind::Ident | TokenKind::Dollar => {
                self.bump();
                let name = Name::from(self.text_of(t.span));
                self.block2(
                    name,
                    false,
                    Constant::Ident(Name::from(self.text_of(t.span))),
                    t.span,
                )
            }
            TokenKind::StringDq | TokenKind::StringSq => {
                self.bump();
                let c = self.constant(t);
                let name = match &c {
                    Constant::String(s, _) => s.clone(),
                    _ => Name::default(),
                };
                self.block2(name, true, c, t.span)
            }
            _ => {
                let (b, _) = self.block_with_pos(Span::default())?;
                Ok(ExprKind::Block(b))
            }
        }
    }

    fn block2(&mut self, name: Name, quoted: bool, c: Constant, p: Span) -> R<ExprKind> {
        if self.peek_kind() == TokenKind::DblDot {
            self.bump();
            let e = self.secure_expr()?;
            let mut fields = vec![ObjectField {
                name,
                span: p,
                quoted,
                expr: e,
            }];
            while self.peek_kind() == TokenKind::Comma {
                self.bump();
                let t = self.peek();
                let (fname, fquoted) = match t.kind {
                    TokenKind::Ident => (Name::from(self.text_of(t.span)), false),
                    TokenKind::StringDq | TokenKind::StringSq => match self.constant(t) {
                        Constant::String(s, _) => (s, true),
                        _ => break,
                    },
                    _ => break,
                };
                self.bump();
                if self.eat(TokenKind::DblDot).is_none() {
                    let err = self.error_at_next("Expected :");
                    self.syntax_error(err, ())?;
                }
                let e = self.secure_expr()?;
                fields.push(ObjectField {
                    name: fname,
                    span: t.span,
                    quoted: fquoted,
                    expr: e,
                });
            }
            return Ok(ExprKind::ObjectDecl(fields));
        }
        let first = Expr::new(ExprKind::Const(c), p);
        let first = self.expr_next(first)?;
        self.semicolon_ignored()?;
        let mut acc = vec![first];
        let (rest, _) = self.block_with_pos(p)?;
        acc.extend(rest);
        Ok(ExprKind::Block(acc))
    }

    /// Block elements until one fails to start (haxe's `block_with_pos`).
    fn block_with_pos(&mut self, p: Span) -> R<(Vec<Expr>, Span)> {
        let mut acc = Vec::new();
        let mut last = p;
        loop {
            let start = self.pos;
            match self.parse_block_elt() {
                Ok(e) => {
                    last = e.span;
                    acc.push(e);
                }
                Err(Stop::NoMatch) => return Ok((acc, last)),
                Err(e @ (Stop::Error(_) | Stop::Fatal(_))) if self.can_recover() => {
                    // A `Stream.Error` is recorded; haxe's `Parser.Error` is dropped here.
                    if let Stop::Error(_) = e {
                        self.record(e);
                        last = self.peek().span;
                    } else if let Stop::Fatal(f) = e {
                        last = f.span;
                    }
                    if self.pos == start
                        && !matches!(self.peek_kind(), TokenKind::Eof | TokenKind::BrClose)
                    {
                        self.bump();
                    }
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn parse_block_elt(&mut self) -> R<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::Kwd(Keyword::Var) | TokenKind::Kwd(Keyword::Final) => {
                self.bump();
                let vl = self.parse_var_decls(t.kind == kw(Keyword::Final), t.span)?;
                let p2 = self.semicolon()?;
                Ok(Expr::new(ExprKind::Vars(vl), t.span.to(p2)))
            }
            TokenKind::Kwd(Keyword::Inline) => {
                self.bump();
                if self.peek_kind() == kw(Keyword::Function) {
                    self.bump();
                    let e = self.parse_function(t.span, true)?;
                    self.semicolon_ignored()?;
                    Ok(e)
                } else {
                    let e = self.secure_expr()?;
                    self.semicolon_ignored()?;
                    Ok(make_meta(
                        MetaEntry {
                            name: ":inline".into(),
                            params: Vec::new(),
                            span: t.span,
                        },
                        e,
                    ))
                }
            }
            TokenKind::Binop(Binop::Lt) => Err(self.markup_at(t)),
            TokenKind::Markup => {
                // A markup statement takes a `;` if there is one, but needs none.
                self.bump();
                self.eat(TokenKind::Semicolon);
                Ok(self.markup_expr(t))
            }
            _ => {
                let e = self.expr()?;
                self.semicolon_ignored()?;
                Ok(e)
            }
        }
    }

    /// What may follow an expression; in a display file a failure here keeps what was
    /// parsed so far (haxe's `expr_next`).
    fn expr_next(&mut self, e1: Expr) -> R<Expr> {
        if !self.can_recover() {
            return self.expr_next_inner(e1);
        }
        let backup = e1.clone();
        match self.expr_next_inner(e1) {
            Err(e @ Stop::Error(_)) if self.can_recover() => {
                self.record(e);
                Ok(backup)
            }
            other => other,
        }
    }

    fn expr_next_inner(&mut self, e1: Expr) -> R<Expr> {
        let t = self.peek();
        match t.kind {
            TokenKind::BrOpen if is_dollar_ident(&e1) => {
                self.bump();
                let eparam = must!(self, self.expr())?;
                let p2 = self.expect(TokenKind::BrClose)?;
                let name = match &e1.kind {
                    ExprKind::Const(Constant::Ident(n)) => n.clone(),
                    _ => Name::default(),
                };
                let e = Expr::new(
                    ExprKind::Meta(
                        Box::new(MetaEntry {
                            name,
                            params: Vec::new(),
                            span: e1.span,
                        }),
                        Box::new(eparam),
                    ),
                    t.span.to(p2),
                );
                self.expr_next(e)
            }
            TokenKind::Dot => {
                self.bump();
                self.parse_field(e1, t.span)
            }
            TokenKind::POpen => {
                self.bump();
                let (args, p2) = self.parse_call_params()?;
                let span = e1.span.to(p2);
                let e = Expr::new(ExprKind::Call(Box::new(e1), args), span);
                self.expr_next(e)
            }
            TokenKind::BkOpen => {
                self.bump();
                let e2 = self.secure_expr()?;
                let p2 = match self.eat(TokenKind::BkClose) {
                    Some(p) => p,
                    None => {
                        let err = self.error_at_next("Expected ]");
                        self.syntax_error(err, self.peek().span)?
                    }
                };
                let span = e1.span.to(p2);
                let e = Expr::new(ExprKind::Array(Box::new(e1), Box::new(e2)), span);
                self.expr_next(e)
            }
            TokenKind::Arrow => {
                self.bump();
                let er = must!(self, self.expr())?;
                let p1 = e1.span;
                let first = self.arrow_first_param(e1)?;
                self.arrow_function(p1, vec![first], er)
            }
            TokenKind::Binop(Binop::Gt) => {
                self.bump();
                let p1 = t.span;
                let n1 = self.peek();
                if n1.kind == TokenKind::Binop(Binop::Gt) && n1.span.lo == p1.hi {
                    self.bump();
                    let n2 = self.peek();
                    if n2.kind == TokenKind::Binop(Binop::Gt) && n2.span.lo == n1.span.hi {
                        self.bump();
                        let n3 = self.peek();
                        if n3.kind == TokenKind::Binop(Binop::Assign) && n3.span.lo == n2.span.hi {
                            self.bump();
                            let e2 = must!(self, self.expr())?;
                            return Ok(make_binop(
                                Binop::AssignOp(super::token::AssignableOp::UShr),
                                e1,
                                e2,
                            ));
                        }
                        let e2 = self.secure_expr()?;
                        return Ok(make_binop(Binop::UShr, e1, e2));
                    }
                    if n2.kind == TokenKind::Binop(Binop::Assign) && n2.span.lo == n1.span.hi {
                        self.bump();
                        let e2 = must!(self, self.expr())?;
                        return Ok(make_binop(
                            Binop::AssignOp(super::token::AssignableOp::Shr),
                            e1,
                            e2,
                        ));
                    }
                    let e2 = self.secure_expr()?;
                    return Ok(make_binop(Binop::Shr, e1, e2));
                }
                if n1.kind == TokenKind::Binop(Binop::Assign) && n1.span.lo == p1.hi {
                    self.bump();
                    let e2 = self.secure_expr()?;
                    return Ok(make_binop(Binop::Gte, e1, e2));
                }
                let e2 = self.secure_expr()?;
                Ok(make_binop(Binop::Gt, e1, e2))
            }
            TokenKind::Binop(op) => {
                self.bump();
                let e2 = self.secure_expr()?;
                Ok(make_binop(op, e1, e2))
            }
            TokenKind::Spread => {
                self.bump();
                let e2 = self.secure_expr()?;
                Ok(make_binop(Binop::Interval, e1, e2))
            }
            TokenKind::Unop(op @ (Unop::Increment | Unop::Decrement)) if is_postfix(&e1) => {
                self.bump();
                let span = e1.span.to(t.span);
                let e = Expr::new(ExprKind::Unop(op, true, Box::new(e1)), span);
                self.expr_next(e)
            }
            TokenKind::Question => {
                self.bump();
                let e2 = must!(self, self.expr())?;
                if self.eat(TokenKind::DblDot).is_none() {
                    // haxe keeps only the middle expression.
                    let err = self.error_at_next("Expected :");
                    return self.syntax_error(err, e2);
                }
                let e3 = must!(self, self.expr())?;
                let span = e1.span.to(e3.span);
                Ok(Expr::new(
                    ExprKind::Ternary(Box::new(e1), Box::new(e2), Box::new(e3)),
                    span,
                ))
            }
            TokenKind::Kwd(Keyword::In) => {
                self.bump();
                let e2 = must!(self, self.expr())?;
                Ok(make_binop(Binop::In, e1, e2))
            }
            TokenKind::Ident if self.text_of(t.span) == "is" => {
                self.bump();
                let ty = must!(self, self.parse_complex_type())?;
                let span = e1.span.to(ty.span);
                let e = Expr::new(ExprKind::Is(Box::new(e1), Box::new(ty)), span);
                self.expr_next(e)
            }
            _ => Ok(e1),
        }
    }

    fn parse_field(&mut self, e1: Expr, p: Span) -> R<Expr> {
        if self.check_resume(p) {
            return Ok(Expr::new(
                ExprKind::Display(Box::new(e1), DisplayKind::Dot),
                p,
            ));
        }
        let t = self.peek();
        let adjacent = t.span.lo == p.hi;
        let name = match t.kind {
            TokenKind::Kwd(_) if adjacent => Some(Name::from(self.text_of(t.span))),
            TokenKind::Ident if adjacent => Some(Name::from(self.text_of(t.span))),
            TokenKind::Dollar => Some(Name::from(self.text_of(t.span))),
            _ => None,
        };
        match name {
            Some(name) => {
                self.bump();
                let span = e1.span.to(t.span);
                let e = Expr::new(
                    ExprKind::Field(Box::new(e1), Ident { name, span: t.span }),
                    span,
                );
                self.expr_next(e)
            }
            None => {
                // An integer directly followed by a dot is a float: `5.`.
                if let ExprKind::Const(Constant::Int(v)) = &e1.kind {
                    if e1.span.hi == p.lo {
                        let e = Expr::new(
                            ExprKind::Const(Constant::Float(format!("{}.", v).into())),
                            e1.span.to(p),
                        );
                        return self.expr_next(e);
                    }
                }
                Err(self.unexpected())
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DeclFlag {
    Private,
    Extern,
    Final,
    Macro,
    Dynamic,
    Inline,
    Public,
    Static,
    Overload,
}

impl DeclFlag {
    fn as_str(self) -> &'static str {
        match self {
            DeclFlag::Private => "private",
            DeclFlag::Extern => "extern",
            DeclFlag::Final => "final",
            DeclFlag::Macro => "macro",
            DeclFlag::Dynamic => "dynamic",
            DeclFlag::Inline => "inline",
            DeclFlag::Public => "public",
            DeclFlag::Static => "static",
            DeclFlag::Overload => "overload",
        }
    }
}

/// The modifiers a module-level field may have (haxe's `decl_flag_to_module_field_flag`).
const MODULE_FIELD_FLAGS: &[DeclFlag] = &[
    DeclFlag::Private,
    DeclFlag::Macro,
    DeclFlag::Dynamic,
    DeclFlag::Inline,
    DeclFlag::Overload,
    DeclFlag::Extern,
];
const MODULE_FIELDS: &str = "module-level fields";

fn module_field_access(flags: &[(DeclFlag, Span)]) -> Vec<(Access, Span)> {
    flags
        .iter()
        .filter_map(|(f, p)| {
            let a = match f {
                DeclFlag::Private => Access::Private,
                DeclFlag::Macro => Access::Macro,
                DeclFlag::Dynamic => Access::Dynamic,
                DeclFlag::Inline => Access::Inline,
                DeclFlag::Overload => Access::Overload,
                DeclFlag::Extern => Access::Extern,
                DeclFlag::Final | DeclFlag::Public | DeclFlag::Static => return None,
            };
            Some((a, *p))
        })
        .collect()
}

fn optional_meta() -> MetaEntry {
    MetaEntry {
        name: ":optional".into(),
        params: Vec::new(),
        span: Span::default(),
    }
}

fn is_const(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::Int
            | TokenKind::Float
            | TokenKind::StringDq
            | TokenKind::StringSq
            | TokenKind::Regex
            | TokenKind::Ident
    )
}

fn is_dollar_ident(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Const(Constant::Ident(n)) if n.starts_with('$'))
}

fn is_postfix(e: &Expr) -> bool {
    matches!(
        &e.kind,
        ExprKind::Field(..) | ExprKind::Array(..) | ExprKind::Const(Constant::Ident(_))
    )
}

fn arrow_ident(e: &Expr) -> Option<Ident> {
    match &e.kind {
        ExprKind::Const(Constant::Ident(n)) => Some(Ident {
            name: n.clone(),
            span: e.span,
        }),
        _ => None,
    }
}

fn arrow_ident_checktype(e: &Expr) -> Option<(Ident, Option<TypeHint>)> {
    match &e.kind {
        ExprKind::Const(Constant::Ident(n)) => Some((
            Ident {
                name: n.clone(),
                span: e.span,
            },
            None,
        )),
        ExprKind::CheckType(inner, t) => match &inner.kind {
            ExprKind::Const(Constant::Ident(n)) => Some((
                Ident {
                    name: n.clone(),
                    span: inner.span,
                },
                Some((**t).clone()),
            )),
            _ => None,
        },
        _ => None,
    }
}

/// haxe's operator precedence: (level, left-associative); a lower level binds tighter.
pub(crate) fn precedence(op: Binop) -> (u8, bool) {
    use Binop::*;
    match op {
        In => (0, false),
        Mod => (1, true),
        Mult | Div => (2, true),
        Add | Sub => (3, true),
        Shl | Shr | UShr => (4, true),
        Or | And | Xor => (5, true),
        Eq | NotEq | Gt | Lt | Gte | Lte => (6, true),
        Interval => (7, true),
        BoolAnd => (8, true),
        BoolOr => (9, true),
        Arrow => (10, false),
        Assign | AssignOp(_) => (11, false),
    }
}

/// haxe's `make_binop`: the right operand was parsed greedily; rotate while `op` binds tighter.
/// Written as a loop down the left spine so long operator chains cannot exhaust the stack.
pub fn make_binop(op: Binop, e: Expr, e2: Expr) -> Expr {
    let (p1, left1) = precedence(op);
    let rotates = |inner: &Expr| match &inner.kind {
        ExprKind::Binop(op2, _, _) => left1 && p1 <= precedence(*op2).0,
        ExprKind::Ternary(..) => !matches!(op, Binop::Assign | Binop::AssignOp(_)),
        _ => false,
    };
    if !rotates(&e2) {
        let span = e.span.to(e2.span);
        return Expr::new(ExprKind::Binop(op, Box::new(e), Box::new(e2)), span);
    }
    // Walk down the left operands that rotate, then rebuild the path upwards.
    let mut path: Vec<Expr> = Vec::new();
    let mut cur = e2;
    while rotates(&cur) {
        let next = match &mut cur.kind {
            ExprKind::Binop(_, l, _) => std::mem::replace(&mut **l, placeholder()),
            ExprKind::Ternary(c, _, _) => std::mem::replace(&mut **c, placeholder()),
            _ => break,
        };
        path.push(cur);
        cur = next;
    }
    let span = e.span.to(cur.span);
    let mut acc = Expr::new(ExprKind::Binop(op, Box::new(e), Box::new(cur)), span);
    while let Some(mut node) = path.pop() {
        let end = match &mut node.kind {
            ExprKind::Binop(_, l, r) => {
                **l = acc;
                r.span
            }
            ExprKind::Ternary(c, _, e3) => {
                **c = acc;
                e3.span
            }
            _ => node.span,
        };
        let lo = match &node.kind {
            ExprKind::Binop(_, l, _) | ExprKind::Ternary(l, _, _) => l.span,
            _ => node.span,
        };
        node.span = lo.to(end);
        acc = node;
    }
    acc
}

fn null_expr(span: Span) -> Expr {
    Expr::new(ExprKind::Const(Constant::Ident("null".into())), span)
}

fn placeholder() -> Expr {
    Expr::new(ExprKind::Break, Span::default())
}

/// haxe's `make_unop`: a prefix operator applies to the leftmost operand of a binary chain.
pub fn make_unop(op: Unop, e: Expr, p1: Span) -> Expr {
    let span = p1.to(e.span);
    match e.kind {
        ExprKind::Binop(bop, l, r) => {
            let l = make_unop(op, *l, p1);
            Expr::new(ExprKind::Binop(bop, Box::new(l), r), span)
        }
        ExprKind::Ternary(c, a, b) => {
            let c = make_unop(op, *c, p1);
            Expr::new(ExprKind::Ternary(Box::new(c), a, b), span)
        }
        ExprKind::Is(inner, t) => {
            let inner = make_unop(op, *inner, p1);
            Expr::new(ExprKind::Is(Box::new(inner), t), span)
        }
        ExprKind::Const(Constant::Int(i)) if op == Unop::Neg => {
            Expr::new(ExprKind::Const(Constant::Int(negate(&i).into())), span)
        }
        ExprKind::Const(Constant::Float(f)) if op == Unop::Neg => {
            Expr::new(ExprKind::Const(Constant::Float(negate(&f).into())), span)
        }
        kind => Expr::new(
            ExprKind::Unop(op, false, Box::new(Expr::new(kind, e.span))),
            span,
        ),
    }
}

fn negate(s: &str) -> String {
    match s.strip_prefix('-') {
        Some(rest) => rest.to_string(),
        None => format!("-{}", s),
    }
}

/// haxe's `make_meta`: metadata applies to the leftmost operand, except for assignments.
pub fn make_meta(m: MetaEntry, e: Expr) -> Expr {
    let p1 = m.span;
    let span = p1.to(e.span);
    match e.kind {
        ExprKind::Binop(op @ (Binop::Assign | Binop::AssignOp(_)), l, r) => Expr::new(
            ExprKind::Meta(
                Box::new(m),
                Box::new(Expr::new(ExprKind::Binop(op, l, r), e.span)),
            ),
            span,
        ),
        ExprKind::Binop(op, l, r) => {
            let l = make_meta(m, *l);
            Expr::new(ExprKind::Binop(op, Box::new(l), r), span)
        }
        ExprKind::Ternary(c, a, b) => {
            let c = make_meta(m, *c);
            Expr::new(ExprKind::Ternary(Box::new(c), a, b), span)
        }
        kind => Expr::new(
            ExprKind::Meta(Box::new(m), Box::new(Expr::new(kind, e.span))),
            span,
        ),
    }
}

/// haxe's `StringHelper.s_escape`.
pub fn s_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 32 => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn unescape_regex(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some('/') => {
                    out.push('/');
                    chars.next();
                }
                Some('r') => {
                    out.push('\r');
                    chars.next();
                }
                Some('n') => {
                    out.push('\n');
                    chars.next();
                }
                Some('t') => {
                    out.push('\t');
                    chars.next();
                }
                _ => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn unreachable_error() -> Result<Module, SyntaxError> {
    Err(SyntaxError {
        message: "Unexpected <end of file>".into(),
        span: Span::default(),
    })
}
