//! One document as the extractors see it: its text, tokens, sentences, and
//! the facts earlier extractors established for later ones.

use crate::segment::{Segmenter, Sentence, Token, TokenKind};
use crate::span::Span;
use chrono::NaiveDate;
use std::borrow::Cow;

/// A segmented document, plus facts shared between extractors.
///
/// Extractors run in a fixed order (see [`crate::pipeline`]): the document
/// date first, then the event, then dates (which need both for missing
/// years), then venues, attendance and names.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The whole text.
    pub text: &'a str,
    /// Tokens covering the whole text.
    pub tokens: Vec<Token>,
    /// Sentences (and lines), in order.
    pub sentences: Vec<Sentence>,
    /// The text lower-cased with every byte offset kept (see [`lowercase_in_place`]):
    /// `&doc.lower[span]` is the lower-case form of `&doc.text[span]`, without
    /// an allocation per word.
    pub lower: String,
    /// Whether `lower` is exactly what [`str::to_lowercase`] gives for the
    /// text (no character kept because its lower case has another length,
    /// no `Σ`, whose lower case depends on its neighbours): then
    /// [`Doc::lower_of`] is a slice of it.
    pub lower_exact: bool,
    /// Facts found so far.
    pub facts: Facts,
}

/// What earlier extractors found that later ones use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// The article's own publication date.
    pub document_date: Option<NaiveDate>,
    /// Where the publication date is written (a dateline may span lines).
    pub document_date_span: Option<Span>,
    /// A year written in the article's title (its first content line).
    pub title_year: Option<i32>,
    /// The year of the event the article is about.
    pub event_year: Option<i32>,
    /// A list of other articles' dated headlines at the top of the page (a
    /// sidebar): its names and dates are not the article's event.
    pub sidebar: Option<Span>,
}

impl<'a> Doc<'a> {
    /// Segments `text`.
    pub fn new(text: &'a str, segmenter: &Segmenter) -> Doc<'a> {
        let tokens = segmenter.tokens(text);
        let sentences = segmenter.sentences(text, &tokens);
        let (lower, lower_exact) = lowercase_in_place_checked(text);
        Doc { text, tokens, sentences, lower, lower_exact, facts: Facts::default() }
    }

    /// The lower-case form of the text of a byte span (same offsets as in `text`).
    pub fn lower(&self, span: Span) -> &str {
        &self.lower[span.range()]
    }

    /// `self.slice(span).to_lowercase()`, without an allocation when the
    /// whole text lower-cases in place ([`Doc::lower_exact`], nearly always).
    pub fn lower_of(&self, span: Span) -> Cow<'_, str> {
        if self.lower_exact {
            Cow::Borrowed(self.lower(span))
        } else {
            Cow::Owned(self.slice(span).to_lowercase())
        }
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// The word and number tokens of a sentence, in order.
    pub fn words(&self, sentence: &Sentence) -> impl Iterator<Item = &Token> + '_ {
        self.tokens[sentence.tokens.clone()].iter().filter(|t| t.is_wordlike())
    }

    /// The index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// The index of the token starting at or containing byte offset `at`.
    pub fn token_at(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= at);
        (i < self.tokens.len()).then_some(i)
    }

    /// The title: the first line that has at least two words and is not
    /// site furniture. Scraped pages open with it.
    pub fn title(&self) -> Option<&Sentence> {
        self.sentences.iter().take(8).find(|s| self.tokens[s.tokens.clone()].iter().filter(|t| t.kind == TokenKind::Word).count() >= 2)
    }
}

/// `word.to_lowercase()`, borrowed when that changes nothing (a word
/// already in lower case, nearly always).
///
/// ```
/// use ekstrakt::doc::lower_word;
/// assert!(matches!(lower_word("osób"), std::borrow::Cow::Borrowed("osób")));
/// assert_eq!(lower_word("Ponad"), "ponad");
/// assert_eq!(lower_word("ǅ"), "ǆ");
/// ```
pub fn lower_word(word: &str) -> Cow<'_, str> {
    let same = word.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        }
    });
    if same {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// `text` lower-cased character by character, keeping every byte offset:
/// a character whose lower case has another UTF-8 length (`İ`, `ẞ`) or is
/// more than one character stays as it is. Polish, other Latin, Greek and
/// Cyrillic letters all lower-case within their length.
///
/// ```
/// let s = ekstrakt::doc::lowercase_in_place("ZAŻÓŁĆ Gęślą JAŹŃ İ");
/// assert_eq!(s, "zażółć gęślą jaźń İ");
/// ```
pub fn lowercase_in_place(text: &str) -> String {
    lowercase_in_place_checked(text).0
}

/// [`lowercase_in_place`], and whether the result is exactly
/// `text.to_lowercase()`.
///
/// ```
/// use ekstrakt::doc::lowercase_in_place_checked;
/// assert_eq!(lowercase_in_place_checked("Zażółć GĘŚLĄ"), ("zażółć gęślą".to_string(), true));
/// assert!(!lowercase_in_place_checked("İstanbul").1);
/// assert!(!lowercase_in_place_checked("ΟΔΟΣ").1);
/// ```
pub fn lowercase_in_place_checked(text: &str) -> (String, bool) {
    let mut exact = true;
    // A copy of a `str` needs no second UTF-8 check.
    let mut out = text.to_owned();
    // ASCII in one vectorised pass; it leaves every other byte alone.
    out.make_ascii_lowercase();
    // The bytes of `text` and `out` differ in ASCII letters only, so the
    // scan for non-ASCII characters reads `text`.
    let bytes = text.as_bytes();
    let mut buf = [0u8; 4];
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time are skipped with one test.
        if let Some(word) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]);
            if word & 0x8080_8080_8080_8080 == 0 {
                i += 8;
                continue;
            }
        }
        // Only a lead byte of a multi-byte character starts work here.
        if bytes[i] < 0xC0 {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let n = c.len_utf8();
        if let Some(l) = common_lower(c) {
            if l != c {
                // one character for one of the same length: nothing moves
                out.replace_range(i..i + n, l.encode_utf8(&mut buf));
            }
            i += n;
            continue;
        }
        let mut lower = c.to_lowercase();
        let single = match (lower.next(), lower.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        };
        match single {
            // final sigma: `str::to_lowercase` looks at the neighbours
            _ if c == 'Σ' => exact = false,
            Some(l) if c.is_uppercase() && l.len_utf8() == n => {
                out.replace_range(i..i + n, l.encode_utf8(&mut buf));
            }
            Some(l) if l == c => {}
            // kept as it is, though its lower case differs (`İ`, `ẞ`, `ǅ`)
            _ => exact = false,
        }
        i += n;
    }
    (out, exact)
}

/// The lower case of the non-ASCII characters Polish text is made of
/// (its letters, typographic quotes and dashes), without the Unicode
/// tables: each is one character of the same length, as
/// [`char::to_lowercase`] gives. `None` for any other character.
fn common_lower(c: char) -> Option<char> {
    Some(match c {
        'Ą' => 'ą',
        'Ć' => 'ć',
        'Ę' => 'ę',
        'Ł' => 'ł',
        'Ń' => 'ń',
        'Ó' => 'ó',
        'Ś' => 'ś',
        'Ź' => 'ź',
        'Ż' => 'ż',
        'ą' | 'ć' | 'ę' | 'ł' | 'ń' | 'ó' | 'ś' | 'ź' | 'ż' => c,
        '„' | '”' | '“' | '’' | '‘' | '«' | '»' | '–' | '—' | '…' | '\u{a0}' => c,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    #[test]
    fn lookups_by_offset() {
        let seg = Segmenter::new(&RuleSet::embedded()).unwrap();
        let text = "';\n\nWzięliśmy udział w konferencji 2020 !\n\nDrugie zdanie tutaj.";
        let doc = Doc::new(text, &seg);
        let title = doc.title().unwrap();
        assert_eq!(doc.slice(title.span), "Wzięliśmy udział w konferencji 2020 !");
        let at = text.find("Drugie").unwrap();
        assert_eq!(doc.sentence_at(at), Some(2));
        assert_eq!(doc.slice(doc.tokens[doc.token_at(at).unwrap()].span), "Drugie");
        assert_eq!(doc.lower(doc.tokens[doc.token_at(at).unwrap()].span), "drugie");
    }

    #[test]
    fn lower_case_keeps_offsets_on_any_text() {
        for text in ["Zażółć GĘŚLĄ Jaźń", "ΑΒΓ Москва ẞ İstanbul 😀 ǅ", ""] {
            let l = lowercase_in_place(text);
            assert_eq!(l.len(), text.len());
            for (i, _) in text.char_indices() {
                assert!(l.is_char_boundary(i), "{text:?} at {i}");
            }
        }
        assert_eq!(lowercase_in_place("ΑΒΓ Москва"), "αβγ москва");
    }

    #[test]
    fn common_lower_case_is_the_unicode_one() {
        for c in "ĄĆĘŁŃÓŚŹŻąćęłńóśźż„”“’‘«»–—…\u{a0}".chars() {
            let l = common_lower(c).unwrap();
            assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            assert_eq!(l.len_utf8(), c.len_utf8());
        }
        assert_eq!(common_lower('x'), None);
    }

    #[test]
    fn exact_lower_case_agrees_with_to_lowercase() {
        for text in ["Zażółć GĘŚLĄ Jaźń", "ΑΒΓ Москва", "İstanbul", "ẞ", "ǅ", "ΟΔΟΣ ΣΑ", "K Å 😀", ""] {
            let (l, exact) = lowercase_in_place_checked(text);
            assert_eq!(l, lowercase_in_place(text));
            assert_eq!(exact, l == text.to_lowercase(), "{text:?}");
        }
    }
}
