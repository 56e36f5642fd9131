"""How extraction time grows with the length of one article: CPU ms per 1,000 characters of each
pipeline component at several lengths. Linear components keep a flat row; a rule that scans the
whole article once per cue shows as a row that climbs with the length.

    python -m bench.scaling                      # ~2k, 8k, 32k, 100k characters, best of 3
    python -m bench.scaling --sizes 2000,100000 --repeat 1 --texts dense

Two kinds of article, each cut at a sentence end: 'meantime', MEANTIME texts joined with paragraph
breaks (read from ../shared/data at run time), and 'dense', paragraphs written here that pack
attributed speech, quotes, numbers, events and causes (and a new invented name each), the shape
that exposes a rule scanning every claim or quote per cue. 100,000 characters is the longest
article the worker accepts (consumers/limits.py). Each length runs `repeat` times on a fresh Doc
and the lowest CPU time per component is kept (the first run of a length pays one-off memory
growth).
"""

import argparse
import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bench.corpus import CORPORA, load_articles
from bench.report import fmt, table
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import COMPONENTS, load_pipeline, make_doc, to_graphdoc

__all__ = [
    "SIZES",
    "TEXTS",
    "ScalingResult",
    "dense_article",
    "dense_paragraph",
    "joined_article",
    "main",
    "render_scaling",
    "run_scaling",
]

SIZES = (2_000, 8_000, 32_000, 100_000)  # characters
TEXTS = ("meantime", "dense")
_FIRST = ["Anna", "Jonas", "Lena", "Paul", "Ola", "Marta", "Tomas", "Ines", "Karl", "Rosa"]
_LAST = ["Kovalenko", "Weber", "Brandt", "Marsh", "Berg", "Novak", "Lindqvist", "Moreau", "Falk", "Ruiz"]
_ORGS = ["Northwind Steel", "Harbor Foods", "Alpine Rail", "Bluewater Energy", "Granite Mining"]
_CITIES = ["Lyon", "Porto", "Graz", "Turin", "Ghent", "Bergen", "Brno", "Cork", "Leeds", "Basel"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]


@dataclass
class ScalingResult:
    """CPU seconds per component (and 'to_graphdoc') for each article length in characters."""

    text: str
    seconds: dict[int, dict[str, float]]
    repeat: int

    def ms_per_1k(self, length: int, name: str) -> float:
        return 1_000_000 * self.seconds[length][name] / length

    def total(self, length: int, ours: bool) -> float:
        """Seconds of the Chronicle components (ours) or of the model's own components."""
        parts = self.seconds[length]
        return sum(s for n, s in parts.items() if (n in COMPONENTS or n == "to_graphdoc") == ours)


def joined_article(articles: Sequence[Article], length: int) -> Article:
    """MEANTIME texts joined by blank lines, cut at the last sentence end before `length`."""
    texts: list[str] = []
    total = 0
    for n in range(10 * len(articles)):
        if total >= length + 2_000:
            break
        texts.append(articles[n % len(articles)].text)
        total += len(texts[-1]) + 2
    text = "\n\n".join(texts)[:length].rsplit(". ", 1)[0] + "."
    return Article(id=f"scaling-{length}", text=text, published_at=articles[0].published_at)


def _made_up_name(n: int) -> str:
    """A distinct invented surname per paragraph ('Kalomi'), so the names grow with the text."""
    return "".join(_SYLLABLES[(n >> shift) % 8] for shift in (6, 3, 0)).capitalize()


def dense_paragraph(n: int) -> str:
    """Paragraph `n` of the dense article: attributed speech, quotes (one standing alone), an
    'according to' source, a continued statement, numbers, events, a cause, a pronoun, an acronym."""
    first, last = _FIRST[n % 10], _LAST[(n // 10) % 10]
    org, city, day = _ORGS[n % len(_ORGS)], _CITIES[(n // 3) % 10], _DAYS[n % 5]
    name, agency = _made_up_name(n), _made_up_name(n + 100)
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


def dense_article(length: int) -> Article:
    """Dense paragraphs up to `length` characters, cut at a sentence end."""
    paragraphs: list[str] = []
    while sum(map(len, paragraphs)) < length + 1_000:
        paragraphs.append(dense_paragraph(len(paragraphs)))
    text = "".join(paragraphs)[:length].rsplit(". ", 1)[0] + "."
    return Article(id=f"dense-{length}", text=text, published_at=date(2025, 3, 6))


def _component_seconds(article: Article) -> dict[str, float]:
    nlp = load_pipeline()
    gc.collect()
    spent: dict[str, float] = {}
    doc = make_doc(nlp, article)
    for name, component in nlp.pipeline:
        began = time.process_time()
        doc = component(doc)
        spent[name] = time.process_time() - began
    began = time.process_time()
    to_graphdoc(doc, article)
    spent["to_graphdoc"] = time.process_time() - began
    return spent


def run_scaling(
    sizes: Sequence[int] = SIZES, repeat: int = 3, texts: Sequence[str] = TEXTS
) -> list[ScalingResult]:
    """Time every component on one article per size and kind of text (best of `repeat`)."""
    meantime = load_articles(CORPORA[:1])
    make = {"meantime": lambda size: joined_article(meantime, size), "dense": dense_article}
    _component_seconds(joined_article(meantime, 2_000))  # warm-up: cue lists, patterns, caches
    results = []
    for kind in texts:
        seconds: dict[int, dict[str, float]] = {}
        for size in sizes:
            article = make[kind](size)
            runs = [_component_seconds(article) for _ in range(repeat)]
            seconds[len(article.text)] = {name: min(run[name] for run in runs) for name in runs[0]}
        results.append(ScalingResult(kind, seconds, repeat))
    return results


def render_scaling(results: Sequence[ScalingResult]) -> str:
    """The scaling section: one table per kind of text."""
    return "\n\n".join(_render_one(result) for result in results)


def _render_one(result: ScalingResult) -> str:
    """A markdown table: one row per component, one column per length, in ms per 1,000 chars."""
    lengths = sorted(result.seconds)
    names = list(result.seconds[lengths[0]])
    growth = lengths[-1] / lengths[0]
    rows = []
    for name in names:
        cells = [fmt(result.ms_per_1k(length, name), 2) for length in lengths]
        first = result.ms_per_1k(lengths[0], name)
        ratio = result.ms_per_1k(lengths[-1], name) / first if first else float("nan")
        rows.append([name, *cells, fmt(ratio, 2)])
    for label, ours in (("Chronicle (components + to_graphdoc)", True), ("spaCy model", False)):
        cells = [fmt(1_000_000 * result.total(length, ours) / length, 2) for length in lengths]
        first = result.total(lengths[0], ours)
        rows.append([f"**{label}**", *cells, fmt(result.total(lengths[-1], ours) / first / growth, 2)])
    share = [
        f"{100 * result.total(n, True) / (result.total(n, True) + result.total(n, False)):.0f}%"
        for n in lengths
    ]
    rows.append(["Chronicle share of CPU", *share, ""])
    header = ["component (CPU ms / 1k chars)", *[f"{n:,} chars" for n in lengths], "last / first"]
    return "\n".join(
        [
            f"**{result.text}** article (one per length); best of {result.repeat} runs per "
            "component. A linear component keeps its row flat (last / first near 1); a quadratic "
            f"one grows with the length ({growth:.0f}x here).",
            "",
            table(header, rows),
        ]
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Run and print the scaling table."""
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article lengths in characters")
    parser.add_argument("--repeat", type=int, default=3, help="runs per length, best kept per component")
    parser.add_argument("--texts", default=",".join(TEXTS), help=f"kinds of article: {', '.join(TEXTS)}")
    args = parser.parse_args(argv)
    sizes = [int(part) for part in args.sizes.split(",") if part.strip()]
    texts = [part for part in args.texts.split(",") if part.strip()]
    unknown = set(texts) - set(TEXTS)
    if unknown:
        parser.error(f"unknown text kind(s): {', '.join(sorted(unknown))}")
    print(render_scaling(run_scaling(sizes, args.repeat, texts)))


if __name__ == "__main__":
    main()
