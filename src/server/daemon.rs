//! The daemon: `--wait [HOST:]PORT` (a socket, one request per connection), `--wait stdio` and
//! `--server-connect HOST:PORT` (length-framed requests, one after another).
//!
//! Design: the accept loop gives each connection a thread that reads the request (with an idle
//! and a total timeout, and a size limit), hands it to a fixed pool of worker threads that run
//! the builds, and writes the reply (with a write timeout). Connections therefore never wait
//! for each other's network: a client that stalls half-way through its request, or stops
//! reading its reply, only holds its own thread until its timeout. Builds run in parallel, one
//! per worker; workers have the deep stack the parser needs. The number of open connections is
//! capped; beyond it new clients wait in the listen backlog until a connection finishes.
//!
//! Unlike haxe we do not poll (haxe waits in 50 ms steps for request bytes) and we exit on end
//! of input in the framed modes (haxe loops forever on a closed stdin).

use super::protocol::{self, Limits, RequestError};
use super::request::{Handled, Service};
use super::ServerError;
use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How the daemon behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// `-v` before `--wait`: print haxe-style lines per request on stdout.
    pub verbose: bool,
    pub limits: Limits,
    /// Builds that run at once.
    pub workers: usize,
    /// Connections served at once (each holds a thread).
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

/// Gives the memory a request freed back to the operating system, once its answer is on its
/// way: a check types the whole project and frees most of it, and without this the daemon
/// would go on holding its peak. What the server keeps between requests is not freed.
pub fn release_memory() {
    // SAFETY: `mi_collect` only walks mimalloc's own heaps (those of this thread, and
    // abandoned ones); it is sound whether or not mimalloc is the global allocator.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// A job for the worker pool: the request and where to send its answer.
type Job = (Vec<u8>, mpsc::Sender<Handled>);

/// Worker threads that run requests on the shared service.
struct Pool {
    jobs: Mutex<mpsc::Sender<Job>>,
}

impl Pool {
    fn start(service: Arc<Service>, workers: usize) -> Result<Pool, ServerError> {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..workers.max(1) {
            let rx = Arc::clone(&rx);
            let service = Arc::clone(&service);
            std::thread::Builder::new()
                .name(format!("hxs-worker-{i}"))
                .stack_size(crate::syntax::DEEP_STACK)
                .spawn(move || loop {
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    let Ok((data, answer)) = job else { return };
                    let _ = answer.send(service.handle(&data));
                    release_memory();
                })
                .map_err(ServerError::Thread)?;
        }
        Ok(Pool {
            jobs: Mutex::new(tx),
        })
    }

    /// Runs one request on a worker and waits for its answer.
    fn run(&self, data: Vec<u8>) -> Option<Handled> {
        let (tx, rx) = mpsc::channel();
        {
            let jobs = match self.jobs.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            jobs.send((data, tx)).ok()?;
        }
        rx.recv().ok()
    }
}

/// Counts open connections and lets the accept loop wait for a free slot.
#[derive(Default)]
struct Slots {
    open: Mutex<usize>,
    freed: Condvar,
}

impl Slots {
    fn acquire(&self, max: usize) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        while *open >= max {
            open = self.freed.wait(open).unwrap_or_else(|p| p.into_inner());
        }
        *open += 1;
    }

    fn release(&self) {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        *open = open.saturating_sub(1);
        self.freed.notify_all();
    }

    /// Waits until no connection is open, at most `limit`.
    fn drain(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        while *open > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            open = match self.freed.wait_timeout(open, left) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }
}

/// Stops a running [`Daemon`] from another thread.
#[derive(Clone)]
pub struct Stopper {
    stop: Arc<AtomicBool>,
    addr: SocketAddr,
}

impl Stopper {
    /// Makes [`Daemon::run`] return after the connections in progress finish (bounded).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
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
    listener: TcpListener,
    addr: SocketAddr,
    service: Arc<Service>,
    config: Config,
    stop: Arc<AtomicBool>,
    pub stats: Arc<Stats>,
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
        Ok(Daemon {
            listener,
            addr,
            service: Arc::new(service),
            config,
            stop: Arc::new(AtomicBool::new(false)),
            stats: Arc::new(Stats::default()),
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn stopper(&self) -> Stopper {
        Stopper {
            stop: Arc::clone(&self.stop),
            addr: self.addr,
        }
    }

    /// Serves connections until stopped. Errors on one connection never end the loop.
    pub fn run(self) -> Result<(), ServerError> {
        let pool = Arc::new(Pool::start(Arc::clone(&self.service), self.config.workers)?);
        let slots = Arc::new(Slots::default());
        if self.config.verbose {
            print_block(&[format!("Waiting on {}", self.addr)]);
        }
        for conn in self.listener.incoming() {
            if self.stop.load(Ordering::SeqCst) {
                break;
            }
            let stream = match conn {
                Ok(s) => s,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little, keep serving.
                    if self.config.verbose {
                        print_block(&[format!("Accept failed: {e}")]);
                    }
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            slots.acquire(self.config.max_connections.max(1));
            let (pool, slots2, stats, config) = (
                Arc::clone(&pool),
                Arc::clone(&slots),
                Arc::clone(&self.stats),
                self.config.clone(),
            );
            stats.open.fetch_add(1, Ordering::SeqCst);
            let spawned = std::thread::Builder::new()
                .name("hxs-connection".into())
                .stack_size(256 * 1024)
                .spawn(move || {
                    serve_connection(stream, &pool, &config, &stats);
                    stats.open.fetch_sub(1, Ordering::SeqCst);
                    slots2.release();
                });
            if spawned.is_err() {
                self.stats.open.fetch_sub(1, Ordering::SeqCst);
                slots.release();
            }
        }
        slots.drain(Duration::from_secs(5));
        Ok(())
    }
}

/// One connection: read the request, answer it, close.
fn serve_connection(mut stream: TcpStream, pool: &Pool, config: &Config, stats: &Stats) {
    let peer = stream
        .peer_addr()
        .map_or_else(|_| "?".to_string(), |a| a.to_string());
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(config.write_timeout));
    let head = vec![format!("Client connected ({peer})")];
    let data = match protocol::read_request(&mut stream, &config.limits) {
        Ok(d) => d,
        Err(e) => {
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
                let _ = stream.write_all(&reply);
                // Closing with unread input would reset the connection and could destroy the
                // reply before the client reads it: end our side, then drain a little.
                let _ = stream.shutdown(Shutdown::Write);
                drain(&mut stream, Duration::from_secs(1));
            }
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
    };
    stats.requests.fetch_add(1, Ordering::Relaxed);
    let Some(handled) = pool.run(data) else {
        let _ = stream.shutdown(Shutdown::Both);
        return;
    };
    if handled.panicked {
        stats.panics.fetch_add(1, Ordering::Relaxed);
    }
    let written = stream.write_all(&handled.reply);
    let _ = stream.shutdown(Shutdown::Both);
    let mut head = head;
    if let Err(e) = written {
        head.push(format!("Reply not delivered: {e}"));
    }
    let mut handled = handled;
    handled.log.push(format!(
        "Daemon: {} requests, {} refused, {} panics, {} connections open",
        stats.requests.load(Ordering::Relaxed),
        stats.refused.load(Ordering::Relaxed),
        stats.panics.load(Ordering::Relaxed),
        stats.open.load(Ordering::Relaxed),
    ));
    report(config.verbose, head, &handled);
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
