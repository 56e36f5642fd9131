"""One node per real-world person, organisation and place however outlets spell it (issue 10):
the resolver of chronicle.resolution on invented entities, no server, every case in both orders."""

from itertools import permutations

import pytest

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention, PlaceInfo
from chronicle.resolution import resolve_docs
from chronicle.resolution.names import acronym_of, spells_out


def _doc(article: str, *entities: Entity) -> GraphDoc:
    record = ArticleRecord(id=article, word_count=10, extractor_version="test")
    return GraphDoc(article=record, entities=list(entities))


def _entity(
    kind: str, name: str, *aliases: str, place: PlaceInfo | None = None, key: str | None = None
) -> Entity:
    return Entity(
        key=key or f"{kind.lower()}:{name.lower().replace(' ', '-')}",
        type=kind,  # type: ignore[arg-type]
        name=name,
        aliases=list(aliases),
        mentions=[Mention(text=name, start=0, end=len(name))],
        place=place,
    )


def _nodes(docs: list[GraphDoc]) -> list[dict[str, str]]:
    """Every order of the articles -> (article id -> the key of each entity, by name)."""
    found = []
    for order in permutations(docs):
        keys: dict[str, str] = {}
        for doc in resolve_docs(list(order)):
            for entity in doc.entities:
                keys[f"{doc.article.id}:{entity.name}"] = entity.key
        found.append(keys)
    return found


def _same(docs: list[GraphDoc], *names: str) -> bool:
    """Whether the named entities ('article:name') share one node in every order."""
    return all(len({keys[n] for n in names}) == 1 for keys in _nodes(docs))


def _apart(docs: list[GraphDoc], *names: str) -> bool:
    """Whether the named entities have different nodes in every order."""
    return all(len({keys[n] for n in names}) == len(names) for keys in _nodes(docs))


# Acronyms written beside the name they stand for


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("SIA", "Singapore Airlines", True),  # a letter from inside a word
        ("EADS", "European Aeronautic Defence & Space NV", True),  # the suffix gives nothing
        ("NYSE", "New York Stock Exchange", True),
        ("ISW", "Institute for the Study of War", True),
        ("IBM", "Singapore Airlines", False),
        ("CIA", "Singapore International Airlines", False),  # no content word is skipped
        ("PH", "Pine Avenue Holdings", False),  # no content word is skipped
    ],
)
def test_spells_out(acronym: str, name: str, expected: bool) -> None:
    assert spells_out(acronym, name) is expected


def test_acronym_of_drops_a_corporate_suffix() -> None:
    assert acronym_of("Northgate Aero Systems Ltd") == "NAS"
    assert acronym_of("Quillon Harbour Freight NV") == "QHF"


def test_an_acronym_beside_an_airline_joins_the_acronym_used_alone() -> None:
    full = _doc("a", _entity("Organization", "Marlow Island Airways", "MIA"))
    alone = _doc("b", _entity("Organization", "MIA"))
    assert _same([full, alone], "a:Marlow Island Airways", "b:MIA")


def test_an_acronym_with_inner_letters_joins_the_acronym_used_alone() -> None:
    full = _doc("a", _entity("Organization", "Tasman Pacific Airlines", "TPAL"))
    alone = _doc("b", _entity("Organization", "TPAL"))
    assert _same([full, alone], "a:Tasman Pacific Airlines", "b:TPAL")


def test_a_company_suffix_does_not_hide_its_acronym() -> None:
    full = _doc("a", _entity("Organization", "Ferrovia Adriatica Costruzioni SpA", "FAC"))
    alone = _doc("b", _entity("Organization", "FAC"))
    assert _same([full, alone], "a:Ferrovia Adriatica Costruzioni SpA", "b:FAC")


def test_an_acronym_that_spells_something_else_stays_apart() -> None:
    full = _doc("a", _entity("Organization", "Marlow Island Airways", "MIA"))
    other = _doc("b", _entity("Organization", "Northern Coast Railways", "MIA"))
    alone = _doc("c", _entity("Organization", "MIA"))
    assert _apart([full, other], "a:Marlow Island Airways", "b:Northern Coast Railways")
    assert _apart([other, alone], "b:Northern Coast Railways", "c:MIA")
