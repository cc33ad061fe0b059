//! The extractors, each in its own module, and the order they run in.
//!
//! Every extractor is built once from the [`RuleSet`] (all rules compiled
//! then) and is immutable afterwards, so one instance serves every thread.
//! Extractors fill in byte spans only; the pipeline adds character spans.

pub mod attendance;
pub mod dates;
pub mod document_date;
pub mod event;
pub mod names;
pub mod venues;

use crate::doc::Doc;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};

/// All extractors, built from one rule set.
#[derive(Debug)]
pub struct Extractors {
    document_date: document_date::DocumentDateExtractor,
    event: event::EventExtractor,
    dates: dates::DateExtractor,
    venues: venues::VenueExtractor,
    attendance: attendance::AttendanceExtractor,
    names: names::NameExtractor,
}

impl Extractors {
    /// Compiles every extractor's rules.
    ///
    /// The date grammar (shared by dates and the document date) and the
    /// event rules are built on a second thread while this one builds the
    /// rest: start-up is dominated by compiling rules, and the two halves
    /// cost about the same.
    pub fn new(rules: &RuleSet) -> Result<Extractors, RulesError> {
        std::thread::scope(|scope| {
            let second = scope.spawn(|| -> Result<_, RulesError> {
                let dates = dates::DateExtractor::new(rules)?;
                // the same grammar, compiled once
                let document_date = document_date::DocumentDateExtractor::with_grammar(rules, dates.grammar().clone())?;
                Ok((document_date, dates, event::EventExtractor::new(rules)?))
            });
            let venues = venues::VenueExtractor::new(rules)?;
            let attendance = attendance::AttendanceExtractor::new(rules)?;
            let names = names::NameExtractor::new(rules)?;
            let (document_date, dates, event) = match second.join() {
                Ok(built) => built?,
                // a panic while compiling rules is a bug, not bad input: pass it on
                Err(panic) => std::panic::resume_unwind(panic),
            };
            Ok(Extractors { document_date, event, dates, venues, attendance, names })
        })
    }

    /// Runs every extractor on one document, in dependency order: the
    /// document date and the event first, because dates take missing years
    /// from them.
    pub fn run(&self, doc: &mut Doc<'_>, record: &mut Record) {
        let (dated, sidebar) = self.document_date.extract_with_sidebar(doc);
        doc.facts.sidebar = sidebar;
        doc.facts.document_date = dated.map(|(d, _)| d);
        doc.facts.document_date_span = dated.map(|(_, s)| s);
        record.document_date = doc.facts.document_date.map(|d| d.format("%Y-%m-%d").to_string());
        doc.facts.title_year = self.event.title_year(doc);
        record.event = self.event.extract(doc);
        doc.facts.event_year = record.event.as_ref().and_then(|e| e.year);
        // dates also give the event its year when its name carries none
        self.dates.extract(doc, record);
        self.venues.extract(doc, record);
        self.attendance.extract(doc, record);
        let institutions = self.names.extract_with_institutions(doc, record);
        // a venue named only by its building needs the names' nominatives
        self.venues.institution_venue(doc, record, &institutions);
    }
}

/// The text and byte span of an item found at `span` (char span is added later).
pub(crate) fn mention(doc: &Doc<'_>, span: crate::span::Span) -> (String, crate::span::Span) {
    (doc.slice(span).to_string(), span)
}
