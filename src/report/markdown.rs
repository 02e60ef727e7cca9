//! Markdown: a summary, a source table, and one table of claims per article.
//! Pipes, backslashes and line breaks inside cells are escaped.

use super::{Report, chain, verdict_label};
use std::fmt::Write;

/// Escape text for a Markdown table cell.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push_str("<br>"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Render the report as Markdown.
pub fn render(r: &Report) -> String {
    let mut m = String::new();
    let _ = writeln!(
        m,
        "# Fact-check report\n\n{} · made {} from `{}`\n",
        cell(&r.desk_name),
        r.generated_at,
        r.database.replace('`', "'")
    );
    let s = &r.summary;
    let _ = writeln!(
        m,
        "## Summary\n\n| Claims | Verified | Disputed | Inconclusive | Unreviewed |\n|---:|---:|---:|---:|---:|\n| {} | {} | {} | {} | {} |\n",
        s.claims, s.verified, s.disputed, s.inconclusive, s.unreviewed
    );
    let _ = writeln!(
        m,
        "## Sources\n\n| Source | Kind | Claims | Verified | Disputed | Inconclusive | Unreviewed |\n|---|---|---:|---:|---:|---:|---:|"
    );
    for src in &r.sources {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} | {} | {} |",
            cell(&src.source.name),
            src.source.kind.label(),
            src.claims,
            src.verified,
            src.disputed,
            src.inconclusive,
            src.unreviewed
        );
    }
    for a in &r.articles {
        let _ = writeln!(m, "\n## {}\n", cell(&a.title));
        let meta: Vec<String> = a.meta().into_iter().map(cell).collect();
        if !meta.is_empty() {
            let _ = writeln!(m, "{}\n", meta.join(" · "));
        }
        let _ = writeln!(
            m,
            "| # | Claim | Source | Via | Cue | Verdict | Reviewer | Note | Evidence |\n|---:|---|---|---|---|---|---|---|---|"
        );
        for c in &a.claims {
            let source = match &c.source.role {
                Some(role) => format!("{} ({}, {})", c.source.name, role, c.source.kind.label()),
                None => format!("{} ({})", c.source.name, c.source.kind.label()),
            };
            let evidence: Vec<String> = c
                .evidence
                .iter()
                .map(|e| format!("{} {}", e.url, e.description))
                .collect();
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                c.ordinal,
                cell(&c.text),
                cell(&source),
                cell(&chain(c)),
                cell(c.cue.as_deref().unwrap_or("")),
                verdict_label(c.verdict),
                cell(c.reviewer.as_deref().unwrap_or("")),
                cell(c.note.as_deref().unwrap_or("")),
                cell(&evidence.join("\n"))
            );
        }
    }
    m
}
