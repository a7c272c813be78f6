-- The articles and statements the store holds, kept in type_count beside the entities and relations (kind 'article' or
-- 'statement', under the empty type), by the same writers that insert and delete their rows (Storage/TypeCounts.cs).
-- Why: the graph's counts (GraphQL stats, which the explorer asks for on every load; graph stats) counted both tables,
-- which walks an index of every statement: about 5 ms at 960,000 statements in SQLite's shell, and linear beyond.
INSERT INTO type_count (kind, type, n) SELECT 'article', '', count(*) FROM article;
INSERT INTO type_count (kind, type, n) SELECT 'statement', '', count(*) FROM statement;
