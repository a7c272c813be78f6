// Ranked full-text search over names and aliases, filtered by type, one page plus one row (to tell whether more follow).
// $query: Lucene query over NameKey-folded words (built from letters and digits only); $types: entity types, empty for all;
// $skip, $first: the page
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE size($types) = 0 OR node.type IN $types
WITH node, score
ORDER BY score DESC, node.id
WITH collect({entity: node, score: score}) AS hits
RETURN size(hits) AS total,
       [h IN hits[$skip..$skip + $first + 1] | {
         id: h.entity.id, type: h.entity.type, name: h.entity.name, aliases: h.entity.aliases, score: h.score,
         mentions: COUNT { MATCH (s:Statement {subjectId: h.entity.id}) } + COUNT { MATCH (s:Statement {objectId: h.entity.id}) }
       }] AS page
