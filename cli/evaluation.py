"""`chronicle eval`: score the extractor against gold (GOLD_FORMAT.md), as tables or one JSON summary."""

from pathlib import Path
from typing import Annotated

import typer

from chronicle.cli.common import fail, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.extraction.gold import GoldError
from chronicle.extraction.scoring import PRF, Report
from chronicle.extraction.scoring.clusters import ClusterScores

__all__ = ["eval_command", "render_report", "write_details"]


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf_row(name: str, prf: PRF) -> dict[str, object]:
    return {
        "category": name,
        "P": f"{prf.precision:.3f}",
        "R": f"{prf.recall:.3f}",
        "F1": f"{prf.f1:.3f}",
        "tp": prf.tp,
        "fp": prf.fp,
        "fn": prf.fn,
    }


def _figures(title: str, rows: list[tuple[str, str, str]]) -> None:
    """A three-column table: figure, value, counts."""
    render_rows([{"figure": a, "value": b, "counts": c} for a, b, c in rows], Format.table, title=title)


def _render_classic(report: Report) -> None:
    if report.entities.articles:
        entity_rows = [_prf_row(t, prf) for t, prf in report.entities.per_type.items()]
        entity_rows.append(_prf_row("micro", report.entities.micro))
        render_rows(entity_rows, Format.table, title=f"Entities ({report.entities.articles} articles)")
    t = report.timexes
    if t.articles:
        render_rows([_prf_row("recognition", t.recognition)], Format.table, title="Time expressions")
        console.print(
            f"value accuracy {_f(t.value_accuracy)} ({t.value_correct}/{t.value_total}), value F1 {t.value_f1:.3f}"
        )
    c, e = report.claims, report.events
    rows = []
    if c.articles:
        accuracy = f"attribution {_f(c.attribution_accuracy)}, date {_f(c.date_accuracy)}"
        rows.append(
            {
                "category": "claims",
                "found": f"{c.found}/{c.gold}",
                "recall": _f(c.recall),
                "accuracy": accuracy,
            }
        )
    if e.articles:
        rows.append(
            {
                "category": "events",
                "found": f"{e.found}/{e.gold}",
                "recall": _f(e.recall),
                "accuracy": f"when {_f(e.when_accuracy)}",
            }
        )
    for name, part in (("effects", report.effects), ("quantities", report.quantities)):
        if part.articles:
            rows.append(
                {
                    "category": name,
                    "found": f"{part.found}/{part.gold}",
                    "recall": _f(part.recall),
                    "accuracy": "",
                }
            )
    if rows:
        render_rows(rows, Format.table, title="Claims, events, effects, quantities")


def _render_corpus(report: Report) -> None:
    a = report.attributions
    if a.articles:
        _figures(
            f"Attributions ({a.articles} articles)",
            [
                ("recall", _f(a.recall), f"{a.found}/{a.gold} found"),
                ("precision", _f(a.precision), f"{a.correct}/{a.predicted} claims correct"),
                ("f1", _f(a.f1), ""),
                ("speaker_accuracy", _f(a.speaker_accuracy), f"{a.speaker_correct}/{a.speaker_total}"),
            ],
        )
    c = report.causal
    if c.articles:
        r = c.relations
        _figures(
            f"Causal sentences ({c.articles})",
            [
                ("precision", _f(c.precision), f"tp {c.tp} fp {c.fp}"),
                ("recall", _f(c.recall), f"fn {c.fn} tn {c.tn}"),
                ("f1", _f(c.f1), ""),
                ("accuracy", _f(c.accuracy), ""),
                ("mcc", _f(c.mcc), ""),
                ("relations.accuracy", _f(r.accuracy), f"{r.matched}/{r.effects} effects"),
                ("relations.cause_accuracy", _f(r.cause_accuracy), f"{r.cause_matched}/{r.effects}"),
                ("relations.target_accuracy", _f(r.target_accuracy), f"{r.target_matched}/{r.effects}"),
                (
                    "relations.sentences_with_match",
                    _f(r.sentences_with_match),
                    f"{r.matched_sentences}/{r.sentences} sentences",
                ),
            ],
        )
    t = report.toponyms
    if t.articles:
        rec, res = t.recognition, t.resolution
        _figures(
            f"Toponyms ({t.articles} articles)",
            [
                (
                    "recognition.precision",
                    _f(rec.precision),
                    f"{rec.correct}/{rec.predicted} ({rec.left_out} left out)",
                ),
                ("recognition.recall", _f(rec.recall), f"{rec.recognised}/{rec.gold}"),
                ("recognition.f1", _f(rec.f1), ""),
                ("resolution.accuracy", _f(res.accuracy), f"{res.correct}/{res.total}"),
                ("resolution.exact_id", _f(res.exact_id), f"{res.exact_id_count}/{res.total}"),
                ("resolution.within_161km", _f(res.within_161km), f"{res.within_161km_count}/{res.total}"),
            ],
        )


def _cluster_rows(system: ClusterScores, baseline: ClusterScores) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for metric in ("muc", "b3", "ceafe"):
        row: dict[str, object] = {"metric": metric}
        for name, scores in (("system", system), ("baseline", baseline)):
            m = getattr(scores, metric)
            row |= {
                f"{name} P": f"{m.precision:.3f}",
                f"{name} R": f"{m.recall:.3f}",
                f"{name} F1": f"{m.f1:.3f}",
            }
        rows.append(row)
    rows.append(
        {
            "metric": "conll_f1",
            "system F1": f"{system.conll_f1:.3f}",
            "baseline F1": f"{baseline.conll_f1:.3f}",
        }
    )
    return rows


def _render_clusters(report: Report, system: str) -> None:
    if report.clusters is None:
        return
    for kind in ("entities", "events"):
        part = getattr(report.clusters, kind)
        render_rows(
            _cluster_rows(part, part.baseline),
            Format.table,
            columns=["metric", *(f"{n} {f}" for n in ("system", "baseline") for f in ("P", "R", "F1"))],
            title=(
                f"Coreference, {kind} ({part.mentions} gold mentions in {part.gold_clusters} clusters, "
                f"{part.overlapped} overlapped; system = {system}, baseline = same name)"
            ),
        )


def render_report(report: Report, system: str = "resolved keys") -> None:
    """The report's figures as tables, one per section that some gold line annotated; `system` names
    whose keys the coreference tables score."""
    _render_classic(report)
    _render_corpus(report)
    _render_clusters(report, system)


def write_details(report: Report, path: Path) -> int:
    """Write one JSON line per article with something missed or wrong; returns how many."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for detail in report.details:
            line = detail.model_dump_json(exclude_defaults=True)
            if line != detail.model_dump_json(include={"id"}):
                out.write(line + "\n")
                written += 1
    return written


@one_line_errors
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (see GOLD_FORMAT.md).")],
    articles: Annotated[
        Path | None, typer.Option(help="Articles JSONL with the texts, joined by id.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON summary instead of tables.")
    ] = False,
    details: Annotated[
        Path | None,
        typer.Option(help="Write what each article missed or got wrong to this JSONL file."),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N gold lines.")] = None,
    clusters: Annotated[
        Path | None,
        typer.Option(help="A clusters.jsonl (cross-document coreference) over the --articles texts."),
    ] = None,
    split: Annotated[
        str | None, typer.Option(help="Score only the lines whose article has this `split` (train, dev).")
    ] = None,
    resolve: Annotated[
        bool,
        typer.Option(
            "--resolve/--no-resolve",
            help="Score --clusters on the keys the graph's resolver gives (default), or the extractor's own.",
        ),
    ] = True,
) -> None:
    """Score the extractor against hand annotations (no server needed).

    Scores every section of GOLD_FORMAT.md a gold line carries; --clusters adds cross-document
    coreference (MUC, B³, CEAF-e, CoNLL F1) over the --articles texts, on the node keys the graph's
    resolver (chronicle.resolution) gives them, as the worker would write them; --no-resolve scores the
    extractor's per-article keys instead.

    Example: chronicle eval ../shared/data/seed/gold.jsonl --articles ../shared/data/seed/articles.jsonl
    """
    for path in (gold, articles, clusters):
        if path is not None and not path.is_file():
            fail(f"{path}: no such file")
    from chronicle.extraction.evaluate import evaluate  # spaCy loads only for the commands that need it
    from chronicle.resolution import resolve_docs

    try:
        report = evaluate(
            gold,
            articles,
            clusters_path=clusters,
            split=split,
            limit=limit,
            resolve=resolve_docs if resolve else None,
        )
    except GoldError as error:
        fail(str(error))
    if details is not None:
        write_details(report, details)
    if as_json:
        console.out(report.model_dump_json(indent=2, exclude={"details"}))
        return
    render_report(report, "resolved keys" if resolve else "extractor keys")
