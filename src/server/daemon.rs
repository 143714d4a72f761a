//! The daemon: `--wait [HOST:]PORT` (a socket, one request per connection), `--wait stdio` and
//! `--server-connect HOST:PORT` (length-framed requests, one after another).
//!
//! Design: a fixed number of worker threads, with the deep stack the parser needs, wait in
//! `poll` for a new connection, a request that a connection thread has read, or the stop. A
//! worker that accepts a connection reads what has arrived without waiting; when that is the
//! whole request (the usual case: clients send it in one piece, and the listener hands a
//! connection over only once its first bytes are there, `TCP_DEFER_ACCEPT`), the worker
//! answers it at once and writes the reply as far as the socket takes it without blocking, so
//! a request starts no thread and wakes no other thread. Otherwise a connection thread reads
//! the rest (with an idle and a total timeout, and a size limit), queues it for the workers
//! and writes the reply (with a write timeout); a reply the socket does not take at once is
//! finished by a thread as well. Connections therefore never wait for each other's network:
//! a client that stalls half-way through its request, or stops reading its reply, only holds
//! its own thread until its timeout. Builds run in parallel, one per worker. The number of
//! open connections is capped; beyond it new clients wait in the listen backlog until a
//! connection finishes. After a request that made the process's memory grow, the worker
//! returns what the build freed to the system ([`release_memory`]).
//!
//! Unlike haxe we do not poll (haxe waits in 50 ms steps for request bytes) and we exit on end
//! of input in the framed modes (haxe loops forever on a closed stdin).

use super::protocol::{self, Limits, RequestError};
use super::request::{Handled, Service};
use super::ServerError;
use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How the daemon behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// `-v` before `--wait`: print haxe-style lines per request on stdout.
    pub verbose: bool,
    pub limits: Limits,
    /// Builds that run at once.
    pub workers: usize,
    /// Connections open at once (a worker stops accepting beyond it).
    pub max_connections: usize,
    /// Longest wait while writing a reply.
    pub write_timeout: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            verbose: false,
            limits: Limits::default(),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_connections: 64,
            write_timeout: Duration::from_secs(30),
        }
    }
}

/// Where the daemon's address is recorded inside a cache directory (the cache's
/// `daemon.addr`, which one-shot runs read when they find the store locked).
pub fn address_file(cache_dir: &Path) -> PathBuf {
    crate::cache::daemon::path(cache_dir)
}

/// Records `addr` in `cache_dir` (so one-shot runs can find the daemon), atomically.
pub fn write_address_file(cache_dir: &Path, addr: SocketAddr) -> io::Result<PathBuf> {
    let info = crate::cache::daemon::DaemonInfo {
        pid: std::process::id(),
        address: addr.to_string(),
        hxs_version: crate::cache::HXS_VERSION.to_string(),
    };
    crate::cache::daemon::write(cache_dir, &info)?;
    Ok(address_file(cache_dir))
}

/// Reads the address a daemon recorded in `cache_dir`, if any.
pub fn read_address_file(cache_dir: &Path) -> Option<SocketAddr> {
    crate::cache::daemon::read(cache_dir)?.address.parse().ok()
}

/// Prints lines on stdout in one piece, so that concurrent requests do not interleave.
fn print_block(lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let mut text = lines.join("\n");
    text.push('\n');
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Prints a request's notices, and its log when verbose.
fn report(verbose: bool, mut head: Vec<String>, handled: &Handled) {
    if !verbose {
        head.clear();
    } else {
        head.extend(handled.log.iter().cloned());
    }
    head.extend(handled.notices.iter().cloned());
    print_block(&head);
}

/// How much mimalloc's committed memory may grow past what a worker left after its last
/// collection before the worker collects again.
const COLLECT_ABOVE: usize = 16 << 20;

thread_local! {
    /// mimalloc's committed memory right after this thread last collected.
    static COMMIT_AFTER_COLLECT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// mimalloc's estimate of the memory it holds committed (0 when it is not the allocator).
fn committed() -> usize {
    let mut v = [0usize; 8];
    let [a, b, c, d, e, f, g, h] = &mut v;
    // SAFETY: `mi_process_info` writes one `usize` through each pointer, all valid here.
    unsafe { libmimalloc_sys::mi_process_info(a, b, c, d, e, f, g, h) };
    v[5]
}

/// Gives the memory a request freed back to the operating system, once its answer is on its
/// way: a check types the whole project and frees most of it, and without this the daemon
/// would go on holding its peak. What the server keeps between requests is not freed.
///
/// Only when the process's committed memory grew by more than [`COLLECT_ABOVE`] since this
/// thread last collected: a display request frees a few megabytes, which the next request
/// reuses, and returning them would only make it fault them in again.
pub fn release_memory() {
    let now = committed();
    if now
        <= COMMIT_AFTER_COLLECT
            .with(|c| c.get())
            .saturating_add(COLLECT_ABOVE)
    {
        return;
    }
    // SAFETY: `mi_collect` only walks mimalloc's own heaps (those of this thread, and
    // abandoned ones); it is sound whether or not mimalloc is the global allocator.
    unsafe { libmimalloc_sys::mi_collect(true) }
    let after = committed();
    COMMIT_AFTER_COLLECT.with(|c| c.set(after));
}

/// A request read by a connection thread, for a worker: the bytes and where to send the
/// answer.
type Job = (Vec<u8>, mpsc::Sender<Handled>);

/// What the workers and the connection threads share.
struct Shared {
    state: Mutex<State>,
    /// Signalled when a connection closes, a worker exits, or the daemon stops.
    changed: Condvar,
    /// One byte is written for each queued job and each freed connection slot; a worker
    /// woken by it reads one byte and looks at [`State`] again.
    wake_tx: UnixStream,
    wake_rx: UnixStream,
    /// Written when the daemon stops and never read: it stays readable, which wakes every
    /// worker.
    stop_tx: UnixStream,
    stop_rx: UnixStream,
}

#[derive(Default)]
struct State {
    /// Requests read by connection threads, waiting for a worker.
    jobs: VecDeque<Job>,
    /// Connections accepted and not yet closed.
    open: usize,
    /// Workers running.
    workers: usize,
    stop: bool,
}

impl Shared {
    fn new() -> io::Result<Shared> {
        let (wake_tx, wake_rx) = UnixStream::pair()?;
        let (stop_tx, stop_rx) = UnixStream::pair()?;
        for s in [&wake_tx, &wake_rx, &stop_tx, &stop_rx] {
            s.set_nonblocking(true)?;
        }
        Ok(Shared {
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
            wake_tx,
            wake_rx,
            stop_tx,
            stop_rx,
        })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wakes one worker blocked in `poll` (a full pipe already wakes them all).
    fn wake(&self) {
        let _ = (&self.wake_tx).write(&[1]);
    }

    /// Runs a request read by a connection thread on a worker and waits for its answer.
    fn run(&self, data: Vec<u8>) -> Option<Handled> {
        let (tx, rx) = mpsc::channel();
        {
            let mut st = self.lock();
            if st.stop && st.workers == 0 {
                return None;
            }
            st.jobs.push_back((data, tx));
        }
        self.wake();
        rx.recv().ok()
    }

    /// Takes a connection slot before accepting, if one is free (so that workers woken by
    /// the same connections never open more than `max`).
    fn reserve(&self, max: usize) -> bool {
        let mut st = self.lock();
        if st.open >= max {
            return false;
        }
        st.open += 1;
        true
    }

    /// Frees a connection slot, and wakes a worker that may have stopped accepting.
    fn release(&self) {
        {
            let mut st = self.lock();
            st.open = st.open.saturating_sub(1);
        }
        self.changed.notify_all();
        self.wake();
    }

    /// A connection is closed.
    fn closed(&self, stats: &Stats) {
        stats.open.fetch_sub(1, Ordering::SeqCst);
        self.release();
    }

    fn stop(&self) {
        self.lock().stop = true;
        self.changed.notify_all();
        let _ = (&self.stop_tx).write(&[1]);
    }
}

/// Stops a running [`Daemon`] from another thread.
#[derive(Clone)]
pub struct Stopper {
    shared: Arc<Shared>,
}

impl Stopper {
    /// Makes [`Daemon::run`] return after the connections in progress finish (bounded).
    pub fn stop(&self) {
        self.shared.stop();
    }
}

/// Counters for the daemon's life, reported with `-v`.
#[derive(Default)]
pub struct Stats {
    pub requests: AtomicU64,
    pub refused: AtomicU64,
    pub panics: AtomicU64,
    pub open: AtomicUsize,
}

/// A daemon listening on a socket.
pub struct Daemon {
    listener: Arc<TcpListener>,
    addr: SocketAddr,
    service: Arc<Service>,
    config: Config,
    shared: Arc<Shared>,
    pub stats: Arc<Stats>,
}

/// What a worker needs to serve connections.
struct Worker {
    listener: Arc<TcpListener>,
    service: Arc<Service>,
    config: Config,
    shared: Arc<Shared>,
    stats: Arc<Stats>,
}

impl Daemon {
    /// Binds `host:port` as haxe does: the host must be an IPv4 literal; any failure is
    /// `Couldn't wait on HOST:PORT`.
    pub fn bind(
        host: &str,
        port: i64,
        service: Service,
        config: Config,
    ) -> Result<Daemon, ServerError> {
        let fail = || ServerError::Bind(format!("{host}:{port}"));
        let ip: Ipv4Addr = host.parse().map_err(|_| fail())?;
        let port = u16::try_from(port).map_err(|_| fail())?;
        let listener = TcpListener::bind((ip, port)).map_err(|_| fail())?;
        Daemon::from_listener(listener, service, config)
    }

    /// A daemon on an already bound listener.
    pub fn from_listener(
        listener: TcpListener,
        service: Service,
        config: Config,
    ) -> Result<Daemon, ServerError> {
        let addr = listener.local_addr().map_err(ServerError::Io)?;
        // Workers wait in `poll` and accept without blocking: another may win the race.
        listener.set_nonblocking(true).map_err(ServerError::Io)?;
        defer_accept(&listener);
        Ok(Daemon {
            listener: Arc::new(listener),
            addr,
            service: Arc::new(service),
            config,
            shared: Arc::new(Shared::new().map_err(ServerError::Io)?),
            stats: Arc::new(Stats::default()),
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn stopper(&self) -> Stopper {
        Stopper {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Serves connections until stopped. Errors on one connection never end the loop.
    pub fn run(self) -> Result<(), ServerError> {
        if self.config.verbose {
            print_block(&[format!("Waiting on {}", self.addr)]);
        }
        for i in 0..self.config.workers.max(1) {
            let w = Worker {
                listener: Arc::clone(&self.listener),
                service: Arc::clone(&self.service),
                config: self.config.clone(),
                shared: Arc::clone(&self.shared),
                stats: Arc::clone(&self.stats),
            };
            self.shared.lock().workers += 1;
            let spawned = std::thread::Builder::new()
                .name(format!("hxs-worker-{i}"))
                .stack_size(crate::syntax::DEEP_STACK)
                .spawn(move || w.run());
            if let Err(e) = spawned {
                self.shared.lock().workers -= 1;
                if i == 0 {
                    return Err(ServerError::Thread(e));
                }
                break;
            }
        }
        let mut st = self.shared.lock();
        while !st.stop {
            st = self
                .shared
                .changed
                .wait(st)
                .unwrap_or_else(|p| p.into_inner());
        }
        // Let the connections in progress finish, and the workers see the stop (bounded).
        let deadline = Instant::now() + Duration::from_secs(5);
        while st.open > 0 || st.workers > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            st = match self.shared.changed.wait_timeout(st, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
        Ok(())
    }
}

/// Asks the kernel to hand over a connection only once its first bytes have arrived (for
/// at most about a second), so that a worker usually finds the whole request there when it
/// accepts and answers it at once. Best effort: without it, requests take the connection
/// threads' path more often.
fn defer_accept(listener: &TcpListener) {
    use std::os::fd::AsRawFd;
    let seconds: libc::c_int = 1;
    // SAFETY: a valid socket, and a pointer to an int of the size given.
    unsafe {
        libc::setsockopt(
            listener.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_DEFER_ACCEPT,
            (&seconds as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

impl Worker {
    /// Runs requests read by connection threads, and accepts connections (while fewer than
    /// `max_connections` are open), until the daemon stops.
    fn run(self) {
        use std::os::fd::AsRawFd;
        loop {
            let (job, accepting) = {
                let mut st = self.shared.lock();
                match st.jobs.pop_front() {
                    Some(job) => (Some(job), false),
                    // Once stopped, no new connections; the queued requests are answered.
                    None if st.stop => break,
                    None => (None, st.open < self.config.max_connections.max(1)),
                }
            };
            if let Some((data, answer)) = job {
                let _ = answer.send(self.service.handle(&data));
                release_memory();
                continue;
            }
            let mut fds = [
                pollfd(self.shared.stop_rx.as_raw_fd()),
                pollfd(self.shared.wake_rx.as_raw_fd()),
                // A negative descriptor is ignored by `poll`.
                pollfd(if accepting {
                    self.listener.as_raw_fd()
                } else {
                    -1
                }),
            ];
            // SAFETY: `fds` is a valid array of `pollfd` of the length given.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, -1) };
            if ready < 0 {
                if io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                    std::thread::sleep(Duration::from_millis(50));
                }
                continue;
            }
            if fds[1].revents != 0 {
                let _ = (&self.shared.wake_rx).read(&mut [0u8; 1]);
            }
            if accepting && fds[2].revents != 0 {
                if !self.shared.reserve(self.config.max_connections.max(1)) {
                    continue;
                }
                let accepted = self.listener.accept();
                if accepted.is_err() {
                    self.shared.release();
                }
                match accepted {
                    Ok((stream, peer)) => self.serve(stream, peer),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little, keep serving.
                        if self.config.verbose {
                            print_block(&[format!("Accept failed: {e}")]);
                        }
                        std::thread::sleep(Duration::from_millis(50));
                    }
                }
            }
        }
        {
            let mut st = self.shared.lock();
            st.workers -= 1;
            if st.workers == 0 {
                // Nobody will answer these: their connections close.
                st.jobs.clear();
            }
        }
        self.shared.changed.notify_all();
    }

    /// One connection, on this worker when its whole request is already there (the usual
    /// case: clients send it at once, and the kernel hands connections over with their
    /// first bytes); otherwise a connection thread reads the rest with the idle and total
    /// timeouts, so that a stalled client never holds a worker.
    fn serve(&self, mut stream: TcpStream, peer: SocketAddr) {
        self.stats.open.fetch_add(1, Ordering::SeqCst);
        let _ = stream.set_nodelay(true);
        let _ = stream.set_write_timeout(Some(self.config.write_timeout));
        let head = vec![format!("Client connected ({peer})")];
        let start = Instant::now();
        match read_available(&mut stream, &self.config.limits) {
            Available::Complete(data) => {
                self.stats.requests.fetch_add(1, Ordering::Relaxed);
                let handled = self.service.handle(&data);
                self.reply(stream, head, handled);
                release_memory();
            }
            Available::Failed(e) => {
                refuse(&mut stream, e, head, &self.config, &self.stats);
                self.shared.closed(&self.stats);
            }
            Available::Partial(data) => {
                let _ = stream.set_nonblocking(false);
                let conn = self.connection();
                let service = Arc::clone(&self.service);
                on_thread(
                    "hxs-connection",
                    (stream, head, data),
                    move |(stream, head, data), on_worker| {
                        // Here when no thread could be started: this worker answers it.
                        let direct = on_worker.then_some(service.as_ref());
                        conn.serve(stream, head, data, start, direct)
                    },
                );
            }
        }
    }

    fn connection(&self) -> Connection {
        Connection {
            shared: Arc::clone(&self.shared),
            config: self.config.clone(),
            stats: Arc::clone(&self.stats),
        }
    }

    /// Writes a reply without blocking this worker: what the socket does not take at once
    /// goes on from a thread (a client that stops reading holds that thread, and its
    /// connection slot, until the write timeout).
    fn reply(&self, mut stream: TcpStream, head: Vec<String>, handled: Handled) {
        let _ = stream.set_nonblocking(true);
        let mut sent = 0;
        let mut failed = None;
        while sent < handled.reply.len() {
            match stream.write(&handled.reply[sent..]) {
                Ok(0) => {
                    failed = Some(io::Error::from(io::ErrorKind::WriteZero));
                    break;
                }
                Ok(n) => sent += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if failed.is_none() && sent < handled.reply.len() {
            let _ = stream.set_nonblocking(false);
            let conn = self.connection();
            on_thread(
                "hxs-reply",
                (stream, head, handled),
                move |(mut stream, head, handled), _| {
                    let written = stream.write_all(&handled.reply[sent..]);
                    conn.finish(stream, head, handled, written)
                },
            );
            return;
        }
        let written = match failed {
            Some(e) => Err(e),
            None => Ok(()),
        };
        self.connection().finish(stream, head, handled, written);
    }
}

/// Runs `f(item, false)` on a new thread with a small stack, or `f(item, true)` on this one
/// when no thread can be started.
fn on_thread<T: Send + 'static>(name: &str, item: T, f: impl FnOnce(T, bool) + Send + 'static) {
    let (tx, rx) = mpsc::channel::<(T, Box<dyn FnOnce(T, bool) + Send>)>();
    let spawned = std::thread::Builder::new()
        .name(name.into())
        .stack_size(256 * 1024)
        .spawn(move || {
            if let Ok((item, f)) = rx.recv() {
                f(item, false)
            }
        });
    let job: Box<dyn FnOnce(T, bool) + Send> = Box::new(f);
    match spawned {
        Ok(_) => {
            if let Err(mpsc::SendError((item, f))) = tx.send((item, job)) {
                f(item, true)
            }
        }
        Err(_) => job(item, true),
    }
}

fn pollfd(fd: std::os::fd::RawFd) -> libc::pollfd {
    libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    }
}

/// What a worker found on a connection it just accepted.
enum Available {
    /// The whole request.
    Complete(Vec<u8>),
    /// The start of a request (possibly nothing yet).
    Partial(Vec<u8>),
    /// The client closed or the connection broke before the request ended.
    Failed(RequestError),
}

/// Reads what has arrived without waiting (the socket is left non-blocking).
fn read_available(stream: &mut TcpStream, limits: &Limits) -> Available {
    if stream.set_nonblocking(true).is_err() {
        return Available::Partial(Vec::new());
    }
    let mut data = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => return Available::Failed(RequestError::Incomplete),
            Ok(n) => {
                data.extend_from_slice(&chunk[..n]);
                if chunk[n - 1] == protocol::END_OF_REQUEST {
                    data.pop();
                    return Available::Complete(data);
                }
                if data.len() > limits.max_request {
                    return Available::Partial(data);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Available::Partial(data),
            Err(e) => return Available::Failed(RequestError::Io(e)),
        }
    }
}

/// A connection served on its own thread: one whose request had not fully arrived when it
/// was accepted, or whose reply did not fit in the socket at once.
#[derive(Clone)]
struct Connection {
    shared: Arc<Shared>,
    config: Config,
    stats: Arc<Stats>,
}

impl Connection {
    /// Reads the rest of the request (`data` arrived first, `start` is when the connection
    /// was accepted), has a worker answer it, writes the reply, closes.
    /// `direct`: the service to answer with on this thread (when it is a worker's).
    fn serve(
        &self,
        mut stream: TcpStream,
        head: Vec<String>,
        data: Vec<u8>,
        start: Instant,
        direct: Option<&Service>,
    ) {
        let data = match protocol::read_request_after(&mut stream, &self.config.limits, data, start)
        {
            Ok(d) => d,
            Err(e) => {
                refuse(&mut stream, e, head, &self.config, &self.stats);
                self.shared.closed(&self.stats);
                return;
            }
        };
        self.stats.requests.fetch_add(1, Ordering::Relaxed);
        let handled = match direct {
            Some(service) => Some(service.handle(&data)),
            None => self.shared.run(data),
        };
        let Some(handled) = handled else {
            let _ = stream.shutdown(Shutdown::Both);
            self.shared.closed(&self.stats);
            return;
        };
        let written = stream.write_all(&handled.reply);
        self.finish(stream, head, handled, written);
    }

    fn finish(
        &self,
        stream: TcpStream,
        head: Vec<String>,
        handled: Handled,
        written: io::Result<()>,
    ) {
        finish_on(
            &self.shared,
            &self.config,
            &self.stats,
            stream,
            head,
            handled,
            written,
        );
    }
}

/// Closes a connection whose reply was written (or failed), and logs the request.
fn finish_on(
    shared: &Shared,
    config: &Config,
    stats: &Stats,
    stream: TcpStream,
    mut head: Vec<String>,
    mut handled: Handled,
    written: io::Result<()>,
) {
    let _ = stream.shutdown(Shutdown::Both);
    drop(stream);
    if handled.panicked {
        stats.panics.fetch_add(1, Ordering::Relaxed);
    }
    if let Err(e) = written {
        head.push(format!("Reply not delivered: {e}"));
    }
    handled.log.push(format!(
        "Daemon: {} requests, {} refused, {} panics, {} connections open",
        stats.requests.load(Ordering::Relaxed),
        stats.refused.load(Ordering::Relaxed),
        stats.panics.load(Ordering::Relaxed),
        stats.open.load(Ordering::Relaxed),
    ));
    shared.closed(stats);
    report(config.verbose, head, &handled);
}

/// Answers a request that could not be read (haxe's replies for an incomplete or inactive
/// request), then closes.
fn refuse(
    stream: &mut TcpStream,
    e: RequestError,
    head: Vec<String>,
    config: &Config,
    stats: &Stats,
) {
    stats.refused.fetch_add(1, Ordering::Relaxed);
    if config.verbose {
        let mut lines = head;
        lines.push(match &e {
            RequestError::Io(_) => "Connection Aborted".to_string(),
            other => format!("Refused: {other}"),
        });
        print_block(&lines);
    }
    if let Some(reply) = e.reply() {
        let _ = stream.set_nonblocking(false);
        let _ = stream.write_all(&reply);
        // Closing with unread input would reset the connection and could destroy the
        // reply before the client reads it: end our side, then drain a little.
        let _ = stream.shutdown(Shutdown::Write);
        drain(stream, Duration::from_secs(1));
    }
    let _ = stream.shutdown(Shutdown::Both);
}

/// Reads and discards what the client still sends, until it closes or `limit` passes.
fn drain(stream: &mut TcpStream, limit: Duration) {
    let deadline = Instant::now() + limit;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

/// `--wait stdio`: framed requests on stdin, framed replies on stderr (as haxe), until stdin
/// ends. Logs go to stdout.
pub fn run_stdio(service: &Service, config: &Config) -> Result<(), ServerError> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stderr = io::stderr();
    serve_framed(service, config, &mut input, &mut stderr.lock())
}

/// `--server-connect HOST:PORT`: connects, then serves framed requests from that socket until
/// the peer closes it.
pub fn run_connect(
    host: &str,
    port: i64,
    service: &Service,
    config: &Config,
) -> Result<(), ServerError> {
    let ip: Ipv4Addr = host
        .parse()
        .map_err(|_| ServerError::Message("Error: inet_addr_of_string".into()))?;
    let port = u16::try_from(port).map_err(|_| ServerError::Refused)?;
    let stream = TcpStream::connect((ip, port)).map_err(|e| match e.kind() {
        io::ErrorKind::ConnectionRefused => ServerError::Refused,
        _ => ServerError::Io(e),
    })?;
    let _ = stream.set_nodelay(true);
    let mut input = stream.try_clone().map_err(ServerError::Io)?;
    let mut output = stream;
    serve_framed(service, config, &mut input, &mut output)
}

fn serve_framed(
    service: &Service,
    config: &Config,
    input: &mut impl Read,
    output: &mut impl Write,
) -> Result<(), ServerError> {
    loop {
        let data = match protocol::read_frame(input, config.limits.max_request) {
            Ok(Some(d)) => d,
            Ok(None) => return Ok(()),
            Err(e) => {
                let reply = e.reply();
                if config.verbose {
                    print_block(&[format!("Refused: {e}")]);
                }
                match (e, reply) {
                    // A negative length leaves the stream out of step: answer, then stop.
                    (RequestError::NegativeLength(_), Some(r)) => {
                        let _ = protocol::write_frame(output, &r);
                        return Ok(());
                    }
                    (RequestError::TooLarge(_), Some(r)) => {
                        protocol::write_frame(output, &r).map_err(ServerError::Io)?;
                        continue;
                    }
                    _ => return Ok(()),
                }
            }
        };
        let handled = service.handle(&data);
        protocol::write_frame(output, &handled.reply).map_err(ServerError::Io)?;
        report(config.verbose, vec!["Client connected".into()], &handled);
        release_memory();
    }
}
