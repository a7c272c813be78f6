// The filtered relations whose both ends are among $ids (the edges of a neighborhood).
// $ids: entity ids; $types: types to keep, empty for all; $minConfidence; $since/$until
MATCH (s:Entity)-[r]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
  AND r.id IS NOT NULL
  AND (size($types) = 0 OR type(r) IN $types)
  AND r.confidence >= $minConfidence
  AND ($since IS NULL OR r.lastSeen >= $since)
  AND ($until IS NULL OR r.firstSeen <= $until)
RETURN r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: s.id, objectId: o.id} AS relation
ORDER BY r.id
