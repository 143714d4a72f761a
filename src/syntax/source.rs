//! Source files and positions: byte spans inside a file, and their conversion to the
//! line and code-point column numbers that haxe prints.
//!
//! Haxe counts positions in Unicode code points (its lexer is sedlex over UTF-8), while
//! slicing Rust strings needs byte offsets. Spans therefore hold byte offsets, and every
//! conversion to or from haxe's numbers goes through [`SourceFile`].

use std::sync::Arc;

/// A half-open range of byte offsets `lo..hi` inside one file.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// The smallest span covering both (haxe's `punion`).
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// An empty span at `at`.
    pub const fn at(at: u32) -> Span {
        Span { lo: at, hi: at }
    }
}

/// A file's text with the index needed to print haxe positions.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as it will be printed in messages.
    pub path: String,
    pub text: Arc<str>,
    /// Byte offset of the start of each line; line 1 starts at offset 0.
    line_starts: Vec<u32>,
    ascii: bool,
}

/// A position as haxe reports it: 1-based line, 0-based code-point column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<Arc<str>>) -> SourceFile {
        let text: Arc<str> = text.into();
        let line_starts = line_starts(text.as_bytes());
        let ascii = text.is_ascii();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
            ascii,
        }
    }

    /// Line and code-point column of a byte offset (offsets past the end clamp to the end).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.text.len() as u32);
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_index];
        let col = if self.ascii {
            offset - start
        } else {
            let slice = &self.text.as_bytes()[start as usize..offset as usize];
            count_code_points(slice)
        };
        LineCol {
            line: line_index as u32 + 1,
            col,
        }
    }

    /// The byte offset of a code-point offset, as `--display FILE@POS` gives it.
    /// Returns `None` when the position is past the end of the file.
    pub fn byte_of_code_point(&self, cp: u32) -> Option<u32> {
        if self.ascii {
            return (cp as usize <= self.text.len()).then_some(cp);
        }
        let mut seen = 0u32;
        for (byte, _) in self.text.char_indices() {
            if seen == cp {
                return Some(byte as u32);
            }
            seen += 1;
        }
        (seen == cp).then_some(self.text.len() as u32)
    }

    /// The code-point offset of a byte offset.
    pub fn code_point_of_byte(&self, byte: u32) -> u32 {
        if self.ascii {
            return byte;
        }
        let end = (byte as usize).min(self.text.len());
        count_code_points(&self.text.as_bytes()[..end])
    }

    /// haxe's `Lexer.get_error_pos` with the default printer: `file:L: characters A-B`,
    /// `file:L: character A` or `file:L1: lines L1-L2`.
    pub fn format_pos(&self, span: Span) -> String {
        format_pos_with(&self.path, self, span)
    }
}

/// Formats a position with an explicit path (haxe prints different paths in different places).
pub fn format_pos_with(path: &str, file: &SourceFile, span: Span) -> String {
    let a = file.line_col(span.lo);
    let b = file.line_col(span.hi);
    if a.line == b.line {
        if a.col == b.col {
            format!("{}:{}: character {}", path, a.line, a.col + 1)
        } else {
            format!(
                "{}:{}: characters {}-{}",
                path,
                a.line,
                a.col + 1,
                b.col + 1
            )
        }
    } else {
        format!("{}:{}: lines {}-{}", path, a.line, a.line, b.line)
    }
}

fn count_code_points(bytes: &[u8]) -> u32 {
    // A code point starts at every byte that is not a UTF-8 continuation byte.
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

fn line_starts(bytes: &[u8]) -> Vec<u32> {
    let mut starts = vec![0u32];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => starts.push(i as u32 + 1),
            b'\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                starts.push(i as u32 + 1);
            }
            _ => {}
        }
        i += 1;
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_code_points_and_crlf_is_one_break() {
        let f = SourceFile::new("A.hx", "ab\r\n\"é😀\"x\rz");
        assert_eq!(f.line_col(0), LineCol { line: 1, col: 0 });
        assert_eq!(f.line_col(4), LineCol { line: 2, col: 0 });
        let x = f.text.find('x').unwrap() as u32;
        assert_eq!(f.line_col(x), LineCol { line: 2, col: 4 });
        let z = f.text.find('z').unwrap() as u32;
        assert_eq!(f.line_col(z), LineCol { line: 3, col: 0 });
        assert_eq!(f.byte_of_code_point(8), Some(x));
        assert_eq!(f.code_point_of_byte(x), 8);
        assert_eq!(f.byte_of_code_point(1000), None);
    }

    #[test]
    fn formats_like_haxe() {
        let f = SourceFile::new("A.hx", "class A {}\nx");
        assert_eq!(f.format_pos(Span::new(6, 7)), "A.hx:1: characters 7-8");
        assert_eq!(f.format_pos(Span::at(6)), "A.hx:1: character 7");
        assert_eq!(f.format_pos(Span::new(0, 12)), "A.hx:1: lines 1-2");
    }
}
