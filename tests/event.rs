//! The event extractor: the examples in `rules/event_examples.tsv` (format
//! in its header) and the development set's events.

use ekstrakt::doc::Doc;
use ekstrakt::extract::dates::DateExtractor;
use ekstrakt::extract::document_date::DocumentDateExtractor;
use ekstrakt::extract::event::EventExtractor;
use ekstrakt::record::{Event, Record, Status};
use ekstrakt::rules::RuleSet;
use ekstrakt::segment::Segmenter;

/// Runs the event extractor as the pipeline does (the document date and
/// title year first, the dates after it to fill a missing year).
fn event_of(text: &str) -> Option<Event> {
    let rules = RuleSet::embedded();
    let seg = Segmenter::new(&rules).unwrap();
    let ev = EventExtractor::new(&rules).unwrap();
    let dates = DateExtractor::new(&rules).unwrap();
    let mut doc = Doc::new(text, &seg);
    let (dated, sidebar) = DocumentDateExtractor::new(&rules).unwrap().extract_with_sidebar(&doc);
    doc.facts.sidebar = sidebar;
    doc.facts.document_date = dated.map(|(d, _)| d);
    doc.facts.document_date_span = dated.map(|(_, s)| s);
    doc.facts.title_year = ev.title_year(&doc);
    let mut r = Record::new("t", "t", Status::Ok);
    r.event = ev.extract(&doc);
    doc.facts.event_year = r.event.as_ref().and_then(|e| e.year);
    dates.extract(&doc, &mut r);
    r.event
}

fn opt<T: std::str::FromStr>(s: &str) -> Option<T> {
    (s != "-").then(|| s.parse().ok()).flatten()
}

#[test]
fn rule_examples() {
    let rules = RuleSet::embedded();
    let t = rules.table("event_examples.tsv").unwrap();
    let mut fams: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut failures = Vec::new();
    for row in t.rows() {
        let f = row.fields();
        assert_eq!(f.len(), 5, "event_examples.tsv:{}", row.line());
        let text = f[1].replace("\\n", "\n");
        let got = event_of(&text);
        let e = fams.entry(f[0]).or_default();
        let ok = if f[2] == "none" {
            e.1 += 1;
            got.is_none()
        } else {
            e.0 += 1;
            got.as_ref()
                .is_some_and(|g| g.name.as_deref() == (f[2] != "-").then_some(f[2]) && g.edition == opt(f[3]) && g.year == opt(f[4]))
        };
        if !ok {
            failures.push(format!("line {}: {text:?}\n    expected {} / {} / {}\n    got {got:?}", row.line(), f[2], f[3], f[4]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for fam in ["heads", "ordinals", "years"] {
        let (p, n) = fams.get(fam).copied().unwrap_or_default();
        assert!(p > 0, "family {fam} has no examples");
        let _ = n;
    }
    assert!(fams.values().map(|v| v.1).sum::<usize>() > 0, "negative examples are needed");
}

#[test]
fn development_set_events() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/raw");
    let expect = [
        ("000_bf2ce951751e0ebd", "European Cluster Conference", Some(7), Some(2020)),
        ("001_70677cbdfa7f9dbc", "Europejska Konferencja Klastrów", Some(8), Some(2022)),
        ("002_db83728a43fbd5f1", "Europejska Konferencja Klastrów", Some(4), Some(2014)),
        ("003_ea3d1db960f3306e", "Spotkanie 50 Gold-Label Clusters", None, Some(2019)),
        ("004_e957755134a8df00", "Europejska Konferencja Klastrów", None, Some(2024)),
    ];
    for (id, name, edition, year) in expect {
        let text = std::fs::read_to_string(format!("{dir}/{id}.txt")).unwrap();
        let e = event_of(&text).unwrap();
        assert_eq!((e.name.as_deref(), e.edition, e.year), (Some(name), edition, year), "{id}");
    }
}
