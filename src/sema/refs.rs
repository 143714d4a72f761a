//! What typing tells a usage query (`@usage`, find references): for every name the typer
//! resolves in a body, where the name is and which declaration it means. haxe answers
//! `@usage` from its typed tree (`statistics.ml`); hxs keeps no typed tree, so the typer
//! records these pairs as it resolves names, only while a usage query runs (the sink is
//! `None` otherwise and costs one test per name).
//!
//! A declaration is keyed as haxe keys it: by the position of its name (a local's name
//! where it is declared, a field's name, an enum constructor's, a type's).

use super::modules::ModuleId;
use crate::syntax::source::Span;

/// A declaration: the module it is in and the span of its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Decl {
    pub module: ModuleId,
    pub span: Span,
}

/// One resolved name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Where the name is: the module and the span haxe reports (a field access's field
    /// name, a `new` expression whole, a type's last name).
    pub module: ModuleId,
    pub span: Span,
    pub decl: Decl,
    /// `false` where haxe's typed tree may say something else than this record (a static
    /// extension, an abstract's field, a typedef used as a value): a query about `decl`
    /// is declined rather than answered.
    pub exact: bool,
}

/// The references recorded during one check.
#[derive(Debug, Default)]
pub struct Refs {
    pub list: Vec<Reference>,
    /// What the name being resolved turned out to mean, waiting for its span: the first
    /// declaration noted wins, since resolving one name may resolve others (a field's
    /// type inferred from its body) inside a save and restore of this slot.
    pub(crate) pending: Option<(Decl, bool)>,
}

impl super::typer::Typer<'_> {
    /// Notes what the name being resolved means; the first note since the name's
    /// resolution began wins.
    pub(crate) fn note_ref(&mut self, decl: Option<Decl>, exact: bool) {
        if let Some(r) = self.refs.as_mut() {
            if r.pending.is_none() {
                if let Some(d) = decl {
                    r.pending = Some((d, exact));
                }
            }
        }
    }

    /// Where the references recorded from now on start (see [`Self::drop_refs_in`]).
    pub(crate) fn refs_mark(&self) -> usize {
        self.refs.as_ref().map_or(0, |r| r.list.len())
    }

    /// Forgets the references recorded since `mark` inside `span` of `module`: the
    /// expression there failed and haxe's typed tree does not hold it (references made
    /// meanwhile elsewhere, typing another field's body, stay).
    pub(crate) fn drop_refs_in(&mut self, mark: usize, module: ModuleId, span: Span) {
        if let Some(r) = self.refs.as_mut() {
            let mut i = 0;
            r.list.retain(|x| {
                i += 1;
                i <= mark || x.module != module || x.span.lo < span.lo || x.span.hi > span.hi
            });
        }
    }

    /// Notes a field: its declaration, when it has one.
    pub(crate) fn note_field_ref(&mut self, f: &super::typer::FieldInfo) {
        if self.refs.is_some() {
            let decl = f.decl.map(|(module, _, _)| Decl {
                module,
                span: f.name_span,
            });
            self.note_ref(decl, true);
        }
    }

    /// The name being resolved went through something haxe's typed tree may show
    /// differently (a static extension, an abstract's field).
    pub(crate) fn refs_inexact(&mut self) {
        if let Some((_, exact)) = self.refs.as_mut().and_then(|r| r.pending.as_mut()) {
            *exact = false;
        }
    }

    /// Records a reference at a known span.
    pub(crate) fn record_ref(
        &mut self,
        module: ModuleId,
        span: Span,
        decl: Option<Decl>,
        exact: bool,
    ) {
        if let (Some(r), Some(decl)) = (self.refs.as_mut(), decl) {
            r.list.push(Reference {
                module,
                span,
                decl,
                exact,
            });
        }
    }

    /// Starts resolving one name: the slot is saved and emptied.
    pub(crate) fn refs_begin(&mut self) -> Option<(Decl, bool)> {
        self.refs.as_mut().and_then(|r| r.pending.take())
    }

    /// Ends resolving one name at `span`: what was noted is recorded there, and the slot
    /// saved by [`Self::refs_begin`] is put back.
    pub(crate) fn refs_end(&mut self, saved: Option<(Decl, bool)>, module: ModuleId, span: Span) {
        if let Some(r) = self.refs.as_mut() {
            if let Some((decl, exact)) = std::mem::replace(&mut r.pending, saved) {
                r.list.push(Reference {
                    module,
                    span,
                    decl,
                    exact,
                });
            }
        }
    }

    /// The declaration of a module type (its name).
    pub(crate) fn type_decl(&self, t: super::modules::ModuleType) -> Option<Decl> {
        use crate::syntax::ast::DeclKind;
        let (module, idx) = self.decl_of(t).ok()?;
        let head = match &self.m.module(module).typed.decls.get(idx)?.kind {
            DeclKind::Class(c) => &c.head,
            DeclKind::Enum(e) => &e.head,
            DeclKind::Typedef(td) => &td.head,
            DeclKind::Abstract(a) => &a.head,
            _ => return None,
        };
        Some(Decl {
            module,
            span: head.name.span,
        })
    }
}
