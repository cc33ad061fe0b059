//! Polish morphology: dictionary look-up and a proper-name paradigm guesser.
//!
//! The dictionary is PoliMorf as shipped by Morfologik 2.1 (Debian package
//! `libmorfologik-stemming2-java` 2.1.6-2, BSD-2 licence, see
//! `rules/morph/LICENSE`), compiled by `rules/morph/build.sh` into
//! `rules/morph/polimorf.bin` and embedded in the binary with
//! `include_bytes!`. Loading it is zero-copy: an [`fst::Map`] from each form
//! to a reading-set id is read in place, next to small tables of lemma
//! rules ("cut so many chars, append this suffix") and NKJP tag sets.
//!
//! * [`Morphology::analyse`] gives every reading of a form ([`Analysis`]:
//!   lemma, part of speech, number, case and gender sets);
//! * [`Morphology::guess_name`] guesses the lemma of a proper-name form the
//!   dictionary lacks (`Altmaierem` -> `Altmaier`, `Thierry'ego` ->
//!   `Thierry`) from the suffix rules in `rules/morph/name_paradigms.tsv`
//!   ([`NameRules`]).
//!
//! Both data files can be replaced at run time
//! ([`Morphology::from_bytes`], [`NameRules::parse`]); they are validated and
//! errors are returned as [`MorphError`].
//!
//! ```
//! use ekstrakt::morph::{Case, Morphology, Pos};
//! let m = Morphology::embedded();
//! let a = m.analyse("Klastra");
//! assert!(a.iter().any(|a| a.lemma == "klaster" && a.pos == Pos::Noun && a.case.contains(Case::Gen)));
//! ```

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;
use std::sync::{Arc, LazyLock};

/// What the embedded dictionary says about one form, kept per thread so that
/// a word asked about many times (every extractor asks again) is looked up
/// in the fst once.
struct Cached {
    /// [`Morphology::analyse_with_tags`], the tag as its index in `tags`.
    tagged: Vec<(Analysis, usize)>,
    /// [`Morphology::analyse`].
    plain: Vec<Analysis>,
    /// [`Morphology::contains`].
    known: bool,
    /// [`Morphology::guess_name`], computed on first use.
    guess: RefCell<Option<Rc<Vec<Analysis>>>>,
}

/// The per-thread cache is emptied when it holds this many forms.
const CACHE_LIMIT: usize = 200_000;

thread_local! {
    static CACHE: RefCell<foldhash::HashMap<Box<str>, Rc<Cached>>> = RefCell::new(foldhash::HashMap::default());
}

/// The compiled dictionary embedded in the binary.
static EMBEDDED_ARTEFACT: &[u8] = include_bytes!("../rules/morph/polimorf.bin");

/// The proper-name suffix rules embedded in the binary.
static EMBEDDED_NAME_RULES: &str = include_str!("../rules/morph/name_paradigms.tsv");

const MAGIC: &[u8; 8] = b"EKMORPH\0";
const FORMAT_VERSION: u32 = 1;
const SECTIONS: usize = 7;
const READING_RECORD: usize = 8;

/// An error loading a morphology artefact or a name-rule file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MorphError {
    /// The artefact is not a valid morphology file (truncated, bad magic,
    /// inconsistent tables, damaged fst).
    #[error("invalid morphology artefact: {0}")]
    Corrupt(String),
    /// The artefact was written in a format version this code cannot read.
    #[error("unsupported morphology artefact version {found} (expected {expected})")]
    Version {
        /// The version found in the file.
        found: u32,
        /// The version this code reads.
        expected: u32,
    },
    /// A line of a name-rule file could not be parsed or its example failed.
    #[error("name rules, line {line}: {message}")]
    Rules {
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

fn corrupt(msg: impl Into<String>) -> MorphError {
    MorphError::Corrupt(msg.into())
}

// ---------------------------------------------------------------------------
// Grammatical categories
// ---------------------------------------------------------------------------

/// Part of speech, coarse-grained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// `subst` (common and proper nouns) and `depr` (depreciative plurals).
    Noun,
    /// `adj`, `adja` (`polsko-`), `adjp` (`po polsku`), `adjc` (`ciekaw`).
    Adjective,
    /// Adjectival participles `ppas` (`zjednoczone`) and `pact`
    /// (`działający`); their lemma is the verb's infinitive.
    Participle,
    /// `num` (numerals; PoliMorf has no separate `numcol`).
    Numeral,
    /// Everything else: verbs, gerunds (`ger`), adverbs, pronouns,
    /// prepositions, conjunctions, particles, abbreviations (`brev`), ...
    Other,
}

/// Grammatical case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// Nominative (mianownik).
    Nom,
    /// Genitive (dopełniacz).
    Gen,
    /// Dative (celownik).
    Dat,
    /// Accusative (biernik).
    Acc,
    /// Instrumental (narzędnik).
    Inst,
    /// Locative (miejscownik).
    Loc,
    /// Vocative (wołacz).
    Voc,
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    /// Singular.
    Sg,
    /// Plural.
    Pl,
}

/// Grammatical gender.
///
/// NKJP's `n1`/`n2` are both [`Gender::N`]. Plural-only nouns: `p1`
/// (`państwo` "Mr and Mrs") is [`Gender::M1`]; `p2` (`drzwi`) and `p3`
/// (`Katowice`, `spodnie`) agree like non-masculine-personal plurals, so they
/// are `{M2, M3, F, N}`, which intersects exactly the adjective forms they
/// take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine personal.
    M1,
    /// Masculine animate.
    M2,
    /// Masculine inanimate.
    M3,
    /// Feminine.
    F,
    /// Neuter.
    N,
}

macro_rules! bitset {
    ($(#[$doc:meta])* $set:ident, $item:ident, [$($v:ident),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $set(u8);

        impl $set {
            /// The empty set.
            pub const EMPTY: $set = $set(0);
            /// Every value.
            pub const ALL: $set = $set(0 $(| (1 << ($item::$v as u8)))+);
            const VALUES: &'static [$item] = &[$($item::$v),+];

            /// Whether `value` is in the set.
            pub fn contains(self, value: $item) -> bool {
                self.0 & (1 << (value as u8)) != 0
            }
            /// Whether the two sets share a value.
            pub fn intersects(&self, other: &$set) -> bool {
                self.0 & other.0 != 0
            }
            /// Whether the set is empty.
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }
            /// Adds `value`.
            pub fn insert(&mut self, value: $item) {
                self.0 |= 1 << (value as u8);
            }
            /// The set with `value` added.
            pub fn with(self, value: $item) -> $set {
                $set(self.0 | (1 << (value as u8)))
            }
            /// Values in either set.
            pub fn union(self, other: $set) -> $set {
                $set(self.0 | other.0)
            }
            /// Values in both sets.
            pub fn intersection(self, other: $set) -> $set {
                $set(self.0 & other.0)
            }
            /// Number of values in the set.
            pub fn len(self) -> usize {
                self.0.count_ones() as usize
            }
            /// The values, in declaration order.
            pub fn iter(self) -> impl Iterator<Item = $item> {
                Self::VALUES.iter().copied().filter(move |v| self.contains(*v))
            }
        }

        impl From<$item> for $set {
            fn from(value: $item) -> $set {
                $set::EMPTY.with(value)
            }
        }

        impl FromIterator<$item> for $set {
            fn from_iter<I: IntoIterator<Item = $item>>(iter: I) -> $set {
                iter.into_iter().fold($set::EMPTY, $set::with)
            }
        }

        impl fmt::Debug for $set {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_set().entries(self.iter()).finish()
            }
        }
    };
}

bitset!(
    /// A set of [`Case`]s (NKJP `nom.voc` gives `{Nom, Voc}`).
    Cases, Case, [Nom, Gen, Dat, Acc, Inst, Loc, Voc]
);
bitset!(
    /// A set of [`Number`]s.
    Numbers, Number, [Sg, Pl]
);
bitset!(
    /// A set of [`Gender`]s (see [`Gender`] for the NKJP mapping).
    Genders, Gender, [M1, M2, M3, F, N]
);

/// One reading of a form: a lemma and the grammatical features of one tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Analysis {
    /// The lemma (dictionary form), with the dictionary's capitalisation.
    pub lemma: String,
    /// Part of speech.
    pub pos: Pos,
    /// Number(s) of this reading (empty when the tag has none).
    pub number: Numbers,
    /// Case(s) of this reading (empty when the tag has none).
    pub case: Cases,
    /// Gender(s) of this reading (empty when the tag has none).
    pub gender: Genders,
    /// The lemma is capitalised in the dictionary (first names, surnames,
    /// place names, but also e.g. `AK-owski`). PoliMorf has no separate
    /// proper-name tag.
    pub proper: bool,
}

/// Features decoded from one NKJP tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TagInfo {
    pos: Pos,
    number: Numbers,
    case: Cases,
    gender: Genders,
}

/// Parts of speech that occur in PoliMorf tags.
const KNOWN_POS: &[&str] = &[
    "subst", "depr", "adj", "adja", "adjc", "adjp", "ppas", "pact", "num", "numcol", "verb", "ger", "adv", "pant", "pcon", "brev", "burk",
    "comp", "conj", "interj", "pred", "prep", "qub", "ppron12", "ppron3", "siebie",
];

/// Decodes an NKJP tag such as `adj:sg:nom.voc:m1.m2.m3:pos`. Values are
/// recognised wherever they stand; in `strict` mode unknown parts of speech
/// and values other than number, case and gender are errors.
fn parse_tag(tag: &str, strict: bool) -> Result<TagInfo, String> {
    let mut parts = tag.split(':');
    let pos_name = parts.next().unwrap_or_default();
    if strict && !KNOWN_POS.contains(&pos_name) {
        return Err(format!("unknown part of speech {pos_name:?} in tag {tag:?}"));
    }
    let pos = match pos_name {
        "subst" | "depr" => Pos::Noun,
        "adj" | "adja" | "adjc" | "adjp" => Pos::Adjective,
        "ppas" | "pact" => Pos::Participle,
        "num" | "numcol" => Pos::Numeral,
        _ => Pos::Other,
    };
    let mut info = TagInfo { pos, number: Numbers::EMPTY, case: Cases::EMPTY, gender: Genders::EMPTY };
    let non_m1_plural = Genders::EMPTY.with(Gender::M2).with(Gender::M3).with(Gender::F).with(Gender::N);
    for part in parts {
        for v in part.split('.') {
            match v {
                "sg" => info.number.insert(Number::Sg),
                "pl" => info.number.insert(Number::Pl),
                "nom" => info.case.insert(Case::Nom),
                "gen" => info.case.insert(Case::Gen),
                "dat" => info.case.insert(Case::Dat),
                "acc" => info.case.insert(Case::Acc),
                "inst" => info.case.insert(Case::Inst),
                "loc" => info.case.insert(Case::Loc),
                "voc" => info.case.insert(Case::Voc),
                "m1" | "p1" => info.gender.insert(Gender::M1),
                "m2" => info.gender.insert(Gender::M2),
                "m3" => info.gender.insert(Gender::M3),
                "f" => info.gender.insert(Gender::F),
                "n1" | "n2" => info.gender.insert(Gender::N),
                "p2" | "p3" => info.gender = info.gender.union(non_m1_plural),
                _ if strict => return Err(format!("unknown value {v:?} in tag {tag:?}")),
                _ => {}
            }
        }
    }
    Ok(info)
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// `s` with the first char upper-cased and the rest lower-cased.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}

/// `s` with its first char upper-cased.
fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `form` without `front` chars at the start and `back` at the end, plus
/// `suffix`; `None` if the form is too short.
fn apply_cut(form: &str, front: usize, back: usize, suffix: &str) -> Option<String> {
    let len = form.chars().count();
    let keep = len.checked_sub(front)?.checked_sub(back)?;
    let start = form.char_indices().nth(front).map_or(form.len(), |(i, _)| i);
    let end = form.char_indices().nth(front + keep).map_or(form.len(), |(i, _)| i);
    let stem = form.get(start..end)?;
    let mut lemma = String::with_capacity(stem.len() + suffix.len());
    lemma.push_str(stem);
    lemma.push_str(suffix);
    Some(lemma)
}

// ---------------------------------------------------------------------------
// The artefact
// ---------------------------------------------------------------------------

/// The artefact's bytes: embedded, or loaded at run time.
#[derive(Clone)]
enum Bytes {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl Bytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Static(b) => b,
            Bytes::Shared(b) => b,
        }
    }
}

/// The fst section of the artefact, as the [`fst::Map`]'s backing store.
#[derive(Clone)]
struct FstBytes {
    bytes: Bytes,
    start: usize,
    end: usize,
}

impl AsRef<[u8]> for FstBytes {
    fn as_ref(&self) -> &[u8] {
        self.bytes.as_slice().get(self.start..self.end).unwrap_or_default()
    }
}

fn u32_at(data: &[u8], pos: usize) -> Option<u32> {
    let bytes = data.get(pos..pos.checked_add(4)?)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

fn usize_at(data: &[u8], pos: usize) -> Option<usize> {
    u32_at(data, pos).and_then(|v| usize::try_from(v).ok())
}

/// A validated table of `count` lists of `u32`, in place in the artefact.
#[derive(Debug, Clone, Copy)]
struct U32Lists {
    count: usize,
    offsets: usize,
    values: usize,
}

impl U32Lists {
    /// Reads and validates the table header in `data[start..start + len]`;
    /// every value must be below `bound`.
    fn open(data: &[u8], start: usize, len: usize, bound: usize, name: &str) -> Result<U32Lists, MorphError> {
        let bad = || corrupt(format!("section {name} is malformed"));
        let end = start.checked_add(len).ok_or_else(bad)?;
        let count = usize_at(data, start).ok_or_else(bad)?;
        let offsets = start + 4;
        let values = count.checked_add(1).and_then(|n| n.checked_mul(4)).and_then(|n| n.checked_add(offsets)).ok_or_else(bad)?;
        if values > end {
            return Err(bad());
        }
        let mut prev = 0usize;
        for i in 0..=count {
            let off = usize_at(data, offsets + 4 * i).ok_or_else(bad)?;
            if (i == 0 && off != 0) || off < prev {
                return Err(bad());
            }
            prev = off;
        }
        if prev.checked_mul(4).and_then(|n| n.checked_add(values)) != Some(end) {
            return Err(bad());
        }
        for i in 0..prev {
            let v = usize_at(data, values + 4 * i).ok_or_else(bad)?;
            if v >= bound {
                return Err(corrupt(format!("section {name} refers to a missing entry {v}")));
            }
        }
        Ok(U32Lists { count, offsets, values })
    }

    /// The values of list `i` (empty if out of range).
    fn get<'a>(&self, data: &'a [u8], i: usize) -> impl Iterator<Item = usize> + 'a {
        let (from, to) = if i < self.count {
            (usize_at(data, self.offsets + 4 * i).unwrap_or(0), usize_at(data, self.offsets + 4 * i + 4).unwrap_or(0))
        } else {
            (0, 0)
        };
        let values = self.values;
        (from..to).filter_map(move |k| usize_at(data, values + 4 * k))
    }
}

/// Reads a validated list of UTF-8 strings.
fn read_strings(data: &[u8], start: usize, len: usize, name: &str) -> Result<Vec<Box<str>>, MorphError> {
    let bad = || corrupt(format!("section {name} is malformed"));
    let end = start.checked_add(len).ok_or_else(bad)?;
    let count = usize_at(data, start).ok_or_else(bad)?;
    let offsets = start + 4;
    let bytes = count.checked_add(1).and_then(|n| n.checked_mul(4)).and_then(|n| n.checked_add(offsets)).ok_or_else(bad)?;
    if bytes > end {
        return Err(bad());
    }
    let mut out = Vec::with_capacity(count);
    let mut prev = usize_at(data, offsets).ok_or_else(bad)?;
    if prev != 0 {
        return Err(bad());
    }
    for i in 1..=count {
        let off = usize_at(data, offsets + 4 * i).ok_or_else(bad)?;
        let raw = data.get(bytes + prev..bytes + off).filter(|_| off >= prev).ok_or_else(bad)?;
        let s = std::str::from_utf8(raw).map_err(|_| corrupt(format!("section {name} holds invalid UTF-8")))?;
        out.push(s.into());
        prev = off;
    }
    if bytes + prev != end {
        return Err(bad());
    }
    Ok(out)
}

/// A Polish morphological dictionary (PoliMorf), immutable and shareable
/// between threads.
///
/// Get the embedded one with [`Morphology::embedded`], or load another
/// artefact built by `rules/morph/build.sh` with [`Morphology::from_bytes`].
#[derive(Clone)]
pub struct Morphology {
    data: Bytes,
    fst: Option<fst::Map<FstBytes>>,
    tags: Vec<(TagInfo, Box<str>)>,
    suffixes: Vec<Box<str>>,
    tagsets: U32Lists,
    readings_at: usize,
    readings: usize,
    rsets: U32Lists,
    meta: Box<str>,
    name_rules: Option<Arc<NameRules>>,
}

impl fmt::Debug for Morphology {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Morphology")
            .field("bytes", &self.data.as_slice().len())
            .field("forms", &self.len())
            .field("tags", &self.tags.len())
            .field("readings", &self.readings)
            .finish_non_exhaustive()
    }
}

static EMBEDDED: LazyLock<Result<Morphology, MorphError>> = LazyLock::new(|| Morphology::open(Bytes::Static(EMBEDDED_ARTEFACT), false));

static EMPTY: LazyLock<Morphology> = LazyLock::new(Morphology::empty);

impl Morphology {
    /// The dictionary embedded in the binary, loaded on first use (zero-copy,
    /// well under a millisecond). Should the embedded artefact be invalid
    /// (it is checked by the tests), this is an empty dictionary; use
    /// [`Morphology::try_embedded`] to see the error.
    pub fn embedded() -> &'static Morphology {
        match &*EMBEDDED {
            Ok(m) => m,
            Err(_) => &EMPTY,
        }
    }

    /// The dictionary embedded in the binary, or why it could not be loaded.
    ///
    /// # Errors
    ///
    /// [`MorphError`] if the embedded artefact is invalid (a build problem).
    pub fn try_embedded() -> Result<&'static Morphology, MorphError> {
        EMBEDDED.as_ref().map_err(Clone::clone)
    }

    /// Loads an artefact built by `rules/morph/build.sh` (a run-time
    /// override of the embedded one). The whole file is validated, including
    /// the fst's checksum.
    ///
    /// # Errors
    ///
    /// [`MorphError::Corrupt`] if the bytes are not a valid artefact,
    /// [`MorphError::Version`] if they are of another format version.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Morphology, MorphError> {
        Morphology::open(Bytes::Shared(bytes.into()), true)
    }

    /// A dictionary that knows no word.
    fn empty() -> Morphology {
        let none = U32Lists { count: 0, offsets: 0, values: 0 };
        Morphology {
            data: Bytes::Static(&[]),
            fst: None,
            tags: Vec::new(),
            suffixes: Vec::new(),
            tagsets: none,
            readings_at: 0,
            readings: 0,
            rsets: none,
            meta: "".into(),
            name_rules: None,
        }
    }

    fn open(data: Bytes, verify_fst: bool) -> Result<Morphology, MorphError> {
        let bytes = data.as_slice();
        if bytes.get(..8) != Some(&MAGIC[..]) {
            return Err(corrupt("not a morphology artefact (bad magic)"));
        }
        let version = u32_at(bytes, 8).ok_or_else(|| corrupt("truncated header"))?;
        if version != FORMAT_VERSION {
            return Err(MorphError::Version { found: version, expected: FORMAT_VERSION });
        }
        if usize_at(bytes, 12) != Some(SECTIONS) {
            return Err(corrupt("unexpected number of sections"));
        }
        let mut sec = [(0usize, 0usize); SECTIONS];
        for (i, s) in sec.iter_mut().enumerate() {
            let off = usize_at(bytes, 16 + 8 * i).ok_or_else(|| corrupt("truncated header"))?;
            let len = usize_at(bytes, 20 + 8 * i).ok_or_else(|| corrupt("truncated header"))?;
            if off.checked_add(len).is_none_or(|end| end > bytes.len()) {
                return Err(corrupt(format!("section {i} lies outside the file")));
            }
            *s = (off, len);
        }
        let [meta, tags, suffixes, tagsets, readings, rsets, fst_sec] = sec;

        let meta = std::str::from_utf8(bytes.get(meta.0..meta.0 + meta.1).unwrap_or_default())
            .map_err(|_| corrupt("metadata is not UTF-8"))?
            .into();
        let tags = read_strings(bytes, tags.0, tags.1, "tags")?
            .into_iter()
            .map(|t| parse_tag(&t, false).map(|info| (info, t)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(corrupt)?;
        let suffixes = read_strings(bytes, suffixes.0, suffixes.1, "suffixes")?;
        let tagsets_t = U32Lists::open(bytes, tagsets.0, tagsets.1, tags.len(), "tagsets")?;

        let nreadings = usize_at(bytes, readings.0).ok_or_else(|| corrupt("section readings is malformed"))?;
        let readings_at = readings.0 + 4;
        if nreadings.checked_mul(READING_RECORD).and_then(|n| n.checked_add(4)) != Some(readings.1) {
            return Err(corrupt("section readings is malformed"));
        }
        for r in 0..nreadings {
            let at = readings_at + r * READING_RECORD;
            let suffix = bytes.get(at + 2..at + 4).map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])));
            let tagset = usize_at(bytes, at + 4);
            if suffix.is_none_or(|s| s >= suffixes.len()) || tagset.is_none_or(|t| t >= tagsets_t.count) {
                return Err(corrupt(format!("reading {r} refers to a missing entry")));
            }
        }
        let rsets = U32Lists::open(bytes, rsets.0, rsets.1, nreadings, "reading sets")?;

        let fst_bytes = FstBytes { bytes: data.clone(), start: fst_sec.0, end: fst_sec.0 + fst_sec.1 };
        let map = fst::Map::new(fst_bytes).map_err(|e| corrupt(format!("fst: {e}")))?;
        if verify_fst {
            map.as_fst().verify().map_err(|e| corrupt(format!("fst: {e}")))?;
        }
        Ok(Morphology {
            data,
            fst: Some(map),
            tags,
            suffixes,
            tagsets: tagsets_t,
            readings_at,
            readings: nreadings,
            rsets,
            meta,
            name_rules: None,
        })
    }

    /// Replaces the proper-name rules used by [`Morphology::guess_name`]
    /// (by default the embedded `rules/morph/name_paradigms.tsv`).
    pub fn with_name_rules(mut self, rules: NameRules) -> Morphology {
        self.name_rules = Some(Arc::new(rules));
        self
    }

    /// The proper-name rules used by [`Morphology::guess_name`].
    pub fn name_rules(&self) -> &NameRules {
        self.name_rules.as_deref().unwrap_or_else(|| NameRules::embedded())
    }

    /// Number of distinct forms in the dictionary.
    pub fn len(&self) -> usize {
        self.fst.as_ref().map_or(0, fst::Map::len)
    }

    /// Whether the dictionary knows no form.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The artefact's `key=value` metadata (source, version, counts).
    pub fn metadata(&self) -> &str {
        &self.meta
    }

    /// The spellings looked up for `form`: as written, lower-cased and
    /// Capitalised, without duplicates.
    fn variants(form: &str) -> Vec<String> {
        let mut v = vec![form.to_string()];
        for alt in [form.to_lowercase(), capitalise(form)] {
            if !v.contains(&alt) {
                v.push(alt);
            }
        }
        v
    }

    /// Calls `f(lemma, tag id)` for every reading of exactly `key`.
    fn for_each_reading(&self, key: &str, mut f: impl FnMut(&str, usize)) -> bool {
        let Some(rset) = self.fst.as_ref().and_then(|m| m.get(key)) else {
            return false;
        };
        let Ok(rset) = usize::try_from(rset) else {
            return true;
        };
        let data = self.data.as_slice();
        for r in self.rsets.get(data, rset) {
            let at = self.readings_at + r * READING_RECORD;
            let Some(rec) = data.get(at..at + READING_RECORD) else {
                continue;
            };
            let (front, back) = (usize::from(rec[0]), usize::from(rec[1]));
            let suffix = usize::from(u16::from_le_bytes([rec[2], rec[3]]));
            let tagset = u32::from_le_bytes([rec[4], rec[5], rec[6], rec[7]]) as usize;
            let Some(lemma) = self.suffixes.get(suffix).and_then(|s| apply_cut(key, front, back, s)) else {
                continue;
            };
            for t in self.tagsets.get(data, tagset) {
                f(&lemma, t);
            }
        }
        true
    }

    /// Whether this is the embedded dictionary (the only one whose lookups
    /// are cached: another instance may carry other name rules).
    fn is_embedded(&self) -> bool {
        matches!(&*EMBEDDED, Ok(m) if std::ptr::eq(m, self))
    }

    /// The cached entry for `form` (embedded dictionary only).
    fn cached(&self, form: &str) -> Rc<Cached> {
        if let Some(c) = CACHE.with(|c| c.borrow().get(form).cloned()) {
            return c;
        }
        let (tagged, known) = self.tagged_and_known(form);
        let plain = Self::plain_of(tagged.iter().map(|(a, _)| a.clone()));
        let entry = Rc::new(Cached { tagged, plain, known, guess: RefCell::new(None) });
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= CACHE_LIMIT {
                c.clear();
            }
            c.insert(form.into(), Rc::clone(&entry));
        });
        entry
    }

    /// Readings without duplicates, in order.
    fn plain_of(readings: impl Iterator<Item = Analysis>) -> Vec<Analysis> {
        readings.fold(Vec::new(), |mut out, a| {
            if !out.contains(&a) {
                out.push(a);
            }
            out
        })
    }

    /// Every reading of `form`, one [`Analysis`] per (lemma, tag). The form
    /// is looked up as written, lower-cased and Capitalised (`KLASTRA`,
    /// `klastra` and `Klastra` all find `klaster`); readings are listed in
    /// that order, without duplicates. Empty if the form is unknown.
    pub fn analyse(&self, form: &str) -> Vec<Analysis> {
        if self.is_embedded() {
            return self.cached(form).plain.clone();
        }
        Self::plain_of(self.analyse_with_tags(form).into_iter().map(|(a, _)| a))
    }

    /// Calls `f` with the readings of [`Morphology::analyse`], without
    /// copying them when the dictionary is the embedded one (cached).
    pub fn with_analyses<R>(&self, form: &str, f: impl FnOnce(&[Analysis]) -> R) -> R {
        if self.is_embedded() {
            return f(&self.cached(form).plain);
        }
        f(&self.analyse(form))
    }

    /// Like [`Morphology::analyse`], with each reading's NKJP tag as in the
    /// dictionary (`subst:sg:gen:m3`), e.g. to tell verbs from adverbs in
    /// [`Pos::Other`] or to see the degree of an adjective. Several tags can
    /// give the same [`Analysis`] (`n1`/`n2` both give [`Gender::N`]).
    pub fn analyse_with_tags(&self, form: &str) -> Vec<(Analysis, &str)> {
        let tagged = if self.is_embedded() { self.cached(form).tagged.clone() } else { self.tagged_uncached(form) };
        tagged.into_iter().filter_map(|(a, t)| self.tags.get(t).map(|(_, tag)| (a, &**tag))).collect()
    }

    /// [`Morphology::analyse_with_tags`] from the fst, tags as indices.
    fn tagged_uncached(&self, form: &str) -> Vec<(Analysis, usize)> {
        self.tagged_and_known(form).0
    }

    /// [`Morphology::tagged_uncached`] and [`Morphology::contains`] in one
    /// pass over the spellings.
    fn tagged_and_known(&self, form: &str) -> (Vec<(Analysis, usize)>, bool) {
        let mut out: Vec<(Analysis, usize)> = Vec::new();
        let mut known = false;
        for key in Morphology::variants(form) {
            known |= self.for_each_reading(&key, |lemma, t| {
                let Some((info, tag)) = self.tags.get(t) else {
                    return;
                };
                let a = Analysis {
                    lemma: lemma.to_string(),
                    pos: info.pos,
                    number: info.number,
                    case: info.case,
                    gender: info.gender,
                    proper: is_capitalised(lemma),
                };
                if !out.iter().any(|(b, u)| *b == a && *self.tags[*u].1 == **tag) {
                    out.push((a, t));
                }
            });
        }
        (out, known)
    }

    /// Whether the dictionary knows `form` (as written, lower-cased or
    /// Capitalised).
    pub fn contains(&self, form: &str) -> bool {
        if self.is_embedded() {
            return self.cached(form).known;
        }
        self.contains_uncached(form)
    }

    fn contains_uncached(&self, form: &str) -> bool {
        let Some(map) = &self.fst else {
            return false;
        };
        Morphology::variants(form).iter().any(|k| map.contains_key(k))
    }

    /// The distinct lemmas of `form`, in the order of [`Morphology::analyse`].
    pub fn lemmas(&self, form: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for a in self.analyse(form) {
            if !out.contains(&a.lemma) {
                out.push(a.lemma);
            }
        }
        out
    }

    /// Whether `lemma` is a lemma in the dictionary (some form of it has
    /// exactly this lemma).
    pub fn is_lemma(&self, lemma: &str) -> bool {
        let mut found = false;
        if let Some(map) = &self.fst {
            if map.contains_key(lemma) {
                self.for_each_reading(lemma, |l, _| found |= l == lemma);
            }
        }
        found
    }

    /// Guesses the lemma of a proper-name form the dictionary may lack
    /// (`Altmaierem` -> `Altmaier`, `Krystowskiego` -> `Krystowski`,
    /// `Thierry'ego` -> `Thierry`, `Emilewicz` -> `Emilewicz`) with
    /// [`Morphology::name_rules`]. Does not consult the dictionary's
    /// readings of `form` itself (see [`Morphology::analyse_name`]).
    ///
    /// Candidates come most likely first: those whose lemma the dictionary
    /// knows, then by [`NameRules::guess`]'s order. All have
    /// `proper == true` when the form is capitalised.
    pub fn guess_name(&self, form: &str) -> Vec<Analysis> {
        if self.is_embedded() {
            let entry = self.cached(form);
            if let Some(g) = entry.guess.borrow().as_ref() {
                return g.as_ref().clone();
            }
            let g = Rc::new(self.guess_name_uncached(form));
            *entry.guess.borrow_mut() = Some(Rc::clone(&g));
            return g.as_ref().clone();
        }
        self.guess_name_uncached(form)
    }

    fn guess_name_uncached(&self, form: &str) -> Vec<Analysis> {
        let guesses = self.name_rules().guess(form);
        let (known, unknown): (Vec<Analysis>, Vec<Analysis>) = guesses.into_iter().partition(|a| self.is_lemma(&a.lemma));
        known.into_iter().chain(unknown).collect()
    }

    /// Readings of a form standing in a proper name, most likely first:
    ///
    /// 1. the dictionary's readings with a capitalised lemma, if any
    ///    (`Marcina` -> `Marcin`); else
    /// 2. for a hyphenated form, the parts analysed alone and combined where
    ///    they agree (`Serewko-Szymańska` -> `Serewko-Szymańska`, f);
    ///    else
    /// 3. the dictionary's noun and adjective readings with the lemma's
    ///    first letter upper-cased when the form's is (`Klastrów` ->
    ///    `Klaster`, `proper == false`), followed by
    ///    [`Morphology::guess_name`]'s candidates.
    pub fn analyse_name(&self, form: &str) -> Vec<Analysis> {
        let found = self.analyse(form);
        let proper: Vec<Analysis> = found.iter().filter(|a| a.proper).cloned().collect();
        if !proper.is_empty() {
            return proper;
        }
        if form.contains('-') {
            let combined = self.analyse_compound_name(form);
            if !combined.is_empty() {
                return combined;
            }
        }
        let capitalised = is_capitalised(form);
        let mut out: Vec<Analysis> = Vec::new();
        for mut a in found {
            if matches!(a.pos, Pos::Noun | Pos::Adjective) {
                if capitalised {
                    a.lemma = upper_first(&a.lemma);
                }
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
        for g in self.guess_name(form) {
            if !out.contains(&g) {
                out.push(g);
            }
        }
        out
    }

    /// Readings of a hyphenated name (`Serewko-Szymańska`,
    /// `Kosiniaka-Kamysza`): every part analysed with
    /// [`Morphology::analyse_name`], combined where number, case and gender
    /// agree. At most three parts.
    fn analyse_compound_name(&self, form: &str) -> Vec<Analysis> {
        const MAX_COMBINATIONS: usize = 200;
        let parts: Vec<&str> = form.split('-').collect();
        if parts.len() > 3 || parts.iter().any(|p| p.chars().count() < 2) {
            return Vec::new();
        }
        let mut combos: Vec<Analysis> = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let candidates = self.analyse_name(part);
            if i == 0 {
                combos = candidates;
                continue;
            }
            let mut next: Vec<Analysis> = Vec::new();
            for c in &combos {
                for p in &candidates {
                    let a = Analysis {
                        lemma: format!("{}-{}", c.lemma, p.lemma),
                        pos: if c.pos == p.pos { p.pos } else { Pos::Noun },
                        number: c.number.intersection(p.number),
                        case: c.case.intersection(p.case),
                        gender: c.gender.intersection(p.gender),
                        proper: c.proper || p.proper,
                    };
                    if !a.number.is_empty()
                        && !a.case.is_empty()
                        && !a.gender.is_empty()
                        && !next.contains(&a)
                        && next.len() < MAX_COMBINATIONS
                    {
                        next.push(a);
                    }
                }
            }
            combos = next;
        }
        combos
    }
}

// ---------------------------------------------------------------------------
// Proper-name paradigm guesser
// ---------------------------------------------------------------------------

/// What the stem (the form without the matched suffix) must end with.
#[derive(Debug, Clone, PartialEq, Eq)]
enum StemCondition {
    Any,
    Consonant,
    Vowel,
    OneOf(Vec<char>),
    NoneOf(Vec<char>),
}

const VOWELS: &str = "aąeęioóuyáàâäãåéèêëíìîïòôöõøúùûüýÿœæ";

impl StemCondition {
    fn parse(s: &str) -> Result<StemCondition, String> {
        match s {
            "-" => Ok(StemCondition::Any),
            "C" => Ok(StemCondition::Consonant),
            "V" => Ok(StemCondition::Vowel),
            _ => {
                let inner = s
                    .strip_prefix('[')
                    .and_then(|r| r.strip_suffix(']'))
                    .filter(|r| !r.is_empty())
                    .ok_or_else(|| format!("stem condition {s:?} is not -, C, V, [letters] or [^letters]"))?;
                Ok(match inner.strip_prefix('^') {
                    Some(rest) if !rest.is_empty() => StemCondition::NoneOf(rest.chars().flat_map(char::to_lowercase).collect()),
                    Some(_) => return Err(format!("stem condition {s:?} lists no letter")),
                    None => StemCondition::OneOf(inner.chars().flat_map(char::to_lowercase).collect()),
                })
            }
        }
    }

    /// Whether a stem ending in (lower-case) `last` satisfies the condition.
    fn accepts(&self, last: char) -> bool {
        match self {
            StemCondition::Any => true,
            StemCondition::Consonant => last.is_alphabetic() && !VOWELS.contains(last),
            StemCondition::Vowel => VOWELS.contains(last),
            StemCondition::OneOf(cs) => cs.contains(&last),
            StemCondition::NoneOf(cs) => last.is_alphabetic() && !cs.contains(&last),
        }
    }
}

/// One line of `name_paradigms.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NameRule {
    /// Lower-case ending of the form, `'` for any apostrophe.
    suffix: String,
    suffix_chars: usize,
    replacement: String,
    stem: StemCondition,
    tags: Vec<TagInfo>,
    line: usize,
}

/// Suffix rules guessing lemmas of proper-name forms (see
/// `rules/morph/name_paradigms.tsv` for the format). Get the embedded
/// rules with [`NameRules::embedded`] or parse others with
/// [`NameRules::parse`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameRules {
    rules: Vec<NameRule>,
}

static EMBEDDED_RULES: LazyLock<Result<NameRules, MorphError>> = LazyLock::new(|| NameRules::parse(EMBEDDED_NAME_RULES));
static NO_RULES: NameRules = NameRules { rules: Vec::new() };

/// Lower-cases `s` and turns typographic apostrophes into `'`.
fn normalise_for_suffix(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).map(|c| if matches!(c, '\u{2019}' | '\u{2bc}' | '`') { '\'' } else { c }).collect()
}

impl NameRules {
    /// The rules embedded from `rules/morph/name_paradigms.tsv` (empty,
    /// should they fail to parse; the tests check they do not, and
    /// [`NameRules::try_embedded`] tells why).
    pub fn embedded() -> &'static NameRules {
        match &*EMBEDDED_RULES {
            Ok(r) => r,
            Err(_) => &NO_RULES,
        }
    }

    /// The embedded rules, or why they could not be parsed.
    ///
    /// # Errors
    ///
    /// [`MorphError::Rules`] if the embedded file is invalid (a build
    /// problem).
    pub fn try_embedded() -> Result<&'static NameRules, MorphError> {
        EMBEDDED_RULES.as_ref().map_err(Clone::clone)
    }

    /// Parses rules in the `name_paradigms.tsv` format: five TAB-separated
    /// columns `suffix`, `lemma ending`, `stem condition`, `tags`,
    /// `examples` (`form=lemma ...`); `-` for an empty suffix, an empty
    /// ending or no condition; `#` comment lines and blank lines skipped.
    /// Each rule's examples must be produced by that rule. Errors name the
    /// 1-based line number.
    ///
    /// # Errors
    ///
    /// [`MorphError::Rules`] with the line number of the first bad line.
    pub fn parse(text: &str) -> Result<NameRules, MorphError> {
        let mut rules = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let err = |message: String| MorphError::Rules { line, message };
            let content = raw.trim_end_matches('\r');
            if content.trim().is_empty() || content.trim_start().starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = content.split('\t').map(str::trim).collect();
            let [suffix, replacement, stem, tags, examples] = cols.as_slice() else {
                return Err(err(format!("expected 5 TAB-separated columns, found {}", cols.len())));
            };
            let dash = |s: &str| {
                if s == "-" {
                    String::new()
                } else {
                    s.to_string()
                }
            };
            let suffix = normalise_for_suffix(&dash(suffix));
            let tags = tags.split('+').map(|t| parse_tag(t, true)).collect::<Result<Vec<TagInfo>, String>>().map_err(err)?;
            let rule = NameRule {
                suffix_chars: suffix.chars().count(),
                suffix,
                replacement: dash(replacement),
                stem: StemCondition::parse(stem).map_err(err)?,
                tags,
                line,
            };
            let mut n = 0;
            for ex in examples.split_whitespace() {
                let (form, lemma) = ex.split_once('=').ok_or_else(|| err(format!("example {ex:?} is not form=lemma")))?;
                if rule.apply(form).as_deref() != Some(lemma) {
                    return Err(err(format!("the rule does not turn example {form:?} into {lemma:?}")));
                }
                n += 1;
            }
            if n == 0 {
                return Err(err("no example".to_string()));
            }
            rules.push(rule);
        }
        Ok(NameRules { rules })
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there is no rule.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Every candidate reading of `form` by the rules alone, one
    /// [`Analysis`] per (lemma, tag), ranked by the length of the matched
    /// suffix (longer first), then by the order of the rules; without
    /// duplicates.
    pub fn guess(&self, form: &str) -> Vec<Analysis> {
        let prepared = PreparedForm::new(form);
        let mut matches: Vec<(&NameRule, String)> =
            self.rules.iter().filter_map(|r| r.apply_prepared(&prepared).map(|lemma| (r, lemma))).collect();
        matches.sort_by_key(|(r, _)| (std::cmp::Reverse(r.suffix_chars), r.line));
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (rule, lemma) in matches {
            for t in &rule.tags {
                let a = Analysis {
                    proper: is_capitalised(&lemma),
                    lemma: lemma.clone(),
                    pos: t.pos,
                    number: t.number,
                    case: t.case,
                    gender: t.gender,
                };
                if seen.insert(a.clone()) {
                    out.push(a);
                }
            }
        }
        out
    }
}

impl NameRule {
    /// The lemma this rule gives for `form`, if it applies.
    fn apply(&self, form: &str) -> Option<String> {
        self.apply_prepared(&PreparedForm::new(form))
    }

    fn apply_prepared(&self, p: &PreparedForm<'_>) -> Option<String> {
        if !p.norm.ends_with(&self.suffix) {
            return None;
        }
        let stem_len = p.len.checked_sub(self.suffix_chars)?;
        if stem_len == 0 || stem_len + self.replacement.chars().count() < 2 {
            return None;
        }
        // Lower-casing may change the length in chars (rare letters); then
        // the suffix cannot be located in the original reliably.
        if p.norm_len != p.len {
            return None;
        }
        let last = p.norm.chars().nth(stem_len - 1)?;
        if !self.stem.accepts(last) {
            return None;
        }
        let replacement = if p.shouting { self.replacement.to_uppercase() } else { self.replacement.clone() };
        apply_cut(p.form, 0, self.suffix_chars, &replacement)
    }
}

/// A form with what every rule needs computed once.
struct PreparedForm<'a> {
    form: &'a str,
    norm: String,
    len: usize,
    norm_len: usize,
    /// Written in capitals only (`KRAMERA`): replacements are upper-cased.
    shouting: bool,
}

impl<'a> PreparedForm<'a> {
    fn new(form: &'a str) -> PreparedForm<'a> {
        let norm = normalise_for_suffix(form);
        let len = form.chars().count();
        PreparedForm {
            norm_len: norm.chars().count(),
            norm,
            len,
            shouting: len > 1 && form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase),
            form,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> &'static Morphology {
        Morphology::try_embedded().expect("embedded artefact loads")
    }

    fn lemmas(form: &str) -> Vec<String> {
        m().lemmas(form)
    }

    fn has(form: &str, lemma: &str, pos: Pos, number: Option<Number>, case: Option<Case>, gender: Option<Gender>) -> bool {
        m().analyse(form).iter().any(|a| {
            a.lemma == lemma
                && a.pos == pos
                && number.is_none_or(|n| a.number.contains(n))
                && case.is_none_or(|c| a.case.contains(c))
                && gender.is_none_or(|g| a.gender.contains(g))
        })
    }

    #[test]
    fn embedded_loads() {
        let m = m();
        assert!(m.len() > 4_000_000, "{}", m.len());
        assert!(m.metadata().contains("forms="));
        assert!(!m.is_empty());
    }

    #[test]
    fn proper_names() {
        // Lower-cased, `bretona` is the genitive of `breton` (a Breton dog).
        assert_eq!(lemmas("Bretona"), ["Breton", "breton"]);
        assert_eq!(lemmas("Krystowskiego"), ["Krystowski"]);
        assert_eq!(lemmas("Ociepy"), ["Ociepa"]);
        assert_eq!(lemmas("Pradze"), ["Praga", "Praha"]);
        assert_eq!(lemmas("Brukseli"), ["Bruksela"]);
        assert_eq!(lemmas("Wiednia"), ["Wiedeń"]);
        assert_eq!(lemmas("Marcina"), ["Marcin"]);
        assert_eq!(lemmas("Jadwigi"), ["Jadwiga"]);
        assert!(has("Bretona", "Breton", Pos::Noun, Some(Number::Sg), Some(Case::Gen), Some(Gender::M1)));
        assert!(has("Marcina", "Marcin", Pos::Noun, Some(Number::Sg), Some(Case::Acc), Some(Gender::M1)));
        assert!(has("Wiednia", "Wiedeń", Pos::Noun, Some(Number::Sg), Some(Case::Gen), Some(Gender::M3)));
        // `Ociepy`: surname in the genitive, and a depreciative plural.
        assert!(has("Ociepy", "Ociepa", Pos::Noun, Some(Number::Sg), Some(Case::Gen), Some(Gender::M1)));
        assert!(has("Ociepy", "Ociepa", Pos::Noun, Some(Number::Pl), Some(Case::Nom), Some(Gender::M2)));
        let praga: Vec<Analysis> = m().analyse("Pradze").into_iter().filter(|a| a.lemma == "Praga").collect();
        assert_eq!(praga.len(), 2);
        assert!(praga.iter().all(|a| a.proper && a.pos == Pos::Noun && a.gender == Gender::F.into()));
        let cases: Cases = praga.iter().flat_map(|a| a.case.iter()).collect();
        assert_eq!(cases, Cases::EMPTY.with(Case::Dat).with(Case::Loc));
    }

    #[test]
    fn common_words_and_case_variants() {
        for form in ["Klastra", "klastra", "KLASTRA"] {
            let a = m().analyse(form);
            assert_eq!(
                a,
                vec![Analysis {
                    lemma: "klaster".into(),
                    pos: Pos::Noun,
                    number: Number::Sg.into(),
                    case: Case::Gen.into(),
                    gender: Gender::M3.into(),
                    proper: false,
                }],
                "{form}"
            );
            assert!(m().contains(form));
        }
        assert!(has("Polskiego", "polski", Pos::Adjective, Some(Number::Sg), Some(Case::Gen), None));
        assert!(has("Polskiego", "Polski", Pos::Noun, Some(Number::Sg), Some(Case::Gen), Some(Gender::M1)));
        assert!(has("Agencji", "agencja", Pos::Noun, Some(Number::Sg), Some(Case::Gen), Some(Gender::F)));
        assert_eq!(lemmas("Agencji"), ["agencja"]);
        assert!(has("Ministerstwem", "ministerstwo", Pos::Noun, Some(Number::Sg), Some(Case::Inst), Some(Gender::N)));
        assert_eq!(lemmas("Ministerstwem"), ["ministerstwo"]);
        assert!(has("czterystu", "czterysta", Pos::Numeral, Some(Number::Pl), Some(Case::Gen), None));
        assert!(has("zjednoczone", "zjednoczyć", Pos::Participle, Some(Number::Pl), Some(Case::Nom), Some(Gender::F)));
        assert!(!m().contains("Xqzzy"));
        assert!(m().analyse("Xqzzy").is_empty());
        assert!(m().analyse("").is_empty());
    }

    #[test]
    fn analyses_are_split_per_tag_and_merge_dotted_values() {
        // adj:sg:acc:m1.m2:pos + adj:sg:gen:m1.m2.m3.n1.n2:pos + subst:sg:gen:m3
        let adj: Vec<Analysis> = m().analyse("polskiego").into_iter().filter(|a| a.lemma == "polski").collect();
        assert_eq!(adj.len(), 3, "{adj:?}");
        let gen = adj.iter().find(|a| a.pos == Pos::Adjective && a.case == Case::Gen.into()).expect("gen reading");
        assert_eq!(gen.gender, [Gender::M1, Gender::M2, Gender::M3, Gender::N].into_iter().collect());
        assert!(!gen.proper);
        let with_tags = m().analyse_with_tags("polskiego");
        assert!(with_tags.iter().any(|(_, t)| *t == "adj:sg:gen:m1.m2.m3.n1.n2:pos"));
        // Verbs are kept as Pos::Other.
        assert!(has("jest", "być", Pos::Other, Some(Number::Sg), None, None));
    }

    #[test]
    fn bitsets() {
        let c: Cases = [Case::Nom, Case::Voc].into_iter().collect();
        assert!(c.contains(Case::Nom) && !c.contains(Case::Gen));
        assert!(c.intersects(&Case::Voc.into()) && !c.intersects(&Case::Gen.into()));
        assert!(Cases::EMPTY.is_empty() && !Cases::ALL.is_empty());
        assert_eq!(Cases::ALL.len(), 7);
        assert_eq!(format!("{c:?}"), "{Nom, Voc}");
        assert_eq!(parse_tag("subst:pl:nom:p3", false).map(|t| t.gender.contains(Gender::F)), Ok(true));
        assert_eq!(parse_tag("subst:pl:nom:p1", false).map(|t| t.gender), Ok(Gender::M1.into()));
    }

    #[test]
    fn corrupt_artefacts_are_errors() {
        assert!(matches!(Morphology::from_bytes(Vec::new()), Err(MorphError::Corrupt(_))));
        assert!(matches!(Morphology::from_bytes(b"hello world, not a dictionary".to_vec()), Err(MorphError::Corrupt(_))));
        let good = EMBEDDED_ARTEFACT.to_vec();
        let mut truncated = good.clone();
        truncated.truncate(good.len() / 2);
        assert!(matches!(Morphology::from_bytes(truncated), Err(MorphError::Corrupt(_))));
        let mut version = good.clone();
        version[8] = 99;
        assert_eq!(Morphology::from_bytes(version).err(), Some(MorphError::Version { found: 99, expected: 1 }));
        // A flipped byte inside the fst is caught by its checksum.
        let mut flipped = good.clone();
        let n = flipped.len();
        flipped[n - 1000] ^= 0x55;
        assert!(matches!(Morphology::from_bytes(flipped), Err(MorphError::Corrupt(_))));
        // A reading pointing past the tables is caught too.
        let mut bad_table = good.clone();
        let readings_at = u32_at(&good, 16 + 8 * 4).expect("header") as usize;
        bad_table[readings_at + 4 + 4..readings_at + 4 + 8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(Morphology::from_bytes(bad_table), Err(MorphError::Corrupt(_))));
        // The untouched artefact loads from bytes as well.
        let loaded = Morphology::from_bytes(good).expect("valid artefact");
        assert_eq!(loaded.lemmas("Wiednia"), ["Wiedeń"]);
    }

    fn first_guess(form: &str) -> String {
        NameRules::try_embedded().expect("rules parse").guess(form).first().map(|a| a.lemma.clone()).unwrap_or_default()
    }

    #[test]
    fn name_rules_examples() {
        let rules = NameRules::try_embedded().expect("embedded rules parse");
        assert!(rules.len() > 50);
        for line in EMBEDDED_NAME_RULES.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let want_tags: Vec<TagInfo> = cols[3].split('+').map(|t| parse_tag(t, true).expect("tag")).collect();
            for ex in cols[4].split_whitespace() {
                let (form, lemma) = ex.split_once('=').expect("form=lemma");
                let got = rules.guess(form);
                for t in &want_tags {
                    assert!(
                        got.iter().any(|a| a.lemma == lemma && a.case == t.case && a.gender == t.gender && a.number == t.number),
                        "{form} -> {lemma} {t:?} not in {got:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn name_guesses_ranked() {
        for (form, lemma) in [
            ("Altmaierem", "Altmaier"),
            ("Peterem", "Peter"),
            ("Kramera", "Kramer"),
            ("Bretona", "Breton"),
            ("Kramerowi", "Kramer"),
            ("Bretonie", "Breton"),
            ("Thierry'ego", "Thierry"),
            ("Thierry’ego", "Thierry"),
            ("Thierry'emu", "Thierry"),
            ("Krystowskiego", "Krystowski"),
            ("Krystowskim", "Krystowski"),
            ("Radeckiego", "Radecki"),
            ("Zawadzkiego", "Zawadzki"),
            ("Krystowskiej", "Krystowska"),
            ("Krystowską", "Krystowska"),
            ("Radeckiej", "Radecka"),
            ("Jilkovej", "Jilkova"),
            ("Gniadego", "Gniady"),
            ("Ociepy", "Ociepa"),
            ("Angeli", "Angela"),
            ("Emilewicz", "Emilewicz"),
            ("KRAMERA", "KRAMER"),
            ("KRYSTOWSKIEGO", "KRYSTOWSKI"),
        ] {
            assert_eq!(first_guess(form), lemma, "{form}");
        }
        let emilewicz = NameRules::embedded().guess("Emilewicz");
        assert!(emilewicz.iter().any(|a| a.gender == Gender::F.into() && a.case.contains(Case::Inst)));
        assert!(emilewicz.iter().all(|a| a.proper));
        // The dictionary moves known lemmas first: `Bretonie` could be the
        // locative of Breton or the dative of *Bretona.
        let g = m().guess_name("Bretonie");
        assert_eq!(g.first().map(|a| a.lemma.as_str()), Some("Breton"));
        assert!(g.iter().any(|a| a.lemma == "Bretona"));
        assert_eq!(m().guess_name("Altmaierem").first().map(|a| (a.lemma.as_str(), a.case)), Some(("Altmaier", Case::Inst.into())));
        // analyse_name prefers the dictionary, falls back on guessing.
        assert_eq!(m().analyse_name("Marcina").first().map(|a| a.lemma.as_str()), Some("Marcin"));
        assert_eq!(m().analyse_name("Altmaierem").first().map(|a| a.lemma.as_str()), Some("Altmaier"));
        let first = |f: &str| m().analyse_name(f).first().map(|a| (a.lemma.clone(), a.proper));
        assert_eq!(first("Klastrów"), Some(("Klaster".to_string(), false)));
        assert_eq!(first("Jilkova"), Some(("Jilkova".to_string(), true)));
        assert_eq!(first("Thierry"), Some(("Thierry".to_string(), true)));
        let serewko = m().analyse_name("Serewko-Szymańska");
        assert_eq!(
            serewko.first().map(|a| (a.lemma.as_str(), a.gender, a.case.contains(Case::Nom))),
            Some(("Serewko-Szymańska", Gender::F.into(), true))
        );
        let kk = m().analyse_name("Kosiniaka-Kamysza");
        assert!(kk.iter().any(|a| a.lemma == "Kosiniak-Kamysz" && a.case.contains(Case::Gen) && a.gender == Gender::M1.into()), "{kk:?}");
        assert!(NameRules::embedded().guess("").is_empty());
        assert!(NameRules::embedded().guess("A").is_empty());
    }

    #[test]
    fn name_rules_errors_name_the_line() {
        let ok = "# comment\n\nem\t-\tC\tsubst:sg:inst:m1\tPeterem=Peter\n";
        let rules = NameRules::parse(ok).expect("parses");
        assert_eq!(rules.len(), 1);
        let m2 = Morphology::try_embedded().expect("loads").clone().with_name_rules(rules);
        assert_eq!(m2.guess_name("Peterem").first().map(|a| a.lemma.as_str()), Some("Peter"));
        assert!(m2.guess_name("Krystowskiego").is_empty());
        let cases = [
            ("# c\nem\t-\tC\tsubst:sg:inst:m1\n", 2),
            ("\n\nem\t-\tC\tsubst:sg:inst:m9\tPeterem=Peter\n", 3),
            ("em\t-\tC\tsubst:sg:inst:m1\tPeterem=Petera\n", 1),
            ("em\t-\tQ\tsubst:sg:inst:m1\tPeterem=Peter\n", 1),
            ("em\t-\tC\tsubst:sg:inst:m1\t\n", 1),
            ("em\t-\t-\tfoo:sg\tPeterem=Peter\n", 1),
        ];
        for (text, line) in cases {
            match NameRules::parse(text) {
                Err(MorphError::Rules { line: l, .. }) => assert_eq!(l, line, "{text:?}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Morphology>();
        check::<NameRules>();
    }
}
