// name: starter
// description: The place with the most events (then mentions) and the event most articles mention, to make Neo4j Browser's starter queries concrete.
// params:
CALL () {
  MATCH (p:Place)
  RETURN p.name AS place
  ORDER BY COUNT { (:Event)-[:AT]->(p) } DESC, COUNT { ()-[:MENTIONS]->(p) } DESC, p.name
  LIMIT 1
}
CALL () {
  MATCH (e:Event)
  RETURN e.name AS event ORDER BY COUNT { ()-[:MENTIONS]->(e) } DESC, e.name LIMIT 1
}
RETURN place, event
