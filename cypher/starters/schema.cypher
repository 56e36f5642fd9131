// name: schema
// description: The shape of the graph.
// params:
CALL db.schema.visualization()
