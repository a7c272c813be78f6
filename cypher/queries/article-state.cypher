// What the store knows of an article before writing it (no row when unknown).
// $id: article id
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash, a.seq AS seq, a.firstIngestedAt AS firstIngestedAt
