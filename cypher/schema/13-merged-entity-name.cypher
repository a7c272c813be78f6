// Entity resolution: a name that was merged by hand resolves to the kept entity.
CREATE INDEX merged_entity_name IF NOT EXISTS FOR (m:MergedEntity) ON (m.type, m.nameKey)
