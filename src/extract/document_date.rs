//! The article's own date: a dateline or publication date printed in the text.
//!
//! Two forms, in this order:
//! - a label from `rules/dates_document.tsv` followed by a full date:
//!   `Opublikowano: 12.03.2023`, `Data publikacji: 12 marca 2023 r.`;
//! - a dateline: among the first lines of the page (before the first long
//!   paragraph), a date written in full alone on a line, or split one word a
//!   line (`08` / `grudnia` / `2019`), possibly with a clock time or weekday,
//!   or a date before a colon and a headline (`2016.06.27: II Forum Klastrów`),
//!   or a site's numeric stamp with more on its line (`2025-09-23, 06:54
//!   Anna Lis/Redakcja`, `17.09.2016 Źródło: własne`), or a date, a comma
//!   and a town (`28 stycznia 2020 r., Poznań`).
//!
//! A date range, a date inside a headline, a date line ending with a
//! comma (it goes on: `22 września 2015,` / `Sejm RP w Warszawie` is the
//! event's header), or a date line of a sidebar listing other articles
//! (`12 czerwca, 2024` / headline / `29 maja, 2024` / headline) is not the
//! article's date; the sidebar's span is reported for the event extractor.

use crate::doc::Doc;
use crate::extract::dates::grammar::{Candidate, Grammar};
use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use aho_corasick::AhoCorasick;
use chrono::NaiveDate;
use regex::Regex;

/// List bullets, table bars and spaces before a date: page furniture.
const FURNITURE: [char; 11] = ['•', '·', '*', '|', '»', '>', '■', '▪', ' ', '\u{a0}', '\t'];
/// How many non-empty lines at the top may hold a dateline (a site's menu
/// may fill several: `1. Home`, `2. >`, `3. BIZNES`).
const TOP_LINES: usize = 12;
/// How many non-empty lines after the top may hold a date with a clock time.
const LATE_LINES: usize = 3;
/// A line longer than this (in bytes) is a paragraph: the top ends with it.
const PARAGRAPH: usize = 160;

/// Finds the publication date.
#[derive(Debug)]
pub struct DocumentDateExtractor {
    grammar: Grammar,
    label: Regex,
    clock: Regex,
    /// A clock time anywhere on the line, after a numeric date: a site's
    /// stamp with more after it (`2025-09-23, 06:54 Anna Lis/Redakcja`,
    /// `2016.04.26 15:20 , aktualizacja: …`).
    clock_inside: Regex,
    /// Words of a cookie or consent notice: such a line at the top is no
    /// paragraph (`banner` in dates_document.tsv).
    banners: Vec<String>,
    /// Labels that introduce the article's date only in a byline, under or
    /// beside an author line (`Autor: X` / `Data: 02-03-2010, 15:20`; alone,
    /// `Data:` may be an event's date): `byline_label`.
    byline_labels: Vec<String>,
    /// Words starting an author line (`byline`).
    bylines: Vec<String>,
    /// Finds the byline labels in any case: only lines with one are read.
    byline_gate: Option<AhoCorasick>,
    /// Words naming a periodical's issue after a dateline, lower case
    /// (`10 lipca 2008 Wydanie 24/2008`): `issue`.
    issues: Vec<String>,
}

impl DocumentDateExtractor {
    /// Compiles the rules.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        DocumentDateExtractor::with_grammar(rules, Grammar::new(rules)?)
    }

    /// Compiles the rules around a date grammar already built from them.
    pub(crate) fn with_grammar(rules: &RuleSet, grammar: Grammar) -> Result<Self, RulesError> {
        let mut labels: Vec<String> = Vec::new();
        let mut byline_labels: Vec<String> = Vec::new();
        let mut bylines: Vec<String> = Vec::new();
        let mut banners: Vec<String> = Vec::new();
        let mut issues: Vec<String> = Vec::new();
        let table = rules.table("dates_document.tsv")?;
        table.expect_fields(1, 2)?;
        for row in table.rows() {
            let f = row.field(0)?;
            match row.optional(1).unwrap_or("label") {
                "label" => labels.push(f.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"[\s&&[^\n]]+")),
                "banner" => banners.push(f.to_lowercase()),
                "byline_label" => byline_labels.push(f.to_lowercase()),
                "byline" => bylines.push(f.to_lowercase()),
                "issue" => issues.push(f.to_lowercase()),
                k => return Err(row.error(format!("kind must be label, byline_label, byline, banner or issue, not {k:?}"))),
            }
        }
        labels.sort_by_key(|l| std::cmp::Reverse(l.len()));
        let err = |e: regex::Error| RulesError::Malformed { file: "dates_document.tsv".into(), line: 0, message: e.to_string() };
        let label = Regex::new(&format!(r"(?i:{})[\s&&[^\n]]*:?[\s&&[^\n]]*", labels.join("|"))).map_err(err)?;
        let clock = Regex::new(r"(?:,|\||-|–|godz\.)?\s*[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\s*$").map_err(err)?;
        let clock_inside = Regex::new(r"(?:,|\||-|–|godz\.)?[\s&&[^\n]]*[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:[^0-9]|$)").map_err(err)?;
        let byline_gate = if byline_labels.is_empty() {
            None
        } else {
            Some(AhoCorasick::builder().ascii_case_insensitive(true).build(&byline_labels).map_err(|e| RulesError::Malformed {
                file: "dates_document.tsv".into(),
                line: 0,
                message: e.to_string(),
            })?)
        };
        Ok(DocumentDateExtractor { grammar, label, clock, clock_inside, banners, byline_labels, bylines, byline_gate, issues })
    }

    /// The publication date and where it is written, if the text prints one.
    pub fn extract(&self, doc: &Doc<'_>) -> Option<(NaiveDate, Span)> {
        self.extract_with_sidebar(doc).0
    }

    /// [`DocumentDateExtractor::extract`], and the span of a sidebar of
    /// dated headlines passed over at the top of the page, if any.
    pub fn extract_with_sidebar(&self, doc: &Doc<'_>) -> (Option<(NaiveDate, Span)>, Option<Span>) {
        let mut sidebar = None;
        let found = self
            .labelled(doc.text)
            .or_else(|| self.byline_dated(doc.text))
            .or_else(|| self.dateline(doc, &mut sidebar))
            .or_else(|| self.signature(doc.text));
        (found, sidebar)
    }

    fn full_date(c: &Candidate) -> Option<NaiveDate> {
        if c.start != c.end || c.relative.is_some() {
            return None;
        }
        NaiveDate::from_ymd_opt(c.start.year?, c.start.month?, c.start.day?)
    }

    /// A date after a byline label: `Data:` on the line under an author
    /// line, or after one on the same line (`Autor: X | Data: …`).
    fn byline_dated(&self, text: &str) -> Option<(NaiveDate, Span)> {
        let gate = self.byline_gate.as_ref()?;
        if !gate.is_match(text) {
            return None;
        }
        let mut previous = "";
        let mut at = 0;
        for raw in text.split_inclusive('\n') {
            let line = raw.trim_end_matches(['\n', '\r']);
            let body = line.trim_start();
            // only a line with a label is lower-cased and read
            if gate.is_match(body) {
                let body_at = at + line.len() - body.len();
                if let Some(found) = self.byline_date_on(body, body_at, previous) {
                    return Some(found);
                }
            }
            if !body.is_empty() {
                previous = body;
            }
            at += raw.len();
        }
        None
    }

    /// The date after a byline label on the line `body` (starting at byte
    /// `body_at` of the text), the line before it being `previous`.
    fn byline_date_on(&self, body: &str, body_at: usize, previous: &str) -> Option<(NaiveDate, Span)> {
        let lower = body.to_lowercase();
        // offsets in `lower` must be those of the line
        if lower.len() != body.len() {
            return None;
        }
        let previous = previous.to_lowercase();
        for label in &self.byline_labels {
            let Some(pos) = lower.find(label.as_str()) else { continue };
            let after_byline = self.bylines.iter().any(|b| lower[..pos].contains(b.as_str()));
            let under_byline = pos == 0 && self.bylines.iter().any(|b| previous.starts_with(b.as_str()));
            if !(after_byline || under_byline) || lower[..pos].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = body[pos + label.len()..].trim_start_matches([':', ' ', '\t', '\u{a0}']);
            let rest_at = body_at + body.len() - rest.len();
            let Some(c) = self.grammar.scan(rest, false).into_iter().next() else { continue };
            if c.span.start > 0 {
                continue;
            }
            if let Some(d) = Self::full_date(&c) {
                return Some((d, Span::new(rest_at + c.span.start, rest_at + c.span.end)));
            }
        }
        None
    }

    fn labelled(&self, text: &str) -> Option<(NaiveDate, Span)> {
        for m in self.label.find_iter(text) {
            if m.start() > 0 && text[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let line_end = text[m.end()..].find('\n').map_or(text.len(), |i| m.end() + i);
            let line = &text[m.end()..line_end];
            let Some(c) = self.grammar.scan(line, false).into_iter().next() else { continue };
            if c.span.start > 4 {
                continue;
            }
            if let Some(d) = Self::full_date(&c) {
                return Some((d, Span::new(m.end() + c.span.start, m.end() + c.span.end)));
            }
        }
        None
    }

    fn dateline(&self, doc: &Doc<'_>, sidebar: &mut Option<Span>) -> Option<(NaiveDate, Span)> {
        let text = doc.text;
        // the first non-empty lines, with their byte ranges (trimmed)
        let mut lines: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        for raw in text.split_inclusive('\n') {
            let body = raw.trim_end_matches(['\n', '\r']);
            let lead = body.len() - body.trim_start().len();
            let t = body.trim();
            at += raw.len();
            if !t.is_empty() {
                let (s, e) = (at - raw.len() + lead, at - raw.len() + lead + t.len());
                if t.len() > PARAGRAPH && self.is_banner(&doc.lower_of(Span::new(s, e))) {
                    // a cookie notice above the page: neither a paragraph nor a dateline
                    continue;
                }
                lines.push((s, e));
                if t.len() > PARAGRAPH || lines.len() >= TOP_LINES {
                    break;
                }
            }
        }
        for i in 0..lines.len() {
            for n in 1..=3 {
                let Some(&(_, last_end)) = lines.get(i + n - 1) else { break };
                let group = &lines[i..i + n];
                if n > 1 && group.iter().any(|&(s, e)| text[s..e].split_whitespace().count() > 1) {
                    break;
                }
                if n == 1 {
                    // `2016.06.27: II Forum Klastrów`: a date before a headline
                    let line = &text[lines[i].0..lines[i].1];
                    if let Some((d, len)) = self.glued_dateline(line) {
                        // `2014-09-12Wybuchowo – …`: a scraped stamp run into the lead
                        return Some((d, Span::new(lines[i].0, lines[i].0 + len)));
                    }
                    // `2025-09-23, 06:54 Anna Lis/Redakcja`: a stamp with more on its line
                    if let Some((d, len)) = self.stamp_with_more(line) {
                        if !self.in_dated_list(text, &lines, i) {
                            return Some((d, Span::new(lines[i].0, lines[i].0 + len)));
                        }
                    }
                    if let Some((head, rest)) = line.split_once(':') {
                        let head = head.trim_end();
                        let c = (!rest.trim().is_empty() && rest.starts_with(' ') && has_year_digits(head))
                            .then(|| self.grammar.parse_whole(head))
                            .flatten();
                        if let Some(d) = c.as_ref().and_then(Self::full_date) {
                            return Some((d, Span::new(lines[i].0, lines[i].0 + head.len())));
                        }
                    }
                }
                let joined: String = group.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join(" ");
                if let Some(d) = self.date_line(&joined, n == 1) {
                    if n == 1 && self.in_dated_list(text, &lines, i) {
                        // a sidebar of other articles: `12 czerwca, 2024` /
                        // headline / `29 maja, 2024` / headline
                        let end = lines.get(i + 1).map_or(lines[i].1, |l| l.1);
                        let start = sidebar.map_or(lines[i].0, |s| s.start.min(lines[i].0));
                        *sidebar = Some(Span::new(start, end));
                        break;
                    }
                    return Some((d, Span::new(lines[i].0, last_end)));
                }
            }
        }
        // `30.09.2014 09:42` under a lead paragraph: a date with its clock
        // time alone on a line is a timestamp a little further down too
        for (s, e) in lines_after(text, at, LATE_LINES) {
            let line = &text[s..e];
            if self.clock.is_match(line) {
                if let Some(d) = self.date_line(line, false) {
                    return Some((d, Span::new(s, e)));
                }
            }
        }
        None
    }

    /// A signature at the foot of the page: its last line ends with a full
    /// date after nothing but a source or author written in capitalised
    /// words (`Źródło: Izba Gospodarcza, 5 kwietnia 2017 r.`, `(ZAP,
    /// 18.6.2015 r.; 17:30)`, `… roku. (AB) „Gazeta Lokalna” 24.10.2008 r.`,
    /// `9.10.2010` alone). A sentence ending with a date (`Forum odbędzie
    /// się w Poznaniu, 5 kwietnia 2017 r.`) has lower-case words: no
    /// signature.
    fn signature(&self, text: &str) -> Option<(NaiveDate, Span)> {
        let trimmed = text.trim_end();
        let line_start = trimmed.rfind('\n').map_or(0, |i| i + 1);
        let line = &trimmed[line_start..];
        if !has_year_digits(line) {
            return None;
        }
        let c = self.grammar.scan(line, false).into_iter().last()?;
        let d = Self::full_date(&c)?;
        // after the date: `r.`, a clock time, closing punctuation
        let tail = &line[c.span.end..];
        let tail_ok = tail
            .trim_start_matches(|ch: char| ch.is_whitespace() || ch.is_ascii_digit() || matches!(ch, '.' | ',' | ';' | ':' | ')' | 'r'))
            .trim_start_matches("oku")
            .trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '.' | ')'))
            .is_empty();
        if !tail_ok {
            return None;
        }
        // before it: the signature, from the end of the last sentence
        let head = &line[..c.span.start];
        let from = head.rfind(". ").map_or(0, |i| i + 2);
        let words: Vec<&str> = head[from..].split_whitespace().collect();
        if words.len() > 8 {
            return None;
        }
        let capitalised = words.iter().all(|w| {
            let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
            w.is_empty() || w.chars().next().is_some_and(|ch| ch.is_uppercase()) || matches!(w, "i" | "w" | "z" | "oraz")
        });
        if !capitalised {
            return None;
        }
        Some((d, Span::new(line_start + c.span.start, line_start + c.span.end)))
    }

    /// True when the date line `lines[i]` is an item of a list of dated
    /// headlines: the line two further on or two before is a date line too,
    /// with one line that is not a date between them.
    fn in_dated_list(&self, text: &str, lines: &[(usize, usize)], i: usize) -> bool {
        let is_date = |k: usize| lines.get(k).is_some_and(|&(s, e)| self.date_line(&text[s..e], false).is_some());
        (is_date(i + 2) && !is_date(i + 1)) || (i >= 2 && is_date(i - 2) && !is_date(i - 1))
    }

    /// A numeric full date at the very start of `line` run into a capitalised
    /// word without a space (`2014-09-12Wybuchowo`, `12.09.2014Tekst`), or
    /// set apart from it by a run of two or more spaces or a tab, the gap of
    /// a scraped layout column (`10.04.17  W dniu 7 kwietnia…`): the date and
    /// its length in bytes. One space is not enough: `12.03.2019 Konferencja`
    /// may be the header of an event.
    fn glued_dateline(&self, line: &str) -> Option<(NaiveDate, usize)> {
        let b = line.as_bytes();
        let digit = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
        let sep = |i: usize, set: &[u8]| b.get(i).is_some_and(|c| set.contains(c));
        let iso = digit(0..4) && sep(4, b"-") && digit(5..7) && sep(7, b"-") && digit(8..10);
        let dmy = digit(0..2) && sep(2, b".-") && digit(3..5) && b.get(5) == b.get(2) && digit(6..10);
        // `10.04.17`: a two-digit year, only with a gap after it
        let dmy2 = digit(0..2) && sep(2, b".") && digit(3..5) && sep(5, b".") && digit(6..8) && !digit(8..9);
        let len = if iso || dmy {
            10
        } else if dmy2 {
            8
        } else {
            return None;
        };
        let rest = &line[len..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
        let spaced = gap >= 2 || rest.starts_with('\t');
        if !(gap == 0 && len == 10 || spaced) {
            return None;
        }
        let next = rest[gap..].chars().next()?;
        if !next.is_uppercase() {
            return None;
        }
        let d = self.grammar.parse_whole(&line[..len]).as_ref().and_then(Self::full_date)?;
        Some((d, len))
    }

    /// A site's numeric date stamp with more on its line: a clock time after
    /// it (`wtorek, 4.6.2019 09:58 3077 0`), a label after it (`17.09.2016
    /// Źródło: własne`), or a town after a comma (`28 stycznia 2020 r.,
    /// Poznań`, a press release's dateline, in any spelling).
    fn stamp_with_more(&self, line: &str) -> Option<(NaiveDate, usize)> {
        // (most top lines hold no year: told without a regex)
        if !has_year_digits(line) {
            return None;
        }
        if let Some(m) = line.contains(':').then(|| self.clock_inside.find(line)).flatten() {
            let head = line[..m.start()].trim_end_matches([' ', ',', '|', '-', '–']);
            let bare = head.trim_start_matches(FURNITURE);
            if let Some(c) = self.grammar.parse_whole(bare).filter(|c| c.family == "numeric") {
                return Self::full_date(&c).map(|d| (d, head.len()));
            }
        }
        // the first date of the line, right at its start (a digit opens it)
        if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let c = self.grammar.scan(line, false).into_iter().next().filter(|c| c.span.start == 0)?;
        let rest = line[c.span.end..].trim_start_matches([' ', '\u{a0}', '\t']);
        // `Źródło: własne`, `Autor: Anna Lis`: one capitalised word and a
        // colon; after a bar, a label in any case, maybe cut short
        // (`21.11.2001 | aktual.: 22.06.2002 14:29`)
        let barred = rest.starts_with('|');
        let after_bar = rest.trim_start_matches(FURNITURE);
        let labelled = c.family == "numeric"
            && after_bar.split_once(':').is_some_and(|(w, _)| {
                let w = if barred { w.trim_end_matches('.') } else { w };
                let mut ch = w.chars();
                ch.next().is_some_and(|x| x.is_uppercase() || barred && x.is_alphabetic())
                    && ch.all(char::is_alphabetic)
                    && w.chars().count() >= 3
            });
        // `, Poznań`: one capitalised word (a town) ending the line
        let town = rest.strip_prefix(',').map(str::trim).is_some_and(|t| {
            let mut ch = t.chars();
            ch.next().is_some_and(char::is_uppercase) && ch.all(|x| x.is_alphabetic() || x == '-') && t.chars().count() >= 3
        });
        if labelled || town {
            return Self::full_date(&c).map(|d| (d, c.span.end));
        }
        None
    }

    /// `cand` without a periodical's issue stamp at its end, the last two
    /// words being an issue word (`issue` in dates_document.tsv) and a
    /// number: `10 lipca 2008 Wydanie 24/2008` -> `10 lipca 2008`.
    fn without_issue<'a>(&self, cand: &'a str) -> &'a str {
        let Some((head, number)) = cand.rsplit_once(' ') else { return cand };
        if !number.starts_with(|c: char| c.is_ascii_digit()) || !number.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.'))
        {
            return cand;
        }
        let head = head.trim_end();
        let Some((date, word)) = head.rsplit_once(' ') else { return cand };
        let word = word.trim_end_matches(['.', ':']).to_lowercase();
        if self.issues.iter().any(|w| *w == word) {
            date.trim_end_matches([' ', ',', '|', '-', '–'])
        } else {
            cand
        }
    }

    /// True if the line whose lower case is `lower` holds a banner's words.
    fn is_banner(&self, lower: &str) -> bool {
        self.banners.iter().any(|b| lower.contains(b.as_str()))
    }

    /// The full date a dateline's text says: `• 27 gru 2013 18:01`,
    /// `Wtorek, 14 marca 2023, 10:45`; with `label`, also after one word that
    /// names the page's section, before a numeric date (`Informacje
    /// 2020-12-09`, `Aktualności: 12.03.2023`).
    fn date_line(&self, joined: &str, label: bool) -> Option<NaiveDate> {
        if !has_year_digits(joined) {
            return None;
        }
        let cut = self.clock.find(joined).map_or(joined.len(), |m| m.start());
        if joined[..cut].trim_end().ends_with(',') {
            // `22 września 2015,` / `Sejm RP w Warszawie`: the line goes
            // on, a header of the event (date, place), not a dateline
            return None;
        }
        // list bullets and table bars before the date are page furniture
        let cand = joined[..cut]
            .trim_start_matches(FURNITURE)
            .trim_end_matches([' ', ',', '|', '-', '–']);
        let cand = self.without_issue(cand);
        if let Some(d) = self.grammar.parse_whole(cand).as_ref().and_then(Self::full_date) {
            return Some(d);
        }
        if !label {
            return None;
        }
        let (word, rest) = cand.split_once(char::is_whitespace)?;
        let word = word.trim_end_matches([':', '|']);
        let mut chars = word.chars();
        let section = chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_alphabetic)
            && word.chars().count() >= 4
            && !self.grammar.is_date_word(word);
        if !section {
            return None;
        }
        // a site's stamp is numeric; `Konferencja 12 marca 2020` alone on a
        // line is more likely the event's header
        self.grammar.parse_whole(rest).filter(|c| c.family == "numeric").as_ref().and_then(Self::full_date)
    }
}

/// The byte ranges (trimmed) of the first `n` non-empty lines from `at`.
fn lines_after(text: &str, at: usize, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = at.min(text.len());
    for raw in text[pos..].split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let t = body.trim();
        if !t.is_empty() {
            out.push((pos + lead, pos + lead + t.len()));
            if out.len() >= n {
                break;
            }
        }
        pos += raw.len();
    }
    out
}

/// Whether `s` has four ASCII digits in a row. A full date's year is always
/// written so (the grammar's years are `19NN` and `20NN`), so a line
/// without them is not parsed at all.
fn has_year_digits(s: &str) -> bool {
    s.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}
