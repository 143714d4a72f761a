//! The typed-module records, with synthetic data until the typer exists: reuse while every
//! dependency keeps its file and signature; a miss with the reason otherwise.

use hxs::cache::records::{DependencyChange, TypedDependency, TypedMiss, TypedRecord};
use hxs::cache::typed::class_path_order;
use hxs::cache::{ContentHash, MissReason, ParsedCache, Store, TypedCache};
use std::collections::HashMap;

fn record(content: &ContentHash, order: [u8; 32]) -> TypedRecord {
    TypedRecord {
        module: "app.Main".into(),
        content: *content,
        signature: [1; 32],
        dependencies: vec![
            TypedDependency {
                module: "app.Util".into(),
                file: Some("src/app/Util.hx".into()),
                signature: [2; 32],
            },
            TypedDependency {
                module: "Missing".into(),
                file: None,
                signature: [0; 32],
            },
        ],
        class_path_order: order,
        payload: vec![1, 2, 3],
    }
}

#[test]
fn typed_modules_are_reused_until_a_dependency_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(tmp.path()).unwrap();
    let typed = TypedCache::new(Some(store.clone()));
    let content = ContentHash::of(b"class Main {}");
    let defines = vec!["js=1".to_string()];
    let key = typed.key("app.Main", &content, &defines);
    let order = class_path_order(&["src/".into(), "".into(), "/std/".into()]);
    let rec = record(&content, order);

    let mut world: HashMap<String, (String, [u8; 32])> = HashMap::new();
    world.insert("app.Util".into(), ("src/app/Util.hx".into(), [2; 32]));
    let lookup = |w: &HashMap<String, (String, [u8; 32])>| {
        let w = w.clone();
        move |m: &str| w.get(m).cloned()
    };

    assert_eq!(
        typed.reuse(&key, &order, lookup(&world)).unwrap_err(),
        TypedMiss::Parsed(MissReason::NotCached)
    );
    assert!(typed.put(&key, &rec));
    assert_eq!(typed.reuse(&key, &order, lookup(&world)).unwrap(), rec);

    // A body-only edit of the dependency: same signature hash, reused.
    assert!(typed.reuse(&key, &order, lookup(&world)).is_ok());

    // Its signature changes.
    let mut changed = world.clone();
    changed.insert("app.Util".into(), ("src/app/Util.hx".into(), [3; 32]));
    assert_eq!(
        typed.reuse(&key, &order, lookup(&changed)).unwrap_err(),
        TypedMiss::DependencyDirty {
            module: "app.Util".into(),
            reason: DependencyChange::SignatureChanged
        }
    );
    // It is deleted.
    let gone: HashMap<String, (String, [u8; 32])> = HashMap::new();
    assert!(matches!(
        typed.reuse(&key, &order, lookup(&gone)).unwrap_err(),
        TypedMiss::DependencyDirty {
            reason: DependencyChange::Removed,
            ..
        }
    ));
    // Another file now defines it (shadowing), or a module that did not exist appears.
    let mut shadow = world.clone();
    shadow.insert("app.Util".into(), ("other/app/Util.hx".into(), [2; 32]));
    assert!(matches!(
        typed.reuse(&key, &order, lookup(&shadow)).unwrap_err(),
        TypedMiss::DependencyDirty {
            reason: DependencyChange::Shadowed,
            ..
        }
    ));
    let mut appeared = world.clone();
    appeared.insert("Missing".into(), ("src/Missing.hx".into(), [4; 32]));
    assert!(matches!(
        typed.reuse(&key, &order, lookup(&appeared)).unwrap_err(),
        TypedMiss::DependencyDirty {
            reason: DependencyChange::Shadowed,
            ..
        }
    ));
    // Class paths reordered.
    let reordered = class_path_order(&["".into(), "src/".into(), "/std/".into()]);
    assert_eq!(
        typed.reuse(&key, &reordered, lookup(&world)).unwrap_err(),
        TypedMiss::ClassPathsChanged
    );
    // Other defines or another content: another key.
    assert_ne!(typed.key("app.Main", &content, &["cpp=1".into()]), key);
    assert_ne!(
        typed.key("app.Main", &ContentHash::of(b"class Main { }"), &defines),
        key
    );
    // The store is shared with the parsed-file cache.
    let parsed = ParsedCache::from_store(store);
    assert!(parsed.store().is_some());
    // Uncached.
    assert_eq!(
        TypedCache::new(None)
            .reuse(&key, &order, lookup(&world))
            .unwrap_err(),
        TypedMiss::Parsed(MissReason::Uncached)
    );
}
