"""`chronicle extract` and `chronicle eval`: the extractor without any server, to debug and to measure."""

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.tree import Tree

from chronicle.cli.common import fail, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.consumers.payload import article_from_message
from chronicle.consumers.readers import read_articles
from chronicle.extraction.gold import GoldError
from chronicle.extraction.models import GraphDoc
from chronicle.extraction.scoring import PRF, Report

__all__ = ["eval_command", "extract"]


def _tree(doc: GraphDoc) -> Tree:
    article = doc.article
    tree = Tree(
        f"[bold]{article.title or article.id[:12]}[/bold]  {article.source or ''} {article.published_at or ''}"
    )
    people = tree.add(f"entities ({len(doc.entities)})")
    for entity in doc.entities:
        place = f"  {entity.place.kind}, {entity.place.country_code or ''}" if entity.place else ""
        people.add(f"{entity.type}: {entity.name}  ×{len(entity.mentions)}{place}  [dim]{entity.key}[/dim]")
    times = tree.add(f"time expressions ({len(doc.timexes)})")
    for timex in doc.timexes:
        times.add(
            f"{timex.text!r} → {timex.value} {timex.mod or ''} [{timex.valid_from} .. {timex.valid_to}]"
        )
    names = {e.key: e.name for e in doc.entities} | {e.key: e.name for e in doc.events}
    events = tree.add(f"events ({len(doc.events)})")
    for event in doc.events:
        when = event.when.value if event.when else "undated"
        places = ", ".join(names.get(k, k) for k in event.place_keys)
        events.add(f"{event.type}: {event.name}  {when}  at {places or '-'}")
    claims = tree.add(f"claims ({len(doc.claims)})")
    for claim in doc.claims:
        stated = claim.stated.value if claim.stated else "?"
        claims.add(f"[{claim.kind}] {claim.speaker_name or '?'} ({stated}): {claim.text}")
    figures = tree.add(f"quantities ({len(doc.quantities)})")
    for q in doc.quantities:
        as_of = q.as_of.value if q.as_of else "?"
        figures.add(
            f"{q.value:,.0f} {q.metric} at {names.get(q.place_key or '', '-')} as of {as_of}, per {q.source_name or '?'}"
        )
    effects = tree.add(f"effects ({len(doc.effects)})")
    for effect in doc.effects:
        effects.add(
            f"{names.get(effect.cause_key, effect.cause_key)} → {names.get(effect.target_key, effect.target_key)} [{effect.cue}]: {effect.description}"
        )
    return tree


@one_line_errors
def extract(
    path: Annotated[Path, typer.Argument(help="An article file (.json .jsonl .txt .html or a digest page).")],
    published_at: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Publication date, if the file has none.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="tree or json.")] = "tree",
) -> None:
    """Run extraction on a file, with no server, and show the GraphDoc: the way to debug an article.

    Example: chronicle extract examples/articles.jsonl --format json
    """
    if fmt not in ("tree", "json"):
        fail("--format must be tree or json")
    from chronicle.extraction.pipeline import extract_many  # spaCy loads only for the commands that need it

    messages = read_articles(path, published_at=published_at.date() if published_at else None)
    for doc in extract_many(article_from_message(m) for m in messages):
        if fmt == "json":
            console.out(doc.model_dump_json(indent=2))
        else:
            console.print(_tree(doc))


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


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _render_report(report: Report) -> None:
    entity_rows = [_prf_row(t, prf) for t, prf in report.entities.per_type.items()]
    entity_rows.append(_prf_row("micro", report.entities.micro))
    render_rows(entity_rows, Format.table, title=f"Entities ({report.articles} articles)")
    t = report.timexes
    render_rows([_prf_row("recognition", t.recognition)], Format.table, title="Time expressions")
    console.print(
        f"value accuracy {_figure(t.value_accuracy)} ({t.value_correct}/{t.value_total}), value F1 {t.value_f1:.3f}"
    )
    c, e = report.claims, report.events
    rows = [
        {
            "category": "claims",
            "found": f"{c.found}/{c.gold}",
            "recall": _figure(c.recall),
            "accuracy": f"attribution {_figure(c.attribution_accuracy)}, date {_figure(c.date_accuracy)}",
        },
        {
            "category": "events",
            "found": f"{e.found}/{e.gold}",
            "recall": _figure(e.recall),
            "accuracy": f"when {_figure(e.when_accuracy)}",
        },
        {
            "category": "effects",
            "found": f"{report.effects.found}/{report.effects.gold}",
            "recall": _figure(report.effects.recall),
            "accuracy": "",
        },
        {
            "category": "quantities",
            "found": f"{report.quantities.found}/{report.quantities.gold}",
            "recall": _figure(report.quantities.recall),
            "accuracy": "",
        },
    ]
    render_rows(rows, Format.table, title="Claims, events, effects, quantities")


@one_line_errors
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (see GOLD_FORMAT.md).")],
    articles: Annotated[
        Path | None, typer.Option(help="Articles JSONL with the texts, joined by id.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the JSON summary instead of tables.")
    ] = False,
    details: Annotated[bool, typer.Option(help="Also list misses per article.")] = False,
) -> None:
    """Score the extractor against hand annotations (no server needed).

    Example: chronicle eval ../shared/data/seed/gold.jsonl --articles ../shared/data/seed/articles.jsonl
    """
    for path in (gold, articles):
        if path is not None and not path.is_file():
            fail(f"{path}: no such file")
    from chronicle.extraction.evaluate import evaluate  # spaCy loads only for the commands that need it

    try:
        report = evaluate(gold, articles)
    except GoldError as error:
        fail(str(error))
    if as_json:
        console.out(report.model_dump_json(indent=2, exclude=None if details else {"details"}))
        return
    _render_report(report)
    if details:
        for detail in report.details:
            misses = {k: v for k, v in detail.model_dump(exclude={"id"}).items() if v}
            if misses:
                console.print(f"[bold]{detail.id}[/bold]: {misses}")
