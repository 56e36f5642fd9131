"""A rule match: the head match plus the optional prefix matched backwards from it.

It answers the parts of the `re.Match` interface the guards and resolvers use, so they read the
named groups of both regexes as if they were one match.
"""

import re

__all__ = ["Hit"]


class Hit:
    """Head and prefix of one rule match, with absolute offsets in the text."""

    __slots__ = ("_text", "end_at", "head", "prefix", "start_at")

    def __init__(self, text: str, head: re.Match[str], prefix: re.Match[str] | None) -> None:
        self._text = text
        self.head = head
        self.prefix = prefix
        self.start_at = prefix.start() if prefix else head.start()
        self.end_at = head.end()

    def _match_of(self, name: str) -> re.Match[str] | None:
        if name in self.head.re.groupindex:
            return self.head
        if self.prefix is not None and name in self.prefix.re.groupindex:
            return self.prefix
        return None

    def group(self, name: str | int = 0) -> str | None:
        """The text of a named group (None when absent), or of the whole match for 0."""
        if name == 0:
            return self._text[self.start_at : self.end_at]
        match = self._match_of(str(name))
        return match.group(name) if match is not None else None

    __getitem__ = group

    def start(self, name: str | None = None) -> int:
        """Start offset of the match or of a named group (-1 when the group did not take part)."""
        if name is None:
            return self.start_at
        match = self._match_of(name)
        return match.start(name) if match is not None else -1

    def end(self, name: str | None = None) -> int:
        """End offset of the match or of a named group (-1 when the group did not take part)."""
        if name is None:
            return self.end_at
        match = self._match_of(name)
        return match.end(name) if match is not None else -1

    def span(self) -> tuple[int, int]:
        """(start, end) of the whole match."""
        return self.start_at, self.end_at
