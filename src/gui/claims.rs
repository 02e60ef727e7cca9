//! The claims table: filter bar, sortable columns, only visible rows drawn.

use super::app::{DeskApp, SortBy};
use super::{chip, kind_color, verdict_color};
use crate::model::{SourceKind, Verdict};
use egui::RichText;
use egui_extras::{Column, TableBuilder};

impl DeskApp {
    pub(crate) fn claims_ui(&mut self, ui: &mut egui::Ui) {
        self.filter_bar_ui(ui);
        ui.separator();
        // a click anywhere on a row selects it, so cell text is not selectable
        ui.style_mut().interaction.selectable_labels = false;
        let row_h = 22.0;
        let n = self.claims.len();
        let selected_idx = self
            .selected
            .and_then(|id| self.claims.iter().position(|c| c.id == id));
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(36.0))
            .column(Column::remainder().at_least(140.0).clip(true))
            .column(Column::initial(140.0).clip(true))
            .column(Column::initial(90.0).clip(true))
            .column(Column::initial(56.0).clip(true))
            .column(Column::initial(84.0))
            .column(Column::initial(70.0).clip(true))
            .column(Column::initial(84.0).clip(true));
        if self.scroll_table {
            if let Some(i) = selected_idx {
                table = table.scroll_to_row(i, Some(egui::Align::Center));
            }
            self.scroll_table = false;
        }
        let mut clicked = None;
        let mut sort_click = None;
        table
            .header(24.0, |mut h| {
                for (label, by) in [
                    ("#", SortBy::Ordinal),
                    ("Claim", SortBy::Text),
                    ("Source", SortBy::Source),
                    ("Via", SortBy::Via),
                    ("Cue", SortBy::Cue),
                    ("Verdict", SortBy::Verdict),
                    ("Reviewer", SortBy::Reviewer),
                    ("Updated", SortBy::Updated),
                ] {
                    h.col(|ui| {
                        let arrow = if self.sort.0 == by {
                            if self.sort.1 { " ^" } else { " v" }
                        } else {
                            ""
                        };
                        if ui
                            .button(RichText::new(format!("{label}{arrow}")).strong())
                            .on_hover_text(format!("Sort by {label}"))
                            .clicked()
                        {
                            sort_click = Some(by);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_h, n, |mut row| {
                    let i = row.index();
                    let c = &self.claims[i];
                    row.set_selected(selected_idx == Some(i));
                    row.col(|ui| {
                        ui.label(format!("{}", c.id));
                    });
                    row.col(|ui| {
                        let mut t = RichText::new(&c.claim.text);
                        if c.orphaned {
                            t = t.italics().weak();
                        }
                        ui.add(egui::Label::new(t).truncate())
                            .on_hover_text(&c.claim.text);
                    });
                    row.col(|ui| {
                        chip(
                            ui,
                            c.claim.source.kind.label(),
                            kind_color(c.claim.source.kind),
                        );
                        let mut name = RichText::new(&c.claim.source.name);
                        if !c.claim.source.resolved {
                            name = name.italics();
                        }
                        ui.add(egui::Label::new(name).truncate());
                    });
                    row.col(|ui| {
                        let via: Vec<&str> = c.claim.via.iter().map(|v| v.name.as_str()).collect();
                        ui.add(egui::Label::new(via.join(" <- ")).truncate());
                    });
                    row.col(|ui| {
                        ui.label(c.claim.cue.as_ref().map_or("—", |m| m.text.as_str()));
                    });
                    row.col(|ui| {
                        chip(ui, c.verdict.as_str(), verdict_color(c.verdict));
                    });
                    row.col(|ui| {
                        ui.label(c.reviewer.as_deref().unwrap_or(""));
                    });
                    row.col(|ui| {
                        ui.label(
                            c.reviewed_at
                                .as_deref()
                                .map(|t| t.get(5..16).unwrap_or(t).replace('T', " "))
                                .unwrap_or_default(),
                        );
                    });
                    if row.response().clicked() {
                        clicked = Some(c.id);
                    }
                });
            });
        if let Some(by) = sort_click {
            self.sort = if self.sort.0 == by {
                (by, !self.sort.1)
            } else {
                (by, true)
            };
            self.sort_claims();
        }
        if let Some(id) = clicked {
            self.select(id);
        }
    }

    fn filter_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let l = ui.label("Search claims");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.filter.text)
                        .hint_text("claim or source  ( / )")
                        .desired_width(200.0),
                )
                .labelled_by(l.id);
            if self.focus_search {
                r.request_focus();
                self.focus_search = false;
            }
            let l = ui.label("Verdict");
            egui::ComboBox::from_id_salt("verdict_filter")
                .selected_text(self.filter.verdict.map_or("any", |v| v.as_str()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.verdict, None, "any");
                    for v in Verdict::ALL {
                        ui.selectable_value(&mut self.filter.verdict, Some(v), v.as_str());
                    }
                })
                .response
                .labelled_by(l.id);
            let l2 = ui.label("Kind");
            egui::ComboBox::from_id_salt("kind_filter")
                .selected_text(self.filter.kind.map_or("any", |k| k.label()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.filter.kind, None, "any");
                    for k in SourceKind::ALL {
                        ui.selectable_value(&mut self.filter.kind, Some(k), k.label());
                    }
                })
                .response
                .labelled_by(l2.id);
            let l = ui.label("Source");
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.source)
                    .hint_text("name")
                    .desired_width(110.0),
            )
            .labelled_by(l.id);
            ui.add(
                egui::Slider::new(&mut self.filter.min_cw, 0.0..=1.0)
                    .text("check-worthiness >=")
                    .max_decimals(2),
            );
            ui.checkbox(&mut self.filter.unresolved, "Unresolved sources only");
            if ui.button("Clear filters").clicked() {
                self.filter = Default::default();
            }
            ui.label(format!("{} shown", self.claims.len()));
        });
    }
}
