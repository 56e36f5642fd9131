// name: naive_stated
// description: Naive baseline (bench only): one STATED edge from a speaker to a claim.
// params: key, id, stated
MATCH (s:Entity {key: $key})
MATCH (c:Claim {id: $id})
MERGE (s)-[r:STATED]->(c)
SET r += $stated
