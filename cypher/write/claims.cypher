// name: claims
// description: Creates the article's claims (and quantities, labelled Quantity) with IN, STATED by their speaker and ABOUT what they concern.
// params: rows
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (c:Claim {id: row.id})
SET c += row.props
MERGE (c)-[:IN]->(a)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.is_quantity
  SET c:Quantity
}
CALL (c, row) {
  MATCH (s:Entity {key: row.speaker_key})
  MERGE (s)-[r:STATED]->(c)
  SET r += row.stated
}
CALL (c, row) {
  UNWIND row.about_keys AS key
  MATCH (x:Entity {key: key})
  MERGE (c)-[r:ABOUT]->(x)
  SET r += row.when
}
