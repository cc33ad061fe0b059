//! Where documents come from and how their bytes become text.
//!
//! A [`Source`] is a document not yet read: a file, standard input, or text
//! already in memory. Reading happens in the worker that extracts it, so
//! file I/O runs in parallel too. [`expand_paths`] turns command-line paths
//! (files, folders, `-`) into sources in a stable order.
//!
//! Decoding ([`decode_detected`]) takes UTF-8 first (a leading byte-order
//! mark is dropped), UTF-16 when a byte-order mark says so, and otherwise the
//! legacy Polish code page the bytes fit best (windows-1250 or ISO-8859-2,
//! told apart by the letters `ą`, `ś`, `ź` that the two encode differently).
//! Binary data (NUL and control bytes) and bytes that fit neither code page
//! are a [`ReadError`], which the pipeline turns into an `error` record.
//! Spans in a record always index the text as decoded to UTF-8.

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
    /// A document that could not even be delimited (a malformed JSON-lines
    /// record, say): it becomes an `error` record in its place.
    Failed {
        /// The record's id.
        id: String,
        /// What to put in the record's `source`.
        source: String,
        /// Why.
        error: ReadError,
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
            Source::Path(p) => {
                p.file_stem().or_else(|| p.file_name()).map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
            }
            Source::Text { id, .. } | Source::Bytes { id, .. } | Source::Failed { id, .. } => id.clone(),
        }
    }

    /// What the record's `source` field says.
    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Text { id, .. } => id.clone(),
            Source::Bytes { source, .. } | Source::Failed { source, .. } => source.clone(),
        }
    }

    /// Reads and decodes the document, refusing more than `max_bytes`.
    pub fn read(&self, max_bytes: u64) -> Result<String, ReadError> {
        self.read_decoded(max_bytes).map(|d| d.text)
    }

    /// Like [`Source::read`], also telling which encoding the bytes were in.
    pub fn read_decoded(&self, max_bytes: u64) -> Result<Decoded, ReadError> {
        match self {
            Source::Text { text, .. } => {
                check_size(text.len() as u64, max_bytes)?;
                Ok(Decoded { text: text.clone(), encoding: Encoding::Utf8 })
            }
            Source::Bytes { bytes, .. } => {
                check_size(bytes.len() as u64, max_bytes)?;
                decode_detected(bytes.clone())
            }
            Source::Failed { error, .. } => Err(error.clone()),
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
                decode_detected(bytes)
            }
        }
    }

    /// Like [`Source::read`], consuming the source, so text and bytes
    /// already in memory are not copied.
    pub fn into_text(self, max_bytes: u64) -> Result<String, ReadError> {
        self.into_decoded(max_bytes).map(|d| d.text)
    }

    /// Like [`Source::into_text`], also telling which encoding the bytes were in.
    ///
    /// ```
    /// use ekstrakt::{input::Encoding, Source};
    /// let s = Source::Bytes { id: "a".into(), source: "a".into(), bytes: b"Rejs \xBFaglowy z Gda\xF1ska do \xA3eby".to_vec() };
    /// let d = s.into_decoded(1 << 20).unwrap();
    /// assert_eq!((d.text.as_str(), d.encoding), ("Rejs żaglowy z Gdańska do Łeby", Encoding::Windows1250));
    /// ```
    pub fn into_decoded(self, max_bytes: u64) -> Result<Decoded, ReadError> {
        match self {
            Source::Text { text, .. } => {
                check_size(text.len() as u64, max_bytes)?;
                Ok(Decoded { text, encoding: Encoding::Utf8 })
            }
            Source::Bytes { bytes, .. } => {
                check_size(bytes.len() as u64, max_bytes)?;
                decode_detected(bytes)
            }
            Source::Failed { error, .. } => Err(error),
            path @ Source::Path(_) => path.read_decoded(max_bytes),
        }
    }

    /// The size in bytes, if known without reading.
    pub fn len_hint(&self) -> Option<u64> {
        match self {
            Source::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Source::Text { text, .. } => Some(text.len() as u64),
            Source::Bytes { bytes, .. } => Some(bytes.len() as u64),
            Source::Failed { .. } => Some(0),
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
    /// Not valid UTF-8, and no legacy Polish code page fits the bytes.
    #[error("not valid UTF-8 (invalid byte sequence at byte {0}) nor windows-1250 or ISO-8859-2 text")]
    InvalidUtf8(usize),
    /// A JSON-lines record that is not an object with a string `text`.
    #[error("not a JSON-lines record: {0}")]
    BadRecord(String),
    /// Binary data, not text: many NUL or other control bytes.
    #[error("binary data, not text: {0}")]
    Binary(&'static str),
}

/// The encoding a document's bytes were in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// UTF-16, little-endian, announced by a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, announced by a byte-order mark.
    Utf16Be,
    /// The Windows code page for Central Europe (`windows-1250`, `cp1250`).
    Windows1250,
    /// ISO-8859-2 (Latin-2).
    Iso8859_2,
}

impl Encoding {
    /// The encoding's WHATWG label, as a record's `encoding` field shows it.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1250 => "windows-1250",
            Encoding::Iso8859_2 => "iso-8859-2",
        }
    }
}

/// A decoded document: its text and the encoding it came in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, as UTF-8.
    pub text: String,
    /// What the bytes were encoded in.
    pub encoding: Encoding,
}

fn check_size(size: u64, limit: u64) -> Result<(), ReadError> {
    if size > limit {
        Err(ReadError::TooLarge { size, limit })
    } else {
        Ok(())
    }
}

/// Decodes a document's bytes into text; see [`decode_detected`].
///
/// ```
/// use ekstrakt::input::{decode, ReadError};
/// assert_eq!(decode(b"\xEF\xBB\xBFza\xC5\xBC".to_vec()).unwrap(), "zaż");
/// // windows-1250: "Łódź, się"
/// assert_eq!(decode(b"\xA3\xF3d\x9F, si\xEA".to_vec()).unwrap(), "Łódź, się");
/// assert!(matches!(decode(b"\x00\x01\x02binary".to_vec()), Err(ReadError::Binary(_))));
/// ```
pub fn decode(bytes: Vec<u8>) -> Result<String, ReadError> {
    decode_detected(bytes).map(|d| d.text)
}

/// Decodes a document's bytes and says which encoding they were in.
///
/// UTF-8 is taken when the bytes are valid UTF-8 (a byte-order mark is
/// dropped); UTF-16 only with its byte-order mark. Other bytes are decoded
/// as windows-1250 and as ISO-8859-2, and the one giving more Polish letters
/// and fewer stray symbols wins, provided most of its non-ASCII characters
/// are letters; otherwise the error names the first invalid UTF-8 byte.
///
/// ```
/// use ekstrakt::input::{decode_detected, Encoding};
/// // ISO-8859-2: "Gdańsk, Świnoujście, źródło"
/// let d = decode_detected(b"Gda\xF1sk, \xA6winouj\xB6cie, \xBCr\xF3d\xB3o".to_vec()).unwrap();
/// assert_eq!((d.text.as_str(), d.encoding), ("Gdańsk, Świnoujście, źródło", Encoding::Iso8859_2));
/// ```
pub fn decode_detected(mut bytes: Vec<u8>) -> Result<Decoded, ReadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    for (bom, encoding, decoder) in
        [([0xFF, 0xFE], Encoding::Utf16Le, encoding_rs::UTF_16LE), ([0xFE, 0xFF], Encoding::Utf16Be, encoding_rs::UTF_16BE)]
    {
        if bytes.starts_with(&bom) {
            let (text, had_errors) = decoder.decode_without_bom_handling(&bytes[2..]);
            if had_errors {
                return Err(ReadError::Binary("invalid UTF-16 after a UTF-16 byte-order mark"));
            }
            return Ok(Decoded { text: check_not_binary(text.into_owned())?, encoding });
        }
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: check_not_binary(text)?, encoding: Encoding::Utf8 }),
        Err(e) => e,
    };
    let invalid_at = bytes.utf8_error().valid_up_to();
    let bytes = bytes.into_bytes();
    if looks_binary(&bytes) {
        return Err(ReadError::Binary("more than 1 % control characters"));
    }
    // on a tie (text without ą, ś, ź) the last one, windows-1250, wins: it is the commoner
    let best = [(Encoding::Iso8859_2, encoding_rs::ISO_8859_2), (Encoding::Windows1250, encoding_rs::WINDOWS_1250)]
        .into_iter()
        .filter_map(|(encoding, decoder)| {
            let text = decoder.decode_without_bom_handling_and_without_replacement(&bytes)?;
            let fit = legacy_fit(&text)?;
            Some((fit, encoding, text.into_owned()))
        })
        .max_by_key(|(fit, ..)| *fit);
    match best {
        Some((_, encoding, text)) => Ok(Decoded { text, encoding }),
        None => Err(ReadError::InvalidUtf8(invalid_at)),
    }
}

/// How well a legacy decoding fits Polish text: Polish letters count for
/// it, other non-ASCII characters against it; `None` when fewer than
/// three quarters of the non-ASCII characters are letters, or there are
/// fewer than three (not enough to call it text in a Latin code page).
fn legacy_fit(text: &str) -> Option<i64> {
    let (mut polish, mut letters, mut other) = (0i64, 0i64, 0i64);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c) {
            polish += 1;
            letters += 1;
        } else if c.is_alphabetic() {
            letters += 1;
        } else {
            other += 1;
        }
    }
    (letters >= 3 && letters * 4 >= (letters + other) * 3).then_some(polish * 2 + letters - other * 4)
}

/// Whether bytes have the mark of binary data: more than one control
/// character (NUL included; tab, line feed, form feed and carriage return
/// excepted) in a hundred bytes. A stray NUL in a long text passes.
fn looks_binary(bytes: &[u8]) -> bool {
    // Branch-free compares summed into byte counters, 255 bytes at a time,
    // so that the loop vectorises.
    let control: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let mut n = 0u8;
            for &b in chunk {
                n += u8::from((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != 0x0c) & (b != b'\r'));
            }
            usize::from(n)
        })
        .sum();
    control * 100 > bytes.len()
}

/// Text as it is, unless it is binary data that happens to be valid.
fn check_not_binary(text: String) -> Result<String, ReadError> {
    if looks_binary(text.as_bytes()) {
        Err(ReadError::Binary("more than 1 % control characters"))
    } else {
        Ok(text)
    }
}

/// Documents streamed from a JSON-lines file: one object a line with the
/// text in `"text"` and, optionally, `"id"` (a string or number; default:
/// `NAME:LINE`) and `"source"` (default: `NAME:LINE`). Other fields are
/// ignored and blank lines skipped. Lines are read one at a time as the
/// batch pulls them, so a corpus of any size streams through bounded memory;
/// a malformed line becomes a [`Source::Failed`] (an `error` record in its
/// place), and a read error ends the stream with one.
///
/// ```
/// use ekstrakt::input::JsonLines;
/// let data = "{\"id\": \"a\", \"text\": \"Spotkanie w Pradze.\"}\n\n{\"text\": 7}\n";
/// let docs: Vec<_> = JsonLines::new(data.as_bytes(), "in.jsonl").collect();
/// assert_eq!(docs.len(), 2);
/// assert_eq!((docs[0].id(), docs[0].read(1 << 20).unwrap()), ("a".to_string(), "Spotkanie w Pradze.".to_string()));
/// assert_eq!(docs[1].id(), "in.jsonl:3");
/// assert!(docs[1].read(1 << 20).is_err());
/// ```
#[derive(Debug)]
pub struct JsonLines<R> {
    reader: R,
    name: String,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: std::io::BufRead> JsonLines<R> {
    /// Reads records from `reader`; `name` (a path, `-`) makes default ids.
    pub fn new(reader: R, name: impl Into<String>) -> JsonLines<R> {
        JsonLines { reader, name: name.into(), line: 0, buf: Vec::new(), done: false }
    }

    fn record(&self) -> Source {
        let at = format!("{}:{}", self.name, self.line);
        let value: serde_json::Value = match serde_json::from_slice(&self.buf) {
            Ok(v) => v,
            Err(e) => return Source::Failed { id: at.clone(), source: at, error: ReadError::BadRecord(e.to_string()) },
        };
        let field = |k: &str| match value.get(k) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let id = field("id").unwrap_or_else(|| at.clone());
        let source = field("source").unwrap_or_else(|| at.clone());
        match value.get("text") {
            // as bytes, so that it gets the same checks (binary data) as a file
            Some(serde_json::Value::String(text)) => Source::Bytes { id, source, bytes: text.clone().into_bytes() },
            _ => Source::Failed { id, source, error: ReadError::BadRecord("no string field \"text\"".into()) },
        }
    }
}

impl<R: std::io::BufRead> Iterator for JsonLines<R> {
    type Item = Source;

    fn next(&mut self) -> Option<Source> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) if self.buf.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(_) => return Some(self.record()),
                Err(e) => {
                    self.done = true;
                    let at = format!("{}:{}", self.name, self.line);
                    return Some(Source::Failed { id: at.clone(), source: at, error: ReadError::Io(e.to_string()) });
                }
            }
        }
        None
    }
}

/// The documents of JSON-lines files, one after the other, streamed
/// ([`JsonLines`]); `-` is standard input. A file that cannot be opened
/// gives one [`Source::Failed`].
pub fn json_lines_sources(paths: impl IntoIterator<Item = PathBuf>) -> impl Iterator<Item = Source> {
    paths.into_iter().flat_map(|p| -> Box<dyn Iterator<Item = Source>> {
        let name = p.display().to_string();
        if p.as_os_str() == "-" {
            return Box::new(JsonLines::new(std::io::stdin().lock(), "-"));
        }
        match std::fs::File::open(&p) {
            Ok(f) => Box::new(JsonLines::new(std::io::BufReader::with_capacity(1 << 16, f), name)),
            Err(e) => Box::new(std::iter::once(Source::Failed { id: name.clone(), source: name, error: ReadError::Io(e.to_string()) })),
        }
    })
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
            || path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
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

    #[test]
    fn legacy_polish_code_pages_are_told_apart() {
        // "Spotkanie w Łodzi: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ" in each encoding
        let text = "Spotkanie w Łodzi: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ, źródło świątecznych ściąg";
        for (encoding, decoder) in [(Encoding::Windows1250, encoding_rs::WINDOWS_1250), (Encoding::Iso8859_2, encoding_rs::ISO_8859_2)] {
            let (bytes, _, unmappable) = decoder.encode(text);
            assert!(!unmappable);
            let d = decode_detected(bytes.into_owned()).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (text, encoding));
        }
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let text = "Konferencja w Gdańsku";
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode_detected(le).unwrap(), Decoded { text: text.into(), encoding: Encoding::Utf16Le });
        assert_eq!(decode_detected(be).unwrap(), Decoded { text: text.into(), encoding: Encoding::Utf16Be });
    }

    #[test]
    fn binary_and_undecodable_bytes_are_errors() {
        // UTF-16 without a byte-order mark: half the bytes are NUL
        let utf16: Vec<u8> = "Konferencja".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(matches!(decode_detected(utf16), Err(ReadError::Binary(_))));
        // a pseudo-random byte soup (a fixed linear congruential sequence)
        let mut x: u32 = 12345;
        let soup: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (x >> 16) as u8
            })
            .collect();
        assert!(matches!(decode_detected(soup), Err(ReadError::Binary(_))));
        // high bytes that are symbols in both code pages, not letters
        assert_eq!(decode_detected(b"abc \xB0\xB0\xB0 \xA7\xA7 \xD7\xF7".to_vec()), Err(ReadError::InvalidUtf8(4)));
        // valid UTF-8 stays UTF-8, even with a stray NUL in a long text
        let long = format!("{}\0", "Spotkanie klastra w Łodzi. ".repeat(10));
        assert_eq!(decode_detected(long.clone().into_bytes()).unwrap().encoding, Encoding::Utf8);
    }
}
