//! The compilation server, speaking haxe 4.2.5's protocol byte for byte: the daemon
//! (`--wait`, `--server-listen`, `--wait stdio`, `--server-connect`) and the client
//! (`--connect`, `HAXE_COMPILATION_SERVER`).
//!
//! - [`protocol`]: bytes on the wire (request reading, reply encoding, length framing, how the
//!   client prints a reply).
//! - [`request`]: one request from its bytes to its reply, following haxe's `wait_loop`.
//! - [`daemon`]: sockets, threads, timeouts, limits, signals.
//! - [`client`]: the `--connect` client.
//! - [`times`]: the `--times` table.
//!
//! Only this module and `cli` know about sockets and exit codes; builds come from
//! [`crate::build::run`], which returns messages that we frame here.

pub mod client;
pub mod daemon;
pub mod protocol;
pub mod request;
pub mod times;

use crate::project::args::{self, Build, ServerMode};
use std::io;
use std::path::PathBuf;

/// Why the server could not start or went on.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// Binding failed (bad host, port in use, ...), worded as haxe words it.
    #[error("Error: Couldn't wait on {0}")]
    Bind(String),
    /// `--server-connect` found nobody listening.
    #[error("Unix.Unix_error(Unix.ECONNREFUSED, \"connect\", \"\")")]
    Refused,
    /// A message to print as it is.
    #[error("{0}")]
    Message(String),
    #[error("Error: {0}")]
    Io(io::Error),
    #[error("Error: cannot start a thread: {0}")]
    Thread(io::Error),
}

/// Runs a server mode of the command line; `build` is the build in which the flag appeared
/// (its `-v` makes the daemon verbose, its `--cache-dir` is where the address is recorded);
/// `--connect` needs none. Returns the exit code.
pub fn run(mode: &ServerMode, build: Option<&Build>) -> i32 {
    let options = Options::of(build);
    let result = match mode {
        ServerMode::Connect(host_port, lines) => return client::run(host_port, lines),
        ServerMode::Wait(spec) => wait(spec, &options),
        ServerMode::ServerConnect(host_port) => server_connect(host_port, &options),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// What the daemon takes from the build in which `--wait` appeared.
struct Options {
    verbose: bool,
    /// Where arguments are resolved when a request has no `--cwd`.
    cwd: PathBuf,
    /// `--cache-dir`: where the daemon records its address.
    cache_dir: Option<PathBuf>,
}

impl Options {
    fn of(build: Option<&Build>) -> Options {
        match build {
            Some(b) => Options {
                verbose: b.verbose,
                cwd: b.cwd.clone(),
                cache_dir: b.cache_dir.clone(),
            },
            None => Options {
                verbose: false,
                cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
                cache_dir: None,
            },
        }
    }

    fn config(&self) -> daemon::Config {
        daemon::Config {
            verbose: self.verbose,
            ..daemon::Config::default()
        }
    }

    /// The request handler, with the memory the daemon keeps between requests and its
    /// `--cache-dir` (the default of requests that name none).
    fn service(&self) -> request::Service {
        let mut memory = crate::cache::memory::MemoryCache::default();
        if let Some(dir) = &self.cache_dir {
            memory = memory.with_default_store(self.cwd.join(dir));
        }
        request::Service::with_memory(self.cwd.clone(), std::sync::Arc::new(memory))
    }
}

/// `HAXE_COMPILATION_SERVER`: when set, every command line goes to that server unprocessed.
/// `None` when the variable is unset; otherwise the exit code.
pub fn run_from_env(args: &[String], cwd: &std::path::Path) -> Option<i32> {
    let server = std::env::var("HAXE_COMPILATION_SERVER").ok()?;
    Some(match args::connect_from_env(&server, args, cwd) {
        Ok(ServerMode::Connect(host_port, lines)) => client::run(&host_port, &lines),
        Ok(_) => 1,
        Err(e) => {
            eprintln!("{e}");
            e.exit_code
        }
    })
}

fn wait(spec: &str, options: &Options) -> Result<(), ServerError> {
    if spec == "stdio" {
        // Replies go to stderr: a panic report there would break the framing.
        std::panic::set_hook(Box::new(|info| println!("hxs: {info}")));
        exit_on_signal()?;
        return daemon::run_stdio(&options.service(), &options.config());
    }
    let (host, port) = args::parse_host_port(spec).map_err(|e| ServerError::Message(e.message))?;
    let d = daemon::Daemon::bind(&host, port, options.service(), options.config())?;
    let stopper = d.stopper();
    let recorded = match &options.cache_dir {
        Some(dir) => {
            Some(daemon::write_address_file(dir, d.local_addr()).map_err(ServerError::Io)?)
        }
        None => None,
    };
    stop_on_signal(stopper)?;
    let result = d.run();
    if let Some(path) = recorded {
        let _ = std::fs::remove_file(path);
    }
    result
}

fn server_connect(host_port: &str, options: &Options) -> Result<(), ServerError> {
    let (host, port) =
        args::parse_host_port(host_port).map_err(|e| ServerError::Message(e.message))?;
    exit_on_signal()?;
    daemon::run_connect(&host, port, &options.service(), &options.config())
}

/// SIGINT and SIGTERM stop the socket daemon cleanly: no new connections, those in progress
/// finish (bounded), the address file is removed, exit code 0.
fn stop_on_signal(stopper: daemon::Stopper) -> Result<(), ServerError> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM]).map_err(ServerError::Io)?;
    std::thread::Builder::new()
        .name("hxs-signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                stopper.stop();
            }
        })
        .map_err(ServerError::Thread)?;
    Ok(())
}

/// In the framed modes the main thread blocks reading its input; a signal ends the process
/// (exit code 0) between or during requests.
fn exit_on_signal() -> Result<(), ServerError> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM]).map_err(ServerError::Io)?;
    std::thread::Builder::new()
        .name("hxs-signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                std::process::exit(0);
            }
        })
        .map_err(ServerError::Thread)?;
    Ok(())
}
