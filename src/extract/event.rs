//! The event the article is about: its name, edition and year.

use crate::doc::Doc;
use crate::record::Event;
use crate::rules::{RuleSet, RulesError};

/// Finds the article's event.
#[derive(Debug)]
pub struct EventExtractor {}

impl EventExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(EventExtractor {})
    }

    /// The event, if the article names one.
    pub fn extract(&self, _doc: &Doc<'_>) -> Option<Event> {
        None
    }
}
