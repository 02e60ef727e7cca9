//! Scale, measured: import of a generated corpus (default 10,000 articles,
//! CLAIMDESK_SCALE_ARTICLES to change), listing every claim as JSON, filtered
//! queries, and verdict write latency, each beside a simple reference measured in
//! the same run (a plain word count over the same files; a bare SQLite insert of
//! the same rows). Prints the table that docs/performance.md reports.
//!
//! Run: `cargo bench --bench scale`

use claimdesk::model::Verdict;
use claimdesk::store::{ClaimFilter, Expect, Store};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

fn rss_peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let n: usize = std::env::var("CLAIMDESK_SCALE_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("tmp");
    let corpus = dir.path().join("corpus");
    let bytes = claimdesk::gencorpus::write(&corpus, n, 42).expect("corpus");
    println!(
        "corpus: {n} articles, {:.1} MB, {} cores",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );

    // reference: read every file and count its words
    let (words, wc) = time(|| {
        let mut w = 0usize;
        for e in std::fs::read_dir(&corpus).expect("dir").flatten() {
            w += std::fs::read_to_string(e.path())
                .unwrap_or_default()
                .split_whitespace()
                .count();
        }
        w
    });
    let db = dir.path().join("scale.sqlite3");
    let mut store = Store::open(&db).expect("db");
    let (report, import) = time(|| {
        claimdesk::pipeline::import_paths(
            &mut store,
            std::slice::from_ref(&corpus),
            20 << 20,
            &|_, _| {},
            &AtomicBool::new(false),
        )
        .expect("import")
    });
    let (claims, _, _) = store.totals().expect("totals");
    println!(
        "| import + extract + store | {} articles, {claims} claims | {:.1} s ({:.0} articles/s, {:.1} MB/s) | reference: word count of the same files {:.2} s ({words} words) | ratio {:.0}x |",
        report.imported.len(),
        import.as_secs_f64(),
        n as f64 / import.as_secs_f64(),
        bytes as f64 / 1e6 / import.as_secs_f64(),
        wc.as_secs_f64(),
        import.as_secs_f64() / wc.as_secs_f64().max(1e-9)
    );

    // reference: the same number of rows inserted bare, one transaction, prepared statement
    let refdb = rusqlite::Connection::open(dir.path().join("ref.sqlite3")).expect("ref");
    refdb.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE c (id INTEGER PRIMARY KEY, article INTEGER, text TEXT, source TEXT);").expect("ref schema");
    let rows = store.claims(&ClaimFilter::default()).expect("claims");
    let (_, bare) = time(|| {
        let tx = refdb.unchecked_transaction().expect("tx");
        {
            let mut st = tx
                .prepare("INSERT INTO c (article, text, source) VALUES (?1, ?2, ?3)")
                .expect("prep");
            for c in &rows {
                st.execute(rusqlite::params![
                    c.article_id,
                    c.claim.text,
                    c.claim.source.name
                ])
                .expect("insert");
            }
        }
        tx.commit().expect("commit");
    });
    println!(
        "| bare SQLite insert of the same {} claim rows | | {:.2} s | (the storage floor: claimdesk also stores articles, sources, spans, JSON and the FTS index) | |",
        rows.len(),
        bare.as_secs_f64()
    );
    drop(rows);

    // listing every claim as JSON: the real command, output to /dev/null
    let (out, list) = time(|| {
        std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .arg("--db")
            .arg(&db)
            .args(["claims", "--json"])
            .stdout(std::process::Stdio::null())
            .status()
            .expect("claims --json")
    });
    assert!(out.success());
    println!(
        "| `claimdesk claims --json` (every claim) | {claims} claims | {:.2} s | | |",
        list.as_secs_f64()
    );

    // give 2% of claims a verdict so the verdict filter has work
    let ids: Vec<i64> = store
        .claims(&ClaimFilter {
            limit: Some(claims as usize),
            ..Default::default()
        })
        .expect("ids")
        .iter()
        .step_by(50)
        .map(|c| c.id)
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let v = if i % 2 == 0 {
            Verdict::Disputed
        } else {
            Verdict::Verified
        };
        store
            .review(*id, v, "", "bench", Expect::Any)
            .expect("review");
    }
    let filters: Vec<(&str, ClaimFilter)> = vec![
        (
            "text 'pipeline' (FTS5)",
            ClaimFilter {
                text: Some("pipeline".into()),
                limit: Some(500),
                ..Default::default()
            },
        ),
        (
            "verdict disputed",
            ClaimFilter {
                verdicts: vec![Verdict::Disputed],
                limit: Some(500),
                ..Default::default()
            },
        ),
        (
            "kind state media",
            ClaimFilter {
                kind: Some(claimdesk::model::SourceKind::StateMedia),
                limit: Some(500),
                ..Default::default()
            },
        ),
        (
            "source 'Officials'",
            ClaimFilter {
                source: Some("Officials".into()),
                limit: Some(500),
                ..Default::default()
            },
        ),
        (
            "one article",
            ClaimFilter {
                article_id: Some(n as i64 / 2),
                ..Default::default()
            },
        ),
    ];
    for (name, f) in filters {
        let mut times = vec![];
        let mut count = 0;
        for _ in 0..5 {
            let (r, d) = time(|| store.claims(&f).expect("query").len());
            count = r;
            times.push(d);
        }
        println!(
            "| filtered query: {name} | first {count} rows | {:.1} ms (median of 5) | | |",
            ms(median(times))
        );
    }

    // verdict write latency, durable (WAL, synchronous=FULL), one transaction each
    let mut lat: Vec<Duration> = Vec::new();
    for (i, id) in ids.iter().take(1000).enumerate() {
        let (_, d) = time(|| {
            store
                .review(
                    *id,
                    if i % 2 == 0 {
                        Verdict::Verified
                    } else {
                        Verdict::Inconclusive
                    },
                    "latency",
                    "bench",
                    Expect::Any,
                )
                .expect("review")
        });
        lat.push(d);
    }
    lat.sort();
    let p = |q: f64| ms(lat[((lat.len() as f64 - 1.0) * q) as usize]);
    println!(
        "| verdict write, durable | {} writes | p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms | | |",
        lat.len(),
        p(0.5),
        p(0.99),
        p(1.0)
    );
    println!("peak resident memory: {:.0} MB", rss_peak_mb());
}
