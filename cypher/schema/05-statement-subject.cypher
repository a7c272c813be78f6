// Statements naming an entity as subject: timelines, mention counts, merges.
CREATE INDEX statement_subject_id IF NOT EXISTS FOR (s:Statement) ON (s.subjectId)
