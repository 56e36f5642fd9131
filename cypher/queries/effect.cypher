// name: effect
// description: How a cause affected a target: effects (AFFECTED edges, directly or through one intermediate event or place, and Effect nodes whose cause names the one and whose effect names the other) and claims linking the two, directly or through one intermediate, plus the claims and figures about the cause in the articles that state the link; oldest first, with who claimed it.
// params: cause_key, target_key, since, until, limit
// example: chronicle ask effect "Kursk operation" Pokrovsk
//
// "One intermediate" X is an event or place tied to one side by AT, INVOLVED or PART_OF (an event at the
// target, a village inside it, an event involving the cause), or a node on a two-step AFFECTED chain;
// for an effect, the place X is at or in may itself lie further down the side's PART_OF chain (a town
// in its district in the region asked about).
// Context rows are claims and figures, in the same articles, about the cause or the place it happened at.
// Sorted by date, then kind and text; article, claim and intermediate last, so that rows alike in all else
// (copies of one story) come in one order whatever the plan.
// Built for two entities in most articles too (two countries): every branch that could start from either
// side starts from the one with fewer edges to read (counted from the store's degrees; a null start matches
// nothing), a claim is compared only with the effects read from it (the links grouped by claim id and by
// effect id, not all against all), and context claims only with the links of their own article. The
// rows are sorted and cut to the limit on what they carry (a link's article and claim are read once, a
// context claim brings its own); only the rows kept read their claimer, speaker and effect.
MATCH (cause:Entity {key: $cause_key})
MATCH (target:Entity {key: $target_key})
CALL (cause, target) {
  MATCH (cause)-[r:AFFECTED]->(target)
  RETURN 'effect' AS kind, null AS via, r AS dated, r.description AS what, r.cue AS cue,
         r.claimed_by AS who_key, r.claim AS claim_id, r.article AS article_id, r.evidence AS evidence,
         r.stated_on AS stated_on, r.effect AS effect_id
  UNION
  // an effect on X at or in the target, or of X at or in the cause: walked from the side's AFFECTED
  // edges or from the things in the other side, whichever there are fewer of (a null start matches
  // nothing; the far end is compared, not matched, or the planner walks a hub's parts once per edge)
  WITH cause, target,
       COUNT { (cause)-[:AFFECTED]->() } <= COUNT { (target)<-[:AT|INVOLVED|PART_OF]-() } AS from_edges
  CALL (cause, target, from_edges) {
    WITH target, CASE WHEN from_edges THEN cause END AS start
    MATCH (start)-[r:AFFECTED]->(x:Entity)-[:AT|INVOLVED|PART_OF]->(:Entity)-[:PART_OF*0..2]->(end)
    WHERE end = target
    RETURN r, x
    UNION
    WITH cause, CASE WHEN NOT from_edges THEN target END AS start
    MATCH (end)-[r:AFFECTED]->(x:Entity)-[:AT|INVOLVED|PART_OF]->(:Entity)-[:PART_OF*0..2]->(start)
    WHERE end = cause
    RETURN r, x
  }
  RETURN 'effect' AS kind, x.name AS via, r AS dated, r.description AS what, r.cue AS cue,
         r.claimed_by AS who_key, r.claim AS claim_id, r.article AS article_id, r.evidence AS evidence,
         r.stated_on AS stated_on, r.effect AS effect_id
  UNION
  WITH cause, target,
       COUNT { (target)<-[:AFFECTED]-() } <= COUNT { (cause)<-[:AT|INVOLVED|PART_OF]-() } AS from_edges
  CALL (cause, target, from_edges) {
    WITH cause, CASE WHEN from_edges THEN target END AS start
    MATCH (end)<-[:PART_OF*0..2]-(:Entity)<-[:AT|INVOLVED|PART_OF]-(x:Entity)-[r:AFFECTED]->(start)
    WHERE end = cause
    RETURN r, x
    UNION
    WITH target, CASE WHEN NOT from_edges THEN cause END AS start
    MATCH (start)<-[:PART_OF*0..2]-(:Entity)<-[:AT|INVOLVED|PART_OF]-(x:Entity)-[r:AFFECTED]->(end)
    WHERE end = target
    RETURN r, x
  }
  RETURN 'effect' AS kind, x.name AS via, r AS dated, r.description AS what, r.cue AS cue,
         r.claimed_by AS who_key, r.claim AS claim_id, r.article AS article_id, r.evidence AS evidence,
         r.stated_on AS stated_on, r.effect AS effect_id
  UNION
  // each thing between once, then its edges on either side (not every first edge paired with every
  // second one: a country between two others has hundreds of each)
  MATCH (cause)-[:AFFECTED]->(x:Entity)-[:AFFECTED]->(target)
  WHERE x <> cause AND x <> target
  WITH DISTINCT cause, target, x
  CALL (cause, target, x) {
    MATCH (cause)-[r:AFFECTED]->(x)
    RETURN r
    UNION ALL
    MATCH (x)-[r:AFFECTED]->(target)
    RETURN r
  }
  RETURN 'effect' AS kind, x.name AS via, r AS dated, r.description AS what, r.cue AS cue,
         r.claimed_by AS who_key, r.claim AS claim_id, r.article AS article_id, r.evidence AS evidence,
         r.stated_on AS stated_on, r.effect AS effect_id
  UNION
  // a claim about both sides: read from the side with fewer claims (a null start matches nothing)
  WITH cause, target, COUNT { (cause)<-[:ABOUT]-() } <= COUNT { (target)<-[:ABOUT]-() } AS from_cause
  CALL (cause, target, from_cause) {
    WITH target, CASE WHEN from_cause THEN cause END AS start
    MATCH (start)<-[:ABOUT]-(c:Claim)-[r:ABOUT]->(end)
    WHERE end = target
    RETURN c, r
    UNION
    WITH cause, CASE WHEN NOT from_cause THEN target END AS start
    MATCH (end)<-[:ABOUT]-(c:Claim)-[r:ABOUT]->(start)
    WHERE end = cause
    RETURN c, r
  }
  MATCH (c)-[:IN]->(a:Article)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, null AS via, r AS dated,
         c.text AS what, null AS cue, null AS who_key, c.id AS claim_id, a.id AS article_id,
         c.sentence AS evidence, coalesce(c.stated_on, c.as_of) AS stated_on, null AS effect_id
  UNION
  // a claim about one side and about X inside the other: read from the side with fewer claims to expand
  UNWIND [[cause, target], [target, cause]] AS sides
  WITH sides[0] AS about, sides[1] AS around
  WITH about, around, COUNT { (about)<-[:ABOUT]-() } AS direct_claims,
       COUNT { (around)<-[:AT|INVOLVED|PART_OF]-() } AS part_links
  // the claims about its parts are counted only when fewer links lead to them than there are direct
  // claims: a hub's parts are never all read to decide (with more links, the direct claims are read)
  CALL (around, direct_claims, part_links) {
    WITH CASE WHEN part_links < direct_claims THEN around END AS start
    MATCH (start)<-[:AT|INVOLVED|PART_OF]-(x:Entity)
    RETURN sum(COUNT { (x)<-[:ABOUT]-() }) AS through_parts
  }
  WITH about, around, direct_claims <= part_links OR direct_claims <= through_parts AS from_about
  CALL (about, around, from_about) {
    // (a null start matches nothing: the planner cannot expand the side it was not asked to)
    WITH about, around, CASE WHEN from_about THEN about END AS start
    MATCH (start)<-[:ABOUT]-(c:Claim)
    WITH about, around, c
    // from each claim to what it is about, then whether that lies inside, once per thing: never
    // every part against every claim, nor a hub's parts read to compare with
    MATCH (c)-[r:ABOUT]->(x:Entity)
    WHERE x <> about
    WITH around, x, collect([c, r]) AS found
    WHERE (x)-[:AT|INVOLVED|PART_OF]->(around)
    UNWIND found AS pair
    RETURN pair[0] AS c, pair[1] AS r, x
    UNION
    WITH about, CASE WHEN NOT from_about THEN around END AS start
    MATCH (start)<-[:AT|INVOLVED|PART_OF]-(x:Entity)
    WITH about, x
    MATCH (x)<-[r:ABOUT]-(c:Claim)
    WHERE x <> about AND (c)-[:ABOUT]->(about)
    RETURN c, r, x
  }
  MATCH (c)-[:IN]->(a:Article)
  RETURN CASE WHEN c:Quantity THEN 'figure' ELSE 'claim' END AS kind, x.name AS via, r AS dated,
         c.text AS what, null AS cue, null AS who_key, c.id AS claim_id, a.id AS article_id,
         c.sentence AS evidence, coalesce(c.stated_on, c.as_of) AS stated_on, null AS effect_id
  UNION
  // Effect nodes: every effect, whatever its sides are (a side stated as a clause names the things
  // inside it); the one a side stands for or any other thing named in it. Rows an AFFECTED edge gave
  // already are dropped below by their effect id. Directly only: a clause's effect already names each
  // thing in it, and reading every effect of a country through its places doubled the query's work.
  WITH cause, target, COUNT { (cause)-[:CAUSE_OF]->() } <= COUNT { (target)<-[:EFFECT_ON]-() } AS from_cause
  CALL (cause, target, from_cause) {
    WITH target, CASE WHEN from_cause THEN cause END AS start
    MATCH (start)-[:CAUSE_OF]->(e:Effect)-[r:EFFECT_ON]->(end)
    WHERE end = target
    RETURN e, r
    UNION
    WITH cause, CASE WHEN NOT from_cause THEN target END AS start
    MATCH (end)-[:CAUSE_OF]->(e:Effect)-[r:EFFECT_ON]->(start)
    WHERE end = cause
    RETURN e, r
  }
  RETURN 'effect node' AS kind, null AS via, r AS dated, e.description AS what, e.cue AS cue,
         e.claimed_by AS who_key, e.claim AS claim_id, e.article AS article_id, e.evidence AS evidence,
         e.stated_on AS stated_on, e.id AS effect_id
}
// an effect read from an Effect node once only, and not when an AFFECTED edge of it is listed; a claim
// is not repeated when an effect row was read from it, in the same sentence (one containing the other: a
// quote may span two sentences), nor through an intermediate when it is listed directly. Each rule
// compares links with the same effect id or claim id only: grouped by it, never every link with every one.
WITH cause, effect_id, collect({kind: kind, via: via, dated: dated, what: what, cue: cue, who_key: who_key,
                                claim_id: claim_id, article_id: article_id, evidence: evidence,
                                stated_on: stated_on, effect_id: effect_id}) AS same
WITH cause, same, none(l IN same WHERE l.kind = 'effect') AS unedged
UNWIND [i IN range(0, size(same) - 1) WHERE same[i].kind <> 'effect node' OR (i = 0 AND unedged) | same[i]]
       AS link
WITH cause, CASE WHEN link.kind = 'effect node' THEN link {.*, kind: 'effect'} ELSE link END AS link
WITH cause, link.claim_id AS claim_id, collect(link) AS same
WITH cause, same, any(l IN same WHERE l.kind <> 'effect' AND l.via IS NULL) AS direct,
     [l IN same WHERE l.kind = 'effect' | l.evidence] AS read
UNWIND same AS l
WITH cause, l, direct, read
WHERE l.kind = 'effect' OR (
  NOT (l.via IS NOT NULL AND direct)
  AND NOT any(e IN read WHERE coalesce(e CONTAINS l.evidence OR l.evidence CONTAINS e, false)))
WITH cause, l
// each link's article and claim read once, here (context claims bring their own)
OPTIONAL MATCH (article:Article {id: l.article_id})
OPTIONAL MATCH (claim:Claim {id: l.claim_id})
WITH cause, collect(l {.*, article: article, claim: claim}) AS links
WITH cause, links, [l IN links | l.article_id] AS article_ids,
     [l IN links WHERE l.claim_id IS NOT NULL | l.claim_id] AS claim_ids
CALL (cause, article_ids, claim_ids) {
  WITH cause, article_ids, claim_ids, [(cause)-[:AT]->(place) | place] AS places
  MATCH (a:Article)
  WHERE a.id IN article_ids
  // (ABOUT leads to things only; the list of linked claims is searched for a figure's claim and for
  // the few claims found, not once per claim in the articles: that search was a third of this block)
  MATCH (a)<-[:IN]-(c:Claim)-[r:ABOUT]->(x)
  WHERE x = cause OR x IN places OR (c.part_of_claim IS NOT NULL AND c.part_of_claim IN claim_ids)
  WITH a, c, collect(r)[0] AS r
  WHERE NOT c.id IN claim_ids
  RETURN collect({kind: CASE WHEN c:Quantity THEN 'figure' ELSE 'context' END, via: null, dated: r,
                  what: c.text, cue: null, who_key: null, claim_id: c.id, article_id: a.id,
                  evidence: c.sentence, stated_on: coalesce(c.stated_on, c.as_of), article: a,
                  claim: c}) AS context
}
UNWIND links + context AS row
WITH row, row.dated AS dated, row.article AS article, row.claim AS claim
WHERE article IS NOT NULL
  AND ($since IS NULL OR dated.valid_to >= $since)
  AND ($until IS NULL OR dated.valid_from <= $until)
OPTIONAL MATCH (parent:Claim {id: claim.part_of_claim})
// the rows sorted on what they have (a figure's parent gives its text and date) and cut to the limit:
// only the rows kept read their claimer, speaker and effect. Grouped first (each row once), so that a
// row no longer carries the lists of all links and context claims: the sort holds every row, and
// those lists counted once per row ran out of transaction memory at 880 rows
WITH row, dated, article, claim, parent, count(*) AS copies
WITH row, dated, article, claim, parent, article.published_at AS published_at, claim.value AS value,
     coalesce(row.stated_on, parent.stated_on) AS stated_on,
     CASE WHEN row.kind = 'figure' THEN coalesce(parent.text, row.what) ELSE row.what END AS what
ORDER BY coalesce(dated.valid_from, stated_on, date(published_at)), stated_on, published_at,
         CASE row.kind WHEN 'effect' THEN 0 WHEN 'claim' THEN 1 WHEN 'context' THEN 2 ELSE 3 END, what,
         value DESC, row.article_id, row.claim_id, row.via
LIMIT coalesce($limit, 1000)
OPTIONAL MATCH (claimer:Entity {key: row.who_key})
OPTIONAL MATCH (speaker:Entity)-[:STATED]->(claim)
OPTIONAL MATCH (fx:Effect {id: row.effect_id})
// (grouped by speaker: the rows are sorted again below, as grouping need not keep their order)
WITH row, dated, article, claim, parent, published_at, value, stated_on, what, claimer, fx,
     collect(speaker.name)[0] AS speaker
RETURN dated.value AS when,
       dated.mod AS mod,
       dated.precision AS precision,
       dated.valid_from AS valid_from,
       dated.valid_to AS valid_to,
       dated.date_text AS date_text,
       row.kind AS kind,
       row.via AS via,
       what,
       row.cue AS cue,
       fx.cause_text AS cause_text,
       fx.effect_text AS effect_text,
       coalesce(claimer.name, speaker, claim.speaker_name) AS who,
       stated_on,
       coalesce(claim.stated_value, parent.stated_value) AS stated,
       claim.metric AS metric,
       value,
       claim.unit AS unit,
       claim.approximate AS approximate,
       article.source AS source,
       article.title AS article,
       published_at,
       article.url AS url,
       row.article_id AS article_id,
       row.claim_id AS claim_id,
       row.evidence AS evidence
ORDER BY coalesce(valid_from, stated_on, date(published_at)), stated_on, published_at,
         CASE kind WHEN 'effect' THEN 0 WHEN 'claim' THEN 1 WHEN 'context' THEN 2 ELSE 3 END, what,
         value DESC, article_id, claim_id, via
