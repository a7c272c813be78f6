// Everything an entity's name, id and aliases are derived from: its mentions (name, key, word count, article arrival,
// the names the article gave it) and its manual aliases.
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, e.curated AS curated, coalesce(e.manualAliases, []) AS manualAliases,
       COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN {name: m.name, key: m.key, tokens: m.tokens, seq: m.seq, aliases: m.aliases} } AS mentions
