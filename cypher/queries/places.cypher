// name: places
// description: The places inside a place that the graph holds (districts, towns, villages at any depth of its PART_OF chain), most reported first: kind, the place each lies in directly, how many articles mention it, when it was last reported, how many events happened at or involved it and how many claims are about it; total is how many there are in all.
// params: key, limit
// example: chronicle ask places "Donetsk Oblast"
//
// "Everything in Donetsk Oblast" is one query: village -> district (raion) -> region -> country, so a
// village four steps down is found as surely as a town inside the region. A district no article names
// is still listed (the towns in it are), with 0 articles.
MATCH (top:Entity {key: $key})
MATCH path = (inner:Place)-[:PART_OF*1..4]->(top)
WITH inner, min(length(path)) AS depth
CALL (inner) {
  OPTIONAL MATCH (inner)-[:PART_OF]->(parent:Entity)
  RETURN min(parent.name) AS within
}
CALL (inner) {
  OPTIONAL MATCH (article:Article)-[:MENTIONS]->(inner)
  RETURN count(DISTINCT article) AS articles,
         max(coalesce(date(article.published_at), date(article.ingested_at))) AS last_reported
}
WITH inner, depth, within, articles, last_reported
ORDER BY articles DESC, depth, inner.name
WITH collect([inner, depth, within, articles, last_reported]) AS found
WITH size(found) AS total, found[..coalesce($limit, 1000)] AS found
UNWIND found AS row
WITH total, row[0] AS inner, row[1] AS depth, row[2] AS within, row[3] AS articles, row[4] AS last_reported
RETURN inner.name AS place,
       inner.place_kind AS kind,
       depth,
       within,
       articles,
       last_reported,
       COUNT { (inner)<-[:AT|INVOLVED]-(:Event) } AS events,
       COUNT { (inner)<-[:ABOUT]-(:Claim) } AS claims,
       inner.key AS key,
       total
