// name: events
// description: Events in a place, including the places inside it (or events an actor took part in), within a date window, oldest first, with where, who took part, the sources, and whether they happened (status: happened, or claimed, denied, planned, hypothetical, failed with who states it); total is how many there are in all.
// params: key, since, until, limit
// example: chronicle ask events "Donetsk Oblast" --since 2025-01-01
//
// An event's date is its own (the earliest any article gave it), else the earliest of its AT/INVOLVED
// edges. Undated events are listed last, and only when no window is given.
MATCH (n:Entity {key: $key})
MATCH (place:Entity)-[:PART_OF*0..3]->(n)
MATCH (event:Event)-[r:AT|INVOLVED]->(place)
WITH event, collect(DISTINCT place.name) AS places, collect(r) AS edges
WITH event, places, edges,
     [r IN edges WHERE r.valid_from IS NOT NULL] AS dated_edges
WITH event, places, edges, dated_edges,
     CASE WHEN event.valid_from IS NOT NULL THEN
       {value: event.value, precision: event.precision, valid_from: event.valid_from, valid_to: event.valid_to,
        mod: [r IN dated_edges WHERE r.valid_from = event.valid_from | r.mod][0]}
     ELSE
       reduce(m = null, r IN dated_edges | CASE WHEN m IS NULL OR r.valid_from < m.valid_from
         THEN {value: r.value, precision: r.precision, valid_from: r.valid_from, valid_to: r.valid_to, mod: r.mod}
         ELSE m END)
     END AS dated
WHERE ($since IS NULL OR dated.valid_to >= $since)
  AND ($until IS NULL OR dated.valid_from <= $until)
// participants and sources are read for the first $limit events only
WITH event, places, edges, dated
ORDER BY dated.valid_from IS NULL, dated.valid_from, event.name
WITH collect([event, places, edges, dated]) AS found
WITH size(found) AS total, found[..coalesce($limit, 1000)] AS found
UNWIND found AS row
WITH total, row[0] AS event, row[1] AS places, row[2] AS edges, row[3] AS dated
OPTIONAL MATCH (event)-[:INVOLVED]->(participant:Entity)
WITH total, event, places, edges, dated, collect(DISTINCT participant.name) AS involved
OPTIONAL MATCH (article:Article)-[:MENTIONS]->(event)
WITH total, event, places, edges, dated, involved, article
ORDER BY article.published_at
WITH total, event, places, edges, dated, involved,
     collect(coalesce(article.source, 'unknown outlet')
             + coalesce(', ' + toString(date(article.published_at)), '')) AS sources,
     count(article) AS articles
RETURN dated.value AS when,
       dated.mod AS mod,
       dated.precision AS precision,
       dated.valid_from AS valid_from,
       dated.valid_to AS valid_to,
       event.name AS event,
       event.type AS type,
       places,
       involved,
       sources,
       articles,
       [r IN edges WHERE r.sentence IS NOT NULL | r.sentence][0] AS evidence,
       event.key AS key,
       coalesce(event.status, 'happened') AS status,
       event.status_cue AS status_cue,
       event.stated_by AS stated_by,
       total
ORDER BY valid_from IS NULL, valid_from, event
LIMIT coalesce($limit, 1000)
