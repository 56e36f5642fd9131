// name: pin
// description: Writes an analyst's alias index entries, pinned: the resolver applies them to every later article and no article overwrites them.
// params: rows
UNWIND $rows AS row
MERGE (alias:Alias {key: row.key})
SET alias.target = row.target, alias.rank = row.rank, alias.type = row.type, alias.pinned = true
