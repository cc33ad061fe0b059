//! Reproducible benchmark corpora made from seed texts.
//!
//! Benchmarks need many megabytes of realistic text; the development set has
//! five articles. [`make_corpus`] recombines the paragraphs of the seed texts
//! into documents of 2–10 KB (deterministically: the same seeds, size and
//! seed number give the same bytes), so the numbers anyone measures with
//! `ekstrakt make-corpus` or `cargo bench` are comparable.

/// One generated document: its id and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedDoc {
    /// `bench_000042`.
    pub id: String,
    /// The text.
    pub text: String,
}

/// A small deterministic generator (xorshift64*), so the corpus does not
/// depend on a random-number crate's version.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Makes documents totalling at least `total_bytes` from `seeds`.
///
/// Each document starts with one seed's first lines (its title and
/// dateline) and continues with paragraphs drawn from all seeds until it
/// reaches a size drawn between 2 and 10 KB.
///
/// ```
/// let seeds = ["Tytuł\n\nAkapit pierwszy.\n\nAkapit drugi.".to_string()];
/// let docs = ekstrakt::bench_corpus::make_corpus(&seeds, 10_000, 7);
/// assert!(docs.iter().map(|d| d.text.len()).sum::<usize>() >= 10_000);
/// assert_eq!(docs, ekstrakt::bench_corpus::make_corpus(&seeds, 10_000, 7));
/// ```
pub fn make_corpus(seeds: &[String], total_bytes: usize, seed: u64) -> Vec<GeneratedDoc> {
    let paragraphs: Vec<&str> = seeds.iter().flat_map(|s| s.split("\n\n")).map(str::trim).filter(|p| p.len() > 40).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = Vec::new();
    let mut total = 0usize;
    if seeds.is_empty() {
        return out;
    }
    while total < total_bytes {
        let head = &seeds[out.len() % seeds.len()];
        let target = 2048 + rng.below(8 * 1024);
        let mut text = String::with_capacity(target + 4096);
        text.push_str(head.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n").trim());
        while text.len() < target && !paragraphs.is_empty() {
            text.push_str("\n\n");
            text.push_str(paragraphs[rng.below(paragraphs.len())]);
        }
        text.push('\n');
        total += text.len();
        out.push(GeneratedDoc { id: format!("bench_{:06}", out.len()), text });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_in_range_and_output_is_deterministic() {
        let seeds: Vec<String> =
            (0..3).map(|i| format!("Tytuł {i}\n\n{}", "Akapit z treścią o klastrach i konferencjach.\n\n".repeat(20))).collect();
        let a = make_corpus(&seeds, 200_000, 1);
        assert_eq!(a, make_corpus(&seeds, 200_000, 1));
        assert_ne!(a, make_corpus(&seeds, 200_000, 2));
        assert!(a.iter().all(|d| d.text.len() >= 2048 && d.text.len() < 11 * 1024));
        assert_eq!(a[3].id, "bench_000003");
    }
}
