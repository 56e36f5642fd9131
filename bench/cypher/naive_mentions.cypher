// name: naive_mentions
// description: Naive baseline (bench only): one MENTIONS edge.
// params: article_id, key, count, first_offset
MATCH (a:Article {id: $article_id})
MATCH (n:Entity {key: $key})
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = $count, m.first_offset = $first_offset
