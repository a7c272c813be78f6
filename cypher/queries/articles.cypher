// Articles newest first (by published date, else ingestion), optionally only those mentioning an entity; one page plus one row.
// $entityId: entity id or null; $skip, $first: the page
MATCH (a:Article)
WHERE $entityId IS NULL OR EXISTS { MATCH (a)-[:MENTIONS]->(:Entity {id: $entityId}) }
WITH a
ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, a.id
WITH collect(a {.*}) AS articles
RETURN size(articles) AS total, articles[$skip..$skip + $first + 1] AS page
