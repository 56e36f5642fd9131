// name: search
// description: Claims, figures, events and effects whose words match a full-text query (claim texts, evidence sentences, event names), best match first, with date, speaker, outlet and sentence; total is how many there are in all.
// params: lucene, who_key, about_key, since, until, limit
// example: chronicle search encirclement --about Pokrovsk
//
// Four full-text indexes (cypher/schema.cypher, English analyzer: "encircled" finds "encirclement"):
// claim_texts (Claim text and sentence), event_names (Event name and aliases), evidence_sentences
// (the sentence on AT/INVOLVED edges, the evidence and description on AFFECTED edges) and effect_texts
// (an Effect's cause and effect clauses and sentence, for the effects no AFFECTED edge holds). An event found by
// its name and by several sentences is one row, with its best score and the sentence that matched best.
// A figure is left out when the claim it was read from matched too (it is the same sentence).
// who_key keeps what that speaker stated (claims, figures), took part in or states (events) or claimed
// (effects); about_key keeps what is about that entity or a place inside it. An event's `who` is who
// states it (when not the article itself), else its participants. The window applies to when a claim
// was made, to an event's date and to an effect's date; undated events only show without one.
CALL () {
  CALL db.index.fulltext.queryNodes('claim_texts', $lucene) YIELD node, score
  WITH node AS c, score
  MATCH (c)-[:IN]->(article:Article)
  WITH c, score, article, [(speaker:Entity)-[said:STATED]->(c) | [speaker, said]][0] AS first
  WITH c, score, article, first[0] AS speaker, first[1] AS said
  WHERE ($who_key IS NULL OR speaker.key = $who_key)
    AND ($about_key IS NULL
         OR EXISTS { MATCH (c)-[:ABOUT]->(:Entity)-[:PART_OF*0..3]->(:Entity {key: $about_key}) })
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind,
         c.id AS id,
         score,
         coalesce(said.value, c.stated_value, c.as_of_value) AS when,
         coalesce(said.valid_from, c.stated_on, date(article.published_at)) AS valid_from,
         coalesce(said.valid_to, said.valid_from, c.stated_on, date(article.published_at)) AS valid_to,
         coalesce(speaker.name, c.speaker_name) AS who,
         c.text AS what,
         CASE WHEN c:Quantity THEN c.metric END AS metric,
         CASE WHEN c:Quantity THEN c.value END AS value,
         CASE WHEN c:Quantity THEN c.unit END AS unit,
         null AS status,
         article,
         c.sentence AS evidence,
         c.part_of_claim AS part_of
  UNION ALL
  CALL () {
    CALL db.index.fulltext.queryNodes('event_names', $lucene) YIELD node, score
    OPTIONAL MATCH (node)-[r:AT|INVOLVED]->(:Entity)
    RETURN node AS event, score, r
    UNION ALL
    CALL db.index.fulltext.queryRelationships('evidence_sentences', $lucene) YIELD relationship, score
    WITH relationship AS r, score
    WHERE type(r) IN ['AT', 'INVOLVED']
    MATCH (event:Event)-[r]->(:Entity)
    RETURN event, score, r
  }
  WITH event, score, r
  ORDER BY score DESC, r.valid_from
  WITH event, collect([score, r])[0] AS best
  WITH event, best[0] AS score, best[1] AS r
  WHERE ($who_key IS NULL
         OR EXISTS { MATCH (event)-[:INVOLVED]->(:Entity {key: $who_key}) }
         OR EXISTS { MATCH (w:Entity {key: $who_key})
                     WHERE coalesce(r.stated_by, event.stated_by) IN [w.name] + coalesce(w.aliases, []) })
    AND ($about_key IS NULL OR event.key = $about_key
         OR EXISTS { MATCH (event)-[:AT|INVOLVED]->(:Entity)-[:PART_OF*0..3]->(:Entity {key: $about_key}) })
  OPTIONAL MATCH (edge_article:Article {id: r.article})
  WITH event, score, r, edge_article,
       [(a:Article)-[:MENTIONS]->(event) | a][0] AS any_article
  RETURN 'event' AS kind,
         event.key AS id,
         score,
         coalesce(event.value, r.value) AS when,
         coalesce(event.valid_from, r.valid_from) AS valid_from,
         coalesce(event.valid_to, r.valid_to) AS valid_to,
         coalesce(r.stated_by, event.stated_by,
                  reduce(s = null, name IN [(event)-[:INVOLVED]->(x:Entity) | x.name] |
                         CASE WHEN s IS NULL THEN name ELSE s + ', ' + name END)) AS who,
         event.name AS what,
         null AS metric,
         null AS value,
         null AS unit,
         coalesce(r.status, event.status, 'happened') AS status,
         coalesce(edge_article, any_article) AS article,
         r.sentence AS evidence,
         null AS part_of
  UNION ALL
  CALL db.index.fulltext.queryRelationships('evidence_sentences', $lucene) YIELD relationship, score
  WITH relationship AS r, score
  WHERE type(r) = 'AFFECTED'
  MATCH (cause:Entity)-[r]->(target:Entity)
  WHERE ($who_key IS NULL OR r.claimed_by = $who_key)
    AND ($about_key IS NULL
         OR EXISTS { MATCH (cause)-[:PART_OF*0..3]->(:Entity {key: $about_key}) }
         OR EXISTS { MATCH (target)-[:PART_OF*0..3]->(:Entity {key: $about_key}) })
  OPTIONAL MATCH (article:Article {id: r.article})
  OPTIONAL MATCH (claimer:Entity {key: r.claimed_by})
  RETURN 'effect' AS kind,
         r.claim AS id,
         score,
         r.value AS when,
         coalesce(r.valid_from, r.stated_on, date(article.published_at)) AS valid_from,
         coalesce(r.valid_to, r.valid_from, r.stated_on, date(article.published_at)) AS valid_to,
         claimer.name AS who,
         cause.name + ' → ' + target.name + ': ' + r.description AS what,
         null AS metric,
         null AS value,
         null AS unit,
         null AS status,
         article,
         r.evidence AS evidence,
         null AS part_of
  UNION ALL
  // an effect whose sides do not both name one thing (no AFFECTED edge): its clauses and sentence
  CALL db.index.fulltext.queryNodes('effect_texts', $lucene) YIELD node, score
  WITH node AS e, score
  WHERE (e.cause_key IS NULL OR e.target_key IS NULL OR e.cause_key = e.target_key)
    AND ($who_key IS NULL OR e.claimed_by = $who_key)
    AND ($about_key IS NULL
         OR EXISTS { MATCH (e)-[:EFFECT_ON]->(:Entity)-[:PART_OF*0..3]->(:Entity {key: $about_key}) }
         OR EXISTS { MATCH (e)<-[:CAUSE_OF]-(:Entity)-[:PART_OF*0..3]->(:Entity {key: $about_key}) })
  MATCH (e)-[:IN]->(article:Article)
  OPTIONAL MATCH (claimer:Entity {key: e.claimed_by})
  RETURN 'effect' AS kind,
         e.claim AS id,
         score,
         e.value AS when,
         coalesce(e.valid_from, e.stated_on, date(article.published_at)) AS valid_from,
         coalesce(e.valid_to, e.valid_from, e.stated_on, date(article.published_at)) AS valid_to,
         claimer.name AS who,
         coalesce(e.cause_text + ' → ' + e.effect_text, e.description) AS what,
         null AS metric,
         null AS value,
         null AS unit,
         null AS status,
         article,
         e.evidence AS evidence,
         null AS part_of
}
WITH kind, id, score, when, valid_from, valid_to, who, what, metric, value, unit, status, article, evidence, part_of
WHERE ($since IS NULL OR valid_to >= $since)
  AND ($until IS NULL OR valid_from <= $until)
WITH collect({kind: kind, id: id, score: score, when: when, valid_from: valid_from, valid_to: valid_to, who: who,
              what: what, metric: metric, value: value, unit: unit, status: status, article: article,
              evidence: evidence, part_of: part_of}) AS rows
WITH rows, [row IN rows WHERE row.kind = 'claim' | row.id] AS claims
WITH [row IN rows WHERE NOT (row.kind = 'figure' AND row.part_of IN claims)] AS rows
UNWIND rows AS row
WITH size(rows) AS total, row
ORDER BY row.score DESC, row.valid_from DESC, row.what
LIMIT coalesce($limit, 1000)
WITH total, row, row.article AS article
RETURN row.kind AS kind,
       row.score AS score,
       row.when AS when,
       row.valid_from AS valid_from,
       row.valid_to AS valid_to,
       row.who AS who,
       row.what AS what,
       row.metric AS metric,
       row.value AS value,
       row.unit AS unit,
       row.status AS status,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.url AS url,
       article.id AS article_id,
       row.id AS id,
       row.evidence AS evidence,
       total
ORDER BY score DESC, valid_from DESC, what
