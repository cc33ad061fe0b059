//! Segmentation into words and sentences, with byte offsets into the
//! original text.
//!
//! Words follow Unicode word boundaries (UAX #29, `unicode-segmentation`), so
//! `Thierry'ego`, `4.12.2019` and `m.in` stay whole. Sentences end at `.`,
//! `!`, `?` or `…` followed by space and a capital or digit, unless the word
//! before the full stop is a Polish abbreviation that never ends a sentence
//! (`m.in.`, `ds.`, `dr`, `prof.`), or an initial (`J.`); and at every line
//! break, because scraped pages put headlines, datelines and paragraphs on
//! lines of their own. Non-breaking and other Unicode spaces are spaces.

use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Starts with a letter (`Brukseli`, `m.in`, `Thierry'ego`).
    Word,
    /// Starts with a digit (`2019`, `4.12.2019`, `2019r`).
    Number,
    /// Any other visible character (`.`, `,`, `–`, `„`).
    Punct,
    /// White space without a line break.
    Space,
    /// White space with at least one line break.
    Newline,
}

/// One token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    /// True for words and numbers.
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }

    /// True for spaces and line breaks.
    pub fn is_space(&self) -> bool {
        matches!(self.kind, TokenKind::Space | TokenKind::Newline)
    }
}

/// A sentence: its byte range and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the text, without surrounding white space.
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
}

/// Whether an abbreviation may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AbbrevKind {
    /// Never ends a sentence (`m.in.`, `dr`, `ds.`).
    Inner,
    /// Ends one only before a capitalised word that is not a month (`r.`, `br.`).
    Final,
}

/// Splits texts into tokens and sentences; built once from the rules.
#[derive(Clone)]
pub struct Segmenter {
    /// Abbreviation without its final full stop, lower-cased -> kind.
    abbreviations: HashMap<String, AbbrevKind>,
    /// Abbreviation -> the words (lower case) before which its full stop
    /// never ends a sentence: `co.` before `Ltd` (`Yino Biotechnology co. Ltd`).
    inner_before: HashMap<String, Vec<String>>,
    /// [`class`] of every character below U+0800 (ASCII and the two-byte
    /// UTF-8 range: Latin, Greek, Cyrillic), so the tokenizer decodes and
    /// classifies them with one table look-up.
    classes: Box<[Option<Class>; 0x800]>,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").field("abbreviations", &self.abbreviations.len()).finish_non_exhaustive()
    }
}

impl Segmenter {
    /// Reads `abbreviations.tsv`: `abbreviation<TAB>inner|final[<TAB>words]`.
    pub fn new(rules: &RuleSet) -> Result<Segmenter, RulesError> {
        let table = rules.table("abbreviations.tsv")?;
        table.expect_fields(2, 3)?;
        let mut abbreviations = HashMap::new();
        let mut inner_before = HashMap::new();
        for row in table.rows() {
            let kind = match row.field(1)? {
                "inner" => AbbrevKind::Inner,
                "final" => AbbrevKind::Final,
                other => return Err(row.error(format!("kind must be inner or final, not {other:?}"))),
            };
            let a = row.field(0)?;
            let key = a.trim_end_matches('.').to_lowercase();
            let before: Vec<String> = row.list(2)?.into_iter().map(str::to_lowercase).collect();
            if !before.is_empty() {
                inner_before.insert(key.clone(), before);
            }
            abbreviations.insert(key, kind);
        }
        let mut classes = Box::new([None; 0x800]);
        for (cp, slot) in classes.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).and_then(class);
        }
        Ok(Segmenter { abbreviations, inner_before, classes })
    }

    /// True if `word` (without a final full stop) is a known abbreviation.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains_key(&word.to_lowercase())
    }

    /// Splits `text` into tokens covering it entirely.
    ///
    /// ```
    /// let seg = ekstrakt::segment::Segmenter::new(&ekstrakt::RuleSet::embedded()).unwrap();
    /// let text = "m.in. Thierry'ego\u{a0}Bretona";
    /// let words: Vec<&str> = seg.tokens(text).iter().filter(|t| t.is_wordlike()).map(|t| t.text(text)).collect();
    /// assert_eq!(words, ["m.in", "Thierry'ego", "Bretona"]);
    /// ```
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        fast_tokens(text, &self.classes).unwrap_or_else(|| uax29_tokens(text))
    }

    /// Groups tokens into sentences.
    ///
    /// ```
    /// let seg = ekstrakt::segment::Segmenter::new(&ekstrakt::RuleSet::embedded()).unwrap();
    /// let text = "Spotkanie prowadził dr Jan Nowak, m.in. o klastrach. Potem była przerwa.";
    /// let tokens = seg.tokens(text);
    /// let s: Vec<&str> = seg.sentences(text, &tokens).iter().map(|s| &text[s.span.range()]).collect();
    /// assert_eq!(s, ["Spotkanie prowadził dr Jan Nowak, m.in. o klastrach.", "Potem była przerwa."]);
    /// ```
    pub fn sentences(&self, text: &str, tokens: &[Token]) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            if t.kind == TokenKind::Newline {
                if let Some(s) = start.take() {
                    push_sentence(&mut out, tokens, s, i);
                }
                i += 1;
                continue;
            }
            if start.is_none() && !t.is_space() {
                start = Some(i);
            }
            if t.kind == TokenKind::Punct && self.ends_sentence(text, tokens, i) {
                // Keep closing quotes and brackets with the sentence.
                let mut end = i + 1;
                while end < tokens.len()
                    && tokens[end].kind == TokenKind::Punct
                    && matches!(tokens[end].text(text), "\"" | "”" | "’" | ")" | "»" | "." | "!" | "?")
                {
                    end += 1;
                }
                if let Some(s) = start.take() {
                    push_sentence(&mut out, tokens, s, end);
                }
                i = end;
                continue;
            }
            i += 1;
        }
        if let Some(s) = start {
            push_sentence(&mut out, tokens, s, tokens.len());
        }
        out
    }

    fn ends_sentence(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let p = tokens[i].text(text);
        if !matches!(p, "." | "!" | "?" | "…") {
            return false;
        }
        // What follows: end of text, or space then a capital, digit or quote.
        let next = match tokens.get(i + 1) {
            None => return true,
            Some(n) => n,
        };
        if !next.is_space() {
            return false;
        }
        if next.kind == TokenKind::Newline {
            return true;
        }
        let after = match tokens.get(i + 2) {
            None => return true,
            Some(a) => a,
        };
        let first = after.text(text).chars().next().unwrap_or(' ');
        if !(first.is_uppercase() || first.is_numeric() || matches!(first, '"' | '„' | '«' | '(' | '-' | '–')) {
            return false;
        }
        if p != "." {
            return true;
        }
        // A full stop after an abbreviation or an initial.
        let prev = match i.checked_sub(1).map(|j| tokens[j]) {
            Some(t) if t.kind == TokenKind::Word => t,
            _ => return true,
        };
        let word = prev.text(text);
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_uppercase() {
                return false; // an initial: `J. Nowak`
            }
        }
        let key = word.to_lowercase();
        if let Some(before) = self.inner_before.get(&key) {
            let next = after.text(text).to_lowercase();
            if before.iter().any(|b| *b == next) {
                return false; // `co. Ltd`: a company's legal form goes on
            }
        }
        match self.abbreviations.get(&key) {
            Some(AbbrevKind::Inner) => false,
            Some(AbbrevKind::Final) => !first.is_numeric(),
            None => true,
        }
    }
}

/// Tokens by Unicode word boundaries (UAX #29), white-space runs merged:
/// the reference the fast tokenizer must agree with.
pub fn uax29_tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 3);
    for (start, piece) in text.split_word_bound_indices() {
        let span = Span::new(start, start + piece.len());
        let first = piece.chars().next().unwrap_or(' ');
        let kind = if first.is_whitespace() {
            if piece.contains('\n') {
                TokenKind::Newline
            } else {
                TokenKind::Space
            }
        } else {
            kind_of_first(first)
        };
        if let Some(last) = out.last_mut() {
            if last.is_space() && matches!(kind, TokenKind::Space | TokenKind::Newline) && last.span.end == start {
                last.span.end = span.end;
                if kind == TokenKind::Newline {
                    last.kind = TokenKind::Newline;
                }
                continue;
            }
        }
        out.push(Token { span, kind });
    }
    out
}

fn kind_of_first(c: char) -> TokenKind {
    if c.is_alphabetic() {
        TokenKind::Word
    } else if c.is_numeric() {
        TokenKind::Number
    } else {
        TokenKind::Punct
    }
}

/// Character classes of the fast tokenizer (a subset of UAX #29's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// `_`: joins letters and digits (ExtendNumLet).
    Underscore,
    Space,
    /// `.` `'` `’`: join letters with letters and digits with digits.
    MidNumLet,
    /// `:` `·`: join letters with letters.
    MidLetter,
    /// `,` `;`: join digits with digits.
    MidNum,
    Other,
}

/// The class of a character the fast tokenizer models, `None` for one it
/// leaves to the UAX #29 tokenizer (other scripts, combining marks, format
/// characters, emoji).
fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Underscore,
        '.' | '\'' | '\u{2019}' | '\u{2018}' | '\u{2024}' | '\u{fe52}' | '\u{ff07}' | '\u{ff0e}' => Class::MidNumLet,
        ':' | '\u{b7}' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '\n' | '\r' | '\t' | ' ' | '\u{b}' | '\u{c}' => Class::Space,
        c if c.is_ascii() => Class::Other,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => Class::Space,
        '\u{ad}' | '\u{300}'..='\u{36f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' => return None,
        '\u{80}'..='\u{24f}' | '\u{370}'..='\u{3ff}' | '\u{400}'..='\u{52f}' | '\u{1e00}'..='\u{1eff}' => {
            if c.is_alphabetic() {
                Class::Letter
            } else if c.is_numeric() {
                // Superscripts and fractions are not Numeric in UAX #29.
                return None;
            } else if matches!(c, '\u{85}') {
                Class::Space
            } else {
                Class::Other
            }
        }
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205e}' | '\u{20a0}'..='\u{20cf}' | '\u{2190}'..='\u{21ff}' => Class::Other,
        _ => return None,
    })
}

/// ASCII letters, digits and `_`: the bytes the fast tokenizer's word
/// loop takes without decoding.
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// The class and UTF-8 length of the character starting at byte `i`
/// (`i` on a char boundary, inside the text); `None` as for [`class`].
/// Characters below U+0800 (one or two bytes) come from the table.
#[inline(always)]
fn class_at(text: &str, i: usize, table: &[Option<Class>; 0x800]) -> Option<(Class, usize)> {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return Some((table[usize::from(b)]?, 1));
    }
    if b < 0xE0 {
        // A two-byte sequence (the text is valid UTF-8: a continuation follows).
        let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes.get(i + 1)? & 0x3F);
        return Some((table[cp]?, 2));
    }
    let c = text[i..].chars().next()?;
    Some((class(c)?, c.len_utf8()))
}

/// The fast tokenizer: the same tokens as [`uax29_tokens`] for text in
/// Latin, Greek and Cyrillic scripts with common punctuation; `None` when the
/// text has a character it does not model, so the caller falls back.
///
/// It walks the bytes, classifying ASCII by table and decoding only the
/// other characters.
fn fast_tokens(text: &str, table: &[Option<Class>; 0x800]) -> Option<Vec<Token>> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Polish prose has a token every 3.3 bytes or so (words, spaces, marks).
    let mut out: Vec<Token> = Vec::with_capacity(n / 3 + 16);
    let mut i = 0;
    while i < n {
        let start = i;
        let (cls, len) = class_at(text, i, table)?;
        i += len;
        match cls {
            Class::Space => {
                // A merged run is a line break if it holds a `\n`, as in the reference.
                let mut has_lf = bytes[start] == b'\n';
                // Runs of ASCII spaces skip the class decoding.
                while i < n && bytes[i] == b' ' {
                    i += 1;
                }
                while i < n {
                    let (c, l) = class_at(text, i, table)?;
                    if c != Class::Space {
                        break;
                    }
                    has_lf |= bytes[i] == b'\n';
                    i += l;
                }
                let kind = if has_lf { TokenKind::Newline } else { TokenKind::Space };
                out.push(Token { span: Span::new(start, i), kind });
            }
            Class::Letter | Class::Digit | Class::Underscore => {
                let mut last = cls;
                while i < n {
                    // Runs of ASCII letters, digits and `_` (most of a word)
                    // skip the class decoding; `last` is the run's last class.
                    if ASCII_WORD[usize::from(bytes[i])] {
                        let run = i;
                        while i < n && ASCII_WORD[usize::from(bytes[i])] {
                            i += 1;
                        }
                        last = table[usize::from(bytes[i - 1])].unwrap_or(last);
                        debug_assert!(i > run);
                        continue;
                    }
                    let (c, l) = class_at(text, i, table)?;
                    match c {
                        Class::Letter | Class::Digit | Class::Underscore => {
                            i += l;
                            last = c;
                        }
                        Class::MidNumLet | Class::MidLetter | Class::MidNum => {
                            // Joins only between two letters or two digits.
                            let joins_letters = last == Class::Letter && matches!(c, Class::MidNumLet | Class::MidLetter);
                            let joins_digits = last == Class::Digit && matches!(c, Class::MidNumLet | Class::MidNum);
                            if !(joins_letters || joins_digits) || i + l >= n {
                                break;
                            }
                            let (after, al) = class_at(text, i + l, table)?;
                            if (joins_letters && after == Class::Letter) || (joins_digits && after == Class::Digit) {
                                i += l + al;
                                last = after;
                            } else {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                // As `kind_of_first`: letters are alphabetic, digits numeric, `_` neither.
                let kind = match cls {
                    Class::Letter => TokenKind::Word,
                    Class::Digit => TokenKind::Number,
                    _ => TokenKind::Punct,
                };
                out.push(Token { span: Span::new(start, i), kind });
            }
            _ => out.push(Token { span: Span::new(start, i), kind: TokenKind::Punct }),
        }
    }
    Some(out)
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], start: usize, end: usize) {
    let mut e = end;
    while e > start && tokens[e - 1].is_space() {
        e -= 1;
    }
    if e > start {
        out.push(Sentence { span: Span::new(tokens[start].span.start, tokens[e - 1].span.end), tokens: start..e });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg() -> Segmenter {
        Segmenter::new(&RuleSet::embedded()).unwrap()
    }

    fn sentences(text: &str) -> Vec<String> {
        let s = seg();
        let t = s.tokens(text);
        s.sentences(text, &t).iter().map(|x| text[x.span.range()].to_string()).collect()
    }

    #[test]
    fn tokens_cover_the_text() {
        let text = "😀 Zażółć\u{a0}gęślą jaźń, 4.12.2019 r.\n\nKoniec";
        let toks = seg().tokens(text);
        let mut pos = 0;
        for t in &toks {
            assert_eq!(t.span.start, pos);
            pos = t.span.end;
        }
        assert_eq!(pos, text.len());
        let words: Vec<&str> = toks.iter().filter(|t| t.is_wordlike()).map(|t| t.text(text)).collect();
        assert_eq!(words, ["Zażółć", "gęślą", "jaźń", "4.12.2019", "r", "Koniec"]);
    }

    #[test]
    fn fast_tokens_agree_with_uax29_on_tricky_text() {
        let texts = [
            "m.in. Thierry'ego Thierry’ego 4.12.2019 04.12.2019r. 21-22.10.2014 1,5 tys. 1 000 a.1 1.a",
            "ECC_2024 20141020_084207W https://www.clustercollaboration.eu/news/meeting-50 a:b 10:30 x;y 3;4",
            "„Dolina Lotnicza” – (PARP) ‘quoted’ e-mail Serewko-Szymańska Ωmega Москва 100€ →",
            "line\r\nnext\n\n\u{a0}\u{2009}end...'.' __ _a a_ .5 5. ',' 'a' a'",
        ];
        for t in texts {
            assert_eq!(fast_tokens(t, &seg().classes), Some(uax29_tokens(t)), "{t}");
        }
        // Text the fast path does not model falls back.
        let classes = &seg().classes;
        assert_eq!(fast_tokens("emoji 😀 here", classes), None);
        assert_eq!(fast_tokens("soft\u{ad}hyphen", classes), None);
        assert_eq!(fast_tokens("½ x²", classes), None);
    }

    #[test]
    fn polish_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Komisarz ds. Rynku Wewnętrznego mówił m.in. o MŚP. Prof. Nowak i dr Kowalski słuchali."),
            ["Komisarz ds. Rynku Wewnętrznego mówił m.in. o MŚP.", "Prof. Nowak i dr Kowalski słuchali."]
        );
        assert_eq!(sentences("Wystąpił nt. klastrów, tj. sieci firm."), ["Wystąpił nt. klastrów, tj. sieci firm."]);
        assert_eq!(sentences("Było ok. 300 osób, np. J. Nowak."), ["Było ok. 300 osób, np. J. Nowak."]);
    }

    #[test]
    fn year_abbreviation_ends_only_before_a_new_sentence() {
        assert_eq!(
            sentences("Spotkanie odbyło się 4 grudnia 2019 r. Wzięło w nim udział 50 osób."),
            ["Spotkanie odbyło się 4 grudnia 2019 r.", "Wzięło w nim udział 50 osób."]
        );
        assert_eq!(sentences("W 2019 r. 20 firm przystąpiło."), ["W 2019 r. 20 firm przystąpiło."]);
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(sentences("08\ngrudnia\n2019\n\nTytuł bez kropki\nTekst."), ["08", "grudnia", "2019", "Tytuł bez kropki", "Tekst."]);
    }
}
