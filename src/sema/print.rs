//! Types printed exactly as haxe 4.2.5's `TPrinting.s_type` prints them: in completion
//! lists, hover answers and error messages (`(index : Int) -> String`, `Unknown<0>`,
//! `{ b : Int, a : String }`).

use super::types::{AnonStatus, ClassKind, MonoId, Type, TypeDb};

/// Prints a type; monomorphs are numbered from 0 in the order they appear.
pub fn s_type(db: &TypeDb, t: &Type) -> String {
    let mut ctx = Vec::new();
    Printer { db, ctx: &mut ctx }.s_type(t)
}

/// Prints a type continuing a monomorph numbering shared with other types of one message.
pub fn s_type_ctx(db: &TypeDb, t: &Type, ctx: &mut Vec<MonoId>) -> String {
    Printer { db, ctx }.s_type(t)
}

/// Prints several types sharing one monomorph numbering (as in one error message).
pub fn s_types(db: &TypeDb, ts: &[&Type]) -> Vec<String> {
    let mut ctx = Vec::new();
    ts.iter()
        .map(|t| Printer { db, ctx: &mut ctx }.s_type(t))
        .collect()
}

struct Printer<'a> {
    db: &'a TypeDb,
    ctx: &'a mut Vec<MonoId>,
}

impl Printer<'_> {
    fn s_type(&mut self, t: &Type) -> String {
        match t {
            Type::Mono(m) => match self.db.mono_binding(*m) {
                Some(bound) => {
                    let bound = bound.clone();
                    self.s_type(&bound)
                }
                None => {
                    let id = match self.ctx.iter().position(|x| x == m) {
                        Some(i) => i,
                        None => {
                            self.ctx.push(*m);
                            self.ctx.len() - 1
                        }
                    };
                    match self.db.mono_fields.get(m) {
                        Some(fields) if !fields.is_empty() => {
                            let mut sorted: Vec<(String, bool, Type)> = fields
                                .iter()
                                .map(|(n, t, _)| (n.clone(), false, t.clone()))
                                .collect();
                            sorted.sort_by(|a, b| b.0.as_bytes().cmp(a.0.as_bytes()));
                            format!("Unknown<{}> : {}", id, self.s_fields(&sorted))
                        }
                        _ => format!("Unknown<{}>", id),
                    }
                }
            },
            Type::Enum(e, tl) => {
                format!("{}{}", self.db.enum_def(*e).path.dotted(), self.params(tl))
            }
            Type::Inst(c, tl) => format!("{}{}", self.db.class(*c).path.dotted(), self.params(tl)),
            Type::Typedef(td, tl) => {
                let def = self.db.typedef(*td);
                if let Type::Anon(a) = &def.ty {
                    if let AnonStatus::Statics(c) = &self.db.anon(*a).status {
                        if let ClassKind::AbstractImpl(ab) = &self.db.class(*c).kind {
                            return format!(
                                "Abstract<{}>",
                                self.db.abstract_def(*ab).path.dotted()
                            );
                        }
                    }
                }
                format!("{}{}", def.path.dotted(), self.params(tl))
            }
            Type::Abstract(a, tl) => format!(
                "{}{}",
                self.db.abstract_def(*a).path.dotted(),
                self.params(tl)
            ),
            Type::Fun(f) => {
                if f.args.is_empty() {
                    return format!("() -> {}", self.s_fun(&f.ret, false));
                }
                let args = if f.args.len() == 1 && f.args[0].name.is_empty() {
                    let a = &f.args[0];
                    format!(
                        "{}{}",
                        if a.opt { "?" } else { "" },
                        self.s_fun(&a.ty, true)
                    )
                } else {
                    let parts: Vec<String> = f
                        .args
                        .iter()
                        .map(|a| {
                            let name = if a.name.is_empty() {
                                String::new()
                            } else {
                                format!("{} : ", a.name)
                            };
                            format!(
                                "{}{}{}",
                                if a.opt { "?" } else { "" },
                                name,
                                self.s_fun(&a.ty, true)
                            )
                        })
                        .collect();
                    format!("({})", parts.join(", "))
                };
                format!("{} -> {}", args, self.s_fun(&f.ret, false))
            }
            Type::Anon(a) => {
                let def = self.db.anon(*a);
                match &def.status {
                    AnonStatus::Statics(c) => {
                        format!("{{ Statics {} }}", self.db.class(*c).path.dotted())
                    }
                    AnonStatus::EnumStatics(e) => {
                        format!("{{ EnumStatics {} }}", self.db.enum_def(*e).path.dotted())
                    }
                    AnonStatus::AbstractStatics(ab) => {
                        format!(
                            "{{ AbstractStatics {} }}",
                            self.db.abstract_def(*ab).path.dotted()
                        )
                    }
                    _ => {
                        // haxe folds its field map in increasing name order, prepending each
                        // field, so fields print in decreasing byte order of their names.
                        let fields: Vec<(String, bool, Type)> = def
                            .fields
                            .iter()
                            .rev()
                            .map(|(n, f)| (n.clone(), f.optional, f.ty.clone()))
                            .collect();
                        self.s_fields(&fields)
                    }
                }
            }
            Type::Dynamic(None) => "Dynamic".to_string(),
            Type::Dynamic(Some(t)) => format!("Dynamic<{}>", self.s_type(t)),
        }
    }

    /// A structure's fields, in the order given: `{ a : Int, ?b : String }`.
    fn s_fields(&mut self, fields: &[(String, bool, Type)]) -> String {
        let parts: Vec<String> = fields
            .iter()
            .map(|(n, opt, ty)| {
                format!(
                    "{}{} : {}",
                    if *opt { " ?" } else { " " },
                    n,
                    self.s_type(ty)
                )
            })
            .collect();
        format!("{{{} }}", parts.join(","))
    }

    /// haxe's `s_fun`: function types, and `Void` in argument position, get parentheses.
    fn s_fun(&mut self, t: &Type, void: bool) -> String {
        match t {
            Type::Fun(_) => format!("({})", self.s_type(t)),
            Type::Abstract(a, tl) if void && tl.is_empty() => {
                let p = &self.db.abstract_def(*a).path;
                if p.pack.is_empty() && p.name == "Void" {
                    format!("({})", self.s_type(t))
                } else {
                    self.s_type(t)
                }
            }
            Type::Mono(m) => match self.db.mono_binding(*m) {
                Some(bound) => {
                    let bound = bound.clone();
                    self.s_fun(&bound, void)
                }
                None => self.s_type(t),
            },
            _ => self.s_type(t),
        }
    }

    fn params(&mut self, tl: &[Type]) -> String {
        if tl.is_empty() {
            return String::new();
        }
        let parts: Vec<String> = tl.iter().map(|t| self.s_type(t)).collect();
        format!("<{}>", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sema::types::*;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    struct World {
        db: TypeDb,
        int: Type,
        string: Type,
        bool_: Type,
        void: Type,
    }

    fn abstract_type(db: &mut TypeDb, name: &str) -> Type {
        let id = db.add_abstract(AbstractDef {
            path: Path::new(&[], name),
            params: vec![],
            underlying: None,
            impl_class: None,
        });
        Type::Abstract(id, Arc::from(vec![]))
    }

    fn world() -> World {
        let mut db = TypeDb::new();
        let int = abstract_type(&mut db, "Int");
        let bool_ = abstract_type(&mut db, "Bool");
        let void = abstract_type(&mut db, "Void");
        let string_id = db.add_class(ClassDef {
            path: Path::new(&[], "String"),
            kind: ClassKind::Normal,
            params: vec![],
            interface: false,
            external: true,
            super_class: None,
            interfaces: vec![],
        });
        World {
            db,
            int,
            string: Type::Inst(string_id, Arc::from(vec![])),
            bool_,
            void,
        }
    }

    fn fun(args: Vec<(&str, bool, Type)>, ret: Type) -> Type {
        Type::Fun(Arc::new(FunType {
            args: args
                .into_iter()
                .map(|(name, opt, ty)| FunArg {
                    name: name.to_string(),
                    opt,
                    ty,
                })
                .collect(),
            ret,
        }))
    }

    /// The examples of HAXE-NOTES §2, checked there against haxe 4.2.5.
    #[test]
    fn functions_print_like_haxe() {
        let w = world();
        let db = &w.db;
        assert_eq!(s_type(db, &fun(vec![], w.void.clone())), "() -> Void");
        let f3 = fun(
            vec![("", false, w.int.clone()), ("", false, w.string.clone())],
            w.bool_.clone(),
        );
        assert_eq!(s_type(db, &f3), "(Int, String) -> Bool");
        let f4 = fun(
            vec![("x", false, w.int.clone()), ("y", true, w.string.clone())],
            w.void.clone(),
        );
        assert_eq!(s_type(db, &f4), "(x : Int, ?y : String) -> Void");
        let f5 = fun(vec![("", true, w.int.clone())], w.void.clone());
        assert_eq!(s_type(db, &f5), "?Int -> Void");
        let inner = fun(vec![("", false, w.int.clone())], w.void.clone());
        let f6 = fun(vec![("", false, inner.clone())], w.void.clone());
        assert_eq!(s_type(db, &f6), "(Int -> Void) -> Void");
        let f7 = fun(vec![("", false, w.int.clone())], inner);
        assert_eq!(s_type(db, &f7), "Int -> (Int -> Void)");
        let f8 = fun(vec![("", false, w.void.clone())], w.void.clone());
        assert_eq!(s_type(db, &f8), "(Void) -> Void");
    }

    #[test]
    fn monomorphs_are_numbered_per_printed_type() {
        let mut w = world();
        let a = w.db.new_mono();
        let b = w.db.new_mono();
        let f = fun(
            vec![("x", false, a.clone()), ("y", false, b.clone())],
            a.clone(),
        );
        assert_eq!(
            s_type(&w.db, &f),
            "(x : Unknown<0>, y : Unknown<1>) -> Unknown<0>"
        );
        if let Type::Mono(m) = a {
            w.db.bind_mono(m, w.int.clone());
        }
        assert_eq!(s_type(&w.db, &f), "(x : Int, y : Unknown<0>) -> Int");
    }

    #[test]
    fn anonymous_structures_print_in_reverse_name_order() {
        let mut w = world();
        let mut fields = BTreeMap::new();
        fields.insert(
            "b".to_string(),
            AnonField {
                ty: w.int.clone(),
                optional: false,
                method: false,
                read_only: false,
                doc: None,
            },
        );
        fields.insert(
            "a".to_string(),
            AnonField {
                ty: w.string.clone(),
                optional: false,
                method: false,
                read_only: false,
                doc: None,
            },
        );
        fields.insert(
            "c".to_string(),
            AnonField {
                ty: w.bool_.clone(),
                optional: true,
                method: false,
                read_only: false,
                doc: None,
            },
        );
        let anon = w.db.add_anon(AnonDef {
            fields,
            status: AnonStatus::Closed,
        });
        assert_eq!(
            s_type(&w.db, &Type::Anon(anon)),
            "{ ?c : Bool, b : Int, a : String }"
        );
        let empty = w.db.add_anon(AnonDef {
            fields: BTreeMap::new(),
            status: AnonStatus::Closed,
        });
        assert_eq!(s_type(&w.db, &Type::Anon(empty)), "{ }");
        assert_eq!(
            s_type(&w.db, &Type::Dynamic(Some(Arc::new(w.int.clone())))),
            "Dynamic<Int>"
        );
    }
}
