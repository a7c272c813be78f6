// Entities one of whose names has the NameKey $key.
// $key: NameKey of a name or alias
MATCH (e:Entity)
WHERE $key IN e.keys
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
       COUNT { MATCH (s:Statement {subjectId: e.id}) } + COUNT { MATCH (s:Statement {objectId: e.id}) } AS mentions
ORDER BY e.id
