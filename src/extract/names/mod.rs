//! Clusters, organisations and people, every name in the nominative.
//!
//! Polish inflects every name (`Śląskiego Klastra Lotniczego`,
//! `Thierry'ego Bretona`, `Pani Minister Jadwigi Emilewicz`); this module
//! finds the names and brings them back to the nominative with the PoliMorf
//! morphology ([`crate::morph`]) and agreement rules:
//!
//! - [`people`]: a first name from the gazetteer (`rules/first_names.tsv`,
//!   every case form) followed by a capitalised surname; the surname is put
//!   in the nominative in the case and gender of the first name. Roles
//!   ([`roles`], `rules/roles.tsv`) before and after the name, titles
//!   (`rules/names_titles.tsv`) skipped.
//! - [`organizations`]: phrases built around a head noun (`rules/org_heads.tsv`:
//!   `Ministerstwo`, `Agencja`, `Klaster`, English `Alliance`, ...), and known
//!   organisations with their acronyms (`rules/org_known.tsv`).
//! - [`clusters`]: cluster names among those phrases, quoted names after
//!   `klaster`, and the merging of short mentions (`Klaster Evoluma`) into the
//!   full name (`Evoluma Klaster Przemysłowy`).
//! - [`nominative`]: the agreement logic shared by all three.
//!
//! ```
//! use ekstrakt::{RuleSet, Record, Status};
//! use ekstrakt::extract::names::NameExtractor;
//! use ekstrakt::segment::Segmenter;
//! use ekstrakt::doc::Doc;
//!
//! let rules = RuleSet::embedded();
//! let names = NameExtractor::new(&rules)?;
//! let text = "Spotkanie otworzył Pan Wiceminister Marcin Ociepa wraz z Peterem Altmaierem, ministrem gospodarki.";
//! let doc = Doc::new(text, &Segmenter::new(&rules)?);
//! let mut record = Record::new("x", "-", Status::Ok);
//! names.extract(&doc, &mut record);
//! let people: Vec<(&str, Option<&str>)> = record.people.iter().map(|p| (p.name.as_str(), p.role.as_deref())).collect();
//! assert_eq!(people, [("Marcin Ociepa", Some("wiceminister")), ("Peter Altmaier", Some("minister"))]);
//! # Ok::<(), ekstrakt::RulesError>(())
//! ```

pub mod clusters;
pub mod nominative;
pub mod organizations;
pub mod people;
pub mod roles;

use crate::doc::Doc;
use crate::morph::Morphology;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};
use crate::segment::TokenKind;
use crate::span::Span;

/// One word (or punctuation mark) of a sentence, with hyphenated compounds
/// (`Serewko-Szymańskiej`, `Jan-Philipp`) joined into one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// The text as written.
    pub text: &'t str,
    /// Byte range in the document.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whether white space comes before it.
    pub space_before: bool,
}

impl<'t> Word<'t> {
    /// A word starting with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        // asked about nearly every word by every name family: an ASCII
        // first byte is answered without decoding a char
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// A word of two or more letters, all capitals (`ECCP`, `MŚP`, `DG`).
    pub fn is_acronym(&self) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        // (a word starting with an ASCII lower-case letter is not one: the
        // pass below would stop there)
        if self.text.as_bytes().first().is_some_and(|b| b.is_ascii_lowercase()) {
            return false;
        }
        // one pass, stopping at the first lower-case letter
        let mut letters = 0;
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 2
    }

    /// A word (not a number or punctuation).
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Punctuation with this text.
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == p
    }
}

/// The first word of a patron after `im.` or `imienia` at word `k`
/// (`im. Adama Mickiewicza`), or `None` when `k` is not such a marker.
pub fn patron_start(ws: &[Word<'_>], k: usize) -> Option<usize> {
    let w = ws.get(k)?;
    match w.text {
        "im" if ws.get(k + 1).is_some_and(|d| d.is_punct(".") && !d.space_before) => Some(k + 2),
        "im." | "imienia" => Some(k + 1),
        _ => None,
    }
}

/// The end of a patron's name starting at word `x` (`Adama Mickiewicza`,
/// `E. Kwiatkowskiego`, `Jana Pawła II`, `Jana i Jędrzeja Śniadeckich`,
/// `Jakuba z Paradyża`): up to four capitalised words or initials, where
/// `i` may join a second first name after a single one and `z`/`ze` a
/// place of origin (a capitalised word) after a full word. `stop` refuses
/// a word (a title, a blocked word). Returns the end and whether a full
/// word was read.
pub fn patron_words(ws: &[Word<'_>], mut x: usize, stop: impl Fn(usize) -> bool) -> (usize, bool) {
    let capital = |y: usize| ws.get(y).is_some_and(|v| v.space_before && v.is_word() && v.is_capitalised() && !stop(y));
    let (mut words, mut full) = (0, false);
    while words < 4 {
        let Some(v) = ws.get(x) else { break };
        if !capital(x) {
            // `Jana i Jędrzeja Śniadeckich`: one first name, `i`, a second one
            // and the shared surname; `Jakuba z Paradyża`: the origin.
            let joined = match v.text {
                "i" => words == 1 && full && capital(x + 1) && capital(x + 2),
                "z" | "ze" => full && capital(x + 1),
                _ => false,
            };
            if joined && v.space_before {
                x += 1;
                continue;
            }
            break;
        }
        let initial = v.text.chars().count() == 1 && ws.get(x + 1).is_some_and(|d| d.is_punct(".") && !d.space_before);
        if initial {
            x += 2;
        } else {
            full = true;
            x += 1;
        }
        words += 1;
    }
    (x, full)
}

/// `s.chars().any(char::is_uppercase)`, without decoding the ASCII bytes
/// before the first non-ASCII one (asked about nearly every word).
pub fn has_uppercase(s: &str) -> bool {
    let b = s.as_bytes();
    let mut p = 0;
    while let Some(&x) = b.get(p) {
        if x.is_ascii() {
            if x.is_ascii_uppercase() {
                return true;
            }
            p += 1;
            continue;
        }
        // a two-byte char (all Polish letters): a bit of [`UPPER_2B`]
        if let (0xC2..=0xDF, Some(&y)) = (x, b.get(p + 1)) {
            let c = usize::from(x & 0x1F) << 6 | usize::from(y & 0x3F);
            if UPPER_2B[c >> 6] >> (c & 63) & 1 == 1 {
                return true;
            }
            p += 2;
            continue;
        }
        // (`p` is a char boundary: whole chars came before)
        return s[p..].chars().any(char::is_uppercase);
    }
    false
}

/// Bit `c` is set when the char `c` (below U+0800, two UTF-8 bytes or one)
/// is upper case ([`char::is_uppercase`]).
static UPPER_2B: [u64; 32] = {
    let mut bits = [0u64; 32];
    let mut c = 0u32;
    while c < 0x800 {
        if let Some(ch) = char::from_u32(c) {
            if ch.is_uppercase() {
                bits[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        c += 1;
    }
    bits
};

/// `s.chars().next().is_some_and(char::is_lowercase)`, an ASCII first
/// byte answered without decoding a char.
pub fn starts_lowercase(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => s.chars().next().is_some_and(char::is_lowercase),
    }
}

/// A word written `p.Daniel` (a short lower-case abbreviation, a full stop,
/// a capitalised word, no space): the three parts.
fn split_glued_abbreviation(w: Word<'_>) -> Option<(Word<'_>, Word<'_>, Word<'_>)> {
    if w.kind != TokenKind::Word {
        return None;
    }
    let dot = w.text.bytes().position(|b| b == b'.')?;
    let (abbr, rest) = (&w.text[..dot], &w.text[dot + 1..]);
    let abbr_ok = (1..=4).contains(&abbr.chars().count()) && abbr.chars().all(char::is_lowercase);
    let rest_ok = rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().count() >= 2
        && rest.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    if !abbr_ok || !rest_ok {
        return None;
    }
    let s = w.span.start;
    let a = Word { text: abbr, span: Span::new(s, s + dot), kind: TokenKind::Word, space_before: w.space_before };
    let d = Word { text: ".", span: Span::new(s + dot, s + dot + 1), kind: TokenKind::Punct, space_before: false };
    let b = Word { text: rest, span: Span::new(s + dot + 1, w.span.end), kind: TokenKind::Word, space_before: true };
    Some((a, d, b))
}

/// The words of every sentence of `doc`.
pub fn sentence_words<'t>(doc: &Doc<'t>) -> Vec<Vec<Word<'t>>> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let mut words: Vec<Word<'t>> = Vec::with_capacity(s.tokens.len());
        let mut space = false;
        for t in &doc.tokens[s.tokens.clone()] {
            if t.is_space() {
                space = true;
                continue;
            }
            let w = Word { text: doc.slice(t.span), span: t.span, kind: t.kind, space_before: space };
            space = false;
            // `p.Daniel`, `dr.Kowalski`: an abbreviation glued to a name.
            if let Some((a, dot, b)) = split_glued_abbreviation(w) {
                words.extend([a, dot, b]);
                continue;
            }
            // Join `word-word` written without spaces.
            let n = words.len();
            if w.kind == TokenKind::Word
                && !w.space_before
                && n >= 2
                && matches!(words[n - 1].text, "-" | "‑")
                && !words[n - 1].space_before
                && words[n - 2].kind != TokenKind::Punct
            {
                let start = words[n - 2].span.start;
                let first_space = words[n - 2].space_before;
                let kind = words[n - 2].kind;
                words.truncate(n - 2);
                let span = Span::new(start, w.span.end);
                words.push(Word { text: doc.slice(span), span, kind, space_before: first_space });
                continue;
            }
            words.push(w);
        }
        // `Szkoły Głównej Gospodarstwa\n    Wiejskiego;`: a list item wrapped
        // onto a line indented deeper than its own goes on in one sentence.
        let wrapped = out.last().is_some_and(|prev: &Vec<Word<'t>>| {
            prev.last()
                .zip(words.first())
                .is_some_and(|(a, b)| a.is_word() && b.is_word() && hanging_indent(doc.text, a.span.end, b.span.start))
        });
        // `prezes Alfa S.A. Jan Nowak`: after a company's legal form the
        // segmenter ends a sentence before a capital; a name right after it
        // on the same line is that company's officer (`Sp. z o.o. Anna Lis`).
        let after_legal_form = out.last().is_some_and(|prev: &Vec<Word<'t>>| {
            let n = prev.len();
            n >= 3
                && prev[n - 1].is_punct(".")
                && matches!(prev[n - 2].text, "S.A" | "o.o")
                && words.len() >= 2
                && words[0].is_word()
                && words[0].is_capitalised()
                && words[1].is_word()
                && words[1].is_capitalised()
                && !doc.text[prev[n - 1].span.end..words[0].span.start].contains('\n')
        });
        match out.last_mut() {
            Some(prev) if after_legal_form => prev.extend(words),
            Some(prev) if wrapped => {
                if let Some(first) = words.first_mut() {
                    first.space_before = true;
                }
                prev.extend(words);
            }
            _ => out.push(words),
        }
    }
    out
}

/// `Krzysztof Żuk` on a line of its own and `Prezydent Miasta Lublina` on
/// the next (a caption, a list of speakers): the role line is the name's
/// apposition, joined to it as if after a comma. A line of two to four
/// capitalised words (titles and their full stops allowed) with no role,
/// followed by a line opening with a capitalised role.
fn join_name_lines<'t>(
    sentences: Vec<Vec<Word<'t>>>,
    role_hits: Vec<Vec<roles::RoleHit>>,
) -> (Vec<Vec<Word<'t>>>, Vec<Vec<roles::RoleHit>>) {
    let name_line = |ws: &[Word<'t>]| {
        let words = ws.iter().filter(|w| w.is_word()).count();
        (2..=6).contains(&ws.len())
            && (2..=4).contains(&words)
            && ws.iter().all(|w| w.is_capitalised() || w.is_punct(".") || w.is_word() && w.text.len() <= 4)
            && ws.last().is_some_and(|w| w.is_capitalised())
    };
    let mut out_s: Vec<Vec<Word<'t>>> = Vec::with_capacity(sentences.len());
    let mut out_h: Vec<Vec<roles::RoleHit>> = Vec::with_capacity(sentences.len());
    let mut joinable = false;
    for (ws, hits) in sentences.into_iter().zip(role_hits) {
        let opens_with_role = hits.iter().any(|h| h.start == 0) && ws.first().is_some_and(|w| w.is_capitalised());
        if joinable && opens_with_role {
            if let (Some(prev), Some(prev_hits)) = (out_s.last_mut(), out_h.last_mut()) {
                let at = prev.last().map_or(0, |w| w.span.end);
                prev.push(Word { text: ",", span: Span::new(at, at), kind: TokenKind::Punct, space_before: false });
                let shift = prev.len();
                prev_hits.extend(hits.into_iter().map(|mut h| {
                    h.start += shift;
                    h.end += shift;
                    h
                }));
                prev.extend(ws);
                joinable = false;
                continue;
            }
        }
        joinable = hits.is_empty() && name_line(&ws);
        out_s.push(ws);
        out_h.push(hits);
    }
    (out_s, out_h)
}

/// Whether the white space `text[a..b]` is one line break followed by an
/// indentation deeper than that of the line `a` is on.
fn hanging_indent(text: &str, a: usize, b: usize) -> bool {
    let Some(gap) = text.get(a..b) else { return false };
    let Some(rest) = gap.strip_prefix('\n').or_else(|| gap.strip_prefix("\r\n")) else { return false };
    let indent = rest.chars().count();
    if indent == 0 || !rest.chars().all(|c| c == ' ' || c == '\t' || c == '\u{a0}') {
        return false;
    }
    let line_start = text.get(..a).and_then(|t| t.rfind('\n')).map_or(0, |p| p + 1);
    let own = text.get(line_start..a).map_or(0, |l| l.chars().take_while(|c| *c == ' ' || *c == '\t' || *c == '\u{a0}').count());
    indent > own
}

/// Clusters, organisations and people, in the nominative.
#[derive(Debug)]
pub struct NameExtractor {
    roles: roles::Roles,
    people: people::PeopleFinder,
    orgs: organizations::OrgFinder,
    morph: &'static Morphology,
}

impl NameExtractor {
    /// Compiles the rules: `roles.tsv`, `names_titles.tsv`, `names_stop.tsv`,
    /// `first_names.tsv`, `org_heads.tsv`, `org_known.tsv`; the morphology is
    /// the embedded PoliMorf.
    pub fn new(rules: &RuleSet) -> Result<Self, RulesError> {
        let morph = Morphology::try_embedded().map_err(|e| RulesError::Malformed {
            file: "morph/polimorf.bin".into(),
            line: 0,
            message: e.to_string(),
        })?;
        Ok(NameExtractor {
            roles: roles::Roles::new(rules, morph)?,
            people: people::PeopleFinder::new(rules, morph)?,
            orgs: organizations::OrgFinder::new(rules, morph)?,
            morph,
        })
    }

    /// Adds the clusters, organisations and people found in `doc` to `record`.
    pub fn extract(&self, doc: &Doc<'_>, record: &mut Record) {
        self.extract_with_institutions(doc, record);
    }

    /// Like [`NameExtractor::extract`], and returns every mention of an
    /// organisation or a venue building with its nominative name, in text
    /// order (for venues named only by their building).
    pub fn extract_with_institutions(&self, doc: &Doc<'_>, record: &mut Record) -> Vec<organizations::Institution> {
        let mut sentences = sentence_words(doc);
        for ws in &mut sentences {
            self.orgs.split_glued_heads(ws);
            self.roles.split_glued(ws);
        }
        // Roles first: their words (`Członek Rady`) are not organisation names.
        // (`Kancelarii Prezydenta RP`: a role in the genitive after an
        // organisation head belongs to the organisation's name.)
        let role_hits: Vec<Vec<roles::RoleHit>> = sentences
            .iter()
            .map(|ws| {
                let mut hits = self.roles.find_all(ws);
                hits.retain(|h| !self.orgs.role_in_name(ws, h.start));
                hits
            })
            .collect();
        let (sentences, role_hits) = join_name_lines(sentences, role_hits);
        let mut blocked: Vec<Vec<bool>> = sentences.iter().map(|s| vec![false; s.len()]).collect();
        for (si, hits) in role_hits.iter().enumerate() {
            for h in hits {
                for b in &mut blocked[si][h.start..h.end] {
                    *b = true;
                }
            }
        }
        let mut people = people::People::default();
        // `Nowi członkowie zarządu to:` / `* Jan Nowak (firma X),` / `* Anna
        // Lis`: a plural role ending a line with a colon is the role of the
        // people who open the list items under it.
        let mut list_role: Option<String> = None;
        for (si, ws) in sentences.iter().enumerate() {
            let before = people.len();
            self.people.find(ws, &role_hits[si], &mut blocked[si], &mut people);
            let item = ws.first().is_some_and(|w| matches!(w.text, "*" | "•" | "-" | "–" | "·" | "▪"));
            match &list_role {
                Some(role) if item => people.give_role_since(before, role),
                _ => list_role = None,
            }
            if ws.last().is_some_and(|w| w.is_punct(":")) {
                list_role = role_hits[si].last().filter(|h| self.people.is_plural_role(ws, h)).map(|h| h.role.clone());
            }
        }
        let mut orgs = organizations::Found::default();
        for (si, ws) in sentences.iter().enumerate() {
            let role_ends: Vec<usize> = role_hits[si].iter().map(|h| h.end).collect();
            self.orgs.after_roles(ws, &role_ends, &mut blocked[si], &mut orgs);
            self.orgs.find(doc.text, ws, &mut blocked[si], &mut orgs);
        }
        let (mut clusters, organizations, mentions, institutions) = self.orgs.finish(doc.text, orgs);
        // `Infoklastra Poligraficznego`: a head glued to a prefix.
        let (glued, counts) = clusters::compound_head_names(doc.text, &sentences, &blocked, self.morph);
        if !glued.is_empty() {
            clusters::add_new(&mut clusters, clusters::merge_short_mentions(glued, &counts, self.morph));
        }
        people.resolve_affiliations(&mentions);
        record.clusters.extend(clusters);
        record.organizations.extend(organizations);
        record.people.extend(people.into_items(doc.text));
        institutions
    }
}

#[cfg(test)]
mod tests {
    use super::has_uppercase;

    /// The table-driven test answers as `chars().any(char::is_uppercase)`.
    #[test]
    fn has_uppercase_is_any_uppercase_char() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("ab{c}"), format!("ż{c}x"), format!("{c}ą")] {
                assert_eq!(has_uppercase(&s), s.chars().any(char::is_uppercase), "{s:?}");
            }
        }
        for s in ["", "abc", "Łódź", "łódź", "zażółć", "ZAŻÓŁĆ", "naïve", "ΣΑ", "ǅ", "Ⅷ", "𝐀"] {
            assert_eq!(has_uppercase(s), s.chars().any(char::is_uppercase), "{s:?}");
        }
    }
}
