// Entities one of whose names has the NameKey $key, and the kept side of merges of that name.
// $key: NameKey of a name or alias
CALL () {
  MATCH (e:Entity {nameKey: $key}) RETURN e
  UNION
  MATCH (e:Entity) WHERE $key IN e.aliasKeys RETURN e
  UNION
  MATCH (m:MergedEntity {nameKey: $key}) MATCH (e:Entity {id: m.keptId}) RETURN e
}
RETURN e.id AS id
ORDER BY id
