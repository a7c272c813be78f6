// Deletes the aggregated relations among $ids that no non-negated statement supports any more.
// $relations: [{id, subjectId, objectId}]
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.subjectId})-[r]->(o:Entity {id: rel.objectId})
WHERE r.id = rel.id
  AND NOT EXISTS { MATCH (st:Statement {relationId: rel.id}) WHERE st.negated = false }
DELETE r
