//! A module's outline: what other modules can see of it. It is the module's text with the
//! bodies of its plain methods cut out, hashed. Two versions of a module with the same
//! outline differ only inside such bodies, so the modules that use it type the same way as
//! long as the types inferred from those bodies are the same too (the check compares those
//! separately, `check::Outlines`).
//!
//! A body is cut out only when no other module's typing can read it: a method of a class
//! (not an interface, not extern, not `@:generic`), neither `inline` nor `macro` nor
//! `extern` nor `@:generic`, and not a constructor (haxe checks the initialization of final
//! fields across the constructors of a hierarchy); module-level functions likewise.
//! Everything else, variables' initializers included, stays in the outline.

use crate::syntax::ast::{self, Access, DeclKind, FieldKind};
use crate::syntax::source::Span;

/// The blake3 hash of `text` with the bodies [`hidden_bodies`] names replaced by `{}`.
pub fn outline_hash(text: &str, module: &ast::Module) -> [u8; 32] {
    let bytes = text.as_bytes();
    let mut h = blake3::Hasher::new();
    let mut at = 0usize;
    for span in hidden_bodies(module) {
        let (lo, hi) = (span.lo as usize, span.hi as usize);
        if lo < at || hi < lo || hi > bytes.len() {
            // Spans out of order cannot come from one parse; hash everything instead.
            return *blake3::hash(bytes).as_bytes();
        }
        h.update(&bytes[at..lo]);
        h.update(b"{}");
        at = hi;
    }
    h.update(&bytes[at..]);
    *h.finalize().as_bytes()
}

/// The spans of the bodies that no other module's typing reads, in source order.
pub fn hidden_bodies(module: &ast::Module) -> Vec<Span> {
    let mut spans = Vec::new();
    for decl in &module.decls {
        match &decl.kind {
            DeclKind::Class(c) => {
                let generic = c.head.meta.iter().any(|m| m.name == ":generic");
                if c.interface || c.head.external || generic {
                    continue;
                }
                spans.extend(c.fields.iter().filter_map(hidden_body));
            }
            DeclKind::Static(f) => spans.extend(hidden_body(f)),
            _ => {}
        }
    }
    spans.sort_by_key(|s| s.lo);
    spans
}

/// The body of a method that only the method's own typing reads.
fn hidden_body(f: &ast::Field) -> Option<Span> {
    let FieldKind::Fun(func) = &f.kind else {
        return None;
    };
    let seen_elsewhere = f.name.name == "new"
        || f.has_access(Access::Inline)
        || f.has_access(Access::Macro)
        || f.has_access(Access::Extern)
        || f.meta.iter().any(|m| m.name == ":generic");
    if seen_elsewhere {
        return None;
    }
    func.body.as_ref().map(|b| b.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(src: &str) -> [u8; 32] {
        let defines = std::collections::BTreeMap::<String, String>::new();
        let parsed = crate::syntax::parse(src, &defines);
        assert!(parsed.error.is_none());
        outline_hash(src, &parsed.module)
    }

    #[test]
    fn a_method_body_is_not_part_of_the_outline() {
        let a = hash("class A { static function f() { return 1; } var x = 2; }");
        let b = hash("class A { static function f() { trace('changed'); return 1; } var x = 2; }");
        assert_eq!(a, b);
    }

    #[test]
    fn signatures_initializers_and_inline_bodies_are() {
        let base = hash("class A { static function f(a:Int) { return 1; } var x = 2; }");
        let arg = hash("class A { static function f(a:Float) { return 1; } var x = 2; }");
        let init = hash("class A { static function f(a:Int) { return 1; } var x = 3; }");
        assert_ne!(base, arg);
        assert_ne!(base, init);
        let inline_a = hash("class A { static inline function f() { return 1; } }");
        let inline_b = hash("class A { static inline function f() { return 2; } }");
        assert_ne!(inline_a, inline_b);
        let ctor_a = hash("class A { function new() { x = 1; } final x:Int; }");
        let ctor_b = hash("class A { function new() { x = 2; } final x:Int; }");
        assert_ne!(ctor_a, ctor_b);
    }
}
