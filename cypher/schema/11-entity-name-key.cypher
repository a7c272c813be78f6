// Entity resolution and name lookups by the canonical name's NameKey.
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey)
