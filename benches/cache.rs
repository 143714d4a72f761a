//! The persistent cache's hit path: looking a parsed file up in a warm sled store (stat,
//! stat index, fetch, checksum, decode) for every module of a generated 1,000-module
//! project, against parsing the same files from disk without the cache.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hxs::cache::{Lookup, ParsedCache};
use hxs::project::args::parse_command_line;
use std::path::PathBuf;

// The same allocator as the hxs binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn benches(c: &mut Criterion) {
    let project_dir = tempfile::tempdir().expect("temp dir");
    let project = hxs_gen::Project::generate(1000, 1).expect("generate");
    project.write_to(project_dir.path()).expect("write project");
    let files: Vec<PathBuf> = hxs::corpus::collect_files(&[project_dir.path().join("src")]);
    let defines = parse_command_line(&["-main".into(), "Main".into()], project_dir.path())
        .expect("args")
        .builds[0]
        .defines
        .clone();

    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cache = ParsedCache::open(cache_dir.path()).expect("open store");
    for f in &files {
        cache.parse_file(f, &defines).expect("warm the store");
    }
    cache.finish("bench warm-up");

    let mut group = c.benchmark_group("cache");
    group.throughput(Throughput::Elements(files.len() as u64));
    group.sample_size(20);
    group.bench_function("hit-1000-files", |b| {
        b.iter(|| {
            for f in &files {
                let r = cache.parse_file(f, &defines).expect("lookup");
                assert!(matches!(r.lookup, Lookup::Hit));
                criterion::black_box(r);
            }
        })
    });
    group.bench_function("read-and-parse-1000-files", |b| {
        b.iter(|| {
            for f in &files {
                let text = std::fs::read_to_string(f).expect("read");
                criterion::black_box(hxs::syntax::parse(&text, &defines));
            }
        })
    });
    group.finish();
}

criterion_group!(cache, benches);
criterion_main!(cache);
