//! The event the article is about: its name, edition and year.
//!
//! A name is built around a capitalised head noun from `rules/events.tsv`:
//! - Polish heads take agreeing capitalised adjectives on either side, put
//!   in the nominative by their endings (`Europejskiej Konferencji
//!   Klastrowej` -> `Europejska Konferencja Klastrowa`), and keep the
//!   complement after them as written (`Klastrów`, `50 Gold-Label Clusters`);
//! - English heads end a run of capitalised words (`European Cluster
//!   Conference`).
//!
//! The top of the page is the lines up to and including the first
//! paragraph. The event is, in this order:
//! - a heading at the top that names it by a head noun phrase (`Spotkanie
//!   członków Forum`, `Międzynarodowa konferencja o klastrach w
//!   Rzeszowie`), unless a proper name of that kind, or any proper name,
//!   comes before it;
//! - the first name at the top of the kind of event the title speaks of
//!   (`Biznes potrzebuje rozmowy` -> `Transgraniczne Rozmowy Biznesowe`),
//!   else the first name at the top;
//! - with no name at the top: a head noun at the top without a name
//!   (`targi w Hanowerze`) when its head is more frequent in the text than
//!   that of the most frequent name further down, else that name;
//! - with no name at all: a head noun at the top, else a heading further
//!   down (`Forum energetyczne`), else the headline.
//!
//! Names, headings and sentences inside a sidebar of other articles' dated
//! headlines at the top (found by the document-date extractor) are passed
//! over.
//!
//! A brand after a fair (`targów Polagra`, `Targi BIOFACH 2013`) is a name;
//! a head with only a town after it (`Targi Kielce`) is a company. Other
//! names at the top are the event's aliases. The edition comes from an
//! ordinal before a mention (`Czwarta`, `XV`, `8.`, `7 edycja`, `8. edycję`),
//! else from `N edycja` or `po raz dziesiąty` near the top, else from an
//! edition before a head noun in lower case anywhere (`W czwartej edycji
//! targów`). The year comes from a year right after a name (`European
//! Cluster Conference 2020`, `ECC_2024`), else from the title (for an event
//! without a proper name, else from a year after any name in the text); the
//! date extractor fills it from the event's dates when all are missing.
//!
//! ```
//! use ekstrakt::{doc::Doc, rules::RuleSet, segment::Segmenter};
//! use ekstrakt::extract::event::EventExtractor;
//! let rules = RuleSet::embedded();
//! let seg = Segmenter::new(&rules).unwrap();
//! let ev = EventExtractor::new(&rules).unwrap();
//! let doc = Doc::new("W dniach 10-11 listopada odbyła się 7 edycja Europejskiej Konferencji Klastrów.", &seg);
//! let e = ev.extract(&doc).unwrap();
//! assert_eq!(e.name.as_deref(), Some("Europejska Konferencja Klastrów"));
//! assert_eq!(e.edition, Some(7));
//! ```

use crate::doc::Doc;
use crate::extract::dates::grammar::trie_alternation;
use crate::record::Event;
use crate::rules::{RuleSet, RulesError};
use crate::segment::TokenKind;
use regex::Regex;
// foldhash: these maps are asked about every word of the text
use foldhash::{HashMap, HashSet};

/// A line longer than this (bytes) is a paragraph; the top of the page ends with the first.
const PARAGRAPH: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    M,
    F,
    N,
    Pl,
}

#[derive(Debug, Clone)]
struct Head {
    nominative: String,
    gender: Gender,
}

/// Finds the article's event.
#[derive(Debug)]
pub struct EventExtractor {
    /// lower-case Polish form -> heads (`spotkania`: `spotkanie` in the
    /// genitive, or `spotkania` in the nominative plural)
    pl: HashMap<String, Vec<Head>>,
    /// Capitalised words after an English head that make it a place
    /// (`Hannover Congress Center`), not an event.
    venue_words: HashSet<String>,
    /// Heads that make an event only in a proper name (`Dni Skandynawskie`, not `w dniach`).
    named_only: HashSet<String>,
    /// Polish heads (nominative) with more than one form (`spotkanie`, not `forum`).
    declinable: HashSet<String>,
    /// Towns (nominative): `Targi Kielce` is the company named after its
    /// town, not an event.
    towns: HashSet<String>,
    /// Heads whose events go by a brand after them (`targi Polagra`).
    brand_heads: HashSet<String>,
    /// Words joining the items of a menu line (`Konferencje i szkolenia`).
    joiners: HashSet<String>,
    /// Small words between an edition and a name (`20. już Targi`,
    /// `osiemnasta z kolei edycja`).
    particles: HashSet<String>,
    /// Stems of adjectives marking the article's own edition (`tegoroczna 18. edycja`).
    current: Vec<String>,
    /// Heads of a body's numbered sittings whose name keeps its written
    /// edition (`IV Posiedzenie Rady Klastra`, `24. Gala Izby`).
    numbered: HashSet<String>,
    /// A body in the genitive after a lower-case sitting head: `posiedzenie
    /// Rady Krajowych Klastrów` is named by the body.
    bodies: HashSet<String>,
    /// Pronouns that look like adjectives after a head (`spotkanie tego typu`).
    determiners: HashSet<String>,
    /// Heads of trips that take their destination (`misja … do Chin`).
    destination: HashSet<String>,
    /// English forms as written
    en: HashSet<String>,
    /// The first and last bytes of the keys of `pl` and of `en`: most
    /// words are no head, and are told so without hashing.
    pl_screen: Screen,
    en_screen: Screen,
    /// Polish words that start a sentence before an English name (`Podczas`).
    not_name: HashSet<String>,
    /// Endings of a verbal noun after an unnamed head (`wręczenia`).
    verbal: Vec<String>,
    /// Words after such a verbal noun that are not its object.
    not_object: HashSet<String>,
    ordinals: HashMap<String, u32>,
    edition_words: HashSet<String>,
    skip: Vec<String>,
    connectors: HashSet<String>,
    held: Vec<String>,
    again: Regex,
    /// Matches wherever `again` can: its phrases alone.
    again_gate: Regex,
    /// Matches wherever `edition_re` can: the edition words alone.
    edition_gate: Regex,
    edition_re: Regex,
    acronym_year: Regex,
    year: Regex,
    quoted: Regex,
}

/// A heading line naming the event by a head noun phrase.
#[derive(Debug, Clone)]
struct Heading {
    name: String,
    family: String,
    /// Byte offset of the line's first word.
    start: usize,
}

/// An event named by its head noun phrase (`misja gospodarcza`).
#[derive(Debug, Clone)]
struct Plain {
    name: String,
    family: String,
}

/// One name found around a head noun.
#[derive(Debug, Clone)]
struct Mention {
    name: String,
    /// The head's nominative (`konferencja`), or `en` for an English head.
    head: String,
    /// The head noun's family for counting mentions: the Polish nominative
    /// (`konferencja`), or the English head in lower case (`summit`).
    family: String,
    words: usize,
    /// Words that agree with the head (adjectives in its case).
    agreeing: usize,
    start: usize,
    year: Option<i32>,
    edition: Option<u32>,
}

/// A cheap test that `w` can match `acronym_year` (`ECC2024`, `ECC_2024`):
/// it starts with an ASCII capital and ends with a digit.
fn may_be_acronym_year(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase) && b.last().is_some_and(u8::is_ascii_digit)
}

/// Which (first byte, last byte) pairs the words of a set have: a word
/// whose pair is not there is not in the set.
#[derive(Debug)]
struct Screen {
    bits: Vec<u64>,
}

impl Screen {
    fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Screen {
        let mut bits = vec![0u64; 1024];
        for w in words {
            let k = Self::key(w);
            bits[k >> 6] |= 1 << (k & 63);
        }
        Screen { bits }
    }

    fn key(w: &str) -> usize {
        let b = w.as_bytes();
        usize::from(b.first().copied().unwrap_or(0)) << 8 | usize::from(b.last().copied().unwrap_or(0))
    }

    fn may_hold(&self, w: &str) -> bool {
        let k = Self::key(w);
        self.bits[k >> 6] >> (k & 63) & 1 == 1
    }
}

/// Every adjective ending, for stripping.
const ADJ_ALL: [&str; 15] = ["iego", "iemu", "ego", "emu", "ymi", "imi", "ych", "ich", "ej", "ym", "im", "ą", "a", "e", "y"];

const ADJ_OBLIQUE: [&str; 9] = ["iego", "iemu", "ego", "emu", "ymi", "imi", "ych", "ich", "ej"];

impl EventExtractor {
    /// Compiles the rules.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        let mut pl = HashMap::default();
        let mut en = HashSet::default();
        let mut declinable = HashSet::default();
        for row in rules.table("events.tsv")?.expect_fields(4, 4)?.rows() {
            let gender = match row.field(1)? {
                "m" => Gender::M,
                "f" => Gender::F,
                "n" => Gender::N,
                "pl" => Gender::Pl,
                _ => Gender::N,
            };
            match row.field(2)? {
                "pl" => {
                    if row.list(3)?.len() > 1 {
                        declinable.insert(row.field(0)?.to_string());
                    }
                    for f in row.list(3)? {
                        pl.entry(f.to_lowercase()).or_insert_with(Vec::new).push(Head { nominative: row.field(0)?.to_string(), gender });
                    }
                }
                "en" => en.extend(row.list(3)?.iter().map(|s| s.to_string())),
                l => return Err(row.error(format!("unknown language {l:?}"))),
            }
        }
        let mut ordinals = HashMap::default();
        // (stem, its paradigm's endings) in file order, for `ordinal_alternation`
        let mut ord_stems: Vec<(String, &'static [&'static str])> = Vec::new();
        for row in rules.table("event_ordinals.tsv")?.expect_fields(3, 3)?.rows() {
            let n: u32 = row.number(0)?;
            let stem = row.field(1)?;
            let endings: &'static [&'static str] = match row.field(2)? {
                "hard" => &["y", "a", "e", "ego", "ej", "ym", "ą", "emu"],
                "k" => &["i", "a", "ie", "iego", "iej", "im", "ą", "iemu"],
                "soft" => &["i", "ia", "ie", "iego", "iej", "im", "ią", "iemu"],
                p => return Err(row.error(format!("unknown paradigm {p:?}"))),
            };
            for e in endings {
                ordinals.insert(format!("{stem}{e}"), n);
            }
            ord_stems.push((stem.to_string(), endings));
        }
        let mut towns = HashSet::default();
        // only the first two fields of the gazetteer's lines: no full parse
        for line in rules.text(crate::gazetteer::PLACES_FILE)?.lines() {
            let mut f = line.splitn(3, '\t');
            if let (Some(name), Some("city")) = (f.next(), f.next()) {
                if !name.starts_with('#') {
                    towns.insert(name.to_string());
                }
            }
        }
        let mut words: HashMap<String, Vec<String>> = HashMap::default();
        for row in rules.table("event_words.tsv")?.expect_fields(2, 2)?.rows() {
            words.entry(row.field(0)?.to_string()).or_default().extend(row.list(1)?.iter().map(|s| s.to_lowercase()));
        }
        let take = |k: &str| words.get(k).cloned().unwrap_or_default();
        let edition_words: HashSet<String> = take("edition").into_iter().collect();
        let ord_alt = ordinal_alternation(&ordinals, &ord_stems);
        let mut ed_forms: Vec<&str> = edition_words.iter().map(String::as_str).collect();
        ed_forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        // a prefix tree when it can be written (the same matches, see `trie_alternation`)
        let ed_alt = trie_alternation(&ed_forms).unwrap_or_else(|| ed_forms.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|"));
        let again_alt =
            take("again").iter().map(|s| s.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+")).collect::<Vec<_>>().join("|");
        let err = |e: regex::Error| RulesError::Malformed { file: "event_words.tsv".into(), line: 0, message: e.to_string() };
        // a ten before a unit makes one ordinal: `dwudziesta piąta` = 25
        let mut tens: Vec<&String> = ordinals.iter().filter(|(_, &n)| n >= 20 && n % 10 == 0).map(|(f, _)| f).collect();
        tens.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let tens_alt = tens.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|");
        let ord_alt = if tens.is_empty() { ord_alt } else { format!(r"(?:(?:{tens_alt})[\s&&[^\n]]+)?(?:{ord_alt})") };
        // `osiemnasta z kolei edycja`, `20. już edycja`: particles between an edition and its noun
        let particles: Vec<String> = take("particle");
        let mut part_forms: Vec<String> =
            particles.iter().map(|s| s.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"[\s&&[^\n]]+")).collect();
        part_forms.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let part_alt = if part_forms.is_empty() { String::new() } else { format!(r"(?:[\s&&[^\n]]+(?i:{}))?", part_forms.join("|")) };
        // `po raz dziesiąty`, `po raz 23.`, `osiemnasty raz`
        let again = Regex::new(&format!(
            r"(?i:{again_alt})\s+(?:(?P<o>(?i:{ord_alt}))|(?P<d>[1-9][0-9]?)\b)|\b(?P<o2>(?i:{ord_alt}))[\s&&[^\n]]+(?i:raz)\b"
        ))
        .map_err(err)?;
        // Every match of `again` holds the word `raz` and every match of
        // `edition_re` ends with an edition word: these small regexes
        // decide cheaply that a text has neither.
        let again_gate = Regex::new(r"(?i:\braz\b)").map_err(err)?;
        let edition_gate = Regex::new(&format!(r"(?i:{ed_alt})")).map_err(err)?;
        let edition_re = Regex::new(&format!(
            r"(?:(?P<n>[0-9]{{1,3}})\.?|(?P<r>[IVXL]{{1,6}})\.?|(?P<o>(?i:{ord_alt}))){part_alt}[\s&&[^\n]]+(?i:{ed_alt})"
        ))
        .map_err(err)?;
        let acronym_year = Regex::new(r"^(?P<a>[A-Z][A-Za-z]*[A-Z])[_\-]?(?P<y>(?:19|20)[0-9]{2})$").map_err(err)?;
        let year = Regex::new(r"(?:^|[^0-9])(?P<y>(?:19|20)[0-9]{2})(?:[^0-9]|$)").map_err(err)?;
        let mut series: Vec<String> =
            take("series").iter().map(|s| s.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"[\s&&[^\n]]+")).collect();
        series.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let series_alt = if series.is_empty() { "pt\\.".to_string() } else { series.join("|") };
        let quoted = Regex::new(&format!(
            r#"^[\s&&[^\n]]+(?:[a-ząćęłńóśźż]{{2,}}(?:[nwkcz][aeyą]|[sc]ki|[sc]k[aą]|[sc]kie|ow[aeyą]|ej|ego|ych|ich|ym|im)[\s&&[^\n]]+){{0,2}}(?:(?:[a-ząćęłńóśźż]+[\s&&[^\n]]+)?(?i:{series_alt})[\s&&[^\n]]+|pt\.[\s&&[^\n]]*|pod[\s&&[^\n]]+(?:tytułem|hasłem|nazwą)[\s&&[^\n]]+)?[„"“«](?P<q>[^"”“«»„\n]{{3,100}}(?:\n[^"”“«»„\n]{{1,100}}){{0,2}})[”"“»](?:[\s&&[^\n]]+(?P<y>(?:19|20)[0-9]{{2}})(?:[^0-9]|$))?"#
        ))
        .map_err(err)?;
        Ok(EventExtractor {
            pl_screen: Screen::new(pl.keys()),
            en_screen: Screen::new(en.iter()),
            pl,
            venue_words: take("venue").into_iter().collect(),
            named_only: take("named_only").into_iter().collect(),
            declinable,
            particles: particles.into_iter().collect(),
            current: take("current"),
            numbered: take("numbered").into_iter().collect(),
            bodies: take("body").into_iter().collect(),
            determiners: take("determiner").into_iter().collect(),
            joiners: take("joiner").into_iter().collect(),
            brand_heads: take("brand").into_iter().collect(),
            towns,
            destination: take("destination").into_iter().collect(),
            en,
            not_name: take("not_name").into_iter().collect(),
            verbal: take("verbal"),
            not_object: take("not_object").into_iter().collect(),
            ordinals,
            edition_words,
            skip: take("skip"),
            connectors: take("connector").into_iter().collect(),
            held: take("held"),
            again,
            again_gate,
            edition_gate,
            edition_re,
            acronym_year,
            year,
            quoted,
        })
    }

    /// The first year written in the title (the first line with two words).
    pub fn title_year(&self, doc: &Doc<'_>) -> Option<i32> {
        let t = doc.title()?;
        // `12 czerwca 2024` heading a sidebar of other articles is no title
        if doc.facts.sidebar.is_some_and(|s| s.range().contains(&t.span.start)) {
            return None;
        }
        self.year.captures(doc.slice(t.span))?.name("y")?.as_str().parse().ok()
    }

    /// The end (byte) of the top of the page: the first paragraph's end.
    fn top_end(text: &str) -> usize {
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            at += line.len();
            if line.trim().len() > PARAGRAPH {
                return at;
            }
        }
        text.len()
    }

    /// The event, if the article names one.
    pub fn extract(&self, doc: &Doc<'_>) -> Option<Event> {
        let mut event = self.find(doc)?;
        if let Some(name) = &event.name {
            if event.edition.is_none() {
                event.edition = self.edition_again_about(doc, name);
            }
            if event.edition.is_none() {
                // `Pierwszy Business Mixer Izby`: the name opens with its ordinal
                event.edition = self.edition_opening(name);
            }
            if event.year.is_none() {
                event.year = year_after_name_word(doc, name);
            }
        }
        Some(event)
    }

    /// The ordinal word opening a name of two words or more, followed by a
    /// capitalised word (`Pierwszy Business Mixer` = 1, `Trzecie Forum
    /// Rozwoju` = 3); not a plural (`Pierwsze edycje`) nor lower case.
    fn edition_opening(&self, name: &str) -> Option<u32> {
        let mut ws = name.split_whitespace();
        let first = ws.next()?;
        let next = ws.next()?;
        if !is_cap(first) || !is_cap(next) || self.edition_words.contains(&next.to_lowercase()) {
            return None;
        }
        self.ordinal(first)
    }

    /// `po raz 23.` below the top, in a sentence that names the event by a
    /// word of its name (`Tegoroczne targi były organizowane już po raz 23.`
    /// for `Targi Tour Salon`).
    fn edition_again_about(&self, doc: &Doc<'_>, name: &str) -> Option<u32> {
        if !self.again_gate.is_match(doc.text) {
            return None;
        }
        let stems: Vec<String> =
            name.split_whitespace().filter(|w| w.chars().count() >= 5).map(|w| w.to_lowercase().chars().take(4).collect()).collect();
        doc.sentences.iter().find_map(|s| {
            let st = &doc.text[s.span.range()];
            if !self.again_gate.is_match(st) {
                return None;
            }
            let lower = st.to_lowercase();
            let names_it = lower.split(|c: char| !c.is_alphanumeric()).any(|w| stems.iter().any(|x| w.starts_with(x.as_str())));
            if names_it {
                self.edition_in(st)
            } else {
                None
            }
        })
    }

    /// The event, from the mentions of head nouns and names.
    fn find(&self, doc: &Doc<'_>) -> Option<Event> {
        let top = Self::top_end(doc.text);
        let mut mentions: Vec<Mention> = Vec::new();
        let mut acronym: Option<(String, i32)> = None;
        // how often each head noun family occurs, in any case and form
        let mut counts: HashMap<String, usize> = HashMap::default();
        for s in &doc.sentences {
            let words = || s.tokens.clone().filter(|&i| !doc.tokens[i].is_space());
            // the sentence's tokens without spaces, collected at its first head noun
            let mut toks: Vec<usize> = Vec::new();
            if s.span.start < top {
                if let Some(m) = self.defined(doc, &words().collect::<Vec<_>>()) {
                    mentions.push(m);
                }
            }
            for (j, ti) in words().enumerate() {
                let t = doc.tokens[ti];
                let w = doc.slice(t.span);
                if s.span.start < top && acronym.is_none() && may_be_acronym_year(w) {
                    if let Some(c) = self.acronym_year.captures(w) {
                        if let (Some(a), Some(y)) = (c.name("a"), c.name("y").and_then(|y| y.as_str().parse().ok())) {
                            acronym = Some((a.as_str().to_string(), y));
                        }
                    }
                }
                // only a head noun starts a mention, quoted or not
                if t.kind != TokenKind::Word || !self.is_head(doc, t.span, w) {
                    continue;
                }
                self.count_head(doc, t.span, w, &mut counts);
                if toks.is_empty() {
                    toks = words().collect();
                }
                if let Some(m) = self.quoted_name(doc, &toks, j) {
                    mentions.push(m);
                    continue;
                }
                if let Some(m) = self.brand(doc, &toks, j) {
                    mentions.push(m);
                    continue;
                }
                if !w.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                let pl = self.polish(doc, &toks, j);
                let en = if self.en.contains(w) { self.english(doc, &toks, j) } else { None };
                let best = match (pl, en) {
                    (Some(p), Some(e)) => Some(if e.words > p.words { e } else { p }),
                    (p, e) => p.or(e),
                };
                // `Targi Kielce`: a company named after its town
                let town =
                    |m: &Mention| m.words == 2 && m.agreeing == 0 && m.name.rsplit(' ').next().is_some_and(|l| self.towns.contains(l));
                if let Some(m) = best.filter(|m| m.words >= 2 && !town(m)) {
                    mentions.push(m);
                }
            }
        }
        // a sidebar of other articles' headlines names other events
        if let Some(side) = doc.facts.sidebar {
            mentions.retain(|m| !side.range().contains(&m.start));
        }
        let in_top: Vec<&Mention> = mentions.iter().filter(|m| m.start < top).collect();
        let count = |f: &str| counts.get(f).copied().unwrap_or(0);
        // a heading at the top that names the event by a head noun phrase
        // (`Spotkanie członków Forum`) beats proper names of other kinds of
        // event after it (a side event in the first paragraph)
        if let Some(h) = self.heading(doc, 0, top, &mentions) {
            let named_before = in_top.iter().any(|m| m.family == h.family || m.start < h.start);
            if !named_before {
                return Some(self.nameless(doc, top, h.name, acronym, &mentions));
            }
        }
        // the title speaks of a kind of event (`Biznes potrzebuje rozmowy`):
        // the first name of that kind at the top
        let title_families: Vec<String> = doc
            .title()
            .map(|t| {
                doc.tokens[t.tokens.clone()]
                    .iter()
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .filter_map(|tk| self.pl.get(&*doc.lower_of(tk.span)))
                    .flat_map(|hs| hs.iter().map(|h| h.nominative.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let titled = in_top.iter().find(|m| title_families.contains(&m.family));
        let main: &Mention = match titled.or(in_top.first()) {
            Some(m) => m,
            None => {
                let mut by_name: HashMap<String, (usize, usize)> = HashMap::default();
                for (i, m) in mentions.iter().enumerate() {
                    by_name.entry(m.name.to_lowercase()).or_insert((0, i)).0 += 1;
                }
                let best = by_name.iter().max_by_key(|(_, &(n, i))| (n, std::cmp::Reverse(i))).map(|(_, &(_, i))| &mentions[i]);
                // the top speaks of the event without naming it, and its head
                // noun is more frequent than the names found further down
                // (`targi w Hanowerze` over a side event `Business Summit`)
                let plain = self.unnamed_name(doc, top, &counts);
                match (best, plain) {
                    (Some(b), Some(p)) if count(&p.family) > count(&b.family) => {
                        return Some(self.nameless(doc, top, p.name, acronym, &mentions));
                    }
                    (Some(b), _) => b,
                    (None, _) => return self.unnamed(doc, top, acronym, &counts, &mentions),
                }
            }
        };
        let key = |s: &str| s.to_lowercase();
        // a name in capitals (a page header) as written in the text, else in normal case
        let main_name = if is_shouting(&main.name) {
            mentions
                .iter()
                .find(|m| key(&m.name) == key(&main.name) && !is_shouting(&m.name))
                .map_or_else(|| self.normal_case(&main.name), |m| m.name.clone())
        } else {
            main.name.clone()
        };
        // `Kongres Gospodarczy` written in full elsewhere: `Europejski Kongres Gospodarczy`
        let main_name = mentions
            .iter()
            .filter(|m| m.head == main.head && m.name.len() > main_name.len())
            .find(|m| key(&m.name).ends_with(&format!(" {}", key(&main_name))))
            .map_or(main_name, |m| m.name.clone());
        // `IV Posiedzenie Rady Klastra`: a sitting of a body is known by its number
        let numbered = self.written_edition(doc.text, main).filter(|_| self.numbered.contains(&main.head) && main_name == main.name);
        let mut names: Vec<String> = vec![main_name];
        for m in &in_top {
            // another name of the same kind of event, or a translation
            let related = m.head == main.head || m.head == "en" || main.head == "en";
            if related && !names.iter().any(|n| key(n) == key(&m.name)) {
                names.push(m.name.clone());
            }
        }
        let same: Vec<&Mention> = mentions.iter().filter(|m| names.iter().any(|n| key(n) == key(&m.name))).collect();
        let year = in_top
            .iter()
            .find_map(|m| m.year)
            .or(acronym.as_ref().map(|a| a.1))
            .or_else(|| same.iter().find_map(|m| m.year))
            .or(doc.facts.title_year);
        let top_text = &doc.text[..top];
        let edition = in_top
            .iter()
            .find_map(|m| m.edition)
            .or_else(|| same.iter().find_map(|m| m.edition))
            .or_else(|| self.edition_in_of(top_text, names.first().map(String::as_str)))
            .or_else(|| self.edition_of_head(doc.text));
        if let Some((a, _)) = acronym {
            if !names.contains(&a) {
                names.push(a);
            }
        }
        let name = names.remove(0);
        let name = match numbered {
            Some(e) => format!("{e} {name}"),
            None => name,
        };
        Some(Event { name: Some(name), aliases: names, edition, year })
    }

    /// A name the sentence `toks` opens by defining it as a kind of event:
    /// capitalised words, the copula `to`, lower-case adjectives and a head
    /// noun (`Klub PGM to cykliczne spotkania`, `Akademia Lidera to
    /// coroczna konferencja`). One word only when it is not a plain noun
    /// (`BioForum`, `PGM`).
    fn defined(&self, doc: &Doc<'_>, toks: &[usize]) -> Option<Mention> {
        let copula = (1..toks.len().min(6)).find(|&i| Self::word(doc, toks, i).is_some_and(|(w, _)| w == "to"))?;
        for i in 0..copula {
            let (w, kind) = Self::word(doc, toks, i)?;
            if !(kind == TokenKind::Word && is_cap(w)) || (i > 0 && !Self::adjacent(doc, toks, i - 1, i)) {
                return None;
            }
        }
        let first = Self::word(doc, toks, 0)?.0;
        let inner_caps = first.chars().skip(1).any(char::is_uppercase);
        if copula == 1 && !inner_caps {
            return None;
        }
        // the defined words are not themselves an event's head (`Konferencja to …`)
        if copula == 1 && self.pl.contains_key(&first.to_lowercase()) {
            return None;
        }
        let mut k = copula + 1;
        let mut head = None;
        while k < toks.len() && k <= copula + 4 {
            let (w, kind) = Self::word(doc, toks, k)?;
            if kind != TokenKind::Word || is_cap(w) || !Self::adjacent(doc, toks, k - 1, k) {
                return None;
            }
            if let Some(h) = self.pl.get(w).and_then(|hs| hs.first()) {
                head = Some(h.nominative.clone());
                break;
            }
            if !may_be_adjective(w) {
                return None;
            }
            k += 1;
        }
        let head = head.filter(|h| !self.named_only.contains(h))?;
        let start = doc.tokens[toks[0]].span.start;
        let end = doc.tokens[toks[copula - 1]].span.end;
        Some(Mention {
            name: doc.text[start..end].to_string(),
            family: head.clone(),
            head,
            words: copula,
            agreeing: 0,
            start,
            year: None,
            edition: None,
        })
    }

    /// Whether the word `w` at `span` is a Polish or English head noun.
    fn is_head(&self, doc: &Doc<'_>, span: crate::span::Span, w: &str) -> bool {
        self.is_head_lower(&doc.lower_of(span), w)
    }

    /// [`EventExtractor::is_head`] of a word `w` whose lower case is `lw`.
    fn is_head_lower(&self, lw: &str, w: &str) -> bool {
        self.pl_screen.may_hold(lw) && self.pl.contains_key(lw) || self.en_screen.may_hold(w) && self.en.contains(w)
    }

    /// A head noun followed by a quoted title: `konferencja pt. „Przemysł 4.0”`
    /// is the event `Przemysł 4.0`, and so is `konferencja naukowa „Przemysł
    /// 4.0”` (up to two adjectives between head and quote).
    fn quoted_name(&self, doc: &Doc<'_>, toks: &[usize], j: usize) -> Option<Mention> {
        let t = doc.tokens[toks[j]];
        if !self.is_head(doc, t.span, doc.slice(t.span)) {
            return None;
        }
        let c = self.quoted.captures(&doc.text[t.span.end..])?;
        // a title broken across lines (a PDF's columns) is one title
        let q = c.name("q")?.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        Some(Mention {
            name: q,
            head: "en".into(),
            family: self.family_of(doc, t.span),
            words: 2,
            agreeing: 0,
            start: t.span.start,
            year: c.name("y").and_then(|y| year_of(y.as_str())),
            edition: self.edition_before(doc, toks, j),
        })
    }

    /// A brand after a head noun that takes one (`targów Polagra`, `Targi
    /// BIOFACH 2013`): one capitalised word, no adjective agreeing with the
    /// head, that the text also uses alone (`Polagra to…`, `na BioFachu`)
    /// and never in lower case.
    fn brand(&self, doc: &Doc<'_>, toks: &[usize], j: usize) -> Option<Mention> {
        let t = doc.tokens[toks[j]];
        let heads = self.pl.get(&*doc.lower_of(t.span))?;
        let head = heads.iter().find(|h| self.brand_heads.contains(&h.nominative))?;
        // after a head in lower case, only in the title (`Prezydent na
        // otwarciu targów Polagra`): elsewhere a side event (`w targach X`)
        let w = doc.slice(t.span);
        if !is_cap(w) && doc.title().is_none_or(|s| !s.span.range().contains(&t.span.start)) {
            return None;
        }
        let (b, kind) = Self::word(doc, toks, j + 1)?;
        if kind != TokenKind::Word || !is_cap(b) || !Self::adjacent(doc, toks, j, j + 1) {
            return None;
        }
        // `targi Expostone` looks like an adjective (`Targi Poznańskie`): a
        // brand only if the text also writes it alone with a year (`Expostone 2015`)
        let adjective_like = self.agrees(b, head.gender, true);
        if b.chars().count() < 4 || self.is_head(doc, doc.tokens[toks[j + 1]].span, b) {
            return None;
        }
        let next = Self::word(doc, toks, j + 2).filter(|_| Self::adjacent(doc, toks, j + 1, j + 2));
        let year = match next {
            Some((n, TokenKind::Word)) if is_cap(n) => return None,
            Some((y, TokenKind::Number)) => year_of(y),
            _ => None,
        };
        let lb = b.to_lowercase();
        let n = lb.chars().count();
        let stem: String = lb.chars().take(if n > 5 { n - 2 } else { n }).collect();
        let mut alone = false;
        let mut alone_year = false;
        let mut prev_head = false;
        // `BIOFACH` written elsewhere as `BioFach`: that spelling
        let mut name = b.to_string();
        for (i, tk) in doc.tokens.iter().enumerate() {
            if tk.kind != TokenKind::Word {
                continue;
            }
            let w = doc.slice(tk.span);
            let lw = doc.lower_of(tk.span);
            let before = doc.text[..tk.span.start].trim_end_matches([' ', '\u{a0}', '\t', '„', '"', '(', '-', '–']);
            let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '\r']);
            if lw.starts_with(stem.as_str()) {
                if !is_cap(w) {
                    return None;
                }
                // alone, and not only at the start of a sentence (`Pracy szukało…`)
                if !prev_head && !sentence_start && i != toks[j + 1] {
                    alone = true;
                    let after = doc.text[tk.span.end..].strip_prefix(' ').unwrap_or("");
                    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
                    if *lw == *lb && year_of(&digits).is_some() {
                        alone_year = true;
                    }
                }
                if *lw == *lb && is_shouting(&name) && !is_shouting(w) {
                    name = w.to_string();
                }
            }
            prev_head = self.is_head_lower(&lw, w);
        }
        if !alone || adjective_like && !alone_year {
            return None;
        }
        Some(Mention {
            name,
            head: head.nominative.clone(),
            family: head.nominative.clone(),
            words: 2,
            agreeing: 0,
            start: t.span.start,
            year,
            edition: self.edition_before(doc, toks, j),
        })
    }

    /// An event the text speaks of without naming it: a heading or a head
    /// noun at the top (`odbyła się konferencja`), else a heading further
    /// down (`Forum energetyczne`), else, when the text has no head noun at
    /// all, its headline (`Współpraca z Urzędem`).
    fn unnamed(
        &self,
        doc: &Doc<'_>,
        top: usize,
        acronym: Option<(String, i32)>,
        counts: &HashMap<String, usize>,
        mentions: &[Mention],
    ) -> Option<Event> {
        let has_head = |to: usize| {
            doc.tokens
                .iter()
                .take_while(|t| t.span.start < to)
                .any(|t| t.kind == TokenKind::Word && { self.is_head(doc, t.span, doc.slice(t.span)) })
        };
        let name = if has_head(top) {
            self.unnamed_name(doc, top, counts).map(|p| p.name)
        } else if let Some(h) = self.heading(doc, 0, doc.text.len(), mentions) {
            Some(h.name)
        } else {
            self.headline(doc, top)
        };
        Some(self.nameless(doc, top, name?, acronym, mentions))
    }

    /// An event without a proper name: the name given, the edition written
    /// at the top (else that of the first name at the top), the year from an
    /// acronym or the title.
    /// The year falls back on one written after a name in the text (the
    /// article's other events are of the same year).
    fn nameless(&self, doc: &Doc<'_>, top: usize, name: String, acronym: Option<(String, i32)>, mentions: &[Mention]) -> Event {
        let edition = self
            .edition_in_of(&doc.text[..top], Some(&name))
            .or_else(|| mentions.first().filter(|m| m.start < top).and_then(|m| m.edition))
            .or_else(|| self.edition_before_head(doc, top));
        Event {
            name: Some(name),
            aliases: acronym.iter().map(|a| a.0.clone()).collect(),
            // `Spotkanie klastrów europejskich` / `Czwarta Konferencja ICT
            // DAYS już za nami`: the edition of the first name at the top
            // (a later one may be a side event: `panel na I Kongresie`)
            edition,
            year: acronym.map(|a| a.1).or(doc.facts.title_year).or_else(|| mentions.iter().find_map(|m| m.year)),
        }
    }

    /// Counts the head noun at `span` (`w` as written) in its family.
    fn count_head(&self, doc: &Doc<'_>, span: crate::span::Span, w: &str, counts: &mut HashMap<String, usize>) {
        let mut add = |k: &str| match counts.get_mut(k) {
            Some(n) => *n += 1,
            None => {
                counts.insert(k.to_string(), 1);
            }
        };
        if let Some(hs) = self.pl.get(&*doc.lower_of(span)) {
            for h in hs {
                add(&h.nominative);
            }
        } else if self.en.contains(w) {
            add(&w.to_lowercase());
        }
    }

    /// The family of the head noun at `span`: its Polish nominative, else the word in lower case.
    fn family_of(&self, doc: &Doc<'_>, span: crate::span::Span) -> String {
        let lw = doc.lower_of(span);
        self.pl.get(&*lw).and_then(|hs| hs.first()).map_or_else(|| lw.to_string(), |h| h.nominative.clone())
    }

    /// The first heading between `from` and `to`: a short line, not a
    /// sentence, that starts with a head noun (after at most two
    /// capitalised words or an edition number: `Ważne spotkania związane z
    /// przyszłością Klastra`, `Międzynarodowa konferencja o klastrach w
    /// Rzeszowie`). None when that line's head starts a proper name (the
    /// name is the event then) or when no line is a heading.
    fn heading(&self, doc: &Doc<'_>, from: usize, to: usize, mentions: &[Mention]) -> Option<Heading> {
        let text = &doc.text[..to];
        let mut at = from;
        let side = doc.facts.sidebar;
        for line in text[from..].split_inclusive('\n') {
            let start = at;
            at += line.len();
            if side.is_some_and(|s| s.range().contains(&(start + line.len() - line.trim_start().len()))) {
                continue;
            }
            let t = line.trim();
            if t.len() > PARAGRAPH || t.ends_with(':') || t.ends_with('.') || t.contains(". ") {
                continue;
            }
            let words: Vec<(usize, &str)> =
                t.split_whitespace().map(|w| (start + (w.as_ptr() as usize - line.as_ptr() as usize), w)).collect();
            if !(2..=10).contains(&words.len()) {
                continue;
            }
            let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
            let mut head: Option<(usize, String)> = None;
            for (k, &(off, w)) in words.iter().take(3).enumerate() {
                let b = bare(w);
                let lb = b.to_lowercase();
                let found = self.pl.get(&lb).and_then(|hs| hs.iter().find(|h| h.nominative == lb).or(hs.first()));
                if let Some(h) = found.filter(|h| !self.named_only.contains(&h.nominative)) {
                    // before the head: adjectives agreeing with it or an edition number
                    let pre_ok = words[..k].iter().all(|&(_, p)| {
                        let pb = bare(p);
                        !p.ends_with(':')
                            && (pb.chars().all(|c| c.is_ascii_digit())
                                || roman(&pb).is_some()
                                || (is_cap(&pb) && self.agrees(&pb, h.gender, lb != h.nominative) && !self.is_skip(&pb)))
                    });
                    if pre_ok && !b.is_empty() {
                        head = Some((off, h.nominative.clone()));
                    }
                    break;
                }
            }
            let Some((off, family)) = head else { continue };
            // `Konferencje i szkolenia`, `Targi, wystawy`: a menu, not a heading
            let hi = words.iter().position(|&(o, _)| o == off).unwrap_or(0);
            if words[hi].1.ends_with(',') || words.get(hi + 1).is_some_and(|&(_, n)| self.joiners.contains(&n.to_lowercase())) {
                continue;
            }
            if mentions.iter().any(|m| m.start >= start && m.start <= off) {
                return None;
            }
            // the line without a trailing date, year or punctuation
            let mut end = words.len();
            while end > 1 && !words[end - 1].1.chars().any(char::is_alphabetic) {
                end -= 1;
            }
            let last = &words[end - 1];
            let mut stop = last.0 + last.1.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            // `projekt MineLife „Życie z górnictwem”`: a quote opened in the
            // heading is closed with it
            let opened = doc.text[words[0].0..stop].matches(['„', '«']).count() > doc.text[words[0].0..stop].matches(['”', '»']).count();
            if opened {
                if let Some(c) = doc.text[stop..].chars().next().filter(|c| matches!(c, '”' | '"' | '»' | '“')) {
                    stop += c.len_utf8();
                }
            }
            let name = doc.text[words[0].0..stop].split_whitespace().collect::<Vec<_>>().join(" ");
            return Some(Heading { name, family, start: words[0].0 });
        }
        None
    }

    /// The headline of a text that names no event: the last short line of
    /// two or more words before the first paragraph, not a sentence.
    fn headline(&self, doc: &Doc<'_>, top: usize) -> Option<String> {
        // the line of the document date (`Opublikowano: 12 marca 2024`) is a byline
        let dated = doc.facts.document_date_span;
        let side = doc.facts.sidebar;
        let mut at = 0;
        let lines: Vec<(usize, &str)> = doc.text[..top]
            .split_inclusive('\n')
            .map(|l| {
                at += l.len();
                (at - l.len(), l)
            })
            .collect();
        lines
            .into_iter()
            .filter(|&(s, l)| dated.is_none_or(|d| d.end <= s || s + l.len() <= d.start))
            .filter(|&(s, _)| side.is_none_or(|d| !d.range().contains(&s)))
            .map(|(_, l)| l.trim())
            .filter(|l| l.len() <= PARAGRAPH && !l.ends_with(':') && !l.ends_with('.'))
            .filter(|l| l.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2)
            .rfind(|l| l.chars().next().is_some_and(char::is_uppercase))
            .map(headline_name)
    }

    /// The name of an event spoken of without a proper name: its head noun
    /// in the nominative, an agreeing lower-case adjective after it and a
    /// place (`odbyła się misja gospodarcza` -> `misja gospodarcza`,
    /// `otworzą targi w Hanowerze` -> `targi w Hanowerze`). Of the first
    /// heads of the sentences at the top of the page, one in a sentence
    /// saying the event took place, then the one most frequent in the text,
    /// then the first.
    fn unnamed_name(&self, doc: &Doc<'_>, top: usize, counts: &HashMap<String, usize>) -> Option<Plain> {
        // (said to take place, frequency of the head, earlier sentence first)
        type Rank = (bool, usize, std::cmp::Reverse<usize>);
        let mut best: Option<(Rank, Plain)> = None;
        let side = doc.facts.sidebar;
        for (order, s) in doc.sentences.iter().take_while(|s| s.span.start < top).enumerate() {
            if side.is_some_and(|d| d.range().contains(&s.span.start)) {
                continue;
            }
            let toks: Vec<usize> = s.tokens.clone().filter(|&i| !doc.tokens[i].is_space()).collect();
            let lower = doc.lower(s.span);
            let held = self.held.iter().any(|h| lower.contains(h.as_str()));
            for j in 0..toks.len() {
                let Some((w, TokenKind::Word)) = Self::word(doc, &toks, j) else { continue };
                let lw = w.to_lowercase();
                let Some(heads) = self.pl.get(&lw) else { continue };
                let Some(head) = heads.iter().find(|h| h.nominative == lw).or(heads.first()) else { continue };
                if self.named_only.contains(&head.nominative) {
                    continue;
                }
                let mut parts = vec![head.nominative.clone()];
                let mut k = j + 1;
                if let Some((a, TokenKind::Word)) = Self::word(doc, &toks, k) {
                    let participle = ["on", "an", "ęt", "yt", "ł"]
                        .iter()
                        .any(|e| ADJ_ALL.iter().any(|x| a.strip_suffix(x).is_some_and(|stem| stem.ends_with(e))));
                    let verbal = self.verbal.iter().any(|e| a.ends_with(e.as_str()));
                    if !is_cap(a)
                        && !self.determiners.contains(a)
                        && !participle
                        && !verbal
                        && may_be_adjective(a)
                        && Self::adjacent(doc, &toks, k - 1, k)
                        && self.agrees_in_case(a, head.gender, lw != head.nominative)
                    {
                        parts.push(nominative_adj(a, head.gender));
                        k += 1;
                    }
                }
                if self.destination.contains(&head.nominative) {
                    parts.extend(self.destination_after(doc, &toks, k));
                }
                // `posiedzenie Rady Krajowych Klastrów Kluczowych`: a sitting
                // of a body, named by the body as written
                if parts.len() == 1 && self.numbered.contains(&head.nominative) {
                    if let Some((b, TokenKind::Word)) = Self::word(doc, &toks, k) {
                        if self.bodies.contains(&b.to_lowercase()) && is_cap(b) && Self::adjacent(doc, &toks, k - 1, k) {
                            parts.push(b.to_string());
                            k += 1;
                            while let Some((x, TokenKind::Word)) = Self::word(doc, &toks, k) {
                                if !is_cap(x) || !Self::adjacent(doc, &toks, k - 1, k) || parts.len() >= 8 {
                                    break;
                                }
                                parts.push(x.to_string());
                                k += 1;
                            }
                        }
                    }
                }
                if parts.len() == 1 {
                    let (more, next) = self.verbal_after(doc, &toks, k);
                    parts.extend(more);
                    k = next;
                }
                if let (Some((p, _)), Some((place, TokenKind::Word))) = (Self::word(doc, &toks, k), Self::word(doc, &toks, k + 1)) {
                    if (p == "w" || p == "we") && is_cap(place) {
                        parts.push(p.to_string());
                        parts.push(place.to_string());
                    }
                }
                let family = head.nominative.clone();
                let n = heads.iter().map(|h| counts.get(&h.nominative).copied().unwrap_or(0)).max().unwrap_or(0);
                let key = (held, n, std::cmp::Reverse(order));
                if best.as_ref().is_none_or(|(b, _)| key > *b) {
                    best = Some((key, Plain { name: parts.join(" "), family }));
                }
                break;
            }
        }
        best.map(|b| b.1)
    }

    /// A verbal noun in the genitive after a head at `k - 1` and its object
    /// (`gala wręczenia certyfikatów`, `ceremonia podpisania umowy`), as
    /// written, and the index after them.
    fn verbal_after(&self, doc: &Doc<'_>, toks: &[usize], k: usize) -> (Vec<String>, usize) {
        let lower_word = |i: usize| match Self::word(doc, toks, i) {
            Some((w, TokenKind::Word)) if !is_cap(w) && Self::adjacent(doc, toks, i - 1, i) && w.chars().all(char::is_alphabetic) => {
                Some(w)
            }
            _ => None,
        };
        let Some(v) = lower_word(k) else { return (Vec::new(), k) };
        if v.chars().count() < 6 || !self.verbal.iter().any(|e| v.ends_with(e.as_str())) || self.pl.contains_key(v) {
            return (Vec::new(), k);
        }
        let mut out = vec![v.to_string()];
        if let Some(o) = lower_word(k + 1) {
            let lo = o.to_lowercase();
            if o.chars().count() >= 4 && !self.not_object.contains(&lo) && !self.held.iter().any(|h| lo.starts_with(h.as_str())) {
                out.push(o.to_string());
                return (out, k + 2);
            }
        }
        (out, k + 1)
    }

    /// An edition anywhere in the text before a head noun in lower case,
    /// which speaks of the article's event (`W czwartej edycji targów`); a
    /// capitalised name after it is another event (`druga edycja Forum X`).
    fn edition_of_head(&self, text: &str) -> Option<u32> {
        // each edition word, then the edition regex only on the few bytes before it
        for m in self.edition_gate.find_iter(text) {
            let end = m.end();
            let next = text[end..].trim_start_matches([' ', '\u{a0}']);
            if next.len() == text.len() - end {
                continue;
            }
            let w: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
            let of_head = !w.is_empty() && !is_cap(&w) && self.pl.contains_key(&w);
            let mut start = end.saturating_sub(64);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let window = &text[start..end];
            if let Some(c) = self.edition_re.captures_iter(window).find(|c| c.get(0).is_some_and(|g| g.end() == window.len())) {
                // `Tegoroczna 18. edycja`, `jubileuszowej, 30. edycji`: the article's own edition
                let current = || {
                    let before = window[..c.get(0).map_or(0, |g| g.start())].trim_end_matches([' ', '\u{a0}', ',']);
                    let last = before.rsplit(|ch: char| !ch.is_alphabetic()).next().unwrap_or("").to_lowercase();
                    self.current.iter().any(|s| last.starts_with(s.as_str()))
                };
                if of_head || current() {
                    return self.edition_number(&c);
                }
            }
        }
        None
    }

    /// The number a match of `edition_re` gives: digits, a Roman numeral or an ordinal word.
    fn edition_number(&self, c: &regex::Captures) -> Option<u32> {
        if let Some(n) = c.name("n") {
            return n.as_str().parse().ok();
        }
        if let Some(r) = c.name("r") {
            return roman(r.as_str());
        }
        c.name("o").and_then(|o| self.ordinal_value(o.as_str()))
    }

    /// The number of an ordinal in words, one word or a ten and a unit
    /// (`czwarta` = 4, `dwudziesta piąta` = 25).
    fn ordinal_value(&self, s: &str) -> Option<u32> {
        let mut ws = s.split_whitespace().map(|w| self.ordinal(w));
        match (ws.next()?, ws.next(), ws.next()) {
            (Some(n), None, None) => Some(n),
            (Some(t), Some(Some(u)), None) if t >= 20 && t % 10 == 0 && u < 10 => Some(t + u),
            _ => None,
        }
    }

    /// `8. edycja`, `czwarta odsłona`, `po raz dziesiąty`, `po raz 12` in a text about an event.
    fn edition_in(&self, text: &str) -> Option<u32> {
        self.edition_in_of(text, None)
    }

    /// The head nouns (nominatives) among the words of `s`.
    fn heads_of(&self, s: &str) -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .flat_map(|w| {
                let lw = w.to_lowercase();
                let mut hs: Vec<String> = self.pl.get(&lw).map(|hs| hs.iter().map(|h| h.nominative.clone()).collect()).unwrap_or_default();
                if self.en.contains(w) {
                    hs.push(lw);
                }
                hs
            })
            .collect()
    }

    /// [`EventExtractor::edition_in`] for the event `name`: an edition
    /// followed by another event's name (`trzecia już edycja, Transgranicznego
    /// Forum` in a text about `Rozmowy Biznesowe`) is that event's, not this one's.
    fn edition_in_of(&self, text: &str, name: Option<&str>) -> Option<u32> {
        if self.edition_gate.is_match(text) {
            let own = name.map(|n| self.heads_of(n));
            let of_other = |start: usize, end: usize| {
                let Some(own) = &own else { return false };
                // `Gala XII edycji Konkursu`: an edition in the genitive right
                // after the event's own head is that event's (the gala of the
                // contest's twelfth edition)
                let before = text[..start].trim_end_matches([' ', '\u{a0}']);
                let word = &before[before
                    .rfind(|c: char| !c.is_alphanumeric())
                    .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8))..];
                if !word.is_empty() && self.heads_of(word).iter().any(|h| own.contains(h)) {
                    return false;
                }
                let after = text[end..].trim_start_matches([' ', '\u{a0}', ',']);
                let after = after.split('\n').next().unwrap_or("");
                let cap_head = after.split_whitespace().take(4).find(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    is_cap(w) && self.is_head_lower(&w.to_lowercase(), w)
                });
                cap_head.is_some_and(|w| {
                    let hs = self.heads_of(w);
                    !hs.is_empty() && !hs.iter().any(|h| own.contains(h))
                })
            };
            if let Some(c) = self.edition_re.captures_iter(text).find(|c| c.get(0).is_some_and(|g| !of_other(g.start(), g.end()))) {
                return self.edition_number(&c);
            }
        }
        if !self.again_gate.is_match(text) {
            return None;
        }
        // `po raz N` counts editions only in a sentence that says an event
        // is held (`Klaster odnowił status po raz trzeci` is no edition)
        self.again_matches(text).find_map(|c| {
            let all = c.get(0)?;
            if !self.held_around(text, all.start(), all.end()) {
                return None;
            }
            c.name("o")
                .or_else(|| c.name("o2"))
                .and_then(|o| self.ordinal_value(o.as_str()))
                .or_else(|| c.name("d").and_then(|d| d.as_str().parse().ok()))
                // `po raz pierwszy` says more often "for the first time" than "first edition"
                .filter(|&n| n >= 2)
        })
    }

    /// The matches of `again` in `text`, in order: those of
    /// `again.captures_iter(text)`. A match holds only letters, digits and
    /// white space, and the word `raz` (`again_gate`): only the stretches
    /// between punctuation that hold that word are searched (the regex, with
    /// its Unicode word boundaries, runs slowly on a whole text).
    fn again_matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = regex::Captures<'t>> + 't {
        let is_stop = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '[' | ']');
        let mut searched = usize::MAX;
        self.again_gate
            .find_iter(text)
            .filter_map(move |g| {
                // (the stops are ASCII: one byte)
                let start = text[..g.start()].rfind(is_stop).map_or(0, |p| p + 1);
                if start == searched {
                    return None;
                }
                searched = start;
                let end = text[g.end()..].find(is_stop).map_or(text.len(), |p| g.end() + p);
                Some((start, end))
            })
            .flat_map(move |(start, end)| {
                let hay = &text[..end];
                let mut at = start;
                std::iter::from_fn(move || {
                    if at > hay.len() {
                        return None;
                    }
                    let c = self.again.captures_at(hay, at)?;
                    let m = c.get(0)?;
                    at = m.end().max(m.start() + 1);
                    Some(c)
                })
            })
    }

    /// True when the sentence of `text` holding `start..end` has a verb or
    /// noun of taking place (`odbyło się`, `organizowane`, `udział`) or an
    /// event's head noun (`Dni`, `targi`).
    fn held_around(&self, text: &str, start: usize, end: usize) -> bool {
        let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
        let from = text[..start].rfind(is_end).map_or(0, |i| i + 1);
        // the full stop of `po raz 14.` may end the sentence
        let to = text[end..].find(is_end).map_or(text.len(), |i| end + i);
        let sentence = &text[from..to];
        let lower = sentence.to_lowercase();
        if self.held.iter().any(|h| lower.contains(h.as_str())) {
            return true;
        }
        // `Śląskie Dni Lotnictwa po raz trzeci`: a headline naming the event
        sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let lw = w.to_lowercase();
            self.en.contains(w)
                || self.pl.get(&lw).is_some_and(|hs| is_cap(w) || hs.iter().any(|h| !self.named_only.contains(&h.nominative)))
        })
    }

    /// `(European Economic Congress) 2011` after a name at `k`: a year
    /// right after a short bracket.
    fn year_after_brackets(doc: &Doc<'_>, toks: &[usize], k: usize) -> Option<i32> {
        if Self::word(doc, toks, k)?.0 != "(" || !Self::adjacent(doc, toks, k - 1, k) {
            return None;
        }
        let close = (k + 1..toks.len().min(k + 10)).find(|&i| Self::word(doc, toks, i).is_some_and(|w| w.0 == ")"))?;
        match Self::word(doc, toks, close + 1) {
            Some((y, TokenKind::Number)) if Self::adjacent(doc, toks, close, close + 1) => year_of(y),
            _ => None,
        }
    }

    /// `do Chin` after a trip (`misja gospodarcza do Chin`): `do` and a
    /// capitalised word right after it at `k`.
    fn destination_after(&self, doc: &Doc<'_>, toks: &[usize], k: usize) -> Vec<String> {
        match (Self::word(doc, toks, k), Self::word(doc, toks, k + 1)) {
            (Some(("do", _)), Some((place, TokenKind::Word)))
                if k > 0 && is_cap(place) && Self::adjacent(doc, toks, k - 1, k) && Self::adjacent(doc, toks, k, k + 1) =>
            {
                vec!["do".to_string(), place.to_string()]
            }
            _ => Vec::new(),
        }
    }

    fn word<'d>(doc: &'d Doc<'_>, toks: &[usize], j: usize) -> Option<(&'d str, TokenKind)> {
        let t = doc.tokens[*toks.get(j)?];
        Some((doc.slice(t.span), t.kind))
    }

    /// True when tokens `a` and `b` (indices into `toks`) are separated by one space at most.
    fn adjacent(doc: &Doc<'_>, toks: &[usize], a: usize, b: usize) -> bool {
        let (ta, tb) = (doc.tokens[toks[a]], doc.tokens[toks[b]]);
        let gap = &doc.text[ta.span.end..tb.span.start];
        gap.chars().all(|c| c.is_whitespace() && c != '\n') && gap.chars().count() <= 2
    }

    /// The name around the Polish head at `j`; of two readings of the form
    /// (`Spotkania`: genitive singular or nominative plural) the longer
    /// name, and on a tie the one where the form is the nominative.
    fn polish(&self, doc: &Doc<'_>, toks: &[usize], j: usize) -> Option<Mention> {
        let lw = doc.lower_of(doc.tokens[*toks.get(j)?].span);
        let heads = self.pl.get(&*lw)?;
        heads
            .iter()
            .filter_map(|h| self.polish_head(doc, toks, j, h).map(|m| ((m.agreeing, m.words, h.nominative == *lw), m)))
            .max_by_key(|(k, _)| *k)
            .map(|(_, m)| m)
    }

    fn polish_head(&self, doc: &Doc<'_>, toks: &[usize], j: usize, head: &Head) -> Option<Mention> {
        let (w, _) = Self::word(doc, toks, j)?;
        let lw = doc.lower_of(doc.tokens[toks[j]].span);
        let oblique = *lw != head.nominative;
        // a neuter head with other forms, written in the nominative, takes
        // nominative adjectives only
        let strict = head.gender == Gender::N && !oblique && self.declinable.contains(&head.nominative);
        let agree = |x: &str| if strict { self.agrees_as(x, head.gender, false) } else { self.agrees(x, head.gender, oblique) };
        let mut parts: Vec<String> = Vec::new();
        let mut first = j;
        // agreeing adjectives before the head, `Polsko-Niemieckiej` too
        let mut pre: Vec<String> = Vec::new();
        while first > 0 && Self::adjacent(doc, toks, first - 1, first) {
            let (p, kind) = Self::word(doc, toks, first - 1)?;
            if kind != TokenKind::Word || !is_cap(p) || !agree(p) || self.is_skip(p) {
                break;
            }
            first -= 1;
            let mut adj = nominative_adj(p, head.gender);
            if first >= 2 {
                let glued = |a: usize, b: usize| doc.tokens[toks[a]].span.end == doc.tokens[toks[b]].span.start;
                let (h, _) = Self::word(doc, toks, first - 1)?;
                let (q, qk) = Self::word(doc, toks, first - 2)?;
                // `Polsko-Arabskie`, `Polsko – Arabskie` (a dash spaced by mistake)
                let joined = (h == "-" && glued(first - 1, first) && glued(first - 2, first - 1))
                    || (matches!(h, "-" | "–")
                        && Self::adjacent(doc, toks, first - 1, first)
                        && Self::adjacent(doc, toks, first - 2, first - 1));
                if joined && qk == TokenKind::Word && is_cap(q) && q.ends_with('o') {
                    adj = format!("{q}-{adj}");
                    first -= 2;
                }
            }
            pre.push(adj);
        }
        let mut n_agree = pre.len();
        parts.extend(pre.into_iter().rev());
        parts.push(cap_like(&head.nominative, w));
        // after the head: agreeing adjectives, then the complement as written
        let mut k = j + 1;
        let mut agreeing = true;
        let mut year = None;
        let mut glue_next = false;
        while k < toks.len() {
            let (x, kind) = Self::word(doc, toks, k)?;
            let adj = Self::adjacent(doc, toks, k - 1, k);
            if x == "-" && !adj {
                break;
            }
            if x == "-" {
                // `Gold-Label`: a hyphen glued to both words, or to one of
                // two capitalised words (`Malbork- Żuławy`, a space by mistake)
                let glued_right = k + 1 < toks.len() && doc.tokens[toks[k]].span.end == doc.tokens[toks[k + 1]].span.start;
                let glued_left = doc.tokens[toks[k - 1]].span.end == doc.tokens[toks[k]].span.start;
                let cap_next = k + 1 < toks.len()
                    && Self::adjacent(doc, toks, k, k + 1)
                    && Self::word(doc, toks, k + 1).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n));
                let cap_prev = Self::word(doc, toks, k - 1).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n));
                if !(glued_left && glued_right || (glued_left || glued_right) && cap_prev && cap_next) {
                    break;
                }
                if let Some(l) = parts.last_mut() {
                    l.push('-');
                }
                glue_next = true;
                k += 1;
                continue;
            }
            if !adj {
                break;
            }
            let piece = match kind {
                TokenKind::Number => {
                    if let Some(y) = year_of(x) {
                        year = Some(y);
                        // `Konferencja Programowa … Kraków 2014`: a town and a
                        // year ending a title belong to it
                        if parts.len() >= 3 && parts.last().is_some_and(|t| self.towns.contains(t.as_str())) {
                            parts.push(x.to_string());
                        }
                        break;
                    }
                    let next_cap = Self::word(doc, toks, k + 1).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n));
                    if !next_cap {
                        break;
                    }
                    agreeing = false;
                    x.to_string()
                }
                // `Gala XII edycji Konkursu`: a Roman number before a word in
                // lower case is the edition of what follows, not in the name
                TokenKind::Word
                    if x.len() <= 6
                        && x.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
                        && Self::word(doc, toks, k + 1).is_some_and(|(n, kd)| kd == TokenKind::Word && !is_cap(n)) =>
                {
                    break
                }
                TokenKind::Word if is_cap(x) => {
                    // `Forum Zrównoważonego Rozwoju`: after a head written
                    // in the nominative, an oblique adjective before a noun
                    // goes with the noun (the head is indeclinable, or the
                    // adjective would not agree)
                    let with_next = !oblique
                        && !self.agrees_as(x, head.gender, false)
                        && k + 1 < toks.len()
                        && Self::adjacent(doc, toks, k, k + 1)
                        && Self::word(doc, toks, k + 1).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n) && noun_only(n));
                    if agreeing && agree(x) && !glue_next && !with_next {
                        n_agree += 1;
                        nominative_adj(x, head.gender)
                    } else {
                        agreeing = false;
                        x.to_string()
                    }
                }
                // `Zespołu ds. Polityki Klastrowej`: the abbreviation `ds.`
                // (to matters of) joins a body to its field
                TokenKind::Word
                    if x.eq_ignore_ascii_case("ds")
                        && Self::word(doc, toks, k + 1).is_some_and(|(d, _)| d == ".")
                        && doc.tokens[toks[k]].span.end == doc.tokens[toks[k + 1]].span.start
                        && parts.len() >= 2
                        && Self::word(doc, toks, k + 2).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n))
                        && Self::adjacent(doc, toks, k + 1, k + 2) =>
                {
                    agreeing = false;
                    k += 1;
                    "ds.".to_string()
                }
                TokenKind::Word if self.connectors.contains(&x.to_lowercase()) => {
                    let next_cap = Self::word(doc, toks, k + 1).is_some_and(|(n, kd)| kd == TokenKind::Word && is_cap(n));
                    if !next_cap || parts.len() < 2 {
                        break;
                    }
                    x.to_string()
                }
                _ => break,
            };
            if glue_next {
                if let Some(l) = parts.last_mut() {
                    l.push_str(&piece);
                }
                glue_next = false;
            } else {
                parts.push(piece);
            }
            k += 1;
        }
        while parts.last().is_some_and(|p| self.connectors.contains(&p.to_lowercase())) {
            parts.pop();
        }
        if year.is_none() && k < toks.len() && k > j + 1 {
            // `Konferencja Stowarzyszenia „Dolnośląski Klaster Lotniczy”`: a
            // quoted name after the complement is the complement's name
            if let Some(q) = quoted_after(doc.text, doc.tokens[toks[k - 1]].span.end) {
                parts.push(q.to_string());
            }
        }
        if self.destination.contains(&head.nominative) {
            parts.extend(self.destination_after(doc, toks, k));
        }
        if year.is_none() {
            year = Self::year_after_brackets(doc, toks, k);
        }
        let edition = self.edition_before(doc, toks, first);
        Some(Mention {
            words: parts.len(),
            agreeing: n_agree,
            name: parts.join(" "),
            head: head.nominative.clone(),
            family: head.nominative.clone(),
            start: doc.tokens[toks[first]].span.start,
            year,
            edition,
        })
    }

    fn english(&self, doc: &Doc<'_>, toks: &[usize], j: usize) -> Option<Mention> {
        let mut first = j;
        let glued = |a: usize, b: usize| doc.tokens[toks[a]].span.end == doc.tokens[toks[b]].span.start;
        while first > 0 && Self::adjacent(doc, toks, first - 1, first) {
            let (p, kind) = Self::word(doc, toks, first - 1)?;
            // `EU-Canada`, `EU- Canada`: a hyphen glued to a capitalised word on one side at least
            if p == "-"
                && first >= 2
                && Self::adjacent(doc, toks, first - 2, first - 1)
                && (glued(first - 2, first - 1) || glued(first - 1, first))
            {
                if let Some((q, TokenKind::Word)) = Self::word(doc, toks, first - 2) {
                    if is_cap(q) && q.is_ascii() && !self.not_name.contains(&q.to_lowercase()) {
                        first -= 2;
                        continue;
                    }
                }
                break;
            }
            // a Polish word in an oblique case opening the run is no part of
            // an English name: `Organizatorem Aerospace Meetings`, `w Rzeszowie
            // Klaster Expo`; inside one it may be English (`Cluster Policy Learning`)
            let opens = first < 2
                || !Self::adjacent(doc, toks, first - 2, first - 1)
                || Self::word(doc, toks, first - 2)
                    .is_none_or(|(q, qk)| qk != TokenKind::Word || !is_cap(q) || !q.is_ascii() || polish_oblique(q));
            let ok = kind == TokenKind::Word
                && ((is_cap(p)
                    && p.is_ascii()
                    && self.ordinal(p).is_none()
                    && roman(p).is_none()
                    && !self.not_name.contains(&p.to_lowercase())
                    && !(opens && polish_oblique(p)))
                    || (self.connectors.contains(&p.to_lowercase())
                        && first >= 2
                        && Self::word(doc, toks, first - 2).is_some_and(|(q, _)| is_cap(q))));
            if !ok {
                break;
            }
            first -= 1;
        }
        let mut parts: Vec<String> = Vec::new();
        let mut glue = false;
        for k in first..=j {
            let Some((w, _)) = Self::word(doc, toks, k) else { continue };
            match parts.last_mut() {
                Some(l) if w == "-" => {
                    l.push('-');
                    glue = true;
                }
                Some(l) if glue => {
                    l.push_str(w);
                    glue = false;
                }
                _ => parts.push(w.to_string()),
            }
        }
        let year = match Self::word(doc, toks, j + 1) {
            Some((y, TokenKind::Number)) if Self::adjacent(doc, toks, j, j + 1) => year_of(y),
            Some((v, TokenKind::Word)) if self.venue_words.contains(&v.to_lowercase()) && Self::adjacent(doc, toks, j, j + 1) => {
                return None
            }
            _ => None,
        };
        let edition = self.edition_before(doc, toks, first);
        Some(Mention {
            words: parts.len(),
            agreeing: 0,
            name: parts.join(" "),
            head: "en".into(),
            family: Self::word(doc, toks, j).map_or_else(String::new, |w| w.0.to_lowercase()),
            start: doc.tokens[toks[first]].span.start,
            year,
            edition,
        })
    }

    /// The edition of mention `m` as written right before it (`IV`, `24.`,
    /// `Trzecie`), when it has one.
    fn written_edition<'t>(&self, text: &'t str, m: &Mention) -> Option<&'t str> {
        m.edition?;
        let before = text.get(..m.start)?;
        let trimmed = before.trim_end_matches([' ', '\u{a0}']);
        if trimmed.len() == before.len() {
            return None;
        }
        let w = trimmed.rsplit(|c: char| c.is_whitespace()).next()?;
        let digits = w.strip_suffix('.').unwrap_or(w);
        let ok = (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
            || (w.chars().all(|c| c.is_ascii_uppercase()) && roman(w).is_some())
            || self.ordinal(w).is_some();
        ok.then_some(w)
    }

    /// How many tokens right before `k` make a particle (`już`, `z kolei`), 0 when none.
    fn particle_before(&self, doc: &Doc<'_>, toks: &[usize], k: usize) -> usize {
        self.particles
            .iter()
            .map(|p| p.split(' ').collect::<Vec<_>>())
            .filter(|ws| {
                ws.len() <= k
                    && ws
                        .iter()
                        .rev()
                        .enumerate()
                        .all(|(i, w)| Self::word(doc, toks, k - 1 - i).is_some_and(|(t, _)| t.to_lowercase() == *w))
            })
            .map(|ws| ws.len())
            .max()
            .unwrap_or(0)
    }

    /// The edition written before a head noun in lower case at the top
    /// (`odbyło się IV posiedzenie`, `pierwsze (założycielskie) spotkanie`):
    /// an ordinal word or a Roman numeral, a short bracket between them
    /// allowed; not in `po raz pierwszy spotkanie`.
    fn edition_before_head(&self, doc: &Doc<'_>, top: usize) -> Option<u32> {
        // the words of the top only (and the one after it, which ends the scan)
        let end = doc.tokens.iter().position(|t| t.span.start >= top).map_or(doc.tokens.len(), |i| i + 1);
        let words: Vec<usize> = (0..end).filter(|&i| !doc.tokens[i].is_space()).collect();
        for (j, &ti) in words.iter().enumerate() {
            let t = doc.tokens[ti];
            if t.span.start >= top {
                break;
            }
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = doc.slice(t.span);
            if is_cap(w)
                || !self.pl.get(&*doc.lower_of(t.span)).is_some_and(|hs| hs.iter().any(|h| !self.named_only.contains(&h.nominative)))
            {
                continue;
            }
            let mut k = j;
            // `pierwsze (założycielskie) spotkanie`
            if k > 0 && Self::word(doc, &words, k - 1).is_some_and(|(p, _)| p == ")") {
                match (k.saturating_sub(5)..k - 1).rev().find(|&i| Self::word(doc, &words, i).is_some_and(|(p, _)| p == "(")) {
                    Some(open) => k = open,
                    None => continue,
                }
            }
            let Some(prev) = k.checked_sub(1) else { continue };
            let Some((p, kind)) = Self::word(doc, &words, prev) else { continue };
            if kind != TokenKind::Word || !Self::adjacent(doc, &words, prev, k) {
                continue;
            }
            let tens = prev.checked_sub(1).and_then(|i| Self::word(doc, &words, i)).and_then(|(q, _)| self.ordinal(q));
            let (n, first) = if let Some(n) = self.ordinal(p) {
                match tens {
                    Some(t) if t >= 20 && t % 10 == 0 && n < 10 => (t + n, prev - 1),
                    _ => (n, prev),
                }
            } else if p.chars().all(|c| c.is_ascii_uppercase()) {
                match roman(p) {
                    Some(r) => (r, prev),
                    None => continue,
                }
            } else {
                continue;
            };
            // the article's own meeting is the one said to take place:
            // `odbyło się IV posiedzenie`, `zorganizowano pierwsze spotkanie`;
            // not `Pierwsze spotkanie było z…` (one of several listed),
            // `Jest to pierwsze spotkanie…`, `po raz pierwszy spotkanie`
            let lower = |i: usize| Self::word(doc, &words, i).map(|(q, _)| q.to_lowercase());
            let mut v = first.checked_sub(1);
            if let Some(i) = v.filter(|&i| lower(i).as_deref() == Some("się")) {
                v = i.checked_sub(1);
            }
            let verb = v.and_then(lower).unwrap_or_default();
            if self.held.iter().any(|h| !h.contains(' ') && verb.starts_with(h.as_str())) {
                return Some(n);
            }
            // or a headline (a short line without a full stop) opening with
            // it: `Trzynaste posiedzenie Rady …`
            let at = doc.tokens[words[first]].span.start;
            let line = doc.text[at..].split('\n').next().unwrap_or("");
            let line = line.trim_end();
            let headline = line.chars().count() <= 160 && !line.contains(". ") && !line.ends_with(['.', ',', ';', ':']);
            if line_start(doc.text, at) && headline {
                return Some(n);
            }
        }
        None
    }

    /// An edition written right before a name: `Czwarta`, `XV`, `8.`, `7 edycja`, `8. edycję`.
    fn edition_before(&self, doc: &Doc<'_>, toks: &[usize], first: usize) -> Option<u32> {
        let word = |k: usize| Self::word(doc, toks, k);
        // `20. już Targi`: a particle between the edition and the name
        let first = match first.checked_sub(1).and_then(word) {
            Some((p, TokenKind::Word)) if self.particles.contains(&p.to_lowercase()) => first - 1,
            _ => first,
        };
        let mut k = first;
        if first == 0 {
            // `9. Kongres`, `na 11. Kongresie`: the dot after the number ended
            // the sentence before the name
            return edition_dot_before(doc.text, doc.tokens[toks[first]].span.start);
        }
        let prev = k.checked_sub(1)?;
        let (p, kind) = word(prev)?;
        if self.edition_words.contains(&p.to_lowercase()) {
            k = prev;
            // `osiemnasta z kolei edycja`: a particle between the ordinal and the edition word
            k -= self.particle_before(doc, toks, k);
        } else if kind == TokenKind::Number && prev == 0 && line_start(doc.text, doc.tokens[toks[prev]].span.start) {
            // `8 Kongres Klastrów Polskich` heading a line
            return p.parse().ok().filter(|n| (1..=300).contains(n));
        }
        let prev = k.checked_sub(1)?;
        let (p, kind) = word(prev)?;
        if let Some(n) = self.ordinal(p) {
            // `dwudziesta pierwsza`
            if let Some(t) = prev.checked_sub(1).and_then(word).and_then(|(q, _)| self.ordinal(q)) {
                if t >= 20 && t % 10 == 0 && n < 10 {
                    return Some(t + n);
                }
            }
            return Some(n);
        }
        if let Some(r) = roman(p) {
            return Some(r);
        }
        if p == "." {
            let (q, kind) = word(prev.checked_sub(1)?)?;
            if kind == TokenKind::Number {
                return q.parse().ok().filter(|n| (1..=300).contains(n));
            }
            return roman(q);
        }
        if kind == TokenKind::Number && k < first {
            return p.parse().ok().filter(|n| (1..=300).contains(n));
        }
        None
    }

    /// `FORUM KLASTRA BIOENERGIA DLA REGIONU` -> `Forum Klastra Bioenergia dla Regionu`.
    fn normal_case(&self, name: &str) -> String {
        name.split(' ')
            .enumerate()
            .map(|(i, w)| {
                let l = w.to_lowercase();
                if i > 0 && self.connectors.contains(&l) {
                    return l;
                }
                let mut c = l.chars();
                c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn ordinal(&self, w: &str) -> Option<u32> {
        self.ordinals.get(&w.to_lowercase()).copied()
    }

    fn is_skip(&self, w: &str) -> bool {
        let l = w.to_lowercase();
        self.ordinal(w).is_some() || self.skip.iter().any(|s| l.starts_with(s.as_str()))
    }

    /// Whether `w` agrees with a head of `gender` in the head's case: an
    /// oblique ending after an oblique form, a nominative one after the nominative.
    fn agrees_in_case(&self, w: &str, gender: Gender, oblique: bool) -> bool {
        if oblique {
            self.agrees(w, gender, true) && !self.agrees(w, gender, false)
        } else {
            self.agrees(w, gender, false)
        }
    }

    /// Whether `w` has an adjective ending that agrees with a head of `gender`
    /// (in the nominative, or in an oblique case when `oblique`).
    fn agrees(&self, w: &str, gender: Gender, oblique: bool) -> bool {
        self.agrees_as(w, gender, oblique || gender == Gender::N)
    }

    /// [`EventExtractor::agrees`] without the neuter's leniency: an oblique
    /// ending only when `oblique` (an indeclinable `Forum` may be in any
    /// case, but `Spotkanie` is in the nominative, so `Spotkanie Zachodniego
    /// Klastra` has no adjective after its head).
    fn agrees_as(&self, w: &str, gender: Gender, oblique: bool) -> bool {
        let l = w.to_lowercase();
        if self.ordinal(w).is_some() {
            return false;
        }
        let nom: &[&str] = match gender {
            Gender::F => &["a"],
            Gender::M => &["y", "i"],
            Gender::N | Gender::Pl => &["e"],
        };
        let obl: &[&str] = match gender {
            Gender::F => &["ej", "ą"],
            Gender::M | Gender::N => &["ego", "emu", "ym", "im"],
            Gender::Pl => &["ych", "ich", "ymi", "imi", "ym", "im"],
        };
        let adjectival = |l: &str| {
            // a derivational adjective stem: -sk-, -ck-, -ow-, -n-, -cz-, -dz-, -ń-
            ["sk", "ck", "ow", "n", "cz", "dz", "rz", "l", "zn", "ł", "ót", "t", "lk", "ż"].iter().any(|s| l.ends_with(s))
        };
        let check = |ends: &[&str]| {
            ends.iter().any(|e| {
                l.strip_suffix(e).is_some_and(|stem| {
                    let stem = stem.strip_suffix('i').unwrap_or(stem);
                    adjectival(stem)
                })
            })
        };
        check(nom) || oblique && check(obl)
    }
}

/// True when the dictionary knows `w` and no reading of it is a nominative:
/// a Polish word starting a sentence before an English name
/// (`Organizatorem Aerospace Meetings była firma`, `Podczas Expo`).
fn polish_oblique(w: &str) -> bool {
    crate::morph::Morphology::embedded()
        .with_analyses(&w.to_lowercase(), |found| !found.is_empty() && found.iter().all(|a| !a.case.contains(crate::morph::Case::Nom)))
}

/// True when the dictionary knows `w` as a noun and never as an adjective
/// or participle (`Rozwoju`, not `Polski`).
fn noun_only(w: &str) -> bool {
    crate::morph::Morphology::embedded().with_analyses(&w.to_lowercase(), |found| {
        found.iter().any(|a| a.pos == crate::morph::Pos::Noun)
            && !found.iter().any(|a| matches!(a.pos, crate::morph::Pos::Adjective | crate::morph::Pos::Participle))
    })
}

/// False when the dictionary knows `w` and has no adjective reading of it:
/// `odbędzie` in `Spotkanie odbędzie się` ends like an adjective, but is a
/// verb. A word it does not know may be one.
fn may_be_adjective(w: &str) -> bool {
    crate::morph::Morphology::embedded()
        .with_analyses(&w.to_lowercase(), |found| found.is_empty() || found.iter().any(|a| a.pos == crate::morph::Pos::Adjective))
}

/// Puts an adjective agreeing with a head of `gender` in the nominative:
/// `Europejskiej` -> `Europejska`, `Gospodarczego` -> `Gospodarczy`
/// (neuter `Gospodarcze`), `Międzynarodowych` -> `Międzynarodowe`.
fn nominative_adj(w: &str, gender: Gender) -> String {
    let soft = |stem: &str| stem.ends_with('k') || stem.ends_with('g');
    for e in ADJ_OBLIQUE.iter().chain(["ym", "im", "ą"].iter()) {
        let Some(stem) = w.strip_suffix(e) else { continue };
        let i_stem = e.starts_with('i');
        let out = match gender {
            Gender::F => {
                if *e == "ej" && stem.ends_with('i') && soft(&stem[..stem.len() - 1]) {
                    format!("{}a", &stem[..stem.len() - 1])
                } else {
                    format!("{stem}a")
                }
            }
            Gender::M => {
                if i_stem || soft(stem) {
                    format!("{stem}i")
                } else {
                    format!("{stem}y")
                }
            }
            Gender::N | Gender::Pl => {
                if i_stem || soft(stem) {
                    format!("{stem}ie")
                } else {
                    format!("{stem}e")
                }
            }
        };
        return out;
    }
    w.to_string()
}

/// A number with a dot right before `at` (spaces between), as an edition:
/// `9. ` at the start of a line or after a space, `(`, `,` or a quote; not
/// after another number or a letter (`12.3.`, `nr3.`), and 1-300 only.
fn edition_dot_before(text: &str, at: usize) -> Option<u32> {
    let t = text[..at].trim_end_matches([' ', '\t', '\u{a0}']);
    if t.len() == at {
        return None;
    }
    let t = t.strip_suffix('.')?;
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let before = t[..t.len() - digits].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '/' | '-' | ':' | '_')) {
        return None;
    }
    t[t.len() - digits..].parse().ok().filter(|n| (1..=300).contains(n))
}

/// A headline without what follows the name in it: a closing quote, a
/// `|`, a date (`Clusters meet Regions and Matchmaking” 29-30 marca 2023,
/// Koszyce` -> `Clusters meet Regions and Matchmaking`).
/// A quoted name of two or more words starting with a capital right after
/// `at` on its line (`„Dolnośląski Klaster Lotniczy”`), quotes included.
fn quoted_after(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let t = rest.trim_start_matches([' ', '\u{a0}', '\t']);
    let open = t.chars().next().filter(|c| matches!(c, '„' | '"' | '“' | '«'))?;
    let body = &t[open.len_utf8()..];
    let close = body.find(['”', '"', '“', '»'])?;
    let inner = &body[..close];
    let ok = (3..=100).contains(&inner.len())
        && !inner.contains('\n')
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.split_whitespace().count() >= 2;
    let end = open.len_utf8() + close + body[close..].chars().next().map_or(0, char::len_utf8);
    ok.then(|| &t[..end])
}

fn headline_name(line: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in line.split_whitespace() {
        if w == "|" || (out.len() >= 2 && w.starts_with(|c: char| c.is_ascii_digit())) {
            break;
        }
        if let Some(i) = w.find(['”', '"', '»']).filter(|&i| i > 0) {
            // `projekt MineLife „Życie z górnictwem”`: a quote opened in the
            // name is closed with it
            let opened = out.iter().chain(std::iter::once(&w)).any(|o| o.contains(['„', '«']));
            let close = w[i..].chars().next().map_or(0, char::len_utf8);
            out.push(if opened { &w[..i + close] } else { &w[..i] });
            break;
        }
        out.push(w);
    }
    out.join(" ").trim_end_matches(['.', ',', ';', ':', '!', '-', '–']).trim_end().to_string()
}

/// Whether `at` starts a line (only spaces before it on its line).
fn line_start(text: &str, at: usize) -> bool {
    text[..at].rsplit('\n').next().is_some_and(|l| l.trim().is_empty())
}

/// All in capitals (at least two letters, none lower-case).
fn is_shouting(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 1 && !s.chars().any(char::is_lowercase)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The nominative written with the capitalisation of the form in the text.
fn cap_like(nominative: &str, written: &str) -> String {
    if written.chars().all(|c| !c.is_lowercase()) && written.chars().count() > 1 {
        return nominative.to_uppercase();
    }
    let mut c = nominative.chars();
    match c.next() {
        Some(f) if is_cap(written) => f.to_uppercase().chain(c).collect(),
        _ => nominative.to_string(),
    }
}

/// A year written right after a brand word of the event's name, one in
/// capitals: `VOYAGER 2008` in the title of an article about
/// `Świętokrzyskie Targi Turystyki VOYAGER`. (An ordinary word of the name
/// may come before another name's year: `Województwa Pomorskiego 2020`.)
fn year_after_name_word(doc: &Doc<'_>, name: &str) -> Option<i32> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && w.chars().all(|c| !c.is_lowercase()))
        .collect();
    if words.is_empty() {
        return None;
    }
    let toks: Vec<&crate::segment::Token> = doc.tokens.iter().filter(|t| !t.is_space()).collect();
    toks.windows(2).find_map(|p| {
        let (w, y) = (doc.slice(p[0].span), doc.slice(p[1].span));
        let spaced = doc.text[p[0].span.end..p[1].span.start].chars().all(|c| c == ' ' || c == '\u{a0}') && p[0].span.end < p[1].span.start;
        (spaced && p[1].kind == TokenKind::Number && words.contains(&w)).then(|| year_of(y)).flatten()
    })
}

fn year_of(w: &str) -> Option<i32> {
    let y: i32 = w.parse().ok()?;
    (w.len() == 4 && (1900..2100).contains(&y)).then_some(y)
}

/// A Roman numeral from I to CC, or None.
fn roman(w: &str) -> Option<u32> {
    if w.is_empty() || w.len() > 8 || !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')) {
        return None;
    }
    let val = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };
    let cs: Vec<u32> = w.chars().map(val).collect();
    let mut n = 0i64;
    for (i, &v) in cs.iter().enumerate() {
        if cs.get(i + 1).is_some_and(|&nx| nx > v) {
            n -= v as i64;
        } else {
            n += v as i64;
        }
    }
    let n = u32::try_from(n).ok().filter(|&n| n > 0 && n <= 200)?;
    // canonical spelling only (`IIII`, `VX` are not numerals)
    (to_roman(n) == w).then_some(n)
}

fn to_roman(mut n: u32) -> String {
    let table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_to_nominative() {
        assert_eq!(nominative_adj("Europejskiej", Gender::F), "Europejska");
        assert_eq!(nominative_adj("Klastrowej", Gender::F), "Klastrowa");
        assert_eq!(nominative_adj("Europejską", Gender::F), "Europejska");
        assert_eq!(nominative_adj("Europejskiego", Gender::M), "Europejski");
        assert_eq!(nominative_adj("Gospodarczego", Gender::M), "Gospodarczy");
        assert_eq!(nominative_adj("Gospodarczym", Gender::N), "Gospodarcze");
        assert_eq!(nominative_adj("Europejskiego", Gender::N), "Europejskie");
        assert_eq!(nominative_adj("Międzynarodowych", Gender::Pl), "Międzynarodowe");
        assert_eq!(nominative_adj("Poznańskich", Gender::Pl), "Poznańskie");
        assert_eq!(nominative_adj("Europejska", Gender::F), "Europejska");
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("XV"), Some(15));
        assert_eq!(roman("IV"), Some(4));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("ECC"), None);
    }
}

/// The ordinal forms as one alternation that prefers the longest form
/// matching at a position. When no stem is a prefix of another (case
/// folded), at most one stem matches at a position, and the alternation
/// is written stem group by stem group, `(?:stems)(?:endings)`, the
/// endings longest first: the same matches as the flat list of all forms
/// longest first, but a regex a third the size, which compiles in about
/// 40 % of the instructions (the edition and `again` regexes are built
/// on every run). Otherwise the flat list.
fn ordinal_alternation(ordinals: &HashMap<String, u32>, stems: &[(String, &'static [&'static str])]) -> String {
    let lower: Vec<String> = stems.iter().map(|(s, _)| s.to_lowercase()).collect();
    let prefix_free =
        lower.iter().enumerate().all(|(i, a)| !a.is_empty() && lower.iter().enumerate().all(|(j, b)| i == j || !b.starts_with(a.as_str())));
    if !prefix_free {
        let mut forms: Vec<&String> = ordinals.keys().collect();
        forms.sort_by_key(|s| std::cmp::Reverse(s.len()));
        return forms.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|");
    }
    // stems grouped by paradigm, groups in order of first appearance
    let mut groups: Vec<(&'static [&'static str], Vec<String>)> = Vec::new();
    for (stem, endings) in stems {
        match groups.iter_mut().find(|(e, _)| std::ptr::eq(*e, *endings)) {
            Some((_, g)) => g.push(regex::escape(stem)),
            None => groups.push((endings, vec![regex::escape(stem)])),
        }
    }
    groups
        .iter()
        .map(|(endings, stems)| {
            let mut ends: Vec<&str> = endings.to_vec();
            ends.sort_by_key(|e| std::cmp::Reverse(e.len()));
            format!("(?:{})(?:{})", stems.join("|"), ends.iter().map(|e| regex::escape(e)).collect::<Vec<_>>().join("|"))
        })
        .collect::<Vec<_>>()
        .join("|")
}
