//! Helpers shared by the integration tests.
#![allow(dead_code)]

use ekstrakt::{Pipeline, Record, Source};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One pipeline for the whole test binary.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("embedded rules build"))
}

/// The development texts, sorted by name: (path, text).
pub fn dev_texts() -> Vec<(PathBuf, String)> {
    let dir = root().join("corpus/raw");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/raw exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let t = std::fs::read_to_string(&p).expect("utf-8 text");
            (p, t)
        })
        .collect()
}

/// Records for every development text, in order.
pub fn dev_records() -> Vec<Record> {
    let sources: Vec<Source> = dev_texts().into_iter().map(|(p, _)| Source::Path(p)).collect();
    pipeline().extract_batch(sources).collect()
}

/// Checks every item's span and char span against the text.
pub fn assert_spans(text: &str, r: &Record) {
    let chars: Vec<char> = text.chars().collect();
    for (t, span, cspan) in r.mentions() {
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{}: span {:?} not on char boundaries", r.id, span);
        assert_eq!(&text[span.range()], t, "{}: byte span {:?}", r.id, span);
        let by_chars: String = chars[cspan.range()].iter().collect();
        assert_eq!(by_chars, t, "{}: char span {:?}", r.id, cspan);
    }
}

/// The path of the reference scorer (vendored copy).
pub fn score_py() -> PathBuf {
    root().join("tests/reference/score.py")
}

/// Writes records as JSON lines to a temporary file and returns its path.
pub fn write_jsonl(records: &[Record], name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("ekstrakt-{}-{}.jsonl", name, std::process::id()));
    let mut s = String::new();
    for r in records {
        s.push_str(&serde_json::to_string(r).expect("serialisable"));
        s.push('\n');
    }
    std::fs::write(&path, s).expect("temp dir writable");
    path
}

/// Gold folder of the development set.
pub fn gold_dir() -> PathBuf {
    root().join("corpus/gold")
}

/// Does `p` exist?
pub fn exists(p: &Path) -> bool {
    p.exists()
}
