// name: claims
// description: Who said what about an entity (and what it said itself), when it was said, in which article; oldest first.
// params: key, since, until, limit
// example: chronicle ask claims Pokrovsk --since 2025-01-01
//
// A figure (Quantity) is listed only when the claim it was read from is not listed already.
// The window applies to when the claim was made (its statement date, else the article's date).
MATCH (n:Entity {key: $key})
CALL (n) {
  MATCH (c:Claim)-[:ABOUT]->(n)
  RETURN c, 'about' AS role
  UNION
  MATCH (n)-[:STATED]->(c:Claim)
  RETURN c, 'by' AS role
}
WITH c, collect(role) AS roles
WITH collect({claim: c, role: CASE WHEN 'about' IN roles THEN 'about' ELSE 'by' END}) AS found
WITH found, [f IN found | f.claim.id] AS ids
UNWIND [f IN found WHERE NOT f.claim.part_of_claim IN ids OR f.claim.part_of_claim IS NULL] AS f
WITH f.claim AS c, f.role AS role
MATCH (c)-[:IN]->(article:Article)
OPTIONAL MATCH (speaker:Entity)-[said:STATED]->(c)
WITH c, role, article, collect(speaker)[0] AS speaker, collect(said)[0] AS said
WITH c, role, article, speaker, said,
     coalesce(said.valid_from, c.stated_on, date(article.published_at)) AS said_from,
     coalesce(said.valid_to, said.valid_from, c.stated_on, date(article.published_at)) AS said_to
WHERE ($since IS NULL OR said_to >= $since)
  AND ($until IS NULL OR said_from <= $until)
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
       c.sentence AS evidence
ORDER BY said_from, published_at, article_id, c.start
LIMIT coalesce($limit, 1000)
