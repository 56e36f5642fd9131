// name: stats
// description: What the graph holds: nodes by label, relationships by type (from the count store), articles by source, and how many events and claims carry a date.
// params:
// example: chronicle ask stats
//
// The labels and types are the graph model's (DESIGN.md), listed one by one so every count comes from
// Neo4j's count store instead of a scan.
CALL () {
  MATCH (n:Article) WITH count(n) AS count RETURN 'node' AS kind, 'Article' AS name, count
  UNION ALL
  MATCH (n:Source) WITH count(n) AS count RETURN 'node' AS kind, 'Source' AS name, count
  UNION ALL
  MATCH (n:Entity) WITH count(n) AS count RETURN 'node' AS kind, 'Entity' AS name, count
  UNION ALL
  MATCH (n:Person) WITH count(n) AS count RETURN 'node' AS kind, 'Person' AS name, count
  UNION ALL
  MATCH (n:Organization) WITH count(n) AS count RETURN 'node' AS kind, 'Organization' AS name, count
  UNION ALL
  MATCH (n:Place) WITH count(n) AS count RETURN 'node' AS kind, 'Place' AS name, count
  UNION ALL
  MATCH (n:Event) WITH count(n) AS count RETURN 'node' AS kind, 'Event' AS name, count
  UNION ALL
  MATCH (n:Claim) WITH count(n) AS count RETURN 'node' AS kind, 'Claim' AS name, count
  UNION ALL
  MATCH (n:Quantity) WITH count(n) AS count RETURN 'node' AS kind, 'Quantity' AS name, count
  UNION ALL
  MATCH (n:Effect) WITH count(n) AS count RETURN 'node' AS kind, 'Effect' AS name, count
  UNION ALL
  MATCH ()-[r:MENTIONS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'MENTIONS' AS name, count
  UNION ALL
  MATCH ()-[r:STATED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'STATED' AS name, count
  UNION ALL
  MATCH ()-[r:IN]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'IN' AS name, count
  UNION ALL
  MATCH ()-[r:ABOUT]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ABOUT' AS name, count
  UNION ALL
  MATCH ()-[r:AT]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'AT' AS name, count
  UNION ALL
  MATCH ()-[r:INVOLVED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'INVOLVED' AS name, count
  UNION ALL
  MATCH ()-[r:AFFECTED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'AFFECTED' AS name, count
  UNION ALL
  MATCH ()-[r:CAUSE_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CAUSE_OF' AS name, count
  UNION ALL
  MATCH ()-[r:EFFECT_ON]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'EFFECT_ON' AS name, count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PART_OF' AS name, count
  UNION ALL
  MATCH ()-[r:PUBLISHED]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PUBLISHED' AS name, count
  UNION ALL
  MATCH (s:Source) RETURN 'source' AS kind, s.name AS name, COUNT { (s)-[:PUBLISHED]->() } AS count
  UNION ALL
  MATCH (e:Event) WHERE e.valid_from IS NOT NULL
  WITH count(e) AS count RETURN 'dated' AS kind, 'Event with a date' AS name, count
  UNION ALL
  MATCH (c:Claim) WHERE c.stated_on IS NOT NULL
  WITH count(c) AS count RETURN 'dated' AS kind, 'Claim with a statement date' AS name, count
}
RETURN kind, name, count
ORDER BY CASE kind WHEN 'node' THEN 0 WHEN 'relationship' THEN 1 WHEN 'source' THEN 2 ELSE 3 END,
         count DESC, name
