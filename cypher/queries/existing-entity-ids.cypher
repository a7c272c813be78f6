// Which of the given ids are taken (new entity ids must not collide).
// $ids: candidate ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
