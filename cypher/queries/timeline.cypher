// Every statement naming the entity (negated or not), in article date order.
// $id: entity id; $since/$until: bound the article's date (published, else ingested); $limit
CALL () {
  MATCH (st:Statement {subjectId: $id}) RETURN st
  UNION
  MATCH (st:Statement {objectId: $id}) RETURN st
}
MATCH (a:Article {id: st.articleId})
WITH st, a, coalesce(a.publishedAt, a.ingestedAt) AS at
WHERE ($since IS NULL OR at >= $since) AND ($until IS NULL OR at <= $until)
RETURN st {.*, articleTitle: a.title, articleUrl: a.url, publishedAt: a.publishedAt} AS item
ORDER BY at, st.id
LIMIT $limit
