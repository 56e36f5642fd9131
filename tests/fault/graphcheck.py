"""What the graph holds per article, and what it should hold, to prove "every article exactly once".

`graph_signatures` reads each article's contribution back from Neo4j; `expected` runs the
same extraction the worker runs on the same message bytes, resolves identities across the articles as
the writer does (chronicle.resolution, whose result does not depend on arrival order) and turns them
into the same write rows.
Comparing the two catches lost articles, duplicated mentions or claims, and half-written articles.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.payload import article_from_payload
from chronicle.consumers.publish import message_id
from chronicle.extraction.pipeline import extract
from chronicle.graph.rows import write_rows
from chronicle.resolution import resolve_docs
from tests.fault.private_stack import PrivateStack

__all__ = ["Expected", "Signature", "assert_exactly_once", "expected", "graph_signatures", "graph_totals"]


@dataclass(frozen=True)
class Signature:
    """One article's contribution: its mentions (key -> count) and its claim ids."""

    mentions: dict[str, int]
    claims: frozenset[str]
    dated_edges: int = -1  # AT/INVOLVED/AFFECTED edges it wrote; -1 when not known (expected side)

    def same_content(self, other: "Signature") -> bool:
        return self.mentions == other.mentions and self.claims == other.claims


@dataclass(frozen=True)
class Expected:
    """What a correct run writes for these articles."""

    signatures: dict[str, Signature]
    entity_keys: frozenset[str]
    claim_ids: frozenset[str]
    sources: frozenset[str]


_SIGNATURES = """
MATCH (a:Article)
CALL (a) { OPTIONAL MATCH (a)-[m:MENTIONS]->(n) RETURN collect([n.key, m.count]) AS mentions }
CALL (a) { OPTIONAL MATCH (c:Claim)-[:IN]->(a) RETURN collect(c.id) AS claims }
CALL (a) { OPTIONAL MATCH ()-[r:AT|INVOLVED|AFFECTED]->() WHERE r.article = a.id RETURN count(r) AS dated }
RETURN a.id AS id, mentions, claims, dated
"""


def graph_signatures(stack: PrivateStack) -> dict[str, Signature]:
    """Every Article node's contribution, by article id."""
    return {
        row["id"]: Signature(
            mentions={key: count for key, count in row["mentions"]},
            claims=frozenset(row["claims"]),
            dated_edges=row["dated"],
        )
        for row in stack.query(_SIGNATURES)
    }


def graph_totals(stack: PrivateStack) -> Counter[str]:
    """Node counts by label and relationship counts by type (`:Label`, `-TYPE-`)."""
    totals: Counter[str] = Counter()
    for row in stack.query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"):
        totals[f":{row['label']}"] = row["n"]
    for row in stack.query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"):
        totals[f"-{row['type']}-"] = row["n"]
    return totals


def expected(messages: Sequence[ArticleMessage]) -> Expected:
    """Run the worker's own payload check, extraction and resolution on the messages as published."""
    signatures: dict[str, Signature] = {}
    keys: set[str] = set()
    claims: set[str] = set()
    docs = []
    for message in messages:
        body = message.model_copy(update={"id": message_id(message)}).model_dump_json(exclude_none=True)
        docs.append(extract(article_from_payload(body.encode())))
    for doc in resolve_docs(docs):
        ident = doc.article.id
        rows = write_rows(doc)
        mentions = {row["key"]: row["count"] for row in [*rows["entities"], *rows["events"]]}
        article_claims = frozenset(row["id"] for row in rows["claims"])
        signatures[ident] = Signature(mentions=mentions, claims=article_claims)
        keys |= set(mentions) | {r["part_of_key"] for r in rows["entities"] if r["part_of_key"]}
        keys |= {p["key"] for r in rows["entities"] for p in r["parents"]}  # the PART_OF chain
        claims |= article_claims
    sources = frozenset(m.source for m in messages if m.source)
    return Expected(signatures, frozenset(keys), frozenset(claims), sources)


def assert_exactly_once(stack: PrivateStack, want: Expected) -> dict[str, Signature]:
    """Each article once, with exactly its mentions and claims; no extra entity, claim or source."""
    found = graph_signatures(stack)
    assert sorted(found) == sorted(want.signatures), "articles missing or unexpected"
    wrong = [i for i, s in want.signatures.items() if not found[i].same_content(s)]
    assert not wrong, f"{len(wrong)} articles differ from their extraction, e.g. {wrong[0]}"
    totals = graph_totals(stack)
    assert totals[":Article"] == len(want.signatures)
    assert totals[":Entity"] == len(want.entity_keys)
    assert totals[":Claim"] == len(want.claim_ids)
    assert totals[":Source"] == len(want.sources)
    assert totals["-MENTIONS-"] == sum(len(s.mentions) for s in want.signatures.values())
    assert totals["-PUBLISHED-"] == len(want.signatures)
    return found
