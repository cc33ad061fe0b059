//! Where a date family's regex can match: windows of a few words around
//! the ASCII digits, so that the digit families (`numeric`, `textual`,
//! `year`) run their regexes over a small part of each text.
//!
//! The windows give exactly what a pass over the whole text gives. Every
//! windowed family regex (checked on its syntax tree when the grammar is
//! built):
//! - matches no `\n` or `\r`, so a match lies on one line;
//! - crosses at most `bound` runs of white space (each `[\s&&[^\n\r]]*`, or
//!   white space in a literal, counts one; a repeated group that can match
//!   white space leaves the family unwindowed);
//! - has no look-around and no empty match;
//! - holds its anchor: an ASCII digit (`numeric`, `textual`) or four in a
//!   row (`year`), by the family templates in [`super::grammar`].
//!
//! So a match overlaps a token (a run of non-space characters) with the
//! anchor and lies within `bound` tokens of it on its line. Merged, those
//! windows hold every match whole; a match starting in a window ends in it,
//! so a leftmost-first search bounded by the window's end finds what the
//! search over the whole text finds. `tests/dates.rs` compares windowed and
//! whole-text scans on every corpus text and on made-up strings.
//!
//! Not windowed: `month` (its anchors, month stems at token starts, cost a
//! pass over every token that ate the gain) and `relative` (its words can
//! sit inside a token).

use regex_syntax::hir::{Class, Hir, HirKind};

/// How to window one family: its anchor (four digits in a row, or any
/// digit) and the most white-space runs a match crosses, or `None` when
/// its regex cannot be windowed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Family {
    four_digits: bool,
    bound: Option<usize>,
}

impl Family {
    /// Checks `pattern` (the family's regex) and records its bound; with
    /// `four_digits` a match holds four digits in a row, else one digit.
    pub(crate) fn new(pattern: &str, four_digits: bool) -> Family {
        Family { four_digits, bound: bound_of(pattern) }
    }

    /// The merged windows `(start, end)` of `text` where the family's regex
    /// can match, in text order, from the text's digit runs (see
    /// [`digit_runs`]); the whole text when the family has no bound.
    pub(crate) fn windows(&self, text: &str, runs: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let Some(bound) = self.bound else { return vec![(0, text.len())] };
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(p, q) in runs {
            if self.four_digits && q - p < 4 {
                continue;
            }
            // a run inside the last window merges with it whatever its
            // start (which is at most `p`): no walk to the left
            if let Some(w) = out.last_mut().filter(|w| p <= w.1) {
                w.1 = w.1.max(walk_right(text, q, bound));
                continue;
            }
            let (ws, we) = (walk_left(text, p, bound), walk_right(text, q, bound));
            match out.last_mut() {
                Some(w) if ws <= w.1 => w.1 = w.1.max(we),
                _ => out.push((ws, we)),
            }
        }
        out
    }
}

/// The maximal runs `(start, end)` of ASCII digits in `text`. Blocks of 32
/// bytes without a digit are skipped with one branch-free test each.
pub(crate) fn digit_runs(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let end = (i + 32).min(b.len());
        if !b[i..end].iter().fold(false, |a, c| a | (c.wrapping_sub(b'0') < 10)) {
            i = end;
            continue;
        }
        while i < end {
            if b[i].is_ascii_digit() {
                let q = b[i..].iter().position(|c| !c.is_ascii_digit()).map_or(b.len(), |n| i + n);
                out.push((i, q));
                i = q;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The start of the window left of `at` (inside its token): the start of
/// the `tokens`-th token before that token, or the line's start.
fn walk_left(text: &str, at: usize, tokens: usize) -> usize {
    let (mut left, mut in_space) = (tokens, false);
    for (i, c) in text[..at].char_indices().rev() {
        if c == '\n' || c == '\r' {
            return i + 1;
        }
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            if left == 0 {
                return i + c.len_utf8();
            }
            left -= 1;
            in_space = false;
        }
    }
    0
}

/// The end of the window right of `at` (inside its token): the end of the
/// `tokens`-th token after that token, or the line's end.
fn walk_right(text: &str, at: usize, tokens: usize) -> usize {
    let (mut left, mut in_space) = (tokens, false);
    for (i, c) in text[at..].char_indices() {
        if c == '\n' || c == '\r' {
            return at + i;
        }
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            if left == 0 {
                return at + i;
            }
            left -= 1;
            in_space = false;
        }
    }
    text.len()
}

/// The most runs of white space a match of `pattern` crosses, or `None` if
/// the pattern matches a line break, has look-around, may match empty, or
/// repeats white space in a group without bound.
fn bound_of(pattern: &str) -> Option<usize> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let props = hir.properties();
    if !props.look_set().is_empty() || props.minimum_len().is_none_or(|n| n == 0) || breaks(&hir) {
        return None;
    }
    runs(&hir)
}

/// White-space runs along the worst path through `hir`.
fn runs(hir: &Hir) -> Option<usize> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(0),
        HirKind::Literal(l) => Some(String::from_utf8_lossy(&l.0).chars().filter(|c| c.is_whitespace()).count()),
        HirKind::Class(c) => Some(usize::from(class_any(c, char::is_whitespace))),
        HirKind::Repetition(r) => {
            let inner = runs(&r.sub)?;
            if inner == 0 {
                Some(0)
            } else if matches!(r.sub.kind(), HirKind::Class(_)) {
                // a run of one class is one run of white space
                Some(1)
            } else {
                r.max.map(|m| m as usize * inner)
            }
        }
        HirKind::Capture(c) => runs(&c.sub),
        HirKind::Concat(v) => v.iter().map(runs).sum(),
        HirKind::Alternation(v) => v.iter().map(runs).try_fold(0, |a, r| r.map(|r| a.max(r))),
    }
}

/// True if `hir` can match `\n` or `\r`.
fn breaks(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(l) => l.0.iter().any(|&b| b == b'\n' || b == b'\r'),
        HirKind::Class(c) => class_any(c, |ch| ch == '\n' || ch == '\r'),
        HirKind::Repetition(r) => breaks(&r.sub),
        HirKind::Capture(c) => breaks(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(breaks),
    }
}

/// True if `class` holds a character (or byte) that `pred` accepts; only
/// characters up to U+3000 (the last white space) are tried.
fn class_any(class: &Class, pred: impl Fn(char) -> bool) -> bool {
    match class {
        Class::Unicode(u) => u.iter().any(|r| {
            let hi = r.end().min('\u{3000}');
            r.start() <= hi && (r.start()..=hi).any(&pred)
        }),
        Class::Bytes(b) => b.iter().any(|r| (r.start()..=r.end()).any(|x| pred(char::from(x)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds() {
        let h = r"[\s&&[^\n\r]]";
        assert_eq!(bound_of(&format!("[0-9]+{h}*-{h}*[0-9]+")), Some(2));
        assert_eq!(bound_of(&format!("(?:a{h}b|c)(?:{h}+d)?")), Some(2));
        assert_eq!(bound_of(&format!("(?:a{h})+")), None);
        assert_eq!(bound_of(r"a\s*b"), None);
        assert_eq!(bound_of(r"\ba"), None);
        assert_eq!(bound_of(r"a?"), None);
        assert_eq!(bound_of("ab"), Some(0));
    }

    #[test]
    fn windows_cover_anchors() {
        let digits = Family { four_digits: false, bound: Some(1) };
        let text = "Ala ma kota.\nW dniu 5 maja 2019 r. Wczoraj też\n10";
        let w: Vec<&str> = digits.windows(text, &digit_runs(text)).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(w, [" dniu 5 maja 2019 r. ", "10"]);
        let years = Family { four_digits: true, bound: Some(0) };
        let text = "12 r2019r. 123\u{a0}4567\u{a0}x";
        let w: Vec<&str> = years.windows(text, &digit_runs(text)).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(w, [" r2019r. ", "\u{a0}4567\u{a0}"]);
        let none = Family { four_digits: true, bound: None };
        assert_eq!(none.windows("ab", &[]), [(0, 2)]);
        let long = "x".repeat(40) + "12 ab 345" + &"y".repeat(40) + "6";
        assert_eq!(digit_runs(&long), [(40, 42), (46, 49), (89, 90)]);
    }
}
