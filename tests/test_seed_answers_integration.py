"""Issue 4's "done when": the four seed articles go through the queue, then the CLI answers the questions.

These assert the rows the issue asks for, as written there; when one fails, the message says which row
is missing, and the extraction (not the queries, which tests/test_queries_integration.py covers on a
hand-built graph) is where the gap is.

The graph may hold other articles (a developer's own, other tests'): the answers are read in full
(no --limit cut) and only the rows of the seed articles are asserted on. An article of our own about
the same names, which reports Pokrovsk taken, is in the graph first so that this stays true.
"""

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from faststream import TestApp
from faststream.nats import NatsBroker, TestNatsBroker
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.consumers.app import app as worker_app
from chronicle.consumers.app import broker
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.ingest import ingest_articles
from chronicle.consumers.readers import read_articles
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import extract
from tests.conftest import SEED
from tests.helpers import delete_articles, new_articles_removed, wiped, write_docs

pytestmark = [pytest.mark.integration, pytest.mark.anyio, pytest.mark.shared_data]

runner = CliRunner()
ISW = "Institute for the Study of War"
SYRSKYI = "Oleksandr Syrskyi"
OTHER = Article(
    id="test-seed-other-1",
    source="Test Seed Other Wire",
    published_at="2025-07-03",
    text=(
        "The General Staff said on Monday that Russian forces captured Pokrovsk on Sunday after weeks of "
        "street fighting. The Institute for the Study of War said it could not confirm the claim. "
        "Oleksandr Syrskyi said the Kursk operation had forced Moscow to move about 20,000 troops away "
        "from Pokrovsk last autumn. About 90,000 Russian troops remain near Pokrovsk, a spokesman for the "
        "General Staff said on Tuesday."
    ),
)
"""Another article on the same names, written for these tests: its rows must not count as the seed's."""


@pytest.fixture(scope="module")
def seed_articles() -> list[ArticleMessage]:
    return read_articles(SEED / "articles.jsonl")


@pytest.fixture(scope="module", autouse=True)
def removed_afterwards(driver: Driver, database: str, seed_articles: list[ArticleMessage]) -> Iterator[None]:
    """The seed articles leave the graph with the module, unless it held them before."""
    with new_articles_removed(driver, database, [m.id for m in seed_articles]):
        yield


@pytest.fixture(scope="module", autouse=True)
def other_article(driver: Driver, database: str) -> Iterator[None]:
    with wiped(driver, database, lambda graph, name: delete_articles(graph, name, ids=[OTHER.id])):
        write_docs(database, [extract(OTHER)])
        yield


@pytest.fixture
async def worker() -> AsyncIterator[NatsBroker]:
    """The real worker app (lifespan included) consuming from the real NATS."""
    async with TestNatsBroker(broker, with_real=True) as real_broker, TestApp(worker_app):
        yield real_broker


@pytest.fixture
async def seeded(
    worker: NatsBroker, driver: Driver, database: str, seed_articles: list[ArticleMessage]
) -> set[str]:
    """The four seed articles, ingested through the queue by the current extractor; their ids."""
    result = await ingest_articles(worker, driver, database, seed_articles, force=True, timeout=300)
    assert result.missing == [] and result.dead == {}, result
    return {m.id for m in seed_articles}


def ask(seed: set[str], *args: str) -> list[dict[str, Any]]:
    """The rows of `chronicle ask ARGS` (all of them) that come from the seed articles."""
    result = runner.invoke(app, ["ask", *args, "--format", "json", "--limit", "1000000"])
    assert result.exit_code == 0, f"chronicle ask {' '.join(args)}: {result.stderr}"
    rows = json.loads(result.stdout)
    return [
        r
        for r in rows
        if {r.get("article_id"), r.get("article_id_a"), r.get("article_id_b")} - {None} <= seed
    ]


def _text(row: dict[str, Any]) -> str:
    return " ".join(str(row.get(k) or "") for k in ("what", "evidence", "metric")).lower()


def _first(rows: list[dict[str, Any]], description: str, test: Any) -> tuple[int, dict[str, Any]]:
    found = [(i, row) for i, row in enumerate(rows) if test(row)]
    shown = "\n".join(f"  {r.get('when')} {r.get('kind')} {r.get('who')}: {_text(r)[:100]}" for r in rows)
    assert found, f"missing row: {description}\nrows were:\n{shown or '  (none)'}"
    return found[0]


async def test_seed_effect_of_kursk_operation_on_pokrovsk(seeded: set[str]) -> None:
    rows = ask(seeded, "effect", "Kursk operation", "Pokrovsk")
    cnn = ("CNN via Yahoo", "2025-06-28")
    i_syrskyi, syrskyi = _first(
        rows,
        "Syrskyi: Pokrovsk not taken 'thanks in part to' the Kursk operation (2025-W25)",
        lambda r: "thanks in part to" in _text(r) and r["who"] == SYRSKYI,
    )
    assert (syrskyi["when"] or syrskyi["stated"]) == "2025-W25"
    assert (syrskyi["source"], syrskyi["published_at"]) == cnn
    i_isw, isw = _first(
        rows,
        "ISW (late 2024): Russia could not add troops near Pokrovsk while containing the Kursk incursion",
        lambda r: "contain the surprise incursion" in _text(r) or "containing the incursion" in _text(r),
    )
    assert isw["who"] == ISW, f"the incursion-containment reason is attributed to {isw['who']!r}"
    assert (isw["when"], isw["mod"]) == ("2024", "END")
    assert (isw["source"], isw["published_at"]) == cnn
    assert i_isw < i_syrskyi, "rows are not in time order"
    for value, who in ((63000, "russian troops"), (7000, "north korean troops")):
        _, figure = _first(
            rows,
            f"the operation pulled back {value:,} {who}",
            lambda r, value=value, who=who: r["value"] == value and who in (r["metric"] or "").lower(),
        )
        assert figure["who"] == SYRSKYI and (figure["source"], figure["published_at"]) == cnn


async def test_seed_timeline_of_pokrovsk(seeded: set[str]) -> None:
    rows = ask(seeded, "timeline", "Pokrovsk")

    def at(when: str, mod: str | None = None) -> Any:
        return lambda r: r["when"] == when and (mod is None or r["mod"] == mod)

    # the capture of Pokrovsk was announced in September 2024 and 'has not yet taken place': never a fact
    assert not [
        r for r in rows if r["kind"] == "event" and "captur" in _text(r) and r["status"] == "happened"
    ]
    _, isw = _first(rows, "the late-2024 ISW assessment", lambda r: at("2024", "END")(r) and r["who"] == ISW)
    _first(rows, "about 70,000 troops in December 2024", lambda r: at("2024-12")(r) and r["value"] == 70000)
    _first(
        rows,
        "the mine closure early 2025",
        lambda r: at("2025", "START")(r) and ("mine" in _text(r) or "shut down" in _text(r)),
    )
    _first(rows, "110,000 troops on 2025-06-27", lambda r: at("2025-06-27")(r) and r["value"] == 110000)
    _first(rows, "111,000 troops in 2025-W26", lambda r: at("2025-W26")(r) and r["value"] == 111000)
    assert [r["valid_from"] for r in rows] == sorted(r["valid_from"] for r in rows)
    assert isw["source"] == "CNN via Yahoo"


async def test_seed_conflicts_at_pokrovsk(seeded: set[str]) -> None:
    rows = ask(seeded, "conflicts", "Pokrovsk")
    wanted = {(110000.0, "CNN via Yahoo", "2025-06-28"), (111000.0, "CNN", "2025-06-29")}

    def sides(r: dict[str, Any]) -> set[tuple[float, str, str]]:
        return {
            (r["value_a"], r["source_a"], r["published_a"]),
            (r["value_b"], r["source_b"], r["published_b"]),
        }

    _first(
        [{**r, "what": f"{sorted(sides(r))}"} for r in rows],
        "110,000 (CNN via Yahoo, 2025-06-28) against 111,000 (CNN, 2025-06-29) troops near Pokrovsk",
        lambda r: sides(r) == wanted,
    )
