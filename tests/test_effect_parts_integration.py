"""`ask effect` finds a claim about one side and about a place inside the other, whichever side it
reads first (issue 10).

The query reads such claims from the side with fewer to read: from the claims about the one side when
there are no more of them than links into the other (or than claims about its parts), else from the
other's parts. Two invented articles (every name made up, every key and id starting with
`test-fxp-`): the first has one claim about the company and a village inside the town; the second
adds claims about the company only, so that the other way is taken. The answer is the same row.
"""

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Entity,
    Evidence,
    GraphDoc,
    Mention,
    PlaceInfo,
)
from tests.helpers import delete_articles, wiped, write_docs

pytestmark = pytest.mark.integration

runner = CliRunner()

PREFIX = "test-fxp-"
TOWN = f"{PREFIX}place:varnsby"
VILLAGE = f"{PREFIX}place:ostekhol"
COMPANY = f"{PREFIX}organization:quellmark-mining"
LINKED = "Quellmark Mining shut its pit at Ostekhol after the floods."
ONLY_COMPANY = (
    "Quellmark Mining cut its forecast for the year.",
    "Quellmark Mining named a new chief engineer.",
    "Quellmark Mining will sell two of its trucks.",
)


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(text=name, start=start, end=start + len(name))


def _claim(article: str, n: int, sentence: str, text: str, about: list[str]) -> Claim:
    start = text.index(sentence)
    return Claim(
        id=f"{article}-claim-{n}",
        text=sentence,
        kind="reported",
        about_keys=about,
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
    )


def _doc(article: str, sentences: tuple[str, ...], linked: bool) -> GraphDoc:
    text = " ".join(sentences)
    town = PlaceInfo(kind="city", country_code="ZZ")
    village = PlaceInfo(kind="village", country_code="ZZ", part_of_key=TOWN, part_of_name="Varnsby")
    claims = [
        _claim(article, n, s, text, [COMPANY, VILLAGE] if linked and n == 0 else [COMPANY])
        for n, s in enumerate(sentences)
    ]
    entities = [Entity(key=COMPANY, type="Organization", name="Quellmark Mining")]
    if linked:
        entities += [
            Entity(key=TOWN, type="Place", name="Varnsby", place=town),
            Entity(
                key=VILLAGE,
                type="Place",
                name="Ostekhol",
                place=village,
                mentions=[_mention(text, "Ostekhol")],
            ),
        ]
    return GraphDoc(
        article=ArticleRecord(
            id=article,
            title=f"Test FXP {article[-1]}",
            source="Test FXP Wire",
            published_at=date(2025, 5, 2),
            word_count=len(text.split()),
            extractor_version="test",
        ),
        entities=entities,
        claims=claims,
    )


def _delete(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)


@pytest.fixture()
def clean(driver: Driver, database: str) -> Iterator[None]:
    with wiped(driver, database, _delete):
        yield


def _through_village(cause: str, target: str) -> list[tuple[Any, ...]]:
    result = runner.invoke(app, ["ask", "effect", cause, target, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    return [(r["kind"], r["via"], r["what"]) for r in rows if r["via"] is not None]


@pytest.mark.parametrize("more_claims", [False, True], ids=["from-the-claims", "from-the-parts"])
@pytest.mark.usefixtures("clean")
def test_effect_claim_about_a_place_inside_the_other_side(database: str, more_claims: bool) -> None:
    docs = [_doc(f"{PREFIX}article-1", (LINKED,), linked=True)]
    if more_claims:  # more claims about the company than links into the town: read from its parts
        docs.append(_doc(f"{PREFIX}article-2", ONLY_COMPANY, linked=False))
    write_docs(database, docs)
    expected = [("claim", "Ostekhol", LINKED)]
    assert _through_village("Quellmark Mining", "Varnsby") == expected
    assert _through_village("Varnsby", "Quellmark Mining") == expected
