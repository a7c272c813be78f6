// What an article contributes: the entities it mentions and the relations its supporting statements back.
// $id: article id
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NOT NULL AS found,
       COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id } AS entityIds,
       COLLECT { MATCH (a)-[:STATES]->(s:Statement) WHERE s.negated = false RETURN DISTINCT s.relationId } AS relationIds
