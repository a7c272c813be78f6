// Statements naming an entity as object: timelines, mention counts, merges.
CREATE INDEX statement_object_id IF NOT EXISTS FOR (s:Statement) ON (s.objectId)
