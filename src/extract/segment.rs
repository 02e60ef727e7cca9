//! Segmentation that keeps byte offsets: paragraphs, quote regions, sentences, tokens.
//!
//! Every span here is a byte range into the article's text, always on char
//! boundaries, so claims can point back at the exact words.

use regex::Regex;
use std::sync::LazyLock;

/// A token: a word, a number or a punctuation mark, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// Letters or digits (not punctuation).
    pub word: bool,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Inside quote marks.
    pub quoted: bool,
    /// A double quote mark (straight, curly or guillemet).
    pub quote_mark: bool,
}

/// A paragraph: a block of text, with its sentences and quote regions.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Byte offset of the first byte (after leading white space).
    pub start: usize,
    /// Byte offset one past the last non-space byte.
    pub end: usize,
    /// Quote regions (inside the marks): start, end, and whether the quote closed.
    pub quotes: Vec<(usize, usize, bool)>,
    /// Sentences as byte ranges.
    pub sentences: Vec<(usize, usize)>,
    /// The paragraph starts with an opening quote mark.
    pub opens_with_quote: bool,
    /// A quote opened in this paragraph and did not close.
    pub unclosed_quote: bool,
}

/// The token grammar, as a regex: the reference the scanner is tested against.
#[cfg(test)]
static TOKEN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’\-&](?:[\p{L}\p{N}]))*|--|\S")
        .expect("token regex")
});

/// An article quoted in the British style, with single marks ('We will
/// fight,' she said) and no double mark anywhere: a copy with each single mark
/// that opens or closes a quote replaced by the double mark of the same byte
/// length (' -> ", ‘ -> “, ’ -> ”), so every offset stays the same. Apostrophes
/// (don't, Marsh's) stay: a mark opens only after a space or a bracket and
/// before a letter, and closes only an open quote, after a letter or a stop and
/// before a space or a stop. None for any other article.
pub fn single_quote_style(text: &str) -> Option<String> {
    let b = text.as_bytes();
    if memchr::memchr(b'"', b).is_some() {
        return None;
    }
    // (the other double marks, and the curly single ones, all start with 0xE2 or
    // 0xC2: a text with neither byte has none)
    let e2 = memchr::memchr2(0xE2, 0xC2, b).is_some();
    if e2 && text.contains(['“', '”', '„', '«', '»']) {
        return None;
    }
    // cheap test first: a single mark at all
    if memchr::memchr(b'\'', b).is_none() && !(e2 && text.contains(['‘', '’'])) {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let (opened, _) = mark_single_quotes(text, &mut out, text.len());
    // (one stray mark is no style; but one whole quote in curly marks is one,
    // 'Alison Creed said: ‘The people were let down. The warnings were
    // ignored.’': an opening ‘ is no apostrophe, and the text had neither “
    // nor ”, so both came from the marking)
    if opened < 2 {
        let curly_pair = opened == 1
            && memchr::memmem::find(&out, "“".as_bytes()).is_some()
            && memchr::memmem::find(&out, "”".as_bytes()).is_some();
        if !curly_pair {
            return None;
        }
    }
    String::from_utf8(out).ok()
}

/// Marks each single mark of `text[..upto]` that opens or closes a quote in
/// `out` (a copy of the text's bytes) as the double mark of its byte length;
/// gives the number of quotes opened and whether one is still open at `upto`.
fn mark_single_quotes(text: &str, out: &mut [u8], upto: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut open = false;
    let mut opened = 0;
    // only line breaks and single marks matter, with the chars either side:
    // the bytes between are skipped unread (' and \n are ASCII, and every other
    // char looked at starts with 0xE2, so each position found is a char's start)
    let mut from = 0;
    while let Some(k) = memchr::memchr3(b'\'', 0xE2, b'\n', &b[from..upto]) {
        let i = from + k;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if !matches!(c, '\n' | '\'' | '‘' | '’') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[from..].chars().next();
        if c == '\n' {
            // a quote runs to its paragraph's end at most
            if next == Some('\n') || next.is_none() {
                open = false;
            }
        } else if matches!(c, '\'' | '‘' | '’') {
            let before_open = prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p));
            let after_open = next.is_some_and(|n| n.is_alphabetic());
            let before_close = prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:…".contains(p));
            let after_close = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-".contains(n));
            if !open && c != '’' && before_open && after_open {
                open = true;
                opened += 1;
                if c == '\'' {
                    out[i] = b'"';
                } else {
                    out[i + 2] = 0x9C; // “
                }
            } else if open && c != '‘' && before_close && after_close {
                open = false;
                if c == '\'' {
                    out[i] = b'"';
                } else {
                    out[i + 2] = 0x9D; // ”
                }
            }
        }
    }
    (opened, open)
}

/// A headline quoted in single marks over a body quoted in double ones (''We
/// will not default,' says Lund', "'Not a drill': governor on the storm"): the
/// copy with the headline's marks as double ones, and the headline's end. None
/// when the first line holds no whole single-quoted quote.
pub fn headline_single_quotes(text: &str) -> Option<(String, usize)> {
    let end = memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len());
    let line = &text[..end];
    if end > 300 || memchr::memchr(b'\'', line.as_bytes()).is_none() || line.contains('"') {
        return None;
    }
    // (the headline's bytes are copied and marked; the body is copied as it is)
    let mut out = line.as_bytes().to_vec();
    let (opened, open) = mark_single_quotes(text, &mut out, end);
    if opened == 0 || open {
        return None;
    }
    let mut norm = String::from_utf8(out).ok()?;
    norm.push_str(&text[end..]);
    Some((norm, end))
}

/// Is this char a double quote mark?
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‟' | '〝' | '〞')
}

/// The width a hard-wrapped text was wrapped at (copy from an e-mail, a wire
/// feed or a PDF: every line of a paragraph filled to about the same width),
/// or `None` when its lines are paragraphs of their own. A text is taken as
/// wrapped when almost none of its lines are longer than 100 characters and
/// two thirds of the lines followed by another line of the same paragraph are
/// filled to within a fifth of the width (a paragraph's last line may be short;
/// a short line before another, a live blog's time or a label, is not counted).
pub fn wrap_width(text: &str) -> Option<usize> {
    let (mut lines, mut long) = (0usize, 0usize);
    // the lengths of the lines followed by a line of the same paragraph (not
    // blank, not indented)
    let mut inner: Vec<usize> = Vec::new();
    let mut prev = 0usize;
    // (the lines found by the memchr crate's vector search, as `str::lines`
    // gives them)
    let mut at = 0usize;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        let l = &text[at..end];
        at = end + 1;
        // (in chars; a line past 100 bytes that are all ASCII, or past 400 bytes,
        // is long without counting)
        let l = l.trim_end();
        let n = if l.len() > 400 || l.len() > 100 && l.is_ascii() {
            101
        } else {
            l.chars().count()
        };
        if n > 0 {
            lines += 1;
            long += usize::from(n > 100);
            // (a text of paragraphs longer than a line is told after its
            // first twenty lines)
            if lines >= 20 && long * 4 > lines {
                return None;
            }
            if prev >= 30 && !l.starts_with([' ', '\t']) {
                inner.push(prev);
            }
        }
        prev = n;
    }
    if inner.len() < 2 || long * 20 > lines {
        return None;
    }
    inner.sort_unstable();
    // (a little under the longest: a line one word too long for the rest does
    // not set the width)
    let width = inner[inner.len() * 4 / 5];
    if !(40..=100).contains(&width) {
        return None;
    }
    let full = inner.iter().filter(|&&n| n * 5 >= width * 4).count();
    (full * 3 >= inner.len() * 2).then_some(width)
}

/// A hard-wrapped text with its soft line breaks (those inside a paragraph)
/// turned into spaces: the same bytes but for those, so every offset into it is
/// an offset into the text. `None` when the text is not hard-wrapped
/// ([`wrap_width`]) or has no soft break. A line is joined to the one before
/// when that one was filled so far that the line's first word would not have
/// fitted on it, unless the line is indented or opens a list's item; the breaks
/// [`paragraphs`] takes for hard wraps in any text are joined too.
pub fn unwrap_lines(text: &str) -> Option<String> {
    let width = wrap_width(text)?;
    // (the indent every line has, a block's: a line indented further opens a
    // paragraph)
    let base = text_lines(text)
        .filter(|(_, _, content)| !content.is_empty())
        .map(|(_, lead, _)| lead)
        .min()
        .unwrap_or(0);
    let mut out: Option<Vec<u8>> = None;
    // the line before: where its words end, its last char, its length
    let mut prev: Option<(usize, char, usize)> = None;
    for (line_start, lead, content) in text_lines(text) {
        if content.is_empty() {
            prev = None;
            continue;
        }
        let first = content.chars().next().unwrap_or(' ');
        if let Some((prev_end, last, len)) = prev.filter(|_| lead <= base) {
            let word = content.split(' ').next().unwrap_or("").chars().count();
            // (at the width itself too: the width is read a little short)
            let joined = local_wrap(last, first)
                || len + 1 + word >= width && !matches!(first, '-' | '•' | '*' | '–' | '—');
            if joined {
                let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
                for b in &mut bytes[prev_end..line_start + lead] {
                    if matches!(*b, b'\n' | b'\r') {
                        *b = b' ';
                    }
                }
            }
        }
        let end = line_start + lead + content.len();
        prev = Some((
            end,
            content.chars().last().unwrap_or(' '),
            text[line_start..end].chars().count(),
        ));
    }
    // (only ASCII line-break bytes were replaced, by an ASCII space)
    out.and_then(|b| String::from_utf8(b).ok())
}

/// The text with its no-break and thin spaces (U+00A0, U+2007, U+2009,
/// U+202F: `Mr.\u{a0}Varga`, `40\u{202f}km`, common in text from web pages) as
/// plain spaces, one per byte so that every offset holds; `None` when it has
/// none.
pub fn plain_spaces(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    for i in memchr::memchr2_iter(0xC2, 0xE2, b) {
        let n = match b[i..] {
            [0xC2, 0xA0, ..] => 2,
            [0xE2, 0x80, 0x87 | 0x89 | 0xAF, ..] => 3,
            _ => continue,
        };
        out.get_or_insert_with(|| b.to_vec())[i..i + n].fill(b' ');
    }
    // (whole characters replaced by ASCII spaces)
    out.and_then(|b| String::from_utf8(b).ok())
}

/// Each line of the text: where it starts, the bytes of its indent, and its
/// words without the white space around them (empty for a blank line).
fn text_lines(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut pos = 0usize;
    text.split_inclusive('\n').map(move |line| {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim_end();
        let content = trimmed.trim_start();
        (start, trimmed.len() - content.len(), content)
    })
}

/// A line break inside a sentence in any text: the line before ends inside a
/// clause (a lowercase letter, a comma, a hyphen) and the next goes on in lower
/// case or with a number.
fn local_wrap(last: char, first: char) -> bool {
    // (also after a figure: 'would carry "at least 18,000' / 'passengers a day"')
    (last.is_lowercase() || last.is_ascii_digit() || last == ',' || last == '-')
        && (first.is_lowercase() || first.is_ascii_digit())
}

/// Split the text into paragraphs: blank lines always separate; a single line
/// break separates too unless it looks like a hard wrap inside a sentence
/// ([`local_wrap`]; a hard-wrapped text is read through [`unwrap_lines`]).
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    // news paragraphs run to a few hundred bytes: sized once for a long text
    let mut out = Vec::with_capacity(text.len() / 512 + 1);
    let mut para_start: Option<usize> = None;
    let mut para_end = 0usize;
    let mut prev_line_end_char: Option<char> = None;
    let mut prev_lead = 0usize;
    for (line_start, lead, content) in text_lines(text) {
        if content.is_empty() {
            if let Some(s) = para_start.take() {
                out.push(make_paragraph(text, s, para_end));
            }
            prev_line_end_char = None;
            continue;
        }
        let cstart = line_start + lead;
        let cend = cstart + content.len();
        let first = content.chars().next().unwrap_or(' ');
        // (a line indented deeper than the one before opens a paragraph)
        let hard_wrap =
            lead <= prev_lead && prev_line_end_char.is_some_and(|c| local_wrap(c, first));
        match para_start {
            Some(_) if hard_wrap => {
                para_end = cend;
            }
            Some(s) => {
                out.push(make_paragraph(text, s, para_end));
                para_start = Some(cstart);
                para_end = cend;
            }
            None => {
                para_start = Some(cstart);
                para_end = cend;
            }
        }
        prev_line_end_char = content.chars().last();
        prev_lead = lead;
    }
    if let Some(s) = para_start {
        out.push(make_paragraph(text, s, para_end));
    }
    out
}

/// Find the double-quote regions of a paragraph (outermost level only).
fn quote_regions(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool)> {
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    // every quote mark starts with one of these bytes: '"', or the lead byte of
    // “ ” „ ‟ (E2), « » (C2), 〝 〞 (E3); other bytes are skipped unread
    // (〝〞 are rare: without an E3 byte the other three are found by memchr3)
    let has_e3 = memchr::memchr(0xE3, bytes).is_some();
    let mut i = 0;
    while i < bytes.len() {
        if has_e3 {
            if !matches!(bytes[i], b'"' | 0xE2 | 0xC2 | 0xE3) {
                i += 1;
                continue;
            }
        } else {
            match memchr::memchr3(b'"', 0xE2, 0xC2, &bytes[i..]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let (c, clen) = char_at(slice, i);
        let at = i;
        i += clen;
        let abs = start + at;
        if is_quote_char(c) {
            let prev = slice[..at].chars().next_back();
            let next = slice[i..].chars().next();
            let before_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let after_space = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–-".contains(n));
            let opening = match c {
                '“' | '„' | '«' | '〝' => true,
                '”' | '»' | '〞' => false,
                _ => {
                    if open.is_some() {
                        !after_space && before_space
                    } else {
                        before_space || !after_space
                    }
                }
            };
            match (open, opening) {
                (None, true) => open = Some(abs + c.len_utf8()),
                (Some(o), false) => {
                    regions.push((o, abs, true));
                    open = None;
                }
                (Some(o), true) => {
                    // A second opening mark while open: treat the first as unbalanced
                    // only if this one is clearly an opener after a closing context.
                    if c == '"' {
                        regions.push((o, abs, true));
                        open = None;
                    } else {
                        open = Some(abs + c.len_utf8());
                    }
                }
                (None, false) => {}
            }
        }
    }
    if let Some(o) = open {
        regions.push((o, end, false));
    }
    regions
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep", "gov",
    "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "v", "etc", "no", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave",
    "approx", "adm", "cmdr", "gens", "dept", "est", "fig", "hon", "messrs", "mme", "pres", "supt",
    "det", "insp", "atty", "amb", "cllr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g",
    "cf", "al", "op", "vol", "pp", "nos", "sens", "reps",
];

fn is_abbreviation(word: &str) -> bool {
    if word.len() <= 6
        && ABBREVIATIONS
            .iter()
            .any(|a| a.len() == word.len() && a.eq_ignore_ascii_case(word))
    {
        return true;
    }
    // Single-letter initials (J. Smith) and dotted acronyms (U.S.A).
    let mut chars = word.chars();
    let single_cap = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_cap || word.contains('.') && word.len() <= 6
}

fn make_paragraph(text: &str, start: usize, end: usize) -> Paragraph {
    let quotes = quote_regions(text, start, end);
    let unclosed_quote = quotes.iter().any(|q| !q.2);
    let opens_with_quote = text[start..end].chars().next().is_some_and(is_quote_char)
        && quotes.first().is_some_and(|q| q.0 <= start + 4);
    let sentences = sentences(text, start, end, &quotes);
    Paragraph {
        start,
        end,
        quotes,
        sentences,
        opens_with_quote,
        unclosed_quote,
    }
}

fn inside_quote(pos: usize, quotes: &[(usize, usize, bool)]) -> bool {
    // regions are sorted and do not overlap
    let i = quotes.partition_point(|q| q.1 <= pos);
    quotes.get(i).is_some_and(|&(s, e, _)| pos > s && pos < e)
}

/// Whether the quote region holding `pos` closes before `upto` (`"... weeks." Next`):
/// its last sentence ends the quote and may end the sentence around it too.
fn quote_ends_here(pos: usize, upto: usize, quotes: &[(usize, usize, bool)]) -> bool {
    let i = quotes.partition_point(|q| q.1 <= pos);
    quotes
        .get(i)
        .is_some_and(|&(s, e, closed)| closed && pos > s && e < upto)
}

/// Whether `rest` starts with a short attribution sentence (` Hollis said.`, ` he added.`)
/// that belongs to the quote before it.
fn short_attribution(rest: &str) -> bool {
    let rest = rest.trim_start();
    let first = rest.find(['.', '!', '?', '"', '“']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..first].split_whitespace().collect();
    // (what follows the verb is when, where or to whom: `He said on Monday.`,
    // `Vinn told reporters.`; `They noted problems.` has an object, a sentence
    // of its own)
    let bare_tail = |k: usize| {
        let told = matches!(words[k], "told" | "tells");
        // (how the words were met, after a comma: `Falk said, to loud
        // cheers.`, `she said, smiling.`)
        let met = words[k].ends_with(',') && words.len() - k <= 4;
        met || words[k + 1..].iter().all(|w| {
            let l = w.trim_end_matches(',').to_ascii_lowercase();
            told || w.starts_with(char::is_uppercase)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || super::lexicon::time_word(&l)
                || super::lexicon::weekday(&l)
                || super::lexicon::month(&l)
                || super::lexicon::preposition(&l)
                || super::lexicon::determiner(&l)
                || matches!(
                    l.as_str(),
                    "night" | "morning" | "afternoon" | "evening" | "week"
                )
        })
    };
    // (`She told reporters: "..."` opens a quote of its own)
    words.len() <= 5
        && !words.last().is_some_and(|w| w.ends_with(':'))
        && words.iter().enumerate().any(|(k, w)| {
            let w = w.trim_end_matches(',');
            // (a verb that takes its own object starts a sentence of its own:
            // `"... well." He accused Ocampo of lying.`)
            !matches!(
                w,
                "accused"
                    | "blamed"
                    | "urged"
                    | "praised"
                    | "criticized"
                    | "criticised"
                    | "thanked"
                    | "condemned"
                    | "attacked"
                    | "rejected"
                    | "welcomed"
            ) && super::lexicon::cue_verb(w).is_some_and(|(_, f)| {
                matches!(f, super::lexicon::Form::Past | super::lexicon::Form::Pres3)
            }) && bare_tail(k)
        })
}

/// The quote regions that overlap `start..end` (a sorted slice of a paragraph's).
pub fn quotes_in(
    quotes: &[(usize, usize, bool)],
    start: usize,
    end: usize,
) -> &[(usize, usize, bool)] {
    let a = quotes.partition_point(|q| q.1 < start);
    let b = quotes.partition_point(|q| q.0 <= end);
    &quotes[a..b.max(a)]
}

/// Split a paragraph into sentences, never inside a quote region.
fn sentences(
    text: &str,
    start: usize,
    end: usize,
    quotes: &[(usize, usize, bool)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let mut sent_start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        match memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
            Some(k) => i += k,
            None => break,
        }
        let b = bytes[i];
        // extend over closing quotes/brackets and repeated marks
        let mut j = i + 1;
        while j < bytes.len() {
            let rest = &slice[j..];
            let c = rest.chars().next().unwrap_or(' ');
            if c == '.'
                || c == '!'
                || c == '?'
                || c == ')'
                || c == ']'
                || c == '\''
                || c == '’'
                || is_quote_char(c)
            {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let abs = start + i;
        let followed_by_space = j < bytes.len() && slice[j..].starts_with(char::is_whitespace);
        if followed_by_space
            && (!inside_quote(abs, quotes)
                || quote_ends_here(abs, start + j, quotes) && !short_attribution(&slice[j..]))
        {
            // Next non-space char must start a sentence.
            let rest = slice[j..].trim_start();
            let next = rest.chars().next().unwrap_or(' ');
            let starts_sentence = next.is_uppercase()
                || next.is_ascii_digit()
                || is_quote_char(next)
                || next == '('
                || next == '\''
                || next == '‘';
            let word_before = slice[sent_start..i]
                .rsplit(|c: char| c.is_whitespace() || c == '(' || is_quote_char(c))
                .next()
                .unwrap_or("");
            let abbrev = b == b'.' && j == i + 1 && is_abbreviation(word_before);
            // An abbreviation followed by a capitalized name is not an end (Mr. Smith),
            // but one followed by "The"/"He" probably is.
            // ("voted no. One of them": "No." numbers only before a number)
            let bare_no = abbrev
                && matches!(word_before, "no" | "No" | "NO")
                && !rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
            // ("in a post on X. \"Every voter ...\"": no initial or title comes
            // before an opening quote mark)
            let quote_next = is_quote_char(next) && next != '\'';
            // ("shortly before 6 p.m. Asked how he felt, ...": a time ends the
            // sentence unless a day, a month or a time zone follows it)
            let time_end = abbrev
                && matches!(word_before, "a.m" | "p.m" | "A.M" | "P.M")
                && next.is_uppercase()
                && {
                    let nw: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                    let low = nw.to_ascii_lowercase();
                    !super::lexicon::weekday(&low)
                        && !super::lexicon::month(&low)
                        && !matches!(
                            nw.as_str(),
                            "ET" | "EST"
                                | "EDT"
                                | "CT"
                                | "CST"
                                | "CDT"
                                | "PT"
                                | "PST"
                                | "PDT"
                                | "MT"
                                | "GMT"
                                | "UTC"
                                | "BST"
                                | "CET"
                                | "CEST"
                                | "Eastern"
                                | "Pacific"
                                | "Central"
                                | "Mountain"
                        )
                };
            let abbrev_end = bare_no
                || abbrev && (quote_next || time_end)
                || abbrev && {
                    let nw: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                    matches!(
                        nw.as_str(),
                        "The" | "He" | "She" | "They" | "It" | "In" | "But" | "A" | "We" | "I"
                    ) && !matches!(
                        word_before.to_ascii_lowercase().as_str(),
                        "mr" | "mrs" | "ms" | "dr" | "prof" | "gen" | "st"
                    )
                };
            if starts_sentence && (!abbrev || abbrev_end) {
                push_trimmed(&mut out, slice, start, sent_start, j);
                sent_start = j;
            }
        }
        i = j;
    }
    push_trimmed(&mut out, slice, start, sent_start, bytes.len());
    out
}

/// Longest sentence handled whole, in bytes; longer runs (a paragraph without
/// full stops) are cut at a comma or semicolon so the work stays linear.
const MAX_SENTENCE: usize = 3000;

fn push_trimmed(out: &mut Vec<(usize, usize)>, slice: &str, base: usize, s: usize, e: usize) {
    let mut s = s;
    while e - s > MAX_SENTENCE {
        let mut cut = s + MAX_SENTENCE;
        while !slice.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &slice[s..cut];
        let at = window
            .rfind([',', ';'])
            .filter(|&i| i > MAX_SENTENCE / 2)
            .map_or(cut, |i| s + i + 1);
        push_one(out, slice, base, s, at);
        s = at;
    }
    push_one(out, slice, base, s, e);
}

fn push_one(out: &mut Vec<(usize, usize)>, slice: &str, base: usize, s: usize, e: usize) {
    let piece = &slice[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        out.push((base + s + lead, base + s + lead + t.len()));
    }
}

/// The char at byte `i` of `s` (a char boundary) and its length; one byte for ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        (c, c.len_utf8())
    }
}

/// Byte classes for the ASCII fast paths (the tokenizer, check-worthiness).
pub(super) const SPACE: u8 = 1;
pub(super) const ALNUM: u8 = 2;
const UPPER: u8 = 4;
const JOINER: u8 = 8;
const NON_ASCII: u8 = 16;
pub(super) const DIGIT: u8 = 32;

pub(super) static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NON_ASCII
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'.' | b'\'' | b'-' | b'&') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Is the char at byte `i` (a char boundary) a letter or digit?
#[inline]
fn alnum_at(slice: &str, i: usize) -> bool {
    let cl = BYTE_CLASS[slice.as_bytes()[i] as usize];
    if cl & NON_ASCII == 0 {
        cl & ALNUM != 0
    } else {
        char_at(slice, i).0.is_alphanumeric()
    }
}

/// Tokenize a byte range of the text.
pub fn tokens(text: &str, start: usize, end: usize, quotes: &[(usize, usize, bool)]) -> Vec<Tok> {
    let mut out = Vec::new();
    tokens_into(&mut out, text, start, end, quotes);
    out
}

/// [`tokens`] written into `out` (cleared first), so one buffer serves every sentence.
pub fn tokens_into(
    out: &mut Vec<Tok>,
    text: &str,
    start: usize,
    end: usize,
    quotes: &[(usize, usize, bool)],
) {
    // A hand-written scanner (same tokens as TOKEN_RE, several times faster):
    // a word is a run of letters/digits, with . ' ’ - & allowed between two of them;
    // a typed dash "--" is one token.
    // ASCII bytes are classified by a table; other chars by their Unicode properties.
    let slice = &text[start..end];
    let bytes = slice.as_bytes();
    let n = bytes.len();
    let mut qi = quotes.partition_point(|q| q.1 < start);
    out.clear();
    out.reserve(n / 4 + 4);
    let mut i = 0;
    while i < n {
        let cl = BYTE_CLASS[bytes[i] as usize];
        if cl & SPACE != 0 {
            i += 1;
            continue;
        }
        let (word, cap, quote_mark, clen) = if cl & NON_ASCII == 0 {
            (cl & ALNUM != 0, cl & UPPER != 0, bytes[i] == b'"', 1)
        } else {
            let (c, clen) = char_at(slice, i);
            if c.is_whitespace() {
                i += clen;
                continue;
            }
            let word = c.is_alphanumeric();
            (word, c.is_uppercase(), !word && is_quote_char(c), clen)
        };
        let mut e = i + clen;
        // (a typed dash, "--", is one token)
        if bytes[i] == b'-' && e < n && bytes[e] == b'-' {
            e += 1;
        }
        if word {
            while e < n {
                let cl = BYTE_CLASS[bytes[e] as usize];
                if cl & ALNUM != 0 {
                    e += 1;
                } else if cl & JOINER != 0 {
                    if e + 1 < n && alnum_at(slice, e + 1) {
                        e += 1;
                    } else {
                        break;
                    }
                } else if cl & NON_ASCII != 0 {
                    let (c, clen) = char_at(slice, e);
                    if c.is_alphanumeric() || c == '’' && e + clen < n && alnum_at(slice, e + clen)
                    {
                        e += clen;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        let (s_abs, e_abs) = (start + i, start + e);
        while qi < quotes.len() && quotes[qi].1 < s_abs {
            qi += 1;
        }
        out.push(Tok {
            start: s_abs,
            end: e_abs,
            word,
            cap,
            quoted: !quote_mark
                && quotes
                    .get(qi)
                    .is_some_and(|&(qs, qe, _)| s_abs >= qs && e_abs <= qe),
            quote_mark,
        });
        i = e;
    }
}

static DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-Z][A-Z.'’\- ]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}(?:,\s*[0-9]{4})?|,\s*[0-9]{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+[0-9]{4})?)?\s*(?:\([A-Za-z .&]+\)\s*|/[A-Za-z .&-]+/\s*)?(?:-|–|—|--)\s+|\([A-Za-z .&]+\)\s*(?:-|–|—)\s+)",
    )
    .expect("dateline regex")
});

/// A press release's dateline in title case, always with its date: "Velgrad,
/// 14 July — ", "Port Alder, March 3, 2026 - " (a bare "Velgrad — " is left:
/// too like a sentence's own dash).
static TITLE_DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+(?:[0-9]{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+[0-9]{1,2})(?:,?\s+[0-9]{4})?\s*(?:/[A-Za-z .&-]+/\s*)?(?:-|–|—|--)\s+",
    )
    .expect("title-case dateline regex")
});

static TIMESTAMP_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[0-9]{1,2}[:.][0-9]{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM|GMT|UTC|ET|BST|CET|local time|local))?\s*(?:[-–—:|]\s*)?").expect("timestamp regex")
});

/// Length in bytes of a live-blog timestamp at the start of `s` (`09:45 `, `14.10 GMT - `).
pub fn timestamp_len(s: &str) -> usize {
    // (every timestamp starts with a digit: most sentences are answered here)
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return 0;
    }
    TIMESTAMP_RE.find(s).map_or(0, |m| m.end())
}

/// Length in bytes of a dateline at the start of `s` (`JAKARTA - `, `WASHINGTON (Reuters) - `), if any.
pub fn dateline_len(s: &str) -> usize {
    // (a dateline starts with a bracket, or with a capital followed by another
    // capital, a stop, an apostrophe, a hyphen or a space, as the regex's first
    // two classes say: most sentences are answered here)
    let b = s.as_bytes();
    if matches!(b, [b'A'..=b'Z', b'a'..=b'z', ..]) {
        // (it needs a comma and, after it, a digit and a dash: most sentences
        // are answered without the regex, which most texts never compile)
        let Some(c) = memchr::memchr(b',', b) else {
            return 0;
        };
        let rest = &b[c..];
        if !rest.iter().any(u8::is_ascii_digit) || memchr::memchr2(b'-', 0xE2, rest).is_none() {
            return 0;
        }
        return TITLE_DATELINE_RE.find(s).map_or(0, |m| m.end());
    }
    let may = match b {
        [b'(', ..] => true,
        [b'A'..=b'Z', second, ..] => {
            matches!(second, b'A'..=b'Z' | b'.' | b'\'' | b'-' | b' ' | 0xE2)
        }
        _ => false,
    };
    if !may {
        return 0;
    }
    DATELINE_RE.find(s).map_or(0, |m| m.end())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A story hard-wrapped at about 60 columns: its soft breaks become spaces
    /// (same length, same offsets), its paragraph breaks stay.
    const WRAPPED: &str = "Talmark weighs sale of state airline\n\nThe Talmark government is preparing to sell a majority stake in\nTalmark Air, two people familiar with the plans said on Monday.\n\nA decision could come as early as next month, a senior finance\nministry official said, speaking on condition of anonymity.\n";

    #[test]
    fn a_hard_wrapped_text_is_read_with_its_soft_breaks_as_spaces() {
        assert!(wrap_width(WRAPPED).is_some_and(|w| (55..=70).contains(&w)));
        let flat = unwrap_lines(WRAPPED).expect("wrapped");
        assert_eq!(flat.len(), WRAPPED.len());
        assert!(flat.contains("stake in Talmark Air, two"));
        assert!(flat.contains("senior finance ministry official"));
        // the headline and the paragraphs keep their breaks
        assert!(flat.starts_with("Talmark weighs sale of state airline\n\nThe"));
        assert!(flat.contains("Monday.\n\nA decision"));
        assert_eq!(paragraphs(&flat).len(), 3);
        // CRLF: both bytes of a soft break turn into spaces
        let crlf = WRAPPED.replace('\n', "\r\n");
        let flat = unwrap_lines(&crlf).expect("wrapped");
        assert!(flat.contains("stake in  Talmark Air"));
        assert!(flat.contains("Monday.\r\n\r\nA decision"));
    }

    #[test]
    fn lines_that_are_paragraphs_are_not_joined() {
        // one paragraph per line (longer than any wrap width)
        let long = "Vinn said the talks would resume on Monday after a two-week pause that both sides blamed on the other.\nThe ministry said the delegation would be led by its deputy head, who has met Kessian envoys twice before.\nNeither side has published its draft.\n";
        assert_eq!(wrap_width(long), None);
        assert_eq!(unwrap_lines(long), None);
        // a list's items and an indented paragraph open lines of their own
        let list = "The agreement, signed in Orvik after three days of talks, sets out\n- a ceasefire along the whole of the line of contact from Friday,\n- the exchange of all prisoners held since the war began in spring,\n  The monitors will report to both capitals every week from June\nonwards, the foreign ministry of Orvik said in a statement on Sunday.\n";
        let flat = unwrap_lines(list).expect("wrapped");
        assert!(flat.contains("sets out\n- a ceasefire"));
        assert!(flat.contains("Friday,\n- the exchange"));
        assert!(flat.contains("spring,\n  The monitors"));
        // too few lines to tell
        assert_eq!(wrap_width("A headline\n\nOne line of text.\n"), None);
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t = "Mr. Smith met Dr. Jones in the U.S. capital. \"It went well. Very well,\" he said. Then 3.5 percent rose. She called it \"a mistake.\" Others agreed. \"We won.\" Lind said.";
        let p = paragraphs(t);
        assert_eq!(p.len(), 1);
        let s: Vec<&str> = p[0].sentences.iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            vec![
                "Mr. Smith met Dr. Jones in the U.S. capital.",
                "\"It went well. Very well,\" he said.",
                "Then 3.5 percent rose.",
                "She called it \"a mistake.\"",
                "Others agreed.",
                "\"We won.\" Lind said."
            ]
        );
    }

    #[test]
    fn scanner_matches_the_token_regex() {
        let t = "U.S. officials’ \"don't\" Habar-24 A&B 3.5% — «quote» é-mail x--y end.";
        let a: Vec<(usize, usize)> = tokens(t, 0, t.len(), &[])
            .iter()
            .map(|k| (k.start, k.end))
            .collect();
        let b: Vec<(usize, usize)> = TOKEN_RE
            .find_iter(t)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(a, b);
    }

    #[test]
    fn scanner_matches_the_token_regex_on_mixed_text() {
        // every pair of these pieces, and the evaluation articles: ASCII, accents,
        // curly marks, joiners at the ends, tabs and odd white space
        let pieces = [
            "a", "Z9", ".", "'", "’", "-", "&", " ", "\t", "\u{0b}", "\u{a0}", "é", "Ünal", "“",
            "”", "«", "x-", "-y", "3.", ".5", "O’", "’s", "日本", "🙂", "\u{200f}", "\n",
        ];
        let mut t = String::new();
        for a in pieces {
            for b in pieces {
                t.push_str(a);
                t.push_str(b);
                t.push_str(a);
            }
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval");
        for e in std::fs::read_dir(dir).expect("tests/eval").flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                t.push_str(&std::fs::read_to_string(e.path()).expect("an evaluation article"));
            }
        }
        let a: Vec<(usize, usize)> = tokens(&t, 0, t.len(), &[])
            .iter()
            .map(|k| (k.start, k.end))
            .collect();
        let b: Vec<(usize, usize)> = TOKEN_RE
            .find_iter(&t)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(a.len(), b.len());
        assert_eq!(a, b);
        for k in tokens(&t, 0, t.len(), &[]) {
            let c = t[k.start..].chars().next().expect("a token has a char");
            assert_eq!(k.word, c.is_alphanumeric());
            assert_eq!(k.cap, c.is_uppercase());
            assert_eq!(k.quote_mark, !k.word && is_quote_char(c));
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline_len("JAKARTA - China supports"), 10);
        assert_eq!(
            &"WASHINGTON (Reuters) - The"[dateline_len("WASHINGTON (Reuters) - The")..],
            "The"
        );
        assert_eq!(
            dateline_len("NEW DELHI, India — Officials"),
            "NEW DELHI, India — ".len()
        );
        assert_eq!(dateline_len("The minister - who"), 0);
        assert_eq!(
            dateline_len("OSTEL CITY, 12 May - Cases"),
            "OSTEL CITY, 12 May - ".len()
        );
        // a press release's wire and year
        let pr = "KESSGRAD, Kessland, April 2, 2026 /PRNewsline/ -- Kessgrid";
        assert_eq!(&pr[dateline_len(pr)..], "Kessgrid");
        let pr = "Kessgrad, April 2, 2026 /PRNewsline/ -- Kessgrid";
        assert_eq!(&pr[dateline_len(pr)..], "Kessgrid");
    }

    #[test]
    fn quick_tests_answer_as_the_regexes_do() {
        // every line start and sentence start of the evaluation articles, and
        // starts made to sit on the quick tests' edges
        let mut starts: Vec<String> = [
            "A. B. KESSEL - Text",
            "A-B CITY - Text",
            "O’NEILL BAY — Text",
            "A BAY - x",
            "(Northwire) - Text",
            "AB",
            "A",
            "12:05 GMT - Text",
            "9.45 Text",
            "1 in 5",
            "",
            "é BAY - x",
            "Ab CITY - x",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval");
        for e in std::fs::read_dir(dir).expect("tests/eval").flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                let t = std::fs::read_to_string(e.path()).expect("an evaluation article");
                for p in paragraphs(&t) {
                    for &(a, b) in &p.sentences {
                        starts.push(t[a..b].to_string());
                    }
                }
                starts.extend(t.lines().map(str::to_string));
            }
        }
        for s in &starts {
            assert_eq!(
                dateline_len(s),
                DATELINE_RE
                    .find(s)
                    .or_else(|| TITLE_DATELINE_RE.find(s))
                    .map_or(0, |m| m.end()),
                "{s}"
            );
            assert_eq!(
                timestamp_len(s),
                TIMESTAMP_RE.find(s).map_or(0, |m| m.end()),
                "{s}"
            );
        }
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let t = "\"First part of a long quote.\n\n\"Second part,\" she said.";
        let p = paragraphs(t);
        assert_eq!(p.len(), 2);
        assert!(p[0].unclosed_quote);
        assert!(p[1].opens_with_quote);
    }
}
