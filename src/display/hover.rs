//! `@type` (hover) for what hxs can answer exactly so far: a local or argument whose type is
//! declared, under the cursor in an expression or at its declaration. haxe prints
//! `<type p="FILE:POS">\nTYPE\n</type>`, with the file's full path (absolute, links kept)
//! and the position of the hovered expression; hover takes the innermost expression with
//! `start <= cursor < end`.

use crate::sema::fields::HintScope;
use crate::sema::modules::{ModuleId, Modules};
use crate::sema::print::s_type;
use crate::syntax::ast::*;
use crate::syntax::source::{format_pos_with, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Type(String),
    Unsupported(&'static str),
    /// A generic method read at `span` (`a.map`): its type has the method's parameters as
    /// fresh monomorphs, which the typer gives; `doc` is the field's documentation.
    GenericMethod {
        span: Span,
        doc: Option<String>,
    },
}

/// The innermost expression under the cursor (exclusive end), and a variable declared at
/// the cursor, if any.
fn target_at(m: &Module, cursor: u32) -> (Option<Expr>, Option<VarDecl>) {
    fn walk(e: &Expr, cursor: u32, found: &mut Option<Expr>, decl: &mut Option<VarDecl>) {
        if e.span.lo > cursor || e.span.hi <= cursor {
            return;
        }
        if let ExprKind::Vars(vl) = &e.kind {
            for v in vl {
                if v.name.span.lo <= cursor && cursor < v.name.span.hi {
                    *decl = Some(v.clone());
                }
            }
        }
        *found = Some(e.clone());
        e.for_each_child(|c| walk(c, cursor, found, decl));
    }
    let mut found = None;
    let mut decl = None;
    for (_, body) in super::scope::bodies(m) {
        walk(body, cursor, &mut found, &mut decl);
    }
    (found, decl)
}

/// A field's type and doc when hovering `object.field`: statics of a class named by
/// `object`, or instance fields (through the hierarchy) of a local with a declared class type.
fn member(
    ms: &mut Modules,
    display: ModuleId,
    ast: &Module,
    object: &Expr,
    field: &str,
    cursor: u32,
) -> Result<(Option<crate::sema::types::Type>, Option<String>), &'static str> {
    use crate::sema::types::Type;
    let ExprKind::Const(Constant::Ident(obj)) = &object.kind else {
        return Err("hover on a field of this expression");
    };
    let imports = ms
        .imports_of(display)
        .map_err(|_| "hover in a module whose imports fail")?;
    // (class, the types its parameters stand for, static)
    let (mut class, mut actual, is_static) = if obj.starts_with(|c: char| c.is_ascii_uppercase()) {
        let names = super::field_access::declared_value_names(ast);
        if names.contains(obj.as_str()) || names.contains("*") {
            return Err("hover where a value may share a type's name");
        }
        let tp = TypePath {
            pack: Vec::new(),
            name: obj.clone(),
            params: Vec::new(),
            sub: None,
            span: object.span,
        };
        match ms.resolve(display, &imports, &tp) {
            Ok(crate::sema::modules::ModuleType::Class(c)) => (c, Vec::new(), true),
            _ => return Err("hover on a field of this type"),
        }
    } else {
        let scope = super::scope::scope_at(ast, cursor);
        let decl = scope
            .iter()
            .rev()
            .find(|d| d.name == obj.as_str())
            .ok_or("hover on a field of a field")?;
        let hint = decl
            .hint
            .clone()
            .ok_or("hover on a field of a value whose type is inferred")?;
        let hscope = HintScope {
            module: display,
            imports: &imports,
            params: Vec::new(),
        };
        match ms.load_hint(&hscope, &hint) {
            Ok(Type::Inst(c, p)) => (c, p.to_vec(), false),
            _ => return Err("hover on a field of a value that is not a class instance"),
        }
    };
    for _ in 0..64 {
        let (owner, decl) = ms.class_decl(class).ok_or("hover on this class")?;
        let owner_imports = ms
            .imports_of(owner)
            .map_err(|_| "hover on a class whose module's imports fail")?;
        let params = ms.db.class(class).params.clone();
        let scope = HintScope {
            module: owner,
            imports: &owner_imports,
            params: params
                .iter()
                .map(|p| (p.name.clone(), p.ty.clone()))
                .collect(),
        };
        if let Some(f) = decl
            .fields
            .iter()
            .find(|f| f.name.name == field && f.has_access(Access::Static) == is_static)
        {
            // A generic method's type is left to the typer (its parameters become fresh
            // monomorphs); its doc is given.
            if let FieldKind::Fun(func) = &f.kind {
                if !func.params.is_empty() {
                    return Ok((None, f.doc.clone()));
                }
            }
            // haxe shows the overload the call chose (or its failure), not the field.
            if f.meta.iter().any(|m| m.name == ":overload") || f.has_access(Access::Overload) {
                return Err("hover on an overloaded function");
            }
            let fields = ms
                .class_fields(&scope, &decl)
                .map_err(|_| "hover on a class whose fields do not type yet")?;
            let def = fields
                .iter()
                .find(|d| d.name == field && d.is_static == is_static)
                .ok_or("hover on this field")?;
            let ty = def
                .ty
                .clone()
                .ok_or("hover on a field whose type is inferred")?;
            let ty = ms.db.apply_params(&ty, &params, &actual);
            return Ok((Some(ty), def.doc.clone()));
        }
        if is_static {
            return Err("hover on an inherited or missing static");
        }
        let sup = decl
            .extends
            .first()
            .ok_or("hover on an extension method or missing field")?;
        let hint = TypeHint {
            kind: ComplexType::Path(Box::new(sup.clone())),
            span: sup.span,
        };
        match ms.load_hint(&scope, &hint) {
            Ok(Type::Inst(s, sp)) => {
                actual = sp
                    .iter()
                    .map(|t| ms.db.apply_params(t, &params, &actual))
                    .collect();
                class = s;
            }
            _ => return Err("hover through a superclass that does not resolve"),
        }
    }
    Err("hover in a deep class hierarchy")
}

/// Answers `@type` at `cursor` (a byte offset) in the display module; `full_path` is the
/// display file as haxe prints it in hover answers.
pub fn answer(ms: &mut Modules, display: ModuleId, cursor: u32, full_path: &str) -> Answer {
    let ast = ms.module(display).ast.clone();
    let (expr, decl) = target_at(&ast, cursor);
    if decl.is_none() {
        if let Some(e) = &expr {
            if let ExprKind::Field(object, name) = &e.kind {
                return match member(ms, display, &ast, object, &name.name, cursor) {
                    Ok((Some(ty), doc)) => {
                        let file = ms.module(display).file.clone();
                        let d = doc
                            .map(|d| format!(" d=\"{}\"", super::fields::htmlescape(&d)))
                            .unwrap_or_default();
                        Answer::Type(format!(
                            "<type p=\"{}\"{}>\n{}\n</type>\n",
                            super::fields::htmlescape(&format_pos_with(full_path, &file, e.span)),
                            d,
                            super::fields::htmlescape(&s_type(&ms.db, &ty))
                        ))
                    }
                    Ok((None, doc)) => Answer::GenericMethod { span: e.span, doc },
                    Err(why) => Answer::Unsupported(why),
                };
            }
        }
    }
    let (hint, span): (TypeHint, Span) = if let Some(v) = decl {
        match v.ty {
            Some(h) => (h, v.name.span),
            None => return Answer::Unsupported("hover on a variable whose type is inferred"),
        }
    } else {
        let Some(e) = expr else {
            return Answer::Unsupported("hover outside function bodies");
        };
        let ExprKind::Const(Constant::Ident(name)) = &e.kind else {
            return Answer::Unsupported("hover on this expression");
        };
        if !name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            || matches!(
                name.as_str(),
                "this" | "super" | "null" | "true" | "false" | "trace"
            )
        {
            return Answer::Unsupported("hover on this name");
        }
        let scope = super::scope::scope_at(&ast, cursor);
        let Some(d) = scope.iter().rev().find(|d| d.name == name.as_str()) else {
            return Answer::Unsupported("hover on a field or an unknown name");
        };
        match &d.hint {
            Some(h) => (h.clone(), e.span),
            None => return Answer::Unsupported("hover on a value whose type is inferred"),
        }
    };
    let imports = match ms.imports_of(display) {
        Ok(i) => i,
        Err(_) => return Answer::Unsupported("hover in a module whose imports fail"),
    };
    let scope = HintScope {
        module: display,
        imports: &imports,
        params: Vec::new(),
    };
    let Ok(ty) = ms.load_hint(&scope, &hint) else {
        return Answer::Unsupported("hover on a value of this type");
    };
    let file = ms.module(display).file.clone();
    Answer::Type(format!(
        "<type p=\"{}\">\n{}\n</type>\n",
        super::fields::htmlescape(&format_pos_with(full_path, &file, span)),
        super::fields::htmlescape(&s_type(&ms.db, &ty))
    ))
}

/// A hover answer for a value of type `ty` named at `span` of the display file.
pub fn type_answer(
    db: &crate::sema::types::TypeDb,
    file: &crate::syntax::source::SourceFile,
    full_path: &str,
    span: Span,
    ty: &crate::sema::types::Type,
    doc: Option<&str>,
) -> String {
    let d = doc
        .map(|d| format!(" d=\"{}\"", super::fields::htmlescape(d)))
        .unwrap_or_default();
    format!(
        "<type p=\"{}\"{}>\n{}\n</type>\n",
        super::fields::htmlescape(&format_pos_with(full_path, file, span)),
        d,
        super::fields::htmlescape(&s_type(db, ty))
    )
}

/// A call or a literal under the cursor (the innermost expression there, end excluded), for
/// the typer to type: its span and the span haxe reports (the expression's, or the name
/// `trace` for a trace, which haxe types as a call placed there). `None` for anything else.
pub fn typed_expr_at(m: &Module, cursor: u32) -> Option<(Span, Span)> {
    let (Some(e), None) = target_at(m, cursor) else {
        return None;
    };
    if let ExprKind::Const(c) = &e.kind {
        // Numbers (a big one is a Float), double-quoted strings, `true` and `false`; haxe
        // reports a single-quoted string without its quotes.
        return match c {
            Constant::Int(_) | Constant::Float(_) | Constant::String(_, Quotes::Double) => {
                Some((e.span, e.span))
            }
            Constant::Ident(n) if n.as_str() == "true" || n.as_str() == "false" => {
                Some((e.span, e.span))
            }
            _ => None,
        };
    }
    let ExprKind::Call(callee, _) = &e.kind else {
        return None;
    };
    let report = match &callee.kind {
        ExprKind::Const(Constant::Ident(n)) => match n.as_str() {
            // A local named `trace` makes it an ordinary call.
            "trace"
                if super::scope::scope_at(m, cursor)
                    .iter()
                    .any(|d| d.name == "trace") =>
            {
                return None
            }
            "trace" => callee.span,
            "super" | "$type" => return None,
            _ => e.span,
        },
        _ => e.span,
    };
    Some((e.span, report))
}
