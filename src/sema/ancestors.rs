//! A walk up a class hierarchy: the class itself, then each superclass with the type
//! arguments its subclass gives it. Every step builds the class it returns (its fields are
//! known, and so is its own superclass); a cyclic or absurdly deep chain ends the walk.

use super::typer::{ClassInfo, TResult, Typer};
use super::types::{ClassId, Type};
use std::sync::Arc;

/// Longest chain followed (haxe reports cyclic inheritance before typing reaches it).
const MAX_DEPTH: u32 = 100;

/// One class of the walk.
pub(crate) struct Ancestor {
    pub class: ClassId,
    /// The class's type arguments, as the first class's arguments instantiate them.
    pub params: Vec<Type>,
    pub info: Arc<ClassInfo>,
}

pub(crate) struct Ancestors {
    next: Option<(ClassId, Vec<Type>)>,
    steps: u32,
}

impl Ancestors {
    /// A walk from `class` itself, instantiated with `params`.
    pub fn from(class: ClassId, params: &[Type]) -> Ancestors {
        Ancestors {
            next: Some((class, params.to_vec())),
            steps: 0,
        }
    }

    /// A walk from the superclass of `class` (built first), instantiated with `params`.
    pub fn above(t: &mut Typer, class: ClassId, params: &[Type]) -> TResult<Ancestors> {
        t.class_info(class)?;
        Ok(Ancestors {
            next: super_applied(t, class, params),
            steps: 0,
        })
    }

    /// The next class up, built.
    pub fn next(&mut self, t: &mut Typer) -> TResult<Option<Ancestor>> {
        let Some((class, params)) = self.next.take() else {
            return Ok(None);
        };
        self.steps += 1;
        if self.steps > MAX_DEPTH {
            return Ok(None);
        }
        let info = t.class_info(class)?;
        self.next = super_applied(t, class, &params);
        Ok(Some(Ancestor {
            class,
            params,
            info,
        }))
    }

    /// Whether the class last returned has no superclass.
    pub fn at_top(&self) -> bool {
        self.next.is_none()
    }
}

/// The superclass of a built `class` whose type arguments are `params`, with its own
/// arguments instantiated accordingly.
fn super_applied(t: &mut Typer, class: ClassId, params: &[Type]) -> Option<(ClassId, Vec<Type>)> {
    let def = t.m.db.class(class);
    let (sup, stl) = def.super_class.clone()?;
    let own = def.params.clone();
    let applied = stl
        .iter()
        .map(|ty| t.m.db.apply_params(ty, &own, params))
        .collect();
    Some((sup, applied))
}

/// The interfaces of a built `class` whose type arguments are `params`, instantiated.
pub(crate) fn interfaces_applied(
    t: &mut Typer,
    class: ClassId,
    params: &[Type],
) -> Vec<(ClassId, Vec<Type>)> {
    let def = t.m.db.class(class).clone();
    def.interfaces
        .iter()
        .map(|(ic, itl)| {
            let applied = itl
                .iter()
                .map(|ty| t.m.db.apply_params(ty, &def.params, params))
                .collect();
            (*ic, applied)
        })
        .collect()
}
