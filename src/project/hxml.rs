//! `.hxml` files, read exactly like haxe 4.2.5 (`Server.parse_hxml_data`).
//!
//! * Lines are split at runs of `\r`/`\n`; each line is stripped of ` \t\r\n` at both ends.
//! * A line wholly enclosed in `"…"` or `'…'` loses those quotes first.
//! * Empty lines and lines starting with `#` are skipped.
//! * A line starting with `-` is split at its **first space** into the flag and the rest
//!   (the rest stripped); both parts are unquoted. Haxe 4.2.5 does *not* split further:
//!   `-cp src -main Main` is the flag `-cp` with the value `src -main Main`.
//! * Any other line is one argument (a dot path, a nested hxml, a `--run` argument, ...).
//!
//! Nested files, `--cwd`, `--next`, `--each` are handled by [`super::args`].

use std::path::Path;

/// Why a hxml file could not be turned into arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HxmlError {
    /// The file cannot be opened (haxe then passes `FILE (file not found)` on as an argument).
    NotFound,
    /// The file opens but cannot be read (e.g. a directory): haxe dies with this OCaml exception.
    Unreadable(String),
    /// The contents are not UTF-8 (an hxs restriction: haxe would read the bytes).
    InvalidUtf8,
    /// A line is a lone quote character: haxe dies with `Invalid_argument("String.sub / Bytes.sub")`.
    LoneQuote,
}

/// OCaml `DisplayOutput.unquote`: strips one pair of enclosing `"` or `'`.
/// `None` where haxe raises (a one-character string that is a quote).
pub fn unquote(v: &str) -> Option<&str> {
    let b = v.as_bytes();
    if b.is_empty() {
        return Some(v);
    }
    let (first, last) = (b[0], b[b.len() - 1]);
    if (first == b'"' && last == b'"') || (first == b'\'' && last == b'\'') {
        if b.len() < 2 {
            return None;
        }
        // The quote bytes are ASCII, so these are char boundaries.
        Some(&v[1..v.len() - 1])
    } else {
        Some(v)
    }
}

fn strip(s: &str) -> &str {
    s.trim_matches(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
}

/// Splits hxml contents into arguments (see the module doc).
pub fn parse_hxml_data(data: &str) -> Result<Vec<String>, HxmlError> {
    let mut out = Vec::new();
    for raw in data.split(['\r', '\n']).filter(|l| !l.is_empty()) {
        let l = unquote(strip(raw)).ok_or(HxmlError::LoneQuote)?;
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if l.starts_with('-') {
            let split = l.split_once(' ').and_then(|(a, b)| {
                let a = unquote(a)?;
                let b = unquote(strip(b))?;
                Some((a, b))
            });
            match split {
                Some((a, b)) => {
                    out.push(a.to_string());
                    out.push(b.to_string());
                }
                None => out.push(l.to_string()),
            }
        } else {
            out.push(l.to_string());
        }
    }
    Ok(out)
}

/// Reads and splits one hxml file.
pub fn read_hxml(path: &Path) -> Result<Vec<String>, HxmlError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        // haxe: a file that opens but cannot be read (a directory) dies with Sys_error;
        // one that cannot be opened is "not found".
        Err(_) if path.is_dir() => return Err(HxmlError::Unreadable("Is a directory".into())),
        Err(_) => return Err(HxmlError::NotFound),
    };
    let text = String::from_utf8(bytes).map_err(|_| HxmlError::InvalidUtf8)?;
    parse_hxml_data(&text)
}

/// Whether haxe treats `arg` as an hxml file name: its last `.`-separated part is `hxml`.
pub fn is_hxml_name(arg: &str) -> bool {
    arg == "hxml" || arg.ends_with(".hxml")
}
