// name: sources
// description: Provenance: the articles and sentences behind the facts about an entity (claims, figures, events, effects), and the articles that only mention it; by publication date; total is how many rows there are in all.
// params: key, since, until, limit
// example: chronicle ask sources Pokrovsk
//
// The window applies to the articles' publication dates. For the sentences behind an effect,
// `chronicle ask sources CAUSE TARGET` shows the evidence of the `effect` query's rows instead.
// Built for entities in most articles too (a country): facts and mentions are read once and grouped by
// article (an article with a fact about the entity is not listed as a bare mention) instead of checking
// every mentioning article against the list of all facts; the articles are sorted holding only
// references, and the sentences' kinds and offsets are read for the first $limit articles only.
MATCH (n:Entity {key: $key})
CALL (n) {
  CALL (n) {
    MATCH (c:Claim)-[:ABOUT]->(n)
    MATCH (c)-[:IN]->(a:Article)
    RETURN a, c.sentence AS sentence, CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c AS fact
    UNION ALL
    MATCH (n)-[:STATED]->(c:Claim)-[:IN]->(a:Article)
    RETURN a, c.sentence AS sentence, 'statement' AS kind, c AS fact
    UNION ALL
    MATCH (:Event)-[r:AT|INVOLVED]->(n)
    MATCH (a:Article {id: r.article})
    RETURN a, r.sentence AS sentence, 'event' AS kind, r AS fact
    UNION ALL
    MATCH (n)-[r:AT|INVOLVED]->(:Entity)
    MATCH (a:Article {id: r.article})
    RETURN a, r.sentence AS sentence, 'event' AS kind, r AS fact
    UNION ALL
    MATCH (n)-[r:AFFECTED]-(:Entity)
    MATCH (a:Article {id: r.article})
    RETURN a, r.evidence AS sentence, 'effect' AS kind, r AS fact
  }
  WITH a, sentence, kind, fact
  WHERE ($since IS NULL OR date(a.published_at) >= $since)
    AND ($until IS NULL OR date(a.published_at) <= $until)
  WITH a, sentence, collect([kind, fact]) AS facts
  RETURN a, collect(facts) AS rows
  UNION ALL
  MATCH (a:Article)-[m:MENTIONS]->(n)
  WHERE ($since IS NULL OR date(a.published_at) >= $since)
    AND ($until IS NULL OR date(a.published_at) <= $until)
  RETURN a, [[['mention', m]]] AS rows
}
// one row per sentence holding facts about the entity, else (the article only mentions it) per mention
WITH n, a, collect(rows) AS found
WITH n, a, CASE WHEN size(found) = 1 THEN found[0] ELSE [rows IN found WHERE rows[0][0][0] <> 'mention'][0] END
           AS rows
ORDER BY a.published_at, a.id
WITH n, collect([a, rows]) AS articles, sum(size(rows)) AS total
WITH n, total, articles[..coalesce($limit, 1000)] AS articles
UNWIND articles AS x
UNWIND x[1] AS facts
WITH n, total, x[0] AS article, facts, count(*) AS copies
// each sentence's kinds and offsets (a claim's span, an effect's start); a mention's first offset
UNWIND facts AS item
WITH n, total, article, facts, item[0] AS kind, item[1] AS fact
WITH n, total, article, facts, kind,
     CASE kind WHEN 'mention' THEN null WHEN 'event' THEN fact.sentence WHEN 'effect' THEN fact.evidence
               ELSE fact.sentence END AS sentence,
     CASE kind WHEN 'mention' THEN fact.first_offset WHEN 'event' THEN null ELSE fact.start END AS start,
     CASE WHEN kind IN ['claim', 'figure', 'statement'] THEN fact.end END AS end
WITH n, total, article, facts, sentence, collect(DISTINCT kind) AS kinds, min(start) AS start, max(end) AS end
OPTIONAL MATCH (article)-[m:MENTIONS]->(n)
RETURN article.published_at AS published_at,
       article.source AS source,
       article.title AS article,
       article.url AS url,
       article.id AS article_id,
       kinds,
       sentence,
       start,
       end,
       m.count AS mentions,
       total
ORDER BY published_at, article_id, start, sentence
LIMIT coalesce($limit, 1000)
