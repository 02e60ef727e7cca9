//! The workbench at scale: a generated database of about 100,000 claims (or
//! CLAIMDESK_BENCH_CLAIMS), driven through the egui_kittest harness. Prints the
//! time until the claims are listed, ms per frame while scrolling, moving the
//! selection and filtering, and the process's resident memory.
//!
//! Run: `cargo bench --bench gui_frame`

use claimdesk::gui::DeskApp;
use claimdesk::store::Store;
use egui::Key;
use egui_kittest::Harness;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

fn rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn frames(
    h: &mut Harness<'_, DeskApp>,
    n: usize,
    mut before: impl FnMut(&mut Harness<'_, DeskApp>, usize),
) -> Vec<f64> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        before(h, i);
        let t = Instant::now();
        h.step();
        out.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    out
}

/// One notch of the mouse wheel over the claims table.
fn wheel_down(h: &mut Harness<'_, DeskApp>) {
    h.hover_at(egui::pos2(600.0, 400.0));
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, -8.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
}

fn report(name: &str, mut v: Vec<f64>) {
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    println!(
        "{name:<28} mean {mean:6.2} ms   p50 {:6.2} ms   p95 {:6.2} ms   max {:6.2} ms",
        percentile(&mut v, 0.5),
        percentile(&mut v, 0.95),
        percentile(&mut v, 1.0)
    );
}

fn main() {
    let target: usize = std::env::var("CLAIMDESK_BENCH_CLAIMS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("tmp");
    let corpus = dir.path().join("corpus");
    let db = dir.path().join("bench.sqlite3");
    // about 32 claims an article
    let articles = target / 32 + 1;
    claimdesk::gencorpus::write(&corpus, articles, 1).expect("corpus");
    let mut store = Store::open(&db).expect("db");
    let t = Instant::now();
    let rep = claimdesk::pipeline::import_paths(
        &mut store,
        &[corpus],
        20 << 20,
        &|_, _| {},
        &AtomicBool::new(false),
    )
    .expect("import");
    let (claims, _, _) = store.totals().expect("totals");
    println!(
        "database: {} articles, {claims} claims (import {:.1} s)",
        rep.imported.len(),
        t.elapsed().as_secs_f64()
    );
    drop(store);

    let rss_before = rss_mb();
    let start = Instant::now();
    let store = Store::open(&db).expect("db");
    let settings = dir.path().join("settings.json");
    std::fs::write(&settings, r#"{"reviewer":"Bench","dark":true}"#).expect("settings");
    let app = DeskApp::new(store, Some(settings), || {});
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_accessibility_check(false)
        .build_ui_state(|ui, app: &mut DeskApp| app.ui_main(ui), app);
    h.step();
    let first_frame = start.elapsed();
    while h.state().listed_claims().len() < claims as usize {
        h.step();
        std::thread::sleep(Duration::from_millis(2));
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "claims never loaded"
        );
    }
    let listed = start.elapsed();
    println!(
        "first frame after {:.0} ms; all {} claims listed after {:.0} ms (loaded on the DB thread; the window answers meanwhile)",
        first_frame.as_secs_f64() * 1000.0,
        h.state().listed_claims().len(),
        listed.as_secs_f64() * 1000.0
    );

    report("idle frame", frames(&mut h, 60, |_, _| {}));
    report(
        "scroll (wheel)",
        frames(&mut h, 120, |h, _| {
            wheel_down(h);
        }),
    );
    report(
        "j/k selection",
        frames(&mut h, 120, |h, i| {
            h.key_press(if i % 7 == 6 { Key::K } else { Key::J })
        }),
    );
    let t = Instant::now();
    h.state_mut().filter.text = "pipeline".into();
    while h.state().is_busy() || h.state().listed_claims().len() == claims as usize {
        h.step();
        std::thread::sleep(Duration::from_millis(1));
    }
    println!(
        "text filter 'pipeline': {} claims after {:.0} ms (query on the DB thread)",
        h.state().listed_claims().len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    report(
        "filtered, scrolling",
        frames(&mut h, 60, |h, _| {
            wheel_down(h);
        }),
    );
    println!(
        "resident memory: {:.0} MB (before opening the app {:.0} MB)",
        rss_mb(),
        rss_before
    );
}
