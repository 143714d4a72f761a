//! The `hxs-gen` binary: `hxs-gen --modules N --seed S --out DIR` writes a generated Haxe project.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: hxs-gen --modules N [--seed S] --out DIR

Writes a deterministic Haxe 4 project of N modules (N >= 6, Main included):
  DIR/src/**.hx    the modules (packages app.*, lib.*, and Main.hx)
  DIR/build.hxml   -cp src, -main Main, --no-output
  DIR/queries.txt  query points, one `FILE OFFSET MODE` per line (`#` lines: benchmark points)
  DIR/bench.json   the benchmark points (completion, leaf edit, widely imported edit)
The seed defaults to 1; the same (N, seed) always gives the same bytes.";

struct Args {
    modules: usize,
    seed: u64,
    out: PathBuf,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut modules = None;
    let mut seed = 1u64;
    let mut out = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag {
            "--modules" | "-n" => {
                let v = value("--modules")?;
                modules = Some(
                    v.parse()
                        .map_err(|_| format!("bad --modules value {v:?}"))?,
                );
            }
            "--seed" | "-s" => {
                let v = value("--seed")?;
                seed = v.parse().map_err(|_| format!("bad --seed value {v:?}"))?;
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            "--help" | "-h" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Args {
        modules: modules.ok_or("--modules is required")?,
        seed,
        out: out.ok_or("--out is required")?,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&args) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("hxs-gen: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let project = match hxs_gen::Project::generate(args.modules, args.seed) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("hxs-gen: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = project.write_to(&args.out) {
        eprintln!("hxs-gen: cannot write {}: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    let lines: usize = project.sources.iter().map(|s| s.lines().count()).sum();
    println!(
        "hxs-gen: wrote {} modules ({} lines) to {} (leaf {}, wide {} imported by {})",
        project.modules.len(),
        lines,
        args.out.display(),
        project.leaf_file(),
        project.wide_file(),
        project.wide.importers
    );
    ExitCode::SUCCESS
}
