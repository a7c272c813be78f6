// The sort keys the entity listings walk, from the entity as it now is: its name key, its id and how many statements
// name it (a self-loop once, as queries/entities-by-id counts). Each key starts with the type, so one index serves a
// walk per type; the rest orders ascending: name key then id, or mentions descending (a complement, ten digits) then id.
// Run after every write that can change an entity's name, id or statements. $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COUNT { MATCH (s:Statement {subjectId: e.id}) } + COUNT { MATCH (s:Statement {objectId: e.id}) WHERE s.subjectId <> e.id } AS mentions
SET e.nameOrder = e.type + '\u0001' + e.nameKey + '\u0001' + e.id,
    e.mentionOrder = e.type + '\u0001' + right('0000000000' + toString(9999999999 - mentions), 10) + '\u0001' + e.id
