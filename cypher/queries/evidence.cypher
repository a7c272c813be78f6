// The supporting (non-negated) statements behind each relation, newest article first, at most $max each.
// $ids: relation ids; $max: per relation
UNWIND $ids AS relationId
MATCH (st:Statement {relationId: relationId})
WHERE st.negated = false
MATCH (a:Article {id: st.articleId})
WITH relationId, st, a
ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, st.id
WITH relationId, collect(st {.*, articleTitle: a.title, articleUrl: a.url, publishedAt: a.publishedAt}) AS items
RETURN relationId, items[0..$max] AS items
