// name: article
// description: Upserts the Article nodes of a batch and their Sources.
// params: articles
CYPHER replan=skip // its first plan is kept (graph/writer.py: Plans)
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.url = article.url,
    a.source = article.source,
    a.published_at = article.published_at,
    a.word_count = article.word_count,
    a.extractor_version = article.extractor_version,
    a.ingested_at = datetime()
WITH a, article
WHERE article.source IS NOT NULL
MERGE (s:Source {name: article.source})
MERGE (s)-[:PUBLISHED]->(a)
