//! Scoring against gold annotations, exactly as the reference `score.py`
//! does it (`corpus/GUIDE.md`, "Scoring").
//!
//! Names are compared after NFC, case folding, unified quotes and dashes and
//! collapsed white space. Within one document and field each predicted item
//! matches at most one gold item; duplicates of a matched key are ignored;
//! optional gold items neither hit nor miss. Counts are summed over all
//! documents (micro average). `overall` is F1 over the core fields (all but
//! organisations).

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// The fields scored, in report order.
pub const FIELDS: [&str; 6] = ["dates", "venues", "attendance", "clusters", "people", "organizations"];
/// The fields that make up the overall F1.
pub const CORE: [&str; 5] = ["dates", "venues", "attendance", "clusters", "people"];

/// Why scoring failed.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("cannot read {path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        message: String,
    },
    /// A file is not the JSON it should be.
    #[error("{path}: invalid JSON: {message}")]
    Json {
        /// The file (and line, for JSON lines).
        path: String,
        /// The error.
        message: String,
    },
}

/// Precision, recall and F1 of one field, with the counts behind them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FieldScore {
    /// hits / (hits + false alarms)
    pub precision: f64,
    /// hits / (hits + misses)
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// Predicted items that matched a gold item.
    pub hits: u64,
    /// Predicted items that matched nothing.
    pub false_alarms: u64,
    /// Gold items nothing matched.
    pub misses: u64,
}

impl FieldScore {
    fn new(hits: u64, false_alarms: u64, misses: u64) -> FieldScore {
        let (precision, recall, f1) = prf(hits, false_alarms, misses);
        FieldScore { precision, recall, f1, hits, false_alarms, misses }
    }
}

/// A share of correct answers: `(right, total)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Accuracy {
    /// Right answers.
    pub right: u64,
    /// Answers scored.
    pub total: u64,
}

impl Accuracy {
    /// right / total, or 1 when nothing was scored.
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
    fn add(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.right += 1;
        }
    }
}

/// The whole score of a prediction set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Per field, in [`FIELDS`] order.
    pub fields: BTreeMap<String, FieldScore>,
    /// F1 over the [`CORE`] fields together.
    pub overall_f1: f64,
    /// Matched people whose role starts with a gold role.
    pub roles: Accuracy,
    /// Matched attendance items with the gold qualifier.
    pub qualifiers: Accuracy,
    /// Documents with the gold language.
    pub language: Accuracy,
    /// Documents with the gold document date.
    pub document_date: Accuracy,
    /// Event year, edition and name agreement.
    pub event: BTreeMap<String, Accuracy>,
    /// Gold documents with no predicted record.
    pub missing_documents: Vec<String>,
}

impl Report {
    /// The score of one field.
    pub fn field(&self, name: &str) -> Option<&FieldScore> {
        self.fields.get(name)
    }

    /// The report as `score.py` prints it.
    pub fn to_text(&self) -> String {
        let mut lines = Vec::new();
        for k in FIELDS {
            let s = &self.fields[k];
            lines.push(format!(
                "{k:14} P {:.3}  R {:.3}  F1 {:.3}   (hits {}, false alarms {}, misses {})",
                s.precision, s.recall, s.f1, s.hits, s.false_alarms, s.misses
            ));
        }
        lines.push(format!(
            "roles accuracy {:.3} of {}; qualifier accuracy {:.3} of {}",
            self.roles.value(),
            self.roles.total,
            self.qualifiers.value(),
            self.qualifiers.total
        ));
        lines.push(format!(
            "language accuracy {:.3} of {}; document_date accuracy {:.3} of {}",
            self.language.value(),
            self.language.total,
            self.document_date.value(),
            self.document_date.total
        ));
        let ev: Vec<String> = ["year", "edition", "name"].iter().map(|s| format!("{s} {:.3}", self.event[*s].value())).collect();
        lines.push(format!("event {}", ev.join(", ")));
        if !self.missing_documents.is_empty() {
            let shown: Vec<&str> = self.missing_documents.iter().take(10).map(String::as_str).collect();
            lines.push(format!("documents with no output record: {}: {}", self.missing_documents.len(), shown.join(" ")));
        }
        lines.push(format!("overall F1 {:.3}", self.overall_f1));
        lines.join("\n")
    }
}

fn prf(h: u64, fa: u64, m: u64) -> (f64, f64, f64) {
    let p = if h + fa > 0 { h as f64 / (h + fa) as f64 } else { 1.0 };
    let r = if h + m > 0 { h as f64 / (h + m) as f64 } else { 1.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// Normalises a name for comparison, as `score.py`'s `norm` does.
///
/// ```
/// assert_eq!(ekstrakt::eval::norm("  Klaster „Dolina”\u{a0}Lotnicza – XX "), "klaster \"dolina\" lotnicza - xx");
/// ```
pub fn norm(s: &str) -> String {
    let folded: String = s.nfc().flat_map(char::to_lowercase).collect::<String>().replace('ß', "ss").replace('ς', "σ");
    let unified: String = folded
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\'' | '`' | '\u{b4}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '"' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .collect();
    unified.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn value_norm(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => norm(s),
        Some(other) => norm(&python_str(other)),
    }
}

/// `str(x)` for the JSON values that can reach it.
fn python_str(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => {
            let items: Vec<String> = a
                .iter()
                .map(|x| match x {
                    Value::String(s) => format!("'{s}'"),
                    other => python_str(other),
                })
                .collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(_) => v.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Date(String, String),
    Count(i64, String),
    Name(String),
}

fn gold_keys(field: &str, g: &Value) -> HashSet<Key> {
    match field {
        "dates" => [Key::Date(python_str(&g["start"]), python_str(&g["end"]))].into_iter().collect(),
        "attendance" => {
            [Key::Count(g["value"].as_i64().unwrap_or(i64::MIN), g["category"].as_str().unwrap_or("").to_string())].into_iter().collect()
        }
        _ => {
            let mut out: HashSet<Key> = HashSet::new();
            out.insert(Key::Name(value_norm(g.get("name"))));
            if let Some(Value::Array(a)) = g.get("aliases") {
                out.extend(a.iter().map(|x| Key::Name(value_norm(Some(x)))));
            }
            out
        }
    }
}

fn pred_key(field: &str, p: &Value) -> Option<Key> {
    match field {
        "dates" => Some(Key::Date(python_str(p.get("start").unwrap_or(&Value::Null)), python_str(p.get("end").unwrap_or(&Value::Null)))),
        "attendance" => {
            let v = match p.get("value") {
                Some(Value::Number(n)) => n.as_i64().or_else(|| n.as_f64().map(|f| f.trunc() as i64))?,
                Some(Value::String(s)) => s.trim().parse().ok()?,
                _ => return None,
            };
            let cat = match p.get("category") {
                Some(Value::String(s)) => s.clone(),
                _ => String::new(),
            };
            Some(Key::Count(v, cat))
        }
        _ => {
            let n = value_norm(p.get("name"));
            (!n.is_empty()).then_some(Key::Name(n))
        }
    }
}

fn is_optional(g: &Value) -> bool {
    g.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

/// Matches one document's field; returns (hits, false alarms, misses, matched gold/pred index pairs).
fn match_field(field: &str, golds: &[Value], preds: &[Value]) -> (u64, u64, u64, Vec<(usize, usize)>) {
    let keys: Vec<HashSet<Key>> = golds.iter().map(|g| gold_keys(field, g)).collect();
    let mut used = vec![false; golds.len()];
    let mut seen: HashSet<Key> = HashSet::new();
    let (mut hits, mut fa) = (0, 0);
    let mut pairs = Vec::new();
    for (pi, p) in preds.iter().enumerate() {
        let Some(k) = pred_key(field, p) else { continue };
        if !seen.insert(k.clone()) {
            continue;
        }
        match (0..golds.len()).find(|&i| !used[i] && keys[i].contains(&k)) {
            Some(i) => {
                used[i] = true;
                if !is_optional(&golds[i]) {
                    hits += 1;
                    pairs.push((i, pi));
                }
            }
            None => {
                if !(0..golds.len()).any(|i| used[i] && keys[i].contains(&k)) {
                    fa += 1;
                }
            }
        }
    }
    let misses = (0..golds.len()).filter(|&i| !used[i] && !is_optional(&golds[i])).count() as u64;
    (hits, fa, misses, pairs)
}

fn list<'v>(v: &'v Value, field: &str) -> &'v [Value] {
    v.get(field).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// Reads every `*.json` gold file of a folder, sorted by file name.
pub fn read_gold(dir: &Path) -> Result<Vec<Value>, EvalError> {
    let io = |p: &Path, e: std::io::Error| EvalError::Io { path: p.display().to_string(), message: e.to_string() };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| io(p, e))?;
            serde_json::from_str(&text).map_err(|e| EvalError::Json { path: p.display().to_string(), message: e.to_string() })
        })
        .collect()
}

/// Reads predictions from JSON lines.
pub fn read_predictions(path: &Path) -> Result<Vec<Value>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::Io { path: path.display().to_string(), message: e.to_string() })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Json { path: format!("{}:{}", path.display(), i + 1), message: e.to_string() })
        })
        .collect()
}

/// The id of a predicted record: its `id`, else its source's file stem.
fn pred_id(rec: &Value) -> String {
    match rec.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => {
            let src = rec.get("source").and_then(Value::as_str).unwrap_or("");
            Path::new(src).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
        }
    }
}

/// Scores predictions (records as JSON values) against gold documents.
pub fn score(gold: &[Value], predictions: &[Value]) -> Report {
    let preds: HashMap<String, &Value> = predictions.iter().map(|r| (pred_id(r), r)).collect();
    let empty = Value::Object(Default::default());
    let mut tot: HashMap<&str, (u64, u64, u64)> = FIELDS.iter().map(|f| (*f, (0, 0, 0))).collect();
    let mut roles = Accuracy::default();
    let mut quals = Accuracy::default();
    let mut lang = Accuracy::default();
    let mut ddate = Accuracy::default();
    let mut event: BTreeMap<String, Accuracy> = ["year", "edition", "name"].iter().map(|s| (s.to_string(), Accuracy::default())).collect();
    let mut missing = Vec::new();
    for g in gold {
        let id = g.get("id").and_then(Value::as_str).unwrap_or("").to_string();
        let p = match preds.get(&id) {
            Some(p) => *p,
            None => {
                missing.push(id.clone());
                &empty
            }
        };
        let pcode = p.get("language").and_then(|l| l.get("code"));
        lang.add(pcode.is_some() && pcode == g.get("language"));
        if g.get("status").and_then(Value::as_str) == Some("skipped") {
            for k in FIELDS {
                let keys: HashSet<Key> = list(p, k).iter().filter_map(|x| pred_key(k, x)).collect();
                if let Some(t) = tot.get_mut(k) {
                    t.1 += keys.len() as u64;
                }
            }
            continue;
        }
        ddate.add(p.get("document_date").unwrap_or(&Value::Null) == g.get("document_date").unwrap_or(&Value::Null));
        let ge = g.get("event").filter(|v| v.is_object()).unwrap_or(&empty);
        let pe = p.get("event").filter(|v| v.is_object()).unwrap_or(&empty);
        for sub in ["year", "edition"] {
            let a = pe.get(sub).unwrap_or(&Value::Null);
            let b = ge.get(sub).unwrap_or(&Value::Null);
            if let Some(acc) = event.get_mut(sub) {
                acc.add(json_eq(a, b));
            }
        }
        let mut names: HashSet<String> = HashSet::new();
        names.insert(value_norm(ge.get("name")));
        for a in list(ge, "aliases") {
            names.insert(value_norm(Some(a)));
        }
        if let Some(acc) = event.get_mut("name") {
            acc.add(names.contains(&value_norm(pe.get("name"))));
        }
        for k in FIELDS {
            let golds = list(g, k);
            let predicted = list(p, k);
            let (h, fa, m, pairs) = match_field(k, golds, predicted);
            if let Some(t) = tot.get_mut(k) {
                t.0 += h;
                t.1 += fa;
                t.2 += m;
            }
            if k == "people" {
                for (gi, pi) in &pairs {
                    let gr: Vec<String> = match golds[*gi].get("role") {
                        None | Some(Value::Null) => continue,
                        Some(Value::Array(a)) => a.iter().map(|x| value_norm(Some(x))).collect(),
                        Some(other) => vec![value_norm(Some(other))],
                    };
                    let pr = value_norm(predicted[*pi].get("role"));
                    roles.add(gr.iter().any(|x| pr.starts_with(x.as_str())));
                }
            }
            if k == "attendance" {
                for (gi, pi) in &pairs {
                    let a = predicted[*pi].get("qualifier").unwrap_or(&Value::Null);
                    quals.add(a == golds[*gi].get("qualifier").unwrap_or(&Value::Null));
                }
            }
        }
    }
    let fields: BTreeMap<String, FieldScore> =
        FIELDS.iter().map(|k| (k.to_string(), FieldScore::new(tot[k].0, tot[k].1, tot[k].2))).collect();
    let (h, fa, m) = CORE.iter().fold((0, 0, 0), |a, k| (a.0 + tot[k].0, a.1 + tot[k].1, a.2 + tot[k].2));
    Report {
        fields,
        overall_f1: prf(h, fa, m).2,
        roles,
        qualifiers: quals,
        language: lang,
        document_date: ddate,
        event,
        missing_documents: missing,
    }
}

/// Python's `==` on JSON values: numbers compare by value (`7 == 7.0`).
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn optional_and_alias_matching() {
        let gold = vec![json!({
            "id": "d", "language": "pl", "status": "ok", "document_date": null,
            "event": {"name": "Europejska Konferencja Klastrów", "aliases": ["ECC"], "edition": 7, "year": 2020},
            "dates": [], "venues": [{"name": "Bruksela"}, {"name": "Sztokholm", "optional": true}],
            "attendance": [{"value": 82, "category": "speakers", "qualifier": "exact"}],
            "clusters": [], "organizations": [{"name": "Komisja Europejska", "aliases": ["KE"]}],
            "people": [{"name": "Jan Nowak", "role": ["członek rady", "prezes"]}]
        })];
        let pred = vec![json!({
            "id": "d", "language": {"code": "pl", "confidence": 0.9}, "document_date": null,
            "event": {"name": "ecc", "edition": 7.0, "year": 2020},
            "venues": [{"name": "BRUKSELA"}, {"name": "Sztokholm"}, {"name": "Wiedeń"}],
            "attendance": [{"value": 82, "category": "speakers", "qualifier": "approx"}],
            "organizations": [{"name": "Komisja Europejska"}, {"name": "KE"}],
            "people": [{"name": "Jan  Nowak", "role": "prezes zarządu"}]
        })];
        let r = score(&gold, &pred);
        let v = r.field("venues").unwrap();
        assert_eq!((v.hits, v.false_alarms, v.misses), (1, 1, 0));
        let o = r.field("organizations").unwrap();
        assert_eq!((o.hits, o.false_alarms, o.misses), (1, 0, 0));
        assert_eq!(r.roles, Accuracy { right: 1, total: 1 });
        assert_eq!(r.qualifiers, Accuracy { right: 0, total: 1 });
        assert_eq!(r.event["edition"], Accuracy { right: 1, total: 1 });
        assert_eq!(r.event["name"], Accuracy { right: 1, total: 1 });
    }

    #[test]
    fn skipped_gold_counts_every_prediction_as_false_alarm() {
        let gold = vec![json!({"id": "en", "language": "en", "status": "skipped"})];
        let pred = vec![json!({"id": "en", "language": {"code": "en"}, "venues": [{"name": "Praga"}, {"name": "Praga"}]})];
        let r = score(&gold, &pred);
        assert_eq!(r.field("venues").unwrap().false_alarms, 1);
        assert_eq!(r.language, Accuracy { right: 1, total: 1 });
    }
}
