// name: places
// description: Where facts happened or what places they are about: for each fact (a claim, figure or effect's claim by id, an event by key) the places it is AT, INVOLVES or is ABOUT, with their coordinates, kind and country.
// params: facts
// example: chronicle plot map Pokrovsk -o pokrovsk.png
//
// $facts is a list of {n, kind, id}: n is the fact's position in the caller's list. Places without
// coordinates come back too (lat and lon null), with the mean position of the places inside them that
// have one (a region the gazetteer gave no point), so the caller can place them there or say it could not.
UNWIND $facts AS f
OPTIONAL MATCH (c:Claim {id: f.id})
  WHERE f.kind <> 'event'
OPTIONAL MATCH (e:Event {key: f.id})
  WHERE f.kind = 'event'
WITH f, coalesce(c, e) AS fact
MATCH (fact)-[:ABOUT|AT|INVOLVED]->(p:Place)
WITH DISTINCT f, p
CALL (p) {
  OPTIONAL MATCH (inside:Place)-[:PART_OF*1..2]->(p)
  WHERE p.lat IS NULL AND inside.lat IS NOT NULL AND inside.lon IS NOT NULL
  RETURN avg(inside.lat) AS inside_lat, avg(inside.lon) AS inside_lon
}
RETURN f.n AS n,
       p.key AS key,
       p.name AS name,
       p.place_kind AS kind,
       p.country_code AS country_code,
       p.lat AS lat,
       p.lon AS lon,
       inside_lat,
       inside_lon
ORDER BY n, key
