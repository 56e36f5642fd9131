"""The time-expression vocabulary (month and weekday names, number words, cue lists), kept as data.

Rules are data: `extraction/data/timex_vocab.jsonl` holds one `{"table", "key", "value"}` row a line,
so a new cue or holiday is a data edit, not a code change.
"""

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["VOCAB_PATH", "Vocab", "alternation", "load_vocab"]

VOCAB_PATH = Path(__file__).resolve().parents[1] / "data" / "timex_vocab.jsonl"

Vocab = dict[str, dict[str, Any]]


@cache
def load_vocab(path: Path = VOCAB_PATH) -> Vocab:
    """Tables by name, each a dict key -> value (None when the table is a plain word list)."""
    tables: dict[str, dict[str, Any]] = defaultdict(dict)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                tables[row["table"]][row["key"]] = row.get("value")
    return dict(tables)


def alternation(words: object) -> str:
    """A regex alternation of the words, longest first so 'a few' wins over 'a'."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("\\ ", " ").replace(" ", r"\s+") for w in ordered)
