//! One document as the extractors see it: its text, tokens, sentences, and
//! the facts earlier extractors established for later ones.

use crate::segment::{Segmenter, Sentence, Token, TokenKind};
use crate::span::Span;
use chrono::NaiveDate;

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
}

impl<'a> Doc<'a> {
    /// Segments `text`.
    pub fn new(text: &'a str, segmenter: &Segmenter) -> Doc<'a> {
        let tokens = segmenter.tokens(text);
        let sentences = segmenter.sentences(text, &tokens);
        Doc { text, tokens, sentences, facts: Facts::default() }
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
        self.sentences.iter().take(8).find(|s| {
            self.tokens[s.tokens.clone()].iter().filter(|t| t.kind == TokenKind::Word).count() >= 2
        })
    }
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
    }
}
