"""A place named with the region or country that holds it: 'Gainesville, Va.', 'Tacoma, Washington',
'Walker County (Ga.)'. When a name typed Place is followed by a comma or an opening bracket and a
name whose readings include a region or country containing one of the first name's readings (a
city of the gazetteer or a town of the towns list), both are those readings: the Gainesville in
Virginia, the state of Washington. A list ('Bakhmut, Donetsk and Avdiivka', 'Lviv, Bakhmut,
Donetsk') is no such pair."""

from spacy.tokens import Doc

from chronicle.extraction.rules.evidence import PLACE, Candidate
from chronicle.extraction.rules.gazetteer import Gazetteer, PlaceRecord

__all__ = ["paired_places"]

_OPENERS = {",", "("}
_LIST_WORDS = {",", "and", "or", "&", "/"}


def paired_places(
    doc: Doc, typed: list[tuple[list[Candidate], str | None]], gazetteer: Gazetteer
) -> dict[int, PlaceRecord]:
    """The reading of each Place cluster (by index in `typed`) that such a pair fixes."""
    starts: dict[int, tuple[int, Candidate]] = {}
    for index, (members, kind) in enumerate(typed):
        if kind == PLACE:
            for cand in members:
                starts[cand.start] = (index, cand)
    chosen: dict[int, PlaceRecord] = {}
    for index, (members, kind) in enumerate(typed):
        if kind != PLACE:
            continue
        for cand in members:
            found = _pair(doc, cand, starts, gazetteer)
            if found is None or found[0] == index:
                continue
            outer_index, inner, outer = found
            chosen.setdefault(index, inner)
            chosen.setdefault(outer_index, outer)
            break
    return chosen


def _pair(
    doc: Doc, cand: Candidate, starts: dict[int, tuple[int, Candidate]], gazetteer: Gazetteer
) -> tuple[int, PlaceRecord, PlaceRecord] | None:
    j = cand.end
    if j + 1 >= len(doc) or doc[j].text not in _OPENERS or j + 1 not in starts:
        return None
    outer_index, outer = starts[j + 1]
    if _in_list(doc, cand.start - 1, -1, starts) or _in_list(doc, outer.end, 1, starts):
        return None
    holders = [r for r in outer.places if r.kind in ("region", "country")]
    if not holders:
        return None
    name = cand.text[4:] if cand.text[:4].lower() == "the " else cand.text
    name = name.title() if name.isupper() else name  # 'ALLENDALE, N.J.'
    readings = [*cand.places, *gazetteer.towns(name)]
    for holder in holders:
        for reading in readings:
            if _holds(holder, reading):
                return outer_index, reading, holder
    return None


def _in_list(doc: Doc, i: int, step: int, starts: dict[int, tuple[int, Candidate]]) -> bool:
    """A list word at token `i` with another place name beyond it."""
    if not 0 <= i < len(doc) or doc[i].lower_ not in _LIST_WORDS:
        return False
    if step > 0:
        return i + 1 in starts
    return any(start < i and cand.end in (i, i - 1) for start, (_, cand) in starts.items())


def _holds(holder: PlaceRecord, reading: PlaceRecord) -> bool:
    if reading.id == holder.id or reading.country_code != holder.country_code:
        return False
    if holder.kind == "country":
        return reading.kind != "country"
    return reading.admin1_code == holder.admin1_code and reading.kind in ("city", "village", "district")
