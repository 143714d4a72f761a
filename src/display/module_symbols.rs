//! `--display FILE@0@module-symbols`: the declarations of one file as haxe 4.2.5's
//! `DocumentSymbols` lists them (types, fields, local variables and functions), printed as
//! its JSON.

use super::json::write_string;
use crate::syntax::ast::*;
use crate::syntax::source::{SourceFile, Span};
use std::collections::HashSet;

/// haxe's `DisplayTypes.SymbolKind`, numbered as it prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Class = 1,
    Interface = 2,
    Enum = 3,
    TypeAlias = 4,
    Abstract = 5,
    Field = 6,
    Property = 7,
    Method = 8,
    Constructor = 9,
    Function = 10,
    Variable = 11,
    Struct = 12,
    EnumAbstract = 13,
    Operator = 14,
    EnumMember = 15,
    Constant = 16,
    Module = 17,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub kind: SymbolKind,
    pub span: Span,
    pub container: Option<String>,
    pub deprecated: bool,
}

struct Collector {
    out: Vec<Symbol>,
    module_name: String,
    pack: Vec<String>,
}

impl Collector {
    fn add(&mut self, name: &str, kind: SymbolKind, span: Span, parent: &str, deprecated: bool) {
        self.out.push(Symbol {
            name: name.to_string(),
            kind,
            span,
            container: (!parent.is_empty()).then(|| parent.to_string()),
            deprecated,
        });
    }

    fn expr(&mut self, parent: &str, e: &Expr) {
        match &e.kind {
            ExprKind::Vars(vl) => {
                for v in vl {
                    self.add(
                        &v.name.name,
                        SymbolKind::Variable,
                        v.name.span,
                        parent,
                        false,
                    );
                    if let Some(x) = &v.expr {
                        self.expr(parent, x);
                    }
                }
            }
            ExprKind::Try(body, catches) => {
                self.expr(parent, body);
                for c in catches {
                    self.add(
                        &c.name.name,
                        SymbolKind::Variable,
                        c.name.span,
                        parent,
                        false,
                    );
                    self.expr(parent, &c.body);
                }
            }
            ExprKind::Function(FunctionKind::Named(name, _), f) => {
                self.add(&name.name, SymbolKind::Function, e.span, parent, false);
                self.func(parent, f);
            }
            ExprKind::Binop(crate::syntax::token::Binop::In, lhs, rhs)
                if matches!(lhs.kind, ExprKind::Const(Constant::Ident(_))) =>
            {
                if let ExprKind::Const(Constant::Ident(s)) = &lhs.kind {
                    self.add(s, SymbolKind::Variable, lhs.span, parent, false);
                }
                self.expr(parent, rhs);
            }
            _ => e.for_each_child(|c| self.expr(parent, c)),
        }
    }

    fn func(&mut self, parent: &str, f: &Function) {
        for a in &f.args {
            self.add(
                &a.name.name,
                SymbolKind::Variable,
                a.name.span,
                parent,
                false,
            );
            if let Some(v) = &a.value {
                self.expr(parent, v);
            }
        }
        if let Some(b) = &f.body {
            self.expr(parent, b);
        }
    }

    fn field(&mut self, parent: &str, parent_kind: SymbolKind, f: &Field) {
        self.field_parts(
            parent,
            parent_kind,
            &f.name.name,
            &f.kind,
            &f.access,
            f.span,
            &f.meta,
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn field_parts(
        &mut self,
        parent: &str,
        parent_kind: SymbolKind,
        name: &str,
        kind: &FieldKind,
        access: &[(Access, Span)],
        span: Span,
        meta: &[MetaEntry],
    ) {
        let field_parent = format!("{}.{}", parent, name);
        let deprecated = meta.iter().any(|m| m.name == ":deprecated");
        let has = |a: Access| access.iter().any(|(x, _)| *x == a);
        match kind {
            FieldKind::Var(_, e) => {
                let k = if parent_kind == SymbolKind::EnumAbstract && !has(Access::Static) {
                    SymbolKind::EnumMember
                } else if has(Access::Inline) {
                    SymbolKind::Constant
                } else {
                    SymbolKind::Field
                };
                self.add(name, k, span, parent, deprecated);
                if let Some(e) = e {
                    self.expr(&field_parent, e);
                }
            }
            FieldKind::Fun(f) => {
                let is_op = meta
                    .iter()
                    .any(|m| matches!(m.name.as_str(), ":op" | ":arrayAccess" | ":resolve"));
                let k = if name == "new" {
                    SymbolKind::Constructor
                } else if matches!(parent_kind, SymbolKind::EnumAbstract | SymbolKind::Abstract)
                    && is_op
                {
                    SymbolKind::Operator
                } else {
                    SymbolKind::Method
                };
                self.add(name, k, span, parent, deprecated);
                self.func(&field_parent, f);
            }
            FieldKind::Prop { expr, .. } => {
                self.add(name, SymbolKind::Property, span, parent, deprecated);
                if let Some(e) = expr {
                    self.expr(&field_parent, e);
                }
            }
        }
    }

    /// (container of the type, full dotted path of the type).
    fn decl_path(&self, type_name: &str) -> (String, String) {
        let mut path = self.pack.clone();
        if type_name != self.module_name {
            path.push(self.module_name.clone());
        }
        let container = path.join(".");
        path.push(type_name.to_string());
        (container, path.join("."))
    }

    fn add_type(&mut self, head: &DeclHead, kind: SymbolKind, span: Span) -> String {
        let (container, full) = self.decl_path(&head.name.name);
        let deprecated = head.meta.iter().any(|m| m.name == ":deprecated");
        self.add(&head.name.name, kind, span, &container, deprecated);
        full
    }

    fn decl(&mut self, d: &TypeDecl) {
        match &d.kind {
            DeclKind::Import(_) | DeclKind::Using(_) => {}
            DeclKind::Class(c) => {
                let kind = if c.interface {
                    SymbolKind::Interface
                } else {
                    SymbolKind::Class
                };
                let parent = self.add_type(&c.head, kind, d.span);
                for f in &c.fields {
                    self.field(&parent, kind, f);
                }
            }
            DeclKind::Enum(e) => {
                let parent = self.add_type(&e.head, SymbolKind::Enum, d.span);
                for c in &e.ctors {
                    let deprecated = c.meta.iter().any(|m| m.name == ":deprecated");
                    self.add(
                        &c.name.name,
                        SymbolKind::EnumMember,
                        c.span,
                        &parent,
                        deprecated,
                    );
                }
            }
            DeclKind::Typedef(t) => match &t.ty.kind {
                ComplexType::Anonymous(fields) => {
                    let parent = self.add_type(&t.head, SymbolKind::Struct, d.span);
                    for f in fields {
                        self.field(&parent, SymbolKind::Struct, f);
                    }
                }
                _ => {
                    self.add_type(&t.head, SymbolKind::TypeAlias, d.span);
                }
            },
            DeclKind::Abstract(a) => {
                let kind = if a.is_enum {
                    SymbolKind::EnumAbstract
                } else {
                    SymbolKind::Abstract
                };
                let parent = self.add_type(&a.head, kind, d.span);
                for f in &a.fields {
                    self.field(&parent, kind, f);
                }
            }
            DeclKind::Static(f) => {
                let (container, _) = self.decl_path(&f.name.name);
                self.field_parts(
                    &container,
                    SymbolKind::Class,
                    &f.name.name,
                    &f.kind,
                    &f.access,
                    d.span,
                    &f.meta,
                );
            }
        }
    }
}

/// The module name haxe derives from a file path: the file name without its extension.
pub fn module_name_of_file(path: &str) -> String {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match base.find('.') {
        Some(i) => base[..i].to_string(),
        None => base.to_string(),
    }
}

/// The symbols of a module, in haxe's order, with duplicates by position removed.
pub fn collect(file_path: &str, module: &Module) -> Vec<Symbol> {
    let mut c = Collector {
        out: Vec::new(),
        module_name: module_name_of_file(file_path),
        pack: module.package.iter().map(|i| i.name.to_string()).collect(),
    };
    for d in &module.decls {
        c.decl(d);
    }
    let mut seen = HashSet::new();
    c.out.retain(|s| seen.insert((s.span.lo, s.span.hi)));
    c.out
}

/// The JSON haxe prints: `[{"file":…,"symbols":[…]}]`, or `[]` when there are no symbols.
pub fn print(file: &SourceFile, symbols: &[Symbol]) -> String {
    let mut out = String::from("[");
    if !symbols.is_empty() {
        out.push_str("{\"file\":");
        write_string(&mut out, &file.path);
        out.push_str(",\"symbols\":[");
        for (i, s) in symbols.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('{');
            if s.deprecated {
                out.push_str("\"isDeprecated\":true,");
            }
            out.push_str("\"name\":");
            write_string(&mut out, &s.name);
            out.push_str(&format!(",\"kind\":{}", s.kind as u8));
            let a = file.line_col(s.span.lo);
            let b = file.line_col(s.span.hi);
            out.push_str(&format!(
                ",\"range\":{{\"start\":{{\"line\":{},\"character\":{}}},\"end\":{{\"line\":{},\"character\":{}}}}}",
                a.line - 1,
                a.col,
                b.line - 1,
                b.col
            ));
            if let Some(c) = &s.container {
                out.push_str(",\"containerName\":");
                write_string(&mut out, c);
            }
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push(']');
    out
}
