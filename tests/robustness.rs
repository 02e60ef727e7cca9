//! Nothing lost, nothing let in: killed writers, two reviewers on one claim,
//! interrupted imports, hostile files and broken databases, all through the
//! real binary.

use claimdesk::model::Verdict;
use claimdesk::store::{ClaimFilter, Store};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimdesk"));
    c.env_remove("CLAIMDESK_DB");
    c
}

fn run(db: &Path, args: &[&str]) -> Output {
    bin().arg("--db").arg(db).args(args).output().expect("run")
}

fn sample_db(dir: &Path) -> (PathBuf, i64) {
    let db = dir.join("desk.sqlite3");
    let o = run(&db, &["samples"]);
    assert!(o.status.success());
    let store = Store::open(&db).expect("open");
    let id = store.claims(&ClaimFilter::default()).expect("claims")[0].id;
    (db, id)
}

/// A small deterministic generator for kill delays.
fn delays(n: usize) -> Vec<u64> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % 40
        })
        .collect()
}

#[test]
fn killed_writers_lose_nothing_that_was_acknowledged() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    let mut acknowledged = Vec::new();
    let mut killed = 0;
    for (round, delay_ms) in delays(60).into_iter().enumerate() {
        let note = format!("round-{round}");
        let mut child = bin()
            .arg("--db")
            .arg(&db)
            .args([
                "review",
                &id.to_string(),
                if round % 2 == 0 {
                    "verified"
                } else {
                    "disputed"
                },
                "--note",
                &note,
                "--reviewer",
                "crash-test",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay_ms));
        match child.try_wait().expect("wait") {
            Some(status) if status.success() => acknowledged.push(note),
            Some(_) => {}
            None => {
                child.kill().expect("SIGKILL");
                let _ = child.wait();
                killed += 1;
            }
        }
    }
    let store = Store::open(&db).expect("reopen");
    let ok: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(ok, "ok");
    let notes: Vec<String> = store
        .history(id)
        .expect("history")
        .into_iter()
        .map(|r| r.note)
        .collect();
    for n in &acknowledged {
        assert!(notes.contains(n), "acknowledged verdict {n} was lost");
    }
    println!(
        "{} rounds: {} acknowledged, {killed} killed mid-write, history {} rows, integrity ok",
        60,
        acknowledged.len(),
        notes.len()
    );
    assert!(
        !acknowledged.is_empty() && killed > 0,
        "the test must both finish and kill writers ({} / {killed})",
        acknowledged.len()
    );
}

#[test]
fn two_reviewers_on_one_claim_conflict_instead_of_overwriting() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    let o = run(
        &db,
        &[
            "review",
            &id.to_string(),
            "inconclusive",
            "--reviewer",
            "ana",
        ],
    );
    assert!(o.status.success());
    let base = Store::open(&db)
        .expect("open")
        .claim(id)
        .expect("claim")
        .review_id
        .expect("review id")
        .to_string();
    let spawn = |verdict: &str, who: &str| {
        bin()
            .arg("--db")
            .arg(&db)
            .args([
                "review",
                &id.to_string(),
                verdict,
                "--reviewer",
                who,
                "--expect",
                &base,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let a = spawn("verified", "ben");
    let b = spawn("disputed", "cy");
    let (a, b) = (
        a.wait_with_output().expect("a"),
        b.wait_with_output().expect("b"),
    );
    let wins = [&a, &b].iter().filter(|o| o.status.success()).count();
    assert_eq!(wins, 1, "exactly one writer wins: {a:?} {b:?}");
    let loser = if a.status.success() { &b } else { &a };
    assert_eq!(loser.status.code(), Some(1));
    let err = String::from_utf8_lossy(&loser.stderr);
    assert!(
        err.contains("conflict") && err.lines().count() == 1,
        "{err}"
    );
    assert!(
        !err.contains("locked"),
        "database is locked surfaced: {err}"
    );
    let h = Store::open(&db)
        .expect("open")
        .history(id)
        .expect("history");
    assert_eq!(h.len(), 2, "the winner's review replaces the base one");
    assert_eq!(h[0].replaces.map(|r| r.to_string()), Some(base));
    assert!(
        err.contains(&h[0].reviewer),
        "the conflict names who changed it: {err}"
    );
}

#[test]
fn many_concurrent_writers_never_see_database_is_locked() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    let children: Vec<_> = (0..8)
        .map(|i| {
            bin()
                .arg("--db")
                .arg(&db)
                .args([
                    "review",
                    &id.to_string(),
                    "verified",
                    "--note",
                    &format!("w{i}"),
                    "--reviewer",
                    "w",
                ])
                .stderr(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().expect("wait");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(
        Store::open(&db)
            .expect("open")
            .history(id)
            .expect("history")
            .len(),
        8
    );
}

#[test]
fn an_import_killed_midway_leaves_whole_articles_and_can_run_again() {
    let dir = tempfile::tempdir().expect("tmp");
    let corpus = dir.path().join("corpus");
    claimdesk::gencorpus::write(&corpus, 400, 3).expect("corpus");
    let db = dir.path().join("desk.sqlite3");
    let mut child = bin()
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(350));
    let _ = child.kill();
    let _ = child.wait();
    let check = |expect_all: bool| {
        let store = Store::open(&db).expect("open");
        let ok: String = store
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity");
        assert_eq!(ok, "ok");
        let arts = store.articles().expect("articles");
        for a in &arts {
            let text = store.article(a.id).expect("article").text;
            let expected = claimdesk::extract::extract(&text).1.len() as i64;
            assert_eq!(a.claims, expected, "article {} is not whole", a.id);
        }
        if expect_all {
            assert_eq!(arts.len(), 400);
        }
        arts.len()
    };
    let partial = check(false);
    let o = run(&db, &["import", corpus.to_str().expect("path")]);
    assert!(o.status.success());
    check(true);
    println!("killed after {partial} of 400 articles; the second run completed the rest");
}

#[test]
fn hostile_files_are_refused_with_one_line_each_and_the_rest_imports() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("desk.sqlite3");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("mkdir");
    std::fs::write(inbox.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("png");
    std::fs::write(inbox.join("program.txt"), b"\x7fELF\x02\x01\x01\0\0\0\0").expect("elf");
    std::fs::write(inbox.join("empty.txt"), b"").expect("empty");
    std::fs::write(
        inbox.join("big.txt"),
        "The minister said the bridge is safe. ".repeat(10_000),
    )
    .expect("big");
    let deep = format!(
        "<html><body>{}<p>The mayor said the dam held.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    std::fs::write(inbox.join("deep.html"), deep).expect("deep");
    std::fs::write(
        inbox.join("Новости дня — öffentlich.txt"),
        "Заголовок\n\nMinister Ana Kos said the port reopened on Monday.\n",
    )
    .expect("unicode name");
    std::fs::write(
        inbox.join("good.txt"),
        "Headline\n\nMayor Tomas Brel said the bridge reopened on Friday.\n",
    )
    .expect("good");
    // an unreadable entry (a link to nothing: unreadable even for root, unlike chmod 000)
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), inbox.join("ghost.txt"))
        .expect("symlink");
    let o = run(
        &db,
        &[
            "import",
            inbox.to_str().expect("path"),
            "--max-bytes",
            "200000",
        ],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.code().is_some_and(|c| c == 0 || c == 1),
        "no panic: {o:?}"
    );
    for (file, why) in [
        ("photo.txt", "not a text file"),
        ("program.txt", "not a text file"),
        ("empty.txt", "empty"),
        ("big.txt", "limit"),
        ("ghost.txt", "cannot read"),
    ] {
        let line = out
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported:\n{out}"));
        assert!(line.contains(why), "{line}");
    }
    let store = Store::open(&db).expect("open");
    let titles: Vec<String> = store
        .articles()
        .expect("articles")
        .into_iter()
        .map(|a| a.file_name.unwrap_or_default())
        .collect();
    assert!(titles.iter().any(|t| t == "good.txt"));
    assert!(
        titles.iter().any(|t| t.starts_with("Новости")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t == "deep.html"),
        "deeply nested HTML imports: {titles:?}"
    );
    assert_eq!(titles.len(), 3, "{titles:?}");
    let missing = run(
        &db,
        &[
            "import",
            dir.path().join("no such file.txt").to_str().expect("path"),
        ],
    );
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stdout).contains("no such file.txt"));
}

#[test]
fn broken_databases_are_refused_without_damage() {
    let dir = tempfile::tempdir().expect("tmp");
    // not SQLite
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, vec![b'x'; 8192]).expect("junk");
    let o = run(&junk, &["claims"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("junk.sqlite3"));
    assert_eq!(
        std::fs::read(&junk).expect("read"),
        vec![b'x'; 8192],
        "file untouched"
    );
    // a corrupted database: header intact, pages overwritten
    let (db, _) = sample_db(dir.path());
    drop(Store::open(&db).expect("checkpoint"));
    let mut bytes = std::fs::read(&db).expect("read");
    for b in bytes.iter_mut().skip(4096).take(8192) {
        *b = 0xAB;
    }
    std::fs::write(&db, &bytes).expect("corrupt");
    let _ = std::fs::remove_file(db.with_extension("sqlite3-wal"));
    let o = run(&db, &["claims"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).lines().count() == 1);
    // a schema from a newer claimdesk
    let newer = dir.path().join("newer.sqlite3");
    drop(Store::open(&newer).expect("create"));
    rusqlite::Connection::open(&newer)
        .expect("raw")
        .execute_batch("PRAGMA user_version = 42")
        .expect("bump");
    let o = run(&newer, &["claims"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("newer"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_full_disk_is_an_error_not_a_corruption() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    let mut store = Store::open(&db).expect("open");
    let pages: i64 = store
        .connection()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    store
        .connection()
        .execute_batch(&format!("PRAGMA max_page_count = {pages}"))
        .expect("cap");
    let big = "x".repeat(200_000);
    let err = store.review(
        id,
        Verdict::Disputed,
        &big,
        "ana",
        claimdesk::store::Expect::Any,
    );
    assert!(err.is_err(), "a write past the cap must fail");
    drop(store);
    let store = Store::open(&db).expect("reopen");
    let ok: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(ok, "ok");
    assert!(
        store.history(id).expect("history").is_empty(),
        "the failed write left nothing half-done"
    );
}

#[test]
fn backups_are_complete_copies_and_roll() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    run(
        &db,
        &["review", &id.to_string(), "verified", "--reviewer", "ana"],
    );
    let copy = dir.path().join("copy.sqlite3");
    let o = run(&db, &["backup", copy.to_str().expect("path")]);
    assert!(o.status.success());
    assert_eq!(
        Store::open(&copy)
            .expect("copy")
            .claim(id)
            .expect("claim")
            .verdict,
        Verdict::Verified
    );
    let o = run(&db, &["backup", copy.to_str().expect("path")]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "an existing file is not overwritten"
    );
    let store = Store::open(&db).expect("open");
    for _ in 0..7 {
        store.rolling_backup(5).expect("backup");
        std::thread::sleep(Duration::from_millis(1100));
    }
    let n = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().contains(".backup-"))
        })
        .count();
    assert_eq!(n, 5, "the last five are kept");
}
