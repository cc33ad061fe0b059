//! Organisations and clusters: phrases around a head noun, and known names.
//!
//! A Polish name has a capitalised head noun from `rules/org_heads.tsv`
//! (`Ministerstwem`, `Agencji`, `Klastra`), optional agreeing adjectives or
//! proper words before it (`Polskiej`, `Czeskie`, `Evoluma`), agreeing
//! adjectives after it (`Generalną`, `Przemysłowy`), then its complement:
//! capitalised words, acronyms, `i` + a capitalised word, `ds.` + a list
//! (`ds. Rynku Wewnętrznego, Przemysłu, Przedsiębiorczości i MŚP`). It is put
//! in the nominative by [`super::nominative`]. An English name is a run of
//! capitalised words not in the Polish dictionary that ends in an English head
//! (`European Clusters Alliance`). Known organisations (`rules/org_known.tsv`)
//! are found by their names and acronyms as written, and an inflected mention
//! is tied to them through its nominative. An acronym in brackets right after
//! a name (`Europejska Platforma Współpracy Klastrów (ECCP)`) becomes an alias.
//!
//! Companies are also found by their legal form (`Prodmorex sp. z o.o.`,
//! `rules/org_legal_forms.tsv`), after a common noun for a company (`firmy
//! Optimal`) and as a brand after a person and `z` (`Piotr Nowak z ATSystem`).
//! A quoted cluster name after a capitalised head keeps the head's phrase
//! (`Klastra „Polska Natura”` -> `Klaster „Polska Natura”`, the quotes kept) unless the phrase is
//! a status (`Krajowy Klaster Kluczowy`, a `skip` entry of `org_known.tsv`).
//! In a sentence about clusters in the plural, brand-like words listed with a
//! cluster are clusters too (`klastry: NTHills, Klaster Wodny i E-południe`).
//!
//! Further: companies listed after a plural company noun (`takie firmy jak
//! Airbus, Manufaktura Lotnicza czy Safran`), fair organisers (`Targach
//! Kielce`, `Międzynarodowych Targów Poznańskich`), an acronym right after a
//! role (`Prezes KTH`), a legal form before a cluster (`Stowarzyszeniem
//! Klaster Spożywczy „X”` -> the cluster), a quoted cluster with a lower-case
//! complement (`„Klastra meblarzy swarzędzkich”`), a CamelCase brand after a
//! lower-case `klaster` with a dash subtitle. Not names: sector acronyms after
//! a company noun (`firm ICT`), a nominative name right after an event noun
//! (`w panelu Strefa Multimediów`: the event's title).

use super::nominative::{self, Gen, Part};
use super::{has_uppercase, starts_lowercase, Word};
use crate::morph::{Case, Morphology, Number, Pos};
use crate::record::NamedItem;
use crate::rules::{RuleSet, RulesError};
use crate::segment::TokenKind;
use crate::span::Span;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use foldhash::{HashMap, HashSet};

/// Forms of `minister` and `wiceminister`: a head right after one names
/// the portfolio (`Wiceminister Administracji i Cyfryzacji`).
const MINISTERS: &[&str] = &[
    "minister", "ministra", "ministrem", "ministrowi", "ministrze", "wiceminister", "wiceministra", "wiceministrem", "wiceministrowi",
    "wiceministrze",
];

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A cluster organisation.
    Cluster,
    /// Any other organisation.
    Org,
    /// Recognised but not reported (states, unions).
    Skip,
}

/// A known organisation.
#[derive(Debug, Clone)]
struct Known {
    name: String,
    kind: Kind,
    aliases: Vec<String>,
    /// `normalise` of the name, then of each alias.
    keys: Vec<String>,
}

/// Finds organisation and cluster names; built once from the rules.
#[derive(Debug)]
pub struct OrgFinder {
    morph: &'static Morphology,
    pl_heads: HashMap<String, Kind>,
    /// Heads of national bodies whose seat is not part of the name
    /// (`Ministerstwa Rozwoju w Warszawie` -> `Ministerstwo Rozwoju`).
    no_seat: HashSet<String>,
    /// Heads of research and cultural bodies named without their seat
    /// (`Instytutu Nafty i Gazu w Krakowie` -> `Instytut Nafty i Gazu`)
    /// unless the seat is that of a parent named in the complement
    /// (`Instytut Zarządzania Uniwersytetu Ekonomicznego w Krakowie`).
    parent_seat: HashSet<String>,
    /// Heads many clusters are named with (`Sojusz`, `Grupa`): such a name
    /// is a cluster where the text calls it one.
    cluster_like: HashSet<String>,
    en_heads: HashMap<String, Kind>,
    known: Vec<Known>,
    /// Normalised name or alias -> known entry.
    by_name: HashMap<String, usize>,
    literals: AhoCorasick,
    /// The bytes a known name or alias starts with.
    literal_starts: [bool; 256],
    /// Bit `a * 256 + b`: a known name or alias starts with the bytes `a b`
    /// (or is the one byte `a`).
    literal_pairs: Vec<u64>,
    literal_entry: Vec<usize>,
    /// One-word brand names and aliases (`Orlen`, `Siemens`: capitalised,
    /// not all capitals), normalised -> known entry, for their inflected
    /// forms (`Orlenu`, `Siemensa`).
    brands: HashMap<String, usize>,
    /// The first three letters (lower case) of every key of `brands`.
    brand_prefixes: HashSet<String>,
    /// Known Polish names whose first word is a noun that is not a head
    /// (`Dolina Lotnicza`), for their inflected forms (`Doliny Lotniczej`):
    /// the lemma of the first word -> (known entry, the lemmas of every word).
    lemma_names: HashMap<String, Vec<(usize, Vec<Vec<String>>)>>,
    /// The first three letters (lower case) of every key of `lemma_names`.
    lemma_prefixes: HashSet<String>,
    /// Words that do not make a cluster's name (`cluster_generic.tsv`).
    cluster_generic: HashSet<String>,
    /// Event noun lemmas (`cluster_events.tsv`).
    events: HashSet<String>,
    /// Phrases naming a kind of body (`org_generic.tsv`), normalised.
    org_generic: HashSet<String>,
    /// Heads of units inside an organisation (`org_units.tsv`).
    units: HashSet<String>,
    /// Governing bodies (`org_bodies.tsv`, roles `body` and `cluster-body`):
    /// a head lemma, or a head lemma and an adjective lemma (`komitet
    /// sterujący`), and whether it is a body of clusters only.
    bodies: HashMap<String, bool>,
    /// Heads of parents whose governing body is a name of its own
    /// (`org_bodies.tsv`, role `own`: `Zarząd Województwa Śląskiego`).
    body_owners: HashSet<String>,
    /// Heads that head a name only in the singular (`org_heads.tsv`,
    /// `singular`: `Przedsiębiorstwa Wodociągów`, not `ds. Przedsiębiorstw`).
    singular_heads: HashSet<String>,
    /// Adjectives that leave a body a body (`org_bodies.tsv`, role `before`:
    /// `Nowy Zarząd Klastra`).
    body_before: HashSet<String>,
    /// Legal forms of companies (`org_legal_forms.tsv`), lower case, no spaces.
    legal_forms: HashSet<String>,
    /// Every prefix of a legal form (the forms included): reading stops at
    /// the first word that leaves them.
    legal_prefixes: HashSet<String>,
    /// The longest legal form, in bytes.
    legal_max: usize,
    /// Titles of address (`names_titles.tsv`): a name stops before them.
    titles: HashSet<String>,
    /// The closed word lists of `org_words.tsv`.
    words: OrgWords,
    /// This finder's key in the per-thread [`HEADS`] cache.
    cache_id: usize,
}

/// Gives every [`OrgFinder`] its own key in [`HEADS`].
static NEXT_CACHE_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The per-thread [`HEADS`] cache is emptied when it holds this many forms.
const HEADS_LIMIT: usize = 100_000;

/// What [`OrgFinder::head_of`] says about a form, per thread: it is asked
/// about every capitalised word and the three after it. Keyed by the
/// finder (another one may have other heads).
type HeadCache = (usize, HashMap<Box<str>, Option<(String, Kind)>>);

thread_local! {
    static HEADS: std::cell::RefCell<HeadCache> = std::cell::RefCell::new((usize::MAX, HashMap::default()));
}

/// One mention found.
#[derive(Debug, Clone)]
pub struct Mention {
    span: Span,
    name: String,
    kind: Kind,
    known: Option<usize>,
    /// Found as a literal name or acronym (not parsed).
    literal: bool,
    aliases: Vec<String>,
}

/// Mentions found so far in a document.
#[derive(Debug, Default)]
pub struct Found {
    mentions: Vec<Mention>,
    /// `Urzędu Marszałkowskiego` named without its voivodeship.
    bare_marshal: Vec<Span>,
    /// The words right after a role in the sentence being read (`Prezes
    /// Uzdrowiska Rymanów SA`: a name there is in the genitive).
    after_role: Vec<usize>,
    /// `normalise` of names the text defines as an event (`Klub PGM to
    /// cykliczne spotkania`): an event series, not an organisation.
    event_series: Vec<String>,
    /// Mentions of venue buildings (`Centrum Kongresowym`), not reported as
    /// organisations but kept as places an event may be in.
    venue_spans: Vec<Span>,
}

/// A mention of an organisation or a venue building, with the name it is
/// reported by (the nominative): what an event `w siedzibie Ministerstwa
/// Rozwoju` or `w Łódzkim Urzędzie Wojewódzkim` takes place in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    /// The mention's byte range (the name only, no preposition).
    pub span: Span,
    /// The nominative name.
    pub name: String,
    /// Other names of the same body in the text (`Instytut X Uniwersytetu Y`
    /// beside the unit's own `Instytut X`).
    pub aliases: Vec<String>,
}

/// Calls `f` with `s` lower-cased, copying only when `s` has a capital.
///
/// A word of up to [`LOWER_BUF`] bytes is lower-cased on the stack; the
/// result is the one [`str::to_lowercase`] gives (a capital sigma, which
/// that function treats by context, takes the allocating path).
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; LOWER_BUF];
    if s.is_ascii() {
        // the common case, byte by byte
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(s);
        }
        if let Some(dst) = buf.get_mut(..s.len()) {
            dst.copy_from_slice(s.as_bytes());
            dst.make_ascii_lowercase();
            if let Ok(l) = std::str::from_utf8(dst) {
                return f(l);
            }
        }
        return f(&s.to_ascii_lowercase());
    }
    if !has_uppercase(s) {
        return f(s);
    }
    match lower_into(s, &mut buf) {
        Some(l) => f(l),
        None => f(&s.to_lowercase()),
    }
}

/// Bytes of the stack buffer [`with_lower`] lower-cases into.
const LOWER_BUF: usize = 64;

/// `s` lower-cased char by char into `buf`; `None` when it does not fit or
/// `s` has a capital sigma (whose lower case depends on its context).
fn lower_into<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut n = 0;
    for c in s.chars() {
        if c.is_ascii() {
            *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Calls `f` with the first three characters of `s`, each lower-cased on
/// its own (`s.chars().take(3).flat_map(char::to_lowercase)`), on the stack.
fn with_prefix3<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    // (three characters of at most three lower-case characters of four bytes)
    if let [a, b, c, ..] = s.as_bytes() {
        if a.is_ascii() && b.is_ascii() && c.is_ascii() {
            // the common case, without the Unicode tables
            let p = [a.to_ascii_lowercase(), b.to_ascii_lowercase(), c.to_ascii_lowercase()];
            return f(std::str::from_utf8(&p).unwrap_or_default());
        }
    }
    let mut buf = [0u8; 36];
    let mut n = 0;
    for c in s.chars().take(3) {
        for l in c.to_lowercase() {
            n += l.encode_utf8(&mut buf[n..]).len();
        }
    }
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
}

/// Whether `s.to_lowercase()` is one of `words` (see [`with_lower`]).
pub fn lower_is_one_of(s: &str, words: &[&str]) -> bool {
    with_lower(s, |l| words.contains(&l))
}

/// Sets bit `a * 256 + b` of a 65,536-bit set.
fn set_pair(bits: &mut [u64], a: u8, b: u8) {
    let i = usize::from(a) << 8 | usize::from(b);
    if let Some(w) = bits.get_mut(i / 64) {
        *w |= 1 << (i % 64);
    }
}

/// Whether bit `a * 256 + b` is set.
fn has_pair(bits: &[u64], a: u8, b: u8) -> bool {
    let i = usize::from(a) << 8 | usize::from(b);
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// Lower case, single spaces, straight quotes: the key names are compared by.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// Whether an ASCII byte is white space (as [`char::is_whitespace`] says).
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// Appends [`normalise`]`(s)` to `out`, which is empty.
fn normalise_into(s: &str, out: &mut String) {
    // the words of `s.split_whitespace()`, one space between them, each
    // char normalised on its own; a run of ASCII bytes is copied at once
    // and lower-cased in place
    let b = s.as_bytes();
    let mut i = 0;
    let mut gap = false;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if ascii_space(x) {
                gap = true;
                i += 1;
                continue;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            let mut j = i + 1;
            while b.get(j).is_some_and(|&y| y < 0x80 && !ascii_space(y)) {
                j += 1;
            }
            let from = out.len();
            out.push_str(&s[i..j]);
            out[from..].make_ascii_lowercase();
            i = j;
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        normalised_char(c, |c| out.push(c));
    }
}

/// The characters [`normalise`] writes for the char `c` (not white space).
#[inline]
fn normalised_char(c: char, mut push: impl FnMut(char)) {
    {
        match c {
            c if c.is_ascii() => push(c.to_ascii_lowercase()),
            // Polish letters without a look-up in the Unicode tables
            'ą' | 'ć' | 'ę' | 'ł' | 'ń' | 'ó' | 'ś' | 'ź' | 'ż' => push(c),
            'Ą' => push('ą'),
            'Ć' => push('ć'),
            'Ę' => push('ę'),
            'Ł' => push('ł'),
            'Ń' => push('ń'),
            'Ó' => push('ó'),
            'Ś' => push('ś'),
            'Ź' => push('ź'),
            'Ż' => push('ż'),
            '„' | '”' | '“' | '«' | '»' => push('"'),
            '’' => push('\''),
            '–' | '—' => push('-'),
            c => c.to_lowercase().for_each(&mut push),
        }
    }
}

thread_local! {
    /// The buffer [`with_normalised`] writes into (taken while in use, so a
    /// nested call allocates its own).
    static NORM_BUF: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// Calls `f` with [`normalise`]`(s)`, written into a buffer kept per thread.
pub fn with_normalised<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = NORM_BUF.take();
    buf.clear();
    normalise_into(s, &mut buf);
    let r = f(&buf);
    NORM_BUF.set(buf);
    r
}

fn kind_of(s: &str) -> Option<Kind> {
    match s {
        "cluster" => Some(Kind::Cluster),
        "org" => Some(Kind::Org),
        "skip" => Some(Kind::Skip),
        _ => None,
    }
}

/// An acronym, perhaps with lower-case connectors (`PARP`, `MRiRW`,
/// `SITLiD`, `NFOŚiGW`): capitals, two or more, and no two lower-case
/// letters in a row; it starts with a capital.
fn is_acronym_like(w: &str) -> bool {
    let mut caps = 0;
    let mut prev_lower = false;
    for (n, c) in w.chars().enumerate() {
        if c.is_uppercase() {
            caps += 1;
            prev_lower = false;
        } else if c.is_lowercase() {
            if n == 0 || prev_lower {
                return false;
            }
            prev_lower = true;
        } else {
            return false;
        }
    }
    caps >= 2
}

/// The one voivodeship a text names in the genitive (`Województwa
/// Podlaskiego`, `województwa kujawsko-pomorskiego`), capitalised; `None`
/// when it names none or several.
fn the_voivodeship(text: &str) -> Option<String> {
    let mut found: Option<String> = None;
    for (at, w) in text.match_indices("ojewództwa ") {
        let head_ok = text[..at].ends_with('W') || text[..at].ends_with('w');
        let next: String = text[at + w.len()..].chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
        if !head_ok || !next.ends_with("iego") || next.chars().count() < 8 {
            continue;
        }
        // capitalised, each part of a compound too (`Kujawsko-Pomorskiego`)
        let region = next
            .split('-')
            .map(|p| {
                let mut cs = p.chars();
                cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("-");
        match &found {
            Some(f) if *f != region => return None,
            _ => found = Some(region),
        }
    }
    found
}

/// A form of a possessive pronoun (`twój`, `naszych`, `swoją`), lower case.
fn is_possessive(w: &str) -> bool {
    if matches!(w, "twój" | "mój" | "swój") {
        return true;
    }
    // `twoja`, `twoich`, `twoim`: the stem is `twoj` before a vowel, `two` before `i`
    let endings = |stem: &str, ends: &[&str]| w.strip_prefix(stem).is_some_and(|rest| ends.contains(&rest));
    ["two", "mo", "swo"].iter().any(|p| endings(p, &["ja", "je", "jego", "jej", "ją", "jemu", "ich", "im", "imi"]))
        || ["nasz", "wasz"].iter().any(|p| endings(p, &["", "a", "e", "ego", "ej", "ą", "emu", "ych", "ym", "ymi"]))
}

/// A Roman numeral of two or more letters (`XXIII`, `III`), or `I` / `V` / `X`.
fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

/// The closed word lists of `rules/org_words.tsv`.
#[derive(Debug, Default)]
struct OrgWords {
    /// Common nouns naming a company, before its name (`firmy Optimal`).
    company_nouns: Vec<String>,
    /// Lower-case organisation nouns that name an organisation by the
    /// acronym after them (`stowarzyszenia NEREUS`).
    acronym_org_nouns: Vec<String>,
    /// A noun and an adjective lemma that make a common noun for a company
    /// (`grupy producenckiej Brzost – Eko`).
    company_noun_pairs: Vec<(String, String)>,
    /// Adverbs between a conjunction and the next item of a list (`i oczywiście X`).
    coord_fillers: Vec<String>,
    /// Small words inside an English name (`of`, `for`).
    en_connectors: Vec<String>,
    /// English words the Polish dictionary knows too (`business`) that may
    /// open an English name (`Business and Innovation Centre`).
    en_first: Vec<String>,
    quotes_open: Vec<String>,
    quotes_close: Vec<String>,
    /// Office heads whose name is a role in the genitive (`Kancelaria Prezydenta`).
    role_offices: Vec<String>,
    /// Heads of a building (`centrum`) that is a venue when a venue stem
    /// (`venue_stems`) qualifies it (`Centrum Kongresowe`).
    venue_heads: Vec<String>,
    /// The start of an adjective (lower case) that makes a venue head a
    /// building: `kongres` (`Kongresowe`, `Kongresowo-Wystawiennicze`).
    venue_stems: Vec<String>,
    /// Heads that name a venue building by themselves (`filharmonia`).
    venue_buildings: Vec<String>,
    /// Noun lemmas whose complement is `z` + the instrumental
    /// (`Współpracy z Zagranicą`).
    with_nouns: Vec<String>,
}

impl OrgWords {
    fn new(rules: &RuleSet) -> Result<OrgWords, RulesError> {
        let t = rules.table("org_words.tsv")?;
        t.expect_fields(2, 3)?;
        let mut w = OrgWords::default();
        for row in t.rows() {
            let word = row.field(1)?.to_string();
            match row.field(0)? {
                "company" => w.company_nouns.push(word),
                "acronym-org" => w.acronym_org_nouns.push(word),
                "company-pair" => w.company_noun_pairs.push((word, row.field(2)?.to_string())),
                "coord-filler" => w.coord_fillers.push(word),
                "en-connector" => w.en_connectors.push(word),
                "en-first" => w.en_first.push(word),
                "quote-open" => w.quotes_open.push(word),
                "quote-close" => w.quotes_close.push(word),
                "role-office" => w.role_offices.push(word),
                "venue-head" => w.venue_heads.push(word),
                "venue-stem" => w.venue_stems.push(word),
                "venue-building" => w.venue_buildings.push(word),
                "with-noun" => w.with_nouns.push(word),
                other => return Err(row.error(format!("unknown class {other:?}"))),
            }
        }
        Ok(w)
    }

    fn is_quote_open(&self, s: &str) -> bool {
        self.quotes_open.iter().any(|q| q == s)
    }

    fn is_quote_close(&self, s: &str) -> bool {
        self.quotes_close.iter().any(|q| q == s)
    }
}

impl OrgFinder {
    /// Reads `org_heads.tsv`, `org_known.tsv` and `cluster_known.tsv`.
    pub fn new(rules: &RuleSet, morph: &'static Morphology) -> Result<OrgFinder, RulesError> {
        let mut pl_heads = HashMap::default();
        let mut en_heads = HashMap::default();
        let t = rules.table("org_heads.tsv")?;
        t.expect_fields(3, 4)?;
        let mut no_seat = HashSet::default();
        let mut parent_seat = HashSet::default();
        let mut cluster_like = HashSet::default();
        let mut singular_heads = HashSet::default();
        for row in t.rows() {
            let kind = kind_of(row.field(1)?).ok_or_else(|| row.error("kind must be cluster or org"))?;
            let lemma = row.field(0)?.to_lowercase();
            match row.fields().get(3).copied() {
                None => {}
                Some("no-seat") => {
                    no_seat.insert(lemma.clone());
                }
                Some("parent-seat") => {
                    parent_seat.insert(lemma.clone());
                }
                Some("cluster-like") => {
                    cluster_like.insert(lemma.clone());
                }
                Some("singular") => {
                    singular_heads.insert(lemma.clone());
                }
                Some(other) => {
                    return Err(row.error(format!("the fourth field must be no-seat, parent-seat, cluster-like or singular, not {other:?}")))
                }
            }
            match row.field(2)? {
                "pl" => pl_heads.insert(lemma, kind),
                "en" => en_heads.insert(lemma, kind),
                other => return Err(row.error(format!("language must be pl or en, not {other:?}"))),
            };
        }
        let mut known = Vec::new();
        let mut by_name = HashMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut literal_entry = Vec::new();
        let mut literal_starts = [false; 256];
        let mut literal_pairs = vec![0u64; 1024];
        let tables = [rules.table("org_known.tsv")?, rules.table("cluster_known.tsv")?];
        for t in &tables {
            t.expect_fields(2, 3)?;
        }
        for row in tables.iter().flat_map(|t| t.rows()) {
            let kind = kind_of(row.field(1)?).ok_or_else(|| row.error("kind must be cluster, org or skip"))?;
            let name = row.field(0)?.to_string();
            let aliases: Vec<String> = row.list(2)?.into_iter().map(str::to_string).collect();
            let idx = known.len();
            for n in std::iter::once(&name).chain(aliases.iter()) {
                let Some(&b) = n.as_bytes().first() else { return Err(row.error("empty name")) };
                literal_starts[usize::from(b)] = true;
                match n.as_bytes().get(1) {
                    Some(&c) => set_pair(&mut literal_pairs, b, c),
                    // a one-byte name: every byte may follow
                    None => (0..=255).for_each(|c| set_pair(&mut literal_pairs, b, c)),
                }
                by_name.insert(normalise(n), idx);
                patterns.push(n.clone());
                literal_entry.push(idx);
            }
            let keys = std::iter::once(&name).chain(&aliases).map(|n| normalise(n)).collect();
            known.push(Known { name, kind, aliases, keys });
        }
        // Anchored searches too: see `OrgFinder::literal_matches`.
        let mut brands = HashMap::default();
        let mut brand_prefixes = HashSet::default();
        let mut lemma_prefixes = HashSet::default();
        for (idx, k) in known.iter().enumerate() {
            for n in std::iter::once(&k.name).chain(k.aliases.iter()) {
                let brand = n.chars().count() >= 4
                    && n.chars().all(char::is_alphabetic)
                    && n.chars().next().is_some_and(char::is_uppercase)
                    && n.chars().skip(1).any(char::is_lowercase);
                if brand && k.kind == Kind::Org {
                    let key = normalise(n);
                    brand_prefixes.insert(key.chars().take(3).collect());
                    brands.insert(key, idx);
                }
            }
        }
        // `Dolina Lotnicza`: words the dictionary knows, capitalised, the
        // first a noun in the nominative that is not a head.
        let mut lemma_names: HashMap<String, Vec<(usize, Vec<Vec<String>>)>> = HashMap::default();
        let lemmas_of = |w: &str| -> Vec<String> {
            let mut ls: Vec<String> = morph.analyse(&w.to_lowercase()).into_iter().map(|a| a.lemma.to_lowercase()).collect();
            ls.dedup();
            ls
        };
        for (idx, k) in known.iter().enumerate() {
            for n in std::iter::once(&k.name).chain(k.aliases.iter()) {
                let words: Vec<&str> = n.split_whitespace().collect();
                let polish = words.len() >= 2
                    && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase));
                if !polish {
                    continue;
                }
                let first = words[0].to_lowercase();
                // The first noun (`Porozumienie` after `Małopolskie`, a
                // nominative adjective) is not a head: the head's phrase
                // would not find the name.
                let nominative_noun = |w: &str| {
                    morph.with_analyses(w, |r| {
                        r.iter().any(|a| a.pos == Pos::Noun && a.lemma.to_lowercase() == w && a.case.contains(Case::Nom))
                    })
                };
                let adjective =
                    |w: &str| morph.with_analyses(w, |r| r.iter().any(|a| a.pos == Pos::Adjective && a.case.contains(Case::Nom)));
                let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
                let Some(noun_at) = lower.iter().position(|w| !adjective(w)) else { continue };
                let noun = nominative_noun(&lower[noun_at]);
                let head = morph.with_analyses(&lower[noun_at], |r| r.iter().any(|a| pl_heads.contains_key(&a.lemma.to_lowercase())));
                // (a word the dictionary lacks, `Insight`, is its own lemma;
                // not the first one)
                let lemmas: Vec<Vec<String>> = lower
                    .iter()
                    .enumerate()
                    .map(|(d, w)| {
                        let ls = lemmas_of(w);
                        if ls.is_empty() && d > noun_at {
                            vec![w.clone()]
                        } else {
                            ls
                        }
                    })
                    .collect();
                if !noun || head || lemmas.iter().any(Vec::is_empty) {
                    continue;
                }
                lemma_prefixes.insert(first.chars().take(3).collect::<String>());
                // (keyed by the lemmas of the first word: `małopolski`)
                let keys: Vec<String> = if noun_at == 0 { vec![first] } else { lemmas[0].clone() };
                for key in keys {
                    lemma_names.entry(key).or_default().push((idx, lemmas.clone()));
                }
            }
        }
        let literals = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&patterns)
            .map_err(|e| RulesError::Malformed { file: "org_known.tsv".into(), line: 0, message: e.to_string() })?;
        let first_fields = |file: &str| -> Result<HashSet<String>, RulesError> {
            let t = rules.table(file)?;
            t.expect_fields(1, 2)?;
            t.rows().iter().map(|r| r.field(0).map(normalise)).collect()
        };
        let cluster_generic = first_fields("cluster_generic.tsv")?;
        let events = first_fields("cluster_events.tsv")?;
        let org_generic = first_fields("org_generic.tsv")?;
        let units = first_fields("org_units.tsv")?;
        let (mut bodies, mut body_owners, mut body_before) = (HashMap::default(), HashSet::default(), HashSet::default());
        {
            let t = rules.table("org_bodies.tsv")?;
            t.expect_fields(2, 2)?;
            for r in t.rows() {
                match r.field(1)? {
                    "own" => body_owners.insert(normalise(r.field(0)?)),
                    "before" => body_before.insert(normalise(r.field(0)?)),
                    role => bodies.insert(normalise(r.field(0)?), role == "cluster-body").is_none(),
                };
            }
        }
        let legal_forms: HashSet<String> = first_fields("org_legal_forms.tsv")?.into_iter().map(|f| f.replace(' ', "")).collect();
        let legal_max = legal_forms.iter().map(String::len).max().unwrap_or(0);
        let legal_prefixes = legal_forms.iter().flat_map(|f| f.char_indices().map(|(i, c)| f[..i + c.len_utf8()].to_string())).collect();
        let mut titles = HashSet::default();
        let t = rules.table("names_titles.tsv")?;
        t.expect_fields(2, 2)?;
        for row in t.rows() {
            for f in row.list(1)? {
                titles.insert(f.to_lowercase());
            }
        }
        Ok(OrgFinder {
            morph,
            pl_heads,
            no_seat,
            parent_seat,
            cluster_like,
            en_heads,
            known,
            by_name,
            literals,
            literal_starts,
            literal_pairs,
            literal_entry,
            brands,
            brand_prefixes,
            lemma_names,
            lemma_prefixes,
            cluster_generic,
            events,
            org_generic,
            units,
            bodies,
            body_owners,
            body_before,
            singular_heads,
            legal_forms,
            legal_prefixes,
            legal_max,
            titles,
            words: OrgWords::new(rules)?,
            cache_id: NEXT_CACHE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    /// Splits words glued together by scraping before a cluster head
    /// (`NTHillsKlaster Wodny` -> `NTHills` `Klaster Wodny`): a word whose
    /// tail, from a capital after a lower-case letter, is a form of a
    /// cluster head, when the next word is a capitalised adjective agreeing
    /// with that form. One-word names (`AgroBioCluster`, `MedKlaster`) are
    /// not followed by such an adjective and stay whole.
    pub fn split_glued_heads(&self, ws: &mut Vec<Word<'_>>) {
        let mut k = 0;
        while k + 1 < ws.len() {
            let split = self.glued_head_at(&ws[k], &ws[k + 1]);
            if let Some(cut) = split {
                let w = ws[k];
                let s = w.span.start;
                let a = Word { text: &w.text[..cut], span: Span::new(s, s + cut), ..w };
                let b = Word { text: &w.text[cut..], span: Span::new(s + cut, w.span.end), space_before: true, ..w };
                ws[k] = a;
                ws.insert(k + 1, b);
                k += 1;
            }
            k += 1;
        }
    }

    fn glued_head_at(&self, w: &Word<'_>, next: &Word<'_>) -> Option<usize> {
        // A capital after a lower-case letter, from the third letter on, is
        // looked for before the dictionary is asked.
        let camel = || w.text.chars().zip(w.text.chars().skip(1)).skip(1).any(|(a, b)| a.is_lowercase() && b.is_uppercase());
        if !w.is_word() || !next.is_capitalised() || !next.space_before || !camel() || self.morph.contains(w.text) {
            return None;
        }
        let chars: Vec<(usize, char)> = w.text.char_indices().collect();
        (2..chars.len()).find_map(|x| {
            let (cut, c) = chars[x];
            if !c.is_uppercase() || !chars[x - 1].1.is_lowercase() {
                return None;
            }
            let tail = &w.text[cut..];
            let (lemma, kind) = self.head_of(tail)?;
            if kind != Kind::Cluster {
                return None;
            }
            let feats = nominative::features(&nominative::noun_readings(self.morph, tail, &lemma));
            nominative::agreeing_adjective(self.morph, next.text, &feats).map(|_| cut)
        })
    }

    /// `Kancelarii Prezydenta RP`, `Biura Rzecznika Praw Obywatelskich`: a
    /// role word (`role_start`) in the genitive right after a capitalised
    /// organisation head is the complement of that head, part of the
    /// organisation's name, not a person's role.
    pub fn role_in_name(&self, ws: &[Word<'_>], role_start: usize) -> bool {
        let (Some(prev), Some(w)) = (role_start.checked_sub(1).and_then(|p| ws.get(p)), ws.get(role_start)) else {
            return false;
        };
        if !w.space_before || !w.is_capitalised() || w.is_acronym() || !prev.is_capitalised() {
            return false;
        }
        if !self.pl_head(prev).is_some_and(|(l, k)| k == Kind::Org && self.words.role_offices.contains(&l)) {
            return false;
        }
        with_lower(w.text, |l| {
            self.morph.with_analyses(l, |r| {
                let nouns = || r.iter().filter(|a| a.pos == Pos::Noun);
                // (no singular nominative: `Biura Radcy Handlowego`, `radcy` is
                // also a plural nominative)
                let nom_sg = |a: &crate::morph::Analysis| a.case.contains(Case::Nom) && a.number.contains(Number::Sg);
                nouns().any(|a| a.case.contains(Case::Gen)) && !nouns().any(nom_sg)
            })
        })
    }

    /// Whether the name at words `i..end` is a venue building: a building
    /// head (`venue-building`), or a venue head (`centrum`, `hala`)
    /// qualified by a venue word (`Kongresowe`, `Wystawienniczo-Kongresowe`,
    /// `Użyteczności Publicznej`) before the next head.
    fn venue_building(&self, ws: &[Word<'_>], i: usize, end: usize) -> bool {
        let end = end.min(ws.len());
        let Some((h, lemma)) = (i..end).find_map(|x| ws[x].is_capitalised().then(|| self.pl_head(&ws[x])).flatten().map(|(l, _)| (x, l)))
        else {
            return false;
        };
        if self.words.venue_buildings.contains(&lemma) {
            return true;
        }
        if !self.words.venue_heads.contains(&lemma) {
            return false;
        }
        let stem = |x: usize| {
            ws[x].is_word()
                && with_lower(ws[x].text, |l| {
                    l.split('-').any(|part| self.words.venue_stems.iter().any(|st| part.starts_with(st.as_str())))
                })
        };
        // the words before the head, then up to the next head
        (i..h).any(stem) || (h + 1..end).take_while(|&x| !(ws[x].is_capitalised() && self.pl_head(&ws[x]).is_some())).any(stem)
    }

    /// The head lemma and kind of a word that is a Polish head noun.
    fn pl_head(&self, w: &Word<'_>) -> Option<(String, Kind)> {
        if !w.is_word() {
            return None;
        }
        self.head_of(w.text).or_else(|| {
            // `Pro-Akademia`: a capitalised compound whose last part is a head.
            let (_, last) = w.text.rsplit_once('-')?;
            last.chars().next().is_some_and(char::is_uppercase).then(|| self.head_of(last)).flatten()
        })
    }

    /// [`OrgFinder::head_of_uncached`], cached per thread and form.
    fn head_of(&self, form: &str) -> Option<(String, Kind)> {
        let hit = HEADS.with(|c| {
            let c = c.borrow();
            if c.0 == self.cache_id {
                c.1.get(form).cloned()
            } else {
                None
            }
        });
        if let Some(h) = hit {
            return h;
        }
        let h = self.head_of_uncached(form);
        HEADS.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.cache_id || c.1.len() >= HEADS_LIMIT {
                c.0 = self.cache_id;
                c.1.clear();
            }
            c.1.insert(form.into(), h.clone());
        });
        h
    }

    fn head_of_uncached(&self, form: &str) -> Option<(String, Kind)> {
        self.morph.with_analyses(form, |readings| {
            readings.iter().find_map(|a| {
                if a.pos != Pos::Noun {
                    return None;
                }
                let k = with_lower(&a.lemma, |l| self.pl_heads.get(l).copied())?;
                let lemma = a.lemma.to_lowercase();
                // (`ds. Przedsiębiorstw`: a plural, not a name's head)
                if self.singular_heads.contains(&lemma) && !a.number.contains(Number::Sg) {
                    return None;
                }
                Some((lemma, k))
            })
        })
    }

    /// Whether `form` is an event noun (`Forum`, `Kongresu`).
    fn is_event(&self, form: &str) -> bool {
        self.morph.with_analyses(form, |r| r.iter().any(|a| a.pos == Pos::Noun && with_lower(&a.lemma, |l| self.events.contains(l))))
    }

    /// Whether a quote opens at `k` and holds a capitalised event noun
    /// (`„Śląskie Dni Lotnictwa”`, `„Forum Wodne”`): an event's title.
    fn event_quote(&self, ws: &[Word<'_>], blocked: &[bool], k: usize) -> bool {
        self.quote_at(ws, blocked, k).is_some_and(|(close, ())| (k + 1..close).any(|x| ws[x].is_capitalised() && self.is_event(ws[x].text)))
    }

    /// Whether a phrase (its nominative) is a known status, not a name
    /// (`Krajowy Klaster Kluczowy`: an entry of kind `skip` in `org_known.tsv`).
    fn is_status(&self, name: &str) -> bool {
        with_normalised(name, |k| self.by_name.get(k).is_some_and(|&k| self.known[k].kind == Kind::Skip))
    }

    /// Whether a phrase (its nominative) is only generic cluster words.
    fn generic_cluster(&self, name: &str) -> bool {
        with_normalised(name, |n| self.generic_cluster_key(n))
    }

    /// [`OrgFinder::generic_cluster`] of a name already [`normalise`]d.
    fn generic_cluster_key(&self, key: &str) -> bool {
        key.split(' ').all(|w| self.cluster_generic.contains(w))
    }

    /// Whether a word cannot open a head's complement: a known word none of
    /// whose readings is nominative or genitive (`Klastra Międzygminnym
    /// Związkiem`: instrumental, another phrase).
    fn case_breaks(&self, form: &str) -> bool {
        self.morph.with_analyses(form, |a| {
            !a.is_empty()
                && a.iter()
                    .all(|a| !a.case.is_empty() && !a.case.contains(crate::morph::Case::Nom) && !a.case.contains(crate::morph::Case::Gen))
        })
    }

    /// Words `pn.`, `pod nazwą`, `o nazwie` at `k`: how many.
    fn name_connector(ws: &[Word<'_>], k: usize) -> usize {
        let t = |x: usize| ws.get(x).map(|w| w.text).unwrap_or("");
        match (t(k), t(k + 1)) {
            ("pn", ".") | ("pod", "nazwą") | ("o", "nazwie") => 2,
            ("p", ".") if t(k + 2) == "n" && t(k + 3) == "." => 4,
            _ => 0,
        }
    }

    fn en_head(&self, w: &str) -> Option<(Kind, bool)> {
        with_lower(w, |l| {
            if let Some(k) = self.en_heads.get(l) {
                return Some((*k, false));
            }
            let sg = l.strip_suffix('s')?;
            self.en_heads.get(sg).map(|k| (*k, true))
        })
    }

    /// A compound adjective the dictionary lacks whose second part is an
    /// adjective agreeing with `f` (`Ekoenergetycznego` = `eko` +
    /// `energetycznego`, `Biotechnologicznej`, `Agrospożywczego`): the
    /// narrowed features. The first part is two to five letters.
    fn compound_adjective(&self, form: &str, f: &nominative::Features) -> Option<nominative::Features> {
        let chars: Vec<char> = form.chars().collect();
        if chars.len() < 8 || !chars.iter().all(|c| c.is_alphabetic()) || self.morph.contains(form) {
            return None;
        }
        (2..=5).find_map(|k| {
            let tail: String = chars[k..].iter().flat_map(|c| c.to_lowercase()).collect();
            if tail.chars().count() < 6 {
                return None;
            }
            nominative::agreeing_adjective(self.morph, &tail, f)
        })
    }

    /// `Równieńskiej`, `Tarnopolskim`: an adjective from a place name the
    /// dictionary lacks, ending in `-ski`/`-cki` forms: agreeing when the
    /// same ending does on a known adjective (`polskiej`, `niemieckiej`).
    fn place_adjective(&self, form: &str, f: &nominative::Features) -> Option<nominative::Features> {
        if form.chars().count() < 7 || !form.chars().all(char::is_alphabetic) || self.morph.contains(form) {
            return None;
        }
        with_lower(form, |l| {
            let (model, at) = if let Some(p) = l.rfind("sk") { ("pol", p) } else { ("niemie", l.rfind("ck")?) };
            let ending = &l[at..];
            if ending.chars().count() > 6 {
                return None;
            }
            nominative::agreeing_adjective(self.morph, &format!("{model}{ending}"), f)
        })
    }

    fn is_adjective(&self, w: &str) -> bool {
        self.morph.with_analyses(w, |r| r.iter().any(|a| matches!(a.pos, Pos::Adjective | Pos::Participle)))
    }

    /// `Prezes KTH`, `dyrektor PCSS`: an acronym (two or more capitals, not
    /// a Roman numeral) right after a role (`role_ends`: the word after
    /// each role found), ending the phrase, is the organisation of that
    /// role. A known acronym is tied to its entry; a sector (`IT`,
    /// `org_generic.tsv`) is not a name.
    pub fn after_roles(&self, ws: &[Word<'_>], role_ends: &[usize], blocked: &mut [bool], found: &mut Found) {
        found.after_role.clear();
        found.after_role.extend_from_slice(role_ends);
        for &e in role_ends {
            let Some(w) = ws.get(e) else { continue };
            let ends = ws.get(e + 1).is_none_or(|n| !(n.is_capitalised() || n.is_acronym()) || !n.space_before);
            if blocked[e] || !w.space_before || !w.is_acronym() || is_roman(w.text) || !ends {
                continue;
            }
            let key = normalise(w.text);
            if self.org_generic.contains(&key) {
                continue;
            }
            let known = self.by_name.get(&key).copied();
            let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
            blocked[e] = true;
            found.mentions.push(Mention {
                span: w.span,
                name: w.text.to_string(),
                kind,
                known,
                literal: known.is_some(),
                aliases: Vec::new(),
            });
        }
    }

    /// Finds the names in one sentence.
    pub fn find(&self, text: &str, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found) {
        let first_mention = found.mentions.len();
        self.find_names(text, ws, blocked, found);
        self.coordinated_clusters(ws, blocked, found, first_mention);
    }

    /// `trzy klastry: NTHills, Klaster Wodny i oczywiście E-południe`: in a
    /// sentence that speaks of clusters in the plural, a brand-like word
    /// (capitalised, not in the dictionary, with a lower-case letter:
    /// `LifeScience`, `E-południe`) coordinated with a cluster found (by a
    /// comma, `i`, `oraz`, or glued to it by scraping) is a cluster too.
    fn coordinated_clusters(&self, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found, first_mention: usize) {
        // (only a word starting with a letter that lower-cases to `k` or `c`
        // is lower-cased: the Kelvin sign is one)
        let plural_at = ws.iter().position(|w| {
            w.is_word()
                && w.text.starts_with(['k', 'K', 'c', 'C', '\u{212A}'])
                && lower_is_one_of(w.text, &["klastry", "klastrów", "klastrami", "klastrach", "klastrom", "clusters"])
        });
        let Some(plural_at) = plural_at else { return };
        let brand = |x: usize, blocked: &[bool]| {
            ws.get(x).is_some_and(|w| {
                x > plural_at
                    && !blocked[x]
                    && w.is_capitalised()
                    && w.text.chars().any(char::is_lowercase)
                    && w.text.chars().count() >= 3
                    && !self.morph.contains(w.text)
                    && self.pl_head(w).is_none()
            })
        };
        let joiner = |x: usize| ws.get(x).is_some_and(|w| matches!(w.text, "," | "i" | "oraz"));
        let mut clusters: Vec<(usize, usize)> = found.mentions[first_mention..]
            .iter()
            .filter(|m| m.kind == Kind::Cluster)
            .filter_map(|m| {
                let a = ws.iter().position(|w| w.span.start == m.span.start)?;
                let b = ws.iter().position(|w| w.span.end == m.span.end)?;
                Some((a, b + 1))
            })
            .collect();
        // A brand found is itself a list item (`Klaster X, BalticNet i Eko-Dolina`).
        while let Some((a, b)) = clusters.pop() {
            let mut cands = Vec::new();
            // Left: glued (`NTHills|Klaster`) or joined (`LifeScience oraz Klaster`).
            if a >= 1 && ws[a - 1].span.end == ws[a].span.start {
                cands.push(a - 1);
            } else if a >= 2 && joiner(a - 1) {
                cands.push(a - 2);
            }
            // Right: joined, perhaps with an adverb (`i oczywiście E-południe`).
            if joiner(b) {
                let mut c = b + 1;
                if ws.get(c).is_some_and(|w| self.words.coord_fillers.iter().any(|f| f == w.text)) {
                    c += 1;
                }
                cands.push(c);
            }
            for c in cands {
                if brand(c, blocked) {
                    blocked[c] = true;
                    clusters.push((c, c + 1));
                    let w = &ws[c];
                    found.mentions.push(Mention {
                        span: w.span,
                        name: w.text.to_string(),
                        kind: Kind::Cluster,
                        known: self.by_name.get(&normalise(w.text)).copied(),
                        literal: false,
                        aliases: Vec::new(),
                    });
                }
            }
        }
    }

    fn find_names(&self, text: &str, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found) {
        let lits = self.literal_words(text, ws);
        // whether each word has a capital, asked for when first needed
        let mut upper: Vec<Option<bool>> = vec![None; ws.len()];
        let mut i = 0;
        while i < ws.len() {
            // `takie firmy jak Airbus, Safran czy Boeing`: listed companies.
            if let Some((end, ms)) = self.listed_companies(text, ws, blocked, i) {
                for m in ms {
                    if let (Some(a), Some(b)) =
                        (ws.iter().position(|w| w.span.start == m.span.start), ws.iter().position(|w| w.span.end == m.span.end))
                    {
                        for x in &mut blocked[a..=b] {
                            *x = true;
                        }
                    }
                    found.mentions.push(m);
                }
                i = end;
                continue;
            }
            // `Międzynarodowych Targów Poznańskich`: a fair organiser.
            if let Some((end, m)) = self.fair(ws, blocked, i) {
                for b in &mut blocked[i..end] {
                    *b = true;
                }
                found.mentions.push(m);
                i = end;
                continue;
            }
            // `szef firmy Optimal`: a company named after a common noun.
            if let Some((end, m)) = self.named_company(text, ws, blocked, &mut upper, i) {
                let first = ws[i + 1..end].iter().position(|w| w.span.start == m.span.start).map_or(i + 1, |p| i + 1 + p);
                for b in &mut blocked[first..end] {
                    *b = true;
                }
                found.mentions.push(m);
                i = end;
                continue;
            }
            // `Piotr Nowak z ATSystem`: a brand after a person and `z`.
            if let Some(m) = self.affiliation_brand(ws, blocked, i) {
                blocked[i + 1] = true;
                found.mentions.push(m);
                i += 2;
                continue;
            }
            // Names start with a capital, or with a lower-case `klaster`.
            if blocked[i]
                || !ws[i].is_word()
                || !ws[i].is_capitalised() && !ws[i].text.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("klast"))
            {
                i += 1;
                continue;
            }
            // `„Klastra meblarzy swarzędzkich”`: a quoted cluster name.
            if let Some((end, m)) = self.quoted_lowercase_cluster(text, ws, blocked, i) {
                for b in &mut blocked[i..end] {
                    *b = true;
                }
                found.mentions.push(m);
                i = end;
                continue;
            }
            // `Klaster MedSilesia – Śląska Sieć Wyrobów Medycznych`: a brand
            // and a subtitle after a capitalised cluster head.
            let dash_after = ws.get(i + 2).is_some_and(|d| matches!(d.text, "–" | "-" | "—") && d.space_before);
            let brand = dash_after
                .then(|| self.pl_head(&ws[i]).filter(|(_, k)| *k == Kind::Cluster))
                .flatten()
                .and_then(|(lemma, _)| self.brand_cluster(text, ws, blocked, i, &lemma))
                .filter(|(end, _)| *end > i + 2);
            if let Some((end, m)) = brand {
                for b in &mut blocked[i..end] {
                    *b = true;
                }
                found.mentions.push(m);
                i = end;
                continue;
            }
            // `Stowarzyszenie Klaster Spożywczy „X”`: the legal form of a
            // cluster before its name; the cluster, with the whole as an alias.
            if let Some((end, m)) = self.cluster_with_form(text, ws, blocked, i) {
                for b in &mut blocked[i..end] {
                    *b = true;
                }
                found.mentions.push(m);
                i = end;
                continue;
            }
            // `UTC Aerospace Systems Wrocław Sp. z o.o.`: an English name
            // that a company's legal form follows further on is the company.
            let hit = self.polish(text, ws, blocked, i).or_else(|| {
                let en = self.english(text, ws, blocked, i);
                let co = self.company(text, ws, blocked, i);
                match (en, co) {
                    (Some(e), Some(c)) => Some(if c.0 > e.0 { c } else { e }),
                    (e, c) => e.or(c),
                }
            });
            // `Małopolskie Porozumienie Organizacji Gospodarczych`: a known
            // name written here that reaches further than the phrase parsed
            // from its first word (none, or `Organizacji Gospodarczych`
            // further on) is that name.
            let lit = lits.iter().copied().filter(|l| l.0 == i).max_by_key(|l| l.1);
            if let Some(l) = lit.filter(|l| hit.as_ref().is_none_or(|(end, _)| *end <= l.1)) {
                if self.claim_literal(text, ws, blocked, found, l) {
                    i = l.1 + 1;
                    continue;
                }
            }
            // (inflected: `Małopolskiego Porozumienia Organizacji Gospodarczych`)
            if let Some(inf) = self.inflected_known_at(ws, blocked, i).filter(|(_, len)| hit.as_ref().is_none_or(|(end, _)| *end < i + len))
            {
                self.claim_inflected(ws, blocked, found, i, inf);
                i += inf.1;
                continue;
            }
            let Some((end, mut m)) = hit else {
                i += 1;
                continue;
            };
            // `Prezes Uzdrowiska Rymanów SA`: a company named by a common
            // noun and a proper name, after a role, has the noun in the
            // genitive; the name is in the nominative (`Uzdrowisko Rymanów SA`).
            if found.after_role.contains(&i) && m.known.is_none() && m.span.start == ws[i].span.start {
                if let Some(lemma) = self.genitive_common_noun(ws, i) {
                    if let Some(rest) = m.name.strip_prefix(ws[i].text).map(str::to_string) {
                        let full = std::mem::replace(&mut m.name, format!("{}{rest}", nominative::with_case_of(ws[i].text, &lemma)));
                        m.aliases.push(full);
                    }
                }
            }
            if m.kind == Kind::Skip && normalise(&m.name) == "urząd marszałkowski" {
                found.bare_marshal.push(m.span);
            }
            if m.kind == Kind::Org && m.known.is_none() && self.event_title(text, ws, &m) {
                m.kind = Kind::Skip;
            }
            if m.kind == Kind::Org && m.known.is_none() && self.defined_as_event(ws, end) {
                found.event_series.push(normalise(&m.name));
            }
            // `Wschodni Sojusz Motoryzacyjny – klaster firm`: a cluster-like
            // name the text calls a cluster right after it.
            if m.kind == Kind::Org && self.called_cluster(text, ws, i, end, &m) {
                m.kind = Kind::Cluster;
            }
            let mut end = end;
            // `(ECCP)` right after the name.
            if ws.get(end).is_some_and(|w| w.is_punct("("))
                && ws.get(end + 2).is_some_and(|w| w.is_punct(")"))
                && ws[end + 1].is_acronym()
                && !blocked[end + 1]
            {
                m.aliases.push(ws[end + 1].text.to_string());
                if m.known.is_none() {
                    m.known = self.by_name.get(&normalise(ws[end + 1].text)).copied();
                }
                end += 3;
            }
            // `EFCE (European Foundation for Cluster Excellence)`: the
            // acronym before the bracket, when it is the name's initials.
            if i >= 2
                && ws[i - 1].is_punct("(")
                && ws.get(end).is_some_and(|w| w.is_punct(")"))
                && ws[i - 2].is_acronym()
                && super::clusters::initials(&m.name) == ws[i - 2].text
            {
                m.aliases.push(ws[i - 2].text.to_string());
                blocked[i - 2] = true;
            }
            let mut parent = self.parent_of_unit(text, ws, blocked, i, end, &m);
            // `Departamentu Rynków Rolnych MRiRW`: a unit named with its
            // parent's acronym last; the unit without it, and the parent.
            if parent.is_none() {
                parent = self.acronym_parent(ws, i, end, &mut m);
            }
            let inner_cluster = self.cluster_inside(text, ws, blocked, i, end, &m);
            // `Biura Klastra X`: a cluster's own office is the cluster.
            if inner_cluster.is_some() && self.pl_head(&ws[i]).is_some_and(|(l, _)| l == "biuro") {
                m.kind = Kind::Skip;
            }
            // `Centrum Kongresowym`, `Filharmonii Podlaskiej`: a venue
            // building, a place (its owner in the genitive stays a name).
            if m.kind == Kind::Org && m.known.is_none() && self.venue_building(ws, i, end) {
                m.kind = Kind::Skip;
                found.venue_spans.push(m.span);
            }
            // `Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego`:
            // the unit is named without its parent, the whole is an alias.
            if let Some(p) = parent.as_ref().and_then(|pm| ws[i..end].iter().position(|w| w.span.start == pm.span.start)) {
                // (Not `Dyrekcja Generalna Komisji`: the unit needs a complement of its own.)
                let own_complement = self.pl_head(&ws[i]).is_some_and(|(lemma, _)| {
                    let f = nominative::features(&nominative::noun_readings(self.morph, ws[i].text, &lemma));
                    ws[i + 1..i + p].iter().any(|w| nominative::agreeing_adjective(self.morph, w.text, &f).is_none())
                });
                if let Some((e, short)) = self.polish(text, &ws[..i + p], blocked, i).filter(|_| own_complement) {
                    if e == i + p && short.kind == Kind::Org && short.span.start == m.span.start {
                        let full = std::mem::replace(&mut m.name, short.name);
                        m.aliases.push(full);
                    }
                }
            }
            // `Zarządu Klastra Budowlanego`, `Rady Stowarzyszenia „Wiedza”`:
            // a governing body is not reported; the words of the organisation
            // it belongs to are read again from its first word.
            // (`Nowy Zarząd Pomorskiego Klastra`: after its own adjectives.)
            let body_head = (i..end).find(|&h| self.pl_head(&ws[h]).is_some()).filter(|&h| {
                ws[i..h].iter().all(|w| {
                    self.morph.with_analyses(w.text, |r| {
                        r.iter().any(|a| a.pos == Pos::Adjective && with_lower(&a.lemma, |l| self.body_before.contains(l)))
                    })
                })
            });
            if let Some(p) = body_head
                .filter(|_| m.kind == Kind::Org && m.known.is_none() && m.span.start == ws[i].span.start)
                .and_then(|h| self.body_parent(ws, h, end))
            {
                for b in &mut blocked[i..p] {
                    *b = true;
                }
                // (its aliases, a quoted name, are the parent's)
                found.mentions.push(Mention {
                    span: Span::new(ws[i].span.start, ws[p - 1].span.end),
                    kind: Kind::Skip,
                    aliases: Vec::new(),
                    ..m
                });
                i = p;
                continue;
            }
            // Words skipped before the name (`NTHills` glued to `Klaster`)
            // stay free for other rules.
            let from = ws[i..end].iter().position(|w| w.span.start == m.span.start).map_or(i, |p| i + p);
            for b in &mut blocked[from..end] {
                *b = true;
            }
            found.mentions.push(m);
            found.mentions.extend(parent);
            found.mentions.extend(inner_cluster);
            i = end;
        }
        self.literals_in(text, ws, blocked, found, &lits);
    }

    /// `w panelu Strefa Multimediów`, `konferencji „Europejskie Konsorcja
    /// 2012”`: a name written in the nominative right after a lower-case
    /// event noun (`cluster_events.tsv`), perhaps after an opening quote, is
    /// the event's title in apposition, not an organisation (an organiser is
    /// in the genitive: `konferencji Komisji Europejskiej`).
    fn event_title(&self, text: &str, ws: &[Word<'_>], m: &Mention) -> bool {
        let Some(a) = ws.iter().position(|w| w.span.start == m.span.start) else { return false };
        let mut b = a;
        if b > 0 && ws[b - 1].kind == TokenKind::Punct && self.words.is_quote_open(ws[b - 1].text) {
            b -= 1;
        }
        let Some(prev) = b.checked_sub(1).map(|p| &ws[p]) else { return false };
        let lower_event = prev.is_word() && prev.text.chars().next().is_some_and(char::is_lowercase) && self.is_event(prev.text);
        lower_event && m.name == text[m.span.range()]
    }

    /// `Klub PGM to cykliczne spotkania`, `Forum X to coroczna konferencja`:
    /// a name followed by the copula `to`, at most two lower-case words
    /// and a lower-case event noun (`cluster_events.tsv`) is defined as an
    /// event series.
    fn defined_as_event(&self, ws: &[Word<'_>], end: usize) -> bool {
        if !ws.get(end).is_some_and(|w| w.is_word() && w.text == "to") {
            return false;
        }
        // (adjectives, then the event noun in the nominative: not `to
        // organizator corocznej konferencji`)
        for w in ws.iter().skip(end + 1).take(3) {
            if !w.is_word() || !w.text.chars().next().is_some_and(char::is_lowercase) {
                return false;
            }
            let (event_nom, adjective) = self.morph.with_analyses(w.text, |r| {
                let event_nom = r.iter().any(|a| {
                    a.pos == Pos::Noun && a.case.contains(Case::Nom) && with_lower(&a.lemma, |l| self.events.contains(l))
                });
                (event_nom, r.iter().any(|a| matches!(a.pos, Pos::Adjective | Pos::Participle)))
            });
            if event_nom {
                return true;
            }
            if !adjective {
                return false;
            }
        }
        false
    }

    /// `utworzenia „Klastra meblarzy swarzędzkich”`: inside quotes, a
    /// capitalised cluster head (any case) and one to four lower-case words
    /// up to the closing quote: the head in the nominative and the words as
    /// written (`Klaster meblarzy swarzędzkich`), unless they are generic
    /// (`„Klastra energii”`).
    fn quoted_lowercase_cluster(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let w = ws.get(i)?;
        if i == 0 || blocked[i] || !w.is_capitalised() || !self.words.is_quote_open(ws[i - 1].text) || ws[i - 1].kind != TokenKind::Punct {
            return None;
        }
        let (lemma, kind) = self.pl_head(w)?;
        // One cluster, singular, followed by its complement (not a title
        // like `„Klastry a rozwój regionalny”`).
        let feats = nominative::features(&nominative::noun_readings(self.morph, w.text, &lemma));
        if kind != Kind::Cluster || !feats.number.contains(Number::Sg) || ws.get(i + 1).is_some_and(|n| n.text.chars().count() < 3) {
            return None;
        }
        let mut k = i + 1;
        while k < ws.len() && k - i <= 4 && ws[k].is_word() && !blocked[k] && ws[k].text.chars().all(|c| !c.is_uppercase()) {
            k += 1;
        }
        let close = ws.get(k)?;
        if k == i + 1 || close.kind != TokenKind::Punct || !self.words.is_quote_close(close.text) {
            return None;
        }
        let name = format!("{} {}", nominative::with_case_of(w.text, &lemma), &text[ws[i + 1].span.start..ws[k - 1].span.end]);
        if self.generic_cluster(&name) {
            return None;
        }
        let known = self.by_name.get(&normalise(&name)).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        let span = Span::new(w.span.start, ws[k - 1].span.end);
        Some((k, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `Stowarzyszeniem Klaster Spożywczy „Naturalnie z Podlasia!”`,
    /// `Stowarzyszenie Zachodniopomorski Klaster Chemiczny „Zielona Chemia”`:
    /// a capitalised `Stowarzyszenie`, `Fundacja` or `Spółdzielnia` (any
    /// case) right before a cluster's name: the cluster, with the legal form
    /// and the name (nominative) as an alias.
    fn cluster_with_form(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let w = ws.get(i)?;
        if blocked[i] || !w.is_capitalised() {
            return None;
        }
        let (lemma, _) = self.pl_head(w)?;
        if !matches!(lemma.as_str(), "stowarzyszenie" | "fundacja" | "spółdzielnia") || !ws.get(i + 1).is_some_and(|v| v.space_before) {
            return None;
        }
        let (end, mut m) = self.polish(text, ws, blocked, i + 1)?;
        if m.kind != Kind::Cluster {
            return None;
        }
        m.aliases.push(format!("{} {}", nominative::with_case_of(w.text, &lemma), m.name));
        Some((end, m))
    }

    /// `Biura Analiz i Strategii Agencji Rozwoju Przemysłu`: the
    /// organisation a unit (`org_units.tsv`) belongs to, named inside the
    /// unit's name `i..end`.
    fn parent_of_unit(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize, end: usize, m: &Mention) -> Option<Mention> {
        if m.kind != Kind::Org || m.literal {
            return None;
        }
        let (lemma, _) = self.pl_head(&ws[i])?;
        if !self.units.contains(&lemma) {
            return None;
        }
        for p in i + 2..end {
            if !ws[p].is_capitalised() {
                continue;
            }
            let Some((l, Kind::Org)) = self.pl_head(&ws[p]) else { continue };
            if self.units.contains(&l) {
                continue;
            }
            // The parent is in the genitive; a nominative is an apposition
            // (`Instytutu Polska Sieć Gospodarki`: the unit's own name).
            let genitive = nominative::noun_readings(self.morph, ws[p].text, &l).iter().any(|a| a.case.contains(Case::Gen));
            if !genitive {
                return None;
            }
            let (e, inner) = self.polish(text, ws, blocked, p)?;
            return (e <= end && inner.kind == Kind::Org).then_some(inner);
        }
        None
    }

    /// A unit (`org_units.tsv`) whose name `i..end` ends with an acronym
    /// after its own complement (`Departamentu Rynków Rolnych MRiRW`,
    /// `Departament Analiz i Strategii PARP`): the acronym is cut from the
    /// unit's name and returned as the parent organisation.
    fn acronym_parent(&self, ws: &[Word<'_>], i: usize, end: usize, m: &mut Mention) -> Option<Mention> {
        if m.kind != Kind::Org || m.literal || m.known.is_some() || end < i + 3 {
            return None;
        }
        let (lemma, _) = self.pl_head(&ws[i])?;
        if !self.units.contains(&lemma) || ws[i].span.start != m.span.start {
            return None;
        }
        // the acronym ends the name, or a seat follows it (the parent's)
        let p = (i + 2..end).find(|&p| {
            let last = p + 1 == end || matches!(ws[p + 1].text, "w" | "we") && ws[p + 1].span.end <= m.span.end;
            last && is_acronym_like(ws[p].text) && !is_roman(ws[p].text) && !is_acronym_like(ws[p - 1].text)
        })?;
        let acr = ws[p].text;
        let cut = m.name.find(&format!(" {acr}"))?;
        let short = m.name[..cut].to_string();
        if short.split_whitespace().count() < 2 {
            return None;
        }
        let full = std::mem::replace(&mut m.name, short);
        m.aliases.push(full);
        m.span = Span::new(m.span.start, ws[p - 1].span.end);
        let known = self.by_name.get(&normalise(acr)).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
        Some(Mention { span: ws[p].span, name: acr.to_string(), kind, known, literal: known.is_some(), aliases: Vec::new() })
    }

    /// `Grupy Roboczej Klastra Mięsnego Polska Wędlina`: a named cluster in
    /// the genitive complement of another organisation's name `i..end` is
    /// reported too (the cluster the body belongs to).
    fn cluster_inside(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize, end: usize, m: &Mention) -> Option<Mention> {
        if m.kind != Kind::Org || m.literal {
            return None;
        }
        let mut p = (i + 1..end).find(|&p| ws[p].is_capitalised() && self.pl_head(&ws[p]).is_some_and(|(_, k)| k == Kind::Cluster))?;
        // (with its place adjectives: `Biura Śląskiego Klastra Wodnego`;
        // not `Akademii Dobrego Klastra`)
        let place = |f: &str| {
            self.morph.with_analyses(f, |r| {
                r.iter().any(|a| a.pos == Pos::Adjective && with_lower(&a.lemma, |l| l.ends_with("ski") || l.ends_with("cki")))
            })
        };
        while p > i + 1 && ws[p - 1].is_capitalised() && place(ws[p - 1].text) {
            p -= 1;
        }
        let (e, inner) = self.polish(text, &ws[..end], blocked, p)?;
        (e <= end && inner.kind == Kind::Cluster).then_some(inner)
    }

    /// `Zarządu Klastra Budowlanego`, `Rady Stowarzyszenia „Wiedza”`,
    /// `Komitetu Sterującego Klastra`: a governing body (`org_bodies.tsv`)
    /// of an organisation named right after it, in the genitive singular,
    /// perhaps after genitive adjectives (`Zarządu Pomorskiego Klastra`).
    /// The first word of the parent's name.
    /// Not a parent: a plural (`Rada Krajowych Klastrów Kluczowych`), a head
    /// whose body is a name (`Zarządu Województwa Śląskiego`), a body that
    /// agrees with its own adjective (`Rada Główna Instytutów Badawczych`),
    /// an organisation other than a cluster after a `cluster-body` (`Rada
    /// Federacji Przedsiębiorców Polskich`).
    fn body_parent(&self, ws: &[Word<'_>], i: usize, end: usize) -> Option<usize> {
        let (lemma, _) = self.pl_head(&ws[i])?;
        let (k, clusters_only) = if let Some(&c) = self.bodies.get(&lemma) {
            (i + 1, c)
        } else {
            let next = ws.get(i + 1).filter(|_| i + 1 < end)?;
            let two = self.morph.with_analyses(next.text, |r| {
                r.iter().find_map(|a| with_lower(&a.lemma, |l| self.bodies.get(&format!("{lemma} {l}")).copied()))
            })?;
            (i + 2, two)
        };
        // `Zarządu BSSC`: an acronym alone.
        if k + 1 == end && is_acronym_like(ws[k].text) && !is_roman(ws[k].text) && !clusters_only {
            return Some(k);
        }
        let mut q = k;
        while q < end && ws[q].is_capitalised() {
            if let Some((l, kind)) = self.pl_head(&ws[q]) {
                let genitive_sg = nominative::noun_readings(self.morph, ws[q].text, &l)
                    .iter()
                    .any(|a| a.case.contains(Case::Gen) && a.number.contains(Number::Sg));
                let parent_ok = kind == Kind::Cluster || kind == Kind::Org && !clusters_only;
                return (genitive_sg && !self.body_owners.contains(&l) && parent_ok).then_some(k);
            }
            let genitive_adjective =
                self.morph.with_analyses(ws[q].text, |r| r.iter().any(|a| a.pos == Pos::Adjective && a.case.contains(Case::Gen)));
            if !genitive_adjective {
                return None;
            }
            q += 1;
        }
        None
    }

    /// Known names and acronyms written as they are in the rules.
    fn literals_in(&self, text: &str, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found, lits: &[(usize, usize, usize)]) {
        for &(a, b, idx) in lits {
            self.claim_literal(text, ws, blocked, found, (a, b, idx));
        }
        self.inflected_known(ws, blocked, found);
        self.inflected_brands(ws, blocked, found);
    }

    /// The known names and aliases written in the sentence, as word ranges
    /// `(first, last, known entry)`.
    fn literal_words(&self, text: &str, ws: &[Word<'_>]) -> Vec<(usize, usize, usize)> {
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else { return Vec::new() };
        let (from, to) = (first.span.start, last.span.end);
        let mut out = Vec::new();
        for m in self.literal_matches(&text[from..to]) {
            let (s, e) = (from + m.start(), from + m.end());
            let Some(a) = ws.iter().position(|w| w.span.start == s) else { continue };
            let Some(b) = ws[a..].iter().position(|w| w.span.end == e).map(|p| a + p) else { continue };
            out.push((a, b, self.literal_entry[m.pattern().as_usize()]));
        }
        out
    }

    /// Reports the known name written at words `a..=b` unless a word of it
    /// is taken or a known cluster's phrase goes on; whether it did.
    fn claim_literal(
        &self,
        text: &str,
        ws: &[Word<'_>],
        blocked: &mut [bool],
        found: &mut Found,
        (a, b, idx): (usize, usize, usize),
    ) -> bool {
        if blocked[a..=b].iter().any(|x| *x) || self.known_cluster_continues(ws, blocked, a, b, idx) {
            return false;
        }
        for x in &mut blocked[a..=b] {
            *x = true;
        }
        let span = Span::new(ws[a].span.start, ws[b].span.end);
        found.mentions.push(Mention {
            span,
            name: text[span.range()].to_string(),
            kind: self.known[idx].kind,
            known: Some(idx),
            literal: true,
            aliases: Vec::new(),
        });
        true
    }

    /// A known cluster written with a cluster head (`Bydgoski Klaster
    /// Przemysłowy`) and followed by another capitalised word of the same
    /// phrase (`Bydgoski Klaster Przemysłowy Dolina Narzędziowa`) is only
    /// the start of a longer name: the head's phrase is left to find it.
    fn known_cluster_continues(&self, ws: &[Word<'_>], blocked: &[bool], a: usize, b: usize, idx: usize) -> bool {
        self.known[idx].kind == Kind::Cluster
            && ws.get(b + 1).is_some_and(|v| v.is_word() && v.space_before && v.is_capitalised() && !blocked[b + 1])
            && ws[a..=b].iter().any(|w| self.pl_head(w).is_some_and(|(_, k)| k == Kind::Cluster))
    }

    /// `Doliny Lotniczej`, `z Doliną Lotniczą`: an inflected known name
    /// whose first word is not a head (`lemma_names`): every word has the
    /// lemma of the known name's word; the name is reported in the nominative.
    fn inflected_known(&self, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found) {
        for k in 0..ws.len() {
            if let Some(hit) = self.inflected_known_at(ws, blocked, k) {
                self.claim_inflected(ws, blocked, found, k, hit);
            }
        }
    }

    /// Reports the known entry `idx` inflected over the `len` words from `k`.
    fn claim_inflected(&self, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found, k: usize, (idx, len): (usize, usize)) {
        for b in &mut blocked[k..k + len] {
            *b = true;
        }
        found.mentions.push(Mention {
            span: Span::new(ws[k].span.start, ws[k + len - 1].span.end),
            name: self.known[idx].name.clone(),
            kind: self.known[idx].kind,
            known: Some(idx),
            literal: true,
            aliases: Vec::new(),
        });
    }

    /// The known entry (`lemma_names`) inflected from word `k`, and its
    /// length in words. A word the dictionary lacks (`Insight`) is
    /// matched as written.
    fn inflected_known_at(&self, ws: &[Word<'_>], blocked: &[bool], k: usize) -> Option<(usize, usize)> {
        let w = &ws[k];
        if blocked[k] || !w.is_capitalised() || w.text.chars().count() < 3 {
            return None;
        }
        if !with_prefix3(w.text, |p| self.lemma_prefixes.contains(p)) {
            return None;
        }
        let has_lemma = |x: usize, lemmas: &[String]| {
            ws.get(x).is_some_and(|v| {
                !blocked[x]
                    && v.is_capitalised()
                    && (x == k || v.space_before)
                    && with_lower(v.text, |l| {
                        lemmas.iter().any(|m| m == l)
                            || self.morph.with_analyses(l, |r| r.iter().any(|a| with_lower(&a.lemma, |al| lemmas.iter().any(|m| m == al))))
                    })
            })
        };
        with_lower(w.text, |l| {
            self.morph.with_analyses(l, |r| {
                r.iter()
                    .filter_map(|a| with_lower(&a.lemma, |l| self.lemma_names.get(l)))
                    .flatten()
                    .find(|(_, lemmas)| {
                        lemmas.iter().enumerate().all(|(d, ls)| has_lemma(k + d, ls))
                            && !ws.get(k + lemmas.len()).is_some_and(|v| v.is_capitalised() && v.space_before)
                    })
                    .map(|(idx, lemmas)| (*idx, lemmas.len()))
            })
        })
    }

    /// `w Orlenie`, `z Siemensem`, `dla Airbusa`: a capitalised word the
    /// dictionary lacks whose guessed lemma ([`Morphology::guess_name`]) is a
    /// one-word known brand (`brands`); for a word the dictionary knows, only
    /// its proper-noun readings count (`Energii` is `energia`, not `Energa`;
    /// `Boeingiem` is `Boeing`).
    fn inflected_brands(&self, ws: &[Word<'_>], blocked: &mut [bool], found: &mut Found) {
        for (k, w) in ws.iter().enumerate() {
            if blocked[k] || !w.is_word() || !w.is_capitalised() || w.text.chars().count() < 5 {
                continue;
            }
            if !with_prefix3(w.text, |p| self.brand_prefixes.contains(p)) {
                continue;
            }
            let brand_of = |lemma: &str| (lemma != w.text).then(|| self.brands.get(&normalise(lemma)).copied()).flatten();
            // The dictionary's proper-noun readings (`Boeingiem` -> `Boeing`), else a guess.
            let hit = if self.morph.contains(w.text) {
                self.morph.with_analyses(w.text, |r| r.iter().filter(|a| a.proper).find_map(|a| brand_of(&a.lemma)))
            } else {
                self.morph.guess_name(w.text).into_iter().find_map(|a| brand_of(&a.lemma))
            };
            if let Some(idx) = hit {
                blocked[k] = true;
                found.mentions.push(Mention {
                    span: w.span,
                    name: self.known[idx].name.clone(),
                    kind: self.known[idx].kind,
                    known: Some(idx),
                    literal: true,
                    aliases: Vec::new(),
                });
            }
        }
    }

    /// What `self.literals.find_iter(hay)` gives (leftmost-longest, not
    /// overlapping), found by anchored searches at the bytes a name starts
    /// with only (capitals, mostly): no match starts anywhere else.
    fn literal_matches(&self, hay: &str) -> Vec<aho_corasick::Match> {
        let bytes = hay.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(off) = bytes.get(at..).and_then(|rest| rest.iter().position(|&b| self.literal_starts[usize::from(b)])) {
            let q = at + off;
            // A name of two bytes or more starts with a pair seen in the names
            // (at the last byte, only a one-byte name could start).
            let next = bytes.get(q + 1).copied();
            if next.is_some_and(|c| !has_pair(&self.literal_pairs, bytes[q], c)) {
                at = q + 1;
                continue;
            }
            match self.literals.try_find(Input::new(hay).range(q..).anchored(Anchored::Yes)) {
                Ok(Some(m)) => {
                    out.push(m);
                    at = m.end().max(q + 1);
                }
                Ok(None) => at = q + 1,
                // (not reached: the automaton is built for anchored searches)
                Err(_) => return self.literals.find_iter(hay).collect(),
            }
        }
        out
    }

    /// A Polish name starting at word `i`: (end, mention).
    fn polish(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let n = ws.len();
        // Words before the head: agreeing adjectives, proper words, acronyms.
        let mut j = i;
        let (head_lemma, kind) = loop {
            let w = ws.get(j)?;
            // `Polsko – Gruzińskiej Izby`: a compound adjective written with a spaced dash.
            if j > i && !blocked[j] && self.compound_dash(ws, j - 1) {
                j += 1;
                continue;
            }
            if blocked[j] || !w.is_word() || j - i > 3 {
                return None;
            }
            if !w.is_capitalised() {
                // Lower-case `klaster „Dolina Lotnicza”` / `klastrem Evoluma`.
                if j == i {
                    return self.lowercase_cluster(text, ws, blocked, i);
                }
                return None;
            }
            if let Some(h) = self.pl_head(w) {
                break h;
            }
            if w.is_acronym() || self.is_adjective(w.text) || !self.morph.contains(w.text) {
                j += 1;
                continue;
            }
            return None;
        };
        let head = j;
        // `Wiceminister Administracji i Cyfryzacji`, `ministra Funduszy i
        // Polityki Regionalnej`: the portfolio of a minister, not a body
        // (but `wiceminister Ministerstwa Rozwoju` names the ministry).
        if head == i && i > 0 && with_lower(ws[i - 1].text, |l| MINISTERS.contains(&l)) && head_lemma != "ministerstwo" {
            return None;
        }
        // `Spółki Odlewnia Metali Szopienice Sp. z o.o.`: the word `spółka`
        // before a company named with its legal form is not in the name.
        if head == i && head_lemma == "spółka" && self.company(text, ws, blocked, i + 1).is_some() {
            return None;
        }
        let head_form = if self.head_of(ws[head].text).is_some() {
            ws[head].text
        } else {
            ws[head].text.rsplit_once('-').map(|(_, l)| l).unwrap_or(ws[head].text)
        };
        let mut readings = nominative::noun_readings(self.morph, head_form, &head_lemma);
        // (`Przedsiębiorstwa Rodzinne`: a singular head agrees as a singular)
        if self.singular_heads.contains(&head_lemma) {
            readings.retain(|a| a.number.contains(Number::Sg));
        }
        let mut feats = nominative::features(&readings);
        let plural_only = !feats.number.contains(Number::Sg);
        // A plural head is a name only in the nominative (`Klastry Polskie`),
        // not as a complement (`Menedżera Klastrów Roku`).
        if plural_only && !feats.may_be_nominative() {
            return None;
        }
        // Pre-head words: keep from the first one that fits; an event noun
        // or a Roman numeral (`XXIII Forum Klastra`) is not part of the name.
        let mut parts: Vec<(usize, Part)> = Vec::new();
        for k in i..head {
            let w = ws[k].text;
            // A word glued to the next by scraping (`NTHillsKlaster`, split
            // by `split_glued_heads`) belongs to something before.
            let glued = ws[k + 1].is_word() && ws[k + 1].span.start == ws[k].span.end;
            // `Programu Operacyjnego Województwa`: an adjective agreeing
            // with the free noun before the phrase modifies that noun.
            let of_noun_before = k == i
                && kind == Kind::Org
                && i > 0
                && !blocked[i - 1]
                && !self.is_title(&ws[i - 1])
                && self.modifies_noun_before(ws, i, false);
            // `CZYM JEST KLASTER`: in a heading in capitals, common words
            // before the head are not part of a name.
            let heading_word = ws[head].is_acronym()
                && ws[k].is_acronym()
                && with_lower(w, |l| self.morph.with_analyses(l, |r| !r.is_empty() && r.iter().all(|a| !a.proper)));
            // `Powstała Grupa Kosmetyczna`: a verb opening the sentence
            // (`powstała`, also the adjective `powstały`) is not in the name.
            let opening_verb = k == 0
                && with_lower(w, |l| {
                    self.morph.with_analyses(l, |r| r.iter().any(|a| a.pos == Pos::Other) && r.iter().all(|a| a.pos != Pos::Noun))
                });
            // `Powołany Klaster obejmuje`, `Reprezentujący Uniwersytet`: a
            // participle describing the phrase (an active one, `-ący`,
            // anywhere; a passive one opening the sentence) is not in the name.
            let opening_verb = opening_verb || (k == i && self.describing_participle(w, k == 0));
            // `Aula im. Kazimierza Lepszego Uniwersytetu`: a patron's words
            // belong to the name before them.
            let patron_word = (k.saturating_sub(8)..k).any(|p| self.patron_after(ws, blocked, p).is_some_and(|e| e > k));
            let after_prefix = parts.last().is_some_and(|(p, part)| *p + 1 == k && matches!(part, Part::Prefix));
            let adja_before = |x: usize| {
                self.is_adja(ws[k].text) && ws.get(x).is_some_and(|v| nominative::agreeing_adjective(self.morph, v.text, &feats).is_some())
            };
            if after_prefix && !ws[k].is_word() {
                // the dash of `Polsko – Gruzińska`
            } else if is_roman(w) || self.is_event(w) || glued || of_noun_before || heading_word || opening_verb || patron_word {
                parts.clear();
            } else if self.compound_dash(ws, k) && adja_before(k + 2) {
                parts.push((k, Part::Prefix));
            } else if k + 1 < head && ws[k + 1].space_before && adja_before(k + 1) {
                // `Polsko Ukraińskiej Izby`: the compound written with a space, as written.
                parts.push((k, Part::Keep));
            } else if let Some(a) = nominative::agreeing_adjective(self.morph, w, &feats) {
                feats = a;
                parts.push((k, Part::Adjective));
            } else if let Some(a) = self.compound_adjective(w, &feats) {
                feats = a;
                parts.push((k, Part::Adjective));
            } else if let Some(a) = self.place_adjective(w, &feats) {
                feats = a;
                parts.push((k, Part::Adjective));
            } else if ws[k].is_acronym() || !self.morph.contains(w) {
                parts.push((k, Part::Keep));
            } else {
                parts.clear();
            }
        }
        let start = parts.first().map(|p| p.0).unwrap_or(head);
        parts.push((head, Part::Head(head_lemma.clone())));
        let mut k = head + 1;
        // Agreeing adjectives after the head.
        while k < n && ws[k].is_capitalised() && !blocked[k] && ws[k].space_before {
            if self.pl_head(&ws[k]).is_some() || self.is_title(&ws[k]) {
                break;
            }
            // `Instytutu Zrównoważonego Gospodarowania`: the participle belongs to the complement.
            if ws.get(k + 1).is_some_and(|v| v.is_capitalised() && v.space_before)
                && nominative::modifies_next_noun(self.morph, ws[k].text, ws[k + 1].text, &feats)
            {
                break;
            }
            // `Fundacji Naukowo Technicznej`: a compound adjective written
            // with a space (`naukowo` is the compound-forming `adja`).
            let adja_pair = self.is_adja(ws[k].text)
                && ws.get(k + 1).is_some_and(|v| v.is_capitalised() && v.space_before && !blocked[k + 1])
                && nominative::agreeing_adjective(self.morph, ws[k + 1].text, &feats).is_some();
            // `Izbę Przemysłowo - Handlową`: written with a spaced dash.
            let dash_pair = self.compound_dash(ws, k)
                && !blocked[k + 1]
                && !blocked[k + 2]
                && nominative::agreeing_adjective(self.morph, ws[k + 2].text, &feats).is_some();
            if dash_pair {
                if let Some(a) = nominative::agreeing_adjective(self.morph, ws[k + 2].text, &feats) {
                    feats = a;
                }
                parts.push((k, Part::Prefix));
                parts.push((k + 2, Part::Adjective));
                k += 3;
            } else if adja_pair {
                if let Some(a) = nominative::agreeing_adjective(self.morph, ws[k + 1].text, &feats) {
                    feats = a;
                }
                parts.push((k, Part::Keep));
                parts.push((k + 1, Part::Adjective));
                k += 2;
            } else if let Some(a) = nominative::agreeing_adjective(self.morph, ws[k].text, &feats) {
                feats = a;
                parts.push((k, Part::Adjective));
                k += 1;
            } else if let Some(a) = self.compound_adjective(ws[k].text, &feats) {
                feats = a;
                parts.push((k, Part::Adjective));
                k += 1;
            } else if let Some(a) = self.place_adjective(ws[k].text, &feats) {
                // `Politechniki Drezneńskiej` -> `Politechnika Drezneńska`.
                feats = a;
                parts.push((k, Part::Adjective));
                k += 1;
            } else if let Some((c, a)) = nominative::corrected_adjective(self.morph, ws[k].text, &feats) {
                feats = a;
                parts.push((k, Part::Corrected(c)));
                k += 1;
            } else {
                break;
            }
        }
        // (a compound written with a spaced dash is rebuilt with a hyphen
        // even in the nominative: `Izba Przemysłowo-Handlowa`)
        let has_prefix = parts.iter().any(|(_, p)| matches!(p, Part::Prefix));
        // `Bałtyckiego Klastra Morskiego i Kosmicznego`: a second agreeing
        // adjective joined by `i` to the one after the head, ending the phrase.
        let adjective_before = k > head + 1 && parts.last().is_some_and(|(p, part)| *p == k - 1 && matches!(part, Part::Adjective));
        if adjective_before
            && ws.get(k).is_some_and(|w| w.text == "i" && w.space_before && !blocked[k])
            && ws.get(k + 1).is_some_and(|w| w.is_capitalised() && w.space_before && !blocked[k + 1] && self.pl_head(w).is_none())
            && !ws.get(k + 2).is_some_and(|w| w.is_capitalised() && w.space_before)
        {
            if let Some(a) = nominative::agreeing_adjective(self.morph, ws[k + 1].text, &feats) {
                feats = a;
                parts.push((k, Part::Keep));
                parts.push((k + 1, Part::Adjective));
                k += 2;
            }
        }
        // Quoted name after a cluster head: `Klaster „Dolina Lotnicza”`,
        // `Krajowego Klastra Kluczowego „INTERIZON”`, `Klaster pn. „X”`.
        // (Not a quoted event title: `Klastra Lotniczego „Dni Lotnictwa”`;
        // but a bare head has no name without the quote, so there a quote
        // with an event noun is the name: `Klastra „Forum Rozwoju Regionu”`.)
        let bare_head = start == head && k == head + 1;
        if kind == Kind::Cluster && !(Self::name_connector(ws, k) == 0 && !bare_head && self.event_quote(ws, blocked, k)) {
            let c = Self::name_connector(ws, k);
            if let Some(mut r) = self.quoted(text, ws, blocked, k + c, start) {
                // A capitalised head makes the words before the quote part of
                // the name (`Klastra „Polska Natura”` -> `Klaster Polska
                // Natura`, `Zachodniopomorski Klaster „Zielona Chemia”`),
                // unless they are a status (`Krajowego Klastra Kluczowego`)
                // or `pn.` stands between.
                if c == 0 && ws[head].is_capitalised() && r.1.known.is_none() {
                    let g = Gen::of(feats.gender).unwrap_or(Gen::M);
                    let phrase = if feats.may_be_nominative() && !has_prefix {
                        text[ws[start].span.start..ws[k - 1].span.end].to_string()
                    } else {
                        let words: Vec<(&str, Part)> =
                            parts.iter().filter(|(p, _)| *p >= start).map(|(p, part)| (ws[*p].text, part.clone())).collect();
                        nominative::render(&words, g, None)
                    };
                    if !self.is_status(&phrase) {
                        let inner = std::mem::take(&mut r.1.name);
                        // The quotes stay, as written (`Klaster „Polska Natura”`).
                        let quoted = &text[ws[k + c].span.start..r.1.span.end];
                        r.1.name = format!("{phrase} {quoted}");
                        r.1.aliases.push(format!("{phrase} {inner}"));
                        r.1.aliases.insert(0, inner);
                    }
                }
                return Some(r);
            }
        }
        let tail_start = k;
        let mut end = k;
        let mut ds = false;
        let mut glued_dashes: Vec<usize> = Vec::new();
        let proper = |v: &Word<'_>| {
            v.is_capitalised()
                || v.is_acronym()
                || (v.is_word() && v.text.chars().skip(1).any(char::is_uppercase) && !self.morph.contains(v.text))
        };
        while end < n {
            let w = &ws[end];
            // `Centrum Badań i Rozwoju Sp. z o.o.`: a legal form ends the name.
            if blocked[end] || self.is_title(w) || (end > tail_start || end > head + 1) && self.legal_form_at(ws, end).is_some() {
                break;
            }
            let next_ok = |x: usize| {
                ws.get(x).is_some_and(|v| {
                    (v.is_capitalised() || v.is_acronym()) && !blocked[x] && self.pl_head(v).is_none() && !self.is_title(v)
                })
            };
            if proper(w) && w.space_before {
                // The complement opens in the genitive or nominative.
                if end == tail_start && tail_start == head + 1 && self.case_breaks(w.text) {
                    break;
                }
                // `Parku Naukowo-Technologicznym Pomorskiej Specjalnej
                // Strefy`: adjectives and another head start another name.
                if self.adjectives_then_head(ws, end, end > tail_start) {
                    break;
                }
                end += 1;
            } else if w.text == "i"
                && (next_ok(end + 1)
                    // `Spraw Wewnętrznych i Administracji`: a head word alone
                    // (no capitalised word after it) is a complement, not
                    // another name.
                    || ws.get(end + 1).is_some_and(|v| v.is_capitalised() && !blocked[end + 1] && self.pl_head(v).is_some())
                        && !ws.get(end + 2).is_some_and(|v| (v.is_capitalised() || v.is_acronym()) && v.space_before))
            {
                // `Związku Pracodawców Klastry Polskie i European Clusters
                // Alliance`: an English name after `i` is another organisation.
                if self.english(text, ws, blocked, end + 1).is_some() {
                    break;
                }
                // `Teatr NN i Wschodni Klaster ICT`: another head after `i`
                // (within its first words) starts another name.
                // (`i Polsko – Ukraiński Klub`: the dash counts as a word)
                if ws[end + 1..].iter().take(4).any(|v| v.is_capitalised() && self.pl_head(v).is_some())
                    && self.polish(text, ws, blocked, end + 1).is_some()
                {
                    break;
                }
                end += 2;
            } else if matches!(w.text, "–" | "-" | "—")
                && w.space_before
                && end > tail_start
                && next_ok(end + 1)
                && ws[end + 1].space_before
                && !ws.get(end + 2).is_some_and(|v| v.is_capitalised() && v.space_before)
                && self.nominative_noun(ws[end - 1].text)
                && self.nominative_noun(ws[end + 1].text)
            {
                // `Parku Naukowo-Technologicznym Polska – Wschód`: a name in
                // the nominative of two parts joined by a spaced dash.
                end += 2;
            } else if matches!(w.text, "-" | "–")
                && end > tail_start
                && ws[end - 1].is_capitalised()
                && w.space_before != ws.get(end + 1).is_some_and(|v| v.space_before)
                && next_ok(end + 1)
                && proper(&ws[end + 1])
                && !self.is_adjective(ws[end + 1].text)
                && !ws[end + 2..].iter().take(3).any(|v| v.is_capitalised() && self.pl_head(v).is_some())
            {
                // `Klastra Energetycznego Malbork- Żuławy`: a hyphenated
                // place written with a space on one side of the hyphen, one
                // name (`Malbork-Żuławy`); not another name after a dash
                // (`Klaster Technologii -Krajowy Klaster Kluczowy`).
                glued_dashes.push(end);
                end += 2;
            } else if w.text == "dla" && next_ok(end + 1) && end > tail_start {
                end += 2;
            } else if w.text == "nad" && next_ok(end + 1) && end > tail_start {
                // `Instytutu Badań nad Gospodarką Rynkową`: a complement of
                // the noun before (`badania nad`), in the instrumental.
                end += 2;
            } else if matches!(w.text, "z" | "ze") && next_ok(end + 1) && end > tail_start && self.takes_with(ws[end - 1].text) {
                // `Departamentu Współpracy z Zagranicą`: the complement of
                // a noun of cooperation (`with-noun`), in the instrumental.
                end += 2;
            } else if w.text == "na" && ws.get(end + 1).is_some_and(|v| v.text == "rzecz") && next_ok(end + 2) {
                // `Fundacji na rzecz Nauki Polskiej`.
                end += 3;
            } else if w.text == "ds" && w.space_before && next_ok(end + 1) && ws[end + 1].space_before {
                // `ds Polityki Klastrowej`: the abbreviation without its full stop.
                ds = true;
                end += 2;
            } else if (w.text == "ds" && ws.get(end + 1).is_some_and(|v| v.is_punct("."))
                || w.text == "do" && ws.get(end + 1).is_some_and(|v| v.text == "spraw"))
                && next_ok(end + 2)
            {
                // `ds. Rynku`, `do spraw Rynku`.
                ds = true;
                end += 3;
            } else if w.is_punct(",") && next_ok(end + 1) && (ds || self.closed_list(ws, blocked, end)) {
                end += 2;
            } else {
                break;
            }
        }
        let words_count = (head - start) + 1 + (end - head - 1);
        // `Fundacji „Wspólna Sprawa”`: a lone head with a quoted name.
        // (Not a quoted cluster: `Stowarzyszenia „Mazurski Klaster Wodny”`.)
        let quoted_next = kind == Kind::Org
            && self.quote_at(ws, blocked, end).is_some_and(|(close, ())| {
                !ws[end + 1..close].iter().any(|w| w.is_capitalised() && self.pl_head(w).is_some_and(|(_, k)| k == Kind::Cluster))
            });
        if words_count < 2 && !quoted_next && (kind == Kind::Skip || self.patron_after(ws, blocked, end).is_none()) {
            return None;
        }
        let g = Gen::of(feats.gender).unwrap_or(Gen::M);
        let render = |end: usize| {
            let tail = (end > tail_start).then(|| &text[ws[tail_start].span.start..ws[end - 1].span.end]);
            if feats.may_be_nominative() && !has_prefix {
                text[ws[start].span.start..ws[end - 1].span.end].to_string()
            } else {
                let words: Vec<(&str, Part)> =
                    parts.iter().filter(|(p, _)| *p >= start).map(|(p, part)| (ws[*p].text, part.clone())).collect();
                nominative::render(&words, g, tail)
            }
        };
        let mut name = render(end);
        for &d in &glued_dashes {
            if d < end {
                let written = &text[ws[d - 1].span.start..ws[d + 1].span.end];
                let joined = format!("{}-{}", ws[d - 1].text, ws[d + 1].text);
                name = name.replacen(written, &joined, 1);
            }
        }
        // `komisarz Unii Europejskiej ds. Rynku`: a known name, and a
        // complement that belongs to the words before it.
        if end > tail_start && tail_start > head + 1 && !with_normalised(&name, |k| self.by_name.contains_key(k)) {
            let short = render(tail_start);
            // (A known cluster keeps its subtitle: `Bydgoski Klaster
            // Przemysłowy Dolina Narzędziowa`.)
            if self.by_name.get(&normalise(&short)).is_some_and(|&k| self.known[k].kind != Kind::Cluster) {
                name = short;
                end = tail_start;
            }
        }
        // `Uniwersytetu im. Adama Mickiewicza`: the patron after `im.` is
        // part of the name, as written (in the genitive).
        if kind != Kind::Skip {
            if let Some(e) = self.patron_after(ws, blocked, end) {
                name.push(' ');
                name.push_str(&text[ws[end].span.start..ws[e - 1].span.end]);
                end = e;
            }
        }
        let mut quote_aliases = Vec::new();
        // `Uniwersytetu Ekonomicznego we Wrocławiu`, `Ambasady RP w Pekinie`:
        // the seat of an institution, a place in the locative, is part of its name.
        if kind == Kind::Org {
            // `Zespołu Konferencyjno-Rekreacyjnego „Gościnne Wzgórza”`: a
            // quoted name right after the phrase belongs to it.
            if let Some((close, _)) = self.quote_at(ws, blocked, end) {
                let inner = &text[ws[end + 1].span.start..ws[close - 1].span.end];
                quote_aliases = vec![inner.to_string(), format!("{name} {inner}")];
                name.push(' ');
                name.push_str(&text[ws[end].span.start..ws[close].span.end]);
                end = close + 1;
            }
            // `Przemysłu S.A.`: the full stop of a company form ending the sentence.
            let last = ws[end - 1].text;
            let initials = last.contains('.') && last.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
            let split_initial = last.chars().count() == 1 && ws[end - 1].is_capitalised() && end >= 2 && ws[end - 2].is_punct(".");
            if ws.get(end).is_some_and(|w| w.is_punct(".") && !w.space_before) && (initials || split_initial) {
                name.push('.');
                end += 1;
            }
            // (`Instytutu Gospodarowania Energią Uniwersytetu Ekonomicznego we
            // Wrocławiu`: the seat of a parent named in the complement stays.)
            let own_seat = !self.no_seat.contains(&head_lemma)
                && (!self.parent_seat.contains(&head_lemma)
                    || (head + 1..end).any(|x| {
                        self.pl_head(&ws[x]).is_some_and(|(l, _)| !self.no_seat.contains(&l) && !self.parent_seat.contains(&l))
                    }));
            if let Some(e) = self.seat_after(ws, blocked, end).filter(|_| own_seat) {
                name.push(' ');
                name.push_str(&text[ws[end].span.start..ws[e - 1].span.end]);
                end = e;
            }
        }
        // The legal form of a company after its name belongs to it; the name
        // without it may be a known one (`Agencja Rozwoju Przemysłu S.A.`).
        let mut bare_name: Option<String> = None;
        // (`Kędzierzyński Park Przemysłowy Sp. z o.o.`: adjectives after the
        // head end the phrase as a complement does.)
        if end > tail_start || end > head + 1 {
            if let Some(e) = self.legal_form_at(ws, end).filter(|&e| !blocked[end..e].iter().any(|b| *b)) {
                bare_name = Some(name.clone());
                name.push(' ');
                name.push_str(&text[ws[end].span.start..ws[e - 1].span.end]);
                end = e;
            }
        }
        // Plural `Klastry Polskie`: an association of clusters, not a cluster.
        // (`Klastry Energii`: a category in the plural, not a body.)
        // (the name's key, made once: the checks below ask it several times)
        let mut key = normalise(&name);
        let mut kind = match kind {
            Kind::Cluster if plural_only && self.generic_cluster_key(&key) => Kind::Skip,
            Kind::Cluster if plural_only => Kind::Org,
            k => k,
        };
        if kind == Kind::Cluster {
            let c = Self::name_connector(ws, end);
            // `Klastra Lotniczego „Dni Lotnictwa”`: a quoted event title right
            // after the name is the cluster's event, not part of its name.
            if c == 0 && self.event_quote(ws, blocked, end) {
                // the name ends before the quote
            } else if c > 0 || self.generic_cluster_key(&key) {
                // `Klastra Energii pn. „Zielona Energia”`: the quoted name;
                // `Klastra Energii „Kraina Jeziorki”`: the words before it too.
                if let Some(mut r) = self.quoted(text, ws, blocked, end + c, start) {
                    if c == 0 && ws[head].is_capitalised() && r.1.known.is_none() && !self.is_status(&name) {
                        let inner = std::mem::take(&mut r.1.name);
                        let quoted = &text[ws[end + c].span.start..r.1.span.end];
                        r.1.name = format!("{name} {quoted}");
                        r.1.aliases.push(format!("{name} {inner}"));
                        r.1.aliases.insert(0, inner);
                    }
                    return Some(r);
                }
                // `Klastra Energii – Energetyczne Powiśle`.
                if c == 0 && self.generic_cluster_key(&key) {
                    if let Some(r) = self.dash_apposition(text, ws, blocked, end, start, &name) {
                        return Some(r);
                    }
                }
            } else if let Some((close, _)) = self.quote_at(ws, blocked, end) {
                // `Klaster energyRegion „Michałowo”`: the quote continues the name.
                name.push(' ');
                name.push_str(&text[ws[end].span.start..ws[close].span.end]);
                end = close + 1;
                key = normalise(&name);
            }
            // A category (`Klaster Energii`), or an event (`Klaster Kongresów`).
            if self.generic_cluster_key(&key) || ws.get(tail_start).is_some_and(|w| tail_start < end && self.is_event(w.text)) {
                kind = Kind::Skip;
            }
        }
        if kind == Kind::Org && self.org_generic.contains(&key) {
            kind = Kind::Skip;
        }
        // `Strefa Twoich Możliwości`: a slogan speaks to the reader; a name
        // has no possessive pronoun.
        if kind != Kind::Skip && key.split(' ').any(is_possessive) {
            kind = Kind::Skip;
        }
        let known = self.by_name.get(&key).or_else(|| bare_name.and_then(|b| self.by_name.get(&normalise(&b)))).copied();
        let kind = known.map(|k| self.known[k].kind).unwrap_or(kind);
        let span = Span::new(ws[start].span.start, ws[end - 1].span.end);
        Some((end, Mention { span, name, kind, known, literal: false, aliases: quote_aliases }))
    }

    /// `im. Adama Mickiewicza`, `im. E. Kwiatkowskiego`, `imienia Jana
    /// Pawła II` at word `k`: `im.` (or `imienia`) and one to four
    /// capitalised words, initials or a Roman numeral, at least one a full
    /// word. The end of the patron.
    fn patron_after(&self, ws: &[Word<'_>], blocked: &[bool], k: usize) -> Option<usize> {
        let w = ws.get(k)?;
        if !w.space_before || blocked[k] {
            return None;
        }
        let x = super::patron_start(ws, k)?;
        let (x, full) = super::patron_words(ws, x, |y| blocked[y] || self.is_title(&ws[y]));
        full.then_some(x)
    }

    /// `w Pekinie`, `we Wrocławiu`, `w Zielonej Górze` at word `k`: a
    /// preposition and one or two capitalised words, the last a proper noun
    /// the dictionary knows in the locative (a place), not followed by
    /// another capitalised word. The end of the phrase.
    fn seat_after(&self, ws: &[Word<'_>], blocked: &[bool], k: usize) -> Option<usize> {
        let w = ws.get(k)?;
        if !matches!(w.text, "w" | "we") || !w.space_before {
            return None;
        }
        let place = |x: usize| {
            ws.get(x).is_some_and(|v| {
                v.is_capitalised()
                    && v.space_before
                    && !blocked[x]
                    && self.morph.with_analyses(v.text, |r| r.iter().any(|a| a.proper && a.pos == Pos::Noun && a.case.contains(Case::Loc)))
            })
        };
        let capital_at = |x: usize| ws.get(x).is_some_and(|v| v.is_capitalised() && v.space_before);
        let e = if place(k + 1) && !capital_at(k + 2) {
            k + 2
        } else if capital_at(k + 1) && self.is_adjective(ws[k + 1].text) && place(k + 2) && !capital_at(k + 3) {
            k + 3
        } else {
            return None;
        };
        // `we Frankfurcie nad Odrą`, `w Nowym Mieście nad Pilicą`, `w
        // Kamieniu Pomorskim`: the river or mountain complement of the town.
        if ws.get(e).is_some_and(|v| matches!(v.text, "nad" | "pod") && v.space_before) && capital_at(e + 1) && !capital_at(e + 2) {
            return Some(e + 2);
        }
        Some(e)
    }

    /// The lemma of word `i` when it is a common noun (no proper reading,
    /// not a head: the head's phrase inflects itself) that can be a
    /// genitive singular, followed by a capitalised word (`Uzdrowiska
    /// Rymanów`, `Pracowni Tortów`).
    fn genitive_common_noun(&self, ws: &[Word<'_>], i: usize) -> Option<String> {
        let w = ws.get(i)?;
        if !w.is_capitalised()
            || w.is_acronym()
            || self.pl_head(w).is_some()
            || !ws.get(i + 1).is_some_and(|v| v.is_capitalised() || v.is_acronym())
        {
            return None;
        }
        with_lower(w.text, |l| {
            self.morph.with_analyses(l, |r| {
                if r.is_empty() || r.iter().any(|a| a.proper || a.pos != Pos::Noun) {
                    return None;
                }
                r.iter().find(|a| a.case.contains(Case::Gen) && a.number.contains(Number::Sg)).map(|a| a.lemma.to_string())
            })
        })
    }

    /// Whether a known name as written is in the nominative: its first word
    /// can be one, or the dictionary does not know it (`Next Bike`).
    fn written_nominative(&self, name: &str) -> bool {
        let Some(first) = name.split_whitespace().next() else { return false };
        is_acronym_like(first)
            || with_lower(first, |l| {
                self.morph.with_analyses(l, |r| r.is_empty() || r.iter().any(|a| a.case.is_empty() || a.case.contains(Case::Nom)))
            })
    }

    /// Whether `form` is a noun whose complement is `z` + the instrumental
    /// (`with-noun` in `org_words.tsv`: `Współpracy`).
    fn takes_with(&self, form: &str) -> bool {
        with_lower(form, |l| {
            self.morph.with_analyses(l, |r| r.iter().any(|a| a.pos == Pos::Noun && self.words.with_nouns.iter().any(|n| *n == a.lemma)))
        })
    }

    /// `Przemysłowo - Handlowa`, `Naukowo – Technologicznego`, `Polsko
    /// -Gruzińska` at word `k`: the first part of a compound adjective
    /// (`adja`), a dash with a space on at least one side, and a
    /// capitalised word.
    fn compound_dash(&self, ws: &[Word<'_>], k: usize) -> bool {
        let (Some(a), Some(d), Some(b)) = (ws.get(k), ws.get(k + 1), ws.get(k + 2)) else { return false };
        matches!(d.text, "–" | "-" | "—")
            && (d.space_before || b.space_before)
            && a.is_capitalised()
            && b.is_capitalised()
            && self.is_adja(a.text)
    }

    /// Whether `form` is the first part of a compound adjective (`adja`:
    /// `naukowo`, `polsko`), with no case.
    fn is_adja(&self, form: &str) -> bool {
        form.ends_with('o')
            && with_lower(form, |l| self.morph.with_analyses(l, |r| r.iter().any(|a| a.pos == Pos::Adjective && a.case.is_empty())))
    }

    /// Whether `form` can be a participle (`powołany` is also a noun, the
    /// participle used as one): an active one (`reprezentujący`), or a passive one
    /// (`powołany`) when `passive_ok` (the word opens the sentence).
    fn describing_participle(&self, form: &str, passive_ok: bool) -> bool {
        with_lower(form, |l| {
            (passive_ok || l.contains("ąc")) && self.morph.with_analyses(l, |r| r.iter().any(|a| a.pos == Pos::Participle))
        })
    }

    /// Whether `form` can be a noun in the nominative (`Polska`, `Wschód`).
    fn nominative_noun(&self, form: &str) -> bool {
        self.morph.with_analyses(form, |r| r.iter().any(|a| a.pos == Pos::Noun && a.case.contains(Case::Nom)))
    }

    fn is_title(&self, w: &Word<'_>) -> bool {
        w.is_word() && w.text.chars().count() > 1 && with_lower(w.text, |l| self.titles.contains(l))
    }

    /// Whether capitalised adjectives at `k` are followed by an
    /// organisation head noun (not a cluster word: `Akademii Dobrego Klastra`).
    /// `in_complement`: the word before `k` is in the complement, not the
    /// phrase's own head (whose agreeing adjectives were taken already).
    fn adjectives_then_head(&self, ws: &[Word<'_>], k: usize, in_complement: bool) -> bool {
        let mut m = k;
        while m < ws.len() && m - k < 3 && ws[m].is_capitalised() && self.pl_head(&ws[m]).is_none() && self.is_adjective(ws[m].text) {
            m += 1;
        }
        // A nominative is an apposition (`Stowarzyszenie Wschodni Sojusz`).
        let nominative = self.morph.with_analyses(ws[k].text, |r| r.iter().any(|a| a.case.contains(crate::morph::Case::Nom)));
        if m == k || nominative || in_complement && self.modifies_noun_before(ws, k, true) {
            return false;
        }
        let Some(w) = ws.get(m).filter(|w| w.is_capitalised()) else { return false };
        let Some((lemma, Kind::Org)) = self.pl_head(w) else { return false };
        // The adjectives must agree with that head (`Obszarów Wiejskich
        // Urzędu`: `Wiejskich` is plural, `Urzędu` singular).
        let feats = nominative::features(&nominative::noun_readings(self.morph, w.text, &lemma));
        nominative::agreeing_adjective(self.morph, ws[m - 1].text, &feats).is_some()
    }

    /// Whether the capitalised adjective at `k` agrees with the capitalised
    /// noun right before it (`Społeczeństwa Informacyjnego Urzędu`,
    /// `Programu Operacyjnego Województwa`, `Rozwoju Gospodarczego Urzędu`):
    /// a Polish relational adjective follows the noun it modifies, so it
    /// belongs to that noun, not to the head after it. The noun must have no
    /// adjective reading itself (not `Naukowo-Technologicznym Pomorskiej`).
    fn modifies_noun_before(&self, ws: &[Word<'_>], k: usize, in_complement: bool) -> bool {
        let (Some(prev), Some(w)) = (k.checked_sub(1).and_then(|p| ws.get(p)), ws.get(k)) else { return false };
        if !prev.is_capitalised() || !w.space_before || self.pl_head(prev).is_some_and(|(_, kind)| kind == Kind::Cluster) {
            return false;
        }
        let readings = self.morph.analyse(prev.text);
        // After a head noun inside a complement any positive adjective
        // (`Urzędu Marszałkowskiego Województwa`), else a relational one.
        let after_head = in_complement && self.pl_head(prev).is_some();
        if readings.is_empty() || readings.iter().any(|a| a.pos != Pos::Noun || a.proper) || !self.relational_adjective(w.text, after_head)
        {
            return false;
        }
        readings
            .iter()
            .any(|n| nominative::agreeing_adjective(self.morph, w.text, &nominative::features(std::slice::from_ref(n))).is_some())
    }

    /// A relational adjective, one that follows its noun (`Informacyjnego`,
    /// `Operacyjnego`, `Społecznej`): in the positive degree (the form starts
    /// with its lemma's stem; not `Wyższej` from `wysoki`), and not of a
    /// place (`-ski`, `-cki`, `-dzki`: `Polskiej Akademii`, `Śląskiego
    /// Urzędu` come before their noun) unless `place_ok`.
    fn relational_adjective(&self, form: &str, place_ok: bool) -> bool {
        let lower = form.to_lowercase();
        self.morph.with_analyses(form, |r| {
            r.iter().any(|a| {
                let l = a.lemma.to_lowercase();
                let stem = l.trim_end_matches(['y', 'i']);
                a.pos == Pos::Adjective
                    && (place_ok || !l.ends_with("ski") && !l.ends_with("cki"))
                    && stem.chars().count() >= 3
                    && lower.starts_with(stem)
            })
        })
    }

    /// At a comma in a name: whether a list of capitalised words follows and
    /// closes with `i` + a capitalised word (`Park Technologii, Innowacji i
    /// Rozwoju`, `Ministerstwo Pracy, Spraw Socjalnych i Rodziny`).
    fn closed_list(&self, ws: &[Word<'_>], blocked: &[bool], comma: usize) -> bool {
        let mut x = comma + 1;
        let ok = |x: usize| ws.get(x).is_some_and(|v| v.is_capitalised() && !blocked[x] && self.pl_head(v).is_none());
        for _ in 0..6 {
            if !ok(x) {
                return false;
            }
            // An item may be a noun with its adjectives (`Prac Publicznych`).
            while ok(x + 1) && ws[x + 1].space_before && self.is_adjective(ws[x + 1].text) {
                x += 1;
            }
            match ws.get(x + 1).map(|w| w.text) {
                Some(",") => x += 2,
                Some("i") => return ok(x + 2),
                _ => return false,
            }
        }
        false
    }

    /// A quoted stretch opening at `k`: the closing quote's index.
    fn quote_at(&self, ws: &[Word<'_>], blocked: &[bool], k: usize) -> Option<(usize, ())> {
        let open = ws.get(k)?;
        if open.kind != TokenKind::Punct || !self.words.is_quote_open(open.text) {
            return None;
        }
        let close = (k + 1..ws.len().min(k + 10)).find(|&x| ws[x].kind == TokenKind::Punct && self.words.is_quote_close(ws[x].text))?;
        if close == k + 1 || blocked[k + 1..close].iter().any(|b| *b) || !ws[k + 1].is_capitalised() && !ws[k + 1].is_acronym() {
            return None;
        }
        Some((close, ()))
    }

    /// `klastra energii – Energetyczne Powiśle`: after a category (`klaster
    /// energii`, `Klaster Energii`) a spaced dash and one to four
    /// capitalised words, the first one a possible nominative: the
    /// cluster's own name in apposition, reported as written, with the
    /// category and the name as an alias (`Klaster Energii Energetyczne
    /// Powiśle`). `k` is the dash, `start` the first word of the category.
    fn dash_apposition(
        &self,
        text: &str,
        ws: &[Word<'_>],
        blocked: &[bool],
        k: usize,
        start: usize,
        category: &str,
    ) -> Option<(usize, Mention)> {
        let d = ws.get(k)?;
        if !matches!(d.text, "–" | "-" | "—") || !d.space_before || blocked[k] {
            return None;
        }
        let cap = |x: usize| ws.get(x).is_some_and(|v| !blocked[x] && v.space_before && v.is_word() && v.is_capitalised());
        if !cap(k + 1) || self.pl_head(&ws[k + 1]).is_some() {
            return None;
        }
        let nominative = self.morph.with_analyses(ws[k + 1].text, |r| r.is_empty() || r.iter().any(|a| a.case.contains(Case::Nom)));
        if !nominative {
            return None;
        }
        let mut e = k + 1;
        while e - k < 4 && cap(e + 1) {
            e += 1;
        }
        // A photo caption glues a number to a word (`Powiśle2 DSC 0906`).
        if (k + 1..=e + 1).any(|x| ws.get(x).is_some_and(|v| v.text.chars().any(|c| c.is_ascii_digit()))) {
            return None;
        }
        let name = text[ws[k + 1].span.start..ws[e].span.end].to_string();
        let alias = format!("{category} {name}");
        let known = self.by_name.get(&normalise(&name)).or_else(|| self.by_name.get(&normalise(&alias))).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        let span = Span::new(ws[start].span.start, ws[e].span.end);
        Some((e + 1, Mention { span, name, kind, known, literal: false, aliases: vec![alias] }))
    }

    /// `klaster „Dolina Lotnicza”`: the quoted name, from the quote at `k`.
    fn quoted(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], k: usize, start: usize) -> Option<(usize, Mention)> {
        let (close, ()) = self.quote_at(ws, blocked, k)?;
        let inner = &text[ws[k + 1].span.start..ws[close - 1].span.end];
        let known = self.by_name.get(&normalise(inner)).copied();
        let span = Span::new(ws[start].span.start, ws[close].span.end);
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        Some((close + 1, Mention { span, name: inner.to_string(), kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `klaster MedSilesia – Śląska Sieć Wyrobów Medycznych`, `Klaster
    /// MedSilesia`: after a cluster head `i` (lemma `lemma`), one CamelCase
    /// brand the dictionary lacks (no hyphen), perhaps with a subtitle in
    /// the nominative after a spaced dash.
    fn brand_cluster(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize, lemma: &str) -> Option<(usize, Mention)> {
        let b = ws.get(i + 1).filter(|b| {
            !blocked[i + 1]
                && b.space_before
                && b.is_capitalised()
                && !b.text.contains('-')
                && b.text.chars().any(char::is_lowercase)
                && b.text.chars().skip(1).any(char::is_uppercase)
                && !self.morph.contains(b.text)
        })?;
        let short = format!("{} {}", nominative::with_case_of("K", lemma), b.text);
        let dash = ws.get(i + 2).is_some_and(|d| matches!(d.text, "–" | "-" | "—") && d.space_before);
        if dash {
            if let Some((e, sub)) = self.polish(text, ws, blocked, i + 3) {
                let written = &text[ws[i + 3].span.start..ws[e - 1].span.end];
                if sub.name == written && sub.kind != Kind::Skip {
                    let name = text[ws[i + 1].span.start..ws[e - 1].span.end].to_string();
                    let span = Span::new(ws[i].span.start, ws[e - 1].span.end);
                    let aliases = vec![short, b.text.to_string(), sub.name];
                    let known = std::iter::once(&name).chain(&aliases).find_map(|n| self.by_name.get(&normalise(n)).copied());
                    return Some((e, Mention { span, name, kind: Kind::Cluster, known, literal: false, aliases }));
                }
            }
        }
        let known = self.by_name.get(&normalise(&short)).or_else(|| self.by_name.get(&normalise(b.text))).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        let span = Span::new(ws[i].span.start, b.span.end);
        Some((i + 2, Mention { span, name: short, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// A name from word `i` with a cluster-like head (`Wschodni Sojusz
    /// Motoryzacyjny`, `Polska Grupa Motoryzacyjna`), written in the
    /// nominative, not a known organisation: the cluster it names, when the
    /// text calls it one (checked by the caller).
    fn cluster_like_apposition(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let w = ws.get(i)?;
        if blocked[i] || !w.is_capitalised() || !w.space_before {
            return None;
        }
        let head = (i..ws.len().min(i + 3)).find_map(|k| self.pl_head(&ws[k]))?;
        if !self.cluster_like.contains(&head.0) {
            return None;
        }
        let (end, mut m) = self.polish(text, ws, blocked, i)?;
        // (a known organisation keeps its kind: `Grupa Azoty` is a company)
        if m.kind != Kind::Org || m.known.is_some() || m.name != text[m.span.range()] {
            return None;
        }
        m.kind = Kind::Cluster;
        Some((end, m))
    }

    /// Whether the name `m` read at words `i..end` has a cluster-like head,
    /// is written in the nominative, and is followed by a lower-case
    /// `klaster` in apposition (`, klaster`, `– klaster`, `to klaster`,
    /// `(klaster`), singular.
    fn called_cluster(&self, text: &str, ws: &[Word<'_>], i: usize, end: usize, m: &Mention) -> bool {
        let Some(head) = (i..end.min(i + 3)).find_map(|k| self.pl_head(&ws[k])) else { return false };
        if !self.cluster_like.contains(&head.0) || m.known.is_some() || m.name != text[m.span.range()] {
            return false;
        }
        let mut k = end;
        if ws.get(k).is_some_and(|w| matches!(w.text, "," | "–" | "-" | "—" | "(" | "to" | "jest")) {
            k += 1;
        }
        ws.get(k).filter(|_| k > end).is_some_and(|w| {
            w.is_word()
                && w.text.chars().next().is_some_and(char::is_lowercase)
                && lower_is_one_of(w.text, &["klaster", "klastrem", "klastra", "cluster"])
        })
    }

    /// A lower-case cluster head followed by a quoted name or by proper words
    /// the dictionary lacks (`z klastrem Evoluma` -> `Klaster Evoluma`).
    fn lowercase_cluster(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let (lemma, kind) = self.pl_head(&ws[i])?;
        if kind != Kind::Cluster {
            return None;
        }
        if let Some(r) = self.quoted(text, ws, blocked, i + 1, i) {
            return Some(r);
        }
        // `klaster Energii pn. „Zielona Energia Michałowo”`.
        let mut c = i + 1;
        while c < ws.len() && c - i <= 3 && ws[c].is_word() && !blocked[c] && Self::name_connector(ws, c) == 0 {
            c += 1;
        }
        let conn = Self::name_connector(ws, c);
        if conn > 0 {
            if let Some(r) = self.quoted(text, ws, blocked, c + conn, i) {
                return Some(r);
            }
        }
        // `klastra energii – Energetyczne Powiśle`.
        if c > i + 1 && conn == 0 {
            let category = text[ws[i].span.start..ws[c - 1].span.end].to_string();
            let category = format!("{}{}", nominative::with_case_of("k", &lemma), &category[ws[i].text.len()..]);
            if self.generic_cluster(&category) {
                if let Some(r) = self.dash_apposition(text, ws, blocked, c, i, &category) {
                    return Some(r);
                }
            }
        }
        if let Some(r) = self.brand_cluster(text, ws, blocked, i, &lemma) {
            return Some(r);
        }
        // `klastra Wschodni Sojusz Motoryzacyjny`: a name in the nominative
        // with a cluster-like head (`org_heads.tsv`) is the cluster's own.
        if let Some(r) = self.cluster_like_apposition(text, ws, blocked, i + 1) {
            return Some(r);
        }
        // `klastra Dolina Lotnicza Podkarpacia`: an apposition in the
        // nominative, a capitalised noun and one to three more capitalised
        // words, is the cluster's own name, reported as written.
        let cap =
            |x: usize| ws.get(x).is_some_and(|v| !blocked[x] && v.space_before && v.is_word() && v.is_capitalised() && !v.is_acronym());
        // (not a genitive complement: `klastrów Europy Środkowej`)
        let nominative_only = |f: &str| {
            self.morph.with_analyses(f, |r| {
                r.iter().any(|a| a.pos == Pos::Noun && a.case.contains(Case::Nom)) && !r.iter().any(|a| a.case.contains(Case::Gen))
            })
        };
        if cap(i + 1) && self.pl_head(&ws[i + 1]).is_none() && nominative_only(ws[i + 1].text) && cap(i + 2) {
            let mut e = i + 2;
            while e - i <= 3 && cap(e + 1) {
                e += 1;
            }
            let name = text[ws[i + 1].span.start..ws[e].span.end].to_string();
            let alias = format!("{} {}", nominative::with_case_of("K", &lemma), name);
            let known = self.by_name.get(&normalise(&name)).or_else(|| self.by_name.get(&normalise(&alias))).copied();
            let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
            let span = Span::new(ws[i].span.start, ws[e].span.end);
            return Some((e + 1, Mention { span, name, kind, known, literal: false, aliases: vec![alias] }));
        }
        // `klastra energetycznego Malbork-Żuławy`: one or two lower-case
        // adjectives agreeing with the head, then a proper name that can be
        // a nominative (an apposition, not a genitive `klastra energii
        // Gminy Kowal`): the cluster's name, its words capitalised.
        if let Some(r) = self.lowercase_adjective_cluster(ws, blocked, i, &lemma) {
            return Some(r);
        }
        // Only acronyms: `klastra INTERIZON`, not `klastrem Gold-Label`.
        let mut end = i + 1;
        while end < ws.len() && !blocked[end] && ws[end].space_before && ws[end].is_acronym() && !ws[end].text.contains('-') {
            end += 1;
        }
        if end == i + 1 {
            return None;
        }
        let tail = &text[ws[i + 1].span.start..ws[end - 1].span.end];
        let name = format!("{} {}", nominative::with_case_of("K", &lemma), tail);
        let known = self.by_name.get(&normalise(&name)).or_else(|| self.by_name.get(&normalise(tail))).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        let span = Span::new(ws[i].span.start, ws[end - 1].span.end);
        Some((end, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// See [`OrgFinder::lowercase_cluster`]: `klastra energetycznego
    /// Malbork-Żuławy` -> `Klaster Energetyczny Malbork-Żuławy`.
    fn lowercase_adjective_cluster(&self, ws: &[Word<'_>], blocked: &[bool], i: usize, lemma: &str) -> Option<(usize, Mention)> {
        let readings = nominative::noun_readings(self.morph, ws[i].text, lemma);
        let mut feats = nominative::features(&readings);
        if !feats.number.contains(Number::Sg) {
            return None;
        }
        let mut c = i + 1;
        let mut adjectives = Vec::new();
        while c < ws.len() && c - i <= 2 && !blocked[c] && ws[c].is_word() && ws[c].space_before && starts_lowercase(ws[c].text) {
            // (not a pronoun: `klastra naszego`, `klastrem tym`)
            if with_lower(ws[c].text, |l| self.morph.with_analyses(l, |r| r.iter().any(|a| a.pos == Pos::Other))) {
                return None;
            }
            let a = nominative::agreeing_adjective(self.morph, ws[c].text, &feats)?;
            feats = a;
            adjectives.push(c);
            c += 1;
        }
        if adjectives.is_empty() {
            return None;
        }
        // a place name as an apposition: the dictionary lacks it (`Malbork-Żuławy`)
        // or reads it as a nominative and not a genitive (`Podhale`)
        let apposition = |x: usize| {
            ws.get(x).is_some_and(|v| {
                !blocked[x]
                    && v.space_before
                    && v.is_word()
                    && v.is_capitalised()
                    && !v.is_acronym()
                    && self.pl_head(v).is_none()
                    && !self.is_title(v)
                    && self.morph.with_analyses(v.text, |r| {
                        r.is_empty() || (r.iter().any(|a| a.case.contains(Case::Nom)) && !r.iter().any(|a| a.case.contains(Case::Gen)))
                    })
            })
        };
        if !apposition(c) || apposition(c + 1) {
            return None;
        }
        let g = Gen::of(feats.gender).unwrap_or(Gen::M);
        let mut name = nominative::with_case_of("K", lemma);
        for &a in &adjectives {
            let nom = nominative::adjective_nominative(ws[a].text, g);
            let mut chars = nom.chars();
            name.push(' ');
            if let Some(f) = chars.next() {
                name.extend(f.to_uppercase());
                name.push_str(chars.as_str());
            }
        }
        name.push(' ');
        name.push_str(ws[c].text);
        let key = normalise(&name);
        let known = self.by_name.get(&key).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
        let span = Span::new(ws[i].span.start, ws[c].span.end);
        Some((c + 1, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `firmy Optimal`, `spółką TechSoft`, `firma ABC Serwis`: a lower-case
    /// common noun for a company (`company` in `org_words.tsv`, any case) followed by one
    /// to three words the dictionary lacks (brands), acronyms or CamelCase
    /// words. The name is those words; with a legal form after them
    /// [`OrgFinder::company`] reads the whole.
    /// `upper` caches [`has_uppercase`] of each word (`None`: not asked yet).
    fn named_company(
        &self,
        text: &str,
        ws: &[Word<'_>],
        blocked: &[bool],
        upper: &mut [Option<bool>],
        i: usize,
    ) -> Option<(usize, Mention)> {
        let w = ws.get(i)?;
        if blocked[i] || !w.is_word() || !starts_lowercase(w.text) {
            return None;
        }
        // The name (right after the noun, or after a pair's adjective) has a
        // capital: checked before the dictionary is asked about the noun.
        let mut has_capital = |x: usize| match (upper.get_mut(x), ws.get(x)) {
            (Some(u), Some(v)) => *u.get_or_insert_with(|| has_uppercase(v.text)),
            _ => false,
        };
        if !has_capital(i + 1) && !has_capital(i + 2) {
            return None;
        }
        let noun = self
            .morph
            .with_analyses(w.text, |r| r.iter().any(|a| a.pos == Pos::Noun && self.words.company_nouns.iter().any(|n| *n == a.lemma)));
        let acronym_noun = !noun
            && ws.get(i + 1).is_some_and(|v| v.is_acronym() && v.text.chars().count() >= 2)
            && self.morph.with_analyses(w.text, |r| {
                r.iter().any(|a| a.pos == Pos::Noun && self.words.acronym_org_nouns.iter().any(|n| *n == a.lemma))
            });
        let noun = noun || acronym_noun;
        let pair = !noun
            && self.words.company_noun_pairs.iter().any(|(n, _)| n.char_indices().last().is_some_and(|(l, _)| w.text.starts_with(&n[..l])))
            && ws.get(i + 1).is_some_and(|adj| {
                self.words.company_noun_pairs.iter().any(|(n, a)| {
                    self.morph.with_analyses(w.text, |r| r.iter().any(|x| x.pos == Pos::Noun && x.lemma == *n))
                        && (self.morph.with_analyses(adj.text, |r| r.iter().any(|x| x.lemma == *a))
                            || adj.text.starts_with(a.trim_end_matches(['i', 'y'])))
                })
            });
        if !noun && !pair {
            return None;
        }
        let first = if pair { i + 2 } else { i + 1 };
        let brand = |x: usize| {
            ws.get(x).is_some_and(|v| {
                !blocked[x]
                    && v.is_word()
                    && v.space_before
                    && (v.is_acronym() && v.text.chars().count() >= 2
                        || v.is_capitalised() && !self.morph.contains(v.text)
                        || v.text.chars().skip(1).any(char::is_uppercase) && !self.morph.contains(v.text))
            })
        };
        // `firma Barwy Zdrowia`: a name of common words opens in the
        // nominative (not `spółki Skarbu Państwa`) and is no proper noun.
        let common_name = |x: usize| {
            ws.get(x).is_some_and(|v| {
                !blocked[x]
                    && v.is_capitalised()
                    && v.space_before
                    && ws.get(x + 1).is_some_and(|n| {
                        n.is_capitalised() && n.space_before
                            || matches!(n.text, "–" | "-") && n.space_before && ws.get(x + 2).is_some_and(|m| m.is_capitalised())
                    })
                    && self.morph.with_analyses(v.text, |r| {
                        !r.is_empty()
                            && r.iter().all(|a| !a.proper)
                            && r.iter().any(|a| matches!(a.pos, Pos::Noun | Pos::Adjective) && a.case.contains(Case::Nom))
                    })
            })
        };
        let mut end = first;
        let mut words = 0;
        while end < ws.len() && words < 3 {
            if brand(end)
                || end == first && common_name(end)
                || end > first && words < 2 && ws[end].is_capitalised() && ws[end].space_before && !blocked[end] && common_name(first)
            {
                end += 1;
                words += 1;
            } else if end > first
                && matches!(ws[end].text, "–" | "-")
                && ws[end].space_before
                && (brand(end + 1) || ws.get(end + 1).is_some_and(|v| v.is_capitalised() && v.space_before && !blocked[end + 1]))
                && ws[end - 1].kind == TokenKind::Word
            {
                // `piekarnia BIO – EKO`: a dash between the parts of a brand.
                end += 2;
                words += 1;
            } else {
                break;
            }
        }
        if end == first || self.legal_form_at(ws, end).is_some() {
            return None;
        }
        // Not a head (`firmy Klaster`) nor a person's name, which come first.
        if self.pl_head(&ws[first]).is_some() || ws.get(end).is_some_and(|v| v.is_capitalised() && v.space_before) {
            return None;
        }
        let span = Span::new(ws[first].span.start, ws[end - 1].span.end);
        let name = text[span.range()].to_string();
        let known = self.by_name.get(&normalise(&name)).copied();
        // `firm ICT`, `przedsiębiorstw IT`: a sector, not a name (`org_generic.tsv`).
        let generic = if self.org_generic.contains(&normalise(&name)) { Kind::Skip } else { Kind::Org };
        let kind = known.map(|x| self.known[x].kind).unwrap_or(generic);
        Some((end, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `takie firmy jak SkyDream, Manufaktura Lotnicza, Aeroprakt czy
    /// Faston`, `koncerny: Airbus i Safran`: a plural common noun for
    /// companies (`company` in `org_words.tsv`), then `jak`, `:` or `m.in.`, then a list of
    /// names (one to four capitalised words, acronyms or CamelCase words
    /// each, `&` glued inside) joined by commas, `i`, `oraz`, `czy`, `lub`:
    /// every item is a company. The list ends at anything else. Items that
    /// start with a head noun (`Klaster`, `Fundacja`) are left to the
    /// phrase rules. The end of the list and the mentions.
    fn listed_companies(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Vec<Mention>)> {
        let w = ws.get(i)?;
        if blocked[i] || !w.is_word() || !starts_lowercase(w.text) {
            return None;
        }
        let t = |x: usize| ws.get(x).map(|w| w.text).unwrap_or("");
        if !matches!(t(i + 1), "jak" | ":" | "m") {
            return None;
        }
        let plural_noun = self.morph.with_analyses(w.text, |r| {
            r.iter().any(|a| a.pos == Pos::Noun && self.words.company_nouns.iter().any(|n| *n == a.lemma) && !a.number.contains(Number::Sg))
        });
        if !plural_noun {
            return None;
        }
        let mut k = i + 1;
        match t(k) {
            "jak" | ":" => k += 1,
            "m" if t(k + 1) == "." && t(k + 2) == "in" && t(k + 3) == "." => k += 4,
            _ => return None,
        }
        let name_word = |x: usize| ws.get(x).is_some_and(|v| !blocked[x] && v.is_word() && (v.is_capitalised() || v.is_acronym()));
        let mut out = Vec::new();
        loop {
            if !name_word(k) || self.pl_head(&ws[k]).is_some() {
                break;
            }
            let a = k;
            k += 1;
            while k < ws.len() && k - a < 6 {
                if name_word(k) && ws[k].space_before {
                    k += 1;
                } else if ws[k].text == "&" && name_word(k + 1) {
                    k += 2;
                } else if name_word(k) && !ws[k].space_before && ws[k - 1].text == "&" {
                    k += 1;
                } else {
                    break;
                }
            }
            let span = Span::new(ws[a].span.start, ws[k - 1].span.end);
            let name = text[span.range()].to_string();
            let known = self.by_name.get(&normalise(&name)).copied();
            let generic = if self.org_generic.contains(&normalise(&name)) { Kind::Skip } else { Kind::Org };
            let kind = known.map(|x| self.known[x].kind).unwrap_or(generic);
            out.push(Mention { span, name, kind, known, literal: false, aliases: Vec::new() });
            // Separators: `,`, a conjunction, or both (`, czy`).
            let mut sep = false;
            if t(k) == "," {
                k += 1;
                sep = true;
            }
            if matches!(t(k), "i" | "oraz" | "czy" | "lub" | "albo") {
                k += 1;
                sep = true;
            }
            if !sep {
                break;
            }
        }
        (out.len() >= 2).then_some((k, out))
    }

    /// `Międzynarodowe Targi Poznańskie`, `w Targach Kielce`: a fair
    /// organiser, `Targi` (any case, capitalised) with a place: one
    /// capitalised adjective of a place (`-skie`, `-ckie`, `-dzkie`, any
    /// case) or an uninflected place name the dictionary knows as a proper
    /// noun, not followed by another capitalised word; capitalised
    /// adjectives before `Targi` belong to the name. Not an event's name
    /// (`Targi Aviation`).
    fn fair(&self, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        const FORMS: &[&str] = &["targi", "targów", "targom", "targami", "targach"];
        let plural_nominative = |w: &str| -> String {
            let lower = w.to_lowercase();
            for (end, new) in [("ymi", "e"), ("ych", "e"), ("ym", "e"), ("imi", "ie"), ("ich", "ie"), ("im", "ie")] {
                if lower.ends_with(end) {
                    let cut = w.len() - end.len();
                    return format!("{}{new}", &w[..cut]);
                }
            }
            w.to_string()
        };
        let ok = |x: usize| ws.get(x).is_some_and(|v| !blocked[x] && v.is_capitalised() && (x == i || v.space_before));
        // `Targi` is one of the first three words (only ASCII letters
        // lower-case to `targ`): checked before the dictionary is asked.
        let fair_word = |x: usize| {
            ws.get(x).is_some_and(|v| v.text.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("targ")) && lower_is_one_of(v.text, FORMS))
        };
        if !(i..i + 3).any(fair_word) {
            return None;
        }
        let mut h = i;
        while ok(h) && h - i < 2 && !lower_is_one_of(ws[h].text, FORMS) && self.is_adjective(ws[h].text) {
            h += 1;
        }
        if !ok(h) || !lower_is_one_of(ws[h].text, FORMS) || !ok(h + 1) {
            return None;
        }
        let p = &ws[h + 1];
        let lower = p.text.to_lowercase();
        let place_adjective = ["skie", "ckie", "dzkie", "skich", "ckich", "dzkich", "skimi", "ckimi", "dzkimi", "skim", "ckim", "dzkim"]
            .iter()
            .any(|e| lower.ends_with(e))
            && self.is_adjective(p.text);
        let place_noun = !place_adjective && self.morph.with_analyses(p.text, |r| r.iter().any(|a| a.proper && a.pos == Pos::Noun));
        if !(place_adjective || place_noun) || ws.get(h + 2).is_some_and(|v| v.is_capitalised() && v.space_before) {
            return None;
        }
        let mut parts: Vec<String> = ws[i..h].iter().map(|w| plural_nominative(w.text)).collect();
        parts.push(nominative::with_case_of(ws[h].text, "targi"));
        parts.push(if place_adjective { plural_nominative(p.text) } else { p.text.to_string() });
        let name = parts.join(" ");
        let span = Span::new(ws[i].span.start, p.span.end);
        let known = self.by_name.get(&normalise(&name)).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
        Some((h + 2, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `Piotr Nowak z ATSystem`, `Anna Lis z PGNiG`: `z`/`ze` right after a
    /// name already found (a person), then one CamelCase word or acronym of
    /// three or more letters the dictionary lacks, ending the phrase: the
    /// organisation the person comes from.
    fn affiliation_brand(&self, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<Mention> {
        let (z, w) = (ws.get(i)?, ws.get(i + 1)?);
        if !matches!(z.text, "z" | "ze") || i == 0 || !blocked[i - 1] || !ws[i - 1].is_capitalised() || blocked[i + 1] {
            return None;
        }
        let camel = w.is_capitalised() && w.text.chars().skip(1).any(char::is_uppercase) && w.text.chars().any(char::is_lowercase);
        let acronym = w.is_acronym() && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 3;
        let ends = ws.get(i + 2).is_none_or(|n| !n.is_word() || !n.is_capitalised());
        // (An acronym the dictionary knows is still an organisation's: `KGHM`.)
        if !(camel || acronym) || !w.space_before || !ends || camel && self.morph.contains(w.text) || self.pl_head(w).is_some() {
            return None;
        }
        let known = self.by_name.get(&normalise(w.text)).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
        Some(Mention { span: w.span, name: w.text.to_string(), kind, known, literal: known.is_some(), aliases: Vec::new() })
    }

    /// A legal form of a company (`org_legal_forms.tsv`) starting at word
    /// `k`, after a space: the end of the longest one.
    fn legal_form_at(&self, ws: &[Word<'_>], k: usize) -> Option<usize> {
        let first = ws.get(k)?;
        let starts_word = first.is_word() && first.text.chars().next().is_some_and(char::is_alphabetic);
        if !(first.space_before && starts_word) {
            return None;
        }
        // The words lower-cased and run together (`sp.zo.o.`), up to the
        // length of the longest form (a longer run is no form's prefix).
        let mut buf = [0u8; LOWER_BUF];
        let buf = &mut buf[..self.legal_max.min(LOWER_BUF)];
        let mut len = 0;
        let mut best = None;
        for (x, w) in ws.iter().enumerate().skip(k).take(14) {
            if x > k && w.space_before && w.kind == TokenKind::Punct && w.text != "," {
                break;
            }
            let Some(l) = lower_into(w.text, &mut buf[len..]) else { break };
            len += l.len();
            let Ok(acc) = std::str::from_utf8(&buf[..len]) else { break };
            if !self.legal_prefixes.contains(acc) {
                break;
            }
            if self.legal_forms.contains(acc) {
                // A form without a full stop is written with a capital
                // (`SA`, `Ltd`, `GmbH`), not as a lower-case word.
                let dotless = !acc.contains('.');
                if !dotless || first.is_capitalised() {
                    best = Some(x + 1);
                }
            }
        }
        best
    }

    /// `Prodmorex sp. z o.o.`, `VIGO System S.A.`: one to five capitalised
    /// words, acronyms or CamelCase words right before a company's legal
    /// form. The name is the words and the form as written; the words alone
    /// are an alias. A common word opening the sentence (`Firma`) is not part
    /// of the name.
    fn company(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        let name_word = |x: usize| {
            ws.get(x).is_some_and(|w| {
                !blocked[x] && w.is_word() && (w.is_capitalised() || w.is_acronym() || w.text.chars().skip(1).any(char::is_uppercase))
            })
        };
        // `„Inaleks Energy” sp. z o.o.`: a quoted name before the form.
        if i > 0 && ws[i - 1].kind == TokenKind::Punct && self.words.is_quote_open(ws[i - 1].text) {
            if let Some((close, ())) = self.quote_at(ws, blocked, i - 1) {
                if let Some(e) = self.legal_form_at(ws, close + 1).filter(|&e| !blocked[close + 1..e].iter().any(|b| *b)) {
                    let words = &text[ws[i].span.start..ws[close - 1].span.end];
                    let form = &text[ws[close + 1].span.start..ws[e - 1].span.end];
                    let span = Span::new(ws[i - 1].span.start, ws[e - 1].span.end);
                    let name = format!("{words} {form}");
                    let known = self.by_name.get(&normalise(&name)).or_else(|| self.by_name.get(&normalise(words))).copied();
                    let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
                    let aliases = vec![words.to_string(), text[span.range()].to_string()];
                    return Some((e, Mention { span, name, kind, known, literal: false, aliases }));
                }
            }
        }
        if !name_word(i) || i == 0 && with_lower(ws[i].text, |l| self.morph.contains(l)) && !ws[i].is_acronym() {
            return None;
        }
        // The legal form first (few words are followed by one), then the case.
        let (j, e) = self.company_words(ws, blocked, i, name_word)?;
        // A company's name is uninflected or nominative: a common word only
        // in oblique cases (`Badań, Innowacji i Rozwoju Sp. z o.o.`) ends a
        // longer name that started before.
        let oblique = with_lower(ws[i].text, |l| {
            self.morph
                .with_analyses(l, |a| !a.is_empty() && a.iter().all(|a| !a.proper && !a.case.is_empty() && !a.case.contains(Case::Nom)))
        });
        (!oblique).then(|| self.company_mention(text, ws, i, j, e))
    }

    /// The name words of [`OrgFinder::company`] from `i` (up to five
    /// `name_word`s) and the legal form after them: (end of the words, end
    /// of the form).
    fn company_words(&self, ws: &[Word<'_>], blocked: &[bool], i: usize, name_word: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let mut j = i;
        while j < ws.len() && j - i < 5 && name_word(j) && (j == i || ws[j].space_before) {
            if j > i {
                if let Some(e) = self.legal_form_at(ws, j) {
                    return Some((j, e));
                }
            }
            j += 1;
        }
        let e = self.legal_form_at(ws, j)?;
        (j > i && !blocked[j..e].iter().any(|b| *b)).then_some((j, e))
    }

    fn company_mention(&self, text: &str, ws: &[Word<'_>], i: usize, j: usize, e: usize) -> (usize, Mention) {
        let words = &text[ws[i].span.start..ws[j - 1].span.end];
        let span = Span::new(ws[i].span.start, ws[e - 1].span.end);
        let name = text[span.range()].to_string();
        let known = self.by_name.get(&normalise(&name)).or_else(|| self.by_name.get(&normalise(words))).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Org);
        (e, Mention { span, name, kind, known, literal: false, aliases: vec![words.to_string()] })
    }

    /// An English name starting at word `i`: capitalised words not in the
    /// Polish dictionary (and connectors), ending in an English head.
    fn english(&self, text: &str, ws: &[Word<'_>], blocked: &[bool], i: usize) -> Option<(usize, Mention)> {
        // Inside the name any ASCII capitalised word (`Laser`); the first one
        // must not be Polish (`Spotkanie European Clusters Alliance`).
        let englishish = |w: &Word<'_>| w.is_capitalised() && w.text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '\'');
        if blocked[i] || !englishish(&ws[i]) {
            return None;
        }
        // One word ending in `Cluster` (`AgroBioCluster`, `MedCluster`).
        let w = ws[i].text;
        if let Some(stem) = w.strip_suffix("Cluster").or_else(|| w.strip_suffix("Klaster")) {
            if stem.chars().count() >= 2
                && !ws.get(i + 1).is_some_and(|n| n.space_before && englishish(n) && self.en_head(n.text).is_some())
            {
                let known = self.by_name.get(&normalise(w)).copied();
                let kind = known.map(|x| self.known[x].kind).unwrap_or(Kind::Cluster);
                return Some((i + 1, Mention { span: ws[i].span, name: w.to_string(), kind, known, literal: false, aliases: Vec::new() }));
            }
        }
        // (the first word's dictionary check comes after the run is read: few
        // runs end in an English head)
        let mut end = i + 1;
        let mut heads: Vec<(usize, Kind, bool)> = self.en_head(ws[i].text).map(|(k, p)| (i, k, p)).into_iter().collect();
        while end < ws.len() && !blocked[end] && ws[end].space_before {
            if englishish(&ws[end]) {
                if let Some((k, p)) = self.en_head(ws[end].text) {
                    heads.push((end, k, p));
                }
                end += 1;
            } else if self.words.en_connectors.iter().any(|c| c == ws[end].text)
                && ws.get(end + 1).is_some_and(|w| englishish(w) && !blocked[end + 1])
            {
                end += 2;
                if let Some((k, p)) = self.en_head(ws[end - 1].text) {
                    heads.push((end - 1, k, p));
                }
            } else {
                break;
            }
        }
        // The head ends the name or takes an `of`/`for` complement; the last
        // such head counts (`European Foundation for Cluster Excellence`:
        // `Foundation`, not `Cluster` inside the complement).
        // (`European Network of Maritime Clusters`: the head with the
        // complement, not the plural inside it.)
        let takes_complement = |h: usize| ws.get(h + 1).is_some_and(|w| matches!(w.text, "of" | "for"));
        let ok_head =
            heads.iter().find(|(h, _, _)| takes_complement(*h)).or_else(|| heads.iter().rev().find(|(h, _, _)| *h == end - 1)).copied();
        let (_, kind, plural) = ok_head?;
        if end - i < 2 || kind == Kind::Cluster && plural {
            return None;
        }
        if self.morph.contains(ws[i].text)
            && self.en_head(ws[i].text).is_none()
            && !with_lower(ws[i].text, |l| self.words.en_first.iter().any(|f| f == l))
            && !self.foreign_proper(ws, i)
        {
            return None;
        }
        // `Business Centre Club`: a known name whose first word is also Polish
        // (`business`) starts one word earlier.
        let mut first = i;
        if i >= 1 && englishish(&ws[i - 1]) && !blocked[i - 1] && ws[i].space_before {
            let longer = &text[ws[i - 1].span.start..ws[end - 1].span.end];
            if self.by_name.contains_key(&normalise(longer)) {
                first = i - 1;
            }
        }
        let name = text[ws[first].span.start..ws[end - 1].span.end].to_string();
        let known = self.by_name.get(&normalise(&name)).copied();
        let kind = known.map(|x| self.known[x].kind).unwrap_or(kind);
        let span = Span::new(ws[first].span.start, ws[end - 1].span.end);
        Some((end, Mention { span, name, kind, known, literal: false, aliases: Vec::new() }))
    }

    /// `Harvard Business School`, `Fraunhofer Institute`: a first word the
    /// dictionary knows only as a proper noun, not a place in the locative
    /// (`w Polsce`), followed by an English word the dictionary lacks or
    /// one of `en-first`.
    fn foreign_proper(&self, ws: &[Word<'_>], i: usize) -> bool {
        let proper = self.morph.with_analyses(ws[i].text, |r| !r.is_empty() && r.iter().all(|a| a.proper && !a.case.contains(Case::Loc)));
        proper
            && ws.get(i + 1).is_some_and(|n| {
                !self.morph.contains(n.text) || with_lower(n.text, |l| self.words.en_first.iter().any(|f| f == l))
            })
    }

    /// A bulleted list (`• Dolina Lotnicza,` one item a line) whose items
    /// are mostly clusters found (at least two, and at least half of three
    /// or more items): another item that is a bare name (one to six words,
    /// the first capitalised, the others capitalised or a connector, no
    /// digits, nothing found in it) is a cluster too, as written
    /// (`• Kraina Podkarpacia,`).
    fn bulleted_clusters(&self, text: &str, found: &mut Found) {
        const BULLETS: &[char] = &['•', '·', '▪', '●', '◦', '-', '–', '*', '♦', '►'];
        const CONNECTORS: &[&str] = &["i", "dla", "w", "we", "z", "ze", "na", "nad", "pod", "and", "of", "&", "–", "-"];
        // (the span of each item's text, without the bullet and the
        // punctuation ending it)
        let mut groups: Vec<Vec<Span>> = Vec::new();
        let mut current: Vec<Span> = Vec::new();
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let trimmed = body.trim_start();
            if trimmed.trim().is_empty() {
                continue;
            }
            let item = trimmed.strip_prefix(BULLETS).map(|r| r.trim_start_matches([' ', '\t', '\u{a0}']));
            match item {
                Some(item) => {
                    let item = item.trim_end().trim_end_matches([',', ';', '.']).trim_end();
                    // (`item` is a slice of `text`)
                    let a = item.as_ptr() as usize - text.as_ptr() as usize;
                    current.push(Span::new(a, a + item.len()));
                }
                None => {
                    if !current.is_empty() {
                        groups.push(std::mem::take(&mut current));
                    }
                }
            }
        }
        if !current.is_empty() {
            groups.push(current);
        }
        let mut added = Vec::new();
        for items in groups.iter().filter(|g| g.len() >= 3) {
            let inside = |m: &Mention, s: &Span| m.span.start >= s.start && m.span.end <= s.end;
            let overlaps = |m: &Mention, s: &Span| m.span.start < s.end && s.start < m.span.end;
            let clusters = items.iter().filter(|s| found.mentions.iter().any(|m| m.kind == Kind::Cluster && inside(m, s))).count();
            if clusters < 2 || clusters * 2 < items.len() {
                continue;
            }
            for s in items {
                if found.mentions.iter().any(|m| overlaps(m, s)) {
                    continue;
                }
                let Some(item) = text.get(s.start..s.end) else { continue };
                let words: Vec<&str> = item.split_whitespace().collect();
                let name_like = (1..=6).contains(&words.len())
                    && item.chars().count() <= 80
                    && !item.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | '(' | ')' | '?' | '!' | '"'))
                    && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                    && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(w))
                    // (one word: a brand the dictionary lacks, not `Innowacje`)
                    && (words.len() > 1 || !with_lower(item, |l| self.morph.contains(l)));
                if name_like {
                    let key = normalise(item);
                    let known = self.by_name.get(&key).copied();
                    let kind = known.map(|k| self.known[k].kind).unwrap_or(Kind::Cluster);
                    added.push(Mention { span: *s, name: item.to_string(), kind, known, literal: false, aliases: Vec::new() });
                }
            }
        }
        found.mentions.extend(added);
    }

    /// Merges the mentions into clusters and organisations, and lists every
    /// mention's start with the name of the item it belongs to (for
    /// affiliations).
    pub fn finish(&self, text: &str, mut found: Found) -> (Vec<NamedItem>, Vec<NamedItem>, Vec<(usize, String)>, Vec<Institution>) {
        self.bulleted_clusters(text, &mut found);
        // `Urzędu Marszałkowskiego` in a text about one voivodeship
        // (`Województwa Podlaskiego`): that voivodeship's marshal's office.
        if !found.bare_marshal.is_empty() {
            if let Some(region) = the_voivodeship(text) {
                let name = format!("Urząd Marszałkowski Województwa {region}");
                let known = self.by_name.get(&normalise(&name)).copied();
                for span in std::mem::take(&mut found.bare_marshal) {
                    // (the generic mention itself becomes the office: no
                    // alias `Urząd Marszałkowski` ties it to another one)
                    if let Some(m) = found.mentions.iter_mut().find(|m| m.span == span && m.kind == Kind::Skip) {
                        *m = Mention { span, name: name.clone(), kind: Kind::Org, known, literal: false, aliases: Vec::new() };
                    }
                }
            }
        }
        struct Group {
            first: Span,
            kind: Kind,
            known: Option<usize>,
            parsed_name: Option<String>,
            names: Vec<String>,
            /// `normalise` of each of `names`.
            keys: Vec<String>,
            starts: Vec<usize>,
            /// Every mention's span, for [`Institution`]s.
            spans: Vec<Span>,
            /// Whether a mention is a venue building (`Centrum Kongresowe`).
            venue: bool,
        }
        let mut groups: Vec<Group> = Vec::new();
        for m in found.mentions {
            let m_key = normalise(&m.name);
            // `normalise` of each alias, once (not once per group compared).
            let alias_keys: Vec<String> = m.aliases.iter().map(|a| normalise(a)).collect();
            let key_match = |g: &Group| match (g.known, m.known) {
                (Some(a), Some(b)) => a == b,
                // (`Klaster „X”` has `Klaster X`, said before, as an alias.)
                (None, None) => {
                    g.keys.contains(&m_key) || m.aliases.iter().zip(&alias_keys).any(|(a, k)| a.contains(' ') && g.keys.contains(k))
                }
                _ => false,
            };
            let gi = match groups.iter().position(key_match) {
                Some(gi) => gi,
                None => {
                    groups.push(Group {
                        first: m.span,
                        kind: m.kind,
                        known: m.known,
                        parsed_name: None,
                        names: Vec::new(),
                        keys: Vec::new(),
                        starts: Vec::new(),
                        spans: Vec::new(),
                        venue: false,
                    });
                    groups.len() - 1
                }
            };
            let g = &mut groups[gi];
            if !m.literal && g.parsed_name.is_none() {
                g.parsed_name = Some(m.name.clone());
            }
            g.starts.push(m.span.start);
            g.spans.push(m.span);
            g.venue |= found.venue_spans.contains(&m.span);
            // the keys are `m_key` and `alias_keys`, computed above
            for (n, k) in std::iter::once((m.name, m_key)).chain(m.aliases.into_iter().zip(alias_keys)) {
                if !g.keys.contains(&k) {
                    g.names.push(n);
                    g.keys.push(k);
                }
            }
        }
        let mut clusters = Vec::new();
        let mut cluster_counts = Vec::new();
        let mut orgs = Vec::new();
        let mut starts = Vec::new();
        // An unknown bare acronym that is the initials of another name found
        // (`rady KL` beside `Klaster Lasowiacki`) is that name, not another one.
        let initials: Vec<String> = groups
            .iter()
            .filter(|g| g.kind != Kind::Skip && g.names[0].split_whitespace().count() >= 2)
            .map(|g| super::clusters::initials(g.parsed_name.as_deref().unwrap_or(&g.names[0])))
            .collect();
        let mut institutions = Vec::new();
        for g in groups {
            if g.kind == Kind::Skip && g.venue {
                let name = g.parsed_name.clone().unwrap_or_else(|| g.names[0].clone());
                let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
                institutions.extend(g.spans.iter().map(|&span| Institution { span, name: name.clone(), aliases: Vec::new() }));
            }
            if g.kind == Kind::Skip || g.known.is_none() && g.keys.iter().any(|k| found.event_series.contains(k)) {
                continue;
            }
            let bare = &g.names[0];
            let acronym = g.known.is_none()
                && g.names.len() == 1
                && !bare.contains(' ')
                && bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && bare.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            if acronym && initials.iter().any(|i| i == bare) {
                continue;
            }
            // A known organisation named only by its acronym (`NOT`, `PPNT`)
            // is reported by the acronym as written: an acronym stands for
            // more than one name, and the text's is the one it gives. So is
            // one named only by another nominative alias (`Sejm RP`, `Next
            // Bike`): the text's name, not the entry's official one (an
            // inflected alias, `Komisji Europejskiej`, is not a name).
            let only_acronyms = g.names.iter().all(|n| !n.contains(' ') && is_acronym_like(n))
                || g.kind == Kind::Org && g.names.first().is_some_and(|n| self.written_nominative(n));
            let name = g
                .parsed_name
                .clone()
                .or_else(|| g.known.filter(|_| !only_acronyms).map(|k| self.known[k].name.clone()))
                .unwrap_or_else(|| g.names[0].clone());
            // (a name read over a wrapped line: single spaces)
            let name = if name.contains(['\n', '\r', '\t']) { name.split_whitespace().collect::<Vec<_>>().join(" ") } else { name };
            let mut aliases: Vec<String> = Vec::new();
            let mut alias_keys: Vec<String> = Vec::new();
            let name_key = normalise(&name);
            // (every name comes with its key: the group's, the known entry's)
            let mut push = |a: &str, k: &str| {
                if k != name_key && !alias_keys.iter().any(|x| x == k) {
                    aliases.push(a.to_string());
                    alias_keys.push(k.to_string());
                }
            };
            for (n, k) in g.names.iter().zip(&g.keys) {
                push(n, k);
            }
            if let Some(k) = g.known {
                let known = &self.known[k];
                for (a, k) in std::iter::once(&known.name).chain(&known.aliases).zip(&known.keys) {
                    push(a, k);
                }
            }
            for s in &g.starts {
                starts.push((*s, name.clone()));
            }
            if g.kind == Kind::Org {
                institutions.extend(g.spans.iter().map(|&span| Institution { span, name: name.clone(), aliases: aliases.clone() }));
            }
            if g.kind == Kind::Cluster {
                cluster_counts.push(g.starts.len());
            }
            let item = NamedItem { text: text[g.first.range()].to_string(), span: g.first, char_span: Span::default(), name, aliases };
            match g.kind {
                Kind::Cluster => clusters.push(item),
                _ => orgs.push(item),
            }
        }
        let clusters = super::clusters::merge_short_mentions(clusters, &cluster_counts, self.morph);
        institutions.sort_by_key(|i| i.span.start);
        (clusters, orgs, starts, institutions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_lower_gives_what_to_lowercase_gives() {
        let long = "Ż".repeat(40);
        for s in ["klaster", "KLASTER", "Klastrów", "ŚLĄSKI", "İstanbul", "\u{212A}lastry", "ΟΔΟΣ", "Σ", &long] {
            assert_eq!(with_lower(s, str::to_string), s.to_lowercase(), "{s}");
        }
        assert!(lower_is_one_of("KLASTRÓW", &["klastry", "klastrów"]));
        assert!(!lower_is_one_of("Klastra", &["klastry", "klastrów"]));
    }

    #[test]
    fn normalise_folds_case_spaces_and_quotes() {
        assert_eq!(normalise("  Klaster  „ŚLĄSKA Dolina”\tIT "), "klaster \"śląska dolina\" it");
    }

    #[test]
    fn known_names_are_found_as_find_iter_finds_them() {
        let rules = RuleSet::embedded();
        let orgs = OrgFinder::new(&rules, Morphology::embedded()).expect("rules");
        let mut texts: Vec<String> = vec!["Komisja Europejska i KE oraz European Commission, a także UE.".into()];
        for dir in ["corpus/raw", "corpus/heldout/raw", "corpus/fresh/raw"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for e in std::fs::read_dir(dir).expect("corpus").flatten() {
                texts.extend(std::fs::read_to_string(e.path()).ok());
            }
        }
        let mut found = 0;
        for t in &texts {
            let want: Vec<(usize, usize, usize)> =
                orgs.literals.find_iter(t.as_str()).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
            let got: Vec<(usize, usize, usize)> =
                orgs.literal_matches(t).iter().map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
            assert_eq!(got, want);
            found += got.len();
        }
        assert!(found > 20, "{found}");
    }
}
