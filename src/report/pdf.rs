//! PDF: written directly with `pdf-writer` (no external program): A4 pages in
//! the standard Helvetica fonts, the verdict summary first, then the sources and
//! every article's claims. Text outside the WinAnsi character set becomes `?`.

use super::{Report, chain, verdict_label};
use crate::model::Verdict;
use pdf_writer::{Content, Name, Pdf, Rect, Ref, Str};

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 50.0;

#[derive(Clone, Copy, PartialEq)]
enum Font {
    Regular,
    Bold,
}

struct Line {
    text: Vec<u8>,
    font: Font,
    size: f32,
    rgb: (f32, f32, f32),
    gap_before: f32,
}

/// Encode text in WinAnsi (Windows-1252), the encoding of the standard fonts.
pub fn win_ansi(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' | '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '\t' | '\n' | '\r' => b' ',
            _ => b'?',
        })
        .collect()
}

fn verdict_rgb(v: Verdict) -> (f32, f32, f32) {
    match v {
        Verdict::Unreviewed => (0.47, 0.47, 0.51),
        Verdict::Verified => (0.18, 0.63, 0.26),
        Verdict::Disputed => (0.84, 0.23, 0.29),
        Verdict::Inconclusive => (0.70, 0.52, 0.05),
    }
}

struct Lines(Vec<Line>);

impl Lines {
    /// Add text, wrapped to the page width (Helvetica averages about half an em a character).
    fn add(&mut self, text: &str, font: Font, size: f32, rgb: (f32, f32, f32), gap_before: f32) {
        let max_chars = ((PAGE_W - 2.0 * MARGIN) / (size * 0.52)) as usize;
        let mut line = String::new();
        let mut first = true;
        for word in text.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
                self.0.push(Line {
                    text: win_ansi(&line),
                    font,
                    size,
                    rgb,
                    gap_before: if first { gap_before } else { 0.0 },
                });
                first = false;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            // a single word longer than the line is cut
            if word.chars().count() > max_chars {
                line.push_str(&word.chars().take(max_chars).collect::<String>());
            } else {
                line.push_str(word);
            }
        }
        if !line.is_empty() || first {
            self.0.push(Line {
                text: win_ansi(&line),
                font,
                size,
                rgb,
                gap_before: if first { gap_before } else { 0.0 },
            });
        }
    }
}

const BLACK: (f32, f32, f32) = (0.1, 0.1, 0.12);
const GREY: (f32, f32, f32) = (0.4, 0.4, 0.45);

/// Render the report as PDF bytes.
pub fn render(r: &Report) -> Vec<u8> {
    let mut l = Lines(Vec::new());
    l.add("Fact-check report", Font::Bold, 18.0, BLACK, 0.0);
    l.add(
        &format!(
            "{} - made {} from {}",
            r.desk_name, r.generated_at, r.database
        ),
        Font::Regular,
        9.0,
        GREY,
        4.0,
    );
    let s = &r.summary;
    l.add("Summary", Font::Bold, 13.0, BLACK, 14.0);
    l.add(
        &format!(
            "{} claims: {} verified, {} disputed, {} inconclusive, {} unreviewed",
            s.claims, s.verified, s.disputed, s.inconclusive, s.unreviewed
        ),
        Font::Regular,
        10.0,
        BLACK,
        2.0,
    );
    l.add("Sources", Font::Bold, 13.0, BLACK, 14.0);
    for src in &r.sources {
        l.add(
            &format!(
                "{} ({}): {} claims - {} verified, {} disputed, {} inconclusive, {} unreviewed",
                src.source.name,
                src.source.kind.label(),
                src.claims,
                src.verified,
                src.disputed,
                src.inconclusive,
                src.unreviewed
            ),
            Font::Regular,
            9.5,
            BLACK,
            1.0,
        );
    }
    for a in &r.articles {
        l.add(&a.title, Font::Bold, 13.0, BLACK, 16.0);
        let meta: Vec<&str> = a.meta().into_iter().collect();
        if !meta.is_empty() {
            l.add(&meta.join(" - "), Font::Regular, 9.0, GREY, 1.0);
        }
        for c in &a.claims {
            l.add(
                &format!("{}. [{}] {}", c.ordinal, verdict_label(c.verdict), c.text),
                Font::Bold,
                10.0,
                verdict_rgb(c.verdict),
                7.0,
            );
            let mut source = format!("Source: {} ({})", c.source.name, c.source.kind.label());
            if let Some(role) = &c.source.role {
                source.push_str(&format!(", {role}"));
            }
            if !c.via.is_empty() {
                source.push_str(&format!(" via {}", chain(c)));
            }
            if let Some(cue) = &c.cue {
                source.push_str(&format!(" - cue \"{cue}\""));
            }
            l.add(&source, Font::Regular, 9.0, BLACK, 1.0);
            if let Some(rev) = &c.reviewer {
                l.add(
                    &format!(
                        "Reviewed by {rev} at {}",
                        c.reviewed_at.as_deref().unwrap_or("")
                    ),
                    Font::Regular,
                    9.0,
                    GREY,
                    0.0,
                );
            }
            if let Some(note) = &c.note {
                l.add(&format!("Note: {note}"), Font::Regular, 9.0, BLACK, 0.0);
            }
            for e in &c.evidence {
                l.add(
                    &format!("Evidence: {} {}", e.url, e.description),
                    Font::Regular,
                    9.0,
                    BLACK,
                    0.0,
                );
            }
        }
    }
    paginate(&l.0, r)
}

fn paginate(lines: &[Line], r: &Report) -> Vec<u8> {
    let mut pages: Vec<Vec<&Line>> = vec![vec![]];
    let mut y = PAGE_H - MARGIN;
    for line in lines {
        let h = line.size * 1.3 + line.gap_before;
        if y - h < MARGIN + 20.0 {
            pages.push(vec![]);
            y = PAGE_H - MARGIN;
        }
        y -= h;
        if let Some(p) = pages.last_mut() {
            p.push(line);
        }
    }
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first_page = 10;
    let page_ids: Vec<Ref> = (0..pages.len())
        .map(|i| Ref::new(first_page + 2 * i as i32))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);
    pdf.type1_font(regular)
        .base_font(Name(b"Helvetica"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.type1_font(bold)
        .base_font(Name(b"Helvetica-Bold"))
        .encoding_predefined(Name(b"WinAnsiEncoding"));
    pdf.document_info(info)
        .title(pdf_writer::TextStr("Fact-check report"))
        .creator(pdf_writer::TextStr("claimdesk"));
    let total = pages.len();
    for (i, page_lines) in pages.iter().enumerate() {
        let page_id = page_ids[i];
        let content_id = Ref::new(page_id.get() + 1);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
            .parent(tree)
            .contents(content_id);
        {
            let mut res = page.resources();
            let mut fonts = res.fonts();
            fonts.pair(Name(b"F1"), regular);
            fonts.pair(Name(b"F2"), bold);
        }
        drop(page);
        let mut c = Content::new();
        let mut y = PAGE_H - MARGIN;
        for line in page_lines {
            y -= line.size * 1.3 + line.gap_before;
            c.set_fill_rgb(line.rgb.0, line.rgb.1, line.rgb.2);
            c.begin_text();
            c.set_font(
                if line.font == Font::Bold {
                    Name(b"F2")
                } else {
                    Name(b"F1")
                },
                line.size,
            );
            c.next_line(MARGIN, y);
            c.show(Str(&line.text));
            c.end_text();
        }
        // footer
        let footer = win_ansi(&format!("{} - page {} of {}", r.desk_name, i + 1, total));
        c.set_fill_rgb(0.5, 0.5, 0.55);
        c.begin_text();
        c.set_font(Name(b"F1"), 8.0);
        c.next_line(MARGIN, MARGIN - 20.0);
        c.show(Str(&footer));
        c.end_text();
        pdf.stream(content_id, &c.finish());
    }
    pdf.finish()
}
