//! The output record: one per input document, in the shape of `corpus/GUIDE.md`.
//!
//! Every extracted item has the text it was found in (`text`), its byte range
//! (`span`) and its character range (`char_span`) in the original document.
//! Fields may be added over time; none of the GUIDE's fields is renamed or
//! dropped. Optional extras are left out of the JSON when empty.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What happened to a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read and extracted.
    Ok,
    /// Readable, but not Polish or with nothing to read; `error` says why.
    Skipped,
    /// Could not be read (I/O error, undecodable bytes); `error` says why.
    Error,
}

/// The detected language of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// ISO 639-1 code, e.g. `pl`.
    pub code: String,
    /// Confidence in `[0, 1]`; null when the language was assumed, not detected.
    pub confidence: Option<f64>,
}

/// One output record.
///
/// ```
/// let p = ekstrakt::Pipeline::new().unwrap();
/// let r = p.extract("doc", "W dniach 10-11 maja 2023 r. w Krakowie odbyła się konferencja.");
/// assert_eq!(r.status, ekstrakt::Status::Ok);
/// assert_eq!(r.dates[0].start, "2023-05-10");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The document's id: its file name without the extension.
    pub id: String,
    /// Where the document came from (a path, `-` for stdin, or as given).
    pub source: String,
    /// The encoding the document was read in, when it was not UTF-8
    /// (`windows-1250`, `iso-8859-2`, `utf-16le`, `utf-16be`); absent for
    /// UTF-8. Spans always index the text as decoded to UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Whether it was extracted, skipped or failed.
    pub status: Status,
    /// Why it was skipped or failed; null when `status` is `ok`.
    pub error: Option<String>,
    /// The detected language; null when it could not be read.
    pub language: Option<Language>,
    /// The article's own publication date (ISO `YYYY-MM-DD`), if printed.
    pub document_date: Option<String>,
    /// The event the article is about.
    pub event: Option<Event>,
    /// Calendar dates and date ranges.
    pub dates: Vec<DateItem>,
    /// Places where an event took place (`online` for virtual events).
    pub venues: Vec<Venue>,
    /// Counts of who or what took part.
    pub attendance: Vec<Attendance>,
    /// Named clusters, in the nominative.
    pub clusters: Vec<NamedItem>,
    /// Other named organisations, in the nominative.
    pub organizations: Vec<NamedItem>,
    /// Named people, in the nominative, with their roles.
    pub people: Vec<Person>,
}

impl Record {
    /// An empty record with the given status; extractors fill in the rest.
    pub fn new(id: impl Into<String>, source: impl Into<String>, status: Status) -> Record {
        Record {
            id: id.into(),
            source: source.into(),
            encoding: None,
            status,
            error: None,
            language: None,
            document_date: None,
            event: None,
            dates: Vec::new(),
            venues: Vec::new(),
            attendance: Vec::new(),
            clusters: Vec::new(),
            organizations: Vec::new(),
            people: Vec::new(),
        }
    }

    /// A record for a document that was not extracted, with the reason.
    pub fn not_extracted(id: impl Into<String>, source: impl Into<String>, status: Status, reason: impl Into<String>) -> Record {
        let mut r = Record::new(id, source, status);
        r.error = Some(reason.into());
        r
    }

    /// The number of extracted items over all list fields.
    pub fn item_count(&self) -> usize {
        self.dates.len() + self.venues.len() + self.attendance.len() + self.clusters.len() + self.organizations.len() + self.people.len()
    }

    /// Every item's text with its byte and char span, for checks.
    pub fn mentions(&self) -> Vec<(&str, Span, Span)> {
        let mut out: Vec<(&str, Span, Span)> = Vec::new();
        macro_rules! push {
            ($field:expr) => {
                for it in &$field {
                    out.push((it.text.as_str(), it.span, it.char_span));
                }
            };
        }
        push!(self.dates);
        push!(self.venues);
        push!(self.attendance);
        push!(self.clusters);
        push!(self.organizations);
        push!(self.people);
        out
    }
}

/// The event an article is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Its name in the nominative (English names as written).
    pub name: Option<String>,
    /// Other names the text uses for it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Its edition number (`7 edycja` -> 7).
    pub edition: Option<u32>,
    /// The year it took place.
    pub year: Option<i32>,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// `YYYY-MM-DD`
    Day,
    /// `YYYY-MM`
    Month,
    /// `YYYY`
    Year,
}

/// Where the year of a date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum YearSource {
    /// Written in the mention itself.
    Explicit,
    /// The document's date (`br.`, or a bare day and month).
    Document,
    /// A year in the article's title.
    Title,
    /// The year of the event the article is about.
    Event,
    /// Nowhere: the year is written `XXXX`.
    None,
}

/// A date or date range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateItem {
    /// The mention as written.
    pub text: String,
    /// Byte range of `text`.
    pub span: Span,
    /// Character range of `text`.
    pub char_span: Span,
    /// First day (ISO, as precise as the text: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`;
    /// `XXXX` stands for an unknown year).
    pub start: String,
    /// Last day, same form as `start`.
    pub end: String,
    /// How precise `start` and `end` are.
    pub precision: Precision,
    /// Where the year came from.
    pub year_source: YearSource,
    /// `event` when the date is the date of the article's event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// True for a relative date (`wczoraj`) anchored on the document date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// Problems noticed, e.g. a weekday that does not match the calendar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

/// A place where an event takes place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    /// The mention as written.
    pub text: String,
    /// Byte range of `text`.
    pub span: Span,
    /// Character range of `text`.
    pub char_span: Span,
    /// Nominative Polish name, or `online`.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, when known.
    pub country: Option<String>,
    /// A building or address inside the city, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// How a count is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as given.
    Exact,
    /// `około`, `blisko`, `prawie`.
    Approx,
    /// `ponad`, `przeszło`.
    MoreThan,
    /// `mniej niż`.
    LessThan,
    /// `do`, `maksymalnie`, a capacity.
    UpTo,
}

/// What was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// People taking part.
    Participants,
    /// Speakers, panelists, experts.
    Speakers,
    /// Countries represented.
    Countries,
    /// Firms, SMEs, clusters, institutions.
    Organizations,
}

/// A count of who or what took part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// The mention as written.
    pub text: String,
    /// Byte range of `text`.
    pub span: Span,
    /// Character range of `text`.
    pub char_span: Span,
    /// The number; null for a vague count (`kilkuset`).
    pub value: Option<u64>,
    /// For a vague count, the range it stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[u64; 2]>,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// What was counted.
    pub category: Category,
    /// The counted noun in the nominative (`uczestnik`).
    pub noun: String,
}

/// A named cluster or organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedItem {
    /// The first mention as written.
    pub text: String,
    /// Byte range of `text`.
    pub span: Span,
    /// Character range of `text`.
    pub char_span: Span,
    /// The name in the nominative.
    pub name: String,
    /// Other names for the same body in the text (short forms, acronyms).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// A named person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The first mention as written.
    pub text: String,
    /// Byte range of `text`.
    pub span: Span,
    /// Character range of `text`.
    pub char_span: Span,
    /// First name(s) and surname in the nominative.
    pub name: String,
    /// The main role, lower-case nominative (`prezes`), or null.
    pub role: Option<String>,
    /// Every role the text gives, the main one first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The organisation the text ties the person to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}
