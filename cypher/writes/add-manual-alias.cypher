// Manual curation: records an alias for an entity, which becomes curated (kept even when no article mentions it).
// $id: entity id; $alias: the alias as given
MATCH (e:Entity {id: $id})
SET e.curated = true, e.manualAliases = coalesce(e.manualAliases, []) + [$alias]
