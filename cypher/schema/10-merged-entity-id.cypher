// One redirect node per merged-away entity id (such ids are never reused).
CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE
