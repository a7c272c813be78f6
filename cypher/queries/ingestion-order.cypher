// Article ids in the order the store first took them in (snapshots: a copy puts articles in this order).
MATCH (a:Article)
RETURN a.id AS id
ORDER BY a.seq
