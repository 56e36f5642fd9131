"""Pronouns and company nouns that point back to a named entity: 'he' to the last person named,
'its' and 'the company' to the last organisation, within a few sentences.

They become mentions of the entity (so an article's every reference to Boeing is one cluster), but
never entity spans: the relational components read names, not pronouns. The words and the type each
points to are data (extraction/data/anaphors.jsonl).
"""

from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc, Span

from chronicle.extraction.rules.docindex import load_jsonl

__all__ = ["anaphoric_mentions"]

_DETERMINERS = {"the", "this", "that"}


@cache
def _words(data_dir: str | None) -> tuple[dict[str, str], dict[str, str], set[str]]:
    pronouns: dict[str, str] = {}
    nominals: dict[str, str] = {}
    relatives: set[str] = set()
    for row in load_jsonl("anaphors.jsonl", data_dir):
        if row["kind"] == "relative":
            relatives.add(row["word"])
        elif row["kind"] in {"pronoun", "nominal"}:  # 'place_noun' rows are DocIndex.place_anaphor's
            (pronouns if row["kind"] == "pronoun" else nominals)[row["word"]] = row["type"]
    return pronouns, nominals, relatives


def _relative(doc: Doc, i: int, relatives: set[str], ends: dict[int, Span]) -> Span | None:
    """'Boeing, which ...': the name right before a relative pronoun (a comma between)."""
    if doc[i].lower_ not in relatives or doc[i].dep_ in ("mark", "det"):
        return None
    before = i - 1 if i > 0 and doc[i - 1].text == "," else i
    return ends.get(before)


def _anaphor(doc: Doc, i: int, pronouns: dict[str, str], nominals: dict[str, str]) -> tuple[int, str] | None:
    """(start token, type) of the anaphor ending at token i, if it is one."""
    token = doc[i]
    low = token.lower_
    if low in pronouns and token.pos_ == "PRON" and token.dep_ != "expl":
        return i, pronouns[low]
    if token.pos_ != "NOUN" or i == 0:
        return None
    two = f"{doc[i - 1].lower_} {low}"
    start, kind = (i - 1, nominals[two]) if two in nominals else (i, nominals.get(low))
    if kind is None or start == 0 or doc[start - 1].lower_ not in _DETERMINERS:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of"):
        return None  # 'the company Boeing', 'the bank of England' name something else
    return start - 1, kind


def anaphoric_mentions(
    doc: Doc, spans: list[Span], data_dir: str | None = None, window: int = 2
) -> list[tuple[int, int, str]]:
    """(start token, end token, entity key) of each anaphor whose antecedent is a named entity of
    its type in the same sentence or the `window` sentences before."""
    pronouns, nominals, relatives = _words(data_dir)
    named = sorted((s for s in spans if s._.entity_key), key=lambda s: s.start)
    if not named:
        return []
    taken = {i for s in named for i in range(s.start, s.end)}
    sent_starts = [s.start for s in doc.sents]
    starts = [s.start for s in named]
    ends = {s.end: s for s in named}
    found = []
    for token in doc:
        if token.i in taken:
            continue
        antecedent = _relative(doc, token.i, relatives, ends)
        if antecedent is not None:
            found.append((token.i, token.i + 1, antecedent._.entity_key))
            continue
        hit = _anaphor(doc, token.i, pronouns, nominals)
        if hit is None:
            continue
        start, kind = hit
        sentence = bisect_right(sent_starts, start) - 1
        earliest = sent_starts[max(sentence - (window + 1 if kind == "Person" else window), 0)]
        for at in range(bisect_right(starts, start) - 1, -1, -1):
            span = named[at]
            if span.start < earliest:
                break
            if span.end <= start and span.label_ == kind:
                found.append((start, token.i + 1, span._.entity_key))
                break
    return found
