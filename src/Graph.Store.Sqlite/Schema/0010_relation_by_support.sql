-- Relation search without an end (GraphQL `relations(type: …)`: the best-supported facts of the graph, or of a type)
-- pages by support, highest first, ties by (subject id, type, object id). Without an index on support, SQLite joined
-- every relation to both its ends' entity rows and sorted them all: 2.4 s for the first page at 1M relations in SQLite's
-- shell. Now (Reading/RelationsBySupport.cs) the relations supported twice or more are walked down this index, each
-- support level's rows sorted by the tie order, stopping when the page is full (0.3 ms for that page); the relations
-- supported once, nearly all of them (973,366 of 1,001,008 in the bench's graph), are walked by their subject's id,
-- which is already the tie order. Partial, so that a new relation (support 1) writes no entry here: only a relation
-- seen again adds or moves one. (A WITHOUT ROWID table's index also holds the key: support, subject_n, type, object_n.)
CREATE INDEX relation_by_support ON relation (support) WHERE support >= 2;
