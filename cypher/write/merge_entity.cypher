// name: merge_entity
// description: Merges the node from_key into the node into_key (its mentions, statements, places and edges move, an edge the survivor already has (same type, far end and properties) is not copied twice, an article mentioning both keeping its more factual report; its name becomes an alias); renames it when into_key has no node yet. Alias entries follow, and so does every stored key naming the node: Effect cause_key, target_key, claimed_by; AFFECTED claimed_by; stated_by_key on MENTIONS, AT and INVOLVED.
// params: from_key, into_key, into_type, rank, status_rank
//
// The stored keys are found through their indexes (schema.cypher), by hint as seeks (a plan made on an
// empty graph is kept and may otherwise scan an index), so a merge reads only what names the node. An effect whose cause and effect become one node loses its AFFECTED edge (an edge between
// the two nodes is not kept) and its `edge` flag with it, so the timeline shows it by its clauses.
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
CALL () {
  MATCH (e:Effect) USING INDEX SEEK e:Effect(cause_key) WHERE e.cause_key = $from_key
  SET e.cause_key = $into_key, e.edge = coalesce(e.edge, false) AND e.target_key <> $into_key
}
CALL () {
  MATCH (e:Effect) USING INDEX SEEK e:Effect(target_key) WHERE e.target_key = $from_key
  SET e.target_key = $into_key, e.edge = coalesce(e.edge, false) AND e.cause_key <> $into_key
}
CALL () {
  MATCH (e:Effect) USING INDEX SEEK e:Effect(claimed_by) WHERE e.claimed_by = $from_key
  SET e.claimed_by = $into_key
}
CALL () {
  MATCH ()-[r:AFFECTED]->() USING INDEX SEEK r:AFFECTED(claimed_by) WHERE r.claimed_by = $from_key
  SET r.claimed_by = $into_key
}
CALL () {
  MATCH ()-[r:MENTIONS]->() USING INDEX SEEK r:MENTIONS(stated_by_key) WHERE r.stated_by_key = $from_key
  SET r.stated_by_key = $into_key
}
CALL () {
  MATCH ()-[r:AT]->() USING INDEX SEEK r:AT(stated_by_key) WHERE r.stated_by_key = $from_key
  SET r.stated_by_key = $into_key
}
CALL () {
  MATCH ()-[r:INVOLVED]->() USING INDEX SEEK r:INVOLVED(stated_by_key) WHERE r.stated_by_key = $from_key
  SET r.stated_by_key = $into_key
}
OPTIONAL MATCH (alias:Alias) USING INDEX SEEK alias:Alias(target) WHERE alias.target = $from_key
SET alias.target = $into_key, alias.type = $into_type,
    alias.rank = CASE WHEN coalesce(alias.rank, 0) < $rank THEN $rank ELSE alias.rank END
WITH count(alias) AS retargeted
MATCH (old:Entity {key: $from_key})
OPTIONAL MATCH (into:Entity {key: $into_key})
CALL (old, into) {
  WITH old, into WHERE into IS NULL
  REMOVE old:Person:Organization:Place
  SET old.key = $into_key, old:$($into_type)
}
CALL (old, into) {
  WITH old, into WHERE into IS NOT NULL AND into <> old
  CALL (old, into) {
    MATCH (article)-[m:MENTIONS]->(old)
    MERGE (article)-[n:MENTIONS]->(into)
      ON CREATE SET n = properties(m)
      ON MATCH SET n.count = coalesce(n.count, 0) + coalesce(m.count, 0),
                   n.first_offset = CASE WHEN m.first_offset < n.first_offset THEN m.first_offset ELSE n.first_offset END
    // an article that reported both events keeps one report, its more factual (as an article's
    // mentions of one event give one, extraction/components/events.py): a fact beside a plan stays a fact.
    // $status_rank is that order (extraction/rules/event_reports.RANK); a status it lacks ranks last
    WITH m, n, [r IN [m, n] | coalesce($status_rank[coalesce(r.status, 'happened')], size(keys($status_rank)))] AS rank
    SET n += CASE WHEN rank[0] < rank[1]
                  THEN {status: m.status, status_cue: m.status_cue, stated_by: m.stated_by, stated_by_key: m.stated_by_key}
                  ELSE {} END
    DELETE m
  }
  // an edge is copied unless the survivor has its twin already: the same type to the same node with
  // the same properties (article, role, date, status, sentence): an event one article placed AT two
  // places that become one is AT it once, a claim ABOUT both is ABOUT it once. Two clauses of one
  // article that differ (a capture that happened beside one planned) keep an edge each. The twins are
  // read from one bound node, the other end a filter: planned on an empty graph (a plan that is kept),
  // an EXISTS subquery or a comprehension between the two bound nodes scanned every relationship
  CALL (old, into) {
    MATCH (old)-[r]->(other)
    WHERE other <> into AND NOT (type(r) = 'PART_OF' AND EXISTS { (into)-[:PART_OF]->(other) })
      AND none(twin IN [(into)-[t]->(x) WHERE x = other | t] WHERE type(twin) = type(r) AND properties(twin) = properties(r))
    CREATE (into)-[copy:$(type(r))]->(other)
    SET copy = properties(r)
  }
  CALL (old, into) {
    MATCH (other)-[r]->(old)
    WHERE other <> into AND type(r) <> 'MENTIONS'
      AND none(twin IN [(x)-[t]->(into) WHERE x = other | t] WHERE type(twin) = type(r) AND properties(twin) = properties(r))
    CREATE (other)-[copy:$(type(r))]->(into)
    SET copy = properties(r)
  }
  WITH old, into,
       (old.name_rank > into.name_rank OR (old.name_rank = into.name_rank AND old.name < into.name)) AS better
  WITH old, into,
       CASE WHEN better THEN old.name ELSE into.name END AS name,
       CASE WHEN better THEN old.name_rank ELSE into.name_rank END AS name_rank
  WITH old, into, name, name_rank, COLLECT {
         UNWIND coalesce(into.aliases, []) + coalesce(old.aliases, []) + [old.name, into.name] AS alias
         WITH DISTINCT alias WHERE alias <> name
         RETURN alias ORDER BY alias
       } AS aliases
  SET into.name = name, into.name_rank = name_rank, into.name_lc = toLower(name), into.aliases = aliases
  DETACH DELETE old
}
RETURN retargeted
