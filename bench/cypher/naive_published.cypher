// name: naive_published
// description: Naive baseline (bench only): one PUBLISHED edge.
// params: name, article_id
MATCH (s:Source {name: $name})
MATCH (a:Article {id: $article_id})
MERGE (s)-[:PUBLISHED]->(a)
