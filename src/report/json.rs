//! JSON: the [`Report`](super::Report) structure itself, stable and documented
//! by its types: `{format, version, generated_at, database, desk_name, desk_url,
//! summary, sources[], articles[{..., claims[{..., source, via, verdict, note,
//! evidence[], history[]}]}]}`.

/// Pretty-printed JSON of the report.
pub fn render(report: &super::Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
