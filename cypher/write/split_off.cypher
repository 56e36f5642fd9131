// name: split_off
// description: Moves what some articles said of the node from_key to another node each (created when missing): their MENTIONS, their dated edges (AT, INVOLVED, AFFECTED), their claims' and effects' edges and stored keys, and stated_by_key on their MENTIONS, AT and INVOLVED. The names they wrote leave from_key's aliases unless another of its articles writes them. Undoes a surname's join once the surname names two people (graph/identity.py).
// params: from_key, rows, names
//
// rows: {article, key, type, name, name_rank, aliases}. Every look-up starts at a bound node or is
// an index seek by hint, as merge_entity's are (a plan made on an empty graph is kept).
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
MATCH (from:Entity {key: $from_key})
CALL (from) {
  UNWIND $rows AS row
  MATCH (a:Article {id: row.article})
  UNWIND [(a)-[m:MENTIONS]->(x) WHERE x = from | m] AS m
  MERGE (n:Entity {key: row.key})
    ON CREATE SET n.name = row.name, n.name_rank = row.name_rank
  WITH from, a, m, n, row,
       (row.name_rank > n.name_rank OR (row.name_rank = n.name_rank AND row.name < n.name)) AS better
  WITH from, a, m, n, row, n.name AS previous,
       CASE WHEN better THEN row.name ELSE n.name END AS name,
       CASE WHEN better THEN row.name_rank ELSE n.name_rank END AS name_rank
  SET n:$(row.type), n.name = name, n.name_rank = name_rank, n.name_lc = toLower(name),
      n.aliases = COLLECT {
        UNWIND coalesce(n.aliases, []) + row.aliases + [row.name, previous] AS alias
        WITH DISTINCT alias WHERE alias <> name
        RETURN alias ORDER BY alias
      }
  MERGE (a)-[moved:MENTIONS]->(n)
  SET moved = properties(m)
  DELETE m
  WITH from, a, n, row
  // each edge is read from the node it leaves or enters, as a pattern comprehension: planned on an
  // empty graph (a plan that is kept), a MATCH of an edge of any type scanned every relationship
  CALL (from, n, row) {
    UNWIND [(x)-[r]->(from) WHERE r.article = row.article | [x, r]] AS found
    WITH n, found[0] AS x, found[1] AS r
    CREATE (x)-[copy:$(type(r))]->(n)
    SET copy = properties(r)
    DELETE r
  }
  CALL (from, n, row) {
    UNWIND [(from)-[r]->(x) WHERE r.article = row.article | [x, r]] AS found
    WITH n, found[0] AS x, found[1] AS r
    CREATE (n)-[copy:$(type(r))]->(x)
    SET copy = properties(r)
    DELETE r
  }
  CALL (from, n, a) {
    MATCH (a)<-[:IN]-(c)
    CALL (from, n, c) {
      UNWIND [(c)<-[r]-(x) WHERE x = from | r] AS r
      CREATE (n)-[copy:$(type(r))]->(c)
      SET copy = properties(r)
      DELETE r
    }
    CALL (from, n, c) {
      UNWIND [(c)-[r]->(x) WHERE x = from | r] AS r
      CREATE (c)-[copy:$(type(r))]->(n)
      SET copy = properties(r)
      DELETE r
    }
    SET c.cause_key = CASE WHEN c.cause_key = from.key THEN n.key ELSE c.cause_key END,
        c.target_key = CASE WHEN c.target_key = from.key THEN n.key ELSE c.target_key END,
        c.claimed_by = CASE WHEN c.claimed_by = from.key THEN n.key ELSE c.claimed_by END
  }
  CALL (from, n, a) {
    // filtered after the expand: a predicate inside the pattern was once planned as a scan of the
    // whole MENTIONS(stated_by_key) index on a graph of two articles
    UNWIND [r IN [(a)-[r:MENTIONS]->() | r] WHERE r.stated_by_key = from.key] AS r
    SET r.stated_by_key = n.key
  }
  CALL (from, n, row) {
    MATCH ()-[r:AT]->() USING INDEX SEEK r:AT(article) WHERE r.article = row.article AND r.stated_by_key = from.key
    SET r.stated_by_key = n.key
  }
  CALL (from, n, row) {
    MATCH ()-[r:INVOLVED]->() USING INDEX SEEK r:INVOLVED(article)
      WHERE r.article = row.article AND r.stated_by_key = from.key
    SET r.stated_by_key = n.key
  }
  CALL (from, n, row) {
    MATCH ()-[r:AFFECTED]->() USING INDEX SEEK r:AFFECTED(article)
      WHERE r.article = row.article AND r.claimed_by = from.key
    SET r.claimed_by = n.key
  }
}
WITH from, COLLECT { MATCH ()-[m:MENTIONS]->(from) UNWIND coalesce(m.forms, []) AS form RETURN DISTINCT form } AS kept
SET from.aliases = [alias IN coalesce(from.aliases, []) WHERE alias IN kept OR NOT alias IN $names]
