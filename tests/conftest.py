"""Shared fixtures: paths to the third-party dev data, and the real servers for integration tests.

Integration tests (marked `integration`) use the Neo4j and NATS that `chronicle stack up` started,
found through the same settings (.env) as the application. Nothing is mocked.
"""

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from neo4j import AsyncDriver, Driver
from spacy.language import Language

from chronicle.extraction.pipeline import load_pipeline
from chronicle.graph.connection import async_driver
from chronicle.graph.connection import driver as open_driver
from chronicle.settings import get_settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed"
MEANTIME = SHARED / "data" / "meantime"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `shared_data` skip in a clone without ../shared; in CI its absence is an error."""
    if SHARED.is_dir():
        return
    needing = [item for item in items if item.get_closest_marker("shared_data")]
    if needing and os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI is set but the dev data is missing: {SHARED} ({len(needing)} tests need it)"
        )
    skip = pytest.mark.skip(reason=f"needs the dev data in {SHARED}, which this clone does not have")
    for item in needing:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The whole extraction pipeline, loaded once for the session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def driver() -> Iterator[Driver]:
    """One driver for the whole session, on the real Neo4j."""
    graph = open_driver(get_settings())
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def database() -> str:
    return get_settings().neo4j_database


@pytest.fixture
async def writer() -> AsyncIterator[AsyncDriver]:
    """An async driver for the writer's functions (write_graphdocs), closed after the test."""
    graph = await async_driver()
    yield graph
    await graph.close()
