"""Recognition guards: reject matches that look like time expressions but are not.

"May" the verb, "March" the noun, "Sunday Times", "Black Monday", "Arab Spring", quantities such as
"about 2000 troops", ages ("34-year-old"). A guard sees only the match and the text around it, so
it runs before overlapping candidates are arbitrated.
"""

import re
from collections.abc import Callable

from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.values import month_number
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["accept_span", "is_rate"]

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'.-]*)[^\w.!?\n\"]*$")
_BOUNDARY_BEFORE = re.compile(r"(?:^|[.!?:;\"\n\u201c(]|--|\s-)\s*$")
_WORD_AFTER = re.compile(r"^\s+([A-Za-z][\w'-]*)")
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_DATELINE_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]*)*,?\s+$")
_QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|approximately|nearly|roughly|some|another|additional|extra|estimated|"
    r"total\s+of|up\s+to|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|least|No\.?|"
    r"number|numbers|resolution|flight|route|model|article|room|page|item|code|"
    r"[$£€#])\s*$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|mid-?\s*|late\s+)?$", re.I)
_NUMBERISH_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|bn|m|k)?|once|twice|times|"
    r"million|billion|trillion|dollars|euros|pounds|hundred|thousand|dozen|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s*$",
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


def _article_before(text: str, start: int) -> bool:
    return (_word_before(text, start) or "").lower() in {"a", "an", "the"}


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


def _month(m: Hit, text: str) -> bool:
    month = m.group("month")
    if not month[0].isupper():
        return False
    if m.group("year") or m.group("relyear") or m.group("rel") or m.group("mod"):
        return True
    before = _word_before(text, m.start())
    cued = before is not None and before.lower() in load_vocab()["month_cue"]
    if month.lower() in _AMBIGUOUS_MONTHS and not cued:
        return _modifies_noun(text, m.start("month"), m.end("month"))
    return cued or not _name_like_context(text, m.start("month"), m.end("month"))


_NOT_A_NOUN_AFTER = frozenset({"of", "to", "on", "in", "for", "and", "or", "at", "by", "with", "from"})


def _modifies_noun(text: str, start: int, end: int) -> bool:
    """'the March accession', 'The May elections': a capitalised month between 'the' and a noun."""
    after = _word_after(text, end)
    return (
        (_word_before(text, start) or "") in {"the", "The"}
        and after is not None
        and after.islower()
        and after not in _NOT_A_NOUN_AFTER
    )


def _valid_day(m: Hit) -> bool:
    return 1 <= int(m.group("day") or 0) <= 31


def _day_first(m: Hit, text: str) -> bool:
    if not (_valid_day(m) and m.group("month")[0].isupper()):  # type: ignore[index]
        return False
    return not _QUANTITY_BEFORE.search(text, max(0, m.start() - 30), m.start())


def _month_first(m: Hit, text: str) -> bool:
    month = m.group("month")
    if not _valid_day(m) or not month[0].isupper():
        return False
    if _DATELINE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True  # 'WASHINGTON, March 12 (Xinhua) --'
    if month.lower() in _AMBIGUOUS_MONTHS and not m.group("year"):
        return not _name_like_context(text, m.start(), m.start() + len(month))
    return True


def _year(m: Hit, text: str) -> bool:
    if m.group("mod") or m.group("fiscal"):
        return True
    at = m.start()
    if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
        return False
    if at and (text[at - 1] in "$£€#,.'" or (text[at - 1] == "-" and at > 1 and text[at - 2].isalpha())):
        return text[max(0, at - 5) : at].lower() in {"post-", " pre-"} or text[:at].lower() == "pre-"
    if _QUANTITY_BEFORE.search(text, max(0, at - 30), at):
        return False
    before = _word_before(text, at)
    named = _capitalised(before) and not _at_sentence_start(text, at)
    return not (
        named and before.lower() not in load_vocab()["month_cue"] and _capitalised(_word_after(text, m.end()))
    )  # type: ignore[union-attr]


def _weekday(m: Hit, text: str) -> bool:
    wd = m.group("wd")
    if not wd[0].isupper():
        return False
    vocab = load_vocab()
    after = _word_after(text, m.end("wd"))
    if after and after in vocab["weekday_name_after"]:
        return False
    before = _word_before(text, m.start())
    if before and before in vocab["weekday_name_before"]:
        return False
    if wd != "Sunday":  # 'the Mail on Sunday'; 'The Times on Friday' is a day
        return True
    window = " ".join(text[max(0, m.start() - 20) : m.start()].split())
    return not any(window.endswith(phrase) for phrase in vocab["weekday_name_prefix"])


def _season(m: Hit, text: str) -> bool:
    season = m.group("season")
    if season.lower() == "fall" and not (m.group("rel") or m.group("year") or m.group("mod")):
        return False
    if season.lower() == "fall" and m.group("rel") and m.group("rel").lower() == "the":
        prep = (_word_before(text, m.start()) or "").lower()
        return bool(m.group("year")) or (
            prep in {"in", "during", "by", "until", "since", "through"} and _word_after(text, m.end()) != "of"
        )
    before = _word_before(text, m.start("season"))
    if before and before in load_vocab()["season_name_before"]:
        return False
    if season[0].isupper():
        if _capitalised(_word_after(text, m.end("season"))):
            return False
        return _at_sentence_start(text, m.start()) or not _capitalised(before)
    return True


def _decade(m: Hit, text: str) -> bool:
    digits = m.group("dd") or ""
    if len(digits) == 3:
        return 15 <= int(digits[:2]) <= 20
    if len(digits) == 2 or digits in {"0", "1"} or text[m.start() - 1 : m.start()] in {"-", "/"}:
        return False
    return not _AGE_BEFORE.search(text, max(0, m.start() - 30), m.start())


def _duration(m: Hit, text: str) -> bool:
    if m.group("old"):
        return False
    num = (m.group("num") or "").lower()
    return not (num in {"a", "an"} and m.group("unit").lower().startswith("second"))


def is_rate(m: Hit, text: str) -> bool:
    """'a year' right after an amount ('15 a year', 'twice a day') is a frequency (SET)."""
    return (m.group("num") or "").lower() in {"a", "an"} and bool(
        _NUMBERISH_BEFORE.search(text, max(0, m.start() - 30), m.start())
    )


_SPEED = re.compile(r"[Pp]er\s+(?:second|minute|hour)\b")


def _set(m: Hit, text: str) -> bool:
    if (m.group("freq") or "").lower() == "times" and not m.group("num"):
        return False
    if _SPEED.match(m.group(0) or ""):  # 'instructions per second', 'km per hour': a speed, not a time
        return False
    adv = m.group("adv")
    if adv and adv[0].isupper() and not _at_sentence_start(text, m.start()):
        return False
    return not (adv and adv.lower() == "daily" and _capitalised(_word_after(text, m.end())))


_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.IGNORECASE)


def _time(m: Hit, text: str) -> bool:
    if m.group("word") is not None:  # 'high noon' is a showdown, not a clock time
        return m.group("word").lower() != "noon" or not _HIGH_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        )
    if m.group("h4") is not None:  # '4 in the morning' after 'at', 'by', 'until', ...
        return 1 <= int(m.group("h4")) <= 12 and bool(
            _TIME_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        )
    if m.group("h") is not None:
        return 1 <= int(m.group("h")) <= 12  # type: ignore[arg-type]
    if m.group("h2") is None:
        return True
    if int(m.group("h2")) > 23:  # type: ignore[arg-type]
        return False
    if m.group("tz") or m.group("tday"):
        return True
    return bool(_TIME_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()))


def _deictic(m: Hit, text: str) -> bool:
    word = m.group("word")
    if word and word[0].isupper() and not _at_sentence_start(text, m.start()):
        return not _capitalised(_word_before(text, m.start()))
    return True


_YEAR_NOT_A_DATE_AFTER = frozenset({"ended", "ending", "when", "that", "which", "in", "before", "after"})


def _rel_unit(m: Hit, text: str) -> bool:
    rel = " ".join((m.group("rel") or "").lower().split())
    if m.group("unit") == "day":
        return rel in {"the next", "the following", "the previous", "the preceding", "the same"}
    if m.group("unit") == "year" and rel in {"the", "the fiscal", "the calendar", "the full"}:
        after = (_word_after(text, m.end()) or "").lower()
        return after not in _YEAR_NOT_A_DATE_AFTER and text[m.end() : m.end() + 1] not in {"-", "'", "’"}
    return rel != "the" or bool(m.group("mod"))


def _ref(m: Hit, text: str) -> bool:
    word = m.group("ref").lower()
    after = (_word_after(text, m.end()) or "").lower()
    if word == "later" and (after in {"than", "in", "that", "this"} or _article_before(text, m.start())):
        return False
    if word == "later" and text[max(0, m.start() - 10) : m.start()].lower().endswith("sooner or "):
        return False
    return not (word == "earlier" and after in {"than", "this", "that", "in"})


_AFTER_A_DATE = re.compile(
    r"\s*(?:$|[.,;:!?)\]\"'’”–-]|(?:and|or|to|at|in|when|until|through|but|after|before|as|with)\b)"
)


def _ordinal_day(m: Hit, text: str) -> bool:
    """'the 31st' as a date: a valid day with nothing after it that it could count ('the 31st
    Division', 'the 25th anniversary', 'the 11th Circuit')."""
    day = int(m.group("day"))
    suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if not 1 <= day <= 31 or m.group("suf") != suffix:
        return False
    return bool(m.group("rel")) or bool(_AFTER_A_DATE.match(text, m.end()))


def _month_span_quarter(m: Hit, text: str) -> bool:
    """'October-December' names a quarter only when it runs over one: from its first month to its last."""
    first, last = month_number(m["m1"] or ""), month_number(m["m2"] or "")
    return first % 3 == 1 and last == first + 2


_GUARDS: dict[str, Callable[[Hit, str], bool]] = {
    "month_span_quarter": _month_span_quarter,
    "ordinal_day": _ordinal_day,
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
    "rel_unit": _rel_unit,
    "ref": _ref,
}


def accept_span(name: str, m: Hit, text: str) -> tuple[int, int] | None:
    """The span a rule's match claims, or None when the guard rejects it."""
    guard = _GUARDS.get(name)
    if guard is not None and not guard(m, text):
        return None
    if name == "bare_duration":
        return m.start("unit"), m.end()
    if name == "second_day":  # the day alone: 'April 24' is a match of its own
        return m.start("day"), m.end()
    if name == "anaphor_then":  # no leading preposition: 'until [then]'
        return m.head.start(), m.end()
    start, end = m.span()
    if text[end - 1] == ")" and "(" not in text[start:end]:
        end -= 1
    while end > start and text[end - 1] in " \t\n,.":
        if text[end - 1] == "." and m.group(0).lower().endswith(("a.m.", "p.m.")):
            break
        end -= 1
    return (start, end) if end > start else None
