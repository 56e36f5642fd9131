// name: naive_source
// description: Naive baseline (bench only): upserts one Source node.
// params: name
MERGE (:Source {name: $name})
