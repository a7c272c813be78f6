-- Listing entities without a search (EntityLister): a page is an index walk per entity type from the page cursor,
-- never a sort of the whole table. Ties go by id, so the id ends each index. No type-less twins: every list is
-- walked per type (all the ontology's types when none is asked for), which keeps each mention-count update to one
-- extra index entry rather than two.
CREATE INDEX entity_by_type_mentions ON entity (type, mention_count DESC, id);
CREATE INDEX entity_by_type_name ON entity (type, name_key, id);
