//! Table-driven tests for dates: every row of `tests/data/dates.tsv` and
//! every example in `rules/dates_examples.tsv` (see the format in their
//! headers), plus invariants on spans.

use chrono::NaiveDate;
use ekstrakt::doc::Doc;
use ekstrakt::extract::dates::DateExtractor;
use ekstrakt::extract::document_date::DocumentDateExtractor;
use ekstrakt::record::{DateItem, Record, Status};
use ekstrakt::rules::{RuleSet, Table};
use ekstrakt::segment::Segmenter;

struct Kit {
    seg: Segmenter,
    dates: DateExtractor,
    docdate: DocumentDateExtractor,
}

fn kit() -> Kit {
    let rules = RuleSet::embedded();
    Kit {
        seg: Segmenter::new(&rules).unwrap(),
        dates: DateExtractor::new(&rules).unwrap(),
        docdate: DocumentDateExtractor::new(&rules).unwrap(),
    }
}

/// Runs the date extractor on `text` with the context `ctx`
/// (`doc=YYYY-MM-DD title=YYYY event=YYYY`, any of them, or `-`).
fn run(k: &Kit, text: &str, ctx: &str) -> Vec<DateItem> {
    let mut doc = Doc::new(text, &k.seg);
    for part in ctx.split_whitespace() {
        if let Some(d) = part.strip_prefix("doc=") {
            doc.facts.document_date = Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        } else if let Some(y) = part.strip_prefix("title=") {
            doc.facts.title_year = Some(y.parse().unwrap());
        } else if let Some(y) = part.strip_prefix("event=") {
            doc.facts.event_year = Some(y.parse().unwrap());
        } else if part == "dateline" {
            let found = k.docdate.extract(&doc);
            doc.facts.document_date = found.map(|f| f.0);
            doc.facts.document_date_span = found.map(|f| f.1);
        } else {
            assert_eq!(part, "-", "unknown context {part:?}");
        }
    }
    let mut r = Record::new("t", "t", Status::Ok);
    k.dates.extract(&doc, &mut r);
    for it in &r.dates {
        assert_eq!(&text[it.span.range()], it.text, "span and text disagree in {text:?}");
    }
    r.dates
}

/// `START[..END]:PRECISION[@SOURCE][!][~]` for each item, `;`-separated; `-` for none.
fn render(items: &[DateItem]) -> String {
    if items.is_empty() {
        return "-".into();
    }
    items
        .iter()
        .map(|d| {
            let mut s = d.start.clone();
            if d.end != d.start {
                s += &format!("..{}", d.end);
            }
            s += &format!(":{}", serde_json::to_value(d.precision).unwrap().as_str().unwrap());
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Compares one expected item spec with an item, with the optional parts
/// (`@source`, `!` warning, `~` relative) checked only when written.
fn matches(spec: &str, d: &DateItem) -> bool {
    let mut core = spec;
    let rel = core.ends_with('~');
    core = core.trim_end_matches('~');
    let warn = core.ends_with('!');
    core = core.trim_end_matches('!');
    let (core, source) = match core.split_once('@') {
        Some((c, s)) => (c, Some(s)),
        None => (core, None),
    };
    let one = render(std::slice::from_ref(d));
    if core != one {
        return false;
    }
    if let Some(s) = source {
        if serde_json::to_value(d.year_source).unwrap().as_str().unwrap() != s {
            return false;
        }
    }
    if warn != d.warning.is_some() {
        return false;
    }
    rel == d.relative
}

fn check_table(name: &str, rows: Vec<(usize, String, String, String)>) -> usize {
    let k = kit();
    let mut failures = Vec::new();
    for (line, text, expected, ctx) in &rows {
        let text = text.replace("\\n", "\n");
        let got = run(&k, &text, ctx);
        let specs: Vec<&str> = if expected == "-" { vec![] } else { expected.split(';').map(str::trim).collect() };
        let ok = specs.len() == got.len() && specs.iter().zip(&got).all(|(s, d)| matches(s, d));
        if !ok {
            let detail: Vec<String> = got
                .iter()
                .map(|d| {
                    format!(
                        "{}@{:?}{}{} [{}]",
                        render(std::slice::from_ref(d)),
                        d.year_source,
                        if d.warning.is_some() { "!" } else { "" },
                        if d.relative { "~" } else { "" },
                        d.text
                    )
                })
                .collect();
            failures.push(format!("{name}:{line}: {text:?} [{ctx}]\n    expected {expected}\n    got      {}", detail.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
    rows.len()
}

#[test]
fn table_cases() {
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dates.tsv")).unwrap();
    let table = Table::parse("tests/data/dates.tsv", &data);
    table.expect_fields(2, 3).expect("2 or 3 fields on every line");
    let rows = table
        .rows()
        .iter()
        .map(|r| {
            let f = r.fields();
            (r.line(), f[0].to_string(), f[1].to_string(), f.get(2).unwrap_or(&"-").to_string())
        })
        .collect();
    let n = check_table("tests/data/dates.tsv", rows);
    assert!(n >= 150, "the table should hold at least 150 cases, has {n}");
}

/// Every rule family in `rules/dates_examples.tsv` has positive and negative
/// examples, and every example holds.
#[test]
fn rule_examples() {
    let rules = RuleSet::embedded();
    let t = rules.table("dates_examples.tsv").unwrap();
    let mut rows = Vec::new();
    let mut families: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for r in t.rows() {
        let fam = r.field(0).unwrap().to_string();
        let expected = r.field(2).unwrap().to_string();
        let e = families.entry(fam).or_default();
        if expected == "-" {
            e.1 += 1;
        } else {
            e.0 += 1;
        }
        rows.push((r.line(), r.field(1).unwrap().to_string(), expected, r.optional(3).unwrap_or("-").to_string()));
    }
    for fam in ["months", "roman", "numeric", "years", "ranges", "context", "weekdays", "relative", "document"] {
        let (pos, neg) = families.get(fam).copied().unwrap_or_default();
        assert!(pos > 0 && neg > 0, "family {fam} needs positive and negative examples ({pos} positive, {neg} negative)");
    }
    check_table("rules/dates_examples.tsv", rows);
}

#[test]
fn spans_survive_a_prefix() {
    let k = kit();
    let text = "W dniach 10-11 listopada 2020 r. oraz we wrześniu br. i 4.12.2019.";
    let base = run(&k, text, "doc=2020-12-01");
    let prefix = "zażółć gęślą jaźń 🦀 ";
    let shifted = run(&k, &format!("{prefix}{text}"), "doc=2020-12-01");
    assert_eq!(base.len(), 3);
    assert_eq!(base.len(), shifted.len());
    for (a, b) in base.iter().zip(&shifted) {
        assert_eq!(a.span.start + prefix.len(), b.span.start);
        assert_eq!((a.start.as_str(), a.end.as_str()), (b.start.as_str(), b.end.as_str()));
    }
}

#[test]
fn never_panics_on_odd_text() {
    let k = kit();
    for t in [
        "",
        "4",
        "4.",
        "31.02.2019",
        "30 lutego 2020",
        "od do",
        "–",
        "br.",
        "ubiegły",
        "ŻÓŁĆ 2019 r",
        "0.0.0000",
        "9999-99-99",
        "w 2019",
        "\u{a0}4\u{a0}grudnia\u{a0}",
    ] {
        let _ = run(&k, t, "doc=2020-01-01");
        let _ = run(&k, t, "-");
    }
}

#[test]
fn weekday_mismatch_is_reported() {
    let k = kit();
    let got = run(&k, "we wtorek 4 grudnia 2019 r.", "-");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].start, "2019-12-04");
    let w = got[0].warning.as_deref().unwrap();
    assert!(w.contains("wtorek") && w.contains("środa"), "{w}");
    let ok = run(&k, "w środę 4 grudnia 2019 r.", "-");
    assert_eq!(ok[0].warning, None);
    assert_eq!(ok[0].text, "w środę 4 grudnia 2019 r.");
}

/// Throughput of the date extractor alone on the development articles
/// repeated; run with `cargo test --release --test dates -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let k = kit();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/raw");
    let mut text = String::new();
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names {
        text.push_str(&std::fs::read_to_string(p).unwrap());
        text.push('\n');
    }
    let big = text.repeat(200);
    let doc = Doc::new(&big, &k.seg);
    let t = std::time::Instant::now();
    let mut r = Record::new("t", "t", Status::Ok);
    k.dates.extract(&doc, &mut r);
    let s = t.elapsed().as_secs_f64();
    let t2 = std::time::Instant::now();
    let scanned = k.dates.grammar().scan(&big, false).len();
    let s2 = t2.elapsed().as_secs_f64();
    println!(
        "dates: {:.1} MB/s extract ({} items), {:.1} MB/s scan ({scanned} mentions)",
        big.len() as f64 / s / 1e6,
        r.dates.len(),
        big.len() as f64 / s2 / 1e6
    );
    for (n, bps) in k.dates.grammar().family_speeds(&big) {
        println!("  {n}: {:.1} MB/s", bps / 1e6);
    }
    assert!(scanned >= 200 * 9);
}

#[test]
fn event_dates_carry_the_role() {
    let k = kit();
    let got = run(&k, "W dniach 10-11 maja 2023 r. odbyła się konferencja. Umowa z dnia 1.02.2022 obowiązuje.", "event=2023");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].role.as_deref(), Some("event"));
    assert_eq!(got[0].text, "W dniach 10-11 maja 2023 r.");
    assert_eq!(got[1].role, None);
}

#[test]
fn document_date_forms() {
    let k = kit();
    let find = |t: &str| {
        let doc = Doc::new(t, &k.seg);
        k.docdate.extract(&doc).map(|(d, s)| (d.format("%Y-%m-%d").to_string(), t[s.range()].to_string()))
    };
    assert_eq!(find("08\ngrudnia\n2019\n\nBruksela 4.12.2019 | Spotkanie"), Some(("2019-12-08".into(), "08\ngrudnia\n2019".into())));
    assert_eq!(find("Aktualności\nOpublikowano: 12.03.2023\nTytuł"), Some(("2023-03-12".into(), "12.03.2023".into())));
    assert_eq!(find("Tytuł\nData publikacji: 5 maja 2021 r.\n"), Some(("2021-05-05".into(), "5 maja 2021 r.".into())));
    assert_eq!(find("Wtorek, 14 marca 2023, 10:45\nTytuł artykułu"), Some(("2023-03-14".into(), "Wtorek, 14 marca 2023, 10:45".into())));
    // a range, a date inside a headline, a date far down the page: no document date
    assert_eq!(find("Europejska Konferencja Klastrów, Bruksela 21-22.10.2014\n\nTekst."), None);
    assert_eq!(find("Tytuł\n\n20/21 października 2014\n"), None);
    assert_eq!(find("Bruksela 4.12.2019 | Spotkanie 50 Gold-Label Clusters"), None);
    // a date line ending with a comma goes on (the event's date and place)
    assert_eq!(find("III KONGRES KLASTRÓW POLSKICH\n\n22 września 2015,\nSejm RP w Warszawie\n\nTekst."), None);
    // day first with hyphens
    assert_eq!(find("Aktualności\n\nTytuł artykułu\n\n15-02-2018\n\nTekst."), Some(("2018-02-15".into(), "15-02-2018".into())));
    // a list bullet and a bare month abbreviation with a clock time
    assert_eq!(find("• Autor:\n  • 27 gru 2013 18:01\n\nTytuł"), Some(("2013-12-27".into(), "• 27 gru 2013 18:01".into())));
    // a section word before a numeric stamp; not before a written-out date
    assert_eq!(find("Informacje\n\nInformacje 2020-12-09\n\nTytuł"), Some(("2020-12-09".into(), "Informacje 2020-12-09".into())));
    assert_eq!(find("Konferencja 12 marca 2020\n\nTekst."), None);
    // a site menu before the dateline
    let menu = "MENU\n1. Home\n2. >\n3. BIZNES\n4. >\n5. Biznes\n6. >\n7. Kraj\n\nTytuł artykułu\n\n02 listopada, 2013\n\nTekst.";
    assert_eq!(find(menu), Some(("2013-11-02".into(), "02 listopada, 2013".into())));
    // a date with a clock time under the lead paragraph; without the clock it is no stamp
    let lead = "W Kielcach ruszyły największe w tej części Europy targi przemysłu drzewnego, meblarskiego i wyposażenia wnętrz. Pierwszy dzień wydarzenia uroczyście otworzył wojewoda.";
    assert_eq!(find(&format!("Tytuł\n{lead}\n14.05.2019 10:15\nTekst.")), Some(("2019-05-14".into(), "14.05.2019 10:15".into())));
    assert_eq!(find(&format!("Tytuł\n{lead}\n14.05.2019\nTekst.")), None);
    // `Data:` in a byline is the publication date; alone it may be an event's date
    assert_eq!(find("Tytuł\n\nAutor: redakcja\nData: 14-05-2019, 10:20\n\nTekst."), Some(("2019-05-14".into(), "14-05-2019".into())));
    assert_eq!(find("Autor: Jan Nowak | Data: 3.02.2020\n\nTekst."), Some(("2020-02-03".into(), "3.02.2020".into())));
    assert_eq!(
        find("Zaproszenie na spotkanie klastrów, które odbędzie się w Krakowie.\n\nData: 14 maja 2019\nMiejsce: Kraków\n\nTekst."),
        None
    );
    // a month-only dateline is a date, not the document date
    assert_eq!(find(" date 2023-04 Na stoiskach pokazano drony."), None);
}

#[test]
fn an_event_without_a_name_keeps_the_year_of_its_dates() {
    let k = kit();
    let year = |text: &str| {
        let doc = Doc::new(text, &k.seg);
        let mut r = Record::new("t", "t", Status::Ok);
        k.dates.extract(&doc, &mut r);
        r.event.map(|e| (e.name, e.year))
    };
    assert_eq!(year("1 października 2007 roku został podpisany list intencyjny."), Some((None, Some(2007))));
    assert_eq!(year("Bez daty w tekście."), None);
    // a site's clock in the header gives no year; the event's date below does
    let header = "MENU\nPiątek, 23 lutego, 2024   I   02:05:11 PM EST\n\nTytuł\n\n19 października 2013 roku w Krynicy odbyło się spotkanie klastrowe poświęcone turystyce w regionie i współpracy firm.";
    assert_eq!(year(header), Some((None, Some(2013))));
}

/// The windowed scan (the digit families run only around digits) finds
/// exactly what the scan over the whole text finds: on every text of every
/// corpus set, on each of their lines (the document-date extractor scans
/// lines), on the rows of the date tables, and on made-up strings with
/// dates at the edges, long white space, odd spaces and line breaks.
#[test]
fn windowed_scan_equals_whole_text_scan() {
    let k = kit();
    let g = k.dates.grammar();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts: Vec<String> = Vec::new();
    for set in ["corpus/raw", "corpus/heldout/raw", "corpus/blind/raw", "corpus/final/raw", "corpus/fresh/raw"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{set}")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let t = std::fs::read_to_string(f).unwrap();
            texts.extend(t.lines().map(str::to_string));
            texts.push(t);
        }
    }
    for file in ["tests/data/dates.tsv", "rules/dates_examples.tsv"] {
        let data = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
        texts.extend(data.lines().flat_map(|l| l.split('\t')).map(str::to_string));
    }
    let made_up = [
        "4.12.2019",
        "4 grudnia 2019 r.",
        "w dniach 26 \u{a0}\t –   27 września \u{2003} 2022 r., a potem 3-5.10",
        "od 3 do 5 marca 2021\r\ndo 2022 roku",
        "12345678 2019-12-04 2019.12.04 04/12/2019 4/12/2019r.",
        "roku szkolnym 2019/2020 i w latach 2014 - 2020 oraz 2008 roku",
        "30 września\n– 2 października 2023",
        "x2019 r2019r. 1.4.12.2019 20190 20 19 2 0 1 9",
        "ſtycznia 5 \u{212a}wietnia 2020 Grudnia 2019 4 Grudnia",
        "29.11-1.12.2023 21-22.10.2014 12-18.08 br.",
        "5, 12 i 19 maja 2020 r.; 5 i 12 maja; 10 - 11 listopada",
        "9",
        "",
        "   ",
        "w piątek (22.02) i w sobotę, 23.02",
    ];
    texts.extend(made_up.iter().map(|s| s.to_string()));
    let mut found = 0;
    for t in &texts {
        for relative in [false, true] {
            let windowed = g.scan(t, relative);
            assert_eq!(windowed, g.scan_whole(t, relative), "on {t:?}");
            found += windowed.len();
        }
    }
    assert!(found > 1000, "the texts should hold dates, found {found}");
}
