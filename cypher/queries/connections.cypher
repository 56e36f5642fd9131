// name: connections
// description: How two entities are linked: the shortest paths between them through events, effects, claims and places (at most 6 steps), each step with its evidence and articles.
// params: a_key, b_key, since, until, limit
// example: chronicle ask connections "Oleksandr Syrskyi" "Kursk operation"
//
// Paths use the relationships that carry meaning: AFFECTED, AT, INVOLVED, PART_OF, and STATED/ABOUT
// through a Claim (so "X said something about Y" is two steps). MENTIONS, IN and PUBLISHED are left out:
// through an Article hub everything in one article would be "connected" in two steps and say nothing.
// A step dated outside the window is not used; undated steps (PART_OF) always are.
MATCH (a:Entity {key: $a_key})
MATCH (b:Entity {key: $b_key})
MATCH path = allShortestPaths((a)-[:AFFECTED|AT|INVOLVED|PART_OF|STATED|ABOUT*..6]-(b))
WHERE all(r IN relationships(path) WHERE r.valid_from IS NULL
          OR (($since IS NULL OR r.valid_to >= $since) AND ($until IS NULL OR r.valid_from <= $until)))
  AND all(x IN nodes(path) WHERE x:Entity OR (x:Claim AND NOT (x:Quantity AND x.part_of_claim IS NOT NULL)))
WITH path, nodes(path) AS ns, relationships(path) AS rs
WITH path, ns, rs,
     [x IN ns | CASE WHEN x:Claim THEN '"' + left(x.text, 80) + CASE WHEN size(x.text) > 80 THEN '…"' ELSE '"' END
                     ELSE x.name END] AS names
WITH path, ns, rs, names,
     reduce(text = names[0], i IN range(0, size(rs) - 1) |
            text + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -' + type(rs[i]) + '-> '
                        ELSE ' <-' + type(rs[i]) + '- ' END + names[i + 1]) AS route,
     [x IN ns WHERE x:Claim | x.sentence] + [r IN rs WHERE r.sentence IS NOT NULL | r.sentence]
       + [r IN rs WHERE r.evidence IS NOT NULL | r.evidence] AS sentences,
     [r IN rs WHERE r.article IS NOT NULL | r.article]
       + [x IN ns WHERE x:Claim | [(x)-[:IN]->(art:Article) | art.id][0]] AS article_ids,
     [r IN rs WHERE r.valid_from IS NOT NULL | r.valid_from] AS dates
CALL (article_ids) {
  UNWIND article_ids AS id
  WITH DISTINCT id
  MATCH (article:Article {id: id})
  RETURN collect(coalesce(article.source, 'unknown outlet')
                 + coalesce(', ' + toString(date(article.published_at)), '')) AS sources
}
WITH route, length(path) AS hops, [x IN ns | coalesce(x.name, x.id)] AS nodes,
     [r IN rs | type(r)] AS relationships, dates, sentences, sources
UNWIND (CASE WHEN dates = [] THEN [null] ELSE dates END) AS date
UNWIND (CASE WHEN sentences = [] THEN [null] ELSE sentences END) AS sentence
UNWIND (CASE WHEN sources = [] THEN [null] ELSE sources END) AS source
WITH route, hops, nodes, relationships, min(date) AS first_date, max(date) AS last_date,
     collect(DISTINCT sentence) AS evidence, collect(DISTINCT source) AS sources
RETURN hops, route, nodes, relationships, first_date, last_date, evidence, sources
ORDER BY hops, first_date, route
LIMIT coalesce($limit, 20)
