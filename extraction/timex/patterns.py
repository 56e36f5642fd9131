"""Precompiled rules for time expressions, built once from the vocabulary tables.

Speed matters (this runs on every article), so each rule is split in two. The *head* regex starts
with a literal alternation (a month name, a unit word, a digit), case-sensitive, which lets the
regex engine skip quickly to candidate positions. The optional *prefix* regex ("early", "last",
"the end of", "three") is then matched backwards from the head over a short window. Handlers check
the rest (capitalisation, context). Spans follow TimeML: no leading preposition ("on", "in").
"""

import re
from dataclasses import dataclass
from functools import cache

from chronicle.extraction.timex.vocab import Vocab, alternation, load_vocab

__all__ = ["NOT_PAST_ED", "Patterns", "Rule", "compile_patterns"]

_PRE_MOD = (
    r"\b(?P<mod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|dawn)\s+of(?:\s+the)?"
    r"|early|late|mid-?|the\s+(?:early|late|middle|mid)\s+(?:part\s+of\s+)?)\s*"
)
_REL = r"this\s+past|this\s+coming|last|next|this|past|coming"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>\d\d?)(?:st|nd|rd|th)?"
_UNITS = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|"
    r"century|centuries)"
)
_NOT_PASSIVE = r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbeing )"
_POD = r"(?P<pod>morning|afternoon|evening|night)"
# Words ending in -ed that are no past tense: 'need', 'speed', 'hundred', 'red' (but 'agreed', 'freed').
NOT_PAST_ED = r"(?!(?:dis)?agreed\b|freed\b|decreed\b|guaranteed\b)[a-z]*eed\b|hundred\b|sacred\b|naked\b|wicked\b|kindred\b"
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"]
_TEENS += ["nineteen", "hundred"]


@dataclass(frozen=True)
class Rule:
    """One recogniser: a head regex, an optional backwards prefix, and whether it is required."""

    name: str
    head: re.Pattern[str]
    prefix: re.Pattern[str] | None = None
    prefix_required: bool = False
    bounded: bool = True  # the head starts a word


@dataclass(frozen=True)
class Patterns:
    """All rules in priority order (earlier wins a tie between equally long spans), plus cues."""

    rules: tuple[Rule, ...]
    future_cue: re.Pattern[str]
    past_cue: re.Pattern[str]
    weak_past_cue: re.Pattern[str]


def _caps(words: object) -> str:
    """Alternation of the words in lower case and capitalised (sentence-initial)."""
    forms = set()
    for word in words:  # type: ignore[attr-defined]
        forms.update({word, word[:1].upper() + word[1:]})
    return alternation(forms)


def _prefix(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{body})$", re.IGNORECASE)


def _year_guard(v: Vocab) -> str:
    """What may not follow a year: more digits, a percent sign, a unit or a counted noun."""
    nouns = alternation(v["quantity_noun"])
    return rf"(?!\d|%|,\d|\.\d|-(?:\d{{3}}|\d{{5,}})(?!\d)|\s*(?:{nouns})\b)(?!\w|['’](?!s\b)\w|-[A-Za-z])"


def _build(v: Vocab) -> Patterns:
    _YEAR_GUARD = _year_guard(v)  # noqa: N806 - reads as the constant it is
    months = alternation(v["month"])
    abbr = alternation([*v["month_abbr"], *(f"{a}." for a in v["month_abbr"])])
    any_month = alternation([*v["month"], *v["month_abbr"], *(f"{a}." for a in v["month_abbr"])])
    weekdays = alternation(v["weekday"])
    number_words = alternation(v["number"])
    vague = alternation(v["vague_number"])
    more_words = alternation(
        k for k in v["number"] if not k.startswith(("a ", "an ")) and k not in {"a", "an"}
    )
    num = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{number_words})(?:[\s-]+(?:{more_words}))*(?:\s+and\s+a\s+half)?)"
    seasons = _caps(v["season"])
    ref_words = [*v["ref_present"], *v["ref_past"], *v["ref_future"]]
    year_tail = rf"(?:(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})\b{_YEAR_GUARD}|\s+(?:of\s+)?(?P<relyear>last|this|next)\s+year\b)?"
    ordq = _caps(
        ["first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th", "previous"]
    )
    ordq += "|" + _caps(["current", "same", "this", "next", "past", "coming"])
    p_the = _prefix(r"\b(?P<the>the)\s+")
    p_month = _prefix(rf"(?:{_PRE_MOD})?(?:\b(?P<rel>{_REL})\s+)?")
    p_number = _prefix(
        r"\b(?:(?P<pre>the\s+(?:past|last|next|first|previous|coming|following)|over|almost|nearly|"
        r"about|around|more\s+than|less\s+than|at\s+least|roughly|some|another|the|a)\s+)?"
        rf"(?:{num}|(?P<vague>{vague}))[\s-]+(?:(?:straight|consecutive|full|long|trading|business|"
        r"working)\s+)?"
    )
    rel_unit = (
        r"the\s+past|the\s+previous|the\s+preceding|the\s+coming|the\s+current|the\s+same|"
        r"the\s+following|the\s+last|the\s+next|the\s+entire|the\s+whole|the\s+full|this\s+past|"
        r"this\s+coming|earlier\s+this|later\s+this|so\s+far\s+this|the\s+(?:current\s+)?fiscal|"
        r"the\s+(?:latest|most\s+recent)(?:\s+(?:fiscal|financial))?|"
        r"the\s+calendar|last|this|next|that|the"
    )
    time_tail = (
        # a zone in brackets is taken with its closing bracket only when the opening one is taken too:
        # in '10:35 a.m. (0735 GMT) Friday' the weekday is no part of the bracketed time
        r"(?:\s*(?P<par>\()?(?:(?P<tz>UTC|GMT)(?:\s*(?P<off>[+-]\s*\d{1,2}))?|(?P<zone>[ECMP][SD]T|ET|PT)\b)(?(par)\)))?"
        r"(?:\s+local\s+time)?"
        rf"(?:,?\s+(?:on\s+)?(?=(?:{any_month})\s+\d)(?P<tdate>(?:{any_month})\s+\d\d?)\b(?![:.,]\d))?"
        rf"(?:\s+(?:on\s+)?(?P<tday>today|tonight|yesterday|tomorrow|{weekdays})\b)?"
    )
    rules: list[Rule] = [
        Rule("iso_date", re.compile(r"(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
        Rule("slash_date", re.compile(r"(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<year>\d{4}|\d\d)(?![\d/])")),
        Rule(
            "month_day",
            re.compile(rf"(?P<month>{any_month})\s+{_DAY}(?![\d:%.,]\d|\d|%)(?:,?\s+(?P<year>{_YEAR})\b)?"),
            p_the,
        ),
        Rule(
            "day_month",
            re.compile(rf"{_DAY}\s+(?:of\s+)?(?P<month>{any_month})\b(?:,?\s+(?P<year>{_YEAR})\b)?"),
            p_the,
        ),
        Rule(
            "week_of_month",
            re.compile(
                rf"(?P<ord>{_caps(['first', 'second', 'third', 'fourth', 'final', 'last'])})\s+week\s+of\s+"
                rf"(?P<month>{months})(?:,?\s+(?P<year>{_YEAR})\b)?"
            ),
            p_the,
        ),
        Rule(
            "pod_of_day",
            re.compile(
                # not 'the night of Oct. 23': a night runs into the next day, so the date alone is given
                rf"(?P<pod>morning|afternoon|evening)\s+of\s+(?:(?:{weekdays}),?\s+)?(?P<month>{any_month})\s+{_DAY}"
                r"(?![\d:%.,]\d|\d|%)"
                rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
            ),
            _prefix(r"\b(?P<the>[Tt]he)\s+(?:(?:early|late)\s+)?"),
            prefix_required=True,
        ),
        Rule(
            "week_of_day",
            re.compile(
                rf"week\s+of\s+(?P<month>{any_month})\s+{_DAY}(?![\d:%.,]\d|\d|%)(?:,?\s+(?P<year>{_YEAR})\b)?"
            ),
            _prefix(r"\b(?P<the>[Tt]he)\s+"),
            prefix_required=True,
        ),
        Rule(
            "second_day",
            re.compile(
                r"(?:and|or|to|through|-|–)\s*(?P<day>\d\d?)(?:st|nd|rd|th)?\b(?![\d:%.,]\d|\d|%)"
                rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
            ),
            _prefix(rf"\b(?P<month>{any_month})\s+\d\d?(?:st|nd|rd|th)?\s*"),
            prefix_required=True,
            bounded=False,
        ),
        Rule(
            "ordinal_day",
            re.compile(
                r"(?P<day>\d\d?)(?P<suf>st|nd|rd|th)\b(?:\s+of\s+(?P<rel>this|next|last|the)\s+month\b)?"
            ),
            _prefix(r"\b(?P<the>[Tt]he)\s+"),
            prefix_required=True,
        ),
        Rule(
            # 'today is the fifth day of the strike', 'fell for a third straight day': the resolver
            # checks the 'today is' or the 'for'
            "nth_day",
            re.compile(
                rf"(?P<ord>{alternation(v['day_ordinal'])})\s+(?P<run>(?:straight|consecutive|successive)\s+)?day\b"
            ),
            _prefix(r"\b(?P<the>the|a)\s+"),
            prefix_required=True,
        ),
        Rule(
            "decade_word",
            re.compile(r"ties\b"),  # a rare literal, so the scan is fast; the word is in the prefix
            _prefix(
                r"\b(?P<the>[Tt]he)\s+(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<cent>nineteen|eighteen)[\s-]+)?"
                rf"(?P<dword>{alternation(k.removesuffix('ties') for k in v['decade_word'])})"
            ),
            prefix_required=True,
            bounded=False,
        ),
        Rule("month", re.compile(rf"(?P<month>{months}){year_tail}"), p_month),
        Rule(
            "month",
            re.compile(rf"(?P<month>{abbr})(?:,?\s+|\s+of\s+)(?P<year>{_YEAR})\b{_YEAR_GUARD}"),
            p_month,
        ),
        Rule(
            "quarter",
            re.compile(
                r"quarter\b(?:\s+(?:of\s+)?"
                rf"(?:(?P<relyear>this|last|next|the)\s+year\b|(?:fiscal\s+)?(?P<year>{_YEAR})\b))?"
            ),
            _prefix(rf"(?:\bthe\s+)?\b(?P<ord>{ordq})[\s-]+(?:fiscal\s+|financial\s+)?"),
            prefix_required=True,
        ),
        Rule(  # 'the October-December quarter', 'the April-June period of 2012': a calendar quarter
            "month_span_quarter",
            re.compile(
                rf"(?P<m1>{any_month})\s*(?:[-–—/]|\s+to\s+)\s*(?P<m2>{any_month})\s+(?:quarter|period)\b"
                rf"(?:\s+(?:of\s+)?(?:(?P<relyear>this|last|next|the)\s+year\b|(?P<year>{_YEAR})\b))?"
            ),
            _prefix(r"\bthe\s+"),
        ),
        Rule(
            "quarter_ref",
            re.compile(r"(?P<unit>quarter|period)\b(?!\s+of\b|-)(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?"),
            _prefix(
                r"\b(?P<det>[Tt]he|[Tt]hat|[Tt]his|[Ll]ast\s+year['’]s|[Tt]his\s+year['’]s|[Nn]ext\s+year['’]s)\s+"
                r"(?P<mods>(?:(?:comparable|corresponding|same|latest|most\s+recent|current|year[\s-]ago|"
                rf"year[\s-]earlier|{_YEAR})\s+)*)(?:fiscal[\s-]+)?"
                r"(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?:fiscal\s+|financial\s+)?"
            ),
            prefix_required=True,
        ),
        Rule("year_adj", re.compile(r"(?:[Yy]ear-(?:earlier|ago))\b(?!\s+(?:quarter|period)\b)")),
        Rule(
            "quarter_q",
            re.compile(rf"Q(?P<q>[1-4])(?:\s+(?P<year>{_YEAR})|'?(?P<yy>\d\d))?\b"),
            _prefix(rf"\b(?P<year0>{_YEAR})\s+"),
        ),
        Rule(
            "half",
            re.compile(
                rf"(?P<ord>{_caps(['first', 'second', 'latter', 'last', '1st', '2nd'])})\s+"
                r"(?:half|(?P<two>two\s+quarters))\s+of\s+"
                rf"(?:(?P<relyear>this|last|next|the)\s+year|(?P<year>{_YEAR})\b)"
            ),
            p_the,
        ),
        Rule(
            "season",
            re.compile(
                rf"(?P<season>{seasons})\b(?:(?:\s+of)?\s+(?P<year>{_YEAR})\b|\s+(?:of\s+)?"
                r"(?P<relyear>last|this|next)\s+year\b)?"
            ),
            _prefix(rf"(?:{_PRE_MOD})?(?:\b(?P<rel>{_REL}|the)\s+)?"),
        ),
        Rule(
            "decade",
            re.compile(r"0s\b"),
            _prefix(rf"(?:\bthe\s+)?(?:{_PRE_MOD})?(?:\b(?P<dd>\d{{1,3}})|['’‘](?P<dec2>\d))"),
            prefix_required=True,
            bounded=False,
        ),
        Rule(
            "century",
            re.compile(r"century\b"),
            _prefix(
                r"(?:\bthe\s+)?\b(?P<ord>\d\d?(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\s-]first|"
                r"eighteenth)[\s-]+"
            ),
            prefix_required=True,
        ),
        Rule(
            "year",
            re.compile(rf"(?P<year>{_YEAR}){_YEAR_GUARD}"),
            _prefix(rf"{_PRE_MOD}|\b(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?)"),
            bounded=False,  # "FY2025"; the guard checks the word boundary
        ),
        Rule(
            "same_period",
            re.compile(
                r"(?:same|corresponding|comparable)\s+(?P<unit>period|month|quarter|time|week|day|year|season)\s+"
                r"(?:of\s+|in\s+)?"
                r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:last|previous|prior)\s+year|"
                r"the\s+year\s+before)\b"
            ),
            p_the,
        ),
        Rule(
            "rel_unit",
            re.compile(r"(?P<unit>week|month|year|weekend|decade|century|day)\b"),
            _prefix(rf"(?:{_PRE_MOD})?\b(?P<rel>{rel_unit})\s+"),
            prefix_required=True,
        ),
        Rule(
            "rel_plural",
            re.compile(r"(?P<unit>days|weeks|months|quarters|years|decades)\b"),
            _prefix(
                r"\b(?P<rel>the\s+(?:coming|next|past|last|previous|following|upcoming)|coming|upcoming|future)\s+"
            ),
            prefix_required=True,
        ),
        Rule(
            "pod",
            re.compile(r"(?P<pod>morning|afternoon|evening)\b"),
            _prefix(r"\b(?P<det>in\s+the|during\s+the|the|that|late|early|in)\s+|\b(?P<det2>mid)(?:-|\s+)"),
            prefix_required=True,
        ),
        Rule(
            "unit_rel",
            re.compile(
                r"(?P<unit>day|week|month|year)\s+(?P<rel>before|after|earlier|later|previous|prior)\b"
                r"(?!\s+(?!and\b|but\b|or\b|when\b)\w)"
            ),
            p_the,
            prefix_required=True,
        ),
        Rule(
            "deictic",
            re.compile(rf"(?P<word>{_caps(['today', 'tonight', 'yesterday', 'tomorrow'])})(?:\s+{_POD})?\b"),
            _prefix(
                r"\b(?P<dmod>earlier|later|late|early)\s+"
                r"|\b(?:mid-?\s*|late\s+|early\s+)?(?P<pod0>morning|afternoon|evening)\s+"
            ),
        ),
        Rule("deictic_pod", re.compile(rf"(?P<this>{_caps(['this', 'last'])})\s+{_POD}\b")),
        Rule(
            "day_around",
            re.compile(r"(?:the|The)\s+day\s+(?P<dir>before|after)\s+(?P<word>yesterday|tomorrow)\b"),
        ),
        Rule(
            "ago",
            re.compile(rf"{_UNITS}\s+(?:or\s+so\s+)?(?P<dir>ago|from\s+now|hence|earlier|later)\b"),
            _prefix(rf"\b(?:{num}|(?P<vague>{vague}))[\s-]+"),
        ),
        Rule(
            "duration",
            re.compile(rf"{_UNITS}(?P<old>[\s-]+old)?\b(?!\s+(?:ago|earlier|later|from\s+now|hence)\b)"),
            p_number,
            prefix_required=True,
        ),
        Rule(
            "bare_duration",
            re.compile(r"(?P<unit>months|years|decades|weeks|days|hours)\b"),
            _prefix(r"\b(?P<prep>for|over|within|after|in|of|took|lasted|lasting|spent)\s+"),
            prefix_required=True,
        ),
        Rule("bare_duration", re.compile(r"(?P<unit>decades|years|months)-long\b")),
        Rule(
            "recent_units",
            re.compile(rf"(?:{_caps(['recent'])})\s+(?P<unit>days|weeks|months|years|decades|history)\b"),
            _prefix(r"\bmore\s+"),
        ),
        Rule(  # 'in past years', as 'in recent years' (not 'the past years': a duration, as 'the past three years')
            "recent_units",
            re.compile(
                r"(?<![Tt]he\s)(?<![Tt]hese\s)(?<![Tt]hose\s)[Pp]ast\s+(?:years|decades|months|weeks)\b(?![-'’])"
            ),
        ),
        Rule(
            "set",
            re.compile(
                rf"(?:{_caps(['every', 'each', 'per'])})\s+(?:(?P<other>other|single)\s+|(?P<every_n>\d+|two|three|"
                r"four|five|six|ten|few)\s+)?"
                r"(?P<unit>second|minute|hour|day|night|week|month|year|morning|evening|weekend|summer|"
                r"winter|spring|autumn)s?\b"
            ),
        ),
        Rule("set", re.compile(rf"(?P<adv>{_caps(list(v['set_adverb']))})\b")),
        Rule(
            "set",
            re.compile(
                rf"(?P<freq>{_caps(['once', 'twice', 'times'])})\s+(?:a|an|per)\s+"
                r"(?P<unit2>day|week|month|year|decade)\b"
            ),
            _prefix(rf"\b(?:{num})\s+"),
        ),
        Rule(
            "weekday",
            re.compile(
                rf"(?P<wd>{weekdays})(?P<plural>s)?\b(?:['’]s)?(?:\s+{_POD}\b)?"
                rf"(?:,?\s+(?P<month>{any_month})\s+{_DAY}\b(?![:.,]\d)(?:,?\s+(?P<year>{_YEAR})\b)?)?"
            ),
            _prefix(
                rf"\b(?P<rel>{_REL}|[Tt]he\s+(?:previous|preceding|following))\s+"
                rf"|\b(?:[Tt]he\s+)?(?P<around>day)\s+(?P<dir>before|after)\s+(?:(?P<rel2>last|next|this)\s+)?"
                r"|\b(?P<dmod>early|late)\s+"
            ),
        ),
        Rule(
            "weekend",
            re.compile(r"weekend\b"),
            _prefix(r"\b(?P<rel>this\s+past|this\s+coming|this|last|next|the|that)\s+"),
            prefix_required=True,
        ),
        Rule(
            "holiday",
            re.compile(
                rf"(?P<hol>{alternation(v['holiday'])})\b(?:\s+(?P<week>week)\b)?(?:\s+(?P<year>{_YEAR})\b)?"
            ),
        ),
        Rule(
            "spelled_year",
            re.compile(
                rf"(?P<century>[Nn]ineteen|[Ee]ighteen)[\s-]+(?P<tens>{alternation(_TENS)})(?:[\s-]+(?P<ones>{alternation(_ONES)}))?\b"
                rf"|(?P<century2>[Nn]ineteen|[Ee]ighteen)[\s-]+(?P<teen>{alternation(_TEENS)})\b"
                rf"|(?<=year\s)(?P<thousand>two\s+thousand)(?:(?:\s+and)?\s+(?P<ones2>{alternation(_ONES)}))?\b"
            ),
            _prefix(
                rf"(?:\b(?:the\s+)?(?P<season>{seasons})\s+of\s+|\b(?P<month>{months})\s+|\b[Tt]he\s+year\s+|\b[Yy]ear\s+)"
            ),
        ),
        Rule(
            "year_end",
            re.compile(
                rf"(?:{_caps(['year'])})(?:[-\s]end|['’]s\s+end)\b(?!-)(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b)?"
            ),
        ),
        Rule(
            # 'until then', 'by that time': the time last named (TimeML marks 'then'); never the
            # 'then' of a former title ('signed by then-Mayor X', 'by then City Mayor X')
            "anaphor_then",
            re.compile(r"(?:then|that\s+time)\b(?!-|\s+[A-Z]|\s*(?:on|after|onwards?)\b)"),
            _prefix(r"\b(?P<until>until|till|by)\s+"),
            prefix_required=True,
        ),
        Rule(
            "anaphor_day",
            re.compile(
                r"day\b(?!\s+(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that|[A-Z])|\s+of\b|-)"
                r"(?!,?\s+in,?\s+(?:and\s+)?day\s+out\b|\s+shifts?\b)"  # 'the day in and day out', 'the day shift'
            ),
            _prefix(r"\b(?P<det>(?:the|that)\s+(?:same|very)|that|the)\s+"),
            prefix_required=True,
        ),
        *(
            Rule("time", re.compile(clock + time_tail))
            for clock in (
                r"(?P<h>\d\d?)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)",
                r"(?P<h2>\d\d?):(?P<mi2>[0-5]\d)\b",
                r"(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*(?=UTC|GMT|hours|hrs)",
                r"(?P<word>noon|midnight|midday)\b",
                r"(?P<h4>\d\d?)(?:\s+o['’]clock)?\s+in\s+the\s+(?P<pod4>morning|afternoon|evening)\b",
            )
        ),
        Rule("ref", re.compile(rf"(?P<ref>{_caps(w for w in ref_words if ' ' not in w)})\b(?!-)")),
        Rule(
            "ref",
            re.compile(rf"(?P<ref>{alternation(w[4:] for w in ref_words if w.startswith('the '))})\b(?!-)"),
            _prefix(r"\b(?:at\s+)?the\s+"),
            prefix_required=True,
        ),
        Rule(
            "ref",
            re.compile(
                rf"(?P<ref>{_caps(w for w in ref_words if ' ' in w and not w.startswith('the '))})\b(?!-)"
            ),
        ),
    ]
    return Patterns(
        rules=tuple(rules),
        # a schedule in the present ('the summit ends Wednesday'), not an onset ('begins to show');
        # a plural one ('the leaders meet Monday') not after 'to', 'not' or 'did' ('decided to meet')
        future_cue=re.compile(
            rf"\b(?:{alternation(v['future_cue'])}|(?:{alternation(v['schedule_cue'])})(?!\s+to\b)"
            rf"|(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!n't\s)(?:{alternation(v['plural_schedule_cue'])})"
            r"(?!\s+to\b))\b"
        ),
        past_cue=re.compile(rf"{_NOT_PASSIVE}\b(?:{alternation(v['past_cue'])})\b"),
        weak_past_cue=re.compile(rf"{_NOT_PASSIVE}\b(?!{NOT_PAST_ED})[a-z]{{3,}}ed\b"),
    )


@cache
def compile_patterns() -> Patterns:
    """The compiled rules (built once per process)."""
    return _build(load_vocab())
