// name: nodes
// description: Every node of the graph for an export: a stable id (an entity's key, else the label and the article or claim id, an effect's id, or the source's name), its labels and properties.
// params: skip, limit
// example: chronicle export -o graph.graphml
//
// Read in pages ordered by id, so a large graph never travels in one answer. Alias nodes are left out:
// they are the resolver's lookup table (a name -> a node's key), not findings, and have no relationships.
MATCH (n)
WHERE NOT n:Alias
WITH n, CASE WHEN n:Entity THEN n.key
             WHEN n:Article THEN 'article:' + n.id
             WHEN n:Claim THEN 'claim:' + n.id
             WHEN n:Effect THEN n.id
             WHEN n:Source THEN 'source:' + n.name
             ELSE elementId(n) END AS id
RETURN id, labels(n) AS labels, properties(n) AS props
ORDER BY id
SKIP $skip
LIMIT $limit
