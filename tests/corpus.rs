//! The development set end to end: spans, strict JSON, scores that must not
//! regress, and agreement with the reference scorer.

mod common;

use common::*;
use ekstrakt::{eval, Record, Source, Status};
use std::process::Command;

#[test]
fn every_span_slices_back_to_its_text() {
    let texts = dev_texts();
    let records = dev_records();
    assert_eq!(records.len(), texts.len());
    for ((_, text), r) in texts.iter().zip(&records) {
        assert_eq!(r.status, Status::Ok, "{}: {:?}", r.id, r.error);
        assert_spans(text, r);
    }
}

#[test]
fn spans_hold_after_an_emoji_and_polish_letters_in_front() {
    // Prefixing a line that adds no content shifts every span by its length.
    let prefix = "😀 zażółć\n\n";
    for (_, text) in dev_texts() {
        let shifted = format!("{prefix}{text}");
        let a = common::pipeline().extract("a", &text);
        let b = common::pipeline().extract("b", &shifted);
        assert_spans(&shifted, &b);
        let sa: Vec<(String, usize)> = a.mentions().iter().map(|(t, s, _)| (t.to_string(), s.start)).collect();
        let sb: Vec<(String, usize)> = b.mentions().iter().map(|(t, s, _)| (t.to_string(), s.start - prefix.len())).collect();
        assert_eq!(sa, sb);
    }
}

#[test]
fn cli_output_deserialises_strictly_in_input_order() {
    let out = Command::new(env!("CARGO_BIN_EXE_ekstrakt"))
        .args(["extract", "--quiet", "corpus/raw"])
        .current_dir(root())
        .output()
        .expect("binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    let records: Vec<Record> = text.lines().map(|l| serde_json::from_str(l).expect("record matches the schema")).collect();
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        ["000_bf2ce951751e0ebd", "001_70677cbdfa7f9dbc", "002_db83728a43fbd5f1", "003_ea3d1db960f3306e", "004_e957755134a8df00"]
    );
    assert_eq!(records[0].source, "corpus/raw/000_bf2ce951751e0ebd.txt");
}

/// Minimum scores from a floor file (`name<TAB>minimum`, `#` comments).
fn floors(file: &str) -> Vec<(String, f64)> {
    let text = std::fs::read_to_string(root().join("tests/data").join(file)).expect("floor file");
    let table = ekstrakt::rules::Table::parse(file, &text);
    table.expect_fields(2, 2).expect("name and minimum on every line");
    table.rows().iter().map(|r| (r.fields()[0].to_string(), r.number(1).expect("a number"))).collect()
}

/// Scores the texts of `set/raw` against `set/gold` and checks every floor.
fn check_floors(set: &str, floor_file: &str) {
    let gold = eval::read_gold(&root().join(set).join("gold")).expect("gold files");
    let sources: Vec<Source> = gold
        .iter()
        .filter_map(|g| g.get("id").and_then(|v| v.as_str()))
        .map(|id| Source::Path(root().join(set).join("raw").join(format!("{id}.txt"))))
        .collect();
    let preds: Vec<serde_json::Value> = common::pipeline().extract_batch(sources).map(|r| serde_json::to_value(r).expect("json")).collect();
    let report = eval::score(&gold, &preds);
    let mut failures = Vec::new();
    for (name, floor) in floors(floor_file) {
        let got = match name.as_str() {
            "overall" => report.overall_f1,
            "roles" => report.roles.value(),
            "qualifiers" => report.qualifiers.value(),
            "language" => report.language.value(),
            "document_date" => report.document_date.value(),
            "event_year" => report.event["year"].value(),
            "event_edition" => report.event["edition"].value(),
            "event_name" => report.event["name"].value(),
            field => report.field(field).unwrap_or_else(|| panic!("unknown field {field}")).f1,
        };
        if got + 1e-9 < floor {
            failures.push(format!("{name}: {got:.3} < floor {floor:.3}"));
        }
    }
    assert!(failures.is_empty(), "{set}: scores dropped:\n{}\n\n{}", failures.join("\n"), report.to_text());
}

#[test]
fn development_scores_do_not_regress() {
    check_floors("corpus", "dev_score_floor.tsv");
}

#[test]
fn held_out_scores_do_not_regress() {
    check_floors("corpus/heldout", "heldout_score_floor.tsv");
}

#[test]
fn blind_set_scores_do_not_regress() {
    check_floors("corpus/blind", "blind_score_floor.tsv");
}

#[test]
fn final_set_scores_do_not_regress() {
    check_floors("corpus/final", "final_score_floor.tsv");
}

#[test]
fn fresh_set_scores_do_not_regress() {
    check_floors("corpus/fresh", "fresh_score_floor.tsv");
}

#[test]
fn sixth_set_scores_do_not_regress() {
    check_floors("corpus/sixth", "sixth_score_floor.tsv");
}

#[test]
fn seventh_set_scores_do_not_regress() {
    check_floors("corpus/seventh", "seventh_score_floor.tsv");
}

#[test]
fn eighth_set_scores_do_not_regress() {
    check_floors("corpus/eighth", "eighth_score_floor.tsv");
}

#[test]
fn ninth_set_scores_do_not_regress() {
    check_floors("corpus/ninth", "ninth_score_floor.tsv");
}

#[test]
fn tenth_set_scores_do_not_regress() {
    check_floors("corpus/tenth", "tenth_score_floor.tsv");
}

#[test]
fn eleventh_set_scores_do_not_regress() {
    check_floors("corpus/eleventh", "eleventh_score_floor.tsv");
}

#[test]
fn twelfth_set_scores_do_not_regress() {
    check_floors("corpus/twelfth", "twelfth_score_floor.tsv");
}

#[test]
fn thirteenth_set_scores_do_not_regress() {
    check_floors("corpus/thirteenth", "thirteenth_score_floor.tsv");
}

#[test]
fn fourteenth_set_scores_do_not_regress() {
    check_floors("corpus/fourteenth", "fourteenth_score_floor.tsv");
}

#[test]
fn fifteenth_set_scores_do_not_regress() {
    check_floors("corpus/fifteenth", "fifteenth_score_floor.tsv");
}

#[test]
fn sixteenth_set_scores_do_not_regress() {
    check_floors("corpus/sixteenth", "sixteenth_score_floor.tsv");
}

#[test]
fn seventeenth_set_scores_do_not_regress() {
    check_floors("corpus/seventeenth", "seventeenth_score_floor.tsv");
}

#[test]
fn eighteenth_set_scores_do_not_regress() {
    check_floors("corpus/eighteenth", "eighteenth_score_floor.tsv");
}

#[test]
fn nineteenth_set_scores_do_not_regress() {
    check_floors("corpus/nineteenth", "nineteenth_score_floor.tsv");
}

#[test]
fn twentieth_set_scores_do_not_regress() {
    check_floors("corpus/twentieth", "twentieth_score_floor.tsv");
}

#[test]
fn twentyfirst_set_scores_do_not_regress() {
    check_floors("corpus/twentyfirst", "twentyfirst_score_floor.tsv");
}

#[test]
fn twentysecond_set_scores_do_not_regress() {
    check_floors("corpus/twentysecond", "twentysecond_score_floor.tsv");
}

#[test]
fn rust_scorer_agrees_with_score_py() {
    let records = dev_records();
    let path = write_jsonl(&records, "agree");
    let out = Command::new("python3")
        .arg(score_py())
        .arg(gold_dir())
        .arg(&path)
        .output()
        .expect("python3 is installed (the reference scorer needs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let python = String::from_utf8(out.stdout).expect("utf-8");
    let gold = eval::read_gold(&gold_dir()).expect("gold");
    let preds = eval::read_predictions(&path).expect("jsonl");
    let rust = eval::score(&gold, &preds).to_text();
    assert_eq!(rust.trim(), python.trim());
    std::fs::remove_file(path).ok();
}

#[test]
fn vendored_scorer_is_the_reference() {
    let shared = root().join("../shared/tools/score.py");
    if let Ok(reference) = std::fs::read_to_string(&shared) {
        let vendored = std::fs::read_to_string(score_py()).expect("vendored copy");
        assert_eq!(vendored, reference, "tests/reference/score.py differs from ../shared/tools/score.py: copy it again");
    }
}

#[test]
fn twentythird_set_scores_do_not_regress() {
    check_floors("corpus/twentythird", "twentythird_score_floor.tsv");
}

#[test]
fn twentyfourth_set_scores_do_not_regress() {
    check_floors("corpus/twentyfourth", "twentyfourth_score_floor.tsv");
}

#[test]
fn twentyfifth_set_scores_do_not_regress() {
    check_floors("corpus/twentyfifth", "twentyfifth_score_floor.tsv");
}

#[test]
fn twentysixth_set_scores_do_not_regress() {
    check_floors("corpus/twentysixth", "twentysixth_score_floor.tsv");
}

#[test]
fn twentyseventh_set_scores_do_not_regress() {
    check_floors("corpus/twentyseventh", "twentyseventh_score_floor.tsv");
}

#[test]
fn twentyeighth_set_scores_do_not_regress() {
    check_floors("corpus/twentyeighth", "twentyeighth_score_floor.tsv");
}
