// name: conflicts
// description: Figures that disagree: the same metric about the same place or subject (or one inside it), different values for overlapping dates (lower value first), each with its source and date.
// params: key, window_days, since, until, limit
// example: chronicle ask conflicts Pokrovsk
//
// Metrics match tolerantly: lower case, the last word compared without a plural "s", and the words
// before it must be equal unless one side has none ("Russian troops" = "troops" != "North Korean troops").
// Figures conflict when their as-of intervals (the article's date when a figure has none) overlap or lie
// within $window_days days (default 7) of each other: 70,000 in December and 110,000 in June is a change,
// not a disagreement (see `numbers`).
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
MATCH (q:Quantity)-[r:ABOUT]->(subject)
WITH subject, q, r, [w IN split(toLower(trim(q.metric)), ' ') WHERE w <> ''] AS words
WITH subject, q, r, words[..-1] AS qualifiers,
     CASE WHEN last(words) ENDS WITH 's' THEN left(last(words), size(last(words)) - 1) ELSE last(words) END AS head,
     coalesce(r.valid_from, date(r.recorded_at)) AS from,
     coalesce(r.valid_to, r.valid_from, date(r.recorded_at)) AS to
WITH subject, head, collect({q: q, qualifiers: qualifiers, from: from, to: to}) AS figures
UNWIND figures AS a
UNWIND figures AS b
WITH subject, a, b, duration({days: coalesce($window_days, 7)}) AS slack
WHERE a.q.value < b.q.value
  AND coalesce(a.q.unit, '') = coalesce(b.q.unit, '')
  AND (a.qualifiers = b.qualifiers OR size(a.qualifiers) = 0 OR size(b.qualifiers) = 0)
  AND a.from <= b.to + slack AND b.from <= a.to + slack
  AND ($since IS NULL OR (a.to >= $since AND b.to >= $since))
  AND ($until IS NULL OR (a.from <= $until AND b.from <= $until))
WITH subject, a, b, a.q AS qa, b.q AS qb
MATCH (qa)-[:IN]->(article_a:Article)
MATCH (qb)-[:IN]->(article_b:Article)
OPTIONAL MATCH (who_a:Entity)-[:STATED]->(qa)
OPTIONAL MATCH (who_b:Entity)-[:STATED]->(qb)
WITH subject, a, b, qa, qb, article_a, article_b,
     coalesce(collect(who_a.name)[0], qa.speaker_name) AS who_a,
     coalesce(collect(who_b.name)[0], qb.speaker_name) AS who_b
OPTIONAL MATCH (qa)-[dated_a:ABOUT]->(subject)
OPTIONAL MATCH (qb)-[dated_b:ABOUT]->(subject)
RETURN subject.name AS subject,
       qa.metric AS metric_a,
       qa.value AS value_a,
       qa.approximate AS approximate_a,
       dated_a.value AS when_a,
       a.from AS from_a,
       a.to AS to_a,
       who_a,
       article_a.source AS source_a,
       article_a.title AS article_a,
       article_a.published_at AS published_a,
       article_a.id AS article_id_a,
       qa.sentence AS evidence_a,
       qb.metric AS metric_b,
       qb.value AS value_b,
       qb.approximate AS approximate_b,
       dated_b.value AS when_b,
       b.from AS from_b,
       b.to AS to_b,
       who_b,
       article_b.source AS source_b,
       article_b.title AS article_b,
       article_b.published_at AS published_b,
       article_b.id AS article_id_b,
       qb.sentence AS evidence_b,
       qb.value - qa.value AS difference
ORDER BY subject, from_a, from_b, value_a
LIMIT coalesce($limit, 1000)
