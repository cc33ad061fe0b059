//! Venue extraction, table-driven from `tests/data/venues.tsv`, plus the
//! examples in the venue rules files (`rules/venue_context.tsv`,
//! `rules/venue_online.tsv`).

use ekstrakt::doc::Doc;
use ekstrakt::extract::names::NameExtractor;
use ekstrakt::extract::venues::VenueExtractor;
use ekstrakt::record::{Record, Status};
use ekstrakt::rules::Table;
use ekstrakt::segment::Segmenter;
use ekstrakt::RuleSet;

struct Setup {
    seg: Segmenter,
    venues: VenueExtractor,
    /// For venues named only by their building (the names' nominatives).
    names: NameExtractor,
}

impl Setup {
    fn new() -> Setup {
        let rules = RuleSet::embedded();
        Setup {
            seg: Segmenter::new(&rules).unwrap(),
            venues: VenueExtractor::new(&rules).unwrap(),
            names: NameExtractor::new(&rules).unwrap(),
        }
    }

    fn run(&self, text: &str) -> Record {
        let doc = Doc::new(text, &self.seg);
        let mut record = Record::new("t", "t", Status::Ok);
        self.venues.extract(&doc, &mut record);
        let institutions = self.names.extract_with_institutions(&doc, &mut Record::new("t", "t", Status::Ok));
        self.venues.institution_venue(&doc, &mut record, &institutions);
        for v in &record.venues {
            assert_eq!(&text[v.span.range()], v.text, "span and text disagree in {text:?}");
        }
        record
    }

    fn names(&self, text: &str) -> Vec<String> {
        self.run(text).venues.into_iter().map(|v| v.name).collect()
    }
}

#[test]
fn table_cases() {
    let s = Setup::new();
    let table = Table::parse("tests/data/venues.tsv", include_str!("data/venues.tsv"));
    table.expect_fields(2, 3).expect("text, expected and an optional place on every line");
    let mut failures = Vec::new();
    let mut n = 0;
    for row in table.rows() {
        let (lineno, fields) = (row.line(), row.fields());
        let text = fields[0].replace("\\n", "\n");
        let want: Vec<&str> = if fields[1] == "-" { vec![] } else { fields[1].split('|').collect() };
        let record = s.run(&text);
        let got: Vec<&str> = record.venues.iter().map(|v| v.name.as_str()).collect();
        if got != want {
            failures.push(format!("line {lineno}: {text:?}: want {want:?}, got {got:?}"));
        }
        if let Some(place) = fields.get(2) {
            let got = record.venues.first().and_then(|v| v.place.as_deref());
            if got != Some(*place) {
                failures.push(format!("line {lineno}: {text:?}: want place {place:?}, got {got:?}"));
            }
        }
        n += 1;
    }
    assert!(n >= 80, "only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn country_codes_come_from_the_gazetteer() {
    let s = Setup::new();
    let r = s.run("Konferencja odbyła się w Brukseli, a potem w Krakowie.");
    let got: Vec<(&str, Option<&str>)> = r.venues.iter().map(|v| (v.name.as_str(), v.country.as_deref())).collect();
    assert_eq!(got, [("Bruksela", Some("BE")), ("Kraków", Some("PL"))]);
    assert_eq!(r.venues[0].text, "w Brukseli");
}

#[test]
fn spans_are_byte_offsets_after_multibyte_text() {
    let s = Setup::new();
    let text = "😀 Zażółć gęślą jaźń. Spotkanie w Łodzi.";
    let r = s.run(text);
    assert_eq!(r.venues.len(), 1);
    assert_eq!(r.venues[0].span.start, text.find("w Łodzi").unwrap());
    assert_eq!(r.venues[0].text, "w Łodzi");
}

/// Every example in `venue_context.tsv` behaves as its role says.
#[test]
fn context_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    let table = rules.table("venue_context.tsv").unwrap();
    let mut checked = 0;
    for row in table.rows() {
        let Some(example) = row.optional(2) else { continue };
        let got = s.names(example);
        match row.field(1).unwrap() {
            "event" | "month" | "trip" | "label" | "building" | "seat" | "visit" | "host" | "located" | "site" | "distance" | "during"
            | "class" | "kinds" | "within" => {
                assert_eq!(got.iter().filter(|n| *n != "online").count(), 1, "line {}: {example:?} should give a venue", row.line())
            }
            "not_venue" | "ambiguous" | "scope" | "unit" | "topic" | "area" => {
                assert!(got.is_empty(), "line {}: {example:?} gave {got:?}", row.line())
            }
            other => panic!("unknown role {other}"),
        }
        checked += 1;
    }
    assert!(checked > 50);
}

/// Every example in `venue_online.tsv` gives (or, for `not`, does not give) `online`.
#[test]
fn online_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    let table = rules.table("venue_online.tsv").unwrap();
    for row in table.rows() {
        let example = row.field(2).unwrap();
        let online = s.names(example).iter().any(|n| n == "online");
        let want = row.field(1).unwrap() != "not";
        assert_eq!(online, want, "line {}: {example:?}", row.line());
    }
}

#[test]
fn bad_rules_are_errors_with_file_and_line() {
    let mut rules = RuleSet::embedded();
    rules.insert("venue_online.tsv", "online\tsomewhere\t-\n");
    let err = VenueExtractor::new(&rules).unwrap_err().to_string();
    assert!(err.starts_with("venue_online.tsv:1:"), "{err}");
    rules.insert("venue_online.tsv", "zdaln[a-z]*\tonline\tkonferencja online\n");
    assert!(VenueExtractor::new(&rules).is_err(), "an example the pattern does not match is an error");
}
