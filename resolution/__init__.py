"""Cross-document identity: which node each extracted entity is (see resolver.py)."""

from chronicle.resolution.memory import MemoryIndex, resolve_docs

__all__ = ["MemoryIndex", "resolve_docs"]
