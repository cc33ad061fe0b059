//! Cluster-specific merging: a short mention (`Klaster Evoluma`, `Klaster
//! Fotoniki`) is the same cluster as a longer name whose distinctive words
//! include all of its own (`Evoluma Klaster Przemysłowy`, `Klaster Fotoniki
//! i Światłowodów`); it becomes an alias of the longer one. A name made of
//! `Klaster` and proper words only (`Klaster INTERIZON`) also gets the
//! proper words as an alias (`INTERIZON`).
//!
//! When the text names a cluster more often by a shorter name its longer
//! "name" contains word for word (`Polski Klaster Morski`, five times;
//! `Polski Klaster Morski i AM Gdynia`, once), the longer one is a run-on
//! over the next words and the shorter one is the name. A name misspelt
//! once (`Lubelskiego Klastra Ekonergetycznego` beside `Ekoenergetycznego`)
//! is the same cluster. Words with the head glued to a prefix
//! (`Infoklastra Poligraficznego`, `Motoklaster Wielkopolska`,
//! `Autocluster Styria`) name clusters too ([`compound_head_names`]).

use super::nominative::{self, Gen};
use super::organizations::{lower_is_one_of, normalise};
use super::Word;
use crate::morph::Morphology;
use crate::record::NamedItem;
use crate::span::Span;

/// Words that say nothing about which cluster is meant.
const GENERIC: &[&str] = &["klaster", "cluster", "i", "and", "ds.", "ds", "of", "the"];

fn distinctive(name: &str) -> Vec<String> {
    normalise(name)
        .split(|c: char| c.is_whitespace() || c == ',' || c == '"')
        .filter(|w| !w.is_empty() && !GENERIC.contains(w))
        .map(str::to_string)
        .collect()
}

/// The acronym a short mention consists of (`Klaster SKB`, `SKB`): two to
/// six capital letters after an optional cluster head.
fn acronym_mention(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().filter(|w| !lower_is_one_of(w, &["klaster", "cluster"])).collect();
    match words[..] {
        [w] if (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase()) => Some(w),
        _ => None,
    }
}

/// The initials of a name's capitalised words (`Słupski Klaster
/// Bioenergetyczny` -> `SKB`; `Klaster Technologii i Usług` -> `KTU`).
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}

/// Whether the words of `short` (normalised) stand together, in order,
/// inside those of `long`, and `long` has more.
fn contained_run(short: &str, long: &str) -> bool {
    let (s, l) = (normalise(short), normalise(long));
    let sw: Vec<&str> = s.split_whitespace().collect();
    let lw: Vec<&str> = l.split_whitespace().collect();
    lw.len() > sw.len() && !sw.is_empty() && lw.windows(sw.len()).any(|w| w == sw.as_slice())
}

/// Whether a name of three or more words holds a cluster head and ends in a
/// word after it: a whole name on its own (`Polski Klaster Morski`,
/// `Klaster Innowacyjna Medycyna`), not a bare head with one word.
fn whole_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 3 && words[..words.len() - 1].iter().any(|w| lower_is_one_of(w, &["klaster", "cluster"]))
}

/// Whether two words differ by one letter typed in or left out
/// (`Ekonergetycznego` / `Ekoenergetycznego`), both long.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if short.len() < 8 || long.len() != short.len() + 1 {
        return false;
    }
    let p = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    p >= 3 && short[p..] == long[p + 1..]
}

/// Whether `short` is `long` with one word misspelt by a letter and the
/// other words the same, an ending apart (`Lubelski Klaster Ekonergetycznego`
/// / `Lubelski Klaster Ekoenergetyczny`: a misspelt adjective is not brought
/// to the nominative either).
#[cfg(test)]
fn misspelt(short: &str, long: &str) -> bool {
    misspelt_normalised(&normalise(short), &normalise(long))
}

/// [`misspelt`] of two names already normalised ([`normalise`]).
fn misspelt_normalised(s: &str, l: &str) -> bool {
    let sw: Vec<&str> = s.split_whitespace().collect();
    let lw: Vec<&str> = l.split_whitespace().collect();
    if sw.len() != lw.len() || sw.len() < 2 || s == l {
        return false;
    }
    let mut typo = false;
    for (a, b) in sw.iter().zip(&lw) {
        if a == b {
            continue;
        }
        // (the same stem, all but the last three letters of the shorter word)
        let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let n = ac.len().min(bc.len()).saturating_sub(3);
        let cut = |w: &[char], k: usize| w.iter().take(k).collect::<String>();
        let fix = |x: &str, y: &str| {
            one_letter_apart(x, y)
                || (bc.len() > n && one_letter_apart(&cut(&ac, n), &cut(&bc, n + 1)))
                || (ac.len() > n && one_letter_apart(&cut(&bc, n), &cut(&ac, n + 1)))
        };
        if typo || !fix(a, b) {
            return false;
        }
        typo = true;
    }
    typo
}

/// Merges short mentions into the longer names they abbreviate; `counts`
/// (one per item, when given) are how many times each was mentioned.
pub fn merge_short_mentions(items: Vec<NamedItem>, counts: &[usize], morph: &Morphology) -> Vec<NamedItem> {
    let mut items = items;
    let mut counts: Vec<usize> = (0..items.len()).map(|k| counts.get(k).copied().unwrap_or(1)).collect();
    // `Lubelski Klaster Ekonergetycznego` once: the name written right
    // elsewhere, more often or first.
    // (names do not change in this loop: each is normalised once)
    let mut norm: Vec<String> = items.iter().map(|it| normalise(&it.name)).collect();
    let mut i = 0;
    while i < items.len() {
        let j = (0..items.len()).find(|&j| {
            j != i && misspelt_normalised(&norm[i], &norm[j]) && (counts[j] > counts[i] || counts[j] == counts[i] && j < i)
        });
        if let Some(j) = j {
            let it = items.remove(i);
            let c = counts.remove(i);
            let it_norm = norm.remove(i);
            let j = if j > i { j - 1 } else { j };
            counts[j] += c;
            let t = &mut items[j];
            if !t.aliases.iter().any(|x| normalise(x) == it_norm) {
                t.aliases.push(it.name);
            }
            if it.span.start < t.span.start {
                t.span = it.span;
                t.text = it.text;
            }
            continue;
        }
        i += 1;
    }
    // The distinctive words of each item's name (names do not change here).
    let mut dist: Vec<Vec<String>> = items.iter().map(|it| distinctive(&it.name)).collect();
    let mut i = 0;
    while i < items.len() {
        let short = &dist[i];
        let acronym = acronym_mention(&items[i].name);
        let target = (0..items.len()).find(|&j| {
            if j == i {
                return false;
            }
            let long = &dist[j];
            // `klastra SKB` is `Słupski Klaster Bioenergetyczny`.
            if let Some(a) = acronym {
                if long.len() >= 2 && initials(&items[j].name) == a {
                    return true;
                }
            }
            !short.is_empty() && long.len() > short.len() && short.iter().all(|w| long.contains(w))
        });
        if let Some(j) = target {
            let mut it = items.remove(i);
            dist.remove(i);
            let c = counts.remove(i);
            let j = if j > i { j - 1 } else { j };
            // A whole name said more often than a longer run-on holding it
            // word for word is the name; the run-on is an alias.
            if c >= 2 && c > counts[j] && counts[j] == 1 && whole_name(&it.name) && contained_run(&it.name, &items[j].name) {
                std::mem::swap(&mut it.name, &mut items[j].name);
                dist[j] = distinctive(&items[j].name);
            }
            counts[j] += c;
            // The longer item keeps the earlier mention's place and text.
            let t = &mut items[j];
            let mut aliases = vec![it.name.clone()];
            aliases.extend(acronym_mention(&it.name).map(str::to_string));
            aliases.extend(it.aliases);
            let key = normalise(&t.name);
            for a in aliases {
                let na = normalise(&a);
                if na != key && !t.aliases.iter().any(|x| normalise(x) == na) {
                    t.aliases.push(a);
                }
            }
            t.aliases.retain(|a| normalise(a) != key);
            if it.span.start < t.span.start {
                t.span = it.span;
                t.text = it.text;
            }
            continue;
        }
        i += 1;
    }
    for it in &mut items {
        let words: Vec<&str> = it.name.split_whitespace().collect();
        if words.len() >= 2 {
            let rest = &words[1..];
            let generic_head = lower_is_one_of(words[0], &["klaster", "cluster"]);
            if generic_head && rest.iter().all(|w| !morph.contains(w) || w.chars().all(|c| !c.is_lowercase())) {
                let alias = rest.join(" ");
                let key = normalise(&alias);
                if !it.aliases.iter().any(|a| normalise(a) == key) {
                    it.aliases.push(alias);
                }
            }
        }
    }
    items
}

/// The singular forms of the cluster head a compound word may end in
/// (`Infoklastra`, `Motoklaster`, `Autocluster`).
const GLUED_HEADS: &[&str] = &["klaster", "klastra", "klastrowi", "klastrem", "klastrze", "cluster"];

/// A capitalised word made of a prefix of two or more letters and a singular
/// form of the cluster head (`Infoklastra`, `Motoklaster`, `Autocluster`):
/// the byte length of the prefix and the head form.
fn glued_head(w: &Word<'_>) -> Option<(usize, &'static str)> {
    if !w.is_capitalised() || w.is_acronym() || w.text.contains('-') {
        return None;
    }
    // (a lower-case form as long as the word ends in the ASCII letters of a
    // head only if the word itself does, in either case: screen before
    // lower-casing)
    let b = w.text.as_bytes();
    if !GLUED_HEADS.iter().any(|h| b.len() >= h.len() + 2 && b[b.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes())) {
        return None;
    }
    let lower = w.text.to_lowercase();
    if lower.len() != w.text.len() {
        return None;
    }
    GLUED_HEADS.iter().find_map(|h| {
        let prefix = lower.strip_suffix(h)?;
        (prefix.chars().count() >= 2 && prefix.chars().all(char::is_alphabetic)).then_some((prefix.len(), *h))
    })
}

/// Clusters named by a word with the head glued to a prefix, in sentences
/// `sentences` (words `blocked` belong to other names): the word in the
/// nominative (`Infoklastra` -> `Infoklaster`), the capitalised adjectives
/// after it that agree with the head, in the nominative (`Infoklastra
/// Poligraficznego` -> `Infoklaster Poligraficzny`), or, after a nominative,
/// one or two capitalised nouns as written (`Motoklaster Wielkopolska`);
/// the word alone is an alias. With how many times each was named.
pub fn compound_head_names(
    text: &str,
    sentences: &[Vec<Word<'_>>],
    blocked: &[Vec<bool>],
    morph: &Morphology,
) -> (Vec<NamedItem>, Vec<usize>) {
    let mut items: Vec<NamedItem> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    for (ws, bl) in sentences.iter().zip(blocked) {
        let mut k = 0;
        while k < ws.len() {
            let w = &ws[k];
            let Some((cut, form)) = glued_head(w).filter(|_| !bl.get(k).copied().unwrap_or(true)) else {
                k += 1;
                continue;
            };
            let polish = form != "cluster";
            let nominative_form = matches!(form, "klaster" | "cluster");
            let head =
                format!("{}{}", &w.text[..cut], nominative::with_case_of(&w.text[cut..], if polish { "klaster" } else { "cluster" }));
            let feats = nominative::features(&nominative::noun_readings(morph, form, "klaster"));
            let mut words = vec![head.clone()];
            let mut e = k + 1;
            let free = |x: usize| ws.get(x).is_some_and(|v| v.space_before && v.is_capitalised() && !bl.get(x).copied().unwrap_or(true));
            while free(e) && polish && nominative::agreeing_adjective(morph, ws[e].text, &feats).is_some() {
                words.push(nominative::adjective_nominative(ws[e].text, Gen::M));
                e += 1;
            }
            if e == k + 1 && nominative_form {
                // (a proper noun the dictionary knows or lacks, not a verb or adjective)
                let nounish =
                    |x: usize| morph.with_analyses(ws[x].text, |r| r.is_empty() || r.iter().any(|a| a.pos == crate::morph::Pos::Noun));
                while e < k + 3 && free(e) && !ws[e].is_acronym() && nounish(e) {
                    words.push(ws[e].text.to_string());
                    e += 1;
                }
            }
            // (`inicjatywę Supercluster`: an English word alone is no name)
            if words.len() == 1 && !polish {
                k = e;
                continue;
            }
            let name = words.join(" ");
            let span = Span::new(w.span.start, ws[e - 1].span.end);
            let key = normalise(&name);
            match items.iter().position(|it| normalise(&it.name) == key) {
                Some(p) => counts[p] += 1,
                None => {
                    let aliases = if words.len() > 1 { vec![head] } else { Vec::new() };
                    items.push(NamedItem { text: text[span.range()].to_string(), span, char_span: Span::default(), name, aliases });
                    counts.push(1);
                }
            }
            k = e;
        }
    }
    (items, counts)
}

/// Adds `extra` clusters to `items`, but those already there by a name or
/// an alias.
pub fn add_new(items: &mut Vec<NamedItem>, extra: Vec<NamedItem>) {
    for it in extra {
        let keys: Vec<String> = std::iter::once(&it.name).chain(&it.aliases).map(|n| normalise(n)).collect();
        let known = items.iter().any(|x| std::iter::once(&x.name).chain(&x.aliases).any(|n| keys.contains(&normalise(n))));
        if !known {
            items.push(it);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_typed_in_or_left_out() {
        assert!(misspelt("Lubelski Klaster Ekonergetycznego", "Lubelski Klaster Ekoenergetyczny"));
        assert!(misspelt("Klaster Marek Turystycznych Polski Wschodnie", "Klaster Marek Turystycznych Polski Wschodniej"));
        assert!(!misspelt("Lubelski Klaster Energetyczny", "Lubelski Klaster Ekoenergetyczny"));
        assert!(!misspelt("Opolski Klaster Wodny", "Opolski Klaster Drzewny"));
        assert!(!misspelt("Klaster Morski", "Polski Klaster Morski"));
    }

    #[test]
    fn run_ons_hold_the_name_word_for_word() {
        assert!(contained_run("Polski Klaster Morski", "Polski Klaster Morski i AM Gdynia"));
        assert!(!contained_run("Klaster Evoluma", "Evoluma Klaster Przemysłowy"));
        assert!(whole_name("Polski Klaster Morski"));
        assert!(!whole_name("Klaster Fotoniki"));
    }
}
