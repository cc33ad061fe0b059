//! A venue named only by its building or institution.
//!
//! `Konferencja odbyła się w Łódzkim Urzędzie Wojewódzkim`, `W siedzibie
//! Ministerstwa Rozwoju odbędzie się spotkanie`, `w murach Politechniki
//! Warszawskiej`: when a document names no town as a venue, an
//! organisation or a venue building (found, with its nominative, by the
//! name extractor) in a `w`/`we`/`na` phrase in a sentence about an event
//! is the venue, under its own name. The phrase may hold words of a place
//! within the building before the name (`within` and `building` in
//! `venue_context.tsv`: `w siedzibie`, `na terenie`, `w auli`, `w nowym
//! budynku`). Only the first such phrase counts, and none when a town was
//! found: the annotation guide takes the town as the venue's name then.

use super::{next_nonspace, prev_nonspace, VenueExtractor, EVENT_WINDOW};
use crate::doc::Doc;
use crate::extract::names::organizations::Institution;
use crate::gazetteer::PlaceKind;
use crate::morph::{Morphology, Pos};
use crate::record::{Record, Venue};
use crate::segment::{Token, TokenKind};
use crate::span::Span;

/// At most this many lower-case words between the preposition and the name
/// (`w sali konferencyjnej`, `w nowej siedzibie`).
const WITHIN_WORDS: usize = 3;

impl VenueExtractor {
    /// Adds the first institution in a `w`/`na` phrase about an event as the
    /// venue, when `record` has no town venue yet (see the module doc).
    pub fn institution_venue(&self, doc: &Doc<'_>, record: &mut Record, institutions: &[Institution]) {
        let town = |v: &Venue| v.name != "online" && self.gazetteer.by_name(&v.name).is_none_or(|p| p.kind == PlaceKind::City);
        // (an online event's host is no venue of its own)
        if record.venues.iter().any(|v| town(v) || v.name == "online") {
            return;
        }
        let text = doc.text;
        let tokens = &doc.tokens;
        for inst in institutions {
            let Some(first) = tokens.iter().position(|t| t.span.start == inst.span.start) else { continue };
            let Some(end) = tokens[first..].iter().position(|t| t.span.end >= inst.span.end).map(|k| first + k + 1) else {
                continue;
            };
            let Some(sentence) = doc.sentences.iter().find(|s| s.tokens.contains(&first)) else { continue };
            // (`w Federacji Rosyjskiej`: already a venue, a country)
            if record.venues.iter().any(|v| v.span.start < inst.span.end && inst.span.start < v.span.end) {
                continue;
            }
            let range = sentence.tokens.clone();
            if end > range.end {
                continue;
            }
            let Some((p, within)) = self.institution_preposition(text, tokens, range.start, first) else { continue };
            // `na Sejm RP` (the accusative: where to, not where); after `na`
            // the name is inflected (`na Uniwersytecie Rzeszowskim`).
            let inflected = text[inst.span.range()].split_whitespace().ne(inst.name.split_whitespace());
            let on = tokens[p].text(text).eq_ignore_ascii_case("na");
            // A name of a place or a seat right before: not after a comma
            // (`na zaproszenie Izby X, na terenie Targów Y`).
            let after_comma = prev_nonspace(tokens, p, range.start).is_some_and(|c| tokens[c].text(text) == ",");
            if (on && !inflected)
                || name_continues(text, tokens, end)
                || !self.about_event_here(text, tokens, range.clone(), p, end, within)
                || (!after_comma && self.part_of_name(text, tokens, range.start, p))
                || self.in_quotes(text, tokens, range.start, first)
                || self.name_or_modifier_before(text, tokens, range.clone(), p)
            {
                continue;
            }
            let span = Span::new(tokens[p].span.start, inst.span.end);
            let name = whole_name(text, inst);
            if record.venues.iter().any(|v| v.name == name) {
                return;
            }
            record.venues.push(Venue {
                text: text[span.range()].to_string(),
                span,
                char_span: Span::default(),
                name,
                country: None,
                place: None,
            });
            return;
        }
    }

    /// The `w`/`we`/`na` that opens the phrase of the name at token `first`
    /// and whether words of a place within a building stand between them
    /// (`w siedzibie`, `na terenie`, `w sali konferencyjnej`): at most
    /// [`WITHIN_WORDS`] lower-case words, each a `within` or `building`
    /// word, an adjective or a participle, one of them a `within` or
    /// `building` word.
    fn institution_preposition(&self, text: &str, tokens: &[Token], floor: usize, first: usize) -> Option<(usize, bool)> {
        let morph = Morphology::embedded();
        let mut j = first;
        let mut within = false;
        for _ in 0..=WITHIN_WORDS {
            j = prev_nonspace(tokens, j, floor)?;
            if tokens[j].kind != TokenKind::Word {
                return None;
            }
            let word = tokens[j].text(text);
            let lower = word.to_lowercase();
            if matches!(lower.as_str(), "w" | "we" | "na") {
                return (j + 1 < first).then_some((j, within));
            }
            if !word.chars().next().is_some_and(char::is_lowercase) {
                return None;
            }
            let place_word = self.within_stems.iter().chain(&self.building_stems).any(|s| lower.starts_with(s.as_str()));
            if place_word {
                within = true;
            } else if !morph.analyse(word).iter().any(|a| matches!(a.pos, Pos::Adjective | Pos::Participle)) {
                return None;
            }
        }
        None
    }

    /// True if the phrase from the preposition at `p` to the name's end
    /// `end` is where an event of the sentence takes place: an event word
    /// among the three words before `p` (`odbyła się w`, `spotkaniu
    /// zorganizowanym w`) or among the [`EVENT_WINDOW`] words after the
    /// name (`w Urzędzie X odbyło się`), or, for a phrase with a place
    /// within a building (`w siedzibie`), anywhere in the sentence.
    fn about_event_here(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, p: usize, end: usize, within: bool) -> bool {
        let word = |j: &usize| tokens[*j].kind == TokenKind::Word;
        let event = |j: usize| self.event_token(text, tokens, sentence.start, j);
        (sentence.start..p).rev().filter(word).take(3).any(event)
            || (end..sentence.end).filter(word).take(EVENT_WINDOW).any(event)
            || (within && sentence.clone().any(event))
    }
}

/// True if the name ending before token `end` goes on: a capitalised word
/// or an acronym follows, perhaps after a bracketed acronym (`w Instytucie
/// Informatyki UMCS`, `w Centrum Konferencyjnym Legnickiej Strefy`, `w
/// auli Szkoły Zawodowej (PWSZ) Nowym Sączu`): the mention is a unit or a
/// part of a longer name, not the venue's whole name.
fn name_continues(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(mut n) = next_nonspace(tokens, end) else { return false };
    if tokens[n].text(text) == "(" {
        let Some(close) = next_nonspace(tokens, n + 1).and_then(|a| next_nonspace(tokens, a + 1)) else { return false };
        if tokens[close].text(text) != ")" {
            return false;
        }
        let Some(after) = next_nonspace(tokens, close + 1) else { return false };
        n = after;
    }
    tokens[n].kind == TokenKind::Word && tokens[n].text(text).chars().next().is_some_and(char::is_uppercase)
}

/// The institution's name that spans its whole mention: a unit named with
/// its parent (`w Instytucie Inżynierii Mechanicznej Uniwersytetu
/// Zielonogórskiego`) is reported by the unit's name, with the whole as an
/// alias; the venue is the whole. An alias of as many words as the mention,
/// else the name.
///
/// A mention by an acronym (`w siedzibie KIG`) takes the full name the text
/// also gives (`Krajowa Izba Gospodarcza`: the first five letters of each of
/// its words written somewhere, as in an inflected form); an acronym stands
/// for more than one name.
fn whole_name(text: &str, inst: &Institution) -> String {
    let mention = &text[inst.span.range()];
    let acronym = !mention.contains(char::is_whitespace) && mention.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if acronym {
        let written = |a: &&String| {
            a.split_whitespace().count() >= 2 && a.split_whitespace().all(|w| text.contains(&w.chars().take(5).collect::<String>()))
        };
        if let Some(full) = [&inst.name].into_iter().chain(&inst.aliases).find(written) {
            return full.clone();
        }
        return inst.name.clone();
    }
    let words = mention.split_whitespace().count();
    if inst.name.split_whitespace().count() == words {
        return inst.name.clone();
    }
    inst.aliases.iter().find(|a| a.split_whitespace().count() == words).unwrap_or(&inst.name).clone()
}
