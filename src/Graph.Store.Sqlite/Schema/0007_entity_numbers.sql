-- Rows that refer to an entity hold its number (entity.n, the rowid), not its text id.
-- Why: a text id is ~25 bytes compared at every b-tree step, and the walks seek thousands of them. A 1-hop
-- neighborhood of a 1,000-degree node seeks about 3,000 entity keys (each node's row, its names, its relations);
-- by integer each of those seeks is a few times cheaper, and the index entries every write adds are smaller.
-- The text id stays on entity (unique, what the port gives out); renaming an entity now rewrites one row.
-- Symmetric relations keep their ends in text-id order (the relation id the port gives out is built from it), so a
-- rename can still flip a symmetric relation's ends: the store re-keys those, as before.
-- Mentions are keyed by their article's seq (the order of first ingestion): a new article's rows go at the end of
-- the b-tree rather than at a random place in it, as statements have been since 0003.

CREATE TABLE mention_0007 (
    seq        INTEGER NOT NULL REFERENCES article (seq),
    local_key  TEXT    NOT NULL,
    local_name TEXT    NOT NULL,
    tokens     INTEGER NOT NULL,                   -- words in the name: the fullest name names the entity
    names      TEXT    NOT NULL,                   -- JSON [[key, name], …]: every name the article gives it
    entity_n   INTEGER NOT NULL REFERENCES entity (n),
    PRIMARY KEY (seq, local_key)
) WITHOUT ROWID;
INSERT INTO mention_0007 (seq, local_key, local_name, tokens, names, entity_n)
SELECT m.seq, m.local_key, m.local_name, m.tokens, m.names, e.n FROM mention m JOIN entity e ON e.id = m.entity_id ORDER BY m.seq, m.local_key;
DROP TABLE mention;
ALTER TABLE mention_0007 RENAME TO mention;
CREATE INDEX mention_by_entity ON mention (entity_n, tokens DESC, seq, local_key);

CREATE TABLE alias_0007 (
    entity_n  INTEGER NOT NULL REFERENCES entity (n) ON DELETE CASCADE,
    alias_key TEXT    NOT NULL,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_n, alias_key)
) WITHOUT ROWID;
INSERT INTO alias_0007 (entity_n, alias_key, alias) SELECT e.n, a.alias_key, a.alias FROM alias a JOIN entity e ON e.id = a.entity_id;
DROP TABLE alias;
ALTER TABLE alias_0007 RENAME TO alias;

CREATE TABLE entity_alias_0007 (
    entity_n  INTEGER NOT NULL REFERENCES entity (n) ON DELETE CASCADE,
    alias_key TEXT    NOT NULL,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_n, alias_key)
) WITHOUT ROWID;
INSERT INTO entity_alias_0007 (entity_n, alias_key, alias)
SELECT e.n, a.alias_key, a.alias FROM entity_alias a JOIN entity e ON e.id = a.entity_id ORDER BY 1, 2;
DROP TABLE entity_alias;
ALTER TABLE entity_alias_0007 RENAME TO entity_alias;
CREATE INDEX entity_alias_by_key ON entity_alias (alias_key);

CREATE TABLE statement_0007 (
    id             INTEGER PRIMARY KEY,            -- article seq << 20 | ordinal
    article_id     TEXT    NOT NULL REFERENCES article (id),
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    subject_n      INTEGER NOT NULL,               -- entity numbers; kept in step by the store (no foreign key:
    object_n       INTEGER NOT NULL,               -- it would scan statements on every entity change)
    rel_subject_n  INTEGER NOT NULL,               -- the ends of its relation (text-id order for symmetric types)
    rel_object_n   INTEGER NOT NULL,
    subject_name   TEXT    NOT NULL,
    object_name    TEXT    NOT NULL,
    sentence       TEXT    NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER,
    subject_start  INTEGER, subject_end  INTEGER,
    object_start   INTEGER, object_end   INTEGER,
    confidence     REAL    NOT NULL,
    log_miss       INTEGER NOT NULL,               -- round(ln(1 - confidence) * 1e12); 0 when certain
    certain        INTEGER NOT NULL,               -- 1 when confidence = 1
    negated        INTEGER NOT NULL,
    extracted_ticks INTEGER NOT NULL,
    seen_ticks     INTEGER NOT NULL
);
INSERT INTO statement_0007 (id, article_id, ordinal, type, subject_n, object_n, rel_subject_n, rel_object_n, subject_name, object_name,
    sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
    confidence, log_miss, certain, negated, extracted_ticks, seen_ticks)
SELECT s.id, s.article_id, s.ordinal, s.type, es.n, eo.n, rs.n, ro.n, s.subject_name, s.object_name,
    s.sentence, s.sentence_index, s.sentence_start, s.sentence_end, s.subject_start, s.subject_end, s.object_start, s.object_end,
    s.confidence, s.log_miss, s.certain, s.negated, s.extracted_ticks, s.seen_ticks
FROM statement s
JOIN entity es ON es.id = s.subject_id JOIN entity eo ON eo.id = s.object_id
JOIN entity rs ON rs.id = s.rel_subject JOIN entity ro ON ro.id = s.rel_object
ORDER BY s.id;
DROP TABLE statement;
ALTER TABLE statement_0007 RENAME TO statement;
CREATE INDEX statement_by_relation ON statement (rel_subject_n, type, rel_object_n, negated, seen_ticks DESC, article_id, ordinal);
CREATE INDEX statement_by_object ON statement (rel_object_n);

CREATE TABLE relation_0007 (
    subject_n  INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    object_n   INTEGER NOT NULL,
    support    INTEGER NOT NULL,
    log_miss   INTEGER NOT NULL,
    certain    INTEGER NOT NULL,
    confidence REAL    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    PRIMARY KEY (subject_n, type, object_n)
) WITHOUT ROWID;
INSERT INTO relation_0007 (subject_n, type, object_n, support, log_miss, certain, confidence, first_seen, last_seen)
SELECT s.n, r.type, o.n, r.support, r.log_miss, r.certain, r.confidence, r.first_seen, r.last_seen
FROM relation r JOIN entity s ON s.id = r.subject_id JOIN entity o ON o.id = r.object_id
ORDER BY 1, 2, 3;
DROP TABLE relation;
ALTER TABLE relation_0007 RENAME TO relation;
CREATE INDEX relation_by_object ON relation (object_n, type, subject_n, support);
