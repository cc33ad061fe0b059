//! HTML leftovers in scraped text, blanked out without moving any offset.
//!
//! Scrapers often leave tags (`<p>`, `<br/>`, `<a href=…>`), whole
//! `<script>`/`<style>` blocks, comments and `&nbsp;` in the text. The
//! extractors should not read them, but every span must still point into the
//! original text. [`blank_markup`] therefore replaces markup byte for byte:
//! a tag becomes spaces of the same length (a block-level tag becomes a line
//! break followed by spaces, so paragraphs still end sentences), `&nbsp;`
//! becomes spaces. Text without markup is returned as it is, without a copy.

use std::borrow::Cow;

/// Tags after which a new line of text starts.
const BLOCK_TAGS: &[&str] = &[
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section",
    "article", "header", "footer", "blockquote", "hr", "title", "dd", "dt", "figcaption",
];

/// Tags whose content is not text.
const SKIPPED_CONTENT: &[&str] = &["script", "style", "noscript", "template"];

/// The text with markup blanked out; same length, same char boundaries.
///
/// ```
/// let html = "<p>W dniach 7-8&nbsp;maja</p><script>var x=1;</script>";
/// let clean = ekstrakt::markup::blank_markup(html);
/// assert_eq!(clean.len(), html.len());
/// assert_eq!(clean.trim_end(), "\n  W dniach 7-8      maja");
/// assert!(matches!(ekstrakt::markup::blank_markup("bez znaczników"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn blank_markup(text: &str) -> Cow<'_, str> {
    if !looks_like_markup(text) {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                if let Some(end) = tag_end(bytes, i) {
                    let name = tag_name(&text[i..end]);
                    blank(&mut out, i, end, BLOCK_TAGS.contains(&name.as_str()));
                    let mut next = end;
                    if SKIPPED_CONTENT.contains(&name.as_str()) && !text[i..end].starts_with("</") {
                        let close = format!("</{name}");
                        if let Some(off) = find_ascii_ci(&text[end..], &close) {
                            let close_start = end + off;
                            let close_end = tag_end(bytes, close_start).unwrap_or(close_start + close.len());
                            blank(&mut out, end, close_end, false);
                            next = close_end;
                        }
                    }
                    i = next;
                    continue;
                }
            }
            b'&' => {
                for ent in ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;"] {
                    if text[i..].starts_with(ent) {
                        blank(&mut out, i, i + ent.len(), false);
                        i += ent.len() - 1;
                        break;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    // Only ASCII bytes of whole tags were replaced by ASCII: still UTF-8.
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(text),
    }
}

/// True if the text has at least two HTML tags or entities worth blanking.
fn looks_like_markup(text: &str) -> bool {
    if memchr::memchr2(b'<', b'&', text.as_bytes()).is_none() {
        return false;
    }
    let bytes = text.as_bytes();
    let mut found = 0;
    let mut i = 0;
    while i < bytes.len() && found < 2 {
        if bytes[i] == b'<' {
            if let Some(end) = tag_end(bytes, i) {
                found += 1;
                i = end;
                continue;
            }
        } else if bytes[i] == b'&' && text[i..].starts_with("&nbsp;") {
            found += 1;
        }
        i += 1;
    }
    found >= 2 || (found == 1 && text.contains("&nbsp;"))
}

/// The end (exclusive) of a tag or comment starting at `start`, if it is one:
/// `<` then a letter, `/`, `!` or `?`, then no `<` before the closing `>`
/// on the same few hundred bytes.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let next = *bytes.get(start + 1)?;
    if bytes[start..].starts_with(b"<!--") {
        let rest = &bytes[start + 4..];
        return rest.windows(3).position(|w| w == b"-->").map(|p| start + 4 + p + 3);
    }
    let starts_tag = next.is_ascii_alphabetic() || (matches!(next, b'/' | b'!' | b'?') && bytes.get(start + 2).is_some_and(|b| b.is_ascii_alphabetic()));
    if !starts_tag {
        return None;
    }
    let limit = (start + 2048).min(bytes.len());
    for (j, &b) in bytes[start + 1..limit].iter().enumerate() {
        match b {
            b'>' => return Some(start + 1 + j + 1),
            b'<' => return None,
            _ => {}
        }
    }
    None
}

/// The lower-case name of a tag (`<Br/>` -> `br`, `</P>` -> `p`).
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn blank(out: &mut [u8], start: usize, end: usize, line_break: bool) {
    for (k, b) in out[start..end].iter_mut().enumerate() {
        *b = if (line_break && k == 0) || *b == b'\n' { b'\n' } else { b' ' };
    }
    // Non-ASCII bytes inside a blanked range were replaced whole (the range
    // starts and ends on ASCII `<`/`>`/`&`/`;`), so char boundaries hold.
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_characters_are_kept() {
        let html = "<html><head><title>Konferencja</title><style>p{color:red}</style></head>\n<body><p>Spotkanie w <b>Łodzi</b>&nbsp;odbyło się 4&#160;grudnia.</p><!-- komentarz <p> --></body></html>";
        let clean = blank_markup(html);
        assert_eq!(clean.len(), html.len());
        for (i, _) in html.char_indices() {
            assert!(clean.is_char_boundary(i));
        }
        let words: Vec<&str> = clean.split_whitespace().collect();
        assert_eq!(words, ["Konferencja", "Spotkanie", "w", "Łodzi", "odbyło", "się", "4", "grudnia."]);
        let at = html.find("Łodzi").unwrap();
        assert_eq!(&clean[at..at + "Łodzi".len()], "Łodzi");
    }

    #[test]
    fn comparisons_and_plain_text_are_not_markup() {
        let t = "Było <50 osób i >20 firm; R&D oraz B&B.";
        assert_eq!(blank_markup(t), t);
        let one_tag = "Tekst z jednym <b>pogrubieniem.";
        assert_eq!(blank_markup(one_tag), one_tag);
    }
}
