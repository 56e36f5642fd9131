// name: naive_event
// description: Naive baseline (bench only): upserts one event with its earliest known date.
// params: row
MERGE (e:Entity {key: $row.key})
  ON CREATE SET e.name = $row.name, e.name_lc = toLower($row.name)
SET e:Event, e.type = $row.type,
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN $row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH e
WHERE $row.when.valid_from IS NOT NULL AND (e.valid_from IS NULL OR $row.when.valid_from < e.valid_from)
SET e.valid_from = $row.when.valid_from, e.valid_to = $row.when.valid_to,
    e.precision = $row.when.precision, e.value = $row.when.value
