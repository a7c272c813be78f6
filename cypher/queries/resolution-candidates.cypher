// For each name of an article, the entities of its type that the resolution tiers look at: same canonical NameKey,
// that key among their alias keys, a one-word name that is their last word, or (for a multi-word PERSON name) its
// surname as their whole name or last word. The adapter applies the tiers in order.
// $names: [{key, type, oneWord, surname}] (surname null unless a multi-word PERSON name)
UNWIND $names AS n
MATCH (e:Entity {type: n.type})
WHERE e.nameKey = n.key
   OR n.key IN e.aliasKeys
   OR (n.oneWord AND e.lastToken = n.key)
   OR (n.surname IS NOT NULL AND (e.nameKey = n.surname OR e.lastToken = n.surname))
RETURN n.key AS forKey, e.id AS id, e.nameKey AS nameKey, e.aliasKeys AS aliasKeys, e.lastToken AS lastToken
ORDER BY forKey, id
