//! Content identities and record keys. Every key is a blake3 digest of a domain tag, the
//! format version, the hxs version and the inputs listed in the table in `cache/mod.rs`,
//! each length-prefixed so that no two input lists can produce the same byte stream.

use crate::syntax::cond::DefineLookup;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The blake3 digest of a file's bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ContentHash(pub [u8; 32]);

impl ContentHash {
    pub fn of(bytes: &[u8]) -> ContentHash {
        ContentHash(*blake3::hash(bytes).as_bytes())
    }

    pub fn to_hex(&self) -> String {
        blake3::Hash::from(self.0).to_hex().to_string()
    }
}

impl fmt::Debug for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ContentHash({})", &self.to_hex()[..16])
    }
}

/// The defines one parse read, with the value each had (`None`: not defined), sorted by name
/// without duplicates. This is the only part of the defines a parsed file depends on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DefineValues(pub Vec<(String, Option<String>)>);

impl DefineValues {
    /// The current values of `names` (in any order, duplicates allowed).
    pub fn current<S: AsRef<str>>(names: &[S], defines: &dyn DefineLookup) -> DefineValues {
        let mut sorted: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
        sorted.sort_unstable();
        sorted.dedup();
        DefineValues(
            sorted
                .into_iter()
                .map(|n| (n.to_string(), defines.raw_value(n)))
                .collect(),
        )
    }

    /// The names only, sorted.
    pub fn names(&self) -> Vec<String> {
        self.0.iter().map(|(n, _)| n.clone()).collect()
    }

    /// Whether every recorded name still has its recorded value.
    pub fn still_hold(&self, defines: &dyn DefineLookup) -> bool {
        self.0
            .iter()
            .all(|(n, v)| defines.raw_value(n).as_deref() == v.as_deref())
    }
}

/// A hasher that length-prefixes everything it is given.
pub(crate) struct KeyHasher(blake3::Hasher);

impl KeyHasher {
    pub(crate) fn new(domain: &str, format_version: u32, hxs_version: &str) -> KeyHasher {
        let mut k = KeyHasher(blake3::Hasher::new());
        k.bytes(domain.as_bytes());
        k.0.update(&format_version.to_le_bytes());
        k.bytes(hxs_version.as_bytes());
        k
    }

    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.0.update(&(b.len() as u64).to_le_bytes());
        self.0.update(b);
    }

    pub(crate) fn u64(&mut self, n: u64) {
        self.0.update(&n.to_le_bytes());
    }

    /// A count, then each item length-prefixed.
    pub(crate) fn list<'b>(&mut self, items: impl ExactSizeIterator<Item = &'b [u8]>) {
        self.u64(items.len() as u64);
        for i in items {
            self.bytes(i);
        }
    }

    pub(crate) fn opt(&mut self, b: Option<&[u8]>) {
        match b {
            None => {
                self.0.update(&[0]);
            }
            Some(b) => {
                self.0.update(&[1]);
                self.bytes(b);
            }
        }
    }

    pub(crate) fn finish(self) -> [u8; 32] {
        *self.0.finalize().as_bytes()
    }
}

/// The key of one parse result: the file's content and the values of the defines it read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ParsedKey(pub [u8; 32]);

impl ParsedKey {
    pub fn new(
        format_version: u32,
        hxs_version: &str,
        content: &ContentHash,
        defines: &DefineValues,
    ) -> ParsedKey {
        let mut h = KeyHasher::new("hxs.parsed", format_version, hxs_version);
        h.0.update(&content.0);
        h.0.update(&(defines.0.len() as u64).to_le_bytes());
        for (name, value) in &defines.0 {
            h.bytes(name.as_bytes());
            h.opt(value.as_deref().map(str::as_bytes));
        }
        ParsedKey(h.finish())
    }
}

/// The key of one typed module (for the typer): the module file's content, the whole defines
/// signature (haxe's `signature_entries`), the hxs version and the format version. The
/// dependencies are not in the key: they are stored in the record and checked on use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TypedKey(pub [u8; 32]);

impl TypedKey {
    pub fn new(
        format_version: u32,
        hxs_version: &str,
        module: &str,
        content: &ContentHash,
        defines_signature: &[String],
    ) -> TypedKey {
        let mut h = KeyHasher::new("hxs.typed", format_version, hxs_version);
        // The dotted module name, not its path: a module moved to another class path with
        // the same name and content types the same way (its dependencies are checked anyway).
        h.bytes(module.as_bytes());
        h.0.update(&content.0);
        h.0.update(&(defines_signature.len() as u64).to_le_bytes());
        for entry in defines_signature {
            h.bytes(entry.as_bytes());
        }
        TypedKey(h.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn define_values_are_sorted_and_deduplicated() {
        let mut d = BTreeMap::new();
        d.insert("js".to_string(), "1".to_string());
        let v = DefineValues::current(&["js", "cpp", "js"], &d);
        assert_eq!(
            v.0,
            vec![("cpp".into(), None), ("js".into(), Some("1".into()))]
        );
        assert!(v.still_hold(&d));
        d.insert("cpp".into(), "1".into());
        assert!(!v.still_hold(&d));
    }

    #[test]
    fn keys_separate_absent_and_empty_values() {
        let c = ContentHash::of(b"x");
        let a = DefineValues(vec![("a".into(), None)]);
        let b = DefineValues(vec![("a".into(), Some(String::new()))]);
        assert_ne!(
            ParsedKey::new(1, "v", &c, &a),
            ParsedKey::new(1, "v", &c, &b)
        );
        assert_ne!(
            ParsedKey::new(1, "v", &c, &a),
            ParsedKey::new(2, "v", &c, &a)
        );
        assert_ne!(
            ParsedKey::new(1, "v", &c, &a),
            ParsedKey::new(1, "w", &c, &a)
        );
    }
}
