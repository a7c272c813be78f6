// One breadth-first step of a neighborhood: the filtered relations touching any of $ids, strongest first.
// $ids: the frontier; $types: types to keep, empty for all; $minConfidence; $since/$until; $limit: at most this many
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(:Entity)
WHERE r.id IS NOT NULL
  AND (size($types) = 0 OR type(r) IN $types)
  AND r.confidence >= $minConfidence
  AND ($since IS NULL OR r.lastSeen >= $since)
  AND ($until IS NULL OR r.firstSeen <= $until)
WITH DISTINCT r
ORDER BY r.support DESC, r.id
LIMIT $limit
RETURN r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: startNode(r).id, objectId: endNode(r).id} AS relation
