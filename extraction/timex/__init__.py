"""Time expressions: find them in news text and normalise them against the publication date.

`finder.find_time_expressions(text, published_at)` is pure and fast (precompiled regexes whose heads
are literal alternations, vocabulary and cue lists as data in `extraction/data/timex_vocab.jsonl`); the
spaCy component `chronicle_timex` wraps it. This package file imports nothing, so `calendar` (what a
TIMEX3 value code means, read by `chronicle.when` for the CLI) loads without the rules. Conventions (TimeML/TIMEX3 where it has one):

- Spans are the expression without a leading preposition ("Friday", not "on Friday"); modifiers
  belong to it ("late last year", "the end of the year", "the past three years").
- News prefers the past: a bare weekday is the latest such day up to the DCT (the DCT itself on its
  own weekday); a month or season still to come in the DCT's year is last year's when the clause
  is in the past tense (a month: when it is more than one month ahead, or more than six whatever
  the tense); a future cue ("will", "scheduled", "may", "by") turns the reading forward.
- Values: day 2025-06-27, ISO week 2025-W25 (Monday..Sunday), weekend 2025-W26-WE, month 2025-06,
  season 2025-SP/SU/FA/WI (Mar-May, Jun-Aug, Sep-Nov, Dec-Feb; WI belongs to the year of its
  December), quarter 2025-Q3, half 2025-H1, year 2025, decade 199, century 20, clock time
  2025-06-27T09:00 (Z when given in UTC/GMT). mod START/MID/END ("early", "mid-", "late", "the
  beginning/end of") narrows `[valid_from, valid_to]` to the first/middle/last third.
- Vague references are DATEs with TimeML values and no interval: "now", "currently", "current" ->
  PRESENT_REF; "recently", "recent", "the past", "in recent weeks" -> PAST_REF; "the future",
  "the coming weeks", "later" -> FUTURE_REF.
- Durations ("for months" PXM, "three years" P3Y, "the past decade" P10Y) and sets ("every day" P1D,
  "annual" P1Y, "15 a year") carry a value but no interval.
- Without a DCT, absolute expressions resolve, a bare month takes the last year the text mentioned
  (else XXXX-07), and relative ones ("Friday", "last week") keep value None: never guessed.
  Anaphoric ones ("two days later", "the next day", "that week") need a day the text mentioned.
"""
