//! Signature help: `--display FILE@POS@signature`, and the call-argument answer of the plain
//! mode (a cursor right after `(` or `,` of a call).
//!
//! haxe marks the innermost call or `new` around the cursor (`find_display_call` in
//! `display.ml`, bounds inclusive), finds the argument the cursor is in from the separators
//! around each argument (`check_signature_mark` in `parser.ml`: from the `(` or `,` before
//! it to the end of the `,` or `)` after it, end excluded, first match wins), types the
//! callee and prints its candidate signatures as JSON (`print_signature` in
//! `displayOutput.ml`). An array access with the cursor in its index has one signature, the
//! index's. The typer's half is `sema::signature`.

use crate::sema::print::s_type_ctx;
use crate::sema::signature::{Candidate, SignatureRequest};
use crate::sema::types::{FunArg, MonoId, TypeDb};
use crate::syntax::ast::*;
use crate::syntax::lexer::{lex, RawKind};
use crate::syntax::source::Span;
use crate::syntax::token::TokenKind;

/// Where the cursor of a signature query is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Site {
    /// In a call or `new`: the request for the typer, and where the call's `(` and the
    /// `,` after each argument start.
    Call(SignatureRequest, Vec<u32>),
    /// In no call: haxe finds no completion point.
    Outside,
}

/// Finds the call a signature query at `cursor` (a byte offset) is about, in the display
/// module `m` whose source is `text`. `Err` says why hxs cannot tell.
pub fn find_site(m: &Module, text: &str, cursor: u32) -> Result<Site, &'static str> {
    let mut found: Option<Result<Expr, &'static str>> = None;
    for (_, body) in super::scope::bodies(m) {
        post_order(body, cursor, &mut found);
        if found.is_some() {
            break;
        }
    }
    let e = match found {
        None => return Ok(Site::Outside),
        Some(Err(why)) => return Err(why),
        Some(Ok(e)) => e,
    };
    if let ExprKind::Array(..) = &e.kind {
        // An array access has one signature, its index, and no argument list.
        return Ok(Site::Call(
            SignatureRequest {
                span: e.span,
                display_arg: 0,
            },
            Vec::new(),
        ));
    }
    let (open_after, args) = match &e.kind {
        ExprKind::Call(callee, args) => (callee.span.hi, args),
        ExprKind::New(tp, args) => (tp.span.hi, args),
        _ => return Err("signature of this expression"),
    };
    let (tokens, _) = lex(text);
    let tokens: Vec<(TokenKind, Span)> = tokens
        .iter()
        .filter_map(|t| match t.kind {
            RawKind::Token(k) => Some((k, t.span)),
            _ => None,
        })
        .collect();
    let next_token = |at: u32| tokens.iter().find(|(_, s)| s.lo >= at).copied();
    let Some((TokenKind::POpen, open)) = next_token(open_after) else {
        return Err("signature of a call whose parenthesis hxs cannot find");
    };
    let mut before = open;
    let mut display_arg = None;
    let mut seps = vec![open.lo];
    for (i, a) in args.iter().enumerate() {
        let Some((kind, after)) = next_token(a.span.hi) else {
            return Err("signature of a call whose separators hxs cannot find");
        };
        // After the last argument of an unclosed call haxe takes whatever token follows.
        if !matches!(kind, TokenKind::Comma | TokenKind::PClose) && i + 1 < args.len() {
            return Err("signature of a call with a broken argument");
        }
        if display_arg.is_none() && before.lo <= cursor && cursor < after.hi {
            display_arg = Some(i);
        }
        if kind == TokenKind::Comma {
            seps.push(after.lo);
        }
        before = after;
    }
    Ok(Site::Call(
        SignatureRequest {
            span: e.span,
            display_arg: display_arg.unwrap_or(0),
        },
        seps,
    ))
}

/// The first call or `new` around the cursor, children before their parent (haxe maps the
/// tree bottom-up and marks only the first).
fn post_order(e: &Expr, cursor: u32, found: &mut Option<Result<Expr, &'static str>>) {
    if found.is_some() || e.span.lo > cursor || e.span.hi < cursor {
        return;
    }
    e.for_each_child(|c| post_order(c, cursor, found));
    if found.is_some() {
        return;
    }
    match &e.kind {
        ExprKind::Call(..) | ExprKind::New(..) => *found = Some(Ok(e.clone())),
        ExprKind::Array(_, index) if index.span.lo <= cursor && cursor <= index.span.hi => {
            *found = Some(Ok(e.clone()))
        }
        ExprKind::Display(..) => *found = Some(Err("signature in a completion marker")),
        _ => {}
    }
}

/// haxe's `arg_index`: the argument to highlight, the rest argument for any argument
/// beyond it.
fn active_parameter(first: Option<&Candidate>, display_arg: usize) -> usize {
    let Some(c) = first else {
        return display_arg;
    };
    let n = c.ty.args.len();
    if n > 0 && display_arg > n - 1 && c.rest_last {
        return n - 1;
    }
    display_arg
}

/// The JSON answer: each signature's documentation, label and parameters, the active
/// parameter and signature 0. All types share one monomorph numbering; in a label the
/// return type is printed before the arguments, as haxe's evaluation order has it.
pub fn print_json(db: &TypeDb, sigs: &[Candidate], display_arg: usize) -> String {
    let s_arg = |a: &FunArg, ctx: &mut Vec<MonoId>| {
        let opt = if a.opt { "?" } else { "" };
        format!("{}{}:{}", opt, a.name, s_type_ctx(db, &a.ty, ctx))
    };
    let mut ctx = Vec::new();
    let mut out = String::from("{\"signatures\":[");
    for (i, c) in sigs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let ret = s_type_ctx(db, &c.ty.ret, &mut ctx);
        let label_args: Vec<String> = c.ty.args.iter().map(|a| s_arg(a, &mut ctx)).collect();
        let label = format!("({}):{}", label_args.join(", "), ret);
        // The parameters' labels are printed again, after the label.
        let params: Vec<String> = c.ty.args.iter().map(|a| s_arg(a, &mut ctx)).collect();
        out.push('{');
        if let Some(d) = &c.doc {
            out.push_str("\"documentation\":");
            super::json::write_string(&mut out, d);
            out.push(',');
        }
        out.push_str("\"label\":");
        super::json::write_string(&mut out, &label);
        out.push_str(",\"parameters\":[");
        for (j, p) in params.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"label\":");
            super::json::write_string(&mut out, p);
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push_str(&format!(
        "],\"activeParameter\":{},\"activeSignature\":0}}",
        active_parameter(sigs.first(), display_arg)
    ));
    out
}

/// The plain mode's call-argument answer: one `<type>` per signature holding its function
/// type in haxe 4 syntax, escaped, each with its own monomorph numbering (the form haxe's
/// `print_signatures` gives signatures outside `@signature`).
pub fn print_types(db: &TypeDb, sigs: &[Candidate]) -> String {
    let mut out = String::new();
    for c in sigs {
        let t = crate::sema::types::Type::Fun(std::sync::Arc::new(c.ty.clone()));
        out.push_str("<type>\n");
        out.push_str(&super::fields::htmlescape(&crate::sema::print::s_type(
            db, &t,
        )));
        out.push_str("\n</type>\n");
    }
    out
}

/// Whether the cursor is right after the call's `(` or one of its argument separators
/// (`seps`, from [`find_site`]), with only spaces and comments between: the plain mode's
/// call-argument position.
pub fn after_call_separator(text: &str, seps: &[u32], cursor: u32) -> bool {
    let (tokens, _) = lex(text);
    let before = tokens
        .iter()
        .rev()
        .find(|t| t.span.hi <= cursor && matches!(t.kind, RawKind::Token(_)));
    matches!(before, Some(t) if seps.contains(&t.span.lo))
}

/// What haxe's parser makes of a cursor in a type's header outside function bodies.
#[derive(Debug, PartialEq, Eq)]
pub enum HeaderPoint {
    /// Not in a class's, interface's or abstract's header.
    Outside,
    /// Between a class's name (or parents) and what follows: haxe completes the keywords
    /// that may come next (its `SCClassRelation`), printed as this list.
    Keywords(&'static str),
    /// Nowhere haxe completes anything.
    NoPoint,
    /// A place hxs does not model (an abstract's header outside names, an unusual header).
    Unknown,
}

/// Where the cursor is in a class's, interface's or abstract's header, read from the
/// tokens as haxe's `parse_class_content` reads them: after the name and type parameters,
/// and after each `extends T`/`implements T` (one character on when `T` has no type
/// parameters), up to the next token, haxe offers `extends` and `implements` (`extends`
/// alone for an interface).
pub fn header_point(m: &Module, text: &str, cursor: u32) -> HeaderPoint {
    let (tokens, _) = lex(text);
    let tokens: Vec<(TokenKind, Span)> = tokens
        .into_iter()
        .filter_map(|t| match t.kind {
            RawKind::Token(k) => Some((k, t.span)),
            _ => None,
        })
        .collect();
    for d in &m.decls {
        let (name, interface) = match &d.kind {
            DeclKind::Class(c) => (c.head.name.span, c.interface),
            DeclKind::Abstract(a) => {
                let body = tokens
                    .iter()
                    .find(|(k, s)| *k == TokenKind::BrOpen && s.lo >= a.head.name.span.hi);
                let end = body.map_or(d.span.hi, |(_, s)| s.lo);
                if d.span.lo <= cursor && cursor <= end {
                    let inside_name = tokens
                        .iter()
                        .any(|(k, s)| *k == TokenKind::Ident && s.lo < cursor && cursor < s.hi);
                    return if inside_name {
                        HeaderPoint::NoPoint
                    } else {
                        HeaderPoint::Unknown
                    };
                }
                continue;
            }
            _ => continue,
        };
        if cursor < d.span.lo || cursor > d.span.hi {
            continue;
        }
        let Some(mut i) = tokens.iter().position(|(_, s)| *s == name) else {
            return HeaderPoint::Unknown;
        };
        let keywords = if interface {
            "<il>\n<i k=\"keyword\">extends</i></il>"
        } else {
            "<il>\n<i k=\"keyword\">extends</i><i k=\"keyword\">implements</i></il>"
        };
        // The end of the name or of the type parameters.
        let mut anchor = tokens[i].1.hi;
        i += 1;
        if let Some(close) = skip_params(&tokens, i) {
            anchor = tokens[close].1.hi;
            i = close + 1;
        } else if matches!(tokens.get(i), Some((TokenKind::Binop(_), _))) {
            return HeaderPoint::Unknown;
        }
        let mut plus_one = false;
        loop {
            let Some(&(kind, span)) = tokens.get(i) else {
                return HeaderPoint::Unknown;
            };
            let gap_lo = anchor + u32::from(plus_one);
            if gap_lo <= cursor && cursor <= span.lo {
                return HeaderPoint::Keywords(keywords);
            }
            match kind {
                TokenKind::Kwd(crate::syntax::token::Keyword::Extends)
                | TokenKind::Kwd(crate::syntax::token::Keyword::Implements) => {
                    // A dotted path, then maybe type parameters.
                    i += 1;
                    loop {
                        match tokens.get(i) {
                            Some((TokenKind::Ident, s)) => {
                                anchor = s.hi;
                                i += 1;
                            }
                            _ => return HeaderPoint::Unknown,
                        }
                        if matches!(tokens.get(i), Some((TokenKind::Dot, _))) {
                            i += 1;
                            continue;
                        }
                        break;
                    }
                    plus_one = true;
                    if let Some(close) = skip_params(&tokens, i) {
                        anchor = tokens[close].1.hi;
                        i = close + 1;
                        plus_one = false;
                    } else if matches!(tokens.get(i), Some((TokenKind::Binop(_), _))) {
                        return HeaderPoint::Unknown;
                    }
                }
                TokenKind::BrOpen => {
                    return if cursor <= span.lo {
                        HeaderPoint::NoPoint
                    } else {
                        HeaderPoint::Outside
                    };
                }
                _ => return HeaderPoint::Unknown,
            }
        }
    }
    HeaderPoint::Outside
}

/// The index of the `>` closing type parameters that open at token `i` (`<`), when they
/// nest plainly (no `>>` token).
fn skip_params(tokens: &[(TokenKind, Span)], i: usize) -> Option<usize> {
    use crate::syntax::token::Binop;
    if !matches!(tokens.get(i), Some((TokenKind::Binop(Binop::Lt), _))) {
        return None;
    }
    let mut depth = 0usize;
    for (j, (k, _)) in tokens.iter().enumerate().skip(i) {
        match k {
            TokenKind::Binop(Binop::Lt) => depth += 1,
            TokenKind::Binop(Binop::Gt) => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            TokenKind::Binop(_) | TokenKind::BrOpen | TokenKind::Semicolon => return None,
            _ => {}
        }
    }
    None
}

/// Whether the cursor is on an `import` or `using` line (its span, ends included).
pub fn in_import(m: &Module, cursor: u32) -> bool {
    m.decls.iter().any(|d| {
        matches!(d.kind, DeclKind::Import(_) | DeclKind::Using(_))
            && d.span.lo <= cursor
            && cursor <= d.span.hi
    })
}

/// Whether the cursor is on a segment of an `import` or `using` path that names a type
/// (capitalized), its end included: there haxe's `@signature` gives the plain mode's type
/// path listing; anywhere else on such a line it finds no completion point.
pub fn on_import_type_segment(m: &Module, cursor: u32) -> bool {
    m.decls.iter().any(|d| {
        let path = match &d.kind {
            DeclKind::Import(i) => &i.path,
            DeclKind::Using(p) => p,
            _ => return false,
        };
        d.span.lo <= cursor
            && cursor <= d.span.hi
            && path.iter().any(|seg| {
                seg.span.lo <= cursor
                    && cursor <= seg.span.hi
                    && seg.name.starts_with(|c: char| c.is_ascii_uppercase())
            })
    })
}

/// Whether the cursor is strictly inside the declaration of a class's or abstract's field,
/// outside its body: a type hint, an initializer, an argument list, the field's metadata.
/// There haxe finds no call for `@signature` (class headers, `import` and `using` lines,
/// where it may complete paths or keywords instead, are not such places).
pub fn in_field_declaration(m: &Module, cursor: u32) -> bool {
    m.decls.iter().any(|d| {
        let fields = match &d.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            _ => return false,
        };
        fields
            .iter()
            .any(|f| f.span.lo < cursor && cursor < f.span.hi)
    })
}
