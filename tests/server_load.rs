//! A bounded load test on loopback: 16 concurrent clients, 200 requests each, mixing display
//! queries, failing builds and argument errors over a generated project, while another thread
//! keeps rewriting one of its files. Every reply must be one of the correct answers, the
//! daemon must stay alive with bounded memory, and the throughput and p50/p99 latency are
//! printed (run with `--nocapture` to see them).

mod server_support;

use server_support::*;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CLIENTS: usize = 16;
const REQUESTS: usize = 200;
const MODULES: usize = 20;

fn module_text(i: usize, variant: usize) -> String {
    let mut s = format!("package gen;\n\nclass M{i} {{\n");
    for f in 0..30 {
        s.push_str(&format!(
            "\tpublic var f{f}_{variant}:Int = {f};\n\tpublic function m{f}(a:Int, b:String):Int {{ var local{f} = a; return local{f}; }}\n"
        ));
    }
    s.push_str("}\n");
    s
}

fn generate(dir: &Path) {
    let gen = dir.join("src/gen");
    std::fs::create_dir_all(&gen).expect("mkdir");
    for i in 0..MODULES {
        std::fs::write(gen.join(format!("M{i}.hx")), module_text(i, 0)).expect("write");
    }
    std::fs::write(
        gen.join("Broken.hx"),
        "package gen;\nclass Broken { function f() { return ; } ]\n",
    )
    .expect("write");
}

/// Replaces a file atomically, so that readers see the old or the new text, never a mix.
fn replace(path: &Path, text: &str) {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).expect("write tmp");
    std::fs::rename(&tmp, path).expect("rename");
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[test]
fn sixteen_clients_two_hundred_requests_each() {
    let dir = fixture();
    generate(dir.path());
    let mut d = DaemonProcess::start(&hxs(), &[], &[]);
    let port = d.port;

    // The requests, and their correct answers computed one at a time first.
    let mut requests: Vec<(Vec<u8>, Vec<Vec<u8>>)> = Vec::new();
    for i in 0..MODULES {
        let file = format!("src/gen/M{i}.hx@0@module-symbols");
        let r = request_for(dir.path(), &["-cp", "src", "--display", &file]);
        requests.push((r.clone(), vec![request(port, &r)]));
    }
    for args in [
        &["-cp", "src", "-main", "gen.Missing", "--no-output"][..],
        &["-cp", "src", "-main", "gen.Broken", "--no-output"],
        &[
            "-cp",
            "src",
            "--display",
            "src/gen/Broken.hx@0@module-symbols",
        ],
        &["--bogus"],
        &["--version"],
    ] {
        let r = request_for(dir.path(), args);
        requests.push((r.clone(), vec![request(port, &r)]));
    }
    // M0 is rewritten during the run: both of its versions are correct answers.
    let m0 = dir.path().join("src/gen/M0.hx");
    replace(&m0, &module_text(0, 1));
    let second = request(port, &requests[0].0);
    assert_ne!(second, requests[0].1[0]);
    requests[0].1.push(second);
    // The daemon's answers agree with one-shot hxs.
    let mut c = std::process::Command::new(hxs());
    c.args(["-cp", "src", "--display", "src/gen/M1.hx@0@module-symbols"])
        .current_dir(dir.path());
    let one_shot = run_bounded(c);
    assert_eq!(
        format!("{}\n", String::from_utf8_lossy(&requests[1].1[0])),
        one_shot.stderr
    );

    let rss_before = rss_kib(d.child.id());
    let stop = Arc::new(AtomicBool::new(false));
    let editor = {
        let stop = Arc::clone(&stop);
        let m0 = m0.clone();
        std::thread::spawn(move || {
            let mut v = 0;
            while !stop.load(Ordering::SeqCst) {
                v = 1 - v;
                replace(&m0, &module_text(0, v));
                std::thread::sleep(Duration::from_millis(3));
            }
        })
    };
    let requests = Arc::new(requests);
    let start = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let requests = Arc::clone(&requests);
            std::thread::spawn(move || {
                let mut latencies = Vec::with_capacity(REQUESTS);
                let mut wrong = Vec::new();
                for k in 0..REQUESTS {
                    let (req, answers) = &requests[(c * 7 + k * 3) % requests.len()];
                    let t = Instant::now();
                    let reply = try_request(port, req).unwrap_or_default();
                    latencies.push(t.elapsed());
                    if !answers.contains(&reply) {
                        wrong.push(
                            String::from_utf8_lossy(&reply)
                                .chars()
                                .take(200)
                                .collect::<String>(),
                        );
                    }
                }
                (latencies, wrong)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut wrong = Vec::new();
    for c in clients {
        let (l, w) = c.join().expect("client thread");
        latencies.extend(l);
        wrong.extend(w);
    }
    let elapsed = start.elapsed();
    stop.store(true, Ordering::SeqCst);
    let _ = editor.join();
    let rss_after = rss_kib(d.child.id());

    latencies.sort();
    let total = latencies.len();
    eprintln!(
        "load: {} requests from {} clients in {:.2}s: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms; daemon RSS {:?} KiB -> {:?} KiB",
        total,
        CLIENTS,
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies[total - 1].as_secs_f64() * 1e3,
        rss_before,
        rss_after,
    );
    assert!(
        wrong.is_empty(),
        "{} wrong replies, first: {:?}",
        wrong.len(),
        wrong.first()
    );
    assert_eq!(total, CLIENTS * REQUESTS);
    assert!(d.alive());
    assert!(elapsed < Duration::from_secs(120), "{elapsed:?}");
    if let Some(rss) = rss_after {
        assert!(rss < 512 * 1024, "daemon RSS {rss} KiB");
    }
}
