// name: aliases
// description: Writes alias index entries (key -> node key, with the node's rank and type); an analyst's pinned entry is never overwritten.
// params: rows
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $rows AS row
MERGE (alias:Alias {key: row.key})
WITH alias, row
WHERE NOT coalesce(alias.pinned, false) OR row.pinned
SET alias.target = row.target, alias.rank = row.rank, alias.type = row.type, alias.pinned = row.pinned
