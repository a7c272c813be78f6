// Manual merge: re-points statements to their new ends and relation ids (computed by the adapter, symmetric types in canonical order).
// $rows: [{id, subjectId, objectId, relationId}]
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s.subjectId = row.subjectId, s.objectId = row.objectId, s.relationId = row.relationId
