// name: show
// description: One person, organisation or place: its key, name, types, aliases, the alias index entries that name it (pinned ones are an analyst's), and the articles that mention it, newest first.
// params: key, limit
MATCH (node:Entity {key: $key})
WITH node, [label IN labels(node) WHERE label <> 'Entity'] AS types
OPTIONAL MATCH (alias:Alias {target: node.key})
WITH node, types, alias ORDER BY alias.key
WITH node, types,
     collect(alias {.key, pinned: coalesce(alias.pinned, false)}) AS entries,
     max(alias.rank) AS rank
RETURN node.key AS key,
       node.name AS name,
       types,
       coalesce(node.place_kind, node.type) AS kind,
       coalesce(node.aliases, []) AS aliases,
       entries,
       coalesce(rank, 0) AS rank,
       COUNT { (node)<-[:MENTIONS]-() } AS article_count,
       COLLECT {
         MATCH (article:Article)-[m:MENTIONS]->(node)
         RETURN article {.id, .title, .source, published_at: toString(article.published_at), mentions: m.count}
         ORDER BY article.published_at DESC, article.id
         LIMIT $limit
       } AS articles
