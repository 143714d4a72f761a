//! The expressions inside an interpolated string (`'a $b ${c + 1}'`), in the order they
//! are evaluated, with the file's spans: shared by the typer, which types them, and the
//! locals-before-assignment flow, which reads them.

use crate::syntax::ast::{Constant, Expr, ExprKind};
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::Span;

/// The expressions of the single-quoted string `s` found at `span` in `file_text` (quotes
/// included). `Err` names what hxs does not split yet.
pub fn parts(
    file_text: &str,
    s: &str,
    span: Span,
    defines: &dyn DefineLookup,
) -> Result<Vec<Expr>, &'static str> {
    let lo = span.lo as usize + 1;
    let hi = (span.hi as usize).saturating_sub(1);
    let raw = file_text.get(lo..hi).unwrap_or("");
    if raw != s {
        return Err("interpolated strings with escape sequences");
    }
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'$' {
            i += 1;
            continue;
        }
        match bytes.get(i + 1) {
            Some(b'$') => i += 2,
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
                let Some(e) = crate::syntax::parse_expr_at(code, (lo + start) as u32, defines)
                else {
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
                let at = Span::new((lo + start) as u32, (lo + j) as u32);
                out.push(Expr::new(ExprKind::Const(Constant::Ident(name.into())), at));
                i = j;
            }
            _ => i += 1,
        }
    }
    Ok(out)
}
