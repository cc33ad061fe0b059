//! Places where events take place.
//!
//! A venue is found in three ways:
//!
//! 1. A place from the [`Gazetteer`] after `w`/`we`/`na` in a case form
//!    other than the nominative or the accusative (`w Brukseli`,
//!    `we Wrocławiu`, `na Słowacji`), or after `do` when `na` follows
//!    (`do Krakowa na targi`). Cities are venues wherever they appear so;
//!    countries and regions only with an event word within six words
//!    (`konferencja`, `odbyła się`: `venue_context.tsv`, role `event`) and
//!    no city venue. Places after `z`/`ze` (origin), `od` (distance) or
//!    with no preposition at all are not venues, and neither is a place
//!    preceded closely by a word that makes it part of a name or a seat
//!    (`Politechnika Śląska w Gliwicach`, `z siedzibą w`: role `not_venue`).
//! 2. A dateline: a city in the nominative at the start of a line or after
//!    `,`, `|` or a dash, followed by a date (`Bruksela 4.12.2019 |`,
//!    `Katowice, 26 maja 2011r.`).
//! 3. An online or hybrid event (`venue_online.tsv`): `online`,
//!    `wirtualnie`, `w formule hybrydowej`, `transmisja na żywo` give the
//!    venue `online` (a hybrid event's city is found by the rules above).
//!
//! An address after the city (`w Krakowie, ul. Pocztowa 39`) and a
//! building named before it (`w hotelu Marriott w Warszawie`) become the
//! venue's `place`. Each venue name is reported once, at its first mention.

use crate::doc::Doc;
use crate::gazetteer::{Gazetteer, PlaceKind, PlaceMatch};
use crate::record::{Record, Venue};
use crate::rules::{RuleSet, RulesError};
use crate::segment::{Token, TokenKind};
use crate::span::Span;
use regex::Regex;
use std::collections::HashSet;

/// The rules file with context words.
pub const CONTEXT_FILE: &str = "venue_context.tsv";
/// The rules file with online and hybrid phrases.
pub const ONLINE_FILE: &str = "venue_online.tsv";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnlineKind {
    Online,
    Hybrid,
    Not,
}

/// How many words before and after a country or region an event word may stand.
const EVENT_WINDOW: usize = 6;

/// Places where events take place.
#[derive(Debug)]
pub struct VenueExtractor {
    gazetteer: Gazetteer,
    event_stems: Vec<String>,
    not_venue_stems: Vec<String>,
    months: HashSet<String>,
    ambiguous: HashSet<String>,
    online: Vec<(Regex, OnlineKind)>,
    /// Buildings named before a city: `hotelu X w Krakowie`.
    building: Regex,
    /// An address after a city: `, ul. Pocztowej 39`.
    address: Regex,
}

impl VenueExtractor {
    /// Compiles the rules: the gazetteer, `venue_context.tsv`, `venue_online.tsv`.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        let gazetteer = Gazetteer::new(rules)?;
        let table = rules.table(CONTEXT_FILE)?;
        table.expect_fields(2, 3)?;
        let mut x = VenueExtractor {
            gazetteer,
            event_stems: Vec::new(),
            not_venue_stems: Vec::new(),
            months: HashSet::new(),
            ambiguous: HashSet::new(),
            online: Vec::new(),
            building: Regex::new(
                r"(?:^|[^a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ])((?i:hotel|hotelu|hali|hala|centrum|sali|sala|auli|aula|pałacu|pałac|budynku|siedzibie|gmachu|stadionie|zamku|muzeum|klubie|dworku|ośrodku|instytucie|kampusie|expo|arenie|spodku|teatrze|filharmonii)(?:\s+[„\x22]?[A-ZĄĆĘŁŃÓŚŹŻ0-9][^\s,;.:!?]*[”\x22]?){0,5})\s*$",
            )
            .map_err(|e| RulesError::Malformed { file: "venues.rs".into(), line: 0, message: e.to_string() })?,
            address: Regex::new(
                r"^,?\s*((?:ul\.|ulica|ulicy|al\.|aleja|alei|pl\.|plac|placu|os\.)\s*[A-ZĄĆĘŁŃÓŚŹŻ0-9][^\s,;]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\s,;]*){0,3}(?:\s+\d+[a-zA-Z]?(?:/\d+)?)?)",
            )
            .map_err(|e| RulesError::Malformed { file: "venues.rs".into(), line: 0, message: e.to_string() })?,
        };
        for row in table.rows() {
            let word = row.field(0)?.to_lowercase();
            match row.field(1)? {
                "event" => x.event_stems.push(word),
                "not_venue" => x.not_venue_stems.push(word),
                "month" => {
                    x.months.insert(word);
                }
                "ambiguous" => {
                    x.ambiguous.insert(word);
                }
                other => return Err(row.error(format!("unknown role {other:?}"))),
            }
        }
        let table = rules.table(ONLINE_FILE)?;
        table.expect_fields(2, 3)?;
        for row in table.rows() {
            let pattern = row.field(0)?;
            let kind = match row.field(1)? {
                "online" => OnlineKind::Online,
                "hybrid" => OnlineKind::Hybrid,
                "not" => OnlineKind::Not,
                other => return Err(row.error(format!("kind must be online, hybrid or not, not {other:?}"))),
            };
            let re = Regex::new(&format!("(?i){pattern}")).map_err(|e| row.error(e))?;
            if let Some(example) = row.optional(2) {
                if !re.is_match(example) {
                    return Err(row.error(format!("pattern does not match its example {example:?}")));
                }
            }
            x.online.push((re, kind));
        }
        Ok(x)
    }

    /// The gazetteer the extractor uses.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, doc: &Doc<'_>, record: &mut Record) {
        let mut seen: HashSet<String> = record.venues.iter().map(|v| v.name.clone()).collect();
        let mut push = |v: Venue, record: &mut Record| {
            if seen.insert(v.name.clone()) {
                record.venues.push(v);
            } else if let Some(first) = record.venues.iter_mut().find(|f| f.name == v.name && f.place.is_none()) {
                // A later mention may name the building or the address.
                first.place = v.place;
            }
        };
        let text = doc.text;
        let tokens = &doc.tokens;
        for sentence in &doc.sentences {
            let range = sentence.tokens.clone();
            let mut city_found = false;
            let mut pending: Vec<Venue> = Vec::new();
            let mut i = range.start;
            while i < range.end {
                let Some(m) = self.gazetteer.match_at(text, &tokens[..range.end], i) else {
                    i += 1;
                    continue;
                };
                i = m.end_token;
                let Some(start) = self.venue_start(text, tokens, range.start, &m) else { continue };
                let span = Span::new(start, m.span.end);
                let venue = Venue {
                    text: text[span.range()].to_string(),
                    span,
                    char_span: Span::default(),
                    name: m.place.name.clone(),
                    country: m.place.country.clone(),
                    place: self.place_detail(text, span, m.span.end, sentence.span.end),
                };
                if m.place.kind == PlaceKind::City {
                    city_found = true;
                    push(venue, record);
                } else if self.event_word_near(text, tokens, range.clone(), m.first_token, m.end_token) {
                    pending.push(venue);
                }
            }
            if !city_found {
                for v in pending {
                    push(v, record);
                }
            }
        }
        if let Some(v) = self.online(text) {
            push(v, record);
        }
    }

    /// True if an event word stands within [`EVENT_WINDOW`] words of the
    /// place (tokens `first..end`) inside the sentence `sentence`: a country
    /// or region is a venue in `konferencja w Polsce`, `W Polsce odbyła się`,
    /// not in `…Kongresu było… funkcjonowanie klastrów w Polsce`.
    fn event_word_near(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, first: usize, end: usize) -> bool {
        let is_event = |t: &Token| {
            let w = t.text(text).to_lowercase();
            self.event_stems.iter().any(|s| w.starts_with(s.as_str()))
        };
        let before = tokens[sentence.start..first].iter().rev().filter(|t| t.kind == TokenKind::Word).take(EVENT_WINDOW);
        let after = tokens[end..sentence.end].iter().filter(|t| t.kind == TokenKind::Word).take(EVENT_WINDOW);
        before.chain(after).any(is_event)
    }

    /// Where the venue mention starts (the preposition, or the name in a
    /// dateline), or `None` if the place is not a venue here.
    fn venue_start(&self, text: &str, tokens: &[Token], sentence_start: usize, m: &PlaceMatch<'_>) -> Option<usize> {
        let prev = prev_nonspace(tokens, m.first_token, sentence_start);
        if let Some(p) = prev.filter(|&p| tokens[p].kind == TokenKind::Word) {
            let prep = tokens[p].text(text).to_lowercase();
            let form = &text[m.span.range()];
            let oblique = !m.nominative || !m.place.declinable;
            let located = match prep.as_str() {
                "w" | "we" | "na" => oblique && !form.ends_with('ę'),
                // `do Krakowa na targi`: going there for the event.
                "do" => {
                    !m.nominative
                        && next_nonspace(tokens, m.end_token)
                            .is_some_and(|n| tokens[n].text(text).eq_ignore_ascii_case("na"))
                }
                _ => false,
            };
            // `w Śląskim Centrum ...`: an adjectival form running on into a
            // longer proper name is part of that name.
            let adjectival = ["im", "ym", "iej", "ej", "ego", "ich", "ych"].iter().any(|e| form.ends_with(e))
                && next_nonspace(tokens, m.end_token).is_some_and(|n| {
                    tokens[n].kind == TokenKind::Word && tokens[n].text(text).chars().next().is_some_and(char::is_uppercase)
                });
            if !located || adjectival || self.part_of_name(text, tokens, sentence_start, p) {
                return None;
            }
            return Some(tokens[p].span.start);
        }
        // A dateline: the nominative at a line start or after `,` `|` `–`,
        // then a date.
        if !m.nominative || self.ambiguous.contains(&m.place.name.to_lowercase()) {
            return None;
        }
        let boundary = match prev {
            None => true,
            Some(p) => matches!(tokens[p].text(text), "," | "|" | "–" | "—" | "-" | ":"),
        };
        (boundary && self.date_follows(text, tokens, m.end_token)).then_some(m.span.start)
    }

    /// A not_venue word among the four words before the preposition at `p`.
    fn part_of_name(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize) -> bool {
        tokens[sentence_start..p].iter().rev().filter(|t| t.kind == TokenKind::Word).take(4).any(|t| {
            let w = t.text(text).to_lowercase();
            self.not_venue_stems.iter().any(|s| w.starts_with(s.as_str()))
        })
    }

    /// A date right after token `end` (an optional comma first):
    /// `4.12.2019`, `21-22.10.2014`, `26 maja`, `2019`.
    fn date_follows(&self, text: &str, tokens: &[Token], end: usize) -> bool {
        let mut j = match next_nonspace(tokens, end) {
            Some(j) => j,
            None => return false,
        };
        if matches!(tokens[j].text(text), "," | ":") {
            j = match next_nonspace(tokens, j + 1) {
                Some(j) => j,
                None => return false,
            };
        }
        let t = tokens[j];
        if t.kind != TokenKind::Number {
            return false;
        }
        let s = t.text(text);
        if s.contains('.') || s.contains('/') {
            return true;
        }
        if s.len() == 4 && (s.starts_with("19") || s.starts_with("20")) {
            return true;
        }
        match next_nonspace(tokens, j + 1) {
            Some(n) => {
                let nt = tokens[n].text(text);
                matches!(nt, "-" | "–" | "." | "/") || self.months.contains(&nt.to_lowercase())
            }
            None => false,
        }
    }

    /// A building before the venue (`w hotelu Marriott w Warszawie`) or an
    /// address after it (`w Krakowie, ul. Pocztowej 39`).
    fn place_detail(&self, text: &str, venue: Span, after: usize, sentence_end: usize) -> Option<String> {
        let line_start = text[..venue.start].rfind(['\n', '.', ';']).map_or(0, |p| p + 1);
        if let Some(c) = self.building.captures(&text[line_start..venue.start]) {
            if let Some(g) = c.get(1) {
                return Some(g.as_str().trim().to_string());
            }
        }
        let rest = &text[after..sentence_end.max(after)];
        self.address.captures(rest).and_then(|c| c.get(1)).map(|g| g.as_str().trim_end_matches(['.', ',']).to_string())
    }

    /// The first online or hybrid phrase not overridden by a `not` phrase.
    fn online(&self, text: &str) -> Option<Venue> {
        let nots: Vec<(usize, usize)> = self
            .online
            .iter()
            .filter(|(_, k)| *k == OnlineKind::Not)
            .flat_map(|(re, _)| re.find_iter(text).map(|m| (m.start(), m.end())))
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for (re, kind) in &self.online {
            if *kind == OnlineKind::Not {
                continue;
            }
            for m in re.find_iter(text) {
                let (s, e) = (m.start(), m.end());
                if !word_bounded(text, s, e) || nots.iter().any(|&(ns, ne)| ns < e && s < ne) {
                    continue;
                }
                if best.is_none_or(|(bs, _)| s < bs) {
                    best = Some((s, e));
                }
                break;
            }
        }
        let (s, e) = best?;
        let span = Span::new(s, e);
        Some(Venue {
            text: text[span.range()].to_string(),
            span,
            char_span: Span::default(),
            name: "online".to_string(),
            country: None,
            place: None,
        })
    }
}

fn word_bounded(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// The previous token that is not white space, not before `floor`.
fn prev_nonspace(tokens: &[Token], i: usize, floor: usize) -> Option<usize> {
    (floor..i).rev().find(|&j| !tokens[j].is_space())
}

/// The next token at or after `i` that is not a space (a line break stops).
fn next_nonspace(tokens: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j < tokens.len() {
        match tokens[j].kind {
            TokenKind::Space => j += 1,
            TokenKind::Newline => return None,
            _ => return Some(j),
        }
    }
    None
}
