// Entities written before the listing sort keys existed (or copied in without them), a batch at a time, for the
// adapter to key at open (writes/set-entity-order). $limit: the batch size
MATCH (e:Entity)
WHERE e.nameOrder IS NULL OR e.mentionOrder IS NULL
RETURN e.id AS id
LIMIT $limit
