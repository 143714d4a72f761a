//! The parser never panics: arbitrary bytes, mutated real sources (bytes flipped, spliced,
//! cut) and pathological nesting all give a tree or an error, never a crash or overflow.

mod common;

use hxs::syntax;
use proptest::prelude::*;

fn parse_bytes(bytes: Vec<u8>) -> Option<String> {
    let defines = common::cross_defines();
    match syntax::decode(bytes) {
        Ok(text) => syntax::parse(&text, &defines).error.map(|e| e.message),
        Err(e) => Some(e.message),
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let root = common::repo_root().join("tests/parser/ok");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(root)
        .expect("fixtures")
        .flatten()
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_do_not_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        parse_bytes(bytes);
    }

    #[test]
    fn arbitrary_haxe_like_text_does_not_panic(s in "[a-z{}()\\[\\];:,.=<>+*/#@$?!'\" \n0-9-]{0,300}") {
        parse_bytes(s.into_bytes());
    }

    #[test]
    fn mutated_real_sources_do_not_panic(
        seed in 0usize..1000,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..4), 1..12),
    ) {
        let all = seeds();
        let mut bytes = all[seed % all.len()].clone();
        for (at, byte, op) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at % bytes.len();
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                2 => bytes.insert(i, byte),
                _ => bytes.truncate(i),
            }
        }
        parse_bytes(bytes);
    }
}

#[test]
fn deep_nesting_parses_without_overflow() {
    let n = 10_000;
    let src = format!(
        "class T {{ static function main() {{ var a = {}1{}; }} }}",
        "(".repeat(n),
        ")".repeat(n)
    );
    let result = syntax::with_deep_stack(move || parse_bytes(src.into_bytes()));
    assert_eq!(result, None);
    let long_chain = format!(
        "class T {{ static function main() {{ var a = {}; }} }}",
        vec!["1"; 20_000].join(" + ")
    );
    let result = syntax::with_deep_stack(move || parse_bytes(long_chain.into_bytes()));
    assert_eq!(result, None);
}

#[test]
fn degenerate_inputs_give_errors_not_panics() {
    assert_eq!(parse_bytes(Vec::new()), None);
    assert_eq!(
        parse_bytes(vec![0xff, 0xfe]).as_deref(),
        Some(syntax::MALFORMED_FILE)
    );
    assert!(parse_bytes(b"class".to_vec()).is_some());
    assert!(parse_bytes(b"#if".to_vec()).is_some());
    assert!(parse_bytes(b"'${".to_vec()).is_some());
    let big = format!(
        "class Big {{ static var a = [{}]; }}",
        vec!["1"; 2_000_000].join(",")
    );
    assert_eq!(parse_bytes(big.into_bytes()), None);
}
