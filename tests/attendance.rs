//! Attendance extraction, table-driven from `tests/data/attendance.tsv`,
//! plus the examples in the attendance rules files.

use ekstrakt::doc::Doc;
use ekstrakt::extract::attendance::AttendanceExtractor;
use ekstrakt::record::{Attendance, Category, Qualifier, Record, Status};
use ekstrakt::rules::Table;
use ekstrakt::segment::Segmenter;
use ekstrakt::RuleSet;

struct Setup {
    seg: Segmenter,
    attendance: AttendanceExtractor,
}

impl Setup {
    fn new() -> Setup {
        let rules = RuleSet::embedded();
        Setup { seg: Segmenter::new(&rules).unwrap(), attendance: AttendanceExtractor::new(&rules).unwrap() }
    }

    fn run(&self, text: &str) -> Vec<Attendance> {
        let doc = Doc::new(text, &self.seg);
        let mut record = Record::new("t", "t", Status::Ok);
        self.attendance.extract(&doc, &mut record);
        for a in &record.attendance {
            assert_eq!(&text[a.span.range()], a.text, "span and text disagree in {text:?}");
        }
        record.attendance
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::MoreThan => "more_than",
        Qualifier::LessThan => "less_than",
        Qualifier::UpTo => "up_to",
    }
}

fn category_name(c: Category) -> &'static str {
    match c {
        Category::Participants => "participants",
        Category::Speakers => "speakers",
        Category::Countries => "countries",
        Category::Organizations => "organizations",
    }
}

/// The test-file form of one count: `value qualifier category noun`.
fn describe(a: &Attendance) -> String {
    let value = match (a.value, a.range) {
        (Some(v), _) => v.to_string(),
        (None, Some([lo, hi])) => format!("{lo}..{hi}"),
        (None, None) => "?".to_string(),
    };
    format!("{value} {} {} {}", qualifier_name(a.qualifier), category_name(a.category), a.noun)
}

#[test]
fn table_cases() {
    let s = Setup::new();
    let table = Table::parse("tests/data/attendance.tsv", include_str!("data/attendance.tsv"));
    table.expect_fields(2, 2).expect("text and expected on every line");
    let mut failures = Vec::new();
    let mut n = 0;
    for row in table.rows() {
        let (lineno, fields) = (row.line(), row.fields());
        let want: Vec<&str> = if fields[1] == "-" { vec![] } else { fields[1].split(';').collect() };
        let got: Vec<String> = s.run(fields[0]).iter().map(describe).collect();
        if got != want {
            failures.push(format!("line {lineno}: {:?}: want {want:?}, got {got:?}", fields[0]));
        }
        n += 1;
    }
    assert!(n >= 80, "only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn vague_counts_have_no_value() {
    let s = Setup::new();
    let got = s.run("Przyjechało kilkudziesięciu uczestników.");
    assert_eq!(got[0].value, None);
    assert_eq!(got[0].range, Some([20, 99]));
    assert_eq!(got[0].text, "kilkudziesięciu uczestników");
}

#[test]
fn span_covers_qualifier_and_noun() {
    let s = Setup::new();
    let text = "😀 Zażółć gęślą jaźń: było ok. 200 osób.";
    let got = s.run(text);
    assert_eq!(got[0].text, "ok. 200 osób");
    assert_eq!(got[0].span.start, text.find("ok.").unwrap());
}

/// Every example in `attendance_nouns.tsv` gives a count of its noun.
#[test]
fn noun_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    for row in rules.table("attendance_nouns.tsv").unwrap().rows() {
        let Some(example) = row.optional(3) else { continue };
        let got = s.run(example);
        assert_eq!(got.len(), 1, "line {}: {example:?} gave {got:?}", row.line());
        assert_eq!(got[0].noun, row.field(0).unwrap(), "line {}", row.line());
        assert_eq!(category_name(got[0].category), row.field(1).unwrap(), "line {}", row.line());
    }
}

/// Every example in `attendance_qualifiers.tsv` gets its qualifier.
#[test]
fn qualifier_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    for row in rules.table("attendance_qualifiers.tsv").unwrap().rows() {
        let example = row.field(2).unwrap();
        let got = s.run(example);
        assert_eq!(got.len(), 1, "line {}: {example:?} gave {got:?}", row.line());
        assert_eq!(qualifier_name(got[0].qualifier), row.field(1).unwrap(), "line {}: {example:?}", row.line());
        let first = row.field(0).unwrap().split(' ').next().unwrap().trim_end_matches(['*', '.']);
        assert!(example.ends_with(&got[0].text), "line {}: {:?}", row.line(), got[0].text);
        assert!(got[0].text.to_lowercase().starts_with(first), "line {}: the qualifier belongs to the mention", row.line());
    }
}

/// Every example in `attendance_negative.tsv` gives no count, and gives one
/// when the negative word is taken out.
#[test]
fn negative_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    for row in rules.table("attendance_negative.tsv").unwrap().rows() {
        let example = row.field(1).unwrap();
        assert_eq!(s.run(example), vec![], "line {}: {example:?}", row.line());
        let stem = row.field(0).unwrap();
        let without: Vec<&str> = match stem.strip_suffix('$') {
            Some(whole) => example.split(' ').filter(|w| w.to_lowercase() != whole).collect(),
            None => example.split(' ').filter(|w| !w.to_lowercase().starts_with(stem)).collect(),
        };
        assert_eq!(s.run(&without.join(" ")).len(), 1, "line {}: {:?} without the negative word", row.line(), without);
    }
}

/// Every example in `attendance_per_unit.tsv`: an `each` or `unit` example
/// gives no count, a `time` example keeps its count.
#[test]
fn per_unit_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    let mut checked = 0;
    for row in rules.table("attendance_per_unit.tsv").unwrap().rows() {
        let Some(example) = row.optional(2) else { continue };
        let got = s.run(example);
        match row.field(1).unwrap() {
            "time" => assert_eq!(got.len(), 1, "line {}: {example:?} gave {got:?}", row.line()),
            _ => assert_eq!(got, vec![], "line {}: {example:?}", row.line()),
        }
        checked += 1;
    }
    assert!(checked >= 10, "{checked}");
}

#[test]
fn bad_rules_are_errors_with_file_and_line() {
    let mut rules = RuleSet::embedded();
    rules.insert("attendance_nouns.tsv", "# x\nosoba\tpeople\tosób\n");
    let err = AttendanceExtractor::new(&rules).unwrap_err().to_string();
    assert!(err.starts_with("attendance_nouns.tsv:2:"), "{err}");
}

/// Every example in `attendance_groups.tsv` keeps its count, and loses it
/// when the group's word is taken out (the negative word then rules).
#[test]
fn group_rule_examples() {
    let s = Setup::new();
    let rules = RuleSet::embedded();
    let mut checked = 0;
    for row in rules.table("attendance_groups.tsv").unwrap().rows() {
        let example = row.field(1).unwrap();
        assert_eq!(s.run(example).len(), 1, "line {}: {example:?}", row.line());
        let stem = row.field(0).unwrap();
        let without: Vec<&str> = example.split(' ').filter(|w| !w.to_lowercase().starts_with(stem)).collect();
        assert_eq!(s.run(&without.join(" ")), vec![], "line {}: {:?} without the group's word", row.line(), without);
        checked += 1;
    }
    assert!(checked >= 5, "{checked}");
}
