// name: clear_article
// description: Removes what these articles contributed before (mentions, claims, effects, their dated edges), so re-ingesting one replaces instead of adding; returns the keys they mentioned.
// params: ids
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $ids AS id
CALL (id) {
  MATCH ()-[r:AT|INVOLVED|AFFECTED]->()
  WHERE r.article = id
  DELETE r
}
CALL (id) {
  MATCH (:Article {id: id})<-[:IN]-(c:Claim)
  DETACH DELETE c
}
CALL (id) {
  MATCH (:Article {id: id})<-[:IN]-(e:Effect)
  DETACH DELETE e
}
OPTIONAL MATCH (:Article {id: id})-[m:MENTIONS]->(n)
DELETE m
RETURN collect(DISTINCT n.key) AS previous
