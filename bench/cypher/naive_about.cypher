// name: naive_about
// description: Naive baseline (bench only): one ABOUT edge from a claim to what it concerns.
// params: id, key, when
MATCH (c:Claim {id: $id})
MATCH (x:Entity {key: $key})
MERGE (c)-[r:ABOUT]->(x)
SET r += $when
