"""Time expressions: find them in news text and normalise them against the publication date.

`find_time_expressions(text, published_at)` is pure and fast (precompiled regexes, vocabulary as
data); the spaCy component `chronicle_timex` wraps it.
"""

from extraction.models import TimeExpression
from extraction.timex.calendar import interval
from extraction.timex.finder import find_time_expressions

__all__ = ["TimeExpression", "find_time_expressions", "interval"]
