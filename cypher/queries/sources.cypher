// name: sources
// description: Provenance: the articles and sentences behind the facts about an entity (claims, figures, events, effects), and the articles that only mention it; by publication date.
// params: key, since, until, limit
// example: chronicle ask sources Pokrovsk
//
// The window applies to the articles' publication dates. For the sentences behind an effect,
// `chronicle ask sources CAUSE TARGET` shows the evidence of the `effect` query's rows instead.
MATCH (n:Entity {key: $key})
CALL (n) {
  CALL (n) {
    MATCH (c:Claim)-[:ABOUT]->(n)
    MATCH (c)-[:IN]->(a:Article)
    RETURN a, CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, c.sentence AS sentence,
           c.start AS start, c.end AS end
    UNION
    MATCH (n)-[:STATED]->(c:Claim)-[:IN]->(a:Article)
    RETURN a, 'statement' AS kind, c.sentence AS sentence, c.start AS start, c.end AS end
    UNION
    MATCH (:Event)-[r:AT|INVOLVED]->(n)
    MATCH (a:Article {id: r.article})
    RETURN a, 'event' AS kind, r.sentence AS sentence, null AS start, null AS end
    UNION
    MATCH (n)-[r:AT|INVOLVED]->(:Entity)
    MATCH (a:Article {id: r.article})
    RETURN a, 'event' AS kind, r.sentence AS sentence, null AS start, null AS end
    UNION
    MATCH (n)-[r:AFFECTED]-(:Entity)
    MATCH (a:Article {id: r.article})
    RETURN a, 'effect' AS kind, r.evidence AS sentence, r.start AS start, null AS end
  }
  WITH a, sentence, collect(DISTINCT kind) AS kinds, min(start) AS start, max(end) AS end
  RETURN collect({article: a, sentence: sentence, kinds: kinds, start: start, end: end}) AS facts
}
CALL (n, facts) {
  MATCH (a:Article)-[m:MENTIONS]->(n)
  WHERE NOT a IN [f IN facts | f.article]
  RETURN collect({article: a, sentence: null, kinds: ['mention'], start: m.first_offset, end: null,
                  mentions: m.count}) AS mentions
}
UNWIND facts + mentions AS fact
WITH n, fact, fact.article AS article
WHERE ($since IS NULL OR date(article.published_at) >= $since)
  AND ($until IS NULL OR date(article.published_at) <= $until)
OPTIONAL MATCH (article)-[m:MENTIONS]->(n)
RETURN article.published_at AS published_at,
       article.source AS source,
       article.title AS article,
       article.url AS url,
       article.id AS article_id,
       fact.kinds AS kinds,
       fact.sentence AS sentence,
       fact.start AS start,
       fact.end AS end,
       m.count AS mentions
ORDER BY published_at, article_id, start, sentence
LIMIT coalesce($limit, 1000)
