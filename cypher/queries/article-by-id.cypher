// One article.
// $id: article id
MATCH (a:Article {id: $id})
RETURN a {.*} AS article
