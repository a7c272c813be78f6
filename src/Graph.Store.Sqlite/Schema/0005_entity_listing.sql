-- Listing entities without a search (EntityLister): each order is an index walk from the page cursor,
-- never a sort of the whole table. Ties go by id, so the id ends each index.
CREATE INDEX entity_by_mentions ON entity (mention_count DESC, id);
CREATE INDEX entity_by_type_mentions ON entity (type, mention_count DESC, id);
CREATE INDEX entity_by_name ON entity (name_key, id);
CREATE INDEX entity_by_type_name ON entity (type, name_key, id);
