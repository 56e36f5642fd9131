// name: timeline
// description: Dated facts about an entity or event (events, claims, figures, effects), oldest first, each with its article.
// params: key, since, until, limit
// example: chronicle ask timeline Pokrovsk --since 2024-06-01
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (event:Event)-[r:AT|INVOLVED]->(n)
  RETURN 'event' AS kind, event.name AS what, null AS who, r AS dated, r.article AS article_id,
         r.sentence AS evidence, null AS stated_on
  UNION
  MATCH (claim:Claim)-[r:ABOUT]->(n)
  MATCH (claim)-[:IN]->(article:Article)
  RETURN CASE WHEN claim:Quantity THEN 'figure' ELSE 'claim' END AS kind, claim.text AS what,
         claim.speaker_name AS who, r AS dated, article.id AS article_id, claim.sentence AS evidence,
         claim.stated_on AS stated_on
  UNION
  MATCH (n)-[r:STATED]->(claim:Claim)-[:IN]->(article:Article)
  WHERE NOT (claim)-[:ABOUT]->(n)
  RETURN 'statement' AS kind, claim.text AS what, n.name AS who, r AS dated, article.id AS article_id,
         claim.sentence AS evidence, r.on AS stated_on
  UNION
  MATCH (cause:Entity)-[r:AFFECTED]->(n)
  RETURN 'effect' AS kind, cause.name + ' → ' + n.name + ': ' + r.description AS what, null AS who,
         r AS dated, r.article AS article_id, r.evidence AS evidence, r.stated_on AS stated_on
  UNION
  MATCH (n)-[r:AFFECTED]->(target:Entity)
  RETURN 'effect' AS kind, n.name + ' → ' + target.name + ': ' + r.description AS what, null AS who,
         r AS dated, r.article AS article_id, r.evidence AS evidence, r.stated_on AS stated_on
}
WITH kind, what, who, dated, article_id, evidence, stated_on
WHERE dated.valid_from IS NOT NULL
  AND ($since IS NULL OR dated.valid_to >= $since)
  AND ($until IS NULL OR dated.valid_from <= $until)
MATCH (article:Article {id: article_id})
RETURN dated.value AS when,
       dated.mod AS mod,
       dated.precision AS precision,
       dated.valid_from AS valid_from,
       dated.valid_to AS valid_to,
       dated.date_text AS date_text,
       kind,
       what,
       who,
       stated_on,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       evidence
ORDER BY valid_from, stated_on, published_at, what
LIMIT $limit
