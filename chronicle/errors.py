"""The one base of every error Chronicle raises on purpose.

Each layer keeps its own small `errors.py` (graph, consumers, stack, extraction) whose classes derive
from `ChronicleError`, so the CLI turns any of them into one line and an exit code, and the worker maps
them to acknowledgements, without listing every type.
"""

__all__ = ["ChronicleError"]


class ChronicleError(Exception):
    """Something the user (or the worker) can act on; `str(error)` is one readable line."""
