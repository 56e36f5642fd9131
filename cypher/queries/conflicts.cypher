// name: conflicts
// description: Figures that disagree: the same metric about the same place or subject (or one inside it), different values for overlapping dates (lower value first), each with its source and date; total is how many pairs there are in all.
// params: key, window_days, since, until, limit
// example: chronicle ask conflicts Pokrovsk
//
// Metrics match tolerantly: lower case, the last word compared without a plural "s", and the words
// before it must be equal unless one side has none ("Russian troops" = "troops" != "North Korean troops").
// Figures conflict when their as-of intervals (the article's date when a figure has none) overlap or lie
// within $window_days days (default 7) of each other: 70,000 in December and 110,000 in June is a change,
// not a disagreement (see `numbers`).
// Built for places in most articles too (a country): figures are not paired with every other figure of
// their metric, only with those starting in the weeks their own interval (plus the window) covers
// (each figure listed under the weeks it reaches, and under the week it starts); articles and speakers
// are read for the pairs returned only.
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
MATCH (q:Quantity)-[r:ABOUT]->(subject)
WITH subject, q, r, [w IN split(toLower(trim(q.metric)), ' ') WHERE w <> ''] AS words
WITH subject, q, r, words[..-1] AS qualifiers,
     CASE WHEN last(words) ENDS WITH 's' THEN left(last(words), size(last(words)) - 1) ELSE last(words) END AS head,
     coalesce(r.valid_from, date(r.recorded_at)) AS from,
     coalesce(r.valid_to, r.valid_from, date(r.recorded_at)) AS to,
     duration({days: coalesce($window_days, 7)}) AS slack
WHERE from IS NOT NULL
// weeks numbered across years (53 a year): a figure is paired with those starting in the same week
// and with those listed as reaching it, from earlier weeks up to their end plus the window
WITH subject, head, slack,
     {q: q, r: r, qualifiers: qualifiers, from: from, to: to, unit: coalesce(q.unit, ''), value: q.value} AS figure,
     from.year * 53 + (from.ordinalDay - 1) / 7 AS week,
     (to + slack).year * 53 + ((to + slack).ordinalDay - 1) / 7 AS reach
UNWIND [[week, false]] + [w IN range(week + 1, reach) | [w, true]] AS listed
WITH subject, head, slack, listed[0] AS week, figure.unit AS unit,
     collect(CASE WHEN listed[1] THEN figure END) AS earlier,
     collect(CASE WHEN NOT listed[1] THEN figure END) AS starting
UNWIND range(0, size(starting) - 1) AS i
WITH subject, slack, starting[i] AS y, earlier + starting[..i] AS others
UNWIND others AS x
WITH subject, slack, x, y
WHERE x.value <> y.value
WITH subject, slack, CASE WHEN x.value < y.value THEN x ELSE y END AS a, CASE WHEN x.value < y.value THEN y ELSE x END AS b
WHERE a.value < b.value
  AND (a.qualifiers = b.qualifiers OR size(a.qualifiers) = 0 OR size(b.qualifiers) = 0)
  AND a.from <= b.to + slack AND b.from <= a.to + slack
  AND ($since IS NULL OR (a.to >= $since AND b.to >= $since))
  AND ($until IS NULL OR (a.from <= $until AND b.from <= $until))
// (a pair found twice, through two paths to its place, is listed once; grouping also leaves the lists
// behind, so the sort holds small rows)
WITH subject.name AS subject, a, b, count(*) AS copies
ORDER BY subject, a.from, b.from, a.value
WITH collect([subject, a, b]) AS pairs
WITH size(pairs) AS total, pairs[..coalesce($limit, 1000)] AS pairs
UNWIND pairs AS pair
WITH total, pair[0] AS subject, pair[1] AS a, pair[2] AS b, pair[1].q AS qa, pair[2].q AS qb
MATCH (qa)-[:IN]->(article_a:Article)
MATCH (qb)-[:IN]->(article_b:Article)
OPTIONAL MATCH (who_a:Entity)-[:STATED]->(qa)
OPTIONAL MATCH (who_b:Entity)-[:STATED]->(qb)
WITH total, subject, a, b, qa, qb, article_a, article_b,
     coalesce(collect(who_a.name)[0], qa.speaker_name) AS who_a,
     coalesce(collect(who_b.name)[0], qb.speaker_name) AS who_b
RETURN subject,
       qa.metric AS metric_a,
       qa.value AS value_a,
       qa.approximate AS approximate_a,
       a.r.value AS when_a,
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
       b.r.value AS when_b,
       b.from AS from_b,
       b.to AS to_b,
       who_b,
       article_b.source AS source_b,
       article_b.title AS article_b,
       article_b.published_at AS published_b,
       article_b.id AS article_id_b,
       qb.sentence AS evidence_b,
       qb.value - qa.value AS difference,
       total
ORDER BY subject, from_a, from_b, value_a
LIMIT coalesce($limit, 1000)
