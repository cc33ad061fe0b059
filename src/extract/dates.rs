//! Calendar dates and ranges, normalised to ISO.

use crate::doc::Doc;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};

/// Calendar dates and ranges, normalised to ISO.
#[derive(Debug)]
pub struct DateExtractor {}

impl DateExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(DateExtractor {})
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, _doc: &Doc<'_>, _record: &mut Record) {}
}
