//! Lexing and parsing throughput (MB/s) on haxe 4.2.5's std, when it is installed, and on
//! this repository's own std/ and parser fixtures.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hxs::project::args::parse_command_line;
use hxs::syntax;
use std::path::PathBuf;

// The same allocator as the hxs binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus(dir: &str) -> Vec<String> {
    let files = hxs::corpus::collect_files(&[PathBuf::from(dir)]);
    hxs::corpus::load_files(&files)
        .into_iter()
        .filter_map(|f| f.text.ok())
        .collect()
}

fn bench_corpus(c: &mut Criterion, name: &str, texts: &[String]) {
    if texts.is_empty() {
        eprintln!("skipping {}: no files", name);
        return;
    }
    let cwd = std::env::temp_dir();
    let defines = parse_command_line(&["-main".into(), "Main".into()], &cwd)
        .expect("args")
        .builds[0]
        .defines
        .clone();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("lex", |b| {
        b.iter(|| {
            for t in texts {
                criterion::black_box(syntax::lexer::lex(t));
            }
        })
    });
    group.bench_function("parse", |b| {
        b.iter(|| {
            for t in texts {
                criterion::black_box(syntax::parse(t, &defines));
            }
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let haxe_std =
        std::env::var("HAXE_ORACLE_STD").unwrap_or_else(|_| "/usr/share/haxe/std".into());
    bench_corpus(c, "haxe-std", &corpus(&haxe_std));
    let root = env!("CARGO_MANIFEST_DIR");
    bench_corpus(c, "fixtures", &corpus(&format!("{}/tests/parser/ok", root)));
}

criterion_group!(parse, benches);
criterion_main!(parse);
