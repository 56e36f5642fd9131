// name: naive_affected
// description: Naive baseline (bench only): one AFFECTED edge (a causal claim).
// params: article_id, row
MATCH (cause:Entity {key: $row.cause_key})
MATCH (target:Entity {key: $row.target_key})
MERGE (cause)-[r:AFFECTED {article: $article_id, start: $row.start, cue: $row.cue}]->(target)
SET r += $row.props
