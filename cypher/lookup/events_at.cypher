// name: events_at
// description: The keys of the events at a place (an AT edge from any article), so events keyed by a merged place's old name can follow it.
// params: place_key
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
MATCH (e:Event)-[:AT]->(:Entity {key: $place_key})
RETURN DISTINCT e.key AS key
ORDER BY key
