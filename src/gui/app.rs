//! The eframe app: state, the frame layout, keyboard, and the responses of the DB worker.

use super::worker::{self, Detail, Request, Response, Worker};
use crate::model::{ArticleSummary, SourceKind, SourceStats, StoredClaim, Verdict};
use crate::store::{ClaimFilter, Expect, Store};
use egui::{Color32, Key};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::atomic::Ordering;

/// What is remembered between runs (in the platform config folder).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Settings {
    /// The reviewer's name, shown on every verdict.
    pub reviewer: String,
    /// Dark theme.
    pub dark: bool,
}

impl Settings {
    fn load(path: Option<&PathBuf>) -> Settings {
        path.and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Settings {
                reviewer: String::new(),
                dark: true,
            })
    }
}

/// Claims table sort column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Article order.
    Ordinal,
    /// Claim text.
    Text,
    /// Source name.
    Source,
    /// Via chain.
    Via,
    /// Cue.
    Cue,
    /// Verdict.
    Verdict,
    /// Reviewer.
    Reviewer,
    /// Last update.
    Updated,
}

/// The filter bar's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterUi {
    /// Text search.
    pub text: String,
    /// Verdict.
    pub verdict: Option<Verdict>,
    /// Source kind.
    pub kind: Option<SourceKind>,
    /// Source name.
    pub source: String,
    /// Article.
    pub article: Option<i64>,
    /// Check-worthiness threshold.
    pub min_cw: f32,
    /// Unresolved sources only.
    pub unresolved: bool,
}

impl FilterUi {
    fn to_filter(&self) -> ClaimFilter {
        ClaimFilter {
            article_id: self.article,
            source: (!self.source.trim().is_empty()).then(|| self.source.trim().to_string()),
            kind: self.kind,
            verdicts: self.verdict.into_iter().collect(),
            text: (!self.text.trim().is_empty()).then(|| self.text.trim().to_string()),
            min_check_worthiness: (self.min_cw > 0.0).then_some(self.min_cw),
            unresolved_only: self.unresolved,
            ..Default::default()
        }
    }
}

/// A verdict that conflicted with another reviewer's.
#[derive(Debug, Clone)]
pub struct ConflictUi {
    /// The claim.
    pub claim_id: i64,
    /// What we tried.
    pub attempted: Verdict,
    /// Our note.
    pub note: String,
    /// What is current now.
    pub current: crate::model::Review,
}

/// The review workbench.
pub struct DeskApp {
    pub(crate) worker: Worker,
    pub(crate) db_label: String,
    pub(crate) read_only: bool,
    pub(crate) settings_path: Option<PathBuf>,
    pub(crate) settings: Settings,
    pub(crate) reviewer_draft: String,
    pub(crate) articles: Vec<ArticleSummary>,
    pub(crate) claims: Vec<StoredClaim>,
    pub(crate) sources: Vec<SourceStats>,
    pub(crate) totals: (i64, i64, i64),
    pub(crate) loaded: bool,
    /// The filter bar's state (tests and keyboard shortcuts set it).
    pub filter: FilterUi,
    /// The filter last sent to the worker, and whether its answer is still due.
    sent_filter: FilterUi,
    refresh_due: bool,
    pub(crate) article_search: String,
    pub(crate) sort: (SortBy, bool),
    pub(crate) selected: Option<i64>,
    pub(crate) detail: Option<Detail>,
    pub(crate) scroll_to_claim: bool,
    pub(crate) scroll_table: bool,
    /// The note being written for the selected claim.
    pub note_draft: String,
    pub(crate) evidence_url: String,
    pub(crate) evidence_desc: String,
    pub(crate) correct_name: String,
    pub(crate) correct_kind: SourceKind,
    pub(crate) correct_via: String,
    pub(crate) add_claim_source: String,
    pub(crate) add_claim_kind: SourceKind,
    pub(crate) status: String,
    pub(crate) error: Option<String>,
    pub(crate) pending_writes: usize,
    pub(crate) undo: Vec<(i64, Verdict, String)>,
    pub(crate) conflict: Option<ConflictUi>,
    /// The Sources window is open.
    pub show_sources: bool,
    pub(crate) show_paste: bool,
    pub(crate) show_settings: bool,
    pub(crate) show_articles: bool,
    pub(crate) paste_title: String,
    pub(crate) paste_text: String,
    pub(crate) import_path: String,
    pub(crate) progress: Option<(usize, usize)>,
    pub(crate) samples_offered: bool,
    pub(crate) focus_note: bool,
    pub(crate) focus_search: bool,
    pub(crate) merge_from: Option<i64>,
    pub(crate) rename_draft: (i64, String),
    pub(crate) show_export: bool,
    pub(crate) export_format: crate::report::Format,
    pub(crate) export_path: String,
    pub(crate) export_desk: String,
    pub(crate) export_filtered: bool,
    pub(crate) export_preview: String,
}

impl DeskApp {
    /// Open the app on a store; `wake` asks for a repaint when the worker answers.
    pub fn new(
        store: Store,
        settings_path: Option<PathBuf>,
        wake: impl Fn() + Send + 'static,
    ) -> DeskApp {
        let db_label = store.path().map_or_else(
            || "in-memory database".to_string(),
            |p| p.display().to_string(),
        );
        let read_only = store.is_read_only();
        let settings = Settings::load(settings_path.as_ref());
        let worker = worker::spawn(store, wake);
        let _ = worker.tx.send(Request::Refresh(ClaimFilter::default()));
        DeskApp {
            worker,
            db_label,
            read_only,
            settings_path,
            reviewer_draft: settings.reviewer.clone(),
            settings,
            articles: vec![],
            claims: vec![],
            sources: vec![],
            totals: (0, 0, 0),
            loaded: false,
            filter: FilterUi::default(),
            sent_filter: FilterUi::default(),
            refresh_due: true,
            article_search: String::new(),
            sort: (SortBy::Ordinal, true),
            selected: None,
            detail: None,
            scroll_to_claim: false,
            scroll_table: false,
            note_draft: String::new(),
            evidence_url: String::new(),
            evidence_desc: String::new(),
            correct_name: String::new(),
            correct_kind: SourceKind::Official,
            correct_via: String::new(),
            add_claim_source: String::new(),
            add_claim_kind: SourceKind::Official,
            status: "Loading…".into(),
            error: None,
            pending_writes: 0,
            undo: vec![],
            conflict: None,
            show_sources: false,
            show_paste: false,
            show_settings: false,
            show_articles: true,
            paste_title: String::new(),
            paste_text: String::new(),
            import_path: String::new(),
            progress: None,
            samples_offered: false,
            focus_note: false,
            focus_search: false,
            merge_from: None,
            rename_draft: (0, String::new()),
            show_export: false,
            export_format: crate::report::Format::Html,
            export_path: String::new(),
            export_desk: "claimdesk fact-check desk".into(),
            export_filtered: true,
            export_preview: String::new(),
        }
    }

    /// Show an error in the status bar.
    pub fn show_error(&mut self, e: String) {
        self.error = Some(e);
    }

    /// The current reviewer's name.
    pub fn reviewer(&self) -> &str {
        &self.settings.reviewer
    }

    /// The reviewer name being typed in the first-start window.
    pub fn reviewer_draft_text(&self) -> &str {
        &self.reviewer_draft
    }

    /// Set the reviewer's name (and remember it).
    pub fn set_reviewer(&mut self, name: &str) {
        self.settings.reviewer = name.trim().to_string();
        self.save_settings();
    }

    fn save_settings(&mut self) {
        if let Some(p) = &self.settings_path {
            let r = p
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|_| {
                    std::fs::write(
                        p,
                        serde_json::to_string_pretty(&self.settings).unwrap_or_default(),
                    )
                });
            if let Err(e) = r {
                self.error = Some(format!("cannot save settings to {}: {e}", p.display()));
            }
        }
    }

    /// Claims currently listed (after filter and sort).
    pub fn listed_claims(&self) -> &[StoredClaim] {
        &self.claims
    }

    /// The selected claim's id.
    pub fn selected_claim(&self) -> Option<i64> {
        self.selected
    }

    /// Whether a write is still on its way to disk.
    pub fn is_busy(&self) -> bool {
        self.pending_writes > 0 || !self.loaded || self.refresh_due
    }

    /// Send a request to the DB worker (writes are refused on a read-only database).
    pub fn send(&mut self, req: Request) {
        let read = matches!(
            req,
            Request::Refresh(_) | Request::Detail(_) | Request::Preview { .. }
        );
        // an export only reads the database, so it works on a read-only one too
        let changes_db = !read && !matches!(req, Request::Export { .. });
        if changes_db && self.read_only {
            self.error = Some("the database is read-only: changes cannot be saved".into());
            return;
        }
        if !read {
            // answered by Saved, Error, Conflict or Imported
            self.pending_writes += 1;
        }
        if self.worker.tx.send(req).is_err() {
            self.error = Some("the database thread has stopped; restart claimdesk".into());
        }
    }

    /// Select a claim and load its detail.
    pub fn select(&mut self, id: i64) {
        if self.selected != Some(id) {
            self.selected = Some(id);
            self.scroll_to_claim = true;
            self.send(Request::Detail(id));
        }
    }

    /// Set the selected claim's verdict (by button or key); undo remembers the previous one.
    pub fn set_verdict(&mut self, verdict: Verdict) {
        let Some(id) = self.selected else { return };
        let Some(c) = self.claims.iter().find(|c| c.id == id) else {
            return;
        };
        let prev = (id, c.verdict, c.note.clone().unwrap_or_default());
        let expect = Expect::Current(c.review_id);
        if self.reviewer().is_empty() {
            self.error = Some("enter your reviewer name first (Settings)".into());
            return;
        }
        self.undo.push(prev);
        let note = self.note_draft.clone();
        let reviewer = self.settings.reviewer.clone();
        self.send(Request::Review {
            claim_id: id,
            verdict,
            note,
            reviewer,
            expect,
        });
    }

    /// Save the note on the selected claim (a new review with the same verdict).
    pub fn save_note(&mut self) {
        let Some(id) = self.selected else { return };
        let Some(c) = self.claims.iter().find(|c| c.id == id) else {
            return;
        };
        let (verdict, expect) = (c.verdict, Expect::Current(c.review_id));
        let note = self.note_draft.clone();
        let reviewer = self.settings.reviewer.clone();
        self.send(Request::Review {
            claim_id: id,
            verdict,
            note,
            reviewer,
            expect,
        });
    }

    /// Undo the last verdict: a new review restoring the previous one, history kept.
    pub fn undo(&mut self) {
        let Some((id, verdict, note)) = self.undo.pop() else {
            self.status = "Nothing to undo".into();
            return;
        };
        let reviewer = self.settings.reviewer.clone();
        self.send(Request::Review {
            claim_id: id,
            verdict,
            note: note.trim().to_string(),
            reviewer,
            expect: Expect::Any,
        });
        self.status = format!("Undid the last verdict on claim {id}");
    }

    /// Move the selection by `delta` rows.
    pub fn move_selection(&mut self, delta: i64) {
        if self.claims.is_empty() {
            return;
        }
        let idx = self
            .selected
            .and_then(|id| self.claims.iter().position(|c| c.id == id));
        let next = match idx {
            None => 0,
            Some(i) => (i as i64 + delta).clamp(0, self.claims.len() as i64 - 1) as usize,
        };
        let id = self.claims[next].id;
        self.select(id);
        self.scroll_table = true;
    }

    /// Apply what the worker answered.
    pub fn poll_worker(&mut self) {
        while let Ok(r) = self.worker.rx.try_recv() {
            match r {
                Response::Data {
                    articles,
                    claims,
                    sources,
                    totals,
                } => {
                    self.articles = articles;
                    self.claims = claims;
                    self.sources = sources;
                    self.totals = totals;
                    self.sort_claims();
                    if !self.loaded {
                        self.status = "Ready".into();
                    }
                    self.loaded = true;
                    self.refresh_due = false;
                }
                Response::Detail(d) => {
                    if Some(d.claim.id) == self.selected {
                        let fresh = self
                            .detail
                            .as_ref()
                            .is_none_or(|old| old.claim.id != d.claim.id);
                        if fresh {
                            self.note_draft = d.claim.note.clone().unwrap_or_default();
                            self.correct_name = d.claim.claim.source.name.clone();
                            self.correct_kind = d.claim.claim.source.kind;
                            self.correct_via = d
                                .claim
                                .claim
                                .via
                                .iter()
                                .map(|v| v.name.clone())
                                .collect::<Vec<_>>()
                                .join(" <- ");
                        }
                        self.detail = Some(*d);
                    }
                }
                Response::Saved(what) => {
                    self.pending_writes = self.pending_writes.saturating_sub(1);
                    self.status = format!("Saved {what}");
                    self.error = None;
                }
                Response::Conflict {
                    claim_id,
                    attempted,
                    note,
                    current,
                } => {
                    self.pending_writes = self.pending_writes.saturating_sub(1);
                    self.conflict = Some(ConflictUi {
                        claim_id,
                        attempted,
                        note,
                        current: *current,
                    });
                }
                Response::Error(e) => {
                    self.pending_writes = self.pending_writes.saturating_sub(1);
                    self.error = Some(e);
                }
                Response::Progress(d, t) => self.progress = Some((d, t)),
                Response::Preview(text) => self.export_preview = text,
                Response::Imported(msg) => {
                    self.pending_writes = self.pending_writes.saturating_sub(1);
                    self.progress = None;
                    self.status = msg;
                }
            }
        }
    }

    pub(crate) fn sort_claims(&mut self) {
        let (by, asc) = self.sort;
        let key = |c: &StoredClaim| -> String {
            match by {
                SortBy::Ordinal => String::new(),
                SortBy::Text => c.claim.text.to_lowercase(),
                SortBy::Source => c.claim.source.name.to_lowercase(),
                SortBy::Via => c
                    .claim
                    .via
                    .iter()
                    .map(|v| v.name.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" "),
                SortBy::Cue => c
                    .claim
                    .cue
                    .as_ref()
                    .map(|m| m.text.to_lowercase())
                    .unwrap_or_default(),
                SortBy::Verdict => c.verdict.as_str().to_string(),
                SortBy::Reviewer => c.reviewer.clone().unwrap_or_default(),
                SortBy::Updated => c.reviewed_at.clone().unwrap_or_default(),
            }
        };
        if by == SortBy::Ordinal {
            self.claims
                .sort_by_key(|c| (c.article_id, c.claim.start, c.id));
        } else {
            self.claims.sort_by_cached_key(|c| key(c));
        }
        if !asc {
            self.claims.reverse();
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        let typing = ctx.memory(|m| m.focused().is_some()) && ctx.egui_wants_keyboard_input();
        let (ctrl_z, keys) = ctx.input(|i| {
            let ctrl_z = i.modifiers.command && i.key_pressed(Key::Z);
            let keys: Vec<Key> = [
                Key::ArrowDown,
                Key::ArrowUp,
                Key::J,
                Key::K,
                Key::V,
                Key::D,
                Key::I,
                Key::U,
                Key::N,
                Key::Slash,
                Key::Escape,
            ]
            .into_iter()
            .filter(|k| i.key_pressed(*k) && !i.modifiers.command)
            .collect();
            (ctrl_z, keys)
        });
        if ctrl_z && !typing {
            self.undo();
        }
        for k in keys {
            if k == Key::Escape {
                ctx.memory_mut(|m| {
                    if let Some(id) = m.focused() {
                        m.surrender_focus(id);
                    }
                });
                continue;
            }
            if typing {
                continue;
            }
            match k {
                Key::ArrowDown | Key::J => self.move_selection(1),
                Key::ArrowUp | Key::K => self.move_selection(-1),
                Key::V => self.set_verdict(Verdict::Verified),
                Key::D => self.set_verdict(Verdict::Disputed),
                Key::I => self.set_verdict(Verdict::Inconclusive),
                Key::U => self.set_verdict(Verdict::Unreviewed),
                Key::N => self.focus_note = true,
                Key::Slash => self.focus_search = true,
                _ => {}
            }
        }
    }

    /// Draw the whole window (used by eframe and by the kittest harness).
    pub fn ui_main(&mut self, ui: &mut egui::Ui) {
        self.poll_worker();
        let ctx = ui.ctx().clone();
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        self.keyboard(&ctx);
        if self.sent_filter != self.filter {
            self.sent_filter = self.filter.clone();
            self.refresh_due = true;
            let f = self.filter.to_filter();
            self.send(Request::Refresh(f));
        }
        // drag and drop of files and folders
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.progress = Some((0, 0));
            self.send(Request::Import(dropped));
        }

        self.menu_ui(ui);
        self.status_ui(ui);
        if self.show_articles {
            egui::Panel::left("articles")
                .resizable(true)
                .default_size(240.0)
                .min_size(160.0)
                .max_size(420.0)
                .show(ui, |ui| self.articles_ui(ui));
        }
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(420.0)
            .min_size(260.0)
            .max_size(760.0)
            .show(ui, |ui| self.detail_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.claims_ui(ui));

        self.dialogs_ui(&ctx);
        if self.progress.is_some() || self.pending_writes > 0 {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong("claimdesk");
                ui.separator();
                if ui
                    .button("Import…")
                    .on_hover_text(
                        "Import .txt, .md or .html files (or drop files and folders on the window)",
                    )
                    .clicked()
                {
                    self.pick_files();
                }
                if ui.button("Paste article").clicked() {
                    self.show_paste = true;
                }
                if ui
                    .button("Export…")
                    .on_hover_text(
                        "HTML, Markdown, CSV, JSON, ClaimReview or PDF of the claims shown",
                    )
                    .clicked()
                {
                    self.show_export = true;
                    self.request_preview();
                }
                if ui
                    .button("Sources")
                    .on_hover_text("Every source with its track record")
                    .clicked()
                {
                    self.show_sources = !self.show_sources;
                }
                if ui.button("Settings").clicked() {
                    self.show_settings = !self.show_settings;
                }
                if ui
                    .selectable_label(self.show_articles, "Articles panel")
                    .clicked()
                {
                    self.show_articles = !self.show_articles;
                }
                ui.separator();
                let label = if self.settings.dark {
                    "Light theme"
                } else {
                    "Dark theme"
                };
                if ui.button(label).clicked() {
                    self.settings.dark = !self.settings.dark;
                    self.save_settings();
                }
                if !self.settings.reviewer.is_empty() {
                    ui.label(format!("Reviewer: {}", self.settings.reviewer));
                }
            });
            if self.read_only {
                ui.colored_label(
                    Color32::from_rgb(220, 140, 40),
                    "Read-only database: you can browse, but verdicts cannot be saved.",
                );
            }
        });
    }

    /// Choose the export format (as the window's menu does).
    pub fn set_export_format(&mut self, f: crate::report::Format) {
        self.export_format = f;
        if let Some((stem, _)) = self.export_path.rsplit_once('.') {
            self.export_path = format!("{stem}.{}", f.extension());
        }
    }

    /// The report options for the export window: the table's filter, or everything.
    pub(crate) fn export_options(&self) -> crate::report::ReportOptions {
        let mut o = crate::report::ReportOptions {
            desk_name: self.export_desk.clone(),
            ..Default::default()
        };
        if self.export_filtered {
            let f = self.filter.to_filter();
            o.articles = f.article_id.into_iter().collect();
            o.verdicts = f.verdicts;
            o.source = f.source;
            o.kind = f.kind;
            o.text = f.text;
        }
        o
    }

    pub(crate) fn request_preview(&mut self) {
        let options = Box::new(self.export_options());
        self.send(Request::Preview {
            format: self.export_format,
            options,
        });
    }

    fn pick_files(&mut self) {
        let picked = rfd::FileDialog::new()
            .add_filter("Articles", &["txt", "md", "html", "htm"])
            .pick_files();
        match picked {
            Some(files) if !files.is_empty() => {
                self.progress = Some((0, files.len()));
                self.send(Request::Import(files));
            }
            Some(_) => {}
            None => {
                // No system file dialog here (or it was closed): offer a path box.
                self.show_paste = true;
            }
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let (n, reviewed, disputed) = self.totals;
                let pct = if n > 0 {
                    reviewed as f64 * 100.0 / n as f64
                } else {
                    0.0
                };
                ui.label(format!(
                    "{n} claims · {pct:.0}% reviewed · {disputed} disputed"
                ));
                ui.separator();
                ui.label(format!("Database: {}", self.db_label));
                ui.separator();
                if let Some((d, t)) = self.progress {
                    let frac = if t > 0 { d as f32 / t as f32 } else { 0.0 };
                    ui.add(
                        egui::ProgressBar::new(frac)
                            .desired_width(160.0)
                            .text(format!("Importing {d}/{t}")),
                    );
                    if ui.button("Cancel").clicked() {
                        self.worker.cancel.store(true, Ordering::Relaxed);
                    }
                }
                if let Some(e) = &self.error {
                    ui.colored_label(Color32::from_rgb(230, 80, 70), format!("Error: {e}"));
                } else if self.pending_writes > 0 {
                    ui.label("Saving…");
                } else if self.loaded {
                    ui.label(format!("All changes saved · {}", self.status));
                }
            });
        });
    }
}
