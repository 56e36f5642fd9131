// name: events
// description: Upserts events by key with their date, the article's MENTIONS (with this article's status of the event: happened, claimed, denied, planned, hypothetical, failed, and who states it), and this article's AT and INVOLVED edges (carrying the same status).
// params: rows, status_rank
//
// An event's own status is what its articles add up to: happened when one article says so, else the
// most factual status any article gives (claimed, denied, failed, planned, hypothetical); events not
// stated as happened carry the label Unconfirmed (the Browser style draws them apart). Its own date is
// the earliest a happened report gives; a date from a report that is not one (a plan's target date)
// is kept only while no happened report dates it.
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.name_lc = toLower(row.name)
SET e:Event, e.type = row.type,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH a, e, row
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.first_offset = row.first_offset, m += row.report
WITH e, row
CALL (e, row) {
  WITH e, row, row.status = 'happened' AS factual
  WITH e, row, factual WHERE row.when.valid_from IS NOT NULL AND (
    e.valid_from IS NULL
    OR (factual AND coalesce(e.date_status, 'happened') <> 'happened')
    OR (factual = (coalesce(e.date_status, 'happened') = 'happened') AND row.when.valid_from < e.valid_from))
  SET e.valid_from = row.when.valid_from, e.valid_to = row.when.valid_to,
      e.precision = row.when.precision, e.value = row.when.value, e.date_status = row.status
}
// (a happened report settles it without reading the others: an event in thousands of articles costs
// one look; only events no article states as happened read their reports to pick the deciding one)
// Reports are read from e: only articles MENTION, so the far end carries no label a plan could scan.
CALL (e, row) {
  WITH e, CASE WHEN row.status = 'happened' THEN true
               ELSE EXISTS { MATCH ()-[m:MENTIONS]->(e) WHERE coalesce(m.status, 'happened') = 'happened' }
          END AS happened
  CALL (e, happened) {
    WITH e WHERE happened
    SET e.status = 'happened', e.status_cue = null, e.stated_by = null
    REMOVE e:Unconfirmed
  }
  CALL (e, happened) {
    WITH e WHERE NOT happened
    MATCH ()-[other:MENTIONS]->(e)
    WITH e, other
    // the most factual report by $status_rank (extraction/rules/event_reports.RANK), a status it lacks last
    ORDER BY coalesce($status_rank[coalesce(other.status, 'happened')], size(keys($status_rank))), other.stated_by IS NULL
    WITH e, collect(other)[0] AS deciding
    SET e.status = deciding.status, e.status_cue = deciding.status_cue, e.stated_by = deciding.stated_by,
        e:Unconfirmed
  }
}
// The AT and INVOLVED edges are merged by hand, their look-up an index seek on the article by hint: a
// MERGE takes no hint, and effects' MERGE of the same shape was planned on a young graph as a scan
// of its whole index for each row (a plan that is kept).
CALL (e, row) {
  UNWIND row.place_keys AS place_key
  MATCH (p:Entity {key: place_key})
  CALL (e, p, row) {
    OPTIONAL MATCH (e)-[found:AT]->(p) USING INDEX SEEK found:AT(article) WHERE found.article = row.article_id
    WITH e, p, row, count(found) AS found
    FOREACH (_ IN CASE WHEN found = 0 THEN [1] ELSE [] END | CREATE (e)-[:AT {article: row.article_id}]->(p))
  }
  MATCH (e)-[r:AT]->(p) USING INDEX SEEK r:AT(article) WHERE r.article = row.article_id
  SET r += row.when, r.sentence = row.sentence, r += row.report
}
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (x:Entity {key: participant.key})
  CALL (e, x, row, participant) {
    OPTIONAL MATCH (e)-[found:INVOLVED]->(x) USING INDEX SEEK found:INVOLVED(article)
      WHERE found.article = row.article_id AND found.role = participant.role
    WITH e, x, row, participant, count(found) AS found
    FOREACH (_ IN CASE WHEN found = 0 THEN [1] ELSE [] END |
      CREATE (e)-[:INVOLVED {article: row.article_id, role: participant.role}]->(x))
  }
  MATCH (e)-[r:INVOLVED]->(x) USING INDEX SEEK r:INVOLVED(article)
  WHERE r.article = row.article_id AND r.role = participant.role
  SET r += row.when, r.sentence = row.sentence, r += row.report
}
