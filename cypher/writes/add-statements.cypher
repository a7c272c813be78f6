// Stores an article's statements, each linked from its article. Ends and relation ids are graph-wide entity ids.
// $articleId: article id; $rows: [{id, articleId, ordinal, relationId, type, subjectId, objectId, subject, object, sentence,
// sentenceIndex, sentenceStart, sentenceEnd, subjectStart, subjectEnd, objectStart, objectEnd, confidence, negated, extractedAt, seen}]
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CREATE (a)-[:STATES]->(s:Statement)
SET s = row
