//! The articles panel: search, import, paste, and each article's review progress.

use super::app::DeskApp;
use egui::{Color32, RichText};

impl DeskApp {
    pub(crate) fn articles_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Articles");
        ui.horizontal(|ui| {
            let l = ui.label("Search");
            ui.add(
                egui::TextEdit::singleline(&mut self.article_search)
                    .hint_text("title or outlet")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            if ui
                .selectable_label(self.filter.article.is_none(), "All articles")
                .clicked()
            {
                self.filter.article = None;
            }
        });
        ui.separator();
        let needle = self.article_search.to_lowercase();
        let shown: Vec<usize> = (0..self.articles.len())
            .filter(|&i| {
                let a = &self.articles[i];
                needle.is_empty()
                    || a.title.to_lowercase().contains(&needle)
                    || a.outlet
                        .as_deref()
                        .unwrap_or("")
                        .to_lowercase()
                        .contains(&needle)
            })
            .collect();
        let mut clicked = None;
        if self.articles.is_empty() && self.loaded {
            ui.label("No articles yet. Import files, drop them on the window, paste an article, or load the samples.");
            if ui.button("Load sample articles").clicked() {
                self.send(super::worker::Request::Samples);
            }
        }
        // one fixed-height row per article, only the visible ones drawn
        let row_h = 58.0;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_h, shown.len(), |ui, range| {
                for &i in &shown[range] {
                    let a = &self.articles[i];
                    ui.allocate_ui(egui::vec2(ui.available_width(), row_h), |ui| {
                        ui.set_min_height(row_h - 4.0);
                        let selected = self.filter.article == Some(a.id);
                        let title =
                            egui::Button::selectable(selected, RichText::new(&a.title).strong())
                                .truncate();
                        if ui.add(title).on_hover_text(&a.title).clicked() {
                            clicked = Some(a.id);
                        }
                        let meta = [
                            a.outlet.as_deref(),
                            a.published.as_deref(),
                            a.file_name.as_deref(),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ");
                        ui.add(egui::Label::new(RichText::new(meta).small().weak()).truncate());
                        ui.horizontal(|ui| {
                            let frac = if a.claims > 0 {
                                a.reviewed as f32 / a.claims as f32
                            } else {
                                0.0
                            };
                            ui.add(
                                egui::ProgressBar::new(frac)
                                    .desired_height(6.0)
                                    .desired_width(70.0)
                                    .fill(Color32::from_rgb(46, 160, 67)),
                            );
                            ui.label(
                                RichText::new(format!(
                                    "{} claims, {} reviewed",
                                    a.claims, a.reviewed
                                ))
                                .small(),
                            );
                        });
                    });
                }
            });
        if let Some(id) = clicked {
            self.filter.article = if self.filter.article == Some(id) {
                None
            } else {
                Some(id)
            };
        }
    }
}
