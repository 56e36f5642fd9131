// name: changes
// description: What is new about an entity or a place (and the places inside it) in the articles published since a date: events, claims and figures, grouped by kind (events first), newest report first; an event says whether it is new or seen before, and its status; total is how many there are in all.
// params: key, since, until, limit
// example: chronicle ask changes Pokrovsk --since 2025-06-01
//
// "New" goes by the article's publication date (the transaction side of the record, `recorded_at`),
// else the day it was ingested; $since and $until bound that date, never the date of the fact itself.
// An event is one row however many new articles report it: its newest report, how many new articles
// report it, and `first_seen` = whether no article before $since did. Claims are listed apart from the
// figures read from them (a figure is its own row). Built like `numbers` for places in most articles:
// the facts of the window are found and sorted first, and speakers are read for the first $limit only.
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
CALL (n, subject) {
  MATCH (event:Event)-[r:AT|INVOLVED]->(subject)
  MATCH (article:Article {id: r.article})
  RETURN 'event' AS kind, event AS fact, r, article
  UNION ALL
  MATCH (c:Claim)-[r:ABOUT]->(subject)
  MATCH (c)-[:IN]->(article:Article)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c AS fact, r, article
  UNION ALL
  WITH n, subject WHERE subject = n
  MATCH (n)-[r:STATED]->(c:Claim)
  WHERE NOT (c)-[:ABOUT]->(n)
  MATCH (c)-[:IN]->(article:Article)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c AS fact, r, article
}
WITH kind, fact, r, article, coalesce(date(article.published_at), date(article.ingested_at)) AS reported
WHERE ($since IS NULL OR reported >= $since)
  AND ($until IS NULL OR reported <= $until)
// one row per fact: its newest report in the window (an event reported by several articles, a claim
// reached through two places inside n)
WITH kind, fact, r, article, reported
ORDER BY reported DESC, article.id
WITH kind, fact, collect([r, article, reported]) AS reports
WITH kind, fact, reports[0][0] AS r, reports[0][1] AS article, reports[0][2] AS reported,
     size(reports) AS new_reports
WITH kind, fact, r, article, reported, new_reports,
     CASE kind WHEN 'event' THEN 0 WHEN 'claim' THEN 1 ELSE 2 END AS rank
ORDER BY rank, reported DESC, coalesce(r.valid_from, fact.valid_from) DESC, article.id, fact.start
WITH collect([kind, fact, r, article, reported, new_reports]) AS rows
WITH size(rows) AS total, rows[..coalesce($limit, 1000)] AS rows
UNWIND range(0, size(rows) - 1) AS i
WITH total, i, rows[i][0] AS kind, rows[i][1] AS fact, rows[i][2] AS r, rows[i][3] AS article,
     rows[i][4] AS reported, rows[i][5] AS new_reports
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(fact)
WHERE kind <> 'event'
WITH total, i, kind, fact, r, article, reported, new_reports, collect(speaker.name)[0] AS speaker
RETURN kind,
       reported,
       coalesce(r.value, CASE WHEN kind = 'event' THEN fact.value ELSE fact.stated_value END) AS when,
       r.mod AS mod,
       coalesce(r.valid_from, CASE WHEN kind = 'event' THEN fact.valid_from ELSE fact.stated_on END) AS valid_from,
       coalesce(r.valid_to, CASE WHEN kind = 'event' THEN fact.valid_to ELSE fact.stated_on END) AS valid_to,
       CASE kind WHEN 'event' THEN fact.name ELSE fact.text END AS what,
       CASE kind WHEN 'event' THEN coalesce(r.stated_by, fact.stated_by)
                 ELSE coalesce(speaker, fact.speaker_name) END AS who,
       CASE kind WHEN 'event' THEN coalesce(r.status, fact.status, 'happened') END AS status,
       CASE kind WHEN 'event' THEN NOT EXISTS {
         MATCH (old:Article)-[:MENTIONS]->(fact)
         WHERE coalesce(date(old.published_at), date(old.ingested_at)) < coalesce($since, date('0001-01-01'))
       } END AS first_seen,
       new_reports,
       CASE WHEN kind = 'figure' THEN fact.metric END AS metric,
       CASE WHEN kind = 'figure' THEN fact.value END AS value,
       CASE WHEN kind = 'figure' THEN fact.unit END AS unit,
       CASE WHEN kind = 'figure' THEN fact.approximate END AS approximate,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       coalesce(fact.id, fact.key) AS id,
       coalesce(r.sentence, fact.sentence) AS evidence,
       total
ORDER BY i
LIMIT coalesce($limit, 1000)
