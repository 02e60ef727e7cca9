//! The desktop app (eframe/egui 0.37, glow): a shell over the store.
//!
//! `app.rs` holds the state and layout; one file per panel; `worker.rs` is the
//! DB thread. UI code never writes to SQLite: it sends a request to the worker.

pub mod app;
mod articles;
mod claims;
mod detail;
mod dialogs;
pub mod worker;

pub use app::DeskApp;

use crate::store::{Store, StoreError};
use egui::Color32;
use std::path::PathBuf;

/// Where the GUI remembers the reviewer name and theme.
pub fn settings_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "claimdesk", "claimdesk")
        .map(|d| d.config_dir().join("settings.json"))
}

/// Open the window on the database at `db`.
pub fn run(db: PathBuf) -> anyhow::Result<()> {
    let store = match Store::open(&db) {
        Ok(s) => s,
        // a file we may read but not write opens read-only, with a banner
        Err(StoreError::Sqlite(e)) if db.exists() && is_read_only_error(&e) => {
            Store::open_read_only(&db)?
        }
        Err(e) => {
            return Err(anyhow::anyhow!(
                "cannot open database {}: {e}",
                db.display()
            ));
        }
    };
    // a rolling backup of the last five starts, next to the database
    let backup_error = match store.is_read_only() {
        true => None,
        false => store
            .rolling_backup(5)
            .err()
            .map(|e| format!("automatic backup failed: {e}")),
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("claimdesk")
            .with_inner_size([1400.0, 860.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "claimdesk",
        options,
        Box::new(move |cc| {
            let ctx = cc.egui_ctx.clone();
            let mut app = DeskApp::new(store, settings_path(), move || ctx.request_repaint());
            if let Some(e) = backup_error {
                app.show_error(e);
            }
            Ok(Box::new(Window(app)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

fn is_read_only_error(e: &rusqlite::Error) -> bool {
    let s = e.to_string().to_lowercase();
    s.contains("readonly") || s.contains("read-only") || s.contains("unable to open")
}

struct Window(DeskApp);

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.ui_main(ui);
    }
}

/// The colour of a verdict chip.
pub fn verdict_color(v: crate::model::Verdict) -> Color32 {
    use crate::model::Verdict::*;
    match v {
        Unreviewed => Color32::from_rgb(120, 120, 130),
        Verified => Color32::from_rgb(46, 160, 67),
        Disputed => Color32::from_rgb(215, 58, 73),
        Inconclusive => Color32::from_rgb(219, 161, 27),
    }
}

/// The colour of a source-kind badge.
pub fn kind_color(k: crate::model::SourceKind) -> Color32 {
    use crate::model::SourceKind::*;
    match k {
        StateMedia => Color32::from_rgb(200, 70, 60),
        Government => Color32::from_rgb(170, 90, 200),
        Official => Color32::from_rgb(70, 110, 220),
        NewsOutlet => Color32::from_rgb(40, 150, 160),
        Organization => Color32::from_rgb(200, 130, 40),
        Person => Color32::from_rgb(90, 160, 90),
        Unnamed => Color32::from_rgb(130, 130, 130),
        Publication => Color32::from_rgb(100, 100, 120),
    }
}

/// A small coloured label.
pub fn chip(ui: &mut egui::Ui, text: &str, color: Color32) -> egui::Response {
    let t = egui::RichText::new(text)
        .color(Color32::WHITE)
        .background_color(color)
        .small();
    ui.label(t)
}
