// name: nodes
// description: Every person, organisation and place with its name, aliases and the ids of (at most 1,000 of) the articles that mention it: the material `entities duplicates` compares.
// params:
MATCH (node:Entity)
WHERE node:Person OR node:Organization OR node:Place
RETURN node.key AS key,
       node.name AS name,
       [label IN labels(node) WHERE label IN ['Person', 'Organization', 'Place']][0] AS type,
       coalesce(node.aliases, []) AS aliases,
       COLLECT { MATCH (article:Article)-[:MENTIONS]->(node) RETURN article.id ORDER BY article.id LIMIT 1000 } AS articles
ORDER BY key
