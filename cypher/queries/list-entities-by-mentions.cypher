// Every entity of the given types most mentioned first (ties by id), one page plus one row, as index walks: for each type a range
// of the mentionOrder index from just after the cursor to the end of that type's keys, at most $limit entries each; the walks
// are merged by the key without its type prefix (the cursor's key). The total counts every entity of the types.
// $ranges: [{from, to}], exclusive bounds (type + U+0001 + cursor key, type + U+0002); $types: the same types; $limit: page size + 1
UNWIND $ranges AS range
CALL (range) {
  MATCH (e:Entity)
  WHERE e.mentionOrder > range.from AND e.mentionOrder < range.to
  RETURN e
  ORDER BY e.mentionOrder
  LIMIT $limit
}
WITH e, substring(e.mentionOrder, size(e.type) + 1) AS sortKey
ORDER BY sortKey
LIMIT $limit
WITH e, sortKey, COUNT { MATCH (s:Statement {subjectId: e.id}) } + COUNT { MATCH (s:Statement {objectId: e.id}) WHERE s.subjectId <> e.id } AS mentions
ORDER BY sortKey
WITH collect({id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: mentions, sortKey: sortKey}) AS page
RETURN COUNT { MATCH (x:Entity) WHERE x.type IN $types } AS total, page
