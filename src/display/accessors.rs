//! Property accesses as haxe's typed tree shows them, for `@usage`. The typer records a
//! property's every use as a reference to the property; haxe 4.2.5 types a use through a
//! `get`/`set` accessor as a call of `get_x`/`set_x` (`fields.ml`, `AccCall`), which its
//! `statistics.ml` reports as a reference to the accessor, at the end of the access
//! shortened to the accessor's name (`patch_string_pos`), so often before the access.
//!
//! The rules, from haxe's `fields.ml` and `operators.ml`:
//! - an access is read (`get_`) or written (`set_`); `a op= b`, `++a` and `a--` write the
//!   field and read it again, that read spanning the whole expression;
//! - the accessor is bypassed (a plain field access) inside the accessor itself on `this`
//!   (or the class, for a static), and at the display position (the access around the
//!   cursor), so the use under the cursor counts as the property's;
//! - a plain write-then-read (`a += 1` on a field) keeps only the read, spanning the whole
//!   expression, as on any field (`usage::adjust_assign_ops`); the use under the cursor
//!   keeps its name's span.
//!
//! Anything else around a property (a parenthesized target, a use inside an interpolated
//! string, `@:bypassAccessor`, an accessor declared in another class) is declined.

use super::usage::{no, Answer};
use crate::sema::modules::ModuleId;
use crate::sema::refs::{Decl, Reference};
use crate::sema::typer::Typer;
use crate::syntax::ast::*;
use crate::syntax::source::Span;
use crate::syntax::token::{Binop, Unop};
use std::collections::HashSet;

/// The uses of a property walked: module and name's span.
type Seen = HashSet<(ModuleId, Span)>;

/// A property with at least one accessor, as its class declares it.
struct Property {
    name: String,
    is_static: bool,
    /// The name of the class that declares it.
    owner: Decl,
    /// `get_x` and `set_x` when the property reads or writes through them.
    getter: Option<Decl>,
    setter: Option<Decl>,
}

/// How an access uses the field.
#[derive(Clone, Copy)]
enum Role {
    Read,
    Assign,
    /// `a op= b` or `++a`/`a--`: the whole expression's span, and whether it is an
    /// assignment operator (whose plain field read is dropped in favour of the whole).
    Update(Span, bool),
    /// A target hxs does not model (in parentheses).
    Unsure,
}

/// The enclosing field being typed: its name and the span of its class's name.
struct Context {
    field: String,
    class: Decl,
}

/// Replaces the references to the property that `target` names, or whose accessor it is,
/// by what haxe's typed tree holds. `cursor` is the display position (module and offset).
/// Returns the rewritten references apart, so that `adjust_assign_ops` leaves them alone.
pub fn rewrite(
    t: &Typer,
    typed: &[ModuleId],
    refs: &mut Vec<Reference>,
    cursor: (ModuleId, u32),
    target: Decl,
) -> Result<Vec<Reference>, Answer> {
    let Some((decl, prop)) = relevant_property(t, target)? else {
        return Ok(Vec::new());
    };
    let (out, handled) = walk_uses(t, typed, refs, (decl, &prop), Some(cursor), false)?;
    // A use found nowhere in the walked trees (in an interpolated string, in an abstract):
    // hxs cannot tell how haxe typed it.
    if refs
        .iter()
        .any(|r| r.decl == decl && !handled.contains(&(r.module, r.span)))
    {
        return Err(no(
            "a property used where hxs cannot tell how haxe types it",
        ));
    }
    refs.retain(|r| r.decl != decl);
    Ok(out)
}

/// The references to its class that haxe's typed tree holds where a static property with
/// an accessor is incremented or decremented by its name alone (`count++`): the read goes
/// through a copy of the class expression that spans the whole expression, which
/// `statistics.ml` reports at the name's end.
pub fn class_refs_of_updates(
    t: &Typer,
    typed: &[ModuleId],
    refs: &[Reference],
    class: Decl,
) -> Result<Vec<Reference>, Answer> {
    let ast = t.m.module(class.module).ast.clone();
    let mut out = Vec::new();
    for d in &ast.decls {
        let DeclKind::Class(c) = &d.kind else {
            continue;
        };
        if c.head.name.span != class.span {
            continue;
        }
        for f in &c.fields {
            if !matches!(f.kind, FieldKind::Prop { .. }) || !f.has_access(Access::Static) {
                continue;
            }
            let decl = Decl {
                module: class.module,
                span: f.name.span,
            };
            if let Some(prop) = property(t, decl)? {
                out.extend(walk_uses(t, typed, refs, (decl, &prop), None, true)?.0);
            }
        }
    }
    Ok(out)
}

/// Walks every use of one property in the typed modules: what haxe's tree holds there
/// (with `class_refs`, only the class references of [`class_refs_of_updates`]), and the
/// uses seen.
fn walk_uses(
    t: &Typer,
    typed: &[ModuleId],
    refs: &[Reference],
    (decl, prop): (Decl, &Property),
    cursor: Option<(ModuleId, u32)>,
    class_refs: bool,
) -> Result<(Vec<Reference>, Seen), Answer> {
    let mut out = Vec::new();
    let mut handled: HashSet<(ModuleId, Span)> = HashSet::new();
    for &mid in typed {
        if !refs.iter().any(|r| r.module == mid && r.decl == decl) {
            continue;
        }
        let module = t.m.module(mid);
        if module.file.text.contains("bypassAccessor") {
            return Err(no("a module with @:bypassAccessor"));
        }
        let ast = module.ast.clone();
        let mut w = Walker {
            t,
            mid,
            refs,
            decl,
            prop,
            class_refs,
            cursor: cursor.and_then(|(m, c)| (m == mid).then_some(c)),
            out: &mut out,
            handled: &mut handled,
        };
        for d in &ast.decls {
            let DeclKind::Class(c) = &d.kind else {
                continue;
            };
            let class = Decl {
                module: mid,
                span: c.head.name.span,
            };
            for f in &c.fields {
                let cx = Context {
                    field: f.name.name.to_string(),
                    class,
                };
                for root in roots(f) {
                    w.walk(&cx, root, Role::Read)?;
                }
            }
        }
    }
    Ok((out, handled))
}

/// The property that `target` is, or whose accessor it is, when it has an accessor.
fn relevant_property(t: &Typer, target: Decl) -> Result<Option<(Decl, Property)>, Answer> {
    let ast = t.m.module(target.module).ast.clone();
    for decl in &ast.decls {
        let fields = match &decl.kind {
            DeclKind::Class(c) => &c.fields,
            DeclKind::Abstract(a) => &a.fields,
            _ => continue,
        };
        let Some(f) = fields.iter().find(|f| f.name.span == target.span) else {
            continue;
        };
        let prop_name = match &f.kind {
            FieldKind::Prop { .. } => f.name.name.to_string(),
            FieldKind::Fun(_) => match f
                .name
                .name
                .strip_prefix("get_")
                .or_else(|| f.name.name.strip_prefix("set_"))
            {
                Some(n) => n.to_string(),
                None => return Ok(None),
            },
            FieldKind::Var(..) => return Ok(None),
        };
        let Some(p) = fields.iter().find(|g| {
            g.name.name == prop_name.as_str() && matches!(g.kind, FieldKind::Prop { .. })
        }) else {
            return Ok(None);
        };
        let d = Decl {
            module: target.module,
            span: p.name.span,
        };
        return Ok(property(t, d)?.map(|prop| (d, prop)));
    }
    Ok(None)
}

/// The expressions of a field: its body or initializer and its arguments' default values.
fn roots(f: &Field) -> Vec<&Expr> {
    match &f.kind {
        FieldKind::Fun(func) => func
            .args
            .iter()
            .filter_map(|a| a.value.as_ref())
            .chain(func.body.as_deref())
            .collect(),
        FieldKind::Var(_, Some(e)) | FieldKind::Prop { expr: Some(e), .. } => vec![e],
        _ => Vec::new(),
    }
}

/// The property declared at `d`, when it reads or writes through an accessor.
fn property(t: &Typer, d: Decl) -> Result<Option<Property>, Answer> {
    let ast = t.m.module(d.module).ast.clone();
    for decl in &ast.decls {
        let (fields, is_class, owner) = match &decl.kind {
            DeclKind::Class(c) => (
                &c.fields,
                !c.interface && !c.head.external,
                c.head.name.span,
            ),
            DeclKind::Abstract(a) => (&a.fields, false, a.head.name.span),
            _ => continue,
        };
        let Some(f) = fields.iter().find(|f| f.name.span == d.span) else {
            continue;
        };
        let FieldKind::Prop { get, set, .. } = &f.kind else {
            return Ok(None);
        };
        let calls = |i: &Ident| !matches!(i.name.as_str(), "default" | "null" | "never");
        if !calls(get) && !calls(set) {
            return Ok(None);
        }
        if !is_class {
            return Err(no(
                "a property of an interface, an extern class or an abstract",
            ));
        }
        let accessor = |prefix: &str| -> Result<Decl, Answer> {
            let wanted = format!("{prefix}{}", f.name.name);
            fields
                .iter()
                .find(|g| g.name.name == wanted.as_str() && matches!(g.kind, FieldKind::Fun(_)))
                .map(|g| Decl {
                    module: d.module,
                    span: g.name.span,
                })
                .ok_or_else(|| no("a property whose accessor is declared in another class"))
        };
        return Ok(Some(Property {
            name: f.name.name.to_string(),
            is_static: f.has_access(Access::Static),
            owner: Decl {
                module: d.module,
                span: owner,
            },
            getter: if calls(get) {
                Some(accessor("get_")?)
            } else {
                None
            },
            setter: if calls(set) {
                Some(accessor("set_")?)
            } else {
                None
            },
        }));
    }
    Ok(None)
}

struct Walker<'a, 't> {
    t: &'a Typer<'t>,
    mid: ModuleId,
    refs: &'a [Reference],
    decl: Decl,
    prop: &'a Property,
    class_refs: bool,
    cursor: Option<u32>,
    out: &'a mut Vec<Reference>,
    handled: &'a mut HashSet<(ModuleId, Span)>,
}

impl Walker<'_, '_> {
    fn walk(&mut self, cx: &Context, e: &Expr, role: Role) -> Result<(), Answer> {
        match &e.kind {
            ExprKind::Binop(Binop::Assign, lhs, rhs) => {
                self.walk(cx, lhs, target_role(lhs, Role::Assign))?;
                return self.walk(cx, rhs, Role::Read);
            }
            ExprKind::Binop(Binop::AssignOp(_), lhs, rhs) => {
                self.walk(cx, lhs, target_role(lhs, Role::Update(e.span, true)))?;
                return self.walk(cx, rhs, Role::Read);
            }
            ExprKind::Unop(Unop::Increment | Unop::Decrement, _, x) => {
                return self.walk(cx, x, target_role(x, Role::Update(e.span, false)));
            }
            ExprKind::Parenthesis(inner) if matches!(role, Role::Unsure) => {
                return self.walk(cx, inner, Role::Unsure);
            }
            ExprKind::Const(Constant::Ident(_)) => self.site(cx, e, e.span, None, role)?,
            ExprKind::Field(obj, name) => {
                self.site(cx, e, name.span, Some(obj), role)?;
                return self.walk(cx, obj, Role::Read);
            }
            _ => {}
        }
        let mut result = Ok(());
        e.for_each_child(|c| {
            if result.is_ok() {
                result = self.walk(cx, c, Role::Read);
            }
        });
        result
    }

    /// One name that may be a property's use: `e` is the access, `name` its name's span.
    fn site(
        &mut self,
        cx: &Context,
        e: &Expr,
        name: Span,
        obj: Option<&Expr>,
        role: Role,
    ) -> Result<(), Answer> {
        let (decl, prop) = (self.decl, self.prop);
        if !self
            .refs
            .iter()
            .any(|r| r.module == self.mid && r.span == name && r.decl == decl)
        {
            return Ok(());
        }
        self.handled.insert((self.mid, name));
        let on_self = match obj {
            None => !prop.is_static || cx.class == prop.owner,
            Some(o) => match &o.kind {
                ExprKind::Const(Constant::Ident(n)) if n == "this" => true,
                _ => self
                    .refs
                    .iter()
                    .any(|r| r.module == self.mid && r.span == o.span && r.decl == cx.class),
            },
        };
        let at_cursor = |s: Span| self.cursor.is_some_and(|c| s.lo <= c && c <= s.hi);
        // The accessor called for `prefix`, or `None` for a plain field access.
        let through = |accessor: Option<Decl>, prefix: &str, access: Span| {
            accessor.filter(|_| {
                let own = cx.field == format!("{prefix}{}", prop.name);
                let bypassed = own && on_self;
                !bypassed && !at_cursor(access)
            })
        };
        let end = e.span.hi;
        let mut found: Vec<(Decl, Span)> = Vec::new();
        let mut push = |decl: Decl, span: Span| found.push((decl, span));
        if self.class_refs {
            if let (Role::Update(whole, false), None) = (role, obj) {
                if through(prop.getter, "get_", whole).is_some()
                    || through(prop.setter, "set_", e.span).is_some()
                {
                    push(prop.owner, self.patch(name.hi, prop.owner)?);
                }
            }
        } else {
            match role {
                Role::Unsure => return Err(no("a property assigned in parentheses")),
                Role::Read => match through(prop.getter, "get_", e.span) {
                    Some(g) => push(g, self.patch(end, g)?),
                    None => push(decl, name),
                },
                Role::Assign => match through(prop.setter, "set_", e.span) {
                    Some(s) => push(s, self.patch(end, s)?),
                    None => push(decl, name),
                },
                Role::Update(whole, is_assign_op) => {
                    let get = through(prop.getter, "get_", whole);
                    match through(prop.setter, "set_", e.span) {
                        Some(s) => {
                            match get {
                                Some(g) => push(g, self.patch(whole.hi, g)?),
                                None => push(decl, self.patch(whole.hi, decl)?),
                            }
                            push(s, self.patch(end, s)?);
                        }
                        None => match get {
                            Some(g) => {
                                push(decl, name);
                                push(g, self.patch(whole.hi, g)?);
                            }
                            None if is_assign_op && !at_cursor(e.span) => {
                                push(decl, self.patch(whole.hi, decl)?)
                            }
                            None => push(decl, name),
                        },
                    }
                }
            }
        }
        let mid = self.mid;
        self.out
            .extend(found.into_iter().map(|(decl, span)| Reference {
                module: mid,
                span,
                decl,
                exact: true,
            }));
        Ok(())
    }

    /// haxe's `patch_string_pos`: the span that ends at `end`, as long as the name of the
    /// declaration `d` (its bytes, which must be ASCII there).
    fn patch(&self, end: u32, d: Decl) -> Result<Span, Answer> {
        let decl_text = &self.t.m.module(d.module).file.text;
        let len = d.span.hi.saturating_sub(d.span.lo);
        let text = &self.t.m.module(self.mid).file.text;
        let lo = end
            .checked_sub(len)
            .ok_or_else(|| no("an access at the start of its file"))?;
        let ascii = |s: &str, span: Span| {
            s.get(span.lo as usize..span.hi as usize)
                .is_some_and(|x| x.is_ascii())
        };
        if !ascii(text, Span::new(lo, end)) || !ascii(decl_text, d.span) {
            return Err(no("an accessor reported over non-ASCII text"));
        }
        Ok(Span::new(lo, end))
    }
}

/// The role of an assignment's target: parentheses around it are not modelled.
fn target_role(target: &Expr, role: Role) -> Role {
    match target.kind {
        ExprKind::Parenthesis(_) => Role::Unsure,
        _ => role,
    }
}
