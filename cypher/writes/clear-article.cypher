// Removes an article's statements and mentions (the first half of replacing or retracting it); the article node stays.
// $id: article id
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (a)-[:STATES]->(s:Statement)
  DETACH DELETE s
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(:Entity)
  DELETE m
}
