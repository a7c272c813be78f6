// Deletes the entities among $ids that no stored article mentions any more (they lost their last support).
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
