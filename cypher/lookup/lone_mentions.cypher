// name: lone_mentions
// description: The articles that mention these nodes, each with the forms it wrote the node in and how many mentions it gave it, for the writer to find those that named a person by a surname alone (graph/identity.py).
// params: keys
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
// read from each node: only articles MENTION, so the far end needs no label a plan could scan
UNWIND $keys AS key
MATCH (n:Entity {key: key})
UNWIND [(a:Article)-[m:MENTIONS]->(n) | {article: a.id, forms: coalesce(m.forms, []), count: m.count}] AS mention
RETURN mention.article AS article, mention.forms AS forms, mention.count AS count
