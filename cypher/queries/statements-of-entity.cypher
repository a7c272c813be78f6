// The statements naming an entity at either end, with what a merge needs to re-point them.
// $id: entity id
CALL () {
  MATCH (st:Statement {subjectId: $id}) RETURN st
  UNION
  MATCH (st:Statement {objectId: $id}) RETURN st
}
RETURN st.id AS id, st.type AS type, st.subjectId AS subjectId, st.objectId AS objectId, st.relationId AS relationId
ORDER BY st.id
