//! The language gate: Polish goes on, anything else is skipped with a reason.
//!
//! `lingua` (built with only the languages listed in `Cargo.toml`) decides,
//! but it never sees the whole text: it reads a bounded sample of the
//! document's prose lines, so its cost per document is bounded whatever the
//! document's size. Empty, whitespace-only and binary-looking texts are
//! rejected before it runs.

use crate::record::Language as DetectedLanguage;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::LazyLock;

/// The languages the detector tells apart (each needs its `lingua` feature).
pub const LANGUAGES: [Language; 12] = [
    Language::Polish,
    Language::English,
    Language::German,
    Language::Czech,
    Language::Slovak,
    Language::Russian,
    Language::Ukrainian,
    Language::French,
    Language::Spanish,
    Language::Italian,
    Language::Lithuanian,
    Language::Hungarian,
];

/// At most this many bytes of text are shown to the detector.
pub const SAMPLE_BYTES: usize = 1024;

/// What the gate decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Polish: extract.
    Polish(DetectedLanguage),
    /// Not Polish, or nothing to read: skip, with the reason and, when one
    /// was detected, the language.
    Skip {
        /// Why the document is skipped.
        reason: String,
        /// The detected language, if any.
        language: Option<DetectedLanguage>,
    },
}

/// Decides whether a text is Polish.
pub struct LanguageGate {
    detector: LanguageDetector,
}

impl std::fmt::Debug for LanguageGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageGate").field("languages", &LANGUAGES.len()).finish()
    }
}

impl Default for LanguageGate {
    fn default() -> Self {
        LanguageGate::new()
    }
}

impl LanguageGate {
    /// Builds the detector (models load lazily, once per process).
    pub fn new() -> LanguageGate {
        LanguageGate { detector: LanguageDetectorBuilder::from_languages(&LANGUAGES).build() }
    }

    /// Judges one text.
    ///
    /// ```
    /// use ekstrakt::language::{LanguageGate, Verdict};
    /// let gate = LanguageGate::new();
    /// assert!(matches!(gate.judge("W dniach 10-11 listopada odbyła się konferencja klastrów w Brukseli."), Verdict::Polish(_)));
    /// assert!(matches!(gate.judge("The conference took place in Brussels with many cluster managers."), Verdict::Skip { .. }));
    /// ```
    pub fn judge(&self, text: &str) -> Verdict {
        if text.trim().is_empty() {
            return Verdict::Skip { reason: "empty document".into(), language: None };
        }
        if looks_binary(text) {
            return Verdict::Skip { reason: "binary content, not text".into(), language: None };
        }
        if let Some(confidence) = clearly_polish(text) {
            return Verdict::Polish(DetectedLanguage { code: "pl".into(), confidence: Some(confidence) });
        }
        self.judge_with_lingua(text)
    }

    /// Judges one text with lingua alone, without the cheap test in front
    /// (what [`LanguageGate::judge`] does when the cheap test is not sure);
    /// for benchmarks and comparisons.
    pub fn judge_with_lingua(&self, text: &str) -> Verdict {
        if text.trim().is_empty() {
            return Verdict::Skip { reason: "empty document".into(), language: None };
        }
        let sample = sample(text, SAMPLE_BYTES);
        if sample.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            return Verdict::Skip { reason: "no words to read".into(), language: None };
        }
        let values = self.detector.compute_language_confidence_values(sample.as_str());
        let Some(&(lang, confidence)) = values.first() else {
            return Verdict::Skip { reason: "language not recognised".into(), language: None };
        };
        let detected =
            DetectedLanguage { code: lang.iso_code_639_1().to_string(), confidence: Some((confidence * 1000.0).round() / 1000.0) };
        if lang == Language::Polish {
            Verdict::Polish(detected)
        } else {
            Verdict::Skip { reason: format!("not Polish: detected {} ({:.2})", detected.code, confidence), language: Some(detected) }
        }
    }
}

/// Bytes of text the cheap test reads (a prefix, so its cost is bounded).
const CHEAP_SCAN_BYTES: usize = 4096;

/// After this many bytes the cheap test may stop early, when everything it
/// has read is Polish (8 Polish function words, 2 % Polish letters, not one
/// foreign word or letter): the rest could not make it doubt.
const EARLY_BYTES: usize = 1024;

/// The cheap test: `Some(confidence)` when the text is certainly Polish,
/// `None` when lingua must decide.
///
/// Reads the first [`CHEAP_SCAN_BYTES`] bytes once and weighs two kinds of
/// evidence:
///
/// - letters: those only Polish uses among the detector's languages
///   (`ą ę ł ś ź ż ć ń`) against those Polish never uses but its neighbours
///   do (Czech `ř ě ů`, Slovak `ľ ĺ ŕ ô ä`, German `ä ö ü ß`, French and
///   Spanish accents, Hungarian `ő ű`, Lithuanian `ė į ų ū`, any Cyrillic);
/// - words: frequent Polish function words that no neighbour writes the same
///   way (`w`, `się`, `nie`, `że`, `jest`, `oraz`, ...) against frequent
///   function words of the other languages that are not Polish words
///   (`the`, `and`, `der`, `und`, `se`, `sa`, `ve`, `les`, `che`, `és`, ...).
///
/// Only a text with plenty of Polish evidence of both kinds and next to no
/// foreign evidence passes; everything else goes to lingua. An English text
/// full of Polish place names (`Łódź`, `Wrocław`) fails on its words. The
/// confidence is the share of Polish among the marker letters.
fn clearly_polish(text: &str) -> Option<f64> {
    let head = truncate(text, CHEAP_SCAN_BYTES);
    let bytes = head.as_bytes();
    let evidence = &*EVIDENCE;
    let (mut letters, mut polish, mut foreign) = (0usize, 0usize, 0usize);
    let (mut polish_words, mut foreign_words) = (0usize, 0usize);
    // One pass over the bytes: ASCII by byte, other characters decoded.
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i <= bytes.len() {
        let (is_letter, len) = match bytes.get(i) {
            None => (false, 1),
            Some(b) if b.is_ascii() => (b.is_ascii_alphabetic(), 1),
            Some(_) => {
                let Some(c) = head[i..].chars().next() else { break };
                let letter = match c {
                    'ą' | 'ę' | 'ł' | 'ś' | 'ź' | 'ż' | 'ć' | 'ń' | 'Ą' | 'Ę' | 'Ł' | 'Ś' | 'Ź' | 'Ż' | 'Ć' | 'Ń' => {
                        polish += 1;
                        true
                    }
                    'ó' | 'Ó' => true,
                    c if c.is_alphabetic() => {
                        foreign += 1;
                        true
                    }
                    _ => false,
                };
                (letter, c.len_utf8())
            }
        };
        if is_letter {
            letters += 1;
            word_start.get_or_insert(i);
        } else if let Some(start) = word_start.take() {
            if i - start <= LONGEST_EVIDENCE {
                match evidence.get(&head[start..i]) {
                    Some(Evidence::Polish) => polish_words += 1,
                    Some(Evidence::Foreign) => foreign_words += 1,
                    None => {}
                }
            }
            // Overwhelming evidence already: the rest of the scan cannot change the verdict.
            if i >= EARLY_BYTES && foreign == 0 && foreign_words == 0 && polish_words >= 8 && polish * 50 >= letters {
                break;
            }
        }
        i += len;
    }
    // Polish letters are 1-2 % of the letters even in name-heavy Polish prose
    // (usually 5-8 %); a foreign name or two (`Müller`) is tolerated.
    let letters_ok = letters >= 200 && polish * 100 >= letters && foreign * 10 <= polish;
    let words_ok = polish_words >= 3 && foreign_words * 4 <= polish_words;
    (letters_ok && words_ok).then(|| ((polish as f64 / (polish + foreign) as f64) * 1000.0).round() / 1000.0)
}

/// What a word says about the language of the text it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    Polish,
    Foreign,
}

/// Polish function words written so in none of the detector's other
/// languages (not `we`, `ich`, `jak`, `roku`, `jako`, `nie`, `jej`: English,
/// German, Czech or Slovak words too). As written in running text:
/// capitalised forms at sentence starts are left out on purpose, the
/// lower-case ones are frequent enough.
const POLISH_WORDS: &[&str] = &[
    "w",
    "się",
    "że",
    "jest",
    "są",
    "oraz",
    "przez",
    "dla",
    "także",
    "który",
    "która",
    "które",
    "których",
    "którzy",
    "było",
    "była",
    "był",
    "były",
    "został",
    "została",
    "zostało",
    "zostały",
    "podczas",
    "przy",
    "również",
    "jego",
    "tym",
    "tego",
    "czy",
    "już",
    "będzie",
    "można",
    "wraz",
    "więc",
];

/// Frequent English, German, Czech and Slovak, French, Spanish, Italian,
/// Lithuanian and Hungarian words that are not Polish words (not `je`,
/// `los`, `las`: Polish words too).
const FOREIGN_WORDS: &[&str] = &[
    "the", "and", "of", "is", "are", "was", "were", "with", "for", "this", "that", "from", "which", "der", "die", "das", "und", "ist",
    "mit", "von", "für", "nicht", "sich", "auf", "dem", "den", "se", "sa", "ve", "vo", "jsou", "byl", "bylo", "byla", "který", "která",
    "které", "ktorý", "ktorá", "ktoré", "také", "tiež", "aj", "le", "la", "les", "et", "des", "une", "est", "el", "y", "que", "del", "il",
    "che", "di", "della", "ir", "kad", "yra", "az", "és", "hogy", "egy",
];

/// The longest evidence word, in bytes: longer words are not looked up.
const LONGEST_EVIDENCE: usize = 9;

/// Every evidence word, for one hash look-up per word of the text.
static EVIDENCE: LazyLock<foldhash::HashMap<&'static str, Evidence>> = LazyLock::new(|| {
    let polish = POLISH_WORDS.iter().map(|w| (*w, Evidence::Polish));
    let foreign = FOREIGN_WORDS.iter().map(|w| (*w, Evidence::Foreign));
    polish.chain(foreign).collect()
});

/// True if the text has NUL bytes or many control characters.
fn looks_binary(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(8192)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || control * 50 > head.len()
}

/// Up to `max` bytes of prose: the document's longer lines first, in order,
/// falling back to its beginning.
fn sample(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(max + 64);
    for line in text.lines().map(str::trim).filter(|l| l.split_whitespace().count() >= 6) {
        if out.len() >= max {
            break;
        }
        let room = max - out.len();
        out.push_str(truncate(line, room));
        out.push('\n');
    }
    if out.trim().is_empty() {
        out = truncate(text, max).to_string();
    }
    out
}

/// The longest prefix of `s` of at most `max` bytes ending on a char boundary.
fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_binary_are_skipped_without_detection() {
        let g = LanguageGate::new();
        assert_eq!(g.judge(" \n\t "), Verdict::Skip { reason: "empty document".into(), language: None });
        assert_eq!(g.judge("PK\u{3}\u{4}\0\0\u{1}\u{2}abc"), Verdict::Skip { reason: "binary content, not text".into(), language: None });
    }

    #[test]
    fn neighbouring_languages_are_told_apart() {
        let g = LanguageGate::new();
        let cases = [
            ("Konferencja odbyła się w Pradze, a wzięło w niej udział ponad 300 uczestników z całej Europy.", "pl"),
            ("Konference se konala v Praze a zúčastnilo se jí více než 300 účastníků z celé Evropy.", "cs"),
            ("Konferencia sa konala v Prahe a zúčastnilo sa jej viac ako 300 účastníkov z celej Európy.", "sk"),
            ("Die Konferenz fand in Prag statt, und mehr als 300 Teilnehmer aus ganz Europa nahmen teil.", "de"),
            ("The conference took place in Prague and more than 300 participants from all over Europe attended.", "en"),
        ];
        for (text, code) in cases {
            let got = match g.judge(text) {
                Verdict::Polish(l) => l.code,
                Verdict::Skip { language, .. } => language.map(|l| l.code).unwrap_or_default(),
            };
            assert_eq!(got, code, "{text}");
        }
    }

    #[test]
    fn the_cheap_test_passes_only_clear_polish() {
        let pl = "Konferencja odbyła się w Pradze, a wzięło w niej udział ponad 300 uczestników z całej Europy. \
                  Podczas spotkania omówiono również współpracę klastrów, która jest kluczowa dla gospodarki. "
            .repeat(3);
        assert_eq!(clearly_polish(&pl), Some(1.0));
        // Too short, or with foreign letters: lingua decides.
        assert_eq!(clearly_polish("Konferencja odbyła się w Pradze."), None);
        let cs = "Konference se konala v Praze a zúčastnilo se jí více než 300 účastníků z celé Evropy, řekl ředitel. ".repeat(4);
        assert_eq!(clearly_polish(&cs), None);
        let en = "The conference in Łódź gathered more than 300 participants from all over Europe this year. ".repeat(4);
        assert_eq!(clearly_polish(&en), None);
        // Place names thick with Polish letters do not make English Polish.
        let en = "Meetings in Łódź, Wrocław, Gdańsk, Poznań, Białystok, Żyrardów, Świnoujście and Łańcut: \
                  the clusters of the region met with firms from Kraków and Bielsko-Biała in Żywiec. "
            .repeat(3);
        assert_eq!(clearly_polish(&en), None);
        let sk = "Na stretnutí sa zúčastnili zástupcovia deviatich slovenských klastrov, nie je to prvé podujatie. ".repeat(4);
        assert_eq!(clearly_polish(&sk), None);
        let de = "Die Konferenz in Łódź und Wrocław war für die Teilnehmer aus Gdańsk ein Erfolg, sagte der Leiter. ".repeat(4);
        assert_eq!(clearly_polish(&de), None);
    }

    #[test]
    fn the_cheap_test_decides_short_polish_prose() {
        // About 700 bytes of ordinary news prose, no title, few of the
        // commonest function words: decided without lingua.
        let pl = "Uczestnicy spotkania w Katowicach omówili współpracę śląskich klastrów z samorządem województwa. \
                  Przedstawiciele firm zgłosili potrzebę wsparcia eksportu na rynki azjatyckie, a organizatorzy \
                  zapowiedzieli kolejne warsztaty w przyszłym kwartale. Dyskusję prowadził prezes Klastra Lotniczego, \
                  który podkreślił znaczenie szkoleń dla młodych inżynierów. Na zakończenie podpisano list intencyjny \
                  w sprawie wspólnego stoiska na targach w Hanowerze, gdzie pojawi się kilkanaście polskich spółek.";
        assert!(clearly_polish(pl).is_some());
    }

    #[test]
    #[ignore = "a measurement: EKSTRAKT_GATE_DIR=folder cargo test --release --lib gate_report -- --ignored --nocapture"]
    fn gate_report() {
        let dir = std::env::var("EKSTRAKT_GATE_DIR").unwrap_or_else(|_| "corpus/raw".into());
        let (mut cheap, mut total) = (0, 0);
        let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for p in paths {
            let Ok(text) = std::fs::read_to_string(&p) else { continue };
            total += 1;
            if clearly_polish(&text).is_some() {
                cheap += 1;
            } else {
                println!("lingua decides: {}", p.display());
            }
        }
        println!("{dir}: the cheap test decides {cheap} of {total}");
    }

    #[test]
    fn sample_is_bounded_and_on_char_boundaries() {
        let text = "zażółć gęślą jaźń i jeszcze więcej słów tutaj\n".repeat(500);
        let s = sample(&text, SAMPLE_BYTES);
        assert!(s.len() <= SAMPLE_BYTES + 1);
    }
}
