//! The date grammar: a few compiled regexes, one pass per family, over the
//! whole text, and the checks around each match (word boundaries, year
//! markers, `br.`, weekdays) that the regex crate cannot express without
//! look-around.
//!
//! Families (each a rule family with examples in `rules/dates_examples.tsv`):
//! - `numeric`: `4.12.2019`, `04.12.2019r.`, `4/12/2019`, `2019-12-04`,
//!   `21-22.10.2014`, `29.11-1.12.2023`;
//! - `textual`: a day and a month name or Roman month, with or without a
//!   year, alone or as a range: `4 grudnia 2019 r.`, `4 XII 2019`,
//!   `10-11 listopada`, `20/21 października 2014`, `od 3 do 5 marca`,
//!   `30 września – 2 października 2023`;
//! - `month`: a month name made a date by a preposition or a year:
//!   `we wrześniu br.`, `w marcu 2023 r.`, `na przełomie maja i czerwca`;
//!   also a season before a year word, a year: `jesienią br.`;
//! - `year`: a year made a date by a preposition or a marker:
//!   `w 2008 roku`, `od 2008 roku`, `2019 r.`, `w latach 2014-2020`;
//! - `relative`: `wczoraj`, `w ubiegły piątek`, `tego samego dnia`.
//!
//! The grammar produces [`Candidate`]s with the parts the text gives; the
//! extractor ([`super::DateExtractor`]) fills in missing years.

use super::windows::Family;
use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use regex::{Captures, Regex};
use foldhash::{HashMap, HashSet};

/// What a year word after a date says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearWord {
    /// `r.`, `roku` after a written year.
    Marker,
    /// `br.`: the article's year.
    This,
    /// `ub.r.`: the year before.
    Last,
    /// `przyszłego roku`: the year after.
    Next,
}

impl YearWord {
    /// The offset from the article's year.
    pub fn delta(self) -> i32 {
        match self {
            YearWord::Last => -1,
            YearWord::Next => 1,
            _ => 0,
        }
    }
}

/// A date as written: each part present only when the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parts {
    /// The year.
    pub year: Option<i32>,
    /// The month, 1-12.
    pub month: Option<u32>,
    /// The day, 1-31.
    pub day: Option<u32>,
}

/// How a relative date is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Days from the document date.
    Days(i64),
    /// Days from the previous date in the text (or the document date).
    Previous(i64),
    /// The last weekday (1 = Monday) before the document date.
    PastWeekday(u32),
    /// The next weekday after the document date.
    NextWeekday(u32),
}

/// One date mention found by the grammar.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte span of the whole mention.
    pub span: Span,
    /// The first day (or month, or year).
    pub start: Parts,
    /// The last one; equal to `start` for a single date.
    pub end: Parts,
    /// `br.`, `ub.r.` and the like after the mention.
    pub year_word: Option<YearWord>,
    /// A weekday written next to the date (1 = Monday).
    pub weekday: Option<u32>,
    /// For relative dates, how to anchor them.
    pub relative: Option<Relative>,
    /// The rule family that matched.
    pub family: &'static str,
}

/// The compiled date grammar. Cloning it is cheap (compiled regexes are
/// shared), so the date and document-date extractors build it once.
#[derive(Debug, Clone)]
pub struct Grammar {
    months: HashMap<String, u32>,
    /// Month abbreviations written without their full stop (`gru`): a
    /// month only between a day and a year.
    bare_abbrs: HashSet<String>,
    romans: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    year_words: Vec<(Vec<String>, YearWord)>,
    /// Stems of `this year's` (`tegoroczn`).
    current: Vec<String>,
    /// Words before a year that name it alone (`rok 2024`).
    current_year: Vec<String>,
    not_after_number: HashSet<String>,
    /// Starts of a line that, right after a date, shows a site's widget of
    /// the day (`Imieniny: Cecylii, Julii`): the date is the day the page was
    /// shown (`today` in dates_not.tsv).
    today_lines: Vec<String>,
    not_before_number: HashSet<String>,
    year_strict: HashSet<String>,
    /// Words before `18.07` that make it a date (`day_context` in dates_separators.tsv).
    day_words: HashSet<String>,
    /// Words before `03.2023` that make it a month (the last word of each `month_prefix`).
    month_context: HashSet<String>,
    /// Words before `2022-09` that make it a month (`month_label` in dates_separators.tsv).
    month_labels: HashSet<String>,
    relative_words: HashMap<String, Relative>,
    past_mods: HashSet<String>,
    numeric: Regex,
    textual: Regex,
    month: Regex,
    year: Regex,
    relative: Regex,
    /// `w III kwartale 2019 r.`, `w pierwszym półroczu br.`: a quarter or half-year, as its months.
    quarter: Regex,
    /// How to window the `numeric`, `textual` and `year` families.
    families: [Family; 3],
    /// The first bytes a month of the `textual` family can start with
    /// (see [`month_first_bytes`]), or `None` when any byte may.
    textual_first: Option<[bool; 256]>,
    weekday_before: Regex,
    weekday_after: Regex,
    range_open_before: Regex,
}

fn alternation<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = items.into_iter().collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    if let Some(t) = trie_alternation(&v) {
        return t;
    }
    v.iter()
        .map(|s| {
            // a space in a form matches any run of horizontal space
            s.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"[\s&&[^\n\r]]+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// A prefix tree of forms: its children by (case-folded) first character,
/// and whether a form ends here.
#[derive(Default)]
struct Trie {
    children: Vec<(char, Trie)>,
    end: bool,
}

/// `alternation` written as a prefix tree (`stycz(?:niowi|niem|nia|niu|eń)`),
/// which the regex crate compiles in far fewer instructions than the flat
/// list. The same matches: the forms that match at a position are prefixes
/// of each other, so they lie on one path of the tree, and with "a form ends
/// here" as the last branch of every node the longest is preferred, as in
/// the flat list longest first. That holds only when no two children of a
/// node can match the same character: when two differ by case alone, or a
/// form holds a character other than an ASCII letter or digit, a Polish
/// letter or a single space, the flat list is kept (`None`).
pub(crate) fn trie_alternation(forms: &[&str]) -> Option<String> {
    let mut root = Trie::default();
    for form in forms {
        if form.contains("  ") || form.starts_with(' ') || form.ends_with(' ') {
            return None;
        }
        let mut node = &mut root;
        for c in form.chars() {
            if !(c.is_ascii_alphanumeric() || c == ' ' || "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c)) {
                return None;
            }
            let i = match node.children.iter().position(|(k, _)| *k == c) {
                Some(i) => i,
                None => {
                    if node.children.iter().any(|(k, _)| k.to_lowercase().eq(c.to_lowercase())) {
                        return None;
                    }
                    node.children.push((c, Trie::default()));
                    node.children.len() - 1
                }
            };
            node = &mut node.children[i].1;
        }
        node.end = true;
    }
    fn branches(node: &Trie) -> Vec<String> {
        let mut out: Vec<String> = node
            .children
            .iter()
            .map(|(c, child)| {
                let head = if *c == ' ' { r"[\s&&[^\n\r]]+".to_string() } else { regex::escape(&c.to_string()) };
                let rest = branches(child);
                match rest.len() {
                    0 => head,
                    1 => format!("{head}{}", rest[0]),
                    _ => format!("{head}(?:{})", rest.join("|")),
                }
            })
            .collect();
        if node.end && !node.children.is_empty() {
            out.push(String::new());
        }
        out
    }
    if root.children.is_empty() {
        return None;
    }
    Some(branches(&root).join("|"))
}

/// The first bytes of the matches of `pattern` (the months of the
/// `textual` family, case folded as the regex folds them), or `None` when
/// the pattern may match empty, a match may start with an ASCII digit, or
/// the literal prefixes are too many to list.
fn month_first_bytes(pattern: &str) -> Option<[bool; 256]> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix).limit_literal_len(1);
    let seq = ex.extract(&hir);
    let mut first = [false; 256];
    for lit in seq.literals()? {
        let &b = lit.as_bytes().first()?;
        if b.is_ascii_digit() {
            return None;
        }
        first[usize::from(b)] = true;
    }
    Some(first)
}

/// True when, after the digit run ending at `q`, an optional full stop and
/// horizontal white space, a byte of `first` follows: where the day of a
/// `textual` date (`DAY \.? H* month`, in both of the family's branches)
/// can end. A digit run where no month can follow anchors no `textual`
/// match: every match holds such a day, and the window around that day's
/// run holds the whole match.
fn month_can_follow(text: &str, q: usize, first: &[bool; 256]) -> bool {
    let b = text.as_bytes();
    let from_dot = (b.get(q) == Some(&b'.')).then_some(q + 1);
    for start in std::iter::once(q).chain(from_dot) {
        let mut i = start;
        while let Some(&c) = b.get(i) {
            if first[usize::from(c)] {
                return true;
            }
            if c < 0x80 {
                if matches!(c, b' ' | b'\t' | 0x0b | 0x0c) {
                    i += 1;
                    continue;
                }
                break;
            }
            match text.get(i..).and_then(|t| t.chars().next()) {
                Some(ch) if ch.is_whitespace() => i += ch.len_utf8(),
                _ => break,
            }
        }
    }
    false
}

fn norm_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

const H: &str = r"[\s&&[^\n\r]]";
const DAY: &str = r"(?:0?[1-9]|[12][0-9]|3[01])";
const MON2: &str = r"(?:0?[1-9]|1[0-2])";
const YEAR: &str = r"(?:19[0-9][0-9]|20[0-9][0-9])";

impl Grammar {
    /// Compiles the grammar from `months.tsv` and the `dates_*.tsv` files.
    pub fn new(rules: &RuleSet) -> Result<Grammar, RulesError> {
        let mut months = HashMap::default();
        let mut abbrs: Vec<String> = Vec::new();
        let mut day_only: Vec<(String, u32)> = Vec::new();
        let mut romans = HashMap::default();
        let mut nominatives: Vec<String> = Vec::new();
        let t = rules.table("months.tsv")?;
        t.expect_fields(5, 5)?;
        for row in t.rows() {
            let n: u32 = row.number(0)?;
            if !(1..=12).contains(&n) {
                return Err(row.error("month number must be 1-12"));
            }
            for f in row.list(2)? {
                months.insert(f.to_lowercase(), n);
            }
            months.insert(row.field(1)?.to_lowercase(), n);
            nominatives.push(row.field(1)?.to_lowercase());
            for a in row.list(3)? {
                if let Some(a) = a.strip_suffix('~') {
                    // a month only between a day and a year (`29 kw. 2016`)
                    day_only.push((a.to_lowercase(), n));
                    continue;
                }
                months.insert(format!("{}.", a.to_lowercase()), n);
                abbrs.push(a.to_lowercase());
            }
            romans.insert(row.field(4)?.to_string(), n);
        }
        let names: Vec<String> = months.keys().filter(|k| !k.ends_with('.')).cloned().collect();
        let name_alt = alternation(names.iter().map(String::as_str));
        let abbr_alt = alternation(abbrs.iter().map(String::as_str));
        let roman_alt = alternation(romans.keys().map(String::as_str));
        let mname = format!(r"(?i:{name_alt}|(?:{abbr_alt})\.)");
        let nominative_alt = alternation(nominatives.iter().map(String::as_str));
        let month_any = format!(r"(?:{mname}|{roman_alt})");
        // a day and a year: an abbreviation may go without its full stop
        // (`27 gru 2013 18:01`); [`Grammar::textual`] checks the year is there
        let mut bare_abbrs = HashSet::default();
        for a in &abbrs {
            if !months.contains_key(a) {
                if let Some(&n) = months.get(&format!("{a}.")) {
                    months.insert(a.clone(), n);
                    bare_abbrs.insert(a.clone());
                }
            }
        }
        // (not in `names`: alone they are no month)
        for (a, n) in &day_only {
            months.insert(format!("{a}."), *n);
            months.insert(a.clone(), *n);
            bare_abbrs.insert(a.clone());
            bare_abbrs.insert(format!("{a}."));
        }
        let day_only_alt = if day_only.is_empty() {
            String::new()
        } else {
            format!(r"|(?i:(?:{})\.?)", alternation(day_only.iter().map(|(a, _)| a.as_str())))
        };
        let day_month = format!(r"(?:{mname}|(?i:{abbr_alt}){day_only_alt}|{roman_alt})");
        // a Roman month before a year without a day (`XII 2019`); a lone `I`
        // is too often something else
        let roman_multi = alternation(romans.keys().map(String::as_str).filter(|r| r.len() > 1));

        let mut weekdays = HashMap::default();
        for row in rules.table("dates_weekdays.tsv")?.expect_fields(3, 3)?.rows() {
            let n: u32 = row.number(0)?;
            for f in row.list(2)? {
                weekdays.insert(f.to_lowercase(), n);
            }
        }
        let wd_alt = alternation(weekdays.keys().map(String::as_str));

        let mut year_words = Vec::new();
        let mut current = Vec::new();
        let mut current_year = Vec::new();
        for row in rules.table("dates_years.tsv")?.expect_fields(2, 2)?.rows() {
            let kind = match row.field(0)? {
                "current" => {
                    current.extend(row.list(1)?.iter().map(|f| norm_space(f)));
                    continue;
                }
                "current_year" => {
                    current_year.extend(row.list(1)?.iter().map(|f| norm_space(f)));
                    continue;
                }
                "marker" => YearWord::Marker,
                "this" => YearWord::This,
                "last" => YearWord::Last,
                "next" => YearWord::Next,
                k => return Err(row.error(format!("unknown kind {k:?}"))),
            };
            let forms: Vec<String> = row.list(1)?.iter().map(|f| norm_space(f)).collect();
            year_words.push((forms, kind));
        }

        let mut seps: HashMap<&str, Vec<&str>> = HashMap::default();
        let sep_table = rules.table("dates_separators.tsv")?;
        sep_table.expect_fields(2, 2)?;
        for row in sep_table.rows() {
            seps.entry(row.field(0)?).or_default().extend(row.list(1)?);
        }
        let get = |k: &str| -> Result<String, RulesError> {
            seps.get(k).map(|v| alternation(v.iter().copied())).ok_or_else(|| RulesError::Malformed {
                file: "dates_separators.tsv".into(),
                line: 0,
                message: format!("kind {k} is missing"),
            })
        };
        let dash = get("dash")?;
        let slash = get("slash")?;
        let range_word = get("range_word")?;
        let month_prefix = get("month_prefix")?;
        let year_prefix = get("year_prefix")?;
        let year_strict_alt = get("year_strict")?;
        let range_open = get("range_open")?;
        // optional: without seasons the month family has no season branch
        let season = seps.get("season").map(|v| alternation(v.iter().copied()));
        let day_words: HashSet<String> = seps.get("day_context").into_iter().flatten().map(|s| norm_space(s)).collect();
        if day_words.is_empty() {
            return Err(RulesError::Malformed {
                file: "dates_separators.tsv".into(),
                line: 0,
                message: "kind day_context is missing".into(),
            });
        }
        let month_context: HashSet<String> =
            seps.get("month_prefix").into_iter().flatten().filter_map(|s| s.split_whitespace().last().map(str::to_lowercase)).collect();
        let month_labels: HashSet<String> = seps.get("month_label").into_iter().flatten().map(|s| s.to_lowercase()).collect();
        let year_strict: HashSet<String> = seps.get("year_strict").into_iter().flatten().map(|s| norm_space(s)).collect();

        let mut not_after_number = HashSet::default();
        let mut not_before_number = HashSet::default();
        let mut today_lines = Vec::new();
        for row in rules.table("dates_not.tsv")?.expect_fields(2, 2)?.rows() {
            let w = row.field(1)?.to_lowercase();
            match row.field(0)? {
                "after" => not_after_number.insert(w),
                "before" => not_before_number.insert(w),
                "today" => {
                    today_lines.push(w);
                    true
                }
                k => return Err(row.error(format!("unknown kind {k:?}"))),
            };
        }

        let mut relative_words = HashMap::default();
        let mut past_mods = HashSet::default();
        let mut mods: Vec<String> = Vec::new();
        for row in rules.table("dates_relative.tsv")?.expect_fields(3, 3)?.rows() {
            let kind = row.field(0)?;
            for f in row.list(2)? {
                let f = norm_space(f);
                match kind {
                    "days" => {
                        relative_words.insert(f, Relative::Days(row.number(1)?));
                    }
                    "previous" => {
                        relative_words.insert(f, Relative::Previous(row.number(1)?));
                    }
                    "past" => {
                        past_mods.insert(f.clone());
                        mods.push(f);
                    }
                    "future" => mods.push(f),
                    k => return Err(row.error(format!("unknown kind {k:?}"))),
                }
            }
        }
        let rel_alt = alternation(relative_words.keys().map(String::as_str));
        let mod_alt = alternation(mods.iter().map(String::as_str));

        let sep = format!(r"(?:{dash}|{slash}|(?i:{range_word}))");
        // each branch holds a digit run right before `.`, `/` or `-` (the
        // first field and its separator): `scan_in` anchors the family on
        // those runs; a branch without one must drop that screen
        let numeric = format!(
            r"(?P<iy>{YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])|(?P<ad1>{DAY})(?:\.(?P<am1>{MON2})(?:\.(?P<ay1>{YEAR}))?)?\.?{H}*(?:{dash}){H}*(?P<ad2>{DAY})\.(?P<am2>{MON2})\.(?P<ay2>{YEAR})|(?P<rd1>{DAY}){H}*(?:{dash}){H}*(?P<rd2>{DAY})\.(?P<rm>0[1-9]|1[0-2])|(?P<d>{DAY})[./](?P<m>{MON2})[./](?P<y>{YEAR})|(?P<jy>{YEAR})\.(?P<jm>0[1-9]|1[0-2])\.(?P<jd>0[1-9]|[12][0-9]|3[01])|(?P<hd>0[1-9]|[12][0-9]|3[01])-(?P<hm>0[1-9]|1[0-2])-(?P<hy>{YEAR})|(?P<td>{DAY})\.(?P<tm>0[1-9]|1[0-2])\.(?P<ty>[0-9]{{2}})|(?P<sd1>{DAY})\.(?P<sm1>0[1-9]|1[0-2])(?:\.?{H}*(?P<ssep>{dash}|(?i:do)){H}*(?P<sd2>{DAY})\.(?P<sm2>0[1-9]|1[0-2]))?|(?P<mm>0[1-9]|1[0-2])\.(?P<my>{YEAR})|(?P<qy>{YEAR})-(?P<qm>0[1-9]|1[0-2])"
        );
        // both branches hold `DAY\.?{H}*month` (`m2`, `m`): `scan_in`
        // anchors the family on the digit runs a month can follow
        // (`month_can_follow`); a branch without it must drop that screen
        let textual = format!(
            r"(?P<d1>{DAY})\.?(?:{H}*(?P<m1>{month_any})(?:{H}+(?P<y1>{YEAR}))?)?{H}*(?P<sep>{sep}){H}*(?P<d2>{DAY})\.?{H}*(?P<m2>{month_any})(?:(?:{H}*,?{H}*|\.)(?P<y2>{YEAR}))?|(?P<d>{DAY})\.?{H}*(?P<m>{day_month})(?:(?:{H}*,?{H}*|\.)(?P<y>{YEAR}))?"
        );
        // `jesienią br.`: a season before a year word ([`Grammar::month`] checks the word)
        let season_alt = season.map_or_else(String::new, |s| format!(r"|(?P<s>(?i:{s}))"));
        let month = format!(
            r"(?P<p>(?i:{month_prefix})){H}+(?P<m1>{mname})(?:{H}*(?P<sep>{sep}){H}*(?P<m2>{mname}))?(?:{H}*,?{H}*(?P<y>{YEAR}))?|(?P<bm1>{mname}|{roman_multi})(?:{H}*(?P<bsep>{dash}|{slash}){H}*(?P<bm2>{mname}|{roman_multi}))?{H}*,?{H}*(?P<by>{YEAR}){season_alt}|(?P<wm>(?i:{nominative_alt})){H}+(?P<wd>{DAY}),{H}*(?P<wy>{YEAR})"
        );
        let year = format!(
            r"(?P<p>(?i:{year_prefix}|{year_strict_alt})){H}+(?P<y1>{YEAR})(?:{H}*(?P<sep>{dash}|{slash}|(?i:do|i)){H}*(?P<y2>{YEAR}))?|(?P<by1>{YEAR}){H}*(?:{dash}){H}*(?P<by2>{YEAR})|(?P<y>{YEAR})"
        );
        let relative = format!(r"(?i:(?P<w>{rel_alt})|(?:we|w){H}+(?P<mod>{mod_alt}){H}+(?P<wd>{wd_alt}))");
        let weekday_before = format!(r"(?i:(?:(?:we|w){H}+)?(?P<wd>{wd_alt})){H}*,?{H}*$");
        let weekday_after = format!(r"^{H}*[(,]{H}*(?P<wd>(?i:{wd_alt})){H}*\)?");
        let range_open_before = format!(r"(?i:{range_open}){H}+$");
        let compile = |name: &str, re: &str| {
            Regex::new(re).map_err(|e| RulesError::Malformed {
                file: "months.tsv".into(),
                line: 0,
                message: format!("date family {name} does not compile: {e}"),
            })
        };
        let families = [Family::new(&numeric, false), Family::new(&textual, false), Family::new(&year, true)];
        let textual_first = month_first_bytes(&format!("(?:{month_any}|{day_month})"));
        Ok(Grammar {
            families,
            textual_first,
            numeric: compile("numeric", &numeric)?,
            textual: compile("textual", &textual)?,
            month: compile("month", &month)?,
            year: compile("year", &year)?,
            relative: compile("relative", &relative)?,
            quarter: compile(
                "quarter",
                &format!(
                    r"(?P<q>IV|III|II|I|[Pp]ierwsz(?:y|ym|ego|e|ym)|[Dd]rugi(?:m|ego|e)?|[Tt]rzeci(?:m|ego|e)?|[Cc]zwart(?:y|ym|ego|e)){H}+(?P<k>kwarta(?:ł|łu|le)|półrocz(?:e|u|a))(?:{H}+(?P<y>{YEAR}))?"
                ),
            )?,
            weekday_before: compile("weekday", &weekday_before)?,
            weekday_after: compile("weekday", &weekday_after)?,
            range_open_before: compile("range", &range_open_before)?,
            current,
            current_year,
            months,
            bare_abbrs,
            romans,
            weekdays,
            year_words,
            not_after_number,
            today_lines,
            not_before_number,
            year_strict,
            day_words,
            month_context,
            month_labels,
            relative_words,
            past_mods,
        })
    }

    /// Every date mention in `text`, in order, without overlaps (the longer
    /// of two overlapping mentions wins). Relative dates are included only
    /// when `relative` is true.
    /// The family regexes run only in the windows around their anchors
    /// (see [`super::windows`]).
    pub fn scan(&self, text: &str, relative: bool) -> Vec<Candidate> {
        self.scan_in(text, relative, true)
    }

    /// [`Grammar::scan`] with every family regex run over the whole text:
    /// the reference the windowed scan is tested against.
    #[doc(hidden)]
    pub fn scan_whole(&self, text: &str, relative: bool) -> Vec<Candidate> {
        self.scan_in(text, relative, false)
    }

    fn scan_in(&self, text: &str, relative: bool, windowed: bool) -> Vec<Candidate> {
        let whole = [(0, text.len())];
        let runs = if windowed { super::windows::digit_runs(text) } else { Vec::new() };
        let windows = |i: usize, runs: &[(usize, usize)]| if windowed { self.families[i].windows(text, runs) } else { whole.to_vec() };
        // a `textual` match holds a day right before its month: only the
        // digit runs a month can follow anchor its windows
        let month_runs: Vec<(usize, usize)> = match &self.textual_first {
            Some(first) if windowed => runs.iter().copied().filter(|&(_, q)| month_can_follow(text, q, first)).collect(),
            _ => runs.clone(),
        };
        // every `numeric` branch has a digit run right before `.`, `/` or
        // `-`: only such runs anchor its windows
        let bytes = text.as_bytes();
        let date_runs: Vec<(usize, usize)> =
            runs.iter().copied().filter(|&(_, q)| matches!(bytes.get(q), Some(b'.' | b'/' | b'-'))).collect();
        let mut all = Vec::new();
        self.run(&self.numeric, text, &windows(0, &date_runs), &mut all, |g, t, c| g.numeric(t, c));
        self.run(&self.textual, text, &windows(1, &month_runs), &mut all, |g, t, c| g.textual(t, c));
        self.run(&self.month, text, &whole, &mut all, |g, t, c| g.month(t, c));
        self.run(&self.year, text, &windows(2, &runs), &mut all, |g, t, c| g.year(t, c));
        if text.contains("kwarta") || text.contains("półrocz") {
            self.run(&self.quarter, text, &whole, &mut all, |g, t, c| g.quarter(t, c));
        }
        if relative {
            self.run(&self.relative, text, &whole, &mut all, |g, t, c| g.relative(t, c));
        }
        all.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.len().cmp(&a.span.len())));
        let mut out: Vec<Candidate> = Vec::with_capacity(all.len());
        for c in all {
            if out.last().is_none_or(|l| l.span.end <= c.span.start) {
                out.push(c);
            }
        }
        let merged = self.merge_ranges(text, out);
        self.list_heads(text, merged)
    }

    /// Adds the first days of a list `5, 12 i 19 maja`: before a list item
    /// (a day alone, `12`, found before `i 19 maja`), each `N,` is another
    /// day of the same month.
    fn list_heads(&self, text: &str, cands: Vec<Candidate>) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        for c in cands {
            let bare = c.family == "textual"
                && c.start == c.end
                && c.start.day.is_some()
                && text[c.span.range()].bytes().all(|b| b.is_ascii_digit());
            if bare {
                let mut at = c.span.start;
                let mut heads = Vec::new();
                loop {
                    let t = text[..at].trim_end_matches([' ', '\u{a0}', '\t']);
                    let Some(t) = t.strip_suffix(',') else { break };
                    let t = t.trim_end_matches([' ', '\u{a0}', '\t']);
                    let digits = t.len() - t.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
                    let from = t.len() - digits;
                    let Ok(d) = t[from..].parse::<u32>() else { break };
                    if !(1..=2).contains(&digits) || !clear_before(text, from) || out.last().is_some_and(|l| l.span.end > from) {
                        break;
                    }
                    let p = Parts { day: Some(d), ..c.start };
                    if key(p) >= key(c.start) {
                        break;
                    }
                    heads.push(Candidate { span: Span::new(from, t.len()), start: p, end: p, ..c.clone() });
                    at = from;
                }
                out.extend(heads.into_iter().rev());
            }
            let mut c = c;
            // `5, 6 i 7 czerwca`: days before a range of two consecutive days
            // joined by `i`, each the day before the next, widen the range
            let consecutive = c.family == "textual"
                && c.start.month == c.end.month
                && c.start.day.zip(c.end.day).is_some_and(|(a, b)| a + 1 == b)
                && text[c.span.range()].split_whitespace().nth(1).is_some_and(|w| w == "i" || w == "oraz");
            while consecutive {
                let t = text[..c.span.start].trim_end_matches([' ', '\u{a0}', '\t']);
                let Some(t) = t.strip_suffix(',') else { break };
                let t = t.trim_end_matches([' ', '\u{a0}', '\t']);
                let digits = t.len() - t.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
                let from = t.len() - digits;
                let Ok(d) = t[from..].parse::<u32>() else { break };
                if !(1..=2).contains(&digits) || !clear_before(text, from) || out.last().is_some_and(|l| l.span.end > from) {
                    break;
                }
                if c.start.day != Some(d + 1) {
                    break;
                }
                c.start.day = Some(d);
                c.span = Span::new(from, c.span.end);
            }
            out.push(c);
        }
        out
    }

    /// Joins two mentions into one range when only a dash or `do` stands
    /// between them: `od maja 2021 r. do czerwca 2022 r.`,
    /// `1.03.2021 r. – 30.06.2022 r.`.
    fn merge_ranges(&self, text: &str, cands: Vec<Candidate>) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        for c in cands {
            if let Some(a) = out.last_mut() {
                let gap = text[a.span.end..c.span.start].trim();
                // `do` between the two; `do` was taken as the second
                // mention's own preposition when the gap is empty
                let word_do = if gap.is_empty() { text[c.span.start..c.span.end].to_lowercase().starts_with("do ") } else { is_do(gap) };
                let dash = is_dash(without_clock(gap));
                let same = a.relative.is_none()
                    && c.relative.is_none()
                    && (a.start.day.is_some(), a.start.month.is_some()) == (c.start.day.is_some(), c.start.month.is_some())
                    && a.start == a.end
                    && c.start == c.end
                    && !text[a.span.end..c.span.start].contains('\n');
                // asked only when `do` stands between: it lower-cases text
                let opened = || {
                    let head = text[a.span.start..a.span.end].to_lowercase();
                    head.starts_with("od ")
                        || self.opened(text, a.span.start)
                        || window_before(text, a.span.start).to_lowercase().trim_end().ends_with("od")
                };
                if same && (dash || (word_do && opened())) {
                    let mut start = a.start;
                    if start.year.is_none() {
                        start.year = c.end.year.map(|y| if (start.month, start.day) > (c.end.month, c.end.day) { y - 1 } else { y });
                    }
                    if start.year.is_none() || c.end.year.is_none() || key(start) <= key(c.end) {
                        a.start = start;
                        a.end = c.end;
                        a.span = Span::new(a.span.start, c.span.end);
                        a.year_word = c.year_word.or(a.year_word);
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }

    /// True if the candidate has no year and the next non-empty line shows
    /// the site's widget of the day (`Wtorek, 16 kwietnia` / `Imieniny:
    /// Cecylii, Julii`): the day the page was shown, no date of the text.
    pub fn is_site_today(&self, text: &str, c: &Candidate) -> bool {
        if c.start.year.is_some() || self.today_lines.is_empty() {
            return false;
        }
        let Some(eol) = text[c.span.end..].find('\n') else { return false };
        let next = text[c.span.end + eol..].trim_start();
        let head: String = next.chars().take(24).collect::<String>().to_lowercase();
        self.today_lines.iter().any(|w| head.starts_with(w.as_str()))
    }

    /// True when the lower-cased `lower` has a word starting with a stem of
    /// `this year's` (`tegoroczny`, `Tegorocznej`).
    pub fn says_this_year(&self, lower: &str) -> bool {
        self.current
            .iter()
            .any(|stem| lower.match_indices(stem.as_str()).any(|(i, _)| !lower[..i].chars().next_back().is_some_and(char::is_alphanumeric)))
    }

    /// True if `word` is a month name or a weekday (`Grudzień`, `Wtorek`).
    pub fn is_date_word(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.months.contains_key(&w) || self.weekdays.contains_key(&w)
    }

    /// The year of a candidate that names a year alone (`rok 2024`), if `c` is one.
    pub fn named_year(&self, text: &str, c: &Candidate) -> Option<i32> {
        if c.family != "year" || c.start != c.end || c.year_word.is_some() {
            return None;
        }
        let head = norm_space(text.get(c.span.range())?);
        let word = head.split(' ').next()?;
        self.current_year.iter().any(|w| w == word).then_some(c.start.year?)
    }

    /// Bytes per second of each family's regex alone over `text` (for tuning).
    #[doc(hidden)]
    pub fn family_speeds(&self, text: &str) -> Vec<(&'static str, f64)> {
        let fams = [
            ("numeric", &self.numeric),
            ("textual", &self.textual),
            ("month", &self.month),
            ("year", &self.year),
            ("relative", &self.relative),
        ];
        fams.iter()
            .map(|(n, re)| {
                let t = std::time::Instant::now();
                let c = re.find_iter(text).count();
                std::hint::black_box(c);
                (*n, text.len() as f64 / t.elapsed().as_secs_f64())
            })
            .collect()
    }

    /// Parses `s` as exactly one date (surrounding spaces aside).
    pub fn parse_whole(&self, s: &str) -> Option<Candidate> {
        let c = self.scan(s, false);
        match c.as_slice() {
            [one] if s[..one.span.start].trim().is_empty() && s[one.span.end..].trim().is_empty() => Some(one.clone()),
            _ => None,
        }
    }

    /// Runs `re` over `windows` of `text` (in order, disjoint), each search
    /// bounded by its window's end; `f` judges each match in the whole text.
    /// After a mention the search goes on at its end, after a refused match
    /// one character on.
    fn run(
        &self,
        re: &Regex,
        text: &str,
        windows: &[(usize, usize)],
        out: &mut Vec<Candidate>,
        f: impl Fn(&Grammar, &str, &Captures<'_>) -> Option<Candidate>,
    ) {
        let mut at = 0;
        for &(start, end) in windows {
            at = at.max(start);
            // the window ends at a char boundary: a line end or a token end
            let Some(hay) = text.get(..end) else { continue };
            while at < end {
                let Some(caps) = re.captures_at(hay, at) else { break };
                let Some(m) = caps.get(0) else { break };
                match f(self, text, &caps) {
                    Some(c) => {
                        at = c.span.end.max(m.start() + 1);
                        out.push(c);
                    }
                    None => at = m.start() + 1,
                }
                while at < text.len() && !text.is_char_boundary(at) {
                    at += 1;
                }
            }
        }
    }

    fn month_of(&self, text: &str, m: regex::Match<'_>) -> Option<u32> {
        let s = m.as_str();
        if let Some(&n) = self.romans.get(s) {
            return Some(n);
        }
        // a Title-case month in mid-line is a name (`ul. 3 Maja`)
        let mut chars = s.chars();
        let first = chars.next()?;
        if first.is_uppercase() && chars.any(|c| c.is_lowercase()) && !line_start(text, m.start(), true) {
            // ... unless a year comes after it (`za Grudzień 2019`, `4 Grudnia
            // 2019`) or a day with a date word before it (`dnia 4 Grudnia`;
            // `Święto 3 Maja`, `ul. 3 Maja` are names)
            let head = text[..m.start()].trim_end_matches([' ', '\u{a0}', '\t', '.']);
            let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            let day_before = (1..=2).contains(&digits) && self.day_context(text, head.len() - digits, false);
            let rest = text[m.end()..].trim_start_matches([' ', '\u{a0}', '\t', ',']);
            let year_after = rest.len() >= 4
                && rest.is_char_boundary(4)
                && rest[..4].parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y))
                && !rest[4..].starts_with(|c: char| c.is_ascii_digit());
            if !day_before && !year_after {
                return None;
            }
        }
        self.months.get(&s.to_lowercase()).copied()
    }

    fn numeric(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) {
            return None;
        }
        let n = |name: &str| c.name(name).and_then(|x| x.as_str().parse::<i64>().ok());
        let (start, end) = if let Some(y) = n("hy") {
            // `15-02-2018`: day first, two digits each
            let p = Parts { year: Some(y as i32), month: n("hm").map(|v| v as u32), day: n("hd").map(|v| v as u32) };
            (p, p)
        } else if let Some(yy) = n("ty") {
            // `10.04.17`: a two-digit year, a date only at the start of a
            // line (a dateline) or after a date word (`w dniu 10.04.17`)
            if !line_start(text, m.start(), false) && !self.day_context(text, m.start(), false) {
                return None;
            }
            let year = if yy < 50 { 2000 + yy } else { 1900 + yy };
            let p = Parts { year: Some(year as i32), month: n("tm").map(|v| v as u32), day: n("td").map(|v| v as u32) };
            (p, p)
        } else if let Some(d1) = n("sd1") {
            // `18.07`, `od 3.04 do 5.04`: a date only next to a date word
            let start = Parts { year: None, month: Some(n("sm1")? as u32), day: Some(d1 as u32) };
            let end = match (n("sd2"), n("sm2")) {
                (Some(d), Some(mo)) => Parts { year: None, month: Some(mo as u32), day: Some(d as u32) },
                _ => start,
            };
            let sep_do = c.name("ssep").is_some_and(|s| s.as_str().eq_ignore_ascii_case("do"));
            if !self.day_context(text, m.start(), sep_do) && !self.relative_year_after(text, m.end()) {
                return None;
            }
            (start, end)
        } else if let Some(d1) = n("rd1") {
            // `12-18.08`: days of one month, a date only next to a date word
            // (`w dniach 12-18.08`) or a year word (`12-18.08 br.`)
            let mo = Some(n("rm")? as u32);
            let start = Parts { year: None, month: mo, day: Some(d1 as u32) };
            let end = Parts { year: None, month: mo, day: Some(n("rd2")? as u32) };
            if !self.day_context(text, m.start(), false) && !self.relative_year_after(text, m.end()) {
                return None;
            }
            (start, end)
        } else if let Some(y) = n("jy") {
            // `2016.06.27`: year first, two digits each
            let p = Parts { year: Some(y as i32), month: n("jm").map(|v| v as u32), day: n("jd").map(|v| v as u32) };
            (p, p)
        } else if let Some(y) = n("my") {
            // `03.2023`: a month only after a month prefix or before `r.`
            let p = Parts { year: Some(y as i32), month: Some(n("mm")? as u32), day: None };
            let prefixed = word_before(text, m.start()).is_some_and(|w| self.month_context.contains(&w.to_lowercase()));
            if !prefixed && !self.marker_glued(text, m.end()) {
                return None;
            }
            (p, p)
        } else if let Some(y) = n("qy") {
            // `date 2022-09`: an ISO month only after a date label
            // (`month_label` in dates_separators.tsv) or alone on its line
            let p = Parts { year: Some(y as i32), month: Some(n("qm")? as u32), day: None };
            let labelled = word_before(text, m.start()).is_some_and(|w| self.month_labels.contains(&w.to_lowercase()));
            let alone = line_start(text, m.start(), false) && text[m.end()..].split('\n').next().is_some_and(|r| r.trim().is_empty());
            if !labelled && !alone {
                return None;
            }
            (p, p)
        } else if let Some(y) = n("iy") {
            let p = Parts { year: Some(y as i32), month: n("im").map(|v| v as u32), day: n("id").map(|v| v as u32) };
            (p, p)
        } else if let Some(d2) = n("ad2") {
            let m2 = n("am2")? as u32;
            let y2 = n("ay2")? as i32;
            let end = Parts { year: Some(y2), month: Some(m2), day: Some(d2 as u32) };
            let m1 = n("am1").map(|v| v as u32).unwrap_or(m2);
            let y1 = n("ay1").map(|v| v as i32).unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
            (Parts { year: Some(y1), month: Some(m1), day: Some(n("ad1")? as u32) }, end)
        } else {
            let p = Parts { year: Some(n("y")? as i32), month: Some(n("m")? as u32), day: Some(n("d")? as u32) };
            (p, p)
        };
        self.finish_with_year_word(text, m.start(), m.end(), start, end, "numeric")
    }

    fn textual(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) && !glued_to_word(text, m.start()) {
            return None;
        }
        let day = |name: &str| c.name(name).and_then(|x| x.as_str().parse::<u32>().ok());
        let (start, end, mut end_at, year_m) = if let Some(d2) = day("d2") {
            let m2g = c.name("m2")?;
            let m2 = self.month_of(text, m2g)?;
            let sep = c.name("sep")?.as_str().to_lowercase();
            if sep == "a" && !self.opened(text, m.start()) {
                return None;
            }
            let y2 = c.name("y2");
            let m1 = match c.name("m1") {
                Some(g) => self.month_of(text, g)?,
                None => m2,
            };
            let y1 = c.name("y1").and_then(|y| y.as_str().parse().ok());
            let end = Parts { year: y2.and_then(|y| y.as_str().parse().ok()), month: Some(m2), day: Some(d2) };
            // `30 grudnia – 2 stycznia 2024`: the first end is in the year before
            let y1 = y1.or(end.year.map(|y| if m1 > m2 { y - 1 } else { y }));
            let start = Parts { year: y1, month: Some(m1), day: Some(day("d1")?) };
            if (sep == "i" || sep == "oraz") && !(m1 == m2 && start.day.map(|d| d + 1) == end.day) && !next_day_across_months(start, end) {
                // `5 i 12 maja` are two dates, not a range: the first is the
                // day alone (with the second's month and year); the second
                // is found on its own
                let d1 = c.name("d1")?;
                if let Some(g1) = c.name("m1") {
                    // `30 kwietnia i 5 maja 2023`: the first date with its own
                    // month, and the second's year (the year before when its
                    // month comes later: `30 grudnia i 5 stycznia 2024`)
                    let to = c.name("y1").map_or(g1.end(), |y| y.end());
                    return self.finish(text, d1.start(), to, start, start, None, "textual");
                }
                let p = Parts { year: end.year, month: Some(m2), day: start.day };
                return self.finish(text, d1.start(), d1.end(), p, p, None, "textual");
            }
            let end_at = y2.map_or(m2g.end(), |y| y.end());
            let back = start.day.zip(end.day).map_or(0, |(a, b)| a.saturating_sub(b));
            if c.name("m1").is_none() && (1..=7).contains(&back) {
                // `W dniach 18-13 listopada`: the days of one month written
                // the wrong way round, a few days apart, are still that range
                // (`30-2 października` is a month missing, no date)
                let (a, b) = (Parts { day: end.day, ..start }, Parts { day: start.day, ..end });
                return self.finish_with_year_word(text, m.start(), end_at, a, b, "textual");
            }
            (start, end, end_at, y2)
        } else {
            let mg = c.name("m")?;
            let month = self.month_of(text, mg)?;
            let y = c.name("y");
            if y.is_none() && self.bare_abbrs.contains(&mg.as_str().to_lowercase()) {
                // `5 lis` is no date: a bare abbreviation needs its year
                return None;
            }
            let p = Parts { year: y.and_then(|y| y.as_str().parse().ok()), month: Some(month), day: Some(day("d")?) };
            (p, p, y.map_or(mg.end(), |y| y.end()), y)
        };
        let (mut start, mut end) = (start, end);
        if year_m.is_some() && !clear_after(text, end_at) && !self.marker_glued(text, end_at) {
            // `4 grudnia 20190`: drop the year, keep the day and month
            let mg = c.name("m2").or(c.name("m"))?;
            end_at = mg.end();
            start.year = None;
            end.year = None;
        }
        self.finish_with_year_word(text, m.start(), end_at, start, end, "textual")
    }

    /// The end of a numeric or textual date: the year word after it (`r.`
    /// after a written year, `br.` after a day and month without one), then
    /// the check that nothing is glued on.
    fn finish_with_year_word(
        &self,
        text: &str,
        from: usize,
        mut end_at: usize,
        start: Parts,
        end: Parts,
        kind: &'static str,
    ) -> Option<Candidate> {
        let mut year_word = None;
        if let Some((w, e)) = self.year_word_after(text, end_at) {
            if (w == YearWord::Marker) == end.year.is_some() {
                end_at = e;
                year_word = Some(w);
            }
        }
        if !clear_after(text, end_at) {
            return None;
        }
        self.finish(text, from, end_at, start, end, year_word, kind)
    }

    fn month(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) {
            return None;
        }
        if c.name("s").is_some() {
            // a season is a date only with a year word after it (`jesienią
            // br.`, `latem przyszłego roku`): the year, at year precision
            let (w, e) = self.year_word_after(text, m.end()).filter(|(w, _)| *w != YearWord::Marker)?;
            if e == m.end() || !clear_after(text, e) || !text[m.end()..e].starts_with(|ch: char| ch.is_whitespace()) {
                return None;
            }
            return self.finish(text, m.start(), e, Parts::default(), Parts::default(), Some(w), "month");
        }
        if let (Some(wm), Some(wd), Some(wy)) = (c.name("wm"), c.name("wd"), c.name("wy")) {
            // `Maj 12, 2022`, `październik 3, 2019`: a nominative month, a day,
            // a comma and a year, a site's date line in the English order; the
            // day and year after it make a Title-case month a month
            let month = Some(*self.months.get(&wm.as_str().to_lowercase())?);
            let p = Parts { year: wy.as_str().parse().ok(), month, day: wd.as_str().parse().ok() };
            return self.finish_with_year_word(text, m.start(), wy.end(), p, p, "textual");
        }
        let (m1, m2, y, sep) = if let Some(m1) = c.name("m1") {
            (m1, c.name("m2"), c.name("y"), c.name("sep"))
        } else {
            (c.name("bm1")?, c.name("bm2"), c.name("by"), c.name("bsep"))
        };
        let a = self.month_of(text, m1)?;
        let b = match m2 {
            Some(g) => self.month_of(text, g)?,
            None => a,
        };
        if sep.is_some_and(|s| s.as_str().eq_ignore_ascii_case("a")) && !self.opened(text, m.start()) {
            return None;
        }
        let mut end_at = y.or(m2).unwrap_or(m1).end();
        let mut year = y.and_then(|y| y.as_str().parse::<i32>().ok());
        if c.name("p").is_none() {
            // `31 listopada 2020` is a bad day, not the month
            let before = text[..m.start()].trim_end_matches([' ', '\u{a0}', '\t']);
            if before.ends_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '-' | '–' | '—' | '/' | '.')) {
                return None;
            }
        }
        if y.is_some() && !clear_after(text, end_at) && !self.marker_glued(text, end_at) {
            end_at = m2.unwrap_or(m1).end();
            year = None;
            c.name("p")?;
        }
        self.month_span(text, m.start(), end_at, year, (a, b))
    }

    /// Finishes a span of whole months `a..=b` of `year` from `start` to
    /// `end_at`: takes a year word after it (`r.`, `roku`; a marker only with
    /// a year, a bare word only without) and requires a clear end.
    fn month_span(&self, text: &str, start: usize, mut end_at: usize, year: Option<i32>, (a, b): (u32, u32)) -> Option<Candidate> {
        let mut year_word = None;
        if let Some((w, e)) = self.year_word_after(text, end_at) {
            if (w == YearWord::Marker) == year.is_some() {
                end_at = e;
                year_word = Some(w);
            }
        }
        if !clear_after(text, end_at) {
            return None;
        }
        let first = Parts { year, month: Some(a), day: None };
        let last = Parts { year, month: Some(b), day: None };
        self.finish(text, start, end_at, first, last, year_word, "month")
    }

    fn year(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) {
            return None;
        }
        // `RPO WP 2014-2020`: a bare range of a few years is a period
        let bare_range = c.name("by1").is_some();
        let (y1g, y2g) = match (c.name("y1"), c.name("by1")) {
            (Some(g), _) => (g, c.name("y2")),
            (None, Some(g)) => (g, c.name("by2")),
            _ => (c.name("y")?, None),
        };
        let y1: i32 = y1g.as_str().parse().ok()?;
        let y2: i32 = y2g.map_or(Some(y1), |g| g.as_str().parse().ok())?;
        if self.in_name(text, c.name("p").map_or(m.start(), |p| p.end())) || in_quoted_title(text, m.start(), m.end()) {
            return None;
        }
        if y2 < y1 || (bare_range && !(y1 < y2 && y2 <= y1 + 10)) {
            return None;
        }
        let mut end_at = y2g.unwrap_or(y1g).end();
        // `w 2020r.`: the marker may be glued to the year
        if !clear_after(text, end_at) && !self.marker_glued(text, end_at) {
            return None;
        }
        let word = self.year_word_after(text, end_at);
        let marked = matches!(word, Some((YearWord::Marker, _)));
        if let Some((YearWord::Marker, e)) = word {
            end_at = e;
            if !clear_after(text, end_at) {
                return None;
            }
        }
        if !marked && bare_range {
            if let Some((w, _)) = next_word(text, end_at) {
                if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) || self.not_after_number.contains(&w.to_lowercase()) {
                    return None;
                }
            }
        } else if !marked {
            let mut prefix = norm_space(c.name("p")?.as_str());
            // `do roku 2020 oraz`: once the strict `do roku` is refused, its
            // tail `roku` is no looser prefix
            if let Some(w) = word_before(text, m.start()) {
                let longer = format!("{} {prefix}", w.to_lowercase());
                if self.year_strict.contains(&longer) {
                    prefix = longer;
                }
            }
            let next = next_word(text, end_at);
            let punct_after = next.is_none_or(|(w, _)| !w.chars().next().is_some_and(char::is_alphanumeric));
            if self.year_strict.contains(&prefix) && !punct_after {
                return None;
            }
            if let Some((w, _)) = next {
                if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) || self.not_after_number.contains(&w.to_lowercase()) {
                    return None;
                }
            }
            if prefix.ends_with("latach") && y2g.is_none() {
                return None;
            }
        }
        let start = Parts { year: Some(y1), month: None, day: None };
        let end = Parts { year: Some(y2), month: None, day: None };
        let yw = if marked { Some(YearWord::Marker) } else { None };
        self.finish(text, m.start(), end_at, start, end, yw, "year")
    }

    /// `III kwartał 2019`, `w pierwszym półroczu br.`: the months of a
    /// quarter or a half-year (`2019-07`..`2019-09`), at month precision.
    fn quarter(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) {
            return None;
        }
        let q = c.name("q")?.as_str().to_lowercase();
        let n: u32 = match q.as_str() {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            _ if q.starts_with("pierwsz") => 1,
            _ if q.starts_with("drug") => 2,
            _ if q.starts_with("trzec") => 3,
            _ => 4,
        };
        let half = c.name("k")?.as_str().starts_with("pół");
        if half && n > 2 {
            return None;
        }
        let (a, b) = if half { (n * 6 - 5, n * 6) } else { (n * 3 - 2, n * 3) };
        let year = c.name("y").and_then(|y| y.as_str().parse::<i32>().ok());
        let end_at = m.end();
        self.month_span(text, m.start(), end_at, year, (a, b))
    }

    fn relative(&self, text: &str, c: &Captures<'_>) -> Option<Candidate> {
        let m = c.get(0)?;
        if !clear_before(text, m.start()) || !clear_after(text, m.end()) {
            return None;
        }
        let rel = if let Some(w) = c.name("w") {
            *self.relative_words.get(&norm_space(w.as_str()))?
        } else {
            let wd = *self.weekdays.get(&c.name("wd")?.as_str().to_lowercase())?;
            if self.past_mods.contains(&c.name("mod")?.as_str().to_lowercase()) {
                Relative::PastWeekday(wd)
            } else {
                Relative::NextWeekday(wd)
            }
        };
        Some(Candidate {
            span: Span::new(m.start(), m.end()),
            start: Parts::default(),
            end: Parts::default(),
            year_word: None,
            weekday: None,
            relative: Some(rel),
            family: "relative",
        })
    }

    /// Validates the parts and adds the weekday and range opener around them.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        text: &str,
        mut from: usize,
        mut to: usize,
        start: Parts,
        end: Parts,
        year_word: Option<YearWord>,
        family: &'static str,
    ) -> Option<Candidate> {
        for p in [start, end] {
            if let (Some(d), Some(mo)) = (p.day, p.month) {
                // an unknown year is checked against a leap year
                chrono::NaiveDate::from_ymd_opt(p.year.unwrap_or(2000), mo, d)?;
            }
        }
        if start.year.is_some() && end.year.is_some() && key(start) > key(end) {
            return None;
        }
        if start.year.is_none() && key(start) > key(end) && start.month <= end.month {
            return None;
        }
        if family == "textual" || family == "numeric" {
            if let Some(w) = word_before(text, from) {
                if self.not_before_number.contains(&w.to_lowercase()) {
                    return None;
                }
            }
            let before = window_before(text, from);
            if let Some(o) = self.range_open_before.find(before) {
                if start != end && clear_before(before, o.start()) {
                    from -= window_before(text, from).len() - o.start();
                }
            }
        }
        let mut weekday = None;
        if start.day.is_some() {
            let before = window_before(text, from);
            if let Some(c) = self.weekday_before.captures(before) {
                if let (Some(all), Some(wd)) = (c.get(0), c.name("wd")) {
                    if clear_before(before, all.start()) {
                        weekday = self.weekdays.get(&wd.as_str().to_lowercase()).copied();
                        from -= before.len() - all.start();
                    }
                }
            }
            if weekday.is_none() {
                if let Some(c) = self.weekday_after.captures(&text[to..]) {
                    if let (Some(all), Some(wd)) = (c.get(0), c.name("wd")) {
                        let s = all.as_str();
                        // only a weekday in brackets belongs to the date
                        if s.trim_start().starts_with('(') && s.ends_with(')') {
                            weekday = self.weekdays.get(&wd.as_str().to_lowercase()).copied();
                            to += all.end();
                        }
                    }
                }
            }
        }
        Some(Candidate { span: Span::new(from, to), start, end, year_word, weekday, relative: None, family })
    }

    /// True when the word ending right before `at` (spaces between) is a
    /// capitalised word other than a month in mid-sentence: it starts a name
    /// and a year after it belongs to the name (`tytuł Klaster Roku 2017`,
    /// `Forum Innowacji 2019 r.`), while `w roku 2017` is a date.
    fn in_name(&self, text: &str, at: usize) -> bool {
        let t = text[..at].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
        let start = t.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        let w = &t[start..];
        let mut cs = w.chars();
        let Some(first) = cs.next() else { return false };
        if !first.is_uppercase() || !cs.any(char::is_lowercase) {
            return false;
        }
        if self.months.contains_key(&w.to_lowercase()) || line_start(text, start, true) {
            return false;
        }
        true
    }

    /// A date word right before `at` that makes a day.month without a year
    /// a date: `w dniu 18.07`, `dnia 5.03`, `w piątek 18.07`, or `od` before
    /// a range closed by `do` (`od 3.04 do 5.04`).
    fn day_context(&self, text: &str, at: usize, range_do: bool) -> bool {
        // `w sobotę (22.02)`: a date in brackets after its date word
        let t = text[..at].trim_end_matches([' ', '\u{a0}', '\t']);
        let at = t.strip_suffix('(').map_or(at, str::len);
        let Some(w) = word_before(text, at) else { return false };
        let w = w.to_lowercase();
        self.day_words.contains(&w) || self.weekdays.contains_key(&w) || (range_do && w == "od")
    }

    /// A year word that stands for a year (`br.`, `ub.r.`, `przyszłego
    /// roku`, not `r.`) right after `at`.
    fn relative_year_after(&self, text: &str, at: usize) -> bool {
        self.year_word_after(text, at).is_some_and(|(w, _)| w != YearWord::Marker)
    }

    /// A year marker glued to the year: `2019r.`.
    fn marker_glued(&self, text: &str, at: usize) -> bool {
        matches!(self.year_word_after(text, at), Some((YearWord::Marker, _)))
    }

    fn opened(&self, text: &str, at: usize) -> bool {
        let before = window_before(text, at);
        before.to_lowercase().trim_end().ends_with("między")
    }

    /// The year word right after `at` (spaces allowed before it), and where it ends.
    fn year_word_after(&self, text: &str, at: usize) -> Option<(YearWord, usize)> {
        let rest = &text[at..];
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
        let skip = rest.len() - trimmed.len();
        let head: String = trimmed.chars().take(24).collect::<String>().to_lowercase();
        let mut best: Option<(YearWord, usize)> = None;
        for (forms, kind) in &self.year_words {
            for f in forms {
                if let Some(len) = match_form(&head, f) {
                    // byte length in the original: lower-casing keeps Polish lengths
                    if best.is_none_or(|(_, l)| len > l) {
                        best = Some((*kind, len));
                    }
                }
            }
        }
        best.map(|(k, len)| (k, at + skip + len))
    }
}

/// Matches `form` (single spaces) at the start of `head`; spaces in the form
/// match runs of spaces. Returns the byte length matched.
fn match_form(head: &str, form: &str) -> Option<usize> {
    let mut hi = head.char_indices().peekable();
    let fc = form.chars();
    let mut end = 0;
    for f in fc {
        if f == ' ' {
            let mut any = false;
            while let Some(&(_, c)) = hi.peek() {
                if c.is_whitespace() && c != '\n' {
                    any = true;
                    hi.next();
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            continue;
        }
        let (i, c) = hi.next()?;
        if c != f {
            return None;
        }
        end = i + c.len_utf8();
    }
    if !form.ends_with('.') {
        if let Some(&(_, c)) = hi.peek() {
            if c.is_alphanumeric() {
                return None;
            }
        }
    }
    Some(end)
}

fn key(p: Parts) -> (i32, u32, u32) {
    (p.year.unwrap_or(0), p.month.unwrap_or(0), p.day.unwrap_or(0))
}

/// True when `gap` lower-cases to `do`. The gap between two date mentions
/// can be a whole paragraph: only a short one (two characters lower-case to
/// at least two, and a character is at most four bytes) is lower-cased.
/// True if `end` is the day after `start` across a month's end: `31 maja
/// i 1 czerwca`, `28 lutego i 1 marca 2023`, `31 grudnia i 1 stycznia`
/// (two consecutive days, a range). February has 29 days in a leap year,
/// and may have either when no year is given.
fn next_day_across_months(start: Parts, end: Parts) -> bool {
    let (Some(m1), Some(d1), Some(m2), Some(d2)) = (start.month, start.day, end.month, end.day) else { return false };
    if d2 != 1 || m2 != m1 % 12 + 1 {
        return false;
    }
    let leap = |y: i32| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m1 {
        2 => match start.year {
            Some(y) => d1 == if leap(y) { 29 } else { 28 },
            None => d1 == 28 || d1 == 29,
        },
        4 | 6 | 9 | 11 => d1 == 30,
        _ => d1 == 31,
    }
}

fn is_do(gap: &str) -> bool {
    gap.len() <= 8 && gap.to_lowercase() == "do"
}

/// Up to ~32 bytes of text before `at`, starting at a char boundary.
fn window_before(text: &str, at: usize) -> &str {
    let mut s = at.saturating_sub(32);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    &text[s..at]
}

/// True when `at` starts a line (only spaces before it on its line), or, with
/// `sentence`, also after a sentence end or an opening bracket or quote.
fn line_start(text: &str, at: usize, sentence: bool) -> bool {
    for c in text[..at].chars().rev() {
        if c == '\n' {
            return true;
        }
        if c.is_whitespace() {
            continue;
        }
        return sentence && matches!(c, '.' | '!' | '?' | '|' | ':' | '(' | '"' | '„' | '-' | '–');
    }
    true
}

/// Nothing glued before `at`: no letter, digit or `_`, and no `.`/`,`/`/`
/// right after a digit (`1.4.12.2019`).
fn clear_before(text: &str, at: usize) -> bool {
    let mut it = text[..at].chars().rev();
    match it.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        // `Image-2024-08-28.jpeg`: a date glued to a word is part of a name
        Some('-') => !it.next().is_some_and(char::is_alphanumeric),
        Some('.' | ',' | '/' | ':' | '+') => !it.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

/// A lower-case word of three letters or more glued before `at`: a line
/// break lost in scraping (`klaster metalowy15 października 2018`), which
/// only a day before a month name is read across.
fn glued_to_word(text: &str, at: usize) -> bool {
    let mut it = text[..at].chars().rev();
    (0..3).all(|_| it.next().is_some_and(|c| c.is_alphabetic() && c.is_lowercase()))
}

/// Nothing glued after `at`: no letter, digit or `_`, and no `.`/`,`/`:`
/// followed by a digit (`4.12.2019.1`, `10:30` is fine after a space only).
fn clear_after(text: &str, at: usize) -> bool {
    let mut it = text[at..].chars();
    match it.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('.' | ',' | '/' | ':' | '-') => !it.next().is_some_and(|c| c.is_ascii_digit()),
        Some(_) => true,
    }
}

/// The word right before `at` (spaces and one `.`/`:` allowed between), if any.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let t = text[..at].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let t = t.strip_suffix(['.', ':']).unwrap_or(t);
    let start = t.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    (start < t.len()).then(|| &t[start..])
}

/// The next word after `at` on the same line (letters or digits) and its start.
fn next_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = &text[at..];
    let t = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    let start = at + rest.len() - t.len();
    let len = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    if len == 0 {
        // punctuation or end of line
        return if t.is_empty() || t.starts_with('\n') { None } else { Some((&t[..t.chars().next().map_or(0, char::len_utf8)], start)) };
    }
    Some((&t[..len], start))
}

/// True if `start..end` lies inside a title in typographic quotes on one
/// line that starts with a capital (`seminarium „Gospodarka Polska do roku
/// 2030 – …”`): a year there is part of the title, not a date.
fn in_quoted_title(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..start];
    let Some(open) = before.rfind(['„', '“', '«']) else { return false };
    if before[open..].contains(['”', '»']) {
        return false;
    }
    let title_starts = before[open..].chars().nth(1).is_some_and(char::is_uppercase);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    title_starts && text[end..line_end].contains(['”', '»'])
}

/// True if `gap` is one dash (`-`, `–`, `—`…).
fn is_dash(gap: &str) -> bool {
    let mut cs = gap.chars();
    matches!((cs.next(), cs.next()), (Some('-' | '–' | '—' | '‒' | '−'), None))
}

/// The gap between two dates without a clock time and a bracketed weekday
/// after the first (`8 listopada 2023, 09:00 (środa) - 9 listopada 2023`,
/// `8 listopada godz. 9.00 – 9 listopada`): what is left of it, trimmed.
fn without_clock(gap: &str) -> &str {
    let mut g = gap.trim_start_matches(',').trim_start();
    if let Some(rest) = ["od godz.", "godz.", "godz", "g."].iter().find_map(|w| g.strip_prefix(w)) {
        g = rest.trim_start();
    }
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(g);
    let clock = (1..=2).contains(&h) && matches!(g.as_bytes().get(h), Some(b':' | b'.')) && digits(&g[h + 1..]) == 2;
    if !clock {
        return gap;
    }
    g = g[h + 3..].trim_start();
    if let Some(inner) = g.strip_prefix('(') {
        if let Some(close) = inner.find(')').filter(|&c| c <= 20 && !inner[..c].contains('\n')) {
            g = inner[close + 1..].trim_start();
        }
    }
    g.trim()
}

#[cfg(test)]
mod trie_tests {
    use super::trie_alternation;
    use regex::Regex;

    /// The prefix tree finds what the flat list, longest form first, finds.
    #[test]
    fn trie_matches_flat_list() {
        let mut forms = vec![
            "styczeń",
            "stycznia",
            "styczniu",
            "sty",
            "luty",
            "lutego",
            "po raz",
            "po",
            "maj",
            "maja",
            "w przyszłym tygodniu",
            "w przyszłym roku",
            "w",
        ];
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let flat =
            forms.iter().map(|s| s.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"[\s&&[^\n\r]]+")).collect::<Vec<_>>().join("|");
        let trie = trie_alternation(&forms).expect("letters and spaces only");
        let texts = [
            "Styczniu, 3 STYCZNIA i sty",
            "w  przyszłym\ttygodniu lub w przyszłym roku, w maju",
            "po raz lutego po",
            "majowy maj maja lutym",
        ];
        for (wrap, tail) in [("(?i:", ")"), ("(?i:", r")\b"), ("(?:", r")[\s,]")] {
            let a = Regex::new(&format!("{wrap}{flat}{tail}")).expect("flat");
            let b = Regex::new(&format!("{wrap}{trie}{tail}")).expect("trie");
            for t in texts {
                let x: Vec<_> = a.find_iter(t).map(|m| m.range()).collect();
                let y: Vec<_> = b.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(x, y, "{t}");
            }
        }
        assert!(trie_alternation(&["Sty", "sty"]).is_none());
        assert!(trie_alternation(&["a.b"]).is_none());
    }
}
