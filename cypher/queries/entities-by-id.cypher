// Entities by id, with how many statements name them (a self-loop once).
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
       COUNT { MATCH (s:Statement {subjectId: e.id}) } + COUNT { MATCH (s:Statement {objectId: e.id}) WHERE s.subjectId <> e.id } AS mentions
ORDER BY id
