//! Windows over the workbench: first start (reviewer name, samples), paste or
//! import by path, settings, the sources table, and verdict conflicts.

use super::app::DeskApp;
use super::worker::Request;
use super::{chip, kind_color, verdict_color};
use crate::model::SourceKind;
use egui::{Color32, RichText};
use std::path::PathBuf;

impl DeskApp {
    pub(crate) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if self.settings.reviewer.is_empty() || self.show_settings {
            let first = self.settings.reviewer.is_empty();
            let mut open = true;
            let mut window = egui::Window::new(if first {
                "Welcome to claimdesk"
            } else {
                "Settings"
            })
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, -80.0]);
            // the name is needed before any verdict: no close button at first start
            if !first {
                window = window.open(&mut open);
            }
            window.show(ctx, |ui| {
                if first {
                    ui.label("Your name is shown on every verdict you give.");
                }
                ui.horizontal(|ui| {
                    let l = ui.label("Reviewer name");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.reviewer_draft).desired_width(180.0),
                    )
                    .labelled_by(l.id);
                });
                if ui
                    .add_enabled(
                        !self.reviewer_draft.trim().is_empty(),
                        egui::Button::new("Save name"),
                    )
                    .clicked()
                {
                    let name = self.reviewer_draft.clone();
                    self.set_reviewer(&name);
                    self.show_settings = false;
                }
            });
            if !open {
                self.show_settings = false;
            }
        }
        if self.loaded
            && self.articles.is_empty()
            && !self.samples_offered
            && !self.settings.reviewer.is_empty()
        {
            egui::Window::new("Start with the samples?").collapsible(false).resizable(false).anchor(egui::Align2::CENTER_CENTER, [0.0, -80.0]).show(ctx, |ui| {
                ui.label("The database is empty. Load a few sample articles (fictional) to try claimdesk?");
                ui.horizontal(|ui| {
                    if ui.button("Load sample articles").clicked() {
                        self.send(Request::Samples);
                        self.samples_offered = true;
                    }
                    if ui.button("Start empty").clicked() {
                        self.samples_offered = true;
                    }
                });
            });
        }
        if self.show_paste {
            let mut open = true;
            egui::Window::new("Add articles")
                .open(&mut open)
                .default_width(520.0)
                .show(ctx, |ui| {
                    ui.strong("Import from a path");
                    ui.horizontal(|ui| {
                        let l = ui.label("Path");
                        ui.add(
                            egui::TextEdit::singleline(&mut self.import_path)
                                .hint_text("/path/to/file-or-folder")
                                .desired_width(360.0),
                        )
                        .labelled_by(l.id);
                        if ui
                            .add_enabled(
                                !self.import_path.trim().is_empty(),
                                egui::Button::new("Import path"),
                            )
                            .clicked()
                        {
                            let p = PathBuf::from(self.import_path.trim());
                            self.progress = Some((0, 0));
                            self.send(Request::Import(vec![p]));
                        }
                    });
                    ui.separator();
                    ui.strong("Paste an article");
                    ui.horizontal(|ui| {
                        let l = ui.label("Name");
                        ui.add(
                            egui::TextEdit::singleline(&mut self.paste_title)
                                .hint_text("pasted article")
                                .desired_width(300.0),
                        )
                        .labelled_by(l.id);
                    });
                    let l = ui.label("Article text");
                    ui.add(
                        egui::TextEdit::multiline(&mut self.paste_text)
                            .desired_rows(12)
                            .desired_width(f32::INFINITY)
                            .hint_text("Headline on the first line, then the article"),
                    )
                    .labelled_by(l.id);
                    if ui
                        .add_enabled(
                            !self.paste_text.trim().is_empty(),
                            egui::Button::new("Add article"),
                        )
                        .clicked()
                    {
                        let name = if self.paste_title.trim().is_empty() {
                            "pasted article".to_string()
                        } else {
                            self.paste_title.trim().to_string()
                        };
                        let text = std::mem::take(&mut self.paste_text);
                        self.send(Request::Paste { name, text });
                        self.show_paste = false;
                    }
                });
            if !open {
                self.show_paste = false;
            }
        }
        if self.show_export {
            let mut open = true;
            egui::Window::new("Export report")
                .open(&mut open)
                .default_width(620.0)
                .show(ctx, |ui| self.export_ui(ui));
            if !open {
                self.show_export = false;
            }
        }
        if self.show_sources {
            let mut open = true;
            egui::Window::new("Sources")
                .open(&mut open)
                .default_size([640.0, 420.0])
                .show(ctx, |ui| self.sources_ui(ui));
            if !open {
                self.show_sources = false;
            }
        }
        if let Some(cf) = self.conflict.clone() {
            egui::Window::new("Someone else changed this claim")
                .collapsible(false)
                .show(ctx, |ui| {
                    ui.label(format!(
                        "While you were reviewing claim {}, {} set it to",
                        cf.claim_id, cf.current.reviewer
                    ));
                    ui.horizontal(|ui| {
                        chip(
                            ui,
                            cf.current.verdict.as_str(),
                            verdict_color(cf.current.verdict),
                        );
                        ui.label(format!(
                            "at {} {}",
                            cf.current.created_at.replace('T', " "),
                            cf.current.note
                        ));
                    });
                    ui.horizontal(|ui| {
                        ui.label("You chose");
                        chip(ui, cf.attempted.as_str(), verdict_color(cf.attempted));
                    });
                    ui.label("Which verdict stands?");
                    ui.horizontal(|ui| {
                        if ui
                            .button(format!("Keep {}'s", cf.current.reviewer))
                            .clicked()
                        {
                            self.conflict = None;
                        }
                        if ui.button("Mine").clicked() {
                            let reviewer = self.settings.reviewer.clone();
                            self.send(Request::Review {
                                claim_id: cf.claim_id,
                                verdict: cf.attempted,
                                note: cf.note.clone(),
                                reviewer,
                                expect: crate::store::Expect::Current(Some(cf.current.id)),
                            });
                            self.conflict = None;
                        }
                    });
                });
        }
    }

    fn export_ui(&mut self, ui: &mut egui::Ui) {
        let before = (
            self.export_format,
            self.export_filtered,
            self.export_desk.clone(),
        );
        ui.horizontal(|ui| {
            let l = ui.label("Format");
            egui::ComboBox::from_id_salt("export_format")
                .selected_text(self.export_format.as_str())
                .show_ui(ui, |ui| {
                    for f in crate::report::Format::ALL {
                        ui.selectable_value(&mut self.export_format, f, f.as_str());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.checkbox(
                &mut self.export_filtered,
                "Only the claims the table shows (current filter)",
            );
        });
        ui.horizontal(|ui| {
            let l = ui.label("Desk name");
            ui.add(egui::TextEdit::singleline(&mut self.export_desk).desired_width(220.0))
                .labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            let l = ui.label("Save to");
            if self.export_path.is_empty() {
                self.export_path = format!("claimdesk-report.{}", self.export_format.extension());
            }
            ui.add(egui::TextEdit::singleline(&mut self.export_path).desired_width(360.0))
                .labelled_by(l.id);
            if ui.button("Export").clicked() {
                let path = PathBuf::from(self.export_path.trim());
                if path.exists() && !ui.input(|i| i.modifiers.shift) {
                    self.error = Some(format!(
                        "{} exists: shift-click Export to overwrite it",
                        path.display()
                    ));
                } else {
                    let options = Box::new(self.export_options());
                    self.send(Request::Export {
                        format: self.export_format,
                        options,
                        path,
                    });
                }
            }
        });
        if before
            != (
                self.export_format,
                self.export_filtered,
                self.export_desk.clone(),
            )
        {
            // keep the file name's extension in step with the format
            if let Some((stem, _)) = self.export_path.rsplit_once('.') {
                self.export_path = format!("{stem}.{}", self.export_format.extension());
            }
            self.request_preview();
        }
        ui.separator();
        ui.label(RichText::new("Preview").strong());
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                ui.add(
                    egui::Label::new(RichText::new(&self.export_preview).monospace().small())
                        .wrap(),
                );
            });
    }

    fn sources_ui(&mut self, ui: &mut egui::Ui) {
        ui.label(RichText::new("Track record of each source. Pick a source to merge, then “merge into” on the one to keep.").small().weak());
        let mut action = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("sources")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    ui.strong("Source");
                    ui.strong("Kind");
                    ui.strong("Claims");
                    ui.strong("Track record");
                    ui.strong("");
                    ui.end_row();
                    for s in &self.sources {
                        ui.vertical(|ui| {
                            ui.label(&s.source.name);
                            if !s.source.aliases.is_empty() {
                                ui.label(
                                    RichText::new(format!("also: {}", s.source.aliases.join(", ")))
                                        .small()
                                        .weak(),
                                );
                            }
                        });
                        let mut kind = s.source.kind;
                        let cb = egui::ComboBox::from_id_salt(("kind", s.source.id))
                            .selected_text(RichText::new(kind.label()).color(kind_color(kind)))
                            .show_ui(ui, |ui| {
                                for k in SourceKind::ALL {
                                    ui.selectable_value(&mut kind, k, k.label());
                                }
                            });
                        cb.response.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::ComboBox,
                                true,
                                format!("Kind of {}", s.source.name),
                            )
                        });
                        if kind != s.source.kind {
                            action = Some(Request::SetKind {
                                id: s.source.id,
                                kind,
                            });
                        }
                        ui.label(s.claims.to_string());
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(140.0, 10.0), egui::Sense::hover());
                        let total = s.claims.max(1) as f32;
                        let mut x = rect.left();
                        for (n, col) in [
                            (s.verified, verdict_color(crate::model::Verdict::Verified)),
                            (s.disputed, verdict_color(crate::model::Verdict::Disputed)),
                            (
                                s.inconclusive,
                                verdict_color(crate::model::Verdict::Inconclusive),
                            ),
                            (s.unreviewed, Color32::from_gray(90)),
                        ] {
                            let w = rect.width() * n as f32 / total;
                            ui.painter().rect_filled(
                                egui::Rect::from_min_size(
                                    egui::pos2(x, rect.top()),
                                    egui::vec2(w, rect.height()),
                                ),
                                0.0,
                                col,
                            );
                            x += w;
                        }
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(format!(
                                    "{} ok, {} disputed, {} open",
                                    s.verified, s.disputed, s.inconclusive
                                ))
                                .small(),
                            );
                            match self.merge_from {
                                Some(from) if from == s.source.id => {
                                    if ui.small_button("cancel merge").clicked() {
                                        self.merge_from = None;
                                    }
                                }
                                Some(from) => {
                                    if ui.small_button("merge into this").clicked() {
                                        action = Some(Request::Merge {
                                            into: s.source.id,
                                            from,
                                        });
                                        self.merge_from = None;
                                    }
                                }
                                None => {
                                    if ui.small_button("merge…").clicked() {
                                        self.merge_from = Some(s.source.id);
                                    }
                                }
                            }
                            if ui.small_button("rename").clicked() {
                                self.rename_draft = (s.source.id, s.source.name.clone());
                            }
                        });
                        ui.end_row();
                    }
                });
        });
        if self.rename_draft.0 != 0 {
            ui.separator();
            ui.horizontal(|ui| {
                let l = ui.label("New name");
                ui.text_edit_singleline(&mut self.rename_draft.1)
                    .labelled_by(l.id);
                if ui.button("Rename").clicked() {
                    action = Some(Request::Rename {
                        id: self.rename_draft.0,
                        name: self.rename_draft.1.clone(),
                    });
                    self.rename_draft = (0, String::new());
                }
            });
        }
        if let Some(a) = action {
            self.send(a);
        }
    }
}
