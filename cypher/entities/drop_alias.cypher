// name: drop_alias
// description: Removes a spelling (any case) from a node's aliases, after an analyst split it off.
// params: key, alias
MATCH (node:Entity {key: $key})
SET node.aliases = [alias IN coalesce(node.aliases, []) WHERE toLower(alias) <> toLower($alias)]
RETURN node.key AS key
