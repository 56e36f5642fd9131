"""Each Chronicle component does work in proportion to the length of the article, not its square.

Not a timed test (speed belongs to `python -m bench.scaling`): the Python lines each component
executes are counted on an article of N paragraphs and on one of 4N. A rule that scans every claim,
quote or entity once per cue executes up to 16 times the lines on the longer one; the test allows 5.
The paragraphs are written here and vary their people, organisations and places, so that names,
claims, quotes, numbers, events and causes all grow with the text.
"""

import sys
from collections.abc import Callable
from datetime import date
from types import FrameType
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extraction.models import Article
from extraction.pipeline import COMPONENTS, make_doc

_FIRST = ["Anna", "Jonas", "Lena", "Paul", "Ola", "Marta", "Tomas", "Ines", "Karl", "Rosa"]
_LAST = ["Kovalenko", "Weber", "Brandt", "Marsh", "Berg", "Novak", "Lindqvist", "Moreau", "Falk", "Ruiz"]
_ORGS = ["Northwind Steel", "Harbor Foods", "Alpine Rail", "Bluewater Energy", "Granite Mining"]
_CITIES = ["Lyon", "Porto", "Graz", "Turin", "Ghent", "Bergen", "Brno", "Cork", "Leeds", "Basel"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
SHORT, LONG = 8, 32  # paragraphs
ALLOWED = 1.25  # the longer article may cost up to 1.25 times its share of lines


def made_up_name(n: int) -> str:
    """A distinct invented surname per paragraph ('Kalomi'), so the names grow with the text."""
    return "".join(_SYLLABLES[(n >> shift) % 8] for shift in (6, 3, 0)).capitalize()


def paragraph(n: int) -> str:
    """One paragraph of news with attributed speech, quotes, numbers, an event and a cause."""
    first, last = _FIRST[n % 10], _LAST[(n // 10) % 10]
    org, city, day = _ORGS[n % len(_ORGS)], _CITIES[(n // 3) % 10], _DAYS[n % 5]
    name, agency = made_up_name(n), made_up_name(n + 100)
    acronym = f"{agency[0]}TA"
    return (
        f"Inspector {first} {name} of the {agency} Transit Authority ({acronym}) visited {city}. "
        f"{acronym} engineers said {name} had approved the repairs. "
        f"{first} {last}, a spokesperson for {org}, said on {day} that about {100 + n} workers would "
        f"return to the plant in {city}. "
        f'"We expect the line to reopen by May," {last} told reporters. "The repairs are going well." '
        f"The strike at the {org} plant had lasted {n % 7 + 2} weeks, according to the union. "
        f"The union said wages had not risen in {2015 + n % 9}. At the same time, prices rose by "
        f"{n % 5 + 3} percent. Schools in {city} closed because of the missile strikes on {city}. "
        f"He said the attack on the depot in {city} had cut deliveries by {20 + n} tonnes.\n\n"
    )


def article(paragraphs: int) -> Article:
    return Article(
        id=f"scaling-{paragraphs}",
        text="".join(paragraph(n) for n in range(paragraphs)),
        published_at=date(2025, 3, 6),
    )


def count_lines(call: Callable[[Doc], Doc], doc: Doc) -> tuple[int, Doc]:
    """Python line events while `call(doc)` runs (any tracer already set is restored)."""
    lines = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        if event == "line":
            lines += 1
        return local

    previous = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local)
    try:
        doc = call(doc)
    finally:
        sys.settrace(previous)
    return lines, doc


def lines_per_component(nlp: Language, paragraphs: int) -> dict[str, int]:
    doc = make_doc(nlp, article(paragraphs))
    counts: dict[str, int] = {}
    for name, component in nlp.pipeline:
        if name in COMPONENTS:
            counts[name], doc = count_lines(component, doc)
        else:
            doc = component(doc)
    return counts


@pytest.fixture(scope="module")
def counts(nlp: Language) -> dict[int, dict[str, int]]:
    nlp(make_doc(nlp, article(2)))  # cue lists, gazetteers and compiled patterns load on first use
    return {size: lines_per_component(nlp, size) for size in (SHORT, LONG)}


def test_scaling_article_is_rich_enough(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, article(SHORT)))
    assert len(doc._.claims) >= 3 * SHORT
    assert len(doc._.quantities) >= 3 * SHORT
    assert len(doc._.entities) >= 10
    assert doc._.events and doc._.effects


@pytest.mark.parametrize("component", COMPONENTS)
def test_scaling_component_work_grows_linearly(counts: dict[int, dict[str, int]], component: str) -> None:
    short, long = counts[SHORT][component], counts[LONG][component]
    assert short > 0
    assert long / short <= ALLOWED * LONG / SHORT, f"{component}: {short} -> {long} lines"
