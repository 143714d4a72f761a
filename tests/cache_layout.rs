//! The stored layouts, pinned. bincode is not self-describing: a record type (or the syntax
//! tree inside one) that changes shape would make old values decode into nonsense, or fail.
//! This test hashes the encoding of one sample of every record kind, built from a parse of a
//! file that uses most of the language, and fails when the hash moves. Then bump
//! `FORMAT_VERSION` in `src/cache/mod.rs` and put the new pair below (in the spirit of oxc's
//! `assert_layouts.rs`).

use hxs::cache::checked::CheckKey;
use hxs::cache::codec;
use hxs::cache::keys::{ContentHash, DefineValues, ParsedKey, TypedKey};
use hxs::cache::records::*;
use hxs::cache::FORMAT_VERSION;
use hxs::syntax::source::Span;
use std::collections::BTreeMap;

/// `(FORMAT_VERSION, blake3 of the sample encodings)`.
const PINNED: (u32, &str) = (
    4,
    "b7d49f934ccc511059a44fb65ec076f1c8ae161113883151747a369218e414fb",
);

const SAMPLE: &str = include_str!("cache_layout/Sample.hx");

fn samples() -> Vec<(&'static str, Vec<u8>)> {
    let mut d = BTreeMap::new();
    d.insert("js".to_string(), "1".to_string());
    let parsed = hxs::syntax::parse(SAMPLE, &d);
    assert_eq!(parsed.error, None, "the sample must parse");
    let content = ContentHash::of(SAMPLE.as_bytes());
    let values = DefineValues::current(&parsed.defines_read, &d);
    let stat = FileStat {
        len: 1,
        mtime_ns: -2,
        ctime_ns: 3,
        inode: 4,
        device: 5,
    };
    let mut misses = BTreeMap::new();
    misses.insert(MissReason::FileChanged, 2);
    misses.insert(MissReason::Uncached, 3);
    let enc = |v: Vec<u8>| v;
    vec![
        (
            "parsed",
            enc(codec::payload(&ParsedRecord {
                content,
                defines: values.clone(),
                module: parsed.module.clone(),
                error: Some(StoredError {
                    message: "m".into(),
                    span: Span::new(1, 2),
                }),
                dead_blocks: parsed.dead_blocks.clone(),
            })
            .unwrap()),
        ),
        (
            "file",
            codec::payload(&FileRecord {
                stat,
                hashed_at_ns: 6,
                content,
                last_parse: Some(LastParse {
                    content,
                    defines: values.clone(),
                }),
            })
            .unwrap(),
        ),
        (
            "variants",
            codec::payload(&VariantsRecord {
                name_sets: vec![values.names(), vec![]],
            })
            .unwrap(),
        ),
        (
            "scan",
            codec::payload(&ScanRecord {
                stat,
                scanned_at_ns: 7,
                dirs: vec!["a".into()],
                files: vec!["B.hx".into()],
            })
            .unwrap(),
        ),
        (
            "typed",
            codec::payload(&TypedRecord {
                module: "my.pack.Main".into(),
                content,
                signature: [8; 32],
                dependencies: vec![TypedDependency {
                    module: "Std".into(),
                    file: Some("Std.hx".into()),
                    signature: [9; 32],
                }],
                class_path_order: [10; 32],
                payload: vec![11, 12],
            })
            .unwrap(),
        ),
        (
            "check",
            codec::payload(&CheckRecords {
                records: vec![CheckRecord {
                    outcome: CheckOutcome::Lines(vec!["src/Main.hx:1: characters 1-2 : m".into()]),
                    modules: vec![
                        ModuleRead {
                            module: "my.pack.Main".into(),
                            found: Some(("src/my/pack/Main.hx".into(), content)),
                        },
                        ModuleRead {
                            module: "my.Main".into(),
                            found: None,
                        },
                    ],
                    import_files: vec![ImportRead {
                        shown: "src/import.hx".into(),
                        found: Some(("/p/src/import.hx".into(), content)),
                    }],
                    work: CheckWork {
                        modules_parsed: 19,
                        classes_built: 20,
                        bodies_typed: 21,
                    },
                    outlines: Ok(vec![StoredOutline {
                        module: "my.pack.Main".into(),
                        outline: ContentHash([22; 32]),
                        inferred: ContentHash([23; 32]),
                    }]),
                }],
            })
            .unwrap(),
        ),
        (
            "check declined",
            codec::payload(&CheckOutcome::Declined("why".into())).unwrap(),
        ),
        (
            "runs",
            codec::payload(&RunsRecord {
                runs: vec![RunRecord {
                    finished_at: 13,
                    label: "warm".into(),
                    counters: Counters {
                        hits: 1,
                        misses,
                        stat_trusted: 14,
                        hashed: 15,
                        parsed: 16,
                        scans_reused: 17,
                        scans_read: 18,
                    },
                }],
            })
            .unwrap(),
        ),
        (
            "keys",
            [
                ParsedKey::new(FORMAT_VERSION, "0.0.0", &content, &values).0,
                TypedKey::new(FORMAT_VERSION, "0.0.0", "a.B", &content, &["js=1".into()]).0,
                CheckKey::new(
                    FORMAT_VERSION,
                    "0.0.0",
                    &["src/".into(), "".into()],
                    &[("js".into(), "1".into())],
                    &["Main".into()],
                    Some("Main"),
                )
                .0,
            ]
            .concat(),
        ),
        (
            "envelope",
            codec::encode(
                FORMAT_VERSION,
                RecordKind::Variants,
                &VariantsRecord::default(),
            )
            .unwrap(),
        ),
    ]
}

#[test]
fn stored_layouts_are_pinned_to_the_format_version() {
    let mut h = blake3::Hasher::new();
    let mut sizes = Vec::new();
    for (name, bytes) in samples() {
        h.update(name.as_bytes());
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
        sizes.push(format!("{} {}", name, bytes.len()));
    }
    let got = h.finalize().to_hex().to_string();
    assert_eq!(
        (FORMAT_VERSION, got.as_str()),
        PINNED,
        "the stored layout changed ({}). Bump FORMAT_VERSION in src/cache/mod.rs and set \
         PINNED in tests/cache_layout.rs to ({}, \"{}\"), then describe the change in \
         .cache-format.md",
        sizes.join(", "),
        FORMAT_VERSION + u32::from(PINNED.0 == FORMAT_VERSION),
        got
    );
}

#[test]
fn samples_round_trip_through_the_envelope() {
    let mut d = BTreeMap::new();
    d.insert("js".to_string(), "1".to_string());
    let parsed = hxs::syntax::parse(SAMPLE, &d);
    let rec = ParsedRecord {
        content: ContentHash::of(SAMPLE.as_bytes()),
        defines: DefineValues::current(&parsed.defines_read, &d),
        module: parsed.module,
        error: None,
        dead_blocks: parsed.dead_blocks,
    };
    let bytes = codec::encode(FORMAT_VERSION, RecordKind::Parsed, &rec).unwrap();
    let back: ParsedRecord = codec::decode(FORMAT_VERSION, RecordKind::Parsed, &bytes).unwrap();
    assert_eq!(back, rec);
    // gc reads the content hash at the head of a parsed record without the rest.
    let head: ContentHash =
        codec::decode_prefix(FORMAT_VERSION, RecordKind::Parsed, &bytes).unwrap();
    assert_eq!(head, rec.content);
}
