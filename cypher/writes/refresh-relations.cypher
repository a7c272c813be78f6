// Recomputes each aggregated relation from its supporting statements and writes it as a typed relationship
// (subject)-[:TYPE]->(object) that Neo4j Browser shows directly. The type is set dynamically from rel.type, an ontology
// relation type the adapter validated. Relations with no support are left to delete-unsupported-relations.
// support = non-negated statements; confidence = 1 - Π(1 - c) (noisy-or); firstSeen/lastSeen = min/max article date.
// $relations: [{id, type, subjectId, objectId}]
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.subjectId})
MATCH (o:Entity {id: rel.objectId})
MATCH (st:Statement {relationId: rel.id})
WHERE st.negated = false
MATCH (a:Article {id: st.articleId})
WITH rel, s, o, count(st) AS support, collect(st.confidence) AS confidences,
     min(coalesce(a.publishedAt, a.ingestedAt)) AS firstSeen, max(coalesce(a.publishedAt, a.ingestedAt)) AS lastSeen
MERGE (s)-[r:$(rel.type)]->(o)
SET r.id = rel.id,
    r.support = support,
    r.confidence = 1.0 - reduce(remaining = 1.0, c IN confidences | remaining * (1.0 - c)),
    r.firstSeen = firstSeen,
    r.lastSeen = lastSeen
