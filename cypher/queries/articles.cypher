// Articles newest first (by published date, else first ingestion), optionally only those mentioning an entity; one page plus one row.
// $entityId: entity id or null; $skip, $first: the page
MATCH (a:Article)
WHERE $entityId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(:Entity {id: $entityId}) }
WITH a
ORDER BY a.seen DESC, a.id DESC
WITH collect(a {.*}) AS articles
RETURN size(articles) AS total, articles[$skip..$skip + $first + 1] AS page
