//! Lexing and parsing throughput (MB/s) on haxe 4.2.5's std (when it is installed), on a
//! generated 1,000-module project and on the parser fixtures; one display query
//! (`@module-symbols` through the whole driver); and serialization round trips of parsed
//! modules (bincode, as the cache stores them).

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

fn bench_display_query(c: &mut Criterion, project: &hxs_gen::Project) {
    let dir = tempfile::tempdir().expect("temp dir");
    project.write_to(dir.path()).expect("write project");
    let file = project.completion.file.clone();
    let args: Vec<String> = vec![
        "-cp".into(),
        "src".into(),
        "--display".into(),
        format!("{}@0@module-symbols", file),
    ];
    let cl = parse_command_line(&args, dir.path()).expect("args");
    let build = cl.builds[0].clone();
    c.bench_function("display/module-symbols", |b| {
        b.iter(|| {
            let out = hxs::build::run(&build);
            assert!(!out.failed);
            criterion::black_box(out)
        })
    });
}

fn bench_serialization(c: &mut Criterion, texts: &[String]) {
    let cwd = std::env::temp_dir();
    let defines = parse_command_line(&["-main".into(), "Main".into()], &cwd)
        .expect("args")
        .builds[0]
        .defines
        .clone();
    let modules: Vec<_> = texts
        .iter()
        .map(|t| syntax::parse(t, &defines).module)
        .collect();
    let encoded: Vec<Vec<u8>> = modules
        .iter()
        .map(|m| bincode::serialize(m).expect("encode"))
        .collect();
    let bytes: usize = encoded.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("serialization");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("encode-ast", |b| {
        b.iter(|| {
            for m in &modules {
                criterion::black_box(bincode::serialize(m).expect("encode"));
            }
        })
    });
    group.bench_function("decode-ast", |b| {
        b.iter(|| {
            for e in &encoded {
                let m: hxs::syntax::ast::Module = bincode::deserialize(e).expect("decode");
                criterion::black_box(m);
            }
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let haxe_std =
        std::env::var("HAXE_ORACLE_STD").unwrap_or_else(|_| "/usr/share/haxe/std".into());
    bench_corpus(c, "haxe-std", &corpus(&haxe_std));
    let project = hxs_gen::Project::generate(1000, 1).expect("generate");
    bench_corpus(c, "generated-1000", &project.sources);
    let root = env!("CARGO_MANIFEST_DIR");
    bench_corpus(c, "fixtures", &corpus(&format!("{}/tests/parser/ok", root)));
    bench_display_query(c, &project);
    bench_serialization(c, &project.sources);
}

criterion_group!(parse, benches);
criterion_main!(parse);
