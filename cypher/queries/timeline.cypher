// Every statement naming the entity (negated or not), in article date order.
// $id: entity id; $since/$until: bound the statement's date (its article's published date, else first ingestion); $limit
CALL () {
  MATCH (st:Statement {subjectId: $id}) RETURN st
  UNION
  MATCH (st:Statement {objectId: $id}) RETURN st
}
MATCH (a:Article {id: st.articleId})
WITH st, a
WHERE ($since IS NULL OR st.seen >= $since) AND ($until IS NULL OR st.seen <= $until)
RETURN st {.*, articleTitle: a.title, articleUrl: a.url, publishedAt: a.publishedAt} AS item
ORDER BY st.seen, st.articleId, st.ordinal
LIMIT $limit
