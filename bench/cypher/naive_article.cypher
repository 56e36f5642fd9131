// name: naive_article
// description: Naive baseline (bench only): upserts one Article node.
// params: article
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.source = $article.source,
    a.published_at = $article.published_at, a.word_count = $article.word_count,
    a.extractor_version = $article.extractor_version, a.ingested_at = datetime()
