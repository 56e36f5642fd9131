// name: prune
// description: Deletes entities that no article mentions any more (after a re-ingest dropped them).
// params: keys
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT ()-[:MENTIONS]->(n)
DETACH DELETE n
