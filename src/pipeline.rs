//! Import pipeline: files → articles → claims → store, shared by the CLI and the GUI.
//!
//! Files are read and extracted in parallel (rayon, all cores); each article and
//! its claims are stored in one transaction, so an interrupted import leaves only
//! whole articles and can simply be run again.

use crate::extract;
use crate::import::{self, ImportError};
use crate::model::NewArticle;
use crate::store::{Imported, Store, StoreError};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// One file read and extracted (or why it was not).
type Prepared = (
    PathBuf,
    Result<(NewArticle, Vec<crate::model::Claim>), ImportError>,
);

/// The result of importing a set of paths.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// (file, article id, claims) of each new article.
    pub imported: Vec<(PathBuf, i64, usize)>,
    /// (file, existing article id) of content already stored.
    pub duplicates: Vec<(PathBuf, i64)>,
    /// Files that could not be imported, with the reason.
    pub skipped: Vec<String>,
    /// The import was cancelled before the end.
    pub cancelled: bool,
}

/// Progress of a running import: (files done, files in all).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Import files and folders into the store.
pub fn import_paths(
    store: &mut Store,
    paths: &[PathBuf],
    max_bytes: u64,
    progress: Progress,
    cancel: &AtomicBool,
) -> Result<ImportReport, StoreError> {
    let (files, skipped) = import::collect(paths);
    let mut report = ImportReport {
        skipped: skipped.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    let total = files.len();
    // Work in chunks so progress and cancel stay responsive while extraction runs on all cores.
    let chunk = 64;
    let mut done = 0;
    for batch in files.chunks(chunk) {
        if cancel.load(Ordering::Relaxed) {
            report.cancelled = true;
            break;
        }
        let results: Vec<Prepared> = batch
            .par_iter()
            .map(|f| {
                let r = import::read_article(f, max_bytes).map(|a| {
                    let (_, claims) = extract::extract(&a.text);
                    (a, claims)
                });
                (f.clone(), r)
            })
            .collect();
        for (f, r) in results {
            match r {
                Ok((art, claims)) => match store.import_article(&art, &claims)? {
                    Imported::New { id, claims } => report.imported.push((f, id, claims)),
                    Imported::Duplicate(id) => report.duplicates.push((f, id)),
                },
                Err(e) => report.skipped.push(e.to_string()),
            }
            done += 1;
            progress(done, total);
        }
    }
    Ok(report)
}

/// Import one text (a pasted article) under a name.
pub fn import_text(store: &mut Store, name: &str, text: &str) -> Result<Imported, StoreError> {
    let art = import::from_text(text, Some(name.to_string()));
    let (_, claims) = extract::extract(&art.text);
    store.import_article(&art, &claims)
}

/// Import the sample articles shipped with claimdesk.
pub fn import_samples(store: &mut Store) -> Result<usize, StoreError> {
    let mut n = 0;
    for (name, text) in crate::samples::SAMPLES {
        if let Imported::New { .. } = import_text(store, name, text)? {
            n += 1;
        }
    }
    Ok(n)
}

/// The default database: `$CLAIMDESK_DB`, else `claimdesk.sqlite3` in the platform data folder.
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("CLAIMDESK_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("org", "claimdesk", "claimdesk")
        .map(|d| d.data_dir().join("claimdesk.sqlite3"))
        .unwrap_or_else(|| Path::new("claimdesk.sqlite3").to_path_buf())
}
