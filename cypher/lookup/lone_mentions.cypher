// name: lone_mentions
// description: The articles that mention a node, each with the forms it wrote the node in and how many mentions it gave it, for the writer to find those that named a person by a surname alone (graph/identity.py).
// params: key
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
// read from the node: only articles MENTION, so the far end needs no label a plan could scan
OPTIONAL MATCH (n:Entity {key: $key})
RETURN [(a:Article)-[m:MENTIONS]->(n) | {article: a.id, forms: coalesce(m.forms, []), count: m.count}] AS mentions
