// name: written
// description: Which of these articles the worker has written (at or after a point in time, when given).
// params: ids, since
MATCH (article:Article)
WHERE article.id IN $ids AND ($since IS NULL OR article.ingested_at >= $since)
RETURN article.id AS id
