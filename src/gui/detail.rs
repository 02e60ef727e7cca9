//! The claim detail: the article with the claim highlighted, the source and its
//! chain, verdict buttons, note, evidence, corrections and the review history.

use super::app::DeskApp;
use super::worker::Request;
use super::{chip, kind_color, verdict_color};
use crate::model::{SourceKind, SourceRef, Verdict};
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, RichText, Stroke};

impl DeskApp {
    pub(crate) fn detail_ui(&mut self, ui: &mut egui::Ui) {
        let Some(d) = self.detail.clone() else {
            ui.heading("Claim");
            ui.label("Select a claim in the table (Up/Down or j/k) to review it.");
            ui.add_space(8.0);
            ui.label("Keys: v verified · d disputed · i inconclusive · u reset · n note · / search · Ctrl+Z undo");
            return;
        };
        let c = &d.claim;
        let top_h = (ui.available_height() * 0.55).max(200.0);
        egui::ScrollArea::vertical().id_salt("detail_scroll").max_height(top_h).auto_shrink([false, true]).show(ui, |ui| {
            ui.heading(format!("Claim {}", c.id));
            ui.add(egui::Label::new(RichText::new(&c.claim.text).size(15.0)).wrap());
            if c.orphaned {
                ui.colored_label(Color32::from_rgb(219, 161, 27), "Orphaned: the current extractor no longer finds this claim; its reviews are kept.");
            }
            ui.add_space(4.0);
            egui::Grid::new("source_grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                ui.label("Source");
                ui.horizontal(|ui| {
                    chip(ui, c.claim.source.kind.label(), kind_color(c.claim.source.kind));
                    ui.strong(&c.claim.source.name);
                    if !c.claim.source.resolved {
                        chip(ui, "unresolved", Color32::from_rgb(219, 161, 27)).on_hover_text("The extractor could not tell who this is with confidence");
                    }
                });
                ui.end_row();
                if let Some(role) = &c.claim.source.role {
                    ui.label("Role");
                    ui.label(role);
                    ui.end_row();
                }
                ui.label("Chain");
                let mut chain = vec![c.claim.source.name.clone()];
                chain.extend(c.claim.via.iter().map(|v| v.name.clone()));
                ui.add(egui::Label::new(chain.join(" <- ")).wrap());
                ui.end_row();
                ui.label("Cue");
                ui.label(c.claim.cue.as_ref().map_or("— (the article's own claim)", |m| m.text.as_str()));
                ui.end_row();
                ui.label("Quote");
                ui.label(c.claim.quote.as_str());
                ui.end_row();
                ui.label("Check-worthiness");
                ui.label(format!("{:.2}", c.claim.check_worthiness));
                ui.end_row();
                ui.label("Article");
                ui.add(egui::Label::new(&d.article.title).wrap());
                ui.end_row();
            });
            ui.separator();
            ui.horizontal(|ui| {
                ui.label("Verdict:");
                chip(ui, c.verdict.as_str(), verdict_color(c.verdict));
                if let Some(r) = &c.reviewer {
                    ui.label(RichText::new(format!("by {r}")).weak());
                }
            });
            ui.horizontal(|ui| {
                for (v, label) in [(Verdict::Verified, "Verified (v)"), (Verdict::Disputed, "Disputed (d)"), (Verdict::Inconclusive, "Inconclusive (i)"), (Verdict::Unreviewed, "Reset (u)")] {
                    let b = egui::Button::new(RichText::new(label).color(Color32::WHITE)).fill(verdict_color(v));
                    if ui.add(b).clicked() {
                        self.set_verdict(v);
                    }
                }
            });
            let l = ui.label("Note");
            let r = ui.add(egui::TextEdit::multiline(&mut self.note_draft).desired_rows(2).hint_text("Why? (n)").desired_width(f32::INFINITY)).labelled_by(l.id);
            if self.focus_note {
                r.request_focus();
                self.focus_note = false;
            }
            ui.horizontal(|ui| {
                let changed = self.note_draft != c.note.clone().unwrap_or_default();
                if ui.add_enabled(changed, egui::Button::new("Save note")).clicked() {
                    self.save_note();
                }
                if ui.button("Undo last verdict (Ctrl+Z)").clicked() {
                    self.undo();
                }
            });
            ui.separator();
            ui.strong("Evidence");
            for e in &d.evidence {
                ui.horizontal_wrapped(|ui| {
                    if e.url.starts_with("http://") || e.url.starts_with("https://") {
                        ui.hyperlink_to(&e.url, &e.url);
                    } else {
                        ui.label(&e.url);
                    }
                    ui.label(RichText::new(format!("{} — {}", e.description, e.added_by)).weak());
                });
            }
            ui.horizontal(|ui| {
                let l = ui.label("URL");
                ui.add(egui::TextEdit::singleline(&mut self.evidence_url).hint_text("https://…").desired_width(150.0)).labelled_by(l.id);
                let l = ui.label("What it shows");
                ui.add(egui::TextEdit::singleline(&mut self.evidence_desc).desired_width(110.0)).labelled_by(l.id);
                if ui.add_enabled(!self.evidence_url.trim().is_empty(), egui::Button::new("Add evidence")).clicked() {
                    let (url, description) = (std::mem::take(&mut self.evidence_url), std::mem::take(&mut self.evidence_desc));
                    let reviewer = self.settings.reviewer.clone();
                    self.send(Request::Evidence { claim_id: c.id, url, description, reviewer });
                }
            });
            ui.separator();
            ui.collapsing("Correct the source", |ui| {
                ui.horizontal(|ui| {
                    let l = ui.label("Source name");
                    ui.add(egui::TextEdit::singleline(&mut self.correct_name).desired_width(160.0)).labelled_by(l.id);
                    egui::ComboBox::from_label("Source kind").selected_text(self.correct_kind.label()).show_ui(ui, |ui| {
                        for k in SourceKind::ALL {
                            ui.selectable_value(&mut self.correct_kind, k, k.label());
                        }
                    });
                });
                ui.horizontal(|ui| {
                    let l = ui.label("Via (nearest first, separated by <-)");
                    ui.add(egui::TextEdit::singleline(&mut self.correct_via).desired_width(160.0)).labelled_by(l.id);
                });
                ui.horizontal(|ui| {
                    if ui.button("Save correction").clicked() {
                        let via: Vec<SourceRef> = self.correct_via.split("<-").map(str::trim).filter(|s| !s.is_empty()).map(|n| SourceRef { name: n.to_string(), kind: SourceKind::NewsOutlet, resolved: true, role: None, mention: None }).collect();
                        let reviewer = self.settings.reviewer.clone();
                        self.send(Request::CorrectSource { claim_id: c.id, name: self.correct_name.clone(), kind: self.correct_kind, via, reviewer });
                    }
                    let label = if c.not_a_claim { "Restore as a claim" } else { "Not a claim" };
                    if ui.button(label).clicked() {
                        let reviewer = self.settings.reviewer.clone();
                        self.send(Request::NotAClaim { claim_id: c.id, value: !c.not_a_claim, reviewer });
                    }
                });
            });
            ui.collapsing(format!("History ({})", d.history.len()), |ui| {
                if d.history.is_empty() {
                    ui.label("No verdicts yet.");
                }
                for r in &d.history {
                    ui.horizontal_wrapped(|ui| {
                        chip(ui, r.verdict.as_str(), verdict_color(r.verdict));
                        ui.label(RichText::new(format!("{} · {}", r.reviewer, r.created_at.replace('T', " "))).weak());
                        if !r.note.is_empty() {
                            ui.label(&r.note);
                        }
                    });
                }
            });
        });
        ui.separator();
        ui.strong("Article");
        ui.label(RichText::new("Claim highlighted; source and cue underlined. Select text and press \"Add claim\" to add one by hand.").small().weak());
        egui::ScrollArea::vertical()
            .id_salt("article_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.article_text_ui(ui, &d);
            });
    }

    fn article_text_ui(&mut self, ui: &mut egui::Ui, d: &super::worker::Detail) {
        let text = d.article.text.as_str();
        let c = &d.claim.claim;
        let dark = ui.visuals().dark_mode;
        let base = ui.visuals().text_color();
        let font = egui::FontId::proportional(14.0);
        let hl = if dark {
            Color32::from_rgb(90, 80, 20)
        } else {
            Color32::from_rgb(255, 240, 150)
        };
        let mut marks: Vec<(usize, usize, u8)> = vec![(c.start, c.end, 1)];
        if let Some(m) = &c.source.mention {
            marks.push((m.start, m.end, 2));
        }
        if let Some(m) = &c.cue {
            marks.push((m.start, m.end, 3));
        }
        let mut cuts: Vec<usize> = vec![0, text.len()];
        for &(s, e, _) in &marks {
            if s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
                cuts.push(s);
                cuts.push(e);
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
            let mut job = LayoutJob::default();
            let t = buf.as_str();
            for w in cuts.windows(2) {
                let (a, b) = (w[0], w[1]);
                if a >= b || b > t.len() {
                    continue;
                }
                let mut f = TextFormat {
                    font_id: font.clone(),
                    color: base,
                    ..Default::default()
                };
                for &(s, e, k) in &marks {
                    if a >= s && b <= e {
                        match k {
                            1 => f.background = hl,
                            _ => {
                                f.underline = Stroke::new(
                                    1.5,
                                    if k == 2 {
                                        Color32::from_rgb(70, 130, 230)
                                    } else {
                                        Color32::from_rgb(220, 90, 70)
                                    },
                                )
                            }
                        }
                    }
                }
                job.append(&t[a..b], 0.0, f);
            }
            job.wrap.max_width = wrap;
            ui.fonts_mut(|f| f.layout_job(job))
        };
        let mut view: &str = text;
        let out = egui::TextEdit::multiline(&mut view)
            .desired_width(f32::INFINITY)
            .layouter(&mut layouter)
            .show(ui);
        out.response
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Article text"));
        if self.scroll_to_claim {
            let ci = text[..c.start.min(text.len())].chars().count();
            let r = out
                .galley
                .pos_from_cursor(CCursor::new(ci))
                .translate(out.galley_pos.to_vec2());
            ui.scroll_to_rect(r, Some(egui::Align::Center));
            self.scroll_to_claim = false;
        }
        if let Some(range) = out.cursor_range {
            let r = range.as_sorted_char_range();
            if r.end.0 > r.start.0 {
                let to_byte =
                    |ci: usize| text.char_indices().nth(ci).map_or(text.len(), |(b, _)| b);
                let (s, e) = (to_byte(r.start.0), to_byte(r.end.0));
                ui.horizontal(|ui| {
                    let l = ui.label("New claim's source");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.add_claim_source)
                            .hint_text("who says it (empty: the article)")
                            .desired_width(140.0),
                    )
                    .labelled_by(l.id);
                    egui::ComboBox::from_label("New claim's kind")
                        .selected_text(self.add_claim_kind.label())
                        .show_ui(ui, |ui| {
                            for k in SourceKind::ALL {
                                ui.selectable_value(&mut self.add_claim_kind, k, k.label());
                            }
                        });
                    if ui.button("Add claim").clicked() {
                        let name = self.add_claim_source.trim();
                        let source = if name.is_empty() {
                            SourceRef::publication("article")
                        } else {
                            SourceRef {
                                name: name.to_string(),
                                kind: self.add_claim_kind,
                                resolved: true,
                                role: None,
                                mention: None,
                            }
                        };
                        let reviewer = self.settings.reviewer.clone();
                        self.send(Request::AddClaim {
                            article_id: d.article.id,
                            start: s,
                            end: e,
                            source,
                            reviewer,
                        });
                    }
                });
            }
        }
    }
}
