// name: numbers
// description: A figure's history for a place or actor (and the places inside it): each value with its as-of date, who gave it and the article, oldest first; total is how many there are in all.
// params: key, metric, since, until, limit
// example: chronicle ask numbers Pokrovsk --metric troops
//
// $metric (optional) keeps figures whose metric contains it, case-insensitive ("troops" finds
// "Russian troops"). A figure without an as-of date is placed at its article's date (dated = false).
// Built for places in most articles too (a country): the figures are sorted first, and who gave them
// is read for the first $limit only.
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
MATCH (q:Quantity)-[r:ABOUT]->(subject)
WHERE $metric IS NULL OR toLower(q.metric) CONTAINS toLower($metric)
MATCH (q)-[:IN]->(article:Article)
// (a figure reached through two paths to its place is listed once)
WITH DISTINCT subject, q, r, article
WITH subject, q, r, article,
     coalesce(r.valid_from, date(article.published_at)) AS from,
     coalesce(r.valid_to, r.valid_from, date(article.published_at)) AS to
WHERE ($since IS NULL OR to >= $since)
  AND ($until IS NULL OR from <= $until)
WITH subject, q, r, article, from, to
ORDER BY from, article.published_at, subject.name, q.metric
WITH collect([subject, q, r, article, from, to]) AS rows
WITH size(rows) AS total, rows[..coalesce($limit, 1000)] AS rows
UNWIND rows AS row
WITH total, row[0] AS subject, row[1] AS q, row[2] AS r, row[3] AS article, row[4] AS from, row[5] AS to
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(q)
WITH total, subject, q, r, article, from, to, collect(speaker.name)[0] AS speaker
RETURN r.value AS when,
       r.mod AS mod,
       r.precision AS precision,
       from AS valid_from,
       to AS valid_to,
       r.valid_from IS NOT NULL AS dated,
       subject.name AS subject,
       q.metric AS metric,
       q.value AS value,
       q.unit AS unit,
       q.approximate AS approximate,
       coalesce(speaker, q.speaker_name) AS who,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       q.id AS claim_id,
       q.sentence AS evidence,
       total
ORDER BY valid_from, published_at, subject, metric
LIMIT coalesce($limit, 1000)
