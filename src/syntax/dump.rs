//! A compact, readable S-expression dump of a syntax tree, for parser snapshot tests.
//! Each node prints its kind, its byte span `lo..hi` and its children.

use super::ast::*;
use std::fmt::Write;

pub fn module(m: &Module) -> String {
    let mut d = Dumper {
        out: String::new(),
        indent: 0,
    };
    if !m.package.is_empty() {
        let names: Vec<&str> = m.package.iter().map(|i| i.name.as_str()).collect();
        d.line(&format!("package {}", names.join(".")));
    }
    for decl in &m.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper {
    out: String,
    indent: usize,
}

fn span(s: crate::syntax::source::Span) -> String {
    format!("{}..{}", s.lo, s.hi)
}

impl Dumper {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn nested(&mut self, head: &str, f: impl FnOnce(&mut Self)) {
        self.line(head);
        self.indent += 1;
        f(self);
        self.indent -= 1;
    }

    fn head(&mut self, what: &str, h: &DeclHead, s: crate::syntax::source::Span) -> String {
        let mut t = format!("{} {} {}", what, h.name.name, span(s));
        if !h.params.is_empty() {
            let ps: Vec<String> = h.params.iter().map(|p| self.type_param(p)).collect();
            let _ = write!(t, " <{}>", ps.join(", "));
        }
        if h.private {
            t.push_str(" private");
        }
        if h.external {
            t.push_str(" extern");
        }
        for m in &h.meta {
            let _ = write!(t, " @{}", m.name);
        }
        if let Some(doc) = &h.doc {
            let _ = write!(t, " doc={:?}", doc);
        }
        t
    }

    fn type_param(&self, p: &TypeParamDecl) -> String {
        match &p.constraint {
            Some(c) => format!("{}:{}", p.name.name, ty(c)),
            None => p.name.name.to_string(),
        }
    }

    fn decl(&mut self, d: &TypeDecl) {
        match &d.kind {
            DeclKind::Import(i) => {
                let names: Vec<&str> = i.path.iter().map(|p| p.name.as_str()).collect();
                let mode = match &i.mode {
                    ImportMode::Normal => String::new(),
                    ImportMode::All => ".*".into(),
                    ImportMode::Alias(a) => format!(" as {}", a.name),
                };
                self.line(&format!(
                    "import {}{} {}",
                    names.join("."),
                    mode,
                    span(d.span)
                ));
            }
            DeclKind::Using(p) => {
                let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
                self.line(&format!("using {} {}", names.join("."), span(d.span)));
            }
            DeclKind::Class(c) => {
                let mut h = self.head(
                    if c.interface { "interface" } else { "class" },
                    &c.head,
                    d.span,
                );
                for e in &c.extends {
                    let _ = write!(h, " extends {}", path(e));
                }
                for e in &c.implements {
                    let _ = write!(h, " implements {}", path(e));
                }
                if c.is_final {
                    h.push_str(" final");
                }
                self.nested(&h, |d| c.fields.iter().for_each(|f| d.field(f)));
            }
            DeclKind::Enum(e) => {
                let h = self.head("enum", &e.head, d.span);
                self.nested(&h, |d| {
                    for c in &e.ctors {
                        let args: Vec<String> = c
                            .args
                            .iter()
                            .map(|a| {
                                format!(
                                    "{}{}:{}",
                                    if a.opt { "?" } else { "" },
                                    a.name.name,
                                    ty(&a.ty)
                                )
                            })
                            .collect();
                        d.line(&format!(
                            "ctor {}({}) {}",
                            c.name.name,
                            args.join(", "),
                            span(c.span)
                        ));
                    }
                });
            }
            DeclKind::Typedef(t) => {
                let h = self.head("typedef", &t.head, d.span);
                self.line(&format!("{} = {}", h, ty(&t.ty)));
            }
            DeclKind::Abstract(a) => {
                let mut h = self.head(
                    if a.is_enum {
                        "enum abstract"
                    } else {
                        "abstract"
                    },
                    &a.head,
                    d.span,
                );
                if let Some(u) = &a.underlying {
                    let _ = write!(h, " ({})", ty(u));
                }
                for f in &a.from {
                    let _ = write!(h, " from {}", ty(f));
                }
                for t in &a.to {
                    let _ = write!(h, " to {}", ty(t));
                }
                self.nested(&h, |d| a.fields.iter().for_each(|f| d.field(f)));
            }
            DeclKind::Static(f) => {
                self.nested(&format!("module-field {}", span(d.span)), |d| d.field(f));
            }
        }
    }

    fn field(&mut self, f: &Field) {
        let mut h = String::new();
        for (a, _) in &f.access {
            let _ = write!(h, "{:?} ", a);
        }
        for m in &f.meta {
            let _ = write!(h, "@{} ", m.name);
        }
        match &f.kind {
            FieldKind::Var(t, e) => {
                let t = t
                    .as_ref()
                    .map(|t| format!(":{}", ty(t)))
                    .unwrap_or_default();
                let head = format!("{}var {}{} {}", h, f.name.name, t, span(f.span));
                self.nested(&head, |d| {
                    if let Some(e) = e {
                        d.expr(e);
                    }
                });
            }
            FieldKind::Prop {
                get,
                set,
                ty: t,
                expr,
            } => {
                let t = t
                    .as_ref()
                    .map(|t| format!(":{}", ty(t)))
                    .unwrap_or_default();
                let head = format!(
                    "{}prop {}({}, {}){} {}",
                    h,
                    f.name.name,
                    get.name,
                    set.name,
                    t,
                    span(f.span)
                );
                self.nested(&head, |d| {
                    if let Some(e) = expr {
                        d.expr(e);
                    }
                });
            }
            FieldKind::Fun(func) => {
                let head = format!(
                    "{}function {}{} {}",
                    h,
                    f.name.name,
                    signature(func),
                    span(f.span)
                );
                self.nested(&head, |d| {
                    if let Some(b) = &func.body {
                        d.expr(b);
                    }
                });
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        use ExprKind::*;
        let s = span(e.span);
        match &e.kind {
            Const(c) => self.line(&format!("{} {}", constant(c), s)),
            Array(a, b) => self.nested(&format!("array {}", s), |d| {
                d.expr(a);
                d.expr(b);
            }),
            Binop(op, a, b) => {
                self.nested(&format!("binop {} {}", op.as_string().trim(), s), |d| {
                    d.expr(a);
                    d.expr(b);
                })
            }
            Field(x, name) => self.nested(&format!("field .{} {}", name.name, s), |d| d.expr(x)),
            Parenthesis(x) => self.nested(&format!("paren {}", s), |d| d.expr(x)),
            ObjectDecl(fields) => self.nested(&format!("object {}", s), |d| {
                for f in fields {
                    d.nested(
                        &format!("{}{}:", f.name, if f.quoted { " (quoted)" } else { "" }),
                        |d| d.expr(&f.expr),
                    );
                }
            }),
            ArrayDecl(el) => self.nested(&format!("array-decl {}", s), |d| {
                el.iter().for_each(|x| d.expr(x))
            }),
            Call(f, args) => self.nested(&format!("call {}", s), |d| {
                d.expr(f);
                args.iter().for_each(|x| d.expr(x));
            }),
            New(t, args) => self.nested(&format!("new {} {}", path(t), s), |d| {
                args.iter().for_each(|x| d.expr(x))
            }),
            Unop(op, postfix, x) => {
                let head = format!(
                    "unop {}{} {}",
                    op.as_str(),
                    if *postfix { " postfix" } else { "" },
                    s
                );
                self.nested(&head, |d| d.expr(x))
            }
            Vars(vl) => self.nested(&format!("vars {}", s), |d| {
                for v in vl {
                    let t =
                        v.ty.as_ref()
                            .map(|t| format!(":{}", ty(t)))
                            .unwrap_or_default();
                    let kw = if v.is_final { "final" } else { "var" };
                    let head = format!("{} {}{} {}", kw, v.name.name, t, span(v.name.span));
                    d.nested(&head, |d| {
                        if let Some(x) = &v.expr {
                            d.expr(x);
                        }
                    });
                }
            }),
            Function(kind, f) => {
                let name = match kind {
                    FunctionKind::Anonymous => "function".to_string(),
                    FunctionKind::Named(n, inline) => format!(
                        "function {}{}",
                        if *inline { "inline " } else { "" },
                        n.name
                    ),
                    FunctionKind::Arrow => "arrow".to_string(),
                };
                self.nested(&format!("{}{} {}", name, signature(f), s), |d| {
                    if let Some(b) = &f.body {
                        d.expr(b);
                    }
                })
            }
            Block(el) => self.nested(&format!("block {}", s), |d| {
                el.iter().for_each(|x| d.expr(x))
            }),
            For(it, body) => self.nested(&format!("for {}", s), |d| {
                d.expr(it);
                d.expr(body);
            }),
            If(c, t, el) => self.nested(&format!("if {}", s), |d| {
                d.expr(c);
                d.expr(t);
                if let Some(x) = el {
                    d.expr(x);
                }
            }),
            While(c, b, do_while) => self.nested(
                &format!("{} {}", if *do_while { "do-while" } else { "while" }, s),
                |d| {
                    d.expr(c);
                    d.expr(b);
                },
            ),
            Switch(x, cases, def) => self.nested(&format!("switch {}", s), |d| {
                d.expr(x);
                for c in cases {
                    d.nested(&format!("case {}", span(c.span)), |d| {
                        c.values.iter().for_each(|v| d.expr(v));
                        if let Some(g) = &c.guard {
                            d.nested("guard", |d| d.expr(g));
                        }
                        if let Some(b) = &c.body {
                            d.expr(b);
                        }
                    });
                }
                if let Some((body, p)) = def {
                    d.nested(&format!("default {}", span(*p)), |d| {
                        if let Some(b) = body {
                            d.expr(b);
                        }
                    });
                }
            }),
            Try(x, catches) => self.nested(&format!("try {}", s), |d| {
                d.expr(x);
                for c in catches {
                    let t =
                        c.ty.as_ref()
                            .map(|t| format!(":{}", ty(t)))
                            .unwrap_or_default();
                    d.nested(
                        &format!("catch {}{} {}", c.name.name, t, span(c.span)),
                        |d| d.expr(&c.body),
                    );
                }
            }),
            Return(x) => self.nested(&format!("return {}", s), |d| {
                if let Some(x) = x {
                    d.expr(x);
                }
            }),
            Break => self.line(&format!("break {}", s)),
            Continue => self.line(&format!("continue {}", s)),
            Untyped(x) => self.nested(&format!("untyped {}", s), |d| d.expr(x)),
            Throw(x) => self.nested(&format!("throw {}", s), |d| d.expr(x)),
            Cast(x, t) => {
                let t = t
                    .as_ref()
                    .map(|t| format!(" :{}", ty(t)))
                    .unwrap_or_default();
                self.nested(&format!("cast{} {}", t, s), |d| d.expr(x))
            }
            Display(x, k) => self.nested(&format!("display {:?} {}", k, s), |d| d.expr(x)),
            Ternary(a, b, c) => self.nested(&format!("ternary {}", s), |d| {
                d.expr(a);
                d.expr(b);
                d.expr(c);
            }),
            CheckType(x, t) => self.nested(&format!("check-type :{} {}", ty(t), s), |d| d.expr(x)),
            Meta(m, x) => self.nested(&format!("meta @{} {}", m.name, s), |d| d.expr(x)),
            Is(x, t) => self.nested(&format!("is {} {}", ty(t), s), |d| d.expr(x)),
        }
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::Int(s) => format!("int {}", s),
        Constant::Float(s) => format!("float {}", s),
        Constant::String(s, q) => format!(
            "string{} {:?}",
            if *q == Quotes::Single { "'" } else { "" },
            s
        ),
        Constant::Ident(s) => format!("ident {}", s),
        Constant::Regexp(r, o) => format!("regex {:?} {}", r, o),
    }
}

fn signature(f: &Function) -> String {
    let args: Vec<String> = f
        .args
        .iter()
        .map(|a| {
            let mut s = format!("{}{}", if a.opt { "?" } else { "" }, a.name.name);
            if let Some(t) = &a.ty {
                let _ = write!(s, ":{}", ty(t));
            }
            if a.value.is_some() {
                s.push_str("=…");
            }
            s
        })
        .collect();
    let ret = f
        .ret
        .as_ref()
        .map(|t| format!(":{}", ty(t)))
        .unwrap_or_default();
    format!("({}){}", args.join(", "), ret)
}

/// A type hint in Haxe syntax.
pub fn ty(t: &TypeHint) -> String {
    match &t.kind {
        ComplexType::Path(p) => path(p),
        ComplexType::Function(args, ret) => {
            let a: Vec<String> = args.iter().map(ty).collect();
            format!("({}) -> {}", a.join(", "), ty(ret))
        }
        ComplexType::Anonymous(fields) => {
            let fs: Vec<String> = fields.iter().map(|f| f.name.name.to_string()).collect();
            format!("{{ {} }}", fs.join(", "))
        }
        ComplexType::Parent(x) => format!("({})", ty(x)),
        ComplexType::Extend(ps, fields) => {
            let ps: Vec<String> = ps.iter().map(|p| format!(">{}", path(p))).collect();
            let fs: Vec<String> = fields.iter().map(|f| f.name.name.to_string()).collect();
            format!("{{ {}, {} }}", ps.join(", "), fs.join(", "))
        }
        ComplexType::Optional(x) => format!("?{}", ty(x)),
        ComplexType::Named(n, x) => format!("{}:{}", n.name, ty(x)),
        ComplexType::Intersection(tl) => {
            let a: Vec<String> = tl.iter().map(ty).collect();
            a.join(" & ")
        }
    }
}

pub fn path(p: &TypePath) -> String {
    let mut s = String::new();
    for x in &p.pack {
        s.push_str(x);
        s.push('.');
    }
    s.push_str(&p.name);
    if let Some(sub) = &p.sub {
        s.push('.');
        s.push_str(sub);
    }
    if !p.params.is_empty() {
        let ps: Vec<String> = p
            .params
            .iter()
            .map(|x| match x {
                TypeParam::Type(t) => ty(t),
                TypeParam::Expr(_) => "<expr>".into(),
            })
            .collect();
        let _ = write!(s, "<{}>", ps.join(", "));
    }
    s
}
