"""The `clusters.jsonl` section of GOLD_FORMAT.md: MUC, B³, CEAF-e on hand-computed examples, and
response clusters built from hand-made GraphDocs (no spaCy)."""

import itertools
import random

import pytest

from chronicle.extraction.gold import GoldCluster
from chronicle.extraction.models import ArticleRecord, Entity, Event, Evidence, GraphDoc, Mention
from chronicle.extraction.scoring.clusters import (
    b_cubed,
    ceaf_e,
    entity_name_key,
    muc,
    score_clusters,
    score_partition,
)
from tests.conftest import SHARED

# gold {a,b,c} {d,e}; response {a,b} {c,d,e}  (mentions a..e are 0..4)
GOLD = ["K1", "K1", "K1", "K2", "K2"]
RESPONSE = ["R1", "R1", "R2", "R2", "R2"]


def test_muc_counts_links():
    # recall: {a,b,c} split in 2 -> 1 of 2 links, {d,e} whole -> 1 of 1: 2/3; precision likewise 2/3
    m = muc(GOLD, RESPONSE)
    assert (m.precision, m.recall, m.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_muc_textbook_one_key_cluster_split_in_two():
    m = muc(["A"] * 4, ["x", "x", "y", "y"])  # Vilain et al.: R = (4-2)/(4-1), P = 2/2
    assert (m.precision, m.recall) == pytest.approx((1.0, 2 / 3))


def test_muc_all_singletons_is_zero_not_an_error():
    m = muc(GOLD, list(range(5)))
    assert (m.precision, m.recall, m.f1) == (0.0, 0.0, 0.0)


def test_b_cubed_per_mention_average():
    # P: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15; R: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    m = b_cubed(GOLD, RESPONSE)
    assert (m.precision, m.recall) == pytest.approx((11 / 15, 11 / 15))


def test_ceaf_e_phi4_with_optimal_alignment():
    # phi4(K1,R1)=2*2/5, phi4(K2,R2)=2*2/5, crossing pairs 2*1/6 and 0: best total 1.6 over 2 and 2
    m = ceaf_e(GOLD, RESPONSE)
    assert (m.precision, m.recall) == pytest.approx((0.8, 0.8))


def test_ceaf_e_precision_and_recall_divide_by_their_own_cluster_counts():
    m = ceaf_e(["K"] * 4, ["x", "x", "y", "z"])  # best: K-x, phi4 = 2*2/(4+2)
    assert (m.precision, m.recall) == pytest.approx((2 / 3 / 3, 2 / 3))


def _brute_force_ceaf_total(gold: list, response: list) -> float:
    key = [{i for i, g in enumerate(gold) if g == k} for k in dict.fromkeys(gold)]
    resp = [{i for i, r in enumerate(response) if r == k} for k in dict.fromkeys(response)]
    small, large = (key, resp) if len(key) <= len(resp) else (resp, key)
    best = 0.0
    for chosen in itertools.permutations(range(len(large)), len(small)):
        total = sum(
            2 * len(s & large[j]) / (len(s) + len(large[j])) for s, j in zip(small, chosen, strict=True)
        )
        best = max(best, total)
    return best


@pytest.mark.parametrize("seed", range(20))
def test_ceaf_e_alignment_is_the_optimum_of_every_one_to_one_alignment(seed):
    rng = random.Random(seed)
    gold = [rng.randrange(4) for _ in range(8)]
    response = [rng.randrange(5) for _ in range(8)]
    m = ceaf_e(gold, response)
    assert m.recall * len(set(gold)) == pytest.approx(_brute_force_ceaf_total(gold, response))


def test_conll_f1_is_the_mean_of_the_three_f1():
    scores = score_partition(GOLD, RESPONSE)
    assert scores.conll_f1 == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_perfect_response_scores_one_everywhere():
    scores = score_partition(GOLD, ["p", "p", "p", "q", "q"])
    assert (scores.muc.f1, scores.b3.f1, scores.ceafe.f1, scores.conll_f1) == (1.0, 1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The  Harbour\nBoard", "harbour board"),
        ("Harbour Board's", "harbour board"),
        ("Harbour Board\u2019s", "harbour board"),
        ("the Mayors'", "mayors"),
        ("Mayors\u2019", "mayors"),
        ("Theatre", "theatre"),
    ],
)
def test_entity_name_key_of_the_same_name_baseline(text, key):
    assert entity_name_key(text) == key


# ---------------------------------------------------------------- response clusters from GraphDocs

TEXTS = {
    "a1": "Ana Lopez met the Harbour Board. Lopez said the board agreed.",
    "a2": "The Harbour Board thanked Mayor Lopez after the vote.",
}
EVIDENCE = Evidence(sentence="x", start=0, end=1)


def mention(article: str, fragment: str, nth: int = 0) -> dict:
    text, start = TEXTS[article], -1
    for _ in range(nth + 1):
        start = text.index(fragment, start + 1)
    return {"article_id": article, "start": start, "end": start + len(fragment), "text": fragment}


def cluster(
    cid: str, *mentions: dict, kind: str = "entity", chronicle_type: str | None = "Person"
) -> GoldCluster:
    return GoldCluster(id=cid, kind=kind, chronicle_type=chronicle_type, mentions=list(mentions))


def entity(key: str, article: str, *fragments: str, kind: str = "Person") -> Entity:
    mentions = [
        Mention(**{k: v for k, v in mention(article, f).items() if k != "article_id"}) for f in fragments
    ]
    return Entity(key=key, type=kind, name=fragments[0], mentions=mentions)


def doc(article: str, entities: list[Entity] = (), events: list[Event] = ()) -> GraphDoc:
    record = ArticleRecord(id=article, word_count=10, extractor_version="test")
    return GraphDoc(article=record, entities=list(entities), events=list(events))


LOPEZ = cluster("lopez", mention("a1", "Ana Lopez"), mention("a1", "Lopez", 1), mention("a2", "Mayor Lopez"))
BOARD = cluster(
    "board",
    mention("a1", "the Harbour Board"),
    mention("a2", "The Harbour Board"),
    chronicle_type="Organization",
)


def test_clusters_one_key_across_articles_is_one_cluster():
    docs = [
        doc(
            "a1",
            [
                entity("person:lopez", "a1", "Ana Lopez", "Lopez said"),
                entity("org:board", "a1", "Harbour Board"),
            ],
        ),
        doc("a2", [entity("person:lopez", "a2", "Lopez after"), entity("org:board", "a2", "Harbour Board")]),
    ]
    report = score_clusters([LOPEZ, BOARD], docs).entities
    assert (report.mentions, report.gold_clusters, report.overlapped, report.response_clusters) == (
        5,
        2,
        5,
        2,
    )
    assert report.conll_f1 == 1.0


def test_clusters_per_article_keys_split_a_cross_document_cluster():
    docs = [
        doc("a1", [entity("a1:lopez", "a1", "Ana Lopez", "Lopez said")]),
        doc("a2", [entity("a2:lopez", "a2", "Mayor Lopez")]),
    ]
    report = score_clusters([LOPEZ], docs).entities
    assert report.muc.recall == pytest.approx(1 / 2)  # 3 mentions, 2 parts: 1 of 2 links


def test_clusters_unmatched_gold_mentions_are_singletons_and_extra_predictions_ignored():
    docs = [doc("a1", [entity("person:lopez", "a1", "Ana Lopez"), entity("person:x", "a1", "board agreed")])]
    report = score_clusters([LOPEZ], docs).entities
    assert (report.mentions, report.overlapped, report.response_clusters) == (2, 1, 2)  # a2 not extracted
    assert report.muc.recall == 0.0


def test_clusters_largest_overlap_wins():
    # gold "Ana Lopez" (0-9): "Ana Lopez met" overlaps it by 9, "Lopez" by 5
    wide = entity("person:wide", "a1", "Ana Lopez met")
    narrow = entity("person:narrow", "a1", "Lopez", "Lopez said")  # also the second gold mention
    report = score_clusters([LOPEZ], [doc("a1", [narrow, wide])]).entities
    assert report.muc.recall == 0.0  # "Ana Lopez" went to person:wide, apart from "Lopez said"


def test_clusters_overlap_tie_goes_to_the_earlier_starting_predicted_mention():
    # gold "Ana Lopez" (0-9): "Ana" (0-3) and "a L" (2-5) overlap it by 3 each
    later = Entity(
        key="person:later", type="Person", name="a L", mentions=[Mention(text="a L", start=2, end=5)]
    )
    earlier = entity("person:earlier", "a1", "Ana", "Lopez said")  # also the second gold mention
    gold = cluster("c", mention("a1", "Ana Lopez"), mention("a1", "Lopez", 1))
    report = score_clusters([gold], [doc("a1", [later, earlier])]).entities
    assert report.muc.recall == 1.0


def test_clusters_entities_only_with_a_chronicle_type_events_all():
    product = cluster("product", mention("a1", "board agreed"), chronicle_type=None)
    vote = cluster("vote", mention("a2", "the vote"), kind="event", chronicle_type=None)
    said = cluster("said", mention("a1", "said"), kind="event", chronicle_type=None)
    event = Event(
        key="event:vote",
        name="vote",
        type="vote",
        mentions=[Mention(**{k: v for k, v in mention("a2", "vote").items() if k != "article_id"})],
        evidence=EVIDENCE,
    )
    report = score_clusters([LOPEZ, product, vote, said], [doc("a1"), doc("a2", events=[event])])
    assert (report.entities.gold_clusters, report.entities.mentions) == (1, 3)
    assert (report.events.gold_clusters, report.events.mentions, report.events.overlapped) == (2, 2, 1)


def test_clusters_same_name_baseline_entities_and_injected_event_keys():
    board = cluster("board", mention("a1", "the Harbour Board"), mention("a2", "The Harbour Board"))
    report = score_clusters([board], [doc("a1"), doc("a2")])
    assert report.entities.baseline.conll_f1 == 1.0  # both mentions key to "harbour board"
    assert report.entities.conll_f1 < 1.0  # no predictions: two singletons
    said = cluster("said", mention("a1", "said"), kind="event")
    agreed = cluster("agreed", mention("a1", "agreed"), kind="event")
    merged = score_clusters([said, agreed], [doc("a1")], event_key=lambda texts: ["verb"] * len(texts))
    assert merged.events.baseline.muc.precision == 0.0  # one response cluster over two gold singletons


def test_clusters_resolve_decides_keys_across_articles():
    docs = [
        doc("a1", [entity("a1:lopez", "a1", "Ana Lopez", "Lopez said")]),
        doc("a2", [entity("a2:lopez", "a2", "Mayor Lopez")]),
    ]

    def resolve(graph_docs: list[GraphDoc]) -> list[GraphDoc]:
        resolved = []
        for graph_doc in graph_docs:
            entities = [e.model_copy(update={"key": "person:lopez"}) for e in graph_doc.entities]
            resolved.append(graph_doc.model_copy(update={"entities": entities}))
        return resolved

    assert score_clusters([LOPEZ], docs).entities.conll_f1 < 1.0
    assert score_clusters([LOPEZ], docs, resolve=resolve).entities.conll_f1 == 1.0


@pytest.mark.shared_data
def test_clusters_reference_figures_of_the_meantime_readme():
    """The same-name and all-singleton rows of meantime-coref/README.md, without extraction."""
    from chronicle.extraction.gold import load_clusters

    clusters = load_clusters(SHARED / "data" / "meantime-coref" / "clusters.jsonl")
    entities = [(c.id, m) for c in clusters if c.kind == "entity" and c.chronicle_type for m in c.mentions]
    gold = [cid for cid, _ in entities]
    baseline = score_partition(gold, [entity_name_key(m.text) for _, m in entities])
    singletons = score_partition(gold, list(range(len(gold))))
    rounded = [
        round(100 * x, 1) for x in (baseline.muc.f1, baseline.b3.f1, baseline.ceafe.f1, baseline.conll_f1)
    ]
    assert (len(gold), rounded) == (2188, [75.3, 49.5, 48.6, 57.8])
    assert [round(100 * x, 1) for x in (singletons.b3.f1, singletons.ceafe.f1, singletons.conll_f1)] == [
        28.8,
        21.1,
        16.6,
    ]
