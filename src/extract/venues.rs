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
//!    A place listed right after a venue (`,`, `i`, `oraz`, `a także`) in
//!    the same case is one too: `w Pekinie i Dalian`, `misja do Niemiec,
//!    Austrii i Szwajcarii`. So is the object of a visit verb (`visit`:
//!    `odwiedzili Pekin oraz Dalian`), a town after a seat word such as
//!    `w okolicach`/`w pobliżu` (`seat`), and a town after a participle of
//!    location when the sentence is about visiting sites (`located`,
//!    `site`: `obejrzenie farm zlokalizowanych w okolicach Zgorzelca`).
//! 2. A dateline: a city in the nominative at the start of a line or after
//!    `,`, `|`, `(` or a dash, followed by a date (`Bruksela 4.12.2019 |`,
//!    `Katowice, 26 maja 2011r.`) or preceded by one (`29-30 marca 2023,
//!    Koszyce`); or a city with its own country in brackets or after a comma
//!    in a sentence with an event word (`Koszyce (Słowacja)`, `Ostrawa, Czechy`).
//! 3. An online or hybrid event (`venue_online.tsv`): `online`,
//!    `wirtualnie`, `w formule hybrydowej`, `transmisja na żywo` give the
//!    venue `online` (a hybrid event's city is found by the rules above).
//!
//! An address after the city (`w Krakowie, ul. Pocztowa 39`) and a
//! building named before it (`w hotelu Marriott w Warszawie`, `w Pałacu
//! Kultury i Nauki w Warszawie`) become the venue's `place`. A building
//! or institution with no town anywhere as a venue (`Konferencja odbyła
//! się w Łódzkim Urzędzie Wojewódzkim`, `w siedzibie Ministerstwa
//! Rozwoju`) is the venue under its own nominative name (module
//! `institutions`, run after the names, whose nominatives it takes); a
//! city inferred from the building would be a false alarm where the gold
//! names the building. A one-word building (`w Sejmie`, `w Spodku`) gives
//! none. Each venue name is reported once, at its first mention.

use crate::doc::Doc;
use crate::extract::names::organizations::with_lower;
use crate::gazetteer::{Gazetteer, PlaceKind, PlaceMatch};
use crate::record::{Record, Venue};
use crate::rules::{RuleSet, RulesError};
use crate::segment::{Token, TokenKind};
use crate::span::Span;
use regex::Regex;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

mod institutions;

/// The rules file with context words.
pub const CONTEXT_FILE: &str = "venue_context.tsv";
/// The rules file with companies' legal forms (a place after one is a seat).
pub const LEGAL_FORMS_FILE: &str = "org_legal_forms.tsv";
/// The rules file with online and hybrid phrases.
pub const ONLINE_FILE: &str = "venue_online.tsv";
/// The rules file with towns' adjectives (`katowicki` -> Katowice).
pub const CITY_ADJECTIVES_FILE: &str = "venue_city_adjectives.tsv";

/// How a venue mention was introduced, which decides what a place
/// coordinated with it (`w Pekinie i Dalian`, `do Niemiec, Austrii i
/// Szwajcarii`, `odwiedziła Pekin oraz Dalian`) must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intro {
    /// After `w`/`we`/`na`/`do` or a seat word: the next place in an oblique case.
    Oblique,
    /// The object of a visit verb (`odwiedzili Pekin`): the next in the accusative.
    Object,
    /// A dateline or a city with its country: no list follows.
    Alone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OnlineKind {
    Online,
    Hybrid,
    /// An adjective (`wirtualny`, `hybrydowy`, `zdalny`): online only next
    /// to a format or event word (`wirtualne spotkanie`, `w formule
    /// hybrydowej`), not in `materiały hybrydowe`, `wirtualna rzeczywistość`.
    Adjective,
    Not,
}

/// How many words before and after a country or region an event word may stand.
const EVENT_WINDOW: usize = 6;

/// Places where events take place.
#[derive(Debug)]
pub struct VenueExtractor {
    gazetteer: Gazetteer,
    event_stems: Vec<String>,
    /// Two-word event phrases (`event` entries with a space, `mia miejsce`):
    /// the second word is an event word only right after the first
    /// (`miała miejsce`, not `jest miejsce dla firm`).
    event_pairs: Vec<(String, String)>,
    /// Words that make what follows the topic of an event word before them
    /// (`konferencja dotyczyła rynku pracy w Polsce`): `topic`.
    topic_stems: Vec<String>,
    /// Words of a label before a colon that names the venue on its line
    /// (`Miejsce: Hotel Gołębiewski, Białystok`): `label`.
    label_stems: Vec<String>,
    not_venue_stems: Vec<String>,
    trip_stems: Vec<String>,
    building_stems: Vec<String>,
    /// Words of a place within a building between `w` and its name (`w
    /// siedzibie`, `w murach`, `na terenie`): `within`.
    within_stems: Vec<String>,
    scope_stems: Vec<String>,
    /// Verbs whose subject, a town right before them, hosts the event
    /// (`Przemyśl podejmuje`, `Kraków gości`): `host`.
    host_stems: Vec<String>,
    visit_stems: Vec<String>,
    site_stems: Vec<String>,
    located_stems: Vec<String>,
    /// Participles before a distance (`położonego 30 km od Białegostoku`).
    distance_stems: Vec<String>,
    /// Units of distance (`km`, `kilometrów`).
    unit_stems: Vec<String>,
    seat_words: HashSet<String>,
    /// Words of a time during an event (`podczas`, `trakcie`): `during`.
    during_words: HashSet<String>,
    /// Nouns for a kind of settlement (`mieście`, `miejscowości`, `miasto`): `class`.
    class_words: HashSet<String>,
    /// Words of an area before a seat word (`na terenie gminy`): `area`.
    area_words: HashSet<String>,
    /// Plural nouns for kinds of settlement before examples (`miasta takie
    /// jak Legnica`): `kinds`.
    kind_words: HashSet<String>,
    /// Companies' legal forms (`org_legal_forms.tsv`), lower case, no spaces.
    legal_forms: Vec<String>,
    months: HashSet<String>,
    ambiguous: HashSet<String>,
    online: Vec<(Regex, OnlineKind)>,
    /// The literal stems every match of an online regex starts with, in
    /// lower case (see [`OnlineGate`]): a regex runs only on a text whose
    /// lower-case view holds one of its stems.
    online_gate: OnlineGate,
    /// Words for an event's format (`forma`, `tryb`, `edycja`) that, like
    /// event words, make an online adjective next to them say where the
    /// event is: `format` in `venue_online.tsv`.
    format_stems: Vec<String>,
    /// Towns' adjectives without their final `i` (`katowick`) -> the town
    /// (`venue_city_adjectives.tsv`): `w katowickim Centrum Kongresowym`.
    city_adjectives: HashMap<String, String>,
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
            event_pairs: Vec::new(),
            topic_stems: Vec::new(),
            label_stems: Vec::new(),
            not_venue_stems: Vec::new(),
            trip_stems: Vec::new(),
            building_stems: Vec::new(),
            within_stems: Vec::new(),
            scope_stems: Vec::new(),
            visit_stems: Vec::new(),
            host_stems: Vec::new(),
            site_stems: Vec::new(),
            located_stems: Vec::new(),
            distance_stems: Vec::new(),
            unit_stems: Vec::new(),
            seat_words: HashSet::new(),
            during_words: HashSet::new(),
            class_words: HashSet::new(),
            area_words: HashSet::new(),
            kind_words: HashSet::new(),
            legal_forms: Vec::new(),
            months: HashSet::new(),
            ambiguous: HashSet::new(),
            online: Vec::new(),
            online_gate: OnlineGate::default(),
            format_stems: Vec::new(),
            city_adjectives: HashMap::new(),
            // a placeholder, replaced by the regex of the `building` stems
            // below (compiling the full pattern twice cost 2.5M instructions)
            building: Regex::new("").map_err(|e| RulesError::Malformed { file: CONTEXT_FILE.into(), line: 0, message: e.to_string() })?,
            address: Regex::new(
                r"^,?\s*((?:ul\.|ulica|ulicy|al\.|aleja|alei|pl\.|plac|placu|os\.)\s*[A-ZĄĆĘŁŃÓŚŹŻ0-9][^\s,;]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\s,;]*){0,3}(?:\s+\d+[a-zA-Z]?(?:/\d+)?)?)",
            )
            .map_err(|e| RulesError::Malformed { file: "venues.rs".into(), line: 0, message: e.to_string() })?,
        };
        for row in table.rows() {
            let word = row.field(0)?.to_lowercase();
            match row.field(1)? {
                "event" => match word.split_once(' ') {
                    Some((a, b)) => x.event_pairs.push((a.to_string(), b.to_string())),
                    None => x.event_stems.push(word),
                },
                "topic" => x.topic_stems.push(word),
                "label" => x.label_stems.push(word),
                "not_venue" => x.not_venue_stems.push(word),
                "trip" => x.trip_stems.push(word),
                "building" => x.building_stems.push(word),
                "within" => x.within_stems.push(word),
                "scope" => x.scope_stems.push(word),
                "visit" => x.visit_stems.push(word),
                "host" => x.host_stems.push(word),
                "site" => x.site_stems.push(word),
                "located" => x.located_stems.push(word),
                "distance" => x.distance_stems.push(word),
                "unit" => x.unit_stems.push(word),
                "seat" => {
                    x.seat_words.insert(word);
                }
                "during" => {
                    x.during_words.insert(word);
                }
                "class" => {
                    x.class_words.insert(word);
                }
                "area" => {
                    x.area_words.insert(word);
                }
                "kinds" => {
                    x.kind_words.insert(word);
                }
                "month" => {
                    x.months.insert(word);
                }
                "ambiguous" => {
                    x.ambiguous.insert(word);
                }
                other => return Err(row.error(format!("unknown role {other:?}"))),
            }
        }
        x.building = building_regex(&x.building_stems)?;
        let adjectives = rules.table(CITY_ADJECTIVES_FILE)?;
        adjectives.expect_fields(2, 2)?;
        for row in adjectives.rows() {
            let adjective = row.field(0)?.to_lowercase();
            let Some(stem) = adjective.strip_suffix("ki") else {
                return Err(row.error(format!("adjective {adjective:?} must end in -ki")));
            };
            let town = row.field(1)?;
            if x.gazetteer.by_name(town).is_none() {
                return Err(row.error(format!("town {town:?} is not in the gazetteer")));
            }
            x.city_adjectives.insert(format!("{stem}k"), town.to_string());
        }
        let forms = rules.table(LEGAL_FORMS_FILE)?;
        for row in forms.rows() {
            x.legal_forms.push(row.field(0)?.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect());
        }
        let table = rules.table(ONLINE_FILE)?;
        table.expect_fields(2, 3)?;
        for row in table.rows() {
            let pattern = row.field(0)?;
            let kind = match row.field(1)? {
                "online" => OnlineKind::Online,
                "hybrid" => OnlineKind::Hybrid,
                "not" => OnlineKind::Not,
                "adjective" => OnlineKind::Adjective,
                "format" => {
                    x.format_stems.push(pattern.to_lowercase());
                    continue;
                }
                other => return Err(row.error(format!("kind must be online, hybrid, adjective, format or not, not {other:?}"))),
            };
            let re = Regex::new(&format!("(?i){pattern}")).map_err(|e| row.error(e))?;
            if let Some(example) = row.optional(2) {
                if !re.is_match(example) {
                    return Err(row.error(format!("pattern does not match its example {example:?}")));
                }
            }
            x.online.push((re, kind));
            x.online_gate.add(pattern, kind);
        }
        x.online_gate.build().map_err(|e| RulesError::Malformed { file: ONLINE_FILE.into(), line: 0, message: e })?;
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
            // Whether the sentence has an event word, computed on first need.
            let mut event_sentence: Option<bool> = None;
            // The last venue of the sentence (its end token and how it was
            // introduced), for the places listed after it.
            let mut chain: Option<(usize, Intro)> = None;
            while i < range.end {
                // `match_at_lower` takes only a word with a capital first
                // letter: a token that cannot be one skips the call
                let t = tokens[i];
                let capital =
                    t.kind == TokenKind::Word && text.as_bytes().get(t.span.start).is_some_and(|&b| b >= 0x80 || b.is_ascii_uppercase());
                let found = if capital { self.gazetteer.match_at_lower(text, &doc.lower, &tokens[..range.end], i) } else { None };
                let Some(m) = found else {
                    // `w katowickim Centrum Kongresowym`: a town's adjective
                    // before a building or an institution.
                    if !capital && t.kind == TokenKind::Word {
                        if let Some(v) = self.adjective_town(text, tokens, range.clone(), i, sentence.span.end) {
                            if *event_sentence.get_or_insert_with(|| range.clone().any(|j| self.event_token(text, tokens, range.start, j)))
                            {
                                city_found = true;
                                push(v, record);
                            }
                        }
                    }
                    // `w miejscowości Kortrijk`: a town after a settlement noun.
                    if capital {
                        if let Some(v) = self.class_place(text, tokens, range.clone(), i, sentence.span.end) {
                            city_found = true;
                            push(v, record);
                        }
                    }
                    // Cheap test first: a capitalised word after `w`/`we`/`na`.
                    let candidate = unknown_place_candidate(text, tokens, range.start, i);
                    if candidate != Candidate::No
                        && (candidate == Candidate::To
                            || *event_sentence.get_or_insert_with(|| range.clone().any(|j| self.event_token(text, tokens, range.start, j))))
                    {
                        if let Some(v) = self.unknown_place(text, tokens, range.clone(), i, sentence.span.end) {
                            city_found = true;
                            push(v, record);
                        }
                    }
                    i += 1;
                    continue;
                };
                i = m.end_token;
                let listed = chain
                    .filter(|&(end, _)| coordinated(text, tokens, end, m.first_token))
                    .map(|(_, intro)| intro)
                    .filter(|&intro| self.fits_list(text, &m, intro) && !adjectival(text, tokens, &m));
                let found = match listed {
                    Some(intro) => Some((m.span.start, intro)),
                    None => self.venue_start(text, tokens, range.clone(), &m),
                };
                let Some((start, intro)) = found else {
                    chain = None;
                    continue;
                };
                let span = Span::new(start, m.span.end);
                let venue = Venue {
                    text: text[span.range()].to_string(),
                    span,
                    char_span: Span::default(),
                    name: m.place.name.clone(),
                    country: m.place.country.clone(),
                    place: self.place_detail(text, span, m.span.end, sentence.span.end),
                };
                let near = || self.event_word_near(text, tokens, range.clone(), m.first_token, m.end_token);
                if m.place.kind == PlaceKind::City {
                    // A town whose name is also a common word or a person's
                    // name needs an event word near it, or a building before
                    // it (`w Ośrodku „Magnolia” w Jachrance`).
                    let building = || self.building_before(text, span);
                    let suburb = || self.suburb_adjective_before(text, tokens, range.start, m.first_token);
                    if !m.place.ambiguous || near() || building() || suburb() {
                        city_found = true;
                        chain = Some((m.end_token, intro));
                        push(venue, record);
                    } else {
                        chain = None;
                    }
                } else if near()
                    && !self.scope_before(text, tokens, range.start, m.first_token)
                    && !self.plural_noun_before(text, tokens, range.start, m.first_token)
                {
                    chain = Some((m.end_token, intro));
                    pending.push(venue);
                } else {
                    chain = None;
                }
            }
            if !city_found {
                for v in pending {
                    push(v, record);
                }
            }
        }
        if let Some(v) = self.online(doc) {
            push(v, record);
        }
        self.drop_countries_of_cities(record);
    }

    /// Drops a country venue said with `w`/`na` when a city venue in that
    /// country was found: `w Warszawie` then `w Polsce` says no more
    /// (`konferencja w Warszawie … polityka jakości w Polsce`). The
    /// destination of a trip stays (`misja do Chin` … `w Pekinie`).
    fn drop_countries_of_cities(&self, record: &mut Record) {
        let kind = |name: &str| self.gazetteer.by_name(name).map(|p| p.kind);
        let city_countries: HashSet<String> =
            record.venues.iter().filter(|v| kind(&v.name) == Some(PlaceKind::City)).filter_map(|v| v.country.clone()).collect();
        if city_countries.is_empty() {
            return;
        }
        let located = |v: &Venue| {
            let first = v.text.split_whitespace().next().unwrap_or("").to_lowercase();
            matches!(first.as_str(), "w" | "we" | "na")
        };
        record.venues.retain(|v| {
            !(kind(&v.name) == Some(PlaceKind::Country) && located(v) && v.country.as_ref().is_some_and(|c| city_countries.contains(c)))
        });
    }

    /// True if an event word stands within [`EVENT_WINDOW`] words of the
    /// place (tokens `first..end`) inside the sentence `sentence`: a country
    /// or region is a venue in `konferencja w Polsce`, `W Polsce odbyła się`,
    /// not in `…Kongresu było… funkcjonowanie klastrów w Polsce`.
    fn event_word_near(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, first: usize, end: usize) -> bool {
        // A trip word makes its destination a venue too.
        let is_event = |j: usize| {
            let w = tokens[j].text(text).to_lowercase();
            self.trip_stems.iter().chain(&self.visit_stems).any(|s| w.starts_with(s.as_str()))
                || self.event_token(text, tokens, sentence.start, j)
        };
        let is_topic = |j: usize| {
            let w = tokens[j].text(text).to_lowercase();
            self.topic_stems.iter().any(|s| match s.strip_suffix('$') {
                Some(whole) => w == whole,
                None => w.starts_with(s.as_str()),
            })
        };
        let word = |j: &usize| tokens[*j].kind == TokenKind::Word;
        // Back to a topic word at most: `konferencja poświęcona rynkowi w Polsce`.
        let before = (sentence.start..first).rev().filter(word).take(EVENT_WINDOW).take_while(|&j| !is_topic(j));
        let after = (end..sentence.end).filter(word).take(EVENT_WINDOW);
        before.chain(after).any(is_event)
    }

    /// True if token `j` is an event word: one starting with an event stem,
    /// or the second word of an event pair right after its first
    /// (`miała miejsce`), not before token `floor`.
    fn event_token(&self, text: &str, tokens: &[Token], floor: usize, j: usize) -> bool {
        if tokens[j].kind != TokenKind::Word {
            return false;
        }
        let w = tokens[j].text(text).to_lowercase();
        if self.event_stems.iter().any(|s| w.starts_with(s.as_str())) {
            return true;
        }
        self.event_pairs.iter().any(|(a, b)| {
            w.starts_with(b.as_str())
                && prev_nonspace(tokens, j, floor)
                    .is_some_and(|p| tokens[p].kind == TokenKind::Word && tokens[p].text(text).to_lowercase().starts_with(a.as_str()))
        })
    }

    /// True if a place listed after a venue introduced as `intro` is in the
    /// case the list needs: oblique after a preposition (`w Pekinie i
    /// Dalian`), accusative after a visit verb (`odwiedzili Pekin i Szanghaj`).
    fn fits_list(&self, text: &str, m: &PlaceMatch<'_>, intro: Intro) -> bool {
        let form = &text[m.span.range()];
        match intro {
            Intro::Oblique => (!m.nominative || !m.place.declinable) && !form.ends_with('ę'),
            Intro::Object => m.nominative || !m.place.declinable || form.ends_with('ę'),
            Intro::Alone => false,
        }
    }

    /// Where the venue mention starts (the preposition, or the name in a
    /// dateline) and how it is introduced, or `None` if the place is not a
    /// venue here.
    fn venue_start(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, m: &PlaceMatch<'_>) -> Option<(usize, Intro)> {
        let sentence_start = sentence.start;
        // `w Kamienicy Pod Gryfami w Gdańsku`: a village named like a
        // building, followed by a name, is the building.
        let form = text[m.span.range()].to_lowercase();
        if self.building_stems.iter().any(|s| form.starts_with(s.as_str()))
            && next_nonspace(tokens, m.end_token)
                .is_some_and(|n| tokens[n].kind == TokenKind::Word && tokens[n].text(text).chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        // `Od 29 września Przemyśl podejmuje branżę`: the subject of a host
        // verb, whatever comes before it.
        if self.host_follows(text, tokens, m) {
            return Some((m.span.start, Intro::Object));
        }
        if self.event_name_town(text, tokens, sentence_start, m) {
            return Some((m.span.start, Intro::Alone));
        }
        // `cykl spotkań w miastach takich jak Legnica czy Wałbrzych`: towns
        // given as examples of a kind of settlement.
        if self.example_after_kind(text, tokens, sentence.clone(), m) {
            return Some((m.span.start, Intro::Object));
        }
        // `do położonego 30 km od Białegostoku Michałowa`: the preposition
        // before the distance phrase introduces the town after it.
        let prev = self
            .distance_phrase_before(text, tokens, sentence_start, m.first_token)
            .or_else(|| prev_nonspace(tokens, m.first_token, sentence_start).map(|p| skip_adjective(text, tokens, sentence_start, p)));
        // `w łódzkim Vienna House`: after another town's adjective a foreign
        // name in the nominative names a building, not a town.
        if m.nominative && self.town_adjective_before(text, tokens, sentence_start, m) {
            return None;
        }
        if let Some(p) = prev.filter(|&p| tokens[p].kind == TokenKind::Word) {
            let prep = tokens[p].text(text).to_lowercase();
            let form = &text[m.span.range()];
            let oblique = !m.nominative || !m.place.declinable;
            // `w Urzędzie Miasta Gdyni`, `w Urzędzie Gminy Michałowo`: a town after a seat
            // word (`miasta`, `gminy`) in a `w` phrase; the venue starts at `w`.
            if self.seat_words.contains(&prep) {
                let w = self.seat_phrase_start(text, tokens, sentence_start, p)?;
                // `na terenie gminy Kłodzko`: an area, a venue only for an event near it.
                let area = prev_nonspace(tokens, p, sentence_start)
                    .is_some_and(|a| self.area_words.contains(&tokens[a].text(text).to_lowercase()));
                if area && !self.event_word_near(text, tokens, sentence.clone(), m.first_token, m.end_token) {
                    return None;
                }
                if self.in_quotes(text, tokens, sentence_start, m.first_token)
                    || self.name_or_modifier_before(text, tokens, sentence.clone(), w)
                    || self.part_of_name(text, tokens, sentence_start, w)
                {
                    return None;
                }
                return Some((tokens[w].span.start, Intro::Oblique));
            }
            // `w miejscowości Kortrijk`, `odwiedzili miasto Krapkowice`: the
            // town's name in any case after a noun for a kind of settlement.
            if self.class_words.contains(&prep) {
                return self.class_intro(text, tokens, sentence.clone(), p, m.first_token);
            }
            let located = match prep.as_str() {
                // `targi w Birmingham`, `konferencja w Las Vegas`: a foreign
                // city's name left undeclined, in a sentence about an event.
                "w" | "we" | "na" => {
                    (oblique && !form.ends_with('ę'))
                        || (prep != "na"
                            && m.nominative
                            && m.place.kind == PlaceKind::City
                            && m.place.country.as_deref().is_some_and(|c| c != "PL")
                            && !m.place.ambiguous
                            && self.event_word_near(text, tokens, sentence.clone(), m.first_token, m.end_token))
                }
                // `do Krakowa na targi`: going there for the event;
                // `misja gospodarcza do Chin`: the destination of a trip.
                "do" => {
                    !m.nominative
                        && (next_nonspace(tokens, m.end_token).is_some_and(|n| tokens[n].text(text).eq_ignore_ascii_case("na"))
                            || self.trip_before(text, tokens, sentence_start, p, m.place.kind != PlaceKind::City)
                            || self.trip_after(text, tokens, m.end_token, sentence.end))
                }
                // `odwiedzili Pekin`, `zwiedzili Pragę`: the object of a visit
                // verb, in the accusative (the nominative's form for a
                // masculine or plural name).
                _ if self.visit_stems.iter().any(|s| prep.starts_with(s.as_str())) => {
                    if !(m.nominative || !m.place.declinable || form.ends_with('ę'))
                        || self.ambiguous.contains(&m.place.name.to_lowercase())
                        || adjectival(text, tokens, m)
                        || self.in_quotes(text, tokens, sentence_start, m.first_token)
                    {
                        return None;
                    }
                    return Some((tokens[p].span.start, Intro::Object));
                }
                _ => false,
            };
            if !located
                || adjectival(text, tokens, m)
                || self.part_of_name(text, tokens, sentence_start, p)
                || self.legal_form_before(text, tokens, sentence_start, p)
                || self.in_quotes(text, tokens, sentence_start, m.first_token)
                || self.name_or_modifier_before(text, tokens, sentence.clone(), p)
            {
                return None;
            }
            return Some((tokens[p].span.start, Intro::Oblique));
        }
        // `Białystok odwiedzili przedstawiciele`: the object of a visit verb
        // that follows it.
        if self.visit_follows(text, tokens, m) {
            return Some((m.span.start, Intro::Object));
        }
        // A dateline: the nominative at a line start or after `,` `|` `–`,
        // then a date.
        if !m.nominative || self.ambiguous.contains(&m.place.name.to_lowercase()) {
            return None;
        }
        // `ul. Wojska Polskiego 16, 47-220 Kędzierzyn-Koźle`: a Polish town
        // after its postal code, in a sentence about an event.
        if m.place.kind == PlaceKind::City
            && m.place.country.as_deref() == Some("PL")
            && prev.is_some_and(|p| postal_code_ends_at(text, tokens, sentence_start, p))
            && sentence.clone().any(|j| self.event_token(text, tokens, sentence_start, j))
        {
            return Some((m.span.start, Intro::Alone));
        }
        // `misja gospodarcza na Białoruś (Mińsk, Witebsk, Orsza)`,
        // `odwiedzili firmę Centrum Rozwiązań (Lublin)`: towns alone in
        // brackets in a sentence about a trip or a visit.
        if m.place.kind == PlaceKind::City && self.bracketed_towns(text, tokens, sentence.clone(), m) {
            return Some((m.span.start, Intro::Alone));
        }
        let boundary = match prev {
            None => true,
            Some(p) => matches!(tokens[p].text(text), "," | "|" | "–" | "—" | "-" | ":" | "("),
        };
        if !boundary {
            return None;
        }
        // `Forum Gospodarcze - Łódzkie 2011`: a region in the nominative is
        // no dateline, only the regional part of a name.
        if m.place.kind == PlaceKind::Region {
            return None;
        }
        if self.date_follows(text, tokens, m.end_token) || (prev.is_none() && self.capitals_dateline(text, tokens, m)) {
            return Some((m.span.start, Intro::Alone));
        }
        if prev.is_some() && m.place.kind == PlaceKind::City && self.after_label(text, m.span.start) {
            return Some((m.span.start, Intro::Alone));
        }
        // A city after a date (`29-30 marca 2023, Koszyce`), or a city with its
        // own country (`Koszyce (Słowacja)`, `Ostrawa, Czechy`) in a sentence
        // about an event.
        let city = m.place.kind == PlaceKind::City;
        if city
            && (self.date_before(text, tokens, sentence_start, m.first_token)
                || (self.country_follows(text, tokens, m) && sentence.clone().any(|j| self.event_token(text, tokens, sentence_start, j))))
        {
            return Some((m.span.start, Intro::Alone));
        }
        None
    }

    /// True if the word right before the place is the adjective of another
    /// town (`venue_city_adjectives.tsv`): `w łódzkim Vienna House`.
    fn town_adjective_before(&self, text: &str, tokens: &[Token], sentence_start: usize, m: &PlaceMatch<'_>) -> bool {
        let Some(p) = prev_nonspace(tokens, m.first_token, sentence_start).filter(|&p| tokens[p].kind == TokenKind::Word) else {
            return false;
        };
        let word = tokens[p].text(text);
        let Some(stem) = word.strip_suffix("im").or_else(|| word.strip_suffix("iej")).or_else(|| word.strip_suffix("ich")) else {
            return false;
        };
        self.city_adjectives.get(stem).is_some_and(|town| *town != m.place.name)
    }

    /// True if the town `m`, in the nominative, follows `jak`, `takie jak`
    /// or `takich jak` after a plural noun for a kind of settlement (`kinds`,
    /// two adjectives at most between them) in a sentence with an event word:
    /// `spotkania w miastach takich jak Legnica`, `przez miasta subregionalne
    /// jak Legnica czy Wałbrzych`. Not `duże miasta, jak Kraków, mają smog`.
    fn example_after_kind(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, m: &PlaceMatch<'_>) -> bool {
        if !m.nominative || m.place.kind != PlaceKind::City || self.ambiguous.contains(&m.place.name.to_lowercase()) {
            return false;
        }
        let floor = sentence.start;
        let Some(mut p) = prev_nonspace(tokens, m.first_token, floor) else {
            return false;
        };
        if !tokens[p].text(text).eq_ignore_ascii_case("jak") {
            return false;
        }
        let mut steps = 0;
        loop {
            let Some(q) = prev_nonspace(tokens, p, floor) else {
                return false;
            };
            p = q;
            let w = tokens[p].text(text).to_lowercase();
            if tokens[p].kind != TokenKind::Word {
                if w == "," && steps == 0 {
                    continue;
                }
                return false;
            }
            if self.kind_words.contains(&w) {
                // `firmy z miejscowości takich jak Oława`: an origin.
                let origin = (floor..p).rev().filter(|&k| tokens[k].kind == TokenKind::Word).take(2).any(|k| {
                    matches!(tokens[k].text(text).to_lowercase().as_str(), "z" | "ze" | "spoza")
                });
                if origin {
                    return false;
                }
                break;
            }
            // `takich jak`, `subregionalne jak`: adjectives between.
            steps += 1;
            if steps > 2 || w.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
        sentence.clone().any(|j| self.event_token(text, tokens, floor, j))
    }

    /// True if the word before the place (token `first`) is the adjective of
    /// a bigger town's surroundings, `pod`/`nad` + a town's adjective in an
    /// oblique case (`w podrzeszowskiej Jasionce`, `w podwarszawskim
    /// Nadarzynie`): it says the next word is a town, however common its name.
    fn suburb_adjective_before(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> bool {
        let Some(p) = prev_nonspace(tokens, first, sentence_start).filter(|&p| tokens[p].kind == TokenKind::Word) else {
            return false;
        };
        let word = tokens[p].text(text).to_lowercase();
        let Some(rest) = word.strip_prefix("pod").or_else(|| word.strip_prefix("nad")) else {
            return false;
        };
        let stem = ["im", "iej", "ich", "iego", "ie", "a", "i"].iter().find_map(|e| rest.strip_suffix(e));
        stem.is_some_and(|stem| self.city_adjectives.contains_key(stem))
    }

    /// True if the place stands alone or in a list of capitalised names
    /// (`,`-separated) between `(` and `)`, in a sentence with a trip or
    /// visit word: `misja na Białoruś (Mińsk, Witebsk, Orsza)`,
    /// `odwiedzili firmę X (Lublin)`. Not after `z`/`ze` or a person's
    /// name alone: the sentence must be about going somewhere.
    fn bracketed_towns(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, m: &PlaceMatch<'_>) -> bool {
        if self.ambiguous.contains(&m.place.name.to_lowercase()) {
            return false;
        }
        // A list item: capitalised words, hyphens and `,` only, at most
        // eight tokens on either side.
        let item = |j: usize| {
            let t = tokens[j];
            match t.kind {
                TokenKind::Word => t.text(text).chars().next().is_some_and(char::is_uppercase),
                _ => matches!(t.text(text), "," | "-" | "–") || t.text(text).trim().is_empty(),
            }
        };
        let mut open = false;
        for j in (sentence.start..m.first_token).rev().take(12) {
            if tokens[j].text(text) == "(" {
                open = true;
                break;
            }
            if !item(j) {
                return false;
            }
        }
        if !open {
            return false;
        }
        let mut close = false;
        for j in (m.end_token..sentence.end).take(12) {
            if tokens[j].text(text) == ")" {
                close = true;
                break;
            }
            if !item(j) {
                return false;
            }
        }
        close
            && sentence.clone().any(|j| {
                tokens[j].kind == TokenKind::Word && {
                    let w = tokens[j].text(text).to_lowercase();
                    self.trip_stems.iter().chain(&self.visit_stems).any(|s| w.starts_with(s.as_str()))
                }
            })
    }

    /// `do położonego 30 km od Białegostoku Michałowa`, `w oddalonej o 20
    /// kilometrów od Krakowa Wieliczce`: before token `first`, a preposition
    /// (`w`/`we`/`na`/`do`), a participle of location (`distance`), perhaps
    /// `o`, a number (digits or a word), a unit (`unit`), `od`/`z` and one
    /// to three capitalised words (the town the distance is measured from):
    /// the index of the preposition, which introduces the place at `first`.
    fn distance_phrase_before(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> Option<usize> {
        let word_at = |j: usize| tokens[j].text(text).to_lowercase();
        let mut j = prev_nonspace(tokens, first, sentence_start)?;
        // The town of the distance: capitalised words and hyphens.
        let mut capitals = 0;
        while tokens[j].kind == TokenKind::Word && tokens[j].text(text).chars().next().is_some_and(char::is_uppercase)
            || tokens[j].text(text) == "-"
        {
            capitals += usize::from(tokens[j].kind == TokenKind::Word);
            if capitals > 3 {
                return None;
            }
            j = prev_nonspace(tokens, j, sentence_start)?;
        }
        if capitals == 0 || !matches!(word_at(j).as_str(), "od" | "z" | "ze") {
            return None;
        }
        j = prev_nonspace(tokens, j, sentence_start)?;
        if tokens[j].text(text) == "." {
            j = prev_nonspace(tokens, j, sentence_start)?;
        }
        if tokens[j].kind != TokenKind::Word || !self.unit_stems.iter().any(|s| word_at(j).starts_with(s.as_str())) {
            return None;
        }
        // The number: digits, or a numeral word (`kilka`, `kilkanaście`, `dwudziestu`).
        j = prev_nonspace(tokens, j, sentence_start)?;
        if tokens[j].kind != TokenKind::Number && tokens[j].kind != TokenKind::Word {
            return None;
        }
        j = prev_nonspace(tokens, j, sentence_start)?;
        // `o 30 km`, `ok. 30 km`, `około 30 km`
        for _ in 0..3 {
            let w = word_at(j);
            if matches!(w.as_str(), "o" | "ok" | "." | "się" | "około" | "niespełna" | "zaledwie" | "ponad" | "blisko" | "prawie") {
                j = prev_nonspace(tokens, j, sentence_start)?;
            }
        }
        if tokens[j].kind != TokenKind::Word || !self.distance_stems.iter().any(|s| word_at(j).starts_with(s.as_str())) {
            return None;
        }
        let p = prev_nonspace(tokens, j, sentence_start)?;
        matches!(word_at(p).as_str(), "w" | "we" | "na" | "do").then_some(p)
    }

    /// A town and a year closing an event's name (`Konferencja Programowa
    /// Porozumienia Zielonogórskiego Kraków 2014`, `Forum Innowacji Rzeszów
    /// 2023`): the city in the nominative, a year right after it, and before
    /// it a run of capitalised words (eight at most, on its line) with an
    /// event word among them.
    fn event_name_town(&self, text: &str, tokens: &[Token], sentence_start: usize, m: &PlaceMatch<'_>) -> bool {
        if m.place.kind != PlaceKind::City || !m.nominative || m.place.ambiguous {
            return false;
        }
        let year = next_nonspace(tokens, m.end_token).is_some_and(|n| {
            let s = tokens[n].text(text);
            tokens[n].kind == TokenKind::Number && s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
        });
        if !year {
            return false;
        }
        let mut j = m.first_token;
        for _ in 0..8 {
            let Some(p) = prev_nonspace(tokens, j, sentence_start) else { return false };
            let t = tokens[p];
            if t.kind == TokenKind::Newline || (p + 1 < j && tokens[p + 1..j].iter().any(|s| s.kind == TokenKind::Newline)) {
                return false;
            }
            if matches!(t.text(text), "„" | "”" | "\"" | "-") {
                j = p;
                continue;
            }
            if t.kind != TokenKind::Word || !t.text(text).chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
            if self.event_token(text, tokens, sentence_start, p) {
                return true;
            }
            j = p;
        }
        false
    }

    /// True if the line before byte `start` is a venue label, a colon and
    /// perhaps a building: `Miejsce: Hotel Gołębiewski, Białystok`,
    /// `Termin i miejsce: 12 maja 2023, Warszawa`, `Lokalizacja: Gdynia`.
    /// The label is at most four words, one starting with a `label` stem.
    fn after_label(&self, text: &str, start: usize) -> bool {
        let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
        let line = &text[line_start..start];
        let Some(colon) = line.find(':') else { return false };
        let head = line[..colon].trim_start_matches(|c: char| !c.is_alphanumeric());
        let words: Vec<&str> = head.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().any(|w| {
                let w = w.to_lowercase();
                self.label_stems.iter().any(|s| w.starts_with(s.as_str()))
            })
    }

    /// A date right before the comma before token `first`: `29-30 marca
    /// 2023, Koszyce`, `12.05.2023, Kraków`, `26 maja 2011 r., Katowice`.
    fn date_before(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> bool {
        let Some(c) = prev_nonspace(tokens, first, sentence_start) else { return false };
        if tokens[c].text(text) != "," {
            return false;
        }
        let Some(mut j) = prev_nonspace(tokens, c, sentence_start) else { return false };
        // `2011 r.,` / `2011 roku,`
        if tokens[j].text(text) == "." {
            match prev_nonspace(tokens, j, sentence_start) {
                Some(k) if tokens[k].text(text) == "r" => j = k,
                _ => return false,
            }
        }
        if matches!(tokens[j].text(text), "r" | "roku") {
            match prev_nonspace(tokens, j, sentence_start) {
                Some(k) => j = k,
                None => return false,
            }
        }
        let t = tokens[j];
        let s = t.text(text);
        match t.kind {
            TokenKind::Number => {
                (s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))) || s.split(['.', '/']).filter(|x| !x.is_empty()).count() >= 3
            }
            TokenKind::Word => self.months.contains(&s.to_lowercase()),
            _ => false,
        }
    }

    /// True if the city `m` is followed by its own country, in brackets or
    /// after a comma: `Koszyce (Słowacja)`, `Ostrawa, Czechy`.
    fn country_follows(&self, text: &str, tokens: &[Token], m: &PlaceMatch<'_>) -> bool {
        let Some(code) = m.place.country.as_deref() else { return false };
        let Some(j) = next_nonspace(tokens, m.end_token) else { return false };
        let open = tokens[j].text(text);
        if open != "(" && open != "," {
            return false;
        }
        let Some(k) = next_nonspace(tokens, j + 1) else { return false };
        let Some(c) = self.gazetteer.match_at(text, tokens, k) else { return false };
        if c.place.kind != PlaceKind::Country || !c.nominative || c.place.country.as_deref() != Some(code) {
            return false;
        }
        match next_nonspace(tokens, c.end_token) {
            None => true,
            Some(n) => {
                let close = tokens[n].text(text);
                if open == "(" {
                    close == ")"
                } else {
                    matches!(close, "," | "." | ";" | "|" | "–" | "—" | "-" | "(" | ")") || tokens[n].kind == TokenKind::Number
                }
            }
        }
    }

    /// True if a `scope` word stands among the four words before the
    /// preposition of the place at token `first`: a superlative or `first of
    /// its kind` measures something against the country (`pierwszej tego typu
    /// inicjatywie w Polsce`, `najstarszym klastrem w Polsce`), it does not
    /// place an event there.
    fn scope_before(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> bool {
        let Some(p) = prev_nonspace(tokens, first, sentence_start) else { return false };
        tokens[sentence_start..p].iter().rev().filter(|t| t.kind == TokenKind::Word).take(4).any(|t| {
            let w = t.text(text).to_lowercase();
            self.scope_stems.iter().any(|s| w.starts_with(s.as_str()))
        })
    }

    /// True if token `j` is a building word opening a `w`/`we`/`na` phrase
    /// (`w Urzędzie`, `w sali`), not before token `floor`.
    fn building_phrase_at(&self, text: &str, tokens: &[Token], floor: usize, j: usize) -> bool {
        let w = tokens[j].text(text).to_lowercase();
        self.building_stems.iter().any(|s| w.starts_with(s.as_str()))
            && prev_nonspace(tokens, j, floor).is_some_and(|b| matches!(tokens[b].text(text).to_lowercase().as_str(), "w" | "we" | "na"))
    }

    /// True if one of the words just before the `do` at `p` (four at
    /// most) names a trip: `misja gospodarcza do Chin`, `wyjazd do Pragi`,
    /// or is an event word after `na` (`na konferencję do Brukseli`).
    /// With `country`, a trip verb right after a relative pronoun describes
    /// who someone is, not a trip of the text's (`obcokrajowców, którzy
    /// przyjechali do Polski`; but `goście, którzy przyjechali do Kielc`).
    fn trip_before(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize, country: bool) -> bool {
        (sentence_start..p).rev().filter(|&j| tokens[j].kind == TokenKind::Word).take(4).any(|j| {
            let w = tokens[j].text(text).to_lowercase();
            // `na konferencję do Brukseli`, `na targi do Hanoweru`: going to an event.
            let to_event = || {
                self.event_token(text, tokens, sentence_start, j)
                    && prev_nonspace(tokens, j, sentence_start).is_some_and(|n| tokens[n].text(text).eq_ignore_ascii_case("na"))
            };
            (self.trip_stems.iter().any(|s| w.starts_with(s.as_str())) || to_event())
                && !(country
                    && prev_nonspace(tokens, j, sentence_start).is_some_and(|r| {
                        matches!(tokens[r].text(text).to_lowercase().as_str(), "którzy" | "który" | "która" | "które" | "których")
                    }))
        })
    }

    /// True if one of the two words right after a place (tokens before
    /// `sentence_end`, from `end`) names a trip or an arrival: `Do Jasionki
    /// przyjechali przedstawiciele`, `do Gdańska zjechali eksperci`.
    fn trip_after(&self, text: &str, tokens: &[Token], end: usize, sentence_end: usize) -> bool {
        tokens[end..sentence_end.max(end)].iter().filter(|t| t.kind == TokenKind::Word).take(2).any(|t| {
            let w = t.text(text).to_lowercase();
            self.trip_stems.iter().any(|s| w.starts_with(s.as_str()))
        })
    }

    /// The `w`/`we`/`na` that opens the phrase of the seat word at `p`
    /// (`w Urzędzie Miasta`), at most two words back.
    fn seat_phrase_start(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize) -> Option<usize> {
        let mut j = p;
        for _ in 0..3 {
            j = prev_nonspace(tokens, j, sentence_start)?;
            if tokens[j].kind != TokenKind::Word {
                return None;
            }
            if matches!(tokens[j].text(text), "w" | "we" | "na" | "W" | "We" | "Na") {
                return Some(j);
            }
        }
        None
    }

    /// True if the place at token `first` stands inside quotation marks
    /// opened earlier in the sentence: a title (`„Klastry energii w Polsce”`)
    /// names no venue.
    fn in_quotes(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> bool {
        let start = tokens.get(sentence_start).map_or(0, |t| t.span.start);
        let end = tokens.get(first).map_or(start, |t| t.span.start);
        let before = &text[start..end.max(start)];
        let open = before.matches(['„', '“', '«']).count();
        let close = before.matches(['”', '»']).count();
        open > close || before.matches('"').count() % 2 == 1
    }

    /// True if the words right before the preposition at `p` make the place
    /// part of a name or a modifier of a noun, not the scene of an event:
    ///
    /// - a participle (`działających na Podkarpaciu klastrów`,
    ///   `akredytowanych w Polsce`), unless it is an event word
    ///   (`zorganizowanej w Krakowie`);
    /// - capitalised words that are not the sentence's first (`Lubuskiego
    ///   Centrum Produktu Regionalnego w Zielonej Górze`, `PARP w
    ///   Warszawie`), unless one of them is an event word (`Europejski
    ///   Kongres Gospodarczy w Katowicach`) or they follow a building word
    ///   (`w hotelu Marriott w Warszawie`, `w Kampusie WSIiZ w Kielnarowej`).
    fn name_or_modifier_before(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, p: usize) -> bool {
        let sentence_start = sentence.start;
        let Some(q) = prev_nonspace(tokens, p, sentence_start) else { return false };
        // `Stowarzyszenie „Wiedza” w Warszawie`: a quoted name's closing
        // quote ends the run like a word when a capitalised word stands
        // right before the opening quote (not `w zajeździe „Zagłoba” w
        // Opolu`, `w Hotelu Spa, „Nowy Dwór” w Świlczy`: a building's name).
        let capital = |k: usize| tokens[k].kind == TokenKind::Word && tokens[k].text(text).chars().next().is_some_and(char::is_uppercase);
        let quote_closes = matches!(tokens[q].text(text), "”" | "\"" | "»")
            && (sentence_start..q).rev().take(8).find(|&k| matches!(tokens[k].text(text), "„" | "\"" | "«")).is_some_and(|o| {
                prev_nonspace(tokens, o, sentence_start).is_some_and(|b| {
                    capital(b) && !self.building_stems.iter().any(|st| tokens[b].text(text).to_lowercase().starts_with(st.as_str()))
                })
            });
        if tokens[q].kind != TokenKind::Word && !quote_closes {
            return false;
        }
        let word = tokens[q].text(text);
        let lower = word.to_lowercase();
        let is_event = |w: &str| self.event_stems.iter().any(|s| w.starts_with(s.as_str()));
        let is_building = |w: &str| self.building_stems.iter().any(|s| w.starts_with(s.as_str()));
        if word.chars().next().is_some_and(char::is_lowercase) {
            // `obejrzenie farm zlokalizowanych w okolicach Zgorzelca`: the
            // sites a visit sees are where the visit takes place.
            if self.located_stems.iter().any(|s| lower.starts_with(s.as_str()))
                && tokens[sentence_start..q].iter().any(|t| {
                    t.kind == TokenKind::Word && {
                        let w = t.text(text).to_lowercase();
                        self.site_stems.iter().any(|s| w.starts_with(s.as_str()))
                    }
                })
            {
                return false;
            }
            return !is_event(&lower)
                && crate::morph::Morphology::embedded().analyse(word).iter().any(|a| a.pos == crate::morph::Pos::Participle);
        }
        // A run of capitalised words (joined by spaces, hyphens or quotes).
        let first_word = tokens[sentence_start..p].iter().position(|t| t.kind == TokenKind::Word).map(|k| sentence_start + k);
        let bulleted = first_word.is_some_and(|f| tokens[sentence_start..f].iter().any(|t| matches!(t.text(text), "•" | "*" | "▪" | "·" | "-" | "–")));
        let mut j = q;
        let mut run = 0;
        let mut run_building = false;
        let mut crossed_dash = false;
        loop {
            let t = tokens[j];
            if t.kind == TokenKind::Word {
                let w = t.text(text);
                // `Pałacu Kultury i Nauki`: `i` inside a name joins the run,
                // and so does `im.` (`Szkoły Biznesu im. E. Kwiatkowskiego`).
                if (w == "i" || w == "im") && run > 0 {
                    match j.checked_sub(1) {
                        Some(k) if k >= sentence_start => {
                            j = k;
                            continue;
                        }
                        _ => return true,
                    }
                }
                if !w.chars().next().is_some_and(char::is_uppercase) {
                    // `hotelu Marriott w Warszawie`, `w hali sportowej Zespołu
                    // Szkół w Białymstoku`.
                    let building = is_building(&w.to_lowercase())
                        || prev_nonspace(tokens, j, sentence_start)
                            .is_some_and(|b| tokens[b].kind == TokenKind::Word && is_building(&tokens[b].text(text).to_lowercase()));
                    // `na Tour Salon w Poznaniu`, `na Forum Ekonomicznym w
                    // Krynicy`: what one is at is an event or a site, and its
                    // town is where it takes place.
                    // `podczas EKG w Katowicach`, `w trakcie Forum w Krynicy`:
                    // the name is an event's.
                    let attended = w == "na" || self.during_words.contains(&w.to_lowercase());
                    // `Spotkanie w EC1 w Łodzi`, `odbyły się w G2A Arena w
                    // Jasionce`: a name in a `w` phrase right after an event
                    // word is where the event is.
                    // So is one followed closely by the event's verb or noun:
                    // `w Łazienkach Królewskich w Warszawie odbyła się gala`.
                    let at_event = matches!(w, "w" | "we")
                        && ((sentence_start..j)
                            .rev()
                            .filter(|&k| tokens[k].kind == TokenKind::Word)
                            .take(3)
                            .any(|k| self.event_token(text, tokens, sentence_start, k))
                            || (p + 1..sentence.end)
                                .filter(|&k| tokens[k].kind == TokenKind::Word)
                                .take(EVENT_WINDOW)
                                .any(|k| self.event_token(text, tokens, sentence_start, k)));
                    // `w Pomorskim Parku Technologicznym w Gdyni`: a building
                    // named in a `w` phrase of its own.
                    let named_building = run_building && matches!(w, "w" | "we" | "na" | "W" | "We" | "Na");
                    // `targi Intersolar w Monachium`, `targach kompozytowych
                    // LightCon w Hannowerze`, `spotkanie partnerów projektu
                    // EuRegioNet we Frankfurcie`: the run names an event or
                    // a project of one, the event word among the four words
                    // before it, joined to it by genitives and adjectives
                    // (not `prezes PARP w Warszawie`, `Prezentację
                    // przygotowała Szkoła X w Radomiu`).
                    let event_named = || {
                        use crate::morph::{Case, Pos};
                        let mut k = j;
                        for _ in 0..4 {
                            if self.event_token(text, tokens, sentence_start, k) {
                                return true;
                            }
                            if tokens[k].kind != TokenKind::Word || !tokens[k].text(text).chars().next().is_some_and(char::is_lowercase) {
                                return false;
                            }
                            let joins = crate::morph::Morphology::embedded().analyse(tokens[k].text(text)).iter().any(|a| {
                                matches!(a.pos, Pos::Adjective | Pos::Participle) || (a.pos == Pos::Noun && a.case.contains(Case::Gen))
                            });
                            if !joins {
                                return false;
                            }
                            match prev_nonspace(tokens, k, sentence_start) {
                                Some(b) => k = b,
                                None => return false,
                            }
                        }
                        false
                    };
                    return run > 0 && !building && !attended && !at_event && !named_building && !event_named();
                }
                let lw = w.to_lowercase();
                if is_event(&lw) {
                    return false;
                }
                // A run from the sentence's start is a heading or the
                // subject (`Sejm RP w Warszawie`), not a name's tail; not in
                // a list item (`• Centrum Badań w Otwocku za projekt`) or
                // after a spaced dash.
                if Some(j) == first_word && !bulleted && !crossed_dash {
                    return false;
                }
                run += 1;
                run_building |= is_building(&lw);
                // `w Kampusie WSIiZ w Kielnarowej`: a building opened by a preposition.
                if is_building(&lw) {
                    if let Some(b) = prev_nonspace(tokens, j, sentence_start) {
                        if matches!(tokens[b].text(text).to_lowercase().as_str(), "w" | "we" | "na") {
                            return false;
                        }
                    }
                }
            } else {
                // Spaces (not line breaks), hyphens and quotes join the run;
                // so does the full stop of an initial or of `im.` (`im. E.
                // Kwiatkowskiego`).
                let abbreviation = t.text(text) == "." && run > 0 && j > sentence_start && tokens[j - 1].kind == TokenKind::Word && {
                    let a = tokens[j - 1].text(text);
                    a == "im" || (a.chars().count() == 1 && a.chars().all(char::is_uppercase))
                };
                // (a run that reaches the sentence's start over a dash
                // between spaces is no heading: `Jan Nowak - Prezes Funduszu
                // X w Katowicach`)
                crossed_dash |= matches!(t.text(text), "-" | "–" | "—")
                    && j > sentence_start
                    && tokens[j - 1].is_space()
                    && tokens.get(j + 1).is_some_and(|n| n.is_space());
                let joins =
                    (t.is_space() && t.kind != TokenKind::Newline) || matches!(t.text(text), "-" | "–" | "„" | "”" | "\"") || abbreviation;
                if !joins {
                    return run > 0;
                }
            }
            match j.checked_sub(1) {
                Some(k) if k >= sentence_start => j = k,
                _ => return run > 0,
            }
        }
    }

    /// A place the gazetteer lacks, in a sentence with an event word: a
    /// capitalised word after `w`/`we`/`na` that the dictionary reads as a
    /// proper noun in the locative that is no person (`w Zofiówce` ->
    /// `Zofiówka`, `w Jasionce` -> `Jasionka`), or, if the dictionary does
    /// not know it, with the locative ending of a feminine place name
    /// (`w Kielnarowej` -> `Kielnarowa`). Not followed by another
    /// capitalised word (`w Klastrze Lotniczym`).
    fn unknown_place(
        &self,
        text: &str,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        i: usize,
        sentence_end: usize,
    ) -> Option<Venue> {
        let t = tokens[i];
        if t.kind != TokenKind::Word {
            return None;
        }
        let word = t.text(text);
        let mut chars = word.chars();
        if !chars.next().is_some_and(char::is_uppercase) || !chars.all(char::is_lowercase) || word.chars().count() < 4 {
            return None;
        }
        let p = skip_adjective(text, tokens, sentence.start, prev_nonspace(tokens, i, sentence.start)?);
        let to = match tokens[p].text(text) {
            "w" | "we" | "na" | "W" | "We" | "Na" => false,
            // `Do Łańcuta przyjechali`: the destination of a trip or arrival
            "do" | "Do" => true,
            _ => return None,
        };
        if to && !self.trip_before(text, tokens, sentence.start, p, false) && !self.trip_after(text, tokens, i + 1, sentence.end) {
            return None;
        }
        if let Some(n) = next_nonspace(tokens, i + 1) {
            let nt = tokens[n].text(text);
            if nt == "-" || (tokens[n].kind == TokenKind::Word && nt.chars().next().is_some_and(char::is_uppercase)) {
                return None;
            }
        }
        let name = if to {
            self.unknown_place_genitive(word)?
        } else {
            self.unknown_place_lemma(word).or_else(|| self.foreign_town_lemma(text, tokens, i, word))?
        };
        if self.ambiguous.contains(&name.to_lowercase())
            || self.part_of_name(text, tokens, sentence.start, p)
            || self.in_quotes(text, tokens, sentence.start, i)
            || self.name_or_modifier_before(text, tokens, sentence.clone(), p)
        {
            return None;
        }
        let span = Span::new(tokens[p].span.start, t.span.end);
        // The dictionary's lemma may be a gazetteer alias (`Hannoverze` ->
        // `Hannover`, alias of `Hanower`).
        let (name, country) = match self.gazetteer.by_name(&name) {
            Some(place) => (place.name.clone(), place.country.clone()),
            None => (name, None),
        };
        Some(Venue {
            text: text[span.range()].to_string(),
            span,
            char_span: Span::default(),
            name,
            country,
            place: self.place_detail(text, span, t.span.end, sentence_end),
        })
    }

    /// `w katowickim Centrum Kongresowym`, `na poznańskich Targach`, `w
    /// krakowskiej ICE`: token `i` is a town's adjective
    /// (`venue_city_adjectives.tsv`) in the locative (`-kim`, `-kiej`,
    /// `-kich`) right after `w`/`we`/`na`, and after it stands a building
    /// word (`building`, any case) or a capitalised name (perhaps after one
    /// or two capitalised adjectives: `w katowickiej Narodowej Orkiestrze`)
    /// or an acronym: the town is the venue. Not when the preposition is
    /// part of a name or a seat (`z siedzibą w krakowskim …`).
    fn adjective_town(
        &self,
        text: &str,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        i: usize,
        sentence_end: usize,
    ) -> Option<Venue> {
        let word = tokens[i].text(text);
        let stem = word.strip_suffix("im").or_else(|| word.strip_suffix("iej")).or_else(|| word.strip_suffix("ich"))?;
        if !stem.ends_with('k') {
            return None;
        }
        let town = self.city_adjectives.get(stem)?;
        let p = prev_nonspace(tokens, i, sentence.start)?;
        if !matches!(tokens[p].text(text), "w" | "we" | "na" | "W" | "We" | "Na") {
            return None;
        }
        let n = next_nonspace(tokens, i + 1).filter(|&n| n < sentence.end && tokens[n].kind == TokenKind::Word)?;
        let next = tokens[n].text(text);
        let lower = next.to_lowercase();
        let building = self.building_stems.iter().any(|s| lower.starts_with(s.as_str()));
        let capital = next.chars().next().is_some_and(char::is_uppercase);
        if !building && !capital {
            return None;
        }
        if self.part_of_name(text, tokens, sentence.start, p) || self.name_or_modifier_before(text, tokens, sentence.clone(), p) {
            return None;
        }
        let place = self.gazetteer.by_name(town)?;
        let span = Span::new(tokens[p].span.start, tokens[n].span.end);
        Some(Venue {
            text: text[span.range()].to_string(),
            span,
            char_span: Span::default(),
            name: place.name.clone(),
            country: place.country.clone(),
            place: self.place_detail(text, span, tokens[n].span.end, sentence_end),
        })
    }

    /// The nominative of a place form the gazetteer lacks (see
    /// [`VenueExtractor::unknown_place`]), or `None`.
    fn unknown_place_lemma(&self, word: &str) -> Option<String> {
        use crate::morph::{Case, Gender, Pos};
        let morph = crate::morph::Morphology::embedded();
        // `w Nowinach`, `w Lipnikach`: a proper noun with only a plural
        // (PoliMorf's `p2`/`p3` genders) in the locative names a village or
        // a town (`Nowiny`, `Lipniki`), though a common noun shares the form
        // (`nowina`, `lipnik`); people's names have a singular.
        let plurale = morph.analyse_with_tags(word).into_iter().find(|(a, tag)| {
            a.proper && a.pos == Pos::Noun && a.case.contains(Case::Loc) && tag.contains(":pl:") && (tag.ends_with(":p2") || tag.ends_with(":p3"))
        });
        if let Some((a, _)) = plurale {
            return Some(a.lemma);
        }
        let found = morph.analyse(word);
        if !found.is_empty() {
            // Every reading a proper noun, one in the locative, none a person.
            if found
                .iter()
                .any(|a| !a.proper || a.gender.contains(Gender::M1) || (a.gender.contains(Gender::M2) && !a.gender.contains(Gender::F)))
            {
                return None;
            }
            return found.iter().find(|a| a.pos == Pos::Noun && a.case.contains(Case::Loc)).map(|a| a.lemma.clone());
        }
        // Not in the dictionary: feminine adjectival (`-owej` -> `-owa`,
        // `-skiej` -> `-ska`) and `-ówce`/`-ówka` place names only.
        for (end, nom) in [("owej", "owa"), ("skiej", "ska"), ("ckiej", "cka"), ("ówce", "ówka"), ("owicach", "owice")] {
            if let Some(stem) = word.strip_suffix(end) {
                if stem.chars().count() >= 3 {
                    return Some(format!("{stem}{nom}"));
                }
            }
        }
        None
    }

    /// The nominative of a foreign town neither the gazetteer nor the
    /// dictionary knows, at token `i`, when its country follows in the
    /// locative (`w Jurborku na Litwie`, `w Ołomuńcu w Czechach` is left):
    /// a masculine locative in `-ku`, `-gu`, `-chu` loses its `u`
    /// (`Jurborku` -> `Jurbork`).
    fn foreign_town_lemma(&self, text: &str, tokens: &[Token], i: usize, word: &str) -> Option<String> {
        if !crate::morph::Morphology::embedded().analyse(word).is_empty() {
            return None;
        }
        let n = next_nonspace(tokens, i + 1)?;
        if !matches!(tokens[n].text(text), "na" | "w" | "we") {
            return None;
        }
        let c = next_nonspace(tokens, n + 1)?;
        let m = self.gazetteer.match_at(text, tokens, c)?;
        if m.place.kind != PlaceKind::Country || m.nominative {
            return None;
        }
        for (end, nom) in [("ku", "k"), ("gu", "g"), ("chu", "ch")] {
            if let Some(stem) = word.strip_suffix(end) {
                if stem.chars().count() >= 3 {
                    return Some(format!("{stem}{nom}"));
                }
            }
        }
        None
    }

    /// The nominative of a place form the gazetteer lacks after `do` (the
    /// genitive): every reading of the word a proper noun, none a person,
    /// one a singular genitive noun of a place-like gender (feminine,
    /// inanimate or neuter: `Jasionki` -> `Jasionka`, `Nadarzyna` -> `Nadarzyn`).
    fn unknown_place_genitive(&self, word: &str) -> Option<String> {
        use crate::morph::{Case, Gender, Number, Pos};
        let found = crate::morph::Morphology::embedded().analyse(word);
        if found.is_empty() || found.iter().any(|a| !a.proper || a.gender.contains(Gender::M1)) {
            return None;
        }
        found
            .iter()
            .find(|a| {
                a.pos == Pos::Noun
                    && a.case.contains(Case::Gen)
                    && a.number.contains(Number::Sg)
                    && (a.gender.contains(Gender::F) || a.gender.contains(Gender::M3) || a.gender.contains(Gender::N))
            })
            .map(|a| a.lemma.clone())
    }

    /// A not_venue word among the four words before the preposition at `p`,
    /// unless it is a building in a `w` phrase of its own, or follows one
    /// closely: `w Urzędzie Marszałkowskim w Katowicach`, `na Politechnice
    /// Śląskiej w Gliwicach`, `w sali konferencyjnej Urzędu Miasta w Opolu`,
    /// `w auli Politechniki Lubelskiej w Lublinie` say where something
    /// happens, `Urząd Marszałkowski w Katowicach` names an office.
    fn part_of_name(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize) -> bool {
        let mut words: Vec<usize> = (sentence_start..p).rev().filter(|&j| tokens[j].kind == TokenKind::Word).take(4).collect();
        // `Instytutowi Mechanizacji Budownictwa i Górnictwa Skalnego w
        // Warszawie`: the first word of a longer name right before `w`.
        if let Some(first) = self.name_run_start(text, tokens, sentence_start, p) {
            if !words.contains(&first) {
                words.push(first);
            }
        }
        words.iter().any(|&j| {
            let w = tokens[j].text(text).to_lowercase();
            if !self.not_venue_stems.iter().any(|s| w.starts_with(s.as_str())) {
                return false;
            }
            let in_phrase = self.building_phrase_at(text, tokens, sentence_start, j)
                || (sentence_start..j)
                    .rev()
                    .filter(|&k| tokens[k].kind == TokenKind::Word)
                    .take(2)
                    .any(|k| self.building_phrase_at(text, tokens, sentence_start, k))
                || self.in_building_name(text, tokens, sentence_start, j);
            !in_phrase
        })
    }

    /// The first token of a run of five to eight capitalised words (joined
    /// by spaces, `i` or `-`) that ends right before the preposition at
    /// token `p`, or `None`: the run is one long name (`Instytut Mechanizacji
    /// Budownictwa i Górnictwa Skalnego`).
    fn name_run_start(&self, text: &str, tokens: &[Token], floor: usize, p: usize) -> Option<usize> {
        let mut first = None;
        let mut words = 0;
        let mut k = p;
        while k > floor {
            k -= 1;
            let t = tokens[k];
            let w = t.text(text);
            if t.kind == TokenKind::Word {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    words += 1;
                    first = Some(k);
                    if words > 8 {
                        return None;
                    }
                } else if w != "i" || words == 0 {
                    break;
                }
            } else if t.kind == TokenKind::Newline || !(t.is_space() || w == "-") {
                break;
            }
        }
        first.filter(|_| words >= 5)
    }

    /// True if the capitalised word at token `j` belongs to a run of
    /// capitalised words (eight at most, joined as in a name: `i`, `im.`,
    /// initials) that names a building in a `w`/`na` phrase: the run
    /// follows a building phrase (`w siedzibie Państwowej Wyższej Szkoły
    /// Zawodowej`, `w auli Wyższej Szkoły Bankowej`), or it holds a
    /// building word and follows `w`/`we`/`na` (`w Pomorskim Parku
    /// Technologicznym`).
    fn in_building_name(&self, text: &str, tokens: &[Token], floor: usize, j: usize) -> bool {
        let is_building = |k: usize| {
            let w = tokens[k].text(text).to_lowercase();
            self.building_stems.iter().any(|s| w.starts_with(s.as_str()))
        };
        let mut building = false;
        let mut k = j;
        let mut words = 0;
        loop {
            let t = tokens[k];
            let w = t.text(text);
            if t.kind == TokenKind::Word {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    words += 1;
                    if words > 8 {
                        return false;
                    }
                    building |= is_building(k);
                } else if !(matches!(w, "i" | "im") && words > 0) {
                    let opens = matches!(w.to_lowercase().as_str(), "w" | "we" | "na");
                    return (building && opens) || (words > 0 && self.building_phrase_at(text, tokens, floor, k));
                }
            } else if t.kind == TokenKind::Newline || !(t.is_space() || matches!(w, "." | "-" | "„" | "”" | "\"")) {
                return false;
            }
            if k <= floor {
                return false;
            }
            k -= 1;
        }
    }

    /// True if the text right before the preposition at token `p` ends with
    /// a company's legal form (`org_legal_forms.tsv`): the place is the
    /// company's seat (`Kancelaria Prawna sp.k. w Krakowie`, `Firma X sp. z
    /// o.o. w Gdyni`).
    fn legal_form_before(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize) -> bool {
        let from = tokens.get(sentence_start).map_or(0, |t| t.span.start);
        let to = tokens[p].span.start;
        let before = &text[from..to.max(from)];
        let before = before.trim_end();
        self.legal_forms.iter().any(|f| ends_with_form(before, f)) && !self.company_visited(text, tokens, sentence_start, p)
    }

    /// True if the company named before the preposition at token `p` is
    /// itself in a `w`/`we`/`na` phrase right after an event or visit word:
    /// `wizyta studyjna w firmie Bosch GmbH w Stuttgarcie`, `warsztaty
    /// odbyły się w siedzibie firmy Comarch S.A. w Krakowie`; the event is
    /// at the company, in its town. Walking back from `p` over the name (at
    /// most fourteen words: capitalised words, a legal form's short pieces,
    /// `i`/`oraz`/`of`, brackets and the words of a company or a building)
    /// to the preposition. Not `prezes firmy Drutex S.A. w Bytowie`.
    fn company_visited(&self, text: &str, tokens: &[Token], sentence_start: usize, p: usize) -> bool {
        let mut j = p;
        let mut words = 0;
        loop {
            let Some(k) = prev_nonspace(tokens, j, sentence_start) else { return false };
            j = k;
            let t = tokens[j];
            let w = t.text(text);
            if t.kind != TokenKind::Word {
                if t.kind == TokenKind::Newline || !matches!(w, "." | "," | "-" | "&" | "(" | ")" | "„" | "”" | "\"") {
                    return false;
                }
                continue;
            }
            words += 1;
            if words > 14 {
                return false;
            }
            if w.chars().next().is_some_and(char::is_uppercase) || t.kind == TokenKind::Number {
                continue;
            }
            let lower = w.to_lowercase();
            if matches!(lower.as_str(), "w" | "we" | "na") {
                break;
            }
            let company = ["firm", "spółk", "przedsiębiorstw", "zakład", "fabryk", "koncern"].iter().any(|s| lower.starts_with(s))
                || self.building_stems.iter().any(|s| lower.starts_with(s.as_str()));
            if !(company || w.chars().count() <= 3) {
                return false;
            }
        }
        // An event or visit word among the three words before the preposition.
        (sentence_start..j).rev().filter(|&k| tokens[k].kind == TokenKind::Word).take(3).any(|k| {
            let w = tokens[k].text(text).to_lowercase();
            self.event_token(text, tokens, sentence_start, k) || self.visit_stems.iter().any(|s| w.starts_with(s.as_str()))
        })
    }

    /// True if the word right before the preposition at token `p` is a
    /// common noun in the genitive plural only (`klastrów`, `firm`,
    /// `przedsiębiorstw`), not an event word: a country or region after it
    /// says which of them (`rozwój klastrów w Polsce`, `prezentacja
    /// dokonań klastrów na Śląsku`), not where an event is.
    fn plural_noun_before(&self, text: &str, tokens: &[Token], sentence_start: usize, first: usize) -> bool {
        use crate::morph::{Case, Number, Pos};
        let Some(p) = prev_nonspace(tokens, first, sentence_start) else { return false };
        // A trip's destination stays (`wyjazd przedsiębiorców do Norwegii`).
        if !matches!(tokens[p].text(text).to_lowercase().as_str(), "w" | "we" | "na") {
            return false;
        }
        let Some(q) = prev_nonspace(tokens, p, sentence_start) else { return false };
        if tokens[q].kind != TokenKind::Word || self.event_token(text, tokens, sentence_start, q) {
            return false;
        }
        let word = tokens[q].text(text);
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let found = crate::morph::Morphology::embedded().analyse(word);
        found.iter().any(|a| a.pos == Pos::Noun && a.case.contains(Case::Gen) && a.number.contains(Number::Pl))
            && !found.iter().any(|a| a.number.contains(Number::Sg))
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
        // `Warszawa, dnia 12 marca 2020 r.`, `Kraków, dn. 3.05.2021`
        if matches!(tokens[j].text(text), "dnia" | "dn") {
            j = match next_nonspace(tokens, j + 1) {
                Some(k) if tokens[k].text(text) == "." => match next_nonspace(tokens, k + 1) {
                    Some(k) => k,
                    None => return false,
                },
                Some(k) => k,
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

    /// How a town after the settlement noun at token `p` is introduced:
    /// `w`/`we` before the noun (`w miejscowości Kortrijk`) opens an oblique
    /// venue, a visit verb (`odwiedzili miasto Krapkowice`) an object; the
    /// town's first token is `first`. `None` if neither stands there, or the
    /// phrase is part of a name or a title.
    fn class_intro(
        &self,
        text: &str,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        p: usize,
        first: usize,
    ) -> Option<(usize, Intro)> {
        let q = prev_nonspace(tokens, p, sentence.start)?;
        if tokens[q].kind != TokenKind::Word || self.in_quotes(text, tokens, sentence.start, first) {
            return None;
        }
        let w = tokens[q].text(text).to_lowercase();
        if matches!(w.as_str(), "w" | "we") {
            if self.part_of_name(text, tokens, sentence.start, q)
                || self.legal_form_before(text, tokens, sentence.start, q)
                || self.name_or_modifier_before(text, tokens, sentence.clone(), q)
            {
                return None;
            }
            return Some((tokens[q].span.start, Intro::Oblique));
        }
        if self.visit_stems.iter().any(|s| w.starts_with(s.as_str())) {
            return Some((tokens[q].span.start, Intro::Object));
        }
        None
    }

    /// A town the gazetteer lacks after a settlement noun (`class`): `w
    /// miejscowości Kortrijk`, `w mieście Stainz` in a sentence with an event
    /// word, `zwiedzili miasteczko Tykocin`. The name is one to three
    /// capitalised words (or hyphenated parts) as written, none of them a
    /// common word the dictionary knows; token `i` is its first.
    fn class_place(&self, text: &str, tokens: &[Token], sentence: std::ops::Range<usize>, i: usize, sentence_end: usize) -> Option<Venue> {
        let p = prev_nonspace(tokens, i, sentence.start)?;
        if tokens[p].kind != TokenKind::Word || !with_lower(tokens[p].text(text), |l| self.class_words.contains(l)) {
            return None;
        }
        let name_word = |k: usize| {
            let w = tokens[k].text(text);
            let mut chars = w.chars();
            tokens[k].kind == TokenKind::Word
                && chars.next().is_some_and(char::is_uppercase)
                && chars.all(char::is_lowercase)
                && w.chars().count() >= 3
                && !crate::morph::Morphology::embedded().analyse(w).iter().any(|a| !a.proper)
        };
        if !name_word(i) {
            return None;
        }
        // The run: words joined by one space or a hyphen.
        let mut end = i;
        let mut words = 1;
        while words < 3 {
            let Some(sep) = (end + 1 < sentence.end).then_some(end + 1) else { break };
            let joined = tokens[sep].text(text) == "-" || (tokens[sep].is_space() && tokens[sep].kind != TokenKind::Newline);
            if !joined || sep + 1 >= sentence.end || !name_word(sep + 1) {
                break;
            }
            end = sep + 1;
            words += 1;
        }
        let (start, intro) = self.class_intro(text, tokens, sentence.clone(), p, i)?;
        if intro == Intro::Oblique && !sentence.clone().any(|j| self.event_token(text, tokens, sentence.start, j)) {
            return None;
        }
        let written = text[tokens[i].span.start..tokens[end].span.end].to_string();
        if self.ambiguous.contains(&written.to_lowercase()) {
            return None;
        }
        let (name, country) = match self.gazetteer.by_name(&written) {
            Some(place) => (place.name.clone(), place.country.clone()),
            None => (written, None),
        };
        let span = Span::new(start, tokens[end].span.end);
        Some(Venue {
            text: text[span.range()].to_string(),
            span,
            char_span: Span::default(),
            name,
            country,
            place: self.place_detail(text, span, tokens[end].span.end, sentence_end),
        })
    }

    /// True if a visit verb follows the place, which is in the accusative
    /// (`Białystok odwiedzili`, `Pragę zwiedzili`) and is no common word.
    fn visit_follows(&self, text: &str, tokens: &[Token], m: &PlaceMatch<'_>) -> bool {
        let form = &text[m.span.range()];
        let accusative = m.nominative || !m.place.declinable || form.ends_with('ę');
        accusative
            && !m.place.ambiguous
            && !self.ambiguous.contains(&m.place.name.to_lowercase())
            && next_nonspace(tokens, m.end_token).is_some_and(|n| {
                tokens[n].kind == TokenKind::Word && {
                    let w = tokens[n].text(text).to_lowercase();
                    self.visit_stems.iter().any(|s| w.starts_with(s.as_str()))
                }
            })
    }

    /// True if the town, in the nominative, is the subject of a host verb
    /// right after it (`Przemyśl podejmuje`, `Kraków gości`); the verb
    /// settles a name that is also a common word.
    fn host_follows(&self, text: &str, tokens: &[Token], m: &PlaceMatch<'_>) -> bool {
        if m.place.kind != PlaceKind::City || !m.nominative {
            return false;
        }
        // The next words, lower case; `None` past a non-word.
        let word_at = |n: Option<usize>| n.filter(|&n| tokens[n].kind == TokenKind::Word).map(|n| (n, tokens[n].text(text).to_lowercase()));
        let mut next = word_at(next_nonspace(tokens, m.end_token));
        // `Gdynia po raz kolejny gości`, `Kraków ponownie podejmuje`: an
        // adverb of repetition between the town and the verb.
        let mut skipped = 0;
        while let Some((n, w)) = &next {
            if skipped >= 3 || !matches!(w.as_str(), "po" | "raz" | "kolejny" | "pierwszy" | "ponownie" | "znów" | "znowu" | "już" | "także" | "również")
            {
                break;
            }
            skipped += 1;
            next = word_at(next_nonspace(tokens, n + 1));
        }
        let Some((n, w)) = next else {
            return false;
        };
        if self.host_stems.iter().any(|s| w.starts_with(s.as_str())) {
            return true;
        }
        // `Gdynia staje się miejscem spotkania`: the town becomes the place.
        let becomes = matches!(w.as_str(), "staje" | "stają" | "stała" | "stał" | "stały" | "stanie" | "staną" | "stawała" | "stawał");
        let se = word_at(next_nonspace(tokens, n + 1));
        let Some(place) = se
            .filter(|(_, s)| becomes && s == "się")
            .and_then(|(k, _)| word_at(next_nonspace(tokens, k + 1)))
            .filter(|(_, p)| p == "miejscem")
            .map(|(k, _)| k)
        else {
            return false;
        };
        // … of an event: an event word among the four words after `miejscem`
        // (`miejscem spotkania`, `miejscem do spotkania`; not `miejscem inwestycji`).
        (place + 1..tokens.len())
            .filter(|&j| tokens[j].kind == TokenKind::Word)
            .take(4)
            .any(|j| self.event_token(text, tokens, m.first_token, j))
    }

    /// A regional news dateline: a town in capitals at a line's start, a
    /// colon, then the headline (`JELENIA GÓRA: Kolorowe targi`); not a
    /// world clock (`WARSZAWA: 23:29 | LONDYN 21:29`). A town not in
    /// capitals needs an event word in the headline (`Kraków: rusza
    /// kongres klastrów`, not `Kraków: nowe inwestycje`).
    fn capitals_dateline(&self, text: &str, tokens: &[Token], m: &PlaceMatch<'_>) -> bool {
        let form = &text[m.span.range()];
        if m.place.kind != PlaceKind::City || !m.nominative || form.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return false;
        }
        // `RZESZÓW. Sześćdziesięciu wystawców…`: a name in capitals may end
        // with a full stop or a dash too.
        let capitals = !form.chars().any(char::is_lowercase);
        let Some(colon) = next_nonspace(tokens, m.end_token)
            .filter(|&c| tokens[c].text(text) == ":" || (capitals && matches!(tokens[c].text(text), "." | "–" | "—" | "-")))
        else {
            return false;
        };
        if !next_nonspace(tokens, colon + 1).is_some_and(|h| tokens[h].kind == TokenKind::Word) {
            return false;
        }
        capitals
            || (colon + 1..tokens.len())
                .take_while(|&j| tokens[j].kind != TokenKind::Newline)
                .take(40)
                .any(|j| self.event_token(text, tokens, colon + 1, j))
    }

    /// True if a building is named right before the venue mention at `venue`
    /// (`w hotelu Marriott w Warszawie`).
    fn building_before(&self, text: &str, venue: Span) -> bool {
        let line_start = text[..venue.start].rfind(['\n', '.', ';']).map_or(0, |p| p + 1);
        self.building.is_match(&text[line_start..venue.start])
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

    /// True if a format word (`format`) or an event word is one of the two
    /// words before or after bytes `s..e` (joined by spaces only):
    /// `wirtualnego spotkania`, `w formule hybrydowej`, `w pełni wirtualnej
    /// edycji`.
    fn format_word_near(&self, doc: &Doc<'_>, s: usize, e: usize) -> bool {
        let text = doc.text;
        let tokens = &doc.tokens;
        let first = tokens.partition_point(|t| t.span.end <= s);
        let end = tokens.partition_point(|t| t.span.start < e);
        if first >= end {
            return false;
        }
        let is_format = |j: usize| {
            let w = tokens[j].text(text).to_lowercase();
            self.format_stems.iter().any(|f| w.starts_with(f.as_str())) || self.event_token(text, tokens, 0, j)
        };
        let words = |range: &mut dyn Iterator<Item = usize>| -> bool {
            let mut n = 0;
            for j in range {
                let t = tokens[j];
                if t.is_space() && t.kind != TokenKind::Newline {
                    continue;
                }
                if t.kind != TokenKind::Word {
                    return false;
                }
                if is_format(j) {
                    return true;
                }
                n += 1;
                if n == 2 {
                    return false;
                }
            }
            false
        };
        words(&mut (0..first).rev()) || words(&mut (end..tokens.len()))
    }

    /// The first online or hybrid phrase not overridden by a `not` phrase.
    fn online(&self, doc: &Doc<'_>) -> Option<Venue> {
        let text = doc.text;
        let may_match = self.online_gate.may_match(doc);
        let nots: Vec<(usize, usize)> = self
            .online
            .iter()
            .zip(&may_match)
            .filter(|((_, k), &may)| *k == OnlineKind::Not && may)
            .flat_map(|((re, _), _)| re.find_iter(text).map(|m| (m.start(), m.end())))
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for ((re, kind), &may) in self.online.iter().zip(&may_match) {
            if *kind == OnlineKind::Not || !may {
                continue;
            }
            for m in re.find_iter(text) {
                let (s, e) = (m.start(), m.end());
                if !word_bounded(text, s, e)
                    || nots.iter().any(|&(ns, ne)| ns < e && s < ne)
                    || (*kind == OnlineKind::Adjective && !self.format_word_near(doc, s, e))
                {
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

/// Substring searches in a text's lower-case view in front of the
/// online regexes. Each regex has literal prefixes every match starts with
/// (from the pattern's syntax: `wirtualn` for `wirtualn[a-zą…]*`, `na
/// platformie zoom` …); the gate looks for the last word of each, cut to
/// [`STEM_BYTES`] (`zoom`), which every match then contains. A regex runs
/// only on a text where one of its stems occurs; one without a finite set
/// of prefixes with a word each always runs. The `not` regexes only cancel
/// online matches, so their pass runs only when an online or hybrid regex
/// may match.
///
/// A case-insensitive regex also matches characters the lower-case view
/// does not turn into the letter: `ſ` (s), `ı` (i) and the Kelvin sign (k,
/// which makes the view inexact, [`Doc::lower_exact`]); a text with one of
/// them runs every regex, so the gate never changes what is found.
#[derive(Debug, Default)]
struct OnlineGate {
    /// The online and hybrid regexes' stems.
    positive: StemGate,
    /// The `not` regexes' stems.
    not: StemGate,
    /// How many regexes were added.
    count: usize,
}

/// Stems are cut to this many bytes (at a character boundary).
const STEM_BYTES: usize = 8;

/// Literal stems for a family of regexes, each looked for on its own.
#[derive(Debug, Default)]
struct StemGate {
    /// Stems, deduplicated.
    stems: Vec<String>,
    /// For each stem, the regexes (indices into `online`) it may start.
    regexes_of: Vec<Vec<usize>>,
    /// Regexes without stems: they always run.
    always: Vec<usize>,
    /// A substring finder for each stem, once built.
    finders: Option<Vec<memchr::memmem::Finder<'static>>>,
}

impl StemGate {
    fn add(&mut self, id: usize, pattern: &str) {
        match stems_of(pattern) {
            Some(stems) => {
                for stem in stems {
                    match self.stems.iter().position(|s| *s == stem) {
                        Some(p) => self.regexes_of[p].push(id),
                        None => {
                            self.stems.push(stem);
                            self.regexes_of.push(vec![id]);
                        }
                    }
                }
            }
            None => self.always.push(id),
        }
    }

    fn build(&mut self) -> Result<(), String> {
        // One vectorised substring search a stem, stopping at its first
        // occurrence (and none for a stem whose regexes are all marked):
        // on 200 bench documents the leftmost Aho-Corasick pass over the
        // whole text for all stems cost 38M instructions.
        self.finders = Some(self.stems.iter().map(|s| memchr::memmem::Finder::new(s.as_bytes()).into_owned()).collect());
        Ok(())
    }

    /// Marks in `may` the regexes whose stems occur in `lower`.
    fn mark(&self, lower: &str, may: &mut [bool]) {
        for &i in &self.always {
            may[i] = true;
        }
        let Some(finders) = &self.finders else {
            may.fill(true);
            return;
        };
        for (finder, ids) in finders.iter().zip(&self.regexes_of) {
            if ids.iter().all(|&i| may[i]) {
                continue;
            }
            if finder.find(lower.as_bytes()).is_some() {
                for &i in ids {
                    may[i] = true;
                }
            }
        }
    }
}

/// For each literal prefix of `pattern`'s matches, its last word in lower
/// case, cut to [`STEM_BYTES`]; `None` when the prefixes are not a finite
/// set of literals with a word each.
fn stems_of(pattern: &str) -> Option<Vec<String>> {
    use regex_syntax::hir::literal::Extractor;
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let seq = Extractor::new().extract(&hir);
    let mut out = Vec::new();
    for lit in seq.literals()? {
        let bytes = lit.as_bytes();
        let valid = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?,
        };
        let lower = crate::doc::lowercase_in_place(valid);
        let word = lower.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty())?;
        let mut cut = word.len().min(STEM_BYTES);
        while !word.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut == 0 {
            return None;
        }
        out.push(word[..cut].to_string());
    }
    (!out.is_empty()).then_some(out)
}

impl OnlineGate {
    /// Adds the next regex's pattern (case-insensitive when compiled).
    fn add(&mut self, pattern: &str, kind: OnlineKind) {
        let id = self.count;
        self.count += 1;
        match kind {
            OnlineKind::Not => self.not.add(id, pattern),
            OnlineKind::Online | OnlineKind::Hybrid | OnlineKind::Adjective => self.positive.add(id, pattern),
        }
    }

    fn build(&mut self) -> Result<(), String> {
        self.positive.build()?;
        self.not.build()
    }

    /// For each regex, whether it may match `doc`'s text.
    fn may_match(&self, doc: &Doc<'_>) -> Vec<bool> {
        let n = self.count;
        if !doc.lower_exact || has_fold_only(doc.lower.as_bytes()) {
            return vec![true; n];
        }
        let mut may = vec![false; n];
        self.positive.mark(&doc.lower, &mut may);
        if may.iter().any(|&m| m) {
            self.not.mark(&doc.lower, &mut may);
        }
        may
    }
}

/// True if `lower` holds `ſ` (C5 BF) or `ı` (C4 B1): see [`OnlineGate`].
/// The building or site named right before a venue, up to the end of the
/// text before it (`w Hotelu na Błoniach` / `w Sali Kolumnowej Sejmu`): up
/// to two adjectives, a word starting with a `building` stem, then up to five
/// capitalised words or numbers of its name. Explicit Polish letter classes,
/// not `\p{L}`: the Unicode classes cost 36M instructions at start-up.
fn building_regex(stems: &[String]) -> Result<Regex, RulesError> {
    let alt = stems.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?:^|[^a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ])((?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*(?:ym|im|ej|iej)\s+){{0,2}}(?i:(?:{alt})[a-ząćęłńóśźż]*)(?:\s+(?:i\s+)?[„\x22]?[A-ZĄĆĘŁŃÓŚŹŻ0-9][^\s,;.:!?]*[”\x22]?){{0,5}})\s*$"
    ))
    .map_err(|e| RulesError::Malformed { file: CONTEXT_FILE.into(), line: 0, message: e.to_string() })
}

/// True if `text` ends with `form` (lower case, no spaces), compared in
/// lower case with the spaces of `text` left out, the form starting a word
/// (`Legal sp. k.`, `Azoty S.A.`; not `Artusa` for `sa`).
fn ends_with_form(text: &str, form: &str) -> bool {
    let mut want = form.chars().rev().peekable();
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        if want.peek().is_none() {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        let mut lower = c.to_lowercase();
        if lower.next() != want.next() || lower.next().is_some() {
            return false;
        }
        start = i;
    }
    want.peek().is_none() && !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
}

fn has_fold_only(lower: &[u8]) -> bool {
    memchr::memchr2_iter(0xBF, 0xB1, lower).any(|p| p > 0 && matches!((lower[p - 1], lower[p]), (0xC5, 0xBF) | (0xC4, 0xB1)))
}

/// `w Śląskim Centrum ...`: an adjectival form running on into a longer
/// proper name is part of that name.
fn adjectival(text: &str, tokens: &[Token], m: &PlaceMatch<'_>) -> bool {
    let form = &text[m.span.range()];
    ["im", "ym", "iej", "ej", "ego", "ich", "ych"].iter().any(|e| form.ends_with(e))
        && next_nonspace(tokens, m.end_token)
            .is_some_and(|n| tokens[n].kind == TokenKind::Word && tokens[n].text(text).chars().next().is_some_and(char::is_uppercase))
}

/// True if only a list separator stands between token `end` (one past a
/// venue) and token `first` (the next place): `,`, `i`, `oraz`, `lub`,
/// `albo`, `a także`, `, a także` – on one line.
fn coordinated(text: &str, tokens: &[Token], end: usize, first: usize) -> bool {
    if first <= end {
        return false;
    }
    let words: Vec<&str> = tokens[end..first]
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .map(|t| if t.kind == TokenKind::Newline { "\n" } else { t.text(text) })
        .collect();
    matches!(
        words.as_slice(),
        [","]
            | ["i"]
            | ["oraz"]
            | ["lub"]
            | ["albo"]
            | ["czy"]
            | ["a", "także"]
            | [",", "a", "także"]
            | [",", "oraz"]
            | [",", "i"]
            | [",", "czy"]
    )
}

fn word_bounded(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}

/// What a capitalised word may be by the word before it (the cheap part of
/// [`VenueExtractor::unknown_place`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Candidate {
    /// Nothing.
    No,
    /// After `w`, `we` or `na`: a place in the locative, in a sentence with an event word.
    At,
    /// After `do`: a place in the genitive, the destination of a trip or arrival.
    To,
}

fn unknown_place_candidate(text: &str, tokens: &[Token], floor: usize, i: usize) -> Candidate {
    let t = tokens[i];
    if t.kind != TokenKind::Word || !t.text(text).chars().next().is_some_and(char::is_uppercase) {
        return Candidate::No;
    }
    match prev_nonspace(tokens, i, floor).map(|p| tokens[skip_adjective(text, tokens, floor, p)].text(text)) {
        Some("w" | "we" | "na" | "W" | "We" | "Na") => Candidate::At,
        Some("do" | "Do") => Candidate::To,
        _ => Candidate::No,
    }
}

/// `w podrzeszowskiej Jasionce`, `we włoskim Mediolanie`, `w stołecznej
/// Warszawie`: if token `p` (right before a place) is a lower-case word with
/// the locative ending of an adjective and a `w`/`we`/`na` stands before it,
/// that preposition's index; otherwise `p`.
fn skip_adjective(text: &str, tokens: &[Token], floor: usize, p: usize) -> usize {
    let t = tokens[p];
    if t.kind != TokenKind::Word {
        return p;
    }
    let w = t.text(text);
    let adjective =
        w.chars().count() >= 5 && w.chars().next().is_some_and(char::is_lowercase) && ["ym", "im", "ej"].iter().any(|e| w.ends_with(e));
    if !adjective {
        return p;
    }
    match prev_nonspace(tokens, p, floor) {
        Some(q) if matches!(tokens[q].text(text), "w" | "we" | "na" | "W" | "We" | "Na") => q,
        _ => p,
    }
}

/// True if token `p` ends a Polish postal code (`47-220`): two digits, a
/// hyphen, three digits, within the sentence from `floor`.
fn postal_code_ends_at(text: &str, tokens: &[Token], floor: usize, p: usize) -> bool {
    let digits = |i: usize, n: usize| {
        tokens[i].kind == TokenKind::Number && {
            let t = tokens[i].text(text);
            t.len() == n && t.bytes().all(|b| b.is_ascii_digit())
        }
    };
    if !digits(p, 3) {
        return false;
    }
    let Some(h) = prev_nonspace(tokens, p, floor).filter(|&h| h + 1 == p && tokens[h].text(text) == "-") else { return false };
    prev_nonspace(tokens, h, floor).is_some_and(|d| d + 1 == h && digits(d, 2))
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

#[cfg(test)]
mod online_gate_tests {
    use super::*;

    #[test]
    fn stems_are_the_last_words_of_the_prefixes() {
        assert_eq!(stems_of("wirtualn[a-ząćęłńóśźż]*"), Some(vec!["wirtualn".to_string()]));
        assert_eq!(stems_of("na platformie (?:zoom|teams)"), Some(vec!["zoom".to_string(), "teams".to_string()]));
        assert_eq!(stems_of("on-line"), Some(vec!["line".to_string()]));
        assert_eq!(stems_of("[a-z]+ online"), None);
    }

    #[test]
    fn a_hidden_stem_is_marked() {
        let mut g = StemGate::default();
        g.add(0, "zdaln[a-z]*");
        g.add(1, "zdalnego sterowania");
        g.add(2, "alne");
        g.build().unwrap();
        let mut may = vec![false; 3];
        g.mark("tryb zdalnego sterowania", &mut may);
        assert_eq!(may, [true, true, true]);
        let mut may = vec![false; 3];
        g.mark("nic", &mut may);
        assert_eq!(may, [false, false, false]);
    }
}
