//! The typer's cost: a whole `--no-output` check of generated projects (100 and 1,000
//! modules) and one field completion on a value of inferred type (the typer types the
//! field around the cursor), each through the whole driver as the `hxs` binary runs it.
//!
//! Both use haxe 4.2.5's std when it is installed (`HAXE_ORACLE_STD` or
//! `/usr/share/haxe/std`), as `benches/compare.py` does, else hxs's embedded std.

use criterion::{criterion_group, criterion_main, Criterion};
use hxs::project::args::parse_command_line;
use std::path::Path;

// The same allocator as the hxs binary, so the figures are the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `--std-path DIR` when haxe's std is installed, else nothing (the embedded std).
fn std_args() -> Vec<String> {
    let haxe_std =
        std::env::var("HAXE_ORACLE_STD").unwrap_or_else(|_| "/usr/share/haxe/std".into());
    if Path::new(&haxe_std).join("StdTypes.hx").is_file() {
        vec!["--std-path".into(), haxe_std]
    } else {
        Vec::new()
    }
}

fn build_for(dir: &Path, extra: &[String]) -> hxs::project::args::Build {
    let mut args: Vec<String> = vec!["-cp".into(), "src".into()];
    args.extend(extra.iter().cloned());
    args.extend(std_args());
    let cl = parse_command_line(&args, dir).expect("command line");
    cl.builds[0].clone()
}

fn bench_check(c: &mut Criterion, n: usize) {
    let project = hxs_gen::Project::generate(n, 1).expect("generate");
    let dir = tempfile::tempdir().expect("temp dir");
    project.write_to(dir.path()).expect("write project");
    let build = build_for(
        dir.path(),
        &["-main".into(), "Main".into(), "--no-output".into()],
    );
    let mut group = c.benchmark_group("typing");
    group.sample_size(10);
    group.bench_function(format!("check-{}", n), |b| {
        b.iter(|| {
            let out = hxs::build::run(&build);
            assert!(!out.failed, "the generated project must type-check");
            criterion::black_box(out)
        })
    });
    group.finish();
}

fn bench_completion(c: &mut Criterion) {
    let project = hxs_gen::Project::generate(1000, 1).expect("generate");
    let dir = tempfile::tempdir().expect("temp dir");
    project.write_to(dir.path()).expect("write project");
    let q = &project.completion;
    let build = build_for(
        dir.path(),
        &[
            "--display".into(),
            format!("{}@{}{}", q.file, q.offset, q.mode.haxe_suffix()),
        ],
    );
    let mut group = c.benchmark_group("typing");
    group.sample_size(20);
    group.bench_function("field-completion-1000", |b| {
        b.iter(|| {
            let out = hxs::build::run(&build);
            assert!(!out.failed, "the completion must be answered");
            criterion::black_box(out)
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_check(c, 100);
    bench_check(c, 1000);
    bench_completion(c);
}

criterion_group!(typing, benches);
criterion_main!(typing);
