"""Anchoring relative dates to the document creation time (DCT), the way news reads them.

News prefers the past: a bare weekday is the most recent such day (the DCT itself when it is that
weekday), a bare month later in the year than the DCT is last year's. A future cue in the clause
("will", "scheduled", "next") turns the preference forward. Anaphoric expressions ("the same day",
times of day) anchor to the last day mentioned (the reference time), else to the DCT.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Literal

from chronicle.extraction.timex.calendar import add_months, iso_week_value, quarter_of, season_of
from chronicle.extraction.timex.patterns import NOT_PAST_ED, compile_patterns
from chronicle.extraction.timex.vocab import alternation, load_vocab

__all__ = [
    "DAYS_BEFORE_EVENT",
    "EVENT_REACH",
    "WORD",
    "Context",
    "Tense",
    "event_offset_day",
    "month_day_year",
    "month_value",
    "month_year",
    "past_verb_before",
    "quarter_year",
    "season_value",
    "tense_at",
    "tense_cue",
    "week_value",
    "weekday_date",
]

Tense = Literal["past", "future"] | None
_DEADLINE = re.compile(
    r"\b(?:by|until|till|payable|effective|expires?|expiring|as\s+(?:early|soon)\s+as)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:end\s+of\s+)?$"
)
# 'by the Tuesday deadline': 'by' governs the deadline, not the day, and the clause tells whether
# the deadline lies ahead ('must file by the Friday deadline') or has been met ('completed ... by').
_DEADLINE_NOUN = re.compile(r"(?:'s)?\s+deadlines?\b")
_COORDINATED = re.compile(
    r"\s*(?:and|but)\s+(?!(?:will|would|is|are|has|have|had|was|were|can|could|may|might|must|should)\b)"
)
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
WORD = re.compile(r"[A-Za-z]+")
EVENT_REACH = 60  # characters right of a clock time searched for 'ten days before the shooting'
_EVENT_GAP = 40  # characters left of a day searched, in its clause, for the event it dates
_QUARTER = re.compile(r"^\d{4}-Q[1-4X]$")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_BE_BEFORE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$")
_ADJACENT_VERB = re.compile(rf"\b(?!{NOT_PAST_ED})([a-z]{{2,}}ed)\s+(?:on\s+|in\s+)?$")
# A past perfect ("had hoped to take it by", "had been due to expire"): the plan, deadline or
# schedule lies in the past, whatever future cue follows it in the clause.
_PAST_PERFECT = re.compile(r"\bhad\b(?!\s+(?:to|better)\b)(?![^.;:!?]*\b(?:will|would|'ll|shall)\b)")
_RESULTS_PERIODS = frozenset({"P6M", "P9M"})
_RIGHT_REACH = 110  # characters searched right of the expression for its verb ("On Friday, the league plans")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]`]*\s+(?=[\"'“‘(\[`]*\s*[A-Z0-9])|\n")
# The word a full stop follows: an initial ('Daniel P. Davison') or a title or month abbreviation
# ('Mr. Davison', 'Feb. 1') does not end the sentence.
_WORD_AT_STOP = re.compile(r"(?<![\w.])([A-Za-z]+)\.$")


@dataclass
class Context:
    """What resolution needs: the text, the DCT, and the reference time carried along the text."""

    text: str
    dct: date | None
    ref_day: date | None = None
    ref_year: int | None = None
    ref_value: str | None = None
    ref_quarter: str | None = None
    last_quarter: str | None = None  # the quarter named last, background ones too
    mentioned_day: date | None = None
    long_period: bool = False  # the last results period named is longer than a quarter
    ref_end: int = -1  # where the expression that set ref_value ends
    day_end: int = -1  # where the expression that named ref_day ends (-1: the DCT)
    lead_day: date | None = None  # the first day the first two sentences name: the story's day
    sentence_starts: list[int] = field(default_factory=list)
    event_days: dict[str, date] = field(default_factory=dict)  # kind of event -> the day told for it

    def __post_init__(self) -> None:
        self.ref_day = self.dct
        self.sentence_starts = [
            0,
            *(m.end() for m in _SENTENCE_END.finditer(self.text) if _ends(self.text, m)),
        ]

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        """(first char, end) of the sentence holding `start`."""
        lo, hi = 0, len(self.sentence_starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self.sentence_starts[mid] <= start:
                lo = mid
            else:
                hi = mid
        begin = self.sentence_starts[lo]
        end = self.sentence_starts[lo + 1] if lo + 1 < len(self.sentence_starts) else len(self.text)
        return begin, end

    def note(self, value: str | None) -> None:
        """Move the reference time to a resolved value (day and year precision)."""
        if not value or not value[:4].isdigit() or len(value) < 4:
            return
        self.ref_year = int(value[:4])
        self.ref_value = value.split("T")[0]
        if _QUARTER.match(self.ref_value) and not self.ref_value.endswith("X"):
            self.last_quarter = self.ref_value
        if (
            _QUARTER.match(self.ref_value)
            and not self._background_quarter(self.ref_value)
            and not self._forecast_quarter(self.ref_value)
        ):
            self.ref_quarter = self.ref_value
            self.long_period = False
        if len(value) >= 10 and value[4] == "-" and value[5:7].isdigit() and value[8:10].isdigit():
            try:
                self.ref_day = date(int(value[:4]), int(value[5:7]), int(value[8:10]))
                self.mentioned_day = self.ref_day
            except ValueError:
                return

    def _sentences_back(self, start: int, n: int) -> int:
        """Where the sentence `n` sentences before the one holding `start` begins."""
        begin = self.sentence_bounds(start)[0]
        for _ in range(n):
            begin = self.sentence_bounds(begin - 1)[0] if begin else 0
        return begin

    def recent_ref(self, start: int) -> str | None:
        """The reference value when it was named in this sentence or the one before, else None."""
        return self.ref_value if self.ref_end >= self._sentences_back(start, 1) else None

    def note_day_at(self, start: int, end: int) -> None:
        """The reference day was just named by the expression at [start, end)."""
        self.day_end = end
        lead_end = self.sentence_starts[2] if len(self.sentence_starts) > 2 else len(self.text)
        if self.lead_day is None and start < lead_end:
            self.lead_day = self.ref_day

    def note_event_day(self, start: int, end: int, value: str | None) -> None:
        """A day named just after an event word ('was shot to death on Oct. 23') dates that kind of
        event (the `event_word` table) for the rest of the text: 'ten days before the shooting',
        'was shot at 10 p.m.' far from any day named. The first day told for a kind wins."""
        found = _DAY.match(value or "")
        if found is None:
            return
        try:
            day = date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            return
        begin, _ = self.sentence_bounds(start)
        left = self.text[max(begin, start - _EVENT_GAP) : start]
        left = left[max(left.rfind(c) for c in ",;:()") + 1 :]  # the day's own clause
        events = load_vocab().get("event_word", {})
        for word in reversed(WORD.findall(left)):
            kind = events.get(word.lower())
            if kind:
                self.event_days.setdefault(kind, day)
                return

    def event_day(self, word: str) -> date | None:
        """The day told for the kind of event a word names ('the murder'), or None."""
        kind = load_vocab().get("event_word", {}).get(word.lower())
        return self.event_days.get(kind) if kind else None

    def day_named_near(self, start: int) -> bool:
        """A day was named in this sentence or the two before."""
        return self.day_end >= self._sentences_back(start, 2)

    def near_day(self, start: int, story: bool = True) -> date | None:
        """The reference day when it was named in this sentence or the two before; farther from
        it, a part of the day ('residents spent the morning') is the story's day, the one its lead
        names, else the DCT's."""
        if self.day_end >= self._sentences_back(start, 2):
            return self.ref_day
        return (self.lead_day if story else None) or self.dct

    def _background_quarter(self, value: str) -> bool:
        """An older quarter named after the quarter being reported ('After a flat second quarter')
        is background: 'the year-earlier period' still means the reported one, the quarter last
        completed before the DCT once the text has named it."""
        if self.dct is None or self.ref_quarter is None:
            return False
        year, month = add_months(self.dct.year, self.dct.month, -3)
        reported = f"{year:04d}-Q{(month - 1) // 3 + 1}"
        return self.ref_quarter == reported and value < reported

    def _forecast_quarter(self, value: str) -> bool:
        """A quarter still to come at the DCT ('losses through the third quarter of 1990'), or the
        current one once a completed quarter is under discussion ('profit fell in the third quarter
        and will fall in the fourth'), is a forecast: the results discussed stay the reported ones."""
        if self.dct is None or value.endswith("X"):
            return False
        current = f"{self.dct.year:04d}-Q{(self.dct.month - 1) // 3 + 1}"
        return value > current or (
            value == current and self.ref_quarter is not None and self.ref_quarter < current
        )

    def note_duration(self, value: str | None) -> None:
        """A results period longer than a quarter ('the first nine months', 'the six months') is now
        the period under discussion: 'a year earlier' and 'the 1988 period' are read in years."""
        if value in _RESULTS_PERIODS:
            self.ref_quarter = None
            self.long_period = True
            if self.ref_value and self.ref_value[:4].isdigit():
                self.ref_value = self.ref_value[:4]


def _ends(text: str, stop: re.Match[str]) -> bool:
    """A sentence end, unless the full stop closes an initial or an abbreviation that never ends one."""
    if stop.group(0) == "\n" or text[stop.start()] != ".":
        return True
    word = _WORD_AT_STOP.search(text, max(0, stop.start() - 12), stop.start() + 1)
    if word is None:
        return True
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return False
    return token.lower() not in load_vocab()["abbreviation"]


def _nearest(pattern: re.Pattern[str], text: str, from_right: bool) -> int | None:
    """Distance from the expression to the nearest cue in a window (None when there is none)."""
    if from_right:
        last = None
        for last in pattern.finditer(text):  # noqa: B007 - we want the last one
            pass
        return len(text) - last.end() if last else None
    m = pattern.search(text)
    return m.start() if m else None


def _adjacent_past_verb(left: str) -> re.Match[str] | None:
    """An -ed verb right before the expression governs it ('closed Wednesday', 'predicted on Monday'),
    and a promise is dated by when it was made ('pledged Sunday to end it', the `speech_plan` table;
    not 'has promised'); a passive after 'be' ('will be completed on Monday') leaves it to the
    auxiliary. Returns the verb's match, or None."""
    verb = _ADJACENT_VERB.search(left)
    if (
        verb
        and (
            verb.group(1) not in load_vocab()["future_cue"]
            or (
                verb.group(1) in load_vocab()["speech_plan"]
                and not _AUXILIARY_BEFORE.search(left, 0, verb.start())
            )
        )
        and not _BE_BEFORE.search(left, 0, verb.start())
    ):
        return verb
    return None


def past_verb_before(ctx: Context, start: int) -> bool:
    """The expression follows its past-tense verb directly ('ended Nov. 5', 'closed on Friday'): no
    deadline ('by', 'until'), no auxiliary before the verb ('are tallied March 15' is a passive
    that may lie ahead) and no compound adjective ('the delegate-packed April 19 primary')."""
    begin, _ = ctx.sentence_bounds(start)
    left = ctx.text[max(begin, start - 120) : start]
    if _DEADLINE.search(left):
        return False
    verb = _adjacent_past_verb(left)
    return bool(
        verb
        and not _AUXILIARY_BEFORE.search(left, 0, verb.start())
        and not left[: verb.start()].endswith("-")
    )


def tense_cue(ctx: Context, start: int, end: int) -> tuple[Tense, int]:
    """The tense the clause gives an expression, and how far away its cue is.

    Left of the expression first (the governing verb usually precedes: "said on Friday", "will
    open in March"), strong cues (auxiliaries, reporting verbs) before weak ones (any -ed word);
    "by"/"until" right before the expression mean a deadline, so the future.
    """
    begin, stop = ctx.sentence_bounds(start)
    left = ctx.text[max(begin, start - 120) : start]
    comma = max((c.start() for c in _CLAUSE_COMMA.finditer(left)), default=-1)  # not '$35,000'
    clause = left[max(comma, left.rfind(";"), len(left) - 70) + 1 :]
    perfect = _PAST_PERFECT.search(clause)
    perfect_distance = len(clause) - perfect.end() if perfect else 0
    if perfect is None and _COORDINATED.match(clause) and comma >= 0:
        # 'had ruled that he must go, and set Friday as the deadline': the verb after 'and' shares
        # the past perfect of the clause before the comma
        perfect = _PAST_PERFECT.search(left, 0, comma)
        perfect_distance = len(left) - perfect.end() if perfect else 0
    if _DEADLINE.search(left) and not _DEADLINE_NOUN.match(ctx.text, end):
        return ("past", 0) if perfect else ("future", 0)
    if _adjacent_past_verb(left):
        return "past", 0
    participle = _adjacent_participle().search(left)
    if participle and not _AUXILIARY_BEFORE.search(left, 0, participle.start()):
        return "past", 0  # 'the record set on Sept. 9': an irregular participle, as 'closed Wednesday'
    patterns = compile_patterns()
    for window, from_right in ((left, True), (ctx.text[end : min(stop, end + _RIGHT_REACH)], False)):
        best: tuple[int, Tense] | None = None
        for tense, pattern in (("future", patterns.future_cue), ("past", patterns.past_cue)):
            distance = _nearest(pattern, window, from_right)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, tense)  # type: ignore[assignment]
        weak = _nearest(patterns.weak_past_cue, window, from_right)
        if weak is not None and (best is None or (not from_right and weak < best[0])):
            best = (
                weak,
                "past",
            )  # right of it, the nearest verb governs ('On Friday, X ruled that Y should')
        if best is not None and best[1] == "future" and from_right and perfect:
            return "past", perfect_distance  # 'had been scheduled to expire Friday'
        if (
            best is not None
            and best[1] == "future"
            and _bare_past_plan(window, best[0], from_right)
            and (not from_right or _MAIN_PAST.match(ctx.text, end))
        ):
            # 'On Friday, the ministry planned to pay', 'a vigil planned for Saturday was cancelled':
            # a plan told in the simple past, or one whose main verb is past, lies in the past
            return "past", best[0]
        if best is not None:
            return best[1], best[0]
    return None, 1000


@cache
def _adjacent_participle() -> re.Pattern[str]:
    """An irregular past participle right before the expression ('set on', 'hit in'), the
    `adjacent_participle` table; the -ed ones are `_ADJACENT_VERB`."""
    words = alternation(load_vocab()["adjacent_participle"])
    return re.compile(rf"\b(?:{words})\s+(?:on|in)\s+$")


_PLAN_PAST = re.compile(r"\b(?:planned|scheduled|expected|intended|projected|promised|pledged|vowed|aimed)\b")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|be|been|being|was|were|has|have|had|will|would|'s|'re)\s+(?:\w+ly\s+)?$"
)
_MAIN_PAST = re.compile(r"[\s,]+(?:was|were)\s+(?!to\b|due\b|set\b|scheduled\b|expected\b|planned\b)")


def _bare_past_plan(window: str, distance: int, from_right: bool) -> bool:
    """The nearest future cue is a plan verb in the simple past or a bare participle ('planned',
    not 'is planned' or 'will be scheduled')."""
    if from_right:
        found = None
        for found in _PLAN_PAST.finditer(window):  # noqa: B007 - we want the last one
            pass
        if found is None or len(window) - found.end() != distance:
            return False
    else:
        found = _PLAN_PAST.search(window)
        if found is None or found.start() != distance:
            return False
    return _AUXILIARY_BEFORE.search(window[: found.start()]) is None


_EVENT_AFTER = re.compile(
    r"\s+(?P<dir>before|after|prior\s+to)\s+(?:the|this|that|his|her|their|its)\s+"
    r"(?P<words>[a-z-]+(?:\s+[a-z-]+){0,2})"
)
DAYS_BEFORE_EVENT = re.compile(r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>days?|weeks?)(?=\s)")


def event_offset_day(ctx: Context, n: float | None, unit: str, end: int) -> date | None:
    """'ten days before the shooting' with the day of the shooting told earlier: that day shifted by
    the days or weeks (`end`: where the amount's unit ends), else None."""
    found = _EVENT_AFTER.match(ctx.text, end)
    if found is None or n is None or n != int(n) or unit not in {"day", "week"}:
        return None
    day = next((d for w in found["words"].split() if (d := ctx.event_day(w))), None)
    if day is None:
        return None
    step = timedelta(days=int(n) * (7 if unit == "week" else 1))
    return day + step if found["dir"] == "after" else day - step


def tense_at(ctx: Context, start: int, end: int) -> Tense:
    """'future' or 'past' from the clause around the expression, else None."""
    return tense_cue(ctx, start, end)[0]


def weekday_date(dct: date, weekday: int, rel: str | None, tense: Tense) -> date:
    """The date of an ISO weekday (1 = Monday) relative to the DCT."""
    back = (dct.isoweekday() - weekday) % 7
    forward = (weekday - dct.isoweekday()) % 7
    if rel in {"last", "past", "this past"}:
        return dct - timedelta(days=back or 7)
    if rel in {"next", "coming", "this coming"}:
        return dct + timedelta(days=forward or 7)
    if rel == "this":  # "this Friday": the coming one, unless the clause is in the past
        if tense == "past":
            return dct - timedelta(days=dct.isoweekday() - weekday)
        return dct + timedelta(days=forward)
    if back == 0:
        return dct
    if tense == "future":
        return dct + timedelta(days=forward)
    return dct - timedelta(days=back)


def month_year(dct: date, month: int, rel: str | None, tense: Tense) -> int:
    """The year of a month named without one."""
    year = dct.year
    if rel in {"last", "past", "this past"}:
        return year if month < dct.month else year - 1
    if rel in {"next", "coming", "this coming"}:
        return year if month > dct.month else year + 1
    if rel == "this":
        return year
    ahead = month - dct.month
    if ahead > 0 and tense != "future" and ((tense == "past" and ahead > 1) or ahead > 6):
        return year - 1
    if month < dct.month and tense == "future" and dct.month - month > 2:
        return year + 1
    return year


def month_day_year(dct: date, month: int, day: int, tense: Tense, past_verb: bool = False) -> int:
    """The year of a month and day named without one. A day its past-tense verb governs directly
    ('the fiscal year ended Nov. 5' said on 28 October) cannot lie ahead: it is last year's."""
    try:
        candidate = date(dct.year, month, day)
    except ValueError:  # 29 February in a common year
        candidate = date(dct.year, month, 28)
    gap = (candidate - dct).days
    if (
        gap > 0
        and tense != "future"
        and ((tense == "past" and (gap > 45 or (past_verb and gap > 1))) or gap > 183)
    ):
        return dct.year - 1
    if gap < -60 and tense == "future":
        return dct.year + 1
    return dct.year


def quarter_year(dct: date, quarter: int, tense: Tense) -> int:
    """The year of a quarter named without one ("the fourth quarter")."""
    current = quarter_of(dct)
    if tense != "future" and (quarter > current + 1 or (quarter > current and tense == "past")):
        return dct.year - 1
    if quarter < current - 1 and tense == "future":  # the quarter just ended is reported on, not planned
        return dct.year + 1
    return dct.year


def season_value(dct: date, code: str, rel: str | None, tense: Tense, mod: str | None = None) -> str:
    """'2025-SU' for a season named relative to the DCT (YYYY-WI starts in December of YYYY).

    Without "last"/"next", a season still to come this year is last year's when the clause is in the
    past tense, when it is three seasons ahead ("the autumn" in January: the one just gone, not the
    one in nine months), or when its end is meant ("the end of the autumn") and it is not the next
    season, unless the clause looks ahead.
    """
    order = ["SP", "SU", "FA", "WI"]
    cur_year, cur_code = season_of(dct)
    here = cur_year * 4 + order.index(cur_code)
    year = cur_year if code == "WI" and cur_code == "WI" else dct.year  # this year's occurrence
    ahead = year * 4 + order.index(code) - here
    if rel in {"last", "past", "this past"}:
        year -= 1 if ahead >= 0 else 0
    elif rel in {"next", "coming", "this coming"}:
        year += 1 if ahead <= 0 else 0
    elif rel != "this":
        if (
            ahead > 0
            and tense != "future"
            and (tense == "past" or ahead >= 3 or (ahead >= 2 and mod == "END"))
        ):
            year -= 1
        elif ahead < 0 and tense == "future":
            year += 1
    return f"{year:04d}-{code}"


def week_value(dct: date, shift_weeks: int) -> str:
    """ISO week value of the DCT's week shifted by whole weeks."""
    return iso_week_value(dct + timedelta(weeks=shift_weeks))


def month_value(dct: date, shift: int) -> str:
    """'2025-06' for the DCT's month shifted by whole months."""
    year, month = add_months(dct.year, dct.month, shift)
    return f"{year:04d}-{month:02d}"
