//! Plain data shared by every layer: articles, claims, sources, reviews.
//!
//! Nothing here knows about SQLite, egui or the extractor; every type is
//! serde-serializable so the CLI, the reports and the GUI speak the same shapes.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of entity made (or relayed) a claim; the eight kinds of the claims guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person acting in a public office.
    Official,
    /// Any other named person.
    Person,
    /// A government body or the state as a collective.
    Government,
    /// Media the text calls state media, or a known state outlet.
    StateMedia,
    /// Any other media.
    NewsOutlet,
    /// Non-governmental or international bodies, companies, parties.
    Organization,
    /// Anonymous or vague sources.
    Unnamed,
    /// The article itself: unattributed claims.
    Publication,
}

impl SourceKind {
    /// Every kind, in display order.
    pub const ALL: [SourceKind; 8] = [
        SourceKind::StateMedia,
        SourceKind::Government,
        SourceKind::Official,
        SourceKind::NewsOutlet,
        SourceKind::Organization,
        SourceKind::Person,
        SourceKind::Unnamed,
        SourceKind::Publication,
    ];

    /// The snake_case name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Person => "person",
            SourceKind::Government => "government",
            SourceKind::StateMedia => "state_media",
            SourceKind::NewsOutlet => "news_outlet",
            SourceKind::Organization => "organization",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Publication => "publication",
        }
    }

    /// A human label for the UI and reports.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Person => "person",
            SourceKind::Government => "government",
            SourceKind::StateMedia => "state media",
            SourceKind::NewsOutlet => "news outlet",
            SourceKind::Organization => "organization",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Publication => "publication",
        }
    }

    /// Whether the source is a person (so a ClaimReview author is a `Person`).
    pub fn is_person(self) -> bool {
        matches!(self, SourceKind::Official | SourceKind::Person)
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An unknown name for a kind, verdict or quote kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{value}' (expected one of: {expected})")]
pub struct ParseNameError {
    /// What was being parsed.
    pub what: &'static str,
    /// The text that did not parse.
    pub value: String,
    /// The accepted names.
    pub expected: &'static str,
}

impl FromStr for SourceKind {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        SourceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == norm)
            .ok_or_else(|| ParseNameError {
                what: "source kind",
                value: s.to_string(),
                expected: "official, person, government, state_media, news_outlet, organization, unnamed, publication",
            })
    }
}

/// How the claim's content appears in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Inside quote marks.
    Direct,
    /// Reported speech.
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// Unattributed: the publication's own voice.
    None,
}

impl QuoteKind {
    /// The snake_case name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
            QuoteKind::None => "none",
        }
    }
}

impl FromStr for QuoteKind {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "direct" => Ok(QuoteKind::Direct),
            "indirect" => Ok(QuoteKind::Indirect),
            "mixed" => Ok(QuoteKind::Mixed),
            "none" => Ok(QuoteKind::None),
            _ => Err(ParseNameError {
                what: "quote kind",
                value: s.to_string(),
                expected: "direct, indirect, mixed, none",
            }),
        }
    }
}

/// A piece of the article's text with its byte span (`end` exclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The exact words.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// Who made or relayed a claim, as the article names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// Canonical (resolved) name, without titles.
    pub name: String,
    /// The source's kind.
    pub kind: SourceKind,
    /// False when a pronoun or short form could not be resolved with confidence.
    pub resolved: bool,
    /// The title or office, when the article gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The words in the article that name the source (null for the publication).
    pub mention: Option<Mention>,
}

impl SourceRef {
    /// The source of an unattributed claim: the publication itself.
    pub fn publication(name: &str) -> Self {
        SourceRef {
            name: name.to_string(),
            kind: SourceKind::Publication,
            resolved: true,
            role: None,
            mention: None,
        }
    }
}

/// One checkable claim as the extractor finds it: exactly the record of the claims guide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// 1-based ordinal within the article.
    pub id: u32,
    /// The content (pieces joined by a single space).
    pub text: String,
    /// Byte offset where the content starts.
    pub start: usize,
    /// Byte offset where the content ends (exclusive).
    pub end: usize,
    /// Direct, indirect, mixed or none.
    pub quote: QuoteKind,
    /// The communication cue (`said`, `according to`, ...); null when unattributed.
    pub cue: Option<Mention>,
    /// Who originally made the assertion.
    pub source: SourceRef,
    /// Who relayed it, nearest to the source first.
    pub via: Vec<SourceRef>,
    /// 0..1, higher for numbers, named entities and past events.
    pub check_worthiness: f32,
}

/// What `extract --json` prints for one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Extraction {
    /// The input file as given.
    pub file: String,
    /// The article's title.
    pub title: String,
    /// Its claims, in text order.
    pub claims: Vec<Claim>,
}

/// A reviewer's verdict on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nobody has judged it (or a verdict was reset).
    Unreviewed,
    /// Evidence confirms it.
    Verified,
    /// Evidence contradicts it.
    Disputed,
    /// Evidence does not settle it.
    Inconclusive,
}

impl Verdict {
    /// Every verdict, in display order.
    pub const ALL: [Verdict; 4] = [
        Verdict::Unreviewed,
        Verdict::Verified,
        Verdict::Disputed,
        Verdict::Inconclusive,
    ];

    /// The snake_case name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "unreviewed",
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
            Verdict::Inconclusive => "inconclusive",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Verdict {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase();
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == norm)
            .ok_or_else(|| ParseNameError {
                what: "verdict",
                value: s.to_string(),
                expected: "unreviewed, verified, disputed, inconclusive",
            })
    }
}

/// An article as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Database id.
    pub id: i64,
    /// Title (first line, heading or `<title>`).
    pub title: String,
    /// The outlet, where the text states it.
    pub outlet: Option<String>,
    /// The article's URL, where known.
    pub url: Option<String>,
    /// The publication date as the text states it (ISO when it could be parsed).
    pub published: Option<String>,
    /// When it was imported (RFC 3339, UTC).
    pub imported_at: String,
    /// The file it came from.
    pub file_name: Option<String>,
    /// SHA-256 of the text, hex; the same content is imported once.
    pub sha256: String,
    /// The article's text, as the extractor saw it.
    pub text: String,
}

/// A summary row for article lists (no text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// Database id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Outlet, if known.
    pub outlet: Option<String>,
    /// Publication date, if known.
    pub published: Option<String>,
    /// File it came from.
    pub file_name: Option<String>,
    /// When it was imported.
    pub imported_at: String,
    /// Number of claims (not counting orphaned ones).
    pub claims: i64,
    /// Number of claims with a verdict other than unreviewed.
    pub reviewed: i64,
}

/// A source as stored: one canonical entity with its aliases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Database id.
    pub id: i64,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: SourceKind,
    /// Other names it goes by.
    pub aliases: Vec<String>,
}

/// A source with its track record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceStats {
    /// The source.
    #[serde(flatten)]
    pub source: Source,
    /// Claims attributed to it.
    pub claims: i64,
    /// Of which verified.
    pub verified: i64,
    /// Of which disputed.
    pub disputed: i64,
    /// Of which inconclusive.
    pub inconclusive: i64,
    /// Of which unreviewed.
    pub unreviewed: i64,
}

/// Where a stored claim came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Found by the extractor.
    Extractor,
    /// Added by hand by a reviewer.
    Manual,
}

/// A claim as stored, with its current review state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredClaim {
    /// Database id (stable across re-extraction).
    pub id: i64,
    /// The article it belongs to.
    pub article_id: i64,
    /// The article's title.
    pub article_title: String,
    /// The stored source's id.
    pub source_id: i64,
    /// The claim record (its `id` is the ordinal within the article).
    #[serde(flatten)]
    pub claim: Claim,
    /// The current verdict (latest review).
    pub verdict: Verdict,
    /// Who gave the current verdict.
    pub reviewer: Option<String>,
    /// The note of the latest review.
    pub note: Option<String>,
    /// When the latest review was made.
    pub reviewed_at: Option<String>,
    /// The latest review's id (what a new review replaces).
    pub review_id: Option<i64>,
    /// The extractor no longer finds it, but it was reviewed, so it is kept.
    pub orphaned: bool,
    /// A reviewer marked it "not a claim".
    pub not_a_claim: bool,
    /// A reviewer corrected its source; re-extraction keeps the correction.
    pub corrected: bool,
    /// Extractor or manual.
    pub origin: Origin,
}

/// One entry of a claim's review log (append-only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Database id.
    pub id: i64,
    /// The claim reviewed.
    pub claim_id: i64,
    /// The verdict given.
    pub verdict: Verdict,
    /// The reviewer's note.
    pub note: String,
    /// Who.
    pub reviewer: String,
    /// When (RFC 3339, UTC).
    pub created_at: String,
    /// The review this one replaced (None for the first).
    pub replaces: Option<i64>,
}

/// A piece of evidence attached to a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Database id.
    pub id: i64,
    /// The claim it supports or refutes.
    pub claim_id: i64,
    /// Where it is.
    pub url: String,
    /// What it shows.
    pub description: String,
    /// Who added it.
    pub added_by: String,
    /// When (RFC 3339, UTC).
    pub added_at: String,
}

/// A new article to store.
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    /// Title.
    pub title: String,
    /// Outlet, if the text says.
    pub outlet: Option<String>,
    /// URL, if known.
    pub url: Option<String>,
    /// Publication date, if the text says.
    pub published: Option<String>,
    /// The file it came from.
    pub file_name: Option<String>,
    /// The text.
    pub text: String,
}

/// The current time as RFC 3339 UTC with seconds, e.g. `2026-11-28T15:04:05Z`.
pub fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc();
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    now.format(&fmt)
        .unwrap_or_else(|_| now.unix_timestamp().to_string())
}
