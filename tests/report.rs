//! Reports on a fixture database: the seed-style sample reviewed, plus an article
//! whose claims carry `<script>` and `=HYPERLINK(...)`. Golden files for every
//! format (set UPDATE_GOLDEN=1 to rewrite them after an intended change), and
//! each format read back the way its usual reader would.

use claimdesk::model::{SourceKind, SourceRef, Verdict};
use claimdesk::report::{self, Format, ReportOptions};
use claimdesk::store::{ClaimFilter, Expect, Store};
use std::path::Path;

const HOSTILE: &str = "Council row over the vote\n\nCouncillor Ada Penn said <script>alert('pwned')</script> was found in the tally sheet.\n\n=HYPERLINK(\"http://evil.example\",\"Click\") appeared in the minutes of the meeting.\n\nThe clerk said the minutes | had a pipe\nand a line break.\n";

fn fixture() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tmp");
    let mut store = Store::open(&dir.path().join("fixture.sqlite3")).expect("open");
    claimdesk::pipeline::import_text(
        &mut store,
        "01-veska-drovania-border.txt",
        claimdesk::samples::SAMPLES[0].1,
    )
    .expect("sample");
    claimdesk::pipeline::import_text(&mut store, "hostile.txt", HOSTILE).expect("hostile");
    let claims = store.claims(&ClaimFilter::default()).expect("claims");
    let find = |needle: &str| {
        claims
            .iter()
            .find(|c| c.claim.text.contains(needle))
            .unwrap_or_else(|| panic!("no claim with {needle}"))
            .id
    };
    let vostrik = find("Drovania supports the Talmark-led");
    let kasz = find("firmly opposes");
    let kora = find("37 people");
    store
        .review(
            vostrik,
            Verdict::Verified,
            "matches the ministry readout",
            "Ana Reyes",
            Expect::Any,
        )
        .expect("review");
    store
        .review(
            kasz,
            Verdict::Disputed,
            "the call was on Tuesday, not Monday",
            "Ben Okafor",
            Expect::Any,
        )
        .expect("review");
    store
        .review(kora, Verdict::Inconclusive, "", "Ana Reyes", Expect::Any)
        .expect("review");
    store
        .add_evidence(
            kasz,
            "https://example.org/call-log",
            "official call log",
            "Ben Okafor",
        )
        .expect("evidence");
    // the hostile claims, added by hand so their text is exactly what we test
    let art = store
        .articles()
        .expect("articles")
        .into_iter()
        .find(|a| a.title.starts_with("Council"))
        .expect("hostile article")
        .id;
    let text = store.article(art).expect("article").text;
    let s = text.find("=HYPERLINK").expect("formula");
    let e = text[s..].find('\n').map_or(text.len(), |i| s + i);
    let formula = store
        .add_manual_claim(art, s, e, SourceRef::publication("article"), "Ana Reyes")
        .expect("manual");
    store
        .review(
            formula,
            Verdict::Disputed,
            "=cmd|' /C calc'!A0",
            "Ana Reyes",
            Expect::Any,
        )
        .expect("review");
    let script = store
        .claims(&ClaimFilter {
            text: Some("<script>".into()),
            ..Default::default()
        })
        .expect("claims");
    assert!(!script.is_empty(), "the script text is a claim");
    store
        .review(
            script[0].id,
            Verdict::Inconclusive,
            "<b>bold?</b>",
            "Ana Reyes",
            Expect::Any,
        )
        .expect("review");
    (dir, store)
}

fn opts() -> ReportOptions {
    ReportOptions {
        desk_name: "Varno Fact Desk".into(),
        desk_url: "https://factdesk.example/".into(),
        ..Default::default()
    }
}

/// Normalize what changes between runs: times and the temp path.
fn stable(s: &str) -> String {
    let time = regex::Regex::new(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z").expect("re");
    let date = regex::Regex::new(r"\b20\d\d-\d\d-\d\d\b").expect("re");
    let path = regex::Regex::new(r"/[^\s`\x22<]*fixture\.sqlite3").expect("re");
    let s = time.replace_all(s, "TIME");
    let s = date.replace_all(&s, "DATE");
    path.replace_all(&s, "DB").into_owned()
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    let actual = stable(actual);
    if std::env::var_os("UPDATE_GOLDEN").is_some() || !path.exists() {
        std::fs::write(&path, &actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("golden");
    assert_eq!(
        actual, expected,
        "{name} differs from its golden file (UPDATE_GOLDEN=1 to accept)"
    );
}

#[test]
fn every_text_format_matches_its_golden_file() {
    let (_d, store) = fixture();
    let r = report::build(&store, &opts()).expect("build");
    for f in [
        Format::Html,
        Format::Md,
        Format::Csv,
        Format::Json,
        Format::Claimreview,
    ] {
        let out = String::from_utf8(report::render(&r, f)).expect("utf8");
        golden(&format!("report.{}", f.extension()), &out);
    }
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let (_d, store) = fixture();
    let html = String::from_utf8(report::render(
        &report::build(&store, &opts()).expect("build"),
        Format::Html,
    ))
    .expect("utf8");
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    assert_eq!(
        doc.select(&sel("script")).count(),
        0,
        "a claim's <script> became markup"
    );
    assert_eq!(
        doc.select(&sel("b")).count(),
        0,
        "a note's <b> became markup"
    );
    assert_eq!(
        doc.select(&sel("link, img, iframe, [src]")).count(),
        0,
        "external fetches"
    );
    let cells: Vec<String> = doc
        .select(&sel("td"))
        .map(|td| td.text().collect::<String>())
        .collect();
    assert!(
        cells
            .iter()
            .any(|c| c.contains("<script>alert('pwned')</script>")),
        "script shown as text"
    );
    assert!(html.contains("@media print"), "print stylesheet");
    for v in ["#2ea043", "#d73a49", "#dba11b"] {
        assert!(html.contains(v), "verdict colour {v}");
    }
}

#[test]
fn csv_reads_back_with_formulas_neutralised() {
    let (_d, store) = fixture();
    let bytes = report::render(&report::build(&store, &opts()).expect("build"), Format::Csv);
    let mut rdr = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = rdr
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header[0], "claim_id");
    let mut rows = 0;
    for rec in rdr.records() {
        let rec = rec.expect("record");
        rows += 1;
        assert_eq!(rec.len(), header.len());
        for cell in rec.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "formula cell {cell:?}"
            );
        }
    }
    let all: String = String::from_utf8(bytes).expect("utf8");
    assert!(all.contains("'=HYPERLINK"), "formula kept as text");
    assert!(all.contains("'=cmd|"), "note formula kept as text");
    assert_eq!(
        rows,
        store.claims(&ClaimFilter::default()).expect("claims").len()
    );
}

#[test]
fn claimreview_items_have_every_field_and_the_right_authors() {
    let (_d, store) = fixture();
    let json = String::from_utf8(report::render(
        &report::build(&store, &opts()).expect("build"),
        Format::Claimreview,
    ))
    .expect("utf8");
    let items: Vec<serde_json::Value> = serde_json::from_str(&json).expect("json array");
    assert_eq!(items.len(), 5, "one per reviewed claim");
    for it in &items {
        assert_eq!(it["@context"], "https://schema.org");
        assert_eq!(it["@type"], "ClaimReview");
        for k in ["url", "claimReviewed", "datePublished"] {
            assert!(it[k].as_str().is_some_and(|s| !s.is_empty()), "{k}");
        }
        assert!(it["claimReviewed"].as_str().expect("claim").chars().count() <= 280);
        assert_eq!(it["author"]["@type"], "Organization");
        assert_eq!(it["author"]["name"], "Varno Fact Desk");
        assert_eq!(it["author"]["url"], "https://factdesk.example/");
        assert_eq!(it["itemReviewed"]["@type"], "Claim");
        assert!(it["itemReviewed"]["author"]["name"].is_string());
        assert!(it["itemReviewed"]["appearance"].is_object());
        let rating = &it["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        for k in ["ratingValue", "bestRating", "worstRating"] {
            assert!(rating[k].is_number(), "{k}");
        }
        assert!(rating["alternateName"].is_string());
    }
    let vostrik = items
        .iter()
        .find(|i| {
            i["claimReviewed"]
                .as_str()
                .is_some_and(|c| c.starts_with("Drovania supports"))
        })
        .expect("vostrik");
    assert_eq!(vostrik["itemReviewed"]["author"]["name"], "Ilan Vostrik");
    assert_eq!(vostrik["itemReviewed"]["author"]["@type"], "Person");
    assert_eq!(vostrik["reviewRating"]["alternateName"], "True");
    assert_eq!(vostrik["reviewRating"]["ratingValue"], 5);
    let kora = items
        .iter()
        .find(|i| {
            i["claimReviewed"]
                .as_str()
                .is_some_and(|c| c.contains("37 people"))
        })
        .expect("kora");
    assert_eq!(
        kora["itemReviewed"]["author"]["name"],
        "Veskan Ministry of Health"
    );
    assert_eq!(kora["itemReviewed"]["author"]["@type"], "Organization");
    assert_eq!(kora["reviewRating"]["alternateName"], "Unproven");
}

#[test]
fn markdown_cells_keep_their_columns() {
    let (_d, store) = fixture();
    let md = String::from_utf8(report::render(
        &report::build(&store, &opts()).expect("build"),
        Format::Md,
    ))
    .expect("utf8");
    for line in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("Ana Reyes"))
    {
        let unescaped = line.len() - line.replace('|', "").len() - line.matches("\\|").count();
        assert_eq!(unescaped, 10, "a cell broke its row: {line}");
    }
    assert!(!md.contains("<script>"), "raw HTML in markdown");
}

#[test]
fn json_report_has_the_summary_and_evidence() {
    let (_d, store) = fixture();
    let v: serde_json::Value = serde_json::from_slice(&report::render(
        &report::build(&store, &opts()).expect("build"),
        Format::Json,
    ))
    .expect("json");
    assert_eq!(v["format"], "claimdesk-report");
    assert_eq!(v["summary"]["verified"], 1);
    assert_eq!(v["summary"]["disputed"], 2);
    assert_eq!(v["summary"]["inconclusive"], 2);
    let claims: Vec<&serde_json::Value> = v["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .flat_map(|a| a["claims"].as_array().expect("claims"))
        .collect();
    assert!(
        claims
            .iter()
            .any(|c| c["evidence"][0]["url"] == "https://example.org/call-log")
    );
}

#[test]
fn pdf_text_has_claims_verdicts_and_summary_first() {
    let (_d, store) = fixture();
    let bytes = report::render(&report::build(&store, &opts()).expect("build"), Format::Pdf);
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("pdf text");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Fact-check report",
        "Summary",
        "Verified",
        "Disputed",
        "Inconclusive",
        "Ilan Vostrik",
        "official call log",
    ] {
        assert!(flat.contains(needle), "PDF text lacks {needle:?}");
    }
    assert!(
        flat.find("Summary") < flat.find("Drovania supports"),
        "summary comes first"
    );
}

#[test]
fn filters_select_claims() {
    let (_d, store) = fixture();
    let o = ReportOptions {
        verdicts: vec![Verdict::Disputed],
        ..opts()
    };
    let r = report::build(&store, &o).expect("build");
    assert_eq!(r.summary.claims, 2);
    let o = ReportOptions {
        kind: Some(SourceKind::Government),
        ..opts()
    };
    assert!(
        report::build(&store, &o)
            .expect("build")
            .articles
            .iter()
            .flat_map(|a| &a.claims)
            .all(|c| c.source.kind == SourceKind::Government)
    );
}
