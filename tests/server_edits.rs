//! The daemon follows edits: after each change to the project, every answer equals what a
//! one-shot run prints now (and, for the cases hxs answers as haxe, what one-shot haxe prints).
//! Includes edits that keep the file's size and modification time, which a cache that only
//! looks at `stat` would miss.

mod common;
mod server_support;

use hxs::server::protocol::ReplyPrinter;
use server_support::*;
use std::path::Path;
use std::process::Command;

/// The reply printed as the haxe client prints it.
fn served(port: u16, cwd: &Path, args: &[&str]) -> Printed {
    let reply = request(port, &request_for(cwd, args));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut p = ReplyPrinter::new();
    p.feed(&reply, &mut out, &mut err);
    let failed = p.finish(&mut out, &mut err);
    Printed {
        stdout: String::from_utf8_lossy(&out).into_owned(),
        stderr: String::from_utf8_lossy(&err).into_owned(),
        code: Some(i32::from(failed)),
    }
}

fn one_shot(program: &Path, cwd: &Path, args: &[&str]) -> Printed {
    let mut c = Command::new(program);
    c.args(args)
        .current_dir(cwd)
        .env("HAXE_STD_PATH", common::haxe_std())
        .env_remove("HAXE_COMPILATION_SERVER");
    run_bounded(c)
}

/// Sets a file's modification time to another file's, with `touch -r`.
fn copy_mtime(from: &Path, to: &Path) {
    let ok = Command::new("touch")
        .arg("-r")
        .arg(from)
        .arg(to)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "touch -r");
}

#[test]
fn answers_follow_edits() {
    let haxe = common::haxe();
    let dir = fixture();
    let cwd = dir.path();
    let file = cwd.join("src/Edit.hx");
    let reference = cwd.join("mtime-reference");
    let std = common::haxe_std().display().to_string();
    let d = DaemonProcess::start(&hxs(), &[], &[("HAXE_STD_PATH", std.as_str())]);

    let versions: &[(&str, Option<&str>)] = &[
        ("class Edit { function a() {} }\n", None),
        ("class Edit { function a() {} function b() {} }\n", None),
        ("class Edit { function a() { var x = ; } }\n", None),
        ("class Edit { function a() {} }\nclass Other {}\n", None),
        // Same length and modification time as the previous text.
        (
            "class Edit { function z() {} }\nclass Thing {}\n",
            Some("keep mtime"),
        ),
        ("class Edit { function a() {} \n", None),
        ("package wrong;\nclass Edit {}\n", None),
    ];
    let queries: &[&[&str]] = &[
        &["-cp", "src", "--display", "src/Edit.hx@0@module-symbols"],
        &["-cp", "src", "-main", "Edit", "--no-output"],
    ];
    let mut pending_vs_haxe = 0;
    for (step, (text, keep)) in versions.iter().enumerate() {
        if keep.is_some() {
            std::fs::copy(&file, &reference).expect("reference");
            let previous = std::fs::read_to_string(&file).expect("read");
            assert_eq!(previous.len(), text.len(), "the step keeps the size");
        }
        std::fs::write(&file, text).expect("edit");
        if keep.is_some() {
            copy_mtime(&reference, &file);
        }
        for q in queries {
            let want = one_shot(&hxs(), cwd, q);
            let got = served(d.port, cwd, q);
            assert_eq!(got, want, "step {step} {q:?}");
            if let Some(haxe) = &haxe {
                if one_shot(haxe, cwd, q) != want {
                    pending_vs_haxe += 1;
                }
            }
        }
    }
    // The file disappears, then comes back.
    std::fs::remove_file(&file).expect("remove");
    for q in queries {
        assert_eq!(
            served(d.port, cwd, q),
            one_shot(&hxs(), cwd, q),
            "removed {q:?}"
        );
    }
    std::fs::write(&file, "class Edit {}\n").expect("recreate");
    for q in queries {
        assert_eq!(
            served(d.port, cwd, q),
            one_shot(&hxs(), cwd, q),
            "recreated {q:?}"
        );
    }
    eprintln!("{pending_vs_haxe} answers differ from one-shot haxe (need the typer)");
}
