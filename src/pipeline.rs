//! The pipeline: built once, then used for any number of documents, from
//! any number of threads.
//!
//! For each document: read and decode ([`Source::read`]), the language gate
//! ([`LanguageGate`]), segmentation ([`Doc::new`]), the extractors in
//! dependency order ([`Extractors::run`]), and finally character spans for
//! every item.
//!
//! A batch ([`Pipeline::extract_batch`]) streams: the caller's thread pulls
//! sources and hands each document to a rayon worker as its own task; records
//! come back over a channel and wait in a reorder buffer until every earlier
//! one is out, so they are yielded in input order while the workers go on.
//! At most [`Pipeline::builder`]'s `chunk_docs` documents (and about 64 MiB
//! of input) are in flight or waiting at once, so memory stays bounded
//! whatever the corpus size, and a slow consumer holds the workers back.

use crate::doc::Doc;
use crate::extract::Extractors;
use crate::input::{Decoded, Encoding, Source, DEFAULT_MAX_BYTES};
use crate::language::{LanguageGate, Verdict};
use crate::record::{Record, Status};
use crate::rules::{RuleSet, RulesError};
use crate::segment::Segmenter;
use crate::span::CharIndex;
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc;
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

    /// How many documents a batch has in flight or waiting to be yielded at
    /// once (default 256).
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
            inner: Arc::new(Inner {
                segmenter: Segmenter::new(&rules)?,
                extractors: Extractors::new(&rules)?,
                gate: LanguageGate::new(),
                max_bytes: self.max_bytes.unwrap_or(DEFAULT_MAX_BYTES),
                assume_polish: self.assume_polish,
            }),
            chunk_docs: self.chunk_docs.unwrap_or(256),
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
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// What every worker shares (cheap to clone into a task).
    inner: Arc<Inner>,
    chunk_docs: usize,
    pool: Option<Arc<rayon::ThreadPool>>,
}

/// The compiled rules and options: everything a worker needs for a document.
#[derive(Debug)]
struct Inner {
    segmenter: Segmenter,
    extractors: Extractors,
    gate: LanguageGate,
    max_bytes: u64,
    assume_polish: bool,
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
        self.inner.extract_text(id, id, text)
    }

    /// Reads and extracts one source; a read failure gives an `error` record.
    pub fn extract_source(&self, source: &Source) -> Record {
        self.inner.extract_source(source).0
    }

    /// Extracts one text with an explicit id and source name.
    pub fn extract_text(&self, id: &str, source: &str, text: &str) -> Record {
        self.inner.extract_text(id, source, text)
    }

    /// Extracts many sources in parallel; records come out in input order.
    ///
    /// The iterator is pulled on the calling thread, lazily: a source is
    /// taken only when there is room in flight (see the module
    /// documentation). Called from inside the pipeline's own thread pool, it
    /// works through the documents one by one on that thread instead, so it
    /// cannot wait for itself.
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
    {
        let (done_tx, done_rx) = mpsc::channel();
        let inline = match &self.pool {
            Some(pool) => pool.current_thread_index().is_some(),
            None => rayon::current_thread_index().is_some(),
        };
        Batch {
            pipeline: self,
            sources: sources.into_iter(),
            exhausted: false,
            inline,
            done_tx,
            done_rx,
            next_index: 0,
            waiting: VecDeque::new(),
            in_flight: 0,
            bytes_in_flight: 0,
            bytes: 0,
        }
    }

    /// Runs one document on a worker; its record is sent back with its index.
    fn spawn(&self, index: usize, source: Source, tx: mpsc::Sender<Done>) {
        let inner = Arc::clone(&self.inner);
        let job = move || {
            let (record, bytes) = inner.extract_guarded(source);
            // The batch may have been dropped: nobody waits for the record then.
            let _ = tx.send(Done { index, record, bytes });
        };
        match &self.pool {
            Some(pool) => pool.spawn(job),
            None => rayon::spawn(job),
        }
    }
}

impl Inner {
    /// Reads and extracts one source; also returns the bytes read.
    fn extract_source(&self, source: &Source) -> (Record, u64) {
        match source.read_decoded(self.max_bytes) {
            Ok(decoded) => self.extract_decoded(&source.id(), &source.name(), &decoded),
            Err(e) => (Record::not_extracted(source.id(), source.name(), Status::Error, e.to_string()), 0),
        }
    }

    /// Reads and extracts a source it owns (no copy of a text in memory); a
    /// panic becomes an `error` record (a bug must cost one document, not
    /// the batch). Also returns the bytes read.
    fn extract_guarded(&self, source: Source) -> (Record, u64) {
        let (id, name) = (source.id(), source.name());
        let run = || match source.into_decoded(self.max_bytes) {
            Ok(decoded) => self.extract_decoded(&id, &name, &decoded),
            Err(e) => (Record::not_extracted(&id, &name, Status::Error, e.to_string()), 0),
        };
        match catch_unwind(AssertUnwindSafe(run)) {
            Ok(done) => done,
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown".into());
                let message = format!("internal error while extracting: {what}");
                (Record::not_extracted(id, name, Status::Error, message), 0)
            }
        }
    }

    /// Extracts a decoded text, noting its encoding when it was not UTF-8;
    /// also returns the bytes of text.
    fn extract_decoded(&self, id: &str, source: &str, decoded: &Decoded) -> (Record, u64) {
        let mut record = self.extract_text(id, source, &decoded.text);
        if decoded.encoding != Encoding::Utf8 {
            record.encoding = Some(decoded.encoding.label().to_string());
        }
        (record, decoded.text.len() as u64)
    }

    /// Extracts one text with an explicit id and source name.
    fn extract_text(&self, id: &str, source: &str, text: &str) -> Record {
        // Extractors read the text with HTML leftovers cleaned; their spans
        // are mapped back into `text` at the end.
        let clean = crate::markup::CleanText::new(text);
        let view = clean.as_str();
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
                finish_spans(text, &clean, &mut record);
                record
            }
        }
    }
}

/// Input bytes a batch holds in flight at most (one document may exceed it).
const BATCH_BYTES: u64 = 64 << 20;

/// A document's record, back from its worker.
struct Done {
    index: usize,
    record: Record,
    bytes: u64,
}

/// One document of a batch between being taken and being yielded.
struct Slot {
    /// Its size as known before reading (what it counts for in flight).
    hint: u64,
    /// Its record and the bytes read, once back from the worker.
    done: Option<(Record, u64)>,
}

/// The records of a batch, in input order. See [`Pipeline::extract_batch`].
pub struct Batch<'p, I> {
    pipeline: &'p Pipeline,
    sources: I,
    exhausted: bool,
    /// Extract on the calling thread (it is a worker of the pool itself).
    inline: bool,
    done_tx: mpsc::Sender<Done>,
    done_rx: mpsc::Receiver<Done>,
    /// Index the next source taken will get.
    next_index: usize,
    /// The documents after the last yielded one, in order.
    waiting: VecDeque<Slot>,
    /// Documents taken and not yet yielded.
    in_flight: usize,
    /// Their input bytes, as far as known before reading.
    bytes_in_flight: u64,
    bytes: u64,
}

impl<I> Batch<'_, I> {
    /// Bytes of input behind the records yielded so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }
}

impl<I: Iterator<Item = Source>> Batch<'_, I> {
    /// Takes sources and hands them to workers while there is room.
    fn fill(&mut self) {
        while !self.exhausted && self.in_flight < self.pipeline.chunk_docs && (self.in_flight == 0 || self.bytes_in_flight < BATCH_BYTES) {
            let Some(source) = self.sources.next() else {
                self.exhausted = true;
                break;
            };
            let hint = source.len_hint().unwrap_or(0);
            self.in_flight += 1;
            self.bytes_in_flight += hint;
            self.waiting.push_back(Slot { hint, done: None });
            let index = self.next_index;
            self.next_index += 1;
            self.pipeline.spawn(index, source, self.done_tx.clone());
        }
    }

    /// Files a record that came back into its slot.
    fn file(&mut self, done: Done) {
        let first = self.next_index - self.waiting.len();
        if let Some(slot) = done.index.checked_sub(first).and_then(|k| self.waiting.get_mut(k)) {
            slot.done = Some((done.record, done.bytes));
        }
    }
}

impl<I: Iterator<Item = Source>> Iterator for Batch<'_, I> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.inline {
            let source = self.sources.next()?;
            let (record, bytes) = self.pipeline.inner.extract_guarded(source);
            self.bytes += bytes;
            return Some(record);
        }
        self.fill();
        loop {
            match self.waiting.front() {
                None => return None,
                Some(Slot { done: Some(_), .. }) => break,
                Some(Slot { done: None, .. }) => {
                    // The sender lives in `self`, so the channel never closes.
                    let done = self.done_rx.recv().ok()?;
                    self.file(done);
                }
            }
        }
        let slot = self.waiting.pop_front()?;
        let (record, bytes) = slot.done?;
        self.in_flight -= 1;
        self.bytes += bytes;
        self.bytes_in_flight -= slot.hint;
        self.fill();
        Some(record)
    }
}

/// Maps every item's byte `span` from the cleaned view back into the
/// original text, fills its `char_span`, and its `text` from the original
/// where the extractors read a cleaned view.
fn finish_spans(text: &str, clean: &crate::markup::CleanText, r: &mut Record) {
    let idx = CharIndex::new(text);
    let cleaned = clean.is_changed();
    macro_rules! fill {
        ($field:expr) => {
            for it in $field.iter_mut() {
                it.span = clean.original_span(it.span);
                it.char_span = idx.char_span(it.span);
                if cleaned {
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
    fn batches_stream_in_input_order_through_a_small_window() {
        let p = Pipeline::builder().threads(2).chunk_docs(3).build().unwrap();
        // Sizes vary, so workers finish out of order.
        let texts: Vec<String> = (0..40).map(|i| "Konferencja klastrów w Pradze. ".repeat(1 + (i * 7) % 23)).collect();
        let sources = texts.iter().enumerate().map(|(i, t)| Source::Text { id: format!("d{i:02}"), text: t.clone() });
        let mut batch = p.extract_batch(sources);
        let ids: Vec<String> = batch.by_ref().map(|r| r.id).collect();
        let want: Vec<String> = (0..40).map(|i| format!("d{i:02}")).collect();
        assert_eq!(ids, want);
        assert_eq!(batch.bytes_read(), texts.iter().map(|t| t.len() as u64).sum::<u64>());
    }

    #[test]
    fn a_batch_run_from_inside_the_pool_works_inline() {
        let p = Pipeline::new().unwrap();
        let sources = (0..5).map(|i| Source::Text { id: format!("d{i}"), text: "Spotkanie w Pradze.".into() });
        let ids: Vec<String> = rayon::scope(|_| p.extract_batch(sources).map(|r| r.id).collect());
        assert_eq!(ids, ["d0", "d1", "d2", "d3", "d4"]);
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
        assert_eq!(err.to_string(), "abbreviations.tsv:2: expected 2 to 3 TAB-separated fields, found 1");
    }
}
