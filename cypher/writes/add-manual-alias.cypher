// Manual curation: records an alias for an entity (kept until the entity disappears).
// $id: entity id; $alias: the alias as given
MATCH (e:Entity {id: $id})
SET e.manualAliases = coalesce(e.manualAliases, []) + [$alias]
