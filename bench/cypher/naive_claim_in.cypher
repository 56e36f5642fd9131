// name: naive_claim_in
// description: Naive baseline (bench only): one IN edge from a claim to its article.
// params: id, article_id
MATCH (c:Claim {id: $id})
MATCH (a:Article {id: $article_id})
MERGE (c)-[:IN]->(a)
