"""Character-range indexes: each answer equals the plain scan it replaces."""

import random

import pytest

from chronicle.extraction.rules.intervals import Disjoint, Overlaps, SentenceBuckets

QUOTES = [(2, 5), (5, 9), (14, 20)]  # sorted, touching allowed, never overlapping


@pytest.mark.parametrize(("start", "end"), [(0, 2), (0, 3), (4, 6), (5, 14), (9, 14), (8, 15), (19, 30)])
def test_disjoint_overlapping_matches_scan(start: int, end: int) -> None:
    expected = [(s, e) for s, e in QUOTES if s < end and start < e]
    assert Disjoint(QUOTES).overlapping(start, end) == expected


@pytest.mark.parametrize("char", range(22))
def test_disjoint_strictly_inside_matches_scan(char: int) -> None:
    assert Disjoint(QUOTES).strictly_inside(char) == any(s < char < e for s, e in QUOTES)


def test_disjoint_nearest_on_each_side() -> None:
    quotes = Disjoint(QUOTES)
    assert quotes.last_ending_by(9) == (5, 9)
    assert quotes.last_ending_by(8) == (2, 5)
    assert quotes.last_ending_by(4) is None
    assert quotes.first_starting_from(10) == (14, 20)
    assert quotes.first_starting_from(21) is None


def test_overlaps_matches_scan_on_random_ranges() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        ranges = [(a, a + rng.randint(0, 9)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 6)))]
        start = rng.randint(0, 50)
        end = start + rng.randint(0, 9)
        assert Overlaps(ranges).any(start, end) == any(s < end and start < e for s, e in ranges)


def test_sentence_buckets_hold_every_item_touching_the_sentence_in_order() -> None:
    sentence_starts = [0, 10, 20, 30]
    items = [(12, 25), (0, 5), (21, 22), (5, 31)]
    buckets = SentenceBuckets(sentence_starts, items, lambda item: item)
    assert buckets.at(3) == [(0, 5), (5, 31)]
    assert buckets.at(21) == [(12, 25), (21, 22), (5, 31)]
    assert buckets.at(35) == [(5, 31)]
    for char in range(40):
        holding = [item for item in items if item[0] <= char < item[1]]
        assert [item for item in buckets.at(char) if item[0] <= char < item[1]] == holding
