// Manual merge, the entity part: a redirect for the merged name (earlier redirects to it now point at the kept entity),
// its mentions and manual aliases move to the kept entity, which becomes curated, and the merged entity goes.
// Statements were re-pointed before (set-statement-ends). $mergedId, $keptId: entity ids; $mergedAt: now
MATCH (merged:Entity {id: $mergedId})
MATCH (kept:Entity {id: $keptId})
CREATE (:MergedEntity {id: merged.id, keptId: kept.id, type: merged.type, name: merged.name, nameKey: merged.nameKey, mergedAt: $mergedAt})
SET kept.curated = true, kept.manualAliases = coalesce(kept.manualAliases, []) + coalesce(merged.manualAliases, [])
WITH merged, kept
CALL (merged, kept) {
  MATCH (r:MergedEntity {keptId: merged.id})
  SET r.keptId = kept.id
}
CALL (merged, kept) {
  MATCH (a:Article)-[m:MENTIONS]->(merged)
  CREATE (a)-[:MENTIONS {name: m.name, key: m.key, tokens: m.tokens, seq: m.seq, aliases: m.aliases}]->(kept)
}
DETACH DELETE merged
