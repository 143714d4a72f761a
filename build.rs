//! Build script: links the `hxs` executable at a fixed address (not as a position-independent
//! executable) on Linux, so the dynamic loader has no relocations to apply to it at start-up.
//! Every `--connect` client pays its start-up, and relocating the binary's tables touched
//! about 35 pages (each a page fault) of a client that runs for about a millisecond. The
//! shared libraries, the stack and the heap are still placed at random addresses.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
