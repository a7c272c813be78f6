// Entities by name, an index walk per type (queries/list-entities-by-name): type, U+0001, nameKey, U+0001, id.
CREATE INDEX entity_name_order IF NOT EXISTS FOR (e:Entity) ON (e.nameOrder)
