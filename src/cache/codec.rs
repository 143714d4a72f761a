//! The envelope around every stored value: format version, record kind, compression and a
//! checksum in front of the bincode payload, so that a flipped byte, a truncated value or a
//! value written by another layout is detected before bincode (which is not self-describing)
//! reads it.
//!
//! ```text
//! offset  size  field
//! 0       4     format version, u32 little-endian
//! 4       1     record kind (records::RecordKind)
//! 5       1     compression: 0 none, 1 lz4 block with its u32 little-endian size in front
//! 6       16    first 16 bytes of blake3(bytes 0..6 ++ stored payload)
//! 22      ..    stored payload: bincode 1.3, DefaultOptions (varint integers,
//!               little-endian), lz4-compressed when byte 5 is 1
//! ```
//!
//! Payloads of [`COMPRESS_FROM`] bytes or more are compressed: syntax trees shrink by about a
//! third (haxe's std: 7.1 MB of bincode, 4.9 MB stored), which with sled's own overhead keeps
//! the store under twice the size of the sources, and lz4 decodes far faster than bincode.

use super::records::RecordKind;
use bincode::Options;
use serde::{de::DeserializeOwned, Serialize};
use std::borrow::Cow;

/// Size of the envelope before the payload.
pub const HEADER_LEN: usize = 22;

/// Payloads this long or longer are stored lz4-compressed.
pub const COMPRESS_FROM: usize = 512;

/// Decoding refuses payloads that would allocate more than this: garbage must not make us
/// reserve gigabytes.
pub const MAX_PAYLOAD: u64 = 256 << 20;

/// Why a stored value could not be read. Each is a cache miss (`MissReason::Corrupt` or
/// `FormatChanged`), never an error shown to a user.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    #[error("value shorter than its header ({0} bytes)")]
    Truncated(usize),
    #[error("value written by format version {0}")]
    OtherFormat(u32),
    #[error("value of kind {found}, expected {expected}")]
    WrongKind { expected: u8, found: u8 },
    #[error("checksum mismatch")]
    Checksum,
    #[error("unknown compression {0}")]
    Compression(u8),
    #[error("payload does not decode: {0}")]
    Payload(String),
    #[error("value does not encode: {0}")]
    Encode(String),
}

fn options() -> impl Options {
    bincode::DefaultOptions::new().with_limit(MAX_PAYLOAD)
}

fn checksum(header: &[u8], payload: &[u8]) -> [u8; 16] {
    let mut h = blake3::Hasher::new();
    h.update(header);
    h.update(payload);
    let mut out = [0u8; 16];
    out.copy_from_slice(&h.finalize().as_bytes()[..16]);
    out
}

/// The payload alone (bincode with the store's options); used by the layout test.
pub fn payload<T: Serialize>(value: &T) -> Result<Vec<u8>, CodecError> {
    options()
        .serialize(value)
        .map_err(|e| CodecError::Encode(e.to_string()))
}

/// Encodes `value` as a record of `kind` under `format_version`.
pub fn encode<T: Serialize>(
    format_version: u32,
    kind: RecordKind,
    value: &T,
) -> Result<Vec<u8>, CodecError> {
    let body = payload(value)?;
    let (compression, body) = if body.len() >= COMPRESS_FROM {
        (1u8, lz4_flex::compress_prepend_size(&body))
    } else {
        (0u8, body)
    };
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&format_version.to_le_bytes());
    out.push(kind as u8);
    out.push(compression);
    let sum = checksum(&out[..6], &body);
    out.extend_from_slice(&sum);
    out.extend_from_slice(&body);
    Ok(out)
}

/// The payload after the checks, decompressed if need be.
fn body(format_version: u32, kind: RecordKind, bytes: &[u8]) -> Result<Cow<'_, [u8]>, CodecError> {
    check(format_version, kind, bytes)?;
    let stored = &bytes[HEADER_LEN..];
    match bytes[5] {
        0 => Ok(Cow::Borrowed(stored)),
        1 => {
            let mut size = [0u8; 4];
            size.copy_from_slice(stored.get(..4).ok_or(CodecError::Truncated(bytes.len()))?);
            if u64::from(u32::from_le_bytes(size)) > MAX_PAYLOAD {
                return Err(CodecError::Payload("compressed size out of range".into()));
            }
            lz4_flex::decompress_size_prepended(stored)
                .map(Cow::Owned)
                .map_err(|e| CodecError::Payload(e.to_string()))
        }
        other => Err(CodecError::Compression(other)),
    }
}

/// Decodes a record of `kind` written under `format_version`, checking everything first.
pub fn decode<T: DeserializeOwned>(
    format_version: u32,
    kind: RecordKind,
    bytes: &[u8],
) -> Result<T, CodecError> {
    let body = body(format_version, kind, bytes)?;
    options()
        .deserialize(&body)
        .map_err(|e| CodecError::Payload(e.to_string()))
}

/// The envelope checks: length, format version, kind, checksum.
fn check(format_version: u32, kind: RecordKind, bytes: &[u8]) -> Result<(), CodecError> {
    if bytes.len() < HEADER_LEN {
        return Err(CodecError::Truncated(bytes.len()));
    }
    let mut v = [0u8; 4];
    v.copy_from_slice(&bytes[..4]);
    let found_version = u32::from_le_bytes(v);
    if found_version != format_version {
        return Err(CodecError::OtherFormat(found_version));
    }
    if bytes[4] != kind as u8 {
        return Err(CodecError::WrongKind {
            expected: kind as u8,
            found: bytes[4],
        });
    }
    if checksum(&bytes[..6], &bytes[HEADER_LEN..]) != bytes[6..HEADER_LEN] {
        return Err(CodecError::Checksum);
    }
    Ok(())
}

/// Decodes only the head of a record's payload (its first fields, as `T`), after the same
/// checks as [`decode`]; `gc` reads the content hash at the head of large records this way.
pub fn decode_prefix<T: DeserializeOwned>(
    format_version: u32,
    kind: RecordKind,
    bytes: &[u8],
) -> Result<T, CodecError> {
    let body = body(format_version, kind, bytes)?;
    options()
        .allow_trailing_bytes()
        .deserialize(&body)
        .map_err(|e| CodecError::Payload(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_every_single_byte_flip_is_caught() {
        let value = (42u64, "hello".to_string(), vec![1u8, 2, 3]);
        let big = (7u64, "x".repeat(2000), vec![5u8; 3000]);
        let bytes = encode(1, RecordKind::Meta, &big).unwrap();
        assert_eq!(bytes[5], 1, "compressed");
        assert!(bytes.len() < 1000);
        let back: (u64, String, Vec<u8>) = decode(1, RecordKind::Meta, &bytes).unwrap();
        assert_eq!(back, big);
        let bytes = encode(1, RecordKind::Meta, &value).unwrap();
        let back: (u64, String, Vec<u8>) = decode(1, RecordKind::Meta, &bytes).unwrap();
        assert_eq!(back, value);
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x40;
            assert!(decode::<(u64, String, Vec<u8>)>(1, RecordKind::Meta, &b).is_err());
        }
        for n in 0..bytes.len() {
            assert!(decode::<(u64, String, Vec<u8>)>(1, RecordKind::Meta, &bytes[..n]).is_err());
        }
        assert_eq!(
            decode::<(u64, String, Vec<u8>)>(2, RecordKind::Meta, &bytes),
            Err(CodecError::OtherFormat(1))
        );
    }
}
