// Saved queries for Neo4j Browser over the graph the Neo4j adapter writes (cypher/README.md).
// Each query starts with a "// Title: …" line; add them to Browser's Favorites (star a query in the editor).
// Set the parameters first, e.g.  :param person => 'Jane Doe'   :param other => 'John Roe'   :param limit => 25
// (names and aliases as articles spell them). The guide (guide.html) runs these same queries, slide by slide.

// Title: What the graph holds — entities by type
MATCH (e:Entity)
RETURN e.type AS type, count(*) AS entities
ORDER BY entities DESC;

// Title: Find an entity by part of its name or an alias ($name)
MATCH (e:Entity)
WHERE toLower(e.name) CONTAINS toLower($name)
   OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS toLower($name))
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases
ORDER BY name
LIMIT $limit;

// Title: Who met whom (strongest first)
MATCH (a:Entity)-[r:MET]->(b:Entity)
RETURN a, r, b
ORDER BY r.support DESC, r.confidence DESC
LIMIT $limit;

// Title: Who criticized whom (strongest first)
MATCH (a:Entity)-[r:CRITICIZED]->(b:Entity)
RETURN a, r, b
ORDER BY r.support DESC, r.confidence DESC
LIMIT $limit;

// Title: The strongest relations of any type
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.support IS NOT NULL
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.support AS support,
       r.confidence AS confidence, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen
ORDER BY support DESC, confidence DESC
LIMIT $limit;

// Title: Everything around one entity ($person)
MATCH (p:Entity)
WHERE p.name = $person OR $person IN coalesce(p.aliases, [])
MATCH (p)-[r]-(other:Entity)
WHERE r.support IS NOT NULL
RETURN p, r, other
ORDER BY r.support DESC
LIMIT $limit;

// Title: How two entities are linked — shortest paths over relations ($person, $other)
MATCH (a:Entity)
WHERE a.name = $person OR $person IN coalesce(a.aliases, [])
MATCH (b:Entity)
WHERE b.name = $other OR $other IN coalesce(b.aliases, [])
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE a <> b AND all(r IN relationships(path) WHERE r.support IS NOT NULL)
RETURN path
LIMIT $limit;

// Title: An entity's timeline — what it did and what was done to it, by date ($person)
MATCH (p:Entity)
WHERE p.name = $person OR $person IN coalesce(p.aliases, [])
MATCH (article:Article)-[:STATES]->(s:Statement)
WHERE (s.subjectId = p.id OR s.objectId = p.id) AND s.negated = false
RETURN s.seen AS date, s.subject AS subject, s.type AS relation, s.object AS object,
       article.title AS article, s.sentence AS sentence
ORDER BY date, article.id, s.ordinal
LIMIT $limit;

// Title: The facts between two entities, each with its sentence and article ($person, $other)
MATCH (a:Entity)
WHERE a.name = $person OR $person IN coalesce(a.aliases, [])
MATCH (b:Entity)
WHERE b.name = $other OR $other IN coalesce(b.aliases, [])
MATCH (a)-[r]-(b)
WHERE r.id IS NOT NULL
MATCH (article:Article)-[:STATES]->(s:Statement {relationId: r.id})
RETURN type(r) AS relation, s.negated AS negated, s.confidence AS confidence, s.sentence AS sentence,
       article.title AS article, article.url AS url, article.publishedAt AS published
ORDER BY published DESC
LIMIT $limit;

// Title: The articles that name an entity, and the name each used ($person)
MATCH (p:Entity)
WHERE p.name = $person OR $person IN coalesce(p.aliases, [])
MATCH (article:Article)-[m:MENTIONS]->(p)
RETURN article.title AS article, article.url AS url, article.publishedAt AS published, m.name AS calledIt
ORDER BY published DESC
LIMIT $limit;
