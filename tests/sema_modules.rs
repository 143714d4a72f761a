//! Module loading and type lookup in haxe's order, on `tests/sema_modules/src`: imports,
//! aliases, wildcard imports, the current package and its parents, the root package,
//! StdTypes, qualified and sub-type paths, and haxe's messages for missing types and
//! misplaced packages.

mod common;

use hxs::project::classpath::{ClassPaths, ModulePath};
use hxs::sema::modules::{LoadError, Modules};
use hxs::syntax::ast::{Name, TypePath};
use hxs::syntax::source::Span;

fn tp(pack: &[&str], name: &str, sub: Option<&str>) -> TypePath {
    TypePath {
        pack: pack.iter().map(|s| Name::from(*s)).collect(),
        name: Name::from(name),
        params: Vec::new(),
        sub: sub.map(Name::from),
        span: Span::default(),
    }
}

#[test]
fn types_resolve_in_haxes_order() {
    let root = common::repo_root().join("tests/sema_modules");
    let std = common::repo_root().join("std");
    let cps = ClassPaths::new(&["src".to_string()], &[std]);
    let defines = common::cross_defines();
    let mut ms = Modules::new(cps, root, &defines);
    let main = ms
        .load(&ModulePath {
            pack: vec!["c".into()],
            name: "Main".into(),
        })
        .expect("c.Main loads");
    let imports = ms.imports_of(main).expect("imports resolve");
    let mut resolve = |pack: &[&str], name: &str, sub: Option<&str>| -> Result<String, String> {
        ms.resolve(main, &imports, &tp(pack, name, sub))
            .map(|t| ms.type_path(t).dotted())
            .map_err(|e| e.message())
    };
    assert_eq!(resolve(&[], "Main", None).unwrap(), "c.Main");
    assert_eq!(resolve(&[], "D", None).unwrap(), "a.b.D");
    assert_eq!(resolve(&[], "S", None).unwrap(), "a.b.Sub");
    assert_eq!(resolve(&[], "Wild", None).unwrap(), "a.Wild");
    assert_eq!(resolve(&[], "Local", None).unwrap(), "c.Local");
    assert_eq!(resolve(&[], "Root", None).unwrap(), "Root");
    assert_eq!(resolve(&[], "Int", None).unwrap(), "Int");
    assert_eq!(resolve(&["a", "b"], "D", None).unwrap(), "a.b.D");
    assert_eq!(resolve(&["a", "b"], "D", Some("T")).unwrap(), "a.b.T");
    assert_eq!(
        resolve(&[], "Nope", None).unwrap_err(),
        "Type not found : Nope"
    );
    assert_eq!(
        resolve(&["a", "b"], "D", Some("Nope")).unwrap_err(),
        "Module a.b.D does not define type Nope"
    );
    assert_eq!(
        resolve(&["x"], "Bad", None).unwrap_err(),
        "`package y;` in src/x/Bad.hx should be `package x;`"
    );
    // Each module file is parsed once, however often it is asked for.
    let before = ms.parsed;
    ms.load(&ModulePath {
        pack: vec!["a".into(), "b".into()],
        name: "D".into(),
    })
    .expect("loaded already");
    assert_eq!(ms.parsed, before);
    assert!(matches!(
        ms.load(&ModulePath {
            pack: vec![],
            name: "Missing".into()
        }),
        Err(LoadError::ModuleNotFound(_))
    ));
}

#[test]
fn type_parameters_print_with_their_owner() {
    let root = common::repo_root().join("tests/sema_modules");
    let cps = ClassPaths::new(&["src".to_string()], &[]);
    let defines = common::cross_defines();
    let mut ms = Modules::new(cps, root, &defines);
    let main = ms
        .load(&ModulePath {
            pack: vec!["c".into()],
            name: "Main".into(),
        })
        .expect("c.Main loads");
    let t = ms
        .find_type_in_module(main, "Main")
        .expect("Main is declared");
    let hxs::sema::modules::ModuleType::Class(c) = t else {
        panic!("Main is a class")
    };
    let param = ms.db.class(c).params[0].ty.clone();
    assert_eq!(hxs::sema::print::s_type(&ms.db, &param), "c.Main.T");
}
