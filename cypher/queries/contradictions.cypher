// name: contradictions
// description: Statements that contradict each other: about the same entity and what else they are about, one affirming and one denying the same predicate ("captured" against "did not capture", "denied that ... captured"), made within a window of days, each with speaker, date and source; total is how many pairs there are in all.
// params: key, window_days, since, until, limit
// example: chronicle ask contradictions Novohrodivka
//
// A statement's predicate is the lemma of its main verb and `negated` says whether it is denied
// (extraction/components/polarity.py). Two statements pair when they share the predicate, differ in
// polarity, come from different speakers or articles, share every other thing the smaller one is
// about, and were made within $window_days days (default 7) of each other: a denial a year later is
// a change of the facts more often than a dispute. Figures are compared by `conflicts`.
// Built for entities in most articles too: statements are grouped by predicate first, and only the
// predicates that have both an affirming and a denying statement are paired.
MATCH (n:Entity {key: $key})
MATCH (n)<-[:ABOUT]-(c:Claim)
WHERE c.predicate IS NOT NULL AND NOT c:Quantity
WITH c.predicate AS predicate,
     collect(CASE WHEN NOT c.negated THEN c END) AS affirmed,
     collect(CASE WHEN c.negated THEN c END) AS denied
WHERE size(affirmed) > 0 AND size(denied) > 0
UNWIND affirmed AS a
UNWIND denied AS b
WITH predicate, a, b, duration({days: coalesce($window_days, 7)}) AS slack
WHERE (a.speaker_name IS NULL OR b.speaker_name IS NULL OR toLower(a.speaker_name) <> toLower(b.speaker_name)
       OR NOT EXISTS { (a)-[:IN]->(:Article)<-[:IN]-(b) })
  AND a.stated_on IS NOT NULL AND b.stated_on IS NOT NULL
  AND a.stated_on <= b.stated_on + slack AND b.stated_on <= a.stated_on + slack
  AND ($since IS NULL OR (a.stated_on >= $since AND b.stated_on >= $since))
  AND ($until IS NULL OR (a.stated_on <= $until AND b.stated_on <= $until))
WITH predicate, a, b,
     [(a)-[:ABOUT]->(x) | x.key] AS about_a,
     [(b)-[:ABOUT]->(x) | x.key] AS about_b
WITH predicate, a, b, about_a, about_b, [k IN about_a WHERE k IN about_b] AS shared
WHERE size(shared) = size(about_a) OR size(shared) = size(about_b)
WITH predicate, a, b, shared
ORDER BY a.stated_on, b.stated_on, a.id, b.id
WITH collect([predicate, a, b, shared]) AS pairs
WITH size(pairs) AS total, pairs[..coalesce($limit, 1000)] AS pairs
UNWIND pairs AS pair
WITH total, pair[0] AS predicate, pair[1] AS a, pair[2] AS b, pair[3] AS shared
MATCH (a)-[:IN]->(article_a:Article)
MATCH (b)-[:IN]->(article_b:Article)
OPTIONAL MATCH (who_a:Entity)-[:STATED]->(a)
OPTIONAL MATCH (who_b:Entity)-[:STATED]->(b)
WITH total, predicate, a, b, shared, article_a, article_b,
     coalesce(collect(who_a.name)[0], a.speaker_name) AS who_a,
     coalesce(collect(who_b.name)[0], b.speaker_name) AS who_b
RETURN predicate,
       [(a)-[:ABOUT]->(x) WHERE x.key IN shared | x.name] AS about,
       a.text AS affirmed,
       who_a,
       a.stated_value AS said_a,
       a.stated_on AS said_on_a,
       article_a.source AS source_a,
       article_a.title AS article_a,
       article_a.published_at AS published_a,
       article_a.id AS article_id_a,
       a.sentence AS evidence_a,
       a.id AS claim_id_a,
       b.text AS denied,
       who_b,
       b.stated_value AS said_b,
       b.stated_on AS said_on_b,
       article_b.source AS source_b,
       article_b.title AS article_b,
       article_b.published_at AS published_b,
       article_b.id AS article_id_b,
       b.sentence AS evidence_b,
       b.id AS claim_id_b,
       total
ORDER BY said_on_a, said_on_b, claim_id_a, claim_id_b
LIMIT coalesce($limit, 1000)
