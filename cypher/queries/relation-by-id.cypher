// One aggregated relation by id (its ends are part of the id: subject|TYPE|object).
// $id: relation id; $subjectId, $objectId: its ends
MATCH (s:Entity {id: $subjectId})-[r]->(o:Entity {id: $objectId})
WHERE r.id = $id
RETURN r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: s.id, objectId: o.id} AS relation
