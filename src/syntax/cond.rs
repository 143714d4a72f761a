//! Conditional compilation: turns the lexer's raw tokens, pulled one at a time, into the
//! list of tokens the parser sees, evaluating `#if`/`#elseif`/`#else`/`#end` as haxe
//! 4.2.5's `parserEntry.ml` does, dropping comments, and attaching doc comments to the token
//! they precede.
//!
//! Errors (a lexer error, `#error`, an unknown `#directive`) become an error token at the
//! point where haxe's lazy lexer would raise them, so an earlier syntax error still wins.

use super::lexer::{LexError, Lexer, RawKind, RawToken};
use super::source::Span;
use super::token::{Binop, Token, TokenKind, Unop};
use std::collections::VecDeque;

/// Where the preprocessor reads define values (haxe's `Define.raw_defined_value`).
pub trait DefineLookup {
    fn raw_value(&self, name: &str) -> Option<String>;
}

impl DefineLookup for std::collections::BTreeMap<String, String> {
    fn raw_value(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

/// The preprocessed token stream of one file.
#[derive(Debug, Default)]
pub struct Preprocessed {
    pub tokens: Vec<Token>,
    /// Spans of doc comments (`/** ... */`), indexed by `Token::doc`.
    pub docs: Vec<Span>,
    /// Messages of error tokens, indexed by the error token's position in `errors`.
    pub errors: Vec<LexError>,
    /// An `#if` left open at the end of the file, reported after a successful parse.
    pub unclosed: Option<Span>,
    /// Every define name a condition looked up, for cache keys.
    pub defines_read: Vec<String>,
    /// Regions skipped as dead code.
    pub dead_blocks: Vec<Span>,
    /// Spans of the `//` comments read between tokens (not those in dead code or in
    /// conditions), newline excluded.
    pub line_comments: Vec<Span>,
}

/// A value of haxe's small condition language (`parserEntry.ml`, `small_type`).
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Float(f64),
    Str(String),
    Version(Version),
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    release: (u64, u64, u64),
    // `None` sorts after any pre-release, as a release is greater than its pre-releases.
    pre: Option<Vec<PreId>>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum PreId {
    Num(u64),
    Str(String),
}

/// A parsed condition expression.
#[derive(Clone, Debug)]
enum Cond {
    Ident(String),
    Str(String),
    Num(f64),
    Not(Box<CondExpr>),
    Binop(Binop, Box<CondExpr>, Box<CondExpr>),
    Paren(Box<CondExpr>),
    Call(String, Vec<CondExpr>),
    Other,
}

#[derive(Clone, Debug)]
struct CondExpr {
    cond: Cond,
    span: Span,
}

struct Pre<'a> {
    /// Raw tokens come from the lexer on demand: most are emitted as soon as they are read,
    /// and only `#` directives look ahead (at most two tokens, kept in `ahead`).
    lexer: Lexer<'a>,
    /// Raw tokens read from the lexer but not consumed yet, oldest first.
    ahead: VecDeque<RawToken>,
    /// The lexer has produced its last token (`Eof`) or stopped at `lex_error`.
    lexer_done: bool,
    lex_error: Option<LexError>,
    text: &'a str,
    defines: &'a dyn DefineLookup,
    out: Preprocessed,
    pending_doc: Option<u32>,
    /// Positions of the `#if`s whose live branch we are in.
    mstack: Vec<Span>,
}

/// Why preprocessing stopped early.
struct Stop(LexError);

/// Lexes `text` and runs the preprocessor over its raw tokens, as one pass: the lexer is
/// pulled one token at a time, so no list of raw tokens is built. `markup` (sorted byte
/// ranges) are inline markup literals, each one token. `tokens` is a buffer to fill
/// (cleared first), so that a caller parsing many files can reuse one allocation.
pub fn preprocess(
    text: &str,
    markup: &[(u32, u32)],
    defines: &dyn DefineLookup,
    mut tokens: Vec<Token>,
) -> Preprocessed {
    tokens.clear();
    // About one token per six bytes of source; growing past that is rare.
    tokens.reserve(text.len() / 6 + 4);
    let mut lexer = Lexer::new(text);
    lexer.markup = markup;
    let mut pre = Pre {
        lexer,
        ahead: VecDeque::new(),
        lexer_done: false,
        lex_error: None,
        text,
        defines,
        out: Preprocessed {
            tokens,
            ..Preprocessed::default()
        },
        pending_doc: None,
        mstack: Vec::new(),
    };
    let stop = pre.run();
    let error = match stop {
        Err(Stop(e)) => Some(e),
        Ok(()) => pre.lex_error.take(),
    };
    if let Some(e) = error {
        let span = e.span;
        pre.out.errors.push(e);
        pre.out.tokens.push(Token {
            kind: TokenKind::Error,
            span,
            doc: Token::NO_DOC,
        });
    } else {
        pre.out.unclosed = pre.mstack.last().copied();
    }
    pre.out
}

impl<'a> Pre<'a> {
    /// The next token from the lexer itself; `None` after `Eof` or the lexer's error.
    #[inline]
    fn lex_next(&mut self) -> Option<RawToken> {
        if self.lexer_done {
            return None;
        }
        match self.lexer.next_token() {
            Ok(t) => {
                if matches!(t.kind, RawKind::Token(TokenKind::Eof)) {
                    self.lexer_done = true;
                }
                Some(t)
            }
            Err(e) => {
                self.lexer_done = true;
                self.lex_error = Some(*e);
                None
            }
        }
    }

    /// The raw token `k` places ahead of the next one, without consuming anything.
    fn raw_ahead(&mut self, k: usize) -> Option<RawToken> {
        while self.ahead.len() <= k {
            let t = self.lex_next()?;
            self.ahead.push_back(t);
        }
        self.ahead.get(k).copied()
    }

    /// Consumes `n` raw tokens already looked at with [`Pre::raw_ahead`].
    fn consume(&mut self, n: usize) {
        for _ in 0..n {
            self.ahead.pop_front();
        }
    }

    /// The next raw token, or `None` after `Eof` or when the lexer stopped at an error.
    #[inline]
    fn next_raw(&mut self) -> Option<RawToken> {
        match self.ahead.pop_front() {
            Some(t) => Some(t),
            None => self.lex_next(),
        }
    }

    fn text_of(&self, span: Span) -> &'a str {
        &self.text[span.lo as usize..span.hi as usize]
    }

    #[inline]
    fn emit(&mut self, t: RawToken, kind: TokenKind) {
        let doc = self.pending_doc.take().unwrap_or(Token::NO_DOC);
        self.out.tokens.push(Token {
            kind,
            span: t.span,
            doc,
        });
    }

    fn run(&mut self) -> Result<(), Stop> {
        loop {
            // Straight from the lexer unless a directive looked ahead: the hot loop, with
            // names and one-byte punctuation on a shorter path still.
            if self.ahead.is_empty() && !self.lexer_done {
                if let Some((kind, span)) = self.lexer.next_simple() {
                    let doc = self.pending_doc.take().unwrap_or(Token::NO_DOC);
                    self.out.tokens.push(Token { kind, span, doc });
                    continue;
                }
            }
            let t = if self.ahead.is_empty() {
                if self.lexer_done {
                    return Ok(());
                }
                match self.lexer.next_token() {
                    Ok(t) => t,
                    Err(e) => {
                        // The lexer stopped with an error; the caller appends it.
                        self.lexer_done = true;
                        self.lex_error = Some(*e);
                        return Ok(());
                    }
                }
            } else {
                match self.next_raw() {
                    Some(t) => t,
                    None => return Ok(()),
                }
            };
            match t.kind {
                RawKind::Token(TokenKind::Sharp) => self.sharp(t)?,
                RawKind::Token(TokenKind::Eof) => {
                    self.lexer_done = true;
                    self.emit(t, TokenKind::Eof);
                    return Ok(());
                }
                RawKind::Token(kind) => self.emit(t, kind),
                RawKind::Comment => {
                    let s = self.text_of(t.span);
                    if s.starts_with("/**") && self.pending_doc.is_none() {
                        self.out.docs.push(t.span);
                        self.pending_doc = Some(self.out.docs.len() as u32 - 1);
                    }
                }
                RawKind::LineComment => self.out.line_comments.push(t.span),
            }
        }
    }

    fn sharp(&mut self, t: RawToken) -> Result<(), Stop> {
        let name = &self.text_of(t.span)[1..];
        match name {
            "if" => self.enter(t.span, true),
            "elseif" | "else" if self.mstack.is_empty() => {
                self.emit(t, TokenKind::Sharp);
                Ok(())
            }
            "end" => {
                if self.mstack.pop().is_none() {
                    self.emit(t, TokenKind::Sharp);
                }
                Ok(())
            }
            "elseif" => {
                self.mstack.pop();
                self.parse_cond()?;
                let p = t.span;
                self.skip(p, false)
            }
            "else" => {
                self.mstack.pop();
                self.skip(t.span, false)
            }
            "error" => {
                let next = self.next_token_skipping_comments();
                match next {
                    Some(s)
                        if s.kind == RawKind::Token(TokenKind::StringDq)
                            || s.kind == RawKind::Token(TokenKind::StringSq) =>
                    {
                        let raw = self.text_of(s.span);
                        let msg =
                            super::lexer::unescape(&raw[1..raw.len() - 1]).unwrap_or_default();
                        Err(Stop(LexError {
                            message: msg,
                            span: s.span,
                        }))
                    }
                    _ => Err(Stop(LexError {
                        message: "Not implemented for current platform".into(),
                        span: t.span,
                    })),
                }
            }
            "line" => {
                let next = self.next_token_skipping_comments();
                match next {
                    Some(n) if n.kind == RawKind::Token(TokenKind::Int) => Ok(()),
                    Some(n) => Err(Stop(LexError {
                        message: format!("Unexpected {}", raw_token_text(self.text, n)),
                        span: n.span,
                    })),
                    None => Ok(()),
                }
            }
            _ => Err(Stop(unknown_sharp(name, t.span))),
        }
    }

    fn next_token_skipping_comments(&mut self) -> Option<RawToken> {
        loop {
            let t = self.next_raw()?;
            if !matches!(t.kind, RawKind::Comment | RawKind::LineComment) {
                return Some(t);
            }
        }
    }

    /// `#if` (or a live `#elseif`): evaluate, then either enter or skip the branch.
    fn enter(&mut self, p: Span, _is_if: bool) -> Result<(), Stop> {
        let e = self.parse_cond()?;
        let value = self.eval(&e)?;
        if is_true(&value) {
            self.mstack.push(p);
            Ok(())
        } else {
            self.skip(p, true)
        }
    }

    /// Skips dead tokens (haxe's `skip_tokens_loop`). With `test`, an `#else` or `#elseif`
    /// of this block may open a live branch; without it, everything up to `#end` is dead.
    fn skip(&mut self, p: Span, test: bool) -> Result<(), Stop> {
        let start = self.raw_ahead(0).map(|t| t.span.lo).unwrap_or(p.hi);
        loop {
            let Some(t) = self.next_raw() else {
                return Ok(());
            };
            match t.kind {
                RawKind::Token(TokenKind::Sharp) => {
                    let name = &self.text_of(t.span)[1..];
                    match name {
                        "end" => {
                            self.out.dead_blocks.push(Span::new(start, t.span.lo));
                            return Ok(());
                        }
                        "elseif" if !test => {
                            self.parse_cond()?;
                        }
                        "else" if !test => {}
                        "else" => {
                            self.out.dead_blocks.push(Span::new(start, t.span.lo));
                            self.mstack.push(t.span);
                            return Ok(());
                        }
                        "elseif" => {
                            self.out.dead_blocks.push(Span::new(start, t.span.lo));
                            return self.enter(t.span, false);
                        }
                        "if" => {
                            self.parse_cond()?;
                            self.skip(p, false)?;
                        }
                        "error" | "line" => {}
                        _ => return Err(Stop(unknown_sharp(name, t.span))),
                    }
                }
                RawKind::Token(TokenKind::Eof) => {
                    return Err(Stop(LexError {
                        message: "Unclosed conditional compilation block".into(),
                        span: p,
                    }));
                }
                _ => {}
            }
        }
    }

    // ---- condition parsing (haxe's `parse_macro_cond`) ----

    fn cond_peek(&mut self) -> Option<RawToken> {
        while let Some(t) = self.raw_ahead(0) {
            if matches!(t.kind, RawKind::Comment | RawKind::LineComment) {
                self.consume(1);
            } else {
                return Some(t);
            }
        }
        None
    }

    fn cond_error_at_next(&mut self) -> Stop {
        match self.cond_peek() {
            Some(t) => Stop(LexError {
                message: format!("Unexpected {}", raw_token_text(self.text, t)),
                span: t.span,
            }),
            None => Stop(LexError {
                message: "Unexpected <end of file>".into(),
                span: Span::at(self.text.len() as u32),
            }),
        }
    }

    /// An identifier in a condition: `a.b.c` written without spaces is one define name,
    /// and keywords are plain names.
    fn cond_ident(&mut self, first: RawToken) -> CondExpr {
        let mut span = first.span;
        while let (Some(dot), Some(next)) = (self.raw_ahead(0), self.raw_ahead(1)) {
            let is_word = matches!(
                next.kind,
                RawKind::Token(TokenKind::Ident) | RawKind::Token(TokenKind::Kwd(_))
            );
            if dot.kind == RawKind::Token(TokenKind::Dot)
                && dot.span.lo == span.hi
                && next.span.lo == dot.span.hi
                && is_word
            {
                span = Span::new(span.lo, next.span.hi);
                self.consume(2);
            } else {
                break;
            }
        }
        CondExpr {
            cond: Cond::Ident(self.text_of(span).to_string()),
            span,
        }
    }

    fn parse_cond(&mut self) -> Result<CondExpr, Stop> {
        let Some(t) = self.cond_peek() else {
            return Err(self.cond_error_at_next());
        };
        match t.kind {
            RawKind::Token(TokenKind::Ident) | RawKind::Token(TokenKind::Kwd(_)) => {
                self.consume(1);
                Ok(self.cond_ident(t))
            }
            RawKind::Token(TokenKind::StringDq) | RawKind::Token(TokenKind::StringSq) => {
                self.consume(1);
                let raw = self.text_of(t.span);
                let s = super::lexer::unescape(&raw[1..raw.len() - 1]).unwrap_or_default();
                Ok(CondExpr {
                    cond: Cond::Str(s),
                    span: t.span,
                })
            }
            RawKind::Token(TokenKind::Int) | RawKind::Token(TokenKind::Float) => {
                self.consume(1);
                let s = self.text_of(t.span);
                Ok(CondExpr {
                    cond: Cond::Num(parse_float(s).unwrap_or(0.0)),
                    span: t.span,
                })
            }
            RawKind::Token(TokenKind::Unop(op)) => {
                self.consume(1);
                let inner = self.parse_cond()?;
                Ok(make_unop(op, inner, t.span))
            }
            RawKind::Token(TokenKind::POpen) => {
                self.consume(1);
                let e = self.cond_expr()?;
                match self.cond_peek() {
                    Some(c) if c.kind == RawKind::Token(TokenKind::PClose) => {
                        self.consume(1);
                        let e = validate(e)?;
                        Ok(CondExpr {
                            cond: Cond::Paren(Box::new(e)),
                            span: t.span.to(c.span),
                        })
                    }
                    _ => Err(self.cond_error_at_next()),
                }
            }
            _ => Err(self.cond_error_at_next()),
        }
    }

    /// A full expression inside parentheses, with haxe's operator precedence.
    fn cond_expr(&mut self) -> Result<CondExpr, Stop> {
        let Some(t) = self.cond_peek() else {
            return Err(self.cond_error_at_next());
        };
        let e1 = match t.kind {
            RawKind::Token(TokenKind::Unop(op)) => {
                self.consume(1);
                let e = self.cond_expr()?;
                return Ok(make_unop(op, e, t.span));
            }
            RawKind::Token(TokenKind::POpen) => {
                self.consume(1);
                let e = self.cond_expr()?;
                match self.cond_peek() {
                    Some(c) if c.kind == RawKind::Token(TokenKind::PClose) => {
                        self.consume(1);
                        CondExpr {
                            cond: Cond::Paren(Box::new(e)),
                            span: t.span.to(c.span),
                        }
                    }
                    _ => return Err(self.cond_error_at_next()),
                }
            }
            RawKind::Token(TokenKind::Ident) | RawKind::Token(TokenKind::Kwd(_)) => {
                self.consume(1);
                self.cond_ident(t)
            }
            RawKind::Token(TokenKind::StringDq)
            | RawKind::Token(TokenKind::StringSq)
            | RawKind::Token(TokenKind::Int)
            | RawKind::Token(TokenKind::Float) => self.parse_cond()?,
            RawKind::Token(TokenKind::Binop(Binop::Sub)) => {
                self.consume(1);
                let e = self.cond_expr()?;
                return Ok(make_unop(Unop::Neg, e, t.span));
            }
            _ => return Err(self.cond_error_at_next()),
        };
        self.cond_expr_next(e1)
    }

    fn cond_expr_next(&mut self, e1: CondExpr) -> Result<CondExpr, Stop> {
        let Some(t) = self.cond_peek() else {
            return Ok(e1);
        };
        match t.kind {
            RawKind::Token(TokenKind::POpen) => {
                self.consume(1);
                let mut args = Vec::new();
                loop {
                    if let Some(c) = self.cond_peek() {
                        if c.kind == RawKind::Token(TokenKind::PClose) && args.is_empty() {
                            self.consume(1);
                            let span = e1.span.to(c.span);
                            let name = match &e1.cond {
                                Cond::Ident(n) => n.clone(),
                                _ => String::new(),
                            };
                            return self.cond_expr_next(CondExpr {
                                cond: Cond::Call(name, args),
                                span,
                            });
                        }
                    }
                    args.push(self.cond_expr()?);
                    match self.cond_peek() {
                        Some(c) if c.kind == RawKind::Token(TokenKind::Comma) => self.consume(1),
                        Some(c) if c.kind == RawKind::Token(TokenKind::PClose) => {
                            self.consume(1);
                            let span = e1.span.to(c.span);
                            let cond = match &e1.cond {
                                Cond::Ident(n) => Cond::Call(n.clone(), args),
                                _ => Cond::Other,
                            };
                            return self.cond_expr_next(CondExpr { cond, span });
                        }
                        _ => return Err(self.cond_error_at_next()),
                    }
                }
            }
            RawKind::Token(TokenKind::Dot) => {
                self.consume(1);
                match self.cond_peek() {
                    Some(n)
                        if matches!(
                            n.kind,
                            RawKind::Token(TokenKind::Ident) | RawKind::Token(TokenKind::Kwd(_))
                        ) =>
                    {
                        self.consume(1);
                        let name = match &e1.cond {
                            Cond::Ident(a) => {
                                Cond::Ident(format!("{}.{}", a, self.text_of(n.span)))
                            }
                            _ => Cond::Other,
                        };
                        self.cond_expr_next(CondExpr {
                            cond: name,
                            span: e1.span.to(n.span),
                        })
                    }
                    _ => Err(self.cond_error_at_next()),
                }
            }
            RawKind::Token(TokenKind::Binop(op)) => {
                self.consume(1);
                let op = if op == Binop::Gt {
                    // `>=` arrives as `>` `=` side by side.
                    match self.raw_ahead(0) {
                        Some(n)
                            if n.kind == RawKind::Token(TokenKind::Binop(Binop::Assign))
                                && n.span.lo == t.span.hi =>
                        {
                            self.consume(1);
                            Binop::Gte
                        }
                        _ => Binop::Gt,
                    }
                } else {
                    op
                };
                let e2 = self.cond_expr()?;
                Ok(make_binop(op, e1, e2))
            }
            _ => Ok(e1),
        }
    }

    // ---- evaluation (haxe's `ParserEntry.eval`) ----

    fn lookup(&mut self, name: &str) -> Value {
        self.out.defines_read.push(name.to_string());
        match self.defines.raw_value(name) {
            Some(v) => Value::Str(v),
            None => Value::Null,
        }
    }

    fn eval(&mut self, e: &CondExpr) -> Result<Value, Stop> {
        let err = |msg: &str| {
            Stop(LexError {
                message: msg.to_string(),
                span: e.span,
            })
        };
        Ok(match &e.cond {
            Cond::Ident(name) => self.lookup(name),
            Cond::Str(s) => Value::Str(s.clone()),
            Cond::Num(f) => Value::Float(*f),
            Cond::Call(name, args) if name == "version" && args.len() == 1 => match &args[0].cond {
                Cond::Str(s) => Value::Version(parse_version(s.as_str()).map_err(|m| {
                    Stop(LexError {
                        message: m,
                        span: args[0].span,
                    })
                })?),
                _ => return Err(err("Invalid condition expression")),
            },
            Cond::Binop(Binop::BoolAnd, a, b) => {
                let a = self.eval(a)?;
                Value::Bool(
                    is_true(&a) && {
                        let b = self.eval(b)?;
                        is_true(&b)
                    },
                )
            }
            Cond::Binop(Binop::BoolOr, a, b) => {
                let a = self.eval(a)?;
                Value::Bool(
                    is_true(&a) || {
                        let b = self.eval(b)?;
                        is_true(&b)
                    },
                )
            }
            Cond::Not(a) => {
                let a = self.eval(a)?;
                Value::Bool(!is_true(&a))
            }
            Cond::Paren(a) => self.eval(a)?,
            Cond::Binop(op, a, b) => {
                let (v1, v2) = self.eval_binop_exprs(a, b)?;
                let ord = |v1: &Value, v2: &Value| -> Result<Option<std::cmp::Ordering>, Stop> {
                    compare(v1, v2).map_err(|m| err(&m))
                };
                let test = |f: fn(std::cmp::Ordering) -> bool| -> Result<Value, Stop> {
                    Ok(Value::Bool(ord(&v1, &v2)?.map(f).unwrap_or(false)))
                };
                match op {
                    Binop::Eq => test(|o| o.is_eq())?,
                    Binop::NotEq => test(|o| o.is_ne())?,
                    Binop::Gt => test(|o| o.is_gt())?,
                    Binop::Gte => test(|o| o.is_ge())?,
                    Binop::Lt => test(|o| o.is_lt())?,
                    Binop::Lte => test(|o| o.is_le())?,
                    _ => return Err(err("Unsupported operation")),
                }
            }
            _ => return Err(err("Invalid condition expression")),
        })
    }

    fn eval_binop_exprs(&mut self, a: &CondExpr, b: &CondExpr) -> Result<(Value, Value), Stop> {
        let v1 = self.eval(a)?;
        let v2 = self.eval(b)?;
        let version_of = |s: &str, span: Span| {
            parse_version(s)
                .map(Value::Version)
                .map_err(|m| Stop(LexError { message: m, span }))
        };
        Ok(match (v1, v2) {
            (Value::Str(s1), v2 @ Value::Float(_)) => match parse_float(&s1) {
                Some(f) => (Value::Float(f), v2),
                None => (Value::Str(s1), v2),
            },
            (v1 @ Value::Float(_), Value::Str(s2)) => match parse_float(&s2) {
                Some(f) => (v1, Value::Float(f)),
                None => (v1, Value::Str(s2)),
            },
            (v1 @ Value::Version(_), Value::Str(s)) => (v1, version_of(&s, b.span)?),
            (Value::Str(s), v2 @ Value::Version(_)) => (version_of(&s, a.span)?, v2),
            other => other,
        })
    }
}

fn make_unop(op: Unop, e: CondExpr, p1: Span) -> CondExpr {
    let span = p1.to(e.span);
    let cond = match e.cond {
        Cond::Binop(bop, a, b) => {
            let a = make_unop(op, *a, p1);
            Cond::Binop(bop, Box::new(a), b)
        }
        other if op == Unop::Not => Cond::Not(Box::new(CondExpr {
            cond: other,
            span: e.span,
        })),
        _ => Cond::Other,
    };
    CondExpr { cond, span }
}

/// haxe's `make_binop`: the right operand was parsed greedily, so rotate it when `op`
/// binds tighter.
fn make_binop(op: Binop, e1: CondExpr, e2: CondExpr) -> CondExpr {
    if let Cond::Binop(op2, a, b) = e2.cond {
        let (p1, left1) = super::parser::precedence(op);
        let (p2, _) = super::parser::precedence(op2);
        if left1 && p1 <= p2 {
            let inner = make_binop(op, e1, *a);
            let span = inner.span.to(b.span);
            return CondExpr {
                cond: Cond::Binop(op2, Box::new(inner), b),
                span,
            };
        }
        let span = e1.span.to(e2.span);
        return CondExpr {
            cond: Cond::Binop(
                op,
                Box::new(e1),
                Box::new(CondExpr {
                    cond: Cond::Binop(op2, a, b),
                    span: e2.span,
                }),
            ),
            span,
        };
    }
    let span = e1.span.to(e2.span);
    CondExpr {
        cond: Cond::Binop(op, Box::new(e1), Box::new(e2)),
        span,
    }
}

/// haxe's `validate_macro_cond`.
fn validate(e: CondExpr) -> Result<CondExpr, Stop> {
    let ok = match &e.cond {
        Cond::Ident(_) | Cond::Str(_) | Cond::Num(_) => true,
        Cond::Not(a) | Cond::Paren(a) => return validate((**a).clone()).map(|_| e),
        Cond::Binop(_, a, b) => {
            validate((**a).clone())?;
            validate((**b).clone())?;
            true
        }
        Cond::Call(_, args) => {
            for a in args {
                validate(a.clone())?;
            }
            true
        }
        Cond::Other => false,
    };
    if ok {
        Ok(e)
    } else {
        Err(Stop(LexError {
            message: "Invalid conditional expression".into(),
            span: e.span,
        }))
    }
}

fn is_true(v: &Value) -> bool {
    !matches!(v, Value::Bool(false) | Value::Null) && *v != Value::Float(0.0)
}

fn s_value(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {}", b),
        Value::Float(f) => format!("float {}", ocaml_float(*f)),
        Value::Str(s) => format!("string \"{}\"", s),
        Value::Version(v) => format!("version {}", version_string(v)),
    }
}

/// OCaml's `string_of_float`: `1.`, `1.5`, `1e+20`.
fn ocaml_float(f: f64) -> String {
    let s = format!("{}", f);
    if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("NaN") {
        s
    } else {
        format!("{}.", s)
    }
}

fn version_string(v: &Version) -> String {
    let (a, b, c) = v.release;
    let mut s = format!("{}.{}.{}", a, b, c);
    if let Some(pre) = &v.pre {
        let parts: Vec<String> = pre
            .iter()
            .map(|p| match p {
                PreId::Num(n) => n.to_string(),
                PreId::Str(s) => s.clone(),
            })
            .collect();
        s.push('-');
        s.push_str(&parts.join("."));
    }
    s
}

/// haxe's `cmp`: `Ok(None)` means "always false", an error means the values cannot be compared.
fn compare(v1: &Value, v2: &Value) -> Result<Option<std::cmp::Ordering>, String> {
    use Value::*;
    match (v1, v2) {
        (Null, _) | (_, Null) => Ok(None),
        (Float(a), Float(b)) => Ok(a.partial_cmp(b)),
        (Str(a), Str(b)) => Ok(Some(a.as_bytes().cmp(b.as_bytes()))),
        (Bool(a), Bool(b)) => Ok(Some(a.cmp(b))),
        (Version(a), Version(b)) => Ok(Some(compare_versions(a, b))),
        (Str(_), Float(_)) | (Float(_), Str(_)) | (_, Version(_)) | (Version(_), _) => Err(
            format!("Cannot compare {} and {}", s_value(v1), s_value(v2)),
        ),
        _ => Ok(None),
    }
}

fn compare_versions(a: &Version, b: &Version) -> std::cmp::Ordering {
    a.release
        .cmp(&b.release)
        .then_with(|| match (&a.pre, &b.pre) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (Some(_), None) => std::cmp::Ordering::Less,
            (Some(x), Some(y)) => x.cmp(y),
        })
}

fn parse_version(s: &str) -> Result<Version, String> {
    let invalid = || format!("Invalid version string \"{}\". Should follow SemVer.", s);
    let (release, pre) = match s.split_once('-') {
        Some((r, p)) => (r, Some(p)),
        None => (s, None),
    };
    let nums: Vec<&str> = release.split('.').collect();
    if nums.len() != 3 {
        return Err(invalid());
    }
    let mut parts = [0u64; 3];
    for (slot, n) in parts.iter_mut().zip(&nums) {
        *slot = n.parse().map_err(|_| invalid())?;
    }
    let pre = pre.map(|p| {
        p.split('.')
            .map(|id| match id.parse::<u64>() {
                Ok(n) => PreId::Num(n),
                Err(_) => PreId::Str(id.to_string()),
            })
            .collect()
    });
    Ok(Version {
        release: (parts[0], parts[1], parts[2]),
        pre,
    })
}

/// OCaml's `float_of_string` for the forms a define value takes in practice.
fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok().map(|v| v as f64);
    }
    let cleaned: String = t.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().ok()
}

fn unknown_sharp(name: &str, span: Span) -> LexError {
    let full = format!("#{}", name);
    let candidates = ["#if", "#elseif", "#else", "#end", "#error", "#line"];
    LexError {
        message: crate::syntax::suggest::string_error(&full, &candidates, "Unknown token"),
        span,
    }
}

/// The text haxe's `s_token` prints for a raw token in an error message.
fn raw_token_text(text: &str, t: RawToken) -> String {
    match t.kind {
        RawKind::Token(TokenKind::Eof) => "<end of file>".into(),
        _ => text[t.span.lo as usize..t.span.hi as usize].to_string(),
    }
}
