// name: add_alias
// description: Adds a spelling to a node's aliases (what `ask` and search find it by), kept sorted and without the node's own name.
// params: key, alias
MATCH (node:Entity {key: $key})
SET node.aliases = COLLECT {
  UNWIND coalesce(node.aliases, []) + [$alias] AS alias
  WITH DISTINCT alias WHERE alias <> node.name
  RETURN alias ORDER BY alias
}
RETURN node.key AS key
