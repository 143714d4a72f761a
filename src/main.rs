//! The `hxs` binary: hands the command line to `hxs::cli` and exits with its code.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(hxs::cli::run(args));
}
