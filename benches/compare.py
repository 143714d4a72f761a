#!/usr/bin/env python3
"""Side-by-side benchmark of hxs against haxe 4.2.5 on generated projects.

For each project size N (100 and 1000 by default, 5000 with --with-5000) the script generates a
project with hxs-gen, then runs haxe and hxs alternately on the same work (a warm-up, then
--runs timed runs each) for these rows:

  check           one-shot `--no-output` type-check of the whole project
  complete-cold   one-shot field completion, no cache (hxs gets a fresh, empty cache dir)
  complete-disk   one-shot field completion, hxs with a warm disk cache (haxe: its one-shot)
  server-warm     field completion through a warm `--wait` server (`--connect` client)
  edit-leaf       server completion after editing a leaf module (only Main imports it)
  edit-wide       server completion after editing app.core.Util (imported by ~1/4 of modules)
  check-disk      one-shot `--no-output` check, nothing changed: hxs with a warm disk cache,
                  haxe through its warm `--wait` server (haxe has no disk cache)
  edit-check      server `--no-output` check after a body-only edit of app.core.Util (a
                  literal inside a method body), through each side's warm `--wait` server
  server-restart  the first completion after starting a new server (hxs keeps its disk cache)
  check-restart   the first `--no-output` check after starting a new server (hxs: a daemon on
                  the same cache directory, warmed by a check before)

and one more figure per N: the size on disk of hxs's cache directory after a check (haxe's
column: the size of the project's source files), and their ratio.

Server rows report the server's resident memory (VmRSS) after the row's runs: what a daemon
holds once warm (haxe's OCaml heap does not shrink, so its figure is also its peak).

An hxs run that fails, times out, or answers differently from haxe (display output; exit code
and output for check rows) turns its cell into `n/a (reason)`: no figure is printed for a wrong
answer. haxe's own figures are always printed.

Output: a Markdown table on stdout and in benches/results/latest.md, and an SVG chart
(benches/results/chart.svg). Python 3 standard library only.
"""

import argparse
import atexit
import datetime
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIME_BIN = "/usr/bin/time"
DEFAULT_STD = os.environ.get("HAXE_STD_PATH", "/usr/share/haxe/std")

ROWS = [
    ("check", "one-shot `--no-output` check"),
    ("complete-cold", "one-shot field completion, no cache"),
    ("complete-disk", "one-shot completion, warm disk cache (haxe: one-shot)"),
    ("server-warm", "warm server completion"),
    ("edit-leaf", "server completion after editing a leaf module"),
    ("edit-wide", "server completion after editing a widely imported module"),
    ("check-disk", "one-shot check, nothing changed: hxs warm disk cache, haxe warm server"),
    ("edit-check", "server check after a body-only edit of a widely imported module"),
    ("server-restart", "first completion after a server restart"),
    ("check-restart", "first check after a server restart (hxs: same cache dir, warmed)"),
]

# Servers started by this script, stopped by PID on every exit path.
SERVERS = []


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Running commands


class Run:
    """One measured command: exit code, output, wall time (s), peak RSS (KiB) or a failure."""

    def __init__(self, code=None, out="", err="", wall=None, rss=None, failure=None):
        self.code = code
        self.out = out
        self.err = err
        self.wall = wall
        self.rss = rss
        self.failure = failure  # why the command could not give an answer at all

    def text(self):
        return normalize(self.out + self.err)


def normalize(text):
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:160]
    return "(no output)"


def run_cmd(argv, cwd, timeout, tmp):
    """Runs argv under /usr/bin/time -v (when present) and returns a Run."""
    time_file = None
    full = list(argv)
    if HAVE_TIME:
        fd, time_file = tempfile.mkstemp(prefix="time-", dir=tmp)
        os.close(fd)
        full = [TIME_BIN, "-v", "-o", time_file] + full
    start = time.perf_counter()
    try:
        proc = subprocess.Popen(
            full,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as e:
        return Run(failure="cannot start %s: %s" % (argv[0], e.strerror))
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        # The process group of the process we started (time and its child).
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return Run(failure="timed out after %d s" % timeout)
    wall = time.perf_counter() - start
    rss = None
    if time_file:
        with open(time_file, errors="replace") as f:
            report = f.read()
        os.unlink(time_file)
        for line in report.splitlines():
            line = line.strip()
            if line.startswith("Maximum resident set size (kbytes):"):
                rss = int(line.split(":")[1])
            elif line.startswith("Command terminated by signal"):
                return Run(failure=line.lower())
        if proc.returncode == 127 and "cannot run" in report + err.decode(errors="replace"):
            return Run(failure="cannot start %s" % argv[0])
    return Run(
        code=proc.returncode,
        out=out.decode(errors="replace"),
        err=err.decode(errors="replace"),
        wall=wall,
        rss=rss,
    )


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening_address(port):
    """The local address a socket listens on for `port`, from /proc/net/tcp{,6}, or None."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 4 or fields[3] != "0A":  # 0A = LISTEN
                continue
            addr, hexport = fields[1].rsplit(":", 1)
            if int(hexport, 16) == port:
                return addr
    return None


LOOPBACK = {"0100007F", "00000000000000000000000001000000"}


class Server:
    """A `--wait` server we started; stopped by PID (terminate, then kill) on every path."""

    def __init__(self, label, argv, cwd, logdir):
        self.label = label
        self.argv = argv
        self.cwd = cwd
        self.logdir = logdir
        self.proc = None
        self.log_path = None

    def start(self, port, timeout):
        """Starts the server and waits until it listens; returns None or a failure reason."""
        self.log_path = os.path.join(self.logdir, "%s-server-%d.log" % (self.label, port))
        logf = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=logf,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as e:
            return "cannot start %s server: %s" % (self.label, e.strerror)
        finally:
            logf.close()
        SERVERS.append(self)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.proc.poll()
            if code is not None:
                return "server exited with code %d before listening: %s" % (
                    code,
                    first_line(self.log()),
                )
            addr = listening_address(port)
            if addr is not None:
                if addr not in LOOPBACK:
                    log("warning: %s server listens on %s, not loopback only" % (self.label, addr))
                return None
            time.sleep(0.02)
        return "server did not listen on port %d within %d s" % (port, timeout)

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except (OSError, TypeError):
            return ""

    def peak_rss(self):
        """VmHWM of the server process (KiB), None when unavailable."""
        if self.proc is None or self.proc.poll() is not None:
            return None
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def current_rss(self):
        """VmRSS of the server process (KiB): what it holds now; None when unavailable."""
        if self.proc is None or self.proc.poll() is not None:
            return None
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    log("warning: %s server (pid %d) did not stop" % (self.label, self.proc.pid))
        if self in SERVERS:
            SERVERS.remove(self)


def stop_all_servers():
    for server in list(SERVERS):
        server.stop()


def on_signal(signum, _frame):
    raise SystemExit(128 + signum)


# ---------------------------------------------------------------------------------------------
# The two sides


class Side:
    def __init__(self, name, exe, hxs_args):
        self.name = name
        self.exe = exe
        self.hxs_args = hxs_args  # add --std-path/--cache-dir

    def argv(self, args, cache=None):
        extra = []
        if self.hxs_args:
            extra = ["--std-path", OPTS.std]
            if cache is not None:
                extra += ["--cache-dir", cache]
        return [self.exe] + extra + list(args)

    def wait_arg(self, port):
        # haxe takes [host:]port; hxs is asked for a bare port (it must bind loopback).
        return str(port) if self.hxs_args else "127.0.0.1:%d" % port

    def connect_arg(self, port):
        return self.wait_arg(port)


class Cell:
    """Measurements of one side in one row."""

    def __init__(self):
        self.walls = []
        self.rss = []
        self.failure = None

    def median(self):
        return statistics.median(self.walls) if self.walls and not self.failure else None

    def peak(self):
        vals = [r for r in self.rss if r is not None]
        return max(vals) if vals else None


def check_answer(row_kind, haxe_run, hxs_run):
    """None when hxs's run agrees with haxe's (which is known to be good), else the reason."""
    if hxs_run.failure:
        return "hxs %s" % hxs_run.failure
    if hxs_run.code != haxe_run.code:
        return "hxs exit %s: %s" % (hxs_run.code, first_line(hxs_run.err or hxs_run.out))
    if row_kind == "check" and hxs_run.code != 0:
        return None
    a, b = haxe_run.text(), hxs_run.text()
    if a != b:
        la, lb = a.splitlines(), b.splitlines()
        for i in range(max(len(la), len(lb))):
            x = la[i] if i < len(la) else "<end>"
            y = lb[i] if i < len(lb) else "<end>"
            if x != y:
                return "hxs answer differs from haxe at line %d: %r vs haxe %r" % (
                    i + 1,
                    y[:60],
                    x[:60],
                )
    return None


def haxe_problem(row_kind, run):
    if run.failure:
        return "haxe %s" % run.failure
    if run.code != 0:
        return "haxe exit %s: %s" % (run.code, first_line(run.err or run.out))
    if row_kind == "display" and not run.text():
        return "haxe gave an empty answer"
    return None


def measure_row(name, kind, runs, prepare, do_haxe, do_hxs, hxs_blocked=None):
    """Warm-up plus `runs` alternating runs; returns (haxe Cell, hxs Cell).

    prepare(i) runs untimed before run i (i = -1 for the warm-up); do_X(i, timeout) returns a
    Run."""
    hx, hs = Cell(), Cell()
    if hxs_blocked:
        hs.failure = hxs_blocked
    hxs_timeout = OPTS.timeout
    for i in range(-1, runs):
        if prepare:
            prepare(i)
        # haxe goes first in the warm-up (its time bounds hxs's), then the order alternates.
        order = ["haxe", "hxs"] if i % 2 != 0 else ["hxs", "haxe"]
        results = {}
        for side in order:
            if side == "haxe" and not hx.failure:
                results["haxe"] = do_haxe(i, OPTS.timeout)
                done = results["haxe"]
                if i < 0 and not haxe_problem(kind, done):
                    # A hung hxs costs at most 20 times haxe's time (30 s at least) per row.
                    hxs_timeout = min(OPTS.timeout, max(30, int(20 * done.wall) + 1))
            elif side == "hxs" and not hs.failure:
                results["hxs"] = do_hxs(i, hxs_timeout)
        r = results.get("haxe")
        if r is not None:
            problem = haxe_problem(kind, r)
            if problem:
                hx.failure = problem
            elif i >= 0:
                hx.walls.append(r.wall)
                hx.rss.append(r.rss)
        s = results.get("hxs")
        if s is not None:
            if hx.failure:
                problem = "no haxe answer to compare with (%s)" % hx.failure
            else:
                problem = check_answer(kind, r, s)
            if problem:
                hs.failure = problem
            elif i >= 0:
                hs.walls.append(s.wall)
                hs.rss.append(s.rss)
        if hx.failure and not hs.failure:
            # Without haxe's answer, hxs's cannot be checked: no figure.
            hs.failure = "no haxe answer to compare with (%s)" % hx.failure
    log(
        "  %-15s haxe %-10s hxs %s"
        % (name, fmt_time(hx.median()) if not hx.failure else "n/a", cell_text(hs))
    )
    return hx, hs


# ---------------------------------------------------------------------------------------------
# Benchmark of one project size


def typecheck_probe(gen, haxe, hxs, tmp):
    """Runs both on a small project with a type error: a checker that accepts it is not timed."""
    d = os.path.join(tmp, "probe")
    subprocess.run([gen, "--modules", "10", "--seed", "7", "--out", d], check=True,
                   stdout=subprocess.DEVNULL)
    bench = json.load(open(os.path.join(d, "bench.json")))
    leaf = os.path.join(d, bench["leaf"]["file"])
    src = open(leaf).read()
    off = bench["leaf"]["edit_offset"]
    with open(leaf, "w") as f:
        f.write(src[:off] + '"oops"' + src[off + bench["leaf"]["edit_len"]:])
    cache = os.path.join(tmp, "probe-cache")
    os.makedirs(cache, exist_ok=True)
    a = run_cmd(haxe.argv(["build.hxml"]), d, OPTS.timeout, tmp)
    b = run_cmd(hxs.argv(["build.hxml"], cache), d, min(OPTS.timeout, 60), tmp)
    if a.failure or a.code == 0:
        log("warning: haxe accepted the type-error probe (%s)" % (a.failure or "exit 0"))
        return None
    if b.failure:
        return "hxs %s" % b.failure
    if b.code == 0:
        return "hxs exit 0 on a project with a type error (haxe: exit %d)" % a.code
    return None


def bench_size(n, gen, haxe, hxs, tmp, probe_failure):
    proj = os.path.join(tmp, "n%d" % n)
    log("== N=%d: generating %s" % (n, proj))
    subprocess.run(
        [gen, "--modules", str(n), "--seed", str(OPTS.seed), "--out", proj],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    bench = json.load(open(os.path.join(proj, "bench.json")))
    comp = bench["completion"]
    display = ["build.hxml", "--display", "%s@%d" % (comp["file"], comp["offset"])]
    runs = OPTS.runs
    T = OPTS.timeout
    rows = {}
    caches = os.path.join(tmp, "n%d-caches" % n)
    os.makedirs(caches, exist_ok=True)
    counter = [0]

    def fresh_cache():
        counter[0] += 1
        path = os.path.join(caches, "fresh-%d" % counter[0])
        os.makedirs(path)
        return path

    def one_shot(side, args, cache_fn):
        def do(_i, timeout):
            cache = cache_fn() if side.hxs_args else None
            try:
                return run_cmd(side.argv(args, cache), proj, timeout, tmp)
            finally:
                if cache and cache.startswith(os.path.join(caches, "fresh-")):
                    shutil.rmtree(cache, ignore_errors=True)

        return do

    # 1. one-shot check.
    rows["check"] = measure_row(
        "check", "check", runs, None,
        one_shot(haxe, ["build.hxml"], lambda: None),
        one_shot(hxs, ["build.hxml"], fresh_cache),
        hxs_blocked=probe_failure,
    )
    # Untimed full builds of hxs below get the same bound as its timed checks.
    haxe_check = rows["check"][0].median()
    hxs_build_limit = min(T, max(30, int(20 * haxe_check) + 1)) if haxe_check else T
    # 2. one-shot completion, no cache.
    rows["complete-cold"] = measure_row(
        "complete-cold", "display", runs, None,
        one_shot(haxe, display, lambda: None),
        one_shot(hxs, display, fresh_cache),
    )
    # 3. one-shot completion with a warm disk cache (warmed by a check and the warm-up query).
    disk = os.path.join(caches, "disk")
    os.makedirs(disk)
    warm = run_cmd(hxs.argv(["build.hxml"], disk), proj, hxs_build_limit, tmp)
    blocked = None
    if warm.failure or warm.code != 0:
        blocked = "hxs %s" % (warm.failure or "exit %s: %s" % (warm.code, first_line(warm.err)))
    rows["complete-disk"] = measure_row(
        "complete-disk", "display", runs, None,
        one_shot(haxe, display, lambda: None),
        one_shot(hxs, display, lambda: disk),
        hxs_blocked=blocked,
    )

    # 4-6. server rows: one server per side for the warm and edit rows.
    server_cache = os.path.join(caches, "server")
    os.makedirs(server_cache)
    ports = {}
    servers = {}
    start_failure = {}
    for side in (haxe, hxs):
        port = free_port()
        ports[side.name] = port
        srv = Server(side.name, side.argv(["--wait", side.wait_arg(port)], server_cache),
                     proj, tmp)
        servers[side.name] = srv
        problem = srv.start(port, OPTS.server_timeout)
        if problem:
            start_failure[side.name] = "%s %s" % (side.name, problem)
            srv.stop()

    def client(side, args):
        def do(_i, timeout):
            srv = servers[side.name]
            if not srv.alive():
                return Run(failure="server died: %s" % first_line(srv.log()))
            argv = side.argv(["--connect", side.connect_arg(ports[side.name])] + args,
                             server_cache)
            return run_cmd(argv, proj, timeout, tmp)

        return do

    try:
        # Fill each server's cache with a full check, as an IDE does on opening the project.
        for side in (haxe, hxs):
            if side.name in start_failure:
                continue
            r = client(side, ["build.hxml"])(-1, T if side is haxe else hxs_build_limit)
            if r.failure or r.code != 0:
                start_failure[side.name] = "%s %s" % (
                    side.name,
                    r.failure or "exit %s on the first server build: %s"
                    % (r.code, first_line(r.err or r.out)),
                )

        def server_row(name, prepare, args, kind="display"):
            hx, hs = measure_row(
                name, kind, runs, prepare,
                client(haxe, args), client(hxs, args),
                hxs_blocked=start_failure.get("hxs"),
            )
            if "haxe" in start_failure:
                hx.failure = start_failure["haxe"]
            hx.rss = [servers["haxe"].current_rss()]
            hs.rss = [servers["hxs"].current_rss()]
            return hx, hs

        rows["server-warm"] = server_row("server-warm", None, display)
        # A check with nothing changed: hxs one-shot on its warm disk cache, haxe through its
        # warm server (its only way not to start from scratch).
        rows["check-disk"] = measure_row(
            "check-disk", "check", runs, None,
            client(haxe, ["build.hxml"]),
            one_shot(hxs, ["build.hxml"], lambda: disk),
            hxs_blocked=blocked,
        )
        if "haxe" in start_failure:
            rows["check-disk"][0].failure = start_failure["haxe"]
        else:
            rows["check-disk"][0].rss = [servers["haxe"].current_rss()]
        # Each edit row writes other literals (its own `salt`), so no run repeats the content
        # of an earlier one, whose check a cache could replay.
        for key, row, kind, salt in (("leaf", "edit-leaf", "display", 0),
                                     ("wide", "edit-wide", "display", 0),
                                     ("wide", "edit-check", "check", 4500)):
            edit = bench[key]
            path = os.path.join(proj, edit["file"])
            original = open(path, "rb").read()
            stamp_mtime = [os.stat(path).st_mtime_ns]

            def prepare(i, path=path, edit=edit, original=original, stamp_mtime=stamp_mtime,
                        salt=salt):
                off, ln = edit["edit_offset"], edit["edit_len"]
                old = int(original[off:off + ln])
                new = 1000 + (old - 1000 + 1 + salt + (i + 1) * 37) % 9000
                with open(path, "wb") as f:
                    f.write(original[:off] + str(new).encode() + original[off + ln:])
                # A strictly newer mtime for every edit, whatever the clock granularity.
                stamp_mtime[0] = max(time.time_ns(), stamp_mtime[0] + 1_000_000_000)
                os.utime(path, ns=(stamp_mtime[0], stamp_mtime[0]))

            q = edit["query"]
            args = ["build.hxml", "--display", "%s@%d" % (q["file"], q["offset"])]
            if kind == "check":
                args = ["build.hxml"]
            try:
                rows[row] = server_row(row, prepare, args, kind)
            finally:
                with open(path, "wb") as f:
                    f.write(original)
    finally:
        for srv in servers.values():
            srv.stop()

    # The restarted hxs daemons find the check of the project as it is now in their cache
    # directory (the edit rows stored checks of other contents).
    run_cmd(hxs.argv(["build.hxml"], server_cache), proj, hxs_build_limit, tmp)

    # 7-8. first completion, and first check, after a restart: a new server per run (hxs
    # reuses its disk cache).
    def restart_client(side, args, limit=None):
        cell_rss = []

        def do(_i, timeout):
            port = free_port()
            srv = Server(side.name, side.argv(["--wait", side.wait_arg(port)], server_cache),
                         proj, tmp)
            try:
                problem = srv.start(port, OPTS.server_timeout)
                if problem:
                    return Run(failure=problem)
                argv = side.argv(["--connect", side.connect_arg(port)] + args, server_cache)
                r = run_cmd(argv, proj, min(timeout, limit) if limit else timeout, tmp)
                cell_rss.append(srv.current_rss())
                return r
            finally:
                srv.stop()

        return do, cell_rss

    for key, args, kind in (("server-restart", display, "display"),
                            ("check-restart", ["build.hxml"], "check")):
        do_hx, rss_hx = restart_client(haxe, args)
        do_hs, rss_hs = restart_client(hxs, args, hxs_build_limit)
        hx, hs = measure_row(key, kind, runs, None, do_hx, do_hs)
        hx.rss, hs.rss = rss_hx[1:], rss_hs[1:]
        rows[key] = (hx, hs)

    # Sizes: the project's source files, and hxs's cache directory after one check.
    bench["sizes"] = {
        "source": tree_size(os.path.join(proj, "src"), apparent=True),
        "cache": tree_size(disk),
        "cache_apparent": tree_size(disk, apparent=True),
        "server_cache": tree_size(server_cache),
    }
    log("  %-15s source %s, cache after a check %s on disk (%s apparent), server's cache %s"
        % ("sizes", fmt_bytes(bench["sizes"]["source"]), fmt_bytes(bench["sizes"]["cache"]),
           fmt_bytes(bench["sizes"]["cache_apparent"]),
           fmt_bytes(bench["sizes"]["server_cache"])))
    return rows, bench


def tree_size(path, apparent=False):
    """Bytes of the files under path: allocated on disk (st_blocks), or their lengths."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                st = os.lstat(os.path.join(root, name))
            except OSError:
                continue
            total += st.st_size if apparent else st.st_blocks * 512
    return total


def fmt_bytes(n):
    if n is None:
        return "n/a"
    if n >= 1 << 20:
        return "%.1f MB" % (n / (1 << 20))
    return "%.0f KB" % (n / 1024)


# ---------------------------------------------------------------------------------------------
# Reporting


def fmt_time(seconds):
    if seconds is None:
        return "n/a"
    if seconds < 1:
        return "%.0f ms" % (seconds * 1000) if seconds >= 0.01 else "%.1f ms" % (seconds * 1000)
    return "%.2f s" % seconds


def axis_label(seconds):
    return "%g s" % seconds if seconds >= 1 else "%g ms" % round(seconds * 1000, 3)


def fmt_mem(kib):
    if kib is None:
        return "–"
    return "%.0f MB" % (kib / 1024) if kib >= 10240 else "%.1f MB" % (kib / 1024)


def cell_text(cell):
    if cell.failure:
        return "n/a (%s)" % cell.failure.replace("|", "\\|")
    return fmt_time(cell.median())


def machine():
    uname = subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip()
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return uname, cpu, os.cpu_count()


def version_of(exe):
    try:
        r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=20)
        return first_line(r.stdout + r.stderr)
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def markdown(results, header):
    lines = [
        "# hxs vs haxe 4.2.5",
        "",
        "- date: %s" % header["date"],
        "- machine: `%s`, %s, %d cores (nproc)" % (header["uname"], header["cpu"], header["nproc"]),
        "- haxe: `%s` (%s); hxs: `%s`" % (header["haxe"], header["haxe_version"], header["hxs"]),
        "- std: `%s` for both; %d timed runs per side after one warm-up, medians; seed %d"
        % (header["std"], header["runs"], header["seed"]),
        "- load average when the run started: %s" % header["load"],
        "- memory: peak RSS for one-shot runs (`/usr/bin/time -v`); for server rows the "
        "server's resident memory (VmRSS) after the row's runs",
        "",
        "| N | row | haxe | haxe mem | hxs | hxs mem | hxs/haxe |",
        "|---:|---|---:|---:|---|---:|---:|",
    ]
    for n, (rows, bench) in results.items():
        for key, label in ROWS:
            hx, hs = rows[key]
            closure = bench["completion"].get("closure")
            if key in ("complete-cold", "complete-disk", "server-warm", "server-restart") and closure:
                label += " (query module reaches %d modules)" % closure
            if key == "edit-leaf" and bench["leaf"]["query"].get("closure"):
                label += " (it reaches %d modules)" % bench["leaf"]["query"]["closure"]
            if key == "edit-wide":
                label = ("server completion after editing `%s` (imported by %d modules; "
                         "query module reaches %d)") % (
                    bench["wide"]["module"], bench["wide"]["importers"],
                    bench["wide"]["query"].get("closure", 0))
            if key == "edit-check":
                label = ("server check after a body-only edit of `%s` (imported by %d modules)"
                         % (bench["wide"]["module"], bench["wide"]["importers"]))
            ratio = "n/a"
            if hx.median() and hs.median():
                ratio = "%.2f" % (hs.median() / hx.median())
            haxe_cell = fmt_time(hx.median()) if not hx.failure else "n/a (%s)" % hx.failure
            lines.append(
                "| %d | %s | %s | %s | %s | %s | %s |"
                % (n, label, haxe_cell, fmt_mem(hx.peak()), cell_text(hs),
                   fmt_mem(hs.peak()) if not hs.failure else "–", ratio)
            )
        sizes = bench.get("sizes")
        if sizes:
            ratio = "%.2f" % (sizes["cache"] / sizes["source"]) if sizes["source"] else "n/a"
            lines.append(
                "| %d | hxs cache directory on disk after a check (haxe column: the project's "
                "source files) | %s | – | %s | – | %s |"
                % (n, fmt_bytes(sizes["source"]), fmt_bytes(sizes["cache"]), ratio)
            )
    lines.append("")
    lines.append("Generated by `python3 benches/compare.py` (see benches/README.md).")
    return "\n".join(lines) + "\n"


def svg_chart(results):
    """Log-log chart of median time against N for the main rows, hxs and haxe."""
    import math

    series = []
    styles = {
        "check": ("", "one-shot check"),
        "complete-cold": ("6,4", "one-shot completion"),
        "server-warm": ("2,3", "warm server completion"),
    }
    colors = {"haxe": "#d9730d", "hxs": "#2563eb"}
    for key, (dash, label) in styles.items():
        for tool in ("haxe", "hxs"):
            pts = []
            for n, (rows, _b) in results.items():
                cell = rows[key][0 if tool == "haxe" else 1]
                if cell.median():
                    pts.append((n, cell.median()))
            series.append((tool, key, dash, "%s: %s" % (tool, label), pts))
    W, H, L, R, T, B = 800, 440, 70, 260, 40, 50
    values = [t for s in series for _, t in s[4]]
    ns = sorted(results)
    if not values:
        values = [0.01, 1.0]
    ymin = 10 ** math.floor(math.log10(min(values)))
    ymax = 10 ** math.ceil(math.log10(max(values)))
    if ymax <= ymin:
        ymax = ymin * 10
    # Half a step of margin on each side (in log space) keeps the points off the frame.
    xmin, xmax = min(ns) / 1.4, max(ns) * 1.4

    def x(n):
        return L + (math.log10(n) - math.log10(xmin)) / (math.log10(xmax) - math.log10(xmin)) * (
            W - L - R
        )

    def y(t):
        return H - B - (math.log10(t) - math.log10(ymin)) / (math.log10(ymax) - math.log10(ymin)) * (
            H - T - B
        )

    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
        'font-family="sans-serif" font-size="12">' % (W, H, W, H),
        '<rect width="100%" height="100%" fill="white"/>',
        '<text x="%d" y="22" font-size="15" font-weight="bold">hxs vs haxe 4.2.5: median time '
        "against project size (log-log)</text>" % L,
    ]
    decade = ymin
    while decade <= ymax * 1.0001:
        yy = y(decade)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>' % (L, yy, W - R, yy))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                   % (L - 6, yy + 4, axis_label(decade)))
        decade *= 10
    for n in ns:
        xx = x(n)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>' % (xx, T, xx, H - B))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>' % (xx, H - B + 16, n))
    out.append('<text x="%d" y="%d" text-anchor="middle">modules (N)</text>'
               % ((L + W - R) // 2, H - 12))
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>'
               % (L, T, W - L - R, H - T - B))
    ly = T + 10
    for tool, key, dash, label, pts in series:
        color = colors[tool]
        dash_attr = ' stroke-dasharray="%s"' % dash if dash else ""
        if len(pts) > 1:
            path = " ".join("%.1f,%.1f" % (x(n), y(t)) for n, t in pts)
            out.append('<polyline points="%s" fill="none" stroke="%s" stroke-width="2"%s/>'
                       % (path, color, dash_attr))
        for n, t in pts:
            out.append('<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"><title>%s N=%d: %s</title>'
                       "</circle>" % (x(n), y(t), color, label, n, fmt_time(t)))
        lx = W - R + 14
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"%s/>'
                   % (lx, ly, lx + 28, ly, color, dash_attr))
        out.append('<text x="%d" y="%d">%s%s</text>'
                   % (lx + 34, ly + 4, label, "" if pts else " (n/a)"))
        ly += 20
    out.append("</svg>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------


def find_gen():
    if OPTS.gen:
        return OPTS.gen
    log("building hxs-gen (cargo build -p hxs-gen --release)")
    subprocess.run(["cargo", "build", "-q", "-p", "hxs-gen", "--release"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    return os.path.join(target, "release", "hxs-gen")


def main():
    global OPTS, HAVE_TIME
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hxs", default=os.path.join(ROOT, "target", "release", "hxs"),
                   help="hxs binary (default: target/release/hxs of the repo)")
    p.add_argument("--haxe", default=shutil.which("haxe") or "/usr/bin/haxe",
                   help="haxe 4.2.5 binary (default: haxe on PATH)")
    p.add_argument("--std", default=DEFAULT_STD, help="std path given to hxs (--std-path)")
    p.add_argument("--gen", help="hxs-gen binary (default: build it with cargo)")
    p.add_argument("--sizes", help="comma-separated N list (default 100,1000)")
    p.add_argument("--with-5000", action="store_true", help="also run N=5000 (slow)")
    p.add_argument("--quick", action="store_true", help="smoke run: N=100 only, 3 runs")
    p.add_argument("--runs", type=int, help="timed runs per side and row (default 5)")
    p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    p.add_argument("--timeout", type=int, default=300,
                   help="per-command timeout in seconds (hxs: also at most 20x haxe's time, "
                   "30 s at least)")
    p.add_argument("--server-timeout", type=int, default=30,
                   help="seconds to wait for a server to listen")
    p.add_argument("--results", default=os.path.join(ROOT, "benches", "results"),
                   help="where latest.md and chart.svg go")
    p.add_argument("--hxs-plain", action="store_true",
                   help="do not pass --std-path/--cache-dir to hxs (to test with --hxs haxe)")
    p.add_argument("--keep", action="store_true", help="keep the temporary work directory")
    OPTS = p.parse_args()
    if OPTS.sizes:
        sizes = [int(s) for s in OPTS.sizes.split(",")]
    elif OPTS.quick:
        sizes = [100]
    else:
        sizes = [100, 1000]
    if OPTS.with_5000 and 5000 not in sizes:
        sizes.append(5000)
    OPTS.runs = OPTS.runs or (3 if OPTS.quick else 5)

    HAVE_TIME = os.access(TIME_BIN, os.X_OK)
    if not HAVE_TIME:
        log("note: %s is missing, so peak memory is not measured; install the Debian package "
            "`time` (sudo apt-get install time)" % TIME_BIN)
    if not os.path.isfile(OPTS.haxe):
        sys.exit("haxe not found (%s); install haxe 4.2.5" % OPTS.haxe)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    atexit.register(stop_all_servers)

    gen = find_gen()
    haxe = Side("haxe", OPTS.haxe, False)
    hxs = Side("hxs", os.path.abspath(OPTS.hxs), not OPTS.hxs_plain)
    tmp = tempfile.mkdtemp(prefix="hxs-bench-")
    started = time.monotonic()
    load = " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
    try:
        if not os.path.isfile(hxs.exe):
            log("note: hxs not found at %s: every hxs cell will be n/a" % hxs.exe)
        probe = typecheck_probe(gen, haxe, hxs, tmp)
        if probe:
            log("type-error probe: %s" % probe)
        results = {}
        for n in sizes:
            results[n] = bench_size(n, gen, haxe, hxs, tmp, probe)
    finally:
        stop_all_servers()
        if OPTS.keep:
            log("work directory kept: %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    uname, cpu, nproc = machine()
    header = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "uname": uname,
        "cpu": cpu,
        "nproc": nproc,
        "haxe": OPTS.haxe,
        "haxe_version": version_of(OPTS.haxe),
        "hxs": os.path.relpath(hxs.exe, ROOT) if hxs.exe.startswith(ROOT) else hxs.exe,
        "std": OPTS.std,
        "runs": OPTS.runs,
        "seed": OPTS.seed,
        "load": load,
    }
    md = markdown(results, header)
    md += "\nTotal benchmark time: %.0f s.\n" % (time.monotonic() - started)
    os.makedirs(OPTS.results, exist_ok=True)
    with open(os.path.join(OPTS.results, "latest.md"), "w") as f:
        f.write(md)
    with open(os.path.join(OPTS.results, "chart.svg"), "w") as f:
        f.write(svg_chart(results))
    sys.stdout.write(md)
    log("wrote %s and %s" % (os.path.join(OPTS.results, "latest.md"),
                             os.path.join(OPTS.results, "chart.svg")))


OPTS = None
HAVE_TIME = False

if __name__ == "__main__":
    main()
