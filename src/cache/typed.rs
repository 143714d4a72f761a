//! The typed-module cache, for the typer to use once it exists: records keyed by
//! [`TypedKey`] (module name, content, whole defines signature, hxs and format versions) and
//! stored with each dependency's signature hash. Before reuse, every dependency is looked up
//! again and compared ([`TypedRecord::check_dependencies`]); a body-only edit of a dependency
//! leaves its signature hash, and so this module's record, valid.
//!
//! The payload is opaque here: the typer defines and versions its layout (a change there is a
//! `FORMAT_VERSION` bump like any other).

use super::keys::{ContentHash, TypedKey};
use super::records::{MissReason, RecordKind, TypedMiss, TypedRecord};
use super::store::{Fetched, Store};

/// Typed modules in the shared store (or nowhere, when running uncached).
#[derive(Clone)]
pub struct TypedCache {
    store: Option<Store>,
}

/// The blake3 of a class-path list, in search order: a reordering can change which file
/// defines a module, so it invalidates every typed module.
pub fn class_path_order(entries: &[String]) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    for e in entries {
        h.update(&(e.len() as u64).to_le_bytes());
        h.update(e.as_bytes());
    }
    *h.finalize().as_bytes()
}

impl TypedCache {
    pub fn new(store: Option<Store>) -> TypedCache {
        TypedCache { store }
    }

    /// The key of `module` with this content under these defines.
    pub fn key(
        &self,
        module: &str,
        content: &ContentHash,
        defines_signature: &[String],
    ) -> TypedKey {
        let (f, v) = match &self.store {
            Some(s) => (s.format_version(), s.hxs_version().to_string()),
            None => (super::FORMAT_VERSION, super::HXS_VERSION.to_string()),
        };
        TypedKey::new(f, &v, module, content, defines_signature)
    }

    /// The stored record if every dependency still has the recorded file and signature.
    /// `current(module)` gives the file that defines a module now and its signature hash.
    pub fn reuse(
        &self,
        key: &TypedKey,
        class_path_order: &[u8; 32],
        current: impl FnMut(&str) -> Option<(String, [u8; 32])>,
    ) -> Result<TypedRecord, TypedMiss> {
        let Some(store) = &self.store else {
            return Err(TypedMiss::Parsed(MissReason::Uncached));
        };
        let record = match store.get::<TypedRecord>(RecordKind::Typed, &key.0) {
            Fetched::Found(r) => r,
            Fetched::Absent => {
                return Err(TypedMiss::Parsed(
                    store.reset_reason().unwrap_or(MissReason::NotCached),
                ))
            }
            Fetched::Dropped => return Err(TypedMiss::Parsed(MissReason::Corrupt)),
        };
        record.check_dependencies(class_path_order, current)?;
        Ok(record)
    }

    /// Stores a module after it typed successfully (one batch).
    pub fn put(&self, key: &TypedKey, record: &TypedRecord) -> bool {
        let Some(store) = &self.store else {
            return false;
        };
        match store.encode(RecordKind::Typed, record) {
            Some(v) => store.write(vec![(RecordKind::Typed, key.0.to_vec(), Some(v))]),
            None => false,
        }
    }
}
