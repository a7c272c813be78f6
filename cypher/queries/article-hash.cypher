// The stored content hash of an article (no row when the article is unknown).
// $id: article id
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
