// Relations across the graph by type and ends (either order for symmetric types), strongest support first (then subject, type, object), one page plus one row.
// $types: types to keep, empty for all; $symmetric: the symmetric types; $subjectId, $objectId: ends or null;
// $since/$until: bound lastSeen/firstSeen; $minSupport; $skip, $first: the page
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.id IS NOT NULL
  AND (size($types) = 0 OR type(r) IN $types)
  AND (($subjectId IS NULL OR s.id = $subjectId) AND ($objectId IS NULL OR o.id = $objectId)
       OR (type(r) IN $symmetric AND ($subjectId IS NULL OR o.id = $subjectId) AND ($objectId IS NULL OR s.id = $objectId)))
  AND ($since IS NULL OR r.lastSeen >= $since)
  AND ($until IS NULL OR r.firstSeen <= $until)
  AND r.support >= $minSupport
WITH r, s, o
ORDER BY r.support DESC, s.id, type(r), o.id
WITH collect(r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: s.id, objectId: o.id}) AS relations
RETURN size(relations) AS total, relations[$skip..$skip + $first + 1] AS page
