"""Character-range lookups the relational rules ask once per cue: which quote holds this character,
which quotes overlap this range, does any claim cover it, which claim contains it.

A plain scan over every quote or claim per cue makes a long article cost the square of its length
(a 100k-character article has thousands of cues and hundreds of quotes); these indexes answer each
question by bisection, so extraction time grows with the length of the text.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

__all__ = ["Disjoint", "Overlaps", "SentenceBuckets"]

T = TypeVar("T")


class Disjoint:
    """Sorted, non-overlapping ranges (the top-level quotes of a text): their ends are sorted too."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        """Args: ranges: (start, end) sorted by start, each start >= the previous end."""
        self.ranges = ranges
        self.starts = [start for start, _ in ranges]
        self.ends = [end for _, end in ranges]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges with r_start < end and start < r_end, in order."""
        return self.ranges[bisect_right(self.ends, start) : bisect_left(self.starts, end)]

    def strictly_inside(self, char: int) -> bool:
        """Some range has r_start < char < r_end (only the last one starting before can)."""
        at = bisect_left(self.starts, char) - 1
        return at >= 0 and char < self.ends[at]

    def last_ending_by(self, char: int) -> tuple[int, int] | None:
        """The last range with r_end <= char."""
        at = bisect_right(self.ends, char) - 1
        return self.ranges[at] if at >= 0 else None

    def first_starting_from(self, char: int) -> tuple[int, int] | None:
        """The first range with r_start >= char."""
        at = bisect_left(self.starts, char)
        return self.ranges[at] if at < len(self.ranges) else None


class Overlaps:
    """Does any of a fixed set of ranges overlap a query range? (sorted starts, running max end)"""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Args: ranges: (start, end) pairs in any order, overlapping or not."""
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.max_end = list(accumulate((end for _, end in ordered), max))

    def any(self, start: int, end: int) -> bool:
        """Some range has r_start < end and start < r_end."""
        count = bisect_left(self.starts, end)
        return count > 0 and self.max_end[count - 1] > start


class SentenceBuckets(Generic[T]):
    """Items with a character range (claims and their evidence), filed under every sentence the
    range touches, so "the items holding this character" reads one sentence's bucket."""

    def __init__(
        self, sent_start_chars: Sequence[int], items: Iterable[T], span: Callable[[T], tuple[int, int]]
    ) -> None:
        """Args: sent_start_chars: first character of each sentence, ascending; items: in the
        order queries must see them; span: an item's (start, end) characters."""
        self.starts = sent_start_chars
        self.buckets: dict[int, list[T]] = {}
        for item in items:
            start, end = span(item)
            for number in range(self._sent(start), self._sent(max(end - 1, start)) + 1):
                self.buckets.setdefault(number, []).append(item)

    def _sent(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def at(self, char: int) -> list[T]:
        """Items (in their original order) whose range may hold `char`: a superset of those that
        do, to be filtered with the exact condition."""
        return self.buckets.get(self._sent(char), [])
