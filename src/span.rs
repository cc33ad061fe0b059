//! Byte and character spans into the original text.
//!
//! Every extracted item carries two half-open ranges over the same piece of
//! text: `span` in UTF-8 bytes (so `&text[span]` works in Rust) and
//! `char_span` in Unicode scalar values (so `text[c0:c1]` works in Python).
//! Extractors only produce byte ranges; [`CharIndex`] turns them into
//! character ranges once per document.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open `[start, end)` range, serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First position inside the range.
    pub start: usize,
    /// First position after the range.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not be after `end`.
    ///
    /// ```
    /// let s = ekstrakt::Span::new(2, 5);
    /// assert_eq!(s.len(), 3);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// The number of positions covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span { start: a[0], end: a[1] }
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

/// Converts byte offsets of one text into character offsets.
///
/// Keeps a checkpoint every 64 bytes, so a conversion costs at most 64 byte
/// inspections, whatever the text's size; ASCII-only texts need no table.
///
/// ```
/// use ekstrakt::span::CharIndex;
/// let text = "zażółć gęślą";
/// let idx = CharIndex::new(text);
/// let b = text.find("gęślą").unwrap();
/// assert_eq!(idx.char_offset(b), 7);
/// ```
#[derive(Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    ascii: bool,
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let ascii = bytes.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(bytes.len() / BLOCK + 1);
            let mut count = 0usize;
            for chunk in bytes.chunks(BLOCK) {
                checkpoints.push(count);
                count += chars_in(chunk);
            }
            // The end of a text whose length is a multiple of BLOCK.
            checkpoints.push(count);
        }
        CharIndex { text, ascii, checkpoints }
    }

    /// The character offset of byte offset `byte` (which must lie on a char
    /// boundary or at the end of the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte), "byte {byte} is not a char boundary");
        if self.ascii {
            return byte;
        }
        let block = byte / BLOCK;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        let from = block * BLOCK;
        base + chars_in(&self.text.as_bytes()[from..byte])
    }

    /// The character span of a byte span.
    pub fn char_span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }
}

fn is_continuation(b: u8) -> bool {
    (b as i8) < -0x40
}

/// The characters (bytes that are no UTF-8 continuation byte) in `bytes`,
/// eight bytes at a time: a continuation byte is `10xxxxxx`, its high bit
/// set and the next one clear.
fn chars_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuation = 0usize;
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        let x = u64::from_le_bytes(b);
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    continuation += words.remainder().iter().filter(|&&b| is_continuation(b)).count();
    bytes.len() - continuation
}

#[cfg(test)]
mod tests {
    #[test]
    fn chars_in_counts_like_chars() {
        let text = "Zażółć gęślą jaźń – 2019 r. ✓ 𝄞 ab\u{a0}ß€";
        for a in 0..=text.len() {
            for b in a..=text.len() {
                let bytes = &text.as_bytes()[a..b];
                let slow = bytes.iter().filter(|&&c| !is_continuation(c)).count();
                assert_eq!(chars_in(bytes), slow, "{a}..{b}");
            }
        }
    }

    use super::*;

    #[test]
    fn char_offsets_match_naive_count() {
        let text = "😀 zażółć gęślą jaźń ".repeat(20);
        let idx = CharIndex::new(&text);
        for (b, _) in text.char_indices() {
            assert_eq!(idx.char_offset(b), text[..b].chars().count(), "byte {b}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("plain ascii");
        assert_eq!(idx.char_span(Span::new(6, 11)), Span::new(6, 11));
    }

    #[test]
    fn span_serialises_as_pair() {
        assert_eq!(serde_json::to_string(&Span::new(3, 9)).unwrap(), "[3,9]");
        let s: Span = serde_json::from_str("[1,4]").unwrap();
        assert_eq!(s, Span::new(1, 4));
    }
}
