// name: figures
// description: Figures about the place over time (table view).
// params: place
MATCH (q:Quantity)-[r:ABOUT]->(:Entity {name: $place})
RETURN r.value AS as_of, q.metric, q.value, q.speaker_name ORDER BY r.valid_from
