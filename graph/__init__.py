"""Everything that talks to Neo4j: connection, schema, the GraphDoc writer, the query catalog runner."""
