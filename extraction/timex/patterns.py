"""Precompiled regular expressions for time expressions, built once from the vocabulary tables.

Each rule is one pattern with named groups; `rules.py` turns a match into a value. Patterns are
case-insensitive; the handlers check capitalisation where it matters (month and weekday names).
Spans follow TimeML: the expression itself, without a leading preposition ("on", "in").
"""

import re
from dataclasses import dataclass
from functools import cache

from extraction.timex.vocab import Vocab, alternation, load_vocab

__all__ = ["Patterns", "compile_patterns"]

_REL = r"this\s+past|this\s+coming|last|next|this|past|coming"
_PRE_MOD = (
    r"\b(?P<mod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|dawn)\s+of(?:\s+the)?"
    r"|early|late|mid-?|the\s+(?:early|late|mid)(?:dle)?\s+(?:part\s+of\s+)?)"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR_GUARD = (
    r"(?!\d|%|,\d|\.\d|-(?:\d{3}|\d{5})"
    r"|\s*(?:percent|per\s+cent|km|kilomet|mile|metre|meter|troops|people|soldiers|men|women|"
    r"tons|tonnes|barrels|dollars|euros|pounds|rubles|roubles|hryvnias?|units|votes|cases|deaths|"
    r"homes|houses|families|residents|civilians|workers|jobs|feet|hectares|acres|vehicles|tanks|"
    r"drones|missiles|shells|rounds|times|hours|minutes|square)\b)"
)
_UNITS = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
    r"century|centuries)"
)


@dataclass(frozen=True)
class Patterns:
    """All compiled rules, in priority order (earlier wins a tie between equally long spans)."""

    rules: tuple[tuple[str, re.Pattern[str]], ...]
    future_cue: re.Pattern[str]
    past_cue: re.Pattern[str]
    number: re.Pattern[str]


def _build(v: Vocab) -> Patterns:
    months = alternation(v["month"])
    abbr = alternation(v["month_abbr"])
    any_month = rf"(?:{months}|(?:{abbr})\.?)"
    weekdays = alternation(v["weekday"])
    number_words = alternation(v["number"])
    vague = alternation(v["vague_number"])
    num = rf"(?P<num>\d+(?:\.\d+)?|(?:{number_words})(?:[\s-]+(?:{number_words}))*(?:\s+and\s+a\s+half)?)"
    seasons = alternation(v["season"])
    holidays = alternation(v["holiday"])
    refs = alternation([*v["ref_present"], *v["ref_past"], *v["ref_future"]])
    pod = r"(?P<pod>morning|afternoon|evening|night)"
    wb = r"(?<![\w'-])"
    rules: list[tuple[str, str]] = [
        ("iso_date", r"\b(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("slash_date", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
        (
            "month_day",
            rf"\b(?P<month>{any_month})\s+(?P<day>{_DAY})(?:st|nd|rd|th)?(?![\d:%.,]\d|\d|%)"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
        ),
        (
            "day_month",
            rf"\b(?:the\s+)?(?P<day>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{any_month})\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
        ),
        (
            "month",
            rf"(?:{_PRE_MOD}\s*)?(?:(?P<rel>{_REL})\s+)?\b(?P<month>{months}|(?:{abbr})\.?(?=,?\s+{_YEAR}))"
            rf"(?:(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})\b{_YEAR_GUARD}"
            r"|\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year)?\b",
        ),
        (
            "quarter",
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|previous|"
            r"current|same|this|next|past|coming)[\s-]+(?:fiscal\s+|financial\s+)?quarter"
            rf"(?:\s+(?:of\s+)?(?:(?P<relyear>this|last|next|the)\s+year|(?:fiscal\s+)?(?P<year>{_YEAR})\b))?",
        ),
        (
            "quarter_q",
            rf"\b(?:(?P<year0>{_YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<year>{_YEAR})|'?(?P<yy>\d\d))?\b",
        ),
        (
            "half",
            r"\b(?:the\s+)?(?P<ord>first|second|latter|1st|2nd)\s+half\s+of\s+"
            rf"(?:(?P<relyear>this|last|next|the)\s+year|(?P<year>{_YEAR})\b)",
        ),
        (
            "season",
            rf"(?:{_PRE_MOD}\s*)?(?:(?P<rel>{_REL}|the)\s+)?\b(?P<season>{seasons})\b"
            rf"(?:(?:\s+of)?\s+(?P<year>{_YEAR})\b|\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year)?",
        ),
        (
            "decade",
            rf"(?:\bthe\s+)?(?:{_PRE_MOD}\s*)?(?:\b(?P<cent>1[5-9]|20)(?P<dec>\d)0s|'(?P<dec2>\d)0s|"
            r"\b(?P<dec3>[2-9])0s)\b",
        ),
        (
            "century",
            r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\s-]first|"
            r"eighteenth)[\s-]+century\b",
        ),
        (
            "year",
            rf"(?:{_PRE_MOD}\s*|(?P<fiscal>\bfiscal\s+(?:year\s+)?|\bFY\s?)|(?<![\w$£€#,.'])(?<![A-Za-z]-))"
            rf"(?P<year>{_YEAR}){_YEAR_GUARD}(?![\w'-]\w)",
        ),
        (
            "rel_unit",
            rf"(?:{_PRE_MOD}\s*)?\b(?P<rel>the\s+past|the\s+previous|the\s+preceding|the\s+coming|"
            r"the\s+current|the\s+same|the\s+following|the\s+last|the\s+next|this\s+past|this\s+coming|"
            r"earlier\s+this|later\s+this|so\s+far\s+this|last|this|next|the)\s+"
            r"(?P<unit>week|month|year|weekend|decade|century)\b",
        ),
        (
            "unit_rel",
            r"\b(?:the\s+)?(?P<unit>day|week|month|year)\s+(?P<rel>before|after|earlier|later|previous|prior)\b",
        ),
        (
            "deictic",
            rf"\b(?:(?P<dmod>earlier|later|late|early)\s+)?(?P<word>today|tonight|yesterday|tomorrow)"
            rf"(?:\s+{pod})?\b|\b(?P<this>this|last)\s+(?P<pod2>morning|afternoon|evening|night)\b",
        ),
        ("day_around", r"\bthe\s+day\s+(?P<dir>before|after)\s+(?P<word>yesterday|tomorrow)\b"),
        (
            "ago",
            rf"\b(?:(?:{num}|(?P<vague>{vague}))[\s-]+)?{_UNITS}\s+(?P<dir>ago|from\s+now|hence|earlier|later)\b",
        ),
        (
            "duration",
            r"\b(?:(?:the\s+(?:past|last|next|first|previous|coming|following)|over|almost|nearly|"
            r"about|around|more\s+than|less\s+than|at\s+least|roughly|some|another|the)\s+)?"
            rf"(?:{num}|(?P<vague>{vague}))[\s-]+(?:(?:straight|consecutive|full|long|trading|"
            rf"business|working)\s+)?{_UNITS}(?P<old>[\s-]+old)?\b",
        ),
        (
            "bare_duration",
            r"\b(?P<prep>for|over|within|after|in|of|took|lasted|lasting|spent)\s+(?P<unit>months|years|decades|weeks|days|hours)\b"
            r"|\b(?P<unit2>decades|years|months)-long\b",
        ),
        ("recent_units", r"\b(?:more\s+)?recent\s+(?P<unit>days|weeks|months|years|decades|history)\b"),
        (
            "set",
            r"\b(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?P<unit>second|minute|hour|day|night|"
            r"week|month|year|morning|evening|weekend|summer|winter|spring|autumn)"
            r"|(?P<adv>annual|annually|daily|weekly|monthly|yearly|nightly|hourly|biannual|biennial)"
            r"|(?P<freq>once|twice|\w+\s+times)\s+(?:a|an|per)\s+(?P<unit2>day|week|month|year|decade)"
            r"|(?P<a>a|an)\s+(?P<unit3>day|week|month|year))\b",
        ),
        (
            "weekday",
            rf"\b(?:(?P<rel>{_REL})\s+|(?P<dmod>early|late)\s+)?(?P<wd>{weekdays})(?P<plural>s)?\b"
            rf"(?:'s)?(?:\s+{pod}\b)?",
        ),
        ("weekend", r"\b(?P<rel>this\s+past|this\s+coming|this|last|next|the|that)\s+weekend\b"),
        ("holiday", rf"\b(?P<hol>{holidays})(?:\s+(?P<year>{_YEAR})\b)?"),
        ("anaphor_day", r"\b(?P<det>the\s+same|the\s+very|that|the)\s+day\b(?!\s+(?:before|after|of)\b)"),
        (
            "time",
            r"(?:\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)"
            r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b"
            r"|\b(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?=UTC|GMT|hours|hrs)"
            r"|\b(?P<word>noon|midnight|midday)\b)"
            r"(?:\s*\(?(?P<tz>UTC|GMT)(?:\s*[+-]\s*\d{1,2})?\)?)?(?:\s+local\s+time)?"
            rf"(?:\s+(?:on\s+)?(?P<tday>today|tonight|yesterday|tomorrow|{weekdays})\b)?",
        ),
        ("ref", rf"{wb}(?P<ref>{refs})\b(?!-)"),
    ]
    flags = re.IGNORECASE
    compiled = tuple((name, re.compile(p, flags)) for name, p in rules)
    return Patterns(
        rules=compiled,
        future_cue=re.compile(rf"\b(?:{alternation(v['future_cue'])})\b", flags),
        past_cue=re.compile(rf"\b(?:{alternation(v['past_cue'])}|\w+ed)\b", flags),
        number=re.compile(rf"^(?:{number_words}|\d+(?:\.\d+)?)$", flags),
    )


@cache
def compile_patterns() -> Patterns:
    """The compiled rules (built once per process)."""
    return _build(load_vocab())
