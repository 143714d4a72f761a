//! Generates deterministic Haxe projects of N modules for benchmarks (filled in by the benchmark issue).
