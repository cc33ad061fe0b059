//! The command line: inputs of every kind, bad ones included, exit codes,
//! the summary line, rules overrides and `eval`.

mod common;

use common::root;
use ekstrakt::{Record, Status};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn ekstrakt() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ekstrakt"));
    c.current_dir(root());
    c
}

fn records(stdout: &[u8]) -> Vec<Record> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).expect("strict record")).collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ekstrakt-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn a_bad_file_gets_its_record_and_the_batch_goes_on() {
    let dir = temp_dir("bad");
    std::fs::write(
        dir.join("a_good.txt"),
        "Konferencja klastrów odbyła się w Krakowie, a wzięło w niej udział wielu uczestników z całej Polski.",
    )
    .unwrap();
    std::fs::write(dir.join("b_latin2.txt"), b"Konferencja w Bia\xb3ymstoku i \xb1\xea").unwrap();
    std::fs::write(dir.join("c_empty.txt"), "").unwrap();
    std::fs::write(dir.join("d_binary.txt"), [0u8, 1, 2, 3, 0xff, 0x00, 0x10]).unwrap();
    std::fs::write(
        dir.join("e_english.txt"),
        "The European Cluster Conference took place in Brussels and gathered more than 700 delegates.",
    )
    .unwrap();
    std::fs::write(dir.join("f_symbols.txt"), b"Cena: 100 \xA4, 20 \xB0C, \xA7 3, \xD7 2").unwrap();
    let out = ekstrakt().arg("extract").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "an unreadable document makes the exit code 1");
    let rs = records(&out.stdout);
    let got: Vec<(&str, Status)> = rs.iter().map(|r| (r.id.as_str(), r.status)).collect();
    assert_eq!(
        got,
        [
            ("a_good", Status::Ok),
            ("b_latin2", Status::Ok),
            ("c_empty", Status::Skipped),
            ("d_binary", Status::Error),
            ("e_english", Status::Skipped),
            ("f_symbols", Status::Error),
        ]
    );
    // ISO-8859-2 is decoded (ą is 0xB1 there, ± in windows-1250), and said so
    assert_eq!(rs[1].encoding.as_deref(), Some("iso-8859-2"));
    assert_eq!(rs[1].venues.first().map(|v| v.name.as_str()), Some("Białystok"));
    assert_eq!(rs[3].error.as_deref(), Some("binary data, not text: more than 1 % control characters"));
    assert_eq!(rs[5].error.as_deref(), Some("not valid UTF-8 (invalid byte sequence at byte 10) nor windows-1250 or ISO-8859-2 text"));
    assert_eq!(rs[2].error.as_deref(), Some("empty document"));
    assert_eq!(rs[4].language.as_ref().map(|l| l.code.as_str()), Some("en"));
    assert!(rs[4].error.as_deref().unwrap_or("").starts_with("not Polish: detected en"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("6 documents (2 ok, 2 skipped, 2 error)"), "{stderr}");
    assert!(stderr.contains("MB/s") && stderr.contains("documents/s"), "{stderr}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn json_lines_stream_from_stdin_and_a_bad_line_costs_one_record() {
    let mut child = ekstrakt().args(["extract", "-q", "--jsonl", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let lines = [
        r#"{"id": "a", "text": "Spotkanie klastrów odbyło się w Pradze, z udziałem wielu gości z regionu.", "url": "x"}"#,
        "",
        r#"{"id": 17, "text": "Konferencja odbyła się 4 grudnia 2019 r. w Brukseli."}"#,
        "{not json",
        r#"{"id": "n", "body": "no text field"}"#,
    ];
    child.stdin.take().unwrap().write_all(lines.join("\n").as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "malformed lines are errors");
    let rs = records(&out.stdout);
    let got: Vec<(&str, &str, Status)> = rs.iter().map(|r| (r.id.as_str(), r.source.as_str(), r.status)).collect();
    assert_eq!(got, [("a", "-:1", Status::Ok), ("17", "-:3", Status::Ok), ("-:4", "-:4", Status::Error), ("n", "-:5", Status::Error)]);
    assert_eq!(rs[0].venues[0].name, "Praga");
    assert_eq!(rs[1].dates[0].start, "2019-12-04");
    assert_eq!(rs[3].error.as_deref(), Some("not a JSON-lines record: no string field \"text\""));
}

#[test]
fn stdin_is_one_document() {
    let mut child = ekstrakt().args(["extract", "-q", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all("Spotkanie klastrów odbyło się w Pradze, z udziałem wielu gości z regionu.".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let rs = records(&out.stdout);
    assert_eq!(rs.len(), 1);
    assert_eq!((rs[0].id.as_str(), rs[0].source.as_str(), rs[0].status), ("stdin", "-", Status::Ok));
}

#[test]
fn out_file_and_pretty_output() {
    let dir = temp_dir("out");
    let path = dir.join("out.jsonl");
    let out =
        ekstrakt().args(["extract", "-q", "--threads", "1", "corpus/raw/001_70677cbdfa7f9dbc.txt", "--out"]).arg(&path).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert_eq!(records(std::fs::read(&path).unwrap().as_slice()).len(), 1);
    let pretty = ekstrakt().args(["extract", "-q", "--pretty", "corpus/raw/001_70677cbdfa7f9dbc.txt"]).output().unwrap();
    let r: Record = serde_json::from_slice(&pretty.stdout).expect("one pretty record");
    assert_eq!(r.id, "001_70677cbdfa7f9dbc");
    assert!(String::from_utf8_lossy(&pretty.stdout).lines().count() > 10);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_malformed_rules_folder_is_reported_with_file_and_line() {
    let dir = temp_dir("rules");
    std::fs::write(dir.join("abbreviations.tsv"), "# mine\ndr\tinner\nprof\tsometimes\n").unwrap();
    let out = ekstrakt().args(["extract", "corpus/raw", "--rules"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("abbreviations.tsv:3: kind must be inner or final, not \"sometimes\""), "{stderr}");
    assert!(out.stdout.is_empty());
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn eval_runs_the_extraction_itself_and_prints_json() {
    let out = ekstrakt().args(["eval", "--gold", "corpus/gold", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
    assert!(v["overall_f1"].is_number());
    assert_eq!(v["language"]["total"], 5);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = ekstrakt()
        .args(["extract", "-q", "corpus/raw", "corpus/raw", "corpus/raw"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}
