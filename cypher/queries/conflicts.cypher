// name: conflicts
// description: Figures that disagree: the same metric about the same place or subject (or one inside it), different values for overlapping dates (lower value first), each with its source and date and how many articles reported it; total is how many disagreements there are in all.
// params: key, window_days, since, until, limit
// example: chronicle ask conflicts Pokrovsk
//
// Metrics match tolerantly: lower case, the last word compared without a plural "s", and the words
// before it must be equal unless one side has none ("Russian troops" = "troops" != "North Korean troops").
// Figures conflict when their as-of intervals (the article's date when a figure has none) overlap or lie
// within $window_days days (default 7) of each other: 70,000 in December and 110,000 in June is a change,
// not a disagreement (see `numbers`).
// A side is a reported value, not one figure: figures with the same subject, metric words, unit, value
// and as-of interval (one story told by several articles) are one side, with all their reports (the
// first published is shown, `reports` counts them, `article_ids` lists their articles). So a row is
// one disagreement however many outlets repeat each value, and the work grows with the distinct
// values, not with the square of the copies.
// Built for places in most articles too (a country): each place is read once, and values are not
// paired with every other value of their metric, only with those starting in the weeks their own
// interval (plus the window) covers (each listed under the weeks it reaches, and under the week it
// starts, so a pair is found once); articles and speakers are read for the pairs returned only.
MATCH (n:Entity {key: $key})
MATCH (subject:Entity)-[:PART_OF*0..3]->(n)
WITH DISTINCT subject
MATCH (q:Quantity)-[r:ABOUT]->(subject)
WITH subject, q, r, [w IN split(toLower(trim(q.metric)), ' ') WHERE w <> ''] AS words
WITH subject, q, r, words[..-1] AS qualifiers,
     CASE WHEN last(words) ENDS WITH 's' THEN left(last(words), size(last(words)) - 1) ELSE last(words) END AS head,
     coalesce(r.valid_from, date(r.recorded_at)) AS from,
     coalesce(r.valid_to, r.valid_from, date(r.recorded_at)) AS to
WHERE from IS NOT NULL
WITH subject, head, qualifiers, coalesce(q.unit, '') AS unit, q.value AS value, from, to,
     collect([q, r]) AS reports
WITH subject, head, duration({days: coalesce($window_days, 7)}) AS slack,
     {reports: reports, qualifiers: qualifiers, from: from, to: to, unit: unit, value: value} AS figure
// weeks numbered across years (53 a year): a value is paired with those starting in the same week
// and with those listed as reaching it, from earlier weeks up to their end plus the window
WITH subject, head, slack, figure,
     figure.from.year * 53 + (figure.from.ordinalDay - 1) / 7 AS week,
     (figure.to + slack).year * 53 + ((figure.to + slack).ordinalDay - 1) / 7 AS reach
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
WITH subject.name AS subject, a, b
ORDER BY subject, a.from, b.from, a.value, b.value, a.to, b.to, a.qualifiers, b.qualifiers
WITH collect([subject, a, b]) AS pairs
WITH size(pairs) AS total, pairs[..coalesce($limit, 1000)] AS pairs
UNWIND range(0, size(pairs) - 1) AS i
WITH total, i, pairs[i][0] AS subject, pairs[i][1] AS a, pairs[i][2] AS b
// each side's reports in publication order: the first is shown, the others counted
CALL (a) {
  UNWIND a.reports AS report
  WITH report[0] AS q, report[1] AS r
  MATCH (q)-[:IN]->(article:Article)
  WITH q, r, article ORDER BY article.published_at, article.id, q.start
  RETURN collect([q, r, article]) AS seen_a
}
CALL (b) {
  UNWIND b.reports AS report
  WITH report[0] AS q, report[1] AS r
  MATCH (q)-[:IN]->(article:Article)
  WITH q, r, article ORDER BY article.published_at, article.id, q.start
  RETURN collect([q, r, article]) AS seen_b
}
WITH total, i, subject, a, b, seen_a[0][0] AS qa, seen_a[0][1] AS ra, seen_a[0][2] AS article_a,
     seen_b[0][0] AS qb, seen_b[0][1] AS rb, seen_b[0][2] AS article_b, size(seen_a) AS reports_a,
     size(seen_b) AS reports_b, [x IN seen_a | x[2].id] AS ids_a, [x IN seen_b | x[2].id] AS ids_b
OPTIONAL MATCH (who_a:Entity)-[:STATED]->(qa)
WITH total, i, subject, a, b, qa, ra, article_a, qb, rb, article_b, reports_a, reports_b, ids_a, ids_b,
     coalesce(collect(who_a.name)[0], qa.speaker_name) AS who_a
OPTIONAL MATCH (who_b:Entity)-[:STATED]->(qb)
WITH total, i, subject, a, b, qa, ra, article_a, qb, rb, article_b, reports_a, reports_b, ids_a, ids_b, who_a,
     coalesce(collect(who_b.name)[0], qb.speaker_name) AS who_b
RETURN subject,
       qa.metric AS metric_a,
       qa.value AS value_a,
       qa.approximate AS approximate_a,
       ra.value AS when_a,
       a.from AS from_a,
       a.to AS to_a,
       who_a,
       article_a.source AS source_a,
       article_a.title AS article_a,
       article_a.published_at AS published_a,
       article_a.id AS article_id_a,
       qa.sentence AS evidence_a,
       reports_a,
       reduce(ids = [], id IN ids_a | CASE WHEN id IN ids THEN ids ELSE ids + id END) AS article_ids_a,
       qb.metric AS metric_b,
       qb.value AS value_b,
       qb.approximate AS approximate_b,
       rb.value AS when_b,
       b.from AS from_b,
       b.to AS to_b,
       who_b,
       article_b.source AS source_b,
       article_b.title AS article_b,
       article_b.published_at AS published_b,
       article_b.id AS article_id_b,
       qb.sentence AS evidence_b,
       reports_b,
       reduce(ids = [], id IN ids_b | CASE WHEN id IN ids THEN ids ELSE ids + id END) AS article_ids_b,
       qb.value - qa.value AS difference,
       total
ORDER BY i
LIMIT coalesce($limit, 1000)
