//! The check haxe's filters make once typing succeeded (`check_local_vars_init`): a local
//! declared without a value must be assigned on every path before it is read. The flow
//! runs over a field's body in evaluation order: `if` without `else` and `while` bodies
//! assign nothing for what follows, both branches of an `if` must assign, `break`,
//! `continue`, `return` and `throw` end a path (everything counts as assigned there), and a
//! local function reading a local not yet assigned is only warned about. hxs walks the
//! syntax tree in the order of haxe's typed tree and declines (`None`) where the two differ
//! in ways it does not follow (switches with guards or without a default that assign,
//! `untyped`, loops over ranges whose bounds may be inline constants).
//!
//! A `for` loop is a loop for the flow (what its body assigns is forgotten after it), except
//! where haxe unrolls it: a range of two integer constants or an array literal, when the
//! body holds no `break` or `continue` and is small enough (haxe's `is_cheap_enough`: the
//! number of iterations times the body's expression count at most 250, or
//! `-D loop_unroll_max_cost`). An unrolled loop is the body once per iteration, so what it
//! assigns stays assigned.

use crate::syntax::ast::{Constant, Expr, ExprKind, Quotes};
use crate::syntax::cond::DefineLookup;
use crate::syntax::source::Span;
use crate::syntax::token::{Binop, Unop};
use std::collections::{HashMap, HashSet};

/// What the flow needs besides the body: the file's text (interpolated strings are split
/// from it) and the defines (for `${...}` code and the unrolling limit).
pub struct Source<'a> {
    pub text: &'a str,
    pub defines: &'a dyn DefineLookup,
}

/// What the flow found in one body: warnings in order, then the first error, if any.
#[derive(Debug, Default)]
pub struct Findings {
    pub warnings: Vec<(Span, String)>,
    pub error: Option<(Span, String)>,
}

/// Whether a body declares a local without a value (only such bodies need the flow).
pub fn declares_uninit(e: &Expr) -> bool {
    let mut found = false;
    visit(e, &mut |x| {
        if let ExprKind::Vars(vs) = &x.kind {
            if vs.iter().any(|v| v.expr.is_none()) {
                found = true;
            }
        }
    });
    found
}

fn visit(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    e.for_each_child(|c| visit(c, f));
}

/// Runs the flow over a body whose parameters are `args`; `None` when hxs cannot follow it.
pub fn check(body: &Expr, args: &[String], src: &Source) -> Option<Findings> {
    let mut f = Flow {
        src,
        scope: Vec::new(),
        vars: HashMap::new(),
        outside: HashSet::new(),
        names: Vec::new(),
        warnings: Vec::new(),
    };
    for a in args {
        f.scope.push((a.clone(), None));
    }
    match f.expr(body) {
        Ok(()) => Some(Findings {
            warnings: f.warnings,
            error: None,
        }),
        Err(Stop::Error(span, msg)) => Some(Findings {
            warnings: f.warnings,
            error: Some((span, msg)),
        }),
        Err(Stop::Decline) => None,
    }
}

enum Stop {
    Error(Span, String),
    Decline,
}

struct Flow<'s> {
    src: &'s Source<'s>,
    /// Names in scope, innermost last: a tracked local's id, or `None` for other locals.
    scope: Vec<(String, Option<u32>)>,
    /// Tracked locals: assigned on every path so far.
    vars: HashMap<u32, bool>,
    /// Locals declared outside the local function being walked.
    outside: HashSet<u32>,
    names: Vec<String>,
    warnings: Vec<(Span, String)>,
}

type R = Result<(), Stop>;

impl Flow<'_> {
    fn lookup(&self, name: &str) -> Option<u32> {
        self.scope
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, id)| *id)
    }

    fn all_assigned(&mut self) {
        for v in self.vars.values_mut() {
            *v = true;
        }
    }

    fn intersect(a: &HashMap<u32, bool>, b: &HashMap<u32, bool>) -> HashMap<u32, bool> {
        a.iter()
            .map(|(k, v)| (*k, *v && b.get(k).copied().unwrap_or(true)))
            .collect()
    }

    fn read(&mut self, id: u32, span: Span) -> R {
        if self.vars.get(&id).copied().unwrap_or(true) {
            return Ok(());
        }
        let name = self.names[id as usize].clone();
        if self.outside.contains(&id) {
            self.warnings.push((
                span,
                format!(
                    "Warning : Local variable {} might be used before being initialized",
                    name
                ),
            ));
            Ok(())
        } else {
            Err(Stop::Error(
                span,
                format!("Local variable {} used without being initialized", name),
            ))
        }
    }

    /// A block: its locals leave scope (and the flow) at its end.
    fn scoped(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let n = self.scope.len();
        let r = f(self);
        for (_, id) in self.scope.drain(n..) {
            if let Some(id) = id {
                self.vars.remove(&id);
            }
        }
        r
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Const(Constant::Ident(n)) => match self.lookup(n) {
                Some(id) => self.read(id, e.span),
                None => Ok(()),
            },
            ExprKind::Const(Constant::String(s, Quotes::Single)) if s.contains('$') => {
                let parts =
                    super::interp::parts(s, e.span, self.src.defines).map_err(|_| Stop::Decline)?;
                for p in &parts {
                    self.expr(p)?;
                }
                Ok(())
            }
            ExprKind::Const(_) => Ok(()),
            ExprKind::Break | ExprKind::Continue | ExprKind::Return(None) => {
                self.all_assigned();
                Ok(())
            }
            ExprKind::Return(Some(x)) | ExprKind::Throw(x) => {
                self.expr(x)?;
                self.all_assigned();
                Ok(())
            }
            ExprKind::Vars(decls) => {
                for d in decls {
                    match &d.expr {
                        None => {
                            let id = self.names.len() as u32;
                            self.names.push(d.name.name.to_string());
                            self.vars.insert(id, false);
                            self.scope.push((d.name.name.to_string(), Some(id)));
                        }
                        Some(x) => {
                            self.expr(x)?;
                            self.scope.push((d.name.name.to_string(), None));
                        }
                    }
                }
                Ok(())
            }
            ExprKind::Block(es) => self.scoped(|f| {
                for x in es {
                    f.expr(x)?;
                }
                Ok(())
            }),
            ExprKind::Binop(Binop::Assign, lhs, rhs) => {
                if let ExprKind::Const(Constant::Ident(n)) = &lhs.kind {
                    if let Some(id) = self.lookup(n) {
                        self.expr(rhs)?;
                        self.vars.insert(id, true);
                        return Ok(());
                    }
                }
                self.expr(lhs)?;
                self.expr(rhs)
            }
            ExprKind::If(c, t, el) => {
                self.expr(c)?;
                let base = self.vars.clone();
                self.scoped(|f| f.expr(t))?;
                match el {
                    None => self.vars = base,
                    Some(el) => {
                        let then = std::mem::replace(&mut self.vars, base);
                        self.scoped(|f| f.expr(el))?;
                        self.vars = Flow::intersect(&self.vars, &then);
                    }
                }
                Ok(())
            }
            ExprKind::Ternary(c, t, el) => {
                self.expr(c)?;
                let base = self.vars.clone();
                self.expr(t)?;
                let then = std::mem::replace(&mut self.vars, base);
                self.expr(el)?;
                self.vars = Flow::intersect(&self.vars, &then);
                Ok(())
            }
            ExprKind::While(c, body, do_while) => {
                // haxe's typed condition is `(true)` only when written `while ((true))`.
                let always = matches!(&c.kind, ExprKind::Parenthesis(x)
                    if matches!(&x.kind, ExprKind::Const(Constant::Ident(t)) if t == "true"));
                if !*do_while && !always {
                    self.expr(c)?;
                    let old = self.vars.clone();
                    self.scoped(|f| f.expr(body))?;
                    self.vars = old;
                } else {
                    self.scoped(|f| f.expr(body))?;
                    self.expr(c)?;
                }
                Ok(())
            }
            ExprKind::For(head, body) => {
                let (var_names, iterable) = for_head(head).ok_or(Stop::Decline)?;
                let Some(copies) = self.unrolled(iterable, body)? else {
                    self.expr(iterable)?;
                    let before = self.vars.clone();
                    self.scoped(|f| {
                        for n in &var_names {
                            f.scope.push((n.clone(), None));
                        }
                        f.expr(body)
                    })?;
                    self.vars = before;
                    return Ok(());
                };
                // Each copy warns again, as haxe's copies do.
                for element in &copies {
                    self.scoped(|f| {
                        if let Some(x) = element {
                            f.expr(x)?;
                        }
                        for n in &var_names {
                            f.scope.push((n.clone(), None));
                        }
                        f.expr(body)
                    })?;
                }
                Ok(())
            }
            ExprKind::Try(body, catches) => {
                let old = self.vars.clone();
                let mut states = Vec::new();
                for c in catches {
                    self.vars = old.clone();
                    self.scoped(|f| {
                        f.scope.push((c.name.name.to_string(), None));
                        f.expr(&c.body)
                    })?;
                    states.push(std::mem::take(&mut self.vars));
                }
                self.vars = old;
                self.scoped(|f| f.expr(body))?;
                for s in &states {
                    self.vars = Flow::intersect(&self.vars, s);
                }
                Ok(())
            }
            ExprKind::Switch(subject, cases, default) => {
                self.expr(subject)?;
                let old = self.vars.clone();
                let mut states = Vec::new();
                for c in cases {
                    self.vars = old.clone();
                    let r = self.scoped(|f| {
                        for v in &c.values {
                            f.pattern_names(v)?;
                        }
                        if let Some(g) = &c.guard {
                            f.expr(g)?;
                        }
                        if let Some(b) = &c.body {
                            f.expr(b)?;
                        }
                        Ok(())
                    });
                    r?;
                    if c.guard.is_some() && self.vars != old {
                        return Err(Stop::Decline);
                    }
                    states.push(std::mem::take(&mut self.vars));
                }
                self.vars = old.clone();
                match default {
                    Some((body, _)) => {
                        if let Some(b) = body {
                            self.scoped(|f| f.expr(b))?;
                        }
                        for s in &states {
                            self.vars = Flow::intersect(&self.vars, s);
                        }
                    }
                    None => {
                        if states.iter().any(|s| *s != old) {
                            return Err(Stop::Decline);
                        }
                    }
                }
                Ok(())
            }
            ExprKind::Function(kind, func) => {
                if let crate::syntax::ast::FunctionKind::Named(n, _) = kind {
                    self.scope.push((n.name.to_string(), None));
                }
                let old_outside = self.outside.clone();
                self.outside.extend(self.vars.keys().copied());
                let r = self.scoped(|f| {
                    for a in &func.args {
                        if let Some(v) = &a.value {
                            f.expr(v)?;
                        }
                        f.scope.push((a.name.name.to_string(), None));
                    }
                    match &func.body {
                        Some(b) => f.expr(b),
                        None => Ok(()),
                    }
                });
                self.outside = old_outside;
                r
            }
            ExprKind::Untyped(_) | ExprKind::Display(..) => Err(Stop::Decline),
            ExprKind::Field(obj, _) => self.expr(obj),
            ExprKind::ObjectDecl(fields) => {
                for f in fields {
                    self.expr(&f.expr)?;
                }
                Ok(())
            }
            ExprKind::Meta(_, x)
            | ExprKind::Parenthesis(x)
            | ExprKind::Cast(x, _)
            | ExprKind::CheckType(x, _)
            | ExprKind::Is(x, _) => self.expr(x),
            ExprKind::Unop(_, _, x) => self.expr(x),
            ExprKind::Binop(_, a, b) | ExprKind::Array(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Call(callee, args) => {
                self.expr(callee)?;
                for a in args {
                    self.expr(a)?;
                }
                Ok(())
            }
            ExprKind::New(_, args) | ExprKind::ArrayDecl(args) => {
                for a in args {
                    self.expr(a)?;
                }
                Ok(())
            }
        }
    }

    /// The iterations of a loop haxe unrolls (`Some`, each with the array element its copy
    /// starts with), or `None` for a loop it keeps.
    fn unrolled<'e>(
        &self,
        iterable: &'e Expr,
        body: &Expr,
    ) -> Result<Option<Vec<Option<&'e Expr>>>, Stop> {
        let copies: Vec<Option<&Expr>> = match &iterable.kind {
            ExprKind::Binop(Binop::Interval, a, b) => {
                let (Some(a), Some(b)) = (self.range_bound(a)?, self.range_bound(b)?) else {
                    return Ok(None);
                };
                let diff = a.wrapping_sub(b);
                if diff > 0 {
                    // "Cannot iterate backwards", which typing reports first.
                    return Err(Stop::Decline);
                }
                vec![None; diff.unsigned_abs() as usize]
            }
            ExprKind::ArrayDecl(els) => {
                let comprehension = matches!(els.as_slice(), [x]
                    if matches!(x.kind, ExprKind::For(..) | ExprKind::While(..)));
                if comprehension
                    || els
                        .iter()
                        .any(|x| matches!(x.kind, ExprKind::Binop(Binop::Arrow, ..)))
                {
                    return Ok(None);
                }
                els.iter().map(Some).collect()
            }
            _ => return Ok(None),
        };
        let Some(mut count) = expression_count(body) else {
            return Ok(None);
        };
        if !matches!(body.kind, ExprKind::Block(_)) {
            count += 1; // haxe's `ensure_block`
        }
        let max_cost = match self.src.defines.raw_value("loop_unroll_max_cost") {
            None => 250,
            Some(v) => v.trim().parse::<usize>().map_err(|_| Stop::Decline)?,
        };
        Ok((copies.len().saturating_mul(count) <= max_cost).then_some(copies))
    }

    /// A bound of a range as haxe types it: an integer constant (`Some`), a local (`None`);
    /// anything else (a field that may be an inline constant, an expression) is declined.
    fn range_bound(&self, e: &Expr) -> Result<Option<i32>, Stop> {
        let (negate, lit) = match &e.kind {
            ExprKind::Const(Constant::Int(lit)) => (false, lit),
            ExprKind::Unop(Unop::Neg, false, x) => match &x.kind {
                ExprKind::Const(Constant::Int(lit)) => (true, lit),
                _ => return Err(Stop::Decline),
            },
            // A name that is not a local, or a field, may be an inline constant.
            ExprKind::Const(Constant::Ident(n)) if !self.scope.iter().any(|(s, _)| s == n) => {
                return Err(Stop::Decline)
            }
            // A field of a local (`a.length`, `this.size`) is an instance field, and haxe
            // has no inline instance variables. (An abstract's inline getter that returns a
            // literal would be folded; hxs takes that risk for this shape only.)
            ExprKind::Field(obj, _) if self.is_local_path(obj) => return Ok(None),
            ExprKind::Field(..) => return Err(Stop::Decline),
            // Anything else is typed as something other than a constant.
            _ => return Ok(None),
        };
        let value = match lit.strip_prefix("0x") {
            Some(hex) => u32::from_str_radix(hex, 16).map(|v| v as i32).ok(),
            None => lit.parse::<i32>().ok(),
        };
        let value = value.ok_or(Stop::Decline)?;
        Ok(Some(if negate { value.wrapping_neg() } else { value }))
    }

    /// Whether `e` is a local or `this`, or a field path from one.
    fn is_local_path(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Const(Constant::Ident(n)) => {
                n == "this" || self.scope.iter().any(|(s, _)| s == n)
            }
            ExprKind::Field(obj, _) => self.is_local_path(obj),
            _ => false,
        }
    }

    /// The names a case pattern binds enter the scope as assigned locals. A pattern naming
    /// a tracked local (a capture, or a constant hxs cannot tell apart) is declined.
    fn pattern_names(&mut self, p: &Expr) -> R {
        let mut names = Vec::new();
        let mut bad = false;
        visit(p, &mut |x| match &x.kind {
            ExprKind::Const(Constant::Ident(n)) => names.push(n.to_string()),
            ExprKind::Binop(Binop::Arrow, ..) | ExprKind::Function(..) => bad = true,
            _ => {}
        });
        if bad {
            return Err(Stop::Decline);
        }
        for n in names {
            if self.lookup(&n).is_some() {
                return Err(Stop::Decline);
            }
            self.scope.push((n, None));
        }
        Ok(())
    }
}

/// How many expressions haxe's `is_cheap_enough` counts in a loop body (every node of the
/// syntax tree, local functions included), or `None` when it holds `break` or `continue`.
fn expression_count(e: &Expr) -> Option<usize> {
    let mut count = 0;
    let mut jumps = false;
    visit(e, &mut |x| {
        count += 1;
        jumps |= matches!(x.kind, ExprKind::Break | ExprKind::Continue);
    });
    (!jumps).then_some(count)
}

/// The loop variables and the iterated value of a `for` head (`i in e`, `k => v in e`).
fn for_head(head: &Expr) -> Option<(Vec<String>, &Expr)> {
    let head = match &head.kind {
        ExprKind::Parenthesis(x) => x,
        _ => head,
    };
    let name = |e: &Expr| match &e.kind {
        ExprKind::Const(Constant::Ident(n)) => Some(n.to_string()),
        _ => None,
    };
    match &head.kind {
        ExprKind::Binop(Binop::Arrow, k, rest) => match &rest.kind {
            ExprKind::Binop(Binop::In, v, iterable) => Some((vec![name(k)?, name(v)?], iterable)),
            _ => None,
        },
        ExprKind::Binop(Binop::In, var, iterable) => match &var.kind {
            ExprKind::Binop(Binop::Arrow, k, v) => Some((vec![name(k)?, name(v)?], iterable)),
            _ => Some((vec![name(var)?], iterable)),
        },
        _ => None,
    }
}
