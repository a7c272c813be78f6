// Manual merge: the articles that mentioned the merged entity now mention the kept one, under the same names,
// and the merged entity's manual aliases move too.
// $mergedId, $keptId: entity ids
MATCH (merged:Entity {id: $mergedId})
MATCH (kept:Entity {id: $keptId})
SET kept.manualAliases = coalesce(kept.manualAliases, []) + coalesce(merged.manualAliases, [])
WITH merged, kept
MATCH (a:Article)-[m:MENTIONS]->(merged)
CREATE (a)-[:MENTIONS {name: m.name, aliases: m.aliases}]->(kept)
DELETE m
