-- claimdesk schema, version 2: full-text search over claim texts (SQLite FTS5),
-- kept in step with the claims table by triggers.

CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims;

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE INDEX sources_kind ON sources(kind);
CREATE INDEX claims_check_worthiness ON claims(check_worthiness);
