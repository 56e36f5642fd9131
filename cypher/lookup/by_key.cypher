// name: by_key
// description: The entity or event with exactly this key (the columns of resolve), so a user can name a node its name cannot single out.
// params: key
MATCH (node:Entity {key: $key})
WITH node, COUNT { (node)<-[:MENTIONS]-() } AS articles
RETURN node.key AS key,
       node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS label,
       coalesce(node.place_kind, node.type) AS kind,
       node.admin1 AS region,
       node.country_code AS country_code,
       node.value AS when,
       true AS exact_name,
       false AS exact_alias,
       articles
