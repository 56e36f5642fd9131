"""Cross-document identity without a server: the resolver of chronicle.resolution on invented articles."""

from itertools import permutations
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from chronicle.extraction.models import (
    ArticleRecord,
    Entity,
    Event,
    EventReport,
    Evidence,
    GraphDoc,
    Mention,
    PlaceInfo,
)
from chronicle.extraction.pipeline import extract_many
from chronicle.resolution import resolve_docs
from chronicle.resolution.decisions import NothingToDecide, alias_decision, merge_decision, split_decision
from chronicle.resolution.duplicates import Node, duplicate_pairs
from chronicle.resolution.memory import MemoryIndex
from chronicle.resolution.names import acronym_of, display_rank, fold
from chronicle.resolution.rewrite import rewrite
from chronicle.resolution.subjects import is_town_key
from tests.identity_articles import articles


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[GraphDoc]:
    return list(extract_many(articles()))


def _keys(docs: list[GraphDoc]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, name as extracted) -> (node key, type) after resolution."""
    return {(d.article.id, m.text): (e.key, e.type) for d in docs for e in d.entities for m in e.mentions}


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Syrskyi", "Syrsky"),
        ("Syrskiy", "Sirskyi"),
        ("Zelenskyy", "Zelensky"),
        ("Kyiv", "Kiev"),
        ("Kharkiv", "Kharkov"),
        ("Lviv", "Lvov"),
        ("Olexandr", "Oleksandr"),
        ("Kharkiw", "Kharkiv"),
    ],
)
def test_fold_joins_romanisations(variant: str, canonical: str) -> None:
    assert fold(variant, "Place") == fold(canonical, "Place")


@pytest.mark.parametrize(
    ("key", "rank", "town"),
    [
        ("place:geonames:1850147", 2, True),  # a city
        ("place:geonames:704417", 1, True),
        ("place:geonames:1861060", 3, False),  # ranked as a region or country
        ("place:iso:UA-14", 2, False),  # not a gazetteer town key
        ("organization:toyota", 0, False),
    ],
)
def test_is_town_key_is_a_geonames_place_of_rank_two_or_less(key: str, rank: int, town: bool) -> None:
    """One rule for a subject (`is_town`) and for an index entry (the resolver's town-or-company)."""
    assert is_town_key(key, rank) is town


def test_fold_keeps_organisation_words() -> None:
    assert fold("Sony Corp.", "Organization") == "sony"
    assert fold("The Institute for the Study of War's", "Organization") == "institute for the study of war"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("U.S. Air Force", "United States Air Force"),
        ("US Air Force", "United States Air Force"),
        ("Airbus Group N.V.", "Airbus Group NV"),
        ("UK Ministry of Defense", "United Kingdom Ministry of Defence"),
    ],
)
def test_fold_joins_organisation_spellings(variant: str, canonical: str) -> None:
    assert fold(variant, "Organization") == fold(canonical, "Organization")


def test_fold_keeps_single_initials_and_different_parties_apart() -> None:
    assert fold("George W. Bush", "Person") == fold("George W Bush", "Person")
    assert fold("Labor Party", "Organization") != fold("Labour Party", "Organization")


def test_acronym_of_skips_function_words() -> None:
    assert acronym_of("Institute for the Study of War") == "ISW"
    assert acronym_of("Reuters") is None


def test_display_rank_prefers_full_names_and_national_romanisation() -> None:
    assert display_rank("Oleksandr Syrskyi") > display_rank("Oleksandr Syrskiy") > display_rank("Syrskyi")


def test_five_spellings_across_five_articles_are_one_person(docs: list[GraphDoc]) -> None:
    resolved = resolve_docs(docs)
    people = {
        e.key for d in resolved[:5] for e in d.entities if e.type == "Person" and "mykola" not in e.key
    } - {e.key for e in resolved[4].entities if e.name == "Rustem Umerov"}
    assert people == {"person:oleksandr-sirski"}


def test_acronym_alone_joins_the_institute(docs: list[GraphDoc]) -> None:
    for order in (docs, docs[::-1]):
        keys = _keys(resolve_docs(order))
        assert keys[("identity-test-6", "ISW")] == keys[("identity-test-5", "Institute for the Study of War")]


def test_obama_stays_a_person(docs: list[GraphDoc]) -> None:
    for order in (docs, docs[::-1]):
        keys = _keys(resolve_docs(order))
        assert keys[("identity-test-7", "Obama")] == ("person:barack-obama", "Person")


def test_kiev_and_kyiv_are_one_place(docs: list[GraphDoc]) -> None:
    keys = _keys(resolve_docs(docs))
    assert keys[("identity-test-4", "Kiev")] == keys[("identity-test-1", "Kyiv")]


def test_resolution_does_not_depend_on_the_order(docs: list[GraphDoc]) -> None:
    first = _keys(resolve_docs(docs))
    for order in list(permutations(range(len(docs))))[::997]:
        assert _keys(resolve_docs([docs[i] for i in order])) == first


def test_reextracting_gives_the_same_nodes(docs: list[GraphDoc]) -> None:
    index = MemoryIndex()
    first = _keys(resolve_docs(docs, index))
    again = _keys(resolve_docs(docs, index))
    assert again == first


def _doc(article: str, *entities: Entity, source: str | None = None) -> GraphDoc:
    from chronicle.extraction.models import ArticleRecord

    record = ArticleRecord(id=article, source=source, word_count=10, extractor_version="test")
    return GraphDoc(article=record, entities=list(entities))


def _entity(kind: str, name: str, place: PlaceInfo | None = None, key: str | None = None) -> Entity:
    return Entity(
        key=key or f"{kind.lower()}:{name.lower().replace(' ', '-')}",
        type=kind,  # type: ignore[arg-type]
        name=name,
        mentions=[Mention(text=name, start=0, end=len(name))],
        place=place,
    )


def test_an_outlet_is_never_a_place() -> None:
    desk = _entity("Place", "Eastern Europe Desk", PlaceInfo(kind="other"))
    (doc,) = resolve_docs([_doc("a", desk, source="Eastern Europe Desk")])
    assert (doc.entities[0].type, doc.entities[0].key) == ("Organization", "organization:eastern-europe-desk")


def test_a_type_conflict_goes_to_the_stronger_evidence() -> None:
    weak = _doc("a", _entity("Place", "Kestrel Holdings Group", PlaceInfo(kind="other")))
    strong = _doc("b", _entity("Organization", "Kestrel Holdings Group"))
    for order in ([weak, strong], [strong, weak]):
        keys = {d.article.id: (d.entities[0].key, d.entities[0].type) for d in resolve_docs(order)}
        assert keys == {
            "a": ("organization:kestrel", "Organization"),
            "b": ("organization:kestrel", "Organization"),
        }


@pytest.mark.parametrize("lone", ["Person", "Organization", "Place"])
def test_two_people_with_one_surname_keep_a_lone_surname_apart_in_any_order(lone: str) -> None:
    """However the articles come, a surname alone (typed a person, or mistyped) stays apart from the
    two people who bear it: one that joined the first person is split off when the second comes."""
    a = _doc("a", _entity("Person", "Ivo Tessaro"))
    b = _doc("b", _entity("Person", "Marta Tessaro"))
    c = _doc("c", _entity(lone, "Tessaro", PlaceInfo(kind="other") if lone == "Place" else None))
    d = _doc("d", _entity("Person", "Tessaro"))
    outcomes = set()
    for order in permutations([a, b, c, d]):
        keys = {doc.article.id: doc.entities[0].key for doc in resolve_docs(list(order))}
        assert keys["a"] != keys["b"]
        assert keys["c"] not in (keys["a"], keys["b"]) and keys["d"] not in (keys["a"], keys["b"])
        outcomes.add(tuple(sorted(keys.items())))
    assert len(outcomes) == 1, outcomes


@pytest.mark.parametrize("lone", ["Person", "Organization", "Place"])
def test_a_lone_surname_joins_the_one_person_who_bears_it_in_either_order(lone: str) -> None:
    a = _doc("a", _entity("Person", "Ivo Tessaro"))
    c = _doc("c", _entity(lone, "Tessaro", PlaceInfo(kind="other") if lone == "Place" else None))
    for order in ([a, c], [c, a]):
        keys = {doc.article.id: doc.entities[0].key for doc in resolve_docs(order)}
        assert keys == {"a": "person:ivo-tesaro", "c": "person:ivo-tesaro"}, order


def test_analyst_merge_joins_later_articles_of_either_name() -> None:
    index = MemoryIndex()
    resolve_docs([_doc("a", _entity("Organization", "Harbour Watch Group"))], index)
    resolve_docs([_doc("b", _entity("Organization", "Quayside Monitors"))], index)
    index.decide(
        merge_decision(
            "Harbour Watch Group",
            "organization:harbour-watch-group",
            "Organization",
            2,
            "Quayside Monitors",
            "organization:quayside-monitors",
        )
    )
    (doc,) = resolve_docs([_doc("c", _entity("Organization", "Quayside Monitors"))], index)
    assert doc.entities[0].key == "organization:harbour-watch-group"


def test_analyst_alias_joins_a_spelling_the_rules_miss() -> None:
    index = MemoryIndex()
    resolve_docs([_doc("a", _entity("Person", "Ilse Marrow"))], index)
    index.decide(alias_decision("Ilse Marrow", "person:ilse-marrow", "Person", 3, "Ilse Marrow-Kettering"))
    (doc,) = resolve_docs([_doc("b", _entity("Person", "Ilse Marrow-Kettering"))], index)
    assert doc.entities[0].key == "person:ilse-marrow"


def test_analyst_split_keeps_a_near_spelling_apart_in_any_order() -> None:
    full = _doc("a", _entity("Person", "Oleksandr Syrskyi"))
    near = _doc("b", _entity("Person", "Oleksandr Syrksky"))
    both = _entity("Person", "Oleksandr Syrskyi")
    both.aliases = ["Oleksandr Syrksky"]
    mixed = _doc("c", both)
    split = split_decision("Oleksandr Syrskyi", "person:oleksandr-sirski", "Person", "Oleksandr Syrksky")
    for order in ([full, near, mixed], [near, mixed, full], [mixed, near, full]):
        index = MemoryIndex()
        index.decide(split)
        keys = {d.article.id: d.entities[0].key for d in resolve_docs(order, index)}
        assert keys == {
            "a": "person:oleksandr-sirski",
            "b": "person:oleksandr-sirkski",
            "c": "person:oleksandr-sirski",
        }


def test_a_decision_that_changes_nothing_is_refused() -> None:
    with pytest.raises(NothingToDecide):
        split_decision("Oleksandr Syrskyi", "person:oleksandr-sirski", "Person", "Oleksandr Syrskiy")
    with pytest.raises(NothingToDecide):
        merge_decision("ISW", "organization:isw", "Organization", 1, "ISW", "organization:isw")


def _node(key: str, name: str, kind: str, articles: list[str], aliases: list[str] | None = None) -> Node:
    return Node(key=key, name=name, type=kind, aliases=aliases or [], articles=articles)


def test_duplicate_pairs_give_their_evidence() -> None:
    nodes = [
        _node("person:oleksandr-sirski", "Oleksandr Syrskyi", "Person", ["a", "b"]),
        _node("organization:sirski", "Syrsky", "Organization", ["c"]),
        _node(
            "organization:institute-for-the-study-of-war",
            "Institute for the Study of War",
            "Organization",
            ["d"],
        ),
        _node("organization:isw", "ISW", "Organization", ["d", "e"]),
        _node("place:kyiv", "Kyiv", "Place", ["e"]),
        _node("organization:kiev", "Kiev", "Organization", ["f"]),
        _node("person:marta-lind", "Marta Lind", "Person", ["g"]),
    ]
    found = {(p.a, p.b): p.evidence for p in duplicate_pairs(nodes)}
    assert found == {
        ("Oleksandr Syrskyi", "Syrsky"): [
            "surname 'sirski' alone",
            "types differ (Person, Organization)",
            "never in one article",
        ],
        ("ISW", "Institute for the Study of War"): [
            "'ISW' is the acronym of 'Institute for the Study of War'",
            "together in 1 article",
        ],
        ("Kiev", "Kyiv"): [
            "same name folded 'kiv'",
            "types differ (Organization, Place)",
            "never in one article",
        ],
    }


def _mentioned(kind: str, name: str, times: int) -> Entity:
    entity = _entity(kind, name)
    entity.mentions = [Mention(text=name, start=i * 20, end=i * 20 + len(name)) for i in range(times)]
    return entity


def test_a_same_rank_type_conflict_goes_to_the_most_mentions_in_any_order() -> None:
    person = _doc("a", _mentioned("Person", "Vantor", 3))
    firm_b = _doc("b", _mentioned("Organization", "Vantor", 1))
    firm_c = _doc("c", _mentioned("Organization", "Vantor", 1))
    for order in permutations([person, firm_b, firm_c]):
        resolved = resolve_docs(list(order))
        assert {(d.entities[0].key, d.entities[0].type) for d in resolved} == {("person:vantor", "Person")}


def test_a_same_rank_type_conflict_follows_new_evidence_in_any_order() -> None:
    person = _doc("a", _mentioned("Person", "Vantor", 2))
    firms = [_doc(f"f{i}", _mentioned("Organization", "Vantor", 1)) for i in range(3)]
    for order in ([person, *firms], [*firms, person], [firms[0], person, *firms[1:]]):
        resolved = resolve_docs(order)
        assert {(d.entities[0].key, d.entities[0].type) for d in resolved} == {
            ("organization:vantor", "Organization")
        }


def test_a_same_rank_type_tie_goes_to_the_fixed_order() -> None:
    person = _doc("a", _mentioned("Person", "Vantor", 1))
    firm = _doc("b", _mentioned("Organization", "Vantor", 1))
    for order in ([person, firm], [firm, person]):
        assert {d.entities[0].key for d in resolve_docs(order)} == {"person:vantor"}


def test_reextracting_an_article_does_not_count_its_votes_twice() -> None:
    person = _doc("a", _mentioned("Person", "Vantor", 2))
    firm = _doc("b", _mentioned("Organization", "Vantor", 3))
    index = MemoryIndex()
    resolve_docs([firm, person, person, person], index)
    assert {d.entities[0].key for d in resolve_docs([person], index)} == {"organization:vantor"}


def test_rewrite_maps_who_states_an_event_to_the_node_key() -> None:
    said = Mention(text="a raid", start=0, end=6)
    event = Event(
        key="event:attack:raid",
        name="raid",
        type="attack",
        status="claimed",
        stated_by_key="person:old",
        reports=[EventReport(status="claimed", stated_by_key="person:old", mention=said)],
        evidence=Evidence(sentence="a raid", start=0, end=6),
    )
    doc = GraphDoc(article=ArticleRecord(id="x", word_count=2, extractor_version="test"), events=[event])
    out = rewrite(doc, {"person:old": "person:new"}, {})
    assert out.events[0].stated_by_key == "person:new"
    assert [r.stated_by_key for r in out.events[0].reports] == ["person:new"]


# articles that each name one person in full or a surname alone (typed a person or mistyped)
_SURNAME_POOL = (
    ("Person", "Ivo Tessaro"),
    ("Person", "Marta Tessaro"),
    ("Person", "Lena Varga"),
    ("Person", "Tessaro"),
    ("Organization", "Tessaro"),
    ("Place", "Tessaro"),
    ("Person", "Varga"),
    ("Organization", "Varga"),
    ("Person", "Vargha"),
)


def _pool_doc(i: int) -> GraphDoc:
    kind, name = _SURNAME_POOL[i]
    return _doc(f"pool-{i}", _entity(kind, name, PlaceInfo(kind="other") if kind == "Place" else None))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(range(len(_SURNAME_POOL))), min_size=2, max_size=6, unique=True), st.randoms()
)
def test_surname_resolution_does_not_depend_on_the_order(picked: list[int], random: Random) -> None:
    docs = [_pool_doc(i) for i in picked]
    shuffled = list(docs)
    random.shuffle(shuffled)

    def nodes(order: list[GraphDoc]) -> dict[str, str]:
        return {d.article.id: d.entities[0].key for d in resolve_docs(order)}

    assert nodes(shuffled) == nodes(docs)
