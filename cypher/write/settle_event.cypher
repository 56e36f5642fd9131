// name: settle_event
// description: Recomputes an event's own status and date from its reports after two event nodes were merged: happened when one article says so (else the most factual status any article gives, with the label Unconfirmed), and the earliest date a happened report gives (else the earliest any report gives).
// params: key, status_rank
//
// The same rules as `events`, read from the reports the node has (its MENTIONS carry each article's
// status, its AT edges each article's date and status), so a merge never draws a plan as a fact.
// Reports are read from e: only articles MENTION, so the far end carries no label a plan could scan.
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
MATCH (e:Event {key: $key})
CALL (e) {
  WITH e, EXISTS { MATCH ()-[m:MENTIONS]->(e) WHERE coalesce(m.status, 'happened') = 'happened' } AS happened
  CALL (e, happened) {
    WITH e WHERE happened
    SET e.status = 'happened', e.status_cue = null, e.stated_by = null
    REMOVE e:Unconfirmed
  }
  CALL (e, happened) {
    WITH e WHERE NOT happened
    MATCH ()-[other:MENTIONS]->(e)
    WITH e, other
    // the most factual report by $status_rank (extraction/rules/event_reports.RANK), a status it lacks last
    ORDER BY coalesce($status_rank[coalesce(other.status, 'happened')], size(keys($status_rank))), other.stated_by IS NULL
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
