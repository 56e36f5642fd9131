// name: numbers
// description: A figure's history for a place or actor (and the places inside it): each value with its as-of date, who gave it and the article, oldest first.
// params: key, metric, since, until, limit
// example: chronicle ask numbers Pokrovsk --metric troops
//
// $metric (optional) keeps figures whose metric contains it, case-insensitive ("troops" finds
// "Russian troops"). A figure without an as-of date is placed at its article's date (dated = false).
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
MATCH (q:Quantity)-[r:ABOUT]->(subject)
WHERE $metric IS NULL OR toLower(q.metric) CONTAINS toLower($metric)
MATCH (q)-[:IN]->(article:Article)
WITH subject, q, r, article,
     coalesce(r.valid_from, date(article.published_at)) AS from,
     coalesce(r.valid_to, r.valid_from, date(article.published_at)) AS to
WHERE ($since IS NULL OR to >= $since)
  AND ($until IS NULL OR from <= $until)
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(q)
WITH subject, q, r, article, from, to, collect(speaker.name)[0] AS speaker
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
       q.sentence AS evidence
ORDER BY valid_from, published_at, subject, metric
LIMIT coalesce($limit, 1000)
