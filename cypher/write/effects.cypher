// name: effects
// description: Creates the article's AFFECTED edges (causal claims) between causes and targets, with cue, evidence and who claimed it.
// params: rows
UNWIND $rows AS row
MATCH (cause:Entity {key: row.cause_key})
MATCH (target:Entity {key: row.target_key})
MERGE (cause)-[r:AFFECTED {article: row.article_id, start: row.start, cue: row.cue}]->(target)
SET r += row.props
