"""The bench's own Cypher (the naive writer and graph checks), kept out of the installed package."""

from functools import cache
from pathlib import Path

from chronicle.graph.cypher import CypherFile, parse

__all__ = ["BENCH_CYPHER_DIR", "load"]

BENCH_CYPHER_DIR = Path(__file__).resolve().parent / "cypher"


@cache
def load(name: str) -> CypherFile:
    """bench/cypher/<name>.cypher."""
    return parse(BENCH_CYPHER_DIR / f"{name}.cypher")
