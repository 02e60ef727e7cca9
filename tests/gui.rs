//! The workbench driven through egui_kittest, asserting on the SQLite file afterwards.

use claimdesk::gui::DeskApp;
use claimdesk::gui::worker::Request;
use claimdesk::model::{SourceKind, Verdict};
use claimdesk::store::{ClaimFilter, Store};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

struct Fixture {
    _dir: tempfile::TempDir,
    db: PathBuf,
    settings: PathBuf,
}

fn fixture(samples: bool, reviewer: Option<&str>) -> Fixture {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("desk.sqlite3");
    let settings = dir.path().join("settings.json");
    let mut store = Store::open(&db).expect("open");
    if samples {
        claimdesk::pipeline::import_samples(&mut store).expect("samples");
    }
    if let Some(r) = reviewer {
        std::fs::write(
            &settings,
            format!("{{\"reviewer\":\"{r}\",\"dark\":false}}"),
        )
        .expect("settings");
    }
    Fixture {
        _dir: dir,
        db,
        settings,
    }
}

fn harness(f: &Fixture) -> Harness<'static, DeskApp> {
    let store = Store::open(&f.db).expect("open");
    let app = DeskApp::new(store, Some(f.settings.clone()), || {});
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut DeskApp| app.ui_main(ui), app);
    settle(&mut h, |app| !app.is_busy());
    // (with articles stored, the first listing must have arrived before a key
    // moves the selection: "not busy" alone may hold before it was asked for)
    if !db(&f.db).articles().expect("articles").is_empty() {
        settle(&mut h, |app| !app.listed_claims().is_empty());
    }
    h
}

/// Step frames until the DB worker has answered and `done` holds.
fn settle(h: &mut Harness<'static, DeskApp>, done: impl Fn(&DeskApp) -> bool) {
    // (by the clock, not a count of frames: a loaded machine answers slower)
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        h.step();
        if done(h.state()) && !h.state().is_busy() {
            h.step();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!(
        "the app did not settle: reviewer {:?}, busy {}, claims {}",
        h.state().reviewer(),
        h.state().is_busy(),
        h.state().listed_claims().len()
    );
}

fn db(path: &Path) -> Store {
    Store::open(path).expect("reopen")
}

#[test]
fn first_start_asks_the_reviewer_name_and_offers_the_samples() {
    let f = fixture(false, None);
    let mut h = harness(&f);
    h.get_by_label("Welcome to claimdesk");
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Reviewer name")
        .click();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Reviewer name")
        .type_text("Ana Reyes");
    h.run_steps(2);
    assert_eq!(h.state().reviewer_draft_text(), "Ana Reyes");
    h.get_by_label("Save name").click();
    settle(&mut h, |app| app.reviewer() == "Ana Reyes");
    let saved = std::fs::read_to_string(&f.settings).expect("settings written");
    assert!(saved.contains("Ana Reyes"));
    h.get_by_label("Start with the samples?");
    h.get_all_by_label("Load sample articles")
        .last()
        .expect("button")
        .click();
    settle(&mut h, |app| !app.listed_claims().is_empty());
    assert_eq!(
        db(&f.db).articles().expect("articles").len(),
        claimdesk::samples::SAMPLES.len()
    );
}

#[test]
fn verdicts_by_button_and_key_are_stored_and_undo_adds_a_review() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    h.key_press(Key::J);
    settle(&mut h, |app| app.selected_claim().is_some());
    let id = h.state().selected_claim().expect("selected");
    settle(&mut h, |_| true);
    h.get_by_label("Verified (v)").click();
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.verdict == Verdict::Verified)
    });
    assert_eq!(
        db(&f.db).claim(id).expect("claim").verdict,
        Verdict::Verified
    );

    h.key_press(Key::D);
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.verdict == Verdict::Disputed)
    });
    let c = db(&f.db).claim(id).expect("claim");
    assert_eq!(c.verdict, Verdict::Disputed);
    assert_eq!(c.reviewer.as_deref(), Some("Ana"));

    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.verdict == Verdict::Verified)
    });
    let hist = db(&f.db).history(id).expect("history");
    assert_eq!(
        hist.iter().map(|r| r.verdict).collect::<Vec<_>>(),
        vec![Verdict::Verified, Verdict::Disputed, Verdict::Verified]
    );

    // k moves back up, j down: the selection follows the table
    h.key_press(Key::J);
    settle(&mut h, |app| app.selected_claim() != Some(id));
    h.key_press(Key::K);
    settle(&mut h, |app| app.selected_claim() == Some(id));
}

#[test]
fn filter_by_source_kind() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    let all = h.state().listed_claims().len();
    h.state_mut().filter.kind = Some(SourceKind::Government);
    settle(&mut h, |app| app.listed_claims().len() < all);
    let listed = h.state().listed_claims();
    assert!(!listed.is_empty());
    assert!(
        listed
            .iter()
            .all(|c| c.claim.source.kind == SourceKind::Government)
    );
    let expected = db(&f.db)
        .claims(&ClaimFilter {
            kind: Some(SourceKind::Government),
            ..Default::default()
        })
        .expect("claims")
        .len();
    assert_eq!(listed.len(), expected);
}

#[test]
fn note_and_evidence_are_saved() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    h.key_press(Key::J);
    settle(&mut h, |app| app.selected_claim().is_some());
    let id = h.state().selected_claim().expect("selected");
    settle(&mut h, |_| true);
    h.state_mut().note_draft = "Ministry figures disagree".into();
    h.run_steps(2);
    h.get_by_label("Save note").click();
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.note.as_deref() == Some("Ministry figures disagree"))
    });
    assert_eq!(
        db(&f.db).claim(id).expect("claim").note.as_deref(),
        Some("Ministry figures disagree")
    );

    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "URL")
        .click();
    h.run_steps(2);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "URL")
        .type_text("https://example.org/report");
    h.run_steps(2);
    h.get_by_label("Add evidence").click();
    settle(&mut h, |_| true);
    for _ in 0..50 {
        if !db(&f.db).evidence(id).expect("evidence").is_empty() {
            break;
        }
        settle(&mut h, |_| true);
    }
    let ev = db(&f.db).evidence(id).expect("evidence");
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].url, "https://example.org/report");
    assert_eq!(ev[0].added_by, "Ana");
}

#[test]
fn merge_two_sources_from_the_sources_window() {
    let f = fixture(true, Some("Ana"));
    let before = db(&f.db).sources().expect("sources");
    let mut h = harness(&f);
    h.get_by_label("Sources").click();
    settle(&mut h, |app| app.show_sources);
    let mut merges = h.get_all_by_label("merge…");
    merges.next().expect("first merge button").click();
    drop(merges);
    h.run_steps(2);
    h.get_all_by_label("merge into this")
        .next()
        .expect("target")
        .click();
    settle(&mut h, |_| true);
    for _ in 0..50 {
        if db(&f.db).sources().expect("sources").len() < before.len() {
            break;
        }
        settle(&mut h, |_| true);
    }
    let after = db(&f.db).sources().expect("sources");
    assert_eq!(after.len(), before.len() - 1);
    assert!(
        after.iter().any(|s| !s.source.aliases.is_empty()),
        "aliases joined"
    );
}

#[test]
fn changes_from_another_process_appear() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    let id = h.state().listed_claims()[0].id;
    db(&f.db)
        .review(
            id,
            Verdict::Inconclusive,
            "from the CLI",
            "Ben",
            claimdesk::store::Expect::Any,
        )
        .expect("review");
    let start = std::time::Instant::now();
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.verdict == Verdict::Inconclusive)
    });
    assert!(start.elapsed().as_secs_f32() < 2.0);
    let _ = Request::Samples;
}

#[test]
fn export_writes_the_filtered_claims() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    h.state_mut().filter.kind = Some(SourceKind::Official);
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .all(|c| c.claim.source.kind == SourceKind::Official)
    });
    h.get_by_label("Export…").click();
    settle(&mut h, |_| true);
    let out = f.db.with_file_name("report.csv");
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to");
    field.click();
    h.run_steps(2);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Save to")
        .type_text(out.to_str().expect("path"));
    h.run_steps(2);
    // CSV
    h.state_mut()
        .set_export_format(claimdesk::report::Format::Csv);
    h.run_steps(2);
    h.get_by_label("Export").click();
    for _ in 0..100 {
        settle(&mut h, |_| true);
        if out.exists() {
            break;
        }
    }
    let csv = std::fs::read_to_string(&out).expect("report written");
    let rows = csv.lines().count() - 1;
    assert_eq!(rows, h.state().listed_claims().len(), "{csv}");
    assert!(
        csv.lines().skip(1).all(|l| l.contains(",official,")),
        "{csv}"
    );
}

#[test]
fn a_read_only_database_shows_a_banner_and_refuses_verdicts() {
    let f = fixture(true, Some("Ana"));
    let store = Store::open_read_only(&f.db).expect("read-only");
    let app = DeskApp::new(store, Some(f.settings.clone()), || {});
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut DeskApp| app.ui_main(ui), app);
    settle(&mut h, |app| !app.listed_claims().is_empty());
    h.get_by_label_contains("Read-only database");
    h.key_press(Key::J);
    settle(&mut h, |app| app.selected_claim().is_some());
    let id = h.state().selected_claim().expect("selected");
    h.key_press(Key::V);
    h.run_steps(3);
    assert_eq!(
        db(&f.db).claim(id).expect("claim").verdict,
        Verdict::Unreviewed
    );
    h.get_by_label_contains("read-only");
}

#[test]
fn a_conflicting_verdict_asks_which_stands() {
    let f = fixture(true, Some("Ana"));
    let mut h = harness(&f);
    h.key_press(Key::J);
    settle(&mut h, |app| app.selected_claim().is_some());
    let id = h.state().selected_claim().expect("selected");
    // another reviewer changes the claim behind this window's back, before it refreshes
    db(&f.db)
        .review(
            id,
            Verdict::Disputed,
            "from the other desk",
            "Ben",
            claimdesk::store::Expect::Any,
        )
        .expect("review");
    h.key_press(Key::V);
    settle(&mut h, |_| true);
    for _ in 0..20 {
        if h.query_by_label("Someone else changed this claim")
            .is_some()
        {
            break;
        }
        settle(&mut h, |_| true);
    }
    h.get_by_label("Someone else changed this claim");
    h.get_by_label("Mine").click();
    settle(&mut h, |app| {
        app.listed_claims()
            .iter()
            .any(|c| c.id == id && c.verdict == Verdict::Verified)
    });
    let hist = db(&f.db).history(id).expect("history");
    assert_eq!(
        hist.iter().map(|r| r.verdict).collect::<Vec<_>>(),
        vec![Verdict::Verified, Verdict::Disputed],
        "both kept, mine replaces Ben's"
    );
    assert_eq!(hist[0].replaces, Some(hist[1].id));
}
