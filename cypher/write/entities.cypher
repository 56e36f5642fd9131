// name: entities
// description: Upserts people, organisations and places by key and the article's MENTIONS of them; the node is shown by its best spelling (display_rank, ties to the smaller name), every other spelling is a sorted alias. A gazetteer place also gets its PART_OF chain (district, region, country), each enclosing place made when missing; its own PART_OF edge is the gazetteer's alone (an older one is replaced).
// params: rows
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (n:Entity {key: row.key})
  ON CREATE SET n.name = row.name, n.name_rank = row.name_rank
WITH a, n, row,
     (row.name_rank > n.name_rank OR (row.name_rank = n.name_rank AND row.name < n.name)) AS better
WITH a, n, row, n.name AS previous,
     CASE WHEN better THEN row.name ELSE n.name END AS name,
     CASE WHEN better THEN row.name_rank ELSE n.name_rank END AS name_rank
SET n:$(row.type),
    n.name = name,
    n.name_rank = name_rank,
    n.name_lc = toLower(name),
    n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases + [row.name, previous] AS alias
      WITH DISTINCT alias WHERE alias <> name
      RETURN alias ORDER BY alias
    },
    n += row.place
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = row.count, m.first_offset = row.first_offset, m.forms = row.forms
WITH n, row
CALL (n, row) {
  WITH n, row WHERE row.part_of_key IS NOT NULL AND row.part_of_key <> row.key
  // the gazetteer's chain replaces an older one (a town once written straight into its region). The
  // older edges are read from n, in a pattern comprehension whose far end has no label or index to
  // start from: a plan kept from an empty graph (replan=skip) cannot read every Entity for each row
  FOREACH (old IN [(n)-[r:PART_OF]->(q) WHERE q.key <> row.part_of_key | r] | DELETE old)
  MERGE (p:Entity {key: row.part_of_key})
    ON CREATE SET p:Place, p.name = row.part_of_name, p.name_lc = toLower(row.part_of_name)
  MERGE (n)-[:PART_OF]->(p)
}
WITH n, row
CALL (n, row) {
  UNWIND row.parents AS parent
  MERGE (p:Entity {key: parent.key})
    ON CREATE SET p:Place, p.name = parent.name, p.name_lc = toLower(parent.name)
  SET p += CASE WHEN p:Place AND p.place_kind IS NULL THEN parent.place ELSE {} END
  WITH p, parent WHERE parent.part_of_key IS NOT NULL
  MERGE (up:Entity {key: parent.part_of_key})
    ON CREATE SET up:Place, up.name = parent.part_of_name, up.name_lc = toLower(parent.part_of_name)
  MERGE (p)-[:PART_OF]->(up)
}
