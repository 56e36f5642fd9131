// name: inside
// description: Everything in a place: every place whose PART_OF chain leads to it (districts, towns, villages, at any depth), with its kind, the place it lies in directly and how many articles mention it, the events at or involving any of them, and the claims about them; places by depth then name, then events and claims.
// params: key, limit
// example: chronicle cypher "$(sed 1,7d cypher/places/inside.cypher)" -p key=place:iso:UA-14
//
// One query for "everything in Donetsk Oblast": village -> district (raion) -> region -> country, so a
// village four steps down is found as surely as a town inside the region.
MATCH (top:Entity {key: $key})
MATCH path = (inner:Place)-[:PART_OF*1..4]->(top)
WITH top, inner, min(length(path)) AS depth
OPTIONAL MATCH (inner)-[:PART_OF]->(parent:Entity)
WITH top, inner, depth, min(parent.name) AS within
ORDER BY depth, inner.name
WITH top, collect({key: inner.key, name: inner.name, kind: inner.place_kind, depth: depth, within: within,
                   articles: COUNT { (inner)<-[:MENTIONS]-(:Article) }}) AS places
CALL (top, places) {
  UNWIND [top.key] + [p IN places | p.key] AS key
  MATCH (where:Entity {key: key})<-[:AT|INVOLVED]-(event:Event)
  WITH DISTINCT event, collect(DISTINCT where.name) AS at
  RETURN collect({key: event.key, name: event.name, at: at, valid_from: event.valid_from}) AS events
}
CALL (top, places) {
  UNWIND [top.key] + [p IN places | p.key] AS key
  MATCH (about:Entity {key: key})<-[:ABOUT]-(claim:Claim)
  WITH DISTINCT claim, collect(DISTINCT about.name) AS about
  RETURN collect({id: claim.id, text: claim.text, about: about, stated_on: claim.stated_on}) AS claims
}
RETURN top.name AS place,
       places[..coalesce($limit, 1000)] AS places,
       events[..coalesce($limit, 1000)] AS events,
       claims[..coalesce($limit, 1000)] AS claims
