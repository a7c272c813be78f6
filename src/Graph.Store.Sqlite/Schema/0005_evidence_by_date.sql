-- Evidence reads take a relation's newest few statements. With negated and the date in the relation index, such a
-- read walks exactly those index entries in order and stops at its limit, instead of reading every statement of
-- the relation and sorting them. It replaces statement_by_relation, whose queries (by ends and type) it serves too.
DROP INDEX statement_by_relation;
CREATE INDEX statement_by_relation ON statement (rel_subject, type, rel_object, negated, seen_ticks DESC, article_id, ordinal);
