"""Recognition guards: reject matches that look like time expressions but are not.

"May" the verb, "March" the noun, "Sunday Times", "Black Monday", "Arab Spring", quantities such as
"about 2000 troops", ages ("34-year-old"). A guard sees only the match and the text around it, so
it runs before overlapping candidates are arbitrated.
"""

import re
from collections.abc import Callable

from extraction.timex.vocab import load_vocab

__all__ = ["accept_span"]

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'.-]*)[^\w.!?\n\"]*$")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[.!?:;\"\n\u201c(]|--|\s-)\s*$")
_WORD_AFTER = re.compile(r"^\s+([A-Za-z][\w'-]*)")
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|approximately|nearly|roughly|some|another|additional|extra|estimated|"
    r"total\s+of|up\s+to|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|least|No\.?|"
    r"number|numbers|resolution|flight|route|model|article|room|page|item|code|of\s+the|top|"
    r"[$£€#])\s*$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
_NUMBERISH_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|bn|m|k)?|once|twice|times|"
    r"million|billion|trillion|dollars|euros|pounds|hundred|thousand)\s*$",
    re.IGNORECASE,
)
_TIME_CUE_BEFORE = re.compile(
    r"\b(?:at|from|until|till|to|by|around|about|after|before|since|between|and|approximately|"
    r"shortly|roughly|-)\s*$",
    re.IGNORECASE,
)


def _word_before(text: str, start: int) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else None


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_BOUNDARY_BEFORE.search(text, max(0, start - 6), start)) or start == 0


def _word_after(text: str, end: int) -> str | None:
    m = _WORD_AFTER.match(text[end : end + 40])
    return m.group(1) if m else None


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _name_like_context(text: str, start: int, end: int) -> bool:
    """A capitalised word glued before (mid-sentence) or after: part of a name."""
    before = _word_before(text, start)
    cues = load_vocab()["month_cue"]
    if _capitalised(before) and not _at_sentence_start(text, start) and before.lower() not in cues:  # type: ignore[union-attr]
        return True
    after = _word_after(text, end)
    return _capitalised(after) and after not in load_vocab()["month"]


def _month(m: re.Match[str], text: str) -> bool:
    month = m.group("month")
    if not month[0].isupper():
        return False
    if m.group("year") or m.group("relyear") or m.group("rel") or m.group("mod"):
        return True
    before = _word_before(text, m.start())
    cued = before is not None and before.lower() in load_vocab()["month_cue"]
    if month.lower() in _AMBIGUOUS_MONTHS and not cued:
        return False
    return cued or not _name_like_context(text, m.start("month"), m.end("month"))


def _day_first(m: re.Match[str], text: str) -> bool:
    return m.group("month")[0].isupper() and not _QUANTITY_BEFORE.search(text, 0, m.start())


def _month_first(m: re.Match[str], text: str) -> bool:
    month = m.group("month")
    if not month[0].isupper():
        return False
    if month.lower() in _AMBIGUOUS_MONTHS and not m.group("year"):
        return not _name_like_context(text, m.start(), m.start() + len(month))
    return True


def _year(m: re.Match[str], text: str) -> bool:
    if m.group("mod") or m.group("fiscal"):
        return True
    return not _QUANTITY_BEFORE.search(text, max(0, m.start() - 30), m.start())


def _weekday(m: re.Match[str], text: str) -> bool:
    wd = m.group("wd")
    if not wd[0].isupper():
        return False
    vocab = load_vocab()
    after = _word_after(text, m.end("wd"))
    if after and after in vocab["weekday_name_after"]:
        return False
    before = _word_before(text, m.start())
    return not (before and before in vocab["weekday_name_before"])


def _season(m: re.Match[str], text: str) -> bool:
    season = m.group("season")
    if season.lower() == "fall" and not (m.group("rel") or m.group("year") or m.group("mod")):
        return False
    if season.lower() == "fall" and m.group("rel") and m.group("rel").lower() == "the":
        return bool(m.group("year"))
    before = _word_before(text, m.start("season"))
    if before and before in load_vocab()["season_name_before"]:
        return False
    if season[0].isupper() and not _at_sentence_start(text, m.start()):
        return not _capitalised(_word_after(text, m.end("season"))) and not _capitalised(before)
    return True


def _decade(m: re.Match[str], text: str) -> bool:
    if m.group("dec3") or m.group("dec2"):
        return not _AGE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return True


def _duration(m: re.Match[str], text: str) -> bool:
    if m.group("old"):
        return False
    num = (m.group("num") or "").lower()
    unit = m.group("unit").lower()
    if num in {"a", "an"}:
        if unit.startswith("second"):
            return False
        return not _NUMBERISH_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return not text.startswith("-old", m.end()) and not text.startswith(" old", m.end())


def _set(m: re.Match[str], text: str) -> bool:
    if m.group("a"):
        return bool(_NUMBERISH_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    adv = m.group("adv")
    if adv and adv[0].isupper() and not _at_sentence_start(text, m.start()):
        return False
    return not (adv and adv.lower() == "daily" and _capitalised(_word_after(text, m.end())))


def _time(m: re.Match[str], text: str) -> bool:
    if m.group("h2") is None:
        return True
    if m.group("tz") or m.group("tday"):
        return True
    return bool(_TIME_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()))


def _deictic(m: re.Match[str], text: str) -> bool:
    word = m.group("word")
    if word and word[0].isupper() and not _at_sentence_start(text, m.start()):
        return not _capitalised(_word_before(text, m.start()))
    return True


def _quarter_q(m: re.Match[str], text: str) -> bool:
    return "Q" in m.group(0)


def _anaphor_day(m: re.Match[str], text: str) -> bool:
    return "day" in m.group(0)[-3:]


def _ref(m: re.Match[str], text: str) -> bool:
    word = m.group("ref").lower()
    after = (_word_after(text, m.end()) or "").lower()
    if word == "later" and after in {"than", "in", "that", "this", "on"}:
        return after == "on"
    return not (word == "earlier" and after in {"than", "this", "that", "in"})


_GUARDS: dict[str, Callable[[re.Match[str], str], bool]] = {
    "month": _month,
    "day_month": _day_first,
    "month_day": _month_first,
    "year": _year,
    "weekday": _weekday,
    "season": _season,
    "decade": _decade,
    "duration": _duration,
    "set": _set,
    "time": _time,
    "deictic": _deictic,
    "quarter_q": _quarter_q,
    "anaphor_day": _anaphor_day,
    "ref": _ref,
}


def accept_span(name: str, m: re.Match[str], text: str) -> tuple[int, int] | None:
    """The span a rule's match claims, or None when the guard rejects it."""
    guard = _GUARDS.get(name)
    if guard is not None and not guard(m, text):
        return None
    if name == "bare_duration":
        group = "unit" if m.group("unit") else "unit2"
        return m.start(group), m.end()
    start, end = m.span()
    while end > start and text[end - 1] in " \t\n,.":
        if text[end - 1] == "." and m.group(0).lower().endswith(("a.m.", "p.m.")):
            break
        end -= 1
    return (start, end) if end > start else None
