//! People: a first name from the gazetteer and a capitalised surname, put in
//! the nominative together (`Pana Wiceministra Marcina Ociepy` -> `Marcin
//! Ociepa`), with the roles written before or after the name.
//!
//! The first name gives the gender and the case (`Marcina`: masculine,
//! genitive or accusative); the surname is then the PoliMorf reading of that
//! gender and case (`Ociepy` -> `Ociepa`), else the proper-name paradigm
//! guess of [`Morphology::guess_name`] (`Altmaierem` -> `Altmaier`,
//! `Jilkovej` -> `Jilkova`, feminine `Emilewicz` unchanged). A nominative
//! first name keeps the surname as written. Hyphenated parts are done one
//! by one (`Serewko-Szymańskiej` -> `Serewko-Szymańska`).

use super::nominative::Gen;
use super::roles::RoleHit;
use super::Word;
use crate::morph::{Analysis, Case, Cases, Gender, Morphology, Pos};
use crate::record::Person;
use crate::rules::{RuleSet, RulesError};
use crate::span::Span;
use foldhash::{HashMap, HashSet};

/// One gazetteer entry a form belongs to.
#[derive(Debug, Clone)]
struct FirstName {
    lemma: String,
    gender: Gen,
}

/// Finds people; built once from the rules.
#[derive(Debug)]
pub struct PeopleFinder {
    morph: &'static Morphology,
    /// Every form of every first name -> the names it may be.
    first: HashMap<String, Vec<FirstName>>,
    /// Bit [`key_signature`] of every key of `first` is set (see
    /// [`PeopleFinder::may_be_first`]).
    first_signatures: Vec<u64>,
    /// Title forms (`pan`, `pani`, `dr`, `prof`), lower case.
    titles: HashSet<String>,
    /// Words that are never a name part, lower case.
    stop: HashSet<String>,
    /// Lemmas of organisation head nouns (a surname is never one).
    heads: HashSet<String>,
}

/// Words after a name and before its role (`Peterem Altmaierem, federalnym ministrem`).
const FILLERS: &[&str] = &[
    "jednocześnie",
    "obecnie",
    "również",
    "także",
    "a",
    "oraz",
    "i",
    "były",
    "była",
    "pełniący",
    "pełniąca",
    "funkcję",
    "funkcji",
    "zarazem",
    // `Jan Nowak, jako przedstawiciel Izby`
    "jako",
];
/// Conjunctions and prepositions that end a role's complement before a name
/// (`wiceprezes Izby i Jan Nowak`, `prezesa Klastra z Janem Nowakiem`).
const JOINERS: &[&str] = &["i", "oraz", "a", "lub", "albo", "z", "ze", "przez", "dla", "wraz"];
/// Lower-case particles of foreign surnames (`von der Leyen`, `de Gaulle`).
const PARTICLES: &[&str] = &["von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "dos", "del", "ter", "zu"];
/// Roles that give way to any other role of the same mention.
const WEAK_ROLES: &[&str] = &["przedstawiciel", "przedstawicielka", "reprezentant", "reprezentantka"];
/// Forms of `być`, `zostać` and `pozostać` linking a role in the instrumental to a name.
const COPULAS: &[&str] = &[
    "był",
    "była",
    "jest",
    "będzie",
    "został",
    "została",
    "zostanie",
    "zostaje",
    // `prezesem nadal pozostaje Pan Jan Nowak`
    "pozostaje",
    "pozostał",
    "pozostała",
    "pozostanie",
];
/// Words that end the stretch a role may be found in.
const STOPPERS: &[&str] = &["który", "która", "które", "którzy", "którego", "której", "co", "gdzie", "że", "oraz", "wraz"];

fn normalise_apostrophe(s: &str) -> std::borrow::Cow<'_, str> {
    // (`’` is E2 80 99: a plain byte scan first, cheaper on a short word)
    if s.bytes().any(|b| b == 0x99) && s.contains('’') {
        std::borrow::Cow::Owned(s.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The vowels a Polish name may end in.
const VOWELS: &str = "aeiouyąęó";

/// Bits of the first-name signature set.
const SIGNATURE_BITS: usize = 1 << 18;

/// A word's length, first two and last bytes, mixed into a bit index below
/// [`SIGNATURE_BITS`].
fn key_signature(k: &str) -> usize {
    let b = k.as_bytes();
    let (first, second, last) = (b.first().copied().unwrap_or(0), b.get(1).copied().unwrap_or(0), b.last().copied().unwrap_or(0));
    let h = [first, second, last, b.len() as u8].iter().fold(0x811c_9dc5u32, |h, &x| (h ^ u32::from(x)).wrapping_mul(0x0100_0193));
    (h ^ (h >> 18)) as usize % SIGNATURE_BITS
}

impl PeopleFinder {
    /// Reads `first_names.tsv`, `names_titles.tsv`, `names_stop.tsv`, `org_heads.tsv`.
    pub fn new(rules: &RuleSet, morph: &'static Morphology) -> Result<PeopleFinder, RulesError> {
        let mut first: HashMap<String, Vec<FirstName>> = HashMap::default();
        let t = rules.table("first_names.tsv")?;
        t.expect_fields(2, 3)?;
        for row in t.rows() {
            let lemma = row.field(0)?.to_string();
            let gender = match row.field(1)? {
                "m" => Gen::M,
                "f" => Gen::F,
                g => return Err(row.error(format!("gender must be m or f, not {g:?}"))),
            };
            let mut forms = row.list(2)?;
            forms.push(row.field(0)?);
            for f in forms {
                let e = first.entry(normalise_apostrophe(f).into_owned()).or_default();
                if !e.iter().any(|x| x.lemma == lemma) {
                    e.push(FirstName { lemma: lemma.clone(), gender });
                }
            }
        }
        // A form that is some name's nominative is that name first.
        for (form, v) in first.iter_mut() {
            v.sort_by_key(|n| n.lemma != *form);
        }
        let mut titles = HashSet::default();
        let t = rules.table("names_titles.tsv")?;
        t.expect_fields(2, 2)?;
        for row in t.rows() {
            for f in row.list(1)? {
                titles.insert(f.to_lowercase());
            }
        }
        let t = rules.table("names_stop.tsv")?;
        t.expect_fields(1, 2)?;
        let stop = t.rows().iter().map(|r| r.field(0).map(str::to_lowercase)).collect::<Result<_, _>>()?;
        let t = rules.table("org_heads.tsv")?;
        let heads = t.rows().iter().map(|r| r.field(0).map(str::to_lowercase)).collect::<Result<_, _>>()?;
        let mut first_signatures = vec![0u64; SIGNATURE_BITS / 64];
        for k in first.keys() {
            let i = key_signature(k);
            first_signatures[i / 64] |= 1 << (i % 64);
        }
        Ok(PeopleFinder { morph, first, first_signatures, titles, stop, heads })
    }

    /// Whether `part` may be a key of `first`: `false` when no key has its
    /// [`key_signature`], without hashing the whole word. (A `’`, which
    /// [`normalise_apostrophe`] replaces, turns the screen off.)
    fn may_be_first(&self, part: &str) -> bool {
        if part.bytes().any(|b| b == 0xE2) {
            return true;
        }
        let i = key_signature(part);
        self.first_signatures.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// The first names a word may be (every hyphenated part must be one).
    fn first_names(&self, w: &Word<'_>) -> Option<Vec<FirstName>> {
        if !w.is_capitalised() {
            return None;
        }
        // (nothing is copied until the first part is a first name; the
        // signature screen is cheaper than the acronym test, so it goes first)
        let lookup = |part: &str| self.first.get(normalise_apostrophe(part).as_ref()).and_then(|n| n.first());
        // (the parts of `split('-')`, the first found by bytes: most words have one)
        let (first, rest) = match w.text.bytes().position(|b| b == b'-') {
            Some(p) => (&w.text[..p], Some(&w.text[p + 1..])),
            None => (w.text, None),
        };
        if !self.may_be_first(first) || w.is_acronym() {
            return None;
        }
        let mut out = vec![lookup(first)?.clone()];
        for part in rest.into_iter().flat_map(|r| r.split('-')) {
            out.push(lookup(part)?.clone());
        }
        Some(out)
    }

    /// The man's name a form stands for when it is also a woman's
    /// nominative (`Stanisława`, `Jarosława`, `Aleksandra`, `Henryka`:
    /// feminine nominative or masculine genitive/accusative), decided by
    /// agreement: a masculine title before it (`Pana prof.`), a surname in a
    /// masculine oblique case (`Tomczyszyna`, `Gowina`), or a role right after
    /// it in the genitive (`Marszałka`). `None` keeps the woman's name.
    fn masculine_reading(&self, ws: &[Word<'_>], i: usize, role_hits: &[RoleHit]) -> Option<FirstName> {
        let form = normalise_apostrophe(ws[i].text);
        let all = self.first.get(form.as_ref())?;
        if !all.iter().any(|n| n.gender == Gen::F && n.lemma == form) {
            return None;
        }
        // (`Stanisława` is `Stanisław` + `-a`; `Maria` is no man's `Mario`
        // but in foreign texts, so a man's name in a vowel is not read here)
        let male = all
            .iter()
            .find(|n| n.gender == Gen::M && n.lemma != form && n.lemma.chars().last().is_some_and(|c| !VOWELS.contains(c)))?
            .clone();
        // A title before the name (skipping `prof.`, `dr` and full stops).
        let mut k = i;
        while k > 0 {
            k -= 1;
            let x = &ws[k];
            if x.is_punct(".") {
                continue;
            }
            if !self.is_title(x) {
                break;
            }
            match x.text.to_lowercase().as_str() {
                "pan" | "pana" | "panu" | "panem" => return Some(male),
                "pani" | "panią" => return None,
                _ => {}
            }
        }
        let male_cases = self.first_name_cases(&form, &male.lemma);
        // A role in a man's oblique case just before (`marszałka Podkarpacia
        // Władysława Ortyla`; not `prezes Władysława Nowak`).
        let role_before = role_hits.iter().rev().find(|h| h.end <= i && i - h.end <= 3 && ws[h.end..i].iter().all(|x| x.is_word()));
        if let Some(h) = role_before {
            if self.masculine_oblique_only(ws[h.start].text, male_cases) {
                return Some(male);
            }
        }
        // The surname: a dictionary reading of a man in those cases, or an
        // ending only a man's surname inflects to (`Tomczyszyna` <- `Tomczyszyn`).
        if let Some(sur) = ws.get(i + 1).filter(|x| x.is_capitalised() && x.space_before) {
            let last = sur.text.rsplit('-').next().unwrap_or(sur.text);
            let dict = self.morph.analyse(last);
            if dict.iter().any(|a| a.proper && a.gender.contains(Gender::F) && a.lemma == last) {
                return None;
            }
            let oblique_m =
                |a: &Analysis| a.pos == Pos::Noun && a.gender.contains(Gender::M1) && a.case.intersects(&male_cases) && a.lemma != last;
            if dict.iter().any(|a| a.proper && oblique_m(a)) {
                return Some(male);
            }
            let adjectival = ["ska", "cka", "dzka", "owa", "ewa", "ova", "ová"].iter().any(|e| last.ends_with(e));
            if dict.is_empty()
                && !adjectival
                && last.ends_with('a')
                && self
                    .morph
                    .guess_name(last)
                    .iter()
                    .any(|a| oblique_m(a) && a.lemma.chars().last().is_some_and(|c| !VOWELS.contains(c)))
            {
                return Some(male);
            }
            // `Stanisława Szultkę`: a surname in `-ę`, the accusative of a
            // noun in `-a`, follows only the accusative of a man's name (a
            // woman's nominative would have `Szultka`).
            if male_cases.contains(Case::Acc)
                && last.ends_with('ę')
                && last.chars().count() >= 4
                && !dict.iter().any(|a| a.case.contains(Case::Nom))
            {
                return Some(male);
            }
            // A role right after the surname, in a masculine oblique case only.
            let mut r = i + 2;
            if ws.get(r).is_some_and(|x| matches!(x.text, "," | "-" | "–")) {
                r += 1;
            }
            if let Some(h) = role_hits.iter().find(|h| h.start == r) {
                let c = self.sg_cases(ws[h.start].text);
                if !c.is_empty() && !c.contains(Case::Nom) && c.intersects(&male_cases) {
                    return Some(male);
                }
            }
        }
        None
    }

    /// The singular cases a (role) noun or adjective may be in, from the dictionary.
    fn sg_cases(&self, w: &str) -> Cases {
        self.morph
            .analyse_with_tags(w)
            .iter()
            .filter(|(a, t)| matches!(a.pos, Pos::Noun | Pos::Adjective) && t.contains(":sg:"))
            .fold(Cases::EMPTY, |c, (a, _)| c.union(a.case))
    }

    /// Whether `w` (a role word) is read only in oblique singular cases, one
    /// of them a masculine-personal reading in `cases` (`marszałka`, not
    /// `prezes` or `radnej`).
    fn masculine_oblique_only(&self, w: &str, cases: Cases) -> bool {
        let tags = self.morph.analyse_with_tags(w);
        let sg: Vec<&Analysis> =
            tags.iter().filter(|(a, t)| matches!(a.pos, Pos::Noun | Pos::Adjective) && t.contains(":sg:")).map(|(a, _)| a).collect();
        !sg.is_empty()
            && !sg.iter().any(|a| a.case.contains(Case::Nom))
            && sg.iter().any(|a| a.gender.contains(Gender::M1) && a.case.intersects(&cases))
    }

    /// Whether the role `h` is written in the plural (`członkowie zarządu`,
    /// `prelegentami`): the dictionary knows its first word, in no singular
    /// case.
    pub fn is_plural_role(&self, ws: &[Word<'_>], h: &RoleHit) -> bool {
        self.is_plural_word(ws[h.start].text)
    }

    /// A word the dictionary knows, in no singular case.
    fn is_plural_word(&self, w: &str) -> bool {
        self.sg_cases(w).is_empty() && self.morph.contains(w)
    }

    /// Whether a title (`Pan`, `dr`) is word `i`.
    pub fn is_title(&self, w: &Word<'_>) -> bool {
        w.is_word() && super::organizations::with_lower(w.text, |l| self.titles.contains(l))
    }

    fn is_head_noun(&self, w: &str) -> bool {
        use super::organizations::with_lower;
        self.morph.with_analyses(w, |r| r.iter().any(|a| a.pos == Pos::Noun && with_lower(&a.lemma, |l| self.heads.contains(l))))
            || with_lower(w, |l| self.heads.contains(l))
    }

    /// Whether the word after a first name may be a surname in the genitive
    /// (`Adama Mickiewicza`; not the accusative `Piotra Wojtyczkę`).
    fn may_be_genitive(&self, w: Option<&Word<'_>>, g: Gen) -> bool {
        let Some(w) = w else { return true };
        let fits = |a: &Analysis| match g {
            Gen::F => a.gender.contains(Gender::F),
            _ => a.gender.contains(Gender::M1),
        };
        let mut readings: Vec<Analysis> = self.morph.analyse(w.text).into_iter().filter(|a| a.proper).collect();
        if readings.is_empty() {
            readings = self.morph.guess_name(w.text);
        }
        let readings: Vec<&Analysis> = readings.iter().filter(|a| fits(a) && a.lemma != w.text).collect();
        readings.is_empty() || readings.iter().any(|a| a.case.contains(Case::Gen))
    }

    /// Whether a word can be (part of) a surname.
    fn surname_ok(&self, ws: &[Word<'_>], j: usize, blocked: &[bool], roles: &[RoleHit], cases: Cases) -> bool {
        let Some(w) = ws.get(j) else { return false };
        let short_acronym = w.is_acronym() && w.text.chars().count() <= 4;
        w.is_capitalised()
            && !blocked[j]
            && w.text.chars().count() >= 2
            && !short_acronym
            && !super::organizations::with_lower(w.text, |l| self.stop.contains(l))
            && !roles.iter().any(|h| h.start == j)
            && !self.is_title(w)
            && !self.is_head_noun(w.text)
            && (!self.is_not_a_person(w.text, cases) || self.role_next_to(ws, j, roles))
            && !self.plural_adjective(w.text)
    }

    /// Whether a role ends right before the first name before word `j`, or
    /// follows `j` after a comma (`Łukasz Wawer, dyrektor firmy`: a surname
    /// that is also a place is a surname there).
    fn role_next_to(&self, ws: &[Word<'_>], j: usize, roles: &[RoleHit]) -> bool {
        let comma_after = ws.get(j + 1).is_some_and(|c| c.is_punct(","));
        roles.iter().any(|h| h.end + 1 == j || comma_after && h.start == j + 2)
    }

    /// A word the dictionary knows only as a plural adjective (`Marek
    /// Turystycznych`, `Klastra Marek Turystycznych`: a genitive plural
    /// after a noun `marka`, never a surname after a first name, which is
    /// singular).
    fn plural_adjective(&self, w: &str) -> bool {
        super::organizations::with_lower(w, |l| {
            self.morph.with_analyses(l, |r| {
                r.iter().any(|a| a.pos == Pos::Adjective)
                    && r.iter().all(|a| !a.number.is_empty() && !a.number.contains(crate::morph::Number::Sg))
            })
        })
    }

    /// A proper noun the dictionary knows only as a thing or place
    /// (`Kraków`, masculine inanimate), never as a person.
    fn is_not_a_person(&self, w: &str, cases: Cases) -> bool {
        self.morph.with_analyses(w, |r| {
            let mut proper = r.iter().filter(|a| a.proper && a.pos == Pos::Noun && a.case.intersects(&cases)).peekable();
            proper.peek().is_some()
                && proper.all(|a| !a.gender.contains(Gender::M1) && !a.gender.contains(Gender::F) && !a.gender.contains(Gender::N))
        })
    }

    fn is_verb(&self, w: &str) -> bool {
        let tags = self.morph.analyse_with_tags(w);
        tags.iter().any(|(_, t)| {
            // (Morfologik writes the class first: `verb:praet:sg:m1...`.)
            let mut parts = t.split(':');
            let mut p = parts.next().unwrap_or("");
            if p == "verb" {
                p = parts.next().unwrap_or("");
            }
            matches!(p, "fin" | "praet" | "impt" | "inf" | "bedzie" | "imps" | "winien")
        }) && !tags.iter().any(|(a, _)| matches!(a.pos, Pos::Noun | Pos::Adjective))
    }

    /// Whether `w` may be a noun or an adjective in the genitive (the
    /// lower-case complement of a role: `miasta`, `województwa śląskiego`).
    fn is_genitive_noun_or_adjective(&self, w: &str) -> bool {
        self.morph.with_analyses(w, |r| {
            r.iter().any(|a| matches!(a.pos, Pos::Noun | Pos::Adjective) && a.case.contains(Case::Gen))
        })
    }

    fn is_adjective(&self, w: &str) -> bool {
        self.morph.with_analyses(w, |r| r.iter().any(|a| matches!(a.pos, Pos::Adjective | Pos::Participle)))
    }

    /// The cases a first-name form may be in (`Marcina`: genitive, accusative).
    fn first_name_cases(&self, form: &str, lemma: &str) -> Cases {
        if normalise_apostrophe(form) == lemma {
            return Cases::from(Case::Nom);
        }
        let of = |v: Vec<Analysis>| v.into_iter().filter(|a| a.lemma == lemma).fold(Cases::EMPTY, |c, a| c.union(a.case));
        let c = of(self.morph.analyse(form));
        if !c.is_empty() {
            return c;
        }
        let c = of(self.morph.guess_name(form));
        if !c.is_empty() {
            return c;
        }
        Cases::ALL.intersection(Cases::from_iter([Case::Gen, Case::Dat, Case::Acc, Case::Inst, Case::Loc]))
    }

    /// The nominative of one surname part in gender `g` and one of `cases`.
    pub fn surname_nominative(&self, part: &str, g: Gen, cases: Cases) -> String {
        if cases == Cases::from(Case::Nom) {
            return part.to_string();
        }
        let fits = |a: &Analysis| {
            let gender_ok = match g {
                Gen::M => a.gender.contains(Gender::M1),
                Gen::F => a.gender.contains(Gender::F),
                Gen::N => false,
            };
            // (a person is one: `Iwony Gaweł` is not the genitive plural of `Gawła`)
            let singular = a.number.is_empty() || a.number.contains(crate::morph::Number::Sg);
            a.proper && gender_ok && singular && a.case.intersects(&cases) && a.pos == Pos::Noun
        };
        if let Some(a) = self.morph.analyse(part).into_iter().find(|a| fits(a)) {
            return super::nominative::with_case_of(part, &a.lemma);
        }
        // `Josepha Culioli`, `Marca Bianchi`: a masculine surname the
        // dictionary lacks ending in `-i` is foreign and undeclined.
        if g == Gen::M && part.ends_with('i') && !self.morph.contains(part) {
            return part.to_string();
        }
        if let Some(a) = self.morph.guess_name(part).into_iter().find(|a| fits(a)) {
            return super::nominative::with_case_of(part, &a.lemma);
        }
        // `Szultkę`, `Ociepę`: a man's surname in `-a`, in the accusative.
        if g == Gen::M && cases.contains(Case::Acc) && !cases.contains(Case::Nom) && part.chars().count() >= 4 {
            if let Some(stem) = part.strip_suffix('ę') {
                return format!("{stem}a");
            }
        }
        // Feminine surnames with adjectival endings the guesser lacks.
        if g == Gen::F {
            let nom = super::nominative::adjective_nominative(part, Gen::F);
            if nom != part {
                return nom;
            }
        }
        part.to_string()
    }

    /// Finds the people in one sentence, adds them to `out`, and marks their
    /// words in `blocked`.
    pub fn find(&self, ws: &[Word<'_>], role_hits: &[RoleHit], blocked: &mut [bool], out: &mut People) {
        let mut last_person_end = 0usize;
        // The plural role of the last person (`wicepremierów Mateusza
        // Morawieckiego i Jarosława Gowina`), shared by names joined to it.
        let mut last_group_role: Option<String> = None;
        // The people joined by `i`, `oraz` or commas up to the current one
        // (`Jan Lis, Pani Anna Sowa i Pan Adam Kruk - Wiceprezesi Klastra`).
        let mut chain: Vec<(String, String)> = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let w = &ws[i];
            if blocked[i] {
                i += 1;
                continue;
            }
            // `Biblioteki im. Marii Pauliny Orestti`, `Politechniki im. Jana i
            // Jędrzeja Śniadeckich`: a patron names the body, not a person there.
            if let Some(p) = super::patron_start(ws, i).filter(|_| w.space_before || i == 0) {
                let (e, full) = super::patron_words(ws, p, |y| blocked[y]);
                if full {
                    i = e;
                    continue;
                }
            }
            let Some(mut firsts) = self.first_names(w) else {
                i += 1;
                continue;
            };
            if let Some(m) = self.masculine_reading(ws, i, role_hits) {
                firsts = vec![m];
            }
            let cases = self.first_name_cases(w.text.split('-').next().unwrap_or(w.text), &firsts[0].lemma);
            // `Uniwersytet Adama Mickiewicza`, `Fundacja Jana Pawła`: a
            // patron's name in the genitive is part of the organisation's
            // name (a dative `Klastra Piotrowi Budziszowi` is not).
            if i > 0
                && ws[i - 1].is_capitalised()
                && self.is_head_noun(ws[i - 1].text)
                && cases.contains(Case::Gen)
                && self.may_be_genitive(ws.get(i + 1), firsts[0].gender)
            {
                i += 1;
                continue;
            }
            // `Aula im. Kazimierza Lepszego`, `imienia Jana Nowaka`: a patron
            // in the genitive after `im.` names a place or body, not a person there.
            let after_im = i >= 2 && ws[i - 2].text == "im" && ws[i - 1].is_punct(".") && !ws[i - 1].space_before;
            if (after_im || i >= 1 && matches!(ws[i - 1].text, "im." | "imienia")) && cases.contains(Case::Gen) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut first_words = vec![i];
            // A second first name (`Jan Maria Rokita`).
            if let Some(w2) = ws.get(j) {
                if w2.space_before
                    && self.first_names(w2).is_some()
                    && self.surname_ok(ws, j + 1, blocked, role_hits, cases)
                    && self.first_names(&ws[j + 1]).is_none()
                {
                    first_words.push(j);
                    j += 1;
                }
            }
            // `Michał i Alicja Szreder`: two first names sharing the surname
            // after the second; the first person here, the second read next.
            if !self.surname_ok(ws, j, blocked, role_hits, cases)
                && first_words.len() == 1
                && ws.get(j).is_some_and(|x| x.text == "i")
                && ws.get(j + 1).is_some_and(|x| x.space_before && self.first_names(x).is_some_and(|f| f[0].gender != firsts[0].gender))
                && ws.get(j + 2).is_some_and(|x| x.space_before && self.first_names(x).is_none())
                // (a plural surname, `Anna i Jan Kowalscy`, `Nowakowie`, is left)
                && !["owie", "scy", "ccy", "dzcy", "owi"].iter().any(|e| ws[j + 2].text.ends_with(e))
                && self.surname_ok(ws, j + 2, blocked, role_hits, cases)
                && !ws.get(j + 3).is_some_and(|x| x.is_capitalised() && x.space_before)
            {
                // (the surname in the second person's gender and case, then
                // in the first's: `Michał i Alicja Kowalska` -> `Michał Kowalski`)
                let second = self.first_names(&ws[j + 1]).unwrap_or_default();
                let (g2, l2) = second.first().map(|f| (f.gender, f.lemma.as_str())).unwrap_or((firsts[0].gender, ""));
                let cases2 = self.first_name_cases(ws[j + 1].text, l2);
                let mut surname = self.surname_nominative(ws[j + 2].text, g2, cases2);
                for (f, m) in [("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")] {
                    match firsts[0].gender {
                        Gen::M if surname.ends_with(f) => surname = format!("{}{m}", &surname[..surname.len() - f.len()]),
                        Gen::F if surname.ends_with(m) => surname = format!("{}{f}", &surname[..surname.len() - m.len()]),
                        _ => {}
                    }
                }
                let first = firsts[0].lemma.clone();
                let key = (first.to_lowercase(), surname.to_lowercase());
                let span = Span::new(ws[i].span.start, ws[j + 2].span.end);
                out.add(PersonMention { span, name: format!("{first} {surname}"), key, roles: Vec::new(), role_ends: Vec::new() });
                blocked[i] = true;
                i += 1;
                continue;
            }
            // `William S. Mosakowski`, `Andrzejowi B. Piotrowiczowi`: a
            // middle initial and its full stop.
            let mut initial: Option<usize> = None;
            let is_initial = |x: &Word<'_>| {
                let mut c = x.text.chars();
                c.next().is_some_and(|c| c.is_uppercase()) && c.next().is_none()
            };
            if ws.get(j).is_some_and(|x| x.space_before && is_initial(x))
                && ws.get(j + 1).is_some_and(|d| d.is_punct(".") && !d.space_before)
                && ws.get(j + 2).is_some_and(|x| x.space_before)
                && self.surname_ok(ws, j + 2, blocked, role_hits, cases)
                && self.first_names(&ws[j + 2]).is_none()
                // (not the last word of a text cut off mid-word: `Joseph E. Sti`)
                && ws.get(j + 3).is_some()
            {
                initial = Some(j);
                j += 2;
            }
            let particle_next = ws.get(j).is_some_and(|x| PARTICLES.contains(&x.text));
            if !particle_next && (!self.surname_ok(ws, j, blocked, role_hits, cases) || !ws[j].space_before) {
                i += 1;
                continue;
            }
            // `Ursula von der Leyen`: lower-case particles before the surname.
            let mut particles = Vec::new();
            while ws.get(j).is_some_and(|x| PARTICLES.contains(&x.text)) && particles.len() < 3 {
                particles.push(j);
                j += 1;
            }
            if !particles.is_empty() && !self.surname_ok(ws, j, blocked, role_hits, cases) {
                i += 1;
                continue;
            }
            let mut surname = vec![j];
            let nominative_first = firsts.iter().zip(w.text.split('-')).all(|(n, f)| normalise_apostrophe(f) == n.lemma);
            if nominative_first
                && self.surname_ok(ws, j + 1, blocked, role_hits, cases)
                && ws[j + 1].space_before
                && self.first_names(&ws[j + 1]).is_none()
                && !self.morph.with_analyses(ws[j + 1].text, |r| r.iter().any(|a| !a.proper))
                && !self.morph.with_analyses(ws[j].text, |r| r.iter().any(|a| !a.proper))
            {
                surname.push(j + 1);
            }
            // `Michaiła Nikołajewicza Samołazowa`: an East Slavic patronymic
            // (`-owicz`, `-ewicz`, `-icz`; `-owna`, `-ewna`) before the surname.
            if surname.len() == 1
                && ws.get(j + 1).is_some_and(|x| x.space_before)
                && self.surname_ok(ws, j + 1, blocked, role_hits, cases)
                && self.first_names(&ws[j + 1]).is_none()
            {
                let p = self.surname_nominative(ws[j].text, firsts[0].gender, cases).to_lowercase();
                let patronymic = match firsts[0].gender {
                    Gen::F => p.ends_with("owna") || p.ends_with("ewna"),
                    _ => p.ends_with("icz") && p.chars().count() >= 7,
                };
                if patronymic {
                    surname.push(j + 1);
                }
            }
            // `Lubińska - Kasprzak`: a double surname written with a spaced dash.
            let mut spaced_second: Option<usize> = None;
            if surname.len() == 1 && !ws[j].text.contains('-') {
                let d = j + 1;
                // (`Zadura- Lichota`, `Malec -Zawada`: spaced on one side.)
                if ws.get(d).is_some_and(|x| matches!(x.text, "-" | "–"))
                    && ws.get(d + 1).is_some_and(|x| x.space_before || ws[d].space_before)
                    && self.surname_ok(ws, d + 1, blocked, role_hits, cases)
                    && self.first_names(&ws[d + 1]).is_none()
                    && !self.morph.with_analyses(ws[d + 1].text, |r| r.iter().any(|a| a.pos != Pos::Noun))
                    // A surname is a proper noun or unknown, not a common
                    // noun (`Marek Sowa – Przedsiębiorca`: a description).
                    && self.morph.with_analyses(ws[d + 1].text, |r| r.is_empty() || r.iter().any(|a| a.proper))
                    && !ws.get(d + 2).is_some_and(|x| x.is_capitalised())
                {
                    spaced_second = Some(d + 1);
                }
            }
            let end = spaced_second.unwrap_or(*surname.last().unwrap_or(&j)) + 1;
            // The name in the nominative.
            let gender = firsts[0].gender;
            let mut parts: Vec<String> = Vec::new();
            for (n, &fw) in first_words.iter().enumerate() {
                let names = if n == 0 { firsts.clone() } else { self.first_names(&ws[fw]).unwrap_or_default() };
                parts.push(names.iter().map(|n| n.lemma.as_str()).collect::<Vec<_>>().join("-"));
            }
            let mut surname_lemma = Vec::new();
            for &sw in &surname {
                let mut s = ws[sw].text.split('-').map(|p| self.surname_nominative(p, gender, cases)).collect::<Vec<_>>().join("-");
                if let Some(k) = spaced_second {
                    s.push('-');
                    s.push_str(&self.surname_nominative(ws[k].text, gender, cases));
                }
                surname_lemma.push(s);
            }
            if let Some(k) = initial {
                parts.push(format!("{}.", ws[k].text));
            }
            parts.extend(particles.iter().map(|&p| ws[p].text.to_string()));
            parts.extend(surname_lemma.iter().cloned());
            let name = parts.join(" ");
            let span = Span::new(ws[i].span.start, ws[end - 1].span.end);
            // Roles before the name.
            let mut found_roles: Vec<String> = Vec::new();
            let mut role_ends: Vec<usize> = Vec::new();
            // The nearest role that agrees in case with the name (`Prezes
            // Koordynatora Klastra Sławomir Rzeźnicki`: `Prezes`, not the
            // genitive `Koordynatora`), else the nearest.
            let before: Vec<&RoleHit> = role_hits
                .iter()
                .rev()
                .filter(|h| h.end <= i && h.start >= last_person_end)
                // `Jan Nowak – prezes Klastra – Anna Lis`: a role right after
                // the last person is that person's, not the next one's; but
                // after a comma a list goes on (`Jan Nowak, prezes Urzędu –
                // Anna Lis`: each item a role, a dash and a name).
                .filter(|h| {
                    let dashed = ws[h.end..i].iter().any(|x| matches!(x.text, "-" | "–" | "—"));
                    !dashed || last_person_end == 0 || h.start > last_person_end + 1 || !matches!(ws[last_person_end].text, "-" | "–" | "—")
                })
                .take_while(|h| {
                    self.between_ok(ws, h.end, i) || self.copula_between(ws, h, i) || self.comma_apposition(ws, role_hits, h, i, end, last_person_end)
                })
                .collect();
            let agrees = |h: &&&RoleHit| {
                let c = self.sg_cases(ws[h.start].text);
                c.is_empty() || c.intersects(&cases)
            };
            // A plural role (`prelegentami będą Jan Nowak - poseł`) names
            // what a group is, not this person's office: it comes after any
            // role given in apposition.
            let mut group_role: Option<String> = None;
            if let Some(h) = before.iter().find(agrees).or(before.first()) {
                let w = ws[h.start].text;
                if self.is_plural_word(w) {
                    group_role = Some(h.role.clone());
                } else {
                    found_roles.push(h.role.clone());
                }
            }
            // Roles after the name: after a comma or dash, or right after it
            // (`Pana Arkadiusza Dąbrowskiego Dyrektora Departamentu`).
            // `Jan Nowak z WSIiZ, koordynator projektu`: the role after the
            // affiliation (`z` and a capitalised name).
            let after_affiliation = self.affiliation_end(ws, end);
            let punct_after = ws.get(end).is_some_and(|x| matches!(x.text, "," | "-" | "–" | "—" | "("));
            let role_right_after = role_hits.iter().any(|h| h.start == end) && ws.get(end).is_some_and(|x| x.space_before);
            let mut plural_after: Option<String> = None;
            if punct_after || role_right_after || after_affiliation.is_some() {
                let mut k = match after_affiliation {
                    Some(a) if !punct_after && !role_right_after => a,
                    _ if punct_after => end + 1,
                    _ => end,
                };
                let mut seen_role = false;
                let mut steps = 0;
                while k < ws.len() && steps < 25 {
                    steps += 1;
                    if let Some(h) = role_hits.iter().find(|h| h.start == k) {
                        // `Renatę Pawłowską-Maciak, Prezesa Zarządu PLL LOT
                        // Michała Fijoła`: a role followed by another name
                        // before any punctuation is that person's.
                        if self.next_name_after(ws, h.end) {
                            break;
                        }
                        if !found_roles.contains(&h.role) {
                            found_roles.push(h.role.clone());
                        }
                        // A plural role after the last of joined names
                        // (`Anna Sowa i Adam Kruk – wiceprezesi`) is theirs all.
                        if !seen_role && self.is_plural_word(ws[h.start].text) {
                            plural_after = Some(h.role.clone());
                        }
                        seen_role = true;
                        if let Some(n) = ws.get(h.end) {
                            role_ends.push(n.span.start);
                        }
                        k = h.end;
                        continue;
                    }
                    // `Jan Nowak, b. minister gospodarki`: `b.` (były, former)
                    // before the role.
                    if !seen_role && is_former_abbreviation(ws, k) {
                        k += 2;
                        continue;
                    }
                    // `p.o. prezesa` (pełniący obowiązki): the role follows.
                    if !seen_role {
                        let mut acc = String::new();
                        let po = ws[k..].iter().take(4).position(|w| {
                            acc.push_str(w.text);
                            acc == "p.o."
                        });
                        if let Some(n) = po {
                            k += n + 1;
                            continue;
                        }
                    }
                    let x = &ws[k];
                    let lower = x.text.to_lowercase();
                    if STOPPERS.contains(&lower.as_str()) && !(lower == "oraz" && seen_role) {
                        break;
                    }
                    if x.is_word() && self.first_names(x).is_some() && ws.get(k + 1).is_some_and(|n| n.is_capitalised()) {
                        break;
                    }
                    if FILLERS.contains(&lower.as_str()) {
                        k += 1;
                        continue;
                    }
                    // `Jan Nowak, prof. UwB – Prezydent Białegostoku`: a title
                    // (with the acronym of its university) before the first role.
                    if !seen_role && punct_after && self.is_title(x) {
                        k += 1;
                        if ws.get(k).is_some_and(|d| d.is_punct(".")) {
                            k += 1;
                        }
                        if ws.get(k).is_some_and(|a| a.is_word() && a.is_capitalised() && self.first_names(a).is_none())
                            && !role_hits.iter().any(|h| h.start == k)
                        {
                            k += 1;
                        }
                        if ws.get(k).is_some_and(|d| matches!(d.text, "-" | "–" | "—")) && role_hits.iter().any(|h| h.start == k + 1) {
                            k += 1;
                        }
                        continue;
                    }
                    if x.kind == crate::segment::TokenKind::Punct {
                        if matches!(x.text, "," | ".") {
                            k += 1;
                            continue;
                        }
                        break;
                    }
                    if !seen_role {
                        // Before the role only adjectives (`federalnym ministrem`,
                        // `(Honorowy Dyrektor Regionalny Microsoft)`).
                        if x.is_word() && self.is_adjective(x.text) && !self.is_verb(x.text) && self.first_names(x).is_none() {
                            k += 1;
                            continue;
                        }
                        break;
                    }
                    if x.is_word() && self.is_verb(x.text) {
                        break;
                    }
                    k += 1;
                }
            }
            let joined = i > last_person_end
                && last_person_end > 0
                && ws[last_person_end..i].iter().any(|x| matches!(x.text, "i" | "oraz" | ","))
                && ws[last_person_end..i].iter().all(|x| matches!(x.text, "i" | "oraz" | "," | ".") || self.is_title(x));
            if group_role.is_none() && before.is_empty() && joined {
                group_role = last_group_role.clone();
            }
            last_group_role = group_role.clone();
            if let Some(r) = group_role {
                if !found_roles.contains(&r) {
                    found_roles.push(r);
                }
            }
            for b in &mut blocked[i..end] {
                *b = true;
            }
            last_person_end = end;
            let key = (parts[0].to_lowercase(), surname_lemma.last().cloned().unwrap_or_default().to_lowercase());
            if !joined {
                chain.clear();
            }
            chain.push(key.clone());
            // `przedstawiciel Klastra – Jan Nowak, prezes Izby`: a bare
            // `przedstawiciel` says less than an office given with it.
            if found_roles.len() > 1 && WEAK_ROLES.contains(&found_roles[0].as_str()) {
                found_roles.rotate_left(1);
            }
            out.add(PersonMention { span, name, key, roles: found_roles, role_ends });
            if let Some(r) = plural_after {
                out.share_role(&chain, &r);
            }
            i = end;
        }
    }

    /// `z Politechniki Gdańskiej, ` after a name ending at word `end`: `z`
    /// or `ze`, up to eight words of a name (capitalised words, acronyms,
    /// and `i`, `w`, `nad`, `ds.` between them), then a comma or a spaced
    /// dash; the word after that punctuation.
    fn affiliation_end(&self, ws: &[Word<'_>], end: usize) -> Option<usize> {
        if !ws.get(end).is_some_and(|x| matches!(x.text, "z" | "ze")) {
            return None;
        }
        let mut k = end + 1;
        let mut words = 0;
        while let Some(x) = ws.get(k) {
            if words > 0 && (x.text == "," || matches!(x.text, "–" | "—" | "-") && x.space_before) {
                return Some(k + 1);
            }
            let name_word = x.is_capitalised() || x.is_acronym();
            let joiner = words > 0 && matches!(x.text, "i" | "w" | "we" | "nad" | "ds" | "." | "&");
            if !(name_word || joiner) || words >= 8 || self.first_names(x).is_some() {
                return None;
            }
            words += 1;
            k += 1;
        }
        None
    }

    /// Whether a first name and a capitalised word follow word `from` within
    /// the capitalised complement of a role, before any punctuation but `.`.
    fn next_name_after(&self, ws: &[Word<'_>], from: usize) -> bool {
        let mut k = from;
        while k < ws.len() && k < from + 10 {
            let x = &ws[k];
            if x.kind == crate::segment::TokenKind::Punct && !matches!(x.text, "." | "-" | "–") {
                return false;
            }
            // (`, wiceprezydent miasta Zielona Góra Dariusz Lesicki`: lower-case
            // words of the complement; a verb or a conjunction ends it.)
            if x.is_word()
                && !x.is_capitalised()
                && !matches!(x.text, "ds" | "i" | "w" | "we" | "do" | "spraw")
                && (JOINERS.contains(&x.text)
                    || STOPPERS.contains(&x.text)
                    || self.is_verb(x.text)
                    || !self.is_genitive_noun_or_adjective(x.text))
            {
                return false;
            }
            if self.first_names(x).is_some()
                && ws.get(k + 1).is_some_and(|n| n.is_capitalised() && n.space_before && self.first_names(n).is_none())
                && !(k > 0 && self.is_head_noun(ws[k - 1].text))
                // `Jan Nowak, prezes Związku X i Anna Lis`: a name joined by
                // `i` starts another person, not the role's complement.
                && !(k > 0 && matches!(ws[k - 1].text, "i" | "oraz"))
            {
                return true;
            }
            k += 1;
        }
        false
    }

    /// `Dyrektorem konferencji była Pani dr Iwona Nowak`: a role in the
    /// instrumental, its complement, then a form of `być`/`zostać` right
    /// before the name (titles aside).
    fn copula_between(&self, ws: &[Word<'_>], h: &RoleHit, to: usize) -> bool {
        // (A form the dictionary lacks by its ending: `z-cą Prezesa`.)
        let instrumental = self.morph.with_analyses(ws[h.start].text, |r| {
            r.iter().any(|a| a.pos == Pos::Noun && a.case.contains(Case::Inst))
                || r.is_empty() && (ws[h.start].text.ends_with('ą') || ws[h.start].text.ends_with("em"))
        });
        if !instrumental || to <= h.end {
            return false;
        }
        let Some(c) = (h.end..to).find(|&k| COPULAS.contains(&ws[k].text.to_lowercase().as_str())) else { return false };
        self.between_ok(ws, h.end, c) && self.between_ok(ws, c + 1, to)
    }

    /// `dyrektor Biura Rozwoju, Adam Malinowski.`: a role and its complement,
    /// a comma, then the name `i..end` closing the clause (the sentence
    /// ends, or a verb or `który`/`co` follows): the role is that person's,
    /// unless it follows another person's name (`Jan Lis, prezes Izby,
    /// Marek Górski`: the role is Jan Lis's).
    fn comma_apposition(&self, ws: &[Word<'_>], role_hits: &[RoleHit], h: &RoleHit, i: usize, end: usize, last_person_end: usize) -> bool {
        // titles between the comma and the name (`dyrektor Instytutu, dr inż. Adam Nowak,`)
        let mut c = i;
        while c > h.end + 1 && (self.is_title(&ws[c - 1]) || ws[c - 1].is_punct(".") && self.is_title(&ws[c - 2])) {
            c -= 1;
        }
        if c < 1 || h.end >= c || !ws[c - 1].is_punct(",") || !self.between_ok(ws, h.end, c - 1) {
            return false;
        }
        // (`Jan Lis oraz wiceprezes Izby, Adam Kruk`: a conjunction, not a
        // comma, after the last person starts another role and name.)
        if last_person_end > 0 && h.start <= last_person_end + 1 && !matches!(ws[last_person_end].text, "i" | "oraz") {
            return false;
        }
        let lower_is = |k: usize, words: &[&str]| ws.get(k).is_some_and(|w| words.contains(&w.text.to_lowercase().as_str()));
        match ws.get(end) {
            None => true,
            Some(w) if matches!(w.text, "." | ";" | ")" | "!" | "?") => true,
            // (`Marszałek Województwa, Jan Nowak, zaznaczył, że`: the name
            // closed by commas, a verb or an adverbial participle after it,
            // `Przewodniczącej Rady, Annie Lis, życząc`.)
            Some(w) if w.is_punct(",") => {
                lower_is(end + 1, STOPPERS)
                    || ws.get(end + 1).is_some_and(|v| {
                        v.is_word() && !v.is_capitalised() && (self.is_verb(v.text) || v.text.ends_with("ąc"))
                    })
            }
            // (`nasz ekspert, Pan Jan Lis oraz Wiceprezes Izby, Pan Adam
            // Kruk`: the list goes on with another role or title.)
            Some(w) if matches!(w.text, "i" | "oraz") => {
                ws.get(end + 1).is_some_and(|n| self.is_title(n)) || role_hits.iter().any(|r| r.start == end + 1)
            }
            Some(w) => w.is_word() && !w.is_capitalised() && self.is_verb(w.text),
        }
    }

    /// Whether the words `from..to` may stand between a role and the name it
    /// belongs to: titles, the role's complement (`Unii Europejskiej ds.
    /// Rynku wewnętrznego`), no verb, conjunction or punctuation but `.`.
    fn between_ok(&self, ws: &[Word<'_>], from: usize, to: usize) -> bool {
        // (Full stops and titles not counted: `Rektor Akademii im. Jakuba z
        // Paradyża w Gorzowie Wielkopolskim prof. dr hab. Anna Lis`.)
        if to - from > 10 && ws[from..to].iter().filter(|x| !x.is_punct(".") && !self.is_title(x)).count() > 10 {
            return false;
        }
        let capital = |k: usize| ws.get(k).is_some_and(|w| w.is_capitalised());
        let lower_word = |k: usize| ws.get(k).is_some_and(|w| w.is_word() && !w.is_capitalised());
        ws[from..to].iter().enumerate().all(|(k, x)| {
            let k = from + k;
            if x.kind == crate::segment::TokenKind::Punct {
                // `członka zarządu klastra – Marzenę Nowak`: a dash right
                // before the name; quotes of a name in the complement
                // (`Prezes spółki „Spiżarnia”- Jan Nowak`); a comma inside a
                // closed list of the complement (`Dziekan Wydziału
                // Matematyki, Fizyki i Informatyki dr Jan Nowak`).
                let closed_list = x.text == ","
                    && k > from
                    && capital(k - 1)
                    && capital(k + 1)
                    && (k + 2..to).any(|m| ws[m].text == "i" && capital(m - 1) && capital(m + 1));
                // The same in lower case (`minister handlu, telekomunikacji
                // i turystyki Jan Nowak`): single words up to the `i`.
                let closed_lower_list = x.text == ","
                    && k > from
                    && lower_word(k - 1)
                    && (k + 1..to).find(|&m| !(lower_word(m) && ws[m].text != "i" && !self.is_title(&ws[m]) && !self.is_verb(ws[m].text) || ws[m].is_punct(",")))
                        .is_some_and(|m| ws[m].text == "i" && m > k + 1 && lower_word(m - 1) && lower_word(m + 1) && m + 1 < to);
                // A spaced dash inside the complement, between two of its
                // words (`prezes Izby Polska – Azja Jan Nowak`, `marszałek
                // województwa warmińsko – mazurskiego dr Jan Nowak`).
                let inner_dash = matches!(x.text, "–" | "-")
                    && k > from
                    && ws[k - 1].is_word()
                    && ws.get(k + 1).is_some_and(|n| n.is_word() && !self.is_title(n) && !self.is_verb(n.text))
                    && k + 1 < to
                    && (k + 1..to).any(|m| ws[m].is_word() && !self.is_title(&ws[m]));
                // `prorektor d/s rozwoju`: the slash of `d/s` (do spraw).
                let ds_slash = x.text == "/"
                    && k > from
                    && ws[k - 1].text.eq_ignore_ascii_case("d")
                    && ws.get(k + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("s"));
                return x.text == "."
                    || ds_slash
                    || inner_dash
                    || matches!(x.text, "-" | "–" | "—") && (k + 1..to).all(|m| self.is_title(&ws[m]) || ws[m].is_punct("."))
                    || matches!(x.text, "„" | "”" | "“" | "\"")
                    || closed_list
                    || closed_lower_list;
            }
            // `dyrektor departamentu promocji i współpracy gospodarczej
            // urzędu Jan Nowak`: `i` between lower-case words of the complement.
            // (`ministra rozwoju i inwestycji Jana Nowaka`: the last word
            // of the complement may follow `i`.)
            if x.text == "i" && k > from && lower_word(k - 1) && lower_word(k + 1) && k + 1 < to {
                return true;
            }
            // `rektor i profesor SGH dr hab. Jan Nowak`: a title written out
            // in full joined to the role is the same person's
            if x.text == "i"
                && k == from
                && ws.get(k + 1).is_some_and(|n| self.is_title(n))
                && ws.get(k + 2).is_some_and(|n| !n.is_punct("."))
                && k + 2 < to
            {
                return true;
            }
            // `prezes Alfa Sp. z o.o. Anna Lis`: the `z` of a legal form
            if x.text == "z" && k >= from + 2 && ws[k - 2].text.eq_ignore_ascii_case("sp") && ws.get(k + 1).is_some_and(|n| n.text == "o.o") {
                return true;
            }
            // `z` inside a capitalised complement, not right before the name
            // (`kanclerz Akademii im. Jakuba z Paradyża w Gorzowie Jan Nowak`,
            // `dyrektor Centrum Współpracy z Gospodarką Jan Nowak`; `prezesa
            // Klastra z Janem Nowakiem` is a meeting).
            if x.text == "z"
                && k > from
                && (ws[k - 1].is_capitalised()
                    && ws.get(k + 1).is_some_and(|n| n.is_capitalised() && !self.is_title(n))
                    && k + 1 < to
                    && self.first_names(&ws[k + 1]).is_none())
            {
                return true;
            }
            // `Minister Nauki i Szkolnictwa Wyższego Pani Barbary Kudryckiej`:
            // `i` inside the role's complement, between capitalised words.
            // (Not right before the name: `wiceprezes Izby Gospodarczej i
            // Jan Nowak` are two people.)
            if x.text == "i" && k > from && ws[k - 1].is_capitalised() && ws.get(k + 1).is_some_and(|n| n.is_capitalised()) && k + 1 < to {
                return true;
            }
            let lower = x.text.to_lowercase();
            !JOINERS.contains(&lower.as_str())
                && !STOPPERS.contains(&lower.as_str())
                && !self.is_verb(x.text)
        })
    }
}

/// `b.` (były, former) at word `k`, its full stop written right after it.
fn is_former_abbreviation(ws: &[Word<'_>], k: usize) -> bool {
    ws[k].text == "b" && ws.get(k + 1).is_some_and(|d| d.is_punct(".") && !d.space_before)
}

/// One mention of a person.
#[derive(Debug, Clone)]
struct PersonMention {
    span: Span,
    name: String,
    key: (String, String),
    roles: Vec<String>,
    role_ends: Vec<usize>,
}

/// Two mentions of one person whose surname one of them failed to put in
/// the nominative (`Mieczysław Baszko` and `Mieczysław Baszki`, `Jan Nowak`
/// and `Jan Nowaka`): the same first name, surnames of five letters or more
/// that differ only in a last vowel, or by one letter added at the end.
fn same_surname_stem(a: &(String, String), b: &(String, String)) -> bool {
    if a.0 != b.0 || a.1 == b.1 {
        return false;
    }
    let (x, y): (Vec<char>, Vec<char>) = (a.1.chars().collect(), b.1.chars().collect());
    if x.len().min(y.len()) < 5 {
        return false;
    }
    let vowel = |c: &char| VOWELS.contains(*c);
    match x.len().abs_diff(y.len()) {
        0 => x[..x.len() - 1] == y[..y.len() - 1] && x.last().is_some_and(vowel) && y.last().is_some_and(vowel),
        1 => {
            let (short, long) = if x.len() < y.len() { (&x, &y) } else { (&y, &x) };
            long.starts_with(short) && long.last().is_some_and(vowel)
        }
        _ => false,
    }
}

/// The people found in a document, merged by name.
#[derive(Debug, Default)]
pub struct People {
    items: Vec<(Person, (String, String), Vec<usize>)>,
}

impl People {
    fn add(&mut self, m: PersonMention) {
        let found = match self.items.iter().position(|(_, k, _)| *k == m.key) {
            Some(i) => Some(i),
            None => self.items.iter().position(|(_, k, _)| same_surname_stem(k, &m.key)),
        };
        if let Some((p, _, ends)) = found.and_then(|i| self.items.get_mut(i)) {
            for r in m.roles {
                if !p.roles.contains(&r) {
                    p.roles.push(r);
                }
            }
            if p.role.is_none() {
                p.role = p.roles.first().cloned();
            }
            ends.extend(m.role_ends);
            return;
        }
        self.items.push((
            Person {
                text: String::new(),
                span: m.span,
                char_span: Span::default(),
                name: m.name,
                role: m.roles.first().cloned(),
                roles: m.roles,
                affiliation: None,
            },
            m.key,
            m.role_ends,
        ));
    }

    /// How many people are known so far.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no person is known yet.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Gives `role` to the people first found after the first `since`, who have none yet.
    pub fn give_role_since(&mut self, since: usize, role: &str) {
        for (p, _, _) in self.items.iter_mut().skip(since) {
            if p.roles.is_empty() {
                p.roles.push(role.to_string());
                p.role = Some(role.to_string());
            }
        }
    }

    /// Gives `role` to the people of `keys` who have none yet.
    fn share_role(&mut self, keys: &[(String, String)], role: &str) {
        for (p, k, _) in &mut self.items {
            if keys.contains(k) && p.roles.is_empty() {
                p.roles.push(role.to_string());
                p.role = Some(role.to_string());
            }
        }
    }

    /// Sets each person's affiliation: the organisation or cluster named
    /// right after one of their roles (`Prezes ZP Klastry Polskie`).
    pub fn resolve_affiliations(&mut self, mentions: &[(usize, String)]) {
        for (p, _, ends) in &mut self.items {
            p.affiliation = ends.iter().find_map(|e| mentions.iter().find(|(s, _)| s == e).map(|(_, n)| n.clone()));
        }
    }

    /// The people, in order of first mention; `text` is filled from `doc`.
    pub fn into_items(self, text: &str) -> Vec<Person> {
        self.items
            .into_iter()
            .map(|(mut p, _, _)| {
                p.text = text[p.span.range()].to_string();
                p
            })
            .collect()
    }
}
