//! Text → claims: every checkable claim, its real source and the chain it came through.
//!
//! Pure Rust over `regex` and the hand-built lexicons of [`lexicon`] and the
//! source registry in `assets/sources.json`. Knows nothing of SQLite or egui.
//! The contract is `shared/docs/claims-guide.md`: offsets are byte offsets into
//! the text as given, `end` exclusive.

pub mod lexicon;
pub mod names;
pub mod segment;

use crate::model::{Claim, Extraction, Mention, QuoteKind, SourceKind, SourceRef};
use lexicon::{CueClass, Form};
use names::{Memory, NpClass, NpInfo, Registry};
use segment::{Paragraph, Tok};
use smallvec::SmallVec;

/// A byte-string searcher built once ("memchr::memmem::find" builds one on
/// every call, which costs more than the search in a sentence).
macro_rules! finder {
    ($needle:literal) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        &*FINDER
    }};
}

/// The extractor: a source registry plus the rules of this module.
#[derive(Debug, Clone)]
pub struct Extractor {
    registry: Registry,
    publication: String,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Registry::builtin().clone())
    }
}

/// Extract with the built-in registry.
pub fn extract(text: &str) -> (String, Vec<Claim>) {
    static DEFAULT: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::default);
    DEFAULT.extract(text)
}

/// The record `extract --json` prints for one file.
pub fn extraction(file: &str, text: &str) -> Extraction {
    let (title, claims) = extract(text);
    Extraction {
        file: file.to_string(),
        title,
        claims,
    }
}

/// A cue found in a sentence.
#[derive(Debug, Clone)]
struct Cue {
    /// Token index of the cue's first token.
    i: usize,
    /// Token index one past the cue's last token.
    j: usize,
    class: CueClass,
    according: bool,
    /// The subject left of the cue ([`subject_left`]), found once and shared by
    /// the readings that try this cue.
    subject: std::cell::OnceCell<Option<(usize, usize)>>,
}

impl Cue {
    fn new(i: usize, j: usize, class: CueClass, according: bool) -> Cue {
        Cue {
            i,
            j,
            class,
            according,
            subject: std::cell::OnceCell::new(),
        }
    }

    /// [`subject_left`] of this cue (found in the sentence part starting at `lo`,
    /// the part the cue was found in).
    fn subject(&self, s: &Sent, lo: usize) -> Option<(usize, usize)> {
        *self.subject.get_or_init(|| subject_left(s, lo, self.i))
    }
}

/// An attribution found in (part of) a sentence.
#[derive(Debug, Clone)]
struct Attr {
    pieces: Vec<(usize, usize)>,
    quote: QuoteKind,
    cue: Mention,
    source: NpInfo,
    via: Vec<NpInfo>,
    /// token range of the content, for inner analysis
    content_toks: (usize, usize),
    /// a second claim by the same source (", adding that ...")
    extra: Option<(usize, usize)>,
}

impl Attr {
    /// An attribution with no relay and no second claim.
    fn plain(
        pieces: Vec<(usize, usize)>,
        quote: QuoteKind,
        cue: Mention,
        source: NpInfo,
        content_toks: (usize, usize),
    ) -> Attr {
        Attr {
            pieces,
            quote,
            cue,
            source,
            via: vec![],
            content_toks,
            extra: None,
        }
    }

    /// The source now known to stand behind the words the sentence named it by
    /// ("it", "the statement", "The two"): those words stay its mention.
    fn stand_in(&mut self, source: SourceRef, class: NpClass) {
        self.source.source = SourceRef {
            mention: self.source.source.mention.take(),
            ..source
        };
        self.source.class = class;
    }

    /// Bodies' relays as the chain of a claim.
    fn relays(via: &[SourceRef]) -> Vec<NpInfo> {
        via.iter()
            .map(|v| NpInfo {
                source: v.clone(),
                class: NpClass::Org,
            })
            .collect()
    }

    /// The words the source was named by in the sentence ("he", "It", "the
    /// ministry"), or "" when there are none.
    fn said(&self) -> &str {
        self.source
            .source
            .mention
            .as_ref()
            .map_or("", |m| m.text.as_str())
    }
}

#[derive(Clone, Copy)]
struct Sent<'a> {
    text: &'a str,
    lower: &'a str,
    toks: &'a [Tok],
    /// [`lexicon::word_flags`] of each token (0 for punctuation).
    flags: &'a [u8],
    /// Each token in lower case, sliced once per sentence (the rules read a
    /// token's word many times).
    lws: &'a [&'a str],
    quotes: &'a [(usize, usize, bool)],
    start: usize,
    end: usize,
}

impl<'a> Sent<'a> {
    /// The sentence (or headline) `text[start..end]`, its tokens and their flags
    /// read into the buffers reused from sentence to sentence.
    fn read<'l: 'a>(
        text: &'a str,
        lower: &'l str,
        quotes: &'a [(usize, usize, bool)],
        (start, end): (usize, usize),
        (toks, flags, lws): (&'a mut Vec<Tok>, &'a mut Vec<u8>, &'a mut Vec<&'l str>),
    ) -> Sent<'a> {
        segment::tokens_into(toks, text, start, end, quotes);
        lws.clear();
        lws.extend(toks.iter().map(|t| &lower[t.start..t.end]));
        word_flags_into(flags, toks, lws);
        Sent {
            text,
            lower,
            toks,
            flags,
            lws,
            quotes,
            start,
            end,
        }
    }
    /// The sentence's tokens before token m (m > 0), as a sentence of its own.
    fn before(&self, m: usize) -> Sent<'a> {
        Sent {
            toks: &self.toks[..m],
            flags: &self.flags[..m],
            lws: &self.lws[..m],
            end: self.toks[m - 1].end,
            ..*self
        }
    }
    /// The sentence's tokens from token m on, as a sentence of its own.
    fn from(&self, m: usize) -> Sent<'a> {
        Sent {
            toks: &self.toks[m..],
            flags: &self.flags[m..],
            lws: &self.lws[m..],
            start: self.toks[m].start,
            ..*self
        }
    }
    /// Token i in lower case; past the end of the sentence, the empty string, so
    /// that a look one token ahead at the sentence's end reads nothing.
    fn lw(&self, i: usize) -> &'a str {
        self.lws.get(i).copied().unwrap_or("")
    }
    fn is(&self, i: usize, s: &str) -> bool {
        self.lws.get(i).is_some_and(|&w| w == s)
    }
    /// Token i is punctuation (but the `%` of `4%` goes with its number, and
    /// the stop of `p.m.` with its abbreviation: a content's last token, not a
    /// mark trimmed off it).
    fn punct(&self, i: usize) -> bool {
        i < self.toks.len()
            && !self.toks[i].word
            && !(i > 0 && self.toks[i - 1].end == self.toks[i].start && {
                let b = self.text.as_bytes();
                let prev = &self.text[self.toks[i - 1].start..self.toks[i - 1].end];
                b[self.toks[i].start] == b'%' && prev.ends_with(|c: char| c.is_ascii_digit())
                    // (and the stop of "4 p.m.", "the U.S.")
                    || b[self.toks[i].start] == b'.'
                        && self.toks[i - 1].word
                        && prev.len() <= 5
                        && prev.contains('.')
            })
    }
    #[inline]
    /// `in part:` at token k (`The statement read, in part: "..."`).
    fn in_part(&self, k: usize) -> bool {
        self.is(k, "in") && self.is(k + 1, "part") && self.is(k + 2, ":")
    }

    fn comma(&self, i: usize) -> bool {
        let Some(&t) = self.toks.get(i) else {
            return false;
        };
        if t.word {
            return false;
        }
        let b = self.lower.as_bytes();
        match (b[t.start], t.end - t.start) {
            // the comma of "12,000" separates no clauses
            (b',', 1) => !self.digit_comma(i),
            (b';', 1) => true,
            // em and en dashes (U+2014, U+2013)
            (0xE2, 3) => matches!(&b[t.start..t.end], [0xE2, 0x80, 0x94] | [0xE2, 0x80, 0x93]),
            // a hyphen with a space on each side stands for a dash
            (b'-', 1 | 2) => {
                b[t.end - 1] == b'-'
                    && t.start > 0
                    && b[t.start - 1] == b' '
                    && b.get(t.end).is_some_and(|&c| c == b' ')
            }
            _ => false,
        }
    }
    /// A clause's comma just before token i, or one inside the quote that closes
    /// there ('called it "a flat-out lie," noting that C').
    fn comma_before(&self, i: usize) -> bool {
        i > 0 && self.comma(i - 1) || i >= 2 && self.toks[i - 1].quote_mark && self.comma(i - 2)
    }
    /// A comma between two digits, with no space: a thousands separator.
    fn digit_comma(&self, i: usize) -> bool {
        let t = self.toks[i];
        let b = self.lower.as_bytes();
        i > 0
            && i + 1 < self.toks.len()
            && self.toks[i - 1].end == t.start
            && self.toks[i + 1].start == t.end
            && b[t.start - 1].is_ascii_digit()
            && b[t.end].is_ascii_digit()
    }
    fn end_punct(&self, i: usize) -> bool {
        i >= self.toks.len()
            || (self.punct(i)
                && (matches!(self.lw(i), "." | "!" | "?" | ")" | "]") || self.toks[i].quote_mark)
                && self.rest_is_punct(i))
    }
    fn rest_is_punct(&self, i: usize) -> bool {
        self.toks[i..].iter().all(|t| !t.word)
    }
}

impl Extractor {
    /// An extractor with this registry (the built-in one, or it extended by the user's).
    pub fn new(registry: Registry) -> Self {
        Extractor {
            registry,
            publication: "article".to_string(),
        }
    }

    /// Extract the title and the claims of an article's text.
    pub fn extract(&self, text: &str) -> (String, Vec<Claim>) {
        // a hard-wrapped text (an e-mail, a wire feed, a PDF's text) is read with
        // its soft line breaks as spaces, so a name broken over two lines is one
        // name; the mentions are given back as the text has them (a claim's
        // text keeps the space, as pieces are joined by one)
        // (and with its no-break spaces as plain ones)
        let flat = segment::unwrap_lines(text);
        let flat = segment::plain_spaces(flat.as_deref().unwrap_or(text)).or(flat);
        let (title, mut claims) = self.extract_quotes(flat.as_deref().unwrap_or(text));
        for c in &mut claims {
            if flat.is_some() {
                let mentions = c.cue.iter_mut().chain(
                    std::iter::once(&mut c.source)
                        .chain(c.via.iter_mut())
                        .filter_map(|r| r.mention.as_mut()),
                );
                for m in mentions {
                    if let Some(t) = text.get(m.start..m.end) {
                        if t != m.text {
                            m.text = t.to_string();
                        }
                    }
                }
            }
            // (also the names not read by names::analyze: "city  council")
            std::iter::once(&mut c.source)
                .chain(c.via.iter_mut())
                .for_each(names::one_space);
        }
        (title, claims)
    }

    /// [`Extractor::extract`] of a text without soft line breaks.
    fn extract_quotes(&self, text: &str) -> (String, Vec<Claim>) {
        // British style ('We will fight,' she said): read with the marks as
        // double ones of the same byte length, then give back the article's own
        match segment::single_quote_style(text) {
            Some(norm) => {
                let (title, mut claims) = self.extract_text(&norm);
                let back = single_marks_back;
                for c in &mut claims {
                    back(&mut c.text);
                    if let Some(m) = c.cue.as_mut() {
                        back(&mut m.text);
                    }
                    for r in std::iter::once(&mut c.source).chain(c.via.iter_mut()) {
                        back(&mut r.name);
                        if let Some(m) = r.mention.as_mut() {
                            back(&mut m.text);
                        }
                        if let Some(role) = r.role.as_mut() {
                            back(role);
                        }
                    }
                }
                let mut title = title;
                back(&mut title);
                (title, claims)
            }
            // ('We will not default,' says Lund: a headline's single marks over a
            // body in double ones; only the headline's own words are given back)
            None => match segment::headline_single_quotes(text) {
                Some((norm, end)) => {
                    let (mut title, mut claims) = self.extract_text(&norm);
                    single_marks_back(&mut title);
                    for c in claims.iter_mut().filter(|c| c.start < end) {
                        single_marks_back(&mut c.text);
                        if let Some(m) = c.cue.as_mut() {
                            single_marks_back(&mut m.text);
                        }
                    }
                    (title, claims)
                }
                None => self.extract_text(text),
            },
        }
    }

    fn extract_text(&self, text: &str) -> (String, Vec<Claim>) {
        let lower = text.to_ascii_lowercase();
        let paras = segment::paragraphs(text);
        let title = paras
            .first()
            .map(|p| {
                text[p.start..p.end]
                    .trim_start_matches('#')
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let mut memory = Memory::default();
        // about one claim per 100 bytes of news: sized once, not doubled a dozen
        // times (each doubling copies every claim) on a long text
        let mut claims: Vec<Claim> = Vec::with_capacity(text.len() / 128 + 4);
        let mut last_speaker: Option<(SourceRef, Vec<SourceRef>, usize)> = None;
        // transcript labels and whether they are the interviewer's
        let mut asker_labels: Vec<(String, bool)> = Vec::new();
        // (every labelled turn of the text, read when the first label is met)
        let mut turns: Option<Vec<(&str, bool)>> = None;
        let mut interviewee: Option<SourceRef> = None;
        // (the interviewee named by the introduction, not by a sentence further on)
        let mut introduced = false;
        // (the headline's person, looked for once)
        let mut headline_asked = false;
        // "Ostel's foreign ministry gave a shorter account. C, it said.": the body
        // the sentence before was about, with that sentence's position
        let mut framer: Option<(NpInfo, (usize, usize))> = None;
        // "Roos and Varga issued a joint statement. C, the statement said.": who
        // issued the document the next sentence cites, with that sentence's place
        let mut issuer: Option<(NpInfo, (usize, usize))> = None;
        // "Reyes and Holt signed the deal. The two said C.": the pair the sentence
        // before was about, with the place of the sentence that names them so
        let mut pair: Option<(NpInfo, (usize, usize))> = None;
        // "Vint held talks with Marek": the two who met, with the paragraph
        let mut meeting: Option<(NpInfo, usize)> = None;
        let mut pending: Vec<(usize, usize)> = Vec::new();
        // Where the last quote that was only a question ended ('"What has she
        // done?" Dorne asked.': the sentence naming the asker follows it).
        let mut question_end: Option<usize> = None;
        // the person the last quote standing alone was given to (a fact check
        // quotes the claims it checks one by one, its speaker named once)
        let mut lone_quoter: Option<SourceRef> = None;
        // one token buffer (and one of their flags) for every sentence
        let mut tok_buf = Vec::new();
        let mut flag_buf: Vec<u8> = Vec::new();
        let mut lw_buf: Vec<&str> = Vec::new();
        let mut tail_skip = 0;
        let mut byline: Option<&str> = None;
        // the news agency a dateline names ("KESSGRAD, May 14 (KNA) --")
        let mut dateline_outlet: Option<&str> = None;
        // the sentence read before this one (its paragraph and span)
        let mut prev_sent: Option<(usize, usize, usize)> = None;
        // a fact check's "WHO SAID IT:" line, read with the claim line before it
        let mut who_said_at: Option<usize> = None;
        // the speaker of a speech's full text ("The following is a transcript of
        // President Aurel Vint's address"): the article's own words after it are
        // theirs
        let mut text_speaker: Option<(SourceRef, usize)> = None;
        let mut links_next = false;
        // "The ministry said:" then a list, one item a line ("- Exports rose 5
        // percent"): the items are the speaker's (with the last paragraph of the
        // list so far)
        let mut list_of: Option<(SourceRef, usize)> = None;
        for (pi, para) in paras.iter().enumerate() {
            let ptext = &text[para.start..para.end];
            if pi <= 3 && text_speaker.is_none() && paras.len() > pi + 2 {
                if let Some(mut info) = self.transcript_speaker(text, &lower, para, pi == 0) {
                    memory.resolve(&mut info, pi);
                    memory.remember(&info.source, pi, true);
                    text_speaker = Some((info.source, para.end));
                    // (the introduction itself is no claim)
                    if pi > 0 {
                        continue;
                    }
                }
            }
            if pi == 0 && interview_intro(&lower[para.start..para.end]) {
                interviewee = self.person_named_in(text, para, true);
                introduced = interviewee.is_some();
            }
            if pi == 0 && paras.len() > 1 && looks_like_headline(ptext) {
                let colon_claim = self.headline(text, para, &mut memory);
                // (no `Speaker: content`: perhaps `Speaker says content`)
                let try_says = colon_claim.is_none();
                if let Some(c) = colon_claim {
                    claims.push(c);
                }
                // the names a headline gives are known to the body ("Payments app
                // Quikpay restores service": Quikpay is a business); a headline in
                // title case capitalizes every word and gives none
                let sent = Sent::read(
                    text,
                    &lower,
                    segment::quotes_in(&para.quotes, para.start, para.end),
                    (para.start, para.end),
                    (&mut tok_buf, &mut flag_buf, &mut lw_buf),
                );
                let words = sent.toks.iter().filter(|t| t.word).count();
                let caps = sent.toks.iter().filter(|t| t.word && t.cap).count();
                if try_says && words >= 4 && caps * 2 >= words {
                    if let Some(c) = self.headline_title_says(text, &sent) {
                        claims.push(c);
                    }
                }
                if words >= 3 && caps * 2 < words {
                    // ("Velmar says it shot down drones; Kessia denies role": each
                    // clause its own)
                    // "Velmar weighs fuel tax cut - sources": a wire headline's
                    // anonymous sources after a dash
                    if try_says {
                        if let Some(c) = headline_dash_sources(text, para) {
                            claims.push(c);
                        }
                    }
                    if try_says {
                        let mut lo = 0;
                        for hi in (0..=sent.toks.len())
                            .filter(|&k| k == sent.toks.len() || sent.is(k, ";"))
                        {
                            if let Some((c, second)) = self.headline_says(text, &sent, lo, hi) {
                                claims.push(c);
                                claims.extend(second);
                            }
                            lo = hi + 1;
                        }
                    }
                    let mut named = Memory::default();
                    self.remember_names(&sent, pi, &mut named);
                    memory.adopt_bodies(named);
                }
                continue;
            }
            // ("By Hanna Voss" ... "Hanna Voss is a transport researcher at Selm
            // University.": the writer's note closing an opinion piece)
            if let Some(name) = byline_name(ptext) {
                byline = Some(name);
            }
            if byline.is_some_and(|b| author_note(ptext, b))
                || pi + 1 == paras.len() && staff_note(ptext)
            {
                continue;
            }
            // a page's list of links under its heading ("Most read", then
            // other stories' headlines, one a line): no part of the story
            // (one link a paragraph, or several lines in one)
            if links_next {
                if ptext.lines().all(|l| {
                    let l = l.trim();
                    l.len() < 120 && !l.ends_with(['.', '"', '”'])
                }) {
                    continue;
                }
                links_next = false;
            }
            if link_list_heading(ptext) {
                links_next = true;
                continue;
            }
            if is_boilerplate(ptext) || numbered_heading(ptext) {
                continue;
            }
            if is_caption(ptext) {
                // a photo's caption says nothing to check, but the names it gives
                // with their offices are the body's ("FILE - Senate Majority
                // Leader Dan Kettler speaks ..." then "Kettler said")
                self.remember_paragraph(
                    text,
                    &lower,
                    para,
                    pi,
                    &mut memory,
                    (&mut tok_buf, &mut flag_buf, &mut lw_buf),
                );
                continue;
            }
            // An embedded post: its text, then "— Ann Holt (@AnnHoltVel) May 3,
            // 2026" on the line below: the poster's claim (the credit line
            // itself is none)
            // A fact check's claim line, a quote alone, and the line below naming
            // who said it ('CLAIM: "C"' ... 'WHO SAID IT: State Sen. Mira Okafor,
            // in a campaign ad'): the named speaker's claim; the line naming them
            // is none
            if who_said_at == Some(pi) || pi > 0 && who_label(ptext).is_some() {
                continue;
            }
            if let Some((q0, q1, quoted)) = claim_label_line(ptext) {
                let who = (pi + 1..paras.len().min(pi + 3)).find_map(|n| {
                    let line = &text[paras[n].start..paras[n].end];
                    who_label(line).map(|(a, b)| (n, paras[n].start + a, paras[n].start + b))
                });
                let span = strip_quotes(text, para.start + q0, para.start + q1);
                if let Some((n, mut claim)) = who.and_then(|(n, ns, ne)| {
                    Some((
                        n,
                        self.credited(text, (ns, ne), span, pi, &mut memory, true)?,
                    ))
                }) {
                    if !quoted {
                        claim.quote = QuoteKind::Indirect;
                    }
                    claims.push(claim);
                    who_said_at = Some(n);
                    continue;
                }
            }
            if post_credit(ptext).is_some() {
                continue;
            }
            let credit = paras.get(pi + 1).and_then(|n| {
                let line = &text[n.start..n.end];
                post_credit(line).map(|(ns, ne)| (n.start + ns, n.start + ne))
            });
            if let Some((name, (a, b))) = credit.and_then(|c| Some((c, post_words(ptext)?))) {
                let span = (para.start + a, para.start + b);
                if let Some(claim) = self.credited(text, name, span, pi, &mut memory, false) {
                    claims.push(claim);
                    continue;
                }
            }
            // A quote left open at the end of the paragraph before goes on here
            // without its own opening mark and closes at this paragraph's end
            // (web copy drops the opening mark of a quote's later paragraphs):
            // the same speaker's words
            if pi > 0 && paras[pi - 1].unclosed_quote && !para.opens_with_quote {
                let body = ptext.trim_end();
                let marks = body.chars().filter(|&c| segment::is_quote_char(c)).count();
                let closes = body.ends_with(['”', '"']);
                let going_on = last_speaker
                    .as_ref()
                    .filter(|(_, _, lp)| *lp + 1 == pi)
                    .map(|(src, via, _)| (src.clone(), via.clone()));
                if let Some((src, via)) = going_on.filter(|_| marks == 1 && closes) {
                    let close =
                        para.start + body.len() - body.chars().last().map_or(0, char::len_utf8);
                    let (a, b) = (para.start, close);
                    if b > a {
                        if let Some(ls) = last_speaker.as_mut() {
                            ls.2 = pi;
                        }
                        // (the quote closed with nobody named: its earlier
                        // paragraphs stay the speaker's, not a later one's; and
                        // "..., she added" next is them)
                        pending.clear();
                        memory.remember(&src, pi, true);
                        claims.push(quote_claim(text, (a, b), src, via));
                        continue;
                    }
                }
            }
            // '"We will win this."' then a line '— Tom Hale, campaign manager':
            // the quote above is the named one's
            if pi > 0 && !pending.is_empty() {
                let t = ptext.trim();
                let rest = t
                    .strip_prefix('—')
                    .or_else(|| t.strip_prefix('–'))
                    .or_else(|| t.strip_prefix("--"))
                    .or_else(|| t.strip_prefix("- "));
                if let Some(rest) = rest.filter(|r| t.len() < 100 && !r.contains('"')) {
                    let a = para.start
                        + (t.len() - rest.len())
                        + (ptext.len() - ptext.trim_start().len());
                    let toks = segment::tokens(text, a, para.end, &[]);
                    let ne = toks
                        .iter()
                        .position(|t| !(t.word && t.cap))
                        .unwrap_or(toks.len());
                    let named = (2..=5).contains(&ne)
                        && (ne == toks.len() || &text[toks[ne].start..toks[ne].end] == ",");
                    if let Some(mut info) = named
                        .then(|| names::analyze(text, &toks[..ne], &self.registry, false))
                        .flatten()
                        .filter(|i| i.class == NpClass::Person)
                    {
                        memory.resolve(&mut info, pi);
                        memory.remember(&info.source, pi, true);
                        for (idx, qp) in pending.drain(..) {
                            if qp + 1 >= pi {
                                claims[idx].source = info.source.clone();
                                claims[idx].via.clear();
                            }
                        }
                        last_speaker = Some((info.source, vec![], pi));
                        continue;
                    }
                }
            }
            // (a press release's standing text and contacts close it: the next
            // few paragraphs are skipped, up to a headline, where a text that
            // holds several articles goes on)
            let tail = pi >= 3 && paras.len() > 4 && release_tail(ptext);
            if tail {
                tail_skip = 3;
                continue;
            }
            if tail_skip > 0 {
                if looks_like_headline(ptext) {
                    tail_skip = 0;
                } else {
                    tail_skip -= 1;
                    continue;
                }
            }
            // "PRESS RELEASE" then "Ministry of Transport announces new rail line":
            // the line under the header is the release's headline (it had become
            // a claim "new rail line")
            if pi > 0
                && pi <= 2
                && paras.len() > pi + 1
                && release_header(&text[paras[pi - 1].start..paras[pi - 1].end])
                && looks_like_headline(ptext)
                && !ptext.trim_end().ends_with(['.', '"', '”'])
            {
                // (its names with their offices are the body's: "Minister Rahel
                // Osei launches ..." then "Dr. Osei said")
                self.remember_paragraph(
                    text,
                    &lower,
                    para,
                    pi,
                    &mut memory,
                    (&mut tok_buf, &mut flag_buf, &mut lw_buf),
                );
                continue;
            }
            if pi <= 3 && interview_intro(&lower[para.start..para.end]) {
                if let Some(p) = self.person_named_in(text, para, true) {
                    interviewee = Some(p);
                    introduced = true;
                }
            }
            // an interviewer's turn: where its words start and how many claims there
            // were before it (its own words are no claims, but what it reports
            // others said is: "Q: The ministry says it doubled the budget.")
            let mut asked: Option<(usize, usize)> = None;
            // Q&A and live-blog speaker labels: "Q:", "A:", "Name: ..."
            // (a one-word label in capitals that other paragraphs open with too is
            // a transcript's speaker, no place: "CALLOWAY: That is not true. The
            // budget office found ...")
            let labelled = speaker_label(ptext).filter(|&(le, cs)| {
                !place_label(ptext, le, cs)
                    || ptext.get(..=le).is_some_and(|label| {
                        paras
                            .iter()
                            .filter(|p| text[p.start..p.end].starts_with(label))
                            .nth(1)
                            .is_some()
                    })
            });
            // (after a transcript's time stamp, if it has one, and past an
            // inverted cue: 'Said Marr: "It is over."')
            let ls = time_stamp_len(ptext);
            let ls = if ptext[ls..].starts_with("Said ") || ptext[ls..].starts_with("Says ") {
                ls + 5
            } else {
                ls
            };
            if let Some((label_end, content_start)) = labelled {
                let label = &ptext[ls..label_end];
                // the questioner ("Q:", "QUESTION:", "Reporter:"), or a label whose
                // turns are mostly questions ("Courier: ... Will Kessia
                // retaliate?"; each label's turns counted once)
                // ("JAKE MARSH, HOST:", then "MARSH:": the host by name and role,
                // then by the surname)
                let host_named = |l: &str| {
                    l.rsplit_once(", ")
                        .is_some_and(|(name, role)| !name.is_empty() && questioner_label(role))
                };
                if host_named(label) && !asker_labels.iter().any(|(l, _)| l == label) {
                    asker_labels.push((label.to_string(), true));
                }
                let asks = questioner_label(label)
                    || host_named(label)
                    || host_label(&text[paras[0].start..paras[0].end], label)
                    || label.len() > 2
                        && !label.contains(' ')
                        && asker_labels.iter().any(|(l, _)| {
                            host_named(l)
                                && l.rsplit_once(", ")
                                    .is_some_and(|(name, _)| name.rsplit(' ').next() == Some(label))
                        })
                    || match asker_labels.iter().find(|(l, _)| l == label) {
                        Some(&(_, a)) => a,
                        None => {
                            let turns = turns.get_or_insert_with(|| {
                                label_turns(paras.iter().map(|p| &text[p.start..p.end]))
                            });
                            // ("Northwire: There are reports that C. Can you
                            // confirm?": a news outlet's label that only asks, once
                            // at a press conference, is a reporter's)
                            // ("The Ledger: Business groups say C." between "The
                            // Ledger: ... Are they wrong?" and the minister's
                            // answers: the outlet that interviews, two turns or
                            // more, one a question, beside another label)
                            let intro_end = paras.get(2).map_or(text.len(), |p| p.end);
                            let mine = turns.iter().filter(|(l, _)| *l == label).count();
                            let a = asks_only(turns, label)
                                || interviewer_label(&text[..intro_end], turns, label)
                                || mine > 0
                                    && (turns.iter().all(|&(l, q)| l != label || q)
                                        || mine >= 2
                                            && turns.iter().any(|&(l, q)| l == label && q)
                                            && turns.iter().any(|(l, _)| *l != label))
                                    && {
                                        let toks = segment::tokens(
                                            text,
                                            para.start + ls,
                                            para.start + label_end,
                                            &[],
                                        );
                                        names::analyze(text, &toks, &self.registry, true)
                                            .is_some_and(|i| {
                                                matches!(
                                                    i.source.kind,
                                                    SourceKind::NewsOutlet | SourceKind::StateMedia
                                                )
                                            })
                                    };
                            asker_labels.push((label.to_string(), a));
                            a
                        }
                    };
                if asks {
                    asked = Some((para.start + content_start, claims.len()));
                }
            }
            if let Some((label_end, content_start)) = labelled.filter(|_| asked.is_none()) {
                let label = &ptext[ls..label_end];
                let content = (para.start + content_start, para.end);
                // ("Transcript: Senator Vik on the budget": with no interview
                // paragraph naming them, the one the headline names answers)
                if interviewee.is_none()
                    && !headline_asked
                    && matches!(label, "A" | "Answer")
                    && paras.len() > 1
                {
                    headline_asked = true;
                    interviewee = self
                        .person_named_in(text, &paras[0], false)
                        .filter(|p| p.kind.is_person());
                }
                // ("The following is a transcript of the press conference held by
                // Spokesperson Lin Qiao": the one the transcript is of answers)
                let src = if matches!(label, "A" | "Answer") {
                    Some(
                        interviewee
                            .clone()
                            .or_else(|| text_speaker.as_ref().map(|(s, _)| s.clone()))
                            .unwrap_or_else(|| SourceRef {
                                name: "interviewee".into(),
                                kind: SourceKind::Person,
                                resolved: false,
                                role: None,
                                mention: None,
                            }),
                    )
                } else {
                    let toks = segment::tokens(text, para.start + ls, para.start + label_end, &[]);
                    // a transcript's "VARGA:" is the person named Varga, not an acronym
                    let upper = label.len() > 3
                        && label.bytes().any(|b| b.is_ascii_uppercase())
                        && !label.bytes().any(|b| b.is_ascii_lowercase());
                    let analyzed = |memory: &mut Memory| {
                        names::analyze(text, &toks, &self.registry, true).map(|mut info| {
                            memory.resolve(&mut info, pi);
                            info.source
                        })
                    };
                    if upper {
                        let proper: String = label
                            .split(' ')
                            .map(|w| {
                                let mut cs = w.chars();
                                cs.next().map_or_else(String::new, |f| {
                                    f.to_string() + &cs.as_str().to_lowercase()
                                })
                            })
                            .collect::<Vec<_>>()
                            .join(" ");
                        // "REP. NELL ASTER:", "MR. ROE:": the title or honorific
                        // before the name
                        // ("FINANCE MINISTER OSKAR VAHL:": the title's words up to
                        // its last title word)
                        let words: Vec<&str> = proper.split(' ').collect();
                        let last_title = (0..words.len().saturating_sub(1)).rev().find(|&k| {
                            let w = words[k].trim_end_matches('.').to_ascii_lowercase();
                            lexicon::title_word(&w) || names::honorific(&w)
                        });
                        let (role, proper) = match last_title {
                            Some(k) => {
                                let w = words[k].trim_end_matches('.').to_ascii_lowercase();
                                let rest = words[k + 1..].join(" ");
                                if k == 0 && names::honorific(&w) {
                                    (None, rest)
                                } else {
                                    (Some(words[..=k].join(" ")), rest)
                                }
                            }
                            None => (None, proper),
                        };
                        let kind = if role
                            .as_deref()
                            .is_some_and(|r| !lexicon::private_role(&r.to_ascii_lowercase()))
                        {
                            SourceKind::Official
                        } else {
                            SourceKind::Person
                        };
                        let mut info = names::NpInfo {
                            source: SourceRef {
                                name: proper,
                                kind,
                                resolved: true,
                                role,
                                mention: Some(Mention {
                                    text: label.to_string(),
                                    start: para.start + ls,
                                    end: para.start + label_end,
                                }),
                            },
                            class: NpClass::Person,
                        };
                        memory.resolve(&mut info, pi);
                        // known to the article, or a registry entry ("UN:")
                        if info.source.name.contains(' ') || self.registry.lookup(label).is_none() {
                            Some(info.source)
                        } else {
                            analyzed(&mut memory)
                        }
                    } else {
                        analyzed(&mut memory)
                    }
                };
                // ("Nadia Orlov is Velmar's special envoy ..." then "Orlov:": the
                // office the introduction gives)
                let src = src.map(|mut src| {
                    if let Some(iv) = interviewee
                        .as_ref()
                        .filter(|iv| iv.name == src.name && src.role.is_none())
                    {
                        src.kind = iv.kind;
                        src.role.clone_from(&iv.role);
                    }
                    src
                });
                if let Some(src) = src {
                    if content.1 > content.0 {
                        memory.remember(&src, pi, true);
                        let (s, e) = trim_span(text, content.0, content.1, false);
                        let quote = if text[s..e].starts_with(segment::is_quote_char) {
                            QuoteKind::Direct
                        } else {
                            QuoteKind::Indirect
                        };
                        let (s, e) = if quote == QuoteKind::Direct {
                            strip_quotes(text, s, e)
                        } else {
                            (s, e)
                        };
                        // (one question put by a labelled speaker asserts nothing:
                        // "REP. ASTER: Were any of them recovered?")
                        let question =
                            text[s..e].ends_with('?') && !text[s..e - 1].contains(['.', '!', '?']);
                        // (nor a host's direction, after a name called:
                        // "PARK: Governor, let's turn to immigration.")
                        let direction = e > s && {
                            let t = &text[s..e];
                            let t = t
                                .split_once(", ")
                                .filter(|(v, _)| v.split_whitespace().count() <= 3)
                                .map_or(t, |(_, rest)| rest);
                            let t = t.to_ascii_lowercase();
                            t.split_whitespace().count() <= 12
                                && [
                                    "let's ",
                                    "let’s ",
                                    "let us ",
                                    "thank you",
                                    "welcome ",
                                    "we'll be right back",
                                    "we're back",
                                ]
                                .iter()
                                .any(|p| t.starts_with(p))
                        };
                        if e > s && !question && !direction {
                            claims.push(make_claim(
                                text,
                                &[(s, e)],
                                quote,
                                Some({
                                    // (the colon after an aside: "VASSE (through
                                    // interpreter):")
                                    // (the mark is the label's own: "A. not
                                    // much." has a stop, no colon)
                                    let colon = ptext[label_end..content_start]
                                        .find(':')
                                        .map_or(label_end, |c| label_end + c);
                                    let mark =
                                        ptext[colon..].chars().next().map_or(0, char::len_utf8);
                                    Mention {
                                        text: ptext[colon..colon + mark].into(),
                                        start: para.start + colon,
                                        end: para.start + colon + mark,
                                    }
                                }),
                                src.clone(),
                                vec![],
                                0.5,
                            ));
                            last_speaker = Some((src, vec![], pi));
                        }
                    }
                    continue;
                }
            }
            // An embedded post: '"C" - Dale Harlan (@DaleHarlan) October 6, 2026'
            // (also without quotes: "C pic.twitter.com/x — Name (@handle) date")
            if let Some((src, (s, e), dash)) = self.post_signature(text, para, pi, &mut memory) {
                memory.remember(&src, pi, true);
                claims.push(make_claim(
                    text,
                    &[(s, e)],
                    QuoteKind::Direct,
                    Some(dash),
                    src.clone(),
                    vec![],
                    0.5,
                ));
                last_speaker = Some((src, vec![], pi));
                continue;
            }
            // A roundup's line: 'Ana Kovac, Velmar's environment minister: "C"' -
            // a name, its office set off, a colon and the words in quotes
            if let Some((src, (s, e), colon)) = self.named_role_label(text, para, pi, &mut memory) {
                memory.remember(&src, pi, true);
                claims.push(make_claim(
                    text,
                    &[(s, e)],
                    QuoteKind::Direct,
                    Some(Mention {
                        text: ":".into(),
                        start: colon,
                        end: colon + 1,
                    }),
                    src.clone(),
                    vec![],
                    0.5,
                ));
                last_speaker = Some((src, vec![], pi));
                continue;
            }
            for (si, &(s0, s1)) in para.sentences.iter().enumerate() {
                let mut s_start = s0;
                if si == 0 {
                    let stamp = segment::timestamp_len(&text[s0..s1]);
                    s_start += stamp;
                    // "7:32 p.m. — Voting problems reported in Harlow County": a
                    // live-blog entry's heading, told again in the entry
                    if stamp > 0 && para.sentences.len() == 1 {
                        let rest = text[s_start..s1]
                            .trim_end()
                            .trim_end_matches(['"', '\'', '”', '’']);
                        if rest.split_whitespace().count() <= 16 && !rest.ends_with(['.', '!', '?'])
                        {
                            continue;
                        }
                    }
                    // (further down only in capitals: a roundup's items, "TAVRISK -
                    // A fire ...", each open with their own)
                    if pi <= 3
                        || text.as_bytes()[s_start..s1.min(s_start + 4)]
                            .iter()
                            .all(u8::is_ascii_uppercase)
                            && s1 >= s_start + 4
                    {
                        let dl = segment::dateline_len(&text[s_start..s1]);
                        // "KESSGRAD, May 14 (KNA) --": the agency in the dateline is
                        // a news agency ("KNA reported" later is it)
                        if let Some(agency) = dateline_agency(&text[s_start..s_start + dl]) {
                            dateline_outlet = Some(agency);
                        }
                        s_start += dl;
                    }
                    // ("KESSPUR: The state government will ..., the minister
                    // said": a place in capitals before its report, a dateline)
                    {
                        let t = &text[s_start..s1];
                        if t.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase) {
                            s_start += speaker_label(t)
                                .filter(|&(le, cs)| place_label(t, le, cs))
                                .map_or(0, |(_, cs)| cs);
                        }
                    }
                    // "THE FACTS: The state added 142,000 jobs ...": a fact check's
                    // section label is no speaker
                    s_start += section_label_len(&text[s_start..s1]);
                }
                // (an interviewer's label is no part of its turn)
                if let Some((words, _)) = asked {
                    s_start = s_start.max(words);
                }
                // ("Q. The city's ...": the label, split off as a sentence of its
                // own, ends before its words start)
                if s_start >= s1 {
                    continue;
                }
                // a list's bullet: "- Brandt leads with 60 percent", "• Turnout ..."
                let mut bulleted = false;
                {
                    let t = &text[s_start..s1];
                    for b in BULLETS {
                        if t.starts_with(b) {
                            bulleted = true;
                            s_start += b.len();
                            while text[s_start..s1].starts_with(' ') {
                                s_start += 1;
                            }
                            break;
                        }
                    }
                }
                if s_start >= s1 {
                    continue;
                }
                let sent = Sent::read(
                    text,
                    &lower,
                    segment::quotes_in(&para.quotes, s_start, s1),
                    (s_start, s1),
                    (&mut tok_buf, &mut flag_buf, &mut lw_buf),
                );
                if sent.toks.iter().filter(|t| t.word).count() < 2 {
                    // ('"Why?" Lind asked.': a one-word question, whose asker
                    // speaks the quotes that follow)
                    let n = sent.toks.len();
                    if n >= 4
                        && sent.toks[0].quote_mark
                        && sent.toks[n - 1].quote_mark
                        && sent.is(n - 2, "?")
                    {
                        question_end = Some(sent.end);
                    }
                    continue;
                }
                let before_sent = prev_sent.replace((pi, s_start, s1));
                self.remember_names(&sent, pi, &mut memory);
                self.remember_common_bodies(&sent, pi, &mut memory);
                // "Home prices rose 9 percent. That's according to a new report
                // from ...": the sentence before, in the article's voice so far, is
                // the report's
                if let Some((ci, ns, ne)) = that_according(&sent) {
                    let prev = claims.last_mut().filter(|c| {
                        c.source.kind == SourceKind::Publication
                            && c.end <= sent.start
                            && c.start >= paras[pi.saturating_sub(1)].start
                    });
                    if let Some(prev) = prev {
                        if let Some(mut info) =
                            names::analyze(text, &sent.toks[ns..ne], &self.registry, false)
                                .filter(|i| i.class != NpClass::Pronoun)
                        {
                            memory.resolve(&mut info, pi);
                            prev.source = info.source;
                            let (a, b) = trim_span(text, prev.start, prev.end, false);
                            if b > a {
                                (prev.start, prev.end) = (a, b);
                                prev.text = text[a..b].trim().to_string();
                            }
                            prev.quote = QuoteKind::Indirect;
                            prev.cue = Some(toks_mention(&sent, ci, ci + 2));
                            continue;
                        }
                    }
                }
                // "The army advanced, while the ministry said it had not": two clauses,
                // each read as a sentence of its own
                // ("... rose after X said Y" without a comma splits only where the
                // second clause is attributed: "He resigned after the newspaper
                // reported the payments" stays one claim)
                // (split before a relative clause's pronoun: "banks it accused of")
                let mut split_zero = false;
                // ("C1, one of the officials said, while C2": where the first
                // clause closes on its speaker and the second opens with
                // "while" or "and", the byte where the first clause ends)
                let mut closing_conj: Option<usize> = None;
                let parts: SmallVec<[Sent; 2]> = if let Some((a, m, b)) =
                    leading_concession(&sent).or_else(|| leading_time_report(&sent))
                {
                    // "Although the ministry said C, witnesses said D": each side's
                    smallvec::smallvec![sent.before(m).from(a), sent.from(b)]
                } else {
                    match contrast_split(&sent).filter(|&(m, b)| {
                        let first_has_cue = || {
                            (0..m).any(|k| {
                                sent.flags[k] & lexicon::F_CUE_START != 0
                                    && lexicon::cue_verb(sent.lw(k)).is_some()
                            })
                        };
                        // ("A, while B, according to a senior official.": the
                        // closing report covers both clauses)
                        let closing_report = matches!(sent.lw(m + 1), "while" | "whereas")
                            && (b + 2..sent.toks.len().saturating_sub(2)).any(|k| {
                                sent.comma(k - 1) && sent.is(k, "according") && sent.is(k + 1, "to")
                            })
                            && !first_has_cue();
                        // ("An officer shot a man after the man threatened
                        // officers with a knife, police said.": a report closing
                        // the sentence covers both clauses when the first has
                        // no cue of its own)
                        let after_closed = || {
                            let n = sent.toks.len();
                            let Some(lc) = (m + 2..n).rev().find(|&k| sent.comma(k)) else {
                                return false;
                            };
                            let tail_words = (lc + 1..n).filter(|&k| sent.toks[k].word).count();
                            (1..=6).contains(&tail_words)
                                && (lc + 1..n).all(|k| !sent.toks[k].quoted)
                                && (lc + 1..n).any(|k| {
                                    sent.toks[k].word
                                        && lexicon::cue_verb(sent.lw(k)).is_some_and(|(_, f)| {
                                            matches!(f, Form::Past | Form::Pres3)
                                        })
                                })
                                && !first_has_cue()
                        };
                        !closing_report
                            && (!(m > 0 && sent.toks[m - 1].word && sent.is(m, "after")) || {
                                let second = sent.from(b);
                                !after_closed()
                                    && self
                                        .attribute(&second, 0, second.toks.len(), true)
                                        .is_some()
                            })
                    }) {
                        Some((m, b)) => {
                            if b == m + 2
                                && matches!(sent.lw(m + 1), "while" | "whereas" | "and")
                                && sent.comma(m)
                            {
                                closing_conj = Some(sent.toks[m].start);
                            }
                            smallvec::smallvec![sent.before(m), sent.from(b),]
                        }
                        // "TNA said A, and quoted him as saying B": A is the outlet's
                        // claim; the whole sentence reads B
                        // (when A is attributed: "TNA reported the launch" is not)
                        None => match (
                            and_quoted(&sent)
                                .filter(|&m| self.attribute(&sent.before(m), 0, m, true).is_some()),
                            dash_report_aside(&sent),
                        ) {
                            (Some(m), _) => smallvec::smallvec![sent.before(m), sent],
                            // "He claimed C — FBI data show D — and promised E":
                            // the aside's own report, then the sentence around it
                            (None, Some((d1, d2))) => {
                                smallvec::smallvec![sent.before(d2).from(d1 + 1), sent]
                            }
                            // "Ocampo said A, a plan his campaign says would bring in
                            // $420 million": the aside's own speaker
                            (None, None) => match appositive_saying(&sent)
                                .or_else(|| label_aside(&sent))
                                .or_else(|| semicolon_split(&sent))
                                .or_else(|| {
                                    semicolon_after_report(&sent).filter(|&(m, _)| {
                                        self.attribute(&sent.before(m), 0, m, true).is_some()
                                    })
                                })
                                .or_else(|| paren_report_split(&sent))
                                .or_else(|| though_after_report(&sent))
                                .or_else(|| relative_saying_split(&sent))
                                .or_else(|| relative_saying_end(&sent))
                                .or_else(|| relative_saying_that(&sent))
                                .or_else(|| who_say_end(&sent))
                                .or_else(|| according_then_and(&sent))
                                .or_else(|| beat_according(&sent))
                            {
                                Some((m, b)) => smallvec::smallvec![sent.before(m), sent.from(b)],
                                None => match zero_relative(&sent) {
                                    Some(m) => {
                                        split_zero = true;
                                        smallvec::smallvec![sent.before(m), sent.from(m)]
                                    }
                                    None => smallvec::smallvec![sent],
                                },
                            },
                        },
                    }
                };
                // "Dresk spent Saturday in the north, where he told a crowd that ...":
                // the first clause's subject is who "he" is in the second
                let split = parts.len() > 1;
                // (and "it" in "The ministry denied it, and it said ..." is the ministry)
                let mut first_subject: Option<(SourceRef, NpClass)> = None;
                // (the first clause, for the one person it names: "accused
                // Housing Minister Carla Brenn of C after she told lawmakers D")
                let first_part = parts.first().copied().filter(|_| split);
                let parts_from = claims.len();
                for (part, sent) in parts.into_iter().enumerate() {
                    if split && part == 0 {
                        first_subject = clause_subject(&sent, 0, sent.toks.len())
                            .and_then(|(a, b)| {
                                names::analyze(text, &sent.toks[a..b], &self.registry, true)
                            })
                            .filter(|i| {
                                matches!(
                                    i.class,
                                    NpClass::Person | NpClass::Org | NpClass::OrgShort
                                )
                            })
                            .map(|mut i| {
                                memory.resolve(&mut i, pi);
                                (i.source, i.class)
                            });
                    }
                    // "The senator, who has said the election was stolen, voted ...",
                    // "said Aras Molin, a trader who said he saw two men fall": the
                    // relative clause's claim is the person's, beside the sentence's own
                    // (and "Noting that trade reached 12 billion dollars, Hale called
                    // on ...": the opening participle's clause is the subject's
                    // claim, whose pronoun stands too)
                    let clauses = [(who_said(&sent), false), (participle_opening(&sent), true)];
                    for (found, pronoun_ok) in clauses {
                        let Some((ns, ne, v, cs, ce)) = found else {
                            continue;
                        };
                        if let Some(mut info) =
                            names::analyze(text, &sent.toks[ns..ne], &self.registry, ns == 0)
                                .filter(|i| pronoun_ok || i.class != NpClass::Pronoun)
                        {
                            memory.resolve(&mut info, pi);
                            let span =
                                trim_span(text, sent.toks[cs].start, sent.toks[ce - 1].end, false);
                            claims.push(make_claim(
                                text,
                                &[span],
                                QuoteKind::Indirect,
                                Some(toks_mention(&sent, v, v + 1)),
                                info.source,
                                vec![],
                                check_worthiness(text, &[span], true),
                            ));
                        }
                    }
                    // '"The bill will pass." — Karel Vinn': a quote credited after a dash
                    if let Some((qs, qe, ns, ne)) = dash_credit(&sent) {
                        if let Some(mut info) =
                            names::analyze(text, &sent.toks[ns..ne], &self.registry, false)
                                .filter(|i| matches!(i.class, NpClass::Person | NpClass::Org))
                        {
                            memory.resolve(&mut info, pi);
                            memory.remember(&info.source, pi, true);
                            let dash = toks_mention(&sent, ns - 1, ns);
                            claims.push(make_claim(
                                text,
                                &[(qs, qe)],
                                QuoteKind::Direct,
                                Some(dash),
                                info.source.clone(),
                                vec![],
                                check_worthiness(text, &[(qs, qe)], true),
                            ));
                            last_speaker = Some((info.source, vec![], pi));
                            pending.clear();
                            continue;
                        }
                    }
                    // "The strike, which officials said killed 12 people, hit a market":
                    // the officials' claim and the article's, each with the head
                    if let Some((h, ns, v, c2)) = relative_saying(&sent) {
                        if let Some(mut info) =
                            names::analyze(text, &sent.toks[ns..v], &self.registry, false)
                                .filter(|i| i.class != NpClass::Pronoun)
                        {
                            memory.resolve(&mut info, pi);
                            let head = (sent.toks[0].start, sent.toks[h - 1].end);
                            let vp = (sent.toks[v + 1].start, sent.toks[c2 - 1].end);
                            let mut e = sent.toks.len();
                            while e > c2 + 1 && sent.punct(e - 1) && !sent.toks[e - 1].quote_mark {
                                e -= 1;
                            }
                            // (the content is the clause's own words, as for any cue;
                            // the head it is about stands just before the speaker)
                            claims.push(make_claim(
                                text,
                                &[vp],
                                QuoteKind::Indirect,
                                Some(toks_mention(&sent, v, v + 1)),
                                info.source.clone(),
                                vec![],
                                check_worthiness(text, &[head, vp], true),
                            ));
                            // ("Harlow, who critics say lied, said taxes would
                            // fall": the head speaks the main clause)
                            let said = lexicon::cue_verb(sent.lw(c2 + 1)).is_some_and(|(c, f)| {
                                matches!(c, CueClass::Say | CueClass::Tell)
                                    && matches!(f, Form::Past | Form::Pres3)
                            }) && !sent.toks[c2 + 1].quoted;
                            let speaker = said
                                .then(|| {
                                    names::analyze(text, &sent.toks[..h], &self.registry, true)
                                })
                                .flatten()
                                .filter(|i| {
                                    matches!(
                                        i.class,
                                        NpClass::Person
                                            | NpClass::Org
                                            | NpClass::OrgShort
                                            | NpClass::RoleOnly
                                    )
                                });
                            if let Some(mut sp) = speaker {
                                // (past the listener: "told reporters he would stay")
                                let a = if lexicon::cue_verb(sent.lw(c2 + 1))
                                    .is_some_and(|(c, _)| c == CueClass::Tell)
                                {
                                    skip_listener(&sent, c2 + 2, e)
                                } else {
                                    c2 + 2
                                };
                                let a = if sent.is(a, "that") { a + 1 } else { a };
                                if e > a + 1 {
                                    memory.resolve(&mut sp, pi);
                                    let content = (sent.toks[a].start, sent.toks[e - 1].end);
                                    claims.push(make_claim(
                                        text,
                                        &[content],
                                        QuoteKind::Indirect,
                                        Some(toks_mention(&sent, c2 + 1, c2 + 2)),
                                        sp.source.clone(),
                                        vec![],
                                        check_worthiness(text, &[content], true),
                                    ));
                                    last_speaker = Some((sp.source, vec![], pi));
                                }
                            } else if e > c2 + 2 {
                                let main = (sent.toks[c2 + 1].start, sent.toks[e - 1].end);
                                claims.push(make_claim(
                                    text,
                                    &[head, main],
                                    QuoteKind::None,
                                    None,
                                    SourceRef::publication(&self.publication),
                                    vec![],
                                    check_worthiness(text, &[head, main], false),
                                ));
                            }
                            pending.clear();
                            continue;
                        }
                    }
                    // "Parliament began a debate on Tuesday, with the interior minister
                    // warning that C": the article's event, then the speaker's claim
                    if let Some((m, ns, ne, v, cs)) = with_clause(&sent) {
                        let head = sent.before(m);
                        let toks = &sent.toks[ns..ne];
                        if self.attribute(&head, 0, m, true).is_none() {
                            if let Some(mut info) =
                                names::analyze(text, toks, &self.registry, false)
                                    .filter(|i| i.class != NpClass::Pronoun)
                            {
                                if let Some((a, b)) = self.unattributed(&head) {
                                    claims.push(self.publication_claim(text, a, b));
                                }
                                memory.resolve(&mut info, pi);
                                let mut e = sent.toks.len();
                                while e > cs && sent.punct(e - 1) && !sent.toks[e - 1].quote_mark {
                                    e -= 1;
                                }
                                let (a, b) = trim_span(
                                    text,
                                    sent.toks[cs].start,
                                    sent.toks[e - 1].end,
                                    false,
                                );
                                // (what X was calling them: the quoted words)
                                let (a, b) = if sent.toks[cs].quote_mark {
                                    strip_quotes(text, a, b)
                                } else {
                                    (a, b)
                                };
                                if b > a {
                                    let quote = reported_kind(&sent.toks[cs..e]);
                                    let cue = toks_mention(&sent, v, v + 1);
                                    claims.push(make_claim(
                                        text,
                                        &[(a, b)],
                                        quote,
                                        Some(cue),
                                        info.source.clone(),
                                        vec![],
                                        check_worthiness(text, &[(a, b)], true),
                                    ));
                                    last_speaker = Some((info.source, vec![], pi));
                                }
                                continue;
                            }
                        }
                    }
                    // ("Brand is said to have told colleagues that C. That's
                    // according to two people who were present.": the claim
                    // before is told by them (its speaker's words through them)
                    if let Some(prev) = claims
                        .last_mut()
                        .filter(|c| c.start >= para.start && c.end <= sent.start)
                    {
                        if let Some((mut info, v)) = self.according_pointer(&sent) {
                            memory.resolve(&mut info, pi);
                            if prev.source.kind == SourceKind::Publication {
                                prev.source = info.source;
                                prev.via.clear();
                                prev.cue = Some(toks_mention(&sent, v, v + 2));
                            } else {
                                prev.via.push(info.source);
                            }
                            continue;
                        }
                    }
                    // ('The plan has "built 10,000 homes." That is what Mayor Ida
                    // Strom told a forum on Tuesday.': the sentence before is the
                    // words of the one this sentence names)
                    if let Some(prev) = claims.last_mut().filter(|c| {
                        c.source.kind == SourceKind::Publication
                            && c.start >= para.start
                            && c.end <= sent.start
                            && c.quote != QuoteKind::Indirect
                    }) {
                        if let Some((mut info, v)) = self.pointer_attribution(&sent) {
                            memory.resolve(&mut info, pi);
                            memory.remember(&info.source, pi, true);
                            prev.source = info.source.clone();
                            prev.via.clear();
                            prev.cue = Some(toks_mention(&sent, v, v + 1));
                            last_speaker = Some((info.source, vec![], pi));
                            continue;
                        }
                    }
                    // '"A. Full stop." Strand said in an interview on Sunday.': a
                    // sentence that only names the speaker of the quote before it
                    // (also one the previous speaker was taken to go on with)
                    let quote_before = pending.last().is_some_and(|&(_, qp)| qp == pi)
                        || claims.last().is_some_and(|c| {
                            c.cue.is_none()
                                && c.quote == QuoteKind::Direct
                                && c.start >= para.start
                                && c.end <= sent.start
                        });
                    // ('"What has she done?" Dorne asked, to cheers.': the asker
                    // speaks the quotes that follow)
                    if question_end
                        .is_some_and(|e| e <= sent.start && text[e..sent.start].trim().is_empty())
                    {
                        if let Some((mut info, _)) = self.bare_attribution(&sent) {
                            memory.resolve(&mut info, pi);
                            memory.remember(&info.source, pi, true);
                            last_speaker = Some((info.source, vec![], pi));
                            pending.clear();
                            continue;
                        }
                    }
                    if quote_before {
                        if let Some((mut info, v)) = self
                            .bare_attribution(&sent)
                            .or_else(|| self.message_pointer(&sent))
                        {
                            memory.resolve(&mut info, pi);
                            memory.remember(&info.source, pi, true);
                            if pending.is_empty() {
                                pending.push((claims.len() - 1, pi));
                            }
                            for (idx, _) in pending.drain(..) {
                                claims[idx].source = info.source.clone();
                                claims[idx].via.clear();
                                claims[idx].cue = Some(toks_mention(&sent, v, v + 1));
                            }
                            last_speaker = Some((info.source, vec![], pi));
                            continue;
                        }
                    }
                    if let Some(mut attr) = self.attribute(&sent, 0, sent.toks.len(), true) {
                        // ("the statement said", of a statement an agency carried:
                        // the agency stays its relay)
                        let relay = (attr.via.is_empty() && attr.source.class == NpClass::Unnamed)
                            .then(|| definite_document_relay(&attr.source.source, &memory, pi))
                            .flatten();
                        // ('"A. [paragraph] "B. [paragraph] "C," she said.': a quote
                        // over paragraphs looks for its speaker from where it opened)
                        let from = pending
                            .iter()
                            .map(|&(_, qp)| qp)
                            .filter(|&qp| qp + 2 >= pi)
                            .min()
                            .unwrap_or(pi);
                        memory.resolve(&mut attr.source, from);
                        // ("Kremvar-1 showed footage of tanks, which it said had been
                        // filmed on Thursday": the relative clause's pronoun is the
                        // main clause's subject)
                        if attr.source.class == NpClass::Pronoun {
                            if let Some(subj) = self.relative_pronoun_subject(&sent, &attr) {
                                let mention = attr.source.source.mention.take();
                                attr.source = subj;
                                memory.resolve(&mut attr.source, pi);
                                attr.source.source.mention = mention;
                            }
                        }
                        if let Some(r) = relay.filter(|r| r.name != attr.source.source.name) {
                            attr.via = Attr::relays(std::slice::from_ref(&r));
                        }
                        // ("According to the minutes, Vell said C", of minutes an
                        // outlet cited: the outlet relays the minutes too)
                        let doc_relay = attr
                            .via
                            .last()
                            .filter(|v| attr.via.len() == 1 && v.source.kind == SourceKind::Unnamed)
                            .and_then(|v| definite_document_relay(&v.source, &memory, pi))
                            .filter(|r| {
                                r.name != attr.source.source.name
                                    && attr.via.iter().all(|v| v.source.name != r.name)
                            });
                        if let Some(r) = doc_relay {
                            attr.via.extend(Attr::relays(std::slice::from_ref(&r)));
                        }
                        // ("C, OstRail said on its website.": a one-word name its own
                        // "its" follows is a body's, for later mentions too)
                        if attr.source.class == NpClass::Person
                            && attr.source.source.role.is_none()
                            && !attr.source.source.name.contains(' ')
                            && (said_on_its(&sent, &attr)
                                || attr.source.source.kind == SourceKind::Person
                                    && it_opens_content(&sent, &attr)
                                    // (a place's name stays for its state, below)
                                    && !named_as_place(&lower, sent.start, &attr.source.source.name))
                        {
                            memory.set_body(&attr.source.source.name);
                            attr.source.class = NpClass::Org;
                            attr.source.source.kind = SourceKind::Organization;
                        }
                        // ("The fiscal office disagrees: it estimates C")
                        // (before any earlier body the pronoun was given)
                        if attr.source.class == NpClass::Pronoun {
                            if let Some(mut f) = self.colon_subject(&sent, &attr) {
                                memory.resolve(&mut f, pi);
                                attr.stand_in(f.source, f.class);
                            }
                        }
                        // (the body the sentence just before was about is "it", and an
                        // anonymous speaker just described is "they")
                        if let Some((f, _)) = pair.take().filter(|(_, at)| *at == (pi, si)) {
                            let said = attr.said().to_ascii_lowercase();
                            let part = opens_with_of_them(&format!("{said} "));
                            if (attr.source.class != NpClass::Pronoun || part) && pair_words(&said)
                            {
                                attr.stand_in(f.source, f.class);
                            }
                        } else if let Some((f, _)) =
                            meeting.as_ref().filter(|(_, at)| *at + 3 >= pi)
                        {
                            let said = attr.said();
                            if attr.source.class == NpClass::Unnamed
                                && [
                                    "the two sides",
                                    "both sides",
                                    "the two leaders",
                                    "both leaders",
                                ]
                                .iter()
                                .any(|w| said.eq_ignore_ascii_case(w))
                            {
                                attr.stand_in(f.source.clone(), f.class);
                            }
                        }
                        if let Some((f, _)) = issuer.take().filter(|(_, at)| *at == (pi, si)) {
                            let said = attr.said();
                            // (by bytes: the words may hold any character)
                            let the_document = said.len() > 4
                                && said.as_bytes()[..4].eq_ignore_ascii_case(b"the ")
                                && said.split(' ').count() <= 3
                                && names_a_document(said);
                            if the_document && attr.source.class == NpClass::Unnamed {
                                attr.stand_in(f.source, f.class);
                            }
                        }
                        if let Some((f, _)) = framer.take().filter(|(_, at)| *at == (pi, si)) {
                            // (a document is "it", never "they": "The ministers issued a
                            // joint statement. They said ...")
                            let document = names_a_document(&f.source.name);
                            let fits = match attr.said() {
                                "it" | "It" => {
                                    f.class != NpClass::Unnamed && f.class != NpClass::Person
                                }
                                "they" | "They" => !document && f.class != NpClass::Person,
                                // ("Caro's running mate, Lise Moen, was more measured.
                                // She said ...")
                                "he" | "He" | "she" | "She" => f.class == NpClass::Person,
                                _ => false,
                            };
                            if attr.source.class == NpClass::Pronoun && fits {
                                attr.stand_in(f.source, f.class);
                            }
                        }
                        // "The agency said C. It said D.": a body's "it" with nobody
                        // in memory is the body that just spoke
                        let body_pronoun = attr.source.class == NpClass::Pronoun
                            && matches!(attr.said(), "it" | "It" | "they" | "They");
                        let recent = last_speaker.as_ref().filter(|(ls, _, lp)| {
                            *lp + 1 >= pi && !ls.kind.is_person() && !nobody(ls)
                        });
                        // ("The National Health Agency recorded 412 cases, it said":
                        // with no body speaking just before, the body the content
                        // opens with)
                        let opening = if body_pronoun && recent.is_none() {
                            self.content_opening_body(&sent, attr.content_toks.0)
                        } else {
                            None
                        };
                        if let Some(mut info) = opening {
                            memory.resolve(&mut info, pi);
                            let mention = attr.source.source.mention.take();
                            attr.source = info;
                            attr.source.source.mention = mention;
                        } else if body_pronoun && !attr.source.source.resolved
                            || self.spokesperson_pronoun(text, &attr, claims.last(), recent)
                        {
                            // ("A readout from Reyes's office said the two leaders had
                            // agreed that C. It said D.": "it" is the relay that spoke,
                            // not the source it told of)
                            let it_relay = matches!(attr.said(), "it" | "It")
                                && attr.via.is_empty()
                                && recent.is_some_and(|(_, lv, _)| !lv.is_empty());
                            if let Some((_, lv, _)) = recent.filter(|_| it_relay) {
                                if let Some((outer, inner)) = lv.split_last() {
                                    attr.stand_in(outer.clone(), NpClass::Org);
                                    attr.via = Attr::relays(inner);
                                }
                            } else if let Some((ls, lv, _)) = recent.filter(|(ls, _, _)| {
                                // ("Traders said C. Shares in Norsil fell after it
                                // warned that D": people not named are no "it";
                                // a document is)
                                !matches!(attr.said(), "it" | "It")
                                    || ls.kind != SourceKind::Unnamed
                                    || names_a_document(&ls.name)
                                    || ls
                                        .mention
                                        .as_ref()
                                        .is_some_and(|m| names_a_document(&m.text))
                            }) {
                                attr.stand_in(ls.clone(), NpClass::Org);
                                if attr.via.is_empty() {
                                    attr.via = Attr::relays(lv);
                                }
                            }
                        }
                        // ("C, Nadia Brook told reporters, though she cautioned that D":
                        // the first clause's speaker, before its subject)
                        if split
                            && part == 0
                            && matches!(attr.source.class, NpClass::Person | NpClass::Org)
                        {
                            first_subject = Some((attr.source.source.clone(), attr.source.class));
                        }
                        if part == 1 && attr.source.class == NpClass::Pronoun {
                            let said = attr.said();
                            let person = matches!(said, "he" | "she" | "He" | "She");
                            let body = matches!(said, "it" | "It");
                            // ("Police arrested two men they said had planned it")
                            let group = matches!(said, "they" | "They");
                            if let Some((f, class)) = first_subject.take_if(|(f, class)| {
                                person && *class == NpClass::Person
                                    || body && *class != NpClass::Person
                                    // ("Velmar imposed sanctions on banks it accused
                                    // of ...": a lone unknown name that is "it")
                                    || body
                                        && split_zero
                                        && *class == NpClass::Person
                                        && !f.name.contains(' ')
                                    || group && matches!(*class, NpClass::Org | NpClass::Unnamed)
                            }) {
                                attr.stand_in(f, class);
                            } else if person
                                && text[..sent.start]
                                    .trim_end()
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| {
                                        matches!(
                                            w,
                                            "after" | "when" | "because" | "since" | "before"
                                        )
                                    })
                                && let Some(mut f) = first_part
                                    .and_then(|p| self.lone_person(&p))
                                    .filter(|f| names::name_fits_pronoun(&f.source.name, said))
                            {
                                memory.resolve(&mut f, pi);
                                attr.stand_in(f.source, f.class);
                            }
                        }
                        // "Drovgaz ... will cut 1,200 jobs, the company said": a body named by
                        // its head word alone, unknown so far, is the one the content
                        // starts with
                        // (also over a body remembered before: "Norvik Steel will
                        // cut 1,200 jobs, the company said in a statement to the
                        // Arden stock exchange" is Norvik's)
                        let head = (attr.source.class == NpClass::OrgShort).then(|| {
                            let src = &attr.source.source;
                            let said = src
                                .mention
                                .as_ref()
                                .map_or(src.name.as_str(), |m| m.text.as_str());
                            said.rsplit(' ').next().unwrap_or("").to_ascii_lowercase()
                        });
                        if head.as_deref().is_some_and(|h| {
                            !attr.source.source.resolved || lexicon::business_head(h)
                        }) {
                            if let Some(name) = self.content_subject_name(
                                &sent,
                                attr.content_toks.0,
                                attr.cue.start,
                                head.as_deref(),
                            ) {
                                attr.source.source.name = name;
                                attr.source.source.resolved = true;
                                attr.source.class = NpClass::Org;
                            }
                        }
                        // "Ostel said" after "its ambassador to Ostel": a one-word name the
                        // article used as a place speaks for its government
                        let src = &attr.source.source;
                        if attr.source.class == NpClass::Person
                            && src.kind == SourceKind::Person
                            && src.role.is_none()
                            && !src.name.contains(' ')
                            && named_as_place(&lower, sent.start, &src.name)
                            // ("Vestra has said" after "Vestra's president")
                            || attr.source.class == NpClass::Org
                                && src.kind == SourceKind::Organization
                                && !src.name.contains(' ')
                                && attr.via.is_empty()
                                && named_as_state(&lower, sent.start, &src.name)
                        {
                            attr.source.source.kind = SourceKind::Government;
                            attr.source.class = NpClass::Org;
                        }
                        // ("Ostel and Tamsk said" after "trade between Ostel and
                        // Tamsk": two states speaking together)
                        let src = &attr.source.source;
                        if src.kind == SourceKind::Person && src.role.is_none() {
                            if let Some((x, y)) = src.name.split_once(" and ") {
                                if !x.contains(' ')
                                    && !y.contains(' ')
                                    && (named_as_place(&lower, sent.start, x)
                                        || named_as_place(&lower, sent.start, y))
                                {
                                    attr.source.source.kind = SourceKind::Government;
                                    attr.source.class = NpClass::Org;
                                }
                            }
                        }
                        for v in attr.via.iter_mut() {
                            memory.resolve(v, pi);
                        }
                        // ("C, according to LSEG data": the data's maker is
                        // known by name, but no "it said" after is its)
                        let data = attr.cue.text.eq_ignore_ascii_case("according to")
                            && attr.source.source.mention.as_ref().is_some_and(|m| {
                                let after = text[m.end..].trim_start();
                                let last = m.text.rsplit(' ').next().unwrap_or("");
                                ["data", "figures", "statistics"].iter().any(|d| {
                                    last.eq_ignore_ascii_case(d)
                                        || after.strip_prefix(d).is_some_and(|r| {
                                            !r.starts_with(|c: char| c.is_alphanumeric())
                                        })
                                })
                            });
                        // (not the nobody of "It is alleged that C")
                        if matches!(
                            attr.source.class,
                            NpClass::Person | NpClass::Org | NpClass::Unnamed
                        ) && !nobody(&attr.source.source)
                        {
                            memory.remember(&attr.source.source, pi, !data);
                        }
                        if matches!(
                            attr.source.class,
                            NpClass::Pronoun | NpClass::RoleOnly | NpClass::OrgShort
                        ) && attr.source.source.resolved
                        {
                            memory.remember(&attr.source.source, pi, true);
                        }
                        // (an office nobody is named for is kept aside: the "he"
                        // that follows is that office)
                        if attr.source.class == NpClass::RoleOnly && !attr.source.source.resolved {
                            memory.note_office(&attr.source.source, pi);
                        }
                        // "Tleuberdi said he would ...": reported speech opening with
                        // "he"/"she" is mostly the speaker's own, a hint of who they
                        // are for names no list knows
                        if attr.source.source.kind.is_person()
                            && attr.source.source.resolved
                            && attr.quote == QuoteKind::Indirect
                            && attr.content_toks.0 < sent.toks.len()
                        {
                            match sent.lw(attr.content_toks.0) {
                                "he" => memory.note_gender(&attr.source.source.name, true),
                                "she" => memory.note_gender(&attr.source.source.name, false),
                                _ => {}
                            }
                        }
                        // "said in a memo to donors": a later "the memo said" is this source
                        // (not the document that speaks itself: "The data, first
                        // reported by the Courier, show": the outlet only relays it)
                        let (ca, cb) = attr.content_toks;
                        let own = attr
                            .source
                            .source
                            .mention
                            .as_ref()
                            .map(|m| (m.start, m.end));
                        for (k, t) in sent.toks.iter().enumerate() {
                            let w = sent.lw(k);
                            if (k < ca || k >= cb)
                                && t.word
                                && !t.quoted
                                && lexicon::document_word(w)
                                && !own.is_some_and(|(a, b)| {
                                    t.start >= a
                                        && t.end <= b
                                        && attr.source.class == NpClass::Unnamed
                                        && !attr.via.is_empty()
                                })
                            {
                                // "a readout published by the press office": the relay issued it
                                // (not "a statement carried by the state news agency":
                                // the agency only passed it on)
                                let relay_verb = |x: usize| {
                                    matches!(
                                        sent.lw(x),
                                        "carried" | "relayed" | "broadcast" | "aired" | "cited"
                                    )
                                };
                                let passed_on = relay_verb(k + 1);
                                // ("a readout of the call from Sarn's office carried
                                // by the state news agency": the agency passed on a
                                // document that speaks for itself)
                                let passed_on_later = !passed_on
                                    && (k + 2..sent.toks.len().min(k + 9))
                                        .take_while(|&x| !sent.comma(x) && !sent.toks[x].quoted)
                                        .any(|x| relay_verb(x) && sent.is(x + 1, "by"));
                                // ("the Observer reported, citing minutes of the
                                // meeting seen by the newspaper": an outlet's own
                                // report holds a document it only passes on; the
                                // document speaks, the outlet relays it)
                                let outlet_holds = matches!(
                                    attr.source.source.kind,
                                    SourceKind::NewsOutlet | SourceKind::StateMedia
                                ) && attr.via.is_empty()
                                    && (k > 0 && sent.is(k - 1, "citing")
                                        || (k + 1..sent.toks.len().min(k + 7)).any(|x| {
                                            matches!(sent.lw(x), "seen" | "obtained" | "reviewed")
                                                && sent.is(x + 1, "by")
                                        }));
                                if outlet_holds || passed_on_later && !attr.via.is_empty() {
                                    let doc = SourceRef {
                                        name: w.to_string(),
                                        kind: SourceKind::Unnamed,
                                        resolved: true,
                                        role: None,
                                        mention: Some(Mention {
                                            text: sent.text[t.start..t.end].to_string(),
                                            start: t.start,
                                            end: t.end,
                                        }),
                                    };
                                    let relay = attr
                                        .via
                                        .last()
                                        .filter(|_| !outlet_holds)
                                        .map_or(&attr.source.source, |v| &v.source);
                                    memory.note_document(w, &doc, Some(relay), pi, false);
                                    continue;
                                }
                                let issuer = attr
                                    .via
                                    .last()
                                    .filter(|_| !passed_on)
                                    .unwrap_or(&attr.source);
                                let definite = k > 0 && sent.is(k - 1, "the");
                                let relay = attr.via.last().filter(|_| passed_on);
                                memory.note_document(
                                    w,
                                    &issuer.source,
                                    relay.map(|r| &r.source),
                                    pi,
                                    definite,
                                );
                            }
                        }
                        // "..., the Orient News Agency reported." then "according to
                        // the report": the outlet's report
                        if matches!(attr.cue.text.as_str(), "reported" | "reports")
                            && matches!(
                                attr.source.source.kind,
                                SourceKind::NewsOutlet | SourceKind::StateMedia
                            )
                        {
                            memory.note_document("report", &attr.source.source, None, pi, false);
                        }
                        let mut via: Vec<SourceRef> =
                            attr.via.iter().map(|v| v.source.clone()).collect();
                        // "In the interview, Aurin was quoted as saying ...": quoted
                        // by the outlet that quoted him before
                        if via.is_empty()
                            && attr.cue.text.starts_with("quoted")
                            && attr.source.source.resolved
                        {
                            if let Some(prev) = claims.iter().rev().take(30).find(|c| {
                                c.source.name == attr.source.source.name
                                    && c.via.first().is_some_and(|v| {
                                        matches!(
                                            v.kind,
                                            SourceKind::NewsOutlet | SourceKind::StateMedia
                                        )
                                    })
                            }) {
                                via = prev.via.clone();
                            }
                        }
                        // "C, state broadcaster ORT reported, citing the ministry. D,
                        // it said.": the pronoun's claim came the same way as the
                        // one before it
                        if via.is_empty()
                            && attr.source.class == NpClass::Pronoun
                            && attr.source.source.resolved
                            && attr.cue.start > 3
                            && text[..attr.cue.start].trim_end().ends_with(" it")
                        {
                            if let Some(prev) = claims.last().filter(|c| {
                                c.source.name == attr.source.source.name
                                    && !c.via.is_empty()
                                    && c.end <= sent.start
                                    && !text[c.end..sent.start].contains('\n')
                            }) {
                                via = prev.via.clone();
                            }
                        }
                        for v in &via {
                            memory.remember(v, pi, false);
                        }
                        // (not from a questioner's turn: "Q: Tessaly's prime minister
                        // said in an interview that C. Is that accurate?" - the
                        // answer is still the spokesperson's)
                        if asked.is_none()
                            && sent
                                .toks
                                .iter()
                                .any(|t| sent.lower[t.start..t.end].starts_with("interview"))
                            && attr.source.source.kind.is_person()
                        {
                            interviewee = Some(attr.source.source.clone());
                        }
                        // "The bank raised its rate to 5.25 percent, and signalled that it
                        // could now pause": the event before ", and <cue>" is the article's
                        // (also "The court suspended the law on Thursday, ruling that
                        // ...": the event before a participle cue)
                        if let Some(c) = sent.toks.iter().position(|t| t.start == attr.cue.start) {
                            let cut = if c >= 6
                                && sent.is(c - 1, "and")
                                && sent.comma(c - 2)
                                && attr.content_toks.0 > c
                            {
                                Some(c - 2)
                            } else if event_then_verb(&sent, &attr, c)
                                || c >= 4
                                && sent.comma(c - 1)
                                && sent.lw(c).ends_with("ing")
                                // ("The plan, according to X, would ...": the
                                // words before the aside are the content's)
                                && !sent.is(c, "according")
                                && attr.content_toks.0 > c
                                // ("Hessel defended the tax, saying ...": a stance that
                                // frames the words, no event of its own)
                                && !(0..c - 1).any(|k| {
                                    let w = sent.lw(k);
                                    lexicon::stance_verb(w)
                                        || lexicon::reaction_verb(w)
                                        // ("pushed back in a statement, saying", "hit back")
                                        || matches!(w, "pushed" | "hit" | "fired" | "struck")
                                            && sent.is(k + 1, "back")
                                        // ("Kovac went further on Monday, saying", "struck
                                        // a more conciliatory tone, saying")
                                        || matches!(w, "went" | "goes" | "go")
                                            && sent.is(k + 1, "further")
                                        || w == "tone" && k > 1
                                        || matches!(w, "doubled" | "doubles")
                                            && sent.is(k + 1, "down")
                                        || matches!(w, "responded" | "reacted" | "replied")
                                        // ("have demanded Dahl's resignation, saying"):
                                        // a demand the reason goes with
                                        || matches!(w, "demanded" | "demand" | "demands")
                                        // ("had argued for a shorter sentence, saying")
                                        || matches!(w, "argued" | "argues")
                                            && matches!(sent.lw(k + 1), "for" | "against")
                                })
                            {
                                Some(c - 1)
                            } else {
                                // "The House voted ..., sending the bill to Gov. Martin
                                // Pell, who has said he will sign it": the event before
                                // the speaker's relative clause
                                let w = if c >= 2 && sent.is(c - 1, "who") {
                                    c - 1
                                } else if c >= 3
                                    && sent.is(c - 2, "who")
                                    && matches!(sent.lw(c - 1), "has" | "had" | "have")
                                {
                                    c - 2
                                } else {
                                    0
                                };
                                (w >= 6 && sent.comma(w - 1) && attr.content_toks.0 > c)
                                    .then(|| w - 1)
                            };
                            if let Some(cut) = cut {
                                let head = sent.before(cut);
                                if self.attribute(&head, 0, cut, true).is_none() {
                                    if let Some((a, b)) = self.unattributed(&head) {
                                        claims.push(self.publication_claim(text, a, b));
                                    }
                                }
                            }
                        }
                        // ('Dillon called the vote "a huge mistake" and said C': the
                        // label before the verb of saying is the speaker's first claim)
                        if let Some(ci) = sent.toks.iter().position(|t| t.start == attr.cue.start)
                            && ci >= 4
                            && sent.is(ci - 1, "and")
                            && sent.toks[ci - 2].quote_mark
                            && attr.pieces.first().is_some_and(|p| p.0 > attr.cue.end)
                            && let Some(label) = self.called_quote(&sent.before(ci - 1), 0, ci - 1)
                            // (a thing named, "a huge mistake", "the worst deal in
                            // years"; not a bare judgment, "ridiculous", "cruel and
                            // unworkable")
                            && label.pieces.first().is_some_and(|&(a, b)| names_a_thing(&text[a..b]))
                        {
                            claims.push(make_claim(
                                text,
                                &label.pieces,
                                label.quote,
                                Some(label.cue),
                                attr.source.source.clone(),
                                via.clone(),
                                check_worthiness(text, &label.pieces, true),
                            ));
                        }
                        let cw = check_worthiness(text, &attr.pieces, true);
                        claims.push(make_claim(
                            text,
                            &attr.pieces,
                            attr.quote,
                            Some(attr.cue.clone()),
                            attr.source.source.clone(),
                            via.clone(),
                            cw,
                        ));
                        if let Some((a, b)) = attr.extra {
                            // its own verb ("and said", ", adding"), a few words before it
                            let before = sent.toks.iter().take_while(|t| t.end <= a).count();
                            let cue = (before.saturating_sub(3)..before)
                                .rev()
                                .find(|&k| {
                                    let w = sent.lw(k);
                                    w == "adding" || w == "called" || lexicon::cue_verb(w).is_some()
                                })
                                .filter(|_| {
                                    sent.toks[before.saturating_sub(1)].start > attr.cue.start
                                        // (an aside's own verb before the cue)
                                        || b < attr.cue.start
                                })
                                .map_or_else(
                                    || attr.cue.clone(),
                                    |k| toks_mention(&sent, k, k + 1),
                                );
                            claims.push(make_claim(
                                text,
                                &[(a, b)],
                                QuoteKind::Indirect,
                                Some(cue),
                                attr.source.source.clone(),
                                via.clone(),
                                check_worthiness(text, &[(a, b)], true),
                            ));
                        }
                        pending.retain(|&(_, qp)| qp + 2 >= pi);
                        for (idx, _) in pending.drain(..) {
                            claims[idx].source = attr.source.source.clone();
                            claims[idx].via = via.clone();
                        }
                        last_speaker = Some((attr.source.source, via, pi));
                        continue;
                    }
                    // '"Retraining for what?" she asked.': a question claims nothing,
                    // but the quotes that follow are the asker's
                    if let Some((a, b)) = asked_after_quote(&sent) {
                        if let Some(mut info) =
                            names::analyze(text, &sent.toks[a..b], &self.registry, false)
                                .filter(|i| i.class != NpClass::Unnamed)
                        {
                            memory.resolve(&mut info, pi);
                            last_speaker = Some((info.source, vec![], pi));
                            pending.clear();
                            continue;
                        }
                    }
                    // A sentence that is all quotation: the previous speaker goes on.
                    if is_quote_only(&sent) {
                        let (qs, qe) = strip_quotes(text, sent.start, sent.end);
                        // ('"Why would we do that?" Orsk asked.': a question claims nothing)
                        if qe <= qs || text[qs..qe].trim_end().ends_with('?') {
                            question_end = Some(sent.end);
                            continue;
                        }
                        // ("The mayor was defiant. \"We will not back down.\"": the
                        // one the sentence before describes speaks)
                        let framed = before_sent
                            .filter(|&(p, _, _)| p == pi)
                            .and_then(|(_, a, b)| self.manner_subject(text, a, b))
                            .map(|mut i| {
                                memory.resolve(&mut i, pi);
                                i.source
                            });
                        if let Some(f) = framed {
                            last_speaker = Some((f, vec![], pi));
                        }
                        // ("..., according to the police's statistics. That is a
                        // real increase, but far from a doubling." and then a
                        // quote alone: the article's own words closed the
                        // speaker's paragraph, and the speaker does not go on)
                        let closed_by_article = pi > 0
                            && last_speaker
                                .as_ref()
                                .is_some_and(|(_, _, lp)| *lp + 1 == pi)
                            && claims.last().is_some_and(|c| {
                                c.source.kind == SourceKind::Publication
                                    && c.start >= paras[pi - 1].start
                            });
                        let continues = !closed_by_article
                            && last_speaker
                                .as_ref()
                                .is_some_and(|(_, _, lp)| *lp + 1 >= pi);
                        let (src, via) = match (&last_speaker, continues) {
                            (Some((s, v, _)), true) => (s.clone(), v.clone()),
                            // "Premier Lena Sarr used her farewell speech to ..." then
                            // a quote: the person just named, marked as a guess
                            _ => (
                                memory
                                    .recent_person(pi)
                                    .or_else(|| {
                                        lone_quoter.clone().map(|mut s| {
                                            s.resolved = false;
                                            s.mention = None;
                                            s
                                        })
                                    })
                                    .unwrap_or_else(unknown_speaker),
                                vec![],
                            ),
                        };
                        if src.kind.is_person() {
                            lone_quoter = Some(src.clone());
                        }
                        if !continues && src.mention.is_none() && src.name != "unknown speaker" {
                            // the guessed speaker goes on if the quote does
                            last_speaker = Some((src.clone(), vec![], pi));
                        }
                        // A quote whose speaker is named only later ("..." / "...," Kent said.)
                        let same_para = last_speaker.as_ref().is_some_and(|(_, _, lp)| *lp == pi);
                        if !continues || para.unclosed_quote && !same_para {
                            pending.push((claims.len(), pi));
                        }
                        // a quote that goes on over paragraphs keeps its speaker going; when
                        // it closes with nobody named, its earlier paragraphs stay theirs
                        if continues {
                            if let Some(ls) = last_speaker.as_mut() {
                                ls.2 = pi;
                            }
                            if !para.unclosed_quote {
                                pending.clear();
                                // (a quote over paragraphs closing with no one else
                                // named: its speaker is still the one speaking, and
                                // "..., she added" next is them)
                                memory.remember(&src, pi, true);
                            }
                        }
                        claims.push(quote_claim(text, (qs, qe), src, via));
                        continue;
                    }
                    // "Here is what Marrow told supporters:" introduces the quotes that
                    // follow as hers
                    if sent.text[sent.start..sent.end].trim_end().ends_with(':') {
                        // ("what X told supporters": the free relative names the speaker)
                        let n = sent.toks.len();
                        let intro = (1..n)
                            .find(|&v| {
                                matches!(
                                    sent.lw(v),
                                    "said"
                                        | "told"
                                        | "wrote"
                                        | "says"
                                        | "tells"
                                        // ("Here is what the report found:" and a list)
                                        | "found"
                                        | "finds"
                                        | "recommends"
                                        | "recommended"
                                        | "predicts"
                                )
                            })
                            .and_then(|v| {
                                let w = (v.saturating_sub(6)..v).find(|&k| sent.is(k, "what"))?;
                                (w + 1 < v).then_some((w + 1, v))
                            })
                            .and_then(|(a, b)| {
                                names::analyze(text, &sent.toks[a..b], &self.registry, false)
                                    .filter(|i| {
                                        matches!(
                                            i.class,
                                            NpClass::Person | NpClass::Org | NpClass::Unnamed
                                        )
                                    })
                            });
                        // ("In a statement, Dahl said:" then the quote's paragraph: the
                        // speaker before a cue that ends the sentence)
                        let intro = intro.or_else(|| {
                            // (also a finding: "In its annual report, the Audit
                            // Office found:" then the list)
                            let v = (1..n.saturating_sub(1)).rev().find(|&v| {
                                (lexicon::cue_verb(sent.lw(v)).is_some_and(|(c, f)| {
                                    matches!(c, CueClass::Say | CueClass::Tell)
                                        && matches!(f, Form::Past | Form::Pres3)
                                }) || matches!(
                                    sent.lw(v),
                                    "found" | "finds" | "concluded" | "concludes"
                                )) && !sent.toks[v].quoted
                            })?;
                            // nothing but a listener or an occasion after it
                            if n - v > 7
                                || (v + 1..n - 1).any(|k| {
                                    !sent.toks[k].word
                                        || lexicon::finite_verb_like(sent.lw(k))
                                            && !sent.toks[k].cap
                                })
                            {
                                return None;
                            }
                            let (a, b) = subject_left(&sent, 0, v)?;
                            names::analyze(text, &sent.toks[a..b], &self.registry, a == 0).filter(
                                |i| {
                                    matches!(
                                        i.class,
                                        NpClass::Person
                                            | NpClass::Org
                                            | NpClass::OrgShort
                                            | NpClass::Pronoun
                                            | NpClass::RoleOnly
                                            | NpClass::Unnamed
                                    )
                                },
                            )
                        });
                        if let Some(mut info) = intro {
                            memory.resolve(&mut info, pi);
                            list_of = Some((info.source.clone(), pi));
                            // (the speaker of the quotes below: a later "he said"
                            // may mean them)
                            if matches!(info.class, NpClass::Person | NpClass::Org) {
                                memory.remember(&info.source, pi, true);
                                // ("In a statement, Holt said:" and the quotes: a
                                // later "The statement went on to say" is hers)
                                for k in 0..n {
                                    let w = sent.lw(k);
                                    if sent.toks[k].word
                                        && !sent.toks[k].quoted
                                        && lexicon::single_document(w)
                                    {
                                        let definite = k > 0 && sent.is(k - 1, "the");
                                        memory.note_document(w, &info.source, None, pi, definite);
                                    }
                                }
                            }
                            last_speaker = Some((info.source, vec![], pi));
                            pending.clear();
                            continue;
                        }
                    }
                    // the article's own voice between a quote and a later speaker: the
                    // quote was not theirs
                    pending.clear();
                    // (only when the next sentence has an "it" or a "they" to give
                    // it to: the subject's reading costs more than the look)
                    let (next, next_span) = if si + 1 < para.sentences.len() {
                        ((pi, si + 1), Some(para.sentences[si + 1]))
                    } else {
                        (
                            (pi + 1, 0),
                            paras.get(pi + 1).and_then(|p| p.sentences.first().copied()),
                        )
                    };
                    let pronoun_next =
                        next_span.is_some_and(|(a, b)| has_it_or_they(&lower.as_bytes()[a..b]));
                    if pronoun_next {
                        if let Some(info) = self.framing_body(&sent, pi, &mut memory) {
                            framer = Some((info, next));
                        }
                    }
                    // (a person the sentence frames, and "He said"/"She said" next)
                    // (or a quote first: 'Kolar was more cautious. "C," he said.')
                    let person_next = next_span.is_some_and(|(a, b)| {
                        let t = &lower[a..b];
                        t.starts_with("he said")
                            || t.starts_with("she said")
                            || t.starts_with(['"', '\u{201c}'])
                                && [
                                    ",\" he said",
                                    ",\" she said",
                                    ",\u{201d} he said",
                                    ",\u{201d} she said",
                                ]
                                .iter()
                                .any(|p| t.contains(p))
                    });
                    if person_next && self.framing_person(&sent) {
                        if let Some(mut info) = self.framed_person(&sent) {
                            memory.resolve(&mut info, pi);
                            framer = Some((info, next));
                        }
                    }
                    // ("Lind agreed. \"It's a mistake,\" she said.", "Lind was more
                    // cautious. She said C": a short sentence about a named
                    // person, whose "she" comes next)
                    // (the sentence's length first: most are longer)
                    let said_next = sent.toks.len() <= 10
                        && framer.as_ref().is_none_or(|(_, at)| *at != next)
                        && next_span.is_some_and(|(a, b)| {
                            let t = &lower.as_bytes()[a..b.min(a + 240)];
                            // ("he said", "she said", "he added", "she added")
                            let pronoun_at = |at: usize| {
                                at == 0
                                    || t[at - 1] == b' '
                                    || t[at - 1] == b's' && (at == 1 || t[at - 2] == b' ')
                            };
                            finder!(b"he said").find_iter(t).any(pronoun_at)
                                || finder!(b"he added").find_iter(t).any(pronoun_at)
                        });
                    if said_next {
                        if let Some(mut info) = self.short_subject_person(&sent) {
                            memory.resolve(&mut info, pi);
                            framer = Some((info, next));
                        }
                    }
                    if next_span.is_some_and(|(a, b)| {
                        finder!(b"statement")
                            .find(&lower.as_bytes()[a..b])
                            .is_some()
                    }) {
                        if let Some(info) = self.document_issuer(&sent, pi, &mut memory) {
                            issuer = Some((info, next));
                        }
                    }
                    // ("Vint held talks with Marek." ... "The two sides agreed C",
                    // a paragraph or two later)
                    let sl = &lower.as_bytes()[sent.start..sent.end];
                    if finder!(b" met ").find(sl).is_some()
                        || finder!(b" talks with ").find(sl).is_some()
                    {
                        if let Some(mut info) = self.meeting_pair(&sent) {
                            memory.resolve(&mut info, pi);
                            meeting = Some((info, pi));
                        }
                    }
                    if next_span.is_some_and(|(a, b)| opens_with_pair(&lower[a..b])) {
                        // ("All 21 economists polled had expected a hold. Most of
                        // them forecast C": a group, where "of them" follows)
                        let of_them =
                            next_span.is_some_and(|(a, b)| opens_with_of_them(&lower[a..b]));
                        let subject = clause_subject(&sent, 0, sent.toks.len())
                            .filter(|&(a, b)| of_them || (a..b).any(|k| sent.is(k, "and")))
                            .and_then(|(a, b)| {
                                names::analyze(text, &sent.toks[a..b], &self.registry, a == 0)
                            })
                            .filter(|i| {
                                i.class != NpClass::Pronoun
                                    && (!of_them
                                        || i.class == NpClass::Unnamed
                                            && i.source.name.ends_with('s')
                                            && !names_a_document(&i.source.name))
                            });
                        // ("Vint held talks with Marek. The two sides agreed C")
                        let subject = subject
                            .or_else(|| (!of_them).then(|| self.meeting_pair(&sent)).flatten());
                        if let Some(mut info) = subject {
                            memory.resolve(&mut info, pi);
                            pair = Some((info, next));
                        }
                    }
                    if let Some((a, b)) = self.unattributed(&sent) {
                        let mut claim = self.publication_claim(text, a, b);
                        // ("Stahl wants it in 2030, one of the officials said, while
                        // Aas has argued for a later date": the second clause goes
                        // on with the first's speaker, whose cue closed the first)
                        let inherited = closing_conj
                            .filter(|_| part == 1)
                            .and_then(|end| {
                                claims[parts_from..].last().filter(|c| {
                                    c.cue.as_ref().is_some_and(|cu| {
                                        let gap = text.get(cu.end..end).unwrap_or("\"");
                                        cu.start >= c.end
                                            && gap.split_whitespace().count() <= 8
                                            && !gap.contains(['"', '“', '”', ','])
                                    })
                                })
                            })
                            .map(|c| (c.source.clone(), c.via.clone(), c.cue.clone()));
                        if let Some((src, via, cue)) = inherited {
                            claim.source = src;
                            claim.via = via;
                            claim.cue = cue;
                            claim.quote = QuoteKind::Indirect;
                        }
                        if let Some((src, lp)) = list_of.as_mut().filter(|(_, lp)| *lp + 1 >= pi) {
                            if bulleted && si == 0 {
                                claim.source = src.clone();
                                *lp = pi;
                            }
                        }
                        // ("Hale laid out his agenda, promising to cut taxes": the
                        // event is the article's, the promise the subject's)
                        let vow = (claim.source.kind == SourceKind::Publication)
                            .then(|| self.vow_after_event(&sent, a, b, pi, &mut memory))
                            .flatten();
                        if let Some((comma, vow_claim)) = vow {
                            let (a2, b2) = trim_span(text, a, comma, false);
                            claims.push(self.publication_claim(text, a2, b2));
                            claims.push(vow_claim);
                            continue;
                        }
                        claims.push(claim);
                    }
                }
            }
            // (of an interviewer's turn, only what it reports others said)
            // (the quotes waiting for a speaker keep pointing at their claims)
            if let Some((_, before)) = asked {
                let keep: Vec<bool> = claims[before..]
                    .iter()
                    .map(|c| {
                        c.source.kind != SourceKind::Publication
                            && !c.source.name.eq_ignore_ascii_case("you")
                    })
                    .collect();
                let mut new_index = vec![None; keep.len()];
                let mut next = before;
                for (k, &kept) in keep.iter().enumerate() {
                    if kept {
                        new_index[k] = Some(next);
                        next += 1;
                    }
                }
                pending.retain_mut(|(idx, _)| {
                    if *idx < before {
                        return true;
                    }
                    match new_index.get(*idx - before).copied().flatten() {
                        Some(n) => {
                            *idx = n;
                            true
                        }
                        None => false,
                    }
                });
                // (only the turn's claims are moved: a long text has many before it)
                let turn = claims.split_off(before);
                claims.extend(
                    turn.into_iter()
                        .zip(keep)
                        .filter_map(|(c, k)| k.then_some(c)),
                );
            }
        }
        // A press release: "The Ministry of Energy today announced ..." is the
        // issuer's announcement (its other lines stay the release's own voice)
        if let Some(header) = paras
            .iter()
            .take(3)
            .find(|p| release_header(&text[p.start..p.end]))
        {
            static ANNOUNCED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
                regex::Regex::new(
                    r"^(?:The\s+)?((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+?)(?:today\s+|on\s+[A-Z]\w+\s+)?(?:announced|unveiled|launched|confirmed|reported)\b",
                )
                .expect("announcement regex")
            });
            for c in claims.iter_mut() {
                if c.source.kind != SourceKind::Publication || c.start < header.end {
                    continue;
                }
                let Some(m) = ANNOUNCED.captures(&c.text).and_then(|m| m.get(1)) else {
                    continue;
                };
                // the claim's text starts where its span does
                let (a, b) = (c.start + m.start(), c.start + m.end());
                if b > c.end || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                    continue;
                }
                let toks = segment::tokens(text, a, b, &[]);
                if let Some(info) = names::analyze(text, &toks, &self.registry, false).filter(|i| {
                    i.class == NpClass::Org
                        && !i.source.kind.is_person()
                        && i.source.kind != SourceKind::Publication
                }) {
                    c.source = info.source;
                }
            }
        }
        // ("Orlia said C" where the article writes "Orlian officials": one word
        // no list knows, a person by its shape, is a country whose people the
        // article names; its government speaks)
        // (the text's capitalized words read once, when a claim needs them)
        let mut peoples: Option<std::collections::HashSet<&str>> = None;
        for c in claims.iter_mut() {
            let src = &mut c.source;
            if src.kind == SourceKind::Person
                && src.role.is_none()
                && src.name.len() >= 4
                && !src.name.contains(' ')
                && src.name.starts_with(|ch: char| ch.is_ascii_uppercase())
                && src.name.bytes().all(|b| b.is_ascii_alphabetic())
                && country_by_demonym(
                    peoples.get_or_insert_with(|| demonym_words(text)),
                    &src.name,
                )
            {
                src.kind = SourceKind::Government;
            }
        }
        // "Ostel's health minister says ..." before the article names her: a role
        // left unresolved takes the one person the article later names in that role
        for c in claims.iter_mut() {
            let src = &mut c.source;
            if !src.resolved
                && src.kind == SourceKind::Official
                && src.role.as_deref() == Some(src.name.as_str())
            {
                if let Some((name, role)) = memory.only_person_with_role(&src.name) {
                    src.name = name;
                    src.role = Some(role);
                    src.resolved = true;
                }
            }
        }
        // ("Lund has just told parliament" above "Finance Minister Per Lund has
        // arrived": a surname alone the article gives in full only later)
        let mut headline_person: Option<Option<SourceRef>> = None;
        for c in claims.iter_mut() {
            let src = &mut c.source;
            if src.kind == SourceKind::Person
                && src.role.is_none()
                && src.name.starts_with(|ch: char| ch.is_uppercase())
            {
                let fuller = if src.name.contains(' ') {
                    None
                } else {
                    memory.only_fuller_person(&src.name)
                };
                if let Some((name, kind, role)) = fuller {
                    src.name = name;
                    src.kind = kind;
                    src.role = role;
                } else if let Some(h) = headline_person.get_or_insert_with(|| {
                    // ("Foreign Ministry Spokesperson Lin Varo's Regular Press
                    // Conference" over "Lin Varo:" turns: the headline's person)
                    paras
                        .first()
                        .and_then(|p| self.person_named_in(text, p, false))
                }) {
                    if h.kind.is_person()
                        && (h.name == src.name || names::ends_with_word(&h.name, &src.name))
                    {
                        src.name = h.name.clone();
                        src.kind = h.kind;
                        src.role = h.role.clone();
                    }
                }
            }
        }
        // "Hale: ..." (or "Kallis says ...") over "Rick Hale, the mayor, said": a
        // person the headline gives without an office takes the one the body's
        // claims give them
        let head_end = paras.first().map_or(0, |p| p.end);
        let in_head = claims.iter().take_while(|c| c.start < head_end).count();
        for h in 0..in_head {
            let c = &claims[h];
            if c.source.kind != SourceKind::Person || c.source.role.is_some() {
                continue;
            }
            let name = c.source.name.clone();
            if let Some((kind, role)) = claims[in_head..]
                .iter()
                .find(|c| c.source.name == name && c.source.kind == SourceKind::Official)
                .map(|c| (c.source.kind, c.source.role.clone()))
            {
                claims[h].source.kind = kind;
                claims[h].source.role = role;
            }
        }
        if let Some((sp, from)) = text_speaker.as_ref() {
            for c in claims.iter_mut() {
                if c.start >= *from && c.source.kind == SourceKind::Publication {
                    c.source = sp.clone();
                }
                // ("(APPLAUSE) Unemployment is ...": a transcript's stage
                // direction is no part of the words)
                if c.text.starts_with(['(', '[']) && c.text == text[c.start..c.end] {
                    let close = if c.text.starts_with('(') { ')' } else { ']' };
                    if let Some(k) = c.text.find(close) {
                        let inner = &c.text[1..k];
                        let rest = c.text[k + 1..].trim_start();
                        if !inner.is_empty()
                            && inner.len() <= 24
                            && inner.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
                            && !rest.is_empty()
                        {
                            c.start = c.end - rest.len();
                            c.text = rest.to_string();
                        }
                    }
                }
            }
        }
        // An interview printed as questions and answers without labels: the
        // answers are the interviewee's
        if let Some(iv) = interviewee.as_ref().filter(|_| introduced) {
            unlabelled_answers(text, &paras, iv, &mut claims);
        }
        // ('"No comment," a spokesman said': nothing to check)
        claims.retain(|c| !no_comment(&c.text));
        // (in the text's order: a relative clause's claim is read before its
        // sentence's own)
        if !claims.is_sorted_by_key(|c| c.start) {
            // (the order found by sorting indices, then each claim moved once)
            let mut order: Vec<(usize, usize)> = claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.start, i))
                .collect();
            order.sort_unstable();
            let mut slots: Vec<Option<Claim>> = claims.drain(..).map(Some).collect();
            claims.extend(order.into_iter().filter_map(|(_, i)| slots[i].take()));
        }
        // (read twice, by the relative clause's reading and the sentence's own:
        // "sending the bill to Gov. Pell, who has said he will sign it")
        // (also "Critics who said the law was unfair lost the vote": the
        // relative clause's reading, which ends at the sentence's own verb, and
        // a longer one from the same words; the shorter stays)
        claims.dedup_by(|b, a| {
            let same = a.start == b.start
                && a.cue.is_some()
                && a.cue.as_ref().map(|c| c.start) == b.cue.as_ref().map(|c| c.start);
            if same && b.end < a.end {
                std::mem::swap(a, b);
            }
            same
        });
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = i as u32 + 1;
            // (no one relays their own words: "The report, released by the audit
            // office, found C" is the office's, read once through its document)
            if !c.via.is_empty() {
                let own = &c.source.name;
                c.via.retain(|v| &v.name != own);
            }
            // ("KNA reported": the dateline's agency is a news outlet)
            if let Some(agency) = dateline_outlet {
                for src in std::iter::once(&mut c.source).chain(c.via.iter_mut()) {
                    if src.kind == SourceKind::Organization && src.name == agency {
                        src.kind = SourceKind::NewsOutlet;
                    }
                    // ("..., the agency said": the dateline's agency, when no
                    // other outlet was read for the words)
                    let the_agency = src.mention.as_ref().is_some_and(|m| {
                        let t = m.text.trim();
                        ["the agency", "the news agency"]
                            .iter()
                            .any(|w| t.eq_ignore_ascii_case(w))
                    });
                    // (not a body already known by it: "the U.N. refugee
                    // agency said ... The agency said" under "GENEVA (AP)")
                    if the_agency
                        && (!src.resolved || src.name.eq_ignore_ascii_case("agency"))
                        && src.role.is_none()
                        && !matches!(src.kind, SourceKind::NewsOutlet | SourceKind::StateMedia)
                    {
                        src.name = agency.to_string();
                        src.kind = SourceKind::NewsOutlet;
                        src.resolved = true;
                    }
                }
            }
        }
        (title, claims)
    }

    /// `The mayor was defiant.`, `Holt was blunt.`: a short sentence describing
    /// how someone is (their manner), whose quote follows; that subject.
    fn manner_subject(&self, text: &str, a: usize, b: usize) -> Option<NpInfo> {
        if b - a > 160 || !text[a..b].trim_end().ends_with('.') {
            return None;
        }
        let toks = segment::tokens(text, a, b, &[]);
        let n = toks.len();
        let lw = |k: usize| text[toks[k].start..toks[k].end].to_ascii_lowercase();
        if !(3..=20).contains(&n) || toks[n - 1].word {
            return None;
        }
        let comma = |k: usize| text[toks[k].start..toks[k].end] == *",";
        // ("Later, Koss disagreed.", "In remarks to reporters, Mr. Bollard was
        // unapologetic.": the main clause after an opening phrase)
        let a0 = if lexicon::opening_word(&lw(0)) || lexicon::sentence_opener(&lw(0)) {
            (1..n.min(10)).find(|&k| comma(k)).map_or(0, |k| k + 1)
        } else {
            0
        };
        // (the subject may hold a name in commas: "Her opponent, Jack Brisco,
        // was unapologetic.")
        if n - a0 > 10 || n - a0 < 3 {
            return None;
        }
        let subj = |v: usize| names::analyze(text, &toks[a0..v], &self.registry, a0 == 0);
        // ("Koss rejected that.", "Harlow shook her head.", "Berg hit back.": a
        // short reply without words of its own, the quote after it gives them)
        let reply = (a0 + 1..n.min(a0 + 8)).find(|&k| {
            let w = lw(k);
            let rest = (k + 1..n - 1).map(&lw).collect::<Vec<_>>();
            let rest: Vec<&str> = rest.iter().map(|r| r.as_str()).collect();
            let object = matches!(
                rest.as_slice(),
                [] | ["that" | "it" | "this"]
                    | [
                        "the" | "that" | "this",
                        "claim"
                            | "suggestion"
                            | "idea"
                            | "charge"
                            | "accusation"
                            | "allegation"
                            | "account"
                            | "characterisation"
                            | "characterization"
                    ]
            );
            let verb = lexicon::reply_verb(w.as_str()) && !rest.is_empty()
                || matches!(
                    w.as_str(),
                    "disagreed"
                        | "objected"
                        | "demurred"
                        | "bristled"
                        | "scoffed"
                        | "shrugged"
                        | "laughed"
                        | "smiled"
                        | "hesitated"
                        | "paused"
                ) && rest.is_empty();
            verb && object
                || matches!(w.as_str(), "hit" | "pushed" | "fired" | "struck")
                    && rest.as_slice() == ["back"]
                || w == "shook"
                    && matches!(rest.as_slice(), ["his" | "her" | "their", "head" | "heads"])
        });
        if let Some(v) = reply {
            return subj(v).filter(|i| {
                matches!(
                    i.class,
                    NpClass::Person | NpClass::RoleOnly | NpClass::Pronoun
                )
            });
        }
        let v = (a0 + 1..n.min(a0 + 8)).find(|&k| {
            matches!(
                lw(k).as_str(),
                "was" | "is" | "were" | "remained" | "remains" | "sounded" | "seemed"
            )
        })?;
        // one or two words, the manner last ("was defiant", "was more blunt")
        let adj = n - 2;
        if !(v + 1..=v + 2).contains(&adj) || !toks[v + 1..n - 1].iter().all(|t| t.word) {
            return None;
        }
        let manner = lexicon::manner_word(&lw(adj))
            || matches!(
                lw(adj).as_str(),
                "blunter"
                    | "upbeat"
                    | "direct"
                    | "scathing"
                    | "furious"
                    | "angry"
                    | "emotional"
                    | "firm"
            );
        if !manner {
            return None;
        }
        subj(v).filter(|i| {
            matches!(
                i.class,
                NpClass::Person | NpClass::RoleOnly | NpClass::Org | NpClass::Pronoun
            )
        })
    }

    /// "Talks were postponed, a spokeswoman for the ministry said. No date has
    /// been set, she added.": an unresolved "she" (or "he") after a body that
    /// spoke through a spokesperson of that gender is the body again.
    fn spokesperson_pronoun(
        &self,
        text: &str,
        attr: &Attr,
        last: Option<&Claim>,
        recent: Option<&(SourceRef, Vec<SourceRef>, usize)>,
    ) -> bool {
        if attr.source.class != NpClass::Pronoun || attr.source.source.resolved {
            return false;
        }
        let said = attr.said();
        let (Some(last), Some((ls, _, _))) = (last, recent) else {
            return false;
        };
        if last.source.name != ls.name {
            return false;
        }
        // (the mention is the body; its spokesperson's words come just before)
        let Some(m) = last.source.mention.as_ref() else {
            return false;
        };
        let before = text[..m.start].trim_end();
        let spokes = |w: &str| {
            before
                .strip_suffix(" for")
                .and_then(|b| b.get(b.len().saturating_sub(w.len())..))
                .is_some_and(|b| b.eq_ignore_ascii_case(w))
        };
        match said {
            "she" | "She" => spokes("spokeswoman") || spokes("spokesperson"),
            "he" | "He" => spokes("spokesman") || spokes("spokesperson"),
            _ => false,
        }
    }

    /// `The National Health Agency recorded 412 cases, it said`: a body named
    /// at the content's start (before its verb), for an "it" with nobody before.
    fn content_opening_body(&self, s: &Sent, ca: usize) -> Option<NpInfo> {
        let n = s.toks.len();
        let the = usize::from(s.is(ca, "the"));
        let mut m = ca + the;
        while m < n && m - ca < 6 && s.toks[m].word && s.toks[m].cap {
            m += 1;
        }
        // ("The army destroyed ...": a body's head word in lower case)
        if m == ca + the && the == 1 && m < n && lexicon::head_kind(s.lw(m)).is_some() {
            m += 1;
        }
        // ("The leaders of Ostia and Tamsk agreed ..., they said": the office
        // holders of named countries, plural)
        let mut plural_of = false;
        if m == ca + the
            && the == 1
            && m + 2 < n
            && s.toks[m].word
            && !s.toks[m].cap
            && s.lw(m).ends_with('s')
            && lexicon::title_word(s.lw(m).trim_end_matches('s'))
            && s.is(m + 1, "of")
            && s.toks[m + 2].cap
        {
            let mut e = m + 2;
            while e < n
                && e - m < 10
                && (s.toks[e].word && s.toks[e].cap || s.is(e, "and") || s.comma(e))
            {
                e += 1;
            }
            if (m + 2..e).any(|x| s.is(x, "and")) && s.toks[e - 1].cap {
                m = e;
                plural_of = true;
            }
        }
        if m <= ca + the
            || m >= n
            || !s.toks[m].word
            || s.toks[m].cap
            || !lexicon::finite_verb_like(s.lw(m)) && !lexicon::auxiliary(s.lw(m))
        {
            return None;
        }
        names::analyze(s.text, &s.toks[ca..m], &self.registry, ca == 0).filter(|i| {
            matches!(i.class, NpClass::Org | NpClass::OrgShort) && !i.source.kind.is_person()
                || plural_of && i.class != NpClass::Person
        })
    }

    /// The proper name a content starts with when an appositive describes it
    /// (`Drovgaz, Drovania's largest gas supplier, will ...`): a run of
    /// capitalized words at `ca`, then a description of two to eight tokens
    /// between commas; it names no titled person, no pronoun and no role.
    fn content_subject_name(
        &self,
        s: &Sent,
        ca: usize,
        cue: usize,
        head: Option<&str>,
    ) -> Option<String> {
        // ("On Monday, the ministry said, 40 people were arrested": a time or a
        // place before the content's subject names no body)
        if ca < s.toks.len() && (lexicon::preposition(s.lw(ca)) || lexicon::weekday(s.lw(ca))) {
            return None;
        }
        let mut j = ca;
        while j < s.toks.len() && s.toks[j].word && s.toks[j].cap {
            j += 1;
        }
        // "Kellco's profit fell 22 percent, the chipmaker said": a business's
        // name opening the content, for a head word of the trade
        if j > ca
            && j - ca <= 3
            && (s.lw(j - 1).ends_with("'s") || j < s.toks.len() && s.toks[j].word && !s.toks[j].cap)
            && head.is_some_and(lexicon::business_head)
        {
            let end = s.toks[j - 1].end;
            let name = s.text[s.toks[ca].start..end]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            let one = s.toks[ca..j].iter().filter(|t| t.word).count() == 1;
            // (a lone capital opening a sentence is a name only when the article
            // writes it so mid-sentence too, or gives it a possessive: "Sales
            // rose 5 percent, the company said" is no company called Sales)
            let lone_ok = |w: &str| {
                !lexicon::determiner(&w.to_ascii_lowercase())
                    && !lexicon::pronoun(&w.to_ascii_lowercase())
                    && (names::possessive(s.lw(j - 1))
                        || capitalized_mid_sentence(around(s.text, s.toks[ca].start), w))
            };
            if one && lone_ok(name)
                || !one
                    && names::analyze(s.text, &s.toks[ca..j], &self.registry, true)
                        .is_some_and(|i| i.class == NpClass::Org)
            {
                return Some(name.to_string());
            }
        }
        if j == ca || !s.comma(j) {
            return None;
        }
        let close = (j + 3..(j + 10).min(s.toks.len())).find(|&m| s.comma(m))?;
        if !(close + 1 < s.toks.len() && s.toks[close + 1].word && !s.toks[close + 1].cap) {
            return None;
        }
        // (not the attribution itself set off: "Wages, the ministry said, will
        // rise" names no body called Wages)
        if (s.toks[j].end..s.toks[close].start).contains(&cue) {
            return None;
        }
        // ("Costs, e.g. fuel and wages, rose 5 percent, the company said": what
        // is set off after the name describes a body: "Drovgaz, the fuel
        // distributor,", "Drovgaz, Drovania's largest gas supplier,")
        if !(lexicon::determiner(s.lw(j + 1)) || names::possessive(s.lw(j + 1))) {
            return None;
        }
        let info = names::analyze(s.text, &s.toks[ca..j], &self.registry, true)?;
        let plain = match info.class {
            NpClass::Org => true,
            NpClass::Person => info.source.role.is_none(),
            _ => false,
        };
        plain.then_some(info.source.name)
    }

    /// "The province's fiscal office disagrees: it estimates C": the "it" (or
    /// "they") straight after a colon is the subject of the stance before it.
    fn colon_subject(&self, s: &Sent, attr: &Attr) -> Option<NpInfo> {
        let m = attr.source.source.mention.as_ref()?;
        let p = s.toks.iter().position(|t| t.start == m.start)?;
        if p < 3 || !s.is(p - 1, ":") || s.toks[p - 1].quoted {
            return None;
        }
        let v = p - 2;
        if !matches!(
            s.lw(v),
            "disagrees"
                | "disagree"
                | "disagreed"
                | "agrees"
                | "agree"
                | "agreed"
                | "differs"
                | "differ"
                | "objects"
                | "object"
                | "dissents"
        ) {
            return None;
        }
        let (a, b) = subject_left(s, 0, v)?;
        let info = names::analyze(s.text, &s.toks[a..b], &self.registry, a == 0)?;
        let it = s.is(p, "it");
        let fits = match info.class {
            NpClass::Org | NpClass::OrgShort => true,
            NpClass::Unnamed => !it,
            _ => false,
        };
        fits.then_some(info)
    }

    /// The speaker a full text or transcript is introduced with: "The following
    /// is a transcript of President Aurel Vint's televised address", "Below is
    /// the full text of remarks by Foreign Minister Ana Lisk", or a headline
    /// "Full text: Prime Minister Karl Brede's speech to parliament".
    fn transcript_speaker(
        &self,
        text: &str,
        lower: &str,
        para: &Paragraph,
        headline: bool,
    ) -> Option<NpInfo> {
        let p = &lower[para.start..para.end];
        let intro = if headline {
            ["full text:", "transcript:", "in full:", "read in full:"]
                .iter()
                .any(|w| p.starts_with(w))
        } else {
            [
                "the following is",
                "below is",
                "what follows is",
                "here is the full",
                "here is a transcript",
                "here is the transcript",
                "this is the full",
                "this is a transcript",
                "this is the transcript",
            ]
            .iter()
            .any(|w| p.starts_with(w))
                && ["transcript", "full text", "text of"]
                    .iter()
                    .any(|w| p.get(..90.min(p.len())).is_some_and(|h| h.contains(w)))
        };
        // (an interview's or a debate's transcript has more than one voice:
        // its labels tell whose turn it is)
        if !intro
            || [
                "interview",
                "conversation",
                "debate",
                "briefing",
                "hearing",
                "q&a",
            ]
            .iter()
            .any(|w| p.contains(w))
        {
            return None;
        }
        let toks = segment::tokens(text, para.start, para.end, &[]);
        let lw = |k: usize| &lower[toks[k].start..toks[k].end];
        // the owner of the speech ("of President Aurel Vint's address") or its
        // maker ("remarks by Ana Lisk")
        let (a, b) = (0..toks.len()).find_map(|k| {
            if toks[k].cap && toks[k].word && names::possessive(lw(k)) {
                let a = (0..k)
                    .rev()
                    .take_while(|&x| toks[x].word && (toks[x].cap || lexicon::title_word(lw(x))))
                    .last()
                    .unwrap_or(k);
                return Some((a, k + 1));
            }
            if lw(k) == "by" && k + 1 < toks.len() && toks[k + 1].cap {
                let b = (k + 1..toks.len())
                    .take_while(|&x| toks[x].word && (toks[x].cap || lexicon::title_word(lw(x))))
                    .last()?;
                return Some((k + 1, b + 1));
            }
            None
        })?;
        // (a possessive last: the name without it)
        let mut info = names::analyze(text, &toks[a..b], &self.registry, false)?;
        info.source.name = names::strip_possessive(&info.source.name).to_string();
        matches!(info.class, NpClass::Person).then_some(info)
    }

    /// The names a paragraph that holds no claim gives, remembered for the body
    /// (a caption's, a release's headline's: "Minister Rahel Osei launches ..."
    /// then "Dr. Osei said").
    #[allow(clippy::too_many_arguments)]
    fn remember_paragraph<'l>(
        &self,
        text: &str,
        lower: &'l str,
        para: &Paragraph,
        pi: usize,
        memory: &mut Memory,
        (tok_buf, flag_buf, lw_buf): (&mut Vec<Tok>, &mut Vec<u8>, &mut Vec<&'l str>),
    ) {
        for &(s0, s1) in &para.sentences {
            let sent = Sent::read(
                text,
                lower,
                segment::quotes_in(&para.quotes, s0, s1),
                (s0, s1),
                (&mut *tok_buf, &mut *flag_buf, &mut *lw_buf),
            );
            self.remember_names(&sent, pi, memory);
        }
    }

    /// 'Ana Kovac, Velmar's environment minister: "C"', a roundup's line: the
    /// named speaker with the office set off after the name, the quoted words'
    /// span (inside the marks) and the colon's offset.
    fn named_role_label(
        &self,
        text: &str,
        para: &Paragraph,
        pi: usize,
        memory: &mut Memory,
    ) -> Option<(SourceRef, (usize, usize), usize)> {
        if pi == 0 {
            return None;
        }
        let p = &text[para.start..para.end];
        let colon = memchr::memchr(b':', &p.as_bytes()[..p.len().min(121)])?;
        let comma = p[..colon].find(", ")?;
        let after = p[colon + 1..].trim_start();
        if !after.starts_with(segment::is_quote_char) {
            return None;
        }
        let name = &p[..comma];
        let role = p[comma + 2..colon].trim();
        let name_words: SmallVec<[&str; 4]> = name.split_whitespace().collect();
        // (the role's words in lower case, read for its office and its kind)
        let role_low: SmallVec<[String; 12]> = role
            .split_whitespace()
            .map(|w| w.trim_end_matches(',').to_ascii_lowercase())
            .collect();
        let low: SmallVec<[&str; 12]> = role_low.iter().map(String::as_str).collect();
        if !(2..=4).contains(&name_words.len())
            || !name_words.iter().all(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
            })
            || low.is_empty()
            || low.len() > 12
            || role.contains(['"', '“', '”', '.', ';'])
            // (a sentence, not a label: "On Facebook, the former deputy, Lars
            // Dahl, wrote: "Q"" opens on a preposition and ends on its verb)
            || lexicon::preposition(&name_words[0].to_ascii_lowercase())
            || low.last().is_some_and(|w| lexicon::cue_verb(w).is_some())
            // (an office: a title word among the role's words)
            || !low
                .iter()
                .any(|w| lexicon::title_word(w) || lexicon::head_kind(w).is_some())
        {
            return None;
        }
        let toks = segment::tokens(text, para.start, para.start + comma, &[]);
        let mut info = names::analyze(text, &toks, &self.registry, true)
            .filter(|i| i.class == NpClass::Person)?;
        info.source.role = Some(role.to_string());
        info.source.kind =
            if names::official_role(&low) && !low.iter().any(|w| lexicon::private_role(w)) {
                SourceKind::Official
            } else {
                SourceKind::Person
            };
        memory.resolve(&mut info, pi);
        let start = para.start + colon + 1 + (p[colon + 1..].len() - after.len());
        let (s, e) = trim_span(text, start, para.end, false);
        let (s, e) = strip_quotes(text, s, e);
        (e > s).then_some((info.source, (s, e), para.start + colon))
    }

    /// An embedded social-media post as a page's text gives it: the words, then
    /// a dash, the author's name and handle and the date ('"C" - Dale Harlan
    /// (@DaleHarlan) October 6, 2026'): the author, the words' span and the dash.
    fn post_signature(
        &self,
        text: &str,
        para: &Paragraph,
        pi: usize,
        memory: &mut Memory,
    ) -> Option<(SourceRef, (usize, usize), Mention)> {
        if pi == 0 {
            return None;
        }
        let p = &text[para.start..para.end];
        // (a byte search, not a substring finder: this runs on every paragraph)
        let at = memchr::memrchr(b'@', p.as_bytes())
            .filter(|&a| a >= 2 && &p.as_bytes()[a - 2..a] == b" (")?
            - 2;
        let close = p[at..].find(')')? + at;
        // (the date after the handle, no more)
        if p[close + 1..].trim().len() > 30 || p[at + 3..close].contains(' ') {
            return None;
        }
        let (dash, dash_len) = [" \u{2014} ", " \u{2013} ", " - "]
            .iter()
            .filter_map(|d| p[..at].rfind(d).map(|i| (i, d.len())))
            .max()?;
        let raw = &p[dash + dash_len..at];
        let name = raw.trim();
        let words: SmallVec<[&str; 6]> = name.split_whitespace().collect();
        if !(1..=5).contains(&words.len())
            || !words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        // the words, without a picture's link at their end
        let mut body = p[..dash].trim_end();
        if let Some(k) = body.rfind(' ').filter(|&k| {
            let last = &body[k + 1..];
            last.starts_with("pic.twitter.com/")
                || last.starts_with("https://")
                || last.starts_with("http://")
        }) {
            body = body[..k].trim_end();
        }
        if body.split_whitespace().count() < 3 {
            return None;
        }
        let ns = para.start + dash + dash_len + (raw.len() - raw.trim_start().len());
        let toks = segment::tokens(text, ns, ns + name.len(), &[]);
        let mut info = names::analyze(text, &toks, &self.registry, false)
            .filter(|i| matches!(i.class, NpClass::Person | NpClass::Org))?;
        memory.resolve(&mut info, pi);
        let (s, e) = trim_span(text, para.start, para.start + body.len(), false);
        let (s, e) = strip_quotes(text, s, e);
        let d = para.start + dash + 1;
        let mark = text[d..].chars().next().map_or(1, char::len_utf8);
        (e > s).then(|| {
            (
                info.source,
                (s, e),
                Mention {
                    text: text[d..d + mark].to_string(),
                    start: d,
                    end: d + mark,
                },
            )
        })
    }

    /// The last titled person named in a paragraph (the interviewee of a Q&A),
    /// or else, with `untitled`, the first person named in full (an interview's
    /// introduction: "Erik Vahl has run the port for nine years. ... The
    /// interview has been edited.").
    fn person_named_in(&self, text: &str, para: &Paragraph, untitled: bool) -> Option<SourceRef> {
        let toks = segment::tokens(text, para.start, para.end, &[]);
        let mut found = None;
        let mut first_untitled = None;
        let mut i = 0;
        while i < toks.len() {
            if toks[i].word && toks[i].cap {
                let mut j = i;
                while j < toks.len() && toks[j].word && toks[j].cap {
                    j += 1;
                    // ("Spokesperson Lin Varo's Regular Press Conference": the
                    // owner ends the name)
                    if names::possessive(&text[toks[j - 1].start..toks[j - 1].end]) {
                        break;
                    }
                }
                // "Central bank governor Ilse Marren": lowercase role words before
                // the name belong to it
                let mut a = i;
                while a > 0 && i - a < 4 && toks[a - 1].word {
                    let w = text[toks[a - 1].start..toks[a - 1].end].to_ascii_lowercase();
                    if toks[a - 1].cap
                        || lexicon::title_word(&w)
                        || lexicon::head_kind(&w).is_some()
                    {
                        a -= 1;
                    } else {
                        break;
                    }
                }
                if let Some(mut info) = names::analyze(text, &toks[a..j], &self.registry, false) {
                    // "Lena Varo, Ostel's special envoy for climate, spoke to ...":
                    // the office in commas after the name
                    if info.class == NpClass::Person
                        && info.source.role.is_none()
                        && found.is_none()
                        && info.source.name.contains(' ')
                        && j + 2 < toks.len()
                        && &text[toks[j].start..toks[j].end] == ","
                    {
                        let e = (j + 1..toks.len().min(j + 10))
                            .find(|&k| !toks[k].word && &text[toks[k].start..toks[k].end] != "'")
                            .unwrap_or(toks.len().min(j + 10));
                        let words: Vec<String> = (j + 1..e)
                            .map(|k| text[toks[k].start..toks[k].end].to_ascii_lowercase())
                            .collect();
                        let titled = words.iter().any(|w| lexicon::title_word(w));
                        let private = words.iter().any(|w| lexicon::private_role(w));
                        if titled && e > j + 1 {
                            info.source.role =
                                Some(text[toks[j + 1].start..toks[e - 1].end].to_string());
                            if !private {
                                info.source.kind = SourceKind::Official;
                            }
                        }
                    }
                    // "Nadia Orlov is Velmar's special envoy to the talks.": the
                    // office after a copula
                    if info.class == NpClass::Person
                        && info.source.role.is_none()
                        && found.is_none()
                        && info.source.name.contains(' ')
                        && j + 2 < toks.len()
                        && matches!(&text[toks[j].start..toks[j].end], "is" | "was")
                    {
                        let e = (j + 1..toks.len().min(j + 10))
                            .find(|&k| !toks[k].word && &text[toks[k].start..toks[k].end] != "'")
                            .unwrap_or(toks.len().min(j + 10));
                        let words: Vec<String> = (j + 1..e)
                            .map(|k| text[toks[k].start..toks[k].end].to_ascii_lowercase())
                            .collect();
                        // (the role's own words, up to its "of", "for" or "to")
                        let head_end = words
                            .iter()
                            .position(|w| matches!(w.as_str(), "of" | "for" | "to" | "at" | "in"))
                            .unwrap_or(words.len());
                        let titled = words[..head_end].iter().any(|w| lexicon::title_word(w));
                        let private = words[..head_end].iter().any(|w| lexicon::private_role(w));
                        if titled && !private {
                            let first = (j + 1..e)
                                .find(|&k| {
                                    let w = text[toks[k].start..toks[k].end].to_ascii_lowercase();
                                    !lexicon::determiner(&w)
                                })
                                .unwrap_or(j + 1);
                            info.source.role =
                                Some(text[toks[first].start..toks[e - 1].end].to_string());
                            info.source.kind = SourceKind::Official;
                        }
                    }
                    // "The head of Velmar's health service, Dr. Anika Rose, spoke
                    // to ...": the office in commas before the name
                    let tok = |k: usize| &text[toks[k].start..toks[k].end];
                    let mut c = i;
                    if c >= 2 && tok(c - 1) == "." && toks[c - 2].cap && toks[c - 2].word {
                        c -= 2;
                    }
                    if info.class == NpClass::Person
                        && info.source.role.is_none()
                        && found.is_none()
                        && info.source.name.contains(' ')
                        && c >= 3
                        && tok(c - 1) == ","
                    {
                        let mut d = c - 1;
                        while d > 0 && c - 1 - d < 9 && (toks[d - 1].word || tok(d - 1) == "'") {
                            d -= 1;
                        }
                        let words: Vec<String> =
                            (d..c - 1).map(|k| tok(k).to_ascii_lowercase()).collect();
                        if words
                            .iter()
                            .any(|w| lexicon::title_word(w) && !lexicon::determiner(w))
                        {
                            let first = (d..c - 1)
                                .find(|&k| !lexicon::determiner(&tok(k).to_ascii_lowercase()))
                                .unwrap_or(d);
                            info.source.role =
                                Some(text[toks[first].start..toks[c - 2].end].to_string());
                            if !words.iter().any(|w| lexicon::private_role(w)) {
                                info.source.kind = SourceKind::Official;
                            }
                        }
                    }
                    if info.class == NpClass::Person && info.source.role.is_some() {
                        found = Some(info.source);
                    } else if info.class == NpClass::Person
                        && untitled
                        && first_untitled.is_none()
                        && info.source.name.contains(' ')
                    {
                        first_untitled = Some(info.source);
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        found.or(first_untitled)
    }

    /// Words (byte span `span`) whose speaker a line of their own names (bytes
    /// `name`): an embedded post's credit line, a fact check's "WHO SAID IT:"
    /// (`label`: a line of labels, where the name may open with its office).
    fn credited(
        &self,
        text: &str,
        name: (usize, usize),
        span: (usize, usize),
        pi: usize,
        memory: &mut Memory,
        label: bool,
    ) -> Option<Claim> {
        let toks = segment::tokens(text, name.0, name.1, &[]);
        let mut info = names::analyze(text, &toks, &self.registry, label).filter(|i| {
            matches!(i.class, NpClass::Person | NpClass::Org)
                || label && i.class == NpClass::RoleOnly
        })?;
        memory.resolve(&mut info, pi);
        memory.remember(&info.source, pi, true);
        Some(make_claim(
            text,
            &[span],
            QuoteKind::Direct,
            None,
            info.source,
            vec![],
            check_worthiness(text, &[span], true),
        ))
    }

    /// Register titled names mentioned in a sentence, so short forms resolve later.
    fn remember_names(&self, sent: &Sent, pi: usize, memory: &mut Memory) {
        let n = sent.toks.len();
        // ("Prosecutors allege the firm, Nordbau, paid ...", "Nordbau, a
        // construction firm, denies it": a name set off beside a business's
        // description is that business, and a later bare "Nordbau" no person)
        for (a, b) in set_off_businesses(sent) {
            let (start, end) = (sent.toks[a].start, sent.toks[b - 1].end);
            let name = sent.text[start..end].to_string();
            let src = SourceRef {
                name: name.clone(),
                kind: SourceKind::Organization,
                resolved: true,
                role: None,
                mention: Some(Mention {
                    text: name,
                    start,
                    end,
                }),
            };
            memory.remember(&src, pi, false);
        }
        // "Kallis began his speech by thanking the troops.": one capitalized word,
        // its verb, then its own "his" or "her": a person, the sentence's subject
        // (the next "he said" is them)
        // (also a whole name: "Greta Marrow blamed her counterpart")
        let v = (1..n.min(4))
            .find(|&k| !(sent.toks[k].word && sent.toks[k].cap))
            .unwrap_or(0);
        // (the verb first: the word lists are looked up only before one)
        if n >= v + 3
            && v >= 1
            && sent.toks[v].word
            && (sent.lw(v).len() > 3 && sent.lw(v).ends_with("ed")
                || matches!(
                    sent.lw(v),
                    "began" | "made" | "gave" | "took" | "spent" | "left" | "won" | "lost" | "met"
                ))
            && (0..v).all(|k| {
                sent.toks[k].word
                    && sent.toks[k].cap
                    && !sent.toks[k].quoted
                    && lexicon::head_kind(sent.lw(k)).is_none()
                    && !lexicon::unnamed_head(sent.lw(k))
                    && (k > 0 || v > 1 || !lexicon::title_word(sent.lw(k)))
            })
            && !lexicon::pronoun(sent.lw(0))
            && !lexicon::determiner(sent.lw(0))
        {
            let own = (v + 1..n.min(v + 8))
                .take_while(|&k| sent.toks[k].word && !sent.toks[k].cap && !sent.toks[k].quoted)
                .find_map(|k| match sent.lw(k) {
                    "his" => Some(Some(true)),
                    // ("Lind thanked her for her service.": "her" as the object
                    // is another woman, and so may be every "her" after it)
                    "her"
                        if !sent.toks.get(k + 1).is_some_and(|t| t.word)
                            || lexicon::preposition(sent.lw(k + 1))
                            || matches!(sent.lw(k + 1), "and" | "that" | "to" | "as") =>
                    {
                        Some(None)
                    }
                    "her" => Some(Some(false)),
                    _ => None,
                })
                .flatten();
            if let Some(male) = own {
                if let Some(mut info) =
                    names::analyze(sent.text, &sent.toks[0..v], &self.registry, true)
                        .filter(|i| i.class == NpClass::Person)
                {
                    memory.resolve(&mut info, pi);
                    memory.note_subject_person(&info.source, male, pi);
                }
            }
        }
        // ("In his remarks, Holt also took aim at the bank, which he said had
        // lost its way": an opening phrase with the subject's own "his" or
        // "her", then the subject's name and its verb)
        if n >= 8 && matches!(sent.lw(0), "in" | "at" | "during" | "on") && !sent.toks[0].quoted {
            if let Some(c) = (2..n.min(7)).find(|&c| sent.comma(c)) {
                let own = (1..c).find_map(|k| match sent.lw(k) {
                    "his" => Some(true),
                    "her" => Some(false),
                    _ => None,
                });
                let e = (c + 1..n.min(c + 4))
                    .find(|&k| !(sent.toks[k].word && sent.toks[k].cap))
                    .unwrap_or(c + 1);
                let verb = |k: usize| {
                    sent.toks[k].word
                        && !sent.toks[k].cap
                        && (lexicon::clause_verb(sent.lw(k))
                            || lexicon::finite_verb_like(sent.lw(k)) && !sent.lw(k).ends_with('s'))
                };
                let verb_next = e < n
                    && (verb(e) || lexicon::aux_or_adverb(sent.lw(e)) && e + 1 < n && verb(e + 1));
                if let Some(male) = own.filter(|_| e > c + 1 && verb_next) {
                    if let Some(mut info) =
                        names::analyze(sent.text, &sent.toks[c + 1..e], &self.registry, false)
                            .filter(|i| i.class == NpClass::Person)
                    {
                        memory.resolve(&mut info, pi);
                        memory.note_subject_person(&info.source, male, pi);
                    }
                }
            }
        }
        // ("The main opposition party, the Kesmara People's Congress (KPC),
        // has rejected ...": the body named in commas after its description is
        // of the description's kind, and the next "the party" is it)
        // (also its owner's: "Ostrava's security service, the OSB, said")
        let owner = n > 0 && sent.toks[0].word && sent.toks[0].cap && names::possessive(sent.lw(0));
        if n >= 8 && (matches!(sent.lw(0), "the" | "a" | "an") || owner) && !sent.toks[0].quoted {
            if let Some(c) = (2..n.min(6)).find(|&c| sent.comma(c)) {
                let head = sent.lw(c - 1);
                let kind = lexicon::head_kind(head);
                if let Some(kind) = kind.filter(|_| {
                    (1..c).all(|k| sent.toks[k].word && !sent.toks[k].cap)
                        && sent.is(c + 1, "the")
                        && sent.toks[c + 2].cap
                }) {
                    let f = (c + 3..n.min(c + 12)).find(|&f| sent.comma(f));
                    if let Some(f) = f {
                        let ne = before_acronym(sent, c + 6, f);
                        if body_name_toks(sent, c + 2, ne) {
                            let src = SourceRef {
                                name: sent.text[sent.toks[c + 2].start..sent.toks[ne - 1].end]
                                    .to_string(),
                                kind,
                                resolved: true,
                                role: None,
                                mention: Some(Mention {
                                    text: sent.text[sent.toks[1].start..sent.toks[c - 1].end]
                                        .to_string(),
                                    start: sent.toks[1].start,
                                    end: sent.toks[c - 1].end,
                                }),
                            };
                            memory.remember(&src, pi, true);
                        }
                    }
                }
            }
        }
        // ("Tesk's account is different. He wrote that C": a known person's
        // possessive opening the sentence makes them the one in view)
        if n >= 4
            && sent.toks[0].word
            && sent.toks[0].cap
            && !sent.toks[0].quoted
            && names::possessive(sent.lw(0))
            && sent.toks[1].word
            && !sent.toks[1].cap
            && !lexicon::title_word(sent.lw(1))
            // (not the owner of one who is named: "Hale's budget director, Sam
            // Ortiz, disputed the figure" puts Ortiz in view)
            && !(2..n.min(6)).any(|k| {
                lexicon::title_word(sent.lw(k))
                    || relation_noun(sent.lw(k))
                    || sent.comma(k) && k + 1 < n && sent.toks[k + 1].cap
            })
            // (not inside what someone says: "Orvel's plan would cost C, he said")
            && (2..n).all(|k| !sent.toks[k].quote_mark && lexicon::cue_verb(sent.lw(k)).is_none())
        {
            memory.touch_short(names::strip_possessive(sent.lw(0)), pi);
        }
        // ("Lind named his former rival, Maja Sten, as foreign minister": the one
        // appointed holds the office from now on, for her later words)
        if let Some(v) = (1..n.saturating_sub(4)).find(|&v| {
            matches!(
                sent.lw(v),
                "named" | "appointed" | "nominated" | "picked" | "tapped"
            ) && !sent.toks[v].quoted
        }) {
            let as_title = (v + 2..n.min(v + 14))
                .find(|&a| sent.is(a, "as") && a + 1 < n && lexicon::title_word(sent.lw(a + 1)));
            if let Some(a) = as_title {
                let e = if sent.comma(a - 1) { a - 1 } else { a };
                let mut b = e;
                while b > v + 1 && sent.toks[b - 1].word && sent.toks[b - 1].cap {
                    b -= 1;
                }
                let mut r = a + 1;
                while r < n
                    && sent.toks[r].word
                    && !sent.toks[r].cap
                    && lexicon::title_word(sent.lw(r))
                {
                    r += 1;
                }
                if e > b && e - b <= 3 && r > a + 1 {
                    if let Some(mut info) =
                        names::analyze(sent.text, &sent.toks[b..e], &self.registry, false)
                            .filter(|i| i.class == NpClass::Person && i.source.role.is_none())
                    {
                        memory.resolve(&mut info, pi);
                        info.source.role =
                            Some(sent.text[sent.toks[a + 1].start..sent.toks[r - 1].end].into());
                        // (a company's "chief executive" is no public office)
                        if !lexicon::private_role(sent.lw(r - 1)) {
                            info.source.kind = SourceKind::Official;
                        }
                        memory.remember(&info.source, pi, false);
                    }
                }
            }
        }
        // ("Hale's budget director, Sam Ortiz, disputed the figure. ..., he said":
        // the one named in commas after the owner's office is the sentence's
        // subject, whom the next "he" means)
        // (also after an opening conjunction and with an owner's pronoun, the
        // name with its title and place, and any verb: "But her campaign
        // manager, Sam Ortiz, was blunter.", "Mr. Harmon's main rival for the
        // nomination, Gov. Ruth Calloway of Ohio, has avoided criticizing him")
        // (and past an opening phrase of time or place: "At a news conference,
        // the party's defence spokesperson, Maja Lind, held up a report.")
        let opening = (n > 8 && matches!(sent.lw(0), "at" | "on" | "in" | "during" | "after"))
            .then(|| (2..n.min(8)).find(|&c| sent.comma(c)))
            .flatten()
            .filter(|&c| (0..c).all(|k| sent.toks[k].word && !sent.toks[k].quoted))
            .map_or(0, |c| c + 1);
        let o = opening
            + usize::from(
                n > opening && matches!(sent.lw(opening), "but" | "and" | "yet" | "still"),
            );
        // ("the party's defence spokesperson": a body's own in lowercase)
        let the_owner = o + 1 < n
            && sent.is(o, "the")
            && sent.toks[o + 1].word
            && !sent.toks[o + 1].cap
            && names::possessive(sent.lw(o + 1));
        let owner = o < n
            && sent.toks[o].word
            && (sent.toks[o].cap && names::possessive(sent.lw(o))
                || matches!(sent.lw(o), "his" | "her" | "their" | "its")
                || the_owner);
        // ("Mr. Harmon's": the owner's title first)
        let o = if owner {
            o
        } else {
            (o + 1..n.min(o + 4))
                .find(|&k| sent.toks[k].word && sent.toks[k].cap && names::possessive(sent.lw(k)))
                .filter(|&k| (o..k).all(|x| sent.toks[x].cap || sent.is(x, ".")))
                .unwrap_or(o)
        };
        let owner = owner
            || o < n && sent.toks[o].word && sent.toks[o].cap && names::possessive(sent.lw(o));
        if n >= 8 && owner {
            let c1 = (o + 2..n.min(o + 8)).find(|&k| sent.comma(k));
            let c2 = c1.and_then(|c1| (c1 + 2..n.min(c1 + 9)).find(|&k| sent.comma(k)));
            if let (Some(c1), Some(c2)) = (c1, c2) {
                let office = (o + 1..c1).all(|k| sent.toks[k].word && !sent.toks[k].cap)
                    && (o + 1..c1).any(|k| {
                        lexicon::title_word(sent.lw(k)) || !the_owner && relation_noun(sent.lw(k))
                    });
                // (a place after the name: "Gov. Ruth Calloway of Ohio")
                let ne = (c1 + 2..c2).find(|&k| sent.is(k, "of")).unwrap_or(c2);
                let name = (c1 + 1..ne)
                    .all(|k| sent.toks[k].word && sent.toks[k].cap || sent.is(k, "."))
                    && (ne..c2)
                        .skip(1)
                        .all(|k| sent.toks[k].word && sent.toks[k].cap);
                let w = sent.lw(c2 + 1);
                let verb = c2 + 1 < n
                    && (w.len() > 4 && w.ends_with("ed")
                        || matches!(w, "was" | "is" | "has" | "had" | "have" | "were")
                        // ("held up a report", "took questions")
                        || lexicon::finite_verb_like(w)
                            && !w.ends_with('s')
                            && lexicon::cue_verb(w).is_none());
                if office && name && verb && !(0..n).any(|k| sent.toks[k].quoted) {
                    if let Some(mut info) =
                        names::analyze(sent.text, &sent.toks[c1 + 1..ne], &self.registry, false)
                            .filter(|i| i.class == NpClass::Person)
                    {
                        memory.resolve(&mut info, pi);
                        memory.remember(&info.source, pi, true);
                    }
                }
            }
        }
        // "Tamsk's foreign ministry summoned the ambassador.": a body named by
        // its owner and a plain head opens the sentence (the next "the ministry
        // said" is it)
        if n >= 4 && sent.toks[0].word && sent.toks[0].cap && names::possessive(sent.lw(0)) {
            let j = (1..n.min(4))
                .take_while(|&k| sent.toks[k].word && !sent.toks[k].cap && !sent.toks[k].quoted)
                // (or a body of another kind: "Velmar's central bank kept its rate")
                .find(|&k| {
                    matches!(
                        lexicon::head_kind(sent.lw(k)),
                        Some(SourceKind::Government | SourceKind::Organization)
                    )
                });
            if let Some(j) = j.filter(|&j| j + 1 < n && sent.toks[j + 1].word) {
                if let Some(mut info) =
                    names::analyze(sent.text, &sent.toks[0..j + 1], &self.registry, true)
                        .filter(|i| matches!(i.class, NpClass::Org | NpClass::OrgShort))
                {
                    memory.resolve(&mut info, pi);
                    memory.remember(&info.source, pi, false);
                }
            }
        }
        let mut i = 0;
        while i < n {
            let t = sent.toks[i];
            // "But Vinn said": a sentence's opening conjunction is no part of a name
            if t.word
                && t.cap
                && (i == 0 || !sent.toks[i - 1].word)
                && i + 1 < n
                && sent.toks[i + 1].cap
                && lexicon::sentence_opener(sent.lw(i))
            {
                i += 1;
                continue;
            }
            // a day or a month is no name ("Monday", "On Monday he said"; but "Jan
            // Holt", "June Amsel": a month's name before a capitalized word that is
            // no day is a given name)
            let given_name = i + 1 < n
                && sent.toks[i + 1].word
                && sent.toks[i + 1].cap
                && !lexicon::weekday(sent.lw(i + 1))
                && !lexicon::month(sent.lw(i + 1))
                && (i == 0 || !lexicon::preposition(sent.lw(i - 1)));
            if t.word
                && t.cap
                && (lexicon::weekday(sent.lw(i)) || lexicon::month(sent.lw(i)) && !given_name)
            {
                i += 1;
                continue;
            }
            if t.word && t.cap {
                let mut j = i;
                // ("Faisal bin Tariq al-Harbi": a particle's surname)
                let particle =
                    |j: usize| names::particle_surname(sent.text, &sent.toks[j], sent.lw(j));
                // ("The Pilots' Union is demanding": a plural's mark inside the
                // name, the name going on after it)
                let plural_mark = |j: usize| {
                    j > i
                        && j + 1 < n
                        && matches!(sent.lw(j), "'" | "’")
                        && sent.toks[j - 1].end == sent.toks[j].start
                        && sent.lw(j - 1).ends_with('s')
                        && sent.toks[j + 1].word
                        && sent.toks[j + 1].cap
                        && sent.toks[j + 1].start > sent.toks[j].end
                };
                while j < n
                    && (sent.toks[j].word
                        && (sent.toks[j].cap
                            || particle(j)
                            || matches!(sent.lw(j), "of" | "for")
                            || names::particle_word(sent.lw(j)))
                        || plural_mark(j))
                {
                    j += 1;
                }
                while j > i + 1 && !sent.toks[j - 1].cap && !particle(j - 1) {
                    j -= 1;
                }
                // ('"Mr. Stahl knows a lot about breaking rules," he said': a known
                // person's short name inside a quote is what is said; it does not
                // become the latest, salient one)
                if t.quoted && sent.toks[j - 1].quoted && memory.knows_person_word(sent.lw(j - 1)) {
                    i = j;
                    continue;
                }
                // ("The former president wrote on Chirp Social that C": the
                // platform the words were posted on is nobody a later "the former
                // president" could be)
                if i >= 2
                    && sent.is(i - 1, "on")
                    && matches!(
                        sent.lw(i - 2),
                        "wrote" | "writes" | "writing" | "posted" | "posts" | "posting" | "tweeted"
                    )
                {
                    i = j;
                    continue;
                }
                // "Talrail chief executive Bo Lind": a lone name before a lowercase office is a body
                // (not "Kessler's office said": a person's office; an owner's
                // office-holder only before the holder's name)
                if j == i + 1
                    && j + 1 < n
                    && !sent.toks[j].cap
                    && sent.toks[j].word
                    && lexicon::title_word(sent.lw(j))
                    && !lexicon::private_role(sent.lw(j))
                    && sent.toks[j + 1].word
                    && !(names::possessive(sent.lw(i))
                        && (sent.is(j, "office")
                            || !(j + 1..n.min(j + 4))
                                .any(|k| sent.toks[k].cap && sent.toks[k].word)))
                {
                    let w = sent.lw(i);
                    if !lexicon::title_word(w)
                        && !lexicon::determiner(w)
                        && lexicon::head_kind(w).is_none()
                    {
                        let name = sent.text[t.start..t.end].trim_end_matches("'s").to_string();
                        let src = SourceRef {
                            name,
                            kind: SourceKind::Organization,
                            resolved: true,
                            role: None,
                            mention: None,
                        };
                        memory.remember(&src, pi, false);
                    }
                }
                // "gas company Drovgaz", "the news channel Kora-7": keep the descriptor
                let mut d = i;
                while d > 0
                    && i - d < 4
                    && sent.toks[d - 1].word
                    // ("State broadcaster OTV" opening a sentence)
                    && (!sent.toks[d - 1].cap
                        || d == 1
                            && d < i
                            && (matches!(sent.lw(0), "state" | "state-run" | "state-owned")
                                // ("Rating agency Fenwick Scores said")
                                || sent.is(1, "agency") && lexicon::business_agency(sent.lw(0))))
                    && !lexicon::np_boundary(sent.lw(d - 1))
                    && (lexicon::head_kind(sent.lw(d - 1)).is_some() || d < i)
                {
                    d -= 1;
                }
                if d < i && lexicon::head_kind(sent.lw(i - 1)).is_none() {
                    d = i;
                }
                // "the official Tamsk News Agency": the state's outlet
                if d == i
                    && i > 0
                    && sent.toks[i - 1].word
                    && !sent.toks[i - 1].cap
                    && names::state_owned_word(sent.lw(i - 1))
                    && (i..j).any(|k| names::media_noun(sent.lw(k)))
                {
                    d = i - 1;
                }
                // "the briefing by foreign ministry spokeswoman Lina Varga": a lowercase
                // office before the name is her role
                if d == i
                    && i > 0
                    && sent.toks[i - 1].word
                    && !sent.toks[i - 1].cap
                    && lexicon::title_word(sent.lw(i - 1))
                    && !lexicon::private_role(sent.lw(i - 1))
                    // ("would judge Ostel by its actions": a verb after its modal)
                    && !(i > 1
                        && matches!(
                            sent.lw(i - 2),
                            "would" | "will" | "could" | "can" | "should" | "must" | "might"
                                | "may" | "to" | "not" | "did"
                        ))
                    // ("Union leader Mira Dahl": whose office it is, the capital says;
                    // not a side's common word opening the sentence, "Rebel
                    // commander Oskar Dreyer")
                    && !(i > 1
                        && sent.toks[i - 2].cap
                        && (lexicon::head_kind(sent.lw(i - 2)).is_some()
                            || !lexicon::title_word(sent.lw(i - 2)))
                        && sent.lw(i - 2) != "opposition"
                        && !(i == 2
                            && matches!(
                                sent.lw(0),
                                "rebel" | "militia" | "insurgent" | "separatist" | "guerrilla"
                            )))
                {
                    d = i - 1;
                    while d > 0
                        && i - d < 4
                        && sent.toks[d - 1].word
                        && !sent.toks[d - 1].cap
                        && !sent.toks[d - 1].quoted
                        && !lexicon::np_boundary(sent.lw(d - 1))
                        && !lexicon::determiner(sent.lw(d - 1))
                        && !lexicon::finite_verb_like(sent.lw(d - 1))
                    {
                        d -= 1;
                    }
                    // "Opposition leader Tom Dresk"
                    if d > 0 && sent.toks[d - 1].cap && sent.lw(d - 1) == "opposition" {
                        d -= 1;
                    }
                }
                // "by Foreign Ministry spokeswoman Lin Varga": a public body's office
                // before the name, the body in capitals
                // (also "Committee chair Linn Sato" opening a sentence)
                if d == i
                    && i >= 2
                    && sent.toks[i - 1].word
                    && !sent.toks[i - 1].cap
                    && (i >= 3
                        && matches!(sent.lw(i - 1), "spokeswoman" | "spokesman" | "spokesperson")
                        || i == 2 && matches!(sent.lw(i - 1), "chair" | "chairman" | "chairwoman"))
                    && lexicon::head_kind(sent.lw(i - 2)) == Some(SourceKind::Government)
                    && sent.toks[i - 2].cap
                {
                    let mut b = i - 2;
                    while b > 0 && i - b < 5 && sent.toks[b - 1].cap && sent.toks[b - 1].word {
                        b -= 1;
                    }
                    d = b;
                }
                // "Civic Alliance leader Oskar Lind": a party's or a union's
                // leader, the body in capitals before the office
                if d == i
                    && i >= 2
                    && sent.toks[i - 1].word
                    && !sent.toks[i - 1].cap
                    && (matches!(
                        sent.lw(i - 1),
                        "leader" | "chairman" | "chairwoman" | "chair" | "president" | "head"
                    ) && i >= 3
                        && lexicon::head_kind(sent.lw(i - 2)).is_some()
                        // ("Orvik mayor Elin Dahl": a place's office)
                        || matches!(
                            sent.lw(i - 1),
                            "mayor"
                                | "governor"
                                | "senator"
                                | "councillor"
                                | "councilor"
                                | "lawmaker"
                                | "legislator"
                                | "premier"
                                | "prosecutor"
                                | "sheriff"
                        ))
                    && sent.toks[i - 2].cap
                    && sent.toks[i - 2].word
                {
                    let mut b = i - 2;
                    while b > 0 && i - b < 5 && sent.toks[b - 1].cap && sent.toks[b - 1].word {
                        b -= 1;
                    }
                    d = b;
                }
                // "Gov. Rachel Amsel": an abbreviated title before the name
                // (also a saint's or a mountain's: "St. Brigid's Hospital")
                if d == i
                    && i >= 2
                    && sent.lw(i - 1) == "."
                    && sent.toks[i - 2].cap
                    && (lexicon::title_word(sent.lw(i - 2))
                        || matches!(sent.lw(i - 2), "st" | "mt" | "ft"))
                {
                    d = i - 2;
                }
                let titled = (d..j).any(|k| lexicon::title_word(sent.lw(k)));
                // the subject of the sentence is salient: "She" in the next sentence is probably them
                // (not an owner: "Clean Kessia's founder, ..., has emerged")
                let owner = j > 0 && names::possessive(sent.lw(j - 1));
                let subject = !owner
                    && ((0..i).all(|k| {
                        let w = sent.lw(k);
                        sent.toks[k].cap
                        || lexicon::title_word(w)
                        || lexicon::determiner(w)
                        || w == "-"
                        // ("Sen. Laura Kim, D-Wash., pressed ...")
                        || w == "." && k > 0 && sent.toks[k - 1].cap
                        // ("Tamsk's envoy, Lena Oris, rejected that account.")
                        || w == "," && k + 1 == i && j < n && sent.comma(j)
                    }) || {
                        // (past "the former prosecutor" after the comma; not a bare
                        // "the": "The ferry, the Santa Rita, had been")
                        let mut e = d;
                        while e > 3
                            && (sent.is(e - 1, "the")
                                || matches!(sent.lw(e - 1), "former" | "veteran" | "retired")
                                || lexicon::title_word(sent.lw(e - 1)) && !sent.toks[e - 1].cap)
                        {
                            e -= 1;
                        }
                        let d = if e + 1 < d || d < i || !sent.is(e, "the") {
                            e
                        } else {
                            d
                        };
                        (3..=8).contains(&d)
                    && sent.comma(d - 1)
                    && j < n
                    && sent.comma(j)
                    // ("Clean Kessia's founder, the former prosecutor Jaan Ruus,
                    // has emerged": a capitalised owner before the descriptor)
                    && (lexicon::determiner(sent.lw(0))
                        || sent.toks[0].cap
                            && (0..d - 1).any(|k| names::possessive(sent.lw(k))))
                    // ("The summit's host, Prime Minister Tor Vik, has opened the
                    // session.": a descriptor set before the name; "Her chief
                    // rival, Gov. Alan Mercer, ...": the name's abbreviated title)
                    && (1..d - 1).all(|k| {
                        let w = sent.lw(k);
                        (sent.toks[k].word || matches!(w, "'" | "’" | "s"))
                            && !sent.toks[k].quoted
                            && !matches!(w, "is" | "was" | "are" | "were" | "has" | "had")
                            && lexicon::cue_verb(w).is_none()
                    })
                    })
                    && j < n
                    && (lexicon::cue_verb(sent.lw(j)).is_some()
                        || sent.toks[j].word && !sent.toks[j].cap
                        // ("..., Lena Oris, rejected that account.")
                        || sent.comma(j)
                            && j + 1 < n
                            && sent.toks[j + 1].word
                            && !sent.toks[j + 1].cap
                            && lexicon::finite_verb_like(sent.lw(j + 1))
                        // "Joe Maddox, a Democrat, defended the deal."
                        || sent.comma(j)
                            && (j + 2..n.min(j + 12))
                                .find(|&k| sent.comma(k))
                                .is_some_and(|k| {
                                    k + 1 < n
                                        && sent.toks[k + 1].word
                                        && !sent.toks[k + 1].cap
                                        && !sent.toks[k + 1].quoted
                                }));
                // "Rand, 52, suffered ...": a known person's short name as the subject
                if i == 0 && j == 1 && d == 0 && j < n && (subject || sent.comma(j)) {
                    // (not when the sentence ends "..., she said": its speaker is
                    // another, "Brandt had rejected the offer, she said")
                    if !ends_with_pronoun_cue(sent) {
                        memory.touch_short(sent.lw(0), pi);
                    }
                    // "Ocampo, the state treasurer, opened by ...": an office given
                    // to a person named before
                    if let Some((a, b)) = role_after(sent, j) {
                        if let Some(mut info) =
                            names::analyze(sent.text, &sent.toks[0..1], &self.registry, true)
                                .filter(|i| i.class == NpClass::Person)
                        {
                            memory.resolve(&mut info, pi);
                            if info.source.resolved
                                && info.source.name.contains(' ')
                                && info.source.kind != SourceKind::Official
                            {
                                info.source.role = None;
                                apply_appositive(sent, &mut info, a, b);
                                if info.source.kind == SourceKind::Official {
                                    memory.remember(&info.source, pi, subject);
                                }
                            }
                        }
                    }
                }
                // "When asked about the poll, Vinn shrugged.": the main clause's
                // subject after an opening phrase is salient too
                // (also "In remarks to reporters, Mr. Bollard was unapologetic.":
                // an abbreviated title before the name)
                // (past an age: "Every morning, Aksel Rud, 71, starts the engine")
                let v = if j + 3 < n
                    && sent.comma(j)
                    && sent.toks[j + 1].word
                    && sent.lw(j + 1).bytes().all(|b| b.is_ascii_digit())
                    && sent.comma(j + 2)
                {
                    j + 3
                } else {
                    j
                };
                let after_opening = (d == i || d + 2 == i && sent.lw(i - 1) == ".")
                    && d >= 3
                    && sent.comma(d - 1)
                    && v < n
                    && sent.toks[v].word
                    && !sent.toks[v].cap
                    && !sent.toks[v].quoted
                    // ("Every morning at 5:40, Ola Brandt starts the engine": a
                    // time's words too)
                    && (lexicon::opening_word(sent.lw(0))
                        || matches!(
                            sent.lw(0),
                            "every" | "each" | "for" | "last" | "this" | "by" | "until" | "now"
                        ))
                    && (0..d - 1).all(|k| !sent.comma(k) && !sent.toks[k].quote_mark);
                if after_opening && j == i + 1 {
                    memory.touch_short(sent.lw(i), pi);
                }
                // (a name inside a quote is what is said, not who says it: '"Mr.
                // Stahl knows a lot about breaking rules," he said')
                let subject = (subject || after_opening) && !t.quoted;
                // "Piet Hollund, 61, is ...": a full name with an age is a person named
                let aged = i == 0
                    && j + 2 < n
                    && sent.comma(j)
                    && sent.toks[j + 1].word
                    && sent.lw(j + 1).bytes().all(|b| b.is_ascii_digit())
                    && sent.comma(j + 2);
                // "has sued Agrivel, the country's largest maker of farm chemicals,":
                // one word, a business by the aside after it
                if j == i + 1 && d == i && i > 0 && sent.comma(j) {
                    let name = sent.text[t.start..t.end].to_string();
                    let mut info = NpInfo {
                        source: SourceRef {
                            name,
                            kind: SourceKind::Person,
                            resolved: true,
                            role: None,
                            mention: None,
                        },
                        class: NpClass::Person,
                    };
                    kind_from_appositive(sent, &mut info, j);
                    if info.class == NpClass::Org && !memory.knows_longer(&info.source.name) {
                        memory.remember(&info.source, pi, false);
                    }
                }
                if j - d >= 2 && (titled || i > 0 || subject || aged) || d < i {
                    // names repeat through an article: analyse each phrase once
                    let phrase = &sent.text[sent.toks[d].start..sent.toks[j - 1].end];
                    let known = memory.seen.get(phrase).cloned();
                    let entry = match known {
                        Some(e) => e,
                        None => {
                            // ("The former driver of ex-minister Karl Vinter": the
                            // one close to the person is no name to remember, the
                            // person named after "of" is)
                            let d = (d + 1..j.saturating_sub(1))
                                .find(|&q| {
                                    sent.is(q, "of") && names::close_relation(sent.lw(q - 1))
                                })
                                .map_or(d, |q| q + 1);
                            let e =
                                names::analyze(sent.text, &sent.toks[d..j], &self.registry, d == 0)
                                    .filter(|info| {
                                        info.class == NpClass::Person
                                            && (titled || info.source.name.contains(' '))
                                            // ("the official KNA news agency": an
                                            // outlet's name, no official called KNA)
                                            && !(j < n
                                                && !sent.toks[j].cap
                                                && names::media_noun(sent.lw(j)))
                                            || info.class == NpClass::Org
                                    })
                                    .map(|mut info| {
                                        // "a Civic Pulse poll": the maker of a poll or a
                                        // survey is a firm or an institute
                                        if info.class == NpClass::Person
                                            && info.source.role.is_none()
                                            && lexicon::survey_word(sent.lw(j))
                                        {
                                            info.class = NpClass::Org;
                                            info.source.kind = SourceKind::Organization;
                                        }
                                        // "Dornholm's mayor, Ruben Falk," / "Ruben Falk,
                                        // the mayor of Dornholm,": the role beside the name
                                        if let Some((a, b)) = descriptor_before(sent, 0, d)
                                            .or_else(|| role_after(sent, j))
                                            .or_else(|| copular_role(sent, j))
                                        {
                                            apply_appositive(sent, &mut info, a, b);
                                        }
                                        kind_from_head_before(sent, &mut info, d);
                                        kind_from_appositive(sent, &mut info, j);
                                        // "The Liberal Alliance, led by Greta Marrow,":
                                        // she leads it
                                        if info.class == NpClass::Person
                                            && info.source.role.is_none()
                                            && d >= 4
                                            && sent.is(d - 1, "by")
                                            && sent.is(d - 2, "led")
                                            && sent.comma(d - 3)
                                            && sent.toks[d - 4].cap
                                        {
                                            let mut o = d - 4;
                                            while o > 0
                                                && sent.toks[o - 1].cap
                                                && sent.toks[o - 1].word
                                            {
                                                o -= 1;
                                            }
                                            if sent.is(o, "the") && o + 1 < d - 3 {
                                                o += 1;
                                            }
                                            let body = &sent.text
                                                [sent.toks[o].start..sent.toks[d - 4].end];
                                            info.source.role = Some(format!("leader of {body}"));
                                            info.source.kind = SourceKind::Official;
                                        }
                                        memory.resolve(&mut info, pi);
                                        (
                                            std::rc::Rc::new(info.source),
                                            info.class == NpClass::Person,
                                        )
                                    });
                            memory.seen.insert(phrase.to_string(), e.clone());
                            e
                        }
                    };
                    if let Some((src, person)) = entry {
                        memory.remember(&src, pi, subject && person);
                        // "Senator Ruth Adler, a Democrat, ...": her party, for a
                        // later "the Democrat said"
                        if person
                            && j + 3 < n
                            && sent.comma(j)
                            && matches!(sent.lw(j + 1), "a" | "an")
                            && (sent.comma(j + 3) || sent.end_punct(j + 3))
                        {
                            let party = sent.lw(j + 2);
                            if matches!(
                                party,
                                "democrat"
                                    | "republican"
                                    | "conservative"
                                    | "liberal"
                                    | "socialist"
                                    | "centrist"
                                    | "progressive"
                                    | "nationalist"
                            ) {
                                memory.note_descriptor(&src.name, party);
                            }
                        }
                    }
                }
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
        // ("Vaccine Choice Ostel, which says it has 12,000 members, said": a
        // name followed by "which" is a body's)
        let j = (0..n.min(6))
            .take_while(|&k| sent.toks[k].word && sent.toks[k].cap)
            .count();
        if (2..=5).contains(&j) && sent.comma(j) && sent.is(j + 1, "which") {
            if let Some(info) = names::analyze(sent.text, &sent.toks[..j], &self.registry, true)
                .filter(|i| i.class == NpClass::Person && i.source.role.is_none())
            {
                memory.set_body(&info.source.name);
            }
        }
        // "Committee chair Ole Brandt pressed her on why ...": the one asked
        // is in view for the next "she replied", not the asker
        let v = (1..n.min(8))
            .take_while(|&k| sent.toks[k].word && !sent.toks[k].quoted)
            .find(|&k| matches!(sent.lw(k + 1), "her" | "him"));
        if let Some(v) = v.filter(|&v| {
            v + 2 < n
                && sent.toks[v].word
                && sent.lw(v).len() > 4
                && sent.lw(v).ends_with("ed")
                && matches!(sent.lw(v + 1), "her" | "him")
                && !sent.toks[v + 1].quoted
                // (an object, not a possessive: "pressed her on", "asked him
                // why"; not "praised her work")
                && (!sent.toks[v + 2].word
                    || lexicon::preposition(sent.lw(v + 2))
                    || matches!(
                        sent.lw(v + 2),
                        "to" | "why" | "whether" | "how" | "what" | "if" | "about" | "again"
                    ))
        }) {
            // (a lowercase office before the name: "Committee chair Ole Brandt")
            let a = (0..v).find(|&k| sent.toks[k].cap).unwrap_or(0);
            if let Some(mut info) =
                names::analyze(sent.text, &sent.toks[a..v], &self.registry, true)
                    .filter(|i| i.class == NpClass::Person)
            {
                memory.resolve(&mut info, pi);
                memory.touch_object(sent.lw(v + 1), &info.source.name, pi);
            }
        }
        // ("The moderators pressed Delacroix on her office's handling of the
        // breach. She said C": the one questioned, named before, is in view)
        if let Some(v) = (1..n.min(8))
            .take_while(|&k| sent.toks[k].word && !sent.toks[k].quoted)
            .find(|&k| {
                matches!(
                    sent.lw(k),
                    "pressed" | "asked" | "questioned" | "quizzed" | "grilled" | "challenged"
                )
            })
            .filter(|&v| {
                v + 2 < n
                    && sent.toks[v + 1].cap
                    && sent.toks[v + 1].word
                    && !sent.toks[v + 1].quoted
                    && matches!(
                        sent.lw(v + 2),
                        "on" | "about" | "over" | "why" | "whether" | "how" | "what"
                    )
            })
        {
            memory.touch_short(sent.lw(v + 1), pi);
        }
        for k in 1..n {
            let t = &sent.toks[k];
            if t.word && t.cap && !t.quoted {
                memory.keep_in_view(names::strip_possessive(sent.lw(k)), pi);
            }
        }
    }

    /// The body a sentence in the article's voice is about, when it opens the
    /// sentence as its subject ("Ostel's foreign ministry gave a shorter
    /// account."): the "it" of the next sentence. None when the sentence brings
    /// out a document ("The ministry published a report."), which is that "it".
    fn framing_body(&self, sent: &Sent, pi: usize, memory: &mut Memory) -> Option<NpInfo> {
        let n = sent.toks.len();
        // ("One senior backbencher, speaking on condition of anonymity, went
        // further.": the subject before its aside)
        let (e, from) = match (1..n.min(6)).find(|&c| sent.comma(c)) {
            Some(c) => {
                let c2 = (c + 2..n.min(c + 10)).find(|&x| sent.comma(x))?;
                (c, c2 + 1)
            }
            None => (0, 1),
        };
        // ("Kessia's readout made no mention of the tolls.")
        let k = (from..n.min(from + 6)).find(|&k| {
            sent.toks[k].word
                && !sent.toks[k].cap
                && (lexicon::finite_verb_like(sent.lw(k))
                    || matches!(sent.lw(k), "made" | "gave" | "took" | "did"))
        })?;
        let e = if e > 0 {
            if k != from {
                return None;
            }
            e
        } else {
            k
        };
        if (0..e).any(|x| !sent.toks[x].word || sent.toks[x].quoted)
            || lexicon::brought_out(sent.lw(k))
        {
            return None;
        }
        // ("Shares in Voltra fell 9%", "Voltra shares fell": the company whose
        // shares they are)
        let shares = if e >= 3 && sent.is(0, "shares") && matches!(sent.lw(1), "in" | "of") {
            Some(2..e)
        } else if e >= 2 && sent.is(e - 1, "shares") && sent.toks[0].cap {
            Some(0..e - 1)
        } else {
            None
        }
        .filter(|r| r.clone().all(|x| sent.toks[x].cap));
        // ("Last month the city council approved the plan.": the time before
        // the subject is no part of it)
        let t0 = opening_time_len(sent, e);
        let toks = shares.clone().map_or(&sent.toks[t0..e], |r| &sent.toks[r]);
        let mut info = names::analyze(sent.text, toks, &self.registry, shares.is_none())?;
        if shares.is_some() && info.class == NpClass::Person && info.source.role.is_none() {
            info.class = NpClass::Org;
            info.source.kind = SourceKind::Organization;
        }
        memory.resolve(&mut info, pi);
        // ("Drovgaz cut its forecast": a lone unknown name that has "its" is a body)
        if info.class == NpClass::Person
            && k == 1
            && info.source.role.is_none()
            && (k + 1..n.min(k + 4)).any(|x| sent.is(x, "its"))
        {
            info.class = NpClass::Org;
            info.source.kind = SourceKind::Organization;
        }
        Some(info).filter(|i| {
            i.class == NpClass::Unnamed
                || matches!(i.class, NpClass::Org | NpClass::OrgShort)
                    && matches!(
                        i.source.kind,
                        SourceKind::Government
                            | SourceKind::Organization
                            | SourceKind::NewsOutlet
                            | SourceKind::StateMedia
                    )
        })
    }

    /// A short sentence of a person's mood before their words ("Caro's running
    /// mate, Lise Moen, was more measured."), the framing [`reaction_frame`] reads.
    fn framing_person(&self, sent: &Sent) -> bool {
        let words: SmallVec<[&str; 16]> = (0..sent.toks.len())
            .filter(|&i| sent.toks[i].word)
            .map(|i| sent.lw(i))
            .collect();
        // (as the article's own sentences are read: four words at least)
        words.len() >= 4 && reaction_frame(&words)
    }

    /// "Lind agreed.", "Senator Lind was more cautious.": a short sentence of
    /// the article's whose subject is a named person (a name, then a verb and
    /// a few words): that person.
    fn short_subject_person(&self, sent: &Sent) -> Option<NpInfo> {
        let n = sent.toks.len();
        let words = (0..n).filter(|&k| sent.toks[k].word).count();
        if !(2..=7).contains(&words) || sent.toks.iter().any(|t| t.quoted || t.quote_mark) {
            return None;
        }
        let e = (0..n.min(4))
            .find(|&k| !(sent.toks[k].word && sent.toks[k].cap))
            .unwrap_or(0);
        if e == 0
            || !sent.toks[e].word
            || !(lexicon::finite_verb_like(sent.lw(e))
                || matches!(
                    sent.lw(e),
                    "was" | "is" | "went" | "took" | "struck" | "sounded"
                ))
            || lexicon::cue_verb(sent.lw(e)).is_some()
            || lexicon::pronoun(sent.lw(0))
            || lexicon::determiner(sent.lw(0))
        {
            return None;
        }
        names::analyze(sent.text, &sent.toks[..e], &self.registry, true)
            .filter(|i| i.class == NpClass::Person)
    }

    /// The person a framing sentence is about: the first name of two or three
    /// capitalized words before its verb ("Caro's running mate, Lise Moen, was
    /// more measured" gives Lise Moen).
    fn framed_person(&self, sent: &Sent) -> Option<NpInfo> {
        let n = sent.toks.len();
        let verb = (1..n).find(|&v| {
            !sent.toks[v].cap
                && (lexicon::auxiliary(sent.lw(v)) || lexicon::finite_verb_like(sent.lw(v)))
        })?;
        let mut a = 0;
        while a < verb {
            if !(sent.toks[a].word && sent.toks[a].cap) {
                a += 1;
                continue;
            }
            let mut b = a;
            while b < verb && sent.toks[b].word && sent.toks[b].cap {
                b += 1;
            }
            if (2..=3).contains(&(b - a)) {
                if let Some(info) =
                    names::analyze(sent.text, &sent.toks[a..b], &self.registry, a == 0)
                        .filter(|i| i.class == NpClass::Person)
                {
                    return Some(info);
                }
            }
            a = b;
        }
        None
    }

    /// "Velmar's Anya Roos and Piet Varga issued a joint statement.": who issued
    /// the statement (or communique, declaration) the sentence tells of.
    fn document_issuer(&self, sent: &Sent, pi: usize, memory: &mut Memory) -> Option<NpInfo> {
        let n = sent.toks.len();
        let v = (1..n.min(24)).find(|&v| {
            matches!(sent.lw(v), "issued" | "released" | "published")
                && !sent.toks[v].quoted
                && (v + 1..n.min(v + 4)).any(|d| {
                    matches!(sent.lw(d), "statement" | "communique" | "declaration")
                        && (v + 1..d).all(|x| sent.toks[x].word && !sent.toks[x].cap)
                })
        })?;
        // (after an opening phrase: "After talks in Selm, Roos and Varga issued")
        let a = (0..v).rev().find(|&k| sent.comma(k)).map_or(0, |k| k + 1);
        if v <= a || (a..v).any(|x| !sent.toks[x].word && !sent.is(x, "'") || sent.toks[x].quoted) {
            return None;
        }
        let mut info = names::analyze(sent.text, &sent.toks[a..v], &self.registry, a == 0)?;
        if matches!(info.class, NpClass::Pronoun | NpClass::Unnamed) {
            return None;
        }
        memory.resolve(&mut info, pi);
        Some(info)
    }

    /// Register bodies named only by lowercase words ("the audit office") so that
    /// "the office said" later resolves to them.
    fn remember_common_bodies(&self, sent: &Sent, pi: usize, memory: &mut Memory) {
        let n = sent.toks.len();
        // "The ministry published a study on Monday. It found that ...": a
        // document just brought out is what "it" finds next
        for k in 1..n.saturating_sub(2) {
            if !lexicon::brought_out(sent.lw(k)) || sent.toks[k].quoted {
                continue;
            }
            let mut d = k + 1;
            if !matches!(
                sent.lw(d),
                "a" | "an" | "the" | "its" | "their" | "his" | "her"
            ) {
                continue;
            }
            d += 1;
            while d < n && d - k <= 4 && sent.toks[d].word && !sent.toks[d].cap {
                if lexicon::document_word(sent.lw(d)) && !sent.is(d + 1, "of") {
                    remember_unnamed(sent, d, pi, memory);
                    break;
                }
                d += 1;
            }
        }
        // "The lawsuit was brought by the league. It alleges that ...": a
        // document opening the sentence as its subject is the next "it"
        if n > 4
            && sent.is(0, "the")
            && !sent.toks[1].cap
            && lexicon::document_word(sent.lw(1))
            && sent.toks[2].word
            && (lexicon::auxiliary(sent.lw(2)) || lexicon::finite_verb_like(sent.lw(2)))
            && lexicon::cue_verb(sent.lw(2)).is_none()
            && !(0..n).any(|k| sent.toks[k].quoted)
        {
            remember_unnamed(sent, 1, pi, memory);
        }
        // "Shares in Norvo fell", "Norvo shares rose", "Norvo's shares": a listed
        // company, which "the company" or "the retailer" said later is
        for k in 0..n {
            if !matches!(sent.lw(k), "shares" | "stock") || sent.toks[k].quoted {
                continue;
            }
            // (not a market: "the Ostel stock exchange")
            if matches!(
                sent.lw(k + 1),
                "exchange" | "exchanges" | "market" | "markets" | "index"
            ) {
                continue;
            }
            let after = k + 2 < n && matches!(sent.lw(k + 1), "in" | "of");
            let (a, b) = if after {
                let mut e = k + 2;
                while e < n && e - (k + 2) < 3 && sent.toks[e].word && sent.toks[e].cap {
                    e += 1;
                }
                (k + 2, e)
            } else {
                let mut a = k;
                while a > 0 && k - a < 3 && sent.toks[a - 1].word && sent.toks[a - 1].cap {
                    a -= 1;
                }
                (a, k)
            };
            // (a name, not the sentence's capital: "Shares fell", "The shares")
            if b <= a
                || a == 0 && b == 1 && !names::possessive(sent.lw(0))
                || lexicon::determiner(sent.lw(a))
                || (a..b).any(|x| lexicon::title_word(sent.lw(x)))
            {
                continue;
            }
            let name =
                names::strip_possessive(&sent.text[sent.toks[a].start..sent.toks[b - 1].end]);
            let src = SourceRef {
                name: name.to_string(),
                kind: SourceKind::Organization,
                resolved: true,
                role: Some("company".into()),
                mention: None,
            };
            memory.remember(&src, pi, false);
        }
        // "The researchers, from Delmont State University, analyzed ...": a group
        // opening the sentence is who "they" are next
        if n > 3
            && sent.flags[0] & lexicon::F_BODY_DET != 0
            && sent.is(0, "the")
            && (lexicon::finding_people(sent.lw(1))
                || matches!(
                    sent.lw(1),
                    "officials" | "protesters" | "demonstrators" | "lawmakers" | "prosecutors"
                ))
            && (sent.comma(2) || sent.toks[2].word && !sent.toks[2].cap)
        {
            remember_unnamed(sent, 1, pi, memory);
        }
        for i in 0..n {
            if sent.flags[i] & lexicon::F_BODY_DET == 0 {
                continue;
            }
            let mut j = i + 1;
            while j < n
                && j - i <= 4
                && sent.toks[j].word
                && !sent.toks[j].cap
                && !lexicon::np_boundary(sent.lw(j))
                && lexicon::cue_verb(sent.lw(j)).is_none()
                // ("The agency quoted a police spokesman": a verb and a new
                // phrase end the first)
                && !lexicon::relay_participle(sent.lw(j))
                && !lexicon::determiner(sent.lw(j))
            {
                // ("the council chamber", "the senate chamber": a body's room)
                if sent.is(j, "chamber") && lexicon::head_kind(sent.lw(j - 1)).is_some() {
                    break;
                }
                if lexicon::head_kind(sent.lw(j)).is_some()
                    && j > i + 1
                    && !(j + 1 < n && sent.toks[j + 1].cap)
                    && !matches!(
                        sent.lw(j),
                        "state" | "news" | "city" | "region" | "province" | "country"
                    )
                {
                    if let Some(info) =
                        names::analyze(sent.text, &sent.toks[i..=j], &self.registry, false)
                    {
                        let body = matches!(info.class, NpClass::Org | NpClass::OrgShort);
                        let mut src = info.source;
                        src.resolved = true;
                        // (the phrase's own reading first: "the parole board" is public)
                        if let Some(k) = lexicon::head_kind(sent.lw(j)).filter(|_| !body) {
                            src.kind = k;
                        }
                        // ("the city's own labor department", "the country's
                        // athletics federation": named without the owner)
                        let words: SmallVec<[&str; 6]> = (i + 1..=j).map(|x| sent.lw(x)).collect();
                        let from = i + 1 + names::owned_body_start(&words, false);
                        src.name = sent.text[sent.toks[from].start..sent.toks[j].end].to_string();
                        // "the press office" after "the Talmark government press office" is that office
                        if !memory.knows_longer(&src.name) {
                            memory.remember(&src, pi, false);
                        }
                    }
                    break;
                }
                j += 1;
            }
        }
    }

    /// A claim in the article's own voice, bytes a..b.
    fn publication_claim(&self, text: &str, a: usize, b: usize) -> Claim {
        make_claim(
            text,
            &[(a, b)],
            QuoteKind::None,
            None,
            SourceRef::publication(&self.publication),
            vec![],
            check_worthiness(text, &[(a, b)], false),
        )
    }

    /// `Hale laid out his agenda, promising to cut taxes`: a sentence the
    /// article tells (bytes a..b) that closes on its subject's vow or pledge;
    /// the offset of the comma before the participle, and the subject's claim.
    fn vow_after_event(
        &self,
        s: &Sent,
        a: usize,
        b: usize,
        pi: usize,
        memory: &mut Memory,
    ) -> Option<(usize, Claim)> {
        let n = s.toks.len();
        let m = (2..n.saturating_sub(4)).find(|&m| {
            s.comma(m)
                && !s.toks[m].quoted
                && matches!(s.lw(m + 1), "vowing" | "pledging" | "promising")
                && s.is(m + 2, "to")
        })?;
        let (comma, start) = (s.toks[m].start, s.toks[m + 3].start);
        if comma <= a || start >= b {
            return None;
        }
        // the subject before the first verb, a person or a body: a name, a
        // pronoun or an office ("Hale", "He", "The president")
        let (ns, ne) = clause_subject(s, 0, m).filter(|&(ns, ne)| {
            ne <= ns + 5
                && (ns..ne).all(|x| {
                    let w = s.lw(x);
                    s.toks[x].word
                        && !s.toks[x].quoted
                        && (s.toks[x].cap
                            || matches!(w, "the" | "he" | "she" | "they")
                            || lexicon::title_word(w))
                })
        })?;
        let mut info =
            names::analyze(s.text, &s.toks[ns..ne], &self.registry, ns == 0).filter(|i| {
                matches!(
                    i.class,
                    NpClass::Person
                        | NpClass::Org
                        | NpClass::Pronoun
                        | NpClass::RoleOnly
                        | NpClass::OrgShort
                )
            })?;
        memory.resolve(&mut info, pi);
        let (x, y) = trim_span(s.text, start, b, false);
        if y <= x {
            return None;
        }
        let claim = make_claim(
            s.text,
            &[(x, y)],
            QuoteKind::Indirect,
            Some(toks_mention(s, m + 1, m + 2)),
            info.source,
            vec![],
            check_worthiness(s.text, &[(x, y)], true),
        );
        Some((comma, claim))
    }

    /// The headline in the `Speaker: content` form.
    fn headline(&self, text: &str, para: &Paragraph, memory: &mut Memory) -> Option<Claim> {
        let toks = segment::tokens(text, para.start, para.end, &para.quotes);
        let colon = toks.iter().position(|t| &text[t.start..t.end] == ":")?;
        // '"Not a drill": governor on the storm', "'We will not raise the pension
        // age': Finance Minister Ola Berg on the budget": the quote, then its
        // speaker after the colon (up to what they spoke on)
        if colon >= 4
            && toks[0].quote_mark
            && toks[colon - 1].quote_mark
            && !toks[1..colon - 1].iter().any(|t| t.quote_mark)
        {
            let e = (colon + 1..toks.len())
                .find(|&k| {
                    let w = text[toks[k].start..toks[k].end].to_ascii_lowercase();
                    // (or what they do: "central bank governor speaks")
                    !toks[k].word
                        || matches!(
                            w.as_str(),
                            "on" | "about" | "in" | "at" | "after" | "over" | "as" | "to" | "for"
                        )
                        || lexicon::cue_verb(&w).is_some()
                        || lexicon::finite_verb_like(&w)
                })
                .unwrap_or(toks.len());
            if e > colon + 1 && e <= colon + 9 {
                let mut info = self.headline_speaker(text, para, &toks[colon + 1..e], false)?;
                memory.resolve(&mut info, 0);
                memory.remember(&info.source, 0, true);
                let (a, b) = strip_quotes(text, toks[0].start, toks[colon - 1].end);
                let (a, b) = trim_span(text, a, b, true);
                return Some(colon_claim(text, (a, b), toks[colon], info.source));
            }
            return None;
        }
        // Speaker: content (the speaker is the last phrase before the colon)
        let mut s = colon;
        while s > 0 && toks[s - 1].word {
            s -= 1;
        }
        let mut np = &toks[s..colon];
        // "Finance minister on TV: no new taxes": where the speaker spoke is
        // no part of the speaker
        if let Some(p) = (1..np.len()).find(|&p| {
            let w = text[np[p].start..np[p].end].to_ascii_lowercase();
            matches!(w.as_str(), "on" | "at" | "in" | "to")
                && lexicon::title_word(&text[np[p - 1].start..np[p - 1].end].to_ascii_lowercase())
        }) {
            np = &np[..p];
        }
        // "Election night in Ostel: live updates" is a label, not a claim
        let content_words = toks[colon + 1..].iter().filter(|t| t.word).count();
        // "Protests in Harwick: what we know" is an explainer's label
        let explainer = toks[colon + 1..].iter().find(|t| t.word).is_some_and(|t| {
            matches!(
                text[t.start..t.end].to_ascii_lowercase().as_str(),
                "what" | "how" | "why" | "who" | "where" | "when" | "everything" | "live"
            )
        });
        if np.is_empty()
            || np.len() > 8
            || colon + 1 >= toks.len()
            || content_words < 3
            || explainer
        {
            return None;
        }
        let mut info = self.headline_speaker(text, para, np, s == 0)?;
        memory.resolve(&mut info, 0);
        memory.remember(&info.source, 0, true);
        let (a, b) = trim_span(text, toks[colon + 1].start, para.end, true);
        let (mut a, mut b) = strip_quotes(text, a, b);
        // (a headline's single marks: "Minister: 'We will not resign'")
        let t = &text[a..b];
        if t.len() > 2
            && (t.starts_with('\'') || t.starts_with('‘'))
            && (t.ends_with('\'') || t.ends_with('’'))
        {
            a += t.chars().next().map_or(0, char::len_utf8);
            b -= t.chars().last().map_or(0, char::len_utf8);
        }
        Some(colon_claim(text, (a, b), toks[colon], info.source))
    }

    /// The speaker a headline names beside a colon, as the body names them: a
    /// person or a body the body speaks of ("Opposition leader" is "opposition
    /// leader Greta Marrow", "Minister Kora" is "Ines Kora", "Hale" is "Mayor
    /// Rick Hale"); None for a label ("ELECTION 2026") or a stranger.
    fn headline_speaker(
        &self,
        text: &str,
        para: &Paragraph,
        np: &[Tok],
        first: bool,
    ) -> Option<NpInfo> {
        let mut info = names::analyze(text, np, &self.registry, first)?;
        let body = &text[para.end..];
        let last_word = info
            .source
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_string();
        let label = text[np[0].start..np[np.len() - 1].end].to_string();
        // ("Budget 2027: the key points": a year or a number among its words)
        let is_label = label.chars().all(|c| !c.is_lowercase()) && label.contains(' ')
            || section_label(&label)
            || label
                .split_whitespace()
                .any(|w| w.bytes().all(|b| b.is_ascii_digit()));
        let credible = info.source.role.is_some()
            || (info.class == NpClass::Org && info.source.kind != SourceKind::Organization)
            || last_word.len() > 2 && body.contains(&last_word);
        // "Opposition leader: ..." names the person the body introduces
        // as "opposition leader Greta Marrow"
        if info.class == NpClass::RoleOnly && !is_label {
            if let Some(name) = name_after_role(body, &info.source.name) {
                info.source.role = Some(label.clone());
                info.source.name = name;
                info.source.kind = SourceKind::Official;
                info.source.resolved = true;
                info.class = NpClass::Person;
            }
        }
        let credible = credible || info.class == NpClass::Person && info.source.role.is_some();
        if !(matches!(info.class, NpClass::Person | NpClass::Org) && credible && !is_label) {
            return None;
        }
        // "Minister Kora" in the headline is "Ines Kora" in the body
        if info.class == NpClass::Person && !info.source.name.contains(' ') {
            if let Some(full) = fuller_name_in(body, &info.source.name) {
                info.source.name = full;
            }
        }
        // ("Hale: ..." is "Mayor Rick Hale" in the body)
        if info.class == NpClass::Person && info.source.role.is_none() {
            if let Some(title) = title_before_in(body, &info.source.name) {
                let words: Vec<String> = title
                    .split_whitespace()
                    .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
                    .collect();
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                if names::official_role(&words) {
                    info.source.kind = SourceKind::Official;
                }
                info.source.role = Some(title);
            }
        }
        Some(info)
    }

    /// A headline in the `Speaker says content` form ("Army says it repelled
    /// cross-border raid"), in sentence case: the speaker's claim, named as the
    /// body names them ("Premier says" over "Premier Tomas Bell said").
    fn headline_says(
        &self,
        text: &str,
        sent: &Sent,
        lo: usize,
        hi: usize,
    ) -> Option<(Claim, Option<Claim>)> {
        let attr = self.attribute(sent, lo, hi, true)?;
        // a verb of saying in the present, as headlines write it (not "according
        // to", "quoted as saying", a relayed report or "Korvik Foods recalls
        // 40,000 jars")
        let cue = attr.cue.text.to_ascii_lowercase();
        // (but a relay closing the headline after its comma keeps its claim:
        // "Velmar says troops massing near border, state media reports")
        let relay_closes = {
            let h = sent.text[sent.start..sent.end].trim_end_matches(['.', ' ']);
            h.rsplit_once(", ").is_some_and(|(_, r)| {
                r.split(' ').count() <= 4 && (r.ends_with(" reports") || r.ends_with(" reported"))
            })
        };
        if !headline_verb(&cue) || !attr.via.is_empty() && !relay_closes {
            return None;
        }
        // (a plural's verb only after a short plain subject: not "Farmers sue
        // chemical maker over weedkiller they say ruined crops")
        if !cue.ends_with('s')
            && attr
                .source
                .source
                .mention
                .as_ref()
                .is_some_and(|m| m.text.split_whitespace().count() > 3)
        {
            return None;
        }
        // the speaker opens the headline ("At packed rally, Brannock claims ..."
        // keeps its place phrase before the comma)
        // (or the quote does: '"We will not back down," says Kallis')
        let opens = attr.source.source.mention.as_ref().is_some_and(|m| {
            let before = text[sent.start..m.start].trim_end();
            before.is_empty()
                || before.ends_with(',') && !text[sent.start..].starts_with(segment::is_quote_char)
                || before.ends_with(';')
                || attr.quote == QuoteKind::Direct
                    && text[sent.start..].starts_with(segment::is_quote_char)
                    && attr.pieces.first().is_some_and(|p| p.1 <= m.start)
                // ("Morland will not default, says Lund": the speaker closes it)
                || before
                    .strip_suffix(attr.cue.text.as_str())
                    .is_some_and(|b| b.trim_end().ends_with(','))
                    && text[m.end..sent.end].trim().chars().all(|c| !c.is_alphanumeric())
        });
        if !opens || attr.pieces.is_empty() {
            return None;
        }
        // ("Harmon threatens veto as Congress moves on bill", "Chancellor denies
        // plan to raise fuel duty": a thing threatened or denied, no clause)
        // (a pledge's "to" is kept: "Opposition leader vows to fight ruling")
        if attr.quote == QuoteKind::Indirect
            && matches!(
                cue.as_str(),
                "threatens" | "vows" | "pledges" | "promises" | "denies" | "urges" | "calls"
            )
        {
            let (a, b) = attr.content_toks;
            let verb = sent.is(a, "to")
                || (a..b)
                    .take_while(|&k| {
                        !lexicon::preposition(sent.lw(k))
                            && !matches!(sent.lw(k), "as" | "amid" | "after" | "before" | "while")
                    })
                    .any(|k| {
                        let w = sent.lw(k);
                        lexicon::finite_verb_like(w) && !w.ends_with('s')
                            || lexicon::aux_or_adverb(w) && !w.ends_with("ly")
                            || w.ends_with("ed")
                    });
            if !verb {
                return None;
            }
        }
        let via: Vec<SourceRef> = attr.via.iter().map(|v| v.source.clone()).collect();
        let source = headline_speaker(attr.source, &text[sent.end..])?;
        let cw = check_worthiness(text, &attr.pieces, true);
        // ("Minister says taxes will rise, vows to protect pensions": the
        // pledge after the comma, a second claim)
        let second = attr.extra.map(|(x, y)| {
            make_claim(
                text,
                &[(x, y)],
                QuoteKind::Indirect,
                Some(attr.cue.clone()),
                source.clone(),
                vec![],
                check_worthiness(text, &[(x, y)], true),
            )
        });
        let first = make_claim(
            text,
            &attr.pieces,
            attr.quote,
            Some(attr.cue),
            source,
            via,
            cw,
        );
        Some((first, second))
    }

    /// A title-case headline with one headline verb: "Renzi Says Border Talks
    /// Back On Track", "Drone Strike Hits Fuel Depot, Governor Says". Every word
    /// is capitalized, so the phrase before the verb (or after the comma) is the
    /// speaker and the rest the content.
    fn headline_title_says(&self, text: &str, sent: &Sent) -> Option<Claim> {
        let n = sent.toks.len();
        // (not "tells": its listener would open the content)
        let mut verbs = (0..n)
            .filter(|&k| sent.toks[k].word && headline_verb(sent.lw(k)) && !sent.is(k, "tells"));
        let v = verbs.next()?;
        if verbs.next().is_some() || v == 0 {
            return None;
        }
        let plain = |a: usize, b: usize| {
            b > a && b - a <= 5 && (a..b).all(|k| sent.toks[k].word && !sent.toks[k].quoted)
        };
        let last_word = (0..n).rev().find(|&k| sent.toks[k].word)?;
        let (speaker, content) = if v == last_word {
            // "..., Governor Says"
            let c = (0..v).rev().find(|&k| sent.comma(k))?;
            (c + 1..v, (sent.toks[0].start, sent.toks[c].start))
        } else {
            (0..v, (sent.toks[v + 1].start, sent.end))
        };
        let words_after = (0..n)
            .filter(|&k| {
                sent.toks[k].word
                    && sent.toks[k].start >= content.0
                    && sent.toks[k].end <= content.1
            })
            .count();
        if !plain(speaker.start, speaker.end) || words_after < 3 {
            return None;
        }
        let info = names::analyze(
            text,
            &sent.toks[speaker.clone()],
            &self.registry,
            speaker.start == 0,
        )?;
        let source = headline_speaker(info, &text[sent.end..])?;
        let (a, b) = trim_span(text, content.0, content.1, true);
        let (a, b) = strip_quotes(text, a, b);
        let v = sent.toks[v];
        Some(make_claim(
            text,
            &[(a, b)],
            QuoteKind::Indirect,
            Some(Mention {
                text: text[v.start..v.end].to_string(),
                start: v.start,
                end: v.end,
            }),
            source,
            vec![],
            check_worthiness(text, &[(a, b)], true),
        ))
    }

    /// Find cues in tokens lo..hi.
    fn cues(&self, s: &Sent, lo: usize, hi: usize) -> SmallVec<[Cue; 4]> {
        let mut out = SmallVec::new();
        let mut i = lo;
        while i < hi {
            let t = s.toks[i];
            // most words start no cue: their flag says so
            if !t.word || t.quoted || s.flags[i] & lexicon::F_CUE_START == 0 {
                i += 1;
                continue;
            }
            let w = s.lw(i);
            if w == "according" && s.is(i + 1, "to") {
                // ("Tamm, according to a readout, told Rowe that C": an aside in
                // the speaker's own clause, whose verb is the cue)
                if !aside_according(s, i, hi) {
                    out.push(Cue::new(i, i + 2, CueClass::Say, true));
                }
                i += 2;
                continue;
            }
            // "As first reported by the Ledger, C" / "C, as reported by Northwire.":
            // as "according to"
            if w == "as" {
                let r = if s.is(i + 1, "first") { i + 2 } else { i + 1 };
                if matches!(s.lw(r), "reported" | "revealed") && s.is(r + 1, "by") && r + 2 < hi {
                    out.push(Cue::new(i, r + 2, CueClass::Say, true));
                    i = r + 2;
                } else {
                    i += 1;
                }
                continue;
            }
            // "Per the ministry, 40 people were hurt." / "..., per a statement from
            // the company": "per" as "according to", at a clause's edge and before
            // a determiner or a name (not "5 per cent", "per capita", "per day")
            // (a capital "Per" may be a name, "minister Per Lind": only before a
            // determiner, opening the sentence)
            let det = |k: usize| matches!(s.lw(k), "the" | "a" | "an" | "its" | "their");
            if w == "per"
                && i + 1 < hi
                && !s.toks[i + 1].quoted
                && if t.cap {
                    (i == 0 || i == 1 && s.punct(0)) && det(i + 1)
                } else {
                    (i == lo || s.comma(i - 1))
                        && (det(i + 1)
                            || s.toks[i + 1].cap && s.toks[i + 1].word
                            // (", per two people familiar with the matter", ",
                            // per sources")
                            || count_word(s.lw(i + 1))
                            || matches!(s.lw(i + 1), "several" | "multiple" | "some")
                            || lexicon::unnamed_head(s.lw(i + 1)))
                }
            {
                out.push(Cue::new(i, i + 1, CueClass::Say, true));
                i += 1;
                continue;
            }
            // ("Its central forecast has ticket revenue covering 41 percent",
            // "their own estimates show": an owner's noun)
            if matches!(
                w,
                "forecast"
                    | "forecasts"
                    | "estimate"
                    | "estimates"
                    | "reports"
                    | "claims"
                    | "notes"
                    | "answers"
                    | "promises"
                    | "pledges"
                    | "charges"
                    | "comments"
                    | "tweets"
                    | "posts"
            ) && i > lo
                && {
                    let owner = |k: usize| {
                        matches!(
                            s.lw(k),
                            "its" | "his" | "her" | "their" | "our" | "my" | "your"
                        )
                    };
                    owner(i - 1)
                        || i > lo + 1
                            && owner(i - 2)
                            && s.toks[i - 1].word
                            && !s.toks[i - 1].cap
                            && !s.toks[i - 1].quoted
                            && !lexicon::finite_verb_like(s.lw(i - 1))
                            && !lexicon::aux_or_adverb(s.lw(i - 1))
                            // ("our correspondent reports": a speaker)
                            && lexicon::head_kind(s.lw(i - 1)).is_none()
                            && !lexicon::unnamed_head(s.lw(i - 1))
                            && !matches!(s.lw(i - 1), "correspondent" | "reporter" | "reporters")
                }
            {
                i += 1;
                continue;
            }
            // ("The ministry criticised remarks by Aul", "protested remarks
            // that it called Q": a noun before its author's "by", or the
            // object of a verb in the past, no verb)
            if matches!(
                w,
                "remarks" | "claims" | "comments" | "reports" | "warnings" | "charges" | "notes"
            ) && (s.is(i + 1, "by")
                || i > lo
                    && s.toks[i - 1].word
                    && !s.toks[i - 1].cap
                    && !s.toks[i - 1].quoted
                    && s.lw(i - 1).len() > 4
                    && s.lw(i - 1).ends_with("ed")
                    && lexicon::finite_verb_like(s.lw(i - 1)))
            {
                i += 1;
                continue;
            }
            // ("carried fewer passengers than the planners had predicted.": a
            // comparison's measure closing the clause, no words of theirs)
            if (i + 1 >= hi || s.end_punct(i + 1) || s.comma(i + 1))
                && (i.saturating_sub(6).max(lo)..i)
                    .rev()
                    .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                    .any(|k| s.is(k, "than"))
            {
                i += 1;
                continue;
            }
            // ("An exit poll had shown C": the perfect of "showed")
            let w = if w == "shown" && i > lo && matches!(s.lw(i - 1), "have" | "has" | "had") {
                "showed"
            } else {
                w
            };
            if let Some(j) = special_cue(s, lo, hi, i, w) {
                out.push(Cue::new(i, j, CueClass::Say, false));
                i = j;
                continue;
            }
            // ("has been arguing that C", "is warning that C": read as the
            // verb's past)
            // (with its "that", but for "saying" and "telling": "were arguing
            // about money" tells no words)
            let progressive = w.len() > 5
                && w.ends_with("ing")
                && be_before(s, lo, i)
                && (matches!(w, "saying" | "telling")
                    || (i + 1..hi.min(i + 10))
                        .take_while(|&k| !s.comma(k) && !s.toks[k].quoted)
                        .any(|k| s.is(k, "that")));
            let by_saying = by_saying(s, lo, i);
            let w = if progressive {
                lexicon::progressive_past(w).unwrap_or(w)
            } else if by_saying {
                "saying"
            } else if w == "warning" && s.is(i + 1, "that") && i > lo + 3 && doc_saying(s, i) {
                // ("issued a statement warning that C", "sent a letter to the
                // minister warning that C": the document's "saying")
                "saying"
            } else if w == "written" {
                // ("More than 200 doctors have written to the minister warning
                // that C": the perfect of "wrote"; not "a written reply")
                if i > lo && matches!(s.lw(i - 1), "have" | "has" | "had") {
                    "wrote"
                } else {
                    i += 1;
                    continue;
                }
            } else {
                w
            };
            if let Some((class, form)) = lexicon::cue_verb(w) {
                let prev = (lo..i)
                    .rev()
                    .find(|&k| s.toks[k].word)
                    .map(|k| s.lw(k))
                    .unwrap_or("");
                let prev_adj = if i > lo { s.lw(i - 1) } else { "" };
                let ok = match form {
                    // "defended the increase, telling a news conference that ..."
                    Form::Ing => {
                        // "issued a statement saying ...": the statement's issuer
                        matches!(w, "saying" | "urging") && i > lo + 3 && doc_saying(s, i)
                            // ("declined to comment, saying the company had explained
                            // its reasons": before the cue inside what was said)
                            || w == "saying" && i > lo + 2 && s.comma_before(i)
                            // "lashed out at his party, accusing them of sabotage"
                            || matches!(w, "accusing" | "blaming")
                                && i > lo + 2
                                && s.comma(i - 1)
                            // ("Harmon opened his closing statement by claiming
                            // that C": the subject's words, how it opened; not
                            // "responded by saying", its verb the cue)
                            || by_saying
                            || w == "telling"
                                && i > lo + 2
                                && s.comma(i - 1)
                                && ((i + 2..hi.min(i + 9)).any(|k| s.is(k, "that")) || {
                                    // (", telling reporters it would pass")
                                    let k = skip_listener(s, i + 1, hi);
                                    k > i + 1 && k + 2 < hi && clause_follows(s, k - 1, hi)
                                })
                    }
                    Form::Base => {
                        // "The prime minister will say in a speech on Monday that C",
                        // "is expected to tell parliament that C": words announced
                        // for a speech to come
                        let future = matches!(w, "say" | "tell" | "announce" | "warn")
                            && (prev == "will"
                                || prev == "to"
                                    && i >= lo + 2
                                    && matches!(s.lw(i - 2), "expected" | "set" | "due"))
                            && (i + 1..hi.min(i + 10))
                                .take_while(|&k| !s.comma(k) && !s.toks[k].quoted)
                                .any(|k| s.is(k, "that"));
                        future
                        // ('"C," Lind will say, according to the excerpts': a
                        // speech's released text after its quote (the relay
                        // may lie past hi, read around this reading)
                        || matches!(w, "say" | "tell")
                            && prev == "will"
                            && (i.saturating_sub(6).max(lo)..i).any(|k| s.toks[k].quote_mark)
                            && (i + 1..s.toks.len().min(i + 4)).any(|k| s.is(k, "according"))
                        // ("would say only that C": all the speaker gave)
                        || w == "say"
                            && prev == "would"
                            && s.is(i + 1, "only")
                            && s.is(i + 2, "that")
                        // "Holt went on to say that", "continued to insist that": the
                        // subject's own further words
                        || went_on_to(s, lo, i) > 0 && !matches!(w, "accuse" | "blame")
                            || (matches!(w, "say" | "tell" | "deny")
                                // ("Prosecutors accuse Vik of ...", "Critics blame the
                                // drought for ...")
                                || matches!(w, "accuse" | "blame")
                                    && (i + 2..hi.min(i + 9))
                                        .any(|k| s.is(k, "of") || s.is(k, "for")))
                                && !matches!(
                                    prev,
                                    "to" | "will"
                                        | "would"
                                        | "could"
                                        | "should"
                                        | "might"
                                        | "may"
                                        | "can"
                                        | "did"
                                        | "does"
                                        | "do"
                                        | "not"
                                        | "cannot"
                                        | "must"
                                        | "let"
                                )
                    }
                    // ("C, state media reports.": the verb closing the sentence)
                    Form::Pres3 if prev_adj == "media" && s.end_punct(i + 1) => true,
                    Form::Pres3 => {
                        // "according to ministry estimates": a noun here
                        !(i.saturating_sub(4).max(lo)..i).any(|k| s.is(k, "according"))
                            && !lexicon::determiner(prev_adj)
                            && !prev_adj.ends_with("'s")
                            && !matches!(
                                prev_adj,
                                "of" | "the"
                                    | "these"
                                    | "those"
                                    | "such"
                                    | "new"
                                    | "false"
                                    | "unverified"
                                    | "media"
                                    | "in"
                                    | "on"
                                    | "and"
                                    | "with"
                                    | "by"
                                    | "for"
                            )
                            // ("Nine states sued ...": a count of a noun)
                            && !count_word(prev_adj)
                            // ("the Office for Budget Forecasts estimates": the end
                            // of a name, its own verb next)
                            && !(t.cap
                                && i > lo
                                && s.toks[i - 1].cap
                                && i + 1 < hi
                                && !s.toks[i + 1].cap
                                && lexicon::cue_verb(s.lw(i + 1)).is_some())
                            // ("called the Democratic demands \"a poison pill\"": a
                            // party's adjective before a plural noun)
                            && !matches!(
                                prev_adj,
                                "democratic" | "republican" | "conservative" | "liberal"
                            )
                            // ("Asylum claims fell by a third", "Police reports
                            // describe ...": a plural noun, its own verb next)
                            && (i == lo || !plural_noun_before_its_verb(s, i, w))
                    }
                    // ("Videos posted on social media appear to show ...",
                    // "Comments posted on the forum claimed ...": a participle
                    // after its noun, the clause's verb still to come)
                    Form::Past => {
                        !(matches!(w, "posted" | "shared" | "uploaded")
                            && i == lo + 1
                            && s.lw(lo).len() > 3
                            && s.lw(lo).ends_with('s')
                            && !names::given_name(s.lw(lo))
                            && (i + 2..hi.min(i + 9))
                                .take_while(|&k| !s.comma(k) && !s.is(k, "that"))
                                .any(|k| {
                                    let v = s.lw(k);
                                    !s.toks[k].cap
                                        && (lexicon::cue_verb(v)
                                            .is_some_and(|(_, f)| f == Form::Past)
                                            || matches!(v, "appear" | "appears" | "show" | "seem"))
                                }))
                    }
                };
                // "had argued for a shorter sentence, saying ...": a case made for or
                // against something, no words given (not "argued for years that C")
                // ("argued about money", "argued with police": a quarrel)
                let argued_for = matches!(w, "argued" | "argue" | "argues")
                    && matches!(s.lw(i + 1), "for" | "against" | "about" | "over" | "with")
                    && !(i + 2..hi.min(i + 6)).any(|k| s.is(k, "that"));
                // "the council of the Kell Sea states said": a noun in -s before the
                // verb of saying
                let ok = ok
                    && !argued_for
                    // ("Orvik Mayor Sara Tell": a surname after a first name)
                    && !(t.cap
                        && i > lo
                        && s.toks[i - 1].cap
                        && s.toks[i - 1].word
                        && names::given_name(s.lw(i - 1)))
                    && (form != Form::Pres3
                        || !(i + 1 < hi
                            && (lexicon::cue_verb(s.lw(i + 1))
                                .is_some_and(|(_, f)| f == Form::Past)
                                // ("Independent estimates have put the number
                                // at ...": a noun before its verb)
                                || matches!(
                                    s.lw(i + 1),
                                    "have" | "had" | "were" | "are" | "show" | "suggest"
                                ) && !s.toks[i + 1].quoted)))
                    // "The ministry fears a second wave": a belief is a claim only
                    // of a clause ("fears that the dam will burst")
                    && (!lexicon::belief_verb(w) || clause_follows(s, i, hi))
                    // "Neither Moen nor Lie responded to their criticism": to
                    // whom, no content
                    && !(matches!(w, "responded" | "responds" | "replied" | "replies")
                        && (s.is(i + 1, "to")
                            // ("The campaign responded within the hour": when,
                            // no content)
                            || matches!(
                                s.lw(i + 1),
                                "within"
                                    | "quickly"
                                    | "swiftly"
                                    | "immediately"
                                    | "angrily"
                                    | "sharply"
                                    | "late"
                                    | "early"
                                    | "on"
                                    | "in"
                            ) && !(i + 2..hi.min(i + 8))
                                .any(|k| s.is(k, "that") || s.toks[k].quote_mark)))
                    // ("a statement attributed to its spokesman", "is credited
                    // with", "credits him with the turnaround": a passive or a
                    // person's merit, no cause named)
                    && !(matches!(w, "credited" | "credits" | "attributed" | "attributes")
                        && matches!(
                            s.lw(i + 1),
                            "to" | "with" | "for" | "as" | "him" | "her" | "them" | "it" | "me" | "us"
                        ))
                    // ("who insisted on anonymity to discuss private
                    // conversations": a demand, no words told; not a day:
                    // "insisted on Monday that C")
                    && !insisted_on_a_thing(s, i, w)
                    // ("Adler scoffed at the plan": at what, no content)
                    && !(matches!(w, "scoffed" | "scoffs" | "scoff") && s.is(i + 1, "at"))
                    // "Parents shouted her down": an act, no content
                    && !(w.starts_with("shout") && (s.is(i + 1, "down") || s.is(i + 2, "down")))
                    // "Voll claimed victory in a speech": an act, no content
                    && !(matches!(w, "claimed" | "claims" | "claim")
                        && matches!(s.lw(i + 1), "victory" | "credit" | "responsibility"))
                    // ("Deficit forecast at 3.1% next year", "Losses estimated at
                    // $2 million": a noun's or a passive's figure, no one forecasting)
                    && !(matches!(
                        w,
                        "forecast" | "forecasts" | "estimated" | "estimates" | "estimate" | "projected"
                    ) && s.is(i + 1, "at"))
                    // ("Mayor Sandvik conceded defeat early Wednesday")
                    // (but "conceded the race was close": a clause)
                    && !(matches!(w, "conceded" | "concedes" | "concede")
                        && (matches!(s.lw(i + 1), "defeat" | "victory")
                            // ("Venn conceded shortly after 10 p.m.": when, no
                            // content)
                            || matches!(
                                s.lw(i + 1),
                                "shortly" | "soon" | "after" | "before" | "late" | "early"
                            ) && !(i + 2..hi.min(i + 8)).any(|k| s.is(k, "that"))
                            || s.is(i + 1, "the")
                                && matches!(s.lw(i + 2), "race" | "election" | "seat")
                                && !clause_follows(s, i, hi)))
                    // "cautioned against drawing firm conclusions": advice, no claim
                    && !(s.is(i + 1, "against")
                        && matches!(
                            w,
                            "warned" | "warns" | "cautioned" | "cautions" | "argued" | "argues"
                        ))
                    // "Vinn has said little about the plan": how much, no claim
                    && !(matches!(s.lw(i + 1), "little" | "nothing" | "much" | "less" | "more")
                        && (i + 2 >= hi
                            || s.end_punct(i + 2)
                            || matches!(
                                s.lw(i + 2),
                                "about" | "on" | "of" | "publicly" | "since" | "else" | "in"
                            )));
                let negated = matches!(prev, "not" | "never" | "n't") || prev_adj.ends_with("n't");
                let be =
                    |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
                // ("could not be independently verified": an adverb between, for
                // the verbs that need their clause)
                let passive = !progressive
                    && (be(prev_adj)
                        || lexicon::needs_clause(w)
                            && i > lo + 1
                            && prev_adj.ends_with("ly")
                            && be(s.lw(i - 2)));
                // ("suggested on Monday that", "indicated Tuesday that": the that-clause
                // after the occasion)
                let that_after_occasion = || {
                    let mut n = i + 1;
                    if matches!(s.lw(n), "on" | "in" | "at" | "during" | "late" | "early") {
                        n += 1;
                    }
                    let first = n;
                    while n < hi && n < first + 3 && lexicon::time_word(s.lw(n)) {
                        n += 1;
                    }
                    n > first && s.is(n, "that")
                };
                // ('"...," read a statement from the palace', '..., the letter
                // reads': a document's words only)
                let document_reads = matches!(w, "read" | "reads")
                    && (i > lo && lexicon::document_word(s.lw(i - 1))
                        || i + 2 < hi
                            && lexicon::determiner(s.lw(i + 1))
                            && lexicon::document_word(s.lw(i + 2))
                        || i > lo + 2
                            && (i.saturating_sub(5).max(lo)..i - 1)
                                .any(|k| lexicon::document_word(s.lw(k)) && s.is(k + 1, "from")));
                // ("Analysts who read the report said": reading, not a
                // document's words)
                let document_reads = document_reads
                    && !(i > lo && matches!(s.lw(i - 1), "who" | "had" | "have" | "has"))
                    // ("In a victim statement read to the court, a woman said C":
                    // a participle, the document read out, not its words)
                    && !matches!(s.lw(i + 1), "to" | "out" | "aloud" | "by" | "at" | "on");
                if matches!(w, "read" | "reads") && !document_reads {
                    i += 1;
                    continue;
                }
                // ('"That is a lie," responded Kaja Lind.': right after a
                // quote's closing mark, its speaker after the verb)
                let after_quote = || {
                    i >= lo + 3
                        && s.toks[i - 1].quote_mark
                        && matches!(s.lw(i - 2), "," | "?" | "!")
                        && i + 1 < hi
                        && s.toks[i + 1].word
                        && !s.toks[i + 1].quoted
                };
                let weak_ok = !lexicon::weak_cue(w)
                    || s.is(i + 1, "that")
                    || that_after_occasion()
                    || document_reads
                    || after_quote()
                    || {
                        // a weak cue needs a subject-like word right before it
                        // ("The post, which features a photo, states: C": past a
                        // relative clause set off, its antecedent)
                        // (its auxiliary after the comma: "Republicans, who hold
                        // 19 seats, have signaled they could ...")
                        let mut b = i;
                        while b > lo + 4
                            && s.toks[b - 1].word
                            && lexicon::aux_or_adverb(s.lw(b - 1))
                        {
                            b -= 1;
                        }
                        let before = if b > lo + 3 && s.comma(b - 1) {
                            (lo + 1..b - 2)
                                .rev()
                                .take(16)
                                .find(|&x| s.comma(x) && matches!(s.lw(x + 1), "which" | "who"))
                                .unwrap_or(i)
                        } else {
                            i
                        };
                        let k = (lo..before)
                            .rev()
                            .find(|&k| s.toks[k].word && !lexicon::aux_or_adverb(s.lw(k)));
                        // ("Tallis' comments came a day after C": an owner's
                        // noun, no verb)
                        let owned = k.is_some_and(|k| {
                            names::possessive(s.lw(k))
                                || k + 1 < i
                                    && plural_possessive_mark(s, k + 1)
                                    && s.toks[k + 1].start == s.toks[k].end
                        });
                        !owned
                            && k.is_some_and(|k| {
                                let pw = s.lw(k);
                                s.toks[k].cap
                            || lexicon::pronoun(pw)
                            || lexicon::head_kind(pw).is_some()
                            || lexicon::unnamed_head(pw)
                            // ("A government spokesman suggested ...")
                            || form == Form::Past && lexicon::title_word(pw)
                            // ("The mayor claims the terminal will create 3,000
                            // jobs": an office's present, its clause after it)
                            || form == Form::Pres3
                                && lexicon::title_word(pw)
                                && !lexicon::title_word(w.trim_end_matches('s'))
                                && clause_follows(s, i, hi)
                            // ("Harlan declined to comment but pledged to release
                            // her plan": the clause's subject's second verb)
                            || matches!(pw, "and" | "but")
                                && matches!(w, "pledged" | "promised" | "threatened")
                                && s.is(i + 1, "to")
                                && k > lo + 1
                                && s.toks[lo].cap
                            // ("The bank held rates but signalled it could cut in
                            // September": the subject's second verb, its clause
                            // without "that")
                            || matches!(pw, "and" | "but")
                                && matches!(
                                    w,
                                    "signalled" | "signaled" | "indicated" | "suggested"
                                )
                                && matches!(s.lw(i + 1), "it" | "he" | "she" | "they")
                                && k > lo + 1
                                && clause_follows(s, i, hi)
                            // ("..., our correspondent reports.": the cue closing
                            // the sentence)
                            || (i + 1 >= hi || s.end_punct(i + 1))
                                && (lexicon::title_word(pw)
                                    || matches!(pw, "correspondent" | "reporter"))
                            // ("The feasibility study estimated 38,000 passengers")
                            || matches!(w, "estimated" | "calculated" | "projected")
                                && lexicon::document_word(pw)
                            // ("C, the study notes.": a document's remark closing
                            // what it reads)
                            || matches!(
                                w,
                                "noted"
                                    | "notes"
                                    | "observed"
                                    | "observes"
                                    | "concluded"
                                    | "concludes"
                                    | "suggested"
                                    | "suggests"
                                    | "indicated"
                                    | "indicates"
                            ) && lexicon::document_word(pw)
                                && (i + 1 >= hi || s.end_punct(i + 1) || s.comma(i + 1))
                            || before < i && lexicon::document_word(pw)
                            // ("The video claims the vaccine contains a live virus": a
                            // clause follows, not "The video claims were false")
                            || w == "claims"
                                && lexicon::document_word(pw)
                                && k > lo
                                && matches!(s.lw(k - 1), "the" | "a" | "this" | "that")
                                && i + 1 < hi
                                && (lexicon::determiner(s.lw(i + 1))
                                    || lexicon::pronoun(s.lw(i + 1))
                                    || s.toks[i + 1].cap)
                            })
                            && !(i + 1 < hi
                        && matches!(s.lw(i + 1), "by" | "in" | "on")
                        // "reported on Friday": an occasion, not a topic
                        && !(i + 2 < hi
                            && (lexicon::weekday(s.lw(i + 2)) || lexicon::time_word(s.lw(i + 2))))
                        && i > lo
                        && !s.toks[i - 1].cap
                        // ('"C," the union's chair, Mira Salo, posted on Chirp.':
                        // a name set off after a quote, the verb its own)
                        && !(s.comma(i - 1)
                            && i >= lo + 3
                            && s.toks[i - 2].cap
                            && s.toks[i - 2].word
                            && (lo..i - 2).any(|x| s.toks[x].quote_mark))
                        && !matches!(w, "said")
                        // ("Ola Fenn has posted on social media: ...", "..., posted on
                        // X that ...": where it was posted, then what)
                        && !(i + 2..hi.min(i + 7))
                            .any(|x| s.is(x, ":") || s.is(x, "that") && !s.toks[x].quoted)
                        // ("C, the audit office found in a report published in
                        // March.": where it was found, closing the sentence)
                        && !(i > lo + 3
                            && (i.saturating_sub(7).max(lo)..i).any(|x| s.comma(x))
                            && skip_occasion(s, i + 1, hi) >= hi))
                    };
                // "declared a state of emergency" is an act, "declared that ..." a claim
                let clause_ok = !lexicon::needs_clause(w)
                    // ('"That is a lie," answered Kaja Lind.')
                    || after_quote() && !matches!(w, "read" | "reads")
                    // ('"...," read a statement from the palace': the words before)
                    || document_reads && i > lo && (s.comma(i - 1) || s.toks[i - 1].quote_mark)
                    || {
                        let mut n = i + 1;
                        while n < hi && lexicon::time_word(s.lw(n)) {
                            n += 1;
                        }
                        // ("The court ruled 5-4 that C": the vote before the clause)
                        if n + 1 < hi && s.is(n + 1, "that") && vote_count(s.lw(n)) {
                            n += 1;
                        }
                        n >= hi
                        || s.is(n, "that")
                        || s.comma(n)
                        || s.is(n, ":")
                        || s.toks[n].quote_mark
                        || s.end_punct(n)
                        || matches!(s.lw(n), "on" | "in" | "at" | "to")
                        // "has always maintained his innocence"
                        || matches!(s.lw(n), "his" | "her" | "their" | "its")
                            && s.is(n + 1, "innocence")
                        // "repeated his pledge not to raise taxes"
                        || owned_words(s, n).is_some()
                        // "the health ministry reported 312 new cases": a figure
                        // ("the study estimated 38,000 daily passengers")
                        || matches!(
                            w,
                            "reported" | "reports" | "estimated" | "estimates" | "estimate"
                        ) && {
                            let mut f = n;
                            while f < hi
                                && f < n + 3
                                && matches!(
                                    s.lw(f),
                                    "about" | "more" | "than" | "at" | "least" | "nearly" | "some"
                                        | "another" | "a" | "further"
                                )
                            {
                                f += 1;
                            }
                            f < hi && s.lw(f).as_bytes()[0].is_ascii_digit()
                        }
                        // ("Police reported a rise in burglaries", "reported long
                        // lines at several polling stations": what a body
                        // reported seeing)
                        || matches!(w, "reported" | "reports")
                            && i > lo
                            // (a government body or witnesses; a company's
                            // results are read as the article's news)
                            && (i.saturating_sub(5).max(lo)..i).any(|k| {
                                lexicon::head_kind(s.lw(k)) == Some(SourceKind::Government)
                                    || lexicon::unnamed_head(s.lw(k))
                            })
                            && !(lo..i).any(|k| s.comma(k) || s.toks[k].quoted)
                            && n + 2 < hi
                            && s.toks[n].word
                            && !s.toks[n].cap
                            && !s.toks[n].quoted
                            && matches!(
                                s.lw(n),
                                "a" | "an"
                                    | "no"
                                    | "several"
                                    | "widespread"
                                    | "heavy"
                                    | "long"
                                    | "sharp"
                                    | "significant"
                                    | "record"
                                    | "large"
                                    | "growing"
                                    | "increased"
                                    | "rising"
                                    | "higher"
                                    | "lower"
                                    | "minor"
                                    | "serious"
                            )
                        // "Police estimated the crowd at about 500 people": an
                        // estimate of an amount
                        || matches!(w, "estimated" | "estimates" | "estimate")
                            && amount_at(s, n + 1, hi)
                        // "rejected accusations that C": the charge it answers
                        || matches!(w, "rejected" | "rejects")
                            && {
                                let c = if lexicon::determiner(s.lw(n)) { n + 1 } else { n };
                                let noun = s.lw(c);
                                (lexicon::charge_noun(noun)
                                    || noun.strip_suffix('s').is_some_and(lexicon::charge_noun)
                                    || matches!(noun, "reports" | "suggestions"))
                                    && s.is(c + 1, "that")
                            }
                        // "promised it would reopen", "pledged the bridge would
                        // reopen": a clause without "that"
                        || (n + 1..hi.min(n + 5)).any(|m| {
                            matches!(
                                s.lw(m),
                                "would" | "will" | "could" | "can" | "should" | "might"
                            )
                        }) && (lexicon::pronoun(s.lw(n)) || s.is(n, "the"))
                        // "suggested ministers were open to a review": a subject
                        // and its verb straight after
                        || (lexicon::unnamed_head(s.lw(n)) || s.is(n, "the") || lexicon::pronoun(s.lw(n)))
                            && (n + 1..hi.min(n + 4))
                                .take_while(|&m| {
                                    s.toks[m].word
                                        && !s.toks[m].quoted
                                        && !matches!(s.lw(m), "that" | "which" | "who")
                                })
                                .any(|m| {
                                    matches!(s.lw(m), "was" | "were" | "is" | "are" | "had" | "has")
                                })
                        // "suggested Koss had acted on her own": a name and its
                        // verb straight after
                        || s.toks[n].cap && s.toks[n].word && !s.toks[n].quoted && {
                            let m = (n + 1..hi.min(n + 3))
                                .find(|&m| !(s.toks[m].cap && s.toks[m].word))
                                .unwrap_or(hi);
                            m < hi
                                && matches!(
                                    s.lw(m),
                                    "was" | "were" | "is" | "are" | "had" | "has" | "would"
                                        | "will" | "could" | "should" | "might"
                                )
                        }
                    };
                // "a person briefed on the talks": a tell-verb straight before
                // "on"/"about" has no listener, it is a participle, not a cue
                // "a copy of what he said was a memo": a free relative, not an attribution
                let free_relative = (i.saturating_sub(3).max(lo)..i)
                    .rev()
                    .take_while(|&k| s.toks[k].word)
                    .any(|k| s.lw(k) == "what");
                // ("Lind wrote the report in 2019", "engineers who wrote the study
                // said C": the author of a document, no words of it)
                // (not "wrote the report was wrong": the document a clause's
                // subject; after "who" the verb after it is the sentence's own)
                let relative = i > lo && s.is(i - 1, "who");
                let authored = authored_document(s, i).is_some_and(|d| {
                    relative
                        || !lexicon::auxiliary(s.lw(d + 1))
                            && !lexicon::finite_verb_like(s.lw(d + 1))
                            && !(i + 2..hi)
                                .any(|k| s.is(k, "that") || s.is(k, ":") || s.toks[k].quote_mark)
                });
                let participle = class == CueClass::Tell
                    && form == Form::Past
                    && !matches!(w, "told")
                    && i + 1 < hi
                    && matches!(s.lw(i + 1), "on" | "about");
                // "In a letter to the premier posted on social media, Dorn wrote": a
                // document just named, then its participle
                let participle = participle
                    || form == Form::Past
                        // ("criticized the report and said on Monday that": a
                        // finite verb of its own)
                        && !matches!(w, "said" | "wrote")
                        && prev_adj != "and"
                        && matches!(s.lw(i + 1), "on" | "by" | "in" | "online" | "during")
                        && (i.saturating_sub(8).max(lo)..i)
                            .rev()
                            .take_while(|&k| !s.comma(k))
                            .any(|k| {
                                // ("The audit office noted in a report that C":
                                // a body named by its work, no document)
                                let names_a_body =
                                    k + 1 < i && lexicon::head_kind(s.lw(k + 1)).is_some();
                                !s.toks[k].cap
                                    && lexicon::document_word(s.lw(k))
                                    && !matches!(
                                        s.lw(k),
                                        "spokesperson" | "spokesman" | "spokeswoman" | "press"
                                    )
                                    && !names_a_body
                            });
                // "..., a charge the army denied.", "..., which the ministry disputed.":
                // a stance on the content just given, not an attribution
                // (the denier may be long: "a claim the Northern Front's
                // spokesman, Pavel Orr, denied")
                let stance_clause = lexicon::stance_verb(w)
                    && {
                        // (not "Harlow, which has 400 staff, has denied that C":
                        // a relative clause closed by a comma before the verb and
                        // its auxiliaries; the verb is the main clause's)
                        let mut v = i;
                        while v > lo + 1 && lexicon::auxiliary(s.lw(v - 1)) {
                            v -= 1;
                        }
                        v <= lo || !s.comma(v - 1) || !(lo + 1..v).any(|c| s.is(c, "which"))
                    }
                    && (i.saturating_sub(12).max(lo + 1)..i).any(|c| {
                        s.comma(c)
                            && (s.is(c + 1, "which")
                                || matches!(s.lw(c + 1), "a" | "an" | "the")
                                    && lexicon::disputed_noun(s.lw(c + 2)))
                    });
                // ("She denied accusations by Ostel that C": the accuser's claim,
                // read by accusation_by, not the denial of a noun phrase)
                let charge_by = lexicon::stance_verb(w) && {
                    let o = if matches!(s.lw(i + 1), "a" | "an" | "the") {
                        i + 2
                    } else {
                        i + 1
                    };
                    let n = s.lw(o);
                    (lexicon::charge_noun(n)
                        || n.strip_suffix('s').is_some_and(lexicon::charge_noun))
                        && matches!(s.lw(o + 1), "by" | "from")
                        && (o + 3..hi.min(o + 12)).any(|t| s.is(t, "that"))
                };
                // ('"We lost," Holt laughed.': a verb of manner speaks only right
                // after a quote or with its clause; not "When I asked him about
                // it, he laughed.")
                let manner_ok = !lexicon::manner_verb(w)
                    || s.is(i + 1, "that")
                    || (i.saturating_sub(4).max(lo)..i).any(|k| s.toks[k].quote_mark)
                    // ("The legislature must draw a new map by Jan. 15, she
                    // ordered.": the order closing its sentence after a comma)
                    || (w == "ordered"
                        && (i + 1 >= hi || s.is(i + 1, "."))
                        && (i.saturating_sub(4).max(lo)..i).any(|k| s.is(k, ",")));
                if ok
                    && manner_ok
                    && !negated
                    && !passive
                    && weak_ok
                    && clause_ok
                    && !participle
                    && !free_relative
                    && !authored
                    && !stance_clause
                    && !charge_by
                {
                    out.push(Cue::new(i, i + 1, class, false));
                }
            }
            i += 1;
        }
        out
    }

    /// "Trade reached 18 billion crowns last year (figures from the statistics
    /// office show).": a bracket closing the sentence that names who says or
    /// shows the words before it.
    fn paren_source(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let mut e = hi;
        while e > lo && s.punct(e - 1) && !s.is(e - 1, ")") {
            e -= 1;
        }
        if e < lo + 7 || !s.is(e - 1, ")") {
            return None;
        }
        let v = e - 2;
        let verb = matches!(
            s.lw(v),
            "said"
                | "says"
                | "show"
                | "shows"
                | "showed"
                | "found"
                | "finds"
                | "reported"
                | "reports"
        );
        if !verb || s.toks[v].quoted {
            return None;
        }
        let open = (lo + 3..v).rev().find(|&k| s.is(k, "("))?;
        if v < open + 2 || !(open + 1..v).all(|k| s.toks[k].word && !s.toks[k].quoted) {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[open + 1..v], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        let pieces = vec![trim_span(
            s.text,
            s.toks[lo].start,
            s.toks[open - 1].end,
            false,
        )];
        Some(Attr::plain(
            pieces,
            QuoteKind::Indirect,
            toks_mention(s, v, v + 1),
            source,
            (lo, open),
        ))
    }

    /// Find the attribution of tokens lo..hi of a sentence.
    fn attribute(&self, s: &Sent, lo: usize, hi: usize, allow_backward: bool) -> Option<Attr> {
        // ("C (figures from the statistics office show).")
        if allow_backward && hi > lo + 7 && (s.is(hi - 1, ")") || s.is(hi - 2, ")")) {
            if let Some(a) = self.paren_source(s, lo, hi) {
                return Some(a);
            }
        }
        let cues = self.cues(s, lo, hi);
        // ("As one economist put it, the speech said what ...": the opening
        // phrase's speaker, whatever cue the content holds)
        // ("She cited a study that found C": the study's finding, relayed)
        let mut found = self
            .quoted_as(s, lo, hi)
            .or_else(|| self.cited_finding(s, lo, hi))
            .or_else(|| {
                // (as_put_it looks at the opening words first: an "as", perhaps
                // after a conjunction)
                (!cues.is_empty())
                    .then(|| self.as_put_it(s, lo, hi))
                    .flatten()
            });
        if cues.is_empty() && found.is_none() {
            // (the readings that scan the sentence each start from a word of
            // lexicon::CUELESS_WORDS, a quote mark or a colon: without any, only
            // those that look at its first words can find anything)
            let starts = (lo..hi).any(|k| {
                s.flags[k] & lexicon::F_CUELESS != 0
                    || s.toks[k].quote_mark
                    || !s.toks[k].word && s.is(k, ":")
            });
            if allow_backward && !starts {
                return self
                    .as_put_it(s, lo, hi)
                    .or_else(|| self.in_view_of(s, lo, hi))
                    .or_else(|| self.for_holder_colon(s, lo, hi))
                    .or_else(|| impersonal(s, lo, hi, &self.registry));
            }
            return if allow_backward {
                self.saying_clause(s, lo, hi)
                    .or_else(|| self.as_put_it(s, lo, hi))
                    .or_else(|| self.in_view_of(s, lo, hi))
                    .or_else(|| self.for_holder_colon(s, lo, hi))
                    .or_else(|| self.called_quote(s, lo, hi))
                    .or_else(|| self.accusation_by(s, lo, hi))
                    .or_else(|| self.accused_by(s, lo, hi))
                    .or_else(|| self.for_saying(s, lo, hi))
                    .or_else(|| self.view_aside(s, lo, hi))
                    .or_else(|| self.criticized_for(s, lo, hi))
                    .or_else(|| self.claim_of(s, lo, hi))
                    .or_else(|| self.noun_by_that(s, lo, hi))
                    .or_else(|| self.retort_colon(s, lo, hi))
                    .or_else(|| self.put_it_colon(s, lo, hi))
                    .or_else(|| self.what_colon(s, lo, hi))
                    .or_else(|| self.manner_colon(s, lo, hi))
                    .or_else(|| self.colon_quote(s, lo, hi))
                    .or_else(|| self.stated_view(s, lo, hi))
                    .or_else(|| self.in_poll(s, lo, hi))
                    .or_else(|| self.told_by(s, lo, hi))
                    .or_else(|| self.said_by(s, lo, hi))
                    .or_else(|| impersonal(s, lo, hi, &self.registry))
                    .or_else(|| self.who_says(s, lo, hi))
            } else {
                None
            };
        }
        if allow_backward && found.is_none() {
            for c in cues.iter().rev() {
                if let Some(a) = self
                    .parenthetical(s, lo, hi, c)
                    .or_else(|| self.backward(s, lo, hi, c))
                {
                    found = Some(a);
                    break;
                }
            }
        }
        if found.is_none() {
            for c in &cues {
                if let Some(a) = self.forward(s, lo, hi, c) {
                    found = Some(a);
                    break;
                }
            }
            // ("Brisco doubled down on his claim that C, saying D": the noun
            // cue's clause before the participle is the claim, D its second)
            if let Some(f) = found.as_ref().filter(|f| {
                f.extra.is_none()
                    && f.cue.text == "saying"
                    && f.cue.start >= s.toks[lo].start + 20
                    && s.text[..f.cue.start].trim_end().ends_with(',')
            }) {
                let m = (lo..hi)
                    .find(|&k| s.toks[k].start >= f.cue.start)
                    .unwrap_or(hi);
                if m > lo + 4 && s.comma(m - 1) {
                    if let Some(mut a) = self.claim_of(s, lo, m - 1) {
                        // ("his claim": the subject who goes on saying)
                        if a.source.class == NpClass::Pronoun {
                            a.source = f.source.clone();
                        }
                        let (x, y) = (f.pieces[0].0, f.pieces[f.pieces.len() - 1].1);
                        a.extra = Some((x, y));
                        found = Some(a);
                    }
                }
            }
        }
        // ("Ashby, who has long argued that taxes are too high, told reporters
        // that C": the aside's own report is the speaker's second claim)
        if let Some(f) = found.as_mut().filter(|f| f.extra.is_none()) {
            f.extra = aside_report(s, lo, hi, f)
                .or_else(|| according_between(s, lo, f))
                .or_else(|| repeated_claim(s, hi, f));
        }
        if found.is_none() && allow_backward {
            found = self
                .called_quote(s, lo, hi)
                .or_else(|| self.in_view_of(s, lo, hi))
                .or_else(|| self.accused_by(s, lo, hi))
                .or_else(|| self.said_first(s, lo, hi))
                .or_else(|| self.put_it_colon(s, lo, hi))
                .or_else(|| self.told_by(s, lo, hi))
                .or_else(|| self.said_by(s, lo, hi))
                .or_else(|| impersonal(s, lo, hi, &self.registry))
                .or_else(|| self.who_says(s, lo, hi));
        }
        let mut attr = found?;
        // A chain: the content itself reports someone else's words.
        if matches!(attr.quote, QuoteKind::Indirect | QuoteKind::Mixed) {
            let (a, b) = attr.content_toks;
            // Only a plain reporting clause nests ("X told Y that ...", "X said ..."):
            // "she had warned the cabinet" inside reported speech is content.
            // (the reading below accepts only the cues that nest or a cue with a
            // that-clause: without one of those words, up to the token after
            // the content, there is nothing to find)
            // ("a person close to the minister said Arvo had told the prime minister
            // ...": what anonymous sources say others said in private is their claim)
            // (a document is no anonymous person: "Moll said ..., the report said"
            // nests as the guide's "a ... Foreign Ministry statement said" does)
            let anonymous = attr.source.class == NpClass::Unnamed
                && attr.source.source.name.rsplit(' ').next().is_some_and(|w| {
                    let w = w.to_ascii_lowercase();
                    lexicon::unnamed_head(&w) && !lexicon::document_word(&w)
                });
            // ("The indictment says an official warned Moberg that C": what a charge
            // or a suit tells of others' words is its allegation)
            let legal = attr.source.source.name.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "indictment" | "complaint" | "lawsuit" | "affidavit" | "petition"
                )
            });
            // (the content read again must be shorter than the sentence read,
            // or a reading whose content is all of it would nest in itself
            // forever: "X, as one diplomat put it, said ..." with no stop)
            let may_nest = !anonymous
                && !legal
                && (a > lo || b < hi)
                && (a..(b + 1).min(s.toks.len())).any(|k| s.flags[k] & lexicon::F_NESTS != 0);
            let outer_according = attr.cue.text.eq_ignore_ascii_case("according to");
            let nests = |inner: &Attr| {
                let cue = inner.cue.text.to_ascii_lowercase();
                // any cue verb with a that-clause reports ("Kessel stressed that
                // ..., according to a readout")
                let with_that = s.text[inner.cue.end..].trim_start().starts_with("that ")
                    // ("warned the defence minister in March that ...")
                    || inner.content_toks.0 > a && s.is(inner.content_toks.0 - 1, "that");
                // "officials said Voss had privately told advisers ...": a private
                // remark disclosed by others is their claim, not a relayed statement
                // (also "had told her privately that ...")
                // (and "had told him in private that C")
                let private = s.text[..inner.cue.start].trim_end().ends_with("privately") || {
                    let mut after = s.text[inner.cue.end..].split_whitespace().take(5);
                    let mut prev = "";
                    after.any(|w| {
                        let hit = w == "privately" || prev == "in" && w == "private";
                        prev = w;
                        hit
                    })
                };
                // ("Falk said the report showed that C": her reading of the report
                // is her claim)
                let finding = matches!(
                    cue.as_str(),
                    "showed" | "shows" | "show" | "found" | "finds"
                );
                let own_reading = finding && attr.source.source.kind.is_person();
                // ("Sand recalled that the chief of staff had told him to \"clean
                // out the folder\"": an order given, no claim to relay)
                let tell = matches!(cue.as_str(), "told" | "tells" | "tell");
                let order = tell
                    && inner.content_toks.0 < s.toks.len()
                    && (s.is(inner.content_toks.0, "to")
                        || inner.content_toks.0 > 0 && s.is(inner.content_toks.0 - 1, "to"));
                // ("Vask said Vestra's president had told her people \"a convenient
                // story\"": what was told is a thing named, not a clause)
                let (c0, c1) = inner.content_toks;
                let first = (c0..c1).find(|&k| s.toks[k].word);
                let told_thing = tell
                    && !with_that
                    && first.is_some_and(|f| {
                        matches!(s.lw(f), "a" | "an")
                            && !(f + 1..c1.min(f + 5)).any(|k| {
                                lexicon::auxiliary(s.lw(k)) || lexicon::finite_verb_like(s.lw(k))
                            })
                    });
                // ("called on the bank to ease policy, arguing that C": the
                // participle is the outer speaker's, whose words C are)
                let participle = cue.ends_with("ing")
                    && s.toks
                        .iter()
                        .position(|t| t.start == inner.cue.start)
                        .is_some_and(|p| p > 0 && s.comma(p - 1));
                // ("Developers say C, according to the builders' association";
                // not "a ledger that prosecutors say recorded bribes": a plural
                // "say" reports only when its speaker opens the content)
                // (a future "will say" is no plural present: '"C," Lind will say,
                // according to the excerpts')
                let will_say = s.text[..inner.cue.start].trim_end().ends_with(" will");
                let plural_say_inside = cue == "say"
                    && !will_say
                    && inner
                        .source
                        .source
                        .mention
                        .as_ref()
                        .is_none_or(|m| m.start != s.toks[a].start);
                // ("More arrests could follow, he said, according to the
                // broadcaster": a person's pronoun after the words, inside the
                // relay's account)
                let relayed_pronoun = outer_according
                    && inner.content_toks.0 == a
                    && inner
                        .source
                        .source
                        .mention
                        .as_ref()
                        .is_some_and(|m| matches!(m.text.as_str(), "he" | "she"));
                // ("Zakh accused Ostel of \"terrorist methods,\" KNA reported": a
                // named speaker's charge or denial opening what an outlet reports;
                // not a poll's "58 percent of voters blamed X")
                let charge = matches!(
                    cue.as_str(),
                    "accused" | "accuses" | "blamed" | "blames" | "denied" | "denies"
                );
                let charge_relayed = !charge
                    || (matches!(
                        attr.source.source.kind,
                        SourceKind::NewsOutlet | SourceKind::StateMedia
                    ) || matches!(
                        attr.cue.text.to_ascii_lowercase().as_str(),
                        "reported" | "reports"
                    )) && matches!(inner.source.class, NpClass::Person | NpClass::Org)
                        && inner
                            .source
                            .source
                            .mention
                            .as_ref()
                            .is_some_and(|m| m.start == s.toks[a].start);
                !(private || own_reading || told_thing || order || participle || plural_say_inside)
                    && charge_relayed
                    && (inner.source.class != NpClass::Pronoun || relayed_pronoun)
                    && (lexicon::NESTING_CUES.contains(&cue.as_str())
                        // ("Halden believes C, two of his aides said", "Analysts
                        // expect C, according to a note"; not "Hoff said detectives
                        // believed C": her own force's view)
                        || lexicon::NESTING_BELIEFS.contains(&cue.as_str())
                            && (inner.source.class != NpClass::Unnamed || outer_according)
                            // ("The company expects to deliver N, it said": the
                            // pronoun is the believer itself, telling its own view)
                            && attr.source.class != NpClass::Pronoun
                            // ("Brenn conceded that his party had hoped to do
                            // better": the speaker's own side's hope is his account)
                            && !inner.source.source.mention.as_ref().is_some_and(|m| {
                                let t = m.text.to_ascii_lowercase();
                                ["his ", "her ", "their ", "its ", "our "]
                                    .iter()
                                    .any(|p| t.starts_with(p))
                            })
                        || cue == "according to"
                        // ("Exit polls show C, according to the broadcaster
                        // TRK": a poll's or a study's finding, opening what
                        // the one named after "according to" relays)
                        || finding
                            && outer_according
                            && !matches!(inner.source.class, NpClass::Person | NpClass::Pronoun)
                            && inner
                                .source
                                .source
                                .mention
                                .as_ref()
                                .is_some_and(|m| m.start == s.toks[a].start)
                        || cue.starts_with("quoted")
                        || lexicon::STANCE_VERBS.contains(&cue.as_str())
                        || with_that)
            };
            let mut inner = may_nest
                .then(|| self.attribute(s, a, b, false))
                .flatten()
                .filter(|i| nests(i));
            // "C, President Venn told the prime minister in a call, according to
            // a readout": inside an according-to, the inverted reading too, when
            // its content is where the outer content starts
            // (also '"C," Morrow told the minister, the agency said')
            if inner.is_none() && may_nest {
                inner = self
                    .attribute(s, a, b, true)
                    .filter(|i| i.content_toks.0 == a && nests(i));
            }
            if let Some(inner) = inner {
                let outer = attr.source.clone();
                let mut via = inner.via.clone();
                // ("Falk warned the bank in a letter that C, according to a copy
                // seen by the Herald": a copy of the speaker's own words relays
                // nothing; the outlet that saw it does)
                let copy = outer.class == NpClass::Unnamed
                    && lexicon::copy_word(&outer.source.name.to_ascii_lowercase());
                if !copy {
                    via.push(outer);
                }
                via.append(&mut attr.via);
                attr = Attr { via, ..inner };
            }
        }
        // "The plan would, according to the budget office, cost $4 billion": the
        // words before the aside start the content (a subject and its auxiliary)
        if attr.cue.text.eq_ignore_ascii_case("according to") && attr.pieces.len() == 1 {
            let ci = (lo..attr.content_toks.0).find(|&k| s.toks[k].start == attr.cue.start);
            if let Some(ci) = ci.filter(|&ci| ci >= lo + 3 && s.comma(ci - 1)) {
                // ("The number of patients - about 38,000, according to the
                // board - has doubled": a dash sets off the aside's figure; the
                // subject is the words before it)
                let dash = |k: usize| s.comma(k) && !matches!(s.lw(k), "," | ";");
                let left_end = (lo + 2..ci - 1)
                    .find(|&d| dash(d))
                    .filter(|&d| {
                        ci - 1 - d <= 6
                            && attr.content_toks.0 > 0
                            && dash(attr.content_toks.0 - 1)
                            && (d + 1..ci - 1).all(|k| !s.comma(k) || s.digit_comma(k))
                    })
                    .unwrap_or(ci - 1);
                let left = lo..left_end;
                // (or a subject still waiting for its verb: "The plan, according
                // to ..., would cost")
                // ("The plan to audit the results, according to ...": an
                // infinitive and a plural after its article are no verbs)
                let bare_subject = left.len() <= 8
                    && !left.clone().any(|k| {
                        s.toks[k].word
                            && !s.toks[k].cap
                            && lexicon::finite_verb_like(s.lw(k))
                            && !names::possessive(s.lw(k))
                            && !(k > lo && s.is(k - 1, "to"))
                            && !(k > lo
                                && (lexicon::determiner(s.lw(k - 1))
                                    || names::possessive(s.lw(k - 1))
                                    || k > lo + 1 && s.is(k - 2, "to"))
                                && lexicon::plural_in_s(s.lw(k)))
                    });
                // ("The number of patients, according to the health board, has
                // doubled": the words after the aside open with the verb, so
                // those before it are its subject)
                let c0 = attr.content_toks.0;
                let verb_after = left.len() <= 12
                    && c0 < s.toks.len()
                    && s.toks[c0].word
                    && !s.toks[c0].cap
                    && !s.toks[c0].quoted
                    && lexicon::auxiliary(s.lw(c0));
                // ("Her pitch, according to three lawmakers: C": a label before a
                // colon, no subject of C)
                let colon = attr.content_toks.0 > 0 && s.is(attr.content_toks.0 - 1, ":");
                if (lexicon::auxiliary(s.lw(left_end - 1)) || bare_subject || verb_after)
                    && !colon
                    && !left.clone().any(|k| s.comma(k) || s.toks[k].quote_mark)
                    && left.clone().filter(|&k| s.toks[k].word).count() >= 2
                    && attr.pieces[0].0 > s.toks[left_end - 1].end
                {
                    attr.pieces
                        .insert(0, (s.toks[lo].start, s.toks[left_end - 1].end));
                }
            }
        }
        // Relays named outside the content: "summarized by Chinese state media".
        let (ca, cb) = attr.content_toks;
        let mut k = lo;
        while k + 2 < hi {
            // (every reading below has "by" or "on" after its participle)
            let by = s.is(k + 1, "by");
            if !by && !s.is(k + 1, "on") {
                k += 1;
                continue;
            }
            // ("In comments broadcast on state television": an outlet only)
            let on_air = !by && matches!(s.lw(k), "broadcast" | "aired" | "televised" | "read");
            // ("wrote in a letter obtained by the Selm Courier that C": the outlet
            // that obtained the document relays it)
            let obtained = by
                && k > lo
                && matches!(s.lw(k), "obtained" | "seen" | "reviewed" | "viewed")
                && lexicon::document_word(s.lw(k - 1))
                // (not the document that speaks itself: "documents seen by
                // Northwire show": the set gives those no relay; but "In a
                // letter obtained by the Courier, three council members argued"
                // is the members' letter)
                && (attr.source.class != NpClass::Unnamed
                    || k >= lo + 3
                        && s.is(k - 3, "in")
                        && lexicon::determiner(s.lw(k - 2))
                        && attr.source.source.mention.as_ref().is_some_and(|m| {
                            s.toks[k - 1].end <= m.start || s.toks[k - 1].start >= m.end
                        }));
            // ("Analysts who reviewed the images published by Morgenlys said": a
            // participle in the speakers' own relative clause names what they
            // read, no relay)
            let speakers_clause = s.toks[k].end <= attr.cue.start
                && (lo..k).any(|x| s.is(x, "who") && !s.toks[x].quoted);
            if (k < ca || k >= cb)
                && (by && lexicon::relay_participle(s.lw(k)) || on_air || obtained)
                && !s.toks[k].quoted
                && !speakers_clause
            {
                // ("City records seen by the Courier show that C": the relay ends
                // at the cue after it, even one that reads as a noun)
                let stop = if s.toks[k].end <= attr.cue.start {
                    (k + 2..hi)
                        .find(|&x| s.toks[x].start >= attr.cue.start)
                        .unwrap_or(hi)
                } else {
                    hi
                };
                let (ns, ne) = np_right(s, k + 2, stop);
                // ("In a statement released by his office, Wren said": the
                // speaker's own office issues it, no relay)
                let own = by
                    && matches!(s.lw(k), "released" | "issued" | "distributed")
                    && matches!(s.lw(ns), "his" | "her" | "their" | "its");
                // ("Council minutes reviewed by the Sentinel show C": the
                // documents are the subject and speak; who saw them, no relay)
                let subject_documents = obtained && stop < hi && ne == stop;
                // ("Data published by the city transport company, Linjebuss,
                // show C": the name set off after its description is the
                // speaker itself, no relay of it)
                let set_off_speaker = ne + 1 < hi
                    && s.is(ne, ",")
                    && lexicon::business_head(s.lw(ne - 1))
                    && (ns..ne).all(|x| !s.toks[x].cap)
                    && s.text[s.toks[ne + 1].start..]
                        .strip_prefix(attr.source.source.name.as_str())
                        .is_some_and(|r| r.starts_with(','));
                if ne > ns
                    && (ns >= cb || ne <= ca)
                    && !own
                    && !subject_documents
                    && !set_off_speaker
                {
                    if let Some(info) =
                        names::analyze(s.text, &s.toks[ns..ne], &self.registry, false).filter(|i| {
                            !on_air
                                || matches!(
                                    i.source.kind,
                                    SourceKind::StateMedia | SourceKind::NewsOutlet
                                )
                        })
                    {
                        // ("The statement released by the president's office
                        // after the address did not name the bank but said C":
                        // the document that speaks is its maker's)
                        let maker = by
                            && matches!(s.lw(k), "released" | "issued" | "published")
                            && k > lo
                            && lexicon::document_word(s.lw(k - 1))
                            && attr.source.class == NpClass::Unnamed
                            && attr.via.is_empty()
                            && matches!(info.class, NpClass::Org | NpClass::OrgShort)
                            && attr
                                .source
                                .source
                                .mention
                                .as_ref()
                                .is_some_and(|m| m.end == s.toks[k - 1].end);
                        let dup = info.source.name == attr.source.source.name
                            || attr.via.iter().any(|v| v.source.name == info.source.name);
                        if maker {
                            attr.source = info;
                        } else if !dup && info.class != NpClass::Pronoun {
                            attr.via.push(info);
                        }
                    }
                }
            }
            k += 1;
        }
        // ("The plan (which the ministry said was final) was dropped": words
        // said inside brackets end at the closing one)
        if let Some(cue) = (lo..hi).find(|&k| s.toks[k].start == attr.cue.start) {
            let open = (lo..cue).rev().find(|&k| s.is(k, "(") || s.is(k, ")"));
            if let Some(o) = open.filter(|&o| s.is(o, "(")) {
                if let Some(close) = (cue + 1..hi).find(|&k| s.is(k, ")")) {
                    let (from, at) = (s.toks[o].end, s.toks[close].start);
                    // (only words that start inside: "Prices (the ministry says)
                    // will rise" has its pieces outside)
                    if attr.pieces.iter().any(|p| from <= p.0 && p.0 < at) {
                        for p in attr.pieces.iter_mut() {
                            if p.0 < at && at < p.1 {
                                p.1 = s.text[..at].trim_end().len().max(p.0);
                            }
                        }
                        attr.pieces.retain(|p| from <= p.0 && p.0 < at && p.0 < p.1);
                        if attr.pieces.is_empty() {
                            return None;
                        }
                    }
                }
            }
        }
        Some(attr)
    }

    /// `Dahl was told by her advisers that the referendum would fail`: the
    /// teller after `by` speaks, the listener before the verb only heard it.
    fn told_by(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let i = (lo + 2..hi.saturating_sub(4)).find(|&i| {
            matches!(
                s.lw(i),
                "told" | "informed" | "assured" | "warned" | "reminded" | "advised"
            ) && matches!(s.lw(i - 1), "was" | "were" | "been" | "being")
                && s.is(i + 1, "by")
                && !s.toks[i].quoted
        })?;
        let (ns, ne) = np_right(s, i + 2, hi);
        // ("informed by the army on Monday that C")
        let t = skip_occasion(s, ne, hi);
        if ne <= ns || !s.is(t, "that") {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)?;
        clause_attr(s, t + 1, hi, i, source)
    }

    /// `Marek was said by colleagues to be "devastated"`, `She is described by
    /// friends as shy`: a passive report with its reporters after "by"; the
    /// subject and what follows the reporters are their claim.
    fn said_by(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let i = (lo + 2..hi.saturating_sub(4)).find(|&i| {
            matches!(
                s.lw(i),
                "said" | "described" | "reported" | "believed" | "thought"
            ) && lexicon::be_finite(s.lw(i - 1))
                && s.is(i + 1, "by")
                && !s.toks[i].quoted
        })?;
        let (ns, ne) = np_right(s, i + 2, hi);
        // (then "to be", "to have", or "as": what they said of the subject)
        let t = ne;
        let rest_ok = s.is(t, "to") && matches!(s.lw(t + 1), "be" | "have" | "feel")
            || s.is(t, "as") && s.lw(i) == "described";
        if ne <= ns || !rest_ok || t + 2 >= hi {
            return None;
        }
        // (the subject: plain words of a name or a noun phrase)
        if !(lo..i - 1).all(|x| s.toks[x].word && !s.toks[x].quoted) || i - 1 > lo + 6 {
            return None;
        }
        // (people no list knows, in the plural: "colleagues", "friends")
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
            .or_else(|| {
                (ne == ns + 1 && !s.toks[ns].cap && lexicon::plural_in_s(s.lw(ns))).then(|| {
                    names::unnamed(
                        s.text[s.toks[ns].start..s.toks[ns].end].to_string(),
                        toks_mention(s, ns, ne),
                    )
                })
            })
            .filter(|x| x.class != NpClass::Pronoun)?;
        let e = content_end(s, t, hi);
        let trim =
            |x: usize, y: usize| trim_span(s.text, s.toks[x].start, s.toks[y - 1].end, false);
        let quote = reported_kind(&s.toks[t..e]);
        Some(Attr::plain(
            vec![trim(lo, i - 1), trim(t, e)],
            quote,
            toks_mention(s, i - 1, i + 2),
            source,
            (t, e),
        ))
    }

    /// `defended the plan against critics who say it favours the capital`: a
    /// relative clause of saying gives its antecedent's claim (split from the
    /// sentence's main clause by [`relative_saying_split`]).
    fn who_says(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let w = (lo + 1..hi.saturating_sub(4)).find(|&w| s.is(w, "who") && !s.toks[w].quoted)?;
        // (a clause set off by commas is read with its antecedent elsewhere:
        // "Ivy Dunmore, who said the bill was bad, voted against it")
        if s.comma(w - 1) {
            return None;
        }
        let (v, c0) = who_cue(s, w, hi)?;
        let a = who_antecedent(s, lo, w)?;
        // (a restrictive clause opening the sentence runs into the main verb:
        // "Lawmakers who say the plan is unfair will vote against it"; after a
        // split, the part opens mid-sentence)
        let mid = s.text[..s.toks[lo].start]
            .trim_end()
            .ends_with(|c: char| c.is_alphanumeric());
        if a == lo && !mid || (c0..hi).any(|x| s.comma(x)) {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[a..w], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        clause_attr(s, c0, hi, v, source)
    }

    /// `rejected accusations by Ostel that Keshi had jammed flights, ...`: the
    /// accusation's content is the accuser's claim.
    fn accusation_by(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let k = (lo..hi.saturating_sub(4)).find(|&k| {
            let w = s.lw(k);
            (lexicon::charge_noun(w) || w.strip_suffix('s').is_some_and(lexicon::charge_noun))
                && matches!(s.lw(k + 1), "by" | "from")
                && !s.toks[k].quoted
        })?;
        let (ns, ne) = np_right(s, k + 2, hi);
        // ("a claim by his running mate, Dale Orsk, that C": past the appositive)
        let t = if s.comma(ne) && ne > ns {
            (ne + 2..hi.min(ne + 8))
                .find(|&m| s.comma(m))
                .filter(|&m| s.is(m + 1, "that") && (ne + 1..m).all(|x| s.toks[x].word))
                .map_or(ne, |m| m + 1)
        } else {
            ne
        };
        if ne <= ns || !s.is(t, "that") {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        // ("The claim by Varn that the count was rigged was false": the sentence's
        // subject, whose clause runs to the sentence's own verb)
        let subject = (lo..k).all(|x| s.toks[x].word && !lexicon::finite_verb_like(s.lw(x)));
        let end = if subject {
            subject_clause_end(s, t + 1, hi).unwrap_or(hi)
        } else {
            hi
        };
        clause_attr(s, t + 1, end, k, source)
    }

    /// `The senator was criticized for saying the virus was a hoax`, `Holt
    /// apologized for claiming C`, `Voters mocked Roe for suggesting C`: the
    /// words someone is taken to task (or thanked) for are theirs, C their claim.
    fn for_saying(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let f = (lo + 2..hi.saturating_sub(4)).find(|&f| {
            s.is(f, "for")
                && matches!(
                    s.lw(f + 1),
                    "saying"
                        | "claiming"
                        | "suggesting"
                        | "insisting"
                        | "arguing"
                        | "declaring"
                        | "stating"
                        | "writing"
                        | "asserting"
                        | "alleging"
                )
                && !s.toks[f].quoted
        })?;
        let before = s.lw(f - 1);
        let (ns, ne) = if before.len() > 4 && before.ends_with("ed")
            || matches!(
                before,
                "fire" | "backlash" | "criticism" | "flak" | "ridicule" | "heat" | "scrutiny"
            ) {
            // "was criticized for saying", "came under fire for saying": the subject
            clause_subject(s, lo, f)?
        } else {
            // "mocked Roe for saying": the one named after the verb
            let v = (lo + 1..f)
                .rev()
                .find(|&v| !s.toks[v].cap && s.lw(v).len() > 4 && s.lw(v).ends_with("ed"))?;
            if f - v < 2 || f - v > 5 || !(v + 1..f).all(|x| s.toks[x].word && !s.toks[x].quoted) {
                return None;
            }
            (v + 1, f)
        };
        let mut k = f + 2;
        if s.is(k, "that") {
            k += 1;
        }
        if (k..hi).filter(|&x| s.toks[x].word).count() < 3 {
            return None;
        }
        let source = self.holder(s, ns, ne)?;
        attr_to_end(s, k, hi, toks_mention(s, f + 1, f + 2), source)
    }

    /// `A coroner has criticised Harwick Council for failing to repair a gate`:
    /// a charge, its target and what it charges (a gerund's clause after
    /// "for"), the critic's; a criticism without its "for" frames what follows.
    fn criticized_for(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let v = (lo + 1..hi.saturating_sub(4)).find(|&v| {
            matches!(
                s.lw(v),
                "criticized"
                    | "criticised"
                    | "faulted"
                    | "rebuked"
                    | "chided"
                    | "condemned"
                    | "slammed"
                    | "censured"
            ) && !s.toks[v].quoted
        })?;
        // (the passive's subject is the one criticised: "was criticised for")
        if matches!(
            s.lw(v - 1),
            "was" | "were" | "been" | "is" | "are" | "being"
        ) {
            return None;
        }
        let f = (v + 2..hi.min(v + 10)).find(|&f| s.is(f, "for"))?;
        let gerund = f + 1 < hi && s.lw(f + 1).len() > 4 && s.lw(f + 1).ends_with("ing");
        if !gerund || !(v + 1..f).all(|x| s.toks[x].word && !s.toks[x].quoted) {
            return None;
        }
        let (ns, ne) = subject_left(s, lo, v)?;
        let source = self.holder(s, ns, ne)?;
        attr_to_end(s, v + 1, hi, toks_mention(s, v, v + 1), source)
    }

    /// `Pask has been accused by environmental groups of breaking her word`: the
    /// accusers' charge, told in the passive (the sentence is the content: the
    /// accused and the charge).
    fn accused_by(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        // (also a criticism told in the passive: "Lind was criticised by
        // unions for cutting pensions")
        let i = (lo + 2..hi.saturating_sub(4)).find(|&i| {
            matches!(
                s.lw(i),
                "accused"
                    | "blamed"
                    | "criticized"
                    | "criticised"
                    | "faulted"
                    | "rebuked"
                    | "condemned"
                    | "censured"
            ) && matches!(s.lw(i - 1), "been" | "was" | "were" | "is" | "are")
                && s.is(i + 1, "by")
                && !s.toks[i].quoted
        })?;
        let ns = i + 2;
        let ne = (ns + 1..hi.min(ns + 8)).find(|&x| matches!(s.lw(x), "of" | "for"))?;
        if ne + 2 > hi || (ns..ne).any(|x| !s.toks[x].word || s.toks[x].quoted) {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        let e = content_end(s, ne + 1, hi);
        let (a, b) = trim_span(s.text, s.toks[lo].start, s.toks[e - 1].end, false);
        let mixed = s.toks[lo..e].iter().any(|t| t.quoted);
        Some(Attr {
            pieces: vec![(a, b)],
            quote: if mixed {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            cue: toks_mention(s, i, i + 1),
            source,
            via: vec![],
            content_toks: (ne + 1, e),
            extra: None,
        })
    }

    /// `The ministry disputed Vinn's claim that C`, `repeated his assertion that C`:
    /// the owner's claim (only after the sentence's own verb: a claim that opens the
    /// sentence runs into its predicate, which no token marks).
    fn claim_of(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let k = (lo + 1..hi.saturating_sub(4)).find(|&k| {
            matches!(
                s.lw(k),
                "claim"
                    | "claims"
                    | "assertion"
                    | "contention"
                    | "insistence"
                    | "argument"
                    | "allegation"
                    | "allegations"
                    | "warning"
                    | "promise"
                    | "pledge"
                    // ("has made no secret of her belief that C")
                    | "belief"
                    | "conviction"
                    // ("The report's conclusion that the dam was unsafe")
                    | "conclusion"
                    | "finding"
                    | "prediction"
            ) && s.is(k + 1, "that")
                && !s.toks[k].quoted
        })?;
        // the owner: "his", "Vinn's", "the ministry's"
        let (ns, ne) = owner_span(s, lo, k - 1)?;
        // after a verb of the sentence: the phrase is its object
        if !(lo..ns).any(|x| s.toks[x].word && !s.toks[x].cap && lexicon::finite_verb_like(s.lw(x)))
        {
            // or the sentence's subject: "The ministry's claim that 40 rebels were
            // killed could not be verified": the clause runs to the sentence's
            // own verb (the first finite auxiliary after the clause's verb)
            if ns != lo {
                return None;
            }
            let m = subject_clause_end(s, k + 2, hi)?;
            let source = self.holder(s, ns, ne)?;
            return clause_attr(s, k + 2, m, k, source);
        }
        // ("A Republican state lawmaker on Wednesday walked back his claim that
        // C": the owner's pronoun is the sentence's subject)
        let subject = (ne == ns + 1 && matches!(s.lw(ns), "his" | "her" | "their" | "its"))
            .then(|| {
                let v = (lo + 1..ns).find(|&x| {
                    s.toks[x].word
                        && !s.toks[x].cap
                        && (s.lw(x).ends_with("ed")
                            // ("Harlan spoke on Tuesday, repeating his claim that C")
                            || matches!(
                                s.lw(x),
                                "has" | "had" | "made" | "spoke" | "took" | "went" | "came" | "gave" | "stood"
                            ))
                        && lexicon::finite_verb_like(s.lw(x))
                })?;
                let (a, b) = subject_span(s, lo, v).filter(|&(a, _)| a == lo)?;
                self.holder(s, a, b).filter(|h| h.class != NpClass::Pronoun)
            })
            .flatten();
        let source = match subject {
            Some(h) => h,
            None => self.holder(s, ns, ne)?,
        };
        clause_attr(s, k + 2, hi, k, source)
    }

    /// "The move followed a report by the Ledger that her campaign had moved
    /// staff": a report's noun, its maker after "by", and its clause, the
    /// maker's claim (to the sentence's own verb when the phrase opens it).
    fn noun_by_that(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let k = (lo..hi.saturating_sub(5)).find(|&k| {
            s.is(k + 1, "by")
                && !s.toks[k].quoted
                && matches!(
                    s.lw(k),
                    "report"
                        | "claim"
                        | "claims"
                        | "allegation"
                        | "allegations"
                        | "finding"
                        | "warning"
                        | "assertion"
                        | "assessment"
                        | "analysis"
                        | "announcement"
                )
        })?;
        let t = (k + 3..hi.min(k + 9)).find(|&t| s.is(t, "that"))?;
        // the maker: a name or a body, nothing with a verb of its own
        if !(k + 2..t).all(|x| {
            s.toks[x].word
                && !s.toks[x].quoted
                && (s.toks[x].cap || matches!(s.lw(x), "the" | "a" | "an" | "of"))
        }) {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[k + 2..t], &self.registry, false)
            .filter(|i| matches!(i.class, NpClass::Org | NpClass::Person))?;
        // (opening the sentence: "A report by the Ledger that C angered donors")
        let opens = (lo..k).all(|x| matches!(s.lw(x), "a" | "an" | "the"));
        let end = if opens {
            subject_clause_end(s, t + 1, hi)?
        } else {
            hi
        };
        clause_attr(s, t + 1, end, k, source)
    }

    /// `The deal, officials said, would cost 4 million`: a short saying-clause set
    /// off by commas inside the content; the content is both sides of it.
    fn parenthetical(&self, s: &Sent, lo: usize, hi: usize, c: &Cue) -> Option<Attr> {
        // ("The dam, said the minister, was safe.": the cue before its speaker)
        let inverted_ok = c.class == CueClass::Say && c.i >= lo + 3 && s.comma(c.i - 1);
        // ("That, Holt said, was the point.": a lone pronoun, then the aside)
        // (also a bare plural: "Wages, the minister insisted, would rise")
        let lone_first = (s.comma(lo + 1) || s.is(lo + 1, "("))
            && (matches!(s.lw(lo), "that" | "this" | "it" | "which")
                || s.toks[lo].word
                    && !s.toks[lo].quoted
                    && s.lw(lo).len() > 3
                    && s.lw(lo).ends_with('s')
                    && !s.lw(lo).ends_with("ss")
                    && !lexicon::sentence_opener(s.lw(lo))
                    && !lexicon::opening_word(s.lw(lo)));
        if c.according
            || !matches!(c.class, CueClass::Say | CueClass::Tell)
            || s.toks[c.i].quoted
            || c.i < lo + 4 && !inverted_ok && !(lone_first && c.i >= lo + 3)
        {
            return None;
        }
        // cheap tests first: a comma right after the cue (or its time words) and one
        // shortly before it ("The plan, the mayor told the council, would ...": past
        // the listener)
        let after = if c.class == CueClass::Tell {
            skip_listener(s, c.j, hi)
        } else {
            c.j
        };
        let p2 = skip_occasion(s, after, hi);
        // ("Prices (the ministry says) will rise": brackets set the aside off too)
        let open = |k: usize| s.comma(k) || s.is(k, "(");
        if !(c.i.saturating_sub(7).max(lo)..c.i).any(open) {
            return None;
        }
        // the speaker (ns..ne), the comma closing the left side (l_end) and the one
        // opening the right side (p2)
        let (ns, ne, l_end, p2) = match c.subject(s, lo).filter(|&(ns, ne)| {
            ne == c.i
                && (ns >= lo + 3 || lone_first && ns == lo + 2 || ns >= lo + 2 && s.is(ns - 1, "("))
                && open(ns - 1)
                && ne - ns <= 6
        }) {
            Some((ns, ne))
                if (s.comma(p2) || s.is(p2, ")") && s.is(ns - 1, "(")) && !s.toks[p2].quoted =>
            {
                (ns, ne, ns - 1, p2)
            }
            None if inverted_ok => {
                let (ns, ne) = np_right(s, c.j, hi);
                let p2 = skip_occasion(s, ne, hi);
                // (no speaker starts with a preposition: "The breach, disclosed
                // in June, exposed ..." is a participle's aside)
                if ne <= ns
                    || ne - ns > 6
                    || !s.comma(p2)
                    || s.toks[p2].quoted
                    || lexicon::preposition(s.lw(ns))
                {
                    return None;
                }
                // a verb on one side ("was safe", "It is, notes X, the third
                // dry summer"), not the speaker's name after a verbless retort
                // ("Not so fast, said the chairman, Ivar Dahl.")
                if !(lo..c.i).chain(p2 + 1..hi).any(|k| {
                    !s.toks[k].cap
                        && (lexicon::finite_verb_like(s.lw(k)) || lexicon::auxiliary(s.lw(k)))
                }) {
                    return None;
                }
                (ns, ne, c.i - 1, p2)
            }
            _ => return None,
        };
        // ("Lind has another view: the plan, she says, is unfair": the words
        // after a colon on the left)
        let lo = (lo + 2..l_end.saturating_sub(1))
            .rev()
            .find(|&k| s.is(k, ":") && !s.toks[k].quoted)
            .map_or(lo, |k| k + 1);
        // both sides are real clauses: two words or more, and the left side is not
        // itself a quote closed before the comma ('"A," he said, "B."' is another form)
        let words = |a: usize, b: usize| (a..b).filter(|&k| s.toks[k].word).count();
        let e = content_end(s, p2 + 1, hi);
        // ("That, Holt said, was the point.", "It, she said, was a mistake.": a
        // lone pronoun on the left is the clause's subject)
        let lone_subject = lone_first && l_end == lo + 1;
        if words(lo, l_end) < 2 && !lone_subject || words(p2 + 1, e) < 2 {
            return None;
        }
        // (a quote after the cue is the content's second piece when the first
        // piece holds no quote: 'It was, the minister said, "a legal contract."')
        // ('Asked about the debate, Varga replied, "I have nothing to prove."':
        // an opening phrase is no piece)
        if s.toks[l_end - 1].quote_mark
            || s.toks[p2 + 1].quote_mark
                && ((lo..l_end).any(|k| s.toks[k].quote_mark) || lexicon::opening_word(s.lw(lo)))
        {
            return None;
        }
        // the left side is a subject still waiting for its verb ("The deal,"), not a
        // whole clause ("About 8,000 people took part, police said, while ...")
        let has_verb = (lo..l_end).any(|k| {
            let w = s.lw(k);
            s.toks[k].word
                && !s.toks[k].cap
                // "The talks," "Its plans,": a noun after a determiner
                && !(k > lo
                    && matches!(
                        s.lw(k - 1),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "these" | "those"
                    ))
                && (lexicon::finite_verb_like(w)
                    || matches!(
                        w,
                        "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "has"
                            | "have"
                            | "had"
                            | "was"
                            | "were"
                            | "took"
                            | "came"
                            | "went"
                    ))
        });
        // ("The plan would, critics say, leave thousands without power": a modal
        // or auxiliary right before the comma waits for its verb on the right)
        // (not when the right side is the speaker's description, verbless:
        // '..., where the jobs are, said Ines Marr, a housing economist at Rask
        // University.')
        // (but "It is, notes hydrologist Ben Ruiz, the third dry summer": a
        // bare copula on the left waits for its complement)
        let verb_at = |k: usize| {
            !s.toks[k].cap && (lexicon::finite_verb_like(s.lw(k)) || lexicon::auxiliary(s.lw(k)))
        };
        let described = || {
            matches!(s.lw(p2 + 1), "a" | "an" | "the")
                && !(p2 + 2..e).any(verb_at)
                && (lo..l_end - 1).any(verb_at)
        };
        let waiting = lexicon::auxiliary(s.lw(l_end - 1)) && !described();
        // ("Both times, they said, the review was dropped", "In both cases,
        // officials said, ...": an adverbial before the content's own clause;
        // "times", "cases" are nouns there)
        // (a longer one without a past or an auxiliary: "On some night shifts
        // last year, she said, one nurse ...")
        let adverbial = (l_end - lo <= 5
            || l_end - lo <= 8
                && lexicon::preposition(s.lw(lo))
                && !(lo..l_end).any(|k| {
                    lexicon::auxiliary(s.lw(k))
                        || s.toks[k].quoted
                        || s.lw(k).len() > 4 && s.lw(k).ends_with("ed")
                }))
            && (lexicon::preposition(s.lw(lo))
                || matches!(s.lw(lo), "both" | "each" | "every" | "this" | "last")
                    && matches!(
                        s.lw(lo + 1),
                        "times" | "time" | "cases" | "case" | "occasions" | "occasion"
                    ));
        // ("Exporters were hit hardest, he said, because the port handles 70
        // percent of their shipments": the reason given goes on the clause; a
        // "though" after the cue is often the article's own rider)
        // (also what it followed, a clause of its own: "The deal collapsed, two
        // sources said, after the buyer demanded a lower price"; not "..., he
        // said, after a meeting with ...")
        let subordinate = !s.toks[p2 + 1].quoted
            && (matches!(s.lw(p2 + 1), "because" | "since" | "unless")
                || s.is(p2 + 1, "after")
                    && (p2 + 3..s.toks.len().min(p2 + 9)).any(|x| {
                        !s.toks[x].quoted
                            && !s.toks[x].cap
                            && (lexicon::auxiliary(s.lw(x))
                                || s.lw(x).len() > 4 && s.lw(x).ends_with("ed"))
                    }));
        if has_verb && !waiting && !adverbial && !subordinate {
            return None;
        }
        // the right side goes on the sentence: a verb-led predicate, not a new clause
        // with its own subject ("..., he said, and the talks ended")
        if matches!(
            s.lw(p2 + 1),
            "and" | "but" | "adding" | "saying" | "citing" | "according"
        ) {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)?;
        let a = trim_span(s.text, s.toks[lo].start, s.toks[l_end - 1].end, false);
        let b = trim_span(s.text, s.toks[p2 + 1].start, s.toks[e - 1].end, false);
        if a.1 <= a.0 || b.1 <= b.0 {
            return None;
        }
        let quoted = (lo..e).any(|k| s.toks[k].quoted);
        Some(Attr {
            pieces: vec![a, b],
            quote: if quoted {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            cue: cue_mention(s, c),
            source,
            via: vec![],
            content_toks: (lo, l_end),
            extra: None,
        })
    }

    /// `Y quoted X as saying C`, `X was quoted by Y as saying C`, `C, Y quoted X as saying.`
    fn quoted_as(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let flagged = |i: usize| s.flags[i] & lexicon::F_QUOTED != 0 && !s.toks[i].quoted;
        let q = (lo..hi).find(|&i| flagged(i))?;
        // ("quoted ... as saying" first, when a remembering verb comes before it)
        let q = if matches!(s.lw(q), "recalled" | "remembered") {
            (q + 1..hi)
                .find(|&i| flagged(i) && matches!(s.lw(i), "quoted" | "cited"))
                .unwrap_or(q)
        } else {
            q
        };
        let passive = q > lo && matches!(s.lw(q - 1), "was" | "were" | "been" | "is" | "are");
        // "Holt was heard saying C", "was caught on tape telling aides C": words
        // overheard, without the "as" (a = the token before the participle)
        let recalled = matches!(s.lw(q), "recalled" | "remembered");
        // ("The book cites a senior official as saying C": the present too)
        let overheard = !recalled && !matches!(s.lw(q), "quoted" | "cited" | "cites" | "quotes");
        let a = if recalled {
            // ("Dorn recalled Vik saying C": the one remembered speaks, the one
            // remembering relays; a = the speaker's last token)
            if passive {
                return None;
            }
            let p = (q + 2..hi.min(q + 6))
                .take_while(|&i| s.toks[i].word && !s.toks[i].quoted)
                .find(|&i| matches!(s.lw(i), "saying" | "telling"))?;
            if !(q + 1..p).all(|k| s.toks[k].cap || s.is(k, ".")) || !s.toks[q + 1].cap {
                return None;
            }
            p - 1
        } else if overheard {
            if !passive {
                return None;
            }
            let p = (q + 1..hi.min(q + 6))
                .take_while(|&i| s.toks[i].word && !s.toks[i].quoted)
                .find(|&i| matches!(s.lw(i), "saying" | "telling"))?;
            // (only an occasion between: "caught on tape", "heard in the video")
            if p > q + 1 && !matches!(s.lw(q + 1), "on" | "in" | "at" | "during") {
                return None;
            }
            p - 1
        } else {
            (q + 1..hi.min(q + 12)).find(|&i| {
                s.is(i, "as")
                    && matches!(
                        if i + 1 < hi { s.lw(i + 1) } else { "" },
                        "saying" | "telling" | "stating" | "warning" | "claiming"
                    )
            })?
        };
        let (speaker, relay) = if passive {
            let subj = subject_left(s, lo, q)?;
            let by = (q + 1..a).find(|&i| s.is(i, "by"));
            // ("quoted by the Keshi News Agency (KNA) as saying": the acronym in
            // brackets is no part of the name)
            let end = if a >= q + 4 && s.is(a - 1, ")") && s.is(a - 3, "(") {
                a - 3
            } else {
                a
            };
            // ("quoted by the Harwick Gazette last month as saying": when is no
            // part of the relay's name)
            let end = by.map_or(end, |b| {
                (b + 2..end)
                    .find(|&x| {
                        !s.toks[x].cap
                            && (matches!(s.lw(x), "last" | "this" | "earlier" | "on" | "in")
                                || lexicon::time_word(s.lw(x)))
                    })
                    .unwrap_or(end)
            });
            // ("was quoted as saying by the state Velmar News Agency": the relay
            // after the verb)
            let by = by.map(|b| (b + 1, end)).or_else(|| {
                s.is(a + 2, "by")
                    .then(|| np_right(s, a + 3, hi))
                    .filter(|&(ns, ne)| ne > ns)
            });
            // ("is quoted in the report as saying", "was quoted in the Orsk
            // Herald as saying": the document or the outlet it appears in)
            let by = by.or_else(|| {
                let i = (q + 1..a).find(|&i| s.is(i, "in"))?;
                let relay = (i + 1, end);
                ((i + 2..end).any(|x| lexicon::document_word(s.lw(x)) || s.toks[x].cap)
                    && (i + 1..end).all(|x| {
                        let w = s.lw(x);
                        s.toks[x].word
                            && !s.toks[x].quoted
                            && !w.bytes().any(|b| b.is_ascii_digit())
                            && !lexicon::weekday(w)
                            && !lexicon::month(w)
                            && !lexicon::time_word(w)
                    }))
                .then_some(relay)
            });
            (subj, by)
        } else {
            // "..., which quoted him as saying": the relay is the phrase before the comma
            let relay = if q >= lo + 3 && matches!(s.lw(q - 1), "which" | "who") && s.comma(q - 2) {
                subject_left(s, lo, q - 2)?
            } else {
                subject_left(s, lo, q)?
            };
            ((q + 1, if recalled { a + 1 } else { a }), Some(relay))
        };
        if speaker.1 <= speaker.0 {
            return None;
        }
        let mut k = match relay {
            Some((_, re)) if passive && re > a => skip_acronym(s, re, hi),
            // ("quoted Vesk as telling a cabinet meeting that C": past the listener)
            _ if s.is(a + 1, "telling") => skip_listener(s, a + 2, hi),
            _ => a + 2,
        };
        // ("was heard saying in the video that C": the occasion before "that")
        let past = skip_occasion(s, k, hi);
        if past > k && s.is(past, "that") {
            k = past;
        }
        while k < hi && (s.is(k, "that") || s.comma(k)) {
            k += 1;
        }
        let e = content_end(s, k, hi);
        // "C, Orlov was quoted by KNA as saying on arrival.": an occasion is no content
        let occasion_only = e - k <= 6
            && matches!(
                s.lw(k),
                "on" | "at" | "in" | "during" | "upon" | "after" | "before" | "late" | "early"
            )
            && !(k..e).any(|x| s.toks[x].quote_mark || s.is(x, "that") || s.comma(x));
        // "quoted X as saying that A, and that B": two claims
        let mut extra = None;
        let (ca, cb, quote) = if e > k + 1 && !occasion_only {
            if s.toks[k].quote_mark {
                let q = s.quotes.iter().find(|q| q.0 == s.toks[k].end)?;
                (q.0, q.1.min(s.end), QuoteKind::Direct)
            } else {
                let mut e1 = e;
                if let Some(m) = (k + 2..e.saturating_sub(3))
                    .find(|&m| s.is(m, "and") && s.is(m + 1, "that") && !s.toks[m].quoted)
                {
                    let (x, y) = trim_span(s.text, s.toks[m + 2].start, s.toks[e - 1].end, false);
                    extra = (y > x).then_some((x, y));
                    e1 = m;
                    while e1 > k + 1 && s.comma(e1 - 1) {
                        e1 -= 1;
                    }
                }
                let (x, y) = trim_span(s.text, s.toks[k].start, s.toks[e1 - 1].end, false);
                (x, y, QuoteKind::Indirect)
            }
        } else {
            // "C, Y quoted X as saying."
            let start_tok = if passive { speaker.0 } else { relay?.0 };
            let mut ce = start_tok;
            while ce > lo && s.comma(ce - 1) {
                ce -= 1;
            }
            if ce <= lo + 1 {
                return None;
            }
            let (x, y) = trim_span(s.text, s.toks[lo].start, s.toks[ce - 1].end, false);
            let (x, y, qk) = if s.toks[lo].quote_mark {
                let (x, y) = strip_quotes(s.text, x, y);
                (x, y, QuoteKind::Direct)
            } else {
                (x, y, QuoteKind::Indirect)
            };
            (x, y, qk)
        };
        // "quoted him as saying": the object pronoun stands for he/she/they
        let object_pronoun = match (speaker.1 - speaker.0, s.lw(speaker.0)) {
            (1, "him") => Some(("he", SourceKind::Person)),
            (1, "her") => Some(("she", SourceKind::Person)),
            (1, "them") => Some(("they", SourceKind::Unnamed)),
            _ => None,
        };
        // "TNA said leader Oran Vesh had supervised the test, and quoted him as
        // saying": the person named in the clause before the cue is "him"
        let named_before = object_pronoun
            .filter(|&(p, _)| p != "they" && s.comma(q.saturating_sub(2)) && s.is(q - 1, "and"))
            .and_then(|_| {
                let from = relay.map_or(lo, |r| r.1);
                let mut x = q;
                while x > from {
                    x -= 1;
                    if !(s.toks[x].word && s.toks[x].cap && !s.toks[x].quoted) {
                        continue;
                    }
                    let mut a0 = x;
                    while a0 > from && s.toks[a0 - 1].word && s.toks[a0 - 1].cap {
                        a0 -= 1;
                    }
                    if x > a0 {
                        if let Some(i) =
                            names::analyze(s.text, &s.toks[a0..=x], &self.registry, false)
                                .filter(|i| i.class == NpClass::Person)
                        {
                            return Some(i);
                        }
                    }
                    x = a0;
                }
                None
            });
        let source = match (object_pronoun, named_before) {
            (Some(_), Some(mut i)) => {
                i.source.mention = Some(toks_mention(s, speaker.0, speaker.1));
                i
            }
            (Some((name, kind)), None) => NpInfo {
                source: SourceRef {
                    name: name.to_string(),
                    kind,
                    resolved: false,
                    role: None,
                    mention: Some(toks_mention(s, speaker.0, speaker.1)),
                },
                class: NpClass::Pronoun,
            },
            (None, _) => names::analyze(
                s.text,
                &s.toks[speaker.0..speaker.1],
                &self.registry,
                speaker.0 == lo,
            )?,
        };
        let mut via = Vec::new();
        if let Some((rs, re)) = relay.filter(|r| r.1 > r.0) {
            if let Some(r) = names::analyze(s.text, &s.toks[rs..re], &self.registry, rs == lo) {
                via.push(r);
            }
        }
        let cue = Mention {
            text: s.text[s.toks[q].start..s.toks[a + 1].end].to_string(),
            start: s.toks[q].start,
            end: s.toks[a + 1].end,
        };
        Some(Attr {
            pieces: vec![(ca, cb)],
            quote,
            cue,
            source,
            via,
            content_toks: (k, e),
            extra,
        })
    }

    /// `Said Kessian President Ilse Moravec: "C"`: the verb first, the speaker,
    /// a colon and the quote.
    fn said_first(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        if !(s.is(lo, "said") && s.toks[lo].cap && !s.toks[lo].quoted) {
            return None;
        }
        let c = (lo + 2..hi.min(lo + 12)).find(|&c| s.is(c, ":"))?;
        if c + 1 >= hi || !s.toks[c + 1].quote_mark || !(lo + 1..c).all(|x| s.toks[x].word) {
            return None;
        }
        let q = *s.quotes.iter().find(|q| q.0 == s.toks[c + 1].end)?;
        let source = names::analyze(s.text, &s.toks[lo + 1..c], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        Some(called_attr(s, hi, lo, c + 1, q, source))
    }

    /// `Caro shot back: "C"`, `The ministry hit back: "C"`: a retort, its
    /// speaker, a colon and the quote.
    fn retort_colon(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let c = (lo + 3..hi.min(lo + 14)).find(|&c| s.is(c, ":"))?;
        if c + 1 >= hi || !s.toks[c + 1].quote_mark || !s.is(c - 1, "back") {
            return None;
        }
        let v = c - 2;
        if !lexicon::retort_verb(s.lw(v)) {
            return None;
        }
        let q = *s.quotes.iter().find(|q| q.0 == s.toks[c + 1].end)?;
        let (a, b) = clause_subject(s, lo, v).filter(|&(_, b)| b == v)?;
        let source = names::analyze(s.text, &s.toks[a..b], &self.registry, a == lo)
            .filter(|i| i.class != NpClass::Unnamed || lexicon::unnamed_head(s.lw(b - 1)))?;
        Some(called_attr(s, hi, v, c + 1, q, source))
    }

    /// `Voss put it bluntly: the deal is dead.`, `Holt put it this way: "..."`:
    /// the subject's words after the colon.
    fn put_it_colon(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let v = (lo + 1..hi.saturating_sub(4)).find(|&v| {
            matches!(s.lw(v), "put" | "puts") && s.is(v + 1, "it") && !s.toks[v].quoted
        })?;
        // (how it was put: "bluntly", "this way", then when; not "put it to a
        // vote: 7 to 2")
        let mut c = v + 2;
        while c < hi.min(v + 6)
            && s.toks[c].word
            && !s.toks[c].quoted
            && (s.lw(c).ends_with("ly")
                || matches!(
                    s.lw(c),
                    "this" | "that" | "another" | "way" | "more" | "most" | "best"
                ))
        {
            c += 1;
        }
        if matches!(
            s.lw(c),
            "to" | "into" | "on" | "off" | "down" | "aside" | "out"
        ) && !{
            // ("put it on Tuesday": a day, no "put it on hold")
            s.is(c, "on") && (lexicon::weekday(s.lw(c + 1)) || lexicon::time_word(s.lw(c + 1)))
        } {
            return None;
        }
        let c = skip_occasion(s, c, hi);
        if !s.is(c, ":") || c + 2 >= hi {
            return None;
        }
        // ("That was how Voss put it": the one after "how")
        let lo = (lo..v).find(|&h| s.is(h, "how")).map_or(lo, |h| h + 1);
        let (a, b) = clause_subject(s, lo, v).filter(|&(_, b)| b == v)?;
        let source = names::analyze(s.text, &s.toks[a..b], &self.registry, a == lo)?;
        attr_to_end(s, c + 1, hi, toks_mention(s, v, v + 2), source)
    }

    /// `Holt did not mince words: C`, `Holt was blunt: "..."`: the manner of
    /// saying before a colon, then the words.
    fn manner_colon(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let c = (lo + 2..hi.min(lo + 14)).find(|&c| s.is(c, ":") && !s.toks[c].quoted)?;
        if c + 2 >= hi {
            return None;
        }
        // ("didn't mince words on Tuesday:": when, before the colon)
        let mut m = c;
        while m > lo + 4
            && m + 4 > c
            && (matches!(s.lw(m - 1), "on" | "in" | "at")
                || lexicon::weekday(s.lw(m - 1))
                || lexicon::time_word(s.lw(m - 1)))
        {
            m -= 1;
        }
        let manner = match s.lw(m - 1) {
            "words" => {
                m >= lo + 4
                    && s.is(m - 2, "mince")
                    && matches!(s.lw(m - 3), "not" | "didn't" | "didn’t" | "never")
            }
            "blunt" | "unequivocal" | "emphatic" | "adamant" | "defiant" | "direct" | "candid"
            | "frank" | "succinct" => {
                matches!(s.lw(c - 2), "was" | "is" | "were" | "are")
                    || c >= lo + 3
                        && matches!(s.lw(c - 3), "was" | "is" | "were" | "are")
                        && s.lw(c - 2).ends_with("ly")
            }
            _ => false,
        };
        if !manner {
            return None;
        }
        let v = (lo + 1..c).find(|&v| {
            matches!(
                s.lw(v),
                "did" | "didn't" | "didn’t" | "was" | "is" | "were" | "are" | "never"
            )
        })?;
        let (a, b) = clause_subject(s, lo, v).filter(|&(_, b)| b == v)?;
        let source =
            names::analyze(s.text, &s.toks[a..b], &self.registry, a == lo).filter(|i| {
                matches!(
                    i.class,
                    NpClass::Person | NpClass::Org | NpClass::Pronoun | NpClass::RoleOnly
                )
            })?;
        if s.toks[c + 1].quote_mark {
            let q = *s.quotes.iter().find(|q| q.0 == s.toks[c + 1].end)?;
            return Some(called_attr(s, hi, c - 1, c + 1, q, source));
        }
        attr_to_end(s, c + 1, hi, toks_mention(s, v, c), source)
    }

    /// `Here is what the witnesses told us: C`, `This is what the minister said:
    /// C`: the subject of the free relative is the speaker of what follows the
    /// colon.
    fn what_colon(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let w = (lo + 1..hi.min(lo + 4)).find(|&w| s.is(w, "what"))?;
        if !(lo..w).all(|k| {
            matches!(
                s.lw(k),
                "here" | "here's" | "here’s" | "this" | "that" | "is" | "was" | "'s"
            )
        }) {
            return None;
        }
        let c = (w + 2..hi.min(w + 12))
            .take_while(|&k| !s.toks[k].quoted)
            .find(|&k| s.is(k, ":"))?;
        if c + 2 >= hi {
            return None;
        }
        let v = (w + 2..c).find(|&v| {
            lexicon::cue_verb(s.lw(v)).is_some_and(|(cl, f)| {
                matches!(cl, CueClass::Say | CueClass::Tell)
                    && matches!(f, Form::Past | Form::Pres3)
            }) || matches!(s.lw(v), "found" | "finds")
        })?;
        let source =
            names::analyze(s.text, &s.toks[w + 1..v], &self.registry, false).filter(|i| {
                matches!(
                    i.class,
                    NpClass::Person
                        | NpClass::Org
                        | NpClass::OrgShort
                        | NpClass::Unnamed
                        | NpClass::RoleOnly
                        | NpClass::Pronoun
                )
            })?;
        attr_to_end(s, c + 1, hi, toks_mention(s, v, v + 1), source)
    }

    /// `Support for the party has fallen to 24 percent in the latest Civic Pulse
    /// poll`, `In a Civic Pulse poll published on Monday, 52 percent backed the
    /// plan`: a named poll's figures are its maker's.
    fn in_poll(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let k = (lo..hi.saturating_sub(3)).find(|&k| {
            s.is(k, "in") && matches!(s.lw(k + 1), "a" | "an" | "the") && !s.toks[k].quoted
        })?;
        let p = (k + 3..hi.min(k + 9))
            .take_while(|&x| s.toks[x].word && !s.toks[x].quoted || s.is(x, "/"))
            .find(|&x| matches!(s.lw(x), "poll" | "survey"))?;
        // (a named maker: "in a recent poll" says nobody)
        if !(k + 2..p).any(|x| s.toks[x].cap) {
            return None;
        }
        let mut a = k + 2;
        while a < p
            && !s.toks[a].cap
            && matches!(
                s.lw(a),
                "latest" | "new" | "recent" | "last" | "weekly" | "monthly" | "first" | "final"
            )
        {
            a += 1;
        }
        let source = names::analyze(s.text, &s.toks[a..p + 1], &self.registry, false)
            .filter(|i| matches!(i.class, NpClass::Org | NpClass::Person))?;
        let cue = toks_mention(s, k, p + 1);
        if k == lo {
            // the figures after the poll's description
            let c = (p + 1..hi.min(p + 10)).find(|&x| s.comma(x))?;
            return attr_to_end(s, c + 1, hi, cue, source);
        }
        // the figures before it: the poll closes the clause
        if k < lo + 4 || !(s.end_punct(p + 1) || s.comma(p + 1) || p + 1 >= hi) {
            return None;
        }
        let mut e = k;
        while e > lo && s.punct(e - 1) {
            e -= 1;
        }
        let (a, b) = trim_span(s.text, s.toks[lo].start, s.toks[e - 1].end, false);
        (b > a).then(|| Attr::plain(vec![(a, b)], QuoteKind::Indirect, cue, source, (lo, e)))
    }

    /// `Union leader Katja Rose addresses the crowd: "Q"`, `The president struck a
    /// defiant tone: "Q"`: a speaker opening the sentence, what they do, then a
    /// colon and a quote that runs to its end: the quote is theirs.
    fn colon_quote(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let c = (lo + 2..hi.min(lo + 16)).find(|&c| s.is(c, ":"))?;
        if c + 2 >= hi || !s.toks[c + 1].quote_mark || s.toks[c].quoted {
            return None;
        }
        let q = *s.quotes.iter().find(|q| q.0 == s.toks[c + 1].end)?;
        let close = (c + 2..hi).find(|&x| s.toks[x].quote_mark && s.toks[x].start >= q.1)?;
        if !s.rest_is_punct(close + 1) {
            return None;
        }
        // the subject's words (names, titles, body words), then its verb
        let v = (lo + 1..c).find(|&k| {
            let w = s.lw(k);
            s.toks[k].word
                && !s.toks[k].cap
                && !lexicon::determiner(w)
                && !lexicon::title_word(w)
                && lexicon::head_kind(w).is_none()
                && !w.ends_with("'s")
        })?;
        if v + 9 < c
            || !s.toks[lo].cap
            || (v..c).any(|k| !s.toks[k].word || s.toks[k].quoted)
            || !(lexicon::clause_verb(s.lw(v))
                || lexicon::finite_verb_like(s.lw(v))
                || s.lw(v).len() > 3 && s.lw(v).ends_with('s') && !s.lw(v).ends_with("ss"))
        {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[lo..v], &self.registry, true).filter(|i| {
            matches!(
                i.class,
                NpClass::Person | NpClass::Org | NpClass::Pronoun | NpClass::RoleOnly
            ) || i.class == NpClass::Unnamed && lexicon::unnamed_head(s.lw(v - 1))
        })?;
        Some(called_attr(s, hi, c, c + 1, q, source))
    }

    /// `Holt's message was simple: the numbers were wrong.`, `Her answer is
    /// blunt: C`, `Holt's message to voters: C`, `Holt's main argument was that
    /// C`, `The ministry's line is that C`: the owner of the words that a colon
    /// or a that-clause then gives.
    fn stated_view(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let stated = |k: usize| -> Option<Attr> {
            // the owner ("his", "Vinn's", "the ministry's"), perhaps with a word
            // between ("Holt's main argument")
            // (or the owner after "from": "The message from the union was
            // blunt: C")
            let from = (k == lo + 1 && s.is(lo, "the") && s.is(k + 1, "from"))
                .then(|| (k + 3..hi.min(k + 9)).find(|&m| matches!(s.lw(m), "was" | "is")))
                .flatten()
                .filter(|&m| (k + 2..m).all(|x| s.toks[x].word && !s.toks[x].quoted));
            let (ns, ne, v) = if let Some(m) = from {
                (k + 2, m, m - 1)
            } else {
                let (ns, ne) = (lo..k).rev().take(3).find_map(|o| owner_span(s, lo, o))?;
                if ns != lo || !(ne..k).all(|x| s.toks[x].word && !s.toks[x].cap) {
                    return None;
                }
                (ns, ne, k)
            };
            let c0 = if matches!(s.lw(v + 1), "is" | "was" | "remains" | "remained")
                && s.is(v + 2, "that")
            {
                v + 3
            } else if s.is(v + 1, ":")
                && v + 2 < hi
                && (s.toks[v + 2].quote_mark
                    || (v + 2..hi).filter(|&x| s.toks[x].word).count() >= 3)
            {
                // ("Holt's response: \"Nonsense.\"": the colon straight after it)
                if s.toks[v + 2].quote_mark {
                    let q = *s.quotes.iter().find(|q| q.0 == s.toks[v + 2].end)?;
                    let source = self.holder(s, ns, ne)?;
                    return Some(called_attr(s, hi, v, v + 2, q, source));
                }
                v + 2
            } else if matches!(s.lw(v + 1), "was" | "is" | "to" | "for" | "on") {
                // the colon, after "was simple" or whom it was for ("to voters")
                let c = (v + 2..hi.min(v + 6)).find(|&c| s.is(c, ":"))?;
                if (v + 2..c).any(|x| !s.toks[x].word || s.toks[x].quoted)
                    || (c + 1..hi).filter(|&x| s.toks[x].word).count() < 3
                {
                    return None;
                }
                c + 1
            } else {
                return None;
            };
            let source = self.holder(s, ns, ne)?;
            clause_attr(s, c0, hi, k, source)
        };
        (lo + 1..hi.min(lo + 7))
            .filter(|&k| {
                !s.toks[k].quoted
                    && matches!(
                        s.lw(k),
                        "message"
                            | "point"
                            | "answer"
                            | "response"
                            | "argument"
                            | "verdict"
                            | "view"
                            | "position"
                            | "reply"
                            | "explanation"
                            | "pitch"
                            | "case"
                            | "advice"
                            | "warning"
                            | "conclusion"
                            | "assessment"
                            | "contention"
                            | "belief"
                            | "line"
                            | "stance"
                            | "claim"
                            | "insistence"
                    )
            })
            .find_map(stated)
    }

    /// `X called the deal "a historic step"`, `described it as "..."`: the quoted
    /// words are X's claim.
    fn called_quote(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let verb = |i: usize| {
            !s.toks[i].quoted
                && (matches!(
                    s.lw(i),
                    "called"
                        | "calls"
                        | "described"
                        | "describes"
                        | "branded"
                        | "brands"
                        | "labelled"
                        | "labeled"
                        | "dubbed"
                        | "termed"
                        | "dismissed"
                        | "dismisses"
                        | "denounced"
                        | "denounces"
                        | "condemned"
                        | "condemns"
                ) || lexicon::reaction_verb(s.lw(i))
                    // ('decried what she called a "reckless assault"': the one
                    // reacting labels what she reacts to)
                    && s.is(i + 1, "what")
                    && matches!(s.lw(i + 2), "he" | "she" | "they" | "it")
                    && matches!(s.lw(i + 3), "called" | "described" | "termed" | "dubbed")
                    || lexicon::judging_verb(s.lw(i))
                    // (with its "as": "criticized the plan, calling it \"...\""
                    // is the participle's; so is "welcomed the launch, describing
                    // it as \"...\"", the "as" past a comma)
                    && (i + 2..hi.min(i + 10))
                        .take_while(|&x| !s.comma(x))
                        .any(|x| s.is(x, "as"))
                    // ("endorsed Adler, calling her \"a fighter\"": the clause's
                    // subject names her so)
                    || matches!(s.lw(i), "calling" | "describing" | "branding" | "dubbing")
                        && (s.comma(i - 1) || overheard(s, i)))
        };
        let passive =
            |i: usize| matches!(s.lw(i - 1), "was" | "were" | "is" | "are" | "been" | "be");
        let mut i = (lo + 1..hi).find(|&i| verb(i))?;
        if passive(i) {
            if let Some(a) = self.called_quote_passive(s, hi, i) {
                return Some(a);
            }
            // (a passive with no words of its own, then the one who speaks: "The
            // strike was condemned by the ministry, which called it \"...\"")
            i = (i + 1..hi).find(|&i| verb(i) && !passive(i))?;
        }
        let participle = s.lw(i).ends_with("ing");
        // ("rejected accusations by Ostel that C, calling them \"...\"": the
        // clause before holds a content of its own, read first)
        // (not a relative "that" with its verb straight after: "vetoed a bill
        // that would have raised spending, calling it \"...\"")
        // (but "rejected a newspaper report that C, calling it \"...\"": a
        // report no one is named for says nothing the sentence reads, so the
        // label is the content)
        if participle
            && (lo..i).any(|x| {
                s.is(x, "that")
                    && !s.toks[x].quoted
                    && !(x > lo
                        && matches!(s.lw(x - 1), "report" | "reports" | "story" | "article")
                        && !(lo..x).any(|y| s.is(y, "by")))
                    && !(lexicon::auxiliary(s.lw(x + 1))
                        || matches!(
                            s.lw(x + 1),
                            "has" | "had" | "have" | "was" | "were" | "is" | "are"
                        ))
            })
        {
            return None;
        }
        // the object, then the opening mark: at most eight plain words (more with
        // a relative clause: "called the judges who struck down the map \"...\"")
        let k = (i + 1..hi.min(i + 15)).find(|&k| s.toks[k].quote_mark)?;
        // ("criticized the rules as \"open to abuse\"", "hailed the deal as
        // \"historic\"": these verbs only with their "as")
        if lexicon::judging_verb(s.lw(i)) && !s.is(k - 1, "as") && !s.is(i + 1, "what") {
            return None;
        }
        // ("..., a move he called "reckless."": the thing called is the aside's
        // head, split off before; only its speaker precedes the verb)
        let gap = k == i + 1
            && i - lo <= 4
            && !s.toks[lo].quoted
            && (lexicon::pronoun(s.lw(lo)) || s.toks[lo].cap)
            && (lo..i).all(|x| {
                s.toks[x].word
                    && (s.toks[x].cap
                        || lexicon::pronoun(s.lw(x))
                        || matches!(s.lw(x), "has" | "had" | "have"))
            })
            && matches!(
                s.lw(i),
                "called" | "dubbed" | "labeled" | "labelled" | "termed" | "branded" | "calls"
            );
        if k == i + 1 && !gap
            || !(i + 1..k).all(|x| {
                s.toks[x].word
                    || s.lw(x) == "'s"
                    // ("a farmers' protest")
                    || plural_possessive_mark(s, x)
            })
            || k > i + 9 && !(i + 2..k).any(|x| matches!(s.lw(x), "who" | "which" | "that"))
        {
            return None;
        }
        let q = *s.quotes.iter().find(|q| q.0 == s.toks[k].end)?;
        // "criticism from Sen. Paul Hendry, a fellow Republican, who called them
        // \"...\"": the relative pronoun's antecedent, before its aside
        // (also "condemnation from the Nurses' Union, which called them \"...\"")
        if i >= lo + 3 && (s.is(i - 1, "who") || s.is(i - 1, "which")) && s.comma(i - 2) {
            let mut e = i - 2;
            if let Some(c) = (e.saturating_sub(6).max(lo + 1)..e)
                .rev()
                .find(|&c| s.comma(c))
            {
                if matches!(s.lw(c + 1), "a" | "an" | "the") {
                    e = c;
                }
            }
            let mut b = e;
            while b > lo
                && (s.toks[b - 1].cap && s.toks[b - 1].word
                    || s.is(b - 1, ".")
                    // ("the Nurses' Union")
                    || matches!(s.lw(b - 1), "'" | "’") && b >= lo + 2 && s.toks[b - 2].cap
                    // ("the Bank of Sarn", "Ida Holm of Sarn")
                    || s.is(b - 1, "of") && b >= lo + 2 && s.toks[b - 2].cap && s.toks[b - 2].word)
            {
                b -= 1;
            }
            // (a body in lowercase words before its place: "the foreign ministry
            // of neighbouring Sarn" is not Sarn)
            let of_place = (b.saturating_sub(2).max(lo)..b).any(|x| s.is(x, "of"));
            let capitalized = || {
                let source = names::analyze(s.text, &s.toks[b..e], &self.registry, b == lo)
                    .filter(|i| matches!(i.class, NpClass::Person | NpClass::Org))?;
                Some(called_attr(s, hi, i, k, q, source))
            };
            let named = b < e && s.toks[b].cap;
            if named && !of_place {
                return capitalized();
            }
            // ("condemned by the foreign ministry of neighbouring Sarn, which
            // called it \"...\"": a body in lowercase words, after its "by" or
            // "from")
            if let Some(x) = (e.saturating_sub(9).max(lo)..e.saturating_sub(1))
                .rev()
                .find(|&x| matches!(s.lw(x), "by" | "from") && !s.toks[x].quoted)
                && (x + 1..e).all(|y| s.toks[y].word && !s.toks[y].quoted)
                && lexicon::determiner(s.lw(x + 1))
            {
                let source = names::analyze(s.text, &s.toks[x + 1..e], &self.registry, false)
                    .filter(|i| matches!(i.class, NpClass::Org | NpClass::OrgShort))?;
                return Some(called_attr(s, hi, i, k, q, source));
            }
            return if named { capitalized() } else { None };
        }
        let (ns, ne) = if overheard(s, i) {
            // ("Minister Petr Holm was heard calling the protest \"a circus\"")
            subject_left(s, lo, i - 2)?
        } else if participle {
            clause_subject(s, lo, i - 1)?
        } else {
            subject_left(s, lo, i)?
        };
        // ("In a later post she called them ...", "On Monday he called it ...": a
        // pronoun after an opening phrase without its comma)
        let opened = ne == ns + 1
            && lexicon::pronoun(s.lw(ns))
            && (lexicon::preposition(s.lw(lo)) || lexicon::opening_word(s.lw(lo)));
        if ne <= ns || ns > lo + 1 && !before_is_break(s, lo, ns) && !opened {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, ns == lo)?;
        // (a document too: 'The statement called the budget "a win"')
        if source.class == NpClass::Unnamed
            && !lexicon::unnamed_head(s.lw(ne - 1))
            && (s.toks[ne - 1].quoted || !lexicon::single_document(s.lw(ne - 1)))
        {
            return None;
        }
        Some(called_attr(s, hi, i, k, q, source))
    }

    /// `The plan was described by one official as "a disaster."`, `was called "a
    /// disaster" by one official`: the words in quotes are the one's after `by`
    /// (verb at token i).
    fn called_quote_passive(&self, s: &Sent, hi: usize, i: usize) -> Option<Attr> {
        let (k, (ns, ne)) = if s.is(i + 1, "by") {
            // "described by one official as "a disaster""
            let (ns, ne) = np_right(s, i + 2, hi);
            if ne <= ns || !s.is(ne, "as") || ne + 1 >= hi || !s.toks[ne + 1].quote_mark {
                return None;
            }
            (ne + 1, (ns, ne))
        } else if i + 1 < hi && s.toks[i + 1].quote_mark {
            // "called "a disaster" by one official"
            let close = (i + 2..hi).find(|&x| s.toks[x].quote_mark)?;
            if !s.is(close + 1, "by") {
                return None;
            }
            (i + 1, np_right(s, close + 2, hi))
        } else {
            return None;
        };
        if ne <= ns {
            return None;
        }
        let q = *s.quotes.iter().find(|q| q.0 == s.toks[k].end)?;
        // (a nickname is no claim: 'who was called "Ivo" by friends')
        s.text[q.0..q.1].split_whitespace().nth(1)?;
        let source = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)?;
        Some(called_attr(s, hi, i, k, q, source))
    }

    /// `As Dall put it, "This is a bad deal."`: the speaker in the opening clause,
    /// the content after its comma.
    /// Whose claim or view a possessive names (tokens ns..ne): "his" (as the
    /// pronoun "he", resolved later), "Tamm's", "the minister's".
    fn holder(&self, s: &Sent, ns: usize, ne: usize) -> Option<NpInfo> {
        match lexicon::subject_pronoun(s.lw(ns)).filter(|_| ne == ns + 1) {
            Some(p) => Some(names::pronoun_source(
                p.to_string(),
                toks_mention(s, ns, ne),
            )),
            None => names::analyze(s.text, &s.toks[ns..ne], &self.registry, false),
        }
    }

    /// The news outlet or state medium tokens ns..ne name, if they name one (who
    /// saw or obtained a document: "seen by the Selm Herald").
    fn outlet(&self, s: &Sent, ns: usize, ne: usize) -> Option<NpInfo> {
        (ne > ns)
            .then(|| names::analyze(s.text, &s.toks[ns..ne], &self.registry, false))
            .flatten()
            .filter(|v| {
                matches!(
                    v.source.kind,
                    SourceKind::NewsOutlet | SourceKind::StateMedia
                )
            })
    }

    /// `She cited a study by Northfield University that found C`: the study's
    /// maker (or the study) speaks, and the one who cited it relays it.
    fn cited_finding(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        // (a byte search first: most sentences cite nothing)
        let bytes = &s.lower.as_bytes()[s.start..s.end];
        // ("touted a study by the institute showing C")
        // ("pointed to a study showing C")
        if finder!(b" cit").find(bytes).is_none()
            && finder!(b" tout").find(bytes).is_none()
            && finder!(b" point").find(bytes).is_none()
        {
            return None;
        }
        // ("pointed us to a police report showing C": whom it was shown)
        let shown = |c: usize| {
            usize::from(matches!(
                s.lw(c + 1),
                "us" | "me" | "reporters" | "journalists" | "them"
            ))
        };
        let c = (lo + 1..hi.saturating_sub(5)).find(|&c| {
            (matches!(s.lw(c), "cited" | "cites" | "citing" | "touted" | "touts")
                || matches!(s.lw(c), "pointed" | "points" | "pointing")
                    && s.is(c + 1 + shown(c), "to"))
                && !s.toks[c].quoted
        })?;
        // (the document's first word: after "to" for "pointed to")
        let c2 = c + shown(c);
        let o = if s.is(c2 + 1, "to") { c2 + 2 } else { c + 1 };
        if !matches!(
            s.lw(o),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "new"
        ) {
            return None;
        }
        // the document, its maker after "by", then "that" and a finding verb
        let d = (o + 1..hi.min(o + 5)).find(|&d| lexicon::document_word(s.lw(d)))?;
        if !(o + 1..d).all(|x| s.toks[x].word && !s.toks[x].quoted) {
            return None;
        }
        // ("a study showing C": the participle without "that")
        let t = (d + 1..hi.min(d + 9)).find(|&t| {
            // ("an audit which found that C")
            matches!(s.lw(t), "that" | "which")
                || matches!(s.lw(t), "showing" | "finding" | "concluding")
        })?;
        let f = if matches!(s.lw(t), "that" | "which") {
            t + 1
        } else {
            t
        };
        if !matches!(
            s.lw(f),
            "showing"
                | "finding"
                | "concluding"
                | "found"
                | "finds"
                | "showed"
                | "shows"
                | "concluded"
                | "concludes"
                | "estimated"
                | "estimates"
                | "said"
                | "says"
        ) || f + 3 >= hi
        {
            return None;
        }
        // ("a poll released this month by Carver College that found C": the
        // maker after the participle and its time)
        let by = (d + 1..t.min(d + 6)).find(|&b| s.is(b, "by")).filter(|&b| {
            b + 1 < t
                && (d + 1..b).all(|x| s.toks[x].word && !s.toks[x].cap && !s.toks[x].quoted)
                && (b == d + 1 || s.lw(d + 1).ends_with("ed"))
        });
        let maker = if let Some(b) = by {
            names::analyze(s.text, &s.toks[b + 1..t], &self.registry, false)
        } else {
            names::analyze(s.text, &s.toks[o..d + 1], &self.registry, false)
        }?;
        let a = if s.is(f + 1, "that") { f + 2 } else { f + 1 };
        // the one who cited it: the clause's subject before the verb
        let (ns, ne) = if s.lw(c) == "citing" && c > lo + 1 && s.comma(c - 1) {
            clause_subject(s, lo, c - 1)?
        } else {
            subject_left(s, lo, c)?
        };
        let citer = self.holder(s, ns, ne)?;
        let mut attr = attr_to_end(s, a, hi, toks_mention(s, c, c + 1), maker)?;
        attr.via.push(citer);
        Some(attr)
    }

    /// `For Stark, the answer is simple: C`: the one the sentence opens on
    /// holds the view after the colon.
    fn for_holder_colon(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        if !s.is(lo, "for") || !s.toks[lo].cap || hi < lo + 8 {
            return None;
        }
        let name_at = |a: usize, b: usize| {
            (a..b).all(|k| s.toks[k].cap && s.toks[k].word && !s.toks[k].quoted)
        };
        let mut e = (lo + 2..hi.min(lo + 7)).find(|&k| s.comma(k))?;
        let mut ns = lo + 1;
        if !(e < lo + 5 && name_at(lo + 1, e)) {
            // ("For the committee's chair, opposition lawmaker Jana Kral, the
            // question is simple: ...": the name in the aside)
            let e2 = (e + 2..hi.min(e + 7)).find(|&k| s.comma(k))?;
            if !(s.is(lo + 1, "the") && e2 >= e + 3 && name_at(e2 - 2, e2)) {
                return None;
            }
            (ns, e) = (e + 1, e2);
        }
        let mut k = e + 1;
        if !s.is(k, "the")
            || !matches!(
                s.lw(k + 1),
                "answer"
                    | "solution"
                    | "problem"
                    | "issue"
                    | "lesson"
                    | "fix"
                    | "message"
                    | "question"
            )
            || !matches!(s.lw(k + 2), "is" | "was")
        {
            return None;
        }
        k += 3;
        if matches!(
            s.lw(k),
            "simple" | "clear" | "obvious" | "straightforward" | "plain"
        ) {
            k += 1;
        }
        if !s.is(k, ":") || k + 2 >= hi {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[ns..e], &self.registry, false)
            .filter(|i| matches!(i.class, NpClass::Person | NpClass::Org))?;
        attr_to_end(s, k + 1, hi, toks_mention(s, lo, lo + 1), source)
    }

    /// "In the view of Ruth Tamm, an economist, C", "In Tamm's view, C", "In his
    /// telling, C", "In the words of one economist, C" (and "By her account,
    /// C"): whose view the sentence gives.
    fn in_view_of(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        // (also "By her account, C", "By the union's count, C")
        let by = s.is(lo, "by");
        if !(s.is(lo, "in") || by) || hi < lo + 6 || s.toks[lo].quoted {
            return None;
        }
        let view_noun = |w: &str| {
            if by {
                return matches!(w, "account" | "count" | "estimate" | "reckoning" | "tally");
            }
            view_word(w)
        };
        // (ns..ne) names the holder; `a` is the comma before the content
        let (ns, ne, a) = if s.is(lo + 1, "the") && view_noun(s.lw(lo + 2)) && s.is(lo + 3, "of") {
            let (ns, ne) = np_right(s, lo + 4, hi);
            (ns, ne, ne)
        } else if matches!(s.lw(lo + 1), "his" | "her" | "their" | "its") && view_noun(s.lw(lo + 2))
        {
            (lo + 1, lo + 2, lo + 3)
        } else if by
            && matches!(s.lw(lo + 1), "his" | "her" | "their" | "its")
            && s.is(lo + 2, "own")
            && view_noun(s.lw(lo + 3))
        {
            // ("By his own account, C")
            (lo + 1, lo + 2, lo + 4)
        } else if matches!(s.lw(lo + 1), "his" | "her" | "their")
            && s.is(lo + 2, "own")
            && s.is(lo + 3, "words")
        {
            // ("In his own words: \"I made a mistake.\"")
            (lo + 1, lo + 2, lo + 4)
        } else {
            // "In Tamm's view", "In the minister's telling"
            let v = (lo + 2..hi.min(lo + 7)).find(|&v| view_noun(s.lw(v)))?;
            // ("By Rud's own account": the owner before "own")
            let (v, a) = if by && s.is(v - 1, "own") && v > lo + 2 {
                (v - 1, v + 1)
            } else {
                (v, v + 1)
            };
            let owner = s.lw(v - 1);
            let (ns, ne) = if owner == "s" && (s.is(v - 2, "'") || s.is(v - 2, "’")) {
                (lo + 1, v - 2)
            } else if names::possessive(owner) {
                (lo + 1, v)
            } else {
                return None;
            };
            (ns, ne, a)
        };
        // ("In Ms. Strand's telling": a title's abbreviation point)
        if ne <= ns
            || !(lo + 1..ne).all(|x| {
                s.toks[x].word && !s.toks[x].quoted
                    || s.is(x, "'")
                    || s.is(x, ".") && x > lo + 1 && s.toks[x - 1].cap
            })
        {
            return None;
        }
        // (a colon before the words too: 'In her words: "..."')
        if !(s.comma(a) || s.is(a, ":") && s.toks.get(a + 1).is_some_and(|t| t.quote_mark)) {
            return None;
        }
        let mut source = self.holder(s, ns, ne)?;
        // ("In the view of Ruth Tamm, an economist at the school, C")
        let mut start = a + 1;
        if let Some((ra, rb)) = role_after(s, a).filter(|&(_, rb)| s.comma(rb)) {
            if source.class == NpClass::Person {
                apply_appositive(s, &mut source, ra, rb);
            }
            start = rb + 1;
        }
        // (the cue: "In the view of", "In her view", "In Ms. Strand's telling")
        let cue_end = if s.is(lo + 1, "the") && s.is(lo + 3, "of") {
            lo + 3
        } else {
            a
        };
        attr_to_end(s, start, hi, toks_mention(s, lo, cue_end), source)
    }

    /// `Kremvar-1 showed footage of tanks, which it said had been filmed on
    /// Thursday`: the speaker of a relative clause's `which it said` (or `which
    /// she said`) is the main clause's subject, when it is of the pronoun's sort.
    fn relative_pronoun_subject(&self, s: &Sent, attr: &Attr) -> Option<NpInfo> {
        let m = attr.source.source.mention.as_ref()?;
        let p = s.toks.iter().position(|t| t.start == m.start)?;
        if p < 4 || !s.is(p - 1, "which") || !s.comma(p - 2) || s.toks[p - 2].quoted {
            return None;
        }
        let it = m.text.eq_ignore_ascii_case("it");
        let person = m.text.eq_ignore_ascii_case("he") || m.text.eq_ignore_ascii_case("she");
        let (a, b) = clause_subject(s, 0, p - 2)?;
        // (the subject's own verb follows it: "Kremvar-1 showed")
        if b >= p - 2 || !s.toks[b].word || s.toks[b].cap || s.toks[b].quoted {
            return None;
        }
        names::analyze(s.text, &s.toks[a..b], &self.registry, a == 0).filter(|i| {
            if it {
                matches!(i.class, NpClass::Org | NpClass::OrgShort) && !i.source.kind.is_person()
            } else {
                person && i.class == NpClass::Person
            }
        })
    }

    /// The one person a clause names with a full name ("The opposition accused
    /// Housing Minister Carla Brenn of misleading parliament"), if only one.
    fn lone_person(&self, s: &Sent) -> Option<NpInfo> {
        let p = s.toks.len();
        let mut found: Option<NpInfo> = None;
        let mut k = 0;
        while k < p {
            if !(s.toks[k].word && s.toks[k].cap && !s.toks[k].quoted) {
                k += 1;
                continue;
            }
            let a = k;
            while k < p && s.toks[k].word && s.toks[k].cap && !s.toks[k].quoted {
                k += 1;
            }
            if k - a < 2 {
                continue;
            }
            if let Some(info) = names::analyze(s.text, &s.toks[a..k], &self.registry, a == 0)
                .filter(|i| i.class == NpClass::Person && i.source.name.contains(' '))
            {
                if found.is_some() {
                    return None;
                }
                found = Some(info);
            }
        }
        found
    }

    fn as_put_it(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        // ("But, as she put it, ...": an opening conjunction first)
        let lo = if matches!(s.lw(lo), "but" | "and" | "yet" | "still" | "or") {
            if s.comma(lo + 1) { lo + 2 } else { lo + 1 }
        } else {
            lo
        };
        if !s.is(lo, "as") {
            return self.as_put_aside(s, lo, hi);
        }
        if hi < lo + 6 {
            return None;
        }
        // ("As Holt sees it, C", "As the minister tells it, C": a telling too;
        // "As one engineer who has worked on the dam put it, C": a long teller)
        let p = (lo + 2..hi.min(lo + 13)).find(|&p| {
            matches!(s.lw(p), "put" | "sees" | "saw" | "tells" | "told") && s.is(p + 1, "it")
        })?;
        // ("As Mayor Korv put it in a debate last week, ...": where and when)
        let mut a = skip_occasion(s, p + 2, hi);
        // ("As one backbencher, Nils Brand, put it, ...": the name set off after
        // the description, which gives the role)
        let named = (lo + 2..p.saturating_sub(2))
            .find(|&c| s.comma(c))
            .filter(|&c| {
                s.comma(p - 1)
                    && c + 2 < p
                    && (c + 1..p - 1).all(|k| s.toks[k].word && s.toks[k].cap && !s.toks[k].quoted)
                    && (lo + 1..c).all(|k| s.toks[k].word && !s.toks[k].quoted)
            });
        // (a comma or a colon before the words: 'As one economist put it: "..."')
        if !(s.comma(a) || s.is(a, ":"))
            || named.is_none() && (lo + 1..p).any(|k| !s.toks[k].word || s.toks[k].quoted)
        {
            return None;
        }
        a += 1;
        let source = match named {
            Some(c) => {
                let mut info = names::analyze(s.text, &s.toks[c + 1..p - 1], &self.registry, false)
                    .filter(|i| i.class == NpClass::Person)?;
                apply_appositive(s, &mut info, lo + 1, c);
                info
            }
            None => names::analyze(s.text, &s.toks[lo + 1..p], &self.registry, false)?,
        };
        attr_to_end(s, a, hi, toks_mention(s, p, p + 2), source)
    }

    /// `The result, as one diplomat put it, was "a truce"`, `C, as Holt sees it.`:
    /// a telling set off inside or after its content is the teller's.
    fn as_put_aside(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let (m, p) = (lo + 1..hi.saturating_sub(4)).find_map(|m| {
            // (the comma may close a quote: '"a truce, not a peace," as one')
            let opens = s.comma(m) && !s.toks[m].quoted || s.toks[m].quote_mark && s.comma(m - 1);
            if !(opens && s.is(m + 1, "as")) {
                return None;
            }
            (m + 3..hi.min(m + 9))
                .take_while(|&p| s.toks[p].word && !s.toks[p].quoted)
                .find(|&p| {
                    matches!(s.lw(p), "put" | "sees" | "saw" | "tells" | "told")
                        && s.is(p + 1, "it")
                })
                .map(|p| (m, p))
        })?;
        let a = skip_occasion(s, p + 2, hi);
        let source = names::analyze(s.text, &s.toks[m + 2..p], &self.registry, false)?;
        set_off_attr(s, lo, hi, m, a, toks_mention(s, p, p + 2), source)
    }

    /// `C, in Holt's view.`, `The tax, in Holt's telling, would hurt farmers`: a
    /// view named after its content (or inside it) is the owner's.
    fn view_aside(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let (m, v) = (lo + 1..hi.saturating_sub(3)).find_map(|m| {
            // (the comma may close a quote: 'is "dead on arrival," in Holt's
            // words')
            let closes_quote = s.toks[m].quote_mark && s.comma(m - 1);
            if !(s.is(m + 1, "in") && (s.comma(m) && !s.toks[m].quoted || closes_quote)) {
                return None;
            }
            (m + 3..hi.min(m + 6))
                .find(|&v| view_word(s.lw(v)))
                .map(|v| (m, v))
        })?;
        // ("..., in the words of one senator.": the owner after "of")
        let words_of =
            v == m + 3 && s.is(m + 2, "the") && s.is(v, "words") && s.is(v + 1, "of") && v + 2 < hi;
        if words_of {
            let mut e = hi;
            while e > v + 2 && s.punct(e - 1) {
                e -= 1;
            }
            let (a, b) = trim_span(s.text, s.toks[lo].start, s.toks[m].end, false);
            if e <= v + 2 || (lo..m).filter(|&k| s.toks[k].word).count() < 3 || b <= a {
                return None;
            }
            let source = names::analyze(s.text, &s.toks[v + 2..e], &self.registry, false)?;
            return Some(Attr::plain(
                vec![(a, b)],
                reported_kind(&s.toks[lo..m]),
                toks_mention(s, m + 1, v + 2),
                source,
                (lo, m),
            ));
        }
        let (ns, ne) = owner_span(s, m + 2, v - 1)?;
        if ns != m + 2 {
            return None;
        }
        let source = self.holder(s, ns, ne)?;
        set_off_attr(s, lo, hi, m, v + 1, toks_mention(s, m + 1, v + 1), source)
    }

    /// `X defended the tax, saying (that) C`: the sentence's subject said C.
    fn saying_clause(&self, s: &Sent, lo: usize, hi: usize) -> Option<Attr> {
        let k = (lo + 2..hi).find(|&i| s.is(i, "saying") && s.comma(i - 1) && !s.toks[i].quoted)?;
        // the subject: the words before the first verb of the sentence
        let list_end = name_list_end(s, lo, k);
        let mut e = lo;
        while e < k
            && (s.toks[e].word
                || matches!(s.lw(e), "'" | "’" | "-")
                // ("Holt, Lind and Vane issued a statement, saying": a list of
                // names)
                || list_end.is_some_and(|x| e <= x && s.is(e, ",")))
            && (s.toks[e].cap || !s.toks[e].word || !lexicon::clause_verb(s.lw(e)))
            && !lexicon::np_boundary(s.lw(e))
        {
            e += 1;
        }
        if e == lo || e - lo > 8 || e >= k {
            return None;
        }
        let source = names::analyze(s.text, &s.toks[lo..e], &self.registry, true)?;
        let mut a = k + 1;
        while a < hi && (s.is(a, "that") || s.comma(a)) {
            a += 1;
        }
        attr_to_end(s, a, hi, toks_mention(s, k, k + 1), source)
    }

    /// `content, X said [tail]` / `content, said X` / `content, according to X`.
    fn backward(&self, s: &Sent, lo: usize, hi: usize, c: &Cue) -> Option<Attr> {
        // ", telling reporters that ...": the content follows
        // (", saying he ignored warnings.": a participle never follows its content
        // with the speaker after it)
        if !c.according && (matches!(s.lw(c.i), "telling" | "saying") || participle_cue(s, c)) {
            return None;
        }
        // "According to one person, the minister shouted at aides": what stands
        // before a later verb is the according-to phrase, no content
        if !c.according && s.is(lo, "according") && s.is(lo + 1, "to") && !s.toks[lo].quoted {
            return None;
        }
        // ("Stressing that the country would not back down, he vowed to fight on":
        // the opening participle's clause is read on its own)
        if !c.according
            && s.is(lo + 1, "that")
            && (lexicon::that_participle(s.lw(lo)) || s.is(lo, "saying"))
        {
            return None;
        }
        // ("Speaking at a rally, the governor vowed to cut taxes": a promise's
        // infinitive follows it; what opened the sentence is the occasion)
        if matches!(
            s.lw(c.i),
            "vowed" | "vows" | "pledged" | "pledges" | "promised" | "promises"
        ) && s.is(c.j, "to")
            && c.j + 1 < hi
            && s.toks[c.j + 1].word
            && !s.toks[c.j + 1].cap
            && !s.toks[c.j].quoted
            // (not a listener: "vowed to supporters", "promised to the crowd")
            && {
                let w = s.lw(c.j + 1);
                !lexicon::determiner(w)
                    && !lexicon::pronoun(w)
                    && !matches!(w, "them" | "him" | "her" | "us" | "me" | "you" | "everyone")
                    && (!w.ends_with('s') || w.ends_with("ss"))
            }
        {
            return None;
        }
        // "On crime, Blom accused Varga of cutting ...": an accusation names its
        // target after the verb, and what it charges after that
        if matches!(s.lw(c.i), "accused" | "accuses" | "accuse")
            && c.j < hi
            && s.toks[c.j].word
            && !s.toks[c.j].quoted
        {
            return None;
        }
        let mut appositive: Option<(usize, usize)> = None;
        let mut maker_lead: Option<usize> = None;
        let (src_range, after) = if c.according {
            let (ns, ne) = np_right(s, c.j, hi);
            // (", according to a draft seen by the Ledger and two people briefed
            // on the plan": the document, up to who saw it)
            let ne = (ns + 1..ne)
                .find(|&p| {
                    matches!(s.lw(p), "seen" | "obtained" | "reviewed" | "viewed")
                        && s.is(p + 1, "by")
                        // (not "obtained by this newspaper": the article's own)
                        && !matches!(s.lw(p + 2), "this" | "us")
                        && (ns..p).any(|x| lexicon::document_word(s.lw(x)))
                })
                .unwrap_or(ne);
            if ne <= ns {
                return None;
            }
            // "content, according to X"
            if c.i == lo || !before_is_break(s, lo, c.i) {
                return None;
            }
            // ("Her pitch, according to three lawmakers who have heard it: C":
            // the content follows the colon)
            if colon_after_source(s, ne, hi).is_some() {
                return None;
            }
            // "according to preliminary results published by the Central Election
            // Commission": the body that put the document out
            // (also "data released on Tuesday by the statistics office": figures,
            // and when before the maker)
            let by = (ns + 1..(ne + 1).min(hi.saturating_sub(2))).find_map(|p| {
                if !(matches!(s.lw(p - 1), "results" | "data" | "figures" | "statistics")
                    && matches!(s.lw(p), "published" | "released" | "issued" | "compiled"))
                {
                    return None;
                }
                let mut b = p + 1;
                while b < hi
                    && b < p + 5
                    && (matches!(s.lw(b), "on" | "last" | "this" | "earlier")
                        || lexicon::weekday(s.lw(b))
                        || lexicon::time_word(s.lw(b)))
                {
                    b += 1;
                }
                (s.is(b, "by") && b + 1 < hi).then_some(b)
            });
            // (the maker's own phrase when the reading stopped at the participle)
            let by = by.map(|b| {
                let e = if b + 1 < ne {
                    ne
                } else {
                    np_right(s, b + 1, hi).1
                };
                (b, e)
            });
            // (", according to the national grid operator, GridVal.": the name
            // set off after its description)
            let named = name_set_off(s, ne, hi);
            match (by, named) {
                (Some((b, e)), _) => ((b + 1, e), e),
                (None, Some(e)) => ((ne + 1, e), e),
                (None, None) => match made_by(s, ns, ne, hi) {
                    Some((d, p, close)) => ((d, p), close),
                    None => ((ns, ne), source_relative_end(s, ne, hi).unwrap_or(ne)),
                },
            }
        } else if let Some((ns, ne)) = c.subject(s, lo).filter(|&(ns, _)| {
            // ("C, as the Fiscal Council showed in its report": "as" between the
            // comma and the speaker; not "as economists had predicted")
            let ns = if as_before_speaker(s, lo, ns, c.i) {
                ns - 1
            } else {
                ns
            };
            !s.is(ns, "something")
                // ("C, a view most economists reject": the article's note, no speaker)
                && !note_before_speaker(s, lo, ns, hi)
                && (ns > lo && before_is_break(s, lo, ns) && !before_is_break(s, lo, c.i)
                    || ns > lo
                        && before_is_break(s, lo, ns)
                        && s.comma(c.i - 1)
                        && (s.toks[ns..c.i].iter().any(|t| t.cap)
                        // ", a police spokesman, who declined to be named, told"
                        || (ns..c.i).any(|k| matches!(s.lw(k), "who" | "which" | "whose"))))
        }) {
            // ("The main opponent, Senator Grant Hoyle, said A and vowed to B":
            // a second verb of the speaker's, whose "subject" holds the first cue;
            // the words before the name are no content)
            if (ns..c.i).any(|k| {
                s.flags[k] & lexicon::F_CUE_START != 0
                    && !s.toks[k].quoted
                    && lexicon::says_past(s.lw(k))
            }) {
                return None;
            }
            // ("Now, with unemployment rising, many economists say C": an
            // absolute phrase before the subject is no content)
            if ns >= lo + 4 && s.comma(ns - 1) && s.lw(ns - 2).ends_with("ing") && {
                let w = (lo..ns - 1).find(|&k| s.is(k, "with"));
                w.is_some_and(|w| {
                    w + 6 >= ns
                        && (lo..w)
                            .all(|k| s.comma(k) || lexicon::opening_word(s.lw(k)) || s.is(k, "now"))
                })
            } {
                return None;
            }
            // ("One of the banks, Kessbank, said in a statement to Northwire that
            // C": the words before the name are its description, the content
            // follows the occasion)
            // (not the occasion's own "that": "told employees in a memo on
            // Tuesday that was viewed by the Ledger")
            if (c.j..hi.min(c.j + 10))
                .take_while(|&k| !s.comma(k) && !s.toks[k].quoted)
                .any(|k| s.is(k, "that") && !occasion_that(s, k))
                && !(lo..ns).any(|k| s.toks[k].quoted || s.toks[k].quote_mark)
            {
                return None;
            }
            // "content," X, 58, said / "content," his sister, Mila Dor, told ...
            let mut after = c.j;
            if c.class == CueClass::Tell {
                after = skip_listener(s, after, hi);
            }
            ((ns, ne), after)
        } else if before_is_break(s, lo, c.i)
            && c.class != CueClass::Tell
            // ("..., urged both sides to ...": a verb with an object does not
            // invert; what follows it is whom it urged)
            && !matches!(
                s.lw(c.i),
                "urged"
                    | "urges"
                    | "called"
                    | "calls"
                    | "accused"
                    | "accuses"
                    | "blamed"
                    | "blames"
                    | "demanded"
                    | "demands"
                    | "denied"
                    | "denies"
                    | "asked"
                    | "asks"
                    | "vowed"
                    | "pledged"
                    | "promised"
            )
        {
            // inverted: ", said X" (never ", told X": X is the listener)
            let (ns, ne) = np_right(s, c.j, hi);
            // (no "that" clause is a speaker: "Data published by the company,
            // Linjebuss, show that the number fell from 14,200 ...")
            if ne <= ns || s.is(ns, "that") {
                return None;
            }
            // "Kellco, a firm that tracks ads, said the spot ran 900 times": the
            // sentence opens with the speaker and an aside, read forward
            // (also after an opening conjunction: "But a Velmar official,
            // speaking on condition of anonymity, said C")
            if c.subject(s, lo).is_some_and(|(a, b)| {
                (a == lo || a == lo + 1 && matches!(s.lw(lo), "but" | "and" | "yet" | "still"))
                    && b + 1 < c.i
            }) {
                return None;
            }
            // "Keshi's deputy ambassador, Ivo Marek, said the text ignored ...":
            // names and office words alone before the cue are its subject, no
            // content (the words after "said" had become the speaker)
            if (lo..c.i).filter(|&k| s.toks[k].word).all(|k| {
                let w = s.lw(k);
                !s.toks[k].quoted
                    && (s.toks[k].cap || lexicon::title_word(w) || lexicon::determiner(w))
            }) {
                return None;
            }
            // ("The transit board's chairman, Leo Brandt, said the agency faced
            // a shortfall": a name set off, no verb and no quote before the cue,
            // so no content; not "Not so fast, said the chairman")
            if (lo..c.i.saturating_sub(2)).any(|k| s.comma(k))
                && !(lo..c.i).any(|k| {
                    let w = s.lw(k);
                    s.toks[k].quoted
                        || s.toks[k].quote_mark
                        || !s.toks[k].cap
                            && !names::possessive(w)
                            && (lexicon::finite_verb_like(w) || lexicon::auxiliary(w))
                })
            {
                return None;
            }
            // "Vinn, however, said the talks were over": what follows is the
            // content's subject and its verb, not a speaker
            if ne < hi && lexicon::clause_verb(s.lw(ne)) {
                return None;
            }
            // ("A student who gave only her first name, Mila, said a man next to
            // her was shot": the clause's auxiliary a few words on)
            if (ne..hi.min(ne + 4))
                .take_while(|&k| {
                    s.toks[k].word && !matches!(s.lw(k), "who" | "which" | "that" | "whose")
                })
                .any(|k| !s.toks[k].cap && lexicon::auxiliary(s.lw(k)))
            {
                return None;
            }
            // ", said Rosa Lind, head of the authority."
            let mut after = ne;
            let mut src = (ns, ne);
            if s.comma(ne) {
                let mut e2 = ne + 1;
                while e2 < hi && !s.comma(e2) && !s.end_punct(e2) && !s.toks[e2].quote_mark {
                    e2 += 1;
                }
                let seg = ne + 1..e2;
                let plain = !seg.is_empty()
                    && e2 - ne <= 14
                    && seg.clone().all(|k| {
                        let w = s.lw(k);
                        // ("head of commodities research": a plural after a
                        // preposition is a noun, no verb)
                        let noun_after_preposition =
                            k > ne + 1 && matches!(s.lw(k - 1), "of" | "for" | "in" | "at");
                        // ("president of the state workers' union", "of the
                        // teachers union": a plural in the phrase after "of")
                        let plural_in_phrase = w.ends_with('s')
                            && (ne + 1..k).any(|x| matches!(s.lw(x), "of" | "for"))
                            && !(ne + 1..k).any(|x| matches!(s.lw(x), "who" | "which"));
                        lexicon::cue_verb(w).is_none()
                            && w != "that"
                            && (!lexicon::finite_verb_like(w)
                                || s.toks[k].cap
                                || noun_after_preposition
                                || plural_in_phrase)
                            || lexicon::title_word(w)
                            || lexicon::head_kind(w).is_some()
                    });
                if plain {
                    appositive = Some((ne + 1, e2));
                    after = e2;
                    // (more of the same after the first: ", Mira Sten, 45, of
                    // Dalby.", "Ivo Lund, 61, a retired teacher.")
                    while s.comma(after) && after + 1 < hi {
                        // (and a relative clause on them to the end: ", who asked
                        // that her name not be used")
                        if s.is(after + 1, "who") {
                            break;
                        }
                        let mut e3 = after + 1;
                        while e3 < hi && !s.comma(e3) && !s.end_punct(e3) && !s.toks[e3].quote_mark
                        {
                            e3 += 1;
                        }
                        let seg = after + 1..e3;
                        let closes =
                            e3 >= hi || s.rest_is_punct(e3) || s.comma(e3) && s.is(e3 + 1, "who");
                        let age =
                            e3 == after + 2 && s.lw(after + 1).bytes().all(|b| b.is_ascii_digit());
                        let from = matches!(s.lw(after + 1), "of" | "from")
                            && e3 > after + 2
                            && seg.clone().skip(1).all(|k| s.toks[k].word && s.toks[k].cap);
                        let who = matches!(s.lw(after + 1), "a" | "an")
                            && e3 - after <= 7
                            && seg.clone().skip(1).all(|k| {
                                s.toks[k].word
                                    && !s.toks[k].quoted
                                    && lexicon::cue_verb(s.lw(k)).is_none()
                                    && (!lexicon::finite_verb_like(s.lw(k)) || s.toks[k].cap)
                            });
                        if !(closes && (from || who) || age && (closes || s.comma(e3))) {
                            break;
                        }
                        after = e3;
                    }
                    // ", said a spokesman for Premier Oren Valk, Dirk Maas.": the
                    // name after the descriptor is the speaker, the descriptor the role
                    // (also one of many: 'said one survivor, 34-year-old Amal
                    // Haddad', 'said a resident, Omar Lutz, 45')
                    let aged = s.lw(ne + 1).ends_with("-year-old");
                    let name_from = if aged { ne + 2 } else { ne + 1 };
                    // (also "Dr. Mia Sorensen of Selm University": an
                    // abbreviated title's point, and where the one named is from)
                    let of_at = (name_from + 2..e2.saturating_sub(1)).find(|&p| s.is(p, "of"));
                    let name_end = match of_at {
                        Some(p)
                            if e2 - name_from <= 10
                                && (p + 1..e2)
                                    .all(|k| s.toks[k].cap && s.toks[k].word || s.is(k, "the")) =>
                        {
                            p
                        }
                        _ => e2,
                    };
                    let name_only = name_end > name_from
                        && name_end - name_from <= 5
                        && (name_from..name_end).all(|x| name_token(s, name_from, x));
                    // (also one of a group: 'said one of them, Dana Cole')
                    let one_of = matches!(s.lw(ns), "one" | "another") && s.is(ns + 1, "of");
                    let descriptor = (one_of
                        || (ns..ne).any(|k| {
                            !s.toks[k].cap
                                && (lexicon::title_word(s.lw(k)) || lexicon::unnamed_head(s.lw(k)))
                        }))
                        && !s.toks[ns].cap;
                    if name_only && descriptor {
                        appositive = Some((ns, ne));
                        src = (name_from, name_end);
                        // (the age after the name: ", Omar Lutz, 45.")
                        if s.comma(e2)
                            && e2 + 1 < hi
                            && s.lw(e2 + 1).bytes().all(|b| b.is_ascii_digit())
                            && (e2 + 2 >= hi || s.rest_is_punct(e2 + 2) || s.comma(e2 + 2))
                        {
                            after = e2 + 2;
                        }
                    }
                }
            }
            (src, after)
        } else {
            let (ns, ne) = c.subject(s, lo)?;
            // "C, a survey by the Kessian Institute found.": the document's maker
            // speaks, the document before it is no content
            maker_lead = (ns >= lo + 4 && s.is(ns - 1, "by"))
                .then(|| {
                    (ns.saturating_sub(5).max(lo + 2)..ns - 1).find(|&x| {
                        s.comma(x - 1)
                            && matches!(s.lw(x), "a" | "an" | "the" | "its" | "their")
                            && (x + 1..ns - 1).all(|y| s.toks[y].word && !s.toks[y].cap)
                            && lexicon::document_word(s.lw(ns - 2))
                    })
                })
                .flatten();
            // (", something Velmar denies": what another makes of the words)
            if ns == lo
                || s.is(ns, "something")
                || !before_is_break(s, lo, ns) && maker_lead.is_none()
                || note_before_speaker(s, lo, ns, hi)
            {
                return None;
            }
            let mut after = c.j;
            if c.class == CueClass::Tell {
                after = skip_listener(s, after, hi);
            }
            ((ns, ne), after)
        };
        let subj_start = if c.according || src_range.0 > c.i {
            c.i
        } else if let Some(x) = maker_lead {
            x
        } else {
            // ("C, the Labour MP for Westholm, Ruth Adeyemi, said": the description
            // before the name is no part of the content)
            // (only a description set off by commas of its own)
            // (a name's: "C, the central bank's deputy governor, one of the people
            // said" keeps the description in the content)
            descriptor_before(s, lo, src_range.0)
                .filter(|&(d, _)| d > lo + 1 && s.comma(d - 1) && s.toks[src_range.0].cap)
                .map_or(src_range.0, |(d, _)| d)
        };
        // ("C, as the ministry said": the "as" goes with the speaker)
        let subj_start = if !c.according && as_before_speaker(s, lo, subj_start, c.i) {
            subj_start - 1
        } else {
            subj_start
        };
        // the content: everything before the comma that precedes the attribution
        let mut ce = subj_start;
        while ce > lo && (s.comma(ce - 1) || (s.toks[ce - 1].quote_mark && ce - 1 > lo)) {
            // ('The bridge could fail within "18 months", engineers warned.': the
            // mark that closes a quote opened inside the content stays)
            if s.toks[ce - 1].quote_mark
                && ce >= lo + 3
                && s.toks[ce - 2].quoted
                && !s.toks[lo].quote_mark
                && (lo + 1..ce - 1).any(|k| s.toks[k].quote_mark)
            {
                break;
            }
            ce -= 1;
            if s.toks[ce].quote_mark {
                break;
            }
        }
        if ce <= lo + 1 {
            return None;
        }
        // "In a speech that ran well over an hour, Brannock said, ...": the
        // occasion before the speaker is no content
        if !c.according
            && matches!(s.lw(lo), "in" | "at" | "during")
            && (lo + 1..(lo + 4).min(ce)).any(|k| lexicon::occasion_noun(s.lw(k)))
            && !(lo..ce).any(|k| s.comma(k) || s.toks[k].quoted || s.toks[k].quote_mark)
        {
            return None;
        }
        // "Within an hour, Fosse replied in a video.": an opening phrase of time
        // or place before the speaker is no content
        if ce - lo <= 5
            && !c.according
            && (lexicon::preposition(s.lw(lo))
                || lexicon::intro_word(s.lw(lo))
                || matches!(s.lw(lo), "within" | "by" | "until" | "since"))
            && (lo..ce).all(|k| {
                let w = s.lw(k);
                s.toks[k].word
                    && !s.toks[k].quoted
                    && !lexicon::auxiliary(w)
                    && (s.toks[k].cap || !lexicon::finite_verb_like(w))
            })
        {
            return None;
        }
        // "Asked whether he would run, he said, ...": the question is no content
        let q0 = if matches!(s.lw(lo), "when" | "if" | "after") {
            lo + 1
        } else {
            lo
        };
        if matches!(s.lw(q0), "asked" | "pressed" | "questioned") && !s.toks[lo].quote_mark {
            return None;
        }
        // "The pipeline's main backer, Norvast Energy, said ...": a descriptor set
        // before the name is no content
        if !c.according
            && src_range.0 == ce + 1
            && src_range.1 + 1 == c.i
            && s.comma(src_range.1)
            && ce - lo <= 6
            && (matches!(
                s.lw(lo),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) || s.toks[lo].cap)
            && !s.toks[lo..ce].iter().any(|t| t.quoted || t.quote_mark)
            && !(lo..ce).any(|x| {
                let w = s.lw(x);
                // ("The drivers' union": a plural possessive is no verb)
                let possessive =
                    w.contains(['\'', '’']) || x + 1 < ce && matches!(s.lw(x + 1), "'" | "’");
                !possessive && lexicon::finite_verb_like(w)
            })
        {
            return None;
        }
        // ("..., the audit office found in its report, published on Friday.")
        let after = if lexicon::FINDING_VERBS.contains(&s.lw(c.i)) {
            found_in_document(s, after, hi).unwrap_or(after)
        } else {
            after
        };
        let (tail_ok, citing, extra, trailing_quote) = self.tail(s, after, hi);
        if !tail_ok {
            return None;
        }
        let mut info = names::analyze(
            s.text,
            &s.toks[src_range.0..src_range.1],
            &self.registry,
            src_range.0 == lo,
        )?;
        // (the words before the attribution are the content, none of them a
        // description of the speaker: "... reached by the two heads of state, Lin
        // said" gives Lin no role; one set off by commas of its own is read from
        // where it starts)
        let desc_lo = if c.according {
            c.j
        } else if src_range.0 > c.i {
            lo
        } else {
            subj_start
        };
        describe_source(s, desc_lo, &mut info, src_range, c, appositive);
        // (", according to the national grid operator, GridVal.": the body
        // described before the name gives its kind)
        if c.according
            && src_range.0 >= c.j + 2
            && s.comma(src_range.0 - 1)
            && info.class == NpClass::Person
            && let Some(k) = lexicon::head_kind(s.lw(src_range.0 - 2))
        {
            info.class = NpClass::Org;
            info.source.kind = k;
            info.source.role = None;
        }
        let mut via = Vec::new();
        match citing {
            // the poll's maker replaces the poll
            Some((maker, true)) => info = maker,
            Some((cit, false)) => {
                via.push(info);
                info = cit;
            }
            None => {}
        }
        if let Some(v) = self.medium_via(s, c.j, hi) {
            via.push(v);
        }
        let cue = cue_mention(s, c);
        // Direct quote before the attribution?
        // ("Lind has a different view: the reform, she argues, \"...\"", "What
        // they're saying: ...": the words after a label or a stance's colon;
        // not a clause the colon explains, "X will need a partner: its 41
        // percent ...")
        let content_start_tok = (lo + 2..ce.saturating_sub(2))
            .rev()
            // (not a time's colon, "at 2:15 a.m.")
            .find(|&x| s.is(x, ":") && !s.toks[x].quoted && s.toks[x].end < s.toks[x + 1].start)
            .filter(|&x| {
                x - lo <= 4
                    || (lo..x).any(|k| {
                        matches!(
                            s.lw(k),
                            "view"
                                | "views"
                                | "take"
                                | "position"
                                | "answer"
                                | "response"
                                | "verdict"
                        )
                    })
            })
            .map_or(lo, |x| x + 1);
        let first = s.toks[content_start_tok];
        let cstart = first.start;
        let cend = s.toks[ce - 1].end;
        let mut pieces;
        let quote;
        if let Some(q) = s.quotes.iter().find(|q| {
            q.0 <= cstart + 4
                && q.0 >= s.start
                && q.1 >= cend.saturating_sub(4)
                && q.1 <= s.toks[ce.min(hi - 1)].end + 4
        }) {
            pieces = vec![(q.0, q.1)];
            quote = QuoteKind::Direct;
        } else {
            let (a, b) = trim_span(s.text, cstart, s.toks[ce - 1].end, false);
            pieces = vec![(a, b)];
            quote = reported_kind(&s.toks[content_start_tok..ce]);
        }
        if let Some(tq) = trailing_quote {
            // (a quote after its cue joins the content, quoted or not: 'C,
            // Brandt said, "and no amount of shouting will change that."'; so
            // does the clause after ", but")
            pieces.push(tq);
        }
        Some(Attr {
            pieces,
            quote,
            cue,
            source: info,
            via,
            content_toks: (content_start_tok, ce),
            extra,
        })
    }

    /// `X said (that) content`, `X told Y content`, `According to X, content`.
    fn forward(&self, s: &Sent, lo: usize, hi: usize, c: &Cue) -> Option<Attr> {
        // "Why should voters believe you can fix this?", "Do officials think C?":
        // a question put about what someone thinks claims nothing
        if asks_about_cue(s, lo, hi, c) {
            return None;
        }
        // "Tamsk and Kessland accused each other of ...": two sides' charges at
        // once are the article's account of them
        if (s.is(c.j, "each") && s.is(c.j + 1, "other")
            || s.is(c.j, "one") && s.is(c.j + 1, "another"))
            && matches!(
                s.lw(c.i),
                "accused" | "accuse" | "accuses" | "blamed" | "blame" | "blames"
            )
        {
            return None;
        }
        // ("fined for breaking data rules; the company is appealing": a
        // semicolon right after the cue's word opens no content of it)
        if !c.according && s.is(c.j, ";") {
            return None;
        }
        let mut author = None;
        let (src, mut k) = if c.according {
            // "According to X, content"
            let (ns, mut ne) = np_right(s, c.j, hi);
            if ne <= ns {
                return None;
            }

            let mut comma_at = ne;
            // "According to a poll published by the Centra institute this month,
            // C": the document's description runs to the comma, and its maker
            // speaks through it
            // (also after the document's author: "a report by the audit office
            // published in June")
            let described = (ns + 1..=ne.min(hi - 1)).find(|&p| {
                (lexicon::document_word(s.lw(p - 1))
                    || p == ne && (ns..p).any(|x| lexicon::document_word(s.lw(x))))
                    && matches!(
                        s.lw(p),
                        "published"
                            | "released"
                            | "issued"
                            | "conducted"
                            | "compiled"
                            | "produced"
                            | "commissioned"
                            // ("According to a charging document filed in Selm
                            // District Court, C")
                            | "filed"
                            | "submitted"
                            | "prepared"
                            | "presented"
                            // ("According to court documents unsealed Tuesday, C")
                            | "unsealed"
                            | "obtained"
                            | "seen"
                            | "reviewed"
                            | "made"
                    )
            });
            if let Some(p) = described {
                let close = (p + 1..hi.min(p + 14)).find(|&x| s.comma(x))?;
                if (p + 1..close).any(|x| !s.toks[x].word || s.toks[x].quoted) {
                    return None;
                }
                author = (p + 1..close)
                    .find(|&x| s.is(x, "by"))
                    .map(|b| (b + 1, author_end(s, b, close)))
                    .filter(|&(a, e)| e > a);
                ne = p;
                // ("According to figures the ministry released on Friday, C": the
                // maker before the verb, without "that")
                if author.is_none() {
                    if let Some((d, _, _)) = made_by(s, ns, p, hi) {
                        author = Some((d, p));
                        ne = d;
                    }
                }
                comma_at = close;
            } else if let Some((d, p, close)) = made_by(s, ns, ne, hi) {
                // ("According to figures the ministry released on Friday, C")
                author = Some((d, p));
                ne = d;
                comma_at = close;
            }
            // ("According to a readout of the meeting on Tuesday, C": the time
            // of the document runs to the comma)
            if !s.comma(comma_at) && matches!(s.lw(comma_at), "on" | "in" | "at" | "last" | "this")
            {
                if let Some(x) = (comma_at + 1..hi.min(comma_at + 5)).find(|&x| s.comma(x)) {
                    if (comma_at + 1..x).all(|y| {
                        let w = s.lw(y);
                        s.toks[y].word
                            && !s.toks[y].quoted
                            && (lexicon::weekday(w)
                                || lexicon::month(w)
                                || lexicon::time_word(w)
                                || w.bytes().all(|b| b.is_ascii_digit()))
                    }) {
                        comma_at = x;
                    }
                }
            }
            // ("Her pitch, according to three lawmakers who have heard it: C")
            if !s.comma(comma_at) {
                if let Some(x) = colon_after_source(s, comma_at, hi) {
                    comma_at = x;
                }
            }
            let colon = s.is(comma_at, ":");
            if !s.comma(comma_at) && !colon {
                return None;
            }
            if c.i > lo && !(c.i == lo + 1 && s.punct(lo)) && !before_is_break(s, lo, c.i) {
                return None;
            }
            // "..., according to the poll, conducted by Meridian Research": what
            // follows describes the poll and is no content
            if comma_at + 2 < hi && s.lw(comma_at + 1).ends_with("ed") && s.is(comma_at + 2, "by") {
                return None;
            }
            // "C, according to filings, more than Kessler has raised": a
            // comparison after the source describes C's figure and is no content
            if c.i > lo && comparison_tail(s, comma_at + 1) {
                return None;
            }
            // "According to the ministry, which released the figures on Monday, 40
            // people were killed": the relative clause is skipped
            // (an anonymous source's reason may run long: "who spoke on
            // condition of anonymity because he was not authorized to discuss
            // the matter publicly", as after a closing "according to")
            let mut start = comma_at + 1;
            if matches!(s.lw(start), "which" | "who") {
                let close = (start + 1..hi.min(start + 25)).find(|&x| s.comma(x))?;
                start = close + 1;
            }
            // "C, according to Ida Rask, head of the public sector union.": the
            // source's office in commas is no content (C is, read backward);
            // "According to Ida Rask, head of the union, C": C follows it
            if let Some((_, e)) = role_after(s, comma_at).filter(|&(a, e)| {
                start == comma_at + 1
                    && !matches!(s.lw(a), "the" | "a" | "an")
                    && (a + 1..e).any(|x| matches!(s.lw(x), "of" | "at" | "for"))
                    && !(a..e).any(|x| lexicon::finite_verb_like(s.lw(x)) && !s.toks[x].cap)
            }) {
                if e >= hi || s.rest_is_punct(e) {
                    return None;
                }
                if s.comma(e) {
                    start = e + 1;
                }
            }
            ((ns, ne), start)
        } else {
            let participle = (matches!(s.lw(c.i), "telling" | "saying") || participle_cue(s, c))
                && s.comma_before(c.i)
                || matches!(s.lw(c.i), "saying" | "urging" | "warning") && doc_saying(s, c.i)
                || by_saying(s, lo, c.i);
            let (mut ns, mut ne) = if participle {
                clause_subject(s, lo, c.i - 1)?
            } else {
                c.subject(s, lo)?
            };
            // "Allies of the sitting president, Karl Brenner, argue": the name set
            // off names the president; the allies speak
            if people_around_head(s, lo).is_some_and(|h| {
                ns > h + 2 && s.comma(ns - 1) && !(h + 1..ns - 1).any(|x| s.comma(x))
            }) {
                (ns, ne) = (lo, ns - 1);
            }
            let mut k = c.j;
            if c.class == CueClass::Tell {
                k = skip_listener(s, k, hi);
            }
            ((ns, ne), k)
        };
        // "..., which the governor had vowed to avoid.": the relative pronoun is
        // what was vowed; the few words after the cue are no claim
        // (also when the clause closes and the sentence's own verb follows: "The
        // claim, which Decker repeated at three rallies, is false.")
        if src.0 > lo
            && s.is(src.0 - 1, "which")
            && ((k..hi).filter(|&x| s.toks[x].word).count() <= 3
                || src.0 >= 2
                    && s.comma(src.0 - 2)
                    && (k..hi).any(|m| {
                        s.comma(m)
                            && !s.toks[m].quoted
                            && matches!(
                                s.lw(m + 1),
                                "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will"
                            )
                    }))
        {
            return None;
        }
        // "She did not name the members she said had switched": a relative
        // clause whose content is a verb with no subject of its own
        // (also after a phrase of place: ", below the 95 percent experts say is
        // needed")
        if !c.according
            && k < hi
            && src.0 > lo
            && (s.toks[src.0 - 1].word && !s.toks[src.0 - 1].cap
                || (lexicon::preposition(s.lw(src.0))
                    || matches!(s.lw(src.0), "below" | "above" | "under" | "beyond" | "than"))
                    && !s.toks[src.0].cap)
            && !matches!(s.lw(src.0 - 1), "which" | "that" | "who" | "whom" | "what")
            && !s.toks[k].quoted
            && !s.toks[k].cap
            && matches!(
                s.lw(k),
                "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will"
            )
        {
            return None;
        }
        let mut info = names::analyze(s.text, &s.toks[src.0..src.1], &self.registry, src.0 == lo)?;
        // ("Prices rose 5 percent, suggesting inflation is sticky": only a
        // speaker's suggestion is a claim of theirs, not an event's)
        if s.is(c.i, "suggesting")
            && (info.class == NpClass::Unnamed
                || src.1 == src.0 + 1 && src.0 == lo && lexicon::plural_in_s(s.lw(src.0)))
        {
            return None;
        }
        let mut via = Vec::new();
        // (the maker of the document "according to" names: an outlet that
        // published it relays it)
        if let Some(a) = author
            .and_then(|(a, b)| names::analyze(s.text, &s.toks[a..b], &self.registry, false))
            .filter(|a| !matches!(a.class, NpClass::Pronoun))
        {
            if matches!(
                a.source.kind,
                SourceKind::NewsOutlet | SourceKind::StateMedia
            ) {
                via.push(a);
            } else {
                info = a;
            }
        }
        // ("The memo, seen by the Selm Herald, warns that C": the outlet that
        // saw the document relays it)
        if !c.according
            && s.comma(src.1)
            && matches!(s.lw(src.1 + 1), "seen" | "obtained" | "reviewed")
            && s.is(src.1 + 2, "by")
            && lexicon::document_word(s.lw(src.1 - 1))
        {
            let (ns, ne) = np_right(s, src.1 + 3, c.i);
            if s.comma(ne)
                && let Some(v) = self.outlet(s, ns, ne)
            {
                via.push(v);
            }
        }
        // ("The report, released on Monday by the audit office, found C": the
        // body that released the document speaks through it)
        if !c.according
            && info.class == NpClass::Unnamed
            && s.comma(src.1)
            && (lexicon::document_word(s.lw(src.1 - 1))
                || matches!(
                    s.lw(src.1 - 1),
                    "figures" | "data" | "statistics" | "numbers"
                ))
        {
            // (also "The figures, which were released by the ministry, show")
            let p = if s.is(src.1 + 1, "which") && lexicon::be_finite(s.lw(src.1 + 2)) {
                src.1 + 3
            } else {
                src.1 + 1
            };
            let by = matches!(
                s.lw(p),
                "released" | "published" | "issued" | "compiled" | "produced"
            )
            .then(|| (p + 1..c.i.min(p + 5)).find(|&x| s.is(x, "by")))
            .flatten();
            if let Some(by) = by.filter(|&b| (p + 1..b).all(|x| release_time_word(s.lw(x)))) {
                let (ns, ne) = np_right(s, by + 1, c.i);
                // (its time after it: "by the ministry on Friday,")
                if ne > ns
                    && (s.comma(ne) || s.comma(skip_occasion(s, ne, c.i)))
                    && let Some(owner) =
                        names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
                            // (an outlet that published a poll relays it; its
                            // own report is its own: "The report, published on
                            // Monday by the Lorn Herald, said C")
                            .filter(|o| {
                                !matches!(o.class, NpClass::Pronoun | NpClass::Person)
                                    && (!matches!(
                                        o.source.kind,
                                        SourceKind::NewsOutlet | SourceKind::StateMedia
                                    ) || matches!(
                                        s.lw(src.1 - 1),
                                        "report" | "article" | "investigation" | "story"
                                    ))
                            })
                {
                    info = NpInfo {
                        source: SourceRef {
                            mention: info.source.mention.take(),
                            ..owner.source
                        },
                        class: owner.class,
                    };
                }
            }
        }
        // "Vinn, through a spokesman, denied the report": the relay, not a role
        let through = !c.according
            && s.comma(src.1)
            && s.is(src.1 + 1, "through")
            && c.i == src.1 + 5
            && s.comma(c.i - 1);
        // "The draft, prepared by Orrland, called on ...", "The report, released
        // Tuesday by the national audit office, found ...": the document's author
        let by = (src.1 + 2..c.i.min(src.1 + 6))
            .find(|&x| s.is(x, "by"))
            // (also "filed in March by the Alliance")
            .filter(|&x| (src.1 + 2..x).all(|t| release_time_word(s.lw(t))));
        let authored = !c.according
            && info.class == NpClass::Unnamed
            && lexicon::document_word(s.lw(src.1 - 1))
            && s.comma(src.1)
            && by.is_some_and(|b| c.i > b + 1)
            && s.comma(c.i - 1)
            && matches!(
                s.lw(src.1 + 1),
                "prepared"
                    | "drafted"
                    | "written"
                    | "proposed"
                    | "sponsored"
                    | "submitted"
                    | "released"
                    | "published"
                    | "issued"
                    | "compiled"
                    | "produced"
                    | "commissioned"
                    // ("The motion, tabled by the National Front, accused")
                    | "tabled"
                    | "filed"
                    | "signed"
                    | "authored"
                    | "backed"
                    // ("The statement, read by a spokesman, said")
                    | "read"
            );
        if let Some(b) = by.filter(|_| authored) {
            // ("published by the Evran Herald on Friday": the occasion is no name,
            // and an outlet that publishes a poll relays it)
            let end = author_end(s, b, c.i - 1);
            if let Some(a) = names::analyze(s.text, &s.toks[b + 1..end], &self.registry, false)
                .filter(|a| {
                    !matches!(
                        a.source.kind,
                        SourceKind::NewsOutlet | SourceKind::StateMedia
                    )
                })
                // (or people: "The letter, signed by 40 lawmakers, said")
                .filter(|a| {
                    matches!(a.class, NpClass::Person | NpClass::Org)
                        || a.class == NpClass::Unnamed
                            && a.source.name.rsplit(' ').next().is_some_and(|w| {
                                let w = w.to_ascii_lowercase();
                                lexicon::unnamed_head(&w) && !lexicon::document_word(&w)
                            })
                })
            {
                info = a;
            }
        }
        if through {
            via.extend(spokesperson_via(s, src.1 + 2, c.i - 1));
        } else if !authored {
            describe_source(s, lo, &mut info, src, c, None);
        }
        // "Citing local officials, KorPress reported that ...": the cited are the source
        if matches!(s.lw(lo), "citing" | "quoting") && src.0 > lo + 2 && s.comma(src.0 - 1) {
            if let Some(cit) =
                names::analyze(s.text, &s.toks[lo + 1..src.0 - 1], &self.registry, false)
                    .filter(|c| cites_someone(s, src.0 - 1, c))
            {
                via.push(std::mem::replace(&mut info, cit));
            }
        }
        // "Northwire, citing three people familiar with the matter, reported that
        // ...", "According to Northwire, which cited two officials, ...": the cited
        // are the source, the outlet relays
        if s.comma(src.1) {
            // (also "The agency, quoting an unnamed official, said C")
            let cited = if !c.according && matches!(s.lw(src.1 + 1), "citing" | "quoting") {
                (c.i > src.1 + 3 && s.comma(c.i - 1)).then(|| (src.1 + 2, c.i - 1))
            } else if matches!(s.lw(src.1 + 1), "which" | "who")
                && matches!(s.lw(src.1 + 2), "cited" | "quoted")
            {
                // (also "The report, which cited unnamed intelligence officials,
                // said C": the aside closes before the cue)
                // (or the sentence's end: "C, according to the Democratic
                // Front, which cited the driver's own account.")
                (src.1 + 3..hi.min(src.1 + 16))
                    .find(|&x| s.comma(x) || c.according && s.end_punct(x))
                    .filter(|&x| x > src.1 + 3 && (c.according || x + 1 == c.i))
                    .map(|x| (src.1 + 3, x))
            } else {
                None
            };
            // ("citing a city audit it obtained": what the outlet did with the
            // document is no part of its name)
            let cited = cited.map(|(a, b)| {
                let cut = (a + 2..b.saturating_sub(1)).find(|&x| {
                    matches!(s.lw(x), "it" | "they")
                        && (s.lw(x + 1).ends_with("ed")
                            || matches!(s.lw(x + 1), "had" | "has" | "saw" | "seen"))
                });
                (a, cut.unwrap_or(b))
            });
            if let Some(cit) = cited.and_then(|(a, b)| {
                names::analyze(s.text, &s.toks[a..b], &self.registry, false)
                    .filter(|c| c.class != NpClass::Pronoun)
            }) {
                via.push(std::mem::replace(&mut info, cit));
            }
            // "The minister, according to state media, said C": the aside's
            // teller relays (not the speaker's own office, "according to a
            // readout released by his office", nor a document alone)
            if !c.according && s.is(src.1 + 1, "according") && s.is(src.1 + 2, "to") {
                let a = src.1 + 3;
                if let Some(b) = (a + 1..c.i).find(|&x| s.comma(x)) {
                    let a = (a..b).find(|&x| s.is(x, "by")).map_or(a, |x| x + 1);
                    let e = (a + 1..b)
                        .find(|&x| {
                            !s.toks[x].cap
                                && (lexicon::preposition(s.lw(x))
                                    || matches!(
                                        s.lw(x),
                                        "released" | "published" | "issued" | "which" | "who"
                                    ))
                        })
                        .unwrap_or(b);
                    if a < e && !matches!(s.lw(a), "his" | "her" | "its" | "their") {
                        if let Some(v) =
                            names::analyze(s.text, &s.toks[a..e], &self.registry, false).filter(
                                |v| {
                                    v.class != NpClass::Pronoun
                                        && (v.class != NpClass::Unnamed
                                            || !lexicon::document_word(s.lw(e - 1)))
                                },
                            )
                        {
                            via.push(v);
                        }
                    }
                }
            }
        }
        // ("confirmed to the Courier that C": the outlet is the listener, as
        // with "told the Courier")
        let listener = s.is(k, "to")
            && matches!(
                s.lw(c.i),
                "confirmed" | "confirms" | "explained" | "explains" | "admitted" | "admits"
            );
        if let Some(v) = (!listener).then(|| self.medium_via(s, k, hi)).flatten() {
            via.push(v);
        }
        // "promised to cut the deficit": the infinitive is the content, not an
        // occasion like "said to reporters"
        let promise = matches!(
            s.lw(c.i),
            "promised"
                | "promises"
                | "pledged"
                | "pledges"
                | "vowed"
                | "vows"
                | "threatened"
                | "threatens"
                | "offered"
                | "agreed"
        );
        // ("vowed on Sunday to challenge a ruling that ...": a short time, then
        // the infinitive; the occasion's reach would end at the relative `that`)
        if promise && !s.is(k, "to") {
            let mut t = k;
            if matches!(
                s.lw(t),
                "on" | "in" | "at" | "last" | "this" | "early" | "late"
            ) {
                t += 1;
            }
            while t < hi && t - k < 4 && (lexicon::weekday(s.lw(t)) || lexicon::time_word(s.lw(t)))
            {
                t += 1;
            }
            if t > k && s.is(t, "to") && t + 1 < hi && s.toks[t + 1].word {
                k = t;
            }
        }
        if !(promise && s.is(k, "to")) {
            k = skip_occasion(s, k, hi);
        }
        // ("The court ruled 5-4 that C": the vote, then the clause)
        if s.is(k + 1, "that") && vote_count(s.lw(k)) {
            k += 1;
        }
        // ("has said for months that C", "argued for years that C": how long, then
        // the clause)
        if s.is(k, "for")
            && s.is(k + 2, "that")
            && matches!(
                s.lw(k + 1),
                "years" | "months" | "weeks" | "days" | "decades"
            )
        {
            k += 2;
        }
        // 'said of the protesters: "C"', "said of the plan that C": what the words
        // are about, then the words
        if s.is(k, "of") && !s.toks[k].quoted {
            if let Some(m) = (k + 2..hi.min(k + 9))
                .take_while(|&x| s.toks[x].word && !s.toks[x].quoted || s.is(x, ":"))
                .find(|&x| {
                    s.is(x, ":")
                        // ("warned of the risk that C": the risk's clause)
                        || s.is(x, "that")
                            && matches!(
                                s.lw(c.i),
                                "said" | "says" | "say" | "wrote" | "writes" | "added" | "adds"
                            )
                })
            {
                if m + 1 < hi {
                    k = m + 1;
                }
            }
        }
        // ("..., saying only that C": the speaker's reticence is no content)
        if s.is(k, "only")
            && s.is(k + 1, "that")
            && matches!(s.lw(c.i), "saying" | "said" | "says" | "say")
        {
            k += 1;
        }
        // ("warned of a sharp rise in cases": what was warned of; "hinted at a
        // delay")
        if (matches!(s.lw(c.i), "warned" | "warns" | "warn" | "warning")
            && matches!(s.lw(k), "of" | "about")
            || matches!(s.lw(c.i), "hinted" | "hints" | "hint") && s.is(k, "at"))
            && !s.toks[k].quoted
        {
            k += 1;
        }
        // ("said (without evidence) that C": an aside in brackets before the clause)
        if s.is(k, "(") && !s.toks[k].quoted {
            if let Some(close) = (k + 1..hi.min(k + 10)).find(|&x| s.is(x, ")")) {
                if s.is(close + 1, "that") && close + 2 < hi {
                    k = close + 2;
                }
            }
        }
        // ("claimed — wrongly — on Sunday that C": an aside between dashes, and
        // the occasion, before the clause)
        if matches!(s.lw(k), "—" | "–" | "--") && !s.toks[k].quoted {
            if let Some(close) =
                (k + 2..hi.min(k + 8)).find(|&x| matches!(s.lw(x), "—" | "–" | "--"))
            {
                if let Some(t) = (close + 1..hi.min(close + 6))
                    .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
                    .find(|&x| s.is(x, "that"))
                    .filter(|&t| t + 1 < hi)
                {
                    k = t + 1;
                }
            }
        }
        // ("hinted at a delay, saying that C": after the occasion or the object
        // skipped, a participle's clause is what was said)
        if s.comma(k)
            && s.is(k + 2, "that")
            && (lexicon::that_participle(s.lw(k + 1))
                || matches!(s.lw(k + 1), "saying" | "adding" | "suggesting"))
        {
            k += 3;
        }
        // "responded by saying C", "replied by noting that C": the words follow
        // the participle
        if s.is(k, "by")
            && matches!(
                s.lw(k + 1),
                "saying" | "noting" | "insisting" | "arguing" | "claiming" | "stating" | "telling"
            )
            && !s.toks[k].quoted
        {
            k += 2;
            if s.is(k - 1, "telling") {
                k = skip_listener(s, k, hi);
            }
        }
        // 'said on Channel 9's "Week in Review."': a program's title in quotes
        // after its outlet is no content (a that-clause may follow it)
        if k > lo && k < hi && s.toks[k].quote_mark && names::possessive(s.lw(k - 1)) {
            let close = (k + 1..hi).find(|&x| s.toks[x].quote_mark)?;
            k = close + 1;
            if matches!(s.lw(k), "program" | "programme" | "show") {
                k += 1;
            }
            if !s.is(k, "that") {
                return None;
            }
        }
        // "warned the defence minister in March that C": a listener and an occasion
        // before the clause
        if matches!(
            s.lw(c.i),
            "warned" | "warns" | "assured" | "assures" | "reminded" | "informed" | "promised"
        ) && !s.is(k, "that")
        {
            if let Some(t) = (k + 1..hi.min(k + 10)).find(|&x| s.is(x, "that")) {
                if (k..t).all(|x| {
                    let w = s.lw(x);
                    s.toks[x].word
                        && !s.toks[x].quoted
                        && (s.toks[x].cap
                            || !(lexicon::auxiliary(w)
                                || w.ends_with("ed")
                                || lexicon::cue_verb(w).is_some()))
                }) && (lexicon::determiner(s.lw(k))
                    || s.toks[k].cap
                    || matches!(s.lw(k), "them" | "him" | "her" | "us" | "me" | "voters")
                    // ("warned ministers in September that C", "warned
                    // investors that C": a plural listener, no article)
                    || lexicon::unnamed_head(s.lw(k))
                    || s.lw(k).strip_suffix('s').is_some_and(lexicon::title_word))
                {
                    k = t;
                }
            }
        }
        // "wrote in a letter to Vasko, a copy of which was obtained by the Kellwire
        // news agency, that C": the aside on the document is no content, and the
        // outlet that obtained the document relays it
        if s.comma(k) && (k + 1..hi.min(k + 5)).any(|x| s.is(x, "which")) {
            if let Some(m) = (k + 3..hi.min(k + 18)).find(|&m| s.comma(m)) {
                if s.is(m + 1, "that") && (k + 1..m).all(|x| s.toks[x].word && !s.toks[x].quoted) {
                    if let Some(x) = (k + 2..m.saturating_sub(2)).find(|&x| {
                        matches!(s.lw(x), "obtained" | "seen" | "reviewed") && s.is(x + 1, "by")
                    }) {
                        let (ns, ne) = np_right(s, x + 2, m);
                        if let Some(v) = self.outlet(s, ns, ne) {
                            via.push(v);
                        }
                    }
                    k = m + 1;
                }
            }
        }
        // ", citing Y," right after the cue
        if s.comma(k) && s.is(k + 1, "citing") {
            let (ns, mut ne) = np_right(s, k + 2, hi);
            // "citing two people close to the royal family, that ...": the cited
            // phrase runs to its comma
            if ne > ns && !s.comma(ne) {
                if let Some(m) = (ne..hi.min(ns + 12)).find(|&m| s.comma(m)) {
                    if (ne..m).all(|x| s.toks[x].word && !s.toks[x].quoted) {
                        ne = m;
                    }
                }
            }
            if ne > ns && s.comma(ne) {
                if let Some(cit) = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false) {
                    via.push(std::mem::replace(&mut info, cit));
                    k = ne;
                }
            }
        }
        // "said without evidence that C": how it was said, before the clause
        if s.is(k, "without") && !s.toks[k].quoted {
            if let Some(t) = (k + 1..hi.min(k + 5)).find(|&t| s.is(t, "that")) {
                if (k + 1..t).any(|x| matches!(s.lw(x), "evidence" | "proof"))
                    && (k + 1..t).all(|x| s.toks[x].word && !s.toks[x].quoted)
                {
                    k = t;
                }
            }
        }
        // 'He also said, according to the newspaper: "C"': the relay set off
        // between the cue and its words
        if s.comma(k) && s.is(k + 1, "according") && s.is(k + 2, "to") {
            let (ns, ne) = np_right(s, k + 3, hi);
            if ne > ns && (s.comma(ne) || s.is(ne, ":")) {
                if let Some(relay) = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
                    .filter(|r| r.class != NpClass::Pronoun)
                {
                    via.push(relay);
                    k = ne;
                }
            }
        }
        // "said, without evidence, that C", "said, again, that C": an aside in
        // commas between the cue and its that-clause
        let aside = |k: usize| {
            if s.comma(k) && !s.is(k + 1, "citing") && !s.is(k + 1, "according") {
                if let Some(m) = (k + 2..hi.min(k + 8)).find(|&m| s.comma(m)) {
                    if s.is(m + 1, "that")
                        && (k + 1..m).all(|x| {
                            s.toks[x].word
                                && !s.toks[x].quoted
                                && lexicon::cue_verb(s.lw(x)).is_none()
                        })
                    {
                        return m + 1;
                    }
                }
            }
            k
        };
        k = aside(k);
        // "reiterated his pledge that C", "repeated her promise not to raise taxes":
        // the repeated words themselves
        if matches!(
            s.lw(c.i),
            "repeated"
                | "repeats"
                | "reiterated"
                | "reiterates"
                | "restated"
                | "reaffirmed"
                | "echoed"
                | "echoes"
                | "shared"
                | "shares"
        ) && let Some(e) = owned_words(s, k)
        {
            k = aside(e);
        }
        // ("told employees in a memo on Tuesday that was viewed by the Ledger":
        // the occasion's relative clause, no content; the words are before)
        if s.is(k, "that") && occasion_that(s, k) {
            return None;
        }
        while k < hi
            && (s.comma(k)
                || s.is(k, ":")
                // ("says that is exactly the problem": the pronoun is the subject)
                // (also before a modal or "has": "said that could take weeks")
                || s.is(k, "that")
                    && !lexicon::auxiliary(s.lw(k + 1))
                    && !matches!(
                        s.lw(k + 1),
                        "'s" | "’s" | "isn't" | "wasn't" | "won't" | "wouldn't" | "couldn't"
                    )
                    && pointing_object(s, k, hi).is_none())
            && !s.toks[k].quote_mark
        {
            k += 1;
        }
        // ("He denied that account, saying C", "reiterated that view on Tuesday,
        // stressing that C"): an object that points back at what was reported
        // is no content; a participle's clause after it is
        if let Some(e) = pointing_object(s, k, hi) {
            let m = if s.comma(e) { e + 1 } else { hi };
            if m < hi
                && (lexicon::that_participle(s.lw(m)) || matches!(s.lw(m), "saying" | "adding"))
            {
                k = m + 1;
                if s.is(k, "that") {
                    k += 1;
                }
            } else {
                return None;
            }
        }
        // ("He denied that, saying the two had met twice": what was denied is the
        // pronoun; the words are the participle's)
        if lexicon::stance_verb(s.lw(c.i)) && matches!(s.lw(c.j), "that" | "this" | "it" | "them") {
            let m = if k == c.j && s.comma(k + 1) { k + 2 } else { k };
            if m > c.j
                && s.comma(m - 1)
                && matches!(s.lw(m), "saying" | "insisting" | "arguing" | "adding")
            {
                k = m + 1;
                if s.is(k, "that") {
                    k += 1;
                }
            }
        }
        // ('The statement read, in part: "..."')
        if k > c.j && s.in_part(k) {
            k += 3;
        }
        // content to the end of the sentence
        let mut e = content_end(s, k, hi);
        // ('said it would "study the ruling carefully" and did not say whether
        // it would draft a new law': what the speaker left unsaid is the
        // article's note, no part of the words)
        if let Some(x) = (k + 2..e.saturating_sub(3)).find(|&x| {
            matches!(s.lw(x), "and" | "but")
                && !s.toks[x].quoted
                // (not "and would not comment until ...": the speaker's own)
                && (s.is(x + 1, "did")
                    && matches!(s.lw(x + 2), "not" | "n't")
                    && matches!(
                        s.lw(x + 3),
                        "say" | "comment" | "elaborate" | "specify" | "explain" | "give" | "provide"
                    )
                    || s.is(x + 1, "declined")
                        && s.is(x + 2, "to")
                        && matches!(s.lw(x + 3), "say" | "comment" | "elaborate" | "give"))
        }) {
            e = if s.comma(x - 1) { x - 1 } else { x };
        }
        // ("maintained that the case was fabricated, and international monitors
        // have questioned its fairness": another party's word on it, in the
        // article's present perfect, is no part of the content)
        if let Some(m) = joined_clause(s, k, e.saturating_sub(4), |m| {
            (m + 3..e.min(m + 7)).any(|h| {
                matches!(s.lw(h), "have" | "has")
                    && (m + 2..h).all(|x| {
                        s.toks[x].word
                            && !s.toks[x].quoted
                            && !lexicon::pronoun(s.lw(x))
                            && (!lexicon::finite_verb_like(s.lw(x)) || s.lw(x).ends_with('s'))
                    })
                    && (lexicon::cue_verb(s.lw(h + 1)).is_some()
                        || matches!(
                            s.lw(h + 1),
                            "questioned" | "disputed" | "challenged" | "criticized" | "criticised"
                        ))
            })
        }) {
            e = m;
        }
        // ("A 2022 audit put the loss at $11 million, and Ocampo's office
        // recovered part of it": an estimate's figure ends where a clause of
        // the article's own joins on)
        if matches!(s.lw(c.i), "put" | "puts") {
            if let Some(m) = joined_clause(s, k, e.saturating_sub(3), |m| {
                (m + 2..e.min(m + 8))
                    .any(|x| lexicon::finite_verb_like(s.lw(x)) && !s.toks[x].cap && x > m + 2)
            }) {
                e = m;
            }
        }
        // ("Critics who said the law was unfair lost the vote": the words of a
        // restrictive clause opening the sentence end where its verb follows)
        // (the part may open at "who", split off its antecedent)
        let who = if s.is(c.i.saturating_sub(1), "who") {
            c.i.checked_sub(1)
        } else if matches!(s.lw(c.i.saturating_sub(1)), "had" | "has" | "have") {
            c.i.checked_sub(2).filter(|&w| s.is(w, "who"))
        } else {
            None
        };
        if who.is_some_and(|w| w >= lo && w >= 1 && !s.comma(w - 1) && s.toks[w - 1].word) {
            e = restrictive_content_end(s, k, e);
        }
        // ("The statement, in which Harlow said C, was released on Friday": a
        // relative clause set off by commas ends at its closing comma, where the
        // main clause's verb goes on)
        let relative = src.0 >= lo + 3
            && s.is(src.0 - 1, "which")
            && (s.comma(src.0 - 2) || s.is(src.0 - 2, "in") && s.comma(src.0 - 3));
        if relative {
            if let Some(m) = (k + 2..e).find(|&m| {
                s.comma(m)
                    && !s.toks[m].quoted
                    && matches!(
                        s.lw(m + 1),
                        "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would"
                    )
            }) {
                e = m;
            }
        }
        // ("said the bridge was unsafe in a statement on Monday", "wrote that C in
        // a post on X": where it was said, closing the sentence, is no content)
        // (the media a speaker's own words come in; not all of
        // [`lexicon::occasion_noun`]: "had been cited by Orvel himself in a
        // speech last year" tells where someone else spoke)
        let medium = |m: usize| {
            matches!(
                s.lw(m),
                "statement" | "post" | "posts" | "interview" | "tweet" | "briefing"
            )
        };
        if let Some((x, m)) = (k + 3..e.saturating_sub(2)).rev().find_map(|x| {
            (s.is(x, "in") && matches!(s.lw(x + 1), "a" | "an" | "his" | "her" | "its" | "their"))
                .then(|| (x + 2..(x + 4).min(e)).find(|&m| medium(m)))
                .flatten()
                .map(|m| (x, m))
        }) {
            // (the medium and perhaps where or when: "on X", "on Monday", "to
            // supporters"; not "a letter from 1990", which is content)
            let rest_ok = m + 1 == e
                || matches!(
                    s.lw(m + 1),
                    "on" | "to"
                        | "with"
                        | "posted"
                        | "released"
                        | "late"
                        | "early"
                        | "last"
                        | "this"
                );
            // (not where the content tells of someone else's words: "that
            // Corrin had called the law "a disaster" in a radio interview")
            let nested = (k..x).any(|y| {
                s.toks[y].quote_mark
                    || lexicon::cue_verb(s.lw(y)).is_some()
                    || matches!(s.lw(y), "called" | "described")
            });
            if rest_ok
                && !nested
                && (x..e).all(|y| s.toks[y].word && !s.toks[y].quoted)
                && !s.toks[x - 1].quoted
            {
                e = x;
            }
        }
        // ("confirmed the investigation but declined to comment further": what
        // the speaker would not say is no part of what was said)
        if let Some(x) = (k + 1..e.saturating_sub(2)).find(|&x| {
            s.is(x, "but")
                && matches!(s.lw(x + 1), "declined" | "refused")
                && s.is(x + 2, "to")
                && !s.toks[x].quoted
        }) {
            e = content_end(s, k, x);
        }
        // ("has denied any wrongdoing and called the charges political": a denial's
        // object ends where the subject's next verb comes)
        // (not a second verb of saying: "denied the charge and said C" is two)
        if matches!(s.lw(c.i), "denied" | "denies" | "deny") && k == c.j {
            if let Some(x) = (k + 1..e.saturating_sub(1))
                .take_while(|&x| !s.comma(x))
                .find(|&x| {
                    matches!(s.lw(x), "and" | "but")
                        && !s.toks[x].quoted
                        && !s.toks[x + 1].cap
                        && (s.flags[x + 1] & lexicon::F_CUE_START == 0
                            // ("and called the charges political": no quoted label)
                            || s.is(x + 1, "called")
                                && !matches!(s.lw(x + 2), "for" | "on" | "upon")
                                && !(x + 2..e).any(|y| s.toks[y].quote_mark))
                        && {
                            let w = s.lw(x + 1);
                            !w.ends_with('s') && lexicon::finite_verb_like(w)
                        }
                })
            {
                e = content_end(s, k, x);
            }
        }
        // ("confirmed the figures in an email to this newsroom", "denied the
        // report in an interview": where the object was given, after it, is no
        // part of it)
        if k == c.j
            && matches!(
                s.lw(c.i),
                "denied" | "denies" | "confirmed" | "confirms" | "rejected" | "rejects"
            )
            && matches!(
                s.lw(k),
                "the" | "a" | "an" | "any" | "his" | "her" | "its" | "their"
            )
        {
            if let Some(x) = (k + 2..e.saturating_sub(2)).find(|&x| {
                s.is(x, "in")
                    && matches!(s.lw(x + 1), "a" | "an" | "his" | "her" | "its" | "their")
                    && (x + 2..(x + 4).min(e)).any(|y| {
                        matches!(
                            s.lw(y),
                            "statement" | "interview" | "email" | "letter" | "post" | "message"
                        )
                    })
                    && (k..x)
                        .all(|y| !s.toks[y].quoted && !s.comma(y) && !lexicon::auxiliary(s.lw(y)))
            }) {
                e = x;
            }
        }
        // ("has denied wrongdoing", "denies involvement": a one-word denial)
        let denial = e == k + 1 && one_word_denial(s, c.i, k);
        // ('Asked if the numbers were wrong, Holt said, "Absolutely."': a quoted
        // one-word answer to the question the sentence opens with)
        let answer = s.is(lo, "asked") && (k..e).any(|x| s.toks[x].quoted && s.toks[x].word);
        if e <= k || s.toks[k..e].iter().filter(|t| t.word).count() < 2 && !denial && !answer {
            return None;
        }
        // ("Holt testified in court.", "Students protested in the square": only
        // where it was said, nothing said)
        if e - k <= 4
            && matches!(s.lw(k), "in" | "on" | "at" | "before" | "during")
            && (k..e).all(|x| s.toks[x].word && !s.toks[x].quoted)
        {
            return None;
        }
        // ("Each side blamed the other for starting it": a mutual charge is the
        // article's event)
        if c.class == CueClass::Object
            && (s.is(k, "the") && s.is(k + 1, "other")
                || matches!(s.lw(k), "each" | "one") && matches!(s.lw(k + 1), "other" | "another"))
        {
            return None;
        }
        // "both sides blamed the other": whom, without for what, claims nothing
        // ("It blamed higher energy costs.": a cause named is the claim)
        if c.class == CueClass::Object
            && e - k <= 3
            && !(k..e).any(|x| matches!(s.lw(x), "for" | "of" | "over"))
            && (e - k < 3
                || (k..e).any(|x| {
                    s.toks[x].cap
                        || s.toks[x].quoted
                        || lexicon::pronoun(s.lw(x))
                        || matches!(
                            s.lw(x),
                            "other" | "others" | "another" | "him" | "her" | "them"
                        )
                }))
        {
            return None;
        }
        // "\"...,\" Weir told reporters aboard his plane on the way to Tamsk.": where
        // the occasion runs to the sentence's end, it is no content (the quote before
        // the cue is, read backward)
        if matches!(
            s.lw(k),
            "aboard"
                | "at"
                | "in"
                | "on"
                | "during"
                | "outside"
                | "inside"
                | "after"
                | "before"
                // "... told reporters as he arrived for the meeting."
                | "as"
                | "when"
                | "while"
                | "upon"
                | "following"
        ) && (k..e).all(|x| !s.is(x, "that") && !s.comma(x) && !s.toks[x].quoted)
            && s.toks[lo..c.i].iter().any(|t| t.quoted)
        {
            return None;
        }
        // ('"Q," Sato said in a video message, recorded in a hotel room': a
        // participle after the comma describes the message, no content)
        if k > 0
            && !c.according
            && s.comma(k - 1)
            && !s.toks[k].quoted
            && lexicon::medium_participle(s.lw(k))
        {
            return None;
        }
        // "... told the prime minister in a call on Thursday": a time is no content
        if e - k <= 4
            && matches!(
                s.lw(k),
                "on" | "in" | "at" | "during" | "late" | "early" | "last"
            )
            && (k + 1..e).all(|x| {
                let w = s.lw(x);
                lexicon::weekday(w) || lexicon::time_word(w) || lexicon::month(w)
            })
        {
            return None;
        }
        // "denied reports that he was ill, calling them fake news": the speaker's
        // comment on the content is not part of it (but the words quoted for
        // it, 'calling them "fake news"', are a second claim, as after "called
        // them")
        let mut called_words = None;
        if let Some(m) = (k + 2..e.saturating_sub(1)).find(|&m| {
            s.comma(m)
                && !s.toks[m].quoted
                && (matches!(
                    s.lw(m + 1),
                    "calling" | "describing" | "dismissing" | "branding" | "labelling" | "labeling"
                ) || lexicon::framing_participle(s.lw(m + 1))
                    // ("told a crowd that C, repeating a claim that police figures
                    // do not support": the reporter's aside; not "repeating that D")
                    || matches!(s.lw(m + 1), "repeating" | "echoing" | "reiterating")
                        && matches!(s.lw(m + 2), "a" | "an" | "the" | "his" | "her" | "their" | "its")
                    // ("accused her rival of C, a charge his campaign called "a
                    // fantasy"", "..., something the ministry denies": what others
                    // made of it)
                    || matches!(s.lw(m + 1), "a" | "an") && lexicon::charge_noun(s.lw(m + 2))
                    || s.is(m + 1, "something")
                        && (m + 2 < e && s.toks[m + 2].word && !s.is(m + 2, "that"))
                    || s.is(m + 1, "without")
                    && matches!(
                        s.lw(m + 2),
                        "giving" | "providing" | "offering" | "elaborating" | "naming"
                    )
                    // ("said the talks collapsed because Lund walked out; Lund
                    // disputes that account": the words after an unquoted
                    // semicolon are the article's own clause)
                    || s.is(m, ";") && !s.toks[m + 1].quoted
                    // "insisted there was no crisis, even as markets fell"
                    || s.is(m + 1, "even")
                        && matches!(s.lw(m + 2), "as" | "though" | "while" | "after")
                        // (not ", even as she acknowledged that D": a second claim)
                        && !(matches!(s.lw(m + 3), "he" | "she" | "they" | "it")
                            && s.is(m + 5, "that")))
        }) {
            if matches!(
                s.lw(m + 1),
                "calling" | "describing" | "branding" | "labelling" | "labeling"
            ) {
                called_words = (m + 3..e.min(m + 10))
                    .take_while(|&x| s.toks[x].word && !s.toks[x].quoted || s.toks[x].quote_mark)
                    .find(|&x| s.toks[x].quote_mark)
                    .and_then(|q| s.quotes.iter().find(|r| r.0 == s.toks[q].end))
                    .map(|r| (r.0, r.1.min(s.end)))
                    .filter(|r| r.1 > r.0);
            }
            e = m;
        }
        // ('insisted the strikes were "precise," a claim disputed by aid groups':
        // the comma inside the closing mark)
        if let Some(x) = (k + 3..e.saturating_sub(1)).find(|&x| {
            s.toks[x - 1].quote_mark
                && s.comma(x - 2)
                && matches!(s.lw(x), "a" | "an")
                && lexicon::charge_noun(s.lw(x + 1))
        }) {
            e = x;
        }
        // ("said it had killed 40 militants, a figure that could not be
        // independently verified": the article's caveat on the number is no part
        // of it)
        // (also "argued that C, a view most economists reject")
        // (and "said it would raise tariffs, in a sign that the trade war is
        // escalating", "..., a move that could hurt carmakers", "..., signaling a
        // tougher line": how the article reads the words)
        // (", but he did not present any evidence": the article's note)
        if let Some(x) = (k + 3..e.saturating_sub(3)).find(|&x| {
            comment_aside(s, x, e)
                || interpretation_aside(s, x, e)
                || s.comma(x)
                    && !s.toks[x].quoted
                    && s.is(x + 1, "but")
                    && no_evidence_given(s, x + 2, e)
        }) {
            e = x;
        }
        // "accused Tamsk of moving artillery into the zone, as both sides traded
        // blame for a week of shelling": what the article sets beside an
        // accusation is no part of it
        if c.class == CueClass::Object {
            if let Some(m) = (k + 3..e.saturating_sub(3)).find(|&m| {
                s.comma(m)
                    && !s.toks[m].quoted
                    && s.is(m + 1, "as")
                    && !s.toks[m + 1].quoted
                    && !matches!(
                        s.lw(m + 2),
                        "well" | "much" | "many" | "part" | "soon" | "long"
                    )
                    && (m + 3..e.min(m + 8)).any(|v| {
                        let w = s.lw(v);
                        s.toks[v].word
                            && !s.toks[v].cap
                            && (lexicon::finite_verb_like(w)
                                || w.ends_with("ed") && !lexicon::auxiliary(s.lw(v - 1)))
                    })
            }) {
                e = m;
            }
        }
        // "..., a charge the army denied." / "..., which the ministry disputed.": the
        // other side's stance closes the sentence
        if let Some(m) = (k + 2..e.saturating_sub(2)).find(|&m| {
            s.comma(m)
                && !s.toks[m].quoted
                && (matches!(s.lw(m + 1), "a" | "an") && lexicon::disputed_noun(s.lw(m + 2))
                    || s.is(m + 1, "which"))
                && (m + 2..e.min(m + 8)).any(|x| {
                    lexicon::stance_verb(s.lw(x))
                        // (", a figure that independent analysts have questioned")
                        || matches!(s.lw(x), "questioned" | "challenged" | "contested")
                })
        }) {
            e = m;
        }
        // ("testified that C, the most damaging testimony so far in his trial":
        // the article's word on the telling closes the sentence)
        if let Some(m) = (k + 3..e.saturating_sub(3)).find(|&m| {
            s.comma(m)
                && !s.toks[m].quoted
                && matches!(s.lw(m + 1), "the" | "a" | "an")
                && (m + 2..e.min(m + 6)).any(|x| {
                    matches!(
                        s.lw(x),
                        "testimony"
                            | "admission"
                            | "acknowledgment"
                            | "acknowledgement"
                            | "rebuke"
                            | "remarks"
                            | "comments"
                            | "signal"
                            | "indication"
                            // ("vowed to abolish the tolls, a promise his
                            // opponent called \"fiscal fantasy.\"")
                            | "promise"
                            | "pledge"
                            | "vow"
                            | "assertion"
                    )
                })
                && {
                    // (the comment may quote someone's label for the telling)
                    let labelled =
                        (m + 2..e).any(|x| matches!(s.lw(x), "called" | "dubbed" | "described"));
                    (m + 2..e).all(|x| {
                        (labelled || !s.toks[x].quoted && !s.toks[x].quote_mark)
                            && !lexicon::auxiliary(s.lw(x))
                            && !matches!(s.lw(x), "that" | "which" | "who")
                    })
                }
        }) {
            e = m;
        }
        // "..., in an interview broadcast on Sunday by OTV." / ", at a rally in Selm.":
        // the occasion closing the sentence is not part of the content
        // (also after a quote closed on its comma: '"will fail," in comments
        // carried by ...')
        if let Some(m) = (k + 3..e.saturating_sub(2)).rev().find(|&m| {
            (s.comma(m) && !s.toks[m].quoted || s.toks[m].quote_mark && s.comma(m - 1))
                && matches!(s.lw(m + 1), "in" | "during" | "at")
                && (m + 2..e.min(m + 6))
                    .find(|&x| {
                        matches!(
                            s.lw(x),
                            "interview"
                                | "statement"
                                | "speech"
                                | "conference"
                                | "briefing"
                                | "rally"
                                | "hearing"
                                | "post"
                                | "letter"
                                | "address"
                                | "remarks"
                                | "comments"
                                | "debate"
                        ) && !s.toks[x].quoted
                    })
                    .is_some_and(|x| {
                        !(m + 1..e).any(|y| s.toks[y].quote_mark)
                            && (!(m + 1..e).any(|y| s.comma(y))
                                // ("..., in a speech that drew criticism from
                                // business groups, the opposition and ...": the
                                // occasion's own clause)
                                || matches!(s.lw(x + 1), "that" | "which"))
                    })
        }) {
            e = if s.toks[m].quote_mark { m + 1 } else { m };
        }
        // "..., citing the Interior Ministry." at the end of the content
        if let Some(ci) = (k + 1..e)
            .rev()
            .find(|&i| s.is(i, "citing") && s.comma(i - 1) && !s.toks[i].quoted)
        {
            let (ns, mut ne) = np_right(s, ci + 1, e);
            // ("citing a study commissioned by his ministry": the document's
            // description after it is no part of its name)
            if let Some(p) = (ns + 1..ne).find(|&p| {
                lexicon::document_word(s.lw(p - 1)) && s.lw(p).ends_with("ed") && s.is(p + 1, "by")
            }) {
                ne = p;
            }
            let described =
                ne > ns && ne < e.saturating_sub(1) && lexicon::document_word(s.lw(ne - 1));
            // ("citing two officials and a shipping manifest it had obtained":
            // the first of the cited is the source, whatever is said of the
            // last)
            let and_at = (ns + 1..ne).find(|&x| s.is(x, "and"));
            if let Some(a) = and_at.filter(|_| {
                ne < e.saturating_sub(1)
                    && !described
                    && e <= ns + 16
                    && (ns..e).all(|x| s.toks[x].word && !s.toks[x].quoted || x + 1 == e)
                    && !(ns..e).any(|x| s.is(x, "that") || s.is(x, "which"))
            }) {
                ne = a;
            }
            let listed = and_at == Some(ne);
            if ne > ns && (ne >= e.saturating_sub(1) || described || listed) {
                // (a reason is no source, "citing security concerns", but no
                // content either)
                match names::analyze(s.text, &s.toks[ns..ne], &self.registry, false) {
                    Some(cit) if cites_someone(s, ne, &cit) => {
                        via.push(std::mem::replace(&mut info, cit));
                        e = ci - 1;
                    }
                    Some(_) => e = ci - 1,
                    None => {}
                }
            }
        }
        // "claimed its forces had shot down 41 drones, but did not say whether
        // ...": what the speaker left unsaid is the article's remark, no content
        // (also without the comma: "said it would meet union leaders on Wednesday
        // but gave no sign it would change course")
        if let Some(m) = (k + 1..e.saturating_sub(3)).find(|&m| {
            (s.comma(m) && matches!(s.lw(m + 1), "but" | "and")
                || s.is(m + 1, "but") && s.toks[m].word && !s.toks[m].quoted
                // ('said they "could have done better" but did not repeat ...')
                || s.is(m + 1, "but") && s.toks[m].quote_mark
                // ("said the inquiry was continuing and declined to comment")
                || s.is(m + 1, "and")
                    && matches!(s.lw(m + 2), "declined" | "refused")
                    && s.toks[m].word
                    && !s.toks[m].quoted)
                && !s.toks[m + 1].quoted
                && (matches!(s.lw(m + 2), "did" | "does" | "would" | "could")
                    && s.is(m + 3, "not")
                    && matches!(
                        s.lw(m + 4),
                        "say"
                            | "give"
                            | "provide"
                            | "elaborate"
                            | "specify"
                            | "explain"
                            | "detail"
                            | "disclose"
                            | "identify"
                            | "name"
                            | "offer"
                            | "comment"
                            // ("... but did not repeat the claim that C")
                            | "repeat"
                    )
                    || matches!(s.lw(m + 2), "declined" | "refused") && s.is(m + 3, "to")
                    || matches!(s.lw(m + 2), "gave" | "offered" | "provided" | "cited")
                        && matches!(s.lw(m + 3), "no" | "few")
                    // ("pledged to double trade by 2030, but avoided any mention
                    // of the border": what the pledgers did besides is told by
                    // the article)
                    || s.is(k, "to")
                        && s.comma(m)
                        && s.lw(m + 2).len() > 4
                        && s.lw(m + 2).ends_with("ed")
                        && lexicon::finite_verb_like(s.lw(m + 2))
                        && lexicon::cue_verb(s.lw(m + 2)).is_none())
        }) {
            e = if s.comma(m) { m } else { m + 1 };
        }
        // "said that A and that B", "said A, and added that B", "said A, adding
        // that B": two claims
        let mut extra = None;
        let appeal = matches!(
            s.lw(c.i),
            "called" | "calls" | "urged" | "urges" | "asked" | "asks" | "appealed" | "appeals"
        );
        let second = |m: usize| -> Option<usize> {
            if s.toks[m].quoted {
                return None;
            }
            // (the comma may close a quote: 'it was "too early to declare victory,"
            // noting that D')
            let comma_before = |m: usize| s.comma_before(m);
            let after_verb = |v: usize| {
                if s.is(v, "that") || s.is(v, ":") {
                    v + 1
                } else {
                    v
                }
            };
            // ("said the secretary-general was concerned and urged ...": a person in
            // the content may be the one who urged; "blamed Kessland for the attack
            // and said": no clause, so no other subject; "said it was alarmed and
            // called for": the content's own subject pronoun is the speaker either way)
            let other_subject = |m: usize| {
                // ("stressed that Velmar will not accept it and called for D": a
                // present modal does not share its subject with a past verb)
                !(k..m).any(|x| matches!(s.lw(x), "will" | "can" | "cannot" | "must" | "shall"))
                    && (k..m).any(|x| {
                        let w = s.lw(x);
                        !s.toks[x].cap
                            && lexicon::finite_verb_like(w)
                            && (!w.ends_with('s') || matches!(w, "is" | "was" | "has"))
                    })
                    && (k..m).take(4).any(|x| {
                        // ("Dorn's departure was overdue and demanded": a possessive
                        // is no subject)
                        s.toks[x].cap && !s.lw(x).ends_with("'s") && !s.lw(x).ends_with("’s")
                        // ("said the party would not join and called on": a body's
                        // word is no person who might have called)
                        // (not a field: "said that trade had grown and warned")
                        || lexicon::title_word(s.lw(x))
                            && lexicon::head_kind(s.lw(x)).is_none()
                            && !lexicon::portfolio_word(s.lw(x))
                        || lexicon::pronoun(s.lw(x)) && x > k
                    })
            };
            match s.lw(m) {
                "and" | "but" if s.is(m + 1, "that") => Some(m + 2),
                // "said that the party remained united, but added that ...": after
                // a comma, the verb has no subject of its own
                "and" | "but"
                    if comma_before(m)
                        && !s.toks[m + 1].quoted
                        && (matches!(
                            s.lw(m + 1),
                            "added"
                                | "said"
                                | "noted"
                                | "stressed"
                                | "insisted"
                                | "warned"
                                | "cautioned"
                                | "conceded"
                                // ("pointed out that A, and emphasized that B": a
                                // readout's second verb)
                                | "emphasized"
                                | "emphasised"
                                | "underlined"
                                | "underscored"
                                | "reiterated"
                                | "affirmed"
                                | "declared"
                                // ("Calder confirms that A, but says B": a live
                                // page's present)
                                | "says"
                                | "adds"
                                | "insists"
                                | "warns"
                                | "notes"
                                | "argues"
                                | "stresses"
                                | "concedes"
                                | "acknowledges"
                        )
                        // (any verb of saying with its that-clause: "mused that A,
                        // and joked that B")
                        || s.is(m + 2, "that") && lexicon::says_past(s.lw(m + 1))) =>
                {
                    Some(after_verb(m + 2))
                }
                // ("Her critics say A and point out that B": a plural's or a
                // present's second verb of saying with its own that-clause)
                "and"
                    if !s.toks[m + 1].quoted
                        && matches!(s.lw(m + 1), "point" | "points")
                        && s.is(m + 2, "out")
                        && s.is(m + 3, "that") =>
                {
                    Some(m + 4)
                }
                "and"
                    if !s.toks[m + 1].quoted
                        && s.is(m + 2, "that")
                        && lexicon::cue_verb(s.lw(m + 1))
                            .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Pres3))
                        && lexicon::cue_verb(s.lw(c.i))
                            .is_some_and(|(_, f)| matches!(f, Form::Base | Form::Pres3)) =>
                {
                    Some(m + 3)
                }
                "adding" if comma_before(m) => Some(after_verb(m + 1)),
                // ("said C, and pointed to a cut in corporate tax": what it
                // pointed to is a second claim)
                "and" if s.comma(m - 1) && s.is(m + 1, "pointed") && s.is(m + 2, "to") => {
                    Some(m + 3)
                }
                // "said C, noting that D", "..., pointing out that D" (not after an
                // appeal: "called on the bank to ease policy, arguing that C" is C)
                w if lexicon::that_participle(w)
                    && comma_before(m)
                    && s.is(m + 1, "that")
                    && !appeal =>
                {
                    Some(m + 2)
                }
                "pointing"
                    if comma_before(m) && s.is(m + 1, "out") && s.is(m + 2, "that") && !appeal =>
                {
                    Some(m + 3)
                }
                // ("said taxes would rise, vowing to protect pensions": the pledge
                // is a second claim, as "vowed to X"; a headline's present too:
                // "Minister says taxes will rise, vows to protect pensions")
                "vowing" | "pledging" | "promising" | "vows" | "pledges" | "promises"
                    if comma_before(m) && s.is(m + 1, "to") && m + 3 < e && !appeal =>
                {
                    Some(m + 2)
                }
                // "accused Caro of \"selling out\" workers, telling a rally in the
                // town that C": what the listeners were told is a second claim
                "telling"
                    if s.comma(m - 1) || m >= 2 && s.toks[m - 1].quote_mark && s.comma(m - 2) =>
                {
                    (m + 2..e.min(m + 12))
                        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
                        .find(|&x| s.is(x, "that"))
                        .map(|x| x + 1)
                        // (", telling reporters the documents would be released": the
                        // clause straight after the listener)
                        .or_else(|| {
                            let k = skip_listener(s, m + 1, e);
                            (k > m + 1 && k + 2 < e && clause_follows(s, k - 1, e)).then_some(k)
                        })
                }
                // "C, even as she acknowledged that D"
                "even"
                    if matches!(s.lw(m + 1), "as" | "though" | "while")
                        && matches!(s.lw(m + 2), "he" | "she" | "they" | "it")
                        && matches!(
                            s.lw(m + 3),
                            "acknowledged" | "conceded" | "admitted" | "warned" | "said" | "noted"
                        )
                        && s.is(m + 4, "that") =>
                {
                    Some(m + 5)
                }
                // "blamed Marenland for the failure, saying its team had ...": the
                // charge, then the reason given for it
                // (", saying in a statement posted on its channel that C": where
                // it was said is no content)
                "saying" if s.comma(m - 1) => Some(after_verb(skip_occasion(s, m + 1, e))),
                // "said the plan would work, urging voters to back it": the appeal
                // is a second claim (as "urged voters to back it")
                "urging"
                    if s.comma(m - 1)
                        && (m + 2..e.min(m + 10))
                            .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
                            .any(|x| s.is(x, "to")) =>
                {
                    Some(m + 1)
                }
                // '"We are ready," Orsk said, before adding that ...'
                // (also '..., before conceding that she "may have shaken his hand"')
                "before" if s.comma(m - 1) && second_claim_after_before(s.lw(m + 1)) => {
                    Some(after_verb(m + 2))
                }
                // "said the plan was dead and urged lawmakers to reject it",
                // "acknowledged the plan had flaws but said it would pass": a second
                // verb of saying by the same speaker
                // (an adverb between: "denied it but later acknowledged that C")
                "and" | "but"
                    if matches!(
                        s.lw(m + 1 + usize::from(sequence_adverb(s.lw(m + 1)))),
                        "said"
                            | "added"
                            | "urged"
                            | "warned"
                            | "insisted"
                            | "argued"
                            | "noted"
                            | "stressed"
                            | "vowed"
                            | "denied"
                            | "pledged"
                            | "promised"
                            | "demanded"
                            // ("..., but blamed the decline on a shortage of drivers")
                            | "blamed"
                            | "accused"
                            | "acknowledged"
                            | "admitted"
                            | "conceded"
                            | "predicted"
                            | "claimed"
                            | "maintained"
                            // ("suggested C, but signalled that D")
                            | "signalled"
                            | "signaled"
                            | "suggested"
                            | "hinted"
                            | "indicated"
                            | "cautioned"
                            | "reiterated"
                            | "confirmed"
                            | "explained"
                            | "countered"
                            | "complained"
                            | "stated"
                            // ("said the city was \"in shock\" and announced that B")
                            | "announced"
                    ) && !s.toks[m + 1].quoted
                        && (!other_subject(m)
                            // ("countered that Democrats had \"never put an offer
                            // in writing\" and said D": after the cue's that-clause a
                            // plain "and said" runs on from the speaker)
                            || matches!(s.lw(m + 1), "said" | "added")
                                && k > 0
                                && s.is(k - 1, "that")) =>
                {
                    Some(after_verb(
                        m + 2 + usize::from(sequence_adverb(s.lw(m + 1))),
                    ))
                }
                // "The memo says C and warns that D": a document's or a speaker's
                // present tense, its second verb with its own `that` (a present verb
                // with no `that` may be the content's own: "says the plan creates
                // jobs and promises growth")
                "and" | "but"
                    if s.lw(c.i).ends_with('s')
                        && matches!(
                            s.lw(m + 1),
                            "says"
                                | "adds"
                                | "warns"
                                | "insists"
                                | "argues"
                                | "notes"
                                | "stresses"
                                | "claims"
                                | "concludes"
                                | "predicts"
                                | "acknowledges"
                                | "admits"
                                | "suggests"
                                | "recommends"
                                | "states"
                        )
                        && s.is(m + 2, "that")
                        && !s.toks[m + 1].quoted =>
                {
                    Some(m + 3)
                }
                // "stressed that A and pointed out that B" (a readout's)
                "and" | "but"
                    if s.is(m + 1, "pointed")
                        && s.is(m + 2, "out")
                        && s.is(m + 3, "that")
                        && !other_subject(m) =>
                {
                    Some(m + 4)
                }
                // "stressed that A and expressed the hope that B" (a readout's)
                "and" | "but"
                    if s.is(m + 1, "expressed")
                        && !other_subject(m)
                        && (m + 2..e.min(m + 6)).any(|x| {
                            matches!(s.lw(x), "hope" | "concern" | "confidence" | "regret")
                        }) =>
                {
                    (m + 3..e.min(m + 7))
                        .find(|&x| s.is(x, "that"))
                        .map(|x| x + 1)
                }
                // "said Veskia adheres to the policy and thanked Ostmark for its
                // support" (a readout's): the act is a second claim, the verb in it
                "and"
                    if matches!(
                        s.lw(m + 1),
                        "thanked"
                            | "welcomed"
                            | "congratulated"
                            | "praised"
                            | "hailed"
                            | "commended"
                            | "condemned"
                            | "reaffirmed"
                    ) && m > k + 2
                        && !s.comma(m - 1)
                        && !other_subject(m)
                        && (k..m).any(|x| !s.toks[x].cap && lexicon::finite_verb_like(s.lw(x))) =>
                {
                    Some(m + 1)
                }
                // "accused the government of hiding the cost of the bridge,
                // which it said had risen to 2.9 billion": the body's own
                // figure in a relative clause is a second claim
                "which"
                    if s.comma(m - 1)
                        && matches!(s.lw(m + 1), "it" | "they")
                        && matches!(
                            s.lw(m + 2),
                            "said" | "says" | "claimed" | "claims" | "estimated" | "estimates"
                        )
                        && !s.toks[m + 2].quoted =>
                {
                    Some(after_verb(m + 3))
                }
                // "said it was alarmed and called for an inquiry"
                "and" | "but"
                    if matches!(s.lw(m + 1), "called" | "calls")
                        && matches!(s.lw(m + 2), "for" | "on" | "upon")
                        && !other_subject(m) =>
                {
                    Some(m + 3)
                }
                // 'said C and called Halvor's complaint "a distraction."': the
                // quoted words closing the sentence are a second claim
                "and" | "but"
                    if matches!(
                        s.lw(m + 1),
                        "called" | "described" | "dismissed" | "branded"
                    ) && !other_subject(m) =>
                {
                    (m + 3..e.min(m + 9))
                        .take_while(|&x| {
                            s.toks[x].word && !s.toks[x].quoted || s.toks[x].quote_mark
                        })
                        .find(|&x| {
                            s.toks[x].quote_mark && s.quotes.iter().any(|r| r.0 == s.toks[x].end)
                        })
                        .filter(|&x| s.toks[x + 1..e].iter().all(|t| t.quoted || !t.word))
                }
                _ => None,
            }
        };
        // ("called for calm but warned that C": an appeal's one-word object;
        // also a one-word denial's: "denied wrongdoing and called the inquiry
        // "a witch hunt"")
        let from = if appeal || one_word_denial(s, c.i, k) {
            k + 1
        } else {
            k + 2
        };
        if let Some((m, start)) = (from..e.saturating_sub(2)).find_map(|m| {
            // ("and called for calm": an appeal's one word)
            second(m)
                .filter(|&st| {
                    st + 1 < e
                        || st < e
                            && s.toks[st].word
                            && matches!(s.lw(m + 1), "called" | "calls")
                            && s.is(m + 2, "for")
                })
                .map(|st| (m, st))
        }) {
            let (x, y) = trim_span(s.text, s.toks[start].start, s.toks[e - 1].end, false);
            let (x, y) = if s.toks[start].quote_mark {
                strip_quotes(s.text, x, y)
            } else {
                (x, y)
            };
            if y > x {
                let end = e;
                extra = Some((x, y));
                e = m;
                while e > k + 1 && s.comma(e - 1) {
                    e -= 1;
                }
                // "denied the accusation, saying C": what was denied is only named
                // (C is the claim)
                let named_only = s.is(m, "saying")
                    && e - k <= 3
                    && matches!(
                        s.lw(k),
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "these"
                            | "those"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                    )
                    && (k..e).all(|x| s.toks[x].word && !s.toks[x].cap && !s.toks[x].quoted);
                // ("called for calm but warned that C": one word appealed for is
                // no claim, as alone)
                if named_only || appeal && e <= k + 1 {
                    k = start;
                    e = end;
                    extra = None;
                }
            }
        }
        if extra.is_none() {
            extra = called_words;
        }
        // ('Holt's campaign called the ad "a lie," noting that C': the words
        // the speaker called it before the participle are a second claim)
        if extra.is_none() && s.lw(c.i).ends_with("ing") && c.i > src.1 + 3 && s.comma_before(c.i) {
            extra = (src.1..c.i - 2)
                .find(|&x| s.is(x, "called") && !s.toks[x].quoted)
                .and_then(|x| (x + 1..c.i).find(|&q| s.toks[q].quote_mark))
                .and_then(|q| s.quotes.iter().find(|r| r.0 == s.toks[q].end))
                .map(|r| {
                    let e = r.1.min(s.end);
                    (r.0, if s.text[..e].ends_with(',') { e - 1 } else { e })
                })
                .filter(|r| r.1 > r.0 && r.1 <= s.toks[c.i].start);
        }
        // ("claimed that crime had soared — FBI data show it fell — and ...": the
        // aside between dashes is another's report, read on its own)
        if let Some((d1, _)) = dash_report_aside(s).filter(|&(d1, d2)| d1 > k + 1 && d2 <= e) {
            e = d1;
        }
        // 'tells us the capital will decide the election: "If Unity holds Orvik,
        // Ekdal stays."': the reported clause, then the quote that bears it out
        if extra.is_none() && !s.toks[k].quote_mark {
            if let Some(m) = (k + 3..e.saturating_sub(2)).find(|&m| {
                s.is(m, ":")
                    && !s.toks[m].quoted
                    && s.toks[m + 1].quote_mark
                    && !s.toks[m + 1].quoted
            }) {
                if let Some(q) = s.quotes.iter().find(|q| q.0 == s.toks[m + 1].end) {
                    let qe = q.1.min(s.end);
                    if qe > q.0 && !s.toks[k..m].iter().any(|t| t.quote_mark) {
                        extra = Some((q.0, qe));
                        e = m;
                    }
                }
            }
        }
        let cue = cue_mention(s, c);
        let (pieces, quote) = if s.toks[k].quote_mark {
            let q = s.quotes.iter().find(|q| {
                q.0 == s.toks[k].end || q.0 >= s.toks[k].start && q.0 <= s.toks[k].end + 1
            })?;
            let qe = q.1.min(s.end);
            if qe <= q.0 {
                return None;
            }
            // a quote followed by more reported text is mixed
            let after_quote = s.toks[k..e]
                .iter()
                .any(|t| t.start > qe && t.word && !t.quoted);
            if after_quote {
                let (a, b) = trim_span(s.text, s.toks[k].start, s.toks[e - 1].end, false);
                (vec![(a, b)], QuoteKind::Mixed)
            } else {
                (vec![(q.0, qe)], QuoteKind::Direct)
            }
        } else {
            let (a, b) = trim_span(s.text, s.toks[k].start, s.toks[e - 1].end, false);
            let mixed = s.toks[k..e].iter().any(|t| t.quoted);
            (
                vec![(a, b)],
                if mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
            )
        };
        // "Varga, according to two people familiar with the matter, plans to
        // skip the debate": the subject set off before the cue is the
        // content's first piece
        let mut pieces = pieces;
        if c.according
            && quote == QuoteKind::Indirect
            && c.i >= lo + 2
            && s.comma(c.i - 1)
            && (lo..c.i - 1).all(|x| {
                let w = s.lw(x);
                s.toks[x].word
                    && !s.toks[x].quoted
                    && (names::possessive(w)
                        || !lexicon::finite_verb_like(w) && !lexicon::auxiliary(w))
            })
            && c.i - 1 - lo <= 6
            && k > c.j
            && s.comma(k - 1)
            && !s.is(k - 1, ":")
            && s.toks[k].word
            && !s.toks[k].cap
            && (lexicon::finite_verb_like(s.lw(k)) || lexicon::auxiliary(s.lw(k)))
        {
            let (a, b) = trim_span(s.text, s.toks[lo].start, s.toks[c.i - 2].end, false);
            if b > a {
                pieces.insert(0, (a, b));
            }
        }
        Some(Attr {
            pieces,
            quote,
            cue,
            source: info,
            via,
            content_toks: (k, e),
            extra,
        })
    }

    /// A sentence that only names a speaker: "Strand said in an interview on
    /// Sunday.", "the ministry said in a statement." (its subject, the cue, and
    /// nothing after but an occasion, a time or a listener).
    /// `That is what Mayor Ida Strom told a forum on Tuesday.`, `That's what the
    /// ministry said.`: a sentence pointing back at the words before it, and who
    /// said them; that speaker, with the cue's token.
    fn pointer_attribution(&self, s: &Sent) -> Option<(NpInfo, usize)> {
        let n = s.toks.len();
        // ("That's" is one token)
        let w = if matches!(s.lw(0), "that's" | "that’s") {
            1
        } else if s.is(0, "that") && s.is(1, "is") {
            2
        } else {
            return None;
        };
        if !s.is(w, "what") || s.toks[..=w].iter().any(|t| t.quoted) {
            return None;
        }
        let v = (w + 2..n.min(w + 10)).find(|&v| said_verb(s, v))?;
        let (a, b) = subject_left(s, w + 1, v)?;
        if a != w + 1 || b != v {
            return None;
        }
        self.named_speaker(s, a, b, false).map(|i| (i, v))
    }

    /// `That's according to two people who were present.`, `That is according
    /// to the company's annual report.`: a sentence naming only who told the
    /// claim before it; that source, with "according" as the cue.
    fn according_pointer(&self, s: &Sent) -> Option<(NpInfo, usize)> {
        let n = s.toks.len();
        let w = if matches!(s.lw(0), "that's" | "that’s" | "this's") {
            1
        } else if matches!(s.lw(0), "that" | "this") && matches!(s.lw(1), "is" | "was") {
            2
        } else {
            return None;
        };
        if !(s.is(w, "according") && s.is(w + 1, "to")) || s.toks.iter().any(|t| t.quoted) {
            return None;
        }
        let (a, b) = np_right(s, w + 2, n);
        // (its relative clause or description may close the sentence: "two
        // people who were present")
        if b <= a
            || !(s.rest_is_punct(b)
                || matches!(
                    s.lw(b),
                    "who"
                        | "which"
                        | "that"
                        | "with"
                        | "familiar"
                        | "briefed"
                        | "close"
                        | "in"
                        | "at"
                        | "from"
                        | "on"
                ) && (b..n).all(|x| !s.comma(x) && !s.toks[x].quote_mark))
        {
            return None;
        }
        names::analyze(s.text, &s.toks[a..b], &self.registry, false)
            .filter(|i| i.class != NpClass::Pronoun)
            .map(|i| (i, w))
    }

    /// `That was the message from Voss on Tuesday.`, `That was Holt's
    /// response.`: a sentence naming whose words the quote before it were; that
    /// speaker, with the noun's token as the cue.
    fn message_pointer(&self, s: &Sent) -> Option<(NpInfo, usize)> {
        let n = s.toks.len();
        // ("So said Duran after the vote.", "Those were the words of Duran.")
        let from = if s.is(0, "so") && s.is(1, "said") {
            Some((2, 1))
        } else if matches!(s.lw(0), "those" | "these")
            && matches!(s.lw(1), "were" | "are")
            && s.is(2, "the")
            && s.is(3, "words")
            && s.is(4, "of")
        {
            Some((5, 3))
        } else {
            None
        };
        // the speaker's words from a, up to when or where (at most six)
        let speaker_end = |a: usize| {
            let mut b = a;
            while b < n
                && b < a + 6
                && s.toks[b].word
                && !s.toks[b].quoted
                && !lexicon::weekday(s.lw(b))
                && !lexicon::time_word(s.lw(b))
                && (!lexicon::preposition(s.lw(b)) || s.is(b, "of"))
                && !matches!(s.lw(b), "last" | "this")
            {
                b += 1;
            }
            b
        };
        if let Some((a, cue)) = from {
            let b = speaker_end(a);
            let rest_plain =
                (b..n).all(|k| !s.toks[k].quote_mark && !s.toks[k].quoted && !s.is(k, ":"));
            return (b > a && rest_plain)
                .then(|| self.named_speaker(s, a, b, false).map(|i| (i, cue)))
                .flatten();
        }
        let w = if matches!(s.lw(0), "that's" | "that’s") {
            1
        } else if s.is(0, "that") && matches!(s.lw(1), "was" | "is") {
            2
        } else {
            return None;
        };
        if s.toks[..n.min(w + 8)]
            .iter()
            .any(|t| t.quoted || t.quote_mark)
        {
            return None;
        }
        let message = |k: usize| {
            matches!(
                s.lw(k),
                "message" | "verdict" | "response" | "reply" | "answer" | "assessment" | "warning"
            )
        };
        // (what follows the speaker: nothing, or when and where)
        let rest_is_occasion = |e: usize| {
            (e..n).all(|k| {
                !s.toks[k].word && !s.comma(k) && !s.toks[k].quote_mark && !s.is(k, ":")
                    || lexicon::weekday(s.lw(k))
                    || lexicon::time_word(s.lw(k))
                    || matches!(s.lw(k), "on" | "at" | "in" | "last" | "this" | "a" | "the")
            })
        };
        if s.is(w, "the") && message(w + 1) && s.is(w + 2, "from") {
            // "the message from Voss on Tuesday"
            let a = w + 3;
            let b = speaker_end(a);
            if b > a && rest_is_occasion(b) {
                return self.named_speaker(s, a, b, false).map(|i| (i, w + 1));
            }
            return None;
        }
        // "Holt's response."
        let m = (w + 1..n.min(w + 5)).find(|&k| message(k))?;
        if !names::possessive(s.lw(m - 1)) || !rest_is_occasion(m + 1) {
            return None;
        }
        let mut a = m - 1;
        while a > w && s.toks[a - 1].word && s.toks[a - 1].cap {
            a -= 1;
        }
        if a != w || !s.toks[m - 1].cap {
            return None;
        }
        let mut info = self.named_speaker(s, a, m, false)?;
        let name = names::strip_possessive(&info.source.name).to_string();
        info.source.name = name;
        Some((info, m))
    }

    /// Tokens a..b as a speaker with a name or an office (a person, a body, a
    /// role), not a pronoun or an anonymous group.
    fn named_speaker(&self, s: &Sent, a: usize, b: usize, initial: bool) -> Option<NpInfo> {
        names::analyze(s.text, &s.toks[a..b], &self.registry, initial).filter(|i| {
            matches!(
                i.class,
                NpClass::Person | NpClass::Org | NpClass::OrgShort | NpClass::RoleOnly
            )
        })
    }

    fn bare_attribution(&self, s: &Sent) -> Option<(NpInfo, usize)> {
        let n = s.toks.len();
        // (also after an aside: "Rep. Carla Duran, the bill's lead sponsor, said
        // at a news conference."; and "asked" after a question)
        let v = (1..n.min(18)).find(|&v| said_verb(s, v) || s.is(v, "asked"))?;
        if s.toks[..v].iter().any(|t| t.quote_mark || t.quoted) {
            return None;
        }
        let (a, b) = subject_left(s, 0, v)?;
        if a != 0 || b != v && !(b + 2 < v && s.comma(b) && s.comma(v - 1)) {
            return None;
        }
        // (past an aside or far in, only the plain verbs of saying: not
        // "Moss, 25, hinted at the break-up", "..., rejected it")
        if (b != v || v >= 8 || s.is(v, "asked")) && !plain_saying(s.lw(v)) {
            return None;
        }
        let k = if lexicon::cue_verb(s.lw(v)).is_some_and(|(c, _)| c == CueClass::Tell) {
            skip_listener(s, v + 1, n)
        } else {
            v + 1
        };
        let (tail, citing, extra, quote) = self.tail(s, k, n);
        if !tail || citing.is_some() || extra.is_some() || quote.is_some() {
            return None;
        }
        self.named_speaker(s, a, b, true).map(|i| (i, v))
    }

    /// After the attribution: only times, places, listeners, `citing Y`, `adding that ...`.
    /// Returns (is a tail, the cited source, an added claim, a quote that continues).
    #[allow(clippy::type_complexity)]
    fn tail(
        &self,
        s: &Sent,
        mut k: usize,
        hi: usize,
    ) -> (
        bool,
        Option<(NpInfo, bool)>,
        Option<(usize, usize)>,
        Option<(usize, usize)>,
    ) {
        // (what a record showed, the cue right before the tail: "C, a
        // recording shows, but ...")
        let shown = k > 0 && matches!(s.lw(k - 1), "shows" | "showed" | "show");
        let mut citing = None;
        let mut extra = None;
        let mut trailing_quote = None;
        let mut guard = 0;
        while k < hi && guard < 12 {
            guard += 1;
            if s.end_punct(k) {
                return (true, citing, extra, trailing_quote);
            }
            let w = s.lw(k);
            // ("C, Holt alleged without offering evidence.": how it was said,
            // closing the sentence, no words of its own)
            if w == "without"
                && (k + 1..hi.min(k + 4))
                    .any(|x| matches!(s.lw(x), "evidence" | "proof" | "details" | "elaborating"))
                && (k + 1..hi).all(|x| !s.toks[x].quote_mark && !s.comma(x))
            {
                return (true, citing, extra, trailing_quote);
            }
            // "said Sen. Karel Vinn (U-Lask), the chairman": a party tag in brackets
            if w == "(" {
                if let Some(close) = (k + 2..hi.min(k + 6)).find(|&x| s.is(x, ")")) {
                    // (also a body's acronym: "according to the United Nations
                    // (U.N.).")
                    let inner = &s.text[s.toks[k + 1].start..s.toks[close - 1].end];
                    let acronym = (2..=10).contains(&inner.len())
                        && inner.starts_with(|c: char| c.is_ascii_uppercase())
                        && inner
                            .bytes()
                            .all(|b| b.is_ascii_uppercase() || matches!(b, b'.' | b'&' | b'-'));
                    if party_tag(s, k + 1, close) || acronym {
                        k = close + 1;
                        continue;
                    }
                }
            }
            if s.comma(k) || w == "(" {
                let nw = if k + 1 < hi { s.lw(k + 1) } else { "" };
                // (also "C, according to the Democratic Front, which cited the
                // driver's own account.")
                // (", the Ledger reported, quoting an unnamed official": as citing)
                let cite_at = if nw == "citing" || nw == "quoting" {
                    Some(k + 2)
                } else if matches!(nw, "which" | "who") && matches!(s.lw(k + 2), "cited" | "quoted")
                {
                    Some(k + 3)
                } else {
                    None
                };
                if let Some(at) = cite_at {
                    let (ns, ne) = np_right(s, at, hi);
                    if ne > ns {
                        // "citing unpaid bills" is a reason, not a source
                        // ("citing flight logs": records are one)
                        let cited = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
                            .filter(|i| cites_someone(s, ne, i));
                        if cited.is_some() {
                            citing = cited.map(|c| (c, false));
                        }
                        k = ne;
                        // "citing a memo it had seen": the clause on what was cited
                        // runs to the next comma or the end
                        if k < hi && !s.comma(k) && !s.end_punct(k) {
                            if let Some(j) =
                                (k..hi.min(k + 8)).find(|&j| s.comma(j) || s.end_punct(j))
                            {
                                if (k..j).all(|x| {
                                    s.toks[x].word
                                        && !s.toks[x].quoted
                                        && (lexicon::cue_verb(s.lw(x)).is_none()
                                            // ("citing documents disclosed during
                                            // the case": a participle on them)
                                            || x == k
                                                && s.lw(x).ends_with("ed")
                                                && lexicon::preposition(s.lw(x + 1)))
                                }) {
                                    k = j;
                                }
                            }
                        }
                        continue;
                    }
                }
                // (plain words from the one after the comma's next to the end:
                // no quote, no comma, no verb of saying)
                let plain_to_end = || {
                    (k + 2..hi).all(|x| {
                        !s.toks[x].quote_mark
                            && !s.toks[x].quoted
                            && !s.comma(x)
                            && lexicon::cue_verb(s.lw(x)).is_none()
                    })
                };
                // ('"C," said Amir Haddad, his eyes red from the gas.': how the
                // speaker looked, closing the sentence, no words of its own)
                if matches!(nw, "his" | "her" | "their") && hi - k <= 12 && plain_to_end() {
                    return (true, citing, extra, trailing_quote);
                }
                // ("C, officials on both sides said, each blaming the other for
                // starting the clash.": what the speakers did besides, closing
                // the sentence)
                if matches!(nw, "each" | "both" | "all")
                    && k + 2 < hi
                    && s.lw(k + 2).len() > 4
                    && s.lw(k + 2).ends_with("ing")
                    && hi - k <= 16
                    && (k + 2..hi)
                        .all(|x| !s.toks[x].quote_mark && !s.toks[x].quoted && !s.comma(x))
                {
                    return (true, citing, extra, trailing_quote);
                }
                // ('"C," Lind said in the interview, published on Sunday.': when the
                // occasion came out closes the sentence, no words of its own)
                if matches!(
                    nw,
                    "published" | "broadcast" | "aired" | "televised" | "released" | "posted"
                ) && !s.is(k + 2, "by")
                    && hi - k <= 10
                    && plain_to_end()
                    && (k.saturating_sub(6)..k)
                        .any(|x| lexicon::occasion_noun(s.lw(x)) || lexicon::document_word(s.lw(x)))
                {
                    return (true, citing, extra, trailing_quote);
                }
                // "according to the poll, conducted by Meridian Research for ...": the
                // body that made the poll or study is the source
                let by = match nw {
                    "conducted" if k + 2 < hi && s.is(k + 2, "by") => Some(k + 3),
                    "carried" if k + 3 < hi && s.is(k + 2, "out") && s.is(k + 3, "by") => {
                        Some(k + 4)
                    }
                    _ => None,
                };
                if let Some(b) = by {
                    let (ns, mut ne) = np_right(s, b, hi);
                    // "Meridian Research for the Evran Herald between May 2 and 6"
                    if let Some(p) = (ns + 1..ne).find(|&p| {
                        !s.toks[p].cap
                            && (lexicon::preposition(s.lw(p))
                                || matches!(s.lw(p), "between" | "among"))
                    }) {
                        ne = p;
                    }
                    if ne > ns {
                        if let Some(m) =
                            names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)
                                .filter(|i| i.class != NpClass::Unnamed)
                        {
                            citing = Some((m, true));
                        }
                        // what follows the maker (its client, the dates) runs to
                        // the next comma or the end
                        k = ne;
                        while k < hi && !s.comma(k) && !s.end_punct(k) && !s.toks[k].quote_mark {
                            k += 1;
                        }
                        continue;
                    }
                }
                // ", but added that ...", ", and it accused the army of ...": a second
                // claim by the same speaker
                // (", before adding that ...")
                let added = matches!(nw, "but" | "and")
                    && k + 2 < hi
                    && matches!(
                        s.lw(k + 2),
                        "added" | "warned" | "noted" | "stressed" | "insisted" | "cautioned"
                    )
                    || nw == "before" && second_claim_after_before(s.lw(k + 2));
                let pronoun_cue = matches!(nw, "but" | "and")
                    && k + 4 < hi
                    && matches!(s.lw(k + 2), "he" | "she" | "it" | "they")
                    && lexicon::cue_verb(s.lw(k + 3))
                        .is_some_and(|(c, f)| f == Form::Past && c != CueClass::Tell);
                // "No arrests had been made, Ruiz said, and investigators were
                // reviewing video": a second clause of the same report
                // ("No one was killed, Stenn said, but two workers were treated":
                // the clause after "but" is the second piece of the same claim, as
                // a quote split by its cue is)
                // (its first word may open a quote: ', the statement said, and
                // "exchanged views frankly" on ...')
                let f = if k + 3 < hi
                    && s.toks[k + 2].quote_mark
                    && s.toks[k + 3].word
                    && !s.toks[k + 3].cap
                {
                    k + 3
                } else {
                    k + 2
                };
                let and_clause = matches!(nw, "and" | "but")
                    && !added
                    && !pronoun_cue
                    && k + 4 < hi
                    && !no_evidence_given(s, k + 2, hi)
                    // ("C, the minister said, but economists were sceptical")
                    && !doubt_rider(s, k + 2, hi)
                    // ("C, a recording shows, but he did not D": what a record
                    // shows, then the article's own "but")
                    && !(nw == "but" && shown)
                    && s.toks[f].word
                    // ("and Tamsk's troops had ...": an owner in capitals)
                    // (or a name and its auxiliary: 'but Velmar would have to
                    // "move on fish."')
                    && (!s.toks[k + 2].cap
                        || names::possessive(s.lw(k + 2))
                        || (k + 3..hi.min(k + 6))
                            .find(|&x| !(s.toks[x].word && s.toks[x].cap))
                            .is_some_and(|x| {
                                matches!(
                                    s.lw(x),
                                    "would" | "will" | "could" | "should" | "must" | "had" | "has"
                                        | "was" | "is"
                                )
                            }))
                    // (its words may end in a quote: 'and Tamsk's troops had
                    // "responded to fire."')
                    && (k + 2..hi).all(|x| {
                        s.toks[x].quoted
                            || s.toks[x].quote_mark && (x > k + 2 || f > k + 2)
                            || !s.toks[x].quote_mark
                                && (lexicon::cue_verb(s.lw(x)).is_none()
                                    // (a passive's participle: "and is forecast
                                    // to fall a further 10 percent")
                                    || x > k + 2
                                        && lexicon::be_finite(s.lw(x - 1))
                                        && s.is(x + 1, "to"))
                    })
                    && ((k + 3..hi.min(k + 10))
                        .any(|x| lexicon::auxiliary(s.lw(x)) || lexicon::finite_verb_like(s.lw(x)))
                        // (', he said, and would "bankrupt the fund"': the same
                        // subject's second verb after a modal; ', the spokesperson
                        // added, and are not looking for anyone else': or after
                        // an auxiliary)
                        || lexicon::auxiliary(s.lw(k + 2))
                        // (or in the past: ', the ministry said, and agreed to
                        // meet again')
                        || !s.toks[f].cap && s.lw(f).len() > 4 && s.lw(f).ends_with("ed"));
                // "C, she told the committee, about 200 million more than budgeted":
                // (the words after such a piece's first word: no quote, comma,
                // cue or auxiliary, a phrase and no clause)
                // (with `clause`, a clause of its own may follow: "partly because
                // demand was weak")
                let plain_from = |from: usize, clause: bool| {
                    (from..hi).all(|x| {
                        !s.toks[x].quote_mark
                            && !s.comma(x)
                            && lexicon::cue_verb(s.lw(x)).is_none()
                            && (clause || !lexicon::auxiliary(s.lw(x)))
                    })
                };
                let plain_rest = || plain_from(k + 2, false);
                // a figure set beside the content is a second piece of it
                let figure = matches!(
                    nw,
                    "about" | "up" | "down" | "nearly" | "roughly" | "almost" | "some" | "or"
                        // ("..., according to the same figures, from 410 to 803")
                        | "from"
                ) && (k + 2..hi.min(k + 6))
                    .any(|x| s.lw(x).as_bytes().first().is_some_and(u8::is_ascii_digit))
                    && plain_rest();
                // (also where the figure stands: "C, the statistics office said,
                // still above the bank's 2% target")
                let standing = {
                    let w2 = s.lw(k + 2);
                    let place = |w: &str| {
                        matches!(w, "above" | "below" | "short" | "under" | "over" | "behind")
                    };
                    (matches!(nw, "still" | "well" | "far" | "just" | "slightly")
                        && (place(w2) || matches!(w2, "well" | "far") && place(s.lw(k + 3)))
                        || matches!(nw, "above" | "below"))
                        && k + 4 < hi
                        && plain_rest()
                };
                // ("14 people were arrested, police said, including two minors":
                // who was among them)
                let including = nw == "including" && k + 3 < hi && hi - k <= 12 && plain_rest();
                // ("Mangroves have been lost, the study notes, mostly to shrimp
                // farms": what the loss is owed to)
                let owed = matches!(
                    nw,
                    "mostly" | "mainly" | "largely" | "partly" | "chiefly" | "primarily"
                ) && matches!(s.lw(k + 2), "to" | "because" | "due" | "from" | "as" | "thanks")
                    && k + 3 < hi
                    // (a clause of its own after "because": "partly because
                    // demand was weak")
                    && (plain_rest() || s.is(k + 2, "because") && plain_from(k + 3, true));
                if figure || standing || including || owed {
                    trailing_quote = rest_after(s, k, hi).or(trailing_quote);
                    return (true, citing, extra, trailing_quote);
                }
                // "C, according to filings, more than Kessler has raised": a
                // comparison the article sets beside C's figure closes it
                if comparison_tail(s, k + 1) {
                    return (true, citing, extra, trailing_quote);
                }
                // (', attributed to its spokesman, Col. Nils Berg': whose words
                // the statement gives, closing it)
                if nw == "attributed" && s.is(k + 2, "to") {
                    return (true, citing, extra, trailing_quote);
                }
                // ('"...," Lenk told the court, his voice breaking': how it was said
                // closes it)
                // (also without a participle: ", her voice hoarse", ", his eyes
                // wet")
                if matches!(nw, "his" | "her" | "their")
                    && ((k + 3..hi.min(k + 6)).any(|x| {
                        let w = s.lw(x);
                        w.len() > 4 && w.ends_with("ing") && !s.toks[x].quoted
                    }) || matches!(
                        s.lw(k + 2),
                        "voice" | "voices" | "eyes" | "face" | "fist" | "fists" | "tone" | "hands"
                    ) && hi <= k + 7)
                    && (k + 2..hi).all(|x| !s.toks[x].quote_mark && !s.comma(x))
                {
                    return (true, citing, extra, trailing_quote);
                }
                // "Talks stalled, two negotiators said, with neither side willing
                // to move": a with-clause of circumstance, its own subject and a
                // participle or "willing", goes on with the content (not "with a
                // smile", "with the minister at her side")
                if nw == "with"
                    && k + 5 < hi
                    && matches!(
                        s.lw(k + 2),
                        "neither" | "no" | "both" | "each" | "all" | "most" | "many" | "some"
                    )
                    && (k + 3..hi.min(k + 7)).any(|x| {
                        let w = s.lw(x);
                        matches!(w, "willing" | "able" | "expected" | "set" | "due")
                            || w.len() > 4 && w.ends_with("ing") && x > k + 3
                    })
                    && (k + 2..hi).all(|x| !s.toks[x].quote_mark && !s.comma(x))
                {
                    trailing_quote = rest_after(s, k, hi).or(trailing_quote);
                    return (true, citing, extra, trailing_quote);
                }
                // ("Food prices rose 6.1 percent, the office said, driven by higher
                // costs for vegetables": the cause is a piece of the content)
                if matches!(
                    nw,
                    "driven" | "fuelled" | "fueled" | "boosted" | "led" | "helped" | "dragged"
                ) && s.is(k + 2, "by")
                    && k + 4 < hi
                    && (k + 3..hi)
                        .all(|x| !s.toks[x].quote_mark && lexicon::cue_verb(s.lw(x)).is_none())
                    // (not before the speaker's addition: "..., driven by fuel,
                    // adding that food was stable")
                    && adding_after(s, k + 3, hi).is_none()
                {
                    trailing_quote = rest_after(s, k, hi).or(trailing_quote);
                    return (true, citing, extra, trailing_quote);
                }
                // "The Greens would vote against the budget, she said, unless the
                // plan was withdrawn": the condition is a piece of the content
                if matches!(nw, "unless" | "if")
                    && k + 3 < hi
                    && (k + 2..hi)
                        .all(|x| !s.toks[x].quote_mark && lexicon::cue_verb(s.lw(x)).is_none())
                {
                    trailing_quote = rest_after(s, k, hi).or(trailing_quote);
                    return (true, citing, extra, trailing_quote);
                }
                // ('"Q," said Hal Greer, president of the union, who called the
                // standoff "a disgrace."': the speaker's label, a second claim,
                // when it names a thing, as after "and said")
                if nw == "who"
                    && matches!(s.lw(k + 2), "called" | "described" | "branded" | "dubbed")
                    && let Some(open) = (k + 3..hi.min(k + 9)).find(|&x| s.toks[x].quote_mark)
                    && (k + 3..open).all(|x| s.toks[x].word && !s.toks[x].quoted)
                    && let Some(q) = s.quotes.iter().find(|q| q.0 == s.toks[open].end)
                {
                    let (a, b) = (q.0, q.1.min(s.end));
                    if names_a_thing(&s.text[a..b]) {
                        extra = Some((a, b));
                    }
                    return (true, citing, extra, trailing_quote);
                }
                // "C, Lin said, noting that D", "..., pointing out that D": a second
                // claim told by a participle with its that-clause
                let pointing_out = nw == "pointing" && s.is(k + 2, "out") && s.is(k + 3, "that");
                let participle_that =
                    pointing_out || s.is(k + 2, "that") && lexicon::that_participle(nw);
                // (", the ministry said, blaming Morland for the strike": the
                // charge is a second claim)
                let charge = matches!(nw, "blaming" | "accusing")
                    && k + 3 < hi
                    && (k + 2..hi).any(|x| matches!(s.lw(x), "for" | "of"));
                // (", she added, urging everyone over 65 to get vaccinated": the
                // appeal is a second claim, as "urged X to Y")
                let urging = nw == "urging"
                    && (k + 3..hi.min(k + 12))
                        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
                        .any(|x| s.is(x, "to"));
                // (", calling for a parliamentary inquiry": the appeal's object is
                // a second claim, as "called for X")
                let calling_for = nw == "calling"
                    && s.is(k + 2, "for")
                    && k + 4 < hi
                    && !s.toks[k + 3].quote_mark
                    && (k + 3..hi).all(|x| lexicon::cue_verb(s.lw(x)).is_none());
                // ("C, according to a statement from his office, which said D":
                // the source's relative clause says a second claim)
                let relative_said = matches!(nw, "which" | "who")
                    && matches!(s.lw(k + 2), "said" | "says" | "added")
                    && !s.toks[k + 2].quoted
                    && k + 4 < hi;
                if nw == "adding"
                    || nw == "saying"
                    || relative_said
                    || urging
                    || charge
                    || calling_for
                    || added
                    || pronoun_cue
                    || and_clause
                    || participle_that
                {
                    let mut a = if pronoun_cue || pointing_out {
                        k + 4
                    } else if added || calling_for || relative_said {
                        k + 3
                    } else {
                        k + 2
                    };
                    while a < hi && (s.is(a, "that") || s.comma(a) || s.is(a, ":")) {
                        a += 1;
                    }
                    let mut b = hi;
                    while b > a && s.punct(b - 1) && !s.toks[b - 1].quote_mark {
                        b -= 1;
                    }
                    if b > a + 1 {
                        let (x, y) = trim_span(s.text, s.toks[a].start, s.toks[b - 1].end, false);
                        // (not a quote that closes before the words end: 'and
                        // "exchanged views frankly" on the frontier')
                        let closes_inside = || {
                            s.quotes
                                .iter()
                                .find(|q| q.0 == s.toks[a].end)
                                .is_some_and(|q| q.1 < s.toks[b - 1].start)
                        };
                        let (x, y) = if s.toks[a].quote_mark && !closes_inside() {
                            strip_quotes(s.text, x, y)
                        } else {
                            (x, y)
                        };
                        if nw == "but" && and_clause {
                            trailing_quote = Some((x, y));
                        } else {
                            extra = Some((x, y));
                        }
                    }
                    return (true, citing, extra, trailing_quote);
                }
                if k + 1 < hi && s.toks[k + 1].quote_mark {
                    // "A," he said, "B."
                    if let Some(q) = s.quotes.iter().find(|q| q.0 == s.toks[k + 1].end) {
                        trailing_quote = Some((q.0, q.1.min(s.end)));
                        return (true, citing, extra, trailing_quote);
                    }
                }
                if matches!(
                    nw,
                    "after"
                        | "as"
                        | "when"
                        | "while"
                        | "but"
                        | "which"
                        | "who"
                        | "in"
                        | "on"
                        | "at"
                        | "referring"
                        | "calling"
                        | "describing"
                        | "noting"
                        | "without"
                        // ", to loud cheers", ", to applause"
                        | "to"
                        | "amid"
                        | "following"
                        | "during"
                        | "before"
                        | "despite"
                        | "warning"
                        | "urging"
                        | "stressing"
                        | "and"
                        | "according"
                        | "where"
                        | "although"
                        | "though"
                        | "because"
                        | "since"
                        | "a"
                        | "an"
                        | "the"
                        | "adding"
                        | "whose"
                        // ", well below the 95 percent needed": a comment on the figure
                        | "well"
                        | "far"
                        | "below"
                        | "above"
                        | "up"
                        | "down"
                        | "compared"
                        | "with"
                        | "reported"
                        | "quoted"
                        | "responding"
                        | "speaking"
                        | "according to"
                        | "than"
                        | "even"
                        | "just"
                        | "not"
                        | "echoing"
                        | "repeating"
                        | "underlining"
                        | "explaining"
                        | "pointing"
                        | "arguing"
                        | "insisting"
                        | "dismissing"
                        | "rejecting"
                        | "denying"
                        | "accusing"
                        | "blaming"
                        | "claiming"
                        | "reiterating"
                        | "echoed"
                        // ("in a post on X, formerly Twitter")
                        | "formerly"
                ) || lexicon::medium_participle(nw)
                    || nw.len() > 5 && nw.ends_with("ing")
                    // ", two days after she knelt": when, counted from something else
                    || k + 3 < hi
                        && (nw.bytes().all(|b| b.is_ascii_digit())
                            || matches!(
                                nw,
                                "two" | "three" | "four" | "five" | "six" | "seven" | "several"
                                    | "a" | "one" | "ten" | "few"
                            ))
                        && lexicon::duration_noun(s.lw(k + 2))
                        && matches!(s.lw(k + 3), "after" | "before" | "since")
                    // (", some of whom had lost everything": the listeners' relative)
                    || k + 3 < hi
                        && s.is(k + 2, "of")
                        && matches!(s.lw(k + 3), "whom" | "which")
                    // (", days after the president visited": uncounted)
                    || k + 2 < hi
                        && matches!(nw, "days" | "weeks" | "months" | "hours" | "years")
                        && matches!(s.lw(k + 2), "after" | "before")
                    // ", hurt by weaker demand", ", driven by exports": a participle
                    // giving the reason
                    || k + 2 < hi
                        && s.is(k + 2, "by")
                        && (matches!(nw, "hurt" | "driven" | "hit" | "led" | "held")
                            || nw.len() > 5 && nw.ends_with("ed"))
                {
                    // ('"Q," Hale said of the remark - which a bystander
                    // recorded - adding that C': an aside set off, then the
                    // speaker's second claim)
                    if nw != "adding"
                        && let Some(m) = adding_after(s, k + 2, hi.min(k + 16))
                    {
                        k = m;
                        continue;
                    }
                    // ", waving a copy of the memo": any participle clause closes it
                    return (true, citing, extra, trailing_quote);
                }
                // ", according to Ida Rask, head of the public sector union.": the
                // source's office without its article
                if let Some((_, e)) = role_after(s, k) {
                    k = e;
                    continue;
                }
                // (", according to the national grid operator, GridVal.": the
                // described body's name set off after it)
                if let Some(e) = name_set_off(s, k, hi) {
                    k = e;
                    continue;
                }
                // ", 45," / ", Reuters reported" and similar: not a tail
                return (false, None, None, None);
            }
            // "Kest said of the talks", "she said about the plan"
            let preposition = lexicon::preposition(w) || matches!(w, "of" | "about");
            if !preposition
                && (lexicon::aux_or_adverb(w)
                    || s.toks[k].cap && (lexicon::weekday(w) || lexicon::month(w))
                    || w.bytes().all(|b| b.is_ascii_digit()))
            {
                k += 1;
                continue;
            }
            // ("according to a senior official who spoke on condition of anonymity")
            // (", according to minutes of the meeting published alongside the decision")
            if preposition
                || matches!(w, "late" | "early" | "last" | "this" | "next" | "who")
                // "... Kéri told reporters as he arrived for the meeting."
                || matches!(w, "as" | "when" | "while" | "upon") && k + 1 < hi && s.toks[k + 1].word
                || matches!(w, "published" | "released" | "issued") && k > 0 && s.toks[k - 1].word
                // (", according to a draft seen by the Ledger and two people
                // briefed on the plan": who saw the document)
                || matches!(w, "seen" | "obtained" | "reviewed" | "viewed") && s.is(k + 1, "by")
            {
                // a prepositional phrase: skip to the next comma or the end
                // (a relative clause on the source may hold a verb of telling:
                // "officials who were briefed on the plan")
                let relative = matches!(w, "who" | "seen" | "obtained" | "reviewed" | "viewed");
                let mut j = k + 1;
                loop {
                    // 'on OTV's "Morning Desk."': a programme's title in quotes
                    if j < hi && s.toks[j].quote_mark {
                        let close = (j + 1..hi.min(j + 7)).find(|&x| s.toks[x].quote_mark);
                        match close {
                            Some(c)
                                if c > j + 1
                                    && (j + 1..c).all(|x| {
                                        s.toks[x].cap
                                            || !s.toks[x].word
                                            // ("Week in Review", "Capitol Sunday")
                                            || matches!(
                                                s.lw(x),
                                                "the" | "in" | "of" | "and" | "on" | "at" | "for"
                                                    | "a" | "with" | "to"
                                            )
                                    }) =>
                            {
                                j = c + 1;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    if !(j < hi && !s.comma(j) && !s.end_punct(j)) {
                        break;
                    }
                    let past_cue = lexicon::cue_verb(s.lw(j)).is_some_and(|(_, f)| f == Form::Past);
                    let exempt = matches!(s.lw(j), "posted" | "published" | "reported" | "broadcast")
                        || relative && matches!(s.lw(j), "briefed" | "informed" | "told")
                        // ("told lawmakers after the result was announced": a passive
                        // in the occasion tells nothing)
                        || j > k && matches!(s.lw(j - 1), "was" | "were" | "been" | "being");
                    if past_cue && !exempt {
                        return (false, None, None, None);
                    }
                    j += 1;
                }
                // (a relative clause on an anonymous source may give the reason at
                // length: "who spoke on condition of anonymity because they were not
                // authorized to discuss the plans")
                if j - k > if relative { 24 } else { 14 } {
                    return (false, None, None, None);
                }
                k = j;
                continue;
            }
            if matches!(
                w,
                "reporters"
                    | "journalists"
                    | "lawmakers"
                    | "parliament"
                    | "the"
                    | "a"
                    | "an"
                    | "told"
                    | "so"
                    | "too"
                    | "also"
                    | "again"
                    | "not"
                    | "afterward"
                    | "later"
                    | "earlier"
                    | "there"
                    | "here"
                    | "it"
                    | "this"
                    | "that"
            ) {
                k += 1;
                continue;
            }
            if s.toks[k].cap {
                k += 1;
                continue;
            }
            return (false, None, None, None);
        }
        (
            k >= hi || s.rest_is_punct(k.min(hi.saturating_sub(1))),
            citing,
            extra,
            trailing_quote,
        )
    }

    /// `said on state television`, `told Kazakh radio`: the medium relays the words.
    fn medium_via(&self, s: &Sent, k: usize, hi: usize) -> Option<NpInfo> {
        if s.is(k, "through") {
            return spokesperson_via(s, k + 1, hi);
        }
        if !(s.is(k, "on") || s.is(k, "in") || s.is(k, "to")) {
            return None;
        }
        // "said on its Telegram channel": the speaker's own channel relays nothing
        if matches!(s.lw(k + 1), "its" | "his" | "her" | "their" | "our") {
            return None;
        }
        // ("promised to press ahead": an infinitive, no outlet)
        if s.is(k, "to")
            && s.toks.get(k + 1).is_some_and(|t| !t.cap)
            && !lexicon::determiner(s.lw(k + 1))
        {
            return None;
        }
        let (mut ns, ne) = np_right(s, k + 1, hi);
        // ("wrote in an op-ed for The Selm Herald": the outlet the piece ran in)
        if let Some(f) = (ns + 1..ne.saturating_sub(1)).find(|&f| {
            s.is(f, "for")
                && matches!(
                    s.lw(f - 1),
                    "op-ed" | "column" | "article" | "essay" | "commentary" | "piece" | "editorial"
                )
        }) {
            ns = f + 1;
        }
        if ne <= ns || ne - ns > 6 {
            return None;
        }
        // ('said on Channel 9's "Week in Review"': an appearance on a program)
        if names::possessive(s.lw(ne - 1)) {
            return None;
        }
        let info = names::analyze(s.text, &s.toks[ns..ne], &self.registry, false)?;
        (matches!(
            info.source.kind,
            SourceKind::StateMedia | SourceKind::NewsOutlet
        ) && info.class == NpClass::Org
            && !matches!(s.lw(ne - 1), "statement" | "interview" | "post" | "press")
            && !(ns..ne).any(|i| {
                matches!(
                    s.lw(i),
                    "social" | "account" | "website" | "page" | "channel's" | "blog"
                )
            }))
        .then_some(info)
    }

    /// An unattributed sentence worth checking: its span, or None for framing.
    fn unattributed(&self, s: &Sent) -> Option<(usize, usize)> {
        let text = &s.text[s.start..s.end];
        // (a question in quote marks too: 'For the chair, the question is
        // simple: "Who is telling the truth?"')
        if text.trim_end_matches(['"', '\u{201d}']).ends_with('?')
            || text.ends_with(':')
            || text.len() < 12
        {
            return None;
        }
        // ('"Why wait?" Rep. Carla Duran asked at a news conference.': a sentence
        // naming only who spoke, when and where)
        // (a plain verb in the first words before the reading: most sentences
        // have none, and the reading costs a subject search)
        let plain = |v: usize| plain_saying(s.lw(v));
        if (1..s.toks.len().min(18)).any(plain)
            && self.bare_attribution(s).is_some_and(|(_, v)| plain(v))
        {
            return None;
        }
        let words: Vec<&str> = (0..s.toks.len())
            .filter(|&i| s.toks[i].word)
            .map(|i| s.lw(i))
            .collect();
        // (short, but with a figure: "The ruling was 5-2." is checkable; so is a
        // toll: "No one was hurt.", "Two people died.")
        let toll = || {
            words.len() >= 3
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "hurt"
                            | "injured"
                            | "killed"
                            | "died"
                            | "wounded"
                            | "arrested"
                            | "detained"
                    )
                })
        };
        // ("Turnout was 61%.": three words and a figure)
        let digit = || text.bytes().any(|b| b.is_ascii_digit());
        if text.len() < 20 && !digit() && !toll()
            || words.len() < 4
                && !toll()
                && !(words.len() == 3
                    && digit()
                    && !text.starts_with(['(', '['])
                    && !lexicon::pronoun(words[0])
                    && !matches!(words[0], "this" | "that"))
        {
            return None;
        }
        // (a plural's present without -s: "Data show a 7 percent increase",
        // "Most voters support the measure")
        if !words.iter().any(|w| {
            lexicon::finite_verb_like(w)
                || matches!(
                    *w,
                    "show"
                        | "suggest"
                        | "indicate"
                        | "want"
                        | "need"
                        | "face"
                        | "expect"
                        | "remain"
                        | "support"
                        | "oppose"
                        | "lead"
                        | "trail"
                        | "earn"
                        | "owe"
                        | "hold"
                        | "plan"
                )
        }) {
            return None;
        }
        // ("That's it from us for today.", "Thanks for following along.", "We
        // will bring you updates as we get them.": a live blog's word to its
        // readers)
        // (not "Thanks to the new law, prices fell")
        if matches!(words[0], "thanks" | "thank") && words[1] != "to"
            || text.starts_with("That's it")
            || text.starts_with("That’s it")
            || text.starts_with("That's all")
            || text.starts_with("That’s all")
            || words.iter().any(|w| matches!(*w, "us" | "you"))
                && words
                    .iter()
                    .any(|w| matches!(*w, "updates" | "following" | "coverage" | "blog" | "tuned"))
                && !digit()
        {
            return None;
        }
        // "The state's credit rating could also suffer.": a short guess at what may
        // come, nothing to check
        let m = words.len();
        if m <= 8
            && (m - 3..m - 1).any(|k| {
                matches!(words[k], "could" | "might" | "may")
                    && (k + 2 == m || matches!(words[k + 1], "also" | "well" | "yet" | "even"))
            })
            && !text.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        if words.iter().any(|w| lexicon::belief_verb(w))
            && words.iter().any(|w| matches!(*w, "i" | "we"))
        {
            return None;
        }
        // "When I asked him about the casino, he laughed.": a gesture before the
        // words that follow, nothing to check
        if m >= 2
            && matches!(
                words[m - 1],
                "laughed"
                    | "smiled"
                    | "shrugged"
                    | "sighed"
                    | "grinned"
                    | "nodded"
                    | "chuckled"
                    | "winced"
                    | "paused"
            )
            && matches!(words[m - 2], "he" | "she" | "they")
        {
            return None;
        }
        // "The council should ask for an independent study before it commits a
        // dollar.": the writer's prescription, no fact
        if (1..m.min(6)).any(|k| matches!(words[k], "should" | "ought"))
            && !text.bytes().any(|b| b.is_ascii_digit())
            && !words.iter().take(6).any(|w| lexicon::cue_verb(w).is_some())
        {
            return None;
        }
        // "But the answer is to protect those workers": a prescription, no fact
        if words.windows(3).any(|w| {
            matches!(
                w[0],
                "answer" | "solution" | "remedy" | "task" | "priority" | "goal"
            ) && matches!(w[1], "is" | "must" | "should")
                && matches!(w[2], "to" | "be")
        }) {
            return None;
        }
        // A short reaction or attitude leading into quotes ("Business groups welcomed
        // the deal.", "Economists were more cautious."): framing, nothing to check
        if !text.bytes().any(|b| b.is_ascii_digit()) && reaction_frame(&words) {
            return None;
        }
        // ("Below are excerpts from Sunday's debate ...", "The following is a
        // transcript of ...": what follows is introduced, nothing told)
        if matches!(
            words.get(..2),
            Some(["below" | "here" | "following", "are" | "is"] | ["the", "following"])
        ) && words.iter().take(6).any(|w| {
            matches!(
                *w,
                "excerpts" | "excerpt" | "transcript" | "highlights" | "text" | "extracts"
            )
        }) {
            return None;
        }
        // (also with a relative clause reporting words, which are their own
        // claim: "Dahl, who has said she will not raise the pension age for
        // anyone over 50, dismissed the charge.")
        let n = s.toks.len();
        let aside = (1..n.saturating_sub(2))
            .find(|&i| s.comma(i) && matches!(s.lw(i + 1), "who" | "which"))
            // (or closing the sentence: "Brand was responding to a question
            // from Sandell, who had said C.")
            .map(|i| (i, (i + 2..n).find(|&j| s.comma(j)).unwrap_or(n)))
            .filter(|&(i, j)| (i + 2..j).any(|k| lexicon::cue_verb(s.lw(k)).is_some()))
            // (or a description of the subject's own: "The commissioner, whose
            // office had spent two years trying to broker a deal, welcomed the
            // agreement.")
            .or_else(|| {
                let i = (1..n.saturating_sub(2).min(8))
                    .find(|&i| s.comma(i) && s.is(i + 1, "whose"))?;
                let j = (i + 2..n).find(|&j| s.comma(j))?;
                Some((i, j))
            });
        if let Some((i, j)) = aside {
            let outside = |k: usize| (k < i || k > j) && s.toks[k].word;
            let rest: Vec<&str> = (0..n).filter(|&k| outside(k)).map(|k| s.lw(k)).collect();
            let digit = (0..n)
                .filter(|&k| outside(k))
                .any(|k| s.lw(k).bytes().any(|b| b.is_ascii_digit()));
            if !digit && reaction_frame(&rest) {
                return None;
            }
        }
        // "Kessler's remarks, made at a rally, drew criticism from the police
        // chief": the reaction to words just told, whose own words follow
        if words.iter().take(4).any(|w| {
            matches!(
                *w,
                "remarks" | "comments" | "statement" | "claim" | "claims" | "words"
            )
        }) && (0..words.len().saturating_sub(1)).any(|v| {
            // ("The remarks drew quick attention.": with a word of how)
            let how = matches!(
                words[v + 1],
                "quick" | "swift" | "immediate" | "sharp" | "wide" | "widespread" | "fierce"
            );
            let (verb, what) = match words.get(v + 2) {
                Some(&w2) if how => (words[v], w2),
                _ => (words[v], words[v + 1]),
            };
            matches!(
                verb,
                "drew" | "sparked" | "prompted" | "triggered" | "provoked"
            ) && matches!(
                what,
                "attention"
                    | "scrutiny"
                    | "criticism"
                    | "fire"
                    | "condemnation"
                    | "rebukes"
                    | "backlash"
                    | "outrage"
                    | "praise"
                    | "ridicule"
                    | "anger"
                    | "a"
            )
        }) {
            return None;
        }
        // "The embassy did not respond to a request for comment.", "The ministry
        // declined to comment.": the reporter's attempt to ask, nothing to check
        if no_response(&words) {
            return None;
        }
        // "The people requested anonymity to discuss private deliberations.": why
        // the sources go unnamed, said of them
        if words.len() <= 16
            && (words.contains(&"anonymity")
                || words.windows(3).any(|w| {
                    w[0] == "be" && matches!(w[1], "named" | "identified")
                        || w == ["not", "to", "be"]
                }))
            && (matches!(words[0], "they" | "he" | "she" | "both" | "all")
                || words.len() > 2
                    && matches!(words[0], "the" | "those" | "these" | "both")
                    && lexicon::unnamed_head(words[1]))
        {
            return None;
        }
        // "Anyone with information is asked to contact police.": an appeal to
        // the reader, nothing to check
        if words.len() <= 20
            && (words.starts_with(&["anyone", "with", "information"])
                || words.windows(3).any(|w| {
                    matches!(w[0], "asked" | "urged" | "encouraged")
                        && w[1] == "to"
                        && matches!(w[2], "contact" | "call")
                }))
        {
            return None;
        }
        // "The figures are less clear than the governor's office suggests.": a
        // comparison with what someone says, closing the sentence, weighs a claim
        // told elsewhere
        if let Some(v) = words.len().checked_sub(1).filter(|&v| v >= 3) {
            if lexicon::cue_verb(words[v])
                .is_some_and(|(_, f)| matches!(f, Form::Pres3 | Form::Past))
                && (v.saturating_sub(5)..v).any(|x| words[x] == "than")
                && !text.bytes().any(|b| b.is_ascii_digit())
                // (not a forecast's measure: "Growth was slower than the
                // planners predicted" is checkable)
                && !matches!(
                    words[v],
                    "predicted" | "forecast" | "projected" | "estimated" | "anticipated"
                )
            {
                return None;
            }
        }
        // "It was not immediately clear whether ...", "It is unclear how ...": what
        // the article does not know is no claim
        if words[0] == "it"
            && matches!(words[1], "was" | "is" | "remains" | "remained")
            && words[2..words.len().min(6)]
                .iter()
                .any(|w| matches!(*w, "unclear" | "clear" | "known" | "unknown"))
            && (words[2..words.len().min(6)]
                .iter()
                .any(|w| matches!(*w, "not" | "unclear" | "unknown")))
        {
            return None;
        }
        // a live blog's stamp: "Posted at 13:40", "Last updated 14:05 GMT"
        if words.len() <= 6
            && (words.first() == Some(&"posted")
                || words.first() == Some(&"last") && words.get(1) == Some(&"updated"))
            && text.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        // editors' notes: "The interview has been edited for length.", "This
        // story has been updated."
        if words.len() <= 12
            && (words.windows(2).any(|w| w[0] == "edited" && w[1] == "for")
                || matches!(words[0], "this")
                    && matches!(words[1], "story" | "article" | "report" | "page")
                    && words
                        .iter()
                        .any(|w| matches!(*w, "updated" | "published" | "corrected")))
        {
            return None;
        }
        // ("Questions from reporters have been shortened.", "Answers were
        // condensed and translated.": a transcript's note)
        if words.len() <= 12
            && words.get(usize::from(words[0] == "the")).is_some_and(|w| {
                matches!(
                    *w,
                    "questions" | "answers" | "interview" | "transcript" | "remarks" | "exchange"
                )
            })
            && words.windows(2).any(|w| {
                matches!(w[0], "been" | "were" | "was")
                    && matches!(
                        w[1],
                        "edited" | "shortened" | "condensed" | "abridged" | "translated"
                    )
            })
        {
            return None;
        }
        // "The official was not authorized to speak publicly.", "He spoke on
        // condition of anonymity.": why a source is unnamed, nothing to check
        if words.len() <= 16
            && (words.windows(3).any(|w| {
                w[0] == "not" && matches!(w[1], "authorized" | "authorised") && w[2] == "to"
            }) || words.windows(3).any(|w| w == ["on", "condition", "of"]))
        {
            return None;
        }
        // "Not everyone shares her optimism.": framing; "The council should think
        // again.": the writer's opinion, nothing to check
        if words[0] == "not" && matches!(words[1], "everyone" | "everybody" | "all")
            || !text.bytes().any(|b| b.is_ascii_digit())
                && words.len() <= 12
                && words[..words.len().min(5)]
                    .iter()
                    // ("That figure deserves scrutiny.")
                    .any(|w| matches!(*w, "should" | "ought" | "deserves" | "deserve" | "merits"))
        {
            return None;
        }
        // "Here is what we know so far.", "The following is an edited transcript
        // of ..." frame what follows
        if words[0] == "the" && words[1] == "following" && matches!(words[2], "is" | "are") {
            return None;
        }
        // ("The question is whether the numbers add up.": what the piece asks)
        if words[0] == "the"
            && matches!(words[1], "question" | "questions")
            && matches!(words[2], "is" | "are" | "now")
            && words[3..words.len().min(5)]
                .iter()
                .any(|w| matches!(*w, "whether" | "how" | "why" | "what" | "if" | "who"))
        {
            return None;
        }
        if matches!(words[0], "here's" | "here’s")
            || words[0] == "here" && matches!(words[1], "is" | "are")
        {
            return None;
        }
        if matches!(
            words[0],
            "i" | "we"
                // ("We've been hearing from residents in Vesh.": a live page's frame)
                | "we've"
                | "we’ve"
                | "i've"
                | "i’ve"
                | "you"
                | "click"
                | "subscribe"
                | "read"
                | "watch"
                | "follow"
                | "sign"
                | "advertisement"
                | "share"
        ) {
            return None;
        }
        // A headline-style line (no final punctuation, mostly capitalized words) is framing.
        let caps = s.toks.iter().filter(|t| t.word && t.cap).count();
        // (a clause cut from a longer sentence ends at its comma)
        let clause = s.text[s.end..].starts_with(',');
        // (not a list's item: "- The Security Council will meet on Friday")
        let item = s.text[..s.start]
            .trim_end_matches(' ')
            .strip_suffix(['-', '•', '*', '–', '—'])
            .is_some_and(|b| b.is_empty() || b.ends_with('\n'));
        if !text.ends_with(['.', '!', '"', '”', '\'', '’'])
            && !clause
            && !item
            && caps * 2 > words.len()
        {
            return None;
        }
        Some((s.start, s.end))
    }
}

/// A short sentence that only frames the reactions quoted after it (`words`:
/// its lowercase words): a stance verb on something already told of ("The union
/// disputed that account."), or a group's mood ("Fishing groups are wary.").
fn reaction_frame(words: &[&str]) -> bool {
    let n = words.len();
    // (the subject may carry its aside: "Senate Minority Leader Judith Okafor,
    // a Democrat from Lask, rejected that account.")
    if n == 0 || n > 14 {
        return false;
    }
    let last = words[n - 1];
    // ("Mr Prell's words were echoed by the chief executive, Amir Haddad, who
    // said C": whose words agree with what was told, theirs after it)
    if n >= 5
        && (2..n - 2).any(|v| {
            matches!(words[v], "echoed" | "shared" | "seconded" | "endorsed")
                && matches!(words[v - 1], "was" | "were")
                && words[v + 1] == "by"
                && words[..v - 1].iter().any(|w| {
                    matches!(
                        *w,
                        "words"
                            | "remarks"
                            | "comments"
                            | "view"
                            | "views"
                            | "concern"
                            | "concerns"
                            | "criticism"
                            | "warning"
                            | "warnings"
                            | "sentiment"
                            | "call"
                            | "calls"
                    )
                })
        })
    {
        return true;
    }
    // ("Brand was responding to a question from Sandell": to whose words)
    if (4..=12).contains(&n)
        && (1..n - 2).any(|v| {
            matches!(words[v], "responding" | "replying" | "reacting") && words[v + 1] == "to"
        })
        && words.iter().any(|w| {
            matches!(
                *w,
                "question" | "questions" | "remarks" | "comments" | "criticism" | "charge"
            )
        })
    {
        return true;
    }
    // ("What happened next is disputed.", "Who fired first remains unclear.":
    // the accounts that follow tell it)
    if (4..=8).contains(&n)
        && matches!(words[0], "what" | "who" | "how" | "why" | "exactly")
        && matches!(
            last,
            "disputed" | "contested" | "unclear" | "uncertain" | "murky"
        )
        && matches!(words[n - 2], "is" | "was" | "remains" | "remained")
    {
        return true;
    }
    // ("That denial was rejected by Wren", "The claim was quickly disputed by
    // the ministry": a reply to words just told, its own words after it)
    if (6..=10).contains(&n)
        && matches!(
            words[0],
            "that" | "this" | "the" | "those" | "these" | "such"
        )
        && matches!(
            words[1],
            "denial"
                | "denials"
                | "claim"
                | "claims"
                | "account"
                | "accounts"
                | "charge"
                | "charges"
                | "accusation"
                | "accusations"
                | "allegation"
                | "allegations"
                | "assertion"
                | "explanation"
                | "version"
                | "characterization"
                | "argument"
                | "figure"
                | "estimate"
        )
        && matches!(words[2], "was" | "were" | "has" | "have")
        && (3..n.min(7)).any(|v| {
            words[v + 1..].first() == Some(&"by")
                && matches!(
                    words[v],
                    "rejected" | "dismissed" | "disputed" | "challenged" | "denied" | "contested"
                )
        })
    {
        return true;
    }
    // "The White House disagreed.", "Republicans objected.": a stance, no content
    // ("Economists who have studied stadiums around the world disagree.")
    if n <= 12
        && matches!(
            last,
            "disagreed"
                | "disagrees"
                | "disagree"
                | "objected"
                | "objects"
                | "dissented"
                | "demurred"
        )
    {
        return true;
    }
    // ("Farmers in the area are frustrated.", "Residents remain wary.": a mood
    // leading into the quotes that give it)
    if (3..=8).contains(&n)
        && matches!(
            last,
            "frustrated"
                | "angry"
                | "furious"
                | "worried"
                | "anxious"
                | "nervous"
                | "unhappy"
                | "upset"
                | "wary"
                | "sceptical"
                | "skeptical"
                | "hopeful"
                | "relieved"
                | "divided"
        )
        && matches!(
            words[n - 2],
            "are"
                | "is"
                | "were"
                | "was"
                | "remain"
                | "remained"
                | "feel"
                | "felt"
                | "seem"
                | "seemed"
        )
    {
        return true;
    }
    // "That claim drew loud boos.", "The remarks drew applause.": how the words
    // before were met
    if (3..=7).contains(&n)
        && matches!(words[0], "that" | "this" | "the" | "his" | "her" | "their")
        && (1..n - 1).any(|v| matches!(words[v], "drew" | "draws" | "met" | "prompted"))
        && matches!(
            last,
            "boos" | "applause" | "cheers" | "jeers" | "laughter" | "gasps" | "groans" | "silence"
        )
    {
        return true;
    }
    // "Agriculture Minister Tomas Hedin rejected that.": a reply to what was
    // just told, its words follow
    // (not a denial that did not come: "She has not denied that.")
    // (also how it was met: "Consumer groups welcomed it.")
    if (3..=10).contains(&n)
        && matches!(last, "that" | "this" | "it")
        && (lexicon::reply_verb(words[n - 2])
            || matches!(
                words[n - 2],
                "welcomed" | "praised" | "applauded" | "condemned" | "criticised" | "criticized"
            ))
        && !words.iter().any(|w| matches!(*w, "not" | "never" | "n't"))
    {
        return true;
    }
    // ("Immigrant advocates disputed that reading.", "Advocates rejected that
    // view.": the same reply, to a view just told by its name)
    if (4..=12).contains(&n)
        && matches!(words[n - 2], "that" | "this" | "those" | "these")
        && matches!(
            last,
            "reading"
                | "view"
                | "views"
                | "account"
                | "assessment"
                | "interpretation"
                | "characterization"
                | "characterisation"
                | "version"
                | "argument"
                | "explanation"
                | "narrative"
                | "description"
                | "analysis"
                | "claim"
                | "claims"
        )
        && (lexicon::reply_verb(words[n - 3])
            || matches!(
                words[n - 3],
                "welcomed" | "praised" | "condemned" | "questioned"
            ))
        && !words.iter().any(|w| matches!(*w, "not" | "never" | "n't"))
    {
        return true;
    }
    // "Senate Minority Leader Rosa Quint struck a more pessimistic tone.",
    // "The governor sounded a note of caution.": the manner of the words that
    // follow
    if let Some(v) = (1..n.saturating_sub(2)).find(|&v| {
        matches!(
            words[v],
            "struck" | "strikes" | "sounded" | "sounds" | "took" | "takes"
        ) && matches!(words[v + 1], "a" | "an")
    }) {
        let object = &words[v + 2..];
        if object.len() <= 4
            && object.iter().any(|w| matches!(*w, "tone" | "note"))
            && !object.iter().any(|w| w.as_bytes()[0].is_ascii_digit())
        {
            return true;
        }
    }
    // "Mayor Luisa Ferro echoed that sentiment.", "Others shared those
    // concerns.": agreement with a view just told, whose words follow
    if let Some(v) = (1..n.saturating_sub(2)).find(|&v| {
        matches!(
            words[v],
            "echoed" | "echoes" | "shared" | "shares" | "seconded" | "voiced"
        ) && matches!(
            words[v + 1],
            "that" | "those" | "this" | "these" | "the" | "similar" | "such"
        )
    }) {
        let object = &words[v + 2..];
        if object.len() <= 2
            && object.last().is_some_and(|w| {
                matches!(
                    *w,
                    "sentiment"
                        | "sentiments"
                        | "view"
                        | "views"
                        | "concern"
                        | "concerns"
                        | "criticism"
                        | "criticisms"
                        | "point"
                        | "message"
                        | "assessment"
                        | "position"
                        | "warning"
                        | "warnings"
                        | "frustration"
                        | "worries"
                        | "fears"
                )
            })
        {
            return true;
        }
    }
    // "Witnesses described scenes of panic.": the words that follow describe them
    if n <= 7
        && words
            .iter()
            .any(|w| matches!(*w, "described" | "recounted" | "recalled"))
        && words
            .iter()
            .any(|w| matches!(*w, "scenes" | "scene" | "chaos" | "ordeal" | "moments"))
    {
        return true;
    }
    // "That is not how his rivals see it.", "Not everyone sees it that way.":
    // another view, told in the words that follow
    let sees = |w: &str| matches!(w, "see" | "sees" | "saw" | "view" | "views" | "viewed");
    if n <= 10
        && (n >= 3 && last == "it" && sees(words[n - 2]) && words.contains(&"how")
            || n >= 5
                && words[n - 2..] == ["that", "way"]
                && words[n - 3] == "it"
                && sees(words[n - 4]))
    {
        return true;
    }
    // "Democrats see it differently.": another view, told in the words that follow
    if n <= 7
        && last == "differently"
        && words
            .iter()
            .any(|w| matches!(*w, "see" | "sees" | "saw" | "view" | "views" | "viewed"))
    {
        return true;
    }
    // "The palace also weighed in.": someone joined, their words follow
    if (2..=10).contains(&n)
        && last == "in"
        && matches!(words[n - 2], "weighed" | "chimed" | "waded")
    {
        return true;
    }
    // "Other cities have acted.", "The ministry responded.": that someone did
    // something, told elsewhere
    if n <= 5 && matches!(last, "acted" | "reacted" | "responded") {
        return true;
    }
    // "The guards' union backed the report's findings.": agreement with what was
    // just told
    if n <= 10
        && matches!(
            last,
            "findings" | "conclusions" | "recommendations" | "account" | "report"
        )
        && words[..n - 1]
            .iter()
            .rev()
            .take(4)
            .any(|w| matches!(*w, "backed" | "endorsed" | "supported" | "echoed"))
    {
        return true;
    }
    // "That account was disputed by Karl Osen, a former project director.": the
    // passive of a stance on what was just told, whose words follow
    if n >= 5
        && matches!(words[0], "that" | "this" | "the" | "those" | "these")
        && matches!(
            words[1],
            "account"
                | "claim"
                | "claims"
                | "version"
                | "assertion"
                | "characterization"
                | "characterisation"
                | "view"
                | "figure"
                | "figures"
                | "explanation"
        )
        && matches!(words[2], "was" | "were" | "is" | "has")
        && words[3..n.min(6)].iter().any(|w| {
            matches!(
                *w,
                "disputed"
                    | "challenged"
                    | "contested"
                    | "rejected"
                    | "contradicted"
                    | "questioned"
            )
        })
        && words[3..n.min(7)].contains(&"by")
    {
        return true;
    }
    // "Asked whether she would run again, she laughed.": a gesture, no answer
    if words[0] == "asked"
        && matches!(
            last,
            "laughed" | "smiled" | "shrugged" | "paused" | "grinned" | "demurred" | "sighed"
        )
    {
        return true;
    }
    // "Caro's campaign fired back within the hour.", "The ministry hit back at
    // Vell": a retort, told in the words that follow
    if let Some(v) =
        (1..n.saturating_sub(1)).find(|&v| lexicon::retort_verb(words[v]) && words[v + 1] == "back")
    {
        // (not gunfire: "The army fired back at the rebels.")
        let armed = words[..v].iter().any(|w| {
            matches!(
                *w,
                "army"
                    | "troops"
                    | "soldiers"
                    | "forces"
                    | "police"
                    | "rebels"
                    | "militants"
                    | "guards"
                    | "military"
                    | "gunmen"
                    | "officers"
                    | "fighters"
            )
        });
        if !armed
            && n - v - 2 <= 6
            && !words[v + 2..]
                .iter()
                .any(|w| w.as_bytes()[0].is_ascii_digit())
        {
            return true;
        }
    }
    // "Kallis's comments came as his party faces a tight race": when the words
    // just told were said
    if (1..n.min(5)).any(|v| {
        words[v] == "came"
            && matches!(
                words[v - 1],
                "comments" | "comment" | "remarks" | "remark" | "words" | "statement" | "warning"
            )
    }) {
        return true;
    }
    // "Party officials have played down the threat.", "The ministry downplayed
    // the risk.": a stance on what was told, whose words follow
    if let Some(v) = (1..n.saturating_sub(2)).find(|&v| {
        matches!(words[v], "played" | "plays" | "play") && words[v + 1] == "down"
            || matches!(words[v], "downplayed" | "downplays")
    }) {
        let object = &words[v + if words[v + 1] == "down" { 2 } else { 1 }..];
        if (2..=4).contains(&object.len())
            && matches!(
                object[0],
                "the" | "that" | "this" | "those" | "these" | "his" | "her" | "its" | "their"
            )
            && matches!(
                object[object.len() - 1],
                "threat"
                    | "threats"
                    | "risk"
                    | "risks"
                    | "danger"
                    | "concerns"
                    | "concern"
                    | "criticism"
                    | "dispute"
                    | "report"
                    | "reports"
                    | "remarks"
                    | "comments"
                    | "rift"
                    | "split"
                    | "tension"
                    | "tensions"
                    | "significance"
                    | "problem"
            )
        {
            return true;
        }
    }
    // "Ocampo went further.", "The union went a step further.", "Rieck went
    // first.": the words follow
    if matches!(last, "further" | "first")
        && words[..n - 1]
            .iter()
            .rev()
            .take(3)
            .any(|w| matches!(*w, "went" | "goes" | "go"))
    {
        return true;
    }
    let Some(v) = (1..n).find(|&v| {
        lexicon::reaction_verb(words[v])
            || lexicon::stance_verb(words[v])
            || matches!(
                words[v],
                "questioned"
                    | "expected"
                    | "seized"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "remained"
                    | "remain"
                    | "gave"
                    | "give"
                    | "offered"
                    | "told"
                    | "cautioned"
                    | "warned"
                    | "dispute"
                    | "contest"
                    | "called"
                    | "calls"
                    | "pressed"
            )
    }) else {
        return false;
    };
    let rest = &words[v + 1..];
    match words[v] {
        // "Witnesses gave a different account.", "told a different story"
        "gave" | "give" | "offered" | "told" => {
            matches!(
                rest,
                ["a", "different" | "conflicting" | "contrasting" | "similar" | "shorter" | "fuller"
                    | "longer" | "brief" | "detailed" | "sharply" | "starkly", .., n]
                    if matches!(*n, "account" | "version" | "story" | "picture") && rest.len() <= 4
            ) || matches!(
                rest,
                // "Witnesses gave conflicting accounts."
                ["conflicting" | "contradictory" | "different" | "differing" | "contrasting", n]
                    if matches!(*n, "accounts" | "versions" | "stories")
            )
        }
        // the mood of a group: "were less enthusiastic", "are wary"
        "were" | "was" | "are" | "is" | "remained" | "remain" => {
            // ("Some farmers are unconvinced by either candidate.", "remain wary
            // of the plan": what the mood is about, in a few words)
            let about = (1..rest.len().min(3))
                .find(|&k| matches!(rest[k], "by" | "of" | "about"))
                .filter(|&k| rest.len() - k <= 4);
            let (rest, n) = match about {
                Some(k) => (&rest[..k], n - (rest.len() - k)),
                None => (rest, n),
            };
            let adj = match rest {
                [a] => a,
                // "were not convinced"
                ["not", a]
                    if matches!(
                        *a,
                        "convinced" | "persuaded" | "impressed" | "satisfied" | "reassured"
                    ) =>
                {
                    a
                }
                [i, a]
                    if matches!(
                        *i,
                        "less" | "more" | "far" | "much" | "very" | "deeply" | "also"
                    ) =>
                {
                    a
                }
                _ => return false,
            };
            // "The Kessian account was shorter.", "Ostel's readout was blunter.":
            // how the account that follows compares
            let account = matches!(
                words[v - 1],
                "account" | "version" | "readout" | "statement" | "response" | "reply"
            );
            if account
                && n <= 7
                && matches!(
                    *adj,
                    "shorter"
                        | "longer"
                        | "different"
                        | "briefer"
                        | "terser"
                        | "vaguer"
                        | "blunter"
                        | "sharper"
                        | "brief"
                        | "terse"
                        | "vague"
                        | "blunt"
                        | "curt"
                )
            {
                return true;
            }
            // (the subject may carry its aside: "Caro's running mate, Lise Moen,
            // was more measured."; or a clause of its own: "Petr Kolar, who has
            // campaigned for the reopening, was more cautious.")
            (n <= 10 || n <= 16 && words[..v].contains(&"who"))
                && (matches!(
                    *adj,
                    "enthusiastic"
                        | "cautious"
                        | "wary"
                        | "skeptical"
                        | "sceptical"
                        | "divided"
                        | "optimistic"
                        | "pessimistic"
                        | "hopeful"
                        | "gloomy"
                        | "upbeat"
                        | "critical"
                        | "supportive"
                        | "unconvinced"
                        | "unimpressed"
                        | "guarded"
                        // ("Public polls are mixed.", "Reaction was mixed.")
                        | "mixed"
                        // ("Caro's running mate, Lise Moen, was more measured.")
                        | "measured"
                        | "restrained"
                        | "doubtful"
                        // ("His critics are less amused.")
                        | "amused"
                        | "pleased"
                        | "convinced"
                        | "persuaded"
                        | "impressed"
                        | "satisfied"
                        | "reassured"
                        // ("Others in his party were less sure.")
                        | "sure"
                        | "certain"
                        | "confident"
                        // ("Climate groups were scathing.")
                        | "scathing"
                        | "furious"
                        | "angry"
                        | "dismissive"
                        | "scornful"
                        | "jubilant"
                        | "delighted"
                        | "relieved"
                        | "disappointed"
                )
                // ("The mayor was defiant.": the manner of the words that follow)
                || lexicon::manner_word(adj))
        }
        // an opinion of what was just told: "has called the plan unrealistic"
        // (a quoted word is the speaker's own: `called the raise "a good first
        // step"`, which the quote's reading takes)
        "called" | "calls" => {
            (2..=4).contains(&rest.len())
                && matches!(
                    rest[0],
                    "the" | "it" | "this" | "that" | "his" | "her" | "their" | "its"
                )
                && matches!(
                    last,
                    "unrealistic"
                        | "irresponsible"
                        | "reckless"
                        | "dangerous"
                        | "unfair"
                        | "absurd"
                        | "misguided"
                        | "ridiculous"
                        | "unacceptable"
                        | "outrageous"
                        | "unworkable"
                        | "unaffordable"
                        | "shameful"
                        | "disgraceful"
                        | "premature"
                        | "naive"
                        | "cynical"
                        | "baseless"
                        | "unfounded"
                        | "misleading"
                        | "historic"
                        | "disappointing"
                        | "encouraging"
                )
        }
        // "Committee chair Linn Sato pressed him on bonuses.": a question is put,
        // nothing asserted
        "pressed" => {
            (3..=5).contains(&rest.len())
                && matches!(rest[0], "him" | "her" | "them" | "it")
                && matches!(rest[1], "on" | "about" | "over")
        }
        // "seized on the case" (not "seized weapons")
        "seized" => rest.first() == Some(&"on") && (2..=4).contains(&rest.len()),
        // "Other experts cautioned against drawing firm conclusions."
        "cautioned" | "warned" => rest.first() == Some(&"against") && rest.len() <= 5,
        // a stance on what was already told: "rejected the charge" (a court, a
        // legislature or the voters deciding is an event, not a reaction: "The
        // court rejected the claims.", "Parliament rejected the deal.")
        _ => {
            // (not an office named after one: "Senate Minority Leader Okafor")
            let deciders = (0..v).any(|x| {
                !words[x + 1..(x + 3).min(v)]
                    .iter()
                    .any(|w| lexicon::title_word(w))
                    && matches!(
                        words[x],
                        "court"
                            | "judge"
                            | "judges"
                            | "jury"
                            | "tribunal"
                            | "parliament"
                            | "senate"
                            | "congress"
                            | "assembly"
                            | "legislature"
                            | "lawmakers"
                            | "mps"
                            | "voters"
                            | "council"
                            | "committee"
                            | "cabinet"
                            | "board"
                            | "regulator"
                            | "regulators"
                    )
            });
            !deciders
                && (1..=4).contains(&rest.len())
                && matches!(
                    last,
                    "charge"
                        | "charges"
                        | "claim"
                        | "claims"
                        | "criticism"
                        | "account"
                        | "allegation"
                        | "allegations"
                        | "accusation"
                        | "accusations"
                        | "report"
                        | "reports"
                        | "deal"
                        | "decision"
                        | "ruling"
                        | "verdict"
                        | "result"
                        | "results"
                        | "increase"
                        | "hike"
                        | "cut"
                        | "outcome"
                        | "findings"
                        | "move"
                        | "announcement"
                        | "agreement"
                        | "involvement"
                        | "responsibility"
                        | "wrongdoing"
                        | "case"
                        | "figures"
                        | "numbers"
                        | "estimate"
                        | "estimates"
                        | "figure"
                        | "draft"
                        | "plan"
                        | "target"
                        | "goal"
                        | "policy"
                        | "strategy"
                        | "pact"
                        | "bill"
                        | "measure"
                        | "tally"
                        | "poll"
                        | "polls"
                        | "survey"
                        | "toll"
                        | "concerns"
                        | "worries"
                        | "fears"
                        | "suggestions"
                        | "proposal"
                        | "proposals"
                        | "idea"
                        | "remarks"
                        | "comments"
                        // "Ms. Marsh's campaign dismissed the speech."
                        | "remark"
                        | "comment"
                        | "speech"
                        | "speeches"
                        | "statement"
                        | "testimony"
                        | "argument"
                        | "arguments"
                        | "critique"
                        | "offer"
                        // ("Immigrant advocates criticized the deployment.")
                        | "deployment"
                        | "appointment"
                        | "nomination"
                        | "sentence"
                        | "ban"
                        | "tariffs"
                        | "visit"
                        // ("Finance Minister Karl Aune welcomed the signal.")
                        | "signal"
                        | "signals"
                        | "news"
                        | "step"
                        | "explanation"
                        | "version"
                        | "characterisation"
                        | "characterization"
                        | "cost"
                        | "costs"
                        | "timing"
                        | "price"
                        | "need"
                        // "Bell dismissed the threat."
                        | "threat"
                        | "threats"
                        | "warning"
                        | "warnings"
                        | "speculation"
                        | "rumours"
                        | "rumors"
                        | "concern"
                        | "suggestion"
                        | "complaints"
                        | "demand"
                        | "demands"
                        // ("Pell's campaign dismissed the analysis.")
                        | "analysis"
                        | "analyses"
                        | "study"
                        | "studies"
                        | "assessment"
                        | "forecast"
                        | "forecasts"
                        | "projection"
                        | "projections"
                        | "audit"
                        | "story"
                        | "stories"
                        | "attacks"
                        | "criticisms"
                        | "complaint"
                )
        }
    }
}

/// Whether `name` (one word) follows a preposition of place (`to Ostel`, `in
/// Ostel`, `from Ostel`) in the 4 KB of `lower` (the article, lowercase) before
/// `upto`: then it names a place, not a person.
fn named_as_place(lower: &str, upto: usize, name: &str) -> bool {
    named_as(lower, upto, name, false)
}

/// Whether the article has written `name` as a state's owner so far (`Vestra's
/// president`, `Vestra's foreign ministry`): a one-word body that speaks is then
/// the state, not a company (a company is also `in` or `into` things).
fn named_as_state(lower: &str, upto: usize, name: &str) -> bool {
    named_as(lower, upto, name, true)
}

fn named_as(lower: &str, upto: usize, name: &str, owner_only: bool) -> bool {
    let name = name.to_ascii_lowercase();
    // (and the 2 KB after: "Tamsk denied ..." before "talks in Tamsk")
    let mut end = (upto + 2048).min(lower.len());
    while !lower.is_char_boundary(end) {
        end -= 1;
    }
    let window = &lower.as_bytes()[upto.saturating_sub(4096)..end];
    memchr::memmem::find_iter(window, name.as_bytes()).any(|at| {
        let end = at + name.len();
        let whole = window.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        let before = &window[..at];
        // "Kessland's embassy", "Kessland's foreign ministry": a state's
        let owner_of_state = window[end..].starts_with(b"'s ") && {
            let next = &window[end + 3..];
            let w = next
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .map_or(next, |k| &next[..k]);
            matches!(
                w,
                b"embassy"
                    | b"government"
                    | b"foreign"
                    | b"ministry"
                    | b"president"
                    | b"prime"
                    | b"army"
                    | b"military"
                    | b"ambassador"
                    | b"defence"
                    | b"defense"
                    | b"parliament"
                    | b"navy"
                    | b"border"
                    | b"capital"
                    | b"cabinet"
            )
        };
        let after_place_word = |before: &[u8]| {
            [
                " to ",
                " in ",
                " from ",
                " against ",
                " into ",
                " across ",
                " toward ",
                // ("trade between Ostel and Tamsk")
                " between ",
            ]
            .iter()
            .any(|p| before.ends_with(p.as_bytes()))
        };
        // ("Negotiators from Tamsk and Kessland": the second of two places)
        let second_place = || {
            before.strip_suffix(b" and ").is_some_and(|b| {
                let w = b.iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
                w < b.len()
                    && b[w..].iter().all(u8::is_ascii_alphabetic)
                    && after_place_word(&b[..w])
            })
        };
        whole && owner_of_state
            || whole
            && !owner_only
            && (after_place_word(before) || second_place())
            // "according to Holt" names a speaker, not a place
            && !before.ends_with(b"according to ")
            // ("a statement from Holt's office", "a letter to Holt's lawyer": an
            // owner, a place only by the words above)
            && !window[end..].starts_with(b"'s ")
            && !window[end..].starts_with("’s ".as_bytes())
    })
}

/// The name the body gives right after a role ("... opposition leader Greta
/// Marrow said"): two or three capitalised words, the first mention.
fn name_after_role(body: &str, role: &str) -> Option<String> {
    if role.len() < 4 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    let role = role.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(&role) {
        let start = from + pos;
        let mut at = start + role.len();
        from = at;
        // (a shadow office is another: "Shadow home secretary Neil Parr" is no
        // "Home Secretary")
        if lower[..start].ends_with("shadow ") && !role.contains("shadow") {
            continue;
        }
        // ("The Home Secretary, Dame Ruth Ashby,": the name set off after it,
        // past an honorific)
        if body[at..].starts_with(", ") {
            at += 1;
        }
        if !body[at..].starts_with(' ') {
            continue;
        }
        let words: Vec<&str> = body[at..]
            .split_whitespace()
            .skip_while(|w| {
                let w = w.trim_end_matches('.').to_ascii_lowercase();
                names::honorific(&w) || matches!(w.as_str(), "dame" | "sir" | "lord" | "lady")
            })
            .take(3)
            .collect();
        let mut name = Vec::new();
        for w in words {
            let clean = w.trim_end_matches([',', '.', ';', ':', '\'', '’']);
            let clean = clean.strip_suffix("'s").unwrap_or(clean);
            let cap = clean.chars().next().is_some_and(char::is_uppercase)
                && clean.chars().skip(1).any(char::is_lowercase)
                && !lexicon::title_word(&clean.to_ascii_lowercase());
            if !cap {
                break;
            }
            name.push(clean);
            if clean.len() != w.len() {
                break;
            }
        }
        if name.len() >= 2 {
            return Some(name.join(" "));
        }
    }
    None
}

/// The fullest capitalized name in `body` that ends with `short` (`Kora` → `Ines Kora`).
fn fuller_name_in(body: &str, short: &str) -> Option<String> {
    let mut best: Option<String> = None;
    let mut from = 0;
    while let Some(pos) = body[from..].find(short) {
        let at = from + pos;
        from = at + short.len();
        let after_ok = body[from..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if !after_ok {
            continue;
        }
        let before: Vec<&str> = body[..at].split_whitespace().rev().take(2).collect();
        let mut name = short.to_string();
        for raw in before {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let lower = w.to_ascii_lowercase();
            // (each word joined to the name, its own end unpunctuated: not "Teller
            // County. But Varn"; and no sentence's opening word: not "But Varn")
            if w.chars().next().is_some_and(char::is_uppercase)
                && !lexicon::title_word(&lower)
                && w.len() > 1
                && !raw.ends_with([',', '.', '"', ':', ';', '?', '!', ')', '\u{201d}'])
                && !lexicon::opening_word(&lower)
                && !lexicon::preposition(&lower)
                && !lexicon::determiner(&lower)
                && !lexicon::sentence_opener(&lower)
                && lower != "or"
            {
                name = format!("{w} {name}");
            } else {
                break;
            }
        }
        if name.contains(' ') && best.as_ref().is_none_or(|b| name.len() > b.len()) {
            best = Some(name);
        }
    }
    best
}

/// The title the body writes before `full` ("Mayor Rick Hale"): up to three title
/// words right before its first mention.
fn title_before_in(body: &str, full: &str) -> Option<String> {
    let at = body.find(full)?;
    let words: Vec<&str> = body[..at].split_whitespace().rev().take(3).collect();
    if body[..at].trim_end().ends_with([',', '.', '"', ':']) {
        return None;
    }
    let n = words
        .iter()
        .take_while(|w| lexicon::title_word(&w.trim_end_matches('.').to_ascii_lowercase()))
        .count();
    (n > 0).then(|| {
        let mut t: Vec<&str> = words[..n].to_vec();
        t.reverse();
        t.join(" ")
    })
}

fn before_is_break(s: &Sent, lo: usize, i: usize) -> bool {
    if i <= lo {
        return false;
    }
    let p = i - 1;
    if s.comma(p) {
        return true;
    }
    if !s.toks[p].quote_mark || p <= lo {
        return false;
    }
    // ('"He said, \'Get rid of it,\'" Ek testified': a quote inside the quote
    // closes with it, the punctuation before both)
    let q = if p > lo + 1 && matches!(s.lw(p - 1), "'" | "’") {
        p - 1
    } else {
        p
    };
    s.comma(q - 1) || matches!(s.lw(q - 1), "," | "!" | "?" | "." | "—")
}

/// A noun of change that figures show ("a rise of 14 percent", "a 7 percent
/// increase").
fn change_noun(w: &str) -> bool {
    matches!(
        w,
        "rise" | "increase" | "fall" | "drop" | "decline" | "jump" | "decrease"
    )
}

/// The colon closing an according-to source that ends at token `ne` (past a
/// relative clause on it: "according to three lawmakers who have heard it:
/// C"), when words follow it.
fn colon_after_source(s: &Sent, ne: usize, hi: usize) -> Option<usize> {
    (ne..hi.min(ne + 10))
        .take_while(|&x| !s.comma(x) && !s.toks[x].quote_mark)
        .find(|&x| s.is(x, ":"))
        .filter(|&x| x + 4 < hi)
}

/// The verb that brought out a document just before token `that` ("released a
/// television ad on Monday that", "issued a statement which"): a verb of
/// bringing out, its article, lowercase words ending in a document's name, and
/// at most an occasion ("on Monday", "this week") before `that`.
fn released_document(s: &Sent, lo: usize, that: usize) -> Option<usize> {
    let mut d = that;
    // the occasion
    if d >= lo + 2 && (lexicon::weekday(s.lw(d - 1)) || lexicon::time_word(s.lw(d - 1))) {
        d -= 1;
        if matches!(s.lw(d - 1), "on" | "this" | "last" | "late" | "early") {
            d -= 1;
        }
    }
    if d < lo + 3 || !(lexicon::document_word(s.lw(d - 1)) || release_object(s.lw(d - 1))) {
        return None;
    }
    let mut k = d - 1;
    while k > lo && d - k <= 4 && s.toks[k - 1].word && !s.toks[k - 1].cap {
        k -= 1;
        if matches!(
            s.lw(k),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        ) {
            return (k > lo
                && !s.toks[k - 1].quoted
                && (lexicon::brought_out(s.lw(k - 1))
                    || matches!(s.lw(k - 1), "aired" | "launched" | "posted" | "sent")))
            .then(|| k - 1);
        }
    }
    None
}

/// What a campaign or a body releases besides its documents ("an ad that
/// accuses", "a video that shows").
fn release_object(w: &str) -> bool {
    matches!(
        w,
        "ad" | "ads" | "advert" | "advertisement" | "commercial" | "video" | "letter" | "memo"
    )
}

/// Walk left from a cue to find its subject phrase: (start, end) token range.
fn subject_left(s: &Sent, lo: usize, cue: usize) -> Option<(usize, usize)> {
    // ("More than 3,000 residents said": the number's comma is no edge)
    subject_span(s, lo, cue).map(|(mut a, e)| {
        let mut over_number = false;
        while a >= lo + 2 && s.digit_comma(a - 1) {
            a -= 2;
            over_number = true;
        }
        // ("C, a study of nearly 8,000 adults found": the phrase the number's
        // "of" belongs to, as without the number's comma)
        if over_number {
            let mut o = a;
            while o > lo + 1
                && o + 3 > a
                && matches!(
                    s.lw(o - 1),
                    "nearly" | "about" | "some" | "more" | "than" | "almost" | "over"
                )
            {
                o -= 1;
            }
            // ("The union representing 6,000 port workers said": the one who
            // speaks for the number, as without its comma)
            let serving = o >= lo + 2
                && matches!(
                    s.lw(o - 1),
                    "representing"
                        | "employing"
                        | "advising"
                        | "backing"
                        | "supporting"
                        | "with"
                        | "for"
                );
            if o >= lo + 2 && (s.is(o - 1, "of") || serving) {
                if let Some((a2, e2)) = subject_span(s, lo, o - 1) {
                    if e2 == o - 1 && s.toks[a2..e2].iter().all(|t| t.word && !t.quoted) {
                        a = a2;
                    }
                }
            }
        }
        // ("Those close to the senator said": the pronoun heads the phrase)
        if a > lo && s.is(a - 1, "those") && lexicon::nearness_word(s.lw(a)) {
            a -= 1;
        }
        // ("Three former employees of the group, Medikon, told C": the name set
        // off names the business after "of the", not those who speak)
        if a >= lo + 5
            && s.is(a - 1, ",")
            && s.toks[a].cap
            && lexicon::business_head(s.lw(a - 2))
            && !s.toks[a - 2].cap
            && s.is(a - 3, "the")
            && s.is(a - 4, "of")
        {
            if let Some((a2, e2)) = subject_span(s, lo, a - 4) {
                if e2 == a - 4 && s.toks[a2..e2].iter().all(|t| t.word && !t.quoted) {
                    a = a2;
                }
            }
        }
        // ("One, a longtime adviser, said": the one described is the speaker)
        if e == a + 1
            && matches!(s.lw(a), "one" | "another")
            && s.comma(e)
            && cue >= e + 4
            && s.comma(cue - 1)
            && matches!(s.lw(e + 1), "a" | "an")
            && cue - e <= 12
            && (e + 2..cue - 1).all(|k| s.toks[k].word && !s.toks[k].quoted)
        {
            // (its relative clause no part of the name: "a longtime adviser who
            // has worked for him since 2010")
            let end = (e + 3..cue - 1)
                .find(|&k| matches!(s.lw(k), "who" | "whose"))
                .unwrap_or(cue - 1);
            return (e + 1, end);
        }
        (a, e)
    })
}

/// `the foreign ministers of Velmar, Orvik and Ostel` before the cue at j: the
/// whole phrase, when a list of capitalized names (with a comma) follows `of`.
fn list_after_of(s: &Sent, lo: usize, j: usize) -> Option<(usize, usize)> {
    if j < lo + 6 || !s.toks[j - 1].cap || s.toks[j - 1].quoted {
        return None;
    }
    let mut k = j;
    let mut commas = 0;
    while k > lo
        && (s.toks[k - 1].word && (s.toks[k - 1].cap || s.is(k - 1, "and")) || s.comma(k - 1))
    {
        if s.comma(k - 1) {
            commas += 1;
        }
        k -= 1;
        if j - k > 16 {
            return None;
        }
    }
    if commas == 0 || k <= lo || !s.is(k - 1, "of") || !s.toks[k].cap {
        return None;
    }
    let of = k - 1;
    // a plural head: "ministers", "leaders", "governments"
    if of == lo || !s.toks[of - 1].word || s.toks[of - 1].cap || !s.lw(of - 1).ends_with('s') {
        return None;
    }
    let mut a = of - 1;
    while a > lo
        && of - a < 5
        && s.toks[a - 1].word
        && !s.toks[a - 1].quoted
        && !s.toks[a - 1].cap
        && !lexicon::finite_verb_like(s.lw(a - 1))
        && !lexicon::preposition(s.lw(a - 1))
    {
        a -= 1;
    }
    Some((a, j))
}

/// [`subject_left`] before a number's comma is taken back in.
fn subject_span(s: &Sent, lo: usize, cue: usize) -> Option<(usize, usize)> {
    // ("Kanal 7 said", "Channel 12 reported": a channel's number closes its
    // name)
    if cue >= lo + 2
        && s.toks[cue - 1].word
        && !s.toks[cue - 1].quoted
        && lexicon::channel_number(s.lw(cue - 1))
        && s.toks[cue - 2].word
        && s.toks[cue - 2].cap
        && s.toks[cue - 2].end + 1 == s.toks[cue - 1].start
        // ("No 10 denies": Downing Street, no channel)
        && s.lw(cue - 2) != "no"
    {
        if let Some((a, _)) = subject_span(s, lo, cue - 1).filter(|&(_, e)| e == cue - 1) {
            return Some((a, cue));
        }
    }
    let mut j = cue;
    // ("Residents there said", "Farmers here say": the place word after the
    // speakers is no part of them)
    if j >= lo + 2
        && matches!(s.lw(j - 1), "here" | "there")
        && s.toks[j - 2].word
        && !s.toks[j - 2].quoted
        && lexicon::plural_in_s(s.lw(j - 2))
    {
        return subject_span(s, lo, j - 1).filter(|&(_, e)| e == j - 1);
    }
    // "Experts not involved in the study said": a reduced relative clause of
    // the plain group before it
    if let Some(n) = (lo + 1..cue.min(lo + 5)).find(|&n| {
        s.is(n, "not")
            && matches!(
                s.lw(n + 1),
                "involved"
                    | "affiliated"
                    | "associated"
                    | "connected"
                    | "authorized"
                    | "authorised"
            )
    }) {
        if (lo..n)
            .all(|x| s.toks[x].word && !s.toks[x].quoted && lexicon::cue_verb(s.lw(x)).is_none())
            && (n + 2..cue).all(|x| s.toks[x].word && !s.toks[x].quoted && !s.comma(x))
            && cue <= n + 9
        {
            return Some((lo, n));
        }
    }
    // ("Those surveyed said", "Half of those surveyed said", "62 percent of
    // those polled said": the people a poll asked)
    if j >= lo + 2
        && s.is(j - 2, "those")
        && matches!(
            s.lw(j - 1),
            "surveyed" | "polled" | "questioned" | "interviewed" | "asked" | "sampled"
        )
    {
        // (the share before them, "Half of", is no part of who they are)
        return Some((j - 2, j));
    }
    // "Both said C": the pair told of before
    if j == lo + 1 && s.is(lo, "both") {
        return Some((lo, j));
    }
    // "Ana Holt and her Ostelian counterpart Piet Daal said": a named person
    // and one described, then named, without commas
    if j >= lo + 6 && s.toks[j - 1].cap && s.toks[j - 2].cap {
        let mut ns = j;
        while ns > lo && s.toks[ns - 1].word && s.toks[ns - 1].cap && !s.toks[ns - 1].quoted {
            ns -= 1;
        }
        let own = (ns.saturating_sub(4).max(lo + 2)..ns)
            .rev()
            .find(|&o| matches!(s.lw(o), "her" | "his" | "their"));
        if let Some(o) = own.filter(|&o| {
            s.is(o - 1, "and")
                && o + 1 < ns
                && (o + 1..ns).all(|x| s.toks[x].word && !s.toks[x].quoted)
        }) {
            let mut a = o - 1;
            while a > lo
                && o - 1 - a < 6
                && (s.toks[a - 1].word && s.toks[a - 1].cap && !s.toks[a - 1].quoted
                    || s.is(a - 1, ".") && a >= 2 && s.toks[a - 2].cap)
            {
                a -= 1;
            }
            if o - 1 - a >= 2 {
                return Some((a, j));
            }
        }
    }
    // "the foreign ministers of Velmar, Orvik, Marenland and Ostel said": a list
    // of names after "of" belongs to the phrase before it
    if let Some(r) = list_after_of(s, lo, j) {
        return Some(r);
    }
    // "the World Health Organization (WHO) said": the acronym in brackets is skipped
    if j >= lo + 4 && s.is(j - 1, ")") && s.is(j - 3, "(") && s.toks[j - 2].cap {
        j -= 3;
    }
    // "Sen. Karel Vinn (D-Calif.) said", "(R-S.C.)": a party tag in brackets
    if j >= lo + 4 && s.is(j - 1, ")") {
        if let Some(o) = (j.saturating_sub(8).max(lo)..j - 1)
            .rev()
            .find(|&o| s.is(o, "("))
        {
            if o > lo && o + 1 < j - 1 && party_tag(s, o + 1, j - 1) {
                j = o;
            }
        }
    }
    // "Petra Holm (@petraholm) wrote": a social handle in brackets
    if j >= lo + 3 && s.is(j - 1, ")") {
        if let Some(o) = (j.saturating_sub(5).max(lo + 1)..j - 1)
            .rev()
            .find(|&o| s.is(o, "("))
        {
            if s.text[s.toks[o].end..].starts_with('@') {
                j = o;
            }
        }
    }
    // "Marrow (pictured) said"
    if j >= lo + 4
        && s.is(j - 1, ")")
        && s.is(j - 3, "(")
        && matches!(
            s.lw(j - 2),
            "pictured" | "left" | "right" | "center" | "centre" | "above" | "below" | "inset"
        )
    {
        j -= 3;
    }
    // "Holt went on to say", "continued to insist": the subject before them
    j -= went_on_to(s, lo, j);
    // ('"C," Lind will say, according to the excerpts': a speech's released
    // text, its speaker before the future's "will")
    if j == cue && j >= lo + 2 && matches!(s.lw(j), "say" | "tell") && s.is(j - 1, "will") {
        j -= 1;
    }
    // "Holm is reported to have told investigators": the subject before what
    // others report of him
    if j >= lo + 5
        && s.is(j - 1, "have")
        && s.is(j - 2, "to")
        && matches!(s.lw(j - 3), "reported" | "said" | "understood" | "believed")
        && matches!(s.lw(j - 4), "is" | "was" | "are" | "were")
        && !s.toks[j - 4].quoted
    {
        j -= 4;
    }
    // "Ortiz did not dispute that C": the negation of a concession
    if j == cue
        && j >= lo + 3
        && s.is(j, "dispute")
        && s.is(j - 1, "not")
        && matches!(s.lw(j - 2), "did" | "does" | "do")
    {
        j -= 2;
    }
    // "She remains confident that C": the copula of a conviction
    if j == cue
        && j >= lo + 2
        && matches!(s.lw(j), "convinced" | "confident" | "adamant")
        && matches!(s.lw(j - 1), "remains" | "remained")
    {
        j -= 1;
    }
    let mut skipped = 0;
    while j > lo
        && s.toks[j - 1].word
        && lexicon::aux_or_adverb(s.lw(j - 1))
        && skipped < 5
        && !(s.toks[j - 1].cap
            && !lexicon::weekday(s.lw(j - 1))
            && !lexicon::month(s.lw(j - 1))
            && j - 1 > lo
            && s.toks[j - 2].cap)
    {
        // "Xi Jinping on Friday told": skip "on Friday"; keep "Wang Yi" names
        j -= 1;
        skipped += 1;
    }
    // "A former minister on trial for bribery told the court": the state the
    // speaker is in follows the subject
    if let Some(p) = (lo + 1..j.saturating_sub(1)).rev().take(6).find(|&p| {
        matches!(
            (s.lw(p), s.lw(p + 1)),
            ("on", "trial") | ("in", "custody") | ("on", "bail") | ("under", "investigation")
        ) && s.toks[p - 1].word
            && !s.toks[p - 1].quoted
    }) {
        let tail_ok = p + 2 == j
            || s.is(p + 2, "for")
                && j > p + 3
                && j - (p + 3) <= 3
                && (p + 3..j).all(|x| s.toks[x].word && !s.toks[x].quoted && !s.toks[x].cap);
        if tail_ok && p > lo {
            if let Some(r) = subject_span(s, lo, p) {
                return Some(r);
            }
        }
    }
    // ("A 2023 study commissioned by the state found C": who paid for a
    // document is not who wrote it; the document speaks)
    if let Some(k) = (lo + 1..j).rev().take(8).find(|&k| {
        matches!(
            s.lw(k),
            "commissioned" | "funded" | "financed" | "sponsored"
        ) && s.is(k + 1, "by")
            && !s.toks[k].quoted
    }) {
        if lexicon::document_word(s.lw(k - 1))
            && !s.toks[k - 1].cap
            && (k + 2..j).all(|x| {
                s.toks[x].word && !s.toks[x].quoted && lexicon::cue_verb(s.lw(x)).is_none()
            })
        {
            if let Some(r) = subject_left(s, lo, k) {
                return Some(r);
            }
        }
    }
    // "A video shared more than 200,000 times on Chatly claims", "a Civic Pulse
    // poll published on Monday showed": a participle phrase between the subject
    // and its verb (not "... obtained by Northwire", read with its relay below)
    if let Some(k) = (lo + 1..j).rev().take(10).find(|&k| {
        matches!(
            s.lw(k),
            "shared"
                | "posted"
                | "published"
                | "released"
                | "issued"
                | "circulated"
                | "uploaded"
                | "aired"
                | "broadcast"
        ) && !s.toks[k].quoted
    }) {
        // (where it was shared runs on to the verb; when a document came out is
        // a time only: "a statement posted on the party website" is the party's)
        let spread = matches!(s.lw(k), "shared" | "circulated" | "uploaded");
        // (and where it came out: "a study published on Wednesday in the
        // Journal of Civic Air Studies found")
        let venue = |x: usize| {
            (k + 1..x).any(|i| s.is(i, "in"))
                && (s.toks[x].cap && s.toks[x].word || matches!(s.lw(x), "the" | "of"))
        };
        let plain = (k + 1..j).all(|x| {
            let w = s.lw(x);
            !s.comma(x)
                && !s.toks[x].quoted
                && !s.toks[x].quote_mark
                && w != "that"
                && w != "by"
                && lexicon::cue_verb(w).is_none()
                && (spread
                    || matches!(w, "on" | "in" | "last" | "this" | "earlier")
                    || lexicon::weekday(w)
                    || lexicon::time_word(w)
                    || s.lw(k) == "published" && venue(x))
        });
        // ("Guidance issued on Tuesday says": the document may open the sentence)
        if plain
            && s.toks[k - 1].word
            && ((!s.toks[k - 1].cap || k - 1 == lo) && lexicon::document_word(s.lw(k - 1))
                // ("A poll by the Lund Institute published on Friday showed")
                || (lo..k.saturating_sub(2)).any(|x| lexicon::document_word(s.lw(x)) && s.is(x + 1, "by")))
        {
            if let Some(r) = subject_left(s, lo, k) {
                return Some(r);
            }
        }
    }
    // "Residents of Ostrin reached by telephone said": how the speakers were
    // reached, between them and the verb
    if let Some(k) = (j.saturating_sub(6).max(lo + 1)..j).find(|&k| {
        matches!(
            s.lw(k),
            "reached" | "contacted" | "interviewed" | "polled" | "surveyed"
        ) && s.is(k + 1, "by")
            && !s.toks[k].quoted
    }) {
        if (k + 2..j).all(|x| s.toks[x].word && !s.toks[x].quoted)
            && s.toks[k - 1].word
            && !s.comma(k - 1)
        {
            if let Some(r) = subject_left(s, lo, k) {
                return Some(r);
            }
        }
    }
    // "A snap poll by Meridian Research after the debate found": an occasion
    // between the subject and its verb
    if j >= lo + 4
        && matches!(s.lw(j - 3), "after" | "before" | "during" | "following")
        && matches!(
            s.lw(j - 2),
            "the" | "a" | "this" | "last" | "his" | "her" | "their" | "its"
        )
        && s.toks[j - 1].word
        && !s.toks[j - 1].cap
        // (an event, not a person: "... came hours after his rival said")
        && matches!(
            s.lw(j - 1),
            "debate"
                | "debates"
                | "vote"
                | "election"
                | "meeting"
                | "talks"
                | "speech"
                | "summit"
                | "ruling"
                | "verdict"
                | "announcement"
                | "hearing"
                | "interview"
                | "broadcast"
                | "conference"
                | "primary"
                | "caucus"
                | "caucuses"
                | "convention"
                | "attack"
                | "attacks"
                | "storm"
                | "crash"
                | "raid"
                | "strike"
                | "shooting"
                | "explosion"
                | "blast"
                | "fire"
                | "floods"
                | "earthquake"
                | "referendum"
                | "match"
                | "game"
                | "race"
                | "call"
                | "visit"
                | "trip"
                | "session"
                | "recess"
                | "break"
                | "weekend"
                | "holidays"
                | "holiday"
                | "collapse"
                | "outage"
                | "deadline"
                | "incident"
                | "accident"
                | "protest"
                | "protests"
                | "rally"
                | "riots"
                | "unrest"
                | "war"
                | "ceasefire"
                | "truce"
                | "decision"
                | "report"
                | "release"
                | "publication"
                | "event"
                | "events"
                | "ceremony"
                | "launch"
                | "merger"
                | "deal"
                | "agreement"
        )
    {
        j -= 3;
    }
    // "The ministry called the drills a provocation and said ...": the sentence's subject
    // ("Lepp conveyed the greetings of President Mart Kask and said": a name before
    // "and" is fine when a verb of the clause stands between it and the subject)
    let verb_between = || {
        (lo + 1..j - 1).any(|k| {
            let w = s.lw(k);
            s.toks[k].word
                && !s.toks[k].cap
                && !s.toks[k].quoted
                && (lexicon::finite_verb_like(w) || w.len() > 4 && w.ends_with("ed"))
        })
    };
    if j > lo + 2 && matches!(s.lw(j - 1), "and" | "but") && (!s.toks[j - 2].cap || verb_between())
    {
        if let Some(r) = clause_subject(s, lo, j - 1) {
            // "A spokesman for Marsh, Jon Reed, called ... and said": the subject
            // runs on past "for" to the appositive before the clause's verb
            if matches!(s.lw(r.1), "for" | "of") || s.comma(r.1) {
                let v = (r.1 + 1..j - 1).find(|&k| {
                    let w = s.lw(k);
                    s.toks[k].word
                        && !s.toks[k].cap
                        && !s.toks[k].quoted
                        && (lexicon::finite_verb_like(w) || w.len() > 4 && w.ends_with("ed"))
                });
                if let Some(r2) = v
                    .filter(|&v| s.comma(v - 1))
                    .and_then(|v| subject_left(s, lo, v))
                {
                    return Some(r2);
                }
            }
            return Some(r);
        }
    }
    // "The critics included Rep. Ivy Dunmore, who said ...", "criticism from
    // Mayor Lena Orr, who called it": a relative clause's speaker is the name
    // before its comma
    // (a body's "which": "disputed by the ministry, which said C")
    if j >= lo + 3
        && matches!(s.lw(j - 1), "who" | "which")
        && s.comma(j - 2)
        && !s.toks[j - 1].quoted
    {
        // ("Sen. Paul Greer (D-Ill.), who said": the name before its party and
        // state)
        let e = before_party_tag(s, lo, j - 2);
        let mut a = e;
        while a > lo
            && e - a < 8
            && (s.toks[a - 1].word && s.toks[a - 1].cap && !s.toks[a - 1].quoted
                || s.is(a - 1, ".") && a >= 2 && s.toks[a - 2].cap)
        {
            a -= 1;
        }
        // (a name of two words or more, or one the article gave before)
        let words = (a..e).filter(|&x| s.toks[x].word).count();
        // (not a sentence's subject with an aside: "Ivy Dunmore, who said ...,
        // voted against it")
        if words >= 2 && s.toks[e - 1].word && a > lo && !s.is(a - 1, "and") {
            // ("... opposed by Senator Paul Strand"; a title's word in lowercase
            // before the capitals: "state Sen. Ana Holt")
            return Some((a, e));
        }
        // ("criticism from rights groups, who said": a group by its plain head
        // after a preposition)
        if a == e {
            let head =
                |x: usize| lexicon::unnamed_head(s.lw(x)) || lexicon::head_kind(s.lw(x)).is_some();
            while a > lo
                && e - a < 3
                && s.toks[a - 1].word
                && !s.toks[a - 1].cap
                && !s.toks[a - 1].quoted
                && (head(a - 1) || a < e && lexicon::plural_in_s(s.lw(a - 1)) && head(a))
            {
                a -= 1;
            }
            // ("from immigrant advocates, who said": one plain word before the
            // head)
            if a + 1 == e
                && a > lo + 1
                && s.toks[a - 1].word
                && !s.toks[a - 1].cap
                && !s.toks[a - 1].quoted
                && !lexicon::finite_verb_like(s.lw(a - 1))
                && lexicon::preposition(s.lw(a - 2))
            {
                a -= 1;
            }
            if a < e && a > lo && head(e - 1) && lexicon::preposition(s.lw(a - 1)) {
                return Some((a, e));
            }
        }
    }
    // "Baskov himself said": the reflexive is not part of the name
    if j > lo + 1 && matches!(s.lw(j - 1), "himself" | "herself" | "themselves" | "itself") {
        j -= 1;
    }
    // "A group released a television ad on Monday that accuses X of Y", "The
    // institute published a report that says C": who brought the document out
    // speaks through it
    if j >= lo + 4 && matches!(s.lw(j - 1), "that" | "which") && !s.toks[j - 1].quoted {
        if let Some(v) = released_document(s, lo, j - 1) {
            return subject_span(s, lo, v);
        }
    }
    // "a video in which Dorn says C", "a letter in which the ministers wrote":
    // after a preposition's "which" the clause's own subject speaks
    if let Some(w) = (lo + 1..j.saturating_sub(1))
        .rev()
        .take(6)
        .find(|&k| s.is(k, "which") && matches!(s.lw(k - 1), "in" | "on" | "during" | "through"))
    {
        if (w + 1..j).all(|k| s.toks[k].word && !s.toks[k].quoted) {
            return Some((w + 1, j));
        }
    }
    // "A former official who worked on the tender said": the subject is before the
    // relative clause (no commas around it)
    if let Some(w) = (lo + 1..j)
        .rev()
        .take(12)
        .find(|&k| matches!(s.lw(k), "who" | "which"))
    {
        let clause_plain = (w + 1..j).all(|k| s.toks[k].word && !s.toks[k].quoted);
        if clause_plain && !s.comma(w - 1) && s.toks[w - 1].word && j - w >= 2 {
            if let Some(r) = subject_left(s, lo, w) {
                return Some(r);
            }
        }
    }
    // "A lawyer representing him said", "A union representing them said": the
    // phrase before the participle and its object pronoun
    if j >= lo + 3
        && matches!(s.lw(j - 1), "him" | "her" | "them" | "us")
        && matches!(
            s.lw(j - 2),
            "representing" | "advising" | "defending" | "supporting" | "employing"
        )
        && s.toks[j - 3].word
        && !s.toks[j - 3].quoted
    {
        if let Some(r) = subject_span(s, lo, j - 2).filter(|&(_, e)| e == j - 2) {
            return Some(r);
        }
    }
    // "One of them said": the phrase with its pronoun
    if j >= lo + 3
        && s.is(j - 1, "them")
        && s.is(j - 2, "of")
        && s.toks[j - 3].word
        && (j - 3 == lo || !s.toks[j - 4].word || s.comma(j - 4))
    {
        return Some((j - 3, j));
    }
    // "The posts stunned party officials, several of whom said": the group
    // named before the comma
    if j >= lo + 6
        && s.is(j - 1, "whom")
        && s.is(j - 2, "of")
        && matches!(
            s.lw(j - 3),
            "several" | "some" | "many" | "most" | "one" | "two" | "three" | "all" | "few"
        )
        && s.comma(j - 4)
    {
        let e = j - 4;
        let mut a = e;
        // ("questions from members of the Senate Armed Services Committee, several
        // of whom": the members, across one "of" after a plural noun; "She met
        // three ministers, two of whom": not the verb before them)
        let mut crossed_of = false;
        loop {
            let limit = if crossed_of { 10 } else { 6 };
            if a <= lo || e - a >= limit || !s.toks[a - 1].word {
                break;
            }
            let w = s.lw(a - 1);
            let of_group = w == "of"
                && !crossed_of
                && a >= lo + 2
                && s.toks[a - 2].word
                && !s.toks[a - 2].cap
                && lexicon::plural_in_s(s.lw(a - 2))
                && s.lw(a - 2) != "does";
            if of_group {
                crossed_of = true;
                a -= 1;
                continue;
            }
            // (a plural noun is no verb here: "arrested 12 protesters"; "Armed
            // Services" is a name's)
            let lower = !s.toks[a - 1].cap;
            if lower && w.ends_with("ed") && w.len() > 4
                // (the list's every word in -s is no verb here)
                || lower && lexicon::finite_verb_like(w) && !w.ends_with('s')
                || lexicon::cue_verb(w).is_some()
                || lexicon::np_boundary(w)
                || lexicon::preposition(w)
            {
                break;
            }
            a -= 1;
        }
        if a < e {
            return Some((a, e));
        }
    }
    // never skip into the subject itself: undo if that left nothing
    let ne = j;
    let mut ns = ne;
    let mut count = 0;
    let mut crossed_and = false;
    while ns > lo && count < 12 {
        let t = s.toks[ns - 1];
        let w = s.lw(ns - 1);
        if t.quoted || t.quote_mark {
            break;
        }
        if !t.word {
            if w == "-" && !s.comma(ns - 1)
                || w == "'"
                || w == "’"
                || w == "." && ns >= 2 && s.toks[ns - 2].cap
                // ("41% of respondents said": a figure's sign)
                || w == "%"
                    && ns >= 2
                    && s.lw(ns - 2).as_bytes().first().is_some_and(u8::is_ascii_digit)
            {
                ns -= 1;
                continue;
            }
            // "Vinn, Marsh and Dorn said": a list of names, back to the first
            if crossed_and && w == "," && ns >= 2 && s.toks[ns - 2].cap && s.toks[ns - 2].word {
                let mut q = ns - 2;
                while q > lo && s.toks[q - 1].cap && s.toks[q - 1].word && ns - 2 - q < 3 {
                    q -= 1;
                }
                if (q == lo || s.comma(q - 1) || s.toks[q - 1].quote_mark)
                    && !lexicon::title_word(s.lw(q))
                    && (q..ns - 1).all(|x| {
                        let w = s.lw(x);
                        lexicon::head_kind(w).is_none()
                            && !lexicon::np_boundary(w)
                            && !lexicon::preposition(w)
                            && !lexicon::determiner(w)
                    })
                {
                    ns -= 1;
                    continue;
                }
            }
            break;
        }
        // "Aides to the speaker said"
        let linked = ns >= 2 && w == "to" && lexicon::aide_word(s.lw(ns - 2))
            || ns >= 2
            && matches!(
                (s.lw(ns - 2), w),
                ("familiar" | "acquainted", "with")
                    | ("close", "to")
                    // "the ambassador to the UN said"
                    | (
                        "envoy"
                            | "envoys"
                            | "ambassador"
                            | "ambassadors"
                            // ("Velmar's mission to the UN said", "the Tamsk
                            // delegation to the talks said")
                            | "mission"
                            | "delegation"
                            | "deputy"
                            | "deputies",
                        "to"
                    )
                    | ("briefed" | "informed", "on" | "about")
                    | ("seen" | "obtained" | "reviewed" | "viewed", "by")
            )
            // "a readout released by her office said": the document's issuer
            || w == "by"
                && ns >= 3
                && matches!(s.lw(ns - 2), "released" | "issued" | "published" | "posted")
                && lexicon::document_word(s.lw(ns - 3))
            // "people with knowledge of the tender said"
            // (also "with direct knowledge", "with first-hand knowledge")
            || w == "with"
                && (ns..ne.min(ns + 3)).any(|x| s.is(x, "knowledge"))
                && (ns..ne.min(ns + 3))
                    .take_while(|&x| !s.is(x, "knowledge"))
                    .all(|x| s.toks[x].word && !s.toks[x].cap && !s.toks[x].quoted)
            // "the team's filing with the city shows": where it was lodged, not
            // who wrote it
            || w == "with" && ns >= 2 && lexicon::document_word(s.lw(ns - 2))
            // "Two officials with the transport ministry said": people not
            // named, by where they work
            || w == "with"
                && ns >= 2
                && lexicon::unnamed_head(s.lw(ns - 2))
            // "a letter from the lawyers to the court said": the sender's document
            // and where it went (names::analyze keeps the sender)
            || w == "to"
                && (ns.saturating_sub(7).max(lo + 1)..ns - 1).any(|k| {
                    s.is(k, "from") && lexicon::document_word(s.lw(k - 1))
                });
        // "officials briefed on the plan said": a participle inside the subject
        let participle =
            matches!(w, "briefed" | "informed") && ns < ne && matches!(s.lw(ns), "on" | "about");
        // a function word ends the phrase, unless it is "this" inside it, links it
        // ("familiar with"), or is an acronym in capitals ("the WHO")
        let keeps = linked || acronym_at(s, ns - 1) || w == "this" && count > 0;
        if lexicon::np_boundary(w) && !keeps {
            break;
        }
        if w == "and" {
            // "X and Y said": keep going only between capitalized names ("The Civic
            // Party and the Unity Party said" too)
            // (also two bodies or groups by their head words: "the ministry and
            // the auditors said", "Police and prosecutors said")
            let head = |k: usize| {
                let w = s.lw(k);
                !s.toks[k].quoted
                    && (lexicon::head_kind(w).is_some() || lexicon::unnamed_head(w))
                    && !lexicon::document_word(w)
            };
            let left_cap = ns >= 2 && (s.toks[ns - 2].cap || head(ns - 2));
            let right_cap = ns < ne
                && (s.toks[ns].cap
                    || head(ns) && (ns + 1 == ne || !s.toks[ns + 1].word || head(ns + 1))
                    || s.is(ns, "the") && ns + 1 < ne && (s.toks[ns + 1].cap || head(ns + 1))
                    // ("witnesses and a hospital official said": one described
                    // by its head, the phrase's last word)
                    || matches!(s.lw(ns), "a" | "an" | "two" | "three" | "several")
                        && ne > ns + 1
                        && ne <= ns + 4
                        && head(ne - 1)
                        && (ns + 1..ne).all(|k| s.toks[k].word && !s.toks[k].cap));
            if !(left_cap && right_cap) {
                break;
            }
            crossed_and = true;
        }
        if lexicon::cue_verb(w).is_some_and(|(_, f)| f == Form::Past || f == Form::Pres3)
            && count > 0
            && !lexicon::document_word(w)
            && !participle
        {
            break;
        }
        ns -= 1;
        count += 1;
    }
    if ns >= ne {
        // ('Rep. Tom Dale, speaking on "Sunday Review," said', '..., speaking on
        // "Capitol Sunday" on Sunday, said': a show's name in quotes in the aside)
        if ne >= lo + 4
            && (s.comma(ne - 1) && !s.toks[ne - 1].quoted
                || s.toks[ne - 1].quote_mark && s.is(ne - 2, ","))
        {
            let open = (ne.saturating_sub(20).max(lo + 1)..ne - 2)
                .rev()
                .find(|&k| {
                    s.comma(k)
                        && !s.toks[k].quoted
                        // (also 'The president, in an interview with Channel 5's
                        // "Sunday Desk," said')
                        && matches!(s.lw(k + 1), "speaking" | "appearing" | "writing" | "in")
                });
            if let Some(k) = open.filter(|&k| (k + 2..ne - 1).any(|x| s.toks[x].quote_mark)) {
                return subject_left(s, lo, k);
            }
        }
        // 'Ola Sund, who has called the demands "unrealistic," said': the aside's
        // comma inside its closing quote
        if ne >= lo + 4 && s.toks[ne - 1].quote_mark && s.is(ne - 2, ",") {
            let open = (ne.saturating_sub(26).max(lo + 1)..ne - 2)
                .rev()
                .find(|&k| s.comma(k) && !s.toks[k].quoted);
            // (also past a description the clause hangs on: 'Ashby, a Democrat
            // who called shutdowns "cruel," said')
            let aside = |k: usize| {
                s.is(k + 1, "who")
                    || matches!(s.lw(k + 1), "a" | "an" | "the")
                        && (k + 3..(k + 9).min(ne - 2))
                            .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
                            .any(|x| s.is(x, "who"))
            };
            if let Some(k) = open.filter(|&k| aside(k)) {
                return subject_left(s, lo, k);
            }
        }
        // "X, who replaced Y, said" / "X, a former minister, said": skip the aside
        if ne > lo && s.comma(ne - 1) {
            let mut k = ne - 1;
            while k > lo && !s.comma(k - 1) && !s.toks[k - 1].quote_mark {
                k -= 1;
            }
            if k > lo && s.comma(k - 1) && k < ne - 1 {
                let first = s.lw(k);
                // "One of them, freshman Rep. Ivy Dunmore, said", "..., lawmaker
                // Ivy Dunmore, said": a name after lowercase titles, set off, is
                // the speaker the words before it describe
                let titlish = |x: usize| {
                    let w = s.lw(x);
                    s.toks[x].word
                        && !s.toks[x].cap
                        && (lexicon::title_word(w)
                            || matches!(
                                w,
                                "freshman"
                                    | "state"
                                    | "longtime"
                                    // ("38-year-old city councillor Jonas Pell")
                                    | "city"
                                    | "county"
                                    | "local"
                                    | "regional"
                                    | "provincial"
                                    | "former"
                                    | "retired"
                            )
                            || w.ends_with("-term")
                            || w.ends_with("-year-old"))
                };
                // ("former Ostel foreign minister Hana Brisk", "Ostel's former
                // envoy Ida Renn": a country's name among the title words)
                let last_lower = (k..ne - 1)
                    .rev()
                    .find(|&x| s.toks[x].word && !s.toks[x].cap)
                    .filter(|&x| titlish(x));
                let mut lead = (k..ne - 1).take_while(|&x| titlish(x)).count();
                if let Some(l) = last_lower.filter(|&l| l + 1 > k + lead && l + 1 - k <= 5) {
                    let mut caps = 0;
                    let plain = (k..=l).all(|x| {
                        if s.toks[x].cap && s.toks[x].word {
                            caps += 1;
                            true
                        } else {
                            titlish(x) || s.lw(x) == "'s" && x > k && s.toks[x - 1].cap
                        }
                    });
                    if plain && caps <= 2 {
                        lead = l + 1 - k;
                    }
                }
                let rest = k + lead..ne - 1;
                let titled_name = (1..=5).contains(&lead)
                    && rest
                        .clone()
                        .filter(|&x| s.toks[x].cap && s.toks[x].word)
                        .count()
                        >= 2
                    && s.toks[ne - 2].cap
                    && rest.clone().all(|x| {
                        s.toks[x].cap && s.toks[x].word
                            || s.lw(x) == "." && x > k && s.toks[x - 1].cap
                    });
                if titled_name {
                    return Some((k, ne - 1));
                }
                let aside = matches!(
                    first,
                    "who"
                        | "whom"
                        | "which"
                        | "whose"
                        | "a"
                        | "an"
                        | "the"
                        | "himself"
                        | "herself"
                        | "aged"
                        | "speaking"
                        | "also"
                        | "in"
                        | "however"
                        // ("Ortiz, now the two-term mayor of Port Alder, said")
                        | "now"
                        | "formerly"
                        // ("The group, known as the Eastern Brigades, said")
                        | "known"
                        // ("Varn, meanwhile, told ...", "The ministry, though, insisted")
                        | "meanwhile"
                        | "though"
                        | "too"
                        | "instead"
                        | "nevertheless"
                        | "nonetheless"
                        | "likewise"
                        | "similarly"
                        | "asked"
                        | "pressed"
                        | "reached"
                        | "contacted"
                        | "interviewed"
                        | "questioned"
                        | "quoted"
                        | "writing"
                        // ("The letter, seen by the Gazette, says")
                        | "seen"
                        | "written"
                        | "sent"
                        // ("The statement, read on state television, said")
                        | "read"
                        | "made"
                        | "given"
                        | "through"
                        // "Councilor Maria Soto, one of the two no votes, said"
                        | "one"
                        | "among"
                        // ("Critics of the reform, led by the Pensioners' League, say")
                        | "led"
                        // ("Varn, without evidence, claimed", "Varn, again without
                        // evidence, said", "Holt, despite the ruling, insisted", "Holt,
                        // under pressure, said", "Holt, when asked, said")
                        | "without"
                        | "again"
                        | "despite"
                        | "under"
                        | "when"
                        | "after"
                ) || first.bytes().all(|b| b.is_ascii_digit())
                    // ("Opponents, most of them Republicans, argued": the group's
                    // make-up set off)
                    || matches!(
                        first,
                        "most" | "many" | "some" | "several" | "all" | "both" | "half" | "few"
                            | "none" | "two" | "three" | "four"
                    ) && s.is(k + 1, "of")
                        && matches!(s.lw(k + 2), "them" | "whom" | "us")
                    // ("Kallis, visibly angry, told reporters")
                    || first.len() > 4
                        && first.ends_with("ly")
                        && ne - k <= 4
                        && !s.toks[k].cap
                    // ("The data, first reported by the Selm Courier, show")
                    || matches!(first, "first" | "originally" | "previously")
                        && k + 1 < ne
                        && s.lw(k + 1).len() > 4
                        && s.lw(k + 1).ends_with("ed")
                    || first.len() > 5 && first.ends_with("ing") && !s.toks[k].cap
                    || first.len() > 4 && first.ends_with("ed") && !s.toks[k].cap
                    // ("Kessgrid, Kessland's largest network operator, said": an
                    // owner's description of plain words after a name)
                    || (first.ends_with("'s") || first.ends_with("’s"))
                        && s.toks[k].cap
                        && k >= lo + 2
                        && s.toks[k - 2].cap
                        && s.toks[k - 2].word
                        && ne - k <= 9
                        && (k + 1..ne - 1).all(|x| {
                            s.toks[x].word && !s.toks[x].quoted && !s.toks[x].cap
                        })
                    || role_aside(s, k, ne - 1)
                    // "Rep. Ana Holt, U-Lask, said": a party and state tag
                    // (after a name: "The largest union federation, LO-Ostel,"
                    // is the body's name)
                    || party_tag(s, k, ne - 1) && k >= 2 && s.toks[k - 2].cap
                    // ("Hal Ness, by contrast, said", "Jon Sato, at 82 the oldest
                    // member, said": a short aside of plain words set off after a
                    // full name that opens the sentence; no list of names)
                    || (2..=3).contains(&(k - 1 - lo))
                        && (lo..k - 1).all(|x| s.toks[x].word && s.toks[x].cap)
                        && ne - k <= 9
                        && (k..ne - 1).all(|x| s.toks[x].word && !s.toks[x].quoted)
                        && (k..ne - 1).any(|x| !s.toks[x].cap)
                        && !(k..ne - 1).any(|x| matches!(s.lw(x), "and" | "or" | "nor"))
                    // ("Rachel Finn, of the Patients Alliance, said": a name's body
                    // or home set off)
                    || first == "of"
                        && ne - k <= 8
                        && k >= 2
                        && s.toks[k - 2].cap
                        && s.toks[k - 2].word
                        && (k + 1..ne - 1).all(|x| s.toks[x].word && !s.toks[x].quoted)
                    // ("Holt, like Brisco, said": a likeness set off)
                    || matches!(first, "like" | "unlike")
                        && ne - k <= 6
                        && (k + 1..ne - 1).all(|x| s.toks[x].word && !s.toks[x].quoted)
                    // ("Vail, in a rare interview, conceded", "Holt, in a
                    // statement on Friday, said"): where the words were given
                    || matches!(first, "in" | "on" | "at" | "during")
                        && ne - k <= 7
                        && (k + 1..ne - 1).all(|x| s.toks[x].word && !s.toks[x].quoted)
                        && (k + 1..ne - 1).any(|x| {
                            lexicon::occasion_noun(s.lw(x))
                                || matches!(
                                    s.lw(x),
                                    "conference" | "meeting" | "summit" | "debate" | "statement"
                                )
                        })
                    // "Dal, for his part, said"
                    || first == "for"
                        && ne - k == 4
                        && matches!(s.lw(k + 1), "his" | "her" | "its" | "their")
                        && s.is(k + 2, "part")
                    // ("One resident, from the village of Arn, said", "One post,
                    // from an account with 40,000 followers, said": a short
                    // plain subject's home or make set off)
                    || matches!(first, "from" | "with")
                        && ne - k <= 10
                        && k >= lo + 2
                        && k - 1 - lo <= 6
                        && (lo..k - 1).all(|x| {
                            s.toks[x].word
                                && !s.toks[x].quoted
                                && lexicon::cue_verb(s.lw(x)).is_none()
                        })
                        && (k + 1..ne - 1).all(|x| {
                            (s.toks[x].word || s.digit_comma(x)) && !s.toks[x].quoted
                        })
                    // ("Erik Moen, 45, of Orvik, said": where a person is from)
                    || matches!(first, "of" | "from")
                        && ne - k <= 5
                        && s.toks[k + 1].cap
                        && (k + 1..ne - 1).all(|x| s.toks[x].word && s.toks[x].cap)
                        && k >= lo + 2
                        && s.toks[k - 2].word;
                // "His newspaper, the Lorn Courier, said": a proper name set off after
                // a common-noun subject names it
                // (its acronym after it: "The regulator, the Water Standards
                // Authority (WSA), said")
                let pe = if ne >= k + 6 && acronym_in_brackets(s, ne - 1) {
                    ne - 4
                } else {
                    ne - 1
                };
                let proper_aside = matches!(first, "the" | "a" | "an")
                    && pe > k + 1
                    && pe - k <= 6
                    && (k + 1..pe).all(|x| s.toks[x].cap && s.toks[x].word)
                    && k >= 2
                    && s.toks[k - 2].word
                    && !s.toks[k - 2].cap
                    // (or the name set off is a body's: "the government's own
                    // adviser, the Infrastructure Commission, warned")
                    && (lexicon::head_kind(s.lw(k - 2)).is_some()
                        || lexicon::head_kind(s.lw(pe - 1)).is_some());
                if proper_aside {
                    return Some((k, pe));
                }
                if aside && ne - k <= 24 {
                    // "Marrow, 54, who has led the party since 2021, told": the age
                    // before the relative clause is a second aside
                    let age = k >= lo + 4
                        && s.comma(k - 3)
                        && s.lw(k - 2).bytes().all(|c| c.is_ascii_digit());
                    let mut end = if age { k - 3 } else { k - 1 };
                    // "Sen. Delia Marsh, R-Tamsk, who voted against it, said": the party
                    // tag before the aside is an aside too
                    if let Some(p) = (end.saturating_sub(4).max(lo)..end)
                        .rev()
                        .find(|&p| s.comma(p))
                    {
                        if p > lo && p + 1 < end && party_tag(s, p + 1, end) {
                            end = p;
                        }
                    }
                    // "Mr Ashby, the MP for Kelton North, who organised the letter,
                    // told": the office before the relative clause is an aside too
                    if s.is(k, "who") {
                        if let Some(p) = (end.saturating_sub(9).max(lo + 1)..end)
                            .rev()
                            .find(|&p| s.comma(p))
                        {
                            if matches!(s.lw(p + 1), "the" | "a" | "an")
                                && s.toks[p - 1].cap
                                && (p + 2..end).any(|x| {
                                    lexicon::title_word(s.lw(x)) && !s.toks[x].cap
                                        || acronym_at(s, x)
                                })
                                // ("Lena Dvorak, the office's spokeswoman in the
                                // region, who travelled with the convoy, said")
                                && (p + 2..end).any(|x| {
                                    matches!(s.lw(x), "for" | "of" | "in" | "at")
                                        || s.lw(x).ends_with("'s")
                                        || s.lw(x).ends_with("’s")
                                })
                            {
                                end = p;
                            }
                        }
                    }
                    return subject_left(s, lo, end);
                }
                // ("A military spokesman, Col. Aron Vell, said": a title's point)
                let name_aside = ne - 1 - k <= 7
                    && (k..ne - 1).all(|x| {
                        name_token(s, k, x)
                            // ("The country's largest union federation, LO-Ostel,
                            // said": a hyphen inside the name)
                            || x > k
                                && x + 1 < ne
                                && s.lw(x) == "-"
                                && s.toks[x - 1].cap
                                && s.toks[x - 1].end == s.toks[x].start
                                && s.toks[x].end == s.toks[x + 1].start
                            // ("Two senators, Ana Holt and Ivo Dall, said")
                            || x > k + 1 && x + 2 < ne && s.is(x, "and") && s.toks[x - 1].cap
                    });
                // ("The committee's chairman, Ivar Lunde of the opposition Farmers'
                // Party, said": the name with the party or place it is of)
                let of_aside = !name_aside
                    && ne - 1 - k <= 11
                    && s.toks[ne - 2].cap
                    && (k + 2..ne - 2).find(|&x| s.is(x, "of")).is_some_and(|p| {
                        // ("His running mate, Gov. Mike Penner of Indiana, said": an
                        // abbreviated title's point)
                        (k..p).all(|x| name_token(s, k, x))
                            && (p + 1..ne - 1).all(|x| {
                                s.toks[x].cap && s.toks[x].word
                                    || matches!(
                                        s.lw(x),
                                        "the" | "'" | "’" | "opposition" | "ruling" | "governing"
                                    )
                            })
                    });
                if of_aside {
                    return Some((k, ne - 1));
                }
                // "Mayors of the two other cities, Dunmore and Selm, said": a list of
                // names beside a plural descriptor; the descriptor speaks
                // (one word each: "Ana Holt and Ivo Dall" are people who speak)
                let list_aside = ne - 1 - k == 3
                    && s.is(k + 1, "and")
                    && s.toks[k].cap
                    && s.toks[k + 2].cap
                    && k >= lo + 3;
                if list_aside {
                    let w = s.lw(k - 2);
                    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
                    let plain = (lo..k - 1).all(|x| {
                        s.toks[x].word
                            && !s.toks[x].quoted
                            && (s.toks[x].cap
                                || !lexicon::finite_verb_like(s.lw(x))
                                || s.lw(x).ends_with('s'))
                    });
                    let plural_of =
                        (lo..k - 1).any(|x| s.lw(x).ends_with('s') && s.is(x + 1, "of"));
                    if (plural || plural_of) && plain && k - 1 - lo <= 8 {
                        return Some((lo, k - 1));
                    }
                }
                // ("Local officials in the worst-hit town, Marsk, put the toll at
                // 28": the name set off names the place, the speakers are before it)
                if name_aside
                    && k >= lo + 3
                    && matches!(
                        s.lw(k - 2),
                        "town" | "city" | "village" | "district" | "province" | "region" | "capital"
                            | "port" | "county"
                    )
                    // (not an office's holder: "The governor of the province,
                    // Ana Holt, said")
                    && (lo + 1..k - 2).any(|x| {
                        (s.is(x, "in") || s.is(x, "of"))
                            && (!lexicon::title_word(s.lw(x - 1)) || s.lw(x - 1).ends_with('s'))
                    })
                {
                    return subject_left(s, lo, k - 1);
                }
                if name_aside {
                    // include the descriptor before it: "The regional governor, Pavo Strand"
                    let d = descriptor_start(s, lo, k, false);
                    // "A spokesman for Premier Oren Valk, Dirk Maas": a descriptor naming
                    // someone else is left out
                    // ("the Labour MP for Westholm, Ruth Adeyemi": a seat, no one else)
                    let described = (d..k - 1).any(|x| lexicon::title_word(s.lw(x)))
                        && !(d..k - 2).any(|x| {
                            matches!(s.lw(x), "for" | "to")
                                && s.toks[x + 1].cap
                                && lexicon::head_kind(s.lw(x + 1)).is_none()
                                && !(x > d
                                    && matches!(
                                        s.lw(x - 1),
                                        "mp" | "member" | "councillor" | "councilor" | "candidate"
                                    ))
                        });
                    // "A spokeswoman for the office, Lea Hart": the name alone; the
                    // caller takes the role from the descriptor (descriptor_before)
                    let linked = (d..k - 1).any(|x| matches!(s.lw(x), "for" | "of" | "at" | "to"));
                    return Some((if described && !linked { d } else { k }, ne - 1));
                }
            }
        }
        return None;
    }
    // drop an introductory phrase without a comma: "On Friday the ministry"
    let mut a = ns;
    if lexicon::intro_word(s.lw(a)) && ne - a > 1 {
        // ("On Monday he said", "In a speech last week he said", "In a speech last
        // week Ekdahl said": the subject after the phrase's time words)
        let timed = (a + 1..ne - 1)
            .rev()
            .find(|&k| lexicon::weekday(s.lw(k)) || lexicon::time_word(s.lw(k)))
            .filter(|&k| (k + 1..ne).all(|x| s.toks[x].cap && s.toks[x].word));
        if matches!(s.lw(ne - 1), "he" | "she" | "they" | "we" | "i") {
            a = ne - 1;
        } else if let Some(k) = timed {
            a = k + 1;
        } else if let Some(d) = (a + 1..ne).find(|&k| matches!(s.lw(k), "the" | "a" | "an")) {
            a = d;
        } else {
            while a < ne - 1
                && (lexicon::intro_word(s.lw(a))
                    || lexicon::weekday(s.lw(a))
                    || lexicon::month(s.lw(a))
                    || s.lw(a).bytes().all(|b| b.is_ascii_digit()))
            {
                a += 1;
            }
        }
    }
    // ("the team's filing with the city shows": the phrase ends at its document)
    let ne = (a + 1..ne)
        .find(|&k| s.is(k, "with") && lexicon::document_word(s.lw(k - 1)))
        .unwrap_or(ne);
    Some((a, ne))
}

/// The first comma from token k + 2 up to `upto` that joins on another clause
/// (", and ...", ", but ...", ", while ...") which `clause` accepts, given
/// the comma's token: where a content ends before the article's own words.
fn joined_clause(s: &Sent, k: usize, upto: usize, clause: impl Fn(usize) -> bool) -> Option<usize> {
    (k + 2..upto).find(|&m| {
        s.comma(m)
            && !s.toks[m].quoted
            && matches!(s.lw(m + 1), "and" | "but" | "while")
            && clause(m)
    })
}

/// The plain verbs of saying that a sentence naming only its speaker ends
/// with ("Rep. Carla Duran, the bill's lead sponsor, said at a news
/// conference.", "Duran asked").
fn plain_saying(w: &str) -> bool {
    matches!(w, "said" | "says" | "asked" | "added" | "told")
}

/// `Holt, Lind and Vane ...` from token lo: the last name before the closing
/// "and" of a list of capitalized names set off by commas (its commas are
/// inside the subject), if the words before `upto` open with one.
fn name_list_end(s: &Sent, lo: usize, upto: usize) -> Option<usize> {
    if !(lo < upto && s.toks[lo].cap && s.is(lo + 1, ",")) {
        return None;
    }
    let mut x = lo;
    while x + 2 < upto && s.is(x + 1, ",") && s.toks[x + 2].word && s.toks[x + 2].cap {
        x += 2;
    }
    (s.is(x + 1, "and") && x + 2 < upto && s.toks[x + 2].cap).then_some(x)
}

/// A noun phrase to the right: up to a comma, a cue, a clause word or the end.
/// The subject at the start of a clause (tokens from `lo`, before `upto`): the
/// words up to its first verb ("The ministry" of "The ministry called the drills
/// ... and said"), at most eight.
fn clause_subject(s: &Sent, lo: usize, upto: usize) -> Option<(usize, usize)> {
    // "In an interview with NTV, Finance Minister Petra Aalto ruled out ... and
    // said": an opening phrase and its comma come before the subject
    let lo = if lexicon::preposition(s.lw(lo)) || lexicon::opening_word(s.lw(lo)) {
        (lo + 2..upto.min(lo + 16))
            .find(|&k| s.comma(k) && !s.toks[k].quoted)
            .map_or_else(
                // ("On Thursday he went further, accusing ...": a time without
                // its comma; "In a speech on Thursday he ...")
                || {
                    (lo + 1..upto.min(lo + 7))
                        .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                        .find(|&k| lexicon::weekday(s.lw(k)) || lexicon::time_word(s.lw(k)))
                        .filter(|&k| k + 1 < upto && !lexicon::finite_verb_like(s.lw(k + 1)))
                        .map_or(lo, |k| k + 1)
                },
                |k| k + 1,
            )
    } else {
        lo
    };
    if lo >= upto {
        return None;
    }
    let list_end = name_list_end(s, lo, upto);
    let mut e = lo;
    while e < upto
        && (s.toks[e].word
            || list_end.is_some_and(|x| e <= x && s.is(e, ","))
            || matches!(s.lw(e), "'" | "’" | "-")
            // "Rep. Tomas Ortega": a title's abbreviation point
            || s.lw(e) == "."
                && e > lo
                && e + 1 < upto
                && s.toks[e - 1].cap
                && s.toks[e - 1].end - s.toks[e - 1].start <= 4
                && s.toks[e + 1].cap)
        && (s.toks[e].cap || !s.toks[e].word || !lexicon::clause_verb(s.lw(e)))
        && (lexicon::cue_verb(s.lw(e)).is_none()
            // ("Nine states sued ..., alleging": a noun after its count)
            || e > lo
                && lexicon::weak_cue(s.lw(e))
                && (lexicon::determiner(s.lw(e - 1)) || count_word(s.lw(e - 1))))
        && (!lexicon::np_boundary(s.lw(e))
            // ("More than 40 House members sent a letter")
            || s.is(e, "than") && e > lo && matches!(s.lw(e - 1), "more" | "fewer" | "less"))
        // ("Vinn also took aim at the press, saying": an adverb ends it)
        && !(e > lo
            && !s.toks[e].cap
            && lexicon::aux_or_adverb(s.lw(e))
            && (s.lw(e).ends_with("ly")
                || matches!(
                    s.lw(e),
                    "also" | "later" | "earlier" | "again" | "then" | "still" | "already"
                )))
        // "Vinn met the premier on Monday and said": the clause's own verb ends
        // its subject (a plural noun in -s is no verb here)
        && (e == lo
            || s.toks[e].cap
            || !lexicon::finite_verb_like(s.lw(e))
            || s.lw(e).ends_with('s'))
        // "Carla Mendt on Thursday defended ...": an occasion ends the subject
        && !(e > lo
            && matches!(s.lw(e), "on" | "in" | "at" | "late" | "early" | "last" | "this")
            && {
                let n = s.lw(e + 1);
                lexicon::weekday(n) || lexicon::time_word(n) || lexicon::month(n)
            })
    {
        e += 1;
    }
    // (the counted noun ends the subject: "Nine states sued ...")
    if let Some(x) = (lo + 1..e).find(|&x| lexicon::weak_cue(s.lw(x))) {
        e = x + 1;
    }
    // ("His running mate, Dana Orr, defended the plan, saying": the name set
    // off after a description is the subject's)
    if e > lo
        && e + 3 < upto
        && s.comma(e)
        && !s.toks[e].quoted
        // (a description, not a name with its tag: "Sen. Rick Holt, R-Ariz.,")
        && (lo..e).any(|x| s.toks[x].word && !s.toks[x].cap)
    {
        if let Some(f) = (e + 2..upto.min(e + 12)).find(|&f| s.comma(f)) {
            let named = f < e + 7
                && (e + 1..f).all(|x| {
                    s.toks[x].word && s.toks[x].cap && !s.toks[x].quoted
                        || s.is(x, ".") && x > e + 1 && s.toks[x - 1].cap
                });
            if named && f - lo <= 12 {
                return Some((lo, f));
            }
            // ("The main opposition party, the Kesmara People's Congress
            // (KPC), has rejected ...": a body's name set off, past its
            // acronym)
            let ne = before_acronym(s, e + 6, f);
            if s.is(e + 1, "the")
                && ne - e <= 8
                && body_name_toks(s, e + 2, ne)
                && (lo..e).any(|x| lexicon::head_kind(s.lw(x)).is_some())
            {
                return Some((e + 2, ne));
            }
        }
    }
    (e > lo && e - lo <= 8).then_some((lo, e))
}

/// Whether token k is an acronym in capitals ("WHO", "AND" as a party's initials):
/// never a function word, whatever its lowercase form.
fn acronym_at(s: &Sent, k: usize) -> bool {
    let t = &s.text[s.toks[k].start..s.toks[k].end];
    t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase())
}

/// `denied wrongdoing`, `denies involvement`: the cue at token i a denial
/// whose object at token k is one word that needs no more.
fn one_word_denial(s: &Sent, i: usize, k: usize) -> bool {
    matches!(s.lw(i), "denied" | "denies" | "deny")
        && matches!(
            s.lw(k),
            "wrongdoing" | "involvement" | "responsibility" | "guilt"
        )
}

/// Whether token k is the "on" inside a committee's name ("the Senate
/// Committee on Foreign Relations", "the Commission on Elections"): a body's
/// word in capitals before it, a capitalized word after it.
fn committee_on(s: &Sent, k: usize) -> bool {
    k >= 1
        && s.is(k, "on")
        && s.toks[k - 1].cap
        && lexicon::committee_word(s.lw(k - 1))
        && s.toks.get(k + 1).is_some_and(|t| t.cap && t.word && !t.quoted)
        // (not a day or a month: "the Central Election Commission on Monday")
        && !lexicon::weekday(s.lw(k + 1))
        && !lexicon::month(s.lw(k + 1))
        && !lexicon::time_word(s.lw(k + 1))
}

/// Whether the three tokens before `end` are an acronym in brackets ("(WSA)"
/// after "the Water Standards Authority").
fn acronym_in_brackets(s: &Sent, end: usize) -> bool {
    end >= 3 && s.is(end - 1, ")") && s.is(end - 3, "(") && acronym_at(s, end - 2)
}

/// Where a name ending at `f` ends without its acronym in brackets (`f - 3`
/// past "(KPC)"), when the name, from before `min`, leaves room for one.
fn before_acronym(s: &Sent, min: usize, f: usize) -> usize {
    if f >= min && acronym_in_brackets(s, f) {
        f - 3
    } else {
        f
    }
}

/// Whether tokens a..b name a body in capitals ("Kesmara People's Congress",
/// "Office for Budget Responsibility"): capitalized words, a possessive's marks
/// and the small words between them, a capital last.
fn body_name_toks(s: &Sent, a: usize, b: usize) -> bool {
    b > a
        && (a..b).all(|x| {
            s.toks[x].cap && s.toks[x].word && !s.toks[x].quoted
                || matches!(s.lw(x), "'" | "’" | "s" | "of" | "for" | "and")
        })
        && s.toks[b - 1].cap
}

/// Names set off in commas beside a business's description, anywhere in a
/// sentence: "the firm, Nordbau," and "Nordbau, a construction firm,": the
/// name's tokens, first and one past the last.
fn set_off_businesses(s: &Sent) -> SmallVec<[(usize, usize); 2]> {
    let mut out = SmallVec::new();
    let n = s.toks.len();
    let plain = |k: usize| s.toks[k].word && !s.toks[k].cap && !s.toks[k].quoted;
    let bytes = s.text.as_bytes();
    for c in 2..n {
        // (the cheap tests first: this looks at every word of every sentence)
        let t = s.toks[c];
        if t.word {
            // "an offer from the Kessel group": the name before the business's
            // lower-case head ("Kessel says ..." next is that business)
            // (not a description: "The Lund-based company")
            if s.toks[c - 1].cap
                && !t.cap
                && !t.quoted
                && s.is(c.saturating_sub(2), "the")
                && lexicon::business_head(s.lw(c))
                && s.lw(c - 1).bytes().all(|b| b.is_ascii_alphabetic())
            {
                out.push((c - 1, c));
            }
            continue;
        }
        if bytes[t.start] != b',' || !plain(c - 1) || s.digit_comma(c) {
            continue;
        }
        let head = s.lw(c - 1);
        if !lexicon::business_head(head) {
            continue;
        }
        // "the (construction) firm, Nordbau,"
        let the = (c.saturating_sub(3)..c - 1).rev().find(|&k| s.is(k, "the"));
        if let Some((_, e)) = the
            .and_then(|t| described_then_named(s, t, n))
            .filter(|&(c2, e)| c2 == c && e - c <= 4)
        {
            out.push((c + 1, e));
            continue;
        }
        // "Nordbau, a construction firm,"
        let art = (c.saturating_sub(4)..c - 1)
            .rev()
            .find(|&k| matches!(s.lw(k), "a" | "an"));
        let Some(t) = art.filter(|&t| {
            t >= 2
                && s.is(t - 1, ",")
                && (t + 1..c).all(|k| plain(k) && !lexicon::preposition(s.lw(k)))
        }) else {
            continue;
        };
        let e = t - 1;
        let a = (e.saturating_sub(3)..e)
            .find(|&a| (a..e).all(|k| s.toks[k].word && s.toks[k].cap && !s.toks[k].quoted))
            .filter(|&a| a == 0 || !(s.toks[a - 1].word && s.toks[a - 1].cap))
            // ("The Pensions Institute, an independent research group,")
            .map(|a| a + usize::from(lexicon::determiner(s.lw(a))));
        if let Some(a) = a.filter(|&a| body_name_toks(s, a, e)) {
            out.push((a, e));
        }
    }
    out
}

/// `..., prosecutors allege.`: the few plain words between a comma and the
/// verb at token i, ending in a plural noun, after a content of some length.
fn plural_closing_speaker(s: &Sent, lo: usize, i: usize) -> bool {
    let Some(c) = (i.saturating_sub(5).max(lo)..i).rev().find(|&k| s.comma(k)) else {
        return false;
    };
    let last = s.lw(i - 1);
    c >= lo + 4
        && c + 1 < i
        && (c + 1..i).all(|k| s.toks[k].word && !s.toks[k].quoted)
        && (last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")
            || matches!(last, "people" | "police" | "officials"))
}

/// A word that counts the noun after it ("nine states", "several reports").
fn count_word(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "several"
            | "many"
            | "both"
            | "other"
    )
}

/// Where a name ends before the party and state set after it ("Sen. Paul
/// Greer (D-Ill.)"): the opening parenthesis when token e closes one right
/// after a capitalized word, else e itself.
fn before_party_tag(s: &Sent, lo: usize, e: usize) -> usize {
    if e < lo + 3 || !s.is(e - 1, ")") {
        return e;
    }
    (e.saturating_sub(8).max(lo + 1)..e - 1)
        .rev()
        .find(|&p| s.is(p, "("))
        .filter(|&p| s.toks[p - 1].cap)
        .unwrap_or(e)
}

/// `economists were sceptical`, `critics disagreed` from token k: others' doubt
/// of what was just reported, the article's rider, no more of the report
/// (a short subject, then the word of doubt among its first words).
fn doubt_rider(s: &Sent, k: usize, hi: usize) -> bool {
    (k + 1..hi.min(k + 6))
        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
        .any(|x| {
            matches!(
                s.lw(x),
                "sceptical"
                    | "skeptical"
                    | "unconvinced"
                    | "doubtful"
                    | "unimpressed"
                    | "disagreed"
                    | "disagree"
                    | "disputed"
                    | "dispute"
                    | "doubted"
                    | "doubt"
                    | "wary"
            )
        })
}

/// `he did not present any evidence`, `they offered no details` from token k:
/// the article's note that the speaker gave no support, none of their words.
fn no_evidence_given(s: &Sent, k: usize, hi: usize) -> bool {
    if !matches!(s.lw(k), "he" | "she" | "they" | "it") {
        return false;
    }
    let v = if matches!(s.lw(k + 1), "did" | "has" | "have" | "had") && s.is(k + 2, "not") {
        k + 3
    } else if matches!(
        s.lw(k + 1),
        "didn't" | "hasn't" | "haven't" | "didn’t" | "hasn’t"
    ) || matches!(
        s.lw(k + 1),
        "offered" | "provided" | "gave" | "cited" | "presented"
    ) && s.is(k + 2, "no")
    {
        k + 2
    } else {
        return false;
    };
    (v..hi.min(v + 5)).any(|x| {
        matches!(
            s.lw(x),
            "evidence" | "details" | "proof" | "specifics" | "examples" | "documentation"
        )
    })
}

/// Whether a form of "be" stands before token i, perhaps with an adverb
/// between ("has been saying", "is now warning"): a progressive verb.
fn be_before(s: &Sent, lo: usize, i: usize) -> bool {
    let Some(k) = (lo..i).rev().find(|&k| {
        let w = s.lw(k);
        !(w.len() > 3 && w.ends_with("ly") || matches!(w, "also" | "still" | "now" | "again"))
    }) else {
        return false;
    };
    i - k <= 2
        && !s.toks[k].quoted
        && matches!(s.lw(k), "is" | "are" | "was" | "were" | "been" | "am")
}

/// Whether "according to" at token i opens an aside between a speaker and the
/// verb that cues them: "Tamm, according to a readout of the call, told Rowe
/// that C" (a comma before, the aside's comma, then the past verb; a capital
/// or determiner opens the sentence).
fn aside_according(s: &Sent, i: usize, hi: usize) -> bool {
    if i < 2 || !s.comma(i - 1) || s.toks[i].quoted {
        return false;
    }
    let Some(c) = (i + 3..hi.min(i + 14)).find(|&c| s.comma(c) || s.toks[c].quote_mark) else {
        return false;
    };
    if !s.comma(c) || c + 2 >= hi {
        return false;
    }
    let v = if s.toks[c + 1].word && s.lw(c + 1).ends_with("ly") {
        c + 2
    } else {
        c + 1
    };
    lexicon::cue_verb(s.lw(v)).is_some_and(|(k, f)| f == Form::Past && k != CueClass::Object)
        && (0..i - 1).all(|x| s.toks[x].word && !s.toks[x].quoted || s.punct(x) && !s.comma(x))
}

/// `A, according to X, and B`: the source named in the middle is A's, and B
/// (the article's own clause after "and") stands apart: the comma closing the
/// source's phrase and the start of B.
fn according_then_and(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let k = (3..n.saturating_sub(6))
        .find(|&k| s.is(k, "according") && s.is(k + 1, "to") && s.comma(k - 1))?;
    let m = (k + 3..n.min(k + 12)).find(|&m| s.comma(m))?;
    let b = m + 2;
    (matches!(s.lw(m + 1), "and" | "but")
        // (not A's own second verb, no subject of its own: "A, according to
        // council figures, and is forecast to fall further" is all theirs)
        && !lexicon::auxiliary(s.lw(b))
        && (k + 2..m).all(|x| s.toks[x].word && !s.toks[x].quoted || s.lw(x) == "'s")
        && b + 3 < n
        && (b..n).all(|x| !s.toks[x].quote_mark))
    .then_some((m, b))
}

/// "C, the company said, beating the 1.15 billion analysts had expected,
/// according to LSEG data": the comparison after the speaker's report is the
/// data's, C the speaker's; the comma before the participle and the
/// participle's token.
fn beat_according(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    if n < 12 {
        return None;
    }
    let k = (8..n - 3).find(|&k| s.is(k, "according") && s.is(k + 1, "to") && s.comma(k - 1))?;
    let p = (3..k - 3).rev().find(|&p| {
        s.comma(p)
            && matches!(
                s.lw(p + 1),
                "beating" | "missing" | "topping" | "exceeding" | "surpassing" | "outpacing"
            )
    })?;
    // (the speaker's report before it, after content of its own)
    let reported = (2..p).any(|x| {
        s.flags[x] & lexicon::F_CUE_START != 0
            && !s.toks[x].quoted
            && lexicon::cue_verb(s.lw(x))
                .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Pres3))
            && (1..x).any(|c| s.comma(c))
    });
    (reported
        && (p + 2..k - 1).all(|x| !s.toks[x].quote_mark && !s.comma(x))
        && (k + 2..n).all(|x| !s.toks[x].quote_mark))
    .then_some((p, p + 1))
}

/// "Allies of ...", "Close aides to ...": a plural head of people around
/// someone opening the clause at `lo`, followed by "of" or "to": its token.
fn people_around_head(s: &Sent, lo: usize) -> Option<usize> {
    let h = (lo..lo + 3).find(|&k| !matches!(s.lw(k), "the" | "some" | "close" | "senior"))?;
    (lexicon::people_around(s.lw(h)) && matches!(s.lw(h + 1), "of" | "to") && !s.toks[h].quoted)
        .then_some(h)
}

/// `in its report` (and `, published on Friday`) after a finding verb, from
/// token `k`: where that phrase ends, if it is there.
fn found_in_document(s: &Sent, k: usize, hi: usize) -> Option<usize> {
    if !(k + 2 < hi && s.is(k, "in") && matches!(s.lw(k + 1), "its" | "the" | "a" | "an" | "their"))
    {
        return None;
    }
    // ("in a 2024 audit", "in its annual report": a year or a word or two
    // before the document)
    let d = (k + 2..hi.min(k + 5))
        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted && !s.toks[x].cap)
        .find(|&x| lexicon::document_word(s.lw(x)))?;
    if (k + 2..d).any(|x| lexicon::finite_verb_like(s.lw(x)) || s.is(x, "that")) {
        return None;
    }
    let end = d + 1;
    if s.comma(end)
        && matches!(s.lw(end + 1), "published" | "released" | "issued")
        && let Some(stop) = (end + 2..hi.min(end + 7)).find(|&x| s.end_punct(x))
        && (end + 2..stop).all(|x| {
            let w = s.lw(x);
            matches!(w, "on" | "in" | "last" | "this" | "earlier")
                || lexicon::weekday(w)
                || lexicon::time_word(w)
        })
    {
        return Some(stop);
    }
    Some(end)
}

/// `, a figure that could not be verified`, `, a view most economists reject`:
/// the article's note, after the comma at x, on what was said before it.
fn comment_aside(s: &Sent, x: usize, e: usize) -> bool {
    s.comma(x)
        && !s.toks[x].quoted
        && matches!(s.lw(x + 1), "a" | "an")
        && !s.toks[x + 1].quoted
        && matches!(
            s.lw(x + 2),
            "figure"
                | "number"
                | "toll"
                | "total"
                | "count"
                | "claim"
                | "view"
                | "position"
                | "assertion"
                | "contention"
                | "argument"
                | "notion"
                | "prediction"
                | "estimate"
        )
        && (x + 3..e.min(x + 9)).any(|y| {
            matches!(
                s.lw(y),
                "verified"
                    | "confirmed"
                    | "disputed"
                    | "dispute"
                    | "disputes"
                    | "denied"
                    | "denies"
                    | "reject"
                    | "rejects"
                    | "rejected"
                    | "challenge"
                    | "challenged"
                    | "question"
                    | "questioned"
                    | "contest"
                    | "contested"
                    | "echoed"
                    // (", a figure Kirk's office called \"misleading\"")
                    | "called"
                    | "calls"
                    | "branded"
            )
        })
}

/// Whether the would-be speaker at ns is the head of the article's note
/// ([`comment_aside`]: "C, a view most economists reject"), its article
/// perhaps left out of the subject.
fn note_before_speaker(s: &Sent, lo: usize, ns: usize, hi: usize) -> bool {
    ns > lo + 1 && (comment_aside(s, ns - 1, hi) || comment_aside(s, ns - 2, hi))
}

/// `, in a sign that ...`, `— the latest sign that ...`, `, a move that could
/// ...`, `, signaling a tougher line`: the article's reading of the words
/// before the comma or dash at x (none of the speaker's).
fn interpretation_aside(s: &Sent, x: usize, e: usize) -> bool {
    if !(s.comma(x) || matches!(s.lw(x), "—" | "–")) || s.toks[x].quoted || x + 3 > e {
        return false;
    }
    let sign = |k: usize| matches!(s.lw(k), "sign" | "signal" | "indication");
    let w = s.lw(x + 1);
    // (", the most damaging account yet", ", the sharpest rebuke so far": the
    // article ranks the words)
    let judged = |k: usize| {
        matches!(
            s.lw(k),
            "account"
                | "testimony"
                | "admission"
                | "acknowledgment"
                | "acknowledgement"
                | "accusation"
                | "allegation"
                | "rebuke"
                | "criticism"
                | "warning"
                | "remarks"
                | "comments"
                | "endorsement"
        )
    };
    if w == "the" && (s.is(x + 2, "most") || s.lw(x + 2).len() > 5 && s.lw(x + 2).ends_with("est"))
    {
        if let Some(n) = (x + 3..e.min(x + 7)).find(|&n| judged(n)) {
            if (x + 2..=n).all(|y| s.toks[y].word && !s.toks[y].quoted)
                && (n + 1 >= e
                    || s.punct(n + 1)
                    || matches!(s.lw(n + 1), "yet" | "so" | "to" | "of" | "in" | "since"))
            {
                return true;
            }
        }
    }
    match w {
        "in" => matches!(s.lw(x + 2), "a" | "the") && (sign(x + 3) || s.is(x + 3, "move")),
        "a" | "the" => {
            let k = if matches!(
                s.lw(x + 2),
                "latest" | "clearest" | "strongest" | "first" | "further" | "new"
            ) {
                x + 3
            } else {
                x + 2
            };
            k + 1 < e
                && (sign(k) && matches!(s.lw(k + 1), "that" | "of")
                    || s.is(k, "move")
                        && matches!(s.lw(k + 1), "that" | "which" | "likely" | "expected"))
        }
        "signaling" | "signalling" | "underscoring" | "underlining" | "highlighting"
        | "deepening" | "escalating" => !s.toks[x + 1].quoted,
        _ => false,
    }
}

/// The participle after ", before" that opens the speaker's second claim
/// (", before adding that C", ", before conceding that C").
fn second_claim_after_before(w: &str) -> bool {
    matches!(
        w,
        "adding" | "conceding" | "acknowledging" | "admitting" | "insisting"
    )
}

/// An adverb of sequence between "and"/"but" and a second verb of saying
/// ("but later acknowledged", "and then added").
fn sequence_adverb(w: &str) -> bool {
    matches!(
        w,
        "later" | "then" | "also" | "subsequently" | "eventually" | "again"
    )
}

/// A participle of saying after a comma (", warning that ...", ", alleging that
/// ..."): its clause's subject speaks.
fn saying_participle(w: &str) -> bool {
    matches!(
        w,
        "warning"
            | "writing"
            | "ruling"
            // ("rejected the report, adding that C": with no cue before it; after
            // one, "said A, adding that B" is read as the said's second claim)
            | "adding"
            | "arguing"
            | "insisting"
            | "noting"
            | "stressing"
            | "declaring"
            | "predicting"
            | "acknowledging"
            | "admitting"
            | "conceding"
            | "alleging"
            | "claiming"
            | "asserting"
            | "contending"
            // ("lashed out at the Fed chair, complaining that C")
            | "complaining"
            | "boasting"
            | "bragging"
            | "lamenting"
            | "explaining"
            | "cautioning"
            | "maintaining"
    )
}

/// A clause from token a without `that` ("violent crime in the city fell 18
/// percent"): a subject of plain words, then a finite verb within twelve words.
fn data_clause(s: &Sent, a: usize, hi: usize) -> bool {
    if a + 1 >= hi || s.toks[a].quoted || !s.toks[a].word || matches!(s.lw(a), "a" | "an") {
        return false;
    }
    // (a number's comma, "3,000 homes", is no clause's edge)
    (a + 1..hi.min(a + 12))
        .take_while(|&k| {
            (s.toks[k].word || s.digit_comma(k))
                && !s.toks[k].quoted
                && (!s.comma(k - 1) || s.digit_comma(k - 1))
        })
        .any(|k| {
            let w = s.lw(k);
            lexicon::finite_verb_like(w)
                && (!w.ends_with('s')
                    || matches!(w, "is" | "was" | "has")
                    // ("Critics argue the law goes too far", "it costs too
                    // much": a verb in -s after a singular subject)
                    // (or two words: "the energy subsidy benefits wealthier
                    // households most")
                    || (k == a + 2 || k == a + 3)
                        && matches!(s.lw(a), "the" | "this" | "his" | "her" | "its" | "their")
                        && (a + 1..k).all(|x| !s.lw(x).ends_with('s') && !s.toks[x].cap)
                    || k == a + 1 && matches!(s.lw(a), "it" | "he" | "she"))
        })
        // ("Critics contend the energy subsidy, which costs 2 billion euros a
        // year, benefits wealthier households most": the subject, its
        // relative clause set off, then its verb)
        || matches!(s.lw(a), "the" | "this" | "his" | "her" | "its" | "their")
            && (a + 2..hi.min(a + 4))
                .find(|&c| s.comma(c))
                .filter(|&c| {
                    matches!(s.lw(c + 1), "which" | "who")
                        && (a + 1..c).all(|x| s.toks[x].word && !s.toks[x].cap)
                })
                .and_then(|c| (c + 3..hi.min(c + 16)).find(|&d| s.comma(d)))
                .is_some_and(|d| {
                    d + 2 < hi
                        && s.toks[d + 1].word
                        && !s.toks[d + 1].cap
                        && !s.toks[d + 1].quoted
                        && (lexicon::finite_verb_like(s.lw(d + 1))
                            || lexicon::auxiliary(s.lw(d + 1)))
                })
        // ("Prosecutors allege the firm, Nordbau, paid C": the subject's name
        // set off in commas after its description, then its verb)
        || described_then_named(s, a, hi).is_some_and(|(_, d)| {
            d + 1 < hi
                && s.toks[d + 1].word
                && !s.toks[d + 1].cap
                && (lexicon::finite_verb_like(s.lw(d + 1)) || lexicon::auxiliary(s.lw(d + 1)))
        })
}

/// "the (construction) firm, Nordbau,": from the "the" at token `a`, one or
/// two plain words to a comma, then a name in capitals to the next comma: the
/// two commas.
fn described_then_named(s: &Sent, a: usize, hi: usize) -> Option<(usize, usize)> {
    if !s.is(a, "the") {
        return None;
    }
    let c = (a + 2..hi.min(a + 4)).find(|&c| s.comma(c))?;
    if !s.is(c, ",") || !(a + 1..c).all(|k| s.toks[k].word && !s.toks[k].cap && !s.toks[k].quoted) {
        return None;
    }
    let d = (c + 2..hi.min(c + 5)).find(|&d| s.comma(d))?;
    (s.is(d, ",") && body_name_toks(s, c + 1, d)).then_some((c, d))
}

/// Whether the words from token k compare a figure given before: "more than
/// ...", "less than ...", "up from ...", "down from ...", "the highest since
/// ...", "the fastest pace in a decade".
fn comparison_tail(s: &Sent, k: usize) -> bool {
    match s.lw(k) {
        "more" | "less" | "fewer" | "higher" | "lower" | "twice" | "double" | "triple" => {
            s.is(k + 1, "than") || s.is(k + 1, "the")
        }
        "up" | "down" => s.is(k + 1, "from"),
        "the" | "its" => {
            let w = s.lw(k + 1);
            w == "most"
                || w == "least"
                || w.len() > 4
                    && w.ends_with("est")
                    && !matches!(
                        w,
                        "interest"
                            | "forest"
                            | "protest"
                            | "request"
                            | "harvest"
                            | "contest"
                            | "arrest"
                    )
        }
        _ => false,
    }
}

/// Whether a sentence ends with a pronoun's inverted cue: "..., she said.",
/// "..., he added".
fn ends_with_pronoun_cue(s: &Sent) -> bool {
    let mut k = s.toks.len();
    while k > 0 && !s.toks[k - 1].word {
        k -= 1;
    }
    k >= 3
        && lexicon::cue_verb(s.lw(k - 1)).is_some()
        && matches!(s.lw(k - 2), "he" | "she")
        && s.comma(k - 3)
}

/// Whether a clause follows the verb at token i: `that`, or a subject and its
/// finite verb ("argue the law goes too far", "believe inflation has peaked";
/// not "fears a second wave", "argue that" after "the rule").
fn clause_follows(s: &Sent, i: usize, hi: usize) -> bool {
    // ("believes a lasting deal is possible": past the article)
    let a = if matches!(s.lw(i + 1), "a" | "an") {
        i + 2
    } else {
        i + 1
    };
    // (a bare plural reads as a verb in -s: "voters have", "prices will" are a
    // subject and its verb)
    let plural_subject = |a: usize| {
        let w = s.lw(a);
        w.len() > 3
            && w.ends_with('s')
            && a + 1 < hi
            && s.toks[a + 1].word
            && !s.lw(a + 1).ends_with('s')
            && lexicon::finite_verb_like(s.lw(a + 1))
            && !lexicon::document_word(w)
    };
    s.is(i + 1, "that")
        || a < hi
            && !s.toks[a].quoted
            && (!lexicon::finite_verb_like(s.lw(a))
                || plural_subject(a)
                // ("Analysts expect prices to rise")
                || matches!(s.lw(i), "expects" | "expect")
                    && s.lw(a).ends_with('s')
                    && s.is(a + 1, "to"))
            && lexicon::cue_verb(s.lw(a)).is_none()
            && !lexicon::say_base(s.lw(a))
            && (data_clause(s, a, hi)
                // "The central bank expects the economy to grow by 1.1 percent": a
                // forecast's subject and its infinitive, or its figure ("expects
                // operating profit of 310 million euros")
                || matches!(s.lw(i), "expects" | "expect")
                    && (a + 1..hi.min(a + 6))
                        .take_while(|&k| s.toks[k].word && !s.comma(k - 1))
                        .any(|k| {
                            s.is(k, "to") && k + 1 < hi && s.toks[k + 1].word
                                // (an amount: not "a full explanation within 48 hours")
                                || s.lw(k).as_bytes()[0].is_ascii_digit()
                                    && matches!(
                                        s.lw(k + 1),
                                        "percent" | "%" | "million" | "billion" | "trillion"
                                    )
                        })
                    // ("Analysts expect a rate rise of half a point", "expect a
                    // sharp fall in exports": a forecast's change named)
                    || matches!(s.lw(i), "expects" | "expect")
                        && matches!(s.lw(i + 1), "a" | "an" | "further")
                        && (i + 2..hi.min(i + 5))
                            .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                            .any(|k| {
                                matches!(
                                    s.lw(k),
                                    "rise" | "increase" | "hike" | "cut" | "fall" | "drop"
                                        | "decline" | "contraction" | "recession" | "rebound"
                                )
                            })
                    // ("Forecasters expect another 80 millimetres of rain", "The
                    // ministry expects 40,000 visitors": the amount is the object;
                    // not a time, "a full explanation within 48 hours")
                    || matches!(s.lw(i), "expects" | "expect")
                        && (i + 1..hi.min(i + 4)).any(|k| {
                            s.toks[k].word
                                && s.lw(k).as_bytes()[0].is_ascii_digit()
                                && k + 1 < hi
                                && s.toks[k + 1].word
                                && !lexicon::duration_noun(s.lw(k + 1))
                                && !lexicon::time_word(s.lw(k + 1))
                                && (i + 1..k).all(|x| {
                                    matches!(
                                        s.lw(x),
                                        "another" | "about" | "around" | "some" | "nearly"
                                            | "roughly" | "up" | "to" | "at" | "least" | "more"
                                            | "than" | "over" | "a" | "further"
                                    )
                                })
                        }))
}

/// "the crowd at about 500 people": an "at" and a figure within a few words of
/// token `from` (what an estimate puts a thing at).
fn amount_at(s: &Sent, from: usize, hi: usize) -> bool {
    // ("estimated the total cost to Vanta, including recalls and fines, at 3.5
    // billion crowns": an aside in commas may stand before the "at")
    (from..hi.min(from + 12)).any(|m| {
        s.is(m, "at") && (m + 1..hi.min(m + 4)).any(|x| s.lw(x).as_bytes()[0].is_ascii_digit())
    })
}

/// A word that opens an amount ("40", "about", "nearly", "hundreds"): an
/// estimate's figure after "at" or "to".
fn amount_word(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || matches!(
            w,
            "less"
                | "more"
                | "closer"
                | "about"
                | "around"
                | "between"
                | "nearly"
                | "almost"
                | "some"
                | "over"
                | "under"
                | "roughly"
                | "at"
                | "up"
                | "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "ten"
                | "hundreds"
                | "thousands"
                | "tens"
        )
}

/// Whether the word before a verb leaves it a subject of its own (not an
/// infinitive, a passive or a modal's: "to put", "was put", "could put").
fn own_subject(prev: &str) -> bool {
    !matches!(
        prev,
        "to" | "be"
            | "been"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "could"
            | "should"
            | "must"
            | "can"
            | "may"
            | "might"
    )
}

/// The word before an aside set off by commas that closes right before token
/// `i` ("The figures, released by the ministry on Friday, show": "figures"),
/// its opening comma within `reach` tokens.
fn before_aside(s: &Sent, lo: usize, i: usize, reach: usize) -> Option<usize> {
    if !(i > lo + 3 && s.comma(i - 1)) {
        return None;
    }
    (lo + 1..i - 1)
        .rev()
        .take(reach)
        .find(|&k| s.comma(k))
        .map(|k| k - 1)
}

/// Cues that are not a single verb of saying, at token i (word `w`): the token
/// index one past the cue, if it is one.
/// - a finding verb speaking for a document before it: "a survey by the chamber
///   of commerce found that ...", "..., a new poll shows."
/// - a base-form verb of saying after a plural subject: "Prosecutors allege that"
/// - a noun cue: "expressed hope that ...", "voiced concern that ..."
fn special_cue(s: &Sent, lo: usize, hi: usize, i: usize, w: &str) -> Option<usize> {
    // ("Witnesses described hearing several loud explosions", "She recalled
    // seeing two men run": what they perceived is their account)
    if matches!(
        w,
        "described" | "describe" | "describes" | "recalled" | "recall" | "recalls"
    ) {
        let next = s.lw(i + 1);
        return (i > lo
            && i + 3 < hi
            && !s.toks[i].quoted
            && matches!(
                next,
                "hearing" | "seeing" | "watching" | "feeling" | "being"
            ))
        .then_some(i + 1);
    }
    // ("Police estimate 12,000 marchers": a body's or a group's figure, the
    // number straight after the plural's present)
    if w == "estimate"
        && i > lo
        && i + 2 < hi
        && !s.toks[i].quoted
        && s.toks[i + 1].word
        && s.lw(i + 1).as_bytes()[0].is_ascii_digit()
        && (lexicon::unnamed_head(s.lw(i - 1)) || lexicon::head_kind(s.lw(i - 1)).is_some())
    {
        return Some(i + 1);
    }
    // ("C, prosecutors allege.", "C, critics argue.": a plural speaker's present
    // tense closing its content)
    if lexicon::say_base(w) && s.end_punct(i + 1) && plural_closing_speaker(s, lo, i) {
        return Some(i + 1);
    }
    // "The expansion, the audit found, will cost $2.4 billion": a finding set
    // off by commas inside the content (a document or finders as the subject)
    // (also closing the sentence with where it was found: "C, the national audit
    // office found in a report published in March.")
    if matches!(w, "found" | "concluded" | "showed")
        && i >= lo + 4
        && (s.comma(i + 1)
            || matches!(s.lw(i + 1), "in" | "on") && skip_occasion(s, i + 1, hi) >= hi)
        && !s.toks[i].quoted
    {
        if let Some(k) = (i.saturating_sub(6).max(lo + 1)..i)
            .rev()
            .find(|&k| s.comma(k))
        {
            let subject = (k + 1..i).all(|x| s.toks[x].word && !s.toks[x].quoted)
                && (lexicon::document_word(s.lw(i - 1))
                    || lexicon::finding_people(s.lw(i - 1))
                    || lexicon::head_kind(s.lw(i - 1)).is_some());
            if subject && k + 1 < i {
                return Some(i + 1);
            }
        }
    }
    // '"...," the letter reads.', 'The sign read: "..."': a written text's words
    if matches!(w, "reads" | "read") {
        // ("The statement from the president's office read:", "The letter,
        // signed by 40 lawmakers, reads:": the document heads the subject)
        // ('The statement read, in part: "..."')
        let colon = s.is(i + 1, ":") || s.comma(i + 1) && s.in_part(i + 2);
        let doc = i > lo
            && !s.toks[i - 1].quoted
            && (lexicon::document_word(s.lw(i - 1))
                || colon
                    && (lo..(lo + 4).min(i - 1)).any(|k| {
                        lexicon::document_word(s.lw(k))
                            && (lo..k).all(|x| s.toks[x].word && !s.toks[x].quoted)
                            && (matches!(s.lw(k + 1), "from" | "by" | "of")
                                && (k + 1..i).all(|x| {
                                    let w = s.lw(x);
                                    !s.toks[x].quoted
                                        && (!lexicon::finite_verb_like(w) || names::possessive(w))
                                })
                                // (", signed by 40 lawmakers,")
                                || s.comma(k + 1)
                                    && s.comma(i - 1)
                                    && i > k + 3
                                    && (k + 2..i - 1).all(|x| s.toks[x].word && !s.toks[x].quoted))
                    }));
        let edge = i + 1 >= hi || s.rest_is_punct(i + 1) || colon;
        return (doc && edge).then_some(i + 1);
    }
    // "Sand questioned whether the shortfall was as large as claimed": doubt
    // cast on a clause (the clause after "whether")
    if matches!(w, "questioned" | "questions" | "question")
        && s.is(i + 1, "whether")
        && i + 3 < hi
        && !s.toks[i].quoted
        && !s.toks[i + 2].quoted
    {
        return Some(i + 2);
    }
    // "An exit poll for KTV gives the Unity Party 36 percent", "The survey puts
    // support for the plan at 41 percent": a poll's figures
    if matches!(w, "gives" | "gave" | "puts" | "put")
        && !s.toks[i].quoted
        && (lo..i)
            .rev()
            .take(8)
            .any(|k| matches!(s.lw(k), "poll" | "polls" | "survey" | "surveys"))
        && (i + 2..hi.min(i + 12)).any(|k| {
            s.lw(k).as_bytes().first().is_some_and(u8::is_ascii_digit)
                && matches!(s.lw(k + 1), "percent" | "per" | "%" | "points")
        })
    {
        return Some(i + 1);
    }
    // "Police figures show violent crime fell 18 percent", "The city's own
    // figures suggest fewer than 3,000 homes were completed": numbers as the
    // subject, a whole clause shown without "that" (its verb within a few
    // words; "figures show a rise in crime" shows no clause)
    if matches!(
        w,
        "show"
            | "shows"
            | "showed"
            | "suggest"
            | "suggests"
            | "suggested"
            | "indicate"
            | "indicates"
            | "indicated"
    ) && !s.toks[i].quoted
        // ("A tally by the Selm Courier shows": its maker between, no comma)
        && {
            let numbers = |k: usize| {
                matches!(
                    s.lw(k),
                    "figures" | "data" | "statistics" | "numbers" | "records" | "results" | "polls"
                        | "surveys" | "studies"
                        // ("A Courier tally shows at least 40 people were killed")
                        | "tally" | "count" | "survey" | "poll" | "study" | "analysis" | "estimates"
                )
                    // ("State budget documents show spending fell")
                    || lexicon::record_papers(s.lw(k))
            };
            (lo..i).rev().take(8).any(|k| {
                (k + 4 >= i || (k + 1..i).all(|x| s.toks[x].word && !s.toks[x].quoted))
                    && numbers(k)
            })
            // ("The figures, released by the ministry on Friday, show": past an
            // aside set off)
            || before_aside(s, lo, i, 12).is_some_and(numbers)
        }
        && (data_clause(s, i + 1, hi)
            // ("Polls suggest most voters oppose it": a poll's finding, any clause)
            // (a plural subject and its bare verb: "voters oppose")
            || (lo..i).rev().take(3).any(|k| lexicon::survey_word(s.lw(k)))
                && (clause_follows(s, i, hi)
                    || (i + 1..hi.min(i + 8)).any(|k| {
                        lexicon::plural_in_s(s.lw(k))
                            && k + 1 < hi
                            && s.toks[k + 1].word
                            && !s.toks[k + 1].cap
                            && !s.lw(k + 1).ends_with('s')
                            && !lexicon::preposition(s.lw(k + 1))
                            && !lexicon::determiner(s.lw(k + 1))
                            && !matches!(s.lw(k + 1), "and" | "or" | "to")
                    }))
            // ("Official figures show unemployment at 6.3 percent": a measure
            // and its figure)
            || (i + 2..hi.min(i + 6))
                .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                .any(|k| s.is(k, "at") && k + 1 < hi && s.lw(k + 1).as_bytes()[0].is_ascii_digit())
            // ("Police figures show a rise of 14 percent since 2022": a change
            // and its size)
            || matches!(s.lw(i + 1), "a" | "an")
                && change_noun(s.lw(i + 2))
                && s.is(i + 3, "of")
                && s.lw(i + 4).as_bytes().first().is_some_and(u8::is_ascii_digit)
            // ("State crime statistics show a 7 percent increase": the size first)
            || matches!(s.lw(i + 1), "a" | "an")
                && s.lw(i + 2).as_bytes().first().is_some_and(u8::is_ascii_digit)
                && (i + 3..hi.min(i + 6)).any(|k| change_noun(s.lw(k)))
            // ("Official figures show 298,000 people waiting more than 12
            // months": a count, its plural and what they are doing)
            || {
                // (past the figure's own commas: "298,000")
                let mut k = i + 1;
                while k < hi.min(i + 8)
                    && (s.lw(k).as_bytes().first().is_some_and(u8::is_ascii_digit)
                        || s.digit_comma(k))
                {
                    k += 1;
                }
                k > i + 1
                    && k + 1 < hi
                    && (lexicon::plural_in_s(s.lw(k))
                        || matches!(s.lw(k), "people" | "children" | "men" | "women"))
                    && s.lw(k + 1).len() > 5
                    && s.lw(k + 1).ends_with("ing")
                    && !s.toks[k + 1].cap
                    && !s.toks[k + 1].quoted
            })
    {
        return Some(i + 1);
    }
    if lexicon::FINDING_VERBS.contains(&w) {
        // "..., official results showed on Monday.": a time may close the sentence
        // (also "early on Monday", "late on Friday")
        let mut end = i + 1;
        if end + 2 < hi
            && matches!(s.lw(end), "late" | "early")
            && matches!(s.lw(end + 1), "on" | "in")
        {
            end += 1;
        }
        if end + 1 < hi
            && matches!(s.lw(end), "on" | "in" | "at" | "late" | "early" | "last")
            && (lexicon::weekday(s.lw(end + 1)) || lexicon::time_word(s.lw(end + 1)))
        {
            end += 2;
        }
        while end < hi && lexicon::time_word(s.lw(end)) {
            end += 1;
        }
        // "..., the audit office found in its report, published on Friday.": the
        // document it was found in, and when that came out, may close it too
        let in_document = found_in_document(s, end, hi).map(|e| end = e).is_some();
        // (", preliminary results showed, but fell short of a majority": a
        // contrasting clause may follow)
        let closes = s.end_punct(end)
            || s.comma(end)
                && matches!(
                    s.lw(end + 1),
                    "but" | "though" | "although" | "while" | "citing"
                );
        // ("The poll found inflation was the top issue": a document's finding, a
        // clause without "that")
        // ("The audit office's report found the cost estimate "credible but
        // optimistic"": a finding of a thing and what it is, in quotes)
        let quoted_complement = i > lo
            && matches!(w, "found" | "finds")
            && matches!(s.lw(i + 1), "the" | "its" | "their" | "his" | "her")
            && (i + 3..hi.min(i + 8))
                .find(|&k| s.toks[k].quote_mark)
                .is_some_and(|q| (i + 2..q).all(|k| s.toks[k].word && !s.toks[k].cap));
        if (s.is(i + 1, "that")
            || closes && i > lo + 3
            || i > lo && clause_follows(s, i, hi)
            || quoted_complement)
            && (in_document
                || (lo..i).rev().take(16).any(|k| {
                    lexicon::document_word(s.lw(k))
                        // ("The reports show that repairs were postponed")
                        || matches!(s.lw(k), "results" | "polls" | "reports" | "audits")
                })
                // ("..., the Ledger found, though ...": a newspaper's own finding)
                || i > lo
                    && s.toks[i - 1].cap
                    && lexicon::head_kind(s.lw(i - 1)) == Some(SourceKind::NewsOutlet))
        {
            return Some(i + 1);
        }
        // ("..., the department's inspector general found in a 2024 audit.",
        // "..., auditors found.": people whose finding closes the sentence)
        // (also a judge's or court's finding, and "she found" after one: "About
        // 180,000 voters lacked ID, she found, citing the state's figures")
        if closes
            && i > lo + 3
            && (i.saturating_sub(4).max(lo + 1)..i).any(|k| {
                lexicon::finding_people(s.lw(k))
                    || s.is(k, "general") && s.is(k - 1, "inspector")
                    || matches!(s.lw(k), "judge" | "court" | "jury" | "tribunal" | "panel")
                    || k + 1 == i && matches!(s.lw(k), "he" | "she") && s.comma(k - 1)
            })
            && (lo + 1..i).rev().take(6).any(|k| s.comma(k))
        {
            return Some(i + 1);
        }
        // "Researchers found that ...", "They found that ..." (after researchers):
        // people whose finding is their claim ("have found no evidence that")
        // ("The researchers found the link held", "They found the link held":
        // the clause without its "that")
        if (s.is(i + 1, "that")
            || s.is(i + 1, "no") && s.is(i + 3, "that")
            || i > lo
                && matches!(w, "found" | "finds")
                && !lexicon::preposition(s.lw(i + 1))
                && clause_follows(s, i, hi))
            && i > lo
            && !s.toks[i].quoted
            && ((lo..i)
                .rev()
                .take(8)
                .any(|k| lexicon::finding_people(s.lw(k)))
                // "It also found that ...": a document just quoted, as the subject
                || s.is(lo, "it")
                    && (i == lo + 1 || i == lo + 2 && lexicon::aux_or_adverb(s.lw(lo + 1))))
        {
            return Some(i + 1);
        }
        // a poll, study or report among the words before the verb
        // (ten tokens: "A survey of 1,200 voters by Lask University found")
        let study_word = |k: usize| {
            matches!(
                    s.lw(k),
                    "survey"
                        | "poll"
                        | "study"
                        | "analysis"
                        | "report"
                        | "audit"
                        | "review"
                        // ("Polls show Varga leading by five points")
                        | "surveys"
                        | "polls"
                        | "studies"
                        // ("The city's own projections show it could run dry")
                        | "projections"
                        | "projection"
                        | "forecasts"
                        | "forecast"
                )
                    // ("Council minutes reviewed by the Sentinel show no record of
                    // such approval")
                    || lexicon::record_papers(s.lw(k))
        };
        let study_before = || {
            (lo..i).rev().take(10).any(study_word)
                // ("The report, released on Monday by the rights group Civic
                // Watch, found at least 40 cases": past an aside set off)
                || before_aside(s, lo, i, 16).is_some_and(study_word)
        };
        // "The council's own study, published in May, found the stadium would
        // create about 120 jobs": a document's finding, a clause with its modal
        if matches!(w, "found" | "finds" | "showed" | "shows" | "show")
            && !s.toks[i].quoted
            && i + 3 < hi
            && matches!(s.lw(i + 1), "the" | "its" | "their" | "it" | "they")
            && (i + 2..hi.min(i + 7)).any(|k| {
                matches!(
                    s.lw(k),
                    "would" | "will" | "could" | "had" | "has" | "was" | "were"
                )
            })
            && study_before()
        {
            return Some(i + 1);
        }
        // "A survey by Lask University last week found Hallberg leading by two
        // points": a poll or study as the subject, its finding without "that"
        if i + 2 < hi
            && !s.toks[i].quoted
            // ("the review found no record of the votes": a finding of absence)
            && (s.toks[i + 1].cap
                || s.lw(i + 1).as_bytes()[0].is_ascii_digit()
                || s.is(i + 1, "no")
                // ("A poll ... showed the race within the margin of error")
                || s.is(i + 1, "the") && matches!(w, "show" | "shows" | "showed")
                // ("a recent poll found only 31 percent of voters ...")
                || matches!(
                    s.lw(i + 1),
                    "only" | "just" | "nearly" | "almost" | "about" | "more" | "fewer" | "most"
                )
                // ("found at least 40 cases of torture")
                || s.is(i + 1, "at") && s.is(i + 2, "least")
                // ("A review by the election board found two ballots cast ...",
                // "An audit found irregularities in 14 contracts")
                || count_word(s.lw(i + 1)) && !matches!(s.lw(i + 1), "both" | "other")
                || matches!(
                    s.lw(i + 1),
                    "irregularities"
                        | "errors"
                        | "flaws"
                        | "failures"
                        | "failings"
                        | "discrepancies"
                        | "deficiencies"
                        | "weaknesses"
                        | "overpayments"
                        | "evidence"
                        | "serious"
                        | "widespread"
                        | "significant"
                ))
            && s.toks[i + 1].word
            && study_before()
        {
            return Some(i + 1);
        }
    }
    // "Critics, including several Republicans on the panel, contend that": the
    // subject before the aside
    let subj_end = if i > lo + 2 && s.comma(i - 1) {
        (lo + 1..i - 1)
            .rev()
            .take(12)
            .find(|&k| s.comma(k))
            .filter(|&k| s.toks[k - 1].word)
            .unwrap_or(i)
    } else {
        i
    };
    // "The Ledger understands that ...", "Northwire has learned that ...": an
    // outlet's own reporting
    if matches!(w, "understands" | "learned" | "learnt")
        && s.is(i + 1, "that")
        && !s.toks[i].quoted
        && {
            let subj = if w == "understands" {
                i
            } else {
                i.saturating_sub(1)
            };
            (w == "understands" || s.is(subj, "has"))
                && subj > lo
                && s.toks[subj - 1].word
                // (an outlet: "The Ledger", not "Marsh understands that")
                && (s.toks[subj - 1].cap
                    && !lexicon::pronoun(s.lw(subj - 1))
                    && (w != "understands" || subj >= 2 && s.is(subj - 2, "the"))
                    || lexicon::head_kind(s.lw(subj - 1)) == Some(SourceKind::NewsOutlet))
        }
    {
        return Some(i + 1);
    }
    // "..., local media report.": the media's plural verb closing the sentence
    if w == "report"
        && (i + 1 >= hi || s.end_punct(i + 1))
        && i >= lo + 3
        && matches!(
            s.lw(i - 1),
            "media" | "outlets" | "newspapers" | "broadcasters" | "reporters" | "journalists"
        )
    {
        return Some(i + 1);
    }
    // "In a 5-4 decision, the court held that ...": a court's holding
    if matches!(w, "held" | "holds")
        && s.is(i + 1, "that")
        && (lo..i).rev().take(6).any(|k| {
            matches!(
                s.lw(k),
                "court" | "judge" | "judges" | "tribunal" | "justices" | "majority"
            )
        })
    {
        return Some(i + 1);
    }
    // "Holt continued to argue that", "went on to insist that" (say and tell
    // are cues of their own)
    // "Berg has spent months warning that C": the time spent, then a
    // participle of saying with its that-clause
    if matches!(w, "spent" | "spends" | "spend") {
        return (i + 2..hi.min(i + 6))
            .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
            .find(|&k| lexicon::that_participle(s.lw(k)) || s.is(k, "saying"))
            .filter(|&k| s.is(k + 1, "that"))
            .map(|k| k + 1);
    }
    // ("appeared to promise a contract to a donor": an act, no clause)
    if lexicon::say_base(w)
        && !matches!(w, "say" | "tell")
        && went_on_to(s, lo, i) > 0
        && (!lexicon::needs_clause(w) || s.is(i + 1, "that") || clause_follows(s, i, hi))
    {
        return Some(i + 1);
    }
    // ("Critics argue the law goes too far": a whole clause without "that")
    // ("Police estimate the crowd at 8,000": an amount)
    if (clause_follows(s, i, hi) || w == "estimate" && amount_at(s, i + 2, hi))
        && subj_end > lo
        && s.toks[subj_end - 1].word
        && lexicon::say_base(w)
        // (a noun after its article: "Members of the state legislature said")
        && !matches!(
            s.lw(subj_end - 1),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this"
        )
    {
        // ("Officials privately concede that C": past the adverb)
        // ("Organisers now claim C", "Critics still argue C")
        let mut j = subj_end;
        while j > lo + 1
            && (s.lw(j - 1).len() > 4 && s.lw(j - 1).ends_with("ly")
                || matches!(s.lw(j - 1), "now" | "still" | "also" | "again" | "already"))
        {
            j -= 1;
        }
        let is_plural = |p: &str| {
            matches!(p, "they" | "we" | "police" | "people")
                // ("Many argue the law goes too far", "privately some concede")
                || matches!(p, "some" | "many" | "most" | "others" | "several" | "both")
                || lexicon::plural_in_s(p)
                // ("The data suggest that prices have peaked")
                || matches!(w, "suggest" | "indicate") && matches!(p, "data" | "statistics")
        };
        // the subject's head, also before "of the rule" ("Supporters of the rule argue")
        // ("Analysts at Velmar Capital expect", "Lawyers for Ms. Falk argue")
        // ("Economists polled by Northwire expect": the polled, before the poller)
        let of_head = (j.saturating_sub(4).max(lo + 1)..j - 1)
            .find(|&k| matches!(s.lw(k), "of" | "at" | "from" | "in" | "for") && s.toks[k - 1].word)
            .map(|k| s.lw(k - 1))
            .or_else(|| polled_head(s, lo, j).map(|k| s.lw(k)));
        if is_plural(s.lw(j - 1)) || of_head.is_some_and(is_plural) {
            return Some(i + 1);
        }
    }
    // "The agency recommends that C", "a draft text proposed that C": advice
    // or a proposal given, when no other verb of saying before it carries the
    // sentence ("said C and recommended that D" is one claim)
    if matches!(w, "recommends" | "recommended" | "proposes" | "proposed")
        && s.is(i + 1, "that")
        && i > lo
        && !s.toks[i].quoted
        && !matches!(
            s.lw(i - 1),
            "and" | "also" | "was" | "were" | "is" | "are" | "be"
        )
        && !(lo..i).any(|k| {
            s.toks[k].quote_mark || lexicon::cue_verb(s.lw(k)).is_some() || s.is(k, "according")
        })
    {
        return Some(i + 1);
    }
    // "argued with reporters that C", "joked with aides that C": the partner
    // before the that-clause
    if matches!(
        w,
        "argued" | "argues" | "joked" | "jokes" | "pleaded" | "quipped"
    ) && s.is(i + 1, "with")
        && i > lo
        && !s.toks[i].quoted
    {
        if let Some(k) = (i + 3..hi.min(i + 8))
            .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
            .find(|&k| s.is(k, "that"))
        {
            return Some(k);
        }
    }
    // "The defence ministry raised its toll to 12 soldiers killed", "The
    // agency cut its estimate to 300 homes": a body's revised count
    if lexicon::REVISE_VERBS.contains(&w)
        && i > lo
        && !s.toks[i].quoted
        && matches!(s.lw(i + 1), "its" | "their" | "the" | "down" | "up")
    {
        // (not a forecast: "The company raised its revenue forecast to 74
        // billion" is the article's account of the company's act)
        let noun = (i + 2..hi.min(i + 6)).find(|&k| {
            matches!(
                s.lw(k),
                "toll" | "estimate" | "estimates" | "count" | "tally" | "figure"
            )
        });
        let to = noun.and_then(|n| (n + 1..hi.min(n + 6)).find(|&k| s.is(k, "to")));
        if let Some(to) = to {
            let amount = s
                .toks
                .get(to + 1)
                .is_some_and(|t| t.word && amount_word(s.lw(to + 1)));
            let plain = (i + 1..to).all(|k| s.toks[k].word && !s.toks[k].quoted);
            // ("revised down its estimate to 300": past the particle)
            let start = if matches!(s.lw(i + 1), "down" | "up") {
                i + 2
            } else {
                i + 1
            };
            if amount && plain && own_subject(s.lw(i - 1)) {
                return Some(start);
            }
        }
    }
    if lexicon::PHRASE_CUE_VERBS.contains(&w) && i > lo && !s.toks[i - 1].quoted {
        // "pointed out that", "made (it) clear that", "made the case that", "agreed that"
        let n = match (w, s.lw(i + 1)) {
            ("pointed" | "points", "out") => i + 2,
            // ("Critics point out that C": a plural's present)
            ("point", "out") if s.is(i + 2, "that") => i + 2,
            ("made" | "makes", "clear" | "plain") => i + 2,
            // "Ortiz did not dispute that C": a concession, C granted
            // (not the pronoun: "did not dispute that but said C")
            ("dispute", "that")
                if i >= lo + 3
                    && s.is(i - 1, "not")
                    && matches!(s.lw(i - 2), "did" | "does" | "do")
                    && !(s.comma(i + 2)
                        || s.end_punct(i + 2)
                        || matches!(s.lw(i + 2), "but" | "and" | "either")) =>
            {
                i + 1
            }
            // "Lund's team is convinced that C", "remains confident that C": a
            // conviction stated (not "is not convinced that")
            ("convinced" | "confident" | "adamant", _)
                if i >= lo + 2
                    && matches!(
                        s.lw(i - 1),
                        "is" | "are" | "was" | "were" | "remains" | "remained" | "been"
                    ) =>
            {
                i + 1
            }
            // "pointed to one of the pardons as evidence that C": what the
            // evidence is taken to show
            ("pointed" | "points" | "point", "to") => {
                let t = (i + 3..hi.min(i + 30))
                    .take_while(|&k| !s.toks[k].quoted && !s.toks[k].quote_mark)
                    .find(|&k| s.is(k, "that"))?;
                let as_what = (t.saturating_sub(4).max(i + 3)..t).any(|k| {
                    s.is(k, "as")
                        && matches!(
                            s.lw(t - 1),
                            "evidence" | "proof" | "sign" | "signs" | "indication"
                        )
                });
                if !as_what {
                    return None;
                }
                t
            }
            ("made" | "makes", "it") if matches!(s.lw(i + 2), "clear" | "plain") => i + 3,
            ("made" | "makes", "the") if matches!(s.lw(i + 2), "case" | "point") => i + 3,
            // ("Hale has made the unfounded claim that C": the claim's words, its
            // maker's, whatever the article calls them)
            ("made" | "makes" | "make", "the") => {
                let t = (i + 3..hi.min(i + 7))
                    .take_while(|&k| s.toks[k].word && !s.toks[k].quoted && !s.toks[k].cap)
                    .find(|&k| s.is(k, "that"))?;
                if !matches!(
                    s.lw(t - 1),
                    "claim" | "claims" | "allegation" | "allegations" | "assertion" | "accusation"
                ) || (i + 2..t - 1).any(|k| lexicon::cue_verb(s.lw(k)).is_some())
                {
                    return None;
                }
                t
            }
            // ("spent Tuesday in the union halls, making the case that C": the
            // participle after a comma, its clause's subject speaks)
            ("making", "clear" | "plain") if i > lo + 2 && s.comma_before(i) => i + 2,
            ("making", "the")
                if i > lo + 2
                    && s.comma_before(i)
                    && matches!(s.lw(i + 2), "case" | "point")
                    && s.is(i + 3, "that") =>
            {
                i + 3
            }
            // "agreed with his colleagues that C": the partner before the that-clause
            ("agreed" | "agrees", "with") => (i + 3..hi.min(i + 8))
                .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                .find(|&k| s.is(k, "that"))
                .unwrap_or(i + 1),
            ("agreed" | "agrees", _) => i + 1,
            // "Carver rejected the idea that C", "dismissed the suggestion that C":
            // the idea's words, with the stance's cue (as "denied the allegation
            // that C" reads)
            (
                "rejected" | "rejects" | "dismissed" | "dismisses" | "disputed" | "disputes",
                "the",
            ) if s.is(i + 3, "that")
                && matches!(
                    s.lw(i + 2),
                    "idea"
                        | "notion"
                        | "suggestion"
                        | "suggestions"
                        | "claim"
                        | "claims"
                        | "assertion"
                        | "allegation"
                        | "allegations"
                        | "accusation"
                        | "accusations"
                        | "charge"
                        | "charges"
                        | "premise"
                        | "argument"
                ) =>
            {
                return Some(i + 1);
            }
            // "rejected claims circulating online that C", "dismissed reports
            // that C": the same without the article, or with a few words
            // between the noun and its clause
            ("rejected" | "rejects" | "dismissed" | "dismisses" | "disputed" | "disputes", _)
                if {
                    let k = if s.is(i + 1, "the") { i + 2 } else { i + 1 };
                    k < hi
                        && matches!(
                            s.lw(k),
                            "claims"
                                | "claim"
                                | "suggestions"
                                | "suggestion"
                                | "allegations"
                                | "allegation"
                                | "accusations"
                                | "reports"
                                | "report"
                                | "rumours"
                                | "rumors"
                                | "speculation"
                        )
                        && (k + 1..hi.min(k + 5))
                            .find(|&x| s.is(x, "that"))
                            .is_some_and(|t| {
                                (k + 1..t)
                                    .all(|x| s.toks[x].word && !s.toks[x].cap && !s.toks[x].quoted)
                            })
                } =>
            {
                return Some(i + 1);
            }
            // "Hege Lie echoed Moen's view that C", "shared her concern that C":
            // another's words taken up as one's own
            // (the reading takes the owned words: "view that")
            ("echoed" | "echoes" | "shared" | "shares", _) if owned_words(s, i + 1).is_some() => {
                return Some(i + 1);
            }
            // '"We will win," he continued.': only right after a quote and its speaker
            ("continued", _) => {
                let q = (i.saturating_sub(4).max(lo)..i)
                    .rev()
                    .find(|&k| s.toks[k].quote_mark)?;
                let speaker = q + 1 < i
                    && (q + 1..i).all(|k| {
                        s.toks[k].word
                            && (s.toks[k].cap || lexicon::pronoun(s.lw(k)))
                            && !s.toks[k].quoted
                    });
                let closes = i + 1 >= hi || s.end_punct(i + 1) || s.comma(i + 1);
                return (speaker && closes).then_some(i + 1);
            }
            // '"That is false," the challenger shot back.', "Vale fired back that
            // ...": a retort, after a quote and its speaker or before "that"
            (r, "back") if lexicon::retort_verb(r) => {
                if s.is(i + 2, "that") {
                    i + 2
                } else {
                    let q = (i.saturating_sub(6).max(lo)..i)
                        .rev()
                        .find(|&k| s.toks[k].quote_mark)?;
                    let speaker =
                        q + 1 < i && (q + 1..i).all(|k| s.toks[k].word && !s.toks[k].quoted);
                    let closes = i + 2 >= hi || s.end_punct(i + 2) || s.comma(i + 2);
                    return (speaker && closes).then_some(i + 2);
                }
            }
            // "The court suspended the law, ruling that ...", "held rates, warning
            // that ...": the clause's subject speaks
            (p, "that") if saying_participle(p) && i > lo + 2 && s.comma_before(i) => i + 1,
            // ("has sued the city, alleging she was fired ...": a participle of
            // claiming with its clause, no "that")
            (
                "alleging" | "claiming" | "arguing" | "insisting" | "contending" | "suggesting",
                _,
            ) if i > lo + 2 && s.comma_before(i) && clause_follows(s, i, hi) => {
                return Some(i + 1);
            }
            // ", writing in a post on his social media platform that ...": where
            // it was said, between the participle and its clause
            (p, "in" | "on") if saying_participle(p) && i > lo + 2 && s.comma(i - 1) => {
                let t = (i + 2..hi.min(i + 12))
                    .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
                    .find(|&k| s.is(k, "that"))?;
                // (also a medium: ", writing on social media that C", ", writing
                // on Kestrel that C")
                if !(i + 2..t).any(|k| {
                    let w = s.lw(k);
                    lexicon::occasion_noun(w)
                        || lexicon::document_word(w)
                        || matches!(w, "media" | "television" | "radio" | "website" | "platform")
                        || s.is(i + 1, "on") && s.toks[k].cap
                }) {
                    return None;
                }
                t
            }
            // (", ruling 5-2 that C", ", ruling unanimously that C": the vote
            // between; any other word after the participle is no cue of it)
            (p, _) if saying_participle(p) => {
                if !(i > lo + 2 && s.comma(i - 1)) {
                    return None;
                }
                let t = (i + 2..hi.min(i + 5)).find(|&t| s.is(t, "that"))?;
                let tally = (i + 1..t).all(|k| {
                    let w = s.lw(k);
                    s.toks[k].word
                        && (w.starts_with(|c: char| c.is_ascii_digit())
                            || w == "to"
                            || w.len() > 4 && w.ends_with("ly"))
                });
                if !tally {
                    return None;
                }
                t
            }
            // "called for an independent inquiry", "called on the government to
            // intervene": a demand, as with "urged"
            // ("Police appealed for witnesses to come forward", "appealed to
            // residents to stay indoors": a plea, as with "called for"; not a
            // court's appeal: "appealed to the Supreme Court", "appealed
            // against the ruling", "appealed the verdict")
            ("called" | "calls", "for" | "on" | "upon")
            | ("appealed" | "appeals", "for" | "to") => {
                let appeal = w.starts_with("appeal");
                let prev = s.lw(i - 1);
                let passive = matches!(
                    prev,
                    "was" | "were" | "been" | "being" | "is" | "are" | "be"
                );
                let for_ = s.is(i + 1, "for");
                let next = s.lw(i + 2);
                let time =
                    lexicon::weekday(next) || lexicon::time_word(next) || lexicon::month(next);
                let court = appeal
                    && (i + 2..hi.min(i + 6)).any(|k| {
                        matches!(
                            s.lw(k),
                            "court" | "tribunal" | "judge" | "judges" | "ruling"
                        )
                    });
                let to = (i + 3..hi.min(i + 10)).any(|k| {
                    s.is(k, "to") && (!appeal || s.toks.get(k + 1).is_some_and(|t| t.word))
                });
                let long_enough = if appeal { i + 2 < hi } else { i + 3 < hi };
                let ok = !passive
                    && !time
                    && !court
                    && long_enough
                    && s.toks[i + 2].word
                    && (for_ || to);
                return ok.then_some(i + 2);
            }
            // "The union puts the saving at less than a third": an estimate
            ("put" | "puts", _) => {
                let prev = s.lw(i - 1);
                // ("has put the savings closer to 2 billion")
                let at = (i + 2..hi.min(i + 7)).find(|&a| {
                    s.is(a, "at") || matches!(s.lw(a), "closer" | "nearer") && s.is(a + 1, "to")
                })?;
                // (by one who estimates: "Independent estimates have put the
                // number closer to 200" are no one's)
                let closer = !s.is(at, "at");
                if closer {
                    let mut k = i - 1;
                    while k > lo && matches!(s.lw(k), "has" | "have" | "had") {
                        k -= 1;
                    }
                    // (past an aside: "The Pensions Institute, an independent
                    // research group, has put")
                    if s.comma(k) {
                        k = (k.saturating_sub(9).max(lo + 1)..k)
                            .rev()
                            .find(|&x| s.comma(x))
                            .map_or(k, |x| x - 1);
                    }
                    let w = s.lw(k);
                    let people = lexicon::unnamed_head(w)
                        && !lexicon::document_word(w)
                        && !matches!(
                            w,
                            "estimates" | "figures" | "data" | "polls" | "surveys" | "studies"
                        );
                    if !(s.toks[k].cap && s.toks[k].word || people) {
                        return None;
                    }
                }
                let at = if closer { at + 1 } else { at };
                // ("at $11 million": a currency sign before the figure)
                let at = if matches!(s.lw(at + 1), "$" | "€" | "£") {
                    at + 1
                } else {
                    at
                };
                let amount = s
                    .toks
                    .get(at + 1)
                    .is_some_and(|t| t.word && amount_word(s.lw(at + 1)));
                return (amount && own_subject(prev) && (i + 1..at).all(|k| s.toks[k].word))
                    .then_some(i + 1);
            }
            _ => return None,
        };
        if n < hi && s.is(n, "that") && !s.toks[n].quoted {
            return Some(n);
        }
        // ("Harlan made clear at a rally here last month that C", "made it
        // clear on Monday that C": where or when, then the clause)
        if n < hi
            && n > i + 1
            && matches!(w, "made" | "makes" | "pointed" | "points")
            && matches!(
                s.lw(n),
                "on" | "at" | "in" | "during" | "last" | "this" | "earlier"
            )
        {
            if let Some(t) = (n + 1..hi.min(n + 9)).find(|&t| s.is(t, "that")) {
                let plain = (n..t).all(|k| {
                    s.toks[k].word
                        && !s.toks[k].quoted
                        && lexicon::cue_verb(s.lw(k)).is_none()
                        && !matches!(s.lw(k), "is" | "was" | "were" | "are" | "has" | "had")
                });
                if plain && !s.toks[t].quoted {
                    return Some(t);
                }
            }
        }
        // ("C, the audit office pointed out.", "C, as the audit office pointed
        // out in a report": the cue closing the sentence after its words)
        if matches!(w, "pointed" | "points")
            && s.is(i + 1, "out")
            && (n >= hi
                || s.end_punct(n)
                || s.comma(n)
                || matches!(s.lw(n), "in" | "on" | "at" | "last" | "this" | "earlier"))
            && (lo + 2..i).any(|k| s.comma(k) && !s.toks[k].quoted)
        {
            return Some(n);
        }
        // ("Voss made clear she would not resign", "has made it clear she would":
        // the clause without its "that"; "convinced"/"confident" the same)
        if n < hi
            && !s.toks[n].quoted
            && (matches!(s.lw(i), "made" | "makes")
                && n > i + 1
                && matches!(s.lw(n - 1), "clear" | "plain")
                || matches!(s.lw(i), "convinced" | "confident"))
            && matches!(
                s.lw(n),
                "he" | "she" | "they" | "it" | "we" | "i" | "the" | "his" | "her" | "their" | "its"
            )
            && clause_follows(s, n - 1, hi)
        {
            return Some(n);
        }
        return None;
    }
    // "Holt raised concerns that C": a worry put, with its clause
    if matches!(w, "raised" | "raises")
        && i > lo
        && matches!(
            s.lw(i + 1),
            "concerns" | "concern" | "fears" | "doubts" | "questions" | "alarm"
        )
        && s.is(i + 2, "that")
        && !s.toks[i + 2].quoted
    {
        return Some(i + 2);
    }
    if lexicon::STANCE_VERBS.contains(&w) {
        let mut n = i + 1;
        while n < hi && n <= i + 3 && s.toks[n].word && !s.is(n, "that") {
            n += 1;
        }
        if n > i + 1 && s.is(n, "that") && i > lo && !s.toks[n].quoted {
            return Some(n);
        }
        // "Brandt expressed his readiness to extend the agreement": a readout's
        // stance, the stance itself is the content
        let p = if matches!(s.lw(i + 1), "his" | "her" | "its" | "their" | "our") {
            i + 2
        } else {
            i + 1
        };
        if i > lo
            && p + 1 < hi
            && matches!(
                s.lw(p),
                "readiness" | "willingness" | "commitment" | "determination" | "intention"
            )
            // (an intent to act, a verb after "to"; "expressed support for the
            // plan" stays the article's report of a stance)
            && s.is(p + 1, "to")
            && p + 2 < hi
            && s.toks[p + 2].word
            && !s.toks[p + 2].cap
            && !lexicon::determiner(s.lw(p + 2))
            && !s.toks[p].quoted
        {
            return Some(i + 1);
        }
    }
    None
}

/// Where the descriptor before a name set off by a comma starts ("The regional
/// governor, Pavo Strand" / "A spokeswoman for the office, Lea Hart"): walking
/// back from the comma before token k over plain words, across linking
/// prepositions, at most six words; with `stop_at_verbs`, never over a word that
/// looks like a verb (for a role taken from it: "had followed the mayor, X").
fn descriptor_start(s: &Sent, lo: usize, k: usize, stop_at_verbs: bool) -> usize {
    let mut d = k - 1;
    // ("the chairman of the Independent Electoral Commission (IEC), Prof. Ada
    // Nwosu": past the body's acronym)
    let mut reach = 7;
    // ("A spokesman for the Department of Homeland Security, Kyle Maris": an
    // office and a body's long name, opening the sentence)
    if k >= lo + 8 && k <= lo + 10 && matches!(s.lw(lo), "a" | "an" | "the") && !s.toks[lo].quoted {
        reach = k - lo + 1;
    }
    if d >= lo + 4 && acronym_in_brackets(s, d) {
        d -= 3;
        reach += 3;
    }
    // ("A spokesman for Gov. Helen Tarr, Victor Ames": over a title's point)
    let title_point = |d: usize| {
        d >= lo + 2
            && s.is(d - 1, ".")
            && s.toks[d - 2].cap
            && (names::honorific(s.lw(d - 2)) || lexicon::title_word(s.lw(d - 2)))
    };
    while d > lo
        && (s.toks[d - 1].word || title_point(d))
        // ("The head of Vestra's port authority, Ivo Brandt": a possessive is
        // no verb)
        && !(stop_at_verbs
            && (lexicon::finite_verb_like(s.lw(d - 1))
                && !(s.lw(d - 1).ends_with("'s") || s.lw(d - 1).ends_with("’s"))
                // ("on suspicion of attacking the city's mayor, Tilda Rand")
                || s.lw(d - 1).len() > 5
                    && s.lw(d - 1).ends_with("ing")
                    && matches!(s.lw(d), "the" | "a" | "an")))
        && (!lexicon::np_boundary(s.lw(d - 1))
            || matches!(s.lw(d - 1), "for" | "of" | "at" | "to") && d > lo + 1)
        && k - d < reach
    {
        d -= 1;
    }
    d
}

/// Whether tokens a..b are a role set off by commas after a name ("executive
/// director at Coastline Bank", "head of the statistics office"): a title word
/// among the first three, no verb of saying, short.
fn role_aside(s: &Sent, a: usize, b: usize) -> bool {
    b > a
        && b - a <= 12
        && ((a..b.min(a + 3)).any(|k| lexicon::title_word(s.lw(k)) && !s.toks[k].cap)
            // ("Hal Brenner, Caro's opponent, said", "her running mate": one tied
            // to another, after an owner)
            || b - a <= 4
                && (names::possessive(s.lw(a)) || matches!(s.lw(a), "his" | "her" | "their"))
                && (a + 1..b).any(|k| relation_noun(s.lw(k))))
        && (a..b).all(|k| {
            s.toks[k].word
                && !s.toks[k].quoted
                && lexicon::cue_verb(s.lw(k)).is_none()
                && !lexicon::belief_verb(s.lw(k))
                || matches!(s.lw(k), "-" | "'" | "’" | "&")
        })
        // ("Carl Hobb, believes the state needs ...", "..., has led the party":
        // a predicate, not an aside)
        && (s.toks[a].cap
            || !lexicon::finite_verb_like(s.lw(a))
            || lexicon::title_word(s.lw(a))
            || names::possessive(s.lw(a)))
}

/// A person's tie to another, naming them in an aside after their name ("Caro's
/// opponent", "her running mate", "his lawyer").
fn relation_noun(w: &str) -> bool {
    names::close_relation(w)
        || matches!(
            w,
            "opponent"
                | "rival"
                | "challenger"
                | "mate"
                | "predecessor"
                | "successor"
                | "lawyer"
                | "attorney"
                | "partner"
                | "colleague"
                | "ally"
                | "biographer"
        )
}

/// What the words around a source phrase (tokens src) say of it, for a cue c:
/// the role from an appositive (`appositive`, found by the caller, or one between
/// the phrase and the cue: "Kai Rost, executive director at Coastline Bank,
/// said"; or a descriptor before it: "A spokeswoman for the office, Lea Hart"),
/// and the kind a body's head noun gives ("His newspaper, the Lorn Courier";
/// "according to Press Without Borders, a media rights group").
fn describe_source(
    s: &Sent,
    lo: usize,
    info: &mut NpInfo,
    src: (usize, usize),
    c: &Cue,
    appositive: Option<(usize, usize)>,
) {
    let appositive = appositive.or_else(|| {
        (!c.according && c.i >= src.1 + 3 && s.comma(src.1) && s.comma(c.i - 1))
            .then(|| (src.1 + 1, c.i - 1))
    });
    // "In tense exchanges with the defence committee, Vell conceded": an
    // introductory phrase before the name is neither its role nor its kind
    let intro =
        src.0 > lo + 1 && lexicon::preposition(s.lw(lo)) && !(lo..src.0 - 1).any(|x| s.comma(x));
    if let Some((a, b)) =
        appositive.or_else(|| (!intro).then(|| descriptor_before(s, lo, src.0)).flatten())
    {
        apply_appositive(s, info, a, b);
    }
    // (nothing before lo describes the phrase)
    if !intro && src.0 >= lo + 2 {
        kind_from_head_before(s, info, src.0);
    }
    kind_from_appositive(s, info, src.1);
    kind_from_relative(s, info, src.1);
    // ("The mill's former owner, Norpaper, said": one word named by a
    // business's trade is the business; "the restaurant's owner, Ali Hassan" is
    // a person)
    if info.class == NpClass::Person
        && !info.source.name.contains(' ')
        && info.source.role.as_deref().is_some_and(|r| {
            r.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "owner" | "operator" | "maker" | "manufacturer" | "producer" | "supplier"
                )
            })
        })
    {
        info.class = NpClass::Org;
        info.source.kind = SourceKind::Organization;
        info.source.role = None;
    }
}

/// The kind of body a descriptor (tokens a..b) before or after a name
/// describes by its head noun ([`names::descriptor_head_kind`]: "The national
/// grid operator" -> organization), when it opens the phrase ("Testifying
/// before the health committee, Lind said" describes no Lind).
fn descriptor_body_kind(s: &Sent, a: usize, b: usize) -> Option<SourceKind> {
    if b <= a || a > 0 && s.toks[a - 1].word || !s.toks[b - 1].word || s.toks[b - 1].cap {
        return None;
    }
    if (a..b).any(|k| s.toks[k].quoted || !s.toks[k].word && !matches!(s.lw(k), "'" | "’" | "s"))
    {
        return None;
    }
    let words: SmallVec<[&str; 8]> = (a..b).map(|k| s.lw(k)).collect();
    names::descriptor_head_kind(&words)
}

/// The descriptor before a name set off by a comma ("A spokeswoman for the
/// office, Lea Hart"): its token range, when it holds a title word.
fn descriptor_before(s: &Sent, lo: usize, name_start: usize) -> Option<(usize, usize)> {
    // (past an honorific's point: "..., Prof. Ada Nwosu")
    let name_start = if name_start >= lo + 4
        && s.is(name_start - 1, ".")
        && names::honorific(s.lw(name_start - 2))
    {
        name_start - 2
    } else {
        name_start
    };
    if name_start < lo + 2 || !s.comma(name_start - 1) {
        return None;
    }
    let k = name_start;
    let mut d = descriptor_start(s, lo, k, true);
    // ("Gov. Martin Pell and his Democratic challenger, Luis Ocampo": the role is
    // the second phrase, from its determiner)
    if let Some(x) = (d + 1..k - 1).rev().find(|&x| {
        s.is(x - 1, "and") && (lexicon::determiner(s.lw(x)) || names::possessive(s.lw(x)))
    }) {
        d = x;
    }
    // (a lowercase office, or one written as capitals: "The Labour MP for
    // Westholm, Ruth Adeyemi")
    // (a word that only qualifies an office is none: "and push for new progress,
    // Qiao said")
    let bare_list = (d..k - 1).any(|x| s.is(x, "and"))
        && !(d..k - 1).any(|x| lexicon::determiner(s.lw(x)) || lexicon::preposition(s.lw(x)));
    let office = |x: usize| {
        lexicon::title_word(s.lw(x))
            && (!s.toks[x].cap || acronym_at(s, x))
            && !lexicon::title_qualifier(s.lw(x))
            // ("cooperation in trade, energy and farming, Han said": a bare
            // list of portfolios is no office)
            && !(lexicon::portfolio_word(s.lw(x)) && bare_list)
    };
    // ("The Chancellor, Edwin Carrow,": "the" and an office in capitals alone)
    let the_office = s.is(d, "the")
        && d + 1 < k - 1
        && (d + 1..k - 1).all(|x| {
            lexicon::title_word(s.lw(x)) && !lexicon::private_role(s.lw(x)) && s.toks[x].word
        });
    // ("The Minister of Health, Dr. Rahel Osei,", "The Minister for Foreign
    // Affairs, Ana Lind,": the office, then what it is of in capitals)
    let the_office_of = || {
        let Some(of) = (d + 2..k - 1).find(|&x| s.is(x, "of") || s.is(x, "for")) else {
            return false;
        };
        s.is(d, "the")
            && (d + 1..of).all(|x| {
                lexicon::title_word(s.lw(x)) && !lexicon::private_role(s.lw(x)) && s.toks[x].word
            })
            && of + 1 < k - 1
            && (of + 1..k - 1)
                .all(|x| s.toks[x].word && (s.toks[x].cap || matches!(s.lw(x), "and" | "the")))
    };
    (d < k - 1 && ((d..k - 1).any(office) || the_office || the_office_of())).then_some((d, k - 1))
}

/// A role set off by commas right after token j ("Ruben Falk, the mayor of
/// Dornholm, ..."): its token range.
fn role_after(s: &Sent, j: usize) -> Option<(usize, usize)> {
    if !s.comma(j) {
        return None;
    }
    let mut e = j + 1;
    while e < s.toks.len() && !s.comma(e) && !s.end_punct(e) && !s.toks[e].quote_mark {
        e += 1;
    }
    let a = (j + 1..e).find(|&k| !matches!(s.lw(k), "the" | "a" | "an"))?;
    (e > j + 1 && role_aside(s, a, e)).then_some((j + 1, e))
}

/// `said through a spokesman`, `, through his lawyers,`: the one who passed the
/// words on (tokens from k), an anonymous relay.
fn spokesperson_via(s: &Sent, k: usize, hi: usize) -> Option<NpInfo> {
    if !matches!(s.lw(k), "a" | "an" | "his" | "her" | "its" | "their") || k + 1 >= hi {
        return None;
    }
    let w = s.lw(k + 1);
    if !matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "aide"
            | "representative"
            | "representatives"
            | "agent"
            | "publicist"
    ) {
        return None;
    }
    Some(NpInfo {
        source: SourceRef {
            name: w.to_string(),
            kind: SourceKind::Unnamed,
            resolved: true,
            role: None,
            mention: Some(toks_mention(s, k, k + 2)),
        },
        class: NpClass::Unnamed,
    })
}

/// "Karel Vinn is a senator from Lask": a role given by `is a` right after the
/// name ending before token j: its token range.
fn copular_role(s: &Sent, j: usize) -> Option<(usize, usize)> {
    if !(matches!(s.lw(j), "is" | "was") && matches!(s.lw(j + 1), "a" | "an" | "the")) {
        return None;
    }
    let n = s.toks.len();
    let mut e = j + 2;
    while e < n
        && e - j < 10
        && s.toks[e].word
        && !s.toks[e].quoted
        && !matches!(s.lw(e), "who" | "which" | "and" | "but" | "whose")
    {
        e += 1;
    }
    (e > j + 2 && role_aside(s, j + 2, e)).then_some((j + 1, e))
}

/// "His newspaper, the Lorn Courier": a proper name set off after a body's head
/// noun takes that noun's kind.
fn kind_from_head_before(s: &Sent, info: &mut NpInfo, name_start: usize) {
    let mut k = name_start;
    if k > 0 && matches!(s.lw(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    if info.class != NpClass::Person || info.source.role.is_some() || k < 2 {
        return;
    }
    let mut h = k - 2;
    if !s.comma(k - 1) {
        return;
    }
    // "Asked whether he regretted the posts, Tesk told": the comma closes an
    // opening phrase, no appositive
    if lexicon::opening_word(s.lw(0)) && !(1..k - 1).any(|x| s.comma(x)) {
        return;
    }
    // "The company that runs the largest plant, Lornchem,": the head is the
    // word before the relative clause
    if lexicon::head_kind(s.lw(h)).is_none() {
        if let Some(r) = (h.saturating_sub(8)..h)
            .rev()
            .find(|&x| x > 0 && matches!(s.lw(x), "that" | "which"))
        {
            h = r - 1;
        }
    }
    if !s.toks[h].word || s.toks[h].cap {
        return;
    }
    // "In a letter, published on the government's website, Varga wrote": the
    // head is a preposition's object in the opening phrase, no appositive
    if lexicon::opening_word(s.lw(0))
        && (h.saturating_sub(4)..h)
            .rev()
            .take_while(|&x| s.toks[x].word && !s.toks[x].cap && !s.toks[x].quoted)
            .any(|x| {
                matches!(
                    s.lw(x),
                    "on" | "in" | "at" | "to" | "by" | "via" | "through"
                )
            })
    {
        return;
    }
    // ("Two other Democrats on the committee, Sens. Mark Dyer and Helen Osei,":
    // the body is where the described sit, not what they are)
    if h >= 2
        && matches!(s.lw(h - 1), "the" | "a" | "an")
        && matches!(s.lw(h - 2), "on" | "in" | "at" | "from")
    {
        return;
    }
    // ("The head of the farmers' union, Tim Berg,": the one who heads the body)
    if (h.saturating_sub(7)..h)
        .any(|x| lexicon::title_word(s.lw(x)) && !s.toks[x].cap && s.is(x + 1, "of"))
    {
        return;
    }
    if let Some(k) = lexicon::head_kind(s.lw(h)) {
        info.class = NpClass::Org;
        info.source.kind = k;
    }
}

/// "Press Without Borders, a media rights group": a named body followed (at
/// token `ne`) by an appositive with a body's head noun takes that noun's kind.
/// `Tilo Brandt, who chairs parliament's audit committee, said`: a person who
/// heads a public body is an official; the clause is their role when they had none.
fn kind_from_relative(s: &Sent, info: &mut NpInfo, ne: usize) {
    let hi = s.toks.len();
    if info.class != NpClass::Person
        || info.source.kind == SourceKind::Official
        || !(s.comma(ne) && ne + 3 < hi && s.is(ne + 1, "who"))
    {
        return;
    }
    // "Lea Sorn, who was appointed the UN's envoy in June, said": the office
    // she was given
    let mut v = ne + 2;
    if matches!(s.lw(v), "was" | "has" | "had") {
        v += if s.is(v + 1, "been") { 2 } else { 1 };
    }
    if matches!(s.lw(v), "named" | "appointed" | "elected") && v > ne + 2 {
        let mut a = v + 1;
        if s.is(a, "as") {
            a += 1;
        }
        let mut e = a;
        while e < hi && s.toks[e].word && !s.toks[e].quoted && e - a < 8 && !s.is(e, "in") {
            e += 1;
        }
        let words: Vec<&str> = (a..e).map(|k| s.lw(k)).collect();
        if e > a && words.iter().any(|w| lexicon::title_word(w)) && names::official_role(&words) {
            info.source.kind = SourceKind::Official;
            if info.source.role.is_none() {
                let a = if matches!(s.lw(a), "the" | "a" | "an") {
                    a + 1
                } else {
                    a
                };
                info.source.role = Some(s.text[s.toks[a].start..s.toks[e - 1].end].to_string());
            }
        }
        return;
    }
    if !matches!(
        s.lw(ne + 2),
        "chairs" | "heads" | "leads" | "runs" | "directs" | "chaired" | "headed" | "led"
    ) {
        return;
    }
    let mut e = ne + 3;
    while e < hi && s.toks[e].word && e - ne < 10 {
        e += 1;
    }
    let public = (ne + 3..e).any(|k| {
        matches!(
            s.lw(k),
            "committee" | "parliament" | "parliament's" | "senate" | "commission" | "council"
        ) || lexicon::head_kind(s.lw(k)) == Some(SourceKind::Government)
    });
    if public {
        info.source.kind = SourceKind::Official;
        if info.source.role.is_none() {
            info.source.role = Some(s.text[s.toks[ne + 2].start..s.toks[e - 1].end].to_string());
        }
    }
}

fn kind_from_appositive(s: &Sent, info: &mut NpInfo, ne: usize) {
    if !matches!(info.class, NpClass::Org | NpClass::Person) || info.source.role.is_some() {
        return;
    }
    let hi = s.toks.len();
    // (also an owner's: "Kessnet, Kessland's second-largest mobile operator")
    if !(s.comma(ne)
        && ne + 2 < hi
        && (matches!(s.lw(ne + 1), "a" | "an" | "the")
            || s.toks[ne + 1].cap && names::possessive(s.lw(ne + 1))))
    {
        return;
    }
    let mut e = ne + 2;
    // ("a firm that monitors political advertising", "a group in Fenwick": the
    // head is the word before the clause or the preposition)
    // (a place's "-based" word too: "the Tarrow-based developer")
    while e < hi
        && s.toks[e].word
        && (!s.toks[e].cap || s.lw(e).ends_with("-based"))
        && e - ne < 7
        && !matches!(s.lw(e), "that" | "which" | "who" | "whose")
        && !lexicon::preposition(s.lw(e))
        && !s.is(e, "of")
        // ("the mobile payments app used by about 12 million people": a
        // participle's phrase after the head)
        && !(e > ne + 2
            && (s.lw(e).ends_with("ed") || matches!(s.lw(e), "run" | "known"))
            && e + 1 < hi
            && lexicon::preposition(s.lw(e + 1)))
    {
        e += 1;
    }
    if let Some(k) = lexicon::head_kind(s.lw(e - 1)).filter(|_| e > ne + 2) {
        info.source.kind = k;
        info.class = NpClass::Org;
    }
}

/// A person's role from an appositive (tokens a..b, "the education minister of
/// Ostel"), when the phrase itself gave none: the role, and the kind it makes.
fn apply_appositive(s: &Sent, info: &mut NpInfo, a: usize, b: usize) {
    // (an honorific is no office: "the agency's director, Dr. Ines Varro")
    let honorific = info.source.role.as_deref().is_some_and(|r| {
        let r = r.trim_end_matches('.').to_ascii_lowercase();
        // (nor a race's "Challenger Ana Delacroix, the state attorney
        // general": the office comes from the aside)
        names::honorific(&r)
            || matches!(r.as_str(), "challenger" | "rival" | "hopeful" | "contender")
    });
    if info.class != NpClass::Person || info.source.role.is_some() && !honorific || b <= a {
        return;
    }
    // ("The national grid operator, GridVal, said", "A local environmental
    // group, Clean Bel, said": a body's head noun makes the name that body;
    // "national" or "local" is no office of a person)
    // (the head before a relative clause too: "Aid Without Borders, a medical
    // charity that runs rescue boats in the region, said")
    let head_end = (a + 2..b)
        .find(|&k| matches!(s.lw(k), "that" | "which") && s.toks[k - 1].word)
        .unwrap_or(b);
    if !honorific && let Some(kind) = descriptor_body_kind(s, a, head_end) {
        info.class = NpClass::Org;
        info.source.kind = kind;
        return;
    }
    let words: Vec<&str> = (a..b).map(|k| s.lw(k)).collect();
    if !words.iter().any(|w| lexicon::title_word(w)) {
        return;
    }
    // ("Vinn, in a speech to party members, said": where he spoke, no role)
    // ("Voll, through a spokesman, denied": whom he spoke through, no role)
    if matches!(
        words[0],
        "in" | "at" | "during" | "on" | "after" | "before" | "speaking" | "through" | "via"
    ) {
        return;
    }
    // the role without its article: "A spokeswoman for the office" -> "spokeswoman ..."
    // ("Anna Lind, 45, a teacher from Selm": the age is no part of the role, nor
    // the "who" of a relative clause)
    let a = (a..b - 1)
        .find(|&k| {
            !matches!(
                s.lw(k),
                "the" | "a" | "an" | "who" | "his" | "her" | "their" | "its"
            ) && !s.comma(k)
                && !s.lw(k).bytes().all(|c| c.is_ascii_digit())
        })
        .unwrap_or(a);
    // "who was appointed the UN's envoy in June": the office itself
    let mut a = a;
    if a > 0 && s.is(a - 1, "who") || s.is(a, "who") {
        if s.is(a, "who") {
            a += 1;
        }
        // ("who has never held office": no office is named, only what he did)
        let mut holds = false;
        while a + 1 < b {
            match s.lw(a) {
                "was" | "is" | "been" | "named" | "appointed" | "elected" | "as" | "became"
                | "served" | "serves" => holds = true,
                "has" | "had" | "the" | "a" | "an" => {}
                // ("who leads the Unity party": the office, verb and all)
                "leads" | "led" | "heads" | "headed" | "chairs" | "chaired" => {
                    holds = true;
                    break;
                }
                _ => break,
            }
            a += 1;
        }
        if !holds {
            return;
        }
        let b2 = (a + 1..b)
            .find(|&k| matches!(s.lw(k), "in" | "on" | "since" | "last" | "this"))
            .unwrap_or(b);
        if b2 > a {
            let (x, y) = (s.toks[a].start, s.toks[b2 - 1].end);
            if names::official_role(&words) {
                info.source.kind = SourceKind::Official;
            }
            info.source.role = Some(s.text[x..y].to_string());
            return;
        }
    }
    // "a former central banker who took office in March": the role ends at its
    // relative clause
    let b = (a + 1..b)
        .find(|&k| matches!(s.lw(k), "who" | "which" | "whose") || s.comma(k))
        .unwrap_or(b);
    let (x, y) = (s.toks[a].start, s.toks[b - 1].end);
    let role = s.text[x..y].to_string();
    if names::official_role(&words) {
        info.source.kind = SourceKind::Official;
    }
    info.source.role = Some(role);
}

/// `continued to` or `went on to` right before token i (a verb of saying: "Holt
/// went on to say", "continued to insist"): how many tokens, else 0.
fn went_on_to(s: &Sent, lo: usize, i: usize) -> usize {
    if i < lo + 3 || !s.is(i - 1, "to") {
        0
    } else if matches!(
        s.lw(i - 2),
        // ("appeared to suggest that": words hedged, still his)
        "continued" | "continues" | "appeared" | "appears" | "seemed" | "seems"
            // ("Brask likes to say that C": a habit of saying)
            | "likes" | "liked" | "like" | "tends" | "tended" | "tend"
            | "hastened" | "hastens"
    ) {
        2
    } else if i >= lo + 4
        && matches!(
            s.lw(i - 2),
            "quick" | "eager" | "careful" | "keen" | "swift"
        )
        && matches!(s.lw(i - 3), "was" | "were" | "is" | "are" | "been")
    {
        // ("Critics were quick to point out that C": their own words)
        3
    } else if matches!(
        s.lw(i - 2),
        "sought" | "seeks" | "tried" | "tries" | "attempted" | "attempts"
    ) && (i + 1..s.toks.len().min(i + 9)).any(|k| s.is(k, "that") && !s.toks[k].quoted)
    {
        // ("sought to reassure voters that C", "tried to convince them that C": an
        // attempt to have C believed, with its clause)
        2
    } else if i >= lo + 4 && s.is(i - 2, "on") && matches!(s.lw(i - 3), "went" | "goes")
        // ("Vik is expected to tell parliament that C": a speech to come)
        || i >= lo + 4
            && matches!(s.lw(i - 2), "expected" | "set" | "due")
            && lexicon::be_finite(s.lw(i - 3))
            && matches!(s.lw(i), "say" | "tell" | "announce" | "warn")
    {
        3
    } else if i >= lo + 5
        && s.is(i - 2, "media")
        && s.is(i - 3, "social")
        && s.is(i - 4, "to")
        && matches!(s.lw(i - 5), "took" | "takes" | "went")
    {
        // ("Lund took to social media to say that C")
        5
    } else if i >= lo + 5
        && matches!(s.lw(i - 4), "used" | "uses")
        && matches!(s.lw(i - 3), "his" | "her" | "its" | "their" | "the")
        && lexicon::occasion_noun(s.lw(i - 2))
    {
        // ("Lund used his speech to argue that C")
        4
    } else if let Some(u) = (i.saturating_sub(10).max(lo + 1)..i - 2)
        .rev()
        .find(|&u| matches!(s.lw(u), "used" | "uses" | "took" | "takes" | "seized"))
        .filter(|&u| {
            (u + 1..i - 1).all(|x| s.toks[x].word && !s.toks[x].quoted)
                && (u + 1..i - 1).any(|x| {
                    let w = s.lw(x);
                    lexicon::occasion_noun(w)
                        || matches!(w, "opportunity" | "occasion" | "chance" | "platform")
                })
        })
    {
        // ("Stavang used his final speech on Tuesday to warn that C", "took the
        // opportunity to say that C": the occasion's words, further off)
        i - u
    } else {
        0
    }
}

fn np_right(s: &Sent, k: usize, hi: usize) -> (usize, usize) {
    let mut e = k;
    // (up to 16 tokens: "a readout of the call from Sarn's office carried by
    // the state news agency Tarpress")
    while e < hi && e - k < 16 {
        let t = s.toks[e];
        let w = s.lw(e);
        if t.quote_mark || t.quoted {
            break;
        }
        if !t.word
            && !(w == "-"
                || w == "'"
                || w == "’"
                || w == "&"
                || w == "." && e > k && s.toks[e - 1].cap && e + 1 < hi && s.toks[e + 1].word
                // ("the survey of 1,000 residents": a number's comma)
                || w == "," && e > k && s.digit_comma(e)
                // ("results from 99% of polling stations": a figure's sign)
                || w == "%" && e > k && !s.punct(e))
        {
            break;
        }
        // "a readout published by the press office", "documents seen by Northwire"
        if e > k
            && (lexicon::relay_participle(w)
                || matches!(w, "seen" | "obtained" | "reviewed" | "viewed" | "compiled"))
            && s.is(e + 1, "by")
            // "a transcript of the call released by the palace", "preliminary
            // results published by the election commission"
            && (k..e).any(|x| lexicon::document_word(s.lw(x)) || s.is(x, "results"))
        {
            e += 2;
            continue;
        }
        // "a government source quoted by Nordpress": the relay joins the phrase
        if e > k
            && matches!(w, "quoted" | "cited")
            && s.is(e + 1, "by")
            && lexicon::unnamed_head(s.lw(e - 1))
        {
            e += 2;
            continue;
        }
        // "figures released Monday by the agency": a time between
        if e > k
            && lexicon::relay_participle(w)
            && e + 2 < hi
            && (lexicon::weekday(s.lw(e + 1)) || lexicon::time_word(s.lw(e + 1)))
            && s.is(e + 2, "by")
            && (k..e).any(|x| lexicon::document_word(s.lw(x)))
        {
            e += 3;
            continue;
        }
        // "a report published in June by the audit office": a date between
        if e > k
            && lexicon::relay_participle(w)
            && e + 3 < hi
            && s.is(e + 1, "in")
            && lexicon::month(s.lw(e + 2))
            && s.is(e + 3, "by")
            && (k..e).any(|x| lexicon::document_word(s.lw(x)))
        {
            e += 4;
            continue;
        }
        // "a report by the National Audit Office published in June": the
        // document's date closes the phrase
        if e > k
            && matches!(w, "published" | "released" | "issued" | "dated" | "filed")
            && !(e + 1..hi.min(e + 6)).any(|x| s.is(x, "by"))
            // ("official results published on Monday")
            && (k..e).any(|x| lexicon::document_word(s.lw(x)) || s.is(x, "results"))
        {
            break;
        }
        // "a person briefed on the talks": the participle belongs to the phrase
        if e > k
            && matches!(w, "briefed" | "informed")
            && matches!(s.lw(e - 1).as_bytes().last(), Some(b'a'..=b'z'))
            && e + 1 < hi
            && matches!(s.lw(e + 1), "on" | "about")
        {
            e += 2;
            continue;
        }
        // ("a study of more than 400,000 adults", "a survey of at least 2,000
        // voters": a count's words)
        if e > k
            && (w == "than" && matches!(s.lw(e - 1), "more" | "less" | "fewer")
                || w == "at" && s.is(e + 1, "least") && s.is(e - 1, "of"))
        {
            e += if w == "at" { 2 } else { 1 };
            continue;
        }
        let linked = e > k && matches!(w, "by" | "at" | "from" | "with" | "of" | "for" | "in") && {
            let p = s.lw(e - 1);
            lexicon::document_word(p)
                || lexicon::unnamed_head(p)
                || matches!(
                    p,
                    "familiar" | "acquainted" | "close" | "present" | "involved"
                )
        } || committee_on(s, e)
            || matches!(w, "them" | "us")
            // ("said one of them, Dana Cole": one of a group)
            && e == k + 2
            && s.is(e - 1, "of")
            && matches!(s.lw(k), "one" | "another");
        if e > k
            && !linked
            && (lexicon::np_boundary(w) && w != "to" && !acronym_at(s, e)
                // "according to ministry estimates.": a noun at the phrase's end
                || lexicon::cue_verb(w).is_some()
                    && !(lexicon::weak_cue(w)
                        && w.ends_with('s')
                        && (e + 1 >= hi || s.comma(e + 1) || s.end_punct(e + 1)))
                    // ("according to inspection reports seen by the Examiner",
                    // "safety reports from the agency": a plural document, a noun)
                    && !(lexicon::document_word(w)
                        && w.ends_with('s')
                        && e + 1 < hi
                        && (matches!(
                            s.lw(e + 1),
                            "seen" | "obtained" | "reviewed" | "viewed" | "from" | "by" | "of"
                        ) || lexicon::relay_participle(s.lw(e + 1))))
                || matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "late"
                        | "early"
                        | "last"
                        | "during"
                        | "after"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "also"
                        | "told"
                        | "said"
                        // ("the report, released by the audit office, found
                        // that": the finding's verb)
                        | "found"
                        | "showed"
                )
                || lexicon::weekday(w))
        {
            break;
        }
        if e > k && w == "to" {
            break;
        }
        e += 1;
    }
    (k, e)
}

/// ", according to a casting agency that represents him.", "..., according
/// to an agency representing him.": a short relative clause or participle on
/// the source at token k that closes the sentence (a verb right after "that",
/// no report of its own); where the sentence's closing marks start.
fn source_relative_end(s: &Sent, k: usize, hi: usize) -> Option<usize> {
    let w = s.lw(k);
    let verb = |x: usize| {
        let v = s.lw(x);
        s.toks.get(x).is_some_and(|t| t.word && !t.cap)
            && !lexicon::pronoun(v)
            && !lexicon::determiner(v)
            && (v.len() > 3 && (v.ends_with('s') || v.ends_with("ed"))
                || matches!(
                    v,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "runs"
                        | "ran"
                        | "owns"
                ))
    };
    let first = if matches!(w, "that" | "which") && verb(k + 1) {
        k + 1
    } else if w.len() > 5 && w.ends_with("ing") && s.toks[k].word && !s.toks[k].cap && k > 0 {
        k
    } else {
        return None;
    };
    let end = (first + 1..hi.min(first + 8)).find(|&x| s.end_punct(x))?;
    (first..end)
        .all(|x| s.toks[x].word && !s.toks[x].quoted && lexicon::cue_verb(s.lw(x)).is_none())
        .then_some(end)
}

/// "Last month", "On Monday", "Yesterday", "Earlier this year" opening a
/// sentence whose subject follows before token e: how many tokens the time
/// takes (0 when none).
fn opening_time_len(s: &Sent, e: usize) -> usize {
    let when = |w: &str| {
        lexicon::weekday(w)
            || lexicon::month(w)
            || matches!(
                w,
                "week"
                    | "month"
                    | "year"
                    | "weekend"
                    | "night"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
            )
    };
    let len = match s.lw(0) {
        "yesterday" | "today" => 1,
        "last" | "this" | "next" if when(s.lw(1)) => 2,
        "earlier" | "later" if s.is(1, "this") && when(s.lw(2)) => 3,
        "on" | "in" if lexicon::weekday(s.lw(1)) || lexicon::month(s.lw(1)) => 2,
        _ => 0,
    };
    // (the subject's determiner after it: "Last month the city council")
    if len > 0 && len + 1 < e && s.toks[len].word && matches!(s.lw(len), "the" | "a" | "an") {
        len
    } else {
        0
    }
}

/// Past an acronym in brackets at token k ("the Tessel News Agency (TNA)"),
/// else k.
fn skip_acronym(s: &Sent, k: usize, hi: usize) -> usize {
    if k + 2 < hi
        && s.is(k, "(")
        && s.is(k + 2, ")")
        && s.toks[k + 1].word
        && s.text[s.toks[k + 1].start..s.toks[k + 1].end]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-')
    {
        k + 3
    } else {
        k
    }
}

/// After `told`: the listener (`Russian Foreign Minister Sergei Lavrov`, `reporters`).
fn skip_listener(s: &Sent, k: usize, hi: usize) -> usize {
    // ('told "Sunday Review" that C': a program's name in quotes)
    if k + 3 < hi && s.toks[k].quote_mark {
        if let Some(c) = (k + 2..hi.min(k + 8)).find(|&c| s.toks[c].quote_mark) {
            if (k + 1..c).all(|x| s.toks[x].cap && s.toks[x].word || s.comma(x) && x + 1 == c)
                && (c + 1..hi.min(c + 5)).any(|t| s.is(t, "that"))
            {
                return c + 1;
            }
        }
    }
    let e = skip_acronym(s, listener_end(s, k, hi), hi);
    // ("told reporters as he left the summit that C": when it was told,
    // between the listener and the clause)
    if e > k && e < hi && matches!(s.lw(e), "as" | "when" | "while") {
        if let Some(t) = (e + 2..hi.min(e + 9)).find(|&t| s.is(t, "that")) {
            if (e + 1..t).all(|x| {
                s.toks[x].word && !s.toks[x].quoted && lexicon::cue_verb(s.lw(x)).is_none()
            }) {
                return t;
            }
        }
    }
    // "told the program's host, Ines Varga.": the listener's name in commas
    if e > k && e < hi && s.comma(e) {
        let mut f = e + 1;
        while f < hi && f - e <= 4 && s.toks[f].word && s.toks[f].cap {
            f += 1;
        }
        if f > e + 1 && (f >= hi || s.end_punct(f) || s.comma(f)) {
            return f;
        }
    }
    e
}

/// The mark of a plural's possessive at token x (`farmers'`, `candidates’`),
/// no quote.
fn plural_possessive_mark(s: &Sent, x: usize) -> bool {
    x > 0 && matches!(s.lw(x), "'" | "’") && s.toks[x - 1].word && s.lw(x - 1).ends_with('s')
}

/// A verb of saying or telling in the past or the third person at token v
/// (`said`, `told`, `says`), outside quotes.
fn said_verb(s: &Sent, v: usize) -> bool {
    !s.toks[v].quoted
        && lexicon::cue_verb(s.lw(v)).is_some_and(|(c, f)| {
            matches!(c, CueClass::Say | CueClass::Tell) && matches!(f, Form::Past | Form::Pres3)
        })
}

/// `was heard calling`, `was caught describing` (participle at token i): one
/// overheard or recorded saying it.
fn overheard(s: &Sent, i: usize) -> bool {
    i >= 3
        && matches!(
            s.lw(i - 1),
            "heard" | "caught" | "filmed" | "recorded" | "seen"
        )
        && lexicon::be_finite(s.lw(i - 2))
}

/// A programme's title in quotes at token e (the opening mark), then its word
/// (`"Week in Review" program`): the token after that word.
fn programme_title(s: &Sent, e: usize, hi: usize) -> Option<usize> {
    let c = (e + 1..hi.min(e + 8)).find(|&x| s.toks[x].quote_mark)?;
    (c > e + 1
        && c + 1 < hi
        && s.toks[e + 1].cap
        // (a title's small words: "Week in Review")
        && (e + 1..c).all(|x| {
            s.toks[x].cap
                || !s.toks[x].word && !s.comma(x)
                || matches!(s.lw(x), "in" | "of" | "the" | "and" | "on" | "at" | "for" | "with")
        })
        && matches!(s.lw(c + 1), "program" | "programme" | "show" | "podcast"))
    .then_some(c + 2)
}

fn listener_end(s: &Sent, k: usize, hi: usize) -> usize {
    if k >= hi || s.toks[k].quote_mark || s.comma(k) || s.is(k, "that") {
        return k;
    }
    // "told Drovanian officials that ...": the listener runs to the "that"
    // (past an occasion's own "that": "told Northwire in an interview that
    // aired Sunday that C")
    if let Some(t) = (k + 1..hi.min(k + 12)).find(|&t| s.is(t, "that") && !occasion_that(s, t)) {
        if (k..t).all(|x| {
            s.toks[x].word
                && lexicon::cue_verb(s.lw(x)).is_none()
                && !lexicon::finite_verb_like(s.lw(x))
                || lexicon::unnamed_head(s.lw(x))
                || lexicon::title_word(s.lw(x))
                // "told OTV's "Morning Desk" program that": a programme's title
                || x > k && (s.toks[x].quote_mark || s.toks[x].quoted && s.toks[x].cap)
                || x > k && matches!(s.lw(x), "'" | "’")
                || matches!(s.lw(x), "news" | "program" | "programme" | "show" | "podcast")
                || s.lw(x).ends_with("'s")
                || s.lw(x).ends_with("’s")
        }) {
            return t;
        }
    }
    if matches!(
        s.lw(k),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    ) {
        // "told a news conference", "told the state broadcaster KTV" (and not
        // the "she" of "told the Evran Herald she would run")
        let mut e = k + 1;
        loop {
            // ("told a candidates' forum": a plural's possessive mark is no quote)
            if e + 1 < hi
                && plural_possessive_mark(s, e)
                && s.toks[e + 1].word
                && !s.toks[e + 1].cap
            {
                e += 1;
                continue;
            }
            // ('told the public broadcaster's "Sunday Politics" program': a
            // programme's title in quotes)
            if e < hi && e - k < 10 && s.toks[e].quote_mark {
                if let Some(next) = programme_title(s, e, hi) {
                    e = next;
                    continue;
                }
                break;
            }
            if !(e < hi
                && e - k < 8
                // ("told a crowd of about 2,000": a number's comma is part of it)
                && (s.toks[e].word || s.digit_comma(e))
                && !lexicon::np_boundary(s.lw(e))
                // ("told the BBC's Today programme": a programme's name)
                && (!lexicon::listener_end(s.lw(e))
                    || s.toks[e].cap && e > k && s.lw(e - 1).ends_with("'s"))
                && !matches!(s.lw(e), "he" | "she" | "they" | "it" | "we" | "i")
                // ("told the court the house was sold": a second determiner after
                // a noun opens the clause)
                && !(e > k + 1
                    && matches!(s.lw(e), "the" | "a" | "an" | "his" | "her" | "their" | "its")
                    && s.toks[e - 1].word
                    && !lexicon::preposition(s.lw(e - 1))
                    && !s.lw(e - 1).ends_with("'s")))
            {
                break;
            }
            e += 1;
        }
        return e;
    }
    // "told 2,000 supporters": a number before the listener is part of them
    // (and a crowd's mood: "told cheering supporters")
    // ("told about 200 supporters": an estimate of the number too)
    let mut k = k;
    if k + 1 < hi
        && s.toks[k + 1].word
        && (matches!(
            s.lw(k),
            "cheering" | "chanting" | "applauding" | "jubilant" | "flag-waving" | "cheerful"
            // ("told senior staff", "told fellow lawmakers": who they are)
            | "senior" | "fellow" | "visiting" | "foreign" | "local"
        ) || matches!(s.lw(k), "about" | "some" | "nearly" | "roughly" | "around")
            && s.lw(k + 1).as_bytes()[0].is_ascii_digit())
    {
        k += 1;
    }
    while k + 1 < hi
        && (s.lw(k).bytes().all(|b| b.is_ascii_digit()) && s.toks[k].word || s.digit_comma(k))
    {
        k += 1;
    }
    // "told several hundred supporters", "told two dozen reporters"
    if k + 2 < hi
        && matches!(
            s.lw(k),
            "several" | "many" | "two" | "three" | "four" | "five" | "six" | "some"
        )
        && matches!(s.lw(k + 1), "hundred" | "thousand" | "dozen")
    {
        k += 2;
    }
    // "told thousands of supporters", "told tens of thousands of marchers": a
    // crowd's size before the listener is part of them
    while k + 2 < hi
        && matches!(
            s.lw(k),
            "thousands" | "hundreds" | "dozens" | "scores" | "millions" | "tens"
        )
        && s.is(k + 1, "of")
    {
        k += 2;
    }
    let mut e = k;
    while e < hi && e - k < 10 {
        // ('told Channel 4's "Week in Review" program')
        if e > k && s.toks[e].quote_mark {
            if let Some(next) = programme_title(s, e, hi) {
                e = next;
                continue;
            }
        }
        let w = s.lw(e);
        let t = s.toks[e];
        if !(t.word || w == "-" || w == "'" || w == "’" || w == "." || s.digit_comma(e))
            || w == "that"
            || lexicon::listener_end(w)
        {
            break;
        }
        // "told reporters the bill would pass": a determiner after the listener
        // starts the content
        if e > k && matches!(w, "the" | "a" | "an") && !matches!(s.lw(e - 1), "of" | "for" | "and")
        {
            break;
        }
        // ("told reporters Valdor would respond": a plain plural listener, then
        // a name that opens the content)
        if e == k + 1
            && t.cap
            && t.word
            && !s.toks[k].cap
            && s.lw(k).len() > 3
            && s.lw(k).ends_with('s')
            && !lexicon::title_word(s.lw(k))
            && !names::possessive(s.lw(k))
            && !lexicon::weekday(w)
            && !lexicon::time_word(w)
            && !matches!(
                s.lw(e + 1),
                "of" | "in" | "at" | "from" | "and" | "'s" | "’s"
            )
        {
            break;
        }
        // ("Channel 4's": a number in a name)
        let numbered = e > k && s.toks[e - 1].cap && w.as_bytes()[0].is_ascii_digit();
        if e > k
            && !t.cap
            && !matches!(w, "of" | "the" | "for" | "and")
            && !numbered
            && !(e == k + 1 && (s.is(k, "the") || s.is(k, "a") || s.is(k, "an")))
            && !lexicon::title_word(w)
            && lexicon::head_kind(w).is_none()
            // ("told Ostel's visiting foreign minister": an owner's description
            // up to its office)
            && !(names::possessive(s.lw(k))
                && (k + 1..e).all(|x| !s.toks[x].cap && !lexicon::finite_verb_like(s.lw(x)))
                && (e + 1..hi.min(e + 4)).any(|x| lexicon::title_word(s.lw(x))))
        {
            break;
        }
        e += 1;
    }
    if e == k {
        // "told reporters", "told journalists"
        return k;
    }
    e
}

/// The claim of a quote opened at token k (its bytes q) after a naming verb at
/// token i (`called the plan "a disaster"`), by `source`.
fn called_attr(
    s: &Sent,
    hi: usize,
    i: usize,
    k: usize,
    q: (usize, usize, bool),
    source: NpInfo,
) -> Attr {
    let end_tok = (k + 1..hi)
        .find(|&x| s.toks[x].quote_mark && s.toks[x].start >= q.1)
        .unwrap_or(hi);
    Attr::plain(
        vec![(q.0, q.1.min(s.end))],
        QuoteKind::Direct,
        toks_mention(s, i, i + 1),
        source,
        (k + 1, end_tok),
    )
}

/// The [`lexicon::word_flags`] of each token into `flags` (0 for punctuation);
/// `lower` is the text in lower case.
fn word_flags_into(flags: &mut Vec<u8>, toks: &[Tok], lws: &[&str]) {
    flags.clear();
    flags.extend(toks.iter().zip(lws).map(
        |(t, w)| {
            if t.word { lexicon::word_flags(w) } else { 0 }
        },
    ));
}

/// `his pledge not to ...`, `her claim that ...` at token k: the speaker's own
/// earlier words, named by a possessive and a noun, before what they were.
fn owned_words(s: &Sent, k: usize) -> Option<usize> {
    let noun = |w: &str| {
        matches!(
            w,
            "claim"
                | "assertion"
                | "pledge"
                | "promise"
                | "vow"
                | "warning"
                | "view"
                | "belief"
                | "concern"
                | "argument"
                | "assessment"
        )
    };
    // ("repeated the false claim that C": the repeated words, however the
    // article judges them)
    if matches!(s.lw(k), "the" | "a" | "an")
        && matches!(
            s.lw(k + 1),
            "false" | "baseless" | "unfounded" | "debunked" | "unsubstantiated" | "discredited"
        )
        && (noun(s.lw(k + 2)) || s.is(k + 2, "claims"))
        && s.is(k + 3, "that")
    {
        return Some(k + 3);
    }
    if !noun(s.lw(k + 1)) {
        return None;
    }
    // ("echoed a claim by his running mate, Dale Orsk, that C": the owner after
    // "by", an appositive allowed; the words start at "that")
    if matches!(s.lw(k), "a" | "an" | "the") && s.is(k + 2, "by") {
        let n = s.toks.len();
        let m = (k + 4..n.min(k + 13)).find(|&m| s.is(m, "that"))?;
        let plain = (k + 3..m).all(|x| {
            s.comma(x)
                || s.toks[x].word
                    && !s.toks[x].quoted
                    && (s.toks[x].cap || !lexicon::finite_verb_like(s.lw(x)))
                    && lexicon::cue_verb(s.lw(x)).is_none()
        });
        return plain.then_some(m);
    }
    // ("echoed Moen's view that C": a named owner)
    let owned = (matches!(s.lw(k), "his" | "her" | "their" | "its" | "the")
        || names::possessive(s.lw(k)))
        && (s.is(k + 2, "that")
            || s.is(k + 2, "to")
            || s.is(k + 2, "not") && s.is(k + 3, "to")
            // ("repeated her claim, made without evidence, that C")
            || s.comma(k + 2)
                && (k + 4..s.toks.len().min(k + 9))
                    .any(|m| s.comma(m) && s.is(m + 1, "that")));
    owned.then_some(k + 2)
}

/// `A, a plan his campaign says would cost B`: the comma before an aside that
/// names what came before and holds its own speaker (a possessive or `the`
/// phrase) and cue; the aside's clause starts at the speaker.
fn appositive_saying(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    // (also ", in a deal both sides said would cut prices")
    let article = |k: usize| matches!(s.lw(k), "a" | "an") && !s.toks[k].quoted;
    let (m, a) = (3..n.saturating_sub(6)).find_map(|m| {
        if !s.comma(m) {
            None
        } else if article(m + 1) {
            Some((m, m + 1))
        } else if matches!(s.lw(m + 1), "in" | "under") && article(m + 2) {
            Some((m, m + 2))
        } else {
            None
        }
    })?;
    // one or two plain nouns, then the speaker's phrase (or a bare plural: "...,
    // a provision critics say few victims could meet")
    let p = (a + 2..a + 4).find(|&p| {
        (matches!(s.lw(p), "his" | "her" | "its" | "their" | "the" | "both")
            // ("..., a move it said would save the average family 1,800 crowns")
            || matches!(s.lw(p), "it" | "they" | "he" | "she")
                && matches!(s.lw(p + 1), "said" | "says" | "estimated" | "estimates")
            || {
                // ("..., a step legal scholars have said would be challenged": an
                // adjective before the plural, "have" before the verb)
                let h = if lexicon::unnamed_head(s.lw(p)) { p } else { p + 1 };
                let v = if matches!(s.lw(h + 1), "have" | "had") { h + 2 } else { h + 1 };
                lexicon::unnamed_head(s.lw(h))
                    && s.lw(h).ends_with('s')
                    && matches!(s.lw(v), "say" | "said" | "claim" | "claimed")
            })
            && (a + 1..p)
                .all(|k| s.toks[k].word && !s.toks[k].cap && !lexicon::finite_verb_like(s.lw(k)))
    })?;
    let v = (p + 1..(p + 4).min(n)).find(|&v| {
        matches!(
            s.lw(v),
            "says" | "said" | "say" | "claims" | "claimed" | "claim" | "estimates" | "estimated"
        )
    })?;
    ((p + 1..v).all(|k| s.toks[k].word && !s.toks[k].cap && !s.toks[k].quoted)
        && v + 3 < n
        && !s.is(v + 1, "that"))
    .then_some((m, p))
}

/// `..., a goal she has described as "ambitious but achievable."`, `..., which
/// he called "reckless."`: a label someone gave what the clause before names,
/// in quotes closing the sentence: the comma before the aside and the token
/// of its speaker, where the sentence splits.
fn label_aside(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    if n < 8 {
        return None;
    }
    // the label itself: its quote mark right after the verb, or after an article
    // ('called a "reckless assault"')
    let label = |q: usize| {
        q < n
            && (s.toks[q].quote_mark
                || matches!(s.lw(q), "a" | "an" | "the") && q + 1 < n && s.toks[q + 1].quote_mark)
    };
    if !s.toks[n - 1].quote_mark && !s.toks[n - 2].quote_mark {
        return None;
    }
    let m = (3..n - 4)
        .rev()
        .find(|&m| s.comma(m) && !s.toks[m].quoted)?;
    // the aside's head: "which", or an article and one to three plain nouns
    let p = if s.is(m + 1, "which") {
        m + 2
    } else if matches!(s.lw(m + 1), "a" | "an" | "the") {
        (m + 3..(m + 5).min(n)).find(|&p| {
            (m + 2..p).all(|k| s.toks[k].word && !s.toks[k].cap && !s.toks[k].quoted)
                && (lexicon::pronoun(s.lw(p)) || s.toks[p].cap)
        })?
    } else {
        return None;
    };
    if !(lexicon::pronoun(s.lw(p)) || s.toks[p].cap) || s.toks[p].quoted {
        return None;
    }
    // the speaker (a pronoun or a name of up to three words), perhaps "has"
    let mut v = p + 1;
    while v < n && v - p < 3 && s.toks[v].cap && s.toks[v].word {
        v += 1;
    }
    if matches!(s.lw(v), "has" | "had" | "have") {
        v += 1;
    }
    let q = match s.lw(v) {
        "described" | "characterized" | "characterised" if s.is(v + 1, "as") => v + 2,
        "called" | "dubbed" | "labeled" | "labelled" | "termed" | "branded" => v + 1,
        _ => return None,
    };
    label(q).then_some((m, p))
}

/// `Velmar imposed sanctions on three banks it accused of helping ...`: a
/// relative clause without "that", its own pronoun and cue after a noun of the
/// main clause (which has a verb of its own before): the pronoun's token, where
/// the sentence splits.
fn zero_relative(s: &Sent) -> Option<usize> {
    let n = s.toks.len();
    let m = (3..n.saturating_sub(3)).find(|&m| {
        matches!(s.lw(m), "it" | "they")
            && matches!(
                s.lw(m + 1),
                "accused" | "blamed" | "said" | "says" | "claimed" | "described" | "called"
            )
            && !s.toks[m].quoted
            && s.toks[m - 1].word
            && !s.toks[m - 1].cap
            && !s.toks[m - 1].quoted
            && !lexicon::determiner(s.lw(m - 1))
            && !lexicon::preposition(s.lw(m - 1))
            && !lexicon::np_boundary(s.lw(m - 1))
            && lexicon::cue_verb(s.lw(m - 1)).is_none()
            && !lexicon::clause_verb(s.lw(m - 1))
    })?;
    // the main clause's verb before the noun, with no comma between
    let verb = (1..m - 1).any(|k| {
        s.toks[k].word
            && !s.toks[k].cap
            && (lexicon::clause_verb(s.lw(k)) || lexicon::finite_verb_like(s.lw(k)))
    });
    (verb && !(0..m).any(|k| s.comma(k) || s.toks[k].quoted)).then_some(m)
}

/// Whether a lowercase sentence has the word "it" or "they" (a byte search for
/// each `t`, with the word's edges checked).
fn has_it_or_they(b: &[u8]) -> bool {
    let edge = |i: usize| i >= b.len() || !b[i].is_ascii_alphanumeric();
    memchr::memchr_iter(b't', b).any(|i| {
        let before = i == 0 || edge(i - 1);
        // "it": the t ends it; "they": the t starts it
        (i >= 1 && b[i - 1] == b'i' && (i == 1 || edge(i - 2)) && edge(i + 1))
            || before && b[i..].starts_with(b"they") && edge(i + 4)
    })
}

/// "He claimed that crime had soared — FBI data show it fell 3 percent — and
/// promised ...": two dashes (d1, d2) around a clause with its own subject and
/// verb of report or finding.
fn dash_report_aside(s: &Sent) -> Option<(usize, usize)> {
    // (a byte search first: most sentences have no dash)
    // (an em or en dash starts with the byte 0xE2)
    memchr::memchr(0xE2, &s.lower.as_bytes()[s.start..s.end])?;
    let n = s.toks.len();
    let dash = |k: usize| s.comma(k) && s.lw(k) != "," && s.lw(k) != ";";
    let d1 = (3..n.saturating_sub(5)).find(|&k| dash(k) && !s.toks[k].quoted)?;
    let d2 = (d1 + 4..n.min(d1 + 25)).find(|&k| dash(k))?;
    let v = (d1 + 2..d2.min(d1 + 7)).find(|&v| {
        matches!(
            s.lw(v),
            "show" | "shows" | "showed" | "says" | "said" | "found" | "suggest" | "suggests"
        )
    })?;
    let subject = (d1 + 1..v).all(|k| s.toks[k].word && !s.toks[k].quoted)
        && (s.toks[d1 + 1].cap || lexicon::determiner(s.lw(d1 + 1)));
    (subject && v + 2 < d2).then_some((d1, d2))
}

/// "Some supermarkets have reported shortages (the ministry said those were
/// \"isolated cases\").": a report in brackets closing the sentence, its own
/// subject and verb of saying. (m, b): the opening bracket and where the
/// bracket's words start.
fn paren_report_split(s: &Sent) -> Option<(usize, usize)> {
    // (one byte search first: most sentences have no bracket)
    memchr::memchr(b'(', &s.lower.as_bytes()[s.start..s.end])?;
    let n = s.toks.len();
    let m = (3..n.saturating_sub(4)).find(|&m| s.is(m, "(") && !s.toks[m].quoted)?;
    // (the bracket closes the sentence)
    let close = (m + 4..n).find(|&c| s.is(c, ")"))?;
    if !(close + 1..n).all(|k| s.punct(k)) {
        return None;
    }
    let first = s.lw(m + 1);
    let subject_like = s.toks[m + 1].cap || lexicon::determiner(first) || lexicon::pronoun(first);
    let cue = (m + 2..close.min(m + 7)).find(|&v| {
        !s.toks[v].quoted
            && lexicon::cue_verb(s.lw(v))
                .is_some_and(|(c, f)| c == CueClass::Say && matches!(f, Form::Past | Form::Pres3))
    })?;
    (subject_like && cue + 2 < close && (m + 1..cue).all(|k| s.toks[k].word)).then_some((m, m + 1))
}

/// "Harlan raised $5.1 million, according to filings, though she had more cash
/// on hand": a clause after "though" that follows a report is read on its own
/// (it had been dropped with the report's tail). (m, b): the comma and where
/// the clause starts.
fn though_after_report(s: &Sent) -> Option<(usize, usize)> {
    // (a byte search first: most sentences have neither word)
    let bytes = &s.lower.as_bytes()[s.start..s.end];
    finder!(b"though")
        .find(bytes)
        .or_else(|| finder!(b"even as").find(bytes))?;
    let n = s.toks.len();
    // (also "..., Berglund said, even as the deficit widened to 4.1 percent")
    let m = (4..n.saturating_sub(4)).find(|&m| {
        s.comma(m)
            && (matches!(s.lw(m + 1), "though" | "although")
                || s.is(m + 1, "even") && s.is(m + 2, "as"))
            && !s.toks[m + 1].quoted
    })?;
    let b = if s.is(m + 1, "even") { m + 3 } else { m + 2 };
    let reported = (1..m).any(|k| {
        !s.toks[k].quoted
            && (s.is(k, "according") && s.is(k + 1, "to")
                || s.flags[k] & lexicon::F_CUE_START != 0 && lexicon::says_past(s.lw(k)))
    });
    let clause = (b + 1..n.min(b + 6)).any(|k| {
        let w = s.lw(k);
        s.toks[k].word
            && !s.toks[k].cap
            && (lexicon::auxiliary(w)
                || matches!(w, "had" | "has" | "was" | "were")
                || w.len() > 4 && w.ends_with("ed"))
    }) && !(b..n)
        .any(|k| s.flags[k] & lexicon::F_CUE_START != 0 && lexicon::cue_verb(s.lw(k)).is_some());
    (reported
        && clause
        && (s.toks[b].cap || lexicon::pronoun(s.lw(b)) || lexicon::determiner(s.lw(b))))
    .then_some((m, b))
}

/// Whether a name's last word is a lone document ("the statement", "the
/// joint communique"): [`lexicon::single_document`] on it.
fn names_a_document(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| lexicon::single_document(&w.to_ascii_lowercase()))
}

/// The writer's name in a byline of one name ("By Hanna Voss").
/// (Also "By Ana Lind, Political Correspondent" and "By Ilya Morev and Dana
/// Sert": the names before the comma, each checked by [`author_note`].)
fn byline_name(p: &str) -> Option<&str> {
    let name = p.trim().strip_prefix("By ")?;
    let name = name.split(',').next().unwrap_or(name).trim_end();
    let one = |n: &str| {
        let words = n.split(' ').count();
        (2..=3).contains(&words) && n.split(' ').all(|w| w.starts_with(char::is_uppercase))
    };
    name.split(" and ").all(one).then_some(name)
}

/// A short note on the writer, "Hanna Voss is a transport researcher at Selm
/// University.", under a piece whose byline names her.
fn author_note(p: &str, writer: &str) -> bool {
    let p = p.trim();
    p.len() < 200
        && writer.split(" and ").any(|w| {
            p.strip_prefix(w)
                .is_some_and(|rest| rest.starts_with(" is ") || rest.starts_with(" was "))
        })
}

/// "Ana Berg is a political reporter for the Selm Herald.": a note on the
/// writer closing the page, with no byline to name her.
fn staff_note(p: &str) -> bool {
    let p = p.trim();
    if p.len() >= 200
        || !p.ends_with('.')
        || p[..p.len() - 1].contains(". ")
        || p.contains(',')
        || [" who ", " which ", " and ", " was ", " until "]
            .iter()
            .any(|k| p.contains(k))
    {
        return false;
    }
    let Some(at) = [" is a ", " is an ", " is the "]
        .iter()
        .find_map(|k| p.find(k))
    else {
        return false;
    };
    let name = &p[..at];
    let words = name.split(' ').count();
    (2..=4).contains(&words)
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && p[at..].split(' ').any(|w| {
            matches!(
                w,
                "reporter"
                    | "correspondent"
                    | "writer"
                    | "editor"
                    | "columnist"
                    | "contributor"
                    | "journalist"
                    | "producer"
            )
        })
        && [" for ", " at ", " with ", " based in ", " covering "]
            .iter()
            .any(|k| p[at..].contains(k))
}

/// "The bank kept its rate at 4.75% on Wednesday but signalled that C": an
/// event with its figure or its day, then "and"/"but" and the speaker's verb
/// of saying at token c (no comma between, no other cue before).
fn event_then_verb(s: &Sent, attr: &Attr, c: usize) -> bool {
    c >= 8
        && matches!(s.lw(c - 1), "and" | "but")
        && s.toks[c - 2].word
        && !s.toks[c - 2].quoted
        && attr.content_toks.0 > c
        && attr.pieces.first().is_some_and(|p| p.0 > attr.cue.end)
        && (1..c - 1).any(|k| {
            let w = s.lw(k);
            w.starts_with(|ch: char| ch.is_ascii_digit()) || lexicon::weekday(w)
        })
        && !(0..c - 1)
            .any(|k| s.toks[k].quoted || s.comma(k) || lexicon::cue_verb(s.lw(k)).is_some())
}

/// "The two", "Both", "The two leaders": a pair's words, told of the pair the
/// sentence before named.
fn pair_words(said: &str) -> bool {
    if opens_with_of_them(&format!("{said} ")) && said.split(' ').count() == 3 {
        return true;
    }
    let mut w = said.split(' ');
    match (w.next(), w.next(), w.next(), w.next()) {
        (Some("both"), None, _, _) => true,
        (Some("the"), Some("two"), rest, None) => rest.is_none_or(|r| {
            matches!(
                r,
                "leaders"
                    | "men"
                    | "women"
                    | "ministers"
                    | "sides"
                    | "presidents"
                    | "countries"
                    | "governments"
                    | "candidates"
                    | "parties"
                    | "officials"
            )
        }),
        _ => false,
    }
}

impl Extractor {
    /// "President Aurel Vint held talks with Prime Minister Ilse Marek", "Vint
    /// met Marek": two people who met, the pair "the two sides" of the next
    /// sentence are.
    fn meeting_pair(&self, s: &Sent) -> Option<NpInfo> {
        let n = s.toks.len();
        let (a, b) = clause_subject(s, 0, n)?;
        let k = match (s.lw(b), s.lw(b + 1), s.lw(b + 2)) {
            ("held" | "holds", "talks", "with") => b + 3,
            ("held" | "holds", _, "talks") if s.is(b + 3, "with") => b + 4,
            ("met", "with", _) => b + 2,
            ("met", _, _) => b + 1,
            _ => return None,
        };
        let e = listener_end(s, k, n);
        let person = |x: usize, y: usize| {
            (y > x)
                .then(|| names::analyze(s.text, &s.toks[x..y], &self.registry, x == 0))
                .flatten()
                .filter(|i| i.class == NpClass::Person && i.source.kind.is_person())
        };
        let (l, r) = (person(a, b)?, person(k, e)?);
        Some(names::pair(
            &l.source,
            &r.source,
            false,
            l.source.mention.clone(),
        ))
    }
}

/// Whether a (lower-case) sentence opens with "the two" or "both": the cheap
/// look that decides whether the sentence before is read for its pair.
fn opens_with_pair(lower: &str) -> bool {
    let t = lower.trim_start();
    t.starts_with("the two ") || t.starts_with("both ") || opens_with_of_them(t)
}

/// "Most of them", "Some of them": part of a group, told of the group the
/// sentence before named.
fn opens_with_of_them(lower: &str) -> bool {
    let t = lower.trim_start();
    ["most", "some", "many", "all", "several", "half"]
        .iter()
        .any(|q| {
            t.strip_prefix(q)
                .is_some_and(|r| r.starts_with(" of them "))
        })
}

/// "Supporters argue that A; opponents counter that B.": two reports joined
/// by a semicolon, each with its own verb of saying. (m, b): the semicolon and
/// where the second clause starts.
fn semicolon_split(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let m = (2..n.saturating_sub(3)).find(|&m| s.is(m, ";") && !s.toks[m].quoted)?;
    // (the base form too, after a plural subject: "opponents counter that")
    let cue = |k: usize| {
        !s.toks[k].quoted
            && s.toks[k].word
            && !s.toks[k].cap
            && (lexicon::cue_verb(s.lw(k)).is_some()
                || s.is(k + 1, "that") && lexicon::say_base(s.lw(k))
                // ("Police estimate the crowd at 8,000; organisers say 30,000")
                || s.is(k, "estimate"))
    };
    // ("An estimate put the total at 9 billion; the ministry now puts it at 14
    // billion": the second clause's speaker opens it, so its cue does not
    // reach back over the first)
    let opens_own = || {
        (m + 2..n.min(m + 8))
            .take_while(|&k| !s.comma(k) && !s.toks[k].quoted)
            .any(|k| cue(k) || matches!(s.lw(k), "put" | "puts") && !s.toks[k].quoted)
            && (0..m).any(|k| s.toks[k].word && lexicon::finite_verb_like(s.lw(k)))
    };
    ((0..m).any(cue) && (m + 1..n).any(cue) || opens_own()).then_some((m, m + 1))
}

/// ('"The plant will close," the company said; it gave no date.', "Officials
/// said the plant would close; 400 jobs will go"): a semicolon, not quoted,
/// after a verb of saying in the past or present; the caller splits there
/// when the clause before it is a report.
fn semicolon_after_report(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let m = (2..n.saturating_sub(3)).find(|&m| s.is(m, ";") && !s.toks[m].quoted)?;
    (0..m)
        .any(|k| {
            !s.toks[k].quoted
                && s.toks[k].word
                && !s.toks[k].cap
                && lexicon::cue_verb(s.lw(k))
                    .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Pres3))
        })
        .then_some((m, m + 1))
}

/// "Although the ministry said C, witnesses told Northwire that D": a
/// concession reporting one side, then a main clause reporting the other:
/// (the first part's first token, the comma between, the second part's first
/// token).
fn leading_concession(s: &Sent) -> Option<(usize, usize, usize)> {
    let a = match s.lw(0) {
        "although" | "though" | "while" | "whereas" => 1,
        "even" if s.is(1, "though") => 2,
        _ => return None,
    };
    let n = s.toks.len();
    let reports = |v: usize| {
        !s.toks[v].quoted
            && lexicon::cue_verb(s.lw(v))
                .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Pres3))
    };
    // (or an estimate: "local officials put the toll at 70")
    let estimates = |v: usize| {
        !s.toks[v].quoted
            && matches!(s.lw(v), "put" | "puts")
            && (v + 2..n.min(v + 7)).any(|k| s.is(k, "at"))
    };
    let v = (a + 1..n.min(a + 10)).find(|&v| reports(v))?;
    let m = (v + 2..n.saturating_sub(3)).find(|&m| s.comma(m) && !s.toks[m].quoted)?;
    let b = m + 1;
    (s.toks[b].word
        && !s.toks[b].quoted
        && (b + 1..n.min(b + 8)).any(|v| reports(v) || estimates(v)))
    .then_some((a, m, b))
}

/// "When the minister announced that taxes would rise, markets fell": a
/// report in an opening clause of time, then the main clause (the article's,
/// or another report): (the report's first token, the comma, the main
/// clause's first token).
fn leading_time_report(s: &Sent) -> Option<(usize, usize, usize)> {
    let n = s.toks.len();
    let a = if matches!(s.lw(0), "when" | "after" | "before" | "once" | "since") {
        1
    } else if s.is(0, "with") {
        // ("With 11 days left before the Treasury says it will run out of cash,
        // the leaders traded blame": the time word after the count)
        (2..n.min(7))
            .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
            .find(|&k| matches!(s.lw(k), "before" | "after" | "until"))?
            + 1
    } else {
        return None;
    };
    let v = (a + 1..n.min(a + 10))
        .take_while(|&v| !s.comma(v) && !s.toks[v].quoted)
        .find(|&v| {
            lexicon::cue_verb(s.lw(v)).is_some_and(|(_, f)| matches!(f, Form::Past | Form::Pres3))
                && !matches!(s.lw(v - 1), "was" | "were" | "is" | "are" | "been")
        })?;
    // (a clause reported: "announced last spring that C", "said the dam was
    // safe"; not "When asked about the deal")
    // (or a promise: "promised last spring to cut taxes")
    let that = (v + 1..n.min(v + 6))
        .take_while(|&k| s.toks[k].word && !s.toks[k].quoted)
        .any(|k| s.is(k, "that") || s.is(k, "to") && k + 1 < n && s.toks[k + 1].word);
    if !that && !clause_follows(s, v, n) {
        return None;
    }
    // (the comma, or a quote closing on it: 'for "every working family,"')
    let m = (v + 2..n.saturating_sub(3)).find(|&m| {
        s.comma(m) && !s.toks[m].quoted
            || s.toks[m].quote_mark && !s.toks[m].quoted && s.comma(m - 1)
    })?;
    let (m, b) = if s.toks[m].quote_mark {
        (m + 1, m + 1)
    } else {
        (m, m + 1)
    };
    (s.toks[b].word
        && !s.toks[b].quoted
        && (b + 1..n.min(b + 8))
            .any(|k| s.toks[k].word && !s.toks[k].cap && lexicon::finite_verb_like(s.lw(k))))
    .then_some((a, m, b))
}

/// "Economists polled by Northwire expect": the token of the polled (the
/// plural that speaks) before "polled by" and its poller, up to the verb at j.
fn polled_head(s: &Sent, lo: usize, j: usize) -> Option<usize> {
    (j.saturating_sub(6).max(lo + 2)..j.saturating_sub(1))
        .find(|&k| {
            s.is(k, "by")
                && matches!(s.lw(k - 1), "polled" | "surveyed" | "questioned")
                && s.toks[k - 2].word
        })
        .map(|k| k - 2)
}

/// `A, while the ministry said B` / `A, but he insisted B`: the comma before a
/// contrasting clause that has its own speaker and cue.
fn contrast_split(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let mut second = 0;
    let m = (3..n.saturating_sub(4)).find(|&m| {
        s.flags[m + 1] & lexicon::F_SPLIT != 0
            // (', and' also after a quote closed on its comma: 'backs "smart trade," and')
            // ("Oil rose 3 percent after producers said ...": "after" needs no comma)
            && (s.comma(m) && !s.toks[m].quoted
                || s.toks[m].quote_mark && !s.toks[m].quoted && s.comma(m - 1)
                || s.toks[m].word
                    && !s.toks[m].quoted
                    && s.is(m + 1, "after")
                    && !lexicon::duration_noun(s.lw(m))
                    && !matches!(
                        s.lw(m),
                        "shortly" | "soon" | "long" | "just" | "only" | "moments"
                    )
                    && !(0..m).any(|k| {
                        s.flags[k] & lexicon::F_CUE_START != 0
                            && lexicon::cue_verb(s.lw(k)).is_some()
                            // ("She was accused of hiding the cost after an
                            // estimate put it at twice the figure": a passive
                            // charge names no speaker)
                            && !(k > 0 && matches!(s.lw(k - 1), "was" | "were" | "been" | "is" | "are"))
                    }))
            && {
                // "..., (days) after a review by the Ledger found no record": the event,
                // then what came before it, attributed
                let b = match s.lw(m + 1) {
                    "while" | "whereas" | "but" | "though" | "although" => m + 2,
                    // "Vinn said A, and she argued that B": a second speaker's clause
                    // (the first clause needs a verb: "Vinn, Marsh, and Dorn said"
                    // lists speakers)
                    "and"
                        if !s.is(m + 2, "that")
                            && (0..m).any(|k| {
                                s.toks[k].word
                                    && !s.toks[k].cap
                                    && !s.toks[k].quoted
                                    && (lexicon::finite_verb_like(s.lw(k))
                                        || lexicon::cue_verb(s.lw(k)).is_some())
                            }) =>
                    {
                        m + 2
                    }
                    // ("..., where he told a crowd that C": the event, then the claim)
                    "after" | "where" | "when" => m + 2,
                    // ("he told the court he was framed, as prosecutors alleged that
                    // he took cash": the other side's claim beside it; not "as the
                    // ministry had predicted", a comment on the first)
                    "as" if s.comma(m)
                        && (m + 3..n.min(m + 10)).any(|v| {
                            s.is(v, "that")
                                && !s.toks[v].quoted
                                && lexicon::cue_verb(s.lw(v - 1)).is_some()
                        }) =>
                    {
                        m + 2
                    }
                    "days" | "hours" | "weeks" | "shortly" if s.is(m + 2, "after") => m + 3,
                    // (", even as police reported a rise in burglaries": the other
                    // side's report beside the first)
                    // (also after a quote closed on its comma: '"no deal," even as')
                    "even" if (s.comma(m) || s.toks[m].quote_mark) && s.is(m + 2, "as") => m + 3,
                    // ("..., a week after auditors found that C")
                    "a" if matches!(s.lw(m + 2), "day" | "week" | "month" | "year")
                        && s.is(m + 3, "after") =>
                    {
                        m + 4
                    }
                    // ("..., two days after an audit found that C")
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
                    | "ten"
                        if matches!(s.lw(m + 2), "days" | "weeks" | "months" | "hours")
                            && s.is(m + 3, "after") =>
                    {
                        m + 4
                    }
                    _ => return false,
                };
                second = b;
                b < n
            }
            && {
                let b = second;
                let after = b > m + 2
                    || s.is(m + 1, "after")
                    || s.is(m + 1, "where")
                    || s.is(m + 1, "when");
                // subject then a past or present cue within a few words (after
                // "after", also a finding verb when a document leads the subject)
                // ("..., and the mayor, who faces re-election in November, now
                // calls C": the subject's relative clause set off before its verb)
                // (also after a name set off: ", and the central bank's governor,
                // Ana Vik, who has clashed with the government, told lawmakers")
                let rel = if matches!(s.lw(m + 1), "and" | "but") {
                    (b + 1..n.min(b + 9))
                        .find(|&k| s.comma(k) && matches!(s.lw(k + 1), "who" | "which"))
                        .and_then(|o| {
                            (o + 3..n.min(o + 14))
                                .find(|&k| s.comma(k))
                                .filter(|&c| !(o..c).any(|k| s.toks[k].quoted))
                                .map(|c| (o, c))
                        })
                } else {
                    None
                };
                let is_v = |v: usize| {
                    s.toks[v].word
                        && !s.toks[v].quoted
                        // ("hours after it was announced by mediators": a passive
                        // verb reports no one's words)
                        && !matches!(s.lw(v - 1), "was" | "were" | "been" | "being" | "is" | "are")
                        // ("stalled after the Liberals rejected a demand by ...": a
                        // reply to a thing, no words of its own)
                        && (!after || !lexicon::reply_verb(s.lw(v)) || s.is(v + 1, "that"))
                        // (nor a demand of a thing: "after the buyer demanded a lower
                        // price")
                        && (!after
                            || !matches!(
                                s.lw(v),
                                "demanded" | "requested" | "proposed" | "announced" | "offered"
                            )
                            || !matches!(s.lw(v + 1), "a" | "an" | "the"))
                        && (lexicon::cue_verb(s.lw(v))
                            .is_some_and(|(_, f)| matches!(f, Form::Past | Form::Pres3))
                            // (', while Climate Justice Now called it "a betrayal"':
                            // the other side's label for it)
                            || !after
                                && matches!(s.lw(v), "called" | "calls" | "branded" | "dubbed")
                                && (v + 1..n.min(v + 5)).any(|q| s.toks[q].quote_mark)
                            // (", and officials say C", ", and state data show C": a
                            // plural's present)
                            || !after
                                && v > b
                                && matches!(
                                    s.lw(v),
                                    "say"
                                        | "show"
                                        | "suggest"
                                        | "argue"
                                        | "insist"
                                        | "warn"
                                        // (", and economists expect further
                                        // increases": a plural's belief)
                                        | "expect"
                                        | "believe"
                                        | "fear"
                                        | "predict"
                                        | "estimate"
                                )
                                && {
                                    let p = s.lw(v - 1);
                                    matches!(p, "data" | "police" | "people" | "they")
                                        || lexicon::plural_in_s(p)
                                        // ("economists surveyed by Northwire expect")
                                        || polled_head(s, b, v)
                                            .is_some_and(|k| lexicon::plural_in_s(s.lw(k)))
                                }
                            // ("..., though engineers disagree": another side's view)
                            || !after
                                && (matches!(
                                    s.lw(v),
                                    "disagree"
                                        | "disagrees"
                                        | "disagreed"
                                        | "dispute"
                                        | "disputes"
                                        | "disputed"
                                ) || v >= b + 3
                                    // (", but it did not say where it landed": the
                                    // speaker's silence, no more of what was said)
                                    && matches!(s.lw(v), "say" | "disclose" | "specify" | "give")
                                    && (s.is(v - 1, "not") && matches!(s.lw(v - 2), "did" | "would" | "could")
                                        || s.is(v - 1, "to") && s.is(v - 2, "declined")))
                            // (", while several Democrats have asked the inspector
                            // general to review them": the other side's request)
                            || !after
                                && matches!(s.lw(v), "asked" | "asks")
                                && !matches!(s.lw(v + 1), "whether" | "if" | "why" | "how" | "what" | "about")
                                && (v + 2..n.min(v + 7)).any(|q| s.is(q, "to"))
                            // (", but local officials put the figure far higher":
                            // another side's count)
                            || !after
                                && matches!(s.lw(v), "put" | "puts" | "estimated")
                                && s.is(v + 1, "the")
                                && matches!(
                                    s.lw(v + 2),
                                    "figure" | "toll" | "number" | "count" | "total" | "crowd"
                                )
                            // ("... after an official estimate put it at almost
                            // twice the figure": the estimate's count)
                            || after
                                && matches!(s.lw(v), "put" | "puts")
                                && (v + 2..n.min(v + 6)).any(|a| s.is(a, "at"))
                            // (", and a recent poll found only 31 percent ...": a
                            // document's finding, after any joining word)
                            || (after || s.is(m + 1, "and"))
                                && matches!(s.lw(v), "found" | "showed")
                                && (b..v).any(|k| {
                                    lexicon::document_word(s.lw(k))
                                        || lexicon::finding_people(s.lw(k))
                                        // (", after an inquest found that C")
                                        || matches!(
                                            s.lw(k),
                                            "inquest" | "inquiry" | "investigation" | "probe"
                                        )
                                }))
                };
                let v = (b + 1..n.min(b + 11))
                    .filter(|&v| rel.is_none_or(|(o, _)| v < o))
                    .find(|&v| is_v(v))
                    .or_else(|| rel.and_then(|(_, c)| (c + 1..n.min(c + 4)).find(|&v| is_v(v))));
                // ("..., but her allies have begun calling lawmakers, according to
                // three people familiar with the calls": the second clause carries
                // its own according-to)
                // (after ", and" only when the first clause reports on its own:
                // "A, and B, according to X" is X's both)
                let according_later = !after
                    && (!s.is(m + 1, "and")
                        || (0..m).any(|k| {
                            !s.toks[k].quoted
                                && (lexicon::cue_verb(s.lw(k)).is_some()
                                    || lexicon::NESTING_BELIEFS.contains(&s.lw(k)))
                        }))
                    && (b + 3..n.saturating_sub(2))
                        .any(|k| s.comma(k) && s.is(k + 1, "according") && s.is(k + 2, "to"));
                let v = v.or(according_later.then_some(b));
                v.is_some_and(|v| {
                    let first = s.lw(b);
                    (s.toks[b].cap
                        || lexicon::pronoun(first)
                        || lexicon::determiner(first)
                        || lexicon::unnamed_head(first)
                        // ("local officials", "independent analysts": a word
                        // before the head)
                        || b + 1 < v && lexicon::unnamed_head(s.lw(b + 1))
                        // ("business groups", "employers' groups": a body's head
                        // after a word)
                        || b + 1 < v && lexicon::head_kind(s.lw(b + 1)).is_some()
                        || b + 2 < v
                            && plural_possessive_mark(s, b + 1)
                            && lexicon::head_kind(s.lw(b + 2)).is_some()
                        || lexicon::finding_people(first)
                        || lexicon::head_kind(first).is_some())
                        && {
                            // ("when its owner, Northline Marine, announced": a name
                            // in commas beside the subject)
                            // (before a relative clause set off, its opening
                            // comma closes the name: ", and the bank's governor,
                            // Ana Vik, who has clashed with the government, told")
                            let v_end = rel.map_or(v, |(o, _)| o + 1);
                            let commas: SmallVec<[usize; 4]> =
                                (b..v_end).filter(|&k| s.comma(k)).collect();
                            let aside = commas.len() == 2
                                && commas[1] + 1 == v_end
                                && commas[1] > commas[0] + 1
                                && (commas[0] + 1..commas[1]).all(|k| s.toks[k].cap);
                            (b..v).all(|k| {
                                aside && s.comma(k)
                                    || rel.is_some_and(|(o, c)| o <= k && k <= c)
                                    // (an owner's mark: "the central bank's governor",
                                    // "employers' groups")
                                    || plural_possessive_mark(s, k)
                                    || k + 1 < v && plural_possessive_mark(s, k + 1)
                                    || matches!(s.lw(k), "'s" | "’s")
                                    || s.toks[k].word && names::possessive(s.lw(k))
                                    || s.toks[k].word
                                        && !s.toks[k].quoted
                                        && (s.toks[k].cap
                                            || !lexicon::finite_verb_like(s.lw(k))
                                            || lexicon::aux_or_adverb(s.lw(k))
                                            || lexicon::unnamed_head(s.lw(k))
                                            || lexicon::finding_people(s.lw(k))
                                            || lexicon::head_kind(s.lw(k)).is_some()
                                            // ("after a leaked Treasury document
                                            // suggested C": a document's participle)
                                            || s.lw(k).ends_with("ed")
                                                && lexicon::document_word(s.lw(v - 1))
                                            // ("economists surveyed by Northwire")
                                            || polled_head(s, b, v) == Some(k - 1))
                            })
                        }
                })
            }
    })?;
    // both sides hold words enough to be clauses (a closing mark stays with the
    // first, and so does a word before "after")
    let first_end = if s.toks[m].quote_mark || s.toks[m].word {
        m + 1
    } else {
        m
    };
    ((0..m).filter(|&k| s.toks[k].word).count() >= 3).then_some((first_end, second))
}

/// A claim's pieces, its quote kind and the token where its content ends.
type ContentToEnd = (Vec<(usize, usize)>, QuoteKind, usize);

/// An attribution whose content runs from token `a` to the sentence's end
/// ([`content_to_end`]), with no relay and no second claim.
fn attr_to_end(s: &Sent, a: usize, hi: usize, cue: Mention, source: NpInfo) -> Option<Attr> {
    let (pieces, quote, b) = content_to_end(s, a, hi)?;
    Some(Attr::plain(pieces, quote, cue, source, (a, b)))
}

/// The content from token `a` to the sentence's end (closing punctuation off):
/// a quote opening at `a` whole, else the words; with the token where it ends.
fn content_to_end(s: &Sent, a: usize, hi: usize) -> Option<ContentToEnd> {
    let mut b = hi;
    while b > a && s.punct(b - 1) && !s.toks[b - 1].quote_mark {
        b -= 1;
    }
    if b <= a + 1 {
        return None;
    }
    if s.toks[a].quote_mark {
        let q = s.quotes.iter().find(|q| q.0 == s.toks[a].end)?;
        Some((vec![(q.0, q.1.min(s.end))], QuoteKind::Direct, b))
    } else {
        Some((
            vec![trim_span(s.text, s.toks[a].start, s.toks[b - 1].end, false)],
            QuoteKind::Indirect,
            b,
        ))
    }
}

/// `That's according to a new report from the Realtors Association.`: the
/// index of `according`, and the phrase after `according to` (to the end).
fn that_according(s: &Sent) -> Option<(usize, usize, usize)> {
    let n = s.toks.len();
    if n < 5 || s.flags.iter().all(|&f| f & lexicon::F_CUE_START == 0) {
        return None;
    }
    let a = match (s.lw(0), s.lw(1), s.lw(2)) {
        ("that", "is" | "was", "according") | ("this", "is", "according") => 2,
        ("that", "'" | "’", "s") if s.is(3, "according") => 3,
        ("that's" | "that’s", "according", _) => 1,
        _ => return None,
    };
    if !s.is(a + 1, "to") {
        return None;
    }
    let mut e = n;
    while e > a + 2 && s.punct(e - 1) {
        e -= 1;
    }
    (e > a + 2 && (a + 2..e).all(|k| s.toks[k].word || s.lw(k) == "-" || s.lw(k) == "'"))
        .then_some((a, a + 2, e))
}

/// `X said A, and quoted him as saying B`: the comma before `and quoted`, when
/// a verb of saying comes before it.
fn and_quoted(s: &Sent) -> Option<usize> {
    let n = s.toks.len();
    let m = (3..n.saturating_sub(4)).find(|&m| {
        s.flags[m + 2] & lexicon::F_QUOTED != 0
            && s.comma(m)
            && s.is(m + 1, "and")
            && !s.toks[m].quoted
    })?;
    (0..m)
        .any(|k| {
            !s.toks[k].quoted
                && lexicon::cue_verb(s.lw(k)).is_some_and(|(_, f)| matches!(f, Form::Past))
        })
        .then_some(m)
}

/// `..., with the interior minister warning that C`: the comma, the speaker's
/// tokens (start, end), the participle, and where the content starts.
fn with_clause(s: &Sent) -> Option<(usize, usize, usize, usize, usize)> {
    let n = s.toks.len();
    // cheap test first: "with" somewhere after a comma
    let m = (3..n.saturating_sub(5))
        .find(|&m| s.flags[m + 1] & lexicon::F_SPLIT != 0 && s.is(m + 1, "with") && s.comma(m))?;
    let mut ns = m + 2;
    let v = (ns + 1..n.min(ns + 12)).find(|&v| {
        matches!(
            s.lw(v),
            "warning"
                | "saying"
                | "insisting"
                | "arguing"
                | "claiming"
                | "predicting"
                | "noting"
                | "stressing"
                | "cautioning"
                | "calling"
                | "describing"
        )
    })?;
    if v + 3 >= n {
        return None;
    }
    let cs = if s.is(v, "calling") {
        // (", with Ivo Marr calling them \"proof of failure.\"": the quoted
        // words after what was called)
        let open = (v + 1..n.min(v + 5)).find(|&x| s.toks[x].quote_mark)?;
        if !(v + 1..open).all(|x| s.toks[x].word && !s.toks[x].cap) || open == v + 1 {
            return None;
        }
        open
    } else if s.is(v, "describing") {
        // (", with its spokesman describing the stance as \"a sign of fear\"":
        // the words after "as")
        let a = (v + 2..n.min(v + 9)).find(|&x| s.is(x, "as"))?;
        if !(v + 1..a)
            .all(|x| s.toks[x].word && !s.toks[x].quoted || s.lw(x) == "'" || s.lw(x) == "’")
            || a + 2 >= n
        {
            return None;
        }
        a + 1
    } else if s.is(v + 1, "that") {
        v + 2
    } else if s.is(v, "saying")
        && (clause_follows(s, v, n) || matches!(s.lw(v + 1), "it" | "he" | "she" | "they" | "we"))
    {
        v + 1
    } else {
        return None;
    };
    // ("with its finance spokesman, Ivo Marr, calling": the name set off)
    let mut ne = v;
    if s.comma(v - 1) {
        let open = (ns + 1..v - 1).rev().find(|&k| s.comma(k))?;
        if !(open + 1..v - 1).all(|k| s.toks[k].cap && s.toks[k].word) {
            return None;
        }
        (ns, ne) = (open + 1, v - 1);
    }
    // the speaker is a plain noun phrase
    if ne <= ns
        || !(ns..ne).all(|k| {
            s.toks[k].word && !s.toks[k].quoted && !lexicon::finite_verb_like(s.lw(k))
                || s.lw(k).ends_with("'s")
        })
    {
        return None;
    }
    Some((m, ns, ne, v, cs))
}

/// Put the unnamed group or document that token k names ("the lawsuit", "the
/// researchers") in view, as the one a later "it" or "they" means.
fn remember_unnamed(sent: &Sent, k: usize, pi: usize, memory: &mut Memory) {
    let src = SourceRef {
        name: sent.text[sent.toks[k].start..sent.toks[k].end].to_string(),
        kind: SourceKind::Unnamed,
        resolved: true,
        role: None,
        mention: None,
    };
    memory.remember(&src, pi, true);
}

/// Whether the phrase after "citing" (ending at token `ne`, read as `i`) names
/// someone or a record that speaks: "citing unpaid bills" or "Citing security
/// concerns, the ministry said" give a reason, no source ("citing flight logs":
/// records are one).
fn cites_someone(s: &Sent, ne: usize, i: &NpInfo) -> bool {
    // ("citing the closure of two coal plants": a lowercase head of no body,
    // person or paper before its "of" is a reason)
    let reason_of = i.source.mention.as_ref().is_some_and(|m| {
        let mut w = m
            .text
            .split_whitespace()
            .skip_while(|w| matches!(*w, "the" | "a" | "an" | "its" | "their" | "his" | "her"));
        match (w.next(), w.next()) {
            (Some(h), Some("of")) => {
                let lh = h.to_ascii_lowercase();
                h == lh
                    && lexicon::head_kind(&lh).is_none()
                    && !lexicon::unnamed_head(&lh)
                    && !lexicon::document_word(&lh)
                    && !lexicon::title_word(&lh)
            }
            _ => false,
        }
    });
    // ("the agency said, citing its own monitoring data": the speaker's own
    // figures, no other source)
    let own = i.source.mention.as_ref().is_some_and(|m| {
        let mut w = m.text.split_whitespace();
        matches!(
            w.next(),
            Some("its" | "their" | "his" | "her" | "our" | "Its" | "Their")
        ) && w.next() == Some("own")
    });
    !reason_of
        && !own
        && i.class != NpClass::Pronoun
        && (i.class != NpClass::Unnamed
            || lexicon::unnamed_head(s.lw(ne - 1))
            // ("citing two people familiar with the matter")
            || i.source.name.rsplit(' ').next().is_some_and(|w| {
                lexicon::unnamed_head(&w.to_ascii_lowercase())
                    && !lexicon::document_word(&w.to_ascii_lowercase())
            })
            || lexicon::record_papers(s.lw(ne - 1))
            || matches!(s.lw(ne - 1), "data" | "figures" | "statistics")
            // ("Citing an internal memo, the newspaper said": a paper that
            // speaks, not a reason such as "the ruling")
            || matches!(
                s.lw(ne - 1),
                "memo" | "memos" | "report" | "reports" | "document" | "email" | "letter" | "study"
            ))
}

/// "Asylum claims fell by a third", "Insurance claims rose", "Police reports
/// describe ...", "Fraud claims against the firm have doubled" (and a
/// headline's "claims fall by a third"): a plural noun at token i (`w`) that
/// could be a present-tense cue, its own verb (or "of", "against") next.
fn plural_noun_before_its_verb(s: &Sent, i: usize, w: &str) -> bool {
    if !matches!(
        w,
        "claims" | "reports" | "states" | "notes" | "posts" | "tweets" | "estimates" | "rules"
    ) {
        return false;
    }
    let next = s.lw(i + 1);
    // ("under ground rules that did not allow them to be named": a relative
    // "that", its verb next)
    if next == "that" && lexicon::auxiliary(s.lw(i + 2)) && i > 0 && !s.toks[i - 1].cap {
        return true;
    }
    // ("a plan to send aid to Gulf Coast states stalled", "member states
    // agreed"): states of a region or a union, whatever verb follows
    if w == "states"
        && i > 0
        && next != "that"
        && (s.toks[i - 1].cap && s.toks[i - 1].word
            || matches!(
                s.lw(i - 1),
                "member"
                    | "coastal"
                    | "border"
                    | "swing"
                    | "island"
                    | "neighbouring"
                    | "neighboring"
            ))
    {
        return true;
    }
    matches!(
        next,
        "fell"
            | "rose"
            | "were"
            | "are"
            | "have"
            | "had"
            | "grew"
            | "remained"
            | "jumped"
            | "doubled"
            | "tripled"
            | "soared"
            | "dropped"
            | "plunged"
            | "surged"
            | "climbed"
            | "declined"
            | "describe"
            | "show"
            | "suggest"
            | "indicate"
            | "of"
            | "against"
    ) || matches!(next, "fall" | "rise" | "drop" | "jump" | "climb")
        && matches!(s.lw(i + 2), "by" | "to")
        || next.len() > 5 && next.ends_with("ed") && !s.toks[i + 1].cap && s.is(i + 2, "by")
}

/// "C, as the ministry said", ", as a study found": an "as" between the
/// content's comma and the speaker starting at token ns, with a verb of plain
/// report at `cue` (not "as economists had predicted").
fn as_before_speaker(s: &Sent, lo: usize, ns: usize, cue: usize) -> bool {
    ns > lo + 2
        && s.is(ns - 1, "as")
        && s.comma(ns - 2)
        && matches!(
            s.lw(cue),
            "said"
                | "says"
                | "reported"
                | "noted"
                | "confirmed"
                | "acknowledged"
                | "showed"
                | "found"
                // ("C, as the audit office pointed out in a report")
                | "pointed"
                | "observed"
                | "explained"
                | "stated"
                | "wrote"
                | "concluded"
        )
}

/// A party and state tag, tokens a..b: `U-Lask`, `D-Calif.`, `R-Lask`.
fn party_tag(s: &Sent, a: usize, b: usize) -> bool {
    if b <= a || b - a > 7 {
        return false;
    }
    // the text of the tokens: "U-Lask", "D-Calif.", "R-S.C.", "D-N.Y.", "L - Ostrava"
    // (also a district of two words: "R-Cass County")
    let t = &s.text[s.toks[a].start..s.toks[b - 1].end];
    t.split_once('-').is_some_and(|(p, st)| {
        let p = p.trim();
        let st = st.trim();
        let words = st.split_whitespace().count();
        (1..=2).contains(&p.len())
            && p.bytes().all(|c| c.is_ascii_uppercase())
            && st.len() >= 2
            && st.len() <= 14 + 8 * words.saturating_sub(1)
            && words <= 2
            && st.starts_with(|c: char| c.is_ascii_uppercase())
            && st.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'.')
                    // "S.C." / "N.Y." (initials with dots) or "Calif." / "Lask" (a word)
                    && (w[1..].bytes().all(|c| c.is_ascii_lowercase() || c == b'.')
                        || w.bytes().enumerate().all(|(i, c)| {
                            if i % 2 == 0 { c.is_ascii_uppercase() } else { c == b'.' }
                        }))
            })
    })
}

/// Whether the `that` at token t opens an occasion's own relative clause ("in
/// an interview that aired Sunday"), not the content.
fn occasion_that(s: &Sent, t: usize) -> bool {
    // (past its time: "told employees in a memo on Tuesday that was viewed by
    // the Tech Ledger")
    let mut n = t;
    while n > 2
        && t - n < 3
        && (lexicon::weekday(s.lw(n - 1))
            || lexicon::time_word(s.lw(n - 1))
            || matches!(s.lw(n - 1), "on" | "last" | "this"))
    {
        n -= 1;
    }
    // (or a document's, told by its passive: "in a memo that was seen by")
    let passive = matches!(s.lw(t + 1), "was" | "were")
        && (s.lw(t + 2).ends_with("ed")
            || matches!(s.lw(t + 2), "seen" | "shown" | "given" | "written" | "sent"));
    t > 0
        && n > 0
        && (lexicon::occasion_noun(s.lw(n - 1))
            || (n < t || passive) && lexicon::document_word(s.lw(n - 1)))
        && matches!(
            s.lw(t + 1),
            "aired" | "appeared" | "ran" | "was" | "is" | "will" | "published" | "posted"
        )
}

/// After the comma at token `k`, which closes a lowercase description: a name
/// in capitals set off to the sentence's end (", according to the national
/// grid operator, GridVal."). Where the name ends.
fn name_set_off(s: &Sent, k: usize, hi: usize) -> Option<usize> {
    if k == 0 || !s.comma(k) || s.toks[k - 1].cap {
        return None;
    }
    // (past an abbreviated honorific: ", Dr. Petra Lind.")
    // (a body's name after its article: ", her party, the Democratic Front, which
    // cited ...")
    let the = usize::from(
        s.is(k + 1, "the")
            && k + 3 < hi
            && s.toks[k + 2].cap
            && s.toks[k + 3].cap
            && s.toks[k + 3].word,
    );
    let lim = hi.min(k + 8 + the);
    let e = (k + 1 + the..lim)
        .find(|&x| {
            !(s.toks[x].word && s.toks[x].cap && !s.toks[x].quoted
                || x > k + 1
                    && s.is(x, ".")
                    && x + 1 < lim
                    && s.toks[x + 1].cap
                    && names::honorific(s.lw(x - 1)))
        })
        .unwrap_or(lim);
    (e > k + 1 + the
        && (e >= hi
            || s.rest_is_punct(e)
            || the == 1 && s.comma(e) && matches!(s.lw(e + 1), "which" | "who")))
    .then_some(e)
}

/// A word that can follow `this`, `last`, `late` or `early` in a phrase of
/// time: "this week", "last spring", "late on Friday", "early next year".
fn time_head(w: &str) -> bool {
    lexicon::weekday(w)
        || lexicon::month(w)
        || matches!(
            w,
            "week"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "weekend"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "quarter"
                | "season"
                | "decade"
                | "century"
                | "on"
                | "in"
                | "at"
                | "last"
                | "this"
                | "next"
                | "today"
                | "tonight"
                | "yesterday"
        )
}

/// Skip `in a statement`, `at a news conference`, `on Friday` after a cue, when a
/// comma or `that` follows.
fn skip_occasion(s: &Sent, k: usize, hi: usize) -> usize {
    let mut k = k;
    for _ in 0..4 {
        if k >= hi {
            return k;
        }
        let w = s.lw(k);
        if lexicon::time_word(w) {
            // ("said this week", "said late Tuesday"; but "said this plan would
            // work", "says this time is different": a determiner opens the content)
            if matches!(w, "this" | "last" | "late" | "early") && !time_head(s.lw(k + 1)) {
                return k;
            }
            k += 1;
            continue;
        }
        // ("told Coastline by phone: C", "said by telephone that C")
        if w == "by"
            && matches!(
                s.lw(k + 1),
                "phone" | "telephone" | "email" | "e-mail" | "text" | "videolink" | "satellite"
            )
        {
            k += 2;
            if s.is(k, "message") || s.is(k, "link") {
                k += 1;
            }
            continue;
        }
        // ("says at least 300 detained": an amount, no occasion)
        if w == "at" && matches!(s.lw(k + 1), "least" | "most") {
            return k;
        }
        if matches!(
            w,
            "in" | "on"
                | "at"
                // ("told reporters outside the party headquarters that C")
                | "outside"
                | "inside"
                | "near"
                | "during"
                | "to"
                | "via"
                | "through"
                | "over"
                | "from"
                | "late"
                | "early"
                | "last"
                | "this"
                | "while"
                | "after"
                | "before"
                | "ahead"
                | "when"
        ) {
            let mut j = k + 1;
            // ("in an interview that aired Sunday that C": the occasion's own
            // relative clause)
            while j < hi
                && j - k <= 12
                && !s.comma(j)
                && (!s.is(j, "that") || j > k + 1 && occasion_that(s, j))
                && !s.is(j, ":")
                // ("said on Tuesday it would not accept the result, accusing":
                // a clause's subject or verb ends the occasion)
                && !matches!(
                    s.lw(j),
                    "it" | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "would"
                        | "will"
                        | "could"
                        | "had"
                        | "has"
                        | "have"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                )
            {
                if s.toks[j].quote_mark {
                    // 'on Channel 4's "Morning Edition" that': a programme's title
                    match quoted_title(s, j, hi) {
                        Some(q) => j = q,
                        None => break,
                    }
                }
                j += 1;
            }
            if j < hi
                && j - k <= 12
                && (s.comma(j) || s.is(j, "that") || s.is(j, ":") || s.toks[j].quote_mark)
            {
                k = j;
                continue;
            }
            // "Fosse replied in a video posted to his Facebook page.": where the
            // words were given, to the sentence's end, with the words after it
            if (j >= hi || s.rest_is_punct(j))
                && matches!(w, "in" | "on" | "via" | "through")
                && (k + 1..(k + 4).min(j)).any(|x| {
                    lexicon::occasion_noun(s.lw(x))
                        // ("..., the audit office found in a report published
                        // in March.")
                        || lexicon::single_document(s.lw(x)) && x + 1 < j && s.lw(x + 1).ends_with("ed")
                })
            {
                return hi;
            }
            // ("told reporters in Brussels the bloc was united": a place's name,
            // then the content's determiner or pronoun)
            if matches!(w, "in" | "at") {
                let mut j = k + 1;
                while j < hi && j - k <= 3 && s.toks[j].word && s.toks[j].cap && !s.toks[j].quoted {
                    j += 1;
                }
                if j > k + 1
                    && j < hi
                    && s.toks[j].word
                    && !s.toks[j].cap
                    && (lexicon::determiner(s.lw(j))
                        || matches!(s.lw(j), "he" | "she" | "it" | "they" | "we"))
                {
                    k = j;
                    continue;
                }
            }
            // a short occasion with a known head: "said on Friday the troops..."
            let mut j = k + 1;
            let mut found = false;
            while j < hi && j - k <= 6 {
                let wj = s.lw(j);
                if lexicon::weekday(wj)
                    || matches!(
                        wj,
                        "statement"
                            | "interview"
                            | "conference"
                            | "briefing"
                            | "speech"
                            | "address"
                            | "post"
                            | "twitter"
                            | "television"
                            | "tv"
                            | "radio"
                            | "monday"
                            | "night"
                            | "morning"
                            | "evening"
                            | "afternoon"
                            | "week"
                            | "remarks"
                            | "call"
                            // ("said on social media she was ...")
                            | "media"
                            | "facebook"
                            | "website"
                            | "podcast"
                            | "video"
                            | "blog"
                    )
                {
                    found = true;
                    j += 1;
                    break;
                }
                j += 1;
            }
            if found && j < hi && !s.punct(j) {
                k = j;
                continue;
            }
            return k;
        }
        return k;
    }
    k
}

/// A short title in quote marks opening at `j` ('"Morning Edition"', '"Meet the
/// Press"') with the sentence going on after it: the closing mark's index.
fn quoted_title(s: &Sent, j: usize, hi: usize) -> Option<usize> {
    let q = (j + 2..hi.min(j + 8)).find(|&q| s.toks[q].quote_mark)?;
    let title = (j + 1..q).all(|x| {
        s.toks[x].word
            && (s.toks[x].cap || x > j + 1 && matches!(s.lw(x), "the" | "of" | "and" | "in" | "on"))
    });
    (title && q + 1 < hi && (s.toks[q + 1].word || s.comma(q + 1))).then_some(q)
}

fn cue_mention(s: &Sent, c: &Cue) -> Mention {
    toks_mention(s, c.i, c.j)
}

/// The words of tokens `i..j` as a mention.
fn toks_mention(s: &Sent, i: usize, j: usize) -> Mention {
    let a = s.toks[i].start;
    let b = s.toks[j - 1].end;
    Mention {
        text: s.text[a..b].to_string(),
        start: a,
        end: b,
    }
}

/// `Noting that bilateral trade reached 12 billion dollars, Hale called on ...`:
/// a sentence opening with a participle of saying and its that-clause, then the
/// subject who said it. The subject's tokens, the participle, and the clause's
/// tokens (as [`who_said`] gives them).
fn participle_opening(s: &Sent) -> Option<(usize, usize, usize, usize, usize)> {
    let n = s.toks.len();
    if n < 8 || !s.is(1, "that") || !(lexicon::that_participle(s.lw(0)) || s.is(0, "saying")) {
        return None;
    }
    // the clause runs to a comma after which a subject and its verb follow
    let (k, a, b) = (3..n.saturating_sub(3))
        .filter(|&k| s.comma(k) && !s.toks[k].quoted)
        .find_map(|k| {
            let (a, b) = clause_subject(s, k + 1, n)?;
            (a == k + 1 && b < n && s.toks[b].word && !s.toks[b].cap && {
                let w = s.lw(b);
                lexicon::finite_verb_like(w)
                    || lexicon::auxiliary(w)
                    || w.len() > 4 && w.ends_with("ed")
            })
            .then_some((k, a, b))
        })?;
    if k < 5 || (2..k).any(|x| s.toks[x].quote_mark) {
        return None;
    }
    Some((a, b, 0, 2, k))
}

/// The end of the words a restrictive clause reports, from token `cs` before
/// `ce` ("Critics who said the law was unfair | lost the vote"): where a second
/// finite verb follows the content's own with no conjunction between.
fn restrictive_content_end(s: &Sent, cs: usize, ce: usize) -> usize {
    let finite = |k: usize| {
        let w = s.lw(k);
        s.toks[k].word
            && !s.toks[k].cap
            && !s.toks[k].quoted
            && (lexicon::finite_verb_like(w)
                && (!w.ends_with('s') || matches!(w, "was" | "is" | "has" | "does"))
                || w.len() > 4 && w.ends_with("ed"))
    };
    let Some(v1) = (cs + 1..ce).find(|&k| finite(k)) else {
        return ce;
    };
    (v1 + 2..ce)
        .find(|&k| {
            finite(k)
                && s.toks[k - 1].word
                && !lexicon::auxiliary(s.lw(k - 1))
                && !matches!(
                    s.lw(k - 1),
                    "was" | "were" | "been" | "be" | "is" | "are" | "had" | "has" | "have" | "to"
                )
        })
        .filter(|&v2| {
            !(v1 + 1..v2).any(|x| {
                s.comma(x)
                    || matches!(
                        s.lw(x),
                        "and" | "or" | "but" | "that" | "which" | "who" | "because" | "if" | "when"
                    )
            })
        })
        .unwrap_or(ce)
}

/// Token x belongs to a name that starts at token `from`: a capitalized word,
/// or the point of an abbreviated title after one ("Col. Aron Vell").
fn name_token(s: &Sent, from: usize, x: usize) -> bool {
    s.toks[x].cap && s.toks[x].word || x > from && s.lw(x) == "." && s.toks[x - 1].cap
}

/// `The senator, who has said the election was stolen, voted ...`, `said Aras
/// Molin, a trader who said he saw two men fall`: the speaker's tokens (the
/// phrase before `who`, or the name before its appositive), the cue, and the
/// content's tokens (to the next comma or the end).
fn who_said(s: &Sent) -> Option<(usize, usize, usize, usize, usize)> {
    let n = s.toks.len();
    // (a three-byte token first: most sentences have no "who")
    // (or a body's "which" after its comma: "according to the UN food agency,
    // which has warned that C")
    let w = (1..n.saturating_sub(3)).find(|&w| {
        let t = s.toks[w];
        let len = t.end - t.start;
        (len == 3 || len == 5) && !t.quoted && {
            let b = &s.lower.as_bytes()[t.start..t.end];
            b == b"who" || b == b"which" && s.comma(w - 1)
        }
    })?;
    let which = s.is(w, "which");
    let mut v = w + 1;
    while v < n
        && matches!(
            s.lw(v),
            "has" | "had" | "have" | "also" | "repeatedly" | "previously" | "publicly" | "once"
        )
    {
        v += 1;
    }
    let (class, form) = lexicon::cue_verb(s.lw(v))?;
    // ("Lawmakers who say Strand misled parliament have demanded ...": a plural's
    // present, the group opening the sentence)
    // (also set off: "Farmers, who say the rules will ruin them, blocked roads")
    let plural_present = form == Form::Base
        && !which
        && v == w + 1
        && (!s.comma(w - 1) && lexicon::plural_in_s(s.lw(w - 1))
            || w >= 2 && s.comma(w - 1) && lexicon::plural_in_s(s.lw(w - 2)));
    // ("Analysts who read the report said": people read, only documents'
    // words are "read"; "engineers who wrote the study said": its authors)
    if authored_document(s, v).is_some()
        || class != CueClass::Say
        || !(matches!(form, Form::Past | Form::Pres3) || plural_present)
        || s.toks[v].quoted
        || matches!(s.lw(v), "read" | "reads")
    {
        return None;
    }
    // ("who said last week that C": the time before "that" is no content)
    let past_time = skip_occasion(s, v + 1, n);
    let cs = if s.is(v + 1, "that") {
        v + 2
    } else if past_time > v + 1 && s.is(past_time, "that") {
        past_time + 1
    } else if which
        && matches!(s.lw(v), "urged" | "urges")
        && (v + 2..n.min(v + 6)).any(|k| s.is(k, "to"))
    {
        // ("according to the IMF, which has urged Velmar to phase them out")
        v + 1
    } else if which && !s.is(v, "says") {
        return None;
    } else if clause_follows(s, v, n) {
        // (also "according to the UN human rights office, which says the real
        // figure is likely to be higher")
        v + 1
    } else {
        return None;
    };
    let mut ce = (cs + 2..n)
        .find(|&m| s.comma(m) && !s.toks[m].quoted)
        .unwrap_or(n);
    // (the group's clause ends where the sentence's own verb starts: "... who say
    // Strand misled parliament | have demanded")
    if plural_present && !s.comma(w - 1) {
        ce = (cs + 2..ce)
            .find(|&k| {
                matches!(
                    s.lw(k),
                    "have" | "has" | "had" | "will" | "would" | "are" | "were" | "plan" | "want"
                ) && !s.toks[k].quoted
            })
            .unwrap_or(ce);
    }
    while ce > cs && s.punct(ce - 1) && !s.toks[ce - 1].quote_mark {
        ce -= 1;
    }
    // ("Critics who said the law was unfair lost the vote")
    if !which && !s.comma(w - 1) && !plural_present {
        ce = restrictive_content_end(s, cs, ce);
    }
    // (a quote opened and closed inside the content is part of it: "who
    // predicted she would be confirmed "with votes to spare."")
    if ce < cs + 3 || (cs..ce).filter(|&k| s.toks[k].quote_mark).count() % 2 == 1 {
        return None;
    }
    // the phrase that ends at position e (exclusive): words back to a comma, a
    // verb or the start
    let phrase = |e: usize| {
        let mut a = e;
        while a > 0
            && e - a < 7
            // ("the United Nations' food agency, which")
            && (s.toks[a - 1].word || matches!(s.lw(a - 1), "'" | "’") && a >= 2 && s.lw(a - 2).ends_with('s'))
            && !s.toks[a - 1].quoted
            && (s.toks[a - 1].cap
                || !s.toks[a - 1].word
                // ("the committee's chairman, who")
                || a < e && names::possessive(s.lw(a - 1))
                || lexicon::determiner(s.lw(a - 1))
                // ("criticism from rights groups, who said": a plural head)
                || lexicon::unnamed_head(s.lw(a - 1))
                || lexicon::head_kind(s.lw(a - 1)).is_some()
                || a < e
                    && lexicon::plural_in_s(s.lw(a - 1))
                    && (lexicon::unnamed_head(s.lw(a)) || lexicon::head_kind(s.lw(a)).is_some())
                || !lexicon::finite_verb_like(s.lw(a - 1))
                    && lexicon::cue_verb(s.lw(a - 1)).is_none()
                    && !lexicon::preposition(s.lw(a - 1)))
        {
            a -= 1;
        }
        // ("But two neighbours who said they saw it": the opening conjunction
        // is no part of the name)
        while a < e && matches!(s.lw(a), "but" | "and" | "yet" | "so" | "or") {
            a += 1;
        }
        (a < e).then_some((a, e))
    };
    let (a, e) = if s.comma(w - 1) {
        // ("Sen. Ann Lee (D-Ill.), who said": the name before its party and state)
        let (a, e) = phrase(before_party_tag(s, 0, w - 1))?;
        // ("said Sen. Tom Brace, the committee's chairman, who predicted": the
        // name the office set off describes)
        let named = (matches!(s.lw(a), "the" | "a" | "an") && a >= 2 && s.comma(a - 1))
            .then(|| phrase(a - 1))
            .flatten()
            .filter(|&(na, ne)| {
                ne > na + 1
                    && s.toks[ne - 1].cap
                    && (na..ne).all(|k| s.toks[k].cap || s.lw(k) == "." && k > na)
            });
        named.unwrap_or((a, e))
    } else {
        let (a, e) = phrase(w)?;
        // "Aras Molin, a fruit trader who": the name the appositive describes
        if matches!(s.lw(a), "a" | "an") && a >= 2 && s.comma(a - 1) {
            let (mut na, mut ne) = phrase(a - 1)?;
            // ("Aras Molin, 44, a fruit trader who")
            if ne == na + 1
                && s.lw(na).bytes().all(|b| b.is_ascii_digit())
                && na >= 2
                && s.comma(na - 1)
            {
                (na, ne) = phrase(na - 1)?;
            }
            if !(na..ne).all(|k| s.toks[k].cap) {
                return None;
            }
            (na, ne)
        } else {
            (a, e)
        }
    };
    Some((a, e, v, cs, ce))
}

/// The owner whose possessive is token o ("his", "Vinn's", "the ministry's",
/// back over a capitalized name and its "the"), down to lo.
fn owner_span(s: &Sent, lo: usize, o: usize) -> Option<(usize, usize)> {
    let w = s.lw(o);
    if matches!(w, "his" | "her" | "their" | "its") {
        return Some((o, o + 1));
    }
    if !names::possessive(w) {
        return None;
    }
    let mut a = o;
    while a > lo && s.toks[a - 1].word && (s.toks[a - 1].cap || s.is(a - 1, "the")) {
        a -= 1;
    }
    Some((a, o + 1))
}

/// The cue of a relative clause's own speaker, whose plain noun phrase starts at
/// ns ("which Kessian officials said", "who police say"): said/says/claimed/
/// alleged within a few words, the words before it a name or a noun phrase.
fn relative_speaker(s: &Sent, ns: usize, n: usize) -> Option<usize> {
    // (the speaker may be an owner's office: "which the state's attorney general
    // said he would appeal")
    let v = (ns + 1..n.min(ns + 7)).find(|&v| {
        matches!(
            s.lw(v),
            "said"
                | "say"
                | "says"
                | "claimed"
                | "claim"
                | "claims"
                | "alleged"
                // ("the cuts, which the budget office estimates will save ...")
                | "estimates"
                | "estimate"
                | "estimated"
        )
    })?;
    (ns..v)
        .all(|k| {
            s.toks[k].word
                && !s.toks[k].quoted
                && (s.toks[k].cap
                    || !lexicon::finite_verb_like(s.lw(k))
                    || names::possessive(s.lw(k))
                    || lexicon::unnamed_head(s.lw(k))
                    || lexicon::head_kind(s.lw(k)).is_some())
        })
        .then_some(v)
}

/// `The strike, which officials said killed 12 people, hit a market`: the end of
/// the head phrase (its comma), where the speaker's tokens start (they end at the
/// cue), the cue and the comma that closes the relative clause.
fn relative_saying(s: &Sent) -> Option<(usize, usize, usize, usize)> {
    let n = s.toks.len();
    // cheap test first: ", which" or ", who" near the start
    let h = (1..n.min(10)).find(|&h| s.comma(h) && matches!(s.lw(h + 1), "which" | "who"))?;
    // the head is a plain noun phrase
    if !(0..h).all(|k| {
        s.toks[k].word
            && !s.toks[k].quoted
            && (s.toks[k].cap || !lexicon::finite_verb_like(s.lw(k)) || s.lw(k).ends_with('s'))
            && lexicon::cue_verb(s.lw(k)).is_none()
    }) || !(lexicon::determiner(s.lw(0)) || s.toks[0].cap)
    {
        return None;
    }
    let ns = h + 2;
    let v = relative_speaker(s, ns, n)?;
    // the relative clause's verb phrase runs to its closing comma
    // (a quote closed inside it is part of it: 'which the ministry said was
    // "final" —')
    let c2 = (v + 2..n.min(v + 20)).find(|&k| s.comma(k) && !s.toks[k].quoted)?;
    if (v + 1..c2).filter(|&k| s.toks[k].quote_mark).count() % 2 == 1 || c2 + 2 >= n {
        return None;
    }
    Some((h, ns, v, c2))
}

/// A claim that only declines to comment: `No comment`, `We have no comment.`
fn no_comment(text: &str) -> bool {
    text.len() <= 24 && {
        let t = text
            .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
            .to_ascii_lowercase();
        matches!(
            t.as_str(),
            "no comment" | "we have no comment" | "i have no comment" | "no comment at this time"
        )
    }
}

/// Whether a sentence's (lowercase) words only report that someone gave no
/// answer: "did not (immediately) respond to a request for comment", "declined
/// to comment", "could not be reached for comment", "did not return a call
/// seeking comment" (not with a second verb: "confirmed the inquiry but
/// declined to comment").
fn no_response(words: &[&str]) -> bool {
    // ("Neither Holt nor Brisco responded to requests for comment.")
    if words.first() == Some(&"neither")
        && words
            .iter()
            .any(|w| matches!(*w, "responded" | "replied" | "returned"))
        && words.last().is_some_and(|w| w.starts_with("comment"))
    {
        return true;
    }
    // "He did not say why it had not been released.", "The ministry declined to
    // say whether talks had resumed.": what was not told
    let untold = words.windows(4).any(|w| match w {
        ["did", "not", v, q] | ["would", "not", v, q] | ["declined", "to", v, q] => {
            matches!(*v, "say" | "explain" | "specify" | "elaborate" | "indicate")
                && matches!(
                    *q,
                    "why" | "whether" | "how" | "when" | "what" | "where" | "who" | "if"
                )
        }
        _ => false,
    });
    // "She declined to answer questions about Lee's role.", "He did not give
    // his name.", "He gave no details.": nothing said
    let unsaid = words.windows(4).any(|w| match w {
        ["declined", "to", "answer", "questions"] | ["refused", "to", "answer", "questions"] => {
            true
        }
        // ("Ms. Roos did not respond to questions about whether ...", "Brekke
        // did not respond to messages", "did not return calls")
        ["not", "respond" | "reply", "to", w]
        | ["not", "return", w, _]
        | ["did" | "would", "not", "return", w] => matches!(
            *w,
            "questions" | "messages" | "emails" | "calls" | "texts" | "requests" | "inquiries"
        ),
        ["did", "not", "give", p] | ["would", "not", "give", p] => {
            matches!(*p, "his" | "her" | "their" | "a") && words.contains(&"name")
        }
        _ => false,
    }) || words.len() <= 5 && words.windows(3).any(|w| w == ["gave", "no", "details"])
        // ("She did not give details.", "He did not provide further details.")
        || words.len() <= 7
            && words.windows(3).any(|w| {
                matches!(
                    w,
                    ["not", "give" | "provide" | "offer", "details" | "further" | "more" | "any" | "figures" | "a"]
                )
            })
            && words.last().is_some_and(|w| {
                matches!(
                    *w,
                    "details" | "detail" | "figures" | "figure" | "breakdown" | "timeline" | "timetable"
                )
            })
        // ("She did not name any country.")
        || words.len() <= 8 && words.windows(3).any(|w| w == ["did", "not", "name"])
        // ("Hrad, who is now on leave, could not be reached.")
        || words.ends_with(&["not", "be", "reached"])
        // ("The government has not yet responded.", "Kessland has not replied.")
        || words.len() <= 7
            && words.last().is_some_and(|w| matches!(*w, "responded" | "replied"))
            && words.windows(2).any(|w| {
                matches!(w, ["has" | "have" | "had", "not"] | ["hasn't" | "haven't" | "hasn’t" | "haven’t", _])
            })
        // ("Lund's office did not confirm the call.")
        || words.len() <= 8
            && words
                .windows(3)
                .any(|w| matches!(w, ["did" | "would", "not", "confirm" | "deny"]));
    if (untold && words.len() <= 22 || unsaid && words.len() <= 16)
        && !words.iter().any(|w| matches!(*w, "but" | "saying"))
    {
        return true;
    }
    words.len() <= 22
        && words
            .iter()
            .any(|w| matches!(*w, "comment" | "comments" | "commented"))
        && !words
            .iter()
            .any(|w| matches!(*w, "but" | "saying" | "although" | "though" | "while"))
        && words.windows(3).any(|w| match w {
            ["declined", "to", "comment"] => true,
            // ("The company has not commented on the report.")
            ["has" | "have" | "had", "not", "commented"] => true,
            // ("Orvenia's government did not immediately comment on the
            // agreements.")
            ["did", "not", v] | ["not", "immediately", v] => {
                matches!(
                    *v,
                    "respond" | "return" | "reply" | "answer" | "available" | "comment"
                )
            }
            // ("Neither campaign responded to requests for comment.")
            ["neither", _, v] => matches!(*v, "responded" | "replied"),
            ["not", "be", "reached"] | ["be", "reached", "for"] => true,
            [_, "not", "available"] => true,
            _ => false,
        })
}

/// The sentence's words after the comma at token k, without the closing
/// punctuation: a piece set beside the content ("C, she said, about 200 million
/// more than budgeted", "C, she said, unless D"), if it holds two tokens or more.
fn rest_after(s: &Sent, k: usize, hi: usize) -> Option<(usize, usize)> {
    let mut b = hi;
    while b > k + 1 && s.punct(b - 1) {
        b -= 1;
    }
    (b > k + 2).then(|| trim_span(s.text, s.toks[k + 1].start, s.toks[b - 1].end, false))
}

/// The name of the unnamed, unresolved source of [`impersonal`] reports.
const NOBODY: &str = "unnamed";

/// The source of "It is alleged that C": nobody for a later "they" or "it" to
/// be, nobody to remember.
fn nobody(src: &SourceRef) -> bool {
    !src.resolved && src.name == NOBODY
}

/// `It is alleged that C`, `It was reported that C`, `It is understood that C`:
/// someone the article does not name asserts C (the source stays unresolved,
/// for a reviewer to see the doubt).
fn impersonal(s: &Sent, lo: usize, hi: usize, registry: &Registry) -> Option<Attr> {
    if !s.is(lo, "it") || s.toks[lo].quoted || hi < lo + 7 {
        return None;
    }
    let mut v = lo + 1;
    if !matches!(s.lw(v), "is" | "was" | "has" | "had") {
        return None;
    }
    v += 1;
    if s.is(v, "been") || s.is(v, "also") || s.is(v, "widely") {
        v += 1;
    }
    if !matches!(
        s.lw(v),
        "alleged"
            | "claimed"
            | "reported"
            | "understood"
            | "rumoured"
            | "rumored"
            | "said"
            // ("It was announced on Monday that C")
            | "announced"
            | "confirmed"
            | "revealed"
            // ("It was learned from the Ministry of Energy that C": the body
            // it was learned from)
            | "learned"
            | "learnt"
    ) {
        return None;
    }
    // ("It has been reported by the Herald that C": the one it was reported by)
    if s.is(v + 1, "by") && !matches!(s.lw(v), "learned" | "learnt") {
        let (ns, ne) = np_right(s, v + 2, hi);
        let t = skip_occasion(s, ne, hi);
        if ne <= ns || !s.is(t, "that") || s.toks[t].quoted {
            return None;
        }
        let by = names::analyze(s.text, &s.toks[ns..ne], registry, false)
            .filter(|i| matches!(i.class, NpClass::Org | NpClass::Person | NpClass::Unnamed))?;
        return clause_attr(s, t + 1, hi, v, by);
    }
    if matches!(s.lw(v), "learned" | "learnt") {
        if !s.is(v + 1, "from") {
            return None;
        }
        let t = (v + 3..hi.min(v + 12)).find(|&t| s.is(t, "that") && !s.toks[t].quoted)?;
        let from = names::analyze(s.text, &s.toks[v + 2..t], registry, false)
            .filter(|i| matches!(i.class, NpClass::Org | NpClass::Person | NpClass::Unnamed))?;
        return clause_attr(s, t + 1, hi, v, from);
    }
    let t = skip_occasion(s, v + 1, hi);
    if !s.is(t, "that") {
        return None;
    }
    let source = names::NpInfo {
        source: SourceRef {
            name: NOBODY.into(),
            kind: SourceKind::Unnamed,
            resolved: false,
            role: None,
            mention: Some(toks_mention(s, lo, v + 1)),
        },
        class: NpClass::Unnamed,
    };
    clause_attr(s, t + 1, hi, v, source)
}

/// Whether a label in quotes names a thing ("a huge mistake", "the worst deal
/// in years") rather than being a bare judgment ("ridiculous", "cruel and
/// unworkable"): a claim of its own beside a verb of saying.
fn names_a_thing(label: &str) -> bool {
    let mut words = label.split_whitespace();
    let first = words.next().unwrap_or("");
    let n = 1 + words.count();
    n >= 4 || n >= 2 && matches!(first.to_ascii_lowercase().as_str(), "a" | "an" | "the")
}

/// A text read with single marks as double ones, given back with its own marks.
fn single_marks_back(s: &mut String) {
    if s.contains(['"', '“', '”']) {
        *s = s.replace('"', "'").replace('“', "‘").replace('”', "’");
    }
}

/// A noun naming whose view something is ("In Tamm's view", "in the
/// minister's telling", "C, in Holt's estimation").
fn view_word(w: &str) -> bool {
    matches!(
        w,
        "view"
            | "telling"
            | "words"
            | "estimation"
            | "opinion"
            | "assessment"
            | "judgment"
            | "judgement"
            | "eyes"
    )
}

/// Where a that-clause that is part of the sentence's subject ends (`that 40
/// rebels were killed | could not be verified`): the first finite auxiliary
/// after the clause's own verb group, none of it quoted or set off by commas.
fn subject_clause_end(s: &Sent, c0: usize, hi: usize) -> Option<usize> {
    let finite = |w: &str| {
        matches!(
            w,
            "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "could"
                | "would"
                | "can"
                | "will"
                | "may"
                | "might"
                | "must"
                | "should"
                | "does"
                | "did"
                | "do"
        )
    };
    let v = (c0 + 1..hi).find(|&x| {
        let w = s.lw(x);
        // (a plural noun ends in -s too: "that 40 rebels were killed")
        finite(w) || !s.toks[x].cap && !w.ends_with('s') && lexicon::finite_verb_like(w)
    })?;
    // past the clause's verb group ("had shelled", "were killed", "would be"; a
    // plain past is a group of its own: "that crime fell | was false")
    let mut x = v + 1;
    if finite(s.lw(v)) {
        while x < hi && (finite(s.lw(x)) || lexicon::aux_or_adverb(s.lw(x))) {
            x += 1;
        }
        x += 1;
    }
    // (or a verb that only a claim's subject takes: "that the dam could fail |
    // went unheeded", "that 40 workers were fired | drew criticism")
    let m = (x..hi).find(|&y| finite(s.lw(y)) || lexicon::claim_predicate(s.lw(y)))?;
    ((c0..m).all(|y| !s.comma(y) && !s.toks[y].quoted && !s.is(y, "that"))
        && (m + 1..hi).any(|y| s.toks[y].word))
    .then_some(m)
}

/// The cue of a relative clause of saying after "who" at token w ("who say
/// it favours", "who has said that"): the cue's token and where its clause
/// starts.
fn who_cue(s: &Sent, w: usize, hi: usize) -> Option<(usize, usize)> {
    let mut v = w + 1;
    if matches!(s.lw(v), "have" | "has" | "had") {
        v += 1;
    }
    if v + 3 >= hi || s.toks[v].quoted {
        return None;
    }
    let says = matches!(
        s.lw(v),
        "say"
            | "says"
            | "said"
            | "argue"
            | "argues"
            | "argued"
            | "claim"
            | "claims"
            | "claimed"
            | "contend"
            | "contends"
            | "insist"
            | "insists"
            | "warn"
            | "warns"
            | "warned"
            | "believe"
            | "believes"
            | "fear"
            | "fears"
    );
    // (a clause: "that", a subject pronoun, or words with a verb)
    let clause = s.is(v + 1, "that")
        || matches!(s.lw(v + 1), "it" | "he" | "she" | "they" | "we")
        || clause_follows(s, v, hi);
    (says && clause).then(|| (v, if s.is(v + 1, "that") { v + 2 } else { v + 1 }))
}

/// `wrote the report`, `writes a weekly column`: "write" with a document for
/// its object (the document's token), an author's work rather than words.
fn authored_document(s: &Sent, v: usize) -> Option<usize> {
    if !matches!(s.lw(v), "wrote" | "writes" | "write")
        || !matches!(
            s.lw(v + 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
    {
        return None;
    }
    if lexicon::document_word(s.lw(v + 2)) {
        Some(v + 2)
    } else {
        (v + 3 < s.toks.len() && !s.toks[v + 2].cap && lexicon::document_word(s.lw(v + 3)))
            .then_some(v + 3)
    }
}

/// Where the noun phrase before "who" at token w starts (back to a
/// determiner, a preposition or a verb; past the comma of a clause set off).
fn who_antecedent(s: &Sent, lo: usize, w: usize) -> Option<usize> {
    let e = if s.comma(w - 1) { w - 1 } else { w };
    let mut a = e;
    while a > lo && e - a < 6 && s.toks[a - 1].word && !s.toks[a - 1].quoted {
        let x = s.lw(a - 1);
        if lexicon::np_boundary(x)
            || lexicon::preposition(x)
            || matches!(x, "against" | "among" | "of" | "for" | "about" | "with")
            || !s.toks[a - 1].cap && lexicon::finite_verb_like(x) && !x.ends_with('s')
            // ("contradicting residents who said")
            || !s.toks[a - 1].cap && x.len() > 4 && x.ends_with("ing")
        {
            break;
        }
        a -= 1;
        if lexicon::determiner(x) {
            break;
        }
    }
    (a < e).then_some(a)
}

/// `overriding objections from shop owners who say it will drive away
/// customers`: the main clause, then the antecedent with its relative clause
/// of saying to the sentence's end (the token of "who", the antecedent's
/// first token).
fn relative_saying_split(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    let w = (2..n.saturating_sub(4)).find(|&w| s.is(w, "who") && !s.toks[w].quoted)?;
    if s.comma(w - 1) {
        return None;
    }
    let (_, c0) = who_cue(s, w, n)?;
    let a = who_antecedent(s, 0, w)?;
    // ("the dam had not failed, contradicting residents who said ...": the
    // participle that sets the two side by side belongs to neither)
    let m = if a >= 3 && s.comma(a - 2) && s.lw(a - 1).ends_with("ing") {
        a - 2
    } else {
        w
    };
    // (not an appositive's: "said Aras Molin, 44, a fruit trader who said")
    (a > 1 && !s.comma(a - 1) && !(c0..n).any(|x| s.comma(x) || s.toks[x].quote_mark))
        .then_some((m, a))
}

/// "Velmar urged restraint after a strike on a depot, which Kessian officials
/// said killed six workers.": a relative clause closing the sentence whose own
/// speaker tells what the head did; (m, b): its comma and where its speaker
/// starts (the clause reads as "Kessian officials said killed six workers").
/// Mid-sentence, with a comma after it, it is [`relative_saying`]'s.
fn relative_saying_end(s: &Sent) -> Option<(usize, usize)> {
    let bytes = &s.lower.as_bytes()[s.start..s.end];
    finder!(b", which ")
        .find(bytes)
        .or_else(|| finder!(b", who ").find(bytes))?;
    let n = s.toks.len();
    let m = (3..n.saturating_sub(5))
        .find(|&m| s.comma(m) && matches!(s.lw(m + 1), "which" | "who") && !s.toks[m + 1].quoted)?;
    let ns = m + 2;
    reported_to_end(s, ns).then_some((m, ns))
}

/// Whether a relative clause's speaker starting at token `ns` reports with
/// its cue ([`relative_speaker`]) and the clause's verb straight after it
/// ("killed", "was armed", "will saddle"), then a few words to the sentence's
/// end with no comma or quote; not a pronoun, the sentence's own speaker
/// ("..., which he said had risen 11 percent" goes on with what he said).
fn reported_to_end(s: &Sent, ns: usize) -> bool {
    let n = s.toks.len();
    if lexicon::pronoun(s.lw(ns)) {
        return false;
    }
    let Some(v) = relative_speaker(s, ns, n).filter(|&v| v + 1 < n) else {
        return false;
    };
    let w = s.lw(v + 1);
    let verb = s.toks[v + 1].word
        && !s.toks[v + 1].cap
        && (lexicon::auxiliary(w)
            || matches!(w, "had" | "has" | "was" | "were" | "is" | "are")
            || w.len() > 4 && w.ends_with("ed"));
    verb && v + 3 < n && !(v + 1..n).any(|k| s.comma(k) || s.toks[k].quoted || s.toks[k].quote_mark)
}

/// "Ron Ashby, a Democrat who has long argued that taxes are too high, told
/// reporters that C": a relative clause set off between the speaker and the
/// cue, reporting with a verb of its own and "that" (the content of that
/// report, up to the aside's closing comma, or its quote closing on it).
fn aside_report(s: &Sent, lo: usize, hi: usize, f: &Attr) -> Option<(usize, usize)> {
    let said_end = f.source.source.mention.as_ref()?.end;
    let m = (lo + 6..hi).find(|&m| s.toks[m].start == f.cue.start)?;
    // the aside's closing comma (inside a closing quote: ', "unrealistic," said')
    let close = if s.comma(m - 1) && !s.toks[m - 1].quoted {
        m - 1
    } else if s.toks[m - 1].quote_mark && s.is(m - 2, ",") {
        m - 2
    } else {
        return None;
    };
    // its opening comma, straight after the speaker's name
    let k = (lo + 1..close)
        .find(|&k| s.toks[k].start >= said_end)
        .filter(|&k| s.comma(k) && !s.toks[k].quoted && s.toks[k].start - said_end <= 1)?;
    let w = (k + 1..close.min(k + 9))
        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
        .find(|&x| s.is(x, "who"))?;
    if w > k + 1 && !matches!(s.lw(k + 1), "a" | "an" | "the") {
        return None;
    }
    // "who has long maintained that", "who said last week that"
    let v = (w + 1..close.min(w + 5))
        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
        .find(|&x| lexicon::cue_verb(s.lw(x)).is_some_and(|(_, f)| f != Form::Ing))?;
    // (a time or a listener between, not an object: "who has denied
    // accusations that C" denies no C of its own)
    let t = (v + 1..close.min(v + 5))
        .take_while(|&x| {
            let w = s.lw(x);
            w == "that"
                || s.toks[x].word
                    && !s.toks[x].quoted
                    && (lexicon::time_word(w)
                        || lexicon::weekday(w)
                        || matches!(
                            w,
                            "last"
                                | "week"
                                | "month"
                                | "year"
                                | "repeatedly"
                                | "publicly"
                                | "reporters"
                                | "him"
                                | "her"
                                | "them"
                                | "us"
                        ))
        })
        .find(|&x| s.is(x, "that"))?;
    let e = if close + 2 == m { m - 1 } else { close - 1 };
    ((t + 1..=e).filter(|&x| s.toks[x].word).count() >= 3)
        .then(|| (s.toks[t + 1].start, s.toks[e].end))
}

/// Whether the verb at token i insists on a thing ("insisted on anonymity"),
/// not on a day ("insisted on Monday that C").
fn insisted_on_a_thing(s: &Sent, i: usize, w: &str) -> bool {
    let day = lexicon::weekday(s.lw(i + 2)) || lexicon::month(s.lw(i + 2));
    matches!(w, "insisted" | "insists" | "insist" | "insisting")
        && matches!(s.lw(i + 1), "on" | "upon")
        && !day
}

/// "Harlan vowed to restore order, repeating his assertion that crime had
/// doubled": the speaker's own claim named after the content, told again (its
/// byte range, the clause after "that" to the sentence's end).
fn repeated_claim(s: &Sent, hi: usize, f: &Attr) -> Option<(usize, usize)> {
    let end = f.pieces.last()?.1;
    let k = (0..hi.saturating_sub(5)).find(|&k| s.toks[k].start >= end)?;
    // (the content may stop on its comma or just before it)
    let k = if s.comma(k) {
        k
    } else {
        k.checked_sub(1).filter(|&k| s.comma(k))?
    };
    let ok = !s.toks[k].quoted
        && matches!(
            s.lw(k + 1),
            "repeating" | "reiterating" | "renewing" | "restating" | "repeated" | "reiterated"
        )
        && matches!(s.lw(k + 2), "his" | "her" | "their" | "its")
        && matches!(
            s.lw(k + 3),
            "claim"
                | "claims"
                | "assertion"
                | "argument"
                | "charge"
                | "contention"
                | "accusation"
                | "allegation"
                | "warning"
                | "view"
                | "belief"
                | "insistence"
        )
        && s.is(k + 4, "that");
    if !ok {
        return None;
    }
    let mut e = hi;
    while e > k + 5 && !s.toks[e - 1].word && !s.toks[e - 1].quote_mark {
        e -= 1;
    }
    ((k + 5..e).filter(|&x| s.toks[x].word).count() >= 3)
        .then(|| (s.toks[k + 5].start, s.toks[e - 1].end))
}

/// "The campaign has spent 4 million dollars, according to figures from
/// Mediatrak, most of it on attack ads": a report set off between a clause of
/// its own and the content read after it; that clause is the source's first
/// claim (its byte range; the content after is the attribution's own).
fn according_between(s: &Sent, lo: usize, f: &Attr) -> Option<(usize, usize)> {
    let m = (lo + 4..s.toks.len().min(lo + 60)).find(|&m| s.toks[m].start == f.cue.start)?;
    if !(s.is(m, "according") && s.is(m + 1, "to") && s.comma(m - 1) && !s.toks[m - 1].quoted) {
        return None;
    }
    if f.pieces.first().is_none_or(|p| p.0 < s.toks[m].end) {
        return None;
    }
    // a clause with its own verb, reporting nothing itself
    let words = s.toks[lo..m - 1].iter().filter(|t| t.word).count();
    let verb = (lo + 1..m - 1).any(|x| {
        let w = s.lw(x);
        s.toks[x].word
            && !s.toks[x].cap
            && !s.is(x - 1, "to")
            && (lexicon::clause_verb(w) || lexicon::finite_verb_like(w) && !w.ends_with('s'))
    });
    let plain = (lo..m - 1).all(|x| {
        !s.toks[x].quoted
            && !s.toks[x].quote_mark
            && !s.is(x, ":")
            && (s.flags[x] & lexicon::F_CUE_START == 0 || lexicon::cue_verb(s.lw(x)).is_none())
    });
    (words >= 4
        && verb
        && plain
        && !matches!(
            s.lw(lo),
            "when"
                | "if"
                | "although"
                | "though"
                | "while"
                | "after"
                | "before"
                | "because"
                | "as"
                | "since"
                | "once"
                | "unless"
                | "whether"
        ))
    .then(|| (s.toks[lo].start, s.toks[m - 2].end))
}

/// "figures the transit authority released last week": numbers or a document
/// (tokens ns..ne) and their maker in a clause without "that" (from ne):
/// (the maker's verb, the token closing the phrase: a comma, the sentence's
/// end or its last token).
fn made_by(s: &Sent, ns: usize, ne: usize, hi: usize) -> Option<(usize, usize, usize)> {
    // (the phrase read to its end may run on over the maker: its article)
    let ne = (ns + 1..=ne.min(hi - 1))
        .find(|&d| matches!(s.lw(d), "the" | "a" | "an"))
        .unwrap_or(ne);
    if !(ne > ns
        && (lexicon::document_word(s.lw(ne - 1))
            || matches!(s.lw(ne - 1), "figures" | "data" | "statistics" | "numbers"))
        && matches!(s.lw(ne), "the" | "a" | "an"))
    {
        return None;
    }
    let p = (ne + 2..hi.min(ne + 7))
        .take_while(|&x| s.toks[x].word && !s.toks[x].quoted)
        .find(|&x| {
            matches!(
                s.lw(x),
                "released" | "published" | "issued" | "compiled" | "provided"
            )
        })?;
    let close = (p + 1..hi.min(p + 8))
        .find(|&x| s.comma(x) || s.end_punct(x))
        .unwrap_or(hi);
    (p + 1..close)
        .all(|x| release_time_word(s.lw(x)))
        .then_some((ne, p, close))
}

/// A word of the time a document came out ("released on Friday", "published
/// last week", "issued in May").
fn release_time_word(w: &str) -> bool {
    lexicon::weekday(w)
        || lexicon::month(w)
        || lexicon::time_word(w)
        || matches!(w, "on" | "in" | "last" | "this")
}

/// "The council approved a project that opponents say will saddle the city
/// with debt.": a relative clause without a comma closing the sentence, whose
/// own speaker tells what the head will do, in a sentence with no other
/// report; (m, b): its "that" and where its speaker starts (as
/// [`relative_saying_end`] reads ", which X said ...").
fn relative_saying_that(s: &Sent) -> Option<(usize, usize)> {
    let bytes = &s.lower.as_bytes()[s.start..s.end];
    finder!(b" that ")
        .find(bytes)
        .or_else(|| finder!(b" which ").find(bytes))?;
    let n = s.toks.len();
    let t = (3..n.saturating_sub(5)).find(|&t| {
        matches!(s.lw(t), "that" | "which")
            && !s.toks[t].quoted
            && s.toks[t - 1].word
            && !s.toks[t - 1].cap
            && !s.toks[t - 1].quoted
            && lexicon::cue_verb(s.lw(t - 1)).is_none()
            && !lexicon::finite_verb_like(s.lw(t - 1))
            && !lexicon::say_base(s.lw(t - 1))
    })?;
    // (no report of its own before: "Lind said the plan that critics say ...")
    if (0..t).any(|k| {
        s.toks[k].quote_mark
            || s.flags[k] & lexicon::F_CUE_START != 0 && lexicon::cue_verb(s.lw(k)).is_some()
    }) {
        return None;
    }
    let ns = t + 1;
    reported_to_end(s, ns).then_some((t, ns))
}

/// "The council approved the plan, ending a fight by residents who say the
/// roads cannot cope.": a plural's relative clause reporting with its own cue
/// and a clause to the sentence's end, in a sentence with no other report;
/// (m, b): its "who", and the plural that speaks (the parts overlap on it).
fn who_say_end(s: &Sent) -> Option<(usize, usize)> {
    let bytes = &s.lower.as_bytes()[s.start..s.end];
    finder!(b" who ").find(bytes)?;
    let n = s.toks.len();
    let t = (4..n.saturating_sub(4)).find(|&t| s.is(t, "who") && !s.toks[t].quoted)?;
    // (the speakers: a plain plural right before, "residents", "critics")
    let a = t - 1;
    let head = s.lw(a);
    if !(s.toks[a].word
        && !s.toks[a].cap
        && !s.toks[a].quoted
        && (lexicon::unnamed_head(head) || lexicon::plural_in_s(head)))
    {
        return None;
    }
    let v = t + 1;
    let says = lexicon::cue_verb(s.lw(v))
        .is_some_and(|(c, f)| c == CueClass::Say && matches!(f, Form::Base | Form::Past))
        && !s.toks[v].quoted;
    if !says || !(s.is(v + 1, "that") || clause_follows(s, v, n)) {
        return None;
    }
    // (no report of its own before, nor a comma or quote after)
    if (0..t).any(|k| {
        s.toks[k].quote_mark
            || s.flags[k] & lexicon::F_CUE_START != 0 && lexicon::cue_verb(s.lw(k)).is_some()
    }) || (v..n).any(|k| s.comma(k) || s.toks[k].quoted || s.toks[k].quote_mark)
    {
        return None;
    }
    Some((t, a))
}

/// The attribution of a view or a telling set off after its content's first
/// part (which ends at token m, a comma or a quote closing on one) and ending
/// before token a: "C, in Holt's view." (one piece), "The tax, in Holt's
/// telling, would hurt farmers" (two pieces, the second after the comma at a).
fn set_off_attr(
    s: &Sent,
    lo: usize,
    hi: usize,
    m: usize,
    a: usize,
    cue: Mention,
    source: NpInfo,
) -> Option<Attr> {
    // (a quote's closing mark goes with the content)
    let cend = if s.toks[m].quote_mark { m + 1 } else { m };
    let e = content_end(s, a, hi);
    let trim = |x: usize, y: usize| trim_span(s.text, s.toks[x].start, s.toks[y - 1].end, false);
    let words = |x: usize, y: usize| (x..y).filter(|&k| s.toks[k].word).count();
    let pieces = if a >= e {
        // "C, in Holt's view.", "C, as one diplomat put it."
        if words(lo, cend) < 3 {
            return None;
        }
        vec![trim(lo, cend)]
    } else if s.comma(a) && words(a + 1, e) >= 2 && words(lo, cend) >= 1 {
        // "The tax, in Holt's telling, would hurt farmers"
        vec![trim(lo, cend), trim(a + 1, e)]
    } else {
        return None;
    };
    let quote = reported_kind(&s.toks[lo..e]);
    Some(Attr::plain(pieces, quote, cue, source, (lo, e)))
}

/// Token e pulled back over the sentence's closing punctuation (a closing
/// quote mark stays with the content), not before token `from`.
fn content_end(s: &Sent, from: usize, mut e: usize) -> usize {
    while e > from && s.punct(e - 1) && !s.toks[e - 1].quote_mark {
        e -= 1;
    }
    e
}

/// The quote kind of reported words (tokens): mixed when some are quoted.
fn reported_kind(toks: &[Tok]) -> QuoteKind {
    if toks.iter().any(|t| t.quoted) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// A quote standing alone (a sentence of quotation, or a paragraph going on
/// with one) given to the speaker in view, with no cue of its own.
fn quote_claim(text: &str, span: (usize, usize), src: SourceRef, via: Vec<SourceRef>) -> Claim {
    make_claim(
        text,
        &[span],
        QuoteKind::Direct,
        None,
        src,
        via,
        check_worthiness(text, &[span], true),
    )
}

/// A vote's count, "5-4", "51-49".
fn vote_count(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// The attribution to `source`, by the one-token noun cue at k (`accusations by X
/// that C`, `Vinn's claim that C`), of the clause from token c0 to the next comma
/// or the end (hi): three words at least.
fn clause_attr(s: &Sent, c0: usize, hi: usize, k: usize, source: NpInfo) -> Option<Attr> {
    // (the clause runs over a name set off by commas: "that the outgoing prime
    // minister, Erik Lund, had conceded defeat")
    let mut from = c0 + 1;
    let mut e = loop {
        let Some(x) = (from..hi).find(|&x| s.comma(x)) else {
            break hi;
        };
        let y = (x + 2..hi.min(x + 6)).find(|&y| s.comma(y));
        match y {
            Some(y) if (x + 1..y).all(|z| s.toks[z].word && s.toks[z].cap && !s.toks[z].quoted) => {
                from = y + 1;
            }
            _ => break x,
        }
    };
    e = content_end(s, c0, e);
    if (c0..e).filter(|&x| s.toks[x].word).count() < 3 {
        return None;
    }
    let (a, b) = trim_span(s.text, s.toks[c0].start, s.toks[e - 1].end, false);
    if b <= a {
        return None;
    }
    let quote = reported_kind(&s.toks[c0..e]);
    Some(Attr::plain(
        vec![(a, b)],
        quote,
        toks_mention(s, k, k + 1),
        source,
        (c0, e),
    ))
}

/// `Velmar weighs fuel tax cut - sources`, `EXCLUSIVE-Velmar weighs cut
/// -sources`: a wire headline whose unnamed sources follow a dash.
fn headline_dash_sources(text: &str, para: &segment::Paragraph) -> Option<Claim> {
    let line = &text[para.start..para.end];
    let trimmed = line.trim_end();
    // ("Velmar weighs tax cut - sources", "Taxes will rise - finance
    // minister", "... — health ministry": after the last dash, a space before
    // it, up to three plain words ending in a head word)
    let dash = trimmed.rfind(['-', '–', '—'])?;
    if !trimmed[..dash].ends_with(' ') {
        return None;
    }
    let dash_len = trimmed[dash..].chars().next()?.len_utf8();
    let tail = trimmed[dash + dash_len..].trim_start();
    let words: Vec<&str> = tail.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || !words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        return None;
    }
    let kind = match words[words.len() - 1].to_ascii_lowercase().as_str() {
        "sources" | "source" | "officials" | "diplomats" | "report" | "document" | "memo"
        | "analysts" | "witnesses" => SourceKind::Unnamed,
        "minister" | "president" | "spokesman" | "spokeswoman" | "spokesperson" | "pm"
        | "governor" | "mayor" | "envoy" => SourceKind::Official,
        "ministry" | "government" | "police" | "army" | "military" => SourceKind::Government,
        _ => return None,
    };
    let before = trimmed[..dash].trim_end();
    if before.len() < 10 {
        return None;
    }
    // ("EXCLUSIVE-", "UPDATE 2-": a wire slug before the headline)
    let mut start = 0;
    if let Some(d) = before.find('-').filter(|&d| {
        let slug = &before[..d];
        !slug.is_empty()
            && slug.len() <= 12
            && slug
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b' ' || b.is_ascii_digit())
    }) {
        start = d + 1;
    } else if let Some((label, _)) = before.split_once(": ").filter(|(l, _)| section_label(l)) {
        // ("Exclusive: Kessland plans to cut aid - sources": a section's label)
        start = label.len() + 1;
    }
    let (a, b) = trim_span(text, para.start + start, para.start + before.len(), true);
    if b <= a || !text[a..b].contains(' ') {
        return None;
    }
    let tail_at = para.start + trimmed.len() - tail.len();
    let name = &text[tail_at..para.start + trimmed.len()];
    let dash_at = para.start + dash;
    Some(make_claim(
        text,
        &[(a, b)],
        QuoteKind::Indirect,
        Some(Mention {
            text: trimmed[dash..dash + dash_len].to_string(),
            start: dash_at,
            end: dash_at + dash_len,
        }),
        SourceRef {
            name: name.to_string(),
            kind,
            resolved: false,
            role: (kind == SourceKind::Official).then(|| name.to_string()),
            mention: Some(Mention {
                text: name.to_string(),
                start: tail_at,
                end: para.start + trimmed.len(),
            }),
        },
        vec![],
        check_worthiness(text, &[(a, b)], true),
    ))
}

/// The present-tense verbs of saying a headline is written with ("says",
/// "warns", "denies"...; not "recalls" a product or "concedes" a race).
fn headline_verb(w: &str) -> bool {
    matches!(
        w,
        "says"
            // (a plural's: "Police say 12 arrested", "Officials warn of ...")
            | "say"
            | "warn"
            | "claim"
            | "allege"
            | "warns"
            | "denies"
            | "claims"
            | "insists"
            | "vows"
            | "accuses"
            | "blames"
            | "urges"
            | "confirms"
            | "reports"
            | "admits"
            | "argues"
            | "pledges"
            | "promises"
            | "predicts"
            | "threatens"
            | "tells"
            | "calls"
            | "alleges"
            | "estimates"
    )
}

/// A headline's speaker named as the body names them: "Renzi" is "Adrian
/// Renzi" there; "Velmar", never given a first name, is the country's
/// government; "Defence chief" is unsure until the body names them.
fn headline_speaker(mut info: names::NpInfo, body: &str) -> Option<SourceRef> {
    // (a two-letter speaker is no name, but "PM says C" is the prime minister)
    if info.source.name.len() < 3 && info.source.name != "PM" {
        return None;
    }
    match info.class {
        NpClass::Person if !info.source.name.contains(' ') => {
            let lower = info.source.name.to_ascii_lowercase();
            match fuller_name_in(body, &info.source.name) {
                Some(full) => info.source.name = full,
                None if info.source.role.is_none()
                    && !lower.contains('-')
                    && !lexicon::title_word(&lower) =>
                {
                    info.source.kind = SourceKind::Government
                }
                None => {}
            }
            info.source.resolved = true;
        }
        // ("'We will not back down', says PM" over "The prime minister, Alan
        // Reeve, has said")
        NpClass::RoleOnly => match name_after_role(body, &info.source.name).or_else(|| {
            (info.source.name == "PM")
                .then(|| name_after_role(body, "prime minister"))
                .flatten()
        }) {
            Some(name) => {
                info.source.role = Some(info.source.name.clone());
                info.source.name = name;
                info.source.kind = SourceKind::Official;
                info.source.resolved = true;
            }
            None => info.source.resolved = false,
        },
        NpClass::Person | NpClass::Org | NpClass::OrgShort => info.source.resolved = true,
        NpClass::Pronoun | NpClass::Unnamed => return None,
    }
    Some(info.source)
}

/// The comma of the speaker's ", adding" between `from` and `to`, before any
/// quote mark or the sentence's end ("..., driven by fuel, adding that D").
fn adding_after(s: &Sent, from: usize, to: usize) -> Option<usize> {
    (from..to)
        .take_while(|&x| !s.toks[x].quote_mark && !s.end_punct(x))
        .find(|&x| s.comma(x) && s.is(x + 1, "adding"))
}

/// The relay of a document named with "the" ("the statement said", "according
/// to the minutes"), as [`Memory::document_relay`] remembers it for the
/// phrase's last word; None for any other phrase.
fn definite_document_relay(src: &SourceRef, memory: &Memory, para: usize) -> Option<SourceRef> {
    let the = src.mention.as_ref().is_some_and(|m| {
        m.text
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case("the "))
    });
    if !the {
        return None;
    }
    let word = src.name.to_ascii_lowercase();
    let word = word.rsplit(' ').next().unwrap_or("");
    memory.document_relay(word, para).cloned()
}

/// `issued a statement saying`, `a statement on Monday saying`: token i is a
/// "saying" right after a document (lowercase) and perhaps its day.
/// "Harmon opened his closing statement by claiming that C": the verb of saying
/// after "by" tells the subject's words, how it opened (not "responded by
/// saying", whose verb is the cue).
fn by_saying(s: &Sent, lo: usize, i: usize) -> bool {
    i > lo + 3
        && s.is(i - 1, "by")
        && s.is(i + 1, "that")
        && lexicon::progressive_past(s.lw(i)).is_some()
        && lexicon::cue_verb(s.lw(i - 2)).is_none()
}

fn doc_saying(s: &Sent, i: usize) -> bool {
    // (also "sent a letter urging X to C")
    let d = if i >= 3 && s.is(i - 2, "on") && lexicon::weekday(s.lw(i - 1)) {
        i - 3
    } else {
        i.saturating_sub(1)
    };
    if d > 0 && lexicon::document_word(s.lw(d)) && !s.toks[d].cap {
        return true;
    }
    // ("sent a letter to the minister saying C": the letter's addressee
    // between)
    (i.saturating_sub(7)..i.saturating_sub(2))
        .rev()
        .find(|&k| s.is(k, "to"))
        .is_some_and(|k| {
            k > 0
                && lexicon::document_word(s.lw(k - 1))
                && !s.toks[k - 1].cap
                && (k + 1..i).all(|x| s.toks[x].word && !s.toks[x].quoted)
        })
}

/// A headline's quote beside its colon (`Speaker: "Q"`, `"Q": Speaker on
/// topic`), bytes a..b, given to the speaker.
fn colon_claim(text: &str, (a, b): (usize, usize), colon: Tok, source: SourceRef) -> Claim {
    make_claim(
        text,
        &[(a, b)],
        QuoteKind::Direct,
        Some(Mention {
            text: ":".into(),
            start: colon.start,
            end: colon.end,
        }),
        source,
        vec![],
        0.6,
    )
}

/// "that account", "this view on Tuesday", "those claims": a demonstrative
/// and a noun for what was said, pointing back, with no clause of its own (a
/// word or two of time or place may follow up to the comma or the end): the
/// index after it, at the comma or the end.
fn pointing_object(s: &Sent, k: usize, hi: usize) -> Option<usize> {
    if !matches!(s.lw(k), "that" | "this" | "these" | "those") || k + 1 >= hi {
        return None;
    }
    let noun = s.lw(k + 1);
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    if s.toks[k + 1].quoted
        || !(lexicon::disputed_noun(singular)
            || matches!(
                singular,
                "report" | "description" | "suggestion" | "notion" | "idea"
            ))
    {
        return None;
    }
    let lim = hi.min(k + 7);
    let e = (k + 2..lim).find(|&m| s.punct(m)).unwrap_or(lim);
    let adjunct = (k + 2..e).all(|m| {
        let w = s.lw(m);
        let verb = lexicon::auxiliary(w)
            || lexicon::finite_verb_like(w)
            || w.len() > 4 && w.ends_with("ed");
        s.toks[m].word && !s.toks[m].quoted && !verb && w != "of"
    });
    (adjunct && (e == hi || s.comma(e) || s.end_punct(e))).then_some(e)
}

/// `, ruling that`, `, warning that`: a participle cue after a comma, whose
/// speaker is the clause's subject.
fn participle_cue(s: &Sent, c: &Cue) -> bool {
    s.comma_before(c.i)
        && s.lw(c.i).ends_with("ing")
        && (s.is(c.i + 1, "that")
            || c.class == CueClass::Object
            // (", writing in a post on his platform that")
            || c.j >= c.i + 2 && s.is(c.j, "that")
            // (", alleging she was fired": a clause without "that")
            || c.j == c.i + 1
                && matches!(
                    s.lw(c.i),
                    "alleging"
                        | "claiming"
                        | "arguing"
                        | "insisting"
                        | "contending"
                        | "suggesting"
                ))
}

/// The credit line under a post embedded in the text ("— Ann Holt
/// (@AnnHoltVel) May 3, 2026"): the poster's name, as byte offsets in the line.
fn post_credit(line: &str) -> Option<(usize, usize)> {
    let dash = ["— ", "– ", "- ", "-- "]
        .iter()
        .find(|d| line.starts_with(**d))?;
    let ns = dash.len();
    let open = line[ns..].find(" (@")? + ns;
    let close = line[open..].find(')')? + open;
    let name = &line[ns..open];
    (!name.is_empty()
        && name.len() <= 60
        && name.starts_with(|c: char| c.is_uppercase())
        && !line[open + 3..close].contains(char::is_whitespace))
    .then_some((ns, open))
}

/// The words of an embedded post without its trailing links ("The mayor must
/// go. pic.twitter.com/x"), as byte offsets in the paragraph.
fn post_words(body: &str) -> Option<(usize, usize)> {
    let mut b = body.trim_end().len();
    for link in ["pic.twitter.com/", "https://", "http://"] {
        if let Some(k) = body[..b].rfind(link) {
            if !body[k..b].trim_end().contains(char::is_whitespace) {
                b = body[..k].trim_end().len();
            }
        }
    }
    let a = body.len() - body.trim_start().len();
    (b > a + 3).then_some((a, b))
}

/// `"The bill will pass." — Karel Vinn` (and `, senator from Lask`): the quote's
/// byte span without its marks and the name's tokens.
fn dash_credit(s: &Sent) -> Option<(usize, usize, usize, usize)> {
    let n = s.toks.len();
    // ('CLAIM: "..." - President Anton Kallis, speech in Orvik': a fact check's
    // label before the quote)
    // (any rubric in capitals: 'QUOTE OF THE DAY: "..." — Speaker Dana Kirk')
    let q0 = (1..n.min(6))
        .find(|&k| {
            n > k + 5
                && s.is(k, ":")
                && s.toks[k + 1].quote_mark
                && (0..k).all(|x| s.toks[x].word && s.toks[x].cap && !s.toks[x].quoted)
        })
        .map_or(0, |k| k + 1);
    if n < 4 || !s.toks[q0].quote_mark {
        return None;
    }
    let close = (q0 + 1..n).find(|&k| s.toks[k].quote_mark)?;
    let d = close + 1;
    if d + 1 >= n || !matches!(s.lw(d), "—" | "–" | "--" | "-") {
        return None;
    }
    // ("--" may be two hyphens)
    let ns = if s.is(d, "-") && s.is(d + 1, "-") {
        d + 2
    } else {
        d + 1
    };
    let mut ne = ns;
    while ne < n && s.toks[ne].word && !s.toks[ne].quoted && (s.toks[ne].cap || s.is(ne, "of")) {
        ne += 1;
    }
    // the name runs to the end, or to a comma before a description
    let ends = ne == n || s.comma(ne) || s.rest_is_punct(ne);
    if ne == ns || ne - ns > 6 || !ends || !s.toks[ne - 1].cap {
        return None;
    }
    let (qs, qe) = strip_quotes(s.text, s.toks[q0].start, s.toks[close].end);
    (qe > qs).then_some((qs, qe, ns, ne))
}

/// '"Retraining for what?" she asked.' / '..., asked Holm.': the asker's tokens.
fn asked_after_quote(s: &Sent) -> Option<(usize, usize)> {
    let n = s.toks.len();
    if n < 4 || !s.toks[0].quote_mark {
        return None;
    }
    let q = (1..n).find(|&k| s.toks[k].quote_mark)?;
    if !s.is(q - 1, "?") {
        return None;
    }
    let mut e = n;
    while e > q + 1 && s.punct(e - 1) {
        e -= 1;
    }
    let asked = |k: usize| matches!(s.lw(k), "asked" | "asks" | "wondered" | "wonders");
    // ('"What has she done?" Dorne asked, to cheers.': how it was met, after
    // the comma)
    let c = (q + 2..e).find(|&k| s.comma(k) && !s.toks[k].quoted);
    let (a, b) = if e > q + 2 && asked(e - 1) {
        (q + 1, e - 1)
    } else if let Some(c) = c.filter(|&c| c > q + 2 && asked(c - 1)) {
        (q + 1, c - 1)
    } else if e > q + 2 && asked(q + 1) {
        // ('"Why now?" asked Rasa Ulm, who runs a trucking company': the name
        // before its aside)
        let e = (q + 3..e).find(|&k| s.comma(k)).unwrap_or(e);
        (q + 2, e)
    } else {
        return None;
    };
    (b - a <= 6 && (a..b).all(|k| s.toks[k].word || s.lw(k) == ".")).then_some((a, b))
}

fn is_quote_only(s: &Sent) -> bool {
    let first = s.toks.first();
    first.is_some_and(|t| t.quote_mark)
        && s.toks.iter().all(|t| t.quoted || t.quote_mark || !t.word)
}

fn unknown_speaker() -> SourceRef {
    SourceRef {
        name: "unknown speaker".into(),
        kind: SourceKind::Unnamed,
        resolved: false,
        role: None,
        mention: None,
    }
}

/// Trim white space (and, for indirect content, a final period or comma) from a span.
fn trim_span(text: &str, a: usize, b: usize, keep_final: bool) -> (usize, usize) {
    let piece = &text[a..b];
    let lead = piece.len() - piece.trim_start().len();
    let mut t = piece.trim();
    if !keep_final {
        let full = t;
        t = t.trim_end_matches(['.', ',', ';', ':', '!']);
        // ("at 4 p.m.", "moved to the U.S.": the stop of an abbreviation stays)
        let last = t.rsplit(' ').next().unwrap_or("");
        if full[t.len()..].starts_with('.') && last.contains('.') && last.len() <= 6 {
            t = &full[..t.len() + 1];
        }
        t = t.trim_end();
    }
    (a + lead, a + lead + t.len())
}

/// The inside of a quoted span (without the marks).
fn strip_quotes(text: &str, a: usize, b: usize) -> (usize, usize) {
    let mut s = a;
    let mut e = b;
    let piece = &text[s..e];
    if let Some(c) = piece.chars().next().filter(|&c| segment::is_quote_char(c)) {
        s += c.len_utf8();
    }
    let piece = &text[s..e];
    let trimmed = piece.trim_end_matches(['.', ' ', ',']);
    let mut end_piece = trimmed;
    if let Some(c) = end_piece
        .chars()
        .last()
        .filter(|&c| segment::is_quote_char(c))
    {
        end_piece = &end_piece[..end_piece.len() - c.len_utf8()];
        e = s + end_piece.len();
    } else {
        e = s + piece.trim_end().len();
    }
    (s, e.max(s))
}

/// The length of the one of `prefixes` a piece opens with, when more than
/// `rest` bytes of it follow.
fn lead_prefix(piece: &str, prefixes: &[&str], rest: usize) -> Option<usize> {
    let p = prefixes.iter().find(|p| piece.starts_with(**p))?;
    (piece.len() > p.len() + rest).then_some(p.len())
}

fn make_claim(
    text: &str,
    pieces: &[(usize, usize)],
    quote: QuoteKind,
    cue: Option<Mention>,
    source: SourceRef,
    via: Vec<SourceRef>,
    cw: f32,
) -> Claim {
    // ("He said: 'We will not surrender.'": single marks the segmenter kept as
    // apostrophes, where double marks are the article's quotes)
    let single_quoted = |&(a, b): &(usize, usize)| {
        let piece = &text[a..b];
        let open = piece.chars().next().filter(|&c| c == '\'' || c == '‘')?;
        let rest = &piece[open.len_utf8()..];
        let after = text[b..].trim_start_matches(['.', ',', '!', '?']);
        (rest.starts_with(|c: char| c.is_uppercase())
            && after.starts_with(['\'', '’'])
            && !rest.contains(['\'', '‘', '’']))
        .then(|| (a + open.len_utf8(), b))
    };
    // ('The talks were "constructive," said ...': a quote opened inside the
    // content closes after its comma; the closing mark belongs to it)
    let closes_after = |&(a, b): &(usize, usize)| {
        // (the closing marks first: a few bytes, where counting marks reads the
        // whole piece)
        let after = &text[b..];
        let close = [",\"", ".\"", ",”", ".”"]
            .iter()
            .find(|c| after.starts_with(**c))?;
        let piece = &text[a..b];
        let open = if close.ends_with('"') {
            memchr::memchr_iter(b'"', piece.as_bytes()).count() % 2 == 1
        } else {
            piece.matches('“').count() > piece.matches('”').count()
        };
        open.then_some((a, b + close.len()))
    };
    // ("BREAKING: Velmar's parliament votes to ...": a news label is no content)
    let labelled = |&(a, b): &(usize, usize)| {
        const LABELS: &[&str] = &[
            "BREAKING: ",
            "JUST IN: ",
            "UPDATE: ",
            "EXCLUSIVE: ",
            "DEVELOPING: ",
        ];
        lead_prefix(&text[a..b], LABELS, 2).map(|l| (a + l, b))
    };
    // ("Renn said the talks were 'dead'.": the closing single mark of a word
    // quoted inside the content, left behind as punctuation)
    let closes_single = |&(a, b): &(usize, usize)| {
        let close = ['\'', '’']
            .into_iter()
            .find(|&c| text[b..].starts_with(c))?;
        let piece = &text[a..b];
        let open = piece
            .rfind(" '")
            .map(|k| k + 1)
            .or_else(|| piece.rfind('‘'))
            .filter(|&k| {
                let inner = &piece[k..];
                let mark = inner.chars().next().map_or(0, char::len_utf8);
                inner[mark..].starts_with(|c: char| c.is_alphanumeric())
                    && !inner[mark..].contains(['\'', '’'])
            });
        open.map(|_| (a, b + close.len_utf8()))
    };
    // ("Meanwhile, the plan failed, officials said": a connective opening the
    // sentence links it to the story, no part of what was said)
    let connective = |&(a, b): &(usize, usize)| {
        const CONNECTIVES: &[&str] = &[
            "Meanwhile, ",
            "Still, ",
            "However, ",
            "Moreover, ",
            "Nevertheless, ",
            "Nonetheless, ",
            "Separately, ",
            "Furthermore, ",
            "Instead, ",
            "Indeed, ",
            "In addition, ",
            "At the same time, ",
        ];
        (quote != QuoteKind::Direct)
            .then(|| lead_prefix(&text[a..b], CONNECTIVES, 10))
            .flatten()
            .map(|l| (a + l, b))
    };
    // ('said he had lost and blamed "a coalition of convenience" for his
    // defeat': a content that opens right inside a quote it closes later takes
    // the opening mark too)
    let opens_before = |&(a, b): &(usize, usize)| {
        let open = text[..a]
            .chars()
            .next_back()
            .filter(|&c| c == '"' || c == '“')?;
        let piece = &text[a..b];
        let unbalanced = if open == '"' {
            memchr::memchr_iter(b'"', piece.as_bytes()).count() % 2 == 1
        } else {
            piece.matches('”').count() > piece.matches('“').count()
        };
        unbalanced.then(|| (a - open.len_utf8(), b))
    };
    let fix = |p: &(usize, usize)| {
        single_quoted(p)
            .or_else(|| opens_before(p))
            .or_else(|| closes_after(p))
            .or_else(|| labelled(p))
            .or_else(|| closes_single(p))
            .or_else(|| connective(p))
    };
    let adjusted: Vec<(usize, usize)>;
    let pieces = if pieces.iter().any(|p| fix(p).is_some()) {
        adjusted = pieces.iter().map(|p| fix(p).unwrap_or(*p)).collect();
        &adjusted[..]
    } else {
        pieces
    };
    let start = pieces.iter().map(|p| p.0).min().unwrap_or(0);
    let end = pieces.iter().map(|p| p.1).max().unwrap_or(start);
    let text_joined = match pieces {
        [(a, b)] => text[*a..*b].trim().to_string(),
        _ => pieces
            .iter()
            .map(|&(a, b)| text[a..b].trim())
            .collect::<Vec<_>>()
            .join(" "),
    };
    Claim {
        id: 0,
        text: text_joined,
        start,
        end,
        quote,
        cue,
        source,
        via,
        check_worthiness: cw,
    }
}

fn looks_like_headline(p: &str) -> bool {
    let p = p.trim_start_matches('#').trim();
    // ("Opinion: Our city is running out of water. Pretending otherwise won't
    // help.": a section's label opens a headline of two sentences)
    let label = p.split_once(':').is_some_and(|(l, _)| section_label(l));
    // (a lede's closing quote after its stop: `..., calling them "groundless."`)
    let stop = p
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with('.');
    p.len() < 250 && (!stop || label)
}

/// The agency named in brackets in a dateline ("KESSGRAD, May 14 (KNA) --"):
/// an acronym or a name of up to three capitalized words.
fn dateline_agency(d: &str) -> Option<&str> {
    let (_, rest) = d.split_once('(')?;
    let (name, _) = rest.split_once(')')?;
    let words = name.split(' ').count();
    (!name.is_empty()
        && words <= 3
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.contains('.')))
    .then_some(name)
}

/// The length of a fact check's or an explainer's label opening a paragraph
/// ("THE FACTS: ", "Verdict: ", "Bottom line: ", "Why it matters: "), else 0.
fn section_label_len(t: &str) -> usize {
    let Some(c) = first_bytes(t, 24).find(':') else {
        return 0;
    };
    let label = t[..c].trim().to_ascii_lowercase();
    let label = label.strip_prefix("the ").unwrap_or(&label);
    let known = matches!(
        label,
        "facts"
            | "verdict"
            | "bottom line"
            | "context"
            | "background"
            | "why it matters"
            | "what's next"
            | "what we know"
            | "what's new"
            | "our ruling"
            | "ruling"
            | "rating"
            | "big picture"
            | "fact check"
            | "reality check"
    );
    if !known || !t[c + 1..].starts_with(' ') {
        return 0;
    }
    let mut n = c + 1;
    while t[n..].starts_with(' ') {
        n += 1;
    }
    n
}

/// A section's or a format's label before a headline's colon ("Opinion:",
/// "Analysis:", "Live:"): no speaker.
fn section_label(l: &str) -> bool {
    matches!(
        l.trim().to_ascii_lowercase().as_str(),
        "breaking"
            | "exclusive"
            | "update"
            | "watch"
            | "analysis"
            | "opinion"
            | "explainer"
            | "live"
            | "factbox"
            | "timeline"
            | "editorial"
            | "comment"
            | "commentary"
            | "perspective"
            | "column"
            | "review"
            | "interview"
            | "video"
            | "photos"
    )
}

/// A press release's header line: "PRESS RELEASE", "NEWS RELEASE", "FOR
/// IMMEDIATE RELEASE".
fn release_header(p: &str) -> bool {
    let head = first_bytes(p.trim_start(), 24).to_ascii_uppercase();
    let t = p.trim();
    head.starts_with("PRESS RELEASE")
        || head.starts_with("NEWS RELEASE")
        || head.starts_with("MEDIA RELEASE")
        || head.starts_with("FOR IMMEDIATE RELEASE")
        // ("MINISTRY OF HEALTH - PRESS RELEASE": the issuer first, a short line
        // in capitals)
        || t.len() <= 80
            && !t.contains('\n')
            && !t.bytes().any(|b| b.is_ascii_lowercase())
            && (t.ends_with("PRESS RELEASE")
                || t.ends_with("NEWS RELEASE")
                || t.ends_with("MEDIA RELEASE"))
}

/// Where the maker named after `by` (token b) ends, before `close`: at the
/// occasion ("published by the Evran Herald on Friday", "by the Centra
/// institute this month").
fn author_end(s: &Sent, b: usize, close: usize) -> usize {
    (b + 2..close)
        .find(|&x| {
            let w = s.lw(x);
            matches!(w, "on" | "in" | "at" | "last" | "this" | "earlier")
                || lexicon::time_word(w)
                || lexicon::weekday(w)
        })
        .unwrap_or(close)
}

/// Where a press release's own text ends: "About the Ministry of Agriculture"
/// (the organisation's standing description), "Notes to editors", "Media
/// contact", "###", "-ENDS-". What follows is no news.
fn release_tail(p: &str) -> bool {
    let t = p.trim();
    let first_line = t.lines().next().unwrap_or("").trim();
    let l = first_bytes(first_line, 32).to_ascii_lowercase();
    let about = l.starts_with("about ")
        && first_line.len() < 80
        && !first_line.ends_with(['.', '?', '!', '"', '”', ':'])
        && {
            let words: SmallVec<[&str; 10]> = first_line.split_whitespace().take(10).collect();
            let capital = |k: usize| {
                words
                    .get(k)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            };
            words.len() <= 9 && (capital(1) || words.get(1) == Some(&"the") && capital(2))
        };
    about
        || first_line == "###"
        || l.starts_with("-ends-")
        || l == "ends"
        || l.starts_with("notes to editors")
        || l.starts_with("note to editors")
        || l.starts_with("media contact")
        || l.starts_with("press contact")
        || l.starts_with("media enquiries")
        // ("For media enquiries contact: ...")
        || l.starts_with("for media ")
        || l.starts_with("for press ")
        || l.starts_with("media inquiries")
        || l.starts_with("for further information")
        || l.starts_with("for more information")
        // (a listed company's legal notice: "Forward-Looking Statements", "This
        // press release contains forward-looking statements ...")
        || l.starts_with("forward-looking statement")
        || l.starts_with("cautionary statement")
        || l.starts_with("safe harbor")
        || finder!(b"contains forward-looking statement")
            .find(first_bytes(t, 160).as_bytes())
            .is_some()
}

/// The first `n` bytes of `t` at most, cut on a char boundary.
fn first_bytes(t: &str, n: usize) -> &str {
    let mut cut = t.len().min(n);
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    &t[..cut]
}

/// Whether the words after a leading "By" read as a byline ("By Keller Ames",
/// "By Anna Li and Tom Berg, Staff Writers"): names in capitals and the words
/// of a writer's credit, no clause ("By Monday, the army had left the city.").
fn byline_words(t: &str) -> bool {
    // ("By Jonas Eck | Updated 9:14 p.m.": after the bar, the page's own
    // stamp)
    let t = t.split('|').next().unwrap_or(t);
    t.split_whitespace().skip(1).all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | '|' | ':' | ';'));
        w.is_empty()
            || w.starts_with(|c: char| !c.is_lowercase())
            || w.contains('@')
            || matches!(
                w,
                "and"
                    | "of"
                    | "the"
                    | "in"
                    | "for"
                    | "at"
                    | "staff"
                    | "writer"
                    | "writers"
                    | "reporter"
                    | "reporters"
                    | "correspondent"
                    | "correspondents"
                    | "contributor"
                    | "editor"
                    | "de"
                    | "van"
                    | "von"
                    | "bin"
                    | "al"
            )
    })
}

/// "said on its website", "said in its statement" (a weekday between
/// allowed): where a body spoke, an "its" right after the cue.
fn said_on_its(s: &Sent, attr: &Attr) -> bool {
    let mut w = s.text[attr.cue.end..].split_whitespace();
    let first = w.next().unwrap_or("");
    let first = if lexicon::weekday(&first.to_ascii_lowercase()) {
        w.next().unwrap_or("")
    } else {
        first
    };
    matches!(first, "on" | "in") && w.next() == Some("its")
}

/// ("Boeing said it would cut 900 jobs", "Kessland said its troops had
/// withdrawn": the words after the cue open with the speaker's own "it" or
/// "its"; "it would be a mistake", "it was time" are no one's)
fn it_opens_content(s: &Sent, attr: &Attr) -> bool {
    let Some(&(a, _)) = attr.pieces.first() else {
        return false;
    };
    if a < attr.cue.end || attr.quote == QuoteKind::Direct {
        return false;
    }
    let mut w = s.text[a..].split_whitespace();
    let (w1, w2, w3) = (
        w.next().unwrap_or(""),
        w.next().unwrap_or(""),
        w.next().unwrap_or(""),
    );
    match w1 {
        "its" => true,
        "it" => match w2 {
            "would" | "will" | "could" | "can" | "had" | "has" | "did" | "does" => !matches!(
                w3,
                "be" | "not" | "take" | "make" | "mean" | "cost" | "seem"
            ),
            "planned" | "plans" | "intended" | "intends" | "expected" | "expects" | "aimed"
            | "aims" | "remained" | "remains" | "continued" | "continues" => true,
            "was" | "is" => {
                w3.len() > 5
                    && w3.ends_with("ing")
                    && !matches!(w3, "nothing" | "something" | "everything" | "anything")
                    || matches!(w3, "committed" | "aware" | "ready" | "prepared")
            }
            _ => false,
        },
        _ => false,
    }
}

/// A page's heading over a list of links to other stories ("Most read",
/// "Related stories", "More on this story").
fn link_list_heading(p: &str) -> bool {
    let t = p.trim().trim_end_matches(':');
    t.len() < 30
        && [
            "most read",
            "most popular",
            "related",
            "related stories",
            "related articles",
            "related coverage",
            "more on this story",
            "more stories",
            "top stories",
            "you may also like",
            "recommended",
            "trending",
            "read next",
            "latest stories",
        ]
        .iter()
        .any(|h| t.eq_ignore_ascii_case(h))
}

fn is_boilerplate(p: &str) -> bool {
    let t = p.trim();
    // every test below looks at the first few bytes only
    let l = first_bytes(t, 32).to_ascii_lowercase();
    l.starts_with("by ") && t.split_whitespace().take(9).count() <= 8 && byline_words(t)
        || l.starts_with("(reporting by")
        || l.starts_with("reporting by")
        || l.starts_with("editing by")
        // a wire update's note on what it adds: "(Adds comments from opposition
        // leader, details of vote)", "(Updates with closing prices)"
        || t.len() < 200
            && t.ends_with(')')
            && [
                "(adds ",
                "(updates ",
                "(recasts",
                "(corrects ",
                "(refiles",
                "(repeats ",
                "(changes ",
                "(rewrites",
            ]
            .iter()
            .any(|p| l.starts_with(p))
        || l.starts_with("copyright")
        || l.starts_with("©")
        // (a wire's standards line: "Our Standards: The ... Trust Principles.")
        || l.starts_with("our standards:")
        || l.starts_with("read more")
        || l.starts_with("related:")
        || l.starts_with("advertisement")
        || l.starts_with("story continues")
        || l.starts_with("article continues")
        || l.starts_with("continue reading")
        || l.starts_with("ad feedback")
        || l.starts_with("listen to this")
        || l.starts_with("photo:")
        || l.starts_with("image:")
        // (a page's caption labels: "Image caption: Holm had been ...")
        || l.starts_with("image caption")
        || l.starts_with("media caption")
        || l.starts_with("caption:")
        || l.starts_with("picture:")
        || l.starts_with("image source")
        || l.starts_with("file photo")
        || l.starts_with("subscribe")
        || l.starts_with("sign up")
        || l.starts_with("share this")
        || l.starts_with("updated:")
        // "Updated at 10:58 p.m.", "Last updated 14:02 GMT" (a short line)
        || (l.starts_with("updated at") || l.starts_with("updated on") || l.starts_with("last updated"))
            && t.len() < 60
        // ("Updated 3:45 p.m. ET, Monday", "Published 10:02 GMT"; both dates in
        // one line, "Published 14 May 2026, 09:12 BST | Updated ...")
        || (l.starts_with("updated ") || l.starts_with("published "))
            && (t.len() < 60 || t.len() < 120 && t.contains(" | "))
            && t.bytes().any(|b| b.is_ascii_digit())
            // (a time's stop may end it: "Updated 3:41 p.m.")
            && (!t.ends_with('.') || t.ends_with(".m."))
        || l.starts_with("published:")
        || l.starts_with("posted:")
        || l.starts_with("tags:")
        // ("A version of this article appears in print on March 5")
        || l.starts_with("a version of this article")
        // ("Contributing: Mark Sund in Hamna.", "Additional reporting by ...")
        || l.starts_with("contributing:")
        || l.starts_with("additional reporting")
        || l.starts_with("follow ")
            && t.len() < 80
            && !l.contains(" said")
            && (t.contains('@')
                || [" on x", "twitter", "facebook", "instagram", "social media", "whatsapp"]
                    .iter()
                    .any(|w| l.contains(w)))
        // a press release's contact lines
        || l.starts_with("for more information")
        || l.starts_with("for further information")
        || l.starts_with("media contact")
        || l.starts_with("press contact")
        || l.starts_with("media enquiries")
        // ("For media enquiries contact: ...")
        || l.starts_with("for media ")
        || l.starts_with("for press ")
        || l.starts_with("media inquiries")
        || l.starts_with("###")
        || l.starts_with("-ends-")
        // notes on the story itself
        || l.starts_with("correction:")
        || l.starts_with("clarification:")
        || l.starts_with("editor's note")
        || l.starts_with("editor’s note")
        || l.starts_with("this story has been")
        || l.starts_with("this article has been")
        || l.starts_with("this article was originally")
        || l.starts_with("this article was amended")
        || l.starts_with("this article was updated")
        || l.starts_with("this story was amended")
        || l.starts_with("this story was updated")
        || l.starts_with("this story was originally")
        || l.starts_with("an earlier version of this")
        // the credit line at a wire story's foot: "Jon Pell in Fenwick
        // contributed to this report." (a short paragraph, read from its end)
        || t.len() < 240 && credit_line(t)
}

/// "... contributed to this report." / "... contributed reporting.": a credit.
fn credit_line(t: &str) -> bool {
    let mut cut = t.len().saturating_sub(40);
    while !t.is_char_boundary(cut) {
        cut += 1;
    }
    let end = t[cut..].to_ascii_lowercase();
    end.contains("contributed to this")
        || end.contains("contributed reporting")
        || end.contains("contributed research")
}

/// A list article's numbered heading ("2. Dorn had her best night"): one short
/// line, a number and its point, no closing stop; it names the section the
/// paragraphs below report (an item that ends with its stop is a claim).
fn numbered_heading(p: &str) -> bool {
    let p = p.trim();
    let digits = p.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &p[digits..];
    (1..=2).contains(&digits)
        && rest.len() < 90
        && rest.starts_with(". ")
        && rest[2..].starts_with(|c: char| c.is_ascii_uppercase())
        && !rest.contains('\n')
        && !rest.ends_with(['.', '!', '?', '"', '”', ':', ';', ','])
}

fn is_caption(p: &str) -> bool {
    let p = p.trim();
    if let Some(open) = p.rfind('(') {
        let inner = &p[open..];
        if p.ends_with(')') || p.ends_with(").") {
            let l = inner.to_ascii_lowercase();
            // (a paragraph of reported words with a credit tacked on is no
            // caption: 'lawmaker Jan Ek, said the party had "abandoned" her.
            // (Photo: Tom Berg/Reuters)')
            let before = &p[..open];
            if [" said ", " told ", " says ", " said.", " told reporters"]
                .iter()
                .any(|w| before.contains(w))
            {
                return false;
            }
            return inner.contains('/')
                || l.contains("photo")
                || l.contains("getty")
                || l.contains("commons")
                || l.contains("reuters")
                || l.contains("afp")
                || l.contains(" ap")
                || l.contains("courtesy")
                || l.contains("file");
        }
    }
    // ("... leaves the ministry on Thursday. Photo: Andrei Moca/Tavra Photo
    // Agency": a credit closing a short paragraph, after its sentence)
    // (short paragraphs only, and the last stop's words read first: most
    // paragraphs are long or end otherwise)
    if p.len() < 400
        && let Some(at) = memchr::memmem::rfind(p.as_bytes(), b". ")
        && let Some(credit) = ["Photo: ", "Photograph: ", "Picture: ", "Image: "]
            .iter()
            .find_map(|m| p[at + 2..].strip_prefix(m))
    {
        let words = credit.split_whitespace().count();
        return (1..=8).contains(&words)
            && !credit.contains(['"', '“', '”'])
            && ![" said ", " told ", " says "].iter().any(|w| p.contains(w));
    }
    false
}

/// An interview's or a transcript's label for whoever asks ("Q:", "QUESTION:",
/// "Reporter:").
fn questioner_label(label: &str) -> bool {
    matches!(
        label.to_ascii_uppercase().as_str(),
        "Q" | "QUESTION"
            | "REPORTER"
            | "JOURNALIST"
            | "INTERVIEWER"
            | "MODERATOR"
            | "HOST"
            | "ANCHOR"
            | "PRESENTER"
    )
}

/// A question whose cue is asked about, not reported: it opens with a question
/// word or an auxiliary and ends with a question mark, the cue's verb in its base
/// form after the subject ("Why should voters believe C?", "Do officials think
/// C?", "How can the minister say C?"), nothing quoted before the cue.
fn asks_about_cue(s: &Sent, lo: usize, hi: usize, c: &Cue) -> bool {
    if c.according || c.i <= lo + 1 || hi <= lo || !s.is(hi - 1, "?") {
        return false;
    }
    matches!(
        s.lw(lo),
        "why"
            | "how"
            | "what"
            | "do"
            | "does"
            | "did"
            | "should"
            | "would"
            | "can"
            | "could"
            | "will"
            | "shall"
            | "must"
    ) && matches!(
        s.lw(c.i),
        "believe" | "think" | "say" | "expect" | "claim" | "argue" | "insist" | "agree" | "accept"
    ) && (lo..c.i).all(|k| !s.toks[k].quote_mark && !s.toks[k].quoted)
}

/// Every labelled turn of a text ("Lunde: No. ..."): its label and whether it
/// ends with a question, read once for the text.
fn label_turns<'a>(paras: impl Iterator<Item = &'a str>) -> Vec<(&'a str, bool)> {
    paras
        // (a colon among the first bytes first: most paragraphs have no label)
        .filter(|t| memchr::memchr(b':', &t.as_bytes()[..t.len().min(61)]).is_some())
        .filter_map(|t| {
            speaker_label(t).map(|(le, _)| (&t[time_stamp_len(t)..le], t.trim_end().ends_with('?')))
        })
        .collect()
}

/// "The following is a transcript of an interview with Defence Minister Ivo
/// Rask": of the transcript's labels, one the introduction names as the one
/// interviewed ("IVO RASK", "RASK"), the other label ("MARA HOLT") asks.
fn interviewer_label(intro: &str, turns: &[(&str, bool)], label: &str) -> bool {
    let lower = intro.to_ascii_lowercase();
    let Some(i) = lower.find("interview with ") else {
        return false;
    };
    let tail = &lower[i + 15..];
    let tail = &tail[..tail.find(['.', '\n']).unwrap_or(tail.len())];
    let named = |l: &str| {
        let last = l.rsplit(' ').next().unwrap_or(l).to_ascii_lowercase();
        last.len() > 1
            && tail
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == last)
    };
    turns.iter().any(|(l, _)| *l == label) && !named(label) && turns.iter().any(|(l, _)| named(l))
}

/// Whether most of a transcript label's turns, two or more, are questions: the
/// interviewer's label, whatever its name (`Courier: ... Is it?`; a prompt
/// among them, `Some economists think ...`, is the interviewer's too).
/// (The label's turns under its surname too: "DANA PIKE:" first, "PIKE:" then.)
fn asks_only(turns: &[(&str, bool)], label: &str) -> bool {
    fn last(l: &str) -> &str {
        l.rsplit(' ').next().unwrap_or(l)
    }
    let key = last(label);
    let (mut n, mut questions) = (0, 0);
    for &(_, q) in turns
        .iter()
        .filter(|(l, _)| *l == label || last(l).eq_ignore_ascii_case(key))
    {
        questions += usize::from(q);
        n += 1;
    }
    questions >= 2 && questions * 2 >= n
}

/// The capitalized words of a text with a demonym's ending ("Orlian",
/// "Sorethi", "Kessanese"), for [`country_by_demonym`].
fn demonym_words(text: &str) -> std::collections::HashSet<&str> {
    // (a plain pass over the bytes: a capital that starts a word, the word's
    // letters after it)
    let b = text.as_bytes();
    let mut out = std::collections::HashSet::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_uppercase() && (i == 0 || !b[i - 1].is_ascii_alphabetic()) {
            let start = i;
            i += 1;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            let w = &text[start..i];
            if w.len() > 4 && (w.ends_with('n') || w.ends_with('i') || w.ends_with("ese")) {
                out.insert(w);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Whether the text (its words with a demonym's ending) names the people of
/// `name` ("Orlian officials", "Tessalian guards", "the Sorethi side"): `name`
/// is a country.
fn country_by_demonym(peoples: &std::collections::HashSet<&str>, name: &str) -> bool {
    let mut forms: SmallVec<[String; 3]> = SmallVec::new();
    if let Some(stem) = name.strip_suffix('y') {
        forms.push(format!("{stem}ian"));
    } else if name.ends_with('a') {
        forms.push(format!("{name}n"));
    } else {
        forms.push(format!("{name}ian"));
        forms.push(format!("{name}i"));
        forms.push(format!("{name}ese"));
    }
    forms.iter().any(|f| peoples.contains(f.as_str()))
}

/// An interview printed as questions and answers with no labels ("You have been
/// accused of giving away too much. Did you?" then "No. We gave up two men
/// ..."): at least two questions put to "you", each a paragraph ending with a
/// question mark, none labelled. The paragraph after a question is the
/// interviewee's answer, one claim; so is a paragraph after an answer that
/// holds no words of others (a prompt with its own speaker, "The foreign
/// minister has said he was not fully briefed.", keeps them). What the
/// questions say in the article's voice is the interviewer's, no claim.
fn unlabelled_answers(text: &str, paras: &[Paragraph], iv: &SourceRef, claims: &mut Vec<Claim>) {
    let question = |p: &Paragraph| {
        let t = text[p.start..p.end].trim();
        t.ends_with('?')
            && !t.starts_with(segment::is_quote_char)
            && t.split_whitespace().count() <= 60
    };
    let to_you = |p: &Paragraph| {
        text[p.start..p.end]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
    };
    let asked: Vec<usize> = (1..paras.len().saturating_sub(1))
        .filter(|&i| question(&paras[i]) && !question(&paras[i + 1]))
        .collect();
    // ("The interview has been edited for length.": an editor's note that
    // the text is a transcript; then two questions followed by answers are
    // enough when one is put to "you": "Will you raise taxes?" and "What
    // about the pay dispute?")
    let edited = || {
        let lower = text.to_ascii_lowercase();
        [
            "edited for length",
            "edited for clarity",
            "edited and condensed",
            "condensed and edited",
            "condensed for",
            "lightly edited",
        ]
        .iter()
        .any(|n| lower.contains(n))
    };
    let to_you_count = asked.iter().filter(|&&i| to_you(&paras[i])).count();
    if to_you_count < 2 && !(to_you_count >= 1 && asked.len() >= 2 && edited())
        || paras
            .iter()
            .any(|p| speaker_label(&text[p.start..p.end]).is_some())
    {
        return;
    }
    #[derive(PartialEq, Clone, Copy)]
    enum Turn {
        Asked,
        Answered,
        Other,
    }
    // (the paragraph a claim lies wholly in, found by its start: one pass over
    // the claims, not one per paragraph)
    let para_of = |c: &Claim| {
        let i = paras
            .partition_point(|p| p.start <= c.start)
            .checked_sub(1)?;
        (c.end <= paras[i].end).then_some(i)
    };
    let mut reports = vec![false; paras.len()];
    for c in claims
        .iter()
        .filter(|c| c.source.kind != SourceKind::Publication)
    {
        if let Some(i) = para_of(c) {
            reports[i] = true;
        }
    }
    // each paragraph's turn from the first question on (a prompt that reports
    // others' words is asked, as a question is)
    let mut turn = vec![Turn::Other; paras.len()];
    let mut last = Turn::Other;
    for i in asked[0]..paras.len() {
        last = if question(&paras[i]) || last == Turn::Answered && reports[i] {
            Turn::Asked
        } else if last != Turn::Other {
            Turn::Answered
        } else {
            Turn::Other
        };
        turn[i] = last;
    }
    claims.retain(|c| match para_of(c).map(|i| turn[i]) {
        Some(Turn::Answered) => false,
        Some(Turn::Asked) => c.source.kind != SourceKind::Publication,
        _ => true,
    });
    for (p, _) in paras
        .iter()
        .zip(&turn)
        .filter(|(_, t)| **t == Turn::Answered)
    {
        let (s, e) = trim_span(text, p.start, p.end, false);
        if e <= s {
            continue;
        }
        let mut src = iv.clone();
        src.mention = None;
        claims.push(make_claim(
            text,
            &[(s, e)],
            QuoteKind::Direct,
            None,
            src,
            vec![],
            0.5,
        ));
    }
}

/// A paragraph (lowercase) that introduces a Q&A's answerer: an interview, or a
/// press conference or briefing held by a named spokesperson ("the regular press
/// conference held by Foreign Ministry Spokesperson Lin Qiao").
fn interview_intro(lower: &str) -> bool {
    lower.contains("interview")
        || lower.contains("press conference")
        || lower.contains("news conference")
        || lower.contains("briefing")
}

/// A programme's host named in the title ("Sunday Politics with Dana Bell"),
/// whose transcript label ("BELL:") asks rather than claims.
fn host_label(title: &str, label: &str) -> bool {
    let Some(w) = title.find(" with ") else {
        return false;
    };
    // ("'Inflation is not beaten yet': an interview with Governor Rena Kask":
    // the one an interview or a conversation is with answers)
    let before = title[..w].trim_end().to_ascii_lowercase();
    if [
        "interview",
        "conversation",
        "q&a",
        "chat",
        "talks",
        "sit-down",
    ]
    .iter()
    .any(|n| before.ends_with(n))
    {
        return false;
    }
    let name = title[w + 6..].trim_end();
    name.split_whitespace().count() <= 3
        && name.starts_with(|c: char| c.is_uppercase())
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|last| !label.is_empty() && last.eq_ignore_ascii_case(label))
}

/// `TAMSK: A ferry ran aground ..., the coast guard said.`: a news brief's
/// place in capitals before its own report, not a transcript's speaker (whose
/// turn speaks in the first person and cites nobody).
fn place_label(p: &str, label_end: usize, content_start: usize) -> bool {
    let label = &p[time_stamp_len(p)..label_end];
    let caps = label.bytes().any(|b| b.is_ascii_uppercase())
        && !label.bytes().any(|b| b.is_ascii_lowercase())
        && !label.contains(' ');
    if !caps || label.len() < 3 || questioner_label(label) || label == "ANSWER" {
        return false;
    }
    let content = &p[content_start..];
    let first_person = content
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| {
            matches!(
                w,
                "I" | "I'm" | "I’m" | "we" | "We" | "my" | "My" | "our" | "Our" | "me" | "us"
            )
        });
    let cites = [
        " said",
        " says",
        "according to",
        " reported",
        " found",
        " announced",
    ]
    .iter()
    .any(|c| content.contains(c));
    !first_person && cites
}

/// The marks that open a list's item: "- Brandt leads with 60 percent".
const BULLETS: [&str; 5] = ["- ", "• ", "* ", "– ", "— "];

/// `Name: text` at the start of a paragraph: (label end, content start).
fn speaker_label(p: &str) -> Option<(usize, usize)> {
    // ("[00:12:31] HARLOW: ...": a transcript's time before its label)
    let ts = time_stamp_len(p);
    if ts > 0 {
        return speaker_label(&p[ts..]).map(|(l, c)| (l + ts, c + ts));
    }
    // ("- Velmar President Ana Lind: \"Q\"": a list's bullet before the label)
    for b in BULLETS {
        if let Some(rest) = p.strip_prefix(b) {
            let skip = p.len() - rest.trim_start().len();
            return speaker_label(&p[skip..]).map(|(l, c)| (l + skip, c + skip));
        }
    }
    // "Q. What do you expect?" / "A. Not much.": an interview's labels with a point
    if let Some(rest) = p.strip_prefix("Q. ").or_else(|| p.strip_prefix("A. ")) {
        let content = p.len() - rest.trim_start().len();
        return Some((1, content));
    }
    let colon = p.find(':')?;
    if colon == 0 || colon > 60 {
        return None;
    }
    // "VASSE (through interpreter):", "SEN. HOLT (via video link):": the label
    // before a short aside in brackets
    let label_end = match p[..colon].find(" (") {
        Some(open) if p[..colon].ends_with(')') && colon - open <= 30 => open,
        _ => colon,
    };
    // (before a quote, an office and a name may run longer)
    let quoted_after = p[colon + 1..]
        .trim_start()
        .starts_with(segment::is_quote_char);
    // ("- Kessland's foreign ministry, in a statement: \"Q\"": the speaker
    // before what it spoke in)
    let label_end = match p[..label_end].rfind(", in ") {
        Some(c)
            if quoted_after
                && matches!(
                    p[c + 5..label_end].trim_end(),
                    "a statement"
                        | "its statement"
                        | "a post"
                        | "a tweet"
                        | "a letter"
                        | "a video"
                        | "a message"
                ) =>
        {
            c
        }
        _ => label_end,
    };
    if label_end == 0 || label_end > if quoted_after { 60 } else { 40 } {
        return None;
    }
    let label = &p[..label_end];
    if label.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let cap = |w: &&str| w.chars().next().is_some_and(|c| c.is_uppercase());
    // ('Red Crescent regional director Omar Haddad: "Q"': before a quote, a
    // longer label of an office and a name, its small words in lower case)
    let long_named = quoted_after
        && (2..=8).contains(&words.len())
        && words.first().is_some_and(cap)
        && words.last().is_some_and(cap)
        && cap(&words[words.len() - 2])
        && words.iter().all(|w| {
            cap(w)
                || w.chars().all(|c| c.is_lowercase())
                    && (lexicon::title_word(w)
                        || lexicon::title_qualifier(w)
                        || lexicon::portfolio_word(w)
                        || matches!(*w, "regional" | "national" | "country" | "area"))
        });
    // ("Kessland's foreign ministry: \"Q\"": a country's body, its words in
    // lower case)
    let body_named = quoted_after
        && (2..=4).contains(&words.len())
        && words[0].ends_with("'s")
        && cap(&words[0])
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase()))
        && lexicon::head_kind(words[words.len() - 1]) == Some(SourceKind::Government);
    if words.is_empty() || !long_named && !body_named && (words.len() > 4 || !words.iter().all(cap))
    {
        return None;
    }
    // (a label in any case: "CLAIM:", "Verdict:", "THE FACTS:", a fact
    // check's format)
    let first = match words[..] {
        [the, second, ..] if the.eq_ignore_ascii_case("the") => second,
        _ => words[0],
    };
    if matches!(
        first.to_ascii_lowercase().as_str(),
        "date"
            | "update"
            | "updated"
            | "breaking"
            | "correction"
            | "source"
            | "published"
            | "by"
            | "posted"
            | "url"
            | "link"
            | "outlet"
            | "publisher"
            | "publication"
            | "tags"
            | "filed"
            | "dateline"
            | "byline"
            | "author"
            | "title"
            | "headline"
            | "location"
            | "time"
            | "category"
            | "section"
            | "topic"
            | "topics"
            | "summary"
            | "note"
            | "photo"
            | "editor's"
            | "editors"
            | "sources"
            | "related"
            | "read"
            | "watch"
            | "image"
            | "video"
            | "warning"
            | "disclaimer"
            | "also"
            | "key"
            | "background"
            | "context"
            | "analysis"
            | "opinion"
            | "timeline"
            | "explainer"
            | "claim"
            | "verdict"
            | "rating"
            | "ruling"
            | "fact"
            | "facts"
            | "conclusion"
            | "evidence"
            | "bottom"
            | "our"
            // ("QUOTE OF THE DAY:", "Number of the day:": a newsletter's rubric)
            | "quote"
            | "quotes"
            | "number"
            | "stat"
    ) {
        return None;
    }
    let rest = &p[colon + 1..];
    let mut content_start = colon + 1 + (rest.len() - rest.trim_start().len());
    // ("RASK: (LAUGHS) That is false.": a stage direction before the words)
    if let Some(inner) = p[content_start..].strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            let d = &inner[..close];
            let after = &inner[close + 1..];
            if !d.is_empty()
                && d.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
                && after.starts_with(' ')
                && after.trim_start().len() > 1
            {
                content_start += 1 + close + 1 + (after.len() - after.trim_start().len());
            }
        }
    }
    // ("Measles: 412 cases": a subhead's topic and a figure, no one's turn:
    // two words or fewer, no quote, no closing stop)
    let content = p[content_start..].trim_end();
    if content.split_whitespace().count() <= 2
        && !content.ends_with(['.', '!', '?', '"', '”', ')'])
        && !content.contains(['"', '“', '”'])
        && content.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    (content_start < p.len()).then_some((label_end, content_start))
}

/// A transcript's time stamp before a speaker's label ("[00:12:31] ", "(12:31)
/// ", "12:31:05 "): its length with the space after it, or 0.
fn time_stamp_len(p: &str) -> usize {
    let b = p.as_bytes();
    let open = usize::from(matches!(b.first(), Some(b'[' | b'(')));
    let mut k = open;
    while k < b.len() && (b[k].is_ascii_digit() || b[k] == b':') {
        k += 1;
    }
    if k - open < 4 || !p[open..k].contains(':') || !b[open].is_ascii_digit() {
        return 0;
    }
    if open == 1 {
        if !matches!(b.get(k), Some(b']' | b')')) {
            return 0;
        }
        k += 1;
    }
    if b.get(k) == Some(&b' ') { k + 1 } else { 0 }
}

/// A fact check's line naming who made the claim ("WHO SAID IT: State Sen.
/// Mira Okafor, in a campaign ad released on Oct. 2."): the name's byte span in
/// the line, up to the occasion after it.
fn who_label(line: &str) -> Option<(usize, usize)> {
    // (a colon among the first bytes first: most paragraphs have no label)
    let colon = memchr::memchr(b':', &line.as_bytes()[..line.len().min(25)])?;
    let label = line[..colon].trim();
    if ![
        "who said it",
        "who said",
        "said by",
        "claimed by",
        "claim by",
        "made by",
        "claimant",
    ]
    .iter()
    .any(|l| label.eq_ignore_ascii_case(l))
    {
        return None;
    }
    let a = colon + 1 + (line[colon + 1..].len() - line[colon + 1..].trim_start().len());
    let rest = &line[a..];
    let mut e = rest.len();
    for stop in [",", " (", " in ", " on ", " at ", " during ", " via "] {
        if let Some(k) = rest.find(stop) {
            e = e.min(k);
        }
    }
    let name = rest[..e].trim_end().trim_end_matches('.');
    (!name.is_empty()).then_some((a, a + name.len()))
}

/// A fact check's claim line that holds only a quote ('CLAIM: "Crime has
/// doubled."') or one sentence: its byte span (marks included) in the line,
/// and whether it is a quote.
fn claim_label_line(line: &str) -> Option<(usize, usize, bool)> {
    let colon = memchr::memchr(b':', &line.as_bytes()[..line.len().min(13)])?;
    let label = line[..colon].trim();
    if !(label.eq_ignore_ascii_case("claim") || label.eq_ignore_ascii_case("the claim")) {
        return None;
    }
    let a = colon + 1 + (line[colon + 1..].len() - line[colon + 1..].trim_start().len());
    let body = line[a..].trim_end();
    // ("The claim: Violent crime in Marrow has \"doubled\" since 2021.": the
    // claim in the checker's words, one sentence)
    let Some(open) = body.chars().next().filter(|&c| segment::is_quote_char(c)) else {
        let one_sentence = body.ends_with(['.', '!'])
            && !body[..body.len() - 1].contains(". ")
            && body.split_whitespace().count() <= 60;
        return (one_sentence && body.len() > 12).then_some((a, a + body.len(), false));
    };
    let inner = &body[open.len_utf8()..];
    let close = inner.rfind(['"', '”'])?;
    // (nothing after the closing mark but a stop: no credit or cue follows)
    let tail = &inner[close..];
    if tail.chars().skip(1).any(|c| !matches!(c, '.' | ' '))
        || inner[..close].contains(['"', '”', '“'])
    {
        return None;
    }
    Some((a, a + open.len_utf8() + close + 1, true))
}

/// The text within 4 KB either side of byte `at`: an article's neighbourhood
/// of a word, however long the text is.
fn around(text: &str, at: usize) -> &str {
    let mut a = at.saturating_sub(4096);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (at + 4096).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    &text[a..b]
}

/// Whether the text writes `w` with its capital inside a sentence (after a
/// word or a comma, not at a sentence's start): a name, not a common word that
/// opened a sentence.
fn capitalized_mid_sentence(text: &str, w: &str) -> bool {
    // (memchr's SIMD search: the text may be a long one, 1 MB in the benchmark)
    !w.is_empty()
        && memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).any(|at| {
            let after = text[at + w.len()..].chars().next();
            let mut before = text[..at].chars().rev();
            before.next() == Some(' ')
                && before
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == ',')
                && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The past/opinion word test of [`check_worthiness`] on a word without its
/// punctuation.
#[inline]
fn worthiness_word(lw: &[u8], past: &mut bool, opinion: &mut bool) {
    if lw.len() > 4 && lw.ends_with(b"ed") {
        *past = true;
    }
    // every listed word starts with one of these letters
    if (3..=9).contains(&lw.len())
        && matches!(
            lw[0] | 0x20,
            b'w' | b'h' | b'k' | b'd' | b's' | b'm' | b'b' | b't' | b'f' | b'g'
        )
    {
        // the word packed into an integer: the list is integer comparisons
        let mut buf = [0u8; 16];
        buf[..lw.len()].copy_from_slice(lw);
        buf.make_ascii_lowercase();
        const fn pack(w: &[u8]) -> u128 {
            let mut b = [0u8; 16];
            let mut i = 0;
            while i < w.len() {
                b[i] = w[i];
                i += 1;
            }
            u128::from_le_bytes(b)
        }
        const WAS: u128 = pack(b"was");
        const WERE: u128 = pack(b"were");
        const HAD: u128 = pack(b"had");
        const KILLED: u128 = pack(b"killed");
        const DIED: u128 = pack(b"died");
        const SHOULD: u128 = pack(b"should");
        const MUST: u128 = pack(b"must");
        const BELIEVE: u128 = pack(b"believe");
        const HOPE: u128 = pack(b"hope");
        const THINK: u128 = pack(b"think");
        const FEEL: u128 = pack(b"feel");
        const WISH: u128 = pack(b"wish");
        const BEAUTIFUL: u128 = pack(b"beautiful");
        const TERRIBLE: u128 = pack(b"terrible");
        const GREAT: u128 = pack(b"great");
        match u128::from_le_bytes(buf) {
            WAS | WERE | HAD | KILLED | DIED => *past = true,
            SHOULD | MUST | BELIEVE | HOPE | THINK | FEEL | WISH | BEAUTIFUL | TERRIBLE | GREAT => {
                *opinion = true
            }
            _ => {}
        }
    }
}

/// 0..1: higher for numbers, named entities, past events; lower for opinion.
fn check_worthiness(text: &str, pieces: &[(usize, usize)], attributed: bool) -> f32 {
    let mut score: f32 = 0.35;
    let mut caps = 0;
    let mut words = 0;
    let mut has_number = false;
    let mut past = false;
    let mut opinion = false;
    for &(a, b) in pieces {
        let piece = &text[a..b];
        if piece.is_ascii() {
            // the common case: words split at ASCII white space (the same words as
            // `split_whitespace`), each byte classified by a table
            let bytes = piece.as_bytes();
            let n = bytes.len();
            let mut i = 0;
            let mut first = true;
            while i < n {
                while i < n && segment::BYTE_CLASS[bytes[i] as usize] & segment::SPACE != 0 {
                    i += 1;
                }
                if i >= n {
                    break;
                }
                let start = i;
                let mut seen = 0u8;
                while i < n {
                    let c = segment::BYTE_CLASS[bytes[i] as usize];
                    if c & segment::SPACE != 0 {
                        break;
                    }
                    seen |= c;
                    i += 1;
                }
                let wb = &bytes[start..i];
                has_number |= seen & segment::DIGIT != 0;
                // the first word of a piece is capitalized anyway
                if !first && wb[0].is_ascii_uppercase() {
                    caps += 1;
                }
                first = false;
                words += 1;
                if past && opinion || seen & segment::ALNUM == 0 {
                    continue;
                }
                // the word without its punctuation
                let mut s = 0;
                while segment::BYTE_CLASS[wb[s] as usize] & segment::ALNUM == 0 {
                    s += 1;
                }
                let mut e = wb.len();
                while segment::BYTE_CLASS[wb[e - 1] as usize] & segment::ALNUM == 0 {
                    e -= 1;
                }
                worthiness_word(&wb[s..e], &mut past, &mut opinion);
            }
            continue;
        }
        // one pass over the bytes: words split at white space (ASCII by byte,
        // other chars decoded), the same words as `split_whitespace`
        let bytes = piece.as_bytes();
        let n = bytes.len();
        let space_at = |i: usize| -> (bool, usize) {
            let b = bytes[i];
            if b < 0x80 {
                (b.is_ascii_whitespace() || b == 0x0b, 1)
            } else {
                let c = piece[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        let mut i = 0;
        let mut first = true;
        while i < n {
            let (space, len) = space_at(i);
            if space {
                i += len;
                continue;
            }
            let start = i;
            while i < n {
                let b = bytes[i];
                if b < 0x80 {
                    if b.is_ascii_whitespace() || b == 0x0b {
                        break;
                    }
                    has_number |= b.is_ascii_digit();
                    i += 1;
                } else {
                    let (space, len) = space_at(i);
                    if space {
                        break;
                    }
                    i += len;
                }
            }
            let w = &piece[start..i];
            let wb = w.as_bytes();
            words += 1;
            if !first {
                let up = if wb[0] < 0x80 {
                    wb[0].is_ascii_uppercase()
                } else {
                    w.chars().next().is_some_and(char::is_uppercase)
                };
                if up {
                    caps += 1;
                }
            }
            first = false;
            if past && opinion {
                continue;
            }
            // the word without its punctuation (ASCII fast path)
            let plain = wb[0].is_ascii_alphanumeric() && wb[wb.len() - 1].is_ascii_alphanumeric();
            let lw = if plain {
                w
            } else {
                w.trim_matches(|c: char| !c.is_alphanumeric())
            };
            worthiness_word(lw.as_bytes(), &mut past, &mut opinion);
        }
    }
    if has_number {
        score += 0.25;
    }
    score += (caps as f32 * 0.05).min(0.2);
    if past {
        score += 0.1;
    }
    if attributed {
        score += 0.05;
    }
    if opinion {
        score -= 0.15;
    }
    if words < 5 {
        score -= 0.1;
    }
    (score.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests;
