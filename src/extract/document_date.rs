//! The article's own date: a dateline or publication date printed in the text.

use crate::doc::Doc;
use crate::rules::{RuleSet, RulesError};
use chrono::NaiveDate;

/// Finds the publication date.
#[derive(Debug)]
pub struct DocumentDateExtractor {}

impl DocumentDateExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(DocumentDateExtractor {})
    }

    /// The publication date, if the text prints one.
    pub fn extract(&self, _doc: &Doc<'_>) -> Option<NaiveDate> {
        None
    }
}
