// name: timeline
// description: Dated facts about an entity or event (events, claims, figures, effects), oldest first, each with its article.
// params: key, since, until, limit
// example: chronicle ask timeline Pokrovsk --since 2024-06-01
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (event:Event)-[r:AT|INVOLVED]->(n)
  RETURN 'event' AS kind, event.name AS what, null AS who, r AS dated, r.article AS article_id,
         r.sentence AS evidence, null AS stated_on, null AS claim_id
  UNION
  MATCH (n:Event)-[r:AT]->(place:Entity)
  RETURN 'event' AS kind, n.name + ' (' + place.name + ')' AS what, null AS who, r AS dated,
         r.article AS article_id, r.sentence AS evidence, null AS stated_on, null AS claim_id
  UNION
  MATCH (claim:Claim)-[r:ABOUT]->(n)
  MATCH (claim)-[:IN]->(article:Article)
  OPTIONAL MATCH (parent:Claim {id: claim.part_of_claim})
  RETURN CASE WHEN claim:Quantity THEN 'figure' ELSE 'claim' END AS kind, coalesce(parent.text, claim.text) AS what,
         null AS who, r AS dated, article.id AS article_id, claim.sentence AS evidence,
         claim.stated_on AS stated_on, claim.id AS claim_id
  UNION
  MATCH (n)-[r:STATED]->(claim:Claim)-[:IN]->(article:Article)
  WHERE NOT (claim)-[:ABOUT]->(n)
  RETURN 'statement' AS kind, claim.text AS what, n.name AS who, r AS dated, article.id AS article_id,
         claim.sentence AS evidence, r.on AS stated_on, claim.id AS claim_id
  UNION
  MATCH (cause:Entity)-[r:AFFECTED]->(n)
  OPTIONAL MATCH (claimer:Entity {key: r.claimed_by})
  RETURN 'effect' AS kind, cause.name + ' → ' + n.name + ': ' + r.description AS what, claimer.name AS who,
         r AS dated, r.article AS article_id, r.evidence AS evidence, r.stated_on AS stated_on,
         r.claim AS claim_id
  UNION
  MATCH (n)-[r:AFFECTED]->(target:Entity)
  OPTIONAL MATCH (claimer:Entity {key: r.claimed_by})
  RETURN 'effect' AS kind, n.name + ' → ' + target.name + ': ' + r.description AS what, claimer.name AS who,
         r AS dated, r.article AS article_id, r.evidence AS evidence, r.stated_on AS stated_on,
         r.claim AS claim_id
}
WITH kind, what, who, dated, article_id, evidence, stated_on, claim_id
WHERE dated.valid_from IS NOT NULL
  AND ($since IS NULL OR dated.valid_to >= $since)
  AND ($until IS NULL OR dated.valid_from <= $until)
OPTIONAL MATCH (claim:Claim {id: claim_id})
WITH collect({kind: kind, what: what, who: who, dated: dated, article_id: article_id, evidence: evidence,
              stated_on: stated_on, claim: claim}) AS rows
// a claim is not repeated when an effect or a figure of this timeline was read from it, in the same
// sentence (one sentence containing the other: a quote may span two sentences)
WITH rows, [row IN rows WHERE row.kind = 'effect' | {id: row.claim.id, evidence: row.evidence}]
           + [row IN rows WHERE row.kind = 'figure' | {id: row.claim.part_of_claim, evidence: row.evidence}]
           AS backing
UNWIND [row IN rows WHERE row.kind <> 'claim' OR NOT any(b IN backing WHERE coalesce(
          b.id = row.claim.id AND (b.evidence CONTAINS row.evidence OR row.evidence CONTAINS b.evidence),
          false))] AS row
WITH row.kind AS kind, row.what AS what, row.who AS who, row.dated AS dated, row.article_id AS article_id,
     row.evidence AS evidence, row.stated_on AS stated_on, row.claim AS claim
MATCH (article:Article {id: article_id})
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(claim)
WITH kind, what, who, dated, article, evidence, stated_on, claim, collect(speaker.name)[0] AS speaker
RETURN dated.value AS when,
       dated.mod AS mod,
       dated.precision AS precision,
       dated.valid_from AS valid_from,
       dated.valid_to AS valid_to,
       dated.date_text AS date_text,
       kind,
       what,
       coalesce(who, speaker, claim.speaker_name) AS who,
       stated_on,
       claim.metric AS metric,
       claim.value AS value,
       claim.unit AS unit,
       claim.approximate AS approximate,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       evidence
ORDER BY valid_from, stated_on, published_at, what
LIMIT coalesce($limit, 1000)
