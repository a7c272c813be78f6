// The aggregated relations of each entity, filtered, strongest support first (then subject, type, object), one page plus one row per entity.
// $ids: entity ids; $direction: 'Both' | 'Outgoing' | 'Incoming' (symmetric types match any direction);
// $symmetric: the symmetric relation types; $types: types to keep, empty for all; $since/$until: bound lastSeen/firstSeen;
// $minConfidence, $minSupport; $skip, $first: the page
UNWIND $ids AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE r.id IS NOT NULL
    AND (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'Both' OR type(r) IN $symmetric
         OR ($direction = 'Outgoing' AND startNode(r) = e)
         OR ($direction = 'Incoming' AND endNode(r) = e))
    AND ($since IS NULL OR r.lastSeen >= $since)
    AND ($until IS NULL OR r.firstSeen <= $until)
    AND r.confidence >= $minConfidence
    AND r.support >= $minSupport
  WITH DISTINCT r
  ORDER BY r.support DESC, startNode(r).id, type(r), endNode(r).id
  RETURN collect(r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: startNode(r).id, objectId: endNode(r).id}) AS relations
}
RETURN entityId, size(relations) AS total, relations[$skip..$skip + $first + 1] AS page
