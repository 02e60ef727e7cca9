//! Reports: the reviewed claims of a database as HTML, Markdown, CSV, JSON,
//! ClaimReview JSON-LD or PDF, one file per format.
//!
//! [`build`] reads what a report needs from the store once (articles, claims,
//! verdicts, notes, evidence, history, source track records); each format then
//! renders that [`Report`] and knows nothing of SQLite.

pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod pdf;

use crate::model::{
    Evidence, QuoteKind, Review, SourceKind, SourceRef, SourceStats, Verdict, now_rfc3339,
};
use crate::store::{ClaimFilter, Store, StoreError};
use serde::Serialize;
use std::collections::BTreeMap;
use std::str::FromStr;

/// The formats a report can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// One self-contained HTML page.
    Html,
    /// Markdown tables.
    Md,
    /// One row per claim (RFC 4180).
    Csv,
    /// The report as JSON.
    Json,
    /// schema.org ClaimReview JSON-LD.
    Claimreview,
    /// A paginated PDF.
    Pdf,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 6] = [
        Format::Html,
        Format::Md,
        Format::Csv,
        Format::Json,
        Format::Claimreview,
        Format::Pdf,
    ];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Claimreview => "jsonld",
            Format::Pdf => "pdf",
        }
    }

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Claimreview => "claimreview",
            Format::Pdf => "pdf",
        }
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| {
                f.as_str() == s.to_ascii_lowercase()
                    || s.eq_ignore_ascii_case("markdown") && *f == Format::Md
            })
            .ok_or_else(|| {
                format!("unknown format '{s}' (expected html, md, csv, json, claimreview or pdf)")
            })
    }
}

/// How verdicts map to ClaimReview ratings: (verdict, rating value, name).
#[derive(Debug, Clone, Serialize)]
pub struct RatingScale {
    /// Verified → e.g. (5, "True").
    pub verified: (u8, String),
    /// Disputed → e.g. (1, "False").
    pub disputed: (u8, String),
    /// Inconclusive → e.g. (3, "Unproven").
    pub inconclusive: (u8, String),
    /// Best rating value.
    pub best: u8,
    /// Worst rating value.
    pub worst: u8,
}

impl Default for RatingScale {
    fn default() -> Self {
        RatingScale {
            verified: (5, "True".into()),
            disputed: (1, "False".into()),
            inconclusive: (3, "Unproven".into()),
            best: 5,
            worst: 1,
        }
    }
}

impl RatingScale {
    /// The rating of a verdict (None for unreviewed).
    pub fn rating(&self, v: Verdict) -> Option<&(u8, String)> {
        match v {
            Verdict::Verified => Some(&self.verified),
            Verdict::Disputed => Some(&self.disputed),
            Verdict::Inconclusive => Some(&self.inconclusive),
            Verdict::Unreviewed => None,
        }
    }
}

/// What goes into a report and who publishes it.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Only these articles (empty: all).
    pub articles: Vec<i64>,
    /// Only these verdicts (empty: all).
    pub verdicts: Vec<Verdict>,
    /// Only this source (name or alias).
    pub source: Option<String>,
    /// Only this source kind.
    pub kind: Option<SourceKind>,
    /// Only claims containing this text.
    pub text: Option<String>,
    /// The desk's name (ClaimReview author).
    pub desk_name: String,
    /// The desk's URL.
    pub desk_url: String,
    /// Verdict → rating.
    pub ratings: RatingScale,
}

/// A claim as reported.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReport {
    /// Database id.
    pub id: i64,
    /// Ordinal within the article.
    pub ordinal: u32,
    /// The claim's text.
    pub text: String,
    /// Direct, indirect, mixed, none.
    pub quote: QuoteKind,
    /// The cue, if attributed.
    pub cue: Option<String>,
    /// Who made it.
    pub source: SourceRef,
    /// Who relayed it, nearest first.
    pub via: Vec<SourceRef>,
    /// Current verdict.
    pub verdict: Verdict,
    /// Who gave it.
    pub reviewer: Option<String>,
    /// When.
    pub reviewed_at: Option<String>,
    /// The latest note.
    pub note: Option<String>,
    /// Evidence links.
    pub evidence: Vec<Evidence>,
    /// Every verdict change, newest first.
    pub history: Vec<Review>,
    /// 0..1.
    pub check_worthiness: f32,
}

/// An article as reported.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleReport {
    /// Database id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// File it came from.
    pub file: Option<String>,
    /// Its claims in the report.
    pub claims: Vec<ClaimReport>,
}

impl ArticleReport {
    /// Outlet, date, URL and file, where known, in that order.
    pub fn meta(&self) -> Vec<&str> {
        [
            self.outlet.as_deref(),
            self.published.as_deref(),
            self.url.as_deref(),
            self.file.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

/// Counts by verdict.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Claims in the report.
    pub claims: usize,
    /// Verified.
    pub verified: usize,
    /// Disputed.
    pub disputed: usize,
    /// Inconclusive.
    pub inconclusive: usize,
    /// Unreviewed.
    pub unreviewed: usize,
}

/// Everything a report shows.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Always "claimdesk-report".
    pub format: &'static str,
    /// Version of this structure.
    pub version: u32,
    /// When it was made (RFC 3339).
    pub generated_at: String,
    /// From which database.
    pub database: String,
    /// The desk that publishes it.
    pub desk_name: String,
    /// Its URL.
    pub desk_url: String,
    /// Counts by verdict.
    pub summary: Summary,
    /// The sources of the reported claims, with their track records.
    pub sources: Vec<SourceStats>,
    /// The articles with their claims.
    pub articles: Vec<ArticleReport>,
    /// The verdict-to-rating mapping (ClaimReview).
    #[serde(skip)]
    pub ratings: RatingScale,
}

/// Read a report's data from the store.
pub fn build(store: &Store, opts: &ReportOptions) -> Result<Report, StoreError> {
    let filter = ClaimFilter {
        verdicts: opts.verdicts.clone(),
        source: opts.source.clone(),
        kind: opts.kind,
        text: opts.text.clone(),
        ..Default::default()
    };
    let claims = store.claims(&filter)?;
    let mut by_article: BTreeMap<i64, Vec<ClaimReport>> = BTreeMap::new();
    let mut summary = Summary::default();
    let mut source_ids = std::collections::BTreeSet::new();
    for c in claims {
        if !opts.articles.is_empty() && !opts.articles.contains(&c.article_id) {
            continue;
        }
        summary.claims += 1;
        match c.verdict {
            Verdict::Verified => summary.verified += 1,
            Verdict::Disputed => summary.disputed += 1,
            Verdict::Inconclusive => summary.inconclusive += 1,
            Verdict::Unreviewed => summary.unreviewed += 1,
        }
        source_ids.insert(c.source_id);
        let evidence = store.evidence(c.id)?;
        let history = store.history(c.id)?;
        by_article
            .entry(c.article_id)
            .or_default()
            .push(ClaimReport {
                id: c.id,
                ordinal: c.claim.id,
                text: c.claim.text,
                quote: c.claim.quote,
                cue: c.claim.cue.map(|m| m.text),
                source: c.claim.source,
                via: c.claim.via,
                verdict: c.verdict,
                reviewer: c.reviewer,
                reviewed_at: c.reviewed_at,
                note: c.note.filter(|n| !n.is_empty()),
                evidence,
                history,
                check_worthiness: c.claim.check_worthiness,
            });
    }
    let mut articles = Vec::new();
    for (id, claims) in by_article {
        let a = store.article(id)?;
        articles.push(ArticleReport {
            id,
            title: a.title,
            outlet: a.outlet,
            published: a.published,
            url: a.url,
            file: a.file_name,
            claims,
        });
    }
    let sources = store
        .sources()?
        .into_iter()
        .filter(|s| source_ids.contains(&s.source.id))
        .collect();
    Ok(Report {
        format: "claimdesk-report",
        version: 1,
        generated_at: now_rfc3339(),
        database: store
            .path()
            .map_or_else(|| "in-memory".to_string(), |p| p.display().to_string()),
        desk_name: if opts.desk_name.is_empty() {
            "claimdesk fact-check desk".into()
        } else {
            opts.desk_name.clone()
        },
        desk_url: opts.desk_url.clone(),
        summary,
        sources,
        articles,
        ratings: opts.ratings.clone(),
    })
}

/// Render a report in a format (PDF bytes are binary; the rest UTF-8).
pub fn render(report: &Report, format: Format) -> Vec<u8> {
    match format {
        Format::Html => html::render(report).into_bytes(),
        Format::Md => markdown::render(report).into_bytes(),
        Format::Csv => csv::render(report),
        Format::Json => json::render(report).into_bytes(),
        Format::Claimreview => claimreview::render(report).into_bytes(),
        Format::Pdf => pdf::render(report),
    }
}

/// The via chain as text: `Ministry <- Channel`.
pub fn chain(c: &ClaimReport) -> String {
    c.via
        .iter()
        .map(|v| v.name.as_str())
        .collect::<Vec<_>>()
        .join(" <- ")
}

/// A human label for a verdict.
pub fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Unreviewed => "Unreviewed",
        Verdict::Verified => "Verified",
        Verdict::Disputed => "Disputed",
        Verdict::Inconclusive => "Inconclusive",
    }
}

/// The app's verdict colours as CSS hex (match the GUI chips).
pub fn verdict_hex(v: Verdict) -> &'static str {
    match v {
        Verdict::Unreviewed => "#787882",
        Verdict::Verified => "#2ea043",
        Verdict::Disputed => "#d73a49",
        Verdict::Inconclusive => "#dba11b",
    }
}
