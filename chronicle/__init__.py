"""Chronicle: turn a stream of news into a timeline knowledge graph in Neo4j.

The package follows the data: `chronicle.consumers` (input and queue) -> `chronicle.extraction`
(text in, pydantic records out) -> `chronicle.graph` (Neo4j) -> `chronicle.cli` (commands).
Each lives in its own top-level folder of the repository and is mapped into this namespace by
`pyproject.toml`.
"""

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("chronicle")
except PackageNotFoundError:  # a checkout imported without being installed
    __version__ = "0+unknown"
