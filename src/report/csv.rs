//! CSV: RFC 4180 through the `csv` crate, one row per claim, a header row.
//! Cells that a spreadsheet would read as a formula are neutralised.

use super::{Report, chain};

/// Prefix a cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`.
pub fn neutralize(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

/// The column names.
pub const HEADER: [&str; 17] = [
    "claim_id",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "ordinal",
    "claim",
    "source",
    "source_kind",
    "source_role",
    "via",
    "cue",
    "verdict",
    "reviewer",
    "reviewed_at",
    "note",
    "evidence",
];

/// Render the report as CSV bytes (UTF-8).
pub fn render(r: &Report) -> Vec<u8> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for a in &r.articles {
        for c in &a.claims {
            let evidence: Vec<String> = c
                .evidence
                .iter()
                .map(|e| format!("{} {}", e.url, e.description).trim().to_string())
                .collect();
            let row = [
                c.id.to_string(),
                a.id.to_string(),
                a.title.clone(),
                a.outlet.clone().unwrap_or_default(),
                a.published.clone().unwrap_or_default(),
                c.ordinal.to_string(),
                c.text.clone(),
                c.source.name.clone(),
                c.source.kind.as_str().to_string(),
                c.source.role.clone().unwrap_or_default(),
                chain(c),
                c.cue.clone().unwrap_or_default(),
                c.verdict.as_str().to_string(),
                c.reviewer.clone().unwrap_or_default(),
                c.reviewed_at.clone().unwrap_or_default(),
                c.note.clone().unwrap_or_default(),
                evidence.join("; "),
            ];
            let _ = w.write_record(row.iter().map(|s| neutralize(s)));
        }
    }
    w.into_inner().unwrap_or_default()
}
