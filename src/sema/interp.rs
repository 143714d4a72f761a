//! The expressions inside an interpolated string (`'a $b ${c + 1}'`), in the order they
//! are evaluated, with the file's spans: shared by the typer, which types them, and the
//! locals-before-assignment flow, which reads them.

use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::Span;

/// The expressions of the single-quoted string `s` (its value, escapes resolved) found at
/// `span` (quotes included). `Err` names what hxs does not split yet.
///
/// Positions follow haxe's `format_string`, which counts offsets in the value, not in the
/// source: each `'` of the value moves later positions one byte on (its source was `\'`),
/// other escapes move nothing, and each `$$` moves later names (not `${}` groups) one
/// byte back.
pub fn parts(s: &str, span: Span, defines: &dyn DefineLookup) -> Result<Vec<Expr>, &'static str> {
    let lo = span.lo as usize + 1;
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut quotes = 0usize;
    let mut doubled = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            quotes += 1;
        }
        if bytes[i] != b'$' {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(b'$') => {
                doubled += 1;
                i += 2;
            }
            Some(b'{') => {
                let start = i + 2;
                let mut depth = 1;
                let mut j = start;
                while j < bytes.len() {
                    match bytes[j] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= bytes.len() {
                    return Err("an unclosed ${ in a string");
                }
                let code = &s[start..j];
                if code.trim().is_empty() {
                    return Err("an empty ${} in a string");
                }
                let at = (lo + start + quotes) as u32;
                let Some(e) = crate::syntax::parse_expr_at(code, at, defines) else {
                    return Err("a ${} that is not one expression");
                };
                out.push(e);
                i = j + 1;
            }
            Some(c) if c.is_ascii_alphabetic() || *c == b'_' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                    j += 1;
                }
                let name = &s[start..j];
                let from = (lo + start + quotes).saturating_sub(doubled);
                let at = Span::new(from as u32, (from + j - start) as u32);
                out.push(Expr::new(ExprKind::Const(Constant::Ident(name.into())), at));
                i = j;
            }
            _ => i += 1,
        }
    }
    Ok(out)
}
