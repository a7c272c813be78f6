-- The graph as SQLite holds it. Entities, mentions, aliases and statements are the facts;
-- relation rows are an aggregate over statements, kept exact with integer sums so that any
-- order of writes gives the same numbers.

CREATE TABLE article (
    id                   TEXT    PRIMARY KEY,
    seq                  INTEGER NOT NULL UNIQUE,  -- order of first ingestion; kept across versions
    content_hash         TEXT    NOT NULL,
    url                  TEXT,
    title                TEXT,
    source               TEXT,
    published_ticks      INTEGER,                  -- UTC ticks
    published_offset     INTEGER,                  -- minutes, to give back the offset the caller gave
    ingested_ticks       INTEGER NOT NULL,         -- when this version was taken in
    first_ingested_ticks INTEGER NOT NULL,
    seen_ticks           INTEGER NOT NULL          -- published, else first ingestion: the date its facts carry
) WITHOUT ROWID;
CREATE INDEX article_by_date ON article (seen_ticks DESC, id);

CREATE TABLE entity (
    n             INTEGER PRIMARY KEY,             -- rowid, also the full-text row
    id            TEXT    NOT NULL UNIQUE,
    type          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL,
    last_token    TEXT,                            -- last word of a multi-word PERSON name, for surname matches
    mention_count INTEGER NOT NULL DEFAULT 0,
    curated       INTEGER NOT NULL DEFAULT 0       -- a manual alias or a merge: kept without article support
);
CREATE INDEX entity_by_name_key ON entity (type, name_key);
CREATE INDEX entity_by_last_token ON entity (type, last_token) WHERE last_token IS NOT NULL;

-- An article's own entity (by the key of its canonical name) and the graph entity it resolved to.
CREATE TABLE mention (
    article_id TEXT NOT NULL REFERENCES article (id),
    local_key  TEXT NOT NULL,
    local_name TEXT NOT NULL,
    tokens     INTEGER NOT NULL,                   -- words in the name: the fullest name names the entity
    seq        INTEGER NOT NULL,                   -- the article's seq: ties go to the earliest article
    names      TEXT NOT NULL,                      -- JSON [[key, name], …]: every name the article gives it
    entity_id  TEXT NOT NULL REFERENCES entity (id) ON UPDATE CASCADE,
    PRIMARY KEY (article_id, local_key)
) WITHOUT ROWID;
CREATE INDEX mention_by_entity ON mention (entity_id, tokens DESC, seq, local_key);

-- Names given by hand (curation); the names articles give live in mention.names, and go with their article.
CREATE TABLE alias (
    entity_id  TEXT NOT NULL REFERENCES entity (id) ON UPDATE CASCADE ON DELETE CASCADE,
    alias_key  TEXT NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
) WITHOUT ROWID;

-- The distinct names of each entity (one row per name key, its smallest spelling): what reads and lookups use,
-- so that reading a much-mentioned entity does not walk one row per article. Derived from mention.names and alias.
CREATE TABLE entity_alias (
    entity_id TEXT NOT NULL REFERENCES entity (id) ON UPDATE CASCADE ON DELETE CASCADE,
    alias_key TEXT NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX entity_alias_by_key ON entity_alias (alias_key);

-- Manual merges: later mentions of the merged name resolve to the kept entity.
CREATE TABLE entity_merge (
    merged_id   TEXT    PRIMARY KEY,
    kept_id     TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,
    merged_ticks INTEGER NOT NULL
);
CREATE INDEX entity_merge_by_key ON entity_merge (type, name_key);

-- One extracted fact. rel_subject/rel_object are the ends of its relation (canonical order for symmetric types).
CREATE TABLE statement (
    article_id     TEXT    NOT NULL REFERENCES article (id),
    ordinal        INTEGER NOT NULL,
    type           TEXT    NOT NULL,
    subject_id     TEXT    NOT NULL,               -- entity ids; kept in step by the store (no foreign key:
    object_id      TEXT    NOT NULL,               -- it would scan statements on every entity change)
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
    log_miss       INTEGER NOT NULL,               -- round(ln(1 - confidence) * 1e12); 0 when certain
    certain        INTEGER NOT NULL,               -- 1 when confidence = 1
    negated        INTEGER NOT NULL,
    extracted_ticks INTEGER NOT NULL,
    seen_ticks     INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX statement_by_relation ON statement (rel_subject, type, rel_object);
CREATE INDEX statement_by_object ON statement (rel_object);

-- The aggregate: exists while a non-negated statement supports it.
CREATE TABLE relation (
    subject_id TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    object_id  TEXT    NOT NULL,
    support    INTEGER NOT NULL,
    log_miss   INTEGER NOT NULL,
    certain    INTEGER NOT NULL,
    confidence REAL    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    PRIMARY KEY (subject_id, type, object_id)
) WITHOUT ROWID;
CREATE INDEX relation_by_object ON relation (object_id, type, subject_id);

CREATE VIRTUAL TABLE entity_fts USING fts5 (
    name, aliases,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
