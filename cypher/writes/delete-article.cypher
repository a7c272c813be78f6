// Removes the article node itself (after clear-article).
// $id: article id
MATCH (a:Article {id: $id})
DETACH DELETE a
