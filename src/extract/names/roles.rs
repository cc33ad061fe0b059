//! Roles of people (`komisarz`, `wiceminister`, `członek rady`), found in
//! any case through the morphology: `Pana Wiceministra` -> `wiceminister`,
//! `federalnym ministrem` -> `minister`, `Członek Rady` -> `członek rady`.
//! The list is `rules/roles.tsv`.

use super::Word;
use crate::morph::{Morphology, Pos};
use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use foldhash::{HashMap, HashSet};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What one role list says about one written form, worked out once per
/// thread: every word of every sentence is asked whether it starts a role,
/// and the same forms come back in every article.
#[derive(Debug, Default)]
struct FormRoles {
    /// The roles this form can start, in the order they are tried
    /// (longest first, the feminine role first on a tie).
    starts: Vec<usize>,
    /// [`Roles::lemmas`] of the form, computed when the form is asked
    /// about as a later word of a role.
    lemmas: OnceCell<Vec<String>>,
}

/// The per-thread cache is emptied when it holds this many forms.
const CACHE_LIMIT: usize = 100_000;

/// Gives every [`Roles`] its own cache identity.
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A thread's cache: the id of the [`Roles`] it belongs to, and form -> what it says.
type FormCache = (usize, HashMap<Box<str>, Rc<FormRoles>>);

thread_local! {
    /// Form -> what it says, for the [`Roles`] whose id is first.
    static CACHE: RefCell<FormCache> = RefCell::new((usize::MAX, HashMap::default()));
}

/// One role: its output name and the lemmas each of its words may have.
#[derive(Debug)]
struct Role {
    name: String,
    words: Vec<Vec<String>>,
}

/// A role found in a sentence: words `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleHit {
    /// First word index.
    pub start: usize,
    /// One past the last word index.
    pub end: usize,
    /// The role, lower-case nominative.
    pub role: String,
}

/// The role list, compiled.
#[derive(Debug)]
pub struct Roles {
    morph: &'static Morphology,
    roles: Vec<Role>,
    /// Lemma of a role's first word -> roles, longest first.
    by_first: HashMap<String, Vec<usize>>,
    /// The first three letters (lower case) of every role's first word: a
    /// cheap filter before the morphology is asked.
    prefixes: HashSet<Vec<char>>,
    /// Bit `a * 256 + b`: some key of `by_first` starts, lower-cased, with
    /// the bytes `a b` (see [`Roles::may_start`]).
    pairs: Vec<u64>,
    /// Some key of `by_first` is shorter than two bytes (the pair screen is off).
    short_key: bool,
    /// This list's key in the per-thread form cache.
    id: usize,
}

/// The first three letters of `w`, lower-cased, into `buf`; the part used.
fn prefix3<'b>(w: &str, buf: &'b mut [char; 12]) -> &'b [char] {
    let mut n = 0;
    for c in w.chars().take(3) {
        if c.is_ascii() {
            // the common case, without the Unicode tables
            if let Some(b) = buf.get_mut(n) {
                *b = c.to_ascii_lowercase();
                n += 1;
            }
            continue;
        }
        for l in c.to_lowercase() {
            if let Some(b) = buf.get_mut(n) {
                *b = l;
                n += 1;
            }
        }
    }
    &buf[..n]
}

impl Roles {
    /// Reads `roles.tsv`.
    pub fn new(rules: &RuleSet, morph: &'static Morphology) -> Result<Roles, RulesError> {
        let table = rules.table("roles.tsv")?;
        table.expect_fields(2, 2)?;
        let mut roles = Vec::new();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for row in table.rows() {
            let name = row.field(0)?.to_string();
            let words: Vec<Vec<String>> = row
                .field(1)?
                .split(' ')
                .filter(|w| !w.is_empty())
                .enumerate()
                .map(|(k, w)| {
                    // `=ks`: the written form only, no lemma (the lemma of
                    // the abbreviation `ks` is `ksiądz`, which also reads
                    // `Książąt`).
                    if let Some(literal) = w.strip_prefix('=') {
                        return vec![literal.to_lowercase()];
                    }
                    let mut l = vec![w.to_lowercase()];
                    let readings = morph.analyse(w);
                    // The first word by its noun or adjective lemmas only:
                    // `przewodniczący` is also a participle of
                    // `przewodniczyć`, and `Modlitwie przewodniczył ks. Jan
                    // Nowak` names no chairman.
                    let nominal = |a: &crate::morph::Analysis| matches!(a.pos, Pos::Noun | Pos::Adjective);
                    let first_nominal = k == 0 && readings.iter().any(nominal);
                    for a in readings.iter().filter(|a| !first_nominal || nominal(a)) {
                        let a = a.lemma.to_lowercase();
                        if !l.contains(&a) {
                            l.push(a);
                        }
                    }
                    l
                })
                .collect();
            if words.is_empty() {
                return Err(row.error("a role needs at least one word"));
            }
            let idx = roles.len();
            for l in &words[0] {
                by_first.entry(l.clone()).or_default().push(idx);
            }
            roles.push(Role { name, words });
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(roles[i].words.len()));
            v.dedup();
        }
        let prefixes: HashSet<Vec<char>> = by_first.keys().map(|k| prefix3(k, &mut ['\0'; 12]).to_vec()).collect();
        let mut pairs = vec![0u64; 1024];
        let mut short_key = false;
        for p in &prefixes {
            let p: String = p.iter().collect();
            match p.as_bytes() {
                [a, b, ..] => {
                    let i = usize::from(*a) << 8 | usize::from(*b);
                    pairs[i / 64] |= 1 << (i % 64);
                }
                _ => short_key = true,
            }
        }
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        Ok(Roles { morph, roles, by_first, prefixes, pairs, short_key, id })
    }

    /// Whether a role can start with `form`: `false` when its first two
    /// characters are ASCII and no key of `by_first` starts with them
    /// lower-cased (then `form_uncached` finds no start either), without
    /// hashing the form; `true` otherwise.
    fn may_start(&self, form: &str) -> bool {
        match form.as_bytes() {
            [a, b, ..] if !self.short_key && a.is_ascii() && b.is_ascii() => {
                let i = usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase());
                self.pairs.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
            }
            _ => true,
        }
    }

    /// What this list says about `form`, from the per-thread cache.
    fn form(&self, form: &str) -> Rc<FormRoles> {
        let hit = CACHE.with(|c| {
            let c = c.borrow();
            if c.0 == self.id {
                c.1.get(form).cloned()
            } else {
                None
            }
        });
        if let Some(f) = hit {
            return f;
        }
        let entry = Rc::new(self.form_uncached(form));
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= CACHE_LIMIT {
                c.0 = self.id;
                c.1.clear();
            }
            c.1.insert(form.into(), Rc::clone(&entry));
        });
        entry
    }

    /// The roles `form` can start, in the order they are tried.
    fn form_uncached(&self, form: &str) -> FormRoles {
        if !self.prefixes.contains(prefix3(form, &mut ['\0'; 12])) {
            return FormRoles::default();
        }
        let first = self.lemmas(form);
        let mut starts: Vec<usize> = first.iter().filter_map(|l| self.by_first.get(l)).flatten().copied().collect();
        // `Przewodniczącą`: the feminine role before the masculine one.
        // (Only a feminine ending says so: `Przewodniczącym` is masculine.)
        let lower = form.to_lowercase();
        let feminine = if lower.ends_with('ą') || lower.ends_with("ej") || lower.ends_with('a') {
            super::nominative::adjective_nominative(&lower, super::nominative::Gen::F)
        } else {
            String::new()
        };
        let masculine = super::nominative::adjective_nominative(&lower, super::nominative::Gen::M);
        starts.sort_by_key(|&r| {
            // (the first word decides: `Przewodniczącej Rady` -> `przewodnicząca rady`)
            let first_word = self.roles[r].name.split(' ').next().unwrap_or_default();
            (std::cmp::Reverse(self.roles[r].words.len()), first_word != feminine, first_word != masculine)
        });
        starts.dedup();
        let lemmas = OnceCell::new();
        let _ = lemmas.set(first);
        FormRoles { starts, lemmas }
    }

    fn lemmas(&self, form: &str) -> Vec<String> {
        let mut l = vec![form.to_lowercase()];
        // `z-ca` (zastępca) inflects like the word it abbreviates, which the
        // dictionary lacks: `z-cy`, `z-cą`, `z-cę`, `z-co`.
        if let Some(end) = l[0].strip_prefix("z-c") {
            if matches!(end, "y" | "ą" | "ę" | "o" | "om" | "ów" | "ami") {
                l.push("z-ca".to_string());
            }
        }
        self.morph.with_analyses(form, |readings| {
            for a in readings {
                let a = a.lemma.to_lowercase();
                if !l.contains(&a) {
                    l.push(a);
                }
            }
        });
        l
    }

    /// The role starting at word `i`, if any (the longest).
    pub fn at(&self, ws: &[Word<'_>], i: usize) -> Option<RoleHit> {
        let w = ws.get(i)?;
        if !w.is_word() || !self.may_start(w.text) {
            return None;
        }
        let first = self.form(w.text);
        'role: for &r in &first.starts {
            let role = &self.roles[r];
            for (k, want) in role.words.iter().enumerate().skip(1) {
                let Some(x) = ws.get(i + k).filter(|x| x.is_word()) else { continue 'role };
                let later = self.form(x.text);
                if !later.lemmas.get_or_init(|| self.lemmas(x.text)).iter().any(|l| want.contains(l)) {
                    continue 'role;
                }
            }
            return Some(RoleHit { start: i, end: i + role.words.len(), role: role.name.clone() });
        }
        None
    }

    /// Splits a capitalised word the dictionary lacks whose tail is the
    /// first word of a role, glued by scraping (`Balcerowskiprezes
    /// Klastra` -> `Balcerowski` `prezes`): the stem keeps four letters or
    /// more, the tail five or more, in lower case; and a capitalised role
    /// glued to a surname by a hyphen (`Buchowicz-Dyrektor` -> `Buchowicz`
    /// `-` `Dyrektor`).
    pub fn split_glued(&self, ws: &mut Vec<Word<'_>>) {
        let mut k = 0;
        while k < ws.len() {
            let w = ws[k];
            // (both splits need a capitalised word: the rest is asked only then)
            if !w.is_capitalised() {
                k += 1;
                continue;
            }
            // `Buchowicz-Dyrektor biura`, `Nowak-Prezes firmy`: a role glued
            // to a surname by a hyphen: surname, dash, role.
            if let Some(h) = w.text.bytes().rposition(|b| b == b'-') {
                let (head, tail) = (&w.text[..h], &w.text[h + 1..]);
                let glued = head.chars().count() >= 3
                    && head.chars().all(|c| c.is_alphabetic() || c == '-')
                    && tail.chars().count() >= 5
                    && tail.chars().next().is_some_and(char::is_uppercase)
                    && tail.chars().skip(1).all(char::is_lowercase)
                    && self.may_start(tail)
                    && !self.form(tail).starts.is_empty()
                    && self.form(head).starts.is_empty()
                    && !self.morph.contains(w.text);
                if glued {
                    let s = w.span.start;
                    let stem = Word { text: head, span: Span::new(s, s + h), ..w };
                    let dash = Word {
                        text: &w.text[h..h + 1],
                        span: Span::new(s + h, s + h + 1),
                        kind: crate::segment::TokenKind::Punct,
                        space_before: false,
                    };
                    let role = Word { text: tail, span: Span::new(s + h + 1, w.span.end), space_before: false, ..w };
                    ws[k] = stem;
                    ws.insert(k + 1, dash);
                    ws.insert(k + 2, role);
                    k += 3;
                    continue;
                }
            }
            let candidate = w.text.chars().count() >= 9
                && w.text.chars().all(char::is_alphabetic)
                && !w.text.chars().skip(1).any(char::is_uppercase)
                && !self.morph.contains(w.text);
            if candidate {
                let split = w.text.char_indices().skip(4).map(|(p, _)| p).find(|&p| {
                    let tail = &w.text[p..];
                    tail.chars().count() >= 5 && self.may_start(tail) && !self.form(tail).starts.is_empty()
                });
                if let Some(p) = split {
                    let s = w.span.start;
                    let stem = Word { text: &w.text[..p], span: Span::new(s, s + p), ..w };
                    let tail = Word { text: &w.text[p..], span: Span::new(s + p, w.span.end), space_before: true, ..w };
                    ws[k] = stem;
                    ws.insert(k + 1, tail);
                    k += 1;
                }
            }
            k += 1;
        }
    }

    /// Every role in a sentence, left to right, not overlapping.
    pub fn find_all(&self, ws: &[Word<'_>]) -> Vec<RoleHit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            if let Some(h) = self.at(ws, i) {
                i = h.end;
                out.push(h);
            } else {
                i += 1;
            }
        }
        out
    }
}
