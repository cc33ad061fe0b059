//! # ekstrakt
//!
//! Turns raw Polish news articles about cluster events (conferences, cluster
//! meetings, matchmaking, fairs) into structured records: dates normalised
//! to ISO, the article's own date, the event (name, edition, year), venues,
//! attendance counts, clusters, organisations and people with their roles,
//! every name in the nominative, every item with byte and character spans.
//!
//! ## Architecture
//!
//! ```text
//!  Source ──read/decode──▶ text ──clean HTML──▶ LanguageGate ──not Polish──▶ Record{status: skipped}
//!  (input)                 (input)   (markup)      (language)│
//!                                                    ▼
//!                                   Segmenter: tokens + sentences (segment, doc::Doc)
//!                                                    │
//!                 Extractors::run, in dependency order (extract::*)
//!                   document_date ─▶ event ─▶ dates ─▶ venues ─▶ attendance ─▶ names
//!                   (facts flow forward in Doc::facts: document date, title year, event year)
//!                                                    │
//!                                   char spans (span::CharIndex) ─▶ Record (record)
//! ```
//!
//! - [`Source`] ([`input`]): a file, bytes, text or a line of a JSON-lines
//!   stream ([`input::JsonLines`]); decoded from UTF-8, UTF-16 with a BOM,
//!   windows-1250 or ISO-8859-2 ([`input::decode_detected`]) in the worker
//!   that extracts it. Unreadable input becomes an `error` record, never a panic.
//! - [`RuleSet`] ([`rules`]): the data in `rules/`, embedded in the binary,
//!   overridable file by file from a folder. Everything is compiled once when
//!   the [`Pipeline`] is built; nothing is compiled per document.
//! - [`Pipeline`] ([`pipeline`]): immutable and `Send + Sync`; one instance
//!   serves every rayon worker. [`Pipeline::extract_batch`] processes
//!   documents in parallel, one task each, through a bounded reorder window
//!   (documents and bytes in flight), and yields records in input order.
//! - [`Record`] ([`record`]): the output type, `serde`-serialisable in the
//!   shape of `corpus/GUIDE.md`.
//! - [`eval`]: the scorer, agreeing with the reference `score.py`.
//!
//! ## Example
//!
//! ```
//! use ekstrakt::Pipeline;
//!
//! let pipeline = Pipeline::new()?;
//! let text = "W dniach 26 – 27 września 2022 r. w Pradze odbyła się 8. edycja Europejskiej Konferencji Klastrów.";
//! let record = pipeline.extract("ecc-2022", text);
//! assert_eq!(record.dates[0].start, "2022-09-26");
//! assert_eq!(record.dates[0].end, "2022-09-27");
//! assert_eq!(&text[record.dates[0].span.range()], record.dates[0].text);
//! println!("{}", serde_json::to_string(&record)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod bench_corpus;
pub mod doc;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod input;
pub mod language;
pub mod markup;
pub mod morph;
pub mod numerals;
pub mod pipeline;
pub mod record;
pub mod rules;
pub mod segment;
pub mod span;

pub use input::Source;
pub use pipeline::{Batch, BuildError, Pipeline, PipelineBuilder};
pub use record::{
    Attendance, Category, DateItem, Event, Language, NamedItem, Person, Precision, Qualifier, Record, Status, Venue, YearSource,
};
pub use rules::{RuleSet, RulesError};
pub use span::Span;
