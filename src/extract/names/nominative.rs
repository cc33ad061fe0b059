//! Putting inflected names back in the nominative, by agreement.
//!
//! A multi-word name has a head noun (`Klastra`, `Ministerstwem`); the
//! adjectives before it and the adjectives right after it agree with it in
//! case, number and gender and go to the nominative with it; everything after
//! them (genitive complements `Rozwoju i Technologii`, appositions
//! `Dolina Narzędziowa`, foreign words `Silesia Automotive`) keeps its form:
//!
//! `Polskiego Klastra Technologii Kompozytowych` -> `Polski Klaster Technologii Kompozytowych`,
//! `Ministerstwem Rozwoju i Technologii` -> `Ministerstwo Rozwoju i Technologii`.
//!
//! Nouns take their dictionary lemma; adjectives (and participles, whose
//! dictionary lemma is a verb) are rebuilt from their own ending, in the head's
//! gender: `Generalną` -> `Generalna`, `Federalnym` (neuter) -> `Federalne`,
//! `Śląskiego` -> `Śląski`.

use crate::morph::{Analysis, Case, Cases, Gender, Genders, Morphology, Number, Numbers, Pos};

/// Grammatical gender, as far as nominative endings care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gen {
    /// Masculine (any of m1, m2, m3).
    M,
    /// Feminine.
    F,
    /// Neuter.
    N,
}

impl Gen {
    /// The gender of a set of NKJP genders, if it is one of the three.
    pub fn of(g: Genders) -> Option<Gen> {
        let m = g.contains(Gender::M1) || g.contains(Gender::M2) || g.contains(Gender::M3);
        match (m, g.contains(Gender::F), g.contains(Gender::N)) {
            (true, false, false) => Some(Gen::M),
            (false, true, false) => Some(Gen::F),
            (false, false, true) => Some(Gen::N),
            _ => None,
        }
    }
}

/// Case, number and gender of a head noun reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    /// Possible cases.
    pub case: Cases,
    /// Possible numbers.
    pub number: Numbers,
    /// Possible genders.
    pub gender: Genders,
}

impl Features {
    /// Whether an adjective reading agrees with these features.
    pub fn agrees(&self, a: &Analysis) -> bool {
        matches!(a.pos, Pos::Adjective | Pos::Participle)
            && a.case.intersects(&self.case)
            && a.number.intersects(&self.number)
            && a.gender.intersects(&self.gender)
    }

    /// Narrows these features to what `a` shares with them.
    pub fn narrowed(&self, a: &Analysis) -> Features {
        Features {
            case: self.case.intersection(a.case),
            number: self.number.intersection(a.number),
            gender: self.gender.intersection(a.gender),
        }
    }

    /// Whether the nominative is among the cases.
    pub fn may_be_nominative(&self) -> bool {
        self.case.contains(Case::Nom)
    }
}

/// `lemma` written with the capitalisation of `form`: `Klastra` + `klaster`
/// -> `Klaster`; an all-capitals form gives an all-capitals lemma.
pub fn with_case_of(form: &str, lemma: &str) -> String {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return lemma.to_uppercase();
    }
    let mut chars = lemma.chars();
    match (form.chars().next(), chars.next()) {
        (Some(f), Some(l)) if f.is_uppercase() => l.to_uppercase().chain(chars).collect(),
        (Some(f), Some(l)) if f.is_lowercase() => l.to_lowercase().chain(chars).collect(),
        _ => lemma.to_string(),
    }
}

/// The nominative singular of an adjectival form in gender `g`, rebuilt from
/// its ending (`Polskiej` -> `Polska`, `Śląskiego` -> `Śląski`, `Federalnym`
/// (neuter) -> `Federalne`). Forms that already are nominative, or that end
/// otherwise, are returned unchanged.
///
/// ```
/// use ekstrakt::extract::names::nominative::{adjective_nominative, Gen};
/// assert_eq!(adjective_nominative("Generalną", Gen::F), "Generalna");
/// assert_eq!(adjective_nominative("Lotniczego", Gen::M), "Lotniczy");
/// assert_eq!(adjective_nominative("Federalnym", Gen::N), "Federalne");
/// assert_eq!(adjective_nominative("Polski", Gen::M), "Polski");
/// ```
pub fn adjective_nominative(form: &str, g: Gen) -> String {
    let cut = |n: usize| -> &str {
        let mut idx = form.len();
        for _ in 0..n {
            idx = form[..idx].char_indices().next_back().map(|(i, _)| i).unwrap_or(0);
        }
        &form[..idx]
    };
    let lower = form.to_lowercase();
    let upper = form.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && form.chars().count() > 1;
    let fix = |s: String| if upper { s.to_uppercase() } else { s };
    match g {
        Gen::F => {
            if lower.ends_with("kiej") || lower.ends_with("giej") {
                fix(format!("{}a", cut(3)))
            } else if lower.ends_with("ej") {
                fix(format!("{}a", cut(2)))
            } else if lower.ends_with('ą') {
                fix(format!("{}a", cut(1)))
            } else {
                form.to_string()
            }
        }
        Gen::M => {
            if lower.ends_with("ego") || lower.ends_with("emu") {
                let stem = cut(3);
                if stem.to_lowercase().ends_with('i') {
                    stem.to_string()
                } else {
                    fix(format!("{stem}y"))
                }
            } else if lower.ends_with("ym") || lower.ends_with("im") {
                cut(1).to_string()
            } else {
                form.to_string()
            }
        }
        Gen::N => {
            if lower.ends_with("ego") || lower.ends_with("emu") {
                fix(format!("{}e", cut(3)))
            } else if lower.ends_with("ym") {
                fix(format!("{}e", cut(2)))
            } else if lower.ends_with("im") {
                fix(format!("{}ie", cut(2)))
            } else {
                form.to_string()
            }
        }
    }
}

/// Readings of `form` as the noun `lemma` (compared in lower case),
/// singular readings only when there are any.
pub fn noun_readings(morph: &Morphology, form: &str, lemma: &str) -> Vec<Analysis> {
    // (only the readings kept are copied)
    morph.with_analyses(form, |readings| {
        let of_lemma = |a: &&Analysis| a.pos == Pos::Noun && super::organizations::with_lower(&a.lemma, |l| l == lemma);
        let sg: Vec<Analysis> = readings.iter().filter(of_lemma).filter(|a| a.number.contains(Number::Sg)).cloned().collect();
        if sg.is_empty() {
            readings.iter().filter(of_lemma).cloned().collect()
        } else {
            sg
        }
    })
}

/// Features shared by a set of readings (their union).
pub fn features(readings: &[Analysis]) -> Features {
    let mut f = Features { case: Cases::EMPTY, number: Numbers::EMPTY, gender: Genders::EMPTY };
    for a in readings {
        f.case = f.case.union(a.case);
        f.number = f.number.union(a.number);
        f.gender = f.gender.union(a.gender);
    }
    f
}

/// If `form` has adjective (or participle) readings agreeing with `f`, the
/// features narrowed to what those readings allow.
pub fn agreeing_adjective(morph: &Morphology, form: &str, f: &Features) -> Option<Features> {
    // `Kujawsko-Pomorskiego`: the last part agrees.
    let last = form.rsplit('-').next().unwrap_or(form);
    morph.with_analyses(last, |readings| {
        let mut out: Option<Features> = None;
        for a in readings {
            if f.agrees(a) {
                let n = f.narrowed(a);
                out = Some(match out {
                    None => n,
                    Some(o) => Features { case: o.case.union(n.case), number: o.number.union(n.number), gender: o.gender.union(n.gender) },
                });
            }
        }
        out
    })
}

/// Whether `form`, right after a head with features `head`, modifies the
/// noun `next` after it inside the genitive complement rather than the head:
///
/// - a participle that agrees with both (`Instytutu Zrównoważonego
///   Gospodarowania` -> `Instytut Zrównoważonego Gospodarowania`, not
///   `Instytut Zrównoważony Gospodarowania`); relational adjectives after a
///   head stay with it (`Urzędu Marszałkowskiego Województwa`), but a
///   participle (`zrównoważony`, `zaawansowany`) stands before the noun it
///   qualifies;
/// - any adjective agreeing with `next` when the head may be a nominative
///   (an indeclinable `Laboratorium`, `Centrum`) and the adjective cannot:
///   `Laboratorium Śląskiego Uniwersytetu` -> `Laboratorium Śląskiego
///   Uniwersytetu`, not `Laboratorium Śląskie Uniwersytetu`.
pub fn modifies_next_noun(morph: &Morphology, form: &str, next: &str, head: &Features) -> bool {
    let nouns: Vec<Analysis> = morph.analyse(next).into_iter().filter(|a| a.pos == Pos::Noun).collect();
    if nouns.is_empty() {
        return false;
    }
    let readings = morph.analyse(form);
    let nominative_head = head.may_be_nominative()
        && !readings.iter().any(|a| head.agrees(a) && a.case.contains(Case::Nom))
        && readings.iter().any(|a| head.agrees(a));
    readings.iter().filter(|p| (p.pos == Pos::Participle || nominative_head) && head.agrees(p)).any(|p| {
        let shared = head.narrowed(p);
        nouns.iter().any(|n| n.case.intersects(&shared.case) && n.number.intersects(&p.number) && n.gender.intersects(&p.gender))
    })
}

/// A word the dictionary lacks that becomes an agreeing adjective when one
/// letter is left out (a typing slip: `Lotnicznego` -> `Lotniczego`): the
/// corrected form and the narrowed features.
pub fn corrected_adjective(morph: &Morphology, form: &str, f: &Features) -> Option<(String, Features)> {
    if morph.contains(form) || form.chars().count() < 6 {
        return None;
    }
    let chars: Vec<char> = form.chars().collect();
    // Never the first letter (it carries the capital) nor the ending.
    for k in 1..chars.len().saturating_sub(3) {
        let v: String = chars.iter().enumerate().filter(|(i, _)| *i != k).map(|(_, c)| *c).collect();
        if let Some(n) = agreeing_adjective(morph, &v, f) {
            return Some((v, n));
        }
    }
    None
}

/// One word of a phrase and what to do with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// An adjective agreeing with the head: rebuilt in the nominative.
    Adjective,
    /// A misspelt adjective, rebuilt from its corrected form.
    Corrected(String),
    /// The head noun, with its lemma.
    Head(String),
    /// Kept as written.
    Keep,
    /// The first part of a compound adjective written with a spaced dash
    /// (`Przemysłowo - Handlową`): kept as written and joined to the next
    /// word by a hyphen (`Przemysłowo-Handlowa`).
    Prefix,
}

/// The nominative of a phrase whose words are `words` with the given parts,
/// the head's gender `g`; `tail` (the rest of the phrase, kept as written,
/// with its own punctuation) is appended after a space.
pub fn render(words: &[(&str, Part)], g: Gen, tail: Option<&str>) -> String {
    let mut out = String::new();
    let mut joined = false;
    for (w, p) in words {
        if joined {
            out.push('-');
        } else if !out.is_empty() {
            out.push(' ');
        }
        joined = matches!(p, Part::Prefix);
        match p {
            Part::Adjective => out.push_str(&adjective_nominative(w, g)),
            Part::Corrected(c) => out.push_str(&adjective_nominative(c, g)),
            Part::Head(lemma) => match w.rsplit_once('-') {
                // `Pro-Akademii` -> `Pro-Akademia`.
                Some((prefix, last)) if !lemma.contains('-') => {
                    out.push_str(prefix);
                    out.push('-');
                    out.push_str(&with_case_of(last, lemma));
                }
                _ => out.push_str(&with_case_of(w, lemma)),
            },
            Part::Keep | Part::Prefix => out.push_str(w),
        }
    }
    if let Some(t) = tail.filter(|t| !t.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_by_gender() {
        let cases = [
            ("Polskiej", Gen::F, "Polska"),
            ("Europejską", Gen::F, "Europejska"),
            ("ostatniej", Gen::F, "ostatnia"),
            ("Śląskiego", Gen::M, "Śląski"),
            ("Przemysłowym", Gen::M, "Przemysłowy"),
            ("Polskim", Gen::M, "Polski"),
            ("ostatniego", Gen::M, "ostatni"),
            ("Federalnego", Gen::N, "Federalne"),
            ("Polskim", Gen::N, "Polskie"),
            ("Narodowym", Gen::N, "Narodowe"),
            ("Zjednoczonego", Gen::N, "Zjednoczone"),
            ("Czeskie", Gen::N, "Czeskie"),
        ];
        for (form, g, want) in cases {
            assert_eq!(adjective_nominative(form, g), want, "{form}");
        }
    }

    #[test]
    fn lemma_takes_the_form_capitalisation() {
        assert_eq!(with_case_of("Klastra", "klaster"), "Klaster");
        assert_eq!(with_case_of("klastra", "klaster"), "klaster");
        assert_eq!(with_case_of("KLASTRA", "klaster"), "KLASTER");
    }
}
