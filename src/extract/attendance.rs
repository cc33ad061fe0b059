//! Counts of who or what took part.

use crate::doc::Doc;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};

/// Counts of who or what took part.
#[derive(Debug)]
pub struct AttendanceExtractor {}

impl AttendanceExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(AttendanceExtractor {})
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, _doc: &Doc<'_>, _record: &mut Record) {}
}
