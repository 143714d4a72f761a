//! Checks haxe makes on declarations and hints late, after the body typing: the type
//! parameters given in hints against their constraints (`check_param_constraints`, run in
//! haxe's constraint pass, last registered first), typedefs that stand for themselves
//! (`check_rec`, run when a typedef is first followed or at the end), and type parameters
//! constrained by themselves. The last two stop haxe at once (a fatal error).

use super::fields::ConstraintSite;
use super::modules::{ModuleId, ModuleType};
use super::typer::{unsupported, Diagnostic, Fail, TResult, Typer};
use super::types::*;
use super::unify::{UErr, UFail};
use crate::syntax::ast::{self, ComplexType, DeclKind, FieldKind};
use crate::syntax::source::Span;
use std::collections::HashSet;

/// Where a hint sits, which decides when haxe loads it and so when its check runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    /// Loaded with the module (typedefs, enum constructors, abstracts' types), in order.
    Module(u32),
    /// Loaded when a class is built (classes last declared first), field by field, a
    /// method's return type before its arguments.
    Build(i64, u32, u8, u32),
    /// Loaded while typing a body, in the order of typing.
    Body(usize),
}

fn inside(outer: Span, inner: Span) -> bool {
    outer.lo <= inner.lo && inner.hi <= outer.hi
}

fn in_params(params: &[ast::TypeParamDecl], span: Span) -> bool {
    params.iter().any(|p| {
        p.constraint.as_ref().is_some_and(|c| inside(c.span, span)) || in_params(&p.params, span)
    })
}

/// The phase of a hint at `span` in `module`'s declarations; `None` where hxs does not
/// know when haxe loads it (heritage, type parameter constraints).
fn phase_of(m: &ast::Module, span: Span, seq: usize) -> Option<Phase> {
    for (di, d) in m.decls.iter().enumerate() {
        if !inside(d.span, span) {
            continue;
        }
        let (head, fields) = match &d.kind {
            DeclKind::Class(c) => (&c.head, Some(&c.fields)),
            DeclKind::Abstract(a) => (&a.head, Some(&a.fields)),
            DeclKind::Enum(e) => (&e.head, None),
            DeclKind::Typedef(t) => (&t.head, None),
            _ => return None,
        };
        if in_params(&head.params, span) {
            return None;
        }
        let Some(fields) = fields else {
            return Some(Phase::Module(span.lo));
        };
        for f in fields {
            if !inside(f.span, span) {
                continue;
            }
            let mut part = 1;
            let body = match &f.kind {
                FieldKind::Fun(func) => {
                    if in_params(&func.params, span) {
                        return None;
                    }
                    if func.ret.as_ref().is_some_and(|r| inside(r.span, span)) {
                        part = 0;
                    }
                    func.body.as_ref().map(|b| b.span)
                }
                FieldKind::Var(_, e) | FieldKind::Prop { expr: e, .. } => {
                    e.as_ref().map(|e| e.span)
                }
            };
            if body.is_some_and(|b| inside(b, span)) {
                return Some(Phase::Body(seq));
            }
            return Some(Phase::Build(-(di as i64), f.span.lo, part, span.lo));
        }
        return match &d.kind {
            DeclKind::Abstract(_) => Some(Phase::Module(span.lo)),
            _ => None,
        };
    }
    None
}

impl Typer<'_> {
    /// The declared parameters of a module type, with their constraints loaded.
    fn params_with_constraints(&mut self, t: ModuleType) -> TResult<Vec<TypeParam>> {
        Ok(match t {
            ModuleType::Class(c) => {
                self.class_info(c)?;
                self.m.db.class(c).params.clone()
            }
            ModuleType::Enum(e) => {
                self.enum_info(e)?;
                self.m.db.enum_def(e).params.clone()
            }
            ModuleType::Abstract(a) => {
                self.abstract_info(a)?;
                self.m.db.abstract_def(a).params.clone()
            }
            ModuleType::Typedef(td) => {
                let params = self.m.db.typedef(td).params.clone();
                let (mid, idx) = self.decl_of(t)?;
                let ast = self.m.module(mid).ast.clone();
                if let DeclKind::Typedef(decl) = &ast.decls[idx].kind {
                    let scope: Vec<(String, Type)> = params
                        .iter()
                        .map(|p| (p.name.clone(), p.ty.clone()))
                        .collect();
                    self.load_param_constraints(mid, &scope, &decl.head.params, None)?;
                }
                params
            }
        })
    }

    /// One hint's parameter against its constraints: the messages of the failures.
    fn check_site(&mut self, site: &ConstraintSite) -> TResult<Vec<String>> {
        let params = match self.params_with_constraints(site.owner) {
            Ok(p) => p,
            Err(Fail::Error(_)) => return unsupported("constraints of a type that failed"),
            Err(e) => return Err(e),
        };
        let Some(Type::Inst(pid, _)) = params.get(site.index).map(|p| p.ty.clone()) else {
            return Ok(Vec::new());
        };
        let cs = self.constraints.get(&pid).cloned().unwrap_or_default();
        let Some(arg) = site.args.get(site.index).cloned() else {
            return Ok(Vec::new());
        };
        if cs.is_empty() || matches!(self.follow(&arg)?, Type::Mono(_)) {
            return Ok(Vec::new());
        }
        let name = self.m.db.class(pid).path.dotted();
        let mut out = Vec::new();
        for c in cs {
            let c = self.m.db.apply_params(&c, &params, &site.args);
            match self.unify(&arg, &c) {
                Ok(()) => {}
                Err(UFail::Unify(l)) => {
                    let mut v = vec![UErr::ConstraintFailure(name.clone())];
                    v.extend(l);
                    out.push(self.unify_message(&v));
                }
                Err(UFail::Stop(f)) => return Err(f),
            }
        }
        Ok(out)
    }

    /// haxe's constraint pass: every parameter given in a hint of the checked modules is
    /// checked once typing is done, the last loaded first. Failures are reported, not
    /// raised. The order is reproduced from where the hints sit; failures whose order hxs
    /// cannot tell decline.
    pub(crate) fn constraint_checks(&mut self) -> TResult<()> {
        let sites = std::mem::take(&mut self.m.constraint_sites);
        let mut seen = HashSet::new();
        let mut failed: Vec<(ConstraintSite, usize, Vec<String>)> = Vec::new();
        for (seq, site) in sites.into_iter().enumerate() {
            if !seen.insert((site.module, site.span.lo, site.span.hi, site.index)) {
                continue;
            }
            if self.is_trusted(site.module) {
                continue;
            }
            let msgs = self.check_site(&site)?;
            if !msgs.is_empty() {
                failed.push((site, seq, msgs));
            }
        }
        if failed.len() > 1 {
            let module = failed[0].0.module;
            if failed.iter().any(|(s, _, _)| s.module != module) {
                return unsupported("constraint failures in several modules");
            }
            let ast = self.m.module(module).ast.clone();
            let mut keyed = Vec::new();
            for (site, seq, msgs) in failed {
                let Some(phase) = phase_of(&ast, site.span, seq) else {
                    return unsupported("constraint failures in hints loaded at unknown times");
                };
                keyed.push((phase, site, msgs));
            }
            keyed.sort_by_key(|k| std::cmp::Reverse(k.0));
            failed = keyed.into_iter().map(|(_, s, m)| (s, 0, m)).collect();
        }
        for (site, _, msgs) in failed {
            for message in msgs {
                self.errors.push(Diagnostic {
                    module: Some(site.module),
                    span: site.span,
                    message,
                });
            }
        }
        Ok(())
    }

    /// Whether a parameter's constraints lead back to the parameter `id`, directly or
    /// through other parameters' constraints (haxe's check against direct recursion).
    pub(crate) fn constraint_reaches(
        &mut self,
        id: ClassId,
        ts: &[Type],
        depth: usize,
    ) -> TResult<bool> {
        if depth > 32 {
            return unsupported("deeply chained type parameter constraints");
        }
        for t in ts {
            if let Type::Inst(c, _) = self.follow(t)? {
                if c == id {
                    return Ok(true);
                }
                if self.m.db.class(c).kind == ClassKind::TypeParameter {
                    let more = self.constraints.get(&c).cloned().unwrap_or_default();
                    if self.constraint_reaches(id, &more, depth + 1)? {
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }

    /// A parameter constrained by itself: a fatal error at the class's declaration when
    /// haxe meets it at the same point as hxs (building the main module's classes).
    pub(crate) fn recursive_constraint(&mut self, mid: ModuleId, class_decl: Option<Span>) -> Fail {
        match class_decl {
            Some(span) if self.main_build => self.raise_fatal(Diagnostic {
                module: Some(mid),
                span,
                message: "Recursive constraint parameter is not allowed".into(),
            }),
            _ => Fail::Unsupported("a type parameter constrained by itself".into()),
        }
    }

    /// Records an error that stops haxe, and unwinds.
    pub(crate) fn raise_fatal(&mut self, d: Diagnostic) -> Fail {
        self.fatal = Some(d);
        Fail::Unsupported("an error that stops the build".into())
    }

    /// haxe's `check_rec` for a typedef, run when it is first followed: a typedef that
    /// stands for itself through other typedefs is a fatal error, at the typedef whose
    /// check finds itself (following another typedef runs that one's check first).
    pub(crate) fn typedef_rec_check(&mut self, td: TypedefId) -> TResult<()> {
        if self.typedef_rec.contains_key(&td) {
            return Ok(());
        }
        if self.m.owner_of(ModuleType::Typedef(td)).is_none() {
            // A typedef hxs made itself, with no declaration to check.
            self.typedef_rec.insert(td, true);
            return Ok(());
        }
        self.typedef_build(td)?;
        let (mid, idx) = self.decl_of(ModuleType::Typedef(td))?;
        let ast = self.m.module(mid).ast.clone();
        let DeclKind::Typedef(decl) = &ast.decls[idx].kind else {
            return unsupported("typedef declaration");
        };
        // Structure extensions and `@:eager` typedefs are not checked this way.
        if matches!(decl.ty.kind, ComplexType::Extend(..))
            || decl.head.meta.iter().any(|m| m.name == ":eager")
        {
            self.typedef_rec.insert(td, true);
            return Ok(());
        }
        self.typedef_rec.insert(td, false);
        let tt = self.m.db.typedef(td).ty.clone();
        self.check_rec(td, &tt, false, 0)?;
        self.typedef_rec.insert(td, true);
        Ok(())
    }

    fn check_rec(
        &mut self,
        me: TypedefId,
        tt: &Type,
        through_null: bool,
        depth: usize,
    ) -> TResult<()> {
        if depth > 100 {
            return unsupported("deeply nested typedefs");
        }
        let null = self.std_ids()?.null;
        match self.m.db.resolve(tt).clone() {
            Type::Typedef(td2, tl) => {
                if td2 == me {
                    if through_null {
                        // haxe does not see this one and loops forever on it.
                        return unsupported("a typedef standing for itself through Null");
                    }
                    let (mid, idx) = self.decl_of(ModuleType::Typedef(me))?;
                    let span = self.m.module(mid).ast.decls[idx].span;
                    return Err(self.raise_fatal(Diagnostic {
                        module: Some(mid),
                        span,
                        message: "Recursive typedef is not allowed".into(),
                    }));
                }
                if !through_null {
                    self.typedef_rec_check(td2)?;
                }
                self.typedef_build(td2)?;
                let def = self.m.db.typedef(td2);
                let (t, own) = (def.ty.clone(), def.params.clone());
                let inner = self.m.db.apply_params(&t, &own, &tl);
                self.check_rec(me, &inner, through_null, depth + 1)
            }
            Type::Abstract(a, tl) if a == null && tl.len() == 1 => {
                self.check_rec(me, &tl[0], true, depth + 1)
            }
            _ => Ok(()),
        }
    }

    /// haxe's last forcing pass: the recursion checks of the checked modules' typedefs not
    /// followed while typing, the last declared first.
    pub(crate) fn force_typedef_checks(&mut self) -> TResult<()> {
        let mut todo = Vec::new();
        for m in 0..self.m.loaded_count() {
            let mid = ModuleId(m as u32);
            if self.is_trusted(mid) {
                continue;
            }
            for dt in self.m.module(mid).types.clone() {
                if let ModuleType::Typedef(td) = dt.ty {
                    if !self.typedef_rec.contains_key(&td) {
                        todo.push((mid, td));
                    }
                }
            }
        }
        let several = todo
            .iter()
            .any(|(m, _)| Some(m) != todo.first().map(|(m, _)| m));
        for (_, td) in todo.into_iter().rev() {
            if let Err(e) = self.typedef_rec_check(td) {
                if several && self.fatal.take().is_some() {
                    return unsupported("recursive typedefs beside typedefs of other modules");
                }
                return Err(e);
            }
        }
        Ok(())
    }
}
