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
// the facts of the window are found and sorted first, and articles and speakers are read for the first
// $limit only (and those tied with the last one).
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
CALL (n, subject) {
  MATCH (event:Event)-[r:AT|INVOLVED]->(subject)
  RETURN 'event' AS kind, event AS fact, r
  UNION ALL
  MATCH (c:Claim)-[r:ABOUT]->(subject)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c AS fact, r
  UNION ALL
  WITH n, subject WHERE subject = n
  MATCH (n)-[r:STATED]->(c:Claim)
  WHERE NOT (c)-[:ABOUT]->(n)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c AS fact, r
}
// the article's date is on the edge (`recorded_at`, its publication date, written with the edge); the
// article itself is read only when the edge has none (an article with no publication date: the day
// it was ingested), and for the rows returned
WITH kind, fact, r,
     coalesce(date(r.recorded_at),
              CASE WHEN kind = 'event'
                   THEN COLLECT { MATCH (a:Article {id: r.article}) RETURN coalesce(date(a.published_at), date(a.ingested_at)) }[0]
                   ELSE COLLECT { MATCH (fact)-[:IN]->(a:Article) RETURN coalesce(date(a.published_at), date(a.ingested_at)) }[0] END)
       AS reported
WHERE ($since IS NULL OR reported >= $since)
  AND ($until IS NULL OR reported <= $until)
// one row per fact: its newest report in the window (an event reported by several articles, a claim
// reached through two places inside n: one article, the same dates)
WITH kind, fact, r, reported
ORDER BY reported DESC, CASE WHEN kind = 'event' THEN r.article END
WITH kind, fact, collect([r, reported]) AS reports
WITH kind, fact, reports[0][0] AS r, reports[0][1] AS reported, size(reports) AS new_reports
WITH kind, fact, r, reported, new_reports, CASE kind WHEN 'event' THEN 0 WHEN 'claim' THEN 1 ELSE 2 END AS rank,
     coalesce(r.valid_from, fact.valid_from) AS valid
ORDER BY rank, reported DESC, valid DESC
WITH collect([kind, fact, r, reported, new_reports, rank, valid]) AS rows
// the first $limit, and any sharing the last one's rank and dates: their article and offset decide
WITH size(rows) AS total, rows, coalesce($limit, 1000) AS first
WITH total, CASE WHEN first < 1 OR size(rows) <= first THEN rows
                 ELSE rows[..first] + [x IN rows[first..] WHERE x[5] = rows[first - 1][5]
                                       AND coalesce(x[3] = rows[first - 1][3], x[3] IS NULL AND rows[first - 1][3] IS NULL)
                                       AND coalesce(x[6] = rows[first - 1][6], x[6] IS NULL AND rows[first - 1][6] IS NULL)]
            END AS rows
UNWIND rows AS row
WITH total, row[0] AS kind, row[1] AS fact, row[2] AS r, row[3] AS reported, row[4] AS new_reports,
     row[5] AS rank, row[6] AS valid
OPTIONAL MATCH (event_article:Article {id: CASE WHEN kind = 'event' THEN r.article END})
OPTIONAL MATCH (fact)-[:IN]->(claim_article:Article)
  WHERE kind <> 'event'
WITH total, kind, fact, r, reported, new_reports, rank, valid, coalesce(event_article, claim_article) AS article
WHERE article IS NOT NULL
WITH total, kind, fact, r, article, reported, new_reports
ORDER BY rank, reported DESC, valid DESC, article.id, fact.start
WITH total, collect([kind, fact, r, article, reported, new_reports]) AS rows
WITH total, rows[..coalesce($limit, 1000)] AS rows
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
