// The size of the graph, with entities and relations by type.
RETURN COUNT { MATCH (a:Article) } AS articles,
       COUNT { MATCH (e:Entity) } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL } AS relations,
       COUNT { MATCH (s:Statement) } AS statements,
       COLLECT { MATCH (e:Entity) WITH e.type AS type, count(*) AS n RETURN {type: type, count: n} } AS entitiesByType,
       COLLECT { MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL WITH type(r) AS type, count(*) AS n RETURN {type: type, count: n} } AS relationsByType
