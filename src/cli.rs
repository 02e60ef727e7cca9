//! The command line: clap definitions and the command handlers.
//!
//! `claimdesk` with no subcommand opens the GUI; every other command works on the
//! database named by `--db` (or `CLAIMDESK_DB`, or the platform default).

use crate::extract::{self, Extractor, names::Registry};
use crate::model::{SourceKind, Verdict};
use crate::pipeline;
use crate::store::{ClaimFilter, Expect, Store, StoreError};
use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// claimdesk: a workbench for fact-checking what sources say.
#[derive(Debug, Parser)]
#[command(name = "claimdesk", version, about)]
pub struct Cli {
    /// The database file (default: claimdesk.sqlite3 in the platform data folder).
    #[arg(long, global = true, env = "CLAIMDESK_DB")]
    pub db: Option<PathBuf>,
    /// What to do; without a command the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from files without a database; prints JSON Lines with --json.
    Extract {
        /// Print one JSON object per file (the claims guide's format).
        #[arg(long)]
        json: bool,
        /// A source registry (JSON) that extends the built-in one.
        #[arg(long, env = "CLAIMDESK_REGISTRY")]
        registry: Option<PathBuf>,
        /// Article files (.txt, .md, .html).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import files or folders of articles (.txt, .md, .html) into the database.
    Import {
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Largest file to import, in bytes.
        #[arg(long, default_value_t = crate::import::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
    },
    /// Load the sample articles.
    Samples,
    /// List articles.
    Articles {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// List claims with their sources and verdicts.
    Claims {
        /// Only this article.
        #[arg(long)]
        article: Option<i64>,
        /// Only this source (name or alias).
        #[arg(long)]
        source: Option<String>,
        /// Only this source kind.
        #[arg(long)]
        kind: Option<SourceKind>,
        /// Only these verdicts.
        #[arg(long)]
        verdict: Vec<Verdict>,
        /// Only claims containing this text.
        #[arg(long)]
        text: Option<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// List sources with their track record.
    Sources {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Set a claim's verdict; returns once it is durable on disk.
    Review {
        /// The claim's id.
        claim_id: i64,
        /// verified, disputed, inconclusive or unreviewed.
        verdict: Verdict,
        /// A note.
        #[arg(long, default_value = "")]
        note: String,
        /// Who reviews (default: $CLAIMDESK_REVIEWER, then $USER).
        #[arg(long)]
        reviewer: Option<String>,
        /// The review id you last saw (or "none"); refuse if someone changed it since.
        #[arg(long)]
        expect: Option<String>,
    },
    /// Show a claim's review history.
    History {
        /// The claim's id.
        claim_id: i64,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Run the current extractor over stored articles; reviewed claims keep their verdicts.
    Reextract,
    /// Copy the database to FILE with SQLite's online backup.
    Backup {
        /// Where to write the copy.
        file: PathBuf,
    },
    /// Export a report: html, md, csv, json, claimreview or pdf.
    Export {
        /// The format.
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["html", "md", "csv", "json", "claimreview", "pdf"]))]
        format: String,
        /// Only these articles.
        #[arg(long)]
        article: Vec<i64>,
        /// Only these verdicts.
        #[arg(long)]
        verdict: Vec<Verdict>,
        /// Only this source (name or alias).
        #[arg(long)]
        source: Option<String>,
        /// Only this source kind.
        #[arg(long)]
        kind: Option<SourceKind>,
        /// Write here (default: standard output; PDF needs a file).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
        /// The desk's name (ClaimReview author).
        #[arg(
            long,
            env = "CLAIMDESK_DESK_NAME",
            default_value = "claimdesk fact-check desk"
        )]
        desk_name: String,
        /// The desk's URL (ClaimReview author and review URLs).
        #[arg(long, env = "CLAIMDESK_DESK_URL", default_value = "")]
        desk_url: String,
        /// ClaimReview ratings as verified:value:name,disputed:value:name,inconclusive:value:name
        #[arg(long)]
        ratings: Option<String>,
    },
    /// Write a synthetic corpus of fictional articles for scale tests.
    GenCorpus {
        /// How many articles.
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        /// The folder to write them to.
        #[arg(long)]
        out: PathBuf,
        /// Seed (the same seed writes the same corpus).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Open the desktop app.
    Gui,
}

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let db_path = cli.db.clone().unwrap_or_else(pipeline::default_db_path);
    let Some(command) = cli.command else {
        crate::gui::run(db_path)?;
        return Ok(ExitCode::SUCCESS);
    };
    let open = || {
        Store::open(&db_path).with_context(|| format!("cannot open database {}", db_path.display()))
    };
    // listing works on a database we may only read
    let open_for_reading =
        || match Store::open(&db_path) {
            Ok(s) => Ok(s),
            Err(StoreError::Sqlite(e))
                if db_path.exists() && e.to_string().to_lowercase().contains("readonly") =>
            {
                Store::open_read_only(&db_path)
                    .with_context(|| format!("cannot open database {}", db_path.display()))
            }
            Err(e) => Err(anyhow::Error::new(e)
                .context(format!("cannot open database {}", db_path.display()))),
        };
    let mut out = std::io::stdout().lock();
    match command {
        Command::Gui => {
            drop(out);
            crate::gui::run(db_path)?;
        }
        Command::Extract {
            json,
            registry,
            files,
        } => {
            let mut reg = Registry::builtin().clone();
            if let Some(p) = registry {
                let text = std::fs::read_to_string(&p)
                    .with_context(|| format!("cannot read registry {}", p.display()))?;
                reg.extend_from_json(&text)
                    .with_context(|| format!("registry {}", p.display()))?;
            }
            let ex = Extractor::new(reg);
            let mut failed = false;
            let results: Vec<_> = {
                use rayon::prelude::*;
                files
                    .par_iter()
                    .map(|f| {
                        let text = read_for_extract(f)?;
                        let (title, claims) = ex.extract(&text);
                        Ok::<_, anyhow::Error>(crate::model::Extraction {
                            file: f.display().to_string(),
                            title,
                            claims,
                        })
                    })
                    .collect()
            };
            for r in results {
                match r {
                    Ok(x) if json => writeln!(out, "{}", serde_json::to_string(&x)?)?,
                    Ok(x) => {
                        writeln!(out, "{}  ({})", x.title, x.file)?;
                        for c in &x.claims {
                            let via: Vec<&str> = c.via.iter().map(|v| v.name.as_str()).collect();
                            let via = if via.is_empty() {
                                String::new()
                            } else {
                                format!(" via {}", via.join(" <- "))
                            };
                            writeln!(
                                out,
                                "  {:>3}. [{} / {}{}] {}",
                                c.id, c.source.name, c.source.kind, via, c.text
                            )?;
                        }
                    }
                    Err(e) => {
                        eprintln!("claimdesk: {e:#}");
                        failed = true;
                    }
                }
            }
            if failed {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Import { paths, max_bytes } => {
            let mut store = open()?;
            let cancel = AtomicBool::new(false);
            let report =
                pipeline::import_paths(&mut store, &paths, max_bytes, &|_, _| {}, &cancel)?;
            for (f, id, n) in &report.imported {
                writeln!(out, "imported {} as article {id} ({n} claims)", f.display())?;
            }
            for (f, id) in &report.duplicates {
                writeln!(
                    out,
                    "skipped {}: already imported as article {id}",
                    f.display()
                )?;
            }
            for s in &report.skipped {
                writeln!(out, "skipped {s}")?;
            }
            writeln!(
                out,
                "{} imported, {} already there, {} skipped",
                report.imported.len(),
                report.duplicates.len(),
                report.skipped.len()
            )?;
            if report.imported.is_empty()
                && report.duplicates.is_empty()
                && !report.skipped.is_empty()
            {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Samples => {
            let mut store = open()?;
            let n = pipeline::import_samples(&mut store)?;
            writeln!(out, "{n} sample articles loaded into {}", db_path.display())?;
        }
        Command::Articles { json } => {
            let store = open_for_reading()?;
            let list = store.articles()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
            } else {
                for a in list {
                    writeln!(
                        out,
                        "{:>5}  {:<60}  {:>3} claims, {} reviewed",
                        a.id,
                        truncate(&a.title, 60),
                        a.claims,
                        a.reviewed
                    )?;
                }
            }
        }
        Command::Claims {
            article,
            source,
            kind,
            verdict,
            text,
            json,
        } => {
            let store = open_for_reading()?;
            let f = ClaimFilter {
                article_id: article,
                source,
                kind,
                verdicts: verdict,
                text,
                ..Default::default()
            };
            let mut out = std::io::BufWriter::new(out);
            if json {
                // streamed: one claim at a time, never the whole list in memory
                out.write_all(b"[")?;
                let mut first = true;
                store.each_claim(&f, |c| {
                    let sep: &[u8] = if first { b"\n" } else { b",\n" };
                    first = false;
                    let r = out.write_all(sep).and_then(|_| {
                        serde_json::to_writer(&mut out, &ClaimJson::from(&c))
                            .map_err(std::io::Error::other)
                    });
                    r.map_err(|e| crate::store::StoreError::Invalid(format!("writing output: {e}")))
                })?;
                out.write_all(b"\n]\n")?;
            } else {
                store.each_claim(&f, |c| {
                    writeln!(
                        out,
                        "{:>6}  {:<12}  {:<28}  {}",
                        c.id,
                        c.verdict.as_str(),
                        truncate(
                            &format!("{} ({})", c.claim.source.name, c.claim.source.kind.label()),
                            28
                        ),
                        truncate(&c.claim.text, 90)
                    )
                    .map_err(|e| crate::store::StoreError::Invalid(format!("writing output: {e}")))
                })?;
            }
            out.flush()?;
        }
        Command::Sources { json } => {
            let store = open_for_reading()?;
            let list = store.sources()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
            } else {
                for s in list {
                    writeln!(
                        out,
                        "{:>5}  {:<40} {:<13} {:>4} claims  {} verified, {} disputed, {} inconclusive",
                        s.source.id,
                        truncate(&s.source.name, 40),
                        s.source.kind.label(),
                        s.claims,
                        s.verified,
                        s.disputed,
                        s.inconclusive
                    )?;
                }
            }
        }
        Command::Review {
            claim_id,
            verdict,
            note,
            reviewer,
            expect,
        } => {
            let mut store = open()?;
            let reviewer = reviewer
                .or_else(|| std::env::var("CLAIMDESK_REVIEWER").ok())
                .or_else(|| std::env::var("USER").ok())
                .unwrap_or_else(|| "cli".into());
            let expect = match expect.as_deref() {
                None => Expect::Any,
                Some("none") => Expect::Current(None),
                Some(s) => Expect::Current(Some(s.parse().with_context(|| {
                    format!("--expect takes a review id or 'none', not '{s}'")
                })?)),
            };
            match store.review(claim_id, verdict, &note, &reviewer, expect) {
                Ok(r) => writeln!(
                    out,
                    "claim {claim_id}: {} by {} (review {})",
                    r.verdict, r.reviewer, r.id
                )?,
                Err(StoreError::NoClaim(id)) => bail!("no claim with id {id}"),
                Err(e @ StoreError::Conflict { .. }) => {
                    bail!("{e}; look at `claimdesk history {claim_id}` and review again")
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::History { claim_id, json } => {
            let store = open_for_reading()?;
            store.claim(claim_id)?;
            let h = store.history(claim_id)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&h)?)?;
            } else {
                for r in h {
                    writeln!(
                        out,
                        "{}  {:<12} {:<16} {}",
                        r.created_at,
                        r.verdict.as_str(),
                        r.reviewer,
                        r.note
                    )?;
                }
            }
        }
        Command::Reextract => {
            let mut store = open()?;
            let r = store.reextract(&|t| extract::extract(t).1)?;
            writeln!(
                out,
                "{} articles: {} claims kept, {} added, {} removed, {} orphaned (reviewed, kept)",
                r.articles, r.kept, r.added, r.removed, r.orphaned
            )?;
        }
        Command::GenCorpus {
            articles,
            out: dir,
            seed,
        } => {
            let bytes = crate::gencorpus::write(&dir, articles, seed)
                .with_context(|| format!("cannot write to {}", dir.display()))?;
            writeln!(
                out,
                "wrote {articles} articles ({:.1} MB) to {}",
                bytes as f64 / 1e6,
                dir.display()
            )?;
        }
        Command::Export {
            format,
            article,
            verdict,
            source,
            kind,
            out: file,
            force,
            desk_name,
            desk_url,
            ratings,
        } => {
            let format: crate::report::Format = format.parse().map_err(anyhow::Error::msg)?;
            if format == crate::report::Format::Pdf && file.is_none() {
                bail!("a PDF report needs --out FILE");
            }
            if let Some(f) = &file {
                if f.exists() && !force {
                    bail!(
                        "{} already exists; use --force to overwrite it",
                        f.display()
                    );
                }
            }
            let mut opts = crate::report::ReportOptions {
                articles: article,
                verdicts: verdict,
                source,
                kind,
                desk_name,
                desk_url,
                ..Default::default()
            };
            if let Some(spec) = ratings {
                opts.ratings = parse_ratings(&spec)?;
            }
            let store = open()?;
            let report = crate::report::build(&store, &opts)?;
            let bytes = crate::report::render(&report, format);
            match file {
                Some(f) => {
                    std::fs::write(&f, &bytes)
                        .with_context(|| format!("cannot write {}", f.display()))?;
                    eprintln!(
                        "wrote {} ({} claims in {} articles) to {}",
                        format.as_str(),
                        report.summary.claims,
                        report.articles.len(),
                        f.display()
                    );
                }
                None => out.write_all(&bytes)?,
            }
        }
        Command::Backup { file } => {
            let store = open()?;
            if file.exists() {
                bail!("{} already exists; choose a new file", file.display());
            }
            store
                .backup(&file)
                .with_context(|| format!("backup to {}", file.display()))?;
            writeln!(out, "backed up {} to {}", db_path.display(), file.display())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `verified:5:True,disputed:1:False,inconclusive:3:Unproven`
fn parse_ratings(spec: &str) -> Result<crate::report::RatingScale> {
    let mut scale = crate::report::RatingScale::default();
    for part in spec.split(',') {
        let bits: Vec<&str> = part.splitn(3, ':').collect();
        let [verdict, value, name] = bits[..] else {
            bail!("--ratings: '{part}' is not verdict:value:name");
        };
        let value: u8 = value
            .trim()
            .parse()
            .with_context(|| format!("--ratings: '{value}' is not a number"))?;
        let entry = (value, name.trim().to_string());
        match verdict.trim() {
            "verified" => scale.verified = entry,
            "disputed" => scale.disputed = entry,
            "inconclusive" => scale.inconclusive = entry,
            other => bail!("--ratings: unknown verdict '{other}'"),
        }
    }
    let values = [scale.verified.0, scale.disputed.0, scale.inconclusive.0];
    scale.best = values.iter().copied().max().unwrap_or(5);
    scale.worst = values.iter().copied().min().unwrap_or(1);
    Ok(scale)
}

fn read_for_extract(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let text = crate::import::decode(&bytes).map_err(|e| anyhow::anyhow!("{}", e.at(path)))?;
    if crate::import::doc_kind(path) == Some(crate::import::DocKind::Html) {
        return Ok(crate::import::from_html(&text, None).text);
    }
    Ok(text)
}

/// The JSON object `claims --json` prints for a claim.
#[derive(serde::Serialize)]
pub struct ClaimJson<'a> {
    id: i64,
    article_id: i64,
    article: &'a str,
    ordinal: u32,
    text: &'a str,
    start: usize,
    end: usize,
    quote: crate::model::QuoteKind,
    cue: &'a Option<crate::model::Mention>,
    source: &'a crate::model::SourceRef,
    via: &'a [crate::model::SourceRef],
    check_worthiness: f32,
    verdict: Verdict,
    reviewer: &'a Option<String>,
    note: &'a Option<String>,
    reviewed_at: &'a Option<String>,
    review_id: Option<i64>,
    orphaned: bool,
    origin: crate::model::Origin,
}

impl<'a> From<&'a crate::model::StoredClaim> for ClaimJson<'a> {
    fn from(c: &'a crate::model::StoredClaim) -> Self {
        ClaimJson {
            id: c.id,
            article_id: c.article_id,
            article: &c.article_title,
            ordinal: c.claim.id,
            text: &c.claim.text,
            start: c.claim.start,
            end: c.claim.end,
            quote: c.claim.quote,
            cue: &c.claim.cue,
            source: &c.claim.source,
            via: &c.claim.via,
            check_worthiness: c.claim.check_worthiness,
            verdict: c.verdict,
            reviewer: &c.reviewer,
            note: &c.note,
            reviewed_at: &c.reviewed_at,
            review_id: c.review_id,
            orphaned: c.orphaned,
            origin: c.origin,
        }
    }
}

/// The JSON value `claims --json` prints for a claim.
pub fn claim_json(c: &crate::model::StoredClaim) -> serde_json::Value {
    serde_json::to_value(ClaimJson::from(c)).unwrap_or(serde_json::Value::Null)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}
