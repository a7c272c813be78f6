// Full-text matches (as queries/search-entities finds them) in a listing order instead of by score: the matches are
// sorted by the listing key without its type prefix and cut after the cursor; the total counts every match.
// $query: Lucene query over NameKey-folded words; $types: entity types, empty for all; $order: 'NAME' or 'MENTIONS';
// $after: the cursor's key or null; $limit: page size + 1
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WHERE size($types) = 0 OR node.type IN $types
WITH node, CASE $order WHEN 'NAME' THEN node.nameOrder ELSE node.mentionOrder END AS key
WITH node, substring(key, size(node.type) + 1) AS sortKey
ORDER BY sortKey
WITH collect({entity: node, sortKey: sortKey}) AS hits
RETURN size(hits) AS total,
       [h IN [h IN hits WHERE $after IS NULL OR h.sortKey > $after][..$limit] | {
         id: h.entity.id, type: h.entity.type, name: h.entity.name, aliases: h.entity.aliases, sortKey: h.sortKey,
         mentions: COUNT { MATCH (s:Statement {subjectId: h.entity.id}) } + COUNT { MATCH (s:Statement {objectId: h.entity.id}) WHERE s.subjectId <> h.entity.id }
       }] AS page
