//! Extraction quality on the project's own evaluation set (tests/eval: fictional
//! articles with hand-made gold in the claims-guide format) and on the seed article.
//! A port of shared/tools/score.py: a gold claim matches one extracted claim whose
//! span overlaps it with an F1 of at least 0.5; names compare normalized.

use claimdesk::extract;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Gold {
    file: String,
    claims: Vec<GoldClaim>,
}

#[derive(Deserialize)]
struct GoldClaim {
    text: String,
    source: Vec<String>,
    kind: Vec<String>,
    #[serde(default)]
    via: Vec<Vec<String>>,
    #[serde(default)]
    optional: bool,
}

#[derive(Default, Debug)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    all_three: usize,
}

fn norm(s: &str) -> String {
    let lowered: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let joined = lowered.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(joined)
}

fn name_ok(names: &[String], accepted: &[String]) -> bool {
    names
        .iter()
        .any(|n| !n.is_empty() && accepted.iter().any(|a| norm(a) == *n))
}

fn ref_names(r: &claimdesk::model::SourceRef) -> Vec<String> {
    let mut v = vec![norm(&r.name)];
    if let Some(m) = &r.mention {
        v.push(norm(&m.text));
    }
    v
}

/// How an article is laid out for a run: as written, or hard-wrapped at a
/// width (a space before each word that would pass it turned into a line
/// break), with blank lines between paragraphs or with each paragraph's first
/// line indented by a space instead. Same bytes but for those, so the gold's
/// offsets hold.
/// Or with its headline blanked out (spaces, same offsets: the body alone, as
/// a feed without titles gives it; the headline's gold claims are dropped).
#[derive(Clone, Copy)]
enum Layout {
    AsWritten,
    Wrapped { width: usize, indent: bool },
    NoHeadline,
}

fn lay_out(text: &str, layout: Layout) -> String {
    if let Layout::NoHeadline = layout {
        let head = text.find("\n\n").unwrap_or(0);
        return " ".repeat(head) + &text[head..];
    }
    let Layout::Wrapped { width, indent } = layout else {
        return text.to_string();
    };
    let mut b = text.as_bytes().to_vec();
    let (mut line_start, mut last_space, mut col) = (0usize, None, 0usize);
    for i in 0..b.len() {
        if b[i] == b'\n' {
            (line_start, last_space, col) = (i + 1, None, 0);
            continue;
        }
        // (columns in chars: a continuation byte adds none)
        if b[i] & 0xC0 != 0x80 {
            col += 1;
        }
        if b[i] == b' ' {
            last_space = Some((i, col));
        }
        if col > width {
            if let Some((sp, c)) = last_space.filter(|&(sp, _)| sp > line_start) {
                b[sp] = b'\n';
                (line_start, last_space, col) = (sp + 1, None, col - c);
            }
        }
    }
    let out = String::from_utf8(b).expect("only spaces replaced");
    if indent {
        out.replace("\n\n", "\n ")
    } else {
        out
    }
}

fn score(dir: &Path, gold_path: &Path, layout: Layout, t: &mut Tally, report: &mut String) {
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(gold_path).expect("gold"))
        .expect("gold json");
    let original = std::fs::read_to_string(dir.join(&gold.file)).expect("article");
    let text = lay_out(&original, layout);
    let (_, claims) = extract::extract(&text);
    let spans: Vec<(usize, usize)> = claims.iter().map(|c| (c.start, c.end)).collect();
    let mut pairs = vec![];
    let blanked = |s: usize| matches!(layout, Layout::NoHeadline) && text.as_bytes()[s] == b' ';
    for (gi, g) in gold.claims.iter().enumerate() {
        let s = original.find(&g.text).expect("gold text in article");
        if blanked(s) {
            continue;
        }
        let gs = (s, s + g.text.len());
        for (pi, ps) in spans.iter().enumerate() {
            let inter = ps.1.min(gs.1).saturating_sub(ps.0.max(gs.0));
            let f = 2.0 * inter as f64 / ((ps.1 - ps.0) + (gs.1 - gs.0)) as f64;
            if f >= 0.5 {
                pairs.push((f, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut gused, mut pused) = (vec![None; gold.claims.len()], vec![false; claims.len()]);
    for (_, gi, pi) in pairs {
        if gused[gi].is_none() && !pused[pi] {
            gused[gi] = Some(pi);
            pused[pi] = true;
        }
    }
    for (gi, g) in gold.claims.iter().enumerate() {
        let in_headline = original.find(&g.text).is_some_and(blanked);
        match gused[gi] {
            None if !g.optional && !in_headline => {
                t.fn_ += 1;
                report.push_str(&format!("  MISSED {}: {:?}\n", gold.file, g.text));
            }
            Some(pi) if !g.optional => {
                t.tp += 1;
                let c = &claims[pi];
                let src = name_ok(&ref_names(&c.source), &g.source);
                let kind = g.kind.iter().any(|k| k == c.source.kind.as_str());
                let via = c.via.len() == g.via.len()
                    && c.via
                        .iter()
                        .zip(&g.via)
                        .all(|(v, acc)| name_ok(&ref_names(v), acc));
                if src && kind && via {
                    t.all_three += 1;
                } else {
                    report.push_str(&format!(
                        "  WRONG {}: {:?} got {} ({})\n",
                        gold.file, g.text, c.source.name, c.source.kind
                    ));
                }
            }
            _ => {}
        }
    }
    for (pi, used) in pused.iter().enumerate() {
        if !used {
            t.fp += 1;
            report.push_str(&format!("  EXTRA {}: {:?}\n", gold.file, claims[pi].text));
        }
    }
}

fn run(dir: &Path, layout: Layout) -> (Tally, String, usize) {
    let mut t = Tally::default();
    let mut report = String::new();
    let mut files = 0;
    let mut golds: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    for g in golds {
        score(dir, &g, layout, &mut t, &mut report);
        files += 1;
    }
    (t, report, files)
}

fn f1(t: &Tally) -> f64 {
    let p = t.tp as f64 / (t.tp + t.fp).max(1) as f64;
    let r = t.tp as f64 / (t.tp + t.fn_).max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[test]
fn own_evaluation_set_meets_its_recorded_scores() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let (t, report, files) = run(&dir, Layout::AsWritten);
    assert!(files >= 550, "the evaluation set has {files} articles");
    let f = f1(&t);
    let all = t.all_three as f64 / t.tp.max(1) as f64;
    println!(
        "own set: {files} articles, tp {} fp {} fn {}, claims F1 {f:.3}, source+kind+via right on {all:.3} of matched\n{report}",
        t.tp, t.fp, t.fn_
    );
    // Recorded at the time of writing (326 articles: F1 0.995, all three 0.986;
    // 524 articles on 2026-12-02: F1 0.995, all three 0.988; 555 articles at
    // the end of that day's second session: the same); a regression fails.
    assert!(f >= 0.99, "claims F1 fell to {f:.3}\n{report}");
    assert!(
        all >= 0.98,
        "source/kind/via accuracy fell to {all:.3}\n{report}"
    );
}

#[test]
fn seed_article_is_fully_right() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    if !dir.exists() {
        eprintln!("shared/seed not found next to the project; skipped");
        return;
    }
    let (t, report, _) = run(&dir, Layout::AsWritten);
    assert_eq!((t.fp, t.fn_), (0, 0), "{report}");
    assert!(t.all_three as f64 / t.tp as f64 >= 0.9, "{report}");
}

/// Scores the evaluation set in `layout` against the set as written: claims F1
/// within 0.005 and source+kind+via within 0.01 of it.
fn reads_as_written(layouts: &[(Layout, &str)]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let (base, _, _) = run(&dir, Layout::AsWritten);
    let (base_f, base_all) = (f1(&base), base.all_three as f64 / base.tp.max(1) as f64);
    for &(layout, label) in layouts {
        let (t, report, _) = run(&dir, layout);
        let (f, all) = (f1(&t), t.all_three as f64 / t.tp.max(1) as f64);
        println!("{label}: claims F1 {f:.3}, all three {all:.3}");
        assert!(
            f >= base_f - 0.005 && all >= base_all - 0.01,
            "{label}: F1 {f:.3} (as written {base_f:.3}), all three {all:.3} (as written {base_all:.3})\n{report}"
        );
    }
}

/// The evaluation set hard-wrapped as an e-mail, a wire feed or a PDF's text
/// gives it (72 columns with blank lines between paragraphs, 64 with indented
/// first lines): read as well as the articles as written. Before soft line
/// breaks were read as spaces, the 72-column set scored claims F1 0.930 and
/// source 0.867 of matched.
#[test]
fn hard_wrapped_articles_read_as_written() {
    reads_as_written(&[
        (
            Layout::Wrapped {
                width: 72,
                indent: false,
            },
            "wrapped at 72",
        ),
        (
            Layout::Wrapped {
                width: 64,
                indent: true,
            },
            "wrapped at 64, indented",
        ),
    ]);
}

/// The evaluation set without headlines (the body alone): a lede of one
/// sentence ending in a quote (`..., calling them "groundless."`) had been read
/// as a headline (claims F1 0.984, all three 0.971 before; the set as written
/// 0.995 and 0.986).
#[test]
fn articles_without_headlines_read_as_written() {
    reads_as_written(&[(Layout::NoHeadline, "without headlines")]);
}
