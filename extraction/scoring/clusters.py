"""Cross-document coreference (`clusters.jsonl`, MEANTIME): MUC, B³, CEAF-e and CoNLL F1.

Response clusters: each gold mention takes the graph key of the predicted entity (kind `entity`) or
event (kind `event`) of its article whose mention overlaps it most (ties: the earlier-starting
predicted mention); a gold mention no prediction overlaps is a singleton of its own. Keys are
compared across the whole file, so one key in two articles is one cluster. Only gold mentions are
scored: entities are the mentions of clusters with a `chronicle_type`, events every event cluster.

Metrics: MUC (links), B³ (per mention), CEAF-e (φ4 similarity, optimal one-to-one alignment by
scipy's `linear_sum_assignment`, solved per connected block of overlapping clusters, which gives
the same optimum), CoNLL F1 = the mean of the three F1. An undefined figure (0/0) is 0.

Same-name baseline, beside the system: the response key of a mention is built from its text alone,
for entities the text lowercased, whitespace collapsed, a leading "the " and a trailing "'s", "’s",
"'" or "’" dropped; for events the lemmas of the text (the caller supplies `event_key`, which is
the project's spaCy model in `chronicle eval`; this module never loads spaCy).

The resolution seam: the extractor's keys are per article. A resolution stage that decides final
keys across articles plugs in as `resolve`, a `Callable[[list[GraphDoc]], list[GraphDoc]]` that
takes every article's GraphDoc and returns them (matched back by `article.id`) with the keys it
decided. `score_clusters(..., resolve=None)` scores the extractor's own keys;
`chronicle.extraction.evaluate.evaluate(..., resolve=...)` passes it through.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence

import numpy as np
from pydantic import BaseModel, Field
from scipy.optimize import linear_sum_assignment

from chronicle.extraction.gold import GoldCluster, GoldClusterMention
from chronicle.extraction.models import GraphDoc
from chronicle.extraction.scoring.common import overlap

__all__ = [
    "ClusterReport",
    "ClusterScores",
    "KindReport",
    "Metric",
    "Resolve",
    "b_cubed",
    "ceaf_e",
    "entity_name_key",
    "muc",
    "score_clusters",
    "score_partition",
]

Resolve = Callable[[list[GraphDoc]], list[GraphDoc]]
#: Baseline keys for event mentions: one key per text, in order (e.g. the lemmas joined by a space).
EventKey = Callable[[list[str]], list[str]]


class Metric(BaseModel):
    """Precision, recall and F1 of one coreference metric."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


class ClusterScores(BaseModel):
    """MUC, B³, CEAF-e and their mean F1."""

    muc: Metric = Field(default_factory=Metric)
    b3: Metric = Field(default_factory=Metric)
    ceafe: Metric = Field(default_factory=Metric)
    conll_f1: float = 0.0


class KindReport(ClusterScores):
    """The system's scores for one kind (entities or events), with the same-name baseline beside."""

    gold_clusters: int = 0
    mentions: int = Field(0, description="Gold mentions scored.")
    overlapped: int = Field(0, description="Gold mentions that some predicted mention overlaps.")
    response_clusters: int = 0
    baseline: ClusterScores = Field(default_factory=ClusterScores)


class ClusterReport(BaseModel):
    """Cross-document coreference of entities (Person/Organization/Place) and events."""

    articles: int = Field(0, description="Articles extracted for the clusters file.")
    entities: KindReport = Field(default_factory=KindReport)
    events: KindReport = Field(default_factory=KindReport)


# ---------------------------------------------------------------- metrics


def _metric(p_num: float, p_den: float, r_num: float, r_den: float) -> Metric:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    return Metric(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0)


def _clusters(labels: Sequence[Hashable]) -> list[set[int]]:
    groups: dict[Hashable, set[int]] = defaultdict(set)
    for mention, label in enumerate(labels):
        groups[label].add(mention)
    return list(groups.values())


def _muc_side(key: list[set[int]], labels: Sequence[Hashable]) -> tuple[int, int]:
    """Σ(|k| − |partitions of k by the other side|), Σ(|k| − 1)."""
    num = sum(len(k) - len({labels[m] for m in k}) for k in key)
    return num, sum(len(k) - 1 for k in key)


def muc(gold: Sequence[Hashable], response: Sequence[Hashable]) -> Metric:
    """MUC (Vilain et al. 1995) of two labellings of the same mentions."""
    r_num, r_den = _muc_side(_clusters(gold), response)
    p_num, p_den = _muc_side(_clusters(response), gold)
    return _metric(p_num, p_den, r_num, r_den)


def b_cubed(gold: Sequence[Hashable], response: Sequence[Hashable]) -> Metric:
    """B³ (Bagga & Baldwin 1998): per-mention precision and recall, averaged over mentions."""
    key_of = {m: frozenset(c) for c in _clusters(gold) for m in c}
    response_of = {m: frozenset(c) for c in _clusters(response) for m in c}
    p = r = 0.0
    for m in range(len(gold)):
        shared = len(key_of[m] & response_of[m])
        p += shared / len(response_of[m])
        r += shared / len(key_of[m])
    n = len(gold)
    return _metric(p, n, r, n)


def ceaf_e(gold: Sequence[Hashable], response: Sequence[Hashable]) -> Metric:
    """CEAF-e (Luo 2005): φ4 = 2|K∩R|/(|K|+|R|), optimal one-to-one alignment of clusters."""
    key, resp = _clusters(gold), _clusters(response)
    resp_of = {m: j for j, c in enumerate(resp) for m in c}
    # blocks of key and response clusters linked by shared mentions (union-find over key indices)
    parent = list(range(len(key)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}
    for i, k in enumerate(key):
        for j in {resp_of[m] for m in k}:
            if j in owner:
                parent[find(i)] = find(owner[j])
            else:
                owner[j] = i
    blocks: dict[int, tuple[list[int], set[int]]] = defaultdict(lambda: ([], set()))
    for i, k in enumerate(key):
        rows, cols = blocks[find(i)]
        rows.append(i)
        cols.update(resp_of[m] for m in k)
    total = 0.0
    for rows, col_set in blocks.values():
        cols = sorted(col_set)
        sim = np.array(
            [[2 * len(key[i] & resp[j]) / (len(key[i]) + len(resp[j])) for j in cols] for i in rows]
        )
        assigned_rows, assigned_cols = linear_sum_assignment(sim, maximize=True)
        total += float(sim[assigned_rows, assigned_cols].sum())
    return _metric(total, len(resp), total, len(key))


def score_partition(gold: Sequence[Hashable], response: Sequence[Hashable]) -> ClusterScores:
    """MUC, B³, CEAF-e and CoNLL F1 of a response labelling against the gold labelling."""
    scores = ClusterScores(muc=muc(gold, response), b3=b_cubed(gold, response), ceafe=ceaf_e(gold, response))
    scores.conll_f1 = (scores.muc.f1 + scores.b3.f1 + scores.ceafe.f1) / 3
    return scores


# ---------------------------------------------------------------- response and baseline keys

_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^the ")


def entity_name_key(text: str) -> str:
    """The same-name baseline's entity key of a mention text."""
    key = " ".join(text.split()).lower()
    return _POSSESSIVE_END.sub("", _LEADING_THE.sub("", key))


def _respond(
    mentions: list[GoldClusterMention], kind: str, docs: dict[str, GraphDoc]
) -> tuple[list[Hashable], int]:
    """Each gold mention's response key (a fresh singleton when no prediction overlaps it)."""
    labels: list[Hashable] = []
    overlapped = 0
    for index, mention in enumerate(mentions):
        doc = docs.get(mention.article_id)
        things = (doc.entities if kind == "entity" else doc.events) if doc else []
        span = (mention.start, mention.end)
        best: tuple[int, int, str] | None = None
        for thing in things:
            for m in thing.mentions:
                shared = overlap(span, (m.start, m.end))
                if shared and (best is None or (shared, -m.start) > best[:2]):
                    best = (shared, -m.start, thing.key)
        if best is None:
            labels.append(("singleton", index))
        else:
            labels.append(("key", best[2]))
            overlapped += 1
    return labels, overlapped


def _score_kind(
    clusters: Iterable[GoldCluster],
    kind: str,
    docs: dict[str, GraphDoc],
    baseline_keys: Callable[[list[str]], list[str]],
) -> KindReport:
    mentions: list[GoldClusterMention] = []
    gold: list[Hashable] = []
    count = 0
    for cluster in clusters:
        kept = [m for m in cluster.mentions if m.article_id in docs]
        if kept:
            count += 1
            mentions += kept
            gold += [cluster.id] * len(kept)
    response, overlapped = _respond(mentions, kind, docs)
    report = KindReport(**score_partition(gold, response).model_dump())
    report.gold_clusters, report.mentions, report.overlapped = count, len(mentions), overlapped
    report.response_clusters = len(set(response))
    report.baseline = score_partition(gold, baseline_keys([m.text for m in mentions]))
    return report


def score_clusters(
    clusters: Iterable[GoldCluster],
    docs: Iterable[GraphDoc],
    *,
    resolve: Resolve | None = None,
    event_key: EventKey | None = None,
) -> ClusterReport:
    """Score the GraphDocs of a clusters file's articles (see the module docstring for `resolve`).

    Mentions of articles without a GraphDoc are left out (e.g. under `--limit`). `event_key` makes
    the events' baseline keys; without it they are the entity rule's keys.
    """
    given = list(docs)
    resolved = resolve(given) if resolve else given
    by_id = {doc.article.id: doc for doc in resolved}
    clusters = list(clusters)
    entity_clusters = [c for c in clusters if c.kind == "entity" and c.chronicle_type]
    event_clusters = [c for c in clusters if c.kind == "event"]
    return ClusterReport(
        articles=len(by_id),
        entities=_score_kind(
            entity_clusters, "entity", by_id, lambda texts: list(map(entity_name_key, texts))
        ),
        events=_score_kind(
            event_clusters, "event", by_id, event_key or (lambda texts: list(map(entity_name_key, texts)))
        ),
    )
