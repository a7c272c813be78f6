// Manual merge: removes the merged entity once nothing refers to it.
// $id: entity id
MATCH (e:Entity {id: $id})
DETACH DELETE e
