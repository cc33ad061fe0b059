//! Counts of who or what took part.
//!
//! A count is a number (digits or words: [`crate::numerals`]) followed by
//! up to two adjectives and a counted noun from `attendance_nouns.tsv`
//! (`ponad 20 dodatkowych przedstawicieli`, `z 17 krajów europejskich`).
//! The noun's row gives the category and the lemma reported as `noun`.
//! A qualifier from `attendance_qualifiers.tsv` right before the number
//! sets `qualifier` (`około` -> approx, `otwarte dla` -> up_to); without one
//! the count is exact. A word from `attendance_negative.tsv` among the five
//! words before the number (`zrzesza`, `zatrudnia`) marks a statistic about
//! an organisation, not an event, and the count is dropped. Money,
//! percentages, durations, ordinals (`7. edycja`) and dates never reach a
//! counted noun, so they are not counts. Vague numerals (`kilkuset`) give
//! `value: null` and a `range`. `półtora tysiąca` and `dwa i pół tysiąca`
//! are 1500 and 2500; `200-osobowa grupa` (a group word after) counts
//! people.
//!
//! ```
//! use ekstrakt::{Pipeline, Category, Qualifier};
//! let p = Pipeline::new()?;
//! let r = p.extract("x", "W konferencji wzięło udział ponad 1 100 uczestników z kilkunastu krajów.");
//! assert_eq!(r.attendance[0].value, Some(1100));
//! assert_eq!(r.attendance[0].qualifier, Qualifier::MoreThan);
//! assert_eq!(r.attendance[0].category, Category::Participants);
//! assert_eq!(r.attendance[1].range, Some([11, 19]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::doc::{lower_word, Doc};
use crate::numerals::{Count, Numerals};
use crate::record::{Attendance, Category, Qualifier, Record};
use crate::rules::{RuleSet, RulesError};
use crate::segment::TokenKind;
use crate::span::Span;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// The counted nouns.
pub const NOUNS_FILE: &str = "attendance_nouns.tsv";
/// The qualifier phrases.
pub const QUALIFIERS_FILE: &str = "attendance_qualifiers.tsv";
/// The words that make a count a statistic.
pub const NEGATIVE_FILE: &str = "attendance_negative.tsv";
/// The words that make a small count of people an attendance.
pub const CONTEXT_FILE: &str = "attendance_context.tsv";
/// The words that make a count per unit (`dwie osoby z każdej firmy`).
pub const PER_UNIT_FILE: &str = "attendance_per_unit.tsv";
/// The groups whose size a negative word tells (`delegacja liczyła 20 osób`).
pub const GROUPS_FILE: &str = "attendance_groups.tsv";

/// Counts of the generic `osoba` below this need a word from
/// [`CONTEXT_FILE`] in the sentence.
const SMALL_COUNT: u64 = 10;
/// Below this, a count of organisations needs a [`CONTEXT_FILE`] word in
/// its sentence too (`partnerami giełdy będą dwie izby`).
const SMALL_ORGANIZATIONS: u64 = 3;

/// How many words before the number a negative word is looked for.
const NEGATIVE_WINDOW: usize = 5;
/// How many adjectives may stand between the number and the noun.
const MAX_ADJECTIVES: usize = 2;

#[derive(Debug, Clone)]
struct Noun {
    lemma: String,
    category: Category,
}

/// One word of a qualifier phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum QWord {
    Exact(String),
    Stem(String),
}

/// Counts of who or what took part.
#[derive(Debug)]
pub struct AttendanceExtractor {
    numerals: Numerals,
    nouns: Vec<Noun>,
    /// Lower-case form (words joined by one space) -> noun index.
    forms: HashMap<String, usize>,
    /// Forms in capitals, matched exactly.
    exact_forms: HashMap<String, usize>,
    /// The most words a noun form has.
    max_noun_words: usize,
    qualifiers: Vec<(Vec<QWord>, Qualifier)>,
    negative: Vec<String>,
    /// Negative words that must match a whole word (`zł`, `euro`).
    negative_words: HashSet<String>,
    /// Stems of groups that take part: right before a negative word, they
    /// keep the count (`misja liczyła 15 firm`).
    groups: Vec<String>,
    /// Stems meaning `each` (`każd`).
    each: Vec<String>,
    /// Words that make `każdego` a time (`każdego roku`).
    each_time: HashSet<String>,
    /// Words after `na` that make a count per unit (`na firmę`).
    units: HashSet<String>,
    /// Stems that make a small count of people an attendance (one ending in
    /// `$` a whole word).
    context: Vec<String>,
    /// Short words that are never adjectives between number and noun.
    not_adjectives: HashSet<&'static str>,
}

/// A token text with its token index.
#[derive(Debug, Clone, Copy)]
struct Item<'t> {
    tok: usize,
    text: &'t str,
    kind: TokenKind,
}

fn parse_category(s: &str) -> Option<Category> {
    Some(match s {
        "participants" => Category::Participants,
        "speakers" => Category::Speakers,
        "countries" => Category::Countries,
        "organizations" => Category::Organizations,
        _ => return None,
    })
}

fn parse_qualifier(s: &str) -> Option<Qualifier> {
    Some(match s {
        "exact" => Qualifier::Exact,
        "approx" => Qualifier::Approx,
        "more_than" => Qualifier::MoreThan,
        "less_than" => Qualifier::LessThan,
        "up_to" => Qualifier::UpTo,
        _ => return None,
    })
}

impl AttendanceExtractor {
    /// Compiles the rules: numerals, nouns, qualifiers, negative words.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        let mut x = AttendanceExtractor {
            numerals: Numerals::new(rules)?,
            nouns: Vec::new(),
            forms: HashMap::new(),
            exact_forms: HashMap::new(),
            max_noun_words: 1,
            qualifiers: Vec::new(),
            negative: Vec::new(),
            negative_words: HashSet::new(),
            groups: Vec::new(),
            each: Vec::new(),
            each_time: HashSet::new(),
            units: HashSet::new(),
            context: Vec::new(),
            not_adjectives: [
                "i",
                "a",
                "w",
                "we",
                "z",
                "ze",
                "na",
                "do",
                "o",
                "od",
                "po",
                "przy",
                "oraz",
                "lub",
                "czy",
                "się",
                "nie",
                "ale",
                "by",
                "że",
                "dla",
                "przez",
                "za",
                "pod",
                "nad",
                "jak",
                "jako",
                "to",
                "te",
                "ta",
                "ci",
                "tych",
                "tymi",
                "tej",
                "tego",
                "mi",
                "ich",
                "je",
                "go",
                "ją",
                "już",
                "też",
                "także",
                "według",
                "wśród",
                "spośród",
                "około",
                "ponad",
                "niż",
            ]
            .into_iter()
            .collect(),
        };
        let table = rules.table(NOUNS_FILE)?;
        table.expect_fields(3, 4)?;
        for row in table.rows() {
            let lemma = row.field(0)?;
            let cat = row.field(1)?;
            let category = parse_category(cat).ok_or_else(|| row.error(format!("unknown category {cat:?}")))?;
            let id = x.nouns.len();
            x.nouns.push(Noun { lemma: lemma.to_string(), category });
            let mut forms = row.list(2)?;
            forms.push(lemma);
            for f in forms {
                let words: Vec<&str> = f.split_whitespace().collect();
                x.max_noun_words = x.max_noun_words.max(words.len());
                let key = words.join(" ");
                if f.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                    x.exact_forms.insert(key, id);
                } else {
                    x.forms.insert(key.to_lowercase(), id);
                }
            }
        }
        let table = rules.table(QUALIFIERS_FILE)?;
        table.expect_fields(2, 3)?;
        for row in table.rows() {
            let q = row.field(1)?;
            let qualifier = parse_qualifier(q).ok_or_else(|| row.error(format!("unknown qualifier {q:?}")))?;
            let mut words = Vec::new();
            for w in row.field(0)?.split_whitespace() {
                let w = w.to_lowercase();
                let (w, dot) = match w.strip_suffix('.') {
                    Some(s) => (s.to_string(), true),
                    None => (w, false),
                };
                words.push(match w.strip_suffix('*') {
                    Some(s) => QWord::Stem(s.to_string()),
                    None => QWord::Exact(w),
                });
                if dot {
                    words.push(QWord::Exact(".".into()));
                }
            }
            x.qualifiers.push((words, qualifier));
        }
        // Longest phrases first.
        x.qualifiers.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let table = rules.table(NEGATIVE_FILE)?;
        table.expect_fields(1, 2)?;
        for row in table.rows() {
            let w = row.field(0)?.to_lowercase();
            match w.strip_suffix('$') {
                Some(whole) => {
                    x.negative_words.insert(whole.to_string());
                }
                None => x.negative.push(w),
            }
        }
        let table = rules.table(PER_UNIT_FILE)?;
        table.expect_fields(2, 3)?;
        for row in table.rows() {
            let w = row.field(0)?.to_lowercase();
            match row.field(1)? {
                "each" => x.each.push(w),
                "time" => {
                    x.each_time.insert(w);
                }
                "unit" => {
                    x.units.insert(w);
                }
                other => return Err(row.error(format!("role must be each, time or unit, not {other:?}"))),
            }
        }
        let table = rules.table(GROUPS_FILE)?;
        table.expect_fields(1, 2)?;
        for row in table.rows() {
            x.groups.push(row.field(0)?.to_lowercase());
        }
        let table = rules.table(CONTEXT_FILE)?;
        table.expect_fields(1, 2)?;
        for row in table.rows() {
            x.context.push(row.field(0)?.to_lowercase());
        }
        Ok(x)
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, doc: &Doc<'_>, record: &mut Record) {
        let text = doc.text;
        let mut seen: HashSet<(Option<u64>, Option<[u64; 2]>, Category)> = HashSet::new();
        // Lines rather than sentences: `ok. 200` and `maks. 30` are split
        // into two sentences when the segmenter does not know the
        // abbreviation, and a count never spans a line break.
        let mut start = 0;
        // One pair of buffers for all lines.
        let mut items: Vec<Item<'_>> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        while start < doc.tokens.len() {
            let end = doc.tokens[start..].iter().position(|t| t.kind == TokenKind::Newline).map_or(doc.tokens.len(), |p| start + p);
            items.clear();
            items.extend((start..end).filter(|&i| !doc.tokens[i].is_space()).map(|i| Item {
                tok: i,
                text: doc.tokens[i].text(text),
                kind: doc.tokens[i].kind,
            }));
            start = end + 1;
            texts.clear();
            texts.extend(items.iter().map(|i| i.text));
            let mut k = 0;
            // The noun of the line's last count and the item after it.
            let mut last: Option<(usize, usize)> = None;
            while k < items.len() {
                match self.count_at(doc, &items, &texts, k, last) {
                    Some((a, noun, next)) => {
                        if seen.insert((a.value, a.range, a.category)) {
                            record.attendance.push(a);
                        }
                        last = Some((noun, next));
                        k = next;
                    }
                    None => k += 1,
                }
            }
        }
    }

    /// A count whose number starts at item `k`, its noun and the item
    /// after it. `last` is the noun of the line's previous count and the
    /// item after that count: a number with adjectives and no noun
    /// coordinated with it counts the same noun (`80 firm niemieckich i 26
    /// polskich`).
    fn count_at(
        &self,
        doc: &Doc<'_>,
        items: &[Item<'_>],
        texts: &[&str],
        k: usize,
        last: Option<(usize, usize)>,
    ) -> Option<(Attendance, usize, usize)> {
        let first = items[k];
        if !matches!(first.kind, TokenKind::Number | TokenKind::Word) {
            return None;
        }
        // Not the middle of a number or a date (`20-21`, `4/12`).
        if k > 0 && matches!(texts[k - 1], "-" | "–" | "/" | "," | ".") && k > 1 && items[k - 2].kind == TokenKind::Number {
            return None;
        }
        let (count, used) = self.numerals.parse(&texts[k..])?;
        let mut j = k + used;
        // `półtora tysiąca`, `dwa i pół tysiąca`: a fraction before a
        // multiplier standing alone; the count starts at the fraction.
        let (count, k) = self.fraction_before(texts, k, count);
        // An ordinal or the end of a sentence: `7. edycja`; but after a
        // qualifier a stray dot before a lower-case word is a typo (`ponad
        // 400. zaproszonych gości`), and the counted noun must follow.
        if texts.get(j) == Some(&".") {
            let lower_next = texts.get(j + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
            if !(lower_next && self.qualifier_before(texts, k).1 < k) {
                return None;
            }
            j += 1;
        }
        let number_end = j;
        // Adjectives, then the noun; or `200-osobowa grupa`, `30-osobowa
        // delegacja`: the size of a group that took part.
        let mut adjectives = 0;
        let (noun, end) = if let Some(hit) = self.group_size_at(texts, j) {
            hit
        } else {
            loop {
                if let Some(hit) = self.noun_at(texts, j) {
                    break hit;
                }
                if adjectives == MAX_ADJECTIVES || !self.is_adjective(items.get(j)?) {
                    // `80 firm niemieckich i 26 polskich`: adjectives, no
                    // noun, right after `i`/`oraz` after the previous count
                    // and its own adjectives.
                    let elliptic = adjectives > 0
                        && number_end == k + used
                        && k >= 1
                        && matches!(texts[k - 1], "i" | "oraz")
                        && last.is_some_and(|(_, after)| {
                            after < k && (after..k - 1).all(|a| items.get(a).is_some_and(|it| self.is_adjective(it))) && k - 1 - after <= MAX_ADJECTIVES
                        });
                    match last {
                        Some((noun, _)) if elliptic && self.noun_at(texts, j).is_none() => break (noun, j),
                        _ => return None,
                    }
                }
                adjectives += 1;
                j += 1;
            }
        };
        let (qualifier, q_start) = self.qualifier_before(texts, k);
        // `Na BioForum 2014 specjalnym gościem`, `Dni Górnicze 2014 Goście`:
        // four digits of a year right after a name inside a sentence are
        // the name's year, not a count.
        if q_start == k && year_after_name(texts, k) {
            return None;
        }
        // A statistic about an organisation: `zrzesza 437 podmiotów`.
        let mut window_start = q_start.saturating_sub(NEGATIVE_WINDOW);
        // The window stops at the end of the previous sentence.
        if let Some(p) = (window_start..q_start).rev().find(|&p| {
            matches!(texts[p], "." | "!" | "?") && texts.get(p + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
        }) {
            window_start = p + 1;
        }
        // `delegacja liczyła 20 osób`, `misja gospodarcza liczyła 15 firm`:
        // the size of a group that took part (its word among the four
        // before: `misja do Ukrainy złożona z 30 osób`).
        let group_before = |p: usize| {
            texts[p.saturating_sub(4)..p].iter().any(|g| {
                let g = lower_word(g);
                self.groups.iter().any(|s| g.starts_with(s.as_str()))
            })
        };
        let negative = (window_start..k).any(|p| {
            let w = lower_word(texts[p]);
            (self.negative_words.contains(w.as_ref()) || self.negative.iter().any(|s| w.starts_with(s.as_str()))) && !group_before(p)
        });
        if negative || self.per_unit(texts, q_start, end) {
            return None;
        }
        let n = &self.nouns[noun];
        // `w jednej osobie`: one is never a count of who took part; a
        // distributive `po dwie osoby` neither.
        if count.value == Some(1) || (q_start == k && k > 0 && texts[k - 1].eq_ignore_ascii_case("po")) {
            return None;
        }
        // `do pięciu osób`, `minimum dwóch osób`: a small count of people
        // needs an attendance word in its sentence.
        // So does a pair of organisations (`partnerami będą dwie izby`).
        let small = (n.lemma == "osoba" && count.value.is_some_and(|v| v < SMALL_COUNT))
            || (n.category == Category::Organizations && count.value.is_some_and(|v| v < SMALL_ORGANIZATIONS));
        if small && !self.attendance_word_in_sentence(texts, k) {
            return None;
        }
        let span = Span::new(doc.tokens[items[q_start].tok].span.start, doc.tokens[items[end - 1].tok].span.end);
        let Count { value, range } = count;
        let (text, span) = super::mention(doc, span);
        Some((
            Attendance { text, span, char_span: Span::default(), value, range, qualifier, category: n.category, noun: n.lemma.clone() },
            noun,
            end,
        ))
    }

    /// True if the count whose qualifier starts at item `q` and whose noun
    /// ends before item `end` is per unit: `dwie osoby z każdej firmy`,
    /// `cztery osoby na firmę`, `Z każdego klastra mogą uczestniczyć dwie
    /// osoby` (an `each` word earlier in the clause, not `każdego roku`, not
    /// `każdy z 30 uczestników`).
    fn per_unit(&self, texts: &[&str], q: usize, end: usize) -> bool {
        let lower = |i: usize| texts.get(i).map(|w| lower_word(w));
        let is_each = |w: &str| self.each.iter().any(|s| w.starts_with(s.as_str()));
        if let (Some(prep), Some(next)) = (lower(end), lower(end + 1)) {
            if matches!(prep.as_ref(), "z" | "ze" | "od" | "dla" | "na") && is_each(&next) {
                return true;
            }
            if prep == "na" && self.units.contains(next.as_ref()) {
                return true;
            }
        }
        let clause = (0..q)
            .rev()
            .find(|&p| {
                matches!(texts[p], "," | ";" | ":")
                    || (matches!(texts[p], "." | "!" | "?")
                        && texts.get(p + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase)))
            })
            .map_or(0, |p| p + 1);
        (clause..q).any(|i| {
            let w = lower_word(texts[i]);
            is_each(&w)
                && lower(i + 1).is_some_and(|n| !self.each_time.contains(n.as_ref()) && !matches!(n.as_ref(), "z" | "ze" | "spośród"))
        })
    }

    /// The longest noun form starting at item `j`: (noun index, end item).
    /// `-osobowa grupa` at item `j` (a hyphen, an `osobow-` adjective, a
    /// group word: `attendance_groups.tsv` or `grup-`): the noun `osoba`
    /// and the item after the group word.
    fn group_size_at(&self, texts: &[&str], j: usize) -> Option<(usize, usize)> {
        if texts.get(j) != Some(&"-") || !texts.get(j + 1)?.to_lowercase().starts_with("osobow") {
            return None;
        }
        let g = texts.get(j + 2)?.to_lowercase();
        if !(g.starts_with("grup") || self.groups.iter().any(|s| g.starts_with(s.as_str()))) {
            return None;
        }
        let osoba = *self.forms.get("osoba")?;
        Some((osoba, j + 3))
    }

    fn noun_at(&self, texts: &[&str], j: usize) -> Option<(usize, usize)> {
        let mut best = None;
        let mut key = String::new();
        for n in 0..self.max_noun_words {
            let Some(&w) = texts.get(j + n) else { break };
            if !w.chars().next().is_some_and(char::is_alphabetic) {
                break;
            }
            if n > 0 {
                key.push(' ');
            }
            key.push_str(w);
            if let Some(&id) = self.exact_forms.get(&key) {
                best = Some((id, j + n + 1));
            } else if let Some(&id) = self.forms.get(lower_word(&key).as_ref()) {
                best = Some((id, j + n + 1));
            }
        }
        // `96 wy- stawców`: a noun broken by a hyphen at a line's end in
        // the source, both halves in lower case.
        if best.is_none() && texts.get(j + 1) == Some(&"-") {
            let (Some(&a), Some(&h), Some(&b)) = (texts.get(j), texts.get(j + 1), texts.get(j + 2)) else { return None };
            let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(char::is_alphabetic);
            // Only with a space after the hyphen (the items are slices of
            // one text): `start-upów` is a word, not a broken line.
            let gap = (b.as_ptr() as usize).saturating_sub(h.as_ptr() as usize) > h.len();
            if gap && lower(a) && lower(b) {
                let joined = format!("{a}{b}");
                if let Some(&id) = self.forms.get(joined.as_str()) {
                    return Some((id, j + 3));
                }
            }
        }
        best
    }

    /// True if a word of the sentence around item `k` (bounded by `.`, `!`,
    /// `?` before a capital or the line's ends) starts with a context stem.
    fn attendance_word_in_sentence(&self, texts: &[&str], k: usize) -> bool {
        let boundary = |p: usize| {
            matches!(texts[p], "." | "!" | "?") && texts.get(p + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
        };
        let start = (0..k).rev().find(|&p| boundary(p)).map_or(0, |p| p + 1);
        let end = (k..texts.len()).find(|&p| boundary(p)).unwrap_or(texts.len());
        texts[start..end].iter().any(|w| {
            let w = lower_word(w);
            self.context.iter().any(|s| match s.strip_suffix('$') {
                Some(whole) => w == whole,
                None => w.starts_with(s.as_str()),
            })
        })
    }

    /// A lower-case word with an adjective's ending (`dodatkowych`,
    /// `białorusińskich`) that the dictionary, if it knows the word, reads
    /// as an adjective or a participle (not `premierzy`).
    fn is_adjective(&self, item: &Item<'_>) -> bool {
        if item.kind != TokenKind::Word {
            return false;
        }
        let w = item.text;
        if !w.chars().next().is_some_and(char::is_lowercase) || self.not_adjectives.contains(w) {
            return false;
        }
        if self.numerals.is_numeral_word(w) {
            return false;
        }
        const ENDINGS: [&str; 14] = ["ych", "ich", "ymi", "imi", "ym", "im", "ej", "ego", "emu", "y", "i", "e", "a", "ą"];
        if !(w.chars().count() > 3 && ENDINGS.iter().any(|e| w.ends_with(e))) {
            return false;
        }
        let found = crate::morph::Morphology::embedded().analyse(w);
        found.is_empty() || found.iter().any(|a| matches!(a.pos, crate::morph::Pos::Adjective | crate::morph::Pos::Participle))
    }

    /// The qualifier of the number at item `k` and the item it starts at.
    /// A multiplier word read alone at item `k` (`tysiąca` = 1000) after
    /// `półtora` (1.5 times) or after a number and `i pół` (`dwa i pół
    /// tysiąca` = 2500), or after `pół` alone (`pół tysiąca` = 500): the
    /// count and the item it starts at; otherwise
    /// `count` and `k`.
    fn fraction_before(&self, texts: &[&str], k: usize, count: Count) -> (Count, usize) {
        let Some(m) = self.numerals.multiplier(texts[k]) else { return (count, k) };
        let lower = |i: usize| texts[i].to_lowercase();
        // `półtorej setki`: the genitive singular is also the plural read
        // alone as a range (`setki` = 200-999).
        if k >= 1 && (count.value == Some(m) || count.value.is_none()) && matches!(lower(k - 1).as_str(), "półtora" | "półtorej") {
            return (Count::value(m + m / 2), k - 1);
        }
        if count.value != Some(m) {
            return (count, k);
        }
        // `Pół tysiąca uczestników`: half the multiplier.
        if k >= 1 && lower(k - 1) == "pół" && (k < 2 || lower(k - 2) != "i") {
            return (Count::value(m / 2), k - 1);
        }
        if k >= 3 && lower(k - 1) == "pół" && lower(k - 2) == "i" {
            if let Some((n, 1)) = self.numerals.parse(&texts[k - 3..k - 2]) {
                if let Some(v) = n.value.filter(|&v| v < 1000) {
                    return (Count::value(v * m + m / 2), k - 3);
                }
            }
        }
        (count, k)
    }

    fn qualifier_before(&self, texts: &[&str], k: usize) -> (Qualifier, usize) {
        for (words, q) in &self.qualifiers {
            let n = words.len();
            if n > k {
                continue;
            }
            let ok = words.iter().zip(&texts[k - n..k]).all(|(qw, t)| {
                let t = lower_word(t);
                match qw {
                    QWord::Exact(w) => *w == t,
                    QWord::Stem(s) => t.starts_with(s.as_str()),
                }
            });
            if ok {
                return (*q, k - n);
            }
        }
        (Qualifier::Exact, k)
    }
}

/// True if item `k` is a four-digit year (1900–2100) and the word before it
/// is capitalised without starting its sentence or line (`Expo 2010`,
/// `Dni Górnicze 2014`): the year of a name.
fn year_after_name(texts: &[&str], k: usize) -> bool {
    let t = texts[k];
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) || !t.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
        return false;
    }
    let Some(prev) = k.checked_sub(1).map(|p| texts[p]) else { return false };
    if !prev.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // The capitalised word must not open the sentence (`Przyjechało 2000 gości`).
    k >= 2 && !matches!(texts[k - 2], "." | "!" | "?" | ":" | "•" | "-" | "–" | "\"" | "„")
}
