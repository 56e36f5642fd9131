// name: naive_at
// description: Naive baseline (bench only): one AT edge from an event to a place.
// params: article_id, key, place_key, when, sentence
MATCH (e:Entity {key: $key})
MATCH (p:Entity {key: $place_key})
MERGE (e)-[r:AT {article: $article_id}]->(p)
SET r += $when, r.sentence = $sentence
