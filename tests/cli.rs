//! The real binary in a temporary folder: import, list, review, extract.

use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimdesk"))
}

fn run(db: &Path, args: &[&str]) -> Output {
    bin()
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLAIMDESK_DB")
        .output()
        .expect("run claimdesk")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write_corpus(dir: &Path) {
    std::fs::write(dir.join("utf8.txt"), "Bridge reopens in Varno\n\nVARNO - Transport Minister Lena Okar said the bridge would reopen on Monday.\n\n\"It is safe,\" she said.\n").expect("write");
    // Latin-1: é = 0xE9
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 prices rise\n\nThe Statistics Office said caf\xe9 prices rose 4 percent in March.\n").expect("write");
    let sub = dir.join("web");
    std::fs::create_dir(&sub).expect("mkdir");
    std::fs::write(sub.join("page.html"), "<html><head><title>Port row</title><script>var s = \"The minister said the script ran\";</script></head><body><nav>Home</nav><h1>Port row deepens</h1><p>Harbour chief Ola Brand said 58 ships were delayed.</p></body></html>").expect("write");
}

#[test]
fn import_list_review_round_trip() {
    let tmp = tempfile::tempdir().expect("tmp");
    let db = tmp.path().join("desk.sqlite3");
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    write_corpus(&corpus);

    let o = run(&db, &["import", corpus.to_str().expect("utf8 path")]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("3 imported"), "{}", stdout(&o));

    let again = run(&db, &["import", corpus.to_str().expect("utf8 path")]);
    assert!(again.status.success());
    assert!(
        stdout(&again).contains("0 imported, 3 already there"),
        "{}",
        stdout(&again)
    );

    let o = run(&db, &["claims", "--json"]);
    assert!(o.status.success());
    let claims: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("json array");
    let texts: Vec<&str> = claims.iter().filter_map(|c| c["text"].as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("the bridge would reopen")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("café prices rose 4 percent")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("58 ships were delayed")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("script ran")),
        "script text became a claim: {texts:?}"
    );
    for key in [
        "id",
        "article_id",
        "text",
        "source",
        "via",
        "verdict",
        "reviewer",
        "note",
    ] {
        assert!(claims[0].get(key).is_some(), "missing {key}");
    }
    let okar = claims
        .iter()
        .find(|c| {
            c["text"]
                .as_str()
                .is_some_and(|t| t.contains("bridge would reopen"))
        })
        .expect("okar claim");
    assert_eq!(okar["source"]["name"], "Lena Okar");
    let id = okar["id"].as_i64().expect("id").to_string();

    let o = run(
        &db,
        &[
            "review",
            &id,
            "disputed",
            "--note",
            "bridge still shut",
            "--reviewer",
            "ana",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&db, &["claims", "--json", "--verdict", "disputed"]);
    let claims: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("json array");
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0]["verdict"], "disputed");
    assert_eq!(claims[0]["reviewer"], "ana");
    assert_eq!(claims[0]["note"], "bridge still shut");

    // the pronoun claim resolved to the minister
    let o = run(&db, &["claims", "--json", "--source", "Lena Okar"]);
    let claims: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("json array");
    assert_eq!(claims.len(), 2, "{claims:#?}");
}

#[test]
fn errors_name_the_thing_and_exit_codes_follow_the_convention() {
    let tmp = tempfile::tempdir().expect("tmp");
    let db = tmp.path().join("desk.sqlite3");
    let o = run(&db, &["review", "999", "verified"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("999") && err.lines().count() == 1, "{err}");

    let o = run(&db, &["review", "1", "maybe"]);
    assert_eq!(o.status.code(), Some(2), "usage error");

    let o = run(
        &db,
        &[
            "import",
            tmp.path().join("nope.txt").to_str().expect("path"),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("nope.txt"), "{}", stdout(&o));

    let not_db = tmp.path().join("notes.sqlite3");
    std::fs::write(
        &not_db,
        "just some text, not a database at all, long enough to have a header",
    )
    .expect("write");
    let o = run(&not_db, &["claims"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("notes.sqlite3"));
}

#[test]
fn extract_json_follows_the_claims_guide() {
    let tmp = tempfile::tempdir().expect("tmp");
    let f = tmp.path().join("a.txt");
    std::fs::write(&f, "Headline\n\nThe channel Kora-7 said, citing the Health Ministry, that 12 people died.\n\nAbout 40 homes burned, the Veskan news channel Kora-7 said, citing the Veskan Ministry of Health.").expect("write");
    let o = bin()
        .args(["extract", "--json"])
        .arg(&f)
        .output()
        .expect("run");
    assert!(o.status.success());
    let line = stdout(&o);
    let v: serde_json::Value =
        serde_json::from_str(line.lines().next().expect("one line")).expect("json");
    assert_eq!(v["title"], "Headline");
    let claims = v["claims"].as_array().expect("claims");
    let c = claims
        .iter()
        .find(|c| c["text"] == "About 40 homes burned")
        .expect("claim");
    assert_eq!(c["source"]["name"], "Veskan Ministry of Health");
    assert_eq!(c["source"]["kind"], "government");
    assert_eq!(c["via"][0]["name"], "Kora-7");
    let text = std::fs::read_to_string(&f).expect("read");
    let (s, e) = (
        c["start"].as_u64().expect("start") as usize,
        c["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(&text[s..e], "About 40 homes burned");
    for key in [
        "id", "text", "start", "end", "quote", "cue", "source", "via",
    ] {
        assert!(c.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn extract_names_an_empty_or_binary_file_in_plain_words() {
    let tmp = tempfile::tempdir().expect("tmp");
    let empty = tmp.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let good = tmp.path().join("good.txt");
    std::fs::write(&good, "Headline\n\nThe ministry said 12 people died.\n").expect("write");
    let o = bin()
        .args(["extract", "--json"])
        .arg(&empty)
        .arg(&good)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("empty.txt: empty file"), "{err}");
    // (the other file is still read)
    assert_eq!(stdout(&o).lines().count(), 1, "{}", stdout(&o));
}
