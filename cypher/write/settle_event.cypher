// name: settle_event
// description: Recomputes an event's own status and date from its reports after two event nodes were merged: happened when one article says so (else the most factual status any article gives, with the label Unconfirmed), and the earliest date a happened report gives (else the earliest any report gives).
// params: key
//
// The same rules as `events`, read from the reports the node has (its MENTIONS carry each article's
// status, its AT edges each article's date and status), so a merge never draws a plan as a fact.
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
MATCH (e:Event {key: $key})
CALL (e) {
  WITH e, EXISTS { MATCH (:Article)-[m:MENTIONS]->(e) WHERE coalesce(m.status, 'happened') = 'happened' } AS happened
  CALL (e, happened) {
    WITH e WHERE happened
    SET e.status = 'happened', e.status_cue = null, e.stated_by = null
    REMOVE e:Unconfirmed
  }
  CALL (e, happened) {
    WITH e WHERE NOT happened
    MATCH (:Article)-[other:MENTIONS]->(e)
    WITH e, other
    ORDER BY CASE other.status WHEN 'claimed' THEN 1 WHEN 'denied' THEN 2 WHEN 'failed' THEN 3
                               WHEN 'planned' THEN 4 ELSE 5 END, other.stated_by IS NULL
    WITH e, collect(other)[0] AS deciding
    SET e.status = deciding.status, e.status_cue = deciding.status_cue, e.stated_by = deciding.stated_by,
        e:Unconfirmed
  }
}
CALL (e) {
  MATCH (e)-[r:AT]->()
  WHERE r.valid_from IS NOT NULL
  WITH e, r
  ORDER BY CASE coalesce(r.status, 'happened') WHEN 'happened' THEN 0 ELSE 1 END, r.valid_from
  WITH e, collect(r)[0] AS best
  SET e.valid_from = best.valid_from, e.valid_to = best.valid_to, e.precision = best.precision,
      e.value = best.value, e.date_status = coalesce(best.status, 'happened')
}
RETURN e.key AS key, e.status AS status
