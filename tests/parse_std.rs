//! Every `.hx` file of haxe 4.2.5's std parses with no error, under the defines of a plain
//! run (target `cross`) and of `--js`, `--cpp`, `--java`, `--hl` and `--neko`. The only errors
//! allowed are the std's own `#error "..."` directives, which haxe raises for those files too
//! (for example `sys/thread/*.hx` on a target without threads).

mod common;

use hxs::corpus;
use hxs::project::args::parse_command_line;
use hxs::syntax::{self, source::SourceFile};

fn defines_for(args: &[&str]) -> hxs::project::defines::Defines {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let cwd = std::env::temp_dir();
    let cl = parse_command_line(&args, &cwd).expect("valid command line");
    cl.builds[0].defines.clone()
}

/// Whether the error points at the message of an `#error "..."` directive.
fn is_error_directive(text: &str, lo: usize) -> bool {
    let before = text[..lo].trim_end();
    before.ends_with("#error") && text[lo..].starts_with('"')
}

#[test]
fn haxe_std_parses_for_every_target() {
    let Some(_haxe) = common::haxe() else { return };
    let std = common::haxe_std();
    let files = corpus::load_files(&corpus::collect_files(std::slice::from_ref(&std)));
    assert!(
        files.len() > 2000,
        "expected haxe's std at {}",
        std.display()
    );
    let targets: [(&str, &[&str]); 6] = [
        ("cross", &["-main", "Main"]),
        ("js", &["--js", "out.js"]),
        ("cpp", &["--cpp", "out"]),
        ("java", &["--java", "out"]),
        ("hl", &["--hl", "out.hl"]),
        ("neko", &["--neko", "out.n"]),
    ];
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (name, args) in targets {
        let defines = defines_for(args);
        let mut directives = 0;
        for f in &files {
            let text = f.text.as_ref().expect("std files are UTF-8");
            let parsed = syntax::parse(text, &defines);
            if let Some(e) = parsed.error {
                if is_error_directive(text, e.span.lo as usize) {
                    directives += 1;
                    continue;
                }
                let file = SourceFile::new(f.shown.clone(), text.as_str());
                failures.push(format!(
                    "[{}] {} : {}",
                    name,
                    file.format_pos(e.span),
                    e.message
                ));
            }
        }
        report.push(format!(
            "{}: {} files, {} stopped by #error",
            name,
            files.len(),
            directives
        ));
    }
    println!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
