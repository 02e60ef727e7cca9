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
        let mut clicked = None;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for a in &self.articles {
                if !needle.is_empty() && !a.title.to_lowercase().contains(&needle) && !a.outlet.as_deref().unwrap_or("").to_lowercase().contains(&needle) {
                    continue;
                }
                let selected = self.filter.article == Some(a.id);
                let r = ui.selectable_label(selected, RichText::new(&a.title).strong());
                if r.clicked() {
                    clicked = Some(a.id);
                }
                let meta = [a.outlet.clone(), a.published.clone(), a.file_name.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                if !meta.is_empty() {
                    ui.label(RichText::new(meta).small().weak());
                }
                let frac = if a.claims > 0 { a.reviewed as f32 / a.claims as f32 } else { 0.0 };
                ui.add(egui::ProgressBar::new(frac).desired_height(6.0).fill(Color32::from_rgb(46, 160, 67)))
                    .on_hover_text(format!("{} of {} claims reviewed", a.reviewed, a.claims));
                ui.label(RichText::new(format!("{} claims, {} reviewed", a.claims, a.reviewed)).small());
                ui.add_space(6.0);
            }
            if self.articles.is_empty() && self.loaded {
                ui.label("No articles yet. Import files, drop them on the window, paste an article, or load the samples.");
                if ui.button("Load sample articles").clicked() {
                    self.send(super::worker::Request::Samples);
                }
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
