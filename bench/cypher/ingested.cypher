// name: ingested
// description: When each of these articles was written (bench: per-article latency, publish to commit).
// params: ids
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.ingested_at AS at
