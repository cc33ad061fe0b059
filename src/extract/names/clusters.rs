//! Cluster-specific merging: a short mention (`Klaster Evoluma`, `Klaster
//! Fotoniki`) is the same cluster as a longer name whose distinctive words
//! include all of its own (`Evoluma Klaster Przemysłowy`, `Klaster Fotoniki
//! i Światłowodów`); it becomes an alias of the longer one. A name made of
//! `Klaster` and proper words only (`Klaster INTERIZON`) also gets the
//! proper words as an alias (`INTERIZON`).

use super::organizations::{lower_is_one_of, normalise};
use crate::morph::Morphology;
use crate::record::NamedItem;

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

/// Merges short mentions into the longer names they abbreviate.
pub fn merge_short_mentions(items: Vec<NamedItem>, morph: &Morphology) -> Vec<NamedItem> {
    let mut items = items;
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
            let it = items.remove(i);
            dist.remove(i);
            let j = if j > i { j - 1 } else { j };
            // The longer item keeps the earlier mention's place and text.
            let t = &mut items[j];
            let mut aliases = vec![it.name.clone()];
            aliases.extend(acronym_mention(&it.name).map(str::to_string));
            aliases.extend(it.aliases);
            for a in aliases {
                if normalise(&a) != normalise(&t.name) && !t.aliases.iter().any(|x| normalise(x) == normalise(&a)) {
                    t.aliases.push(a);
                }
            }
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
                if !it.aliases.iter().any(|a| normalise(a) == normalise(&alias)) {
                    it.aliases.push(alias);
                }
            }
        }
    }
    items
}
