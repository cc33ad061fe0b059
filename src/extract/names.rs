//! Clusters, organisations and people, in the nominative.

use crate::doc::Doc;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};

/// Clusters, organisations and people, in the nominative.
#[derive(Debug)]
pub struct NameExtractor {}

impl NameExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(NameExtractor {})
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, _doc: &Doc<'_>, _record: &mut Record) {}
}
