// name: outlets
// description: The names of the graph's outlets (one Source node each, a few dozen), read before the resolver makes an article's subjects: a place named like an outlet is that organisation.
// params:
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
OPTIONAL MATCH (source:Source)
RETURN collect(source.name) AS outlets
