//! The desktop app (eframe/egui).

use std::path::PathBuf;

/// Open the window on the database at `db`.
pub fn run(db: PathBuf) -> anyhow::Result<()> {
    let _ = db;
    anyhow::bail!("GUI not built yet")
}
