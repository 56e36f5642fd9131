"""Each Chronicle component does work in proportion to the length of the article, not its square.

Not a timed test (speed belongs to `python -m bench.scaling`): the Python lines each component
executes are counted on an article of N paragraphs and on one of 4N. A rule that scans every claim,
quote or entity once per cue executes up to 16 times the lines on the longer one; the test allows 5.
The paragraphs (bench.scaling's dense article) vary their people, organisations and places, so
that names, claims, quotes, numbers, events and causes all grow with the text.
"""

import sys
from collections.abc import Callable
from datetime import date
from types import FrameType
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from bench.scaling import dense_paragraph
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import COMPONENTS, make_doc
from chronicle.extraction.rules.gazetteer import load_gazetteer

SHORT, LONG = 8, 32  # paragraphs
ALLOWED = 1.25  # the longer article may cost up to 1.25 times its share of lines


def article(paragraphs: int) -> Article:
    """`paragraphs` dense paragraphs (bench.scaling's: written there, no corpus text)."""
    return Article(
        id=f"scaling-{paragraphs}",
        text="".join(dense_paragraph(n) for n in range(paragraphs)),
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
    load_gazetteer().towns("Pokrovsk")  # the towns table loads on the first town looked up
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
