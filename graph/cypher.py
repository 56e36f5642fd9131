"""The one place that reads Cypher: `.cypher` files with a header of name, description and parameters.

A file starts with comment lines:

    // name: timeline
    // description: Dated facts about an entity, oldest first.
    // params: name, since, until

The file text is the only query string; parameters are always passed separately.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import LiteralString, cast

from chronicle.graph.errors import CypherFileError, UnknownQuery

__all__ = ["CYPHER_DIR", "CypherFile", "catalog", "load", "parse", "split_statements"]

CYPHER_DIR = Path(__file__).resolve().parents[1] / "cypher"
_HEADER = re.compile(r"^//\s*(name|description|params|example):\s*(.*)$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRING_OR_COMMENT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*")


@dataclass(frozen=True)
class CypherFile:
    """A parsed .cypher file."""

    name: str
    description: str
    params: tuple[str, ...]
    text: LiteralString
    path: Path
    example: str = ""

    @property
    def used_params(self) -> set[str]:
        """The $parameters the query body refers to (outside strings and comments)."""
        return set(_PARAM.findall(_STRING_OR_COMMENT.sub("", self.text)))


def parse(path: Path) -> CypherFile:
    """A .cypher file anywhere (the bench keeps its own), header checked."""
    header: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            break
        header[match.group(1)] = match.group(2).strip()
    for field in ("name", "description"):
        if not header.get(field):
            raise CypherFileError(f"{path.name}: header line '// {field}: ...' is missing")
    params = tuple(p.strip() for p in header.get("params", "").split(",") if p.strip())
    text = cast(LiteralString, path.read_text(encoding="utf-8"))
    parsed = CypherFile(header["name"], header["description"], params, text, path, header.get("example", ""))
    undeclared = parsed.used_params - set(params)
    if undeclared:
        raise CypherFileError(f"{path.name}: parameters not declared in the header: {sorted(undeclared)}")
    return parsed


@cache
def load(name: str, folder: str = "queries") -> CypherFile:
    """The query `name` from cypher/<folder>/<name>.cypher."""
    path = CYPHER_DIR / folder / f"{name}.cypher"
    if not path.is_file():
        raise UnknownQuery(f"no query named {name!r} in cypher/{folder}/")
    return parse(path)


def catalog(folder: str = "queries") -> list[CypherFile]:
    """Every query in cypher/<folder>/, by name."""
    return [load(p.stem, folder) for p in sorted((CYPHER_DIR / folder).glob("*.cypher"))]


def split_statements(text: str) -> list[LiteralString]:
    """Statements of a multi-statement file such as schema.cypher, split on ';' line ends."""
    body = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
    statements = (s.strip().rstrip(";").strip() for s in body.split(";\n"))
    return [cast(LiteralString, s) for s in statements if s]
