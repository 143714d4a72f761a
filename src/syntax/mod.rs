//! Haxe source text to trees: lexer, preprocessor (conditional compilation), parser, AST,
//! spans and their printed forms. Nothing here knows about class paths, types or output formats.

pub mod ast;
pub mod cond;
pub mod dump;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod suggest;
pub mod token;

use ast::Module;
use cond::DefineLookup;
use source::Span;

pub use parser::SyntaxError;

/// The result of parsing one file: a tree (empty on a fatal error) and what went wrong.
#[derive(Debug)]
pub struct Parsed {
    pub module: Module,
    /// The first syntax error, if any (haxe reports only the first for non-display files).
    pub error: Option<SyntaxError>,
    /// Define names read by `#if` conditions: the parse depends on exactly these.
    pub defines_read: Vec<String>,
    pub dead_blocks: Vec<Span>,
}

/// haxe's message for a file that is not UTF-8, reported at its first character.
pub const MALFORMED_FILE: &str = "Malformed file. Source files must be encoded with UTF-8.";

/// Checks that a file is UTF-8 (haxe refuses anything else).
pub fn decode(bytes: Vec<u8>) -> Result<String, SyntaxError> {
    String::from_utf8(bytes).map_err(|_| SyntaxError {
        message: MALFORMED_FILE.into(),
        span: Span::at(0),
    })
}

/// Markup literals a file may hold before it is refused: each costs one more lexing pass,
/// so the bound keeps adversarial input from taking quadratic time.
const MAX_MARKUP: usize = 256;

thread_local! {
    /// The token buffer that [`run_parser`] preprocesses into, kept between files: a fresh
    /// one per file costs more in page faults than the lexing itself.
    static TOKENS: std::cell::Cell<Vec<token::Token>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Runs lexer, preprocessor and parser, lexing again while the parser finds inline markup
/// literals (haxe lexes those on demand; here each found region becomes one token).
fn run_parser(
    text: &str,
    defines: &dyn DefineLookup,
    recover: bool,
    cursor: Option<Cursor>,
) -> (
    Result<Module, SyntaxError>,
    cond::Preprocessed,
    Vec<SyntaxError>,
    DisplayPoints,
) {
    let mut markup: Vec<(u32, u32)> = Vec::new();
    loop {
        let mut pre = cond::preprocess(text, &markup, defines, TOKENS.take());
        let (result, request, errors, points) = {
            let mut p = if recover {
                parser::Parser::recovering(text, &pre)
            } else {
                parser::Parser::new(text, &pre)
            };
            if let Some(c) = cursor {
                p.set_display(c.offset, c.completion);
            }
            let result = p.parse_file();
            (
                result,
                p.markup_request.take(),
                p.take_errors(),
                DisplayPoints {
                    type_path: p.type_path_completion.take(),
                    type_decl: p.type_decl_point.take(),
                },
            )
        };
        TOKENS.set(std::mem::take(&mut pre.tokens));
        if let Some(region) = request {
            if markup.len() >= MAX_MARKUP {
                let e = SyntaxError {
                    message: format!(
                        "hxs: more than {} markup literals in one file are not supported",
                        MAX_MARKUP
                    ),
                    span: Span::at(region.0),
                };
                return (Err(e), pre, errors, points);
            }
            if !markup.contains(&region) {
                markup.push(region);
                markup.sort_unstable();
                continue;
            }
        }
        return (result, pre, errors, points);
    }
}

/// Parses a module's text under the given defines.
pub fn parse(text: &str, defines: &dyn DefineLookup) -> Parsed {
    let (result, pre, _, _) = run_parser(text, defines, false, None);
    let (module, mut error) = match result {
        Ok(m) => (m, None),
        Err(e) => (empty_module(), Some(e)),
    };
    if error.is_none() {
        if let Some(span) = pre.unclosed {
            error = Some(SyntaxError {
                message: "Unclosed conditional compilation block".into(),
                span,
            });
        }
    }
    Parsed {
        module,
        error,
        defines_read: pre.defines_read,
        dead_blocks: pre.dead_blocks,
    }
}

/// Parses one expression found at byte `offset` of a file (the code of a `${...}` in an
/// interpolated string): spans are the file's. `None` when it is not exactly one expression.
pub fn parse_expr_at(code: &str, offset: u32, defines: &dyn DefineLookup) -> Option<ast::Expr> {
    let mut text = " ".repeat(offset as usize);
    text.push_str(code);
    let pre = cond::preprocess(&text, &[], defines, Vec::new());
    if !pre.errors.is_empty() {
        return None;
    }
    let mut p = parser::Parser::new(&text, &pre);
    let e = p.expr().ok()?;
    if !p.at_eof() {
        return None;
    }
    Some(e)
}

/// Parses the display file: as haxe does there, syntax errors are recorded and parsing goes
/// on, so a module comes back even from broken code. Only an error haxe cannot recover from
/// (a lexer error, `#error`, a few hard errors) is returned as `error`; the recovered ones are
/// in `recovered`.
pub fn parse_display_file(
    text: &str,
    defines: &dyn DefineLookup,
    cursor: Option<Cursor>,
) -> DisplayParsed {
    let (result, pre, mut recovered, points) = run_parser(text, defines, true, cursor);
    if let Some(span) = pre.unclosed {
        recovered.push(SyntaxError {
            message: "Unclosed conditional compilation block".into(),
            span,
        });
    }
    let (module, error) = match result {
        Ok(m) => (m, None),
        Err(e) => (empty_module(), Some(e)),
    };
    // haxe's `process_token`: completion right after the `//` does not count.
    let in_line_comment = cursor.is_some_and(|c| {
        let skip = u32::from(c.completion);
        pre.line_comments
            .iter()
            .any(|s| s.lo + skip <= c.offset && c.offset <= s.hi)
    });
    DisplayParsed {
        in_line_comment,
        module,
        error,
        recovered,
        type_path: points.type_path,
        type_decl_point: points.type_decl,
    }
}

/// The completion points the parser of a display file found.
struct DisplayPoints {
    type_path: Option<parser::TypePathCompletion>,
    type_decl: Option<parser::TypeDeclPoint>,
}

/// Where a display query points in the display file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// Byte offset of the cursor.
    pub offset: u32,
    /// The query completes what is typed at the cursor (plain `--display` or `@toplevel`),
    /// so the parser marks completion points there.
    pub completion: bool,
}

/// The result of parsing a display file.
#[derive(Debug)]
pub struct DisplayParsed {
    pub module: Module,
    /// An error haxe does not recover from even in the display file.
    pub error: Option<SyntaxError>,
    /// The syntax errors recovered from, in order.
    pub recovered: Vec<SyntaxError>,
    /// The parse stopped at a dotted path ending at the cursor (`import haxe.|`).
    pub type_path: Option<parser::TypePathCompletion>,
    /// The cursor of a completion lies between type declarations.
    pub type_decl_point: Option<parser::TypeDeclPoint>,
    /// The cursor lies in a `//` comment: haxe's parser stops there at once
    /// (`SCComment`), and no query finds its completion point.
    pub in_line_comment: bool,
}

fn empty_module() -> Module {
    Module {
        package: Vec::new(),
        package_span: None,
        decls: Vec::new(),
    }
}

/// Stack size for threads that parse or type: deeply nested code recurses deeply, and haxe
/// accepts 10,000 nested parentheses, so the usual 8 MiB is not enough.
pub const DEEP_STACK: usize = 1 << 30;

/// Runs `f` on a thread with [`DEEP_STACK`] bytes of stack, returning its result.
pub fn with_deep_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new().stack_size(DEEP_STACK).spawn(f);
    match handle {
        Ok(h) => match h.join() {
            Ok(v) => v,
            Err(panic) => std::panic::resume_unwind(panic),
        },
        Err(_) => panic!("could not start a parsing thread"),
    }
}
