-- How many entities and how many relations of each type the graph holds, kept by the writer as rows come and go
-- (Storage/TypeCounts.cs), so that the graph's counts (GraphQL stats, the explorer's relation-type filter, graph stats)
-- read a handful of rows instead of walking every relation: on the bench's 1,000,000-relation graph, relations
-- GROUP BY type took 0.8 s of CPU in SQLite's shell.
-- Why not triggers: an AFTER INSERT trigger on relation measured 7-13 µs per new relation (an insert went from 14-19 to
-- 21-32 µs in Python's sqlite3), a tenth of what a whole statement's write costs; the writer knows its inserts and deletes.
CREATE TABLE type_count (
    kind TEXT    NOT NULL,                         -- 'entity' or 'relation'
    type TEXT    NOT NULL,
    n    INTEGER NOT NULL,                         -- 0 once the last one went (read as absent)
    PRIMARY KEY (kind, type)
) WITHOUT ROWID;

INSERT INTO type_count (kind, type, n) SELECT 'entity', type, count(*) FROM entity GROUP BY type;
INSERT INTO type_count (kind, type, n) SELECT 'relation', type, count(*) FROM relation GROUP BY type;
