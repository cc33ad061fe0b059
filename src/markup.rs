//! HTML leftovers in scraped text, cleaned without losing the original offsets.
//!
//! Scrapers often leave tags (`<p>`, `<br/>`, `<a href=…>`), whole
//! `<script>`/`<style>` blocks, comments and character references
//! (`&nbsp;`, `Krak&oacute;w`, `&bdquo;Dolina Lotnicza&rdquo;`, `&#261;`) in
//! the text. The extractors should read the text a browser shows, but every
//! span must still point into the original text. [`CleanText`] therefore
//! replaces a tag byte for byte with spaces of the same length (a block-level
//! tag with a line break and spaces, so paragraphs still end sentences) and
//! decodes each reference to its character, remembering where the offsets
//! drift so that [`CleanText::original_span`] can map spans back. Text
//! without markup is borrowed as it is, without a copy.

use crate::Span;
use std::borrow::Cow;

/// Tags after which a new line of text starts.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "hr",
    "title",
    "dd",
    "dt",
    "figcaption",
];

/// Tags whose content is not text.
const SKIPPED_CONTENT: &[&str] = &["script", "style", "noscript", "template"];

/// The text the extractors read, with a way back to the original offsets.
///
/// Tags, comments and `<script>`/`<style>` blocks are blanked byte for byte
/// (see the module doc); HTML character references (`&oacute;`, `&bdquo;`,
/// `&#261;`, `&#x105;`, `&nbsp;`) are decoded to their character, which is
/// shorter than the reference, so the view's offsets drift from the
/// original's after the first one. [`CleanText::original_span`] maps a span
/// of the view back. Text with neither markup nor references is borrowed as
/// it is, and every span maps to itself.
///
/// ```
/// use ekstrakt::{markup::CleanText, Span};
/// let html = "<p>Targi w Krak&oacute;w&nbsp;7&#8211;8 maja</p>";
/// let clean = CleanText::new(html);
/// assert_eq!(clean.as_str().trim(), "Targi w Kraków 7–8 maja");
/// let at = clean.as_str().find("Kraków").unwrap();
/// let back = clean.original_span(Span::new(at, at + "Kraków".len()));
/// assert_eq!(&html[back.range()], "Krak&oacute;w");
/// assert!(!CleanText::new("bez znaczników").is_changed());
/// ```
#[derive(Debug, Clone)]
pub struct CleanText<'a> {
    text: Cow<'a, str>,
    /// `(view offset, original offset)` at both ends of every decoded
    /// reference, in order; empty when the offsets never drift.
    anchors: Vec<(usize, usize)>,
}

impl<'a> CleanText<'a> {
    /// Blanks markup and decodes character references in `text`.
    pub fn new(text: &'a str) -> CleanText<'a> {
        if !looks_like_markup(text) {
            return CleanText { text: Cow::Borrowed(text), anchors: Vec::new() };
        }
        clean(text)
    }

    /// The cleaned text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the cleaned text differs from the original.
    pub fn is_changed(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }

    /// The span of the original text that a span of the cleaned text came from.
    /// A span covering a decoded character covers its whole reference.
    pub fn original_span(&self, span: Span) -> Span {
        if self.anchors.is_empty() {
            return span;
        }
        Span::new(self.original_start(span.start), self.original_end(span.end).max(self.original_start(span.start)))
    }

    /// Where a span starting at view offset `v` starts in the original: after
    /// anything decoded to nothing at `v` (a soft hyphen).
    fn original_start(&self, v: usize) -> usize {
        let n = self.anchors.partition_point(|a| a.0 <= v);
        match n.checked_sub(1).map(|i| self.anchors[i]) {
            Some((va, oa)) => oa + (v - va),
            None => v,
        }
    }

    /// Where a span ending at view offset `v` ends in the original: before
    /// anything decoded to nothing at `v`.
    fn original_end(&self, v: usize) -> usize {
        let n = self.anchors.partition_point(|a| a.0 <= v);
        let Some(last) = n.checked_sub(1) else { return v };
        let (va, oa) = self.anchors[last];
        if va < v {
            return oa + (v - va);
        }
        // Several anchors at `v`: the first is before what was dropped there.
        self.anchors[self.anchors.partition_point(|a| a.0 < v)].1
    }
}

/// Blanks tags and decodes references; `text` is known to have some.
fn clean(text: &str) -> CleanText<'_> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut anchors = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let Some(off) = memchr::memchr2(b'<', b'&', &bytes[i..]) else { break };
        i += off;
        if bytes[i] == b'<' {
            if let Some(end) = markup_end(text, i) {
                out.push_str(&text[copied..i]);
                push_blank(&mut out, &text[i..end.end], end.line_break);
                i = end.end;
                copied = i;
                continue;
            }
        } else if let Some((decoded, len)) = character_reference(&text[i..]) {
            out.push_str(&text[copied..i]);
            anchors.push((out.len(), i));
            if let Some(c) = decoded {
                out.push(c);
            }
            i += len;
            copied = i;
            anchors.push((out.len(), i));
            continue;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    CleanText { text: Cow::Owned(out), anchors }
}

/// Where a tag, a comment or a block whose content is not text ends.
struct MarkupEnd {
    end: usize,
    /// The markup ends a line of text (a block-level tag).
    line_break: bool,
}

/// The markup starting at the `<` at `start`, if it is markup: a tag (with
/// the content of `<script>` and the like) or a comment.
fn markup_end(text: &str, start: usize) -> Option<MarkupEnd> {
    let bytes = text.as_bytes();
    let end = tag_end(bytes, start)?;
    let name = tag_name(&text[start..end]);
    let line_break = BLOCK_TAGS.contains(&name.as_str());
    if SKIPPED_CONTENT.contains(&name.as_str()) && !text[start..end].starts_with("</") {
        let close = format!("</{name}");
        if let Some(off) = find_ascii_ci(&text[end..], &close) {
            let close_start = end + off;
            let close_end = tag_end(bytes, close_start).unwrap_or(close_start + close.len());
            return Some(MarkupEnd { end: close_end, line_break });
        }
    }
    Some(MarkupEnd { end, line_break })
}

/// The character an HTML character reference at the start of `s` stands
/// for (`None` for one that stands for nothing, a soft hyphen), and the
/// reference's length; `None` if `s` does not start with a known reference.
/// A no-break space is decoded to a plain space, and control characters
/// to a space.
fn character_reference(s: &str) -> Option<(Option<char>, usize)> {
    let b = s.as_bytes();
    let semi = b.iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) if !hex.is_empty() && hex.bytes().all(|c| c.is_ascii_hexdigit()) => u32::from_str_radix(hex, 16).ok()?,
            None if !num.is_empty() && num.bytes().all(|c| c.is_ascii_digit()) => num.parse().ok()?,
            _ => return None,
        };
        char::from_u32(code).unwrap_or('\u{fffd}')
    } else {
        let at = NAMED.binary_search_by(|(name, _)| name.cmp(&body)).ok()?;
        NAMED[at].1
    };
    let c = match c {
        '\u{ad}' => None,
        '\u{a0}' => Some(' '),
        c if c.is_control() => Some(' '),
        c => Some(c),
    };
    Some((c, semi + 1))
}

/// Named character references of HTML that scraped Polish text uses:
/// Latin-1 and Latin Extended-A letters, quotes, dashes, spaces and common
/// symbols, sorted by name (the HTML5 table, where names are case-sensitive).
const NAMED: &[(&str, char)] = &[
    ("AElig", '\u{c6}'),
    ("AMP", '\u{26}'),
    ("Aacute", '\u{c1}'),
    ("Abreve", '\u{102}'),
    ("Acirc", '\u{c2}'),
    ("Agrave", '\u{c0}'),
    ("Amacr", '\u{100}'),
    ("Aogon", '\u{104}'),
    ("Aring", '\u{c5}'),
    ("Atilde", '\u{c3}'),
    ("Auml", '\u{c4}'),
    ("COPY", '\u{a9}'),
    ("Cacute", '\u{106}'),
    ("Ccaron", '\u{10c}'),
    ("Ccedil", '\u{c7}'),
    ("Ccirc", '\u{108}'),
    ("Cdot", '\u{10a}'),
    ("Cedilla", '\u{b8}'),
    ("CenterDot", '\u{b7}'),
    ("CloseCurlyDoubleQuote", '\u{201d}'),
    ("CloseCurlyQuote", '\u{2019}'),
    ("Dagger", '\u{2021}'),
    ("Dcaron", '\u{10e}'),
    ("DiacriticalAcute", '\u{b4}'),
    ("Dot", '\u{a8}'),
    ("DoubleDot", '\u{a8}'),
    ("Dstrok", '\u{110}'),
    ("ENG", '\u{14a}'),
    ("ETH", '\u{d0}'),
    ("Eacute", '\u{c9}'),
    ("Ecaron", '\u{11a}'),
    ("Ecirc", '\u{ca}'),
    ("Edot", '\u{116}'),
    ("Egrave", '\u{c8}'),
    ("Emacr", '\u{112}'),
    ("Eogon", '\u{118}'),
    ("Euml", '\u{cb}'),
    ("GT", '\u{3e}'),
    ("Gbreve", '\u{11e}'),
    ("Gcedil", '\u{122}'),
    ("Gcirc", '\u{11c}'),
    ("Gdot", '\u{120}'),
    ("Hcirc", '\u{124}'),
    ("Hstrok", '\u{126}'),
    ("IJlig", '\u{132}'),
    ("Iacute", '\u{cd}'),
    ("Icirc", '\u{ce}'),
    ("Idot", '\u{130}'),
    ("Igrave", '\u{cc}'),
    ("Imacr", '\u{12a}'),
    ("Iogon", '\u{12e}'),
    ("Itilde", '\u{128}'),
    ("Iuml", '\u{cf}'),
    ("Jcirc", '\u{134}'),
    ("Kcedil", '\u{136}'),
    ("LT", '\u{3c}'),
    ("Lacute", '\u{139}'),
    ("Lcaron", '\u{13d}'),
    ("Lcedil", '\u{13b}'),
    ("Lmidot", '\u{13f}'),
    ("Lstrok", '\u{141}'),
    ("Nacute", '\u{143}'),
    ("Ncaron", '\u{147}'),
    ("Ncedil", '\u{145}'),
    ("NegativeMediumSpace", '\u{200b}'),
    ("NegativeThickSpace", '\u{200b}'),
    ("NegativeThinSpace", '\u{200b}'),
    ("NegativeVeryThinSpace", '\u{200b}'),
    ("NonBreakingSpace", '\u{a0}'),
    ("Ntilde", '\u{d1}'),
    ("OElig", '\u{152}'),
    ("Oacute", '\u{d3}'),
    ("Ocirc", '\u{d4}'),
    ("Odblac", '\u{150}'),
    ("Ograve", '\u{d2}'),
    ("Omacr", '\u{14c}'),
    ("OpenCurlyDoubleQuote", '\u{201c}'),
    ("OpenCurlyQuote", '\u{2018}'),
    ("Oslash", '\u{d8}'),
    ("Otilde", '\u{d5}'),
    ("Ouml", '\u{d6}'),
    ("PlusMinus", '\u{b1}'),
    ("Prime", '\u{2033}'),
    ("QUOT", '\u{22}'),
    ("REG", '\u{ae}'),
    ("Racute", '\u{154}'),
    ("Rcaron", '\u{158}'),
    ("Rcedil", '\u{156}'),
    ("Sacute", '\u{15a}'),
    ("Scaron", '\u{160}'),
    ("Scedil", '\u{15e}'),
    ("Scirc", '\u{15c}'),
    ("THORN", '\u{de}'),
    ("TRADE", '\u{2122}'),
    ("Tcaron", '\u{164}'),
    ("Tcedil", '\u{162}'),
    ("ThinSpace", '\u{2009}'),
    ("Tstrok", '\u{166}'),
    ("Uacute", '\u{da}'),
    ("Ubreve", '\u{16c}'),
    ("Ucirc", '\u{db}'),
    ("Udblac", '\u{170}'),
    ("Ugrave", '\u{d9}'),
    ("Umacr", '\u{16a}'),
    ("Uogon", '\u{172}'),
    ("Uring", '\u{16e}'),
    ("Utilde", '\u{168}'),
    ("Uuml", '\u{dc}'),
    ("Wcirc", '\u{174}'),
    ("Yacute", '\u{dd}'),
    ("Ycirc", '\u{176}'),
    ("Yuml", '\u{178}'),
    ("Zacute", '\u{179}'),
    ("Zcaron", '\u{17d}'),
    ("Zdot", '\u{17b}'),
    ("ZeroWidthSpace", '\u{200b}'),
    ("aacute", '\u{e1}'),
    ("abreve", '\u{103}'),
    ("acirc", '\u{e2}'),
    ("acute", '\u{b4}'),
    ("aelig", '\u{e6}'),
    ("agrave", '\u{e0}'),
    ("amacr", '\u{101}'),
    ("amp", '\u{26}'),
    ("angst", '\u{c5}'),
    ("aogon", '\u{105}'),
    ("apos", '\u{27}'),
    ("aring", '\u{e5}'),
    ("atilde", '\u{e3}'),
    ("auml", '\u{e4}'),
    ("bdquo", '\u{201e}'),
    ("brvbar", '\u{a6}'),
    ("bull", '\u{2022}'),
    ("bullet", '\u{2022}'),
    ("cacute", '\u{107}'),
    ("ccaron", '\u{10d}'),
    ("ccedil", '\u{e7}'),
    ("ccirc", '\u{109}'),
    ("cdot", '\u{10b}'),
    ("cedil", '\u{b8}'),
    ("cent", '\u{a2}'),
    ("centerdot", '\u{b7}'),
    ("circledR", '\u{ae}'),
    ("copy", '\u{a9}'),
    ("curren", '\u{a4}'),
    ("dagger", '\u{2020}'),
    ("dash", '\u{2010}'),
    ("dcaron", '\u{10f}'),
    ("ddagger", '\u{2021}'),
    ("deg", '\u{b0}'),
    ("die", '\u{a8}'),
    ("div", '\u{f7}'),
    ("divide", '\u{f7}'),
    ("dstrok", '\u{111}'),
    ("eacute", '\u{e9}'),
    ("ecaron", '\u{11b}'),
    ("ecirc", '\u{ea}'),
    ("edot", '\u{117}'),
    ("egrave", '\u{e8}'),
    ("emacr", '\u{113}'),
    ("emsp", '\u{2003}'),
    ("eng", '\u{14b}'),
    ("ensp", '\u{2002}'),
    ("eogon", '\u{119}'),
    ("eth", '\u{f0}'),
    ("euml", '\u{eb}'),
    ("euro", '\u{20ac}'),
    ("frac12", '\u{bd}'),
    ("frac14", '\u{bc}'),
    ("frac34", '\u{be}'),
    ("gbreve", '\u{11f}'),
    ("gcirc", '\u{11d}'),
    ("gdot", '\u{121}'),
    ("gt", '\u{3e}'),
    ("half", '\u{bd}'),
    ("hcirc", '\u{125}'),
    ("hellip", '\u{2026}'),
    ("hstrok", '\u{127}'),
    ("hyphen", '\u{2010}'),
    ("iacute", '\u{ed}'),
    ("icirc", '\u{ee}'),
    ("iexcl", '\u{a1}'),
    ("igrave", '\u{ec}'),
    ("ijlig", '\u{133}'),
    ("imacr", '\u{12b}'),
    ("imath", '\u{131}'),
    ("inodot", '\u{131}'),
    ("iogon", '\u{12f}'),
    ("iquest", '\u{bf}'),
    ("itilde", '\u{129}'),
    ("iuml", '\u{ef}'),
    ("jcirc", '\u{135}'),
    ("kcedil", '\u{137}'),
    ("kgreen", '\u{138}'),
    ("lacute", '\u{13a}'),
    ("laquo", '\u{ab}'),
    ("lcaron", '\u{13e}'),
    ("lcedil", '\u{13c}'),
    ("ldquo", '\u{201c}'),
    ("ldquor", '\u{201e}'),
    ("lmidot", '\u{140}'),
    ("lsaquo", '\u{2039}'),
    ("lsquo", '\u{2018}'),
    ("lsquor", '\u{201a}'),
    ("lstrok", '\u{142}'),
    ("lt", '\u{3c}'),
    ("macr", '\u{af}'),
    ("mdash", '\u{2014}'),
    ("micro", '\u{b5}'),
    ("middot", '\u{b7}'),
    ("minus", '\u{2212}'),
    ("mldr", '\u{2026}'),
    ("nacute", '\u{144}'),
    ("napos", '\u{149}'),
    ("nbsp", '\u{a0}'),
    ("ncaron", '\u{148}'),
    ("ncedil", '\u{146}'),
    ("ndash", '\u{2013}'),
    ("not", '\u{ac}'),
    ("ntilde", '\u{f1}'),
    ("oacute", '\u{f3}'),
    ("ocirc", '\u{f4}'),
    ("odblac", '\u{151}'),
    ("oelig", '\u{153}'),
    ("ograve", '\u{f2}'),
    ("omacr", '\u{14d}'),
    ("ordf", '\u{aa}'),
    ("ordm", '\u{ba}'),
    ("oslash", '\u{f8}'),
    ("otilde", '\u{f5}'),
    ("ouml", '\u{f6}'),
    ("para", '\u{b6}'),
    ("permil", '\u{2030}'),
    ("plusmn", '\u{b1}'),
    ("pm", '\u{b1}'),
    ("pound", '\u{a3}'),
    ("prime", '\u{2032}'),
    ("quot", '\u{22}'),
    ("racute", '\u{155}'),
    ("raquo", '\u{bb}'),
    ("rcaron", '\u{159}'),
    ("rcedil", '\u{157}'),
    ("rdquo", '\u{201d}'),
    ("rdquor", '\u{201d}'),
    ("reg", '\u{ae}'),
    ("rsaquo", '\u{203a}'),
    ("rsquo", '\u{2019}'),
    ("rsquor", '\u{2019}'),
    ("sacute", '\u{15b}'),
    ("sbquo", '\u{201a}'),
    ("scaron", '\u{161}'),
    ("scedil", '\u{15f}'),
    ("scirc", '\u{15d}'),
    ("sect", '\u{a7}'),
    ("shy", '\u{ad}'),
    ("strns", '\u{af}'),
    ("sup1", '\u{b9}'),
    ("sup2", '\u{b2}'),
    ("sup3", '\u{b3}'),
    ("szlig", '\u{df}'),
    ("tcaron", '\u{165}'),
    ("tcedil", '\u{163}'),
    ("thinsp", '\u{2009}'),
    ("thorn", '\u{fe}'),
    ("times", '\u{d7}'),
    ("trade", '\u{2122}'),
    ("tstrok", '\u{167}'),
    ("uacute", '\u{fa}'),
    ("ubreve", '\u{16d}'),
    ("ucirc", '\u{fb}'),
    ("udblac", '\u{171}'),
    ("ugrave", '\u{f9}'),
    ("umacr", '\u{16b}'),
    ("uml", '\u{a8}'),
    ("uogon", '\u{173}'),
    ("uring", '\u{16f}'),
    ("utilde", '\u{169}'),
    ("uuml", '\u{fc}'),
    ("wcirc", '\u{175}'),
    ("yacute", '\u{fd}'),
    ("ycirc", '\u{177}'),
    ("yen", '\u{a5}'),
    ("yuml", '\u{ff}'),
    ("zacute", '\u{17a}'),
    ("zcaron", '\u{17e}'),
    ("zdot", '\u{17c}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

/// True if the text has at least two HTML tags, or a character reference.
fn looks_like_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut tags = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr2(b'<', b'&', &bytes[i..]) {
        i += off;
        if bytes[i] == b'<' {
            if let Some(end) = tag_end(bytes, i) {
                tags += 1;
                if tags >= 2 {
                    return true;
                }
                i = end;
                continue;
            }
        } else if character_reference(&text[i..]).is_some() {
            return true;
        }
        i += 1;
    }
    false
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
    let starts_tag =
        next.is_ascii_alphabetic() || (matches!(next, b'/' | b'!' | b'?') && bytes.get(start + 2).is_some_and(|b| b.is_ascii_alphabetic()));
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

/// Appends `markup` blanked: every byte becomes a space (the first a line
/// break if the markup ends a line), line breaks stay. Non-ASCII bytes inside
/// become one space each, so the length is kept.
fn push_blank(out: &mut String, markup: &str, line_break: bool) {
    for (k, b) in markup.bytes().enumerate() {
        out.push(if (line_break && k == 0) || b == b'\n' { '\n' } else { ' ' });
    }
}

fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    h.windows(n.len()).position(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the cleaned text maps back to a span of the original
    /// that starts and ends on character boundaries.
    fn words_back<'t>(original: &'t str, clean: &CleanText) -> Vec<(String, &'t str)> {
        let view = clean.as_str();
        let mut out = Vec::new();
        for (at, word) in view.char_indices().filter(|(i, c)| !c.is_whitespace() && (*i == 0 || view[..*i].ends_with(char::is_whitespace)))
        {
            let len = view[at..].find(char::is_whitespace).unwrap_or(view.len() - at);
            let back = clean.original_span(Span::new(at, at + len));
            assert!(original.is_char_boundary(back.start) && original.is_char_boundary(back.end));
            let _ = word;
            out.push((view[at..at + len].to_string(), &original[back.range()]));
        }
        out
    }

    #[test]
    fn tags_are_blanked_and_offsets_kept() {
        let html = "<html><head><title>Konferencja</title><style>p{color:red}</style></head>\n<body><p>Spotkanie w <b>Łodzi</b> odbyło się 4 grudnia.</p><!-- komentarz <p> --></body></html>";
        let clean = CleanText::new(html);
        assert_eq!(clean.as_str().len(), html.len());
        let words: Vec<&str> = clean.as_str().split_whitespace().collect();
        assert_eq!(words, ["Konferencja", "Spotkanie", "w", "Łodzi", "odbyło", "się", "4", "grudnia."]);
        let at = html.find("Łodzi").unwrap();
        assert_eq!(&clean.as_str()[at..at + "Łodzi".len()], "Łodzi");
        assert_eq!(clean.original_span(Span::new(at, at + 7)), Span::new(at, at + 7));
    }

    #[test]
    fn references_are_decoded_and_map_back_to_their_source() {
        let html =
            "<p>Klaster &bdquo;Dolina Lotnicza&rdquo; w Krak&oacute;w&nbsp;i Gda&#324;sku &#x2013; 300&nbsp;os&oacute;b, R&amp;D</p>";
        let clean = CleanText::new(html);
        assert_eq!(clean.as_str().trim(), "Klaster „Dolina Lotnicza” w Kraków i Gdańsku – 300 osób, R&D");
        let back = words_back(html, &clean);
        assert!(back.contains(&("„Dolina".into(), "&bdquo;Dolina")));
        assert!(back.contains(&("Lotnicza”".into(), "Lotnicza&rdquo;")));
        assert!(back.contains(&("Kraków".into(), "Krak&oacute;w")));
        assert!(back.contains(&("Gdańsku".into(), "Gda&#324;sku")));
        assert!(back.contains(&("R&D".into(), "R&amp;D")));
        // a span starting or ending inside a decoded run of plain text
        let at = clean.as_str().find("osób").unwrap();
        assert_eq!(&html[clean.original_span(Span::new(at + 2, at + 5)).range()], "&oacute;b");
    }

    #[test]
    fn a_soft_hyphen_is_dropped_and_not_part_of_a_span_edge() {
        let t = "Konfe&shy;rencja&shy; w Poznaniu";
        let clean = CleanText::new(t);
        assert_eq!(clean.as_str(), "Konferencja w Poznaniu");
        let back = clean.original_span(Span::new(0, "Konferencja".len()));
        assert_eq!(&t[back.range()], "Konfe&shy;rencja");
        let at = clean.as_str().find("Poznaniu").unwrap();
        assert_eq!(&t[clean.original_span(Span::new(at, at + 8)).range()], "Poznaniu");
    }

    #[test]
    fn comparisons_unknown_references_and_plain_text_are_kept() {
        for t in [
            "Było <50 osób i >20 firm; R&D oraz B&B.",
            "Tekst z jednym <b>pogrubieniem.",
            "Spółka X&Y; &foo; &#; &#x; &#99999999999;",
            "bez znaczników",
        ] {
            let clean = CleanText::new(t);
            assert_eq!(clean.as_str(), t);
            assert_eq!(clean.original_span(Span::new(3, 7)), Span::new(3, 7));
        }
        assert!(!CleanText::new("bez znaczników").is_changed());
    }

    #[test]
    fn odd_references_do_not_break_the_text() {
        // a surrogate, a control character, a reference at the very end
        let t = "a&#xD800;b&#1;c&amp";
        let clean = CleanText::new(t);
        assert_eq!(clean.as_str(), "a\u{fffd}b c&amp");
        assert_eq!(&t[clean.original_span(Span::new(0, clean.as_str().len())).range()], t);
    }

    #[test]
    fn the_named_table_is_sorted_for_binary_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
