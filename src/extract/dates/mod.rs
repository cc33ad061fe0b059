//! Calendar dates and ranges, normalised to ISO.
//!
//! The [`grammar`] finds mentions and what they say (day, month, year, the
//! `br.` after them, a weekday next to them); this module fills in what the
//! text leaves out, in this order (the `year_source` of each item says which):
//! 1. `explicit`: the year is written in the mention;
//! 2. `document`: `br.`/`ub.r.` count from the article's date, and a bare
//!    `10-11 listopada` takes the year that puts it nearest to that date;
//! 3. `title`: a year written in the title (`European Cluster Conference 2020`);
//! 4. `event`: the year of the article's event, or else the year of the
//!    first date the text writes in full;
//! 5. `none`: the year is written `XXXX`.
//!
//! Relative dates (`wczoraj`, `w ubiegły piątek`, `tego samego dnia`) are
//! kept only when the article has a document date, and marked `relative`.
//! A weekday written next to a date is checked against the calendar; a
//! mismatch is reported in the item's `warning`. One item is kept per
//! distinct (`start`, `end`), the first mention.
//!
//! ```
//! use ekstrakt::{doc::Doc, record::{Record, Status}, rules::RuleSet, segment::Segmenter};
//! use ekstrakt::extract::dates::DateExtractor;
//! let rules = RuleSet::embedded();
//! let seg = Segmenter::new(&rules).unwrap();
//! let dates = DateExtractor::new(&rules).unwrap();
//! let doc = Doc::new("W dniach 26 – 27 września 2022 r. w Pradze.", &seg);
//! let mut record = Record::new("x", "x", Status::Ok);
//! dates.extract(&doc, &mut record);
//! assert_eq!((record.dates[0].start.as_str(), record.dates[0].end.as_str()), ("2022-09-26", "2022-09-27"));
//! ```

pub mod grammar;
mod windows;

use crate::doc::Doc;
use crate::record::{DateItem, Precision, Record, YearSource};
use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, Duration, NaiveDate};
use grammar::{Candidate, Grammar, Parts, Relative, YearWord};

/// Calendar dates and ranges, normalised to ISO.
#[derive(Debug)]
pub struct DateExtractor {
    grammar: Grammar,
    /// Event head nouns and verbs of taking place: a date in a sentence with
    /// one of them is the event's date.
    event_words: AhoCorasick,
    /// Per pattern of `event_words`: true for a whole word (a head noun form),
    /// false for a stem (a verb).
    event_patterns: Vec<bool>,
    weekday_names: Vec<String>,
    /// Words of a sentence about the future (`rules/dates_tense.tsv`).
    future: AhoCorasick,
}

/// The context a missing year is taken from.
#[derive(Debug, Clone, Copy, Default)]
struct YearContext {
    document: Option<NaiveDate>,
    title: Option<i32>,
    event: Option<i32>,
}

impl DateExtractor {
    /// Compiles the rules.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        let grammar = Grammar::new(rules)?;
        let mut words: Vec<String> = Vec::new();
        let mut event_patterns = Vec::new();
        for row in rules.table("events.tsv")?.expect_fields(4, 4)?.rows() {
            for f in row.list(3)? {
                words.push(f.to_lowercase());
                event_patterns.push(true);
            }
        }
        for row in rules.table("event_words.tsv")?.expect_fields(2, 2)?.rows() {
            if row.field(0)? == "held" {
                for f in row.list(1)? {
                    words.push(f.to_lowercase());
                    event_patterns.push(false);
                }
            }
        }
        let event_words = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&words)
            .map_err(|e| RulesError::Malformed { file: "events.tsv".into(), line: 0, message: e.to_string() })?;
        let mut weekday_names = vec![String::new(); 8];
        for row in rules.table("dates_weekdays.tsv")?.rows() {
            let n: usize = row.number(0)?;
            if let Some(slot) = weekday_names.get_mut(n) {
                *slot = row.field(1)?.to_string();
            }
        }
        let mut tense: Vec<String> = Vec::new();
        for row in rules.table("dates_tense.tsv")?.expect_fields(2, 2)?.rows() {
            match row.field(0)? {
                "future" => tense.extend(row.list(1)?.into_iter().map(str::to_lowercase)),
                k => return Err(row.error(format!("kind must be future, not {k:?}"))),
            }
        }
        let future = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&tense)
            .map_err(|e| RulesError::Malformed { file: "dates_tense.tsv".into(), line: 0, message: e.to_string() })?;
        Ok(DateExtractor { grammar, event_words, event_patterns, weekday_names, future })
    }

    /// The grammar, for the document-date extractor and tools.
    pub fn grammar(&self) -> &Grammar {
        &self.grammar
    }

    /// Adds what it finds in `doc` to `record`; fills in the event's year
    /// from the dates when the event has none.
    pub fn extract(&self, doc: &Doc<'_>, record: &mut Record) {
        let facts = &doc.facts;
        let cands = self.grammar.scan(doc.text, facts.document_date.is_some());
        let event_year = facts.event_year.or_else(|| self.text_year(doc, &cands));
        let ctx = YearContext { document: facts.document_date, title: facts.title_year, event: event_year };

        let mut items: Vec<DateItem> = Vec::new();
        if let (Some(d), Some(span)) = (facts.document_date, facts.document_date_span) {
            let iso = d.format("%Y-%m-%d").to_string();
            items.push(item(doc, span, iso.clone(), iso, Precision::Day, YearSource::Explicit));
        }
        let mut previous: Option<NaiveDate> = facts.document_date;
        for c in &cands {
            if facts.document_date_span.is_some_and(|s| s.start < c.span.end && c.span.start < s.end) {
                continue;
            }
            if self.grammar.is_site_today(doc.text, c) {
                continue;
            }
            let Some(mut it) = self.resolve(doc, c, ctx, previous) else { continue };
            if let Ok(d) = NaiveDate::parse_from_str(&it.end, "%Y-%m-%d") {
                previous = Some(d);
            }
            if !it.relative && self.is_event_date(doc, c, event_year) {
                it.role = Some("event".into());
            }
            items.push(it);
        }
        let mut seen = std::collections::HashSet::new();
        items.retain(|it| seen.insert((it.start.clone(), it.end.clone())));

        match record.event.as_mut() {
            Some(ev) if ev.year.is_none() => ev.year = event_year,
            Some(_) => {}
            // an article about an event the event rules cannot name (`30
            // lipca br. podpisano list intencyjny`) still dates it
            None if event_year.is_some() => {
                record.event = Some(crate::record::Event { name: None, aliases: Vec::new(), edition: None, year: event_year });
            }
            None => {}
        }
        record.dates.extend(items);
    }

    /// The year of the first date written in full: in the page's header (the
    /// lines above the first paragraph; not the document date) if there is
    /// one, as in `III KONGRES` / `22 września 2015,` / `Sejm RP`; else in a
    /// sentence about the event; else anywhere.
    fn text_year(&self, doc: &Doc<'_>, cands: &[Candidate]) -> Option<i32> {
        // a sidebar of other articles' dated headlines dates no event here
        let side = doc.facts.sidebar;
        // and a period across years (`treści z okresu od stycznia 2011 do
        // marca 2022`) is no event's date
        let full = |c: &&Candidate| {
            c.start.year.is_some()
                && c.start.month.is_some()
                && (c.end.year.is_none() || c.end.year == c.start.year)
                && side.is_none_or(|s| !s.range().contains(&c.span.start))
        };
        let top = header_end(doc.text);
        let dateline = doc.facts.document_date_span;
        cands
            .iter()
            .filter(full)
            .find(|c| {
                c.span.end <= top
                    && c.start.day.is_some()
                    && dateline.is_none_or(|s| s.end <= c.span.start || c.span.end <= s.start)
                    && !clock_on_line(doc.text, c.span.start)
                    // `Dąbrowa Górnicza, 1 grudnia 2015 roku` heading a letter
                    // dated like the page: the day of writing, not the event's
                    && !doc.facts.document_date.is_some_and(|d| {
                        (c.start.year, c.start.month, c.start.day) == (Some(d.year()), Some(d.month()), Some(d.day())) && c.start == c.end
                    })
            })
            .or_else(|| cands.iter().filter(full).find(|c| self.is_event_date(doc, c, None)))
            .or_else(|| cands.iter().find(full))
            .and_then(|c| c.end.year)
            .or_else(|| {
                // `Tegoroczny Kongres…` and `Rok 2022 jest…`: this year is 2022
                if doc.facts.document_date.is_some() || !self.grammar.says_this_year(&doc.lower) {
                    return None;
                }
                cands.iter().find_map(|c| self.grammar.named_year(doc.text, c))
            })
    }

    /// Whether the sentence holding `span` speaks of the future
    /// (`rules/dates_tense.tsv`).
    fn speaks_of_future(&self, doc: &Doc<'_>, span: Span) -> bool {
        let i = doc.sentences.partition_point(|s| s.span.end <= span.start);
        doc.sentences.get(i).filter(|s| s.span.start <= span.start).is_some_and(|s| self.future.is_match(doc.lower_of(s.span).as_ref()))
    }

    fn is_event_date(&self, doc: &Doc<'_>, c: &Candidate, event_year: Option<i32>) -> bool {
        if c.start.day.is_none() {
            return false;
        }
        if let (Some(ey), Some(y)) = (event_year, c.start.year) {
            if ey != y {
                return false;
            }
        }
        let Some(si) = doc.sentence_at(c.span.start) else { return false };
        let s = doc.sentences[si].span;
        let st = &doc.text[s.range()];
        // a head noun or verb stem must start a word (`dni` is not in `dnia`
        // as a head, but `odbyła` starts with the stem `odbył`)
        self.event_words.find_overlapping_iter(st).any(|m| {
            let starts = !st[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
            let pat = self.event_patterns[m.pattern().as_usize()];
            let ends = !pat || !st[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
            starts && ends
        })
    }

    fn resolve(&self, doc: &Doc<'_>, c: &Candidate, ctx: YearContext, previous: Option<NaiveDate>) -> Option<DateItem> {
        if let Some(rel) = c.relative {
            let anchor = ctx.document?;
            let d = match rel {
                Relative::Days(n) => anchor + Duration::days(n),
                Relative::Previous(n) => previous.unwrap_or(anchor) + Duration::days(n),
                Relative::PastWeekday(wd) => {
                    let back = (anchor.weekday().number_from_monday() as i64 - wd as i64 + 6).rem_euclid(7) + 1;
                    anchor - Duration::days(back)
                }
                Relative::NextWeekday(wd) => {
                    let fwd = (wd as i64 - anchor.weekday().number_from_monday() as i64 + 6).rem_euclid(7) + 1;
                    anchor + Duration::days(fwd)
                }
            };
            let iso = d.format("%Y-%m-%d").to_string();
            let mut it = item(doc, c.span, iso.clone(), iso, Precision::Day, YearSource::Document);
            it.relative = true;
            return Some(it);
        }
        let precision = if c.start.day.is_some() {
            Precision::Day
        } else if c.start.month.is_some() {
            Precision::Month
        } else {
            Precision::Year
        };
        let (mut start, mut end) = (c.start, c.end);
        let mut source = YearSource::Explicit;
        if end.year.is_none() {
            let (y, s) = context_year(end, c.year_word, ctx, self.speaks_of_future(doc, c.span));
            // `w październiku ubiegłego roku`, `jesienią br.` with nothing to
            // count from: a relative year without its anchor is no date
            let counted = matches!(c.year_word, Some(YearWord::Last | YearWord::Next))
                || (c.year_word == Some(YearWord::This) && end.month.is_none());
            if y.is_none() && counted {
                return None;
            }
            source = s;
            end.year = y;
            start.year = y.map(|y| if (start.month, start.day) > (end.month, end.day) { y - 1 } else { y });
        }
        if let (Some(y), Some(m), Some(d)) = (start.year, start.month, start.day) {
            NaiveDate::from_ymd_opt(y, m, d)?;
        }
        if let (Some(y), Some(m), Some(d)) = (end.year, end.month, end.day) {
            NaiveDate::from_ymd_opt(y, m, d)?;
        }
        let mut it = item(doc, c.span, iso(start), iso(end), precision, source);
        if let (Some(wd), Some(y), Some(m), Some(d)) = (c.weekday, start.year, start.month, start.day) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                let real = date.weekday().number_from_monday();
                if real != wd {
                    let name = |n: u32| self.weekday_names.get(n as usize).cloned().unwrap_or_default();
                    it.warning = Some(format!("weekday mismatch: the text says {}, but {} is a {}", name(wd), iso(start), name(real)));
                }
            }
        }
        Some(it)
    }
}

/// A line longer than this (bytes) is a paragraph: the page's header ends before it.
const PARAGRAPH: usize = 100;

/// Where the page's header ends: at the start of the first paragraph.
fn header_end(text: &str) -> usize {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().len() > PARAGRAPH {
            return at;
        }
        at += line.len();
    }
    0
}

/// The year for a date without one, and where it came from.
fn context_year(p: Parts, word: Option<YearWord>, ctx: YearContext, future: bool) -> (Option<i32>, YearSource) {
    if let Some(w) = word.filter(|w| *w != YearWord::Marker) {
        let delta = w.delta();
        return match (ctx.document, ctx.title, ctx.event) {
            (Some(d), _, _) => (Some(d.year() + delta), YearSource::Document),
            (None, Some(t), _) => (Some(t + delta), YearSource::Title),
            (None, None, Some(e)) => (Some(e + delta), YearSource::Event),
            _ => (None, YearSource::None),
        };
    }
    if let Some(doc) = ctx.document {
        let (m, d) = (p.month.unwrap_or(7), p.day.unwrap_or(15));
        if future {
            // the first year that puts the date on or after the article's
            // date (a week of slack: `odbędzie się` in a late report)
            let first = [doc.year(), doc.year() + 1]
                .into_iter()
                .find(|&y| NaiveDate::from_ymd_opt(y, m, d).is_some_and(|x| (x - doc).num_days() >= -7));
            if first.is_some() {
                return (first, YearSource::Document);
            }
        }
        // the year that puts the date nearest to the article's date
        let best = [doc.year(), doc.year() - 1, doc.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d).map(|x| (y, (x - doc).num_days().abs())))
            .min_by_key(|&(_, dist)| dist)
            .map(|(y, _)| y);
        return (best, YearSource::Document);
    }
    if let Some(t) = ctx.title {
        return (Some(t), YearSource::Title);
    }
    if let Some(e) = ctx.event {
        return (Some(e), YearSource::Event);
    }
    (None, YearSource::None)
}

fn iso(p: Parts) -> String {
    let y = p.year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
    match (p.month, p.day) {
        (Some(m), Some(d)) => format!("{y}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y}-{m:02}"),
        _ => y,
    }
}

fn item(doc: &Doc<'_>, span: Span, start: String, end: String, precision: Precision, source: YearSource) -> DateItem {
    let (text, span) = super::mention(doc, span);
    DateItem {
        text,
        span,
        char_span: Span::default(),
        start,
        end,
        precision,
        year_source: source,
        role: None,
        relative: false,
        warning: None,
    }
}

/// True if the line holding byte `at` shows a clock time (`02:05:11 PM`,
/// `18:01`): a site's clock or a timestamp in the page header, not the
/// event's date.
fn clock_on_line(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let b = &text.as_bytes()[start..end];
    (0..b.len()).any(|i| {
        // one or two digits of the hour, `:`, two of the minutes
        b[i] == b':'
            && (1..=2).contains(&b[..i].iter().rev().take_while(|c| c.is_ascii_digit()).count())
            && b.get(i + 1).is_some_and(|c| (b'0'..=b'5').contains(c))
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}
