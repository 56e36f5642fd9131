"""A small invented graph for the query catalog's tests: two articles about a fictional front line.

Every key and id starts with `test-q4-` and every name is invented, so the fixture can live next to
other people's data in the shared Neo4j without making their names ambiguous, and teardown deletes
exactly what it wrote. The scenario mirrors the seed story (an operation elsewhere relieved a city;
110,000 vs 111,000 troops near it), with sentences written for these tests.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from neo4j import Driver

from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Effect,
    Entity,
    Event,
    Evidence,
    GraphDoc,
    Mention,
    Participant,
    PlaceInfo,
    Quantity,
    When,
)

__all__ = [
    "ARTICLE_A",
    "ARTICLE_B",
    "PREFIX",
    "SOURCES",
    "delete_fixture",
    "fixture_docs",
    "fixture_in_graph",
    "load_fixture",
]

PREFIX = "test-q4-"
ARTICLE_A = f"{PREFIX}article-a"
ARTICLE_B = f"{PREFIX}article-b"
SOURCES = ("Test Q4 Wire", "Test Q4 Daily")

VARNLAND = f"{PREFIX}place:varnland"
MORVAN = f"{PREFIX}place:morvan-oblast"
ZARVASK = f"{PREFIX}place:zarvask"
LINDOW = f"{PREFIX}place:lindow"
KELMAR = f"{PREFIX}place:kelmar"
TESSARO = f"{PREFIX}person:ivo-tessaro"
MARTA = f"{PREFIX}person:marta-tessaro"
INSTITUTE = f"{PREFIX}organization:institute-for-q4-studies"
STAFF = f"{PREFIX}organization:varnland-frontier-council"
ARMY = f"{PREFIX}organization:ostland-army"
OPERATION = f"{PREFIX}event:operation:kelmar-operation"
CAPTURE = f"{PREFIX}event:capture:capture-of-zarvask"
OFFENSIVE = f"{PREFIX}event:offensive:zarvask-offensive"
MINE = f"{PREFIX}event:closure:closure-of-zarvask-mine"
LINDOW_FALL = f"{PREFIX}event:capture:fall-of-lindow"


def _day(value: str, text: str) -> When:
    day = date.fromisoformat(value)
    return When(value=value, valid_from=day, valid_to=day, precision="day", text=text)


def _span(value: str, start: str, end: str, precision: str, text: str, mod: str | None = None) -> When:
    return When(
        value=value,
        mod=mod,  # type: ignore[arg-type]
        valid_from=date.fromisoformat(start),
        valid_to=date.fromisoformat(end),
        precision=precision,  # type: ignore[arg-type]
        text=text,
    )


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def _place(key: str, name: str, kind: str, part_of: str | None, part_name: str | None) -> Entity:
    info = PlaceInfo(kind=kind, country_code="ZZ", admin1="Morvan Oblast" if part_of == MORVAN else None)  # type: ignore[arg-type]
    info.part_of_key, info.part_of_name = part_of, part_name
    return Entity(key=key, type="Place", name=name, place=info, mentions=[Mention(text=name, start=0, end=1)])


def _who(key: str, kind: str, name: str, *aliases: str) -> Entity:
    return Entity(key=key, type=kind, name=name, aliases=list(aliases))  # type: ignore[arg-type]


_SENTENCES_A = (
    "Ostland has massed 110,000 troops near Zarvask, General Ivo Tessaro said on Friday.",
    "The Institute for Q4 Studies said late last year that Ostland could not add troops near Zarvask "
    "because it was busy containing the Kelmar incursion.",
    "Tessaro said last week that the Kelmar operation pulled back nearly 63,000 Ostland troops "
    "and 7,000 Eastland troops.",
    "'This weakened the Zarvask offensive, and Zarvask has not fallen, thanks in part to our Kelmar "
    "operation,' he said.",
    "Ostland announced the capture of Zarvask in September 2024.",
    "The Zarvask mine closed early this year.",
)
_SENTENCES_B = (
    "Tessaro said this week there are 111,000 troops near Zarvask.",
    "That compares to about 70,000 Ostland troops in the area last December, according to the "
    "Varnland Frontier Council.",
    "The Ostland Army said on Saturday that the village of Lindow had been taken.",
    "Lindow had about 2,000 residents before the war.",
    "The Varnland Frontier Council denied on Sunday that Lindow had been taken.",
)


def _article_a() -> GraphDoc:
    text = " ".join(_SENTENCES_A)
    s1, s2, s3, s4, s5, s6 = _SENTENCES_A
    week25 = _span("2025-W25", "2025-06-16", "2025-06-22", "week", "last week")
    late_2024 = _span("2024", "2024-09-01", "2024-12-31", "year", "late last year", "END")
    friday = _day("2025-06-27", "on Friday")
    return GraphDoc(
        article=ArticleRecord(
            id=ARTICLE_A,
            title="Ostland masses 110,000 troops near Zarvask",
            url="https://example.test/q4/a",
            source=SOURCES[0],
            published_at=date(2025, 6, 28),
            word_count=len(text.split()),
            extractor_version="test-q4",
        ),
        entities=[
            _place(VARNLAND, "Varnland", "country", None, None),
            _place(MORVAN, "Morvan Oblast", "region", VARNLAND, "Varnland"),
            _place(ZARVASK, "Zarvask", "city", MORVAN, "Morvan Oblast"),
            _place(KELMAR, "Kelmar", "region", None, None),
            _who(TESSARO, "Person", "Ivo Tessaro", "Tessaro", "General Ivo Tessaro"),
            _who(INSTITUTE, "Organization", "Institute for Q4 Studies", "IQS"),
            _who(ARMY, "Organization", "Ostland Army", "Ostland"),
        ],
        events=[
            Event(
                key=OPERATION,
                name="Kelmar operation",
                type="operation",
                aliases=["Kelmar incursion"],
                place_keys=[KELMAR],
                when=_span("2024-08", "2024-08-01", "2024-08-31", "month", "August 2024"),
                evidence=_evidence(text, s3),
            ),
            Event(
                key=CAPTURE,
                name="Capture of Zarvask",
                type="capture",
                place_keys=[ZARVASK],
                participants=[Participant(key=ARMY, role="attacker")],
                when=_span("2024-09", "2024-09-01", "2024-09-30", "month", "in September 2024"),
                evidence=_evidence(text, s5),
            ),
            Event(
                key=OFFENSIVE,
                name="Zarvask offensive",
                type="offensive",
                place_keys=[ZARVASK],
                participants=[Participant(key=ARMY, role="attacker")],
                when=_span("2025-06", "2025-06-01", "2025-06-30", "month", "this month"),
                evidence=_evidence(text, s4),
            ),
            Event(
                key=MINE,
                name="Closure of Zarvask mine",
                type="closure",
                place_keys=[ZARVASK],
                when=_span("2025", "2025-01-01", "2025-04-30", "year", "early this year", "START"),
                evidence=_evidence(text, s6),
            ),
        ],
        claims=[
            Claim(
                id=f"{PREFIX}claim-a1",
                text="Ostland has massed 110,000 troops near Zarvask",
                kind="reported",
                speaker_key=TESSARO,
                speaker_name="General Ivo Tessaro",
                stated=friday,
                about_keys=[ZARVASK],
                evidence=_evidence(text, s1),
            ),
            Claim(
                id=f"{PREFIX}claim-a2",
                text="Ostland could not add troops near Zarvask because it was busy containing the Kelmar incursion",
                kind="assessment",
                speaker_key=INSTITUTE,
                speaker_name="The Institute for Q4 Studies",
                stated=late_2024,
                about_keys=[ZARVASK],
                evidence=_evidence(text, s2),
            ),
            Claim(
                id=f"{PREFIX}claim-a3",
                text="the Kelmar operation pulled back nearly 63,000 Ostland troops and 7,000 Eastland troops",
                kind="reported",
                speaker_key=TESSARO,
                speaker_name="Tessaro",
                stated=week25,
                about_keys=[OPERATION],
                evidence=_evidence(text, s3),
            ),
            Claim(
                id=f"{PREFIX}claim-a4",
                text="This weakened the Zarvask offensive, and Zarvask has not fallen, thanks in part to our Kelmar operation",
                kind="direct",
                speaker_key=TESSARO,
                speaker_name="he",
                stated=week25,
                about_keys=[ZARVASK, OPERATION],
                evidence=_evidence(text, s4),
            ),
        ],
        effects=[
            Effect(
                cause_key=OPERATION,
                target_key=ZARVASK,
                cue="because",
                description="Ostland could not add troops near Zarvask while containing the Kelmar incursion",
                claim_id=f"{PREFIX}claim-a2",
                claimed_by_key=INSTITUTE,
                stated=late_2024,
                evidence=_evidence(text, s2),
            ),
            Effect(
                cause_key=OPERATION,
                target_key=ZARVASK,
                cue="thanks to",
                description="Zarvask has not fallen, thanks in part to the Kelmar operation",
                claim_id=f"{PREFIX}claim-a4",
                claimed_by_key=TESSARO,
                stated=week25,
                evidence=_evidence(text, s4),
            ),
            Effect(
                cause_key=OPERATION,
                target_key=OFFENSIVE,
                cue="weakened",
                description="weakened the Zarvask offensive",
                claim_id=f"{PREFIX}claim-a4",
                claimed_by_key=TESSARO,
                stated=week25,
                evidence=_evidence(text, s4),
            ),
            Effect(
                cause_key=OPERATION,
                target_key=ARMY,
                cue="pulled back",
                description="pulled back nearly 63,000 Ostland troops",
                claim_id=f"{PREFIX}claim-a3",
                claimed_by_key=TESSARO,
                stated=week25,
                evidence=_evidence(text, s3),
            ),
        ],
        quantities=[
            Quantity(
                id=f"{PREFIX}q-a1",
                metric="Ostland troops",
                value=110000,
                place_key=ZARVASK,
                subject_key=ARMY,
                as_of=friday,
                source_key=TESSARO,
                source_name="Ivo Tessaro",
                claim_id=f"{PREFIX}claim-a1",
                evidence=_evidence(text, s1),
            ),
            Quantity(
                id=f"{PREFIX}q-a2",
                metric="Ostland troops",
                value=63000,
                approximate=True,
                place_key=KELMAR,
                source_key=TESSARO,
                source_name="Tessaro",
                claim_id=f"{PREFIX}claim-a3",
                evidence=_evidence(text, s3),
            ),
            Quantity(
                id=f"{PREFIX}q-a3",
                metric="Eastland troops",
                value=7000,
                place_key=KELMAR,
                source_key=TESSARO,
                source_name="Tessaro",
                claim_id=f"{PREFIX}claim-a3",
                evidence=_evidence(text, s3),
            ),
        ],
    )


def _article_b() -> GraphDoc:
    text = " ".join(_SENTENCES_B)
    s1, s2, s3, s4, s5 = _SENTENCES_B
    week26 = _span("2025-W26", "2025-06-23", "2025-06-29", "week", "this week")
    december = _span("2024-12", "2024-12-01", "2024-12-31", "month", "last December")
    saturday = _day("2025-06-28", "on Saturday")
    sunday = _day("2025-06-29", "on Sunday")
    return GraphDoc(
        article=ArticleRecord(
            id=ARTICLE_B,
            title="Ostland's summer push stalls near Zarvask",
            url="https://example.test/q4/b",
            source=SOURCES[1],
            published_at=date(2025, 6, 29),
            word_count=len(text.split()),
            extractor_version="test-q4",
        ),
        entities=[
            _place(VARNLAND, "Varnland", "country", None, None),
            _place(MORVAN, "Morvan Oblast", "region", VARNLAND, "Varnland"),
            _place(ZARVASK, "Zarvask", "city", MORVAN, "Morvan Oblast"),
            _place(LINDOW, "Lindow", "village", MORVAN, "Morvan Oblast"),
            _who(TESSARO, "Person", "Ivo Tessaro", "Tessaro"),
            _who(MARTA, "Person", "Marta Tessaro", "Tessaro"),
            _who(STAFF, "Organization", "Varnland Frontier Council", "Frontier Council"),
            _who(ARMY, "Organization", "Ostland Army", "Ostland"),
        ],
        events=[
            Event(
                key=LINDOW_FALL,
                name="Fall of Lindow",
                type="capture",
                place_keys=[LINDOW],
                participants=[Participant(key=ARMY, role="attacker")],
                when=saturday,
                evidence=_evidence(text, s3),
            ),
        ],
        claims=[
            Claim(
                id=f"{PREFIX}claim-b1",
                text="there are 111,000 troops near Zarvask",
                kind="reported",
                speaker_key=TESSARO,
                speaker_name="Tessaro",
                stated=week26,
                about_keys=[ZARVASK],
                evidence=_evidence(text, s1),
            ),
            Claim(
                id=f"{PREFIX}claim-b2",
                text="about 70,000 Ostland troops were in the area last December",
                kind="reported",
                speaker_key=STAFF,
                speaker_name="the Varnland Frontier Council",
                stated=None,
                when=december,
                about_keys=[ZARVASK],
                evidence=_evidence(text, s2),
            ),
            Claim(
                id=f"{PREFIX}claim-b3",
                text="the village of Lindow had been taken",
                kind="reported",
                speaker_key=ARMY,
                speaker_name="The Ostland Army",
                stated=saturday,
                about_keys=[LINDOW],
                predicate="take",
                evidence=_evidence(text, s3),
            ),
            Claim(
                id=f"{PREFIX}claim-b4",
                text="Lindow had been taken",
                kind="reported",
                speaker_key=STAFF,
                speaker_name="The Varnland Frontier Council",
                stated=sunday,
                about_keys=[LINDOW],
                predicate="take",
                negated=True,
                evidence=_evidence(text, s5),
            ),
        ],
        quantities=[
            Quantity(
                id=f"{PREFIX}q-b1",
                metric="troops",
                value=111000,
                place_key=ZARVASK,
                as_of=week26,
                source_key=TESSARO,
                source_name="Tessaro",
                claim_id=f"{PREFIX}claim-b1",
                evidence=_evidence(text, s1),
            ),
            Quantity(
                id=f"{PREFIX}q-b3",
                metric="residents",
                value=2000,
                approximate=True,
                place_key=LINDOW,
                as_of=saturday,
                evidence=_evidence(text, s4),
            ),
            Quantity(
                id=f"{PREFIX}q-b2",
                metric="Ostland troops",
                value=70000,
                approximate=True,
                place_key=ZARVASK,
                as_of=december,
                source_key=STAFF,
                source_name="Varnland Frontier Council",
                claim_id=f"{PREFIX}claim-b2",
                evidence=_evidence(text, s2),
            ),
        ],
    )


def fixture_docs() -> list[GraphDoc]:
    """The two invented articles, ready for graph.writer.write_graphdocs."""
    return [_article_a(), _article_b()]


def delete_fixture(driver: Driver, database: str) -> None:
    """Delete exactly what the fixture wrote: its articles with what they alone mention (their alias
    entries too, tests.helpers.delete_articles), then any node left whose key starts with test-q4-."""
    from tests.helpers import delete_ambiguous, delete_articles, delete_entities

    delete_articles(driver, database, PREFIX)
    delete_ambiguous(driver, database, ["s|tesaro"])  # Ivo and Marta Tessaro share it
    records, _, _ = driver.execute_query(
        "MATCH (n:Entity) WHERE n.key STARTS WITH $prefix RETURN collect(n.key) AS keys",
        prefix=PREFIX,
        database_=database,
    )
    delete_entities(driver, database, records[0]["keys"])


def load_fixture(driver: Driver, database: str, docs: list[GraphDoc] | None = None) -> None:
    """Write the invented articles (or `docs` made from them) through the real writer, after the schema."""
    from chronicle.graph.schema import apply_schema
    from tests.helpers import write_docs

    apply_schema(driver, database)
    delete_fixture(driver, database)
    write_docs(database, docs if docs is not None else fixture_docs())


@contextmanager
def fixture_in_graph(driver: Driver, database: str, docs: list[GraphDoc] | None = None) -> Iterator[None]:
    """The invented articles in the graph for a test module, removed afterwards."""
    load_fixture(driver, database, docs)
    try:
        yield
    finally:
        delete_fixture(driver, database)


def _main() -> None:
    """`python -m tests.q4_graph load|delete`: put the invented graph in (or take it out of) the configured Neo4j."""
    import sys

    from chronicle.graph.connection import driver as open_driver
    from chronicle.settings import get_settings

    database = get_settings().neo4j_database
    graph = open_driver()
    try:
        delete_fixture(graph, database)
        if sys.argv[1:] == ["load"]:
            load_fixture(graph, database)
    finally:
        graph.close()


if __name__ == "__main__":
    _main()
