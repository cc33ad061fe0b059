//! Rules as data: the files in `rules/`, embedded at build time and
//! overridable from a folder at run time.
//!
//! Every rules file is plain UTF-8 text, one entry a line:
//! - a line starting with `#` is a comment, blank lines are ignored;
//! - fields are separated by one TAB;
//! - a list field separates its items with `|`; a lone `-` is an empty field.
//!
//! [`RuleSet::embedded`] holds the files compiled into the binary;
//! [`RuleSet::from_dir`] starts from those and replaces every file that the
//! folder also has, so a user can override one file without copying the rest.
//! Extractors read their files through [`RuleSet::table`] when the pipeline
//! is built, never per document.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// A problem in a rules file, with the file and line it is on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    /// A line that does not fit its file's format.
    #[error("{file}:{line}: {message}")]
    Malformed {
        /// The rules file's name (`months.tsv`).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file the extractors need is in neither the folder nor the binary.
    #[error("rules file {0} is missing")]
    Missing(String),
    /// The override folder or one of its files could not be read.
    #[error("cannot read rules from {path}: {message}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The I/O error.
        message: String,
    },
}

/// The rules files a pipeline is built from.
#[derive(Debug, Clone)]
pub struct RuleSet {
    files: BTreeMap<String, Cow<'static, str>>,
    origin: Option<PathBuf>,
}

impl RuleSet {
    /// The rules compiled into the binary.
    ///
    /// ```
    /// let rules = ekstrakt::RuleSet::embedded();
    /// assert!(rules.names().any(|n| n == "abbreviations.tsv"));
    /// ```
    pub fn embedded() -> RuleSet {
        let files = embedded::EMBEDDED.iter().map(|(n, c)| (n.to_string(), Cow::Borrowed(*c))).collect();
        RuleSet { files, origin: None }
    }

    /// The embedded rules, with every `*.tsv`/`*.txt` file found in `dir`
    /// replacing the embedded file of the same name.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<RuleSet, RulesError> {
        let dir = dir.as_ref();
        let io = |path: &Path, e: std::io::Error| RulesError::Io { path: path.to_path_buf(), message: e.to_string() };
        let mut set = RuleSet::embedded();
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("tsv" | "txt")))
            .collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
            set.files.insert(name, Cow::Owned(text));
        }
        set.origin = Some(dir.to_path_buf());
        Ok(set)
    }

    /// The folder the rules were loaded from, if not embedded.
    pub fn origin(&self) -> Option<&Path> {
        self.origin.as_deref()
    }

    /// Names of every rules file in the set.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Replaces (or adds) one file's contents; for tests and tools.
    pub fn insert(&mut self, name: impl Into<String>, contents: impl Into<String>) {
        self.files.insert(name.into(), Cow::Owned(contents.into()));
    }

    /// The raw contents of one file.
    pub fn text(&self, name: &str) -> Result<&str, RulesError> {
        self.files.get(name).map(|c| c.as_ref()).ok_or_else(|| RulesError::Missing(name.to_string()))
    }

    /// One file parsed into rows of fields.
    pub fn table(&self, name: &str) -> Result<Table<'_>, RulesError> {
        let (file, text) = self.files.get_key_value(name).ok_or_else(|| RulesError::Missing(name.to_string()))?;
        Ok(Table::parse(file, text))
    }
}

/// A parsed rules file: its non-comment lines split into fields.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    file: &'a str,
    rows: Vec<Row<'a>>,
}

impl<'a> Table<'a> {
    /// Splits `text` into rows; `file` names it in errors.
    ///
    /// ```
    /// let t = ekstrakt::rules::Table::parse("x.tsv", "# comment\na\tb|c\n\n");
    /// let row = &t.rows()[0];
    /// assert_eq!(row.line(), 2);
    /// assert_eq!(row.list(1).unwrap(), vec!["b", "c"]);
    /// ```
    pub fn parse(file: &'a str, text: &'a str) -> Table<'a> {
        let rows = text
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#')
            })
            .map(|(i, l)| Row { file, line: i + 1, fields: l.trim_end_matches('\r').split('\t').map(str::trim).collect() })
            .collect();
        Table { file, rows }
    }

    /// The file's name.
    pub fn file(&self) -> &str {
        self.file
    }

    /// The data lines.
    pub fn rows(&self) -> &[Row<'a>] {
        &self.rows
    }

    /// Checks that every row has between `min` and `max` fields.
    pub fn expect_fields(&self, min: usize, max: usize) -> Result<&Self, RulesError> {
        for r in &self.rows {
            if r.fields.len() < min || r.fields.len() > max {
                let want = if min == max { format!("{min}") } else { format!("{min} to {max}") };
                return Err(r.error(format!("expected {want} TAB-separated fields, found {}", r.fields.len())));
            }
        }
        Ok(self)
    }
}

/// One data line of a rules file.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    file: &'a str,
    line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The 1-based line number.
    pub fn line(&self) -> usize {
        self.line
    }

    /// All fields.
    pub fn fields(&self) -> &[&'a str] {
        &self.fields
    }

    /// Field `i`, which must exist and not be empty.
    pub fn field(&self, i: usize) -> Result<&'a str, RulesError> {
        match self.fields.get(i) {
            Some(f) if !f.is_empty() => Ok(f),
            _ => Err(self.error(format!("field {} is missing", i + 1))),
        }
    }

    /// Field `i` if present and not `-`.
    pub fn optional(&self, i: usize) -> Option<&'a str> {
        self.fields.get(i).copied().filter(|f| !f.is_empty() && *f != "-")
    }

    /// Field `i` split on `|` (empty when absent or `-`).
    pub fn list(&self, i: usize) -> Result<Vec<&'a str>, RulesError> {
        Ok(match self.optional(i) {
            None => Vec::new(),
            Some(f) => {
                let items: Vec<&str> = f.split('|').map(str::trim).collect();
                if items.iter().any(|s| s.is_empty()) {
                    return Err(self.error(format!("field {} has an empty list item", i + 1)));
                }
                items
            }
        })
    }

    /// Field `i` parsed as a number.
    pub fn number<T: std::str::FromStr>(&self, i: usize) -> Result<T, RulesError> {
        let f = self.field(i)?;
        f.parse().map_err(|_| self.error(format!("field {} is not a number: {f:?}", i + 1)))
    }

    /// An error pointing at this line.
    pub fn error(&self, message: impl fmt::Display) -> RulesError {
        RulesError::Malformed { file: self.file.to_string(), line: self.line, message: message.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_file_and_line() {
        let t = Table::parse("roles.tsv", "# header\nprezes\tprezesa\n\nbad");
        let err = t.expect_fields(2, 2).unwrap_err();
        assert_eq!(err.to_string(), "roles.tsv:4: expected 2 TAB-separated fields, found 1");
    }

    #[test]
    fn empty_list_items_are_errors() {
        let t = Table::parse("x.tsv", "a\tb||c");
        let err = t.rows()[0].list(1).unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:1: field 2 has an empty list item");
    }

    #[test]
    fn dash_is_an_empty_field() {
        let t = Table::parse("x.tsv", "a\t-");
        assert!(t.rows()[0].list(1).unwrap().is_empty());
        assert_eq!(t.rows()[0].optional(1), None);
    }

    #[test]
    fn folder_overrides_one_file() {
        let dir = std::env::temp_dir().join(format!("ekstrakt-rules-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("months.tsv"), "# replaced\n").unwrap();
        let set = RuleSet::from_dir(&dir).unwrap();
        assert_eq!(set.text("months.tsv").unwrap(), "# replaced\n");
        assert!(set.text("abbreviations.tsv").is_ok(), "other files stay embedded");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
