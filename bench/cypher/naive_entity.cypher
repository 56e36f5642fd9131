// name: naive_entity
// description: Naive baseline (bench only): upserts one person, organisation or place.
// params: row
MERGE (n:Entity {key: $row.key})
  ON CREATE SET n.name = $row.name, n.name_lc = toLower($row.name)
SET n:$($row.type)
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN $row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n += $row.place
