// Which candidate ids are taken, by a live entity or by one merged away.
// $ids: candidate ids
UNWIND $ids AS id
RETURN id, EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:MergedEntity {id: id}) } AS taken
