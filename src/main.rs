//! The `hxs` binary: hands the command line to `hxs::cli` and exits with its code.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};

/// The allocator: mimalloc, except in a `--connect` client.
///
/// The parser and typer allocate many small nodes, which mimalloc makes markedly cheaper than
/// the system allocator. A `--connect` client allocates a few buffers, and there mimalloc's
/// set-up (reserving and mapping its arena on the first allocation) is about a third of a
/// millisecond of every editor request, so the client uses the system allocator. The choice
/// is made once, from the arguments, before the first allocation ([`choose_allocator`]), and
/// never changes: every block is freed by the allocator that gave it.
struct Allocator;

/// Set before `main` when the process is a `--connect` client.
static SYSTEM_ALLOCATOR: AtomicBool = AtomicBool::new(false);

unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if SYSTEM_ALLOCATOR.load(Ordering::Relaxed) {
            System.alloc(layout)
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if SYSTEM_ALLOCATOR.load(Ordering::Relaxed) {
            System.alloc_zeroed(layout)
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if SYSTEM_ALLOCATOR.load(Ordering::Relaxed) {
            System.dealloc(ptr, layout)
        } else {
            mimalloc::MiMalloc.dealloc(ptr, layout)
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if SYSTEM_ALLOCATOR.load(Ordering::Relaxed) {
            System.realloc(ptr, layout, new_size)
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

#[global_allocator]
static GLOBAL: Allocator = Allocator;

/// glibc calls the functions of `.init_array` with the program's arguments before `main`
/// and before anything allocates through Rust's global allocator (the standard library
/// reads its arguments the same way).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[used]
#[link_section = ".init_array"]
static CHOOSE_ALLOCATOR: extern "C" fn(
    libc::c_int,
    *const *const libc::c_char,
    *const *const libc::c_char,
) = choose_allocator;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
extern "C" fn choose_allocator(
    argc: libc::c_int,
    argv: *const *const libc::c_char,
    _env: *const *const libc::c_char,
) {
    if argv.is_null() || argc < 2 {
        return;
    }
    let args = (1..argc as usize).filter_map(|i| {
        // SAFETY: glibc passes `argc` valid pointers to NUL-terminated strings in `argv`.
        let p = unsafe { *argv.add(i) };
        (!p.is_null()).then(|| unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes())
    });
    if hxs::cli::is_client_args(args) {
        SYSTEM_ALLOCATOR.store(true, Ordering::Relaxed);
    }
}

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
