// name: prune
// description: Deletes entities that no article mentions any more (after a re-ingest dropped them), except a place other places lie in (PART_OF chains stay whole).
// params: keys
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT ()-[:MENTIONS]->(n) AND NOT ()-[:PART_OF]->(n)
DETACH DELETE n
