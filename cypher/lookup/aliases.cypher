// name: aliases
// description: The alias index entries with these keys (spellings, acronyms, surnames, redirects), and the analyst's redirects of the nodes they name, for the resolver (the outlets' names: lookup/outlets).
// params: keys
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
OPTIONAL MATCH (alias:Alias) WHERE alias.key IN $keys
WITH collect(alias) AS found
OPTIONAL MATCH (redirect:Alias)
  WHERE redirect.key IN [a IN found WHERE a.target <> '' | 'k|' + a.target] AND NOT redirect IN found
WITH found, collect(redirect) AS redirects
RETURN [a IN found + redirects | a {.key, .target, .rank, .type, .pinned}] AS entries
