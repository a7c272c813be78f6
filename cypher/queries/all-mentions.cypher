// Every mention: which entity each article names, under which name and with which other names (snapshots and export).
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS articleId, e.id AS entityId, m.name AS name, m.aliases AS names
ORDER BY articleId, m.key
