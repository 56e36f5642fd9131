"""Extraction benchmark: Chronicle's pipeline against spaCy's bare model on the same texts, in the
same run (the ceiling), single-doc and `nlp.pipe` batched; time per component; and how the time
grows with the length of an article.

Words/s per core divides by the CPU time of this process (which is what one core can do, whatever
else the machine runs); wall-clock figures are given beside it. Runs are interleaved and the best of
`repeat` is kept, which is fair on a shared machine.
"""

import cProfile
import io
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import spacy
from spacy.language import Language

from bench.corpus import load_articles, word_count
from bench.report import fmt, table
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import MODEL, load_pipeline, make_doc, to_graphdoc

__all__ = ["ExtractionResult", "render_extraction", "run_extraction"]

_LENGTHS = (1_500, 6_000, 15_000)  # words per joined article (the corpus averages ~300)


@dataclass
class Timing:
    """Best wall and CPU seconds of one way of running."""

    wall: float = float("inf")
    cpu: float = float("inf")

    def add(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = min(self.wall, wall), min(self.cpu, cpu)


@dataclass
class ExtractionResult:
    articles: int
    words: int
    timings: dict[str, Timing]
    components_ms: dict[str, float]
    lengths: list[tuple[int, float, dict[str, float]]]
    profile: str = ""
    removed: list[str] = field(default_factory=list)

    def per_core(self, name: str) -> float:
        return self.words / self.timings[name].cpu

    def ratio(self, full: str, bare: str) -> float:
        return self.timings[bare].cpu / self.timings[full].cpu


def _measure(run: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _component_times(nlp: Language, articles: Sequence[Article]) -> dict[str, float]:
    """CPU ms per 1,000 words of each pipeline component, run doc by doc (plus the GraphDoc step)."""
    spent: dict[str, float] = defaultdict(float)
    for article in articles:
        doc = make_doc(nlp, article)
        for name, component in nlp.pipeline:
            began = time.process_time()
            doc = component(doc)
            spent[name] += time.process_time() - began
        began = time.process_time()
        to_graphdoc(doc, article)
        spent["to_graphdoc"] += time.process_time() - began
    words = word_count([a.text for a in articles])
    return {name: 1_000_000 * seconds / words for name, seconds in spent.items()}


def _long_articles(articles: Sequence[Article]) -> list[Article]:
    """One article per length in _LENGTHS, made by joining corpus texts (paragraph breaks kept)."""
    made = []
    for length in _LENGTHS:
        texts: list[str] = []
        n = 0
        while word_count(texts) < length:
            texts.append(articles[n % len(articles)].text)
            n += 1
        made.append(
            Article(id=f"long-{length}", text="\n\n".join(texts), published_at=articles[1].published_at)
        )
    return made


def _profile(nlp: Language, articles: Sequence[Article], top: int) -> str:
    """cProfile of the Chronicle components only (the model's own components removed)."""
    docs = []
    for article in articles:
        doc = make_doc(nlp, article)
        for name, component in nlp.pipeline:
            if not name.startswith("chronicle_"):
                doc = component(doc)
        docs.append(doc)
    ours = [(name, c) for name, c in nlp.pipeline if name.startswith("chronicle_")]
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        for _, component in ours:
            doc = component(doc)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def run_extraction(
    *, repeat: int = 3, batch_size: int = 16, without: Sequence[str] = (), profile_top: int = 0
) -> ExtractionResult:
    """Time bare and full pipelines on the corpus (see the module docstring)."""
    articles = load_articles()
    texts = [a.text for a in articles]
    bare = spacy.load(MODEL)
    full = load_pipeline()
    for name in without:
        full.remove_pipe(name)

    runs: dict[str, Callable[[], None]] = {
        "bare pipe": lambda: [None for _ in bare.pipe(texts, batch_size=batch_size)],
        "full pipe": lambda: [
            to_graphdoc(doc, a)
            for doc, a in full.pipe(
                ((make_doc(full, a), a) for a in articles), as_tuples=True, batch_size=batch_size
            )
        ],
        "bare single": lambda: [bare(t) for t in texts],
        "full single": lambda: [to_graphdoc(full(make_doc(full, a)), a) for a in articles],
    }
    timings = {name: Timing() for name in runs}
    for run in runs.values():  # warm-up: lazy loading, caches
        run()
    for _ in range(repeat):
        for name, run in runs.items():
            timings[name].add(*_measure(run))
    lengths = []
    for article in _long_articles(articles):
        words = word_count([article.text])
        _, cpu = _measure(lambda article=article: to_graphdoc(full(make_doc(full, article)), article))
        lengths.append((words, words / cpu, _component_times(full, [article])))
    return ExtractionResult(
        articles=len(articles),
        words=word_count(texts),
        timings=timings,
        components_ms=_component_times(full, articles),
        lengths=lengths,
        profile=_profile(full, articles, profile_top) if profile_top else "",
        removed=list(without),
    )


def render_extraction(result: ExtractionResult, batch_size: int) -> str:
    """The extraction section of the report."""
    rows = [
        [name, fmt(result.words / t.cpu, 0), fmt(result.words / t.wall, 0), fmt(t.cpu, 2), fmt(t.wall, 2)]
        for name, t in result.timings.items()
    ]
    pipe_ratio = result.ratio("full pipe", "bare pipe")
    single_ratio = result.ratio("full single", "bare single")
    verdict = "met" if pipe_ratio >= 0.75 else "MISSED"
    total = sum(result.components_ms.values())
    components = [
        [name, fmt(ms, 1), f"{100 * ms / total:.0f}%"]
        for name, ms in sorted(result.components_ms.items(), key=lambda kv: -kv[1])
    ]
    ours = [n for n in result.components_ms if n.startswith("chronicle_")]
    length_rows = []
    for words, per_core, parts in result.lengths:
        worst = max(ours, key=lambda n: parts.get(n, 0.0))
        length_rows.append([fmt(words), fmt(per_core, 0), f"{worst} ({fmt(parts[worst], 1)} ms/1k words)"])
    out = [
        f"{result.articles} articles, {result.words:,} words (meantime + seed), batch size {batch_size}"
        + (f", without {', '.join(result.removed)}" if result.removed else "")
        + ".",
        "",
        table(["pipeline", "words/s per core (CPU)", "words/s (wall)", "CPU s", "wall s"], rows),
        "",
        f"Full / bare (CPU, `nlp.pipe`): **{pipe_ratio:.2f}** (target >= 0.75: {verdict}); "
        f"single-doc: {single_ratio:.2f}.",
        "",
        "Time per component (CPU ms per 1,000 words, doc by doc):",
        "",
        table(["component", "ms / 1k words", "share"], components),
        "",
        "Growth with article length (one joined article each; words/s per core should stay flat):",
        "",
        table(["words", "words/s per core", "slowest Chronicle component"], length_rows),
    ]
    if result.profile:
        out += ["", "```", result.profile.strip(), "```"]
    return "\n".join(out)
