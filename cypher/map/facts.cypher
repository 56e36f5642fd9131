// name: facts
// description: The facts an answer about an entity draws on a map: events at or involving it (or a place inside it), claims and figures about it (or a place inside it), and claims it stated, within a window; each with its id, date, words, speaker and source.
// params: key, kinds, since, until, limit
// example: chronicle plot map "Donetsk Oblast" -o donetsk.html
//
// $kinds picks the answer: ['event', 'claim', 'figure'] is the timeline, ['event'] the events,
// ['figure'] the figures. An event row carries its status as that report states it (and who states
// it). The window applies to each fact's date (an event's edge, a claim's ABOUT edge
// or its statement date, else the article's date); facts with no date at all are kept only without one.
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (sub:Entity)-[:PART_OF*0..3]->(n)
  MATCH (e:Event)-[r:AT|INVOLVED]->(sub)
  RETURN 'event' AS kind, e.key AS id, r.value AS when, r.valid_from AS from, r.valid_to AS to,
         e.name AS what, r.article AS article_id, null AS claim, coalesce(r.status, e.status) AS status,
         coalesce(r.stated_by, e.stated_by) AS stated_by
  UNION
  MATCH (n:Event)-[r:AT|INVOLVED]->(:Entity)
  RETURN 'event' AS kind, n.key AS id, r.value AS when, r.valid_from AS from, r.valid_to AS to,
         n.name AS what, r.article AS article_id, null AS claim, coalesce(r.status, n.status) AS status,
         coalesce(r.stated_by, n.stated_by) AS stated_by
  UNION
  MATCH (sub:Entity)-[:PART_OF*0..3]->(n)
  MATCH (c:Claim)-[r:ABOUT]->(sub)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c.id AS id, r.value AS when,
         coalesce(r.valid_from, c.stated_on) AS from, coalesce(r.valid_to, r.valid_from, c.stated_on) AS to,
         c.text AS what, null AS article_id, c AS claim, null AS status, null AS stated_by
  UNION
  MATCH (n)-[r:STATED]->(c:Claim)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c.id AS id, r.value AS when,
         coalesce(r.valid_from, c.stated_on) AS from, coalesce(r.valid_to, r.valid_from, c.stated_on) AS to,
         c.text AS what, null AS article_id, c AS claim, null AS status, null AS stated_by
}
WITH kind, id, when, from, to, what, article_id, claim, status, stated_by
WHERE kind IN $kinds
OPTIONAL MATCH (claim)-[:IN]->(claim_article:Article)
OPTIONAL MATCH (edge_article:Article {id: article_id})
WITH kind, id, when, from, to, what, claim, status, stated_by, coalesce(claim_article, edge_article) AS article
WITH kind, id, when, what, claim, status, stated_by, article,
     coalesce(from, date(article.published_at)) AS valid_from, coalesce(to, from, date(article.published_at)) AS valid_to
WHERE ($since IS NULL OR valid_to >= $since)
  AND ($until IS NULL OR valid_from <= $until)
WITH DISTINCT kind, id, when, valid_from, valid_to, what, claim, status, stated_by, article
ORDER BY valid_from, id
LIMIT coalesce($limit, 1000)
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(claim)
WITH kind, id, when, valid_from, valid_to, what, claim, status, stated_by, article,
     collect(speaker.name)[0] AS speaker
RETURN kind,
       id,
       when,
       valid_from,
       valid_to,
       what,
       coalesce(speaker, claim.speaker_name, stated_by) AS who,
       CASE WHEN kind = 'event' THEN coalesce(status, 'happened') END AS status,
       claim.metric AS metric,
       claim.value AS value,
       claim.unit AS unit,
       article.source AS source,
       article.published_at AS published_at
ORDER BY valid_from, id
