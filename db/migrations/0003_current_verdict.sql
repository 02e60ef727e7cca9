-- claimdesk schema, version 3: each claim points at its latest review, kept by a
-- trigger on the (still append-only) review log, so listing and filtering by
-- verdict need no per-row search of the log.

ALTER TABLE claims ADD COLUMN review_id INTEGER REFERENCES reviews(id);
ALTER TABLE claims ADD COLUMN verdict TEXT NOT NULL DEFAULT 'unreviewed';
UPDATE claims SET review_id = (SELECT max(id) FROM reviews r WHERE r.claim_id = claims.id);
UPDATE claims SET verdict = (SELECT verdict FROM reviews r WHERE r.id = claims.review_id) WHERE review_id IS NOT NULL;

CREATE TRIGGER reviews_set_current AFTER INSERT ON reviews BEGIN
    UPDATE claims SET review_id = new.id, verdict = new.verdict WHERE id = new.claim_id;
END;

-- filtered and ordered as the claims list is: no sort, the first page comes first
CREATE INDEX claims_verdict ON claims(verdict, article_id, start, id);
CREATE INDEX claims_source_order ON claims(source_id, article_id, start, id);
