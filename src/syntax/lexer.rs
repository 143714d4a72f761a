//! The lexer: Haxe source text to raw tokens (comments and `#` directives included),
//! following haxe 4.2.5's `lexer.ml` token for token, with its error messages.
//!
//! The preprocessor pulls tokens from a [`Lexer`] one at a time; the lexer stops at the first
//! error, which the preprocessor turns into an error token so the parser reports it only if
//! it gets there, as haxe's lazy lexer would. [`lex`] lexes a whole file at once, for the
//! display code that looks at raw tokens.

use super::source::Span;
use super::token::{AssignableOp, Binop, Keyword, TokenKind, Unop};

/// A raw token: either a real token or a comment, which the preprocessor filters out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawKind {
    Token(TokenKind),
    /// `/* ... */`; a doc comment when its text starts with `*`.
    Comment,
    /// `// ...`
    LineComment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawToken {
    pub kind: RawKind,
    pub span: Span,
}

/// A lexer error in haxe's words, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub message: String,
    pub span: Span,
}

/// Lexes a whole file. On error, the tokens before it and the error are returned.
pub fn lex(text: &str) -> (Vec<RawToken>, Option<LexError>) {
    lex_with_markup(text, &[])
}

/// Lexes a whole file where `markup` (sorted byte ranges) are inline markup literals, each
/// one token: markup text is not Haxe and would not lex.
pub fn lex_with_markup(text: &str, markup: &[(u32, u32)]) -> (Vec<RawToken>, Option<LexError>) {
    let mut lexer = Lexer::new(text);
    lexer.markup = markup;
    // About one token per six bytes of source; growing past that is rare.
    let mut out = Vec::with_capacity(text.len() / 6 + 4);
    loop {
        match lexer.next_token() {
            Ok(tok) => {
                out.push(tok);
                if tok.kind == RawKind::Token(TokenKind::Eof) {
                    return (out, None);
                }
            }
            Err(e) => return (out, Some(*e)),
        }
    }
}

/// What the lexer's functions return: a token, or the error that stops the lexer (boxed,
/// so that the common result stays small enough to be returned in registers).
pub type LexResult<T = RawToken> = Result<T, Box<LexError>>;

pub struct Lexer<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    /// Inline markup literals (sorted byte ranges), each lexed as one token.
    pub markup: &'a [(u32, u32)],
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str) -> Lexer<'a> {
        let mut lexer = Lexer {
            src: text.as_bytes(),
            text,
            pos: 0,
            markup: &[],
        };
        lexer.skip_header();
        lexer
    }

    /// Skips byte-order marks and a `#!` line at the very start (haxe's `skip_header`).
    fn skip_header(&mut self) {
        loop {
            if self.src[self.pos..].starts_with(&[0xEF, 0xBB, 0xBF]) {
                self.pos += 3;
            } else if self.src[self.pos..].starts_with(b"#!") {
                while self.pos < self.src.len() && !matches!(self.src[self.pos], b'\n' | b'\r') {
                    self.pos += 1;
                }
            } else {
                return;
            }
        }
    }

    fn peek_at(&self, offset: usize) -> u8 {
        self.src.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn tok(&self, kind: TokenKind, start: usize) -> LexResult {
        Ok(RawToken {
            kind: RawKind::Token(kind),
            span: Span::new(start as u32, self.pos as u32),
        })
    }

    fn error(&self, message: impl Into<String>, at: usize) -> Box<LexError> {
        Box::new(LexError {
            message: message.into(),
            span: Span::at(at as u32),
        })
    }

    fn invalid_char(&self, at: usize) -> Box<LexError> {
        let c = self.text[at..]
            .chars()
            .next()
            .map(|c| c as u32)
            .unwrap_or(0);
        let message = if c > 32 && c < 128 {
            format!("Invalid character '{}'", c as u8 as char)
        } else {
            format!("Invalid character 0x{:02X}", c)
        };
        self.error(message, at)
    }

    /// After white space, the next token if it is a name, a keyword or one-byte punctuation
    /// (most tokens of any file), as [`Lexer::next_token`] would read it; otherwise `None`,
    /// with only the white space consumed. The preprocessor's fast path.
    #[inline(always)]
    pub fn next_simple(&mut self) -> Option<(TokenKind, Span)> {
        let src = self.src;
        let mut pos = self.pos;
        while pos < src.len() && matches!(src[pos], b' ' | b'\t' | b'\r' | b'\n') {
            pos += 1;
        }
        self.pos = pos;
        let start = pos;
        let &c = src.get(start)?;
        if !self.markup.is_empty() {
            return None;
        }
        if is_ident_start(c) {
            let (kind, end) = name_at(src, start);
            self.pos = end;
            return Some((kind, Span::new(start as u32, end as u32)));
        }
        let kind = single_byte_token(c)?;
        self.pos = start + 1;
        Some((kind, Span::new(start as u32, start as u32 + 1)))
    }

    /// The next token, skipping white space. Names and one-byte punctuation, most of any
    /// file, are read here; everything else in [`Lexer::other_token`].
    #[inline]
    pub fn next_token(&mut self) -> LexResult {
        let src = self.src;
        let mut pos = self.pos;
        while pos < src.len() && matches!(src[pos], b' ' | b'\t' | b'\r' | b'\n') {
            pos += 1;
        }
        let start = pos;
        let Some(&c) = src.get(start) else {
            self.pos = start;
            return self.tok(TokenKind::Eof, start);
        };
        if !self.markup.is_empty() {
            if let Ok(i) = self.markup.binary_search_by_key(&(start as u32), |r| r.0) {
                self.pos = self.markup[i].1 as usize;
                return self.tok(TokenKind::Markup, start);
            }
        }
        if is_ident_start(c) {
            let (kind, end) = name_at(src, start);
            self.pos = end;
            return self.tok(kind, start);
        }
        if let Some(kind) = single_byte_token(c) {
            self.pos = start + 1;
            return self.tok(kind, start);
        }
        self.pos = start;
        self.other_token(start, c)
    }

    /// Every token but names, one-byte punctuation and the end of file.
    #[inline(never)]
    fn other_token(&mut self, start: usize, c: u8) -> LexResult {
        match c {
            b'0'..=b'9' => self.number(start),
            b'.' => {
                if self.peek_at(1).is_ascii_digit() {
                    self.pos += 1;
                    self.digits();
                    return self.tok(TokenKind::Float, start);
                }
                if self.peek_at(1) == b'.' && self.peek_at(2) == b'.' {
                    self.pos += 3;
                    return self.tok(TokenKind::Spread, start);
                }
                self.pos += 1;
                self.tok(TokenKind::Dot, start)
            }
            b'"' => self.string(start, b'"'),
            b'\'' => self.string(start, b'\''),
            b'/' => match self.peek_at(1) {
                b'/' => {
                    self.pos = match memchr::memchr2(b'\n', b'\r', &self.src[start + 2..]) {
                        Some(i) => start + 2 + i,
                        None => self.src.len(),
                    };
                    Ok(RawToken {
                        kind: RawKind::LineComment,
                        span: Span::new(start as u32, self.pos as u32),
                    })
                }
                b'*' => {
                    self.pos += 2;
                    self.block_comment(start)?;
                    Ok(RawToken {
                        kind: RawKind::Comment,
                        span: Span::new(start as u32, self.pos as u32),
                    })
                }
                b'=' => self.op(
                    start,
                    2,
                    TokenKind::Binop(Binop::AssignOp(AssignableOp::Div)),
                ),
                _ => self.op(start, 1, TokenKind::Binop(Binop::Div)),
            },
            b'~' => {
                if self.peek_at(1) == b'/' {
                    self.pos += 2;
                    self.regex(start)
                } else {
                    self.op(start, 1, TokenKind::Unop(Unop::NegBits))
                }
            }
            b'#' => {
                let next = self.peek_at(1);
                if next.is_ascii_alphabetic() || next == b'_' {
                    self.pos += 2;
                    while self.pos < self.src.len() && is_ident_char(self.src[self.pos]) {
                        self.pos += 1;
                    }
                    self.tok(TokenKind::Sharp, start)
                } else {
                    Err(self.invalid_char(start))
                }
            }
            b'$' => {
                self.pos += 1;
                while self.pos < self.src.len() && is_ident_char(self.src[self.pos]) {
                    self.pos += 1;
                }
                self.tok(TokenKind::Dollar, start)
            }
            _ => self.punctuation(start, c),
        }
    }

    fn op(&mut self, start: usize, len: usize, kind: TokenKind) -> LexResult {
        self.pos = start + len;
        self.tok(kind, start)
    }

    fn punctuation(&mut self, start: usize, c: u8) -> LexResult {
        use AssignableOp as A;
        use TokenKind as T;
        let n1 = self.peek_at(1);
        let n2 = self.peek_at(2);
        let (len, kind) = match c {
            b'+' => match n1 {
                b'+' => (2, T::Unop(Unop::Increment)),
                b'=' => (2, T::Binop(Binop::AssignOp(A::Add))),
                _ => (1, T::Binop(Binop::Add)),
            },
            b'-' => match n1 {
                b'-' => (2, T::Unop(Unop::Decrement)),
                b'=' => (2, T::Binop(Binop::AssignOp(A::Sub))),
                b'>' => (2, T::Arrow),
                _ => (1, T::Binop(Binop::Sub)),
            },
            b'*' => match n1 {
                b'=' => (2, T::Binop(Binop::AssignOp(A::Mult))),
                _ => (1, T::Binop(Binop::Mult)),
            },
            b'%' => match n1 {
                b'=' => (2, T::Binop(Binop::AssignOp(A::Mod))),
                _ => (1, T::Binop(Binop::Mod)),
            },
            b'&' => match (n1, n2) {
                (b'&', b'=') => (3, T::Binop(Binop::AssignOp(A::BoolAnd))),
                (b'&', _) => (2, T::Binop(Binop::BoolAnd)),
                (b'=', _) => (2, T::Binop(Binop::AssignOp(A::And))),
                _ => (1, T::Binop(Binop::And)),
            },
            b'|' => match (n1, n2) {
                (b'|', b'=') => (3, T::Binop(Binop::AssignOp(A::BoolOr))),
                (b'|', _) => (2, T::Binop(Binop::BoolOr)),
                (b'=', _) => (2, T::Binop(Binop::AssignOp(A::Or))),
                _ => (1, T::Binop(Binop::Or)),
            },
            b'^' => match n1 {
                b'=' => (2, T::Binop(Binop::AssignOp(A::Xor))),
                _ => (1, T::Binop(Binop::Xor)),
            },
            b'<' => match (n1, n2) {
                (b'<', b'=') => (3, T::Binop(Binop::AssignOp(A::Shl))),
                (b'<', _) => (2, T::Binop(Binop::Shl)),
                (b'=', _) => (2, T::Binop(Binop::Lte)),
                _ => (1, T::Binop(Binop::Lt)),
            },
            b'>' => (1, T::Binop(Binop::Gt)),
            b'=' => match n1 {
                b'=' => (2, T::Binop(Binop::Eq)),
                b'>' => (2, T::Binop(Binop::Arrow)),
                _ => (1, T::Binop(Binop::Assign)),
            },
            b'!' => match n1 {
                b'=' => (2, T::Binop(Binop::NotEq)),
                _ => (1, T::Unop(Unop::Not)),
            },
            b';' => (1, T::Semicolon),
            b':' => (1, T::DblDot),
            b',' => (1, T::Comma),
            b'[' => (1, T::BkOpen),
            b']' => (1, T::BkClose),
            b'{' => (1, T::BrOpen),
            b'}' => (1, T::BrClose),
            b'(' => (1, T::POpen),
            b')' => (1, T::PClose),
            b'?' => (1, T::Question),
            b'@' => (1, T::At),
            _ => return Err(self.invalid_char(start)),
        };
        self.op(start, len, kind)
    }

    fn digits(&mut self) {
        while self.pos < self.src.len() && self.src[self.pos].is_ascii_digit() {
            self.pos += 1;
        }
    }

    /// Numbers, with sedlex's longest-match rules from haxe's lexer.
    fn number(&mut self, start: usize) -> LexResult {
        let src = self.src;
        let at = |i: usize| src.get(i).copied().unwrap_or(0);
        // Hexadecimal.
        if at(start) == b'0' && at(start + 1) == b'x' && at(start + 2).is_ascii_hexdigit() {
            self.pos = start + 2;
            while self.pos < src.len() && src[self.pos].is_ascii_hexdigit() {
                self.pos += 1;
            }
            return self.tok(TokenKind::Int, start);
        }
        // `integer` is `0` alone or a non-zero digit followed by digits.
        self.pos = start + 1;
        if at(start) != b'0' {
            self.digits();
        }
        let int_end = self.pos;
        // integer "..." -> IntInterval (4+ chars, beats integer '.' which needs a digit).
        if at(int_end) == b'.' && at(int_end + 1) == b'.' && at(int_end + 2) == b'.' {
            self.pos = int_end + 3;
            return self.tok(TokenKind::IntInterval, start);
        }
        let exponent = |i: usize| -> Option<usize> {
            if matches!(at(i), b'e' | b'E') {
                let mut j = i + 1;
                if matches!(at(j), b'+' | b'-') {
                    j += 1;
                }
                if at(j).is_ascii_digit() {
                    while at(j).is_ascii_digit() {
                        j += 1;
                    }
                    return Some(j);
                }
            }
            None
        };
        if at(int_end) == b'.' {
            let mut j = int_end + 1;
            while at(j).is_ascii_digit() {
                j += 1;
            }
            let frac_digits = j - (int_end + 1);
            if let Some(end) = exponent(j) {
                self.pos = end;
                return self.tok(TokenKind::Float, start);
            }
            if frac_digits > 0 {
                self.pos = j;
                return self.tok(TokenKind::Float, start);
            }
            self.pos = int_end;
            return self.tok(TokenKind::Int, start);
        }
        if let Some(end) = exponent(int_end) {
            self.pos = end;
            return self.tok(TokenKind::Float, start);
        }
        self.pos = int_end;
        self.tok(TokenKind::Int, start)
    }

    fn block_comment(&mut self, start: usize) -> LexResult<()> {
        match find_comment_end(&self.src[self.pos..]) {
            Some(i) => {
                self.pos += i + 2;
                Ok(())
            }
            None => {
                self.pos = self.src.len();
                Err(self.error("Unclosed comment", start))
            }
        }
    }

    /// A quoted string; `quote` is `"` or `'`. The escapes are checked as haxe's
    /// `unescape` checks them, and a bad one is reported at haxe's position.
    fn string(&mut self, start: usize, quote: u8) -> LexResult {
        self.pos = start + 1;
        self.scan_string_body(start, quote)?;
        let raw = &self.text[start + 1..self.pos - 1];
        // Only escapes can be invalid; most strings have none, and need no decoding here.
        if memchr::memchr(b'\\', raw.as_bytes()).is_some() {
            if let Err((index, message)) = unescape(raw) {
                return Err(self.error(message, start + index));
            }
        }
        let kind = if quote == b'"' {
            TokenKind::StringDq
        } else {
            TokenKind::StringSq
        };
        self.tok(kind, start)
    }

    /// Scans to just after the closing quote. Inside single quotes, `${ ... }` may hold
    /// braces, strings and comments of its own.
    fn scan_string_body(&mut self, start: usize, quote: u8) -> LexResult<()> {
        loop {
            // Jump to the next byte that matters: the quote, a backslash, or in single quotes
            // a `$` that may open `${`.
            let rest = self.src.get(self.pos..).unwrap_or(&[]);
            let found = if quote == b'\'' {
                memchr::memchr3(quote, b'\\', b'$', rest)
            } else {
                memchr::memchr2(quote, b'\\', rest)
            };
            let Some(i) = found else {
                self.pos = self.src.len();
                return Err(self.error("Unterminated string", start));
            };
            self.pos += i;
            let c = rest[i];
            match c {
                b'\\' => {
                    // A backslash escapes the next quote or backslash; the escape itself is
                    // validated afterwards.
                    let next = self.peek_at(1);
                    self.pos += if next == quote || next == b'\\' { 2 } else { 1 };
                }
                b'$' if quote == b'\'' && self.peek_at(1) == b'{' => {
                    let code_start = self.pos;
                    self.pos += 2;
                    self.code_string(code_start)?;
                }
                c if c == quote => {
                    self.pos += 1;
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The inside of `${ ... }` in a single-quoted string, up to and including its `}`.
    fn code_string(&mut self, code_start: usize) -> LexResult<()> {
        let mut open_braces = 0usize;
        loop {
            let Some(&c) = self.src.get(self.pos) else {
                return Err(self.error("Unclosed code string", code_start));
            };
            match c {
                b'{' => {
                    open_braces += 1;
                    self.pos += 1;
                }
                b'}' => {
                    self.pos += 1;
                    if open_braces == 0 {
                        return Ok(());
                    }
                    open_braces -= 1;
                }
                b'"' | b'\'' => {
                    let string_start = self.pos;
                    self.pos += 1;
                    self.scan_string_body(string_start, c)?;
                }
                b'/' if self.peek_at(1) == b'*' => {
                    let comment_start = self.pos;
                    self.pos += 2;
                    self.block_comment(comment_start)?;
                }
                b'/' if self.peek_at(1) == b'/' => {
                    while self.pos < self.src.len() && !matches!(self.src[self.pos], b'\n' | b'\r')
                    {
                        self.pos += 1;
                    }
                }
                _ => self.pos += 1,
            }
        }
    }

    /// `~/pattern/options`, after the `~/`.
    fn regex(&mut self, start: usize) -> LexResult {
        loop {
            let Some(&c) = self.src.get(self.pos) else {
                return Err(self.error("Unterminated regular expression", start));
            };
            match c {
                b'\n' | b'\r' => return Err(self.error("Unterminated regular expression", start)),
                b'\\' => {
                    let next = self.peek_at(1);
                    let ok = matches!(
                        next,
                        b'/' | b'r'
                            | b'n'
                            | b't'
                            | b'\\'
                            | b'$'
                            | b'.'
                            | b'*'
                            | b'+'
                            | b'^'
                            | b'|'
                            | b'{'
                            | b'}'
                            | b'['
                            | b']'
                            | b'('
                            | b')'
                            | b'?'
                            | b'-'
                            | b'0'
                            ..=b'9' | b'w' | b'W' | b'b' | b'B' | b's' | b'S' | b'd' | b'D' | b'x'
                    );
                    if ok {
                        self.pos += 2;
                    } else if matches!(next, b'u' | b'U')
                        && (2..6).all(|i| self.peek_at(i).is_ascii_hexdigit())
                    {
                        self.pos += 6;
                    } else if self.pos + 1 >= self.src.len() {
                        return Err(self.error("Unterminated regular expression", start));
                    } else {
                        // haxe reports the escaped character at the backslash's position.
                        let message = {
                            let c = self.text[self.pos + 1..]
                                .chars()
                                .next()
                                .map(|c| c as u32)
                                .unwrap_or(0);
                            if c > 32 && c < 128 {
                                format!("Invalid character '{}'", c as u8 as char)
                            } else {
                                format!("Invalid character 0x{:02X}", c)
                            }
                        };
                        let len = self.text[self.pos + 1..]
                            .chars()
                            .next()
                            .map(char::len_utf8)
                            .unwrap_or(1);
                        return Err(self.error(message, self.pos + len));
                    }
                }
                b'/' => {
                    self.pos += 1;
                    while matches!(self.peek_at(0), b'g' | b'i' | b'm' | b's' | b'u') {
                        self.pos += 1;
                    }
                    if self.peek_at(0).is_ascii_lowercase() {
                        return Err(self.error("Invalid regular expression option", self.pos));
                    }
                    return self.tok(TokenKind::Regex, start);
                }
                _ => self.pos += 1,
            }
        }
    }
}

/// The end of an inline markup literal starting with the `<` at `lt` (haxe's `lex_xml`
/// and `not_xml`): the tag name's closing tag at depth zero, or `/>` closing the opening
/// tag. `None` when the text ends first (haxe's "Unterminated markup literal").
pub fn scan_markup(text: &str, lt: usize) -> Option<usize> {
    let b = text.as_bytes();
    let name_len = xml_name_len(text, lt + 1);
    let name = &text[lt + 1..lt + 1 + name_len];
    let open_tag = format!("<{}", name);
    let close_tag = format!("</{}>", name);
    let mut i = lt + 1 + name_len;
    let mut depth: i64 = 0;
    let mut in_open = !name.is_empty();
    while i < b.len() {
        if b[i] == b'<' && b.get(i + 1) == Some(&b'/') {
            let n = xml_name_len(text, i + 2);
            if b.get(i + 2 + n) == Some(&b'>') {
                let end = i + 3 + n;
                if &text[i..end] == close_tag.as_str() {
                    if depth == 0 {
                        return Some(end);
                    }
                    depth -= 1;
                }
                in_open = false;
                i = end;
                continue;
            }
        }
        if b[i] == b'<' {
            let n = xml_name_len(text, i + 1);
            let s = &text[i..i + 1 + n];
            if s == open_tag.as_str() {
                depth += 1;
                in_open = true;
            } else {
                in_open = false;
            }
            i += 1 + n;
            continue;
        }
        if b[i] == b'/' && b.get(i + 1) == Some(&b'>') {
            if in_open {
                depth -= 1;
            }
            if depth < 0 {
                return Some(i + 2);
            }
            in_open = false;
            i += 2;
            continue;
        }
        i += text[i..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    None
}

/// Length in bytes of an XML name starting at `at` (haxe's `xml_name`, plus `$`); 0 if none.
fn xml_name_len(text: &str, at: usize) -> usize {
    let Some(rest) = text.get(at..) else { return 0 };
    let start_char = |c: char| {
        matches!(c, '$' | ':' | 'A'..='Z' | '_' | 'a'..='z')
            || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2FF | 0x370..=0x37D | 0x37F..=0x1FFF | 0x200C..=0x200D | 0x2070..=0x218F | 0x2C00..=0x2FEF | 0x3001..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFFD | 0x10000..=0xEFFFF)
    };
    let name_char = |c: char| {
        start_char(c)
            || matches!(c, '-' | '.' | '0'..='9')
            || matches!(c as u32, 0xB7 | 0x0300..=0x036F | 0x203F..=0x2040)
    };
    let mut chars = rest.char_indices();
    match chars.next() {
        Some((_, c)) if start_char(c) => {}
        _ => return 0,
    }
    for (i, c) in chars {
        if !name_char(c) {
            return i;
        }
    }
    rest.len()
}

/// Bytes that start an identifier (`[a-zA-Z_]`).
#[inline]
fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

/// The tokens that are always one byte, whatever follows: most punctuation.
#[inline]
fn single_byte_token(c: u8) -> Option<TokenKind> {
    SINGLE_BYTE[c as usize]
}

static SINGLE_BYTE: [Option<TokenKind>; 256] = {
    let mut t = [None; 256];
    t[b';' as usize] = Some(TokenKind::Semicolon);
    t[b':' as usize] = Some(TokenKind::DblDot);
    t[b',' as usize] = Some(TokenKind::Comma);
    t[b'[' as usize] = Some(TokenKind::BkOpen);
    t[b']' as usize] = Some(TokenKind::BkClose);
    t[b'{' as usize] = Some(TokenKind::BrOpen);
    t[b'}' as usize] = Some(TokenKind::BrClose);
    t[b'(' as usize] = Some(TokenKind::POpen);
    t[b')' as usize] = Some(TokenKind::PClose);
    t[b'?' as usize] = Some(TokenKind::Question);
    t[b'@' as usize] = Some(TokenKind::At);
    // `>=`, `>>` and `>>>` are assembled by the parser.
    t[b'>' as usize] = Some(TokenKind::Binop(Binop::Gt));
    t
};

/// Bytes that continue an identifier (`[a-zA-Z0-9_]`), as a table: the lexer asks for
/// every byte of every name.
static IDENT_CHAR: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

#[inline]
fn is_ident_char(c: u8) -> bool {
    IDENT_CHAR[c as usize]
}

/// Where `*/` starts in `hay`.
fn find_comment_end(hay: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, b"*/")
}

/// Decodes the escapes of a string literal's raw text (haxe's `Ast.unescape`).
/// On failure, returns the byte index of the offending character and haxe's message.
pub fn unescape(raw: &str) -> Result<String, (usize, String)> {
    if !raw.contains('\\') {
        return Ok(raw.to_string());
    }
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c != b'\\' {
            let ch = raw[i..].chars().next().unwrap_or('\u{FFFD}');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        i += 1;
        let Some(&e) = bytes.get(i) else {
            // A trailing backslash cannot reach here: the closing quote would be escaped.
            break;
        };
        let fail = |msg: Option<&str>| -> (usize, String) {
            let shown = escaped_char(e);
            match msg {
                None => (i, format!("Invalid escape sequence \\{}", shown)),
                Some(m) => (i, format!("Invalid escape sequence \\{}. {}", shown, m)),
            }
        };
        match e {
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'"' | b'\'' | b'\\' => out.push(e as char),
            b'0'..=b'3' => {
                let digits = raw
                    .get(i..i + 3)
                    .filter(|d| d.bytes().all(|b| (b'0'..=b'7').contains(&b)));
                let Some(digits) = digits else {
                    return Err(fail(None));
                };
                let u = u32::from_str_radix(digits, 8).unwrap_or(0);
                if u > 127 {
                    let m = format!(
                        "Values greater than \\177 are not allowed. Use \\u00{:02x} instead.",
                        u
                    );
                    return Err(fail(Some(&m)));
                }
                out.push(u as u8 as char);
                i += 2;
            }
            b'x' => {
                let no_hex = "Must be followed by a hexadecimal sequence.";
                let hex = raw
                    .get(i + 1..i + 3)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(fail(Some(no_hex)));
                };
                let u = u32::from_str_radix(hex, 16).unwrap_or(0);
                if u > 127 {
                    let m = format!(
                        "Values greater than \\x7f are not allowed. Use \\u00{} instead.",
                        hex
                    );
                    return Err(fail(Some(&m)));
                }
                out.push(u as u8 as char);
                i += 2;
            }
            b'u' => {
                let no_hex =
                    "Must be followed by a hexadecimal sequence enclosed in curly brackets.";
                let four = raw
                    .get(i + 1..i + 5)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
                let (u, advance) = if let Some(h) = four {
                    (u32::from_str_radix(h, 16).unwrap_or(0), 4)
                } else if bytes.get(i + 1) == Some(&b'{') {
                    let close = raw
                        .get(i + 3..)
                        .and_then(|rest| rest.find('}'))
                        .map(|k| k + i + 3);
                    let Some(close) = close else {
                        return Err(fail(Some(no_hex)));
                    };
                    let h = &raw[i + 2..close];
                    if h.is_empty() || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
                        return Err(fail(Some(no_hex)));
                    }
                    let u = u64::from_str_radix(h, 16).unwrap_or(u64::MAX);
                    if u > 0x10FFFF {
                        return Err(fail(Some(
                            "Maximum allowed value for unicode escape sequence is \\u{10FFFF}",
                        )));
                    }
                    (u as u32, h.len() + 2)
                } else {
                    return Err(fail(Some(no_hex)));
                };
                if (0xD800..0xE000).contains(&u) {
                    return Err(fail(Some("UTF-16 surrogates are not allowed in strings.")));
                }
                out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
                i += advance;
            }
            _ => return Err(fail(None)),
        }
        i += 1;
    }
    Ok(out)
}

/// OCaml's `Char.escaped`, as haxe uses it in escape errors.
fn escaped_char(c: u8) -> String {
    match c {
        b'\\' => "\\\\".into(),
        b'"' => "\\\"".into(),
        b'\'' => "\\'".into(),
        b'\n' => "\\n".into(),
        b'\t' => "\\t".into(),
        b'\r' => "\\r".into(),
        b' '..=b'~' => (c as char).to_string(),
        _ => format!("\\{:03}", c),
    }
}

/// The name (identifier or keyword) starting at `start`, whose first byte is a name's, and
/// where it ends.
#[inline(always)]
fn name_at(src: &[u8], start: usize) -> (TokenKind, usize) {
    let mut pos = start + 1;
    while pos < src.len() && is_ident_char(src[pos]) {
        pos += 1;
    }
    // Every keyword is 2 to 10 lowercase letters.
    let kind = if src[start].is_ascii_lowercase() {
        match Keyword::from_source(src, start, pos) {
            Some(k) => TokenKind::Kwd(k),
            None => TokenKind::Ident,
        }
    } else {
        TokenKind::Ident
    };
    (kind, pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<RawKind> {
        let (toks, err) = lex(src);
        assert!(err.is_none(), "{err:?}");
        toks.into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn numbers_follow_haxe_longest_match() {
        use TokenKind::*;
        let t = |k| RawKind::Token(k);
        assert_eq!(kinds("0x1F"), vec![t(Int), t(Eof)]);
        assert_eq!(kinds("1.5e3"), vec![t(Float), t(Eof)]);
        assert_eq!(kinds("5."), vec![t(Int), t(Dot), t(Eof)]);
        assert_eq!(kinds("0...3"), vec![t(IntInterval), t(Int), t(Eof)]);
        assert_eq!(kinds(".5"), vec![t(Float), t(Eof)]);
        assert_eq!(kinds("1_000"), vec![t(Int), t(Ident), t(Eof)]);
        assert_eq!(kinds("007"), vec![t(Int), t(Int), t(Int), t(Eof)]);
    }

    #[test]
    fn errors_in_haxe_words() {
        assert_eq!(lex("\"abc").1.unwrap().message, "Unterminated string");
        assert_eq!(lex("/* x").1.unwrap().message, "Unclosed comment");
        assert_eq!(
            lex("\"\\q\"").1.unwrap().message,
            "Invalid escape sequence \\q"
        );
        assert_eq!(lex("a # b").1.unwrap().message, "Invalid character '#'");
        assert_eq!(lex("é").1.unwrap().message, "Invalid character 0xE9");
    }

    #[test]
    fn unescapes() {
        assert_eq!(
            unescape(r"a\nb\x41\u0042\u{1F600}").unwrap(),
            "a\nbAB\u{1F600}"
        );
        assert_eq!(unescape(r"\101").unwrap(), "A");
    }
}
