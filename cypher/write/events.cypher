// name: events
// description: Upserts events by key with their earliest known date, the article's MENTIONS, and this article's AT and INVOLVED edges.
// params: rows
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.name_lc = toLower(row.name)
SET e:Event, e.type = row.type,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH a, e, row
CALL (e, row) {
  WITH e, row WHERE row.when.valid_from IS NOT NULL AND (e.valid_from IS NULL OR row.when.valid_from < e.valid_from)
  SET e.valid_from = row.when.valid_from, e.valid_to = row.when.valid_to,
      e.precision = row.when.precision, e.value = row.when.value
}
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.first_offset = row.first_offset
WITH e, row
CALL (e, row) {
  UNWIND row.place_keys AS place_key
  MATCH (p:Entity {key: place_key})
  MERGE (e)-[r:AT {article: row.article_id}]->(p)
  SET r += row.when, r.sentence = row.sentence
}
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (x:Entity {key: participant.key})
  MERGE (e)-[r:INVOLVED {article: row.article_id, role: participant.role}]->(x)
  SET r += row.when, r.sentence = row.sentence
}
