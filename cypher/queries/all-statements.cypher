// Every statement, ids ascending (snapshots and export).
MATCH (st:Statement)
RETURN st {.*} AS statement
ORDER BY st.id
