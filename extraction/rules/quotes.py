"""Quote regions of a text, paired on the raw characters.

Straight single quotes double as apostrophes, so a mark between two letters is an apostrophe, one
after a space opens and one before a space or punctuation closes; nested quotes of the same kind pair
like brackets; typographic quotes that run over paragraphs reopen each one, so a mark still open
when a paragraph begins with no quote mark was never closed and is dropped. An opening mark used as
an apostrophe ("Trump‘s") or as a closer ('“Not now,“ he said') is read as such.
"""

import re

__all__ = ["find_quotes"]

_OPEN_ONLY = {"“": "d", "‘": "s", "«": "d", "``": "d"}
_CLOSE_ONLY = {"”": "d", "»": "d", "''": "d"}
_AMBIGUOUS = {"'": "s", '"': "d", "’": "s"}
_QUOTE_RE = re.compile(r"``|''|[\"'“”‘’«»]|\n")  # `` and '' are PTB-style quotes
_DECADE_RE = re.compile(r"\d\ds\b")  # 'the '90s'
_MARKS = "\"'“”‘’«»`"
_OPENERS = set(" \t\n([{—–-/")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Top-level quoted regions as (start, end) character offsets, quote marks included."""
    stack = _Openers(text)
    pairs: list[tuple[int, int]] = []
    for match in _QUOTE_RE.finditer(text):
        mark = match.group()
        if mark == "\n":
            rest = text[match.end() : match.end() + 8].lstrip()
            if stack.marks and rest and rest[0] not in _MARKS:
                stack.clear()  # a quote left open over a paragraph that does not reopen it: a stray mark
        elif mark == "''" and _opens_ptb(text, match.start(), match.end()):
            stack.push("d", match.start(), ptb=True)  # ''It is,'' he said: '' as `` (newspaper archives)
        elif mark == "''" and not stack.backticks:
            # two straight single quotes closing nested quotes ('... 'victory,'')
            _mark(text, match.start(), "'", match.start() + 1, stack, pairs)
            _mark(text, match.start() + 1, "'", match.end(), stack, pairs)
        else:
            _mark(text, match.start(), mark, match.end(), stack, pairs)
    pairs.sort()
    top: list[tuple[int, int]] = []
    for start, end in pairs:
        if top and start < top[-1][1]:
            continue
        top.append((start, end))
    return top


class _Openers:
    """The stack of open quote marks, with the depths of each family's marks and of the PTB
    openers (``) kept beside it: a closing mark finds its opener, however many marks are left
    open above it (a quote running over paragraphs reopens each one), without a scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[tuple[str, int]] = []  # (family, char offset), bottom first
        self.depths: dict[str, list[int]] = {"d": [], "s": []}
        self.backticks: list[int] = []

    def push(self, family: str, i: int, *, ptb: bool = False) -> None:
        self.depths[family].append(len(self.marks))
        if ptb or self.text[i] == "`":
            self.backticks.append(len(self.marks))
        self.marks.append((family, i))

    def clear(self) -> None:
        """Forget every open mark."""
        self.marks.clear()
        self.backticks.clear()
        for depths in self.depths.values():
            depths.clear()

    def close(self, family: str) -> int | None:
        """Pop the topmost opener of `family` and everything above it; its offset, if any."""
        found = self.depths[family]
        if not found:
            return None
        depth = found[-1]
        opened = self.marks[depth][1]
        del self.marks[depth:]
        for depths in (*self.depths.values(), self.backticks):
            while depths and depths[-1] >= depth:
                depths.pop()
        return opened

    def last_at(self, i: int) -> bool:
        """The topmost open mark is at offset i."""
        return bool(self.marks) and self.marks[-1][1] == i


def _opens_ptb(text: str, start: int, end: int) -> bool:
    """Two single quotes open a quote after a space or the start of a line, before a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (before in _OPENERS or before.isspace()) and (after.isalnum() or after in "$(")


def _possessive(text: str, i: int, end: int) -> bool:
    """An apostrophe typed as an opening mark: 'Trump‘s', '”‘s', 'don‘t'."""
    before = text[i - 1] if i > 0 else " "
    after = text[end : end + 2]
    if before.isspace() or before in _OPENERS or not after[:1].isalnum():
        return False
    return before.isalnum() or (after[0] == "s" and not after[1:2].isalnum())


def _mark(
    text: str,
    i: int,
    ch: str,
    end: int,
    stack: _Openers,
    pairs: list[tuple[int, int]],
) -> None:
    """Open, close or skip (apostrophe) one quote mark at text[i:end]."""
    before = text[i - 1] if i > 0 else " "
    after = text[end] if end < len(text) else " "
    if ch in _OPEN_ONLY:
        if _possessive(text, i, end):
            return  # an apostrophe typed as an opening mark: Trump‘s, ”‘s
        closes = not (before in _OPENERS or before.isspace()) and (after.isspace() or after in ".,;:!?")
        if not (closes and stack.depths[_OPEN_ONLY[ch]]):
            stack.push(_OPEN_ONLY[ch], i)
            return  # else: '“Not now,“ he said', an opening mark typed as the closer
    family = _OPEN_ONLY.get(ch) or _CLOSE_ONLY.get(ch) or _AMBIGUOUS[ch]
    if ch in _AMBIGUOUS:
        if (before.isalnum() and after.isalnum()) or (ch != '"' and _DECADE_RE.match(text, end)):
            return  # apostrophe: Ukraine's, don't, the '90s
        opens = (before in _OPENERS or before.isspace() or before in "\"'“‘") and not after.isspace()
        if opens and not (before in "'\"" and stack.last_at(i - 1)):
            stack.push(family, i)
            return
    opened = stack.close(family)
    if opened is not None:
        pairs.append((opened, end))
