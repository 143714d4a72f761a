//! Parsing code being typed: each `tests/parser/display/*.hx` holds a `{-1-}` cursor marker.
//! The file is parsed as haxe parses a display file for a completion query at the marker:
//! errors are recovered, the completion point is marked (`display Dot` nodes, an empty type
//! path at the cursor, or a type-path request that ends the parse). The snapshot holds the
//! tree, the request and the recovered errors.

mod common;

use hxs::syntax::{self, Cursor};

const MARKER: &str = "{-1-}";

#[test]
fn display_fixtures_give_usable_trees() {
    let dir = common::repo_root().join("tests/parser/display");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    assert!(names.len() >= 10);
    let defines = common::cross_defines();
    for path in names {
        let marked = std::fs::read_to_string(&path).expect("fixture");
        let offset = marked.find(MARKER).expect("a {-1-} marker") as u32;
        let text = marked.replacen(MARKER, "", 1);
        let parsed = syntax::parse_display_file(
            &text,
            &defines,
            Some(Cursor {
                offset,
                completion: true,
            }),
        );
        let mut out = String::new();
        if let Some(e) = &parsed.error {
            out.push_str(&format!(
                "error: {} at {}..{}\n",
                e.message, e.span.lo, e.span.hi
            ));
        }
        if let Some(tp) = &parsed.type_path {
            out.push_str(&format!(
                "type path: pack={:?} name={:?} in_import={} at {}..{}\n",
                tp.pack, tp.name, tp.in_import, tp.span.lo, tp.span.hi
            ));
        }
        for e in &parsed.recovered {
            out.push_str(&format!(
                "recovered: {} at {}..{}\n",
                e.message, e.span.lo, e.span.hi
            ));
        }
        out.push_str(&syntax::dump::module(&parsed.module));
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(format!("display_{}", stem), out);
    }
}
