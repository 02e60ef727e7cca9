-- claimdesk schema, version 1.
-- Reviews are an append-only log: triggers refuse UPDATE and DELETE on them.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT,
    url         TEXT,
    published   TEXT,
    imported_at TEXT NOT NULL,
    file_name   TEXT,
    sha256      TEXT NOT NULL UNIQUE,
    body        TEXT NOT NULL
);

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('official','person','government','state_media',
                    'news_outlet','organization','unnamed','publication')),
    merged_into INTEGER REFERENCES sources(id)
);
CREATE INDEX sources_name ON sources(name COLLATE NOCASE);

-- Every name a source goes by, its canonical name included.
CREATE TABLE source_aliases (
    alias       TEXT NOT NULL COLLATE NOCASE,
    kind        TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY (alias, kind)
);
CREATE INDEX source_aliases_source ON source_aliases(source_id);

CREATE TABLE claims (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id),
    ordinal          INTEGER NOT NULL,
    text             TEXT NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL,
    quote            TEXT NOT NULL,
    cue_text         TEXT,
    cue_start        INTEGER,
    cue_end          INTEGER,
    source_id        INTEGER NOT NULL REFERENCES sources(id),
    source_json      TEXT NOT NULL,   -- the SourceRef as extracted (name, kind, role, mention, resolved)
    via_json         TEXT NOT NULL DEFAULT '[]',
    resolved         INTEGER NOT NULL DEFAULT 1,
    check_worthiness REAL NOT NULL DEFAULT 0.5,
    origin           TEXT NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor','manual')),
    orphaned         INTEGER NOT NULL DEFAULT 0,
    not_a_claim      INTEGER NOT NULL DEFAULT 0,
    corrected        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_article ON claims(article_id, ordinal);
CREATE INDEX claims_source ON claims(source_id);

CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    verdict     TEXT NOT NULL CHECK (verdict IN ('unreviewed','verified','disputed','inconclusive')),
    note        TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    replaces    INTEGER REFERENCES reviews(id)
);
CREATE INDEX reviews_claim ON reviews(claim_id, id);

CREATE TRIGGER reviews_append_only_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_append_only_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    url         TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence(claim_id);

-- Reviewer corrections of a claim's source, kept as a log; the claim row holds the current state.
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    reviewer    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
