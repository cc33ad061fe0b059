//! Invariants that hold for any input: no panic, spans on char boundaries
//! that slice back to their text, and spans that move with a prefix.

mod common;

use ekstrakt::{Pipeline, Record};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Extractors run on everything (no language gate), to reach every rule.
fn polish() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::builder().assume_polish(true).build().expect("embedded rules"))
}

const WORDS: &[&str] = &[
    "W",
    "w",
    "dniach",
    "10-11",
    "26",
    "–",
    "27",
    "września",
    "2022",
    "r.",
    "br.",
    "4.12.2019",
    "21-22.10.2014",
    "we",
    "wrześniu",
    "od",
    "do",
    "2008",
    "roku",
    "Brukseli",
    "Pradze",
    "Zielonej",
    "Górze",
    "online",
    "ponad",
    "około",
    "700",
    "1 000",
    "delegatów",
    "uczestników",
    "aż",
    "82",
    "prelegentów",
    "krajów",
    "MŚP",
    "Klaster",
    "Klastra",
    "Śląskiego",
    "Lotniczego",
    "Polskiej",
    "Agencji",
    "Rozwoju",
    "Przedsiębiorczości",
    "(PARP)",
    "Pana",
    "Wiceministra",
    "Marcina",
    "Ociepy",
    "Thierry'ego",
    "Bretona",
    "Komisarza",
    "ds.",
    "m.in.",
    "dr",
    "Prezes",
    "Europejskiej",
    "Konferencji",
    "Klastrów",
    "7",
    "edycja",
    "8.",
    "edycję",
    "Czwarta",
    "„",
    "”",
    "\"",
    ",",
    ".",
    "\n",
    "\n\n",
    "😀",
    "\u{a0}",
    "zażółć",
    "gęślą",
    "jaźń",
    "ECC_2024",
    "20141020_084207",
    "|",
    "-",
    "(",
    ")",
    "08",
    "grudnia",
    "XII",
    "<p>",
    "</p>",
    "<b>",
    "<br/>",
    "&oacute;",
    "&bdquo;",
    "&rdquo;",
    "&shy;",
    "&#261;",
    "&amp;",
    "&nbsp;",
    "Krak&oacute;w",
    "&#x2013;",
    "Gda&#324;sku",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec((prop::sample::select(WORDS), prop::sample::select(&[" ", " ", "\n", "", "\u{a0}"][..])), 0..80)
            .prop_map(|v| v.into_iter().map(|(w, s)| format!("{w}{s}")).collect::<String>()),
        "\\PC{0,300}",
        "[a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ0-9 .,;:\\-–\n()\"'/|_]{0,300}",
    ]
}

fn check_spans(text: &str, r: &Record) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    for (t, span, cspan) in r.mentions() {
        prop_assert!(span.start <= span.end && span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert_eq!(&text[span.range()], t);
        prop_assert!(cspan.end <= chars.len());
        prop_assert_eq!(chars[cspan.range()].iter().collect::<String>(), t);
    }
    Ok(())
}

/// An HTML page whose text is written with tags and character references
/// gives the same items as the plain text, with spans into the page.
#[test]
fn a_page_with_references_reads_like_its_text() {
    let plain = "Konferencja w Krakowie\n\nW dniach 26 – 27 września 2022 r. w Krakowie odbyło się spotkanie klastrów. Klaster „Dolina Lotnicza” i Śląski Klaster Lotniczy przywitał Pan Wiceminister Marcin Ociepa. Wzięło w nim udział ponad 300 osób.";
    let page = "<html><head><title>Konferencja w Krakowie</title></head><body>\n<p>W dniach 26 &ndash; 27 wrze&#347;nia 2022&nbsp;r. w <b>Krakowie</b> odby&#322;o si&#281; spotkanie klastr&oacute;w. Klaster &bdquo;Dolina Lotnicza&rdquo; i &#346;l&#261;ski Klaster Lotniczy przywita&#322; Pan Wiceminister Marcin Ociepa. Wzi&#281;&shy;&#322;o w nim udzia&#322; ponad 300&nbsp;os&oacute;b.</p></body></html>";
    let p = common::pipeline();
    let (a, b) = (p.extract("plain", plain), p.extract("page", page));
    let values = |r: &Record| {
        let mut v: Vec<String> = r.dates.iter().map(|d| format!("date {} {}", d.start, d.end)).collect();
        v.extend(r.venues.iter().map(|x| format!("venue {}", x.name)));
        v.extend(r.attendance.iter().map(|x| format!("count {:?} {:?}", x.value, x.category)));
        v.extend(r.clusters.iter().map(|x| format!("cluster {}", x.name)));
        v.extend(r.people.iter().map(|x| format!("person {} {:?}", x.name, x.role)));
        v
    };
    assert_eq!(values(&a), values(&b));
    assert!(values(&b).contains(&"venue Kraków".to_string()), "{:?}", values(&b));
    assert!(values(&b).contains(&"person Marcin Ociepa Some(\"wiceminister\")".to_string()), "{:?}", values(&b));
    let texts: Vec<&str> = b.mentions().iter().map(|(t, _, _)| *t).collect();
    assert!(texts.contains(&"&bdquo;Dolina Lotnicza&rdquo;") || texts.contains(&"Klaster &bdquo;Dolina Lotnicza&rdquo;"), "{texts:?}");
    for (t, span, cspan) in b.mentions() {
        assert_eq!(&page[span.range()], t);
        assert_eq!(page.chars().skip(cspan.start).take(cspan.len()).collect::<String>(), t);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_spans_slice_back(text in text_strategy()) {
        let r = polish().extract("p", &text);
        check_spans(&text, &r)?;
        let gated = common::pipeline().extract("g", &text);
        check_spans(&text, &gated)?;
    }

    #[test]
    fn fast_tokens_equal_unicode_word_bounds(text in text_strategy()) {
        let seg = ekstrakt::segment::Segmenter::new(&ekstrakt::RuleSet::embedded()).expect("rules");
        prop_assert_eq!(seg.tokens(&text), ekstrakt::segment::uax29_tokens(&text));
    }

    #[test]
    fn a_blank_prefix_shifts_every_span(text in text_strategy()) {
        let prefix = "\u{a0}\n";
        let a = polish().extract("a", &text);
        let shifted = format!("{prefix}{text}");
        let b = polish().extract("b", &shifted);
        let sa: Vec<(String, usize, usize)> = a.mentions().iter().map(|(t, s, c)| (t.to_string(), s.start, c.start)).collect();
        let sb: Vec<(String, usize, usize)> = b.mentions().iter()
            .map(|(t, s, c)| (t.to_string(), s.start - prefix.len(), c.start - prefix.chars().count()))
            .collect();
        prop_assert_eq!(sa, sb);
    }
}
