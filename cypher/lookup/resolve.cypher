// name: resolve
// description: Entities and events whose name or alias matches a user's words, exact matches first.
// params: name, lucene
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WITH node, score, toLower($name) AS wanted
WITH node, score,
     toLower(node.name) = wanted AS exact_name,
     any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = wanted) AS exact_alias
// only articles MENTION, so the node's degree (read from the store, O(1)) counts the articles
WITH node, score, exact_name, exact_alias, COUNT { (node)<-[:MENTIONS]-() } AS articles
RETURN node.key AS key,
       node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS label,
       coalesce(node.place_kind, node.type) AS kind,
       node.admin1 AS region,
       node.country_code AS country_code,
       node.value AS when,
       exact_name,
       exact_alias,
       articles,
       score
ORDER BY exact_name DESC, exact_alias DESC, articles DESC, score DESC
LIMIT 10
