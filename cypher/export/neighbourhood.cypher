// name: neighbourhood
// description: The neighbourhood of one entity within a window, for an export: the claims, events, effects and places around it (one step), their speakers, participants, places, other subjects and articles (a second step from claims and events only), and the relationships among all of these, with their properties.
// params: key, since, until
// example: chronicle export Pokrovsk --since 2025-01-01 -o pokrovsk.graphml
//
// A dated relationship counts when its dates overlap the window; an undated claim counts by its
// statement date, else its article's. Places, people and organisations are not walked through (a
// country would bring in the whole graph), and MENTIONS/PUBLISHED are left out: IN links each claim to
// its article, and every dated edge names its article in `article`.
MATCH (n:Entity {key: $key})
OPTIONAL MATCH (n)-[r1:ABOUT|STATED|AT|INVOLVED|AFFECTED|PART_OF]-(m)
OPTIONAL MATCH (m:Claim)-[:IN]->(claim_article:Article)
WITH n, r1, m, coalesce(r1.valid_from, m.stated_on, date(claim_article.published_at)) AS from,
     coalesce(r1.valid_to, r1.valid_from, m.stated_on, date(claim_article.published_at)) AS to
WHERE r1 IS NULL
   OR (($since IS NULL OR to IS NULL OR to >= $since) AND ($until IS NULL OR from IS NULL OR from <= $until))
WITH n, collect(DISTINCT m) AS first
WITH n, [x IN first WHERE x IS NOT NULL] AS first
UNWIND CASE WHEN size(first) = 0 THEN [null] ELSE first END AS m
OPTIONAL MATCH (m)-[r2:ABOUT|STATED|AT|INVOLVED|AFFECTED|IN]-(o)
  WHERE (m:Claim OR m:Event)
    AND ($since IS NULL OR r2.valid_to IS NULL OR r2.valid_to >= $since)
    AND ($until IS NULL OR r2.valid_from IS NULL OR r2.valid_from <= $until)
WITH n, first, collect(DISTINCT o) AS second
WITH [n] + first + [x IN second WHERE NOT x IN first AND x <> n] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:ABOUT|STATED|AT|INVOLVED|AFFECTED|IN|PART_OF]->(b)
  WHERE b IN nodes
    AND ($since IS NULL OR r.valid_to IS NULL OR r.valid_to >= $since)
    AND ($until IS NULL OR r.valid_from IS NULL OR r.valid_from <= $until)
WITH nodes, collect(DISTINCT r) AS rels
RETURN [x IN nodes | {
          id: CASE WHEN x:Entity THEN x.key WHEN x:Article THEN 'article:' + x.id WHEN x:Claim THEN 'claim:' + x.id
                   WHEN x:Source THEN 'source:' + x.name ELSE elementId(x) END,
          labels: labels(x), props: properties(x)}] AS nodes,
       [r IN rels | {
          source: CASE WHEN startNode(r):Entity THEN startNode(r).key WHEN startNode(r):Article THEN 'article:' + startNode(r).id
                       WHEN startNode(r):Claim THEN 'claim:' + startNode(r).id ELSE elementId(startNode(r)) END,
          target: CASE WHEN endNode(r):Entity THEN endNode(r).key WHEN endNode(r):Article THEN 'article:' + endNode(r).id
                       WHEN endNode(r):Claim THEN 'claim:' + endNode(r).id ELSE elementId(endNode(r)) END,
          type: type(r), props: properties(r)}] AS edges
