// Records which entities an article mentions, under which name and aliases (the source of entity names and aliases).
// $articleId: article id; $rows: [{id (the entity's), name, aliases}]
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS {name: row.name, aliases: row.aliases}]->(e)
