// Recomputes each aggregated relation from its supporting statements and writes it as a typed relationship
// (subject)-[:TYPE]->(object) that Neo4j Browser shows directly. The type is set dynamically from rel.type, an ontology
// relation type the adapter validated. Relations left without support are removed by delete-unsupported-relations.
// support = non-negated statements; confidence = 1 - Π(1 - c) (noisy-or), summed as quantised logarithms so the
// result does not depend on the order statements are read in; firstSeen/lastSeen = min/max of the statements' dates.
// $relations: [{id, type, subjectId, objectId}]
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.subjectId})
MATCH (o:Entity {id: rel.objectId})
MATCH (st:Statement {relationId: rel.id})
WHERE st.negated = false
WITH rel, s, o, count(st) AS support,
     sum(CASE WHEN st.confidence >= 1.0 THEN 0 ELSE toInteger(round(log(1.0 - st.confidence) * 1.0e12)) END) AS logMiss,
     sum(CASE WHEN st.confidence >= 1.0 THEN 1 ELSE 0 END) AS certain,
     min(st.seen) AS firstSeen, max(st.seen) AS lastSeen
MERGE (s)-[r:$(rel.type)]->(o)
SET r.id = rel.id,
    r.support = support,
    r.confidence = CASE WHEN certain > 0 THEN 1.0 ELSE 1.0 - exp(logMiss / 1.0e12) END,
    r.firstSeen = firstSeen,
    r.lastSeen = lastSeen
