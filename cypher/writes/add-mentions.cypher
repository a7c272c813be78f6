// Records which entities an article mentions: under which name (and its NameKey and word count), in which article
// (by arrival number), with which names the article gave it. Entity names and aliases are derived from these.
// $articleId: article id; $rows: [{id (the entity's), name, key, tokens, seq, aliases}]
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS {name: row.name, key: row.key, tokens: row.tokens, seq: row.seq, aliases: row.aliases}]->(e)
