//! Files → articles: `.txt`, `.md`, `.html`/`.htm`, or folders of them.
//!
//! Bytes that are not UTF-8 are detected (`chardetng`) and decoded
//! (`encoding_rs`); text that cannot be decoded cleanly is refused, never turned
//! into replacement characters. HTML is reduced to its article text, without
//! scripts, styles or navigation, entities decoded.

use crate::model::NewArticle;
use regex::Regex;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// Default largest file imported, in bytes (20 MB).
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// Why a file was not imported; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is bigger than the limit.
    #[error("{}: {size} bytes is over the {limit}-byte limit", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is an image, executable or other binary.
    #[error("{}: not a text file ({kind})", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// What it looks like.
        kind: &'static str,
    },
    /// The file has no text.
    #[error("{}: empty file", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The bytes do not decode cleanly in any encoding we detect.
    #[error("{}: text encoding could not be decoded cleanly (guessed {encoding})", path.display())]
    Undecodable {
        /// The file.
        path: PathBuf,
        /// The encoding guessed.
        encoding: &'static str,
    },
    /// Not a .txt, .md, .html or .htm file.
    #[error("{}: unsupported file type (expected .txt, .md, .html or .htm)", path.display())]
    Unsupported {
        /// The file.
        path: PathBuf,
    },
    /// The path does not exist.
    #[error("{}: no such file or folder", path.display())]
    Missing {
        /// The path.
        path: PathBuf,
    },
}

/// The kind of document, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
}

/// The document kind of a path, if it is one claimdesk imports.
pub fn doc_kind(path: &Path) -> Option<DocKind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(DocKind::Text),
        "md" | "markdown" => Some(DocKind::Markdown),
        "html" | "htm" | "xhtml" => Some(DocKind::Html),
        _ => None,
    }
}

/// Expand files and folders (recursively) into importable files, sorted; the
/// second list holds what was passed over and why.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ImportError>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut stack = vec![p.clone()];
            while let Some(dir) = stack.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(source) => {
                        skipped.push(ImportError::Io {
                            path: dir.clone(),
                            source,
                        });
                        continue;
                    }
                };
                let mut found: Vec<PathBuf> =
                    entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                found.sort();
                for f in found {
                    if f.is_dir() {
                        stack.push(f);
                    } else if doc_kind(&f).is_some() {
                        files.push(f);
                    }
                }
            }
        } else if p.exists() {
            if doc_kind(p).is_some() {
                files.push(p.clone());
            } else {
                skipped.push(ImportError::Unsupported { path: p.clone() });
            }
        } else {
            skipped.push(ImportError::Missing { path: p.clone() });
        }
    }
    files.sort();
    files.dedup();
    (files, skipped)
}

/// Read a file into an article: size limit, binary check, decoding, HTML to text,
/// title, outlet and date.
pub fn read_article(path: &Path, max_bytes: u64) -> Result<NewArticle, ImportError> {
    let kind = doc_kind(path).ok_or_else(|| ImportError::Unsupported {
        path: path.to_path_buf(),
    })?;
    let meta = std::fs::metadata(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > max_bytes {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: max_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = decode(&bytes).map_err(|e| e.at(path))?;
    let file_name = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let art = match kind {
        DocKind::Html => from_html(&text, file_name),
        DocKind::Text | DocKind::Markdown => from_text(&text, file_name),
    };
    if art.text.trim().is_empty() {
        return Err(ImportError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(art)
}

/// A decoding failure, before the path is known.
#[derive(Debug)]
pub enum DecodeError {
    /// No bytes.
    Empty,
    /// Binary content.
    Binary(&'static str),
    /// Could not be decoded cleanly.
    Undecodable(&'static str),
}

impl DecodeError {
    /// The failure as the import error for this file (its message names it).
    pub fn at(self, path: &Path) -> ImportError {
        let path = path.to_path_buf();
        match self {
            DecodeError::Empty => ImportError::Empty { path },
            DecodeError::Binary(kind) => ImportError::Binary { path, kind },
            DecodeError::Undecodable(encoding) => ImportError::Undecodable { path, encoding },
        }
    }
}

/// Decode bytes to text: BOM, then UTF-8, then detection. Binary is refused.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(DecodeError::Undecodable(enc.name()));
        }
        return Ok(text.into_owned());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors {
        return Err(DecodeError::Undecodable(enc.name()));
    }
    Ok(text.into_owned())
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x7FELF", "executable"),
        (b"MZ", "executable"),
        (b"%PDF", "PDF"),
        (b"PK\x03\x04", "zip archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"SQLite format 3\0", "SQLite database"),
        (b"RIFF", "media file"),
        (b"\xCA\xFE\xBA\xBE", "executable"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("binary data");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b))
        .count();
    (controls * 20 > head.len()).then_some("binary data")
}

static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^\s*(source|outlet|publication|publisher|date|published|posted|url|link)\s*:\s*(.+?)\s*$").expect("meta regex")
});
static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4}-\d{2}-\d{2})\b").expect("date regex"));
static LONG_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \d{4})\b").expect("date regex")
});
static DATELINE_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .'-]+\(([A-Za-z .&-]+)\)\s*[-–—]").expect("outlet regex")
});

/// A plain-text or Markdown article: title from the first line or heading, outlet
/// and date where the text states them.
pub fn from_text(text: &str, file_name: Option<String>) -> NewArticle {
    let title = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(300)
        .collect::<String>();
    let head: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
    let mut art = NewArticle {
        title,
        file_name,
        text: text.to_string(),
        ..Default::default()
    };
    for cap in META_LINE.captures_iter(&head) {
        let key = cap[1].to_ascii_lowercase();
        let val = cap[2].to_string();
        match key.as_str() {
            "source" | "outlet" | "publication" | "publisher" if art.outlet.is_none() => {
                art.outlet = Some(val)
            }
            "date" | "published" | "posted" if art.published.is_none() => {
                art.published = Some(normalize_date(&val))
            }
            "url" | "link" if art.url.is_none() && val.starts_with("http") => art.url = Some(val),
            _ => {}
        }
    }
    if art.published.is_none() {
        art.published = ISO_DATE
            .captures(&head)
            .map(|c| c[1].to_string())
            .or_else(|| LONG_DATE.captures(&head).map(|c| normalize_date(&c[1])));
    }
    if art.outlet.is_none() {
        art.outlet = text
            .lines()
            .find(|l| !l.trim().is_empty() && DATELINE_OUTLET.is_match(l.trim()))
            .and_then(|l| {
                DATELINE_OUTLET
                    .captures(l.trim())
                    .map(|c| c[1].trim().to_string())
            });
    }
    if art.title.is_empty() {
        art.title = art.file_name.clone().unwrap_or_else(|| "Untitled".into());
    }
    art
}

fn normalize_date(s: &str) -> String {
    if let Some(c) = ISO_DATE.captures(s) {
        return c[1].to_string();
    }
    let fmt_a = time::macros::format_description!("[month repr:long] [day padding:none], [year]");
    let fmt_b = time::macros::format_description!("[month repr:short] [day padding:none], [year]");
    let fmt_c = time::macros::format_description!("[day padding:none] [month repr:long] [year]");
    for f in [fmt_a, fmt_b, fmt_c] {
        if let Ok(d) = time::Date::parse(s.trim().trim_end_matches('.'), &f) {
            return d.to_string();
        }
    }
    s.trim().to_string()
}

/// An HTML page: the article text without scripts, styles, navigation, with entities
/// decoded and blocks as paragraphs; title from `<title>` or the first `<h1>`.
pub fn from_html(html: &str, file_name: Option<String>) -> NewArticle {
    use scraper::{Html, Node, Selector};
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).ok();
    let first_text = |s: &str| -> Option<String> {
        let sel = sel(s)?;
        doc.select(&sel)
            .next()
            .map(|e| collapse_ws(&e.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    };
    let meta = |attr: &str, name: &str| -> Option<String> {
        let sel = sel(&format!("meta[{attr}=\"{name}\"]"))?;
        doc.select(&sel)
            .next()
            .and_then(|e| e.value().attr("content"))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let h1 = first_text("h1");
    let title = h1
        .clone()
        .or_else(|| first_text("title"))
        .unwrap_or_default();

    let mut out = String::new();
    let mut skip_depth = 0usize;
    for edge in doc.root_element().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if skip_depth > 0 || is_skipped(name) {
                        skip_depth += 1;
                    } else if is_block(name) {
                        push_break(&mut out);
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    let s: &str = t;
                    let c = collapse_ws(s);
                    if !c.is_empty() {
                        if !out.is_empty()
                            && !out.ends_with('\n')
                            && (s.starts_with(char::is_whitespace)
                                || out.ends_with(|ch: char| ch.is_alphanumeric())
                                    && c.starts_with(|ch: char| ch.is_alphanumeric()))
                        {
                            out.push(' ');
                        }
                        out.push_str(&c);
                        if s.ends_with(char::is_whitespace) {
                            out.push(' ');
                        }
                    }
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if is_block(el.name()) {
                        push_break(&mut out);
                    }
                }
            }
        }
    }
    let text = out.lines().map(str::trim).collect::<Vec<_>>().join("\n");
    let text = collapse_blank_lines(&text);
    // the title as its own first line, so the extractor sees the headline
    let text = if !title.is_empty() && !text.starts_with(&title) {
        format!("{title}\n\n{text}")
    } else {
        text
    };
    let mut art = from_text(&text, file_name);
    art.title = if title.is_empty() { art.title } else { title };
    art.outlet = meta("property", "og:site_name").or(art.outlet);
    art.published = meta("property", "article:published_time")
        .map(|d| normalize_date(&d))
        .or(art.published);
    art.url = meta("property", "og:url")
        .or_else(|| {
            let s = sel("link[rel=\"canonical\"]")?;
            doc.select(&s)
                .next()
                .and_then(|e| e.value().attr("href"))
                .map(str::to_string)
        })
        .or(art.url);
    art
}

fn is_skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "nav"
            | "noscript"
            | "template"
            | "iframe"
            | "svg"
            | "form"
            | "button"
            | "select"
            | "footer"
            | "aside"
            | "head"
            | "object"
            | "embed"
            | "canvas"
            | "menu"
    )
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "br"
            | "article"
            | "section"
            | "blockquote"
            | "tr"
            | "figcaption"
            | "header"
            | "main"
            | "ul"
            | "ol"
            | "table"
            | "pre"
            | "hr"
            | "dd"
            | "dt"
            | "figure"
            | "address"
            | "body"
    )
}

fn push_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn collapse_blank_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_detected_and_decoded() {
        let bytes = b"Caf\xe9 owners in Mar\xeda said the r\xe9gime had fallen, officials said.";
        let t = decode(bytes).expect("decodes");
        assert!(t.contains("Café") && t.contains("régime"), "{t}");
        assert!(!t.contains('\u{FFFD}'));
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(DecodeError::Binary(_))
        ));
        assert!(matches!(decode(b"abc\0def"), Err(DecodeError::Binary(_))));
        assert!(matches!(decode(b""), Err(DecodeError::Empty)));
    }

    #[test]
    fn html_text_without_scripts_with_entities() {
        let html = "<html><head><title>T &amp; U</title><script>var x = \"evil said\";</script></head><body><nav>Home | World</nav><h1>Minister: Bridge Opens</h1><p>The minister said the bridge &quot;will open&quot; on Friday.</p><style>p{}</style><p>Second&nbsp;para.</p></body></html>";
        let a = from_html(html, None);
        assert_eq!(a.title, "Minister: Bridge Opens");
        assert!(
            a.text
                .contains("The minister said the bridge \"will open\" on Friday."),
            "{}",
            a.text
        );
        assert!(
            !a.text.contains("evil") && !a.text.contains("Home |"),
            "{}",
            a.text
        );
    }

    #[test]
    fn outlet_and_date_from_text() {
        let a = from_text(
            "Storm hits coast\nSource: Varno Daily\nDate: March 3, 2026\n\nText.",
            None,
        );
        assert_eq!(a.outlet.as_deref(), Some("Varno Daily"));
        assert_eq!(a.published.as_deref(), Some("2026-03-03"));
    }
}
