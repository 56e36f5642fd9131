// name: naive_part_of_place
// description: Naive baseline (bench only): upserts the place an entity is part of.
// params: key, name
MERGE (p:Entity {key: $key})
  ON CREATE SET p:Place, p.name = $name, p.name_lc = toLower($name)
