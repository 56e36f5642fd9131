// name: effects
// description: Creates the article's effects (causal claims): an Effect node for each, IN its article, with its cause and effect clauses (text, offsets), cue, evidence and date; CAUSE_OF from each thing named in the cause, EFFECT_ON to each thing named in the effect (`main` marks the one a side stands for), CLAIMED by who claims it; and, when both sides stand for a named thing, the AFFECTED edge between the two.
// params: rows
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (e:Effect {id: row.id})
SET e += row.node
MERGE (e)-[:IN]->(a)
WITH e, row
CALL (e, row) {
  UNWIND row.causes AS side
  MATCH (x:Entity {key: side.key})
  MERGE (x)-[r:CAUSE_OF]->(e)
  SET r += row.when, r.main = side.main, r.article = row.article_id
}
CALL (e, row) {
  UNWIND row.targets AS side
  MATCH (x:Entity {key: side.key})
  MERGE (e)-[r:EFFECT_ON]->(x)
  SET r += row.when, r.main = side.main, r.article = row.article_id
}
CALL (e, row) {
  MATCH (s:Entity {key: row.claimed_by})
  MERGE (s)-[r:CLAIMED]->(e)
  SET r += row.stated
}
CALL (e, row) {
  WITH e, row WHERE row.edge
  MATCH (cause:Entity {key: row.cause_key})
  MATCH (target:Entity {key: row.target_key})
  // a MERGE by hand, its look-up an index seek by hint: a MERGE takes no hint, and planned on an empty
  // graph (a plan that is kept) it scanned the whole AFFECTED(article) index for each row
  CALL (cause, target, row) {
    OPTIONAL MATCH (cause)-[found:AFFECTED]->(target) USING INDEX SEEK found:AFFECTED(article)
      WHERE found.article = row.article_id AND found.start = row.start AND found.cue = row.cue
    WITH cause, target, row, count(found) AS found
    FOREACH (_ IN CASE WHEN found = 0 THEN [1] ELSE [] END |
      CREATE (cause)-[:AFFECTED {article: row.article_id, start: row.start, cue: row.cue}]->(target))
  }
  MATCH (cause)-[r:AFFECTED]->(target) USING INDEX SEEK r:AFFECTED(article)
  WHERE r.article = row.article_id AND r.start = row.start AND r.cue = row.cue
  SET r += row.props, r.effect = e.id
}
