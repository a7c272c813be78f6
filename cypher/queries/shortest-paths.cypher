// All shortest paths between two entities over aggregated relations only. Cypher needs a literal bound on the
// path length: 8 is the most the adapter accepts; $maxHops cuts below it.
// $fromId, $toId: the ends (different); $maxHops: 1..8; $types: types to keep, empty for all; $limit: at most this many paths
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE length(p) <= $maxHops
  AND all(r IN relationships(p) WHERE r.id IS NOT NULL AND (size($types) = 0 OR type(r) IN $types))
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [r IN relationships(p) | r {.id, .support, .confidence, .firstSeen, .lastSeen, type: type(r), subjectId: startNode(r).id, objectId: endNode(r).id}] AS relations
LIMIT $limit
