//! ClaimReview: a JSON-LD array with one schema.org `ClaimReview` per reviewed
//! claim (verified, disputed, inconclusive), the form fact-check search tools read.

use super::Report;
use crate::model::Verdict;
use serde_json::{Value, json};

/// `claimReviewed` is kept short: at most this many characters.
pub const MAX_CLAIM_CHARS: usize = 280;

fn short(s: &str) -> String {
    if s.chars().count() <= MAX_CLAIM_CHARS {
        return s.to_string();
    }
    let mut t: String = s.chars().take(MAX_CLAIM_CHARS - 1).collect();
    t.push('…');
    t
}

/// Render the report as a JSON-LD array of ClaimReview items.
pub fn render(r: &Report) -> String {
    let mut items: Vec<Value> = Vec::new();
    for a in &r.articles {
        for c in &a.claims {
            if c.verdict == Verdict::Unreviewed {
                continue;
            }
            let Some((value, name)) = r.ratings.rating(c.verdict) else {
                continue;
            };
            let author_type = if c.source.kind.is_person() {
                "Person"
            } else {
                "Organization"
            };
            let mut claim_author = json!({"@type": author_type, "name": c.source.name});
            if let Some(role) = &c.source.role {
                claim_author["jobTitle"] = json!(role);
            }
            let mut item_reviewed = json!({"@type": "Claim", "author": claim_author});
            if let Some(d) = &a.published {
                item_reviewed["datePublished"] = json!(d);
            }
            let mut appearance = json!({"@type": "CreativeWork", "headline": a.title});
            if let Some(u) = &a.url {
                appearance["url"] = json!(u);
            }
            item_reviewed["appearance"] = appearance;
            let date = c
                .reviewed_at
                .as_deref()
                .map(|d| d.get(..10).unwrap_or(d).to_string())
                .unwrap_or_else(|| r.generated_at.get(..10).unwrap_or("").to_string());
            let url = if r.desk_url.is_empty() {
                format!("urn:claimdesk:claim:{}", c.id)
            } else {
                format!("{}#claim-{}", r.desk_url.trim_end_matches('/'), c.id)
            };
            let mut desk = json!({"@type": "Organization", "name": r.desk_name});
            if !r.desk_url.is_empty() {
                desk["url"] = json!(r.desk_url);
            }
            items.push(json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": url,
                "claimReviewed": short(&c.text),
                "datePublished": date,
                "author": desk,
                "itemReviewed": item_reviewed,
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": r.ratings.best,
                    "worstRating": r.ratings.worst,
                    "alternateName": name,
                },
            }));
        }
    }
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
}
