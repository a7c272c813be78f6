// The supporting (non-negated) statements behind each relation, newest first (by the statement's date: its article's published date, else first ingestion), at most $max each.
// $ids: relation ids; $max: per relation
UNWIND $ids AS relationId
MATCH (st:Statement {relationId: relationId})
WHERE st.negated = false
MATCH (a:Article {id: st.articleId})
WITH relationId, st, a
ORDER BY st.seen DESC, st.articleId, st.ordinal
WITH relationId, collect(st {.*, articleTitle: a.title, articleUrl: a.url, publishedAt: a.publishedAt}) AS items
RETURN relationId, items[0..$max] AS items
