// name: edges
// description: Every relationship of the graph for an export, between the node ids of `nodes`, with its type and properties; dated relationships outside the window are left out.
// params: since, until, skip, limit
// example: chronicle export -o graph.graphml --since 2025-01-01
MATCH (a)-[r]->(b)
WHERE ($since IS NULL OR r.valid_to IS NULL OR r.valid_to >= $since)
  AND ($until IS NULL OR r.valid_from IS NULL OR r.valid_from <= $until)
WITH a, r, b, elementId(r) AS rid
ORDER BY rid
SKIP $skip
LIMIT $limit
RETURN CASE WHEN a:Entity THEN a.key WHEN a:Article THEN 'article:' + a.id WHEN a:Claim THEN 'claim:' + a.id WHEN a:Effect THEN a.id
            WHEN a:Source THEN 'source:' + a.name ELSE elementId(a) END AS source,
       CASE WHEN b:Entity THEN b.key WHEN b:Article THEN 'article:' + b.id WHEN b:Claim THEN 'claim:' + b.id WHEN b:Effect THEN b.id
            WHEN b:Source THEN 'source:' + b.name ELSE elementId(b) END AS target,
       type(r) AS type,
       properties(r) AS props
