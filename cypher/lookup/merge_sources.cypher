// name: merge_sources
// description: Of these node keys, the ones a merge would move anything from (merge_entity): a node with that key, an alias entry naming it, or a stored key naming it (Effect cause_key, target_key, claimed_by; AFFECTED claimed_by; stated_by_key on MENTIONS, AT and INVOLVED). A merge from any other key changes nothing, and the writer skips it.
// params: keys
//
// Each look-up is an index seek by hint: planned on an empty graph (whose plan is kept), Neo4j chose
// a scan of the whole AT(stated_by_key) index filtered by key, as cheap as a seek while it is empty.
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $keys AS key
WITH key
WHERE EXISTS { MATCH (:Entity {key: key}) }
   OR EXISTS { MATCH (a:Alias) USING INDEX SEEK a:Alias(target) WHERE a.target = key }
   OR EXISTS { MATCH (e:Effect) USING INDEX SEEK e:Effect(cause_key) WHERE e.cause_key = key }
   OR EXISTS { MATCH (e:Effect) USING INDEX SEEK e:Effect(target_key) WHERE e.target_key = key }
   OR EXISTS { MATCH (e:Effect) USING INDEX SEEK e:Effect(claimed_by) WHERE e.claimed_by = key }
   OR EXISTS { MATCH ()-[r:AFFECTED]->() USING INDEX SEEK r:AFFECTED(claimed_by) WHERE r.claimed_by = key }
   OR EXISTS { MATCH ()-[r:MENTIONS]->() USING INDEX SEEK r:MENTIONS(stated_by_key) WHERE r.stated_by_key = key }
   OR EXISTS { MATCH ()-[r:AT]->() USING INDEX SEEK r:AT(stated_by_key) WHERE r.stated_by_key = key }
   OR EXISTS { MATCH ()-[r:INVOLVED]->() USING INDEX SEEK r:INVOLVED(stated_by_key) WHERE r.stated_by_key = key }
RETURN collect(key) AS keys
