// name: merge_sources
// description: Of these node keys, the ones a merge would move anything from (merge_entity): a node with that key, an alias entry naming it, or a stored key naming it (Effect cause_key, target_key, claimed_by; AFFECTED claimed_by; stated_by_key on MENTIONS, AT and INVOLVED). A merge from any other key changes nothing, and the writer skips it.
// params: keys
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $keys AS key
WITH key
WHERE EXISTS { MATCH (:Entity {key: key}) }
   OR EXISTS { MATCH (:Alias {target: key}) }
   OR EXISTS { MATCH (:Effect {cause_key: key}) }
   OR EXISTS { MATCH (:Effect {target_key: key}) }
   OR EXISTS { MATCH (:Effect {claimed_by: key}) }
   OR EXISTS { MATCH ()-[:AFFECTED {claimed_by: key}]->() }
   OR EXISTS { MATCH ()-[:MENTIONS {stated_by_key: key}]->() }
   OR EXISTS { MATCH ()-[:AT {stated_by_key: key}]->() }
   OR EXISTS { MATCH ()-[:INVOLVED {stated_by_key: key}]->() }
RETURN collect(key) AS keys
