//! The DB worker: a named thread that owns the SQLite connection.
//!
//! The UI never touches the database: it sends a [`Request`] and polls for
//! [`Response`]s, so a slow disk never freezes a frame. Every write is its own
//! transaction; its success or failure comes back as a response. Between
//! requests the worker polls `PRAGMA data_version` and reloads when another
//! process (the CLI, a second window) changed the database.

use crate::model::{
    Article, ArticleSummary, Evidence, Review, SourceKind, SourceRef, SourceStats, StoredClaim,
    Verdict,
};
use crate::pipeline;
use crate::store::{ClaimFilter, Expect, Store, StoreError};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

/// What the UI asks of the database.
#[derive(Debug, Clone)]
pub enum Request {
    /// Reload lists with this claims filter.
    Refresh(ClaimFilter),
    /// Load a claim's article, history and evidence.
    Detail(i64),
    /// Record a verdict (with the review the reviewer saw as current).
    Review {
        /// The claim.
        claim_id: i64,
        /// The verdict.
        verdict: Verdict,
        /// The note.
        note: String,
        /// Who.
        reviewer: String,
        /// What the reviewer saw as current.
        expect: Expect,
    },
    /// Attach evidence.
    Evidence {
        /// The claim.
        claim_id: i64,
        /// URL or reference.
        url: String,
        /// What it shows.
        description: String,
        /// Who.
        reviewer: String,
    },
    /// Correct a claim's source.
    CorrectSource {
        /// The claim.
        claim_id: i64,
        /// New name.
        name: String,
        /// New kind.
        kind: SourceKind,
        /// New via chain.
        via: Vec<SourceRef>,
        /// Who.
        reviewer: String,
    },
    /// Mark or unmark "not a claim".
    NotAClaim {
        /// The claim.
        claim_id: i64,
        /// The new state.
        value: bool,
        /// Who.
        reviewer: String,
    },
    /// Add a claim by hand.
    AddClaim {
        /// The article.
        article_id: i64,
        /// Byte span.
        start: usize,
        /// Byte span end.
        end: usize,
        /// Its source.
        source: SourceRef,
        /// Who.
        reviewer: String,
    },
    /// Import files and folders.
    Import(Vec<PathBuf>),
    /// Import pasted text.
    Paste {
        /// A name for it.
        name: String,
        /// The text.
        text: String,
    },
    /// Load the sample articles.
    Samples,
    /// Merge source `from` into `into`.
    Merge {
        /// Kept.
        into: i64,
        /// Merged away.
        from: i64,
    },
    /// Rename a source.
    Rename {
        /// The source.
        id: i64,
        /// The new name.
        name: String,
    },
    /// Write a report to a file.
    Export {
        /// The format.
        format: crate::report::Format,
        /// What goes in.
        options: Box<crate::report::ReportOptions>,
        /// Where.
        path: PathBuf,
    },
    /// Render the start of a report for the export window.
    Preview {
        /// The format.
        format: crate::report::Format,
        /// What goes in.
        options: Box<crate::report::ReportOptions>,
    },
    /// Change a source's kind.
    SetKind {
        /// The source.
        id: i64,
        /// The kind.
        kind: SourceKind,
    },
}

/// A claim's detail for the right panel.
#[derive(Debug, Clone)]
pub struct Detail {
    /// The claim.
    pub claim: StoredClaim,
    /// Its article.
    pub article: Article,
    /// Its review log, newest first.
    pub history: Vec<Review>,
    /// Its evidence.
    pub evidence: Vec<Evidence>,
}

/// What the database answers.
#[derive(Debug, Clone)]
pub enum Response {
    /// Fresh lists.
    Data {
        /// Articles.
        articles: Vec<ArticleSummary>,
        /// Claims matching the filter.
        claims: Vec<StoredClaim>,
        /// Sources with track records.
        sources: Vec<SourceStats>,
        /// (claims, reviewed, disputed).
        totals: (i64, i64, i64),
    },
    /// A claim's detail.
    Detail(Box<Detail>),
    /// A write is durable.
    Saved(String),
    /// A verdict conflicted with someone else's.
    Conflict {
        /// The claim.
        claim_id: i64,
        /// The verdict we tried to set.
        attempted: Verdict,
        /// Our note.
        note: String,
        /// The review that is current now.
        current: Box<Review>,
    },
    /// A write or read failed.
    Error(String),
    /// Import progress (done, total).
    Progress(usize, usize),
    /// Import finished: a one-line summary.
    Imported(String),
    /// The start of a report, for the export window.
    Preview(String),
}

/// Handle to the worker thread.
pub struct Worker {
    /// Send requests here.
    pub tx: Sender<Request>,
    /// Responses arrive here.
    pub rx: Receiver<Response>,
    /// Set to cancel a running import.
    pub cancel: Arc<AtomicBool>,
}

/// Start the worker on an open store; `wake` is called after each response (repaint).
pub fn spawn(store: Store, wake: impl Fn() + Send + 'static) -> Worker {
    let (tx, req_rx) = std::sync::mpsc::channel::<Request>();
    let (resp_tx, rx) = std::sync::mpsc::channel::<Response>();
    let cancel = Arc::new(AtomicBool::new(false));
    let cancel2 = cancel.clone();
    let spawned = std::thread::Builder::new()
        .name("claimdesk-db".into())
        .spawn(move || {
            let mut w = Inner {
                store,
                out: resp_tx,
                filter: ClaimFilter::default(),
                cancel: cancel2,
                wake: Box::new(wake),
                detail: None,
            };
            w.run(req_rx);
        });
    if let Err(e) = spawned {
        let (etx, erx) = std::sync::mpsc::channel();
        let _ = etx.send(Response::Error(format!(
            "cannot start the database thread: {e}"
        )));
        return Worker {
            tx,
            rx: erx,
            cancel,
        };
    }
    Worker { tx, rx, cancel }
}

struct Inner {
    store: Store,
    out: Sender<Response>,
    filter: ClaimFilter,
    cancel: Arc<AtomicBool>,
    wake: Box<dyn Fn() + Send>,
    detail: Option<i64>,
}

impl Inner {
    fn send(&self, r: Response) {
        let _ = self.out.send(r);
        (self.wake)();
    }

    fn run(&mut self, rx: Receiver<Request>) {
        let mut version = self.store.data_version().unwrap_or(0);
        loop {
            match rx.recv_timeout(Duration::from_millis(500)) {
                Ok(req) => {
                    // coalesce a burst of refreshes (typing in the search box)
                    let mut req = req;
                    while let (Request::Refresh(_), Ok(next)) = (&req, rx.try_recv()) {
                        req = next;
                    }
                    self.handle(req);
                    version = self.store.data_version().unwrap_or(version);
                }
                Err(RecvTimeoutError::Timeout) => {
                    let now = self.store.data_version().unwrap_or(version);
                    if now != version {
                        version = now;
                        self.refresh();
                        if let Some(id) = self.detail {
                            self.load_detail(id);
                        }
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn refresh(&mut self) {
        let data = (|| -> Result<Response, StoreError> {
            Ok(Response::Data {
                articles: self.store.articles()?,
                claims: self.store.claims(&self.filter)?,
                sources: self.store.sources()?,
                totals: self.store.totals()?,
            })
        })();
        match data {
            Ok(d) => self.send(d),
            Err(e) => self.send(Response::Error(format!("loading: {e}"))),
        }
    }

    fn load_detail(&mut self, id: i64) {
        self.detail = Some(id);
        let d = (|| -> Result<Detail, StoreError> {
            let claim = self.store.claim(id)?;
            let article = self.store.article(claim.article_id)?;
            Ok(Detail {
                history: self.store.history(id)?,
                evidence: self.store.evidence(id)?,
                claim,
                article,
            })
        })();
        match d {
            Ok(d) => self.send(Response::Detail(Box::new(d))),
            Err(e) => self.send(Response::Error(format!("claim {id}: {e}"))),
        }
    }

    /// Report a write, then reload what it changed.
    fn wrote(&mut self, what: String, r: Result<(), StoreError>, claim: Option<i64>) {
        match r {
            Ok(()) => self.send(Response::Saved(what)),
            Err(e) => self.send(Response::Error(format!("{what} failed: {e}"))),
        }
        self.refresh();
        if let Some(id) = claim.or(self.detail) {
            self.load_detail(id);
        }
    }

    fn handle(&mut self, req: Request) {
        match req {
            Request::Refresh(f) => {
                self.filter = f;
                self.refresh();
            }
            Request::Detail(id) => self.load_detail(id),
            Request::Review {
                claim_id,
                verdict,
                note,
                reviewer,
                expect,
            } => {
                match self
                    .store
                    .review(claim_id, verdict, &note, &reviewer, expect)
                {
                    Err(StoreError::Conflict { current, .. }) => {
                        self.send(Response::Conflict {
                            claim_id,
                            attempted: verdict,
                            note,
                            current,
                        });
                        self.refresh();
                        self.load_detail(claim_id);
                    }
                    r => self.wrote(
                        format!("verdict on claim {claim_id}"),
                        r.map(|_| ()),
                        Some(claim_id),
                    ),
                }
            }
            Request::Evidence {
                claim_id,
                url,
                description,
                reviewer,
            } => {
                let r = self
                    .store
                    .add_evidence(claim_id, &url, &description, &reviewer)
                    .map(|_| ());
                self.wrote(format!("evidence on claim {claim_id}"), r, Some(claim_id));
            }
            Request::CorrectSource {
                claim_id,
                name,
                kind,
                via,
                reviewer,
            } => {
                let r = self
                    .store
                    .correct_source(claim_id, &name, kind, &via, &reviewer);
                self.wrote(format!("source of claim {claim_id}"), r, Some(claim_id));
            }
            Request::NotAClaim {
                claim_id,
                value,
                reviewer,
            } => {
                let r = self.store.set_not_a_claim(claim_id, value, &reviewer);
                self.wrote(format!("claim {claim_id}"), r, Some(claim_id));
            }
            Request::AddClaim {
                article_id,
                start,
                end,
                source,
                reviewer,
            } => {
                match self
                    .store
                    .add_manual_claim(article_id, start, end, source, &reviewer)
                {
                    Ok(id) => self.wrote(format!("new claim {id}"), Ok(()), Some(id)),
                    Err(e) => self.wrote("adding a claim".into(), Err(e), None),
                }
            }
            Request::Import(paths) => {
                self.cancel.store(false, Ordering::Relaxed);
                let out = self.out.clone();
                let progress = move |d: usize, t: usize| {
                    let _ = out.send(Response::Progress(d, t));
                };
                let cancel = self.cancel.clone();
                let r = pipeline::import_paths(
                    &mut self.store,
                    &paths,
                    crate::import::DEFAULT_MAX_BYTES,
                    &progress,
                    &cancel,
                );
                match r {
                    Ok(rep) => {
                        let mut msg = format!(
                            "{} imported, {} already there, {} skipped",
                            rep.imported.len(),
                            rep.duplicates.len(),
                            rep.skipped.len()
                        );
                        if rep.cancelled {
                            msg.push_str(" (cancelled)");
                        }
                        if let Some(first) = rep.skipped.first() {
                            msg.push_str(&format!(": {first}"));
                        }
                        self.send(Response::Imported(msg));
                    }
                    Err(e) => self.send(Response::Error(format!("import failed: {e}"))),
                }
                self.refresh();
            }
            Request::Paste { name, text } => {
                let r = pipeline::import_text(&mut self.store, &name, &text);
                match r {
                    Ok(crate::store::Imported::Duplicate(id)) => self.send(Response::Imported(
                        format!("already imported as article {id}"),
                    )),
                    Ok(_) => self.send(Response::Imported(format!("'{name}' imported"))),
                    Err(e) => self.send(Response::Error(format!("paste failed: {e}"))),
                }
                self.refresh();
            }
            Request::Samples => {
                match pipeline::import_samples(&mut self.store) {
                    Ok(n) => self.send(Response::Imported(format!("{n} sample articles loaded"))),
                    Err(e) => self.send(Response::Error(format!("loading samples failed: {e}"))),
                }
                self.refresh();
            }
            Request::Merge { into, from } => {
                let r = self.store.merge_sources(into, from);
                self.wrote("merging sources".into(), r, None);
            }
            Request::Rename { id, name } => {
                let r = self.store.rename_source(id, &name);
                self.wrote("renaming source".into(), r, None);
            }
            Request::Export {
                format,
                options,
                path,
            } => {
                let r = crate::report::build(&self.store, &options).and_then(|rep| {
                    std::fs::write(&path, crate::report::render(&rep, format)).map_err(|e| {
                        StoreError::Invalid(format!("cannot write {}: {e}", path.display()))
                    })?;
                    Ok(rep.summary.claims)
                });
                match r {
                    Ok(n) => self.send(Response::Saved(format!(
                        "{} report of {n} claims to {}",
                        format.as_str(),
                        path.display()
                    ))),
                    Err(e) => self.send(Response::Error(format!("export failed: {e}"))),
                }
            }
            Request::Preview { format, options } => {
                let text = match crate::report::build(&self.store, &options) {
                    Ok(rep) if format == crate::report::Format::Pdf => format!(
                        "PDF: {} claims in {} articles ({} verified, {} disputed, {} inconclusive, {} unreviewed), about {} KB",
                        rep.summary.claims,
                        rep.articles.len(),
                        rep.summary.verified,
                        rep.summary.disputed,
                        rep.summary.inconclusive,
                        rep.summary.unreviewed,
                        crate::report::render(&rep, format).len() / 1024
                    ),
                    Ok(rep) => String::from_utf8_lossy(&crate::report::render(&rep, format))
                        .lines()
                        .take(80)
                        .collect::<Vec<_>>()
                        .join("\n"),
                    Err(e) => format!("cannot preview: {e}"),
                };
                self.send(Response::Preview(text));
            }
            Request::SetKind { id, kind } => {
                let r = self.store.set_source_kind(id, kind);
                self.wrote("changing source kind".into(), r, None);
            }
        }
    }
}
