//! Where documents come from and how their bytes become text.
//!
//! A [`Source`] is a document not yet read: a file, standard input, or text
//! already in memory. Reading happens in the worker that extracts it, so
//! file I/O runs in parallel too. [`expand_paths`] turns command-line paths
//! (files, folders, `-`) into sources in a stable order.
//!
//! Decoding is strict UTF-8 (a leading byte-order mark is dropped); anything
//! else is a [`ReadError`] that the pipeline turns into an `error` record.
//! The enum leaves room for legacy encodings and other containers later.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest document read by default (64 MiB); larger files get an `error` record.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// A document to be read.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file on disk.
    Path(PathBuf),
    /// Text already in memory, with its id.
    Text {
        /// The record's id.
        id: String,
        /// The text.
        text: String,
    },
    /// Bytes already in memory (e.g. read from standard input), with an id
    /// and the name to show as `source`.
    Bytes {
        /// The record's id.
        id: String,
        /// What to put in the record's `source`.
        source: String,
        /// The raw bytes.
        bytes: Vec<u8>,
    },
}

impl Source {
    /// The record's id: a file's name without its extension.
    ///
    /// ```
    /// let s = ekstrakt::Source::Path("corpus/raw/001_abc.txt".into());
    /// assert_eq!(s.id(), "001_abc");
    /// ```
    pub fn id(&self) -> String {
        match self {
            Source::Path(p) => p
                .file_stem()
                .or_else(|| p.file_name())
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
            Source::Text { id, .. } | Source::Bytes { id, .. } => id.clone(),
        }
    }

    /// What the record's `source` field says.
    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Text { id, .. } => id.clone(),
            Source::Bytes { source, .. } => source.clone(),
        }
    }

    /// Reads and decodes the document, refusing more than `max_bytes`.
    pub fn read(&self, max_bytes: u64) -> Result<String, ReadError> {
        match self {
            Source::Text { text, .. } => {
                check_size(text.len() as u64, max_bytes)?;
                Ok(text.clone())
            }
            Source::Bytes { bytes, .. } => {
                check_size(bytes.len() as u64, max_bytes)?;
                decode(bytes.clone())
            }
            Source::Path(p) => {
                let file = std::fs::File::open(p).map_err(|e| ReadError::Io(e.to_string()))?;
                let meta = file.metadata().map_err(|e| ReadError::Io(e.to_string()))?;
                if meta.is_dir() {
                    return Err(ReadError::Io("is a directory".into()));
                }
                check_size(meta.len(), max_bytes)?;
                let mut bytes = Vec::with_capacity(meta.len() as usize);
                file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(e.to_string()))?;
                check_size(bytes.len() as u64, max_bytes)?;
                decode(bytes)
            }
        }
    }

    /// Like [`Source::read`], consuming the source, so text and bytes
    /// already in memory are not copied.
    pub fn into_text(self, max_bytes: u64) -> Result<String, ReadError> {
        match self {
            Source::Text { text, .. } => {
                check_size(text.len() as u64, max_bytes)?;
                Ok(text)
            }
            Source::Bytes { bytes, .. } => {
                check_size(bytes.len() as u64, max_bytes)?;
                decode(bytes)
            }
            path @ Source::Path(_) => path.read(max_bytes),
        }
    }

    /// The size in bytes, if known without reading.
    pub fn len_hint(&self) -> Option<u64> {
        match self {
            Source::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Source::Text { text, .. } => Some(text.len() as u64),
            Source::Bytes { bytes, .. } => Some(bytes.len() as u64),
        }
    }
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The operating system refused.
    #[error("cannot read: {0}")]
    Io(String),
    /// Larger than the limit.
    #[error("too large: {size} bytes, the limit is {limit}")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Not valid UTF-8.
    #[error("not valid UTF-8: invalid byte sequence at byte {0}")]
    InvalidUtf8(usize),
}

fn check_size(size: u64, limit: u64) -> Result<(), ReadError> {
    if size > limit {
        Err(ReadError::TooLarge { size, limit })
    } else {
        Ok(())
    }
}

/// Decodes UTF-8, dropping a byte-order mark.
///
/// ```
/// use ekstrakt::input::{decode, ReadError};
/// assert_eq!(decode(b"\xEF\xBB\xBFza\xC5\xBC".to_vec()).unwrap(), "zaż");
/// assert_eq!(decode(b"ab\xFFc".to_vec()), Err(ReadError::InvalidUtf8(2)));
/// ```
pub fn decode(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| ReadError::InvalidUtf8(e.utf8_error().valid_up_to()))
}

/// Expands command-line paths into sources: a file as it is, a folder's
/// files recursively in sorted order (hidden entries skipped), `-` as
/// standard input (read here, once). Paths that do not exist are returned
/// as sources too, so that they produce an `error` record in their place.
pub fn expand_paths(paths: &[PathBuf], extensions: &[String]) -> Result<Vec<Source>, std::io::Error> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            out.push(Source::Bytes { id: "stdin".into(), source: "-".into(), bytes });
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, extensions, &mut files);
            files.sort();
            out.extend(files.into_iter().map(Source::Path));
        } else {
            out.push(Source::Path(p.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, extensions: &[String], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    for entry in rd.filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, extensions, out);
        } else if extensions.is_empty()
            || path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
        {
            out.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_sorted_and_filtered() {
        let dir = std::env::temp_dir().join(format!("ekstrakt-input-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for n in ["b.txt", "a.txt", "sub/c.txt", ".hidden.txt", "notes.md"] {
            std::fs::write(dir.join(n), "x").unwrap();
        }
        let got: Vec<String> = expand_paths(std::slice::from_ref(&dir), &["txt".into()])
            .unwrap()
            .iter()
            .map(|s| s.name().trim_start_matches(&*dir.display().to_string()).to_string())
            .collect();
        assert_eq!(got, ["/a.txt", "/b.txt", "/sub/c.txt"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn oversized_and_missing_files_are_errors() {
        let s = Source::Text { id: "x".into(), text: "abcdef".into() };
        assert_eq!(s.read(3), Err(ReadError::TooLarge { size: 6, limit: 3 }));
        let missing = Source::Path("/nonexistent/ekstrakt/file.txt".into());
        assert!(matches!(missing.read(10), Err(ReadError::Io(_))));
    }
}
