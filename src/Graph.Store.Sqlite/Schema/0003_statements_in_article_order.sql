-- Statements keyed by an integer in article order: id = the article's seq * 2^20 + the statement's ordinal.
-- Why: the old key (article_id, ordinal) put every new article's rows at a random place in the widest table of the
-- file (article ids do not sort in ingestion order), so each batch rewrote pages all over it; new articles now append
-- at the end of the b-tree. An article's statements are the id range [seq * 2^20, seq * 2^20 + 2^20), so the key also
-- finds them; article_id and ordinal stay as columns (reads and the statement ids the port gives out use them).
CREATE TABLE statement_0003 (
    id             INTEGER PRIMARY KEY,            -- article seq << 20 | ordinal
    article_id     TEXT    NOT NULL REFERENCES article (id),
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    subject_id     TEXT    NOT NULL,
    object_id      TEXT    NOT NULL,
    rel_subject    TEXT    NOT NULL,
    rel_object     TEXT    NOT NULL,
    subject_name   TEXT    NOT NULL,
    object_name    TEXT    NOT NULL,
    sentence       TEXT    NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER,
    subject_start  INTEGER, subject_end  INTEGER,
    object_start   INTEGER, object_end   INTEGER,
    confidence     REAL    NOT NULL,
    log_miss       INTEGER NOT NULL,
    certain        INTEGER NOT NULL,
    negated        INTEGER NOT NULL,
    extracted_ticks INTEGER NOT NULL,
    seen_ticks     INTEGER NOT NULL
);

INSERT INTO statement_0003 (id, article_id, ordinal, type, subject_id, object_id, rel_subject, rel_object, subject_name, object_name,
    sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
    confidence, log_miss, certain, negated, extracted_ticks, seen_ticks)
SELECT (a.seq << 20) | s.ordinal, s.article_id, s.ordinal, s.type, s.subject_id, s.object_id, s.rel_subject, s.rel_object, s.subject_name, s.object_name,
    s.sentence, s.sentence_index, s.sentence_start, s.sentence_end, s.subject_start, s.subject_end, s.object_start, s.object_end,
    s.confidence, s.log_miss, s.certain, s.negated, s.extracted_ticks, s.seen_ticks
FROM statement s JOIN article a ON a.id = s.article_id
ORDER BY 1;

DROP TABLE statement;
ALTER TABLE statement_0003 RENAME TO statement;
CREATE INDEX statement_by_relation ON statement (rel_subject, type, rel_object);
CREATE INDEX statement_by_object ON statement (rel_object);
