// Statements behind an aggregated relation: evidence reads and support recounts.
CREATE INDEX statement_relation_id IF NOT EXISTS FOR (s:Statement) ON (s.relationId)
