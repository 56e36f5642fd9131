// name: clear_article
// description: Removes what these articles contributed before (mentions, claims, effects, their dated edges), so re-ingesting one replaces instead of adding; returns the keys they mentioned.
// params: ids
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $ids AS id
// each type's edges by an index seek on the article, by hint (a plan kept from an empty graph must
// not scan an index of every dated edge for each article)
CALL (id) {
  MATCH ()-[r:AT]->() USING INDEX SEEK r:AT(article) WHERE r.article = id
  DELETE r
}
CALL (id) {
  MATCH ()-[r:INVOLVED]->() USING INDEX SEEK r:INVOLVED(article) WHERE r.article = id
  DELETE r
}
CALL (id) {
  MATCH ()-[r:AFFECTED]->() USING INDEX SEEK r:AFFECTED(article) WHERE r.article = id
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
