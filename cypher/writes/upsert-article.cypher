// Creates or updates an article node; properties given as null are removed.
// $article: {id, url, title, source, publishedAt, contentHash, ingestedAt}
MERGE (a:Article {id: $article.id})
SET a += $article
