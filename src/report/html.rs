//! HTML: one self-contained page (inline CSS with a print stylesheet, no scripts,
//! no external fetches). Every piece of text from the database is escaped.

use super::{Report, chain, verdict_hex, verdict_label};
use std::fmt::Write;

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn safe_url(u: &str) -> Option<String> {
    let l = u.trim().to_ascii_lowercase();
    (l.starts_with("http://") || l.starts_with("https://")).then(|| escape(u.trim()))
}

const CSS: &str = "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1d1d22}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:.6em 0}
th,td{border:1px solid #d0d0d8;padding:.35em .5em;vertical-align:top;text-align:left}th{background:#f2f2f6}
.v{color:#fff;border-radius:3px;padding:0 .4em;font-size:.85em;white-space:nowrap}.meta{color:#666;font-size:.9em}
.bar{display:flex;height:10px;width:160px;background:#ddd}.bar span{display:block;height:100%}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-before:auto}tr{page-break-inside:avoid}a{color:#000}.v{border:1px solid #000;color:#000!important;background:none!important}}";

/// Render the report as an HTML page.
pub fn render(r: &Report) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Fact-check report — {}</title><style>{CSS}</style></head><body>\n",
        escape(&r.desk_name)
    );
    let _ = write!(
        h,
        "<h1>Fact-check report</h1>\n<p class=\"meta\">{} · made {} from <code>{}</code></p>\n",
        escape(&r.desk_name),
        escape(&r.generated_at),
        escape(&r.database)
    );
    let s = &r.summary;
    let _ = write!(
        h,
        "<h2>Summary</h2>\n<table><tr><th>Claims</th><th>Verified</th><th>Disputed</th><th>Inconclusive</th><th>Unreviewed</th></tr><tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></table>\n",
        s.claims, s.verified, s.disputed, s.inconclusive, s.unreviewed
    );
    h.push_str("<h2>Sources</h2>\n<table><tr><th>Source</th><th>Kind</th><th>Claims</th><th>Verified</th><th>Disputed</th><th>Inconclusive</th><th>Unreviewed</th><th>Track record</th></tr>\n");
    for src in &r.sources {
        let total = src.claims.max(1) as f64;
        let pct = |n: i64| n as f64 * 100.0 / total;
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><div class=\"bar\"><span style=\"width:{:.0}%;background:#2ea043\"></span><span style=\"width:{:.0}%;background:#d73a49\"></span><span style=\"width:{:.0}%;background:#dba11b\"></span></div></td></tr>",
            escape(&src.source.name),
            src.source.kind.label(),
            src.claims,
            src.verified,
            src.disputed,
            src.inconclusive,
            src.unreviewed,
            pct(src.verified),
            pct(src.disputed),
            pct(src.inconclusive)
        );
        h.push('\n');
    }
    h.push_str("</table>\n");
    for a in &r.articles {
        let _ = write!(h, "<h2>{}</h2>\n<p class=\"meta\">", escape(&a.title));
        let meta: Vec<String> = [
            a.outlet.as_deref(),
            a.published.as_deref(),
            a.file.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(escape)
        .collect();
        h.push_str(&meta.join(" · "));
        if let Some(u) = a.url.as_deref().and_then(safe_url) {
            let _ = write!(h, " · <a href=\"{u}\">{u}</a>");
        }
        h.push_str("</p>\n<table><tr><th>#</th><th>Claim</th><th>Source</th><th>Via</th><th>Cue</th><th>Verdict</th><th>Reviewer</th><th>Note and evidence</th></tr>\n");
        for c in &a.claims {
            let role = c
                .source
                .role
                .as_deref()
                .map(|r| format!("<br><span class=\"meta\">{}</span>", escape(r)))
                .unwrap_or_default();
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}<br><span class=\"meta\">{}</span>{role}</td><td>{}</td><td>{}</td><td><span class=\"v\" style=\"background:{}\">{}</span></td><td>{}<br><span class=\"meta\">{}</span></td><td>{}",
                c.ordinal,
                escape(&c.text),
                escape(&c.source.name),
                c.source.kind.label(),
                escape(&chain(c)),
                escape(c.cue.as_deref().unwrap_or("")),
                verdict_hex(c.verdict),
                verdict_label(c.verdict),
                escape(c.reviewer.as_deref().unwrap_or("")),
                escape(c.reviewed_at.as_deref().unwrap_or("")),
                escape(c.note.as_deref().unwrap_or("")),
            );
            for e in &c.evidence {
                match safe_url(&e.url) {
                    Some(u) => {
                        let _ = write!(
                            h,
                            "<br><a href=\"{u}\">{}</a> {}",
                            escape(&e.url),
                            escape(&e.description)
                        );
                    }
                    None => {
                        let _ = write!(h, "<br>{} {}", escape(&e.url), escape(&e.description));
                    }
                }
            }
            h.push_str("</td></tr>\n");
        }
        h.push_str("</table>\n");
    }
    h.push_str("</body></html>\n");
    h
}
