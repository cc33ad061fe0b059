//! Numbers as Polish articles write them: digits with Polish grouping
//! (`1 000`, `1.100`, `6500`), decimals with a multiplier (`1,5 tys.`), and
//! numerals in words in every case (`czterystu`, `dwudziestu pięciu`,
//! `trzy tysiące`), including vague ones (`kilkudziesięciu`) that stand for
//! a range rather than a value.
//!
//! The words live in `rules/numerals.tsv` (format in its header). A
//! [`Numerals`] is built once and reads a number from the start of a slice
//! of token texts (words, numbers and punctuation, white space left out).
//!
//! ```
//! use ekstrakt::numerals::{Count, Numerals};
//! let n = Numerals::new(&ekstrakt::RuleSet::embedded()).unwrap();
//! assert_eq!(n.parse(&["dwudziestu", "pięciu", "gości"]), Some((Count::value(25), 2)));
//! assert_eq!(n.parse(&["1,5", "tys", ".", "osób"]), Some((Count::value(1500), 3)));
//! assert_eq!(n.parse(&["kilkuset", "osób"]), Some((Count::range(200, 999), 1)));
//! assert_eq!(n.parse(&["osób"]), None);
//! ```

use crate::rules::{RuleSet, RulesError};
// foldhash: every word of a text is looked up
use foldhash::HashMap;

/// A number read from text: a definite value, or a range for a vague count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// The value, when the text gives one.
    pub value: Option<u64>,
    /// For a vague count (`kilkuset`) or a span (`50-60`), the range.
    pub range: Option<[u64; 2]>,
}

impl Count {
    /// A definite value.
    pub fn value(v: u64) -> Count {
        Count { value: Some(v), range: None }
    }

    /// A vague count between `lo` and `hi`.
    pub fn range(lo: u64, hi: u64) -> Count {
        Count { value: None, range: Some([lo, hi]) }
    }
}

/// What one numeral word contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Unit(u64),
    Ten(u64),
    Hundred(u64),
    /// A multiplier and what it means alone.
    Multiplier(u64, Alone),
    Vague(u64, u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alone {
    No,
    Value(u64),
    Range(u64, u64),
}

/// The numeral words, compiled once from `numerals.tsv`.
#[derive(Debug, Clone)]
pub struct Numerals {
    words: HashMap<String, Word>,
    /// Byte lengths of the forms: bit `n` set when some form is `n` bytes
    /// long (63 stands for any longer one).
    lengths: u64,
    /// (first byte, last byte) pairs of the forms, ASCII lower-cased, with
    /// the upper- and lower-case variants of the first and last letters: a
    /// word with another pair is no numeral, decided without hashing.
    pairs: Vec<bool>,
    /// Bit [`prefix_key`] set for the first three letters of every form: a
    /// word whose first letters begin no form is no numeral (`prawie`,
    /// `się`), decided before the other screens and the hash.
    prefixes: Vec<u64>,
}

/// Letters of the prefix screen: 0 for the end of the word, 1-26 for
/// `a`-`z`, 27-35 for the Polish letters, 36 for anything else.
const PREFIX_LETTERS: usize = 37;

fn letter_index(c: char) -> usize {
    match c {
        'a'..='z' => c as usize - 'a' as usize + 1,
        'ą' => 27,
        'ć' => 28,
        'ę' => 29,
        'ł' => 30,
        'ń' => 31,
        'ó' => 32,
        'ś' => 33,
        'ź' => 34,
        'ż' => 35,
        _ => 36,
    }
}

/// The index of the first three characters of `s`, each lower-cased on its
/// own, in the prefix screen; `None` when one of them lower-cases to more
/// than one character (then the screen cannot tell). For a word whose
/// lower case is a form, it is the form's own index.
fn prefix_key(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() >= 3 && b[..3].is_ascii() {
        let l = |x: u8| letter_index(char::from(x.to_ascii_lowercase()));
        return Some((l(b[0]) * PREFIX_LETTERS + l(b[1])) * PREFIX_LETTERS + l(b[2]));
    }
    let mut chars = s.chars();
    let mut key = 0;
    for _ in 0..3 {
        let i = match chars.next() {
            None => 0,
            Some(c) if c.is_ascii() => letter_index(c.to_ascii_lowercase()),
            Some(c) => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(x), None) => letter_index(x),
                    _ => return None,
                }
            }
        };
        key = key * PREFIX_LETTERS + i;
    }
    Some(key)
}

/// `s` lower-cased into `buf` when it is ASCII and fits (the same as
/// [`str::to_lowercase`] then); `None` otherwise.
fn ascii_lower<'b>(s: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    if !s.is_ascii() || s.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..s.len()];
    out.copy_from_slice(s.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Index of a (first byte, last byte) pair, ASCII lower-cased.
fn pair_index(first: u8, last: u8) -> usize {
    (first.to_ascii_lowercase() as usize) << 8 | last.to_ascii_lowercase() as usize
}

/// The file the numerals are read from.
pub const NUMERALS_FILE: &str = "numerals.tsv";

fn parse_range(s: &str) -> Option<(u64, u64)> {
    let (a, b) = s.split_once('-')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

impl Numerals {
    /// Reads [`NUMERALS_FILE`].
    pub fn new(rules: &RuleSet) -> Result<Numerals, RulesError> {
        let table = rules.table(NUMERALS_FILE)?;
        table.expect_fields(4, 5)?;
        let mut words = HashMap::default();
        for row in table.rows() {
            let kind = row.field(1)?;
            let value = row.field(2)?;
            let num = || row.number::<u64>(2);
            let word = match kind {
                "unit" => Word::Unit(num()?),
                "ten" => Word::Ten(num()?),
                "hundred" => Word::Hundred(num()?),
                "multiplier" => {
                    let alone = match row.optional(4) {
                        None => Alone::No,
                        Some(a) => match (a.parse::<u64>(), parse_range(a)) {
                            (Ok(v), _) => Alone::Value(v),
                            (_, Some((lo, hi))) => Alone::Range(lo, hi),
                            _ => return Err(row.error(format!("alone must be a number, lo-hi or -, not {a:?}"))),
                        },
                    };
                    Word::Multiplier(num()?, alone)
                }
                "vague" => match parse_range(value) {
                    Some((lo, hi)) if lo <= hi => Word::Vague(lo, hi),
                    _ => return Err(row.error(format!("a vague numeral needs a range lo-hi, not {value:?}"))),
                },
                other => return Err(row.error(format!("unknown numeral kind {other:?}"))),
            };
            let mut forms = row.list(3)?;
            forms.push(row.field(0)?);
            for f in forms {
                words.insert(f.trim_end_matches('.').to_lowercase(), word);
            }
        }
        let mut lengths = 0u64;
        let mut pairs = vec![false; 256 * 256];
        for f in words.keys() {
            lengths |= 1 << f.len().min(63);
            let (Some(fc), Some(lc)) = (f.chars().next(), f.chars().next_back()) else { continue };
            let variants = |c: char| -> Vec<String> { vec![c.to_lowercase().collect(), c.to_uppercase().collect(), c.to_string()] };
            for a in variants(fc) {
                for b in variants(lc) {
                    if let (Some(&x), Some(&y)) = (a.as_bytes().first(), b.as_bytes().last()) {
                        pairs[pair_index(x, y)] = true;
                    }
                }
            }
        }
        let mut prefixes = vec![0u64; (PREFIX_LETTERS.pow(3)).div_ceil(64)];
        for f in words.keys() {
            if let Some(k) = prefix_key(f) {
                prefixes[k / 64] |= 1 << (k % 64);
            }
        }
        Ok(Numerals { words, lengths, pairs, prefixes })
    }

    fn word(&self, s: &str) -> Option<Word> {
        // Cheap screens first: no form of that byte length, or none with
        // that first and last byte, or none with those first three letters
        // (the dearest screen last: most words fail the pair screen).
        if self.lengths & (1 << s.len().min(63)) == 0 {
            return None;
        }
        let b = s.as_bytes();
        if !self.pairs[pair_index(*b.first()?, *b.last()?)] {
            return None;
        }
        if let Some(k) = prefix_key(s) {
            if self.prefixes[k / 64] & (1 << (k % 64)) == 0 {
                return None;
            }
        }
        if s.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.words.get(s).copied();
        }
        // Forms are short: lower-case ASCII on the stack, without a String.
        let mut buf = [0u8; 32];
        if let Some(lower) = ascii_lower(s, &mut buf) {
            return self.words.get(lower).copied();
        }
        self.words.get(&s.to_lowercase()).copied()
    }

    /// True if `s` is a numeral word (`pięciu`, `tysięcy`, `kilku`).
    pub fn is_numeral_word(&self, s: &str) -> bool {
        self.word(s).is_some()
    }

    /// The multiplier a word stands for (`tys` -> 1000, `mln` -> 1000000).
    pub fn multiplier(&self, s: &str) -> Option<u64> {
        match self.word(s) {
            Some(Word::Multiplier(m, _)) => Some(m),
            _ => None,
        }
    }

    /// Reads a number at the start of `items` (token texts without white
    /// space). Returns the count and how many items it took, or `None`.
    pub fn parse(&self, items: &[&str]) -> Option<(Count, usize)> {
        let first = *items.first()?;
        if first.as_bytes().first()?.is_ascii_digit() {
            self.parse_digits(items)
        } else {
            self.parse_words(items)
        }
    }

    /// A multiplier after `used` items: (factor, items it took incl. a full stop).
    fn multiplier_at(&self, items: &[&str], used: usize) -> Option<(u64, usize)> {
        let m = self.multiplier(items.get(used)?)?;
        let dot = items.get(used + 1) == Some(&".") && matches!(items[used], "tys" | "mln" | "mld");
        Some((m, 1 + dot as usize))
    }

    fn parse_digits(&self, items: &[&str]) -> Option<(Count, usize)> {
        let first = items[0];
        let mut used = 1;
        if first.contains([',', '.']) {
            let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            // `1.100`, `1.100.000`: grouping with full stops (not `4.12.2019`).
            let groups: Vec<&str> = first.split('.').collect();
            if groups.len() >= 2
                && groups.len() <= 3
                && (1..=3).contains(&groups[0].len())
                && groups[1..].iter().all(|g| g.len() == 3)
                && groups.iter().all(|g| all_digits(g))
            {
                return Some((Count::value(groups.concat().parse().ok()?), 1));
            }
            // A decimal with a multiplier: `1,5 tys.`
            let (int, frac) = first.split_once([',', '.'])?;
            if !all_digits(int) || !all_digits(frac) || int.len() > 6 || frac.len() > 3 {
                return None;
            }
            let (m, n) = self.multiplier_at(items, 1)?;
            let v: f64 = format!("{int}.{frac}").parse().ok()?;
            return Some((Count::value((v * m as f64).round() as u64), 1 + n));
        }
        if !first.bytes().all(|b| b.is_ascii_digit()) || first.len() > 9 {
            return None;
        }
        // At most 9 digits: no overflow, and no String for the digits.
        let digits_value = |s: &str| s.bytes().fold(0u64, |v, b| v * 10 + u64::from(b - b'0'));
        let mut value = digits_value(first);
        let mut n_digits = first.len();
        // `1 000`, `12 500`: groups of three after one to three digits.
        if first.len() <= 3 {
            while let Some(next) = items.get(used) {
                if next.len() == 3 && next.bytes().all(|b| b.is_ascii_digit()) && n_digits < 9 {
                    value = value * 1000 + digits_value(next);
                    n_digits += 3;
                    used += 1;
                } else {
                    break;
                }
            }
        }
        if let Some((m, n)) = self.multiplier_at(items, used) {
            value = value.checked_mul(m)?;
            used += n;
        } else if used == 1 && matches!(items.get(1), Some(&"-") | Some(&"–")) {
            // A span: `50-60`, `50 – 60`.
            if let Some(hi) = items.get(2).and_then(|s| s.parse::<u64>().ok()) {
                if hi > value && items[2].len() <= 9 {
                    return Some((Count::range(value, hi), 3));
                }
            }
        }
        Some((Count::value(value), used))
    }

    fn parse_words(&self, items: &[&str]) -> Option<(Count, usize)> {
        let mut used = 0;
        let first = self.word(items[0])?;
        // A vague numeral, perhaps times a multiplier: `kilka tysięcy`.
        if let Word::Vague(lo, hi) = first {
            if let Some(Word::Multiplier(m, _)) = items.get(1).and_then(|w| self.word(w)) {
                return Some((Count::range(lo * m, hi * m), 2));
            }
            return Some((Count::range(lo, hi), 1));
        }
        let mut looked_up = Some(first);
        let mut total: u64 = 0;
        let mut group: u64 = 0;
        // Order inside a group: hundreds, then tens, then units (rank 3, 2, 1).
        let mut last_rank = 4;
        let mut any = false;
        while let Some(item) = items.get(used) {
            // The first word was looked up above.
            let word = match looked_up.take() {
                Some(w) => Some(w),
                None => self.word(item),
            };
            let (rank, v) = match word {
                Some(Word::Hundred(v)) => (3, v),
                Some(Word::Ten(v)) => (2, v),
                Some(Word::Unit(v)) => (1, v),
                Some(Word::Multiplier(m, alone)) => {
                    if group == 0 {
                        if any {
                            break;
                        }
                        // A multiplier alone: `tysiąc`, `tysiące`.
                        return match alone {
                            Alone::No => None,
                            Alone::Value(v) => Some((Count::value(v), 1)),
                            // `setki tysięcy`: times the multiplier after it.
                            Alone::Range(lo, hi) => match items.get(1).and_then(|w| self.word(w)) {
                                Some(Word::Multiplier(next, _)) => Some((Count::range(lo.checked_mul(next)?, hi.checked_mul(next)?), 2)),
                                _ => Some((Count::range(lo, hi), 1)),
                            },
                        };
                    }
                    total += group * m;
                    group = 0;
                    last_rank = 4;
                    used += 1;
                    continue;
                }
                _ => break,
            };
            if rank >= last_rank {
                break;
            }
            group += v;
            last_rank = rank;
            any = true;
            used += 1;
        }
        if !any {
            return None;
        }
        Some((Count::value(total + group), used))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n() -> Numerals {
        Numerals::new(&RuleSet::embedded()).unwrap()
    }

    #[test]
    fn prefix_screen_passes_every_form_in_any_case() {
        let n = n();
        for f in n.words.keys() {
            let upper = f.to_uppercase();
            let mut title: String = f.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
            title.extend(f.chars().skip(1));
            for w in [f.as_str(), upper.as_str(), title.as_str()] {
                assert!(n.is_numeral_word(w), "{w}");
            }
        }
        assert_eq!(prefix_key("ŚWi"), prefix_key("świ"));
        assert_eq!(prefix_key("İx"), None);
        for w in ["prawie", "się", "Warszawa", "do", "ŻYWO", "osób"] {
            assert!(!n.is_numeral_word(w), "{w}");
        }
    }

    #[test]
    fn numerals() {
        let n = n();
        let cases: &[(&[&str], Option<(Count, usize)>)] = &[
            (&["czterystu", "osób"], Some((Count::value(400), 1))),
            (&["Dwudziestu", "pięciu"], Some((Count::value(25), 2))),
            (&["trzy", "tysiące", "czterysta", "osób"], Some((Count::value(3400), 3))),
            (&["stu", "gości"], Some((Count::value(100), 1))),
            (&["tysiąc", "osób"], Some((Count::value(1000), 1))),
            (&["tysiące", "osób"], Some((Count::range(2000, 9999), 1))),
            (&["kilkudziesięciu"], Some((Count::range(20, 99), 1))),
            (&["kilka", "tysięcy"], Some((Count::range(3000, 9000), 2))),
            (&["pięć", "dwadzieścia"], Some((Count::value(5), 1))),
            (&["1", "000", "osób"], Some((Count::value(1000), 2))),
            (&["1.100"], Some((Count::value(1100), 1))),
            (&["6500"], Some((Count::value(6500), 1))),
            (&["1,5", "tys", "."], Some((Count::value(1500), 3))),
            (&["2", "mln"], Some((Count::value(2_000_000), 2))),
            (&["50", "-", "60"], Some((Count::range(50, 60), 3))),
            (&["4.12.2019"], None),
            (&["1.100.000"], Some((Count::value(1_100_000), 1))),
            (&["1,5"], None),
            (&["tys", "."], None),
            (&["osób"], None),
        ];
        for (items, want) in cases {
            assert_eq!(n.parse(items), *want, "{items:?}");
        }
    }
}
