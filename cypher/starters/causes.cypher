// name: causes
// description: Causes and effects around the event.
// params: event
MATCH path = (c)-[:AFFECTED]->(t) WHERE $event IN [c.name, t.name] RETURN path
