//! Store round-trips on in-memory and on-disk databases.

use super::*;
use crate::model::{Claim, Mention, QuoteKind, SourceKind, SourceRef};

fn claim(ordinal: u32, text: &str, start: usize, source: &str, kind: SourceKind) -> Claim {
    Claim {
        id: ordinal,
        text: text.into(),
        start,
        end: start + text.len(),
        quote: QuoteKind::Indirect,
        cue: Some(Mention {
            text: "said".into(),
            start: 0,
            end: 4,
        }),
        source: SourceRef {
            name: source.into(),
            kind,
            resolved: true,
            role: None,
            mention: None,
        },
        via: vec![],
        check_worthiness: 0.5,
    }
}

fn article(text: &str) -> NewArticle {
    NewArticle {
        title: "T".into(),
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn migrations_apply_in_order_and_record_the_version() {
    let s = Store::open_in_memory().expect("open");
    assert_eq!(
        s.schema_version().expect("version"),
        MIGRATIONS.len() as i64
    );
    let tables: i64 = s.conn.query_row("SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('articles','claims','reviews','sources','evidence')", [], |r| r.get(0)).expect("count");
    assert_eq!(tables, 5);
}

#[test]
fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("db.sqlite3");
    drop(Store::open(&p).expect("create"));
    let c = rusqlite::Connection::open(&p).expect("raw");
    c.execute_batch("PRAGMA user_version = 99").expect("bump");
    drop(c);
    match Store::open(&p) {
        Err(StoreError::NewerSchema { found: 99, .. }) => {}
        other => panic!("expected NewerSchema, got {:?}", other.err()),
    }
}

#[test]
fn import_is_idempotent_and_claims_round_trip() {
    let mut s = Store::open_in_memory().expect("open");
    let text = "Wang said the dam held.";
    let c = claim(1, "the dam held", 10, "Wang", SourceKind::Official);
    let first = s
        .import_article(&article(text), std::slice::from_ref(&c))
        .expect("import");
    let Imported::New { id, claims: 1 } = first else {
        panic!("{first:?}")
    };
    assert_eq!(
        s.import_article(&article(text), &[c]).expect("again"),
        Imported::Duplicate(id)
    );
    let all = s.claims(&ClaimFilter::default()).expect("claims");
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].claim.text, "the dam held");
    assert_eq!(all[0].claim.source.name, "Wang");
    assert_eq!(all[0].verdict, Verdict::Unreviewed);
    assert_eq!(s.articles().expect("articles").len(), 1);
}

#[test]
fn reviews_are_append_only_and_conflicts_are_reported() {
    let mut s = Store::open_in_memory().expect("open");
    s.import_article(
        &article("x said y."),
        &[claim(1, "y", 7, "x", SourceKind::Person)],
    )
    .expect("import");
    let cid = s.claims(&ClaimFilter::default()).expect("claims")[0].id;
    let r1 = s
        .review(cid, Verdict::Verified, "ok", "ana", Expect::Current(None))
        .expect("r1");
    let r2 = s
        .review(
            cid,
            Verdict::Disputed,
            "no",
            "ben",
            Expect::Current(Some(r1.id)),
        )
        .expect("r2");
    assert_eq!(r2.replaces, Some(r1.id));
    // a third writer who still believes r1 is current gets a conflict, not a silent overwrite
    match s.review(
        cid,
        Verdict::Verified,
        "",
        "cy",
        Expect::Current(Some(r1.id)),
    ) {
        Err(StoreError::Conflict { current, .. }) => assert_eq!(current.reviewer, "ben"),
        other => panic!("expected conflict, got {other:?}"),
    }
    let h = s.history(cid).expect("history");
    assert_eq!(
        h.iter().map(|r| r.verdict).collect::<Vec<_>>(),
        vec![Verdict::Disputed, Verdict::Verified]
    );
    assert_eq!(s.claim(cid).expect("claim").verdict, Verdict::Disputed);
    assert!(
        s.conn
            .execute("UPDATE reviews SET verdict = 'verified'", [])
            .is_err()
    );
    assert!(s.conn.execute("DELETE FROM reviews", []).is_err());
}

#[test]
fn review_survives_reopening_the_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("db.sqlite3");
    let cid = {
        let mut s = Store::open(&p).expect("open");
        s.import_article(
            &article("x said y."),
            &[claim(1, "y", 7, "x", SourceKind::Person)],
        )
        .expect("import");
        let cid = s.claims(&ClaimFilter::default()).expect("claims")[0].id;
        s.review(cid, Verdict::Inconclusive, "need data", "ana", Expect::Any)
            .expect("review");
        cid
    };
    let s = Store::open(&p).expect("reopen");
    let c = s.claim(cid).expect("claim");
    assert_eq!(c.verdict, Verdict::Inconclusive);
    assert_eq!(c.note.as_deref(), Some("need data"));
    assert_eq!(c.reviewer.as_deref(), Some("ana"));
}

#[test]
fn reextract_keeps_ids_and_orphans_reviewed_claims() {
    let mut s = Store::open_in_memory().expect("open");
    let text = "A said b. C said d.";
    let keep = claim(1, "b", 7, "A", SourceKind::Person);
    let gone = claim(2, "d", 17, "C", SourceKind::Person);
    let unreviewed_gone = claim(3, "A said", 0, "A", SourceKind::Person);
    s.import_article(&article(text), &[keep.clone(), gone, unreviewed_gone])
        .expect("import");
    let all = s.claims(&ClaimFilter::default()).expect("claims");
    let (kid, gid) = (all[1].id, all[2].id);
    assert_eq!(all[1].claim.text, "b");
    s.review(kid, Verdict::Verified, "", "ana", Expect::Any)
        .expect("r");
    s.review(gid, Verdict::Disputed, "", "ana", Expect::Any)
        .expect("r");
    let new_claim = claim(2, "C said d", 10, "article", SourceKind::Publication);
    let report = s
        .reextract(&|_| vec![keep.clone(), new_claim.clone()])
        .expect("reextract");
    assert_eq!(
        report,
        ReextractReport {
            articles: 1,
            kept: 1,
            added: 1,
            removed: 1,
            orphaned: 1
        }
    );
    assert_eq!(s.claim(kid).expect("kept").verdict, Verdict::Verified);
    let g = s.claim(gid).expect("orphan kept");
    assert!(g.orphaned);
    assert_eq!(g.verdict, Verdict::Disputed);
}

#[test]
fn corrections_survive_reextraction_and_sources_merge() {
    let mut s = Store::open_in_memory().expect("open");
    let c = claim(1, "b", 7, "Minister Wang", SourceKind::Official);
    let c2 = claim(2, "d", 17, "Wang Yi", SourceKind::Official);
    s.import_article(&article("A said b. C said d."), &[c.clone(), c2.clone()])
        .expect("import");
    let all = s.claims(&ClaimFilter::default()).expect("claims");
    s.correct_source(all[0].id, "Wang Yi", SourceKind::Official, &[], "ana")
        .expect("correct");
    s.reextract(&|_| vec![c.clone(), c2.clone()])
        .expect("reextract");
    assert_eq!(
        s.claim(all[0].id).expect("claim").claim.source.name,
        "Wang Yi"
    );
    let srcs = s.sources().expect("sources");
    let wang = srcs
        .iter()
        .find(|x| x.source.name == "Wang Yi")
        .expect("wang");
    assert_eq!(wang.claims, 2);
    let minister = srcs
        .iter()
        .find(|x| x.source.name == "Minister Wang")
        .expect("minister");
    s.merge_sources(wang.source.id, minister.source.id)
        .expect("merge");
    let srcs = s.sources().expect("sources");
    assert!(srcs.iter().all(|x| x.source.name != "Minister Wang"));
    let wang = srcs
        .iter()
        .find(|x| x.source.name == "Wang Yi")
        .expect("wang");
    assert!(
        wang.source.aliases.contains(&"Minister Wang".to_string()),
        "{:?}",
        wang.source.aliases
    );
}

#[test]
fn filters_by_kind_verdict_source_and_text() {
    let mut s = Store::open_in_memory().expect("open");
    s.import_article(
        &article("x said y. z said w."),
        &[
            claim(1, "y 100%", 7, "Xa", SourceKind::StateMedia),
            claim(2, "w_x", 17, "Zed", SourceKind::Person),
        ],
    )
    .expect("import");
    let f = |f: ClaimFilter| s.claims(&f).expect("claims").len();
    assert_eq!(
        f(ClaimFilter {
            kind: Some(SourceKind::StateMedia),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(ClaimFilter {
            source: Some("zed".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(ClaimFilter {
            text: Some("100%".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(ClaimFilter {
            text: Some("_".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(ClaimFilter {
            verdicts: vec![Verdict::Unreviewed],
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        f(ClaimFilter {
            verdicts: vec![Verdict::Verified],
            ..Default::default()
        }),
        0
    );
}

#[test]
fn text_search_uses_the_full_text_index_and_follows_changes() {
    let mut s = Store::open_in_memory().expect("open");
    s.import_article(
        &article("x said y."),
        &[
            claim(1, "the pipeline carries gas", 7, "Xa", SourceKind::Official),
            claim(2, "bread prices doubled", 30, "Zed", SourceKind::Person),
        ],
    )
    .expect("import");
    let f = |s: &Store, t: &str| {
        s.claims(&ClaimFilter {
            text: Some(t.into()),
            ..Default::default()
        })
        .expect("claims")
        .len()
    };
    assert_eq!(f(&s, "pipe"), 1, "prefix of a word");
    assert_eq!(f(&s, "Pipeline GAS"), 1, "all words, any case");
    assert_eq!(f(&s, "zed"), 1, "source names too");
    assert_eq!(f(&s, "prices pipeline"), 0);
    s.reextract(&|_| vec![claim(1, "the oil pipeline", 7, "Xa", SourceKind::Official)])
        .expect("reextract");
    assert_eq!(f(&s, "bread"), 0, "removed claims leave the index");
    assert_eq!(f(&s, "oil"), 1, "new claims enter it");
}

#[test]
fn a_version_one_database_migrates_forward() {
    let dir = tempfile::tempdir().expect("tmp");
    let p = dir.path().join("v1.sqlite3");
    {
        let c = rusqlite::Connection::open(&p).expect("raw");
        c.execute_batch(MIGRATIONS[0].1).expect("v1 schema");
        c.execute_batch("PRAGMA user_version = 1").expect("v1");
        c.execute_batch("INSERT INTO articles (title, imported_at, sha256, body) VALUES ('t', 'now', 'abc', 'x said y');
             INSERT INTO sources (name, kind) VALUES ('x', 'person');
             INSERT INTO claims (article_id, ordinal, text, start, \"end\", quote, source_id, source_json) VALUES (1, 1, 'the harbour froze', 7, 8, 'indirect', 1, '{\"name\":\"x\",\"kind\":\"person\",\"resolved\":true,\"mention\":null}');").expect("rows");
    }
    let s = Store::open(&p).expect("migrate");
    assert_eq!(
        s.schema_version().expect("version"),
        MIGRATIONS.len() as i64
    );
    assert_eq!(
        s.claims(&ClaimFilter {
            text: Some("harbour".into()),
            ..Default::default()
        })
        .expect("claims")
        .len(),
        1,
        "existing claims indexed"
    );
}
