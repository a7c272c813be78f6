// Every entity, ids ascending (snapshots and export).
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases,
       COUNT { MATCH (s:Statement {subjectId: e.id}) } + COUNT { MATCH (s:Statement {objectId: e.id}) WHERE s.subjectId <> e.id } AS mentions
ORDER BY id
