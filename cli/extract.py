"""`chronicle extract` and `chronicle eval`: the extractor without any server, to debug and to measure.

`eval` lives in `cli/evaluation.py` and is re-exported here.
"""

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.tree import Tree

from chronicle.cli.common import fail, one_line_errors
from chronicle.cli.evaluation import eval_command
from chronicle.cli.render import console
from chronicle.consumers.payload import article_from_message
from chronicle.consumers.readers import read_articles
from chronicle.extraction.models import GraphDoc, Mention

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
        cause = _side(names, effect.cause_key, effect.cause_span)
        target = _side(names, effect.target_key, effect.effect_span)
        effects.add(
            f"{cause} → {target} [{effect.cue or 'no cue word'}, {effect.source}]: {effect.description}"
        )
    return tree


def _side(names: dict[str, str], key: str | None, span: Mention | None) -> str:
    """A cause or target as shown: the thing's name, else its clause in quotes."""
    if key:
        return names.get(key, key)
    return repr(span.text) if span else "?"


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
