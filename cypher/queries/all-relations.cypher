// Every aggregated relation, ids ascending (snapshots and export).
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id IS NOT NULL
RETURN r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: s.id, objectId: o.id} AS relation
ORDER BY r.id
