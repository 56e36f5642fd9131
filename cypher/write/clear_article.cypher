// name: clear_article
// description: Removes what an article contributed before (mentions, claims, its dated edges), so re-ingesting it replaces instead of adding; returns the keys it mentioned.
// params: id
CALL () {
  MATCH ()-[r:AT|INVOLVED|AFFECTED]->()
  WHERE r.article = $id
  DELETE r
}
OPTIONAL MATCH (a:Article {id: $id})-[m:MENTIONS]->(n)
WITH collect(n.key) AS previous, collect(m) AS mentions
FOREACH (m IN mentions | DELETE m)
WITH previous
OPTIONAL MATCH (:Article {id: $id})<-[:IN]-(c:Claim)
DETACH DELETE c
RETURN DISTINCT previous
