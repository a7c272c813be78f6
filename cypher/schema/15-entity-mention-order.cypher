// Entities most mentioned first, an index walk per type (queries/list-entities-by-mentions):
// type, U+0001, 9999999999 minus the mention count as ten digits, U+0001, id.
CREATE INDEX entity_mention_order IF NOT EXISTS FOR (e:Entity) ON (e.mentionOrder)
