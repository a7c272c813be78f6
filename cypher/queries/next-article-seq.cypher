// The arrival number of a new article (ties in naming go to the earliest article).
MATCH (a:Article)
RETURN coalesce(max(a.seq), 0) + 1 AS seq
