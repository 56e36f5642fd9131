// name: naive_part_of
// description: Naive baseline (bench only): one PART_OF edge.
// params: key, part_of_key
MATCH (n:Entity {key: $key})
MATCH (p:Entity {key: $part_of_key})
MERGE (n)-[:PART_OF]->(p)
