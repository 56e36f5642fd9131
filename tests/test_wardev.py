"""The war-reporting dev set (tests/data/wardev) is well-formed gold: a broken offset or a claim
quoting text that is not in its article would silently lower every figure measured on it.

No extraction-quality assertions here: the set is for measuring, not a gate.
"""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from chronicle.extraction.gold import parse_gold_lines

WARDEV = Path(__file__).parent / "data" / "wardev"
ENTITY_TYPES = {"Person", "Place", "Organization"}
STATUSES = {"happened", "claimed", "denied", "planned", "hypothetical", "failed"}
MODS = {"START", "END", "MID"}
# TIMEX3 values used in the set: year, month, day (with a time or part of day), ISO week, season.
TIMEX_VALUE = re.compile(r"^\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}|SP|SU|FA|WI))?$")


def _jsonl(name: str) -> list[dict[str, Any]]:
    with (WARDEV / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return _jsonl("gold.jsonl")


@pytest.fixture(scope="module")
def articles() -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in _jsonl("articles.jsonl")}


def _names(line: dict[str, Any]) -> set[str]:
    entities = line["gold"]["entities"]
    return {e["name"] for e in entities} | {a for e in entities for a in e.get("aliases", [])}


def _occurs(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def test_wardev_gold_loads_with_the_scorers_loader(gold: list[dict[str, Any]]) -> None:
    lines = parse_gold_lines(gold)
    assert len(lines) == 14
    assert all(line.text for line in lines)


def test_wardev_gold_lines_match_their_articles(
    gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> None:
    assert [line["id"] for line in gold] == list(articles)
    for line in gold:
        article = articles[line["id"]]
        assert line["text"] == article["text"], line["id"]
        assert line["published_at"] == article["published_at"], line["id"]
        assert article["title"] and article["source"], line["id"]
        assert 250 <= len(article["text"].split()) <= 700, line["id"]
        assert "2024-08" <= article["published_at"] <= "2025-09-30", line["id"]


def test_wardev_timex_offsets_values_and_no_overlap(gold: list[dict[str, Any]]) -> None:
    for line in gold:
        text, placed = line["text"], []
        for timex in line["gold"]["timexes"]:
            start, end = timex["start"], timex["end"]
            assert text[start:end] == timex["text"], (line["id"], timex)
            value = timex["value"]
            assert value is None or TIMEX_VALUE.match(value), (line["id"], timex)
            assert timex.get("mod") in (None, *MODS), (line["id"], timex)
            assert all(end <= s or start >= e for s, e in placed), (line["id"], timex)
            placed.append((start, end))


def test_wardev_entities_have_valid_types_and_occur_in_the_text(gold: list[dict[str, Any]]) -> None:
    for line in gold:
        for entity in line["gold"]["entities"]:
            assert entity["type"] in ENTITY_TYPES, (line["id"], entity)
            surface = [entity["name"], *entity.get("aliases", [])]
            assert any(_occurs(line["text"], s) for s in surface), (line["id"], entity)


def test_wardev_claims_quote_their_article(gold: list[dict[str, Any]]) -> None:
    for line in gold:
        known = _names(line) | {e["name"] for e in line["gold"]["events"]}
        for claim in line["gold"]["claims"]:
            assert claim["contains"] in line["text"], (line["id"], claim)
            stated = claim["stated"]
            assert stated is None or TIMEX_VALUE.match(stated), (line["id"], claim)
            assert set(claim["about"]) <= known, (line["id"], claim)


def test_wardev_events_have_a_status_and_a_known_place(gold: list[dict[str, Any]]) -> None:
    statuses: set[str] = set()
    for line in gold:
        names, folded = _names(line), line["text"].casefold()
        for event in line["gold"]["events"]:
            assert event["status"] in STATUSES, (line["id"], event)
            assert event["place"] is None or event["place"] in names, (line["id"], event)
            assert event["when"] is None or TIMEX_VALUE.match(event["when"]), (line["id"], event)
            surface = [event["name"], *event["aliases"]]
            assert any(s.casefold() in folded for s in surface), (line["id"], event)
            statuses.add(event["status"])
    assert statuses == STATUSES


def test_wardev_effects_and_quantities_point_into_the_article(gold: list[dict[str, Any]]) -> None:
    for line in gold:
        names = _names(line)
        for effect in line["gold"]["effects"]:
            assert effect["contains"] in line["text"], (line["id"], effect)
            assert effect["cause"] and effect["target"], (line["id"], effect)
        for quantity in line["gold"]["quantities"]:
            assert isinstance(quantity["value"], int | float), (line["id"], quantity)
            assert quantity["place"] is None or quantity["place"] in names, (line["id"], quantity)
            as_of = quantity["as_of"]
            assert as_of is None or TIMEX_VALUE.match(as_of), (line["id"], quantity)
