// name: claims
// description: Who said what about an entity (and what it said itself), when it was said, in which article; oldest first; total is how many there are in all.
// params: key, since, until, limit
// example: chronicle ask claims Pokrovsk --since 2025-01-01
//
// A figure (Quantity) is listed only when the claim it was read from is not listed already.
// The window applies to when the claim was made (its statement date, else the article's date).
// Built for entities in most articles too (a country): whether a figure's claim is listed already is
// looked up by that claim's id (not searched for in the list of all claims), and the rows are sorted
// before the texts are read.
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (c:Claim)-[:ABOUT]->(n)
  RETURN c, 'about' AS role
  UNION ALL
  MATCH (n)-[:STATED]->(c:Claim)
  WHERE NOT (c)-[:ABOUT]->(n)
  RETURN c, 'by' AS role
}
WITH n, c, role
WHERE c.part_of_claim IS NULL
   OR NOT EXISTS { MATCH (parent:Claim {id: c.part_of_claim}) WHERE (parent)-[:ABOUT]->(n) OR (n)-[:STATED]->(parent) }
MATCH (c)-[:IN]->(article:Article)
WITH c, role, article, [(speaker:Entity)-[said:STATED]->(c) | [speaker, said]][0] AS first
WITH c, role, article, first[0] AS speaker, first[1] AS said
WITH c, role, article, speaker, said,
     coalesce(said.valid_from, c.stated_on, date(article.published_at)) AS said_from,
     coalesce(said.valid_to, said.valid_from, c.stated_on, date(article.published_at)) AS said_to
WHERE ($since IS NULL OR said_to >= $since)
  AND ($until IS NULL OR said_from <= $until)
WITH c, role, article, speaker, said, said_from, said_to, article.published_at AS published_at
ORDER BY said_from, published_at
WITH collect([c, role, article, speaker, said, said_from, said_to, published_at]) AS rows
// the first $limit by date, and any on the last one's dates (their article and offset decide)
WITH size(rows) AS total, rows, coalesce($limit, 1000) AS first
WITH total, rows, first, CASE WHEN first >= 1 AND size(rows) > first THEN rows[first - 1] END AS last
UNWIND CASE WHEN last IS NULL THEN rows
            ELSE rows[..first] + [x IN rows[first..] WHERE coalesce(x[5] = last[5], x[5] IS NULL AND last[5] IS NULL)
                                                       AND coalesce(x[7] = last[7], x[7] IS NULL AND last[7] IS NULL)]
       END AS row
// (grouping by the row leaves the list behind, so the sort below holds small rows)
WITH total, row[0] AS c, row[1] AS role, row[2] AS article, row[3] AS speaker, row[4] AS said,
     row[5] AS said_from, row[6] AS said_to, count(*) AS copies
RETURN coalesce(said.value, c.stated_value, c.as_of_value) AS said,
       said.mod AS mod,
       coalesce(said.precision, c.stated_precision, c.precision) AS precision,
       said_from,
       said_to,
       c.stated_basis = 'publication' AS said_on_publication,
       c.about_value AS about_when,
       CASE WHEN c:Quantity THEN 'figure' ELSE c.kind END AS kind,
       role,
       coalesce(speaker.name, c.speaker_name) AS who,
       c.text AS what,
       c.metric AS metric,
       c.value AS value,
       c.unit AS unit,
       article.source AS source,
       article.title AS article,
       article.published_at AS published_at,
       article.id AS article_id,
       c.id AS claim_id,
       c.sentence AS evidence,
       total
ORDER BY said_from, published_at, article_id, c.start
LIMIT coalesce($limit, 1000)
