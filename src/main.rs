//! The `hxs` binary: hands the command line to `hxs::cli` and exits with its code.

// The parser and typer allocate many small nodes; mimalloc makes that markedly cheaper
// than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Deeply nested source recurses deeply; everything runs on a thread with a large stack,
    // except the `--connect` client, which parses nothing and whose start-up time is part of
    // every editor request.
    let code = if hxs::cli::is_client(&args) {
        hxs::cli::run(args)
    } else {
        hxs::syntax::with_deep_stack(move || hxs::cli::run(args))
    };
    std::process::exit(code);
}
