// name: timeline
// description: Dated facts about an entity or event (events, claims, figures, effects: AFFECTED edges and Effect nodes whose cause or effect names it), oldest first, each with its article; an event row carries its status as its article states it (happened, claimed, denied, planned, hypothetical, failed) and who states it; total is how many there are in all.
// params: key, since, until, limit
// example: chronicle ask timeline Pokrovsk --since 2024-06-01
//
// Built for entities in most articles too (a country): every fact is read once, as a relationship and
// the node at its other end, and grouped by the claim it was read from instead of compared with every
// other fact; the facts are ordered by date first, and the article, the text, the speaker and the
// claim behind an effect are read only for the first $limit (and those sharing the last one's dates).
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (event:Event)-[r:AT|INVOLVED]->(n)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
  RETURN 'event' AS kind, r, event AS node
  UNION ALL
  MATCH (n:Event)-[r:AT]->(place:Entity)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
  RETURN 'event at' AS kind, r, place AS node
  UNION ALL
  MATCH (claim:Claim)-[r:ABOUT]->(n)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
  RETURN CASE WHEN claim:Quantity THEN 'figure' ELSE 'claim' END AS kind, r, claim AS node
  UNION ALL
  MATCH (n)-[r:STATED]->(claim:Claim)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
    AND NOT (claim)-[:ABOUT]->(n)
  RETURN 'statement' AS kind, r, claim AS node
  UNION ALL
  MATCH (cause:Entity)-[r:AFFECTED]->(n)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
  RETURN 'effect' AS kind, r, cause AS node
  UNION ALL
  MATCH (n)-[r:AFFECTED]->(target:Entity)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
    AND target <> n
  RETURN 'effect on' AS kind, r, target AS node
  UNION ALL
  // an effect whose cause or effect clause names n, unless its AFFECTED edge gave the row above (n is
  // the side's main thing, `main`, and the effect has its edge: the flag survives an entity merge)
  MATCH (e:Effect)-[r:EFFECT_ON]->(n)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
    AND NOT (r.main AND coalesce(e.edge, false))
  RETURN 'effect clause' AS kind, r, e AS node
  UNION ALL
  MATCH (n)-[r:CAUSE_OF]->(e:Effect)
  WHERE r.valid_from IS NOT NULL
    AND ($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)
    AND NOT (r.main AND coalesce(e.edge, false))
    AND NOT (e)-[:EFFECT_ON]->(n)
  RETURN 'effect clause on' AS kind, r, e AS node
}
WITH n, kind, r, node, r.valid_from AS valid_from
ORDER BY valid_from
WITH n, collect([kind, r, node, valid_from]) AS rows
// a claim is not repeated when an effect or a figure of this timeline was read from it, in the same
// sentence (one sentence containing the other: a quote may span two sentences); found from the
// effects and figures (looked up by the id of their claim), not by comparing every row with every other
CALL (n, rows) {
  UNWIND rows AS row
  WITH row[0] AS kind, row[1] AS r, row[2] AS node
  WITH kind, CASE kind WHEN 'figure' THEN node.part_of_claim WHEN 'effect' THEN r.claim WHEN 'effect on' THEN r.claim
             WHEN 'effect clause' THEN node.claim WHEN 'effect clause on' THEN node.claim END AS claim_id,
       CASE WHEN kind = 'figure' OR kind STARTS WITH 'effect clause' THEN coalesce(node.sentence, node.evidence)
            ELSE r.evidence END AS evidence
  WHERE claim_id IS NOT NULL
  MATCH (claim:Claim {id: claim_id})-[about:ABOUT]->(n)
  WHERE NOT claim:Quantity AND about.valid_from IS NOT NULL
    AND ($since IS NULL OR about.valid_to >= $since) AND ($until IS NULL OR about.valid_from <= $until)
    AND coalesce(evidence CONTAINS claim.sentence OR claim.sentence CONTAINS evidence, false)
  RETURN collect(DISTINCT claim) AS hidden
}
// the first $limit facts by date (more by as many as are hidden), and any on the last one's date: their
// statement date, article and text decide among them
WITH n, rows, hidden, size(rows) - size(hidden) AS total, coalesce($limit, 1000) + size(hidden) AS first
WITH n, hidden, total, CASE WHEN first < 1 OR size(rows) <= first THEN rows
                            ELSE rows[..first] + [x IN rows[first..] WHERE x[3] = rows[first - 1][3]] END AS rows
UNWIND rows AS row
WITH n, hidden, total, row[0] AS kind, row[1] AS r, row[2] AS node
WHERE NOT (kind = 'claim' AND node IN hidden)
// (grouping by the row leaves the lists behind, so the sort below holds small rows only)
WITH n, total, kind, r, node, count(*) AS copies
WITH n, total, kind, r, node, kind IN ['claim', 'figure', 'statement'] AS from_claim
OPTIONAL MATCH (node)-[:IN]->(claim_article:Article)
  WHERE from_claim
OPTIONAL MATCH (edge_article:Article {id: CASE WHEN NOT from_claim THEN r.article END})
OPTIONAL MATCH (parent:Claim {id: CASE WHEN kind = 'figure' THEN node.part_of_claim END})
WITH n, kind, r, node, total, from_claim, coalesce(claim_article, edge_article) AS article,
     CASE kind WHEN 'statement' THEN r.on WHEN 'claim' THEN node.stated_on WHEN 'figure' THEN node.stated_on
               WHEN 'effect' THEN r.stated_on WHEN 'effect on' THEN r.stated_on
               WHEN 'effect clause' THEN node.stated_on WHEN 'effect clause on' THEN node.stated_on END AS stated_on,
     CASE kind WHEN 'event' THEN node.name
               WHEN 'event at' THEN n.name + ' (' + node.name + ')'
               WHEN 'effect' THEN node.name + ' → ' + n.name + ': ' + r.description
               WHEN 'effect on' THEN n.name + ' → ' + node.name + ': ' + r.description
               WHEN 'effect clause' THEN coalesce(node.cause_text + ' → ' + node.effect_text, node.description)
               WHEN 'effect clause on' THEN coalesce(node.cause_text + ' → ' + node.effect_text, node.description)
               WHEN 'statement' THEN node.text
               ELSE coalesce(parent.text, node.text) END AS what
WHERE article IS NOT NULL
WITH n, kind, r, node, stated_on, total, from_claim, article, what
ORDER BY r.valid_from, stated_on, article.published_at, what
LIMIT coalesce($limit, 1000)
WITH n, kind, r, node, stated_on, total, from_claim, article, what,
     kind STARTS WITH 'effect clause' AS clause
OPTIONAL MATCH (effect_claim:Claim {id: CASE WHEN clause THEN node.claim WHEN kind STARTS WITH 'effect' THEN r.claim END})
OPTIONAL MATCH (claimer:Entity {key: CASE WHEN clause THEN node.claimed_by
                                          WHEN kind STARTS WITH 'effect' THEN r.claimed_by END})
WITH n, kind, r, stated_on, total, article, what, claimer,
     CASE WHEN from_claim THEN node ELSE effect_claim END AS claim,
     CASE WHEN from_claim THEN node.sentence WHEN clause THEN node.evidence
          WHEN kind STARTS WITH 'effect' THEN r.evidence ELSE r.sentence END AS evidence
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(claim)
WITH n, kind, r AS dated, stated_on, total, article, what, claim, evidence,
     CASE kind WHEN 'statement' THEN n.name ELSE claimer.name END AS who, collect(speaker.name)[0] AS speaker
RETURN dated.value AS when,
       dated.mod AS mod,
       dated.precision AS precision,
       dated.valid_from AS valid_from,
       dated.valid_to AS valid_to,
       dated.date_text AS date_text,
       CASE WHEN kind STARTS WITH 'event' THEN 'event' WHEN kind STARTS WITH 'effect' THEN 'effect' ELSE kind END
         AS kind,
       what,
       coalesce(who, speaker, claim.speaker_name, CASE WHEN kind STARTS WITH 'event' THEN dated.stated_by END) AS who,
       stated_on,
       claim.metric AS metric,
       claim.value AS value,
       claim.unit AS unit,
       claim.approximate AS approximate,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       evidence,
       CASE WHEN kind STARTS WITH 'event' THEN coalesce(dated.status, 'happened') END AS status,
       CASE WHEN kind STARTS WITH 'event' THEN dated.status_cue END AS status_cue,
       total
ORDER BY valid_from, stated_on, published_at, what
