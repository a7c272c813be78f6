// Deletes the entities among $ids that no stored article mentions any more and nobody curated (they lost their last support).
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.curated = false AND NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e
