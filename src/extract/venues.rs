//! Places where events take place.

use crate::doc::Doc;
use crate::record::Record;
use crate::rules::{RuleSet, RulesError};

/// Places where events take place.
#[derive(Debug)]
pub struct VenueExtractor {}

impl VenueExtractor {
    /// Compiles the rules.
    pub fn new(_rules: &RuleSet) -> Result<Self, RulesError> {
        Ok(VenueExtractor {})
    }

    /// Adds what it finds in `doc` to `record`.
    pub fn extract(&self, _doc: &Doc<'_>, _record: &mut Record) {}
}
