"""The naive baseline writer: the batched writer's writes, one MERGE statement per node and per edge,
each in its own transaction (bench/cypher/naive_*.cypher). It exists only to be measured against graph.writer.

It skips the re-ingest cleanup (clear + prune) the batched writer does, so the ratio it gives is, if
anything, in the naive writer's favour.
"""

from collections.abc import Iterator
from typing import Any

from neo4j import AsyncDriver

from bench.cypher import load
from chronicle.graph.rows import WriteRows

__all__ = ["naive_statements", "write_naive"]

Statement = tuple[str, dict[str, Any]]


def _entity_statements(article_id: str, rows: WriteRows) -> Iterator[Statement]:
    for row in rows["entities"]:
        yield "entity", {"row": row}
        yield "mentions", _mention(article_id, row)
        if row["part_of_key"] and row["part_of_key"] != row["key"]:
            yield "part_of_place", {"key": row["part_of_key"], "name": row["part_of_name"]}
            yield "part_of", {"key": row["key"], "part_of_key": row["part_of_key"]}
    for row in rows["events"]:
        yield "event", {"row": row}
        yield "mentions", _mention(article_id, row)
        common = {
            "article_id": article_id,
            "key": row["key"],
            "when": row["when"],
            "sentence": row["sentence"],
        }
        for place_key in row["place_keys"]:
            yield "at", common | {"place_key": place_key}
        for participant in row["participants"]:
            yield "involved", common | {"participant": participant}


def _mention(article_id: str, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "key": row["key"],
        "count": row["count"],
        "first_offset": row["first_offset"],
    }


def naive_statements(rows: WriteRows) -> Iterator[Statement]:
    """(statement name: bench/cypher/naive_<name>.cypher, parameters) for every node and edge of one article."""
    article = rows["article"]
    article_id = article["id"]
    yield "article", {"article": article}
    if article["source"] is not None:
        yield "source", {"name": article["source"]}
        yield "published", {"name": article["source"], "article_id": article_id}
    yield from _entity_statements(article_id, rows)
    for row in rows["claims"]:
        yield "claim", {"id": row["id"], "props": row["props"], "is_quantity": row["is_quantity"]}
        yield "claim_in", {"id": row["id"], "article_id": article_id}
        if row["speaker_key"]:
            yield "stated", {"key": row["speaker_key"], "id": row["id"], "stated": row["stated"]}
        for key in row["about_keys"]:
            yield "about", {"id": row["id"], "key": key, "when": row["when"]}
    for row in rows["effects"]:
        yield "affected", {"article_id": article_id, "row": row}


async def write_naive(driver: AsyncDriver, rows: WriteRows, database: str) -> int:
    """Write one article naively; returns the number of transactions it took."""
    count = 0
    async with driver.session(database=database) as session:
        for name, params in naive_statements(rows):
            text = load(f"naive_{name}").text

            async def run(tx: Any, text: Any = text, params: dict[str, Any] = params) -> None:
                await (await tx.run(text, params)).consume()

            await session.execute_write(run)
            count += 1
    return count
