// name: naive_involved
// description: Naive baseline (bench only): one INVOLVED edge from an event to a participant.
// params: article_id, key, participant, when, sentence
MATCH (e:Entity {key: $key})
MATCH (x:Entity {key: $participant.key})
MERGE (e)-[r:INVOLVED {article: $article_id, role: $participant.role}]->(x)
SET r += $when, r.sentence = $sentence
