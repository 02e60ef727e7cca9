//! The claim store: SQLite through rusqlite.
//!
//! The schema is the numbered SQL of `db/migrations/`, applied in order with the
//! version kept in `PRAGMA user_version`. WAL journal with `synchronous=FULL`, so a
//! change is durable when its call returns; foreign keys on; a busy timeout so two
//! processes share one file. Reviews are an append-only log: a new verdict adds a
//! row naming the review it replaces, and the current verdict is the latest row.

use crate::model::{
    Article, ArticleSummary, Claim, Evidence, Mention, Origin, QuoteKind, Review, Source,
    SourceKind, SourceRef, SourceStats, StoredClaim, Verdict, now_rfc3339,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The migrations, in order; the schema version is their count.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_init",
        include_str!("../../db/migrations/0001_init.sql"),
    ),
    (
        "0002_claims_fts",
        include_str!("../../db/migrations/0002_claims_fts.sql"),
    ),
    (
        "0003_current_verdict",
        include_str!("../../db/migrations/0003_current_verdict.sql"),
    ),
];

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused or failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file was written by a newer claimdesk.
    #[error(
        "database schema version {found} is newer than this claimdesk knows ({known}); upgrade claimdesk"
    )]
    NewerSchema {
        /// The file's version.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// No claim with that id.
    #[error("no claim with id {0}")]
    NoClaim(i64),
    /// No article with that id.
    #[error("no article with id {0}")]
    NoArticle(i64),
    /// No source with that id.
    #[error("no source with id {0}")]
    NoSource(i64),
    /// Someone else reviewed the claim since the reviewer last saw it.
    #[error("conflict on claim {claim_id}: {} set it to {} at {} meanwhile", current.reviewer, current.verdict, current.created_at)]
    Conflict {
        /// The claim.
        claim_id: i64,
        /// The review that is now current.
        current: Box<Review>,
    },
    /// A value stored as JSON did not parse.
    #[error("stored JSON is invalid: {0}")]
    Json(#[from] serde_json::Error),
    /// The request makes no sense (empty name, span outside the text...).
    #[error("{0}")]
    Invalid(String),
}

/// Result alias for the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// What the reviewer believes the current review is (for conflict detection).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Do not check: the new review replaces whatever is current.
    Any,
    /// The current review must be this one (None: no review yet).
    Current(Option<i64>),
}

pub use crate::model::NewArticle;

/// What happened to one imported article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Stored with this id and this many claims.
    New {
        /// The article's id.
        id: i64,
        /// Claims stored.
        claims: usize,
    },
    /// The same content is already stored under this id.
    Duplicate(i64),
}

/// Filters for listing claims.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClaimFilter {
    /// Only this article.
    pub article_id: Option<i64>,
    /// Only claims whose source has this name or alias (case-insensitive).
    pub source: Option<String>,
    /// Only this source id.
    pub source_id: Option<i64>,
    /// Only these kinds.
    pub kind: Option<SourceKind>,
    /// Only these verdicts.
    pub verdicts: Vec<Verdict>,
    /// Text contains (case-insensitive).
    pub text: Option<String>,
    /// Minimum check-worthiness.
    pub min_check_worthiness: Option<f32>,
    /// Only claims whose source is unresolved.
    pub unresolved_only: bool,
    /// Include claims marked "not a claim".
    pub include_not_claims: bool,
    /// Row limit (None: all).
    pub limit: Option<usize>,
}

/// What re-extraction did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReextractReport {
    /// Articles processed.
    pub articles: usize,
    /// Claims kept with their ids.
    pub kept: usize,
    /// New claims.
    pub added: usize,
    /// Unreviewed claims no longer found, removed.
    pub removed: usize,
    /// Reviewed claims no longer found, kept and marked orphaned.
    pub orphaned: usize,
}

/// The claim store: one SQLite connection.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Open (and create or migrate) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Invalid(format!("cannot create {}: {e}", dir.display()))
            })?;
        }
        let conn = Connection::open(path)?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: false,
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Open an existing database read-only (for a file the user cannot write).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let store = Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: true,
        };
        let version: i64 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::NewerSchema {
                found: version,
                known: MIGRATIONS.len() as i64,
            });
        }
        // touch the schema so a non-database file fails here
        store
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })?;
        Ok(store)
    }

    /// A fresh in-memory database (tests, `extract`).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        let mut store = Store {
            conn,
            path: None,
            read_only: false,
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// The database file, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the database was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The raw connection, for tests and benchmarks.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // a non-database file fails here with "file is not a database"
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        let _ = mode; // in-memory databases answer "memory"
        self.conn
            .execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;")?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let version = self.schema_version()?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::NewerSchema {
                found: version,
                known,
            });
        }
        for (i, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // another process may have migrated meanwhile
            let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now > i as i64 {
                continue;
            }
            tx.execute_batch(sql)?;
            tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// SQLite's `data_version`: changes when another connection commits.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// Store an article and its claims in one transaction; the same content twice is skipped.
    pub fn import_article(&mut self, art: &NewArticle, claims: &[Claim]) -> Result<Imported> {
        let sha = sha256_hex(&art.text);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(id) = tx
            .query_row("SELECT id FROM articles WHERE sha256 = ?1", [&sha], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?
        {
            return Ok(Imported::Duplicate(id));
        }
        tx.execute(
            "INSERT INTO articles (title, outlet, url, published, imported_at, file_name, sha256, body) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
            params![art.title, art.outlet, art.url, art.published, now_rfc3339(), art.file_name, sha, art.text],
        )?;
        let id = tx.last_insert_rowid();
        for c in claims {
            insert_claim(&tx, id, c, Origin::Extractor)?;
        }
        tx.commit()?;
        Ok(Imported::New {
            id,
            claims: claims.len(),
        })
    }

    /// Every article with its claim and review counts, newest first.
    pub fn articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.outlet, a.published, a.file_name, a.imported_at,
                    (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.orphaned = 0 AND c.not_a_claim = 0),
                    (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.orphaned = 0 AND c.not_a_claim = 0
                        AND c.verdict <> 'unreviewed')
             FROM articles a ORDER BY a.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ArticleSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                file_name: r.get(4)?,
                imported_at: r.get(5)?,
                claims: r.get(6)?,
                reviewed: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// One article with its text.
    pub fn article(&self, id: i64) -> Result<Article> {
        self.conn
            .query_row(
                "SELECT id, title, outlet, url, published, imported_at, file_name, sha256, body FROM articles WHERE id = ?1",
                [id],
                |r| {
                    Ok(Article {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        outlet: r.get(2)?,
                        url: r.get(3)?,
                        published: r.get(4)?,
                        imported_at: r.get(5)?,
                        file_name: r.get(6)?,
                        sha256: r.get(7)?,
                        text: r.get(8)?,
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NoArticle(id))
    }

    /// Claims matching a filter, in article and text order.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<StoredClaim>> {
        let mut out = Vec::new();
        self.each_claim(f, |c| {
            out.push(c);
            Ok(())
        })?;
        Ok(out)
    }

    /// Visit the claims matching a filter one at a time, in order, without
    /// holding them all in memory (listing 300,000 claims as JSON).
    pub fn each_claim(
        &self,
        f: &ClaimFilter,
        mut visit: impl FnMut(StoredClaim) -> Result<()>,
    ) -> Result<()> {
        // A filtered list wants the index that serves both the filter and the order
        // (verdict or source, then article order): naming it keeps the planner from
        // walking the whole article-order index instead (seen: 120 ms vs 2 ms at 300k).
        let index = if f.article_id.is_none() && !f.verdicts.is_empty() {
            "INDEXED BY claims_verdict"
        } else if f.article_id.is_none() && f.source_id.is_some() {
            "INDEXED BY claims_source_order"
        } else {
            ""
        };
        let mut sql =
            CLAIM_SELECT.replacen("FROM claims c ", &format!("FROM claims c {index} "), 1);
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        sql.push_str(" WHERE 1=1");
        // each condition names its parameter as ?N, N its position in `args`
        let mut bind = |v: rusqlite::types::Value| {
            args.push(v);
            args.len()
        };
        if let Some(a) = f.article_id {
            let n = bind(a.into());
            sql.push_str(&format!(" AND c.article_id = ?{n}"));
        }
        if let Some(s) = f.source_id {
            let n = bind(s.into());
            sql.push_str(&format!(" AND c.source_id = ?{n}"));
        }
        if let Some(name) = &f.source {
            let n = bind(name.clone().into());
            sql.push_str(&format!(
                " AND c.source_id IN (SELECT id FROM sources WHERE name = ?{n} COLLATE NOCASE UNION SELECT source_id FROM source_aliases WHERE alias = ?{n})"
            ));
        }
        if let Some(k) = f.kind {
            let n = bind(k.as_str().to_string().into());
            sql.push_str(&format!(" AND s.kind = ?{n}"));
        }
        if !f.verdicts.is_empty() {
            let list: Vec<String> = f
                .verdicts
                .iter()
                .map(|v| format!("'{}'", v.as_str()))
                .collect();
            sql.push_str(&format!(" AND c.verdict IN ({})", list.join(",")));
        }
        if let Some(t) = f.text.as_ref().filter(|t| !t.trim().is_empty()) {
            // whole words through the full-text index (each word a prefix), else a scan
            match fts_query(t) {
                Some(q) => {
                    let n = bind(q.into());
                    let pattern = format!("%{}%", like_escape(t));
                    let m = bind(pattern.into());
                    sql.push_str(&format!(
                        " AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?{n} UNION SELECT id FROM claims WHERE source_id IN (SELECT id FROM sources WHERE name LIKE ?{m} ESCAPE '\\'))"
                    ));
                }
                None => {
                    let n = bind(format!("%{}%", like_escape(t)).into());
                    sql.push_str(&format!(
                        " AND (c.text LIKE ?{n} ESCAPE '\\' OR s.name LIKE ?{n} ESCAPE '\\')"
                    ));
                }
            }
        }
        if let Some(m) = f.min_check_worthiness {
            let n = bind((m as f64).into());
            sql.push_str(&format!(" AND c.check_worthiness >= ?{n}"));
        }
        if f.unresolved_only {
            sql.push_str(" AND c.resolved = 0");
        }
        if !f.include_not_claims {
            sql.push_str(" AND c.not_a_claim = 0");
        }
        sql.push_str(" ORDER BY c.article_id, c.start, c.id");
        if let Some(l) = f.limit {
            sql.push_str(&format!(" LIMIT {l}"));
        }
        if std::env::var_os("CLAIMDESK_EXPLAIN").is_some() {
            // a diagnostic for slow filters: print SQLite's plan to stderr
            let mut plan = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
            let steps = plan.query_map(rusqlite::params_from_iter(args.iter()), |r| {
                r.get::<_, String>(3)
            })?;
            for step in steps {
                eprintln!("plan: {}", step?);
            }
            if std::env::var_os("CLAIMDESK_EXPLAIN").is_some_and(|v| v == "sql") {
                eprintln!("sql: {sql}");
            }
        }
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), claim_from_row)?;
        for r in rows {
            visit(r??)?;
        }
        Ok(())
    }

    /// One claim by id.
    pub fn claim(&self, id: i64) -> Result<StoredClaim> {
        let sql = format!("{CLAIM_SELECT} WHERE c.id = ?1");
        self.conn
            .query_row(&sql, [id], claim_from_row)
            .optional()?
            .ok_or(StoreError::NoClaim(id))?
    }

    /// Every source (not merged away) with its track record.
    pub fn sources(&self) -> Result<Vec<SourceStats>> {
        let mut stmt = self.conn.prepare(
            "WITH cur AS (
                SELECT c.source_id AS sid,
                       c.verdict AS v
                FROM claims c WHERE c.not_a_claim = 0)
             SELECT s.id, s.name, s.kind,
                    (SELECT count(*) FROM cur WHERE sid = s.id),
                    (SELECT count(*) FROM cur WHERE sid = s.id AND v = 'verified'),
                    (SELECT count(*) FROM cur WHERE sid = s.id AND v = 'disputed'),
                    (SELECT count(*) FROM cur WHERE sid = s.id AND v = 'inconclusive'),
                    (SELECT group_concat(alias, '|') FROM source_aliases WHERE source_id = s.id AND alias <> s.name)
             FROM sources s WHERE s.merged_into IS NULL ORDER BY s.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            let kind: String = r.get(2)?;
            let claims: i64 = r.get(3)?;
            let (v, d, i): (i64, i64, i64) = (r.get(4)?, r.get(5)?, r.get(6)?);
            let aliases: Option<String> = r.get(7)?;
            Ok(SourceStats {
                source: Source {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: kind.parse().unwrap_or(SourceKind::Unnamed),
                    aliases: aliases
                        .map(|a| a.split('|').map(str::to_string).collect())
                        .unwrap_or_default(),
                },
                claims,
                verified: v,
                disputed: d,
                inconclusive: i,
                unreviewed: claims - v - d - i,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Record a verdict (a new row in the review log), durable when this returns.
    pub fn review(
        &mut self,
        claim_id: i64,
        verdict: Verdict,
        note: &str,
        reviewer: &str,
        expect: Expect,
    ) -> Result<Review> {
        let reviewer = reviewer.trim();
        if reviewer.is_empty() {
            return Err(StoreError::Invalid("a review needs a reviewer name".into()));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        require_claim(&tx, claim_id)?;
        let current = latest_review(&tx, claim_id)?;
        if let Expect::Current(expected) = expect {
            if current.as_ref().map(|r| r.id) != expected {
                if let Some(cur) = current {
                    return Err(StoreError::Conflict {
                        claim_id,
                        current: Box::new(cur),
                    });
                }
            }
        }
        let created_at = now_rfc3339();
        let replaces = current.map(|r| r.id);
        tx.execute(
            "INSERT INTO reviews (claim_id, verdict, note, reviewer, created_at, replaces) VALUES (?1,?2,?3,?4,?5,?6)",
            params![claim_id, verdict.as_str(), note, reviewer, created_at, replaces],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Review {
            id,
            claim_id,
            verdict,
            note: note.to_string(),
            reviewer: reviewer.to_string(),
            created_at,
            replaces,
        })
    }

    /// A claim's review log, newest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<Review>> {
        let mut stmt = self.conn.prepare("SELECT id, claim_id, verdict, note, reviewer, created_at, replaces FROM reviews WHERE claim_id = ?1 ORDER BY id DESC")?;
        let rows = stmt.query_map([claim_id], review_from_row)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Attach evidence to a claim.
    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        url: &str,
        description: &str,
        who: &str,
    ) -> Result<Evidence> {
        if url.trim().is_empty() {
            return Err(StoreError::Invalid(
                "evidence needs a URL or reference".into(),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        require_claim(&tx, claim_id)?;
        let added_at = now_rfc3339();
        tx.execute("INSERT INTO evidence (claim_id, url, description, added_by, added_at) VALUES (?1,?2,?3,?4,?5)", params![claim_id, url.trim(), description, who, added_at])?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Evidence {
            id,
            claim_id,
            url: url.trim().to_string(),
            description: description.to_string(),
            added_by: who.to_string(),
            added_at,
        })
    }

    /// A claim's evidence, oldest first.
    pub fn evidence(&self, claim_id: i64) -> Result<Vec<Evidence>> {
        let mut stmt = self.conn.prepare("SELECT id, claim_id, url, description, added_by, added_at FROM evidence WHERE claim_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([claim_id], |r| {
            Ok(Evidence {
                id: r.get(0)?,
                claim_id: r.get(1)?,
                url: r.get(2)?,
                description: r.get(3)?,
                added_by: r.get(4)?,
                added_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Correct a claim's source (name, kind, via); re-extraction keeps the correction.
    pub fn correct_source(
        &mut self,
        claim_id: i64,
        name: &str,
        kind: SourceKind,
        via: &[SourceRef],
        reviewer: &str,
    ) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("a source needs a name".into()));
        }
        let old = self.claim(claim_id)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let sid = source_id(&tx, name, kind)?;
        let mut src = old.claim.source.clone();
        src.name = name.to_string();
        src.kind = kind;
        src.resolved = true;
        let via_json = serde_json::to_string(via)?;
        tx.execute(
            "UPDATE claims SET source_id = ?1, source_json = ?2, via_json = ?3, resolved = 1, corrected = 1 WHERE id = ?4",
            params![sid, serde_json::to_string(&src)?, via_json, claim_id],
        )?;
        let now = now_rfc3339();
        let old_val = format!(
            "{} ({}) via {}",
            old.claim.source.name,
            old.claim.source.kind,
            via_names(&old.claim.via)
        );
        let new_val = format!("{} ({}) via {}", name, kind, via_names(via));
        tx.execute("INSERT INTO corrections (claim_id, field, old_value, new_value, reviewer, created_at) VALUES (?1,'source',?2,?3,?4,?5)", params![claim_id, old_val, new_val, reviewer, now])?;
        tx.commit()?;
        Ok(())
    }

    /// Mark (or unmark) a claim as "not a claim"; logged as a correction.
    pub fn set_not_a_claim(
        &mut self,
        claim_id: i64,
        not_a_claim: bool,
        reviewer: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE claims SET not_a_claim = ?1, corrected = 1 WHERE id = ?2",
            params![not_a_claim, claim_id],
        )?;
        if n == 0 {
            return Err(StoreError::NoClaim(claim_id));
        }
        tx.execute(
            "INSERT INTO corrections (claim_id, field, old_value, new_value, reviewer, created_at) VALUES (?1,'not_a_claim',?2,?3,?4,?5)",
            params![claim_id, (!not_a_claim).to_string(), not_a_claim.to_string(), reviewer, now_rfc3339()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Add a claim by hand: a span of an article's text and its source.
    pub fn add_manual_claim(
        &mut self,
        article_id: i64,
        start: usize,
        end: usize,
        source: SourceRef,
        reviewer: &str,
    ) -> Result<i64> {
        let art = self.article(article_id)?;
        if start >= end
            || end > art.text.len()
            || !art.text.is_char_boundary(start)
            || !art.text.is_char_boundary(end)
        {
            return Err(StoreError::Invalid(format!(
                "span {start}..{end} is not inside article {article_id}"
            )));
        }
        let text = art.text[start..end].trim().to_string();
        let claim = Claim {
            id: 0,
            text,
            start,
            end,
            quote: if source.kind == SourceKind::Publication {
                QuoteKind::None
            } else {
                QuoteKind::Indirect
            },
            cue: None,
            source,
            via: vec![],
            check_worthiness: 0.5,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = insert_claim(&tx, article_id, &claim, Origin::Manual)?;
        tx.execute(
            "INSERT INTO corrections (claim_id, field, old_value, new_value, reviewer, created_at) VALUES (?1,'added',NULL,?2,?3,?4)",
            params![id, claim.text, reviewer, now_rfc3339()],
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Merge source `from` into `into`: aliases join, claims move.
    pub fn merge_sources(&mut self, into: i64, from: i64) -> Result<()> {
        if into == from {
            return Err(StoreError::Invalid(
                "cannot merge a source into itself".into(),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for id in [into, from] {
            let ok: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM sources WHERE id = ?1 AND merged_into IS NULL)",
                [id],
                |r| r.get(0),
            )?;
            if !ok {
                return Err(StoreError::NoSource(id));
            }
        }
        tx.execute(
            "UPDATE OR IGNORE source_aliases SET source_id = ?1 WHERE source_id = ?2",
            params![into, from],
        )?;
        tx.execute(
            "UPDATE source_aliases SET source_id = ?1 WHERE source_id = ?2",
            params![into, from],
        )
        .ok();
        tx.execute(
            "UPDATE claims SET source_id = ?1 WHERE source_id = ?2",
            params![into, from],
        )?;
        tx.execute(
            "UPDATE sources SET merged_into = ?1 WHERE id = ?2",
            params![into, from],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Rename a source (the old name stays as an alias).
    pub fn rename_source(&mut self, id: i64, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(StoreError::Invalid("a source needs a name".into()));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let kind: String = tx
            .query_row("SELECT kind FROM sources WHERE id = ?1", [id], |r| r.get(0))
            .optional()?
            .ok_or(StoreError::NoSource(id))?;
        tx.execute(
            "UPDATE sources SET name = ?1 WHERE id = ?2",
            params![name, id],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO source_aliases (alias, kind, source_id) VALUES (?1, ?2, ?3)",
            params![name, kind, id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Change a source's kind.
    pub fn set_source_kind(&mut self, id: i64, kind: SourceKind) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE sources SET kind = ?1 WHERE id = ?2",
            params![kind.as_str(), id],
        )?;
        if n == 0 {
            return Err(StoreError::NoSource(id));
        }
        Ok(())
    }

    /// Run an extractor over every stored article again. A claim whose span and
    /// text are unchanged keeps its id and reviews; a reviewed claim no longer found
    /// is kept and marked orphaned; reviewer corrections are never overwritten.
    pub fn reextract(&mut self, extract: &dyn Fn(&str) -> Vec<Claim>) -> Result<ReextractReport> {
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare("SELECT id FROM articles ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        let mut report = ReextractReport::default();
        for aid in ids {
            let art = self.article(aid)?;
            let fresh = extract(&art.text);
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let old: Vec<(i64, i64, i64, String, bool, bool)> = {
                let mut stmt = tx.prepare(
                    "SELECT c.id, c.start, c.\"end\", c.text, c.corrected,
                            EXISTS(SELECT 1 FROM reviews r WHERE r.claim_id = c.id) OR EXISTS(SELECT 1 FROM evidence e WHERE e.claim_id = c.id) OR c.not_a_claim
                     FROM claims c WHERE c.article_id = ?1 AND c.origin = 'extractor'",
                )?;
                let rows = stmt.query_map([aid], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })?;
                rows.collect::<std::result::Result<_, _>>()?
            };
            let mut matched = vec![false; old.len()];
            for (ord, c) in fresh.iter().enumerate() {
                let hit = old
                    .iter()
                    .position(|o| o.1 == c.start as i64 && o.2 == c.end as i64 && o.3 == c.text);
                match hit {
                    Some(i) => {
                        matched[i] = true;
                        let (cid, corrected) = (old[i].0, old[i].4);
                        if corrected {
                            tx.execute(
                                "UPDATE claims SET ordinal = ?1, orphaned = 0 WHERE id = ?2",
                                params![ord as i64 + 1, cid],
                            )?;
                        } else {
                            let sid = source_id(&tx, &c.source.name, c.source.kind)?;
                            tx.execute(
                                "UPDATE claims SET ordinal = ?1, quote = ?2, cue_text = ?3, cue_start = ?4, cue_end = ?5, source_id = ?6, source_json = ?7, via_json = ?8, resolved = ?9, check_worthiness = ?10, orphaned = 0 WHERE id = ?11",
                                params![
                                    ord as i64 + 1,
                                    c.quote.as_str(),
                                    c.cue.as_ref().map(|m| m.text.clone()),
                                    c.cue.as_ref().map(|m| m.start as i64),
                                    c.cue.as_ref().map(|m| m.end as i64),
                                    sid,
                                    serde_json::to_string(&c.source)?,
                                    serde_json::to_string(&c.via)?,
                                    c.source.resolved,
                                    c.check_worthiness as f64,
                                    cid
                                ],
                            )?;
                        }
                        report.kept += 1;
                    }
                    None => {
                        let mut c = c.clone();
                        c.id = ord as u32 + 1;
                        insert_claim(&tx, aid, &c, Origin::Extractor)?;
                        report.added += 1;
                    }
                }
            }
            for (i, o) in old.iter().enumerate() {
                if matched[i] {
                    continue;
                }
                if o.5 || o.4 {
                    tx.execute("UPDATE claims SET orphaned = 1 WHERE id = ?1", [o.0])?;
                    report.orphaned += 1;
                } else {
                    tx.execute("DELETE FROM claims WHERE id = ?1", [o.0])?;
                    report.removed += 1;
                }
            }
            tx.commit()?;
            report.articles += 1;
        }
        Ok(report)
    }

    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Set a setting.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value", params![key, value])?;
        Ok(())
    }

    /// Totals for a status bar: (claims, reviewed, disputed).
    pub fn totals(&self) -> Result<(i64, i64, i64)> {
        Ok(self.conn.query_row(
            "WITH cur AS (SELECT c.verdict AS v
                          FROM claims c WHERE c.not_a_claim = 0 AND c.orphaned = 0)
             SELECT count(*), COALESCE(sum(v <> 'unreviewed'), 0), COALESCE(sum(v = 'disputed'), 0) FROM cur",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?)
    }

    /// Keep a rolling backup next to the database: write
    /// `NAME.backup-YYYYMMDD-HHMMSS` and remove all but the newest `keep`.
    /// Returns the new backup's path (None for an in-memory database).
    pub fn rolling_backup(&self, keep: usize) -> Result<Option<PathBuf>> {
        let Some(path) = self.path.clone() else {
            return Ok(None);
        };
        let stamp = now_rfc3339().replace(['-', ':'], "").replace('T', "-");
        let stamp = stamp.get(..15).unwrap_or(&stamp).to_string();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "claimdesk.sqlite3".into());
        let dest = path.with_file_name(format!("{name}.backup-{stamp}"));
        if !dest.exists() {
            self.backup(&dest)?;
        }
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let prefix = format!("{name}.backup-");
        let mut backups: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| StoreError::Invalid(format!("cannot list {}: {e}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
            })
            .collect();
        backups.sort();
        while backups.len() > keep {
            let old = backups.remove(0);
            std::fs::remove_file(&old).map_err(|e| {
                StoreError::Invalid(format!("cannot remove old backup {}: {e}", old.display()))
            })?;
        }
        Ok(Some(dest))
    }

    /// Copy the database to `dest` with SQLite's online backup API.
    pub fn backup(&self, dest: &Path) -> Result<()> {
        let mut out = Connection::open(dest)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
        backup.run_to_completion(256, Duration::from_millis(0), None)?;
        Ok(())
    }
}

/// Fail with [`StoreError::NoClaim`] unless the claim exists.
fn require_claim(conn: &Connection, claim_id: i64) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM claims WHERE id = ?1)",
        [claim_id],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NoClaim(claim_id))
    }
}

fn via_names(via: &[SourceRef]) -> String {
    if via.is_empty() {
        return "-".into();
    }
    via.iter()
        .map(|v| v.name.as_str())
        .collect::<Vec<_>>()
        .join(" <- ")
}

const CLAIM_SELECT: &str = "SELECT c.id, c.article_id, a.title, c.source_id, c.ordinal, c.text, c.start, c.\"end\", c.quote,
    c.cue_text, c.cue_start, c.cue_end, c.source_json, c.via_json, c.check_worthiness, c.origin, c.orphaned,
    c.not_a_claim, c.corrected, s.name, s.kind, r.id, r.verdict, r.reviewer, r.note, r.created_at
    FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = c.source_id
    LEFT JOIN reviews r ON r.id = c.review_id";

fn claim_from_row(r: &Row) -> rusqlite::Result<Result<StoredClaim>> {
    let source_json: String = r.get(12)?;
    let via_json: String = r.get(13)?;
    let mut source: SourceRef = match serde_json::from_str(&source_json) {
        Ok(s) => s,
        Err(e) => return Ok(Err(e.into())),
    };
    let via: Vec<SourceRef> = match serde_json::from_str(&via_json) {
        Ok(v) => v,
        Err(e) => return Ok(Err(e.into())),
    };
    source.name = r.get(19)?;
    let kind: String = r.get(20)?;
    source.kind = kind.parse().unwrap_or(source.kind);
    let quote: String = r.get(8)?;
    let cue_text: Option<String> = r.get(9)?;
    let cue = match (
        cue_text,
        r.get::<_, Option<i64>>(10)?,
        r.get::<_, Option<i64>>(11)?,
    ) {
        (Some(text), Some(s), Some(e)) => Some(Mention {
            text,
            start: s as usize,
            end: e as usize,
        }),
        _ => None,
    };
    let origin: String = r.get(15)?;
    let verdict: Option<String> = r.get(22)?;
    Ok(Ok(StoredClaim {
        id: r.get(0)?,
        article_id: r.get(1)?,
        article_title: r.get(2)?,
        source_id: r.get(3)?,
        claim: Claim {
            id: r.get::<_, i64>(4)? as u32,
            text: r.get(5)?,
            start: r.get::<_, i64>(6)? as usize,
            end: r.get::<_, i64>(7)? as usize,
            quote: quote.parse().unwrap_or(QuoteKind::Indirect),
            cue,
            source,
            via,
            check_worthiness: r.get::<_, f64>(14)? as f32,
        },
        verdict: verdict
            .and_then(|v| v.parse().ok())
            .unwrap_or(Verdict::Unreviewed),
        review_id: r.get(21)?,
        reviewer: r.get(23)?,
        note: r.get(24)?,
        reviewed_at: r.get(25)?,
        orphaned: r.get(16)?,
        not_a_claim: r.get(17)?,
        corrected: r.get(18)?,
        origin: if origin == "manual" {
            Origin::Manual
        } else {
            Origin::Extractor
        },
    }))
}

fn review_from_row(r: &Row) -> rusqlite::Result<Review> {
    let v: String = r.get(2)?;
    Ok(Review {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        verdict: v.parse().unwrap_or(Verdict::Unreviewed),
        note: r.get(3)?,
        reviewer: r.get(4)?,
        created_at: r.get(5)?,
        replaces: r.get(6)?,
    })
}

fn latest_review(conn: &Connection, claim_id: i64) -> Result<Option<Review>> {
    Ok(conn
        .query_row(
            "SELECT id, claim_id, verdict, note, reviewer, created_at, replaces FROM reviews WHERE claim_id = ?1 ORDER BY id DESC LIMIT 1",
            [claim_id],
            review_from_row,
        )
        .optional()?)
}

/// The id of the source with this name and kind, created when new.
fn source_id(conn: &Connection, name: &str, kind: SourceKind) -> Result<i64> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT source_id FROM source_aliases WHERE alias = ?1 AND kind = ?2",
            params![name, kind.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(mut id) = found {
        // follow merges
        while let Some(next) =
            conn.query_row("SELECT merged_into FROM sources WHERE id = ?1", [id], |r| {
                r.get::<_, Option<i64>>(0)
            })?
        {
            id = next;
        }
        return Ok(id);
    }
    conn.execute(
        "INSERT INTO sources (name, kind) VALUES (?1, ?2)",
        params![name, kind.as_str()],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        "INSERT INTO source_aliases (alias, kind, source_id) VALUES (?1, ?2, ?3)",
        params![name, kind.as_str(), id],
    )?;
    Ok(id)
}

fn insert_claim(conn: &Connection, article_id: i64, c: &Claim, origin: Origin) -> Result<i64> {
    let sid = source_id(conn, &c.source.name, c.source.kind)?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO claims (article_id, ordinal, text, start, \"end\", quote, cue_text, cue_start, cue_end, source_id, source_json, via_json, resolved, check_worthiness, origin)
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
    )?;
    stmt.execute(params![
        article_id,
        c.id as i64,
        c.text,
        c.start as i64,
        c.end as i64,
        c.quote.as_str(),
        c.cue.as_ref().map(|m| m.text.clone()),
        c.cue.as_ref().map(|m| m.start as i64),
        c.cue.as_ref().map(|m| m.end as i64),
        sid,
        serde_json::to_string(&c.source)?,
        serde_json::to_string(&c.via)?,
        c.source.resolved,
        c.check_worthiness as f64,
        if origin == Origin::Manual {
            "manual"
        } else {
            "extractor"
        },
    ])?;
    Ok(conn.last_insert_rowid())
}

fn like_escape(t: &str) -> String {
    t.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// An FTS5 query for a search box: every word a prefix (`"word"*`), all required.
/// None when the text has no word characters to index.
fn fts_query(t: &str) -> Option<String> {
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    // punctuation-only or symbol searches ("100%", "_") need the exact-substring scan
    let symbolic = t
        .chars()
        .any(|c| !c.is_alphanumeric() && !c.is_whitespace() && !"'’-.,".contains(c));
    (!words.is_empty() && !symbolic).then(|| words.join(" AND "))
}

/// SHA-256 of a text, lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
