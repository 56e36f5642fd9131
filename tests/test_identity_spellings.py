"""One node per real-world person, organisation and place however outlets spell it (issue 10):
the resolver of chronicle.resolution on invented entities, no server, every case in both orders."""

from itertools import permutations

import pytest

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention, PlaceInfo
from chronicle.resolution import resolve_docs
from chronicle.resolution.names import acronym_of, fold, given_name, spells_out
from chronicle.resolution.subjects import subjects


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


# Spellings of one name across outlets


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Yevgeny Prigozhin", "Evgeny Prigozhin"),  # Ye / E opening a Russian name
        ("Andriy Yermak", "Andrii Ermak"),
        ("Alexis Tsipras", "Alexis Tzipras"),  # ts / tz
        ("Gerhard Schröder", "Gerhard Schroeder"),  # umlauts written with an e
        ("Thomas Müller", "Thomas Mueller"),
        ("Uli Hoeneß", "Uli Hoeness"),  # ß
        ("Lech Wałęsa", "Lech Walesa"),  # letters Unicode does not decompose
        ("Jonas Gahr Støre", "Jonas Gahr Store"),
        ("Novak Đoković", "Novak Djokovic"),
        ("Kemal Kılıçdaroğlu", "Kemal Kilicdaroglu"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),  # marks
        ("Pyotr Tchaikovsky", "Pyotr Chaikovsky"),  # French 'Tch'
        ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy"),  # -yy / -iy / -y / -i
        ("Volodymyr Zelensky", "Volodymyr Zelenski"),
        ("Mykhailo Podolyak", "Mykhaylo Podoliak"),  # y / i, ie / ye
        ("Jean-Luc Mélenchon", "Jean Luc Melenchon"),  # hyphen and accent
        ("Sergei Gerasimov", "Sergei Gerassimov"),  # doubled letters
    ],
)
def test_fold_joins_spellings_of_one_person(one: str, other: str) -> None:
    assert fold(one, "Person") == fold(other, "Person")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sievierodonetsk", "Severodonetsk"),  # Ukrainian ie, Russian e
        ("Kyiv", "Kiev"),
        ("Yekaterinburg", "Ekaterinburg"),
        ("Nizhny Novgorod", "Nizhniy Novgorod"),
        ("Tskhinvali", "Tzkhinvali"),
    ],
)
def test_fold_joins_spellings_of_one_place(one: str, other: str) -> None:
    assert fold(one, "Place") == fold(other, "Place")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Samuel Rodriguez", "Samul Rodriguz"),  # 'ue' before a last letter or after g is no umlaut
        ("Anna Berg", "Hanna Berg"),
        ("Charles Michel", "Charles Mitchell"),  # 'tch' is folded only opening a name
    ],
)
def test_fold_keeps_different_names_apart(one: str, other: str) -> None:
    assert fold(one, "Person") != fold(other, "Person")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Aleksandr", "Oleksandr"),
        ("Alexander", "Olexandr"),
        ("Vladimir", "Volodymyr"),
        ("Muhammad", "Mohammed"),
    ],
)
def test_given_name_joins_romanisations_of_one_given_name(one: str, other: str) -> None:
    assert given_name(fold(one, "Person")) == given_name(fold(other, "Person"))
    assert given_name("brendan") == "brendan"


def test_a_russian_and_a_ukrainian_spelling_of_one_name_are_one_person() -> None:
    one = _doc("a", _entity("Person", "Oleksandr Tkachuk"))
    other = _doc("b", _entity("Person", "Aleksandr Tkachuk"))
    alone = _doc("c", _entity("Person", "Tkachuk"))
    assert _same([one, other, alone], "a:Oleksandr Tkachuk", "b:Aleksandr Tkachuk", "c:Tkachuk")


def test_a_surname_spelt_otherwise_after_a_title_joins_the_full_name() -> None:
    full = _doc("a", _entity("Person", "Yevhen Moroz"))
    titled = _doc("b", _entity("Person", "Evgeny Moroz"))
    assert _same([full, titled], "a:Yevhen Moroz", "b:Evgeny Moroz")


def test_two_people_of_one_surname_and_different_given_names_stay_apart() -> None:
    ivan = _doc("a", _entity("Person", "Ivan Tkachuk"))
    oleh = _doc("b", _entity("Person", "Oleh Tkachuk"))
    alone = _doc("c", _entity("Person", "Tkachuk"))
    assert _apart([ivan, oleh, alone], "a:Ivan Tkachuk", "b:Oleh Tkachuk")
    keys = {f"{d.article.id}:{e.name}": e.key for d in resolve_docs([ivan, oleh, alone]) for e in d.entities}
    assert keys["c:Tkachuk"] not in (keys["a:Ivan Tkachuk"], keys["b:Oleh Tkachuk"])


def test_a_surname_alone_joins_the_only_person_of_that_surname_whatever_its_romanisation() -> None:
    full = _doc("a", _entity("Person", "Dmytro Kovalenkov"))
    alone = _doc("b", _entity("Person", "Kovalenkoff"))
    other = _doc("c", _entity("Person", "Kovalenkov"))
    assert _same([full, other], "a:Dmytro Kovalenkov", "c:Kovalenkov")
    assert _apart([full, alone], "a:Dmytro Kovalenkov", "b:Kovalenkoff")  # 'ff' is not a rule


# A place named like an outlet


def test_subjects_a_place_named_like_an_outlet_is_the_organisation_and_looks_it_up() -> None:
    """The writer reads the graph's outlets before it makes the subjects (graph/identity.py), so a
    place named like one looks up what the organisation needs, in one reading."""
    desk = _entity("Place", "Harbour Ledger", place=PlaceInfo(kind="other"))
    doc = _doc("a", desk)
    (place,) = subjects(doc, set())
    (outlet,) = subjects(doc, {fold("Harbour Ledger", "Organization")})
    assert (place.type, outlet.type) == ("Place", "Organization")
    assert any(k.startswith("f|Organization|") for k in outlet.looks_up)
    assert not any(k.startswith("f|Organization|") for k in place.looks_up)


# A company named like a town ('Toyota')


def _town(article: str) -> GraphDoc:
    place = PlaceInfo(kind="city", geonames_id=1849814, country_code="JP")
    return _doc(article, _entity("Place", "Toyota", place=place, key="place:geonames:1849814"))


def _company(article: str) -> GraphDoc:
    return _doc(article, _entity("Organization", "Toyota"))


def _types(docs: list[GraphDoc]) -> set[tuple[str, ...]]:
    """The (key, type) of every entity, for every order of the articles."""
    return {
        tuple(sorted(f"{e.key} {e.type}" for d in resolve_docs(list(order)) for e in d.entities))
        for order in permutations(docs)
    }


def test_a_company_most_articles_call_so_is_not_swallowed_by_its_namesake_town() -> None:
    found = _types([_company("a"), _company("b"), _town("c")])
    assert found == {("organization:toyota Organization",) * 3}


def test_a_town_most_articles_call_so_keeps_a_stray_company_reading() -> None:
    found = _types([_company("a"), _town("b"), _town("c")])
    assert found == {("place:geonames:1849814 Place",) * 3}


def test_a_person_named_like_a_town_still_goes_by_rank() -> None:
    place = PlaceInfo(kind="city", geonames_id=1849814, country_code="JP")
    town = _doc("a", _entity("Place", "Toyota", place=place, key="place:geonames:1849814"))
    twice = _doc("b", _entity("Person", "Toyota"))
    thrice = _doc("c", _entity("Person", "Toyota"))
    assert len(_types([town, twice, thrice])) == 1


# Organisations named head first or head last


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("U.S. Department of Labor", "US Labor Department"),
        ("Ministry of Defence", "Defense Ministry"),
        ("Department of Homeland Security", "Homeland Security Department"),
        ("Committee on Harbour Safety", "Harbour Safety Committee"),
        ("Ukrainian Defense Ministry", "Ministry of Defence of Ukraine"),  # the country first, by its name
        ("Defence Ministry of Ukraine", "Ukrainian Defence Ministry"),
        ("Ministry of Foreign Affairs of Ukraine", "Ukrainian Foreign Affairs Ministry"),
        ("Communist Party of China", "Chinese Communist Party"),
        ("Armed Forces of Ukraine", "Ukrainian Armed Forces"),
        ("Russian Ministry of Foreign Affairs", "Russian Foreign Ministry"),
        ("Ministry of Internal Affairs of Ukraine", "Ukrainian Interior Ministry"),
    ],
)
def test_fold_joins_an_organisation_named_head_first_and_head_last(one: str, other: str) -> None:
    assert fold(one, "Organization") == fold(other, "Organization")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bank of Lisbon", "Lisbon Bank"),  # 'bank' is no head that moves
        ("Council of Europe", "European Council"),
        ("Bank of America", "US Bank"),  # 'America' is no country's own name
        ("American Airlines", "US Airlines"),  # a demonym in a two-word name stays
        ("Ukrainian Defence Ministry", "Russian Defence Ministry"),
    ],
)
def test_fold_keeps_organisation_words_that_differ(one: str, other: str) -> None:
    assert fold(one, "Organization") != fold(other, "Organization")


# Organisations spelt one letter apart


def test_an_organisation_spelt_one_letter_apart_is_one_organisation() -> None:
    one = _doc("a", _entity("Organization", "Kestrel Motor Company"))
    other = _doc("b", _entity("Organization", "Kestrel Motors Co."))
    typo = _doc("c", _entity("Organization", "Kestrel Mtoor"))  # two letters swapped
    assert _same([one, other], "a:Kestrel Motor Company", "b:Kestrel Motors Co.")
    assert _same([one, typo], "a:Kestrel Motor Company", "c:Kestrel Mtoor")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Labour Party", "Labor Party"),  # the first word must be the same
        ("Kestrel Foundation", "Kestrel Motors"),
        ("Marlow Bank", "Marlow Banks"),  # after the first word, too short to be matched by a near-spelling
    ],
)
def test_organisations_with_other_words_stay_apart(one: str, other: str) -> None:
    assert _apart(
        [_doc("a", _entity("Organization", one)), _doc("b", _entity("Organization", other))],
        f"a:{one}",
        f"b:{other}",
    )


def test_an_organisation_near_two_others_joins_neither() -> None:
    one = _doc("a", _entity("Organization", "Kestrel Motors"))
    other = _doc("b", _entity("Organization", "Kestrel Motels"))
    near = _doc("c", _entity("Organization", "Kestrel Motel"))
    keys = {f"{d.article.id}:{e.name}": e.key for d in resolve_docs([one, other, near]) for e in d.entities}
    assert keys["a:Kestrel Motors"] != keys["b:Kestrel Motels"]


@pytest.mark.parametrize(
    "other", ["Ukrainian General Staff", "General Staff of Ukraine", "Ukraine’s General Staff"]
)
def test_fold_joins_ways_of_writing_a_country_organisation(other: str) -> None:
    assert fold("Ukraine's General Staff", "Organization") == fold(other, "Organization")


def test_fold_keeps_two_countries_organisations_apart() -> None:
    assert fold("Ukraine's General Staff", "Organization") != fold("Russia's General Staff", "Organization")


def test_one_countrys_general_staff_is_one_node_and_another_countrys_another() -> None:
    russia = _doc("a", _entity("Organization", "Russia's General Staff", "General Staff"))
    russian = _doc("b", _entity("Organization", "Russian General Staff", "General Staff"))
    ukraine = _doc("c", _entity("Organization", "Ukraine's General Staff", "General Staff"))
    docs = [russia, russian, ukraine]
    assert _same(docs, "a:Russia's General Staff", "b:Russian General Staff")
    assert _apart(docs, "a:Russia's General Staff", "c:Ukraine's General Staff")
