// Names merged by hand: where each (type, NameKey) now goes, latest merge first; only kept entities that still exist.
// $names: [{key, type}]
UNWIND $names AS n
MATCH (m:MergedEntity {type: n.type, nameKey: n.key})
MATCH (e:Entity {id: m.keptId})
RETURN n.key AS forKey, e.id AS keptId
ORDER BY forKey, m.mergedAt DESC, m.id
