// name: empty_graph
// description: Deletes every node of the benchmark's PRIVATE graph, in batches (never run it on a user's graph).
// params:
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
