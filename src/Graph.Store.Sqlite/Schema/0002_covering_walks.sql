-- Walks read each relation's ends and support; with support in the object-side index, walking incoming
-- relations reads the index alone instead of seeking the table once per relation.
DROP INDEX relation_by_object;
CREATE INDEX relation_by_object ON relation (object_id, type, subject_id, support);
