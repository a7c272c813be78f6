// Every name the stored articles (and manual curation) give each entity: the input of its canonical name and aliases.
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       coalesce(e.manualAliases, []) AS manualAliases,
       COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN {name: m.name, aliases: m.aliases} } AS mentions
