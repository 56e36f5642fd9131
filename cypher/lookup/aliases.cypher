// name: aliases
// description: The alias index entries with these keys (spellings, acronyms, surnames, redirects) and the names of the outlets, for the resolver.
// params: keys
OPTIONAL MATCH (alias:Alias) WHERE alias.key IN $keys
WITH collect(alias {.key, .target, .rank, .type, .pinned}) AS entries
OPTIONAL MATCH (source:Source)
RETURN entries, collect(source.name) AS outlets
