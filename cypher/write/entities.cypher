// name: entities
// description: Upserts people, organisations and places by key (aliases accumulate across articles) and the article's MENTIONS of them.
// params: rows
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (n:Entity {key: row.key})
  ON CREATE SET n.name = row.name, n.name_lc = toLower(row.name)
SET n:$(row.type)
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n += row.place
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count, m.first_offset = row.first_offset
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.part_of_key IS NOT NULL AND row.part_of_key <> row.key
  MERGE (p:Entity {key: row.part_of_key})
    ON CREATE SET p:Place, p.name = row.part_of_name, p.name_lc = toLower(row.part_of_name)
  MERGE (n)-[:PART_OF]->(p)
}
