//! The pipeline: built once, then used for any number of documents, from
//! any number of threads.
//!
//! For each document: read and decode ([`Source::read`]), the language gate
//! ([`LanguageGate`]), segmentation ([`Doc::new`]), the extractors in
//! dependency order ([`Extractors::run`]), and finally character spans for
//! every item. A batch runs documents in parallel with rayon, in chunks, and
//! yields records in input order; at most one chunk is in memory at a time.

use crate::doc::Doc;
use crate::extract::Extractors;
use crate::input::{Source, DEFAULT_MAX_BYTES};
use crate::language::{LanguageGate, Verdict};
use crate::record::{Record, Status};
use crate::rules::{RuleSet, RulesError};
use crate::segment::Segmenter;
use crate::span::CharIndex;
use rayon::prelude::*;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// A rules file is missing or malformed.
    #[error(transparent)]
    Rules(#[from] RulesError),
    /// The thread pool could not be created.
    #[error("cannot start {threads} worker threads: {message}")]
    Threads {
        /// Threads asked for.
        threads: usize,
        /// The error.
        message: String,
    },
}

/// Options for building a [`Pipeline`].
///
/// ```
/// let p = ekstrakt::Pipeline::builder().threads(2).max_bytes(1 << 20).build().unwrap();
/// assert_eq!(p.extract("x", "").status, ekstrakt::Status::Skipped);
/// ```
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    rules_dir: Option<PathBuf>,
    rules: Option<RuleSet>,
    threads: Option<usize>,
    max_bytes: Option<u64>,
    chunk_docs: Option<usize>,
    assume_polish: bool,
}

impl PipelineBuilder {
    /// Loads rules from a folder: its files replace the embedded ones of the same name.
    pub fn rules_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.rules_dir = Some(dir.into());
        self
    }

    /// Uses this rule set instead of the embedded one.
    pub fn rules(mut self, rules: RuleSet) -> Self {
        self.rules = Some(rules);
        self
    }

    /// Runs batches on a pool of `n` threads (default: rayon's global pool,
    /// one thread per core).
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = Some(n);
        self
    }

    /// Documents larger than this get an `error` record (default 64 MiB).
    pub fn max_bytes(mut self, n: u64) -> Self {
        self.max_bytes = Some(n);
        self
    }

    /// How many documents a batch holds in memory at once (default 256).
    pub fn chunk_docs(mut self, n: usize) -> Self {
        self.chunk_docs = Some(n.max(1));
        self
    }

    /// Skips language detection and treats every non-empty text as Polish
    /// (`language.confidence` is then null). For corpora known to be Polish.
    pub fn assume_polish(mut self, yes: bool) -> Self {
        self.assume_polish = yes;
        self
    }

    /// Compiles every rule and builds the pipeline.
    pub fn build(self) -> Result<Pipeline, BuildError> {
        let rules = match (self.rules, &self.rules_dir) {
            (Some(r), _) => r,
            (None, Some(dir)) => RuleSet::from_dir(dir)?,
            (None, None) => RuleSet::embedded(),
        };
        let pool = match self.threads {
            None => None,
            Some(n) => Some(Arc::new(
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| BuildError::Threads { threads: n, message: e.to_string() })?,
            )),
        };
        Ok(Pipeline {
            segmenter: Segmenter::new(&rules)?,
            extractors: Extractors::new(&rules)?,
            gate: LanguageGate::new(),
            max_bytes: self.max_bytes.unwrap_or(DEFAULT_MAX_BYTES),
            chunk_docs: self.chunk_docs.unwrap_or(256),
            assume_polish: self.assume_polish,
            pool,
        })
    }
}

/// A built pipeline: immutable, `Send + Sync`, shared by every worker.
///
/// ```
/// let p = ekstrakt::Pipeline::new().unwrap();
/// let r = p.extract("a", "Konferencja odbyła się 4 grudnia 2019 r. w Brukseli.");
/// assert_eq!(r.venues[0].name, "Bruksela");
/// ```
#[derive(Debug)]
pub struct Pipeline {
    segmenter: Segmenter,
    extractors: Extractors,
    gate: LanguageGate,
    max_bytes: u64,
    chunk_docs: usize,
    assume_polish: bool,
    pool: Option<Arc<rayon::ThreadPool>>,
}

impl Pipeline {
    /// A pipeline with the embedded rules and default options.
    pub fn new() -> Result<Pipeline, BuildError> {
        Pipeline::builder().build()
    }

    /// Options for a pipeline.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// Extracts one document given as text; `id` is also its `source`.
    pub fn extract(&self, id: &str, text: &str) -> Record {
        self.extract_text(id, id, text)
    }

    /// Reads and extracts one source; a read failure gives an `error` record.
    pub fn extract_source(&self, source: &Source) -> Record {
        match source.read(self.max_bytes) {
            Ok(text) => self.extract_text(&source.id(), &source.name(), &text),
            Err(e) => Record::not_extracted(source.id(), source.name(), Status::Error, e.to_string()),
        }
    }

    /// Extracts one text with an explicit id and source name.
    pub fn extract_text(&self, id: &str, source: &str, text: &str) -> Record {
        // Extractors read the text with HTML leftovers blanked out; offsets
        // are unchanged, so spans point into `text` all the same.
        let view = crate::markup::blank_markup(text);
        let view: &str = &view;
        let verdict = if self.assume_polish && !text.trim().is_empty() {
            Verdict::Polish(crate::record::Language { code: "pl".into(), confidence: None })
        } else {
            self.gate.judge(view)
        };
        match verdict {
            Verdict::Skip { reason, language } => {
                let mut r = Record::not_extracted(id, source, Status::Skipped, reason);
                r.language = language;
                r
            }
            Verdict::Polish(language) => {
                let mut record = Record::new(id, source, Status::Ok);
                record.language = Some(language);
                let mut doc = Doc::new(view, &self.segmenter);
                self.extractors.run(&mut doc, &mut record);
                finish_spans(text, view, &mut record);
                record
            }
        }
    }

    /// Extracts many sources in parallel; records come out in input order.
    ///
    /// ```
    /// use ekstrakt::{Pipeline, Source};
    /// let p = Pipeline::new().unwrap();
    /// let docs = (0..3).map(|i| Source::Text { id: format!("d{i}"), text: "Spotkanie w Pradze.".into() });
    /// let ids: Vec<String> = p.extract_batch(docs).map(|r| r.id).collect();
    /// assert_eq!(ids, ["d0", "d1", "d2"]);
    /// ```
    pub fn extract_batch<I>(&self, sources: I) -> Batch<'_, I::IntoIter>
    where
        I: IntoIterator<Item = Source>,
        I::IntoIter: Send,
    {
        Batch { pipeline: self, sources: sources.into_iter(), ready: VecDeque::new(), bytes: 0 }
    }

    fn run_chunk(&self, chunk: Vec<Source>) -> Vec<(Record, u64)> {
        let work = || {
            chunk
                .par_iter()
                .map(|s| (self.extract_source(s), s.len_hint().unwrap_or(0)))
                .collect::<Vec<_>>()
        };
        match &self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }
}

/// Input bytes a batch holds in memory at most (one document may exceed it).
const CHUNK_BYTES: u64 = 64 << 20;

/// The records of a batch, in input order. See [`Pipeline::extract_batch`].
pub struct Batch<'p, I> {
    pipeline: &'p Pipeline,
    sources: I,
    ready: VecDeque<(Record, u64)>,
    bytes: u64,
}

impl<I> Batch<'_, I> {
    /// Bytes of input behind the records yielded so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }
}

impl<I: Iterator<Item = Source>> Iterator for Batch<'_, I> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.ready.is_empty() {
            // A chunk ends at `chunk_docs` documents or CHUNK_BYTES of input,
            // whichever comes first, so memory stays bounded with huge files.
            let mut chunk: Vec<Source> = Vec::new();
            let mut bytes = 0u64;
            while chunk.len() < self.pipeline.chunk_docs && bytes < CHUNK_BYTES {
                let Some(s) = self.sources.next() else { break };
                bytes += s.len_hint().unwrap_or(0);
                chunk.push(s);
            }
            if chunk.is_empty() {
                return None;
            }
            self.ready.extend(self.pipeline.run_chunk(chunk));
        }
        let (record, bytes) = self.ready.pop_front()?;
        self.bytes += bytes;
        Some(record)
    }
}

/// Fills every item's `char_span` from its byte `span`, and its `text`
/// from the original text where the extractors read a blanked view.
fn finish_spans(text: &str, view: &str, r: &mut Record) {
    let idx = CharIndex::new(text);
    let blanked = !std::ptr::eq(text, view);
    macro_rules! fill {
        ($field:expr) => {
            for it in $field.iter_mut() {
                it.char_span = idx.char_span(it.span);
                if blanked {
                    it.text = text[it.span.range()].to_string();
                }
            }
        };
    }
    fill!(r.dates);
    fill!(r.venues);
    fill!(r.attendance);
    fill!(r.clusters);
    fill!(r.organizations);
    fill!(r.people);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
    }

    #[test]
    fn bad_inputs_give_records_not_panics() {
        let p = Pipeline::builder().max_bytes(100).build().unwrap();
        let sources = vec![
            Source::Bytes { id: "bad".into(), source: "bad".into(), bytes: vec![b'a', 0xC3, 0x28] },
            Source::Text { id: "big".into(), text: "a".repeat(101) },
            Source::Text { id: "empty".into(), text: String::new() },
            Source::Path("/nonexistent/x.txt".into()),
        ];
        let got: Vec<(String, Status)> = p.extract_batch(sources).map(|r| (r.id, r.status)).collect();
        assert_eq!(
            got,
            [
                ("bad".to_string(), Status::Error),
                ("big".to_string(), Status::Error),
                ("empty".to_string(), Status::Skipped),
                ("x".to_string(), Status::Error)
            ]
        );
    }

    #[test]
    fn html_leftovers_are_blanked_but_spans_point_into_the_original() {
        let p = Pipeline::new().unwrap();
        let html = "<html><body><p>Konferencja klastrów odbyła się w Krakowie, a udział w niej wzięło wielu gości z całej Polski oraz z zagranicy.</p><script>var daty = '4 grudnia 2019';</script></body></html>";
        let r = p.extract("h", html);
        assert_eq!(r.status, Status::Ok);
        for (t, s, _) in r.mentions() {
            assert_eq!(&html[s.range()], t);
            assert!(!t.contains('<'));
        }
        assert!(r.dates.is_empty(), "nothing is read inside <script>");
    }

    #[test]
    fn a_malformed_rules_file_is_an_error_naming_it() {
        let mut rules = RuleSet::embedded();
        rules.insert("abbreviations.tsv", "dr\tinner\nprof\n");
        let err = Pipeline::builder().rules(rules).build().unwrap_err();
        assert_eq!(err.to_string(), "abbreviations.tsv:2: expected 2 TAB-separated fields, found 1");
    }
}
