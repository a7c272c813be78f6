// Entities an article's names may resolve to: one of their name keys equals one of $keys, or ends with
// ' ' + one of $surnames (a one-word name such as "putin" joining "vladimir putin").
// $keys: NameKeys of the article's names; $surnames: the one-word keys among them
MATCH (e:Entity)
WHERE any(k IN e.keys WHERE k IN $keys OR any(t IN $surnames WHERE k ENDS WITH ' ' + t))
RETURN e.id AS id, e.type AS type, e.name AS name, e.keys AS keys
ORDER BY e.id
