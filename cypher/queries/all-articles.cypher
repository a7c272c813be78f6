// Every article, ids ascending (snapshots and export).
MATCH (a:Article)
RETURN a {.*} AS article
ORDER BY a.id
